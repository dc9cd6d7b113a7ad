/* px-quote-resolution.c: the full name behind each speaker
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What attribution found is resolved to a person or an organisation the
 * article (or another article of the comparison) names in full: a surname
 * to its full name, "he" and "she" by gender, salience and the sentence's
 * subject, "the secretary" by title; when the text leaves it open, no
 * speaker rather than a guess.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"
#include "px-tokenizer.h"

const char *
px_quote_last_word (const char *name)
{
  const char *sp = strrchr (name, ' ');

  return sp ? sp + 1 : name;
}

/* The one full name (two words or more) in @mentions whose last word is
 * @surname, or NULL when there is none or more than one. */
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

typedef struct {
  GHashTable *doc;      /* surname index of the document's mentions */
  GHashTable *group;    /* and of the group's, or NULL */
  const char **mention_full;  /* full_name() of each mention, once asked */
  GHashTable *genders;  /* full name -> what the text tells of their gender,
                         * see text_gender(); worked out when first asked */
  GHashTable *titled;   /* one-word names the document writes with a title
                         * ("Prince Andrew", "Dr. Oz"): persons, though no
                         * full name goes with them */
  GHashTable *first_names;  /* first names the text names people by alone
                             * ("Andrew doesn't remember…"), see lone_first_names() */
  GHashTable *title_names;  /* first name -> its title and it ("Prince
                             * Andrew"), see titled_first_names() */
} Surnames;

/* A surname is the full name written before it in the document (the
 * reporter's first mention), else the one full name the group or the
 * document has for it. */
static guint gender_of (const Mention *m, const char *full);
static guint title_gender (const Mention *m);
static const char *full_name_of_first (DocScan *ds, const char *first);

/* The gender the title of the mention at @pos tells ("Mrs. Clinton"),
 * or 0. */
static guint
title_gender_at (DocScan *ds, guint32 pos)
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

      return gender_of (m, m->name);
    }
  return 0;
}

static const char *
full_name (DocScan *ds, Surnames *names, const char *name, guint32 pos)
{
  const char *full;
  guint want;

  if (strchr (name, ' '))
    return name;
  /* "Mrs. Clinton" is not the Bill Clinton named last. */
  want = title_gender_at (ds, pos);
  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos < pos && m->n_words >= 2 && (!m->org || m->org_surname) && !m->not_person &&
          g_str_equal (m->surname, name))
        {
          guint g = want ? gender_of (m, m->name) : 0;

          if (g == 0 || g == want)
            return m->name;
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

/* full_name() of the mention @m of the document: descriptions are
 * matched against every person named before them, each by the names
 * of all the others. */
static const char *
mention_full_name (DocScan *ds, Surnames *names, const Mention *m)
{
  guint i = m - (const Mention *) (gconstpointer) ds->mentions->data;

  if (names->mention_full[i] == NULL)
    names->mention_full[i] = full_name (ds, names, m->name, m->pos);
  return names->mention_full[i];
}

static gboolean
is_person (Surnames *names, const Mention *m)
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

static gboolean opens_its_sentence (DocScan *ds, const Mention *m);

/* Where the name of @m ends in the text, or NULL when the text there is
 * not the name as written (titles dropped, white space joined). */
static const char *
name_end (DocScan *ds, const Mention *m)
{
  gsize n = strlen (m->name);

  if (m->pos + n > ds->len || strncmp (ds->text + m->pos, m->name, n) != 0)
    return NULL;
  return ds->text + m->pos + n;
}

/* Past the possessive ending at @p, the end of a name ("Sultan's",
 * "Sanders’"), or @p when there is none. */
static const char *
past_possessive (const char *p)
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

      if (!g_str_equal (m->name, full) || (end = name_end (ds, m)) == NULL)
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

  return opens_its_sentence (ds, m) && m->pos + strlen (m->name) + 1 < ds->len &&
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

/* How surely a name found one way is the speaker's: a full name as
 * written, a surname the article or the group gives a full name for, a
 * pronoun or a role resolved to the last person named, and a lone
 * capitalised word nothing else names (a place as often as a person). */
#define RESOLVED_FULL     1.0
#define RESOLVED_SURNAME  0.95
#define RESOLVED_ROLE     0.8
#define RESOLVED_SALIENT  0.9    /* the person quoted just before, gender fits */
#define RESOLVED_PRONOUN  0.8    /* the nearest person whose gender fits */
#define RESOLVED_LONE     0.6
#define RESOLVED_OPEN     0.6    /* a person whose gender the text does not tell */
#define INHERITED         0.9

/* The space before the first word of @role in @s that stands between
 * spaces (" of ", " and "), or NULL; @len, if set, receives the length
 * of that word with both spaces. */
static const char *
role_word_between_spaces (const char *s, WordRole role, gsize *len)
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
static gboolean
may_be_speaker (DocScan *ds, const char *name)
{
  g_autofree char *lower = px_quote_normalize_word (name, strlen (name));
  const char *last = px_quote_last_word (lower);
  /* The first name joiner between spaces: "Bank of America". */
  const char *of = role_word_between_spaces (lower, WR_NAME_JOINER, NULL);
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

/* WC_MALE, WC_FEMALE, or 0 when the text does not tell: from a title
 * written with the name ("Mrs.", "congressman"), else its first name. */
static guint
gender_of (const Mention *m, const char *full)
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

/* How many votes a title written with a name gives its gender, against
 * one for each pronoun that points back to the name. */
#define TITLE_VOTES 2
/* The longest pronoun looked up, in bytes ("herself"; "sich selbst" is
 * two words, the second one enough). */
#define MAX_PRONOUN_BYTES 15

#define MALE_ROLES ((G_GUINT64_CONSTANT (1) << WR_MALE_PRONOUN) | (G_GUINT64_CONSTANT (1) << WR_MALE_POSSESSIVE) | \
                    (G_GUINT64_CONSTANT (1) << WR_MALE_REFLEXIVE))
#define FEMALE_ROLES ((G_GUINT64_CONSTANT (1) << WR_FEMALE_PRONOUN) | \
                      (G_GUINT64_CONSTANT (1) << WR_FEMALE_POSSESSIVE) | \
                      (G_GUINT64_CONSTANT (1) << WR_FEMALE_REFLEXIVE))
