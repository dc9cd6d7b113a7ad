/* test-locale.c: the window in a translation and in a right-to-left locale
 * (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run as "test-locale de" or "test-locale he": LANGUAGE is set before
 * anything is translated, the build tree's translations are used, and
 * the main views are saved as PNG files (tests/ui/artifacts/locale-*)
 * for a person to look at.  "he" lays the window out right to left.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "px-window-private.h"
#include "ui-test.h"
#include "px-preferences-window.h"

static const char *language = "de";

static void
save_screenshot (GtkWidget *widget, const char *what)
{
  g_autofree char *name = g_strdup_printf ("locale-%s-%s", language, what);

  ui_test_save_screenshot (widget, name);
}

static PxWindow *
new_window (void)
{
  PxWindow *window = px_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  return window;
}

static void
open_samples (PxWindow *window, guint n)
{
  const char *names[] = { "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt" };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < MIN (n, G_N_ELEMENTS (names)); i++)
    g_ptr_array_add (files, g_file_new_build_filename (g_getenv ("PARALLAX_SAMPLES"), names[i], NULL));
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_wait_idle (window);
  ui_test_wait_frames (GTK_WIDGET (window), 2);
}

static gboolean
has_label (GtkWidget *root, const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (has_label (child, text))
        return TRUE;
    }
  return FALSE;
}

static void
test_german (void)
{
  PxWindow *window = new_window ();
  GtkWidget *prefs;

  /* Translated strings from the .ui file and from the code. */
  g_assert_true (has_label (GTK_WIDGET (window), "Nachrichtenartikel vergleichen"));
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_LTR);
  save_screenshot (GTK_WIDGET (window), "empty");

  open_samples (window, 3);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Ungespeicherter Vergleich — Parallax");
  g_assert_true (has_label (GTK_WIDGET (window), "hinzugefügte Wörter"));
  save_screenshot (GTK_WIDGET (window), "columns");
  adw_view_stack_set_visible_child_name (_px_window_get_view_stack (window), "overview");
  g_assert_true (has_label (GTK_WIDGET (window), "Ähnlichkeit"));
  save_screenshot (GTK_WIDGET (window), "overview");

  prefs = px_preferences_window_new (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (prefs), 640, 640);
  gtk_window_present (GTK_WINDOW (prefs));
  g_assert_true (has_label (prefs, "Farbschema"));
  save_screenshot (prefs, "preferences");
  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_drain ();
}

static void
test_right_to_left (void)
{
  const char *hebrew =
    "שר החוץ האמריקאי ג'ון קרי אמר ביום חמישי כי ארצות הברית תשתף מידע עם איראן.\n\n"
    "לדבריו, \"אנחנו לא עובדים יחד עם איראן\", אך יש עניין משותף בעיראק.\n";
  PxWindow *window = new_window ();

  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
  save_screenshot (GTK_WIDGET (window), "empty");
  open_samples (window, 2);
  g_assert_true (px_window_add_text (window, hebrew, -1));
  ui_test_wait_idle (window);
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  save_screenshot (GTK_WIDGET (window), "columns");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  gtk_editable_set_text (GTK_EDITABLE (_px_window_get_search_entry (window)), "איראן");
  g_signal_emit_by_name (_px_window_get_search_entry (window), "search-changed");
  {
    guint n = 0;

    _px_window_get_search_position (window, &n, NULL);
    g_assert_cmpuint (n, ==, 2);
  }
  save_screenshot (GTK_WIDGET (window), "search");
  adw_view_stack_set_visible_child_name (_px_window_get_view_stack (window), "overview");
  save_screenshot (GTK_WIDGET (window), "overview");
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_drain ();
}

int
main (int argc, char **argv)
{
  /* The language comes first, before anything is translated. */
  if (argc > 1 && argv[1][0] != '-')
    {
      language = argv[1];
      memmove (&argv[1], &argv[2], (argc - 1) * sizeof (char *));
      argc--;
    }
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, PX_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  if (!ui_test_init_display ())
    return 77;
  /* GTK takes the direction from its own translation, found only when
   * the C library has the locale; a test machine may have C.UTF-8 only. */
  if (!g_str_equal (language, "de"))
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);

  if (g_str_equal (language, "de"))
    g_test_add_func ("/locale/german", test_german);
  else
    g_test_add_func ("/locale/right-to-left", test_right_to_left);
  return g_test_run ();
}
