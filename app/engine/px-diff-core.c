/* px-diff-core.c: the edit script between two integer sequences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layers, outermost first:
 *   1. common prefix and suffix are trimmed (most article pairs share
 *      long stretches);
 *   2. tokens that occur exactly once on each side and in the same
 *      order (a longest increasing subsequence, as in patience diff)
 *      split the problem into independent pieces, recursively; this
 *      keeps long, mostly equal texts and moved blocks near linear.
 *      Where no single token is unique (long texts from a small
 *      vocabulary), runs of GRAM tokens that are unique serve instead;
 *   3. Myers' O(ND) algorithm in linear space (the middle snake, divide
 *      and conquer) on what is left.  Past a cost bound it splits at
 *      the furthest-reaching diagonal instead of the exact middle snake,
 *      as GNU diff and git do: the script may then be a little longer
 *      than minimal, but it is always a correct script.
 * The result is a mark per token: deleted (in A) or inserted (in B).
 * With options->minimal, only 1 and 3 run, without any bound.
 */
#include "config.h"

#include <string.h>

#include "px-diff.h"
#include "px-diff-private.h"

typedef struct {
  const guint32 *a;
  const guint32 *b;
  guint8 *ma;
  guint8 *mb;
  guint n_ids;
  gboolean minimal;
  gint64 deadline;
  gboolean late;        /* past the deadline: be quick, stay correct */
  guint calls;
  guint squeeze;        /* halvings of the cost bound, see compare_box */

  /* Myers' two V arrays: forward and backward furthest x by diagonal,
   * each a window around its box's middle diagonal (see find_split). */
  gint32 *fd;
  gint32 *bd;
  gsize vsize;

  /* Occurrence counts for anchoring, indexed by token id; all zero
   * between uses. */
  guint32 *count_a;
  guint32 *count_b;
  guint32 *pos_b;
} Ctx;

typedef struct {
  gint32 x, y;
  gboolean lo_minimal, hi_minimal;
  guint cost;           /* iterations spent: bounds the halves' own */
  gboolean gave_up;     /* split on the furthest diagonal, not a snake */
} Split;

/* Below this many tokens on the two sides together, anchoring is not
 * worth counting for. */
#define ANCHOR_MIN PX_DIFF_ANCHOR_MIN

/* From this many tokens on, a box looks for unique runs of tokens
 * before unique tokens (see split_on_anchors). */
#define GRAM_FIRST 65536

/* Past this cost, a run of this many equal tokens met on the way is
 * taken as it is (see find_split). */
#define HEUR_MIN 20
#define SNAKE_MIN 10

static gboolean
check_deadline (Ctx *c)
{
  if (c->deadline == 0 || c->late)
    return c->late;
  if ((++c->calls & 63) == 0 && g_get_monotonic_time () > c->deadline)
    c->late = TRUE;
  return c->late;
}

static guint
isqrt (guint64 n)
{
  guint64 r = 1;

  while (r * r < n)
    r <<= 1;
  while (r * r > n)
    r--;
  return (guint) r;
}

/* Finds where to split A[xoff,xlim) × B[yoff,ylim) (both non-empty,
 * no common prefix or suffix): on the middle snake when it costs at
 * most @limit, else on the furthest-reaching diagonal seen. */
