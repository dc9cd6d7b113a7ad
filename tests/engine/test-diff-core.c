/* test-diff-core.c: the token-level diff against a reference
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Property tests over thousands of random sequences: every script
 * turns A into B; with minimal = TRUE its edit count equals the one an
 * O(NM) dynamic programme computes; with the cost bound on it is never
 * shorter (that would be a bug) and stays close on similar inputs.
 */
#include "config.h"

#include <string.h>

#include "px-diff.h"
#include "px-diff-private.h"

/* Edit distance with insertions and deletions only: n + m - 2 LCS. */
static gsize
reference_distance (const guint32 *a, gsize n, const guint32 *b, gsize m)
{
  g_autofree guint32 *prev = g_new0 (guint32, m + 1);
  g_autofree guint32 *cur = g_new0 (guint32, m + 1);

  for (gsize i = 1; i <= n; i++)
    {
      cur[0] = 0;
      for (gsize j = 1; j <= m; j++)
        cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : MAX (prev[j], cur[j - 1]);
      memcpy (prev, cur, (m + 1) * sizeof (guint32));
    }
  return n + m - 2 * prev[m];
}

/* Checks that @runs tile both sequences in order, that equal runs pair
 * equal tokens, and returns the number of tokens deleted or inserted. */
static gsize
check_script (GArray *runs, const guint32 *a, gsize n, const guint32 *b, gsize m)
{
  gsize i = 0, j = 0, edits = 0;

  for (guint r = 0; r < runs->len; r++)
    {
      const PxDiffOp *op = &g_array_index (runs, PxDiffOp, r);

      g_assert_cmpuint (op->old_start, ==, i);
      g_assert_cmpuint (op->new_start, ==, j);
      g_assert_cmpuint (op->old_end, >=, op->old_start);
      g_assert_cmpuint (op->new_end, >=, op->new_start);
      switch (op->type)
        {
        case PX_DIFF_EQUAL:
          g_assert_cmpuint (op->old_end - op->old_start, ==, op->new_end - op->new_start);
          g_assert_cmpuint (op->old_end, >, op->old_start);
          for (gsize k = 0; k < op->old_end - op->old_start; k++)
            g_assert_cmpuint (a[i + k], ==, b[j + k]);
          break;
        case PX_DIFF_DELETE:
          g_assert_cmpuint (op->new_end, ==, op->new_start);
          g_assert_cmpuint (op->old_end, >, op->old_start);
          edits += op->old_end - op->old_start;
          break;
        case PX_DIFF_INSERT:
          g_assert_cmpuint (op->old_end, ==, op->old_start);
          g_assert_cmpuint (op->new_end, >, op->new_start);
          edits += op->new_end - op->new_start;
          break;
        default:
          g_assert_not_reached ();
        }
      i = op->old_end;
      j = op->new_end;
    }
  g_assert_cmpuint (i, ==, n);
  g_assert_cmpuint (j, ==, m);
  return edits;
}

/* A random sequence over @alphabet symbols, and a copy of it with
 * random edits, so that both related and unrelated pairs come up. */
static void
make_pair (GRand *rand, guint32 **a, gsize *n, guint32 **b, gsize *m,
           guint max_len, guint alphabet)
{
  gsize len_a = g_rand_int_range (rand, 0, max_len + 1);
  guint edit_rate = g_rand_int_range (rand, 0, 101);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint32));

  *a = g_new (guint32, len_a + 1);
  for (gsize i = 0; i < len_a; i++)
    (*a)[i] = g_rand_int_range (rand, 0, alphabet);
  *n = len_a;

  for (gsize i = 0; i <= len_a; i++)
    {
      /* Insertions before token i, then token i kept, changed or dropped. */
      while ((guint) g_rand_int_range (rand, 0, 100) < edit_rate / 3)
        {
          guint32 t = g_rand_int_range (rand, 0, alphabet);
          g_array_append_val (out, t);
        }
      if (i == len_a)
        break;
      if ((guint) g_rand_int_range (rand, 0, 100) >= edit_rate)
        g_array_append_val (out, (*a)[i]);
      else if (g_rand_boolean (rand))
        {
          guint32 t = g_rand_int_range (rand, 0, alphabet);
          g_array_append_val (out, t);
        }
    }
  *m = out->len;
  *b = (guint32 *) g_array_free (out, FALSE);
}

