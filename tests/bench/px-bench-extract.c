/* px-bench-extract.c: how well the web page importer finds the article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: px-bench-extract [--list] ZYTE_DIR [READABILITY_DIR]
 *
 * ZYTE_DIR is the article-extraction-benchmark (html/ID.html, gold/ID.txt).
 * Scored as that benchmark scores: \w+ tokens, multisets of word 4-grams,
 * each page's TP/FP/FN normalised to sum to 1, precision and recall are
 * means over pages and F1 comes from those means.  The article body is
 * scored without the headline, as the gold has none.
 *
 * READABILITY_DIR holds Mozilla Readability's test pages (NAME/source.html,
 * expected.txt, expected-metadata.json): the same score against
 * Readability.js's output, and how often title, byline and site name agree.
 *
 * Not a test: it prints figures and exits 0.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "px-html.h"
#include "px-shingle.h"

static char *
extract_file (const char *path, PxHtmlArticle **out_article)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  PxHtmlArticle *a;
  char *text;

  if (!g_file_get_contents (path, &data, &len, NULL))
    return NULL;
  a = px_html_extract_bytes (data, len, path, NULL);
  text = px_html_article_text (a, FALSE);
  if (out_article)
    *out_article = a;
  else
    px_html_article_free (a);
  return text;
}

static void
print_row (const char *name, double p, double r, double f)
{
  printf ("| %-24s | %9.3f | %6.3f | %5.3f |\n", name, p, r, f);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char **) a, *(char **) b);
}

static GPtrArray *
list_dir (const char *path)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *n;

  while (dir && (n = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (n));
  g_ptr_array_sort (names, compare_names);
  return names;
}

static void
bench_zyte (const char *root, gboolean list)
{
  g_autofree char *html_dir = g_build_filename (root, "html", NULL);
  g_autoptr(GPtrArray) names = list_dir (html_dir);
  double sp = 0, sr = 0, f;
  guint n = 0;
  gint64 t0 = g_get_monotonic_time ();
  static const struct { const char *name; double f1; } peers[] = {
    { "trafilatura", 0.958 }, { "newspaper4k", 0.949 }, { "Readability.js", 0.947 },
    { "go-domdistiller", 0.927 }, { "readability-lxml", 0.922 }, { "dragnet", 0.907 },
    { "goose3", 0.896 }, { "boilerpipe", 0.860 },
  };

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *id = NULL;
      g_autofree char *html = NULL, *gold_path = NULL, *gold = NULL, *got = NULL;
      PxShingleScore s;

      if (!g_str_has_suffix (file, ".html"))
        continue;
      id = g_strndup (file, strlen (file) - 5);
      html = g_build_filename (html_dir, file, NULL);
      gold_path = g_strconcat (root, "/gold/", id, ".txt", NULL);
      if (!g_file_get_contents (gold_path, &gold, NULL, NULL) ||
          (got = extract_file (html, NULL)) == NULL)
        continue;
      s = px_shingle_score (gold, got);
      sp += s.precision, sr += s.recall, n++;
      if (list)
        printf ("%s\t%.3f\t%.3f\n", id, s.precision, s.recall);
    }
  if (n == 0)
    {
      printf ("no pages in %s\n", root);
      return;
    }
  sp /= n, sr /= n;
  f = 2 * sp * sr / (sp + sr);
  printf ("Zyte article-extraction-benchmark, %u pages, %.1f ms a page\n\n", n,
          (g_get_monotonic_time () - t0) / 1000.0 / n);
  printf ("| %-24s | %9s | %6s | %5s |\n", "extractor", "precision", "recall", "F1");
  printf ("|--------------------------|-----------|--------|-------|\n");
  print_row ("Parallax (measured)", sp, sr, f);
  for (guint i = 0; i < G_N_ELEMENTS (peers); i++)
    printf ("| %-24s | %9s | %6s | %5.3f |\n", peers[i].name, "", "", peers[i].f1);
  printf ("\n(peers: published F1 on the same benchmark)\n\n");
}

static char *
norm (const char *s)
{
  g_autofree char *folded = NULL;
  GString *out = g_string_new (NULL);

  if (s == NULL)
    return g_string_free (out, FALSE);
  folded = g_utf8_casefold (s, -1);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const char *
member (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return json_node_get_string (n);
  return NULL;
}

typedef struct {
  guint expected, right;
} Tally;

static void
tally (Tally *t, const char *expected, const char *got, gboolean loose, const char *what,
       const char *page, gboolean list)
{
  g_autofree char *e = norm (expected);
  g_autofree char *g = norm (got);
  gboolean ok;

  if (*e == '\0')
    return;
  t->expected++;
  /* Loose: a byline "By A and B" counts when it names the same people,
   * a headline when it is the page title without the site's name. */
  ok = g_str_equal (e, g) || (loose && *g && (strstr (e, g) || strstr (g, e)));
  t->right += ok;
  if (list && !ok)
    printf ("%s %s: expected «%s» got «%s»\n", page, what, expected, got ? got : "");
}

