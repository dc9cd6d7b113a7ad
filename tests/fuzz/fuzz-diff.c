/* fuzz-diff.c: the word diff of any two texts
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input: flags byte, then OLD and NEW separated by a NUL byte.
 */
#include "fuzz.h"
#include "px-diff.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GArray) ops = NULL;
  PxDiffOptions options = { 0 };
  const char *a, *b;
  gsize la, lb, pa = 0, pb = 0;

  if (size < 1)
    return 0;
  options.flags = data[0] & 0x0f;
  options.minimal = (data[0] & 0x10) != 0;
  texts = fuzz_split_texts (data + 1, size - 1, 2);
  a = texts->pdata[0];
  b = texts->len > 1 ? texts->pdata[1] : "";
  la = strlen (a), lb = strlen (b);

  ops = px_diff (a, la, b, lb, &options);
  /* EQUAL and DELETE tile OLD; EQUAL and INSERT tile NEW. */
  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);

      FUZZ_CHECK (op->old_start == pa && op->new_start == pb);
      FUZZ_CHECK (op->old_end >= op->old_start && op->new_end >= op->new_start);
      if (op->type == PX_DIFF_INSERT)
        FUZZ_CHECK (op->old_end == op->old_start);
      if (op->type == PX_DIFF_DELETE)
        FUZZ_CHECK (op->new_end == op->new_start);
      if (op->type == PX_DIFF_EQUAL && options.flags == 0)
        FUZZ_CHECK (op->old_end - op->old_start == op->new_end - op->new_start &&
                    memcmp (a + op->old_start, b + op->new_start, op->old_end - op->old_start) == 0);
      pa = op->old_end, pb = op->new_end;
    }
  FUZZ_CHECK (pa == la && pb == lb);
  if (la == lb && memcmp (a, b, la) == 0)
    FUZZ_CHECK (px_diff_is_equal (ops));
  return 0;
}
