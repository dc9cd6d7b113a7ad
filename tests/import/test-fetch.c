/* test-fetch.c: articles from web addresses, against a server on
 * 127.0.0.1 that this test starts: pages, redirects, slow answers, HTTP
 * errors, huge bodies, wrong content types.  Nothing leaves the machine.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "px-fetch.h"
#include "px-import.h"
#include "px-session.h"

static const char page[] =
  "<!DOCTYPE html><html><head><title>Bridge to reopen in spring | Example News</title>"
  "<meta property=\"og:site_name\" content=\"Example News\">"
  "<meta property=\"og:title\" content=\"Bridge to reopen in spring\"></head><body>"
  "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
  "<article><h1>Bridge to reopen in spring</h1>"
  "<p>The river bridge, closed since October for repairs, will reopen to traffic in April, "
  "the city council said on Tuesday.</p>"
  "<p>Buses will be allowed across first, followed by cars a month later, officials said.</p>"
  "</article><footer>Copyright Example News</footer></body></html>";

/* The same page later: the second paragraph rewritten, a third added. */
static const char page2[] =
  "<!DOCTYPE html><html><head><title>Bridge to reopen in spring | Example News</title>"
  "<meta property=\"og:site_name\" content=\"Example News\">"
  "<meta property=\"og:title\" content=\"Bridge to reopen in spring\"></head><body>"
  "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
  "<article><h1>Bridge to reopen in spring</h1>"
  "<p>The river bridge, closed since October for repairs, will reopen to traffic in April, "
  "the city council said on Tuesday.</p>"
  "<p>Only buses will be allowed across until June, the council's transport officials said.</p>"
  "<p>The repairs cost twice what was planned, after rust was found in the main span.</p>"
  "</article><footer>Copyright Example News</footer></body></html>";
static int edition = 1;   /* which of the two /changing serves; 3: none (404) */

/* A resolver that knows no names: the test's server is on 127.0.0.1,
 * and a name that does not exist must not be asked of a real DNS
 * server, outside the machine. */
typedef struct { GResolver parent_instance; } NoResolver;
typedef struct { GResolverClass parent_class; } NoResolverClass;
static GType no_resolver_get_type (void);
G_DEFINE_TYPE (NoResolver, no_resolver, G_TYPE_RESOLVER)

static GList *
no_lookup (GResolver *resolver, const char *name, GCancellable *cancellable, GError **error)
{
  g_set_error (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND, "No such host “%s”", name);
  return NULL;
}

static void
no_lookup_async (GResolver *resolver, const char *name, GCancellable *cancellable,
                 GAsyncReadyCallback callback, gpointer data)
{
  g_autoptr(GTask) task = g_task_new (resolver, cancellable, callback, data);

  g_task_return_new_error (task, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND, "No such host “%s”", name);
}

