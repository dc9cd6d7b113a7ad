/* px-quote-attribution.c: who said each quotation, by the words around it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words around each quote are matched against the patterns reporters
 * use ("X said", "said X", "X told", "according to X", "..., he said",
 * "X said that \"...\"", a colon after a speaker): each quotation gets the
 * noun phrase the text gives as its source, as it is written ("he", "the
 * secretary", "Kerry"), and how sure the pattern is.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"
#include "px-tokenizer.h"

static gboolean
is_adverb (const Item *it)
{
  return it->kind == IT_WORD && !it->cap &&
         ((it->classes & WC_ADVERB) || px_quote_has_ending (WE_ADVERB, it->lower));
}

static gboolean
is_np_word (const Item *it)
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

static gboolean names_person (DocScan *ds, const char *name);

/* How many lower-case words may follow a name that qualifies them before
 * the noun they describe: "the Republican presidential candidate". */
#define MAX_QUALIFIED_WORDS 3

/* Whether items[k] is a lower-case noun or adjective that a name before
 * it qualifies ("U.S. media", "Q poll", "Latino conservative"): no
 * verb, adverb, participle or function word. */
static gboolean
qualified_word (DocScan *ds, GArray *items, guint k)
{
  Item *it;

  if (k >= items->len)
    return FALSE;
  it = &g_array_index (items, Item, k);
  if (it->kind != IT_WORD || it->cap)
    return FALSE;
  px_quote_item_fill (ds, it);
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
  Item *it = &g_array_index (items, Item, k);

  if (it->kind != IT_WORD || it->cap)
    return FALSE;
  px_quote_item_fill (ds, it);
  return !(it->classes & (WC_SPEECH_VERB | WC_FINITE_VERB | WC_FUNCTION | WC_STOP | WC_DETERMINER |
                          WC_ADVERB | WC_PARTICLE)) && !is_adverb (it);
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
    {
      Item *it = &g_array_index (items, Item, k);

      if (it->kind != IT_WORD || it->cap)
        return FALSE;
      px_quote_item_fill (ds, it);
    }
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
  if (names_person (ds, name))
    return FALSE;
  f->kind = SPK_NAME;
  f->np_weak = TRUE;   /* an organisation's, as set_speaker_np() marks them */
  f->np_pos = g_array_index (items, Item, from).start;
  if (owner->possessive && end + 1 == e && !(owner->classes & WC_PLACE))
    f->np = g_strdup_printf ("%s %s", name, head->lower);
  else
    f->np = px_quote_span_text (ds, f->np_pos, head->end);
  return TRUE;
}

/* Most words between "a" and the statement noun: "a joint statement",
 * "a Nov. 5 letter". */
#define MAX_STATEMENT_WORDS 3

/* Where the statement noun is in items[s, e) after the determiner at
 * items[s] and at most MAX_STATEMENT_WORDS words ("a joint statement",
 * "the letter"); s when there is none. */
static guint
statement_noun_after (DocScan *ds, GArray *items, guint s, guint e)
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

static void statement_source (Found *f, DocScan *ds, guint32 before);
static gboolean statement_author (Found *f, DocScan *ds, GArray *items, guint k, guint se);
static guint author_after (DocScan *ds, GArray *items, guint k, guint se);

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

static void
set_speaker_np (Found *f, DocScan *ds, GArray *items, guint s, guint e)
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
  if (e - s == 1 && px_quote_is_pronoun (first))
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
    guint k = statement_noun_after (ds, items, s, e);

    if (k > s && statement_author (f, ds, items, k, e))
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
  for (guint i = s; i < e; i++)
    if (px_quote_is_title (&g_array_index (items, Item, i)) && org_name_end (ds, items, i, e) == i)
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
          qualified_word (ds, items, best_e) && !names_person (ds, f->np))
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

              while (k < e && is_adverb (&g_array_index (items, Item, k)))
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
          statement_source (f, ds, first->start);
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

/* Whether items[i] is "who" opening a relative clause: in lower case,
 * as inside a sentence it always is ("Huge Who fan Stephen Fry
 * tweeted" names the show). */
static gboolean
is_relative_who (GArray *items, guint i)
{
  return px_quote_item_in (items, i, WR_PERSON_RELATIVE) && !g_array_index (items, Item, i).cap;
}

static gboolean looks_like_name (DocScan *ds, const char *word);
static gboolean describes_name_after (DocScan *ds, GArray *items, guint i, guint n);
static gboolean is_owner (const Item *it);

/* Whether the sentence at items[s] opens with a phrase before its
 * subject: a preposition, an adverb or a participle, written with a
 * capital only because it starts the sentence ("Amid", "Later",
 * "Reached", "Weighing in"). */
static gboolean
opens_with_phrase (DocScan *ds, GArray *items, guint s)
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
  Item *it = &g_array_index (items, Item, v);

  if (it->kind != IT_WORD || it->cap)
    return FALSE;
  px_quote_item_fill (ds, it);
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
                       is_adverb (&g_array_index (items, Item, v))))
        v++;
      if (v < n && verb_of_subject (ds, items, v, n))
        return h + 1;
    }
  return 0;
}

/* The first noun phrase of items[0, n): the subject of the sentence. */
static void
sentence_subject (Found *f, DocScan *ds, GArray *items, guint n)
{
  guint s = 0, e;

  while (s < n && px_quote_item_in (items, s, WR_CLAUSE_OPENER))
    s++;
  s = after_dateline (ds, items, s, n);
  s = after_run_in_headline (items, s, n);
  if (s < n && px_quote_is_pronoun (&g_array_index (items, Item, s)))
    {
      set_speaker_np (f, ds, items, s, s + 1);
      return;
    }
  if (s < n && opens_with_phrase (ds, items, s))
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
      set_speaker_np (f, ds, items, s, s + 1);
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
          set_speaker_np (f, ds, items, s, h);
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
            set_speaker_np (f, ds, items, c + 1, end);
            return;
          }
      }
  }
  /* "Democratic presidential candidate Bernie Sanders is releasing": the
   * lower-case words that describe the name belong to the subject. */
  for (e = s; e < n && (is_np_word (&g_array_index (items, Item, e)) ||
                        /* "Ban Ki-moon today spoke" */
                        (e >= s + 3 && px_quote_given_name_syllable (ds, items, e)) ||
                        (e > s && !verb_after_name (ds, items, e) &&
                         describes_name_after (ds, items, e, n))); e++)
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
              set_speaker_np (f, ds, items, s, e);
              return;
            }
          /* "Clinton's campaign said": the Clinton campaign. */
          if (k == e && (it->classes & WC_ORG_NOUN) &&
              (k + 1 >= n || g_array_index (items, Item, k + 1).kind != IT_WORD ||
               px_quote_is_finite_verb (g_array_index (items, Item, k + 1).lower)))
            {
              set_speaker_np (f, ds, items, s, e);
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
      set_speaker_np (f, ds, items, s > 0 && px_quote_item_in (items, s - 1, WR_DEFINITE_ARTICLE) ? s - 1 : s, e);
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
              !(px_quote_is_verb (next) || is_adverb (next) || px_quote_is_finite_verb (next->lower)))
            f->np_weak = TRUE;
        }
    }
}

/* How many lower-case words of description may come between a speech
 * verb and the name after it: "said retired Army Lt. Gen. Mick
 * Bednarek", "said Idaho nutritional-supplement executive Frank
 * VanderSloot". */
#define MAX_DESCRIPTION_WORDS 6

/* Whether items[i…] are words describing the name that follows them
 * before any comma or sentence end: lower-case nouns and adjectives, and
 * "and" between two titles ("former Gov. and party Chairman Ed
 * Rendell"). */
static gboolean
describes_name_after (DocScan *ds, GArray *items, guint i, guint n)
{
  /* "said her nephew, Ravi Singh": a relation owned by someone is a
   * role as much as a title is. */
  gboolean titled = i > 0 && is_owner (&g_array_index (items, Item, i - 1));

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
static gboolean
is_owner (const Item *it)
{
  return px_quote_has_role (it, WR_OWNER_DETERMINER);
}

/* "who", "whose", "which", "that": a relative clause opens. */
static gboolean
opens_relative_clause (const Item *it)
{
  return px_quote_has_role (it, WR_RELATIVE_PRONOUN);
}

/* Words after a speech verb: "said Kerry, who…", "said Russia’s
 * ambassador to Beirut, Alexander Zasypkin". */
static guint
object_np (Found *f, DocScan *ds, GArray *items, guint v, guint n)
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

              set_speaker_np (f, ds, items, k + 1, end);
              return end;
            }
          if (it->kind != IT_WORD)
            break;
          px_quote_item_fill (ds, it);
          /* "wrote a supporter who runs the account": the relative
           * clause's verb is no verb of what was said. */
          if (opens_relative_clause (it))
            break;
          /* "said one of the rebel leaders, Ann Lee": the plural after
           * "of" is the group the one is of, no verb. */
          if (k == e + 1 && px_quote_has_role (it, WR_NAME_JOINER))
            partitive = TRUE;
          /* "said a deal was near": what was said, not who. */
          else if (!it->cap && px_quote_is_finite_verb (it->lower) && !partitive)
            return e;
        }
      /* "said a Foreign Office spokesman": shown as described. */
      for (guint k = e + 1; k < n && k <= e + MAX_APPOSITIVE_WORDS; k++)
        if (px_quote_item_in (items, k, WR_SPOKESPERSON))
          {
            set_speaker_np (f, ds, items, e, k + 1);
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
      if (!is_np_word (it) && !px_quote_is_pronoun (it) &&
          !px_quote_item_in (items, e, WR_DEFINITE_ARTICLE) &&
          !px_quote_item_in (items, e, WR_RECIPIENT_PREPOSITION) && !it->possessive && !is_owner (it) &&
          /* "said the presumptive Republican nominee" */
          !(px_quote_item_in (items, v + 1, WR_DEFINITE_ARTICLE) && it->kind == IT_WORD &&
            !(it->classes & (WC_FUNCTION | WC_STOP | WC_SPEECH_VERB))) &&
          /* "said former tech executive Carly Fiorina" */
          !describes_name_after (ds, items, e, n))
        break;
      e++;
    }
  /* "said her husband": someone the text leaves unnamed, not "her". */
  if (e == v + 2 && e < n && is_owner (&g_array_index (items, Item, v + 1)) &&
      g_array_index (items, Item, e).kind == IT_WORD && !g_array_index (items, Item, e).cap)
    {
      f->kind = SPK_UNKNOWN;
      return e;
    }
  set_speaker_np (f, ds, items, v + 1, e);
  return e;
}

/* How far after a quote its subject and speech verb may reach. */
#define MAX_SUBJECT_ITEMS 14

/* How far before a speech verb its subject may reach: "Michael Green,
 * associate professor of history at the University of Nevada, said". */
#define MAX_SUBJECT_BEFORE 30

/* How far an appositive of any shape may reach between a name and its
 * speech verb: "Ivo Marsh, now 81 and retired in Dover, Kent, said". */
#define MAX_APPOSITIVE_ITEMS 40

static void subject_pieces (Found *f, DocScan *ds, GArray *items, guint s, guint v);
static gboolean opens_adverbial (DocScan *ds, GArray *items, guint a, guint e);
static gboolean known_person (DocScan *ds, const char *name);
static gboolean may_be_in_subject (const Item *it);

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
  set_speaker_np (&name, ds, items, t, c);
  if (name.kind != SPK_NAME || name.np_weak || px_quote_is_place (name.np))
    {
      g_free (name.np);
      return FALSE;
    }
  f->kind = name.kind;
  f->np = name.np;
  f->np_pos = name.np_pos;
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
  set_speaker_np (&aside, ds, items, a, i);
  if (aside.kind != SPK_NAME || aside.np_weak || !(names_person (ds, aside.np) || known_person (ds, aside.np)))
    {
      g_free (aside.np);
      return FALSE;
    }
  f->kind = aside.kind;
  f->np = aside.np;
  f->np_pos = aside.np_pos;
  return TRUE;
}

