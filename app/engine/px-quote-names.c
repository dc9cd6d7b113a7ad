/* px-quote-names.c: the full name behind a name, and who is a person
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reporters name a person in full once, then by surname ("Ada Marr … Marr
 * said"), by a first name alone ("Andrew doesn't remember"), with a
 * title ("Prince Andrew"), or by a shorter form of the name ("Josh Apte"
 * of "Joshua Apte").  This file gives each name its full name (the
 * surname index, the Surnames of a document), tells whether a name is a
 * person's and may be a speaker's, and picks the one form of a person's
 * name that is shown (fullest_form()).  Pronouns, descriptions and the
 * speakers of px-quote-resolution.c are all resolved to these names.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

const char *
px_quote_last_word (const char *name)
{
  const char *sp = strrchr (name, ' ');

  return sp ? sp + 1 : name;
}

/* Surname -> the one full name the mentions give for it, or "" when
 * they give several: built once per resolution, so that resolving each
 * pronoun does not rescan every mention. */
GHashTable *
px_quote_surname_index (GArray *mentions)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; mentions && i < mentions->len; i++)
    {
      const Mention *m = &g_array_index (mentions, Mention, i);
      const char *surname, *known;

      if (m->n_words < 2 || m->org || m->not_person)
        continue;
      surname = m->surname;
      known = g_hash_table_lookup (index, surname);
      if (known == NULL)
        g_hash_table_insert (index, (gpointer) surname, (gpointer) m->name);
      else if (*known && !g_str_equal (known, m->name))
        g_hash_table_insert (index, (gpointer) surname, (gpointer) "");
    }
  return index;
}

/* The one full name @index has for @surname, or NULL when it has none
 * or several. */
static const char *
full_name_in (GHashTable *index, const char *surname)
{
  const char *found = index ? g_hash_table_lookup (index, surname) : NULL;

  return found && *found ? found : NULL;
}

/* Whether the word @w of a name is a generation ("Jr.", "III"). */
static gboolean
generation_word (const char *w)
{
  g_autofree char *lower = px_quote_normalize_word (w, strlen (w));
  gsize n = strlen (lower);

  while (n > 0 && (lower[n - 1] == '.' || lower[n - 1] == ','))
    lower[--n] = '\0';
  return n > 0 && px_quote_in_list (WC_NAME_SUFFIX, lower);
}

/* Whether the first name @a is a short form of the first name @b
 * ("Josh" of "Joshua", "Will" of "William"), not one of the other
 * gender ("Dan" is not "Dana"). */
static gboolean
short_first_name (const char *a, const char *b)
{
  g_autofree char *la = NULL, *lb = NULL;
  guint ga, gb;
  const guint gender = WC_MALE | WC_FEMALE;

  if (strlen (a) < 3 || strlen (a) >= strlen (b) || !g_str_has_prefix (b, a))
    return FALSE;
  la = px_quote_normalize_word (a, strlen (a));
  lb = px_quote_normalize_word (b, strlen (b));
  ga = px_quote_word_classes (la) & gender;
  gb = px_quote_word_classes (lb) & gender;
  return !(ga && gb && !(ga & gb));
}

/* Whether the name @a, of two words or more, is a shorter form of the
 * name @b (or @b itself) the way reporters shorten a name they gave in
 * full: the end of it ("Hawk Sawyer" of "Kathleen Hawk Sawyer", "López
 * Obrador"), or its first name (or a short form of it) and surname with
 * fewer middle names or initials ("Bettie Page" of "Bettie Mae Page",
 * "Josh Apte" of "Joshua Apte").  Never across generations ("Robert
 * Kennedy" is not "Robert Kennedy Jr.") or across first names ("Bill
 * Clinton" is not "Hillary Clinton"). */
static gboolean
name_form_of (const char *a, const char *b)
{
  g_auto(GStrv) wa = g_strsplit (a, " ", -1);
  g_auto(GStrv) wb = g_strsplit (b, " ", -1);
  guint na = g_strv_length (wa), nb = g_strv_length (wb), j;
  gboolean ga, gb;

  if (g_str_equal (a, b))
    return TRUE;
  if (na < 2 || na > nb)
    return FALSE;
  ga = generation_word (wa[na - 1]);
  gb = generation_word (wb[nb - 1]);
  if (ga != gb || (ga && !g_str_equal (wa[na - 1], wb[nb - 1])))
    return FALSE;
  na -= ga;
  nb -= gb;
  if (na == 0 || !g_str_equal (wa[na - 1], wb[nb - 1]))
    return FALSE;
  /* The end of the full name: its given names dropped, but not a full
   * name itself, after a description, a place or an organisation's
   * word ("Gary Ross" of "Moviemaker Gary Ross", "Red Sox" of "Boston
   * Red Sox"). */
  for (j = 1; j <= na && g_str_equal (wa[na - j], wb[nb - j]); j++)
    ;
  if (j > na)
    {
      g_autofree char *first = px_quote_normalize_word (wa[0], strlen (wa[0]));

      if (px_quote_word_classes (first) & (WC_MALE | WC_FEMALE))
        return na == nb;
      for (guint i = 0; i < nb - na; i++)
        {
          g_autofree char *w = px_quote_normalize_word (wb[i], strlen (wb[i]));

          if (px_quote_word_classes (w) & (WC_PLACE | WC_ORG | WC_TITLE | WC_STOP))
            return FALSE;
        }
      return TRUE;
    }
  /* Its first name and surname, some middle names between them. */
  if (na < 2 || !(g_str_equal (wa[0], wb[0]) || short_first_name (wa[0], wb[0])))
    return FALSE;
  j = 1;
  for (guint i = 1; i + 1 < na; i++)
    {
      while (j + 1 < nb && !g_str_equal (wa[i], wb[j]))
        j++;
      if (j + 1 >= nb)
        return FALSE;
      j++;
    }
  return TRUE;
}

