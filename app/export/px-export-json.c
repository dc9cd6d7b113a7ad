/* px-export-json.c: documents and comparisons as JSON (json-glib)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "px-compare.h"
#include "px-export-json.h"

void
px_json_add_document_info (JsonBuilder *builder,
                           PxDocument  *doc)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (PX_IS_DOCUMENT (doc));

  px_json_add_string_member (builder, "path", px_document_get_source (doc));
  px_json_add_string_member (builder, "outlet", px_document_get_outlet (doc));
  px_json_add_string_member (builder, "title", px_document_get_title (doc));
  px_json_add_int_member (builder, "paragraphs", px_document_get_n_paragraphs (doc));
  px_json_add_int_member (builder, "words", px_document_get_n_words (doc));
}

static const char *
op_name (PxDiffOpType type)
{
  switch (type)
    {
    case PX_DIFF_EQUAL:
      return "equal";
    case PX_DIFF_DELETE:
      return "delete";
    case PX_DIFF_INSERT:
      return "insert";
    default:
      g_return_val_if_reached ("equal");
    }
}

void
px_json_add_diff_ops (JsonBuilder *builder,
                      GArray      *ops,
                      const char  *old_text,
                      const char  *new_text)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (ops != NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);
      g_autofree char *text = NULL;

      if (op->type == PX_DIFF_INSERT)
        text = g_strndup (new_text + op->new_start, op->new_end - op->new_start);
      else
        text = g_strndup (old_text + op->old_start, op->old_end - op->old_start);

      json_builder_begin_object (builder);
      px_json_add_string_member (builder, "op", op_name (op->type));
      px_json_add_string_member (builder, "text", text);
      px_json_add_int_member (builder, "old_start", op->old_start);
      px_json_add_int_member (builder, "old_end", op->old_end);
      px_json_add_int_member (builder, "new_start", op->new_start);
      px_json_add_int_member (builder, "new_end", op->new_end);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

void
px_json_add_string_member (JsonBuilder *builder,
                           const char  *name,
                           const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
px_json_add_int_member (JsonBuilder *builder,
                        const char  *name,
                        gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* The word diff of an occurrence against the group's fullest version,
 * offsets into the two documents' texts. */
static void
add_occurrence_diff (JsonBuilder *builder, const PxQuoteOccurrence *ref,
                     const PxQuoteOccurrence *o, PxDocument **docs)
{
  const char *old_text = px_document_get_text (docs[ref->document], NULL);
  const char *new_text = px_document_get_text (docs[o->document], NULL);
  PxDiffOptions options = { PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY | PX_DIFF_IGNORE_SPACE, FALSE, 0 };
  g_autoptr(GArray) ops = px_diff (old_text + ref->start, ref->end - ref->start,
                                   new_text + o->start, o->end - o->start, &options);

  for (guint i = 0; i < ops->len; i++)
    {
      PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);

      op->old_start += ref->start, op->old_end += ref->start;
      op->new_start += o->start, op->new_end += o->start;
    }
  json_builder_set_member_name (builder, "diff");
  px_json_add_diff_ops (builder, ops, old_text, new_text);
}

static void
add_occurrence (JsonBuilder *builder, const PxQuoteOccurrence *o,
                const PxQuoteOccurrence *ref, PxDocument **docs)
{
  json_builder_begin_object (builder);
  px_json_add_int_member (builder, "document", o->document);
  px_json_add_string_member (builder, "text", o->text);
  px_json_add_int_member (builder, "start", o->start);
  px_json_add_int_member (builder, "end", o->end);
  px_json_add_string_member (builder, "match", px_quote_match_to_string (o->match));
  px_json_add_string_member (builder, "speaker", o->speaker);
  if (docs && o != ref && o->match != PX_QUOTE_MATCH_EXACT)
    add_occurrence_diff (builder, ref, o, docs);
  json_builder_end_object (builder);
}

void
px_json_add_quotes (JsonBuilder  *builder,
                    GPtrArray    *groups,
                    PxDocument  **docs)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (groups != NULL);

  json_builder_set_member_name (builder, "quotes");
  json_builder_begin_array (builder);
  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);

      json_builder_begin_object (builder);
      px_json_add_string_member (builder, "speaker", group->speaker);
      px_json_add_int_member (builder, "reference", group->reference);
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
        add_occurrence (builder, &g_array_index (group->occurrences, PxQuoteOccurrence, i),
                        &g_array_index (group->occurrences, PxQuoteOccurrence, group->reference), docs);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

void
px_json_add_diff_stats (JsonBuilder       *builder,
                        const PxDiffStats *stats)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (stats != NULL);

  px_json_add_int_member (builder, "old_words", stats->old_words);
  px_json_add_int_member (builder, "new_words", stats->new_words);
  px_json_add_int_member (builder, "kept_words", stats->kept_words);
  px_json_add_int_member (builder, "removed_words", stats->removed_words);
  px_json_add_int_member (builder, "added_words", stats->added_words);
  /* Of NEW's words, the share found in OLD; an empty NEW keeps all. */
  json_builder_set_member_name (builder, "new_in_old");
  json_builder_add_double_value (builder, stats->new_words > 0 ?
                                 (double) stats->kept_words / stats->new_words : 1.0);
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

