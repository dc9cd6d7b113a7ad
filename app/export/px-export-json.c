/* px-export-json.c: documents and comparisons as JSON (json-glib)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "px-compare.h"
#include "px-export-json.h"
#include "px-export-json-source.h"

/* The comparison of long articles has millions of values, so the trees
 * here are built from JsonObject and JsonArray directly: JsonBuilder
 * copies each member name once more and keeps a state stack per value.
 * The JsonBuilder entry points below wrap the same code. */

/* Sets @name to @value, or to null when @value is NULL. */
static void
set_string_or_null (JsonObject *object, const char *name, const char *value)
{
  if (value)
    json_object_set_string_member (object, name, value);
  else
    json_object_set_null_member (object, name);
}

/* Adds each member of @object to the object @builder is in, in order. */
static void
builder_add_members (JsonBuilder *builder, JsonObject *object)
{
  g_autoptr(GList) names = json_object_get_members (object);

  for (GList *l = names; l; l = l->next)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (object, l->data)));
    }
}

static JsonNode *
array_node (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}

static void
set_document_info (JsonObject *object, PxDocument *doc)
{
  set_string_or_null (object, "path", px_document_get_source (doc));
  set_string_or_null (object, "outlet", px_document_get_outlet (doc));
  set_string_or_null (object, "title", px_document_get_title (doc));
  json_object_set_int_member (object, "paragraphs", px_document_get_n_paragraphs (doc));
  json_object_set_int_member (object, "words", px_document_get_n_words (doc));
  if (px_document_get_primary_source (doc))
    json_object_set_boolean_member (object, "primary_source", TRUE);
}

void
px_json_add_document_info (JsonBuilder *builder,
                           PxDocument  *doc)
{
  g_autoptr(JsonObject) object = json_object_new ();

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (PX_IS_DOCUMENT (doc));

  set_document_info (object, doc);
  builder_add_members (builder, object);
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

/* @scratch holds each op's text while it is copied into its node, so
 * that no string is allocated only to be copied again. */
static JsonArray *
diff_ops_array (GArray *ops, const char *old_text, const char *new_text, GString *scratch)
{
  JsonArray *array = json_array_sized_new (ops->len);

  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);
      JsonObject *object = json_object_new ();

      g_string_truncate (scratch, 0);
      if (op->type == PX_DIFF_INSERT)
        g_string_append_len (scratch, new_text + op->new_start, op->new_end - op->new_start);
      else
        g_string_append_len (scratch, old_text + op->old_start, op->old_end - op->old_start);

      json_object_set_string_member (object, "op", op_name (op->type));
      json_object_set_string_member (object, "text", scratch->str);
      json_object_set_int_member (object, "old_start", op->old_start);
      json_object_set_int_member (object, "old_end", op->old_end);
      json_object_set_int_member (object, "new_start", op->new_start);
      json_object_set_int_member (object, "new_end", op->new_end);
      json_array_add_object_element (array, object);
    }
  return array;
}

void
px_json_add_diff_ops (JsonBuilder *builder,
                      GArray      *ops,
                      const char  *old_text,
                      const char  *new_text)
{
  g_autoptr(GString) scratch = NULL;
  g_autoptr(JsonArray) array = NULL;

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (ops != NULL);

  scratch = g_string_new (NULL);
  array = diff_ops_array (ops, old_text, new_text, scratch);
  /* Opened here rather than added as one value: the array may be the
   * builder's root. */
  json_builder_begin_array (builder);
  for (guint i = 0; i < json_array_get_length (array); i++)
    json_builder_add_value (builder, json_node_copy (json_array_get_element (array, i)));
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

/* Makes the offsets of a diff of two pieces of texts offsets into the
 * whole texts, where the pieces start at @old_base and @new_base. */
static void
shift_ops (GArray *ops, gsize old_base, gsize new_base)
{
  for (guint i = 0; i < ops->len; i++)
    {
      PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);

      op->old_start += old_base, op->old_end += old_base;
      op->new_start += new_base, op->new_end += new_base;
    }
}

/* The word diff of an occurrence against the group's fullest version,
 * offsets into the two documents' texts. */
