/* px-quotes.c: the quotations of a document, each with its speaker
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file per pass: px-quote-marks.c finds the quotations;
 * px-quote-mentions.c reads the words around them and the names they
 * hold; px-quote-attribution.c gives each quotation the source its
 * words name; px-quote-resolution.c turns that source into a full name
 * (all three with the word lists of px-quote-words.c);
 * px-quote-groups.c joins the same quotation across outlets.  This file
 * runs all but the last over one document.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"
#include "px-tokenizer.h"

/* ------------------------------------------------------------------ */
/* Documents                                                           */
/* ------------------------------------------------------------------ */

void
px_quote_scan_free (DocScan *ds)
{
  g_ptr_array_unref (ds->found);
  g_free (ds->quoted);
  g_array_unref (ds->mentions);
  g_hash_table_unref (ds->title_surnames);
  g_clear_pointer (&ds->seen_words, g_hash_table_unref);
  g_clear_pointer (&ds->text_words, px_interner_free);
  g_string_chunk_free (ds->words);
  g_array_unref (ds->tokens);
  g_string_free (ds->scratch, TRUE);
  px_quote_name_forms_free (ds->name_forms);
  g_free (ds->headlines);
  g_object_unref (ds->doc);
  g_free (ds);
}

DocScan *
px_quote_scan_new (PxDocument *doc)
{
  DocScan *ds = g_new0 (DocScan, 1);

  ds->doc = g_object_ref (doc);
  ds->text = px_document_get_text (doc, &ds->len);
  ds->found = g_ptr_array_new_with_free_func ((GDestroyNotify) found_free);
  ds->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  ds->words = g_string_chunk_new (4096);
  ds->tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  ds->scratch = g_string_new (NULL);
  ds->title_surnames = g_hash_table_new (g_str_hash, g_str_equal);
  ds->doc_tokens = px_document_get_tokens (doc, &ds->n_doc_tokens);

  px_quote_marks_find (doc, ds->text, ds->len, ds->found);

  ds->quoted = g_malloc0 (ds->len + 1);
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      memset (ds->quoted + f->mark_start, 1, f->mark_end - f->mark_start);
    }
  px_quote_collect_mentions (ds);
  px_quote_find_things (ds);
  px_quote_attribute (ds);
  return ds;
}

/* "Saturday Night Live", "Stealing America": every word capitalised, a
 * title or a name rather than words someone said. */
/* How many words of an object may stand between a naming verb and the
 * name it gives: "called Texas Sen. Ted Cruz “Lyin' Ted”". */
#define MAX_NAMED_OBJECT_WORDS 4

static gboolean
is_possessive_pronoun (const char *word)
{
  return px_quote_in_role (WR_POSSESSIVE_DETERMINER, word);
}

/* Whether the quote opening at @mark follows a naming verb and perhaps
 * its object ("called him", "dubbed Ted Cruz"): a name in capitals there
 * is what someone called someone, not a title. */
static gboolean
named_by_verb (DocScan *ds, guint32 mark)
{
  const char *p = ds->text + mark;
  gboolean noun = FALSE;   /* a common noun, which wants its determiner */

  for (guint w = 0; w <= MAX_NAMED_OBJECT_WORDS; w++)
    {
      const char *end, *start;
      g_autofree char *word = NULL;

      while (p > ds->text && p[-1] == ' ')
        p--;
      end = p;
      while (p > ds->text && (g_ascii_isalpha (p[-1]) || p[-1] == '.' || p[-1] == '\'' ||
                              (guchar) p[-1] >= 0x80))
        p--;
      start = p;
      if (start == end)
        return FALSE;
      word = px_quote_normalize_word (start, end - start);
      /* "so-called": the writer's distance, nobody's naming. */
      if (start > ds->text && start[-1] == '-')
        return FALSE;
      if (px_quote_in_list (WC_NAMING_VERB, word))
        return !noun;
      /* Only an object goes between: a pronoun, a name, or a noun after
       * its determiner ("called his opponent", "called the Soviet"). */
      if (px_quote_in_list (WC_DETERMINER, word) || is_possessive_pronoun (word))
        noun = FALSE;
      else if (noun)
        return FALSE;
      else if (!g_ascii_isupper (*start) && !px_quote_in_role (WR_OBJECT_PRONOUN, word))
        noun = TRUE;
    }
  return FALSE;
}