static void
test_minimal_matches_reference (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  PxDiffOptions options = { 0, TRUE, 0 };

  for (guint iter = 0; iter < 3000; iter++)
    {
      g_autofree guint32 *a = NULL;
      g_autofree guint32 *b = NULL;
      g_autoptr(GArray) runs = NULL;
      guint alphabet = g_rand_int_range (rand, 1, 40);
      gsize n, m;

      make_pair (rand, &a, &n, &b, &m, iter < 2500 ? 60 : 300, alphabet);
      runs = px_diff_tokens (a, n, b, m, alphabet, &options);
      g_assert_cmpuint (check_script (runs, a, n, b, m), ==, reference_distance (a, n, b, m));
    }
}

static void
test_bounded_is_correct (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  PxDiffOptions options = { 0, FALSE, 0 };

  for (guint iter = 0; iter < 2000; iter++)
    {
      g_autofree guint32 *a = NULL;
      g_autofree guint32 *b = NULL;
      g_autoptr(GArray) runs = NULL;
      guint alphabet = g_rand_int_range (rand, 1, 400);
      gsize n, m, edits, best;

      make_pair (rand, &a, &n, &b, &m, iter < 1800 ? 200 : 2000, alphabet);
      runs = px_diff_tokens (a, n, b, m, alphabet, &options);
      edits = check_script (runs, a, n, b, m);
      best = reference_distance (a, n, b, m);
      g_assert_cmpuint (edits, >=, best);
      /* Anchors and snakes may cost a little minimality, never much. */
      if (n + m <= 400)
        g_assert_cmpuint (edits, <=, best + best / 4 + 8);
    }
}

/* Long sequences with few edits: the bounded diff is exact or nearly
 * so, and fast paths (anchors, snakes) do not lose correctness. */
static void
test_long_similar (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  PxDiffOptions options = { 0, FALSE, 0 };

  for (guint iter = 0; iter < 20; iter++)
    {
      gsize n = 20000, m;
      g_autofree guint32 *a = g_new (guint32, n);
      g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_autoptr(GArray) runs = NULL;
      guint alphabet = iter % 2 ? 50 : 5000;
      gsize edits = 0, changes = 0;

      for (gsize i = 0; i < n; i++)
        a[i] = g_rand_int_range (rand, 0, alphabet);
      for (gsize i = 0; i < n; i++)
        {
          if (g_rand_int_range (rand, 0, 200) == 0)
            {
              changes++;
              continue;
            }
          g_array_append_val (out, a[i]);
        }
      m = out->len;
      runs = px_diff_tokens (a, n, (guint32 *) out->data, m, alphabet, &options);
      edits = check_script (runs, a, n, (guint32 *) out->data, m);
      g_assert_cmpuint (edits, >=, changes > 0 ? 1 : 0);
      g_assert_cmpuint (edits, <=, changes * 2 + 16);
    }
}

/* Long sequences over a small alphabet have no unique token at all:
 * the diff anchors on unique runs of tokens instead (boxes of more
 * than 65536 tokens try those first).  Edits of every kind, a moved
 * block among them, must still come out close to what was done. */
static void
test_long_small_alphabet (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  PxDiffOptions options = { 0, FALSE, 0 };
  gsize sizes[] = { 3000, 20000, 120000 };

  for (guint iter = 0; iter < G_N_ELEMENTS (sizes); iter++)
    {
      gsize n = sizes[iter], m, changes = 0, move_from = n / 3, move_len = 200;
      g_autofree guint32 *a = g_new (guint32, n);
      g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_autoptr(GArray) runs = NULL;
      guint alphabet = 40;
      gsize edits;

      for (gsize i = 0; i < n; i++)
        a[i] = g_rand_int_range (rand, 0, alphabet);
      for (gsize i = 0; i < n; i++)
        {
          guint r = g_rand_int_range (rand, 0, 300);

          if (i >= move_from && i < move_from + move_len)
            continue;
          if (i == 2 * n / 3)
            {
              g_array_append_vals (out, a + move_from, move_len);
              changes += 2 * move_len;
            }
          if (r == 0)
            changes++;                  /* dropped */
          else if (r == 1)
            {
              guint32 t = (a[i] + 1) % alphabet;

              g_array_append_val (out, t);
              changes += 2;             /* replaced */
            }
          else
            {
              if (r == 2)
                {
                  guint32 t = g_rand_int_range (rand, 0, alphabet);

                  g_array_append_val (out, t);
                  changes++;            /* inserted before */
                }
              g_array_append_val (out, a[i]);
            }
        }
      m = out->len;
      runs = px_diff_tokens (a, n, (guint32 *) out->data, m, alphabet, &options);
      edits = check_script (runs, a, n, (guint32 *) out->data, m);
      g_assert_cmpuint (edits, >, 0);
      g_assert_cmpuint (edits, <=, changes + changes / 20 + 16);
    }
}

