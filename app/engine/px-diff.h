/* px-diff.h: word diff of two texts
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contract other parts of Parallax code against.  Keep these
 * signatures stable; add to them rather than change them.
 */
#pragma once

#include <glib.h>

#include "px-tokenizer.h"

G_BEGIN_DECLS

typedef enum {
  PX_DIFF_EQUAL,
  PX_DIFF_DELETE,
  PX_DIFF_INSERT,
} PxDiffOpType;

/* One run of the edit script.  Ranges are byte offsets; a DELETE has an
 * empty new range (where it would stand in NEW), an INSERT an empty old
 * range.  The ops of a script cover OLD and NEW whole and in order:
 * EQUAL+DELETE ranges tile OLD, EQUAL+INSERT ranges tile NEW.  With
 * comparison options, an EQUAL's old and new text may differ (in case,
 * typography, punctuation or white space) and its ranges differ too. */
typedef struct {
  PxDiffOpType type;
  guint32 old_start;
  guint32 old_end;
  guint32 new_start;
  guint32 new_end;
} PxDiffOp;

typedef enum {
  PX_DIFF_IGNORE_CASE        = 1 << 0,
  PX_DIFF_FOLD_TYPOGRAPHY    = 1 << 1,  /* curly/straight quotes, dashes, NBSP, compatibility forms */
  PX_DIFF_IGNORE_PUNCTUATION = 1 << 2,
  PX_DIFF_IGNORE_SPACE       = 1 << 3,
} PxDiffFlags;

typedef struct {
  PxDiffFlags flags;
  gboolean    minimal;     /* no cost bound: an exact minimal script (tests) */
  gint64      deadline;    /* g_get_monotonic_time() limit, or 0 for none */
} PxDiffOptions;

typedef struct {
  gsize old_words;
  gsize new_words;
  gsize kept_words;        /* words in EQUAL runs (counted on the NEW side) */
  gsize removed_words;
  gsize added_words;
} PxDiffStats;

/* Returns an array of PxDiffOp.  Both texts must be valid UTF-8.
 * @options may be NULL for the defaults (no flags, bounded cost). */
GArray  *px_diff          (const char          *old_text,
                           gsize                old_len,
                           const char          *new_text,
                           gsize                new_len,
                           const PxDiffOptions *options);

GArray  *px_diff_tokenized (const char          *old_text,
                            gsize                old_len,
                            const PxToken       *old_tokens,
                            guint                n_old,
                            guint32              old_base,
                            const char          *new_text,
                            gsize                new_len,
                            const PxToken       *new_tokens,
                            guint                n_new,
                            guint32              new_base,
                            const PxDiffOptions *options);

void     px_diff_get_stats (GArray             *ops,
                            const char         *old_text,
                            const char         *new_text,
                            PxDiffStats        *stats);

/* TRUE when the script has no DELETE or INSERT. */
gboolean px_diff_is_equal  (GArray             *ops);

/* TRUE when NEW rewrites OLD rather than edits it: it keeps less than
 * a third of OLD's words and removes at least a dozen.  Struck through
 * in full, such a paragraph buries the few words NEW has of its own
 * under text the reference shows anyway; the window and the report
 * show NEW's own words instead, and say how little it kept. */
gboolean px_diff_is_rewrite (const PxDiffStats *stats);


/* ---- Building blocks, for parts that diff their own token sequences
 * (quotes, multi-way comparison).  px_diff() is these in a row:
 * tokenize (px-tokenizer.h), intern (px-intern.c), diff the integer
 * sequences (px-diff-core.c), clean up (px-diff-cleanup.c). */

/* Maps tokens to dense integers 0, 1, 2, … so that two tokens get the
 * same number exactly when they compare equal under @flags. */
typedef struct _PxInterner PxInterner;

PxInterner *px_interner_new       (PxDiffFlags  flags);
void        px_interner_free      (PxInterner  *self);
/* @kind is a PxTokenKind: punctuation inside words is dropped from the
 * key of a word only with PX_DIFF_IGNORE_PUNCTUATION. */
guint32     px_interner_intern    (PxInterner  *self,
                                   const char  *text,
                                   gsize        len,
                                   guint        kind);
guint       px_interner_get_size  (PxInterner  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxInterner, px_interner_free)

/* The key a token is compared by: @text folded as @flags say (case,
 * typography, canonical equivalence; punctuation dropped from words
 * with PX_DIFF_IGNORE_PUNCTUATION).  Always NFC: canonically
 * equivalent spellings are the same text. */
char       *px_diff_fold          (const char  *text,
                                   gssize       len,
                                   PxDiffFlags  flags,
                                   gboolean     is_word);

/* Diffs two sequences of interned tokens (values below @n_ids).
 * Returns PxDiffOp runs whose ranges are token indices, not bytes,
 * without readability clean-up.  Only options->minimal and
 * options->deadline are used. */
GArray     *px_diff_tokens        (const guint32       *a,
                                   gsize                n_a,
                                   const guint32       *b,
                                   gsize                n_b,
                                   guint                n_ids,
                                   const PxDiffOptions *options);

/* Readability clean-up of a token-level script (in place): an equal
 * island no longer than the changes on either side of it, and shorter
 * than half of them together, becomes part of the change, much as
 * diff-match-patch's semantic clean-up does. */
void        px_diff_cleanup_islands (GArray            *runs);

/* How good a place the boundary before token @index of side @side
 * (0 old, 1 new) is for a change to start or end; higher is better. */
typedef int (*PxDiffBoundaryScore) (guint side, gsize index, gpointer user_data);

/* Slides each pure insertion or deletion whose place is ambiguous
 * (repeated tokens) to the place @score likes best, e.g. a paragraph
 * or sentence start. */
void        px_diff_cleanup_align (GArray              *runs,
                                   const guint32       *a,
                                   const guint32       *b,
                                   PxDiffBoundaryScore  score,
                                   gpointer             user_data);

G_END_DECLS
