/* test-window-order.c: the order of the articles in the comparison window:
 * moving a column, removing one, the reference kept or passed on (needs
 * a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "px-article-header.h"
#include "px-window-private.h"
#include "ui-test.h"

static void
test_move_and_remove (void)
{
  PxWindow *window = ui_test_open_first_samples (3);
  g_autoptr(GPtrArray) headers = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(PxDocument) first = g_list_model_get_item (_px_window_get_documents (window), 0);
  PxDocument *third = NULL;
  g_autoptr(PxDocument) doc = NULL;

  /* The first column moves right; as the reference, it stays so. */
  px_window_set_reference (window, first);
  ui_test_wait_idle (window);
  headers = ui_test_headers_of (window);
  third = px_article_header_get_document (headers->pdata[2]);
  gtk_widget_activate_action (headers->pdata[0], "column.move-left", NULL);
  ui_test_drain ();
  g_assert_false (px_window_get_computing (window));
  g_assert_true (gtk_widget_activate_action (headers->pdata[0], "column.move-right", NULL));
  ui_test_wait_idle (window);
  doc = g_list_model_get_item (_px_window_get_documents (window), 1);
  g_assert_true (doc == first);
  g_assert_true (_px_window_get_reference (window) == first);
  g_assert_cmpuint (px_comparison_get_reference (px_window_get_comparison (window)), ==, 1);

  /* Removing the reference makes the first remaining article the reference. */
  after = ui_test_headers_of (window);
  g_assert_true (gtk_widget_activate_action (after->pdata[1], "column.remove", NULL));
  ui_test_wait_idle (window);
  g_assert_cmpuint (g_list_model_get_n_items (_px_window_get_documents (window)), ==, 2);
  g_assert_true (_px_window_get_reference (window) != first);
  g_assert_cmpuint (px_comparison_get_n_documents (px_window_get_comparison (window)), ==, 2);

  /* Rename through the model: the header follows. */
  px_document_set_outlet (third, "Breitbart News");
  g_assert_cmpstr (px_document_get_outlet (third), ==, "Breitbart News");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/window/move-and-remove", test_move_and_remove);

  return g_test_run ();
}
