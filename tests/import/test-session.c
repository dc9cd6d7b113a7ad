/* test-session.c: the .parallax file, written and read back (no display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "px-compare.h"
#include "px-import.h"
#include "px-session.h"

/* The sample event as the window would hold it: each article imported
 * from its file, so with a source, an origin and what the import found. */
static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static PxSession *
sample_session (void)
{
  const char *dir = g_getenv ("PARALLAX_SAMPLES");
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  PxSession *session = px_session_new ();
  const char *name;

  g_assert_nonnull (dir);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      PxDocument *doc = px_import_file (file, NULL, &error);

      g_assert_no_error (error);
      g_ptr_array_add (session->documents, doc);
    }
  g_assert_cmpuint (session->documents->len, >=, 2);
  return session;
}

static char *
temp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("px-session-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
}

static void
test_round_trip (void)
{
  g_autoptr(PxSession) saved = sample_session ();
  g_autoptr(PxSession) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("event.parallax");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* Not the defaults, so that each is seen to be kept. */
  saved->reference = 2;
  saved->ignore_case = TRUE;
  saved->fold_typography = FALSE;
  saved->ignore_punctuation = TRUE;
  saved->hide_furniture = FALSE;
  px_document_set_outlet (g_ptr_array_index (saved->documents, 0), "Renamed «outlet» ✓");

  g_assert_true (px_session_save (saved, file, NULL, &error));
  g_assert_no_error (error);
  read = px_session_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  g_assert_true (px_session_equal (saved, read));
  for (guint i = 0; i < read->documents->len; i++)
    {
      PxDocument *a = g_ptr_array_index (saved->documents, i);
      PxDocument *b = g_ptr_array_index (read->documents, i);

      /* Rebuilt from the same text, the paragraphs come out the same. */
      g_assert_cmpuint (px_document_get_n_paragraphs (a), ==, px_document_get_n_paragraphs (b));
      g_assert_cmpuint (px_document_get_n_words (a), ==, px_document_get_n_words (b));
      g_assert_cmpstr (px_document_get_title (a), ==, px_document_get_title (b));
    }

  /* The file embeds the text: it reads the same with the samples gone
   * (here: the same bytes under another name elsewhere). */
  {
    g_autofree char *data = NULL;
    gsize len = 0;
    g_autoptr(PxSession) again = NULL;

    g_assert_true (g_file_get_contents (path, &data, &len, NULL));
    again = px_session_from_data (data, len, "copy.parallax", &error);
    g_assert_no_error (error);
    g_assert_true (px_session_equal (saved, again));
  }
  remove_temp (path);
}

/* Issue 18: notes on a row and on a quotation are saved, read back, and
 * found again when the articles come back in another order with another
 * reference (they are keyed by words, not by place). */
static PxComparison *
compare_session (PxSession *session, gboolean reversed, guint reference)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();
  PxCompareOptions options = { 0 };

  for (guint i = 0; i < session->documents->len; i++)
    g_ptr_array_add (docs, g_ptr_array_index (session->documents, reversed ? session->documents->len - 1 - i : i));
  options.reference = reference;
  return px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
}

/* The row of @cmp where document @doc has paragraph @para. */
static guint
row_of (PxComparison *cmp, PxDocument *doc, guint para)
{
  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    if (px_comparison_get_document (cmp, d) == doc)
      return px_comparison_find_row (cmp, d, para);
  g_assert_not_reached ();
}

static void
test_notes (void)
{
  g_autoptr(PxSession) saved = sample_session ();
  g_autoptr(PxSession) read = NULL;
  g_autoptr(PxComparison) cmp = compare_session (saved, FALSE, 0);
  g_autoptr(PxComparison) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("notes.parallax");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PxDocument *doc = g_ptr_array_index (saved->documents, 1);
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  const PxQuoteGroup *group, *group_again = NULL;
  guint row = row_of (cmp, doc, 3);

  g_assert_cmpuint (groups->len, >, 0);
  group = g_ptr_array_index (groups, 0);
  px_notes_set_row (saved->notes, cmp, row, "  Only CNN has this: check the wire copy.\n");
  px_notes_set_quote (saved->notes, group, "Kerry said this on Thursday «on the record».");
  g_assert_cmpstr (px_notes_get_row (saved->notes, cmp, row), ==, "Only CNN has this: check the wire copy.");
  g_assert_cmpuint (px_notes_get_size (saved->notes), ==, 2);

  g_assert_true (px_session_save (saved, file, NULL, &error));
  g_assert_no_error (error);
  read = px_session_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (px_session_equal (saved, read));
  g_assert_true (px_notes_equal (saved->notes, read->notes));

  /* Another order, another reference: the same paragraph's row, the
   * same quotation, the same notes. */
  again = compare_session (read, TRUE, 2);
  g_assert_cmpstr (px_notes_get_row (read->notes, again, row_of (again, g_ptr_array_index (read->documents, 1), 3)),
                   ==, "Only CNN has this: check the wire copy.");
  for (guint g = 0; g < px_comparison_get_quotes (again)->len; g++)
    if (px_notes_get_quote (read->notes, g_ptr_array_index (px_comparison_get_quotes (again), g)))
      {
        g_assert_null (group_again);
        group_again = g_ptr_array_index (px_comparison_get_quotes (again), g);
      }
  g_assert_nonnull (group_again);
  g_assert_cmpstr (px_notes_get_quote (read->notes, group_again), ==, "Kerry said this on Thursday «on the record».");

  /* A changed note is a changed session; an empty one removes it. */
  px_notes_set_row (read->notes, again, row_of (again, g_ptr_array_index (read->documents, 1), 3), "Changed.");
  g_assert_false (px_session_equal (saved, read));
  px_notes_set_row (read->notes, again, row_of (again, g_ptr_array_index (read->documents, 1), 3), "  ");
  px_notes_set_quote (read->notes, group_again, NULL);
  g_assert_cmpuint (px_notes_get_size (read->notes), ==, 0);
  remove_temp (path);
}

