/* px-quote-subject.c: a sentence's subject
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Many quotes are said by the subject of their sentence or of the one
 * around them ("Ada Marr, a former director of the board, said"; "The
 * senator, who…, told reporters"): this file finds that subject in the
 * words before a verb, past datelines, openers ("Later,", "Asked
 * about…,"), appositives and asides set off by commas or dashes, and
 * scores the pieces set off by commas to pick the one that speaks.  The
 * patterns (px-quote-patterns.c) call it; each piece is read as a
 * speaker by px-quote-noun-phrase.c.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"
#include "px-tokenizer.h"

/* Whether items[i] is "who" opening a relative clause: in lower case,
 * as inside a sentence it always is ("Huge Who fan Stephen Fry
 * tweeted" names the show). */
gboolean
px_quote_is_relative_who (GArray *items, guint i)
{
  return px_quote_item_in (items, i, WR_PERSON_RELATIVE) && !g_array_index (items, Item, i).cap;
}

static gboolean looks_like_name (DocScan *ds, const char *word);

/* Whether the sentence at items[s] opens with a phrase before its
 * subject: a preposition, an adverb or a participle, written with a
 * capital only because it starts the sentence ("Amid", "Later",
 * "Reached", "Weighing in"). */
gboolean
px_quote_opens_with_phrase (DocScan *ds, GArray *items, guint s)
{
  Item *it = &g_array_index (items, Item, s);

  if (it->kind != IT_WORD || !it->cap || it->acronym || px_quote_is_pronoun (it))
    return FALSE;
  px_quote_item_fill (ds, it);
  if (it->classes & WC_DETERMINER)
    return FALSE;
  if ((it->classes & (WC_STOP | WC_ADVERB)) || px_quote_has_role (it, WR_NAME_PREPOSITION))
    return TRUE;
  {
    g_autofree char *word = g_strndup (ds->text + it->start, it->end - it->start);

    return !looks_like_name (ds, word);
  }
}


/* How many items a dateline holds at most: "DES MOINES, Iowa —". */
#define MAX_DATELINE_ITEMS 6

/* Past a dateline that opens items[s…]: a place in capitals, perhaps with
 * its state, and a dash ("TALLAHASSEE — Rep. Ann Lee said"); @s when
 * there is none.  The place is no subject. */
static guint
after_dateline (DocScan *ds, GArray *items, guint s, guint n)
{
  const Item *first;

  if (s >= n)
    return s;
  first = &g_array_index (items, Item, s);
  /* "Washington (AFP) –": a place in title case before a news agency in
   * brackets (which the items leave out) is a dateline too. */
  if (first->kind == IT_WORD && first->cap && s + 1 < n &&
      px_quote_is_dash_at (ds, items, s + 1) && memchr (ds->text + first->end, ')',
                                               g_array_index (items, Item, s + 1).start - first->end))
    return s + 2;
  if (first->kind != IT_WORD || !first->acronym || first->end - first->start < 3)
    return s;
  for (guint k = s + 1; k < n && k <= s + MAX_DATELINE_ITEMS; k++)
    {
      const Item *it = &g_array_index (items, Item, k);
      gunichar c = g_utf8_get_char (ds->text + it->start);

      if ((it->kind == IT_OTHER && (c == 0x2014 || c == 0x2013 || c == 0x2015)) ||
          (it->kind == IT_HYPHEN && it->start > g_array_index (items, Item, k - 1).end))
        return k + 1;
      if (!(it->kind == IT_COMMA || (it->kind == IT_WORD && it->cap)))
        break;
    }
  return s;
}

/* Fewest words in capitals that make a headline run in before a
 * sentence. */
#define MIN_RUN_IN_HEADLINE_WORDS 3

/* Where the sentence from items[s] starts after a headline in capitals
 * run in before it, with no stop ("TEAM REFUSES TO STAY IN THE VILLAGE
 * The team cited…"): three words or more in capitals, then a
 * capitalised word that is not; names in capitals are shorter ("NBC",
 * "U.S."). */
static guint
after_run_in_headline (GArray *items, guint s, guint n)
{
  guint k = s;

  while (k < n && g_array_index (items, Item, k).kind == IT_WORD &&
         g_array_index (items, Item, k).acronym)
    k++;
  if (k - s >= MIN_RUN_IN_HEADLINE_WORDS && k < n && g_array_index (items, Item, k).kind == IT_WORD &&
      g_array_index (items, Item, k).cap && !g_array_index (items, Item, k).acronym)
    return k;
  return s;
}

static gboolean is_dash (GArray *items, guint k);

/* Whether items[k] is a dash: a spaced or doubled hyphen, or an em, en
 * or horizontal bar. */
gboolean
px_quote_is_dash_at (DocScan *ds, GArray *items, guint k)
{
  const Item *it = &g_array_index (items, Item, k);

  if (it->kind == IT_OTHER)
    {
      gunichar c = g_utf8_get_char (ds->text + it->start);

      return c == 0x2014 || c == 0x2013 || c == 0x2015;
    }
  return is_dash (items, k);
}

/* Whether items[k] is a past form right after a name ("Carl Vance
 * endorsed Ann Berg", "Lee met Marsh"): the name's verb, no word that
 * describes a name after it ("Clinton campaign chairman John Podesta"). */
