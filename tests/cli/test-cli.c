/* test-cli.c: parallax-cli as scripts use it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <unistd.h>

#include "cli-run.h"

static gboolean
one_line (const char *text)
{
  return g_str_has_suffix (text, "\n") && strchr (text, '\n') == text + strlen (text) - 1;
}

static void
test_info_text (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *fox = sample ("4-fox8.txt");
  g_auto(Run) run = { 0 };

  run_cli (&run, "info", cnn, fox, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "CNN\n"));
  g_assert_nonnull (strstr (run.out, "paragraphs: 26\n"));
  g_assert_nonnull (strstr (run.out, "\nFOX8\n"));
  g_assert_nonnull (strstr (run.out, "title:      Could US, Iran work together in Iraq? Maybe, officials say\n"));
}

static void
test_info_json (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *breitbart = sample ("3-breitbart.txt");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *docs;
  JsonObject *first;

  run_cli (&run, "info", "--format=json", cnn, breitbart, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);

  docs = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "documents");
  g_assert_cmpuint (json_array_get_length (docs), ==, 2);
  first = json_array_get_object_element (docs, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "outlet"), ==, "CNN");
  g_assert_cmpstr (json_object_get_string_member (first, "path"), ==, cnn);
  g_assert_cmpint (json_object_get_int_member (first, "paragraphs"), ==, 26);
  /* Words by Unicode rules: "U.S." and "he'd" are one word each. */
  g_assert_cmpint (json_object_get_int_member (first, "words"), >, 800);
  g_assert_cmpint (json_object_get_int_member (first, "words"), <, 860);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (first, "title"), "Secretary of State"));
}

static void
test_unreadable (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_auto(Run) run = { 0 };

  run_cli (&run, "info", cnn, "/nonexistent/article.txt", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "parallax-cli: "));
  g_assert_nonnull (strstr (run.err, "/nonexistent/article.txt"));
  /* Exactly one line. */
  g_assert_true (g_str_has_suffix (run.err, "\n"));
  g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, strlen (run.err) - 1);
  /* The readable file is still reported. */
  g_assert_true (g_str_has_prefix (run.out, "CNN\n"));
}

static void
test_usage_errors (void)
{
  g_auto(Run) none = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) format = { 0 };
  g_auto(Run) nofile = { 0 };

  run_cli (&none, NULL);
  g_assert_cmpint (none.status, ==, 2);
  run_cli (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));
  run_cli (&format, "info", "--format=xml", "x", NULL);
  g_assert_cmpint (format.status, ==, 2);
  run_cli (&nofile, "info", NULL);
  g_assert_cmpint (nofile.status, ==, 2);
}

