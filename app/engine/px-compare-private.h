/* px-compare-private.h: the comparison's internals, for tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-compare.h"

G_BEGIN_DECLS

/* px_comparison_new(), which also finds each document's candidate pairs
 * a second time with no bound skipping pairs (every pair that shares a
 * word not common gets accept_pair()), and counts in *filter_misses the
 * documents whose candidates differ between the two: the bounds must
 * never change the result. */
PxComparison *px_comparison_new_checked (PxDocument             **documents,
                                         guint                    n_documents,
                                         const PxCompareOptions  *options,
                                         guint                   *filter_misses);

/* A paragraph's words as the comparison interned them (case and
 * typography folded), in reading order, one id (below
 * px_comparison_get_n_word_ids()) per word token of the paragraph; NULL
 * for a primary source, whose words are not compared.  Word choice
 * (px-word-choice.c) maps these ids rather than folding every word again.
 * @hash, when non-NULL, gets the hash of those ids in order that the
 * aligner finds copies of a paragraph by (0 with no ids). */
const guint32 *px_comparison_get_paragraph_word_ids (PxComparison *self,
                                                     guint         document,
                                                     guint         paragraph,
                                                     guint        *n_words,
                                                     guint64      *hash);
guint          px_comparison_get_n_word_ids         (PxComparison *self);
/* The keys of those ids (px_interner_get_key(); px_interner_lookup_key()
 * finds the id of a key), or NULL before the paragraphs are built. */
const PxInterner *px_comparison_get_word_keys       (PxComparison *self);

/* Whether the work may be shared out to a second thread: the machine
 * has a second core, and tests have not forbidden it
 * (_px_compare_set_one_thread()).  px_compare_worth_threads() and
 * px_similarity_fill() ask. */
gboolean       _px_compare_second_core              (void);
/* For tests: the same comparison on one thread, to compare with. */
void           _px_compare_set_one_thread           (gboolean      one);

G_END_DECLS
