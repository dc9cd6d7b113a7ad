/* px-quote-pronouns.c: whom "he", "she", "it" and "they" stand for
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pronoun as a speaker ('“…,” she said') is the person being quoted in
 * this stretch of text if the gender fits, else the nearest person named
 * before whose gender fits, or the subject of that person's sentence;
 * "it" (and "they" with nobody else found) is the organisation that
 * opens the last sentence before the quote.  When the text leaves it
 * open, nobody: not a guess.  The gender comes from px-quote-gender.c,
 * the full names from px-quote-names.c.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

/* The gender of the pronoun or possessive @pronoun ("he", "her"), or 0. */
static guint
pronoun_gender (const char *pronoun)
{
  if (px_quote_in_role (WR_MALE_PRONOUN, pronoun) || px_quote_in_role (WR_MALE_POSSESSIVE, pronoun))
    return WC_MALE;
  if (px_quote_in_role (WR_FEMALE_PRONOUN, pronoun) || px_quote_in_role (WR_FEMALE_POSSESSIVE, pronoun))
    return WC_FEMALE;
  return 0;
}

/* Whether the name of @m is written with a possessive ending. */
static gboolean
written_possessive (DocScan *ds, const Mention *m)
{
  const char *end = px_quote_name_end (ds, m);

  return end && px_quote_past_possessive (end) != end;
}

/* The first person the sentence of the mention at @i names before
 * @before, not after a preposition, who may speak; or NULL. */
static const Mention *
first_subject (DocScan *ds, Surnames *names, guint i, guint32 before)
{
  guint32 sentence = g_array_index (ds->mentions, Mention, i).sentence;

  while (i > 0 && g_array_index (ds->mentions, Mention, i - 1).sentence == sentence)
    i--;
  for (; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->sentence != sentence || m->pos >= before)
        break;
      /* "Abed Sultan's father, Samir, said that he…": the owner names
       * whose the role is; the one named in it is the subject. */
      if (written_possessive (ds, m) && i + 1 < ds->mentions->len &&
          g_array_index (ds->mentions, Mention, i + 1).sentence == sentence &&
          g_array_index (ds->mentions, Mention, i + 1).pos < before &&
          g_array_index (ds->mentions, Mention, i + 1).titled)
        continue;
      if (!m->after_preposition && px_quote_is_person (names, m) &&
          px_quote_may_be_speaker (ds, px_quote_full_name (ds, names, m->name, m->pos)))
        return m;
    }
  return NULL;
}

/* The subject of the sentence a pronoun at @pos stands in: its first
 * person named before the pronoun, not after a preposition ("Asked about
 * Jake Lee, Ann Marr said…", "…of Ivo Marsh, whom he called…").  NULL
 * when the sentence names nobody before the pronoun. */
static const Mention *
sentence_subject_mention (DocScan *ds, Surnames *names, guint32 pos)
{
  const Mention *nearest = NULL;
  guint n = 0;

  for (guint i = ds->mentions->len; i > 0; i--)
    if (g_array_index (ds->mentions, Mention, i - 1).pos < pos)
      {
        nearest = &g_array_index (ds->mentions, Mention, i - 1);
        n = i - 1;
        break;
      }
  if (nearest == NULL)
    return NULL;
  {
    g_autoptr(GArray) between = px_quote_items_of (ds, nearest->pos, pos);

    for (guint i = 0; i < between->len; i++)
      if (g_array_index (between, Item, i).kind == IT_END)
        return NULL;
  }
  return first_subject (ds, names, n, pos);
}

/* Whether the sentence of @subject names, before @pos and not after a
 * preposition, another person of gender @want. */
static gboolean
sentence_names_other (DocScan *ds, Surnames *names, const Mention *subject, guint32 pos,
                      guint want)
{
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos >= pos)
        break;
      if (m == subject || m->sentence != subject->sentence || m->after_preposition ||
          !px_quote_is_person (names, m))
        continue;
      if (px_quote_person_gender (ds, names, m, px_quote_full_name (ds, names, m->name, m->pos)) == want)
        return TRUE;
    }
  return FALSE;
}

