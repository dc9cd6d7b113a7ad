/* px-preferences-window.h: the preferences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_PREFERENCES_WINDOW (px_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (PxPreferencesWindow, px_preferences_window, PX, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *px_preferences_window_new (GtkWindow *parent);

void       px_preferences_window_install_action (GtkWidgetClass *widget_class);

G_END_DECLS
