/* test-speakers.c: correcting a quotation's speaker in the quote panel
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "px-quote-panel.h"
#include "px-session.h"
#include "px-speaker-corrections.h"
#include "px-window-private.h"
#include "ui-test.h"

/* The first group quoted by more than one article. */
static int
shared_group (PxComparison *cmp)
{
  GPtrArray *groups = px_comparison_get_quotes (cmp);

  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      guint carried = 0;

      for (guint d = 0; d < group->n_documents; d++)
        carried += group->carried[d] != 0;
      if (carried >= 2)
        return g;
    }
  return -1;
}

/* Every occurrence of @group, and the group, name @speaker surely. */
static void
assert_group_speaker (PxComparison *cmp, int g, const char *speaker)
{
  const PxQuoteGroup *group = g_ptr_array_index (px_comparison_get_quotes (cmp), g);

  g_assert_cmpstr (group->speaker, ==, speaker);
  g_assert_cmpfloat (group->speaker_confidence, ==, speaker ? 1.0 : 0.0);
  for (guint i = 0; i < group->occurrences->len; i++)
    g_assert_cmpstr (g_array_index (group->occurrences, PxQuoteOccurrence, i).speaker, ==, speaker);
}

static GtkWidget *
find_entry (GtkWidget *panel)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  ui_test_collect_all (panel, GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, ==, 1);
  return entries->pdata[0];
}

/* The reader corrects a speaker in the panel: the whole group takes it,
 * the title marks a change, and the saved file brings it back. */
static void
test_correct_save_reopen (void)
{
  PxWindow *window = ui_test_open_samples (1400, 900);
  PxComparison *cmp = px_window_get_comparison (window);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "px-test-speakers.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(PxSession) saved = NULL;
  g_autofree char *key = NULL;
  PxQuotePanel *panel;
  GtkWidget *entry;
  PxWindow *again;
  int g = shared_group (cmp);

  g_assert_cmpint (g, >=, 0);
  g_assert_true (_px_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (_px_window_has_unsaved_changes (window));

  _px_window_select_quote (window, g, TRUE);
  ui_test_wait_frames (window, 2);
  panel = _px_window_get_quote_panel (window);
  g_assert_nonnull (panel);
  key = g_strdup (px_speaker_corrections_key (g_ptr_array_index (px_comparison_get_quotes (cmp), g)));

  /* The pencil beside the speaker shows the entry, filled with the speaker. */
  entry = find_entry (GTK_WIDGET (panel));
  g_assert_false (gtk_widget_get_visible (entry));
  ui_test_collect_all (GTK_WIDGET (panel), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]),
                   "Correct the speaker of this quotation in every article") == 0)
      g_signal_emit_by_name (buttons->pdata[i], "clicked");
  g_assert_true (gtk_widget_get_visible (entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==,
                   px_quote_panel_get_speaker (panel) ? px_quote_panel_get_speaker (panel) : "");

  /* Typed and Enter: a new comparison, the group's speaker everywhere. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Jen Psaki ");
  g_signal_emit_by_name (entry, "activate");
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  cmp = px_window_get_comparison (window);
  assert_group_speaker (cmp, g, "Jen Psaki");
  g_assert_cmpint (_px_window_get_selected_quote (window), ==, g);
  g_assert_cmpstr (px_quote_panel_get_speaker (_px_window_get_quote_panel (window)), ==, "Jen Psaki");
  g_assert_true (_px_window_has_unsaved_changes (window));
  ui_test_save_screenshot (window, "speaker-corrected");

  /* Saved: the file holds it; another window opens it so. */
  g_assert_true (_px_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (_px_window_has_unsaved_changes (window));
  saved = px_session_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (saved->speakers, key), ==, "Jen Psaki");

  again = px_window_new (NULL);
  gtk_window_present (GTK_WINDOW (again));
  px_window_open_session_file (again, file);
  ui_test_wait_idle (again);
  while (px_window_get_comparison (again) == NULL)
    g_main_context_iteration (NULL, TRUE);
  ui_test_wait_idle (again);
  assert_group_speaker (px_window_get_comparison (again), g, "Jen Psaki");
  g_assert_false (_px_window_has_unsaved_changes (again));

  /* No one named: the speaker goes, as the reader said. */
  _px_window_correct_speaker (again, g, "");
  ui_test_wait_idle (again);
  assert_group_speaker (px_window_get_comparison (again), g, NULL);
  g_assert_true (_px_window_has_unsaved_changes (again));

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

  g_test_add_func ("/speakers/correct-save-reopen", test_correct_save_reopen);
  return g_test_run ();
}
