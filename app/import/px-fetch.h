/* px-fetch.h: articles from web addresses
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <string.h>

#include "px-document.h"

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

/* The article number at the end of the origin of one of several
 * articles of a page ("…#3" gives 3, px_fetch_articles()), with the
 * address before it in @address; 0 and the whole of @origin when there
 * is none. */
static inline guint
px_fetch_split_article (const char *origin,
                        char      **address)
{
  const char *hash = strrchr (origin, '#');
  guint64 article = 0;

  if (hash == NULL || !g_ascii_string_to_unsigned (hash + 1, 10, 1, G_MAXUINT, &article, NULL) ||
      !g_ascii_isdigit (hash[1]))
    article = 0;
  *address = article ? g_strndup (origin, hash - origin) : g_strdup (origin);
  return (guint) article;
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

/* Fetches the page @doc was fetched from again (its origin) and reads
 * it as then: its article, or the same N-th of a page that held several.
 * The outlet label the user may have edited, the source and the primary
 * source mark are carried over.  Blocks, like px_fetch_articles().
 *
 * Returns: (transfer full): the article as the page has it now, or %NULL
 *   with @error set (@doc is left as it was) */
PxDocument *px_fetch_reload       (PxDocument           *doc,
                                   const PxFetchLimits  *limits,
                                   GCancellable         *cancellable,
                                   PxFetchProgress       progress,
                                   gpointer              user_data,
                                   GError              **error);

/* What a reload changed, in one line for the user: that @fresh is the
 * same as @old, or how many of its paragraphs are new or changed and
 * how many of @old's are gone. */
char       *px_fetch_describe_reload (PxDocument        *old,
                                      PxDocument        *fresh);

/* The response path alone: what px_fetch_articles() makes of an HTTP
 * status, content type and body (exposed for the fuzz harness). */
GPtrArray *px_fetch_read_response (const char          *address,
                                   guint                status,
                                   const char          *content_type,
                                   GBytes              *body,
                                   GError             **error);

G_END_DECLS
