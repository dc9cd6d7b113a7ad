/* test-rows-on-screen.c: rows bound beyond the screen wait, those on it never do
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The comparison view shows a bound row's cells only once the row comes
 * near the screen (px-comparison-view.c, "rows shown as they come near
 * the screen"): until then it is a placeholder of about its height.
 * These tests check what a reader would see: at the first paint, and in
 * every frame while the view scrolls, side by side and stacked, no
 * placeholder is on screen; rows far below the first screen did wait;
 * and once the main loop is idle every bound row shows its cells.
 */
#include "config.h"

#include <adwaita.h>

#include "px-column-strip.h"
#include "ui-test.h"

/* Whether a bound row (the list item's child) shows its cells. */
static gboolean
row_shows_cells (GtkWidget *row)
{
  if (PX_IS_COLUMN_STRIP (row))
    return px_column_strip_get_placeholder (PX_COLUMN_STRIP (row)) < 0;
  g_assert_true (ADW_IS_CLAMP (row));
  return gtk_widget_get_visible (adw_clamp_get_child (ADW_CLAMP (row)));
}

/* Counts the bound rows on screen, and those that wait; fails when a
 * row on screen waits. */
static void
check_rows (PxWindow *window, const char *when, guint *on_screen, guint *waiting)
{
  GtkWidget *list = px_comparison_view_get_rows_widget (px_window_get_view (window));
  double page = gtk_widget_get_height (list);

  *on_screen = *waiting = 0;
  for (GtkWidget *item = gtk_widget_get_first_child (list); item; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;

      /* A stacked row's clamp stands in a holder (setup_stacked_row()). */
      if (ADW_IS_BIN (row))
        row = adw_bin_get_child (ADW_BIN (row));

      if (row == NULL || !(PX_IS_COLUMN_STRIP (row) || ADW_IS_CLAMP (row)))
        continue;
      if (!row_shows_cells (row))
        (*waiting)++;
      if (!gtk_widget_get_mapped (row) || !gtk_widget_compute_bounds (row, list, &bounds) ||
          bounds.origin.y >= page || bounds.origin.y + bounds.size.height <= 0)
        continue;
      (*on_screen)++;
      if (!row_shows_cells (row))
        g_error ("%s: a row on screen (at %.0f, %.0f px tall) is a placeholder", when,
                 bounds.origin.y, bounds.size.height);
    }
}

/* Opens the articles and waits for the first frame painted with the
 * comparison, as a reader sees it: no idle work after it yet. */
static PxWindow *
open_first_paint (const char *event, guint n)
{
  g_autoptr(GPtrArray) files = ui_test_ecb_event_files (event, n);
  PxWindow *window = px_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_frames_only (window, 1);
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  while (_px_window_get_loading (window) || px_window_get_computing (window) ||
         px_window_get_comparison (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  ui_test_wait_frames_only (window, 1);
  return window;
}

static void
scroll_and_check (PxWindow *window, const char *when, guint frames)
{
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (
      GTK_SCROLLABLE (px_comparison_view_get_rows_widget (px_window_get_view (window))));
  guint on_screen, waiting, moved = 0;
  double step = 120;

  for (guint i = 0; i < frames; i++)
    {
      double before = gtk_adjustment_get_value (vadj);

      /* At either end, on the other way. */
      if (before + step > gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj) ||
          before + step < 0)
        step = -step;
      gtk_adjustment_set_value (vadj, before + step);
      ui_test_wait_frames_only (window, 1);
      moved += gtk_adjustment_get_value (vadj) != before;
      check_rows (window, when, &on_screen, &waiting);
      g_assert_cmpuint (on_screen, >, 0);
    }
  g_assert_cmpuint (moved, >, frames / 2);
}

static void
test_side_by_side (void)
{
  PxWindow *window = open_first_paint ("t02_ecbplus", 11);
  guint on_screen, waiting;

  g_assert_false (px_comparison_view_get_stacked (px_window_get_view (window)));
  check_rows (window, "first paint", &on_screen, &waiting);
  g_test_message ("first paint: %u rows on screen, %u waiting", on_screen, waiting);
  g_assert_cmpuint (on_screen, >, 0);
  /* The list binds far more rows than a screen holds: those wait. */
  g_assert_cmpuint (waiting, >, 0);
  ui_test_drain ();
  check_rows (window, "idle", &on_screen, &waiting);
  g_assert_cmpuint (waiting, ==, 0);
  scroll_and_check (window, "scrolling down side by side", 40);
  ui_test_save_screenshot (window, "rows-on-screen-side-by-side");
  ui_test_destroy_and_drain (window);
}

static void
test_stacked (void)
{
  PxWindow *window = open_first_paint ("t02_ecbplus", 11);
  PxComparisonView *view = px_window_get_view (window);
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (px_comparison_view_get_rows_widget (view)));
  guint on_screen, waiting;

  ui_test_drain ();
  px_comparison_view_set_stacked (view, TRUE);
  gtk_adjustment_set_value (vadj, 0);
  ui_test_wait_frames_only (window, 1);
  check_rows (window, "stacked", &on_screen, &waiting);
  g_test_message ("stacked: %u rows on screen, %u waiting", on_screen, waiting);
  g_assert_cmpuint (on_screen, >, 0);
  g_assert_cmpuint (waiting, >, 0);
  scroll_and_check (window, "scrolling down stacked", 40);
  ui_test_drain ();
  check_rows (window, "stacked, idle", &on_screen, &waiting);
  g_assert_cmpuint (waiting, ==, 0);
  ui_test_save_screenshot (window, "rows-on-screen-stacked");
  ui_test_destroy_and_drain (window);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!ui_test_init_application ())
    return 77;

  g_test_add_func ("/rows-on-screen/side-by-side", test_side_by_side);
  g_test_add_func ("/rows-on-screen/stacked", test_stacked);
  return g_test_run ();
}
