/* px-word-choice-private.h: word choice's internals, for tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-word-choice.h"

G_BEGIN_DECLS

/* px_word_choice_find() with the aligned rows diffed in @n_parts shares
 * (1 or 2; the second on a thread of its own), or 0 to choose by the
 * comparison's size as px_word_choice_find() does.  The sets must be
 * the same whatever the number. */
GPtrArray  *px_word_choice_find_in_parts (PxComparison *comparison,
                                          const gint   *cancel,
                                          guint         n_parts);

/* What px_word_choice_find_with() may skip, for tests that check that
 * the sets are the same without it. */
typedef enum {
  PX_WORD_CHOICE_NO_CACHE       = 1 << 0,   /* work out every swap's evidence afresh */
  PX_WORD_CHOICE_NO_NEAR_COPIES = 1 << 1,   /* compare cells of one length as any others */
  PX_WORD_CHOICE_NO_COPIES      = 1 << 2,   /* read every paragraph's tokens, copies too */
  PX_WORD_CHOICE_NO_IN_PLACE    = 1 << 3,   /* diff every pair of cells that differ, none
                                             * told from the places where they do */
} PxWordChoiceTuning;

GPtrArray  *px_word_choice_find_with     (PxComparison       *comparison,
                                          const gint         *cancel,
                                          guint               n_parts,
                                          PxWordChoiceTuning  tuning);

/* Whether words @a and @b are forms of one word ("said" / "says") by
 * the [forms] list of a language: a variant's occurrences count them as
 * one. */
gboolean    px_word_choice_are_forms     (const char   *a,
                                          const char   *b);

G_END_DECLS
