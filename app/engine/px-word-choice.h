/* px-word-choice.h: the same thing named differently by different outlets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-compare.h"

G_BEGIN_DECLS

typedef enum {
  PX_WORD_CHOICE_NAMING,       /* one thing, several names: "ISIS | ISIL" */
  PX_WORD_CHOICE_ATTRIBUTION,  /* how quotations are introduced: "said | claimed" */
} PxWordChoiceKind;

const char *px_word_choice_kind_to_string (PxWordChoiceKind kind);

/* One place where a document uses a variant: byte offsets into its text,
 * from the first word's start to the last word's end. */
typedef struct {
  guint   document;
  guint32 start;
  guint32 end;
} PxWordChoiceOccurrence;

typedef struct {
  char   *text;         /* as the documents most often write it */
  char   *key;          /* its words folded (case, typography, punctuation) */
  guint  *counts;       /* per document: occurrences in the whole text */
  guint   total;
  GArray *occurrences;  /* of PxWordChoiceOccurrence, by document, then offset */
} PxWordChoiceVariant;

/* A word-choice set: variants that the documents use for the same thing,
 * found where aligned paragraphs swap one for another (in any pair of
 * documents) or where a document gives a name and its abbreviation
 * ("Islamic State in Iraq and Syria (ISIS/ISIL)").  Each variant's counts
 * are over whole texts, so an outlet that writes one variant throughout
 * shows as consistent. */
typedef struct {
  PxWordChoiceKind kind;
  GPtrArray *variants;        /* of PxWordChoiceVariant, most used first */
  guint      n_documents;
  int       *preferred;       /* per document: index of its most used variant, or -1 */
  guint      n_substitutions; /* places where aligned paragraphs swap two variants */
  gboolean   defined;         /* a document gives one variant as another's abbreviation */
  double     score;           /* how consistently the documents differ: the order of sets */
} PxWordChoiceSet;

void        px_word_choice_set_free   (PxWordChoiceSet *set);

/* The variants of @set joined with " | ", most used first. */
char       *px_word_choice_set_label  (const PxWordChoiceSet *set);

/* Finds the word-choice sets of @comparison, best first (an array of
 * PxWordChoiceSet).  Sets in which every document prefers the same variant
 * as much as the others are left out.  @cancel, when non-NULL and set,
 * stops the work early (the sets found so far are returned). */
GPtrArray  *px_word_choice_find       (PxComparison *comparison,
                                       const gint   *cancel);

/* px_word_choice_find() worked out once per comparison and kept with it.
 * Safe to call from several threads. */
GPtrArray  *px_comparison_get_word_choice (PxComparison *comparison);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxWordChoiceSet, px_word_choice_set_free)

G_END_DECLS