static GList *
no_lookup_finish (GResolver *resolver, GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static GList *
no_lookup_flags (GResolver *resolver, const char *name, GResolverNameLookupFlags flags,
                 GCancellable *cancellable, GError **error)
{
  return no_lookup (resolver, name, cancellable, error);
}

static void
no_lookup_flags_async (GResolver *resolver, const char *name, GResolverNameLookupFlags flags,
                       GCancellable *cancellable, GAsyncReadyCallback callback, gpointer data)
{
  no_lookup_async (resolver, name, cancellable, callback, data);
}

static void
no_resolver_class_init (NoResolverClass *klass)
{
  GResolverClass *r = G_RESOLVER_CLASS (klass);

  r->lookup_by_name = no_lookup;
  r->lookup_by_name_async = no_lookup_async;
  r->lookup_by_name_finish = no_lookup_finish;
  r->lookup_by_name_with_flags = no_lookup_flags;
  r->lookup_by_name_with_flags_async = no_lookup_flags_async;
  r->lookup_by_name_with_flags_finish = no_lookup_finish;
}

static void
no_resolver_init (NoResolver *self)
{
}

static char *base;
static GMainContext *server_context;
static GMainLoop *server_loop;

static void
handle (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query, gpointer data)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (g_str_equal (path, "/article"))
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else if (g_str_equal (path, "/changing"))
    {
      /* The page as it is now (test_reload() moves it on). */
      const char *body = g_atomic_int_get (&edition) == 1 ? page : g_atomic_int_get (&edition) == 2 ? page2 : NULL;

      if (body)
        {
          soup_server_message_set_status (msg, 200, NULL);
          soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC, body, strlen (body));
        }
      else
        soup_server_message_set_status (msg, 404, NULL);
    }
  else if (g_str_equal (path, "/moved"))
    {
      soup_server_message_set_redirect (msg, 301, "/article");
    }
  else if (g_str_has_prefix (path, "/loop"))
    {
      soup_server_message_set_redirect (msg, 302, "/loop");
    }
  else if (g_str_equal (path, "/to-file"))
    {
      soup_server_message_set_redirect (msg, 302, "file:///etc/passwd");
    }
  else if (g_str_equal (path, "/slow"))
    {
      /* Never answers: paused until the server goes. */
      soup_server_message_pause (msg);
    }
  else if (g_str_equal (path, "/paywall"))
    soup_server_message_set_status (msg, 403, NULL);
  else if (g_str_equal (path, "/busy"))
    soup_server_message_set_status (msg, 429, NULL);
  else if (g_str_equal (path, "/broken"))
    soup_server_message_set_status (msg, 503, NULL);
  else if (g_str_equal (path, "/huge"))
    {
      gsize size = 3 * 1024 * 1024;
      char *body = g_malloc (size);

      memset (body, 'a', size);
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_TAKE, body, size);
    }
  else if (g_str_equal (path, "/huge-unsaid"))
    {
      /* No Content-Length: the limit must hold while reading. */
      gsize size = 3 * 1024 * 1024;
      char *body = g_malloc (size);

      memset (body, 'b', size);
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_TAKE, body, size);
    }
  else if (g_str_equal (path, "/image"))
    {
      static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, png, sizeof png - 1);
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

static gpointer
server_thread (gpointer data)
{
  g_main_context_push_thread_default (server_context);
  g_main_loop_run (server_loop);
  g_main_context_pop_thread_default (server_context);
  return NULL;
}

static SoupServer *
start_server (GThread **thread)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  SoupServer *server;

  server_context = g_main_context_new ();
  g_main_context_push_thread_default (server_context);
  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handle, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  g_main_context_pop_thread_default (server_context);
  uris = soup_server_get_uris (server);
  base = g_uri_to_string (uris->data);
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
  if (g_str_has_suffix (base, "/"))
    base[strlen (base) - 1] = '\0';
  server_loop = g_main_loop_new (server_context, FALSE);
  *thread = g_thread_new ("server", server_thread, NULL);
  return server;
}

static char *
url (const char *path)
{
  return g_strconcat (base, path, NULL);
}

static const PxFetchLimits quick = { 3, 2, 1024 * 1024 };
/* For pages that do come: time enough under valgrind or a loaded machine. */
static const PxFetchLimits steady = { 3, 30, 1024 * 1024 };

static void
progress (gsize received, gsize total, gpointer data)
{
  *(gsize *) data = received;
}

static void
test_page (void)
{
  g_autofree char *address = url ("/article");
  g_autoptr(GError) error = NULL;
  gsize received = 0;
  g_autoptr(GPtrArray) docs = px_fetch_articles (address, &quick, NULL, progress, &received, &error);
  gint64 when = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 1);
  g_assert_cmpstr (px_document_get_outlet (docs->pdata[0]), ==, "Example News");
  g_assert_cmpstr (px_document_get_title (docs->pdata[0]), ==, "Bridge to reopen in spring");
  g_assert_cmpuint (px_document_get_n_paragraphs (docs->pdata[0]), ==, 3);
  g_assert_cmpstr (px_document_get_source (docs->pdata[0]), ==, address);
  g_assert_cmpstr (px_document_get_origin (docs->pdata[0], &when), ==, address);
  g_assert_cmpint (llabs (when - g_get_real_time ()), <, 60 * G_USEC_PER_SEC);
  g_assert_cmpuint (received, ==, strlen (page));
  /* Fetched pages are never "changed on disk". */
  g_assert_false (px_import_is_stale (docs->pdata[0]));
}