static void
find_split (Ctx *c, gint32 xoff, gint32 xlim, gint32 yoff, gint32 ylim,
            guint limit, gboolean exact, Split *split)
{
  const guint32 *a = c->a, *b = c->b;
  /* At iteration `cost` the forward diagonals lie within fmid ± cost,
   * the backward ones within bmid ± cost, and all within the box: the
   * arrays need only that window, not the whole input. */
  gint32 window = (gint32) MIN ((guint64) limit, (guint64) (xlim - xoff) + (ylim - yoff)) + 2;
  gint32 *fd, *bd;
  gint32 dmin = xoff - ylim, dmax = xlim - yoff;
  gint32 fmid = xoff - yoff, bmid = xlim - ylim;
  gint32 fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
  gboolean odd = (fmid - bmid) & 1;
  guint heur_min = MIN (limit, HEUR_MIN);
  gint64 best;
  gint32 best_x = xoff, best_y = yoff;

  if ((gsize) (2 * window + 3) > c->vsize)
    {
      c->vsize = 2 * window + 3;
      c->fd = g_renew (gint32, c->fd, c->vsize);
      c->bd = g_renew (gint32, c->bd, c->vsize);
    }
  fd = c->fd + window + 1 - fmid;
  bd = c->bd + window + 1 - bmid;
  split->gave_up = FALSE;
  fd[fmid] = xoff;
  bd[bmid] = xlim;

  for (guint cost = 1;; cost++)
    {
      gint32 d;

      split->cost = cost;

      /* Forward: extend the furthest reaching path on each diagonal. */
      if (fmin > dmin)
        fd[--fmin - 1] = -1;
      else
        ++fmin;
      if (fmax < dmax)
        fd[++fmax + 1] = -1;
      else
        --fmax;
      best = -1;
      for (d = fmax; d >= fmin; d -= 2)
        {
          gint32 tlo = fd[d - 1], thi = fd[d + 1];
          gint32 x = tlo >= thi ? tlo + 1 : thi;
          gint32 y = x - d;
          gint32 x0 = x;

          while (x < xlim && y < ylim && a[x] == b[y])
            x++, y++;
          fd[d] = x;
          if (odd && bmin <= d && d <= bmax && bd[d] <= x)
            {
              split->x = x;
              split->y = y;
              split->lo_minimal = split->hi_minimal = TRUE;
              return;
            }
          if (x - x0 >= SNAKE_MIN && (gint64) x + y > best)
            best = (gint64) x + y, best_x = x, best_y = y;
        }
      /* A long run of equal tokens on a path that is already costly is
       * taken as part of the answer (git's xdiff does the same): the
       * box splits there, and both halves are much cheaper. */
      if (!exact && cost >= heur_min && best >= 0)
        {
          split->x = best_x;
          split->y = best_y;
          split->lo_minimal = TRUE;
          split->hi_minimal = FALSE;
          return;
        }

      /* Backward, from the ends. */
      if (bmin > dmin)
        bd[--bmin - 1] = G_MAXINT32;
      else
        ++bmin;
      if (bmax < dmax)
        bd[++bmax + 1] = G_MAXINT32;
      else
        --bmax;
      best = G_MAXINT64;
      for (d = bmax; d >= bmin; d -= 2)
        {
          gint32 tlo = bd[d - 1], thi = bd[d + 1];
          gint32 x = tlo < thi ? tlo : thi - 1;
          gint32 y = x - d;
          gint32 x0 = x;

          while (x > xoff && y > yoff && a[x - 1] == b[y - 1])
            x--, y--;
          bd[d] = x;
          if (!odd && fmin <= d && d <= fmax && x <= fd[d])
            {
              split->x = x;
              split->y = y;
              split->lo_minimal = split->hi_minimal = TRUE;
              return;
            }
          if (x0 - x >= SNAKE_MIN && (gint64) x + y < best)
            best = (gint64) x + y, best_x = x, best_y = y;
        }
      if (!exact && cost >= heur_min && best < G_MAXINT64)
        {
          split->x = best_x;
          split->y = best_y;
          split->lo_minimal = FALSE;
          split->hi_minimal = TRUE;
          return;
        }

      if (cost + 1 < (guint) window && (exact || cost < limit))
        continue;

      /* Too expensive: take the diagonal that got furthest, forward
       * (largest x + y) or backward (smallest x + y), whichever went
       * further, and let the halves be solved on their own. */
      split->gave_up = TRUE;
      {
        gint64 fbest = -1, bbest = G_MAXINT64;

        for (d = fmax; d >= fmin; d -= 2)
          {
            gint32 x = MIN (fd[d], xlim);
            gint32 y = x - d;

            if (y > ylim)
              x = ylim + d, y = ylim;
            if ((gint64) x + y > fbest)
              fbest = (gint64) x + y;
          }
        for (d = bmax; d >= bmin; d -= 2)
          {
            gint32 x = MAX (xoff, bd[d]);
            gint32 y = x - d;

            if (y < yoff)
              x = yoff + d, y = yoff;
            if ((gint64) x + y < bbest)
              bbest = (gint64) x + y;
          }
        if ((xlim + ylim) - bbest < fbest - (xoff + yoff))
          {
            for (d = fmax; d >= fmin; d -= 2)
              {
                gint32 x = MIN (fd[d], xlim), y = x - d;

                if (y > ylim)
                  x = ylim + d, y = ylim;
                if ((gint64) x + y == fbest)
                  {
                    split->x = x;
                    split->y = y;
                    break;
                  }
              }
            split->lo_minimal = TRUE;
            split->hi_minimal = FALSE;
          }
        else
          {
            for (d = bmax; d >= bmin; d -= 2)
              {
                gint32 x = MAX (xoff, bd[d]), y = x - d;

                if (y < yoff)
                  x = yoff + d, y = yoff;
                if ((gint64) x + y == bbest)
                  {
                    split->x = x;
                    split->y = y;
                    break;
                  }
              }
            split->lo_minimal = FALSE;
            split->hi_minimal = TRUE;
          }
        return;
      }
    }
}

