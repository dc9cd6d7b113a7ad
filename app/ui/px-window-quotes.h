/* px-window-quotes.h: quotations marked in the window, and their panel
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-quote-panel.h"
#include "px-window.h"

G_BEGIN_DECLS

void          px_window_class_init_quotes (GtkWidgetClass *widget_class);
void          px_window_init_quotes       (PxWindow       *self);

/* The quotation group (index into px_comparison_get_quotes()) shown in
 * the quote panel, or -1 when the panel is closed. */
int           px_window_get_selected_quote (PxWindow      *self);
/* Opens the panel on @group, or closes it for -1; @scroll brings the
 * row where the quotation stands into view. */
void          px_window_select_quote       (PxWindow      *self,
                                            int            group,
                                            gboolean       scroll);
PxQuotePanel *px_window_get_quote_panel    (PxWindow      *self);

G_END_DECLS
