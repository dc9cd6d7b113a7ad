/* bench-quotes.c: how well quotations and their speakers hold on news
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a program that prints figures.
 *
 *   bench-quotes [--list] [POLNEAR_SPLIT_DIR | ARTICLE.txt…]
 *
 * POLNEAR_SPLIT_DIR is a split of the PolNeAR corpus (text/NAME.txt and
 * attributions/NAME_ANNOTATOR.ann, brat standoff); its texts stay outside the tree.
 * The project's own labelled events (tests/data/quotes/labels.json) are
 * scored too.  Articles given as files, with no labels (ECB+), are
 * only read for speakers not shown a person or organisation.  The
 * measures, the same on both labelled sets:
 *
 * - direct-quote recall: a gold quotation (the words inside the marks of
 *   an attribution's content) is found when Parallax's quotations
 *   together cover at least half of its characters;
 * - named speakers right: of the gold quotations found whose source
 *   names someone, the share whose speaker holds the source's surname
 *   (no speaker counts as wrong); a source that only describes someone
 *   ("the Florida senator", "an Iowa Democrat") names no surname and is
 *   counted apart, see surname_of();
 * - speakers that are no source: found quotations given a speaker whose
 *   last word is in no source of the article (places, things,
 *   sentence-initial words);
 * - speakers no person or organisation: found quotations given a speaker
 *   with a word the article also writes in lower case, a common word
 *   rather than a name ("Outside", "Wants Girl Scout Leaders"); the goal
 *   is none, see common_word_speaker();
 * - speakers not shown a person or organisation, a wider net than that
 *   proxy: also places, acronyms, form labels and single words without
 *   any sign of a person in the article or the gold; its false alarms
 *   are organisations and people the lists do not know, so read its
 *   --list, see unshown_speaker().
 *
 * PolNeAR does not say whom a "he" or "they" stands for, so quotations
 * whose source is a pronoun are not scored; with BENCH_LIST_PRONOUN=1,
 * --list prints each with the speaker found, the surname of the last
 * named source before it and the words before it, to be read by eye
 * ("same" when the speaker holds that surname: a hint, not a score).
 * With BENCH_LIST_SURE=1, --list prints each named source whose speaker
 * was wrong though sure, or marked "?" (right or wrong), with its
 * confidence and the words around it.
 *
 * --list prints the lines of the split or articles given.  The labelled
 * events' own lines are printed only for the sets BENCH_LIST_SETS names
 * (commas between, "own" for the set without a name, "all" for every
 * one): the newest batches stay unread until the session after the one
 * that labelled them, and a plain --list must not show them.
 *
 * And what the analysis costs: processor milliseconds per article, and
 * the share of a comparison of the sample event that finding the quotes
 * takes.  Both sides of that share are processor time of all threads:
 * the comparison finds the quotes on a thread of their own beside the
 * alignment, so wall time would set the work of two threads against the
 * time of one.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "px-compare.h"
#include "px-quotes.h"
#include "px-quotes-private.h"

#define HALF 0.5

typedef struct {
  guint32 start;        /* bytes: the words inside the marks */
  guint32 end;
  char *surname;        /* casefolded, or NULL when the source names nobody */
  char *source;
  gboolean term;        /* a title or term nobody says ("Doctor Who") */
} Gold;

typedef struct {
  guint quotes, found;
  guint spoken, spoken_found;   /* the quotations that are not terms */
  guint named, named_right, named_none, named_wrong;
  guint given, not_source;
  guint common_word;    /* speakers that are a common word: no person or organisation */
  guint unshown;        /* speakers not shown a person or organisation, see unshown_speaker() */
  guint sure, sure_right, unsure, unsure_right;
  guint described, described_given;   /* sources that describe someone unnamed */
  guint pronoun, pronoun_given, pronoun_other_gender;   /* sources "he" and "she" */
  guint articles;
  double ms;
} Score;

static gboolean list;

/* Whether --list prints the per-quotation lines of the labelled set
 * @set (see BENCH_LIST_SETS above). */
static gboolean
set_listed (const char *set)
{
  const char *want = g_getenv ("BENCH_LIST_SETS");
  g_auto(GStrv) sets = NULL;

  if (!list || want == NULL)
    return FALSE;
  sets = g_strsplit (want, ",", -1);
  return g_strv_contains ((const char * const *) sets, "all")
         || g_strv_contains ((const char * const *) sets, *set ? set : "own");
}

/* Processor time of the whole process, every thread, in milliseconds. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* g_ptr_array_sort() passes pointers to the elements: compare the names
 * they point to, so files are read in the same order on every run. */
static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
gold_clear (gpointer p)
{
  Gold *g = p;

  g_free (g->surname);
  g_free (g->source);
}

static char *
fold (const char *s, gssize len)
{
  return g_utf8_casefold (s, len);
}

/* Words that are capitalised in a source without naming anyone. */
static gboolean
is_unnamed (const char *word)
{
  static const char * const words[] = {
    "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their",
    "its", "our", "my", "this", "that", "these", "those", "some", "many", "one", "who",
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "secretary", "according",
    "to", "jr", "sr", "ii", "iii", "iv", NULL   /* "Robert P. Casey Jr." is Casey */
  };
  g_autofree char *f = fold (word, -1);

  return g_strv_contains (words, f);
}

/* Words that open a description of someone the text does not name: "an
 * Iowa Democrat", "one former GOP leadership aide". */
static gboolean
is_indefinite (const char *word)
{
  static const char * const words[] = {
    "a", "an", "one", "another", "some", "several", "two", "three", "many", "other", NULL
  };
  g_autofree char *f = fold (word, -1);

  return g_strv_contains (words, f);
}

/* The last capitalised word of @phrase that names someone, without a
 * possessive; NULL when there is none. */
static char *
last_name_word (const char *phrase)
{
  g_auto(GStrv) words = g_regex_split_simple ("[^\\w’'.-]+", phrase, 0, 0);
  char *best = NULL;

  for (guint i = 0; words[i]; i++)
    {
      char *w = words[i];
      gsize n = strlen (w);

      if (n >= 3 && (g_str_has_suffix (w, "’s") || g_str_has_suffix (w, "'s")))
        w[n - (g_str_has_suffix (w, "’s") ? 4 : 2)] = '\0';
      if (g_str_has_suffix (w, "’"))
        w[strlen (w) - 3] = '\0';
      while (*w && strchr (".-'", w[strlen (w) - 1]))
        w[strlen (w) - 1] = '\0';
      if (!*w || !g_unichar_isupper (g_utf8_get_char (w)) || is_unnamed (w))
        continue;
      g_free (best);
      best = fold (w, -1);
    }
  return best;
}

