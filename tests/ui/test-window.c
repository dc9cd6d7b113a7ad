/* test-window.c: the comparison window, driven as a reader would (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens the sample event and checks what the window shows
 * against a comparison computed here with the engine alone.  The main
 * states are saved as PNG files under the build directory
 * (tests/ui/artifacts/) for a person to look at.
 */
#include "config.h"

#include <adwaita.h>

#include "px-article-header.h"
#include "px-cell-view.h"
#include "px-compare.h"
#include "px-diff-marks.h"
#include "px-row-model.h"
#include "px-window-private.h"
#include "ui-test.h"

/* The window's default comparison flags (schema defaults). */
#define DEFAULT_FLAGS (PX_DIFF_IGNORE_SPACE | PX_DIFF_FOLD_TYPOGRAPHY)

static GPtrArray *
headers_of (PxWindow *window)
{
  GPtrArray *out = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), PX_TYPE_ARTICLE_HEADER, out);
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
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *keys[] = { "ignore-case", "fold-typography", "ignore-punctuation", "hide-furniture" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

static PxWindow *
open_samples (guint n)
{
  PxWindow *window = px_window_new (NULL);
  g_autoptr(GPtrArray) files = sample_files ();

  reset_settings ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  px_window_open_files (window, (GFile **) files->pdata, MIN (n, files->len));
  g_assert_true (_px_window_get_loading (window));
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  return window;
}

/* The comparison the window should show, computed by the engine alone. */
static PxComparison *
expected_comparison (PxWindow *window, guint reference, PxDiffFlags flags)
{
  GListModel *docs = _px_window_get_documents (window);
  guint n = g_list_model_get_n_items (docs);
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  PxCompareOptions options = { .reference = reference, .flags = flags };

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (docs, i));
  return px_comparison_new ((PxDocument **) array->pdata, n, &options);
}

static void
assert_same_rows (PxComparison *shown, PxComparison *expected)
{
  guint n_docs = px_comparison_get_n_documents (expected);

  g_assert_nonnull (shown);
  g_assert_cmpuint (px_comparison_get_reference (shown), ==, px_comparison_get_reference (expected));
  g_assert_cmpuint (px_comparison_get_n_documents (shown), ==, n_docs);
  g_assert_cmpuint (px_comparison_get_n_rows (shown), ==, px_comparison_get_n_rows (expected));
  for (guint r = 0; r < px_comparison_get_n_rows (expected); r++)
    {
      const PxCell *a = px_comparison_get_row (shown, r);
      const PxCell *b = px_comparison_get_row (expected, r);

      for (guint d = 0; d < n_docs; d++)
        {
          g_assert_cmpint (a[d].paragraph, ==, b[d].paragraph);
          g_assert_cmpuint (a[d].flags, ==, b[d].flags);
        }
    }
}

static gboolean
row_is_furniture (PxComparison *cmp, guint r)
{
  const PxCell *cells = px_comparison_get_row (cmp, r);

  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    if (cells[d].paragraph >= 0 && !px_comparison_is_furniture (cmp, d, cells[d].paragraph))
      return FALSE;
  return TRUE;
}

/* Checks every bound row widget against the comparison: a cell per
 * article, the reference's text as is, placeholders where the reference
 * has a paragraph and the article none.  Returns the rows checked. */
