/* px-window-export.c: the comparison as a report: export and print
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export (Ctrl+E) asks where to save, then builds and writes the report
 * in a thread: a long comparison must not freeze the window.  A toast
 * says it is under way, then offers to open the file; a failure is a
 * toast that says what went wrong.  Print (Ctrl+P) lays the same report
 * out on the printer's paper with the PDF's drawing code.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-report.h"
#include "px-window-private.h"

typedef enum {
  FORMAT_PDF,
  FORMAT_HTML,
} Format;

typedef struct {
  PxReport *report;
  PxReport *answers;    /* a handout's answer key, or NULL */
  Format format;
  PxPaper paper;
  char *path;
  char *answers_path;
} ExportData;

static void
export_data_free (ExportData *data)
{
  px_report_free (data->report);
  px_report_free (data->answers);
  g_free (data->path);
  g_free (data->answers_path);
  g_free (data);
}

/* handout.pdf → handout-answers.pdf, beside it. */
static char *
answers_path_for (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');
  g_autofree char *named = dot && dot != base ? g_strdup_printf ("%.*s-answers%s", (int) (dot - base), base, dot)
                                              : g_strconcat (base, "-answers", NULL);

  return g_build_filename (dir, named, NULL);
}

static Format
format_for_name (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm") ? FORMAT_HTML
                                                                               : FORMAT_PDF;
}

static PxReport *
build_report_kind (PxComparison *comparison, PxDiffFlags flags, PxReportKind kind, guint n_questions,
                   const PxNotes *notes)
{
  PxReportOptions options = { NULL, NULL, flags, 0, kind, n_questions, notes };

  return px_report_new_from_comparison (comparison, &options);
}

static PxReport *
build_report (PxComparison *comparison, PxDiffFlags flags, const PxNotes *notes)
{
  return build_report_kind (comparison, flags, PX_REPORT_KIND_REPORT, 0, notes);
}

static GBytes *
render (PxReport *report, Format format, PxPaper paper, GError **error)
{
  char *html;

  if (format == FORMAT_PDF)
    return px_report_to_pdf (report, paper, FALSE, error);
  html = px_report_to_html (report);
  return g_bytes_new_take (html, strlen (html));
}

/* In a worker thread, on the report alone: it copied what it needs from
 * the comparison and the articles (whose outlets the reader may rename
 * meanwhile). */
