/* px-fetch.c: articles from web addresses, with libsoup 3
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only http and https, at every redirect too; TLS certificates verified
 * (libsoup refuses a bad one; glib-networking provides TLS); a few
 * redirects, a time limit for connecting, for each read and for the
 * whole page, and a size limit kept while reading.  What comes back is
 * read as a file named by its address (px_import_bytes_articles()), so a
 * web page goes through the HTML import and a PDF through the PDF one.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "px-fetch.h"
#include "px-import.h"
#include "px-session.h"

/* Content types read as articles; anything else is refused by type. */
static gboolean
is_readable_type (const char *type)
{
  static const char * const types[] = {
    "text/html", "application/xhtml+xml", "text/plain", "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text", "application/xml", "text/xml",
  };

  if (type == NULL || *type == '\0')
    return TRUE;   /* unsaid: the content tells */
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_ascii_strcasecmp (type, types[i]) == 0)
      return TRUE;
  return FALSE;
}

GPtrArray *
px_fetch_read_response (const char  *address,
                        guint        status,
                        const char  *content_type,
                        GBytes      *body,
                        GError     **error)
{
  g_return_val_if_fail (address != NULL, NULL);

  if (status == 404 || status == 410)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND,
                   _("“%s” was not found on its server (error %u): check the address"), address, status);
      return NULL;
    }
  if (status == 401 || status == 402 || status == 403)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” refused access (error %u): the page may be behind a paywall or a login; "
                     "save it from your browser and open the file"), address, status);
      return NULL;
    }
  if (status == 429)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” is turning away too many requests (error 429): try again in a while"), address);
      return NULL;
    }
  if (status >= 500 && status < 600)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” could not be served: its server had an error (%u); try again later"), address, status);
      return NULL;
    }
  if (status < 200 || status >= 300)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” answered with HTTP status %u instead of a page"), address, status);
      return NULL;
    }
  if (!is_readable_type (content_type))
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_BINARY,
                   _("“%s” is not a web page but “%s”: Parallax reads web pages, PDF, Word, ODT and text"),
                   address, content_type);
      return NULL;
    }
  return px_import_bytes_articles (body, address, error);
}

static void
set_transport_error (GError *local, const char *address, const char *host, guint timeout, GError **error)
{
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (local));
  else if (local->domain == G_RESOLVER_ERROR)
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND,
                 _("“%s” cannot be fetched: there is no server called “%s” (check the address and the internet connection)"),
                 address, host);
  else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                 _("“%s” cannot be fetched: “%s” refused the connection"), address, host);
  else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                 _("“%s” did not arrive within %u seconds: the server is slow or unreachable"), address, timeout);
  else if (local->domain == G_TLS_ERROR)
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                 _("“%s” was not fetched: its secure connection could not be verified (%s)"), address, local->message);
  else
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                 _("“%s” cannot be fetched: %s"), address, local->message);
}

GPtrArray *
px_fetch_articles (const char           *address,
                   const PxFetchLimits  *limits,
                   GCancellable         *cancellable,
                   PxFetchProgress       progress,
                   gpointer              user_data,
                   GError              **error)
{
  static const PxFetchLimits defaults = { PX_FETCH_MAX_REDIRECTS, PX_FETCH_TIMEOUT_SECONDS, PX_IMPORT_MAX_SIZE };
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GByteArray) body = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *content_type = NULL;
  GPtrArray *docs;
  gint64 start = g_get_monotonic_time ();
  guint redirects = 0, status;
  gsize total;

  g_return_val_if_fail (address != NULL, NULL);
  if (limits == NULL)
    limits = &defaults;

  uri = g_uri_parse (address, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL || !px_fetch_is_address (address) || g_uri_get_host (uri) == NULL || !*g_uri_get_host (uri))
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND,
                   _("“%s” is not a web address Parallax fetches: give an http:// or https:// address"), address);
      return NULL;
    }

  session = soup_session_new_with_options ("timeout", limits->timeout_seconds,
                                           "idle-timeout", limits->timeout_seconds,
                                           "user-agent", "Parallax/" PACKAGE_VERSION " ",
                                           NULL);
  for (;;)
    {
      g_clear_object (&msg);
      g_clear_object (&in);
      msg = soup_message_new_from_uri ("GET", uri);
      /* Redirects are followed here, to check each one's scheme and count. */
      soup_message_set_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
      in = soup_session_send (session, msg, cancellable, &local);
      if (in == NULL)
        {
          set_transport_error (local, address, g_uri_get_host (uri), limits->timeout_seconds, error);
          return NULL;
        }
      status = soup_message_get_status (msg);
      if (!SOUP_STATUS_IS_REDIRECTION (status) || status == 304)
        break;
      {
        const char *location = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Location");
        g_autoptr(GUri) next = location ? g_uri_parse_relative (uri, location, SOUP_HTTP_URI_FLAGS, NULL) : NULL;

        if (next == NULL)
          break;   /* a redirect with nowhere to go: reported by its status */
        if (++redirects > limits->max_redirects)
          {
            g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                         _("“%s” redirects more than %u times: open the page in a browser and use its final address"),
                         address, limits->max_redirects);
            return NULL;
          }
        if (g_strcmp0 (g_uri_get_scheme (next), "http") != 0 && g_strcmp0 (g_uri_get_scheme (next), "https") != 0)
          {
            g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                         _("“%s” redirects to an address that is not on the web (%s): it was not followed"),
                         address, g_uri_get_scheme (next));
            return NULL;
          }
        g_input_stream_close (in, NULL, NULL);
        g_clear_pointer (&uri, g_uri_unref);
        uri = g_steal_pointer (&next);
      }
    }

  {
    SoupMessageHeaders *headers = soup_message_get_response_headers (msg);
    const char *type = soup_message_headers_get_content_type (headers, NULL);
    goffset length = soup_message_headers_get_content_length (headers);

    content_type = g_strdup (type);
    total = length > 0 ? (gsize) length : 0;
    if (total > limits->max_bytes)
      goto too_large;
  }

  /* The body, within the limits of size and time. */
  for (;;)
    {
      guint8 chunk[32 * 1024];
      gssize n;

      if (g_get_monotonic_time () - start > (gint64) limits->timeout_seconds * G_USEC_PER_SEC)
        {
          g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                       _("“%s” did not arrive within %u seconds: the server is slow or unreachable"),
                       address, limits->timeout_seconds);
          return NULL;
        }
      n = g_input_stream_read (in, chunk, sizeof chunk, cancellable, &local);
      if (n < 0)
        {
          set_transport_error (local, address, g_uri_get_host (uri), limits->timeout_seconds, error);
          return NULL;
        }
      if (n == 0)
        break;
      if (body->len + (gsize) n > limits->max_bytes)
        goto too_large;
      g_byte_array_append (body, chunk, (guint) n);
      if (progress)
        progress (body->len, total, user_data);
    }
  g_input_stream_close (in, NULL, NULL);

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&body));
  docs = px_fetch_read_response (address, status, content_type, bytes, error);
  for (guint i = 0; docs && i < docs->len; i++)
    {
      g_autofree char *source = docs->len > 1 ? g_strdup_printf ("%s#%u", address, i + 1) : g_strdup (address);

      px_document_set_source (docs->pdata[i], source);
      /* The address, and when it was fetched: a web page has no file to
       * reload, and says when it was taken. */
      px_document_set_origin (docs->pdata[i], source, g_get_real_time ());
      /* The page itself, so that a saved comparison reads it again
       * without the network (px-session.c), when it fits there. */
      if (g_bytes_get_size (bytes) <= PX_SESSION_MAX_PAGE)
        px_document_set_page (docs->pdata[i], bytes);
    }
  return docs;