static void
test_quotes_json (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *breitbart = sample ("3-breitbart.txt");
  g_autofree char *fox = sample ("4-fox8.txt");
  const char *paths[] = { cnn, breitbart, fox };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *quotes;
  gboolean seen_three = FALSE, seen_kinds[3] = { FALSE, FALSE, FALSE };
  gboolean seen_uncertain = FALSE, seen_sure = FALSE;

  run_cli (&run, "quotes", "--format=json", cnn, breitbart, fox, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  quotes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "quotes");
  g_assert_cmpuint (json_array_get_length (quotes), >, 10);
  /* Confidences to two places, not 0.59999999999999998. */
  g_assert_true (strstr (run.out, "\"speaker_confidence\":") ||
                 strstr (run.out, "\"speaker_confidence\" :"));
  g_assert_false (g_regex_match_simple ("\"speaker_confidence\"\\s*:\\s*[0-9]\\.[0-9]{3,}",
                                        run.out, 0, 0));

  for (guint q = 0; q < json_array_get_length (quotes); q++)
    {
      JsonObject *group = json_array_get_object_element (quotes, q);
      JsonArray *occ = json_object_get_array_member (group, "occurrences");
      JsonArray *docs = json_object_get_array_member (group, "documents");

      g_assert_true (json_object_has_member (group, "speaker"));
      g_assert_true (json_object_has_member (group, "speaker_confidence"));
      g_assert_true (json_object_has_member (group, "speaker_uncertain"));
      if (json_object_get_string_member (group, "speaker"))
        {
          double c = json_object_get_double_member (group, "speaker_confidence");

          g_assert_cmpfloat (c, >, 0.0);
          g_assert_cmpfloat (c, <=, 1.0);
          /* Uncertain means below the one threshold, sure above it. */
          if (json_object_get_boolean_member (group, "speaker_uncertain"))
            {
              seen_uncertain = TRUE;
              g_assert_cmpfloat (c, <, 0.9);
            }
          else
            {
              seen_sure = TRUE;
              g_assert_cmpfloat (c, >=, 0.5);
            }
        }
      else
        g_assert_false (json_object_get_boolean_member (group, "speaker_uncertain"));
      g_assert_cmpuint (json_array_get_length (occ), >=, 1);
      seen_three |= json_array_get_length (docs) == 3;
      for (guint i = 0; i < json_array_get_length (occ); i++)
        {
          JsonObject *o = json_array_get_object_element (occ, i);
          gint64 d = json_object_get_int_member (o, "document");
          gint64 start = json_object_get_int_member (o, "start");
          gint64 end = json_object_get_int_member (o, "end");
          const char *text = json_object_get_string_member (o, "text");
          const char *match = json_object_get_string_member (o, "match");
          g_autofree char *contents = NULL;

          g_assert_cmpint (d, >=, 0);
          g_assert_cmpint (d, <, 3);
          g_assert_cmpint (start, <, end);
          /* Offsets point at the quoted words in the file itself. */
          g_assert_true (g_file_get_contents (paths[d], &contents, NULL, NULL));
          if (!memchr (contents + start, '\n', end - start))   /* one paragraph */
            g_assert_cmpint (strncmp (contents + start, text, end - start), ==, 0);
          if (g_str_equal (match, "exact"))
            seen_kinds[0] = TRUE;
          else if (g_str_equal (match, "variant"))
            seen_kinds[1] = TRUE;
          else if (g_str_equal (match, "partial"))
            seen_kinds[2] = TRUE;
          else
            g_assert_not_reached ();
        }
    }
  /* Kerry's "Let's see what Iran might…" is in all three, whole or split. */
  g_assert_true (seen_three);
  g_assert_true (seen_uncertain);
  g_assert_true (seen_sure);
  g_assert_true (seen_kinds[0] && seen_kinds[1] && seen_kinds[2]);
}

static void
test_quotes_text (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *fox = sample ("4-fox8.txt");
  g_auto(Run) run = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) missing = { 0 };

  run_cli (&run, "quotes", cnn, fox, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "1. John Kerry\n"));
  g_assert_nonnull (strstr (run.out, "John Kirby\n   “There are no plans to consult Iran"));
  g_assert_nonnull (strstr (run.out, "   FOX8  absent\n"));
  g_assert_nonnull (strstr (run.out, "   FOX8  trimmed\n"));

  run_cli (&bad, "quotes", "--format=xml", cnn, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  run_cli (&missing, "quotes", cnn, "/nonexistent/article.txt", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "/nonexistent/article.txt"));
}

static char *
module_path (const char *name)
{
  g_autofree char *dir = g_path_get_dirname (g_getenv ("PARALLAX_CLI"));
  g_autofree char *file = g_strdup_printf ("lib%s.so", name);

  return g_build_filename (dir, file, NULL);
}

/* The headless tool must run where no GTK is installed; and the program
 * itself links GLib alone, so that a word diff does not wait for
 * libraries it does not use (each module brings its own). */
static void
test_no_gtk (void)
{
  const char *modules[] = { "parallax-cli-commands", "parallax-html", "parallax-report",
                            "parallax-pdf", "parallax-office", "parallax-fetch" };
  g_autofree char *program = run_program ("ldd", g_getenv ("PARALLAX_CLI"), NULL);
  g_autofree char *commands_path = module_path ("parallax-cli-commands");
  g_autofree char *commands = run_program ("ldd", commands_path, NULL);

  g_assert_nonnull (strstr (program, "libglib-2.0"));
  for (const char *const *lib = (const char *[]) { "libgobject", "libgio", "libjson-glib", "libxml2",
                                                    "libcairo", "libpango", NULL }; *lib; lib++)
    g_assert_null (strstr (program, *lib));

  for (guint i = 0; i < G_N_ELEMENTS (modules); i++)
    {
      g_autofree char *path = module_path (modules[i]);
      g_autofree char *out = run_program ("ldd", path, NULL);

      g_assert_null (strstr (out, "libgtk"));
      g_assert_null (strstr (out, "libadwaita"));
      g_assert_null (strstr (out, "libgdk"));
    }

  /* Plain text and JSON do not load libxml2, cairo or Pango either. */
  g_assert_nonnull (strstr (commands, "libjson-glib"));
  for (const char *const *lib = (const char *[]) { "libxml2", "libicu", "libcairo", "libpango",
                                                    "libpoppler", "libarchive", "libsoup", NULL };
       *lib; lib++)
    g_assert_null (strstr (commands, *lib));
}

