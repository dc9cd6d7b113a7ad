/* px-article-header.c: the head of one article's column
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the outlet (editable in place), the headline, the date where
 * known, the counts and the share of its words found in the reference,
 * and offers to make the article the reference, move its column or
 * remove it.  Those are requests: the header emits "make-reference",
 * "move" or "remove" and the window decides.  An article fetched from
 * the web offers to fetch its page again ("win.reload-page").
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-article-header.h"
#include "px-similarity.h"
#include "px-tooltip.h"

struct _PxArticleHeader
{
  GtkBox parent_instance;

  /* Children (built in code: a template cost a tenth of the first paint) */
  GtkEditableLabel *outlet_label;
  GtkLabel *title_label;
  GtkLabel *date_label;
  GtkLabel *stats_label;
  GtkWidget *reference_icon;
  GtkWidget *reference_button;
  GtkWidget *source_badge;

  /* Owned */
  PxDocument *document;
  GBinding *outlet_binding;
  char *counts;            /* "26 paragraphs · 838 words" */
};

G_DEFINE_FINAL_TYPE (PxArticleHeader, px_article_header, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_PRIMARY_SOURCE,
  N_PROPS
};

enum {
  REMOVE,
  MAKE_REFERENCE,
  MOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
make_reference_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  g_signal_emit (widget, signals[MAKE_REFERENCE], 0);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  g_signal_emit (widget, signals[MOVE], 0, g_str_equal (action_name, "column.move-left") ? -1 : 1);
}

/* Asks the window to fetch the page again (px-window-address.c). */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PxArticleHeader *self = PX_ARTICLE_HEADER (widget);
  const char *origin = px_document_get_origin (self->document, NULL);

  if (origin)
    gtk_widget_activate_action (widget, "win.reload-page", "s", origin);
}

/* A primary source says so in its header, and is no candidate reference. */
static void
on_primary_source_notify (PxArticleHeader *self)
{
  gboolean source = px_document_get_primary_source (self->document);

  g_assert (PX_IS_ARTICLE_HEADER (self));

  gtk_widget_set_visible (self->source_badge, source);
  if (source)
    gtk_widget_add_css_class (GTK_WIDGET (self), "primary-source");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "primary-source");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIMARY_SOURCE]);
}

static void
set_document (PxArticleHeader *self,
              PxDocument      *document)
{
  g_autofree char *paragraphs = NULL;
  g_autofree char *words = NULL;
  const char *headline;
  guint n_paragraphs;
  gsize n_words;

  g_assert (PX_IS_ARTICLE_HEADER (self));
  g_assert (self->document == NULL);

  if (document == NULL)
    return;

  self->document = g_object_ref (document);
  self->outlet_binding =
    g_object_bind_property (document, "outlet", self->outlet_label, "text",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (document, "notify::primary-source", G_CALLBACK (on_primary_source_notify),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_visible (self->source_badge, px_document_get_primary_source (document));
  /* A web page's own headline and date, where it gave them. */
  headline = px_document_get_headline (document) ? px_document_get_headline (document)
                                                 : px_document_get_title (document);
  gtk_label_set_text (self->title_label, headline);
  px_tooltip_set_text (GTK_WIDGET (self->title_label), headline);
  /* A page fetched from the web: where from and when (a saved comparison
   * keeps both, and reopens without fetching). */
  {
    gint64 fetched = 0;
    const char *origin = px_document_get_origin (document, &fetched);

    if (origin && (g_str_has_prefix (origin, "http://") || g_str_has_prefix (origin, "https://")))
      {
        g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (fetched / G_USEC_PER_SEC);
        g_autofree char *at = when ? g_date_time_format (when, "%Y-%m-%d %H:%M") : g_strdup ("?");
        /* Translators: tooltip of a fetched article's headline: the headline, then its web
         * address and the date and time it was fetched */
        g_autofree char *tooltip = g_strdup_printf (_("%s\nFetched from %s on %s"), headline, origin, at);

        px_tooltip_set_text (GTK_WIDGET (self->title_label), tooltip);
      }
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.reload",
                                   origin && (g_str_has_prefix (origin, "http://") ||
                                              g_str_has_prefix (origin, "https://")));
  }
  px_article_header_set_date (self, px_document_get_date (document));

  n_paragraphs = px_document_get_n_paragraphs (document);
  n_words = px_document_get_n_words (document);
  paragraphs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paragraph", "%u paragraphs", n_paragraphs),
                                n_paragraphs);
  /* %lu, not G_GSIZE_FORMAT: xgettext cannot read a macro inside a message */
  words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu word", "%lu words", n_words),
                           (gulong) n_words);
  /* Translators: the counts under an article's headline, e.g. "26 paragraphs · 838 words" */
  self->counts = g_strdup_printf (_("%s · %s"), paragraphs, words);
  gtk_label_set_text (self->stats_label, self->counts);
}