static void
test_not_equal_when_changed (void)
{
  g_autoptr(PxSession) a = sample_session ();
  g_autoptr(PxSession) b = sample_session ();

  g_assert_true (px_session_equal (a, b));
  b->reference = 1;
  g_assert_false (px_session_equal (a, b));
  b->reference = 0;
  px_document_set_author (g_ptr_array_index (b->documents, 1), "Someone Else");
  g_assert_false (px_session_equal (a, b));
}

/* Text the tokenizer and JSON must both carry over as it is. */
static void
test_awkward_text (void)
{
  const char *texts[] = {
    "Quotes \"inside\" and back\\slashes\n\nand a tab\there.",
    "Right to left: שלום עולם. مرحبا بالعالم\n\nEmoji 👩‍👩‍👧 and combining e\xcc\x81.",
    /* Control characters are refused (the import makes them spaces). */
    "A form\ffeed and \xe2\x80\xa8 line separator.",
  };
  g_autoptr(PxSession) saved = px_session_new ();
  g_autoptr(PxSession) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (saved->documents, px_document_new (texts[i], -1, NULL));
  saved->reference = 1;
  data = px_session_to_data (saved, &len);
  read = px_session_from_data (data, len, "awkward.parallax", &error);
  g_assert_no_error (error);
  g_assert_true (px_session_equal (saved, read));
  /* No outlet given: the document's empty outlet comes back empty. */
  g_assert_cmpstr (px_document_get_outlet (g_ptr_array_index (read->documents, 0)), ==, "");
}

typedef struct {
  const char *data;
  PxSessionError code;
} Bad;

static void
test_bad_data (void)
{
  const Bad bad[] = {
    { "", PX_SESSION_ERROR_NOT_JSON },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"articles\": [", PX_SESSION_ERROR_NOT_JSON },
    { "PK\x03\x04 not json", PX_SESSION_ERROR_NOT_JSON },
    { "[1, 2, 3]", PX_SESSION_ERROR_FOREIGN },
    { "{ \"name\": \"package.json\", \"version\": \"1.0\" }", PX_SESSION_ERROR_FOREIGN },
    { "{ \"format\": 7 }", PX_SESSION_ERROR_FOREIGN },
    { "{ \"format\": \"parallax-comparison\" }", PX_SESSION_ERROR_INVALID },
    { "{ \"format\": \"parallax-comparison\", \"version\": 99, \"articles\": [] }", PX_SESSION_ERROR_NEWER },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0, \"articles\": [] }",
      PX_SESSION_ERROR_INVALID },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0, \"articles\": [ 5 ] }",
      PX_SESSION_ERROR_INVALID },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0, \"articles\": [ {} ] }",
      PX_SESSION_ERROR_INVALID },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0,"
      "  \"articles\": [ { \"text\": \"a\", \"outlet\": [1] } ] }", PX_SESSION_ERROR_INVALID },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 3,"
      "  \"articles\": [ { \"text\": \"a\" } ] }", PX_SESSION_ERROR_INVALID },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": \"0\","
      "  \"articles\": [ { \"text\": \"a\" } ] }", PX_SESSION_ERROR_INVALID },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0,"
      "  \"options\": { \"ignore-case\": \"yes\" }, \"articles\": [ { \"text\": \"a\" } ] }",
      PX_SESSION_ERROR_INVALID },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0,"
      "  \"articles\": [ { \"text\": \"a\" } ], \"notes\": [] }", PX_SESSION_ERROR_INVALID },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0,"
      "  \"articles\": [ { \"text\": \"a\" } ], \"notes\": { \"rows\": [ { \"paragraph\": \"\", \"note\": \"x\" } ] } }",
      PX_SESSION_ERROR_INVALID },
    { "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0,"
      "  \"articles\": [ { \"text\": \"a\" } ], \"notes\": { \"quotes\": [ { \"quote\": \"q\", \"note\": 3 } ] } }",
      PX_SESSION_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSession) session = px_session_from_data (bad[i].data, strlen (bad[i].data),
                                                            "bad.parallax", &error);

      g_test_message ("case %u: %s", i, bad[i].data);
      g_assert_null (session);
      g_assert_error (error, PX_SESSION_ERROR, (gint) bad[i].code);
      /* The message names the file, so the user knows which one. */
      g_assert_nonnull (strstr (error->message, "bad.parallax"));
    }
}

