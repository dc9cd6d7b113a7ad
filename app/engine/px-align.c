/* px-align.c: pair the articles' paragraphs into rows
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *  1. every paragraph becomes a set of folded word ids, weighted by how
 *     rare the word is across all articles (idf), and a set of word pairs;
 *  2. the reference's paragraphs are the first rows; each other article
 *     is aligned to the rows built so far: candidate pairs come from an
 *     inverted index, and a heaviest increasing chain (Fenwick tree) keeps
 *     its order; a paragraph that pairs well outside the chain is a move,
 *     one that follows its split-off first half is a continuation, and
 *     the rest get rows of their own.
 *
 * The comparison object (px-compare.c) calls these and keeps the result.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "px-align-private.h"
#include "px-diff.h"
#include "px-headline.h"
#include "px-tokenizer.h"

/* Thresholds of paragraph pairing; see accept_pair(). */
#define PAIR_MIN_DICE        0.35
#define PAIR_MIN_CONTAIN     0.60
#define PAIR_MIN_BIGRAMS     2
#define SHORT_MIN_DICE       0.75
#define MOVE_MIN_SCORE       0.45
#define SHORT_WORDS          4
/* A word in more paragraphs than this (or twice the square root of their
 * number, if more) proposes no pairs: its postings would dominate. */
#define COMMON_WORD_MIN      40

/* --- 1. words ---------------------------------------------------------- */

/* sort_unique_u32() and sort_unique_u64() sort @v and drop repeats,
 * and return how many values are left: the word sets and word-pair
 * sets of paragraphs.  Paragraphs are a few dozen words: runs of
 * SORT_RUN are sorted by insertion, then merged through @tmp (room for
 * @n values), without qsort()'s call through a function pointer for
 * every comparison (it took a sixth of building the paragraphs). */
#define SORT_RUN 16

#define DEFINE_SORT_UNIQUE(suffix, type)                                \
static guint                                                            \
sort_unique_##suffix (type *v, guint n, type *tmp)                      \
{                                                                       \
  type *src = v, *dst = tmp;                                            \
  guint k = 0;                                                          \
                                                                        \
  for (guint run = 0; run < n; run += SORT_RUN)                         \
    for (guint i = run + 1; i < MIN (run + SORT_RUN, n); i++)           \
      {                                                                 \
        type x = v[i];                                                  \
        guint j = i;                                                    \
                                                                        \
        for (; j > run && v[j - 1] > x; j--)                            \
          v[j] = v[j - 1];                                              \
        v[j] = x;                                                       \
      }                                                                 \
  for (guint width = SORT_RUN; width < n; width *= 2)                   \
    {                                                                   \
      type *swap;                                                       \
                                                                        \
      for (guint lo = 0; lo < n; lo += 2 * width)                       \
        {                                                               \
          guint mid = MIN (lo + width, n), hi = MIN (lo + 2 * width, n);\
          guint i = lo, j = mid, out = lo;                              \
                                                                        \
          while (i < mid && j < hi)                                     \
            dst[out++] = src[j] < src[i] ? src[j++] : src[i++];         \
          while (i < mid)                                               \
            dst[out++] = src[i++];                                      \
          while (j < hi)                                                \
            dst[out++] = src[j++];                                      \
        }                                                               \
      swap = src, src = dst, dst = swap;                                \
    }                                                                   \
  for (guint i = 0; i < n; i++)                                         \
    if (k == 0 || v[k - 1] != src[i])                                   \
      v[k++] = src[i];                                                  \
  return k;                                                             \
}

DEFINE_SORT_UNIQUE (u32, guint32)
DEFINE_SORT_UNIQUE (u64, guint64)

/* Copies @size bytes to the end of @arena (of guint64, so every array
 * in it is aligned), at least one element's room even when empty, and
 * returns where they start. */
static gsize
arena_add (GArray *arena, gconstpointer data, gsize size)
{
  gsize at = arena->len;

  g_array_set_size (arena, at + MAX ((size + 7) / 8, 1));
  memcpy (&g_array_index (arena, guint64, at), data, size);
  return at;
}

/* Builds a paragraph's word sets (always folded: pairing ignores case and
 * typography) and its token sequence (folded as the options say). */
static void
build_para (Para *para, PxInterner *words, PxInterner *tokens, const char *text,
            const PxToken *toks, guint n_toks, GArray *work, GArray *arena, gsize at[4],
            PxDiffFlags flags)
{
  guint n = 0, n_seq = 0, room;
  guint32 *ids, *seq;
  guint64 *bigrams, *tmp;

  /* Worked out in @work, then copied at their exact sizes to @arena
   * (their places in @at): the pairing reads them again and again. */
  room = MAX (n_toks, 1);
  g_array_set_size (work, 3 * room);   /* of guint64 */
  bigrams = (guint64 *) (gpointer) work->data;
  ids = (guint32 *) (gpointer) (bigrams + room);
  seq = ids + room;
  tmp = bigrams + 2 * room;            /* the sorts' */
  for (guint i = 0; i < n_toks; i++)
    {
      const PxToken *t = &toks[i];

      if (t->kind == PX_TOKEN_SPACE)
        continue;
      if (t->kind == PX_TOKEN_WORD)
        ids[n++] = px_interner_intern (words, text + t->start, t->len, t->kind);
      if (t->kind == PX_TOKEN_PUNCT && (flags & PX_DIFF_IGNORE_PUNCTUATION))
        continue;
      seq[n_seq++] = px_interner_intern (tokens, text + t->start, t->len, t->kind);
    }

  /* Word pairs in reading order, before the ids are sorted. */
  for (guint i = 0; i + 1 < n; i++)
    bigrams[i] = ((guint64) ids[i] << 32) | ids[i + 1];
  para->n_bigrams = n > 1 ? sort_unique_u64 (bigrams, n - 1, tmp) : 0;
  at[0] = arena_add (arena, bigrams, para->n_bigrams * sizeof (guint64));

  at[1] = arena_add (arena, ids, n * sizeof (guint32));
  para->n_ordered = n;
  para->hash = 1469598103934665603ULL;
  for (guint i = 0; i < n; i++)
    para->hash = (para->hash ^ ids[i]) * 1099511628211ULL;
  para->n_words = sort_unique_u32 (ids, n, (guint32 *) (gpointer) tmp);
  at[2] = arena_add (arena, ids, para->n_words * sizeof (guint32));
  para->n_seq = n_seq;
  at[3] = arena_add (arena, seq, n_seq * sizeof (guint32));
}

