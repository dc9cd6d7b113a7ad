/* test-cli-source.c: parallax-cli compare/quotes --source=FILE
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cli-run.h"

static char *
event_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "sources", "riverton", name, NULL);
}

static char *
source_arg (const char *path)
{
  return g_strconcat ("--source=", path, NULL);
}

/* compare --format=json: per occurrence the label, the spans and the
 * diff; the source is marked and not counted as an outlet. */
static void
test_compare_json (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *transcript = event_file ("0-transcript.txt");
  g_autofree char *a = event_file ("1-riverton-post.txt");
  g_autofree char *b = event_file ("2-valley-herald.txt");
  g_autofree char *c = event_file ("3-wire.txt");
  g_autofree char *src = source_arg (transcript);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *check;
  JsonArray *quotes;
  GHashTable *labels = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean saw_diff = FALSE;

  run_cli (&run, "compare", "--format=json", src, a, b, c, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (json_object_get_array_member (root, "documents"), 3),
                                                 "primary_source"));
  check = json_object_get_object_member (root, "source_check");
  g_assert_nonnull (check);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (check, "sources"), 0), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (check, "tally")), ==, 3);
  quotes = json_object_get_array_member (check, "quotes");
  g_assert_cmpuint (json_array_get_length (quotes), ==, 12);
  for (guint i = 0; i < json_array_get_length (quotes); i++)
    {
      JsonObject *q = json_array_get_object_element (quotes, i);
      JsonArray *spans = json_object_get_array_member (q, "spans");
      const char *label = json_object_get_string_member (q, "label");

      g_hash_table_add (labels, (gpointer) label);
      g_assert_cmpuint (json_array_get_length (spans) == 0, ==, g_str_equal (label, "not-found"));
      for (guint s = 0; s < json_array_get_length (spans); s++)
        {
          JsonObject *span = json_array_get_object_element (spans, s);
          JsonArray *diff = json_object_get_array_member (span, "diff");

          g_assert_cmpint (json_object_get_int_member (span, "source"), ==, 3);
          for (guint k = 0; k < json_array_get_length (diff); k++)
            if (g_str_equal (json_object_get_string_member (json_array_get_object_element (diff, k), "op"), "delete") &&
                g_str_equal (label, "altered"))
              saw_diff = TRUE;
        }
    }
  g_assert_true (saw_diff);
  g_assert_cmpuint (g_hash_table_size (labels), ==, 6);
  g_hash_table_unref (labels);
}

