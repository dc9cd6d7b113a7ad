/* px-boilerplate.c: page furniture, headlines and outlet names in text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Articles copied from web pages carry the page along: skip links, time
 * stamps, share buttons, "related stories", copyright lines.  These
 * patterns recognise a paragraph by its own text; px-compare.c adds the
 * evidence of the other articles (furniture is what no other outlet has).
 */
#include "config.h"

#include <string.h>

#include "px-boilerplate.h"

/* Longer paragraphs are never taken for furniture by their text alone. */
#define FURNITURE_MAX_BYTES 320

static const char *line_patterns[] =
{
  "^skip to (main )?(content|navigation|search)",
  "^(jump|go) to (main )?(content|navigation)",
  "^(updated|published|posted|last updated|modified)\\b.{0,40}\\b(\\d{1,2}:\\d{2}|\\d{4})",
  "^\\W{0,3}\\d{1,2}:\\d{2}\\s*(am|pm)?\\s*[a-z]{2,4}\\b.{0,30}$",
  "\\|\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}",
  "^by [\\p{Lu}][\\p{L}.'-]+( [\\p{Lu}][\\p{L}.'-]+){0,3}( and [\\p{Lu}][\\p{L}.'-]+( [\\p{Lu}][\\p{L}.'-]+){0,3})?(,\\s*[\\p{L} .]{2,40})?$",
  "^(share|tweet|email|e-mail|print|pin)( this( article| story| page)?)?( on [a-z]+)?$",
  "^(share|follow) (on|via) ",
  "^(advertisement|sponsored( content)?|promoted( stories)?|ad)$",
  "^font size$",
  "^text size$",
  "^(read|see|view|show) (more|all|full)\\b.{0,30}$",
  "^click (here|to)\\b",
  "\\b(sign up|subscribe) (for|to) (our|the) ",
  "\\bnewsletter\\b.{0,40}$",
  "^this is an archived article\\b",
  "\\((photo|photograph|image|picture|credit|file photo|ap photo|getty)[^)]{0,80}\\)\\s*$",
  "^(photo|image|video|graphic|credit)s?: ",
  "^(log ?in|sign ?in|register|menu|search|home|close|open)$",
  "^(watch|listen):? ",
};

static const char *tail_patterns[] =
{
  "copyright\\s*(\u00a9|\\(c\\)|\\d{4})|\u00a9\\s*\\d{4}|\\ball rights reserved\\b",
  "^(related|more)( stories| articles| coverage| news| videos| from [\\p{L} ]{1,30}| on this( story)?)?:?$",
  "^more [\\p{L}-]+( [\\p{L}-]+)? stories$",
  "^must-see\\b",
  "^part of (complete|our) coverage\\b",
  "\\bcomment count\\b|^\\d+ comments?$|^(leave|post|add) a comment|^comments?( \\(\\d+\\))?$",
  "^(follow|like|find) (us|[\\p{L}\\d.&!-]+) on (twitter|facebook|instagram|youtube|x)\\b",
  "^visit [\\p{L}\\d.&!' -]+ (facebook|twitter) page",
  "^(you might|you may) (also )?like\\b|^recommended( for you)?:?$|^trending( now)?:?$",
  "^(get|download) (the|our) app\\b",
};

/* What a time stamp is made of; a line of nothing else is one. */
static const char date_pieces[] =
  "\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(mon|tue|wed|thu|fri|sat|sun)\\b\\.?|"
  "\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|"
  "oct(ober)?|nov(ember)?|dec(ember)?)\\b\\.?|\\b\\d{1,4}(st|nd|rd|th|am|pm|h)?\\b|"
  "\\b(a\\.m\\.|p\\.m\\.|am|pm)|\\b(published|updated|posted|last|modified|on|at|date)\\b|"
  "\\b(utc|gmt|[ecmp][sd]t|[ecmp]t|bst|cest?)\\b|[\\s\\p{P}\\p{S}]+";

/* A list of patterns as two regexes: the branches anchored at the
 * start, and the others.  Every short paragraph of every article is
 * tried, and GRegex costs about as much per call as a short anchored
 * match: two calls instead of one per pattern. */
typedef struct {
  GRegex *anchored;
  GRegex *floating;
} AnyOf;

