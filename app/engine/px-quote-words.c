/* px-quote-words.c: the words attribution knows, by the lists they are in
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Speech verbs, titles, words that name things rather than people: data,
 * one file a language in quote-words/ (compiled in as a resource, the
 * engine reads no files), kept apart from the rules that use them.  Every
 * language's lists are read, so that a second language is one more file.
 */
#include "config.h"

#include <string.h>

#include "px-diff-private.h"
#include "px-quotes-private.h"
#include "px-quote-words-resources.h"

#define RESOURCE_DIR "/io/github/parallax/quote-words/"

/* The sections of a language's file and the WordClass bit of each. */
static const struct {
  const char *section;
  guint bit;       /* WordClass bits */
} class_sections[] = {
  { "speech-verbs", WC_SPEECH_VERB },
  { "participles", WC_PARTICIPLE },
  { "titles", WC_TITLE },
  { "stop", WC_STOP },
  { "org-words", WC_ORG },
  { "particles", WC_PARTICLE },
  { "abbreviations", WC_ABBREVIATION },
  { "adverbs", WC_ADVERB },
  { "determiners", WC_DETERMINER },
  { "function-words", WC_FUNCTION },
  { "male-names", WC_MALE },
  { "female-names", WC_FEMALE },
  { "male-titles", WC_MALE },
  { "female-titles", WC_FEMALE },
  { "places", WC_PLACE },
  { "place-words", WC_PLACE },
  { "countries", WC_PLACE | WC_GOVERNMENT },
  { "seats-of-government", WC_PLACE | WC_GOVERNMENT },
  { "finite-verbs", WC_FINITE_VERB },
  { "name-nouns", WC_NAME_NOUN },
  { "statement-nouns", WC_STATEMENT },
  { "org-nouns", WC_ORG_NOUN },
  { "name-suffixes", WC_NAME_SUFFIX },
  { "naming-verbs", WC_NAMING_VERB },
  { "group-nouns", WC_GROUP },
  { "describing-verbs", WC_DESCRIBING_VERB },
  { "cry-words", WC_CRY },
  { "headline-verbs", WC_HEADLINE_VERB },
  { "forms-of-address", WC_ADDRESS },
  { "addressed-roles", WC_ADDRESSED_ROLE },
  { "parties", WC_PARTY },
  { "work-nouns", WC_WORK },
  { "title-small-words", WC_TITLE_SMALL },
  { "org-endings", WC_ORG_ENDING },
  { "kin-nouns", WC_KIN },
};

/* The sections of word endings, by WordEnding. */
static const char * const ending_sections[] = {
  [WE_FINITE_VERB] = "verb-endings",
  [WE_MODIFIER] = "modifier-endings",
  [WE_ADVERB] = "adverb-endings",
  [WE_PARTICIPLE] = "participle-endings",
};

/* The sections of the words a pattern keys on, by WordRole.  A line may
 * be a phrase ("according to"): its first word then has the role, and
 * the phrase is matched whole by px_quote_phrase_at(). */