static void
subject_of (Found *f, DocScan *ds, GArray *items, guint v)
{
  guint i = v, s;
  gboolean who_verb = FALSE;

  while (i > 0 && is_adverb (&g_array_index (items, Item, i - 1)))
    i--;
  if (opening_name_then_appositive (f, ds, items, i))
    return;
  if (parenthetical_speaker (f, ds, items, v, i))
    return;
  if (i > 0 && px_quote_is_pronoun (&g_array_index (items, Item, i - 1)))
    {
      set_speaker_np (f, ds, items, i - 1, i);
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
          set_speaker_np (f, ds, items, i - 3, i - 2);
          return;
        }
      sentence_subject (f, ds, items, i - 1);
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
         (may_be_in_subject (&g_array_index (items, Item, s - 1)) ||
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
         !is_relative_who (items, s - 1) && !px_quote_is_verb (&g_array_index (items, Item, s - 1)))
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
  if (s >= 2 && s <= i && is_relative_who (items, s - 1) &&
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
    subject_pieces (f, ds, items, s, i);
}

/* How many paragraphs back "the statement" may point to the statement
 * brought in with "a", its own paragraph included. */
#define STATEMENT_REACH 3

/* Most items between the verb that puts out a statement and its "a":
 * "said on Monday in a statement". */
#define MAX_STATEMENT_VERB_GAP 4

/* Whether items[j] is a verb that says or puts out a statement, outside
 * any quote: "said", "issued". */
static gboolean
puts_out (DocScan *ds, GArray *items, guint j)
{
  Item *v = &g_array_index (items, Item, j);

  if (v->kind != IT_WORD || ds->quoted[v->start])
    return FALSE;
  px_quote_item_fill (ds, v);
  return px_quote_is_verb_at (ds, items, j) || (px_quote_has_role (v, WR_ISSUING_VERB) && !v->cap);
}

/* Sets @f's source to the subject of the verb at items[v], the words
 * before it back to a comma or items[sb]: "…in a crash, the Harbour
 * Agency said in a statement".  FALSE, @f left without one, when they
 * name nobody. */
static gboolean
subject_up_to_comma (Found *f, DocScan *ds, GArray *items, guint sb, guint v)
{
  guint b, e;

  for (b = v; b > sb; b--)
    {
      Item *w = &g_array_index (items, Item, b - 1);

      if (w->kind == IT_COMMA || !may_be_in_subject (w) || is_relative_who (items, b - 1))
        break;
    }
  for (e = v; e > b && is_adverb (&g_array_index (items, Item, e - 1)); e--)
    ;
  if (e > b)
    set_speaker_np (f, ds, items, b, e);
  if (f->kind == SPK_NAME || f->kind == SPK_PRONOUN ||
      (f->kind == SPK_ROLE && !px_quote_in_list (WC_STATEMENT, f->np)))
    return TRUE;
  g_clear_pointer (&f->np, g_free);
  f->kind = SPK_NONE;
  return FALSE;
}

/* "a statement from the Harbour Agency", "a letter by Ann Lee", "a
 * statement released by the board": where the author's words start
 * after the statement noun at items[k], before items[se]; 0 when no
 * preposition of authorship follows it. */
static guint
author_after (DocScan *ds, GArray *items, guint k, guint se)
{
  if (k + 2 < se && puts_out (ds, items, k + 1) && px_quote_item_in (items, k + 2, WR_AUTHOR_PREPOSITION))
    k++;
  return k + 2 < se && px_quote_item_in (items, k + 1, WR_AUTHOR_PREPOSITION) ? k + 2 : 0;
}

/* Sets @f's source to the name author_after() finds; FALSE, @f left
 * without one, when no name follows so. */
static gboolean
statement_author (Found *f, DocScan *ds, GArray *items, guint k, guint se)
{
  guint n_words, b = author_after (ds, items, k, se), e;
  gboolean org;

  if (b == 0)
    return FALSE;
  if (px_quote_item_in (items, b, WR_DEFINITE_ARTICLE))
    b++;
  e = b < se ? px_quote_name_run (ds, items, b, se, &n_words, &org) : b;
  if (e > b)
    {
      set_speaker_np (f, ds, items, b, e);
      if (f->kind == SPK_NAME)
        return TRUE;
      g_clear_pointer (&f->np, g_free);
      f->kind = SPK_NONE;
    }
  return FALSE;
}

/* The source of the statement at items[k], brought in by an indefinite
 * article at items[a]: "a statement from the Harbour Agency", "Ann Lee
 * said in a statement", "the board issued a statement", "In a letter,
 * the pilots urged".  Sets @f's source as attribution does; FALSE when
 * the sentence names none. */
static gboolean
statement_issuer (Found *f, DocScan *ds, GArray *items, guint a, guint k)
{
  guint sb = a, se = k + 1;

  while (sb > 0 && g_array_index (items, Item, sb - 1).kind != IT_END)
    sb--;
  while (se < items->len && g_array_index (items, Item, se).kind != IT_END)
    se++;
  if (statement_author (f, ds, items, k, se))
    return TRUE;
  /* The verb right before it ("said in a statement", "issued a
   * statement", "said Monday in a statement", not "said Ivo Marsh sent
   * a statement": Marsh's), else the first after ("In a statement, the
   * board urged…"). */
  for (guint j = a; j-- > MAX (sb, a > MAX_STATEMENT_VERB_GAP ? a - MAX_STATEMENT_VERB_GAP : 0);)
    {
      const Item *v = &g_array_index (items, Item, j);

      if (puts_out (ds, items, j))
        {
          if (subject_up_to_comma (f, ds, items, sb, j))
            return TRUE;
          break;
        }
      /* Another verb's statement: "provided a statement". */
      if (v->kind == IT_WORD && !v->cap && px_quote_is_finite_verb (v->lower))
        break;
    }
  for (guint j = k + 1, comma = FALSE; j < se; j++)
    {
      comma |= g_array_index (items, Item, j).kind == IT_COMMA;
      /* After the phrase the statement is in: not "a statement released
       * on Monday". */
      if (comma && puts_out (ds, items, j))
        return subject_up_to_comma (f, ds, items, sb, j);
    }
  return FALSE;
}

/* "“…,” the statement said": the words of whoever put out the statement
 * the text last brought in, before @before and in the last few
 * paragraphs, with "a" ("The board issued a statement on Monday"); no
 * source when that sentence names none. */
static void
statement_source (Found *f, DocScan *ds, guint32 before)
{
  guint n = px_document_get_n_paragraphs (ds->doc), par = 0;

  while (par + 1 < n && px_document_get_paragraph (ds->doc, par + 1)->start <= before)
    par++;
  for (guint p = par + 1; p-- > 0 && p + STATEMENT_REACH > par;)
    {
      const PxParagraph *pp = px_document_get_paragraph (ds->doc, p);
      g_autoptr(GArray) items = px_quote_items_of (ds, pp->start, MIN (pp->end, before));

      for (guint k = items->len; k-- > 1;)
        {
          Item *noun = &g_array_index (items, Item, k);
          guint a;

          if (noun->kind != IT_WORD || noun->cap || ds->quoted[noun->start])
            continue;
          px_quote_item_fill (ds, noun);
          if (!(noun->classes & WC_STATEMENT) || noun->possessive)
            continue;
          for (a = k; a > 0 && k - a < MAX_STATEMENT_WORDS + 1; a--)
            {
              Item *w = &g_array_index (items, Item, a - 1);

              if (w->kind != IT_WORD && w->kind != IT_HYPHEN)
                break;
              px_quote_item_fill (ds, w);
              if (px_quote_has_role (w, WR_INDEFINITE_ARTICLE))
                break;
            }
          if (a == 0 || !px_quote_item_in (items, a - 1, WR_INDEFINITE_ARTICLE))
            continue;
          if (!statement_issuer (f, ds, items, a - 1, k))
            {
              g_clear_pointer (&f->np, g_free);
              f->kind = SPK_NONE;
            }
          return;
        }
    }
}

static gboolean
is_passive (GArray *items, guint v)
{
  guint i = v;

  /* "is telling customers": a participle, not a passive. */
  if (px_quote_has_ending (WE_PARTICIPLE, g_array_index (items, Item, v).lower))
    return FALSE;

  while (i > 0 && is_adverb (&g_array_index (items, Item, i - 1)) &&
         !px_quote_item_in (items, i - 1, WR_PERFECT_AUXILIARY))
    i--;
  return i > 0 && px_quote_item_in (items, i - 1, WR_PASSIVE_AUXILIARY);
}

/* How surely the words around a quote name its speaker: a speech verb
 * next to the quote ("…," said Kerry), a verb in the sentence before or a
 * headline's colon, or only the subject of a sentence with a speech verb
 * somewhere in it. */
#define PATTERN_NEXT_TO  1.0
#define PATTERN_NEARBY   0.85
#define PATTERN_SUBJECT  0.65


static gboolean
may_be_in_subject (const Item *it)
{
  if (it->kind == IT_HYPHEN || it->kind == IT_COMMA)
    return TRUE;
  if (it->kind != IT_WORD)
    return FALSE;
  if (it->cap || px_quote_is_pronoun (it) || is_adverb (it) || it->possessive)
    return TRUE;
  /* Function words a subject before a speech verb may hold: "a
   * spokesman for the campaign". */
  if (px_quote_has_role (it, WR_SUBJECT_WORD))
    return TRUE;
  /* A lower-case noun ("press", "worker"), not a verb or a conjunction. */
  return !(it->classes & (WC_FUNCTION | WC_SPEECH_VERB | WC_STOP));
}

/* items[s, v) is the subject before a speech verb, perhaps in pieces
 * cut by commas: "Blunt, after a long pause," / "Miller, a retired
 * worker," / "The town's engineer, Sofia Lindqvist,".  The piece that
 * names someone; else the first that says who. */

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
  if (known_person (ds, word))
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
    guint k = statement_noun_after (ds, items, a, e);

    if (k > a && author_after (ds, items, k, e) > 0)
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
static void
subject_pieces (Found *f, DocScan *ds, GArray *items, guint s, guint v)
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
      while (e > a && is_adverb (&g_array_index (items, Item, e - 1)))
        e--;
      /* "In a swipe against Dana Okoro, Ada Marr said", "Talking about
       * Okoro, Ivo Marsh told": a piece that opens with a preposition
       * or a participle, set off by a comma, is no subject (but "As Ivo
       * Marsh explained" is). */
      if (e > a && !(b < v && opens_adverbial (ds, items, a, e)))
        {
          set_speaker_np (&piece, ds, items, a, e);
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
        set_speaker_np (&piece, ds, items, a + 1, e);
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
      f->kind = best.kind;
      f->np = best.np;
      f->np_pos = best.np_pos;
      f->np_described = best.np_described;
      f->np_owned = best.np_owned;
    }
  /* "A Brooklyn woman said: “…”", "A Marsh supporter said she had a
   * “…”": someone unnamed is the subject, whom no name elsewhere in
   * the sentence stands for. */
  else if (unnamed)
    f->kind = SPK_UNKNOWN;
}

/* "…," he said. / "…," said Kerry. / "…," Kerry said in the interview.
 * / "…," White House press secretary Josh Earnest said Tuesday. */
/* Whether the speech verb at items[j], a form ending like a plural
 * ("states", "claims", "calls", "reports"), is a noun there: after a
 * determiner, a possessive, a number or a participle ("giving states
 * more power", "his claims", "two reports"). */
