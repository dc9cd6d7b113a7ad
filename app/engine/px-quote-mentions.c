/* px-quote-mentions.c: the words around quotes and the names they hold
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text outside quotes is read as items (words, commas, colons, dashes,
 * sentence ends), each word with its lower-case form and the word lists
 * it is in; runs of capitalised words become mentions: the people and
 * organisations the article names, in order, with their titles and
 * whether the text shows them as places.  Attribution reads the items;
 * resolution picks speakers from the mentions.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"
#include "px-tokenizer.h"

/* px_quote_normalize_word() into @chunk: items are made for every word of every
 * article, and most are ASCII, lower-cased in place there. */
static char *
normalize_word_in (GStringChunk *chunk, const char *s, gsize len)
{
  g_autofree char *normal = NULL;
  gsize i;

  for (i = 0; i < len && (guchar) s[i] < 0x80; i++)
    ;
  if (i == len)
    {
      char *ascii = g_string_chunk_insert_len (chunk, s, len);

      for (i = 0; i < len; i++)
        if (ascii[i] >= 'A' && ascii[i] <= 'Z')
          ascii[i] += 'a' - 'A';
      return ascii;
    }
  normal = px_quote_normalize_word (s, len);
  return g_string_chunk_insert (chunk, normal);
}

static gboolean
is_abbreviation (const char *lower)
{
  return g_utf8_strlen (lower, -1) == 1 || strchr (lower, '.') != NULL ||
         px_quote_in_list (WC_ABBREVIATION, lower);
}

/* Works out a word's lower-case form and what lists it is in. */
void
px_quote_item_fill (DocScan *ds, Item *it)
{
  gsize n;

  if (it->kind != IT_WORD || it->filled)
    return;
  it->filled = TRUE;
  it->lower = normalize_word_in (ds->words, ds->text + it->start, it->end - it->start);
  n = strlen (it->lower);
  if (n > 2 && it->lower[n - 2] == '\'' && it->lower[n - 1] == 's')
    {
      it->lower[n - 2] = '\0';
      it->possessive = TRUE;
    }
  px_quote_word_lookup (it->lower, &it->classes, &it->roles);
}

/* items[k], filled, when it is a word written with a capital (@cap) or
 * without one (!@cap); NULL when it is not, or past the items' end. */
Item *
px_quote_word_item (DocScan *ds, GArray *items, guint k, gboolean cap)
{
  Item *it;

  if (k >= items->len)
    return NULL;
  it = &g_array_index (items, Item, k);
  if (it->kind != IT_WORD || !it->cap != !cap)
    return NULL;
  px_quote_item_fill (ds, it);
  return it;
}

/* "Peter King", "Erik Prince", "Peter T. King": a title written after a
 * first name (or a first name and an initial), with no capitalised word
 * after it, is the surname; "Mr. Prince" and "Prince" alone are too,
 * once the article has written it so.  Its item is no title then.  So
 * is a stop word ("Theresa May"), but alone only after "Mrs." or before
 * a speech verb ("May said"): "in May" is a month. */
static gboolean written_lower_word (DocScan *ds, const Item *it);

/* Whether the item before @it, one of @items, is a determiner: "the
 * Fire Marshal" is no first name and its surname. */
static gboolean
after_determiner (GArray *items, const Item *it)
{
  guint i = it - (const Item *) items->data;

  return i > 0 && g_array_index (items, Item, i - 1).kind == IT_WORD &&
         (g_array_index (items, Item, i - 1).classes & WC_DETERMINER);
}

/* items[i - 1], its word worked out, or NULL at the start. */
static const Item *
item_before (DocScan *ds, GArray *items, guint i)
{
  Item *before;

  if (i == 0)
    return NULL;
  before = &g_array_index (items, Item, i - 1);
  px_quote_item_fill (ds, before);
  return before;
}

/* "…," Will Moy, head of the group, told the BBC: a word of the stop
 * lists that is a given name too ("Will", "May", "June"), written with a
 * capital inside a sentence right before a name word that a comma, a
 * speech verb or the sentence's end follows, is that name's first name,
 * not the verb or the month.  At a sentence's start ("Will Moy's group
 * act?") and in title case ("Trump Will Not Say") it stays a stop word. */
static void
stop_word_given_names (DocScan *ds, GArray *items)
{
  for (guint i = 0; i + 2 < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);
      const Item *prev = i > 0 ? &g_array_index (items, Item, i - 1) : NULL;
      Item *next = &g_array_index (items, Item, i + 1);
      Item *after = &g_array_index (items, Item, i + 2);
      guint32 p;

      if (it->kind != IT_WORD || !it->cap || next->kind != IT_WORD || !next->cap ||
          (prev && prev->kind == IT_WORD && prev->cap))
        continue;
      /* Inside a sentence by the text: the items leave quotes out, so
       * '“…,” Will Moy' has no item before "Will". */
      for (p = it->start; p > 0 && ds->text[p - 1] == ' '; p--)
        ;
      if (p == 0 || strchr ("\n.!?:", ds->text[p - 1]))
        continue;
      px_quote_item_fill (ds, it);
      if (!(it->classes & WC_STOP) || !(it->classes & (WC_MALE | WC_FEMALE)))
        continue;
      px_quote_item_fill (ds, next);
      px_quote_item_fill (ds, after);
      if (!px_quote_is_name_word (next) || (next->classes & (WC_MALE | WC_FEMALE)) ||
          !(after->kind == IT_COMMA || after->kind == IT_END || px_quote_is_verb (after)))
        continue;
      it->classes &= ~(WC_STOP | WC_ADVERB | WC_FUNCTION);
    }
}

