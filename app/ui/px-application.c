/* px-application.c: the Parallax application
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A single instance: "parallax FILE…" run again hands its files to the
 * window already open (GApplication's open).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-application.h"
#include "px-settings.h"
#include "px-shortcuts.h"
#include "px-window.h"

struct _PxApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PxApplication, px_application, ADW_TYPE_APPLICATION)

static PxWindow *
get_window (PxApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  g_assert (PX_IS_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (px_window_new (ADW_APPLICATION (self)));
  return PX_WINDOW (window);
}

static void
px_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (PX_APPLICATION (app))));
}

static void
px_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  PxWindow *window = get_window (PX_APPLICATION (app));

  px_window_open_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Parallax authors", NULL };

  g_assert (PX_IS_APPLICATION (app));

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Parallax"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Parallax authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Compare news articles about the same event, word by word"),
                         "website", "https://github.com/parallax/parallax",
                         "issue-url", "https://github.com/parallax/parallax/issues",
                         "developers", developers,
                         "copyright", "© 2026 The Parallax authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: your names, one per line, as credit in the About window */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  g_assert (PX_IS_APPLICATION (user_data));

  /* Each window is asked to close, so that one with unsaved changes
   * can ask first; the application ends with its last window. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
px_application_startup (GApplication *app)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  G_APPLICATION_CLASS (px_application_parent_class)->startup (app);

  px_settings_migrate (settings);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  px_shortcuts_set_accels (GTK_APPLICATION (app));
}

static void
px_application_class_init (PxApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = px_application_activate;
  app_class->open = px_application_open;
  app_class->startup = px_application_startup;
}

static void
px_application_init (PxApplication *self)
{
}

PxApplication *
px_application_new (void)
{
  return g_object_new (PX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/parallax/Parallax",
                       NULL);
}