/* The word diff runs with no module at all; a command that needs a
 * missing module says so in one line, and so does a web page when
 * only its reader is missing. */
static void
test_missing_modules (void)
{
  g_autofree char *cnn = sample ("1-cnn-web-page.txt");
  g_autofree char *cnn2 = sample ("2-cnn.txt");
  g_autofree char *dir = g_dir_make_tmp ("parallax-modules-XXXXXX", NULL);
  g_autofree char *page = g_build_filename (dir, "page.html", NULL);
  g_autofree char *commands = module_path ("parallax-cli-commands");
  g_autofree char *link = g_build_filename (dir, "libparallax-cli-commands.so", NULL);
  const char *none[] = { "PARALLAX_MODULE_DIR", "/nonexistent/parallax-modules", NULL };
  const char *only_commands[] = { "PARALLAX_MODULE_DIR", dir, NULL };
  g_auto(Run) diff = { 0 };
  g_auto(Run) info = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) web = { 0 };

  run_cli_text (&diff, none, "diff", cnn, cnn2, NULL);
  g_assert_cmpint (diff.status, ==, 1);
  g_assert_nonnull (strstr (diff.out, "[-"));
  g_assert_cmpstr (diff.err, ==, "");

  run_cli_text (&info, none, "info", cnn, NULL);
  g_assert_cmpint (info.status, ==, 2);
  g_assert_true (one_line (info.err));
  g_assert_nonnull (strstr (info.err, "reinstall Parallax"));
  g_assert_cmpstr (info.out, ==, "");

  run_cli_text (&json, none, "diff", "--format=json", cnn, cnn2, NULL);
  g_assert_cmpint (json.status, ==, 2);
  g_assert_true (one_line (json.err));

  /* The commands, without the web page reader: text files still read. */
  g_assert_true (g_file_set_contents (page, "<html><body><article><h1>A headline</h1>"
                                      "<p>One paragraph of the article, long enough to be taken for one.</p>"
                                      "</article></body></html>", -1, NULL));
  g_assert_cmpint (symlink (commands, link), ==, 0);
  run_cli_text (&text, only_commands, "info", cnn2, NULL);
  g_assert_cmpint (text.status, ==, 0);
  run_cli_text (&web, only_commands, "info", page, NULL);
  g_assert_cmpint (web.status, ==, 2);
  g_assert_true (one_line (web.err));
  g_assert_nonnull (strstr (web.err, "page.html"));
  g_assert_nonnull (strstr (web.err, "web page"));

  g_unlink (link);
  g_unlink (page);
  g_rmdir (dir);
}

static char *
slice (const char *text, gint64 start, gint64 end)
{
  g_assert_cmpint (start, <=, end);
  return g_strndup (text + start, end - start);
}

