/* px-overview-ruler.h: where the differences are, beside the scrollbar
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What a row holds, as bits; the comparison view computes them. */
typedef enum {
  PX_ROW_CHANGED   = 1 << 0,   /* some outlet changed the reference's words */
  PX_ROW_OMITTED   = 1 << 1,   /* some outlet lacks the reference's paragraph */
  PX_ROW_ADDED     = 1 << 2,   /* some outlet has a paragraph the reference lacks */
  PX_ROW_MOVED     = 1 << 3,   /* some outlet has it elsewhere in its own order */
  PX_ROW_FURNITURE = 1 << 4,   /* nothing but page furniture */
} PxRowKind;

#define PX_ROW_DIFFERENCE (PX_ROW_CHANGED | PX_ROW_OMITTED | PX_ROW_ADDED | PX_ROW_MOVED)

#define PX_TYPE_OVERVIEW_RULER (px_overview_ruler_get_type ())
G_DECLARE_FINAL_TYPE (PxOverviewRuler, px_overview_ruler, PX, OVERVIEW_RULER, GtkWidget)

GtkWidget *px_overview_ruler_new            (void);
void       px_overview_ruler_set_marks      (PxOverviewRuler *self,
                                             const guint8    *kinds,
                                             guint            n_rows);
void       px_overview_ruler_set_adjustment (PxOverviewRuler *self,
                                             GtkAdjustment   *adjustment);

G_END_DECLS
