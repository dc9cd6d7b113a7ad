/* px-outlet-names.h: outlet names spelled as the outlets spell them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a known news outlet writes its own name, for a name written any
 * other way ("cnsnews", "fox-news", "Nytimes" give "CNSNews", "Fox News",
 * "NYTimes"); NULL for an outlet not in the list. */
const char *px_outlet_known_spelling (const char *name);

/* The known outlet a web address's host names ("edition.cnn.com": CNN,
 * "cnsnews.com": CNSNews), or NULL. */
const char *px_outlet_from_host (const char *host);

/* How @text writes @name (compared without case, as a whole word): its
 * most frequent spelling with a capital letter, or NULL when the text
 * does not write it so.  "cnn" in a text that says "CNN asked experts"
 * gives "CNN". */
char       *px_outlet_spelled_in_text (const char *name,
                                       const char *text,
                                       gsize       len);

/* The outlet a text names for itself: a "(CNN) --" dateline, "Follow FOX8
 * on Twitter", "Visit Breitbart's Facebook Page".  NULL when it names none. */
char       *px_guess_outlet           (const char *text,
                                       gsize       len);

G_END_DECLS