too_large:
  g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
               _("“%s” is larger than %lu MiB, the most Parallax fetches as an article"),
               address, (gulong) (limits->max_bytes / (1024 * 1024)));
  return NULL;
}

PxDocument *
px_fetch_reload (PxDocument           *doc,
                 const PxFetchLimits  *limits,
                 GCancellable         *cancellable,
                 PxFetchProgress       progress,
                 gpointer              user_data,
                 GError              **error)
{
  g_autofree char *address = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  const char *origin;
  PxDocument *fresh;
  guint article;

  g_return_val_if_fail (PX_IS_DOCUMENT (doc), NULL);

  origin = px_document_get_origin (doc, NULL);
  if (origin == NULL || !px_fetch_is_address (origin))
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND,
                   _("“%s” was not fetched from the web and cannot be reloaded from it"),
                   px_document_get_outlet (doc));
      return NULL;
    }
  article = px_fetch_split_article (origin, &address);
  docs = px_fetch_articles (address, limits, cancellable, progress, user_data, error);
  if (docs == NULL)
    return NULL;
  if (docs->len == 1)
    article = 1;   /* a page of one article, whose address may end in "#N" */
  if (article == 0 || article > docs->len)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND,
                   _("“%s” no longer holds the article that was fetched from it"), origin);
      return NULL;
    }
  fresh = g_object_ref (docs->pdata[article ? article - 1 : 0]);
  px_document_set_outlet (fresh, px_document_get_outlet (doc));
  px_document_set_source (fresh, px_document_get_source (doc));
  px_document_set_primary_source (fresh, px_document_get_primary_source (doc));
  return fresh;
}

/* The paragraphs of @doc as a set of their texts. */
static GHashTable *
paragraph_set (PxDocument *doc)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < px_document_get_n_paragraphs (doc); i++)
    g_hash_table_add (set, px_document_dup_paragraph_text (doc, i));
  return set;
}

static guint
count_missing (PxDocument *doc, GHashTable *in)
{
  guint n = 0;

  for (guint i = 0; i < px_document_get_n_paragraphs (doc); i++)
    {
      g_autofree char *text = px_document_dup_paragraph_text (doc, i);

      n += !g_hash_table_contains (in, text);
    }
  return n;
}

char *
px_fetch_describe_reload (PxDocument *old,
                          PxDocument *fresh)
{
  g_autoptr(GHashTable) old_set = NULL, fresh_set = NULL;
  g_autofree char *changed = NULL, *gone = NULL;
  const char *a, *b;
  gsize la, lb;
  guint n_changed, n_gone;

  g_return_val_if_fail (PX_IS_DOCUMENT (old) && PX_IS_DOCUMENT (fresh), NULL);

  a = px_document_get_text (old, &la);
  b = px_document_get_text (fresh, &lb);
  if (la == lb && memcmp (a, b, la) == 0)
    /* Translators: %s is an outlet */
    return g_strdup_printf (_("Reloaded “%s”: the article has not changed"), px_document_get_outlet (fresh));
  old_set = paragraph_set (old);
  fresh_set = paragraph_set (fresh);
  n_changed = count_missing (fresh, old_set);
  n_gone = count_missing (old, fresh_set);
  changed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paragraph new or changed",
                                          "%u paragraphs new or changed", n_changed), n_changed);
  gone = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u no longer there", "%u no longer there", n_gone),
                          n_gone);
  /* Translators: %s is an outlet, then "3 paragraphs new or changed", then "1 no longer there" */
  return g_strdup_printf (_("Reloaded “%s”: %s, %s"), px_document_get_outlet (fresh), changed, gone);
}