/* Whether the last word of @phrase is written in lower case (a common noun). */
static gboolean
ends_in_lower_word (const char *phrase)
{
  g_auto(GStrv) words = g_regex_split_simple ("[^\\w’'-]+", phrase, 0, 0);
  guint n = g_strv_length (words);

  while (n > 0 && words[n - 1][0] == '\0')
    n--;
  return n > 0 && g_unichar_islower (g_utf8_get_char (words[n - 1]));
}

/* Whether the last word of @phrase is a title ("Secretary", "Speaker"). */
static gboolean
ends_in_title (const char *phrase)
{
  g_auto(GStrv) words = g_regex_split_simple ("[^\\w’'-]+", phrase, 0, 0);
  guint n = g_strv_length (words);
  g_autofree char *f = NULL;

  while (n > 0 && words[n - 1][0] == '\0')
    n--;
  if (n == 0 || !g_unichar_isupper (g_utf8_get_char (words[n - 1])))
    return FALSE;
  f = fold (words[n - 1], -1);
  return (px_quote_word_classes (f) & WC_TITLE) != 0;
}

/* How many words of @phrase are capitalised. */
static guint
capitalised_words (const char *phrase)
{
  g_auto(GStrv) words = g_regex_split_simple ("[^\\w’'-]+", phrase, 0, 0);
  guint n = 0;

  for (guint i = 0; words[i]; i++)
    if (g_unichar_isupper (g_utf8_get_char (words[i])))
      n++;
  return n;
}

/* The surname a source names, casefolded, or NULL when it names nobody.
 * The last capitalised word of the source's head, before any appositive
 * or "of" phrase: "Trump campaign manager Paul Manafort" and "Sen. Jeff
 * Merkley of Oregon, the only senator to…" give "manafort" and
 * "merkley".  A head that ends in a common noun is a description: it
 * names the person its appositive names ("Trump's attorney, Alan
 * Garten" gives "garten"), or nobody ("the independent Vermont senator",
 * "the Florida senator": a capitalised word there qualifies the noun and
 * is no one's name).  A description opened by an indefinite word ("an
 * Iowa Democrat") names nobody. */
static char *
surname_of (const char *source)
{
  g_auto(GStrv) head = g_regex_split_simple ("[,(]| of | who | which | at | from ", source, 0, 0);
  g_auto(GStrv) first = NULL;

  if (head[0] == NULL)
    return NULL;
  first = g_regex_split_simple ("[^\\w’'-]+", head[0], 0, 0);
  for (guint i = 0; first[i]; i++)
    if (first[i][0] != '\0')
      {
        if (is_indefinite (first[i]))
          return NULL;
        break;
      }
  /* "Former Secretary of State Madeleine Albright", "Speaker of the House
   * Paul Ryan": a title's "of" phrase runs on into the name, which is the
   * last word of that phrase when it holds a place and a name (three
   * capitalised words or more).  "Secretary of State" alone names nobody. */
  if (head[1] && g_str_has_prefix (source + strlen (head[0]), " of ")
      && ends_in_title (head[0]))
    return capitalised_words (head[1]) >= 3 ? last_name_word (head[1]) : NULL;
  if (!ends_in_lower_word (head[0]))
    return last_name_word (head[0]);
  /* "Trump's attorney, Alan Garten": the appositive right after a comma. */
  if (head[1] && source[strlen (head[0])] == ',' && !ends_in_lower_word (head[1]))
    {
      const char *a = head[1];

      while (*a == ' ')
        a++;
      if (g_unichar_isupper (g_utf8_get_char (a)))
        return last_name_word (head[1]);
    }
  return NULL;
}

/* Whether @speaker holds @surname as a word. */
static gboolean
holds_surname (const char *speaker, const char *surname)
{
  g_autofree char *f = fold (speaker, -1);
  g_auto(GStrv) words = g_regex_split_simple ("[^\\w’'-]+", f, 0, 0);

  for (guint i = 0; words[i]; i++)
    if (g_str_equal (words[i], surname))
      return TRUE;
  return FALSE;
}

static const char *
last_word (const char *s)
{
  const char *sp = strrchr (s, ' ');

  return sp ? sp + 1 : s;
}

/* 'M' or 'F' for "he" and "she" (any case), else 0. */
static char
pronoun_gender (const char *source)
{
  g_autofree char *f = g_strstrip (fold (source, -1));

  return g_str_equal (f, "he") ? 'M' : g_str_equal (f, "she") ? 'F' : 0;
}

/* Whether @source is only a pronoun ("he", "They", "him"). */
static gboolean
is_pronoun_source (const char *source)
{
  static const char *const pronouns[] = { "he", "she", "they", "him", "her", "them", "it", "we", NULL };
  g_autofree char *f = g_strstrip (fold (source, -1));

  return g_strv_contains (pronouns, f);
}

/* 'M' or 'F' when the first word of @speaker is a given name or a title
 * of only one gender in the engine's lists, else 0. */
static char
speaker_gender (const char *speaker)
{
  g_autofree char *first = g_strndup (speaker, strcspn (speaker, " ."));
  g_autofree char *f = fold (first, -1);
  guint classes = px_quote_word_classes (f);

  if ((classes & WC_MALE) && !(classes & WC_FEMALE))
    return 'M';
  if ((classes & WC_FEMALE) && !(classes & WC_MALE))
    return 'F';
  return 0;
}

/* Whether @text writes @word (capitalised) in lower case too, as a whole
 * word somewhere: a common word of the article, not a name. */
static gboolean
written_lower_in (const char *text, const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  gsize n = strlen (lower);

  if (g_str_equal (lower, word))
    return FALSE;
  for (const char *p = strstr (text, lower); p; p = strstr (p + 1, lower))
    if ((p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[n]) && p[n] != '\'' &&
        !g_str_has_prefix (p + n, "’"))
      return TRUE;
  return FALSE;
}

/* Whether @text writes @name after a word in lower case: inside a
 * sentence, where a capital marks a name ("said Pope Francis", "the New
 * York Times"), not a sentence's or a headline's first word. */
