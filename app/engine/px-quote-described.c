/* px-quote-described.c: speakers the text gives by a description
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * News names a speaker once and then describes it: "the doctors stated"
 * is the group of doctors the article named ("Doctors for Camp
 * Closure"); "the company said" the organisation it called so ("the
 * company Kraft Foods") or last gave as a source; "the Florida senator
 * said" the person named with that title whom its other words fit, else
 * the one the article is about; "China's ambassador" the one person
 * named with that role; "the UN High Commissioner" the office itself.
 * These rules find what such a description stands for in the words
 * before it; px_quote_resolve_role() picks them by the kind of noun the
 * description has.  Pronouns are px-quote-pronouns.c's.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

/* How far before a capitalised word its organisation's name may start,
 * and after it end, in bytes. */
#define NAME_REACH 120

/* Whether text[p, p + n) stands alone as a word. */
static gboolean
word_alone_at (DocScan *ds, guint32 p, gsize n)
{
  char before = p > 0 ? ds->text[p - 1] : ' ';
  char after = p + n < ds->len ? ds->text[p + n] : ' ';

  return !g_ascii_isalnum (before) && before != '-' && !g_ascii_isalnum (after) && after != '-';
}

/* Whether items[i] is a capitalised word that may be part of an
 * organisation's name: no determiner ("The"), no possessive before its
 * end. */
static gboolean
name_word (DocScan *ds, GArray *items, guint i)
{
  Item *it = px_quote_word_item (ds, items, i, TRUE);

  /* Not "The", nor "Monday" ([stop]): "the Nurses on Monday". */
  return it && !(it->classes & (WC_DETERMINER | WC_STOP));
}

/* Whether items[i] is a small word inside an organisation's name:
 * "Doctors for Camp Closure", "Veterans of Foreign Wars", "Friends of
 * the Earth"; not one that makes a place of what follows ("Doctors in
 * Boston"). */
static gboolean
name_inner_word (DocScan *ds, GArray *items, guint i)
{
  Item *it = px_quote_word_item (ds, items, i, FALSE);

  return it && (px_quote_has_role (it, WR_NAME_PREPOSITION) || px_quote_has_role (it, WR_NAME_JOINER) ||
          px_quote_has_role (it, WR_CONJUNCTION)) &&
         !px_quote_has_role (it, WR_PLACE_PREPOSITION);
}

/* The name of the organisation whose capitalised word stands at @p
 * inside a sentence, as written: the capitalised words around it, with
 * the small words between them ("Doctors for Camp Closure"); NULL when
 * the word stands alone. */
static char *
organisation_around (DocScan *ds, guint32 p)
{
  guint32 lo = p > NAME_REACH ? p - NAME_REACH : 0;
  guint32 hi = MIN (ds->len, (gsize) p + NAME_REACH);
  g_autoptr(GArray) items = NULL;
  guint k, a, e;

  /* Whole words only: the window starts after a space. */
  while (lo < p && ds->text[lo] != ' ' && ds->text[lo] != '\n')
    lo++;
  items = px_quote_items_of (ds, lo, hi);
  for (k = 0; k < items->len && g_array_index (items, Item, k).start != p; k++)
    ;
  if (k == items->len || px_quote_opens_sentence (items, k) || k == 0)
    return NULL;
  /* Inside a sentence, after a word in lower case or a mark: not the
   * word that opens it ("Doctors say…"). */
  /* Not the word that opens the sentence, capitalised as such: "Members
   * of Nurses for Safe Wards". */
  for (a = k; a > 0;)
    {
      if (name_word (ds, items, a - 1) && !px_quote_opens_sentence (items, a - 1))
        a--;
      else if (a >= 2 && name_inner_word (ds, items, a - 1) && name_word (ds, items, a - 2) &&
               !px_quote_opens_sentence (items, a - 2))
        a -= 2;
      /* "Friends of the Earth" */
      else if (a >= 3 && px_quote_item_in (items, a - 1, WR_DEFINITE_ARTICLE) &&
               name_inner_word (ds, items, a - 2) && name_word (ds, items, a - 3) &&
               !px_quote_opens_sentence (items, a - 3))
        a -= 3;
      else
        break;
    }
  for (e = k + 1; e < items->len;)
    {
      if (g_array_index (items, Item, e - 1).possessive)
        break;
      if (name_word (ds, items, e))
        e++;
      else if (e + 1 < items->len && name_inner_word (ds, items, e) && name_word (ds, items, e + 1))
        e += 2;
      else if (e + 2 < items->len && name_inner_word (ds, items, e) &&
               px_quote_item_in (items, e + 1, WR_DEFINITE_ARTICLE) && name_word (ds, items, e + 2))
        e += 3;
      else
        break;
    }
  if (e - a < 2)
    return NULL;
  return px_quote_span_text (ds, g_array_index (items, Item, a).start,
                             g_array_index (items, Item, e - 1).end);
}

