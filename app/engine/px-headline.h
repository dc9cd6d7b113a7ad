/* px-headline.h: whether a paragraph reads like a headline
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether a paragraph reads like a headline: short, no closing full stop. */
gboolean px_looks_like_headline (const char *text,
                                 gsize       len,
                                 gsize       n_words);

G_END_DECLS
