/* px-formats.h: articles in PDF and office documents, and what their
 * readers share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-document.h"

G_BEGIN_DECLS

/* What a reader took out of a file: the text and the metadata. */
typedef struct {
  char *headline;        /* the document's title, if it names one */
  char *author;
  char *date;            /* YYYY-MM-DD */
  char *site;
  GPtrArray *paragraphs; /* of char *: single-line paragraphs, headings included */
} PxExtract;

typedef enum {
  PX_FORMAT_KIND_NONE,   /* text or a web page: px-import.c reads it */
  PX_FORMAT_KIND_PDF,
  PX_FORMAT_KIND_OFFICE, /* a ZIP archive, which may be DOCX or ODT */
} PxFormatKind;

PxExtract   *px_extract_new             (void);
void         px_extract_free            (PxExtract    *extract);

/* Which reader @data (a file's first bytes) is for. */
PxFormatKind px_format_sniff            (const char   *data,
                                         gsize         len);

/* Reads a PDF, DOCX or ODT file into its articles: one for an article,
 * several for a news-database export (px-export-split.h).  @notices gets
 * what the reader changed or dropped. */
GPtrArray   *px_format_import           (PxFormatKind  kind,
                                         const char   *data,
                                         gsize         size,
                                         const char   *name,
                                         GPtrArray    *notices,
                                         GError      **error);

/* The documents in @text (an article, or an export of several), with
 * @extract's metadata for a single article.  @extract may be NULL. */
GPtrArray   *px_format_documents        (const char   *text,
                                         gsize         len,
                                         PxExtract    *extract,
                                         const char   *name,
                                         GError      **error);

/* The articles of @text when it is a news-database export, else %NULL. */
GPtrArray   *px_format_split_documents  (const char   *text,
                                         gsize         len,
                                         const char   *name);

/* The readers (px-pdf.c, px-office.c); parallax-cli provides its own,
 * which load them from modules (app/cli). */
PxExtract   *px_pdf_extract             (const char   *data,
                                         gsize         size,
                                         const char   *name,
                                         GPtrArray    *notices,
                                         GError      **error);
PxExtract   *px_office_extract          (const char   *data,
                                         gsize         size,
                                         const char   *name,
                                         GPtrArray    *notices,
                                         GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxExtract, px_extract_free)

G_END_DECLS
