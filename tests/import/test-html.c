/* test-html.c: web pages: main text, furniture, metadata, awkward markup
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-html.h"
#include "px-import.h"
#include "px-shingle.h"

static char *
data_path (const char *first, ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *p;
  va_list ap;

  g_ptr_array_add (parts, (char *) g_getenv ("G_TEST_SRCDIR"));
  g_ptr_array_add (parts, (char *) "data");
  g_ptr_array_add (parts, (char *) first);
  va_start (ap, first);
  while ((p = va_arg (ap, const char *)))
    g_ptr_array_add (parts, (char *) p);
  va_end (ap);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static PxDocument *
import_data (const char *dir, const char *name)
{
  g_autofree char *path = data_path ("html", dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PxDocument *doc = px_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static char *
paragraph (PxDocument *doc, guint i)
{
  g_assert_cmpuint (i, <, px_document_get_n_paragraphs (doc));
  return px_document_dup_paragraph_text (doc, i);
}

/* Each sample page's extracted body against its human gold text. */
static void
test_benchmark_pages (void)
{
  g_autofree char *manifest = data_path ("html", "zyte", "pages.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  double sum_f1 = 0;
  guint n = 0;

  g_assert_true (g_file_get_contents (manifest, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) cols = g_strsplit (lines[i], "\t", 3);
      g_autofree char *html_name = NULL, *gold_name = NULL, *html_path = NULL, *gold_path = NULL;
      g_autofree char *html = NULL, *gold = NULL, *got = NULL;
      g_autoptr(PxHtmlArticle) article = NULL;
      PxShingleScore s;
      double floor, f1;
      gsize len;

      if (g_strv_length (cols) < 2)
        continue;
      html_name = g_strconcat (cols[0], ".html", NULL);
      gold_name = g_strconcat (cols[0], ".txt", NULL);
      html_path = data_path ("html", "zyte", html_name, NULL);
      gold_path = data_path ("html", "zyte", gold_name, NULL);
      g_assert_true (g_file_get_contents (html_path, &html, &len, NULL));
      g_assert_true (g_file_get_contents (gold_path, &gold, NULL, NULL));

      article = px_html_extract_bytes (html, len, html_name, NULL);
      got = px_html_article_text (article, FALSE);
      s = px_shingle_score (gold, got);
      f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
      floor = g_ascii_strtod (cols[1], NULL);
      g_test_message ("%s: precision %.3f recall %.3f F1 %.3f (floor %.2f)",
                      cols[0], s.precision, s.recall, f1, floor);
      g_assert_cmpfloat (f1, >=, floor);
      /* Every page names its headline, apart from the text. */
      g_assert_nonnull (article->headline);
      sum_f1 += f1, n++;
    }
  g_assert_cmpuint (n, >=, 10);
  g_assert_cmpfloat (sum_f1 / n, >=, 0.95);
}

static void
test_furniture (void)
{
  g_autoptr(PxDocument) doc = import_data ("awkward", "furniture.html");
  const char *text = px_document_get_text (doc, NULL);
  const char *furniture[] = {
    "cookies", "Sport", "Share on", "Advertisement", "morning briefing", "Comments",
    "commute", "Most read", "Flood defences", "Flood damage", "All rights reserved",
    "Privacy", "furniture script", "font-family", "Maria Lindqvist", "2 March",
  };
  g_autofree char *p0 = paragraph (doc, 0);
  g_autofree char *p1 = paragraph (doc, 1);
  g_autofree char *p3 = paragraph (doc, 3);
  g_autofree char *p5 = paragraph (doc, 5);

  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    if (strstr (text, furniture[i]))
      g_error ("furniture “%s” kept in: %s", furniture[i], text);

  /* Headline, then paragraphs and the subheading, each its own paragraph. */
  g_assert_cmpuint (px_document_get_n_paragraphs (doc), ==, 6);
  g_assert_cmpstr (p0, ==, "Bridge to reopen in spring");
  g_assert_true (g_str_has_prefix (p1, "The river bridge closed"));
  g_assert_cmpstr (p3, ==, "Buses first");
  g_assert_true (g_str_has_prefix (p5, "Shop owners on the west bank"));

  g_assert_cmpstr (px_document_get_headline (doc), ==, "Bridge to reopen in spring");
  g_assert_cmpstr (px_document_get_site (doc), ==, "The Valley Herald");
  g_assert_cmpstr (px_document_get_outlet (doc), ==, "The Valley Herald");
  g_assert_cmpstr (px_document_get_author (doc), ==, "Maria Lindqvist");
  g_assert_cmpstr (px_document_get_date (doc), ==, "2026-03-02T08:15:00Z");
  g_assert_cmpstr (px_document_get_title (doc), ==, "Bridge to reopen in spring");
}

static void
test_json_ld (void)
{
  g_autoptr(PxDocument) doc = import_data ("awkward", "jsonld.html");
  g_autofree char *p0 = paragraph (doc, 0);

  /* The broken second JSON-LD block is ignored, not fatal. */
  g_assert_cmpstr (px_document_get_headline (doc), ==, "Orchard harvest is the best in a decade");
  g_assert_cmpstr (p0, ==, "Orchard harvest is the best in a decade");
  g_assert_cmpstr (px_document_get_site (doc), ==, "Farmers Weekly Digest");
  g_assert_cmpstr (px_document_get_author (doc), ==, "Tomas Berg, Ana Ruiz");
  g_assert_cmpstr (px_document_get_date (doc), ==, "2026-09-30T06:00:00+02:00");
  g_assert_cmpuint (px_document_get_n_paragraphs (doc), ==, 4);
}

static void
test_domain_outlet (void)
{
  g_autoptr(PxDocument) doc = import_data ("awkward", "domain-only.html");

  g_assert_cmpstr (px_document_get_site (doc), ==, "islandferries.example");
  g_assert_cmpstr (px_document_get_headline (doc), ==, "Ferry timetable changes");
  g_assert_null (px_document_get_author (doc));
  g_assert_cmpuint (px_document_get_n_paragraphs (doc), ==, 3);
}

static void
test_no_body (void)
{
  g_autoptr(PxDocument) doc = import_data ("awkward", "no-body.html");
  g_autofree char *p0 = paragraph (doc, 0);
  g_autofree char *p3 = paragraph (doc, 3);

  g_assert_cmpuint (px_document_get_n_paragraphs (doc), ==, 4);
  g_assert_cmpstr (p0, ==, "Harbour wall gives way in the night");
  g_assert_cmpstr (p3, ==, "Residents said they had warned the council about cracks in the wall for years.");
  /* No site name in the page: the file name gives the outlet. */
  g_assert_null (px_document_get_site (doc));
  g_assert_cmpstr (px_document_get_outlet (doc), ==, "no-body");
}

/* Control characters in a page, raw or as character references, reach
 * neither the text nor the metadata; tabs and line ends stay. */
static void
test_control_characters (void)
{
  static const char page[] =
    "<html><head><title>Bell\x07 rings&#x85; twice</title>"
    "<meta property=\"og:site_name\" content=\"Example&#x9B; News\"></head><body><article>"
    "<h1>Bell\x07 rings&#x85; twice</h1>"
    "<p>The bell&#7; rang at noon\x01 and again&#x9B; at one, the sexton said on Sunday.</p>"
    "<p>Nobody knows who rang it the second time, said the vicar of the parish church.</p>"
    "</article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = px_html_import (page, strlen (page), "bell.html", NULL, &error);
  const char *text;

  g_assert_no_error (error);
  text = px_document_get_text (doc, NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c == '\n' || c == '\t' || !g_unichar_iscntrl (c));
    }
  /* libxml2 drops C0 characters itself; C1 ones come through as
   * characters, and become spaces. */
  g_assert_nonnull (strstr (text, "The bell rang at noon and again  at one"));
  g_assert_cmpstr (px_document_get_headline (doc), ==, "Bell rings  twice");
  g_assert_cmpstr (px_document_get_site (doc), ==, "Example  News");
}

