/* px-compare.c: the comparison of N articles paragraph by paragraph
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pipeline:
 *  1. the paragraphs are aligned into rows (px-align.c);
 *  2. furniture is flagged from the paragraph's own text and from the
 *     evidence of the others: no other outlet carries it (px-furniture.c);
 *  3. the similarity matrix counts the words covered by shared word
 *     4-grams, which moves do not disturb (px-similarity.c);
 *  4. the quotations are grouped (px-quotes.c), on a thread of their own
 *     for long texts, and checked against the primary sources.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "px-align-private.h"
#include "px-compare.h"
#include "px-compare-private.h"
#include "px-furniture.h"
#include "px-quotes.h"
#include "px-reference.h"
#include "px-similarity.h"
#include "px-source-check.h"
#include "px-tokenizer.h"

G_DEFINE_FINAL_TYPE (PxComparison, px_comparison, G_TYPE_OBJECT)

/* --- 2. furniture ------------------------------------------------------ */

static gboolean
has_company (PxComparison *self, guint d, guint p)
{
  Row *row = g_ptr_array_index (self->rows, self->row_of[self->para_offset[d] + p]);

  for (guint e = 0; e < self->documents->len; e++)
    if (e != d && row->cells[e].paragraph >= 0)
      return TRUE;
  return FALSE;
}

/* Furniture by the paragraph's own text and by the others' evidence:
 * a paragraph no other article pairs with is alone. */
static void
flag_furniture (PxComparison *self, guint d)
{
  PxDocument *doc = g_ptr_array_index (self->documents, d);
  guint n = px_document_get_n_paragraphs (doc);
  g_autofree gboolean *alone = g_new (gboolean, MAX (n, 1));

  for (guint p = 0; p < n; p++)
    alone[p] = !has_company (self, d, p);
  px_furniture_flag (doc, alone, self->headline[d], self->furniture + self->para_offset[d]);
}

/* --- 3. similarity ----------------------------------------------------- */

/* The first screen needs each article's share of words found in the
 * reference (the column headers), not the whole matrix (the overview,
 * the exports): the column is found with the comparison, the matrix on
 * first use, or ahead of it on a thread (px_comparison_find_similarity()).
 * The matrix was a fifth of the processor time of comparing twenty long
 * articles: its index of every article's shingles misses the cache at
 * nearly every probe, where one article's stays in it. */

/* The article's words in reading order, furniture left out. */
static GArray *
document_words (PxComparison *self, guint d)
{
  PxDocument *doc = g_ptr_array_index (self->documents, d);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint p = 0; p < px_document_get_n_paragraphs (doc); p++)
    {
      const Para *para = &self->paras[self->para_offset[d] + p];

      if (!self->furniture[self->para_offset[d] + p])
        g_array_append_vals (ids, para->ordered, para->n_ordered);
    }
  return ids;
}

static GPtrArray *
all_document_words (PxComparison *self)
{
  GPtrArray *seqs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint d = 0; d < self->documents->len; d++)
    g_ptr_array_add (seqs, document_words (self, d));
  return seqs;
}

static void
compute_similarity_to_reference (PxComparison *self)
{
  g_autoptr(GPtrArray) seqs = all_document_words (self);

  px_similarity_fill_column (seqs, self->reference, self->similarity_ref);
}

/**
 * px_comparison_find_similarity:
 *
 * Finds the share of words of every article found in every other now,
 * if not yet done: px_comparison_get_similarity() finds it on first use
 * otherwise (the share in the reference is found with the comparison).
 * Safe to call from any thread; the comparison is not changed otherwise.
 */
void
px_comparison_find_similarity (PxComparison *self)
{
  guint n;

  g_return_if_fail (PX_IS_COMPARISON (self));

  n = self->documents->len;
  g_mutex_lock (&self->similarity_lock);
  if (self->similarity == NULL)
    {
      double *similarity = g_new0 (double, MAX (n * n, 1));

      /* Cancelled: left out, as the column is. */
      if (!self->cancelled && n > 0)
        {
          g_autoptr(GPtrArray) seqs = all_document_words (self);

          px_similarity_fill (seqs, similarity);
        }
      self->similarity = similarity;
    }
  g_mutex_unlock (&self->similarity_lock);
}

