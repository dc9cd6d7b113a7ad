/* px-import.h: read articles from files into documents
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

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
  PX_IMPORT_ERROR_SEVERAL,      /* several articles where one was asked for */
} PxImportError;

/* Files larger than this are refused: a long article is well under 1 MiB
 * and a saved page with inline images a few MiB.  Documented in README. */
#define PX_IMPORT_MAX_SIZE (64 * 1024 * 1024)

GQuark      px_import_error_quark (void);

PxDocument *px_import_bytes       (GBytes               *bytes,
                                   const char           *name,
                                   GError              **error);
PxDocument *px_import_file        (GFile                *file,
                                   GCancellable         *cancellable,
                                   GError              **error);
void        px_import_file_async  (GFile                *file,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
PxDocument *px_import_file_finish (GAsyncResult         *result,
                                   GError              **error);
/* Files that may hold several articles (news-database exports). */
GPtrArray  *px_import_bytes_articles (GBytes             *bytes,
                                      const char         *name,
                                      GError            **error);
GPtrArray  *px_import_file_articles  (GFile              *file,
                                      GCancellable       *cancellable,
                                      GError            **error);
gboolean    px_import_is_stale    (PxDocument           *doc);
PxDocument *px_import_reload      (PxDocument           *doc,
                                   GCancellable         *cancellable,
                                   GError              **error);

G_END_DECLS