static gboolean
verb_after_name (DocScan *ds, GArray *items, guint k)
{
  Item *it = &g_array_index (items, Item, k);

  if (k == 0 || it->kind != IT_WORD || it->cap || !g_array_index (items, Item, k - 1).cap ||
      g_array_index (items, Item, k - 1).kind != IT_WORD)
    return FALSE;
  px_quote_item_fill (ds, it);
  if (px_quote_is_title (it))
    return FALSE;
  return px_quote_in_list (WC_FINITE_VERB, it->lower) ||
         (px_quote_has_ending (WE_FINITE_VERB, it->lower) && px_quote_has_ending (WE_MODIFIER, it->lower));
}

/* Whether items[s, d), a piece set off by commas after a sentence's
 * opening phrase, goes on with it: a place of more words than one ("in
 * Salem, New Hampshire, Ann Lee"), or a second phrase of a participle
 * in lower case, perhaps after an adverbial word ("On Thursday, after
 * remaining neutral, Ann Lee endorsed"), not a clause with a subject of
 * its own ("Once, when they spotted it, Ann Lee circled as her friends
 * jeered"). */
static gboolean
opening_piece (DocScan *ds, GArray *items, guint s, guint d)
{
  Item *first = &g_array_index (items, Item, s);

  if (first->cap)
    {
      g_autofree char *piece = NULL;

      if (d < s + 2 || !px_quote_all_capitalised (items, s, d))
        return FALSE;
      piece = px_quote_span_text (ds, first->start, g_array_index (items, Item, d - 1).end);
      return px_quote_is_place (piece);
    }
  /* Not a clause with a subject of its own: "when they spotted it," */
  if (s + 1 < d && px_quote_item_in (items, s, WR_ADVERBIAL_OPENER))
    first = &g_array_index (items, Item, s + 1);
  px_quote_item_fill (ds, first);
  return first->kind == IT_WORD && !first->cap && px_quote_has_ending (WE_PARTICIPLE, first->lower) &&
         !(first->classes & (WC_STOP | WC_FUNCTION | WC_DETERMINER));
}

/* "China's ambassador to Britain warned": when items[s, e), a
 * subject, are a name's possessive, a role in lower case and perhaps
 * "to" or "of" and capitalised words, @f takes the role as one its
 * owner's name qualifies (np_owned), whose holder is someone the text
 * names with that role and owner, before or after (resolve()). */
static gboolean
owned_role (Found *f, DocScan *ds, GArray *items, guint s, guint e)
{
  Item *owner = &g_array_index (items, Item, s), *role;
  guint k = s + 2;

  if (s + 1 >= e || owner->kind != IT_WORD || !owner->cap || !owner->possessive)
    return FALSE;
  role = &g_array_index (items, Item, s + 1);
  px_quote_item_fill (ds, role);
  if (role->cap || !px_quote_is_title (role))
    return FALSE;
  if (k < e && (px_quote_item_in (items, k, WR_RECIPIENT_PREPOSITION) ||
                px_quote_item_in (items, k, WR_AFFILIATION_PREPOSITION)))
    {
      if (k + 1 >= e || !px_quote_all_capitalised (items, k + 1, e))
        return FALSE;
      k = e;
    }
  if (k != e)
    return FALSE;
  g_free (f->np);
  f->kind = SPK_ROLE;
  f->np = g_strdup (role->lower);
  f->np_pos = owner->start;
  f->np_owned = TRUE;
  return TRUE;
}

/* Most lower-case words before the head noun of a subject that is an
 * organisation's, a group's or a statement's: "the joint statement",
 * "the ferry company". */
#define MAX_NOUN_SUBJECT_WORDS 3

/* Whether items[v] is a verb in lower case whose subject is before it:
 * not a plural noun before the verb ("the campaign ads said"). */
static gboolean
verb_of_subject (DocScan *ds, GArray *items, guint v, guint n)
{
  Item *it = px_quote_word_item (ds, items, v, FALSE);

  if (it == NULL)
    return FALSE;
  if (!px_quote_is_verb (it) && !px_quote_is_finite_verb (it->lower))
    return FALSE;
  if (v + 1 < n && g_array_index (items, Item, v + 1).kind == IT_WORD)
    {
      Item *next = &g_array_index (items, Item, v + 1);

      px_quote_item_fill (ds, next);
      return next->cap || !(px_quote_is_verb (next) || px_quote_in_list (WC_FINITE_VERB, next->lower));
    }
  return TRUE;
}

/* Past the head of a noun phrase from items[s] that is the subject of
 * the verb after it ("statement thanks", "joint statement then
 * urged"), when that head is an organisation's, a group's or a
 * statement's noun in lower case; else 0.  Not a possessive ("the
 * company's chief said") nor a noun before another ("the company
 * website"). */
static guint
noun_subject_end (DocScan *ds, GArray *items, guint s, guint n)
{
  for (guint h = s; h < n && h < s + MAX_NOUN_SUBJECT_WORDS + 1; h++)
    {
      Item *it = &g_array_index (items, Item, h);
      guint v = h + 1;

      if (it->kind == IT_HYPHEN)
        continue;
      if (it->kind != IT_WORD || it->cap || it->possessive)
        return 0;
      px_quote_item_fill (ds, it);
      if (!(it->classes & (WC_ORG_NOUN | WC_GROUP | WC_STATEMENT)))
        {
          if (it->classes & (WC_FUNCTION | WC_STOP | WC_DETERMINER) || px_quote_is_verb (it))
            return 0;
          continue;
        }
      while (v < n && (px_quote_item_fill (ds, &g_array_index (items, Item, v)),
                       px_quote_is_adverb (&g_array_index (items, Item, v))))
        v++;
      if (v < n && verb_of_subject (ds, items, v, n))
        return h + 1;
    }
  return 0;
}

