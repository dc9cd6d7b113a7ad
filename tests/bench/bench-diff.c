/* bench-diff.c: parallax-cli diff against the other word diffs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a program that prints figures.  It generates inputs
 * deterministically from the sample articles (scaled to about 10k,
 * 100k and 1M words, with word substitutions and dropped, inserted and
 * moved paragraphs; plus two unrelated 100k-word texts and a real
 * article pair), then times, in one run and on the same files,
 * parallax-cli diff, wdiff, dwdiff, git's word diff and jsdiff's
 * diffWords where they are installed.  Each figure is the median wall
 * time of several runs and the peak resident memory of the process.
 * The floor is a process that only reads both files and splits them
 * into words with the same segmenter.
 *
 *   bench-diff [--samples DIR] [--jsdiff DIR-WITH-node_modules] [--quick]
 *   bench-diff --generate DIR      (only write the inputs, for profiling)
 *   bench-diff --floor OLD NEW
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bench-common.h"
#include "px-tokenizer.h"

/* ---- The floor ----------------------------------------------------- */

static int
floor_main (const char *old_path, const char *new_path)
{
  const char *paths[2] = { old_path, new_path };
  gsize total = 0;

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GArray) tokens = NULL;
      gsize len;

      if (!g_file_get_contents (paths[i], &text, &len, NULL))
        return 2;
      tokens = g_array_sized_new (FALSE, FALSE, sizeof (PxToken), len / 6 + 16);
      px_tokenize_filtered (text, len, 0, 1u << PX_TOKEN_WORD | 1u << PX_TOKEN_PUNCT, tokens);
      total += tokens->len;
    }
  printf ("%" G_GSIZE_FORMAT "\n", total);
  return 0;
}

/* ---- Main ---------------------------------------------------------- */

typedef struct {
  char *label;
  char *old_path;
  char *new_path;
  gsize words;
} Case;

static int table_main (const char *tmp, const char *jsdiff);

