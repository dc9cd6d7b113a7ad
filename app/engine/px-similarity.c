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

#include "px-compare-private.h"
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

/* Above this many words in all, the work is shared with a second thread
 * (when the machine has a second core): below, starting it costs more
 * than it saves. */
#define THREADS_MIN_WORDS 20000

/* The hash of each shingle of each document, worked out once: the
 * shingle index of every block is built from them and looked up with
 * them. */
typedef struct {
  GPtrArray *seqs;
  guint64 **hashes;            /* [document][shingle] */
} Shingles;

static guint
n_shingles (GArray *seq)
{
  return seq->len >= SHINGLE ? seq->len - SHINGLE + 1 : 0;
}

static void
hash_documents (Shingles *sh, guint first_doc, guint end_doc)
{
  for (guint d = first_doc; d < end_doc; d++)
    {
      GArray *seq = g_ptr_array_index (sh->seqs, d);
      const guint32 *w = (const guint32 *) (gpointer) seq->data;
      guint m = n_shingles (seq);

      sh->hashes[d] = g_new (guint64, MAX (m, 1));
      for (guint i = 0; i < m; i++)
        sh->hashes[d][i] = shingle_hash (w + i);
    }
}

/* One of the two halves of the work on a block: the documents
 * [first_doc, end_doc) are hashed (on the first block) and looked up in
 * both halves of the index, and the shingles whose hash has @part as its
 * top bit go to sets[part] (each half builds its own). */
typedef struct {
  Shingles *sh;
  double *similarity;          /* a, first + b at [a * stride + b + first - base] */
  guint stride, base;
  guint first, n_block;        /* the block */
  gboolean hash;               /* the documents are not hashed yet */
  ShingleOwners *sets;         /* [2], or [1] when not split */
  guint n_sets;
  guint part;
  guint first_doc, end_doc;
  GMutex *lock;                /* each stage waits for both halves */
  GCond *done;
  guint *n_done;
} BlockPart;

static ShingleOwners *
set_of (BlockPart *bp, guint64 h)
{
  return &bp->sets[bp->n_sets == 2 ? h >> 63 : 0];
}

/* Waits until every half has finished its @stage (counted from 1). */
static void
finish_stage (BlockPart *bp, guint stage)
{
  if (bp->n_sets == 1)
    return;
  g_mutex_lock (bp->lock);
  (*bp->n_done)++;
  g_cond_broadcast (bp->done);
  while (*bp->n_done < stage * bp->n_sets)
    g_cond_wait (bp->done, bp->lock);
  g_mutex_unlock (bp->lock);
}

static void
build_part (BlockPart *bp)
{
  ShingleOwners *set = &bp->sets[bp->part];

  for (guint d = bp->first; d < bp->first + bp->n_block; d++)
    {
      const guint64 *h = bp->sh->hashes[d];
      guint m = n_shingles (g_ptr_array_index (bp->sh->seqs, d));

      for (guint i = 0; i < m; i++)
        if (set_of (bp, h[i]) == set)
          shingle_owners_add (set, h[i], 1UL << (d - bp->first));
    }
}

/* The words of document a covered by shingles it shares with b are a
 * union of windows [i, i + SHINGLE) taken in order of i: each adds the
 * part past the end of the one before (end[b]). */
static void
look_up_part (BlockPart *bp)
{
  g_autofree guint *count = g_new (guint, bp->n_block);
  g_autofree guint *end = g_new (guint, bp->n_block);

  for (guint a = bp->first_doc; a < bp->end_doc; a++)
    {
      GArray *seq = g_ptr_array_index (bp->sh->seqs, a);
      const guint64 *h = bp->sh->hashes[a];
      guint m = n_shingles (seq);
      gulong self_bit = a >= bp->first && a < bp->first + bp->n_block ? 1UL << (a - bp->first) : 0;

      memset (count, 0, bp->n_block * sizeof (guint));
      memset (end, 0, bp->n_block * sizeof (guint));
      for (guint i = 0; i < m; i++)
        {
          gulong others = shingle_owners_get (set_of (bp, h[i]), h[i]) & ~self_bit;

          for (guint b = 0; others != 0 && b < bp->n_block; b++)
            if (others & (1UL << b))
              {
                count[b] += i + SHINGLE - MAX (i, end[b]);
                end[b] = i + SHINGLE;
              }
        }
      for (guint b = 0; b < bp->n_block; b++)
        bp->similarity[a * bp->stride + bp->first + b - bp->base] =
          a == bp->first + b ? 1.0 : seq->len ? (double) count[b] / seq->len : 0.0;
    }
}