/* The first noun phrase of items[0, n): the subject of the sentence. */
void
px_quote_sentence_subject (Found *f, DocScan *ds, GArray *items, guint n)
{
  guint s = 0, e;

  while (s < n && px_quote_item_in (items, s, WR_CLAUSE_OPENER))
    s++;
  s = after_dateline (ds, items, s, n);
  s = after_run_in_headline (items, s, n);
  if (s < n && px_quote_is_pronoun (&g_array_index (items, Item, s)))
    {
      px_quote_set_speaker_np (f, ds, items, s, s + 1);
      return;
    }
  if (s < n && px_quote_opens_with_phrase (ds, items, s))
    {
      /* "Earlier in the day, Clinton held…", "Reached by phone, Bauer
       * said…": the subject follows the opening phrase's comma. */
      guint c = s;

      while (c < n && g_array_index (items, Item, c).kind != IT_COMMA && !px_quote_is_dash_at (ds, items, c))
        c++;
      /* "Hastily politicizing the attack ― much like he did before ―
       * Trump cast…": an aside between dashes goes with the phrase. */
      if (c < n && px_quote_is_dash_at (ds, items, c))
        for (guint d = c + 1; d < n && g_array_index (items, Item, d).kind != IT_END; d++)
          if (px_quote_is_dash_at (ds, items, d))
            {
              c = d;
              break;
            }
      if (c + 1 < n)
        s = c + 1;
      else
        s++;   /* "Hastily politicizing the tragedy": the opener is nobody */
      /* "At a rally in Portsmouth, N.H., on Tuesday, Sen. Ann Lee…": the
       * place's state and the time go on with the opening phrase. */
      for (guint piece = 0; piece < 3 && c < n && s < n; piece++)
        {
          guint d = s;
          const Item *first_word = &g_array_index (items, Item, s);

          while (d < n && g_array_index (items, Item, d).kind != IT_COMMA)
            d++;
          if (d + 1 >= n || first_word->kind != IT_WORD)
            break;
          if (!(first_word->cap && d == s + 1 && strchr (first_word->lower, '.')) &&
              !(!first_word->cap && px_quote_has_role (first_word, WR_NAME_PREPOSITION)) &&
              !(first_word->cap && (first_word->classes & WC_PLACE) && d == s + 1) &&
              !opening_piece (ds, items, s, d))
            break;
          s = d + 1;
        }
    }
  if (s < n && px_quote_is_pronoun (&g_array_index (items, Item, s)))
    {
      px_quote_set_speaker_np (f, ds, items, s, s + 1);
      return;
    }
  if (s < n && px_quote_item_in (items, s, WR_DEFINITE_ARTICLE))
    {
      guint h = noun_subject_end (ds, items, s + 1, n);

      /* "The statement thanks the crews, saying “…”", "The company
       * then urged…": the statement's or the organisation's noun is the
       * subject, resolved as when it says the quote itself. */
      if (h > 0)
        {
          px_quote_set_speaker_np (f, ds, items, s, h);
          return;
        }
      s++;
    }
  /* "The president-elect, Barack Obama, broke his silence": a role set
   * off before a name; the name is the subject. */
  {
    guint c = s;
    gboolean role = FALSE;

    for (; c < n && c < s + 2 * MAX_ROLE_WORDS; c++)
      {
        Item *it = &g_array_index (items, Item, c);

        if (it->kind == IT_HYPHEN)
          continue;
        if (it->kind != IT_WORD || it->cap)
          break;
        px_quote_item_fill (ds, it);
        if (it->classes & (WC_FUNCTION | WC_STOP | WC_SPEECH_VERB))
          break;
        role |= px_quote_is_title (it);
      }
    if (role && c + 1 < n && g_array_index (items, Item, c).kind == IT_COMMA &&
        px_quote_is_name_word (&g_array_index (items, Item, c + 1)))
      {
        guint n_words, end;
        gboolean org;

        end = px_quote_name_run (ds, items, c + 1, n, &n_words, &org);
        if (n_words > 0 && end < n && g_array_index (items, Item, end).kind == IT_COMMA)
          {
            px_quote_set_speaker_np (f, ds, items, c + 1, end);
            return;
          }
      }
  }
  /* "Democratic presidential candidate Bernie Sanders is releasing": the
   * lower-case words that describe the name belong to the subject. */
  for (e = s; e < n && (px_quote_is_np_word (&g_array_index (items, Item, e)) ||
                        /* "Ban Ki-moon today spoke" */
                        (e >= s + 3 && px_quote_given_name_syllable (ds, items, e)) ||
                        (e > s && !verb_after_name (ds, items, e) &&
                         px_quote_describes_name_after (ds, items, e, n))); e++)
    ;
  /* "Clinton's campaign manager laughed": a possessive name before a
   * noun says whose; the subject is someone else.  But "Lee's email
   * notes": what Lee says in writing is Lee's. */
  if (e > s && e < n && g_array_index (items, Item, e - 1).possessive &&
      g_array_index (items, Item, e).kind == IT_WORD)
    {
      for (guint k = e; k < n && k < e + 3; k++)
        {
          Item *it = &g_array_index (items, Item, k);

          if (it->kind != IT_WORD)
            break;
          px_quote_item_fill (ds, it);
          if (it->classes & WC_STATEMENT)
            {
              px_quote_set_speaker_np (f, ds, items, s, e);
              return;
            }
          /* "Clinton's campaign said": the Clinton campaign. */
          if (k == e && (it->classes & WC_ORG_NOUN) &&
              (k + 1 >= n || g_array_index (items, Item, k + 1).kind != IT_WORD ||
               px_quote_is_finite_verb (g_array_index (items, Item, k + 1).lower)))
            {
              px_quote_set_speaker_np (f, ds, items, s, e);
              if (f->kind == SPK_NAME)
                {
                  char *org = g_strdup_printf ("%s %s", f->np, it->lower);

                  g_free (f->np);
                  f->np = org;
                }
              return;
            }
        }
      return;
    }
  if (e > s)
    {
      px_quote_set_speaker_np (f, ds, items, s > 0 && px_quote_item_in (items, s - 1, WR_DEFINITE_ARTICLE) ? s - 1 : s, e);
      if ((f->kind == SPK_NONE || f->kind == SPK_UNKNOWN) && owned_role (f, ds, items, s, e))
        return;
      /* "Other union leaders have called…", "Long after Watergate he…":
       * one capitalised word opening the sentence, then a word that is
       * no verb, may be any word (resolve() keeps it if the text writes
       * it capitalised elsewhere). */
      if (f->kind == SPK_NAME && e == s + 1 && px_quote_opens_sentence (items, s) && e < n)
        {
          Item *next = &g_array_index (items, Item, e);

          px_quote_item_fill (ds, next);
          if (next->kind != IT_WORD ||
              !(px_quote_is_verb (next) || px_quote_is_adverb (next) || px_quote_is_finite_verb (next->lower)))
            f->np_weak = TRUE;
        }
    }
}