/* "The doctors stated" (@f's role a plural noun of [group-nouns]): the
 * group the text named before by that noun, "Doctors for Camp
 * Closure", newly allocated; NULL when it named none. */
static char *
resolve_group (DocScan *ds, Found *f)
{
  const char *noun = f->np;
  gsize n = strlen (noun);

  for (guint32 p = f->np_pos; p-- > 0;)
    {
      char *name;

      if (ds->quoted[p] || !g_ascii_isupper (ds->text[p]) || p + n > ds->len ||
          g_ascii_strncasecmp (ds->text + p, noun, n) != 0 || !word_alone_at (ds, p, n))
        continue;
      name = organisation_around (ds, p);
      if (name)
        return name;
    }
  return NULL;
}

/* Most words between the article and the noun of an appositive that
 * calls a name an organisation: "Kraft Foods, the Chicago-based food
 * company". */
#define MAX_APPOSITIVE_ORG_WORDS 4

/* Whether the mention @m is set off as an organisation by the noun @noun
 * right before it ("the company Kraft Foods", "the advocacy group
 * Pilots for Open Skies") or in an appositive after it ("Kraft Foods, a
 * food company,"). */
static gboolean
called_by_noun (DocScan *ds, const Mention *m, const char *noun)
{
  gsize n = strlen (noun), name_len = strlen (m->name);
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  guint k;

  /* "the company Kraft Foods", and the name set off after an article
   * and its noun: "The group, Cleaners United, wrote", "formed a
   * group, the Cleaners United,". */
  before = px_quote_items_of (ds, m->pos > n + 12 ? m->pos - n - 12 : 0, m->pos);
  if (before->len > 0)
    {
      guint b = before->len - 1;
      gboolean comma;
      Item *it;

      px_quote_item_fill (ds, &g_array_index (before, Item, b));
      if (b > 0 && px_quote_item_in (before, b, WR_DEFINITE_ARTICLE) &&
          g_array_index (before, Item, b - 1).kind == IT_COMMA)
        b--;
      comma = g_array_index (before, Item, b).kind == IT_COMMA && b > 0;
      it = &g_array_index (before, Item, comma ? b - 1 : b);
      px_quote_item_fill (ds, it);
      if (it->kind == IT_WORD && !it->cap && it->end - it->start == n && g_str_equal (it->lower, noun) &&
          (it->start == 0 || !g_ascii_isalnum (ds->text[it->start - 1])) &&
          (!comma || (b >= 2 && (px_quote_item_fill (ds, &g_array_index (before, Item, b - 2)),
                                 px_quote_item_in (before, b - 2, WR_DEFINITE_ARTICLE) ||
                                 px_quote_item_in (before, b - 2, WR_INDEFINITE_ARTICLE)))))
        return TRUE;
    }
  /* "Kraft Foods, a food company," */
  if (m->pos + name_len >= ds->len || strncmp (ds->text + m->pos, m->name, name_len) != 0)
    return FALSE;
  after = px_quote_items_of (ds, m->pos + name_len, MIN (ds->len, (gsize) m->pos + name_len + 120));
  if (after->len < 3 || g_array_index (after, Item, 0).kind != IT_COMMA)
    return FALSE;
  px_quote_item_fill (ds, &g_array_index (after, Item, 1));
  if (!px_quote_item_in (after, 1, WR_INDEFINITE_ARTICLE) && !px_quote_item_in (after, 1, WR_DEFINITE_ARTICLE))
    return FALSE;
  for (k = 2; k < after->len && k < 3 + MAX_APPOSITIVE_ORG_WORDS; k++)
    {
      Item *it = &g_array_index (after, Item, k);

      if (it->kind == IT_HYPHEN)
        continue;
      if (it->kind != IT_WORD)
        return FALSE;
      px_quote_item_fill (ds, it);
      if (g_str_equal (it->lower, noun) && !it->cap)
        return k + 1 == after->len || g_array_index (after, Item, k + 1).kind != IT_WORD;
    }
  return FALSE;
}

