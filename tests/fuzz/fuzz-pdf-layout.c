/* fuzz-pdf-layout.c: a PDF's lines into paragraphs (px-pdf-layout.c)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a list of lines: a byte whose low bit starts a new page,
 * four bytes for the box (x0, y0, x1, y1, in steps of 3 points, so
 * boxes overlap, touch and nest), a length byte, and the text.  Lines
 * from poppler come as any boxes in any order: whatever they are, the
 * paragraphs must be valid single-line UTF-8, and no line's words may
 * be lost (their letters are counted).
 */
#include "fuzz.h"
#include "px-pdf-layout.h"

static gsize
count_letters (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      n++;
  return n;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) px_pdf_page_free);
  g_autoptr(GPtrArray) paragraphs = NULL;
  gsize letters_in = 0, letters_out = 0;
  size_t i = 0;

  while (i + 6 <= size)
    {
      gboolean new_page = (data[i] & 1) || pages->len == 0;
      size_t len = data[i + 5];
      g_autofree char *text = NULL;

      if (new_page)
        g_ptr_array_add (pages, px_pdf_page_new (595, 842));
      text = g_utf8_make_valid ((const char *) data + i + 6, MIN (len, size - i - 6));
      g_strdelimit (text, "\n\r", ' ');
      px_pdf_page_add_line (g_ptr_array_index (pages, pages->len - 1), text, -1,
                            data[i + 1] * 3.0, data[i + 2] * 3.3, data[i + 3] * 3.0, data[i + 4] * 3.3);
      i += 6 + MIN (len, size - i - 6);
    }
  /* Page furniture may go (it is dropped on purpose); all else stays. */
  for (guint p = 0; p < pages->len; p++)
    {
      GArray *lines = ((PxPdfPage *) pages->pdata[p])->lines;

      for (guint l = 0; l < lines->len; l++)
        letters_in += count_letters (g_array_index (lines, PxPdfLine, l).text);
    }

  paragraphs = px_pdf_layout_paragraphs (pages);
  for (guint p = 0; p < paragraphs->len; p++)
    {
      const char *para = paragraphs->pdata[p];

      FUZZ_CHECK (g_utf8_validate (para, -1, NULL));
      FUZZ_CHECK (strchr (para, '\n') == NULL);
      FUZZ_CHECK (*para != '\0');
      letters_out += count_letters (para);
    }
  FUZZ_CHECK (letters_out <= letters_in);
  return 0;
}