static void
test_broken_markup (void)
{
  g_autoptr(PxDocument) doc = import_data ("awkward", "broken.html");
  g_autofree char *p1 = paragraph (doc, 1);
  g_autofree char *p4 = paragraph (doc, 4);

  g_assert_cmpuint (px_document_get_n_paragraphs (doc), ==, 5);
  g_assert_cmpstr (p1, ==, "The city council approved next year's budget at half past three in the "
                           "morning, after eleven hours of debate that ran well past midnight.");
  g_assert_true (g_str_has_prefix (p4, "Opposition members said"));
}

static void
expect_charset (const char *name, const char *needle, const char *notice_part)
{
  g_autoptr(PxDocument) doc = import_data ("awkward", name);
  guint n = 0;
  const char * const *notices = px_document_get_notices (doc, &n);

  if (!strstr (px_document_get_text (doc, NULL), needle))
    g_error ("%s: “%s” not in %s", name, needle, px_document_get_text (doc, NULL));
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (strstr (notices[0], notice_part));
  g_assert_nonnull (strstr (notices[0], name));
}

static void
test_charsets (void)
{
  expect_charset ("meta-charset-latin1.html", "crème brûlée back on the menu", "iso-8859-1");
  expect_charset ("windows-1252.html", "“We have never seen anything like it,” said the baker, "
                                       "who now charges €3", "Windows-1252");
  expect_charset ("koi8-r.html", "В Москве выпал первый снег", "koi8-r");
  expect_charset ("false-utf8.html", "The café serves crème brûlée", "declares UTF-8");
}