static void
test_compare_json (void)
{
  g_autofree char *a = sample ("1-cnn-web-page.txt");
  g_autofree char *b = sample ("2-cnn.txt");
  g_autofree char *c = sample ("3-breitbart.txt");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  JsonObject *root;
  JsonArray *docs, *rows, *sim;
  guint diffed = 0;

  run_cli (&run, "compare", "--format=json", "--reference=2", a, b, c, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpint (json_object_get_int_member (root, "reference"), ==, 1);
  docs = json_object_get_array_member (root, "documents");
  g_assert_cmpuint (json_array_get_length (docs), ==, 3);
  for (guint d = 0; d < 3; d++)
    {
      JsonObject *doc = json_array_get_object_element (docs, d);
      char *text;

      g_assert_true (g_file_get_contents (json_object_get_string_member (doc, "path"), &text, NULL, NULL));
      g_ptr_array_add (texts, text);
      g_assert_nonnull (json_object_get_string_member (doc, "outlet"));
      g_assert_nonnull (json_object_get_string_member (doc, "title"));
      g_assert_cmpint (json_object_get_int_member (doc, "words"), >, 400);
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (doc, "paragraphs")));
    }

  sim = json_object_get_array_member (root, "similarity");
  g_assert_cmpuint (json_array_get_length (sim), ==, 3);
  g_assert_cmpfloat (json_array_get_double_element (json_array_get_array_element (sim, 0), 0), ==, 1.0);

  rows = json_object_get_array_member (root, "rows");
  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonObject *row = json_array_get_object_element (rows, r);
      JsonArray *cells = json_object_get_array_member (row, "cells");
      JsonArray *diffs = json_object_get_array_member (row, "diffs");

      g_assert_cmpuint (json_array_get_length (cells), ==, 3);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (row, "moved")), ==, 3);
      for (guint d = 0; d < 3; d++)
        {
          JsonNode *ops_node = json_array_get_element (diffs, d);
          JsonArray *ops;
          JsonObject *rp, *dp;
          GString *old_side, *new_side;
          g_autofree char *want_old = NULL, *want_new = NULL;

          if (JSON_NODE_HOLDS_NULL (ops_node))
            continue;
          /* A cell's diff joins back into both paragraphs, byte for byte. */
          ops = json_node_get_array (ops_node);
          rp = json_array_get_object_element (json_object_get_array_member (json_array_get_object_element (docs, 1), "paragraphs"),
                                              json_array_get_int_element (cells, 1));
          dp = json_array_get_object_element (json_object_get_array_member (json_array_get_object_element (docs, d), "paragraphs"),
                                              json_array_get_int_element (cells, d));
          old_side = g_string_new (NULL);
          new_side = g_string_new (NULL);
          for (guint k = 0; k < json_array_get_length (ops); k++)
            {
              JsonObject *op = json_array_get_object_element (ops, k);
              const char *kind = json_object_get_string_member (op, "op");
              g_autofree char *o = slice (texts->pdata[1], json_object_get_int_member (op, "old_start"),
                                          json_object_get_int_member (op, "old_end"));
              g_autofree char *n = slice (texts->pdata[d], json_object_get_int_member (op, "new_start"),
                                          json_object_get_int_member (op, "new_end"));

              if (!g_str_equal (kind, "insert"))
                g_string_append (old_side, o);
              if (!g_str_equal (kind, "delete"))
                g_string_append (new_side, n);
              g_assert_cmpstr (json_object_get_string_member (op, "text"), ==,
                               g_str_equal (kind, "insert") ? n : o);
            }
          want_old = slice (texts->pdata[1], json_object_get_int_member (rp, "start"), json_object_get_int_member (rp, "end"));
          want_new = slice (texts->pdata[d], json_object_get_int_member (dp, "start"), json_object_get_int_member (dp, "end"));
          g_assert_cmpstr (old_side->str, ==, want_old);
          g_assert_cmpstr (new_side->str, ==, want_new);
          g_string_free (old_side, TRUE);
          g_string_free (new_side, TRUE);
          diffed++;
        }
    }
  g_assert_cmpuint (diffed, >, 30);

  /* Quotes: every occurrence indexes its words in its document, and an
   * altered or trimmed one carries its diff against the fullest version. */
  {
    JsonArray *quotes = json_object_get_array_member (root, "quotes");
    guint with_diff = 0;

    g_assert_cmpuint (json_array_get_length (quotes), >, 5);
    for (guint q = 0; q < json_array_get_length (quotes); q++)
      {
        JsonObject *group = json_array_get_object_element (quotes, q);
        JsonArray *occ = json_object_get_array_member (group, "occurrences");
        JsonObject *ref = json_array_get_object_element (occ, json_object_get_int_member (group, "reference"));

        for (guint k = 0; k < json_array_get_length (occ); k++)
          {
            JsonObject *o = json_array_get_object_element (occ, k);
            gint64 d = json_object_get_int_member (o, "document");
            g_autofree char *words = slice (texts->pdata[d], json_object_get_int_member (o, "start"),
                                            json_object_get_int_member (o, "end"));
            GString *old_side;
            JsonArray *ops;
            g_autofree char *want = NULL;

            g_assert_cmpstr (words, ==, json_object_get_string_member (o, "text"));
            if (!json_object_has_member (o, "diff"))
              continue;
            g_assert_cmpstr (json_object_get_string_member (o, "match"), !=, "exact");
            ops = json_object_get_array_member (o, "diff");
            old_side = g_string_new (NULL);
            for (guint i = 0; i < json_array_get_length (ops); i++)
              {
                JsonObject *op = json_array_get_object_element (ops, i);

                if (!g_str_equal (json_object_get_string_member (op, "op"), "insert"))
                  g_string_append (old_side, json_object_get_string_member (op, "text"));
              }
            want = slice (texts->pdata[json_object_get_int_member (ref, "document")],
                          json_object_get_int_member (ref, "start"), json_object_get_int_member (ref, "end"));
            g_assert_cmpstr (old_side->str, ==, want);
            g_string_free (old_side, TRUE);
            with_diff++;
          }
      }
    g_assert_cmpuint (with_diff, >, 0);
  }
}