static void
mark_range (guint8 *marks, gint32 from, gint32 to)
{
  if (to > from)
    memset (marks + from, 1, to - from);
}

/* Myers on one box.  Recurses on the smaller half and loops on the
 * larger, so the stack stays logarithmic. */
static void
compare_box (Ctx *c, gint32 xoff, gint32 xlim, gint32 yoff, gint32 ylim,
             guint bound)
{
  const guint32 *a = c->a, *b = c->b;

  for (;;)
    {
      Split split = { 0 };
      guint limit, half_bound;

      while (xoff < xlim && yoff < ylim && a[xoff] == b[yoff])
        xoff++, yoff++;
      while (xlim > xoff && ylim > yoff && a[xlim - 1] == b[ylim - 1])
        xlim--, ylim--;

      if (xoff == xlim || yoff == ylim)
        {
          mark_range (c->ma, xoff, xlim);
          mark_range (c->mb, yoff, ylim);
          return;
        }
      if (check_deadline (c))
        {
          /* Out of time: the rest of this box is a plain replacement. */
          mark_range (c->ma, xoff, xlim);
          mark_range (c->mb, yoff, ylim);
          return;
        }

      /* The cost bound grows with the box, so that short boxes are
       * always exact and long ones stay near linear. */
      limit = MAX (256, isqrt ((guint64) (xlim - xoff) + (ylim - yoff)));
      /* Where the bound was hit without a long equal run in sight, the
       * texts are unrelated here: spend less on each further split
       * until a run turns up again. */
      limit = MAX (16, limit >> c->squeeze);
      /* A half of a split is solved exactly: its cost is known to be
       * small, at most @bound iterations. */
      if (bound > 0)
        limit = bound;
      find_split (c, xoff, xlim, yoff, ylim, limit, bound > 0, &split);
      /* Either half has an edit distance of at most 2 * cost, so an
       * exact search of it ends within this many iterations. */
      half_bound = 2 * split.cost + 2;
      if (split.gave_up)
        c->squeeze = MIN (c->squeeze + 1, 8);
      else if (bound == 0)
        c->squeeze = 0;

      if ((split.x - xoff) + (split.y - yoff) < (xlim - split.x) + (ylim - split.y))
        {
          compare_box (c, xoff, split.x, yoff, split.y, split.lo_minimal ? half_bound : 0);
          xoff = split.x, yoff = split.y;
          bound = split.hi_minimal ? half_bound : 0;
        }
      else
        {
          compare_box (c, split.x, xlim, split.y, ylim, split.hi_minimal ? half_bound : 0);
          xlim = split.x, ylim = split.y;
          bound = split.lo_minimal ? half_bound : 0;
        }
    }
}

/* Longest chain of anchors increasing in both A and B (patience
 * sorting).  @pairs holds (x, y) with x increasing; returns the length
 * of the chain, stored back into the first entries of @pairs. */
static gsize
longest_chain (gint32 *pairs, gsize n)
{
  g_autofree gsize *tails = g_new (gsize, n);
  g_autofree gsize *prev = g_new (gsize, n);
  g_autofree gint32 *chain = NULL;
  gsize len = 0, k;

  for (gsize i = 0; i < n; i++)
    {
      gint32 y = pairs[2 * i + 1];
      gsize lo = 0, hi = len;

      /* Anchors of texts in the same order mostly extend the longest
       * chain: no search for those. */
      if (len > 0 && pairs[2 * tails[len - 1] + 1] < y)
        lo = hi = len;
      while (lo < hi)
        {
          gsize mid = (lo + hi) / 2;

          if (pairs[2 * tails[mid] + 1] < y)
            lo = mid + 1;
          else
            hi = mid;
        }
      prev[i] = lo > 0 ? tails[lo - 1] : G_MAXSIZE;
      tails[lo] = i;
      if (lo == len)
        len++;
    }

  chain = g_new (gint32, 2 * len);
  k = len > 0 ? tails[len - 1] : 0;
  for (gsize i = len; i-- > 0; k = prev[k])
    {
      chain[2 * i] = pairs[2 * k];
      chain[2 * i + 1] = pairs[2 * k + 1];
    }
  memcpy (pairs, chain, 2 * len * sizeof (gint32));
  return len;
}

