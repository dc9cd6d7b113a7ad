/* px-quote-noun-phrase.c: who a noun phrase names
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The patterns (px-quote-patterns.c) and the subject finder
 * (px-quote-subject.c) point at a run of words, before or after a speech
 * verb; this file reads that run as a speaker: a name, a role ("the
 * secretary"), a pronoun, an organisation ("the Marr campaign"), a
 * spokesperson's ("Foreign Office spokesman") or a statement's source
 * ("the statement said"), dropping what only describes it.  It also
 * reads the noun phrase after a speech verb ("said Kerry, who…") and
 * tells whether a name is a person's the article gives in full.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"
#include "px-tokenizer.h"

gboolean
px_quote_is_adverb (const Item *it)
{
  return it->kind == IT_WORD && !it->cap &&
         ((it->classes & WC_ADVERB) || px_quote_has_ending (WE_ADVERB, it->lower));
}

gboolean
px_quote_is_np_word (const Item *it)
{
  return it->kind == IT_HYPHEN ||
         (it->kind == IT_WORD && (it->cap || px_quote_is_title (it) || px_quote_is_particle (it) ||
                                  px_quote_has_role (it, WR_NAME_JOINER)));
}

/* Whether items[a, b) hold a preposition of affiliation ("Ann Lee of
 * the club", "Ann Lee at the club"). */
static gboolean
of_between (GArray *items, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    {
      const Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_WORD && !it->cap && px_quote_has_role (it, WR_AFFILIATION_PREPOSITION))
        return TRUE;
    }
  return FALSE;
}


/* How many lower-case words may follow a name that qualifies them before
 * the noun they describe: "the Republican presidential candidate". */
#define MAX_QUALIFIED_WORDS 3

/* Whether items[k] is a lower-case noun or adjective that a name before
 * it qualifies ("U.S. media", "Q poll", "Latino conservative"): no
 * verb, adverb, participle or function word. */
static gboolean
qualified_word (DocScan *ds, GArray *items, guint k)
{
  Item *it = px_quote_word_item (ds, items, k, FALSE);

  if (it == NULL)
    return FALSE;
  /* "Gupta wouldn't comment": a verb cut by its "n't". */
  if (it->end < ds->len && (ds->text[it->end] == '\'' || g_str_has_prefix (ds->text + it->end, "’")))
    return FALSE;
  return !(it->classes & (WC_SPEECH_VERB | WC_FINITE_VERB | WC_PARTICIPLE | WC_FUNCTION | WC_STOP |
                          WC_DETERMINER | WC_ADVERB | WC_PARTICLE)) &&
         !px_quote_is_finite_verb (it->lower) && !px_quote_has_ending (WE_MODIFIER, it->lower) &&
         !px_quote_has_role (it, WR_NAME_JOINER) && !px_quote_has_role (it, WR_CONJUNCTION);
}

/* Whether items[k] is a lower-case word that may go on a noun phrase
 * ("union leaders"): no speech verb, function word, adverb or verb the
 * lists know. */
static gboolean
noun_goes_on (DocScan *ds, GArray *items, guint k)
{
  Item *it = px_quote_word_item (ds, items, k, FALSE);

  return it && !(it->classes & (WC_SPEECH_VERB | WC_FINITE_VERB | WC_FUNCTION | WC_STOP | WC_DETERMINER |
                          WC_ADVERB | WC_PARTICLE)) && !px_quote_is_adverb (it);
}

/* Where the lower-case words a name qualifies, from items[k] on, end:
 * at an organisation's or a statement's noun ("the Tidewire ferry
 * campaign", "a Marr campaign statement"), which is returned, or past
 * the last of them.  @title is set to the first title among them ("the
 * Labour port director"). */
static guint
qualified_run_end (DocScan *ds, GArray *items, guint k, const Item **title)
{
  guint from = k;

  for (; k < items->len && k < from + 2 * MAX_QUALIFIED_WORDS; k++)
    {
      const Item *it = &g_array_index (items, Item, k);

      /* "mobile-phone" */
      if (it->kind == IT_HYPHEN && k > from && it->start == g_array_index (items, Item, k - 1).end)
        continue;
      if (!qualified_word (ds, items, k) || (it->classes & (WC_ORG_NOUN | WC_STATEMENT)))
        break;
      if (*title == NULL && px_quote_is_title (it))
        *title = it;
    }
  return k;
}

/* Whether items[a, b) are lower-case words ending in an organisation's
 * noun: "publication", "weekly newspaper". */
