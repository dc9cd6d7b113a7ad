/* fuzz-quotes.c: the quotations of any one article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input: the article's text (invalid UTF-8 replaced).  Checks what
 * px-quotes.h promises of every quote: its range lies in the text, in
 * text order, in the paragraph it names, and its words are valid UTF-8.
 */
#include "fuzz.h"
#include "px-quotes.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = g_utf8_make_valid ((const char *) data, size);
  g_autoptr(PxDocument) doc = px_document_new (text, -1, "Outlet");
  g_autoptr(GPtrArray) quotes = px_quotes_extract (doc);
  guint n_paras = px_document_get_n_paragraphs (doc);
  gsize len;

  px_document_get_text (doc, &len);
  for (guint i = 0; i < quotes->len; i++)
    {
      const PxQuote *q = g_ptr_array_index (quotes, i);
      const PxParagraph *para;

      FUZZ_CHECK (q->start <= q->end && q->end <= len);
      FUZZ_CHECK (q->paragraph < n_paras);
      para = px_document_get_paragraph (doc, q->paragraph);
      FUZZ_CHECK (q->start >= para->start);
      FUZZ_CHECK (q->text != NULL && g_utf8_validate (q->text, -1, NULL));
      FUZZ_CHECK (q->speaker == NULL || g_utf8_validate (q->speaker, -1, NULL));
      if (!(q->flags & PX_QUOTE_MULTI))
        FUZZ_CHECK (q->end <= para->end);
    }

  /* Grouping one article alone must hold each long quote once. */
  {
    PxDocument *docs[] = { doc };
    g_autoptr(GPtrArray) groups = px_quotes_group (docs, 1);

    for (guint g = 0; g < groups->len; g++)
      {
        const PxQuoteGroup *group = g_ptr_array_index (groups, g);

        FUZZ_CHECK (group->occurrences->len > 0);
        FUZZ_CHECK (group->reference < group->occurrences->len);
        for (guint i = 0; i < group->occurrences->len; i++)
          {
            const PxQuoteOccurrence *o = &g_array_index (group->occurrences, PxQuoteOccurrence, i);

            FUZZ_CHECK (o->document == 0);
            FUZZ_CHECK (o->start <= o->end && o->end <= len);
          }
      }
  }
  return 0;
}