/* quotes --source, text: a tally and each quotation with its label. */
static void
test_quotes_text (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *transcript = event_file ("0-transcript.txt");
  g_autofree char *b = event_file ("2-valley-herald.txt");
  g_autofree char *src = source_arg (transcript);

  run_cli (&run, "quotes", src, b, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Quotes against the source:"));
  g_assert_nonnull (strstr (run.out, "0 verbatim, 0 trimmed, 1 altered, 1 spliced, 1 other speaker, 1 not in the source"));
  g_assert_nonnull (strstr (run.out, "[-this room-] {+Washington+}"));
  g_assert_nonnull (strstr (run.out, "— spliced"));
  /* The transcript is no outlet of the quote table. */
  g_assert_null (strstr (run.out, "Transcript     absent"));
}

/* Bad sources: a binary file and an unreadable one stop with a message;
 * an empty one is refused like an empty article; a source with an
 * article's words is checked, with a warning. */
static void
test_bad_sources (void)
{
  g_autofree char *dir = g_dir_make_tmp ("px-cli-source-XXXXXX", NULL);
  g_autofree char *binary = g_build_filename (dir, "photo.png", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.txt", NULL);
  g_autofree char *article = event_file ("1-riverton-post.txt");
  static const char png[] = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01";

  g_assert_true (g_file_set_contents (binary, png, sizeof png - 1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  {
    g_auto(Run) run = { 0 };
    g_autofree char *src = source_arg (binary);

    run_cli (&run, "quotes", src, article, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "is a PNG image, not an article"));
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(Run) run = { 0 };
    g_autofree char *src = source_arg (empty);

    run_cli (&run, "compare", src, article, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "empty"));
  }
  {
    g_auto(Run) run = { 0 };
    g_autofree char *src = source_arg (article);

    run_cli (&run, "quotes", src, article, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.err, "has the same words as the article"));
    g_assert_nonnull (strstr (run.out, "Quotes against the source:"));
  }
  g_remove (binary);
  g_remove (empty);
  g_rmdir (dir);
}

/* The report's section: the tally and each quotation with its label. */
static void
test_report_html (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *transcript = event_file ("0-transcript.txt");
  g_autofree char *a = event_file ("1-riverton-post.txt");
  g_autofree char *b = event_file ("2-valley-herald.txt");
  g_autofree char *src = source_arg (transcript);
  g_auto(Run) without = { 0 };

  run_cli (&run, "compare", "--format=html", src, a, b, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Quotes against the source"));
  g_assert_nonnull (strstr (run.out, "spliced"));
  g_assert_nonnull (strstr (run.out, "other speaker"));
  g_assert_nonnull (strstr (run.out, "bracketed insertion recognised"));
  g_assert_nonnull (strstr (run.out, "SECRETARY HOLT"));
  /* Without a source, no such section. */
  run_cli (&without, "compare", "--format=html", a, b, NULL);
  g_assert_cmpint (without.status, ==, 0);
  g_assert_null (strstr (without.out, "Quotes against the source"));
}

/* Whether @html names @outlet in any "Omitted by: …" note. */
static gboolean
omitted_by_names (const char *html, const char *outlet)
{
  for (const char *at = strstr (html, "Omitted by: "); at; at = strstr (at + 1, "Omitted by: "))
    {
      const char *end = strchr (at, '<');
      g_autofree char *note = g_strndup (at, end ? (gsize) (end - at) : strlen (at));

      if (strstr (note, outlet))
        return TRUE;
    }
  return FALSE;
}

/* The primary source is not an outlet in the report (issue 17): no
 * summary of what it leaves out, no row in the heat map, no column in the
 * quotation grid or the aligned text, never "Omitted by" it; the articles
 * still are, and the source keeps its own section. */
static void
test_report_source_not_outlet (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *transcript = event_file ("0-transcript.txt");
  g_autofree char *a = event_file ("1-riverton-post.txt");
  g_autofree char *b = event_file ("2-valley-herald.txt");
  g_autofree char *c = event_file ("3-wire.txt");
  g_autofree char *src = source_arg (transcript);

  /* Four outlets (the wire story twice), so that the aligned text is
   * stacked and names the outlets that omit a paragraph. */
  run_cli (&run, "compare", "--format=html", src, a, b, c, c, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* The articles are compared as before. */
  g_assert_nonnull (strstr (run.out, "4 articles compared"));
  g_assert_nonnull (strstr (run.out, "<strong>Wire</strong> leaves out"));
  g_assert_nonnull (strstr (run.out, "<th scope=\"col\">Wire"));
  g_assert_true (omitted_by_names (run.out, "Wire"));
  g_assert_nonnull (strstr (run.out, "Quotes against the source"));
  /* The source is not. */
  g_assert_null (strstr (run.out, "<strong>transcript</strong> leaves out"));
  g_assert_null (strstr (run.out, "<th scope=\"col\">transcript"));
  g_assert_null (strstr (run.out, "title=\"transcript\""));
  g_assert_null (strstr (run.out, "<span>transcript · </span>"));
  g_assert_false (omitted_by_names (run.out, "transcript"));
  /* The table of articles lists it, as what it is. */
  g_assert_nonnull (strstr (run.out, "transcript</strong> <em class=\"note\">(primary source)</em>"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/source/compare-json", test_compare_json);
  g_test_add_func ("/cli/source/quotes-text", test_quotes_text);
  g_test_add_func ("/cli/source/bad-sources", test_bad_sources);
  g_test_add_func ("/cli/source/report-html", test_report_html);
  g_test_add_func ("/cli/source/report-source-not-outlet", test_report_source_not_outlet);
  return g_test_run ();
}
