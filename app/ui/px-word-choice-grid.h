/* px-word-choice-grid.h: the Overview's table of word-choice sets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-compare.h"

G_BEGIN_DECLS

/* A variant clicked: @set and @variant index px_comparison_get_word_choice(),
 * @document is the outlet whose cell it was clicked in. */
typedef void (*PxWordChoiceFunc) (guint    set,
                                  guint    variant,
                                  guint    document,
                                  gpointer user_data);

/* Sets as rows, outlets as columns, in each cell the variants the outlet
 * uses with their counts (its most used one first, in bold).  @func is
 * called with @user_data, which must outlive the table. */
GtkWidget *px_word_choice_grid_new (PxComparison     *comparison,
                                    PxWordChoiceFunc  func,
                                    gpointer          user_data);

/* The rows the table shows at most. */
#define PX_WORD_CHOICE_GRID_MAX_SETS 12

G_END_DECLS