static void
set_occurrence_diff (JsonObject *object, const PxQuoteOccurrence *ref,
                     const PxQuoteOccurrence *o, PxDocument **docs, GString *scratch)
{
  const char *old_text = px_document_get_text (docs[ref->document], NULL);
  const char *new_text = px_document_get_text (docs[o->document], NULL);
  PxDiffOptions options = { PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY | PX_DIFF_IGNORE_SPACE, FALSE, 0 };
  g_autoptr(GArray) ops = px_diff (old_text + ref->start, ref->end - ref->start,
                                   new_text + o->start, o->end - o->start, &options);

  shift_ops (ops, ref->start, o->start);
  json_object_set_array_member (object, "diff", diff_ops_array (ops, old_text, new_text, scratch));
}

/* "speaker_confidence": 0..1 to two places, null without a speaker;
 * "speaker_uncertain": the "?" the window and the report show. */
static void
set_speaker_confidence (JsonObject *object, const char *speaker, double confidence)
{
  if (speaker)
    json_object_set_double_member (object, "speaker_confidence",
                                   floor (confidence * 100 + 0.5) / 100);
  else
    json_object_set_null_member (object, "speaker_confidence");
  json_object_set_boolean_member (object, "speaker_uncertain",
                                  px_quote_speaker_is_uncertain (speaker, confidence));
}

static JsonObject *
occurrence_object (const PxQuoteOccurrence *o, const PxQuoteOccurrence *ref,
                   PxDocument **docs, GString *scratch)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "document", o->document);
  set_string_or_null (object, "text", o->text);
  json_object_set_int_member (object, "start", o->start);
  json_object_set_int_member (object, "end", o->end);
  set_string_or_null (object, "match", px_quote_match_to_string (o->match));
  set_string_or_null (object, "speaker", o->speaker);
  set_speaker_confidence (object, o->speaker, o->speaker_confidence);
  if (docs && o != ref && o->match != PX_QUOTE_MATCH_EXACT)
    set_occurrence_diff (object, ref, o, docs, scratch);
  return object;
}

static JsonObject *
quote_group_object (const PxQuoteGroup *group, PxDocument **docs, GString *scratch)
{
  JsonObject *object = json_object_new ();
  JsonArray *documents = json_array_new ();
  JsonArray *coverage = json_array_sized_new (group->n_documents);
  JsonArray *occurrences = json_array_sized_new (group->occurrences->len);
  const PxQuoteOccurrence *ref = &g_array_index (group->occurrences, PxQuoteOccurrence,
                                                 group->reference);

  for (guint d = 0; d < group->n_documents; d++)
    {
      if (group->carried[d])
        json_array_add_int_element (documents, d);
      json_array_add_string_element (coverage, px_quote_coverage_to_string (group->coverage[d]));
    }
  for (guint i = 0; i < group->occurrences->len; i++)
    json_array_add_object_element (occurrences,
                                   occurrence_object (&g_array_index (group->occurrences, PxQuoteOccurrence, i),
                                                      ref, docs, scratch));

  set_string_or_null (object, "speaker", group->speaker);
  set_speaker_confidence (object, group->speaker, group->speaker_confidence);
  json_object_set_int_member (object, "reference", group->reference);
  json_object_set_array_member (object, "documents", documents);
  json_object_set_array_member (object, "coverage", coverage);
  json_object_set_array_member (object, "occurrences", occurrences);
  return object;
}

static JsonArray *
quotes_array (GPtrArray *groups, PxDocument **docs, GString *scratch)
{
  JsonArray *array = json_array_sized_new (groups->len);

  for (guint g = 0; g < groups->len; g++)
    json_array_add_object_element (array, quote_group_object (g_ptr_array_index (groups, g),
                                                              docs, scratch));
  return array;
}

