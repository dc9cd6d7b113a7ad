/* px-notes.c: the analyst's notes on rows and quotations
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-notes.h"
#include "px-speaker-corrections.h"

static GHashTable *
table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

PxNotes *
px_notes_new (void)
{
  PxNotes *notes = g_new0 (PxNotes, 1);

  notes->rows = table_new ();
  notes->quotes = table_new ();
  return notes;
}

void
px_notes_free (PxNotes *notes)
{
  if (notes == NULL)
    return;
  g_hash_table_unref (notes->rows);
  g_hash_table_unref (notes->quotes);
  g_free (notes);
}

static void
copy_table (GHashTable *from, GHashTable *to)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_remove_all (to);
  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (to, g_strdup (key), g_strdup (value));
}

void
px_notes_copy_into (const PxNotes *from,
                    PxNotes       *to)
{
  g_return_if_fail (from != NULL && to != NULL);

  if (from == to)
    return;
  copy_table (from->rows, to->rows);
  copy_table (from->quotes, to->quotes);
}

static gboolean
same_table (GHashTable *a, GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, g_hash_table_lookup (b, key)) != 0)
      return FALSE;
  return TRUE;
}

gboolean
px_notes_equal (const PxNotes *a,
                const PxNotes *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return same_table (a->rows, b->rows) && same_table (a->quotes, b->quotes);
}

guint
px_notes_get_size (const PxNotes *notes)
{
  g_return_val_if_fail (notes != NULL, 0);

  return g_hash_table_size (notes->rows) + g_hash_table_size (notes->quotes);
}

/* The note's text with the white space at its ends cut, or NULL when
 * nothing is left. */
static char *
clean (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

/* ---- Rows ---- */

static char *
cell_words (PxComparison *cmp, guint row, guint d)
{
  const PxCell *cells = px_comparison_get_row (cmp, row);

  if (cells[d].paragraph < 0)
    return NULL;
  return px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), cells[d].paragraph);
}

const char *
px_notes_get_row (const PxNotes *notes,
                  PxComparison  *comparison,
                  guint          row)
{
  guint n, ref;
  const char *found = NULL;

  g_return_val_if_fail (notes != NULL, NULL);
  g_return_val_if_fail (PX_IS_COMPARISON (comparison), NULL);

  if (row >= px_comparison_get_n_rows (comparison) || g_hash_table_size (notes->rows) == 0)
    return NULL;
  n = px_comparison_get_n_documents (comparison);
  ref = px_comparison_get_reference (comparison);
  /* The reference's paragraph first: the key a note is saved under. */
  for (guint i = 0; i < n && found == NULL; i++)
    {
      guint d = i == 0 ? ref : (i <= ref ? i - 1 : i);
      g_autofree char *words = cell_words (comparison, row, d);

      if (words)
        found = g_hash_table_lookup (notes->rows, words);
    }
  return found;
}

void
px_notes_set_row (PxNotes      *notes,
                  PxComparison *comparison,
                  guint         row,
                  const char   *text)
{
  guint n, ref;
  g_autofree char *note = clean (text);
  char *key = NULL;

  g_return_if_fail (notes != NULL);
  g_return_if_fail (PX_IS_COMPARISON (comparison));
  g_return_if_fail (row < px_comparison_get_n_rows (comparison));

  n = px_comparison_get_n_documents (comparison);
  ref = px_comparison_get_reference (comparison);
  for (guint i = 0; i < n; i++)
    {
      guint d = i == 0 ? ref : (i <= ref ? i - 1 : i);
      char *words = cell_words (comparison, row, d);

      if (words == NULL)
        continue;
      g_hash_table_remove (notes->rows, words);
      if (key == NULL)
        key = words;
      else
        g_free (words);
    }
  if (key && note)
    g_hash_table_insert (notes->rows, key, g_steal_pointer (&note));
  else
    g_free (key);
}

/* ---- Quotations ---- */

const char *
px_notes_get_quote (const PxNotes      *notes,
                    const PxQuoteGroup *group)
{
  const char *found;

  g_return_val_if_fail (notes != NULL, NULL);
  g_return_val_if_fail (group != NULL, NULL);

  if (g_hash_table_size (notes->quotes) == 0)
    return NULL;
  found = g_hash_table_lookup (notes->quotes, px_speaker_corrections_key (group));
  for (guint i = 0; i < group->occurrences->len && found == NULL; i++)
    found = g_hash_table_lookup (notes->quotes, g_array_index (group->occurrences, PxQuoteOccurrence, i).text);
  return found;
}

void
px_notes_set_quote (PxNotes            *notes,
                    const PxQuoteGroup *group,
                    const char         *text)
{
  g_autofree char *note = clean (text);

  g_return_if_fail (notes != NULL);
  g_return_if_fail (group != NULL);

  for (guint i = 0; i < group->occurrences->len; i++)
    g_hash_table_remove (notes->quotes, g_array_index (group->occurrences, PxQuoteOccurrence, i).text);
  if (note)
    g_hash_table_insert (notes->quotes, g_strdup (px_speaker_corrections_key (group)), g_steal_pointer (&note));
}
