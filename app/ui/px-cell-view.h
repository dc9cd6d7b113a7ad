/* px-cell-view.h: one article's paragraph in one row of the comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  PX_CELL_VIEW_EMPTY,       /* neither this article nor the reference has a paragraph here */
  PX_CELL_VIEW_REFERENCE,   /* the reference's own paragraph */
  PX_CELL_VIEW_SAME,        /* same words as the reference's */
  PX_CELL_VIEW_CHANGED,     /* words differ from the reference's */
  PX_CELL_VIEW_OMITTED,     /* the reference has a paragraph here, this article none */
  PX_CELL_VIEW_ADDED,       /* this article has a paragraph the reference lacks */
  PX_CELL_VIEW_FURNITURE,   /* page furniture: navigation, by-lines, dates */
} PxCellViewKind;

#define PX_TYPE_CELL_VIEW (px_cell_view_get_type ())
G_DECLARE_FINAL_TYPE (PxCellView, px_cell_view, PX, CELL_VIEW, GtkWidget)

GtkWidget      *px_cell_view_new        (void);
void            px_cell_view_set        (PxCellView     *self,
                                         PxCellViewKind  kind,
                                         gboolean        continuation,
                                         const char     *note,
                                         const char     *text,
                                         PangoAttrList  *attrs);
PxCellViewKind  px_cell_view_get_kind   (PxCellView     *self);
const char     *px_cell_view_get_text   (PxCellView     *self);
const char     *px_cell_view_get_note   (PxCellView     *self);
GtkBox         *px_cell_view_get_badges (PxCellView     *self);
void            px_cell_view_set_note_link (PxCellView  *self,
                                            const char  *tooltip);

/* Offsets into the cell's own paragraph text ("source") and into the
 * text shown, which may also hold the reference's dropped words. */
void            px_cell_view_set_spans      (PxCellView     *self,
                                             GArray         *spans);
gboolean        px_cell_view_map_range      (PxCellView     *self,
                                             guint           source_start,
                                             guint           source_end,
                                             guint          *shown_start,
                                             guint          *shown_end);
void            px_cell_view_add_attributes (PxCellView     *self,
                                             PangoAttrList  *extra,
                                             gboolean        over);
int             px_cell_view_index_at       (PxCellView     *self,
                                             double          x,
                                             double          y);

G_END_DECLS
