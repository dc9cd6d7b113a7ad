/* px-tooltip.h: setting a tooltip without a round trip to the display
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void px_tooltip_set_text (GtkWidget  *widget,
                          const char *text);

G_END_DECLS