static gboolean
names_org_noun_run (DocScan *ds, GArray *items, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    if (px_quote_word_item (ds, items, k, FALSE) == NULL)
      return FALSE;
  return b > a && (g_array_index (items, Item, b - 1).classes & WC_ORG_NOUN);
}

/* Turns the noun phrase items[s, e) into a speaker. */
/* Whether the word of @it stands inside a sentence, not at its start:
 * after a word or a comma, or after a quote that ends with a comma. */
static gboolean
inside_sentence (DocScan *ds, const Item *it)
{
  const char *p = ds->text + it->start;

  while (p > ds->text && (p[-1] == ' ' || p[-1] == '\t'))
    p--;
  if (p == ds->text)
    return FALSE;
  p = g_utf8_find_prev_char (ds->text, p);
  switch (g_utf8_get_char (p))
    {
    case '"': case 0x201D: case 0x2019: case '\'':
      if (p == ds->text)
        return FALSE;
      while (p > ds->text && p[-1] == ' ')
        p--;
      return p > ds->text && p[-1] == ',';
    case '.': case '!': case '?': case '\n': case ':':
      return FALSE;
    default:
      return TRUE;
    }
}

/* Where the organisation's name that the title word items[i] opens
 * with the capitalised words after it ends: "State" of "the State
 * Department", "Foreign" of "the British Foreign Office" ("Lt. Gregg
 * Hastings of the Oregon State Police"), not of "Secretary of State
 * John Kerry" nor of "Former House speaker".  @i when it opens none. */
static guint
org_name_end (DocScan *ds, GArray *items, guint i, guint e)
{
  guint k = i;

  if (i >= e || g_array_index (items, Item, i).kind != IT_WORD || !g_array_index (items, Item, i).cap ||
      !px_quote_is_title (&g_array_index (items, Item, i)))
    return i;
  while (k + 1 < e && g_array_index (items, Item, k + 1).kind == IT_WORD &&
         g_array_index (items, Item, k + 1).cap && !g_array_index (items, Item, k).possessive)
    k++;
  if (k == i)
    return i;
  px_quote_item_fill (ds, &g_array_index (items, Item, k));
  /* "Former House speaker John Boehner": the words qualify the noun
   * after them. */
  if (k + 1 < e && (px_quote_is_title (&g_array_index (items, Item, k + 1)) ||
                    qualified_word (ds, items, k + 1)))
    return i;
  if ((g_array_index (items, Item, k).classes & WC_ORG) && !px_quote_is_title (&g_array_index (items, Item, k)))
    return k + 1;
  return i;
}

/* "Russia's foreign ministry said", "the French foreign ministry", "the
 * U.S. attorney's office", "Lee's campaign": a name that qualifies
 * lower-case words ending in an organisation's noun names that
 * organisation, though a title word stands among them ("foreign",
 * "attorney's"); not when the name is a person's the text names ("the
 * Marr campaign" of Ada Marr is hers, as the rules after this one give
 * it).  Whether items[s, e) is one.  The speaker is written as the text
 * has it, without the article; a possessive right before the noun goes,
 * but a place's ("Lee campaign", as resolve_organisation() writes it). */
static gboolean
qualified_organisation (Found *f, DocScan *ds, GArray *items, guint s, guint e)
{
  Item *first = &g_array_index (items, Item, s), *head = &g_array_index (items, Item, e - 1), *owner;
  guint from = s, end, n_words;
  gboolean org;
  g_autofree char *name = NULL;

  px_quote_item_fill (ds, first);
  px_quote_item_fill (ds, head);
  if (first->classes & WC_DETERMINER)
    {
      if (!px_quote_has_role (first, WR_DEFINITE_ARTICLE))
        return FALSE;
      from++;
    }
  if (from + 2 > e || head->kind != IT_WORD || head->cap || head->possessive || !(head->classes & WC_ORG_NOUN))
    return FALSE;
  end = px_quote_name_run (ds, items, from, e, &n_words, &org);
  if (n_words == 0 || end >= e || e - end > MAX_QUALIFIED_WORDS + 1)
    return FALSE;
  for (guint k = end; k + 1 < e; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      /* "mobile-phone" */
      if (it->kind == IT_HYPHEN && it->start == g_array_index (items, Item, k - 1).end)
        continue;
      if (!qualified_word (ds, items, k) && !(it->kind == IT_WORD && !it->cap && px_quote_is_title (it)))
        return FALSE;
    }
  owner = &g_array_index (items, Item, end - 1);
  name = px_quote_span_text (ds, g_array_index (items, Item, from).start, owner->end);
  if (owner->possessive)
    {
      char *q = g_utf8_strrchr (name, -1, 0x2019);

      if (q == NULL)
        q = strrchr (name, '\'');
      if (q)
        *q = '\0';
    }
  if (px_quote_names_person (ds, name))
    return FALSE;
  f->kind = SPK_NAME;
  f->np_weak = TRUE;   /* an organisation's, as px_quote_set_speaker_np() marks them */
  f->np_pos = g_array_index (items, Item, from).start;
  if (owner->possessive && end + 1 == e && !(owner->classes & WC_PLACE))
    f->np = g_strdup_printf ("%s %s", name, head->lower);
  else
    f->np = px_quote_span_text (ds, f->np_pos, head->end);
  return TRUE;
}