static guint
check_bound_rows (PxWindow *window)
{
  PxComparison *cmp = px_window_get_comparison (window);
  PxComparisonView *view = px_window_get_view (window);
  GtkWidget *list = px_comparison_view_get_rows_widget (view);
  guint ref = px_comparison_get_reference (cmp);
  guint n_docs = px_comparison_get_n_documents (cmp);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint checked = 0;

  ui_test_collect (list, PX_TYPE_CELL_VIEW, cells);
  g_assert_cmpuint (cells->len % n_docs, ==, 0);
  for (guint i = 0; i < cells->len; i += n_docs)
    {
      GtkWidget *box = gtk_widget_get_parent (cells->pdata[i]);
      guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row"));
      const PxCell *c = px_comparison_get_row (cmp, row);

      if (!gtk_widget_get_mapped (box))
        continue;
      for (guint d = 0; d < n_docs; d++)
        {
          PxCellView *cell = cells->pdata[i + d];
          PxDocument *doc = px_comparison_get_document (cmp, d);
          int p = c[d].paragraph, rp = c[ref].paragraph;
          gboolean ref_real = rp >= 0 && !px_comparison_is_furniture (cmp, ref, rp);

          /* Only the columns on screen get their text (PxColumnStrip). */
          if (!gtk_widget_get_child_visible (GTK_WIDGET (cell)))
            continue;
          if (p < 0)
            g_assert_cmpint (px_cell_view_get_kind (cell), ==,
                             d != ref && ref_real ? PX_CELL_VIEW_OMITTED : PX_CELL_VIEW_EMPTY);
          else if (d == ref && !px_comparison_is_furniture (cmp, d, p))
            {
              g_autofree char *text = px_document_dup_paragraph_text (doc, p);

              g_assert_cmpint (px_cell_view_get_kind (cell), ==, PX_CELL_VIEW_REFERENCE);
              g_assert_cmpstr (px_cell_view_get_text (cell), ==, text);
            }
          else if (ref_real && !px_comparison_is_furniture (cmp, d, p))
            g_assert_cmpint (px_cell_view_get_kind (cell), ==,
                             px_comparison_cell_changed (cmp, row, d) ? PX_CELL_VIEW_CHANGED : PX_CELL_VIEW_SAME);
          if (p >= 0 && (c[d].flags & PX_CELL_MOVED) && !px_comparison_is_furniture (cmp, d, p))
            {
              g_autofree char *note = g_strdup_printf ("Moved: paragraph %d of %u", p + 1,
                                                       px_document_get_n_paragraphs (doc));
              g_assert_cmpstr (px_cell_view_get_note (cell), ==, note);
            }
        }
      checked++;
    }
  return checked;
}

