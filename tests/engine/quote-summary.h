/* quote-summary.h: an article's quotations as one line, for the quote
 * tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* The quotes of @text as "text|speaker" joined by " / " ("?": no
 * speaker). */
char *quote_summary (const char *text);
/* Asserts that quote_summary (@text) is @expected. */
void  quote_check   (const char *text,
                     const char *expected);
