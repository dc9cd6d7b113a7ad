/* px-read.h: read a file whole, with a byte limit, whatever kind of file it is
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib and POSIX only: parallax-cli's word diff, which links GLib alone,
 * reads its files with it too.  Importers call px_import_read_file().
 */
#pragma once

#include <glib.h>

#include "px-document.h"

G_BEGIN_DECLS

#define PX_IMPORT_ERROR (px_import_error_quark ())

typedef enum {
  PX_IMPORT_ERROR_NOT_FOUND,
  PX_IMPORT_ERROR_NOT_READABLE,
  PX_IMPORT_ERROR_IS_DIRECTORY,
  PX_IMPORT_ERROR_EMPTY,
  PX_IMPORT_ERROR_TOO_LARGE,
  PX_IMPORT_ERROR_BINARY,
  PX_IMPORT_ERROR_ENCODING,
  PX_IMPORT_ERROR_CANCELLED,
  PX_IMPORT_ERROR_SEVERAL,      /* several articles where one was asked for */
} PxImportError;

/* Files larger than this are refused: a long article is well under 1 MiB
 * and a saved page with inline images a few MiB.  Documented in README. */
#define PX_IMPORT_MAX_SIZE (64 * 1024 * 1024)
/* An article's text, after decoding and extraction, is at most this
 * long (about 170,000 words: a book, not an article), and none of its
 * lines (paragraphs) longer than PX_IMPORT_MAX_LINE: the comparison's
 * work grows faster than the length.  An outlet name is at most
 * PX_IMPORT_MAX_OUTLET characters.  Documented in README. */
#define PX_IMPORT_MAX_TEXT (1024 * 1024)
#define PX_IMPORT_MAX_LINE (256 * 1024)
#define PX_IMPORT_MAX_OUTLET PX_DOCUMENT_MAX_OUTLET

GQuark  px_import_error_quark (void);

char   *px_read_file          (const char  *path,
                               const char  *name,
                               gsize        limit,
                               int          cancel_fd,
                               gsize       *length,
                               GError     **error);

G_END_DECLS
