/* px-cli-html-loader.c: loads the web page reader, for parallax-cli
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import calls px_html_import() for every file that sniffs as a web
 * page.  The window links the real one (app/import/px-html.c); the
 * commands module links this one instead, which loads the real one from
 * the parallax-html module the first time a web page comes along.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-cli.h"
#include "px-html.h"
#include "px-import.h"

typedef PxDocument *(*HtmlImportFunc) (const char *data, gsize size, const char *name,
                                       GPtrArray *notices, GError **error);

PxDocument *
px_html_import (const char  *data,
                gsize        size,
                const char  *name,
                GPtrArray   *notices,
                GError     **error)
{
  HtmlImportFunc import = px_cli_module_symbol ("parallax-html", "px_html_module_import");

  if (import == NULL)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” is a web page, and the web page reader cannot be loaded (%s): reinstall Parallax"),
                   name, g_module_error ());
      return NULL;
    }
  return import (data, size, name, notices, error);
}