/* The one full name of a person in the document whose first word is
 * @first ("Andrew" of "Prince Andrew" is a title's; "Hillary" of
 * "Hillary Clinton"), or NULL when there is none or several. */
static const char *
full_name_of_first (DocScan *ds, const char *first)
{
  const char *one = NULL;
  gsize n = strlen (first);

  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->n_words < 2 || m->org || m->not_person || strncmp (m->name, first, n) != 0 ||
          m->name[n] != ' ')
        continue;
      if (one && !g_str_equal (one, m->name))
        return NULL;
      one = m->name;
    }
  return one;
}

/* Whether the mention @m is in the paragraph of @pos or the one before. */
static gboolean
named_just_before (DocScan *ds, const Mention *m, guint32 pos)
{
  return px_quote_paragraph_at (ds, m->pos) + 1 >= px_quote_paragraph_at (ds, pos);
}

/* Whether the mention @m names a person by the surname @surname, in
 * full or alone. */
static gboolean
names_by_surname (const Mention *m, const char *surname)
{
  return (!m->org || m->org_surname) && !m->not_person && g_str_equal (m->surname, surname);
}

/* The given name of @name: its first word that is no initial ("Mark"
 * of "W. Mark Felt"), as long as it is, in *@len. */
static const char *
given_name (const char *name, gsize *len)
{
  const char *w = name;

  for (;;)
    {
      gsize n = strcspn (w, " ");

      if (w[n] == '\0' || !(n <= 2 && w[n - 1] == '.'))
        {
          *len = n;
          return w;
        }
      w += n + 1;
    }
}

/* Whether the full names @a and @b give two people their given names
 * ("Tyler Hansbrough", "Gene Hansbrough"), not one person in two forms
 * ("W. Mark Felt Sr.", "Mark Felt"; "Josh Apte", "Joshua Apte"). */
static gboolean
other_given_name (const char *a, const char *b)
{
  gsize na, nb;
  const char *ga = given_name (a, &na), *gb = given_name (b, &nb);
  g_autofree char *wa = g_strndup (ga, na);
  g_autofree char *wb = g_strndup (gb, nb);

  return !g_str_equal (wa, wb) && !short_first_name (wa, wb) && !short_first_name (wb, wa) &&
         !name_form_of (a, b) && !name_form_of (b, a);
}

/* Whether the mention @m of a name is the subject of a speech verb
 * after it ("Wilhelm said") or stands right after one ("said
 * Wilhelm"). */
static gboolean
speaks_by_name (DocScan *ds, const Mention *m)
{
  const char *p = ds->text + m->pos;
  g_autofree char *before = px_quote_word_before (ds, &p);

  return px_quote_speaks (ds, m, FALSE) ||
         (before && (px_quote_word_classes (before) & WC_SPEECH_VERB));
}

/* The full name of a relation introduced by a first name whom the text
 * then quotes by the surname alone: "Wilhelm's widow, Candee, took aim
 * … “…,” said Wilhelm" is Candee Wilhelm, when she was named in this
 * paragraph or the one before and no other mention of the surname
 * comes between (but the surname speaking, "“…,” Wilhelm added",
 * paragraph after paragraph); else NULL.  Asked only of a speaker: "she
 * described Trump as kind" after "Trump's wife, Melania," is still the
 * one the surname stood for. */
const char *
px_quote_relation_by_surname (DocScan *ds, const char *surname, guint32 pos)
{
  guint32 at = pos;

  for (guint i = ds->kin_named ? ds->mentions->len : 0; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos >= pos)
        continue;
      if (m->kin_of && g_str_equal (m->kin_of, surname) && named_just_before (ds, m, at))
        {
          g_autofree char *full = g_strdup_printf ("%s %s", m->name, surname);

          return g_string_chunk_insert_const (ds->words, full);
        }
      if (m->n_words == 1 && names_by_surname (m, surname) && named_just_before (ds, m, at) &&
          speaks_by_name (ds, m))
        at = m->pos;
      else if (names_by_surname (m, surname) || m->kin_of)
        return NULL;
    }
  return NULL;
}

