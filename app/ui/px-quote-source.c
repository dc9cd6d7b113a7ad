/* px-quote-source.c: quotations against the primary source, in the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-quote-source.h"

/* Characters of the source shown on either side of the passage. */
#define CONTEXT_CHARS 140

static GtkWidget *
wrapped_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static gboolean
has_source (PxComparison *cmp)
{
  PxSourceCheck *check = px_comparison_get_source_check (cmp);

  return check && px_source_check_get_n_sources (check) > 0;
}

/* The passage with up to CONTEXT_CHARS of its paragraph on either side,
 * cut at spaces, the passage itself in bold. */
static GtkWidget *
passage_label (PxDocument *source, const PxSourceSpan *span)
{
  const char *text = px_document_get_text (source, NULL);
  const char *start = text + span->start, *end = text + span->end;
  const char *from = start, *to = end;
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  GString *shown = g_string_new (NULL);
  PangoAttribute *bold;
  GtkWidget *label;

  for (guint n = 0; n < CONTEXT_CHARS && from > text && from[-1] != '\n'; n++)
    from = g_utf8_prev_char (from);
  while (from < start && from > text && from[-1] != '\n' && from[-1] != ' ')
    from = g_utf8_next_char (from);
  for (guint n = 0; n < CONTEXT_CHARS && *to && *to != '\n'; n++)
    to = g_utf8_next_char (to);
  while (to > end && *to && *to != '\n' && *to != ' ')
    to = g_utf8_prev_char (to);

  if (from > text && from[-1] != '\n')
    g_string_append (shown, "… ");
  g_string_append_len (shown, from, start - from);
  bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  bold->start_index = shown->len;
  g_string_append_len (shown, start, end - start);
  bold->end_index = shown->len;
  pango_attr_list_insert (attrs, bold);
  g_string_append_len (shown, end, to - end);
  if (*to && *to != '\n')
    g_string_append (shown, " …");

  label = wrapped_label (shown->str, "source-passage");
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  g_string_free (shown, TRUE);
  return label;
}

/* The span's diff with marks, as the cells mark theirs.  The ops name
 * words; the text between them (spaces, punctuation) is the article's. */
static GtkWidget *
diff_label (PxDocument *source, PxDocument *article, const PxSourceSpan *span,
            const PxMarkPalette *palette)
{
  g_autoptr(GArray) ops = g_array_copy (span->diff);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  guint32 shown_to = 0;
  g_autofree char *shown = NULL;
  GtkWidget *label;

  for (guint i = 0; i < ops->len; i++)
    {
      PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);

      if (op->type != PX_DIFF_DELETE && shown_to > 0 && op->new_start > shown_to)
        op->new_start = shown_to;
      if (op->new_end > op->new_start)
        shown_to = op->new_end;
    }
  shown = px_diff_marks_render (px_document_get_text (source, NULL), px_document_get_text (article, NULL),
                                ops, TRUE, palette, attrs);
  label = wrapped_label (shown, "quote-diff");
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  return label;
}

static char *
span_heading (PxDocument *source, const PxSourceSpan *span, guint index)
{
  g_autofree char *where = NULL;

  if (index > 0 && span->distance > 0)
    /* Translators: how far a piece of a quotation stands from the piece before it in the source */
    where = g_strdup_printf (ngettext ("%d word after the piece before", "%d words after the piece before",
                                       span->distance), span->distance);
  else if (index > 0 && span->distance < 0)
    where = g_strdup_printf (ngettext ("%d word before the piece before", "%d words before the piece before",
                                       -span->distance), -span->distance);
  if (span->speaker && where)
    /* Translators: the source, who speaks there (a transcript's label), and where the piece stands */
    return g_strdup_printf (_("%s, %s, %s:"), px_document_get_outlet (source), span->speaker, where);
  if (span->speaker)
    /* Translators: the source and who speaks there (a transcript's label) */
    return g_strdup_printf (_("%s, %s:"), px_document_get_outlet (source), span->speaker);
  if (where)
    return g_strdup_printf (_("%s, %s:"), px_document_get_outlet (source), where);
  /* Translators: the source a passage comes from */
  return g_strdup_printf (_("%s:"), px_document_get_outlet (source));
}