/* How many words may stand between a verb of describing and the "as"
 * that gives what it was described as: "refers to the governor as",
 * "portray Donald Trump’s candidacy as a". */
#define MAX_DESCRIBED_WORDS 6

char *
px_quote_word_before (DocScan     *ds,
                      const char **p)
{
  const char *q = *p, *end;

  while (q > ds->text && q[-1] == ' ')
    q--;
  end = q;
  while (q > ds->text)
    {
      const char *prev = g_utf8_find_prev_char (ds->text, q);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isalnum (c) && c != '\'' && c != 0x2019 && c != '-')
        break;
      q = prev;
    }
  if (q == end)
    return NULL;
  *p = q;
  return px_quote_normalize_word (q, end - q);
}

/* Whether the quote opening at @mark is what someone or something was
 * described as: "as" (and an article) right before it, a verb of
 * describing, speaking or naming a few words before that, in the same
 * clause ("refers to the governor as “Chris”", "known as “rabbit
 * patches”"). */
static gboolean
described_as (DocScan *ds, guint32 mark)
{
  const char *p = ds->text + mark;
  g_autofree char *word = px_quote_word_before (ds, &p);

  if (word && px_quote_in_list (WC_DETERMINER, word))
    {
      g_free (word);
      word = px_quote_word_before (ds, &p);
    }
  if (!px_quote_in_role (WR_DESCRIBING_AS, word))
    return FALSE;
  for (guint w = 0; w < MAX_DESCRIBED_WORDS; w++)
    {
      g_autofree char *verb = px_quote_word_before (ds, &p);

      if (verb == NULL)
        return FALSE;
      if (px_quote_word_classes (verb) & (WC_DESCRIBING_VERB | WC_SPEECH_VERB | WC_NAMING_VERB))
        return TRUE;
    }
  return FALSE;
}

/* Whether the quote opening at @mark is what a crowd cried: a word of
 * crying out right before it, perhaps with "of" ("chanting “USA!”",
 * "cries of “Lock her up!”"). */
static gboolean
cried (DocScan *ds, guint32 mark)
{
  const char *p = ds->text + mark;
  g_autofree char *word = px_quote_word_before (ds, &p);

  if (px_quote_in_role (WR_CRY_PREPOSITION, word))
    {
      g_free (word);
      word = px_quote_word_before (ds, &p);
    }
  return word && px_quote_in_list (WC_CRY, word);
}

/* The quote before @f in its sentence when only "and", "or" or a comma
 * stand between them: '“profane” and “sexist”', '“rabbit patches” or
 * “goat farms”', which share what the words before the first say. */
static Found *
listed_after (DocScan *ds, Found *f)
{
  Found *prev = NULL;
  const char *p;

  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *g = g_ptr_array_index (ds->found, q);

      if (g == f)
        break;
      if (g->depth == 0)
        prev = g;
    }
  if (prev == NULL || f->depth > 0 || prev->mark_end > f->mark_start)
    return NULL;
  for (p = ds->text + prev->mark_end; p < ds->text + f->mark_start; p++)
    if (*p != ' ' && *p != ',')
      {
        const char *end = ds->text + f->mark_start;
        gsize n = px_quote_role_word_at (WR_CONJUNCTION, p, end);

        if (n == 0)
          n = px_quote_role_word_at (WR_ALTERNATIVE_CONJUNCTION, p, end);
        if (n > 0 && p + n < end && p[n] == ' ')
          p += n - 1;
        else
          return NULL;
      }
  return prev;
}

/* Whether the words before the quote of @f say it is someone's words
 * though no speech verb of its sentence does: it is what something was
 * described or named as, or what a crowd cried.  Words in capitals
 * only when cried ("USA! USA!"): after "as" or "call" they are as often
 * a title ("known as “The Donald”" aside, "a show known as “Veep”"). */
static gboolean
cued_before (DocScan *ds, Found *f, gboolean title)
{
  for (guint hops = 0; f && hops < 4; hops++, f = listed_after (ds, f))
    if (cried (ds, f->mark_start) ||
        (!title && (described_as (ds, f->mark_start) || named_by_verb (ds, f->mark_start))))
      return TRUE;
  return FALSE;
}