typedef struct {
  GRegex *date_pieces;
  AnyOf line;
  AnyOf tail;
  GRegex *dateline;
  GRegex *follow;
  GRegex *visit;
} Patterns;

/* Compiled with PCRE's JIT (G_REGEX_OPTIMIZE), which is ten times faster
 * on these patterns but reads a few bytes past a string's end: every
 * string matched here is a padded copy (padded_copy()), so that the
 * reads stay inside memory we own. */
/* Splits @source at its top-level "|" into @branches (as ranges). */
static void
split_branches (const char *source, GArray *branches)
{
  const char *start = source;
  int depth = 0;
  gboolean in_class = FALSE;

  for (const char *p = source; ; p++)
    {
      if (*p == '\\' && p[1])
        {
          p++;
          continue;
        }
      if (in_class)
        in_class = *p != ']';
      else if (*p == '[')
        in_class = TRUE;
      else if (*p == '(')
        depth++;
      else if (*p == ')')
        depth--;
      else if ((*p == '|' && depth == 0) || *p == '\0')
        {
          const char *range[2] = { start, p };

          g_array_append_val (branches, range);
          start = p + 1;
        }
      if (*p == '\0')
        break;
    }
}

static GRegex *
compile_branches (GString *pattern)
{
  g_autoptr(GError) error = NULL;
  GRegex *regex;

  if (pattern->len == 0)
    return NULL;
  regex = g_regex_new (pattern->str, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &error);
  g_assert_no_error (error);
  return regex;
}

/* A paragraph matches one of the two where it matches any of @sources.
 * (None of the patterns refers back to a group by number.) */
static void
compile_any (AnyOf *any, const char **sources, guint n)
{
  g_autoptr(GString) anchored = g_string_new (NULL);
  g_autoptr(GString) floating = g_string_new (NULL);
  g_autoptr(GArray) branches = g_array_new (FALSE, FALSE, 2 * sizeof (const char *));

  for (guint i = 0; i < n; i++)
    {
      g_array_set_size (branches, 0);
      split_branches (sources[i], branches);
      for (guint b = 0; b < branches->len; b++)
        {
          const char **range = &g_array_index (branches, const char *, 2 * b);
          GString *out = range[0][0] == '^' ? anchored : floating;

          g_string_append_printf (out, "%s(?:%.*s)", out->len ? "|" : "",
                                  (int) (range[1] - range[0]), range[0]);
        }
    }
  any->anchored = compile_branches (anchored);
  any->floating = compile_branches (floating);
}

