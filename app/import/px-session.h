/* px-session.h: a comparison saved as one file (.parallax)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-document.h"
#include "px-notes.h"

G_BEGIN_DECLS

#define PX_SESSION_ERROR (px_session_error_quark ())

typedef enum {
  PX_SESSION_ERROR_READ,      /* the file could not be read */
  PX_SESSION_ERROR_NOT_JSON,  /* damaged: not JSON at all */
  PX_SESSION_ERROR_FOREIGN,   /* JSON, but not a Parallax comparison */
  PX_SESSION_ERROR_NEWER,     /* written by a newer Parallax */
  PX_SESSION_ERROR_INVALID,   /* a Parallax comparison with parts missing or wrong */
  PX_SESSION_ERROR_TOO_LARGE,
} PxSessionError;

/* The format's name and the version written; files of a higher version
 * are refused rather than half read. */
#define PX_SESSION_FORMAT "parallax-comparison"
#define PX_SESSION_VERSION 1
#define PX_SESSION_EXTENSION ".parallax"
#define PX_SESSION_MIME_TYPE "application/x-parallax"
/* Room for a good number of articles at the import limit each. */
#define PX_SESSION_MAX_SIZE (256 * 1024 * 1024)
/* The largest fetched page kept in the file (px_document_get_page()), so
 * that the most articles with the largest pages still fit in
 * PX_SESSION_MAX_SIZE: 20 × 6 MiB, 8 MiB each in base64.  A larger one is
 * left out, and its article reopens from its text alone. */
#define PX_SESSION_MAX_PAGE (6 * 1024 * 1024)

/* What a comparison is made of: the articles in column order, which is
 * the reference, and the options that decide what counts as the same. */
typedef struct _PxSession PxSession;

struct _PxSession {
  GPtrArray *documents;        /* of PxDocument */
  guint reference;
  gboolean ignore_case;
  gboolean fold_typography;
  gboolean ignore_punctuation;
  gboolean hide_furniture;
  /* The speakers the user corrected (px_speaker_corrections_new()):
   * a quotation's words to its speaker, "" for no one named. */
  GHashTable *speakers;
  /* The analyst's notes on rows and quotations (px-notes.h). */
  PxNotes *notes;
};

GQuark     px_session_error_quark (void);

PxSession *px_session_new         (void);
void       px_session_free        (PxSession     *session);
char      *px_session_to_data     (const PxSession *session,
                                   gsize         *length);
PxSession *px_session_from_data   (const char    *data,
                                   gsize          length,
                                   const char    *name,
                                   GError       **error);
gboolean   px_session_save        (const PxSession *session,
                                   GFile         *file,
                                   GCancellable  *cancellable,
                                   GError       **error);
PxSession *px_session_load        (GFile         *file,
                                   GCancellable  *cancellable,
                                   GError       **error);
gboolean   px_session_equal       (const PxSession *a,
                                   const PxSession *b);
gboolean   px_session_is_session_name (const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSession, px_session_free)

G_END_DECLS