/* Where the statement noun is in items[s, e) after the determiner at
 * items[s] and at most MAX_STATEMENT_WORDS words ("a joint statement",
 * "the letter"); s when there is none. */
guint
px_quote_statement_noun_after (DocScan *ds, GArray *items, guint s, guint e)
{
  px_quote_item_fill (ds, &g_array_index (items, Item, s));
  if (!(g_array_index (items, Item, s).classes & WC_DETERMINER))
    return s;
  for (guint k = s + 1; k < e && k <= s + MAX_STATEMENT_WORDS; k++)
    {
      Item *noun = &g_array_index (items, Item, k);

      if (noun->kind != IT_WORD || noun->cap)
        break;
      px_quote_item_fill (ds, noun);
      if ((noun->classes & WC_STATEMENT) && !noun->possessive)
        return k;
    }
  return s;
}


/* Whether items[b, e) are a name, then a spokesperson's noun, perhaps
 * after organisations' nouns: "Foreign Office spokesman", "Harbour
 * campaign spokeswoman". */
static gboolean
spokesperson_of_name (DocScan *ds, GArray *items, guint b, guint e)
{
  guint k = b;

  if (b >= e || !px_quote_item_in (items, e - 1, WR_SPOKESPERSON) || g_array_index (items, Item, e - 1).cap)
    return FALSE;
  for (; k + 1 < e; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      px_quote_item_fill (ds, it);
      /* Capitalised, titles too ("Foreign Office") */
      if (it->kind != IT_WORD || !it->cap || (it->classes & WC_DETERMINER) || it->possessive)
        break;
    }
  if (k == b)
    return FALSE;
  for (; k + 1 < e; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      px_quote_item_fill (ds, it);
      if (it->kind != IT_WORD || it->cap || !(it->classes & WC_ORG_NOUN))
        return FALSE;
    }
  return TRUE;
}