static gboolean
written_inside_sentence (const char *text, const char *name)
{
  for (const char *p = strstr (text, name); p; p = strstr (p + 1, name))
    {
      const char *q = p;

      while (q > text && q[-1] == ' ')
        q--;
      if (q < p && q > text && g_ascii_islower (q[-1]))
        return TRUE;
    }
  return FALSE;
}

/* Whether @speaker reads as no person or organisation: its first word,
 * neither a title nor a first name, is a common word the article also
 * writes in lower case ("Outside", "See Sexton", "Wants Girl Scout
 * Leaders", "Optimistic Americans"), and the article never writes the
 * speaker inside a sentence, as it writes "the White House" or "said
 * Pope Francis".  A proxy for what only a reader can tell: it misses a
 * place. */
static gboolean
common_word_speaker (const char *speaker, const char *text)
{
  g_autofree char *first = g_strndup (speaker, strcspn (speaker, " "));
  g_autofree char *f = fold (first, -1);

  if (strlen (first) < 3 || !g_unichar_isupper (g_utf8_get_char (first)) ||
      (px_quote_word_classes (f) & (WC_MALE | WC_FEMALE | WC_TITLE)))
    return FALSE;
  return written_lower_in (text, first) && !written_inside_sentence (text, speaker);
}

/* The words of @speaker, casefolded, without trailing dots and
 * possessives: "D.C." gives "d.c", "Trump's" "trump". */
static GStrv
speaker_words (const char *speaker)
{
  g_autofree char *f = fold (speaker, -1);
  GStrv words = g_strsplit (f, " ", -1);

  for (guint i = 0; words[i]; i++)
    {
      char *w = words[i];
      gsize n = strlen (w);

      if (n > 2 && g_str_has_suffix (w, "'s"))
        w[n -= 2] = '\0';
      while (n > 0 && (w[n - 1] == '.' || w[n - 1] == ','))
        w[--n] = '\0';
    }
  return words;
}

/* Whether @text writes @word (as it is spelt in the speaker) right after
 * a word of @classes ("Josh Earnest", "Mr. Ross", "Sen. Kaine") or right
 * before a word of @after_classes ("CNN reported", "Microsoft said"). */
