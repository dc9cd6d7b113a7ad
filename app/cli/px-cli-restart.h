/* px-cli-restart.h: how much text a command is given to read
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

goffset px_cli_text_bytes (char * const *args,
                           goffset       enough);

G_END_DECLS