static gboolean
used_as_noun (DocScan *ds, GArray *items, guint j)
{
  Item *it = &g_array_index (items, Item, j);
  Item *before;

  /* "in a written statement": no verb follows an article. */
  if (j > 0 && (px_quote_item_in (items, j - 1, WR_DEFINITE_ARTICLE) ||
                px_quote_item_in (items, j - 1, WR_INDEFINITE_ARTICLE)))
    return TRUE;
  if (j == 0 || !px_quote_has_ending (WE_FINITE_VERB, it->lower) ||
      px_quote_has_ending (WE_MODIFIER, it->lower))
    return FALSE;
  before = &g_array_index (items, Item, j - 1);
  if (before->kind != IT_WORD || before->cap)
    return FALSE;
  px_quote_item_fill (ds, before);
  return (before->classes & WC_DETERMINER) || g_ascii_isdigit (before->lower[0]) ||
         px_quote_has_role (before, WR_NOUN_DETERMINER) ||
         px_quote_has_ending (WE_PARTICIPLE, before->lower);
}

static gboolean attribute_after_clause (Found *f, DocScan *ds, GArray *items,
                                        gboolean clause_end, gboolean sentence_goes_on,
                                        gboolean to_paragraph_end);

/* "…," he said. / "…," said Kerry.  And a quote that opens its sentence
 * but is no clause of its own: '"He can claim it" that the mayor can win,
 * said Steve Elm.' */
static gboolean
attribute_after (Found *f, DocScan *ds, GArray *items, gboolean clause_end,
                 gboolean sentence_goes_on, gboolean to_paragraph_end)
{
  if (attribute_after_clause (f, ds, items, clause_end, sentence_goes_on, to_paragraph_end))
    return TRUE;
  if (!clause_end || (items->len && g_array_index (items, Item, 0).kind == IT_COMMA))
    return FALSE;
  return attribute_after_clause (f, ds, items, FALSE, sentence_goes_on, to_paragraph_end);
}

/* Whether items[a, b) are all adverbs ("optimistically"). */
static gboolean
only_adverbs_between (GArray *items, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    if (!is_adverb (&g_array_index (items, Item, k)))
      return FALSE;
  return TRUE;
}

/* Whether items[j] is "quoted" (or "quotes", "quoting") and an "as"
 * before a speech verb follows it ("quoted Ann Lee as saying", "quotes
 * her as telling"); if so, the words between name @f's speaker, or
 * nobody named when they name no one ("quoted a witness as saying"). */
static gboolean
quoted_as_saying (DocScan *ds, GArray *items, guint j, guint n, Found *f)
{
  if (!px_quote_item_in (items, j, WR_QUOTING_VERB))
    return FALSE;
  for (guint k = j + 2; k + 1 < n && k <= j + MAX_SUBJECT_ITEMS; k++)
    {
      Item *verb = &g_array_index (items, Item, k + 1);

      if (!px_quote_item_in (items, k, WR_QUOTING_AS))
        continue;
      px_quote_item_fill (ds, verb);
      if (verb->kind != IT_WORD || !(verb->classes & WC_SPEECH_VERB))
        return FALSE;
      set_speaker_np (f, ds, items, j + 1, k);
      if (f->kind == SPK_NONE)
        f->kind = SPK_UNKNOWN;
      return TRUE;
    }
  return FALSE;
}

/* Whether items[s, e) hold an appositive set off by commas after a name
 * and closed by a comma before a speech verb, at most
 * MAX_APPOSITIVE_ITEMS from @s: the index of the closing comma, else 0. */
static guint
appositive_end (DocScan *ds, GArray *items, guint s, guint e)
{
  for (guint k = s + 1; k + 1 < e && k < s + MAX_APPOSITIVE_ITEMS; k++)
    {
      const Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_END || it->kind == IT_COLON)
        return 0;
      if (it->kind == IT_COMMA && px_quote_is_verb_at (ds, items, k + 1) &&
          !px_quote_has_ending (WE_PARTICIPLE, g_array_index (items, Item, k + 1).lower) &&
          !used_as_noun (ds, items, k + 1))
        return k;
    }
  return 0;
}

/* '"…," Ivo Marsh, a former director of the board and a pilot, said':
 * after a name and its comma right after a quote (items[i…]), an
 * appositive with words no subject holds ("and", a verb of its own)
 * runs up to the comma before the speech verb.  The name said it;
 * FALSE when items[j…] run on to no such verb or no name opens them. */
static gboolean
appositive_then_verb (Found *f, DocScan *ds, GArray *items, guint i, guint j, guint n)
{
  guint c = i, close;
  Found name = { 0 };

  while (c < j && g_array_index (items, Item, c).kind != IT_COMMA)
    c++;
  if (c == i || c >= j || !g_array_index (items, Item, c - 1).cap ||
      g_array_index (items, Item, c - 1).kind != IT_WORD)
    return FALSE;
  close = appositive_end (ds, items, j, n);
  if (close == 0)
    return FALSE;
  set_speaker_np (&name, ds, items, i, c);
  if (name.kind != SPK_NAME || name.np_weak)
    {
      g_free (name.np);
      return FALSE;
    }
  f->kind = name.kind;
  f->np = name.np;
  f->np_pos = name.np_pos;
  return TRUE;
}

static gboolean
attribute_after_clause (Found *f, DocScan *ds, GArray *items, gboolean clause_end,
                        gboolean sentence_goes_on, gboolean to_paragraph_end)
{
  guint n = 0, i = 0;

  while (n < items->len && g_array_index (items, Item, n).kind != IT_END)
    n++;
  /* '"…at a coal base." While others welcomed it': after a quote that
   * ends its sentence, one that opens with a conjunction or a
   * preposition is a sentence of its own, no attribution. */
  if (!sentence_goes_on && n > 0 && g_array_index (items, Item, 0).kind == IT_WORD &&
      g_array_index (items, Item, 0).cap)
    {
      Item *first = &g_array_index (items, Item, 0);

      px_quote_item_fill (ds, first);
      if ((first->classes & WC_STOP) && !(first->classes & WC_DETERMINER) && !px_quote_is_pronoun (first) &&
          !px_quote_has_role (first, WR_SUBJECT_PRONOUN) && !(first->classes & WC_SPEECH_VERB))
        return FALSE;
    }
  if (i < n && g_array_index (items, Item, i).kind == IT_COMMA)
    i++, clause_end = TRUE;
  /* 'he "cannot walk down the street" without reporters asking him':
   * a quote inside a clause is no clause a speech verb after it ends.
   * But the sentence may end with its attribution: 'Obama "felt a duty
   * to act" on climate, Axelrod said.' */
  if (!clause_end)
    {
      guint c = n;

      /* Only a sentence that goes on after the quote and ends before
       * any other quote. */
      if (!sentence_goes_on || (n == items->len && !to_paragraph_end))
        return FALSE;

      while (c > 0 && g_array_index (items, Item, c - 1).kind != IT_COMMA)
        c--;
      /* ", said Steve Elm, deputy manager of the campaign.": the comma
       * a speech verb follows, before the speaker's appositive. */
      for (guint k = c; k > 1 && n - k < 2 * MAX_SUBJECT_ITEMS; k--)
        if (k < n && g_array_index (items, Item, k - 1).kind == IT_COMMA &&
            px_quote_is_verb (&g_array_index (items, Item, k)))
          {
            c = k;
            break;
          }
      if (c == 0 || n - c > 2 * MAX_SUBJECT_ITEMS ||
          (n - c > MAX_SUBJECT_ITEMS && !px_quote_is_verb (&g_array_index (items, Item, c))))
        return FALSE;
      i = c;
    }
  if (i >= n)
    return FALSE;
  if (px_quote_phrase_at (items, i, WR_ACCORDING_TO))
    {
      object_np (f, ds, items, i + px_quote_phrase_at (items, i, WR_ACCORDING_TO) - 1, n);
      return f->kind != SPK_NONE;
    }
  if (px_quote_is_verb_at (ds, items, i))
    {
      /* '"…," promising the Friends of Abe would return': what follows
       * a participle is its object; its subject said the quote. */
      if ((g_array_index (items, Item, i).classes & WC_PARTICIPLE) ||
          px_quote_has_ending (WE_PARTICIPLE, g_array_index (items, Item, i).lower))
        return FALSE;
      object_np (f, ds, items, i, n);
      return f->kind != SPK_NONE;
    }
  for (guint j = i, limit = i + MAX_SUBJECT_ITEMS; j < n && j < limit; j++)
    {
      const Item *it = &g_array_index (items, Item, j);

      /* '"…," before (optimistically) predicting a win': a participle
       * after a preposition is no clause with a subject; the attribution is
       * elsewhere ('Kasich said "…," before predicting'). */
      if (j > i && px_quote_is_verb_at (ds, items, j) && only_adverbs_between (items, i + 1, j) &&
          g_array_index (items, Item, i).kind == IT_WORD && !g_array_index (items, Item, i).cap &&
          (g_array_index (items, Item, i).classes & (WC_FUNCTION | WC_STOP)) &&
          px_quote_has_ending (WE_PARTICIPLE, it->lower))
        return FALSE;
      /* '"…," the paper quoted witness Devonte Brown as saying': the one
       * quoted said it, not the paper. */
      if (j > i && quoted_as_saying (ds, items, j, n, f))
        return TRUE;
      /* '"…." He declined to say when': a speech verb after "to" with
       * words of its own is what the sentence is about, not who said
       * the quote ('"…," he went on to say.' is). */
      if (j > i && px_quote_is_verb_at (ds, items, j) &&
          px_quote_item_in (items, j - 1, WR_INFINITIVE_MARKER) && j + 1 < n)
        return FALSE;
      /* '"…," including provisions he said would…', '"…" allies,
       * given his comments saying…': a clause after the quote that a
       * participle opens, or a participle's speech verb after a common
       * noun, has no subject that said the quote (a name before the
       * participle may be its speaker). */
      if (j == i && it->kind == IT_WORD && !it->cap && px_quote_has_ending (WE_PARTICIPLE, it->lower))
        return FALSE;
      if (j > i && px_quote_is_verb_at (ds, items, j) && !used_as_noun (ds, items, j) &&
          px_quote_has_ending (WE_PARTICIPLE, it->lower) && g_array_index (items, Item, j - 1).kind == IT_WORD &&
          !g_array_index (items, Item, j - 1).cap && !px_quote_is_pronoun (&g_array_index (items, Item, j - 1)))
        return FALSE;
      if (j > i && px_quote_is_verb_at (ds, items, j) && !used_as_noun (ds, items, j))
        {
          if (is_passive (items, j))
            {
              f->kind = SPK_UNKNOWN;
              return TRUE;
            }
          subject_pieces (f, ds, items, i, j);
          /* '"…" for the town, said Ada Marr': inverted after a phrase.
           * Not after "told" or "asked", whose object is the listener
           * ('"…," Osman-aga, a herder, told the Reuters news agency'). */
          if (f->kind == SPK_NONE && g_array_index (items, Item, j - 1).kind == IT_COMMA &&
              !px_quote_item_in (items, j, WR_LISTENER_VERB) && !px_quote_item_in (items, j, WR_ASKING_VERB))
            object_np (f, ds, items, j, n);
          /* "…," a resident wrote: someone, but nobody named. */
          if (f->kind == SPK_NONE)
            f->kind = SPK_UNKNOWN;
          return TRUE;
        }
      /* "Cruz, who has proposed repealing the mandate, said": the
       * relative clause is left out, up to its closing comma. */
      if (it->kind == IT_COMMA && j > i && (px_quote_item_in (items, j + 1, WR_PERSON_RELATIVE) ||
                                            px_quote_item_in (items, j + 1, WR_POSSESSIVE_RELATIVE)))
        {
          guint c = j + 2;

          while (c < n && c < j + MAX_SUBJECT_ITEMS && g_array_index (items, Item, c).kind != IT_COMMA)
            c++;
          if (c < n && g_array_index (items, Item, c).kind == IT_COMMA && c + 1 < n &&
              px_quote_is_verb_at (ds, items, c + 1))
            {
              subject_pieces (f, ds, items, i, j);
              if (f->kind == SPK_NONE)
                f->kind = SPK_UNKNOWN;
              return TRUE;
            }
        }
      /* '“…,” as Ann Lee said': "as" may open the clause. */
      if (!may_be_in_subject (it) &&
          !(j + 1 < n && g_array_index (items, Item, j + 1).kind == IT_HYPHEN) &&
          !(j == i && !it->cap && px_quote_item_in (items, j, WR_AS_CLAUSE_OPENER) && j + 1 < n &&
            px_quote_is_name_word (&g_array_index (items, Item, j + 1))))
        return appositive_then_verb (f, ds, items, i, j, n);   /* "the four-term congressman" goes on */
      /* A common noun phrase without a name stays short and starts with
       * a determiner: "one shop owner said", not "and said the city…";
       * roles before a name go on ("former State policy planning
       * director Anne-Marie Slaughter wrote"). */
      if (it->kind == IT_WORD && !it->cap && !px_quote_is_pronoun (it) && !px_quote_is_title (it) && j >= i + 4 &&
          !(g_array_index (items, Item, i).classes & WC_DETERMINER) &&
          !g_array_index (items, Item, i).cap &&
          /* "former Sen. Ivo Marsh of Ohio said": a name's home. */
          !(g_array_index (items, Item, j - 1).cap && px_quote_item_in (items, j, WR_NAME_PREPOSITION)))
        return FALSE;
      /* A name, then its appositive set off by commas: "Fred Kagan,
       * director of the Critical Threats Project at the American
       * Enterprise Institute, said" reaches further. */
      if (it->kind == IT_COMMA && j > i && limit == i + MAX_SUBJECT_ITEMS &&
          g_array_index (items, Item, j - 1).kind == IT_WORD && g_array_index (items, Item, j - 1).cap)
        limit = i + 2 * MAX_SUBJECT_ITEMS;
    }
  return FALSE;
}