static gboolean
written_next_to (const char *text, const char *word, guint classes, guint after_classes)
{
  gsize n = strlen (word);

  if (n == 0)
    return FALSE;
  for (const char *p = strstr (text, word); p; p = strstr (p + 1, word))
    {
      const char *b = p, *e = p + n;

      if ((p > text && g_ascii_isalnum (p[-1])) || g_ascii_isalnum (*e))
        continue;
      if (classes && b > text && b[-1] == ' ')
        {
          const char *s = b - 1;
          g_autofree char *prev = NULL;

          while (s > text && !strchr (" \n\"(", s[-1]))
            s--;
          prev = fold (s, b - 1 - s);
          if (prev[0] && prev[strlen (prev) - 1] == '.')
            prev[strlen (prev) - 1] = '\0';
          if (g_unichar_isupper (g_utf8_get_char (s)) && (px_quote_word_classes (prev) & classes))
            return TRUE;
        }
      if (after_classes && *e == ' ')
        {
          const char *s = e + 1, *t = s;
          g_autofree char *next = NULL;

          while (*t && g_ascii_isalpha (*t))
            t++;
          next = g_ascii_strdown (s, t - s);
          if (t > s && g_ascii_islower (*s) && (px_quote_word_classes (next) & after_classes) &&
              !(px_quote_word_classes (next) & WC_NAMING_VERB))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether a word of @speaker is one @text also writes in lower case. */
static gboolean
has_common_word (const char *speaker, const char *text)
{
  g_auto(GStrv) words = g_strsplit (speaker, " ", -1);

  for (guint i = 0; words[i]; i++)
    if (written_lower_in (text, words[i]))
      return TRUE;
  return FALSE;
}

/* Whether @text writes @name as a place: "in Brooklyn", "in D.C.". */
static gboolean
written_as_place (const char *text, const char *name)
{
  g_autofree char *in = g_strconcat (" in ", name, NULL);
  gsize n = strlen (in);

  for (const char *p = strstr (text, in); p; p = strstr (p + 1, in))
    if (!g_ascii_isalnum (p[n]))
      return TRUE;
  return FALSE;
}

/* Whether @speaker is not shown to be a person or an organisation,
 * from what the article and its gold tell, not from the engine's own
 * reading: a place word ("Trump Tower"), a place the article writes as
 * where something is ("in D.C."), a common word first (see
 * common_word_speaker()) unless a first name follows ("Pope Francis"),
 * or a name without any sign of a person or an organisation: not the
 * surname a gold source of the article names (@named: " name name "),
 * no first name, title or form of address before it in the speaker or
 * in the text ("Josh Earnest", "Mr. Ross"), no organisation's word
 * ("Breitbart News"), never right before a speech verb in the text
 * ("CNN reported"), and for a speaker of several words, one of them a
 * word the text writes in lower case ("White America"; "Dahlys Hamilton"
 * is a name, whose first name no list holds).  Catches acronyms (TPP, PAC), form labels ("Name")
 * and runs of capitalised words ("Somerset Fire"); a person the
 * annotators did not mark, named by surname alone, is a false alarm:
 * --list prints each one to be read. */
static gboolean
unshown_speaker (const char *speaker, const char *text, const char *named)
{
  g_auto(GStrv) words = speaker_words (speaker);
  guint n = g_strv_length (words);
  const char *last = n ? words[n - 1] : "";
  g_autofree char *key = g_strdup_printf (" %s ", last);
  const char *sp_last = strrchr (speaker, ' ') ? strrchr (speaker, ' ') + 1 : speaker;
  g_autofree char *last_as_written = g_strndup (sp_last, strcspn (sp_last, "'’"));
  gboolean named_by_gold = named && strstr (named, key);

  if (n == 0)
    return FALSE;
  g_strdelimit (last_as_written, ",", '\0');
  while (last_as_written[0] && last_as_written[strlen (last_as_written) - 1] == '.')
    last_as_written[strlen (last_as_written) - 1] = '\0';
  for (guint i = 0; i < n; i++)
    if ((px_quote_word_classes (words[i]) & WC_PLACE) && !named_by_gold)
      return TRUE;
  if (!named_by_gold && written_as_place (text, speaker))
    return TRUE;
  if (named_by_gold)
    return FALSE;
  for (guint i = 0; i + 1 < n; i++)
    if (px_quote_word_classes (words[i]) & (WC_MALE | WC_FEMALE))
      return FALSE;
  if (common_word_speaker (speaker, text))
    return TRUE;
  if (n >= 2 && !has_common_word (speaker, text))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (px_quote_word_classes (words[i]) & (WC_TITLE | WC_ADDRESS | WC_ORG))
      return FALSE;
  if (written_next_to (text, last_as_written, WC_MALE | WC_FEMALE | WC_TITLE | WC_ADDRESS, 0) ||
      written_next_to (text, speaker, 0, WC_SPEECH_VERB))
    return FALSE;
  return TRUE;
}

/* Scores the groups of one article (or event) against @gold, given per
 * document; @sources[d] is all the sources' text of document d,
 * casefolded, @named[d] the surnames they name (" name name "). */
static void
score (Score *sc, GPtrArray *groups, GArray **gold, char **sources, char **named,
       guint n_docs, const char *name, const char **texts)
{
  for (guint d = 0; d < n_docs; d++)
    for (guint i = 0, prev_named = G_MAXUINT; i < gold[d]->len; i++)
      {
        const Gold *g = &g_array_index (gold[d], Gold, i);
        guint32 len = g->end - g->start, covered = 0;

        if (i > 0 && g_array_index (gold[d], Gold, i - 1).surname)
          prev_named = i - 1;
        g_autofree guint8 *cover = g_malloc0 (len);
        const PxQuoteOccurrence *best = NULL;
        guint32 best_overlap = 0;

        for (guint k = 0; k < groups->len; k++)
          {
            PxQuoteGroup *group = g_ptr_array_index (groups, k);

            for (guint j = 0; j < group->occurrences->len; j++)
              {
                const PxQuoteOccurrence *o = &g_array_index (group->occurrences, PxQuoteOccurrence, j);
                guint32 lo = MAX (o->start, g->start), hi = MIN (o->end, g->end);

                if (o->document != d || hi <= lo)
                  continue;
                memset (cover + (lo - g->start), 1, hi - lo);
                /* Of a quote and the quote nested in it, both holding
                 * the gold, the nested one is meant. */
                if (hi - lo > best_overlap ||
                    (hi - lo == best_overlap && o->end - o->start < best->end - best->start))
                  best = o, best_overlap = hi - lo;
              }
          }
        for (guint32 b = 0; b < len; b++)
          covered += cover[b];
        sc->quotes++;
        sc->spoken += !g->term;
        if (covered < HALF * len)
          {
            if (list)
              printf ("  missed  %s: “%.*s”\n", name, (int) MIN (len, 90), texts[d] + g->start);
            continue;
          }
        sc->found++;
        sc->spoken_found += !g->term;
        if (best->speaker)
          {
            g_autofree char *sp = fold (last_word (best->speaker), -1);
            gboolean uncertain = px_quote_speaker_is_uncertain (best->speaker,
                                                                best->speaker_confidence);

            sc->given++;
            if (common_word_speaker (best->speaker, texts[d]))
              {
                sc->common_word++;
                if (list)
                  printf ("  common  %s: %s for “%.*s”\n", name, best->speaker,
                          (int) MIN (len, 60), texts[d] + g->start);
              }
            if (unshown_speaker (best->speaker, texts[d], named[d]))
              {
                sc->unshown++;
                if (list)
                  printf ("  unshown %s: %s for “%.*s”\n", name, best->speaker,
                          (int) MIN (len, 60), texts[d] + g->start);
              }
            if (!strstr (sources[d], sp))
              {
                sc->not_source++;
                if (list)
                  printf ("  no-source %s: %s for “%.*s”\n", name, best->speaker,
                          (int) MIN (len, 60), texts[d] + g->start);
              }
            if (g->surname)
              {
                gboolean right = holds_surname (best->speaker, g->surname);

                if (uncertain)
                  sc->unsure++, sc->unsure_right += right;
                else
                  sc->sure++, sc->sure_right += right;
                /* Wrong when sure or marked ? and right: the shapes the
                 * confidence gets wrong, with the words around. */
                if (list && g_getenv ("BENCH_LIST_SURE") && (uncertain || !right))
                  {
                    guint32 from = g->start > 160 ? g->start - 160 : 0;
                    g_autofree char *ctx = g_strndup (texts[d] + from, g->start - from);
                    g_autofree char *after = g_strndup (texts[d] + g->end, strcspn (texts[d] + g->end, "\n") > 80 ? 80 : strcspn (texts[d] + g->end, "\n"));

                    g_strdelimit (ctx, "\n", ' ');
                    printf ("  %s %s: %s (%.3f), want %s: …%s“%.*s”%s\n", !uncertain ? "sure-wrong" : right ? "unsure-right" : "unsure-wrong",
                            name, best->speaker, best->speaker_confidence, g->source, ctx, (int) MIN (len, 60),
                            texts[d] + g->start, after);
                  }
              }
          }
        /* PolNeAR does not say whom a "he" is, but a "she" given to a
         * Donald is surely wrong. */
        if (list && g->source && g_getenv ("BENCH_LIST_PRONOUN") && is_pronoun_source (g->source))
          {
            const char *prev = prev_named != G_MAXUINT ?
              g_array_index (gold[d], Gold, prev_named).surname : NULL;
            guint32 from = g->start > 200 ? g->start - 200 : 0;
            g_autofree char *ctx = g_strndup (texts[d] + from, g->start - from);

            g_strdelimit (ctx, "\n", ' ');
            printf ("  pronoun %s %s: %s for %s, before %s: …%s“%.*s”\n",
                    !best->speaker ? "NONE" : prev && holds_surname (best->speaker, prev) ? "same" : "DIFF",
                    name, best->speaker ? best->speaker : "-", g->source, prev ? prev : "-", ctx,
                    (int) MIN (len, 60), texts[d] + g->start);
          }
        if (g->source && pronoun_gender (g->source))
          {
            char want = pronoun_gender (g->source), got;

            sc->pronoun++;
            if (best->speaker)
              {
                sc->pronoun_given++;
                got = speaker_gender (best->speaker);
                if (got && got != want)
                  {
                    sc->pronoun_other_gender++;
                    if (list)
                      printf ("  gender  %s: %s for %s, “%.*s”\n", name, best->speaker, g->source,
                              (int) MIN (len, 60), texts[d] + g->start);
                  }
              }
          }
        if (g->surname == NULL)
          {
            if (g->source && g->source[0])
              {
                sc->described++, sc->described_given += best->speaker != NULL;
                if (list && g_getenv ("BENCH_LIST_DESCRIBED"))
                  printf ("  described %s: %s for %s, “%.*s”\n", name,
                          best->speaker ? best->speaker : "-", g->source,
                          (int) MIN (len, 40), texts[d] + g->start);
              }
            continue;
          }
        sc->named++;
        if (best->speaker == NULL)
          {
            sc->named_none++;
            if (list)
              printf ("  none    %s: want %s for “%.*s”\n", name, g->source,
                      (int) MIN (len, 60), texts[d] + g->start);
          }
        else if (holds_surname (best->speaker, g->surname))
          {
            sc->named_right++;
            /* The surname right, the first name the source gives
             * another ("Bill Clinton" for "Hillary Clinton"). */
            if (list && g_getenv ("BENCH_LIST_FIRST"))
              {
                g_auto(GStrv) sw = g_regex_split_simple ("[^\\w’'.-]+", g->source, 0, 0);
                g_autofree char *first = NULL;
                const char *sp = strchr (best->speaker, ' ');

                for (guint k = 1; sw[k]; k++)
                  {
                    g_autofree char *w = fold (sw[k], -1);

                    if (g_str_equal (w, g->surname) && g_ascii_isupper (sw[k - 1][0]) &&
                        !strchr (sw[k - 1], '.') && strlen (sw[k - 1]) > 1)
                      {
                        first = g_strdup (sw[k - 1]);
                        break;
                      }
                  }
                if (first && sp && !g_str_has_prefix (best->speaker, first) &&
                    strncmp (first, best->speaker, sp - best->speaker) != 0 &&
                    !strstr (best->speaker, first))
                  printf ("  first   %s: %s, want %s for “%.*s”\n", name, best->speaker, g->source,
                          (int) MIN (len, 60), texts[d] + g->start);
              }
          }
        else
          {
            sc->named_wrong++;
            if (list)
              printf ("  wrong   %s: %s, want %s for “%.*s”\n", name, best->speaker, g->source,
                      (int) MIN (len, 60), texts[d] + g->start);
          }
      }
}

static double
ratio (guint a, guint b)
{
  return b ? (double) a / b : 0;
}

static void
print_score (const char *name, const Score *sc)
{
  printf ("%s\n", name);
  printf ("  direct-quote recall      %.3f  (%u/%u)\n", ratio (sc->found, sc->quotes),
          sc->found, sc->quotes);
  if (sc->spoken < sc->quotes)
    printf ("  recall, terms left out   %.3f  (%u/%u): titles and terms nobody says are not counted\n",
            ratio (sc->spoken_found, sc->spoken), sc->spoken_found, sc->spoken);
  printf ("  named speakers right     %.3f  (%u/%u; %u none, %u wrong)\n",
          ratio (sc->named_right, sc->named), sc->named_right, sc->named, sc->named_none,
          sc->named_wrong);
  printf ("  speakers that are no source %u of %u speakers given (%.3f)\n", sc->not_source,
          sc->given, ratio (sc->not_source, sc->given));
  printf ("  speakers no person/org  %u of %u speakers given: a common word first (\"Outside\", "
          "\"Wants Girl Scout Leaders\")\n", sc->common_word, sc->given);
  printf ("  speakers not shown a person/org %u of %u speakers given: a place, a common word "
          "first, or no gold source's surname, first name, title or speech verb (\"TPP\", "
          "\"Name\", \"Somerset Fire\")\n", sc->unshown, sc->given);
  printf ("  sources naming nobody    %u (\"he\", \"the Florida senator\", \"an aide\"): %u given a speaker\n",
          sc->described, sc->described_given);
  printf ("  sources \"he\"/\"she\"     %u: %u given a speaker, %u of them of the other gender "
          "by first name\n", sc->pronoun, sc->pronoun_given, sc->pronoun_other_gender);
  printf ("  named right when sure    %.3f  (%u/%u); when marked ? %.3f (%u/%u)\n",
          ratio (sc->sure_right, sc->sure), sc->sure_right, sc->sure,
          ratio (sc->unsure_right, sc->unsure), sc->unsure_right, sc->unsure);
  if (sc->articles)
    printf ("  analysis                 %.3f ms of processor time per article (%u articles)\n",
            sc->ms / sc->articles, sc->articles);
}

/* ------------------------------------------------------------------ */
/* PolNeAR                                                             */
/* ------------------------------------------------------------------ */

/* Byte offset of each character of @text, and one past the end. */
static GArray *
char_offsets (const char *text, gsize len)
{
  GArray *at = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      guint32 b = p - text;
      g_array_append_val (at, b);
    }
  {
    guint32 b = len;
    g_array_append_val (at, b);
  }
  return at;
}

typedef struct {
  guint32 start, end;   /* bytes, fragments joined */
  GString *text;
} AnnSpan;

/* The spans of the quoted words in @text: double marks, curly or
 * straight (or two straight single ones), within a paragraph; a quote
 * left open runs to the paragraph's end. */
static GArray *
quoted_segments (const char *text, gsize len)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Gold));
  gint64 open = -1;
  gboolean in_tag = FALSE;

  for (const char *p = text; p <= text + len; p = p < text + len ? g_utf8_next_char (p) : p + 1)
    {
      gunichar c = p < text + len ? g_utf8_get_char (p) : '\n';
      guint32 pos = p - text;
      gboolean close = FALSE;

      /* Markup left in the corpus' texts, <tweet id="…" author="@…">:
       * its attribute values are no quotations. */
      if (c == '<' && open < 0 && p + 1 < text + len &&
          (g_ascii_isalpha (p[1]) || p[1] == '/'))
        in_tag = TRUE;
      if (in_tag)
        {
          in_tag = c != '>' && c != '\n';
          continue;
        }
      if (c == '\n')
        close = open >= 0;
      else if (c == 0x201C && open < 0)
        open = g_utf8_next_char (p) - text;
      else if (c == 0x201C && p > text && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p))) &&
               (p + 1 >= text + len || !g_unichar_isalnum (g_utf8_get_char (g_utf8_next_char (p)))))
        close = TRUE;   /* “expedited review“ of: an opening mark typed for a closing one */
      else if (c == 0x201D && open >= 0)
        close = TRUE;
      else if (c == '"' || (c == '\'' && p + 1 < text + len && p[1] == '\''))
        {
          /* Two single marks are a double one (the New York Times
           * writes ''so'' in the corpus). */
          if (c == '\'')
            p++;
          if (open < 0)
            open = p - text + 1;
          else
            close = TRUE;
        }
      if (close)
        {
          Gold g = { (guint32) open, pos, NULL, NULL };

          while (g.start < g.end && g_ascii_isspace (text[g.start]))
            g.start++;
          while (g.end > g.start && (g_ascii_isspace (text[g.end - 1]) || text[g.end - 1] == ','))
            g.end--;
          if (g.end > g.start)
            g_array_append_val (out, g);
          open = -1;
        }
    }
  return out;
}