/* Whom the surname @surname alone, at @pos, stands for when the text
 * has given it to several people ("Tyler Hansbrough … Hansbrough scored
 * … said Gene Hansbrough, his father … “…,” Hansbrough said"): a writer
 * who names a second person of the surname names them in full each
 * time, so the surname alone stays with the one it stood for before,
 * the full name the last mention of it alone resolved to.  When the
 * other one, @recent, was named in full in this paragraph or the one
 * before ("Her mother, Ruth Okafor, drove her. “…,” Okafor said"), the
 * text leaves it open: the surname alone, unresolved.  NULL when one
 * full name has the surname, or it was never written alone and
 * resolved: the last full name holds. */
static const char *
shared_surname_holder (DocScan *ds, Surnames *names, const char *surname, guint32 pos,
                       const Mention *recent)
{
  gboolean several = FALSE;

  /* One full name for the surname in the whole document (most often). */
  if (full_name_in (names->doc, surname))
    return NULL;
  for (guint i = 0; i < ds->mentions->len && !several; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos >= pos)
        break;
      several = m->n_words >= 2 && names_by_surname (m, surname) &&
                other_given_name (m->name, recent->name);
    }
  if (!several)
    return NULL;
  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
      const char *held;

      if (m->pos >= pos || m->n_words != 1 || !names_by_surname (m, surname))
        continue;
      held = px_quote_mention_full_name (ds, names, m);
      if (!strchr (held, ' '))
        continue;
      if (other_given_name (held, recent->name) && named_just_before (ds, recent, pos))
        return surname;
      return held;
    }
  return NULL;
}

/* A surname is the full name written before it in the document (the
 * reporter's first mention), else the one full name the group or the
 * document has for it; when several have it, the one the surname
 * alone stood for. */
const char *
px_quote_full_name (DocScan *ds, Surnames *names, const char *name, guint32 pos)
{
  const char *full;
  guint want;

  if (strchr (name, ' '))
    return name;
  /* "Mrs. Clinton" is not the Bill Clinton named last. */
  want = px_quote_title_gender_at (ds, pos);
  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos < pos && m->n_words >= 2 && names_by_surname (m, name))
        {
          guint g = want ? px_quote_gender_of (m, m->name) : 0;

          if (g == 0 || g == want)
            {
              const char *held = want ? NULL : shared_surname_holder (ds, names, name, pos, m);

              return held ? held : m->name;
            }
        }
    }
  full = full_name_in (names->doc, name);
  if (full == NULL)
    full = full_name_in (names->group, name);
  if (full == NULL && names->first_names && g_hash_table_contains (names->first_names, name))
    full = full_name_of_first (ds, name);
  if (full == NULL && names->title_names)
    full = g_hash_table_lookup (names->title_names, name);
  return full ? full : name;
}

/* px_quote_full_name() of the mention @m of the document: descriptions are
 * matched against every person named before them, each by the names
 * of all the others. */
const char *
px_quote_mention_full_name (DocScan *ds, Surnames *names, const Mention *m)
{
  guint i = m - (const Mention *) (gconstpointer) ds->mentions->data;

  if (names->mention_full[i] == NULL)
    names->mention_full[i] = px_quote_full_name (ds, names, m->name, m->pos);
  return names->mention_full[i];
}

/* Whether @m names someone "he" or "she" can be: a name of two words or
 * more, written with a title, or a one-word name some full name or the
 * text's titles or first names give. */
gboolean
px_quote_is_person (Surnames *names, const Mention *m)
{
  /* "the Aral Sea", "Trump Tower": named, but no one "he" can be. */
  if (m->org || m->not_person || px_quote_mention_is_place (m))
    return FALSE;
  if (m->n_words >= 2 || m->titled)
    return TRUE;
  /* A surname some full name has, even when several have it (Bill and
   * Hillary Clinton), a name written with a title, or a first name
   * someone is called by alone. */
  return g_hash_table_contains (names->doc, m->name) ||
         (names->group && g_hash_table_contains (names->group, m->name)) ||
         g_hash_table_contains (names->titled, m->name) ||
         g_hash_table_contains (names->first_names, m->name);
}

/* Whether @m is the first words of its sentence (after its titles), its
 * subject as a rule: "Smith had played…", not "…following Prince
 * George's arrival". */
gboolean
px_quote_opens_its_sentence (DocScan *ds, const Mention *m)
{
  if (m->after_preposition)
    return FALSE;
  for (guint32 k = m->sentence; k < m->pos; k++)
    {
      guint32 e = k;

      if (g_ascii_isspace (ds->text[k]) || (ds->text[k] == '.' && m->titled))
        continue;
      /* "Rep. Brad Sherman joked…": its titles before it. */
      while (e < m->pos && g_ascii_isalpha (ds->text[e]))
        e++;
      if (e == k || !m->titled)
        return FALSE;
      {
        g_autofree char *word = px_quote_normalize_word (ds->text + k, e - k);

        if (!(px_quote_word_classes (word) & WC_TITLE))
          return FALSE;
      }
      k = e - 1;
    }
  return TRUE;
}