#define GENDER_ROLES (MALE_ROLES | FEMALE_ROLES)

/* The gender the word at text[start, start + len) has as a pronoun, a
 * possessive or a reflexive ("he", "her", "himself"), or 0. */
static guint
word_pronoun_gender (DocScan *ds, guint32 start, gsize len)
{
  char buf[MAX_PRONOUN_BYTES + 1];
  g_autofree char *folded = NULL;
  const char *word = buf;
  guint classes;
  guint64 roles;

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
  if (word == buf && !(px_quote_roles_opened_by (buf[0]) & GENDER_ROLES))
    return 0;
  px_quote_word_lookup (word, &classes, &roles);
  if (roles & MALE_ROLES)
    return WC_MALE;
  if (roles & FEMALE_ROLES)
    return WC_FEMALE;
  return 0;
}

static const char *mention_full_name (DocScan *ds, Surnames *names, const Mention *m);
static gboolean is_person (Surnames *names, const Mention *m);

static gboolean shown_to_be_person (DocScan *ds, const Mention *m, const char *full);
static gboolean opens_its_sentence (DocScan *ds, const Mention *m);

/* Whether the first word of @full, not a title, is a word the text also
 * writes in lower case: "Outside Carrier", "Said About Latinos" (a
 * headline's words taken for a name), not "Pope Francis". */
static gboolean
common_word_first (DocScan *ds, const char *full)
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

/* Whether @m is a person the text shows to be one (shown_to_be_person()),
 * its name no common word first, kept in @shown by full name: "Twitter
 * Tuesday" names no one.  @full is set to its full name in any case. */
