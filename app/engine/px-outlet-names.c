/* px-outlet-names.c: outlet names spelled as the outlets spell them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file's name says which outlet an article is from but not how the
 * outlet writes itself: "cnsnews" is CNSNews, "fox8" is FOX8.  Two
 * sources, best first: a list of outlets with their own spelling (kept
 * as data below: add to it, one outlet a line), and the article's text,
 * which often names its outlet ("CNN asked experts").  Without either,
 * the name stays as the file writes it.
 *
 * px_guess_outlet() finds the outlet of an article with no name to go
 * by, from the lines a site writes about itself and the dateline.
 */
#include "config.h"

#include <string.h>

#include "px-outlet-names.h"
#include "px-regex-private.h"

/* Each outlet as it writes its own name (mastheads, not domains). */
static const char *const KNOWN[] = {
  "ABC News", "AP", "Al Jazeera", "Axios", "BBC", "BBC News", "Bloomberg", "Breitbart",
  "BuzzFeed News", "CBC", "CBS News", "CNBC", "CNET", "CNN", "CNSNews", "CTV News",
  "Daily Mail", "Deadline", "Der Spiegel", "Deutsche Welle", "DW", "ESPN", "Euronews",
  "FOX8", "Fox News", "France 24", "Gothamist", "HuffPost", "Le Monde", "LA Times",
  "Los Angeles Times", "MSNBC", "NBC News", "NDTV", "NPR", "NY Post", "NYTimes",
  "New York Post", "Newsweek", "PBS", "Politico", "ProPublica", "RT", "Reuters",
  "Sky News", "TechCrunch", "The Atlantic", "The Daily Beast", "The Economist",
  "The Guardian", "The Hill", "The Independent", "The New York Times", "The Telegraph",
  "The Wall Street Journal", "The Washington Post", "Washington Post", "TIME", "TMZ", "USA Today",
  "Variety", "VentureBeat", "Vox", "WSJ", "Yahoo News", "Yahoo! News", "ZDNet",
  "iHeartRadio", "theGrio", "Salon", "Slate", "Wired", "Engadget", "Mashable",
  "BusinessWeek", "Business Insider", "Forbes", "Fortune", "CBC News", "Global News",
  "Times of India", "The Times of India", "Xinhua", "AFP", "UPI", "Newsmax", "OAN",
  "Daily Caller", "The Daily Caller", "Washington Examiner", "National Review",
  "Mother Jones", "The Intercept", "Vice", "VICE News", "The Blaze", "TheBlaze",
  "Raw Story", "Talking Points Memo", "TPM", "RealClearPolitics", "Drudge Report",
};

/* Letters and digits only, lower case: "Fox-News" and "fox news" meet. */
static char *
key_of (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

static gpointer
build_index (gpointer data)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (KNOWN); i++)
    g_hash_table_insert (index, key_of (KNOWN[i]), (gpointer) KNOWN[i]);
  return index;
}

const char *
px_outlet_known_spelling (const char *name)
{
  static GOnce once = G_ONCE_INIT;
  g_autofree char *key = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  g_once (&once, build_index, NULL);
  key = key_of (name);
  if (*key == '\0')
    return NULL;
  return g_hash_table_lookup (once.retval, key);
}

const char *
px_outlet_from_host (const char *host)
{
  g_auto(GStrv) labels = NULL;
  guint n;

  g_return_val_if_fail (host != NULL, NULL);

  /* Each label but the last (the top-level domain), left to right. */
  labels = g_strsplit (host, ".", -1);
  n = g_strv_length (labels);
  for (guint i = 0; i + 1 < n; i++)
    {
      const char *known = px_outlet_known_spelling (labels[i]);

      if (known)
        return known;
    }
  return NULL;
}

static gboolean
is_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p));
}

static gboolean
has_capital (const char *s, gsize len)
{
  for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
    if (g_unichar_isupper (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

char *
px_outlet_spelled_in_text (const char *name,
                           const char *text,
                           gsize       len)
{
  gsize n = name ? strlen (name) : 0;
  g_autoptr(GHashTable) counts = NULL;
  const char *best = NULL;
  guint best_count = 0;
  char lower, upper;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  /* Byte-wise ASCII caseless matching: a file name's letters. */
  if (n == 0 || n > len)
    return NULL;
  for (const char *p = name; *p; p++)
    if ((guchar) *p >= 0x80)
      return NULL;
  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lower = g_ascii_tolower (name[0]);
  upper = g_ascii_toupper (name[0]);
  for (gsize i = 0; i + n <= len; i++)
    {
      char *form;

      /* The first letter before the call: the whole text is searched,
       * and a call at every byte was a fifth of reading a long article. */
      if ((text[i] != lower && text[i] != upper) || g_ascii_strncasecmp (text + i, name, n) != 0)
        continue;
      if ((i > 0 && is_word_char (g_utf8_find_prev_char (text, text + i))) ||
          (i + n < len && is_word_char (text + i + n)) || !has_capital (text + i, n))
        continue;
      form = g_strndup (text + i, n);
      g_hash_table_insert (counts, form,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, form)) + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best_count ||
        (GPOINTER_TO_UINT (value) == best_count && g_strcmp0 (key, best) < 0))
      {
        best = key;
        best_count = GPOINTER_TO_UINT (value);
      }
  return g_strdup (best);
}

/* --- the outlet an article names for itself ----------------------------- */

/* Lines longer than this are article text, not a site's furniture naming
 * it (the limit of px-furniture.c). */
#define NAMING_LINE_MAX_BYTES 320

typedef struct {
  GRegex *dateline;
  GRegex *follow;
  GRegex *visit;
} NamingPatterns;

/* Compiled with PCRE's JIT: see px-regex-private.h. */
static const NamingPatterns *
get_naming_patterns (void)
{
  static NamingPatterns naming;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* "(CNN) --", "WASHINGTON (AP) —", "(Reuters) -" at a paragraph's start. */
      naming.dateline = g_regex_new ("^(?:[\\p{Lu}][\\p{Lu} .,'-]{0,40}\\s)?\\(([\\p{L}\\d][\\p{L}\\d .&!'-]{0,30})\\)\\s*(?:--|\u2014|\u2013|-)",
                                     G_REGEX_OPTIMIZE, 0, NULL);
      naming.follow = g_regex_new ("^(?:follow|like|find) ([\\p{L}\\d][\\p{L}\\d.&!-]{1,30}) on (?:twitter|facebook|instagram|youtube)\\b",
                                   G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      naming.visit = g_regex_new ("\\bvisit ([\\p{L}\\d][\\p{L}\\d.&! -]{1,30}?)(?:'s|\u2019s)? (?:facebook|twitter) page",
                                  G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }
  return &naming;
}

static char *
first_group (GRegex *regex, const char *text)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *subject = px_regex_padded_copy (text, strlen (text));

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
  const NamingPatterns *p = get_naming_patterns ();
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

      if (strlen (line) > NAMING_LINE_MAX_BYTES || !may_name_site (line))
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
