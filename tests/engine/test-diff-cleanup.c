/* test-diff-cleanup.c: a minimal edit script made readable
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-diff.h"

static void
add (GArray *runs, PxDiffOpType type, guint32 os, guint32 oe, guint32 ns, guint32 ne)
{
  PxDiffOp op = { type, os, oe, ns, ne };

  g_array_append_val (runs, op);
}

static guint
count (GArray *runs, PxDiffOpType type)
{
  guint n = 0;

  for (guint i = 0; i < runs->len; i++)
    n += g_array_index (runs, PxDiffOp, i).type == type;
  return n;
}

/* The runs cover both sides in order, with no gap and no overlap. */
static void
assert_covers (GArray *runs, guint32 n_old, guint32 n_new)
{
  guint32 o = 0, n = 0;

  for (guint i = 0; i < runs->len; i++)
    {
      const PxDiffOp *op = &g_array_index (runs, PxDiffOp, i);

      if (op->type != PX_DIFF_INSERT)
        {
          g_assert_cmpuint (op->old_start, ==, o);
          o = op->old_end;
        }
      if (op->type != PX_DIFF_DELETE)
        {
          g_assert_cmpuint (op->new_start, ==, n);
          n = op->new_end;
        }
      if (op->type == PX_DIFF_EQUAL)
        g_assert_cmpuint (op->old_end - op->old_start, ==, op->new_end - op->new_start);
    }
  g_assert_cmpuint (o, ==, n_old);
  g_assert_cmpuint (n, ==, n_new);
}

/* A lone kept token between two rewritten clauses joins the change. */
static void
test_small_island_folded (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (PxDiffOp));

  add (runs, PX_DIFF_DELETE, 0, 4, 0, 0);
  add (runs, PX_DIFF_INSERT, 4, 4, 0, 4);
  add (runs, PX_DIFF_EQUAL, 4, 5, 4, 5);
  add (runs, PX_DIFF_DELETE, 5, 9, 5, 5);
  add (runs, PX_DIFF_INSERT, 9, 9, 5, 9);
  px_diff_cleanup_islands (runs);
  assert_covers (runs, 9, 9);
  g_assert_cmpuint (count (runs, PX_DIFF_EQUAL), ==, 0);
  g_assert_cmpuint (count (runs, PX_DIFF_DELETE), ==, 1);
  g_assert_cmpuint (count (runs, PX_DIFF_INSERT), ==, 1);
}

/* A long kept passage between two small changes stays kept. */
static void
test_long_island_kept (void)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (PxDiffOp));

  add (runs, PX_DIFF_DELETE, 0, 1, 0, 0);
  add (runs, PX_DIFF_INSERT, 1, 1, 0, 1);
  add (runs, PX_DIFF_EQUAL, 1, 11, 1, 11);
  add (runs, PX_DIFF_DELETE, 11, 12, 11, 11);
  add (runs, PX_DIFF_INSERT, 12, 12, 11, 12);
  px_diff_cleanup_islands (runs);
  assert_covers (runs, 12, 12);
  g_assert_cmpuint (count (runs, PX_DIFF_EQUAL), ==, 1);
  g_assert_cmpuint (count (runs, PX_DIFF_DELETE), ==, 2);
}

/* Scores the boundary before token @index of the old side: high at @data. */
static int
prefer_old (guint side, gsize index, gpointer data)
{
  return side == 0 && index == GPOINTER_TO_SIZE (data) ? 10 : 0;
}

/* "a b c b c d" against "a b c d": the deleted "b c" may be either copy;
 * it goes where the caller's score says. */
static void
test_align_slides (void)
{
  const guint32 a[] = { 1, 2, 3, 2, 3, 4 };
  const guint32 b[] = { 1, 2, 3, 4 };
  /* A boundary liked at token 1 puts the deletion at 1..3; one liked at
   * token 5 (where the deletion may end) puts it at 3..5. */
  const struct { gsize liked, start; } cases[] = { { 1, 1 }, { 5, 3 } };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (PxDiffOp));
      const PxDiffOp *del = NULL;

      add (runs, PX_DIFF_EQUAL, 0, 3, 0, 3);
      add (runs, PX_DIFF_DELETE, 3, 5, 3, 3);
      add (runs, PX_DIFF_EQUAL, 5, 6, 3, 4);
      px_diff_cleanup_align (runs, a, b, prefer_old, GSIZE_TO_POINTER (cases[k].liked));
      assert_covers (runs, 6, 4);
      for (guint i = 0; i < runs->len; i++)
        if (g_array_index (runs, PxDiffOp, i).type == PX_DIFF_DELETE)
          del = &g_array_index (runs, PxDiffOp, i);
      g_assert_nonnull (del);
      g_assert_cmpuint (del->old_start, ==, cases[k].start);
      g_assert_cmpuint (del->old_end, ==, cases[k].start + 2);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff-cleanup/small-island-folded", test_small_island_folded);
  g_test_add_func ("/diff-cleanup/long-island-kept", test_long_island_kept);
  g_test_add_func ("/diff-cleanup/align-slides", test_align_slides);
  return g_test_run ();
}