/* Long inputs: parallax-cli starts itself again with GSlice set to
 * malloc (GLib before 2.76), the quotations are found on a thread and
 * the JSON rows are built on two.  The output is the same whichever
 * way it starts, and each paragraph's "row" finds it in that row. */
static void
test_compare_long (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-long-XXXXXX", NULL);
  const char *names[] = { "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt" };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *unset[] = { "G_SLICE", NULL, NULL };
  const char *set[] = { "G_SLICE", "always-malloc", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) restarted = { 0 };
  g_auto(Run) direct = { 0 };
  JsonArray *docs, *rows;
  gsize total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *from = sample (names[i]);
      g_autofree char *text = NULL;
      g_autoptr(GString) copies = g_string_new (NULL);
      char *to = g_build_filename (dir, names[i], NULL);

      g_assert_true (g_file_get_contents (from, &text, NULL, NULL));
      for (guint k = 0; k < 4; k++)
        g_string_append_printf (copies, "%s\n\nThe end of part %u of %s.\n\n", text, k, names[i]);
      g_assert_true (g_file_set_contents (to, copies->str, copies->len, NULL));
      total += copies->len;
      g_ptr_array_add (paths, to);
    }
  g_assert_cmpuint (total, >, 64 * 1024);

  run_cli_text (&restarted, unset, "compare", "--format=json", paths->pdata[0], paths->pdata[1],
               paths->pdata[2], paths->pdata[3], paths->pdata[4], NULL);
  run_cli_text (&direct, set, "compare", "--format=json", paths->pdata[0], paths->pdata[1],
               paths->pdata[2], paths->pdata[3], paths->pdata[4], NULL);
  g_assert_cmpint (restarted.status, ==, 0);
  g_assert_cmpstr (restarted.err, ==, "");
  g_assert_cmpint (direct.status, ==, 0);
  g_assert_cmpstr (restarted.out, ==, direct.out);

  json_parser_load_from_data (parser, restarted.out, -1, &error);
  g_assert_no_error (error);
  docs = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "documents");
  rows = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "rows");
  g_assert_cmpuint (json_array_get_length (rows), >, 100);
  for (guint d = 0; d < json_array_get_length (docs); d++)
    {
      JsonArray *paras = json_object_get_array_member (json_array_get_object_element (docs, d), "paragraphs");

      for (guint p = 0; p < json_array_get_length (paras); p++)
        {
          gint64 r = json_object_get_int_member (json_array_get_object_element (paras, p), "row");
          JsonArray *cells = json_object_get_array_member (json_array_get_object_element (rows, r), "cells");

          g_assert_cmpint (json_array_get_int_element (cells, d), ==, p);
        }
    }
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "quotes")), >, 10);

  for (guint i = 0; i < paths->len; i++)
    g_unlink (paths->pdata[i]);
  g_rmdir (dir);
}

