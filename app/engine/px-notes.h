/* px-notes.h: the analyst's notes on rows and quotations
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-compare.h"
#include "px-quotes.h"

G_BEGIN_DECLS

/* Notes are keyed by words, not by place, as the corrected speakers are
 * (px-speaker-corrections.h): a row's note by the words of one of its
 * paragraphs (the reference's when it has one), a quotation's by its
 * fullest version's words.  So a note stays with what it is about when
 * articles are added, removed or reordered, or the reference changes. */
typedef struct {
  GHashTable *rows;     /* a paragraph's words -> note */
  GHashTable *quotes;   /* a quotation's words -> note */
} PxNotes;

PxNotes    *px_notes_new       (void);
void        px_notes_free      (PxNotes       *notes);
/* Replaces every note of @to with a copy of @from's. */
void        px_notes_copy_into (const PxNotes *from,
                                PxNotes       *to);
gboolean    px_notes_equal     (const PxNotes *a,
                                const PxNotes *b);
guint       px_notes_get_size  (const PxNotes *notes);

/* The note on row @row of @comparison, or NULL. */
const char *px_notes_get_row   (const PxNotes *notes,
                                PxComparison  *comparison,
                                guint          row);
/* Sets the note on row @row; NULL or only white space removes it. */
void        px_notes_set_row   (PxNotes       *notes,
                                PxComparison  *comparison,
                                guint          row,
                                const char    *text);

const char *px_notes_get_quote (const PxNotes      *notes,
                                const PxQuoteGroup *group);
void        px_notes_set_quote (PxNotes            *notes,
                                const PxQuoteGroup *group,
                                const char         *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxNotes, px_notes_free)

G_END_DECLS