/* How far before a speech verb its subject may reach: "Michael Green,
 * associate professor of history at the University of Nevada, said". */
#define MAX_SUBJECT_BEFORE 30

static gboolean opens_adverbial (DocScan *ds, GArray *items, guint a, guint e);

/* Whether items[k] lies in an appositive that a comma opens before it
 * and the comma at items[i - 1] closes: "Tom Berg, pastor of the church
 * and a Marsh supporter, said". */
static gboolean
in_appositive (GArray *items, guint k, guint i)
{
  if (i == 0 || g_array_index (items, Item, i - 1).kind != IT_COMMA)
    return FALSE;
  for (guint j = k; j > 0 && k - j < MAX_SUBJECT_BEFORE; j--)
    {
      ItemKind kind = g_array_index (items, Item, j - 1).kind;

      if (kind == IT_END)
        return FALSE;
      if (kind == IT_COMMA)
        return j >= 2 && g_array_index (items, Item, j - 2).kind == IT_WORD &&
               g_array_index (items, Item, j - 2).cap;
    }
  return FALSE;
}

/* items[0, n) before the speech verb at @v: who the subject is.  The
 * subject may come in pieces ("Jason Reed, the founder of the club,
 * said"), hold a relative clause ("Reed, who has a blog, wrote") or be
 * shared with an earlier verb ("Reed praised her and said"). */
/* Whether items[k] is a hyphen set off by a space or doubled ("--"): a
 * dash, which no name or noun phrase goes on across. */
static gboolean
is_dash (GArray *items, guint k)
{
  const Item *it = &g_array_index (items, Item, k);

  if (it->kind != IT_HYPHEN)
    return FALSE;
  if (k > 0 && (g_array_index (items, Item, k - 1).end < it->start ||
                g_array_index (items, Item, k - 1).kind == IT_HYPHEN))
    return TRUE;
  return k + 1 < items->len && (g_array_index (items, Item, k + 1).start > it->end ||
                                g_array_index (items, Item, k + 1).kind == IT_HYPHEN);
}

/* Whether items[s, i), one piece without a comma, follows a preposition,
 * or "and" (or "or") after a preposition and a word ("of western and
 * northern"). */
static gboolean
cut_after_preposition (GArray *items, guint s, guint i)
{
  guint p = s;

  for (guint k = s; k < i; k++)
    if (g_array_index (items, Item, k).kind == IT_COMMA)
      return FALSE;
  if (p >= 3 && (px_quote_item_in (items, p - 1, WR_CONJUNCTION) ||
                 px_quote_item_in (items, p - 1, WR_ALTERNATIVE_CONJUNCTION)) &&
      g_array_index (items, Item, p - 2).kind == IT_WORD && !g_array_index (items, Item, p - 2).cap)
    p -= 2;
  return p > 0 && g_array_index (items, Item, p - 1).kind == IT_WORD &&
         !g_array_index (items, Item, p - 1).cap && g_array_index (items, Item, p - 1).lower &&
         px_quote_item_in (items, p - 1, WR_NAME_PREPOSITION);
}

/* Whether items[a, e) may be a name that opens a sentence, perhaps with
 * a role before it: capitalised words, titles, and lower-case nouns
 * ("Minnesota state delegate Mary Susan"), no function word or verb. */
static gboolean
name_words_only (DocScan *ds, GArray *items, guint a, guint e)
{
  for (guint k = a; k < e; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_HYPHEN)
        continue;
      if (it->kind != IT_WORD)
        return FALSE;
      px_quote_item_fill (ds, it);
      if (it->cap || px_quote_is_title (it))
        continue;
      if ((it->classes & (WC_FUNCTION | WC_STOP | WC_SPEECH_VERB | WC_DETERMINER)) ||
          px_quote_is_finite_verb (it->lower) || px_quote_has_ending (WE_MODIFIER, it->lower))
        return FALSE;
    }
  return TRUE;
}

/* "Ada Lane, a former candidate for mayor who now runs Harbour Capital,
 * called it “…”", "Jon Sorens, the founder of a project that asks
 * pilots to move to Dover, said": a sentence that opens with a name set
 * off by a comma, then an appositive of any shape up to the comma
 * before the speech verb at items[i]: the name is the subject.  Phrases
 * before the name ("On Monday,", "However,") are passed over. */