static gboolean
shown_person (DocScan *ds, Surnames *names, GHashTable *shown, const Mention *m, const char **full)
{
  gpointer known;

  *full = mention_full_name (ds, names, m);
  if (!is_person (names, m))
    return FALSE;
  known = g_hash_table_lookup (shown, *full);
  if (known == NULL)
    {
      known = GUINT_TO_POINTER (shown_to_be_person (ds, m, *full) && !common_word_first (ds, *full) ? 2 : 1);
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
      if (!is_person (names, m))
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

/* gender_of() @m, or when its title and first name do not tell, what the
 * rest of the text tells of the person (text_gender()). */
static guint
person_gender (DocScan *ds, Surnames *names, const Mention *m, const char *full)
{
  guint g = gender_of (m, full);

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
  const char *end = name_end (ds, m);

  return end && past_possessive (end) != end;
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
      if (!m->after_preposition && is_person (names, m) &&
          may_be_speaker (ds, full_name (ds, names, m->name, m->pos)))
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
          !is_person (names, m))
        continue;
      if (person_gender (ds, names, m, full_name (ds, names, m->name, m->pos)) == want)
        return TRUE;
    }
  return FALSE;
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

/* Whether the text shows that @m, whose gender it does not tell, is a
 * person: a title goes with the name, it opens a sentence as its subject,
 * the reporter names them again by the surname alone ("Rob Calabrese …
 * Calabrese told"), or a quote has them as speaker.  "Climate Action", "Palo Alto Weekly", "Dirty
 * Dancing" are named once, whole: no one "he" or "she" can be. */
static gboolean
shown_to_be_person (DocScan *ds, const Mention *m, const char *full)
{
  const char *at;
  gsize n = px_quote_surname_in (full, &at);
  g_autofree char *surname = g_strndup (at, n);

  if (m->titled || !strchr (full, ' '))
    return TRUE;
  /* "Mira Holt opened the meeting": the subject of a sentence, a verb
   * after it (past an appositive: "Mira Holt, in hospital, said"). */
  if (opens_its_sentence (ds, m) && m->pos + strlen (m->name) < ds->len)
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
      if (o->n_words == 1 && !o->org && g_str_equal (o->name, surname))
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

/* Whether @m is the first words of its sentence (after its titles), its
 * subject as a rule: "Smith had played…", not "…following Prince
 * George's arrival". */
static gboolean
opens_its_sentence (DocScan *ds, const Mention *m)
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
static guint
opening_pronoun (DocScan *ds, GArray *items, guint want)
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
  k = opening_pronoun (ds, items, want);
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
static gboolean
opens_sentence_as_name (DocScan *ds, const Mention *m)
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
  const char *full = mention_full_name (ds, names, m);

  if (m->titled || m->not_person || px_quote_mention_is_place (m) || !may_be_speaker (ds, full) ||
      common_word_first (ds, full) || person_gender (ds, names, m, full) != 0)
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
static char *
resolve_thing_pronoun (DocScan *ds, Surnames *names, Found *f, guint32 pos, gboolean group,
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
      if (!ds->quoted[m->pos] && opens_sentence_as_name (ds, m) && unquoted_ends (ds, m->pos, pos) <= 1)
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
      return g_strdup (mention_full_name (ds, names, subject));
    }
  if (salient == NULL)
    return NULL;
  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos < pos && g_str_equal (mention_full_name (ds, names, m), salient))
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

/* "He said": the person being quoted in this stretch of text if the
 * pronoun fits them, else the nearest person named before whose gender
 * fits (or the subject of their sentence, when that is another person
 * the pronoun may be), else the nearest whose gender the text does not
 * tell.  Never a person of the other gender.  @salient_from is where the
 * quotes of @salient begin. */
static char *
resolve_pronoun (DocScan *ds, Surnames *names, Found *f, const char *salient,
                 guint32 salient_from, double *certainty)
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
    return resolve_thing_pronoun (ds, names, f, f->np_pos, FALSE, salient, certainty);
  subject = sentence_subject_mention (ds, names, f->np_pos);

  /* The subject of the pronoun's own sentence, if the gender fits or
   * the text does not tell it and nobody else in the sentence fits. */
  if (subject && want)
    {
      const char *full = full_name (ds, names, subject->name, subject->pos);
      guint g = person_gender (ds, names, subject, full);

      if (g == want)
        {
          *certainty = RESOLVED_SALIENT;
          return g_strdup (full);
        }
      if (g == 0 && !sentence_names_other (ds, names, subject, f->np_pos, want) &&
          shown_to_be_person (ds, subject, full))
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

          if (m->pos >= f->np_pos || !is_person (names, m))
            continue;
          full = full_name (ds, names, m->name, m->pos);
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
              guint g = person_gender (ds, names, m, full);

              if (g == 0 || g == want)
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
          if (person_gender (ds, names, m, full) == want)
            {
              const Mention *s = subject_of_mention (ds, names, i - 1);

              if (!s || s == m || !g_str_equal (full_name (ds, names, s->name, s->pos), salient))
                break;
            }
          /* "Majed Hamdan, a photographer, … said many were dead. “…,”
           * he said": a person whose gender the text does not tell,
           * opening a sentence since, may be the one quoted now. */
          if (person_gender (ds, names, m, full) == 0 && opens_its_sentence (ds, m) &&
              shown_to_be_person (ds, m, full))
            break;
        }
    }
  for (guint i = ds->mentions->len; i > 0 && found == NULL; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
      const char *full;
      guint g;
      gboolean clause;

      if (m->pos >= f->np_pos || !is_person (names, m))
        continue;
      full = full_name (ds, names, m->name, m->pos);
      g = person_gender (ds, names, m, full);
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
              const char *sfull = full_name (ds, names, s->name, s->pos);
              guint sg = person_gender (ds, names, s, sfull);

              /* A titled subject whose gender is open: a name of two
               * words or a surname of one, not "Public" of "Deputy
               * Public Defender Ann Lee".  Or one that opens its
               * sentence, an appositive or a clause after it, shown to
               * be a person: "Montell Figgins, who represents Thomas,
               * said … He said" is about Figgins ("Red Sox owner John
               * Henry" opens with no person). */
              if (sg == want ||
                  (sg == 0 && s->titled && (s->n_words >= 2 || g_hash_table_contains (names->doc, s->name))) ||
                  (sg == 0 && s->n_words >= 2 && opens_its_sentence (ds, s) &&
                   s->pos + strlen (s->name) < ds->len && ds->text[s->pos + strlen (s->name)] == ',' &&
                   shown_to_be_person (ds, s, sfull)))
                full = sfull;
            }
          found = g_strdup (full);
        }
      else if (g == 0 && open == NULL && m->pos >= open_from && shown_to_be_person (ds, m, full))
        {
          const Mention *s = m->after_preposition ? subject_of_mention (ds, names, i - 1) : NULL;

          open = full;
          open_opens = opens_its_sentence (ds, m) ||
                       (!m->after_preposition && subject_of_mention (ds, names, i - 1) == m);
          /* "Ann Lee, the lawyer, said her client meant no harm to Ivo
           * Marsh. “…,” she said": not the person after a preposition
           * but the sentence's subject, when the gender does not tell
           * them apart. */
          if (s && s != m && ends_noun_phrase (ds, s))
            {
              const char *sfull = mention_full_name (ds, names, s);
              guint sg = person_gender (ds, names, s, sfull);

              if ((sg == 0 || sg == want) && shown_to_be_person (ds, s, sfull))
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
          if (!g_str_equal (mention_full_name (ds, names, m), full))
            continue;
          /* Nearer this name than any other, in its sentence and
           * paragraph: "Ivo Marsh of Vermont and Florida Sen. Tom Ruud". */
          lo = MAX (m->sentence, m->pos > QUALIFIER_REACH ? m->pos - QUALIFIER_REACH : 0);
          hi = MIN ((gsize) m->pos + strlen (m->name) + QUALIFIER_REACH, before);
          for (guint o = i; o > 0; o--)
            if (is_person (names, &g_array_index (ds->mentions, Mention, o - 1)))
              {
                const Mention *p = &g_array_index (ds->mentions, Mention, o - 1);

                lo = MAX (lo, p->pos + strlen (p->name));
                break;
              }
          for (guint o = i + 1; o < ds->mentions->len; o++)
            if (is_person (names, &g_array_index (ds->mentions, Mention, o)))
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
          if (!is_person (names, m))
            continue;
          full = mention_full_name (ds, names, m);
          g = person_gender (ds, names, m, full);
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
  const char *p = name_end (ds, m);
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

      if (!is_person (names, m) ||
          (!strstr (m->titles, key) && !role_before_name (ds, m, f->np) && !role_in_appositive (ds, m, f->np)))
        continue;
      full = mention_full_name (ds, names, m);
      if (holder && g_str_equal (holder, full))
        continue;
      if (!qualifiers_fit (ds, names, full, quals, ds->len, FALSE))
        continue;
      if (holder)
        return NULL;
      holder = full;
    }
  if (holder == NULL || !may_be_speaker (ds, holder))
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

static gboolean speaks (DocScan *ds, const Mention *m, gboolean issuing);

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

  if (px_quote_org_ever_called (ds, f))
    return NULL;

  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos < lo)
        break;
      if (m->pos >= f->np_pos || ds->quoted[m->pos] || !m->org || px_quote_mention_is_place (m))
        continue;
      if (speaks (ds, m, TRUE) || after_according_to (ds, m))
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
      after = name_end (ds, m);
      if (after == NULL)
        continue;
      after = past_possessive (after);
      if (word_at_is (after, ds->text + MIN (ds->len, (gsize) f->np_pos), noun) && !m->org)
        {
          *certainty = RESOLVED_ROLE;
          return g_strdup_printf ("%s %s", m->name, noun);
        }
    }
  /* "the company Kraft Foods", "Kraft Foods, a food company" */
  *certainty = RESOLVED_ROLE;
  name = px_quote_org_called (ds, f);
  return name ? name : org_that_spoke (ds, f);
}