static void
test_open_samples (void)
{
  PxWindow *window = open_samples (5);
  g_autoptr(GPtrArray) headers = headers_of (window);
  const char *expected[] = { "CNN", "CNN (2)", "Breitbart", "FOX8", "CNSNews" };

  g_assert_cmpuint (g_list_model_get_n_items (_px_window_get_documents (window)), ==, 5);
  g_assert_cmpuint (headers->len, ==, 5);
  for (guint i = 0; i < headers->len; i++)
    {
      PxDocument *doc = px_article_header_get_document (headers->pdata[i]);
      g_assert_cmpstr (px_document_get_outlet (doc), ==, expected[i]);
    }
  /* The reference is the most central article, CNN's body text (the
   * web page is the same article with its furniture), and its header
   * says why; the others say how much they share. */
  g_assert_true (_px_window_get_reference (window) == px_article_header_get_document (headers->pdata[1]));
  g_assert_cmpuint (px_comparison_get_reference (px_window_get_comparison (window)), ==, 1);
  g_assert_nonnull (strstr (px_article_header_get_stats (headers->pdata[1]),
                            "The reference: it shares the most words\nwith the others ("));
  g_assert_null (strstr (px_article_header_get_stats (headers->pdata[0]), "The reference"));
  g_assert_nonnull (strstr (px_article_header_get_stats (headers->pdata[2]), "% of its words shared with the reference"));
  ui_test_save_screenshot (window, "1-sample-event-light");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_rows_aligned_as_compare (void)
{
  PxWindow *window = open_samples (5);
  g_autoptr(PxComparison) expected = expected_comparison (window, PX_REFERENCE_AUTO, DEFAULT_FLAGS);
  GListModel *rows = px_comparison_view_get_rows (px_window_get_view (window));
  guint n_shown = 0;

  assert_same_rows (px_window_get_comparison (window), expected);

  /* Page furniture is hidden by default: the rows shown are the others, in order. */
  for (guint r = 0; r < px_comparison_get_n_rows (expected); r++)
    {
      g_autoptr(PxRowItem) item = NULL;

      if (row_is_furniture (expected, r))
        continue;
      item = g_list_model_get_item (rows, n_shown++);
      g_assert_nonnull (item);
      g_assert_cmpuint (px_row_item_get_row (item), ==, r);
    }
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_shown);
  g_assert_cmpuint (n_shown, <, px_comparison_get_n_rows (expected));
  g_assert_cmpuint (check_bound_rows (window), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_switch_reference (void)
{
  PxWindow *window = open_samples (5);
  g_autoptr(GPtrArray) headers = headers_of (window);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(PxComparison) expected = NULL;
  PxComparison *before = px_window_get_comparison (window);
  PxDocument *breitbart = px_article_header_get_document (headers->pdata[2]);

  /* As the star button in Breitbart's header does. */
  g_assert_true (gtk_widget_activate_action (headers->pdata[2], "column.make-reference", NULL));
  g_assert_true (px_window_get_computing (window));
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);

  g_assert_true (_px_window_get_reference (window) == breitbart);
  g_assert_true (px_window_get_comparison (window) != before);
  expected = expected_comparison (window, 2, DEFAULT_FLAGS);
  assert_same_rows (px_window_get_comparison (window), expected);
  after = headers_of (window);
  g_assert_nonnull (strstr (px_article_header_get_stats (after->pdata[2]), "The reference"));
  g_assert_null (strstr (px_article_header_get_stats (after->pdata[1]), "The reference"));
  /* Chosen by the user: no word of being the most central. */
  g_assert_null (strstr (px_article_header_get_stats (after->pdata[2]), "most words"));
  g_assert_cmpuint (check_bound_rows (window), >, 0);
  ui_test_save_screenshot (window, "3-reference-breitbart");

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint8
expected_kind (PxComparison *cmp, guint r)
{
  g_autoptr(GBytes) kinds = px_comparison_row_kinds (cmp);

  return ((const guint8 *) g_bytes_get_data (kinds, NULL))[r];
}

static void
test_next_difference (void)
{
  PxWindow *window = open_samples (5);
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
      diff |= (expected_kind (cmp, r) & (PX_ROW_ADDED | PX_ROW_MOVED)) != 0;
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
  check_bound_rows (window);
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
    g_assert_cmpint (expected_kind (cmp, px_row_model_get_row (PX_ROW_MODEL (rows), px_comparison_view_get_current (view)))
                     & PX_ROW_DIFFERENCE, !=, 0);
  }

  /* Far down, through the keyboard shortcut's action, until there is none. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  g_assert_cmpint (px_comparison_view_get_current (view), >, omission);
  ui_test_wait_frames (window, 3);
  g_assert_cmpuint (check_bound_rows (window), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_toggle_boilerplate (void)
{
  PxWindow *window = open_samples (5);
  GListModel *rows = px_comparison_view_get_rows (px_window_get_view (window));
  PxComparison *cmp = px_window_get_comparison (window);
  guint hidden = g_list_model_get_n_items (rows);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_assert_true (g_settings_get_boolean (settings, "hide-furniture"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "hide-furniture", NULL);
  ui_test_drain ();
  g_assert_false (g_settings_get_boolean (settings, "hide-furniture"));
  /* No recomputation: the same comparison, every row shown. */
  g_assert_false (px_window_get_computing (window));
  g_assert_true (px_window_get_comparison (window) == cmp);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, px_comparison_get_n_rows (cmp));
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, hidden);
  ui_test_wait_frames (window, 2);
  check_bound_rows (window);
  ui_test_save_screenshot (window, "5-furniture-shown");

  g_action_group_activate_action (G_ACTION_GROUP (window), "hide-furniture", NULL);
  ui_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, hidden);

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_changed (PxComparison *cmp)
{
  guint n = 0;

  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
      n += px_comparison_cell_changed (cmp, r, d);
  return n;
}

