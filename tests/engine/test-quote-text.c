/* test-quote-text.c: the text around quotes is read from the tokens the
 * document keeps, and reads as if tokenized anew
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "load-event.h"
#include "px-quotes-private.h"
#include "px-tokenizer.h"

/* px_quote_tokens_of (text[lo, hi)) against px_tokenize() of the same
 * range; returns whether they were the document's own. */
static gboolean
check_range (DocScan *ds, guint32 lo, guint32 hi)
{
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (PxToken));
  guint n_tokens;
  const PxToken *tokens = px_quote_tokens_of (ds, lo, hi, &n_tokens);

  px_tokenize (ds->text + lo, hi - lo, lo, fresh);
  if (n_tokens != fresh->len)
    g_error ("text[%u, %u) of “%.*s”: %u tokens, %u tokenized anew", lo, hi, (int) (hi - lo),
             ds->text + lo, n_tokens, fresh->len);
  for (guint i = 0; i < n_tokens; i++)
    {
      const PxToken *a = &tokens[i], *b = &g_array_index (fresh, PxToken, i);

      if (a->start != b->start || a->len != b->len || a->kind != b->kind)
        g_error ("text[%u, %u) of “%.*s”: token %u is [%u, +%u) kind %u, anew [%u, +%u) kind %u",
                 lo, hi, (int) (hi - lo), ds->text + lo, i, a->start, (guint) a->len,
                 (guint) a->kind, b->start, (guint) b->len, (guint) b->kind);
    }
  return tokens >= ds->doc_tokens && tokens < ds->doc_tokens + ds->n_doc_tokens;
}

/* From each token of @doc (every @step-th), to each byte up to @reach
 * further (cut words and characters too), and across paragraphs. */
static guint
check_document (PxDocument *doc, guint step, guint reach)
{
  DocScan *ds = px_quote_scan_new (doc);
  guint kept = 0;

  for (guint t = 0; t < ds->n_doc_tokens; t += step)
    {
      guint32 lo = ds->doc_tokens[t].start;

      for (guint32 hi = lo + 1; hi <= ds->len && hi <= lo + reach; hi++)
        kept += check_range (ds, lo, hi);
    }
  px_quote_scan_free (ds);
  return kept;
}

/* Texts where a word boundary depends on the characters around it:
 * letters joined by marks (“U.S.”, “can't”, “3.14”, “1,000”), flags of
 * regional indicators (boundaries every second one), emoji joined by ZWJ,
 * combining accents, Hebrew with its quote marks, katakana, CR LF, and a
 * paragraph of hard-wrapped lines. */
static const char *const tricky[] = {
  "The U.S. Army's “fix,” she said. Can't stop at 3.14 or 1,000.5 miles.\n\nNext one:a.b",
  "Flags \xf0\x9f\x87\xba\xf0\x9f\x87\xb8\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa\xf0\x9f\x87\xab and "
  "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 family.\n\n"
  "Cafe\xcc\x81 o\xcc\x88\xcc\x81 x\xe2\x80\x8dy \xd7\xa6\xd7\x94\xd7\x9c\"\xd7\x9f ok\n\n"
  "\xe3\x82\xab\xe3\x82\xbf\xe3\x82\xab\xe3\x83\x8a and\r\nlines \t  wide_word_here 42nd.",
  "A line that wraps\nhere, said Ann\nLee. \"Quote,\" she added.\n\n"
  "\xe2\x80\x9cOpen,\xe2\x80\x9d \xe2\x80\x98inner\xe2\x80\x99 \xc2\xab guillemets \xc2\xbb "
  "e.g. i.e. Mr. O'Neil-Smith's 2,3.4",
};

static void
test_tricky_texts (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (tricky); i++)
    {
      g_autoptr(PxDocument) doc = px_document_new (tricky[i], strlen (tricky[i]), "outlet");

      /* Every token to every byte after it. */
      g_assert_cmpuint (check_document (doc, 1, G_MAXUINT), >, 0);
    }
}

