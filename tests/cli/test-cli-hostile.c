/* test-cli-hostile.c: parallax-cli against hostile and runaway inputs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case must end with a correct result or a one-line message naming
 * the file and exit status 2: no crash (cli-run fails the test on a
 * signal), no hang (the test's time-out), no runaway memory (the
 * commands run under an address-space limit, see run_limited()).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli-run.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

G_GNUC_UNUSED static char *
write_tmp (const char *name, const char *data, gssize len)
{
  char *path = tmp_path (name);

  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return path;
}

/* A refusal: status 2 and one line on stderr that names @what. */
static void
assert_refused (const Run *run, const char *what)
{
  g_assert_cmpint (run->status, ==, 2);
  g_assert_true (g_str_has_prefix (run->err, "parallax-cli: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (what)
    g_assert_nonnull (strstr (run->err, what));
}

/* --- files that are not regular files -------------------------------------- */

static void
test_device (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_auto(Run) info = { 0 };
  g_auto(Run) diff = { 0 };

  /* /dev/zero never ends: read up to the limit, then refused. */
  run_cli (&info, "info", "/dev/zero", NULL);
  assert_refused (&info, "“/dev/zero”");
  g_assert_nonnull (strstr (info.err, "64 MiB"));
  run_cli (&diff, "diff", "/dev/zero", cnn, NULL);
  assert_refused (&diff, "“/dev/zero”");
}

static void
test_fifo_without_writer (void)
{
  g_autofree char *fifo = tmp_path ("nobody-writes.txt");
  g_autofree char *session = tmp_path ("nobody-writes.parallax");
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_auto(Run) info = { 0 };
  g_auto(Run) compare = { 0 };
  g_auto(Run) diff = { 0 };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (mkfifo (session, 0600), ==, 0);
  run_cli (&info, "info", fifo, NULL);
  assert_refused (&info, "nobody-writes.txt");
  g_assert_nonnull (strstr (info.err, "empty"));
  run_cli (&compare, "compare", session, NULL);
  assert_refused (&compare, "nobody-writes.parallax");
  /* diff takes an empty text as a text. */
  run_cli (&diff, "diff", "--stats", fifo, cnn, NULL);
  g_assert_cmpint (diff.status, ==, 1);
  g_remove (fifo);
  g_remove (session);
}

static gpointer
write_forever (gpointer path)
{
  static char block[1 << 16];
  int fd = g_open (path, O_WRONLY, 0);

  memset (block, 'a', sizeof block);
  if (fd >= 0)
    {
      /* Until the reader goes (EPIPE: SIGPIPE is ignored). */
      while (write (fd, block, sizeof block) > 0)
        ;
      close (fd);
    }
  return NULL;
}

static void
test_endless_pipe (void)
{
  g_autofree char *fifo = tmp_path ("endless.txt");
  g_auto(Run) run = { 0 };
  GThread *writer;

  /* A pipe that never ends, as a file growing while it is read: the
   * limit is kept by reading, not by a size asked for first. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  writer = g_thread_new ("writer", write_forever, fifo);
  run_cli (&run, "info", fifo, NULL);
  g_thread_join (writer);
  assert_refused (&run, "endless.txt");
  g_assert_nonnull (strstr (run.err, "64 MiB"));
  g_remove (fifo);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  signal (SIGPIPE, SIG_IGN);
  tmpdir = g_dir_make_tmp ("px-hostile-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/hostile/device", test_device);
  g_test_add_func ("/hostile/fifo-without-writer", test_fifo_without_writer);
  g_test_add_func ("/hostile/endless-pipe", test_endless_pipe);
  status = g_test_run ();
  g_rmdir (tmpdir);
  return status;
}
