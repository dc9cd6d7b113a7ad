/* test-export-json.c: the comparison as JSON says what the engine found
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-compare.h"
#include "px-export-json.h"

static const char *const TEXTS[] = {
  "Skip to main content\n\n"
  "The city council voted on Tuesday to close the old harbour bridge for repairs.\n\n"
  "Engineers found cracks in two of the steel girders during a routine inspection last month.\n\n"
  "The mayor said the repairs would cost about four million euros and take a year.\n",

  "The city council voted on Tuesday to close the old harbour bridge for urgent repairs.\n\n"
  "The mayor said the repairs would cost about four million euros and take a year.\n\n"
  "Shop owners near the bridge fear that they will lose customers over the winter.\n",

  "Engineers found cracks in two of the steel girders during a routine inspection last month.\n\n"
  "The city council voted on Tuesday to close the old harbour bridge for repairs.\n",
};

static PxComparison *
compare (void)
{
  PxDocument *docs[G_N_ELEMENTS (TEXTS)];
  PxComparison *cmp;

  for (guint i = 0; i < G_N_ELEMENTS (TEXTS); i++)
    {
      g_autofree char *outlet = g_strdup_printf ("Outlet %u", i + 1);

      docs[i] = px_document_new (TEXTS[i], -1, outlet);
    }
  cmp = px_comparison_new (docs, G_N_ELEMENTS (TEXTS), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (TEXTS); i++)
    g_object_unref (docs[i]);
  return cmp;
}

static JsonObject *
parse (JsonParser *parser, PxComparison *cmp)
{
  g_autofree char *data = px_json_comparison_to_data (cmp, 0, FALSE);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static char *
slice (PxComparison *cmp, guint d, gint64 start, gint64 end)
{
  gsize len;
  const char *text = px_document_get_text (px_comparison_get_document (cmp, d), &len);

  g_assert_cmpint (start, >=, 0);
  g_assert_cmpint (start, <=, end);
  g_assert_cmpint (end, <=, (gint64) len);
  return g_strndup (text + start, end - start);
}

/* Every paragraph: its text at its byte range, its row and whether it
 * is furniture, as the comparison has them. */
static void
test_paragraphs (void)
{
  g_autoptr(PxComparison) cmp = compare ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse (parser, cmp);
  JsonArray *documents = json_object_get_array_member (root, "documents");
  gboolean furniture_seen = FALSE;

  g_assert_cmpint (json_object_get_int_member (root, "reference"), ==, px_comparison_get_reference (cmp));
  g_assert_cmpuint (json_array_get_length (documents), ==, G_N_ELEMENTS (TEXTS));
  for (guint d = 0; d < G_N_ELEMENTS (TEXTS); d++)
    {
      JsonObject *doc = json_array_get_object_element (documents, d);
      JsonArray *paras = json_object_get_array_member (doc, "paragraphs");
      PxDocument *pxdoc = px_comparison_get_document (cmp, d);

      g_assert_cmpstr (json_object_get_string_member (doc, "outlet"), ==, px_document_get_outlet (pxdoc));
      g_assert_cmpuint (json_array_get_length (paras), ==, px_document_get_n_paragraphs (pxdoc));
      for (guint p = 0; p < json_array_get_length (paras); p++)
        {
          JsonObject *para = json_array_get_object_element (paras, p);
          g_autofree char *text = slice (cmp, d, json_object_get_int_member (para, "start"),
                                         json_object_get_int_member (para, "end"));
          gboolean furniture = json_object_get_boolean_member (para, "boilerplate");

          g_assert_cmpstr (json_object_get_string_member (para, "text"), ==, text);
          g_assert_cmpint (json_object_get_int_member (para, "row"), ==, px_comparison_find_row (cmp, d, p));
          g_assert_cmpint (furniture, ==, px_comparison_is_furniture (cmp, d, p));
          furniture_seen |= furniture;
        }
    }
  /* "Skip to main content" is there to be found. */
  g_assert_true (furniture_seen);
}

