/* px-compare.h: align N articles paragraph by paragraph
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "px-diff.h"
#include "px-document.h"
#include "px-reference.h"
#include "px-source-check.h"

G_BEGIN_DECLS

typedef enum {
  PX_CELL_MOVED        = 1 << 0,  /* stands elsewhere in its own article */
  PX_CELL_CONTINUATION = 1 << 1,  /* second part of a paragraph split in two */
} PxCellFlags;

/* One document's place in a row: a paragraph index, or -1 for none. */
typedef struct {
  gint32 paragraph;
  guint32 flags;   /* PxCellFlags */
} PxCell;

typedef struct {
  guint reference;        /* the baseline document, or PX_REFERENCE_AUTO:
                           * the most central (px_reference_choose()) */
  PxDiffFlags flags;      /* what "changed" ignores (case, typography, ...) */
  const gint *cancel;     /* when non-NULL and set, the work stops early */
  gint64 deadline;        /* g_get_monotonic_time() limit, or 0 for none:
                           * past it, the work stops early as if cancelled */
  gint *progress;         /* when non-NULL: how many documents have been
                           * aligned with the reference so far (of all
                           * but the reference), written atomically, for
                           * a progress bar in another thread */
} PxCompareOptions;

/* What one document does against the reference. */
typedef struct {
  guint omitted;      /* reference paragraphs it has no counterpart for */
  guint added;        /* its paragraphs the reference has no counterpart for */
  guint changed;      /* paired paragraphs whose words differ */
  guint moved;        /* its paragraphs out of the reference's order */
  guint unchanged;    /* paired paragraphs with the same words */
  guint quotes;       /* quotations it carries, of those grouped */
  guint quotes_altered; /* of those, with words changed */
} PxCompareStatistics;

#define PX_TYPE_COMPARISON (px_comparison_get_type ())
G_DECLARE_FINAL_TYPE (PxComparison, px_comparison, PX, COMPARISON, GObject)

PxComparison *px_comparison_new             (PxDocument             **documents,
                                             guint                    n_documents,
                                             const PxCompareOptions  *options);
guint         px_comparison_get_n_documents (PxComparison  *self);
PxDocument   *px_comparison_get_document    (PxComparison  *self,
                                             guint          index);
guint         px_comparison_get_reference   (PxComparison  *self);
/* FALSE for a primary source (a transcript, a statement: issue 17), which
 * is checked against, never counted among the outlets. */
gboolean      px_comparison_is_outlet       (PxComparison  *self,
                                             guint          document);
/* TRUE when the reference was chosen (PX_REFERENCE_AUTO), with its mean
 * share of words with the others. */
gboolean      px_comparison_get_reference_choice (PxComparison *self,
                                                  double       *mean_share);
gboolean      px_comparison_was_cancelled   (PxComparison  *self);
guint         px_comparison_get_n_rows      (PxComparison  *self);
/* Returns n_documents cells. */
const PxCell *px_comparison_get_row         (PxComparison  *self,
                                             guint          row);
/* The row that holds a document's paragraph. */
guint         px_comparison_find_row        (PxComparison  *self,
                                             guint          document,
                                             guint          paragraph);
gboolean      px_comparison_is_furniture    (PxComparison  *self,
                                             guint          document,
                                             guint          paragraph);
/* The paragraph taken for the headline, or -1. */
int           px_comparison_get_headline    (PxComparison  *self,
                                             guint          document);
/* Share of document @a's words that it shares with document @b.  The
 * share in the reference is found with the comparison; the others on
 * the first call (px_comparison_find_similarity()). */
double        px_comparison_get_similarity  (PxComparison  *self,
                                             guint          a,
                                             guint          b);
void          px_comparison_find_similarity (PxComparison  *self);
/* Whether the cells of @row for @document and the reference differ
 * (under px_comparison_get_row_flags()). */
gboolean      px_comparison_cell_changed    (PxComparison  *self,
                                             guint          row,
                                             guint          document);
/* The flags @row's cells are diffed by, given the comparison's @flags:
 * in the headlines' row case is ignored too.  A headline's capitals
 * are its outlet's house style ("Colts Beat Chiefs", "Colts beat
 * Chiefs", "COLTS BEAT CHIEFS"), not a change of wording. */
PxDiffFlags   px_comparison_get_row_flags   (PxComparison  *self,
                                             guint          row,
                                             PxDiffFlags    flags);
void          px_comparison_get_statistics  (PxComparison        *self,
                                             guint                document,
                                             PxCompareStatistics *statistics);
/* The quotations grouped across the articles (PxQuoteGroup, px-quotes.h). */
GPtrArray    *px_comparison_get_quotes      (PxComparison     *self);
/* The quotations checked against the primary sources among the documents. */
PxSourceCheck *px_comparison_get_source_check (PxComparison   *self);
/* Checks the quotations against the sources again, after speakers were
 * corrected (px_speaker_corrections_apply()). */
void           px_comparison_recheck_sources  (PxComparison   *self);

/* From this many bytes of text in all, the work on a comparison is shared
 * out to a second thread (the quotations beside the alignment, the JSON's
 * rows, the files read): below it, a thread costs about what it saves. */
#define PX_COMPARE_THREADS_MIN_BYTES (64 * 1024)

/* The most articles one comparison holds: an event rarely has more than
 * a few dozen outlets, and the work grows with the square of the number
 * (the similarity matrix).  The CLI, sessions and the window refuse
 * more.  Documented in README. */
#define PX_COMPARE_MAX_DOCUMENTS 100

gboolean      px_compare_worth_threads      (PxDocument      **documents,
                                             guint             n_documents);

G_END_DECLS
