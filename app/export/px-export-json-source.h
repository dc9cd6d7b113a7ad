/* px-export-json-source.h: the quotations against the primary source, as JSON
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "px-compare.h"
#include "px-source-check.h"

G_BEGIN_DECLS

/* An object: "sources" (document indices), "notices" (strings), "tally"
 * (per article, the count of each label) and "quotes": per checked
 * occurrence its document, group and occurrence indices, byte range and
 * text, "label" (px_source_label_to_string()), "conventions" ("brackets",
 * "ellipsis"), and "spans": each source passage (source index, bytes,
 * text, speaker label, distance in words from the previous span) with its
 * "diff" (op, text, old_start/old_end into the source's text,
 * new_start/new_end into the article's). */
JsonNode *px_json_source_check_node (PxSourceCheck *check,
                                     PxDocument   **docs,
                                     guint          n_docs);

/* Sets "source_check" on @root when the comparison has a primary source. */
void      px_json_add_source_check  (JsonObject    *root,
                                     PxComparison  *comparison);

G_END_DECLS