/* How many paragraphs before the quote's the organisation "the
 * company" stands for may be called so, its own included: further back,
 * others have come between ("…the blood-testing company Theranos. ¶ … ¶
 * The company says": Bloomberg, named since). */
#define ORG_CALLED_REACH 2

/* Whether paragraph @par calls something "the" @noun outside quotes
 * ("The group said on Twitter…", "the group's letter"). */
static gboolean
paragraph_calls_by_noun (DocScan *ds, guint par, const char *noun)
{
  const PxParagraph *pp = px_document_get_paragraph (ds->doc, par);
  g_autoptr(GArray) items = px_quote_items_of (ds, pp->start, pp->end);

  for (guint k = 1; k < items->len; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      if (it->kind != IT_WORD || it->cap || ds->quoted[it->start])
        continue;
      px_quote_item_fill (ds, it);
      if (!g_str_equal (it->lower, noun))
        continue;
      px_quote_item_fill (ds, &g_array_index (items, Item, k - 1));
      if (px_quote_item_in (items, k - 1, WR_DEFINITE_ARTICLE))
        return TRUE;
    }
  return FALSE;
}

/* "The company said" (@f's role a noun of [org-nouns]): the last
 * organisation the text called so, "the company Kraft Foods", "Kraft
 * Foods, a food company,"; NULL when it called none so. */
static char *
org_called (DocScan *ds, Found *f)
{
  guint first = f->paragraph >= ORG_CALLED_REACH - 1 ? f->paragraph - (ORG_CALLED_REACH - 1) : 0;
  guint32 lo;

  /* "The group, Cleaners United, formed… ¶ The group announced… ¶ The
   * group said… ¶ “…,” the group added": a paragraph that calls it so
   * again carries the name on to the next. */
  while (first > 0 && paragraph_calls_by_noun (ds, first, f->np))
    first--;
  lo = px_document_get_paragraph (ds->doc, first)->start;

  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos < lo)
        break;
      if (m->pos >= f->np_pos || ds->quoted[m->pos])
        continue;
      if (called_by_noun (ds, m, f->np))
        return g_strdup (m->name);
    }
  return NULL;
}

/* Whether the text before @f called any name so, however far back. */
static gboolean
org_ever_called (DocScan *ds, Found *f)
{
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos >= f->np_pos)
        break;
      if (!ds->quoted[m->pos] && called_by_noun (ds, m, f->np))
        return TRUE;
    }
  return FALSE;
}

/* Whether text[lo, k) ends with a conjunction or a name joiner between
 * spaces: " and ", " of ". */
static gboolean
joined_before (DocScan *ds, guint32 lo, guint32 k)
{
  guint32 b = k - 1;

  if (ds->text[k - 1] != ' ')
    return FALSE;
  while (b > lo && g_ascii_isalpha (ds->text[b - 1]))
    b--;
  if (b == k - 1 || b == lo || ds->text[b - 1] != ' ')
    return FALSE;
  return px_quote_role_word_at (WR_NAME_JOINER, ds->text + b, ds->text + k - 1) == k - 1 - b ||
         px_quote_role_word_at (WR_CONJUNCTION, ds->text + b, ds->text + k - 1) == k - 1 - b;
}

/* How far from a mention of a person a word that describes them may
 * stand: "Florida Sen. Marco Rubio", "Marco Rubio, the senator from
 * Florida". */
#define QUALIFIER_REACH 60

/* The capitalised words of the description that @f names ("the Florida
 * senator", "the presumptive Republican nominee"), up to its head noun:
 * what the person it stands for must have been called before. */
static GPtrArray *
description_qualifiers (DocScan *ds, Found *f)
{
  GPtrArray *quals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) items = px_quote_items_of (ds, f->np_pos, MIN (ds->len, (gsize) f->np_pos + 120));

  for (guint i = 0; i < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);

      if (it->kind == IT_HYPHEN)
        continue;
      if (it->kind != IT_WORD)
        break;
      px_quote_item_fill (ds, it);
      if (g_str_equal (it->lower, f->np))
        break;
      if (it->cap && !(it->classes & (WC_DETERMINER | WC_STOP | WC_TITLE)))
        g_ptr_array_add (quals, g_strndup (ds->text + it->start, it->end - it->start));
    }
  return quals;
}

/* Whether the word @word (@n bytes, as written) stands in text[lo, hi):
 * a word of the text's, or its start before a sign ("Florida's",
 * "Florida-based"). */
