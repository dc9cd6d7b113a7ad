/* px-export-json.c: documents and comparisons as JSON (json-glib)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-export-json.h"

void
px_json_add_document_info (JsonBuilder *builder,
                           PxDocument  *doc)
{
  const char *source;

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (PX_IS_DOCUMENT (doc));

  source = px_document_get_source (doc);
  json_builder_set_member_name (builder, "path");
  if (source)
    json_builder_add_string_value (builder, source);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "outlet");
  json_builder_add_string_value (builder, px_document_get_outlet (doc));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, px_document_get_title (doc));
  json_builder_set_member_name (builder, "paragraphs");
  json_builder_add_int_value (builder, px_document_get_n_paragraphs (doc));
  json_builder_set_member_name (builder, "words");
  json_builder_add_int_value (builder, px_document_get_n_words (doc));
}

char *
px_json_to_string (JsonNode *root)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autofree char *text = NULL;

  g_return_val_if_fail (root != NULL, NULL);

  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  text = json_generator_to_data (gen, NULL);
  return g_strconcat (text, "\n", NULL);
}