static gpointer
run_part (gpointer data)
{
  BlockPart *bp = data;

  /* The documents of the block may be in the other half's range. */
  if (bp->hash)
    hash_documents (bp->sh, bp->first_doc, bp->end_doc);
  finish_stage (bp, 1);
  build_part (bp);
  /* Both halves of the index are read from here on. */
  finish_stage (bp, 2);
  look_up_part (bp);
  return NULL;
}

/* The similarity of every document to those of [first, first + n_block),
 * document a's to first + b at @similarity[a * @stride + b + first -
 * @base]: in two halves on two threads when @split, with the same result
 * to the last bit (each share is a count of words, whoever counts it).
 * The documents are hashed first when @hash. */
static void
similarity_to_block (Shingles *sh, double *similarity, guint stride, guint base,
                     guint first, guint n_block, gboolean hash, gboolean split)
{
  GPtrArray *seqs = sh->seqs;
  guint n = seqs->len, n_sets = split ? 2 : 1;
  ShingleOwners sets[2];
  BlockPart parts[2];
  gsize total = 0, size = 16, all = 0, half = 0;
  guint n_done = 0, mid = n;
  GMutex lock;
  GCond done;
  GThread *thread = NULL;

  for (guint d = first; d < first + n_block; d++)
    total += ((GArray *) g_ptr_array_index (seqs, d))->len;
  /* Each half holds about half of the shingles. */
  while (size < 2 * total / n_sets)
    size <<= 1;
  for (guint k = 0; k < n_sets; k++)
    {
      sets[k].hashes = g_new0 (guint64, size);
      sets[k].owners = g_new0 (gulong, size);
      sets[k].mask = size - 1;
    }
  if (split)
    {
      /* The documents looked up, halved by their words. */
      for (guint a = 0; a < n; a++)
        all += ((GArray *) g_ptr_array_index (seqs, a))->len;
      for (mid = 0; mid < n && 2 * (half + ((GArray *) g_ptr_array_index (seqs, mid))->len) <= all; mid++)
        half += ((GArray *) g_ptr_array_index (seqs, mid))->len;
    }
  g_mutex_init (&lock);
  g_cond_init (&done);
  for (guint k = 0; k < n_sets; k++)
    parts[k] = (BlockPart) { sh, similarity, stride, base, first, n_block, hash, sets, n_sets, k,
                             k == 0 ? 0 : mid, k == 0 ? mid : n, &lock, &done, &n_done };
  if (split)
    thread = g_thread_try_new ("px-similarity", run_part, &parts[1], NULL);
  if (split && thread == NULL)
    {
      /* No second thread: one half does all of it, building both
       * halves of the index in turn. */
      if (hash)
        hash_documents (sh, 0, n);
      parts[0].hash = FALSE;
      build_part (&parts[1]);
      parts[0].end_doc = n;
      n_done = 2 * 2;   /* neither stage waits */
    }
  run_part (&parts[0]);
  if (thread)
    g_thread_join (thread);
  g_mutex_clear (&lock);
  g_cond_clear (&done);
  for (guint k = 0; k < n_sets; k++)
    {
      g_free (sets[k].hashes);
      g_free (sets[k].owners);
    }
}

void
px_similarity_fill (GPtrArray *seqs,
                    double    *similarity)
{
  guint n = seqs->len;
  gsize words = 0;
  gboolean split;
  Shingles sh = { seqs, NULL };

  g_return_if_fail (similarity != NULL || n == 0);

  sh.hashes = g_new0 (guint64 *, MAX (n, 1));

  for (guint d = 0; d < n; d++)
    words += ((GArray *) g_ptr_array_index (seqs, d))->len;
  split = words >= THREADS_MIN_WORDS && n > 1 && _px_compare_second_core ();
  for (guint first = 0; first < n; first += OWNERS_BLOCK)
    similarity_to_block (&sh, similarity, n, 0, first, MIN (OWNERS_BLOCK, n - first), first == 0, split);
  for (guint d = 0; d < n; d++)
    g_free (sh.hashes[d]);
  g_free (sh.hashes);
}

void
px_similarity_fill_column (GPtrArray *seqs,
                           guint      column,
                           double    *share)
{
  guint n = seqs->len;
  Shingles sh = { seqs, NULL };

  g_return_if_fail (column < n);
  g_return_if_fail (share != NULL);

  /* The index holds one document's shingles: small enough to stay in
   * the cache, where the whole matrix's misses it at every probe. */
  sh.hashes = g_new0 (guint64 *, n);
  similarity_to_block (&sh, share, 1, column, column, 1, TRUE, FALSE);
  for (guint d = 0; d < n; d++)
    g_free (sh.hashes[d]);
  g_free (sh.hashes);
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
