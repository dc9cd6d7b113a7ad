/* px-quote-written.c: how the text writes a word elsewhere
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether a capitalised word that may be a name stands elsewhere in the
 * text in lower case ("Residents said" beside "residents"), or
 * capitalised inside a sentence rather than only at a sentence's start:
 * each answer reads the whole text, so each is kept once asked, and the
 * text's words are read into a table once the text has been searched
 * often enough.
 */
#include "config.h"

#include <string.h>

#include "px-diff-private.h"
#include "px-quotes-private.h"

/* What px_quote_written_lower() and px_quote_capitalised_inside_sentence()
 * found for a word: each reads the whole text, and the same few names
 * are asked about again and again. */
enum {
  SEEN_LOWER_ASKED = 1 << 0,
  SEEN_LOWER = 1 << 1,
  SEEN_INSIDE_ASKED = 1 << 2,
  SEEN_INSIDE = 1 << 3,
};

/* @word's answer of @asked (with the answer's bit @yes), from the text
 * by @scan when not asked before. */
static gboolean
seen_in_text (DocScan *ds, const char *word, guint asked, guint yes,
              gboolean (*scan) (DocScan *ds, const char *word))
{
  gpointer key, value;
  guint bits = 0;

  if (ds->seen_words == NULL)
    ds->seen_words = g_hash_table_new (g_str_hash, g_str_equal);
  if (g_hash_table_lookup_extended (ds->seen_words, word, &key, &value))
    bits = GPOINTER_TO_UINT (value);
  else
    key = g_string_chunk_insert (ds->words, word);
  if (!(bits & asked))
    {
      bits |= asked | (scan (ds, word) ? yes : 0);
      g_hash_table_insert (ds->seen_words, key, GUINT_TO_POINTER (bits));
    }
  return (bits & yes) != 0;
}

/* The words of a text: its runs of letters and digits (by
 * g_unichar_isalnum()) between characters that are neither, as written,
 * but for those with an ASCII capital, which no word in lower case is.
 * A word in lower case stands somewhere in the text as a word exactly
 * when it is one of them: read in one pass over the text, the first time
 * a scan asks, instead of a search through the whole text for each name
 * asked about (about a hundred for five short articles, more the longer
 * they are, most of them read to the end). */

/* What a byte is to a run, a set of these: a lower-case ASCII letter or
 * a digit, a capital, the first byte of a character from U+0080 on (read
 * by GLib), the NUL that ends the text; 0 for the rest of ASCII. */
enum { RUN_LOWER = 1, RUN_CAPITAL = 2, RUN_UTF8 = 4, RUN_NUL = 8 };

static guint8 run_class[256];

static void
run_classes_init (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (guint c = 0; c < 256; c++)
        run_class[c] = c == 0 ? RUN_NUL : c >= 0x80 ? RUN_UTF8 : g_ascii_isupper (c) ? RUN_CAPITAL
                       : g_ascii_isalnum (c) ? RUN_LOWER : 0;
      g_once_init_leave (&done, 1);
    }
}

/* The length of the character at @p, from U+0080 on, when it is a letter
 * or a digit, else 0; 0 with @invalid set when it is no valid UTF-8. */
static gsize
utf8_alnum_len (const char *p, gboolean *invalid)
{
  gunichar c = g_utf8_get_char_validated (p, -1);

  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *invalid = TRUE;
      return 0;
    }
  return g_unichar_isalnum (c) ? (gsize) (g_utf8_next_char (p) - p) : 0;
}

/* Up to the first NUL, as strstr() reads it; NULL when the text is not
 * valid UTF-8 (then it is searched). */