/* --- the object -------------------------------------------------------- */

gboolean
px_compare_cancelled (const PxCompareOptions *options)
{
  if (options == NULL)
    return FALSE;
  if (options->cancel && g_atomic_int_get (options->cancel))
    return TRUE;
  return options->deadline != 0 && g_get_monotonic_time () > options->deadline;
}

static void
px_comparison_finalize (GObject *object)
{
  PxComparison *self = (PxComparison *) object;

  g_clear_pointer (&self->para_data, g_free);
  g_clear_pointer (&self->paras, g_free);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->para_offset, g_free);
  g_clear_pointer (&self->row_of, g_free);
  g_clear_pointer (&self->furniture, g_free);
  g_clear_pointer (&self->headline, g_free);
  g_clear_pointer (&self->similarity, g_free);
  g_clear_pointer (&self->similarity_ref, g_free);
  g_mutex_clear (&self->similarity_lock);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_clear_pointer (&self->source_check, px_source_check_free);
  g_clear_pointer (&self->word_keys, px_interner_free);

  G_OBJECT_CLASS (px_comparison_parent_class)->finalize (object);
}

static void
px_comparison_class_init (PxComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_comparison_finalize;
}

static void
px_comparison_init (PxComparison *self)
{
  self->rows = g_ptr_array_new_with_free_func (px_align_row_free);
  g_mutex_init (&self->similarity_lock);
  self->quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) px_quote_group_free);
}

/**
 * px_compare_worth_threads:
 *
 * Whether @documents hold enough text (PX_COMPARE_THREADS_MIN_BYTES) to
 * share the work on their comparison out to a second thread, and the
 * machine has a second core for it.
 */
gboolean
px_compare_worth_threads (PxDocument **documents,
                          guint        n_documents)
{
  gsize bytes = 0;

  for (guint d = 0; d < n_documents && bytes < PX_COMPARE_THREADS_MIN_BYTES; d++)
    {
      gsize len;

      px_document_get_text (documents[d], &len);
      bytes += len;
    }
  return bytes >= PX_COMPARE_THREADS_MIN_BYTES && _px_compare_second_core ();
}

static gint one_thread;   /* _px_compare_set_one_thread() */

gboolean
_px_compare_second_core (void)
{
  return !g_atomic_int_get (&one_thread) && g_get_num_processors () >= 2;
}

void
_px_compare_set_one_thread (gboolean one)
{
  g_atomic_int_set (&one_thread, one);
}

/* Quotations depend on the documents alone, not on the alignment: on
 * long texts they are found on a thread of their own while the
 * paragraphs are aligned. */
typedef struct {
  PxDocument **documents;
  guint n_documents;
} QuotesJob;

static gpointer
quotes_thread (gpointer data)
{
  QuotesJob *job = data;

  return px_quotes_group (job->documents, job->n_documents);
}

static GThread *
start_quotes_thread (QuotesJob *job)
{
  if (!px_compare_worth_threads (job->documents, job->n_documents))
    return NULL;
  /* NULL when no thread can be made: then they are found in line. */
  return g_thread_try_new ("px-quotes", quotes_thread, job, NULL);
}

/* The documents whose quotations are grouped: a primary source's are
 * not an outlet's (and a long hearing's would cost the most), so an
 * empty document stands in its place. */
static GPtrArray *
quoted_documents (PxDocument **documents, guint n_documents)
{
  GPtrArray *quoted = g_ptr_array_new_full (MAX (n_documents, 1), g_object_unref);

  for (guint i = 0; i < n_documents; i++)
    g_ptr_array_add (quoted, px_document_get_primary_source (documents[i])
                             ? px_document_new ("", 0, px_document_get_outlet (documents[i]))
                             : g_object_ref (documents[i]));
  return quoted;
}

/* The folded word ids of a paragraph (px_reference_choose_words()). */
static const guint32 *
paragraph_words (guint d, guint p, guint *n_words, gpointer data)
{
  PxComparison *self = data;
  const Para *para = &self->paras[self->para_offset[d] + p];

  *n_words = para->n_ordered;
  return para->ordered;
}

