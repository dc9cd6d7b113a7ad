/* quote-summary.c: an article's quotations as one line, for the quote
 * tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "quote-summary.h"

#include "px-quotes.h"
#include "px-speaker-corrections.h"

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

static int
occurrence_by_position (gconstpointer a, gconstpointer b)
{
  const PxQuoteOccurrence *oa = *(const PxQuoteOccurrence **) a;
  const PxQuoteOccurrence *ob = *(const PxQuoteOccurrence **) b;

  if (oa->document != ob->document)
    return oa->document < ob->document ? -1 : 1;
  return oa->start < ob->start ? -1 : oa->start > ob->start;
}

char *
group_summary (const char * const *texts)
{
  guint n = g_strv_length ((char **) texts);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (docs, px_document_new (texts[i], -1, "Test"));
  groups = px_quotes_group ((PxDocument **) docs->pdata, n);
  for (guint g = 0; g < groups->len; g++)
    {
      PxQuoteGroup *group = g_ptr_array_index (groups, g);

      for (guint k = 0; k < group->occurrences->len; k++)
        g_ptr_array_add (all, &g_array_index (group->occurrences, PxQuoteOccurrence, k));
    }
  g_ptr_array_sort (all, occurrence_by_position);
  for (guint i = 0; i < all->len; i++)
    {
      const PxQuoteOccurrence *o = g_ptr_array_index (all, i);
      g_autofree char *shown = px_speaker_shown (o->speaker, o->speaker_confidence);

      if (i > 0)
        g_string_append (out, " / ");
      g_string_append_printf (out, "%u:%s|%s", o->document, o->text, shown ? shown : "?");
    }
  return g_string_free (out, FALSE);
}

void
group_check (const char * const *texts,
             const char         *expected)
{
  g_autofree char *got = group_summary (texts);

  g_assert_cmpstr (got, ==, expected);
}