static const Patterns *
get_patterns (void)
{
  static Patterns patterns;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      compile_any (&patterns.line, line_patterns, G_N_ELEMENTS (line_patterns));
      patterns.date_pieces = g_regex_new (date_pieces, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      compile_any (&patterns.tail, tail_patterns, G_N_ELEMENTS (tail_patterns));
      /* "(CNN) --", "WASHINGTON (AP) —", "(Reuters) -" at a paragraph's start. */
      patterns.dateline = g_regex_new ("^(?:[\\p{Lu}][\\p{Lu} .,'-]{0,40}\\s)?\\(([\\p{L}\\d][\\p{L}\\d .&!'-]{0,30})\\)\\s*(?:--|\u2014|\u2013|-)",
                                       G_REGEX_OPTIMIZE, 0, NULL);
      patterns.follow = g_regex_new ("^(?:follow|like|find) ([\\p{L}\\d][\\p{L}\\d.&!-]{1,30}) on (?:twitter|facebook|instagram|youtube)\\b",
                                     G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      patterns.visit = g_regex_new ("\\bvisit ([\\p{L}\\d][\\p{L}\\d.&! -]{1,30}?)(?:'s|\u2019s)? (?:facebook|twitter) page",
                                    G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }
  return &patterns;
}

/* PCRE's JIT reads up to this many bytes past the end of a subject. */
#define JIT_SLACK 64

/* A NUL-terminated copy of @text with @len bytes and zeroed room after. */
static char *
padded_copy (const char *text, gsize len)
{
  char *copy = g_malloc0 (len + JIT_SLACK);

  memcpy (copy, text, len);
  return copy;
}

static gboolean
any_match (const AnyOf *any, const char *text)
{
  return (any->anchored && g_regex_match (any->anchored, text, 0, NULL)) ||
         (any->floating && g_regex_match (any->floating, text, 0, NULL));
}

static gboolean
is_time_stamp (const Patterns *p, const char *text)
{
  g_autofree char *rest = NULL;

  if (strlen (text) > 60 || strpbrk (text, "0123456789") == NULL)
    return FALSE;
  rest = g_regex_replace_literal (p->date_pieces, text, -1, 0, "", 0, NULL);
  return rest != NULL && rest[0] == '\0';
}

PxFurniture
px_furniture_kind (const char *text,
                   gsize       len)
{
  const Patterns *p = get_patterns ();
  g_autofree char *copy = NULL;

  g_return_val_if_fail (text != NULL || len == 0, PX_FURNITURE_NONE);

  if (len == 0 || len > FURNITURE_MAX_BYTES)
    return PX_FURNITURE_NONE;

  copy = g_strstrip (padded_copy (text, len));
  if (any_match (&p->tail, copy))
    return PX_FURNITURE_TAIL;
  if (any_match (&p->line, copy) || is_time_stamp (p, copy))
    return PX_FURNITURE_LINE;
  return PX_FURNITURE_NONE;
}

gboolean
px_looks_like_headline (const char *text,
                        gsize       len,
                        gsize       n_words)
{
  const char *end = text + len;
  gunichar last;

  g_return_val_if_fail (text != NULL || len == 0, FALSE);

  if (n_words < 2 || n_words > 30)
    return FALSE;
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  if (end == text)
    return FALSE;
  last = g_utf8_get_char (g_utf8_find_prev_char (text, end));
  /* Headlines end without a full stop ("...?" and quotes are fine). */
  return last != '.' && last != ':' && last != ',' && last != ';';
}

static char *
first_group (GRegex *regex, const char *text)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *subject = padded_copy (text, strlen (text));

  if (!g_regex_match (regex, subject, 0, &match))
    return NULL;
  return g_strstrip (g_match_info_fetch (match, 1));
}

/* Whether @line holds @word (ASCII, lower case) in any case. */
static gboolean
has_word_caseless (const char *line, const char *word)
{
  gsize n = strlen (word);

  for (const char *p = line; *p; p++)
    if (g_ascii_tolower (*p) == word[0] && g_ascii_strncasecmp (p, word, n) == 0)
      return TRUE;
  return FALSE;
}

/* The "follow" and "visit" patterns cannot match an ASCII line without
 * their words, and most lines of an article have neither: those skip
 * two regex calls.  (Past ASCII, caseless matching has more letters for
 * a "k" or an "s" than these checks know: the regexes decide.) */
static gboolean
may_name_site (const char *line)
{
  for (const char *p = line; *p; p++)
    if ((guchar) *p >= 0x80)
      return TRUE;
  return g_ascii_strncasecmp (line, "follow", 6) == 0 ||
         g_ascii_strncasecmp (line, "like", 4) == 0 ||
         g_ascii_strncasecmp (line, "find", 4) == 0 ||
         has_word_caseless (line, "visit");
}

char *
px_guess_outlet (const char *text,
                 gsize       len)
{
  const Patterns *p = get_patterns ();
  g_autofree char *dateline = NULL;
  g_autofree char *copy = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  copy = g_strndup (text, len);
  lines = g_strsplit_set (copy, "\r\n", -1);
  n_lines = g_strv_length (lines);

  /* The site's own furniture names the publisher, even of a syndicated
   * story whose dateline names the agency. */
  for (guint i = 0; i < n_lines; i++)
    {
      char *line = g_strstrip (lines[i]);
      char *name;

      if (strlen (line) > FURNITURE_MAX_BYTES || !may_name_site (line))
        continue;
      if ((name = first_group (p->follow, line)) || (name = first_group (p->visit, line)))
        {
          if (g_ascii_strcasecmp (name, "us") != 0)
            return name;
          g_free (name);
        }
    }

  for (guint i = 0, seen = 0; i < n_lines && seen < 12 && dateline == NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      seen++;
      dateline = first_group (p->dateline, lines[i]);
    }
  return g_steal_pointer (&dateline);
}