static gboolean
opening_name_then_appositive (Found *f, DocScan *ds, GArray *items, guint i)
{
  guint t = i, c;
  Found name = { 0 };

  if (i < 2 || g_array_index (items, Item, i - 1).kind != IT_COMMA)
    return FALSE;
  while (t > 0 && i - t < MAX_APPOSITIVE_ITEMS && g_array_index (items, Item, t - 1).kind != IT_END)
    {
      if (g_array_index (items, Item, t - 1).kind == IT_COLON)
        return FALSE;
      t--;
    }
  if (t > 0 && g_array_index (items, Item, t - 1).kind != IT_END)
    return FALSE;
  for (;;)
    {
      c = t;
      while (c < i - 1 && g_array_index (items, Item, c).kind != IT_COMMA)
        c++;
      if (c >= i - 1 || c == t)
        return FALSE;
      if (opens_adverbial (ds, items, t, c))
        {
          t = c + 1;
          continue;
        }
      if (c == t + 1 && g_array_index (items, Item, t).kind == IT_WORD)
        {
          g_autofree char *word = px_quote_span_text (ds, g_array_index (items, Item, t).start,
                                                      g_array_index (items, Item, t).end);

          if (!looks_like_name (ds, word))
            {
              t = c + 1;
              continue;
            }
        }
      break;
    }
  if (!name_words_only (ds, items, t, c) || !g_array_index (items, Item, c - 1).cap)
    return FALSE;
  px_quote_set_speaker_np (&name, ds, items, t, c);
  if (name.kind != SPK_NAME || name.np_weak || px_quote_is_place (name.np))
    {
      g_free (name.np);
      return FALSE;
    }
  px_quote_take_np (f, &name);
  return TRUE;
}

/* "Vice President Ada Marr, Lane said, had been in the Senate for “a
 * thousand years”": a speech verb set off by commas inside a sentence
 * that goes on in lower case after it is an aside; its subject is the
 * name right before it, between the commas, not the sentence's subject.
 * Only a person the text names in full, or "he"/"she" (a role there is
 * more often an appositive: "Ann Lee, the mayor, said"). */
static gboolean
parenthetical_speaker (Found *f, DocScan *ds, GArray *items, guint v, guint i)
{
  guint a = i;
  Found aside = { 0 };

  if (v + 2 >= items->len || g_array_index (items, Item, v + 1).kind != IT_COMMA ||
      g_array_index (items, Item, v + 2).kind != IT_WORD || g_array_index (items, Item, v + 2).cap)
    return FALSE;
  while (a > 0 && i - a <= 3 && g_array_index (items, Item, a - 1).kind == IT_WORD &&
         g_array_index (items, Item, a - 1).cap)
    a--;
  if (a == i || a < 2 || g_array_index (items, Item, a - 1).kind != IT_COMMA ||
      g_array_index (items, Item, a - 2).kind != IT_WORD)
    return FALSE;
  px_quote_set_speaker_np (&aside, ds, items, a, i);
  if (aside.kind != SPK_NAME || aside.np_weak || !(px_quote_names_person (ds, aside.np) || px_quote_known_person (ds, aside.np)))
    {
      g_free (aside.np);
      return FALSE;
    }
  px_quote_take_np (f, &aside);
  return TRUE;
}