/* A UTF-16 page: decoded by its byte-order mark, then seen as HTML. */
static void
test_utf16_page (void)
{
  const char *page = "<!DOCTYPE html><html><head><meta charset=\"utf-16\"><title>Ü-Bahn fährt wieder</title></head>"
                     "<body><p>Die Ü-Bahn fährt seit Montag wieder im Zehn-Minuten-Takt, teilten die Verkehrsbetriebe mit.</p></body></html>";
  g_autofree char *utf16 = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = NULL;
  g_autofree char *p1 = NULL;
  gsize len;

  utf16 = g_convert (page, -1, "UTF-16LE", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  data = g_malloc (len + 2);
  memcpy (data, "\xff\xfe", 2);
  memcpy (data + 2, utf16, len);
  bytes = g_bytes_new (data, len + 2);
  doc = px_import_bytes (bytes, "page", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_document_get_headline (doc), ==, "Ü-Bahn fährt wieder");
  p1 = paragraph (doc, 1);
  g_assert_true (g_str_has_prefix (p1, "Die Ü-Bahn fährt seit Montag"));
}

/* Tables nested deeper than any parser limit: no crash, the text that is
 * reachable is found, in reasonable time. */
static void
test_nested_tables (void)
{
  GString *page = g_string_new ("<html><head><title>Deep</title></head><body>"
                                "<p>The layout of this page is tables all the way down, as old sites were, "
                                "and the article sits at the top of it.</p>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append (page, "<table><tr><td>cell ");
  g_string_append (page, "<p>The innermost cell holds a sentence of its own, far below the surface.</p>");
  for (guint i = 0; i < 5000; i++)
    g_string_append (page, "</td></tr></table>");
  g_string_append (page, "</body></html>");

  bytes = g_bytes_new_take (page->str, page->len);
  g_string_free (page, FALSE);
  doc = px_import_bytes (bytes, "deep.html", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (px_document_get_text (doc, NULL), "tables all the way down"));
}

static void
test_page_without_text (void)
{
  const char *page = "<html><head><title>Gallery</title></head><body>"
                     "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
                     "<img src=a.jpg><img src=b.jpg><script>var x = 'not text';</script></body></html>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (page, strlen (page));
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = px_import_bytes (bytes, "gallery.html", &error);

  g_assert_null (doc);
  g_assert_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "gallery.html"));
}

/* HTML is told by content: a page saved without an extension, or as .txt. */
static void
test_detected_by_content (void)
{
  g_autofree char *path = data_path ("html", "awkward", "furniture.html", NULL);
  g_autofree char *html = NULL;
  gsize len;
  const char *names[] = { "saved-page", "article.txt" };
  const char *not_html = "Notes on markup\n\nWrite <p> to start a paragraph and </p> to end it.\n";

  g_assert_true (g_file_get_contents (path, &html, &len, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (html, len);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxDocument) doc = px_import_bytes (bytes, names[i], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (px_document_get_site (doc), ==, "The Valley Herald");
    }

  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (not_html, strlen (not_html));
    g_autoptr(PxDocument) doc = px_import_bytes (bytes, "notes.txt", NULL);

    g_assert_cmpuint (px_document_get_n_paragraphs (doc), ==, 2);
    g_assert_null (px_document_get_site (doc));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html/benchmark-pages", test_benchmark_pages);
  g_test_add_func ("/html/furniture", test_furniture);
  g_test_add_func ("/html/json-ld", test_json_ld);
  g_test_add_func ("/html/domain-outlet", test_domain_outlet);
  g_test_add_func ("/html/no-body", test_no_body);
  g_test_add_func ("/html/broken-markup", test_broken_markup);
  g_test_add_func ("/html/control-characters", test_control_characters);
  g_test_add_func ("/html/charsets", test_charsets);
  g_test_add_func ("/html/utf16-page", test_utf16_page);
  g_test_add_func ("/html/nested-tables", test_nested_tables);
  g_test_add_func ("/html/page-without-text", test_page_without_text);
  g_test_add_func ("/html/detected-by-content", test_detected_by_content);
  return g_test_run ();
}
