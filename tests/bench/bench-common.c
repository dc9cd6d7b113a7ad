/* bench-common.c: inputs and timing the benchmarks share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inputs are generated deterministically from the sample articles;
 * programs are timed in fresh processes, with their peak memory.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include "bench-common.h"

/* ---- Deterministic input ------------------------------------------- */

int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}


guint32
rng_next (Rng *r)
{
  /* splitmix64: small, fast and the same everywhere. */
  guint64 z = (r->state += 0x9E3779B97F4A7C15ull);

  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return (guint32) ((z ^ (z >> 31)) >> 32);
}

guint
rng_below (Rng *r, guint n)
{
  return n ? rng_next (r) % n : 0;
}


static void
corpus_add_file (Corpus *c, const char *path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return;
  lines = g_strsplit (text, "\n", -1);
  for (guint l = 0; lines[l]; l++)
    {
      GStrv words = g_strsplit_set (g_strstrip (lines[l]), " \t", -1);

      if (g_strv_length (words) < 4)
        {
          g_strfreev (words);
          continue;
        }
      g_ptr_array_add (c->paragraphs, words);
      for (guint w = 0; words[w]; w++)
        if (*words[w])
          g_ptr_array_add (c->vocabulary, words[w]);
    }
}

/* Adds the .txt files of @dir, in name order, and with @recurse those
 * of its folders too. */
static void
corpus_add_dir (Corpus *c, const char *dir, gboolean recurse)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (gdir == NULL)
    g_error ("cannot open the folder %s", dir);
  while ((name = g_dir_read_name (gdir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);

      if (g_str_has_suffix (names->pdata[i], ".txt"))
        corpus_add_file (c, path);
      else if (recurse && g_file_test (path, G_FILE_TEST_IS_DIR))
        corpus_add_dir (c, path, TRUE);
    }
}

void
corpus_load (Corpus *c, const char *dir)
{
  c->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  c->vocabulary = g_ptr_array_new ();
  corpus_add_dir (c, dir, FALSE);
  if (c->paragraphs->len == 0)
    g_error ("no sample paragraphs in %s", dir);
}

void
corpus_add_tree (Corpus *c, const char *dir)
{
  corpus_add_dir (c, dir, TRUE);
}

/* A new paragraph in the style of the samples: a sample paragraph with
 * a share of its words swapped for others from the samples, so that
 * a long text does not merely repeat itself. */
GPtrArray *
make_paragraph (Corpus *c, Rng *r)
{
  GStrv src = g_ptr_array_index (c->paragraphs, rng_below (r, c->paragraphs->len));
  GPtrArray *words = g_ptr_array_new ();

  for (guint w = 0; src[w]; w++)
    {
      if (!*src[w])
        continue;
      if (rng_below (r, 100) < 20)
        g_ptr_array_add (words, g_ptr_array_index (c->vocabulary,
                                                   rng_below (r, c->vocabulary->len)));
      else
        g_ptr_array_add (words, src[w]);
    }
  return words;
}

GPtrArray *
make_text (Corpus *c, Rng *r, gsize n_words)
{
  GPtrArray *paras = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  gsize total = 0;

  while (total < n_words)
    {
      GPtrArray *p = make_paragraph (c, r);

      total += p->len;
      g_ptr_array_add (paras, p);
    }
  return paras;
}

/* The edits an outlet makes to another's copy: about 2% of words
 * substituted, 3% of paragraphs dropped, 3% inserted, 1% moved. */
