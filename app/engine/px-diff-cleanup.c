/* px-diff-cleanup.c: make a minimal edit script readable
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A minimal script is not the one a reader wants.  It happily keeps a
 * lone "the" between two rewritten clauses, and where a change could
 * sit in several places (a repeated word) it takes whichever the
 * algorithm met first.  Two passes fix that on the token-level script:
 * small equal islands are folded into the changes around them, and
 * ambiguous insertions and deletions slide to the place the caller
 * scores best (px_diff scores paragraph, line and sentence starts).
 * Changes never start or end inside a token, so never inside a word.
 */
#include "config.h"

#include "px-diff.h"

/* An equal run or a change (a DELETE and/or INSERT) in token indices. */
typedef struct {
  gboolean equal;
  gint64 a_s, a_e, b_s, b_e;
} Seg;

static GArray *
segments_from_runs (GArray *runs)
{
  GArray *segs = g_array_sized_new (FALSE, FALSE, sizeof (Seg), runs->len);

  for (guint i = 0; i < runs->len; i++)
    {
      const PxDiffOp *op = &g_array_index (runs, PxDiffOp, i);
      gboolean equal = op->type == PX_DIFF_EQUAL;
      Seg *last = segs->len ? &g_array_index (segs, Seg, segs->len - 1) : NULL;

      if (last && !last->equal && !equal)
        {
          last->a_e = op->old_end;
          last->b_e = op->new_end;
        }
      else
        {
          Seg s = { equal, op->old_start, op->old_end, op->new_start, op->new_end };
          g_array_append_val (segs, s);
        }
    }
  return segs;
}

/* Back to runs: empty equals vanish and the changes around them join. */
static void
runs_from_segments (GArray *runs, GArray *segs)
{
  g_autoptr(GArray) joined = g_array_sized_new (FALSE, FALSE, sizeof (Seg), segs->len);

  for (guint i = 0; i < segs->len; i++)
    {
      Seg s = g_array_index (segs, Seg, i);
      Seg *last = joined->len ? &g_array_index (joined, Seg, joined->len - 1) : NULL;

      if (s.equal && s.a_e == s.a_s)
        continue;
      if (last && last->equal == s.equal)
        {
          last->a_e = s.a_e;
          last->b_e = s.b_e;
        }
      else
        g_array_append_val (joined, s);
    }

  g_array_set_size (runs, 0);
  for (guint i = 0; i < joined->len; i++)
    {
      const Seg *s = &g_array_index (joined, Seg, i);
      PxDiffOp op;

      if (s->equal)
        {
          op = (PxDiffOp) { PX_DIFF_EQUAL, s->a_s, s->a_e, s->b_s, s->b_e };
          g_array_append_val (runs, op);
          continue;
        }
      if (s->a_e > s->a_s)
        {
          op = (PxDiffOp) { PX_DIFF_DELETE, s->a_s, s->a_e, s->b_s, s->b_s };
          g_array_append_val (runs, op);
        }
      if (s->b_e > s->b_s)
        {
          op = (PxDiffOp) { PX_DIFF_INSERT, s->a_e, s->a_e, s->b_s, s->b_e };
          g_array_append_val (runs, op);
        }
    }
}

/* An island of this many tokens or more is never folded: six words in a
 * row in common are rarely chance (a kept quotation inside a rewritten
 * paragraph, say). */
#define ISLAND_KEPT 6

/* Two pure deletions (or two pure insertions) around an island: folding
 * it in would show kept words as removed and added again, as in a quote
 * trimmed at both ends. */
static gboolean
one_sided_alike (const Seg *before, const Seg *after)
{
  gboolean del_b = before->b_e == before->b_s, del_a = after->b_e == after->b_s;
  gboolean ins_b = before->a_e == before->a_s, ins_a = after->a_e == after->a_s;

  return (del_b && del_a) || (ins_b && ins_a);
}

static inline gint64
change_size (const Seg *s)
{
  return MAX (s->a_e - s->a_s, s->b_e - s->b_s);
}

void
px_diff_cleanup_islands (GArray *runs)
{
  g_autoptr(GArray) segs = NULL;
  g_autoptr(GArray) stack = NULL;

  g_return_if_fail (runs != NULL);

  segs = segments_from_runs (runs);
  stack = g_array_sized_new (FALSE, FALSE, sizeof (Seg), segs->len);

  for (guint i = 0; i < segs->len; i++)
    {
      g_array_append_val (stack, g_array_index (segs, Seg, i));

      /* change, equal, change on top: fold the equal in when it is no
       * longer than the change on either side (diff-match-patch's
       * rule) and shorter than half of the two together, so that
       * "[-big-]{+small+} red [-dog-]{+cat+}" keeps its "red".  The
       * folded change may in turn swallow the island before it, hence
       * the loop. */
      while (stack->len >= 3)
        {
          Seg *after = &g_array_index (stack, Seg, stack->len - 1);
          Seg *island = after - 1;
          Seg *before = after - 2;
          gint64 len = island->a_e - island->a_s;
          Seg merged;

          if (after->equal || !island->equal || before->equal ||
              len > change_size (before) || len > change_size (after) ||
              2 * len >= change_size (before) + change_size (after) ||
              len >= ISLAND_KEPT || one_sided_alike (before, after))
            break;
          merged = (Seg) { FALSE, before->a_s, after->a_e, before->b_s, after->b_e };
          g_array_set_size (stack, stack->len - 3);
          g_array_append_val (stack, merged);
        }
    }
  runs_from_segments (runs, stack);
}

void
px_diff_cleanup_align (GArray              *runs,
                       const guint32       *a,
                       const guint32       *b,
                       PxDiffBoundaryScore  score,
                       gpointer             user_data)
{
  g_autoptr(GArray) segs = NULL;

  g_return_if_fail (runs != NULL);
  g_return_if_fail (score != NULL);

  segs = segments_from_runs (runs);
  for (guint k = 1; k + 1 < segs->len; k++)
    {
      Seg *prev = &g_array_index (segs, Seg, k - 1);
      Seg *change = prev + 1;
      Seg *next = prev + 2;
      gboolean in_a = change->a_e > change->a_s;
      const guint32 *ids = in_a ? a : b;
      guint side = in_a ? 0 : 1;
      gint64 s, e, lo, hi, best, best_score, orig;

      if (change->equal || !prev->equal || !next->equal ||
          (in_a && change->b_e > change->b_s))
        continue;

      s = in_a ? change->a_s : change->b_s;
      e = in_a ? change->a_e : change->b_e;
      lo = in_a ? prev->a_s : prev->b_s;
      hi = in_a ? next->a_e : next->b_e;
      orig = s;

      /* Leftmost place, then every place to the right, scored. */
      while (s > lo && ids[s - 1] == ids[e - 1])
        s--, e--;
      best = s;
      best_score = score (side, s, user_data) + score (side, e, user_data);
      while (e < hi && ids[s] == ids[e])
        {
          int sc;

          s++, e++;
          sc = score (side, s, user_data) + score (side, e, user_data);
          if (sc > best_score)
            best = s, best_score = sc;
        }

      if (best != orig)
        {
          gint64 delta = best - orig;

          prev->a_e += delta, prev->b_e += delta;
          next->a_s += delta, next->b_s += delta;
          change->a_s += delta, change->a_e += delta;
          change->b_s += delta, change->b_e += delta;
          if (in_a)
            change->b_s = change->b_e = prev->b_e;
          else
            change->a_s = change->a_e = prev->a_e;
        }
    }
  runs_from_segments (runs, segs);
}