static GtkWidget *
match_entry (PxComparison *cmp, const PxSourceMatch *m, const PxMarkPalette *palette)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  PxDocument *article = px_comparison_get_document (cmp, m->document);
  g_autofree char *heading = NULL;
  g_autofree char *css = g_strconcat ("source-", px_source_label_to_string (m->label), NULL);

  gtk_widget_add_css_class (box, "source-match");
  gtk_widget_add_css_class (box, css);
  /* Translators: an outlet and how its quotation stands against the source, e.g. "CNN: trimmed" */
  heading = g_strdup_printf (_("%s: %s"), px_document_get_outlet (article), px_source_label_name (m->label));
  gtk_box_append (GTK_BOX (box), wrapped_label (heading, "quote-outlet"));
  gtk_box_append (GTK_BOX (box), wrapped_label (px_source_label_explain (m->label), "dim-label"));
  if (m->conventions & PX_SOURCE_BRACKETS)
    gtk_box_append (GTK_BOX (box), wrapped_label (_("A bracketed insertion is the journalist’s, recognised as such: no alteration."),
                                                  "caption"));
  if (m->conventions & PX_SOURCE_ELLIPSIS)
    gtk_box_append (GTK_BOX (box), wrapped_label (_("An ellipsis stands for words the source has, recognised as such."),
                                                  "caption"));
  for (guint s = 0; s < m->spans->len; s++)
    {
      const PxSourceSpan *span = &g_array_index (m->spans, PxSourceSpan, s);
      PxDocument *source = px_comparison_get_document (cmp, span->source);
      g_autofree char *where = span_heading (source, span, s);

      gtk_box_append (GTK_BOX (box), wrapped_label (where, "caption-heading"));
      gtk_box_append (GTK_BOX (box), passage_label (source, span));
      gtk_box_append (GTK_BOX (box), diff_label (source, article, span, palette));
    }
  return box;
}

GtkWidget *
px_quote_source_section (PxComparison        *comparison,
                         guint                group,
                         const PxMarkPalette *palette)
{
  PxSourceCheck *check;
  const PxQuoteGroup *g;
  GtkWidget *box;
  guint n = 0;

  g_return_val_if_fail (PX_IS_COMPARISON (comparison), NULL);
  if (!has_source (comparison) || group >= px_comparison_get_quotes (comparison)->len)
    return NULL;
  check = px_comparison_get_source_check (comparison);
  g = g_ptr_array_index (px_comparison_get_quotes (comparison), group);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (box, "quote-section");
  gtk_widget_add_css_class (box, "source-check");
  gtk_box_append (GTK_BOX (box), wrapped_label (_("Against the Primary Source"), "heading"));
  for (guint o = 0; o < g->occurrences->len; o++)
    {
      const PxSourceMatch *m = px_source_check_find (check, group, o);

      if (m == NULL)
        continue;
      gtk_box_append (GTK_BOX (box), match_entry (comparison, m, palette));
      n++;
    }
  if (n == 0)
    gtk_box_append (GTK_BOX (box), wrapped_label (_("Too short to check: a quoted term, not a quotation."),
                                                  "dim-label"));
  return box;
}

GtkWidget *
px_quote_source_tally (PxComparison *comparison)
{
  PxSourceCheck *check;
  GtkWidget *grid;
  guint n, r = 1;

  g_return_val_if_fail (PX_IS_COMPARISON (comparison), NULL);
  if (!has_source (comparison))
    return NULL;
  check = px_comparison_get_source_check (comparison);
  n = px_comparison_get_n_documents (comparison);
  grid = gtk_grid_new ();
  gtk_widget_add_css_class (grid, "source-tally");
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint l = 0; l < PX_SOURCE_N_LABELS; l++)
    {
      GtkWidget *head = gtk_label_new (px_source_label_name (l));

      gtk_widget_add_css_class (head, "heading");
      gtk_widget_set_tooltip_text (head, px_source_label_explain (l));
      gtk_grid_attach (GTK_GRID (grid), head, l + 1, 0, 1, 1);
    }
  for (guint d = 0; d < n; d++)
    {
      PxDocument *doc = px_comparison_get_document (comparison, d);
      guint tally[PX_SOURCE_N_LABELS];
      GtkWidget *name;

      if (px_document_get_primary_source (doc))
        continue;
      px_source_check_get_tally (check, d, tally);
      name = gtk_label_new (px_document_get_outlet (doc));
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_add_css_class (name, "heading");
      gtk_grid_attach (GTK_GRID (grid), name, 0, r, 1, 1);
      for (guint l = 0; l < PX_SOURCE_N_LABELS; l++)
        {
          g_autofree char *text = g_strdup_printf ("%u", tally[l]);
          /* Translators: a cell of the tally, e.g. "CNN: 2 quotations trimmed" */
          g_autofree char *description = g_strdup_printf (ngettext ("%s: %u quotation %s", "%s: %u quotations %s", tally[l]),
                                                          px_document_get_outlet (doc), tally[l],
                                                          px_source_label_name (l));
          GtkWidget *cell = gtk_label_new (text);

          gtk_widget_set_tooltip_text (cell, description);
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
          if (tally[l] > 0 && l >= PX_SOURCE_ALTERED)
            gtk_widget_add_css_class (cell, "warning");
          gtk_grid_attach (GTK_GRID (grid), cell, l + 1, r, 1, 1);
        }
      r++;
    }
  return grid;
}
