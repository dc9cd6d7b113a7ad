/* px-furniture.h: page furniture in an article's text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-document.h"

G_BEGIN_DECLS

typedef enum {
  PX_FURNITURE_NONE,
  PX_FURNITURE_LINE,    /* a furniture line: "Skip to content", a time stamp, a byline */
  PX_FURNITURE_TAIL,    /* marks the page's end matter: copyright, "Related", comments */
} PxFurniture;

/* What a paragraph's own text says about it, without other evidence. */
PxFurniture px_furniture_kind       (const char *text,
                                     gsize       len);

/* px_furniture_kind() of each of @doc's paragraphs, found on the first
 * call and kept with the document (for as long as it lives; safe from
 * any thread). */
const PxFurniture *px_furniture_kinds (PxDocument *doc);

/* Marks in @furniture (one flag per paragraph of @doc) what is the page's
 * rather than the article's: by the paragraph's own text and by the
 * evidence of the other articles, where @alone[p] says that no other
 * article carries paragraph p (furniture is what no other outlet has).
 * @headline is the article's headline paragraph, or -1. */
void        px_furniture_flag       (PxDocument     *doc,
                                     const gboolean *alone,
                                     int             headline,
                                     gboolean       *furniture);

G_END_DECLS
