/* px-export-split.c: the articles in a news-database export
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Researchers download articles from news databases in batches, many to
 * a file, whatever the file format (DOCX, RTF, PDF, text).  Two layouts
 * cover most of them:
 *
 *   Nexis Uni (LexisNexis)            Factiva
 *   ----------------------            -------
 *   [a cover page: user, job, list]   Headline
 *   Headline                          [By Byline]
 *   Outlet                            845 words
 *   March 12, 2014 Wednesday          12 March 2014
 *   [Copyright …, Section: …]         [14:05]
 *   Length: 845 words                 Outlet
 *   [Byline: …] [Dateline: …]         OUTCODE
 *   Body                              English
 *   the article's paragraphs          (c) 2014 Outlet. All rights reserved.
 *   [Classification, Load-Date: …]    the article's paragraphs
 *   End of Document                   Document OUTCODE0020140312ea3c0005l
 *
 * The readers turn each file into text first; this file cuts the text at
 * the separators and reads each article's header block.  It works on
 * lines, so it does not care which format the text came from.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "px-export-split.h"

typedef struct {
  const char *text;   /* trimmed, NUL-terminated copy */
} Line;

typedef enum {
  LAYOUT_NEXIS,
  LAYOUT_FACTIVA,
} Layout;

void
px_export_article_free (PxExportArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->headline);
  g_free (article->outlet);
  g_free (article->date);
  g_free (article->author);
  g_free (article->body);
  g_free (article);
}

static GRegex *
regex_once (GRegex **slot, const char *pattern)
{
  if (g_once_init_enter (slot))
    {
      GRegex *re = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (slot, re);
    }
  return *slot;
}

#define MONTHS "(january|february|march|april|may|june|july|august|september|october|november|december|" \
               "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|" \
               "januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|jän|okt|dez)"
#define WEEKDAY "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|" \
                "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\\s+)?"

static int
month_number (const char *name)
{
  static const struct { const char *prefix; int month; } months[] = {
    { "jan", 1 }, { "jän", 1 }, { "feb", 2 }, { "mar", 3 }, { "mär", 3 }, { "mae", 3 },
    { "apr", 4 }, { "may", 5 }, { "mai", 5 }, { "jun", 6 }, { "jul", 7 }, { "aug", 8 },
    { "sep", 9 }, { "oct", 10 }, { "okt", 10 }, { "nov", 11 }, { "dec", 12 }, { "dez", 12 },
  };
  g_autofree char *lower = g_utf8_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_str_has_prefix (lower, months[i].prefix))
      return months[i].month;
  return 0;
}

char *
px_export_parse_date (const char *text)
{
  /* Each pattern with the groups of its day, month and year. */
  static GRegex *res[3];
  static const struct { const char *pattern; int day, month, year; } forms[3] = {
    { "^" WEEKDAY MONTHS "\\.?\\s+([0-9]{1,2}),?\\s+([0-9]{4})\\b", 2, 1, 3 },
    { "^" WEEKDAY "([0-9]{1,2})\\.?\\s+" MONTHS "\\.?,?\\s+([0-9]{4})\\b", 1, 2, 3 },
    { "^([0-9]{4})-([0-9]{2})-([0-9]{2})\\b", 3, 2, 1 },
  };

  g_return_val_if_fail (text != NULL, NULL);

  if (strlen (text) > 100)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GMatchInfo) m = NULL;
      g_autofree char *d = NULL, *mo = NULL, *y = NULL;
      int day, month, year;

      if (!g_regex_match (regex_once (&res[i], forms[i].pattern), text, 0, &m))
        continue;
      d = g_match_info_fetch (m, forms[i].day);
      mo = g_match_info_fetch (m, forms[i].month);
      y = g_match_info_fetch (m, forms[i].year);
      day = atoi (d), year = atoi (y);
      month = g_ascii_isdigit (*mo) ? atoi (mo) : month_number (mo);
      if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1800 || year > 9999 ||
          !g_date_valid_dmy (day, month, year))
        return NULL;
      return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    }
  return NULL;
}

static gboolean
is_nexis_separator (const char *line)
{
  return strlen (line) < 100 && g_str_has_suffix (line, "End of Document");
}

static gboolean
is_factiva_separator (const char *line)
{
  static GRegex *re;

  return g_regex_match (regex_once (&re, "^Document\\s+[A-Za-z0-9]{12,40}$"), line, 0, NULL);
}

static gboolean
is_word_count (const char *line)
{
  static GRegex *re;

  return g_regex_match (regex_once (&re, "^[0-9][0-9,.]*\\s+(words|wörter)$"), line, 0, NULL);
}

