/* px-settings.c: settings kept under an earlier name
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parallax calls page furniture by one name everywhere; the setting that
 * hides it was once hide-boilerplate.  A user's choice made under that
 * name carries over, once, when the application starts.
 */
#include "config.h"

#include "px-settings.h"

static const struct {
  const char *earlier;
  const char *present;
} renamed[] = {
  { "hide-boilerplate", "hide-furniture" },
};

void
px_settings_migrate (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  for (guint i = 0; i < G_N_ELEMENTS (renamed); i++)
    {
      g_autoptr(GVariant) earlier = g_settings_get_user_value (settings, renamed[i].earlier);
      g_autoptr(GVariant) present = g_settings_get_user_value (settings, renamed[i].present);

      if (earlier == NULL)
        continue;
      if (present == NULL)
        g_settings_set_value (settings, renamed[i].present, earlier);
      g_settings_reset (settings, renamed[i].earlier);
    }
}
