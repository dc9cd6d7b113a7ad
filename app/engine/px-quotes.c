/* px-quotes.c: quotations, who said them, and which outlets carry them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three passes.  Marks: each paragraph is scanned for quotation marks
 * with a stack, so that nested quotes, quotes left open at a paragraph's
 * end and quotes reopened by the next paragraph (the English convention)
 * come out right; a single mark between letters is an apostrophe.
 * Speakers: the words around each quote are matched against the patterns
 * reporters use ("X said", "said X", "X told", "according to X", "...,
 * he said"); pronouns and "the secretary" are resolved to the person last
 * named, surnames to the full name found in the document or the group.
 * Groups: quotes are compared word by word (a longest common subsequence
 * over word ids) and joined only when they share long runs of words.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "px-quotes.h"
#include "px-tokenizer.h"

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

static const char * const speech_verbs[] = {
  "said", "says", "say", "told", "tells", "tell", "added", "adds", "asked", "asks",
  "replied", "replies", "responded", "responds", "answered", "answers", "explained",
  "explains", "stressed", "stresses", "noted", "notes", "insisted", "insists", "declared",
  "declares", "wrote", "writes", "continued", "argued", "argues", "warned", "warns",
  "recalled", "acknowledged", "admitted", "conceded", "countered", "claimed", "claims",
  "announced", "remarked", "observed", "suggested", "tweeted", "confirmed", "promised",
  "vowed", "urged", "described", "called", "calls", "insisting", "saying", "adding",
  "telling", "arguing", "noting", "warning", "explaining", "stressing", "describing",
  "calling", "asking", "replying", "responding", "declaring", "writing", "shouted",
  "whispered", "testified", "pleaded", "joked", "quipped", "boasted", "complained",
  "objected", "protested", "repeated", "reiterated", "cautioned", "predicted", "concluded",
  NULL
};

static const char * const participles[] = {
  "saying", "adding", "telling", "arguing", "noting", "warning", "insisting", "explaining",
  "stressing", "describing", "calling", "asking", "replying", "responding", "declaring",
  "writing", NULL
};

/* Titles and roles, dropped from names: "Secretary of State John Kerry"
 * is John Kerry.  Compared in lower case without a final dot. */
static const char * const title_words[] = {
  "secretary", "state", "president", "vice", "prime", "minister", "foreign", "gen",
  "general", "adm", "admiral", "rear", "gov", "governor", "sen", "senator", "rep",
  "representative", "mr", "mrs", "ms", "dr", "spokesman", "spokeswoman", "spokesperson",
  "deputy", "chairman", "chairwoman", "chair", "ambassador", "former", "lt", "col",
  "colonel", "capt", "captain", "sgt", "sergeant", "maj", "major", "king", "queen",
  "prince", "princess", "pope", "judge", "justice", "chief", "director", "mayor",
  "leader", "supreme", "ayatollah", "sheikh", "rev", "commissioner", "chancellor",
  "premier", "envoy", "official", "officials", "attorney", "senior", "correspondent",
  "reporter", "analyst", "expert", "professor", "prof", "lord", "sir", "dame", "minister",
  "lawmaker", "congressman", "congresswoman", "councilman", "councilwoman", "sheriff",
  "commander", "officer", "adviser", "advisor", "aide", "head", "executive", "ceo",
  "manager", "candidate", "nominee", "gov.", "secretary-general", "emir", "cardinal",
  "bishop", "father", "rabbi", "imam", "dean", "coach", "defense", "interior",
  "administration", "councillor", "councilor", "engineer", "economist", "lawyer",
  "activist", "founder", "physician", "scientist", "researcher", "historian", NULL
};

/* Capitalised words that begin sentences or name things, never people. */
static const char * const stop_words[] = {
  "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "for", "to", "from", "with",
  "by", "as", "if", "when", "then", "while", "after", "before", "since", "despite", "even",
  "also", "this", "that", "these", "those", "his", "her", "their", "our", "its", "it", "he",
  "she", "they", "we", "i", "you", "my", "your", "whether", "here", "there", "what", "why",
  "how", "who", "whom", "which", "where", "between", "some", "many", "most", "more", "asked",
  "according", "look", "let", "no", "yes", "not", "nothing", "all", "any", "every", "both",
  "each", "one", "two", "three", "four", "five", "ten", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
  "may", "june", "july", "august", "september", "october", "november", "december",
  "so", "yet", "however", "meanwhile", "still", "now", "today", "tonight", "instead",
  "updated", "follow", "read", "watch", "related", "copyright", "photo", "can", "could",
  "will", "would", "should", "must", "do", "does", "did", "is", "are", "was", "were", "has",
  "have", "had", NULL
};

/* Words that make a capitalised run an organisation or a place. */
static const char * const org_words[] = {
  "department", "news", "committee", "council", "journal", "street", "gulf", "guard",
  "arabia", "hill", "house", "network", "ministry", "agency", "forces", "army", "navy",
  "union", "nations", "post", "times", "party", "university", "court", "senate",
  "congress", "company", "inc", "group", "province", "city", "kingdom", "republic",
  "office", "embassy", "coalition", "television", "tv", "chiefs", "staff", "pentagon",
  "airport", "press", "radio", "bank", "fund", "foundation", "institute", "center",
  "centre", "association", "organization", "organisation", "corporation", "services",
  "service", "police", "assembly", "parliament", "cabinet", "commission", "board",
  "tribune", "herald", "gazette", "daily", "magazine", "review", "club", "church",
  "school", "hospital", "square", "avenue", "road", "river", "island", "islands",
  "mountains", "valley", "county", "region", "states", "united", "emirates", NULL
};

static const char * const particles[] = {
  "al", "bin", "ibn", "de", "del", "della", "di", "da", "du", "van", "von", "der", "den",
  "le", "la", "el", "bint", "abu", "ben", "mac", "st", NULL
};

static const char * const abbreviations[] = {
  "gen", "adm", "gov", "sen", "rep", "mr", "mrs", "ms", "dr", "lt", "col", "capt", "sgt",
  "maj", "st", "jr", "sr", "prof", "rev", "no", "vs", "etc", "inc", "co", "corp", "ltd",
  "mt", "ft", NULL
};

static const char * const adverbs[] = {
  "then", "also", "later", "again", "once", "previously", "repeatedly", "further",
  "simply", "still", "only", "just", "had", "has", "have", "would", "will", "did", "does",
  "do", "could", "might", "may", "should", "can", "reportedly", "separately", "quickly",
  "publicly", "privately", "flatly", "firmly", "bluntly", "recently", "earlier", NULL
};

static const char * const determiners[] = {
  "a", "an", "one", "another", "some", "several", "two", "three", "many", "most", "the", NULL
};

/* Words that carry no content: two quotes that share only these and a
 * stock phrase ("we are open to") are different quotes. */
static const char * const function_words[] = {
  "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with",
  "by", "from", "about", "as", "into", "over", "is", "are", "was", "were", "be", "been",
  "being", "am", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could",
  "should", "may", "might", "must", "shall", "we", "i", "you", "he", "she", "it", "they",
  "me", "him", "her", "us", "them", "my", "your", "his", "its", "our", "their", "this",
  "that", "these", "those", "there", "here", "what", "which", "who", "whom", "not", "no",
  "so", "than", "then", "any", "all", "some", "just", "very", "going", "we're", "it's",
  "that's", "there's", "let's", "don't", "i'm", "we've", "i've", "you're", "they're",
  "won't", "can't", "isn't", "aren't", "wasn't", "also", "too", "now", NULL
};

/* The lists a word is in, as bits. */
typedef enum {
  WC_SPEECH_VERB  = 1 << 0,
  WC_PARTICIPLE   = 1 << 1,
  WC_TITLE        = 1 << 2,
  WC_STOP         = 1 << 3,
  WC_ORG          = 1 << 4,
  WC_PARTICLE     = 1 << 5,
  WC_ABBREVIATION = 1 << 6,
  WC_ADVERB       = 1 << 7,
  WC_DETERMINER   = 1 << 8,
  WC_FUNCTION     = 1 << 9,
} WordClass;

static guint
word_classes (const char *word)
{
  static const struct {
    const char * const *list;
    WordClass bit;
  } lists[] = {
    { speech_verbs, WC_SPEECH_VERB },
    { participles, WC_PARTICIPLE },
    { title_words, WC_TITLE },
    { stop_words, WC_STOP },
    { org_words, WC_ORG },
    { particles, WC_PARTICLE },
    { abbreviations, WC_ABBREVIATION },
    { adverbs, WC_ADVERB },
    { determiners, WC_DETERMINER },
    { function_words, WC_FUNCTION },
  };
  static GHashTable *classes;   /* word -> its WordClass bits */

  if (word == NULL)   /* punctuation items have no word */
    return 0;

  /* Asked about every word of every article: one table for all the lists,
   * built once, read without a lock. */
  if (g_once_init_enter (&classes))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint i = 0; lists[l].list[i]; i++)
          {
            guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (table, lists[l].list[i]));

            g_hash_table_insert (table, (gpointer) lists[l].list[i],
                                 GUINT_TO_POINTER (bits | lists[l].bit));
          }
      g_once_init_leave (&classes, table);
    }
  return GPOINTER_TO_UINT (g_hash_table_lookup (classes, word));
}

static gboolean
in_list (WordClass list, const char *word)
{
  return (word_classes (word) & list) != 0;
}

/* ------------------------------------------------------------------ */
/* Quotation marks                                                     */
/* ------------------------------------------------------------------ */

typedef enum {
  FAM_DOUBLE,
  FAM_SINGLE,
  FAM_GUILLEMET,
  FAM_CORNER,
  FAM_WHITE_CORNER,
} Family;

typedef struct {
  guint32 start;
  guint32 end;
} Span;

/* One quote as found, before it becomes a PxQuote. */
typedef enum {
  SPK_NONE,     /* nothing said: may take the previous quote's speaker */
  SPK_UNKNOWN,  /* the text says someone else asked it: stays unknown */
  SPK_NAME,
  SPK_PRONOUN,
  SPK_ROLE,
  SPK_INHERIT,
} SpeakerKind;

