/* px-export-json-source.c: the quotations against the primary source, as JSON
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-export-json-source.h"

static char *
slice (PxDocument *doc, guint32 start, guint32 end)
{
  return g_strndup (px_document_get_text (doc, NULL) + start, end - start);
}

static const char *
op_name (PxDiffOpType type)
{
  return type == PX_DIFF_DELETE ? "delete" : type == PX_DIFF_INSERT ? "insert" : "equal";
}

static JsonArray *
diff_array (GArray *ops, PxDocument *source, PxDocument *article)
{
  JsonArray *array = json_array_sized_new (ops->len);

  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);
      JsonObject *object = json_object_new ();
      g_autofree char *text = op->type == PX_DIFF_INSERT ? slice (article, op->new_start, op->new_end)
                                                         : slice (source, op->old_start, op->old_end);

      json_object_set_string_member (object, "op", op_name (op->type));
      json_object_set_string_member (object, "text", text);
      json_object_set_int_member (object, "old_start", op->old_start);
      json_object_set_int_member (object, "old_end", op->old_end);
      json_object_set_int_member (object, "new_start", op->new_start);
      json_object_set_int_member (object, "new_end", op->new_end);
      json_array_add_object_element (array, object);
    }
  return array;
}

static JsonObject *
span_object (const PxSourceSpan *span, PxDocument *source, PxDocument *article)
{
  JsonObject *object = json_object_new ();
  g_autofree char *text = slice (source, span->start, span->end);

  json_object_set_int_member (object, "source", span->source);
  json_object_set_int_member (object, "start", span->start);
  json_object_set_int_member (object, "end", span->end);
  json_object_set_string_member (object, "text", text);
  json_object_set_int_member (object, "quote_start", span->quote_start);
  json_object_set_int_member (object, "quote_end", span->quote_end);
  if (span->speaker)
    json_object_set_string_member (object, "speaker", span->speaker);
  else
    json_object_set_null_member (object, "speaker");
  json_object_set_int_member (object, "distance", span->distance);
  json_object_set_boolean_member (object, "after_ellipsis", span->joined_by_ellipsis);
  json_object_set_array_member (object, "diff", diff_array (span->diff, source, article));
  return object;
}

static JsonObject *
match_object (const PxSourceMatch *m, PxDocument **docs)
{
  JsonObject *object = json_object_new ();
  JsonArray *conventions = json_array_new ();
  JsonArray *spans = json_array_sized_new (m->spans->len);
  g_autofree char *text = slice (docs[m->document], m->start, m->end);

  json_object_set_int_member (object, "document", m->document);
  json_object_set_int_member (object, "group", m->group);
  json_object_set_int_member (object, "occurrence", m->occurrence);
  json_object_set_int_member (object, "start", m->start);
  json_object_set_int_member (object, "end", m->end);
  json_object_set_string_member (object, "text", text);
  json_object_set_string_member (object, "label", px_source_label_to_string (m->label));
  if (m->conventions & PX_SOURCE_BRACKETS)
    json_array_add_string_element (conventions, "brackets");
  if (m->conventions & PX_SOURCE_ELLIPSIS)
    json_array_add_string_element (conventions, "ellipsis");
  json_object_set_array_member (object, "conventions", conventions);
  json_object_set_int_member (object, "words", m->n_words);
  json_object_set_int_member (object, "matched_words", m->matched);
  for (guint s = 0; s < m->spans->len; s++)
    {
      const PxSourceSpan *span = &g_array_index (m->spans, PxSourceSpan, s);

      json_array_add_object_element (spans, span_object (span, docs[span->source], docs[m->document]));
    }
  json_object_set_array_member (object, "spans", spans);
  return object;
}

JsonNode *
px_json_source_check_node (PxSourceCheck *check,
                           PxDocument   **docs,
                           guint          n_docs)
{
  JsonObject *root = json_object_new ();
  JsonArray *sources = json_array_new ();
  JsonArray *notices = json_array_new ();
  JsonArray *tally = json_array_new ();
  JsonArray *quotes = json_array_new ();
  const char * const *texts = px_source_check_get_notices (check, NULL);
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (guint d = 0; d < n_docs; d++)
    {
      guint counts[PX_SOURCE_N_LABELS];
      JsonObject *line;

      if (px_document_get_primary_source (docs[d]))
        {
          json_array_add_int_element (sources, d);
          continue;
        }
      px_source_check_get_tally (check, d, counts);
      line = json_object_new ();
      json_object_set_int_member (line, "document", d);
      for (guint l = 0; l < PX_SOURCE_N_LABELS; l++)
        json_object_set_int_member (line, px_source_label_to_string (l), counts[l]);
      json_array_add_object_element (tally, line);
    }
  for (guint i = 0; texts[i]; i++)
    json_array_add_string_element (notices, texts[i]);
  for (guint k = 0; k < px_source_check_get_n_matches (check); k++)
    json_array_add_object_element (quotes, match_object (px_source_check_get_match (check, k), docs));

  json_object_set_array_member (root, "sources", sources);
  json_object_set_array_member (root, "notices", notices);
  json_object_set_array_member (root, "tally", tally);
  json_object_set_array_member (root, "quotes", quotes);
  json_node_take_object (node, root);
  return node;
}

void
px_json_add_source_check (JsonObject   *root,
                          PxComparison *comparison)
{
  PxSourceCheck *check = px_comparison_get_source_check (comparison);
  guint n = px_comparison_get_n_documents (comparison);
  g_autofree PxDocument **docs = NULL;

  if (check == NULL || px_source_check_get_n_sources (check) == 0)
    return;
  docs = g_new (PxDocument *, n);
  for (guint d = 0; d < n; d++)
    docs[d] = px_comparison_get_document (comparison, d);
  json_object_set_member (root, "source_check", px_json_source_check_node (check, docs, n));
}