static void compare_anchored (Ctx *c, gint32 xoff, gint32 xlim, gint32 yoff, gint32 ylim,
                              guint depth);

/* Runs of GRAM tokens as anchors.  Only the runs whose hash falls in
 * one of 2^GRAM_SAMPLE_BITS buckets are considered: the choice depends
 * on the content alone, so both sides pick the same runs, and an
 * anchor every few dozen tokens is plenty to cut a long box into small
 * ones while the table stays small. */
#define GRAM 8
#define GRAM_SAMPLE_BITS 4
/* A chain of run anchors is used when it has one anchor per this many
 * tokens of the box at least.  With one run in 16 sampled, passages
 * both texts share give one per 25 to 50 tokens (in the benchmark's
 * edited texts); unrelated texts from the same vocabulary, one per
 * thousands. */
#define GRAM_DENSITY 128

typedef struct {
  guint32 hash;
  gint32 x;     /* position in A; -1 none yet, -2 more than one */
  gint32 y;     /* the same in B */
} GramSlot;

typedef struct {
  guint32 hash;
  gint32 pos;
} GramPos;

/* The sampled runs of @s[from, to), in order, with their hashes.  A
 * run is sampled by a hash of its first two tokens, which costs one
 * multiplication a token; only the runs sampled are hashed whole. */
static GArray *
sample_grams (const guint32 *s, gint32 from, gint32 to)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (GramPos),
                                   ((to - from) >> (GRAM_SAMPLE_BITS - 1)) + 16);

  for (gint32 x = from; x + GRAM <= to; x++)
    {
      guint64 h = (((guint64) s[x] << 32) | s[x + 1]) * 0x9E3779B97F4A7C15ull;

      if (G_LIKELY ((h >> (64 - GRAM_SAMPLE_BITS)) != 0))
        continue;
      for (gint32 i = 2; i < GRAM; i++)
        h = (h ^ s[x + i]) * 0xBF58476D1CE4E5B9ull;
      {
        GramPos g = { (guint32) (h >> 32), x };

        g_array_append_val (out, g);
      }
    }
  return out;
}

static inline gboolean
same_run (const guint32 *p, const guint32 *q)
{
  guint32 diff = 0;

  for (guint i = 0; i < GRAM; i++)
    diff |= p[i] ^ q[i];
  return diff == 0;
}

static GramSlot *
gram_slot (GramSlot *table, guint32 mask, guint32 hash, gboolean insert)
{
  for (guint32 pos = (((guint64) hash * 0x9E3779B97F4A7C15ull) >> 32) & mask;;
       pos = (pos + 1) & mask)
    {
      GramSlot *slot = &table[pos];

      if (slot->x == -1 && slot->y == -1)
        {
          if (!insert)
            return NULL;
          slot->hash = hash;
          return slot;
        }
      if (slot->hash == hash)
        return slot;
    }
}

/* Anchors from runs unique to both sides; fills *@pairs as
 * split_on_anchors() expects and returns their number. */