void
px_quote_subject_of (Found *f, DocScan *ds, GArray *items, guint v)
{
  guint i = v, s;
  gboolean who_verb = FALSE;

  while (i > 0 && px_quote_is_adverb (&g_array_index (items, Item, i - 1)))
    i--;
  if (opening_name_then_appositive (f, ds, items, i))
    return;
  if (parenthetical_speaker (f, ds, items, v, i))
    return;
  if (i > 0 && (px_quote_is_pronoun (&g_array_index (items, Item, i - 1)) ||
                px_quote_item_in (items, i - 1, WR_THING_PRONOUN)))
    {
      px_quote_set_speaker_np (f, ds, items, i - 1, i);
      return;
    }
  if (i > 0 && (px_quote_item_in (items, i - 1, WR_CONJUNCTION) ||
                px_quote_item_in (items, i - 1, WR_CONTRAST_CONJUNCTION)))
    {
      /* "he laughed and said": the subject of the verb before "and". */
      if (i >= 3 && px_quote_is_pronoun (&g_array_index (items, Item, i - 3)) &&
          g_array_index (items, Item, i - 2).kind == IT_WORD &&
          px_quote_is_finite_verb (g_array_index (items, Item, i - 2).lower))
        {
          px_quote_set_speaker_np (f, ds, items, i - 3, i - 2);
          return;
        }
      px_quote_sentence_subject (f, ds, items, i - 1);
      return;
    }
  /* ", who has a blog," between the subject and its verb. */
  if (i > 0 && g_array_index (items, Item, i - 1).kind == IT_COMMA)
    for (guint k = i - 1; k > 0 && k + MAX_SUBJECT_BEFORE > i; k--)
      {
        const Item *it = &g_array_index (items, Item, k - 1);

        if (it->kind == IT_END)
          break;
        if (it->kind == IT_COMMA && (px_quote_item_in (items, k, WR_PERSON_RELATIVE) ||
                                     px_quote_item_in (items, k, WR_THING_RELATIVE)))
          {
            i = k - 1;
            break;
          }
      }
again:
  s = i;
  while (s > 0 && i - s < MAX_SUBJECT_BEFORE &&
         g_array_index (items, Item, s - 1).kind != IT_END && !is_dash (items, s - 1) &&
         (px_quote_may_be_in_subject (&g_array_index (items, Item, s - 1)) ||
          px_quote_item_in (items, s - 1, WR_DEFINITE_ARTICLE) ||
          px_quote_item_in (items, s - 1, WR_INDEFINITE_ARTICLE) ||
          /* "Ann Lee, president and CEO of the club, said" */
          (px_quote_item_in (items, s - 1, WR_CONJUNCTION) && s < i && px_quote_is_title (&g_array_index (items, Item, s))) ||
          /* "chairman of the House Ways and Means Committee" */
          (px_quote_item_in (items, s - 1, WR_CONJUNCTION) && s < i && s >= 2 &&
           g_array_index (items, Item, s).cap && g_array_index (items, Item, s - 2).cap &&
           g_array_index (items, Item, s - 2).kind == IT_WORD) ||
          /* "Tom Berg, pastor of the church and a Marsh supporter, said":
           * an appositive set off by commas may hold "and". */
          (px_quote_item_in (items, s - 1, WR_CONJUNCTION) && s < i && in_appositive (items, s - 1, i) &&
           (g_array_index (items, Item, s).classes & WC_DETERMINER))) &&
         !px_quote_is_relative_who (items, s - 1) && !px_quote_is_verb (&g_array_index (items, Item, s - 1)))
    s--;
  /* "Ann Lee, the Alabama Republican who heads the Banking Committee,
   * said": the relative clause is no subject, the noun before "who"
   * and the name before it are. */
  if (who_verb && ((s > 0 && g_array_index (items, Item, s - 1).kind != IT_END) ||
                   !g_array_index (items, Item, s).cap))
    return;
  for (guint k = s; who_verb && k < i; k++)
    if (g_array_index (items, Item, k).kind == IT_COMMA)
      return;
  /* "A Brooklyn woman who claims she had a “…” says": a verb right
   * after "who" has the noun before it as subject, when that noun
   * phrase opens the sentence (a capital: the words may start after
   * another quote), in one piece (not "supporters who
   * complained", the object of a verb before; not 'One ad, "Rebellion,"
   * stars an impersonator who promises'). */
  if (s >= 2 && s <= i && px_quote_is_relative_who (items, s - 1) &&
      g_array_index (items, Item, s - 2).kind == IT_WORD)
    {
      who_verb = s == i;
      i = s - 1;
      goto again;
    }
  s = after_run_in_headline (items, s, i);
  while (s < i && g_array_index (items, Item, s).kind == IT_COMMA)
    s++;
  /* "A letter by Ann Lee said", "a study released by the Harbour
   * Institute, a think tank, concluded": the words cut off after the
   * preposition are the statement's author, who said it. */
  /* "The group that took a swath of western and northern Iraq
   * announced": words cut off after a preposition or "and" are the end
   * of a longer subject, not the subject. */
  if (s < i && cut_after_preposition (items, s, i))
    return;
  /* "In a swipe against Ivo Marsh, Lee said": a first piece cut off
   * after a preposition is that preposition's object; the subject
   * comes after its comma. */
  {
    guint c = s;

    while (c < i && g_array_index (items, Item, c).kind != IT_COMMA)
      c++;
    if (c > s && c + 1 < i && cut_after_preposition (items, s, c))
      s = c + 1;
  }
  /* "he asked about the Brotherhood, called her a “…”": a comma right
   * before the verb ends the object of a preposition, in a list of the
   * sentence subject's verbs; a subject is not cut from its verb by one
   * comma. */
  if (s + 1 < i && g_array_index (items, Item, i - 1).kind == IT_COMMA &&
      cut_after_preposition (items, s, i - 1))
    return;
  if (s < i && owned_role (f, ds, items, s, i))
    return;
  if (s < i)
    px_quote_subject_pieces (f, ds, items, s, i);
}

gboolean
px_quote_is_passive (GArray *items, guint v)
{
  guint i = v;

  /* "is telling customers": a participle, not a passive. */
  if (px_quote_has_ending (WE_PARTICIPLE, g_array_index (items, Item, v).lower))
    return FALSE;

  while (i > 0 && px_quote_is_adverb (&g_array_index (items, Item, i - 1)) &&
         !px_quote_item_in (items, i - 1, WR_PERFECT_AUXILIARY))
    i--;
  return i > 0 && px_quote_item_in (items, i - 1, WR_PASSIVE_AUXILIARY);
}


gboolean
px_quote_may_be_in_subject (const Item *it)
{
  if (it->kind == IT_HYPHEN || it->kind == IT_COMMA)
    return TRUE;
  if (it->kind != IT_WORD)
    return FALSE;
  if (it->cap || px_quote_is_pronoun (it) || px_quote_has_role (it, WR_THING_PRONOUN) ||
      px_quote_is_adverb (it) || it->possessive)
    return TRUE;
  /* Function words a subject before a speech verb may hold: "a
   * spokesman for the campaign", and "one" or "another" as "a" ('“…,”
   * one passenger said': someone unnamed, not the person the sentence
   * before names). */
  if (px_quote_has_role (it, WR_SUBJECT_WORD) || px_quote_has_role (it, WR_UNNAMED_DETERMINER))
    return TRUE;
  /* A lower-case noun ("press", "worker"), not a verb or a conjunction. */
  return !(it->classes & (WC_FUNCTION | WC_SPEECH_VERB | WC_STOP));
}

/* items[s, v) is the subject before a speech verb, perhaps in pieces
 * cut by commas: "Blunt, after a long pause," / "Miller, a retired
 * worker," / "The town's engineer, Sofia Lindqvist,".  The piece that
 * names someone; else the first that says who. */