/* --- 2. pairing -------------------------------------------------------- */

/* The merges below step each side by a comparison rather than branch
 * on which is smaller: the order of ids is random, and mispredicted
 * branches were most of their cost.  The weights are summed in the same
 * order as ever. */
static double
shared_weight (const Para *a, const Para *b, const double *idf)
{
  const guint32 *x = a->words, *y = b->words;
  double w = 0;
  guint i = 0, j = 0;

  while (i < a->n_words && j < b->n_words)
    {
      guint32 u = x[i], v = y[j];

      if (u == v)
        w += idf[u];
      i += u <= v;
      j += v <= u;
    }
  return w;
}

static guint
shared_bigrams (const Para *a, const Para *b)
{
  const guint64 *x = a->bigrams, *y = b->bigrams;
  guint n = 0, i = 0, j = 0;

  while (i < a->n_bigrams && j < b->n_bigrams)
    {
      guint64 u = x[i], v = y[j];

      n += u == v;
      i += u <= v;
      j += v <= u;
    }
  return n;
}

/* Whether two paragraphs say the same thing, and how well (0..1]. */
static gboolean
accept_pair (const Para *a, const Para *b, const double *idf, double *score, double *contain_a)
{
  double shared, dice, contain;
  guint bigrams;

  if (a->n_words == 0 || b->n_words == 0)
    return FALSE;
  shared = shared_weight (a, b, idf);
  dice = 2 * shared / (a->weight + b->weight);
  contain = shared / MIN (a->weight, b->weight);
  if (contain_a)
    *contain_a = shared / a->weight;

  if (MIN (a->n_words, b->n_words) < SHORT_WORDS)
    {
      *score = dice;
      return dice >= SHORT_MIN_DICE;
    }
  /* Shared word pairs cannot save a pair whose words pass neither test. */
  if (dice < PAIR_MIN_DICE && contain < PAIR_MIN_CONTAIN)
    return FALSE;
  bigrams = shared_bigrams (a, b);
  if (dice >= PAIR_MIN_DICE && bigrams >= PAIR_MIN_BIGRAMS)
    {
      *score = dice;
      return TRUE;
    }
  if (contain >= PAIR_MIN_CONTAIN && bigrams >= PAIR_MIN_BIGRAMS + 1)
    {
      *score = 0.5 * contain;
      return TRUE;
    }
  return FALSE;
}

typedef struct {
  guint para;       /* local index in the document being aligned */
  guint row;        /* row index at the time of alignment */
  double score;
  double contain;   /* share of the paragraph's words found in the row */
} Candidate;

static int
cmp_candidate (gconstpointer a, gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->para != y->para)
    return x->para < y->para ? -1 : 1;
  /* Within a paragraph, later rows first, so none chains onto another. */
  return x->row > y->row ? -1 : x->row < y->row;
}

/* Fenwick tree over row indices for prefix maxima of chain weights. */
typedef struct {
  double *best;
  int *arg;
  guint n;
} Fenwick;

static void
fenwick_update (Fenwick *f, guint pos, double value, int arg)
{
  for (guint i = pos + 1; i <= f->n; i += i & -i)
    if (value > f->best[i])
      f->best[i] = value, f->arg[i] = arg;
}

static double
fenwick_query (Fenwick *f, guint pos_exclusive, int *arg)
{
  double best = 0;

  *arg = -1;
  for (guint i = pos_exclusive; i > 0; i -= i & -i)
    if (f->best[i] > best)
      best = f->best[i], *arg = f->arg[i];
  return best;
}

static Row *
row_new (guint n_docs)
{
  Row *row = g_new0 (Row, 1);

  row->cells = g_new (PxCell, n_docs);
  row->index = G_MAXUINT;
  for (guint i = 0; i < n_docs; i++)
    row->cells[i] = (PxCell) { -1, 0 };
  return row;
}

void
px_align_row_free (gpointer data)
{
  Row *row = data;

  g_free (row->cells);
  g_free (row);
}

/* A placed paragraph's weights, packed for find_candidates(). */
typedef struct {
  double weight;           /* Para's */
  double common;           /* of its words that are common now */
} PlacedWeight;

/* A placed paragraph's words as a set of 512 bits, each word setting
 * the bit its id hashes to: a word whose bit is clear is not among them
 * (a set bit may be another word's).  find_candidates() bounds the
 * weight of the common words two paragraphs share with it, words whose
 * postings it does not read. */