static const char * const role_sections[] = {
  [WR_ACCORDING_TO] = "according-to",
  [WR_LISTENER_VERB] = "listener-verbs",
  [WR_ASKING_VERB] = "asking-verbs",
  [WR_QUOTING_VERB] = "quoting-verbs",
  [WR_DEFINITE_ARTICLE] = "definite-articles",
  [WR_INDEFINITE_ARTICLE] = "indefinite-articles",
  [WR_UNNAMED_DETERMINER] = "unnamed-determiners",
  [WR_OWNER_DETERMINER] = "owner-determiners",
  [WR_NOUN_DETERMINER] = "noun-determiners",
  [WR_NAME_JOINER] = "name-joiners",
  [WR_AFFILIATION_PREPOSITION] = "affiliation-prepositions",
  [WR_CONJUNCTION] = "conjunctions",
  [WR_ALTERNATIVE_CONJUNCTION] = "alternative-conjunctions",
  [WR_CONTRAST_CONJUNCTION] = "contrast-conjunctions",
  [WR_CLAUSE_OPENER] = "clause-openers",
  [WR_PERSON_RELATIVE] = "person-relatives",
  [WR_THING_RELATIVE] = "thing-relatives",
  [WR_POSSESSIVE_RELATIVE] = "possessive-relatives",
  [WR_RELATIVE_PRONOUN] = "relative-pronouns",
  [WR_COMPLEMENTIZER] = "complementizers",
  [WR_PASSIVE_AUXILIARY] = "passive-auxiliaries",
  [WR_PERFECT_AUXILIARY] = "perfect-auxiliaries",
  [WR_SUBJECT_WORD] = "subject-words",
  [WR_ADVERBIAL_OPENER] = "adverbial-openers",
  [WR_HOME_PREPOSITION] = "home-prepositions",
  [WR_AS_CLAUSE_OPENER] = "as-clause-openers",
  [WR_QUOTING_AS] = "quoting-as",
  [WR_SUBJECT_PRONOUN] = "subject-pronouns",
  [WR_SOURCE_PREPOSITION] = "source-prepositions",
  [WR_PARTICIPLE_CLAUSE_OPENER] = "participle-clause-openers",
  [WR_INFINITIVE_MARKER] = "infinitive-markers",
  [WR_RECIPIENT_PREPOSITION] = "recipient-prepositions",
  [WR_NAME_PREPOSITION] = "name-prepositions",
  [WR_PLACE_PREPOSITION] = "place-prepositions",
  [WR_OBJECT_RELATIVE] = "object-relatives",
  [WR_MALE_PRONOUN] = "male-pronouns",
  [WR_FEMALE_PRONOUN] = "female-pronouns",
  [WR_PREDICATE_LINK] = "predicate-links",
  [WR_DEMONSTRATIVE] = "demonstratives",
  [WR_PERSON_SUBJECT_PRONOUN] = "person-subject-pronouns",
  [WR_POSSESSIVE_DETERMINER] = "possessive-determiners",
  [WR_OBJECT_PRONOUN] = "object-pronouns",
  [WR_DESCRIBING_AS] = "describing-as",
  [WR_CRY_PREPOSITION] = "cry-prepositions",
  [WR_MALE_POSSESSIVE] = "male-possessives",
  [WR_FEMALE_POSSESSIVE] = "female-possessives",
  [WR_CONSENT_VERB] = "consent-verbs",
  [WR_MALE_REFLEXIVE] = "male-reflexives",
  [WR_FEMALE_REFLEXIVE] = "female-reflexives",
  [WR_CONTINUING_VERB] = "continuing-verbs",
  [WR_ISSUING_VERB] = "issuing-verbs",
  [WR_SPOKESPERSON] = "spokespersons",
  [WR_FIRST_PERSON] = "first-person-pronouns",
  [WR_NAME_MARKER] = "name-markers",
  [WR_COMPOUND_SUFFIX] = "compound-suffixes",
  [WR_FIRST_PERSON_WORD] = "first-person-words",
  [WR_AUTHOR_PREPOSITION] = "author-prepositions",
  [WR_SUBORDINATOR] = "subordinators",
  [WR_PHRASAL_SPEECH_VERB] = "phrasal-speech-verbs",
  [WR_SPEECH_PHRASE] = "speech-phrases",
  [WR_THING_PRONOUN] = "thing-pronouns",
  [WR_GROUP_PRONOUN] = "group-pronouns",
  [WR_NAME_POSSESSIVE] = "name-possessives",
  [WR_STATEMENT_VERB] = "statement-verbs",
};
G_STATIC_ASSERT (G_N_ELEMENTS (role_sections) == N_WORD_ROLES);

#define TITLES_IN_FULL "titles-in-full"

/* What the lists say of one word. */
typedef struct {
  guint classes;   /* WordClass bits */
  RoleSet roles;
} WordEntry;

typedef struct {
  PxInterner *words;       /* a word -> its id, the index of its entry */
  GArray *entries;         /* of WordEntry, by the word's id */
  GPtrArray *phrases[N_WORD_ROLES];   /* of GStrv: each role's lines, word by word */
  GPtrArray *endings[G_N_ELEMENTS (ending_sections)];   /* of char * */
  GHashTable *in_full;     /* abbreviated title -> titles, NUL-separated, ending with "" */
  RoleSet opening[128];    /* an ASCII byte -> the roles of the words it opens */
  GStringChunk *strings;
} WordLists;