static void
test_compare_text (void)
{
  g_autofree char *a = sample ("2-cnn.txt");
  g_autofree char *b = sample ("3-breitbart.txt");
  g_autofree char *tmp = g_dir_make_tmp ("parallax-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (tmp, "report.txt", NULL);
  g_autofree char *written = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) unwritable = { 0 };

  run_cli (&run, "compare", "--output", out, a, b, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_nonnull (strstr (written, "Comparing 2 articles"));
  g_assert_nonnull (strstr (written, "Breitbart"));
  g_assert_nonnull (strstr (written, "omitted"));

  run_cli (&bad, "compare", "--reference=3", a, b, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "--reference"));

  run_cli (&unwritable, "compare", "--output", "/nonexistent/dir/report.txt", a, b, NULL);
  g_assert_cmpint (unwritable.status, ==, 2);
  g_assert_false (g_file_test ("/nonexistent/dir/report.txt", G_FILE_TEST_EXISTS));

  g_unlink (out);
  g_rmdir (tmp);
}

static void
test_compare_pdf (void)
{
  g_autofree char *a = sample ("2-cnn.txt");
  g_autofree char *b = sample ("3-breitbart.txt");
  g_autofree char *c = sample ("4-fox8.txt");
  g_autofree char *tmp = g_dir_make_tmp ("parallax-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (tmp, "report.pdf", NULL);
  g_autofree char *us = g_build_filename (tmp, "us.pdf", NULL);
  g_autofree char *bad_out = g_build_filename (tmp, "missing", "report.pdf", NULL);
  g_autofree char *info = NULL, *us_info = NULL, *written = NULL;
  const char *letter_env[] = { "LC_ALL", "", "LC_PAPER", "en_US.UTF-8", "LANG", "C", NULL };
  gsize length;
  g_auto(Run) run = { 0 };
  g_auto(Run) us_run = { 0 };
  g_auto(Run) no_output = { 0 };
  g_auto(Run) piped = { 0 };
  g_auto(Run) bad_paper = { 0 };
  g_auto(Run) unwritable = { 0 };

  g_autofree char *poppler = g_find_program_in_path ("pdfinfo");

  if (poppler == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }

  run_cli (&run, "compare", "--format=pdf", "--paper=letter", "--landscape", "--title=Kerry & Iran", "--output", out,
           a, b, c, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_get_contents (out, &written, &length, NULL));
  g_assert_true (g_str_has_prefix (written, "%PDF-"));
  info = run_program ("pdfinfo", out, NULL);
  g_assert_nonnull (strstr (info, "Title:           Kerry & Iran\n"));
  g_assert_nonnull (strstr (info, "Creator:         Parallax"));
  g_assert_nonnull (strstr (info, "Page size:       792 x 612 pts"));

  /* The paper follows the locale when no --paper is given. */
  run_cli_text (&us_run, letter_env, "compare", "--format=pdf", "--output", us, a, b, NULL);
  g_assert_cmpint (us_run.status, ==, 0);
  us_info = run_program ("pdfinfo", us, NULL);
  g_assert_nonnull (strstr (us_info, "Page size:       612 x 792 pts"));

  /* Binary output needs a file. */
  run_cli (&no_output, "compare", "--format=pdf", a, b, NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "--output"));
  g_assert_true (one_line (no_output.err));
  g_assert_cmpstr (no_output.out, ==, "");

  /* "-" is a pipe here, not a terminal: the PDF goes down it. */
  run_cli (&piped, "compare", "--format=pdf", "--output=-", a, b, NULL);
  g_assert_cmpint (piped.status, ==, 0);
  g_assert_cmpuint (piped.out_len, >, 1000);
  g_assert_true (memcmp (piped.out, "%PDF-", 5) == 0);

  run_cli (&bad_paper, "compare", "--format=pdf", "--paper=a5", "--output", out, a, b, NULL);
  g_assert_cmpint (bad_paper.status, ==, 2);
  g_assert_nonnull (strstr (bad_paper.err, "a5"));

  run_cli (&unwritable, "compare", "--format=pdf", "--output", bad_out, a, b, NULL);
  g_assert_cmpint (unwritable.status, ==, 2);
  g_assert_true (one_line (unwritable.err));
  g_assert_nonnull (strstr (unwritable.err, bad_out));
  g_assert_false (g_file_test (bad_out, G_FILE_TEST_EXISTS));

  g_unlink (out);
  g_unlink (us);
  g_assert_cmpint (g_rmdir (tmp), ==, 0);
}

