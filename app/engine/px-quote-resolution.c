/* px-quote-resolution.c: the full name behind each speaker
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What attribution found is resolved to a person or an organisation the
 * article (or another article of the comparison) names in full; when the
 * text leaves it open, no speaker rather than a guess.  This file runs
 * that over a document's quotes, in order: a name goes to its full name
 * here (resolve(), px-quote-names.c), a pronoun by px-quote-pronouns.c, a
 * description ("the senator", "the company") by px-quote-described.c; a
 * quote inherits the speaker of the one before, or goes on with their
 * words after a paragraph of narration about them
 * (goes_on_after_narration()).  Then speakers found only in a headline
 * are dropped (px-quote-headlines.c), quotes that echo another's words
 * get its speaker (px-quote-echoes.c), and each person is shown by one
 * name.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

/* Whether @name, written at @pos, is a country's or a seat of
 * government's ("China", "the Kremlin", "the Pentagon") standing by
 * itself: as the subject of a speech verb, its government speaking, an
 * organisation's voice.  Not a name that only holds one ("Bank of
 * China"), nor one after a preposition ("officials in Moscow said"). */
static gboolean
government_speaks (DocScan *ds, const char *name, guint32 pos)
{
  g_autofree char *lower = px_quote_normalize_word (name, strlen (name));
  g_autofree char *before = NULL;
  const char *p = ds->text + pos;

  if (!px_quote_in_list (WC_GOVERNMENT, lower))
    return FALSE;
  before = px_quote_word_before (ds, &p);
  if (before && px_quote_in_role (WR_DEFINITE_ARTICLE, before))
    {
      g_free (before);
      before = px_quote_word_before (ds, &p);
    }
  return !before || !(px_quote_in_role (WR_NAME_PREPOSITION, before) ||
                      px_quote_in_role (WR_PLACE_PREPOSITION, before));
}

/* Whether the text writes the one-word name @name right after a form of
 * address or a capitalised title ("Mr. Obama", "Gov. Kasich"): a
 * person's surname.  Not after a title in lower case, which may only
 * describe ("a senior Democrat", "the Surgeon General's Web site"). */
static gboolean
addressed_by_title (DocScan *ds, Surnames *names, const char *name)
{
  if (!g_hash_table_contains (names->titled, name))
    return FALSE;
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      const char *p = ds->text + m->pos;
      g_autofree char *before = NULL;

      if (!m->titled || !g_str_equal (m->name, name))
        continue;
      /* Past the dot of "Mr.", "Gov.", which stops a word. */
      while (p > ds->text && p[-1] == ' ')
        p--;
      if (p > ds->text && p[-1] == '.')
        p--;
      before = px_quote_word_before (ds, &p);
      if (before && g_ascii_isupper (*p) && (px_quote_word_classes (before) & (WC_ADDRESS | WC_TITLE)))
        return TRUE;
    }
  return FALSE;
}

/* Whether a person other than @salient speaks in their own words between
 * @lo and @hi ("Felt wrote that he…"): the quote after that is as
 * likely theirs as the last one quoted. */
static gboolean
someone_else_spoke (DocScan *ds, Surnames *names, guint32 lo, guint32 hi, const char *salient)
{
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos < lo || m->after_preposition || !px_quote_is_person (names, m))
        continue;
      if (m->pos >= hi)
        break;
      if (px_quote_speaks (ds, m, FALSE) &&
          !g_str_equal (px_quote_full_name (ds, names, m->name, m->pos), salient))
        return TRUE;
    }
  return FALSE;
}

/* The speaker @f's noun phrase stands for, newly allocated, and how sure
 * that is in @certainty; NULL when the text leaves it open.  @salient is
 * the speaker quoted in this stretch of text (from @salient_from), or
 * NULL. */