static gboolean
written_between (DocScan *ds, guint32 lo, guint32 hi, const char *word, gsize n)
{
  guint n_tokens;
  const PxToken *tokens = px_quote_tokens_of (ds, lo, hi, &n_tokens);

  for (guint i = 0; i < n_tokens; i++)
    if (tokens[i].kind == PX_TOKEN_WORD && tokens[i].len >= n &&
        strncmp (ds->text + tokens[i].start, word, n) == 0 &&
        (tokens[i].len == n || !g_ascii_isalnum (ds->text[tokens[i].start + n])))
      return TRUE;
  return FALSE;
}

/* Whether every word of @quals stands near some mention of the person
 * @full, in the same sentence, before @before; with @places_only, every
 * word that is a place ("the Texas senator" is not the one from
 * Florida; a party, "the Republican nominee", is seldom written beside
 * the name). */
static gboolean
qualifiers_fit (DocScan *ds, Surnames *names, const char *full, GPtrArray *quals,
                guint32 before, gboolean places_only)
{
  for (guint q = 0; q < quals->len; q++)
    {
      const char *word = g_ptr_array_index (quals, q);
      gsize n = strlen (word);
      gboolean near = FALSE;

      if (places_only)
        {
          g_autofree char *lower = px_quote_normalize_word (word, n);

          if (!px_quote_in_list (WC_PLACE, lower))
            continue;
        }

      for (guint i = 0; i < ds->mentions->len && !near; i++)
        {
          const Mention *m = &g_array_index (ds->mentions, Mention, i);
          guint32 lo, hi;

          if (m->pos >= before)
            break;
          if (!g_str_equal (px_quote_mention_full_name (ds, names, m), full))
            continue;
          /* Nearer this name than any other, in its sentence and
           * paragraph: "Ivo Marsh of Vermont and Florida Sen. Tom Ruud". */
          lo = MAX (m->sentence, m->pos > QUALIFIER_REACH ? m->pos - QUALIFIER_REACH : 0);
          hi = MIN ((gsize) m->pos + strlen (m->name) + QUALIFIER_REACH, before);
          for (guint o = i; o > 0; o--)
            if (px_quote_is_person (names, &g_array_index (ds->mentions, Mention, o - 1)))
              {
                const Mention *p = &g_array_index (ds->mentions, Mention, o - 1);

                lo = MAX (lo, p->pos + strlen (p->name));
                break;
              }
          for (guint o = i + 1; o < ds->mentions->len; o++)
            if (px_quote_is_person (names, &g_array_index (ds->mentions, Mention, o)))
              {
                hi = MIN (hi, g_array_index (ds->mentions, Mention, o).pos);
                break;
              }
          /* After the name, up to "and" or a verb: "Tom Ruud of Florida",
           * not "Tom Ruud won Florida". */
          for (guint32 k = m->pos; k < hi; k++)
            {
              if (ds->text[k] == '\n' || ds->quoted[k])
                {
                  hi = k;
                  break;
                }
              if (k > m->pos + strlen (m->name) && ds->text[k] == ' ' &&
                  g_ascii_islower (ds->text[k + 1]))
                {
                  gsize wn = strcspn (ds->text + k + 1, " ,.;:()\n");
                  g_autofree char *w = g_strndup (ds->text + k + 1, MIN (wn, hi - k - 1));

                  if (px_quote_in_role (WR_CONJUNCTION, w) || px_quote_in_role (WR_PERSON_RELATIVE, w) ||
                      (px_quote_is_finite_verb (w) && !px_quote_in_list (WC_TITLE, w)))
                    {
                      hi = k;
                      break;
                    }
                }
            }
          /* Before the name, only what no "and", "of" or comma sets apart
           * from it. */
          for (guint32 k = m->pos; k > lo; k--)
            if (ds->text[k - 1] == ',' || ds->text[k - 1] == '\n' || joined_before (ds, lo, k))
              {
                lo = k;
                break;
              }
          if (lo >= hi)
            continue;
          near = written_between (ds, lo, hi, word, n);
        }
      if (!near)
        return FALSE;
    }
  return TRUE;
}

/* "The four-term congressman said", "the Florida senator said", and
 * nobody named with that title fits: the person the article has named
 * most so far (the one it is about) whom the description fits, if named
 * more than once, else the person being quoted in this stretch if it
 * fits them.  It fits when its gender does and the person was called by
 * each capitalised word of it ("Florida", "Republican") where named;
 * when nobody was, by each place.  A guess the analyst should check;
 * nobody when nobody fits. */
