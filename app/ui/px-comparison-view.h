/* px-comparison-view.h: the aligned columns of a comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-cell-view.h"
#include "px-compare.h"
#include "px-overview-ruler.h"

G_BEGIN_DECLS

#define PX_TYPE_COMPARISON_VIEW (px_comparison_view_get_type ())
G_DECLARE_FINAL_TYPE (PxComparisonView, px_comparison_view, PX, COMPARISON_VIEW, GtkWidget)

/* Called after a cell is shown, to add to it (quote badges). */
typedef void (*PxCellDecorator) (PxComparisonView *view,
                                 PxCellView       *cell,
                                 guint             row,
                                 guint             document,
                                 gpointer          user_data);

/* What each row holds (PxRowKind bits).  Reads the comparison only:
 * safe in a worker thread. */
GBytes       *px_comparison_row_kinds              (PxComparison     *comparison);

GtkWidget    *px_comparison_view_new                (void);
void          px_comparison_view_set_comparison     (PxComparisonView *self,
                                                     PxComparison     *comparison,
                                                     PxDiffFlags       flags,
                                                     GBytes           *row_kinds);
PxComparison *px_comparison_view_get_comparison     (PxComparisonView *self);
void          px_comparison_view_set_hide_furniture (PxComparisonView *self,
                                                     gboolean          hide);
GListModel   *px_comparison_view_get_rows           (PxComparisonView *self);
gboolean      px_comparison_view_go                 (PxComparisonView *self,
                                                     guint             kinds,
                                                     int               direction);
void          px_comparison_view_go_to_position     (PxComparisonView *self,
                                                     guint             position);
int           px_comparison_view_get_current        (PxComparisonView *self);
int           px_comparison_view_get_place          (PxComparisonView *self);
void          px_comparison_view_set_cell_decorator (PxComparisonView *self,
                                                     PxCellDecorator   decorator,
                                                     gpointer          user_data,
                                                     GDestroyNotify    destroy);
void          px_comparison_view_add_cell_decorator (PxComparisonView *self,
                                                     PxCellDecorator   decorator,
                                                     gpointer          user_data);
void          px_comparison_view_remove_cell_decorator (PxComparisonView *self,
                                                        PxCellDecorator   decorator,
                                                        gpointer          user_data);
void          px_comparison_view_show_column        (PxComparisonView *self,
                                                     guint             document);
void          px_comparison_view_refresh            (PxComparisonView *self);
GtkWidget    *px_comparison_view_get_rows_widget    (PxComparisonView *self);
/* The prompt to add an article, shown when only one is open (for tests). */
GtkWidget    *px_comparison_view_get_single_prompt  (PxComparisonView *self);
/* Text size: +1 larger, -1 smaller, 0 back to normal. */
void          px_comparison_view_zoom               (PxComparisonView *self,
                                                     int               step);
double        px_comparison_view_get_zoom           (PxComparisonView *self);
void          px_comparison_view_set_stacked        (PxComparisonView *self,
                                                     gboolean          stacked);
gboolean      px_comparison_view_get_stacked        (PxComparisonView *self);

G_END_DECLS
