/* test-window-navigation.c: going from difference to difference and to
 * the next omission in the comparison window, by action and through the
 * overview ruler (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "px-compare.h"
#include "px-row-model.h"
#include "px-window-private.h"
#include "ui-test.h"

static void
test_next_difference (void)
{
  PxWindow *window = ui_test_open_first_samples (5);
  PxComparisonView *view = px_window_get_view (window);
  PxComparison *cmp = px_window_get_comparison (window);
  GListModel *rows = px_comparison_view_get_rows (view);
  int first = -1, second = -1, omission = -1;

  /* Where the stops should be, from the engine's cells. */
  for (guint pos = 0; pos < g_list_model_get_n_items (rows); pos++)
    {
      guint r = px_row_model_get_row (PX_ROW_MODEL (rows), pos);
      const PxCell *c = px_comparison_get_row (cmp, r);
      gboolean diff = FALSE, omitted = FALSE;
      guint ref = px_comparison_get_reference (cmp);
      gboolean ref_real = c[ref].paragraph >= 0 && !px_comparison_is_furniture (cmp, ref, c[ref].paragraph);

      for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
        {
          if (d == ref)
            continue;
          omitted |= ref_real && c[d].paragraph < 0;
          diff |= (ref_real && c[d].paragraph < 0) ||
                  (c[d].paragraph >= 0 && c[ref].paragraph >= 0 && px_comparison_cell_changed (cmp, r, d));
        }
      diff |= (ui_test_row_kind (cmp, r) & (PX_ROW_ADDED | PX_ROW_MOVED)) != 0;
      if (diff && first < 0)
        first = pos;
      else if (diff && second < 0)
        second = pos;
      if (omitted && omission < 0 && first >= 0 && (int) pos > first)
        omission = pos;
    }
  g_assert_cmpint (second, >, first);
  g_assert_cmpint (first, >=, 0);

  g_assert_cmpint (px_comparison_view_get_current (view), ==, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL));
  g_assert_cmpint (px_comparison_view_get_current (view), ==, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL));
  g_assert_cmpint (px_comparison_view_get_current (view), ==, second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-difference", NULL));
  g_assert_cmpint (px_comparison_view_get_current (view), ==, first);

  /* Next omission goes from the current row on. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-omission", NULL));
  g_assert_cmpint (omission, >, first);
  g_assert_cmpint (px_comparison_view_get_current (view), ==, omission);
  ui_test_wait_frames (window, 3);
  ui_test_check_bound_rows (window);
  ui_test_save_screenshot (window, "4-next-omission");

  /* A click on the overview ruler goes to the row under it. */
  {
    g_autoptr(GPtrArray) rulers = g_ptr_array_new ();

    ui_test_collect (GTK_WIDGET (window), PX_TYPE_OVERVIEW_RULER, rulers);
    g_assert_cmpuint (rulers->len, ==, 1);
    g_signal_emit_by_name (rulers->pdata[0], "jump", 3u);
    g_assert_cmpint (px_comparison_view_get_current (view), ==, 3);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-difference", NULL));
    g_assert_cmpint (px_comparison_view_get_current (view), <, 3);
    g_assert_cmpint (ui_test_row_kind (cmp, px_row_model_get_row (PX_ROW_MODEL (rows), px_comparison_view_get_current (view)))
                     & PX_ROW_DIFFERENCE, !=, 0);
  }

  /* Far down, through the keyboard shortcut's action, until there is none. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  g_assert_cmpint (px_comparison_view_get_current (view), >, omission);
  ui_test_wait_frames (window, 3);
  g_assert_cmpuint (ui_test_check_bound_rows (window), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/window/next-difference", test_next_difference);

  return g_test_run ();
}