/* A lone capitalised word opening a sentence is a name unless it reads
 * like an adjective or an adverb, or the text writes it in lower case:
 * "Frustrated, Sanders said", "Hastily, the aide added"; but the
 * surname of someone named in full is a name ("Boreing said"). */
static gboolean
looks_like_name (DocScan *ds, const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  /* "Boreing said": the surname of someone the text names in full,
   * whatever its ending. */
  if (px_quote_known_person (ds, word))
    return TRUE;
  return !px_quote_has_ending (WE_MODIFIER, lower) && !px_quote_written_lower (ds, word);
}

/* Whether items[a, e) open an adverbial phrase rather than a noun phrase:
 * a preposition ("In a swipe against…", "After meeting…") or a
 * participle ("Talking about…", "Reached by phone"). */
static gboolean
opens_adverbial (DocScan *ds, GArray *items, guint a, guint e)
{
  Item *it = &g_array_index (items, Item, a);

  if (it->kind != IT_WORD || it->acronym)
    return FALSE;
  px_quote_item_fill (ds, it);
  if (px_quote_has_role (it, WR_NAME_PREPOSITION) ||
      px_quote_has_role (it, WR_ADVERBIAL_OPENER))
    return TRUE;
  if (a + 1 < e && px_quote_has_ending (WE_PARTICIPLE, it->lower) &&
      !(it->classes & WC_TITLE))
    {
      g_autofree char *word = g_strndup (ds->text + it->start, it->end - it->start);

      return !it->cap || !looks_like_name (ds, word);
    }
  return FALSE;
}

/* Whether items[a, e) end with a place phrase: a preposition of place
 * and capitalised words ("a radio host in Cape Breton", "Ann Lee of
 * Salem"). */
static gboolean
ends_in_place_phrase (DocScan *ds, GArray *items, guint a, guint e)
{
  guint i = e;

  while (i > a && g_array_index (items, Item, i - 1).kind == IT_WORD &&
         g_array_index (items, Item, i - 1).cap)
    i--;
  if (i == e || i == a)
    return FALSE;
  px_quote_item_fill (ds, &g_array_index (items, Item, i - 1));
  return px_quote_item_in (items, i - 1, WR_HOME_PREPOSITION);
}

/* Whether items[a, e) are capitalised words only. */
gboolean
px_quote_all_capitalised (GArray *items, guint a, guint e)
{
  for (guint i = a; i < e; i++)
    if (g_array_index (items, Item, i).kind != IT_WORD || !g_array_index (items, Item, i).cap)
      return FALSE;
  return e > a;
}

/* Whether items[a, b) hold a title. */
static gboolean
titled_between (DocScan *ds, GArray *items, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    {
      px_quote_item_fill (ds, &g_array_index (items, Item, k));
      if (px_quote_is_title (&g_array_index (items, Item, k)))
        return TRUE;
    }
  return FALSE;
}

/* Whether the name at @np_pos in items[a, e) is the object of a
 * preposition in a description that opens in lower case or with a
 * determiner: "Ann Lee, a senior fellow at the Center for Global
 * Development, said" is Ann Lee, not the Center. */
static gboolean
name_in_description (DocScan *ds, GArray *items, guint a, guint e, guint32 np_pos)
{
  Item *first = &g_array_index (items, Item, a);

  if (first->kind != IT_WORD)
    return FALSE;
  /* In lower case, or a determiner that opens the sentence: "The group
   * that took a swath of Iraq announced". */
  px_quote_item_fill (ds, first);
  if (first->cap && !(first->classes & WC_DETERMINER))
    return FALSE;
  /* "A spokesperson for the Foreign Office said": the office speaks
   * (but "a spokesman for Attorney General Greg Abbott" is not Abbott). */
  if ((first->classes & WC_DETERMINER) && px_quote_item_in (items, a + 1, WR_SPOKESPERSON) &&
      px_quote_item_in (items, a + 2, WR_NAME_PREPOSITION))
    {
      guint k = a + 3;
      Item *last;

      if (k < e && (g_array_index (items, Item, k).classes & WC_DETERMINER))
        k++;
      while (k < e && g_array_index (items, Item, k).kind == IT_WORD && g_array_index (items, Item, k).cap)
        k++;
      last = &g_array_index (items, Item, k - 1);
      px_quote_item_fill (ds, last);
      if (k == e && last->cap && ((last->classes & WC_ORG) || last->acronym))
        return FALSE;
    }
  /* "A letter by Ann Lee said": the letter's author. */
  {
    guint k = px_quote_statement_noun_after (ds, items, a, e);

    if (k > a && px_quote_author_after (ds, items, k, e) > 0)
      return FALSE;
  }
  for (guint k = a; k < e; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      if (it->start >= np_pos)
        return FALSE;
      if (it->kind != IT_WORD || it->cap)
        continue;
      px_quote_item_fill (ds, it);
      /* Not the preposition inside a name after the determiner: "The
       * Council on Harbour Relations director Nihad Awad said" (but "The
       * High Commissioner for Harbour Rights" gives a title its field). */
      if (px_quote_has_role (it, WR_NAME_PREPOSITION) &&
          !(k > a + 1 && (first->classes & WC_DETERMINER) && px_quote_all_capitalised (items, a + 1, k) &&
            !titled_between (ds, items, a + 1, k)))
        return TRUE;
    }
  return FALSE;
}