static char *
resolve (DocScan *ds, Surnames *names, Found *f, const char *salient, guint32 salient_from,
         double *certainty)
{
  switch (f->kind)
    {
    case SPK_NAME:
      {
        gsize and_len = 0;
        /* A conjunction between spaces, as written. */
        const char *and = px_quote_role_word_between_spaces (f->np, WR_CONJUNCTION, &and_len);
        const char *full;

        /* "Zadan and Meron": each name in full, both the speaker. */
        if (and)
          {
            g_autofree char *first = g_strndup (f->np, and - f->np);
            g_autofree char *first_full = g_strdup (px_quote_full_name (ds, names, first, f->np_pos));
            g_autofree char *conjunction = g_strndup (and, and_len);
            const char *second_full = px_quote_full_name (ds, names, and + and_len,
                                                          f->np_pos + (and + and_len - f->np));

            if (!px_quote_may_be_speaker (ds, first_full) || !px_quote_may_be_speaker (ds, second_full))
              return NULL;
            *certainty = strchr (first_full, ' ') && strchr (second_full, ' ') ? RESOLVED_SURNAME : RESOLVED_LONE;
            return g_strconcat (first_full, conjunction, second_full, NULL);
          }
        full = strchr (f->np, ' ') ? NULL : px_quote_relation_by_surname (ds, f->np, f->np_pos);
        if (full == NULL)
          full = px_quote_full_name (ds, names, f->np, f->np_pos);

        /* "China said", "the Kremlin called it “…”": the government's
         * words, named as plainly as an organisation's. */
        if (government_speaks (ds, full, f->np_pos))
          {
            *certainty = RESOLVED_FULL;
            return g_strdup (full);
          }
        if (!px_quote_may_be_speaker (ds, full))
          return NULL;
        /* "Other union leaders have called…", "Ninety percent of…": a
         * lone word qualifying a noun, capitalised only where sentences
         * open, is no name. */
        if (f->np_weak && !strchr (full, ' ') && !px_quote_capitalised_inside_sentence (ds, full))
          return NULL;

        if (strchr (f->np, ' '))
          *certainty = RESOLVED_FULL;
        /* A surname the text writes with a title elsewhere ("Mr.
         * Obama", "Ms. Acosta") is a person's, though no full name
         * goes with it: not a lone word that may be a place. */
        else if (strchr (full, ' ') || addressed_by_title (ds, names, full))
          *certainty = RESOLVED_SURNAME;
        else
          *certainty = RESOLVED_LONE;
        return g_strdup (full);
      }
    case SPK_PRONOUN:
      return px_quote_resolve_pronoun (ds, names, f, salient, salient_from, certainty);
    case SPK_ROLE:
      return px_quote_resolve_role (ds, names, f, salient, certainty);
    default:
      return NULL;
    }
}

/* Whether @f is its paragraphs alone: no words before its opening mark
 * or after its closing one. */
static gboolean
quote_alone (DocScan *ds, const Found *f)
{
  const PxParagraph *first = px_document_get_paragraph (ds->doc, f->paragraph);
  const PxParagraph *last = px_document_get_paragraph (ds->doc, f->last_paragraph);
  g_autoptr(GArray) before = px_quote_items_of (ds, first->start, f->mark_start);
  g_autoptr(GArray) after = px_quote_items_of (ds, MIN (f->mark_end, last->end), last->end);

  if (before->len > 0)
    return FALSE;
  for (guint i = 0; i < after->len; i++)
    if (g_array_index (after, Item, i).kind != IT_END)
      return FALSE;
  return TRUE;
}

/* Whether the paragraph [lo, hi) opens with the name of a person
 * @speaker stands for, as its subject ("Mr. Lee also thanked the crew"),
 * or with a pronoun of their gender @want, perhaps after a phrase a
 * preposition opens ("In her old age, she…"). */
static gboolean
opens_with_speaker (DocScan *ds, Surnames *names, guint32 lo, guint32 hi, const char *speaker,
                    guint want)
{
  g_autoptr(GArray) items = px_quote_items_of (ds, lo, hi);

  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos < lo)
        continue;
      if (m->pos >= hi || m->sentence != lo)
        break;
      if (px_quote_opens_its_sentence (ds, m) || px_quote_opens_sentence_as_name (ds, m))
        return px_quote_is_person (names, m) && g_str_equal (px_quote_mention_full_name (ds, names, m), speaker);
      break;
    }
  return want != 0 && px_quote_opening_pronoun (ds, items, want) != G_MAXUINT;
}

/* '“…,” Ann Lee said. ¶ Lee also thanked the crew. ¶ “We could not have
 * done it without them.”': a paragraph that is one quotation alone,
 * with nothing said of whose it is, after one paragraph of no quote
 * that opens with the person quoted just before as its subject (or with
 * a pronoun of their gender, nobody else of it named since), goes on
 * with their words: the stretch is still about them.  Unsure: nothing
 * in the text says so. */
