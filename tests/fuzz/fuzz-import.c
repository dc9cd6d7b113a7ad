/* fuzz-import.c: any bytes as a file to open: decoding, sniffing, HTML
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks the file name (and so how it is sniffed).
 */
#include "fuzz.h"
#include "px-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char *names[] = { "article.txt", "page.html", "page", "page.xhtml" };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = NULL;
  const char *text;
  gsize len;

  if (size < 1)
    return 0;
  bytes = g_bytes_new (data + 1, size - 1);
  doc = px_import_bytes (bytes, names[data[0] % G_N_ELEMENTS (names)], &error);
  FUZZ_CHECK ((doc == NULL) == (error != NULL));
  if (doc == NULL)
    {
      FUZZ_CHECK (error->domain == PX_IMPORT_ERROR);
      FUZZ_CHECK (strchr (error->message, '\n') == NULL);
      return 0;
    }
  text = px_document_get_text (doc, &len);
  FUZZ_CHECK (g_utf8_validate (text, len, NULL));
  return 0;
}
