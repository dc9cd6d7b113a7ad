/* px-boilerplate.h: page furniture, headlines and outlet names in text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PX_FURNITURE_NONE,
  PX_FURNITURE_LINE,    /* a furniture line: "Skip to content", a time stamp, a byline */
  PX_FURNITURE_TAIL,    /* marks the page's end matter: copyright, "Related", comments */
} PxFurniture;

/* What a paragraph's own text says about it, without other evidence. */
PxFurniture px_furniture_kind       (const char *text,
                                     gsize       len);

/* Whether a paragraph reads like a headline: short, no closing full stop. */
gboolean    px_looks_like_headline  (const char *text,
                                     gsize       len,
                                     gsize       n_words);

/* The outlet a text names for itself: a "(CNN) --" dateline, "Follow FOX8
 * on Twitter", "Visit Breitbart's Facebook Page".  NULL when it names none. */
char       *px_guess_outlet         (const char *text,
                                     gsize       len);

G_END_DECLS
