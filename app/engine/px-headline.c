/* px-headline.c: whether a paragraph reads like a headline
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used to find an article's headline (px-compare.c, px-reference.c) and,
 * as short lone lines, page furniture (px-furniture.c).
 */
#include "config.h"

#include "px-headline.h"

gboolean
px_looks_like_headline (const char *text,
                        gsize       len,
                        gsize       n_words)
{
  const char *end = text + len;
  gunichar last;

  g_return_val_if_fail (text != NULL || len == 0, FALSE);

  if (n_words < 2 || n_words > 30)
    return FALSE;
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  if (end == text)
    return FALSE;
  last = g_utf8_get_char (g_utf8_find_prev_char (text, end));
  /* Headlines end without a full stop ("...?" and quotes are fine). */
  return last != '.' && last != ':' && last != ',' && last != ';';
}