typedef struct {
  guint32 mark_start;   /* the opening mark */
  guint32 mark_end;     /* past the closing mark, or the paragraph's end */
  GArray *segments;     /* of Span: the quoted words, one per paragraph */
  guint paragraph;
  guint last_paragraph;
  guint depth;
  PxQuoteFlags flags;
  SpeakerKind kind;
  char *np;             /* name, pronoun or role word */
  guint32 np_pos;
  char *speaker;
} Found;

static void
found_free (Found *f)
{
  if (f->segments)
    g_array_unref (f->segments);
  g_free (f->np);
  g_free (f->speaker);
  g_free (f);
}

typedef struct {
  Family family;
  gunichar opener;
  guint32 mark;
  guint32 content;
  Found *found;         /* set when carried over from an earlier paragraph */
} Open;

static gboolean
is_open_context (gunichar c)
{
  return c == 0 || g_unichar_isspace (c) || c == '(' || c == '[' || c == '{' ||
         c == 0x2014 || c == 0x2013 || c == '-' || c == '/' || c == 0x201C ||
         c == 0x2018 || c == 0x00AB || c == 0x201E || c == '"' || c == '\'' ||
         c == 0x300C || c == 0x300E || c == 0x2022 || c == 0x00A0;
}

static gboolean
is_close_context (gunichar c)
{
  return c == 0 || g_unichar_isspace (c) || g_unichar_ispunct (c);
}

static gunichar
char_before (const char *text, guint32 lo, guint32 pos)
{
  if (pos <= lo)
    return 0;
  return g_utf8_get_char (g_utf8_find_prev_char (text + lo, text + pos));
}

static gunichar
char_at (const char *text, guint32 pos, guint32 hi)
{
  return pos < hi ? g_utf8_get_char (text + pos) : 0;
}

static gboolean
is_alnum (gunichar c)
{
  return c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c));
}

/* ’90s, ‘90s, '90s: an elided century, not a quote. */
static gboolean
is_decade (const char *text, guint32 pos, guint32 hi)
{
  const char *p = g_utf8_next_char (text + pos);

  return p + 2 <= text + hi && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) &&
         (p + 2 == text + hi || !g_ascii_isdigit (p[2]));
}

typedef struct {
  const char *text;
  gsize len;
  PxDocument *doc;
  GPtrArray *found;     /* of Found, owned */
  GArray *stack;        /* of Open */
} Scanner;

static void
trim_span (const char *text, Span *s)
{
  while (s->start < s->end && g_unichar_isspace (g_utf8_get_char (text + s->start)))
    s->start = g_utf8_next_char (text + s->start) - text;
  /* English puts the comma that ends a quoted clause inside the marks:
   * it belongs to the sentence around the quote, not to the speaker. */
  for (;;)
    {
      gunichar c;
      const char *prev;

      if (s->end <= s->start)
        break;
      prev = g_utf8_find_prev_char (text + s->start, text + s->end);
      if (prev == NULL)
        break;
      c = g_utf8_get_char (prev);
      if (g_unichar_isspace (c) || c == ',' || c == 0x00A0)
        s->end = prev - text;
      else
        break;
    }
}

static gboolean
span_has_words (const char *text, const Span *s)
{
  return s->end > s->start && px_count_words (text + s->start, s->end - s->start) > 0;
}

static void
finish (Scanner *sc, Open *o, guint32 close_at, guint32 mark_end, guint paragraph,
        PxQuoteFlags extra)
{
  Found *f = o->found;
  Span s = { o->content, close_at };

  if (f == NULL)
    {
      f = g_new0 (Found, 1);
      f->segments = g_array_new (FALSE, FALSE, sizeof (Span));
      f->mark_start = o->mark;
      f->paragraph = paragraph;
      if (o->family == FAM_SINGLE)
        f->flags |= PX_QUOTE_SINGLE;
    }
  o->found = NULL;
  trim_span (sc->text, &s);
  if (span_has_words (sc->text, &s))
    g_array_append_val (f->segments, s);
  f->mark_end = mark_end;
  f->last_paragraph = paragraph;
  f->flags |= extra;
  if (f->segments->len == 0)
    {
      found_free (f);
      return;
    }
  f->depth = sc->stack->len;  /* entries still below it */
  if (f->depth > 0)
    f->flags |= PX_QUOTE_NESTED;
  g_ptr_array_add (sc->found, f);
}

/* Closes the innermost open quote of @family (any family when @family
 * is -1): the ones opened inside it and never closed are dropped. */
static gboolean
close_family (Scanner *sc, int family, guint32 pos, guint32 after, guint paragraph)
{
  for (guint i = sc->stack->len; i > 0; i--)
    {
      Open o = g_array_index (sc->stack, Open, i - 1);

      if (family >= 0 && o.family != (Family) family)
        continue;
      for (guint j = sc->stack->len; j > i; j--)
        {
          Open *inner = &g_array_index (sc->stack, Open, j - 1);
          if (inner->found)
            found_free (inner->found);
        }
      g_array_set_size (sc->stack, i - 1);
      finish (sc, &o, pos, after, paragraph, 0);
      return TRUE;
    }
  return FALSE;
}

static gboolean
family_open (Scanner *sc, Family family)
{
  for (guint i = 0; i < sc->stack->len; i++)
    if (g_array_index (sc->stack, Open, i).family == family)
      return TRUE;
  return FALSE;
}

static Open *
top (Scanner *sc)
{
  return sc->stack->len ? &g_array_index (sc->stack, Open, sc->stack->len - 1) : NULL;
}

/* Prose nests quotes two or three deep.  Deeper nesting is a run of
 * stray marks; each level open would hold the rest of the paragraph
 * as a quote of its own, quadratic in time and memory. */
#define MAX_NESTING 8

static void
push (Scanner *sc, Family family, gunichar opener, guint32 mark, guint32 content)
{
  Open o = { family, opener, mark, content, NULL };

  if (sc->stack->len >= MAX_NESTING)
    return;
  g_array_append_val (sc->stack, o);
}

/* 'at stake, "she told': a straight mark spaced away from the comma or
 * stop that ends the quoted clause (text from a tokenizer) still closes. */
static gboolean
after_clause_end (const char *text, guint32 ps, guint32 pos)
{
  gunichar space = char_before (text, ps, pos);
  gunichar stop;

  if (space != ' ' || pos < ps + 2)
    return FALSE;
  stop = char_before (text, ps, pos - 1);
  return stop == ',' || stop == '.' || stop == '?' || stop == '!';
}

/* Handles the mark @c at @pos; @ps and @pe bound its paragraph. */
static void
scan_mark (Scanner *sc, gunichar c, guint32 pos, guint32 next, guint32 ps, guint32 pe,
           guint paragraph)
{
  gunichar before = char_before (sc->text, ps, pos);
  gunichar after = char_at (sc->text, next, pe);
  gboolean left = is_open_context (before) && after != 0 && !g_unichar_isspace (after);
  gboolean right = before != 0 && !g_unichar_isspace (before) && is_close_context (after);
  Open *t = top (sc);

  switch (c)
    {
    case '"':
      if ((right || after_clause_end (sc->text, ps, pos)) && family_open (sc, FAM_DOUBLE))
        close_family (sc, FAM_DOUBLE, pos, next, paragraph);
      else if (left)
        push (sc, FAM_DOUBLE, c, pos, next);
      else if (right && t)  /* 'Why…?" : a mismatched pair still closes */
        close_family (sc, -1, pos, next, paragraph);
      break;
    case 0x201C:  /* “ opens, or closes „ */
      if (t && t->family == FAM_DOUBLE && t->opener == 0x201E)
        close_family (sc, FAM_DOUBLE, pos, next, paragraph);
      else if (left || !right)
        push (sc, FAM_DOUBLE, c, pos, next);
      else if (family_open (sc, FAM_DOUBLE))
        close_family (sc, FAM_DOUBLE, pos, next, paragraph);
      break;
    case 0x201D:  /* ” */
      if (family_open (sc, FAM_DOUBLE))
        close_family (sc, FAM_DOUBLE, pos, next, paragraph);
      else if (left)
        push (sc, FAM_DOUBLE, c, pos, next);
      else if (right && t)
        close_family (sc, -1, pos, next, paragraph);
      break;
    case 0x201E:  /* „ */
      push (sc, FAM_DOUBLE, c, pos, next);
      break;
    case 0x2018:  /* ‘ */
      if (is_decade (sc->text, pos, pe))
        break;
      if (t && t->family == FAM_SINGLE && t->opener == 0x201A)
        close_family (sc, FAM_SINGLE, pos, next, paragraph);
      else
        push (sc, FAM_SINGLE, c, pos, next);
      break;
    case 0x201A:  /* ‚ */
      push (sc, FAM_SINGLE, c, pos, next);
      break;
    case 0x2019:  /* ’ */
    case '\'':
      if (is_alnum (before) && is_alnum (after))
        break;                                  /* don’t, Kerry’s */
      if ((before == 0 || g_unichar_isspace (before)) && is_decade (sc->text, pos, pe))
        break;                                  /* ’90s */
      if (right && family_open (sc, FAM_SINGLE))
        close_family (sc, FAM_SINGLE, pos, next, paragraph);
      else if (left && is_alnum (after))
        push (sc, FAM_SINGLE, c, pos, next);
      /* otherwise an apostrophe: the Iranians’ plans, ISIS’ advance */
      break;
    case 0x00AB:  /* « */
      if (t && t->family == FAM_GUILLEMET && t->opener == 0x00BB)
        close_family (sc, FAM_GUILLEMET, pos, next, paragraph);
      else
        push (sc, FAM_GUILLEMET, c, pos, next);
      break;
    case 0x00BB:  /* » */
      if (family_open (sc, FAM_GUILLEMET))
        close_family (sc, FAM_GUILLEMET, pos, next, paragraph);
      else if (left)
        push (sc, FAM_GUILLEMET, c, pos, next);   /* »German style« */
      break;
    case 0x300C:
      push (sc, FAM_CORNER, c, pos, next);
      break;
    case 0x300D:
      close_family (sc, FAM_CORNER, pos, next, paragraph);
      break;
    case 0x300E:
      push (sc, FAM_WHITE_CORNER, c, pos, next);
      break;
    case 0x300F:
      close_family (sc, FAM_WHITE_CORNER, pos, next, paragraph);
      break;
    default:
      break;
    }
}