/* Whether the name of @m ends its noun phrase: a comma or a lower-case
 * word follows ("Ann Lee, the lawyer,", "Page avoided"), not more
 * capitalised words ("Homicide Detective Dominic Mangoni"). */
static gboolean
ends_noun_phrase (DocScan *ds, const Mention *m)
{
  gsize end = m->pos + strlen (m->name);
  const char *after = ds->text + end;

  if (end + 1 >= ds->len)
    return FALSE;
  return *after == ',' || (*after == ' ' && g_ascii_islower (after[1]));
}

/* The subject of the sentence of the mention at @i: the first person it
 * names not after a preposition ("Producer Ann Marr, who…, is sure that
 * Ivo Marsh…": Ann Marr), or NULL when it names none so. */
static const Mention *
subject_of_mention (DocScan *ds, Surnames *names, guint i)
{
  return first_subject (ds, names, i, G_MAXUINT32);
}

/* Where the sentence of the pronoun at @pos starts, if it names someone
 * before the pronoun; else G_MAXUINT32. */
static guint32
pronoun_sentence (DocScan *ds, guint32 pos)
{
  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos < pos)
        {
          g_autoptr(GArray) between = px_quote_items_of (ds, m->pos, pos);

          for (guint k = 0; k < between->len; k++)
            if (g_array_index (between, Item, k).kind == IT_END)
              return G_MAXUINT32;
          return m->sentence;
        }
    }
  return G_MAXUINT32;
}

/* Where in @items, the words of a sentence from its start, a pronoun of
 * gender @want stands as its subject: first, or after a phrase a
 * preposition opens ("At 55, he…", "In her old age, she…");
 * G_MAXUINT when none does. */
guint
px_quote_opening_pronoun (DocScan *ds, GArray *items, guint want)
{
  guint k = 0;

  if (items->len == 0)
    return G_MAXUINT;
  px_quote_item_fill (ds, &g_array_index (items, Item, 0));
  if (g_array_index (items, Item, 0).kind == IT_WORD &&
      px_quote_item_in (items, 0, WR_NAME_PREPOSITION))
    {
      while (k < items->len && g_array_index (items, Item, k).kind != IT_COMMA &&
             g_array_index (items, Item, k).kind != IT_END)
        k++;
      if (k >= items->len || g_array_index (items, Item, k).kind != IT_COMMA)
        return G_MAXUINT;
      k++;
    }
  if (k >= items->len)
    return G_MAXUINT;
  px_quote_item_fill (ds, &g_array_index (items, Item, k));
  if (g_array_index (items, Item, k).kind == IT_WORD && px_quote_is_pronoun (&g_array_index (items, Item, k)) &&
      pronoun_gender (g_array_index (items, Item, k).lower) == want)
    return k;
  return G_MAXUINT;
}

/* Whether the sentence of @m opens, before it, with a pronoun of gender
 * @want as its subject, perhaps after a phrase a preposition opens: "At
 * 55, he is the same age as William Hartnell": the man named is not who
 * that sentence is about.  @same_clause tells whether the pronoun and @m
 * stand in one clause: no colon, dash or bracket between them, and no
 * comma that opens another clause. */
static gboolean
pronoun_subject_before (DocScan *ds, const Mention *m, guint want, gboolean *same_clause)
{
  g_autoptr(GArray) items = NULL;
  guint k = 0;

  *same_clause = FALSE;

  /* '“…,” he wrote … Clinton': the pronoun is the quote's speaker. */
  for (guint32 p = m->sentence; p < m->pos; p++)
    if (ds->quoted[p])
      return FALSE;
  items = px_quote_items_of (ds, m->sentence, m->pos);
  k = px_quote_opening_pronoun (ds, items, want);
  if (k == G_MAXUINT)
    return FALSE;
  /* One clause: words between the pronoun and the name, and commas
   * that open no clause ("that Trump, a political outsider, could…"),
   * not one before "but", "and", "then" or a participle ("…, recalling
   * how…"). */
  *same_clause = TRUE;
  for (guint i = k + 1; i < items->len && *same_clause; i++)
    {
      Item *it = &g_array_index (items, Item, i);

      if (it->kind == IT_COMMA && i + 1 < items->len)
        {
          Item *next = &g_array_index (items, Item, i + 1);

          px_quote_item_fill (ds, next);
          *same_clause = next->kind == IT_WORD && !px_quote_has_role (next, WR_CLAUSE_OPENER) &&
                         !px_quote_has_ending (WE_PARTICIPLE, next->lower);
        }
      else
        *same_clause = it->kind == IT_WORD || (it->kind == IT_HYPHEN && !px_quote_is_dash_at (ds, items, i));
    }
  return TRUE;
}

