/* px-settings.h: settings kept under an earlier name
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Moves the values set under the settings' earlier names to their
 * present ones (hide-boilerplate to hide-furniture), unless the present
 * name has a value of its own, and clears the earlier ones. */
void px_settings_migrate (GSettings *settings);

G_END_DECLS