GPtrArray *
edit_text (Corpus *c, Rng *r, GPtrArray *paras)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *moved = g_ptr_array_new ();

  for (guint i = 0; i < paras->len; i++)
    {
      GPtrArray *src = paras->pdata[i];
      GPtrArray *p;
      guint roll = rng_below (r, 100);

      if (roll < 3)
        continue;
      if (roll < 4)
        {
          g_ptr_array_add (moved, src);
          continue;
        }
      if (roll < 7)
        g_ptr_array_add (out, make_paragraph (c, r));

      p = g_ptr_array_new ();
      for (guint w = 0; w < src->len; w++)
        if (rng_below (r, 100) < 2)
          g_ptr_array_add (p, g_ptr_array_index (c->vocabulary,
                                                 rng_below (r, c->vocabulary->len)));
        else
          g_ptr_array_add (p, src->pdata[w]);
      g_ptr_array_add (out, p);

      /* Moved paragraphs land a little further on. */
      if (moved->len > 0 && rng_below (r, 10) == 0)
        {
          GPtrArray *m = g_ptr_array_index (moved, 0);

          g_ptr_array_add (out, g_ptr_array_copy (m, NULL, NULL));
          g_ptr_array_remove_index (moved, 0);
        }
    }
  for (guint i = 0; i < moved->len; i++)
    g_ptr_array_add (out, g_ptr_array_copy (moved->pdata[i], NULL, NULL));
  g_ptr_array_unref (moved);
  return out;
}

gsize
write_text (GPtrArray *paras, const char *path)
{
  g_autoptr(GString) s = g_string_new (NULL);
  gsize words = 0;

  for (guint i = 0; i < paras->len; i++)
    {
      GPtrArray *p = paras->pdata[i];

      for (guint w = 0; w < p->len; w++)
        {
          if (w)
            g_string_append_c (s, ' ');
          g_string_append (s, p->pdata[w]);
        }
      words += p->len;
      g_string_append_c (s, '\n');
    }
  if (!g_file_set_contents (path, s->str, s->len, NULL))
    g_error ("cannot write %s", path);
  return words;
}

/* ---- Timing -------------------------------------------------------- */



int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
run_here (char **argv, double timeout_s, long *maxrss_kb, gboolean *timed_out)
{
  struct rusage ru;
  gint64 t0 = g_get_monotonic_time (), t1;
  int status;
  pid_t pid = fork ();

  if (pid < 0)
    return -1;
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      dup2 (null, 1);
      dup2 (null, 2);
      execvp (argv[0], argv);
      _exit (127);
    }
  for (;;)
    {
      pid_t done = wait4 (pid, &status, WNOHANG, &ru);

      if (done == pid)
        break;
      if ((g_get_monotonic_time () - t0) / 1e6 > timeout_s)
        {
          kill (pid, SIGKILL);
          wait4 (pid, &status, 0, &ru);
          *timed_out = TRUE;
          break;
        }
      g_usleep ((g_get_monotonic_time () - t0) < 20000 ? 50 : 2000);
    }
  t1 = g_get_monotonic_time ();
  *maxrss_kb = MAX (*maxrss_kb, ru.ru_maxrss);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 127)
    return -1;
  return (t1 - t0) / 1000.0;
}

/* Linux counts in a child's peak memory the pages of its parent at the
 * fork, exec or not: a benchmark holding 15 MB of inputs would add them
 * to every figure.  So runs are started by a small process forked when
 * the benchmark begins (launcher_start()), which reads requests from a
 * pipe: the argument count, the timeout, then each argument with its
 * length; and answers with the time, peak and time-out flag. */
static int to_launcher = -1, from_launcher = -1;

static gboolean
read_all (int fd, void *buf, gsize len)
{
  for (gsize done = 0; done < len;)
    {
      gssize n = read (fd, (char *) buf + done, len - done);

      if (n <= 0)
        return FALSE;
      done += n;
    }
  return TRUE;
}

static gboolean
write_all (int fd, const void *buf, gsize len)
{
  for (gsize done = 0; done < len;)
    {
      gssize n = write (fd, (const char *) buf + done, len - done);

      if (n <= 0)
        return FALSE;
      done += n;
    }
  return TRUE;
}

typedef struct {
  double ms;
  long maxrss_kb;
  gboolean timed_out;
} Reply;