void
px_json_add_quotes (JsonBuilder  *builder,
                    GPtrArray    *groups,
                    PxDocument  **docs)
{
  g_autoptr(GString) scratch = NULL;

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (groups != NULL);

  scratch = g_string_new (NULL);
  json_builder_set_member_name (builder, "quotes");
  json_builder_add_value (builder, array_node (quotes_array (groups, docs, scratch)));
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

/* json-glib 1.6 writes a double with 17 digits, 0.6 as
 * 0.59999999999999998: each number outside strings of @text is written
 * again with the fewest digits that read back as the same double. */
static GString *
shortest_numbers (GString *text)
{
  GString *out = g_string_sized_new (text->len);
  gboolean in_string = FALSE;

  for (gsize i = 0; i < text->len;)
    {
      char c = text->str[i];

      if (in_string)
        {
          g_string_append_c (out, c);
          if (c == '\\' && i + 1 < text->len)
            g_string_append_c (out, text->str[++i]);
          else if (c == '"')
            in_string = FALSE;
          i++;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          gsize e = i + 1;
          gboolean fraction = FALSE;
          char number[G_ASCII_DTOSTR_BUF_SIZE];

          while (e < text->len && (g_ascii_isdigit (text->str[e]) || strchr (".eE+-", text->str[e])))
            fraction |= !g_ascii_isdigit (text->str[e++]);
          if (fraction && e - i > 15)
            {
              g_autofree char *token = g_strndup (text->str + i, e - i);
              double value = g_ascii_strtod (token, NULL);

              for (int digits = 15; digits <= 17; digits++)
                {
                  char format[8];

                  g_snprintf (format, sizeof format, "%%.%dg", digits);
                  g_ascii_formatd (number, sizeof number, format, value);
                  if (g_ascii_strtod (number, NULL) == value)
                    break;
                }
              g_string_append (out, number);
            }
          else
            g_string_append_len (out, text->str + i, e - i);
          i = e;
        }
      else
        {
          in_string = c == '"';
          g_string_append_c (out, c);
          i++;
        }
    }
  g_string_free (text, TRUE);
  return out;
}

char *
px_json_to_data (JsonNode *root,
                 gboolean  pretty)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  GString *text;

  g_return_val_if_fail (root != NULL, NULL);

  json_generator_set_pretty (gen, pretty);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  /* Straight into a GString: the text of long comparisons is megabytes,
   * not worth copying once more to append the newline. */
  text = g_string_new (NULL);
  json_generator_to_gstring (gen, text);
  text = shortest_numbers (text);
  g_string_append_c (text, '\n');
  return g_string_free (text, FALSE);
}

char *
px_json_to_string (JsonNode *root)
{
  g_return_val_if_fail (root != NULL, NULL);

  return px_json_to_data (root, TRUE);
}

static JsonArray *
paragraphs_array (PxComparison *cmp, guint d)
{
  PxDocument *doc = px_comparison_get_document (cmp, d);
  guint n = px_document_get_n_paragraphs (doc);
  const char *text = px_document_get_text (doc, NULL);
  JsonArray *array = json_array_sized_new (n);
  g_autoptr(GString) scratch = g_string_new (NULL);

  for (guint p = 0; p < n; p++)
    {
      const PxParagraph *para = px_document_get_paragraph (doc, p);
      JsonObject *object = json_object_new ();

      if (para->flags & PX_PARAGRAPH_WRAPPED)
        {
          g_autofree char *joined = px_document_dup_paragraph_text (doc, p);

          json_object_set_string_member (object, "text", joined);
        }
      else
        {
          /* Its text as it stands: no copy only to be copied again. */
          g_string_truncate (scratch, 0);
          g_string_append_len (scratch, text + para->start, para->end - para->start);
          json_object_set_string_member (object, "text", scratch->str);
        }
      json_object_set_int_member (object, "start", para->start);
      json_object_set_int_member (object, "end", para->end);
      json_object_set_int_member (object, "words", para->n_words);
      /* Page furniture; the member keeps the name scripts read it by. */
      json_object_set_boolean_member (object, "boilerplate", px_comparison_is_furniture (cmp, d, p));
      json_object_set_int_member (object, "row", px_comparison_find_row (cmp, d, p));
      json_array_add_object_element (array, object);
    }
  return array;
}