/* Whether the words of @text, as @tokens, are two or more and all
 * capitalised. */
static gboolean
is_title_case (const char *text, GArray *tokens)
{
  guint words = 0;

  for (guint i = 0; i < tokens->len; i++)
    {
      const PxToken *tk = &g_array_index (tokens, PxToken, i);

      if (tk->kind != PX_TOKEN_WORD)
        continue;
      if (!g_unichar_isupper (g_utf8_get_char (text + tk->start)))
        return FALSE;
      words++;
    }
  return words >= 2;
}

/* How many of @tokens are words. */
static guint
count_words (GArray *tokens)
{
  guint words = 0;

  for (guint i = 0; i < tokens->len; i++)
    words += g_array_index (tokens, PxToken, i).kind == PX_TOKEN_WORD;
  return words;
}

/* Whether the quoted words @text (@len bytes) end with an exclamation
 * or a question ("Oh, God!", "Why?", "‘Help!’" nested): words in
 * capitals that cry out or ask are said, not a title. */
static gboolean
exclaims (const char *text, gsize len)
{
  const char *end = text + len;

  while (end > text)
    {
      const char *prev = g_utf8_find_prev_char (text, end);
      gunichar c = g_utf8_get_char (prev);

      if (c == '!' || c == '?')
        return TRUE;
      if (!g_unichar_isspace (c) && c != '\'' && c != '"' && c != 0x2019 && c != 0x201D)
        return FALSE;
      end = prev;
    }
  return FALSE;
}

/* Whether @c ends a sentence, or closes a quotation that may. */
static gboolean
is_stop_or_close (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == '"' || c == 0x201D || c == 0x2019 ||
         c == '\'';
}

/* Whether the quote of @f is a sentence whole, with nothing of the
 * writer's in it: its paragraph whole ('"No."'), or a sentence ended
 * inside its marks that starts its paragraph or follows another
 * sentence, and is followed by another or by the paragraph's end
 * ('"Hands up!" an officer ordered. "Step out."').  Either way its first
 * word in capitals. */
static gboolean
is_sentence (DocScan *ds, Found *f, GString *text)
{
  const PxParagraph *first = px_document_get_paragraph (ds->doc, f->paragraph);
  const PxParagraph *last = px_document_get_paragraph (ds->doc, f->last_paragraph);
  const char *p = ds->text + f->mark_start, *q = ds->text + f->mark_end;
  gboolean alone_before, alone_after;

  while (p > ds->text + first->start && g_ascii_isspace (p[-1]))
    p--;
  while (q < ds->text + last->end && g_ascii_isspace (*q))
    q++;
  alone_before = p == ds->text + first->start;
  alone_after = q == ds->text + last->end;
  /* A sentence starts with a capital ('"she said."' is a mark's error). */
  if (g_unichar_islower (g_utf8_get_char (text->str)))
    return FALSE;
  if (alone_before && alone_after)
    return TRUE;
  if (text->len == 0 || !strchr (".!?", text->str[text->len - 1]))
    return FALSE;
  return (alone_before ||
          is_stop_or_close (g_utf8_get_char (g_utf8_find_prev_char (ds->text, p)))) &&
         (alone_after || g_unichar_isupper (g_utf8_get_char (q)) || *q == '"' ||
          g_str_has_prefix (q, "\u201C"));
}

/* ------------------------------------------------------------------ */
/* Titles, slogans and names: quotes nobody says                        */
/* ------------------------------------------------------------------ */

/* Whether the words of @f read as a title: in one paragraph, two
 * capitalised words or more, the first word and the last among them,
 * and in lower case only the small words a title keeps so ("The Fires
 * of Tarn", "All the Harbour's Men"); numbers go either way ("Nation's
 * 50 Future Leaders Age 40 and Under"). */