static gsize
gram_anchors (Ctx *c, gint32 xoff, gint32 xlim, gint32 yoff, gint32 ylim,
              gint32 **pairs)
{
  const guint32 *a = c->a, *b = c->b;
  g_autoptr(GArray) in_a = sample_grams (a, xoff, xlim);
  g_autoptr(GArray) in_b = NULL;
  g_autofree GramSlot *table = NULL;
  guint32 size = 64, mask;
  gsize n = 0;

  if (in_a->len == 0)
    return 0;
  in_b = sample_grams (b, yoff, ylim);
  /* A load of at most three quarters: the table is written once, and
   * a smaller one stays in the cache. */
  while (size < in_a->len + in_a->len / 3)
    size *= 2;
  mask = size - 1;
  table = g_new (GramSlot, size);
  memset (table, 0xff, size * sizeof (GramSlot));

  for (guint i = 0; i < in_a->len; i++)
    {
      GramPos *g = &g_array_index (in_a, GramPos, i);
      GramSlot *slot = gram_slot (table, mask, g->hash, TRUE);

      slot->x = slot->x == -1 ? g->pos : -2;
      /* The hash is not needed again: keep where its slot is. */
      g->hash = slot - table;
    }
  for (guint i = 0; i < in_b->len; i++)
    {
      const GramPos *g = &g_array_index (in_b, GramPos, i);
      GramSlot *slot = gram_slot (table, mask, g->hash, FALSE);

      if (slot != NULL)
        slot->y = slot->y == -1 ? g->pos : -2;
    }

  *pairs = g_new (gint32, 2 * in_a->len);
  for (guint i = 0; i < in_a->len; i++)
    {
      const GramPos *g = &g_array_index (in_a, GramPos, i);
      const GramSlot *slot = &table[g->hash];

      /* Equal hashes are checked: an anchor must pair equal runs. */
      if (slot->x == g->pos && slot->y >= 0 && same_run (a + slot->x, b + slot->y))
        {
          (*pairs)[n++] = slot->x;
          (*pairs)[n++] = slot->y;
        }
    }
  return n / 2;
}

/* Anchors from tokens unique to both sides; fills *@pairs as
 * longest_chain() expects and returns their number. */
static gsize
unique_anchors (Ctx *c, gint32 xoff, gint32 xlim, gint32 yoff, gint32 ylim,
                gint32 **pairs)
{
  const guint32 *a = c->a, *b = c->b;
  gsize n_pairs = 0;

  for (gint32 x = xoff; x < xlim; x++)
    c->count_a[a[x]]++;
  for (gint32 y = yoff; y < ylim; y++)
    {
      c->count_b[b[y]]++;
      c->pos_b[b[y]] = y;
    }
  for (gint32 x = xoff; x < xlim; x++)
    n_pairs += c->count_a[a[x]] == 1 && c->count_b[a[x]] == 1;

  if (n_pairs > 0)
    {
      gsize i = 0;

      *pairs = g_new (gint32, 2 * n_pairs);
      for (gint32 x = xoff; x < xlim; x++)
        if (c->count_a[a[x]] == 1 && c->count_b[a[x]] == 1)
          {
            gint32 y = c->pos_b[a[x]];

            /* A rare word alone proves little (in rewritten text it is
             * often a coincidence); one inside a run of three equal
             * tokens is part of a passage both texts share. */
            gint32 run = 0;

            for (gint32 k = 1; k <= 2 && x + k < xlim && y + k < ylim &&
                 a[x + k] == b[y + k]; k++)
              run++;
            for (gint32 k = 1; k <= 2 && x - k >= xoff && y - k >= yoff &&
                 a[x - k] == b[y - k]; k++)
              run++;
            if (run >= 2)
              {
                (*pairs)[i++] = x;
                (*pairs)[i++] = y;
              }
          }
      n_pairs = i / 2;
    }
  for (gint32 x = xoff; x < xlim; x++)
    c->count_a[a[x]] = 0;
  for (gint32 y = yoff; y < ylim; y++)
    c->count_b[b[y]] = 0;
  return n_pairs;
}

/* The chain of run anchors, or 0 when it is too sparse to be more than
 * coincidence (unrelated texts share a run here and there; cutting
 * them there only makes Myers start over on each piece). */
static gsize
gram_chain (Ctx *c, gint32 xoff, gint32 xlim, gint32 yoff, gint32 ylim,
            gint32 **pairs)
{
  gsize n_pairs = gram_anchors (c, xoff, xlim, yoff, ylim, pairs);
  gsize n_chain = n_pairs > 0 ? longest_chain (*pairs, n_pairs) : 0;

  if (n_chain * GRAM_DENSITY < (gsize) (xlim - xoff) + (ylim - yoff))
    {
      g_clear_pointer (pairs, g_free);
      return 0;
    }
  return n_chain;
}

/* The chain of anchors a box is cut at (in *@pairs), or 0 when there
 * are none worth cutting at. */