/* Where the name of @m ends in the text, or NULL when the text there is
 * not the name as written (titles dropped, white space joined). */
const char *
px_quote_name_end (DocScan *ds, const Mention *m)
{
  gsize n = strlen (m->name);

  if (m->pos + n > ds->len || strncmp (ds->text + m->pos, m->name, n) != 0)
    return NULL;
  return ds->text + m->pos + n;
}

/* Past the possessive ending at @p, the end of a name ("Sultan's",
 * "Sanders’"), or @p when there is none. */
const char *
px_quote_past_possessive (const char *p)
{
  if (g_str_has_prefix (p, "'s"))
    return p + 2;
  if (g_str_has_prefix (p, "\xe2\x80\x99s"))
    return p + 4;
  if (*p == '\'')
    return p + 1;
  if (g_str_has_prefix (p, "\xe2\x80\x99"))
    return p + 3;
  return p;
}

/* Whether @word, in no list of first names, opens the full name of one
 * person written in a sentence, not run on into a capitalised word: a
 * family name written first ("Liu Xiaming has said"), not the headline's
 * "Obama Just Let Something Slip". */
static gboolean
family_name_first (DocScan *ds, const char *word)
{
  const char *full = full_name_of_first (ds, word);

  if (full == NULL)
    return FALSE;
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      const char *end;

      if (!g_str_equal (m->name, full) || (end = px_quote_name_end (ds, m)) == NULL)
        continue;
      while (*end == ' ')
        end++;
      if (!g_ascii_isupper (*end))
        return TRUE;
    }
  return FALSE;
}

/* Whether @m opens its sentence with a word in lower case after it, a
 * verb as a rule: "Andrew doesn't remember", not "Christian ethics". */
static gboolean
subject_with_verb (DocScan *ds, const Mention *m)
{
  const char *after = ds->text + m->pos + strlen (m->name);

  return px_quote_opens_its_sentence (ds, m) && m->pos + strlen (m->name) + 1 < ds->len &&
         after[0] == ' ' && g_ascii_islower (after[1]);
}

/* The one-word names the text writes alone and never in lower case
 * ("Andrew doesn't remember…", not "Will" of "will"), that end no name of
 * two words or more (a surname's), and that open the full name of one
 * person: a person called by the first word of their name, a first name
 * or a family name written first ("Liu Xiaming … Liu said").  A first name
 * of the lists may instead open a sentence before its verb. */
static GHashTable *
lone_first_names (DocScan *ds, GHashTable *surnames)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) last_words = g_hash_table_new (g_str_hash, g_str_equal);
  /* Words of no first name that failed: the test of such a word reads
   * the word alone, not where it stands, and a long article names the
   * same places and groups many times. */
  g_autoptr(GHashTable) failed = g_hash_table_new (g_str_hash, g_str_equal);

  /* "House Speaker Paul Ryan … Ryan said": a surname, though no person
   * is indexed by it and "Ryan" is a first name too. */
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->n_words >= 2)
        g_hash_table_add (last_words, (gpointer) m->surname);
    }
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      g_autofree char *lower = NULL;
      gboolean first_name;

      if (m->n_words != 1 || m->org || m->not_person || m->titled ||
          g_hash_table_contains (set, m->name) || g_hash_table_contains (surnames, m->name) ||
          g_hash_table_contains (last_words, m->name) || g_hash_table_contains (failed, m->name))
        continue;
      lower = px_quote_normalize_word (m->name, strlen (m->name));
      first_name = (px_quote_word_classes (lower) & (WC_MALE | WC_FEMALE)) != 0;
      /* A first name of the lists; or any other word that opens the full
       * name of one person, a family name written first ("Liu Xiaming
       * … Liu said").  Asked first: they read the mentions, whereas
       * whether the word stands in lower case reads the whole text, and
       * most words fail them. */
      if ((first_name ? (full_name_of_first (ds, m->name) || subject_with_verb (ds, m))
                      : family_name_first (ds, m->name)) &&
          !px_quote_mention_is_place (m) && !px_quote_written_lower (ds, m->name))
        g_hash_table_add (set, m->name);
      else if (!first_name)
        g_hash_table_add (failed, m->name);
    }
  return set;
}

/* The one-word names the document writes with a title somewhere
 * ("Prince Andrew"): see Surnames.titled. */
static GHashTable *
titled_single_names (DocScan *ds)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->titled && m->n_words == 1 && !m->org && !m->not_person)
        g_hash_table_add (set, m->name);
    }
  return set;
}