static char *
resolve_description (DocScan *ds, Surnames *names, Found *f, const char *salient,
                     GPtrArray *quals, double *certainty)
{
  guint want = px_quote_word_classes (f->np) & (WC_MALE | WC_FEMALE);

  for (int places_only = quals->len == 0; places_only < 2; places_only++)
    {
      g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
      const char *best = NULL;
      guint best_count = places_only ? 1 : 0;
      gboolean salient_fits = FALSE;

      for (guint i = 0; i < ds->mentions->len; i++)
        {
          const Mention *m = &g_array_index (ds->mentions, Mention, i);
          const char *full;
          guint c, g;

          if (m->pos >= f->np_pos)
            break;
          if (!px_quote_is_person (names, m))
            continue;
          full = px_quote_mention_full_name (ds, names, m);
          g = px_quote_person_gender (ds, names, m, full);
          if ((want && g && g != want) ||
              !qualifiers_fit (ds, names, full, quals, f->np_pos, places_only))
            continue;
          if (salient && g_str_equal (full, salient))
            salient_fits = TRUE;
          c = GPOINTER_TO_UINT (g_hash_table_lookup (counts, full)) + 1;
          g_hash_table_insert (counts, (gpointer) full, GUINT_TO_POINTER (c));
          if (c > best_count)
            best = full, best_count = c;
        }
      if (best == NULL && salient_fits)
        best = salient;
      if (best)
        {
          *certainty = RESOLVED_OPEN;
          return g_strdup (best);
        }
    }
  return NULL;
}

/* Most words an appositive after a name may hold before the role:
 * "Liu Xiaoming, China's new ambassador". */
#define MAX_OWNED_ROLE_WORDS 4

/* How far after a name its appositive's words are read, in bytes: more
 * than MAX_OWNED_ROLE_WORDS words and the role take. */
#define OWNED_ROLE_REACH 160

/* Whether the name of @m is followed by an appositive that holds the
 * role @role: "Liu Xiaoming, China's ambassador to Britain".  Its
 * words are set apart by spaces only (a sign ends it); a compound
 * ("long-serving") is one word, and no role. */
static gboolean
role_in_appositive (DocScan *ds, const Mention *m, const char *role)
{
  const char *p = px_quote_name_end (ds, m);
  g_autoptr(GArray) items = NULL;
  guint words = 0;

  if (p == NULL || !g_str_has_prefix (p, ", "))
    return FALSE;
  items = px_quote_items_of (ds, p + 2 - ds->text,
                             MIN (ds->len, (gsize) (p + 2 - ds->text) + OWNED_ROLE_REACH));
  for (guint k = 0; k < items->len && words <= MAX_OWNED_ROLE_WORDS; k++)
    {
      Item *it = &g_array_index (items, Item, k);
      guint j = k;

      if (it->kind != IT_WORD || (k > 0 && ds->text[it->start - 1] != ' '))
        return FALSE;
      while (j + 1 < items->len && g_array_index (items, Item, j + 1).start == g_array_index (items, Item, j).end &&
             (g_array_index (items, Item, j + 1).kind == IT_WORD || g_array_index (items, Item, j + 1).kind == IT_HYPHEN))
        j++;
      px_quote_item_fill (ds, it);
      if (j == k && !it->possessive && g_str_equal (it->lower, role))
        return TRUE;
      words++;
      if (j + 1 < items->len && g_array_index (items, Item, j + 1).start == g_array_index (items, Item, j).end)
        return FALSE;
      k = j;
    }
  return FALSE;
}

/* Whether the role @role stands among the few words right before the
 * name of @m, none of them set apart by a sign: "ambassador to Britain
 * Liu Xiaoming" (which leaves the mention's titles without it). */
static gboolean
role_before_name (DocScan *ds, const Mention *m, const char *role)
{
  gsize n = strlen (role);
  guint32 p = m->pos;

  for (guint k = 0; k < MAX_OWNED_ROLE_WORDS && p > 1 && ds->text[p - 1] == ' '; k++)
    {
      guint32 w = p - 1;

      while (w > 0 && (g_ascii_isalnum (ds->text[w - 1]) || ds->text[w - 1] == '-'))
        w--;
      if (w == p - 1)
        return FALSE;
      if (p - 1 - w == n && g_ascii_strncasecmp (ds->text + w, role, n) == 0)
        return TRUE;
      p = w;
    }
  return FALSE;
}

/* "China's ambassador to Britain warned…" (a role its owner's name
 * qualifies, np_owned): the one person the text names with that role,
 * before the description or after it ("China's ambassador to Britain
 * Liu Xiaoming", "Liu Xiaoming, China's ambassador"), with the
 * owner's words near the name.  Nobody when the text names no one so,
 * or several: never a guess ("Trump's lawyer" is not Trump). */