static gsize
anchor_chain (Ctx *c, gint32 xoff, gint32 xlim, gint32 yoff, gint32 ylim,
              gint32 **pairs)
{
  gsize size = (gsize) (xlim - xoff) + (ylim - yoff);
  gsize n_chain = 0;

  /* A long box tries runs first: in a long text few single tokens are
   * unique, and counting them costs more than sampling runs. */
  if (size >= GRAM_FIRST)
    n_chain = gram_chain (c, xoff, xlim, yoff, ylim, pairs);
  if (n_chain == 0)
    {
      gsize n_pairs;

      g_clear_pointer (pairs, g_free);
      n_pairs = unique_anchors (c, xoff, xlim, yoff, ylim, pairs);
      n_chain = n_pairs > 0 ? longest_chain (*pairs, n_pairs) : 0;
    }
  if (n_chain == 0 && size < GRAM_FIRST)
    {
      g_clear_pointer (pairs, g_free);
      n_chain = gram_chain (c, xoff, xlim, yoff, ylim, pairs);
    }
  return n_chain;
}

/* Finds the anchors of a box and diffs the pieces between them;
 * returns FALSE when there are none. */
static gboolean
split_on_anchors (Ctx *c, gint32 xoff, gint32 xlim, gint32 yoff, gint32 ylim,
                  guint depth)
{
  g_autofree gint32 *pairs = NULL;
  gsize n_chain = anchor_chain (c, xoff, xlim, yoff, ylim, &pairs);
  gint32 px, py;

  if (n_chain == 0)
    return FALSE;

  px = xoff, py = yoff;
  for (gsize i = 0; i < n_chain; i++)
    {
      gint32 ax = pairs[2 * i], ay = pairs[2 * i + 1];

      /* The box between two anchors trims its own equal ends. */
      compare_anchored (c, px, ax, py, ay, depth + 1);
      px = ax + 1, py = ay + 1;
    }
  compare_anchored (c, px, xlim, py, ylim, depth + 1);
  return TRUE;
}

static void
compare_anchored (Ctx *c, gint32 xoff, gint32 xlim, gint32 yoff, gint32 ylim,
                  guint depth)
{
  const guint32 *a = c->a, *b = c->b;

  while (xoff < xlim && yoff < ylim && a[xoff] == b[yoff])
    xoff++, yoff++;
  while (xlim > xoff && ylim > yoff && a[xlim - 1] == b[ylim - 1])
    xlim--, ylim--;

  if (xoff == xlim || yoff == ylim)
    {
      mark_range (c->ma, xoff, xlim);
      mark_range (c->mb, yoff, ylim);
      return;
    }
  /* Deep recursion means anchors peel off one by one: Myers is better
   * at that and bounded anyway. */
  if ((xlim - xoff) + (ylim - yoff) < ANCHOR_MIN || depth > 64 ||
      !split_on_anchors (c, xoff, xlim, yoff, ylim, depth))
    compare_box (c, xoff, xlim, yoff, ylim, 0);
}

void
px_diff_core (const guint32       *a,
              gsize                n_a,
              const guint32       *b,
              gsize                n_b,
              guint                n_ids,
              const PxDiffOptions *options,
              guint8              *marks_a,
              guint8              *marks_b)
{
  PxDiffScratch scratch = { 0 };

  px_diff_core_with_scratch (a, n_a, b, n_b, n_ids, options, marks_a, marks_b, &scratch);
  px_diff_scratch_clear (&scratch);
}

void
px_diff_core_with_scratch (const guint32       *a,
                           gsize                n_a,
                           const guint32       *b,
                           gsize                n_b,
                           guint                n_ids,
                           const PxDiffOptions *options,
                           guint8              *marks_a,
                           guint8              *marks_b,
                           PxDiffScratch       *scratch)
{
  Ctx c = { 0 };

  g_return_if_fail (n_a < G_MAXINT32 / 2 && n_b < G_MAXINT32 / 2);

  memset (marks_a, 0, n_a);
  memset (marks_b, 0, n_b);
  c.a = a;
  c.b = b;
  c.ma = marks_a;
  c.mb = marks_b;
  c.n_ids = n_ids;
  c.minimal = options && options->minimal;
  c.deadline = options ? options->deadline : 0;
  c.fd = scratch->fd;
  c.bd = scratch->bd;
  c.vsize = scratch->vsize;

  if (c.minimal)
    compare_box (&c, 0, n_a, 0, n_b, G_MAXUINT);
  else
    {
      /* The counts are all zero between uses: only more ids than
       * before need new ones. */
      if (n_ids > scratch->n_counts)
        {
          g_free (scratch->count_a);
          g_free (scratch->count_b);
          g_free (scratch->pos_b);
          scratch->count_a = g_new0 (guint32, n_ids);
          scratch->count_b = g_new0 (guint32, n_ids);
          scratch->pos_b = g_new (guint32, n_ids);
          scratch->n_counts = n_ids;
        }
      c.count_a = scratch->count_a;
      c.count_b = scratch->count_b;
      c.pos_b = scratch->pos_b;
      compare_anchored (&c, 0, n_a, 0, n_b, 0);
    }
  scratch->fd = c.fd;
  scratch->bd = c.bd;
  scratch->vsize = c.vsize;
}