/* Whether the word after the name of @m, or after an adverb there, is a
 * speech verb: "Felt wrote that…", "Lee later told…", also past an
 * appositive set off by commas ("Lee, a refugee from the town, said");
 * with @issuing, also a verb that puts out a statement ("issued"). */
static gboolean
speaks (DocScan *ds, const Mention *m, gboolean issuing)
{
  const char *p = name_end (ds, m);

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

/* Whether a person other than @salient speaks in their own words between
 * @lo and @hi ("Felt wrote that he…"): the quote after that is as
 * likely theirs as the last one quoted. */
static gboolean
someone_else_spoke (DocScan *ds, Surnames *names, guint32 lo, guint32 hi, const char *salient)
{
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos < lo || m->after_preposition || !is_person (names, m))
        continue;
      if (m->pos >= hi)
        break;
      if (speaks (ds, m, FALSE) && !g_str_equal (full_name (ds, names, m->name, m->pos), salient))
        return TRUE;
    }
  return FALSE;
}

/* Whether the word at text[p, p + n) stands alone: no letter, digit,
 * hyphen or apostrophe glued to either side. */
static gboolean
whole_word_at (DocScan *ds, guint32 p, gsize n)
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
          !whole_word_at (ds, p, n) || ds->quoted[p])
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
        const char *and = role_word_between_spaces (f->np, WR_CONJUNCTION, &and_len);
        const char *full;

        /* "Zadan and Meron": each name in full, both the speaker. */
        if (and)
          {
            g_autofree char *first = g_strndup (f->np, and - f->np);
            g_autofree char *first_full = g_strdup (full_name (ds, names, first, f->np_pos));
            g_autofree char *conjunction = g_strndup (and, and_len);
            const char *second_full = full_name (ds, names, and + and_len, f->np_pos + (and + and_len - f->np));

            if (!may_be_speaker (ds, first_full) || !may_be_speaker (ds, second_full))
              return NULL;
            *certainty = strchr (first_full, ' ') && strchr (second_full, ' ') ? RESOLVED_SURNAME : RESOLVED_LONE;
            return g_strconcat (first_full, conjunction, second_full, NULL);
          }
        full = full_name (ds, names, f->np, f->np_pos);

        /* "China said", "the Kremlin called it “…”": the government's
         * words, named as plainly as an organisation's. */
        if (government_speaks (ds, full, f->np_pos))
          {
            *certainty = RESOLVED_FULL;
            return g_strdup (full);
          }
        if (!may_be_speaker (ds, full))
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
      return resolve_pronoun (ds, names, f, salient, salient_from, certainty);
    case SPK_ROLE:
      if (f->np_described)
        {
          *certainty = RESOLVED_ROLE;
          return g_strdup (f->np);
        }
      if (f->np_owned)
        return owned_role_holder (ds, names, f, certainty);
      if (px_quote_in_list (WC_GROUP, f->np))
        {
          char *group = px_quote_resolve_group (ds, f);

          if (group && !may_be_speaker (ds, group))
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

              if (m->pos >= f->np_pos || !is_person (names, m) || !strstr (m->titles, key))
                continue;
              full = full_name (ds, names, m->name, m->pos);
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
    default:
      return NULL;
    }
}

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
static gboolean
paragraph_reads_as_headline (DocScan *ds, guint p)
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

