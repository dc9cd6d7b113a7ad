/* test-cli-text.c: parallax-cli text, as scripts use it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cli-run.h"

static char *
data (const char *dir, const char *name)
{
  return g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", dir, name, NULL);
}

static void
test_text_page (void)
{
  g_autofree char *page = data ("html/awkward", "furniture.html");
  g_auto(Run) run = { 0 };

  run_cli (&run, "text", page, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  /* Headline first, then paragraphs separated by blank lines. */
  g_assert_true (g_str_has_prefix (run.out, "Bridge to reopen in spring\n\nThe river bridge closed"));
  g_assert_nonnull (strstr (run.out, "\n\nBuses first\n\nBuses and emergency"));
  g_assert_true (g_str_has_suffix (run.out, "compensate them for the winter.\n"));
  g_assert_null (strstr (run.out, "Most read"));
}

static void
test_json (void)
{
  g_autofree char *page = data ("html/awkward", "jsonld.html");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonObject *doc;

  run_cli (&run, "text", "--format=json", page, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  doc = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "documents"), 0);
  g_assert_cmpstr (json_object_get_string_member (doc, "path"), ==, page);
  g_assert_cmpstr (json_object_get_string_member (doc, "headline"), ==, "Orchard harvest is the best in a decade");
  g_assert_cmpstr (json_object_get_string_member (doc, "site"), ==, "Farmers Weekly Digest");
  g_assert_cmpstr (json_object_get_string_member (doc, "outlet"), ==, "Farmers Weekly Digest");
  g_assert_cmpstr (json_object_get_string_member (doc, "author"), ==, "Tomas Berg, Ana Ruiz");
  g_assert_cmpstr (json_object_get_string_member (doc, "date"), ==, "2026-09-30T06:00:00+02:00");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "paragraphs")), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "notices")), ==, 0);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (doc, "text"),
                                   "Orchard harvest is the best in a decade\n\nApple growers"));
}

/* Conversions are told on stderr; stdout stays the text. */
static void
test_notices (void)
{
  g_autofree char *txt = data ("text", "cp1252-crlf.txt");
  g_auto(Run) run = { 0 };

  run_cli (&run, "text", txt, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Café prices\n\nThe café raised its prices – again “this week”.\n");
  g_assert_nonnull (strstr (run.err, "Windows-1252"));
  g_assert_nonnull (strstr (run.err, "cp1252-crlf.txt"));
}

static void
test_refusals (void)
{
  g_autofree char *dir = data ("text", "");
  g_autofree char *tmp = g_dir_make_tmp ("parallax-cli-XXXXXX", NULL);
  g_autofree char *zip = g_build_filename (tmp, "article.html", NULL);
  g_autofree char *empty = g_build_filename (tmp, "empty.txt", NULL);
  const char *paths[] = { dir, zip, empty, "/nonexistent/page.html" };

  g_assert_true (g_file_set_contents (zip, "PK\x03\x04\x14\0\0\0\x08\0", 10, NULL));
  g_assert_true (g_file_set_contents (empty, "  \n\n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *base = g_path_get_basename (paths[i]);

      run_cli (&run, "text", paths[i], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, base));
      /* One line. */
      g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, strlen (run.err) - 1);
    }
  g_unlink (zip);
  g_unlink (empty);
  g_rmdir (tmp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/text/page", test_text_page);
  g_test_add_func ("/cli/text/json", test_json);
  g_test_add_func ("/cli/text/notices", test_notices);
  g_test_add_func ("/cli/text/refusals", test_refusals);

  return g_test_run ();
}