static void
px_article_header_dispose (GObject *object)
{
  PxArticleHeader *self = (PxArticleHeader *) object;

  g_clear_pointer (&self->outlet_binding, g_binding_unbind);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (px_article_header_parent_class)->dispose (object);
}

static void
px_article_header_finalize (GObject *object)
{
  PxArticleHeader *self = (PxArticleHeader *) object;

  g_free (self->counts);
  G_OBJECT_CLASS (px_article_header_parent_class)->finalize (object);
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
    case PROP_PRIMARY_SOURCE:
      g_value_set_boolean (value, self->document && px_document_get_primary_source (self->document));
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
    case PROP_PRIMARY_SOURCE:
      if (self->document)
        px_document_set_primary_source (self->document, g_value_get_boolean (value));
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
  object_class->finalize = px_article_header_finalize;
  object_class->get_property = px_article_header_get_property;
  object_class->set_property = px_article_header_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PX_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The article's document is a primary source (px_document_set_primary_source()):
   * the header menu's check item. */
  properties[PROP_PRIMARY_SOURCE] =
    g_param_spec_boolean ("primary-source", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MAKE_REFERENCE] = g_signal_new ("make-reference", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PxArticleHeader::move:
   * @delta: -1 to move the column left, +1 to move it right
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "column.make-reference", NULL, make_reference_action);
  gtk_widget_class_install_action (widget_class, "column.move-left", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "column.move-right", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "column.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "column.reload", NULL, reload_action);
  gtk_widget_class_install_property_action (widget_class, "column.primary-source", "primary-source");
  gtk_widget_class_set_css_name (widget_class, "articleheader");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The column menu, read from its .ui file the first time a header's
 * menu opens (a popover menu per header, made up front, was a twentieth
 * of the first paint), and shared by every header from then on. */
static void
create_column_menu (GtkMenuButton *button,
                    gpointer       user_data)
{
  static GMenuModel *menu;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  if (menu == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/parallax/Parallax/ui/px-article-header.ui");

      menu = g_object_ref (G_MENU_MODEL (gtk_builder_get_object (builder, "column_menu")));
    }
  gtk_menu_button_set_menu_model (button, menu);
}

static void
set_accessible_label (GtkWidget *widget, const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static GtkWidget *
round_button (GtkWidget *button, const char *icon, const char *tooltip, const char *label)
{
  if (GTK_IS_MENU_BUTTON (button))
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), icon);
  else
    gtk_button_set_icon_name (GTK_BUTTON (button), icon);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  px_tooltip_set_text (button, tooltip);
  set_accessible_label (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  return button;
}

static GtkLabel *
caption (GtkWidget *box, gboolean ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (ellipsize)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
px_article_header_init (PxArticleHeader *self)
{
  GtkWidget *box = GTK_WIDGET (self);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *button;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 2);
  gtk_widget_add_css_class (box, "article-header");

  self->reference_icon = gtk_image_new_from_icon_name ("starred-symbolic");
  gtk_widget_set_visible (self->reference_icon, FALSE);
  px_tooltip_set_text (self->reference_icon, _("The reference: the other articles are compared with this one"));
  set_accessible_label (self->reference_icon, _("Reference article"));
  gtk_widget_add_css_class (self->reference_icon, "accent");
  gtk_box_append (GTK_BOX (line), self->reference_icon);

  self->reference_button = round_button (gtk_button_new (), "non-starred-symbolic",
                                         _("Make Reference: compare the others with this article"),
                                         _("Make reference"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reference_button), "column.make-reference");
  gtk_box_append (GTK_BOX (line), self->reference_button);

  self->outlet_label = GTK_EDITABLE_LABEL (gtk_editable_label_new (""));
  gtk_widget_set_hexpand (GTK_WIDGET (self->outlet_label), TRUE);
  px_tooltip_set_text (GTK_WIDGET (self->outlet_label), _("Outlet name: click to rename"));
  set_accessible_label (GTK_WIDGET (self->outlet_label), _("Outlet name"));
  gtk_widget_add_css_class (GTK_WIDGET (self->outlet_label), "heading");
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->outlet_label));

  button = round_button (gtk_menu_button_new (), "view-more-symbolic", _("Column Menu"), _("Column Menu"));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_column_menu, NULL, NULL);
  gtk_box_append (GTK_BOX (line), button);

  button = round_button (gtk_button_new (), "window-close-symbolic", _("Remove Article"), _("Remove article"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "column.remove");
  gtk_box_append (GTK_BOX (line), button);
  gtk_box_append (GTK_BOX (self), line);

  self->source_badge = gtk_label_new (_("Primary source"));
  gtk_label_set_xalign (GTK_LABEL (self->source_badge), 0);
  gtk_widget_set_visible (self->source_badge, FALSE);
  px_tooltip_set_text (self->source_badge,
                               _("Primary source: the record of what was said, which the articles’ quotations are checked against"));
  gtk_widget_add_css_class (self->source_badge, "caption-heading");
  gtk_widget_add_css_class (self->source_badge, "accent");
  gtk_box_append (GTK_BOX (self), self->source_badge);

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_label_set_ellipsize (self->title_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (self->title_label, 20);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->title_label));

  self->date_label = caption (box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), FALSE);
  self->stats_label = caption (box, TRUE);
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

