/* px-align-private.h: what the comparison object and its alignment share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The comparison object (px-compare.c) holds the paragraphs and rows
 * that the alignment (px-align.c) builds; both read its fields.
 */
#pragma once

#include "px-compare.h"
#include "px-source-check.h"

G_BEGIN_DECLS

typedef struct {
  guint32 *words;       /* distinct folded word ids, sorted */
  guint n_words;
  guint64 *bigrams;     /* distinct word-id pairs, sorted */
  guint n_bigrams;
  guint32 *ordered;     /* its word ids in reading order */
  guint n_ordered;
  guint32 *seq;         /* the paragraph's tokens as ids, for "changed" */
  guint n_seq;
  double weight;        /* sum of the idf of its words */
  guint64 hash;         /* of its words in order, for exact copies */
} Para;

typedef struct _Row Row;
struct _Row {
  PxCell *cells;
  guint index;         /* in rows, as of the last reindex_rows() */
  GPtrArray *before;   /* rows to insert before this one, while aligning */
  GPtrArray *after;    /* and after it */
  gboolean headline;   /* holds an article's headline: only headlines join it */
};

struct _PxComparison
{
  GObject parent_instance;

  GPtrArray *documents;     /* of PxDocument */
  guint reference;
  gboolean reference_chosen;  /* by px_reference_choose() */
  double reference_share;     /* its centrality, when chosen */
  PxDiffFlags flags;
  gboolean cancelled;

  GPtrArray *rows;          /* of Row */
  guint *para_offset;       /* first global paragraph index of each document */
  Para *paras;              /* all paragraphs, by global index */
  guint64 *para_data;       /* the arrays of all paragraphs (build_paragraphs()) */
  guint n_paras;
  guint n_word_ids;         /* distinct folded words over all articles */
  PxInterner *word_keys;    /* their keys by id, kept for word choice */
  guint *row_of;            /* global paragraph -> row index (final) */
  gboolean *furniture;      /* by global paragraph */
  int *headline;            /* by document */
  double *similarity_ref;   /* by document: its share of words found in the
                             * reference, as in similarity */
  double *similarity;       /* n x n, or NULL until first asked for */
  GMutex similarity_lock;   /* held while similarity is filled */
  GPtrArray *quotes;        /* of PxQuoteGroup */
  PxSourceCheck *source_check; /* the quotations against the primary sources */
};

/* Whether @options ask to stop: cancelled, or past their deadline. */
gboolean px_compare_cancelled      (const PxCompareOptions *options);

/* Builds every paragraph's word sets and token ids (self->paras) and
 * returns the words' idf weights in *@idf_out (free with g_free()). */
void     px_align_build_paragraphs (PxComparison           *self,
                                    double                **idf_out);
/* Finds each article's headline and aligns the articles to the
 * reference, filling self->rows and self->row_of. */
void     px_align_rows             (PxComparison           *self,
                                    const double           *idf,
                                    const PxCompareOptions *options,
                                    guint                  *filter_misses);
/* Frees a Row (the free function of self->rows). */
void     px_align_row_free         (gpointer                data);

G_END_DECLS