static char *
owned_role_holder (DocScan *ds, Surnames *names, Found *f, double *certainty)
{
  g_autoptr(GPtrArray) quals = description_qualifiers (ds, f);
  g_autofree char *key = g_strdup_printf (" %s ", f->np);
  const char *holder = NULL;

  if (quals->len == 0)
    return NULL;
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      const char *full;

      if (!px_quote_is_person (names, m) ||
          (!strstr (m->titles, key) && !role_before_name (ds, m, f->np) && !role_in_appositive (ds, m, f->np)))
        continue;
      full = px_quote_mention_full_name (ds, names, m);
      if (holder && g_str_equal (holder, full))
        continue;
      if (!qualifiers_fit (ds, names, full, quals, ds->len, FALSE))
        continue;
      if (holder)
        return NULL;
      holder = full;
    }
  if (holder == NULL || !px_quote_may_be_speaker (ds, holder))
    return NULL;
  *certainty = RESOLVED_ROLE;
  return g_strdup (holder);
}

/* Whether the word at @p (after spaces) is @noun, in any case. */
static gboolean
word_at_is (const char *p, const char *end, const char *noun)
{
  gsize n = strlen (noun);

  while (p < end && (*p == ' ' || *p == '\n'))
    p++;
  return p + n <= end && g_ascii_strncasecmp (p, noun, n) == 0 &&
         (p + n == end || !g_ascii_isalnum (p[n]));
}

/* How many paragraphs back, its own included, an organisation that spoke
 * may be what "the company" of a quote stands for. */
#define ORG_SPOKE_REACH 2

/* Bytes before a name that "according to" may take. */
#define ACCORDING_TO_BYTES 16

/* Whether "according to" comes right before the name of @m. */
static gboolean
after_according_to (DocScan *ds, const Mention *m)
{
  g_autoptr(GArray) items = px_quote_items_of (ds, m->pos > ACCORDING_TO_BYTES ? m->pos - ACCORDING_TO_BYTES : 0,
                                               m->pos);

  for (guint i = 0; i < items->len; i++)
    if (i + px_quote_phrase_at (items, i, WR_ACCORDING_TO) == items->len &&
        px_quote_phrase_at (items, i, WR_ACCORDING_TO) > 0)
      return TRUE;
  return FALSE;
}

/* "According to SEACOM, the cable broke. ¶ “…,” the company said",
 * "CBP announced … . The agency said": an organisation's noun the text
 * calls no one by is the last organisation named in these last
 * paragraphs as a source (a speech verb or a statement put out after its
 * name, "according to" before it), not a place; NULL when none is, or
 * when the text called one so further back (that one is meant, others
 * named since). */
static char *
org_that_spoke (DocScan *ds, Found *f)
{
  guint first = f->paragraph >= ORG_SPOKE_REACH - 1 ? f->paragraph - (ORG_SPOKE_REACH - 1) : 0;
  guint32 lo = px_document_get_paragraph (ds->doc, first)->start;

  if (org_ever_called (ds, f))
    return NULL;

  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos < lo)
        break;
      if (m->pos >= f->np_pos || ds->quoted[m->pos] || !m->org || px_quote_mention_is_place (m))
        continue;
      if (px_quote_speaks (ds, m, TRUE) || after_according_to (ds, m))
        return g_strdup (m->name);
    }
  return NULL;
}

/* "The committee said": the last organisation named before whose name
 * ends with the noun ("the House Select Committee"), else the last name
 * written before the noun ("the Trump campaign", "Cruz's campaign"), as
 * "Trump campaign".  NULL when the text names none: not a guess. */
static char *
resolve_organisation (DocScan *ds, Found *f, double *certainty)
{
  const char *noun = f->np;
  char *name;

  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
      g_autofree char *last = NULL;
      const char *after;

      if (m->pos >= f->np_pos)
        continue;
      last = px_quote_normalize_word (px_quote_last_word (m->name), strlen (px_quote_last_word (m->name)));
      if (g_str_equal (last, noun))
        {
          *certainty = RESOLVED_ROLE;
          return g_strdup (m->name);
        }
      /* The name as written, then its possessive, then the noun. */
      after = px_quote_name_end (ds, m);
      if (after == NULL)
        continue;
      after = px_quote_past_possessive (after);
      if (word_at_is (after, ds->text + MIN (ds->len, (gsize) f->np_pos), noun) && !m->org)
        {
          *certainty = RESOLVED_ROLE;
          return g_strdup_printf ("%s %s", m->name, noun);
        }
    }
  /* "the company Kraft Foods", "Kraft Foods, a food company" */
  *certainty = RESOLVED_ROLE;
  name = org_called (ds, f);
  return name ? name : org_that_spoke (ds, f);
}

