/* quote-summary.c: an article's quotations as one line, for the quote
 * tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "quote-summary.h"

#include "px-quotes.h"

char *
quote_summary (const char *text)
{
  g_autoptr(PxDocument) doc = px_document_new (text, -1, "Test");
  g_autoptr(GPtrArray) quotes = px_quotes_extract (doc);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < quotes->len; i++)
    {
      PxQuote *q = g_ptr_array_index (quotes, i);

      if (i > 0)
        g_string_append (out, " / ");
      g_string_append_printf (out, "%s|%s", q->text, q->speaker ? q->speaker : "?");
    }
  return g_string_free (out, FALSE);
}

void
quote_check (const char *text,
             const char *expected)
{
  g_autofree char *got = quote_summary (text);

  g_assert_cmpstr (got, ==, expected);
}
