/* px-reference.c: which article the others are compared against
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference is the article the others are read against: every row
 * starts from one of its paragraphs.  The one that shares the most words
 * with the others makes the fewest rows of "omitted" and "added": the
 * most central article.  Page furniture does not count, else a web page
 * copied whole would lose to its own body text, or win by its menus
 * being shared with another page of the same site.
 */
#include "config.h"

#include "px-furniture.h"
#include "px-headline.h"
#include "px-diff.h"
#include "px-reference.h"
#include "px-similarity.h"

/* Above this many words a line is article text, not a teaser or a link. */
#define BRIEF_WORDS 12

void
px_reference_centrality (const double *similarity,
                         guint         n,
                         double       *centrality)
{
  g_return_if_fail (similarity != NULL || n == 0);

  for (guint a = 0; a < n; a++)
    {
      double sum = 0;

      for (guint b = 0; b < n; b++)
        if (b != a)
          sum += (similarity[a * n + b] + similarity[b * n + a]) / 2;
      centrality[a] = n > 1 ? sum / (n - 1) : 0;
    }
}

/* Whether paragraph @p of @doc is brief: a headline-like line of a few words. */
static gboolean
is_brief (PxDocument *doc, const char *text, guint p)
{
  const PxParagraph *para = px_document_get_paragraph (doc, p);

  return para->n_words <= BRIEF_WORDS &&
         px_looks_like_headline (text + para->start, para->end - para->start, para->n_words);
}

/* The article's words in reading order (folded as pairing folds them),
 * furniture left out as far as a paragraph's own text tells: furniture
 * lines, and past a marker of the page's end matter in its last three
 * quarters ("Related", a copyright) the short lines that follow; the
 * headline counts.  Each paragraph's words come from @words. */
static GArray *
article_words (PxDocument *doc, guint d, PxReferenceWords words, gpointer data)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  const char *text = px_document_get_text (doc, NULL);
  guint n = px_document_get_n_paragraphs (doc);
  const PxFurniture *kinds = px_furniture_kinds (doc);
  gboolean tail = FALSE;

  for (guint p = 0; p < n; p++)
    {
      const PxParagraph *para = px_document_get_paragraph (doc, p);
      PxFurniture kind = kinds[p];
      const guint32 *w;
      guint n_w;

      if (kind == PX_FURNITURE_TAIL && p * 4 >= n)
        tail = TRUE;
      else if (kind == PX_FURNITURE_NONE && para->n_words > BRIEF_WORDS)
        tail = FALSE;
      if (kind != PX_FURNITURE_NONE ||
          (tail && (int) p != px_document_get_title_paragraph (doc) && is_brief (doc, text, p)))
        continue;
      w = words (d, p, &n_w, data);
      g_array_append_vals (ids, w, n_w);
    }
  return ids;
}

typedef struct {
  PxDocument **documents;
  PxInterner *interner;
  GArray *scratch;       /* of guint32: the paragraph's ids */
} InternedWords;

/* The word ids of a paragraph, interned here (px_reference_choose()). */
static const guint32 *
interned_words (guint d, guint p, guint *n_words, gpointer data)
{
  InternedWords *iw = data;
  const char *text = px_document_get_text (iw->documents[d], NULL);
  guint n_toks;
  const PxToken *toks = px_document_get_paragraph_tokens (iw->documents[d], p, &n_toks);

  g_array_set_size (iw->scratch, 0);
  for (guint i = 0; i < n_toks; i++)
    if (toks[i].kind == PX_TOKEN_WORD)
      {
        guint32 id = px_interner_intern (iw->interner, text + toks[i].start, toks[i].len, toks[i].kind);

        g_array_append_val (iw->scratch, id);
      }
  *n_words = iw->scratch->len;
  return (const guint32 *) (gpointer) iw->scratch->data;
}

guint
px_reference_choose (PxDocument **documents,
                     guint        n_documents,
                     double      *mean_share)
{
  g_autoptr(PxInterner) interner = NULL;
  g_autoptr(GArray) scratch = NULL;
  InternedWords iw;

  g_return_val_if_fail (documents != NULL || n_documents == 0, 0);

  if (mean_share)
    *mean_share = 0;
  if (n_documents < 2)
    return 0;
  interner = px_interner_new (PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY);
  scratch = g_array_new (FALSE, FALSE, sizeof (guint32));
  iw = (InternedWords) { documents, interner, scratch };
  return px_reference_choose_words (documents, n_documents, interned_words, &iw, mean_share);
}

guint
px_reference_choose_words (PxDocument       **documents,
                           guint              n_documents,
                           PxReferenceWords   words,
                           gpointer           data,
                           double            *mean_share)
{
  g_autoptr(GPtrArray) seqs = NULL;
  g_autofree double *similarity = NULL;
  g_autofree double *centrality = NULL;
  guint best = 0;

  g_return_val_if_fail (documents != NULL || n_documents == 0, 0);
  g_return_val_if_fail (words != NULL, 0);

  if (mean_share)
    *mean_share = 0;
  if (n_documents < 2)
    return 0;

  seqs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint d = 0; d < n_documents; d++)
    g_ptr_array_add (seqs, article_words (documents[d], d, words, data));
  similarity = g_new (double, (gsize) n_documents * n_documents);
  centrality = g_new (double, n_documents);
  px_similarity_fill (seqs, similarity);
  px_reference_centrality (similarity, n_documents, centrality);

  /* Two documents are equally central: the first stays the reference. */
  for (guint d = 1; d < n_documents && n_documents > 2; d++)
    if (centrality[d] > centrality[best] + 1e-9)
      best = d;
  if (mean_share)
    *mean_share = centrality[best];
  return best;
}
