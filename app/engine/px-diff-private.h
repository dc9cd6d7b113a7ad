/* px-diff-private.h: between the stages of the diff pipeline
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-diff.h"
#include "px-tokenizer.h"

G_BEGIN_DECLS

/* Marks each token of @a that is deleted and each of @b that is
 * inserted (1) and leaves the rest, the common subsequence, 0.
 * @marks_a and @marks_b hold @n_a and @n_b bytes. */
void    px_diff_core             (const guint32       *a,
                                  gsize                n_a,
                                  const guint32       *b,
                                  gsize                n_b,
                                  guint                n_ids,
                                  const PxDiffOptions *options,
                                  guint8              *marks_a,
                                  guint8              *marks_b);

/* The runs (PxDiffOp in token indices) that marks describe: within a
 * change, the DELETE comes before the INSERT. */
GArray *px_diff_runs_from_marks  (const guint8        *marks_a,
                                  gsize                n_a,
                                  const guint8        *marks_b,
                                  gsize                n_b);

/* How many anchors px_diff_core() cuts the whole of @a and @b at before
 * it diffs the pieces (0: it diffs them as one box).  For tests. */
gsize   px_diff_core_count_anchors (const guint32     *a,
                                    gsize              n_a,
                                    const guint32     *b,
                                    gsize              n_b,
                                    guint              n_ids);

/* Adds the keys of @other to @self; remap[i] becomes the number in
 * @self of the key numbered i in @other.  Lets two texts be interned
 * in parallel. */
void    px_interner_merge        (PxInterner          *self,
                                  PxInterner          *other,
                                  guint32             *remap);

/* px_interner_intern() for each of @tokens (offsets into @text), in
 * one call so that the common case is inlined. */
void    px_interner_intern_tokens (PxInterner         *self,
                                   const char         *text,
                                   const PxToken      *tokens,
                                   gsize               n_tokens,
                                   guint32            *ids);

/* Whether px_diff_fold() drops @c from a word when punctuation is
 * ignored: what Unicode calls punctuation. */
gboolean px_diff_is_punctuation  (gunichar            c);

G_END_DECLS
