/* px-export-split.h: the articles in a news-database export
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *headline;
  char *outlet;
  char *date;     /* YYYY-MM-DD when it could be read, else as written */
  char *author;   /* the byline, without "By" */
  char *body;     /* paragraphs separated by blank lines */
} PxExportArticle;

/* Exports hold at most this many articles (Nexis Uni and Factiva let
 * users download a few hundred at a time); more are not read. */
#define PX_EXPORT_MAX_ARTICLES 1000

/* Splits @text (UTF-8, lines separated by "\n", paragraphs by blank
 * lines) into its articles when it is an export of Nexis Uni ("End of
 * Document" after each article, a header block ending in "Body") or
 * Factiva (each article ending in "Document" and an identifier).
 *
 * Returns: (transfer full) (nullable): the articles (of
 * PxExportArticle), or %NULL when @text is not such an export */
GPtrArray *px_export_split              (const char      *text,
                                         gsize            len);
void       px_export_article_free       (PxExportArticle *article);

/* "March 12, 2014 Wednesday", "12 March 2014", "12. März 2014" as
 * YYYY-MM-DD, or %NULL. */
char      *px_export_parse_date         (const char      *text);

G_END_DECLS
