/* px-window.h: the comparison window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_WINDOW (px_window_get_type ())
G_DECLARE_FINAL_TYPE (PxWindow, px_window, PX, WINDOW, AdwApplicationWindow)

PxWindow   *px_window_new           (AdwApplication *application);
void        px_window_open_files    (PxWindow       *self,
                                     GFile         **files,
                                     guint           n_files);
GListModel *px_window_get_documents (PxWindow       *self);
gboolean    px_window_get_loading   (PxWindow       *self);

G_END_DECLS