static gboolean
is_quote_char (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x201E: case 0x2018:
    case 0x2019: case 0x201A: case 0x00AB: case 0x00BB: case 0x300C: case 0x300D:
    case 0x300E: case 0x300F:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The byte past an opening mark of @family that begins paragraph @p
 * (after white space and a bullet), or 0 when it does not begin so. */
static guint32
reopening_mark (Scanner *sc, Family family, guint p)
{
  const PxParagraph *para;
  const char *s, *e;
  gunichar c;

  if (p >= px_document_get_n_paragraphs (sc->doc))
    return 0;
  para = px_document_get_paragraph (sc->doc, p);
  s = sc->text + para->start;
  e = sc->text + para->end;
  while (s < e && g_unichar_isspace (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  if (s >= e)
    return 0;
  c = g_utf8_get_char (s);
  if ((family == FAM_DOUBLE && (c == '"' || c == 0x201C || c == 0x201E || c == 0x201D)) ||
      (family == FAM_GUILLEMET && (c == 0x00AB || c == 0x00BB)) ||
      (family == FAM_CORNER && c == 0x300C) ||
      (family == FAM_WHITE_CORNER && c == 0x300E))
    return g_utf8_next_char (s) - sc->text;
  return 0;
}

static void
scan_document (Scanner *sc)
{
  guint n = px_document_get_n_paragraphs (sc->doc);
  Open carried = { 0 };
  gboolean has_carried = FALSE;

  for (guint p = 0; p < n; p++)
    {
      const PxParagraph *para = px_document_get_paragraph (sc->doc, p);
      guint32 pos = para->start;

      if (has_carried)
        {
          /* The reopening mark continues the quote of the last paragraph. */
          pos = reopening_mark (sc, carried.family, p);
          carried.content = pos;
          g_array_append_val (sc->stack, carried);
          has_carried = FALSE;
        }
      while (pos < para->end)
        {
          guchar b = sc->text[pos];
          gunichar c;
          guint32 next;

          /* Most characters are ASCII and no quote mark. */
          if (b < 0x80 && b != '"' && b != '\'')
            {
              pos++;
              continue;
            }
          c = g_utf8_get_char (sc->text + pos);
          next = g_utf8_next_char (sc->text + pos) - sc->text;
          if (is_quote_char (c))
            scan_mark (sc, c, pos, next, para->start, para->end, p);
          pos = next;
        }

      /* Quotes still open at the paragraph's end.  Single marks that
       * never closed were apostrophes after all; the outermost double
       * quote goes on if the next paragraph reopens it. */
      for (guint i = sc->stack->len; i > 0; i--)
        {
          Open o = g_array_index (sc->stack, Open, i - 1);

          g_array_set_size (sc->stack, i - 1);
          if (o.family == FAM_SINGLE || i > 1)
            {
              if (o.found)
                found_free (o.found);
              continue;
            }
          if (reopening_mark (sc, o.family, p + 1))
            {
              Found *f = o.found;
              Span s = { o.content, para->end };

              if (f == NULL)
                {
                  f = g_new0 (Found, 1);
                  f->segments = g_array_new (FALSE, FALSE, sizeof (Span));
                  f->mark_start = o.mark;
                  f->paragraph = p;
                }
              trim_span (sc->text, &s);
              if (span_has_words (sc->text, &s))
                g_array_append_val (f->segments, s);
              f->flags |= PX_QUOTE_MULTI;
              o.found = f;
              carried = o;
              has_carried = TRUE;
            }
          else
            finish (sc, &o, para->end, para->end, p, PX_QUOTE_OPEN);
        }
    }
  if (has_carried)
    finish (sc, &carried, carried.content, carried.content, n - 1, PX_QUOTE_OPEN);
}

static int
found_cmp (gconstpointer a, gconstpointer b)
{
  const Found *fa = *(Found **) a, *fb = *(Found **) b;

  if (fa->mark_start != fb->mark_start)
    return fa->mark_start < fb->mark_start ? -1 : 1;
  return fa->mark_end > fb->mark_end ? -1 : fa->mark_end < fb->mark_end;
}

/* ------------------------------------------------------------------ */
/* Words around quotes                                                 */
/* ------------------------------------------------------------------ */

typedef enum {
  IT_WORD,
  IT_COMMA,
  IT_COLON,
  IT_HYPHEN,
  IT_END,      /* a sentence's end */
  IT_OTHER,
} ItemKind;

typedef struct {
  ItemKind kind;
  guint32 start;
  guint32 end;
  char *lower;       /* casefolded, apostrophes straightened, possessive dropped */
  gboolean cap;
  gboolean acronym;    /* NBC, ISIS: all capitals */
  gboolean possessive;
  guint classes;     /* WordClass bits of lower */
  gboolean filled;   /* lower, possessive and classes worked out */
} Item;

typedef struct {
  guint32 pos;
  char *name;       /* as written, titles dropped (in the scan's chunk) */
  char *titles;     /* " secretary state " (in the scan's chunk) */
  guint n_words;
  gboolean titled;
  gboolean org;
} Mention;


typedef struct {
  PxDocument *doc;
  const char *text;
  gsize len;
  GPtrArray *found;     /* of Found, sorted */
  guint8 *quoted;       /* a byte a character: inside a quote's marks */
  GArray *mentions;     /* of Mention, in text order */
  GStringChunk *words;  /* the items' lower-case words, freed with the scan */
  GArray *tokens;       /* scratch of items_of() */
  GString *scratch;
} DocScan;

static char *
normalize_word (const char *s, gsize len)
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

/* normalize_word() into @chunk: items are made for every word of every
 * article, and most are ASCII, lower-cased in place there. */
static char *
normalize_word_in (GStringChunk *chunk, const char *s, gsize len)
{
  g_autofree char *normal = NULL;
  gsize i;

  for (i = 0; i < len && (guchar) s[i] < 0x80; i++)
    ;
  if (i == len)
    {
      char *ascii = g_string_chunk_insert_len (chunk, s, len);

      for (i = 0; i < len; i++)
        ascii[i] = g_ascii_tolower (ascii[i]);
      return ascii;
    }
  normal = normalize_word (s, len);
  return g_string_chunk_insert (chunk, normal);
}

static gboolean
is_abbreviation (const char *lower)
{
  return g_utf8_strlen (lower, -1) == 1 || strchr (lower, '.') != NULL ||
         in_list (WC_ABBREVIATION, lower);
}

/* Works out a word's lower-case form and what lists it is in. */
static void
item_fill (DocScan *ds, Item *it)
{
  gsize n;

  if (it->kind != IT_WORD || it->filled)
    return;
  it->filled = TRUE;
  it->lower = normalize_word_in (ds->words, ds->text + it->start, it->end - it->start);
  n = strlen (it->lower);
  if (n > 2 && it->lower[n - 2] == '\'' && it->lower[n - 1] == 's')
    {
      it->lower[n - 2] = '\0';
      it->possessive = TRUE;
    }
  it->classes = word_classes (it->lower);
}

/* The items of @tokens: words, and the punctuation that matters for
 * attribution.  Text inside quotes is left out.  With @lazy, only the
 * capitalised words are filled in (item_fill()), the others when asked:
 * looking for names reads few of them. */
static GArray *
items_from_tokens (DocScan *ds, const PxToken *tokens, guint n_tokens, gboolean lazy)
{
  /* At most one item a token: no growing on the way. */
  GArray *items = g_array_sized_new (FALSE, TRUE, sizeof (Item), n_tokens);

  for (guint i = 0; i < n_tokens; i++)
    {
      const PxToken *t = &tokens[i];
      const char *s = ds->text + t->start;
      Item it = { IT_OTHER, t->start, t->start + t->len, NULL, FALSE, FALSE, FALSE };

      if (ds->quoted[t->start])
        continue;
      if (t->kind == PX_TOKEN_SPACE)
        {
          if (memchr (s, '\n', t->len) && items->len)
            {
              Item end = { IT_END, t->start, t->start, NULL, FALSE, FALSE, FALSE };
              g_array_append_val (items, end);
            }
          continue;
        }
      if (t->kind == PX_TOKEN_WORD)
        {
          gsize n = t->len;

          it.kind = IT_WORD;
          /* ASCII has no title-case letters: its case is a byte test. */
          if ((guchar) s[0] < 0x80)
            it.cap = g_ascii_isupper (s[0]);
          else
            it.cap = g_unichar_isupper (g_utf8_get_char (s)) ||
                     g_unichar_istitle (g_utf8_get_char (s));
          if (it.cap && n >= 2 && (guchar) s[0] < 0x80 && (guchar) s[1] < 0x80)
            it.acronym = !g_ascii_islower (s[1]);
          else
            it.acronym = it.cap && n >= 2 && !g_unichar_islower (g_utf8_get_char (g_utf8_next_char (s)));
          if (!lazy || it.cap)
            item_fill (ds, &it);
        }
      else if (*s == ',' || *s == ';')
        it.kind = IT_COMMA;
      else if (*s == ':')
        it.kind = IT_COLON;
      else if (*s == '-' && t->len == 1)
        it.kind = IT_HYPHEN;
      else if (*s == '.' || *s == '!' || *s == '?')
        {
          Item *prev = items->len ? &g_array_index (items, Item, items->len - 1) : NULL;

          /* "Adm. John Kirby", "U.S. officials": no sentence ends there. */
          if (*s == '.' && prev && prev->kind == IT_WORD && prev->end == t->start &&
              (item_fill (ds, prev), is_abbreviation (prev->lower)))
            continue;
          it.kind = IT_END;
        }
      g_array_append_val (items, it);
    }
  return items;
}

/* The items of text[lo, hi). */
static GArray *
items_of (DocScan *ds, guint32 lo, guint32 hi)
{
  GArray *tokens = ds->tokens;

  if (hi <= lo)
    return g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_size (tokens, 0);
  px_tokenize (ds->text + lo, hi - lo, lo, tokens);
  return items_from_tokens (ds, (const PxToken *) (gpointer) tokens->data, tokens->len, FALSE);
}

static gboolean
is_title (const Item *it)
{
  return it->kind == IT_WORD && (it->classes & WC_TITLE);
}

static gboolean
is_particle (const Item *it)
{
  return it->kind == IT_WORD && !it->cap && (it->classes & WC_PARTICLE);
}

static gboolean
is_name_word (const Item *it)
{
  return it->kind == IT_WORD && it->cap && !is_title (it) &&
         !(it->classes & WC_STOP) && !g_ascii_isdigit (it->lower[0]);
}

static gboolean
is_verb (const Item *it)
{
  return it->kind == IT_WORD && !it->cap && (it->classes & WC_SPEECH_VERB);
}

static gboolean
is_pronoun (const Item *it)
{
  return it->kind == IT_WORD &&
         (g_str_equal (it->lower, "he") || g_str_equal (it->lower, "she") ||
          g_str_equal (it->lower, "him") || g_str_equal (it->lower, "her"));
}

/* The text of [start, end) with runs of white space as one space, into
 * @out. */
static void
append_span_text (DocScan *ds, guint32 start, guint32 end, GString *out)
{
  const char *p = ds->text + start, *stop = ds->text + end;
  gsize first = out->len;
  gboolean space = FALSE;

  for (; p < stop && *p; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space && out->len > first)
            g_string_append_c (out, ' ');
          space = FALSE;
          if (c < 0x80)
            g_string_append_c (out, (char) c);
          else
            g_string_append_unichar (out, c);
        }
    }
}

static char *
span_text (DocScan *ds, guint32 start, guint32 end)
{
  GString *out = g_string_new (NULL);

  append_span_text (ds, start, end, out);
  return g_string_free (out, FALSE);
}

/* A name run: capitalised words, joined by hyphens and particles
 * ("Bashar al-Assad").  Returns the index past the run. */
static guint
name_run (DocScan *ds, GArray *items, guint i, guint hi, guint *n_words, gboolean *org)
{
  guint last = i, words = 0;
  gboolean joined = FALSE;

  *org = FALSE;
  while (i < hi)
    {
      Item *it = &g_array_index (items, Item, i);

      if (is_name_word (it))
        {
          /* "Al-Akhbar" is one word; "U.S", "NBC" are not people. */
          if (!joined)
            words++;
          joined = FALSE;
          if ((it->classes & WC_ORG) || strchr (it->lower, '.') || it->acronym)
            *org = TRUE;
          last = i + 1;
          if (it->possessive)
            break;
          i++;
        }
      else if (words > 0 && i + 1 < hi &&
               (it->kind == IT_HYPHEN || (item_fill (ds, it), is_particle (it))))
        {
          joined = it->kind == IT_HYPHEN;
          i++;
        }
      else
        break;
    }
  *n_words = words;
  return last;
}

static void
add_mention (DocScan *ds, GArray *items, guint s, guint e, guint n_words, gboolean org)
{
  const Item *first = &g_array_index (items, Item, s);
  const Item *last = &g_array_index (items, Item, e - 1);
  GString *titles = ds->scratch;
  Mention m = { first->start, NULL, NULL, n_words, FALSE, org };
  guint32 end = last->end;

  /* Titles right before the name: "Pentagon spokesman Rear Adm." */
  g_string_assign (titles, " ");
  for (guint k = s; k > 0; k--)
    {
      Item *t = &g_array_index (items, Item, k - 1);

      item_fill (ds, t);
      if (is_title (t))
        {
          g_string_append (titles, t->lower);
          g_string_append_c (titles, ' ');
          m.titled = TRUE;
        }
      else if (!(t->kind == IT_WORD && (g_str_equal (t->lower, "of") || t->cap)))
        break;
    }
  if (last->possessive)
    {
      /* Kerry’s: the name without the possessive ending. */
      const char *p = ds->text + end;
      for (int back = 0; back < 2 && p > ds->text + first->start; back++)
        p = g_utf8_find_prev_char (ds->text, p);
      end = p - ds->text;
    }
  /* Both kept in the scan's chunk: a document has thousands of names. */
  m.titles = g_string_chunk_insert_len (ds->words, titles->str, titles->len);
  g_string_truncate (ds->scratch, 0);
  append_span_text (ds, first->start, end, ds->scratch);
  m.name = g_string_chunk_insert_len (ds->words, ds->scratch->str, ds->scratch->len);
  g_array_append_val (ds->mentions, m);
}

/* Every name outside quotes, in order: who "he" and "the secretary" can be. */
static void
collect_mentions (DocScan *ds)
{
  guint n = px_document_get_n_paragraphs (ds->doc);

  for (guint p = 0; p < n; p++)
    {
      guint n_tokens;
      /* The paragraph's tokens, as the comparison has them already. */
      const PxToken *tokens = px_document_get_paragraph_tokens (ds->doc, p, &n_tokens);
      g_autoptr(GArray) items = items_from_tokens (ds, tokens, n_tokens, TRUE);

      for (guint i = 0; i < items->len;)
        {
          guint n_words;
          gboolean org;
          guint e = name_run (ds, items, i, items->len, &n_words, &org);

          if (n_words == 0)
            {
              i++;
              continue;
            }
          add_mention (ds, items, i, e, n_words, org);
          i = e;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Speakers                                                            */
/* ------------------------------------------------------------------ */

static gboolean
is_adverb (const Item *it)
{
  return it->kind == IT_WORD && !it->cap &&
         ((it->classes & WC_ADVERB) || g_str_has_suffix (it->lower, "ly"));
}

static gboolean
is_np_word (const Item *it)
{
  return it->kind == IT_HYPHEN ||
         (it->kind == IT_WORD && (it->cap || is_title (it) || is_particle (it) ||
                                  g_str_equal (it->lower, "of")));
}

/* Turns the noun phrase items[s, e) into a speaker. */
static void
set_speaker_np (Found *f, DocScan *ds, GArray *items, guint s, guint e)
{
  int last_title = -1;
  guint best_s = 0, best_e = 0, best_words = 0;
  const Item *first;

  while (s < e && g_array_index (items, Item, e - 1).kind != IT_WORD)
    e--;
  if (s >= e)
    return;
  first = &g_array_index (items, Item, s);
  if (e - s == 1 && is_pronoun (first))
    {
      f->kind = SPK_PRONOUN;
      f->np_pos = first->start;
      return;
    }
  for (guint i = s; i < e; i++)
    if (is_title (&g_array_index (items, Item, i)))
      last_title = i;

  /* The name after the last title; the last full name if several. */
  for (guint i = last_title >= 0 ? (guint) last_title + 1 : s; i < e;)
    {
      guint n_words;
      gboolean org;
      guint end = name_run (ds, items, i, e, &n_words, &org);
      const Item *last;

      if (n_words == 0)
        {
          i++;
          continue;
        }
      last = &g_array_index (items, Item, end - 1);
      if (!(last->possessive && end < e) && (best_words < 2 || n_words >= 2))
        {
          best_s = i;
          best_e = end;
          best_words = n_words;
        }
      i = end;
    }
  if (best_words > 0)
    {
      const Item *a = &g_array_index (items, Item, best_s);
      const Item *b = &g_array_index (items, Item, best_e - 1);
      guint32 end = b->end;

      f->kind = SPK_NAME;
      f->np = span_text (ds, a->start, end);
      if (b->possessive)
        {
          char *q = g_utf8_strrchr (f->np, -1, 0x2019);
          if (q == NULL)
            q = strrchr (f->np, '\'');
          if (q)
            *q = '\0';
        }
      f->np_pos = a->start;
      return;
    }
  if (last_title >= 0 && g_str_equal (first->lower, "the") &&
      !g_str_has_suffix (g_array_index (items, Item, last_title).lower, "s"))
    {
      /* "the secretary", "The Secretary of State": the head noun names
       * the role; the person is the last one named with it. */
      for (guint i = s; i < e; i++)
        if (is_title (&g_array_index (items, Item, i)))
          {
            f->kind = SPK_ROLE;
            f->np = g_strdup (g_array_index (items, Item, i).lower);
            f->np_pos = first->start;
            return;
          }
    }
}

static gboolean
item_is (GArray *items, guint i, const char *word)
{
  const Item *it;

  if (i >= items->len)
    return FALSE;
  it = &g_array_index (items, Item, i);
  return it->kind == IT_WORD && g_str_equal (it->lower, word);
}

/* The first noun phrase of items[0, n): the subject of the sentence. */
static void
sentence_subject (Found *f, DocScan *ds, GArray *items, guint n)
{
  guint s = 0, e;

  while (s < n && (item_is (items, s, "but") || item_is (items, s, "and") ||
                   item_is (items, s, "then") || item_is (items, s, "so") ||
                   item_is (items, s, "yet")))
    s++;
  if (s < n && is_pronoun (&g_array_index (items, Item, s)))
    {
      set_speaker_np (f, ds, items, s, s + 1);
      return;
    }
  if (s < n && item_is (items, s, "the"))
    s++;
  for (e = s; e < n && is_np_word (&g_array_index (items, Item, e)); e++)
    ;
  if (e > s)
    set_speaker_np (f, ds, items, s > 0 && item_is (items, s - 1, "the") ? s - 1 : s, e);
}

/* Words after a speech verb: "said Kerry, who…", "said Russia’s
 * ambassador to Beirut, Alexander Zasypkin". */
static void
object_np (Found *f, DocScan *ds, GArray *items, guint v, guint n)
{
  guint e = v + 1;

  while (e < n)
    {
      const Item *it = &g_array_index (items, Item, e);

      if (it->kind == IT_END || it->kind == IT_COLON)
        break;
      if (it->kind == IT_COMMA)
        {
          /* An appositive name goes on; ", who is in the region" stops. */
          if (e + 1 < n && is_name_word (&g_array_index (items, Item, e + 1)))
            {
              e++;
              continue;
            }
          break;
        }
      if (!is_np_word (it) && !is_pronoun (it) && !item_is (items, e, "the") &&
          !item_is (items, e, "to") && !it->possessive && !item_is (items, e, "its") &&
          !item_is (items, e, "his") && !item_is (items, e, "their"))
        break;
      e++;
    }
  set_speaker_np (f, ds, items, v + 1, e);
}

/* items[0, n) before the speech verb at @v: who the subject is. */
static void
subject_of (Found *f, DocScan *ds, GArray *items, guint v)
{
  guint i = v, e;

  while (i > 0 && is_adverb (&g_array_index (items, Item, i - 1)))
    i--;
  if (i > 0 && is_pronoun (&g_array_index (items, Item, i - 1)))
    {
      set_speaker_np (f, ds, items, i - 1, i);
      return;
    }
  /* "The project's engineer, Sofia Lindqvist, said": the appositive. */
  if (i > 1 && g_array_index (items, Item, i - 1).kind == IT_COMMA &&
      is_name_word (&g_array_index (items, Item, i - 2)))
    i--;
  e = i;
  while (i > 0 && is_np_word (&g_array_index (items, Item, i - 1)))
    i--;
  if (i > 0 && (item_is (items, i - 1, "the") || item_is (items, i - 1, "a") ||
                item_is (items, i - 1, "an")))
    i--;
  if (i < e)
    set_speaker_np (f, ds, items, i, e);
}

static gboolean
is_passive (GArray *items, guint v)
{
  guint i = v;

  while (i > 0 && is_adverb (&g_array_index (items, Item, i - 1)) &&
         !item_is (items, i - 1, "had") && !item_is (items, i - 1, "has"))
    i--;
  return i > 0 && (item_is (items, i - 1, "was") || item_is (items, i - 1, "were") ||
                   item_is (items, i - 1, "been") || item_is (items, i - 1, "being") ||
                   item_is (items, i - 1, "is") || item_is (items, i - 1, "are") ||
                   item_is (items, i - 1, "be") || item_is (items, i - 1, "when"));
}

/* "…," he said. / "…," said Kerry. / "…," Kerry said in the interview. */
static gboolean
attribute_after (Found *f, DocScan *ds, GArray *items)
{
  guint n = 0, i = 0;

  while (n < items->len && g_array_index (items, Item, n).kind != IT_END)
    n++;
  if (i < n && g_array_index (items, Item, i).kind == IT_COMMA)
    i++;
  if (i >= n)
    return FALSE;
  if (item_is (items, i, "according") && item_is (items, i + 1, "to"))
    {
      object_np (f, ds, items, i + 1, n);
      return f->kind != SPK_NONE;
    }
  if (is_verb (&g_array_index (items, Item, i)))
    {
      object_np (f, ds, items, i, n);
      return f->kind != SPK_NONE;
    }
  for (guint j = i; j < n && j < i + 8; j++)
    {
      const Item *it = &g_array_index (items, Item, j);

      if (is_verb (it) && j > i)
        {
          if (is_passive (items, j))
            {
              f->kind = SPK_UNKNOWN;
              return TRUE;
            }
          subject_of (f, ds, items, j);
          /* "…," a resident wrote: someone, but nobody named. */
          if (f->kind == SPK_NONE)
            f->kind = SPK_UNKNOWN;
          return TRUE;
        }
      if (it->kind != IT_WORD && it->kind != IT_HYPHEN)
        return FALSE;
      /* A common noun phrase stays short and starts with a determiner:
       * "one shop owner said", not "and said the city would…". */
      if (!is_np_word (it) && !is_pronoun (it) && !is_adverb (it) &&
          (j >= i + 4 || !(g_array_index (items, Item, i).classes & WC_DETERMINER)))
        return FALSE;
    }
  return FALSE;
}

/* Kerry said that "…" / the secretary responded: "…" / He answered, "…" */
static gboolean
attribute_before (Found *f, DocScan *ds, GArray *items)
{
  guint s = 0, n = items->len;
  int v = -1;

  /* Only the sentence the quote is in; but a quote that is a sentence
   * of its own takes the speaker of the sentence before it in the same
   * paragraph: 'The engineer said the steel would come. "If…"' */
  for (guint i = 0; i < n; i++)
    if (g_array_index (items, Item, i).kind == IT_END)
      s = i + 1;
  if (s > 0 && s == n)
    {
      guint t = 0;

      for (guint i = 0; i + 1 < s; i++)
        if (g_array_index (items, Item, i).kind == IT_END)
          t = i + 1;
      for (guint i = s - 1; i > t; i--)
        if (is_verb (&g_array_index (items, Item, i - 1)) && !is_passive (items, i - 1))
          {
            subject_of (f, ds, items, i - 1);
            return f->kind != SPK_NONE;
          }
    }
  if (s > 0)
    {
      g_array_remove_range (items, 0, s);
      n = items->len;
    }
  for (guint i = n; i > 0; i--)
    {
      if (is_verb (&g_array_index (items, Item, i - 1)) ||
          (item_is (items, i - 1, "according") && item_is (items, i, "to")))
        {
          v = i - 1;
          break;
        }
    }
  if (v < 0)
    {
      /* Headline style: "Kerry: No Room … ‘On Their Own’". */
      guint b = 0, e;
      while (b < n && g_array_index (items, Item, b).kind == IT_OTHER)
        b++;   /* a bullet */
      for (e = b; e < n && is_np_word (&g_array_index (items, Item, e)); e++)
        ;
      if (e > b && e < n && g_array_index (items, Item, e).kind == IT_COLON)
        set_speaker_np (f, ds, items, b, e);
      return f->kind != SPK_NONE;
    }
  if (item_is (items, v, "according"))
    {
      object_np (f, ds, items, v + 1, n);
      return f->kind != SPK_NONE;
    }
  if (is_passive (items, v))
    {
      f->kind = SPK_UNKNOWN;
      return TRUE;
    }
  if ((g_array_index (items, Item, v).classes & WC_PARTICIPLE))
    {
      /* "quoted him as saying": the object of "quoted" spoke. */
      if (v >= 2 && item_is (items, v - 1, "as"))
        for (int q = v - 2; q >= 0; q--)
          if (item_is (items, q, "quoted"))
            {
              set_speaker_np (f, ds, items, q + 1, v - 1);
              return f->kind != SPK_NONE;
            }
      sentence_subject (f, ds, items, v);
      return f->kind != SPK_NONE;
    }
  if (v > 0 && item_is (items, v - 1, "to"))
    {
      sentence_subject (f, ds, items, v);   /* "he went on to say that" */
      return f->kind != SPK_NONE;
    }
  subject_of (f, ds, items, v);
  if (f->kind == SPK_NONE)
    object_np (f, ds, items, v, n);
  if (f->kind == SPK_NONE)
    sentence_subject (f, ds, items, v);
  return f->kind != SPK_NONE;
}

static void
attribute (DocScan *ds)
{
  Found *prev = NULL;

  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      const PxParagraph *first, *last;
      guint32 lo, hi;

      if (f->depth > 0)
        continue;
      first = px_document_get_paragraph (ds->doc, f->paragraph);
      last = px_document_get_paragraph (ds->doc, f->last_paragraph);
      lo = first->start;
      hi = last->end;
      if (prev && prev->last_paragraph == f->paragraph)
        lo = prev->mark_end;
      for (guint r = q + 1; r < ds->found->len; r++)
        {
          Found *g = g_ptr_array_index (ds->found, r);
          if (g->depth == 0)
            {
              if (g->paragraph == f->last_paragraph)
                hi = g->mark_start;
              break;
            }
        }

      {
        g_autoptr(GArray) after = items_of (ds, f->mark_end, MAX (f->mark_end, hi));
        g_autoptr(GArray) before = items_of (ds, lo, f->mark_start);
        gboolean para_start = before->len == 0 && lo == first->start;

        if (!attribute_after (f, ds, after))
          attribute_before (f, ds, before);
        if (f->kind == SPK_NONE && prev &&
            (prev->last_paragraph == f->paragraph ||
             (para_start && prev->last_paragraph + 1 == f->paragraph)))
          f->kind = SPK_INHERIT;
      }
      prev = f;
    }
}

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

static const char *
last_word (const char *name)
{
  const char *sp = strrchr (name, ' ');

  return sp ? sp + 1 : name;
}

/* The one full name (two words or more) in @mentions whose last word is
 * @surname, or NULL when there is none or more than one. */
/* Surname -> the one full name the mentions give for it, or "" when
 * they give several: built once per resolution, so that resolving each
 * pronoun does not rescan every mention. */
static GHashTable *
surname_index (GArray *mentions)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; mentions && i < mentions->len; i++)
    {
      const Mention *m = &g_array_index (mentions, Mention, i);
      const char *surname, *known;

      if (m->n_words < 2 || m->org)
        continue;
      surname = last_word (m->name);
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

typedef struct {
  GHashTable *doc;      /* surname index of the document's mentions */
  GHashTable *group;    /* and of the group's, or NULL */
} Surnames;

/* A surname is the full name written before it in the document (the
 * reporter's first mention), else the one full name the group or the
 * document has for it. */
static const char *
full_name (DocScan *ds, Surnames *names, const char *name, guint32 pos)
{
  const char *full;

  if (strchr (name, ' '))
    return name;
  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos < pos && m->n_words >= 2 && !m->org && g_str_equal (last_word (m->name), name))
        return m->name;
    }
  full = full_name_in (names->doc, name);
  if (full == NULL)
    full = full_name_in (names->group, name);
  return full ? full : name;
}

static gboolean
is_person (Surnames *names, const Mention *m)
{
  if (m->org)
    return FALSE;
  if (m->n_words >= 2 || m->titled)
    return TRUE;
  return full_name_in (names->doc, m->name) || full_name_in (names->group, m->name);
}

static char *
resolve (DocScan *ds, Surnames *names, Found *f)
{
  switch (f->kind)
    {
    case SPK_NAME:
      return g_strdup (full_name (ds, names, f->np, f->np_pos));
    case SPK_PRONOUN:
    case SPK_ROLE:
      for (guint i = ds->mentions->len; i > 0; i--)
        {
          const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
          g_autofree char *key = NULL;

          if (m->pos >= f->np_pos || !is_person (names, m))
            continue;
          if (f->kind == SPK_ROLE)
            {
              key = g_strdup_printf (" %s ", f->np);
              if (!strstr (m->titles, key))
                continue;
            }
          return g_strdup (full_name (ds, names, m->name, m->pos));
        }
      return NULL;
    default:
      return NULL;
    }
}

static void
resolve_speakers (DocScan *ds, GHashTable *group_names)
{
  Found *prev = NULL;
  Surnames names = { surname_index (ds->mentions), group_names };

  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);

      if (f->depth > 0)
        continue;
      g_clear_pointer (&f->speaker, g_free);
      if (f->kind == SPK_INHERIT)
        f->speaker = prev ? g_strdup (prev->speaker) : NULL;
      else
        f->speaker = resolve (ds, &names, f);
      prev = f;
    }
  g_hash_table_unref (names.doc);
}

