/* px-window.c: the comparison window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Holds the open articles and which of them is the reference, reads
 * files and computes the comparison off the main thread, and hands the
 * result to a PxComparisonView.  A change of input (articles, order,
 * reference, options) cancels the computation under way and starts
 * another; the last comparison stays on screen, dimmed, until then.
 * Each px-window-*.c installs its actions; their keys are all in the
 * table of px-shortcuts.c.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-compare.h"
#include "px-comparison-view.h"
#include "px-appearance.h"
#include "px-import.h"
#include "px-preferences-window.h"
#include "px-shortcuts.h"
#include "px-speaker-corrections.h"
#include "px-window-private.h"
#include "px-word-choice.h"

/* How long a first comparison may run before the "Comparing…" page
 * shows (see computing_page_waits()); tests change it.  A second: twenty
 * long articles take about half of one, and at 300 ms their page came
 * up only to be replaced a few frames later, a flash that cost the
 * first paint a whole-window frame (12 ms of the main thread's 100);
 * the bar under the header bar shows the progress from the start. */
#define COMPUTING_PAGE_DELAY_MSEC 1000
static guint computing_page_delay_msec = COMPUTING_PAGE_DELAY_MSEC;
/* How often the progress bar reads how far the work has gone. */
#define PROGRESS_MSEC 100

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LOADING,
  PROP_COMPUTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkRevealer *
_px_window_add_bar (PxWindow  *self,
                    GtkWidget *label,
                    ...)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkRevealer *bar = GTK_REVEALER (gtk_revealer_new ());
  GtkWidget *control;
  va_list args;

  g_assert (PX_IS_WINDOW (self));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  va_start (args, label);
  while ((control = va_arg (args, GtkWidget *)))
    gtk_box_append (GTK_BOX (box), control);
  va_end (args);
  gtk_widget_add_css_class (box, "toolbar");
  gtk_revealer_set_child (bar, box);
  /* Shown at once: a sliding bar resizes the whole comparison below it
   * on every frame of the slide, and those frames were the window's
   * longest while a page loaded (bench-fetch: 70–90 ms apart for the
   * quarter second of the slide under Xvfb, against 30 ms idle). */
  gtk_revealer_set_transition_type (bar, GTK_REVEALER_TRANSITION_TYPE_NONE);
  /* Below the comparison's progress bar, like the search bar. */
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->progress))),
                              GTK_WIDGET (bar), GTK_WIDGET (self->progress));
  return bar;
}