void
px_quote_set_speaker_np (Found *f, DocScan *ds, GArray *items, guint s, guint e)
{
  int last_title = -1;
  guint best_s = 0, best_e = 0, best_words = 0;
  guint held_s = 0, held_e = 0, held_words = 0;
  gboolean best_org = FALSE, held_org = FALSE;
  const Item *first;

  f->np_owned = FALSE;
  while (s < e && g_array_index (items, Item, e - 1).kind != IT_WORD)
    e--;
  while (s < e && g_array_index (items, Item, s).kind != IT_WORD)
    s++;
  if (s >= e)
    return;
  first = &g_array_index (items, Item, s);
  /* "he said"; "it said", "they said": an organisation's, or a person's
   * the text does not say the gender of (px-quote-resolution.c). */
  if (e - s == 1 && (px_quote_is_pronoun (first) || px_quote_has_role (first, WR_THING_PRONOUN)))
    {
      f->kind = SPK_PRONOUN;
      f->np = g_strdup (first->lower);
      f->np_pos = first->start;
      return;
    }
  if (qualified_organisation (f, ds, items, s, e))
    return;
  /* "A letter by Ann Lee said", "the study by the Harbour Institute
   * concluded": what a statement says is its author's. */
  {
    guint k = px_quote_statement_noun_after (ds, items, s, e);

    if (k > s && px_quote_statement_author (f, ds, items, k, e))
      return;
  }
  /* "the Department of Justice said": the whole noun phrase is one
   * organisation's name, though it ends in a title. */
  px_quote_item_fill (ds, &g_array_index (items, Item, s));
  {
    guint from = s + ((first->classes & WC_DETERMINER) && !first->cap ? 1 : 0);
    guint n_words = 0;
    gboolean org = FALSE;

    if (from < e && px_quote_name_run (ds, items, from, e, &n_words, &org) == e && org &&
        n_words >= 2 && of_between (items, from, e) &&
        px_quote_is_title (&g_array_index (items, Item, e - 1)))
      {
        f->kind = SPK_NAME;
        f->np = px_quote_span_text (ds, g_array_index (items, Item, from).start,
                                    g_array_index (items, Item, e - 1).end);
        f->np_pos = g_array_index (items, Item, from).start;
        return;
      }
  }
  /* Not "the Governor's Office of Emergency Services": a title's
   * possessive inside an organisation's name. */
  for (guint i = s; i < e; i++)
    if (px_quote_is_title (&g_array_index (items, Item, i)) && org_name_end (ds, items, i, e) == i &&
        !px_quote_possessive_in_name (ds, items, i, e))
      last_title = i;

  /* '," trade magazine The Hollywood Reporter wrote': a capitalised
   * "The" inside a sentence opens the name of a publication or an
   * organisation, though its last word is a title. */
  if (last_title == (int) e - 1)
    for (guint k = s; k + 2 < e; k++)
      if (px_quote_item_in (items, k, WR_DEFINITE_ARTICLE) && g_array_index (items, Item, k).cap &&
          inside_sentence (ds, &g_array_index (items, Item, k)) &&
          px_quote_all_capitalised (items, k + 1, e))
        {
          f->kind = SPK_NAME;
          f->np = px_quote_span_text (ds, g_array_index (items, Item, k + 1).start,
                             g_array_index (items, Item, e - 1).end);
          f->np_pos = g_array_index (items, Item, k + 1).start;
          return;
        }

  /* The name after the last title, else any name ("Brad Komar, the
   * campaign's state director"); the last full name if several, but
   * not a place or an organisation after "of" or "the" ("Robert Quill
   * of the New York delegation"). */
  for (int pass = 0; pass < 2 && best_words == 0; pass++)
    {
      guint from = pass == 0 && last_title >= 0 ? (guint) last_title + 1 : s;
      gboolean best_after_word = FALSE;

      /* "the New Jersey governor": a role, the names only qualify it. */
      if (pass == 1 && (last_title < 0 || (first->classes & WC_DETERMINER)))
        break;
      for (guint i = from; i < e;)
        {
          guint n_words;
          gboolean org;
          guint end = org_name_end (ds, items, i, e);
          const Item *last;
          gboolean after_word;

          if (end > i)
            n_words = end - i, org = TRUE;
          else
            {
              end = px_quote_name_run (ds, items, i, e, &n_words, &org);
              /* "the British Foreign Office" */
              if (n_words > 0 && !g_array_index (items, Item, end - 1).possessive &&
                  org_name_end (ds, items, end, e) > end)
                {
                  guint org_end = org_name_end (ds, items, end, e);

                  n_words += org_end - end;
                  end = org_end;
                  org = TRUE;
                }
            }

          if (n_words == 0)
            {
              i++;
              continue;
            }
          last = &g_array_index (items, Item, end - 1);
          after_word = i > s && g_array_index (items, Item, i - 1).kind == IT_WORD &&
                       !g_array_index (items, Item, i - 1).cap &&
                       ((g_array_index (items, Item, i - 1).classes & (WC_DETERMINER | WC_FUNCTION)) ||
                        px_quote_item_in (items, i - 1, WR_NAME_PREPOSITION));
          /* "pro-Lee marchers", "anti-Marsh ads": a name glued to a
           * prefix qualifies what follows; nobody speaks by it. */
          if (i >= 2 && g_array_index (items, Item, i - 1).kind == IT_HYPHEN &&
              g_array_index (items, Item, i - 1).end == g_array_index (items, Item, i).start &&
              g_array_index (items, Item, i - 2).kind == IT_WORD &&
              !g_array_index (items, Item, i - 2).cap &&
              g_array_index (items, Item, i - 2).end == g_array_index (items, Item, i - 1).start)
            {
              i = end;
              continue;
            }
          /* "an Apollo Project-type effort", "Trump-style rallies": a
           * name glued to a lower-case word after it qualifies it. */
          if (end + 1 < e && g_array_index (items, Item, end).kind == IT_HYPHEN &&
              g_array_index (items, Item, end).start == g_array_index (items, Item, end - 1).end &&
              g_array_index (items, Item, end + 1).kind == IT_WORD &&
              !g_array_index (items, Item, end + 1).cap)
            {
              i = end;
              continue;
            }
          /* "Stuart Pimm, Professor of Conservation Ecology": a name
           * after a preposition after the title is the title's field;
           * held back in case no name is set off before the title. */
          if (pass == 0 && last_title >= 0 && i == from + 1 && after_word &&
              px_quote_item_in (items, i - 1, WR_NAME_PREPOSITION))
            {
              if (held_words == 0)
                {
                  held_s = i;
                  held_e = end;
                  held_words = n_words;
                  held_org = org;
                }
              i = end;
              continue;
            }
          /* Before the title, only a name set off by a comma: "Brad
           * Komar, the state director", not "State Department officials". */
          if (pass == 1 && !(end < e && g_array_index (items, Item, end).kind == IT_COMMA))
            {
              i = end;
              continue;
            }
          /* "Heiserman of the CORE Teachers", "Stu Rothenberg of the
           * Rothenberg Report": a name after "of" a person's name, not
           * after a title, is where the person works, not a speaker. */
          if (best_words > 0 && !best_org && i > 0 && best_e <= i &&
              of_between (items, best_e, i))
            {
              i = end;
              continue;
            }
          if (!(last->possessive && end < e) &&
              (best_words == 0 ||
               (best_words < 2 && n_words >= 2) ||
               /* "Trade publication Variety", "the Tidewire newspaper
                * Harbour Times": the name after an organisation's noun
                * that the name before qualifies. */
               (best_words == 1 && !best_after_word && i > best_e && best_e == best_s + 1 &&
                qualified_word (ds, items, best_e) && names_org_noun_run (ds, items, best_e, i)) ||
               (n_words >= 2 && (!after_word || best_after_word) && !org)))
            {
              best_s = i;
              best_e = end;
              best_words = n_words;
              best_org = org;
              best_after_word = after_word;
            }
          i = end;
        }
    }
  if (best_words == 0 && held_words > 0)
    {
      best_s = held_s;
      best_e = held_e;
      best_words = held_words;
      best_org = held_org;
    }
  if (best_words > 0)
    {
      const Item *a = &g_array_index (items, Item, best_s);
      const Item *b = &g_array_index (items, Item, best_e - 1);
      guint32 end = b->end;

      f->kind = SPK_NAME;
      f->np = px_quote_span_text (ds, a->start, end);
      /* "at the Free State Project", "a longtime Clinton supporter":
       * a name after a determiner or a preposition, or before the noun
       * it qualifies, is seldom the person speaking. */
      f->np_weak = best_org;
      if (best_s > 0 && best_s > s)
        {
          Item *before = &g_array_index (items, Item, best_s - 1);

          px_quote_item_fill (ds, before);
          f->np_weak |= before->kind == IT_WORD && !before->cap &&
                        ((before->classes & (WC_DETERMINER | WC_FUNCTION)) ||
                         px_quote_has_role (before, WR_NAME_PREPOSITION));
        }
      if (best_e < e)
        {
          Item *after = &g_array_index (items, Item, best_e);

          px_quote_item_fill (ds, after);
          f->np_weak |= after->kind == IT_WORD && !after->cap && !px_quote_is_particle (after) &&
                        !px_quote_has_role (after, WR_NAME_JOINER) &&
                        !px_quote_has_role (after, WR_CONJUNCTION);
        }
      /* "Marsh supporters chanted", "Lee High School fans": a crowd
       * that the name qualifies spoke, no one speaker. */
      if (best_e < e && (g_array_index (items, Item, best_e).classes & WC_GROUP) &&
          !g_array_index (items, Item, best_e).cap)
        {
          f->kind = SPK_UNKNOWN;
          g_clear_pointer (&f->np, g_free);
          return;
        }
      /* "a Marsh supporter", "a columnist for Pando", "an aide to Ann
       * Lee": the unnamed person speaks, not the one their name
       * qualifies (but "a Defence Ministry statement said" is the
       * ministry's, and "a spokesperson for the Foreign Office" speaks
       * for the office). */
      if (f->np_weak && (first->classes & WC_DETERMINER) &&
          !px_quote_has_role (first, WR_DEFINITE_ARTICLE) &&
          !(best_e < e && (g_array_index (items, Item, best_e).classes & WC_STATEMENT)) &&
          !(best_org && px_quote_item_in (items, s + 1, WR_SPOKESPERSON)))
        {
          f->kind = SPK_UNKNOWN;
          g_clear_pointer (&f->np, g_free);
          return;
        }
      /* "The U.S. media has claimed", "the Q poll finds", "one Latino
       * conservative has dubbed": one word before the noun it qualifies,
       * which names no person in the text, is a place's, a party's, a
       * people's or a thing's name, and nobody speaks by it.  The noun
       * may be a role the text gave someone ("the former Republican
       * presidential candidate continued"), or make the name an
       * organisation's ("the Not1More campaign"). */
      if (best_words == 1 && !(b->classes & (WC_ORG | WC_PLACE)) && !b->possessive &&
          qualified_word (ds, items, best_e) && !px_quote_names_person (ds, f->np))
        {
          const Item *title = NULL;
          guint head = qualified_run_end (ds, items, best_e, &title);
          guint classes = head < items->len ? g_array_index (items, Item, head).classes : 0;

          /* "Orange's mobile-phone unit said" (but "the Tidewire
           * newspaper Harbour Times": the name after it speaks; "Vell
           * union leaders": the organisation's people, named by it). */
          if ((classes & WC_ORG_NOUN) &&
              !(head + 1 < items->len && (px_quote_is_name_word (&g_array_index (items, Item, head + 1)) ||
                                          noun_goes_on (ds, items, head + 1))))
            {
              g_free (f->np);
              f->np = px_quote_span_text (ds, a->start, g_array_index (items, Item, head).end);
            }
          /* "a Defence Ministry statement": the name's. */
          else if (!(classes & (WC_ORG_NOUN | WC_STATEMENT)))
            {
              g_clear_pointer (&f->np, g_free);
              f->kind = SPK_UNKNOWN;
              if (title && px_quote_has_role (first, WR_DEFINITE_ARTICLE))
                {
                  f->kind = SPK_ROLE;
                  f->np = g_strdup (title->lower);
                  f->np_pos = first->start;
                }
              return;
            }
        }
      if (b->possessive)
        {
          char *q = g_utf8_strrchr (f->np, -1, 0x2019);
          if (q == NULL)
            q = strrchr (f->np, '\'');
          if (q)
            *q = '\0';
        }
      f->np_pos = a->start;
      /* "said Zadan and Meron", "producers Ann Lee and Ivo Marsh said":
       * two people named together, the last words before the verb or
       * after it, said it together; both are the speaker. */
      if (f->kind == SPK_NAME && !best_org && !b->possessive && best_e + 1 < e &&
          px_quote_item_in (items, best_e, WR_CONJUNCTION) && !g_array_index (items, Item, best_e).cap)
        {
          guint n2;
          gboolean org2;
          guint end2 = px_quote_name_run (ds, items, best_e + 1, e, &n2, &org2);

          if (n2 > 0 && !org2 && !g_array_index (items, Item, end2 - 1).possessive)
            {
              guint k = end2;

              while (k < e && px_quote_is_adverb (&g_array_index (items, Item, k)))
                k++;
              if (k == e)
                {
                  g_free (f->np);
                  f->np = px_quote_span_text (ds, a->start, g_array_index (items, Item, end2 - 1).end);
                }
            }
        }
      return;
    }
  /* "the campaign", "the House committee": an organisation the text
   * named before, resolved by its head noun; "the doctors": the group
   * of them it named. */
  if (px_quote_has_role (first, WR_DEFINITE_ARTICLE) && e - s >= 2)
    {
      Item *head = &g_array_index (items, Item, e - 1);

      px_quote_item_fill (ds, head);
      if (head->kind == IT_WORD && !head->cap && (head->classes & (WC_ORG_NOUN | WC_GROUP)))
        {
          f->kind = SPK_ROLE;
          f->np = g_strdup (head->lower);
          f->np_pos = first->start;
          return;
        }
      /* "the statement said": the source of the statement the text
       * brought in before. */
      if (head->kind == IT_WORD && !head->cap && !head->possessive && (head->classes & WC_STATEMENT))
        {
          px_quote_statement_source (f, ds, first->start);
          return;
        }
    }
  /* "a Foreign Office spokesman", "a Harbour campaign spokeswoman":
   * someone unnamed who speaks for the name, shown as the text
   * describes them. */
  if (px_quote_has_role (first, WR_INDEFINITE_ARTICLE) && spokesperson_of_name (ds, items, s + 1, e))
    {
      f->kind = SPK_ROLE;
      f->np = px_quote_span_text (ds, g_array_index (items, Item, s + 1).start,
                                  g_array_index (items, Item, e - 1).end);
      f->np_pos = first->start;
      f->np_described = TRUE;
      return;
    }
  if (last_title >= 0 && px_quote_has_role (first, WR_DEFINITE_ARTICLE) &&
      !g_str_has_suffix (g_array_index (items, Item, last_title).lower, "s"))
    {
      /* "the secretary", "The Secretary of State": the head noun names
       * the role; the person is the last one named with it. */
      for (guint i = s; i < e; i++)
        if (px_quote_is_title (&g_array_index (items, Item, i)))
          {
            f->kind = SPK_ROLE;
            f->np = g_strdup (g_array_index (items, Item, i).lower);
            f->np_pos = first->start;
            return;
          }
    }
}