/* Whether the word after the noun phrase at @pos reads as a finite
 * verb ("interjected", "continues", "stood"; px_quote_is_finite_verb()),
 * with @past_aside past an aside that commas set off. */
static gboolean
verb_follows (DocScan *ds, GArray *items, guint32 pos, guint n, gboolean past_aside)
{
  guint i = 0;

  while (i < n && g_array_index (items, Item, i).start < pos)
    i++;
  while (i < n && is_np_word (&g_array_index (items, Item, i)))
    i++;
  /* "Ivo Marsh -- as Ann Lee noted -- even taunted…": past an aside
   * between dashes. */
  if (i > 0 && i < n && px_quote_is_dash_at (ds, items, i - 1))
    for (guint d = i; d < n; d++)
      if (px_quote_is_dash_at (ds, items, d))
        {
          for (i = d + 1; i < n && g_array_index (items, Item, i).kind == IT_HYPHEN; i++)
            ;
          break;
        }
  /* "Ada Marr, who phoned in from the set, had a similar experience:":
   * past a relative clause or an appositive that commas set off, inside
   * the sentence; only before a colon that hands the quote on, since a
   * quote inside the sentence may be someone else's words about the
   * subject ("Ada Marr, her career on the line, won because of Ivo
   * Marsh's remark that she was “…”"). */
  if (past_aside && i < n && g_array_index (items, Item, i).kind == IT_COMMA)
    for (guint c = i + 1; c < n && c <= i + MAX_APPOSITIVE_ITEMS; c++)
      {
        ItemKind kind = g_array_index (items, Item, c).kind;

        if (kind == IT_END || kind == IT_COLON)
          break;
        if (kind == IT_COMMA)
          {
            if (c > i + 1)
              i = c + 1;
            break;
          }
      }
  while (i < n && is_adverb (&g_array_index (items, Item, i)) &&
         !px_quote_is_finite_verb (g_array_index (items, Item, i).lower))
    i++;
  if (i >= n || g_array_index (items, Item, i).kind != IT_WORD)
    return FALSE;
  px_quote_item_fill (ds, &g_array_index (items, Item, i));
  return !g_array_index (items, Item, i).cap &&
         px_quote_is_finite_verb (g_array_index (items, Item, i).lower);
}

/* Whether the text names someone in full whose surname is @name. */
static gboolean
known_person (DocScan *ds, const char *name)
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

/* Who the words before a colon that ends items[0, n) name without a
 * speech verb: the name whose statement, post or letter it is ("From Ada
 * Marr's Facebook post:"), or a name after a dash or "from" ("Pollsters
 * agree - Ada Marr:", "More from Marr:"). */
/* A possessive name before a statement noun in items[0, n): "Marr's
 * Facebook post", "Trump's scathing criticism".  Sets @f's speaker to
 * the name when it is one. */
static void
possessive_statement_source (Found *f, DocScan *ds, GArray *items, guint n)
{
  guint b;

  for (guint i = 0; i + 1 < n; i++)
    {
      Item *it = &g_array_index (items, Item, i);
      gboolean pronoun;

      px_quote_item_fill (ds, it);
      /* "his promise of “…”": his words. */
      pronoun = px_quote_has_role (it, WR_MALE_POSSESSIVE) || px_quote_has_role (it, WR_FEMALE_POSSESSIVE);
      if (!pronoun && (!it->possessive || !px_quote_is_name_word (it)))
        continue;
      for (guint k = i + 1; k < n && k <= i + 3; k++)
        {
          Item *w = &g_array_index (items, Item, k);

          if (w->kind != IT_WORD)
            break;
          px_quote_item_fill (ds, w);
          if (w->cap || !(w->classes & WC_STATEMENT))
            continue;
          if (pronoun)
            {
              f->kind = SPK_PRONOUN;
              f->np = g_strdup (it->lower);   /* its gender: pronoun_gender() */
              f->np_pos = it->start;
              return;
            }
          for (b = i; b > 0 && is_np_word (&g_array_index (items, Item, b - 1)) &&
                      !g_array_index (items, Item, b - 1).possessive; b--)
            ;
          set_speaker_np (f, ds, items, b, i + 1);
          if (f->kind == SPK_NAME)
            return;
          g_clear_pointer (&f->np, g_free);
          f->kind = SPK_NONE;
          break;
        }
    }
}

static void
colon_source (Found *f, DocScan *ds, GArray *items, guint n)
{
  guint b;

  possessive_statement_source (f, ds, items, n);
  if (f->kind == SPK_NAME)
    return;
  for (b = n - 1; b > 0 && is_np_word (&g_array_index (items, Item, b - 1)) &&
              g_array_index (items, Item, b - 1).kind != IT_HYPHEN; b--)
    ;
  if (b > 0 && b < n - 1 &&
      ((g_array_index (items, Item, b - 1).kind == IT_HYPHEN &&
        (b < 2 || g_array_index (items, Item, b - 1).start > g_array_index (items, Item, b - 2).end)) ||
       px_quote_item_in (items, b - 1, WR_SOURCE_PREPOSITION)))
    {
      set_speaker_np (f, ds, items, b, n - 1);
      if (f->kind != SPK_NAME)
        {
          g_clear_pointer (&f->np, g_free);
          f->kind = SPK_NONE;
        }
    }
}

/* Whether @name is a person's name the article gives in full: no
 * organisation, no place, no film ("the United States", "INS Sukanya"
 * are no one whose words a sentence quotes). */
static gboolean
names_person (DocScan *ds, const char *name)
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

/* "the Mat Maid buildings dated…": a name after "the" and before a word
 * in -s that no list calls a verb modifies a plural noun; the name is no
 * subject. */
static gboolean
modifies_plural (DocScan *ds, GArray *items, guint32 pos, guint n)
{
  guint i = 0;
  const Item *next;

  while (i < n && g_array_index (items, Item, i).start < pos)
    i++;
  if (i == 0 || !px_quote_item_in (items, i - 1, WR_DEFINITE_ARTICLE))
    return FALSE;
  while (i < n && is_np_word (&g_array_index (items, Item, i)))
    i++;
  if (i >= n)
    return FALSE;
  next = &g_array_index (items, Item, i);
  return next->kind == IT_WORD && g_str_has_suffix (next->lower, "s") &&
         !(next->classes & (WC_SPEECH_VERB | WC_FINITE_VERB));
}

/* How surely a sentence's subject said a quote of its sentence that no
 * speech verb reports. */
#define PATTERN_OWN_WORDS 0.5

/* "Clinton talked up her “50-state strategy”", "Lewandowski ripped Comey
 * for acting as “the judge and the jury”": no speech verb, but a person
 * named as the sentence's subject, a verb right after the name.  The
 * words quoted in such a sentence are mostly that person's, so the name
 * is given, marked unsure. */
static void
subject_owns_quote (Found *f, DocScan *ds, GArray *items, guint n)
{
  sentence_subject (f, ds, items, n);
  if (f->kind == SPK_NAME && verb_follows (ds, items, f->np_pos, n, FALSE) && names_person (ds, f->np) &&
      !modifies_plural (ds, items, f->np_pos, n))
    {
      f->pattern = PATTERN_OWN_WORDS;
      return;
    }
  g_clear_pointer (&f->np, g_free);
  f->kind = SPK_NONE;
}

/* Whether @before, the words of a sentence up to a quote in it, are a
 * participle's phrase that opens the sentence, with no comma yet:
 * "Describing Yida as a", "Calling it", "In explaining why many of
 * those" (a preposition, then the participle). */
static gboolean
opens_with_participle (DocScan *ds, GArray *before, guint t)
{
  Item *first = &g_array_index (before, Item, t);

  for (guint i = t; i < before->len; i++)
    if (g_array_index (before, Item, i).kind != IT_WORD && g_array_index (before, Item, i).kind != IT_HYPHEN)
      return FALSE;
  if (first->kind != IT_WORD || !first->cap)
    return FALSE;
  px_quote_item_fill (ds, first);
  if (px_quote_has_ending (WE_PARTICIPLE, first->lower) && opens_with_phrase (ds, before, t))
    return TRUE;
  if (t + 1 < before->len && px_quote_has_role (first, WR_NAME_PREPOSITION))
    {
      Item *second = &g_array_index (before, Item, t + 1);

      px_quote_item_fill (ds, second);
      return second->kind == IT_WORD && !second->cap && px_quote_has_ending (WE_PARTICIPLE, second->lower) &&
             !(second->classes & (WC_STOP | WC_FUNCTION | WC_DETERMINER));
    }
  return FALSE;
}

static const char *before_close (DocScan *ds, Found *f);

/* 'Describing Yida as a “very insecure” area, Ken Isaacs expressed
 * worry', 'Calling it “a farce,” she walked out': a quote inside the
 * participle's phrase that opens its sentence is the words of the
 * participle's subject, who is the main clause's: the subject after the
 * phrase's comma (past ", though,"), a person the text names with a
 * verb after the name (as subject_owns_quote() asks), a pronoun or a
 * role.  @before are the words before the quote, @after those after it
 * up to the next quote. */