/* How many bytes after a pronoun its verb is looked for, and after a
 * name the rest of its sentence. */
#define CONTINUING_REACH 40
#define SENTENCE_REACH 400

/* Whether the pronoun at @pos is the subject of a verb that goes on
 * from the quote before ("he added", "she later continued"). */
static gboolean
continues (DocScan *ds, guint32 pos)
{
  g_autoptr(GArray) items = px_quote_items_of (ds, pos, MIN (ds->len, pos + CONTINUING_REACH));

  for (guint k = 1; k < items->len && k <= 2; k++)
    {
      Item *it = px_quote_word_item (ds, items, k, FALSE);

      if (it == NULL)
        return FALSE;
      if (px_quote_phrase_at (items, k, WR_CONTINUING_VERB) > 0)
        return TRUE;
      if (!(it->classes & WC_ADVERB) && !px_quote_has_ending (WE_ADVERB, it->lower))
        return FALSE;
    }
  return FALSE;
}

/* Whether the sentence of @m has a speech verb after the name, outside
 * quotes and not in the passive ("Jack Harkness added his congrats",
 * not "Jack Harkness was also mentioned"): @m said something there. */
static gboolean
says_something (DocScan *ds, const Mention *m)
{
  g_autoptr(GArray) items = px_quote_items_of (ds, m->pos, MIN (ds->len, m->pos + SENTENCE_REACH));

  for (guint k = 0; k < items->len; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_END)
        break;
      if (it->kind != IT_WORD)
        continue;
      px_quote_item_fill (ds, it);
      if (px_quote_is_verb (it) && !(k > 0 && px_quote_item_in (items, k - 1, WR_PASSIVE_AUXILIARY)))
        return TRUE;
    }
  return FALSE;
}

/* Whether a speech verb stands right before the name of @m, perhaps
 * with the words of a role between, no comma or preposition of a
 * listener: '“…,” said master of ceremonies Asab Al-Tabchi'. */
static gboolean
said_before_name (DocScan *ds, const Mention *m)
{
  const char *p = ds->text + m->pos;

  for (guint k = 0; k < MAX_ROLE_WORDS; k++)
    {
      g_autofree char *word = px_quote_word_before (ds, &p);

      if (word == NULL || px_quote_in_role (WR_RECIPIENT_PREPOSITION, word))
        return FALSE;
      if (px_quote_word_classes (word) & WC_SPEECH_VERB)
        return TRUE;
    }
  return FALSE;
}

/* Whether a quote before @before has @full as its speaker. */
static gboolean
has_spoken (DocScan *ds, const char *full, guint32 before)
{
  for (guint q = 0; q < ds->found->len; q++)
    {
      const Found *o = g_ptr_array_index (ds->found, q);

      if (o->mark_start >= before)
        break;
      if (o->speaker && g_str_equal (o->speaker, full))
        return TRUE;
    }
  return FALSE;
}

/* Whether the words of the sentence of @m before it are at most a
 * definite article: "The Harbour Board warned…", "Grey Line has…". */
gboolean
px_quote_opens_sentence_as_name (DocScan *ds, const Mention *m)
{
  g_autoptr(GArray) items = NULL;

  if (m->after_preposition || m->pos < m->sentence)
    return FALSE;
  items = px_quote_items_of (ds, m->sentence, m->pos);
  if (items->len == 0)
    return TRUE;
  return items->len == 1 && px_quote_item_in (items, 0, WR_DEFINITE_ARTICLE);
}

/* How many stops end a sentence outside quotes in [lo, hi): the ends
 * of paragraphs and of the quotes' sentences are not counted. */