/* Rows: the cells as the comparison has them, and each word diff's text
 * at the offsets it gives, in the old text or the new. */
static void
test_rows_and_diffs (void)
{
  g_autoptr(PxComparison) cmp = compare ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse (parser, cmp);
  JsonArray *rows = json_object_get_array_member (root, "rows");
  guint ref = px_comparison_get_reference (cmp);
  guint n_diffs = 0;

  g_assert_cmpuint (json_array_get_length (rows), ==, px_comparison_get_n_rows (cmp));
  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonObject *row = json_array_get_object_element (rows, r);
      JsonArray *cells = json_object_get_array_member (row, "cells");
      JsonArray *diffs = json_object_get_array_member (row, "diffs");
      const PxCell *expected = px_comparison_get_row (cmp, r);

      for (guint d = 0; d < G_N_ELEMENTS (TEXTS); d++)
        {
          JsonNode *cell = json_array_get_element (cells, d);
          JsonNode *diff = json_array_get_element (diffs, d);

          if (expected[d].paragraph < 0)
            g_assert_true (JSON_NODE_HOLDS_NULL (cell));
          else
            g_assert_cmpint (json_node_get_int (cell), ==, expected[d].paragraph);
          if (JSON_NODE_HOLDS_NULL (diff))
            continue;
          for (guint i = 0; i < json_array_get_length (json_node_get_array (diff)); i++)
            {
              JsonObject *op = json_array_get_object_element (json_node_get_array (diff), i);
              gboolean insert = g_str_equal (json_object_get_string_member (op, "op"), "insert");
              g_autofree char *text = insert
                ? slice (cmp, d, json_object_get_int_member (op, "new_start"), json_object_get_int_member (op, "new_end"))
                : slice (cmp, ref, json_object_get_int_member (op, "old_start"), json_object_get_int_member (op, "old_end"));

              g_assert_cmpstr (json_object_get_string_member (op, "text"), ==, text);
              n_diffs++;
            }
        }
    }
  /* "for urgent repairs" differs from the reference. */
  g_assert_cmpuint (n_diffs, >, 0);
}

/* The per-article counts and the similarity matrix. */
static void
test_statistics_and_similarity (void)
{
  g_autoptr(PxComparison) cmp = compare ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse (parser, cmp);
  JsonArray *documents = json_object_get_array_member (root, "documents");
  JsonArray *similarity = json_object_get_array_member (root, "similarity");

  for (guint d = 0; d < G_N_ELEMENTS (TEXTS); d++)
    {
      JsonObject *counts = json_object_get_object_member (json_array_get_object_element (documents, d), "report");
      JsonArray *line = json_array_get_array_element (similarity, d);
      PxCompareStatistics statistics;

      px_comparison_get_statistics (cmp, d, &statistics);
      g_assert_cmpint (json_object_get_int_member (counts, "omitted"), ==, statistics.omitted);
      g_assert_cmpint (json_object_get_int_member (counts, "added"), ==, statistics.added);
      g_assert_cmpint (json_object_get_int_member (counts, "changed"), ==, statistics.changed);
      g_assert_cmpint (json_object_get_int_member (counts, "moved"), ==, statistics.moved);
      g_assert_cmpint (json_object_get_int_member (counts, "unchanged"), ==, statistics.unchanged);
      g_assert_cmpuint (json_array_get_length (line), ==, G_N_ELEMENTS (TEXTS));
      for (guint e = 0; e < G_N_ELEMENTS (TEXTS); e++)
        g_assert_cmpfloat_with_epsilon (json_array_get_double_element (line, e),
                                        px_comparison_get_similarity (cmp, d, e), 0.0006);
    }
  /* The second article drops the reference's second paragraph; the
   * third moves it up. */
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (
                     json_array_get_object_element (documents, 1), "report"), "omitted"), >, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-json/paragraphs", test_paragraphs);
  g_test_add_func ("/export-json/rows-and-diffs", test_rows_and_diffs);
  g_test_add_func ("/export-json/statistics-and-similarity", test_statistics_and_similarity);
  return g_test_run ();
}
