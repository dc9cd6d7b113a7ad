/* px-html-private.h: what the web page reader's files share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * px-html.c finds the article text, px-html-metadata.c the headline,
 * outlet, author, date and address; px-html-nodes.c holds the libxml2
 * node helpers both use.
 */
#pragma once

#include <libxml/tree.h>

#include "px-html.h"

G_BEGIN_DECLS

/* Nodes deeper than this are not walked: the parser caps depth anyway, and
 * a page nested this deep is a table layout whose leaves still count. */
#define PX_HTML_WALK_DEPTH 400

/* Elements that never hold article text (scripts, controls, media...). */
extern const char * const px_html_never_text[];

gboolean  px_html_name_is          (xmlNode            *node,
                                    const char         *name);
gboolean  px_html_name_in          (xmlNode            *node,
                                    const char * const *names);
char     *px_html_get_attr         (xmlNode            *node,
                                    const char         *name);
/* Appends @text with runs of white space collapsed to one space; returns
 * the characters appended. */
gsize     px_html_append_collapsed (GString            *out,
                                    const char         *text);
char     *px_html_collapse         (const char         *text);
char     *px_html_node_text        (xmlNode            *node);
/* Sets *@field to @value (taking it) unless it is set already or @value
 * is empty; frees @value otherwise. */
void      px_html_set_once         (char              **field,
                                    char               *value);
gboolean  px_html_word_in          (const char         *word,
                                    const char * const *list);
void      px_html_class_words      (const char         *value,
                                    GPtrArray          *out);

/* Reads the page's metadata (meta tags, JSON-LD, <h1>, <time>, the byline
 * in @body) into the headline, site, date, author and url of @article. */
void      px_html_read_metadata    (xmlDoc             *doc,
                                    xmlNode            *body,
                                    PxHtmlArticle      *article);

G_END_DECLS