/* Whether the word at text[p, p + n) stands alone: no letter, digit,
 * hyphen or apostrophe glued to either side. */
gboolean
px_quote_whole_word_at (DocScan *ds, guint32 p, gsize n)
{
  char before = p > 0 ? ds->text[p - 1] : ' ';
  char after = p + n < ds->len ? ds->text[p + n] : ' ';

  return !g_ascii_isalnum (before) && before != '-' && before != '\'' &&
         !g_ascii_isalnum (after) && after != '-';
}

/* "A senior fire department official said… ¶ “…,” the official said":
 * whether the role @role that the description at @pos takes up was last
 * brought in by "a" or "an" with no name to it (not "a spokesman, Tom
 * Ruud," nor "Tom Ruud, a spokesman,", nor "Ruud is a spokesman"), and
 * no person was named with that role since.  The description then
 * stands for that unnamed person, whom no name fits. */
static gboolean
introduced_unnamed (DocScan *ds, const char *role, guint32 pos)
{
  gsize n = strlen (role);

  for (guint32 p = pos; p-- > 0;)
    {
      const char *w = ds->text + p, *a = NULL;
      const char *after;
      gboolean mark = FALSE;

      if (ds->text[p] != role[0] || p + n > ds->len || strncmp (ds->text + p, role, n) != 0 ||
          !px_quote_whole_word_at (ds, p, n) || ds->quoted[p])
        continue;
      /* "a spokesman, Tom Ruud," / "official Tom Ruud": named. */
      after = ds->text + p + n;
      if (*after == ',')
        after++;
      while (*after == ' ')
        after++;
      if (g_ascii_isupper (*after))
        return FALSE;
      for (guint k = 0; k < MAX_ROLE_WORDS; k++)
        {
          g_autofree char *word = px_quote_word_before (ds, &w);

          if (word == NULL)
            {
              mark = TRUE;
              break;
            }
          if (px_quote_in_role (WR_INDEFINITE_ARTICLE, word))
            {
              a = w;
              break;
            }
          /* "the official": another mention of the same person, found
           * further back. */
          if (px_quote_in_role (WR_DEFINITE_ARTICLE, word) || px_quote_in_role (WR_DEMONSTRATIVE, word) ||
              g_str_has_suffix (word, "'s"))
            break;
        }
      if (a == NULL)
        {
          if (!mark)
            continue;
          return FALSE;   /* "Tom Ruud, chief spokesman, said" */
        }
      /* "Tom Ruud, a spokesman," / "Ruud is a spokesman". */
      {
        const char *q = a;
        g_autofree char *word = px_quote_word_before (ds, &q);

        if (word != NULL)
          {
            if (px_quote_in_role (WR_PREDICATE_LINK, word))
              return FALSE;
          }
        else
          {
            while (q > ds->text && q[-1] == ' ')
              q--;
            if (q > ds->text && (q[-1] == ',' || q[-1] == '('))
              return FALSE;
          }
      }
      {
        g_autofree char *key = g_strdup_printf (" %s ", role);

        for (guint i = 0; i < ds->mentions->len; i++)
          {
            const Mention *m = &g_array_index (ds->mentions, Mention, i);

            if (m->pos > (guint32) (a - ds->text) && m->pos < pos && strstr (m->titles, key))
              return FALSE;
          }
      }
      return TRUE;
    }
  return FALSE;
}

/* Whether a capitalised word of a description is an organisation's ("the
 * UN envoy", "the FBI director"), not a party's ("the GOP nominee"): the
 * description is an office of it, which no person the text merely names
 * most fits. */
static gboolean
quals_name_organisation (GPtrArray *quals)
{
  for (guint q = 0; q < quals->len; q++)
    {
      const char *word = g_ptr_array_index (quals, q);
      g_autofree char *lower = px_quote_normalize_word (word, strlen (word));
      gboolean acronym = strlen (word) >= 2;

      for (const char *c = word; *c && acronym; c++)
        acronym = g_ascii_isupper (*c) || *c == '.';
      if ((acronym || (px_quote_word_classes (lower) & WC_ORG)) && !(px_quote_word_classes (lower) & WC_PARTY))
        return TRUE;
    }
  return FALSE;
}

