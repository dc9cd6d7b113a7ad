/* test-quote-words.c: the attribution word lists are data, read from
 * each language's file in quote-words/
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "px-quotes-private.h"
#include "quote-summary.h"

#define RESOURCE_DIR "/io/github/parallax/quote-words/"

/* What each section of a language's file makes of a word. */
static const struct {
  const char *section;
  WordClass bit;
} sections[] = {
  { "speech-verbs", WC_SPEECH_VERB }, { "participles", WC_PARTICIPLE },
  { "titles", WC_TITLE }, { "stop", WC_STOP }, { "org-words", WC_ORG },
  { "particles", WC_PARTICLE }, { "abbreviations", WC_ABBREVIATION },
  { "adverbs", WC_ADVERB }, { "determiners", WC_DETERMINER },
  { "function-words", WC_FUNCTION }, { "male-names", WC_MALE },
  { "female-names", WC_FEMALE }, { "male-titles", WC_MALE },
  { "female-titles", WC_FEMALE }, { "places", WC_PLACE }, { "place-words", WC_PLACE },
  { "finite-verbs", WC_FINITE_VERB }, { "name-nouns", WC_NAME_NOUN },
  { "statement-nouns", WC_STATEMENT }, { "org-nouns", WC_ORG_NOUN },
  { "name-suffixes", WC_NAME_SUFFIX }, { "naming-verbs", WC_NAMING_VERB },
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
  { "countries", WC_GOVERNMENT }, { "seats-of-government", WC_GOVERNMENT },
};

static const struct {
  const char *section;
  WordEnding ending;
} ending_sections[] = {
  { "verb-endings", WE_FINITE_VERB }, { "modifier-endings", WE_MODIFIER },
  { "adverb-endings", WE_ADVERB }, { "participle-endings", WE_PARTICIPLE },
};

static const struct {
  const char *section;
  WordRole role;
} role_sections[] = {
  { "according-to", WR_ACCORDING_TO },
  { "listener-verbs", WR_LISTENER_VERB },
  { "asking-verbs", WR_ASKING_VERB },
  { "quoting-verbs", WR_QUOTING_VERB },
  { "definite-articles", WR_DEFINITE_ARTICLE },
  { "indefinite-articles", WR_INDEFINITE_ARTICLE },
  { "unnamed-determiners", WR_UNNAMED_DETERMINER },
  { "owner-determiners", WR_OWNER_DETERMINER },
  { "noun-determiners", WR_NOUN_DETERMINER },
  { "name-joiners", WR_NAME_JOINER },
  { "affiliation-prepositions", WR_AFFILIATION_PREPOSITION },
  { "conjunctions", WR_CONJUNCTION },
  { "alternative-conjunctions", WR_ALTERNATIVE_CONJUNCTION },
  { "contrast-conjunctions", WR_CONTRAST_CONJUNCTION },
  { "clause-openers", WR_CLAUSE_OPENER },
  { "person-relatives", WR_PERSON_RELATIVE },
  { "thing-relatives", WR_THING_RELATIVE },
  { "possessive-relatives", WR_POSSESSIVE_RELATIVE },
  { "relative-pronouns", WR_RELATIVE_PRONOUN },
  { "complementizers", WR_COMPLEMENTIZER },
  { "passive-auxiliaries", WR_PASSIVE_AUXILIARY },
  { "perfect-auxiliaries", WR_PERFECT_AUXILIARY },
  { "subject-words", WR_SUBJECT_WORD },
  { "adverbial-openers", WR_ADVERBIAL_OPENER },
  { "home-prepositions", WR_HOME_PREPOSITION },
  { "as-clause-openers", WR_AS_CLAUSE_OPENER },
  { "quoting-as", WR_QUOTING_AS },
  { "subject-pronouns", WR_SUBJECT_PRONOUN },
  { "source-prepositions", WR_SOURCE_PREPOSITION },
  { "participle-clause-openers", WR_PARTICIPLE_CLAUSE_OPENER },
  { "infinitive-markers", WR_INFINITIVE_MARKER },
  { "recipient-prepositions", WR_RECIPIENT_PREPOSITION },
  { "name-prepositions", WR_NAME_PREPOSITION },
  { "place-prepositions", WR_PLACE_PREPOSITION },
  { "object-relatives", WR_OBJECT_RELATIVE },
  { "male-pronouns", WR_MALE_PRONOUN },
  { "female-pronouns", WR_FEMALE_PRONOUN },
  { "predicate-links", WR_PREDICATE_LINK },
  { "demonstratives", WR_DEMONSTRATIVE },
  { "person-subject-pronouns", WR_PERSON_SUBJECT_PRONOUN },
  { "possessive-determiners", WR_POSSESSIVE_DETERMINER },
  { "object-pronouns", WR_OBJECT_PRONOUN },
  { "describing-as", WR_DESCRIBING_AS },
  { "cry-prepositions", WR_CRY_PREPOSITION },
  { "male-possessives", WR_MALE_POSSESSIVE },
  { "female-possessives", WR_FEMALE_POSSESSIVE },
  { "consent-verbs", WR_CONSENT_VERB },
  { "male-reflexives", WR_MALE_REFLEXIVE },
  { "female-reflexives", WR_FEMALE_REFLEXIVE },
  { "continuing-verbs", WR_CONTINUING_VERB },
  { "issuing-verbs", WR_ISSUING_VERB },
  { "spokespersons", WR_SPOKESPERSON },
  { "first-person-pronouns", WR_FIRST_PERSON },
  { "name-markers", WR_NAME_MARKER },
  { "compound-suffixes", WR_COMPOUND_SUFFIX },
  { "first-person-words", WR_FIRST_PERSON_WORD },
  { "author-prepositions", WR_AUTHOR_PREPOSITION },
  { "subordinators", WR_SUBORDINATOR },
  { "phrasal-speech-verbs", WR_PHRASAL_SPEECH_VERB },
  { "speech-phrases", WR_SPEECH_PHRASE },
  { "thing-pronouns", WR_THING_PRONOUN },
  { "group-pronouns", WR_GROUP_PRONOUN },
  { "name-possessives", WR_NAME_POSSESSIVE },
  { "statement-verbs", WR_STATEMENT_VERB },
};
/* A new role needs its section here too. */
G_STATIC_ASSERT (G_N_ELEMENTS (role_sections) == N_WORD_ROLES);