static void
untitle_surnames (DocScan *ds, GArray *items)
{
  static const Item none = { IT_END };

  for (guint i = 0; i < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);
      const Item *prev = i > 0 ? &g_array_index (items, Item, i - 1) : &none;
      const Item *next = i + 1 < items->len ? &g_array_index (items, Item, i + 1) : NULL;
      const Item *first = prev;
      const Item *name_before;
      guint first_at = i > 0 ? i - 1 : 0;   /* where first stands */
      gboolean surname, stop, after_title;

      if (it->kind != IT_WORD || !it->cap || it->acronym || !(it->classes & (WC_TITLE | WC_STOP)) ||
          (it->classes & WC_DETERMINER) ||
          (next && next->kind == IT_WORD && next->cap && !(next->classes & WC_NAME_SUFFIX)))
        continue;
      stop = !(it->classes & WC_TITLE);
      if (prev->kind == IT_WORD && prev->cap && g_utf8_strlen (prev->lower, -1) == 1 && i >= 2)
        first = &g_array_index (items, Item, first_at = i - 2);   /* the initial's first name */
      after_title = prev->kind == IT_WORD && (prev->classes & WC_TITLE) && (prev->classes & (WC_MALE | WC_FEMALE));
      if (next)
        px_quote_item_fill (ds, (Item *) next);
      if (first->kind == IT_WORD)
        px_quote_item_fill (ds, (Item *) first);
      if (prev->kind == IT_WORD && prev->cap && first->kind == IT_WORD && first->cap &&
          !(first->classes & (WC_TITLE | WC_PLACE | WC_STOP)) &&
          ((first->classes & (WC_MALE | WC_FEMALE)) ||
           /* "Rory Read, a former executive", "Rory Read said": a first
            * name the lists do not know, by what follows the name. */
           (stop && !(first->classes & (WC_DETERMINER | WC_FUNCTION | WC_ADVERB)) &&
            !(it->classes & WC_FUNCTION) && next &&
            (next->kind == IT_COMMA || px_quote_is_verb (next) ||
             /* '…," said Rory Read.': the name ends the sentence its
              * speech verb opens. */
             (next->kind == IT_END && (name_before = item_before (ds, items, first_at)) &&
              px_quote_is_verb (name_before)) ||
             /* "chief executive Rory Read also addressed…": after a
              * role, whatever follows. */
             ((name_before = item_before (ds, items, first_at)) && px_quote_is_title (name_before)))) ||
           /* "Tishana King says", "Tishana King, 39,": a title after a
            * word no list holds and the text never writes in lower case,
            * before a comma or a verb, is that first name's surname. */
           (!stop && first->classes == 0 && !written_lower_word (ds, first) && next &&
            (next->kind == IT_COMMA || px_quote_is_verb (next)) && !after_determiner (items, first))))
        {
          surname = TRUE;
          g_hash_table_add (ds->title_surnames, it->lower);
        }
      /* "Mr. King said", "Mrs. May": after a form of address, a
       * surname, unless a role one addresses ("Mr. President"). */
      else if (prev->kind == IT_WORD && (prev->classes & WC_ADDRESS) &&
               !(it->classes & WC_ADDRESSED_ROLE))
        {
          surname = TRUE;
          g_hash_table_add (ds->title_surnames, it->lower);
        }
      else
        /* Later, alone or after "Mr.": "Prince said". */
        surname = (after_title || (!stop && (prev->kind != IT_WORD || !prev->cap)) ||
                   (stop && next && px_quote_is_verb (next))) &&
                  g_hash_table_contains (ds->title_surnames, it->lower);
      if (surname)
        it->classes &= ~(WC_TITLE | WC_STOP);
    }
}

/* How long an aside in brackets may be to be left out of the items. */
#define MAX_ASIDE_TOKENS 12

/* ", R-Pa.," or ", D-N.Y.," after a lawmaker's name: a party and a state
 * set off by commas.  Like an aside in brackets its dots end no sentence
 * and its words name nobody.  Returns the index of the comma that closes
 * the tag opening at tokens[i], or @i when no tag opens there. */
static guint
party_tag_end (DocScan *ds, const PxToken *tokens, guint i, guint n_tokens)
{
  const char *s = ds->text + tokens[i].start;
  guint k = i + 2;

  if (tokens[i].kind != PX_TOKEN_WORD || tokens[i].len != 1 || !strchr ("DRI", *s) ||
      k >= n_tokens || ds->text[tokens[i + 1].start] != '-' || tokens[i + 1].len != 1 ||
      tokens[k].kind != PX_TOKEN_WORD || !g_ascii_isupper (ds->text[tokens[k].start]))
    return i;
  /* The state, glued: "Pa.", "N.H.", "Texas". */
  while (k < n_tokens && tokens[k].start == tokens[k - 1].start + tokens[k - 1].len &&
         (tokens[k].kind == PX_TOKEN_WORD || ds->text[tokens[k].start] == '.'))
    k++;
  return k < n_tokens && ds->text[tokens[k].start] == ',' ? k : i;
}

/* Whether the dot at tokens[i] ends no sentence because the sentence
 * goes on right after it: a comma ("in Cambridge, Mass., said") or a
 * word in lower case ("a veteran Calif. lobbyist"). */
static gboolean
dot_goes_on (DocScan *ds, const PxToken *tokens, guint i, guint n_tokens)
{
  guint k = i + 1;

  if (k < n_tokens && (ds->text[tokens[k].start] == ',' || ds->text[tokens[k].start] == ';'))
    return TRUE;
  if (k < n_tokens && tokens[k].kind == PX_TOKEN_SPACE && !memchr (ds->text + tokens[k].start, '\n', tokens[k].len))
    k++;
  return k < n_tokens && k > i + 1 && tokens[k].kind == PX_TOKEN_WORD &&
         g_ascii_islower (ds->text[tokens[k].start]);
}

/* Whether @s opens with U+2019 (’), a byte at a time: it is asked at
 * every punctuation token. */
static inline gboolean
is_right_single_quote (const char *s)
{
  return (guchar) s[0] == 0xE2 && (guchar) s[1] == 0x80 && (guchar) s[2] == 0x99;
}

/* '"…," Bennett shot back', '"…?" Trump went on': the first word of a
 * [phrasal-speech-verbs] phrase, with its second word after it, is a
 * speech verb (the words of @items filled); not one with an object
 * after it ("the Senate goes on recess", "went on a tour"), only
 * punctuation, an adverb, a preposition or a name ("shot back with a
 * laugh", "hit back at Clinton"). */
static void
mark_phrasal_speech_verbs (GArray *items)
{
  for (guint i = 0; i + 1 < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);
      const Item *next;

      if (it->kind != IT_WORD || it->cap || !px_quote_has_role (it, WR_PHRASAL_SPEECH_VERB) ||
          px_quote_phrase_at (items, i, WR_PHRASAL_SPEECH_VERB) != 2)
        continue;
      next = i + 2 < items->len ? &g_array_index (items, Item, i + 2) : NULL;
      if (next == NULL || next->kind != IT_WORD || next->cap || (next->classes & WC_ADVERB) ||
          px_quote_has_ending (WE_ADVERB, next->lower) ||
          ((next->classes & WC_FUNCTION) && !(next->classes & WC_DETERMINER)))
        it->classes |= WC_SPEECH_VERB;
    }
}

/* The items of @tokens into @items (an array of Item, emptied first):
 * words, and the punctuation that matters for attribution.  Text
 * inside quotes is left out.  With @lazy, only the capitalised words
 * are filled in (px_quote_item_fill()), the others when asked: looking
 * for names reads few of them. */
