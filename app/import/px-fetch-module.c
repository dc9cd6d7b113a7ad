/* px-fetch-module.c: fetching web addresses as a module loaded on demand
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libsoup and TLS: parallax-cli loads them only when it is given a web
 * address (see px-html-module.c); the window links px-fetch.c.  Built
 * with hidden symbols, so that the CLI's own px_fetch_articles() (which
 * loads this module) does not stand in for the one in here.
 */
#include "config.h"

#include <gmodule.h>

#include "px-fetch.h"

G_MODULE_EXPORT GPtrArray *px_fetch_module_articles (const char *address, GError **error);

GPtrArray *
px_fetch_module_articles (const char  *address,
                          GError     **error)
{
  return px_fetch_articles (address, NULL, NULL, NULL, NULL, error);
}
