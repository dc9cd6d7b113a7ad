/* px-report-module.c: the report writers as a module loaded on demand
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-report-module.h"

G_MODULE_EXPORT GBytes *
px_report_module_render (PxComparison          *comparison,
                         PxReportFormat         format,
                         const PxReportOptions *options,
                         PxPaper                paper,
                         gboolean               landscape,
                         GError               **error)
{
  g_autoptr(PxReport) report = px_report_new_from_comparison (comparison, options);
  char *html;

  if (format == PX_REPORT_FORMAT_PDF)
    return px_report_to_pdf (report, paper, landscape, error);
  html = px_report_to_html (report);
  return g_bytes_new_take (html, strlen (html));
}
