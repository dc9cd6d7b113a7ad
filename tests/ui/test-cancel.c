/* test-cancel.c: cancelling a comparison under way (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twenty generated articles of 10,000 words each take the engine a
 * second or more, so cancelling is real work; the Cancel cases also
 * hold the comparison back (_px_window_hold_comparisons()), since on a
 * fast machine it ended before Cancel was pressed.  The window must
 * drop the run's result, keep what it showed before (or say that the
 * run was cancelled), and offer to compare again.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ui-test.h"

#define N_BIG 20
#define BIG_WORDS 10000

static char *big_dir;
static GPtrArray *big_files;

/* One story in N_BIG versions: each rewords about one word in ten and
 * leaves out about one paragraph in eight, so that aligning them is
 * real work. */
static void
write_big_event (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) story = g_ptr_array_new_with_free_func (g_free);
  const char *syllables[] = { "ka", "lo", "mer", "ti", "san", "do", "ve", "rin", "ul", "pa", "gor", "es" };

  big_dir = g_dir_make_tmp ("parallax-cancel-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint w = 0; w < BIG_WORDS; w++)
    {
      GString *word = g_string_new (NULL);

      for (int s = g_rand_int_range (rand, 1, 4); s > 0; s--)
        g_string_append (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
      g_ptr_array_add (story, g_string_free (word, FALSE));
    }
  big_files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint a = 0; a < N_BIG; a++)
    {
      GString *text = g_string_new (NULL);
      g_autofree char *name = g_strdup_printf ("outlet-%02u.txt", a + 1);
      g_autofree char *path = g_build_filename (big_dir, name, NULL);
      gboolean skip = FALSE;

      for (guint w = 0; w < story->len; w++)
        {
          /* A paragraph every 80 words. */
          if (w % 80 == 0)
            {
              skip = w > 0 && g_rand_int_range (rand, 0, 8) == 0;
              if (text->len > 0)
                g_string_append (text, ".\n\n");
            }
          if (skip)
            continue;
          if (text->len > 0 && text->str[text->len - 1] != '\n')
            g_string_append_c (text, ' ');
          g_string_append (text, g_rand_int_range (rand, 0, 10) == 0 ? "other" : (char *) story->pdata[w]);
        }
      g_string_append (text, ".\n");
      if (!g_file_set_contents (path, text->str, text->len, &error))
        g_error ("%s: %s", path, error->message);
      g_string_free (text, TRUE);
      g_ptr_array_add (big_files, g_file_new_for_path (path));
    }
}

static void
remove_big_event (void)
{
  for (guint i = 0; i < big_files->len; i++)
    g_file_delete (big_files->pdata[i], NULL, NULL);
  g_rmdir (big_dir);
  g_ptr_array_unref (big_files);
  g_free (big_dir);
}

static gboolean
loaded_and_computing (PxWindow *window)
{
  return !_px_window_get_loading (window) && px_window_get_computing (window);
}

static GtkStack *
stack_of (PxWindow *window)
{
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();

  /* The window's pages: the stack with a "computing" page. */
  ui_test_collect_all (GTK_WIDGET (window), GTK_TYPE_STACK, stacks);
  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (stacks->pdata[i], "computing"))
      return stacks->pdata[i];
  g_assert_not_reached ();
}

/* The mapped button that runs @action in @window, or NULL. */
static GtkWidget *
button_for (PxWindow *window, const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect_all (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_get_mapped (buttons->pdata[i]) &&
        g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), action) == 0)
      return buttons->pdata[i];
  return NULL;
}

static gboolean
cancel_offered (PxWindow *window)
{
  return button_for (window, "win.cancel-compare") != NULL || !px_window_get_computing (window);
}

/* Runs the main loop for @msec: long enough for a cancelled run's
 * thread to end and report, were its result not dropped. */