/* Gives @f the speaker of @read, a Found a pattern filled on the side to
 * try a reading (by px_quote_set_speaker_np()): its kind, its noun
 * phrase, which @f now owns, and where that stands. */
void
px_quote_take_np (Found *f, Found *read)
{
  f->kind = read->kind;
  f->np = read->np;
  f->np_pos = read->np_pos;
}

/* Whether items[i…] are words describing the name that follows them
 * before any comma or sentence end: lower-case nouns and adjectives, and
 * "and" between two titles ("former Gov. and party Chairman Ed
 * Rendell"). */
gboolean
px_quote_describes_name_after (DocScan *ds, GArray *items, guint i, guint n)
{
  /* "said her nephew, Ravi Singh": a relation owned by someone is a
   * role as much as a title is. */
  gboolean titled = i > 0 && px_quote_is_owner (&g_array_index (items, Item, i - 1));

  for (guint k = i; k < n && k < i + MAX_DESCRIPTION_WORDS * 2; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_HYPHEN)
        continue;
      /* "said Rubio's deputy campaign manager, Rich Beeson": the role,
       * then its name set off by a comma. */
      if (it->kind == IT_COMMA && titled && k + 1 < n)
        {
          Item *next = &g_array_index (items, Item, k + 1);

          px_quote_item_fill (ds, next);
          return px_quote_is_name_word (next);
        }
      if (it->kind != IT_WORD)
        return FALSE;
      px_quote_item_fill (ds, it);
      if (px_quote_is_name_word (it))
        return TRUE;
      if (px_quote_is_title (it) || px_quote_has_role (it, WR_CONJUNCTION))
        {
          titled |= px_quote_is_title (it);
          continue;
        }
      if (it->cap || (it->classes & (WC_FUNCTION | WC_STOP | WC_SPEECH_VERB | WC_ADVERB)) ||
          it->possessive)
        return FALSE;
    }
  return FALSE;
}

