/* test-cli-speakers.c: corrected speakers in a saved comparison
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

static PxDocument *
load_sample (const char *name)
{
  g_autofree char *path = sample (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PxDocument *doc = px_import_file (file, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

/* The file keeps the corrections, and compare reports the corrected
 * speaker for the whole group, sure of it. */
static void
test_session_speaker (void)
{
  const char *quote = "No. We’re not sitting around contemplating how we’re going to do that or if "
                      "we’re going to do that. That’s not on the table.";
  g_autoptr(PxSession) session = px_session_new ();
  g_autoptr(PxSession) read = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-speakers-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "corrected.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(Run) run = { 0 };
  JsonArray *quotes;
  guint found = 0;

  g_ptr_array_add (session->documents, load_sample ("2-cnn.txt"));
  g_ptr_array_add (session->documents, load_sample ("3-breitbart.txt"));
  g_hash_table_insert (session->speakers, g_strdup (quote), g_strdup ("Jen Psaki"));
  g_assert_true (px_session_save (session, file, NULL, &error));
  g_assert_no_error (error);
  read = px_session_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (px_session_equal (session, read));
  g_assert_cmpstr (g_hash_table_lookup (read->speakers, quote), ==, "Jen Psaki");

  run_cli_text (&run, NULL, "compare", "--format=json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  quotes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "quotes");
  for (guint i = 0; i < json_array_get_length (quotes); i++)
    {
      JsonObject *group = json_array_get_object_element (quotes, i);
      JsonArray *occs = json_object_get_array_member (group, "occurrences");
      gboolean ours = FALSE;

      for (guint k = 0; k < json_array_get_length (occs); k++)
        ours |= g_strcmp0 (json_object_get_string_member (json_array_get_object_element (occs, k), "text"),
                           quote) == 0;
      if (!ours)
        continue;
      found++;
      g_assert_cmpstr (json_object_get_string_member (group, "speaker"), ==, "Jen Psaki");
      g_assert_false (json_object_get_boolean_member (group, "speaker_uncertain"));
    }
  g_assert_cmpuint (found, ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

/* A file without corrections (as older versions wrote) opens with none;
 * a damaged list is refused. */
static void
test_old_and_damaged (void)
{
  const char *old = "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0,"
                    " \"articles\": [ { \"outlet\": \"A\", \"text\": \"Some words here.\" } ] }";
  const char *damaged = "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0,"
                        " \"articles\": [ { \"outlet\": \"A\", \"text\": \"Some words here.\" } ],"
                        " \"speakers\": [ { \"quote\": \"Some words\" } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSession) session = px_session_from_data (old, strlen (old), "old.parallax", &error);
  g_autoptr(PxSession) refused = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (session->speakers), ==, 0);
  refused = px_session_from_data (damaged, strlen (damaged), "damaged.parallax", &error);
  g_assert_null (refused);
  g_assert_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_INVALID);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/speakers/session", test_session_speaker);
  g_test_add_func ("/cli/speakers/old-and-damaged", test_old_and_damaged);
  return g_test_run ();
}
