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

typedef struct {
  GRegex *date_pieces;
  GRegex *line;
  GRegex *tail;
  GRegex *dateline;
  GRegex *follow;
  GRegex *visit;
} Patterns;

/* Each list becomes one alternation: one compilation and one pass over
 * a paragraph instead of twenty. */
static GRegex *
compile_any (const char **sources, guint n, GRegexCompileFlags flags)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GRegex *regex;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (all, "%s(?:%s)", i > 0 ? "|" : "", sources[i]);
  regex = g_regex_new (all->str, G_REGEX_CASELESS | flags, 0, &error);
  g_assert_no_error (error);
  return regex;
}

static void
compile_patterns (Patterns *patterns, GRegexCompileFlags flags)
{
  patterns->line = compile_any (line_patterns, G_N_ELEMENTS (line_patterns), flags);
  patterns->date_pieces = g_regex_new (date_pieces, G_REGEX_CASELESS | flags, 0, NULL);
  patterns->tail = compile_any (tail_patterns, G_N_ELEMENTS (tail_patterns), flags);
  /* "(CNN) --", "WASHINGTON (AP) —", "(Reuters) -" at a paragraph's start. */
  patterns->dateline = g_regex_new ("^(?:[\\p{Lu}][\\p{Lu} .,'-]{0,40}\\s)?\\(([\\p{L}\\d][\\p{L}\\d .&!'-]{0,30})\\)\\s*(?:--|\u2014|\u2013|-)",
                                    flags, 0, NULL);
  patterns->follow = g_regex_new ("^(?:follow|like|find) ([\\p{L}\\d][\\p{L}\\d.&!-]{1,30}) on (?:twitter|facebook|instagram|youtube)\\b",
                                  G_REGEX_CASELESS | flags, 0, NULL);
  patterns->visit = g_regex_new ("\\bvisit ([\\p{L}\\d][\\p{L}\\d.&! -]{1,30}?)(?:'s|\u2019s)? (?:facebook|twitter) page",
                                 G_REGEX_CASELESS | flags, 0, NULL);
}

/* PCRE's JIT (G_REGEX_OPTIMIZE) matches these patterns ten times faster,
 * but compiling for it takes 0.5 ms: more than all the matching of a
 * few articles.  So the first paragraphs are matched by the interpreter
 * and the JIT is compiled once there are many.  The JIT reads a few
 * bytes past a string's end: every string matched here is a padded copy
 * (padded_copy()), so that the reads stay inside memory we own. */
#define JIT_AFTER_PARAGRAPHS 400

static const Patterns *
get_patterns (void)
{
  static Patterns plain, jit;
  static gsize plain_ready = 0, jit_ready = 0;
  static gint uses = 0;

  if (g_atomic_int_add (&uses, 1) < JIT_AFTER_PARAGRAPHS)
    {
      if (g_once_init_enter (&plain_ready))
        {
          compile_patterns (&plain, 0);
          g_once_init_leave (&plain_ready, 1);
        }
      return &plain;
    }
  if (g_once_init_enter (&jit_ready))
    {
      compile_patterns (&jit, G_REGEX_OPTIMIZE);
      g_once_init_leave (&jit_ready, 1);
    }
  return &jit;
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
  if (g_regex_match (p->tail, copy, 0, NULL))
    return PX_FURNITURE_TAIL;
  if (g_regex_match (p->line, copy, 0, NULL) || is_time_stamp (p, copy))
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

      if (strlen (line) > FURNITURE_MAX_BYTES)
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