#define WORD_SIG_WORDS 8
typedef struct {
  guint64 bits[WORD_SIG_WORDS];
} WordSig;

static inline guint
word_sig_bit (guint32 id)
{
  /* Fibonacci hashing: ids are numbered in order of first sight, and
   * the top bits of the product spread neighbours apart. */
  return (guint32) (id * 2654435761u) >> (32 - 9);
}

/* Sets the bit of the word @id in @sig; returns the bit. */
static inline guint
word_sig_add (WordSig *sig, guint32 id)
{
  guint bit = word_sig_bit (id);

  sig->bits[bit >> 6] |= G_GUINT64_CONSTANT (1) << (bit & 63);
  return bit;
}

typedef struct {
  PxComparison *self;
  double *idf;
  GPtrArray *postings;     /* word id -> GArray of global paragraph indices placed */
  guint common_limit;
  GHashTable *exact;       /* words hash -> global paragraph + 1 placed first */
  Row **row_of_para;       /* global paragraph -> Row* while aligning */
  PlacedWeight *placed;    /* by global paragraph, kept for those placed */
  WordSig *sig;            /* by global paragraph, set for those placed */
  guint *filter_misses;    /* for tests: see px_comparison_new_checked() */
  gboolean threads;        /* the candidates are found by two threads */
} Aligner;

static void
array_unref0 (gpointer array)
{
  if (array)
    g_array_unref (array);
}

static void
post_paragraph (Aligner *al, guint g)
{
  const Para *para = &al->self->paras[g];

  if (para->n_ordered > 0)
    {
      GArray *copies = g_hash_table_lookup (al->exact, &para->hash);

      if (copies == NULL)
        {
          copies = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (al->exact, (gpointer) &para->hash, copies);
        }
      g_array_append_val (copies, g);
    }

  for (guint i = 0; i < para->n_words; i++)
    {
      GArray *list = g_ptr_array_index (al->postings, para->words[i]);

      word_sig_add (&al->sig[g], para->words[i]);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_ptr_array_index (al->postings, para->words[i]) = list;
        }
      g_array_append_val (list, g);
      /* The word just became common (a paragraph's common words are
       * found by the length of their postings), or already was. */
      if (list->len == al->common_limit + 1)
        for (guint k = 0; k < list->len; k++)
          al->placed[g_array_index (list, guint, k)].common += al->idf[para->words[i]];
      else if (list->len > al->common_limit)
        al->placed[g].common += al->idf[para->words[i]];
    }
}

static guint row_position (const Aligner *al, Row *row);

/* The candidates of one paragraph, at most one a row. */
typedef struct {
  GArray *found;   /* of Candidate */
  guint *slot;     /* row index -> its place in found + 1, or 0 */
} RowBest;

static Candidate *
row_best_lookup (RowBest *best, guint row)
{
  return best->slot[row] ? &g_array_index (best->found, Candidate, best->slot[row] - 1) : NULL;
}

static void
row_best_add (RowBest *best, const Candidate *c)
{
  g_array_append_val (best->found, *c);
  best->slot[c->row] = best->found->len;
}

/* Moves the paragraph's candidates to @out and empties @best. */
static void
row_best_flush (RowBest *best, GArray *out)
{
  for (guint i = 0; i < best->found->len; i++)
    best->slot[g_array_index (best->found, Candidate, i).row] = 0;
  g_array_append_vals (out, best->found->data, best->found->len);
  g_array_set_size (best->found, 0);
}

/* Whether a pair could pass accept_pair() given an upper bound on the
 * weight of the words it shares. */
static gboolean
may_pair (const Para *a, const Para *b, double shared_bound)
{
  double dice = 2 * shared_bound / (a->weight + b->weight);
  double contain = shared_bound / MIN (a->weight, b->weight);

  if (MIN (a->n_words, b->n_words) < SHORT_WORDS)
    return dice >= SHORT_MIN_DICE;
  return dice >= PAIR_MIN_DICE || contain >= PAIR_MIN_CONTAIN;
}

/* Whether a pair of paragraphs weighing @wa and @wb and sharing at most
 * @shared_bound could pass the weakest of accept_pair()'s tests (dice
 * >= 0.35 or containment >= 0.6), without a division.  The bound is
 * raised by a millionth, far above the rounding of sums of even a
 * million weights and of the tests' own arithmetic: a pair that
 * accept_pair() takes always passes. */
static inline gboolean
may_share (double wa, double wb, double shared_bound)
{
  double s = shared_bound * (1 + 1e-6);

  return 2 * s >= PAIR_MIN_DICE * (wa + wb) || s >= PAIR_MIN_CONTAIN * MIN (wa, wb);
}

/* Whether a pair of paragraphs weighing @wa and @wb and sharing at most
 * @shared_bound could score above @score in accept_pair() (its dice, or
 * half its containment), with the margin of may_share(). */
static inline gboolean
may_score_above (double wa, double wb, double shared_bound, double score)
{
  double s = shared_bound * (1 + 1e-6);

  return 2 * s > score * (wa + wb) || 0.5 * s > score * MIN (wa, wb);
}

/* No less than the weight of the words of @mine that @sig holds, where
 * @mine holds some words (the common ones of a paragraph) and
 * @weight_at[b] is the weight of those among them whose bit is b.  Few
 * bits are set in both: the loop visits those alone. */