static JsonObject *
document_object (PxComparison *cmp, guint d)
{
  PxDocument *doc = px_comparison_get_document (cmp, d);
  int headline = px_comparison_get_headline (cmp, d);
  JsonObject *object = json_object_new ();
  JsonObject *statistics_object = json_object_new ();
  PxCompareStatistics statistics;

  set_document_info (object, doc);
  if (headline >= 0)
    json_object_set_int_member (object, "headline_paragraph", headline);
  else
    json_object_set_null_member (object, "headline_paragraph");
  /* "paragraphs" from the info block is a count; here it is the list. */
  json_object_set_array_member (object, "paragraphs", paragraphs_array (cmp, d));

  px_comparison_get_statistics (cmp, d, &statistics);
  json_object_set_int_member (statistics_object, "omitted", statistics.omitted);
  json_object_set_int_member (statistics_object, "added", statistics.added);
  json_object_set_int_member (statistics_object, "changed", statistics.changed);
  json_object_set_int_member (statistics_object, "moved", statistics.moved);
  json_object_set_int_member (statistics_object, "unchanged", statistics.unchanged);
  json_object_set_int_member (statistics_object, "quotes", statistics.quotes);
  json_object_set_int_member (statistics_object, "quotes_altered", statistics.quotes_altered);
  /* The member keeps the name scripts read it by. */
  json_object_set_object_member (object, "report", statistics_object);
  return object;
}

/* The word diff of a cell against the reference's cell in its row, with
 * offsets into each document's whole text; null where there is no pair. */
static void
add_cell_diff (JsonArray *diffs, PxComparison *cmp, guint r, guint d, PxDiffFlags flags,
               GString *scratch)
{
  guint ref = px_comparison_get_reference (cmp);
  const PxCell *cells = px_comparison_get_row (cmp, r);
  PxDocument *old_doc, *new_doc;
  const PxParagraph *op, *np;
  const char *old_text, *new_text;
  const PxToken *old_tokens, *new_tokens;
  guint n_old, n_new;
  PxDiffOptions options = { px_comparison_get_row_flags (cmp, r, flags) | PX_DIFF_IGNORE_SPACE, FALSE, 0 };
  g_autoptr(GArray) ops = NULL;

  if (d == ref || cells[d].paragraph < 0 || cells[ref].paragraph < 0)
    {
      json_array_add_null_element (diffs);
      return;
    }
  old_doc = px_comparison_get_document (cmp, ref);
  new_doc = px_comparison_get_document (cmp, d);
  old_text = px_document_get_text (old_doc, NULL);
  new_text = px_document_get_text (new_doc, NULL);
  op = px_document_get_paragraph (old_doc, cells[ref].paragraph);
  np = px_document_get_paragraph (new_doc, cells[d].paragraph);

  /* The documents keep their paragraphs' tokens: no second split. */
  old_tokens = px_document_get_paragraph_tokens (old_doc, cells[ref].paragraph, &n_old);
  new_tokens = px_document_get_paragraph_tokens (new_doc, cells[d].paragraph, &n_new);
  ops = px_diff_tokenized (old_text + op->start, op->end - op->start, old_tokens, n_old, op->start,
                           new_text + np->start, np->end - np->start, new_tokens, n_new, np->start,
                           &options);
  shift_ops (ops, op->start, np->start);
  json_array_add_array_element (diffs, diff_ops_array (ops, old_text, new_text, scratch));
}

static JsonObject *
row_object (PxComparison *cmp, guint r, PxDiffFlags flags, GString *scratch)
{
  guint n = px_comparison_get_n_documents (cmp);
  const PxCell *cells = px_comparison_get_row (cmp, r);
  JsonObject *object = json_object_new ();
  JsonArray *cell_array = json_array_sized_new (n);
  JsonArray *moved = json_array_sized_new (n);
  JsonArray *continuation = json_array_sized_new (n);
  JsonArray *changed = json_array_sized_new (n);
  JsonArray *diffs = json_array_sized_new (n);

  for (guint d = 0; d < n; d++)
    {
      if (cells[d].paragraph >= 0)
        json_array_add_int_element (cell_array, cells[d].paragraph);
      else
        json_array_add_null_element (cell_array);
      json_array_add_boolean_element (moved, (cells[d].flags & PX_CELL_MOVED) != 0);
      json_array_add_boolean_element (continuation, (cells[d].flags & PX_CELL_CONTINUATION) != 0);
      json_array_add_boolean_element (changed, px_comparison_cell_changed (cmp, r, d));
      add_cell_diff (diffs, cmp, r, d, flags, scratch);
    }
  json_object_set_array_member (object, "cells", cell_array);
  json_object_set_array_member (object, "moved", moved);
  json_object_set_array_member (object, "continuation", continuation);
  json_object_set_array_member (object, "changed", changed);
  json_object_set_array_member (object, "diffs", diffs);
  return object;
}

