/* px-overview-ruler.c: where the differences are, beside the scrollbar
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A narrow strip as tall as the view: each shown row with a difference
 * is a tick at its share of the list, the part now on screen a frame.
 * Rows are placed by index, not by pixel: a list view only knows the
 * heights of the rows it has laid out, and an index is what the jump
 * needs.  Ticks differ in place as well as colour: omissions on the
 * left, additions on the right, changes across the middle.  A click or
 * drag emits "jump" with the row position under the pointer.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-overview-ruler.h"

#define RULER_WIDTH 14

struct _PxOverviewRuler
{
  GtkWidget parent_instance;

  GByteArray *kinds;
  GtkAdjustment *adjustment;
};

G_DEFINE_FINAL_TYPE (PxOverviewRuler, px_overview_ruler, GTK_TYPE_WIDGET)

enum {
  JUMP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
px_overview_ruler_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? RULER_WIDTH : 32;
}

static void
append_tick (GtkSnapshot *snapshot, const GdkRGBA *colour, float x, float y, float w, float h)
{
  gtk_snapshot_append_color (snapshot, colour, &GRAPHENE_RECT_INIT (x, y, w, MAX (h, 2)));
}

static void
px_overview_ruler_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PxOverviewRuler *self = PX_OVERVIEW_RULER (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  guint n = self->kinds->len;
  GdkRGBA fg, changed, omitted, added, frame;

  if (n == 0 || height <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  /* The same hues as the word marks; their place tells them apart too. */
  gdk_rgba_parse (&changed, "#3584e4");
  gdk_rgba_parse (&omitted, "#e01b24");
  gdk_rgba_parse (&added, "#2ec27e");
  frame = fg;
  frame.alpha = 0.12;

  if (self->adjustment && gtk_adjustment_get_upper (self->adjustment) > 0)
    {
      double upper = gtk_adjustment_get_upper (self->adjustment) - gtk_adjustment_get_lower (self->adjustment);
      double top = (gtk_adjustment_get_value (self->adjustment) - gtk_adjustment_get_lower (self->adjustment)) / upper;
      double page = gtk_adjustment_get_page_size (self->adjustment) / upper;

      gtk_snapshot_append_color (snapshot, &frame,
                                 &GRAPHENE_RECT_INIT (0, top * height, width, MAX (page * height, 4)));
    }

  for (guint i = 0; i < n; i++)
    {
      guint8 kind = self->kinds->data[i];
      float y = (float) i / n * height;
      float h = height / n;

      if (kind & (PX_ROW_CHANGED | PX_ROW_MOVED))
        append_tick (snapshot, &changed, width * 0.25f, y, width * 0.5f, h);
      if (kind & PX_ROW_OMITTED)
        append_tick (snapshot, &omitted, 0, y, width * 0.3f, h);
      if (kind & PX_ROW_ADDED)
        append_tick (snapshot, &added, width * 0.7f, y, width * 0.3f, h);
    }
}

static void
jump_to (PxOverviewRuler *self, double y)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  guint n = self->kinds->len;
  guint position;

  g_assert (PX_IS_OVERVIEW_RULER (self));

  if (n == 0 || height <= 0)
    return;
  position = (guint) CLAMP (y / height * n, 0, n - 1);
  g_signal_emit (self, signals[JUMP], 0, position);
}

static void
on_pressed (GtkGestureClick *gesture, int n_press, double x, double y, PxOverviewRuler *self)
{
  jump_to (self, y);
}

static void
on_drag_update (GtkGestureDrag *gesture, double dx, double dy, PxOverviewRuler *self)
{
  double x0, y0;

  if (gtk_gesture_drag_get_start_point (gesture, &x0, &y0))
    jump_to (self, y0 + dy);
}

static void
px_overview_ruler_dispose (GObject *object)
{
  PxOverviewRuler *self = (PxOverviewRuler *) object;

  px_overview_ruler_set_adjustment (self, NULL);
  G_OBJECT_CLASS (px_overview_ruler_parent_class)->dispose (object);
}

static void
px_overview_ruler_finalize (GObject *object)
{
  PxOverviewRuler *self = (PxOverviewRuler *) object;

  g_byte_array_unref (self->kinds);
  G_OBJECT_CLASS (px_overview_ruler_parent_class)->finalize (object);
}

static void
px_overview_ruler_class_init (PxOverviewRulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_overview_ruler_dispose;
  object_class->finalize = px_overview_ruler_finalize;
  widget_class->measure = px_overview_ruler_measure;
  widget_class->snapshot = px_overview_ruler_snapshot;

  /**
   * PxOverviewRuler::jump:
   * @position: the shown row under the pointer
   */
  signals[JUMP] = g_signal_new ("jump", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "overviewruler");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
px_overview_ruler_init (PxOverviewRuler *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->kinds = g_byte_array_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               _("Differences in the whole comparison: click to go there"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Overview of differences"), -1);
}

GtkWidget *
px_overview_ruler_new (void)
{
  return g_object_new (PX_TYPE_OVERVIEW_RULER, NULL);
}

/**
 * px_overview_ruler_set_marks:
 * @kinds: (array length=n_rows): a PxRowKind for each shown row
 */
void
px_overview_ruler_set_marks (PxOverviewRuler *self,
                             const guint8    *kinds,
                             guint            n_rows)
{
  g_return_if_fail (PX_IS_OVERVIEW_RULER (self));
  g_return_if_fail (kinds != NULL || n_rows == 0);

  g_byte_array_set_size (self->kinds, 0);
  g_byte_array_append (self->kinds, kinds, n_rows);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * px_overview_ruler_set_adjustment:
 * @adjustment: (nullable): the view's vertical adjustment, to frame
 *   what is on screen
 */
void
px_overview_ruler_set_adjustment (PxOverviewRuler *self,
                                  GtkAdjustment   *adjustment)
{
  g_return_if_fail (PX_IS_OVERVIEW_RULER (self));

  if (self->adjustment)
    g_signal_handlers_disconnect_by_func (self->adjustment, gtk_widget_queue_draw, self);
  g_set_object (&self->adjustment, adjustment);
  if (adjustment)
    {
      g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self);
      g_signal_connect_swapped (adjustment, "changed", G_CALLBACK (gtk_widget_queue_draw), self);
    }
}