/* "his", "her", "their", "its": a determiner that names an owner. */
gboolean
px_quote_is_owner (const Item *it)
{
  return px_quote_has_role (it, WR_OWNER_DETERMINER);
}

/* "who", "whose", "which", "that": a relative clause opens. */
gboolean
px_quote_opens_relative_clause (const Item *it)
{
  return px_quote_has_role (it, WR_RELATIVE_PRONOUN);
}

/* Words after a speech verb: "said Kerry, who…", "said Russia’s
 * ambassador to Beirut, Alexander Zasypkin". */
guint
px_quote_object_np (Found *f, DocScan *ds, GArray *items, guint v, guint n)
{
  guint e = v + 1;

  /* "said of Ivo Marsh", "wrote about the mayor": the words after a
   * preposition are whom it was said about, not who said it. */
  if (e < n && g_array_index (items, Item, e).kind == IT_WORD &&
      !g_array_index (items, Item, e).cap &&
      px_quote_item_in (items, e, WR_NAME_PREPOSITION))
    return e;
  /* "said a Marsh supporter", "wrote one voter": someone the text leaves
   * unnamed (unless a name follows in apposition: "said a spokesman,
   * Tom Ruud"), not the speaker of the quote before. */
  if (e < n && (px_quote_item_in (items, e, WR_INDEFINITE_ARTICLE) ||
                px_quote_item_in (items, e, WR_UNNAMED_DETERMINER)))
    {
      gboolean partitive = FALSE;

      for (guint k = e + 1; k < n && k <= e + MAX_APPOSITIVE_WORDS + partitive; k++)
        {
          Item *it = &g_array_index (items, Item, k);
          guint n_words;
          gboolean org;

          if (it->kind == IT_COMMA && k + 1 < n && px_quote_is_name_word (&g_array_index (items, Item, k + 1)))
            {
              guint end = px_quote_name_run (ds, items, k + 1, n, &n_words, &org);

              px_quote_set_speaker_np (f, ds, items, k + 1, end);
              return end;
            }
          if (it->kind != IT_WORD)
            break;
          px_quote_item_fill (ds, it);
          /* "wrote a supporter who runs the account": the relative
           * clause's verb is no verb of what was said. */
          if (px_quote_opens_relative_clause (it))
            break;
          /* "said a WeWork spokesperson when contacted": a clause of
           * its own ends the noun phrase; its verb is no verb of what
           * was said. */
          if (!it->cap && px_quote_has_role (it, WR_SUBORDINATOR))
            break;
          /* "said one of the rebel leaders, Ann Lee": the plural after
           * "of" is the group the one is of, no verb. */
          if (k == e + 1 && px_quote_has_role (it, WR_NAME_JOINER))
            partitive = TRUE;
          /* "said a deal was near": what was said, not who. */
          else if (!it->cap && px_quote_is_finite_verb (it->lower) && !partitive)
            return e;
        }
      /* "said a statement from the Harbour Agency", "according to a
       * report by Ann Lee": the statement's author. */
      {
        guint k = px_quote_statement_noun_after (ds, items, e, n);

        if (k > e && px_quote_statement_author (f, ds, items, k, n))
          {
            guint b = px_quote_author_after (ds, items, k, n), n_words;
            gboolean org;

            if (px_quote_item_in (items, b, WR_DEFINITE_ARTICLE))
              b++;
            return px_quote_name_run (ds, items, b, n, &n_words, &org);
          }
      }
      /* "said a Foreign Office spokesman": shown as described. */
      for (guint k = e + 1; k < n && k <= e + MAX_APPOSITIVE_WORDS; k++)
        if (px_quote_item_in (items, k, WR_SPOKESPERSON))
          {
            px_quote_set_speaker_np (f, ds, items, e, k + 1);
            if (f->np_described)
              return k + 1;
            g_clear_pointer (&f->np, g_free);
            break;
          }
      f->kind = SPK_UNKNOWN;
      return e;
    }

  while (e < n)
    {
      const Item *it = &g_array_index (items, Item, e);

      if (it->kind == IT_END || it->kind == IT_COLON)
        break;
      if (it->kind == IT_COMMA)
        {
          /* An appositive name goes on; ", who is in the region" stops. */
          if (e + 1 < n && px_quote_is_name_word (&g_array_index (items, Item, e + 1)))
            {
              e++;
              continue;
            }
          break;
        }
      if (!px_quote_is_np_word (it) && !px_quote_is_pronoun (it) &&
          !px_quote_item_in (items, e, WR_DEFINITE_ARTICLE) &&
          !px_quote_item_in (items, e, WR_RECIPIENT_PREPOSITION) && !it->possessive && !px_quote_is_owner (it) &&
          /* "said the presumptive Republican nominee" */
          !(px_quote_item_in (items, v + 1, WR_DEFINITE_ARTICLE) && it->kind == IT_WORD &&
            !(it->classes & (WC_FUNCTION | WC_STOP | WC_SPEECH_VERB))) &&
          /* "said former tech executive Carly Fiorina" */
          !px_quote_describes_name_after (ds, items, e, n))
        break;
      e++;
    }
  /* "said her husband": someone the text leaves unnamed, not "her". */
  if (e == v + 2 && e < n && px_quote_is_owner (&g_array_index (items, Item, v + 1)) &&
      g_array_index (items, Item, e).kind == IT_WORD && !g_array_index (items, Item, e).cap)
    {
      f->kind = SPK_UNKNOWN;
      return e;
    }
  px_quote_set_speaker_np (f, ds, items, v + 1, e);
  return e;
}