static inline double
sig_shared_bound (const WordSig *sig, const WordSig *mine, const double *weight_at)
{
  double w = 0;

  for (guint k = 0; k < WORD_SIG_WORDS; k++)
    for (guint64 both = sig->bits[k] & mine->bits[k]; both != 0; both &= both - 1)
      w += weight_at[64 * k + __builtin_ctzll (both)];
  return w;
}

/* Candidate rows for each paragraph of document @d, the best per row.
 * Shared weight is summed over the postings of the rarer words; the
 * common ones add at most their own weight, which bounds the pairs that
 * are worth an exact look (may_pair()).  The common words two paragraphs
 * share are common words of both, so they also weigh no more than the
 * other paragraph's (al->placed): where common words are most of the
 * weight, as in long articles over a small vocabulary, that bound drops
 * six pairs in seven that the first lets through.  It is applied first,
 * through may_share(), which never drops a pair accept_pair() takes; the
 * first bound is still applied as ever, so the pairs taken stay the same
 * to the last bit.  The third bound replaces the common words'
 * weight by that of those whose bit the other paragraph's signature
 * (WordSig) has set: a superset of the common words they share.  Where
 * common words weigh a third of a paragraph, most pairs that share one
 * rare word passed the first two bounds and failed accept_pair() (nine
 * in ten of its calls on twenty long articles).  Without @filter, every
 * pair touched gets accept_pair(): the reference the bounds are tested
 * against. */
static void
find_candidates_in (const Aligner *al, guint d, gboolean filter, guint from, guint to, GArray *out)
{
  PxComparison *self = al->self;
  guint first = self->para_offset[d];
  g_autofree double *acc = g_new0 (double, MAX (self->n_paras, 1));
  /* One more than can be touched: the loop below writes one past. */
  g_autofree guint *touched = g_new (guint, self->n_paras + 1);
  g_autofree guint *slot = g_new0 (guint, MAX (self->rows->len, 1));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Candidate));
  RowBest best = { found, slot };
  /* The paragraph's common words: their bits, and each bit's weight. */
  WordSig common_sig;
  double common_at[64 * WORD_SIG_WORDS] = { 0 };

  /* Rows are indexed (reindex_rows()) and none is added while this runs:
   * the best candidate per row is kept in an array by row index. */
  for (guint g = from; g < to; g++)
    {
      const Para *para = &self->paras[g];
      double common = 0;
      guint n_touched = 0;

      memset (&common_sig, 0, sizeof common_sig);

      /* A paragraph copied word for word pairs with its copy: no search.
       * (Copies are most of what syndicated articles share.) */
      if (para->n_ordered >= SHORT_WORDS)
        {
          GArray *copies = g_hash_table_lookup (al->exact, &para->hash);
          guint n_found = 0;

          for (guint k = 0; copies && k < copies->len; k++)
            {
              const Para *other = &self->paras[g_array_index (copies, guint, k)];
              Row *row = al->row_of_para[g_array_index (copies, guint, k)];
              Candidate c = { g - first, row_position (al, row), 1.0, 1.0 };

              if (other->n_ordered != para->n_ordered ||
                  memcmp (other->ordered, para->ordered, para->n_ordered * sizeof (guint32)) != 0 ||
                  row_best_lookup (&best, c.row))
                continue;
              row_best_add (&best, &c);
              n_found++;
            }
          if (n_found > 0)
            {
              row_best_flush (&best, out);
              continue;
            }
        }

      for (guint i = 0; i < para->n_words; i++)
        {
          GArray *list = g_ptr_array_index (al->postings, para->words[i]);
          double w = al->idf[para->words[i]];

          if (list == NULL)
            continue;
          if (list->len > al->common_limit)
            {
              common += w;
              common_at[word_sig_add (&common_sig, para->words[i])] += w;
              continue;
            }
          /* Without a branch: whether a paragraph is met for the first
           * time is a coin toss to the processor.  (Weights are positive.) */
          for (guint k = 0; k < list->len; k++)
            {
              guint other = g_array_index (list, guint, k);

              touched[n_touched] = other;
              n_touched += acc[other] == 0;
              acc[other] += w;
            }
        }

      for (guint t = 0; t < n_touched; t++)
        {
          guint other = touched[t];
          Row *row = al->row_of_para[other];
          const PlacedWeight *q = &al->placed[other];
          double acc_other = acc[other];
          double bound = acc_other + common;
          double tight = acc_other + MIN (common, q->common);
          double score, contain;
          Candidate *prev;

          acc[other] = 0;
          if (filter && (!may_share (para->weight, q->weight, tight) ||
                         !may_pair (para, &self->paras[other], bound)))
            continue;
          if (filter && common > 0 && q->common > 0)
            {
              tight = acc_other + MIN (q->common, sig_shared_bound (&al->sig[other], &common_sig, common_at));
              if (!may_share (para->weight, q->weight, tight))
                continue;
            }
          prev = row_best_lookup (&best, row_position (al, row));
          /* The row has a candidate this pair cannot better: its score
           * would change nothing (most of the pairs taken on articles
           * that many outlets copy: each copy pairs with the row). */
          if (filter && prev && !may_score_above (para->weight, q->weight, tight, prev->score))
            continue;
          if (!accept_pair (para, &self->paras[other], al->idf, &score, &contain))
            continue;
          if (prev == NULL)
            {
              Candidate c = { g - first, row_position (al, row), score, contain };

              row_best_add (&best, &c);
            }
          else if (score > prev->score)
            prev->score = score, prev->contain = MAX (prev->contain, contain);
        }
      /* In the order found: find_candidates() sorts them by row. */
      row_best_flush (&best, out);
      for (guint i = 0; common > 0 && i < para->n_words; i++)
        common_at[word_sig_bit (para->words[i])] = 0;
    }
}

