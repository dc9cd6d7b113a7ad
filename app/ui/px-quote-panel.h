/* px-quote-panel.h: one quotation across the articles
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-compare.h"
#include "px-notes.h"
#include "px-quotes.h"

G_BEGIN_DECLS

/* What the panel's word diffs between versions of a quotation ignore. */
#define PX_QUOTE_PANEL_DIFF_FLAGS \
  (PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY | PX_DIFF_IGNORE_SPACE)

#define PX_TYPE_QUOTE_PANEL (px_quote_panel_get_type ())
G_DECLARE_FINAL_TYPE (PxQuotePanel, px_quote_panel, PX, QUOTE_PANEL, GtkWidget)

GtkWidget  *px_quote_panel_new         (void);
void        px_quote_panel_show_group  (PxQuotePanel    *self,
                                        PxComparison    *comparison,
                                        guint            group,
                                        guint            place,
                                        guint            n_places);
int         px_quote_panel_get_group   (PxQuotePanel    *self);
const char *px_quote_panel_get_speaker (PxQuotePanel    *self);
void        px_quote_panel_correct_speaker (PxQuotePanel *self,
                                            const char   *speaker);
char      **px_quote_panel_dup_outlets (PxQuotePanel    *self,
                                        PxQuoteCoverage  coverage);
/* The analyst's notes, whose note on the quotation shown the panel
 * shows (the window's: it must outlive the panel's use of it). */
void        px_quote_panel_set_notes   (PxQuotePanel    *self,
                                        const PxNotes   *notes);
/* Shows the quotation again: after its note changed, say. */
void        px_quote_panel_refresh     (PxQuotePanel    *self);
/* The note shown, or NULL (for tests). */
const char *px_quote_panel_get_note    (PxQuotePanel    *self);

G_END_DECLS
