/* test-shortcuts.c: the one table of shortcuts, and what is built from it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shortcuts window lists exactly the table's entries, in its order
 * and groups; every key of the table is bound on the window or set on
 * the application, to the table's action; and every action exists.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "px-application.h"
#include "px-shortcuts.h"
#include "ui-test.h"

static const char *
translated (const char *message)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window", message);
}

/* The shortcuts of @overlay's sections, in the order they show (its
 * search page holds copies of them, outside the sections). */
static GPtrArray *
section_shortcuts (GtkShortcutsWindow *overlay)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *found = g_ptr_array_new ();

  ui_test_collect_all (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_SHORTCUT, all);
  for (guint i = 0; i < all->len; i++)
    if (gtk_widget_get_ancestor (g_ptr_array_index (all, i), GTK_TYPE_SHORTCUTS_SECTION))
      g_ptr_array_add (found, g_ptr_array_index (all, i));
  return found;
}

static void
test_window_lists_table (void)
{
  PxWindow *window = px_window_new (NULL);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr(GPtrArray) found = NULL;
  guint n;
  const PxShortcut *table = px_shortcuts_get (&n);

  g_assert_nonnull (overlay);
  found = section_shortcuts (overlay);
  g_assert_cmpuint (found->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *shortcut = g_ptr_array_index (found, i);
      GtkWidget *group = gtk_widget_get_ancestor (shortcut, GTK_TYPE_SHORTCUTS_GROUP);
      g_autofree char *title = NULL, *accelerator = NULL, *group_title = NULL;

      g_object_get (shortcut, "title", &title, "accelerator", &accelerator, NULL);
      g_object_get (group, "title", &group_title, NULL);
      g_assert_cmpstr (title, ==, translated (table[i].title));
      g_assert_cmpstr (accelerator, ==, table[i].shown ? table[i].shown : table[i].accels);
      g_assert_cmpstr (group_title, ==, translated (table[i].group));
    }
  gtk_window_present (GTK_WINDOW (overlay));
  ui_test_save_screenshot (overlay, "shortcuts-window");
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_drain ();
}

/* Whether @window has the action @name (with its prefix). */
static gboolean
has_action (PxWindow *window, const char *name)
{
  const char *dot = strchr (name, '.');
  gpointer klass = G_OBJECT_GET_CLASS (window);
  const char *installed, *property;
  const GVariantType *parameter;
  GType owner;

  if (g_str_has_prefix (name, "win.") && g_action_group_has_action (G_ACTION_GROUP (window), dot + 1))
    return TRUE;   /* GtkApplicationWindow's own, as show-help-overlay */
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &installed, &parameter, &property); i++)
    if (g_strcmp0 (installed, name) == 0)
      return TRUE;
  return FALSE;
}

/* Whether a binding of @keyval with @modifiers on @widget runs @action.
 * Two entries of the table may share a key when at most one of their
 * actions is enabled at a time: GTK passes over a disabled action to
 * the next binding (Escape cancels a comparison under way, and closes
 * the quote panel otherwise). */
static gboolean
key_runs (GtkWidget *widget, guint keyval, GdkModifierType modifiers, const char *action)
{
  g_autoptr(GPtrArray) shortcuts = ui_test_named_shortcuts (widget);

  for (guint i = 0; i < shortcuts->len; i++)
    {
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcuts->pdata[i]);

      if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
          gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers &&
          g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (gtk_shortcut_get_action (shortcuts->pdata[i]))),
                       action))
        return TRUE;
    }
  return FALSE;
}

static void
test_window_keys_bound (void)
{
  PxWindow *window = px_window_new (NULL);
  guint n, n_bound = 0;
  const PxShortcut *table = px_shortcuts_get (&n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) accels = g_strsplit (table[i].accels, " ", -1);

      if (g_str_has_prefix (table[i].action, "win.") || g_str_has_prefix (table[i].action, "window."))
        g_assert_true (has_action (window, table[i].action));
      if (!(table[i].scope & PX_SHORTCUT_WINDOW))
        continue;
      for (guint a = 0; accels[a]; a++)
        {
          guint keyval;
          GdkModifierType modifiers;

          g_assert_true (gtk_accelerator_parse (accels[a], &keyval, &modifiers));
          if (!key_runs (GTK_WIDGET (window), keyval, modifiers, table[i].action))
            g_error ("%s does not run %s", accels[a], table[i].action);
          n_bound++;
        }
    }
  /* No binding on the window that the table does not hold. */
  {
    g_autoptr(GPtrArray) bound = ui_test_named_shortcuts (GTK_WIDGET (window));

    g_assert_cmpuint (n_bound, ==, bound->len);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_drain ();
}

static void
test_application_accels_set (void)
{
  g_autoptr(GtkApplication) app = g_object_new (PX_TYPE_APPLICATION,
                                                "application-id", "io.github.parallax.Parallax.TestShortcuts",
                                                "flags", G_APPLICATION_NON_UNIQUE,
                                                NULL);
  g_autoptr(GError) error = NULL;
  guint n, n_set = 0;
  const PxShortcut *table = px_shortcuts_get (&n);

  /* Registering runs the application's startup, which sets them. */
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) set = gtk_application_get_accels_for_action (app, table[i].action);

      if (table[i].scope & PX_SHORTCUT_APPLICATION)
        {
          g_auto(GStrv) want = g_strsplit (table[i].accels, " ", -1);

          /* The same keys, as GTK writes them back in its own order. */
          g_assert_cmpuint (g_strv_length (set), ==, g_strv_length (want));
          for (guint a = 0; want[a]; a++)
            {
              guint keyval, set_keyval;
              GdkModifierType modifiers, set_modifiers;

              g_assert_true (gtk_accelerator_parse (want[a], &keyval, &modifiers));
              g_assert_true (gtk_accelerator_parse (set[a], &set_keyval, &set_modifiers));
              g_assert_cmpuint (keyval, ==, set_keyval);
              g_assert_cmpuint (modifiers, ==, set_modifiers);
            }
          n_set++;
        }
      else
        g_assert_cmpuint (g_strv_length (set), ==, 0);
    }
  g_assert_cmpuint (n_set, >, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/shortcuts/window-lists-table", test_window_lists_table);
  g_test_add_func ("/shortcuts/window-keys-bound", test_window_keys_bound);
  g_test_add_func ("/shortcuts/application-accels-set", test_application_accels_set);
  return g_test_run ();
}
