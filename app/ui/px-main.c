/* px-main.c: parallax, the desktop application
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "px-application.h"

/* Run from the build tree, before anything is installed (the README's
 * first command), no settings schema of Parallax is where GSettings
 * looks, and the first GSettings would abort the window.  The schema
 * compiled into the build tree is used then, unless the user points
 * GSETTINGS_SCHEMA_DIR elsewhere.  An installed binary lies outside the
 * build tree and reads the installed schema. */
static void
use_build_tree_schema (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  if (exe == NULL || g_getenv ("GSETTINGS_SCHEMA_DIR") != NULL)
    return;
  if (g_str_has_prefix (exe, PX_BUILD_ROOT G_DIR_SEPARATOR_S))
    g_setenv ("GSETTINGS_SCHEMA_DIR", PX_BUILD_SCHEMA_DIR, TRUE);
}

int
main (int argc, char **argv)
{
  g_autoptr(PxApplication) app = NULL;

  use_build_tree_schema ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = px_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
