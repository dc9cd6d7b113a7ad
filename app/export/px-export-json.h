/* px-export-json.h: documents and comparisons as JSON (json-glib)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "px-compare.h"
#include "px-document.h"

G_BEGIN_DECLS

/* Adds the members that describe @doc to the object @builder is in. */
void   px_json_add_document_info (JsonBuilder *builder,
                                  PxDocument  *doc);

/* Serialises @root, pretty-printed, with a final newline. */
char  *px_json_to_string         (JsonNode    *root);

G_END_DECLS
G_BEGIN_DECLS

/* The comparison as `parallax-cli compare --format=json` prints it. */
JsonNode *px_json_build_comparison (PxComparison *comparison);

G_END_DECLS