/* A first name written after a title in full, capitalised ("Prince
 * Andrew", "Queen Elizabeth", "Sheikh Mohammed"): royals, clergy and
 * the like are named so, the title part of their name, whereas "Mr."
 * and "Dr." go with surnames.  First name -> title and name, as written
 * first; for a first name the article gives no full name of. */
static GHashTable *
titled_first_names (DocScan *ds)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      g_autofree char *lower = NULL;
      g_autofree char *title = NULL;
      const char *w = ds->text + m->pos;
      gsize n;

      if (!m->titled || m->n_words != 1 || m->org || m->not_person ||
          g_hash_table_contains (map, m->name))
        continue;
      lower = px_quote_normalize_word (m->name, strlen (m->name));
      if (!(px_quote_word_classes (lower) & (WC_MALE | WC_FEMALE)))
        continue;
      /* No abbreviation: a dot stops px_quote_word_before(). */
      title = px_quote_word_before (ds, &w);
      if (title == NULL || !g_ascii_isupper (*w) || !(px_quote_word_classes (title) & WC_TITLE))
        continue;
      n = ds->text + m->pos - w;
      while (n > 0 && g_ascii_isspace (w[n - 1]))
        n--;
      g_hash_table_insert (map, m->name, g_strdup_printf ("%.*s %s", (int) n, w, m->name));
    }
  return map;
}

/* The names of @ds its speakers are resolved to: see Surnames. */
void
px_quote_surnames_init (DocScan *ds, Surnames *names, GHashTable *group_names)
{
  *names = (Surnames) { .doc = px_quote_surname_index (ds->mentions), .group = group_names,
                        .mention_full = g_new0 (const char *, ds->mentions->len + 1),
                        .titled = titled_single_names (ds) };
  names->first_names = lone_first_names (ds, names->doc);
  names->title_names = titled_first_names (ds);
}

void
px_quote_surnames_clear (Surnames *names)
{
  g_hash_table_unref (names->doc);
  g_clear_pointer (&names->genders, g_hash_table_unref);
  g_hash_table_unref (names->first_names);
  g_hash_table_unref (names->titled);
  g_hash_table_unref (names->title_names);
  g_free (names->mention_full);
}

/* The space before the first word of @role in @s that stands between
 * spaces (" of ", " and "), or NULL; @len, if set, receives the length
 * of that word with both spaces. */
const char *
px_quote_role_word_between_spaces (const char *s, WordRole role, gsize *len)
{
  for (const char *sp = strchr (s, ' '); sp; sp = strchr (sp + 1, ' '))
    {
      gsize n = px_quote_role_word_at (role, sp + 1, sp + strlen (sp));

      if (n > 0 && sp[1 + n] == ' ')
        {
          if (len)
            *len = n + 2;
          return sp;
        }
    }
  return NULL;
}

/* A name a speaker can have: not a place, a building or a law, and not a
 * lone capitalised word the text also writes in lower case. */
gboolean
px_quote_may_be_speaker (DocScan *ds, const char *name)
{
  g_autofree char *lower = px_quote_normalize_word (name, strlen (name));
  const char *last = px_quote_last_word (lower);
  /* The first name joiner between spaces: "Bank of America". */
  const char *of = px_quote_role_word_between_spaces (lower, WR_NAME_JOINER, NULL);
  /* "Texas", "New York": places; but "Bank of America", "University of
   * Michigan" are organisations named after one. */
  if ((px_quote_word_classes (lower) | px_quote_word_classes (last)) & WC_PLACE)
    {
      g_autofree char *head = of ? g_strndup (lower, of - lower) : NULL;

      if (!head || !(px_quote_word_classes (px_quote_last_word (head)) & WC_ORG))
        return FALSE;
    }
  /* "Residents said": a crowd; "Optimistic Americans" too, but not
   * an organisation ("United Auto Workers"). */
  if (px_quote_word_classes (last) & WC_GROUP)
    {
      g_auto(GStrv) words = g_strsplit (lower, " ", -1);
      guint classes = 0;

      for (guint i = 0; words[i]; i++)
        classes |= px_quote_word_classes (words[i]);
      if (!(classes & WC_ORG))
        return FALSE;
    }
  return strchr (name, ' ') || !px_quote_written_lower (ds, name);
}

/* Whether the first word of @full, not a title, is a word the text also
 * writes in lower case: "Outside Carrier", "Said About Latinos" (a
 * headline's words taken for a name), not "Pope Francis". */
gboolean
px_quote_common_word_first (DocScan *ds, const char *full)
{
  gsize n = strcspn (full, " ");
  g_autofree char *first = NULL;
  g_autofree char *lower = NULL;

  if (full[n] == '\0')
    return FALSE;
  first = g_strndup (full, n);
  lower = px_quote_normalize_word (full, n);
  return !(px_quote_word_classes (lower) & WC_TITLE) && px_quote_written_lower (ds, first);
}