static gboolean
reads_as_title (DocScan *ds, Found *f)
{
  const Span *s = &g_array_index (f->segments, Span, 0);
  const PxToken *tokens;
  guint n_tokens, caps = 0;
  gboolean last_cap = FALSE;

  if (f->segments->len != 1)
    return FALSE;
  tokens = px_quote_tokens_of (ds, s->start, s->end, &n_tokens);
  for (guint i = 0; i < n_tokens; i++)
    {
      const char *w = ds->text + tokens[i].start;
      gunichar c = g_utf8_get_char (w);

      if (tokens[i].kind != PX_TOKEN_WORD || g_unichar_isdigit (c))
        continue;
      if (g_unichar_isupper (c) || g_unichar_istitle (c))
        caps++, last_cap = TRUE;
      else if (caps == 0 || !(px_quote_word_classes_len (w, tokens[i].len) & WC_TITLE_SMALL))
        return FALSE;
      else
        last_cap = FALSE;
    }
  return caps >= 2 && last_cap;
}

/* The word classes of the first word of @f; *@cap says whether it is
 * capitalised, as a title's or a slogan's is. */
static guint
first_word_classes (DocScan *ds, Found *f, gboolean *cap)
{
  const Span *s = &g_array_index (f->segments, Span, 0);
  const PxToken *tokens;
  guint n_tokens;

  *cap = FALSE;
  tokens = px_quote_tokens_of (ds, s->start, s->end, &n_tokens);
  for (guint i = 0; i < n_tokens; i++)
    if (tokens[i].kind == PX_TOKEN_WORD)
      {
        const char *w = ds->text + tokens[i].start;
        g_autofree char *lower = px_quote_normalize_word (w, tokens[i].len);

        *cap = g_unichar_isupper (g_utf8_get_char (w)) || g_unichar_istitle (g_utf8_get_char (w));
        return px_quote_word_classes (lower);
      }
  return 0;
}

/* Whether a word of @items, in the quote's sentence (from the end of
 * @items when @backward), is in lower case and no small word of a
 * title: the writer's sentence is in sentence case, where a title's
 * capitals stand out.  A headline has them on every word ("Kerry Won't
 * ‘Rule Out’ Talks with Iran"). */
static gboolean
lower_word_near (GArray *items, gboolean backward)
{
  for (guint k = 0; k < items->len; k++)
    {
      const Item *it = &g_array_index (items, Item, backward ? items->len - 1 - k : k);

      if (it->kind == IT_END)
        break;
      if (it->kind == IT_WORD && !it->cap && !(it->classes & WC_TITLE_SMALL))
        return TRUE;
    }
  return FALSE;
}

/* Whether items[i] is a word of the class @cls. */
static gboolean
item_has_class (GArray *items, guint i, WordClass cls)
{
  return i < items->len && g_array_index (items, Item, i).kind == IT_WORD &&
         (g_array_index (items, Item, i).classes & cls);
}

/* Whether items[i] is a naming or describing verb in the passive, the
 * thing named and nobody naming it: "what is called “…”", "a loss known
 * as “…”".  A participle ("called", "dubbed") after a passive auxiliary,
 * or "known". */
static gboolean
passive_naming (GArray *items, guint i)
{
  const Item *verb, *before;

  if (i >= items->len)
    return FALSE;
  verb = &g_array_index (items, Item, i);
  if (verb->kind != IT_WORD || verb->cap || !(verb->classes & (WC_NAMING_VERB | WC_DESCRIBING_VERB)))
    return FALSE;
  if (g_str_equal (verb->lower, "known"))
    return TRUE;
  if (i == 0 || !g_str_has_suffix (verb->lower, "ed"))
    return FALSE;
  before = &g_array_index (items, Item, i - 1);
  /* "what's called": before a participle, "'s" is "is". */
  return px_quote_has_role (before, WR_PASSIVE_AUXILIARY) ||
         (before->kind == IT_WORD && before->possessive);
}

/* Whether the words before a quote, @items, end with an active verb of
 * naming or describing, perhaps with a preposition and an article
 * after it: "referred to the “New Class”", "labeled them “Ghosts”". */
static gboolean
named_in_clause (GArray *items)
{
  for (guint k = items->len, words = 0; k > 0 && words <= 2; k--, words++)
    {
      const Item *it = &g_array_index (items, Item, k - 1);

      if (it->kind != IT_WORD)
        return FALSE;
      if (it->classes & (WC_NAMING_VERB | WC_DESCRIBING_VERB))
        return !passive_naming (items, k - 1);
      if (!(it->classes & (WC_TITLE_SMALL | WC_DETERMINER)))
        return FALSE;
    }
  return FALSE;
}