/* The attributions of one .ann file: content and source spans. */
static gboolean
read_ann (const char *path, GArray *offsets, GArray *contents, GPtrArray *source_of,
          const char *text)
{
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) spans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!g_file_get_contents (path, &data, NULL, NULL))
    return FALSE;
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", 3);
      g_auto(GStrv) type_range = NULL;
      AnnSpan *s;

      if (f[0] == NULL || f[0][0] != 'T' || f[1] == NULL)
        continue;
      type_range = g_strsplit_set (f[1], " ;", -1);
      s = g_new0 (AnnSpan, 1);
      s->start = G_MAXUINT32;
      for (guint k = 1; type_range[k] && type_range[k + 1]; k += 2)
        {
          guint64 a = g_ascii_strtoull (type_range[k], NULL, 10);
          guint64 b = g_ascii_strtoull (type_range[k + 1], NULL, 10);

          if (b >= offsets->len || a > b)
            continue;
          s->start = MIN (s->start, g_array_index (offsets, guint32, a));
          s->end = MAX (s->end, g_array_index (offsets, guint32, b));
        }
      if (s->start == G_MAXUINT32)
        s->start = s->end = 0;
      g_hash_table_insert (spans, g_strdup (f[0]), s);
    }
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) f = g_strsplit_set (lines[i], "\t ", -1);
      AnnSpan *content = NULL, *source = NULL;

      if (f[0] == NULL || f[0][0] != 'E')
        continue;
      for (guint k = 1; f[k]; k++)
        {
          char *colon = strchr (f[k], ':');

          if (colon == NULL)
            continue;
          if (g_str_has_prefix (f[k], "Content:"))
            content = g_hash_table_lookup (spans, colon + 1);
          else if (g_str_has_prefix (f[k], "Source:"))
            source = g_hash_table_lookup (spans, colon + 1);
        }
      if (content == NULL || content->end <= content->start)
        continue;
      g_array_append_val (contents, *content);
      g_ptr_array_add (source_of, source ? g_strndup (text + source->start, source->end - source->start)
                                         : g_strdup (""));
    }
  return TRUE;
}

