/* px-cell-text.h: a cell's paragraph, wrapped and laid out once a width
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PX_TYPE_CELL_TEXT (px_cell_text_get_type ())
G_DECLARE_FINAL_TYPE (PxCellText, px_cell_text, PX, CELL_TEXT, GtkWidget)

GtkWidget     *px_cell_text_new            (void);
void           px_cell_text_set            (PxCellText    *self,
                                            const char    *text,
                                            PangoAttrList *attrs);
void           px_cell_text_set_attributes (PxCellText    *self,
                                            PangoAttrList *attrs);
const char    *px_cell_text_get_text       (PxCellText    *self);
PangoAttrList *px_cell_text_get_attributes (PxCellText    *self);
PangoLayout   *px_cell_text_get_layout     (PxCellText    *self);

G_END_DECLS