static void
run_for (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static void
open_big (PxWindow *window)
{
  px_window_open_files (window, (GFile **) big_files->pdata, big_files->len);
  ui_test_wait_for (window, loaded_and_computing, UI_TEST_WAIT_SECONDS);
}

/* Nothing compared before: the "Comparing" page has Cancel; cancelled,
 * a page says so and compares again on request. */
static void
test_cancel_first (void)
{
  PxWindow *window = ui_test_new_window ();
  GtkWidget *cancel;

  /* Held until cancelled: on a fast machine the twenty would be compared
   * before the test presses Cancel. */
  _px_window_hold_comparisons (TRUE);
  open_big (window);
  ui_test_wait_for (window, cancel_offered, UI_TEST_WAIT_SECONDS);
  /* Still comparing: twenty long articles take more than a few frames. */
  g_assert_true (px_window_get_computing (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (window)), ==, "computing");
  cancel = button_for (window, "win.cancel-compare");
  g_assert_nonnull (cancel);
  g_assert_true (gtk_widget_is_sensitive (cancel));
  /* Escape does it too (the quote panel's Escape comes after). */
  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_Escape, 0), ==, "win.cancel-compare");
  ui_test_save_screenshot_busy (window, "cancel-first-running");

  g_signal_emit_by_name (cancel, "clicked");
  g_assert_false (px_window_get_computing (window));
  run_for (1500);
  g_assert_false (px_window_get_computing (window));
  g_assert_null (px_window_get_comparison (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (window)), ==, "cancelled");
  g_assert_cmpuint (ui_test_n_documents (window), ==, N_BIG);
  ui_test_wait_frames (window, 2);
  ui_test_save_screenshot (window, "cancel-first-cancelled");

  /* Compare again: all twenty. */
  _px_window_hold_comparisons (FALSE);
  g_signal_emit_by_name (button_for (window, "win.compare-again"), "clicked");
  ui_test_wait_idle (window);
  g_assert_nonnull (px_window_get_comparison (window));
  g_assert_cmpuint (px_comparison_get_n_documents (px_window_get_comparison (window)), ==, N_BIG);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (window)), ==, "compare");
  ui_test_destroy_and_drain (window);
}

/* Something compared before: the bar over it has Cancel; cancelled,
 * the earlier comparison stays as it was, not dimmed. */
static void
test_cancel_keeps_previous (void)
{
  PxWindow *window = ui_test_open_samples_fresh (2);
  GtkWidget *rows = px_comparison_view_get_rows_widget (px_window_get_view (window));
  PxComparison *before;
  GtkWidget *cancel;

  g_assert_nonnull (px_window_get_comparison (window));
  _px_window_hold_comparisons (TRUE);
  open_big (window);
  ui_test_wait_for (window, cancel_offered, UI_TEST_WAIT_SECONDS);
  g_assert_true (px_window_get_computing (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (window)), ==, "compare");
  cancel = button_for (window, "win.cancel-compare");
  g_assert_nonnull (cancel);
  ui_test_save_screenshot_busy (window, "cancel-bar-running");

  /* Held: still the comparison of the two from before. */
  before = g_object_ref (px_window_get_comparison (window));
  g_assert_cmpuint (px_comparison_get_n_documents (before), ==, 2);
  g_signal_emit_by_name (cancel, "clicked");
  g_assert_false (px_window_get_computing (window));
  g_assert_cmpfloat (gtk_widget_get_opacity (rows), ==, 1.0);
  run_for (1500);
  g_assert_true (px_window_get_comparison (window) == before);
  g_assert_true (px_comparison_view_get_comparison (px_window_get_view (window)) == before);
  g_assert_nonnull (button_for (window, "win.compare-again"));
  g_assert_null (button_for (window, "win.cancel-compare"));
  ui_test_check_bound_rows (window);
  ui_test_save_screenshot (window, "cancel-bar-cancelled");

  /* A new comparison (here: one article fewer) clears the bar. */
  _px_window_hold_comparisons (FALSE);
  g_list_store_remove (G_LIST_STORE (_px_window_get_documents (window)), 0);
  ui_test_wait_idle (window);
  g_assert_cmpuint (px_comparison_get_n_documents (px_window_get_comparison (window)), ==, N_BIG + 1);
  g_assert_null (button_for (window, "win.compare-again"));
  g_object_unref (before);
  ui_test_destroy_and_drain (window);
}

