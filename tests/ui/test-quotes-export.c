/* test-quotes-export.c: quotes in the window, export and print (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the sample event and checks the quote marks and badges in the
 * cells against the engine's quote groups, the quote panel, stepping
 * through quotes, and the report written by the code the Export and
 * Print actions run.  Screenshots of the quote panel go to
 * tests/ui/artifacts/ under the build directory.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "px-cell-text.h"
#include "px-cell-view.h"
#include "px-compare.h"
#include "px-quotes.h"
#include "px-row-model.h"
#include "px-window-private.h"
#include "ui-test.h"

static PxWindow *
open_samples (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "hide-furniture");
  return ui_test_open_samples (1400, 900);
}

static guint
n_carried (const PxQuoteGroup *group)
{
  guint n = 0;

  for (guint d = 0; d < group->n_documents; d++)
    n += group->carried[d] != 0;
  return n;
}

static GtkWidget *
find_label (GtkWidget *widget, const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if ((GTK_IS_LABEL (child) || PX_IS_CELL_TEXT (child)) && gtk_widget_has_css_class (child, css_class))
        return child;
      if ((found = find_label (child, css_class)))
        return found;
    }
  return NULL;
}

static GPtrArray *
badges_of (GtkWidget *cell)
{
  GPtrArray *buttons = g_ptr_array_new ();
  GtkBox *box = px_cell_view_get_badges (PX_CELL_VIEW (cell));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "quote-badge"))
      g_ptr_array_add (buttons, child);
  return buttons;
}

/* Byte ranges of the cell text set in italics: the quote marks' cue
 * that needs no colour (the cells use italics for nothing else). */
static GArray *
italic_ranges (GtkWidget *cell)
{
  GtkWidget *label = find_label (cell, "cell-text");
  /* An empty cell has no text widget. */
  PangoAttrList *attrs = label ? px_cell_text_get_attributes (PX_CELL_TEXT (label)) : NULL;
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  GSList *list;

  if (attrs == NULL)
    return ranges;
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_STYLE && ((PangoAttrInt *) attr)->value == PANGO_STYLE_ITALIC)
        {
          guint range[2] = { attr->start_index, attr->end_index };

          g_array_append_val (ranges, range);
        }
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);
  return ranges;
}

/* The row and article of a cell, from its place in its row. */
static void
cell_place (GtkWidget *cell, guint *row, guint *document)
{
  GtkWidget *box = gtk_widget_get_parent (cell);
  guint d = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (box); c != cell; c = gtk_widget_get_next_sibling (c))
    d++;
  *document = d;
  *row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row"));
}