void
_px_window_toast (PxWindow *self, const char *message)
{
  /* A toast's title is markup; messages name files, which may hold "<" or "&". */
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *t = adw_toast_new (escaped);

  adw_toast_set_timeout (t, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

/* --- computing the comparison -------------------------------------------- */

typedef struct {
  GPtrArray *documents;     /* of PxDocument */
  PxCompareOptions options;
  gint cancel;              /* set from the cancellable, read by the engine */
  gint *progress;           /* documents aligned (g_atomic_rc_box, shared with the window) */
  GCancellable *cancellable;
  gulong cancel_id;
} ComputeData;

typedef struct {
  PxComparison *comparison;
  GBytes *row_kinds;
} ComputeResult;

static void
compute_data_free (ComputeData *data)
{
  g_cancellable_disconnect (data->cancellable, data->cancel_id);
  g_object_unref (data->cancellable);
  g_atomic_rc_box_release (data->progress);
  g_ptr_array_unref (data->documents);
  g_free (data);
}

static void
compute_result_free (ComputeResult *result)
{
  g_object_unref (result->comparison);
  g_bytes_unref (result->row_kinds);
  g_free (result);
}

static void
on_compute_cancelled (GCancellable *cancellable,
                      ComputeData  *data)
{
  g_atomic_int_set (&data->cancel, 1);
}

/* Tests hold comparisons back (_px_window_hold_comparisons()) to act
 * while one runs, on a machine of any speed. */
static GMutex hold_lock;
static GCond hold_cond;
static gboolean hold;

/**
 * _px_window_hold_comparisons:
 * @held: %TRUE to keep comparisons from starting their work until
 *   released (or cancelled), %FALSE to release them
 *
 * For tests: a comparison of twenty long articles that takes seconds on
 * one machine ends before a test can press Cancel on a faster one.
 */
void
_px_window_hold_comparisons (gboolean held)
{
  g_mutex_lock (&hold_lock);
  hold = held;
  g_cond_broadcast (&hold_cond);
  g_mutex_unlock (&hold_lock);
}

/**
 * _px_window_set_computing_page_delay:
 * @msec: how long a first comparison runs before the "Comparing…" page
 *   shows
 *
 * For tests: whether a comparison ends within the delay depends on the
 * machine; a test sets the delay far above or below its comparison's
 * time.
 */
void
_px_window_set_computing_page_delay (guint msec)
{
  computing_page_delay_msec = msec;
}

static void
wait_while_held (ComputeData *data)
{
  g_mutex_lock (&hold_lock);
  /* Cancel does not signal the condition: look again now and then. */
  while (hold && !g_atomic_int_get (&data->cancel))
    g_cond_wait_until (&hold_cond, &hold_lock, g_get_monotonic_time () + 10 * G_TIME_SPAN_MILLISECOND);
  g_mutex_unlock (&hold_lock);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *data = task_data;
  ComputeResult *result;
  g_autoptr(PxComparison) cmp = NULL;

  wait_while_held (data);
  cmp = px_comparison_new ((PxDocument **) data->documents->pdata, data->documents->len, &data->options);
  if (px_comparison_was_cancelled (cmp) || g_task_return_error_if_cancelled (task))
    {
      if (!g_task_had_error (task))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
      return;
    }
  result = g_new0 (ComputeResult, 1);
  result->row_kinds = px_comparison_row_kinds (cmp);
  result->comparison = g_steal_pointer (&cmp);
  g_task_return_pointer (task, result, (GDestroyNotify) compute_result_free);
}

/* Word choice and the similarity of every article to every other, kept
 * with the comparison for the overview and the exports: found off the
 * main thread once the comparison is on screen (word choice was a third
 * of the wait for the first paint of twenty long articles, the matrix a
 * fifth of the comparison).  Whoever needs them sooner waits for them
 * (each is found once, under a lock). */
static void
word_choice_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  px_comparison_find_similarity (task_data);
  px_comparison_get_word_choice (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
find_word_choice_now (PxComparison *comparison)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  g_task_set_task_data (task, g_object_ref (comparison), g_object_unref);
  g_task_run_in_thread (task, word_choice_thread);
}

static void
unref_comparison (gpointer  comparison,
                  GClosure *closure)
{
  g_object_unref (comparison);
}

static void
on_painted_find_word_choice (GdkFrameClock *clock,
                             PxComparison  *comparison)
{
  find_word_choice_now (comparison);
  /* Drops the handler's reference to @comparison. */
  g_signal_handlers_disconnect_by_func (clock, on_painted_find_word_choice, comparison);
}

/* Once the frame that shows the comparison is painted: started at once,
 * its thread took one of the machine's two cores from the first paint
 * (the main thread's work and the drawing) of twenty articles. */
static void
find_word_choice_later (PxWindow     *self,
                        PxComparison *comparison)
{
  GdkFrameClock *clock = gtk_widget_get_mapped (GTK_WIDGET (self))
                         ? gtk_widget_get_frame_clock (GTK_WIDGET (self)) : NULL;

  if (clock == NULL)
    {
      find_word_choice_now (comparison);
      return;
    }
  /* A window closed before it paints drops the reference with its clock. */
  g_signal_connect_data (clock, "after-paint", G_CALLBACK (on_painted_find_word_choice),
                         g_object_ref (comparison), unref_comparison, 0);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
}

static void update_progress (PxWindow *self);

static gboolean
poll_progress (gpointer user_data)
{
  update_progress (user_data);
  return G_SOURCE_CONTINUE;
}

/* The bar under the header bar says what share of the work is done:
 * the documents aligned while comparing, the files read while reading.
 * It moves only when the work does, read ten times a second: a spinner
 * or a pulsing bar animates every frame, and redrawing for it took most
 * of the window's frames while the work ran.  Pages being fetched have
 * a bar of their own (px-window-address.c). */
static void
update_progress (PxWindow *self)
{
  gboolean busy = self->computing || self->n_loading > self->n_fetching;
  double fraction = 0;

  if (self->computing && self->compute_progress)
    fraction = (double) g_atomic_int_get (self->compute_progress) / MAX (self->compute_total, 1);
  else if (self->n_loading > 0)
    fraction = (double) g_atomic_int_get (self->load_progress) / MAX (self->load_total, 1);
  fraction = CLAMP (fraction, 0, 1);
  if (!G_APPROX_VALUE (gtk_progress_bar_get_fraction (self->progress), fraction, 0.001))
    gtk_progress_bar_set_fraction (self->progress, fraction);
  if (gtk_widget_get_visible (GTK_WIDGET (self->progress)) != busy)
    gtk_widget_set_visible (GTK_WIDGET (self->progress), busy);
  if (busy && self->pulse_id == 0)
    self->pulse_id = g_timeout_add (PROGRESS_MSEC, poll_progress, self);
  else if (!busy)
    g_clear_handle_id (&self->pulse_id, g_source_remove);
}

static void
set_computing (PxWindow *self, gboolean computing)
{
  g_assert (PX_IS_WINDOW (self));

  if (self->computing == computing)
    return;
  self->computing = computing;
  self->computing_since = g_get_monotonic_time ();
  if (!computing)
    g_clear_handle_id (&self->computing_page_delay, g_source_remove);
  update_progress (self);
  /* The rows shown are out of date until the new run reports.  Opacity,
   * not a style class: a class on the view would restyle every cell. */
  gtk_widget_set_opacity (px_comparison_view_get_rows_widget (self->view), computing ? 0.55 : 1.0);
  _px_window_update_cancel (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPUTING]);
}

static void show_page (PxWindow *self);

static gboolean
on_computing_page_delay (gpointer user_data)
{
  PxWindow *self = user_data;

  self->computing_page_delay = 0;
  show_page (self);
  return G_SOURCE_REMOVE;
}

/* Whether the "Comparing…" page waits, the page shown staying: a first
 * comparison that ends within COMPUTING_PAGE_DELAY_MSEC goes straight
 * from the page the files were opened on to its rows (drawing the page
 * in between cost a whole frame of the first paint); a longer one gets
 * the page, with its progress and Cancel, once the delay is over.
 * Escape cancels all along, and the bar under the header bar shows the
 * progress from the start. */
static gboolean
computing_page_waits (PxWindow *self)
{
  gint64 left;

  if (!self->computing ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") != 0)
    return FALSE;
  left = self->computing_since + computing_page_delay_msec * G_TIME_SPAN_MILLISECOND - g_get_monotonic_time ();
  if (left <= 0)
    return FALSE;
  if (self->computing_page_delay == 0)
    self->computing_page_delay = g_timeout_add (MAX (left / G_TIME_SPAN_MILLISECOND, 1),
                                                on_computing_page_delay, self);
  return TRUE;
}

static void
show_page (PxWindow *self)
{
  guint n_docs = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  gboolean shown = px_comparison_view_get_comparison (self->view) != NULL;
  const char *navigation[] = { "win.next-difference", "win.previous-difference",
                               "win.next-omission", "win.previous-omission" };
  const char *page = "compare";

  g_assert (PX_IS_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (navigation); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), navigation[i], shown);

  if (n_docs == 0)
    page = "empty";
  else if (px_comparison_view_get_comparison (self->view) == NULL)
    page = self->compare_cancelled ? "cancelled" : "computing";
  if (g_str_equal (page, "computing") && computing_page_waits (self))
    return;
  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
compute_done (GObject      *object,
              GAsyncResult *res,
              gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  g_autoptr(GError) error = NULL;
  ComputeResult *result = g_task_propagate_pointer (G_TASK (res), &error);

  /* A cancelled run was replaced by a newer one, which reports. */
  if (result == NULL)
    return;
  _px_window_apply_speakers (self, result->comparison);
  /* The comparison chose the reference: the most central article. */
  if (px_comparison_get_reference_choice (result->comparison, NULL))
    g_set_object (&self->reference,
                  px_comparison_get_document (result->comparison,
                                              px_comparison_get_reference (result->comparison)));
  px_comparison_view_set_comparison (self->view, result->comparison,
                                     self->compute_flags, result->row_kinds);
  _px_window_report_sources (self, result->comparison);
  find_word_choice_later (self, result->comparison);
  compute_result_free (result);
  set_computing (self, FALSE);
  show_page (self);
}

PxDiffFlags
_px_window_get_diff_flags (PxWindow *self)
{
  /* White space never counts: a wrapped line is no change of words. */
  return PX_DIFF_IGNORE_SPACE |
         (g_settings_get_boolean (self->settings, "ignore-case") ? PX_DIFF_IGNORE_CASE : 0) |
         (g_settings_get_boolean (self->settings, "fold-typography") ? PX_DIFF_FOLD_TYPOGRAPHY : 0) |
         (g_settings_get_boolean (self->settings, "ignore-punctuation") ? PX_DIFF_IGNORE_PUNCTUATION : 0);
}

static gboolean
start_compute (gpointer user_data)
{
  PxWindow *self = user_data;
  g_autoptr(GTask) task = NULL;
  ComputeData *data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  self->compute_idle = 0;
  self->compare_cancelled = FALSE;
  if (self->compute_cancellable)
    g_cancellable_cancel (self->compute_cancellable);
  g_clear_object (&self->compute_cancellable);

  if (n == 0)
    {
      px_comparison_view_set_comparison (self->view, NULL, 0, NULL);
      set_computing (self, FALSE);
      show_page (self);
      return G_SOURCE_REMOVE;
    }

  data = g_new0 (ComputeData, 1);
  data->documents = g_ptr_array_new_with_free_func (g_object_unref);
  /* The engine counts the documents it aligns: all but the reference
   * and primary sources. */
  data->progress = g_atomic_rc_box_new0 (gint);
  g_clear_pointer (&self->compute_progress, g_atomic_rc_box_release);
  self->compute_progress = g_atomic_rc_box_acquire (data->progress);
  self->compute_total = 0;
  for (guint i = 0; i < n; i++)
    {
      PxDocument *doc = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (!px_document_get_primary_source (doc))
        self->compute_total++;

      if (doc == self->reference)
        data->options.reference = i;
      if (self->reference_auto)
        data->options.reference = PX_REFERENCE_AUTO;
      g_ptr_array_add (data->documents, doc);
    }
  self->compute_flags = _px_window_get_diff_flags (self);
  data->options.flags = self->compute_flags;
  data->options.cancel = &data->cancel;
  data->options.progress = data->progress;
  self->compute_total = self->compute_total > 0 ? self->compute_total - 1 : 0;
  self->compute_cancellable = g_cancellable_new ();
  data->cancellable = g_object_ref (self->compute_cancellable);
  data->cancel_id = g_cancellable_connect (data->cancellable, G_CALLBACK (on_compute_cancelled), data, NULL);

  task = g_task_new (self, self->compute_cancellable, compute_done, NULL);
  g_task_set_source_tag (task, start_compute);
  g_task_set_task_data (task, data, (GDestroyNotify) compute_data_free);
  _px_window_run_in_thread (task, compute_thread);

  set_computing (self, TRUE);
  update_progress (self);
  show_page (self);
  return G_SOURCE_REMOVE;
}

/**
 * px_window_recompute:
 *
 * Starts the comparison afresh from the current input, soon: changes
 * made together (a reorder is a removal and an insertion) give one run.
 */
void
px_window_recompute (PxWindow *self)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  if (self->compute_cancellable)
    g_cancellable_cancel (self->compute_cancellable);
  if (self->compute_idle == 0)
    self->compute_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, start_compute, self, NULL);
  set_computing (self, TRUE);
}

