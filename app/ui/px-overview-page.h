/* px-overview-page.h: a comparison at a glance
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-compare.h"

G_BEGIN_DECLS

#define PX_TYPE_OVERVIEW_PAGE (px_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (PxOverviewPage, px_overview_page, PX, OVERVIEW_PAGE, AdwBin)

/* What a count on the page stands for: the rows to go to. */
typedef enum {
  PX_OVERVIEW_OMITTED,
  PX_OVERVIEW_ADDED,
  PX_OVERVIEW_CHANGED,
  PX_OVERVIEW_QUOTES,
  PX_OVERVIEW_SIMILAR,   /* a cell of the matrix: the column itself */
  PX_OVERVIEW_MOVED,     /* a paragraph that stands elsewhere in the outlet's article */
} PxOverviewKind;

GtkWidget    *px_overview_page_new            (void);
void          px_overview_page_set_comparison (PxOverviewPage *self,
                                               PxComparison   *comparison);
int           px_overview_find_row            (PxComparison   *comparison,
                                               guint           document,
                                               PxOverviewKind  kind);
int           px_overview_heat_level          (double          similarity);

G_END_DECLS
