/* test-working-accessible.c: every control of the window and of the preferences
 * has a name for assistive technology (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "px-appearance.h"
#include "px-compare.h"
#include "px-overview-page.h"
#include "px-preferences-window.h"
#include "px-row-model.h"
#include "px-session.h"
#include "px-window-private.h"
#include "ui-test.h"

static gboolean
has_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (has_text (child))
      return TRUE;
  return FALSE;
}

/* Controls on screen a screen reader could only call "button". */
static void
find_unlabelled (GtkWidget *widget, GString *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean control = GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child);

      if (!gtk_widget_get_mapped (child))
        continue;
      if (control && !has_text (child) &&
          /* (has_relation LABELLED_BY answers yes for any button in 4.8) */
          !gtk_test_accessible_has_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_string_append_printf (out, " %s(%s) in %s", G_OBJECT_TYPE_NAME (child),
                                gtk_widget_get_tooltip_text (child) ? gtk_widget_get_tooltip_text (child) : "?",
                                G_OBJECT_TYPE_NAME (widget));
      /* A menu button's own button is labelled by it; a font button's
       * shows the font's name. */
      if (!GTK_IS_MENU_BUTTON (child) && !GTK_IS_FONT_BUTTON (child))
        find_unlabelled (child, out);
    }
}

static void
assert_labelled (GtkWidget *root)
{
  g_autoptr(GString) unlabelled = g_string_new (NULL);

  ui_test_wait_frames (root, 2);
  find_unlabelled (root, unlabelled);
  if (unlabelled->len > 0)
    g_error ("controls without a label for screen readers:%s", unlabelled->str);
}

static void
test_accessible_labels (void)
{
  PxWindow *window = ui_test_new_window ();
  PxPreferencesWindow *prefs;

  ui_test_reset_all_settings ();
  assert_labelled (GTK_WIDGET (window));
  ui_test_destroy_and_drain (window);

  /* The check finds an icon-only button nobody labelled. */
  {
    GtkWidget *bare = gtk_window_new ();
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
    GtkWidget *icon = gtk_button_new_from_icon_name ("edit-delete-symbolic");
    g_autoptr(GString) found = g_string_new (NULL);

    gtk_box_append (GTK_BOX (box), icon);
    gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Text"));
    gtk_window_set_child (GTK_WINDOW (bare), box);
    gtk_window_present (GTK_WINDOW (bare));
    while (!gtk_widget_get_mapped (icon))
      g_main_context_iteration (NULL, TRUE);
    find_unlabelled (bare, found);
    g_assert_cmpstr (found->str, ==, " GtkButton(?) in GtkBox");
    gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "Delete", -1);
    g_string_truncate (found, 0);
    find_unlabelled (bare, found);
    g_assert_cmpstr (found->str, ==, "");
    gtk_window_destroy (GTK_WINDOW (bare));
  }

  window = ui_test_open_samples_fresh (3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  assert_labelled (GTK_WIDGET (window));
  adw_view_stack_set_visible_child_name (_px_window_get_view_stack (window), "overview");
  assert_labelled (GTK_WIDGET (window));

  prefs = ui_test_open_preferences (window);
  assert_labelled (GTK_WIDGET (prefs));
  /* The keyboard reaches the preferences' controls. */
  g_assert_true (gtk_widget_get_focusable (ui_test_find_named (GTK_WIDGET (prefs), "ignore-case")));
  gtk_window_destroy (GTK_WINDOW (prefs));
  ui_test_destroy_and_drain (window);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Accessible properties kept where gtk_test_accessible_*() reads them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/working/accessible-labels", test_accessible_labels);

  return g_test_run ();
}
