/* test-working.c: saving a session and opening it again in the window:
 * the session file, a damaged one, opening beside, asking before closing and
 * the recent sessions in the empty state (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "px-appearance.h"
#include "px-compare.h"
#include "px-overview-page.h"
#include "px-preferences-window.h"
#include "px-row-model.h"
#include "px-session.h"
#include "px-window-private.h"
#include "ui-test.h"

static char *
temp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("px-ui-XXXXXX", NULL);

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
test_save_and_reopen (void)
{
  PxWindow *window = ui_test_open_samples_fresh (4);
  PxWindow *again;
  g_autofree char *path = temp_path ("event.parallax");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSession) before = NULL;
  g_autoptr(PxSession) after = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_auto(GStrv) recent = NULL;
  PxComparison *shown;

  g_assert_true (_px_window_has_unsaved_changes (window));
  g_assert_true (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•") != NULL);
  px_window_set_reference (window, ui_test_nth_document (window, 2));
  g_settings_set_boolean (settings, "ignore-case", TRUE);
  g_settings_set_boolean (settings, "hide-furniture", FALSE);
  ui_test_wait_idle (window);

  g_assert_true (_px_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (_px_window_has_unsaved_changes (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "event.parallax — Parallax");
  g_assert_true (g_file_equal (_px_window_get_session_file (window), file));
  recent = g_settings_get_strv (settings, "recent-comparisons");
  g_assert_nonnull (recent[0]);
  {
    g_autofree char *uri = g_file_get_uri (file);
    g_assert_cmpstr (recent[0], ==, uri);
  }
  before = px_session_load (file, NULL, &error);
  g_assert_no_error (error);
  ui_test_destroy_and_drain (window);

  /* Another window, options back at their defaults: the file brings
   * back the articles, their order, the reference and the options. */
  ui_test_reset_all_settings ();
  again = ui_test_new_window ();
  files = g_ptr_array_new ();
  g_ptr_array_add (files, file);
  px_window_open_files (again, (GFile **) files->pdata, files->len);
  ui_test_wait_idle (again);
  g_assert_cmpuint (ui_test_n_documents (again), ==, 4);
  g_assert_true (_px_window_get_reference (again) == ui_test_nth_document (again, 2));
  g_assert_true (g_settings_get_boolean (settings, "ignore-case"));
  g_assert_false (g_settings_get_boolean (settings, "hide-furniture"));
  g_assert_false (_px_window_has_unsaved_changes (again));
  after = _px_window_snapshot (again);
  g_assert_true (px_session_equal (before, after));
  shown = px_window_get_comparison (again);
  g_assert_nonnull (shown);
  g_assert_cmpuint (px_comparison_get_reference (shown), ==, 2);
  g_assert_cmpuint (px_comparison_get_n_documents (shown), ==, 4);

  /* A change shows in the title and is undone by undoing it. */
  g_settings_set_boolean (settings, "ignore-punctuation", TRUE);
  ui_test_wait_idle (again);
  g_assert_true (_px_window_has_unsaved_changes (again));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (again)), "•"));
  g_settings_set_boolean (settings, "ignore-punctuation", FALSE);
  ui_test_wait_idle (again);
  g_assert_false (_px_window_has_unsaved_changes (again));

  ui_test_destroy_and_drain (again);
  remove_temp (path);
}

static void
test_damaged_file_changes_nothing (void)
{
  const char *contents[] = {
    "{ \"format\": \"parallax-comparison\", \"version\": 1, \"articles\": [ { \"te",
    "{ \"name\": \"something else\" }",
    "\x89PNG\r\n\x1a\n",
  };
  PxWindow *window = ui_test_open_samples_fresh (2);
  g_autofree char *path = temp_path ("broken.parallax");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PxDocument *first = ui_test_nth_document (window, 0);
  PxComparison *shown = px_window_get_comparison (window);
  GList *toplevels;
  guint n_toplevels;

  toplevels = gtk_window_list_toplevels ();
  n_toplevels = g_list_length (toplevels);
  g_list_free (toplevels);
  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      GFile *files[1] = { file };

      g_assert_true (g_file_set_contents (path, contents[i], -1, NULL));
      px_window_open_files (window, files, 1);
      g_assert_true (_px_window_get_loading (window));
      ui_test_wait_idle (window);
      g_assert_cmpuint (ui_test_n_documents (window), ==, 2);
      g_assert_true (ui_test_nth_document (window, 0) == first);
      g_assert_true (px_window_get_comparison (window) == shown);
      toplevels = gtk_window_list_toplevels ();
      g_assert_cmpuint (g_list_length (toplevels), ==, n_toplevels);
      g_list_free (toplevels);
    }
  g_assert_null (_px_window_get_session_file (window));

  /* Into an empty window, too: it stays empty. */
  {
    PxWindow *empty = ui_test_new_window ();
    GFile *files[1] = { file };

    px_window_open_files (empty, files, 1);
    ui_test_wait_idle (empty);
    g_assert_cmpuint (ui_test_n_documents (empty), ==, 0);
    g_assert_false (_px_window_has_unsaved_changes (empty));
    ui_test_destroy_and_drain (empty);
  }
  ui_test_destroy_and_drain (window);
  remove_temp (path);
}

