/* px-export-json.h: documents and comparisons as JSON (json-glib)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "px-document.h"
#include "px-quotes.h"

G_BEGIN_DECLS

/* Adds the members that describe @doc to the object @builder is in. */
void   px_json_add_document_info (JsonBuilder *builder,
                                  PxDocument  *doc);

/* Adds a "quotes" member to the object @builder is in: for each group of
 * @groups (PxQuoteGroup, from px_quotes_group()), its speaker, the
 * documents that carry it, each document's coverage, and its occurrences
 * (document index, text, byte start and end, match, speaker). */
void   px_json_add_quotes        (JsonBuilder *builder,
                                  GPtrArray   *groups);

/* Serialises @root, pretty-printed, with a final newline. */
char  *px_json_to_string         (JsonNode    *root);

G_END_DECLS
