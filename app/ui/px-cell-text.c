/* px-cell-text.c: a cell's paragraph, wrapped and laid out once a width
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a wrapped GtkLabel would show, at a third of the cost: a label
 * lays its text out once to be measured (on a copy of its layout) and
 * once more when allocated, and a comparison's rows are mostly long
 * paragraphs, so Pango's shaping was most of what binding, scrolling
 * and the first paint cost.  This widget keeps one PangoLayout: the
 * measure at a width wraps it, the allocation and the drawing at that
 * width reuse it.  It is never wider than it is given (its column's
 * width rules), it draws its text in the style's colour and font (the
 * layout follows the widget's own Pango context, which the style keeps
 * up to date), and it names its text to assistive technologies as a
 * label does.
 */
#include "config.h"

#include "px-cell-text.h"
#include "px-strikes.h"

#define N_HEIGHTS 4
/* Narrower than this, a width is no column's (see px_cell_text_measure()). */
#define MIN_WRAP_WIDTH 48

struct _PxCellText
{
  GtkWidget parent_instance;

  char *text;
  PangoAttrList *attrs;
  PangoAttrList *drawn;   /* attrs but the lines through struck words, */
  PangoAttrList *strikes; /* which the cell draws itself (px-strikes.c) */
  PangoLayout *layout;    /* NULL until measured */
  /* Heights at the widths last measured: the list and the boxes around
   * a cell ask for its height at a few widths, again on every layout
   * pass, and each new width would lay the whole text out anew. */
  struct { int width, height; } heights[N_HEIGHTS];
  guint n_heights, next_height;
  guint serial;           /* of the Pango context the heights were measured with */
};

G_DEFINE_FINAL_TYPE (PxCellText, px_cell_text, GTK_TYPE_WIDGET)

/* The layout, wrapped at @width pixels (-1: not wrapped). */
static PangoLayout *
layout_at (PxCellText *self, int width)
{
  int wrap = width >= 0 ? width * PANGO_SCALE : -1;

  g_assert (PX_IS_CELL_TEXT (self));

  if (self->layout == NULL)
    {
      self->layout = pango_layout_new (gtk_widget_get_pango_context (GTK_WIDGET (self)));
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (self->layout, self->text ? self->text : "", -1);
      pango_layout_set_attributes (self->layout, self->drawn);
    }
  /* Setting the width it has is free; another one lays it out anew. */
  if (pango_layout_get_width (self->layout) != wrap)
    pango_layout_set_width (self->layout, wrap);
  return self->layout;
}

static void
px_cell_text_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  PxCellText *self = PX_CELL_TEXT (widget);
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));
  int height;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As wide as its column, never as its text. */
      *minimum = *natural = 0;
      return;
    }
  /* A new font or size: every height is measured afresh. */
  if (serial != self->serial)
    {
      self->serial = serial;
      self->n_heights = 0;
    }
  for (guint i = 0; i < self->n_heights; i++)
    if (self->heights[i].width == for_size)
      {
        *minimum = *natural = self->heights[i].height;
        return;
      }
  if (for_size < MIN_WRAP_WIDTH)
    {
      /* Asked with no width, or one no column has (a box giving each
       * child its least width first: ours is 0): the height at the width
       * last measured, else a line's.  Laying a paragraph out at a few
       * pixels puts each letter on a line of its own and cost more than
       * everything else in a frame of the stacked view. */
      if (self->n_heights > 0)
        height = self->heights[(self->next_height + N_HEIGHTS - 1) % N_HEIGHTS].height;
      else
        {
          PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (widget), NULL, NULL);

          height = PANGO_PIXELS_CEIL (pango_font_metrics_get_height (metrics));
          pango_font_metrics_unref (metrics);
        }
      *minimum = *natural = height;
      return;
    }
  pango_layout_get_pixel_size (layout_at (self, for_size), NULL, &height);
  *minimum = *natural = height;
  self->heights[self->next_height].width = for_size;
  self->heights[self->next_height].height = height;
  self->next_height = (self->next_height + 1) % N_HEIGHTS;
  self->n_heights = MIN (self->n_heights + 1, N_HEIGHTS);
}