/* ------------------------------------------------------------------ */
/* Documents                                                           */
/* ------------------------------------------------------------------ */

static void
doc_scan_free (DocScan *ds)
{
  g_ptr_array_unref (ds->found);
  g_free (ds->quoted);
  g_array_unref (ds->mentions);
  g_string_chunk_free (ds->words);
  g_array_unref (ds->tokens);
  g_string_free (ds->scratch, TRUE);
  g_object_unref (ds->doc);
  g_free (ds);
}

static DocScan *
doc_scan_new (PxDocument *doc)
{
  DocScan *ds = g_new0 (DocScan, 1);
  Scanner sc = { 0 };

  ds->doc = g_object_ref (doc);
  ds->text = px_document_get_text (doc, &ds->len);
  ds->found = g_ptr_array_new_with_free_func ((GDestroyNotify) found_free);
  ds->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  ds->words = g_string_chunk_new (4096);
  ds->tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  ds->scratch = g_string_new (NULL);

  sc.text = ds->text;
  sc.len = ds->len;
  sc.doc = doc;
  sc.found = ds->found;
  sc.stack = g_array_new (FALSE, FALSE, sizeof (Open));
  scan_document (&sc);
  g_array_unref (sc.stack);
  g_ptr_array_sort (ds->found, found_cmp);

  ds->quoted = g_malloc0 (ds->len + 1);
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      memset (ds->quoted + f->mark_start, 1, f->mark_end - f->mark_start);
    }
  collect_mentions (ds);
  attribute (ds);
  return ds;
}

