/* px-strikes.c: lines through struck words, drawn by Parallax
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dropped and replaced words are struck through: the cue that tells
 * them apart from the text's own words without colour.  GTK 4.8 loses
 * Pango's strikethrough on many runs when it draws with OpenGL (the
 * cairo renderer keeps them): in the stacked view with twenty outlets,
 * about half of the struck runs showed as plain words on a tint.  So a
 * cell takes the strikethrough marks out of the layout it draws and
 * draws the lines itself: at the font's strikethrough position, at
 * least a pixel thick, on whole pixels, in the mark's colour, or in the
 * words' own (faded) ink when the mark has none.
 */
#include "config.h"

#include "px-strikes.h"

static gboolean
is_strike (PangoAttribute *attr, gpointer data)
{
  return attr->klass->type == PANGO_ATTR_STRIKETHROUGH ||
         attr->klass->type == PANGO_ATTR_STRIKETHROUGH_COLOR;
}

PangoAttrList *
px_strikes_take (PangoAttrList *attrs)
{
  g_return_val_if_fail (attrs != NULL, NULL);

  return pango_attr_list_filter (attrs, is_strike, NULL);
}

typedef struct {
  guint start, end;
  GdkRGBA colour;
} Strike;

/* The struck ranges of @strikes, each with the colour of its line: the
 * mark's own colour when it gives one, else the words' ink, faded as
 * they are (@layout_attrs' foreground alpha). */
static GArray *
collect_strikes (PangoAttrList *strikes, PangoAttrList *layout_attrs, const GdkRGBA *ink)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Strike));
  GSList *all = pango_attr_list_get_attributes (strikes);
  GSList *drawn = layout_attrs ? pango_attr_list_get_attributes (layout_attrs) : NULL;

  for (GSList *l = all; l; l = l->next)
    {
      PangoAttribute *a = l->data;
      Strike strike = { a->start_index, a->end_index, *ink };

      if (a->klass->type != PANGO_ATTR_STRIKETHROUGH || !((PangoAttrInt *) a)->value)
        continue;
      for (GSList *m = all; m; m = m->next)
        {
          PangoAttribute *c = m->data;

          if (c->klass->type == PANGO_ATTR_STRIKETHROUGH_COLOR &&
              c->start_index <= a->start_index && c->end_index >= a->end_index)
            {
              strike.colour.red = ((PangoAttrColor *) c)->color.red / 65535.f;
              strike.colour.green = ((PangoAttrColor *) c)->color.green / 65535.f;
              strike.colour.blue = ((PangoAttrColor *) c)->color.blue / 65535.f;
            }
        }
      for (GSList *m = drawn; m; m = m->next)
        {
          PangoAttribute *f = m->data;

          if (f->klass->type == PANGO_ATTR_FOREGROUND_ALPHA &&
              f->start_index <= a->start_index && f->end_index >= a->end_index)
            strike.colour.alpha = ink->alpha * ((PangoAttrInt *) f)->value / 65535.f;
        }
      g_array_append_val (out, strike);
    }
  g_slist_free_full (all, (GDestroyNotify) pango_attribute_destroy);
  g_slist_free_full (drawn, (GDestroyNotify) pango_attribute_destroy);
  return out;
}

void
px_strikes_snapshot (GtkSnapshot   *snapshot,
                     PangoLayout   *layout,
                     PangoAttrList *strikes,
                     const GdkRGBA *ink)
{
  PangoFontMetrics *metrics;
  PangoLayoutIter *iter;
  GArray *all;
  double position, thickness;

  g_return_if_fail (GTK_IS_SNAPSHOT (snapshot));
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  if (strikes == NULL)
    return;
  all = collect_strikes (strikes, pango_layout_get_attributes (layout), ink);
  if (all->len == 0)
    {
      g_array_unref (all);
      return;
    }
  metrics = pango_context_get_metrics (pango_layout_get_context (layout),
                                       pango_layout_get_font_description (layout), NULL);
  position = (double) pango_font_metrics_get_strikethrough_position (metrics) / PANGO_SCALE;
  thickness = MAX (1.0, (int) ((double) pango_font_metrics_get_strikethrough_thickness (metrics) / PANGO_SCALE + 0.5));
  pango_font_metrics_unref (metrics);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      /* Centred on the font's position, on whole pixels: a line of a
       * pixel between two pixel rows is drawn as two faint ones. */
      double y = (int) ((double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - position -
                        thickness / 2 + 0.5);

      for (guint k = 0; k < all->len; k++)
        {
          const Strike *strike = &g_array_index (all, Strike, k);
          int *ranges = NULL, n_ranges = 0;
          int start = MAX ((int) MIN (strike->start, G_MAXINT), line->start_index);
          int end = MIN ((int) MIN (strike->end, G_MAXINT), line->start_index + line->length);

          /* The part on this line only: past its end Pango's ranges
           * would run on to the layout's edge. */
          if (start >= end)
            continue;
          pango_layout_line_get_x_ranges (line, start, end, &ranges, &n_ranges);
          for (int r = 0; r < n_ranges; r++)
            {
              double x0 = (double) ranges[2 * r] / PANGO_SCALE, x1 = (double) ranges[2 * r + 1] / PANGO_SCALE;

              if (x1 > x0)
                gtk_snapshot_append_color (snapshot, &strike->colour, &GRAPHENE_RECT_INIT (x0, y, x1 - x0, thickness));
            }
          g_free (ranges);
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_array_unref (all);
}
