/* test-cli.c: parallax-cli as scripts use it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run *run, ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (char *) g_getenv ("PARALLAX_CLI"));
  va_start (ap, run);
  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  proc = g_subprocess_newv ((const char * const *) args->pdata,
                            G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (proc);
}

static char *
sample (const char *name)
{
  return g_build_filename (g_getenv ("PARALLAX_SAMPLES"), name, NULL);
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

  run_cli (&run, "quotes", "--format=json", cnn, breitbart, fox, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  quotes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "quotes");
  g_assert_cmpuint (json_array_get_length (quotes), >, 10);

  for (guint q = 0; q < json_array_get_length (quotes); q++)
    {
      JsonObject *group = json_array_get_object_element (quotes, q);
      JsonArray *occ = json_object_get_array_member (group, "occurrences");
      JsonArray *docs = json_object_get_array_member (group, "documents");

      g_assert_true (json_object_has_member (group, "speaker"));
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

/* The headless tool must run where no GTK is installed. */
static void
test_no_gtk (void)
{
  const char *argv[] = { "ldd", g_getenv ("PARALLAX_CLI"), NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "libglib-2.0"));
  g_assert_null (strstr (out, "libgtk"));
  g_assert_null (strstr (out, "libadwaita"));
  g_assert_null (strstr (out, "libgdk"));
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

  return g_test_run ();
}