static void
polnear (const char *dir, Score *sc)
{
  g_autofree char *text_dir = g_build_filename (dir, "text", NULL);
  g_autofree char *ann_dir = g_build_filename (dir, "attributions", NULL);
  g_autoptr(GDir) d = g_dir_open (text_dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) anns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) ad = g_dir_open (ann_dir, 0, NULL);
  const char *name;

  if (d == NULL || ad == NULL)
    g_error ("%s: no text/ or attributions/", dir);
  while ((name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  while ((name = g_dir_read_name (ad)))
    if (g_str_has_suffix (name, ".ann"))
      g_ptr_array_add (anns, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_sort (anns, compare_names);

  for (guint n = 0; n < names->len; n++)
    {
      const char *txt = g_ptr_array_index (names, n);
      g_autofree char *stem = g_strndup (txt, strlen (txt) - 4);
      g_autofree char *path = g_build_filename (text_dir, txt, NULL);
      g_autofree char *ann = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GArray) offsets = NULL;
      g_autoptr(GArray) contents = g_array_new (FALSE, FALSE, sizeof (AnnSpan));
      g_autoptr(GPtrArray) source_of = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GArray) segments = NULL;
      g_autoptr(GArray) gold = g_array_new (FALSE, FALSE, sizeof (Gold));
      g_autoptr(GString) sources = g_string_new (" ");
      g_autoptr(PxDocument) doc = NULL;
      g_autoptr(GPtrArray) groups = NULL;
      g_autofree char *sources_fold = NULL;
      g_autoptr(GString) named = g_string_new (" ");
      const char *texts[1];
      gsize len;
      double t0;

      /* Several annotators for some texts: the first one's. */
      for (guint a = 0; a < anns->len && ann == NULL; a++)
        {
          const char *an = g_ptr_array_index (anns, a);

          if (g_str_has_prefix (an, stem) && an[strlen (stem)] == '_' &&
              strchr (an + strlen (stem) + 1, '_') == NULL)
            ann = g_build_filename (ann_dir, an, NULL);
        }
      if (ann == NULL || !g_file_get_contents (path, &text, &len, NULL) ||
          !g_utf8_validate (text, len, NULL))
        continue;
      offsets = char_offsets (text, len);
      if (!read_ann (ann, offsets, contents, source_of, text))
        continue;
      for (guint i = 0; i < source_of->len; i++)
        {
          g_string_append (sources, g_ptr_array_index (source_of, i));
          g_string_append_c (sources, ' ');
        }
      sources_fold = fold (sources->str, -1);
      for (guint i = 0; i < source_of->len; i++)
        {
          g_autofree char *surname = surname_of (g_ptr_array_index (source_of, i));

          if (surname)
            g_string_append_printf (named, "%s ", surname);
        }

      /* Gold: quoted words mostly inside an attribution's content. */
      segments = quoted_segments (text, len);
      for (guint s = 0; s < segments->len; s++)
        {
          Gold *g = &g_array_index (segments, Gold, s);

          for (guint c = 0; c < contents->len; c++)
            {
              const AnnSpan *cs = &g_array_index (contents, AnnSpan, c);
              guint32 lo = MAX (cs->start, g->start), hi = MIN (cs->end, g->end);

              if (hi > lo && (hi - lo) * 2 >= g->end - g->start)
                {
                  Gold copy = *g;
                  const char *src = g_ptr_array_index (source_of, c);

                  copy.source = g_strdup (src);
                  copy.surname = surname_of (src);
                  g_array_append_val (gold, copy);
                  break;
                }
            }
        }
      g_array_set_clear_func (gold, gold_clear);

      doc = px_document_new (text, len, "article");
      t0 = cpu_ms ();
      groups = px_quotes_group (&doc, 1);
      sc->ms += cpu_ms () - t0;
      sc->articles++;
      texts[0] = text;
      {
        char *src[1] = { sources_fold }, *nm[1] = { named->str };
        GArray *gd[1] = { gold };

        score (sc, groups, gd, src, nm, 1, stem, texts);
      }
    }
}

