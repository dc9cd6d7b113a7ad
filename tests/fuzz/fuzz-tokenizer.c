/* fuzz-tokenizer.c: the word segmenter on any text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"
#include "px-document.h"
#include "px-tokenizer.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = g_utf8_make_valid ((const char *) data, size);
  gsize len = strlen (text);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  g_autoptr(GArray) paragraphs = NULL;
  gsize pos = 0, words = 0;

  /* Tokens tile the text. */
  px_tokenize (text, len, 0, tokens);
  for (guint i = 0; i < tokens->len; i++)
    {
      const PxToken *t = &g_array_index (tokens, PxToken, i);

      FUZZ_CHECK (t->start == pos && t->len > 0);
      pos += t->len;
      words += t->kind == PX_TOKEN_WORD;
    }
  FUZZ_CHECK (pos == len);
  FUZZ_CHECK (px_count_words (text, len) == words);

  /* Paragraphs are ordered, within the text, never empty. */
  paragraphs = px_split_paragraphs (text, len);
  pos = 0;
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const PxParagraph *p = &g_array_index (paragraphs, PxParagraph, i);

      FUZZ_CHECK (p->start >= pos && p->end > p->start && p->end <= len);
      pos = p->end;
    }
  return 0;
}