static void
add_paragraphs (JsonBuilder *b, PxComparison *cmp, guint d)
{
  PxDocument *doc = px_comparison_get_document (cmp, d);

  json_builder_set_member_name (b, "paragraphs");
  json_builder_begin_array (b);
  for (guint p = 0; p < px_document_get_n_paragraphs (doc); p++)
    {
      const PxParagraph *para = px_document_get_paragraph (doc, p);
      g_autofree char *ptext = px_document_dup_paragraph_text (doc, p);

      json_builder_begin_object (b);
      px_json_add_string_member (b, "text", ptext);
      px_json_add_int_member (b, "start", para->start);
      px_json_add_int_member (b, "end", para->end);
      px_json_add_int_member (b, "words", para->n_words);
      json_builder_set_member_name (b, "boilerplate");
      json_builder_add_boolean_value (b, px_comparison_is_boilerplate (cmp, d, p));
      px_json_add_int_member (b, "row", px_comparison_find_row (cmp, d, p));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_document (JsonBuilder *b, PxComparison *cmp, guint d)
{
  PxDocument *doc = px_comparison_get_document (cmp, d);
  int headline = px_comparison_get_headline (cmp, d);
  PxCompareReport report;

  json_builder_begin_object (b);
  px_json_add_document_info (b, doc);
  json_builder_set_member_name (b, "headline_paragraph");
  if (headline >= 0)
    json_builder_add_int_value (b, headline);
  else
    json_builder_add_null_value (b);
  /* "paragraphs" from the info block is a count; here it is the list. */
  add_paragraphs (b, cmp, d);

  px_comparison_get_report (cmp, d, &report);
  json_builder_set_member_name (b, "report");
  json_builder_begin_object (b);
  px_json_add_int_member (b, "omitted", report.omitted);
  px_json_add_int_member (b, "added", report.added);
  px_json_add_int_member (b, "changed", report.changed);
  px_json_add_int_member (b, "moved", report.moved);
  px_json_add_int_member (b, "unchanged", report.unchanged);
  px_json_add_int_member (b, "quotes", report.quotes);
  px_json_add_int_member (b, "quotes_altered", report.quotes_altered);
  json_builder_end_object (b);
  json_builder_end_object (b);
}

/* The word diff of a cell against the reference's cell in its row, with
 * offsets into each document's whole text; null where there is no pair. */
static void
add_cell_diff (JsonBuilder *b, PxComparison *cmp, guint r, guint d, PxDiffFlags flags)
{
  guint ref = px_comparison_get_reference (cmp);
  const PxCell *cells = px_comparison_get_row (cmp, r);
  PxDocument *old_doc, *new_doc;
  const PxParagraph *op, *np;
  const char *old_text, *new_text;
  PxDiffOptions options = { flags | PX_DIFF_IGNORE_SPACE, FALSE, 0 };
  g_autoptr(GArray) ops = NULL;

  if (d == ref || cells[d].paragraph < 0 || cells[ref].paragraph < 0)
    {
      json_builder_add_null_value (b);
      return;
    }
  old_doc = px_comparison_get_document (cmp, ref);
  new_doc = px_comparison_get_document (cmp, d);
  old_text = px_document_get_text (old_doc, NULL);
  new_text = px_document_get_text (new_doc, NULL);
  op = px_document_get_paragraph (old_doc, cells[ref].paragraph);
  np = px_document_get_paragraph (new_doc, cells[d].paragraph);

  ops = px_diff (old_text + op->start, op->end - op->start,
                 new_text + np->start, np->end - np->start, &options);
  for (guint i = 0; i < ops->len; i++)
    {
      PxDiffOp *o = &g_array_index (ops, PxDiffOp, i);

      o->old_start += op->start, o->old_end += op->start;
      o->new_start += np->start, o->new_end += np->start;
    }
  px_json_add_diff_ops (b, ops, old_text, new_text);
}

static void
add_row (JsonBuilder *b, PxComparison *cmp, guint r, PxDiffFlags flags)
{
  guint n = px_comparison_get_n_documents (cmp);
  const PxCell *cells = px_comparison_get_row (cmp, r);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "cells");
  json_builder_begin_array (b);
  for (guint d = 0; d < n; d++)
    if (cells[d].paragraph >= 0)
      json_builder_add_int_value (b, cells[d].paragraph);
    else
      json_builder_add_null_value (b);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "moved");
  json_builder_begin_array (b);
  for (guint d = 0; d < n; d++)
    json_builder_add_boolean_value (b, (cells[d].flags & PX_CELL_MOVED) != 0);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "continuation");
  json_builder_begin_array (b);
  for (guint d = 0; d < n; d++)
    json_builder_add_boolean_value (b, (cells[d].flags & PX_CELL_CONTINUATION) != 0);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "changed");
  json_builder_begin_array (b);
  for (guint d = 0; d < n; d++)
    json_builder_add_boolean_value (b, px_comparison_cell_changed (cmp, r, d));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "diffs");
  json_builder_begin_array (b);
  for (guint d = 0; d < n; d++)
    add_cell_diff (b, cmp, r, d, flags);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

JsonNode *
px_json_build_comparison (PxComparison *cmp,
                          PxDiffFlags   flags)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree PxDocument **docs = NULL;
  guint n;

  g_return_val_if_fail (PX_IS_COMPARISON (cmp), NULL);

  n = px_comparison_get_n_documents (cmp);
  docs = g_new (PxDocument *, MAX (n, 1));
  for (guint d = 0; d < n; d++)
    docs[d] = px_comparison_get_document (cmp, d);
  json_builder_begin_object (b);
  px_json_add_int_member (b, "reference", px_comparison_get_reference (cmp));

  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  for (guint d = 0; d < n; d++)
    add_document (b, cmp, d);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "rows");
  json_builder_begin_array (b);
  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    add_row (b, cmp, r, flags);
  json_builder_end_array (b);

  px_json_add_quotes (b, px_comparison_get_quotes (cmp), docs);

  json_builder_set_member_name (b, "similarity");
  json_builder_begin_array (b);
  for (guint a = 0; a < n; a++)
    {
      json_builder_begin_array (b);
      for (guint c = 0; c < n; c++)
        json_builder_add_double_value (b, round (px_comparison_get_similarity (cmp, a, c) * 1000) / 1000);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
