/* px-shortcuts.h: the application's keyboard shortcuts, in one table
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  PX_SHORTCUT_WINDOW      = 1 << 0,  /* bound on the window's class */
  PX_SHORTCUT_APPLICATION = 1 << 1,  /* an accelerator of the application */
} PxShortcutScope;

typedef struct {
  const char *group;      /* its group in the shortcuts window, untranslated */
  const char *title;      /* what it does, there; untranslated, context "shortcut window" */
  const char *action;     /* the action it runs */
  const char *accels;     /* its keys, space-separated, as gtk_accelerator_parse() reads them */
  const char *shown;      /* the keys the shortcuts window shows, or NULL for accels */
  PxShortcutScope scope;
} PxShortcut;

const PxShortcut *px_shortcuts_get           (guint          *n_shortcuts);
void              px_shortcuts_add_bindings  (GtkWidgetClass *widget_class);
void              px_shortcuts_set_accels    (GtkApplication *application);
void              px_shortcuts_add_help_overlay (GtkApplicationWindow *window);

G_END_DECLS
