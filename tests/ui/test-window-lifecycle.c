/* test-window-lifecycle.c: the comparison window before, while and after
 * it works: the empty state, the busy state, closing while comparing and
 * a file that cannot be read (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "px-window-private.h"
#include "ui-test.h"

static gboolean
is_not_computing (PxWindow *window)
{
  return !px_window_get_computing (window);
}

static void
test_close_while_computing (void)
{
  PxWindow *window = ui_test_open_first_samples (5);

  /* Close with a run under way: it is cancelled, nothing is left behind. */
  g_object_ref (window);
  px_window_recompute (window);
  /* Not drained first: the sample compares in a few milliseconds, less
   * than a main-loop pass with a frame to lay out may take. */
  g_assert_true (px_window_get_computing (window));
  gtk_window_destroy (GTK_WINDOW (window));
  /* A run that never ends fails the test here rather than hang it. */
  ui_test_wait_for (window, is_not_computing, 30);
  g_object_unref (window);
}

static void
note_finalised (gpointer  data,
                GObject  *where_the_object_was)
{
  *(GThread **) data = g_thread_self ();
}

static void
return_then_linger (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  g_task_return_boolean (task, TRUE);
  /* The main thread takes the result and lets go meanwhile. */
  g_usleep (G_USEC_PER_SEC / 10);
}

static void
note_done (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(gboolean *) user_data = g_task_propagate_boolean (G_TASK (result), NULL);
}

/* The window's work on worker threads lets go of the window on the main
 * thread, even when the main thread is done with it first: with
 * g_task_run_in_thread() the worker thread dropped the last reference,
 * GTK finalised a closed window there and crashed in X11 at exit. */
static void
test_work_lets_go_on_main_thread (void)
{
  GObject *owner = g_object_new (G_TYPE_OBJECT, NULL);
  GTask *task;
  GThread *finalised_on = NULL;
  gboolean done = FALSE;
  gint64 give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  task = g_task_new (owner, NULL, note_done, &done);
  g_object_weak_ref (owner, note_finalised, &finalised_on);
  _px_window_run_in_thread (task, return_then_linger);
  g_object_unref (task);
  g_object_unref (owner);
  while (finalised_on == NULL && g_get_monotonic_time () < give_up)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_true (done);
  g_assert_true (finalised_on == g_thread_self ());
}

/* The window's busy state is shown without an animation that redraws
 * every frame: no spinner spins, and the bar under the header bar is
 * shown for as long as the articles are read and compared. */
static void
test_progress_without_animation (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autoptr(GPtrArray) files = ui_test_sample_files ();
  g_autoptr(GPtrArray) spinners = g_ptr_array_new ();
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();
  guint busy_checks = 0;

  ui_test_reset_options ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_frames (window, 2);
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_collect_all (GTK_WIDGET (window), GTK_TYPE_SPINNER, spinners);
  ui_test_collect_all (GTK_WIDGET (window), GTK_TYPE_PROGRESS_BAR, bars);
  while (!ui_test_is_idle (window))
    {
      gboolean bar_shown = FALSE;

      for (guint i = 0; i < spinners->len; i++)
        if (gtk_widget_get_mapped (spinners->pdata[i]))
          g_assert_false (gtk_spinner_get_spinning (spinners->pdata[i]));
      for (guint i = 0; i < bars->len; i++)
        bar_shown |= gtk_widget_get_visible (bars->pdata[i]) && gtk_widget_get_child_visible (bars->pdata[i]) &&
                     gtk_widget_is_ancestor (bars->pdata[i], GTK_WIDGET (window));
      g_assert_true (bar_shown);
      busy_checks++;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (busy_checks, >, 0);
  /* Idle: nothing is left animating, the main loop runs dry. */
  ui_test_drain ();
  for (guint i = 0; i < bars->len; i++)
    if (gtk_widget_has_css_class (bars->pdata[i], "osd"))
      g_assert_false (gtk_widget_get_visible (bars->pdata[i]));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_file_keeps_others (void)
{
  PxWindow *window = px_window_new (NULL);
  GFile *files[2];

  files[0] = g_file_new_build_filename (g_getenv ("PARALLAX_SAMPLES"), "2-cnn.txt", NULL);
  files[1] = g_file_new_for_path ("/nonexistent/article.txt");
  px_window_open_files (window, files, 2);
  ui_test_wait_idle (window);
  g_assert_cmpuint (g_list_model_get_n_items (_px_window_get_documents (window)), ==, 1);
  g_assert_nonnull (px_window_get_comparison (window));

  g_object_unref (files[0]);
  g_object_unref (files[1]);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_state (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_frames (window, 2);
  g_assert_null (px_window_get_comparison (window));
  ui_test_collect (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, pages);
  g_assert_cmpuint (pages->len, >, 0);
  /* Nothing to navigate: the buttons are off. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    gboolean found = FALSE;

    ui_test_collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "win.next-difference") == 0)
        {
          found = TRUE;
          g_assert_false (gtk_widget_is_sensitive (buttons->pdata[i]));
        }
    g_assert_true (found);
  }
  ui_test_save_screenshot (window, "0-empty");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/window/empty-state", test_empty_state);
  g_test_add_func ("/window/close-while-computing", test_close_while_computing);
  g_test_add_func ("/window/work-lets-go-on-main-thread", test_work_lets_go_on_main_thread);
  g_test_add_func ("/window/progress-without-animation", test_progress_without_animation);
  g_test_add_func ("/window/bad-file-keeps-others", test_bad_file_keeps_others);

  return g_test_run ();
}