/* What a section header names: a WordClass bit, an ending (bit 0 and
 * *ending set), a role (bit 0 and *role set), the titles in full
 * (*in_full), or nothing (unknown). */
static guint
section_of (const char *name, int *ending, int *role, gboolean *in_full)
{
  *ending = -1;
  *role = -1;
  *in_full = g_str_equal (name, TITLES_IN_FULL);
  for (guint s = 0; s < G_N_ELEMENTS (class_sections); s++)
    if (g_str_equal (name, class_sections[s].section))
      return class_sections[s].bit;
  for (guint e = 0; e < G_N_ELEMENTS (ending_sections); e++)
    if (g_str_equal (name, ending_sections[e]))
      *ending = (int) e;
  for (guint r = 0; r < G_N_ELEMENTS (role_sections); r++)
    if (g_str_equal (name, role_sections[r]))
      *role = (int) r;
  return 0;
}

static WordLists *word_lists (void);

/* The entry of @word, or NULL.  Every word of every article is looked
 * up. */
static inline const WordEntry *
word_entry (const char *word)
{
  const WordLists *lists;
  guint32 id;

  if (word == NULL)   /* punctuation items have no word */
    return NULL;
  lists = word_lists ();
  id = px_interner_lookup_key (lists->words, word, strlen (word));
  return id == G_MAXUINT32 ? NULL : &g_array_index (lists->entries, WordEntry, id);
}

/* The entry of @word in @lists, made if it has none. */
static WordEntry *
entry_of (WordLists *lists, const char *word)
{
  guint32 id = px_interner_intern_key (lists->words, word, strlen (word));

  if (id == lists->entries->len)
    g_array_set_size (lists->entries, id + 1);
  return &g_array_index (lists->entries, WordEntry, id);
}

/* A line of a role's section: a word or a phrase, its first word marked. */
static void
add_role_line (WordLists *lists, WordRole role, const char *line)
{
  char **words = g_strsplit_set (line, " \t", -1);
  guint n = 0;

  /* Words one space apart, whatever the line had between them. */
  for (guint w = 0; words[w]; w++)
    if (*words[w] != '\0')
      words[n++] = words[w];
    else
      g_free (words[w]);
  words[n] = NULL;
  if (n == 0)
    {
      g_free (words);
      return;
    }
  role_set_add (&entry_of (lists, words[0])->roles, role);
  if ((guchar) words[0][0] < 0x80)
    role_set_add (&lists->opening[(guchar) words[0][0]], role);
  g_ptr_array_add (lists->phrases[role], words);
}

static void
add_title_in_full (WordLists *lists, char *line)
{
  g_auto(GStrv) words = g_strsplit_set (line, " \t", -1);
  const char *before;
  GString *all = g_string_new (NULL);
  guint w = 1;

  if (words[0] == NULL || *words[0] == '\0')
    {
      g_string_free (all, TRUE);
      return;
    }
  /* A second line for the same title adds to the first. */
  before = g_hash_table_lookup (lists->in_full, words[0]);
  for (; before && *before; before += strlen (before) + 1)
    g_string_append_len (all, before, strlen (before) + 1);
  for (; words[w]; w++)
    if (*words[w] != '\0')
      g_string_append_len (all, words[w], strlen (words[w]) + 1);
  g_string_append_c (all, '\0');
  g_hash_table_insert (lists->in_full, g_string_chunk_insert (lists->strings, words[0]),
                       g_string_chunk_insert_len (lists->strings, all->str, all->len));
  g_string_free (all, TRUE);
}