static void
test_options_recompute (void)
{
  PxWindow *window = open_samples (5);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PxComparisonView *view = px_window_get_view (window);
  GListModel *rows = px_comparison_view_get_rows (view);
  PxComparison *before = px_window_get_comparison (window);
  guint changed_before = count_changed (before);
  g_autoptr(PxComparison) expected = NULL;
  PxComparison *after;
  PxDocument *place_doc = NULL;
  int place_paragraph = -1;
  const PxCell *cells;

  /* The reader's place: a few differences down. */
  for (guint i = 0; i < 6; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  g_assert_cmpint (px_comparison_view_get_current (view), >, 0);
  cells = px_comparison_get_row (before, px_row_model_get_row (PX_ROW_MODEL (rows), px_comparison_view_get_current (view)));
  for (guint d = 0; d < px_comparison_get_n_documents (before) && place_doc == NULL; d++)
    if (cells[d].paragraph >= 0)
      {
        place_doc = px_comparison_get_document (before, d);
        place_paragraph = cells[d].paragraph;
      }
  g_assert_nonnull (place_doc);

  /* Several changes in a row: each cancels the run before it. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "ignore-case", NULL);
  g_assert_true (px_window_get_computing (window));
  g_action_group_activate_action (G_ACTION_GROUP (window), "ignore-punctuation", NULL);
  g_assert_true (g_settings_get_boolean (settings, "ignore-case"));
  g_assert_true (g_settings_get_boolean (settings, "ignore-punctuation"));
  ui_test_wait_idle (window);

  after = px_window_get_comparison (window);
  g_assert_true (after != before);
  expected = expected_comparison (window, PX_REFERENCE_AUTO, DEFAULT_FLAGS | PX_DIFF_IGNORE_CASE | PX_DIFF_IGNORE_PUNCTUATION);
  assert_same_rows (after, expected);
  g_assert_cmpuint (count_changed (after), ==, count_changed (expected));
  g_assert_cmpuint (count_changed (after), <=, changed_before);

  /* The place is kept: the current row still holds that paragraph. */
  g_assert_cmpint (px_comparison_view_get_current (view), >=, 0);
  cells = px_comparison_get_row (after, px_row_model_get_row (PX_ROW_MODEL (rows), px_comparison_view_get_current (view)));
  for (guint d = 0; d < px_comparison_get_n_documents (after); d++)
    if (px_comparison_get_document (after, d) == place_doc)
      g_assert_cmpint (cells[d].paragraph, ==, place_paragraph);
  ui_test_wait_frames (window, 2);
  g_assert_cmpuint (check_bound_rows (window), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_not_computing (PxWindow *window)
{
  return !px_window_get_computing (window);
}

static void
test_close_while_computing (void)
{
  PxWindow *window = open_samples (5);

  /* Close with a run under way: it is cancelled, nothing is left behind. */
  g_object_ref (window);
  px_window_recompute (window);
  /* Not drained first: the sample compares in a few milliseconds, less
   * than a main-loop pass with a frame to lay out may take. */
  g_assert_true (px_window_get_computing (window));
  gtk_window_destroy (GTK_WINDOW (window));
  /* A run that never ends fails the test here rather than hang it. */
  ui_test_wait_for (window, is_not_computing, 30);
  g_object_unref (window);
}

/* The window's busy state is shown without an animation that redraws
 * every frame: no spinner spins, and the bar under the header bar is
 * shown for as long as the articles are read and compared. */
static void
test_progress_without_animation (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autoptr(GPtrArray) files = sample_files ();
  g_autoptr(GPtrArray) spinners = g_ptr_array_new ();
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();
  guint busy_checks = 0;

  reset_settings ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_frames (window, 2);
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_collect_all (GTK_WIDGET (window), GTK_TYPE_SPINNER, spinners);
  ui_test_collect_all (GTK_WIDGET (window), GTK_TYPE_PROGRESS_BAR, bars);
  while (!ui_test_is_idle (window))
    {
      gboolean bar_shown = FALSE;

      for (guint i = 0; i < spinners->len; i++)
        if (gtk_widget_get_mapped (spinners->pdata[i]))
          g_assert_false (gtk_spinner_get_spinning (spinners->pdata[i]));
      for (guint i = 0; i < bars->len; i++)
        bar_shown |= gtk_widget_get_visible (bars->pdata[i]) && gtk_widget_get_child_visible (bars->pdata[i]) &&
                     gtk_widget_is_ancestor (bars->pdata[i], GTK_WIDGET (window));
      g_assert_true (bar_shown);
      busy_checks++;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (busy_checks, >, 0);
  /* Idle: nothing is left animating, the main loop runs dry. */
  ui_test_drain ();
  for (guint i = 0; i < bars->len; i++)
    if (gtk_widget_has_css_class (bars->pdata[i], "osd"))
      g_assert_false (gtk_widget_get_visible (bars->pdata[i]));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_dark_style (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  PxWindow *window;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = open_samples (5);
  g_assert_true (adw_style_manager_get_dark (style));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  ui_test_wait_frames (window, 3);
  check_bound_rows (window);
  ui_test_save_screenshot (window, "2-sample-event-dark");
  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_high_contrast_and_moves (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) a11y = NULL;
  PxWindow *window;
  PxComparisonView *view;
  GListModel *rows;
  guint moved = G_MAXUINT;

  /* libadwaita 1.2 follows the desktop's high-contrast key when there is
   * no settings portal, as under Xvfb. */
  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                            "org.gnome.desktop.a11y.interface", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "high-contrast"))
    {
      g_test_skip ("no org.gnome.desktop.a11y.interface schema");
      return;
    }
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  for (guint i = 0; i < 100 && !adw_style_manager_get_high_contrast (style); i++)
    g_main_context_iteration (NULL, FALSE);
  if (!adw_style_manager_get_high_contrast (style))
    {
      g_settings_reset (a11y, "high-contrast");
      g_test_skip ("the style manager does not follow the high-contrast key here");
      return;
    }

  window = open_samples (5);
  view = px_window_get_view (window);
  rows = px_comparison_view_get_rows (view);
  /* Breitbart (reference CNN) moves a paragraph: go to its row. */
  for (guint pos = 0; pos < g_list_model_get_n_items (rows) && moved == G_MAXUINT; pos++)
    if (expected_kind (px_window_get_comparison (window), px_row_model_get_row (PX_ROW_MODEL (rows), pos)) & PX_ROW_MOVED)
      moved = pos;
  g_assert_cmpuint (moved, !=, G_MAXUINT);
  px_comparison_view_go_to_position (view, moved);
  ui_test_wait_frames (window, 3);
  g_assert_cmpuint (check_bound_rows (window), >, 0);
  ui_test_save_screenshot (window, "6-moved-high-contrast");
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (a11y, "high-contrast");
  for (guint i = 0; i < 100 && adw_style_manager_get_high_contrast (style); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_move_and_remove (void)
{
  PxWindow *window = open_samples (3);
  g_autoptr(GPtrArray) headers = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(PxDocument) first = g_list_model_get_item (_px_window_get_documents (window), 0);
  PxDocument *third = NULL;
  g_autoptr(PxDocument) doc = NULL;

  /* The first column moves right; as the reference, it stays so. */
  px_window_set_reference (window, first);
  ui_test_wait_idle (window);
  headers = headers_of (window);
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
  after = headers_of (window);
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

static void
test_bad_file_keeps_others (void)
{
  PxWindow *window = px_window_new (NULL);
  GFile *files[2];

  files[0] = g_file_new_build_filename (g_getenv ("PARALLAX_SAMPLES"), "2-cnn.txt", NULL);
  files[1] = g_file_new_for_path ("/nonexistent/article.txt");
  px_window_open_files (window, files, 2);
  ui_test_wait_idle (window);
  g_assert_cmpuint (g_list_model_get_n_items (_px_window_get_documents (window)), ==, 1);
  g_assert_nonnull (px_window_get_comparison (window));

  g_object_unref (files[0]);
  g_object_unref (files[1]);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_state (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_frames (window, 2);
  g_assert_null (px_window_get_comparison (window));
  ui_test_collect (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, pages);
  g_assert_cmpuint (pages->len, >, 0);
  /* Nothing to navigate: the buttons are off. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    gboolean found = FALSE;

    ui_test_collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "win.next-difference") == 0)
        {
          found = TRUE;
          g_assert_false (gtk_widget_is_sensitive (buttons->pdata[i]));
        }
    g_assert_true (found);
  }
  ui_test_save_screenshot (window, "0-empty");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_marks (void)
{
  const char *ref = "The quick brown fox jumps over the lazy dog.";
  const char *text = "The quick red fox jumps over the dog today.";
  g_autoptr(GArray) ops = px_diff (ref, strlen (ref), text, strlen (text), NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autoptr(PangoAttrList) plain = pango_attr_list_new ();
  g_autofree char *shown = NULL;
  g_autofree char *without = NULL;
  PxMarkPalette light, hc;
  PangoAttrIterator *iter;
  gboolean struck = FALSE, single = FALSE, doubled = FALSE;

  px_mark_palette_init (&light, FALSE, FALSE);
  px_mark_palette_init (&hc, FALSE, TRUE);
  g_assert_cmpuint (hc.background_alpha, >, light.background_alpha);
  g_assert_true (hc.bold);

  /* Dropped words inline and struck; added words underlined; replaced
   * words struck then doubly underlined. */
  shown = px_diff_marks_render (ref, text, ops, TRUE, &light, attrs);
  g_assert_nonnull (strstr (shown, "brown"));
  g_assert_nonnull (strstr (shown, "lazy"));
  g_assert_nonnull (strstr (shown, "red"));
  iter = pango_attr_list_get_iterator (attrs);
  do
    {
      int start, end;
      PangoAttrInt *s = (PangoAttrInt *) pango_attr_iterator_get (iter, PANGO_ATTR_STRIKETHROUGH);
      PangoAttrInt *u = (PangoAttrInt *) pango_attr_iterator_get (iter, PANGO_ATTR_UNDERLINE);
      g_autofree char *run = NULL;

      pango_attr_iterator_range (iter, &start, &end);
      end = MIN (end, (int) strlen (shown));
      if (start >= end)
        continue;
      run = g_strndup (shown + start, end - start);
      if (s && s->value)
        struck |= strstr (run, "lazy") != NULL;
      if (u && u->value == PANGO_UNDERLINE_SINGLE)
        single |= strstr (run, "today") != NULL;
      if (u && u->value == PANGO_UNDERLINE_DOUBLE)
        doubled |= strstr (run, "red") != NULL;
    }
  while (pango_attr_iterator_next (iter));
  pango_attr_iterator_destroy (iter);
  g_assert_true (struck);
  g_assert_true (single);
  g_assert_true (doubled);

  /* Without the dropped words, the text is the outlet's own. */
  without = px_diff_marks_render (ref, text, ops, FALSE, &light, plain);
  g_assert_cmpstr (without, ==, text);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/window/marks", test_marks);
  g_test_add_func ("/window/empty-state", test_empty_state);
  g_test_add_func ("/window/open-samples", test_open_samples);
  g_test_add_func ("/window/rows-aligned-as-compare", test_rows_aligned_as_compare);
  g_test_add_func ("/window/switch-reference", test_switch_reference);
  g_test_add_func ("/window/next-difference", test_next_difference);
  g_test_add_func ("/window/toggle-boilerplate", test_toggle_boilerplate);
  g_test_add_func ("/window/options-recompute", test_options_recompute);
  g_test_add_func ("/window/close-while-computing", test_close_while_computing);
  g_test_add_func ("/window/progress-without-animation", test_progress_without_animation);
  g_test_add_func ("/window/dark-style", test_dark_style);
  g_test_add_func ("/window/high-contrast-and-moves", test_high_contrast_and_moves);
  g_test_add_func ("/window/move-and-remove", test_move_and_remove);
  g_test_add_func ("/window/bad-file-keeps-others", test_bad_file_keeps_others);

  return g_test_run ();
}