static gboolean
participle_opener_subject (Found *f, DocScan *ds, GArray *before, GArray *after)
{
  guint t = 0, c, e;
  const char *close;
  g_autoptr(GArray) main_clause = NULL;

  for (guint i = 0; i < before->len; i++)
    if (g_array_index (before, Item, i).kind == IT_END)
      t = i + 1;
  if (t >= before->len || !opens_with_participle (ds, before, t))
    return FALSE;
  /* The phrase's comma, inside the marks ('“a farce,” she') or after. */
  close = before_close (ds, f);
  if (close && *close == ',')
    c = 0;
  else
    {
      for (c = 0; c < after->len && g_array_index (after, Item, c).kind != IT_COMMA; c++)
        if (g_array_index (after, Item, c).kind != IT_WORD)
          return FALSE;
      if (c >= after->len)
        return FALSE;
      c++;
    }
  /* ", though,", ", however," */
  if (c + 1 < after->len && g_array_index (after, Item, c + 1).kind == IT_COMMA)
    {
      Item *w = &g_array_index (after, Item, c);

      px_quote_item_fill (ds, w);
      if (w->kind == IT_WORD && !w->cap && (is_adverb (w) || (w->classes & WC_STOP)))
        c += 2;
    }
  for (e = c; e < after->len && g_array_index (after, Item, e).kind != IT_END; e++)
    ;
  if (e <= c)
    return FALSE;
  main_clause = g_array_sized_new (FALSE, FALSE, sizeof (Item), e - c);
  g_array_append_vals (main_clause, &g_array_index (after, Item, c), e - c);
  sentence_subject (f, ds, main_clause, main_clause->len);
  if ((f->kind == SPK_NAME && !f->np_weak && verb_follows (ds, main_clause, f->np_pos, main_clause->len, FALSE) &&
       names_person (ds, f->np)) ||
      f->kind == SPK_PRONOUN || f->kind == SPK_ROLE)
    {
      f->pattern = PATTERN_SUBJECT;
      return TRUE;
    }
  g_clear_pointer (&f->np, g_free);
  f->kind = SPK_NONE;
  return FALSE;
}

/* Whether the verb at items[v] stands in a relative clause that opens
 * after items[t] and no comma closes before it: "a native who broke
 * into D.C. reporting" reports nothing the sentence's subject said. */
static gboolean
in_relative_clause (GArray *items, guint t, guint v)
{
  for (guint k = v; k > t; k--)
    {
      const Item *it = &g_array_index (items, Item, k - 1);

      if (it->kind == IT_COMMA || it->kind == IT_END)
        return FALSE;
      if (it->kind == IT_WORD && !it->cap && opens_relative_clause (it) &&
          !px_quote_has_role (it, WR_COMPLEMENTIZER))
        return TRUE;
    }
  return FALSE;
}

/* Whether the verb at items[v] stands in a subordinate clause that a
 * [subordinators] word after items[t] opens ("after Ivo Marsh spoke",
 * "when Ivo Marsh railed against it") and that closes, at a comma or the
 * sentence's end, before items[n], where the quote is: 'Mrs. Lee said
 * that when Ms. Marsh railed against it, “she spoke for us”', '“…,” Ann
 * Lee said after Ivo Marsh spoke. “…”' are Ann Lee's words. */
static gboolean
in_subordinate_clause (GArray *items, guint t, guint v, guint n)
{
  guint c = v + 1;

  while (c > t)
    {
      const Item *it = &g_array_index (items, Item, c - 1);

      if (c <= v && (it->kind == IT_COMMA || it->kind == IT_END || it->kind == IT_COLON))
        return FALSE;
      if (it->kind == IT_WORD && px_quote_has_role (it, WR_SUBORDINATOR))
        break;
      c--;
    }
  if (c == t)
    return FALSE;
  for (guint k = v + 1; k <= n && k < items->len; k++)
    {
      const Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_END)
        return TRUE;
      if (it->kind != IT_COMMA)
        continue;
      /* The comma that hands over to the quote closes the clause only
       * when a speech verb before it tells whose the quote is: 'they
       * laughed when he urged voters, “…”' is his. */
      if (k + 1 == items->len)
        {
          for (guint j = c - 1; j > t; j--)
            if (px_quote_is_verb (&g_array_index (items, Item, j - 1)))
              return TRUE;
          return FALSE;
        }
      /* A comma inside the sentence closes only a clause that opens it
       * ("When Ivo Marsh spoke, Ann Lee shot back: “…”"), and not
       * between two capitalised words ("in Salem, Mass.", "a judge,
       * Ivo Marsh,"), which may go on inside the clause. */
      if (c - 1 == t && k > 0 && !(g_array_index (items, Item, k - 1).cap &&
                                   k + 1 < items->len && g_array_index (items, Item, k + 1).cap))
        return TRUE;
    }
  return FALSE;
}

/* Kerry said that "…" / the secretary responded: "…" / He answered, "…" */
/* Whether the colon at items[e] labels one field of several, as a form
 * does ("Name: Ann Lee Age: 27 Job: Pilot Why she marches: “…”"): two
 * colons or more follow before the words' last item, so the word before
 * it is a label, nobody's name (a headline has one more at most:
 * "Kerry: No Room for Iran: They're ‘On Their Own’"). */
static gboolean
labels_fields (GArray *items, guint e, guint n)
{
  guint colons = 0;

  for (guint k = e + 1; k + 1 < n; k++)
    colons += g_array_index (items, Item, k).kind == IT_COLON;
  return colons >= 2;
}

/* Whether items[v] stands between two dashes of items[0, n). */
static gboolean
in_dash_aside (DocScan *ds, GArray *items, guint v, guint n)
{
  gboolean before = FALSE, after = FALSE;

  for (guint k = 0; k < v && !before; k++)
    before = px_quote_is_dash_at (ds, items, k);
  for (guint k = v + 1; k < n && before && !after; k++)
    after = px_quote_is_dash_at (ds, items, k);
  return before && after;
}

static gboolean attribute_before (Found *f, DocScan *ds, GArray *items);

/* "Ryan and Trump will meet, Spicer said, adding, “…”", "…, Nefzi said,
 * adding that “…”": a participle right after a speech clause and its
 * comma goes on from that clause's speaker, not the sentence's subject.
 * Whether @f got a speaker so from the clause before items[v]. */
static gboolean
participle_after_speech (Found *f, DocScan *ds, GArray *items, guint v)
{
  g_autoptr(GArray) head = NULL;
  gboolean speech = FALSE;
  guint u = 0;

  if (v < 2 || g_array_index (items, Item, v - 1).kind != IT_COMMA)
    return FALSE;
  for (guint k = v - 1; k > 0 && !speech; k--)
    {
      const Item *it = &g_array_index (items, Item, k - 1);

      if (it->kind == IT_COMMA || it->kind == IT_END || it->kind == IT_COLON)
        break;
      speech = px_quote_is_verb (it) && !(it->classes & WC_PARTICIPLE) && !used_as_noun (ds, items, k - 1);
      u = k - 1;
    }
  /* Not a speech verb of what an earlier one reports: 'Cardin said
   * that Republicans rejected his plan, calling it “…”' is Cardin's,
   * the sentence's subject. */
  for (guint k = u; k > 0 && speech; k--)
    {
      const Item *it = &g_array_index (items, Item, k - 1);

      if (it->kind == IT_END)
        break;
      if (px_quote_is_verb (it) && !used_as_noun (ds, items, k - 1))
        return FALSE;
    }
  if (!speech)
    return FALSE;
  head = g_array_sized_new (FALSE, FALSE, sizeof (Item), v - 1);
  g_array_append_vals (head, items->data, v - 1);
  if (attribute_before (f, ds, head) &&
      (f->kind == SPK_NAME || f->kind == SPK_PRONOUN || f->kind == SPK_ROLE))
    return TRUE;
  g_clear_pointer (&f->np, g_free);
  f->kind = SPK_NONE;
  return FALSE;
}

/* Whether items[i] opens a phrase that says its subject spoke ("put
 * it"), ending a clause: a comma, a colon or the quote follows it, not
 * more words ("put it on the table"). */
static gboolean
speech_phrase_at (GArray *items, guint i)
{
  guint n = px_quote_phrase_at (items, i, WR_SPEECH_PHRASE);

  return n > 0 && (i + n == items->len || g_array_index (items, Item, i + n).kind == IT_COMMA ||
                   g_array_index (items, Item, i + n).kind == IT_COLON);
}

/* Whether items[v], in the sentence items[t, n), is a speech verb that
 * says who spoke the sentence: no noun, no passive, no naming verb
 * ("called" says what its own object is called: "a super PAC called
 * Future45", "called him “Little Marco”"), not in a relative or a
 * subordinate clause. */
static gboolean
reports_sentence_at (DocScan *ds, GArray *items, guint t, guint v, guint n)
{
  return px_quote_is_verb (&g_array_index (items, Item, v)) && !used_as_noun (ds, items, v) &&
         !is_passive (items, v) && !(g_array_index (items, Item, v).classes & WC_NAMING_VERB) &&
         !in_relative_clause (items, t, v) && !in_subordinate_clause (items, t, v, n);
}