static PxQuote *
quote_from_found (DocScan *ds, Found *f)
{
  PxQuote *q = g_new0 (PxQuote, 1);
  GString *text = g_string_new (NULL);
  const Span *first = &g_array_index (f->segments, Span, 0);
  const Span *last = &g_array_index (f->segments, Span, f->segments->len - 1);

  for (guint i = 0; i < f->segments->len; i++)
    {
      const Span *s = &g_array_index (f->segments, Span, i);

      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append_len (text, ds->text + s->start, s->end - s->start);
    }
  q->start = first->start;
  q->end = last->end;
  q->paragraph = f->paragraph;
  q->flags = f->flags;
  q->n_words = px_count_words (text->str, text->len);
  if (q->n_words < PX_QUOTE_MIN_WORDS)
    q->flags |= PX_QUOTE_TERM;
  if (strchr (text->str, '['))
    q->flags |= PX_QUOTE_INSERTION;
  if (strstr (text->str, "...") || strstr (text->str, "\xe2\x80\xa6"))
    q->flags |= PX_QUOTE_ELLIPSIS;
  q->speaker = g_strdup (f->speaker);
  q->text = g_string_free (text, FALSE);
  return q;
}

void
px_quote_free (PxQuote *quote)
{
  if (quote == NULL)
    return;
  g_free (quote->text);
  g_free (quote->speaker);
  g_free (quote);
}

