/* px-fetch.h: articles from web addresses
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  guint max_redirects;   /* redirects followed before giving up */
  guint timeout_seconds; /* for connecting, for each read, and for the whole page */
  gsize max_bytes;       /* the most a response may hold */
} PxFetchLimits;

#define PX_FETCH_MAX_REDIRECTS 5
#define PX_FETCH_TIMEOUT_SECONDS 30

/* Called from the fetching thread as the page arrives; @total is 0 when
 * the server does not say. */
typedef void (*PxFetchProgress) (gsize received, gsize total, gpointer user_data);

/* Whether @text is an http or https address (what the window and the
 * CLI offer to fetch).  Inline: the CLI asks without loading libsoup. */
static inline gboolean
px_fetch_is_address (const char *text)
{
  return text && (g_ascii_strncasecmp (text, "http://", 7) == 0 ||
                  g_ascii_strncasecmp (text, "https://", 8) == 0);
}

/* Fetches @address (http or https only, TLS certificates verified,
 * redirects, time and size limited by @limits, or the defaults when
 * NULL) and reads the response as a file of that name: a web page, or a
 * PDF, Word, ODT or text file.  Each document's source and origin are
 * the address; its origin time is when it was fetched.  Blocks: call it
 * from a worker thread.  Cancelling @cancellable stops it.
 *
 * Returns: (transfer full): the documents (px_import_bytes_articles()),
 *   or %NULL with @error set: a one-line message naming the address
 *   (server not found, connection refused, time-out, HTTP errors such
 *   as 404, 403 and 429, too large, not a page) */
GPtrArray *px_fetch_articles     (const char           *address,
                                  const PxFetchLimits  *limits,
                                  GCancellable         *cancellable,
                                  PxFetchProgress       progress,
                                  gpointer              user_data,
                                  GError              **error);

/* The response path alone: what px_fetch_articles() makes of an HTTP
 * status, content type and body (exposed for the fuzz harness). */
GPtrArray *px_fetch_read_response (const char          *address,
                                   guint                status,
                                   const char          *content_type,
                                   GBytes              *body,
                                   GError             **error);

G_END_DECLS