/* Two unrelated long sequences share runs here and there by chance:
 * the script stays correct, and the few anchors are not used.  The
 * same sequence with a few edits is cut at anchors: the count can
 * tell the two apart. */
static void
test_long_unrelated (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  gsize n = 70000;
  g_autofree guint32 *a = g_new (guint32, n);
  g_autofree guint32 *b = g_new (guint32, n);
  g_autofree guint32 *edited = g_new (guint32, n);
  PxDiffOptions options = { 0, FALSE, 0 };
  g_autoptr(GArray) runs = NULL;

  for (gsize i = 0; i < n; i++)
    {
      a[i] = g_rand_int_range (rand, 0, 4);
      b[i] = g_rand_int_range (rand, 0, 4);
      edited[i] = i % 500 == 250 ? (a[i] + 1) % 4 : a[i];
    }
  runs = px_diff_tokens (a, n, b, n, 4, &options);
  check_script (runs, a, n, b, n);
  g_assert_cmpuint (px_diff_core_count_anchors (a, n, b, n, 4), ==, 0);
  g_assert_cmpuint (px_diff_core_count_anchors (a, n, edited, n, 4), >, 0);
}

static void
test_empty_and_equal (void)
{
  guint32 a[] = { 1, 2, 3 };
  g_autoptr(GArray) r1 = px_diff_tokens (NULL, 0, NULL, 0, 0, NULL);
  g_autoptr(GArray) r2 = px_diff_tokens (a, 3, NULL, 0, 4, NULL);
  g_autoptr(GArray) r3 = px_diff_tokens (NULL, 0, a, 3, 4, NULL);
  g_autoptr(GArray) r4 = px_diff_tokens (a, 3, a, 3, 4, NULL);

  g_assert_cmpuint (r1->len, ==, 0);
  g_assert_cmpuint (check_script (r2, a, 3, NULL, 0), ==, 3);
  g_assert_cmpuint (check_script (r3, NULL, 0, a, 3), ==, 3);
  g_assert_cmpuint (check_script (r4, a, 3, a, 3), ==, 0);
  g_assert_cmpuint (r4->len, ==, 1);
}

/* With a deadline already past, the diff of an unrelated pair cuts its
 * search short and its script is still correct.  (How fast it comes
 * back is for the benchmarks, tests/bench, not for a unit test.) */
static void
test_expired_deadline (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  gsize n = 30000;
  g_autofree guint32 *a = g_new (guint32, n);
  g_autofree guint32 *b = g_new (guint32, n);
  PxDiffOptions options = { 0, FALSE, 1 };
  g_autoptr(GArray) runs = NULL;

  for (gsize i = 0; i < n; i++)
    {
      a[i] = g_rand_int_range (rand, 0, 300);
      b[i] = g_rand_int_range (rand, 0, 300);
    }
  runs = px_diff_tokens (a, n, b, n, 300, &options);
  check_script (runs, a, n, b, n);
}

/* One scratch kept over many diffs of growing and shrinking sizes and
 * alphabets gives the marks a fresh px_diff_core() gives, and runs into
 * a reused array are px_diff_tokens()' runs: word choice diffs
 * thousands of pairs of paragraphs that way. */