/* The words @f quotes, in lower case unless @keep_case, each followed by
 * one space: "incredible incarnation ". */
static char *
quoted_words (DocScan *ds, const Found *f, gboolean keep_case)
{
  GString *out = g_string_new (NULL);
  gboolean in_word = FALSE;

  for (guint k = 0; f->segments && k < f->segments->len; k++)
    {
      const Span *sp = &g_array_index (f->segments, Span, k);

      for (const char *p = ds->text + sp->start; p < ds->text + sp->end; p = g_utf8_next_char (p))
        {
          gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);

          /* ASCII, most of it, without the Unicode tables. */
          if (c < 0x80 && g_ascii_isalnum (c))
            {
              g_string_append_c (out, keep_case ? (char) c : g_ascii_tolower (c));
              in_word = TRUE;
            }
          else if (c >= 0x80 && g_unichar_isalnum (c))
            {
              g_string_append_unichar (out, keep_case ? c : g_unichar_tolower (c));
              in_word = TRUE;
            }
          else if (in_word && c != '\'' && c != 0x2019)
            {
              g_string_append_c (out, ' ');
              in_word = FALSE;
            }
        }
      if (in_word)
        g_string_append_c (out, ' ');
      in_word = FALSE;
    }
  return g_string_free (out, FALSE);
}

