/* test-cli-session.c: parallax-cli compare reads a saved comparison (.parallax)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-run.h"
#include "px-import.h"
#include "px-session.h"

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
member (JsonNode *root, const char *name)
{
  return json_object_get_member (json_node_get_object (root), name);
}

static void
test_compare_session (void)
{
  g_autofree char *a = sample ("2-cnn.txt");
  g_autofree char *b = sample ("3-breitbart.txt");
  g_autofree char *dir = g_dir_make_tmp ("px-cli-session-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "event.parallax", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PxSession) session = px_session_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) from_session = NULL;
  g_autoptr(JsonNode) from_files = NULL;
  g_autoptr(JsonNode) overridden = NULL;
  g_auto(Run) run1 = { 0 };
  g_auto(Run) run2 = { 0 };
  g_auto(Run) run3 = { 0 };
  g_auto(Run) run4 = { 0 };
  const char *paths[] = { a, b };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) f = g_file_new_for_path (paths[i]);
      PxDocument *doc = px_import_file (f, NULL, &error);

      g_assert_no_error (error);
      g_ptr_array_add (session->documents, doc);
    }
  session->reference = 1;
  session->ignore_case = TRUE;
  session->fold_typography = FALSE;
  g_assert_true (px_session_save (session, file, NULL, &error));
  g_assert_no_error (error);

  /* The file's reference and options, as if given on the command line. */
  run_cli_text (&run1, NULL, "compare", "--format=json", path, NULL);
  g_assert_cmpint (run1.status, ==, 0);
  run_cli_text (&run2, NULL, "compare", "--format=json", "--reference=2", "-i", "-w", a, b, NULL);
  g_assert_cmpint (run2.status, ==, 0);
  from_session = parse (run1.out);
  from_files = parse (run2.out);
  g_assert_cmpint (json_node_get_int (member (from_session, "reference")), ==, 1);
  g_assert_true (json_node_equal (member (from_session, "rows"), member (from_files, "rows")));
  g_assert_true (json_node_equal (member (from_session, "similarity"), member (from_files, "similarity")));

  /* --reference still chooses. */
  run_cli_text (&run3, NULL, "compare", "--format=json", "--reference=1", path, NULL);
  g_assert_cmpint (run3.status, ==, 0);
  overridden = parse (run3.out);
  g_assert_cmpint (json_node_get_int (member (overridden, "reference")), ==, 0);

  /* A damaged file: trouble, a message naming it, no output. */
  g_assert_true (g_file_set_contents (broken, "{ \"format\": \"parallax-comparison\", \"vers", -1, NULL));
  run_cli_text (&run4, NULL, "compare", broken, NULL);
  g_assert_cmpint (run4.status, ==, 2);
  g_assert_nonnull (strstr (run4.err, "broken.parallax"));
  g_assert_cmpstr (run4.out, ==, "");

  g_remove (path);
  g_remove (broken);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/compare/session", test_compare_session);
  return g_test_run ();
}
