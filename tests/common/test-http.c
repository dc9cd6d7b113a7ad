/* test-http.c: a web server on 127.0.0.1 for the tests that fetch pages
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-http.h"

struct _TestHttpServer
{
  GMainContext *context;
  GMainLoop *loop;
  SoupServer *server;
  GThread *thread;
  char *base;
};

/* The server's connections are handled on its thread's own context. */
static gpointer
run_loop (gpointer loop)
{
  GMainContext *context = g_main_loop_get_context (loop);

  g_main_context_push_thread_default (context);
  g_main_loop_run (loop);
  g_main_context_pop_thread_default (context);
  return NULL;
}

TestHttpServer *
test_http_server_start (SoupServerCallback serve,
                        gpointer           data)
{
  TestHttpServer *self = g_new0 (TestHttpServer, 1);
  g_autoptr(GError) error = NULL;
  GSList *uris;

  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  g_main_context_push_thread_default (self->context);
  self->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (self->server, NULL, serve, data, NULL);
  if (!soup_server_listen_local (self->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("the test's web server cannot listen: %s", error->message);
  g_main_context_pop_thread_default (self->context);
  uris = soup_server_get_uris (self->server);
  self->base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  self->thread = g_thread_new ("server", run_loop, self->loop);
  return self;
}

const char *
test_http_server_get_base (TestHttpServer *self)
{
  return self->base;
}

void
test_http_server_stop (TestHttpServer *self)
{
  g_main_loop_quit (self->loop);
  g_thread_join (self->thread);
  g_object_unref (self->server);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_free (self->base);
  g_free (self);
}
