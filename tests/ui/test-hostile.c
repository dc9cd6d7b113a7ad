/* test-hostile.c: the window survives what parallax-cli refuses (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A named pipe nobody writes to, a saved comparison nested 100,000
 * levels deep, more articles than a comparison holds: each is refused
 * quickly and the windows open beside keep what they show.  A crash
 * ends the test program; a hang, its time-out.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "px-compare.h"
#include "px-window-private.h"
#include "ui-test.h"

static char *tmpdir;

static GFile *
sample_file (const char *name)
{
  return g_file_new_build_filename (g_getenv ("PARALLAX_SAMPLES"), name, NULL);
}

static guint
n_documents (PxWindow *window)
{
  return g_list_model_get_n_items (_px_window_get_documents (window));
}

static PxWindow *
window_with_samples (void)
{
  PxWindow *window = px_window_new (NULL);
  GFile *files[2] = { sample_file ("2-cnn.txt"), sample_file ("3-breitbart.txt") };

  gtk_window_present (GTK_WINDOW (window));
  px_window_open_files (window, files, 2);
  ui_test_wait_idle (window);
  g_assert_cmpuint (n_documents (window), ==, 2);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
  return window;
}

static void
test_fifo_without_writer (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "nobody-writes.txt", NULL);
  PxWindow *window = window_with_samples ();
  GFile *files[2];

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  files[0] = g_file_new_for_path (path);
  files[1] = sample_file ("4-fox8.txt");
  /* Read as empty and refused; the other file is added. */
  px_window_open_files (window, files, 2);
  ui_test_wait_idle (window);
  g_assert_false (_px_window_get_loading (window));
  g_assert_cmpuint (n_documents (window), ==, 3);
  g_assert_nonnull (px_window_get_comparison (window));

  g_object_unref (files[0]);
  g_object_unref (files[1]);
  g_remove (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_deep_session (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "deep.parallax", NULL);
  g_autofree char *deep = g_strnfill (100000, '[');
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PxWindow *window = window_with_samples ();
  PxWindow *other = px_window_new (NULL);
  GFile *files[1] = { file };

  g_assert_true (g_file_set_contents (path, deep, -1, NULL));
  gtk_window_present (GTK_WINDOW (other));
  /* Into a window with articles and into an empty one: both refuse it,
   * and neither the process nor the window beside goes down. */
  px_window_open_files (window, files, 1);
  px_window_open_session_file (other, file);
  ui_test_wait_idle (window);
  ui_test_wait_idle (other);
  g_assert_cmpuint (n_documents (window), ==, 2);
  g_assert_nonnull (px_window_get_comparison (window));
  g_assert_cmpuint (n_documents (other), ==, 0);

  g_remove (path);
  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
export_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GError **error = user_data;

  g_assert_false (_px_window_export_finish (PX_WINDOW (source), result, error));
}

static void
test_never_writes_input (void)
{
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "article.txt", NULL);
  g_autofree char *link = g_build_filename (tmpdir, "article-link.html", NULL);
  g_autofree char *cnn = g_build_filename (g_getenv ("PARALLAX_SAMPLES"), "2-cnn.txt", NULL);
  g_autoptr(GFile) article = g_file_new_for_path (path);
  g_autoptr(GFile) linked = g_file_new_for_path (link);
  g_autoptr(GError) save_error = NULL;
  GError *export_error = NULL;
  PxWindow *window = px_window_new (NULL);
  GFile *files[2];
  gsize len;

  g_assert_true (g_file_get_contents (cnn, &text, &len, NULL));
  g_assert_true (g_file_set_contents (path, text, len, NULL));
  g_assert_cmpint (symlink (path, link), ==, 0);
  files[0] = article;
  files[1] = sample_file ("3-breitbart.txt");
  gtk_window_present (GTK_WINDOW (window));
  px_window_open_files (window, files, 2);
  ui_test_wait_idle (window);
  g_assert_cmpuint (n_documents (window), ==, 2);

  /* Saving the comparison over an article, or a report through a link to it. */
  g_assert_false (_px_window_save_to (window, article, &save_error));
  g_assert_nonnull (save_error);
  _px_window_export_async (window, linked, NULL, export_done, &export_error);
  while (export_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (export_error->message, "never writes over"));
  g_clear_error (&export_error);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);

  g_object_unref (files[1]);
  g_remove (link);
  g_remove (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_too_many_articles (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  const char *names[] = { "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt" };

  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < PX_COMPARE_MAX_DOCUMENTS + 20; i++)
    g_ptr_array_add (files, sample_file (names[i % G_N_ELEMENTS (names)]));
  /* The window takes as many as a comparison holds, says so, and does
   * not read the rest. */
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_wait_idle (window);
  g_assert_cmpuint (n_documents (window), ==, PX_COMPARE_MAX_DOCUMENTS);
  px_window_open_files (window, (GFile **) files->pdata, 1);
  ui_test_wait_idle (window);
  g_assert_cmpuint (n_documents (window), ==, PX_COMPARE_MAX_DOCUMENTS);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  if (!ui_test_init_display ())
    return 77;
  tmpdir = g_dir_make_tmp ("px-hostile-ui-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/hostile/fifo-without-writer", test_fifo_without_writer);
  g_test_add_func ("/hostile/deep-session", test_deep_session);
  g_test_add_func ("/hostile/never-writes-input", test_never_writes_input);
  g_test_add_func ("/hostile/too-many-articles", test_too_many_articles);
  status = g_test_run ();
  g_rmdir (tmpdir);
  return status;
}
