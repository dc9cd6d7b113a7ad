/* fuzz-compare.c: aligning any few articles, with their quotes
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input: a byte of options (reference, deadline, flags), then up to six
 * texts separated by NUL bytes.
 */
#include "fuzz.h"
#include "px-compare.h"
#include "px-quotes.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxComparison) cmp = NULL;
  PxCompareOptions options = { 0 };
  guint n;

  if (size < 1)
    return 0;
  texts = fuzz_split_texts (data + 1, size - 1, 6);
  for (guint i = 0; i < texts->len; i++)
    g_ptr_array_add (docs, px_document_new (texts->pdata[i], -1, "Outlet"));
  n = docs->len;
  options.reference = data[0] % n;
  options.flags = data[0] >> 4;
  /* Bit 3: a deadline already past, so the cancelled path is fuzzed too. */
  options.deadline = (data[0] & 0x08) ? 1 : 0;
  cmp = px_comparison_new ((PxDocument **) docs->pdata, n, &options);

  /* Every paragraph in exactly one row, in order unless moved. */
  for (guint d = 0; d < n; d++)
    {
      guint np = px_document_get_n_paragraphs (docs->pdata[d]);
      g_autofree guint *seen = g_new0 (guint, np + 1);
      int last = -1;

      for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
        {
          const PxCell *c = &px_comparison_get_row (cmp, r)[d];

          if (c->paragraph < 0)
            continue;
          FUZZ_CHECK ((guint) c->paragraph < np);
          seen[c->paragraph]++;
          if (!(c->flags & PX_CELL_MOVED))
            {
              FUZZ_CHECK (c->paragraph > last);
              last = c->paragraph;
            }
        }
      for (guint p = 0; p < np; p++)
        FUZZ_CHECK (seen[p] == 1);
      for (guint e = 0; e < n; e++)
        {
          double s = px_comparison_get_similarity (cmp, d, e);
          FUZZ_CHECK (s >= 0 && s <= 1);
        }
    }

  /* Quote occurrences index their own document's text. */
  for (guint g = 0; g < px_comparison_get_quotes (cmp)->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (px_comparison_get_quotes (cmp), g);

      for (guint i = 0; i < group->occurrences->len; i++)
        {
          const PxQuoteOccurrence *o = &g_array_index (group->occurrences, PxQuoteOccurrence, i);
          gsize len;

          FUZZ_CHECK (o->document < n);
          px_document_get_text (docs->pdata[o->document], &len);
          FUZZ_CHECK (o->start <= o->end && o->end <= len);
        }
    }
  return 0;
}