static void
test_quotes_marked (void)
{
  PxWindow *window = open_samples ();
  PxComparison *cmp = px_window_get_comparison (window);
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint n_badges = 0, n_exact = 0;

  g_assert_cmpuint (groups->len, >, 0);
  ui_test_collect (px_comparison_view_get_rows_widget (px_window_get_view (window)), PX_TYPE_CELL_VIEW, cells);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = cells->pdata[i];
      g_autoptr(GPtrArray) badges = badges_of (cell);
      g_autoptr(GArray) italics = italic_ranges (cell);
      const char *text = px_cell_view_get_text (PX_CELL_VIEW (cell));
      guint row, d;

      if (!gtk_widget_get_mapped (cell))
        continue;
      cell_place (cell, &row, &d);
      for (guint b = 0; b < badges->len; b++)
        {
          guint g = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (badges->pdata[b]), "px-quote-group"));
          const PxQuoteGroup *group = g_ptr_array_index (groups, g);
          g_autofree char *count = g_strdup_printf ("%u/%u", n_carried (group), group->n_documents);
          const char *label = gtk_label_get_text (GTK_LABEL (find_label (badges->pdata[b], "quote-count")));
          int p = px_comparison_get_row (cmp, row)[d].paragraph;
          const PxParagraph *para = px_document_get_paragraph (px_comparison_get_document (cmp, d), p);
          gboolean starts_here = FALSE;

          /* The badge says how many carry it, and stands where one of
           * this article's occurrences begins. */
          g_assert_cmpstr (label, ==, count);
          g_assert_true (group->carried[d]);
          for (guint o = 0; o < group->occurrences->len; o++)
            {
              const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, o);

              starts_here |= occ->document == d && para->start <= occ->start && occ->start < para->end;
            }
          g_assert_true (starts_here);
          n_badges++;
        }
      /* Marked words are quoted words: in a cell shown as it is, an
       * italic range is an occurrence's text (or its part in this
       * paragraph). */
      if (px_cell_view_get_kind (PX_CELL_VIEW (cell)) == PX_CELL_VIEW_REFERENCE ||
          px_cell_view_get_kind (PX_CELL_VIEW (cell)) == PX_CELL_VIEW_SAME)
        for (guint k = 0; k < italics->len; k++)
          {
            const guint *range = &g_array_index (italics, guint, 2 * k);
            g_autofree char *marked = g_strndup (text + range[0], range[1] - range[0]);
            gboolean found = FALSE;

            for (guint g = 0; g < groups->len && !found; g++)
              {
                const PxQuoteGroup *group = g_ptr_array_index (groups, g);

                for (guint o = 0; o < group->occurrences->len && !found; o++)
                  {
                    const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, o);

                    found = occ->document == d && strstr (occ->text, marked) != NULL;
                  }
              }
            g_assert_true (found);
            n_exact++;
          }
    }
  g_test_message ("%u badges, %u marked ranges checked", n_badges, n_exact);
  g_assert_cmpuint (n_badges, >, 0);
  g_assert_cmpuint (n_exact, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A badge of a quotation that more than one article carries, and not
 * all of them whole: the most telling panel. */
static GtkWidget *
pick_badge (PxWindow *window, guint *group_out)
{
  GPtrArray *groups = px_comparison_get_quotes (px_window_get_comparison (window));
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GtkWidget *best = NULL;
  int best_score = -1;

  ui_test_collect (px_comparison_view_get_rows_widget (px_window_get_view (window)), PX_TYPE_CELL_VIEW, cells);
  for (guint i = 0; i < cells->len; i++)
    {
      g_autoptr(GPtrArray) badges = badges_of (cells->pdata[i]);

      for (guint b = 0; b < badges->len; b++)
        {
          guint g = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (badges->pdata[b]), "px-quote-group"));
          const PxQuoteGroup *group = g_ptr_array_index (groups, g);
          int score = n_carried (group) > 1 ? 1 : 0;

          for (guint d = 0; d < group->n_documents; d++)
            if (group->coverage[d] == PX_QUOTE_TRIMMED || group->coverage[d] == PX_QUOTE_ALTERED)
              score = 2 + (group->speaker != NULL);
          if (score > best_score)
            {
              best = badges->pdata[b];
              best_score = score;
              *group_out = g;
            }
        }
    }
  g_assert_nonnull (best);
  return best;
}

static void
assert_panel_shows (PxWindow *window, guint g)
{
  PxComparison *cmp = px_window_get_comparison (window);
  const PxQuoteGroup *group = g_ptr_array_index (px_comparison_get_quotes (cmp), g);
  PxQuotePanel *panel = _px_window_get_quote_panel (window);
  PxQuoteCoverage coverages[] = { PX_QUOTE_WHOLE, PX_QUOTE_TRIMMED, PX_QUOTE_ALTERED, PX_QUOTE_ABSENT };

  g_assert_nonnull (panel);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  g_assert_cmpint (px_quote_panel_get_group (panel), ==, g);
  g_assert_cmpstr (px_quote_panel_get_speaker (panel), ==, group->speaker);
  for (guint c = 0; c < G_N_ELEMENTS (coverages); c++)
    {
      g_auto(GStrv) shown = px_quote_panel_dup_outlets (panel, coverages[c]);
      guint n = 0;

      for (guint d = 0; d < group->n_documents; d++)
        if (group->coverage[d] == coverages[c])
          {
            const char *outlet = px_document_get_outlet (px_comparison_get_document (cmp, d));

            g_assert_nonnull (shown[n]);
            g_assert_true (g_str_has_prefix (shown[n], outlet));
            n++;
          }
      g_assert_cmpuint (g_strv_length (shown), ==, n);
    }
}

/* libadwaita 1.2 follows the desktop's high-contrast key when there is
 * no settings portal, as under Xvfb; where it does not, no screenshot. */