static void
bench_readability (const char *root, gboolean list)
{
  g_autofree char *pages = g_build_filename (root, "pages", NULL);
  g_autoptr(GPtrArray) names = list_dir (pages);
  Tally title = { 0 }, byline = { 0 }, site = { 0 };
  double sp = 0, sr = 0, f;
  guint n = 0;

  for (guint i = 0; i < names->len; i++)
    {
      const char *page = g_ptr_array_index (names, i);
      g_autofree char *src = g_build_filename (pages, page, "source.html", NULL);
      g_autofree char *exp_txt = g_build_filename (pages, page, "expected.txt", NULL);
      g_autofree char *exp_meta = g_build_filename (pages, page, "expected-metadata.json", NULL);
      g_autofree char *expected = NULL, *got = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      PxHtmlArticle *a = NULL;
      PxShingleScore s;

      if (!g_file_get_contents (exp_txt, &expected, NULL, NULL) ||
          (got = extract_file (src, &a)) == NULL)
        continue;
      s = px_shingle_score (expected, got);
      sp += s.precision, sr += s.recall, n++;
      if (json_parser_load_from_file (parser, exp_meta, NULL) &&
          JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          JsonObject *o = json_node_get_object (json_parser_get_root (parser));
          tally (&title, member (o, "title"), a->headline, TRUE, "title", page, list);
          tally (&byline, member (o, "byline"), a->author, TRUE, "byline", page, list);
          tally (&site, member (o, "siteName"), a->site, FALSE, "site", page, list);
        }
      px_html_article_free (a);
    }
  if (n == 0)
    {
      printf ("no pages in %s\n", root);
      return;
    }
  sp /= n, sr /= n;
  f = 2 * sp * sr / (sp + sr);
  printf ("Mozilla Readability test pages, %u pages: agreement with Readability.js's output\n\n", n);
  printf ("| %-24s | %9s | %6s | %5s |\n", "", "precision", "recall", "F1");
  printf ("|--------------------------|-----------|--------|-------|\n");
  print_row ("Parallax vs Readability.js", sp, sr, f);
  printf ("\nMetadata agreement with Readability.js (pages where it found one)\n\n");
  printf ("| field     | pages | same | share |\n|-----------|-------|------|-------|\n");
  printf ("| title     | %5u | %4u | %5.3f |\n", title.expected, title.right, (double) title.right / MAX (1, title.expected));
  printf ("| byline    | %5u | %4u | %5.3f |\n", byline.expected, byline.right, (double) byline.right / MAX (1, byline.expected));
  printf ("| site name | %5u | %4u | %5.3f |\n", site.expected, site.right, (double) site.right / MAX (1, site.expected));
}

int
main (int argc, char **argv)
{
  gboolean list = argc > 1 && g_str_equal (argv[1], "--list");

  if (list)
    argc--, argv++;
  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s [--list] ZYTE_DIR [READABILITY_DIR]\n", argv[0]);
      return 2;
    }
  if (*argv[1])
    bench_zyte (argv[1], list);
  if (argc > 2)
    bench_readability (argv[2], list);
  return 0;
}