GPtrArray *
px_quotes_extract (PxDocument *doc)
{
  GPtrArray *quotes;
  DocScan *ds;

  g_return_val_if_fail (PX_IS_DOCUMENT (doc), NULL);

  ds = doc_scan_new (doc);
  resolve_speakers (ds, NULL);
  quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) px_quote_free);
  for (guint q = 0; q < ds->found->len; q++)
    g_ptr_array_add (quotes, quote_from_found (ds, g_ptr_array_index (ds->found, q)));
  doc_scan_free (ds);
  return quotes;
}

/* ------------------------------------------------------------------ */
/* Matching                                                            */
/* ------------------------------------------------------------------ */

typedef struct {
  guint document;
  PxQuote *quote;
  GArray *core;       /* guint word ids, bracketed insertions left out */
  GArray *full;       /* guint word ids, all words */
  GArray *cut_after;  /* gboolean per core word: an ellipsis follows it */
  GArray *content;    /* gboolean per core word: not a function word */
  int group;
  PxQuoteMatch match;
} Entry;

static void
entry_free (Entry *e)
{
  px_quote_free (e->quote);
  g_array_unref (e->core);
  g_array_unref (e->full);
  g_array_unref (e->cut_after);
  g_array_unref (e->content);
  g_free (e);
}

/* The id of a word's normal form, which @ids keeps (returned in @key). */
static guint
word_id (GHashTable *ids, const char *s, gsize len, const char **key)
{
  char buf[64];
  g_autofree char *normal = NULL;
  const char *w;
  gsize i;
  gpointer k, v;

  /* ASCII words are lower-cased on the stack: most are looked up, and
   * only new ones need a copy. */
  for (i = 0; i < len && i < sizeof buf - 1 && (guchar) s[i] < 0x80; i++)
    buf[i] = g_ascii_tolower (s[i]);
  if (i == len)
    {
      buf[i] = '\0';
      w = buf;
    }
  else
    w = normal = normalize_word (s, len);

  if (g_hash_table_lookup_extended (ids, w, &k, &v))
    {
      *key = k;
      return GPOINTER_TO_UINT (v);
    }
  k = normal ? g_steal_pointer (&normal) : g_strdup (buf);
  v = GUINT_TO_POINTER (g_hash_table_size (ids) + 1);
  g_hash_table_insert (ids, k, v);
  *key = k;
  return GPOINTER_TO_UINT (v);
}

static Entry *
entry_new (GHashTable *ids, guint document, PxQuote *quote)
{
  Entry *e = g_new0 (Entry, 1);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  int brackets = 0;

  e->document = document;
  e->quote = quote;
  e->group = -1;
  px_tokenize (quote->text, -1, 0, tokens);
  /* Sized for the words, at most one a token. */
  e->core = g_array_sized_new (FALSE, FALSE, sizeof (guint), tokens->len);
  e->full = g_array_sized_new (FALSE, FALSE, sizeof (guint), tokens->len);
  e->cut_after = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), tokens->len);
  e->content = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), tokens->len);
  for (guint i = 0; i < tokens->len; i++)
    {
      const PxToken *t = &g_array_index (tokens, PxToken, i);
      const char *s = quote->text + t->start;

      if (t->kind == PX_TOKEN_WORD)
        {
          const char *w;
          guint id = word_id (ids, s, t->len, &w);

          g_array_append_val (e->full, id);
          if (brackets == 0)
            {
              gboolean no = FALSE;
              gboolean content = !in_list (WC_FUNCTION, w);

              g_array_append_val (e->core, id);
              g_array_append_val (e->cut_after, no);
              g_array_append_val (e->content, content);
            }
        }
      else if (t->kind == PX_TOKEN_PUNCT)
        {
          if (*s == '[')
            brackets++;
          else if (*s == ']' && brackets > 0)
            brackets--;
          else if ((g_str_has_prefix (s, "..") || g_str_has_prefix (s, "\xe2\x80\xa6")) &&
                   e->cut_after->len > 0)
            g_array_index (e->cut_after, gboolean, e->cut_after->len - 1) = TRUE;
        }
    }
  return e;
}

/* The word pairs a longest common subsequence of @a and @b matches,
 * as blocks of consecutive pairs.  Quotes are short: a plain table. */
typedef struct {
  guint a;
  guint b;
  guint len;
} Block;

#define LCS_MAX_CELLS (16u * 1024u * 1024u)

static inline guint
weight (GArray *content, guint i)
{
  return content && g_array_index (content, gboolean, i) ? 2 : 1;
}

static GArray *
lcs_blocks (GArray *a, GArray *b, GArray *a_content)
{
  guint n = a->len, m = b->len;
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  guint16 *t;
  guint i = 0, j = 0;

  if (n == 0 || m == 0 || (gsize) (n + 1) * (m + 1) > LCS_MAX_CELLS || n > G_MAXUINT16 / 2 ||
      m > G_MAXUINT16 / 2)
    return blocks;
  /* t[i][j] = LCS of a[i..] and b[j..], so the walk goes forward.  A
   * content word weighs two, so that "for this bridge" against "for a
   * bridge like this" pairs the bridges, not the "this". */
  t = g_new0 (guint16, (gsize) (n + 1) * (m + 1));
#define T(x, y) t[(gsize) (x) * (m + 1) + (y)]
  for (guint x = n; x > 0; x--)
    for (guint y = m; y > 0; y--)
      {
        guint ai = g_array_index (a, guint, x - 1), bj = g_array_index (b, guint, y - 1);

        guint best = MAX (T (x, y - 1), T (x - 1, y));

        if (ai == bj)
          best = MAX (best, T (x, y) + weight (a_content, x - 1));
        T (x - 1, y - 1) = best;
      }
  while (i < n && j < m)
    {
      if (g_array_index (a, guint, i) == g_array_index (b, guint, j) &&
          T (i, j) == T (i + 1, j + 1) + weight (a_content, i))
        {
          Block *last = blocks->len ? &g_array_index (blocks, Block, blocks->len - 1) : NULL;

          if (last && last->a + last->len == i && last->b + last->len == j)
            last->len++;
          else
            {
              Block blk = { i, j, 1 };
              g_array_append_val (blocks, blk);
            }
          i++;
          j++;
        }
      else if (T (i + 1, j) >= T (i, j + 1))
        i++;
      else
        j++;
    }
#undef T
  g_free (t);
  return blocks;
}