/* A comparison opened in a window that has articles gets a window of
 * its own; the articles stay where they were. */
static void
test_open_beside (void)
{
  PxWindow *window = ui_test_open_samples_fresh (2);
  PxWindow *other = NULL;
  g_autofree char *path = temp_path ("two.parallax");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GFile *files[1] = { file };
  GList *toplevels;

  g_assert_true (_px_window_save_to (window, file, &error));
  px_window_open_files (window, files, 1);
  ui_test_wait_idle (window);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    if (PX_IS_WINDOW (l->data) && l->data != window)
      other = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (other);
  ui_test_wait_idle (other);
  g_assert_cmpuint (ui_test_n_documents (window), ==, 2);
  g_assert_cmpuint (ui_test_n_documents (other), ==, 2);
  g_assert_true (g_file_equal (_px_window_get_session_file (other), file));
  ui_test_destroy_and_drain (other);
  ui_test_destroy_and_drain (window);
  remove_temp (path);
}

static void
test_close_asks (void)
{
  PxWindow *window = ui_test_open_samples_fresh (2);
  AdwMessageDialog *dialog;
  g_autofree char *path = temp_path ("asked.parallax");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  /* Cancel: the window stays, articles and all. */
  gtk_window_close (GTK_WINDOW (window));
  ui_test_drain ();
  g_assert_nonnull (window);
  dialog = _px_window_get_close_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  ui_test_save_screenshot (GTK_WIDGET (dialog), "session-close-asks");
  adw_message_dialog_response (dialog, "cancel");
  ui_test_drain ();
  g_assert_nonnull (window);
  g_assert_null (_px_window_get_close_dialog (window));
  g_assert_cmpuint (ui_test_n_documents (window), ==, 2);

  /* Saved: no question. */
  g_assert_true (_px_window_save_to (window, file, &error));
  g_assert_false (_px_window_has_unsaved_changes (window));
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_drain ();
  g_assert_null (_px_window_get_close_dialog (window));
  g_object_unref (window);
  ui_test_drain ();
  g_assert_null (window);

  /* Discard: it closes. */
  window = ui_test_open_samples_fresh (2);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_drain ();
  dialog = _px_window_get_close_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  ui_test_drain ();
  g_assert_null (window);

  /* Save, with a file: saved, then closed. */
  window = ui_test_open_samples_fresh (3);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_true (_px_window_save_to (window, file, &error));
  /* (Not the second article: the most central, already the reference.) */
  px_window_set_reference (window, ui_test_nth_document (window, 2));
  ui_test_wait_idle (window);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_drain ();
  dialog = _px_window_get_close_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");
  ui_test_drain ();
  g_assert_null (window);
  {
    g_autoptr(PxSession) saved = px_session_load (file, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (saved->reference, ==, 2);
    g_assert_cmpuint (saved->documents->len, ==, 3);
  }
  remove_temp (path);
}

static void
test_recent_in_empty_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *uris[] = { "file:///tmp/px-nowhere/a.parallax", "file:///tmp/px-nowhere/b.parallax", NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  PxWindow *window;
  g_auto(GStrv) left = NULL;

  ui_test_reset_all_settings ();
  g_settings_set_strv (settings, "recent-comparisons", uris);
  window = ui_test_new_window ();
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  ui_test_collect_all (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[0]), ==, "a.parallax");
  g_assert_true (gtk_widget_is_visible (rows->pdata[0]));
  ui_test_save_screenshot (GTK_WIDGET (window), "session-recent");

  /* A comparison that has gone: an error, and it is no longer offered. */
  g_signal_emit_by_name (rows->pdata[0], "activate");
  g_assert_true (_px_window_get_loading (window));
  ui_test_wait_idle (window);
  g_assert_cmpuint (ui_test_n_documents (window), ==, 0);
  left = g_settings_get_strv (settings, "recent-comparisons");
  g_assert_cmpuint (g_strv_length (left), ==, 1);
  g_assert_cmpstr (left[0], ==, uris[1]);
  ui_test_destroy_and_drain (window);
  ui_test_reset_all_settings ();
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Accessible properties kept where gtk_test_accessible_*() reads them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/working/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/working/damaged-file-changes-nothing", test_damaged_file_changes_nothing);
  g_test_add_func ("/working/open-beside", test_open_beside);
  g_test_add_func ("/working/close-asks", test_close_asks);
  g_test_add_func ("/working/recent-in-empty-state", test_recent_in_empty_state);

  return g_test_run ();
}