/**
 * _px_window_stop_compare:
 *
 * Cancels the comparison under way (Cancel, Escape).  Its result is
 * dropped when it comes (compute_done); the comparison shown before
 * stays, at full strength, or the window says the run was cancelled.
 */
void
_px_window_stop_compare (PxWindow *self)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  if (!self->computing)
    return;
  g_clear_handle_id (&self->compute_idle, g_source_remove);
  if (self->compute_cancellable)
    g_cancellable_cancel (self->compute_cancellable);
  g_clear_object (&self->compute_cancellable);
  self->compare_cancelled = TRUE;
  set_computing (self, FALSE);
  show_page (self);
}

/* --- the articles --------------------------------------------------------- */

static void
on_documents_changed (PxWindow   *self,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  g_assert (PX_IS_WINDOW (self));

  /* Two columns headed "CNN" cannot be told apart: number the newcomer. */
  if (added > 0)
    {
      g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (docs, g_list_model_get_item (model, i));
      px_documents_make_outlets_unique ((PxDocument **) docs->pdata, docs->len);
      _px_window_watch_sources (self);
    }

  if (self->reference == NULL || !g_list_store_find (self->documents, self->reference, NULL))
    {
      g_clear_object (&self->reference);
      /* Until the comparison chooses (px_reference_choose()), the first. */
      if (n > 0)
        self->reference = g_list_model_get_item (model, 0);
      self->reference_auto = TRUE;
    }
  px_window_recompute (self);
}

