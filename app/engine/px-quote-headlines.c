/* px-quote-headlines.c: headlines and the names in them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A headline is written in title case, so its capitalised words run
 * together ("Greek Prime Minister Calls Bank Workers' Riot Deaths
 * 'Murder'") and read as names that are none.  This file tells which
 * paragraphs read as headlines, and whether a speaker found in one is a
 * name the article gives elsewhere or a headline's "Name:" before the
 * quote; the names of persons (px-quote-names.c) leave out those only a
 * headline gives.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

/* Whether the paragraph [lo, hi) is written in title case, as headlines
 * are: "Greek Prime Minister Calls Bank Workers' Riot Deaths 'Murder'".
 * Four words or more, at most one in five of them in lower case ("As the
 * Post's Dana Milbank puts it," has two of seven), none of them a speech
 * verb in lower case ('"…," said Sen. Ann Lee of Ohio on Tuesday'); the
 * words inside quotes are not counted. */
static gboolean
reads_as_headline (DocScan *ds, guint32 lo, guint32 hi)
{
  g_autoptr(GArray) items = NULL;
  guint words = 0, lower = 0;

  /* Most paragraphs are sentences: their words in lower case tell it at
   * a glance, without tokenising them. */
  for (guint32 k = lo; k < hi; k++)
    if (!ds->quoted[k] && g_ascii_isalpha (ds->text[k]) &&
        (k == lo || !(g_ascii_isalnum (ds->text[k - 1]) || ds->text[k - 1] == '\'' ||
                      ds->text[k - 1] == '-' || (guchar) ds->text[k - 1] >= 0x80)))
      {
        words++;
        lower += g_ascii_islower (ds->text[k]) != 0;
      }
  if (words < 4 || lower * 5 > words)
    return FALSE;
  words = lower = 0;
  items = px_quote_items_of (ds, lo, hi);
  for (guint i = 0; i < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);

      if (it->kind != IT_WORD || !g_unichar_isalpha (g_utf8_get_char (ds->text + it->start)))
        continue;
      px_quote_item_fill (ds, it);
      /* "…," said Sen. Ann Lee of Ohio on Tuesday. */
      if (px_quote_is_verb (it))
        return FALSE;
      words++;
      lower += !it->cap;
    }
  return words >= 4 && lower * 5 <= words;
}

/* How long a paragraph in title case may be to read as a headline. */
#define MAX_HEADLINE_BYTES 400

/* Whether the paragraph @p is one short enough to be a headline that
 * reads_as_headline(): worked out once a paragraph, the names of persons
 * and the speakers of quotes ask it of the same ones. */
gboolean
px_quote_paragraph_reads_as_headline (DocScan *ds, guint p)
{
  const PxParagraph *para = px_document_get_paragraph (ds->doc, p);

  if (ds->headlines == NULL)
    ds->headlines = g_new0 (guint8, px_document_get_n_paragraphs (ds->doc));
  if (ds->headlines[p] == 0)
    ds->headlines[p] = 1 + (para->end - para->start <= MAX_HEADLINE_BYTES &&
                            reads_as_headline (ds, para->start, para->end));
  return ds->headlines[p] == 2;
}

/* How many words @name has, initials not counted ("Donald J. Trump": 2). */
static guint
name_words (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i]; i++)
    n += *words[i] && !(strlen (words[i]) <= 2 && g_str_has_suffix (words[i], "."));
  return n;
}

/* Whether the text outside [lo, hi) names the person or organisation
 * @name: as written, or by the same surname when @name is a short name
 * ("Hillary Clinton", "Guccifer"), not a run of capitalised headline
 * words ("Clinton Cash Debunks Hillary", "Russians Hacked DNC"). */
static gboolean
named_elsewhere (DocScan *ds, const char *name, guint32 lo, guint32 hi)
{
  const char *at;
  gsize n = px_quote_surname_in (name, &at);
  g_autofree char *surname = g_strndup (at, n);
  guint words = name_words (name);

  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if ((m->pos >= lo && m->pos < hi) || m->not_person)
        continue;
      if (g_str_equal (m->name, name))
        return TRUE;
      if (words <= 2 && !m->org && g_str_equal (m->surname, surname))
        return TRUE;
    }
  return FALSE;
}

/* Whether @f's speaker is a headline's "Name:" before the quote: the
 * name, at most three words, none of them a common word of the text,
 * followed by the colon, and before it only titles ("OK Gov Fallin:") or
 * words a spaced dash sets apart ("HIGHER TURNOUT - Ivo Marsh:"); not
 * "Woman Steps Forward With Bombshell Claim:", "Trump Addresses Munich
 * Attack:". */
static gboolean
headline_colon_name (DocScan *ds, Found *f, guint32 lo)
{
  g_autoptr(GArray) before = NULL;
  g_auto(GStrv) words = NULL;
  const char *p;
  gboolean clean = TRUE;

  if (f->kind != SPK_NAME || !f->np || name_words (f->np) > 3 ||
      f->np_pos + strlen (f->np) > ds->len || strncmp (ds->text + f->np_pos, f->np, strlen (f->np)) != 0)
    return FALSE;
  for (p = ds->text + f->np_pos + strlen (f->np); *p == ' '; p++)
    ;
  if (*p != ':')
    return FALSE;
  words = g_strsplit (f->np, " ", -1);
  for (guint i = 0; words[i]; i++)
    if (words[i][0] && px_quote_written_lower (ds, words[i]))
      return FALSE;
  before = px_quote_items_of (ds, lo, f->np_pos);
  for (guint i = 0; i < before->len; i++)
    {
      Item *it = &g_array_index (before, Item, i);

      if (px_quote_is_dash_at (ds, before, i))
        clean = TRUE;
      else if (!(it->kind == IT_WORD && (px_quote_is_title (it) || it->acronym)))
        clean = FALSE;
    }
  return clean;
}

/* Whether @f, its speaker found, stands in a headline of an article
 * that has more than the headline, and its speaker is neither named
 * elsewhere in the article nor the headline's "Name:" before the quote:
 * the headline's capitalised words run together, no name. */
gboolean
px_quote_speaker_only_in_headline (DocScan *ds, Found *f)
{
  const PxParagraph *p = px_document_get_paragraph (ds->doc, f->paragraph);

  return px_document_get_n_paragraphs (ds->doc) > 1 &&
         px_quote_paragraph_reads_as_headline (ds, f->paragraph) &&
         !named_elsewhere (ds, f->speaker, p->start, p->end) && !headline_colon_name (ds, f, p->start);
}