static void
launcher_loop (int in, int out)
{
  guint32 argc;
  double timeout_s;

  while (read_all (in, &argc, sizeof argc) && read_all (in, &timeout_s, sizeof timeout_s))
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
      Reply reply = { 0, 0, FALSE };

      for (guint32 i = 0; i < argc; i++)
        {
          guint32 len;
          char *arg;

          if (!read_all (in, &len, sizeof len))
            _exit (1);
          arg = g_malloc (len + 1);
          if (!read_all (in, arg, len))
            _exit (1);
          arg[len] = '\0';
          g_ptr_array_add (args, arg);
        }
      g_ptr_array_add (args, NULL);
      reply.ms = run_here ((char **) args->pdata, timeout_s, &reply.maxrss_kb, &reply.timed_out);
      if (!write_all (out, &reply, sizeof reply))
        _exit (1);
    }
  _exit (0);
}

void
launcher_start (void)
{
  int requests[2], replies[2];
  pid_t pid;

  if (to_launcher >= 0 || pipe (requests) != 0)
    return;
  if (pipe (replies) != 0)
    {
      close (requests[0]), close (requests[1]);
      return;
    }
  pid = fork ();
  if (pid == 0)
    {
      close (requests[1]);
      close (replies[0]);
      launcher_loop (requests[0], replies[1]);
    }
  close (requests[0]);
  close (replies[1]);
  if (pid < 0)
    {
      close (requests[1]), close (replies[0]);
      return;
    }
  to_launcher = requests[1];
  from_launcher = replies[0];
}

/* Runs @argv once with stdout and stderr to /dev/null.  Returns the
 * wall time in ms, or -1 on failure to start; a run over @timeout_s is
 * killed. */
double
run_once (char **argv, double timeout_s, long *maxrss_kb, gboolean *timed_out)
{
  guint32 argc = g_strv_length (argv);
  Reply reply;
  gboolean ok;

  if (to_launcher < 0)
    return run_here (argv, timeout_s, maxrss_kb, timed_out);

  ok = write_all (to_launcher, &argc, sizeof argc) &&
       write_all (to_launcher, &timeout_s, sizeof timeout_s);
  for (guint32 i = 0; ok && i < argc; i++)
    {
      guint32 len = strlen (argv[i]);

      ok = write_all (to_launcher, &len, sizeof len) && write_all (to_launcher, argv[i], len);
    }
  if (!ok || !read_all (from_launcher, &reply, sizeof reply))
    g_error ("the benchmark's launcher process is gone");
  *maxrss_kb = MAX (*maxrss_kb, reply.maxrss_kb);
  *timed_out |= reply.timed_out;
  return reply.ms;
}

Figure
measure_argv (char **argv, guint runs, double timeout_s)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  Figure f = { -1, 0, FALSE };
  long rss = 0;

  for (guint i = 0; i < runs; i++)
    {
      double ms = run_once (argv, timeout_s, &rss, &f.timed_out);

      if (ms < 0)
        return f;
      g_array_append_val (times, ms);
      /* A slow tool gets fewer runs: its median is not in doubt. */
      if (f.timed_out || (ms > 2000 && times->len >= 1))
        break;
    }
  g_array_sort (times, cmp_double);
  f.ms = g_array_index (times, double, times->len / 2);
  f.mb = rss / 1024.0;
  return f;
}

Figure
measure (const Tool *tool, const char *old_path, const char *new_path, guint runs,
         double timeout_s)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  for (guint i = 0; tool->argv[i]; i++)
    g_ptr_array_add (argv, g_str_equal (tool->argv[i], "%1") ? (char *) old_path :
                           g_str_equal (tool->argv[i], "%2") ? (char *) new_path :
                           tool->argv[i]);
  g_ptr_array_add (argv, NULL);
  return measure_argv ((char **) argv->pdata, runs, timeout_s);
}

gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

