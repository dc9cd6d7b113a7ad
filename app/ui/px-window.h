/* px-window.h: the comparison window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-compare.h"
#include "px-comparison-view.h"

G_BEGIN_DECLS

#define PX_TYPE_WINDOW (px_window_get_type ())
G_DECLARE_FINAL_TYPE (PxWindow, px_window, PX, WINDOW, AdwApplicationWindow)

PxWindow         *px_window_new            (AdwApplication *application);
void              px_window_open_files     (PxWindow       *self,
                                            GFile         **files,
                                            guint           n_files);
void              px_window_open_address   (PxWindow       *self,
                                            const char     *address);
gboolean          px_window_add_text       (PxWindow       *self,
                                            const char     *text,
                                            gssize          len);
void              px_window_open_session_file (PxWindow    *self,
                                               GFile       *file);
gboolean          px_window_get_computing  (PxWindow       *self);
PxComparison     *px_window_get_comparison (PxWindow       *self);
PxComparisonView *px_window_get_view       (PxWindow       *self);
void              px_window_set_reference  (PxWindow       *self,
                                            PxDocument     *document);
void              px_window_recompute      (PxWindow       *self);

G_END_DECLS
