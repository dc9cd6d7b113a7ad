/* px-quote-described.c: speakers the text gives by a description
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * News names a speaker once and then describes it: "the doctors stated"
 * is the group of doctors the article named ("Doctors for Camp
 * Closure").  These rules find what such a description stands for in
 * the words before it; px-quote-resolution.c calls them by the kind of
 * noun the description has.
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

char *
px_quote_resolve_group (DocScan *ds, Found *f)
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

  /* "the company Kraft Foods" */
  before = px_quote_items_of (ds, m->pos > n + 2 ? m->pos - n - 2 : 0, m->pos);
  if (before->len > 0)
    {
      Item *it = &g_array_index (before, Item, before->len - 1);

      px_quote_item_fill (ds, it);
      if (it->kind == IT_WORD && !it->cap && it->end - it->start == n && g_str_equal (it->lower, noun) &&
          (it->start == 0 || !g_ascii_isalnum (ds->text[it->start - 1])))
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

char *
px_quote_org_called (DocScan *ds, Found *f)
{
  guint first = f->paragraph >= ORG_CALLED_REACH - 1 ? f->paragraph - (ORG_CALLED_REACH - 1) : 0;
  guint32 lo = px_document_get_paragraph (ds->doc, first)->start;

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

gboolean
px_quote_org_ever_called (DocScan *ds, Found *f)
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
