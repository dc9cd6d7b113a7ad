/* px-article-header.c: the head of one article's column
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the outlet (editable in place), the headline and the counts, and
 * offers to remove the article.  Removal is a request: the header emits
 * "remove" and the window decides.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-article-header.h"

struct _PxArticleHeader
{
  GtkBox parent_instance;

  /* Template widgets */
  GtkEditableLabel *outlet_label;
  GtkLabel *title_label;
  GtkLabel *stats_label;

  /* Owned */
  PxDocument *document;
  GBinding *outlet_binding;
};

G_DEFINE_FINAL_TYPE (PxArticleHeader, px_article_header, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_remove_clicked (PxArticleHeader *self)
{
  g_assert (PX_IS_ARTICLE_HEADER (self));

  g_signal_emit (self, signals[REMOVE], 0);
}

static void
set_document (PxArticleHeader *self,
              PxDocument      *document)
{
  g_autofree char *stats = NULL;
  g_autofree char *paragraphs = NULL;
  g_autofree char *words = NULL;
  guint n_paragraphs;
  gsize n_words;

  g_assert (self->document == NULL);

  if (document == NULL)
    return;

  self->document = g_object_ref (document);
  self->outlet_binding =
    g_object_bind_property (document, "outlet", self->outlet_label, "text",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_label_set_text (self->title_label, px_document_get_title (document));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), px_document_get_title (document));

  n_paragraphs = px_document_get_n_paragraphs (document);
  n_words = px_document_get_n_words (document);
  paragraphs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paragraph", "%u paragraphs", n_paragraphs),
                                n_paragraphs);
  words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" G_GSIZE_FORMAT " word",
                                        "%" G_GSIZE_FORMAT " words", n_words), n_words);
  /* Translators: the counts under an article's headline, e.g. "26 paragraphs · 838 words" */
  stats = g_strdup_printf (_("%s · %s"), paragraphs, words);
  gtk_label_set_text (self->stats_label, stats);
}

static void
px_article_header_dispose (GObject *object)
{
  PxArticleHeader *self = (PxArticleHeader *) object;

  g_clear_pointer (&self->outlet_binding, g_binding_unbind);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_ARTICLE_HEADER);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (px_article_header_parent_class)->dispose (object);
}

static void
px_article_header_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PxArticleHeader *self = PX_ARTICLE_HEADER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_article_header_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PxArticleHeader *self = PX_ARTICLE_HEADER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_article_header_class_init (PxArticleHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_article_header_dispose;
  object_class->get_property = px_article_header_get_property;
  object_class->set_property = px_article_header_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PX_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/ui/px-article-header.ui");
  gtk_widget_class_bind_template_child (widget_class, PxArticleHeader, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleHeader, title_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleHeader, stats_label);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
  gtk_widget_class_set_css_name (widget_class, "articleheader");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
px_article_header_init (PxArticleHeader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
px_article_header_new (PxDocument *document)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (document), NULL);

  return g_object_new (PX_TYPE_ARTICLE_HEADER, "document", document, NULL);
}

PxDocument *
px_article_header_get_document (PxArticleHeader *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_HEADER (self), NULL);

  return self->document;
}