static PxComparison *
comparison_new (PxDocument             **documents,
                guint                    n_documents,
                const PxCompareOptions  *options,
                guint                   *filter_misses)
{
  PxComparison *self;
  g_autofree double *idf = NULL;
  g_autoptr(GPtrArray) quoted = quoted_documents (documents, n_documents);
  QuotesJob job = { (PxDocument **) quoted->pdata, n_documents };
  GThread *quoting;
  GPtrArray *quotes;

  g_return_val_if_fail (documents != NULL || n_documents == 0, NULL);
  g_return_val_if_fail (options == NULL || n_documents == 0 || options->reference < n_documents ||
                        options->reference == PX_REFERENCE_AUTO, NULL);

  self = g_object_new (PX_TYPE_COMPARISON, NULL);
  self->documents = g_ptr_array_new_full (n_documents, g_object_unref);
  for (guint i = 0; i < n_documents; i++)
    g_ptr_array_add (self->documents, g_object_ref (documents[i]));
  self->reference = options ? options->reference : 0;
  self->flags = options ? options->flags : 0;
  self->headline = g_new0 (int, MAX (n_documents, 1));
  self->similarity_ref = g_new0 (double, MAX (n_documents, 1));

  /* Started first: the paragraphs below take as long as the quotations
   * need to be found. */
  quoting = start_quotes_thread (&job);
  px_align_build_paragraphs (self, &idf);
  if (self->reference == PX_REFERENCE_AUTO)
    {
      /* Among the articles, from the words of their paragraphs as just
       * folded and numbered (not tokenised and folded a second time): a
       * primary source has none, as an empty document, never the most
       * central. */
      self->reference = px_reference_choose_words ((PxDocument **) quoted->pdata, n_documents,
                                                   paragraph_words, self, &self->reference_share);
      self->reference_chosen = TRUE;
    }
  self->furniture = g_new0 (gboolean, MAX (self->n_paras, 1));
  if (n_documents == 0)
    {
      self->source_check = px_source_check_new (NULL, 0, NULL);
      return self;
    }

  px_align_rows (self, idf, options, filter_misses);
  for (guint d = 0; d < n_documents; d++)
    flag_furniture (self, d);
  if (!self->cancelled && px_compare_cancelled (options))
    self->cancelled = TRUE;
  if (!self->cancelled)
    compute_similarity_to_reference (self);
  /* A thread, once started, is waited for even when cancelled: the
   * quotations take a fraction of the alignment's time. */
  quotes = quoting ? g_thread_join (quoting) : NULL;
  if (!self->cancelled && !px_compare_cancelled (options))
    {
      g_ptr_array_unref (self->quotes);
      self->quotes = quotes ? g_steal_pointer (&quotes) : px_quotes_group (job.documents, n_documents);
    }
  g_clear_pointer (&quotes, g_ptr_array_unref);
  self->source_check = px_source_check_new (documents, n_documents,
                                            self->cancelled ? NULL : self->quotes);
  return self;
}

/**
 * px_comparison_new:
 * @documents: (array length=n_documents): the articles
 * @options: (nullable): reference, flags and cancellation
 *
 * Aligns the articles.  Pure computation on the documents' text: safe to
 * run in a worker thread.  When cancelled through @options, or past its
 * deadline, the result is consistent but incomplete
 * (px_comparison_was_cancelled()): the documents not yet aligned get rows
 * of their own, and similarity and quotes are left out.
 *
 * Returns: (transfer full): the comparison
 */
PxComparison *
px_comparison_new (PxDocument             **documents,
                   guint                    n_documents,
                   const PxCompareOptions  *options)
{
  return comparison_new (documents, n_documents, options, NULL);
}

PxComparison *
px_comparison_new_checked (PxDocument             **documents,
                           guint                    n_documents,
                           const PxCompareOptions  *options,
                           guint                   *filter_misses)
{
  g_return_val_if_fail (filter_misses != NULL, NULL);

  *filter_misses = 0;
  return comparison_new (documents, n_documents, options, filter_misses);
}

guint
px_comparison_get_n_documents (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), 0);

  return self->documents->len;
}

PxDocument *
px_comparison_get_document (PxComparison *self,
                            guint         index)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (index < self->documents->len, NULL);

  return g_ptr_array_index (self->documents, index);
}

