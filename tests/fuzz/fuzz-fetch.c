/* fuzz-fetch.c: what a web server answers, read as articles
 * (px_fetch_read_response())
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * First byte: the HTTP status (from a list of the usual ones and odd
 * ones); second: the content type; the rest: the body.  Whatever a
 * server sends, the result is documents or a one-line refusal naming
 * the address.
 */
#include "fuzz.h"
#include "px-fetch.h"
#include "px-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const guint statuses[] = { 200, 203, 204, 206, 299, 300, 304, 400, 401, 402, 403, 404, 410,
                                    418, 429, 500, 503, 599, 600, 0, 999 };
  static const char *types[] = { "text/html", "application/xhtml+xml", "text/plain", "application/pdf",
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 "application/vnd.oasis.opendocument.text", "image/png",
                                 "application/octet-stream", "", NULL, "text/xml", "video/mp4" };
  static const char address[] = "https://news.example/2014/03/12/talks";
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = NULL;

  if (size < 2)
    return 0;
  body = g_bytes_new (data + 2, size - 2);
  docs = px_fetch_read_response (address, statuses[data[0] % G_N_ELEMENTS (statuses)],
                                 types[data[1] % G_N_ELEMENTS (types)], body, &error);
  FUZZ_CHECK ((docs == NULL) == (error != NULL));
  if (docs == NULL)
    {
      FUZZ_CHECK (error->domain == PX_IMPORT_ERROR);
      FUZZ_CHECK (strchr (error->message, '\n') == NULL);
      FUZZ_CHECK (strstr (error->message, address) != NULL);
      return 0;
    }
  FUZZ_CHECK (docs->len > 0);
  for (guint i = 0; i < docs->len; i++)
    {
      gsize len;
      const char *text = px_document_get_text (docs->pdata[i], &len);

      FUZZ_CHECK (g_utf8_validate (text, len, NULL));
    }
  return 0;
}
