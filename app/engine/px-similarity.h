/* px-similarity.h: the share of each article's words found in another
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Words count as shared when a run of this many words holds them in both. */
#define PX_SIMILARITY_SHINGLE 4

/* Fills @similarity (n x n, n = @seqs->len, row-major) with the share of
 * each document's words found in each other's: @seqs holds, per document,
 * a GArray of guint32 word ids in reading order.  Row a, column b is the
 * share of a's words covered by runs of PX_SIMILARITY_SHINGLE words that
 * b has too; the diagonal is 1. */
void px_similarity_fill (GPtrArray *seqs,
                         double    *similarity);

/* One column of the same: @share[a] is what px_similarity_fill() gives
 * in row a, column @column, to the last bit. */
void px_similarity_fill_column (GPtrArray *seqs,
                                guint      column,
                                double    *share);

/* A share of words (0 to 1) as a reader should see it: a whole percent,
 * but "under 1%" rather than "0%" when some words are shared, and
 * "over 99%" rather than "100%" when not all are.  Translated. */
char *px_similarity_percent (double share);

G_END_DECLS