/* Whether the titles @full (NUL-separated, ending with "") hold @title. */
static gboolean
in_full_holds (const char *full, const char *title)
{
  for (; full && *full; full += strlen (full) + 1)
    if (g_str_equal (full, title))
      return TRUE;
  return FALSE;
}

/* Every line of every language's file is what the engine knows of the
 * word: nothing is in a section the engine ignores, and no word the
 * engine knows comes from elsewhere than the files. */
static void
test_lists_are_data (void)
{
  g_auto(GStrv) files = g_resources_enumerate_children (RESOURCE_DIR, 0, NULL);
  guint n_languages = 0;
  guint n_words = 0;

  g_assert_nonnull (files);
  for (guint f = 0; files[f]; f++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_DIR, files[f], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;
      const char *section = NULL;

      if (!g_str_has_suffix (files[f], ".txt"))
        continue;
      n_languages++;
      bytes = g_resources_lookup_data (path, 0, NULL);
      g_assert_nonnull (bytes);
      text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      lines = g_strsplit (text, "\n", -1);
      for (guint i = 0; lines[i]; i++)
        {
          char *line = g_strstrip (lines[i]);
          gsize n = strlen (line);
          gboolean known = FALSE;

          if (n == 0 || *line == '#')
            continue;
          if (line[0] == '[')
            {
              g_assert_cmpint (line[n - 1], ==, ']');
              line[n - 1] = '\0';
              section = line + 1;
              continue;
            }
          g_assert_nonnull (section);
          /* Lines are lower case: the engine looks words up folded. */
          {
            g_autofree char *lower = g_utf8_strdown (line, -1);
            g_assert_cmpstr (line, ==, lower);
          }
          for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
            if (g_str_equal (section, sections[s].section))
              {
                g_assert_true (px_quote_in_list (sections[s].bit, line));
                known = TRUE;
              }
          for (guint s = 0; s < G_N_ELEMENTS (ending_sections); s++)
            if (g_str_equal (section, ending_sections[s].section))
              {
                g_autofree char *word = g_strconcat ("xx", line, NULL);

                g_assert_true (px_quote_has_ending (ending_sections[s].ending, word));
                known = TRUE;
              }
          for (guint s = 0; s < G_N_ELEMENTS (role_sections); s++)
            if (g_str_equal (section, role_sections[s].section))
              {
                /* A phrase: its first word has the role. */
                g_auto(GStrv) words = g_strsplit (line, " ", -1);

                g_assert_true (px_quote_in_role (role_sections[s].role, words[0]));
                known = TRUE;
              }
          if (g_str_equal (section, "titles-in-full"))
            {
              g_auto(GStrv) words = g_strsplit (line, " ", -1);

              for (guint w = 1; words[w]; w++)
                g_assert_true (in_full_holds (px_quote_title_in_full (words[0]), words[w]));
              known = TRUE;
            }
          if (!known)
            g_error ("%s: section [%s] is no list the engine reads", files[f], section);
          n_words++;
        }
    }
  g_assert_cmpuint (n_languages, >=, 1);
  g_assert_cmpuint (n_words, >, 1000);
  /* Nothing is known that no file says. */
  g_assert_cmpuint (px_quote_word_classes ("parallax-no-such-word"), ==, 0);
  g_assert_null (px_quote_title_in_full ("said"));
  g_assert_false (px_quote_has_ending (WE_ADVERB, "parallax"));
  for (guint r = 0; r < N_WORD_ROLES; r++)
    g_assert_false (px_quote_in_role (r, "parallax-no-such-word"));
}

