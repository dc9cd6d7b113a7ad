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

void     px_diff_get_stats (GArray             *ops,
                            const char         *old_text,
                            const char         *new_text,
                            PxDiffStats        *stats);

/* TRUE when the script has no DELETE or INSERT. */
gboolean px_diff_is_equal  (GArray             *ops);

G_END_DECLS