/**
 * px_article_header_set_place:
 * @is_reference: the article is the reference
 * @shared: share of the article's words found in the reference, from 0
 *   to 1, or a negative number while it is not known
 * @can_move_left: there is a column on the left
 * @can_move_right: there is a column on the right
 *
 * Shows where the article stands in the comparison.
 */
void
px_article_header_set_place (PxArticleHeader *self,
                             gboolean         is_reference,
                             double           shared,
                             gboolean         can_move_left,
                             gboolean         can_move_right)
{
  g_autofree char *stats = NULL;

  gboolean source;

  g_return_if_fail (PX_IS_ARTICLE_HEADER (self));

  /* A primary source is not compared as an outlet: it is no reference. */
  source = px_document_get_primary_source (self->document) && !is_reference;
  gtk_widget_set_visible (self->reference_icon, is_reference);
  gtk_widget_set_visible (self->reference_button, !is_reference && !source);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.make-reference", !is_reference && !source);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.move-left", can_move_left);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.move-right", can_move_right);
  if (is_reference)
    gtk_widget_add_css_class (GTK_WIDGET (self), "reference");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "reference");

  if (is_reference)
    /* Translators: the counts, then (second line) that this column is the baseline */
    stats = g_strdup_printf (_("%s\nThe reference"), self->counts);
  else if (source)
    /* Translators: the counts, then (second line) what a primary source is for */
    stats = g_strdup_printf (_("%s\nThe articles’ quotations are checked against it"), self->counts);
  else if (shared >= 0)
    {
      g_autofree char *percent = px_similarity_percent (shared);

      /* Translators: the counts, then (second line) the share of the article's words the reference has too */
      stats = g_strdup_printf (_("%s\n%s of its words shared with the reference"), self->counts, percent);
    }
  else
    stats = g_strdup (self->counts);
  gtk_label_set_text (self->stats_label, stats);
  px_tooltip_set_text (GTK_WIDGET (self->stats_label), stats);
}

/**
 * px_article_header_explain_reference:
 * @mean_share: the article's mean share of words with the others, 0 to 1
 * @n_articles: how many articles are compared
 *
 * Says, under the reference's counts, why the comparison chose it: it is
 * the most central article.  Of two, both are as central as the other,
 * and the first stays the reference (px_reference_choose()): that is
 * what it says then, not that it shares the most words.  Call after
 * px_article_header_set_place().
 */
void
px_article_header_explain_reference (PxArticleHeader *self,
                                     double           mean_share,
                                     guint            n_articles)
{
  g_autofree char *stats = NULL;
  g_autofree char *percent = NULL;

  g_return_if_fail (PX_IS_ARTICLE_HEADER (self));

  percent = px_similarity_percent (mean_share);
  if (n_articles == 2)
    /* Translators: the counts, then why this column of two is the
     * baseline; the second %s is a percentage ("62 %", "under 1 %") */
    stats = g_strdup_printf (_("%s\nThe reference: the first of the two;\nthey share %s of their words"),
                             self->counts, percent);
  else
    /* Translators: the counts, then why this column is the baseline; the
     * second %s is a percentage ("62 %", "under 1 %") */
    stats = g_strdup_printf (_("%s\nThe reference: it shares the most words\nwith the others (%s on average)"),
                             self->counts, percent);
  gtk_label_set_text (self->stats_label, stats);
  px_tooltip_set_text (GTK_WIDGET (self->stats_label), stats);
}

/**
 * px_article_header_set_date:
 * @date: (nullable): the article's date as the reader should see it, or
 *   %NULL when it is not known
 */
void
px_article_header_set_date (PxArticleHeader *self,
                            const char      *date)
{
  g_return_if_fail (PX_IS_ARTICLE_HEADER (self));

  gtk_label_set_text (self->date_label, date ? date : "");
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), date != NULL && *date);
}

const char *
px_article_header_get_stats (PxArticleHeader *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_HEADER (self), NULL);

  return gtk_label_get_text (self->stats_label);
}
