/* px-office-module.c: the OFFICE reader as a module loaded on demand
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DOCX and ODT files: libarchive and libxml2: parallax-cli loads them only when a file
 * turns out to need them (see px-html-module.c); the window links
 * px-office.c.  Built with hidden symbols, so that the CLI's own
 * px_office_extract() (which loads this module) does not stand in for the
 * one in here.
 */
#include "config.h"

#include <gmodule.h>

#include "px-formats.h"

G_MODULE_EXPORT PxExtract *px_office_module_extract (const char  *data,
                                                  gsize        size,
                                                  const char  *name,
                                                  GPtrArray   *notices,
                                                  GError     **error);

PxExtract *
px_office_module_extract (const char  *data,
                       gsize        size,
                       const char  *name,
                       GPtrArray   *notices,
                       GError     **error)
{
  return px_office_extract (data, size, name, notices, error);
}