/* A role's line may be a phrase, matched whole: "according to". */
static void
test_phrases (void)
{
  quote_check ("The port stays shut. \"The water is too high,\" according to Ann Lee.",
               "The water is too high|Ann Lee");
  quote_check ("\"The water is too high,\" Ann Lee said, according to the minutes.",
               "The water is too high|Ann Lee");
  /* "according" alone opens no phrase of the list. */
  quote_check ("The port stays shut. \"The water is too high,\" according Ann Lee.",
               "The water is too high|?");
}

/* A second language is data alone: German words in the sections the
 * English patterns read give German quotations their speakers, the same
 * rules reading them. */
static void
test_second_language (void)
{
  /* "according to" (a one-word phrase in German), speech verbs, and
   * "and", a conjunction and a word of no content, as in English. */
  static const char de[] =
    "# German, for the test\n"
    "[according-to]\n"
    "laut\n"
    "[speech-verbs]\n"
    "sagte\n"
    "sagten\n"
    "[conjunctions]\n"
    "und\n"
    "[stop]\n"
    "und\n"
    "[function-words]\n"
    "und\n";
  static const char according[] =
    "Der Hafen bleibt zu. „Die Lage ist ernst“, laut Anna Weber.";
  static const char said[] =
    "Der Hafen bleibt zu. „Die Lage ist ernst“, sagte Jonas Brandt am Montag.";
  static const char together[] =
    "Der Hafen bleibt zu. „Die Lage ist ernst“, sagten Anna Weber und Jonas Brandt.";
  g_autoptr(GBytes) bytes = g_bytes_new_static (de, sizeof de - 1);

  /* The English lists alone name no one. */
  quote_check (according, "Die Lage ist ernst|?");
  quote_check (said, "Die Lage ist ernst|?");
  quote_check (together, "Die Lage ist ernst|?");
  px_quote_words_add_language (bytes);
  quote_check (according, "Die Lage ist ernst|Anna Weber");
  quote_check (said, "Die Lage ist ernst|Jonas Brandt");
  /* Two speakers named together, joined by the language's own word. */
  quote_check (together, "Die Lage ist ernst|Anna Weber und Jonas Brandt");
  g_assert_true (px_quote_in_role (WR_ACCORDING_TO, "laut"));
  g_assert_true (px_quote_in_list (WC_SPEECH_VERB, "sagte"));
}

/* Every role up to the last is kept apart from every other, by a
 * RoleSet alone and by a word of a language's file read back: past the
 * 64th role too, so that the roles are not bound to one 64-bit word. */
static void
test_every_role (void)
{
  static const char *const word = "parallaxlastrole";
  const char *last_section = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  RoleSet all = { { 0 } };
  Item it = { .kind = IT_WORD };
  guint classes;

  for (guint r = 0; r < N_WORD_ROLES; r++)
    {
      RoleSet one = { { 0 } };

      role_set_add (&one, r);
      for (guint q = 0; q < N_WORD_ROLES; q++)
        g_assert_cmpint (role_set_has (&one, q), ==, q == r);
      g_assert_true (role_set_meets (&one, &one));
      g_assert_false (role_set_meets (&one, &all));
      role_set_merge (&all, &one);
      g_assert_true (role_set_meets (&one, &all));
    }
  for (guint r = 0; r < N_WORD_ROLES; r++)
    g_assert_true (role_set_has (&all, r));

  /* The last role's section, given a word no other list has. */
  for (guint s = 0; s < G_N_ELEMENTS (role_sections); s++)
    if (role_sections[s].role == N_WORD_ROLES - 1)
      last_section = role_sections[s].section;
  g_assert_nonnull (last_section);
  g_assert_false (px_quote_in_role (N_WORD_ROLES - 1, word));
  text = g_strdup_printf ("[%s]\n%s\n", last_section, word);
  bytes = g_bytes_new (text, strlen (text));
  px_quote_words_add_language (bytes);
  px_quote_word_lookup (word, &classes, &it.roles);
  for (guint r = 0; r < N_WORD_ROLES; r++)
    {
      g_assert_cmpint (px_quote_in_role (r, word), ==, r == N_WORD_ROLES - 1);
      g_assert_cmpint (px_quote_has_role (&it, r), ==, r == N_WORD_ROLES - 1);
    }
  g_assert_true (role_set_has (px_quote_roles_opened_by (word[0]), N_WORD_ROLES - 1));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quote-words/lists-are-data", test_lists_are_data);
  g_test_add_func ("/quote-words/phrases", test_phrases);
  /* Last: these add to the lists. */
  g_test_add_func ("/quote-words/second-language", test_second_language);
  g_test_add_func ("/quote-words/every-role", test_every_role);
  return g_test_run ();
}
