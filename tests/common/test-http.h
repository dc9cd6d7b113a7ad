/* test-http.h: a web server on 127.0.0.1 for the tests that fetch pages
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

typedef struct _TestHttpServer TestHttpServer;

/* Starts a server on a free port of 127.0.0.1 that answers every path
 * with @serve, on a thread of its own (a handler that waits holds up no
 * one else).  Fails the test when it cannot listen. */
TestHttpServer *test_http_server_start    (SoupServerCallback  serve,
                                           gpointer            data);
/* Its address with a slash at the end: "http://127.0.0.1:PORT/". */
const char     *test_http_server_get_base (TestHttpServer     *server);
/* Stops the thread and frees the server. */
void            test_http_server_stop     (TestHttpServer     *server);

G_END_DECLS