/* How long an appositive between a name and its verb may be: "Ann
 * Lee, in hospital with shrapnel wounds to the legs, said". */
#define MAX_APPOSITIVE_BYTES 120

/* @p, the end of a name in the text, or past the appositive set off by
 * commas there ("Ann Lee, a refugee from the town, said"): where the
 * name's verb is looked for. */
static const char *
past_appositive (DocScan *ds, const char *p)
{
  const char *end = ds->text + MIN (ds->len, (gsize) (p - ds->text) + MAX_APPOSITIVE_BYTES);
  const char *c = p + 1;

  if (*p != ',')
    return p;
  while (c < end && *c != ',' && !strchr (".;:!?\n", *c) && !ds->quoted[c - ds->text])
    c++;
  return c < end && *c == ',' ? c + 1 : p;
}

/* Whether @m is a lone capitalised word that opens its sentence and
 * that the text also writes in lower case: "Research focusing on the
 * cells…" beside "research", a common word, whatever name ends in it
 * ("the National Center for Scientific Research"). */
static gboolean
common_word_opening (DocScan *ds, const Mention *m)
{
  return m->n_words == 1 && !m->titled && px_quote_opens_its_sentence (ds, m) &&
         px_quote_written_lower (ds, m->name);
}

/* Whether the text shows that @m, whose gender it does not tell, is a
 * person: a title goes with the name, it opens a sentence as its subject,
 * the reporter names them again by the surname alone ("Rob Calabrese …
 * Calabrese told"), or a quote has them as speaker.  "Climate Action", "Palo Alto Weekly", "Dirty
 * Dancing" are named once, whole: no one "he" or "she" can be; nor is a
 * common word that opens a sentence (common_word_opening()) a surname. */
gboolean
px_quote_shown_to_be_person (DocScan *ds, const Mention *m, const char *full)
{
  const char *at;
  gsize n = px_quote_surname_in (full, &at);
  g_autofree char *surname = g_strndup (at, n);

  if (m->titled || !strchr (full, ' '))
    return TRUE;
  /* "Mira Holt opened the meeting": the subject of a sentence, a verb
   * after it (past an appositive: "Mira Holt, in hospital, said"). */
  if (px_quote_opens_its_sentence (ds, m) && m->pos + strlen (m->name) < ds->len &&
      !common_word_opening (ds, m))
    {
      const char *after = past_appositive (ds, ds->text + m->pos + strlen (m->name));

      if (*after == ' ' && g_ascii_islower (after[1]))
        return TRUE;
    }
  /* "The de facto prime minister in Gaza, Ismail Haniyeh, issued a
   * statement": a name set off by commas after a description, then
   * a verb. */
  if (m->pos >= 2 && ds->text[m->pos - 2] == ',' && ds->text[m->pos - 1] == ' ' &&
      m->pos + strlen (m->name) + 2 < ds->len && ds->text[m->pos + strlen (m->name)] == ',')
    {
      const char *w = ds->text + m->pos + strlen (m->name) + 1;
      const char *e;
      g_autofree char *word = NULL;

      while (*w == ' ')
        w++;
      for (e = w; g_ascii_isalpha (*e); e++)
        ;
      word = g_ascii_strdown (w, e - w);
      if (e > w && g_ascii_islower (*w) && px_quote_is_finite_verb (word))
        return TRUE;
    }
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *o = &g_array_index (ds->mentions, Mention, i);

      if (o->titled && g_str_equal (o->name, full))
        return TRUE;
      if (o->n_words == 1 && !o->org && g_str_equal (o->name, surname) && !common_word_opening (ds, o))
        return TRUE;
    }
  for (guint q = 0; q < ds->found->len; q++)
    {
      const Found *f = g_ptr_array_index (ds->found, q);

      if (f->kind == SPK_NAME && f->np && px_quote_has_surname (f->np, surname))
        return TRUE;
    }
  return FALSE;
}

/* Whether the word after the name of @m, or after an adverb there, is a
 * speech verb: "Felt wrote that…", "Lee later told…", also past an
 * appositive set off by commas ("Lee, a refugee from the town, said");
 * with @issuing, also a verb that puts out a statement ("issued"). */
gboolean
px_quote_speaks (DocScan *ds, const Mention *m, gboolean issuing)
{
  const char *p = px_quote_name_end (ds, m);

  if (p == NULL)
    return FALSE;
  p = past_appositive (ds, p);
  for (int word = 0; word < 2; word++)
    {
      const char *w;
      g_autofree char *lower = NULL;
      guint classes;

      while (*p == ' ')
        p++;
      for (w = p; g_ascii_isalpha (*p); p++)
        ;
      if (p == w || g_ascii_isupper (*w))
        return FALSE;
      lower = g_ascii_strdown (w, p - w);
      classes = px_quote_word_classes (lower);
      if ((classes & WC_SPEECH_VERB) || (issuing && px_quote_in_role (WR_ISSUING_VERB, lower)))
        return TRUE;
      if (!(classes & WC_ADVERB) && !px_quote_has_ending (WE_ADVERB, lower))
        return FALSE;
    }
  return FALSE;
}

