/* test-source.c: a primary source in the window (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the invented press conference and its articles, marks the
 * transcript as primary source from its header menu, and checks the
 * header, the quote panel's check against the source and the
 * Overview's tally.  Screenshots go to tests/ui/artifacts/.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "px-article-header.h"
#include "px-cell-view.h"
#include "px-compare.h"
#include "px-session.h"
#include "px-window-private.h"
#include "ui-test.h"

static PxWindow *
open_event (void)
{
  const char *names[] = { "0-transcript.txt", "1-riverton-post.txt", "2-valley-herald.txt", "3-wire.txt" };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  PxWindow *window = px_window_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (files, g_file_new_build_filename (g_test_get_dir (G_TEST_DIST), "data", "sources",
                                                       "riverton", names[i], NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  return window;
}

static PxArticleHeader *
header_of (PxWindow *window, const char *outlet)
{
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();

  ui_test_collect_all (GTK_WIDGET (window), PX_TYPE_ARTICLE_HEADER, headers);
  for (guint i = 0; i < headers->len; i++)
    {
      PxArticleHeader *h = g_ptr_array_index (headers, i);

      if (g_ascii_strcasecmp (px_document_get_outlet (px_article_header_get_document (h)), outlet) == 0)
        return h;
      g_test_message ("header: %s", px_document_get_outlet (px_article_header_get_document (h)));
    }
  g_assert_not_reached ();
}

static GtkWidget *
find_with_class (GtkWidget *widget, const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (child, css_class) && gtk_widget_get_visible (child))
        return child;
      if ((found = find_with_class (child, css_class)))
        return found;
    }
  return NULL;
}

static int
group_starting (PxComparison *cmp, const char *prefix)
{
  GPtrArray *groups = px_comparison_get_quotes (cmp);

  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      const PxQuoteOccurrence *ref = &g_array_index (group->occurrences, PxQuoteOccurrence, group->reference);

      if (g_str_has_prefix (ref->text, prefix))
        return g;
    }
  g_assert_not_reached ();
}

/* The source's column: its own paragraphs, never "Omitted" or "Added"
 * as an outlet's would be.  Returns how many rows were looked at. */
static guint
check_source_cells (PxWindow *window, PxDocument *source)
{
  PxComparison *cmp = px_window_get_comparison (window);
  guint n = px_comparison_get_n_documents (cmp), d_source = n, checked = 0;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  for (guint d = 0; d < n; d++)
    if (px_comparison_get_document (cmp, d) == source)
      d_source = d;
  g_assert_cmpuint (d_source, <, n);
  ui_test_collect (GTK_WIDGET (window), PX_TYPE_CELL_VIEW, cells);
  for (guint i = 0; i + n <= cells->len; i++)
    {
      GtkWidget *box = gtk_widget_get_parent (cells->pdata[i]);
      PxCellViewKind kind;

      /* A row of the side-by-side view: one cell per article, in order. */
      if (gtk_widget_get_first_child (box) != cells->pdata[i] || gtk_widget_get_parent (cells->pdata[i + n - 1]) != box)
        continue;
      kind = px_cell_view_get_kind (cells->pdata[i + d_source]);
      g_assert_cmpint (kind, !=, PX_CELL_VIEW_OMITTED);
      g_assert_cmpint (kind, !=, PX_CELL_VIEW_ADDED);
      checked++;
      i += n - 1;
    }
  return checked;
}

/* Whether a label in @widget, inside a quote panel section of the
 * outlets (not the check against the source), names @outlet. */
static gboolean
section_names (GtkWidget *widget, const char *outlet, gboolean in_section)
{
  if (gtk_widget_has_css_class (widget, "source-check"))
    return FALSE;
  in_section |= gtk_widget_has_css_class (widget, "quote-section");
  if (in_section && GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), outlet))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (section_names (child, outlet, in_section))
      return TRUE;
  return FALSE;
}