static char *
strip_by (const char *text)
{
  static const char * const prefixes[] = { "Byline:", "By ", "BY ", "Von " };
  const char *p = text;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (p, prefixes[i]))
      p += strlen (prefixes[i]);
  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "By "))
    p += 3;
  return *p ? g_strdup (p) : NULL;
}

/* The paragraph ending at line @end (inclusive), as one line, and the
 * line it starts at. */
static char *
paragraph_before (Line *lines, guint first, guint end, guint *start)
{
  GString *s = g_string_new (NULL);
  guint i = end + 1;

  while (i > first && *lines[i - 1].text)
    i--;
  *start = i;
  for (guint j = i; j <= end; j++)
    {
      if (s->len)
        g_string_append_c (s, ' ');
      g_string_append (s, lines[j].text);
    }
  return g_string_free (s, FALSE);
}

/* Lines @from..@to (exclusive) as paragraphs, blank lines at either end
 * dropped, runs of blank lines made one. */
static char *
join_body (Line *lines, guint from, guint to)
{
  GString *s = g_string_new (NULL);
  gboolean blank = FALSE;

  for (guint i = from; i < to; i++)
    {
      if (*lines[i].text == '\0')
        {
          blank = s->len > 0;
          continue;
        }
      if (s->len)
        g_string_append (s, blank ? "\n\n" : "\n");
      blank = FALSE;
      g_string_append (s, lines[i].text);
    }
  return g_string_free (s, FALSE);
}

