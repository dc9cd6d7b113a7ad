/* px-reference.h: which article the others are compared against
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-document.h"

G_BEGIN_DECLS

/* PxCompareOptions.reference: let the comparison choose (px_reference_choose()). */
#define PX_REFERENCE_AUTO G_MAXUINT

/* The centrality of each document: the mean, over the others, of the
 * share of words it has in common with each (both directions averaged),
 * from a similarity matrix as px_similarity_fill() makes it.  Fills
 * @centrality (n values, 0..1; 0 for a lone document). */
void  px_reference_centrality   (const double *similarity,
                                 guint         n,
                                 double       *centrality);

/* The most central document: the one that shares the most words with
 * the others on average, page furniture left out; the first of equals.
 * Its centrality goes to @mean_share when non-NULL.  0 for fewer than
 * three documents, where every choice is as central as the next. */
guint px_reference_choose       (PxDocument  **documents,
                                 guint         n_documents,
                                 double       *mean_share);

/* The folded word ids of paragraph @paragraph of document @document, in
 * reading order (px_reference_choose_words()); valid until the next call. */
typedef const guint32 *(*PxReferenceWords) (guint     document,
                                            guint     paragraph,
                                            guint    *n_words,
                                            gpointer  data);

/* px_reference_choose() from word ids that the caller already has (the
 * comparison's paragraphs): any numbering will do, as long as two words
 * get the same id exactly when they fold to the same word (case and
 * typography ignored). */
guint px_reference_choose_words (PxDocument       **documents,
                                 guint              n_documents,
                                 PxReferenceWords   words,
                                 gpointer           data,
                                 double            *mean_share);

G_END_DECLS