static void
test_compare_html (void)
{
  g_autofree char *a = sample ("2-cnn.txt");
  g_autofree char *b = sample ("5-cnsnews.txt");
  g_auto(Run) run = { 0 };
  g_auto(Run) bad = { 0 };

  run_cli (&run, "compare", "--format=html", "--title=<Kerry>", a, b, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (run.out, "<title>&lt;Kerry&gt;</title>"));
  g_assert_nonnull (strstr (run.out, "<section id=\"aligned\">"));
  g_assert_nonnull (strstr (run.out, "CNSNews"));
  g_assert_true (g_str_has_suffix (run.out, "</html>\n"));

  run_cli (&bad, "compare", "--format=docx", a, b, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "docx"));
}

/* --handout writes the handout and, beside it, the answer key; the
 * teacher can leave the key out and set the number of questions. */
static void
test_compare_handout (void)
{
  g_autofree char *a = sample ("1-cnn-web-page.txt");
  g_autofree char *b = sample ("3-breitbart.txt");
  g_autofree char *c = sample ("4-fox8.txt");
  g_autofree char *tmp = g_dir_make_tmp ("parallax-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (tmp, "handout.pdf", NULL);
  g_autofree char *key = g_build_filename (tmp, "handout-answers.pdf", NULL);
  g_autofree char *lone = g_build_filename (tmp, "lone.html", NULL);
  g_autofree char *lone_key = g_build_filename (tmp, "lone-answers.html", NULL);
  g_autofree char *html = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) no_key = { 0 };
  g_auto(Run) to_stdout = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) too_many = { 0 };

  run_cli (&run, "compare", "--format=pdf", "--handout", "--questions=4", "--output", out, a, b, c, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (key, G_FILE_TEST_IS_REGULAR));

  run_cli (&no_key, "compare", "--format=html", "--handout", "--no-answers", "--questions=2", "--output", lone,
           a, b, c, NULL);
  g_assert_cmpint (no_key.status, ==, 0);
  g_assert_true (g_file_test (lone, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (lone_key, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (lone, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "id=\"questions\""));
  g_assert_null (strstr (html, "<del"));
  g_assert_null (strstr (html, "<ins"));
  /* Two questions asked: a third is not there. */
  g_assert_nonnull (strstr (html, ">2. "));
  g_assert_null (strstr (html, ">3. "));

  /* The key needs a file name to go beside; text has no handout. */
  run_cli (&to_stdout, "compare", "--format=html", "--handout", a, b, NULL);
  g_assert_cmpint (to_stdout.status, !=, 0);
  g_assert_nonnull (strstr (to_stdout.err, "--no-answers"));
  run_cli (&text, "compare", "--handout", "--no-answers", a, b, NULL);
  g_assert_cmpint (text.status, !=, 0);
  run_cli (&too_many, "compare", "--format=pdf", "--handout", "--questions=0", "--output", out, a, b, NULL);
  g_assert_cmpint (too_many.status, !=, 0);

  g_remove (out);
  g_remove (key);
  g_remove (lone);
  g_rmdir (tmp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/info/text", test_info_text);
  g_test_add_func ("/cli/info/json", test_info_json);
  g_test_add_func ("/cli/info/unreadable", test_unreadable);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/quotes/json", test_quotes_json);
  g_test_add_func ("/cli/quotes/text", test_quotes_text);
  g_test_add_func ("/cli/no-gtk", test_no_gtk);
  g_test_add_func ("/cli/missing-modules", test_missing_modules);
  g_test_add_func ("/cli/compare/json", test_compare_json);
  g_test_add_func ("/cli/compare/long", test_compare_long);
  g_test_add_func ("/cli/compare/text", test_compare_text);
  g_test_add_func ("/cli/compare/pdf", test_compare_pdf);
  g_test_add_func ("/cli/compare/html", test_compare_html);
  g_test_add_func ("/cli/compare/handout", test_compare_handout);

  return g_test_run ();
}
