/* px-strikes.h: lines through struck words, drawn by Parallax
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Takes the strikethrough marks out of @attrs (a list of one's own) and
 * returns them, or NULL when there are none. */
PangoAttrList *px_strikes_take      (PangoAttrList *attrs);
/* Draws @strikes over @layout, drawn at the origin in @ink. */
void           px_strikes_snapshot  (GtkSnapshot   *snapshot,
                                     PangoLayout   *layout,
                                     PangoAttrList *strikes,
                                     const GdkRGBA *ink);

G_END_DECLS
