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
 */
#include "config.h"

#include <string.h>

#include "px-outlet-names.h"

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
  for (gsize i = 0; i + n <= len; i++)
    {
      char *form;

      if (g_ascii_strncasecmp (text + i, name, n) != 0)
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
