/* px-tokenizer.h: split text into words, punctuation and white space
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PX_TOKEN_WORD,   /* letters, digits, ideographs: what a reader counts as a word */
  PX_TOKEN_PUNCT,  /* punctuation, symbols, emoji */
  PX_TOKEN_SPACE,  /* white space and line breaks */
} PxTokenKind;

/* A token is a segment between two Unicode word boundaries (UAX #29).
 * Eight bytes each, so that a million-word text stays small. */
typedef struct {
  guint32 start;      /* byte offset into the text */
  guint32 len : 30;   /* length in bytes */
  guint32 kind : 2;   /* PxTokenKind */
} PxToken;

#define PX_TOKEN_MAX_TEXT ((gsize) G_MAXUINT32)

/* Appends the tokens of @text (valid UTF-8, @len bytes or -1 for
 * NUL-terminated) to @tokens, an array of PxToken.  Offsets are
 * relative to @text plus @base. */
void   px_tokenize          (const char *text,
                             gssize      len,
                             guint32     base,
                             GArray     *tokens);

/* Like px_tokenize(), but keeps only the tokens whose kind is in
 * @kinds, a mask of (1 << PxTokenKind): the diff stores words and
 * punctuation only and reads white space between them. */
void   px_tokenize_filtered (const char *text,
                             gssize      len,
                             guint32     base,
                             guint       kinds,
                             GArray     *tokens);

/* Counts the words of @text without storing tokens. */
gsize  px_count_words       (const char *text,
                             gssize      len);

/* Calls @func for each boundary offset of @text (0 and len included).
 * Returns the number of boundaries. Mostly for tests. */
typedef void (*PxBoundaryFunc) (gsize offset, gpointer user_data);
gsize  px_foreach_boundary  (const char     *text,
                             gssize          len,
                             PxBoundaryFunc  func,
                             gpointer        user_data);

G_END_DECLS
