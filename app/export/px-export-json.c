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

static void
add_string_or_null (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_occurrence (JsonBuilder *builder, const PxQuoteOccurrence *o)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "document");
  json_builder_add_int_value (builder, o->document);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, o->text);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, o->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, o->end);
  json_builder_set_member_name (builder, "match");
  json_builder_add_string_value (builder, px_quote_match_to_string (o->match));
  add_string_or_null (builder, "speaker", o->speaker);
  json_builder_end_object (builder);
}

void
px_json_add_quotes (JsonBuilder *builder,
                    GPtrArray   *groups)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (groups != NULL);

  json_builder_set_member_name (builder, "quotes");
  json_builder_begin_array (builder);
  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "speaker", group->speaker);
      json_builder_set_member_name (builder, "reference");
      json_builder_add_int_value (builder, group->reference);
      json_builder_set_member_name (builder, "documents");
      json_builder_begin_array (builder);
      for (guint d = 0; d < group->n_documents; d++)
        if (group->carried[d])
          json_builder_add_int_value (builder, d);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "coverage");
      json_builder_begin_array (builder);
      for (guint d = 0; d < group->n_documents; d++)
        json_builder_add_string_value (builder, px_quote_coverage_to_string (group->coverage[d]));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "occurrences");
      json_builder_begin_array (builder);
      for (guint i = 0; i < group->occurrences->len; i++)
        add_occurrence (builder, &g_array_index (group->occurrences, PxQuoteOccurrence, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
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