/* Whether the quote of @f names a thing rather than gives anyone's
 * words.  A title or a slogan beside the noun of a work ("the episode
 * “The Fires of Tarn”", "a script called “Red Tide”", "the “Starts with
 * one” campaign", "the book, “All the Harbour's Men,”"); a name given
 * in the passive, no one said to give it ("what's called “active
 * shooter” training", "known as “take”", but not "called “a disgrace”
 * by the mayor"); or words in title case inside a sentence in sentence
 * case ("a nomination for “Best Performance by a Captain”"), unless
 * someone is said to name or cry them ("called him “Lyin' Ted”",
 * "chanting “Lock Her Up”") or they end in an exclamation or a
 * question.  Not a quote that opens its sentence: '“Red Tide,” she
 * said' may be what she said. */
/* The items after the quote of @f up to @hi, read into *@after when
 * first asked: most quotes are told by the words before them. */
static GArray *
items_after (DocScan *ds, const Found *f, guint32 hi, GArray **after)
{
  if (*after == NULL)
    *after = px_quote_items_of (ds, f->mark_end, MAX (f->mark_end, hi));
  return *after;
}

/* Whether @items open with the preposition of an author: "by". */
static gboolean
opens_with_author (GArray *items)
{
  return items->len > 0 && g_array_index (items, Item, 0).kind == IT_WORD &&
         px_quote_has_role (&g_array_index (items, Item, 0), WR_AUTHOR_PREPOSITION);
}

static gboolean
names_thing (DocScan *ds, Found *f, GArray *before, guint32 hi, GArray **after_items)
{
  guint n = before->len;
  gboolean title, cap;
  guint first;

  if (f->segments->len == 0 || n == 0 || g_array_index (before, Item, n - 1).kind == IT_END ||
      g_array_index (before, Item, n - 1).kind == IT_COLON)
    return FALSE;
  first = first_word_classes (ds, f, &cap);
  if (cap && (item_has_class (before, n - 1, WC_WORK) ||
              (n >= 2 && item_has_class (before, n - 2, WC_WORK) &&
               item_has_class (before, n - 1, WC_NAMING_VERB))))
    return TRUE;
  /* A name is a noun's words: not "branded “in homage to” Lazar". */
  if ((cap || !(first & WC_FUNCTION)) &&
      (passive_naming (before, n - 1) ||
       (n >= 2 && px_quote_has_role (&g_array_index (before, Item, n - 1), WR_DESCRIBING_AS) &&
        passive_naming (before, n - 2))) &&
      !opens_with_author (items_after (ds, f, hi, after_items)))
    return TRUE;
  if (cap && item_has_class (items_after (ds, f, hi, after_items), 0, WC_WORK) &&
      !g_array_index (*after_items, Item, 0).cap)
    return TRUE;
  title = reads_as_title (ds, f);
  /* "the special, “The End of Time.”" */
  if (title && n >= 2 && g_array_index (before, Item, n - 1).kind == IT_COMMA &&
      item_has_class (before, n - 2, WC_WORK))
    return TRUE;
  if (!title || !(lower_word_near (before, TRUE) || lower_word_near (items_after (ds, f, hi, after_items), FALSE)))
    return FALSE;
  {
    const Span *s = &g_array_index (f->segments, Span, 0);

    return !exclaims (ds->text + s->start, s->end - s->start) && !named_by_verb (ds, f->mark_start) && !named_in_clause (before) &&
           !described_as (ds, f->mark_start) && !cried (ds, f->mark_start);
  }
}

void
px_quote_take_items (DocScan *ds, Found *f, guint32 lo, guint32 hi, GArray **before, GArray **after)
{
  if (f->items_lo != lo || f->items_hi != hi)
    {
      g_clear_pointer (&f->before_items, g_array_unref);
      g_clear_pointer (&f->after_items, g_array_unref);
    }
  *after = g_steal_pointer (&f->after_items);
  if (*after == NULL)
    *after = px_quote_items_of (ds, f->mark_end, MAX (f->mark_end, hi));
  *before = g_steal_pointer (&f->before_items);
  if (*before == NULL)
    *before = px_quote_items_of (ds, lo, f->mark_start);
}

