/* fuzz-export-split.c: news-database exports cut into articles
 * (px-export-split.c)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is the text of an export.  Every article found has a body
 * that is not empty, and all its fields are valid UTF-8 and come from
 * the text (the body's letters are no more than the text's).
 */
#include "fuzz.h"
#include "px-export-split.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = g_utf8_make_valid ((const char *) data, size);
  g_autoptr(GPtrArray) articles = px_export_split (text, strlen (text));
  gsize total = 0;

  if (articles == NULL)
    return 0;
  FUZZ_CHECK (articles->len > 0 && articles->len <= PX_EXPORT_MAX_ARTICLES);
  for (guint i = 0; i < articles->len; i++)
    {
      PxExportArticle *a = articles->pdata[i];

      FUZZ_CHECK (a->body && *a->body);
      FUZZ_CHECK (g_utf8_validate (a->body, -1, NULL));
      FUZZ_CHECK (a->headline == NULL || g_utf8_validate (a->headline, -1, NULL));
      FUZZ_CHECK (a->outlet == NULL || g_utf8_validate (a->outlet, -1, NULL));
      FUZZ_CHECK (a->date == NULL || strlen (a->date) == 10 || g_utf8_validate (a->date, -1, NULL));
      total += strlen (a->body);
    }
  FUZZ_CHECK (total <= strlen (text));
  return 0;
}
