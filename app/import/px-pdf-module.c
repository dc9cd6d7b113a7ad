/* px-pdf-module.c: the PDF reader as a module loaded on demand
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDF files: poppler: parallax-cli loads them only when a file
 * turns out to need them (see px-html-module.c); the window links
 * px-pdf.c.  Built with hidden symbols, so that the CLI's own
 * px_pdf_extract() (which loads this module) does not stand in for the
 * one in here.
 */
#include "config.h"

#include <gmodule.h>

#include "px-formats.h"

G_MODULE_EXPORT PxExtract *px_pdf_module_extract (const char  *data,
                                                  gsize        size,
                                                  const char  *name,
                                                  GPtrArray   *notices,
                                                  GError     **error);

PxExtract *
px_pdf_module_extract (const char  *data,
                       gsize        size,
                       const char  *name,
                       GPtrArray   *notices,
                       GError     **error)
{
  return px_pdf_extract (data, size, name, notices, error);
}
