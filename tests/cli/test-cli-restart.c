/* test-cli-restart.c: the text bytes that make parallax-cli start itself
 * again with GSlice set to malloc
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "px-cli-restart.h"

static char *tmpdir;

/* A file of @size bytes that starts with @head and goes on in text. */
static char *
write_file (const char *name, const char *head, gsize head_len, gsize size)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autofree char *data = g_malloc (size);

  memset (data, 'a', size);
  for (gsize i = 80; i < size; i += 81)
    data[i] = '\n';
  memcpy (data, head, head_len);
  g_assert_true (g_file_set_contents (path, data, size, NULL));
  return path;
}

static void
test_text_bytes (void)
{
  g_autofree char *text = write_file ("article.txt", "Text", 4, 50000);
  g_autofree char *page = write_file ("page.html", "<html>", 6, 20000);
  g_autofree char *pdf = write_file ("article.pdf", "%PDF-1.5\n", 9, 400000);
  g_autofree char *junk_pdf = write_file ("junk.pdf", "\n\n%PDF-1.4\n", 11, 300000);
  g_autofree char *docx = write_file ("article.docx", "PK\x03\x04", 4, 200000);
  char *texts[] = { "--format=json", text, page, NULL };
  char *documents[] = { pdf, junk_pdf, docx, NULL };
  char *mixed[] = { text, pdf, "-r", docx, NULL };
  char *none[] = { "--format=json", tmpdir, "/nonexistent/file.txt", NULL };

  /* Text and web pages count, options and directories do not. */
  g_assert_cmpint (px_cli_text_bytes (texts, G_MAXINT64), ==, 70000);
  g_assert_cmpint (px_cli_text_bytes (none, G_MAXINT64), ==, 0);
  /* A PDF's or an office archive's bytes are not text. */
  g_assert_cmpint (px_cli_text_bytes (documents, G_MAXINT64), ==, 0);
  g_assert_cmpint (px_cli_text_bytes (mixed, G_MAXINT64), ==, 50000);
  /* It stops counting once it has enough. */
  g_assert_cmpint (px_cli_text_bytes (texts, 1000), ==, 50000);

  for (guint i = 0; documents[i]; i++)
    g_remove (documents[i]);
  g_remove (text);
  g_remove (page);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("parallax-restart-XXXXXX", NULL);
  g_test_add_func ("/cli/restart/text-bytes", test_text_bytes);
  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
