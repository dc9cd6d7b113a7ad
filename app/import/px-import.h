/* px-import.h: read articles from files into documents
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-document.h"
#include "px-read.h"

G_BEGIN_DECLS

/* PX_IMPORT_ERROR, its codes and PX_IMPORT_MAX_SIZE are in px-read.h. */

GBytes     *px_import_read_file   (GFile                *file,
                                   gsize                 limit,
                                   GCancellable         *cancellable,
                                   GError              **error);
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