/* The second half of a document's paragraphs, on a thread of its own. */
typedef struct {
  const Aligner *al;
  guint d;
  gboolean filter;
  guint from, to;
  GArray *out;
} CandidatesJob;

static gpointer
candidates_thread (gpointer data)
{
  CandidatesJob *job = data;

  find_candidates_in (job->al, job->d, job->filter, job->from, job->to, job->out);
  return NULL;
}

/* Below this many paragraphs, a document's candidates are all found on
 * one thread: starting a second costs more than it saves. */
#define THREADS_MIN_PARAGRAPHS 16

/* find_candidates_in() for every paragraph of document @d, by halves on
 * two threads when the comparison is worth it (al->threads): each
 * paragraph's candidates depend on nothing but the rows placed before
 * the document, which neither half changes, and the sort by paragraph
 * and row (no two alike) gives the same array whoever found what. */
static GArray *
find_candidates (Aligner *al, guint d, gboolean filter)
{
  PxComparison *self = al->self;
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint first = self->para_offset[d], last = self->para_offset[d + 1], mid = last;
  CandidatesJob job = { al, d, filter, last, last, NULL };
  GThread *thread = NULL;

  if (al->threads && last - first >= THREADS_MIN_PARAGRAPHS)
    {
      /* Halves of about as many words: a paragraph costs about its
       * words' postings. */
      guint64 words = 0, half = 0;

      for (guint g = first; g < last; g++)
        words += self->paras[g].n_words;
      for (mid = first; mid < last && 2 * (half + self->paras[mid].n_words) <= words; mid++)
        half += self->paras[mid].n_words;
      job.from = mid;
      job.out = g_array_new (FALSE, FALSE, sizeof (Candidate));
      thread = g_thread_try_new ("px-align", candidates_thread, &job, NULL);
      if (thread == NULL)
        {
          /* No second thread: all of them here. */
          g_clear_pointer (&job.out, g_array_unref);
          mid = last;
        }
    }
  find_candidates_in (al, d, filter, first, mid, out);
  if (thread)
    {
      g_thread_join (thread);
      g_array_append_vals (out, job.out->data, job.out->len);
      g_array_unref (job.out);
    }
  g_array_sort (out, cmp_candidate);
  return out;
}

/* The heaviest chain of candidates increasing in paragraph and row. */
static void
heaviest_chain (GArray *cands, guint n_rows, int *chain_row, guint n_paras)
{
  Fenwick f = { g_new0 (double, n_rows + 1), g_new (int, n_rows + 1), n_rows };
  double *value = g_new (double, MAX (cands->len, 1));
  int *back = g_new (int, MAX (cands->len, 1));
  double top = 0;
  int top_arg = -1;
  guint i = 0;

  for (guint k = 0; k <= n_rows; k++)
    f.arg[k] = -1;

  while (i < cands->len)
    {
      guint para = g_array_index (cands, Candidate, i).para;
      guint j;

      /* Candidates come in rows descending per paragraph: an update never
       * feeds a query of the same paragraph. */
      for (j = i; j < cands->len && g_array_index (cands, Candidate, j).para == para; j++)
        {
          Candidate *c = &g_array_index (cands, Candidate, j);
          int arg;
          double base = fenwick_query (&f, c->row, &arg);

          value[j] = base + c->score;
          back[j] = arg;
          fenwick_update (&f, c->row, value[j], j);
          if (value[j] > top)
            top = value[j], top_arg = j;
        }
      i = j;
    }

  for (guint p = 0; p < n_paras; p++)
    chain_row[p] = -1;
  for (int k = top_arg; k >= 0; k = back[k])
    {
      Candidate *c = &g_array_index (cands, Candidate, k);
      chain_row[c->para] = c->row;
    }

  g_free (f.best);
  g_free (f.arg);
  g_free (value);
  g_free (back);
}

static void
reindex_rows (Aligner *al)
{
  GPtrArray *rows = al->self->rows;

  for (guint i = 0; i < rows->len; i++)
    ((Row *) rows->pdata[i])->index = i;
}

/* A row's index, or G_MAXUINT for one not indexed yet. */
static guint
row_position (const Aligner *al, Row *row)
{
  return row->index;
}

/* Rows are inserted all at once after a document is aligned, so that
 * each insertion does not shift every row after it. */
static void
defer_insert (GPtrArray **list, Row *row)
{
  if (*list == NULL)
    *list = g_ptr_array_new ();
  g_ptr_array_add (*list, row);
}

static void
take_deferred (GPtrArray *out, GPtrArray **list)
{
  if (*list == NULL)
    return;
  for (guint i = 0; i < (*list)->len; i++)
    g_ptr_array_add (out, (*list)->pdata[i]);
  g_clear_pointer (list, g_ptr_array_unref);
}

