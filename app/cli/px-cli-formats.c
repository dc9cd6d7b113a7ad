/* px-cli-formats.c: PDF, DOCX and ODT files, for parallax-cli, from
 * modules
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import calls px_pdf_extract() and px_office_extract() for files
 * that sniff as such (px-formats.c).  The window links the real ones;
 * the commands module links these instead, which load the real ones from
 * the parallax-pdf and parallax-office modules the first time such a
 * file comes along, so that a text or web page never loads poppler or
 * libarchive (px-cli.h); and libsoup for web addresses alike.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-cli.h"
#include "px-cli-commands.h"
#include "px-fetch.h"
#include "px-formats.h"
#include "px-import.h"

typedef PxExtract *(*ExtractFunc) (const char *data, gsize size, const char *name,
                                   GPtrArray *notices, GError **error);

PxExtract *
px_pdf_extract (const char  *data,
                gsize        size,
                const char  *name,
                GPtrArray   *notices,
                GError     **error)
{
  ExtractFunc extract = px_cli_module_symbol ("parallax-pdf", "px_pdf_module_extract");

  if (extract == NULL)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” is a PDF, and the PDF reader cannot be loaded (%s): reinstall Parallax"),
                   name, g_module_error ());
      return NULL;
    }
  return extract (data, size, name, notices, error);
}

PxExtract *
px_office_extract (const char  *data,
                   gsize        size,
                   const char  *name,
                   GPtrArray   *notices,
                   GError     **error)
{
  ExtractFunc extract = px_cli_module_symbol ("parallax-office", "px_office_module_extract");

  if (extract == NULL)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” is a Word or OpenDocument file, and their reader cannot be loaded (%s): reinstall Parallax"),
                   name, g_module_error ());
      return NULL;
    }
  return extract (data, size, name, notices, error);
}

typedef GPtrArray *(*FetchFunc) (const char *address, GError **error);

/**
 * px_cli_fetch_articles:
 *
 * The articles at a web address, fetched with the parallax-fetch module
 * (libsoup), with the default limits.
 */
GPtrArray *
px_cli_fetch_articles (const char  *address,
                       GError     **error)
{
  FetchFunc fetch = px_cli_module_symbol ("parallax-fetch", "px_fetch_module_articles");

  if (fetch == NULL)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” is a web address, and the module that fetches pages cannot be loaded (%s): reinstall Parallax"),
                   address, g_module_error ());
      return NULL;
    }
  return fetch (address, error);
}