static void
test_toggle_and_panel (void)
{
  PxWindow *window = open_event ();
  PxArticleHeader *header = header_of (window, "Transcript");
  PxDocument *transcript = px_article_header_get_document (header);
  PxComparison *cmp;
  GtkWidget *panel, *match, *tally;
  int g;

  g_assert_false (px_document_get_primary_source (transcript));
  g_assert_cmpuint (px_source_check_get_n_sources (px_comparison_get_source_check (px_window_get_comparison (window))), ==, 0);

  /* The header menu's check item. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (header), "column.primary-source", NULL));
  g_assert_true (px_document_get_primary_source (transcript));
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  cmp = px_window_get_comparison (window);
  g_assert_cmpuint (px_source_check_get_n_sources (px_comparison_get_source_check (cmp)), ==, 1);
  g_assert_cmpuint (px_source_check_get_n_matches (px_comparison_get_source_check (cmp)), ==, 12);
  /* The transcript is never the reference, and its header says what it is. */
  g_assert_false (px_comparison_get_document (cmp, px_comparison_get_reference (cmp)) == transcript);
  header = header_of (window, "Transcript");
  g_assert_nonnull (find_with_class (GTK_WIDGET (header), "accent"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (header), "primary-source") ||
                 px_document_get_primary_source (px_article_header_get_document (header)));
  ui_test_save_screenshot (window, "source-header");
  g_assert_cmpuint (check_source_cells (window, transcript), >, 3);

  /* The quote panel: the splice, with both passages and the diff. */
  g = group_starting (cmp, "We did not agree");
  _px_window_select_quote (window, g, TRUE);
  ui_test_wait_frames (window, 3);
  panel = GTK_WIDGET (_px_window_get_quote_panel (window));
  g_assert_nonnull (find_with_class (panel, "source-check"));
  match = find_with_class (panel, "source-spliced");
  g_assert_nonnull (match);
  g_assert_nonnull (find_with_class (match, "source-passage"));
  g_assert_nonnull (find_with_class (match, "quote-diff"));
  ui_test_save_screenshot (window, "source-panel-spliced");
  /* The source is not an outlet that left the quotation out. */
  g_assert_false (section_names (panel, px_document_get_outlet (transcript), FALSE));
  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    if (px_comparison_get_document (cmp, d) != transcript)
      g_assert_true (section_names (panel, px_document_get_outlet (px_comparison_get_document (cmp, d)), FALSE));

  g = group_starting (cmp, "The sanctions are still on the table, and everyone in Washington");
  _px_window_select_quote (window, g, TRUE);
  ui_test_wait_frames (window, 3);
  g_assert_nonnull (find_with_class (panel, "source-altered"));
  ui_test_save_screenshot (window, "source-panel-altered");

  /* The Overview's tally, one row per outlet. */
  adw_view_stack_set_visible_child_name (_px_window_get_view_stack (window), "overview");
  ui_test_wait_frames (window, 3);
  tally = find_with_class (GTK_WIDGET (_px_window_get_view_stack (window)), "source-tally");
  g_assert_nonnull (tally);
  g_assert_nonnull (gtk_grid_get_child_at (GTK_GRID (tally), 0, 3));
  g_assert_null (gtk_grid_get_child_at (GTK_GRID (tally), 0, 4));
  ui_test_save_screenshot (window, "source-overview");
  adw_view_stack_set_visible_child_name (_px_window_get_view_stack (window), "aligned");

  /* And off again: no source, no check. */
  header = header_of (window, "Transcript");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (header), "column.primary-source", NULL));
  ui_test_wait_idle (window);
  g_assert_cmpuint (px_source_check_get_n_sources (px_comparison_get_source_check (px_window_get_comparison (window))), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The mark is saved in .parallax files; a file without it (older) opens
 * with articles only. */
static void
test_session (void)
{
  g_autoptr(PxSession) session = px_session_new ();
  g_autoptr(PxSession) back = NULL;
  g_autoptr(PxSession) old = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  PxDocument *source = px_document_new ("KERRY: We are ready.", -1, "Transcript");

  px_document_set_primary_source (source, TRUE);
  g_ptr_array_add (session->documents, px_document_new ("\"We are ready,\" Kerry said.", -1, "CNN"));
  g_ptr_array_add (session->documents, source);
  data = px_session_to_data (session, NULL);
  g_assert_nonnull (strstr (data, "\"primary_source\" : true"));
  back = px_session_from_data (data, strlen (data), "test.parallax", &error);
  g_assert_no_error (error);
  g_assert_false (px_document_get_primary_source (g_ptr_array_index (back->documents, 0)));
  g_assert_true (px_document_get_primary_source (g_ptr_array_index (back->documents, 1)));
  g_assert_true (px_session_equal (session, back));

  {
    g_autofree char *older = g_strdup (data);
    char *mark = strstr (older, ",\n      \"primary_source\" : true");

    g_assert_nonnull (mark);
    memmove (mark, mark + strlen (",\n      \"primary_source\" : true"),
             strlen (mark + strlen (",\n      \"primary_source\" : true")) + 1);
    old = px_session_from_data (older, strlen (older), "old.parallax", &error);
    g_assert_no_error (error);
    g_assert_false (px_document_get_primary_source (g_ptr_array_index (old->documents, 1)));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/source/toggle-and-panel", test_toggle_and_panel);
  g_test_add_func ("/source/session", test_session);
  return g_test_run ();
}
