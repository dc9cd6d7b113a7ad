/* px-window-speakers.h: the speakers the user corrected, in the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-quote-panel.h"
#include "px-window.h"

G_BEGIN_DECLS

void        px_window_correct_speaker         (PxWindow     *self,
                                               guint         group,
                                               const char   *speaker);
GHashTable *px_window_get_speaker_corrections (PxWindow     *self);
void        px_window_apply_speakers          (PxWindow     *self,
                                               PxComparison *cmp);
void        px_window_connect_quote_panel     (PxWindow     *self,
                                               PxQuotePanel *panel);

G_END_DECLS