/* How surely a piece of a sentence before its verb, set off by commas,
 * is the verb's subject: a full name beats a lone name, which beats "he"
 * or "the senator"; a lone capitalised word that opens the sentence
 * ("Frustrated, Sanders said") comes after those, and a name that only
 * may be one (a place, a weak name) last. */
typedef enum {
  SUBJECT_NONE,          /* no name, or one inside a description */
  SUBJECT_DOUBTFUL,      /* a weak name, a place, an office after a full name */
  SUBJECT_OPENING_WORD,  /* a lone capitalised word that opens the sentence */
  SUBJECT_REFERENCE,     /* a pronoun or a role: "he", "the senator" */
  SUBJECT_LONE_NAME,     /* "Sanders" */
  SUBJECT_FULL_NAME,     /* "Bernie Sanders" */
} SubjectScore;

/* Whether items[e - 1] is a title word ("Officer"), read as a surname
 * where it ends a name (so its list is asked). */
static gboolean
ends_in_title_word (DocScan *ds, GArray *items, guint e)
{
  Item *last = &g_array_index (items, Item, e - 1);

  px_quote_item_fill (ds, last);
  return (px_quote_word_classes (last->lower) & WC_TITLE) != 0;
}

/* The score of @piece, read from items[a, e); @place_goes_on when its
 * words go on naming the place the piece before ended with, @best the
 * score of the best piece before it. */
static SubjectScore
subject_score (DocScan *ds, GArray *items, guint a, guint e, const Found *piece,
               gboolean place_goes_on, SubjectScore best)
{
  if (piece->kind == SPK_PRONOUN || piece->kind == SPK_ROLE)
    return SUBJECT_REFERENCE;
  if (piece->kind != SPK_NAME || name_in_description (ds, items, a, e, piece->np_pos))
    return SUBJECT_NONE;
  if (piece->np_weak || px_quote_is_place (piece->np) || place_goes_on)
    return SUBJECT_DOUBTFUL;
  /* "Ivo Marsh, Chief Public Relations Officer, said": capitalised
   * words ending in a title word, after a full name, are that name's
   * office, not a second name nearer the verb. */
  if (best == SUBJECT_FULL_NAME && ends_in_title_word (ds, items, e))
    return SUBJECT_DOUBTFUL;
  if (strchr (piece->np, ' '))
    return SUBJECT_FULL_NAME;
  if (piece->np_pos == g_array_index (items, Item, 0).start && !looks_like_name (ds, piece->np))
    return SUBJECT_OPENING_WORD;
  return SUBJECT_LONE_NAME;
}

/* The subject of the sentence whose words before its verb are items[s,
 * v): the best scored of its pieces set off by commas. */
void
px_quote_subject_pieces (Found *f, DocScan *ds, GArray *items, guint s, guint v)
{
  Found best = { 0 };
  SubjectScore best_score = SUBJECT_NONE;
  gboolean after_place = FALSE, unnamed = FALSE;

  for (guint a = s; a < v;)
    {
      Found piece = { 0 };
      guint b = a, e;
      SubjectScore score;
      gboolean place_goes_on;

      while (b < v && g_array_index (items, Item, b).kind != IT_COMMA)
        b++;
      e = b;
      while (e > a && px_quote_is_adverb (&g_array_index (items, Item, e - 1)))
        e--;
      /* "In a swipe against Dana Okoro, Ada Marr said", "Talking about
       * Okoro, Ivo Marsh told": a piece that opens with a preposition
       * or a participle, set off by a comma, is no subject (but "As Ivo
       * Marsh explained" is). */
      if (e > a && !(b < v && opens_adverbial (ds, items, a, e)))
        {
          px_quote_set_speaker_np (&piece, ds, items, a, e);
          /* Only a description that opens the sentence: one after a
           * name cut off before the subject ("[Ivo Marsh,] a Marr
           * pollster who…, said") describes that name. */
          unnamed |= piece.kind == SPK_UNKNOWN && a == s &&
                     (s == 0 || g_array_index (items, Item, s - 1).kind == IT_END);
        }
      /* "As Ada Marr, an expert on the port, noted": "as" and a name
       * set off by the comma of an appositive. */
      else if (b < v && a + 1 < e && px_quote_item_in (items, a, WR_AS_CLAUSE_OPENER) &&
               px_quote_is_name_word (&g_array_index (items, Item, a + 1)))
        px_quote_set_speaker_np (&piece, ds, items, a + 1, e);
      /* "a radio host in Cape Breton, Nova Scotia,": capitalised words
       * right after a place phrase go on naming the place. */
      place_goes_on = after_place && px_quote_all_capitalised (items, a, e);
      after_place = e > a && ends_in_place_phrase (ds, items, a, e);
      score = subject_score (ds, items, a, e, &piece, place_goes_on, best_score);
      /* On a tie the piece nearer the verb ("Discussing Ann Lee,
       * former ambassador Ivo Marsh told"); a place after a full name
       * scores lower ("Stacy Baker of Columbia, South Carolina, says"). */
      if (score > best_score || (score == best_score && score > SUBJECT_NONE))
        {
          g_free (best.np);
          best = piece;
          best_score = score;
        }
      else
        g_free (piece.np);
      a = b + 1;
    }
  if (best.kind != SPK_NONE)
    {
      px_quote_take_np (f, &best);
      f->np_described = best.np_described;
      f->np_owned = best.np_owned;
    }
  /* "A Brooklyn woman said: “…”", "A Marsh supporter said she had a
   * “…”": someone unnamed is the subject, whom no name elsewhere in
   * the sentence stands for. */
  else if (unnamed)
    f->kind = SPK_UNKNOWN;
}
