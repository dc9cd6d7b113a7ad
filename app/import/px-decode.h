/* px-decode.h: bytes of unknown encoding into UTF-8, and what they are
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Names the kind of binary file @data starts like ("a PNG image"), or
 * returns NULL when it may be text.  Translated. */
const char *px_sniff_binary        (const char *data,
                                    gsize       len);

/* Whether @data (any ASCII-compatible encoding, or UTF-8 after a BOM) is a
 * web page.  @name's extension tips the balance for markup fragments. */
gboolean    px_sniff_html          (const char *data,
                                    gsize       len,
                                    const char *name);

/* The encoding a byte-order mark names ("UTF-8", "UTF-16LE", "UTF-16BE"),
 * or NULL; @bom_len receives the mark's length. */
const char *px_sniff_bom           (const char *data,
                                    gsize       len,
                                    gsize      *bom_len);

/* The charset a web page declares in <meta charset> or <meta http-equiv>
 * within its first bytes, or NULL.  Free with g_free(). */
char       *px_sniff_meta_charset  (const char *data,
                                    gsize       len);

/* Decodes @data (without a BOM) from @charset, or guesses between UTF-8 and
 * Windows-1252 when @charset is NULL.  Never fails on bad bytes: they become
 * U+FFFD and a notice naming the first place is appended to @notices (one
 * string, g_free'd by the array).  Returns NULL with @error set only when
 * @charset is unknown. */
char       *px_decode_to_utf8      (const char *data,
                                    gsize       len,
                                    const char *charset,
                                    const char *name,
                                    gsize      *out_len,
                                    GPtrArray  *notices,
                                    GError    **error);

/* Windows-1252 (which browsers also use for "ISO-8859-1" and "ASCII")
 * into UTF-8; every byte maps to a character. */
char       *px_decode_windows_1252 (const char *data,
                                    gsize       len,
                                    gsize      *out_len);

G_END_DECLS