static gboolean
attribute_before (Found *f, DocScan *ds, GArray *items)
{
  guint s = 0, n = items->len;
  int v = -1;

  /* Only the sentence the quote is in; but a quote that is a sentence
   * of its own takes the speaker of the sentence before it in the same
   * paragraph: 'The engineer said the steel would come. "If…"' */
  for (guint i = 0; i < n; i++)
    if (g_array_index (items, Item, i).kind == IT_END)
      s = i + 1;
  if (s > 0 && s == n)
    {
      guint t = 0;

      for (guint i = 0; i + 1 < s; i++)
        if (g_array_index (items, Item, i).kind == IT_END)
          t = i + 1;
      /* The last verb that says who spoke the sentence: a naming verb
       * never does (reports_sentence_at()). */
      for (guint i = s - 1; i > t; i--)
        if (reports_sentence_at (ds, items, t, i - 1, s - 1))
          {
            /* '…, said Ada Marr. "…"', '"…," said Ada Marr, 34, a
             * pilot who … . "…"': the speaker after the verb. */
            if ((i - 1 == t || g_array_index (items, Item, i - 2).kind == IT_COMMA) &&
                !px_quote_item_in (items, i - 1, WR_LISTENER_VERB) &&
                !px_quote_item_in (items, i - 1, WR_ASKING_VERB) &&
                !(g_array_index (items, Item, i - 1).classes & WC_PARTICIPLE) &&
                !(i < items->len && g_array_index (items, Item, i).kind == IT_WORD &&
                  px_quote_item_in (items, i, WR_NAME_PREPOSITION)))
              {
                object_np (f, ds, items, i - 1, s - 1);
                f->pattern = PATTERN_NEARBY;
                if (f->kind != SPK_NONE)
                  return TRUE;
                g_clear_pointer (&f->np, g_free);
              }
            subject_of (f, ds, items, i - 1);
            /* 'Ann Lee said that for years critics had been predicting
             * a closure. "…"': a speech verb inside what an earlier one
             * reports names no speaker of the quote after; the earlier
             * verb's subject goes on. */
            if (f->kind != SPK_NAME && f->kind != SPK_PRONOUN && f->kind != SPK_ROLE)
              for (guint k = t; k + 1 < i; k++)
                {
                  if (px_quote_item_in (items, k, WR_CONJUNCTION))
                    break;
                  if (reports_sentence_at (ds, items, t, k, s - 1))
                    {
                      g_clear_pointer (&f->np, g_free);
                      f->kind = SPK_NONE;
                      subject_of (f, ds, items, k);
                      break;
                    }
                }
            f->pattern = PATTERN_NEARBY;
            return f->kind != SPK_NONE;
          }
      /* 'The board issued a statement on Monday. "…"': the statement
       * its subject put out. */
      for (guint k = t + 2; k + 1 < s; k++)
        {
          Item *noun = &g_array_index (items, Item, k);

          if (noun->kind != IT_WORD || noun->cap)
            continue;
          px_quote_item_fill (ds, noun);
          if (!(noun->classes & WC_STATEMENT) || !px_quote_item_in (items, k - 1, WR_INDEFINITE_ARTICLE) ||
              !px_quote_item_in (items, k - 2, WR_ISSUING_VERB) || g_array_index (items, Item, k - 2).cap)
            continue;
          if (!in_relative_clause (items, t, k - 2))
            {
              subject_of (f, ds, items, k - 2);
              f->pattern = PATTERN_NEARBY;
              if (f->kind == SPK_NAME || f->kind == SPK_PRONOUN || f->kind == SPK_ROLE)
                return TRUE;
              g_clear_pointer (&f->np, g_free);
              f->kind = SPK_NONE;
            }
          break;
        }
    }
  if (s > 0)
    {
      g_array_remove_range (items, 0, s);
      n = items->len;
    }
  /* Not a plural noun of a verb's form: "give up their claims to…";
   * not a verb in an aside that dashes close before the quote ("Ivo
   * Marsh -- as Ann Lee noted -- taunted her for “…”"); not consent to
   * an act ("agreed to make a payment of “…”"). */
  for (guint i = n; i > 0; i--)
    {
      if (((px_quote_is_verb_at (ds, items, i - 1) && !used_as_noun (ds, items, i - 1) &&
            !(px_quote_item_in (items, i - 1, WR_CONSENT_VERB) && px_quote_item_in (items, i, WR_INFINITIVE_MARKER))) ||
           px_quote_phrase_at (items, i - 1, WR_ACCORDING_TO) || speech_phrase_at (items, i - 1)) &&
          !in_dash_aside (ds, items, i - 1, n) && !in_subordinate_clause (items, 0, i - 1, n))
        {
          v = i - 1;
          break;
        }
    }
  if (v < 0)
    {
      /* Headline style: "Kerry: No Room … ‘On Their Own’". */
      guint b = 0, e;
      while (b < n && g_array_index (items, Item, b).kind == IT_OTHER)
        b++;   /* a bullet */
      /* "… - Mark Blumenthal and Jon Cohen:": two names joined. */
      for (e = b; e < n && (is_np_word (&g_array_index (items, Item, e)) ||
                            (e > b && e + 1 < n && px_quote_item_in (items, e, WR_CONJUNCTION) &&
                             !g_array_index (items, Item, e).cap &&
                             g_array_index (items, Item, e - 1).cap &&
                             g_array_index (items, Item, e + 1).cap)); e++)
        ;
      /* "HIGHER TURNOUT IN IOWA - Michael P. McDonald:": the name after
       * a dash set off by spaces, not the headline before it. */
      for (guint k = e; k > b + 1; k--)
        if (g_array_index (items, Item, k - 1).kind == IT_HYPHEN &&
            g_array_index (items, Item, k - 1).start > g_array_index (items, Item, k - 2).end)
          {
            b = k;
            break;
          }
      if (e > b && e < n && g_array_index (items, Item, e).kind == IT_COLON &&
          !labels_fields (items, e, n))
        set_speaker_np (f, ds, items, b, e);
      f->pattern = PATTERN_NEARBY;
      /* "Hannity interjected: “…”", "The board was plain in its
       * findings: “…”": a colon hands the quote to the sentence's
       * subject. */
      if (f->kind == SPK_NONE && n > 1 && g_array_index (items, Item, n - 1).kind == IT_COLON)
        colon_source (f, ds, items, n);
      if (f->kind == SPK_NONE && n > 1 && g_array_index (items, Item, n - 1).kind == IT_COLON)
        {
          sentence_subject (f, ds, items, n - 1);
          f->pattern = PATTERN_SUBJECT;
          /* Only a person the text names, followed by an English verb
           * ("interjected", "continues", "was"): "Le ministre a dit :"
           * has no subject these lists know. */
          if (f->kind == SPK_NAME && ((!strchr (f->np, ' ') && !known_person (ds, f->np)) ||
                                      !verb_follows (ds, items, f->np_pos, n - 1, TRUE)))
            {
              g_clear_pointer (&f->np, g_free);
              f->kind = SPK_NONE;
            }
        }
      /* "Trump's scathing criticism that Bush ''lied''", "Sanders'
       * call for "revolution"": whose words they are. */
      if (f->kind == SPK_NONE)
        {
          possessive_statement_source (f, ds, items, n);
          if (f->kind != SPK_NONE)
            f->pattern = PATTERN_SUBJECT;
        }
      if (f->kind == SPK_NONE && n > 1 && g_array_index (items, Item, n - 1).kind != IT_COLON)
        subject_owns_quote (f, ds, items, n);
      return f->kind != SPK_NONE;
    }
  if (px_quote_phrase_at (items, v, WR_ACCORDING_TO))
    {
      object_np (f, ds, items, v + px_quote_phrase_at (items, v, WR_ACCORDING_TO) - 1, n);
      return f->kind != SPK_NONE;
    }
  /* "As Ann Lee, a pilot, put it:": the phrase's subject, never the
   * words after it. */
  if (speech_phrase_at (items, v))
    {
      subject_of (f, ds, items, v);
      f->pattern = PATTERN_NEARBY;
      return f->kind != SPK_NONE;
    }
  if (is_passive (items, v))
    {
      f->kind = SPK_UNKNOWN;
      return TRUE;
    }
  /* "misjudged President Ivo Marsh, having referred to him as a “…”":
   * a perfect participle's clause, whose subject is the sentence's. */
  if ((g_array_index (items, Item, v).classes & WC_PARTICIPLE) ||
      (v > 0 && px_quote_item_in (items, v - 1, WR_PERFECT_AUXILIARY) &&
       px_quote_has_ending (WE_PARTICIPLE, g_array_index (items, Item, v - 1).lower)))
    {
      if (participle_after_speech (f, ds, items, v))
        return TRUE;
      /* "quoted him as saying": the object of "quoted" spoke. */
      if (v >= 2 && px_quote_item_in (items, v - 1, WR_QUOTING_AS))
        for (int q = v - 2; q >= 0; q--)
          if (px_quote_item_in (items, q, WR_QUOTING_VERB))
            {
              set_speaker_np (f, ds, items, q + 1, v - 1);
              return f->kind != SPK_NONE;
            }
      /* "with Ada Marr calling it…", ", Ada Marr calling it": a name
       * right before the participle is its subject; not one after a
       * preposition ("of Ada Marr telling", "to Wired explaining"). */
      {
        guint e = v, b, a;

        while (e > 0 && is_adverb (&g_array_index (items, Item, e - 1)))
          e--;
        for (b = e; b > 0 && is_np_word (&g_array_index (items, Item, b - 1)) &&
                    !g_array_index (items, Item, b - 1).possessive; b--)
          ;
        a = b > 0 && px_quote_item_in (items, b - 1, WR_DEFINITE_ARTICLE) ? b - 1 : b;
        if (e > 0 && b < e && px_quote_is_name_word (&g_array_index (items, Item, e - 1)) &&
            (a == 0 || g_array_index (items, Item, a - 1).kind == IT_COMMA ||
             px_quote_item_in (items, a - 1, WR_PARTICIPLE_CLAUSE_OPENER)))
          {
            set_speaker_np (f, ds, items, b, e);
            f->pattern = PATTERN_NEARBY;
            if (f->kind == SPK_NAME)
              return TRUE;
            g_clear_pointer (&f->np, g_free);
            f->kind = SPK_NONE;
          }
      }
      /* "with many marchers chanting “…”": the participle has its own
       * subject, nobody named, not the sentence's. */
      for (guint k = (guint) v; k > 0 && (guint) v - k < MAX_DESCRIPTION_WORDS; k--)
        {
          const Item *it = &g_array_index (items, Item, k - 1);

          if (it->kind != IT_WORD || it->cap || px_quote_is_pronoun (it))
            break;
          if (px_quote_item_in (items, k - 1, WR_PARTICIPLE_CLAUSE_OPENER) && k < (guint) v)
            return FALSE;
          if (px_quote_is_verb (it))
            break;
        }
      sentence_subject (f, ds, items, v);
      f->pattern = PATTERN_NEARBY;
      return f->kind != SPK_NONE;
    }
  if (v > 0 && px_quote_item_in (items, v - 1, WR_INFINITIVE_MARKER))
    {
      sentence_subject (f, ds, items, v);   /* "he went on to say that" */
      f->pattern = PATTERN_NEARBY;
      return f->kind != SPK_NONE;
    }
  /* Inverted after a clause: "Because of the schedule, explained
   * Rosenberg, “…”".  Not after "told", whose object is the listener. */
  if ((v == 0 || g_array_index (items, Item, v - 1).kind == IT_COMMA) &&
      !px_quote_item_in (items, v, WR_LISTENER_VERB) && !px_quote_item_in (items, v, WR_ASKING_VERB))
    {
      guint e = object_np (f, ds, items, v, n), np_end = e;

      while (e < n && (g_array_index (items, Item, e).kind == IT_COMMA ||
                       g_array_index (items, Item, e).kind == IT_COLON))
        e++;
      /* 'said Fiorina "was involved"': the name is what was said about. */
      if (e >= n && e > np_end && f->kind != SPK_NONE)
        return TRUE;
      /* "The paradox of Nancy, says Carl Anthony, a historian, is that
       * she was “…”": an inverted aside set off by commas inside the
       * sentence; the name in it said the quote. */
      if (v > 0 && f->kind == SPK_NAME && !f->np_weak && np_end < n &&
          g_array_index (items, Item, np_end).kind == IT_COMMA &&
          (guint) v + 1 < n && g_array_index (items, Item, v + 1).cap &&
          f->np_pos == g_array_index (items, Item, v + 1).start)
        return TRUE;
      g_clear_pointer (&f->np, g_free);
      f->kind = SPK_NONE;
    }
  subject_of (f, ds, items, v);
  /* "As one worker told Brackley Weekly, “…”": who was told is the
   * listener, never the speaker. */
  /* 'called the Saudis “free riders”': a naming verb's object is whom
   * the words are about; a person the text names, the sentence's
   * subject, said them. */
  if (f->kind == SPK_NONE && (g_array_index (items, Item, v).classes & WC_NAMING_VERB))
    {
      sentence_subject (f, ds, items, v);
      if (f->kind == SPK_NAME && !f->np_weak && names_person (ds, f->np))
        {
          f->pattern = PATTERN_SUBJECT;
          return TRUE;
        }
      g_clear_pointer (&f->np, g_free);
      f->kind = SPK_NONE;
    }
  if (f->kind == SPK_NONE &&
      !px_quote_item_in (items, v, WR_LISTENER_VERB))
    {
      /* "said Kerry, “…”", not "said the senator can “…”": the words
       * after the verb name the speaker only if they run up to the
       * quote. */
      guint e = object_np (f, ds, items, v, n), np_end = e;

      while (e < n && (g_array_index (items, Item, e).kind == IT_COMMA ||
                       g_array_index (items, Item, e).kind == IT_COLON))
        e++;
      /* "and called National Nurses United “one of the sponsors”": a
       * naming verb's object right before the quote is what is named,
       * not who named it (but "so-called" is left as it was). */
      if (e < n || (e == np_end && (g_array_index (items, Item, v).classes & WC_NAMING_VERB) &&
                    !(v >= 2 && g_array_index (items, Item, v - 1).kind == IT_HYPHEN &&
                      px_quote_item_in (items, v - 2, WR_NAME_MARKER))))
        {
          g_clear_pointer (&f->np, g_free);
          f->kind = SPK_NONE;
        }
    }
  if (f->kind == SPK_NONE)
    {
      sentence_subject (f, ds, items, v);
      f->pattern = PATTERN_SUBJECT;
    }
  return f->kind != SPK_NONE;
}

static gboolean ends_sentence (DocScan *ds, Found *f);

/* Most words an attribution that interrupts a quote holds: "…," said
 * the former two-term governor of the state on Tuesday, "…". */
#define MAX_INTERRUPTION_WORDS 14

/* Whether the words of [lo, hi), between two quotes, interrupt one
 * quotation: they end with a comma ("…," Ann Lee said, "…"), hold no
 * sentence's end and few words. */
