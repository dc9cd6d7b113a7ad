/* fuzz-html.c: the article and metadata of any web page
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-import reaches the extractor only through decoding and sniffing;
 * this one gives it the page straight, as UTF-8 (first byte even) or as
 * the bytes of a file (odd), and checks every field it fills in.
 */
#include "fuzz.h"
#include "px-html.h"

static void
check_line (const char *s)
{
  if (s == NULL)
    return;
  FUZZ_CHECK (g_utf8_validate (s, -1, NULL));
  FUZZ_CHECK (strchr (s, '\n') == NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(PxHtmlArticle) article = NULL;
  g_autofree char *utf8 = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;

  if (size < 1)
    return 0;
  if (data[0] & 1)
    {
      g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func (g_free);

      article = px_html_extract_bytes ((const char *) data + 1, size - 1, "page.html", notices);
      for (guint i = 0; i < notices->len; i++)
        FUZZ_CHECK (g_utf8_validate (notices->pdata[i], -1, NULL));
    }
  else
    {
      utf8 = g_utf8_make_valid ((const char *) data + 1, size - 1);
      article = px_html_extract (utf8, strlen (utf8));
    }
  FUZZ_CHECK (article != NULL && article->paragraphs != NULL);
  check_line (article->headline);
  check_line (article->site);
  check_line (article->author);
  check_line (article->date);
  check_line (article->url);
  for (guint i = 0; i < article->paragraphs->len; i++)
    {
      const char *p = article->paragraphs->pdata[i];

      check_line (p);
      FUZZ_CHECK (*p != '\0');
    }
  with = px_html_article_text (article, TRUE);
  without = px_html_article_text (article, FALSE);
  FUZZ_CHECK (g_utf8_validate (with, -1, NULL));
  FUZZ_CHECK (g_utf8_validate (without, -1, NULL));
  FUZZ_CHECK (strlen (without) <= strlen (with));
  return 0;
}