gboolean
px_comparison_is_outlet (PxComparison *self,
                         guint         document)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (document < self->documents->len, FALSE);

  return !px_document_get_primary_source (g_ptr_array_index (self->documents, document));
}

guint
px_comparison_get_reference (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), 0);

  return self->reference;
}

/**
 * px_comparison_get_reference_choice:
 * @mean_share: (out) (optional): the reference's mean share of words
 *   with the others (0..1), when chosen
 *
 * Whether the reference was chosen by the comparison
 * (PX_REFERENCE_AUTO: the most central article) rather than given.
 */
gboolean
px_comparison_get_reference_choice (PxComparison *self,
                                    double       *mean_share)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), FALSE);

  if (mean_share)
    *mean_share = self->reference_share;
  return self->reference_chosen;
}

gboolean
px_comparison_was_cancelled (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), FALSE);

  return self->cancelled;
}

guint
px_comparison_get_n_rows (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), 0);

  return self->rows->len;
}

const PxCell *
px_comparison_get_row (PxComparison *self,
                       guint         row)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return ((Row *) g_ptr_array_index (self->rows, row))->cells;
}

guint
px_comparison_find_row (PxComparison *self,
                        guint         document,
                        guint         paragraph)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), 0);
  g_return_val_if_fail (document < self->documents->len, 0);
  g_return_val_if_fail (self->para_offset[document] + paragraph < self->para_offset[document + 1], 0);

  return self->row_of[self->para_offset[document] + paragraph];
}

gboolean
px_comparison_is_furniture (PxComparison *self,
                              guint         document,
                              guint         paragraph)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (document < self->documents->len, FALSE);
  g_return_val_if_fail (self->para_offset[document] + paragraph < self->para_offset[document + 1], FALSE);

  return self->furniture[self->para_offset[document] + paragraph];
}

int
px_comparison_get_headline (PxComparison *self,
                            guint         document)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), -1);
  g_return_val_if_fail (document < self->documents->len, -1);

  return self->headline[document];
}

double
px_comparison_get_similarity (PxComparison *self,
                              guint         a,
                              guint         b)
{
  guint n;
  double share;

  g_return_val_if_fail (PX_IS_COMPARISON (self), 0);
  n = self->documents->len;
  g_return_val_if_fail (a < n && b < n, 0);

  /* Written before the comparison was handed out: read without a lock. */
  if (b == self->reference)
    return self->similarity_ref[a];
  px_comparison_find_similarity (self);
  g_mutex_lock (&self->similarity_lock);
  share = self->similarity[a * n + b];
  g_mutex_unlock (&self->similarity_lock);
  return share;
}

/* Whether @document's headline in @row differs from the reference's in
 * case alone (px_comparison_get_row_flags()).  A row holds one headline
 * of a few words per article: diffing it again costs little. */
static gboolean
same_headline (PxComparison *self,
               guint         row,
               guint         document)
{
  const PxCell *cells = px_comparison_get_row (self, row);
  PxDiffOptions options = { 0 };
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(GArray) ops = NULL;

  options.flags = px_comparison_get_row_flags (self, row, self->flags);
  if (options.flags == self->flags)
    return FALSE;
  a = px_document_dup_paragraph_text (g_ptr_array_index (self->documents, self->reference),
                                      cells[self->reference].paragraph);
  b = px_document_dup_paragraph_text (g_ptr_array_index (self->documents, document), cells[document].paragraph);
  ops = px_diff (a, strlen (a), b, strlen (b), &options);
  return px_diff_is_equal (ops);
}

gboolean
px_comparison_cell_changed (PxComparison *self,
                            guint         row,
                            guint         document)
{
  const PxCell *cells;
  const Para *a, *b;

  g_return_val_if_fail (PX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);
  g_return_val_if_fail (document < self->documents->len, FALSE);

  cells = px_comparison_get_row (self, row);
  if (cells[document].paragraph < 0 || cells[self->reference].paragraph < 0)
    return FALSE;
  a = &self->paras[self->para_offset[self->reference] + cells[self->reference].paragraph];
  b = &self->paras[self->para_offset[document] + cells[document].paragraph];
  if (a->n_seq == b->n_seq && memcmp (a->seq, b->seq, a->n_seq * sizeof (guint32)) == 0)
    return FALSE;
  return !same_headline (self, row, document);
}