static void
test_scratch_same_marks (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1906);
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (PxDiffOp));
  PxDiffScratch scratch = { 0 };

  for (guint iter = 0; iter < 1500; iter++)
    {
      g_autofree guint32 *a = NULL;
      g_autofree guint32 *b = NULL;
      g_autoptr(GArray) fresh_runs = NULL;
      PxDiffOptions options = { 0, iter % 5 == 0, 0 };
      /* Past ANCHOR_MIN now and then, so that the counts are used. */
      guint alphabet = g_rand_int_range (rand, 1, iter % 3 == 0 ? 2000 : 30);
      gsize n, m;
      g_autofree guint8 *fa = NULL, *fb = NULL, *sa = NULL, *sb = NULL;

      make_pair (rand, &a, &n, &b, &m, iter % 7 == 0 ? 600 : 80, alphabet);
      fa = g_malloc (n + 1), fb = g_malloc (m + 1), sa = g_malloc (n + 1), sb = g_malloc (m + 1);
      px_diff_core (a, n, b, m, alphabet, &options, fa, fb);
      px_diff_core_with_scratch (a, n, b, m, alphabet, &options, sa, sb, &scratch);
      g_assert_cmpmem (fa, n, sa, n);
      g_assert_cmpmem (fb, m, sb, m);
      px_diff_runs_from_marks_into (runs, sa, n, sb, m);
      fresh_runs = px_diff_tokens (a, n, b, m, alphabet, &options);
      g_assert_cmpmem (runs->data, runs->len * sizeof (PxDiffOp), fresh_runs->data, fresh_runs->len * sizeof (PxDiffOp));
    }
  px_diff_scratch_clear (&scratch);
  g_assert_null (scratch.fd);
  g_assert_null (scratch.count_a);
}

/* The marks between a shared prefix and suffix do not depend on them:
 * diffing only the words between gives the same marks there (word
 * choice diffs only those, and its sets must not change). */
static void
test_shared_ends_apart (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (77);

  for (guint iter = 0; iter < 2000; iter++)
    {
      g_autofree guint32 *a = NULL;
      g_autofree guint32 *b = NULL;
      PxDiffOptions options = { 0, FALSE, 0 };
      guint alphabet = g_rand_int_range (rand, 2, 60);
      gsize n, m, pre = 0, suf = 0;
      g_autofree guint8 *wa = NULL, *wb = NULL, *ma = NULL, *mb = NULL;

      make_pair (rand, &a, &n, &b, &m, iter % 9 == 0 ? 400 : 90, alphabet);
      while (pre < n && pre < m && a[pre] == b[pre])
        pre++;
      while (suf < n - pre && suf < m - pre && a[n - 1 - suf] == b[m - 1 - suf])
        suf++;
      wa = g_malloc (n + 1), wb = g_malloc (m + 1), ma = g_malloc (n + 1), mb = g_malloc (m + 1);
      px_diff_core (a, n, b, m, alphabet, &options, wa, wb);
      px_diff_core (a + pre, n - pre - suf, b + pre, m - pre - suf, alphabet, &options, ma, mb);
      for (gsize k = 0; k < pre; k++)
        g_assert_true (wa[k] == 0 && wb[k] == 0);
      for (gsize k = 0; k < suf; k++)
        g_assert_true (wa[n - 1 - k] == 0 && wb[m - 1 - k] == 0);
      g_assert_cmpmem (wa + pre, n - pre - suf, ma, n - pre - suf);
      g_assert_cmpmem (wb + pre, m - pre - suf, mb, m - pre - suf);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff-core/minimal-matches-reference", test_minimal_matches_reference);
  g_test_add_func ("/diff-core/bounded-is-correct", test_bounded_is_correct);
  g_test_add_func ("/diff-core/long-similar", test_long_similar);
  g_test_add_func ("/diff-core/long-small-alphabet", test_long_small_alphabet);
  g_test_add_func ("/diff-core/long-unrelated", test_long_unrelated);
  g_test_add_func ("/diff-core/empty-and-equal", test_empty_and_equal);
  g_test_add_func ("/diff-core/expired-deadline-correct", test_expired_deadline);
  g_test_add_func ("/diff-core/scratch-same-marks", test_scratch_same_marks);
  g_test_add_func ("/diff-core/shared-ends-apart", test_shared_ends_apart);
  return g_test_run ();
}
