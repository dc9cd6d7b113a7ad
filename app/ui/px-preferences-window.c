/* px-preferences-window.c: the preferences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every control is bound to its GSettings key (g_settings_bind), so the
 * window, the menus and another instance all see one value and nothing
 * here copies it by hand.  What the settings do is elsewhere:
 * px-appearance.c for the look, the window for the comparison options.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-preferences-window.h"

struct _PxPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (PxPreferencesWindow, px_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the colour scheme choices in the combo row. */
static const char *const schemes[] = { "default", "light", "dark" };

static gboolean
scheme_to_index (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_str_equal (scheme, schemes[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
index_to_scheme (const GValue       *value,
                 const GVariantType *type,
                 gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return i < G_N_ELEMENTS (schemes) ? g_variant_new_string (schemes[i]) : NULL;
}

/* A row with a switch bound to a boolean key; the whole row toggles it. */
static GtkWidget *
switch_row (PxPreferencesWindow *self,
            const char          *key,
            const char          *title,
            const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  g_assert (PX_IS_PREFERENCES_WINDOW (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  /* The switch is read out with the row's title, not as "switch". */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  row, NULL, -1);
  gtk_widget_set_name (toggle, key);
  g_settings_bind (self->settings, key, toggle, "active", G_SETTINGS_BIND_DEFAULT);
  return row;
}

static GtkWidget *
appearance_page (PxPreferencesWindow *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *font_row = adw_expander_row_new ();
  GtkWidget *font_choice = adw_action_row_new ();
  GtkWidget *font_button = gtk_font_button_new ();
  GtkWidget *scheme_row = adw_combo_row_new ();
  g_autoptr(GtkStringList) scheme_names = NULL;
  const char *names[] = {
    /* Translators: colour scheme: light or dark as the system is set */
    _("Follow System"),
    /* Translators: colour scheme */
    _("Light"),
    /* Translators: colour scheme */
    _("Dark"),
    NULL,
  };

  g_assert (PX_IS_PREFERENCES_WINDOW (self));

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Appearance"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "applications-graphics-symbolic");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Articles"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (font_row), _("Custom _Font"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (font_row), TRUE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (font_row),
                                 _("Show the articles in a font of your choice"));
  adw_expander_row_set_show_enable_switch (ADW_EXPANDER_ROW (font_row), TRUE);
  g_settings_bind (self->settings, "use-custom-font", font_row, "enable-expansion",
                   G_SETTINGS_BIND_DEFAULT);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (font_choice), _("Article Font"));
  gtk_widget_set_valign (font_button, GTK_ALIGN_CENTER);
  gtk_font_button_set_title (GTK_FONT_BUTTON (font_button), _("Article Font"));
  gtk_font_chooser_set_level (GTK_FONT_CHOOSER (font_button),
                              GTK_FONT_CHOOSER_LEVEL_FAMILY | GTK_FONT_CHOOSER_LEVEL_SIZE |
                              GTK_FONT_CHOOSER_LEVEL_STYLE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (font_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Article Font"), -1);
  g_settings_bind (self->settings, "font", font_button, "font", G_SETTINGS_BIND_DEFAULT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (font_choice), font_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (font_choice), font_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (font_row), font_choice);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), font_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (scheme_row), _("_Colour Scheme"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (scheme_row), TRUE);
  scheme_names = gtk_string_list_new (names);
  adw_combo_row_set_model (ADW_COMBO_ROW (scheme_row), G_LIST_MODEL (scheme_names));
  g_settings_bind_with_mapping (self->settings, "colour-scheme", scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, scheme_to_index, index_to_scheme,
                                NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), scheme_row);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (self, "colour-blind-safe", _("Colour-_Blind-Safe Marks"),
                                         _("Blue, orange and purple instead of green, red and blue")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return page;
}

static GtkWidget *
comparison_page (PxPreferencesWindow *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *same = adw_preferences_group_new ();
  GtkWidget *shown = adw_preferences_group_new ();

  g_assert (PX_IS_PREFERENCES_WINDOW (self));

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Comparison"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "edit-find-replace-symbolic");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (same), _("Count as the Same"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (same),
                                         _("Differences of these kinds are not marked"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (same),
                             switch_row (self, "ignore-case", _("Ignore _Case"),
                                         _("“Senate” and “senate” are the same word")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (same),
                             switch_row (self, "fold-typography", _("Ignore _Typography"),
                                         _("Curly and straight quotes, dashes and hyphens")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (same),
                             switch_row (self, "ignore-punctuation", _("Ignore _Punctuation"),
                                         NULL));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (same));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (shown), _("Shown"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (shown),
                             switch_row (self, "hide-furniture", _("_Hide Page Furniture"),
                                         _("Navigation links, by-lines, time stamps, share buttons")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (shown));
  return page;
}

static void
px_preferences_window_finalize (GObject *object)
{
  PxPreferencesWindow *self = PX_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (px_preferences_window_parent_class)->finalize (object);
}

static void
px_preferences_window_class_init (PxPreferencesWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_preferences_window_finalize;
}

/* libadwaita 1.2 names its search button only in a tooltip, which a
 * screen reader reads as a description: give such buttons the tooltip
 * as their name as well. */
static void
label_from_tooltips (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (child);

      if (GTK_IS_BUTTON (child) && tooltip && gtk_button_get_label (GTK_BUTTON (child)) == NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        tooltip, -1);
      label_from_tooltips (child);
    }
}

static void
px_preferences_window_init (PxPreferencesWindow *self)
{
  self->settings = g_settings_new (APP_ID);
  gtk_window_set_title (GTK_WINDOW (self), _("Preferences"));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (appearance_page (self)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (comparison_page (self)));
  label_from_tooltips (GTK_WIDGET (self));
}

GtkWidget *
px_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (PX_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  gtk_window_present (GTK_WINDOW (px_preferences_window_new (GTK_WINDOW (widget))));
}

/**
 * px_preferences_window_install_action:
 *
 * Gives a window class the action win.preferences (its key is in
 * px-shortcuts.c).
 */
void
px_preferences_window_install_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
}
