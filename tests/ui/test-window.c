/* test-window.c: the window opens articles as columns (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "px-article-header.h"
#include "px-window.h"

static void
wait_loaded (PxWindow *window)
{
  /* Loading starts at once; wait until the worker thread is done. */
  while (px_window_get_loading (window))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
collect_headers (GtkWidget *widget, GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (PX_IS_ARTICLE_HEADER (child))
        g_ptr_array_add (out, child);
      else
        collect_headers (child, out);
    }
}

static GPtrArray *
headers_of (PxWindow *window)
{
  GPtrArray *out = g_ptr_array_new ();

  collect_headers (GTK_WIDGET (window), out);
  return out;
}

static GPtrArray *
sample_files (void)
{
  const char *names[] = { "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt" };
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (files, g_file_new_build_filename (g_getenv ("PARALLAX_SAMPLES"), names[i], NULL));
  return files;
}

static void
test_open_samples (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autoptr(GPtrArray) files = sample_files ();
  g_autoptr(GPtrArray) headers = NULL;
  const char *expected[] = { "CNN", "CNN", "Breitbart", "FOX8", "Cnsnews" };

  gtk_window_present (GTK_WINDOW (window));
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  g_assert_true (px_window_get_loading (window));
  wait_loaded (window);

  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_documents (window)), ==, 5);
  headers = headers_of (window);
  g_assert_cmpuint (headers->len, ==, 5);
  for (guint i = 0; i < headers->len; i++)
    {
      PxDocument *doc = px_article_header_get_document (headers->pdata[i]);
      g_assert_cmpstr (px_document_get_outlet (doc), ==, expected[i]);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_file_keeps_others (void)
{
  PxWindow *window = px_window_new (NULL);
  GFile *files[2];

  files[0] = g_file_new_build_filename (g_getenv ("PARALLAX_SAMPLES"), "2-cnn.txt", NULL);
  files[1] = g_file_new_for_path ("/nonexistent/article.txt");
  px_window_open_files (window, files, 2);
  wait_loaded (window);
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_documents (window)), ==, 1);

  g_object_unref (files[0]);
  g_object_unref (files[1]);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_remove_and_rename (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autoptr(GPtrArray) files = sample_files ();
  g_autoptr(GPtrArray) headers = NULL;
  g_autoptr(GPtrArray) after = NULL;
  PxDocument *doc;

  px_window_open_files (window, (GFile **) files->pdata, 3);
  wait_loaded (window);
  headers = headers_of (window);
  g_assert_cmpuint (headers->len, ==, 3);

  /* Rename through the model: the header follows. */
  doc = px_article_header_get_document (headers->pdata[2]);
  px_document_set_outlet (doc, "Breitbart News");
  g_assert_cmpstr (px_document_get_outlet (doc), ==, "Breitbart News");

  /* The header's remove request takes the article out. */
  g_signal_emit_by_name (headers->pdata[0], "remove");
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  after = headers_of (window);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_documents (window)), ==, 2);
  doc = g_list_model_get_item (px_window_get_documents (window), 1);
  g_assert_cmpstr (px_document_get_outlet (doc), ==, "Breitbart News");
  g_object_unref (doc);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_message ("no display: run under xvfb-run");
      return 77;
    }
  adw_init ();

  g_test_add_func ("/window/open-samples", test_open_samples);
  g_test_add_func ("/window/bad-file-keeps-others", test_bad_file_keeps_others);
  g_test_add_func ("/window/remove-and-rename", test_remove_and_rename);

  return g_test_run ();
}
