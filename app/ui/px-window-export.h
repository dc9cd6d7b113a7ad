/* px-window-export.h: the comparison as a report: export and print
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-window.h"

G_BEGIN_DECLS

void               px_window_class_init_export  (GtkWidgetClass       *widget_class);

/* Writes the comparison shown as a report to @file: HTML when its name
 * ends in .html or .htm, else PDF.  The work runs in a thread. */
void               px_window_export_async       (PxWindow             *self,
                                                 GFile                *file,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
/* A student handout to @file instead (see PxReportKind), with
 * @n_questions questions (0: the default) and, when @answers, its answer
 * key beside it as NAME-answers.pdf (or .html). */
void               px_window_export_handout_async (PxWindow           *self,
                                                   GFile              *file,
                                                   guint               n_questions,
                                                   gboolean            answers,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
gboolean           px_window_export_finish      (PxWindow             *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

/* A print operation that prints the comparison shown as its report,
 * with the report's own drawing code. */
GtkPrintOperation *px_window_new_print_operation (PxWindow            *self);

G_END_DECLS
