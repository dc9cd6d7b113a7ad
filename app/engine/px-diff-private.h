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

/* The same, into @runs (emptied first): for a caller that reuses one
 * array over many diffs. */
void    px_diff_runs_from_marks_into (GArray          *runs,
                                      const guint8    *marks_a,
                                      gsize            n_a,
                                      const guint8    *marks_b,
                                      gsize            n_b);

/* Below this many tokens on the two sides together (after their
 * shared ends), px_diff_core() does not look for anchors: it runs
 * Myers' algorithm alone, and with a small edit distance its script is
 * then a shortest one. */
#define PX_DIFF_ANCHOR_MIN 256

/* What px_diff_core() allocates, kept from one call to the next by a
 * caller that diffs many short sequences (word choice diffs thousands
 * of pairs of paragraphs, where allocating was a third of the diff's
 * cost).  Start it zeroed; px_diff_scratch_clear() frees it. */
typedef struct {
  gint32  *fd;
  gint32  *bd;
  gsize    vsize;
  guint32 *count_a;     /* all zero between uses */
  guint32 *count_b;
  guint32 *pos_b;
  guint    n_counts;
} PxDiffScratch;

/* px_diff_core() with its buffers from @scratch: the same marks. */
void    px_diff_core_with_scratch (const guint32       *a,
                                   gsize                n_a,
                                   const guint32       *b,
                                   gsize                n_b,
                                   guint                n_ids,
                                   const PxDiffOptions *options,
                                   guint8              *marks_a,
                                   guint8              *marks_b,
                                   PxDiffScratch       *scratch);

void    px_diff_scratch_clear     (PxDiffScratch       *scratch);

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

/* The id of @key (@len bytes) as it is, folded by nothing whatever the
 * interner's flags: for keys their owner has folded already. */
guint32 px_interner_intern_key   (PxInterner          *self,
                                  const char          *key,
                                  gsize                len);

/* The id px_interner_intern_key() gave @key, or G_MAXUINT32 when it gave
 * none; changes nothing, so threads may look up at once. */
guint32 px_interner_lookup_key   (const PxInterner    *self,
                                  const char          *key,
                                  gsize                len);

/* The key numbered @id, its @len bytes (not ended by a NUL): the folded
 * text every token of that id shares. */
const char *px_interner_get_key (const PxInterner *self,
                                 guint32           id,
                                 gsize            *len);

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
