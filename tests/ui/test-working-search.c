/* test-working-search.c: searching the articles in the window: the matches
 * found and marked (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "px-appearance.h"
#include "px-cell-text.h"
#include "px-compare.h"
#include "px-overview-page.h"
#include "px-preferences-window.h"
#include "px-row-model.h"
#include "px-session.h"
#include "px-window-private.h"
#include "ui-test.h"

/* The paragraphs shown that hold @word, counted with the engine alone. */
static guint
count_matching_cells (PxWindow *window, const char *word, guint *first_position)
{
  PxComparisonView *view = px_window_get_view (window);
  PxComparison *cmp = px_window_get_comparison (window);
  GListModel *rows = px_comparison_view_get_rows (view);
  g_autofree char *needle = g_utf8_casefold (word, -1);
  guint n = 0;

  *first_position = G_MAXUINT;
  for (guint pos = 0; pos < g_list_model_get_n_items (rows); pos++)
    {
      g_autoptr(PxRowItem) item = g_list_model_get_item (rows, pos);
      const PxCell *cells = px_comparison_get_row (cmp, px_row_item_get_row (item));

      for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
        {
          g_autofree char *text = NULL;
          g_autofree char *folded = NULL;

          if (cells[d].paragraph < 0)
            continue;
          text = px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), cells[d].paragraph);
          folded = g_utf8_casefold (text, -1);
          if (strstr (folded, needle))
            {
              n++;
              *first_position = MIN (*first_position, pos);
            }
        }
    }
  return n;
}

static gboolean
label_has_background (PxCellText *label)
{
  PangoAttrList *attrs = px_cell_text_get_attributes (label);
  g_autoptr(PangoAttrIterator) iter = NULL;

  if (attrs == NULL)
    return FALSE;
  iter = pango_attr_list_get_iterator (attrs);
  do
    {
      PangoAttribute *bg = pango_attr_iterator_get (iter, PANGO_ATTR_BACKGROUND);

      /* The highlighter's yellow, not a diff mark. */
      if (bg && ((PangoAttrColor *) bg)->color.red == 0xf6f6 && ((PangoAttrColor *) bg)->color.green == 0xd3d3)
        return TRUE;
    }
  while (pango_attr_iterator_next (iter));
  return FALSE;
}

static void
test_search (void)
{
  PxWindow *window = ui_test_open_samples_fresh (3);
  GtkSearchEntry *entry = _px_window_get_search_entry (window);
  guint expected, first, n = 0, doc = 0;
  int pos, before;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean highlighted = FALSE;

  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_f, GDK_CONTROL_MASK), ==, "win.find");
  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_g, GDK_CONTROL_MASK), ==, "win.find-next");
  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                   ==, "win.find-previous");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  ui_test_drain ();
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry)));

  /* Different case from the text: case does not count. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "KERRY");
  g_signal_emit_by_name (entry, "search-changed");
  ui_test_drain ();
  expected = count_matching_cells (window, "kerry", &first);
  g_assert_cmpuint (expected, >, 3);
  pos = _px_window_get_search_position (window, &n, &doc);
  g_assert_cmpuint (n, ==, expected);
  g_assert_cmpint (pos, ==, first);
  g_assert_cmpint (px_comparison_view_get_current (px_window_get_view (window)), ==, pos);

  ui_test_wait_frames (GTK_WIDGET (window), 3);
  ui_test_collect_all (GTK_WIDGET (px_window_get_view (window)), PX_TYPE_CELL_TEXT, labels);
  for (guint i = 0; i < labels->len; i++)
    highlighted |= gtk_widget_has_css_class (labels->pdata[i], "cell-text") && label_has_background (labels->pdata[i]);
  g_assert_true (highlighted);
  ui_test_save_screenshot (GTK_WIDGET (window), "search");

  /* Enter and Ctrl+G go on; Shift+Ctrl+G back; round the end. */
  before = pos;
  g_signal_emit_by_name (entry, "activate");
  pos = _px_window_get_search_position (window, NULL, NULL);
  g_assert_cmpint (pos, >=, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-previous", NULL));
  g_assert_cmpint (_px_window_get_search_position (window, NULL, NULL), ==, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-previous", NULL));
  /* Before the first is the last, and after the last the first. */
  {
    int last = _px_window_get_search_position (window, NULL, NULL);

    g_assert_cmpint (last, >=, before);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL));
    g_assert_cmpint (_px_window_get_search_position (window, NULL, NULL), ==, before);
  }

  /* Words nowhere: no matches, nothing current. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzqxj-not-a-word");
  g_signal_emit_by_name (entry, "search-changed");
  pos = _px_window_get_search_position (window, &n, NULL);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (pos, ==, -1);

  /* Closing the bar clears the highlights. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Iran");
  g_signal_emit_by_name (entry, "search-changed");
  _px_window_get_search_position (window, &n, NULL);
  g_assert_cmpuint (n, ==, count_matching_cells (window, "iran", &first));
  g_signal_emit_by_name (entry, "stop-search");
  ui_test_drain ();
  _px_window_get_search_position (window, &n, NULL);
  g_assert_cmpuint (n, ==, 0);
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  g_ptr_array_set_size (labels, 0);
  ui_test_collect_all (GTK_WIDGET (px_window_get_view (window)), PX_TYPE_CELL_TEXT, labels);
  /* (The legend shows the highlight as drawn, search or not.) */
  for (guint i = 0; i < labels->len; i++)
    g_assert_false (gtk_widget_has_css_class (labels->pdata[i], "cell-text") && label_has_background (labels->pdata[i]));
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

  g_test_add_func ("/working/search", test_search);

  return g_test_run ();
}
