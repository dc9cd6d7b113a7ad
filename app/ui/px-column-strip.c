/* px-column-strip.c: one row of article columns, the reference's pinned
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header row and every row of cells are strips that read one
 * PxColumnGeometry, so that scrolling sideways is a matter of moving
 * children within each strip: no viewport, no second scrolled window
 * to keep in step.  Columns that do not show are hidden (not measured,
 * not allocated, not drawn), and a row is as tall as its tallest column
 * on screen: a row empty in every column on screen takes no space.
 */
#include "config.h"

#include "px-column-strip.h"

struct _PxColumnStrip
{
  GtkWidget parent_instance;

  const PxColumnGeometry *geometry;
  int placeholder;   /* >= 0: stands in for its cells at this height (px_column_strip_set_placeholder()) */
};

G_DEFINE_FINAL_TYPE (PxColumnStrip, px_column_strip, GTK_TYPE_WIDGET)

/* --- geometry -------------------------------------------------------------- */

guint
px_column_geometry_slot (const PxColumnGeometry *geometry,
                         guint                   column)
{
  if (geometry->pinned >= geometry->n_columns)
    return column;
  if (column == geometry->pinned)
    return 0;
  return column < geometry->pinned ? column + 1 : column;
}

/* Where the scrolling columns may show: from the pinned column's right
 * edge to the row's. */
static int
scroll_start (const PxColumnGeometry *geometry)
{
  return geometry->lead + (geometry->pinned < geometry->n_columns ? geometry->width : 0);
}

gboolean
px_column_geometry_place (const PxColumnGeometry *geometry,
                          guint                   column,
                          int                     row_width,
                          int                    *x)
{
  guint slot = px_column_geometry_slot (geometry, column);
  gboolean pinned = geometry->pinned < geometry->n_columns;
  double left;

  if (pinned && slot == 0)
    {
      *x = geometry->lead;
      return geometry->width > 0;
    }
  left = geometry->lead + (double) slot * geometry->width - geometry->offset;
  *x = (int) floor (left);
  return geometry->width > 0 &&
         left + geometry->width > scroll_start (geometry) && left < row_width;
}

/* Whether column @column shows enough of itself to set its row's height:
 * a column that peeks in by a few pixels (the width left over when the
 * columns share the row) or is nearly scrolled out does not make a row
 * tall that is empty everywhere else on screen. */
static gboolean
geometry_counts (const PxColumnGeometry *geometry,
                 guint                   column,
                 int                     row_width)
{
  guint slot = px_column_geometry_slot (geometry, column);
  double left, right;

  if (geometry->width <= 0)
    return FALSE;
  if (geometry->pinned < geometry->n_columns && slot == 0)
    return TRUE;
  left = MAX (geometry->lead + (double) slot * geometry->width - geometry->offset, scroll_start (geometry));
  right = MIN (geometry->lead + (double) (slot + 1) * geometry->width - geometry->offset, row_width);
  return right - left >= geometry->width / 3.0;
}

void
px_column_geometry_shown_slots (const PxColumnGeometry *geometry,
                                int                     row_width,
                                guint                  *first,
                                guint                  *last)
{
  guint n = geometry->n_columns;
  guint start = geometry->pinned < n ? 1 : 0;

  *first = n;
  *last = 0;
  if (geometry->width <= 0)
    return;
  for (guint slot = start; slot < n; slot++)
    {
      double left = geometry->lead + (double) slot * geometry->width - geometry->offset;

      if (left + geometry->width > scroll_start (geometry) && left < row_width)
        {
          *first = MIN (*first, slot);
          *last = MAX (*last, slot);
        }
    }
}

/**
 * px_column_geometry_counted_slots:
 *
 * The first and last slot of the scrolling columns that show enough of
 * themselves to set a row's height; *@first > *@last when none does.
 */
void
px_column_geometry_counted_slots (const PxColumnGeometry *geometry,
                                  int                     row_width,
                                  guint                  *first,
                                  guint                  *last)
{
  guint n = geometry->n_columns;
  guint start = geometry->pinned < n ? 1 : 0;

  *first = n;
  *last = 0;
  for (guint column = 0; column < n; column++)
    {
      guint slot = px_column_geometry_slot (geometry, column);

      if (slot >= start && geometry_counts (geometry, column, row_width))
        {
          *first = MIN (*first, slot);
          *last = MAX (*last, slot);
        }
    }
}

/* --- the widget ------------------------------------------------------------ */

static gboolean
child_place (PxColumnStrip *self, guint column, int width, int *x)
{
  gboolean shown = px_column_geometry_place (self->geometry, column, width, x);

  g_assert (PX_IS_COLUMN_STRIP (self));

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    *x = width - *x - self->geometry->width;
  return shown;
}

