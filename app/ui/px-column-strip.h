/* px-column-strip.h: one row of article columns, the reference's pinned
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Where the columns stand, shared by the header row and every row of
 * cells so that all line up.  The pinned column stands first and never
 * scrolls; the others follow in their order, moved left by @offset. */
typedef struct {
  guint n_columns;
  guint pinned;      /* the pinned column's index; G_MAXUINT for none */
  int width;         /* every column's width */
  int lead;          /* space before the first column (a lone narrow column is centred) */
  double offset;     /* how far the scrolling columns are moved left */
} PxColumnGeometry;

/* The slot (0 = first on screen) where column @column stands. */
guint    px_column_geometry_slot        (const PxColumnGeometry *geometry,
                                         guint                   column);
/* Whether column @column shows in a row @row_width wide, and where. */
gboolean px_column_geometry_place       (const PxColumnGeometry *geometry,
                                         guint                   column,
                                         int                     row_width,
                                         int                    *x);
/* The scrolling columns that show, first and last (by slot). */
void     px_column_geometry_shown_slots (const PxColumnGeometry *geometry,
                                         int                     row_width,
                                         guint                  *first,
                                         guint                  *last);

#define PX_TYPE_COLUMN_STRIP (px_column_strip_get_type ())
G_DECLARE_FINAL_TYPE (PxColumnStrip, px_column_strip, PX, COLUMN_STRIP, GtkWidget)

void       px_column_geometry_counted_slots (const PxColumnGeometry *geometry,
                                             int                     row_width,
                                             guint                  *first,
                                             guint                  *last);
GtkWidget *px_column_strip_new          (const PxColumnGeometry *geometry);
void       px_column_strip_append       (PxColumnStrip          *self,
                                         GtkWidget              *child);
void       px_column_strip_remove_all   (PxColumnStrip          *self);
GtkWidget *px_column_strip_get_child    (PxColumnStrip          *self,
                                         guint                   column);
void       px_column_strip_set_placeholder (PxColumnStrip       *self,
                                            int                  height);
int        px_column_strip_get_placeholder (PxColumnStrip       *self);

G_END_DECLS