static GArray *
items_from_tokens (DocScan *ds, const PxToken *tokens, guint n_tokens, gboolean lazy,
                   GArray *items)
{
  guint used = 0;

  /* At most one item a token: sized for that, and each item stored
   * whole, without an append (nor a clearing) each. */
  g_array_set_size (items, n_tokens);

  for (guint i = 0; i < n_tokens; i++)
    {
      const PxToken *t = &tokens[i];
      const char *s = ds->text + t->start;
      Item it;

      if (ds->quoted[t->start])
        continue;
      if (t->kind == PX_TOKEN_SPACE)
        {
          /* Most spaces are one: a line break is asked without a call. */
          if (used && (t->len == 1 ? *s == '\n' : memchr (s, '\n', t->len) != NULL))
            {
              Item end = { IT_END, t->start, t->start, NULL, FALSE, FALSE, FALSE };
              g_array_index (items, Item, used++) = end;
            }
          continue;
        }
      it = (Item) { IT_OTHER, t->start, t->start + t->len, NULL, FALSE, FALSE, FALSE };
      if (t->kind == PX_TOKEN_WORD && used &&
          g_array_index (items, Item, used - 1).kind == IT_COMMA)
        {
          guint tag_end = party_tag_end (ds, tokens, i, n_tokens);

          /* "Glenn Thompson, R-Pa., said": both commas go with the tag. */
          if (tag_end > i)
            {
              used--;
              i = tag_end;
              continue;
            }
        }
      if (t->kind == PX_TOKEN_WORD)
        {
          gsize n = t->len;

          it.kind = IT_WORD;
          /* ASCII has no title-case letters: its case is a byte test. */
          if ((guchar) s[0] < 0x80)
            it.cap = g_ascii_isupper (s[0]);
          else
            it.cap = g_unichar_isupper (g_utf8_get_char (s)) ||
                     g_unichar_istitle (g_utf8_get_char (s));
          if (it.cap && n >= 2 && (guchar) s[0] < 0x80 && (guchar) s[1] < 0x80)
            it.acronym = !g_ascii_islower (s[1]);
          else
            it.acronym = it.cap && n >= 2 && !g_unichar_islower (g_utf8_get_char (g_utf8_next_char (s)));
          /* "O'Brien", "D’Amato": a name with an apostrophe after its
           * first letter, read as capitals no more than "Obrien". */
          if (it.acronym && n >= 4)
            {
              const char *after = s[1] == '\'' ? s + 2 : is_right_single_quote (s + 1) ? s + 4 : NULL;

              if (after && after < s + n - 1 && g_ascii_isupper (after[0]) && g_ascii_islower (after[1]))
                it.acronym = FALSE;
            }
          if (!lazy || it.cap)
            px_quote_item_fill (ds, &it);
        }
      else if ((*s == '\'' || is_right_single_quote (s)) && used &&
               g_array_index (items, Item, used - 1).kind == IT_WORD &&
               g_array_index (items, Item, used - 1).end == t->start &&
               (px_quote_item_fill (ds, &g_array_index (items, Item, used - 1)),
                g_str_has_suffix (g_array_index (items, Item, used - 1).lower, "s")))
        {
          /* "Sanders’ campaign manager": a plural or an s-name's
           * possessive, the mark kept with its word. */
          g_array_index (items, Item, used - 1).possessive = TRUE;
          g_array_index (items, Item, used - 1).end = t->start + t->len;
          continue;
        }
      else if (*s == '(')
        {
          /* A short aside in brackets, "Rep. Earl Lee (D-Ore.) said", is
           * left out: its dots end no sentence, its words name nobody. */
          guint close = i + 1;

          while (close < n_tokens && close < i + MAX_ASIDE_TOKENS &&
                 ds->text[tokens[close].start] != ')' && ds->text[tokens[close].start] != '(')
            close++;
          if (close < n_tokens && ds->text[tokens[close].start] == ')')
            {
              i = close;
              continue;
            }
        }
      else if (*s == ',' || *s == ';')
        it.kind = IT_COMMA;
      else if (*s == ':')
        it.kind = IT_COLON;
      else if (*s == '-' && t->len == 1)
        it.kind = IT_HYPHEN;
      else if (*s == '.' || *s == '!' || *s == '?')
        {
          Item *prev = used ? &g_array_index (items, Item, used - 1) : NULL;

          /* "James A. Baker": an initial, not the article "A". */
          if (*s == '.' && prev && prev->kind == IT_WORD && prev->end == t->start &&
              prev->cap && prev->end - prev->start == 1 && used >= 2 &&
              g_array_index (items, Item, used - 2).kind == IT_WORD &&
              g_array_index (items, Item, used - 2).cap && i + 2 < n_tokens &&
              g_ascii_isupper (ds->text[tokens[i + 2].start]))
            {
              px_quote_item_fill (ds, prev);
              prev->classes = 0;
              continue;
            }
          /* "Adm. John Kirby", "U.S. officials": no sentence ends there. */
          if (*s == '.' && prev && prev->kind == IT_WORD && prev->end == t->start &&
              (px_quote_item_fill (ds, prev), is_abbreviation (prev->lower)))
            continue;
          if (*s == '.' && prev && prev->kind == IT_WORD && dot_goes_on (ds, tokens, i, n_tokens))
            continue;
          it.kind = IT_END;
        }
      g_array_index (items, Item, used++) = it;
    }
  g_array_set_size (items, used);
  stop_word_given_names (ds, items);
  untitle_surnames (ds, items);
  if (!lazy)
    mark_phrasal_speech_verbs (items);
  return items;
}

/* The index of the first of the document's tokens that ends after
 * @pos, or ds->n_doc_tokens. */