static void
px_column_strip_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  PxColumnStrip *self = PX_COLUMN_STRIP (widget);
  guint column = 0;
  int x;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    return;   /* as wide as it is given: the geometry says where columns go */
  if (self->placeholder >= 0)
    {
      *minimum = *natural = self->placeholder;
      return;
    }
  if (for_size < 0)
    for_size = G_MAXINT / 2;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child), column++)
    {
      int min, nat;

      if (!gtk_widget_get_visible (child) || !child_place (self, column, for_size, &x) ||
          !geometry_counts (self->geometry, column, for_size))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, self->geometry->width, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
}

static void
px_column_strip_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PxColumnStrip *self = PX_COLUMN_STRIP (widget);
  guint column = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child), column++)
    {
      int x = 0, min, nat, child_height;
      gboolean shown = self->placeholder < 0 && child_place (self, column, width, &x);

      /* A column scrolled out of sight is hidden, not laid out. */
      if (gtk_widget_get_child_visible (child) != shown)
        gtk_widget_set_child_visible (child, shown);
      if (!shown || !gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, self->geometry->width, &min, &nat, NULL, NULL);
      /* A child aligned to the top (a marker) keeps its own height. */
      if (gtk_widget_get_valign (child) == GTK_ALIGN_START)
        child_height = MIN (nat, height);
      else
        child_height = height;
      gtk_widget_allocate (child, self->geometry->width, MAX (child_height, min), -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, 0)));
    }
}

static void
px_column_strip_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  PxColumnStrip *self = PX_COLUMN_STRIP (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  int start = scroll_start (self->geometry);
  GtkWidget *pinned = NULL;
  guint column = 0;

  if (self->geometry->pinned < self->geometry->n_columns)
    pinned = px_column_strip_get_child (self, self->geometry->pinned);
  /* The scrolling columns never draw over the pinned one. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, MAX (width - start, 0), height));
  else
    gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (start, 0, MAX (width - start, 0), height));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child), column++)
    if (child != pinned)
      gtk_widget_snapshot_child (widget, child, snapshot);
  gtk_snapshot_pop (snapshot);
  if (pinned)
    gtk_widget_snapshot_child (widget, pinned, snapshot);
}

static GtkSizeRequestMode
px_column_strip_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
px_column_strip_dispose (GObject *object)
{
  px_column_strip_remove_all (PX_COLUMN_STRIP (object));
  G_OBJECT_CLASS (px_column_strip_parent_class)->dispose (object);
}

static void
px_column_strip_class_init (PxColumnStripClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = px_column_strip_dispose;
  widget_class->measure = px_column_strip_measure;
  widget_class->size_allocate = px_column_strip_size_allocate;
  widget_class->snapshot = px_column_strip_snapshot;
  widget_class->get_request_mode = px_column_strip_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "columnstrip");
}

static void
px_column_strip_init (PxColumnStrip *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  self->placeholder = -1;
}

/**
 * px_column_strip_new:
 * @geometry: where the columns stand; must outlive the strip
 */
GtkWidget *
px_column_strip_new (const PxColumnGeometry *geometry)
{
  PxColumnStrip *self = g_object_new (PX_TYPE_COLUMN_STRIP, NULL);

  self->geometry = geometry;
  return GTK_WIDGET (self);
}

void
px_column_strip_append (PxColumnStrip *self,
                        GtkWidget     *child)
{
  g_return_if_fail (PX_IS_COLUMN_STRIP (self));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
px_column_strip_remove_all (PxColumnStrip *self)
{
  GtkWidget *child;

  g_return_if_fail (PX_IS_COLUMN_STRIP (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
}

/**
 * px_column_strip_get_child:
 *
 * Returns: (transfer none) (nullable): the child of column @column
 */
GtkWidget *
px_column_strip_get_child (PxColumnStrip *self,
                           guint          column)
{
  GtkWidget *child;

  g_return_val_if_fail (PX_IS_COLUMN_STRIP (self), NULL);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self)); child && column > 0; column--)
    child = gtk_widget_get_next_sibling (child);
  return child;
}

/**
 * px_column_strip_set_placeholder:
 * @height: the height the strip takes, or -1 to show its cells again
 *
 * Makes the strip stand in for its row at @height pixels: its cells are
 * hidden (not measured, not laid out, not drawn) whatever they hold,
 * until the placeholder is taken away.  A list binds rows far beyond
 * the screen; those wait as placeholders until they come near it.
 */
void
px_column_strip_set_placeholder (PxColumnStrip *self,
                                 int            height)
{
  g_return_if_fail (PX_IS_COLUMN_STRIP (self));

  height = MAX (height, -1);
  if (self->placeholder == height)
    return;
  self->placeholder = height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

int
px_column_strip_get_placeholder (PxColumnStrip *self)
{
  g_return_val_if_fail (PX_IS_COLUMN_STRIP (self), -1);

  return self->placeholder;
}
