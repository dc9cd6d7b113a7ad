/* px-regex-private.h: subjects for regexes compiled with PCRE's JIT
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine's text patterns (px-furniture.c, px-outlet-names.c) are
 * compiled with G_REGEX_OPTIMIZE, which is ten times faster on them but
 * reads a few bytes past a string's end: every string they match is a
 * copy with zeroed room after it, so that the reads stay inside memory
 * we own.
 */
#pragma once

#include <glib.h>
#include <string.h>

/* PCRE's JIT reads up to this many bytes past the end of a subject. */
#define PX_REGEX_JIT_SLACK 64

/* A NUL-terminated copy of @text with @len bytes and zeroed room after. */
static inline char *
px_regex_padded_copy (const char *text, gsize len)
{
  char *copy = g_malloc0 (len + PX_REGEX_JIT_SLACK);

  memcpy (copy, text, len);
  return copy;
}