/* Reads one language's file into @lists. */
static void
read_language (WordLists *lists, GBytes *bytes)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  char *next = text;
  guint bit = 0;
  int ending = -1;
  int role = -1;
  gboolean in_full = FALSE;

  /* Line by line in place, each ended with a NUL and stripped of white
   * space at both ends: read once a process, before the first article. */
  while (next)
    {
      char *line = next, *end = strchr (line, '\n');
      gsize n;

      next = end ? end + 1 : NULL;
      if (end == NULL)
        end = line + strlen (line);
      while (line < end && g_ascii_isspace (*line))
        line++;
      while (end > line && g_ascii_isspace (end[-1]))
        end--;
      *end = '\0';
      n = end - line;
      if (n == 0 || *line == '#')
        continue;
      if (line[0] == '[' && line[n - 1] == ']')
        {
          line[n - 1] = '\0';
          bit = section_of (line + 1, &ending, &role, &in_full);
        }
      else if (in_full)
        add_title_in_full (lists, line);
      else if (ending >= 0)
        g_ptr_array_add (lists->endings[ending], g_string_chunk_insert (lists->strings, line));
      else if (role >= 0)
        add_role_line (lists, (WordRole) role, line);
      else if (bit != 0)
        entry_of (lists, line)->classes |= bit;
    }
}

/* Every language's lists, read once and then only looked up (without a
 * lock): asked about every word of every article. */
static WordLists *
word_lists (void)
{
  static WordLists *lists;

  if (g_once_init_enter (&lists))
    {
      WordLists *made = g_new0 (WordLists, 1);
      GResource *resource = px_quote_words_get_resource ();
      g_auto(GStrv) files = g_resource_enumerate_children (resource, RESOURCE_DIR, 0, NULL);

      made->words = px_interner_new (0);
      made->entries = g_array_new (FALSE, TRUE, sizeof (WordEntry));
      made->in_full = g_hash_table_new (g_str_hash, g_str_equal);
      made->strings = g_string_chunk_new (4096);
      for (guint e = 0; e < G_N_ELEMENTS (made->endings); e++)
        made->endings[e] = g_ptr_array_new ();
      for (guint r = 0; r < N_WORD_ROLES; r++)
        made->phrases[r] = g_ptr_array_new ();
      for (guint f = 0; files && files[f]; f++)
        {
          g_autofree char *path = g_strconcat (RESOURCE_DIR, files[f], NULL);
          g_autoptr(GBytes) bytes = NULL;

          if (!g_str_has_suffix (files[f], ".txt"))
            continue;
          bytes = g_resource_lookup_data (resource, path, 0, NULL);
          if (bytes)
            read_language (made, bytes);
        }
      g_once_init_leave (&lists, made);
    }
  return lists;
}

void
px_quote_words_add_language (GBytes *text)
{
  g_return_if_fail (text != NULL);
  read_language (word_lists (), text);
}

const char *
px_quote_title_in_full (const char *title)
{
  return g_hash_table_lookup (word_lists ()->in_full, title);
}

guint
px_quote_word_classes (const char *word)
{
  const WordEntry *entry = word_entry (word);

  return entry ? entry->classes : 0;
}

void
px_quote_word_lookup (const char *word, guint *classes, RoleSet *roles)
{
  static const RoleSet none;
  const WordEntry *entry = word_entry (word);

  *classes = entry ? entry->classes : 0;
  *roles = entry ? entry->roles : none;
}

gboolean
px_quote_in_role (WordRole role, const char *word)
{
  const WordEntry *entry;

  g_return_val_if_fail (role < N_WORD_ROLES, FALSE);
  entry = word_entry (word);
  return entry && role_set_has (&entry->roles, role);
}

const RoleSet *
px_quote_roles_opened_by (guchar c)
{
  g_return_val_if_fail (c < 0x80, NULL);
  return &word_lists ()->opening[c];
}

gsize
px_quote_role_word_at (WordRole role, const char *s, const char *end)
{
  char word[32];
  gsize n = 0;

  while (s + n < end && g_ascii_isalpha (s[n]))
    n++;
  /* No list holds a longer word (a phrase is matched word by word). */
  if (n == 0 || n >= sizeof word)
    return 0;
  memcpy (word, s, n);
  word[n] = '\0';
  return px_quote_in_role (role, word) ? n : 0;
}

