/* px-quote-gender.c: the gender of the people the text names
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "He said" can only be a man's words, "the congresswoman" only a
 * woman's: resolution needs the gender of each person named.  A title
 * tells it ("Mrs.", "spokeswoman"), else a first name of the lists; else
 * the pronouns outside quotes that can only stand for that person vote
 * for it (gender_votes()).  Its own file because every kind of speaker
 * asks it: names, pronouns, descriptions.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

/* The gender the titles of @m give ("Ms.", "congresswoman", "Kowal, a
 * spokeswoman,"), or 0 when they give none or both: "Rep." stands for
 * "congressman" and "congresswoman" alike. */
static guint
title_gender (const Mention *m)
{
  guint g = 0;

  for (const char *t = m->titles; *t; t += strcspn (t, " "), t += *t == ' ')
    g |= px_quote_word_classes_len (t, strcspn (t, " ")) & (WC_MALE | WC_FEMALE);
  return g == WC_MALE || g == WC_FEMALE ? g : 0;
}

/* WC_MALE, WC_FEMALE, or 0 when the text does not tell: from a title
 * written with the name ("Mrs.", "congressman"), else its first name. */
guint
px_quote_gender_of (const Mention *m, const char *full)
{
  g_autofree char *first = NULL;
  const char *sp = strchr (full, ' ');
  guint g = title_gender (m);

  if (g)
    return g;
  /* "W. Mark Felt", "J. Edgar Hoover": the first name after initials. */
  while (sp && sp - full <= 3 && sp[-1] == '.' && strchr (sp + 1, ' '))
    {
      full = sp + 1;
      sp = strchr (full, ' ');
    }
  if (sp == NULL)
    return 0;
  first = px_quote_normalize_word (full, sp - full);
  return px_quote_word_classes (first) & (WC_MALE | WC_FEMALE);
}

/* The gender the title of the mention at @pos tells ("Mrs. Clinton"),
 * or 0. */
guint
px_quote_title_gender_at (DocScan *ds, guint32 pos)
{
  guint lo = 0, hi = ds->mentions->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (ds->mentions, Mention, mid).pos < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < ds->mentions->len && g_array_index (ds->mentions, Mention, lo).pos == pos)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, lo);

      return px_quote_gender_of (m, m->name);
    }
  return 0;
}

/* How many votes a title written with a name gives its gender, against
 * one for each pronoun that points back to the name. */
#define TITLE_VOTES 2
/* The longest pronoun looked up, in bytes ("herself"; "sich selbst" is
 * two words, the second one enough). */
#define MAX_PRONOUN_BYTES 15

/* The roles of a man's and of a woman's pronouns, possessives and
 * reflexives, and of both: built from constants, so folded at compile
 * time. */
static inline void
gender_roles (RoleSet *male, RoleSet *female, RoleSet *both)
{
  *male = (RoleSet) { { 0 } };
  *female = (RoleSet) { { 0 } };
  role_set_add (male, WR_MALE_PRONOUN);
  role_set_add (male, WR_MALE_POSSESSIVE);
  role_set_add (male, WR_MALE_REFLEXIVE);
  role_set_add (female, WR_FEMALE_PRONOUN);
  role_set_add (female, WR_FEMALE_POSSESSIVE);
  role_set_add (female, WR_FEMALE_REFLEXIVE);
  *both = *male;
  role_set_merge (both, female);
}

/* The gender the word at text[start, start + len) has as a pronoun, a
 * possessive or a reflexive ("he", "her", "himself"), or 0. */
static guint
word_pronoun_gender (DocScan *ds, guint32 start, gsize len)
{
  char buf[MAX_PRONOUN_BYTES + 1];
  g_autofree char *folded = NULL;
  const char *word = buf;
  guint classes;
  RoleSet roles, male, female, both;

  if (len > MAX_PRONOUN_BYTES)
    return 0;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = ds->text[start + i];

      if (c >= 0x80)
        {
          word = folded = px_quote_normalize_word (ds->text + start, len);
          break;
        }
      buf[i] = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
    }
  buf[len] = '\0';
  /* Every word outside quotes is asked: most open with a letter no
   * pronoun opens with, and need no look-up. */
  gender_roles (&male, &female, &both);
  if (word == buf && !role_set_meets (px_quote_roles_opened_by (buf[0]), &both))
    return 0;
  px_quote_word_lookup (word, &classes, &roles);
  if (role_set_meets (&roles, &male))
    return WC_MALE;
  if (role_set_meets (&roles, &female))
    return WC_FEMALE;
  return 0;
}

/* Whether @m is a person the text shows to be one (px_quote_shown_to_be_person()),
 * its name no common word first, kept in @shown by full name: "Twitter
 * Tuesday" names no one.  @full is set to its full name in any case. */
static gboolean
shown_person (DocScan *ds, Surnames *names, GHashTable *shown, const Mention *m, const char **full)
{
  gpointer known;

  *full = px_quote_mention_full_name (ds, names, m);
  if (!px_quote_is_person (names, m))
    return FALSE;
  known = g_hash_table_lookup (shown, *full);
  if (known == NULL)
    {
      known = GUINT_TO_POINTER (px_quote_shown_to_be_person (ds, m, *full) &&
                                !px_quote_common_word_first (ds, *full) ? 2 : 1);
      g_hash_table_insert (shown, (gpointer) *full, known);
    }
  return known == GUINT_TO_POINTER (2);
}

/* The one person mentions[lo, hi) name before @pos (each by their full
 * name), or NULL when they name nobody (@several FALSE) or several.  A
 * pronoun can be theirs only if the text shows them to be a person,
 * named in full and not only after a preposition ("said about
 * Latinos"): else NULL too. */