/* "The United Nations High Commissioner for Human Rights said": a role
 * written as an office's full name, an organisation's capitalised name
 * (an acronym or two words or more, one of them an organisation's)
 * before a title, perhaps with the title's field after "for" or "of".
 * The name as written, without the article; NULL when the description
 * is no such name ("the Florida senator", "the FBI director"). */
static char *
office_of_organisation (DocScan *ds, Found *f)
{
  g_autoptr(GArray) items = px_quote_items_of (ds, f->np_pos, MIN (ds->len, (gsize) f->np_pos + 160));
  gboolean org = FALSE, title = FALSE;
  guint i = 0, start, end = 0, words = 0;

  if (i < items->len)
    px_quote_item_fill (ds, &g_array_index (items, Item, i));
  if (i < items->len && (g_array_index (items, Item, i).classes & WC_DETERMINER))
    i++;
  for (start = i; i < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);

      px_quote_item_fill (ds, it);
      if (it->kind == IT_WORD && it->cap && !it->possessive)
        {
          if (px_quote_is_title (it))
            title = TRUE;
          else if (!title)
            {
              words++;
              org |= it->acronym || (it->classes & WC_ORG);
            }
          end = i + 1;
          continue;
        }
      /* "High Commissioner for Human Rights", "Secretary of State" */
      if (it->kind == IT_WORD && !it->cap && title && i + 1 < items->len &&
          (px_quote_has_role (it, WR_NAME_JOINER) || px_quote_has_role (it, WR_NAME_PREPOSITION)) &&
          g_array_index (items, Item, i + 1).kind == IT_WORD && g_array_index (items, Item, i + 1).cap)
        continue;
      if (it->kind == IT_HYPHEN && i > start)
        continue;
      break;
    }
  /* "UN", "United Nations", not "Press" of "The Press Secretary". */
  if (!org || !title || end <= start || (words < 2 && !g_array_index (items, Item, start).acronym))
    return NULL;
  return px_quote_span_text (ds, g_array_index (items, Item, start).start,
                             g_array_index (items, Item, end - 1).end);
}

/* "The senator said", "the company said", "the doctors stated" (@f's
 * noun phrase a role): whom or what the description stands for, newly
 * allocated, its certainty in @certainty; NULL when the text leaves it
 * open. */
char *
px_quote_resolve_role (DocScan *ds, Surnames *names, Found *f, const char *salient, double *certainty)
{
  if (f->np_described)
    {
      *certainty = RESOLVED_ROLE;
      return g_strdup (f->np);
    }
  if (f->np_owned)
    return owned_role_holder (ds, names, f, certainty);
  if (px_quote_in_list (WC_GROUP, f->np))
    {
      char *group = resolve_group (ds, f);

      if (group && !px_quote_may_be_speaker (ds, group))
        g_clear_pointer (&group, g_free);
      *certainty = RESOLVED_ROLE;
      return group;
    }
  if (px_quote_in_list (WC_ORG_NOUN, f->np))
    return resolve_organisation (ds, f, certainty);
  if (introduced_unnamed (ds, f->np, f->np_pos))
    return NULL;
  {
    g_autoptr(GPtrArray) quals = description_qualifiers (ds, f);
    g_autofree char *key = g_strdup_printf (" %s ", f->np);

    /* The last person named with that title whom the description
     * fits: "the Florida senator" is not the Vermont one; when the
     * text says where nobody of them is from, the last named with it
     * ("Sen. Ann Lee (R-Fla.)"). */
    for (int level = quals->len == 0 ? 2 : 0; level < 3; level++)
      for (guint i = ds->mentions->len; i > 0; i--)
        {
          const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
          const char *full;

          if (m->pos >= f->np_pos || !px_quote_is_person (names, m) || !strstr (m->titles, key))
            continue;
          full = px_quote_full_name (ds, names, m->name, m->pos);
          if (level < 2 && !qualifiers_fit (ds, names, full, quals, f->np_pos, level == 1))
            continue;
          *certainty = RESOLVED_ROLE;
          return g_strdup (full);
        }
    {
      char *office = office_of_organisation (ds, f);

      /* An organisation's office nobody was named with: the
       * office, not a guess at a person. */
      if (office || quals_name_organisation (quals))
        {
          *certainty = RESOLVED_ROLE;
          return office;
        }
    }
    return resolve_description (ds, names, f, salient, quals, certainty);
  }
}