int
main (int argc, char **argv)
{
  g_autofree char *samples = g_strdup (g_getenv ("PARALLAX_SAMPLES"));
  g_autofree char *jsdiff = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *self = NULL;
  gboolean quick = FALSE;
  g_autofree char *keep = NULL;   /* --generate DIR: write the inputs there and stop */
  g_autoptr(GError) error = NULL;
  Corpus corpus;
  Case cases[5];
  guint n_cases = 0;
  const gsize sizes[] = { 10000, 100000, 1000000 };

  if (argc == 4 && g_str_equal (argv[1], "--floor"))
    return floor_main (argv[2], argv[3]);
  if (argc >= 3 && g_str_equal (argv[1], "--table"))
    return table_main (argv[2], argc == 5 ? argv[4] : NULL);
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--samples") && i + 1 < argc)
        g_free (samples), samples = g_strdup (argv[++i]);
      else if (g_str_equal (argv[i], "--jsdiff") && i + 1 < argc)
        jsdiff = g_strdup (argv[++i]);
      else if (g_str_equal (argv[i], "--quick"))
        quick = TRUE;
      else if (g_str_equal (argv[i], "--generate") && i + 1 < argc)
        keep = g_strdup (argv[++i]);
      else
        {
          fprintf (stderr, "usage: bench-diff [--samples DIR] [--jsdiff DIR] [--quick] [--generate DIR]\n"
                           "       bench-diff --floor OLD NEW\n");
          return 2;
        }
    }
  if (samples == NULL)
    samples = g_strdup (PARALLAX_SOURCE_ROOT "/data/samples");
  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);

  if (keep)
    {
      g_mkdir_with_parents (keep, 0755);
      tmp = g_strdup (keep);
    }
  else
    {
      tmp = g_dir_make_tmp ("bench-diff-XXXXXX", &error);
      g_assert_no_error (error);
    }
  corpus_load (&corpus, samples);

  /* A real pair: two outlets' reports of the same event. */
  {
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GDir) gdir = g_dir_open (samples, 0, NULL);
    const char *name;

    while (gdir && (name = g_dir_read_name (gdir)))
      if (g_str_has_suffix (name, ".txt"))
        g_ptr_array_add (names, g_strdup (name));
    g_ptr_array_sort (names, compare_names);
    if (names->len >= 2)
      {
        cases[n_cases].label = g_strdup ("article pair");
        cases[n_cases].old_path = g_build_filename (samples, names->pdata[0], NULL);
        cases[n_cases].new_path = g_build_filename (samples, names->pdata[1], NULL);
        {
          g_autofree char *t = NULL;
          gsize len = 0;

          g_file_get_contents (cases[n_cases].old_path, &t, &len, NULL);
          cases[n_cases].words = t ? px_count_words (t, len) : 0;
        }
        n_cases++;
      }
  }

  for (guint s = 0; s < G_N_ELEMENTS (sizes) - (quick ? 1 : 0); s++)
    {
      Rng r = { 0x5EED0000 + s };
      g_autoptr(GPtrArray) a = make_text (&corpus, &r, sizes[s]);
      g_autoptr(GPtrArray) b = edit_text (&corpus, &r, a);

      cases[n_cases].label = g_strdup (sizes[s] == 10000 ? "10k words, edited" :
                                       sizes[s] == 100000 ? "100k words, edited" :
                                       "1M words, edited");
      cases[n_cases].old_path = g_strdup_printf ("%s/old-%" G_GSIZE_FORMAT ".txt", tmp, sizes[s]);
      cases[n_cases].new_path = g_strdup_printf ("%s/new-%" G_GSIZE_FORMAT ".txt", tmp, sizes[s]);
      cases[n_cases].words = write_text (a, cases[n_cases].old_path);
      write_text (b, cases[n_cases].new_path);
      n_cases++;
    }
  {
    Rng r1 = { 0xA11CE }, r2 = { 0xB0B };
    g_autoptr(GPtrArray) a = make_text (&corpus, &r1, 100000);
    g_autoptr(GPtrArray) b = make_text (&corpus, &r2, 100000);

    cases[n_cases].label = g_strdup ("100k unrelated");
    cases[n_cases].old_path = g_strdup_printf ("%s/unrelated-a.txt", tmp);
    cases[n_cases].new_path = g_strdup_printf ("%s/unrelated-b.txt", tmp);
    cases[n_cases].words = write_text (a, cases[n_cases].old_path);
    write_text (b, cases[n_cases].new_path);
    n_cases++;
  }

  if (keep)
    {
      printf ("inputs written to %s\n", keep);
      return 0;
    }

  /* Time in a fresh, small process: a child forked from this one
   * would count the generator's memory in its peak. */
  {
    g_autoptr(GString) manifest = g_string_new (NULL);
    g_autofree char *manifest_path = g_build_filename (tmp, "cases.txt", NULL);
    const char *args[6] = { self, "--table", tmp, NULL, NULL, NULL };

    for (guint c = 0; c < n_cases; c++)
      g_string_append_printf (manifest, "%s\t%s\t%s\t%" G_GSIZE_FORMAT "\n", cases[c].label,
                              cases[c].old_path, cases[c].new_path, cases[c].words);
    g_file_set_contents (manifest_path, manifest->str, manifest->len, NULL);
    if (jsdiff)
      args[3] = "--jsdiff", args[4] = jsdiff;
    fflush (stdout);
    execv (self, (char **) args);
    g_error ("cannot run %s: %s", self, g_strerror (errno));
  }
}