static void
apply_insertions (Aligner *al, GPtrArray *tail)
{
  PxComparison *self = al->self;
  GPtrArray *rows = g_ptr_array_new_full (self->rows->len + tail->len, px_align_row_free);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = self->rows->pdata[i];

      take_deferred (rows, &row->before);
      g_ptr_array_add (rows, row);
      take_deferred (rows, &row->after);
    }
  for (guint i = 0; i < tail->len; i++)
    g_ptr_array_add (rows, tail->pdata[i]);

  g_ptr_array_set_free_func (self->rows, NULL);
  g_ptr_array_unref (self->rows);
  self->rows = rows;
  reindex_rows (al);
}

static void
place (Aligner *al, Row *row, guint d, guint local, guint flags)
{
  PxComparison *self = al->self;
  guint g = self->para_offset[d] + local;

  row->cells[d] = (PxCell) { local, flags };
  if ((int) local == self->headline[d])
    row->headline = TRUE;
  al->row_of_para[g] = row;
  post_paragraph (al, g);
}

static gboolean
has_candidate (GArray *cands, Row **cand_row, guint para, Row *row, double min_contain)
{
  for (guint k = 0; k < cands->len; k++)
    {
      Candidate *c = &g_array_index (cands, Candidate, k);

      if (c->para == para && cand_row[k] == row && c->contain >= min_contain)
        return TRUE;
    }
  return FALSE;
}

/* Headlines pair with headlines, whatever their words: they are the
 * articles' first lines and a reader looks for them side by side. */
static void
add_headline_candidate (Aligner *al, GArray *cands, guint d)
{
  PxComparison *self = al->self;
  int mine = self->headline[d];
  Candidate c;

  if (mine < 0)
    return;
  for (guint e = 0; e < self->documents->len; e++)
    {
      int theirs = self->headline[e];
      Row *row;

      if (theirs < 0 || e == d)
        continue;
      row = al->row_of_para[self->para_offset[e] + theirs];
      if (row == NULL)
        continue;
      c = (Candidate) { mine, row_position (al, row), 1.0, 1.0 };
      g_array_append_val (cands, c);
      g_array_sort (cands, cmp_candidate);
      return;
    }
}

/* A headline is compared with headlines only: it never joins a row of
 * body text or furniture, and body text never joins a row of headlines
 * (else the headline shows as struck through and replaced by a paragraph
 * that only shares some of its words). */
static void
keep_headlines_apart (Aligner *al, GArray *cands, guint d)
{
  PxComparison *self = al->self;
  int mine = self->headline[d];
  guint kept = 0;

  for (guint k = 0; k < cands->len; k++)
    {
      Candidate *c = &g_array_index (cands, Candidate, k);
      Row *row = g_ptr_array_index (self->rows, c->row);

      if (((int) c->para == mine) == row->headline)
        g_array_index (cands, Candidate, kept++) = *c;
    }
  g_array_set_size (cands, kept);
}

static void
align_document (Aligner *al, guint d)
{
  PxComparison *self = al->self;
  guint n_docs = self->documents->len;
  guint n = self->para_offset[d + 1] - self->para_offset[d];
  g_autoptr(GArray) cands = NULL;
  g_autofree int *chain = g_new (int, MAX (n, 1));
  g_autofree Row **anchor = g_new0 (Row *, MAX (n, 1));    /* chain rows */
  g_autofree Row **moved = g_new0 (Row *, MAX (n, 1));
  g_autofree Row **next_anchor = g_new0 (Row *, MAX (n, 1));
  g_autofree Row **cand_row = NULL;
  g_autofree double *best = NULL;
  g_autoptr(GHashTable) taken = NULL;
  g_autoptr(GPtrArray) tail = g_ptr_array_new ();
  Row *last = NULL;
  gboolean prev_anchored = FALSE;

  reindex_rows (al);
  cands = find_candidates (al, d, TRUE);
  if (al->filter_misses)
    {
      g_autoptr(GArray) all = find_candidates (al, d, FALSE);

      /* The same pairs, rows, scores and containments, to the bit. */
      if (all->len != cands->len ||
          memcmp (all->data, cands->data, all->len * sizeof (Candidate)) != 0)
        (*al->filter_misses)++;
    }
  add_headline_candidate (al, cands, d);
  keep_headlines_apart (al, cands, d);
  /* Rows will be inserted below: hold candidates by row, not index. */
  cand_row = g_new (Row *, MAX (cands->len, 1));
  for (guint k = 0; k < cands->len; k++)
    cand_row[k] = g_ptr_array_index (self->rows, g_array_index (cands, Candidate, k).row);

  heaviest_chain (cands, self->rows->len, chain, n);
  for (guint p = 0; p < n; p++)
    if (chain[p] >= 0)
      anchor[p] = g_ptr_array_index (self->rows, chain[p]);

  /* Moves: a paragraph outside the chain whose best row this document
   * leaves empty sits in that row. */
  best = g_new0 (double, MAX (n, 1));
  for (guint k = 0; k < cands->len; k++)
    {
      Candidate *c = &g_array_index (cands, Candidate, k);
      best[c->para] = MAX (best[c->para], c->score);
    }
  taken = g_hash_table_new (NULL, NULL);
  for (guint p = 0; p < n; p++)
    if (anchor[p])
      g_hash_table_add (taken, anchor[p]);
  for (guint k = 0; k < cands->len; k++)
    {
      Candidate *c = &g_array_index (cands, Candidate, k);
      Row *row = cand_row[k];

      if (anchor[c->para] || moved[c->para] || c->score < MOVE_MIN_SCORE ||
          c->score < best[c->para] || row->cells[d].paragraph >= 0 ||
          g_hash_table_contains (taken, row))
        continue;
      moved[c->para] = row;
      g_hash_table_add (taken, row);
    }

  /* A paragraph split in two whose second half won the row: the first
   * half takes the row, the second follows as a continuation. */
  for (guint p = 0; p + 1 < n; p++)
    if (!anchor[p] && !moved[p] && anchor[p + 1] &&
        (p == 0 || anchor[p - 1] != anchor[p + 1]) &&
        has_candidate (cands, cand_row, p, anchor[p + 1], PAIR_MIN_CONTAIN) &&
        has_candidate (cands, cand_row, p + 1, anchor[p + 1], PAIR_MIN_CONTAIN))
      {
        anchor[p] = anchor[p + 1];
        anchor[p + 1] = NULL;
      }

  for (int p = (int) n - 1, q = -1; p >= 0; p--)
    {
      next_anchor[p] = q >= 0 ? anchor[q] : NULL;
      if (anchor[p])
        q = p;
    }

  for (guint p = 0; p < n; p++)
    {
      Row *row;
      guint flags = 0;

      if (anchor[p])
        {
          place (al, anchor[p], d, p, 0);
          last = anchor[p];
          prev_anchored = TRUE;
          continue;
        }
      if (moved[p])
        {
          place (al, moved[p], d, p, PX_CELL_MOVED);
          prev_anchored = FALSE;
          continue;
        }

      row = row_new (n_docs);
      /* The second half of a paragraph split in two: its first half
       * stands just before, in a row whose paragraphs contain it. */
      if (prev_anchored && has_candidate (cands, cand_row, p, last, PAIR_MIN_CONTAIN))
        {
          flags = PX_CELL_CONTINUATION;
          defer_insert (&last->after, row);
        }
      else
        {
          /* Added text goes just before the next paragraph this document
           * shares, after whatever the others have there. */
          if (next_anchor[p])
            defer_insert (&next_anchor[p]->before, row);
          else
            g_ptr_array_add (tail, row);
          prev_anchored = FALSE;
        }
      place (al, row, d, p, flags);
    }
  apply_insertions (al, tail);
}