static char *
goes_on_after_narration (DocScan *ds, Surnames *names, Found *f, const Found *prev, double *certainty)
{
  const PxParagraph *between;
  const Mention *them = NULL;
  guint want;

  if (prev->speaker == NULL || prev->last_paragraph + 2 != f->paragraph || !quote_alone (ds, f) ||
      !px_quote_ends_with_stop (ds, f))
    return NULL;
  between = px_document_get_paragraph (ds->doc, f->paragraph - 1);
  for (guint32 p = between->start; p < between->end; p++)
    if (ds->quoted[p])
      return NULL;
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos >= between->start)
        break;
      if (!ds->quoted[m->pos] && px_quote_is_person (names, m) &&
          g_str_equal (px_quote_mention_full_name (ds, names, m), prev->speaker))
        them = m;
    }
  if (them == NULL)
    return NULL;
  want = px_quote_person_gender (ds, names, them, prev->speaker);
  /* Nobody else of their gender named since. */
  for (guint i = 0; i < ds->mentions->len && want; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos < prev->mark_end || ds->quoted[m->pos] || !px_quote_is_person (names, m))
        continue;
      if (m->pos >= between->end)
        break;
      if (!g_str_equal (px_quote_mention_full_name (ds, names, m), prev->speaker) &&
          px_quote_person_gender (ds, names, m, px_quote_mention_full_name (ds, names, m)) == want)
        want = 0;
    }
  if (!opens_with_speaker (ds, names, between->start, between->end, prev->speaker, want))
    return NULL;
  *certainty = RESOLVED_OPEN;
  return g_strdup (prev->speaker);
}

void
px_quote_resolve_speakers (DocScan *ds, GHashTable *group_names, const NameForms *group_forms)
{
  Found *prev = NULL;
  const NameForms *own_forms;
  Surnames names;

  px_quote_surnames_init (ds, &names, group_names);

  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);

      g_clear_pointer (&f->speaker, g_free);
      f->confidence = 0;
      /* A nested quote has a speaker only by a name its holder gives
       * (see attribute_nested()); it is no part of the stretch of
       * quotes the next ones inherit from. */
      if (f->depth > 0)
        {
          double certainty = 0;

          if (f->kind == SPK_NAME)
            f->speaker = resolve (ds, &names, f, NULL, 0, &certainty);
          f->confidence = f->speaker ? certainty * f->pattern : 0;
          /* “And I said, ‘…’”: its holder's speaker, resolved before it. */
          if (f->kind == SPK_INHERIT)
            {
              const Found *holder = px_quote_holder_of (ds, q);

              if (holder && holder->speaker)
                {
                  f->speaker = g_strdup (holder->speaker);
                  f->confidence = holder->confidence * INHERITED;
                }
            }
          continue;
        }
      if (f->kind == SPK_INHERIT)
        {
          f->speaker = prev ? g_strdup (prev->speaker) : NULL;
          f->confidence = prev ? prev->confidence * INHERITED : 0;
        }
      else
        {
          double certainty = 0;

          /* Who is being quoted in this stretch: the speaker of the
           * quotes of this paragraph or the two before. */
          const char *salient = prev && prev->speaker && prev->last_paragraph + 2 >= f->paragraph
                                ? prev->speaker : NULL;

          if (salient && someone_else_spoke (ds, &names, prev->mark_end, f->mark_start, salient))
            salient = NULL;

          f->speaker = resolve (ds, &names, f, salient, salient ? prev->mark_start : 0, &certainty);
          if (f->speaker == NULL && f->kind == SPK_NONE && prev && !f->thing && !f->thing_again)
            f->speaker = goes_on_after_narration (ds, &names, f, prev, &certainty);
          /* '“…,” they said' with nobody found by the ways above: the
           * organisation it may stand for, as "it" does. */
          if (f->speaker == NULL && f->they && (f->kind == SPK_NONE || f->kind == SPK_INHERIT) &&
              !f->thing && !f->thing_again)
            f->speaker = px_quote_resolve_thing_pronoun (ds, &names, f, f->they_pos, TRUE, salient, &certainty);
          /* A headline's capitalised words run together ("Riot Deaths",
           * "Warren Jeffs Trial"): a speaker found in a headline is one
           * the article (if there is more than the headline) names
           * again. */
          if (f->speaker && px_quote_speaker_only_in_headline (ds, f))
            g_clear_pointer (&f->speaker, g_free);
          f->confidence = f->speaker ? certainty * f->pattern : 0;
        }
      prev = f;
    }
  px_quote_speakers_of_echoes (ds);
  /* Each person by one name in all the articles. */
  own_forms = px_quote_name_forms (ds);
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      const char *fullest = f->speaker ? px_quote_shown_name (own_forms, group_forms, f->speaker) : NULL;

      if (fullest && fullest != f->speaker)
        {
          char *was = f->speaker;

          f->speaker = g_strdup (fullest);
          g_free (was);
        }
    }
  px_quote_surnames_clear (&names);
}
