/* px-article-header.h: the head of one article's column
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-document.h"

G_BEGIN_DECLS

#define PX_TYPE_ARTICLE_HEADER (px_article_header_get_type ())
G_DECLARE_FINAL_TYPE (PxArticleHeader, px_article_header, PX, ARTICLE_HEADER, GtkBox)

GtkWidget  *px_article_header_new          (PxDocument      *document);
PxDocument *px_article_header_get_document (PxArticleHeader *self);
void        px_article_header_set_place    (PxArticleHeader *self,
                                            gboolean         is_reference,
                                            double           shared,
                                            gboolean         can_move_left,
                                            gboolean         can_move_right);
void        px_article_header_explain_reference (PxArticleHeader *self,
                                                 double           mean_share,
                                                 guint            n_articles);
void        px_article_header_set_date     (PxArticleHeader *self,
                                            const char      *date);
const char *px_article_header_get_stats    (PxArticleHeader *self);

G_END_DECLS