static PxInterner *
text_words_new (const char *text)
{
  g_autoptr(PxInterner) words = px_interner_new (0);
  const char *p = text;
  gboolean invalid = FALSE;

  run_classes_init ();
  for (;;)
    {
      const char *start;
      guint8 k, seen = 0;
      gsize n;

      /* To the next letter or digit. */
      for (;; p++)
        {
          k = run_class[(guchar) *p];
          if (k == 0)
            continue;
          if (k != RUN_UTF8 || utf8_alnum_len (p, &invalid) > 0 || invalid)
            break;
          p = g_utf8_next_char (p) - 1;
        }
      if (k == RUN_NUL || invalid)
        break;
      /* Past it and those that follow it. */
      for (start = p;;)
        {
          k = run_class[(guchar) *p];
          if (k & (RUN_LOWER | RUN_CAPITAL))
            seen |= k, p++;
          else if (k == RUN_UTF8 && (n = utf8_alnum_len (p, &invalid)) > 0)
            p += n;
          else
            break;
        }
      if (invalid)
        break;
      if (!(seen & RUN_CAPITAL))
        px_interner_intern_key (words, start, p - start);
    }
  return invalid ? NULL : g_steal_pointer (&words);
}

/* How many searches of the text for a word in lower case are made before
 * its words are read instead: reading them costs about as much as ten
 * searches (most read the text to the end), and a short article asks
 * about a few names only. */
#define TEXT_WORDS_AFTER 10

/* Whether @word stands in lower case somewhere in the text, as a word:
 * "Residents said", "Later, he said" use a common word, not a name. */
static gboolean
scan_written_lower (DocScan *ds, const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  gsize n = strlen (lower);
  gboolean alnum = n > 0;

  if (g_str_equal (lower, word))
    return TRUE;
  for (const char *c = lower; *c && alnum; c = g_utf8_next_char (c))
    alnum = (guchar) *c < 0x80 ? g_ascii_isalnum (*c) : g_unichar_isalnum (g_utf8_get_char (c));
  /* A word of letters and digits is one of the text's words, once the
   * text has been searched often enough to pay for reading them; one
   * that holds other characters ("o'brien") is searched for. */
  if (alnum && !ds->text_words_read && ++ds->lower_searches > TEXT_WORDS_AFTER)
    {
      ds->text_words = text_words_new (ds->text);
      ds->text_words_read = TRUE;
    }
  if (alnum && ds->text_words)
    return px_interner_lookup_key (ds->text_words, lower, n) != G_MAXUINT32;
  for (const char *p = strstr (ds->text, lower); p; p = strstr (p + 1, lower))
    {
      gunichar before = p > ds->text ? g_utf8_get_char (g_utf8_prev_char (p)) : ' ';
      gunichar after = g_utf8_get_char (p + n);

      if (!g_unichar_isalnum (before) && !g_unichar_isalnum (after))
        return TRUE;
    }
  return FALSE;
}

gboolean
px_quote_written_lower (DocScan *ds, const char *word)
{
  return seen_in_text (ds, word, SEEN_LOWER_ASKED, SEEN_LOWER, scan_written_lower);
}

/* Whether @word stands capitalised, as a word, somewhere other than at a
 * sentence's or a line's start: "Other union leaders", "Huge Who fan",
 * "Long after Watergate" open their sentences and name nobody. */
static gboolean
scan_capitalised_inside_sentence (DocScan *ds, const char *word)
{
  gsize n = strlen (word);

  for (const char *p = strstr (ds->text, word); p; p = strstr (p + 1, word))
    {
      const char *b = p;
      gunichar before = 0, after = g_utf8_get_char (p + n);

      if (g_unichar_isalnum (after))
        continue;
      while (b > ds->text && (b[-1] == ' ' || b[-1] == '\t'))
        b--;
      if (b > ds->text)
        before = g_utf8_get_char (g_utf8_prev_char (b));
      if (b == p && g_unichar_isalnum (before))
        continue;   /* inside a word */
      /* A line's or a sentence's start, or inside a quotation's. */
      if (before == 0 || before == '\n' || before == '.' || before == '!' || before == '?' ||
          before == ':' || before == '"' || before == '\'' || before == '(' || before == '[' ||
          before == 0x201C || before == 0x201D || before == 0x2018 || before == 0x2019 ||
          before == 0xAB || before == 0xBB || before == 0x2014 || before == 0x2013)
        continue;
      return TRUE;
    }
  return FALSE;
}

gboolean
px_quote_capitalised_inside_sentence (DocScan *ds, const char *word)
{
  return seen_in_text (ds, word, SEEN_INSIDE_ASKED, SEEN_INSIDE, scan_capitalised_inside_sentence);
}