static void
on_page (GtkStack *stack, GParamSpec *pspec, GPtrArray *pages)
{
  g_ptr_array_add (pages, g_strdup (gtk_stack_get_visible_child_name (stack)));
}

/* A first comparison that ends within the delay goes straight from the
 * page the files were opened on to its rows: no frame of the
 * "Comparing…" page in between.  Escape cancels all the while.  (The
 * delay is set far above the run's time here; test_cancel_first() has
 * the page show once it is over.) */
static void
test_quick_run_skips_page (void)
{
  PxWindow *window = ui_test_new_window ();
  GtkStack *stack = stack_of (window);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);

  _px_window_set_computing_page_delay (3600 * 1000);
  /* Held: the run lasts until the test has looked, and cancelled. */
  _px_window_hold_comparisons (TRUE);
  open_big (window);
  ui_test_wait_frames (window, 2);
  g_assert_true (px_window_get_computing (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_Escape, 0), ==, "win.cancel-compare");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-compare", NULL));
  g_assert_false (px_window_get_computing (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "cancelled");
  _px_window_hold_comparisons (FALSE);
  ui_test_destroy_and_drain (window);

  /* Not held: the rows come with no "Comparing…" page before them. */
  window = ui_test_new_window ();
  stack = stack_of (window);
  g_signal_connect (stack, "notify::visible-child-name", G_CALLBACK (on_page), pages);
  open_big (window);
  ui_test_wait_idle (window);
  g_assert_nonnull (px_window_get_comparison (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "compare");
  g_assert_cmpuint (pages->len, >, 0);
  for (guint i = 0; i < pages->len; i++)
    g_assert_cmpstr (pages->pdata[i], !=, "computing");
  g_signal_handlers_disconnect_by_func (stack, on_page, pages);
  _px_window_set_computing_page_delay (300);
  ui_test_destroy_and_drain (window);
}

/* An article removed while the articles are compared: the run under way
 * is cancelled and its result (with the article) never shows. */
static void
test_change_while_running (void)
{
  PxWindow *window = ui_test_new_window ();
  PxComparisonView *view = px_window_get_view (window);
  gint64 until;
  guint shown = 0;

  open_big (window);
  g_list_store_remove (G_LIST_STORE (_px_window_get_documents (window)), N_BIG - 1);
  /* Every comparison the view shows from now on, as each main loop
   * iteration leaves it: never one of all twenty. */
  until = g_get_monotonic_time () + UI_TEST_WAIT_SECONDS * G_USEC_PER_SEC;
  while ((!ui_test_is_idle (window) || shown == 0) && g_get_monotonic_time () < until)
    {
      PxComparison *cmp;

      g_main_context_iteration (NULL, TRUE);
      cmp = px_comparison_view_get_comparison (view);
      if (cmp)
        {
          g_assert_cmpuint (px_comparison_get_n_documents (cmp), ==, N_BIG - 1);
          shown++;
        }
    }
  g_assert_true (ui_test_is_idle (window));
  run_for (500);
  g_assert_cmpuint (px_comparison_get_n_documents (px_window_get_comparison (window)), ==, N_BIG - 1);
  ui_test_destroy_and_drain (window);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (!ui_test_init_display ())
    return 77;

  write_big_event ();
  g_test_add_func ("/cancel/first-comparison", test_cancel_first);
  g_test_add_func ("/cancel/quick-run-skips-page", test_quick_run_skips_page);
  g_test_add_func ("/cancel/keeps-previous", test_cancel_keeps_previous);
  g_test_add_func ("/cancel/change-while-running", test_change_while_running);
  status = g_test_run ();
  remove_big_event ();
  return status;
}
