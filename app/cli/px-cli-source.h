/* px-cli-source.h: --source=FILE: quotations against the primary source
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-cli-commands.h"
#include "px-source-check.h"

G_BEGIN_DECLS

gboolean px_cli_add_sources          (GPtrArray      *docs,
                                      char          **paths);
void     px_cli_print_source_notices (PxSourceCheck  *check);
void     px_cli_append_source_check  (GString        *out,
                                      PxSourceCheck  *check,
                                      PxDocument    **docs,
                                      guint           n_docs);

G_END_DECLS