static void
on_view_make_reference (PxWindow         *self,
                        PxDocument       *document,
                        PxComparisonView *view)
{
  g_assert (PX_IS_WINDOW (self));

  px_window_set_reference (self, document);
}

static void
on_view_move (PxWindow         *self,
              PxDocument       *document,
              int               delta,
              PxComparisonView *view)
{
  g_assert (PX_IS_WINDOW (self));

  _px_window_move_document (self, document, delta);
}

static void
on_view_remove (PxWindow         *self,
                PxDocument       *document,
                PxComparisonView *view)
{
  guint position;

  g_assert (PX_IS_WINDOW (self));

  if (g_list_store_find (self->documents, document, &position))
    g_list_store_remove (self->documents, position);
}

void
_px_window_set_loading (PxWindow *self, int delta)
{
  gboolean was = self->n_loading > 0;

  self->n_loading += delta;
  if (self->n_loading == 0)
    {
      /* Every batch has reported: the next ones count afresh. */
      g_atomic_int_set (self->load_progress, 0);
      self->load_total = 0;
    }
  update_progress (self);
  if (was != (self->n_loading > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Reads a batch of files in a worker thread and hands back, in order,
 * each file's document or error. */
typedef struct {
  GPtrArray *files;     /* of GFile */
  GPtrArray *results;   /* of GPtrArray (a file's articles) or NULL */
  GPtrArray *errors;    /* of GError or NULL */
  gint *progress;       /* files read, of the window's (g_atomic_rc_box) */
} LoadBatch;

static void
array_unref0 (gpointer array)
{
  if (array)
    g_ptr_array_unref (array);
}

static void
error_free0 (gpointer error)
{
  if (error)
    g_error_free (error);
}

static void
load_batch_free (LoadBatch *batch)
{
  g_ptr_array_unref (batch->files);
  g_ptr_array_unref (batch->results);
  g_ptr_array_unref (batch->errors);
  g_atomic_rc_box_release (batch->progress);
  g_free (batch);
}

/* The files [first, end) of a batch, each read into its own place. */
typedef struct {
  LoadBatch *batch;
  guint first, end;
  GCancellable *cancellable;
} LoadRange;

static gpointer
load_range (gpointer data)
{
  LoadRange *range = data;

  for (guint i = range->first; i < range->end; i++)
    {
      GError *error = NULL;

      range->batch->results->pdata[i] = px_import_file_articles (g_ptr_array_index (range->batch->files, i),
                                                                 range->cancellable, &error);
      range->batch->errors->pdata[i] = error;
      g_atomic_int_inc (range->batch->progress);
    }
  return NULL;
}

/* With two cores, the second half of the files is read on a thread of
 * its own: no file's reading depends on another's, and reading twenty
 * long articles one after the other was a fifth of the wait for their
 * first paint, with the second core idle (the comparison has not
 * started). */
static void
load_batch_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  LoadBatch *batch = task_data;
  guint n = batch->files->len;
  LoadRange halves[2] = { { batch, 0, n, cancellable }, { batch, n, n, cancellable } };
  GThread *second = NULL;

  g_ptr_array_set_size (batch->results, n);
  g_ptr_array_set_size (batch->errors, n);
  if (n >= 2 && g_get_num_processors () >= 2)
    {
      halves[1].first = n / 2;
      second = g_thread_try_new ("px-read", load_range, &halves[1], NULL);
      /* No thread: the first half reads them all. */
      if (second)
        halves[0].end = n / 2;
    }
  load_range (&halves[0]);
  if (second)
    g_thread_join (second);
  g_task_return_boolean (task, TRUE);
}

/* How many of @n more articles the window takes: a comparison holds at
 * most PX_COMPARE_MAX_DOCUMENTS (beyond, the window would stall), and
 * the user is told about the rest before anything is read. */
static guint
articles_room (PxWindow *self, guint n)
{
  guint open = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  guint room = open < PX_COMPARE_MAX_DOCUMENTS ? PX_COMPARE_MAX_DOCUMENTS - open : 0;

  g_assert (PX_IS_WINDOW (self));

  if (n > room)
    {
      g_autofree char *message = g_strdup_printf (_("Parallax compares up to %d articles at once: %u of the files were not opened"),
                                                  PX_COMPARE_MAX_DOCUMENTS, n - room);

      _px_window_toast (self, message);
      return room;
    }
  return n;
}

static void
load_batch_done (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  LoadBatch *batch = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();

  _px_window_set_loading (self, -1);
  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;

  for (guint i = 0; i < batch->results->len; i++)
    {
      GPtrArray *articles = g_ptr_array_index (batch->results, i);
      GError *error = g_ptr_array_index (batch->errors, i);

      if (articles && articles->len == 1)
        {
          /* Say what the import changed (an encoding, replaced bytes). */
          PxDocument *doc = articles->pdata[0];
          const char * const *notices = px_document_get_notices (doc, NULL);

          for (guint j = 0; notices[j]; j++)
            _px_window_toast (self, notices[j]);
          g_ptr_array_add (docs, doc);
        }
      else if (articles)
        {
          /* A news-database export: the picker asks which articles. */
          g_autofree char *name = g_file_get_basename (g_ptr_array_index (batch->files, i));

          _px_window_add_articles (self, articles, name);
        }
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _px_window_toast (self, error->message);
    }
  /* Batches read at the same time may pass the limit together. */
  if (docs->len > 0)
    {
      guint room = articles_room (self, docs->len);

      g_list_store_splice (self->documents,
                           g_list_model_get_n_items (G_LIST_MODEL (self->documents)), 0,
                           docs->pdata, room);
    }
}

/**
 * _px_window_check_not_input:
 * @file: where an export or a save is about to write
 *
 * Refuses @file when it is one of the open articles' files (by device
 * and inode, after links): Parallax never writes over what it reads.
 */
gboolean
_px_window_check_not_input (PxWindow  *self,
                            GFile     *file,
                            GError   **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  PxDocument *same;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (docs, g_list_model_get_item (G_LIST_MODEL (self->documents), i));
  same = px_import_find_origin (file, (PxDocument **) docs->pdata, docs->len);
  if (same)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is the article “%s”: Parallax never writes over what it reads"),
                   name, px_document_get_outlet (same));
      return FALSE;
    }
  return TRUE;
}

