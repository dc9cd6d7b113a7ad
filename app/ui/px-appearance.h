/* px-appearance.h: the look chosen in the preferences, applied app-wide
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void  px_appearance_init     (void);
char *px_appearance_font_css (const char *font);

G_END_DECLS