gboolean
px_quote_item_in (GArray *items, guint i, WordRole role)
{
  return i < items->len && px_quote_has_role (&g_array_index (items, Item, i), role);
}

guint
px_quote_phrase_at (GArray *items, guint i, WordRole role)
{
  const GPtrArray *phrases;
  guint best = 0;

  g_return_val_if_fail (role < N_WORD_ROLES, 0);
  if (!px_quote_item_in (items, i, role))
    return 0;
  phrases = word_lists ()->phrases[role];
  for (guint p = 0; p < phrases->len; p++)
    {
      char **words = g_ptr_array_index (phrases, p);
      guint n = 0;

      while (words[n] && i + n < items->len &&
             g_array_index (items, Item, i + n).kind == IT_WORD &&
             g_strcmp0 (g_array_index (items, Item, i + n).lower, words[n]) == 0)
        n++;
      if (words[n] == NULL && n > best)
        best = n;
    }
  return best;
}

/* Longer words than this are copied to the heap to be looked up. */
#define WORD_BUF 64

guint
px_quote_word_classes_len (const char *word, gsize len)
{
  char buf[WORD_BUF];
  g_autofree char *long_word = NULL;

  if (len < WORD_BUF)
    {
      memcpy (buf, word, len);
      buf[len] = '\0';
      return px_quote_word_classes (buf);
    }
  long_word = g_strndup (word, len);
  return px_quote_word_classes (long_word);
}

gboolean
px_quote_in_list (WordClass list, const char *word)
{
  return (px_quote_word_classes (word) & list) != 0;
}

gboolean
px_quote_has_ending (WordEnding ending, const char *word)
{
  const WordLists *lists = word_lists ();
  gsize n = strlen (word);

  g_return_val_if_fail (ending < G_N_ELEMENTS (lists->endings), FALSE);
  for (guint i = 0; i < lists->endings[ending]->len; i++)
    {
      const char *e = g_ptr_array_index (lists->endings[ending], i);
      gsize k = strlen (e);

      /* A word longer than its ending: "is" has no ending "s". */
      if (n > k + 1 && memcmp (word + n - k, e, k) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
px_quote_is_finite_verb (const char *word)
{
  return px_quote_in_list (WC_FINITE_VERB, word) || px_quote_has_ending (WE_FINITE_VERB, word);
}

char *
px_quote_normalize_word (const char *s, gsize len)
{
  g_autofree char *nfkc = NULL;
  g_autofree char *fold = NULL;
  GString *out;
  gsize i;

  /* Most words are ASCII: lower case is all their normal form needs. */
  for (i = 0; i < len && (guchar) s[i] < 0x80; i++)
    ;
  if (i == len)
    {
      char *ascii = g_strndup (s, len);

      for (i = 0; i < len; i++)
        ascii[i] = g_ascii_tolower (ascii[i]);
      return ascii;
    }
  /* Many others are ASCII but for a curly apostrophe ("Kerry’s",
   * "don’t"), which NFKC and case folding leave as they are: lower
   * case and a straight apostrophe give the same as below. */
  {
    char *ascii = g_malloc (len + 1), *o = ascii;

    for (i = 0; i < len; i++)
      {
        guchar b = s[i];

        if (b < 0x80)
          *o++ = g_ascii_tolower (b);
        else if (b == 0xE2 && i + 2 < len && (guchar) s[i + 1] == 0x80 &&
                 ((guchar) s[i + 2] == 0x98 || (guchar) s[i + 2] == 0x99))
          *o++ = '\'', i += 2;   /* U+2018, U+2019 */
        else if (b == 0xCA && i + 1 < len && (guchar) s[i + 1] == 0xBC)
          *o++ = '\'', i += 1;   /* U+02BC */
        else
          break;
      }
    if (i == len)
      {
        *o = '\0';
        return ascii;
      }
    g_free (ascii);
  }

  nfkc = g_utf8_normalize (s, len, G_NORMALIZE_ALL_COMPOSE);
  fold = g_utf8_casefold (nfkc ? nfkc : "", -1);
  out = g_string_sized_new (strlen (fold));
  for (const char *p = fold; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        c = '\'';
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
