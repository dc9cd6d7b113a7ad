/* px-furniture.c: page furniture in an article's text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Articles copied from web pages carry the page along: skip links, time
 * stamps, share buttons, "related stories", copyright lines.  These
 * patterns recognise a paragraph by its own text; px_furniture_flag() adds
 * the evidence of the other articles (furniture is what no other outlet
 * has), which px-compare.c gathers.
 */
#include "config.h"

#include <string.h>

#include "px-furniture.h"
#include "px-headline.h"
#include "px-regex-private.h"

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
} Patterns;

/* Compiled with PCRE's JIT (G_REGEX_OPTIMIZE), which is ten times faster
 * on these patterns but reads a few bytes past a string's end: every
 * string matched here is a padded copy (px_regex_padded_copy()), so that the
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
      g_once_init_leave (&initialized, 1);
    }
  return &patterns;
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

  copy = g_strstrip (px_regex_padded_copy (text, len));
  if (any_match (&p->tail, copy))
    return PX_FURNITURE_TAIL;
  if (any_match (&p->line, copy) || is_time_stamp (p, copy))
    return PX_FURNITURE_LINE;
  return PX_FURNITURE_NONE;
}

/* What each paragraph's own text says, found once for the document:
 * choosing the reference and flagging the comparison's furniture both
 * ask it of every paragraph, and the window compares the same documents
 * again for another reference.  A document's text never changes. */
const PxFurniture *
px_furniture_kinds (PxDocument *doc)
{
  static GQuark quark;
  PxFurniture *kinds;
  const char *text;
  guint n;

  g_return_val_if_fail (PX_IS_DOCUMENT (doc), NULL);

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("px-furniture-kinds");
  kinds = g_object_get_qdata (G_OBJECT (doc), quark);
  if (kinds)
    return kinds;

  text = px_document_get_text (doc, NULL);
  n = px_document_get_n_paragraphs (doc);
  kinds = g_new (PxFurniture, MAX (n, 1));
  for (guint p = 0; p < n; p++)
    {
      const PxParagraph *para = px_document_get_paragraph (doc, p);

      kinds[p] = px_furniture_kind (text + para->start, para->end - para->start);
    }
  /* Another thread may have found them meanwhile: the same, keep theirs. */
  if (!g_object_replace_qdata (G_OBJECT (doc), quark, NULL, kinds, g_free, NULL))
    {
      g_free (kinds);
      kinds = g_object_get_qdata (G_OBJECT (doc), quark);
    }
  return kinds;
}

/* --- with the evidence of the other articles ----------------------------- */

static gboolean
same_text (PxDocument *doc, guint a, guint b)
{
  const char *text = px_document_get_text (doc, NULL);
  const PxParagraph *pa = px_document_get_paragraph (doc, a);
  const PxParagraph *pb = px_document_get_paragraph (doc, b);

  return pa->end - pa->start == pb->end - pb->start &&
         memcmp (text + pa->start, text + pb->start, pa->end - pa->start) == 0;
}

void
px_furniture_flag (PxDocument     *doc,
                   const gboolean *alone,
                   int             headline,
                   gboolean       *furniture)
{
  guint n = px_document_get_n_paragraphs (doc);
  gsize len;
  const char *text = px_document_get_text (doc, &len);
  gboolean *bp = furniture;
  const PxFurniture *kind;
  g_autofree gboolean *brief = g_new (gboolean, MAX (n, 1));
  gboolean tail = FALSE;

  g_return_if_fail (PX_IS_DOCUMENT (doc));
  g_return_if_fail (alone != NULL || n == 0);
  g_return_if_fail (furniture != NULL || n == 0);

  kind = px_furniture_kinds (doc);
  for (guint p = 0; p < n; p++)
    {
      const PxParagraph *para = px_document_get_paragraph (doc, p);

      brief[p] = para->n_words <= 12 &&
                 px_looks_like_headline (text + para->start, para->end - para->start, para->n_words);
      bp[p] = kind[p] != PX_FURNITURE_NONE;
    }

  for (guint p = 0; p < n; p++)
    {
      /* End matter: after a tail marker past the first quarter, what no
       * other outlet carries is the page's, not the article's, until
       * shared text shows the article goes on. */
      if (kind[p] == PX_FURNITURE_TAIL && p * 4 >= n)
        tail = TRUE;
      else if (!alone[p] && kind[p] == PX_FURNITURE_NONE)
        tail = FALSE;
      if ((int) p == headline)
        continue;
      if (tail && alone[p])
        bp[p] = TRUE;
      /* The headline again, as pages repeat it. */
      if (headline >= 0 && (int) p > headline && same_text (doc, p, headline))
        bp[p] = TRUE;
      /* Runs of short lone lines: link lists, teasers. */
      if (alone[p] && brief[p] &&
          ((p > 0 && alone[p - 1] && (brief[p - 1] || bp[p - 1]) && (int) p - 1 != headline) ||
           (p + 1 < n && alone[p + 1] && (brief[p + 1] || kind[p + 1] != PX_FURNITURE_NONE))))
        bp[p] = TRUE;
      /* A few lone words closing the page: a widget's label. */
      if (p + 1 == n && alone[p] && brief[p] &&
          px_document_get_paragraph (doc, p)->n_words <= 4)
        bp[p] = TRUE;
      /* Three short lines in a row are a list of links, shared or not. */
      if (brief[p] && p >= 1 && p + 1 < n && brief[p - 1] && brief[p + 1] &&
          (int) p - 1 != headline)
        bp[p - 1] = bp[p] = bp[p + 1] = TRUE;
    }
}