/* The rows, each with its cells' word diffs, are most of the work: on
 * long texts (px_compare_worth_threads()), a second thread builds them
 * beside the documents and quotations, and the two share out what is
 * left, a chunk of rows at a time.  The comparison is only read, and
 * json-glib's nodes are plain memory. */
#define ROWS_CHUNK 16

typedef struct {
  PxComparison *cmp;
  PxDiffFlags flags;
  guint n_rows;
  gint next;           /* first row of the next chunk, taken atomically */
  JsonObject **rows;   /* the rows, by index; or, when NULL: */
  char **texts;        /* each chunk's rows as JSON text, by chunk */
  gsize *lengths;
} RowsJob;

/* A chunk of rows written out: the JSON of an array of them without its
 * brackets.  Its nodes are freed as soon as they are written, so the
 * rows of a long comparison never all stand in memory as a tree. */
static void
write_chunk (RowsJob *job, guint first, guint last, JsonGenerator *gen, GString *scratch)
{
  g_autoptr(JsonArray) array = json_array_sized_new (last - first);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  gsize len;
  char *text;

  for (guint r = first; r < last; r++)
    json_array_add_object_element (array, row_object (job->cmp, r, job->flags, scratch));
  json_node_set_array (node, array);
  json_generator_set_root (gen, node);
  text = json_generator_to_data (gen, &len);
  /* "[" and "]" off: the chunks are joined in one array. */
  memmove (text, text + 1, len - 2);
  text[len - 2] = '\0';
  job->texts[first / ROWS_CHUNK] = text;
  job->lengths[first / ROWS_CHUNK] = len - 2;
}

static void
build_rows (RowsJob *job)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(JsonGenerator) gen = job->texts ? json_generator_new () : NULL;

  for (;;)
    {
      guint first = g_atomic_int_add (&job->next, ROWS_CHUNK);
      guint last;

      if (first >= job->n_rows)
        break;
      last = MIN (first + ROWS_CHUNK, job->n_rows);
      if (job->texts)
        write_chunk (job, first, last, gen, scratch);
      else
        for (guint r = first; r < last; r++)
          job->rows[r] = row_object (job->cmp, r, job->flags, scratch);
    }
}

static gpointer
rows_thread (gpointer data)
{
  build_rows (data);
  return NULL;
}

static GThread *
start_rows_thread (RowsJob *job, PxDocument **docs, guint n)
{
  if (!px_compare_worth_threads (docs, n))
    return NULL;
  /* NULL when no thread can be made: then this thread builds them all. */
  return g_thread_try_new ("px-json-rows", rows_thread, job, NULL);
}

/* The members after "documents", in their order. */
static void
finish_root (JsonObject *root, PxComparison *cmp, JsonArray *rows, JsonArray *quotes)
{
  guint n = px_comparison_get_n_documents (cmp);
  JsonArray *similarity = json_array_sized_new (n);

  json_object_set_array_member (root, "rows", rows);
  json_object_set_array_member (root, "quotes", quotes);
  for (guint a = 0; a < n; a++)
    {
      JsonArray *line = json_array_sized_new (n);

      for (guint c = 0; c < n; c++)
        json_array_add_double_element (line, round (px_comparison_get_similarity (cmp, a, c) * 1000) / 1000);
      json_array_add_array_element (similarity, line);
    }
  json_object_set_array_member (root, "similarity", similarity);
  json_object_set_array_member (root, "word_choice", px_json_word_choice_array (cmp));
  px_json_add_source_check (root, cmp);
}

/* How the reference was chosen, when the comparison chose it: the rule
 * and the reference's mean share of words with the others. */
static void
add_reference_choice (JsonObject *root, PxComparison *cmp)
{
  JsonObject *choice;
  double share;

  if (!px_comparison_get_reference_choice (cmp, &share))
    return;
  choice = json_object_new ();
  json_object_set_string_member (choice, "rule", "most-central");
  json_object_set_double_member (choice, "mean_share", round (share * 1000) / 1000);
  json_object_set_object_member (root, "reference_choice", choice);
}