/* Whether the words at [at, at + n) of @g's quoted words hold one
 * written in lower case there: "a powder keg" said, not "Hunger Games",
 * a title the speaker names. */
static gboolean
written_lower_there (DocScan *ds, const Found *g, gsize at, gsize n)
{
  g_autofree char *cased = quoted_words (ds, g, TRUE);

  if (at + n > strlen (cased))
    return FALSE;
  for (gsize k = at; k < at + n; k++)
    if ((k == at || cased[k - 1] == ' ') && g_ascii_islower (cased[k]))
      return TRUE;
  return FALSE;
}

/* Fewest words a quote must hold to be recognised inside another. */
#define MIN_ECHO_WORDS 2

/* A quote the text gives no speaker of its own (a headline's, a
 * subheading's, "…" alone in a paragraph) whose words another quote of
 * the article holds, said by someone it names there: theirs.
 * 'Incredible incarnation' as a subheading, then Jenna Coleman said:
 * "… an incredible incarnation of number 12." */
/* The quoted_words() of the quote at @q, kept in @words once worked
 * out: most quotes have a speaker of their own and are never compared. */
static const char *
words_of_quote (DocScan *ds, GPtrArray *words, guint q)
{
  if (g_ptr_array_index (words, q) == NULL)
    g_ptr_array_index (words, q) = quoted_words (ds, g_ptr_array_index (ds->found, q), FALSE);
  return g_ptr_array_index (words, q);
}

static void
speakers_of_echoes (DocScan *ds)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (words, ds->found->len);
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      const char *w;
      const Found *source = NULL;
      guint n_words = 0;

      if (f->depth > 0 || f->said || !(f->kind == SPK_NONE || f->kind == SPK_INHERIT) ||
          f->paragraph != f->last_paragraph)
        continue;
      /* Only a headline's or a paragraph of the quote alone: "Medicare
       * for all" inside a sentence is a name for a plan, whoever says
       * it. */
      {
        const PxParagraph *p = px_document_get_paragraph (ds->doc, f->paragraph);
        gboolean alone = TRUE;

        for (guint32 k = p->start; k < p->end && alone; k++)
          alone = ds->quoted[k] || !g_ascii_isalnum (ds->text[k]);
        if (!alone && !paragraph_reads_as_headline (ds, f->paragraph))
          continue;
      }
      w = words_of_quote (ds, words, q);
      for (const char *p = w; *p; p++)
        n_words += *p == ' ';
      if (n_words < MIN_ECHO_WORDS)
        continue;
      for (guint r = 0; r < ds->found->len; r++)
        {
          Found *g = g_ptr_array_index (ds->found, r);
          const char *gw;
          const char *at;

          if (r == q || g->depth > 0 || !g->speaker ||
              !(g->kind == SPK_NAME || g->kind == SPK_PRONOUN || g->kind == SPK_ROLE))
            continue;
          gw = words_of_quote (ds, words, r);
          if (strlen (gw) <= strlen (w))
            continue;
          at = strstr (gw, w);
          if (!at || (at > gw && at[-1] != ' ') || !written_lower_there (ds, g, at - gw, strlen (w)))
            continue;
          if (source && !g_str_equal (source->speaker, g->speaker))
            {
              source = NULL;
              break;
            }
          source = g;
        }
      if (source)
        {
          g_free (f->speaker);
          f->speaker = g_strdup (source->speaker);
          f->confidence = source->confidence * INHERITED;
        }
    }
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
  return forms;
}