/* Whether @lower stands in @text as a word, by a search of the whole
 * text: what px_quote_written_lower() answered before it read the text's
 * words once. */
static gboolean
searched_lower (const char *text, const char *lower)
{
  gsize n = strlen (lower);

  for (const char *p = strstr (text, lower); p; p = strstr (p + 1, lower))
    {
      gunichar before = p > text ? g_utf8_get_char (g_utf8_prev_char (p)) : ' ';
      gunichar after = g_utf8_get_char (p + n);

      if (!g_unichar_isalnum (before) && !g_unichar_isalnum (after))
        return TRUE;
    }
  return FALSE;
}

/* Every word of @text (and every start of one, and one of two words),
 * capitalised, asked of px_quote_written_lower() in @doc: the text's
 * words, read once after some searches, answer as the searches did. */
static void
check_written_lower (PxDocument *doc)
{
  DocScan *ds = px_quote_scan_new (doc);
  const char *text = ds->text;
  guint asked = 0;

  /* Enough words not in the text that the rest are looked up. */
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *absent = g_strdup_printf ("Qzx%uq", i);

      g_assert_false (px_quote_written_lower (ds, absent));
    }
  for (const char *w = text; *w; w = g_utf8_next_char (w))
    for (const char *e = g_utf8_next_char (w); e <= w + 40 && e[-1]; e = g_utf8_next_char (e))
      {
        g_autofree char *word = g_strndup (w, e - w);
        g_autofree char *lower = g_utf8_strdown (word, -1);
        gunichar c = g_utf8_get_char (word);
        g_autofree char *cap = NULL;
        char first[8];

        if (!g_unichar_isalnum (c) || strchr (word, '\n'))
          continue;
        first[g_unichar_to_utf8 (g_unichar_toupper (c), first)] = '\0';
        cap = g_strconcat (first, g_utf8_next_char (word), NULL);
        if (g_str_equal (cap, lower))
          continue;
        if (px_quote_written_lower (ds, cap) != searched_lower (text, lower))
          g_error ("“%s” in “%s”: %s by the text's words", cap, text,
                   searched_lower (text, lower) ? "not found" : "found");
        asked++;
      }
  g_assert_cmpuint (asked, >, 0);
  px_quote_scan_free (ds);
}

static void
test_written_lower (void)
{
  static const char *const more[] = {
    "the ceo of 3m, le\xc3\xb3n and o'brien met al-assad; 2nd and x2 d\xc3\xa9j\xc3\xa0 vu.\n\n"
    "Ceo Leon O'Brien \xc3\x89lise \xc3\xa9lise na\xc3\xafve zo\xc3\xab_z \xc2\xbd half "
    "\xe2\x85\xa0 roman \xef\xbc\xa1\xef\xbd\x82 wide \xe6\x97\xa5\xe6\x9c\xac \xce\xb4\xce\xb5 \xce\x94\xce\x95",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tricky) + G_N_ELEMENTS (more); i++)
    {
      const char *text = i < G_N_ELEMENTS (tricky) ? tricky[i] : more[i - G_N_ELEMENTS (tricky)];
      g_autoptr(PxDocument) doc = px_document_new (text, strlen (text), "outlet");

      check_written_lower (doc);
    }
}

static void
test_sample_event (void)
{
  const char *samples = g_getenv ("PARALLAX_SAMPLES");
  g_autoptr(GPtrArray) docs = NULL;
  guint kept = 0;

  if (samples == NULL)
    {
      g_test_skip ("PARALLAX_SAMPLES is not set");
      return;
    }
  docs = load_event (samples);
  g_assert_cmpuint (docs->len, >, 0);
  for (guint d = 0; d < docs->len; d++)
    kept += check_document (g_ptr_array_index (docs, d), 13, 120);
  g_assert_cmpuint (kept, >, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quote-text/tricky-texts", test_tricky_texts);
  g_test_add_func ("/quote-text/sample-event", test_sample_event);
  g_test_add_func ("/quote-text/written-lower", test_written_lower);
  return g_test_run ();
}