PxDiffFlags
px_comparison_get_row_flags (PxComparison *self,
                             guint         row,
                             PxDiffFlags   flags)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), flags);
  g_return_val_if_fail (row < self->rows->len, flags);

  if (((Row *) g_ptr_array_index (self->rows, row))->headline)
    flags |= PX_DIFF_IGNORE_CASE;
  return flags;
}

void
px_comparison_get_statistics (PxComparison        *self,
                              guint                document,
                              PxCompareStatistics *statistics)
{
  guint ref;

  g_return_if_fail (PX_IS_COMPARISON (self));
  g_return_if_fail (document < self->documents->len);
  g_return_if_fail (statistics != NULL);

  ref = self->reference;
  memset (statistics, 0, sizeof *statistics);
  for (guint r = 0; r < self->rows->len; r++)
    {
      const PxCell *cells = px_comparison_get_row (self, r);
      int a = cells[ref].paragraph, b = cells[document].paragraph;
      gboolean a_real = a >= 0 && !px_comparison_is_furniture (self, ref, a);
      gboolean b_real = b >= 0 && !px_comparison_is_furniture (self, document, b);

      if (document == ref)
        {
          statistics->unchanged += a_real;
          continue;
        }
      if (a_real && b < 0)
        statistics->omitted++;
      else if (b_real && a < 0 && !(cells[document].flags & PX_CELL_CONTINUATION))
        statistics->added++;
      else if (a >= 0 && b >= 0 && (a_real || b_real))
        {
          if (px_comparison_cell_changed (self, r, document))
            statistics->changed++;
          else
            statistics->unchanged++;
          statistics->moved += (cells[document].flags & PX_CELL_MOVED) != 0;
        }
    }

  for (guint g = 0; g < self->quotes->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (self->quotes, g);

      statistics->quotes += group->carried[document] != 0;
      statistics->quotes_altered += group->coverage[document] == PX_QUOTE_ALTERED;
    }
}

/**
 * px_comparison_get_quotes:
 *
 * Returns: (transfer none) (element-type PxQuoteGroup): the quotations of
 *   the articles grouped across outlets; empty when cancelled
 */
GPtrArray *
px_comparison_get_quotes (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);

  return self->quotes;
}

/* The articles' quotations checked against the documents marked as
 * primary source (px-source-check.h); without one, it has no matches. */
PxSourceCheck *
px_comparison_get_source_check (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);

  return self->source_check;
}

/**
 * px_comparison_recheck_sources:
 *
 * Checks the quotations against the primary sources again, after their
 * speakers changed (px_speaker_corrections_apply()): "other speaker"
 * then goes by the corrected speaker.  Not thread-safe: call it before
 * the comparison is shared.
 */
void
px_comparison_recheck_sources (PxComparison *self)
{
  g_return_if_fail (PX_IS_COMPARISON (self));

  g_clear_pointer (&self->source_check, px_source_check_free);
  self->source_check = px_source_check_new ((PxDocument **) self->documents->pdata, self->documents->len,
                                            self->cancelled ? NULL : self->quotes);
}

const guint32 *
px_comparison_get_paragraph_word_ids (PxComparison *self,
                                      guint         document,
                                      guint         paragraph,
                                      guint        *n_words,
                                      guint64      *hash)
{
  const Para *para;

  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (document < self->documents->len, NULL);
  g_return_val_if_fail (paragraph < px_document_get_n_paragraphs (g_ptr_array_index (self->documents, document)), NULL);

  *n_words = 0;
  if (hash != NULL)
    *hash = 0;
  if (self->paras == NULL || self->para_offset == NULL ||
      px_document_get_primary_source (g_ptr_array_index (self->documents, document)))
    return NULL;
  para = &self->paras[self->para_offset[document] + paragraph];
  *n_words = para->n_ordered;
  if (hash != NULL)
    *hash = para->hash;
  return para->ordered;
}

guint
px_comparison_get_n_word_ids (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), 0);

  return self->n_word_ids;
}

const PxInterner *
px_comparison_get_word_keys (PxComparison *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON (self), NULL);

  return self->word_keys;
}