/* How strongly the shorter quote @a is the longer @b: 0 when they must
 * not be joined.  Shared words are not enough: the quotes must share long
 * runs of words (all of a short quote, most of a longer one). */
static double
link_score (Entry *ea, Entry *eb)
{
  g_autoptr(GArray) blocks = NULL;
  GArray *a = ea->core, *b = eb->core;
  Entry *shorter = a->len <= b->len ? ea : eb;
  guint n = MIN (a->len, b->len), longest = 0, sum = 0;
  guint content = 0, content_matched = 0;

  if (n < 2)
    return 0;
  blocks = lcs_blocks (a, b, ea->content);
  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *blk = &g_array_index (blocks, Block, i);
      guint from = shorter == ea ? blk->a : blk->b;

      longest = MAX (longest, blk->len);
      if (blk->len >= 3)
        sum += blk->len;
      for (guint k = from; k < from + blk->len; k++)
        content_matched += g_array_index (shorter->content, gboolean, k);
    }
  if (n <= 4)
    return longest == n ? 1.0 : 0.0;
  for (guint k = 0; k < shorter->content->len; k++)
    content += g_array_index (shorter->content, gboolean, k);
  if (longest < 4 || content_matched < 0.6 * content)
    return 0;
  if (sum >= 0.6 * n)
    return (double) sum / n;
  /* A reworded quote ("We have waited thirty years for a bridge like
   * this"): most words in order, half of them in runs of two or more. */
  {
    guint lcs = 0, runs = 0;

    for (guint i = 0; i < blocks->len; i++)
      {
        const Block *blk = &g_array_index (blocks, Block, i);

        lcs += blk->len;
        if (blk->len >= 2)
          runs += blk->len;
      }
    if (lcs >= 0.6 * n && runs >= 0.5 * n)
      return 0.5 * lcs / n;
  }
  return 0;
}

static gboolean
ids_equal (GArray *a, GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (guint)) == 0;
}

static PxQuoteMatch
classify (Entry *e, Entry *ref)
{
  g_autoptr(GArray) blocks = NULL;
  guint matched = 0;

  if (e == ref || ids_equal (e->full, ref->full))
    return PX_QUOTE_MATCH_EXACT;
  if (ids_equal (e->core, ref->core) || e->core->len >= ref->core->len)
    return PX_QUOTE_MATCH_VARIANT;
  blocks = lcs_blocks (e->core, ref->core, e->content);
  for (guint i = 0; i < blocks->len; i++)
    matched += g_array_index (blocks, Block, i).len;
  if (matched != e->core->len)
    return PX_QUOTE_MATCH_VARIANT;
  /* Every word is in the reference: a fragment if the only breaks are
   * where the outlet marked a cut with an ellipsis. */
  for (guint i = 0; i + 1 < blocks->len; i++)
    {
      const Block *blk = &g_array_index (blocks, Block, i);
      const Block *next = &g_array_index (blocks, Block, i + 1);

      if (next->a == blk->a + blk->len && next->b != blk->b + blk->len &&
          !g_array_index (e->cut_after, gboolean, blk->a + blk->len - 1))
        return PX_QUOTE_MATCH_VARIANT;
    }
  return PX_QUOTE_MATCH_PARTIAL;
}

static gboolean
contains_run (GArray *hay, GArray *needle)
{
  if (needle->len == 0 || needle->len > hay->len)
    return FALSE;
  for (guint i = 0; i + needle->len <= hay->len; i++)
    if (memcmp (&g_array_index (hay, guint, i), needle->data, needle->len * sizeof (guint)) == 0)
      return TRUE;
  return FALSE;
}

static int
entry_by_length (gconstpointer a, gconstpointer b)
{
  const Entry *ea = *(Entry **) a, *eb = *(Entry **) b;

  if (ea->core->len != eb->core->len)
    return ea->core->len > eb->core->len ? -1 : 1;
  if (ea->document != eb->document)
    return ea->document < eb->document ? -1 : 1;
  return ea->quote->start < eb->quote->start ? -1 : ea->quote->start > eb->quote->start;
}

static int
entry_by_position (gconstpointer a, gconstpointer b)
{
  const Entry *ea = *(Entry **) a, *eb = *(Entry **) b;

  if (ea->document != eb->document)
    return ea->document < eb->document ? -1 : 1;
  return ea->quote->start < eb->quote->start ? -1 : ea->quote->start > eb->quote->start;
}

const char *
px_quote_match_to_string (PxQuoteMatch match)
{
  switch (match)
    {
    case PX_QUOTE_MATCH_EXACT:
      return "exact";
    case PX_QUOTE_MATCH_VARIANT:
      return "variant";
    case PX_QUOTE_MATCH_PARTIAL:
      return "partial";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
px_quote_coverage_to_string (PxQuoteCoverage coverage)
{
  switch (coverage)
    {
    case PX_QUOTE_ABSENT:
      return "absent";
    case PX_QUOTE_WHOLE:
      return "whole";
    case PX_QUOTE_TRIMMED:
      return "trimmed";
    case PX_QUOTE_ALTERED:
      return "altered";
    default:
      g_return_val_if_reached (NULL);
    }
}

void
px_quote_group_free (PxQuoteGroup *group)
{
  if (group == NULL)
    return;
  for (guint i = 0; i < group->occurrences->len; i++)
    {
      PxQuoteOccurrence *o = &g_array_index (group->occurrences, PxQuoteOccurrence, i);
      g_free (o->text);
      g_free (o->speaker);
    }
  g_array_unref (group->occurrences);
  g_free (group->speaker);
  g_free (group->carried);
  g_free (group->coverage);
  g_free (group);
}

/* Puts each quotation in the group of the longer quotation it best
 * matches, or in a new group.  Terms only join existing groups. */
/* Every link needs a run of three shared words at least, so only groups
 * that hold one of a quote's word triples are worth aligning with: an
 * index from triples to groups keeps many-article runs near linear. */
static guint
triple_key (GArray *ids, guint i)
{
  guint h = g_array_index (ids, guint, i);

  h = h * 1000003u ^ g_array_index (ids, guint, i + 1);
  h = h * 1000003u ^ g_array_index (ids, guint, i + 2);
  return h ? h : 1;
}

/* Adds @group to the list of groups under @key, once: groups are posted
 * in increasing order. */
static void
post_group (GHashTable *index, guint key, guint group)
{
  GArray *list = g_hash_table_lookup (index, GUINT_TO_POINTER (key));

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (index, GUINT_TO_POINTER (key), list);
    }
  if (list->len == 0 || g_array_index (list, guint, list->len - 1) != group)
    g_array_append_val (list, group);
}

static void
index_entry (GHashTable *index, Entry *e, guint group)
{
  for (guint i = 0; i + 2 < e->core->len; i++)
    post_group (index, triple_key (e->core, i), group);
}

static GArray *
candidate_groups (GHashTable *index, Entry *e, GArray *stamp, guint mark)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i + 2 < e->core->len; i++)
    {
      GArray *list = g_hash_table_lookup (index, GUINT_TO_POINTER (triple_key (e->core, i)));

      for (guint k = 0; list && k < list->len; k++)
        {
          guint g = g_array_index (list, guint, k);

          if (g_array_index (stamp, guint, g) != mark)
            {
              g_array_index (stamp, guint, g) = mark;
              g_array_append_val (out, g);
            }
        }
    }
  return out;
}

#define MAX_LINKS_PER_GROUP 64

static guint
pair_key (GArray *ids, guint i)
{
  guint h = g_array_index (ids, guint, i) * 1000003u ^ g_array_index (ids, guint, i + 1);

  return h ? h : 1;
}

/* Indexes the word pairs of @ids (only the first with @first_only) as
 * being in @group; groups come in increasing order. */
static void
index_pairs (GHashTable *index, GArray *ids, guint group, gboolean first_only)
{
  for (guint i = 0; i + 1 < ids->len && (i == 0 || !first_only); i++)
    post_group (index, pair_key (ids, i), group);
}