/* ------------------------------------------------------------------ */
/* The project's own labelled events                                   */
/* ------------------------------------------------------------------ */

/* The sets of labelled events, each scored apart: the project's own
 * written events (no "set"), real news from ECB+ ("news"), and batches of
 * real articles each labelled before the engine first ran on it: pages of
 * many outlets ("web", "web2"), political news ("politics",
 * "politics2"), a fifth batch of ECB+ articles and pages
 * ("politics3"), a sixth batch of pages ("web3"), a seventh batch of
 * political and public-affairs pages ("politics4"), an eighth batch
 * of pages and ECB+ articles ("web4"), a ninth batch of pages ("web5"),
 * a tenth of ECB+ articles and pages ("news5"), an eleventh of pages
 * ("web6"), and a twelfth and a thirteenth of ECB+ articles ("news6",
 * "news7"). */
static const struct {
  const char *set;
  const char *title;
} labelled_sets[] = {
  { "", "own labelled set (tests/data/quotes, grouped per event)" },
  { "news", "labelled real news (tests/data/quotes, set \"news\": ECB+, grouped per event)" },
  { "web", "labelled web news (tests/data/quotes, set \"web\": pages of many outlets, "
           "grouped per event)" },
  { "web2", "labelled web news, second batch (tests/data/quotes, set \"web2\", "
            "grouped per event)" },
  { "politics", "labelled political news, third batch (tests/data/quotes, set \"politics\": "
                "ECB+ and pages, grouped per event)" },
  { "politics2", "labelled political news, fourth batch (tests/data/quotes, set \"politics2\": "
                 "ECB+, grouped per event)" },
  { "politics3", "labelled news, fifth batch (tests/data/quotes, set \"politics3\": "
                 "ECB+ and pages, grouped per event)" },
  { "web3", "labelled web news, sixth batch (tests/data/quotes, set \"web3\": "
            "pages of seven outlets, grouped per event)" },
  { "politics4", "labelled political news, seventh batch (tests/data/quotes, set \"politics4\": "
                 "pages of seven outlets, grouped per event)" },
  { "web4", "labelled news, eighth batch (tests/data/quotes, set \"web4\": "
            "pages and ECB+, grouped per event)" },
  { "web5", "labelled web news, ninth batch (tests/data/quotes, set \"web5\": "
            "pages of 24 outlets, grouped per event)" },
  { "news5", "labelled news, tenth batch (tests/data/quotes, set \"news5\": "
             "ECB+ and pages, grouped per event)" },
  { "web6", "labelled web news, eleventh batch (tests/data/quotes, set \"web6\": "
            "pages of 15 outlets, grouped per event)" },
  { "news6", "labelled news, twelfth batch (tests/data/quotes, set \"news6\": "
             "ECB+, grouped per event)" },
  { "news7", "labelled news, thirteenth batch (tests/data/quotes, set \"news7\": "
             "ECB+, grouped per event)" },
};

/* Each event is scored into the Score of its set in @scores (indexed as
 * labelled_sets; an unknown set counts as the own set). */