static gboolean
is_nexis_field (const char *line)
{
  static const char * const fields[] = {
    "Length:", "Byline:", "Section:", "Dateline:", "Highlight:", "Copyright", "Edition:", "Series:",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_has_prefix (line, fields[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_nexis_trailer (const char *line)
{
  return g_str_equal (line, "Classification") || g_str_equal (line, "Graphic") ||
         g_str_equal (line, "Notes") || g_str_has_prefix (line, "Load-Date:");
}

static PxExportArticle *
parse_nexis (Line *lines, guint first, guint end)
{
  PxExportArticle *a;
  guint body = end, date_line = end, stop, start;
  gint outlet_line = -1;
  char *date = NULL;

  /* The header ends at "Body", or failing that at its last field. */
  for (guint i = first; i < end; i++)
    if (g_str_equal (lines[i].text, "Body"))
      {
        body = i;
        break;
      }
  if (body == end)
    {
      for (guint i = first; i < end && i < first + 60; i++)
        if (is_nexis_field (lines[i].text))
          body = i;
      if (body == end)
        return NULL;
    }

  /* Headline, outlet, date: the first date in the header with two
   * paragraphs before it (a cover page may come first). */
  for (guint i = first; i < body && date == NULL; i++)
    {
      if (*lines[i].text == '\0' || (date = px_export_parse_date (lines[i].text)) == NULL)
        continue;
      outlet_line = -1;
      for (gint j = (gint) i - 1; j >= (gint) first; j--)
        if (*lines[j].text)
          {
            outlet_line = j;
            break;
          }
      if (outlet_line < 0)
        g_clear_pointer (&date, g_free);
      else
        date_line = i;
    }
  if (date == NULL)
    return NULL;

  a = g_new0 (PxExportArticle, 1);
  a->date = date;
  a->outlet = g_strdup (lines[outlet_line].text);
  for (gint j = outlet_line - 1; j >= (gint) first; j--)
    if (*lines[j].text)
      {
        a->headline = paragraph_before (lines, first, j, &start);
        break;
      }
  if (a->headline == NULL)
    {
      /* Only one line before the date: it is the headline. */
      a->headline = g_steal_pointer (&a->outlet);
    }
  for (guint i = date_line; i < body; i++)
    if (a->author == NULL && g_str_has_prefix (lines[i].text, "Byline:"))
      a->author = strip_by (lines[i].text);

  stop = end;
  for (guint i = body + 1; i < end; i++)
    if (is_nexis_trailer (lines[i].text))
      {
        stop = i;
        break;
      }
  a->body = join_body (lines, body + 1, stop);
  return a;
}

static gboolean
is_language (const char *line)
{
  static const char * const languages[] = {
    "English", "German", "Deutsch", "French", "Français", "Spanish", "Español", "Italian",
    "Italiano", "Dutch", "Nederlands", "Portuguese", "Russian", "Arabic", "Chinese", "Japanese",
  };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (line, languages[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_copyright (const char *line)
{
  return g_str_has_prefix (line, "(c)") || g_str_has_prefix (line, "(C)") ||
         g_str_has_prefix (line, "©") || g_str_has_prefix (line, "Copyright");
}

static gboolean
is_time (const char *line)
{
  static GRegex *re;

  return g_regex_match (regex_once (&re, "^[0-9]{1,2}:[0-9]{2}(\\s*(GMT|UTC|ET|CET|[AP]M))?$"), line, 0, NULL);
}

static PxExportArticle *
parse_factiva (Line *lines, guint first, guint end)
{
  PxExportArticle *a;
  guint words = end, seen = 0, body = end;
  guint after[8];
  guint n_after = 0;
  guint k = 0;

  for (guint i = first; i < end && seen < 15; i++)
    {
      if (*lines[i].text == '\0')
        continue;
      seen++;
      if (is_word_count (lines[i].text))
        {
          words = i;
          break;
        }
    }
  if (words == end)
    return NULL;

  a = g_new0 (PxExportArticle, 1);
  /* Before the word count: the headline (perhaps over several lines),
   * then perhaps a byline. */
  {
    GString *headline = g_string_new (NULL);

    for (guint i = first; i < words; i++)
      {
        if (*lines[i].text == '\0')
          continue;
        if (headline->len && (g_str_has_prefix (lines[i].text, "By ") || g_str_has_prefix (lines[i].text, "Von ")))
          {
            g_free (a->author);
            a->author = strip_by (lines[i].text);
          }
        else if (a->author == NULL)
          g_string_append_printf (headline, "%s%s", headline->len ? " " : "", lines[i].text);
      }
    a->headline = headline->len ? g_string_free (headline, FALSE) : (g_string_free (headline, TRUE), NULL);
  }

  /* After it: date, perhaps a time, the outlet, its code, the language,
   * the copyright; the body follows. */
  for (guint i = words + 1; i < end && n_after < G_N_ELEMENTS (after); i++)
    if (*lines[i].text)
      after[n_after++] = i;
  if (k < n_after && (a->date = px_export_parse_date (lines[after[k]].text)) != NULL)
    k++;
  if (k < n_after && is_time (lines[after[k]].text))
    k++;
  if (k < n_after)
    a->outlet = g_strdup (lines[after[k++]].text);
  body = k < n_after ? after[k] : end;
  for (guint j = k; j < n_after; j++)
    if (is_copyright (lines[after[j]].text) || is_language (lines[after[j]].text))
      {
        body = after[j] + 1;
        if (is_copyright (lines[after[j]].text))
          break;
      }
  a->body = join_body (lines, body, end);
  return a;
}

GPtrArray *
px_export_split (const char *text,
                 gsize       len)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autofree Line *lines = NULL;
  g_autofree char *copy = NULL;
  guint n = 0, nexis = 0, factiva = 0, first = 0;
  Layout layout;
  char *p, *end;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  /* Cheap refusal for the usual article. */
  if (g_strstr_len (text, len, "End of Document") == NULL &&
      g_strstr_len (text, len, "Document ") == NULL)
    return NULL;

  copy = g_strndup (text, len);
  end = copy + strlen (copy);
  for (p = copy; p <= end; p++)
    if (p == end || *p == '\n')
      n++;
  lines = g_new (Line, n);
  n = 0;
  for (p = copy; p <= end; )
    {
      char *nl = memchr (p, '\n', end - p);

      if (nl == NULL)
        nl = end;
      *nl = '\0';
      lines[n].text = g_strstrip (p);
      if (is_nexis_separator (lines[n].text))
        nexis++;
      else if (is_factiva_separator (lines[n].text))
        factiva++;
      n++;
      p = nl + 1;
    }
  if (nexis == 0 && factiva == 0)
    return NULL;
  layout = nexis >= factiva ? LAYOUT_NEXIS : LAYOUT_FACTIVA;

  articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_export_article_free);
  for (guint i = 0; i < n && articles->len < PX_EXPORT_MAX_ARTICLES; i++)
    {
      PxExportArticle *a;

      if (layout == LAYOUT_NEXIS ? !is_nexis_separator (lines[i].text)
                                 : !is_factiva_separator (lines[i].text))
        continue;
      a = layout == LAYOUT_NEXIS ? parse_nexis (lines, first, i) : parse_factiva (lines, first, i);
      if (a && *a->body)
        g_ptr_array_add (articles, a);
      else
        px_export_article_free (a);
      first = i + 1;
    }
  if (articles->len == 0)
    return NULL;
  return g_steal_pointer (&articles);
}