static void
forget_heights (PxCellText *self)
{
  g_assert (PX_IS_CELL_TEXT (self));

  self->n_heights = 0;
  self->next_height = 0;
}

static void
px_cell_text_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  layout_at (PX_CELL_TEXT (widget), width);
}

static void
px_cell_text_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  PxCellText *self = PX_CELL_TEXT (widget);
  GdkRGBA color;

  if (self->text == NULL || *self->text == '\0')
    return;
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_layout (snapshot, layout_at (self, gtk_widget_get_width (widget)), &color);
  px_strikes_snapshot (snapshot, self->layout, self->strikes, &color);
}

static GtkSizeRequestMode
px_cell_text_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
px_cell_text_finalize (GObject *object)
{
  PxCellText *self = (PxCellText *) object;

  g_clear_object (&self->layout);
  g_clear_pointer (&self->attrs, pango_attr_list_unref);
  g_clear_pointer (&self->drawn, pango_attr_list_unref);
  g_clear_pointer (&self->strikes, pango_attr_list_unref);
  g_free (self->text);
  G_OBJECT_CLASS (px_cell_text_parent_class)->finalize (object);
}

static void
px_cell_text_class_init (PxCellTextClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = px_cell_text_finalize;
  widget_class->measure = px_cell_text_measure;
  widget_class->size_allocate = px_cell_text_size_allocate;
  widget_class->snapshot = px_cell_text_snapshot;
  widget_class->get_request_mode = px_cell_text_get_request_mode;
  /* Styled as the label it replaces. */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
px_cell_text_init (PxCellText *self)
{
}

GtkWidget *
px_cell_text_new (void)
{
  return g_object_new (PX_TYPE_CELL_TEXT, NULL);
}

/**
 * px_cell_text_set:
 * @text: (nullable): the text shown
 * @attrs: (nullable): marks on @text
 */
void
px_cell_text_set (PxCellText    *self,
                  const char    *text,
                  PangoAttrList *attrs)
{
  g_return_if_fail (PX_IS_CELL_TEXT (self));

  if (g_strcmp0 (self->text, text) != 0)
    {
      g_free (self->text);
      self->text = g_strdup (text);
      if (self->layout)
        pango_layout_set_text (self->layout, text ? text : "", -1);
      forget_heights (self);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      text ? text : "", -1);
    }
  px_cell_text_set_attributes (self, attrs);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * px_cell_text_set_attributes:
 * @attrs: (nullable): marks on the text, in place of those it had
 */
void
px_cell_text_set_attributes (PxCellText    *self,
                             PangoAttrList *attrs)
{
  g_return_if_fail (PX_IS_CELL_TEXT (self));

  if (attrs == self->attrs)
    return;
  if (attrs)
    pango_attr_list_ref (attrs);
  g_clear_pointer (&self->attrs, pango_attr_list_unref);
  g_clear_pointer (&self->drawn, pango_attr_list_unref);
  g_clear_pointer (&self->strikes, pango_attr_list_unref);
  self->attrs = attrs;
  if (attrs)
    {
      self->drawn = pango_attr_list_copy (attrs);
      self->strikes = px_strikes_take (self->drawn);
    }
  if (self->layout)
    pango_layout_set_attributes (self->layout, self->drawn);
  forget_heights (self);
  /* Marks may change sizes (a bold headline): measured afresh. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
px_cell_text_get_text (PxCellText *self)
{
  g_return_val_if_fail (PX_IS_CELL_TEXT (self), NULL);

  return self->text ? self->text : "";
}

/**
 * px_cell_text_get_attributes:
 *
 * Returns: (transfer none) (nullable): the marks on the text
 */
PangoAttrList *
px_cell_text_get_attributes (PxCellText *self)
{
  g_return_val_if_fail (PX_IS_CELL_TEXT (self), NULL);

  return self->attrs;
}

/**
 * px_cell_text_get_layout:
 *
 * The text as drawn: wrapped at the widget's width, from its top left
 * corner.
 *
 * Returns: (transfer none): the layout
 */
PangoLayout *
px_cell_text_get_layout (PxCellText *self)
{
  g_return_val_if_fail (PX_IS_CELL_TEXT (self), NULL);

  return layout_at (self, gtk_widget_get_width (GTK_WIDGET (self)));
}