static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) answers = NULL;
  GError *error = NULL;

  bytes = render (data->report, data->format, data->paper, &error);
  if (bytes && data->answers)
    answers = render (data->answers, data->format, data->paper, &error);
  if (bytes == NULL || (data->answers && answers == NULL) || g_task_return_error_if_cancelled (task))
    {
      if (error)
        g_task_return_error (task, error);
      return;
    }
  if (!px_report_write_file (data->path, bytes, &error) ||
      (answers && !px_report_write_file (data->answers_path, answers, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_async (PxWindow            *self,
              GFile               *file,
              gboolean             handout,
              guint                n_questions,
              gboolean             answers,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data);

void
_px_window_export_async (PxWindow            *self,
                         GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_assert (PX_IS_WINDOW (self));

  export_async (self, file, FALSE, 0, FALSE, cancellable, callback, user_data);
}

void
_px_window_export_handout_async (PxWindow            *self,
                                 GFile               *file,
                                 guint                n_questions,
                                 gboolean             answers,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  export_async (self, file, TRUE, n_questions, answers, cancellable, callback, user_data);
}

static void
export_async (PxWindow            *self,
              GFile               *file,
              gboolean             handout,
              guint                n_questions,
              gboolean             answers,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PxComparison *comparison;
  ExportData *data;

  g_assert (PX_IS_WINDOW (self));

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, handout ? (gpointer) _px_window_export_handout_async : (gpointer) _px_window_export_async);
  comparison = px_window_get_comparison (self);
  if (comparison == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("Nothing to export yet: open two or more articles first"));
      return;
    }
  if (g_file_peek_path (file) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Reports can only be saved to a local folder"));
      return;
    }
  {
    GError *error = NULL;

    if (!_px_window_check_not_input (self, file, &error))
      {
        g_task_return_error (task, error);
        return;
      }
  }
  data = g_new0 (ExportData, 1);
  /* The model is quick to build; laying out and writing are not. */
  data->report = build_report_kind (comparison, _px_window_get_diff_flags (self),
                                    handout ? PX_REPORT_KIND_HANDOUT : PX_REPORT_KIND_REPORT, n_questions,
                                    _px_window_get_notes (self));
  data->path = g_file_get_path (file);
  if (handout && answers)
    {
      data->answers = build_report_kind (comparison, _px_window_get_diff_flags (self), PX_REPORT_KIND_ANSWER_KEY, n_questions,
                                         _px_window_get_notes (self));
      data->answers_path = answers_path_for (data->path);
    }
  data->format = format_for_name (data->path);
  data->paper = px_paper_for_locale (NULL);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  _px_window_run_in_thread (task, export_thread);
}

gboolean
_px_window_export_finish (PxWindow      *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- the action ------------------------------------------------------------ */

typedef struct {
  AdwToast *progress;   /* dismissed when done */
  gint64 shown_at;      /* monotonic time the progress toast was added */
  GFile *file;
} ExportRun;

/* libadwaita 1.2 crashes when a toast is dismissed while its show
 * animation still runs, and a short report is written well within it:
 * the progress toast stays up for at least this long. */
#define PROGRESS_MIN_USEC (G_USEC_PER_SEC * 3 / 4)

typedef struct {
  AdwToast *toast;
  GWeakRef overlay;     /* the toast is left alone once the window is gone */
} LateDismissal;

static gboolean
dismiss_progress (gpointer data)
{
  LateDismissal *late = data;
  g_autoptr(GObject) overlay = g_weak_ref_get (&late->overlay);

  if (overlay != NULL)
    adw_toast_dismiss (late->toast);
  return G_SOURCE_REMOVE;
}

static void
late_dismissal_free (gpointer data)
{
  LateDismissal *late = data;

  g_weak_ref_clear (&late->overlay);
  g_object_unref (late->toast);
  g_free (late);
}

static void
dismiss_progress_later (ExportRun *run, AdwToastOverlay *overlay)
{
  gint64 shown = g_get_monotonic_time () - run->shown_at;
  LateDismissal *late;

  if (shown >= PROGRESS_MIN_USEC)
    {
      adw_toast_dismiss (run->progress);
      return;
    }
  late = g_new0 (LateDismissal, 1);
  late->toast = g_object_ref (run->progress);
  g_weak_ref_init (&late->overlay, overlay);
  g_timeout_add_full (G_PRIORITY_DEFAULT, (PROGRESS_MIN_USEC - shown) / 1000,
                      dismiss_progress, late, late_dismissal_free);
}

/* The Export dialog's choices (GtkFileChooser choices, which the file
 * chooser portal shows too): report or student handout, how many
 * questions, the answer key or not. */
#define CHOICE_KIND "px-kind"
#define CHOICE_QUESTIONS "px-questions"
#define CHOICE_ANSWERS "px-answers"

static void
add_choices (GtkFileChooser *chooser)
{
  const char *kind_ids[] = { "report", "handout", NULL };
  const char *kind_labels[] = { _("Report with marks"), _("Student handout"), NULL };
  const char *question_ids[] = { "4", "6", "8", "10", "12", NULL };

  gtk_file_chooser_add_choice (chooser, CHOICE_KIND, _("Make"), kind_ids, kind_labels);
  gtk_file_chooser_set_choice (chooser, CHOICE_KIND, "report");
  gtk_file_chooser_add_choice (chooser, CHOICE_QUESTIONS, _("Handout questions"), question_ids, question_ids);
  gtk_file_chooser_set_choice (chooser, CHOICE_QUESTIONS, "6");
  gtk_file_chooser_add_choice (chooser, CHOICE_ANSWERS, _("Write the answer key beside the handout"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, CHOICE_ANSWERS, "true");
}

static void
on_exported (GObject *source, GAsyncResult *result, gpointer user_data)
{
  PxWindow *self = PX_WINDOW (source);
  ExportRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (run->file);
  g_autofree char *message = NULL;
  AdwToast *toast;
  gboolean ok = _px_window_export_finish (self, result, &error);

  dismiss_progress_later (run, self->toast_overlay);
  if (g_cancellable_is_cancelled (self->cancellable))
    ;  /* The window is gone: nobody to tell. */
  else if (!ok)
    {
      /* Translators: %s says why, e.g. "Cannot write /x/report.pdf: Permission denied" */
      message = g_strdup_printf (_("The report was not saved. %s"), error->message);
      _px_window_toast (self, message);
    }
  else
    {
      g_autofree char *uri = g_file_get_uri (run->file);

      /* Translators: %s is a file name */
      message = g_strdup_printf (_("Report saved as “%s”"), name);
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 10);
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-report");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  if (!g_cancellable_is_cancelled (self->cancellable))
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", TRUE);
  g_object_unref (run->progress);
  g_object_unref (run->file);
  g_free (run);
}

/**
 * export_to:
 *
 * Exports with a toast while the report is written.
 */
static void
export_to (PxWindow *self, GFile *file, gboolean handout, guint n_questions, gboolean answers)
{
  ExportRun *run = g_new0 (ExportRun, 1);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  g_assert (PX_IS_WINDOW (self));

  /* Translators: shown while a report is written; %s is a file name */
  message = g_strdup_printf (_("Saving the report as “%s”…"), name);
  run->progress = g_object_ref (adw_toast_new (message));
  adw_toast_set_timeout (run->progress, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (run->progress));
  run->shown_at = g_get_monotonic_time ();
  run->file = g_object_ref (file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  if (handout)
    _px_window_export_handout_async (self, file, n_questions, answers, self->cancellable, on_exported, run);
  else
    _px_window_export_async (self, file, self->cancellable, on_exported, run);
}

static void
destroy_dialog (GtkFileChooserNative *dialog)
{
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (dialog));
  g_object_unref (dialog);
}

static void
on_save_response (GtkNativeDialog *dialog, int response, PxWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *lower = g_utf8_strdown (name, -1);

      /* A name without an extension takes the chosen filter's. */
      if (!g_str_has_suffix (lower, ".pdf") && !g_str_has_suffix (lower, ".html") &&
          !g_str_has_suffix (lower, ".htm"))
        {
          const char *ext = filter && g_object_get_data (G_OBJECT (filter), "px-html") ? ".html" : ".pdf";
          g_autofree char *named = g_strconcat (name, ext, NULL);
          g_autoptr(GFile) parent = g_file_get_parent (file);

          GFile *named_file = g_file_get_child (parent, named);

          g_object_unref (file);
          file = named_file;
        }
      {
        const char *kind = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), CHOICE_KIND);
        const char *questions = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), CHOICE_QUESTIONS);
        const char *answers = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), CHOICE_ANSWERS);

        export_to (self, file, g_strcmp0 (kind, "handout") == 0,
                   questions ? (guint) g_ascii_strtoull (questions, NULL, 10) : 0,
                   g_strcmp0 (answers, "false") != 0);
      }
    }
  g_clear_pointer (&self->export_dialog, destroy_dialog);
}