/* The reference split a paragraph another article keeps whole: mark
 * the reference's second half as a continuation. */
static void
mark_reference_splits (PxComparison *self, const double *idf)
{
  guint ref = self->reference;

  for (guint r = 0; r + 1 < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);
      Row *next = g_ptr_array_index (self->rows, r + 1);
      int q = next->cells[ref].paragraph;

      if (q < 0 || row->cells[ref].paragraph < 0 || next->cells[ref].flags ||
          row->headline || next->headline)
        continue;
      for (guint d = 0; d < self->documents->len; d++)
        {
          int p = row->cells[d].paragraph;
          double score, contain;

          if (d == ref || p < 0 || next->cells[d].paragraph >= 0 || row->cells[d].flags)
            continue;
          if (accept_pair (&self->paras[self->para_offset[ref] + q],
                           &self->paras[self->para_offset[d] + p], idf, &score, &contain) &&
              contain >= PAIR_MIN_CONTAIN)
            {
              next->cells[ref].flags |= PX_CELL_CONTINUATION;
              break;
            }
        }
    }
}

void
px_align_build_paragraphs (PxComparison  *self,
                           double       **idf_out)
{
  guint n_docs = self->documents->len;
  /* Pairing always ignores case and typography; "changed" follows the
   * options. */
  PxInterner *words = px_interner_new (PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY);
  g_autoptr(PxInterner) tokens = px_interner_new (self->flags & ~PX_DIFF_IGNORE_SPACE);
  g_autoptr(GArray) work = g_array_new (FALSE, FALSE, sizeof (guint64));
  /* All paragraphs' arrays in one block, in order: one allocation, not
   * four a paragraph, and the pairing reads neighbours. */
  GArray *arena = g_array_sized_new (FALSE, FALSE, sizeof (guint64), 1024);
  g_autofree gsize *at = NULL;
  guint64 *base;
  guint n_words;
  guint *df;
  double *idf;

  self->para_offset = g_new0 (guint, n_docs + 1);
  for (guint d = 0; d < n_docs; d++)
    self->para_offset[d + 1] = self->para_offset[d] +
      px_document_get_n_paragraphs (g_ptr_array_index (self->documents, d));
  self->n_paras = self->para_offset[n_docs];
  self->paras = g_new0 (Para, MAX (self->n_paras, 1));
  at = g_new (gsize, 4 * MAX (self->n_paras, 1));

  for (guint d = 0; d < n_docs; d++)
    {
      PxDocument *doc = g_ptr_array_index (self->documents, d);
      const char *text = px_document_get_text (doc, NULL);
      /* A primary source is not compared: its paragraphs get no words
       * to pair by (the source check reads its tokens). */
      gboolean source = px_document_get_primary_source (doc);

      for (guint p = 0; p < px_document_get_n_paragraphs (doc); p++)
        {
          guint n_toks = 0;
          const PxToken *toks = source ? NULL : px_document_get_paragraph_tokens (doc, p, &n_toks);

          guint g = self->para_offset[d] + p;

          build_para (&self->paras[g], words, tokens, text, toks, n_toks, work, arena,
                      at + 4 * g, self->flags);
        }
    }
  /* The block no longer grows: the arrays' addresses hold from here. */
  g_array_set_size (arena, MAX (arena->len, 1));
  self->para_data = base = (guint64 *) (gpointer) g_array_free (arena, FALSE);
  for (guint g = 0; g < self->n_paras; g++)
    {
      self->paras[g].bigrams = base + at[4 * g];
      self->paras[g].ordered = (guint32 *) (gpointer) (base + at[4 * g + 1]);
      self->paras[g].words = (guint32 *) (gpointer) (base + at[4 * g + 2]);
      self->paras[g].seq = (guint32 *) (gpointer) (base + at[4 * g + 3]);
    }

  /* Rare words weigh more: idf over all paragraphs of all articles. */
  n_words = self->n_word_ids = px_interner_get_size (words);
  /* Word choice folds the same words further: it starts from these
   * keys rather than from every word's text. */
  px_interner_free (self->word_keys);
  self->word_keys = words;
  df = g_new0 (guint, MAX (n_words, 1));
  for (guint g = 0; g < self->n_paras; g++)
    for (guint i = 0; i < self->paras[g].n_words; i++)
      df[self->paras[g].words[i]]++;
  idf = g_new (double, MAX (n_words, 1));
  for (guint w = 0; w < n_words; w++)
    idf[w] = log (1.0 + (double) self->n_paras / MAX (df[w], 1));
  for (guint g = 0; g < self->n_paras; g++)
    for (guint i = 0; i < self->paras[g].n_words; i++)
      self->paras[g].weight += idf[self->paras[g].words[i]];

  g_free (df);
  *idf_out = idf;
}

