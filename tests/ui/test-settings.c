/* test-settings.c: a setting chosen under its earlier name carries over
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-settings.h"

static GSettings *
fresh_settings (void)
{
  GSettings *settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "hide-boilerplate");
  g_settings_reset (settings, "hide-furniture");
  return settings;
}

/* Furniture shown, chosen as hide-boilerplate: still shown after the
 * move, and the earlier name holds nothing more. */
static void
test_earlier_name_read (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(GVariant) left = NULL;

  g_settings_set_boolean (settings, "hide-boilerplate", FALSE);
  g_assert_true (g_settings_get_boolean (settings, "hide-furniture"));
  px_settings_migrate (settings);
  g_assert_false (g_settings_get_boolean (settings, "hide-furniture"));
  left = g_settings_get_user_value (settings, "hide-boilerplate");
  g_assert_null (left);
  /* Once moved, starting again changes nothing. */
  px_settings_migrate (settings);
  g_assert_false (g_settings_get_boolean (settings, "hide-furniture"));
}

/* A value set under the present name wins over an earlier one. */
static void
test_present_name_wins (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();

  g_settings_set_boolean (settings, "hide-furniture", TRUE);
  g_settings_set_boolean (settings, "hide-boilerplate", FALSE);
  px_settings_migrate (settings);
  g_assert_true (g_settings_get_boolean (settings, "hide-furniture"));
}

/* Nothing set: the default stays a default, not a value of the user's. */
static void
test_nothing_set (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(GVariant) user = NULL;

  px_settings_migrate (settings);
  user = g_settings_get_user_value (settings, "hide-furniture");
  g_assert_null (user);
  g_assert_true (g_settings_get_boolean (settings, "hide-furniture"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/settings/earlier-name-read", test_earlier_name_read);
  g_test_add_func ("/settings/present-name-wins", test_present_name_wins);
  g_test_add_func ("/settings/nothing-set", test_nothing_set);
  return g_test_run ();
}
