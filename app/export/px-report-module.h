/* px-report-module.h: the report writers as a module loaded on demand
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * parallax-cli loads cairo and Pango only when asked for a PDF or HTML
 * report: they are a dozen libraries, and loading them would double the
 * start-up of every other command.  The module is built from the report
 * sources and finds the engine's symbols in the program that loads it.
 */
#pragma once

#include <gmodule.h>

#include "px-report.h"

G_BEGIN_DECLS

typedef enum {
  PX_REPORT_FORMAT_PDF,
  PX_REPORT_FORMAT_HTML,
} PxReportFormat;

#define PX_REPORT_MODULE_SYMBOL "px_report_module_render"

/* What the module exports: renders @comparison as a report. */
typedef GBytes *(*PxReportRenderFunc) (PxComparison          *comparison,
                                       PxReportFormat         format,
                                       const PxReportOptions *options,
                                       PxPaper                paper,
                                       gboolean               landscape,
                                       GError               **error);

GBytes *px_report_module_render (PxComparison          *comparison,
                                 PxReportFormat         format,
                                 const PxReportOptions *options,
                                 PxPaper                paper,
                                 gboolean               landscape,
                                 GError               **error);

G_END_DECLS
