/* load-event.h: read an event's articles from a folder, for engine tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-document.h"

/* The article at @path, its outlet named after the file. */
PxDocument *load_article (const char *path);
/* The .txt articles in @dir in the order of their names: a GPtrArray
 * that owns them. */
GPtrArray  *load_event   (const char *dir);