static char *
suggested_name (PxComparison *comparison)
{
  PxDocument *ref = px_comparison_get_document (comparison, px_comparison_get_reference (comparison));
  g_autofree char *title = g_strdup (px_document_get_title (ref));
  GString *name = g_string_new (NULL);

  /* A short, file-system-safe name from the headline. */
  for (const char *p = title; *p && g_utf8_strlen (name->str, -1) < 60; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (name, c);
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    /* Translators: the file name offered for a report, without extension */
    g_string_append (name, _("comparison"));
  g_string_append (name, ".pdf");
  return g_string_free (name, FALSE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  PxComparison *comparison = px_window_get_comparison (self);
  GtkFileChooserNative *dialog;
  GtkFileFilter *pdf, *html;
  g_autofree char *name = NULL;

  if (comparison == NULL)
    {
      _px_window_toast (self, _("Nothing to export yet: open two or more articles first"));
      return;
    }
  dialog = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  pdf = gtk_file_filter_new ();
  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  html = gtk_file_filter_new ();
  gtk_file_filter_set_name (html, _("Web page (HTML)"));
  gtk_file_filter_add_mime_type (html, "text/html");
  gtk_file_filter_add_suffix (html, "html");
  g_object_set_data (G_OBJECT (html), "px-html", GINT_TO_POINTER (TRUE));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), html);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (dialog), pdf);
  g_object_unref (pdf);
  g_object_unref (html);
  add_choices (GTK_FILE_CHOOSER (dialog));
  name = suggested_name (comparison);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_response), self, 0);
  /* The window holds the dialog, and destroys it if it goes first. */
  g_clear_pointer (&self->export_dialog, destroy_dialog);
  self->export_dialog = dialog;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