static gboolean
interrupts (DocScan *ds, guint32 lo, guint32 hi)
{
  g_autoptr(GArray) items = px_quote_items_of (ds, lo, hi);
  guint words = 0;

  if (items->len < 2 || g_array_index (items, Item, items->len - 1).kind != IT_COMMA)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      ItemKind kind = g_array_index (items, Item, i).kind;

      if (kind == IT_END || kind == IT_COLON)
        return FALSE;
      if (kind == IT_WORD && ++words > MAX_INTERRUPTION_WORDS)
        return FALSE;
    }
  return TRUE;
}

/* "We will open the bridge," Mira Holt said, "and close the ferry.": a
 * quote cut by its attribution is one quotation.  The first part ends
 * with the comma that hands over to the attribution, the attribution
 * (found after the first part) ends with a comma, and the second part
 * follows in the same paragraph: the second joins the first, as the
 * paragraphs of a multi-paragraph quote do. */
static void
join_interrupted (DocScan *ds)
{
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *a = g_ptr_array_index (ds->found, q);
      const Span *last;
      Found *b = NULL;
      guint r;

      if (a->depth > 0 || !a->said_after || (a->flags & PX_QUOTE_OPEN) || ends_sentence (ds, a))
        continue;
      for (r = q + 1; r < ds->found->len; r++)
        {
          b = g_ptr_array_index (ds->found, r);
          if (b->depth == 0)
            break;
        }
      if (r >= ds->found->len || b->paragraph != a->last_paragraph || b->segments->len == 0)
        continue;
      /* The comma inside the first part's marks. */
      last = &g_array_index (a->segments, Span, a->segments->len - 1);
      if (!memchr (ds->text + last->end, ',', a->mark_end - last->end) ||
          !interrupts (ds, a->mark_end, b->mark_start))
        continue;
      g_array_append_vals (a->segments, b->segments->data, b->segments->len);
      a->mark_end = b->mark_end;
      a->last_paragraph = b->last_paragraph;
      a->flags |= b->flags & (PX_QUOTE_OPEN | PX_QUOTE_MULTI);
      g_ptr_array_remove_index (ds->found, r);   /* nested quotes of b stay, after a */
      q--;   /* a may go on after b: "…," she said, "…," she added, "…" */
    }
}

/* Whether the quote @f is a clause of its own that words after it can
 * attribute: it starts a sentence, or ends with the comma, question or
 * exclamation mark or dash that hands over to "…, she said". */
/* The last character before the closing mark of @f and any space: the
 * mark may be two characters ('' in the New York Times' archive). */
static const char *
before_close (DocScan *ds, Found *f)
{
  const char *close = g_utf8_find_prev_char (ds->text, ds->text + f->mark_end);
  const char *p = close ? g_utf8_find_prev_char (ds->text, close) : NULL;

  if (p && *close == '\'' && *p == '\'')
    p = g_utf8_find_prev_char (ds->text, p);
  while (p && p > ds->text && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_find_prev_char (ds->text, p);
  return p;
}

static gboolean
closes_clause (DocScan *ds, Found *f, GArray *before)
{
  const char *p;
  gunichar c;

  if (before->len == 0 || g_array_index (before, Item, before->len - 1).kind == IT_END ||
      g_array_index (before, Item, before->len - 1).kind == IT_COLON)
    return TRUE;
  if (f->flags & PX_QUOTE_OPEN)
    return TRUE;
  p = before_close (ds, f);
  if (p == NULL)
    return FALSE;
  c = g_utf8_get_char (p);
  return c == ',' || c == '?' || c == '!' || c == 0x2014 || c == 0x2013 || c == '-';
}

/* Whether the quote @f ends its sentence inside its marks: “…fraud.” */
static gboolean
ends_sentence (DocScan *ds, Found *f)
{
  const char *p = before_close (ds, f);
  gunichar c;

  if (p == NULL)
    return FALSE;
  c = g_utf8_get_char (p);
  return c == '.' || c == '?' || c == '!';
}

/* Whether a stop ends the words of @f, inside any nested quote's marks
 * ('… what is this?’'). */
static gboolean
ends_with_stop (DocScan *ds, Found *f)
{
  const Span *s;
  const char *p;

  if (f->segments->len == 0)
    return FALSE;
  s = &g_array_index (f->segments, Span, f->segments->len - 1);
  p = ds->text + s->end;
  while (p > ds->text + s->start)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (c == '.' || c == '?' || c == '!' || c == 0x2026)
        return TRUE;
      if (!(g_unichar_isspace (c) || c == '"' || c == '\'' || c == 0x2019 || c == 0x201D ||
            c == 0x00BB || c == ')'))
        return FALSE;
    }
  return FALSE;
}

/* 'Guns are "a crisis" and "a disgrace," Ann Lee said': the quotes of a
 * sentence before the one its attribution follows share it. */
static void
share_sentence_attribution (DocScan *ds)
{
  Found *next = NULL;

  for (guint q = ds->found->len; q > 0; q--)
    {
      Found *f = g_ptr_array_index (ds->found, q - 1);

      if (f->depth > 0)
        continue;
      if (next && next->said_after && next->paragraph == f->last_paragraph &&
          (f->kind == SPK_NONE || f->kind == SPK_INHERIT) && !f->said_after &&
          !(f->flags & PX_QUOTE_OPEN) && !ends_sentence (ds, f) &&
          (next->kind == SPK_NAME || next->kind == SPK_PRONOUN || next->kind == SPK_ROLE))
        {
          g_autoptr(GArray) between = px_quote_items_of (ds, f->mark_end, next->mark_start);
          gboolean one_sentence = TRUE;

          for (guint i = 0; i < between->len && one_sentence; i++)
            one_sentence = g_array_index (between, Item, i).kind != IT_END &&
                           !px_quote_is_verb (&g_array_index (between, Item, i));
          if (one_sentence)
            {
              f->kind = next->kind;
              g_free (f->np);
              f->np = g_strdup (next->np);
              f->np_pos = next->np_pos;
              f->np_described = next->np_described;
              f->np_owned = next->np_owned;
              f->pattern = next->pattern;
              f->said = f->said_after = TRUE;
            }
        }
      next = f;
    }
}

/* A paragraph that is one quotation and nothing else, after a paragraph
 * whose last sentence has a speech verb or ends with a colon, is what
 * that sentence's subject said: 'Ann Lee said the bridge would wait.
 * ¶ "We have no money this year."' */
static void
said_in_paragraph_before (DocScan *ds, Found *f)
{
  const PxParagraph *p = px_document_get_paragraph (ds->doc, f->paragraph - 1);
  g_autoptr(GArray) items = px_quote_items_of (ds, p->start, p->end);
  ItemKind last;

  if (items->len < 3)
    return;
  last = g_array_index (items, Item, items->len - 1).kind;
  if (last != IT_END && last != IT_COLON)
    return;
  if (attribute_before (f, ds, items) && f->kind != SPK_NAME && f->kind != SPK_PRONOUN &&
      f->kind != SPK_ROLE)
    {
      g_clear_pointer (&f->np, g_free);
      f->kind = SPK_NONE;
    }
  f->pattern = MIN (f->pattern, PATTERN_NEARBY);
}

/* How many items a paragraph that only names a quote's speaker may hold:
 * "- Ivo Marsh, tweeting after the speech." */
#define MAX_SIGNATURE_ITEMS 16

/* A paragraph that is one quotation, followed by a short paragraph that
 * opens with a dash and a name, is what that name said: a fact check's or
 * a digest's '"We will win." ¶ - Ada Marr.'  The name up to its first
 * comma. */
static void
said_in_paragraph_after (DocScan *ds, Found *f)
{
  const PxParagraph *p;
  const char *t;
  guint e = 0;

  if (f->last_paragraph + 1 >= px_document_get_n_paragraphs (ds->doc))
    return;
  p = px_document_get_paragraph (ds->doc, f->last_paragraph + 1);
  t = ds->text + p->start;
  if (!(g_str_has_prefix (t, "-") || g_str_has_prefix (t, "\xe2\x80\x94") ||
        g_str_has_prefix (t, "\xe2\x80\x93")))
    return;
  {
    g_autoptr(GArray) items = px_quote_items_of (ds, p->start, p->end);
    guint s = 0;

    if (items->len == 0 || items->len > MAX_SIGNATURE_ITEMS)
      return;
    while (s < items->len && g_array_index (items, Item, s).kind != IT_WORD)
      s++;
    for (e = s; e < items->len && g_array_index (items, Item, e).kind != IT_COMMA &&
                g_array_index (items, Item, e).kind != IT_END; e++)
      if (!is_np_word (&g_array_index (items, Item, e)))
        return;
    if (e == s)
      return;
    set_speaker_np (f, ds, items, s, e);
    if (f->kind != SPK_NAME)
      {
        g_clear_pointer (&f->np, g_free);
        f->kind = SPK_NONE;
        return;
      }
    f->pattern = PATTERN_NEARBY;
    f->said = TRUE;
  }
}

/* The quote that holds the nested quote at @q: the nearest before it one
 * level up whose marks enclose it. */
Found *
px_quote_holder_of (DocScan *ds, guint q)
{
  Found *f = g_ptr_array_index (ds->found, q);

  for (guint r = q; r > 0; r--)
    {
      Found *g = g_ptr_array_index (ds->found, r - 1);

      if (g->depth + 1 == f->depth && g->mark_start < f->mark_start && g->mark_end >= f->mark_end)
        return g;
    }
  return NULL;
}

/* "I then heard President Trump ask, quote, ‘So he’s going to do it?’",
 * "Ann Lee replied that ‘He will’": a quote inside another is what the
 * outer words say a person named there said, found by the patterns of
 * the words before it in the outer quote.  Only a name, or "I": the
 * outer quote's speaker is quoting someone, and "he" inside a quote
 * stands for someone the article's words around do not tell, but "I"
 * is the outer quote's speaker ("And I said, ‘I want more.’"). */
static void
attribute_nested (DocScan *ds)
{
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      Found *holder;
      guint32 lo;
      gboolean verb = FALSE;

      if (f->depth == 0 || f->kind != SPK_NONE || !(holder = px_quote_holder_of (ds, q)) ||
          holder->segments->len == 0)
        continue;
      lo = g_array_index (holder->segments, Span, 0).start;
      for (guint r = q; r > 0; r--)
        {
          Found *g = g_ptr_array_index (ds->found, r - 1);

          if (g == holder)
            break;
          if (g->depth == f->depth && g->mark_end <= f->mark_start)
            {
              lo = MAX (lo, g->mark_end);
              break;
            }
        }
      if (lo >= f->mark_start)
        continue;
      {
        g_autofree guint8 *mask = g_memdup2 (ds->quoted + lo, f->mark_start - lo);
        g_autoptr(GArray) before = NULL;

        /* The holder's words are read as the text around a quote is;
         * its mask is put back below. */
        memset (ds->quoted + lo, 0, f->mark_start - lo);
        before = px_quote_items_of (ds, lo, f->mark_start);
        guint at = 0;

        /* A speech verb in the quote's own sentence, before it. */
        for (guint i = before->len; i > 0 && !verb; i--)
          {
            const Item *it = &g_array_index (before, Item, i - 1);

            if (it->kind == IT_END)
              break;
            verb = (px_quote_is_verb (it) && !used_as_noun (ds, before, i - 1)) ||
                   px_quote_phrase_at (before, i - 1, WR_ACCORDING_TO);
            at = i - 1;
          }
        /* “And I said, ‘I want more.’”: the holder's speaker says it. */
        if (verb && at > 0 && px_quote_item_in (before, at - 1, WR_FIRST_PERSON))
          f->kind = SPK_INHERIT;
        else if (verb)
          attribute_before (f, ds, before);
        memcpy (ds->quoted + lo, mask, f->mark_start - lo);
        if (f->kind != SPK_NAME && f->kind != SPK_INHERIT)
          {
            g_clear_pointer (&f->np, g_free);
            f->kind = SPK_NONE;
            continue;
          }
        f->pattern = MIN (f->pattern, PATTERN_NEARBY);
        f->said = TRUE;
      }
    }
}

