/* px-html.h: a saved web page's article text and metadata
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-document.h"

G_BEGIN_DECLS

/* What a page must keep to be read (documented in README): beyond these
 * libxml2 stops (depth) or slows down with the square (attributes). */
#define PX_HTML_MAX_ATTRIBUTES 200
#define PX_HTML_MAX_DEPTH 256

typedef enum {
  PX_HTML_READ,
  PX_HTML_TOO_DEEP,             /* elements nested past PX_HTML_MAX_DEPTH */
  PX_HTML_TOO_MANY_ATTRIBUTES,  /* an element with more than PX_HTML_MAX_ATTRIBUTES */
} PxHtmlRefusal;

typedef struct {
  char *headline;        /* og:title, JSON-LD headline, <h1> or <title> */
  char *site;            /* og:site_name, JSON-LD publisher, or the domain */
  char *author;          /* byline, without "By" */
  char *date;            /* publication date as the page gives it */
  char *url;             /* canonical address, if any */
  GPtrArray *paragraphs; /* of char *: the main text, one block each,
                          * single-line, headings included */
  PxHtmlRefusal refusal; /* why the page was not read, when it was not */
} PxHtmlArticle;

/* Parses @html (UTF-8) with libxml2's HTML parser, with no network access,
 * and extracts the main text and the metadata.  Never fails: a page with
 * no recognisable article gives no paragraphs. */
PxHtmlArticle *px_html_extract       (const char    *html,
                                      gsize          len);
/* The same from the bytes of a file, decoded as a browser would. */
PxHtmlArticle *px_html_extract_bytes (const char    *data,
                                      gsize          len,
                                      const char    *name,
                                      GPtrArray     *notices);
void           px_html_article_free  (PxHtmlArticle *article);

/* The text Parallax compares: the headline, then the paragraphs (without a
 * repeat of the headline), separated by blank lines. */
char          *px_html_article_text  (PxHtmlArticle *article,
                                      gboolean       with_headline);

/* A saved web page as a document (see px-html.c). */
PxDocument    *px_html_import        (const char    *data,
                                      gsize          size,
                                      const char    *name,
                                      GPtrArray     *notices,
                                      GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxHtmlArticle, px_html_article_free)

G_END_DECLS