static const char *
one_person_named (DocScan *ds, Surnames *names, GHashTable *shown, guint lo, guint hi,
                  guint32 pos, gboolean *several)
{
  const char *one = NULL;
  gboolean subject = FALSE, one_shown = TRUE;

  *several = FALSE;
  for (guint i = lo; i < hi; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      const char *full;

      if (m->pos >= pos)
        break;
      if (!px_quote_is_person (names, m))
        continue;
      /* A person the text does not show to be one still stands in the
       * way: "Ada Kowal spoke. Rolf Brenner listened. According to him". */
      one_shown &= shown_person (ds, names, shown, m, &full);
      if (one && !g_str_equal (one, full))
        {
          *several = TRUE;
          return NULL;
        }
      one = full;
      subject |= !m->after_preposition;
    }
  return one && one_shown && subject && strchr (one, ' ') ? one : NULL;
}

static void
vote (GHashTable *votes, const char *full, guint gender, guint n)
{
  guint v = GPOINTER_TO_UINT (g_hash_table_lookup (votes, full));

  if (gender == WC_MALE)
    v += n << 16;
  else
    v += n;
  g_hash_table_insert (votes, (gpointer) full, GUINT_TO_POINTER (v));
}

/* Counts, for each person the text names, the signs of their gender: the
 * titles of every mention of them ("Ms. Kowal" further on), and each
 * pronoun outside quotes ("her", "he", "himself") that can only be
 * theirs, being the one person its paragraph names before it, or (when
 * that names nobody) the one person the paragraph before names. */
static GHashTable *
gender_votes (DocScan *ds, Surnames *names)
{
  GHashTable *votes = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = px_document_get_n_paragraphs (ds->doc);
  guint prev_lo = 0, prev_hi = 0, next = 0;
  g_autoptr(GHashTable) speakers = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint q = 0; q < ds->found->len; q++)
    {
      const Found *f = g_ptr_array_index (ds->found, q);

      if (f->kind == SPK_PRONOUN)
        g_hash_table_add (speakers, GUINT_TO_POINTER (f->np_pos + 1));
    }
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      guint g = title_gender (m);
      const char *full;

      if (g && shown_person (ds, names, shown, m, &full))
        vote (votes, full, g, TITLE_VOTES);
    }
  for (guint p = 0; p < n; p++)
    {
      const PxParagraph *para = px_document_get_paragraph (ds->doc, p);
      guint lo = next, n_tokens;
      const PxToken *tokens = NULL;

      while (next < ds->mentions->len && g_array_index (ds->mentions, Mention, next).pos < para->end)
        next++;
      if (lo == next && prev_lo == prev_hi)
        continue;
      tokens = px_document_get_paragraph_tokens (ds->doc, p, &n_tokens);
      for (guint t = 0; t < n_tokens; t++)
        {
          guint g;
          const char *one;
          gboolean several;

          if (tokens[t].kind != PX_TOKEN_WORD || ds->quoted[tokens[t].start])
            continue;
          /* The "she" of '“…,” she said' is what is being resolved:
           * no sign of whom it stands for. */
          g = word_pronoun_gender (ds, tokens[t].start, tokens[t].len);
          if (g == 0)
            continue;
          one = one_person_named (ds, names, shown, lo, next, tokens[t].start, &several);
          /* The paragraph before, only for a pronoun that is no quote's
           * speaker: the "she" of '“…,” she said' is what is being
           * resolved, and may be someone new. */
          if (one == NULL && !several &&
              !g_hash_table_contains (speakers, GUINT_TO_POINTER (tokens[t].start + 1)))
            one = one_person_named (ds, names, shown, prev_lo, prev_hi, G_MAXUINT32, &several);
          if (one)
            vote (votes, one, g, 1);
        }
      prev_lo = lo, prev_hi = next;
    }
  return votes;
}

/* How many times the signs of one gender must outnumber those of the
 * other to tell it: a stray "his" of someone unnamed does not undo
 * eleven "she" and "her", but three against one are no proof
 * ("inviting Ada Kowal to use her office, and he was quick to make his
 * pitch…": the "he" is someone named further back). */
#define OUTVOTE 3

/* The gender the text tells of @full beyond a mention's own title and
 * first name: what its signs say (gender_votes()) when they outnumber
 * the other gender's more than OUTVOTE times; else 0. */
static guint
text_gender (DocScan *ds, Surnames *names, const char *full)
{
  guint v, male, female;

  if (names->genders == NULL)
    names->genders = gender_votes (ds, names);
  v = GPOINTER_TO_UINT (g_hash_table_lookup (names->genders, full));
  male = v >> 16, female = v & 0xffff;
  if (male > OUTVOTE * female)
    return WC_MALE;
  if (female > OUTVOTE * male)
    return WC_FEMALE;
  return 0;
}

/* px_quote_gender_of() @m, or when its title and first name do not tell, what the
 * rest of the text tells of the person (text_gender()). */
guint
px_quote_person_gender (DocScan *ds, Surnames *names, const Mention *m, const char *full)
{
  guint g = px_quote_gender_of (m, full);

  /* A person called by first name alone: that name's gender. */
  if (g == 0 && g_hash_table_contains (names->first_names, full))
    {
      g_autofree char *lower = px_quote_normalize_word (full, strlen (full));

      g = px_quote_word_classes (lower) & (WC_MALE | WC_FEMALE);
      if (g != WC_MALE && g != WC_FEMALE)
        g = 0;
    }
  return g ? g : text_gender (ds, names, full);
}