/* A minimal valid file: options absent keep their defaults. */
static void
test_minimal (void)
{
  const char *data = "{ \"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 1,"
                     "  \"articles\": [ { \"text\": \"One.\" }, { \"text\": \"Two.\", \"outlet\": \"B\" } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSession) session = px_session_from_data (data, strlen (data), "min.parallax", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (session->documents->len, ==, 2);
  g_assert_cmpuint (session->reference, ==, 1);
  g_assert_true (session->fold_typography);
  g_assert_true (session->hide_furniture);
  g_assert_false (session->ignore_case);
  g_assert_cmpstr (px_document_get_outlet (g_ptr_array_index (session->documents, 1)), ==, "B");
}

/* Every truncation of a good file is refused, never half read. */
static void
test_truncated (void)
{
  g_autoptr(PxSession) saved = px_session_new ();
  g_autofree char *data = NULL;
  gsize len;

  g_ptr_array_add (saved->documents, px_document_new ("First article.\n\nSecond paragraph.", -1, "A"));
  g_ptr_array_add (saved->documents, px_document_new ("Other article.", -1, "B"));
  data = px_session_to_data (saved, &len);
  for (gsize cut = 0; cut + 1 < len; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxSession) session = px_session_from_data (data, cut, "cut.parallax", &error);

      g_assert_null (session);
      g_assert_nonnull (error);
    }
}

/* A failed save leaves the file that was there as it was. */
static void
test_failed_save_keeps_old (void)
{
  g_autoptr(PxSession) saved = px_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("keep.parallax");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_build_filename (dir, "no-such-dir", "x.parallax", NULL);
  g_autofree char *before = NULL, *after = NULL;

  g_ptr_array_add (saved->documents, px_document_new ("Text.", -1, "A"));
  g_assert_true (px_session_save (saved, file, NULL, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_false (px_session_save (saved, missing, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  /* Reading a file that is not there names it. */
  g_clear_error (&error);
  g_assert_null (px_session_load (missing, NULL, &error));
  g_assert_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "x.parallax"));
  remove_temp (path);
}

/* Saving through a symbolic link (a relative one, in a chain of two)
 * replaces the file it points at and leaves the links as they were. */
static void
test_save_through_link (void)
{
  g_autoptr(PxSession) saved = px_session_new ();
  g_autoptr(PxSession) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("real.parallax");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *link1 = g_build_filename (dir, "link1.parallax", NULL);
  g_autofree char *link2 = g_build_filename (dir, "link2.parallax", NULL);
  g_autofree char *target = NULL;
  g_autoptr(GFile) through = g_file_new_for_path (link2);
  g_autoptr(GFile) real = g_file_new_for_path (path);
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.parallax", link1), ==, 0);
  g_assert_cmpint (symlink (link1, link2), ==, 0);
  g_ptr_array_add (saved->documents, px_document_new ("Text through a link.", -1, "A"));
  g_assert_true (px_session_save (saved, through, NULL, &error));
  g_assert_no_error (error);

  /* Both links are still links, to the same places. */
  g_assert_cmpint (g_lstat (link2, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  target = g_file_read_link (link1, NULL);
  g_assert_cmpstr (target, ==, "real.parallax");
  read = px_session_load (real, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_document_get_text (g_ptr_array_index (read->documents, 0), NULL), ==,
                   "Text through a link.");

  g_remove (link2);
  g_remove (link1);
  remove_temp (path);
}

static void
test_name (void)
{
  g_assert_true (px_session_is_session_name ("event.parallax"));
  g_assert_true (px_session_is_session_name ("file:///tmp/Event.PARALLAX"));
  g_assert_false (px_session_is_session_name (".parallax"));
  g_assert_false (px_session_is_session_name ("event.parallax.txt"));
  g_assert_false (px_session_is_session_name ("2-cnn.txt"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/round-trip", test_round_trip);
  g_test_add_func ("/session/notes", test_notes);
  g_test_add_func ("/session/not-equal-when-changed", test_not_equal_when_changed);
  g_test_add_func ("/session/awkward-text", test_awkward_text);
  g_test_add_func ("/session/bad-data", test_bad_data);
  g_test_add_func ("/session/minimal", test_minimal);
  g_test_add_func ("/session/truncated", test_truncated);
  g_test_add_func ("/session/failed-save-keeps-old", test_failed_save_keeps_old);
  g_test_add_func ("/session/name", test_name);
  g_test_add_func ("/session/save-through-link", test_save_through_link);

  return g_test_run ();
}
