/* test-window.c: what the comparison window shows once the sample event is
 * open, against the engine alone: the articles, their rows, the reference
 * and the comparison's options (needs a display)
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
#include "px-compare.h"
#include "px-row-model.h"
#include "px-window-private.h"
#include "ui-test.h"

/* The window's default comparison flags (schema defaults). */
#define DEFAULT_FLAGS (PX_DIFF_IGNORE_SPACE | PX_DIFF_FOLD_TYPOGRAPHY)

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

static void
test_open_samples (void)
{
  PxWindow *window = ui_test_open_first_samples (5);
  g_autoptr(GPtrArray) headers = ui_test_headers_of (window);
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

/* Of two articles neither is more central than the other (the measure is
 * the same both ways): the first stays the reference, and its header
 * and the Overview say so, not that it shares the most words. */
static void
test_two_articles_reference (void)
{
  PxWindow *window = ui_test_open_first_samples (2);
  g_autoptr(GPtrArray) headers = ui_test_headers_of (window);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  AdwViewStack *stack = _px_window_get_view_stack (window);
  const char *stats;
  gboolean overview_says = FALSE;

  g_assert_cmpuint (headers->len, ==, 2);
  g_assert_cmpuint (px_comparison_get_reference (px_window_get_comparison (window)), ==, 0);
  stats = px_article_header_get_stats (headers->pdata[0]);
  g_assert_nonnull (strstr (stats, "The reference: the first of the two;\nthey share "));
  g_assert_null (strstr (stats, "most words"));
  g_assert_null (strstr (px_article_header_get_stats (headers->pdata[1]), "The reference"));

  adw_view_stack_set_visible_child_name (stack, "overview");
  ui_test_wait_frames (window, 2);
  ui_test_collect_all (adw_view_stack_get_child_by_name (stack, "overview"), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      g_assert_null (strstr (text, "shares the most words"));
      if (g_str_has_prefix (text, "Reference: ") && strstr (text, "the first of the two articles (they share "))
        overview_says = TRUE;
    }
  g_assert_true (overview_says);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_rows_aligned_as_compare (void)
{
  PxWindow *window = ui_test_open_first_samples (5);
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
  g_assert_cmpuint (ui_test_check_bound_rows (window), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_switch_reference (void)
{
  PxWindow *window = ui_test_open_first_samples (5);
  g_autoptr(GPtrArray) headers = ui_test_headers_of (window);
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
  after = ui_test_headers_of (window);
  g_assert_nonnull (strstr (px_article_header_get_stats (after->pdata[2]), "The reference"));
  g_assert_null (strstr (px_article_header_get_stats (after->pdata[1]), "The reference"));
  /* Chosen by the user: no word of being the most central. */
  g_assert_null (strstr (px_article_header_get_stats (after->pdata[2]), "most words"));
  g_assert_cmpuint (ui_test_check_bound_rows (window), >, 0);
  ui_test_save_screenshot (window, "3-reference-breitbart");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_toggle_boilerplate (void)
{
  PxWindow *window = ui_test_open_first_samples (5);
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
  ui_test_check_bound_rows (window);
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
  PxWindow *window = ui_test_open_first_samples (5);
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
  g_assert_cmpuint (ui_test_check_bound_rows (window), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/window/open-samples", test_open_samples);
  g_test_add_func ("/window/rows-aligned-as-compare", test_rows_aligned_as_compare);
  g_test_add_func ("/window/two-articles-reference", test_two_articles_reference);
  g_test_add_func ("/window/switch-reference", test_switch_reference);
  g_test_add_func ("/window/toggle-boilerplate", test_toggle_boilerplate);
  g_test_add_func ("/window/options-recompute", test_options_recompute);

  return g_test_run ();
}
