/* px-window-word-choice.c: a variant clicked on the overview, in the columns
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A variant clicked in the overview's word-choice table shows the aligned
 * columns at its first place in that outlet, and every place any outlet
 * uses it gets the word-choice mark of px-marks.c (bold on violet, a wavy
 * line: none of the diff's marks, nor the search's yellow) through a cell decorator,
 * until another variant is clicked or the comparison changes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-cell-view.h"
#include "px-marks.h"
#include "px-overview-page.h"
#include "px-row-model.h"
#include "px-window-private.h"
#include "px-word-choice.h"

#define RGB16(c, shift) ((guint16) ((((c) >> (shift)) & 0xff) * 0x101))

static void
decorate (PxComparisonView *view,
          PxCellView       *cell,
          guint             row,
          guint             document,
          gpointer          user_data)
{
  PxWindow *self = user_data;
  PxComparison *cmp = px_comparison_view_get_comparison (view);
  g_autoptr(PangoAttrList) attrs = NULL;
  const PxParagraph *para;
  const PxCell *cells;
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  PxMarkScheme scheme = (dark ? PX_MARK_SCHEME_DARK : 0) |
                        (adw_style_manager_get_high_contrast (style) ? PX_MARK_SCHEME_HIGH_CONTRAST : 0);
  PxMarkLook look;
  guint32 tint, ink;

  px_marks_get_look (PX_MARK_KIND_WORD_CHOICE, scheme, &look);
  /* The tint blended over the view's background, the words in its ink. */
  tint = px_marks_blend (look.colour, look.tint, dark ? 0x1e1e1e : 0xffffff);
  ink = dark ? 0xf0ecf7 : 0x241f31;

  if (self->word_choice_variant == NULL || cmp == NULL || cmp != self->word_choice_comparison ||
      row >= px_comparison_get_n_rows (cmp) || document >= px_comparison_get_n_documents (cmp))
    return;
  cells = px_comparison_get_row (cmp, row);
  if (cells[document].paragraph < 0)
    return;
  para = px_document_get_paragraph (px_comparison_get_document (cmp, document), cells[document].paragraph);
  for (guint o = 0; o < self->word_choice_variant->occurrences->len; o++)
    {
      const PxWordChoiceOccurrence *occ = &g_array_index (self->word_choice_variant->occurrences, PxWordChoiceOccurrence, o);
      PangoAttribute *bg, *fg, *line, *line_colour, *weight;
      guint start, end;

      if (occ->document != document || occ->start < para->start || occ->end > para->end ||
          !px_cell_view_map_range (cell, occ->start - para->start, occ->end - para->start, &start, &end))
        continue;
      if (attrs == NULL)
        attrs = pango_attr_list_new ();
      bg = pango_attr_background_new (RGB16 (tint, 16), RGB16 (tint, 8), RGB16 (tint, 0));
      fg = pango_attr_foreground_new (RGB16 (ink, 16), RGB16 (ink, 8), RGB16 (ink, 0));
      line = pango_attr_underline_new (look.style & PX_MARK_STYLE_DOTTED ? PANGO_UNDERLINE_ERROR : PANGO_UNDERLINE_DOUBLE);
      line_colour = pango_attr_underline_color_new (RGB16 (look.colour, 16), RGB16 (look.colour, 8), RGB16 (look.colour, 0));
      weight = pango_attr_weight_new (look.style & PX_MARK_STYLE_BOLD ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      bg->start_index = fg->start_index = line->start_index = line_colour->start_index = weight->start_index = start;
      bg->end_index = fg->end_index = line->end_index = line_colour->end_index = weight->end_index = end;
      pango_attr_list_insert (attrs, weight);
      pango_attr_list_insert (attrs, bg);
      pango_attr_list_insert (attrs, fg);
      pango_attr_list_insert (attrs, line);
      pango_attr_list_insert (attrs, line_colour);
    }
  if (attrs != NULL)
    px_cell_view_add_attributes (cell, attrs, TRUE);
}

/* The paragraph of @doc that holds byte @offset, or -1. */
static int
paragraph_at (PxDocument *doc, guint32 offset)
{
  for (guint p = 0; p < px_document_get_n_paragraphs (doc); p++)
    {
      const PxParagraph *para = px_document_get_paragraph (doc, p);

      if (offset >= para->start && offset < para->end)
        return p;
    }
  return -1;
}

static void
on_word_choice (PxWindow       *self,
                guint           set,
                guint           variant,
                guint           document,
                PxOverviewPage *page)
{
  PxComparison *cmp = px_comparison_view_get_comparison (self->view);
  GListModel *rows = px_comparison_view_get_rows (self->view);
  GPtrArray *sets;
  const PxWordChoiceSet *found;
  const PxWordChoiceVariant *var;
  guint position = 0;
  int row = -1;

  g_assert (PX_IS_WINDOW (self));

  if (cmp == NULL)
    return;
  sets = px_comparison_get_word_choice (cmp);
  if (set >= sets->len)
    return;
  found = g_ptr_array_index (sets, set);
  if (variant >= found->variants->len)
    return;
  var = g_ptr_array_index (found->variants, variant);
  self->word_choice_comparison = cmp;
  self->word_choice_variant = var;
  if (!self->word_choice_decorating)
    {
      px_comparison_view_add_cell_decorator (self->view, decorate, self);
      self->word_choice_decorating = TRUE;
    }

  /* The first place the outlet uses it that the columns show. */
  for (guint o = 0; o < var->occurrences->len && row < 0; o++)
    {
      const PxWordChoiceOccurrence *occ = &g_array_index (var->occurrences, PxWordChoiceOccurrence, o);
      int p;
      guint r;

      if (occ->document != document)
        continue;
      p = paragraph_at (px_comparison_get_document (cmp, document), occ->start);
      if (p < 0)
        continue;
      r = px_comparison_find_row (cmp, document, p);
      if (r < px_comparison_get_n_rows (cmp) && px_row_model_find (PX_ROW_MODEL (rows), r, &position))
        row = r;
    }
  adw_view_stack_set_visible_child_name (self->view_stack, "aligned");
  px_comparison_view_refresh (self->view);
  if (row < 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  px_comparison_view_show_column (self->view, document);
  px_comparison_view_go_to_position (self->view, position);
}

void
_px_window_init_word_choice (PxWindow *self)
{
  g_signal_connect_object (self->overview, "word-choice", G_CALLBACK (on_word_choice), self, G_CONNECT_SWAPPED);
}