static void
high_contrast_screenshot (PxWindow *window, guint g)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) a11y = NULL;

  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                            "org.gnome.desktop.a11y.interface", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "high-contrast"))
    return;
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  for (guint i = 0; i < 100 && !adw_style_manager_get_high_contrast (style); i++)
    g_main_context_iteration (NULL, FALSE);
  if (adw_style_manager_get_high_contrast (style))
    {
      ui_test_wait_frames (window, 3);
      assert_panel_shows (window, g);
      ui_test_save_screenshot (window, "10-quote-panel-high-contrast");
    }
  g_settings_reset (a11y, "high-contrast");
  for (guint i = 0; i < 100 && adw_style_manager_get_high_contrast (style); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_select_quote (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  PxWindow *window = open_samples ();
  guint g = 0;
  GtkWidget *badge = pick_badge (window, &g);
  PxQuotePanel *panel;

  g_assert_cmpint (_px_window_get_selected_quote (window), ==, -1);
  g_signal_emit_by_name (badge, "clicked");
  ui_test_wait_frames (window, 3);
  g_assert_cmpint (_px_window_get_selected_quote (window), ==, g);
  assert_panel_shows (window, g);
  panel = _px_window_get_quote_panel (window);
  ui_test_save_screenshot (window, "7-quote-panel-light");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_wait_frames (window, 3);
  assert_panel_shows (window, g);
  ui_test_save_screenshot (window, "8-quote-panel-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  high_contrast_screenshot (window, g);

  /* A new reference keeps the quotation in the panel. */
  px_window_set_reference (window, g_list_model_get_item (_px_window_get_documents (window), 1));
  g_object_unref (g_list_model_get_item (_px_window_get_documents (window), 1));
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  g_assert_cmpint (_px_window_get_selected_quote (window), >=, 0);
  assert_panel_shows (window, _px_window_get_selected_quote (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-quote", NULL);
  ui_test_wait_frames (window, 2);
  g_assert_cmpint (_px_window_get_selected_quote (window), ==, -1);
  g_assert_false (gtk_widget_get_child_visible (GTK_WIDGET (panel)) && gtk_widget_get_mapped (GTK_WIDGET (panel)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A click on quoted words finds the quotation: the byte under a point
 * of the text is where the layout draws it. */
static void
test_click_quoted_words (void)
{
  PxWindow *window = open_samples ();
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint checked = 0;

  ui_test_collect (px_comparison_view_get_rows_widget (px_window_get_view (window)), PX_TYPE_CELL_VIEW, cells);
  for (guint i = 0; i < cells->len && checked < 5; i++)
    {
      GtkWidget *cell = cells->pdata[i];
      g_autoptr(GArray) italics = italic_ranges (cell);
      GtkWidget *label = find_label (cell, "cell-text");
      PangoRectangle pos;
      graphene_point_t p;
      int index;

      if (!gtk_widget_get_mapped (cell) || italics->len == 0)
        continue;
      index = g_array_index (italics, guint, 0) + 1;
      /* The text draws its layout from its top left corner. */
      pango_layout_index_to_pos (px_cell_text_get_layout (PX_CELL_TEXT (label)), index, &pos);
      g_assert_true (gtk_widget_compute_point (label, cell,
                                               &GRAPHENE_POINT_INIT ((pos.x + pos.width / 2.0) / PANGO_SCALE,
                                                                     (pos.y + pos.height / 2.0) / PANGO_SCALE),
                                               &p));
      g_assert_cmpint (px_cell_view_index_at (PX_CELL_VIEW (cell), p.x, p.y), ==, index);

      /* A click there opens the panel on a quotation this article has
       * in this paragraph. */
      {
        GObject *click = g_object_get_data (G_OBJECT (cell), "px-quote-gesture");
        PxComparison *cmp = px_window_get_comparison (window);
        const PxQuoteGroup *group;
        const PxParagraph *para;
        gboolean here = FALSE;
        guint row, d;

        g_assert_nonnull (click);
        _px_window_select_quote (window, -1, FALSE);
        g_signal_emit_by_name (click, "released", 1, (double) p.x, (double) p.y);
        g_assert_cmpint (_px_window_get_selected_quote (window), >=, 0);
        group = g_ptr_array_index (px_comparison_get_quotes (cmp), _px_window_get_selected_quote (window));
        cell_place (cell, &row, &d);
        para = px_document_get_paragraph (px_comparison_get_document (cmp, d),
                                          px_comparison_get_row (cmp, row)[d].paragraph);
        for (guint o = 0; o < group->occurrences->len; o++)
          {
            const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, o);

            here |= occ->document == d && occ->start < para->end && occ->end > para->start;
          }
        g_assert_true (here);
      }
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
row_position_of_selected (PxWindow *window)
{
  int current = px_comparison_view_get_current (px_window_get_view (window));

  g_assert_cmpint (current, >=, 0);
  return current;
}

static void
test_next_quote (void)
{
  PxWindow *window = open_samples ();
  PxComparison *cmp = px_window_get_comparison (window);
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  PxRowModel *rows = PX_ROW_MODEL (px_comparison_view_get_rows (px_window_get_view (window)));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint last = 0, steps = 0;
  int first;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-quote", NULL);
  ui_test_wait_frames (window, 2);
  first = _px_window_get_selected_quote (window);
  g_assert_cmpint (first, >=, 0);
  while (TRUE)
    {
      int g = _px_window_get_selected_quote (window);
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      guint position = row_position_of_selected (window);
      const PxCell *cells = px_comparison_get_row (cmp, px_row_model_get_row (rows, position));
      gboolean here = FALSE;

      /* The row navigated to holds one of its occurrences, the panel
       * follows, and the steps go down the comparison. */
      for (guint o = 0; o < group->occurrences->len; o++)
        {
          const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, o);
          int p = cells[occ->document].paragraph;
          const PxParagraph *para;

          if (p < 0)
            continue;
          para = px_document_get_paragraph (px_comparison_get_document (cmp, occ->document), p);
          here |= para->start <= occ->start && occ->start < para->end;
        }
      g_assert_true (here);
      g_assert_cmpint (px_quote_panel_get_group (_px_window_get_quote_panel (window)), ==, g);
      g_assert_cmpuint (position, >=, last);
      g_assert_false (g_hash_table_contains (seen, GINT_TO_POINTER (g + 1)));
      g_hash_table_add (seen, GINT_TO_POINTER (g + 1));
      last = position;
      steps++;
      if (steps == 4)
        ui_test_save_screenshot (window, "9-fourth-quote");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next-quote", NULL);
      ui_test_wait_frames (window, 1);
      if (_px_window_get_selected_quote (window) == g)
        break;  /* the last one: it stays */
    }
  /* Every quotation was met once (hidden furniture rows aside). */
  g_test_message ("%u of %u quotations stepped through", steps, groups->len);
  g_assert_cmpuint (steps, >, 1);
  g_assert_cmpuint (steps, <=, groups->len);
  for (guint i = 1; i < steps; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-quote", NULL);
  ui_test_wait_frames (window, 1);
  g_assert_cmpint (_px_window_get_selected_quote (window), ==, first);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Hard-wrapped articles are shown with their lines joined (spaces at
 * the line ends dropped, so offsets shift): the quote marks and the
 * word diff must land on the joined text's words. */
static const char wrapped_a[] =
  "Ministers met in Brussels on Tuesday to discuss the budget for the\n"
  "coming year, and the talks ran late into the night before a deal.\n\n"
  "The finance minister told reporters that \"we have reached a fair   \n"
  "agreement that protects the poorest households and keeps the  \n"
  "deficit under control,\" before leaving the building in a hurry.\n\n"
  "Critics said the plan did too little for small businesses across\n"
  "the region, which had asked for a cut in the rate of value tax.\n";

static char *
shown_italics (GtkWidget *cell)
{
  g_autoptr(GArray) italics = italic_ranges (cell);
  const char *text = px_cell_view_get_text (PX_CELL_VIEW (cell));
  guint start, end;

  g_assert_cmpuint (italics->len, >, 0);
  start = g_array_index (italics, guint, 0);
  end = g_array_index (italics, guint, 1);
  for (guint k = 1; k < italics->len; k++)
    {
      start = MIN (start, g_array_index (italics, guint, 2 * k));
      end = MAX (end, g_array_index (italics, guint, 2 * k + 1));
    }
  return g_strndup (text + start, end - start);
}

/* A window comparing two articles written to a new folder: @files
 * receives them, for close_two(). */
static PxWindow *
open_two (const char *a, const char *b, GFile **files)
{
  g_autofree char *dir = g_dir_make_tmp ("px-two-XXXXXX", NULL);
  g_autofree char *path_a = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *path_b = g_build_filename (dir, "b.txt", NULL);
  PxWindow *window = px_window_new (NULL);

  g_assert_true (g_file_set_contents (path_a, a, -1, NULL));
  g_assert_true (g_file_set_contents (path_b, b, -1, NULL));
  files[0] = g_file_new_for_path (path_a);
  files[1] = g_file_new_for_path (path_b);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  px_window_open_files (window, files, 2);
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  return window;
}

static void
close_two (PxWindow *window, GFile **files)
{
  g_autoptr(GFile) dir = g_file_get_parent (files[0]);

  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < 2; i++)
    {
      g_file_delete (files[i], NULL, NULL);
      g_object_unref (files[i]);
    }
  g_file_delete (dir, NULL, NULL);
}

static void
test_wrapped_text (void)
{
  g_autoptr(GString) b = g_string_new (wrapped_a);
  GFile *files[2];
  PxWindow *window;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint checked = 0;

  /* Words of the same length: the lines wrap as before. */
  g_string_replace (b, "discuss", "examine", 1);
  g_string_replace (b, "reporters", "the press", 1);
  g_string_replace (b, "households", "homeowners", 1);
  window = open_two (wrapped_a, b->str, files);

  ui_test_collect (px_comparison_view_get_rows_widget (px_window_get_view (window)), PX_TYPE_CELL_VIEW, cells);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = cells->pdata[i];
      const char *text = px_cell_view_get_text (PX_CELL_VIEW (cell));
      g_autofree char *marked = NULL;

      g_assert_null (strchr (text, '\n'));
      if (strstr (text, "finance minister") == NULL)
        continue;
      marked = shown_italics (cell);
      g_assert_true (g_str_has_prefix (marked, "we have reached a fair agreement"));
      g_assert_true (g_str_has_suffix (marked, "deficit under control"));
      if (px_cell_view_get_kind (PX_CELL_VIEW (cell)) == PX_CELL_VIEW_CHANGED)
        {
          /* The dropped word shows inside the quote, the new one too. */
          g_assert_nonnull (strstr (marked, "households"));
          g_assert_nonnull (strstr (marked, "homeowners"));
          g_assert_nonnull (strstr (text, "the press"));
        }
      else
        g_assert_cmpstr (marked, ==, "we have reached a fair agreement that protects the poorest "
                                     "households and keeps the deficit under control");
      checked++;
    }
  g_assert_cmpuint (checked, ==, 2);
  close_two (window, files);
}

/* A quotation cut by its attribution is one quotation: one badge, and
 * the quote's marks on its two parts, not on the attribution between. */
static void
test_interrupted_quote (void)
{
  const char *a = "The council met on Tuesday evening to vote on the plan for the harbour.\n\n"
                  "\"We will open the new bridge on Monday,\" Mira Holt said, \"and close the old ferry for good.\"\n\n"
                  "The vote was close, and the opposition promised to fight on.\n";
  g_autoptr(GString) b = g_string_new (a);
  GFile *files[2];
  PxWindow *window;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint checked = 0;

  g_string_replace (b, "Tuesday", "Wednesday", 1);
  window = open_two (a, b->str, files);

  ui_test_collect (px_comparison_view_get_rows_widget (px_window_get_view (window)), PX_TYPE_CELL_VIEW, cells);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = cells->pdata[i];
      const char *text = px_cell_view_get_text (PX_CELL_VIEW (cell));
      const char *holt = strstr (text, "Mira Holt said");
      g_autoptr(GArray) italics = NULL;
      g_autoptr(GPtrArray) badges = NULL;
      gboolean first = FALSE, second = FALSE;

      if (holt == NULL)
        continue;
      italics = italic_ranges (cell);
      for (guint k = 0; k < italics->len; k++)
        {
          guint start = g_array_index (italics, guint, 2 * k), end = g_array_index (italics, guint, 2 * k + 1);
          g_autofree char *marked = g_strndup (text + start, end - start);

          /* Never over the attribution. */
          g_assert_true (end <= (guint) (holt - text) || start >= (guint) (holt - text) + strlen ("Mira Holt said"));
          first |= strstr (marked, "new bridge on Monday") != NULL;
          second |= strstr (marked, "close the old ferry") != NULL;
        }
      g_assert_true (first && second);
      badges = badges_of (cell);
      g_assert_cmpuint (badges->len, ==, 1);
      checked++;
    }
  g_assert_cmpuint (checked, ==, 2);
  close_two (window, files);
}

/* --- export and print ------------------------------------------------------- */

static void
on_exported (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GError **error = user_data;

  if (!_px_window_export_finish (PX_WINDOW (source), result, error))
    g_assert_nonnull (*error);
  else
    *error = (GError *) GINT_TO_POINTER (1);
}

/* Runs the export the action runs; returns FALSE with @error set on failure. */
static gboolean
export (PxWindow *window, const char *path, GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *result = NULL;

  _px_window_export_async (window, file, NULL, on_exported, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (result == GINT_TO_POINTER (1))
    return TRUE;
  g_propagate_error (error, result);
  return FALSE;
}

static char *
run (const char *const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };

  return run (argv);
}

static void
test_export (void)
{
  PxWindow *window = open_samples ();
  g_autofree char *dir = g_dir_make_tmp ("px-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *html = g_build_filename (dir, "Report.HTML", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *page = NULL;
  g_autoptr(GError) error = NULL;
  PxComparison *cmp = px_window_get_comparison (window);
  PxDocument *ref = px_comparison_get_document (cmp, px_comparison_get_reference (cmp));
  gsize len;

  g_assert_true (export (window, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf), >=, 2);
  text = pdf_text (pdf);
  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    g_assert_nonnull (strstr (text, px_document_get_outlet (px_comparison_get_document (cmp, d))));
  g_assert_nonnull (strstr (text, "Quote"));

  /* The extension, in any case, picks HTML. */
  g_assert_true (export (window, html, &error));
  g_assert_true (g_file_get_contents (html, &page, &len, NULL));
  g_assert_true (g_str_has_prefix (page, "<!DOCTYPE html>") || g_str_has_prefix (page, "<!doctype html>"));
  g_assert_nonnull (strstr (page, "</html>"));
  g_assert_null (strstr (page, "%PDF"));
  {
    /* The reference's headline, as the HTML escapes it. */
    g_autofree char *escaped = g_markup_escape_text (px_document_get_title (ref), 24);
    g_autofree char *start = g_utf8_substring (escaped, 0, 10);

    g_assert_nonnull (strstr (page, start));
  }

  /* An unwritable place: an error that names the file, nothing left. */
  g_assert_false (export (window, bad, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "report.pdf"));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  g_unlink (pdf);
  g_unlink (html);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_print_to_pdf (void)
{
  PxWindow *window = open_samples ();
  g_autoptr(GtkPrintOperation) op = _px_window_new_print_operation (window);
  g_autofree char *dir = g_dir_make_tmp ("px-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *footer = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  int n_pages = 0;

  gtk_print_operation_set_export_filename (op, path);
  result = gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_object_get (op, "n-pages", &n_pages, NULL);
  g_assert_cmpint (n_pages, >=, 2);
  /* The pages the report laid out are the pages printed. */
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);
  text = pdf_text (path);
  footer = g_strdup_printf ("1 / %d", n_pages);
  g_assert_nonnull (strstr (text, footer));
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (!ui_test_init_application ())
    return 77;

  g_test_add_func ("/quotes/marked", test_quotes_marked);
  g_test_add_func ("/quotes/select", test_select_quote);
  g_test_add_func ("/quotes/click-quoted-words", test_click_quoted_words);
  g_test_add_func ("/quotes/next", test_next_quote);
  g_test_add_func ("/quotes/wrapped-text", test_wrapped_text);
  g_test_add_func ("/quotes/interrupted", test_interrupted_quote);
  g_test_add_func ("/export/pdf-and-html", test_export);
  g_test_add_func ("/export/print-to-pdf", test_print_to_pdf);
  return g_test_run ();
}