/* The words of @f as written, a space between them: the same for two
 * quotes of one title however their marks and stops fall (but not for
 * a slogan's words in lower case, "make the port great again"). */
static char *
words_key (DocScan *ds, Found *f)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < f->segments->len; i++)
    {
      const Span *s = &g_array_index (f->segments, Span, i);
      guint n_tokens;
      const PxToken *tokens = px_quote_tokens_of (ds, s->start, s->end, &n_tokens);

      for (guint t = 0; t < n_tokens; t++)
        if (tokens[t].kind == PX_TOKEN_WORD)
          {
            if (key->len)
              g_string_append_c (key, ' ');
            g_string_append_len (key, ds->text + tokens[t].start, tokens[t].len);
          }
    }
  return g_string_free (key, FALSE);
}

/* The words around each quote (px_quote_surroundings()) tell whether it
 * names a thing.  A quote of the same words as a title the article gave
 * before or after is that title again ("“Red Tide” opens in May"), unless a comma
 * inside its marks hands it over to an attribution ('“Red Tide,” she
 * said, “is my best work”'); px_quote_from_found() keeps the speaker
 * of one a speech verb of its sentence reports ('the ones the agency
 * says are “top secret”'). */
void
px_quote_find_things (DocScan *ds)
{
  g_autoptr(GHashTable) titles = NULL;
  Found *prev = NULL;

  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      guint32 lo, hi;

      if (f->depth > 0)
        continue;
      px_quote_surroundings (ds, q, prev, &lo, &hi);
      /* Attribution reads the same words next: kept for it. */
      f->before_items = px_quote_items_of (ds, lo, f->mark_start);
      f->items_lo = lo;
      f->items_hi = hi;
      f->thing = names_thing (ds, f, f->before_items, hi, &f->after_items);
      prev = f;
      if (f->thing)
        {
          if (titles == NULL)
            titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_add (titles, words_key (ds, f));
        }
    }
  if (titles == NULL)
    return;
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      const Span *last;
      g_autofree char *key = NULL;

      if (f->depth > 0 || f->thing || f->segments->len == 0)
        continue;
      last = &g_array_index (f->segments, Span, f->segments->len - 1);
      if (memchr (ds->text + last->end, ',', f->mark_end - last->end))
        continue;
      key = words_key (ds, f);
      f->thing_again = g_hash_table_contains (titles, key);
    }
}

/* The tokens of @text, the words of @f, into ds->tokens (offsets into
 * @text): for a quote in one paragraph, those the document keeps for
 * its span (px_quote_tokens_of()); a quote over several paragraphs has
 * its parts joined by spaces, and is tokenized. */
static void
tokenize_quote (DocScan *ds, Found *f, GString *text)
{
  const Span *s = &g_array_index (f->segments, Span, 0);
  const PxToken *tokens;
  guint n_tokens;

  if (f->segments->len != 1)
    {
      g_array_set_size (ds->tokens, 0);
      px_tokenize (text->str, text->len, 0, ds->tokens);
      return;
    }
  tokens = px_quote_tokens_of (ds, s->start, s->end, &n_tokens);
  if (tokens != (const PxToken *) (gconstpointer) ds->tokens->data)
    {
      g_array_set_size (ds->tokens, 0);
      g_array_append_vals (ds->tokens, tokens, n_tokens);
    }
  for (guint i = 0; i < n_tokens; i++)
    g_array_index (ds->tokens, PxToken, i).start -= s->start;
}

