/* px-similarity.c: the share of each article's words found in another
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared runs of four words (shingles) rather than shared paragraphs:
 * a moved or split paragraph still counts, a word that merely recurs
 * does not.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "px-similarity.h"

#define SHINGLE PX_SIMILARITY_SHINGLE

static guint64
shingle_hash (const guint32 *w)
{
  guint64 h = 1469598103934665603ULL;

  for (guint i = 0; i < SHINGLE; i++)
    h = (h ^ w[i]) * 1099511628211ULL;
  return h | 1;   /* 0 marks an empty slot */
}

/* Each shingle with the set of documents that have it, of a block of
 * as many documents as a gulong has bits (one bit each): one probe per
 * shingle gives every document of the block that shares it, where a set
 * per document costs one probe per pair of documents. */
typedef struct {
  guint64 *hashes;   /* 0: empty slot */
  gulong *owners;
  gsize mask;
} ShingleOwners;

#define OWNERS_BLOCK (GLIB_SIZEOF_LONG * 8)

static void
shingle_owners_add (ShingleOwners *set, guint64 h, gulong owner)
{
  gsize k = (h >> 7) & set->mask;

  while (set->hashes[k] && set->hashes[k] != h)
    k = (k + 1) & set->mask;
  set->hashes[k] = h;
  set->owners[k] |= owner;
}

static gulong
shingle_owners_get (const ShingleOwners *set, guint64 h)
{
  gsize k = (h >> 7) & set->mask;

  while (set->hashes[k])
    {
      if (set->hashes[k] == h)
        return set->owners[k];
      k = (k + 1) & set->mask;
    }
  return 0;
}

/* The similarity of every document to those of [first, first + n_block). */
static void
similarity_to_block (GPtrArray *seqs, double *similarity, guint first, guint n_block)
{
  guint n = seqs->len;
  ShingleOwners set;
  gsize total = 0, size = 16;
  g_autofree guint *count = g_new (guint, n_block);
  g_autofree guint *end = g_new (guint, n_block);

  for (guint d = first; d < first + n_block; d++)
    total += ((GArray *) g_ptr_array_index (seqs, d))->len;
  while (size < 2 * total)
    size <<= 1;
  set.hashes = g_new0 (guint64, size);
  set.owners = g_new0 (gulong, size);
  set.mask = size - 1;
  for (guint d = first; d < first + n_block; d++)
    {
      GArray *seq = g_ptr_array_index (seqs, d);
      const guint32 *w = (const guint32 *) (gpointer) seq->data;

      for (guint i = 0; i + SHINGLE <= seq->len; i++)
        shingle_owners_add (&set, shingle_hash (w + i), 1UL << (d - first));
    }

  /* The words of document a covered by shingles it shares with b are
   * a union of windows [i, i + SHINGLE) taken in order of i: each adds
   * the part past the end of the one before (end[b]). */
  for (guint a = 0; a < n; a++)
    {
      GArray *seq = g_ptr_array_index (seqs, a);
      const guint32 *w = (const guint32 *) (gpointer) seq->data;
      gulong self_bit = a >= first && a < first + n_block ? 1UL << (a - first) : 0;

      memset (count, 0, n_block * sizeof (guint));
      memset (end, 0, n_block * sizeof (guint));
      for (guint i = 0; i + SHINGLE <= seq->len; i++)
        {
          gulong others = shingle_owners_get (&set, shingle_hash (w + i)) & ~self_bit;

          for (guint b = 0; others != 0 && b < n_block; b++)
            if (others & (1UL << b))
              {
                count[b] += i + SHINGLE - MAX (i, end[b]);
                end[b] = i + SHINGLE;
              }
        }
      for (guint b = 0; b < n_block; b++)
        similarity[a * n + first + b] = a == first + b ? 1.0 :
                                              seq->len ? (double) count[b] / seq->len : 0.0;
    }
  g_free (set.hashes);
  g_free (set.owners);
}

void
px_similarity_fill (GPtrArray *seqs,
                    double    *similarity)
{
  guint n = seqs->len;

  g_return_if_fail (similarity != NULL || n == 0);

  for (guint first = 0; first < n; first += OWNERS_BLOCK)
    similarity_to_block (seqs, similarity, first, MIN (OWNERS_BLOCK, n - first));
}

char *
px_similarity_percent (double share)
{
  double percent = 100 * CLAMP (share, 0, 1);
  int whole = (int) floor (percent + 0.5);

  /* "0%" would say that nothing is shared, "100%" that all is. */
  if (whole == 0 && percent > 0)
    return g_strdup (_("under 1%"));
  if (whole == 100 && percent < 100)
    return g_strdup (_("over 99%"));
  /* Translators: a share of words as a whole percentage */
  return g_strdup_printf (_("%d%%"), whole);
}