/* The first paragraph past the page's furniture (the document's title),
 * when it reads like a headline; -1 otherwise. */
static int
find_headline (PxDocument *doc)
{
  int p = px_document_get_title_paragraph (doc);
  const char *text = px_document_get_text (doc, NULL);
  const PxParagraph *para;

  if (p < 0)
    return -1;
  para = px_document_get_paragraph (doc, p);
  return px_looks_like_headline (text + para->start, para->end - para->start, para->n_words) ? p : -1;
}

void
px_align_rows (PxComparison           *self,
               const double           *idf,
               const PxCompareOptions *options,
               guint                  *filter_misses)
{
  guint n_docs = self->documents->len;
  guint ref = self->reference;
  Aligner al = { self, (double *) idf, NULL, 0, NULL, NULL };
  PxDocument *refdoc = g_ptr_array_index (self->documents, ref);

  al.postings = g_ptr_array_new_full (self->n_word_ids, array_unref0);
  g_ptr_array_set_size (al.postings, self->n_word_ids);
  al.common_limit = MAX (COMMON_WORD_MIN, (guint) (2 * sqrt (self->n_paras)));
  al.exact = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_array_unref);
  al.row_of_para = g_new0 (Row *, MAX (self->n_paras, 1));
  al.filter_misses = filter_misses;
  al.threads = px_compare_worth_threads ((PxDocument **) self->documents->pdata, n_docs);
  al.placed = g_new0 (PlacedWeight, MAX (self->n_paras, 1));
  al.sig = g_new0 (WordSig, MAX (self->n_paras, 1));
  for (guint g = 0; g < self->n_paras; g++)
    al.placed[g].weight = self->paras[g].weight;

  for (guint d = 0; d < n_docs; d++)
    self->headline[d] = find_headline (g_ptr_array_index (self->documents, d));

  /* The reference's paragraphs are the first rows. */
  for (guint p = 0; p < px_document_get_n_paragraphs (refdoc); p++)
    {
      Row *row = row_new (n_docs);

      g_ptr_array_add (self->rows, row);
      place (&al, row, ref, p, 0);
    }

  for (guint d = 0; d < n_docs; d++)
    {
      if (d == ref)
        continue;
      if (!self->cancelled && px_compare_cancelled (options))
        self->cancelled = TRUE;
      if (px_document_get_primary_source (g_ptr_array_index (self->documents, d)))
        continue;
      if (!self->cancelled)
        {
          align_document (&al, d);
          if (options && options->progress)
            g_atomic_int_inc (options->progress);
          continue;
        }
      /* Cancelled: the rest get rows of their own, so that the result
       * still holds every paragraph once. */
      for (guint p = 0; p < self->para_offset[d + 1] - self->para_offset[d]; p++)
        {
          Row *row = row_new (n_docs);

          g_ptr_array_add (self->rows, row);
          row->cells[d] = (PxCell) { p, 0 };
          al.row_of_para[self->para_offset[d] + p] = row;
        }
    }

  /* A primary source is not compared as an outlet: its paragraphs
   * stand in rows of their own, after the articles'. */
  for (guint d = 0; d < n_docs; d++)
    if (d != ref && px_document_get_primary_source (g_ptr_array_index (self->documents, d)))
      for (guint p = 0; p < self->para_offset[d + 1] - self->para_offset[d]; p++)
        {
          Row *row = row_new (n_docs);

          g_ptr_array_add (self->rows, row);
          row->cells[d] = (PxCell) { p, 0 };
          al.row_of_para[self->para_offset[d] + p] = row;
        }

  self->row_of = g_new0 (guint, MAX (self->n_paras, 1));
  reindex_rows (&al);
  for (guint g = 0; g < self->n_paras; g++)
    self->row_of[g] = al.row_of_para[g] ? row_position (&al, al.row_of_para[g]) : 0;

  g_ptr_array_unref (al.postings);
  g_hash_table_unref (al.exact);
  g_free (al.row_of_para);
  g_free (al.placed);
  g_free (al.sig);

  mark_reference_splits (self, idf);
}
