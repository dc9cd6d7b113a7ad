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

/* The quotation occurrences of the groups of the articles @texts (NULL
 * ended), by article then position, as "article:text|speaker" joined by
 * " / ": the speaker followed by " (?)" when uncertain, "?" when none. */
char *group_summary (const char * const *texts);
/* Asserts that group_summary (@texts) is @expected. */
void  group_check   (const char * const *texts,
                     const char         *expected);
