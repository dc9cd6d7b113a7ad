/* px-json-check.h: what JSON must pass before json-glib parses it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Nesting deeper than this is refused before parsing: json-glib parses
 * recursively, and 100,000 brackets overflow the stack.  A comparison
 * nests four levels, a page's JSON-LD rarely ten. */
#define PX_JSON_MAX_DEPTH 64

typedef enum {
  PX_JSON_CHECK_OK,
  PX_JSON_CHECK_TOO_DEEP,   /* nested more than PX_JSON_MAX_DEPTH */
  PX_JSON_CHECK_NUL,        /* a string holds \u0000, where json-glib would cut it */
} PxJsonCheck;

PxJsonCheck px_json_check (const char *data,
                           gsize       len);

G_END_DECLS
