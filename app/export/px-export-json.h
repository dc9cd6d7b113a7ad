/* px-export-json.h: documents and comparisons as JSON (json-glib)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "px-compare.h"
#include "px-diff.h"
#include "px-document.h"
#include "px-quotes.h"

G_BEGIN_DECLS

/* Adds the member @name: @value, or null when @value is NULL. */
void   px_json_add_string_member (JsonBuilder *builder,
                                  const char  *name,
                                  const char  *value);
void   px_json_add_int_member    (JsonBuilder *builder,
                                  const char  *name,
                                  gint64       value);

/* Adds the members that describe @doc to the object @builder is in. */
void   px_json_add_document_info (JsonBuilder *builder,
                                  PxDocument  *doc);

/* Adds an array with one object per op of @ops (from px_diff() on
 * @old_text and @new_text) as the next value of @builder:
 * {"op": "equal"|"delete"|"insert", "text", "old_start", "old_end",
 * "new_start", "new_end"}.  "text" is the op's old text (equal,
 * delete) or new text (insert); offsets are bytes. */
void   px_json_add_diff_ops      (JsonBuilder       *builder,
                                  GArray            *ops,
                                  const char        *old_text,
                                  const char        *new_text);

/* Adds the members of @stats, and the share of new words kept, to the
 * object @builder is in. */
void   px_json_add_diff_stats    (JsonBuilder       *builder,
                                  const PxDiffStats *stats);
/* Adds a "quotes" member to the object @builder is in: for each group of
 * @groups (PxQuoteGroup, from px_quotes_group()), its speaker, the
 * documents that carry it, each document's coverage, and its occurrences
 * (document index, text, byte start and end, match, speaker).  With
 * @docs (the documents the groups index), each occurrence that is not
 * exact has a "diff" against the group's fullest version, in the form of
 * px_json_add_diff_ops() with offsets into the two documents' texts. */
void   px_json_add_quotes        (JsonBuilder  *builder,
                                  GPtrArray    *groups,
                                  PxDocument  **docs);

/* Serialises @root, pretty-printed, with a final newline. */
char  *px_json_to_string         (JsonNode    *root);
/* Serialises @root with a final newline; without @pretty, on one line:
 * a comparison of long articles is then half the size and a quarter
 * faster to write (for pipes and files, where no one reads the indent). */
char  *px_json_to_data           (JsonNode    *root,
                                  gboolean     pretty);

/* The comparison as `parallax-cli compare --format=json` prints it; each
 * row's "diffs" are word diffs with @flags, white space always ignored. */
JsonNode *px_json_build_comparison (PxComparison *comparison,
                                    PxDiffFlags   flags);
/* The text px_json_to_data() makes of px_json_build_comparison()'s tree,
 * byte for byte.  On one line (without @pretty) the rows are written as
 * they are built, and their tree is never whole: for long comparisons,
 * faster and a fraction of the memory. */
char     *px_json_comparison_to_data (PxComparison *comparison,
                                      PxDiffFlags   flags,
                                      gboolean      pretty);

/* The "word_choice" member of a comparison (px-word-choice.h): per set its
 * kind, label, score, substitutions, whether a document defines one
 * variant as another's abbreviation, its variants (text, key, total,
 * per-document counts, occurrences with document and byte offsets) and
 * per document the index of the variant it uses most, or null. */
JsonArray *px_json_word_choice_array (PxComparison *comparison);

G_END_DECLS
