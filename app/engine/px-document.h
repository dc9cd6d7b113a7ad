/* px-document.h: one article: its text, paragraphs and outlet label
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "px-tokenizer.h"

G_BEGIN_DECLS

typedef struct {
  guint32 start;     /* byte offset of the first character */
  guint32 end;       /* byte offset past the last character */
  guint32 n_words;
  guint32 flags;     /* PxParagraphFlags */
} PxParagraph;

typedef enum {
  PX_PARAGRAPH_WRAPPED = 1 << 0,   /* joined from hard-wrapped lines */
} PxParagraphFlags;

/* An outlet label is one line of at most this many characters: longer
 * ones (a page's site name may be anything) are cut and end in "…", so
 * every label fits a column header and reads back from a saved
 * comparison. */
#define PX_DOCUMENT_MAX_OUTLET 100

#define PX_TYPE_DOCUMENT (px_document_get_type ())
G_DECLARE_FINAL_TYPE (PxDocument, px_document, PX, DOCUMENT, GObject)

PxDocument        *px_document_new              (const char *text,
                                                 gssize      len,
                                                 const char *outlet);
const char        *px_document_get_text         (PxDocument *self,
                                                 gsize      *len);
const char        *px_document_get_outlet       (PxDocument *self);
void               px_document_set_outlet       (PxDocument *self,
                                                 const char *outlet);
const char        *px_document_get_source       (PxDocument *self);
void               px_document_set_source       (PxDocument *self,
                                                 const char *source);
const char        *px_document_get_title        (PxDocument *self);
int                px_document_get_title_paragraph (PxDocument *self);
guint              px_document_get_n_paragraphs (PxDocument *self);
const PxParagraph *px_document_get_paragraph    (PxDocument *self,
                                                 guint       index);
char              *px_document_dup_paragraph_text (PxDocument *self,
                                                   guint       index);
/* The tokens of paragraph @index, as px_tokenize() gives them for its
 * range (offsets into the whole text).  Worked out for every paragraph
 * on first use and kept: the comparison and the quotations both read
 * every paragraph's.  Safe to call from several threads. */
const PxToken     *px_document_get_paragraph_tokens (PxDocument *self,
                                                     guint       index,
                                                     guint      *n_tokens);
/* The tokens of every paragraph, those of one paragraph after those of
 * the one before (px_document_get_paragraph_tokens() of paragraph i is
 * a part of this array); NULL when there are no paragraphs. */
const PxToken     *px_document_get_tokens       (PxDocument *self,
                                                 guint      *n_tokens);
gsize              px_document_get_n_words      (PxDocument *self);

/* Splits @text into paragraphs (an array of PxParagraph).  Exposed for tests. */
GArray            *px_split_paragraphs          (const char *text,
                                                 gsize       len);

void               px_documents_make_outlets_unique (PxDocument **docs,
                                                     guint        n_docs);

/* An outlet label made from a file's base name: its numbering prefix and
 * extension dropped, spelled as the outlet spells itself when it is a
 * known one ("2-cnn.txt" gives "CNN", "5-cnsnews.txt" "CNSNews"), else as
 * the file writes it ("1_1ecbplus.txt" gives "1_1ecbplus"). */
char              *px_outlet_from_filename      (const char *basename);

/* Source metadata, filled in by the importer (all may be NULL). */
const char        *px_document_get_headline     (PxDocument *self);
void               px_document_set_headline     (PxDocument *self,
                                                 const char *headline);
const char        *px_document_get_site         (PxDocument *self);
void               px_document_set_site         (PxDocument *self,
                                                 const char *site);
const char        *px_document_get_author       (PxDocument *self);
void               px_document_set_author       (PxDocument *self,
                                                 const char *author);
const char        *px_document_get_date         (PxDocument *self);
void               px_document_set_date         (PxDocument *self,
                                                 const char *date);
/* The file the document was read from (a URI) and its modification time in
 * microseconds since the epoch, so a changed file can be offered for reload. */
const char        *px_document_get_origin       (PxDocument *self,
                                                 gint64     *mtime);
void               px_document_set_origin       (PxDocument *self,
                                                 const char *uri,
                                                 gint64      mtime);
/* The web page a fetched document was read from, as it came (the bytes
 * of the response), so that a saved comparison keeps it and reads it
 * again offline; NULL for anything else. */
GBytes            *px_document_get_page         (PxDocument *self);
void               px_document_set_page         (PxDocument *self,
                                                 GBytes     *page);
/* Notices: one-line messages about what the importer changed
 * (an encoding converted, bytes replaced). */
void               px_document_add_notice       (PxDocument *self,
                                                 const char *notice);
const char * const *px_document_get_notices     (PxDocument *self,
                                                 guint      *n_notices);

/* A primary source (transcript, speech, press release) rather than an
 * article: the articles' quotations are checked against it (px-source-check.h). */
void               px_document_set_primary_source (PxDocument *self,
                                                   gboolean    primary_source);
gboolean           px_document_get_primary_source (PxDocument *self);

G_END_DECLS