static guint
unquoted_ends (DocScan *ds, guint32 lo, guint32 hi)
{
  g_autoptr(GArray) items = px_quote_items_of (ds, lo, hi);
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    {
      const Item *it = &g_array_index (items, Item, i);

      if (it->kind == IT_END && !ds->quoted[it->start] && strchr (".?!", ds->text[it->start]))
        n++;
    }
  return n;
}

/* Whether the name of @m may be what an "it" stands for: no place, no
 * title, no first name or word in the text that tells a person's gender,
 * no common word first; a lone word that opens its sentence only when
 * the text capitalises it inside one too ("Explaining the delay, …" is
 * no name). */
static gboolean
may_be_thing (DocScan *ds, Surnames *names, const Mention *m)
{
  const char *full = px_quote_mention_full_name (ds, names, m);

  if (m->titled || m->not_person || px_quote_mention_is_place (m) || !px_quote_may_be_speaker (ds, full) ||
      px_quote_common_word_first (ds, full) || px_quote_person_gender (ds, names, m, full) != 0)
    return FALSE;
  return strchr (full, ' ') || px_quote_capitalised_inside_sentence (ds, full);
}

/* Whether the name of mention @i is joined to the next name of its
 * sentence by a conjunction, with only names between: "Ann Lee and Ivo
 * Marsh", "Ann Lee, Ivo Marsh and Tom Berg" are several. */
static gboolean
joined_to_name (DocScan *ds, guint i)
{
  const Mention *m = &g_array_index (ds->mentions, Mention, i);
  const Mention *next;
  g_autoptr(GArray) items = NULL;
  gboolean joined = FALSE;

  if (i + 1 >= ds->mentions->len)
    return FALSE;
  next = &g_array_index (ds->mentions, Mention, i + 1);
  if (next->sentence != m->sentence)
    return FALSE;
  items = px_quote_items_of (ds, m->pos, next->pos);
  for (guint k = 0; k < items->len; k++)
    {
      const Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_WORD && px_quote_item_in (items, k, WR_CONJUNCTION))
        joined = TRUE;
      else if (!(it->kind == IT_COMMA || (it->kind == IT_WORD && it->cap)))
        return FALSE;
    }
  return joined;
}

/* "The Harbour Board warned sailors. ¶ “…,” it said": an "it" is the
 * name that opens the last sentence outside quotes before it as its
 * subject (in the quote's paragraph or the one before), when that may
 * be no person (may_be_thing()); else the one quoted just before, when
 * that may be no person either and the last sentence opens with no
 * other name ('“…,” it said. ¶ Then it put out another statement. ¶
 * “…,” it says').  NULL when neither is: not a guess.  @pos is the
 * pronoun's: "it", or the "they" that has no other speaker; for
 * "they", no name joined to another ("Ivo Marsh and Tom Berg met…"). */
char *
px_quote_resolve_thing_pronoun (DocScan *ds, Surnames *names, Found *f, guint32 pos, gboolean group,
                       const char *salient, double *certainty)
{
  guint32 lo = px_document_get_paragraph (ds->doc, f->paragraph > 0 ? f->paragraph - 1 : 0)->start;
  const Mention *subject = NULL;

  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos >= pos || ds->quoted[m->pos])
        continue;
      if (m->pos < lo)
        break;
      /* The first name of the last sentence that names any. */
      while (i > 1 && g_array_index (ds->mentions, Mention, i - 2).sentence == m->sentence)
        m = &g_array_index (ds->mentions, Mention, --i - 1);
      if (!ds->quoted[m->pos] && px_quote_opens_sentence_as_name (ds, m) && unquoted_ends (ds, m->pos, pos) <= 1)
        {
          if (group && joined_to_name (ds, i - 1))
            return NULL;
          subject = m;
        }
      break;
    }
  if (subject)
    {
      if (!may_be_thing (ds, names, subject))
        return NULL;
      *certainty = RESOLVED_PRONOUN;
      return g_strdup (px_quote_mention_full_name (ds, names, subject));
    }
  if (salient == NULL)
    return NULL;
  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos < pos && g_str_equal (px_quote_mention_full_name (ds, names, m), salient))
        {
          if (!may_be_thing (ds, names, m))
            return NULL;
          *certainty = RESOLVED_OPEN;
          return g_strdup (salient);
        }
    }
  return NULL;
}