static guint
doc_token_after (DocScan *ds, guint32 pos)
{
  guint lo = 0, hi = ds->n_doc_tokens;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (ds->doc_tokens[mid].start + ds->doc_tokens[mid].len <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

guint
px_quote_paragraph_at (DocScan *ds, guint32 pos)
{
  guint lo = 0, hi = px_document_get_n_paragraphs (ds->doc);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (px_document_get_paragraph (ds->doc, mid)->end <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Where the paragraph that holds @pos ends, or 0 when @pos is between
 * paragraphs. */
static guint32
paragraph_end_at (DocScan *ds, guint32 pos)
{
  guint lo = px_quote_paragraph_at (ds, pos);
  const PxParagraph *p;

  if (lo == px_document_get_n_paragraphs (ds->doc))
    return 0;
  p = px_document_get_paragraph (ds->doc, lo);
  return p->start <= pos ? p->end : 0;
}

/* The tokens of text[lo, hi), as px_tokenize() gives them: word
 * boundaries are the same from a boundary on (UAX #29 looks one
 * character past a boundary only where it keeps both sides together),
 * so within a paragraph, from one of its boundaries on, they are the
 * document's, but for a word that @hi cuts. */
const PxToken *
px_quote_tokens_of (DocScan *ds, guint32 lo, guint32 hi, guint *n_tokens)
{
  GArray *tokens = ds->tokens;
  guint a, b;

  g_array_set_size (tokens, 0);
  a = doc_token_after (ds, lo);
  if (hi > lo && a < ds->n_doc_tokens && ds->doc_tokens[a].start == lo &&
      hi <= paragraph_end_at (ds, lo) && (hi == ds->len || (ds->text[hi] & 0xC0) != 0x80))
    {
      b = doc_token_after (ds, hi);
      if (b == ds->n_doc_tokens || ds->doc_tokens[b].start >= hi)
        {
          *n_tokens = b - a;
          return ds->doc_tokens + a;
        }
      /* The word @hi cuts, tokenized as cut. */
      g_array_append_vals (tokens, ds->doc_tokens + a, b - a);
      lo = ds->doc_tokens[b].start;
    }
  if (hi > lo)
    px_tokenize (ds->text + lo, hi - lo, lo, tokens);
  *n_tokens = tokens->len;
  return (const PxToken *) (gconstpointer) tokens->data;
}

/* The items of text[lo, hi). */
GArray *
px_quote_items_of (DocScan *ds, guint32 lo, guint32 hi)
{
  guint n_tokens;
  const PxToken *tokens;

  if (hi <= lo)
    return g_array_new (FALSE, TRUE, sizeof (Item));
  tokens = px_quote_tokens_of (ds, lo, hi, &n_tokens);
  return items_from_tokens (ds, tokens, n_tokens, FALSE,
                            g_array_sized_new (FALSE, FALSE, sizeof (Item), n_tokens));
}

gboolean
px_quote_is_title (const Item *it)
{
  return it->kind == IT_WORD && (it->classes & WC_TITLE);
}

gboolean
px_quote_is_particle (const Item *it)
{
  return it->kind == IT_WORD && !it->cap && (it->classes & WC_PARTICLE);
}

gboolean
px_quote_is_name_word (const Item *it)
{
  return it->kind == IT_WORD && it->cap && !px_quote_is_title (it) &&
         !(it->classes & (WC_STOP | WC_DETERMINER)) && !g_ascii_isdigit (it->lower[0]);
}

gboolean
px_quote_is_verb (const Item *it)
{
  return it->kind == IT_WORD && !it->cap && (it->classes & WC_SPEECH_VERB);
}

/* A speech verb written with a capital inside a sentence, after a name
 * or a comma: a headline's "Ivo Marsh Says", a brand's "Tweeted". */
static gboolean
is_capitalised_verb (DocScan *ds, GArray *items, guint i)
{
  Item *it = &g_array_index (items, Item, i);
  const Item *before;

  if (i == 0 || it->kind != IT_WORD || !it->cap || it->acronym)
    return FALSE;
  before = &g_array_index (items, Item, i - 1);
  if (!(before->kind == IT_COMMA || (before->kind == IT_WORD && before->cap && !before->possessive)))
    return FALSE;
  /* "said Rory Read, president of AMD": a name after its verb holds no
   * other verb. */
  for (guint k = i - 1; k > 0 && g_array_index (items, Item, k).kind == IT_WORD &&
                        g_array_index (items, Item, k).cap; k--)
    {
      Item *b = &g_array_index (items, Item, k - 1);

      px_quote_item_fill (ds, b);
      if (px_quote_is_verb (b))
        return FALSE;
    }
  px_quote_item_fill (ds, it);
  /* "Read said", "Mr. Read said": a name before its verb. */
  px_quote_item_fill (ds, (Item *) before);
  if (i + 1 < items->len)
    px_quote_item_fill (ds, &g_array_index (items, Item, i + 1));
  if ((i + 1 < items->len && px_quote_is_verb (&g_array_index (items, Item, i + 1))) ||
      (px_quote_is_title (before) && (before->classes & (WC_MALE | WC_FEMALE))))
    return FALSE;
  /* "But Rory Read, a former executive,", "Mark Read said": after a
   * first name that opens a name, a word not followed by a capitalised
   * one (as a headline's verb is: "Hillary Says She…") is its surname. */
  if (i >= 2)
    px_quote_item_fill (ds, &g_array_index (items, Item, i - 2));
  if (before->kind == IT_WORD && (before->classes & (WC_MALE | WC_FEMALE)) &&
      !(before->classes & WC_TITLE) &&
      (i < 2 || !px_quote_is_name_word (&g_array_index (items, Item, i - 2))) &&
      (i + 1 >= items->len || g_array_index (items, Item, i + 1).kind != IT_WORD ||
       !g_array_index (items, Item, i + 1).cap))
    return FALSE;
  /* "United States": a word of a name's is no verb. */
  return (it->classes & WC_SPEECH_VERB) &&
         !(it->classes & (WC_PARTICIPLE | WC_ORG | WC_PLACE | WC_TITLE)) &&
         px_quote_has_ending (WE_FINITE_VERB, it->lower);
}

/* A headline's verb after its subject, a title or a colon, not at the
 * start of a sentence: "She Sees Reagan-like Qualities", "Clinton Wades
 * In: Urges Britain…" (the [headline-verbs] list). */
static gboolean
is_headline_verb (DocScan *ds, GArray *items, guint i)
{
  Item *it = &g_array_index (items, Item, i);

  if (i == 0 || it->kind != IT_WORD || !it->cap || it->acronym ||
      g_array_index (items, Item, i - 1).kind == IT_END)
    return FALSE;
  px_quote_item_fill (ds, it);
  return (it->classes & WC_HEADLINE_VERB) != 0;
}

/* A speech verb at items[i], in lower case or capitalised inside a
 * sentence. */
gboolean
px_quote_is_verb_at (DocScan *ds, GArray *items, guint i)
{
  return px_quote_is_verb (&g_array_index (items, Item, i)) || is_capitalised_verb (ds, items, i);
}

gboolean
px_quote_is_pronoun (const Item *it)
{
  return px_quote_has_role (it, WR_MALE_PRONOUN) || px_quote_has_role (it, WR_FEMALE_PRONOUN);
}

/* The text of [start, end) with runs of white space as one space, into
 * @out. */
static void
append_span_text (DocScan *ds, guint32 start, guint32 end, GString *out)
{
  const char *p = ds->text + start, *stop = ds->text + end;
  gsize first = out->len;
  gboolean space = FALSE;

  for (; p < stop && *p; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);

      /* The ASCII that g_unichar_isspace() takes for space, without a
       * call: a name is read out of the text for each mention. */
      if (c < 0x80 ? (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') : g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space && out->len > first)
            g_string_append_c (out, ' ');
          space = FALSE;
          if (c < 0x80)
            g_string_append_c (out, (char) c);
          else
            g_string_append_unichar (out, c);
        }
    }
}

char *
px_quote_span_text (DocScan *ds, guint32 start, guint32 end)
{
  GString *out = g_string_new (NULL);

  append_span_text (ds, start, end, out);
  return g_string_free (out, FALSE);
}

/* "Brent Bozell III": a generation, not an acronym. */
static gboolean
is_roman_numeral (const char *lower)
{
  return strspn (lower, "ivx") == strlen (lower);
}

/* Whether items[i] opens a sentence (or the span scanned). */
gboolean
px_quote_opens_sentence (GArray *items, guint i)
{
  return i == 0 || g_array_index (items, Item, i - 1).kind == IT_END;
}

/* Whether the word of @it stands capitalised inside a sentence somewhere. */
static gboolean
written_inside (DocScan *ds, const Item *it)
{
  g_autofree char *word = g_strndup (ds->text + it->start, it->end - it->start);

  return px_quote_capitalised_inside_sentence (ds, word);
}


/* Whether the word of @it stands in lower case somewhere in the text. */
static gboolean
written_lower_word (DocScan *ds, const Item *it)
{
  g_autofree char *word = g_strndup (ds->text + it->start, it->end - it->start);

  return px_quote_written_lower (ds, word);
}

/* How long a nickname inside a name may be: 'Salvatore "Sammy the Bull"
 * Gravano'. */
#define MAX_NICKNAME_BYTES 40

/* How long the lower-case half of a given name may be ("moon" of
 * "Ki-moon", "yip" of "Hau-yip"): one syllable. */
#define MAX_SYLLABLE_BYTES 5

/* Whether items[i], after a hyphen glued to it and to a capitalised word
 * before, is the lower-case half of a given name written in the
 * family-name-first order: one short syllable in lower case, no modifier
 * ending, no word of the compound-suffixes list, no article, relative
 * pronoun or conjunction. */
gboolean
px_quote_given_name_syllable (DocScan *ds, GArray *items, guint i)
{
  Item *it = &g_array_index (items, Item, i);
  const Item *hyphen = &g_array_index (items, Item, i - 1);
  const Item *before = &g_array_index (items, Item, i - 2);

  if (it->kind != IT_WORD || it->cap || hyphen->end != it->start || before->end != hyphen->start ||
      it->end - it->start > MAX_SYLLABLE_BYTES || before->kind != IT_WORD || !before->cap)
    return FALSE;
  for (guint32 k = it->start; k < it->end; k++)
    if (!g_ascii_islower (ds->text[k]))
      return FALSE;
  px_quote_item_fill (ds, it);
  /* "Chela Ortiz-who…": a dash written as a hyphen before a clause. */
  if ((it->classes & WC_DETERMINER) || px_quote_has_role (it, WR_RELATIVE_PRONOUN) ||
      px_quote_has_role (it, WR_CONJUNCTION))
    return FALSE;
  return !px_quote_has_ending (WE_MODIFIER, it->lower) && !px_quote_has_role (it, WR_COMPOUND_SUFFIX);
}

/* Most capitalised words after a possessive that may hold the word
 * making them an organisation's name: "People's Revolutionary Party". */
#define MAX_WORDS_AFTER_NAME_POSSESSIVE 3

/* Whether the possessive at items[i] goes on inside an organisation's
 * name ([name-possessives]): "People's Daily", "the Governor's Office
 * of Emergency Services" are one name, written with a title's or a
 * people's possessive, as a person's ("Ann Lee's Office") is not; only
 * when an organisation's word ends one of the next capitalised words. */
gboolean
px_quote_possessive_in_name (DocScan *ds, GArray *items, guint i, guint hi)
{
  Item *it = &g_array_index (items, Item, i);

  px_quote_item_fill (ds, it);
  if (it->kind != IT_WORD || !it->cap || !it->possessive || !px_quote_has_role (it, WR_NAME_POSSESSIVE))
    return FALSE;
  for (guint k = i + 1; k < hi && k <= i + MAX_WORDS_AFTER_NAME_POSSESSIVE; k++)
    {
      Item *w = &g_array_index (items, Item, k);

      px_quote_item_fill (ds, w);
      if (!px_quote_is_name_word (w) || (w->classes & (WC_MALE | WC_FEMALE)))
        return FALSE;
      if (w->classes & WC_ORG)
        return TRUE;
      if (w->possessive)
        return FALSE;
    }
  return FALSE;
}

/* A name run: capitalised words, joined by hyphens and particles
 * ("Bashar al-Assad").  Returns the index past the run. */
guint
px_quote_name_run (DocScan *ds, GArray *items, guint i, guint hi, guint *n_words, gboolean *org)
{
  guint last = i, words = 0;
  gboolean joined = FALSE;

  *org = FALSE;
  while (i < hi)
    {
      Item *it = &g_array_index (items, Item, i);

      /* "Obama Urges Britain": the verb ends one name and opens none. */
      if (is_capitalised_verb (ds, items, i) || is_headline_verb (ds, items, i))
        break;
      /* "Jr." ends a name ("Robert F. Kennedy Jr.") and opens none. */
      if (words == 0 && it->kind == IT_WORD && (it->classes & WC_NAME_SUFFIX))
        break;
      /* 'Teachers “get why the union endorsed her, and…,” Weingarten
       * said': no name runs on across a quoted clause (but a nickname
       * stands in one: 'Vincent "The Chin" Gigante'). */
      if (i > 0 && (words > 0 || joined))
        {
          const Item *before = &g_array_index (items, Item, i - 1);
          gboolean quoted = FALSE, clause = FALSE;

          for (guint32 k = before->end; k < it->start && !clause; k++)
            if (ds->quoted[k])
              {
                quoted = TRUE;
                clause = strchr (",.;:!?", ds->text[k]) != NULL;
              }
          if (quoted && (clause || it->start - before->end > MAX_NICKNAME_BYTES))
            break;
        }
      /* "Typically Microsoft releases…", "Once Microsoft issues…": an
       * adverb opening a sentence before a name is no first name
       * (unless it is one: Kelly Ayotte). */
      if (words == 0 && px_quote_opens_sentence (items, i) && i + 1 < hi &&
          px_quote_is_name_word (&g_array_index (items, Item, i + 1)) && px_quote_is_name_word (it) &&
          (px_quote_has_ending (WE_ADVERB, it->lower) || (it->classes & (WC_ADVERB | WC_PARTICIPLE)) ||
           /* "Choosing DeGeneres signals…", not "said Sterling Lee" */
           (px_quote_has_ending (WE_PARTICIPLE, it->lower) && !written_inside (ds, it)) ||
           /* "Stated Stone:", "Added Lee:": the verb, put first. */
           ((it->classes & WC_SPEECH_VERB) && px_quote_has_ending (WE_FINITE_VERB, it->lower) &&
            !written_inside (ds, it))) &&
          !(it->classes & (WC_MALE | WC_FEMALE)))
        break;
      /* "Moviemaker Gary Ross", "usual Dependable Doug": a common word
       * the text writes in lower case, before a first name, is none of
       * the name. */
      if (words == 0 && i + 1 < hi && px_quote_is_name_word (it) && !it->acronym &&
          !(it->classes & (WC_MALE | WC_FEMALE | WC_ORG | WC_PLACE)) &&
          px_quote_is_name_word (&g_array_index (items, Item, i + 1)) &&
          (g_array_index (items, Item, i + 1).classes & (WC_MALE | WC_FEMALE)) &&
          written_lower_word (ds, it))
        break;
      /* "Browns DL Sheldon Richardson", "MP Ann Lee": a word in
       * capitals before a first name and a surname is a position or an
       * organisation, none of the name (and ends the one before it). */
      if (it->kind == IT_WORD && it->acronym && !strchr (it->lower, '.') &&
          !is_roman_numeral (it->lower) && i + 2 < hi &&
          px_quote_is_name_word (&g_array_index (items, Item, i + 1)) &&
          (g_array_index (items, Item, i + 1).classes & (WC_MALE | WC_FEMALE)) &&
          !g_array_index (items, Item, i + 1).acronym &&
          !g_array_index (items, Item, i + 1).possessive &&
          px_quote_is_name_word (&g_array_index (items, Item, i + 2)))
        break;
      /* "Republican Donald Trump", "Democrat Ann Lee": the party before
       * a first name is none of the name. */
      if (words == 0 && i + 1 < hi && it->kind == IT_WORD && (it->classes & WC_PARTY) &&
          px_quote_is_name_word (&g_array_index (items, Item, i + 1)) &&
          (g_array_index (items, Item, i + 1).classes & (WC_MALE | WC_FEMALE)))
        break;
      /* "Secretary of Commerce Gary Locke", "envoy to Ukraine Kurt
       * Volker": a word after a title's "of" or "to", before a first
       * name (or, when it is a place or an organisation's word, before
       * two names), is the title's field, none of the name. */
      if (words == 0 && i >= 2 && i + 1 < hi && px_quote_is_name_word (it) &&
          !(it->classes & (WC_MALE | WC_FEMALE)) &&
          px_quote_is_name_word (&g_array_index (items, Item, i + 1)) &&
          ((g_array_index (items, Item, i + 1).classes & (WC_MALE | WC_FEMALE)) ||
           ((it->classes & (WC_PLACE | WC_ORG)) && !it->possessive &&
            !g_array_index (items, Item, i + 1).possessive && i + 2 < hi &&
            px_quote_is_name_word (&g_array_index (items, Item, i + 2)))))
        {
          Item *of = &g_array_index (items, Item, i - 1), *title = &g_array_index (items, Item, i - 2);

          px_quote_item_fill (ds, of);
          px_quote_item_fill (ds, title);
          if (of->kind == IT_WORD && !of->cap &&
              (px_quote_has_role (of, WR_NAME_JOINER) || px_quote_has_role (of, WR_RECIPIENT_PREPOSITION)) &&
              px_quote_is_title (title))
            break;
        }
      if (px_quote_is_name_word (it) || px_quote_possessive_in_name (ds, items, i, hi) ||
          (words > 0 && it->kind == IT_WORD && it->cap && (it->classes & WC_NAME_NOUN) &&
           !g_array_index (items, Item, i - 1).possessive))
        {
          /* "Al-Akhbar" is one word; "U.S", "NBC" are not people. */
          if (!joined)
            words++;
          joined = FALSE;
          if ((it->classes & WC_ORG) || strchr (it->lower, '.') ||
              (it->acronym && !is_roman_numeral (it->lower)))
            *org = TRUE;
          last = i + 1;
          if (it->possessive && !px_quote_possessive_in_name (ds, items, i, hi))
            break;
          i++;
        }
      /* A hyphen joins a name's parts only written between them
       * ("Ocasio-Cortez"); between spaces it is a dash ("Deborah
       * Reynolds - Santilli's girlfriend - told"). */
      else if (words > 0 && i + 1 < hi &&
               ((it->kind == IT_HYPHEN && g_array_index (items, Item, i - 1).end == it->start &&
                 it->end == g_array_index (items, Item, i + 1).start) ||
                (it->kind != IT_HYPHEN && (px_quote_item_fill (ds, it), px_quote_is_particle (it)))))
        {
          joined = it->kind == IT_HYPHEN;
          i++;
        }
      /* "Ban Ki-moon", "Cheuk Hau-yip", "Moon Jae-in": after a family
       * name and a capitalised syllable, a short word in lower case glued
       * on by a hyphen ends the given name (not "a George W. Bush-era
       * rule", "an Obama-led push"). */
      else if (joined && words >= 2 && px_quote_given_name_syllable (ds, items, i))
        {
          last = i + 1;
          break;
        }
      /* "Bank of America", "the Department of Justice", "University of
       * Michigan": after an organisation's word, "of" and a capitalised
       * word go on with its name (a person's name takes no "of"). */
      else if (words > 0 && (g_array_index (items, Item, i - 1).classes & WC_ORG) && i + 1 < hi &&
               it->kind == IT_WORD && !it->cap &&
               (px_quote_item_fill (ds, it), px_quote_has_role (it, WR_NAME_JOINER)) &&
               (px_quote_is_name_word (&g_array_index (items, Item, i + 1)) ||
                /* "the Department of Justice said": a title ends the
                 * name when no name follows it ("Secretary Ann Lee"). */
                (g_array_index (items, Item, i + 1).kind == IT_WORD &&
                 g_array_index (items, Item, i + 1).cap &&
                 px_quote_is_title (&g_array_index (items, Item, i + 1)) &&
                 (i + 2 >= hi || !px_quote_is_name_word (&g_array_index (items, Item, i + 2))))) &&
               !(g_array_index (items, Item, i + 1).classes & (WC_MALE | WC_FEMALE)))
        {
          if (px_quote_is_title (&g_array_index (items, Item, i + 1)))
            {
              words++;
              last = i + 2;
              break;
            }
          i++;
        }
      else
        break;
    }
  *n_words = words;
  return last;
}

/* The surname in @name, at *@at, its length returned: the last word, or
 * the one before a suffix ("Robert F. Kennedy Jr" is a Kennedy), or the
 * first when the given name after it is written with a syllable in lower
 * case, family name first ("Ban Ki-moon" is Mr. Ban). */
gsize
px_quote_surname_in (const char *name, const char **at)
{
  const char *last = px_quote_last_word (name);
  const char *hyphen = strchr (last, '-');

  if (last > name && g_ascii_isupper (*last) && hyphen && g_ascii_islower (hyphen[1]))
    {
      *at = name;
      return strcspn (name, " ");
    }
  if (last > name)
    {
      g_autofree char *lower = px_quote_normalize_word (last, strlen (last));
      gsize n = strlen (lower);

      if (n > 0 && lower[n - 1] == '.')
        lower[n - 1] = '\0';
      if (px_quote_in_list (WC_NAME_SUFFIX, lower))
        {
          const char *end = last - 1;   /* the space before the suffix */
          const char *start = end;

          while (start > name && start[-1] != ' ')
            start--;
          if (end > start && end[-1] == ',')
            end--;
          *at = start;
          return end - start;
        }
    }
  *at = last;
  return strlen (last);
}

/* Whether the surname of @name is @surname. */
gboolean
px_quote_has_surname (const char *name, const char *surname)
{
  const char *at;
  gsize n = px_quote_surname_in (name, &at);

  return strlen (surname) == n && strncmp (at, surname, n) == 0;
}


/* Adds to @titles the role an appositive after the name gives it:
 * "Ema Suryani, a doctor at a clinic," is "the doctor" later, "Mark
 * Toner, a State Department spokesman," "the spokesman".  The appositive
 * opens with an article, a role or a name, and ends with the role, at
 * a comma, a preposition or "who" ("Ann Lee, the nominee stated" is a
 * list);
 * words before a possessive are its owner's ("Ann Lee, the governor's
 * aide,"). */
static void
appositive_titles (DocScan *ds, GArray *items, guint e, GString *titles, Mention *m)
{
  gsize kept = titles->len;
  gboolean found = FALSE, ended = FALSE;

  if (e + 2 >= items->len || g_array_index (items, Item, e).kind != IT_COMMA)
    return;
  for (guint k = e + 1; k < items->len && k <= e + MAX_APPOSITIVE_WORDS; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      if (it->kind != IT_WORD)
        {
          ended = it->kind == IT_COMMA || it->kind == IT_END;
          break;
        }
      px_quote_item_fill (ds, it);
      if (k > e + 1 && (px_quote_has_role (it, WR_NAME_PREPOSITION) ||
                        px_quote_has_role (it, WR_PERSON_RELATIVE) ||
                        px_quote_has_role (it, WR_RECIPIENT_PREPOSITION)))
        {
          ended = TRUE;
          break;
        }
      /* "…, the church's minister said": the role is the last word. */
      if (found && !px_quote_is_title (it))
        break;
      if (k == e + 1 && !it->cap && !px_quote_is_title (it) && !(it->classes & WC_DETERMINER))
        return;
      if (it->possessive)
        {
          g_string_truncate (titles, kept);
          found = FALSE;
        }
      else if (px_quote_is_title (it) && !it->cap)
        {
          g_string_append (titles, it->lower);
          g_string_append_c (titles, ' ');
          found = TRUE;
        }
    }
  if (found && ended)
    m->titled = TRUE;
  else
    g_string_truncate (titles, kept);
}




static void
add_mention (DocScan *ds, GArray *items, guint s, guint e, guint n_words, gboolean org,
             guint32 sentence)
{
  const Item *first = &g_array_index (items, Item, s);
  const Item *last = &g_array_index (items, Item, e - 1);
  GString *titles = ds->scratch;
  Mention m = { .pos = first->start, .n_words = n_words, .org = org, .sentence = sentence };
  guint32 end = last->end;

  /* Titles right before the name: "Pentagon spokesman Rear Adm." */
  g_string_assign (titles, " ");
  for (guint k = s; k > 0; k--)
    {
      Item *t = &g_array_index (items, Item, k - 1);

      px_quote_item_fill (ds, t);
      /* "The Notorious Bettie Page" (a film), "the Rose Garden": no
       * article stands right before a person's name, unless the name
       * is said of something ("the Carson campaign", "the Clinton of
       * lore"). */
      if (k == s && t->kind == IT_WORD && (t->classes & WC_DETERMINER) &&
          !(e < items->len && g_array_index (items, Item, e).kind == IT_WORD &&
            !g_array_index (items, Item, e).cap))
        m.not_person = TRUE;
      if (k == s && t->kind == IT_WORD && !t->cap && !last->possessive &&
          px_quote_has_role (t, WR_PLACE_PREPOSITION))
        m.in_place = TRUE;
      if (px_quote_is_title (t))
        {
          const char *full = px_quote_title_in_full (t->lower);

          g_string_append (titles, t->lower);
          g_string_append_c (titles, ' ');
          /* "Gov." is "the governor", "Rep." "the congressman". */
          for (; full && *full; full += strlen (full) + 1)
            {
              g_string_append (titles, full);
              g_string_append_c (titles, ' ');
            }
          m.titled = TRUE;
        }
      /* "Pentagon spokesman Rear Adm. John Kirby", but not "Tom Hale of
       * Ohio": a capitalised word before the first title is a name. */
      else
        {
          /* "of Ivo Marsh", "against Ada Marr", "the Marsh plan": a name
           * after a preposition or a determiner is no sentence's subject. */
          if (t->kind == IT_WORD && !t->cap &&
              (px_quote_has_role (t, WR_NAME_PREPOSITION) || (t->classes & WC_DETERMINER) ||
               px_quote_has_role (t, WR_RECIPIENT_PREPOSITION) ||
               px_quote_has_role (t, WR_OBJECT_RELATIVE)))
            m.after_preposition = TRUE;
          /* "the governor of Unity state": a name right after "of" is
           * the title's field, not its holder. */
          if (!(t->kind == IT_WORD && ((px_quote_has_role (t, WR_NAME_JOINER) && k != s) ||
                                       (t->cap && m.titled))))
            break;
        }
    }
  /* "from the U.K. to Japan, a company spokeswoman said": a lone name
   * after a preposition ends a phrase; the role set off after it is the
   * sentence's subject, not the name's. */
  if (!last->possessive && !(m.after_preposition && n_words == 1))
    appositive_titles (ds, items, e, titles, &m);
  /* "a harbour official, Tom Ruud,", "Abed Sultan's father, Samir,",
   * "his wife, Ada,": a role set off before the name, opened by an
   * article or an owner, is the name's. */
  if (s >= 3 && g_array_index (items, Item, s - 1).kind == IT_COMMA &&
      px_quote_is_title (&g_array_index (items, Item, s - 2)) && !g_array_index (items, Item, s - 2).cap)
    for (guint k = s - 2; k > 0 && k + MAX_ROLE_WORDS >= s - 2; k--)
      {
        Item *t = &g_array_index (items, Item, k - 1);

        if (t->kind != IT_WORD)
          break;
        px_quote_item_fill (ds, t);
        if (px_quote_item_in (items, k - 1, WR_INDEFINITE_ARTICLE) ||
            px_quote_item_in (items, k - 1, WR_DEFINITE_ARTICLE) ||
            px_quote_item_in (items, k - 1, WR_POSSESSIVE_DETERMINER) ||
            (t->possessive && t->cap))
          {
            g_string_append (titles, g_array_index (items, Item, s - 2).lower);
            g_string_append_c (titles, ' ');
            m.titled = TRUE;
            break;
          }
      }
  /* "Wilhelm's widow, Candee,": a relation named by a first name, whose
   * surname may be the owner's (px-quote-resolution.c asks whether the
   * text then calls them by it). */
  if (n_words == 1 && s >= 3 && g_array_index (items, Item, s - 1).kind == IT_COMMA &&
      (px_quote_item_fill (ds, &g_array_index (items, Item, s - 2)),
       g_array_index (items, Item, s - 2).classes & WC_KIN) && !g_array_index (items, Item, s - 2).cap &&
      g_array_index (items, Item, s - 3).kind == IT_WORD &&
      g_array_index (items, Item, s - 3).possessive && g_array_index (items, Item, s - 3).cap &&
      !g_array_index (items, Item, s - 3).acronym)
    {
      const Item *owner = &g_array_index (items, Item, s - 3);
      gsize n = owner->end - owner->start;
      const char *p = ds->text + owner->start;

      /* "Wilhelm's", "Nichols'": the name without its possessive ending. */
      if (n > 2 && p[n - 1] == 's' && (p[n - 2] == '\'' || (n > 4 && is_right_single_quote (p + n - 4))))
        n -= p[n - 2] == '\'' ? 2 : 4;
      else if (n > 1 && p[n - 1] == '\'')
        n--;
      else if (n > 3 && is_right_single_quote (p + n - 3))
        n -= 3;
      m.kin_of = g_string_chunk_insert_len (ds->words, p, n);
      ds->kin_named = TRUE;
    }
  /* "prosecutor Kellie Hill", "Sen. Frank Church": a name, though its
   * last word names organisations ("Capitol Hill", "a church"). */
  m.org_surname = org && m.titled && n_words == 2 && e == s + 2 && !first->acronym &&
                  !(first->classes & (WC_ORG | WC_PLACE | WC_STOP)) && !strchr (first->lower, '.') &&
                  (last->classes & WC_ORG) && !last->acronym;
  if (last->possessive)
    {
      /* Kerry’s, Sanders’: the name without the possessive ending. */
      const char *p = g_utf8_find_prev_char (ds->text, ds->text + end);

      if (p && *p == 's' && p > ds->text + first->start)
        p = g_utf8_find_prev_char (ds->text, p);
      if (p && p > ds->text + first->start)
        end = p - ds->text;
    }
  /* Both kept in the scan's chunk: a document has thousands of names. */
  m.titles = g_string_chunk_insert_len (ds->words, titles->str, titles->len);
  g_string_truncate (ds->scratch, 0);
  append_span_text (ds, first->start, end, ds->scratch);
  m.name = g_string_chunk_insert_len (ds->words, ds->scratch->str, ds->scratch->len);
  {
    const char *at;
    gsize n = px_quote_surname_in (m.name, &at);

    m.surname = at[n] ? g_string_chunk_insert_len (ds->words, at, n) : at;
  }
  g_array_append_val (ds->mentions, m);
}

/* A name the article writes after a preposition of place ("in Banda
 * Aceh") is a place wherever it stands, unless a title goes with it
 * somewhere, it opens with a first name ("faith in Ann Lee") or it is
 * the surname of a full name ("in Sanders parlance"). */
static void
places_not_persons (DocScan *ds)
{
  g_autoptr(GHashTable) places = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->in_place && !m->org && !m->titled)
        {
          const char *sp = strchr (m->name, ' ');
          g_autofree char *first = px_quote_normalize_word (m->name, sp ? (gsize) (sp - m->name) : strlen (m->name));

          if (!(px_quote_word_classes (first) & (WC_MALE | WC_FEMALE)))
            g_hash_table_add (places, m->name);
        }
    }
  for (guint i = 0; g_hash_table_size (places) > 0 && i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      /* "in Sanders parlance": the surname of a full name written
       * elsewhere. */
      if (m->titled)
        g_hash_table_remove (places, m->name);
      else if (m->n_words >= 2 && !m->in_place)
        g_hash_table_remove (places, m->surname);
    }
  for (guint i = 0; g_hash_table_size (places) > 0 && i < ds->mentions->len; i++)
    {
      Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (g_hash_table_contains (places, m->name))
        m->not_person = TRUE;
    }
}

/* Every name outside quotes, in order: who "he" and "the secretary" can be. */
void
px_quote_collect_mentions (DocScan *ds)
{
  guint n = px_document_get_n_paragraphs (ds->doc);
  /* One array for the items of every paragraph in turn. */
  g_autoptr(GArray) reused = g_array_new (FALSE, FALSE, sizeof (Item));

  for (guint p = 0; p < n; p++)
    {
      guint n_tokens;
      /* The paragraph's tokens, as the comparison has them already. */
      const PxToken *tokens = px_document_get_paragraph_tokens (ds->doc, p, &n_tokens);
      GArray *items = items_from_tokens (ds, tokens, n_tokens, TRUE, reused);
      guint32 sentence = n_tokens ? tokens[0].start : 0;

      for (guint i = 0; i < items->len;)
        {
          guint n_words;
          gboolean org;
          guint e;

          if (g_array_index (items, Item, i).kind == IT_END)
            {
              sentence = g_array_index (items, Item, i).end;
              i++;
              continue;
            }
          /* A run's first word is a name word, capitalised: elsewhere
           * px_quote_name_run() finds none, and need not look. */
          if (g_array_index (items, Item, i).kind != IT_WORD || !g_array_index (items, Item, i).cap)
            {
              i++;
              continue;
            }
          e = px_quote_name_run (ds, items, i, items->len, &n_words, &org);
          if (n_words == 0)
            {
              i++;
              continue;
            }
          add_mention (ds, items, i, e, n_words, org, sentence);
          i = e;
        }
    }
  places_not_persons (ds);
}