static void
test_redirect (void)
{
  g_autofree char *address = url ("/moved");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = px_fetch_articles (address, &quick, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (px_document_get_outlet (docs->pdata[0]), ==, "Example News");
}

/* Each failure: no documents, a one-line message naming the address and
 * saying what went wrong in words a user can act on. */
static void
expect (const char *path, const char *address_override, const char *words)
{
  g_autofree char *address = address_override ? g_strdup (address_override) : url (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = px_fetch_articles (address, &quick, NULL, NULL, NULL, &error);

  g_assert_null (docs);
  g_assert_nonnull (error);
  if (g_test_verbose ())
    g_printerr ("%s\n", error->message);
  g_assert_nonnull (strstr (error->message, address));
  g_assert_nonnull (strstr (error->message, words));
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_failures (void)
{
  g_autoptr(GSocket) sock = NULL;
  g_autoptr(GInetSocketAddress) any = NULL;
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *closed = NULL;

  expect ("/gone", NULL, "404");
  expect ("/paywall", NULL, "paywall");
  expect ("/busy", NULL, "429");
  expect ("/broken", NULL, "503");
  expect ("/loop", NULL, "redirects more than 3 times");
  expect ("/to-file", NULL, "not on the web");
  expect ("/huge", NULL, "larger than 1 MiB");
  expect ("/huge-unsaid", NULL, "larger than 1 MiB");
  expect ("/image", NULL, "image/png");
  expect ("/slow", NULL, "2 seconds");
  expect (NULL, "ftp://127.0.0.1/article", "http://");
  /* A name that does not resolve (asked of the resolver that knows none). */
  expect (NULL, "http://parallax-test.invalid/article", "no server");

  /* A port nobody listens on: bind one, note it, close it. */
  sock = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  any = G_INET_SOCKET_ADDRESS (g_inet_socket_address_new_from_string ("127.0.0.1", 0));
  g_assert_true (g_socket_bind (sock, G_SOCKET_ADDRESS (any), FALSE, NULL));
  bound = g_socket_get_local_address (sock, NULL);
  closed = g_strdup_printf ("http://127.0.0.1:%u/article",
                            g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (sock, NULL);
  expect (NULL, closed, "refused");
}

static gpointer
cancel_soon (gpointer cancellable)
{
  g_usleep (G_USEC_PER_SEC / 2);
  g_cancellable_cancel (cancellable);
  return NULL;
}

/* A page that never comes, and a user who stops waiting. */
static void
test_cancel (void)
{
  g_autofree char *address = url ("/slow");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  PxFetchLimits patient = { 3, 60, 1024 * 1024 };
  gint64 start = g_get_monotonic_time ();
  GThread *canceller = g_thread_new ("cancel", cancel_soon, cancellable);

  docs = px_fetch_articles (address, &patient, cancellable, NULL, NULL, &error);
  g_thread_join (canceller);
  g_assert_null (docs);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

/* Reload: the page as it is now replaces the article, and says what
 * changed; a failed fetch leaves the article as it was. */
static void
test_reload (void)
{
  g_autofree char *address = url ("/changing");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(PxDocument) same = NULL, fresh = NULL, none = NULL;
  g_autofree char *unchanged = NULL, *changed = NULL;
  gint64 then = 0, now = 0;

  g_atomic_int_set (&edition, 1);
  docs = px_fetch_articles (address, &steady, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  px_document_set_outlet (docs->pdata[0], "Bridge desk");   /* as the user named it */
  px_document_get_origin (docs->pdata[0], &then);
  g_usleep (2000);

  same = px_fetch_reload (docs->pdata[0], &steady, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  unchanged = px_fetch_describe_reload (docs->pdata[0], same);
  g_assert_cmpstr (unchanged, ==, "Reloaded “Bridge desk”: the article has not changed");

  g_atomic_int_set (&edition, 2);
  fresh = px_fetch_reload (docs->pdata[0], &steady, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_document_get_outlet (fresh), ==, "Bridge desk");
  g_assert_cmpuint (px_document_get_n_paragraphs (fresh), ==, 4);
  g_assert_cmpstr (px_document_get_origin (fresh, &now), ==, address);
  g_assert_cmpint (now, >, then);
  g_assert_nonnull (strstr (g_bytes_get_data (px_document_get_page (fresh), NULL), "rust was found"));
  changed = px_fetch_describe_reload (docs->pdata[0], fresh);
  g_assert_cmpstr (changed, ==, "Reloaded “Bridge desk”: 2 paragraphs new or changed, 1 no longer there");

  /* Gone from the server: an error naming the address, nothing replaced. */
  g_atomic_int_set (&edition, 3);
  none = px_fetch_reload (docs->pdata[0], &steady, NULL, NULL, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, address));
  g_assert_cmpuint (px_document_get_n_paragraphs (docs->pdata[0]), ==, 3);
}

static SoupServer *server;
static GThread *server_thread_id;

static void
stop_server (void)
{
  if (server == NULL)
    return;
  g_main_loop_quit (server_loop);
  g_thread_join (server_thread_id);
  soup_server_disconnect (server);
  g_clear_object (&server);
  g_main_loop_unref (server_loop);
  g_main_context_unref (server_context);
}

/* A saved comparison keeps the page: with the server gone it reopens
 * through the same HTML import, with its address and when it was
 * fetched.  Runs last: it stops the server. */
static void
test_session_offline (void)
{
  g_autofree char *address = url ("/article");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = px_fetch_articles (address, &steady, NULL, NULL, NULL, &error);
  g_autoptr(PxSession) session = px_session_new ();
  g_autoptr(PxSession) other = px_session_new ();
  g_autoptr(PxSession) reopened = NULL, reread = NULL;
  g_autoptr(GPtrArray) refused = NULL;
  g_autofree char *data = NULL, *other_data = NULL;
  PxDocument *doc, *stand_in;
  const char *text;
  gint64 fetched = 0, when = 0;

  g_assert_no_error (error);
  doc = docs->pdata[0];
  px_document_get_origin (doc, &fetched);
  g_ptr_array_add (session->documents, g_object_ref (doc));
  data = px_session_to_data (session, NULL);
  g_assert_nonnull (strstr (data, "\"page\""));

  /* A stand-in whose text is not the page's, to tell that reopening
   * reads the page rather than the text beside it. */
  stand_in = px_document_new ("Words that are not on the page.", -1, "Example News");
  px_document_set_origin (stand_in, address, fetched);
  px_document_set_page (stand_in, px_document_get_page (doc));
  g_ptr_array_add (other->documents, stand_in);
  other_data = px_session_to_data (other, NULL);

  stop_server ();
  refused = px_fetch_articles (address, &steady, NULL, NULL, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE);   /* refused: nothing listens */
  g_clear_error (&error);

  reopened = px_session_from_data (data, strlen (data), "bridge.parallax", &error);
  g_assert_no_error (error);
  g_assert_true (px_session_equal (session, reopened));
  doc = reopened->documents->pdata[0];
  g_assert_cmpstr (px_document_get_origin (doc, &when), ==, address);
  g_assert_cmpint (when, ==, fetched);
  g_assert_cmpstr (px_document_get_headline (doc), ==, "Bridge to reopen in spring");
  g_assert_true (g_bytes_equal (px_document_get_page (doc), px_document_get_page (docs->pdata[0])));

  reread = px_session_from_data (other_data, strlen (other_data), "other.parallax", &error);
  g_assert_no_error (error);
  text = px_document_get_text (reread->documents->pdata[0], NULL);
  g_assert_nonnull (strstr (text, "Buses will be allowed across first"));
  g_assert_null (strstr (text, "not on the page"));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  {
    g_autoptr(GResolver) resolver = g_object_new (no_resolver_get_type (), NULL);

    g_resolver_set_default (resolver);
  }
  server = start_server (&server_thread_id);

  g_test_add_func ("/fetch/page", test_page);
  g_test_add_func ("/fetch/redirect", test_redirect);
  g_test_add_func ("/fetch/failures", test_failures);
  g_test_add_func ("/fetch/cancel", test_cancel);
  g_test_add_func ("/fetch/reload", test_reload);
  g_test_add_func ("/fetch/session-offline", test_session_offline);
  status = g_test_run ();

  stop_server ();
  g_free (base);
  return status;
}
