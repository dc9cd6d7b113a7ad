/* test-working-preferences.c: the preferences window bound to the settings, and the
 * text font it sets (needs a display)
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

static GtkWidget *
find_first (GtkWidget *root, GType type)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  ui_test_collect_all (root, type, all);
  return all->len > 0 ? all->pdata[0] : NULL;
}

static void
test_preferences_bound (void)
{
  PxWindow *window = ui_test_open_samples_fresh (3);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwStyleManager *style = adw_style_manager_get_default ();
  PxPreferencesWindow *prefs;
  GtkWidget *toggle, *font_button, *expander;
  AdwComboRow *scheme;
  PxDiffFlags before;

  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_comma, GDK_CONTROL_MASK),
                   ==, "win.preferences");
  prefs = ui_test_open_preferences (window);
  gtk_window_set_default_size (GTK_WINDOW (prefs), 640, 720);
  ui_test_wait_frames (GTK_WIDGET (prefs), 2);
  ui_test_save_screenshot (GTK_WIDGET (prefs), "preferences");

  /* A comparison option: the switch writes the key, the window recomputes
   * with it; the key written elsewhere moves the switch. */
  toggle = ui_test_find_named (GTK_WIDGET (prefs), "ignore-case");
  g_assert_nonnull (toggle);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  before = px_comparison_get_n_rows (px_window_get_comparison (window));
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "ignore-case"));
  g_assert_true (px_window_get_computing (window));
  ui_test_wait_idle (window);
  g_assert_cmpuint (px_comparison_get_n_rows (px_window_get_comparison (window)), >, 0);
  (void) before;
  g_settings_set_boolean (settings, "ignore-case", FALSE);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_settings_set_boolean (settings, "hide-furniture", FALSE);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (ui_test_find_named (GTK_WIDGET (prefs), "hide-furniture"))));

  /* Colour scheme: the combo row writes the key, the style manager follows. */
  scheme = ADW_COMBO_ROW (find_first (GTK_WIDGET (prefs), ADW_TYPE_COMBO_ROW));
  g_assert_cmpuint (adw_combo_row_get_selected (scheme), ==, 0);
  adw_combo_row_set_selected (scheme, 2);
  {
    g_autofree char *scheme_name = g_settings_get_string (settings, "colour-scheme");

    g_assert_cmpstr (scheme_name, ==, "dark");
  }
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  ui_test_save_screenshot (GTK_WIDGET (prefs), "preferences-dark");
  g_settings_set_string (settings, "colour-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (scheme), ==, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_reset (settings, "colour-scheme");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);

  /* Font: the expander's switch and the font button, both ways. */
  expander = find_first (GTK_WIDGET (prefs), ADW_TYPE_EXPANDER_ROW);
  font_button = find_first (GTK_WIDGET (prefs), GTK_TYPE_FONT_BUTTON);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (expander)));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (expander), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "use-custom-font"));
  gtk_font_chooser_set_font (GTK_FONT_CHOOSER (font_button), "Monospace 15");
  {
    g_autofree char *font = g_settings_get_string (settings, "font");
    g_autofree char *shown = NULL;

    g_assert_cmpstr (font, ==, "Monospace 15");
    g_settings_set_string (settings, "font", "Sans Italic 9");
    shown = gtk_font_chooser_get_font (GTK_FONT_CHOOSER (font_button));
    g_assert_cmpstr (shown, ==, "Sans Italic 9");
  }
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  ui_test_save_screenshot (GTK_WIDGET (window), "preferences-font");

  /* Colour-blind-safe marks. */
  toggle = ui_test_find_named (GTK_WIDGET (prefs), "colour-blind-safe");
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "colour-blind-safe"));
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  ui_test_save_screenshot (GTK_WIDGET (window), "preferences-colour-blind");

  gtk_window_destroy (GTK_WINDOW (prefs));
  ui_test_destroy_and_drain (window);
  ui_test_reset_all_settings ();
}

static void
test_font_css (void)
{
  g_autofree char *plain = px_appearance_font_css ("Serif 12");
  g_autofree char *styled = px_appearance_font_css ("DejaVu Sans, Noto Sans Bold Italic 14.5");
  g_autofree char *family = px_appearance_font_css ("Cantarell");
  g_autofree char *absolute = px_appearance_font_css ("Sans 16px");

  g_assert_cmpstr (plain, ==, "font-family: \"Serif\"; font-size: 12pt; font-weight: 400; font-style: normal; ");
  g_assert_nonnull (strstr (styled, "font-family: \"DejaVu Sans\", \"Noto Sans\";"));
  g_assert_nonnull (strstr (styled, "font-size: 14.5pt;"));
  g_assert_nonnull (strstr (styled, "font-weight: 700;"));
  g_assert_nonnull (strstr (styled, "font-style: italic;"));
  /* No size given: none set, the theme's stays. */
  g_assert_null (strstr (family, "font-size"));
  g_assert_true (g_str_has_prefix (family, "font-family: \"Cantarell\"; "));
  g_assert_nonnull (strstr (absolute, "font-size: 16px;"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Accessible properties kept where gtk_test_accessible_*() reads them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/working/preferences-bound", test_preferences_bound);
  g_test_add_func ("/working/font-css", test_font_css);

  return g_test_run ();
}
