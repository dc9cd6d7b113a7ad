/* px-window-thread.c: the window's work on worker threads
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading files, comparing, fetching pages and writing reports run on
 * GLib's thread pool, each as a GTask whose source object is the window.
 * g_task_run_in_thread() lets the pool's thread drop the last reference
 * to its task, and so to the window, once the work is done: when the
 * window was closed meanwhile, GTK finalises it on that thread, and GDK
 * calls into X11 while the program exits (a crash seen one run in
 * twenty to forty of the window tests).
 *
 * _px_window_run_in_thread() runs the same work without lending the
 * task to the pool: a second task, which holds no reference to the
 * window or to the first task, goes to the pool, and the first task is
 * only ever referenced, returned to and released on the main thread.
 */
#include "config.h"

#include "px-window-private.h"

typedef struct {
  GTask *task;            /* the window's task, owned on the main thread */
  GTaskThreadFunc func;
} ThreadRun;

static void
thread_run_func (GTask        *worker,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ThreadRun *run = task_data;

  run->func (run->task, g_task_get_source_object (run->task), g_task_get_task_data (run->task),
             g_task_get_cancellable (run->task));
  g_task_return_boolean (worker, TRUE);
}

/* On the main thread, after the worker task is done with run->task. */
static void
thread_run_done (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ThreadRun *run = user_data;

  g_object_unref (run->task);
  g_free (run);
}

/**
 * _px_window_run_in_thread:
 * @task: a task made on the main thread, with the window as its source
 * @func: the work, run on a worker thread; it returns @task's result
 *
 * As g_task_run_in_thread(), but @task, and so the window it holds, is
 * never released on the worker thread.
 */
void
_px_window_run_in_thread (GTask           *task,
                          GTaskThreadFunc  func)
{
  g_autoptr(GTask) worker = NULL;
  ThreadRun *run;

  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  run = g_new0 (ThreadRun, 1);
  run->task = g_object_ref (task);
  run->func = func;
  /* No destroy notify: the worker task may be finalised on the worker
   * thread; @run is freed by thread_run_done() on this one. */
  worker = g_task_new (NULL, NULL, thread_run_done, run);
  g_task_set_source_tag (worker, _px_window_run_in_thread);
  g_task_set_task_data (worker, run, NULL);
  g_task_run_in_thread (worker, thread_run_func);
}