void
px_quote_name_forms_free (NameForms *forms)
{
  if (forms == NULL)
    return;
  g_array_unref (forms->forms);
  g_hash_table_unref (forms->by_surname);
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
  for (guint k = 0; k < from->forms->len; k++)
    {
      const NameForm *nf = &g_array_index (from->forms, NameForm, k);

      add_name_form (into, nf->name, nf->surname);
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
      if (n_paragraphs > 1 && paragraph_reads_as_headline (ds, p))
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

/* The one name to show for the person @name: the fullest form of it the
 * document gives, and when that lacks a given name another article of
 * the comparison gives ("Boone Isaacs"), that article's. */
static const char *
shown_name (const NameForms *doc_forms, const NameForms *group_forms, const char *name)
{
  if (!strchr (name, ' ') || !person_name_words (name))
    return name;
  name = fullest_form (doc_forms, name, FALSE);
  return group_forms ? fullest_form (group_forms, name, TRUE) : name;
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
      if (opens_its_sentence (ds, m) || opens_sentence_as_name (ds, m))
        return is_person (names, m) && g_str_equal (mention_full_name (ds, names, m), speaker);
      break;
    }
  return want != 0 && opening_pronoun (ds, items, want) != G_MAXUINT;
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
      if (!ds->quoted[m->pos] && is_person (names, m) && g_str_equal (mention_full_name (ds, names, m), prev->speaker))
        them = m;
    }
  if (them == NULL)
    return NULL;
  want = person_gender (ds, names, them, prev->speaker);
  /* Nobody else of their gender named since. */
  for (guint i = 0; i < ds->mentions->len && want; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos < prev->mark_end || ds->quoted[m->pos] || !is_person (names, m))
        continue;
      if (m->pos >= between->end)
        break;
      if (!g_str_equal (mention_full_name (ds, names, m), prev->speaker) &&
          person_gender (ds, names, m, mention_full_name (ds, names, m)) == want)
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
  Surnames names = { .doc = px_quote_surname_index (ds->mentions), .group = group_names,
                     .mention_full = g_new0 (const char *, ds->mentions->len + 1),
                     .titled = titled_single_names (ds) };

  names.first_names = lone_first_names (ds, names.doc);
  names.title_names = titled_first_names (ds);

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
            f->speaker = resolve_thing_pronoun (ds, &names, f, f->they_pos, TRUE, salient, &certainty);
          /* A headline's capitalised words run together ("Riot Deaths",
           * "Warren Jeffs Trial"): a speaker found in a headline is one
           * the article (if there is more than the headline) names
           * again. */
          if (f->speaker && px_document_get_n_paragraphs (ds->doc) > 1)
            {
              const PxParagraph *p = px_document_get_paragraph (ds->doc, f->paragraph);

              if (paragraph_reads_as_headline (ds, f->paragraph) &&
                  !named_elsewhere (ds, f->speaker, p->start, p->end) &&
                  !headline_colon_name (ds, f, p->start))
                g_clear_pointer (&f->speaker, g_free);
            }
          f->confidence = f->speaker ? certainty * f->pattern : 0;
        }
      prev = f;
    }
  speakers_of_echoes (ds);
  /* Each person by one name in all the articles. */
  own_forms = px_quote_name_forms (ds);
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      const char *fullest = f->speaker ? shown_name (own_forms, group_forms, f->speaker) : NULL;

      if (fullest && fullest != f->speaker)
        {
          char *was = f->speaker;

          f->speaker = g_strdup (fullest);
          g_free (was);
        }
    }
  g_hash_table_unref (names.doc);
  g_clear_pointer (&names.genders, g_hash_table_unref);
  g_hash_table_unref (names.first_names);
  g_hash_table_unref (names.titled);
  g_hash_table_unref (names.title_names);
  g_free (names.mention_full);
}