PxQuote *
px_quote_from_found (DocScan *ds, Found *f)
{
  PxQuote *q = g_new0 (PxQuote, 1);
  GString *text = g_string_new (NULL);
  const Span *first = &g_array_index (f->segments, Span, 0);
  const Span *last = &g_array_index (f->segments, Span, f->segments->len - 1);
  gboolean title;   /* every word capitalised: a title's words, or a name's */

  for (guint i = 0; i < f->segments->len; i++)
    {
      const Span *s = &g_array_index (f->segments, Span, i);

      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append_len (text, ds->text + s->start, s->end - s->start);
    }
  q->start = first->start;
  q->end = last->end;
  q->paragraph = f->paragraph;
  q->flags = f->flags;
  /* The quote's words are read once, here: its tokens stay in
   * ds->tokens for the caller (the grouping's word ids). */
  tokenize_quote (ds, f, text);
  q->n_words = count_words (ds->tokens);
  if (q->n_words < PX_QUOTE_MIN_WORDS)
    q->flags |= PX_QUOTE_TERM;
  if (strchr (text->str, '['))
    q->flags |= PX_QUOTE_INSERTION;
  if (strstr (text->str, "...") || strstr (text->str, "\xe2\x80\xa6"))
    q->flags |= PX_QUOTE_ELLIPSIS;
  title = is_title_case (text->str, ds->tokens);
  q->speaker = g_strdup (f->speaker);
  q->speaker_confidence = f->speaker ? f->confidence : 0;
  /* Said by someone, even someone the text leaves unnamed ("a spokesman
   * called it “outrageous”"), not a title or a scare quote.  Words in
   * capitals are a title unless someone named them so, or they open a
   * sentence that their attribution ends: '"GROWING PARTY," he declared'
   * (but not 'Ann Lee, who starred in "Barton Fink," said'), or a speech
   * verb of their sentence gives them to a person it names: 'Ivo Marsh
   * referred to the "New Class"', '"…," Ada Marr told them. "Ivo
   * Marsh."' (a title of a work there, 'Ada Marr said on "Face the
   * Nation"', is a thing, below). */
  if (((f->kind == SPK_NAME || f->kind == SPK_PRONOUN || f->kind == SPK_ROLE) && f->speaker) ||
      f->said)
    if (!title || named_by_verb (ds, f->mark_start) ||
        (f->said_after && f->opens_sentence) || exclaims (text->str, text->len) ||
        (f->said && (f->kind == SPK_NAME || f->kind == SPK_PRONOUN)))
      q->flags |= PX_QUOTE_ATTRIBUTED;
  /* '"Would we win without him?" Lee asked. ¶ "No."': a paragraph or a
   * sentence that is a quotation and nothing else is someone's reply or
   * cry; a title or a scare quote stands inside a sentence of the
   * writer's. */
  if (!(q->flags & PX_QUOTE_ATTRIBUTED) && (q->flags & PX_QUOTE_TERM) && is_sentence (ds, f, text) &&
      (!title || exclaims (text->str, text->len)))
    q->flags |= PX_QUOTE_ATTRIBUTED;
  if (!(q->flags & PX_QUOTE_ATTRIBUTED) && (q->flags & PX_QUOTE_TERM) &&
      cued_before (ds, f, title))
    q->flags |= PX_QUOTE_ATTRIBUTED;
  /* A title or a name nobody says, whatever the words around: the
   * quotes after it may still take the source found for it. */
  if (f->thing || (f->thing_again && !f->said))
    {
      q->flags &= ~PX_QUOTE_ATTRIBUTED;
      g_clear_pointer (&q->speaker, g_free);
      q->speaker_confidence = 0;
    }
  if (f->thing)
    q->flags |= PX_QUOTE_NAME;
  q->text = g_string_free (text, FALSE);
  return q;
}

gboolean
px_quote_speaker_is_uncertain (const char *speaker, double confidence)
{
  return speaker != NULL && confidence < PX_QUOTE_SPEAKER_SURE;
}

void
px_quote_free (PxQuote *quote)
{
  if (quote == NULL)
    return;
  g_free (quote->text);
  g_free (quote->speaker);
  g_free (quote);
}

GPtrArray *
px_quotes_extract (PxDocument *doc)
{
  GPtrArray *quotes;
  DocScan *ds;

  g_return_val_if_fail (PX_IS_DOCUMENT (doc), NULL);

  ds = px_quote_scan_new (doc);
  px_quote_resolve_speakers (ds, NULL, NULL);
  quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) px_quote_free);
  for (guint q = 0; q < ds->found->len; q++)
    g_ptr_array_add (quotes, px_quote_from_found (ds, g_ptr_array_index (ds->found, q)));
  px_quote_scan_free (ds);
  return quotes;
}