/**
 * px_window_open_files:
 * @files: (array length=n_files): articles to add
 *
 * Reads @files off the main thread and adds them, in order, after the
 * articles already open.  Files that cannot be read are reported in a
 * toast; the others are added all the same.
 */
void
px_window_open_files (PxWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_autoptr(GTask) task = NULL;
  LoadBatch *batch;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  if (n_files == 0)
    return;

  batch = g_new0 (LoadBatch, 1);
  batch->files = g_ptr_array_new_with_free_func (g_object_unref);
  /* A saved comparison (.parallax) opens as such; the rest are articles. */
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_file_get_basename (files[i]);

      if (g_file_has_uri_scheme (files[i], "http") || g_file_has_uri_scheme (files[i], "https"))
        {
          /* A link dropped from a browser, or an address on the command line. */
          g_autofree char *address = g_file_get_uri (files[i]);

          px_window_open_address (self, address);
        }
      else if (name && px_session_is_session_name (name))
        px_window_open_session_file (self, files[i]);
      else
        g_ptr_array_add (batch->files, g_object_ref (files[i]));
    }
  if (batch->files->len > 0)
    g_ptr_array_set_size (batch->files, articles_room (self, batch->files->len));
  if (batch->files->len == 0)
    {
      g_ptr_array_unref (batch->files);
      g_free (batch);
      return;
    }
  batch->results = g_ptr_array_new_with_free_func (array_unref0);
  batch->errors = g_ptr_array_new_with_free_func (error_free0);
  batch->progress = g_atomic_rc_box_acquire (self->load_progress);
  self->load_total += batch->files->len;

  task = g_task_new (self, self->cancellable, load_batch_done, NULL);
  g_task_set_source_tag (task, px_window_open_files);
  g_task_set_task_data (task, batch, (GDestroyNotify) load_batch_free);
  _px_window_set_loading (self, +1);
  _px_window_run_in_thread (task, load_batch_thread);
}