/* Whether the words @a drops from the start of @b, whose end it is, hold
 * a given name, not only initials ("Hawk Sawyer" of "Kathleen Hawk
 * Sawyer", not "Dale Hall" of "H. Dale Hall"). */
static gboolean
drops_given_name (const char *a, const char *b)
{
  gsize n = strlen (b) - strlen (a);

  if (strlen (a) >= strlen (b) || !g_str_has_suffix (b, a) || b[n - 1] != ' ')
    return FALSE;
  for (const char *w = b; w < b + n; w = strchr (w, ' ') + 1)
    if (strcspn (w, " ") > 2 || w[strcspn (w, " ") - 1] != '.')
      return TRUE;
  return FALSE;
}

/* Whether @name reads as a person's name: capitalised words and
 * particles ("Ludwig van Beethoven"), not "Doctors for Camp Closure" or
 * "Craig Zadan and Neil Meron". */
static gboolean
person_name_words (const char *name)
{
  if (*name == '\0')
    return TRUE;
  /* Read in place: asked of every name the article gives. */
  for (const char *w = name;; w++)
    {
      gsize n = strcspn (w, " ");

      if (!g_unichar_isupper (g_utf8_get_char (w)))
        {
          g_autofree char *word = g_strndup (w, n);

          if (!px_quote_in_list (WC_PARTICLE, word))
            return FALSE;
        }
      w += n;
      if (*w == '\0')
        break;
    }
  return TRUE;
}

NameForms *
px_quote_name_forms_new (void)
{
  NameForms *forms = g_new (NameForms, 1);

  forms->forms = g_array_new (FALSE, FALSE, sizeof (NameForm));
  forms->by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) g_ptr_array_unref);
  forms->orgs = g_ptr_array_new ();
  forms->persons = g_hash_table_new (g_str_hash, g_str_equal);
  return forms;
}

void
px_quote_name_forms_free (NameForms *forms)
{
  if (forms == NULL)
    return;
  g_array_unref (forms->forms);
  g_hash_table_unref (forms->by_surname);
  g_ptr_array_unref (forms->orgs);
  g_hash_table_unref (forms->persons);
  g_free (forms);
}

/* Adds @name, of surname @surname, to @forms unless it holds it. */
static void
add_name_form (NameForms *forms, const char *name, const char *surname)
{
  GPtrArray *same = g_hash_table_lookup (forms->by_surname, surname);

  if (same == NULL)
    {
      same = g_ptr_array_new ();
      g_hash_table_insert (forms->by_surname, (gpointer) surname, same);
    }
  else if (g_ptr_array_find_with_equal_func (same, name, g_str_equal, NULL))
    return;
  g_ptr_array_add (same, (gpointer) name);
  g_array_append_vals (forms->forms, &(NameForm) { .name = name, .surname = surname }, 1);
}

void
px_quote_name_forms_merge (NameForms *into, const NameForms *from)
{
  GHashTableIter iter;
  gpointer name;

  for (guint k = 0; k < from->forms->len; k++)
    {
      const NameForm *nf = &g_array_index (from->forms, NameForm, k);

      add_name_form (into, nf->name, nf->surname);
    }
  for (guint k = 0; k < from->orgs->len; k++)
    if (!g_ptr_array_find_with_equal_func (into->orgs, g_ptr_array_index (from->orgs, k),
                                           g_str_equal, NULL))
      g_ptr_array_add (into->orgs, g_ptr_array_index (from->orgs, k));
  g_hash_table_iter_init (&iter, from->persons);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    g_hash_table_add (into->persons, name);
}

/* Whether the words of @name after its first @n bytes are all words that
 * end a company's name ("Big Machine Records", "Harbor Holdings Group"). */
static gboolean
ends_as_company (const char *name, gsize n)
{
  if (name[n] != ' ')
    return FALSE;
  for (const char *w = name + n + 1;; w++)
    {
      gsize len = strcspn (w, " ");
      g_autofree char *word = g_utf8_strdown (w, len);

      if (!px_quote_in_list (WC_ORG_ENDING, word))
        return FALSE;
      w += len;
      if (*w == '\0')
        return TRUE;
    }
}

/* Adds to @forms the companies' full names @ds writes ("Big Machine
 * Records") and the names it shows to be persons', by a title or by the
 * surname alone ("Dick Clark … Clark said"), whom no company of theirs
 * ("Dick Clark Productions") stands for. */