gboolean
px_quote_is_place (const char *name)
{
  g_autofree char *lower = px_quote_normalize_word (name, strlen (name));

  return ((px_quote_word_classes (lower) | px_quote_word_classes (px_quote_last_word (lower))) &
          WC_PLACE) != 0;
}

gboolean
px_quote_mention_is_place (const Mention *m)
{
  /* The mentions are the scan's, kept for it: the answer is kept with them. */
  if (m->place == 0)
    ((Mention *) m)->place = 1 + px_quote_is_place (m->name);
  return m->place == 2;
}

/* Whether the text names someone in full whose surname is @name. */
gboolean
px_quote_known_person (DocScan *ds, const char *name)
{
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      const char *last;

      if (m->n_words < 2 || m->org)
        continue;
      last = strrchr (m->name, ' ');
      if (last && g_str_equal (last + 1, name))
        return TRUE;
    }
  return FALSE;
}

/* Whether @name is a person's name the article gives in full: no
 * organisation, no place, no film ("the United States", "INS Sukanya"
 * are no one whose words a sentence quotes). */
gboolean
px_quote_names_person (DocScan *ds, const char *name)
{
  if (px_quote_is_place (name))
    return FALSE;
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if ((m->n_words >= 2 || m->titled) && !m->not_person && !m->in_place &&
          (g_str_equal (m->name, name) || g_str_equal (m->surname, name)))
        return TRUE;
    }
  return FALSE;
}