/* How many paragraphs before a quote's a person whose gender the text
 * does not tell may be named to be taken for its "he" or "she". */
#define OPEN_REACH 2

/* Whether the words of the quote @f name the person @full by their
 * first name or surname, alone or together ("“Jermayne fired the
 * shot,” he said"): people speak of themselves as "I", so the "he" is
 * someone else.  Not the surname after another capitalised word ("my
 * brother Ivo Marsh" for Ann Marsh). */
static gboolean
quote_names (DocScan *ds, const Found *f, const char *full)
{
  const char *lo = ds->text + f->mark_start;
  const char *hi = ds->text + MIN (f->mark_end, ds->len);
  const char *surname;
  gsize n_surname = px_quote_surname_in (full, &surname);
  gsize n_first = strcspn (full, " ");

  if (!strchr (full, ' '))
    return FALSE;
  for (guint w = 0; w < 2; w++)
    {
      const char *word = w == 0 ? full : surname;
      gsize n = w == 0 ? n_first : n_surname;
      g_autofree char *needle = g_strndup (word, n);

      if (n < 3 || word[n - 1] == '.')
        continue;
      for (const char *p = lo; (p = g_strstr_len (p, hi - p, needle)) != NULL; p += n)
        {
          const char *prev = p;

          if (!px_quote_whole_word_at (ds, p - ds->text, n))
            continue;
          if (w == 0)
            return TRUE;
          /* The word before the surname: none, a lower-case one or
           * the first name. */
          if (p == lo || p[-1] != ' ')
            return TRUE;
          for (prev = p - 1; prev > lo && g_ascii_isalpha (prev[-1]); prev--)
            ;
          if (!g_ascii_isupper (*prev) || strncmp (prev, full, n_first + 1) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* "He said": the person being quoted in this stretch of text if the
 * pronoun fits them, else the nearest person named before whose gender
 * fits (or the subject of their sentence, when that is another person
 * the pronoun may be), else the nearest whose gender the text does not
 * tell.  Never a person of the other gender.  @salient_from is where the
 * quotes of @salient begin.  With @avoided, not a person the quote names
 * (see quote_names()), and *@avoided set when one was passed over. */
static char *
resolve_pronoun_avoiding (DocScan *ds, Surnames *names, Found *f, const char *salient,
                          guint32 salient_from, double *certainty, gboolean *avoided)
{
  guint want = pronoun_gender (f->np);
  const char *open = NULL;
  char *found = NULL;
  gboolean open_opens = FALSE;
  const Mention *subject;
  guint32 own_sentence = pronoun_sentence (ds, f->np_pos);
  /* A person whose gender the text does not tell is taken only from the
   * quote's paragraph and the two before: further back, nothing points
   * to them more than to anyone. */
  guint32 open_from = px_document_get_paragraph (ds->doc, f->paragraph > OPEN_REACH ? f->paragraph - OPEN_REACH : 0)->start;
  g_autoptr(GHashTable) not_them = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean goes_on = continues (ds, f->np_pos);

  if (px_quote_in_role (WR_THING_PRONOUN, f->np))
    return px_quote_resolve_thing_pronoun (ds, names, f, f->np_pos, FALSE, salient, certainty);
  subject = sentence_subject_mention (ds, names, f->np_pos);

  /* The subject of the pronoun's own sentence, if the gender fits or
   * the text does not tell it and nobody else in the sentence fits. */
  if (subject && want)
    {
      const char *full = px_quote_full_name (ds, names, subject->name, subject->pos);
      guint g = px_quote_person_gender (ds, names, subject, full);

      if (g == want)
        {
          *certainty = RESOLVED_SALIENT;
          return g_strdup (full);
        }
      if (g == 0 && !sentence_names_other (ds, names, subject, f->np_pos, want) &&
          px_quote_shown_to_be_person (ds, subject, full))
        {
          *certainty = RESOLVED_OPEN;
          return g_strdup (full);
        }
    }

  if (salient)
    {
      /* The speaker of the quotes just before, when nobody of the same
       * gender was named since. */
      for (guint i = ds->mentions->len; i > 0; i--)
        {
          const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
          const char *full;

          if (m->pos >= f->np_pos || !px_quote_is_person (names, m))
            continue;
          full = px_quote_full_name (ds, names, m->name, m->pos);
          /* Before the stretch of the salient speaker's quotes ('“…,”
           * the Secretary-General said. ¶ “…,” he said', with John Ging
           * named before): nobody there was named since. */
          if (m->pos < salient_from && !g_str_equal (full, salient))
            continue;
          /* '“…,” Moffat said. ¶ The actor Jack Harkness was also
           * there. ¶ He added: “…”': whom "added" goes on from is the
           * one quoted, not a man named since who said nothing. */
          if (goes_on && !g_str_equal (full, salient) && !says_something (ds, m))
            continue;
          if (g_str_equal (full, salient))
            {
              guint g = px_quote_person_gender (ds, names, m, full);

              if ((g == 0 || g == want) && !(avoided && quote_names (ds, f, full) && (*avoided = TRUE)))
                {
                  *certainty = g == want ? RESOLVED_SALIENT : RESOLVED_OPEN;
                  return g_strdup (salient);
                }
              break;
            }
          /* Another person of the same gender named since: "he" may
           * now be them, unless the sentence naming them has the one
           * quoted as its subject ("Producer Ann Marr, who…, is sure
           * that Ivo Marsh…"): the stretch is still about them. */
          if (px_quote_person_gender (ds, names, m, full) == want)
            {
              const Mention *s = subject_of_mention (ds, names, i - 1);

              if (!s || s == m || !g_str_equal (px_quote_full_name (ds, names, s->name, s->pos), salient))
                break;
            }
          /* "Majed Hamdan, a photographer, … said many were dead. “…,”
           * he said": a person whose gender the text does not tell,
           * opening a sentence since, may be the one quoted now. */
          if (px_quote_person_gender (ds, names, m, full) == 0 && px_quote_opens_its_sentence (ds, m) &&
              px_quote_shown_to_be_person (ds, m, full))
            break;
        }
    }
  for (guint i = ds->mentions->len; i > 0 && found == NULL; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
      const char *full;
      guint g;
      gboolean clause;

      if (m->pos >= f->np_pos || !px_quote_is_person (names, m))
        continue;
      full = px_quote_full_name (ds, names, m->name, m->pos);
      if (avoided && quote_names (ds, f, full))
        {
          *avoided = TRUE;
          continue;
        }
      g = px_quote_person_gender (ds, names, m, full);
      /* "During the visit, he chatted with Epstein": whom a pronoun
       * that opens the sentence as its subject stands for is not a
       * person its clause names after it; "he" goes on from the one
       * that pronoun stands for, and is not that person further back
       * either ("…at Epstein's mansion. During the visit, he chatted
       * with Epstein. He told the BBC: “…”").  In another clause the
       * name may be theirs again ("He could dismantle an opponent,
       * but so far, Mr. Clinton does not…"). */
      if (g == want && want != 0 && g_hash_table_contains (not_them, full))
        continue;
      /* '“…,” Ann Lee said. ¶ … ¶ Mary Holt sat at the back. ¶ … ¶
       * “…,” she added': whom "added" goes on from has spoken before,
       * however far back; not a person named since who said nothing. */
      if (goes_on && g == want && want != 0 && !says_something (ds, m) && !said_before_name (ds, m) &&
          !has_spoken (ds, full, f->mark_start))
        continue;
      if (g == want && want != 0 && m->sentence != own_sentence && pronoun_subject_before (ds, m, want, &clause))
        {
          if (clause)
            g_hash_table_add (not_them, (gpointer) full);
          continue;
        }
      if (g == want && want != 0)
        {
          /* "Matt Smith welcomed Ivo Marsh's casting. “…,” he said":
           * the subject of that sentence, when it is a person of the
           * pronoun's gender, rather than a name further in it. */
          const Mention *s = subject_of_mention (ds, names, i - 1);

          if (s && s != m)
            {
              const char *sfull = px_quote_full_name (ds, names, s->name, s->pos);
              guint sg = px_quote_person_gender (ds, names, s, sfull);

              /* A titled subject whose gender is open: a name of two
               * words or a surname of one, not "Public" of "Deputy
               * Public Defender Ann Lee".  Or one that opens its
               * sentence, an appositive or a clause after it, shown to
               * be a person: "Montell Figgins, who represents Thomas,
               * said … He said" is about Figgins ("Red Sox owner John
               * Henry" opens with no person). */
              if (sg == want ||
                  (sg == 0 && s->titled && (s->n_words >= 2 || g_hash_table_contains (names->doc, s->name))) ||
                  (sg == 0 && s->n_words >= 2 && px_quote_opens_its_sentence (ds, s) &&
                   s->pos + strlen (s->name) < ds->len && ds->text[s->pos + strlen (s->name)] == ',' &&
                   px_quote_shown_to_be_person (ds, s, sfull)))
                full = sfull;
            }
          found = g_strdup (full);
        }
      else if (g == 0 && open == NULL && m->pos >= open_from && px_quote_shown_to_be_person (ds, m, full))
        {
          const Mention *s = m->after_preposition ? subject_of_mention (ds, names, i - 1) : NULL;

          open = full;
          open_opens = px_quote_opens_its_sentence (ds, m) ||
                       (!m->after_preposition && subject_of_mention (ds, names, i - 1) == m);
          /* "Ann Lee, the lawyer, said her client meant no harm to Ivo
           * Marsh. “…,” she said": not the person after a preposition
           * but the sentence's subject, when the gender does not tell
           * them apart. */
          if (s && s != m && ends_noun_phrase (ds, s))
            {
              const char *sfull = px_quote_mention_full_name (ds, names, s);
              guint sg = px_quote_person_gender (ds, names, s, sfull);

              if ((sg == 0 || sg == want) && px_quote_shown_to_be_person (ds, s, sfull))
                open = sfull, open_opens = TRUE;
            }
        }
    }
  /* "Smith had played the role since 2010 … “…,” he wrote", with "Prince
   * George's arrival" before: a person whose gender the text does not
   * tell, nearer and the subject of a sentence, before one further back
   * whose gender fits. */
  if (found && open && open_opens)
    {
      g_free (found);
      found = NULL;
    }
  if (found)
    {
      *certainty = RESOLVED_PRONOUN;
      return found;
    }
  if (open)
    {
      *certainty = RESOLVED_OPEN;
      return g_strdup (open);
    }
  return NULL;
}

/* Whether the person @full spoke before @before: a quote given them, or
 * a sentence naming them with a speech verb ("Ann Lee told jurors"). */
static gboolean
spoke_before (DocScan *ds, Surnames *names, const char *full, guint32 before)
{
  if (has_spoken (ds, full, before))
    return TRUE;
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos >= before)
        break;
      if (!m->after_preposition && g_str_equal (px_quote_mention_full_name (ds, names, m), full) &&
          (says_something (ds, m) || said_before_name (ds, m)))
        return TRUE;
    }
  return FALSE;
}

/* resolve_pronoun_avoiding(), past a person the quote names ("“Jermayne
 * fired the shot,” he said" is not Jermayne Timmons's: people speak of
 * themselves as "I") when that leads to someone the text has speak.
 * Else, as before: some do name themselves ("they say Bernie Sanders
 * should drop out"), and a person who said nothing is no likelier. */
char *
px_quote_resolve_pronoun (DocScan *ds, Surnames *names, Found *f, const char *salient,
                          guint32 salient_from, double *certainty)
{
  gboolean avoided = FALSE;
  char *found = resolve_pronoun_avoiding (ds, names, f, salient, salient_from, certainty, &avoided);

  if (!avoided || (found && spoke_before (ds, names, found, f->mark_start)))
    return found;
  g_free (found);
  return resolve_pronoun_avoiding (ds, names, f, salient, salient_from, certainty, NULL);
}