static void
on_chooser_response (PxWindow             *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_assert (PX_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      guint n = g_list_model_get_n_items (list);
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (files, g_list_model_get_item (list, i));
      px_window_open_files (self, (GFile **) files->pdata, files->len);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autoptr(GtkFileFilter) text_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->chooser)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open Articles"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_filter_set_name (text_filter, _("Articles"));
  gtk_file_filter_add_mime_type (text_filter, "text/plain");
  gtk_file_filter_add_mime_type (text_filter, "text/html");
  gtk_file_filter_add_mime_type (text_filter, "application/xhtml+xml");
  gtk_file_filter_add_mime_type (text_filter, PX_SESSION_MIME_TYPE);
  gtk_file_filter_add_suffix (text_filter, PX_SESSION_EXTENSION + 1);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), text_filter);
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PxWindow      *self)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  /* Text dragged from a browser or an editor is an article too. */
  if (G_VALUE_HOLDS_STRING (value))
    return g_value_get_string (value) && px_window_add_text (self, g_value_get_string (value), -1);
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l; l = l->next)
    g_ptr_array_add (files, l->data);
  g_slist_free (list);
  px_window_open_files (self, (GFile **) files->pdata, files->len);
  return files->len > 0;
}

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = (PxWindow *) object;

  g_cancellable_cancel (self->cancellable);
  if (self->settings)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->compute_cancellable)
    g_cancellable_cancel (self->compute_cancellable);
  g_clear_handle_id (&self->compute_idle, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_handle_id (&self->computing_page_delay, g_source_remove);
  /* The cancelled run reports to a window without widgets: it only
   * drops its result (compute_done). */
  self->computing = FALSE;
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  _px_window_dispose_session (self);
  _px_window_dispose_search (self);
  _px_window_dispose_address (self);
  _px_window_dispose_cancel (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_WINDOW);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static void
px_window_finalize (GObject *object)
{
  PxWindow *self = (PxWindow *) object;

  g_clear_object (&self->documents);
  g_clear_object (&self->reference);
  g_clear_pointer (&self->speakers, g_hash_table_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->compute_cancellable);
  g_clear_pointer (&self->compute_progress, g_atomic_rc_box_release);
  g_clear_pointer (&self->load_progress, g_atomic_rc_box_release);
  _px_window_finalize_session (self);
  _px_window_finalize_quotes (self);
  _px_window_finalize_export (self);
  g_clear_pointer (&self->notes, px_notes_free);

  G_OBJECT_CLASS (px_window_parent_class)->finalize (object);
}

static void
px_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PxWindow *self = PX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, _px_window_get_loading (self));
      break;
    case PROP_COMPUTING:
      g_value_set_boolean (value, px_window_get_computing (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_window_dispose;
  object_class->finalize = px_window_finalize;
  object_class->get_property = px_window_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPUTING] =
    g_param_spec_boolean ("computing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PX_TYPE_COMPARISON_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/ui/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, progress);
  gtk_widget_class_bind_template_callback (widget_class, on_view_make_reference);
  gtk_widget_class_bind_template_callback (widget_class, on_view_move);
  gtk_widget_class_bind_template_callback (widget_class, on_view_remove);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  _px_window_class_init_actions (widget_class);
  _px_window_class_init_quotes (widget_class);
  _px_window_class_init_export (widget_class);
  _px_window_class_init_session (widget_class);
  _px_window_class_init_paste (widget_class);
  _px_window_class_init_address (widget_class);
  _px_window_class_init_search (widget_class);
  _px_window_class_init_notes (widget_class);
  _px_window_class_init_cancel (widget_class);
  px_preferences_window_install_action (widget_class);
  px_shortcuts_add_bindings (widget_class);
}

static void
px_window_init (PxWindow *self)
{
  GtkDropTarget *drop;

  g_assert (PX_IS_WINDOW (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  px_appearance_init ();

  self->cancellable = g_cancellable_new ();
  self->load_progress = g_atomic_rc_box_new0 (gint);
  self->reference_auto = TRUE;
  self->speakers = px_speaker_corrections_new ();
  self->documents = g_list_store_new (PX_TYPE_DOCUMENT);
  g_signal_connect_object (self->documents, "items-changed",
                           G_CALLBACK (on_documents_changed), self, G_CONNECT_SWAPPED);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  /* Files first: a file manager offers its files as text (URIs) too. */
  gtk_drop_target_set_gtypes (drop, (GType[]) { GDK_TYPE_FILE_LIST, G_TYPE_STRING }, 2);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  _px_window_init_actions (self);
  _px_window_init_quotes (self);
  _px_window_init_session (self);
  _px_window_init_search (self, GTK_WIDGET (self->progress));
  _px_window_init_overview (self);
  _px_window_init_notes (self);
  _px_window_init_cancel (self);
  px_shortcuts_add_help_overlay (GTK_APPLICATION_WINDOW (self));
  show_page (self);
}

PxWindow *
px_window_new (AdwApplication *application)
{
  return g_object_new (PX_TYPE_WINDOW, "application", application, NULL);
}

/**
 * _px_window_get_documents:
 *
 * Returns: (transfer none): the open articles, a list of PxDocument
 */
GListModel *
_px_window_get_documents (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->documents);
}

gboolean
_px_window_get_loading (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  return self->n_loading > 0;
}

gboolean
px_window_get_computing (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  return self->computing;
}

/**
 * px_window_get_comparison:
 *
 * The comparison on screen: it may be older than the input while
 * #PxWindow:computing is set.
 *
 * Returns: (transfer none) (nullable): the comparison shown
 */
PxComparison *
px_window_get_comparison (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return px_comparison_view_get_comparison (self->view);
}

/**
 * px_window_get_view:
 *
 * Returns: (transfer none): the aligned columns
 */
PxComparisonView *
px_window_get_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->view;
}

/**
 * px_window_set_reference:
 * @document: one of the open articles
 *
 * Compares the others with @document from now on, rather than with the
 * most central article (the default), until @document is removed.
 */
void
px_window_set_reference (PxWindow   *self,
                         PxDocument *document)
{
  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (PX_IS_DOCUMENT (document));

  if (!g_list_store_find (self->documents, document, NULL))
    return;
  if (document == self->reference && !self->reference_auto)
    return;
  /* Chosen by the user: kept as other articles come and go. */
  self->reference_auto = FALSE;
  g_set_object (&self->reference, document);
  px_window_recompute (self);
}

PxDocument *
_px_window_get_reference (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->reference;
}

/**
 * _px_window_move_document:
 * @delta: -1 to move its column left, +1 right
 */
void
_px_window_move_document (PxWindow   *self,
                          PxDocument *document,
                          int         delta)
{
  guint position, n, other;
  gpointer pair[2];

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (delta == -1 || delta == 1);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  if (!g_list_store_find (self->documents, document, &position))
    return;
  if ((delta < 0 && position == 0) || (delta > 0 && position + 1 >= n))
    return;
  other = position + delta;
  /* One splice: the window recomputes once, not for a removal and again
   * for an insertion. */
  pair[0] = g_list_model_get_item (G_LIST_MODEL (self->documents), MAX (position, other));
  pair[1] = g_list_model_get_item (G_LIST_MODEL (self->documents), MIN (position, other));
  g_list_store_splice (self->documents, MIN (position, other), 2, pair, 2);
  g_object_unref (pair[0]);
  g_object_unref (pair[1]);
}

/**
 * _px_window_set_side_panel:
 * @child: (nullable): a panel to show beside the columns (quotes), or
 *   %NULL to close the panel
 */
void
_px_window_set_side_panel (PxWindow  *self,
                           GtkWidget *child)
{
  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (child)
    gtk_revealer_set_child (self->side_panel, child);
  gtk_revealer_set_reveal_child (self->side_panel, child != NULL);
}
