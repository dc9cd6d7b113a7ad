/* px-quote-source.h: quotations against the primary source, in the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-compare.h"
#include "px-diff-marks.h"

G_BEGIN_DECLS

/* The quote panel's section for quote group @group: per checked
 * occurrence its label, the source passage in its context and the word
 * diff against it.  NULL when the comparison has no primary source. */
GtkWidget *px_quote_source_section (PxComparison        *comparison,
                                    guint                group,
                                    const PxMarkPalette *palette);

/* The Overview's table: per outlet, how many quotations are verbatim,
 * trimmed, altered, spliced, by another speaker, not in the source.
 * NULL when the comparison has no primary source. */
GtkWidget *px_quote_source_tally   (PxComparison        *comparison);

G_END_DECLS
