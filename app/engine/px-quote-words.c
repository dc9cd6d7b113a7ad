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

#include "px-quotes-private.h"
#include "px-quote-words-resources.h"

#define RESOURCE_DIR "/io/github/parallax/quote-words/"

/* The sections of a language's file and the WordClass bit of each. */
static const struct {
  const char *section;
  WordClass bit;
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
};

/* The sections of word endings, by WordEnding. */
static const char * const ending_sections[] = {
  [WE_FINITE_VERB] = "verb-endings",
  [WE_MODIFIER] = "modifier-endings",
  [WE_ADVERB] = "adverb-endings",
  [WE_PARTICIPLE] = "participle-endings",
};

#define TITLES_IN_FULL "titles-in-full"

typedef struct {
  GHashTable *classes;     /* word -> its WordClass bits */
  GPtrArray *endings[G_N_ELEMENTS (ending_sections)];   /* of char * */
  GHashTable *in_full;     /* abbreviated title -> titles, NUL-separated, ending with "" */
  GStringChunk *strings;
} WordLists;

/* What a section header names: a WordClass bit, an ending (bit 0 and
 * *ending set), the titles in full (*in_full), or nothing (unknown). */
static guint
section_of (const char *name, int *ending, gboolean *in_full)
{
  *ending = -1;
  *in_full = g_str_equal (name, TITLES_IN_FULL);
  for (guint s = 0; s < G_N_ELEMENTS (class_sections); s++)
    if (g_str_equal (name, class_sections[s].section))
      return class_sections[s].bit;
  for (guint e = 0; e < G_N_ELEMENTS (ending_sections); e++)
    if (g_str_equal (name, ending_sections[e]))
      *ending = (int) e;
  return 0;
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
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint bit = 0;
  int ending = -1;
  gboolean in_full = FALSE;

  for (guint i = 0; lines[i]; i++)
    {
      char *line = g_strstrip (lines[i]);
      gsize n = strlen (line);

      if (n == 0 || *line == '#')
        continue;
      if (line[0] == '[' && line[n - 1] == ']')
        {
          line[n - 1] = '\0';
          bit = section_of (line + 1, &ending, &in_full);
        }
      else if (in_full)
        add_title_in_full (lists, line);
      else if (ending >= 0)
        g_ptr_array_add (lists->endings[ending], g_string_chunk_insert (lists->strings, line));
      else if (bit != 0)
        {
          char *word = g_string_chunk_insert_const (lists->strings, line);
          guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (lists->classes, word));

          g_hash_table_insert (lists->classes, word, GUINT_TO_POINTER (bits | bit));
        }
    }
}

/* Every language's lists, read once and then only looked up (without a
 * lock): asked about every word of every article. */
static const WordLists *
word_lists (void)
{
  static WordLists *lists;

  if (g_once_init_enter (&lists))
    {
      WordLists *made = g_new0 (WordLists, 1);
      GResource *resource = px_quote_words_get_resource ();
      g_auto(GStrv) files = g_resource_enumerate_children (resource, RESOURCE_DIR, 0, NULL);

      made->classes = g_hash_table_new (g_str_hash, g_str_equal);
      made->in_full = g_hash_table_new (g_str_hash, g_str_equal);
      made->strings = g_string_chunk_new (4096);
      for (guint e = 0; e < G_N_ELEMENTS (made->endings); e++)
        made->endings[e] = g_ptr_array_new ();
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

const char *
px_quote_title_in_full (const char *title)
{
  return g_hash_table_lookup (word_lists ()->in_full, title);
}

guint
px_quote_word_classes (const char *word)
{
  if (word == NULL)   /* punctuation items have no word */
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (word_lists ()->classes, word));
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