static int
table_main (const char *tmp, const char *jsdiff)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *js_script = NULL;
  g_autofree char *manifest_path = g_build_filename (tmp, "cases.txt", NULL);
  g_autofree char *manifest = NULL;
  g_autoptr(GPtrArray) tools = g_ptr_array_new ();
  g_auto(GStrv) lines = NULL;
  Case cases[8];
  guint n_cases = 0;

  if (!g_file_get_contents (manifest_path, &manifest, NULL, NULL))
    g_error ("no cases in %s", tmp);
  lines = g_strsplit (manifest, "\n", -1);
  for (guint i = 0; lines[i] && n_cases < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", 4);

      if (g_strv_length (f) != 4)
        continue;
      cases[n_cases].label = g_strdup (f[0]);
      cases[n_cases].old_path = g_strdup (f[1]);
      cases[n_cases].new_path = g_strdup (f[2]);
      cases[n_cases].words = g_ascii_strtoull (f[3], NULL, 10);
      n_cases++;
    }

  /* The tools, ours first. */
  {
    static char *ours[] = { PARALLAX_CLI, "diff", "--color=never", "%1", "%2", NULL };
    static Tool t_ours = { "parallax-cli", ours };
    static char *floor_argv[] = { NULL, "--floor", "%1", "%2", NULL };
    static Tool t_floor = { "floor (read+split)", floor_argv };
    static char *git[] = { "git", "diff", "--no-index", "--no-color", "--word-diff=porcelain",
                           "%1", "%2", NULL };
    static Tool t_git = { "git word-diff", git };
    static char *wdiff[] = { "wdiff", "%1", "%2", NULL };
    static Tool t_wdiff = { "wdiff", wdiff };
    static char *dwdiff[] = { "dwdiff", "%1", "%2", NULL };
    static Tool t_dwdiff = { "dwdiff", dwdiff };
    static char *node[] = { "node", NULL, "%1", "%2", NULL };
    static Tool t_node = { "jsdiff diffWords", node };

    floor_argv[0] = self;
    g_ptr_array_add (tools, &t_ours);
    g_ptr_array_add (tools, &t_floor);
    if (have_program ("git"))
      g_ptr_array_add (tools, &t_git);
    if (have_program ("wdiff"))
      g_ptr_array_add (tools, &t_wdiff);
    if (have_program ("dwdiff"))
      g_ptr_array_add (tools, &t_dwdiff);
    if (jsdiff && have_program ("node"))
      {
        g_autofree char *module = g_build_filename (jsdiff, "node_modules", "diff", NULL);

        js_script = g_build_filename (tmp, "jsdiff.js", NULL);
        if (g_file_test (module, G_FILE_TEST_IS_DIR))
          {
            g_autofree char *code = g_strdup_printf (
              "const fs = require('fs');\n"
              "const diff = require('%s');\n"
              "const a = fs.readFileSync(process.argv[2], 'utf8');\n"
              "const b = fs.readFileSync(process.argv[3], 'utf8');\n"
              "const parts = diff.diffWords(a, b);\n"
              "let out = [];\n"
              "for (const p of parts) out.push(p.added ? '{+' + p.value + '+}' :\n"
              "                                 p.removed ? '[-' + p.value + '-]' : p.value);\n"
              "process.stdout.write(out.join(''));\n", module);

            g_file_set_contents (js_script, code, -1, NULL);
            node[1] = js_script;
            g_ptr_array_add (tools, &t_node);
          }
      }
  }

  printf ("%-26s %-18s %10s %9s %9s\n", "input", "tool", "median ms", "peak MB", "vs ours");
  for (guint c = 0; c < n_cases; c++)
    {
      Figure ours = { -1, 0, FALSE };
      guint runs = cases[c].words >= 500000 ? 5 : 11;

      for (guint t = 0; t < tools->len; t++)
        {
          const Tool *tool = tools->pdata[t];
          /* jsdiff needs minutes beyond 100k words: give up sooner. */
          double timeout = g_str_has_prefix (tool->name, "jsdiff") ? 60 : 120;
          Figure f = measure (tool, cases[c].old_path, cases[c].new_path, runs, timeout);
          g_autofree char *label = g_strdup_printf ("%s (%" G_GSIZE_FORMAT ")",
                                                    cases[c].label, cases[c].words);

          if (t == 0)
            ours = f;
          if (f.ms < 0)
            printf ("%-26s %-18s %10s\n", t == 0 ? label : "", tool->name, "failed");
          else if (f.timed_out)
            printf ("%-26s %-18s >%9.0f %9.1f %9s\n", t == 0 ? label : "", tool->name,
                    f.ms, f.mb, "-");
          else if (t == 0)
            printf ("%-26s %-18s %10.1f %9.1f %9s\n", label, tool->name, f.ms, f.mb, "1.00");
          else
            printf ("%-26s %-18s %10.1f %9.1f %8.2fx\n", "", tool->name, f.ms, f.mb,
                    ours.ms > 0 ? f.ms / ours.ms : 0);
          fflush (stdout);
        }
    }
  printf ("\n\"vs ours\" is the tool's median time over parallax-cli's (above 1: we are faster).\n");

  for (guint c = 0; c < n_cases; c++)
    if (g_str_has_prefix (cases[c].old_path, tmp))
      {
        g_unlink (cases[c].old_path);
        g_unlink (cases[c].new_path);
      }
  if (js_script)
    g_unlink (js_script);
  g_unlink (manifest_path);
  g_rmdir (tmp);
  return 0;
}
