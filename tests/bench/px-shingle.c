/* px-shingle.c: the Zyte article-extraction-benchmark's score
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tokens are runs of word characters (Python's \w); extracted and gold
 * text are compared as multisets of word 4-grams; a page's true and false
 * positives and false negatives are normalised to sum to 1.  Shared by
 * the benchmark program and the extraction regression test.
 */
#include "config.h"

#include "px-shingle.h"


static gboolean
is_word_char (gunichar c)
{
  /* Python's \w: letters, digits, marks and the underscore. */
  GUnicodeType t = g_unichar_type (c);

  return g_unichar_isalnum (c) || c == '_' ||
         t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK ||
         t == G_UNICODE_ENCLOSING_MARK || t == G_UNICODE_CONNECT_PUNCTUATION;
}

static GPtrArray *
tokens (const char *text)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  const char *p = text, *start = NULL;

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;
      gboolean w = c && is_word_char (c);

      if (w && start == NULL)
        start = p;
      else if (!w && start)
        {
          g_ptr_array_add (out, g_strndup (start, p - start));
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
  return out;
}

/* Multiset of 4-grams; as in the benchmark, a text of fewer than four
 * tokens gives one shorter shingle. */
static GHashTable *
shingles (const char *text)
{
  g_autoptr(GPtrArray) t = tokens (text);
  GHashTable *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = t->len >= 4 ? t->len - 3 : 1;

  for (guint i = 0; i < n; i++)
    {
      GString *key = g_string_new (NULL);

      for (guint j = i; j < i + 4 && j < t->len; j++)
        {
          g_string_append (key, g_ptr_array_index (t, j));
          g_string_append_c (key, '\x1f');
        }
      {
        gpointer old = g_hash_table_lookup (out, key->str);
        g_hash_table_replace (out, g_string_free (key, FALSE), GUINT_TO_POINTER (GPOINTER_TO_UINT (old) + 1));
      }
    }
  return out;
}

PxShingleScore
px_shingle_score (const char *gold,
                  const char *got)
{
  g_autoptr(GHashTable) g = shingles (gold);
  g_autoptr(GHashTable) e = shingles (got);
  GHashTableIter iter;
  gpointer key, value;
  double tp = 0, fp = 0, fn = 0, sum;
  PxShingleScore s;

  g_hash_table_iter_init (&iter, g);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint gc = GPOINTER_TO_UINT (value);
      guint ec = GPOINTER_TO_UINT (g_hash_table_lookup (e, key));
      tp += MIN (gc, ec);
      fn += gc > ec ? gc - ec : 0;
    }
  g_hash_table_iter_init (&iter, e);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint ec = GPOINTER_TO_UINT (value);
      guint gc = GPOINTER_TO_UINT (g_hash_table_lookup (g, key));
      fp += ec > gc ? ec - gc : 0;
    }
  sum = tp + fp + fn;
  if (sum > 0)
    tp /= sum, fp /= sum, fn /= sum;
  s.precision = (fp == 0 && fn == 0) ? 1.0 : tp == 0 ? 0.0 : tp / (tp + fp);
  s.recall = (fp == 0 && fn == 0) ? 1.0 : tp == 0 ? 0.0 : tp / (tp + fn);
  return s;
}