static void
own_set (const char *labels, Score *scores)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (labels);
  JsonArray *events;
  gboolean listing;

  if (!json_parser_load_from_file (parser, labels, &error))
    g_error ("%s", error->message);
  events = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                         "events");
  for (guint e = 0; e < json_array_get_length (events); e++)
    {
      JsonObject *event = json_array_get_object_element (events, e);
      JsonArray *paths = json_object_get_array_member (event, "documents");
      JsonArray *groups = json_object_get_array_member (event, "groups");
      const char *set = json_object_get_string_member_with_default (event, "set", "");
      guint n_docs = json_array_get_length (paths);
      g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree GArray **gold = g_new0 (GArray *, n_docs);
      g_autofree char **sources = g_new0 (char *, n_docs + 1);
      g_autofree char **named = g_new0 (char *, n_docs + 1);
      g_autoptr(GString) names = g_string_new (" ");
      g_autofree const char **texts = g_new0 (const char *, n_docs);
      g_autoptr(GString) all = g_string_new (" ");
      g_autoptr(GPtrArray) predicted = NULL;
      Score *into;
      double t0;

      for (guint d = 0; d < n_docs; d++)
        {
          g_autofree char *path = g_build_filename (dir, json_array_get_string_element (paths, d), NULL);
          g_autofree char *text = NULL;
          gsize len;

          if (!g_file_get_contents (path, &text, &len, &error))
            g_error ("%s", error->message);
          g_ptr_array_add (docs, px_document_new (text, len, "outlet"));
          texts[d] = px_document_get_text (g_ptr_array_index (docs, d), NULL);
          gold[d] = g_array_new (FALSE, FALSE, sizeof (Gold));
          g_array_set_clear_func (gold[d], gold_clear);
        }
      for (guint g = 0; g < json_array_get_length (groups); g++)
        {
          JsonArray *occ = json_object_get_array_member (json_array_get_object_element (groups, g),
                                                         "occurrences");

          for (guint i = 0; i < json_array_get_length (occ); i++)
            {
              JsonObject *o = json_array_get_object_element (occ, i);
              const char *text = json_object_get_string_member (o, "text");
              const char *speaker = json_object_get_string_member_with_default (o, "speaker", NULL);
              gint64 nth = json_object_get_int_member_with_default (o, "nth", 0);
              guint d = json_object_get_int_member (o, "document");
              const char *at = NULL;
              Gold gl = { 0 };

              for (gint64 k = 0, from = 0; k <= nth; k++)
                {
                  at = strstr (texts[d] + from, text);
                  if (at == NULL)
                    g_error ("label not found: %s", text);
                  from = at - texts[d] + 1;
                }
              gl.start = at - texts[d];
              gl.end = gl.start + strlen (text);
              gl.source = g_strdup (speaker ? speaker : "");
              gl.term = json_object_get_boolean_member_with_default (o, "term", FALSE);
              gl.surname = speaker ? fold (last_word (speaker), -1) : NULL;
              g_array_append_val (gold[d], gl);
              if (speaker)
                {
                  g_string_append (all, speaker);
                  g_string_append_c (all, ' ');
                  g_string_append_printf (names, "%s ", gl.surname);
                }
            }
        }
      for (guint d = 0; d < n_docs; d++)
        sources[d] = fold (all->str, -1), named[d] = names->str;

      into = &scores[0];
      for (guint k = 1; k < G_N_ELEMENTS (labelled_sets); k++)
        if (g_str_equal (set, labelled_sets[k].set))
          into = &scores[k];
      t0 = cpu_ms ();
      predicted = px_quotes_group ((PxDocument **) docs->pdata, n_docs);
      into->ms += cpu_ms () - t0;
      into->articles += n_docs;
      /* score() prints per-quotation lines when list is set: only for
       * the sets asked for. */
      listing = list;
      list = set_listed (set);
      score (into, predicted, gold, sources, named, n_docs, json_object_get_string_member (event, "name"),
             texts);
      list = listing;
      for (guint d = 0; d < n_docs; d++)
        {
          g_array_unref (gold[d]);
          g_free (sources[d]);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Articles without labels                                             */
/* ------------------------------------------------------------------ */

/* Speakers given in articles nobody labelled (ECB+, say): how many,
 * and with --list which, are not shown a person or organisation by the
 * article's own text (unshown_speaker() without a gold source). */
static void
unlabelled (char **paths, int n_paths)
{
  guint articles = 0, given = 0, unshown = 0;

  for (int i = 0; i < n_paths; i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *name = g_path_get_basename (paths[i]);
      g_autoptr(PxDocument) doc = NULL;
      g_autoptr(GPtrArray) groups = NULL;
      const char *t;
      gsize len;

      if (!g_file_get_contents (paths[i], &text, &len, NULL) || !g_utf8_validate (text, len, NULL))
        continue;
      doc = px_document_new (text, len, "article");
      t = px_document_get_text (doc, NULL);
      groups = px_quotes_group (&doc, 1);
      articles++;
      for (guint k = 0; k < groups->len; k++)
        {
          PxQuoteGroup *group = g_ptr_array_index (groups, k);

          for (guint j = 0; j < group->occurrences->len; j++)
            {
              const PxQuoteOccurrence *o = &g_array_index (group->occurrences, PxQuoteOccurrence, j);

              if (o->speaker == NULL)
                continue;
              given++;
              if (!unshown_speaker (o->speaker, t, NULL))
                continue;
              unshown++;
              if (list)
                printf ("  unshown %s: %s for “%.*s”\n", name, o->speaker,
                        (int) MIN (o->end - o->start, 60), t + o->start);
            }
        }
    }
  printf ("unlabelled articles (%u)\n  speakers not shown a person/org %u of %u speakers given\n",
          articles, unshown, given);
}

/* ------------------------------------------------------------------ */
/* Cost within a comparison                                            */
/* ------------------------------------------------------------------ */

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Medians of @runs: the processor time (all threads) and the wall time
 * of finding the sample event's quotes alone, and of a whole comparison
 * of it (which finds them too). */
static void
cost (const char *samples)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) d = g_dir_open (samples, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GArray *runs[4];   /* quotes cpu, comparison cpu, quotes wall, comparison wall */
  double median[4];
  const guint n_runs = 15;
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_build_filename (samples, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *text = NULL;
      gsize len;

      if (g_file_get_contents (g_ptr_array_index (names, i), &text, &len, NULL))
        g_ptr_array_add (docs, px_document_new (text, len, "outlet"));
    }
  for (guint k = 0; k < G_N_ELEMENTS (runs); k++)
    runs[k] = g_array_new (FALSE, FALSE, sizeof (double));
  /* Alternated, so that a busy spell of the machine falls on both. */
  for (guint r = 0; r < n_runs; r++)
    {
      double c0 = cpu_ms (), w0 = g_get_monotonic_time () / 1000.0, c1, w1;
      g_autoptr(GPtrArray) groups = px_quotes_group ((PxDocument **) docs->pdata, docs->len);
      g_autoptr(PxComparison) cmp = NULL;

      c1 = cpu_ms () - c0;
      w1 = g_get_monotonic_time () / 1000.0 - w0;
      g_array_append_val (runs[0], c1);
      g_array_append_val (runs[2], w1);
      c0 = cpu_ms ();
      w0 = g_get_monotonic_time () / 1000.0;
      cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, NULL);
      px_comparison_get_quotes (cmp);
      c1 = cpu_ms () - c0;
      w1 = g_get_monotonic_time () / 1000.0 - w0;
      g_array_append_val (runs[1], c1);
      g_array_append_val (runs[3], w1);
    }
  for (guint k = 0; k < G_N_ELEMENTS (runs); k++)
    {
      g_array_sort (runs[k], cmp_double);
      median[k] = g_array_index (runs[k], double, n_runs / 2);
      g_array_unref (runs[k]);
    }
  printf ("sample event (%u articles), medians of %u runs\n", docs->len, n_runs);
  printf ("  processor time: quotes %.2f ms (%.2f ms per article) of a whole comparison's "
          "%.2f ms (all threads): %.0f %%\n", median[0], median[0] / MAX (docs->len, 1),
          median[1], median[1] > 0 ? 100 * median[0] / median[1] : 0);
  printf ("  wall time: quotes alone %.2f ms; the whole comparison %.2f ms, which finds them "
          "on a thread beside the alignment\n", median[2], median[3]);
}

int
main (int argc, char **argv)
{
  Score sets[G_N_ELEMENTS (labelled_sets)] = { { 0 } }, pn = { 0 };
  g_autofree char *labels = g_build_filename (PARALLAX_SOURCE_ROOT, "tests", "data", "quotes",
                                              "labels.json", NULL);
  g_autofree char *samples = g_build_filename (PARALLAX_SOURCE_ROOT, "data", "samples", NULL);
  int first = 1;

  if (argc > 1 && g_str_equal (argv[1], "--list"))
    list = TRUE, first = 2;

  own_set (labels, sets);
  for (guint k = 0; k < G_N_ELEMENTS (labelled_sets); k++)
    if (k < 2 || sets[k].quotes > 0)
      print_score (labelled_sets[k].title, &sets[k]);
  if (first < argc && g_file_test (argv[first], G_FILE_TEST_IS_DIR))
    {
      polnear (argv[first], &pn);
      print_score ("PolNeAR split (each article alone)", &pn);
    }
  else if (first < argc)
    unlabelled (argv + first, argc - first);
  cost (samples);
  return 0;
}
