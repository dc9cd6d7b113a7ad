/* test-notes.c: notes on rows and quotations, written in the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "px-notes.h"
#include "px-session.h"
#include "px-window-private.h"
#include "ui-test.h"

/* Types @text in the open dialog and answers it with @response. */
static void
answer_dialog (const char *text, const char *response)
{
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  ui_test_drain ();
  /* The note dialog the window has open. */
  dialog = ADW_MESSAGE_DIALOG (ui_test_find_window (ADW_TYPE_MESSAGE_DIALOG, FALSE));
  g_assert_nonnull (dialog);
  ui_test_collect_all (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, ==, 1);
  /* The entry has the keyboard focus: the reader types at once. */
  g_assert_true (gtk_widget_has_focus (entries->pdata[0]) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), entries->pdata[0]) ||
                 gtk_root_get_focus (GTK_ROOT (dialog)) == entries->pdata[0]);
  if (text)
    gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), text);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_drain ();
}

/* The note badges the window shows, and how many say @words. */
static guint
count_badges (PxWindow *window, const char *words, guint *saying)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  guint n = 0;

  ui_test_wait_frames (window, 2);
  ui_test_collect_all (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  *saying = 0;
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_has_css_class (buttons->pdata[i], "note-badge") && gtk_widget_get_mapped (buttons->pdata[i]))
      {
        n++;
        *saying += strstr (gtk_widget_get_tooltip_text (buttons->pdata[i]), words) != NULL;
      }
  return n;
}

/* Whether the quote panel shows a label that reads @text, on screen. */
static gboolean
panel_shows (PxWindow *window, const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect_all (GTK_WIDGET (_px_window_get_quote_panel (window)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0 && gtk_widget_get_mapped (labels->pdata[i]))
      return TRUE;
  return FALSE;
}

/* The quote panel's button that writes or edits the quotation's note. */
static GtkWidget *
panel_note_button (PxWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect_all (GTK_WIDGET (_px_window_get_quote_panel (window)), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "win.note-quote") == 0 &&
        gtk_widget_get_mapped (buttons->pdata[i]))
      return buttons->pdata[i];
  return NULL;
}

static int
noted_row (PxWindow *window)
{
  PxComparison *cmp = px_window_get_comparison (window);

  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    if (px_notes_get_row (_px_window_get_notes (window), cmp, r))
      return r;
  return -1;
}

static void
test_row_and_quote (void)
{
  PxWindow *window = ui_test_open_samples (1400, 900);
  PxComparison *cmp = px_window_get_comparison (window);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "px-test-notes.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSession) saved = NULL;
  PxWindow *again;
  guint saying = 0;
  int row, group = -1;

  g_assert_true (_px_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_badges (window, "", &saying), ==, 0);

  /* To a difference (Alt+Down), then "Note on Row…" (Ctrl+Alt+N). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL));
  ui_test_wait_frames (window, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.note-row", NULL));
  answer_dialog ("  Check this against the wire copy. ", "save");
  row = noted_row (window);
  g_assert_cmpint (row, >=, 0);
  g_assert_cmpstr (px_notes_get_row (_px_window_get_notes (window), cmp, row), ==, "Check this against the wire copy.");
  g_assert_true (_px_window_has_unsaved_changes (window));
  g_assert_cmpuint (count_badges (window, "Check this against the wire copy.", &saying), ==, 1);
  g_assert_cmpuint (saying, ==, 1);
  ui_test_save_screenshot (window, "note-on-row");

  /* A quotation open in the panel, then "Note on Quotation…". */
  for (guint g = 0; g < px_comparison_get_quotes (cmp)->len && group < 0; g++)
    {
      const PxQuoteGroup *q = g_ptr_array_index (px_comparison_get_quotes (cmp), g);
      guint carried = 0;

      for (guint d = 0; d < q->n_documents; d++)
        carried += q->carried[d] != 0;
      if (carried >= 3)
        group = g;
    }
  g_assert_cmpint (group, >=, 0);
  _px_window_select_quote (window, group, TRUE);
  ui_test_wait_frames (window, 2);
  /* No note yet: the panel offers to write one, and its button does. */
  g_assert_null (px_quote_panel_get_note (_px_window_get_quote_panel (window)));
  g_assert_nonnull (panel_note_button (window));
  g_signal_emit_by_name (panel_note_button (window), "clicked");
  answer_dialog ("Trimmed in two outlets.", "save");
  cmp = px_window_get_comparison (window);
  g_assert_cmpstr (px_notes_get_quote (_px_window_get_notes (window), g_ptr_array_index (px_comparison_get_quotes (cmp), group)),
                   ==, "Trimmed in two outlets.");
  count_badges (window, "Trimmed in two outlets.", &saying);
  g_assert_cmpuint (saying, >=, 1);
  /* The quote panel shows the note as soon as it is saved. */
  ui_test_wait_frames (window, 2);
  g_assert_cmpstr (px_quote_panel_get_note (_px_window_get_quote_panel (window)), ==, "Trimmed in two outlets.");
  g_assert_true (panel_shows (window, "Note: Trimmed in two outlets."));
  ui_test_save_screenshot (window, "note-on-quotation");
  /* Another quotation, then this one again: its note is still there. */
  _px_window_select_quote (window, group == 0 ? 1 : 0, FALSE);
  ui_test_wait_frames (window, 2);
  g_assert_false (panel_shows (window, "Note: Trimmed in two outlets."));
  _px_window_select_quote (window, group, FALSE);
  ui_test_wait_frames (window, 2);
  g_assert_true (panel_shows (window, "Note: Trimmed in two outlets."));

  /* Saved in the file; another window shows the badges again. */
  g_assert_true (_px_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (_px_window_has_unsaved_changes (window));
  saved = px_session_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_notes_get_size (saved->notes), ==, 2);
  g_assert_true (px_notes_equal (saved->notes, _px_window_get_notes (window)));

  again = px_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (again), 1400, 900);
  gtk_window_present (GTK_WINDOW (again));
  px_window_open_session_file (again, file);
  ui_test_wait_idle (again);
  while (px_window_get_comparison (again) == NULL)
    g_main_context_iteration (NULL, TRUE);
  ui_test_wait_idle (again);
  g_assert_true (px_notes_equal (saved->notes, _px_window_get_notes (again)));
  g_assert_false (_px_window_has_unsaved_changes (again));
  g_assert_cmpint (noted_row (again), ==, row);

  /* A badge opens the note again; Remove takes it away. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    GtkWidget *badge = NULL;

    ui_test_collect_all (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len && badge == NULL; i++)
      if (gtk_widget_has_css_class (buttons->pdata[i], "note-badge") &&
          strstr (gtk_widget_get_tooltip_text (buttons->pdata[i]), "wire copy"))
        badge = buttons->pdata[i];
    g_assert_nonnull (badge);
    g_signal_emit_by_name (badge, "clicked");
    answer_dialog (NULL, "remove");
    g_assert_cmpint (noted_row (window), ==, -1);
    g_assert_cmpuint (px_notes_get_size (_px_window_get_notes (window)), ==, 1);
    g_assert_true (_px_window_has_unsaved_changes (window));
  }

  gtk_window_destroy (GTK_WINDOW (again));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_drain ();
  g_unlink (path);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/notes/row-and-quote", test_row_and_quote);
  return g_test_run ();
}