static guint
form_groups (GPtrArray *entries, GPtrArray *members)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (NULL, NULL, NULL,
                                                        (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) stamp = g_array_new (FALSE, TRUE, sizeof (guint));

  g_ptr_array_sort (entries, entry_by_length);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = g_ptr_array_index (entries, i);
      g_autoptr(GArray) candidates = NULL;
      int best = -1;
      double best_score = 0;

      if (e->quote->flags & PX_QUOTE_TERM)
        continue;
      g_array_set_size (stamp, members->len + 1);
      candidates = candidate_groups (index, e, stamp, i + 1);
      for (guint c = 0; c < candidates->len; c++)
        {
          guint g = g_array_index (candidates, guint, c);
          GPtrArray *list = g_ptr_array_index (members, g);

          /* The longest members come first and match best; a page that
           * repeats one quote thousands of times must not cost a
           * comparison with every copy. */
          for (guint k = 0; k < MIN (list->len, MAX_LINKS_PER_GROUP); k++)
            {
              Entry *other = g_ptr_array_index (list, k);
              double score;

              /* A nested quote is not a fragment of the one holding it. */
              if (other->document == e->document && other->quote->start <= e->quote->start &&
                  e->quote->end <= other->quote->end)
                continue;
              score = link_score (e, other);

              if (score > best_score)
                {
                  best_score = score;
                  best = g;
                }
            }
        }
      if (best < 0)
        {
          best = members->len;
          g_ptr_array_add (members, g_ptr_array_new ());
        }
      e->group = best;
      g_ptr_array_add (g_ptr_array_index (members, best), e);
      index_entry (index, e, best);
    }

  /* Terms of two words or more: inside a quotation of a group, or
   * quoted alike by two outlets.  Either way the group holds the term's
   * first two words in a row: an index of word pairs to groups (in
   * group order, so the first match is the same as in a full scan)
   * keeps thousands of terms from each visiting every group. */
  g_hash_table_remove_all (index);
  for (guint g = 0; g < members->len; g++)
    {
      GPtrArray *list = g_ptr_array_index (members, g);

      for (guint k = 0; k < MIN (list->len, MAX_LINKS_PER_GROUP); k++)
        index_pairs (index, ((Entry *) g_ptr_array_index (list, k))->core, g, FALSE);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = g_ptr_array_index (entries, i);
      GArray *groups;

      if (!(e->quote->flags & PX_QUOTE_TERM) || e->core->len < 2)
        continue;
      groups = g_hash_table_lookup (index, GUINT_TO_POINTER (pair_key (e->core, 0)));
      for (guint c = 0; groups && c < groups->len && e->group < 0; c++)
        {
          guint g = g_array_index (groups, guint, c);
          GPtrArray *list = g_ptr_array_index (members, g);
          Entry *first = list->len ? g_ptr_array_index (list, 0) : NULL;

          if (first && (first->quote->flags & PX_QUOTE_TERM))
            {
              if (ids_equal (first->core, e->core))
                e->group = g;
            }
          else
            for (guint k = 0; k < MIN (list->len, MAX_LINKS_PER_GROUP) && e->group < 0; k++)
              {
                Entry *other = g_ptr_array_index (list, k);

                if (other->document == e->document && other->quote->start <= e->quote->start &&
                    e->quote->end <= other->quote->end)
                  continue;
                if (contains_run (other->core, e->core))
                  e->group = g;
              }
        }
      if (e->group < 0)
        {
          /* A new group of terms, kept only if a second outlet has it. */
          e->group = members->len;
          g_ptr_array_add (members, g_ptr_array_new ());
          index_pairs (index, e->core, e->group, TRUE);
        }
      g_ptr_array_add (g_ptr_array_index (members, e->group), e);
    }
  return members->len;
}

static gboolean
term_group_kept (GPtrArray *list)
{
  Entry *first = g_ptr_array_index (list, 0);

  if (!(first->quote->flags & PX_QUOTE_TERM))
    return TRUE;
  for (guint k = 1; k < list->len; k++)
    if (((Entry *) g_ptr_array_index (list, k))->document != first->document)
      return TRUE;
  return FALSE;
}

/* Pieces of one document that together give the reference's words. */
static gboolean
split_is_whole (GPtrArray *list, guint document, Entry *ref)
{
  g_autoptr(GArray) joined = g_array_new (FALSE, FALSE, sizeof (guint));
  guint pieces = 0;

  for (guint k = 0; k < list->len; k++)
    {
      Entry *e = g_ptr_array_index (list, k);

      if (e->document == document)
        {
          g_array_append_vals (joined, e->core->data, e->core->len);
          pieces++;
        }
    }
  return pieces > 1 && ids_equal (joined, ref->core);
}

/* "Nichols" in one outlet and "Brian Nichols" in another, quoting the
 * same words, are the same person, even when the group names another
 * Nichols elsewhere. */
static void
unify_speakers (GPtrArray *list)
{
  for (guint k = 0; k < list->len; k++)
    {
      PxQuote *q = ((Entry *) g_ptr_array_index (list, k))->quote;
      const char *full = NULL;

      if (q->speaker == NULL || strchr (q->speaker, ' '))
        continue;
      for (guint j = 0; j < list->len; j++)
        {
          const char *other = ((Entry *) g_ptr_array_index (list, j))->quote->speaker;

          if (other == NULL || !strchr (other, ' ') || !g_str_equal (last_word (other), q->speaker))
            continue;
          if (full && !g_str_equal (full, other))
            {
              full = NULL;
              break;
            }
          full = other;
        }
      if (full)
        {
          g_free (q->speaker);
          q->speaker = g_strdup (full);
        }
    }
}

static PxQuoteGroup *
build_group (GPtrArray *list, guint n_docs)
{
  PxQuoteGroup *group = g_new0 (PxQuoteGroup, 1);
  g_autoptr(GHashTable) votes = g_hash_table_new (g_str_hash, g_str_equal);
  Entry *ref = g_ptr_array_index (list, 0);   /* the longest: sorted so */
  guint best_votes = 0;

  for (guint k = 1; k < list->len; k++)
    {
      Entry *e = g_ptr_array_index (list, k);
      if (e->core->len > ref->core->len)
        ref = e;
    }
  g_ptr_array_sort (list, entry_by_position);
  unify_speakers (list);

  group->n_documents = n_docs;
  group->carried = g_new0 (gboolean, n_docs);
  group->coverage = g_new0 (PxQuoteCoverage, n_docs);
  group->occurrences = g_array_new (FALSE, TRUE, sizeof (PxQuoteOccurrence));
  for (guint k = 0; k < list->len; k++)
    {
      Entry *e = g_ptr_array_index (list, k);
      PxQuoteOccurrence o = { 0 };
      guint v;

      o.document = e->document;
      o.start = e->quote->start;
      o.end = e->quote->end;
      o.flags = e->quote->flags;
      o.match = classify (e, ref);
      o.text = g_strdup (e->quote->text);
      o.speaker = g_strdup (e->quote->speaker);
      if (e == ref)
        group->reference = group->occurrences->len;
      g_array_append_val (group->occurrences, o);
      group->carried[e->document] = TRUE;

      if (o.speaker)
        {
          v = GPOINTER_TO_UINT (g_hash_table_lookup (votes, o.speaker)) + 1;
          g_hash_table_insert (votes, o.speaker, GUINT_TO_POINTER (v));
          /* Most votes wins; on a tie the longer (fuller) name. */
          if (v > best_votes ||
              (v == best_votes && strlen (o.speaker) > strlen (group->speaker)))
            {
              best_votes = v;
              g_free (group->speaker);
              group->speaker = g_strdup (o.speaker);
            }
        }

      switch (o.match)
        {
        case PX_QUOTE_MATCH_EXACT:
          group->coverage[e->document] = PX_QUOTE_WHOLE;
          break;
        case PX_QUOTE_MATCH_VARIANT:
          if (group->coverage[e->document] != PX_QUOTE_WHOLE)
            group->coverage[e->document] = PX_QUOTE_ALTERED;
          break;
        case PX_QUOTE_MATCH_PARTIAL:
          if (group->coverage[e->document] == PX_QUOTE_ABSENT)
            group->coverage[e->document] = PX_QUOTE_TRIMMED;
          break;
        default:
          break;
        }
    }
  for (guint d = 0; d < n_docs; d++)
    if (group->coverage[d] == PX_QUOTE_TRIMMED && split_is_whole (list, d, ref))
      group->coverage[d] = PX_QUOTE_WHOLE;
  return group;
}

static int
group_by_position (gconstpointer a, gconstpointer b)
{
  const PxQuoteGroup *ga = *(PxQuoteGroup **) a, *gb = *(PxQuoteGroup **) b;
  const PxQuoteOccurrence *oa = &g_array_index (ga->occurrences, PxQuoteOccurrence, 0);
  const PxQuoteOccurrence *ob = &g_array_index (gb->occurrences, PxQuoteOccurrence, 0);

  if (oa->document != ob->document)
    return oa->document < ob->document ? -1 : 1;
  return oa->start < ob->start ? -1 : oa->start > ob->start;
}

GPtrArray *
px_quotes_group (PxDocument **docs, guint n_docs)
{
  g_autoptr(GPtrArray) scans = g_ptr_array_new_with_free_func ((GDestroyNotify) doc_scan_free);
  g_autoptr(GArray) all_mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  g_autoptr(GHashTable) group_names = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) px_quote_group_free);

  g_return_val_if_fail (docs != NULL || n_docs == 0, groups);

  for (guint d = 0; d < n_docs; d++)
    {
      DocScan *ds;

      g_return_val_if_fail (PX_IS_DOCUMENT (docs[d]), groups);
      ds = doc_scan_new (docs[d]);
      g_ptr_array_add (scans, ds);
      /* Shallow copies: the names stay owned by each document's scan. */
      g_array_append_vals (all_mentions, ds->mentions->data, ds->mentions->len);
    }
  /* The names of all the documents, indexed once for all of them. */
  group_names = surname_index (all_mentions);
  for (guint d = 0; d < n_docs; d++)
    {
      DocScan *ds = g_ptr_array_index (scans, d);

      resolve_speakers (ds, group_names);
      for (guint q = 0; q < ds->found->len; q++)
        g_ptr_array_add (entries,
                         entry_new (ids, d, quote_from_found (ds, g_ptr_array_index (ds->found, q))));
    }

  form_groups (entries, members);
  for (guint g = 0; g < members->len; g++)
    {
      GPtrArray *list = g_ptr_array_index (members, g);

      if (list->len && term_group_kept (list))
        g_ptr_array_add (groups, build_group (list, n_docs));
    }
  g_ptr_array_sort (groups, group_by_position);
  return groups;
}

const char *
px_quote_coverage_label (PxQuoteCoverage coverage)
{
  switch (coverage)
    {
    case PX_QUOTE_WHOLE:
      /* Translators: how an article carries a quotation */
      return _("whole");
    case PX_QUOTE_TRIMMED:
      /* Translators: how an article carries a quotation: only a part of it */
      return _("trimmed");
    case PX_QUOTE_ALTERED:
      /* Translators: how an article carries a quotation: with words changed */
      return _("altered");
    case PX_QUOTE_ABSENT:
    default:
      /* Translators: how an article carries a quotation: not at all */
      return _("absent");
    }
}