void
px_diff_scratch_clear (PxDiffScratch *scratch)
{
  g_clear_pointer (&scratch->fd, g_free);
  g_clear_pointer (&scratch->bd, g_free);
  g_clear_pointer (&scratch->count_a, g_free);
  g_clear_pointer (&scratch->count_b, g_free);
  g_clear_pointer (&scratch->pos_b, g_free);
  scratch->vsize = 0;
  scratch->n_counts = 0;
}

GArray *
px_diff_runs_from_marks (const guint8 *marks_a,
                         gsize         n_a,
                         const guint8 *marks_b,
                         gsize         n_b)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (PxDiffOp));

  px_diff_runs_from_marks_into (runs, marks_a, n_a, marks_b, n_b);
  return runs;
}

void
px_diff_runs_from_marks_into (GArray       *runs,
                              const guint8 *marks_a,
                              gsize         n_a,
                              const guint8 *marks_b,
                              gsize         n_b)
{
  gsize i = 0, j = 0;

  g_array_set_size (runs, 0);
  while (i < n_a || j < n_b)
    {
      PxDiffOp op;

      if (i < n_a && j < n_b && !marks_a[i] && !marks_b[j])
        {
          op.type = PX_DIFF_EQUAL;
          op.old_start = i;
          op.new_start = j;
          while (i < n_a && j < n_b && !marks_a[i] && !marks_b[j])
            i++, j++;
          op.old_end = i;
          op.new_end = j;
          g_array_append_val (runs, op);
          continue;
        }
      if (i < n_a && marks_a[i])
        {
          op.type = PX_DIFF_DELETE;
          op.old_start = i;
          while (i < n_a && marks_a[i])
            i++;
          op.old_end = i;
          op.new_start = op.new_end = j;
          g_array_append_val (runs, op);
        }
      if (j < n_b && marks_b[j])
        {
          op.type = PX_DIFF_INSERT;
          op.new_start = j;
          while (j < n_b && marks_b[j])
            j++;
          op.new_end = j;
          op.old_start = op.old_end = i;
          g_array_append_val (runs, op);
        }
    }
}

GArray *
px_diff_tokens (const guint32       *a,
                gsize                n_a,
                const guint32       *b,
                gsize                n_b,
                guint                n_ids,
                const PxDiffOptions *options)
{
  g_autofree guint8 *ma = NULL;
  g_autofree guint8 *mb = NULL;

  g_return_val_if_fail (a != NULL || n_a == 0, NULL);
  g_return_val_if_fail (b != NULL || n_b == 0, NULL);

  ma = g_malloc (n_a + 1);
  mb = g_malloc (n_b + 1);
  px_diff_core (a, n_a, b, n_b, n_ids, options, ma, mb);
  return px_diff_runs_from_marks (ma, n_a, mb, n_b);
}

gsize
px_diff_core_count_anchors (const guint32 *a,
                            gsize          n_a,
                            const guint32 *b,
                            gsize          n_b,
                            guint          n_ids)
{
  Ctx c = { 0 };
  g_autofree gint32 *pairs = NULL;
  gsize n_chain;

  g_return_val_if_fail (n_a < G_MAXINT32 / 2 && n_b < G_MAXINT32 / 2, 0);

  c.a = a;
  c.b = b;
  c.n_ids = n_ids;
  c.count_a = g_new0 (guint32, MAX (n_ids, 1));
  c.count_b = g_new0 (guint32, MAX (n_ids, 1));
  c.pos_b = g_new (guint32, MAX (n_ids, 1));
  n_chain = anchor_chain (&c, 0, n_a, 0, n_b, &pairs);
  g_free (c.count_a);
  g_free (c.count_b);
  g_free (c.pos_b);
  return n_chain;
}