/* --- printing --------------------------------------------------------------- */

static void
on_begin_print (GtkPrintOperation *op, GtkPrintContext *context, PxWindow *self)
{
  PxComparison *comparison = px_window_get_comparison (self);
  g_autoptr(PxReport) report = NULL;
  PxReportPages *pages;

  if (comparison == NULL)
    {
      gtk_print_operation_cancel (op);
      return;
    }
  /* The paper's size is known only now: lay out for it. */
  report = build_report (comparison, _px_window_get_diff_flags (self), _px_window_get_notes (self));
  pages = px_report_pages_new (report, gtk_print_context_get_width (context),
                               gtk_print_context_get_height (context));
  g_object_set_data_full (G_OBJECT (op), "px-pages", pages, (GDestroyNotify) px_report_pages_free);
  gtk_print_operation_set_n_pages (op, MAX (px_report_pages_get_n_pages (pages), 1));
}

static void
on_draw_page (GtkPrintOperation *op, GtkPrintContext *context, int page, PxWindow *self)
{
  PxReportPages *pages = g_object_get_data (G_OBJECT (op), "px-pages");

  if (pages && (guint) page < px_report_pages_get_n_pages (pages))
    px_report_pages_draw (pages, gtk_print_context_get_cairo_context (context), page);
}

static void
on_end_print (GtkPrintOperation *op, GtkPrintContext *context, PxWindow *self)
{
  g_object_set_data (G_OBJECT (op), "px-pages", NULL);
}

GtkPrintOperation *
_px_window_new_print_operation (PxWindow *self)
{
  GtkPrintOperation *op;
  PxComparison *comparison;

  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  op = gtk_print_operation_new ();
  /* The report draws its own margins, in points. */
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  comparison = px_window_get_comparison (self);
  if (comparison)
    {
      PxDocument *ref = px_comparison_get_document (comparison, px_comparison_get_reference (comparison));

      gtk_print_operation_set_job_name (op, px_document_get_title (ref));
    }
  g_signal_connect_object (op, "begin-print", G_CALLBACK (on_begin_print), self, 0);
  g_signal_connect_object (op, "draw-page", G_CALLBACK (on_draw_page), self, 0);
  g_signal_connect_object (op, "end-print", G_CALLBACK (on_end_print), self, 0);
  return op;
}

static void
toast_print_error (PxWindow *self, GtkPrintOperation *op, const GError *error)
{
  g_autofree char *message = NULL;

  g_assert (PX_IS_WINDOW (self));

  if (g_object_get_data (G_OBJECT (op), "px-reported"))
    return;
  g_object_set_data (G_OBJECT (op), "px-reported", GINT_TO_POINTER (TRUE));
  /* Translators: %s says why printing failed */
  message = g_strdup_printf (_("Printing failed. %s"), error ? error->message : "");
  _px_window_toast (self, message);
}

/* "done" may come during gtk_print_operation_run() or long after it:
 * it only reports; the window holds the operation meanwhile. */
static void
on_print_done (GtkPrintOperation *op, GtkPrintOperationResult result, PxWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (op, &error);
      toast_print_error (self, op, error);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autoptr(GtkPrintOperation) op = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (px_window_get_comparison (self) == NULL)
    {
      _px_window_toast (self, _("Nothing to print yet: open two or more articles first"));
      return;
    }
  op = _px_window_new_print_operation (self);
  gtk_print_operation_set_allow_async (op, TRUE);
  g_signal_connect_object (op, "done", G_CALLBACK (on_print_done), self, 0);
  result = gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    toast_print_error (self, op, error);
  else if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    {
      g_clear_object (&self->print_operation);
      self->print_operation = g_steal_pointer (&op);
    }
}

void
_px_window_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.open-report", "s", open_report_action);
}

void
_px_window_finalize_export (PxWindow *self)
{
  g_clear_pointer (&self->export_dialog, destroy_dialog);
  g_clear_object (&self->print_operation);
}
