/* px-window-notes.h: the analyst's notes on rows and quotations
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-notes.h"
#include "px-window.h"

G_BEGIN_DECLS

void     px_window_class_init_notes (GtkWidgetClass *widget_class);
void     px_window_init_notes       (PxWindow       *self);
/* The window's notes: saved with the comparison, printed in its reports. */
PxNotes *px_window_get_notes        (PxWindow       *self);

G_END_DECLS