/* 'Hemsley, the co-author of “Going Viral,” about the spread of news,
 * said the days when the nation had “a unifying story” are gone': a
 * quote earlier in the sentence that nobody said (a title) cuts the
 * words before @f off from their subject.  The words of the sentence
 * on both sides of @title, from @lo, say who spoke: a name or a
 * pronoun, as attribute_before() finds it. */
static void
attribute_past_title (Found *f, DocScan *ds, guint32 lo, Found *title)
{
  g_autoptr(GArray) items = px_quote_items_of (ds, lo, title->mark_start);
  g_autoptr(GArray) rest = px_quote_items_of (ds, title->mark_end, f->mark_start);
  Found probe = { .pattern = PATTERN_NEARBY };
  const char *p = before_close (ds, title);

  /* 'Ada Marr, who phoned in from the set of “Fargo,” had…': the comma
   * inside the title's marks still closes the aside. */
  if (p && *p == ',')
    {
      Item comma = { .kind = IT_COMMA, .start = p - ds->text, .end = p - ds->text + 1 };

      g_array_append_val (items, comma);
    }
  g_array_append_vals (items, rest->data, rest->len);
  attribute_before (&probe, ds, items);
  if ((probe.kind == SPK_NAME && !probe.np_weak) || probe.kind == SPK_PRONOUN)
    {
      f->kind = probe.kind;
      f->np = probe.np;
      f->np_pos = probe.np_pos;
      f->pattern = MIN (probe.pattern, PATTERN_NEARBY);
      f->said = TRUE;
      return;
    }
  g_free (probe.np);
}

/* Whether @before, the words before a quote, end with a speech verb and
 * the comma or colon that hands over to it: "and said,". */
static gboolean
introduced (GArray *before)
{
  guint n = before->len;

  return n >= 2 &&
         (g_array_index (before, Item, n - 1).kind == IT_COMMA ||
          g_array_index (before, Item, n - 1).kind == IT_COLON) &&
         px_quote_is_verb (&g_array_index (before, Item, n - 2));
}

/* Whether the speech verb and comma that end @before ("he said,") have
 * a subject that names someone: a name or a pronoun, not a role ("the
 * officer said, “Oh, God!” Ann Lee recalled": the one who recalls is
 * the source the words after give), not in a relative clause ("an
 * employee who had yelled,"), not a name that qualifies a noun ("Lee
 * High School fans chanted,").  @f then takes it. */
static gboolean
introduced_by_subject (Found *f, DocScan *ds, GArray *before)
{
  g_autoptr(GArray) items = NULL;
  Found probe = *f;
  guint t = 0;

  for (guint i = 0; i + 2 < before->len; i++)
    if (g_array_index (before, Item, i).kind == IT_END)
      t = i + 1;
  if (in_relative_clause (before, t, before->len - 2))
    return FALSE;
  items = g_array_copy (before);
  probe.kind = SPK_NONE;
  probe.np = NULL;
  probe.np_weak = FALSE;
  attribute_before (&probe, ds, items);
  if ((probe.kind != SPK_NAME && probe.kind != SPK_PRONOUN) || probe.np_weak)
    {
      g_free (probe.np);
      return FALSE;
    }
  f->kind = probe.kind;
  f->np = probe.np;
  f->np_pos = probe.np_pos;
  f->np_weak = probe.np_weak;
  f->pattern = probe.pattern;
  return TRUE;
}

/* Whether the words @after a quote, up to the next quote of the
 * paragraph (@quote_follows), are an attribution that a colon hands on
 * to that next quote: '“We are not terrorists.” Mr. Zahed said: “The
 * attack…”' is Mr. Zahed's second quote only.  So when the quote ends
 * its sentence, or a speech verb before it in its sentence says whose it
 * is ('After Scalia said they might do better at “less advanced
 * schools,” Trump said: “…”'); '“…,” Ann Lee said: “…”' is hers twice. */
static gboolean
colon_hands_on (DocScan *ds, Found *f, GArray *after, gboolean quote_follows, gboolean verb_before)
{
  if (!quote_follows || after->len < 2 || g_array_index (after, Item, after->len - 1).kind != IT_COLON)
    return FALSE;
  for (guint i = 0; i < after->len; i++)
    if (g_array_index (after, Item, i).kind == IT_END)
      return FALSE;
  return ends_sentence (ds, f) || verb_before;
}

/* Whether the words @before a quote go on in the clause of the quote
 * @prev before them: no comma between, inside @prev's marks or after
 * them.  A comma may close a clause, and a new one has its own subject
 * ('While Ivo Marsh calls it a “fine piece,” Ada Marr fixes on the
 * “title”'). */
static gboolean
same_clause (DocScan *ds, Found *prev, GArray *before)
{
  const char *p = before_close (ds, prev);

  if (p == NULL || *p == ',')
    return FALSE;
  for (guint i = 0; i < before->len; i++)
    if (g_array_index (before, Item, i).kind == IT_COMMA)
      return FALSE;
  return TRUE;
}

/* The words around the top-level quote ds->found[q] that may speak of
 * it: its paragraphs, from the end of @prev (the top-level quote before
 * it) when that ends in its first paragraph, to the next top-level
 * quote's mark when that opens in its last.  The words of another quote
 * are none of its own. */
void
px_quote_surroundings (DocScan *ds, guint q, const Found *prev, guint32 *lo, guint32 *hi)
{
  const Found *f = g_ptr_array_index (ds->found, q);

  *lo = px_document_get_paragraph (ds->doc, f->paragraph)->start;
  *hi = px_document_get_paragraph (ds->doc, f->last_paragraph)->end;
  if (prev && prev->last_paragraph == f->paragraph)
    *lo = prev->mark_end;
  for (guint r = q + 1; r < ds->found->len; r++)
    {
      const Found *g = g_ptr_array_index (ds->found, r);

      if (g->depth == 0)
        {
          if (g->paragraph == f->last_paragraph)
            *hi = g->mark_start;
          break;
        }
    }
}

void
px_quote_attribute (DocScan *ds)
{
  Found *prev = NULL;
  guint32 prev_lo = 0;
  gboolean prev_verb_before = FALSE;

  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      const PxParagraph *first, *last;
      guint32 lo, hi;

      if (f->depth > 0)
        continue;
      first = px_document_get_paragraph (ds->doc, f->paragraph);
      last = px_document_get_paragraph (ds->doc, f->last_paragraph);
      px_quote_surroundings (ds, q, prev, &lo, &hi);

      {
        g_autoptr(GArray) after = px_quote_items_of (ds, f->mark_end, MAX (f->mark_end, hi));
        g_autoptr(GArray) before = px_quote_items_of (ds, lo, f->mark_start);
        gboolean para_start = before->len == 0 && lo == first->start;

        gboolean same_sentence = prev && prev->last_paragraph == f->paragraph &&
                                 !(prev->flags & PX_QUOTE_OPEN) && !ends_sentence (ds, prev);
        gboolean verb_before = FALSE;

        /* The speech verb of the quote's sentence before it, if any. */
        for (guint i = before->len; i > 0; i--)
          {
            const Item *it = &g_array_index (before, Item, i - 1);

            if (it->kind == IT_END)
              {
                same_sentence = FALSE;
                break;
              }
            /* Not "so-called": a verb in a compound. */
            if ((px_quote_is_verb (it) && !(i >= 2 && g_array_index (before, Item, i - 2).kind == IT_HYPHEN)) ||
                px_quote_phrase_at (before, i - 1, WR_ACCORDING_TO) ||
                speech_phrase_at (before, i - 1))
              verb_before = TRUE;
          }
        f->opens_sentence = before->len == 0 ||
                            g_array_index (before, Item, before->len - 1).kind == IT_END ||
                            g_array_index (before, Item, before->len - 1).kind == IT_COLON;
        f->pattern = PATTERN_NEXT_TO;
        /* 'he called her a “fraud” and said, “…,” the office said': a
         * quote a speech verb and its comma hand over to is the words
         * of that verb's subject, whom the words after only report. */
        /* 'the so-called “medical conscience” rule': a name things go
         * by, nobody's words, whatever verb the sentence has. */
        if (before->len >= 3 && g_array_index (before, Item, before->len - 2).kind == IT_HYPHEN &&
            (g_array_index (before, Item, before->len - 1).classes & WC_NAMING_VERB) &&
            px_quote_item_in (before, before->len - 3, WR_NAME_MARKER))
          {
            f->kind = SPK_UNKNOWN;
            f->said = verb_before;
          }
        else if (introduced (before) && same_sentence &&
                 (prev->kind == SPK_NAME || prev->kind == SPK_PRONOUN || prev->kind == SPK_ROLE))
          {
            /* "and said,": the subject of the quote before. */
            if (!attribute_before (f, ds, before))
              f->kind = SPK_INHERIT;
            f->said = TRUE;
          }
        /* 'he recalled that he said, “…,” the office said': the same
         * with no quote before, when the verb's subject is named. */
        else if (introduced (before) && introduced_by_subject (f, ds, before))
          f->said = TRUE;
        else if (!colon_hands_on (ds, f, after, hi != last->end, verb_before) &&
                 attribute_after (f, ds, after, closes_clause (ds, f, before),
                                  !ends_sentence (ds, f), hi == last->end))
          f->said = f->said_after = TRUE;
        /* 'Ivo Marsh says his “old friend” Ada Marr ran “a clean
         * race”', 'When Ann Lee said there was no “direct evidence”
         * that the mail had been “hacked,”': with no speech verb since,
         * a later quote of the sentence goes on with the words of the
         * verb before the first, not the subject of its own clause. */
        else if (same_sentence && prev_verb_before && !verb_before && !prev->said_after &&
                 (prev->kind == SPK_NAME || prev->kind == SPK_PRONOUN || prev->kind == SPK_ROLE) &&
                 same_clause (ds, prev, before))
          {
            f->kind = SPK_INHERIT;
            f->said = TRUE;
          }
        else
          {
            attribute_before (f, ds, before);
            if (f->kind == SPK_NONE)
              participle_opener_subject (f, ds, before, after);
            f->said = verb_before || f->kind == SPK_NAME || f->kind == SPK_PRONOUN ||
                      f->kind == SPK_ROLE;
          }
        if (f->kind == SPK_NONE && same_sentence && prev->kind == SPK_NONE && !prev->said)
          attribute_past_title (f, ds, prev_lo, prev);
        /* A paragraph of a quote alone goes on the paragraph before,
         * unless it reads as a subheading: no stop ends it ('“…
         * prevent the evacuation of the civilians”'). */
        gboolean subheading = para_start && after->len == 0 && hi == last->end &&
                              !(f->flags & (PX_QUOTE_OPEN | PX_QUOTE_MULTI)) && !ends_with_stop (ds, f);

        if (f->kind == SPK_NONE && prev &&
            (prev->last_paragraph == f->paragraph ||
             (para_start && prev->last_paragraph + 1 == f->paragraph && !subheading)))
          f->kind = SPK_INHERIT;
        if (f->kind == SPK_NONE && para_start && f->paragraph > 0 && after->len == 0 && !subheading)
          said_in_paragraph_before (ds, f);
        if ((f->kind == SPK_NONE || f->kind == SPK_INHERIT) && para_start && after->len == 0 &&
            hi == last->end)
          said_in_paragraph_after (ds, f);
        /* 'called him a "fascist" and a "fraud"': both were said. */
        if (f->kind == SPK_INHERIT && same_sentence)
          f->said |= prev->said;
        prev_verb_before = verb_before || (same_sentence && prev_verb_before && f->kind == SPK_INHERIT);
      }
      prev = f;
      prev_lo = lo;
    }
  share_sentence_attribution (ds);
  join_interrupted (ds);
  attribute_nested (ds);
}