static void
add_org_forms (DocScan *ds, NameForms *forms)
{
  g_autoptr(GHashTable) alone = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      const char *last = m->n_words >= 2 ? strrchr (m->name, ' ') : NULL;

      if (m->n_words == 1 && !m->org)
        g_hash_table_add (alone, m->name);
      else if (m->titled && !m->org)
        g_hash_table_add (forms->persons, m->name);
      if (last && ends_as_company (m->name, last - m->name) &&
          !g_ptr_array_find_with_equal_func (forms->orgs, m->name, g_str_equal, NULL))
        g_ptr_array_add (forms->orgs, m->name);
    }
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->n_words >= 2 && !m->org && g_hash_table_contains (alone, m->surname))
        g_hash_table_add (forms->persons, m->name);
    }
}

/* The full names of persons @ds gives: not one of a headline, whose
 * capitalised words run on ("Obama To Nominate Regina Benjamin"), nor one
 * that opens with a word the text writes in lower case ("Polygamist
 * Warren Jeffs"), nor one run on across a dateline ("Tarnby (HW) - Ada
 * Marr"). */
const NameForms *
px_quote_name_forms (DocScan *ds)
{
  guint p = 0, n_paragraphs = px_document_get_n_paragraphs (ds->doc);

  if (ds->name_forms)
    return ds->name_forms;
  ds->name_forms = px_quote_name_forms_new ();
  add_org_forms (ds, ds->name_forms);
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      GPtrArray *same = g_hash_table_lookup (ds->name_forms->by_surname, m->surname);
      g_autofree char *first = NULL;

      /* A name given again is asked nothing more. */
      if (m->n_words < 2 || m->org || m->not_person ||
          (same && g_ptr_array_find_with_equal_func (same, m->name, g_str_equal, NULL)) ||
          px_quote_mention_is_place (m) || !person_name_words (m->name))
        continue;
      while (p + 1 < n_paragraphs && px_document_get_paragraph (ds->doc, p)->end <= m->pos)
        p++;
      if (n_paragraphs > 1 && px_quote_paragraph_reads_as_headline (ds, p))
        continue;
      first = g_strndup (m->name, strcspn (m->name, " "));
      if (px_quote_written_lower (ds, first))
        continue;
      add_name_form (ds->name_forms, m->name, m->surname);
    }
  return ds->name_forms;
}

/* Of the forms in @forms of the name @name, the fullest, the one all
 * the others are forms of (the "Joshua Apte" of "Josh Apte"); when
 * @dropped, only of those @name is the end of, its given names dropped
 * ("Kathleen Hawk Sawyer" of "Hawk Sawyer"). @name when there is none or
 * they are forms of two names ("George W. Bush" and "George H. W. Bush"
 * of "George Bush"). */
static const char *
fullest_form (const NameForms *forms, const char *name, gboolean dropped)
{
  const char *fullest = name, *at;
  gsize n = px_quote_surname_in (name, &at);
  g_autofree char *cut = at[n] ? g_strndup (at, n) : NULL;
  GPtrArray *same = g_hash_table_lookup (forms->by_surname, cut ? cut : at);

  for (guint k = 0; same && k < same->len; k++)
    {
      const char *form = g_ptr_array_index (same, k);

      if (g_str_equal (form, fullest) ||
          !(dropped ? drops_given_name (name, form)
                    : name_form_of (name, form) || name_form_of (form, name)))
        continue;
      if (name_form_of (fullest, form))
        fullest = form;
      else if (!name_form_of (form, fullest))
        return name;
    }
  return fullest;
}

/* The full name in @forms of the company @name is the first words of,
 * all those after them words that end a company's name ("Big Machine
 * Records" of "Big Machine"); @name when there is none, or two ("Big
 * Machine Records" and "Big Machine Group"), or it is a person's. */
static const char *
org_full_name (const NameForms *forms, const char *name)
{
  const char *full = name;
  gsize n = strlen (name);

  /* "Clark" of "Dick Clark" and "Clark Group": the person. */
  if (g_hash_table_contains (forms->persons, name) || g_hash_table_contains (forms->by_surname, name))
    return name;
  for (guint k = 0; k < forms->orgs->len; k++)
    {
      const char *org = g_ptr_array_index (forms->orgs, k);

      if (strncmp (org, name, n) != 0 || !ends_as_company (org, n))
        continue;
      if (full != name)
        return name;
      full = org;
    }
  return full;
}

/* The one name to show for the person @name: the fullest form of it the
 * document gives, and when that lacks a given name another article of
 * the comparison gives ("Boone Isaacs"), that article's; for a company,
 * its full name the document or else another article gives. */
const char *
px_quote_shown_name (const NameForms *doc_forms, const NameForms *group_forms, const char *name)
{
  const char *org = org_full_name (doc_forms, name);

  if (org == name && group_forms && !g_hash_table_contains (doc_forms->persons, name))
    org = org_full_name (group_forms, name);
  if (org != name)
    return org;
  if (!strchr (name, ' ') || !person_name_words (name))
    return name;
  name = fullest_form (doc_forms, name, FALSE);
  return group_forms ? fullest_form (group_forms, name, TRUE) : name;
}
