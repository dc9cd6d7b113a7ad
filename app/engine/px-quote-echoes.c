/* px-quote-echoes.c: quotes that echo another quote's words
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A headline or a subheading often quotes a few words that a quote
 * further on says in full ('Incredible incarnation' as a subheading, then
 * Jenna Coleman said: "… an incredible incarnation of number 12."): the
 * short quote has no speaker of its own, and is given the speaker of the
 * quote that holds its words.  A pass after resolution, over the
 * speakers resolved.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

/* The words @f quotes, in lower case unless @keep_case, each followed by
 * one space: "incredible incarnation ". */
static char *
quoted_words (DocScan *ds, const Found *f, gboolean keep_case)
{
  GString *out = g_string_new (NULL);
  gboolean in_word = FALSE;

  for (guint k = 0; f->segments && k < f->segments->len; k++)
    {
      const Span *sp = &g_array_index (f->segments, Span, k);

      for (const char *p = ds->text + sp->start; p < ds->text + sp->end; p = g_utf8_next_char (p))
        {
          gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);

          /* ASCII, most of it, without the Unicode tables. */
          if (c < 0x80 && g_ascii_isalnum (c))
            {
              g_string_append_c (out, keep_case ? (char) c : g_ascii_tolower (c));
              in_word = TRUE;
            }
          else if (c >= 0x80 && g_unichar_isalnum (c))
            {
              g_string_append_unichar (out, keep_case ? c : g_unichar_tolower (c));
              in_word = TRUE;
            }
          else if (in_word && c != '\'' && c != 0x2019)
            {
              g_string_append_c (out, ' ');
              in_word = FALSE;
            }
        }
      if (in_word)
        g_string_append_c (out, ' ');
      in_word = FALSE;
    }
  return g_string_free (out, FALSE);
}

/* Whether the words at [at, at + n) of @g's quoted words hold one
 * written in lower case there: "a powder keg" said, not "Hunger Games",
 * a title the speaker names. */
static gboolean
written_lower_there (DocScan *ds, const Found *g, gsize at, gsize n)
{
  g_autofree char *cased = quoted_words (ds, g, TRUE);

  if (at + n > strlen (cased))
    return FALSE;
  for (gsize k = at; k < at + n; k++)
    if ((k == at || cased[k - 1] == ' ') && g_ascii_islower (cased[k]))
      return TRUE;
  return FALSE;
}

/* Fewest words a quote must hold to be recognised inside another. */
#define MIN_ECHO_WORDS 2

/* The quoted_words() of the quote at @q, kept in @words once worked
 * out: most quotes have a speaker of their own and are never compared. */
static const char *
words_of_quote (DocScan *ds, GPtrArray *words, guint q)
{
  if (g_ptr_array_index (words, q) == NULL)
    g_ptr_array_index (words, q) = quoted_words (ds, g_ptr_array_index (ds->found, q), FALSE);
  return g_ptr_array_index (words, q);
}

/* A quote the text gives no speaker of its own (a headline's, a
 * subheading's, "…" alone in a paragraph) whose words another quote of
 * the article holds, said by someone it names there: theirs.
 * 'Incredible incarnation' as a subheading, then Jenna Coleman said:
 * "… an incredible incarnation of number 12." */
void
px_quote_speakers_of_echoes (DocScan *ds)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (words, ds->found->len);
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      const char *w;
      const Found *source = NULL;
      guint n_words = 0;

      if (f->depth > 0 || f->said || !(f->kind == SPK_NONE || f->kind == SPK_INHERIT) ||
          f->paragraph != f->last_paragraph)
        continue;
      /* Only a headline's or a paragraph of the quote alone: "Medicare
       * for all" inside a sentence is a name for a plan, whoever says
       * it. */
      {
        const PxParagraph *p = px_document_get_paragraph (ds->doc, f->paragraph);
        gboolean alone = TRUE;

        for (guint32 k = p->start; k < p->end && alone; k++)
          alone = ds->quoted[k] || !g_ascii_isalnum (ds->text[k]);
        if (!alone && !px_quote_paragraph_reads_as_headline (ds, f->paragraph))
          continue;
      }
      w = words_of_quote (ds, words, q);
      for (const char *p = w; *p; p++)
        n_words += *p == ' ';
      if (n_words < MIN_ECHO_WORDS)
        continue;
      for (guint r = 0; r < ds->found->len; r++)
        {
          Found *g = g_ptr_array_index (ds->found, r);
          const char *gw;
          const char *at;

          if (r == q || g->depth > 0 || !g->speaker ||
              !(g->kind == SPK_NAME || g->kind == SPK_PRONOUN || g->kind == SPK_ROLE))
            continue;
          gw = words_of_quote (ds, words, r);
          if (strlen (gw) <= strlen (w))
            continue;
          at = strstr (gw, w);
          if (!at || (at > gw && at[-1] != ' ') || !written_lower_there (ds, g, at - gw, strlen (w)))
            continue;
          if (source && !g_str_equal (source->speaker, g->speaker))
            {
              source = NULL;
              break;
            }
          source = g;
        }
      if (source)
        {
          g_free (f->speaker);
          f->speaker = g_strdup (source->speaker);
          f->confidence = source->confidence * INHERITED;
        }
    }
}
