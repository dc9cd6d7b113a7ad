/* px-row-model.h: the rows a comparison view shows, as a list model
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PX_TYPE_ROW_ITEM (px_row_item_get_type ())
G_DECLARE_FINAL_TYPE (PxRowItem, px_row_item, PX, ROW_ITEM, GObject)

guint px_row_item_get_row (PxRowItem *self);

#define PX_TYPE_ROW_MODEL (px_row_model_get_type ())
G_DECLARE_FINAL_TYPE (PxRowModel, px_row_model, PX, ROW_MODEL, GObject)

PxRowModel *px_row_model_new      (void);
void        px_row_model_set_rows (PxRowModel  *self,
                                   const guint *rows,
                                   guint        n_rows);
void        px_row_model_update_rows (PxRowModel  *self,
                                      const guint *rows,
                                      guint        n_rows);
guint       px_row_model_get_row  (PxRowModel  *self,
                                   guint        position);
gboolean    px_row_model_find     (PxRowModel  *self,
                                   guint        row,
                                   guint       *position);

G_END_DECLS
