/* px-report-source.h: the report's "Quotes against the source" section
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-report.h"

G_BEGIN_DECLS

void px_report_add_source_section (PxReport     *report,
                                   PxComparison *comparison);

G_END_DECLS