/* The comparison's tree, with the rows of @job (which this runs).  When
 * @job writes its rows as text, their array is left empty, and the rest
 * is written to @outer and freed while the other thread goes on with
 * rows: then the result is %NULL. */
static JsonNode *
build_comparison (PxComparison *cmp, RowsJob *job, char **outer)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  guint n = px_comparison_get_n_documents (cmp);
  g_autofree PxDocument **docs = g_new (PxDocument *, MAX (n, 1));
  JsonObject *root;
  JsonArray *documents, *rows, *quotes;
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  GThread *helper;

  for (guint d = 0; d < n; d++)
    docs[d] = px_comparison_get_document (cmp, d);
  helper = start_rows_thread (job, docs, n);

  root = json_object_new ();
  json_node_take_object (node, root);
  json_object_set_int_member (root, "reference", px_comparison_get_reference (cmp));
  add_reference_choice (root, cmp);
  documents = json_array_sized_new (n);
  for (guint d = 0; d < n; d++)
    json_array_add_object_element (documents, document_object (cmp, d));
  json_object_set_array_member (root, "documents", documents);
  quotes = quotes_array (px_comparison_get_quotes (cmp), docs, scratch);
  if (job->texts)
    {
      finish_root (root, cmp, json_array_new (), quotes);
      *outer = px_json_to_data (node, FALSE);
      g_clear_pointer (&node, json_node_unref);
    }

  build_rows (job);
  if (helper)
    g_thread_join (helper);
  if (job->texts)
    return NULL;

  rows = json_array_sized_new (job->n_rows);
  for (guint r = 0; r < job->n_rows; r++)
    json_array_add_object_element (rows, job->rows[r]);
  finish_root (root, cmp, rows, quotes);
  return node;
}

JsonNode *
px_json_build_comparison (PxComparison *cmp,
                          PxDiffFlags   flags)
{
  RowsJob job = { cmp, flags, 0, 0, NULL, NULL, NULL };
  JsonNode *node;

  g_return_val_if_fail (PX_IS_COMPARISON (cmp), NULL);

  job.n_rows = px_comparison_get_n_rows (cmp);
  job.rows = g_new0 (JsonObject *, MAX (job.n_rows, 1));
  node = build_comparison (cmp, &job, NULL);
  g_free (job.rows);
  return node;
}

char *
px_json_comparison_to_data (PxComparison *cmp,
                            PxDiffFlags   flags,
                            gboolean      pretty)
{
  RowsJob job = { cmp, flags, 0, 0, NULL, NULL, NULL };
  g_autofree char *outer = NULL;
  guint n_chunks;
  const char *at;
  gsize size;
  GString *text;

  g_return_val_if_fail (PX_IS_COMPARISON (cmp), NULL);

  if (pretty)
    {
      g_autoptr(JsonNode) root = px_json_build_comparison (cmp, flags);

      return px_json_to_data (root, TRUE);
    }

  job.n_rows = px_comparison_get_n_rows (cmp);
  n_chunks = (job.n_rows + ROWS_CHUNK - 1) / ROWS_CHUNK;
  job.texts = g_new0 (char *, MAX (n_chunks, 1));
  job.lengths = g_new0 (gsize, MAX (n_chunks, 1));
  build_comparison (cmp, &job, &outer);

  /* The rows go into the outer object's empty "rows" array.  Inside a
   * string every '"' is escaped, so this is the member, not text. */
  at = strstr (outer, "\"rows\":[]");
  g_assert (at != NULL);
  at += strlen ("\"rows\":[");
  size = strlen (outer) + n_chunks;
  for (guint c = 0; c < n_chunks; c++)
    size += job.lengths[c];
  text = g_string_sized_new (size);
  g_string_append_len (text, outer, at - outer);
  for (guint c = 0; c < n_chunks; c++)
    {
      if (c > 0)
        g_string_append_c (text, ',');
      g_string_append_len (text, job.texts[c], job.lengths[c]);
      g_free (job.texts[c]);
    }
  g_string_append (text, at);
  g_free (job.texts);
  g_free (job.lengths);
  return g_string_free (text, FALSE);
}
