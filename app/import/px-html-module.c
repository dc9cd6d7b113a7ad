/* px-html-module.c: the web page importer as a module loaded on demand
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2 brings ICU with it: loading both costs parallax-cli about as
 * much as the rest of its start-up.  So the CLI loads this module only
 * when a file turns out to be a web page; the window links px-html.c.
 * Built with hidden symbols: the CLI's own px_html_import() (the one
 * that loads this module) must not stand in for the one in here.
 */
#include "config.h"

#include <gmodule.h>

#include "px-html.h"

G_MODULE_EXPORT PxDocument *px_html_module_import (const char  *data,
                                                   gsize        size,
                                                   const char  *name,
                                                   GPtrArray   *notices,
                                                   GError     **error);

PxDocument *
px_html_module_import (const char  *data,
                       gsize        size,
                       const char  *name,
                       GPtrArray   *notices,
                       GError     **error)
{
  return px_html_import (data, size, name, notices, error);
}
