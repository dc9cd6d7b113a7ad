/* test-working-overview.c: the Overview page: its figures for each article
 * (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "px-appearance.h"
#include "px-compare.h"
#include "px-overview-page.h"
#include "px-preferences-window.h"
#include "px-row-model.h"
#include "px-session.h"
#include "px-window-private.h"
#include "ui-test.h"

static GtkWidget *
figure (GtkWidget *page, guint document, PxOverviewKind kind)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect_all (page, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (GPOINTER_TO_UINT (g_object_get_data (buttons->pdata[i], "px-document")) == document &&
        GPOINTER_TO_UINT (g_object_get_data (buttons->pdata[i], "px-kind")) == kind &&
        !gtk_widget_has_css_class (buttons->pdata[i], "heat-cell"))
      return buttons->pdata[i];
  return NULL;
}

static void
test_overview (void)
{
  PxWindow *window = ui_test_open_samples_fresh (4);
  AdwViewStack *stack = _px_window_get_view_stack (window);
  PxComparison *cmp = px_window_get_comparison (window);
  GtkWidget *page = adw_view_stack_get_child_by_name (stack, "overview");
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint n = px_comparison_get_n_documents (cmp);
  PxCompareStatistics report;
  int row, position;
  const PxCell *cells_of_row;
  guint pos;

  g_assert_nonnull (page);
  adw_view_stack_set_visible_child_name (stack, "overview");
  ui_test_wait_frames (GTK_WIDGET (window), 3);
  ui_test_save_screenshot (GTK_WIDGET (window), "overview");

  /* The matrix: n × n figures, each the engine's similarity. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    ui_test_collect_all (page, GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (gtk_widget_has_css_class (buttons->pdata[i], "heat-cell"))
        g_ptr_array_add (cells, buttons->pdata[i]);
  }
  g_assert_cmpuint (cells->len, ==, n * n);
  {
    g_autofree char *expected = g_strdup_printf ("%.0f%%", px_comparison_get_similarity (cmp, 1, 2) * 100);

    g_assert_cmpstr (gtk_button_get_label (cells->pdata[1 * n + 2]), ==, expected);
  }
  g_assert_cmpint (px_overview_heat_level (0.0), ==, 0);
  g_assert_cmpint (px_overview_heat_level (1.0), ==, 5);
  g_assert_cmpint (px_overview_heat_level (0.5), >, px_overview_heat_level (0.2));

  /* Counts against the reference, as the engine reports them. */
  px_comparison_get_statistics (cmp, 2, &report);
  {
    g_autofree char *omitted = g_strdup_printf ("%u", report.omitted);
    g_autofree char *quotes = g_strdup_printf ("%u (%u altered)", report.quotes, report.quotes_altered);

    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (figure (page, 2, PX_OVERVIEW_OMITTED))), ==, omitted);
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (figure (page, 2, PX_OVERVIEW_QUOTES))), ==, quotes);
  }
  g_assert_null (figure (page, px_comparison_get_reference (cmp), PX_OVERVIEW_OMITTED));

  /* A click leads to the place: the aligned view, at the first omission. */
  g_assert_cmpuint (report.omitted, >, 0);
  row = px_overview_find_row (cmp, 2, PX_OVERVIEW_OMITTED);
  g_assert_cmpint (row, >=, 0);
  cells_of_row = px_comparison_get_row (cmp, row);
  g_assert_cmpint (cells_of_row[2].paragraph, <, 0);
  g_assert_cmpint (cells_of_row[px_comparison_get_reference (cmp)].paragraph, >=, 0);
  g_signal_emit_by_name (figure (page, 2, PX_OVERVIEW_OMITTED), "clicked");
  ui_test_drain ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "aligned");
  position = px_comparison_view_get_current (px_window_get_view (window));
  g_assert_true (px_row_model_find (PX_ROW_MODEL (px_comparison_view_get_rows (px_window_get_view (window))),
                                    row, &pos));
  g_assert_cmpint (position, ==, (int) pos);

  /* Added and changed rows are what they say. */
  row = px_overview_find_row (cmp, 3, PX_OVERVIEW_ADDED);
  if (row >= 0)
    {
      cells_of_row = px_comparison_get_row (cmp, row);
      g_assert_cmpint (cells_of_row[3].paragraph, >=, 0);
      g_assert_cmpint (cells_of_row[px_comparison_get_reference (cmp)].paragraph, <, 0);
    }
  /* CNN's web page and its body text differ in a paragraph, whichever
   * of the two is the reference. */
  {
    guint other = px_comparison_get_reference (cmp) == 1 ? 0 : 1;

    row = px_overview_find_row (cmp, other, PX_OVERVIEW_CHANGED);
    g_assert_cmpint (row, >=, 0);
    g_assert_true (px_comparison_cell_changed (cmp, row, other));
  }
  row = px_overview_find_row (cmp, 2, PX_OVERVIEW_QUOTES);
  px_comparison_get_statistics (cmp, 2, &report);
  g_assert_true ((row >= 0) == (report.quotes > 0));

  ui_test_destroy_and_drain (window);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Accessible properties kept where gtk_test_accessible_*() reads them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/working/overview", test_overview);

  return g_test_run ();
}
