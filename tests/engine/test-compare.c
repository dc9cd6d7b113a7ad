/* test-compare.c: paragraph alignment of N articles
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expectations here are a reader's: which paragraphs say the same
 * thing across outlets, written down by reading the articles.
 */
#include "config.h"

#include <string.h>

#include "px-compare.h"
#include "px-compare-private.h"
#include "px-document.h"
#include "px-quotes.h"
#include "px-similarity.h"

#include "load-event.h"

/* The paragraph of @doc that starts with @prefix. */
static guint
find_para (PxDocument *doc, const char *prefix)
{
  for (guint p = 0; p < px_document_get_n_paragraphs (doc); p++)
    {
      g_autofree char *text = px_document_dup_paragraph_text (doc, p);

      if (g_str_has_prefix (text, prefix))
        return p;
    }
  g_error ("no paragraph starts with «%s»", prefix);
  return 0;
}

/* Every paragraph sits in exactly one row, a row holds at most one
 * paragraph per document, and rows keep each document's order except
 * for its moved paragraphs. */
static void
check_invariants (PxComparison *cmp)
{
  guint n = px_comparison_get_n_documents (cmp);

  for (guint d = 0; d < n; d++)
    {
      PxDocument *doc = px_comparison_get_document (cmp, d);
      guint np = px_document_get_n_paragraphs (doc);
      g_autofree guint *seen = g_new0 (guint, MAX (np, 1));
      int last = -1;

      for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
        {
          const PxCell *cell = &px_comparison_get_row (cmp, r)[d];

          if (cell->paragraph < 0)
            continue;
          g_assert_cmpint (cell->paragraph, <, np);
          seen[cell->paragraph]++;
          g_assert_cmpuint (px_comparison_find_row (cmp, d, cell->paragraph), ==, r);
          if (!(cell->flags & PX_CELL_MOVED))
            {
              g_assert_cmpint (cell->paragraph, >, last);
              last = cell->paragraph;
            }
        }
      for (guint p = 0; p < np; p++)
        g_assert_cmpuint (seen[p], ==, 1);
    }

  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);
      gboolean any = FALSE;

      for (guint d = 0; d < n; d++)
        any |= cells[d].paragraph >= 0;
      g_assert_true (any);
    }
}

/* The cell of document @d in the row of the reference's paragraph @ref_para. */
static const PxCell *
cell_beside (PxComparison *cmp, guint ref_para, guint d)
{
  guint row = px_comparison_find_row (cmp, px_comparison_get_reference (cmp), ref_para);

  return &px_comparison_get_row (cmp, row)[d];
}

static void
test_ferry (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "events", "ferry", NULL);
  g_autoptr(GPtrArray) docs = load_event (dir);
  g_autoptr(PxComparison) cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, NULL);
  PxDocument *herald = docs->pdata[0], *gazette = docs->pdata[1], *metro = docs->pdata[2];
  const PxCell *c;
  PxCompareStatistics report;
  guint row;

  check_invariants (cmp);

  /* Headlines side by side, though they share few words. */
  c = cell_beside (cmp, 0, 1);
  g_assert_cmpint (c->paragraph, ==, 0);
  c = cell_beside (cmp, 0, 2);
  g_assert_cmpint (c->paragraph, ==, find_para (metro, "Ferry walkout"));

  /* The rewritten, hard-wrapped lede pairs with the original. */
  c = cell_beside (cmp, 1, 1);
  g_assert_cmpint (c->paragraph, ==, 1);
  g_assert_true (px_comparison_cell_changed (cmp, px_comparison_find_row (cmp, 0, 1), 1));

  /* The gazette moved the talks paragraph up: it sits in the row of its
   * counterpart, flagged as moved. */
  c = cell_beside (cmp, find_para (herald, "A second round"), 1);
  g_assert_cmpint (c->paragraph, ==, find_para (gazette, "A second round"));
  g_assert_true (c->flags & PX_CELL_MOVED);

  /* The union paragraph split in two: first part beside the whole, the
   * second in the next row as a continuation. */
  row = px_comparison_find_row (cmp, 0, find_para (herald, "Union secretary"));
  g_assert_cmpint (px_comparison_get_row (cmp, row)[1].paragraph, ==, find_para (gazette, "Union secretary"));
  g_assert_cmpint (px_comparison_get_row (cmp, row + 1)[1].paragraph, ==, find_para (gazette, "\"We did not want"));
  g_assert_true (px_comparison_get_row (cmp, row + 1)[1].flags & PX_CELL_CONTINUATION);

  /* Omissions. */
  g_assert_cmpint (cell_beside (cmp, find_para (herald, "The operator"), 1)->paragraph, ==, -1);
  g_assert_cmpint (cell_beside (cmp, find_para (herald, "The last strike"), 1)->paragraph, ==, -1);
  g_assert_cmpint (cell_beside (cmp, find_para (herald, "Union secretary"), 2)->paragraph, ==, -1);
  g_assert_cmpint (cell_beside (cmp, find_para (herald, "Transport minister"), 2)->paragraph, ==, -1);

  /* The gazette's own paragraph has a row of its own. */
  row = px_comparison_find_row (cmp, 1, find_para (gazette, "Regular passengers"));
  g_assert_cmpint (px_comparison_get_row (cmp, row)[0].paragraph, ==, -1);
  g_assert_cmpint (px_comparison_get_row (cmp, row)[2].paragraph, ==, -1);

  /* Unchanged words, whatever the line wrapping. */
  row = px_comparison_find_row (cmp, 0, find_para (herald, "Queues"));
  g_assert_false (px_comparison_cell_changed (cmp, row, 1));
  g_assert_false (px_comparison_cell_changed (cmp, row, 2));

  /* Page furniture in the metro copy, and nowhere else. */
  for (guint p = 0; p < px_document_get_n_paragraphs (metro); p++)
    {
      g_autofree char *text = px_document_dup_paragraph_text (metro, p);
      gboolean furniture = g_str_has_prefix (text, "Skip") || g_str_has_prefix (text, "Published") ||
                           g_str_has_prefix (text, "Share") || g_str_has_prefix (text, "Follow") ||
                           g_str_has_prefix (text, "Copyright");

      g_assert_cmpint (px_comparison_is_furniture (cmp, 2, p), ==, furniture);
    }
  for (guint p = 0; p < px_document_get_n_paragraphs (herald); p++)
    g_assert_false (px_comparison_is_furniture (cmp, 0, p));

  px_comparison_get_statistics (cmp, 1, &report);
  g_assert_cmpuint (report.omitted, ==, 2);
  g_assert_cmpuint (report.added, ==, 1);
  g_assert_cmpuint (report.moved, ==, 1);
  px_comparison_get_statistics (cmp, 2, &report);
  g_assert_cmpuint (report.omitted, ==, 3);
  g_assert_cmpuint (report.added, ==, 0);
  g_assert_cmpuint (report.changed, ==, 2);   /* headline, lede with dateline */
  g_assert_cmpuint (report.unchanged, ==, 3);
}

typedef struct {
  guint doc;
  const char *ref_prefix;     /* in the reference, CNN's web page */
  const char *doc_prefix;     /* NULL: the document has nothing beside it */
} Pair;

static void
test_sample_event (void)
{
  const char *dir = g_getenv ("PARALLAX_SAMPLES");
  g_autoptr(GPtrArray) docs = load_event (dir);
  g_autoptr(PxComparison) cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, NULL);
  PxDocument *ref = docs->pdata[0];
  /* Read and paired by hand. */
  const Pair pairs[] = {
    { 1, "(CNN) -- Secretary of State", "Secretary of State John Kerry stressed" },
    { 2, "(CNN) -- Secretary of State", "Secretary of State John Kerry said the United States" },
    { 3, "(CNN) -- Secretary of State", NULL },   /* a different story's lede */
    { 4, "(CNN) -- Secretary of State", NULL },
    { 2, "\"What I said is", "\u201cWe are interested in communicating" },
    { 2, "In a Yahoo News interview", "Kerry was asked in a Yahoo News interview" },
    { 2, "According to a transcript", "The Secretary responded:" },
    { 3, "According to a transcript", "But he went on to say" },
    { 4, "According to a transcript", "Then he said in an interview with Yahoo" },
    { 2, "Kerry was then asked:", "The Secretary of State was asked as a follow up" },
    { 2, "He answered, \"Let's see", "He responded, \u201cLet\u2019s see" },
    { 2, "\"Let me stress:", "\u201cWhat the United States is doing is about Iraq" },
    { 2, "In Thursday's NBC interview", "Kerry said that \u201cnothing is off the table\u201d" },
    { 3, "Made up of mostly Sunni Muslims", "ISIS, an al Qaeda splinter group" },
    { 2, "On Thursday, he told NBC News", NULL },
    { 4, "He answered, \"Let's see", NULL },
  };

  check_invariants (cmp);

  /* CNN's body copy pairs one to one with its web page, same words. */
  for (guint p = 0; p < px_document_get_n_paragraphs (docs->pdata[1]); p++)
    {
      guint row = px_comparison_find_row (cmp, 1, p);
      const PxCell *cells = px_comparison_get_row (cmp, row);

      g_assert_cmpint (cells[0].paragraph, >=, 0);
      g_assert_cmpuint (cells[1].flags, ==, 0);
      if (p > 0)
        g_assert_false (px_comparison_cell_changed (cmp, row, 1));
    }

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      const PxCell *c = cell_beside (cmp, find_para (ref, pairs[i].ref_prefix), pairs[i].doc);

      g_test_message ("%s ~ %s", pairs[i].ref_prefix, pairs[i].doc_prefix);
      if (pairs[i].doc_prefix)
        g_assert_cmpint (c->paragraph, ==, find_para (docs->pdata[pairs[i].doc], pairs[i].doc_prefix));
      else
        g_assert_cmpint (c->paragraph, ==, -1);
    }

  /* Furniture of the web page; the article's own text is not. */
  g_assert_true (px_comparison_is_furniture (cmp, 0, find_para (ref, "Skip to main content")));
  g_assert_true (px_comparison_is_furniture (cmp, 0, find_para (ref, "updated 4:43 PM EDT")));
  g_assert_true (px_comparison_is_furniture (cmp, 0, find_para (ref, "Iran to help save Iraqi temples?")));
  g_assert_true (px_comparison_is_furniture (cmp, 0, find_para (ref, "Part of complete coverage")));
  g_assert_true (px_comparison_is_furniture (cmp, 0, find_para (ref, "CNN's Arwa Damon reports")));
  g_assert_true (px_comparison_is_furniture (cmp, 3, find_para (docs->pdata[3], "Follow FOX8 on Twitter")));
  g_assert_true (px_comparison_is_furniture (cmp, 3, find_para (docs->pdata[3], "Trademark and Copyright")));
  g_assert_true (px_comparison_is_furniture (cmp, 2, find_para (docs->pdata[2], "Comment count")));
  g_assert_true (px_comparison_is_furniture (cmp, 4, find_para (docs->pdata[4], "Font Size")));
  for (guint p = 0; p < px_document_get_n_paragraphs (docs->pdata[1]); p++)
    {
      g_autofree char *text = px_document_dup_paragraph_text (docs->pdata[1], p);

      /* CNN's body copy keeps the page's three related links at its end. */
      if (p + 3 < px_document_get_n_paragraphs (docs->pdata[1]))
        g_assert_false (px_comparison_is_furniture (cmp, 1, p));
    }

  /* Copies show in the similarity: past the furniture, CNN's page and
   * its body copy are the same text. */
  g_assert_cmpfloat (px_comparison_get_similarity (cmp, 1, 0), >, 0.95);
  g_assert_cmpfloat (px_comparison_get_similarity (cmp, 0, 1), >, 0.9);
  g_assert_cmpfloat (px_comparison_get_similarity (cmp, 2, 0), <, 0.8);
  g_assert_cmpfloat (px_comparison_get_similarity (cmp, 4, 0), <, 0.15);
  g_assert_cmpfloat (px_comparison_get_similarity (cmp, 2, 2), ==, 1.0);
}

static void
test_reference (void)
{
  g_autoptr(GPtrArray) docs = load_event (g_getenv ("PARALLAX_SAMPLES"));
  PxCompareOptions options = { .reference = 3 };
  g_autoptr(PxComparison) cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  PxCompareStatistics report;

  check_invariants (cmp);
  g_assert_cmpuint (px_comparison_get_reference (cmp), ==, 3);
  px_comparison_get_statistics (cmp, 3, &report);
  g_assert_cmpuint (report.omitted + report.added + report.changed, ==, 0);
  /* Against FOX8, CNN leaves out most of FOX8's story. */
  px_comparison_get_statistics (cmp, 1, &report);
  g_assert_cmpuint (report.omitted, >, 20);
}

/* Paragraphs the reference lacks still line up among the others. */
static void
test_shared_without_reference (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "events", "ferry", NULL);
  g_autoptr(GPtrArray) docs = load_event (dir);
  PxCompareOptions options = { .reference = 2 };
  g_autoptr(PxComparison) cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  const PxCell *cells;
  guint row;

  check_invariants (cmp);
  row = px_comparison_find_row (cmp, 0, find_para (docs->pdata[0], "Transport minister"));
  cells = px_comparison_get_row (cmp, row);
  g_assert_cmpint (cells[2].paragraph, ==, -1);
  g_assert_cmpint (cells[1].paragraph, ==, find_para (docs->pdata[1], "Transport minister"));
}

static void
test_flags (void)
{
  PxDocument *docs[2] = {
    px_document_new ("He said \u201cno\u201d \u2014 twice.\n", -1, "A"),
    px_document_new ("he said \"no\" - twice.\n", -1, "B"),
  };
  PxCompareOptions plain = { 0 };
  PxCompareOptions folded = { .flags = PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY };
  PxCompareOptions nopunct = { .flags = PX_DIFF_IGNORE_CASE | PX_DIFF_IGNORE_PUNCTUATION };
  g_autoptr(PxComparison) a = px_comparison_new (docs, 2, &plain);
  g_autoptr(PxComparison) b = px_comparison_new (docs, 2, &folded);
  g_autoptr(PxComparison) c = px_comparison_new (docs, 2, &nopunct);

  g_assert_cmpuint (px_comparison_get_n_rows (a), ==, 1);
  g_assert_true (px_comparison_cell_changed (a, 0, 1));
  g_assert_false (px_comparison_cell_changed (b, 0, 1));
  g_assert_false (px_comparison_cell_changed (c, 0, 1));
  g_object_unref (docs[0]);
  g_object_unref (docs[1]);
}

static void
test_edge_cases (void)
{
  PxDocument *docs[3] = {
    px_document_new ("", 0, "Empty"),
    px_document_new ("Only one paragraph here.", -1, "One"),
    px_document_new ("Unrelated words entirely.\n\nNothing shared at all.", -1, "Other"),
  };
  g_autoptr(PxComparison) none = px_comparison_new (NULL, 0, NULL);
  g_autoptr(PxComparison) cmp = px_comparison_new (docs, 3, NULL);
  gint cancel = 1;
  PxCompareOptions options = { .cancel = &cancel };
  g_autoptr(PxComparison) cancelled = px_comparison_new (docs, 3, &options);

  g_assert_cmpuint (px_comparison_get_n_rows (none), ==, 0);
  check_invariants (cmp);
  g_assert_cmpuint (px_comparison_get_n_rows (cmp), ==, 3);
  g_assert_cmpfloat (px_comparison_get_similarity (cmp, 1, 2), ==, 0.0);
  g_assert_true (px_comparison_was_cancelled (cancelled));
  for (guint i = 0; i < 3; i++)
    g_object_unref (docs[i]);
}

/* The progress count is the documents aligned with the reference: every
 * one but the reference, and none once cancelled before the first. */
static void
test_progress (void)
{
  PxDocument *docs[4] = {
    px_document_new ("The ferry crews stopped work.\n\nTalks collapsed overnight.", -1, "A"),
    px_document_new ("The ferry crews stopped work.", -1, "B"),
    px_document_new ("Talks collapsed overnight, said the union.", -1, "C"),
    px_document_new ("Commuters waited for hours.", -1, "D"),
  };
  gint progress = 0, cancel = 1;
  PxCompareOptions options = { .reference = 1, .progress = &progress };
  g_autoptr(PxComparison) cmp = px_comparison_new (docs, 4, &options);
  g_autoptr(PxComparison) cancelled = NULL;

  g_assert_cmpint (progress, ==, 3);
  progress = 0;
  options.cancel = &cancel;
  cancelled = px_comparison_new (docs, 4, &options);
  g_assert_cmpint (progress, ==, 0);
  for (guint i = 0; i < 4; i++)
    g_object_unref (docs[i]);
}

/* More articles than a block of the similarity's shingle index (a
 * gulong's bits): every pair across blocks comes out as with few.
 * Kind 0 is one text, kind 1 shares its first paragraph (half of each),
 * kind 2 shares nothing with any other. */
static void
test_similarity_many (void)
{
  const char *first = "Ferry crews stopped work on Monday after the pay talks collapsed overnight.";
  const char *second = "Commuters waited for hours on both sides while the boats stayed moored.";
  /* Twelve words a paragraph. */
  enum { N = 70 };
  PxDocument *docs[N];
  g_autoptr(PxComparison) cmp = NULL;

  for (guint i = 0; i < N; i++)
    {
      g_autofree char *text = NULL;

      if (i % 3 == 0)
        text = g_strdup_printf ("%s\n\n%s\n", first, second);
      else if (i % 3 == 1)
        text = g_strdup_printf ("%s\n\nReporter%u said nothing else about the weather in distant mountain towns today.\n",
                                first, i);
      else
        {
          GString *own = g_string_new (NULL);

          for (guint k = 0; k < 12; k++)
            g_string_append_printf (own, "%sw%uq%u", k ? " " : "", i, k);
          g_string_append (own, ".\n");
          text = g_string_free (own, FALSE);
        }
      docs[i] = px_document_new (text, -1, "Outlet");
    }
  cmp = px_comparison_new (docs, N, NULL);
  check_invariants (cmp);

  for (guint a = 0; a < N; a++)
    for (guint b = 0; b < N; b++)
      {
        double expected;

        if (a == b || (a % 3 == 0 && b % 3 == 0))
          expected = 1.0;
        else if (a % 3 == 2 || b % 3 == 2)
          expected = 0.0;
        else if (a % 3 != b % 3)
          expected = 0.5;   /* twelve words of 24 */
        else
          continue;         /* kind 1 to kind 1: more than half, less than all */
        g_assert_cmpfloat (px_comparison_get_similarity (cmp, a, b), ==, expected);
      }
  g_assert_cmpfloat (px_comparison_get_similarity (cmp, 1, 67), >, 0.5);
  g_assert_cmpfloat (px_comparison_get_similarity (cmp, 1, 67), <, 1.0);
  for (guint i = 0; i < N; i++)
    g_object_unref (docs[i]);
}

/* The share of every article's words found in one article, as the
 * comparison finds it for the reference, is the matrix's column to the
 * last bit: on random articles that copy runs of each other's words,
 * fewer and more than a block of the matrix's index. */
static void
test_similarity_column (void)
{
  for (guint seed = 1; seed <= 12; seed++)
    {
      g_autoptr(GRand) r = g_rand_new_with_seed (seed);
      guint n = seed <= 6 ? g_rand_int_range (r, 1, 9) : g_rand_int_range (r, 60, 80);
      g_autoptr(GPtrArray) seqs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      g_autofree double *matrix = g_new (double, n * n);
      g_autofree double *column = g_new (double, n);

      for (guint d = 0; d < n; d++)
        {
          GArray *seq = g_array_new (FALSE, FALSE, sizeof (guint32));
          guint len = g_rand_int_range (r, 0, 400);

          while (seq->len < len)
            {
              /* A run copied from an article before, or words of its own. */
              if (d > 0 && g_rand_boolean (r))
                {
                  GArray *other = g_ptr_array_index (seqs, g_rand_int_range (r, 0, d));
                  guint from = other->len ? g_rand_int_range (r, 0, other->len) : 0;
                  guint k = g_rand_int_range (r, 1, 12);

                  for (guint i = from; i < other->len && k > 0; i++, k--)
                    g_array_append_val (seq, g_array_index (other, guint32, i));
                }
              else
                {
                  guint32 w = g_rand_int_range (r, 0, 300);

                  g_array_append_val (seq, w);
                }
            }
          g_ptr_array_add (seqs, seq);
        }
      px_similarity_fill (seqs, matrix);
      for (guint c = 0; c < n; c++)
        {
          px_similarity_fill_column (seqs, c, column);
          for (guint a = 0; a < n; a++)
            g_assert_true (memcmp (&column[a], &matrix[a * n + c], sizeof (double)) == 0);
        }
    }
}

/* From 64 KiB of text on, the quotations are found on a thread while the
 * paragraphs are aligned: the comparison's quotations are the ones
 * px_quotes_group() finds alone, and a cancelled comparison still waits
 * for the thread and keeps none. */
static void
test_quotes_thread (void)
{
  g_autoptr(GPtrArray) sample = load_event (g_getenv ("PARALLAX_SAMPLES"));
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) alone = NULL;
  g_autoptr(PxComparison) cmp = NULL;
  g_autoptr(PxComparison) stopped = NULL;
  GPtrArray *found;
  gsize total = 0;
  gint cancel = 1;
  PxCompareOptions options = { .cancel = &cancel };

  /* Each article three times over, with a different tail each time so
   * that the copies are not one paragraph repeated. */
  for (guint d = 0; d < sample->len; d++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      const char *own = px_document_get_text (sample->pdata[d], NULL);

      for (guint k = 0; k < 3; k++)
        g_string_append_printf (text, "%s\n\nPart %u of article %u ends here.\n\n", own, k, d);
      total += text->len;
      g_ptr_array_add (docs, px_document_new (text->str, text->len, "Outlet"));
    }
  g_assert_cmpuint (total, >, PX_COMPARE_THREADS_MIN_BYTES);
  g_assert_false (px_compare_worth_threads ((PxDocument **) sample->pdata, sample->len));
  g_assert_cmpint (px_compare_worth_threads ((PxDocument **) docs->pdata, docs->len), ==,
                   g_get_num_processors () >= 2);

  cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, NULL);
  alone = px_quotes_group ((PxDocument **) docs->pdata, docs->len);
  found = px_comparison_get_quotes (cmp);
  check_invariants (cmp);
  g_assert_cmpuint (alone->len, >, 10);
  g_assert_cmpuint (found->len, ==, alone->len);
  for (guint g = 0; g < alone->len; g++)
    {
      const PxQuoteGroup *a = alone->pdata[g], *b = found->pdata[g];

      g_assert_cmpstr (a->speaker, ==, b->speaker);
      g_assert_cmpuint (a->occurrences->len, ==, b->occurrences->len);
      for (guint i = 0; i < a->occurrences->len; i++)
        {
          const PxQuoteOccurrence *x = &g_array_index (a->occurrences, PxQuoteOccurrence, i);
          const PxQuoteOccurrence *y = &g_array_index (b->occurrences, PxQuoteOccurrence, i);

          g_assert_cmpuint (x->document, ==, y->document);
          g_assert_cmpuint (x->start, ==, y->start);
          g_assert_cmpuint (x->end, ==, y->end);
          g_assert_cmpint (x->match, ==, y->match);
        }
    }

  stopped = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  check_invariants (stopped);
  g_assert_true (px_comparison_was_cancelled (stopped));
  g_assert_cmpuint (px_comparison_get_quotes (stopped)->len, ==, 0);
}

/* Many-article events of ECB+ end to end: the structure holds, and
 * articles about one event pair at least some of their sentences. */
static void
test_ecbplus (void)
{
  g_autofree char *root = g_test_build_filename (G_TEST_DIST, "data", "ecbplus", "events", NULL);
  g_autoptr(GDir) dir = g_dir_open (root, 0, NULL);
  const char *name;
  guint events = 0, paired_docs = 0, total_docs = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (root, name, NULL);
      g_autoptr(GPtrArray) docs = load_event (path);
      g_autoptr(PxComparison) cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, NULL);

      check_invariants (cmp);
      for (guint d = 1; d < docs->len; d++)
        {
          PxCompareStatistics r;

          px_comparison_get_statistics (cmp, d, &r);
          paired_docs += r.changed + r.unchanged > 0;
          total_docs++;
        }
      events++;
    }
  g_test_message ("%u events; %u of %u articles share a paragraph with the first", events, paired_docs, total_docs);
  g_assert_cmpuint (events, ==, 86);
  g_assert_cmpuint (paired_docs * 4, >=, total_docs);
}

/* Whether @row holds a headline beside body text or furniture. */
static gboolean
headline_mixed (PxComparison *cmp, guint r)
{
  const PxCell *cells = px_comparison_get_row (cmp, r);
  gboolean headline = FALSE, body = FALSE;

  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    {
      if (cells[d].paragraph < 0)
        continue;
      if (cells[d].paragraph == px_comparison_get_headline (cmp, d))
        headline = TRUE;
      else
        body = TRUE;
    }
  return headline && body;
}

/* Headlines are compared with headlines: on every ECB+ event, whichever
 * article is the reference, a row that holds an article's headline holds
 * no other article's body paragraph (t18_ecb paired a headline with the
 * first article's lede; t10_ecbplus a headline with a body sentence). */
static void
test_headlines_apart (void)
{
  g_autofree char *root = g_test_build_filename (G_TEST_DIST, "data", "ecbplus", "events", NULL);
  g_autoptr(GDir) dir = g_dir_open (root, 0, NULL);
  const char *name;
  guint headline_rows = 0, comparisons = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (root, name, NULL);
      g_autoptr(GPtrArray) docs = load_event (path);
      guint refs[] = { 0, docs->len / 2, docs->len - 1 };

      for (guint k = 0; k < G_N_ELEMENTS (refs); k++)
        {
          PxCompareOptions options = { .reference = refs[k] };
          g_autoptr(PxComparison) cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);

          comparisons++;
          for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
            {
              const PxCell *cells = px_comparison_get_row (cmp, r);

              if (headline_mixed (cmp, r))
                g_error ("%s, reference %u: row %u mixes a headline with body text", name, refs[k], r);
              for (guint d = 0; d < docs->len; d++)
                if (cells[d].paragraph >= 0 && cells[d].paragraph == px_comparison_get_headline (cmp, d))
                  {
                    headline_rows++;
                    break;
                  }
            }
        }
    }
  g_test_message ("%u comparisons, %u rows of headlines", comparisons, headline_rows);
  /* Most ECB+ articles open with their headline: the check saw them. */
  g_assert_cmpuint (headline_rows, >=, comparisons / 2);
}

/* A headline written in title case, in sentence case or in capitals is
 * the same headline: its row is compared ignoring case, and the cell is
 * unchanged.  A headline reworded is still changed, and body text keeps
 * the comparison's own flags (a capital there is a change). */
static void
test_headline_case (void)
{
  static const char body[] = "The Colts beat the Chiefs on Sunday and clinched a playoff berth with two games left.\n\n"
                             "Their quarterback threw for three touchdowns in the second half.";
  const char *headlines[] = {
    "Colts beat Chiefs 20-13 to clinch playoff berth",
    "Colts Beat Chiefs 20-13 To Clinch Playoff Berth",
    "COLTS BEAT CHIEFS 20-13 TO CLINCH PLAYOFF BERTH",
    "Colts edge Chiefs 20-13 to clinch playoff berth",
  };
  const gboolean changed[] = { FALSE, FALSE, FALSE, TRUE };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *shouted = NULL;
  PxCompareOptions options = { .reference = 0 };
  g_autoptr(PxComparison) cmp = NULL;
  guint headline_row = G_MAXUINT, checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (headlines); i++)
    {
      g_autofree char *text = g_strconcat (headlines[i], "\n\n", body, NULL);
      g_autofree char *outlet = g_strdup_printf ("Outlet %u", i + 1);

      g_ptr_array_add (docs, px_document_new (text, -1, outlet));
    }
  /* A fifth outlet writes a body word in capitals. */
  shouted = g_strconcat (headlines[0], "\n\n", "The Colts beat the Chiefs on SUNDAY and clinched a playoff berth "
                         "with two games left.\n\nTheir quarterback threw for three touchdowns in the second half.",
                         NULL);
  g_ptr_array_add (docs, px_document_new (shouted, -1, "Outlet 5"));
  cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);

  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);

      if (cells[0].paragraph == px_comparison_get_headline (cmp, 0))
        headline_row = r;
      else
        g_assert_cmpint (px_comparison_get_row_flags (cmp, r, PX_DIFF_FOLD_TYPOGRAPHY), ==, PX_DIFF_FOLD_TYPOGRAPHY);
      if (cells[0].paragraph == 1)
        {
          g_assert_false (px_comparison_cell_changed (cmp, r, 1));
          g_assert_true (px_comparison_cell_changed (cmp, r, 4));
          checked++;
        }
    }
  g_assert_cmpuint (headline_row, !=, G_MAXUINT);
  g_assert_cmpint (px_comparison_get_row_flags (cmp, headline_row, 0), ==, PX_DIFF_IGNORE_CASE);
  for (guint d = 1; d < G_N_ELEMENTS (headlines); d++)
    g_assert_cmpint (px_comparison_cell_changed (cmp, headline_row, d), ==, changed[d]);
  g_assert_cmpuint (checked, ==, 1);
}

/* Random events for test_pair_filter(): words drawn from a small
 * vocabulary, the first few so often that their postings pass the
 * common limit; paragraphs of one to four words, of a dozen and of
 * forty; the other articles edit the first at every rate, from copies
 * to rewrites, and add, drop, split and swap paragraphs. */
enum { VOCABULARY = 150 };

static void
append_word (GString *text, GRand *r)
{
  /* Cubed: word 0 comes one draw in five, word 100 one in 400. */
  double u = g_rand_double (r);
  guint w = MIN ((guint) (VOCABULARY * u * u * u), VOCABULARY - 1);

  if (text->len > 0 && text->str[text->len - 1] != '\n')
    g_string_append_c (text, ' ');
  g_string_append_printf (text, "%c%c%c", 'a' + w % 26, 'a' + w / 26, 'a' + w % 7);
}

static GPtrArray *
random_paragraphs (GRand *r, guint n)
{
  GPtrArray *paras = g_ptr_array_new_with_free_func (g_free);

  for (guint p = 0; p < n; p++)
    {
      GString *para = g_string_new (NULL);
      guint kind = g_rand_int_range (r, 0, 4);
      guint len = kind == 0 ? g_rand_int_range (r, 1, 5)
                : kind == 3 ? g_rand_int_range (r, 30, 60)
                : g_rand_int_range (r, 5, 20);

      for (guint k = 0; k < len; k++)
        append_word (para, r);
      g_ptr_array_add (paras, g_string_free (para, FALSE));
    }
  return paras;
}

/* @base's paragraph edited: each word replaced, dropped or followed by
 * another at about @rate. */
static void
append_edited (GString *text, GRand *r, const char *para, double rate)
{
  g_auto(GStrv) words = g_strsplit (para, " ", -1);
  gsize start = text->len;

  for (guint k = 0; words[k]; k++)
    {
      double u = g_rand_double (r);

      if (u < rate / 3)
        continue;
      if (u < rate)
        append_word (text, r);
      else
        {
          if (text->len > start)
            g_string_append_c (text, ' ');
          g_string_append (text, words[k]);
        }
      if (g_rand_double (r) < rate / 3)
        append_word (text, r);
    }
  if (text->len == start)
    append_word (text, r);
}

static PxDocument *
random_article (GRand *r, GPtrArray *base, gboolean first)
{
  GString *text = g_string_new (NULL);
  g_autofree guint *order = g_new (guint, base->len);

  for (guint p = 0; p < base->len; p++)
    order[p] = p;
  for (guint p = 0; !first && p + 1 < base->len; p++)
    if (g_rand_double (r) < 0.05)
      {
        guint t = order[p];

        order[p] = order[p + 1], order[p + 1] = t;
      }
  for (guint p = 0; p < base->len; p++)
    {
      const char *para = base->pdata[order[p]];
      /* Copies, light and heavy edits, rewrites. */
      double rate = first ? 0 : g_rand_double (r) * g_rand_double (r) * 1.2;

      if (!first && g_rand_double (r) < 0.1)
        continue;
      append_edited (text, r, para, rate);
      g_string_append (text, "\n\n");
      if (!first && g_rand_double (r) < 0.1)
        {
          g_autoptr(GPtrArray) own = random_paragraphs (r, 1);

          g_string_append_printf (text, "%s\n\n", (char *) own->pdata[0]);
        }
    }
  return px_document_new (text->str, text->len, "Random");
}

/* The bounds find_candidates() uses to skip pairs never change what is
 * paired: on random events, each document's candidates come out the
 * same, to the bit, as when every pair that shares a word gets the
 * exact test. */
static void
test_pair_filter (void)
{
  for (guint seed = 1; seed <= 40; seed++)
    {
      g_autoptr(GRand) r = g_rand_new_with_seed (seed);
      g_autoptr(GPtrArray) base = random_paragraphs (r, g_rand_int_range (r, 20, 80));
      guint n = g_rand_int_range (r, 2, 7);
      PxDocument *docs[6];
      PxCompareOptions options = { .reference = g_rand_int_range (r, 0, n) };
      g_autoptr(PxComparison) cmp = NULL;
      guint misses;

      for (guint d = 0; d < n; d++)
        docs[d] = random_article (r, base, d == 0);
      cmp = px_comparison_new_checked (docs, n, &options, &misses);
      check_invariants (cmp);
      g_assert_cmpuint (misses, ==, 0);
      for (guint d = 0; d < n; d++)
        g_object_unref (docs[d]);
    }
}

/* Long articles are aligned and measured on two threads (the candidate
 * pairs of each article's two halves, the similarity's two halves): the
 * same rows, flags, reference and similarity to the last bit as on one. */
static void
test_threads_same (void)
{
  g_autoptr(GPtrArray) sample = load_event (g_getenv ("PARALLAX_SAMPLES"));
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxComparison) two = NULL;
  g_autoptr(PxComparison) one = NULL;
  PxCompareOptions options = { .reference = PX_REFERENCE_AUTO, .flags = PX_DIFF_IGNORE_SPACE };
  gsize words = 0;
  guint n;

  /* Each article five times over, each copy reworded a little. */
  for (guint d = 0; d < sample->len; d++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      const char *own = px_document_get_text (sample->pdata[d], NULL);

      for (guint k = 0; k < 5; k++)
        {
          g_autofree char *copy = g_strdup (own);
          gsize len = strlen (copy);

          /* A different word every so often in each copy. */
          for (gsize i = 40 * (k + 1); i < len; i += 211 + 17 * k + d)
            if (g_ascii_isalpha (copy[i]))
              copy[i] = 'q';
          g_string_append_printf (text, "%s\n\nPart %u of article %u ends here.\n\n", copy, k, d);
        }
      g_ptr_array_add (docs, px_document_new (text->str, text->len, "Outlet"));
      words += px_document_get_n_words (docs->pdata[d]);
    }
  /* Past both thresholds: the work is shared out. */
  g_assert_cmpuint (words, >, 20000);
  if (!px_compare_worth_threads ((PxDocument **) docs->pdata, docs->len))
    {
      g_test_skip ("one core: no second thread to compare with");
      return;
    }

  two = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  _px_compare_set_one_thread (TRUE);
  g_assert_false (px_compare_worth_threads ((PxDocument **) docs->pdata, docs->len));
  one = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  _px_compare_set_one_thread (FALSE);

  check_invariants (two);
  n = px_comparison_get_n_documents (one);
  g_assert_cmpuint (px_comparison_get_reference (two), ==, px_comparison_get_reference (one));
  g_assert_cmpuint (px_comparison_get_n_rows (two), ==, px_comparison_get_n_rows (one));
  g_assert_cmpuint (px_comparison_get_n_rows (one), >, 100);
  for (guint r = 0; r < px_comparison_get_n_rows (one); r++)
    g_assert_cmpmem (px_comparison_get_row (two, r), n * sizeof (PxCell),
                     px_comparison_get_row (one, r), n * sizeof (PxCell));
  for (guint a = 0; a < n; a++)
    for (guint b = 0; b < n; b++)
      g_assert_cmpfloat (px_comparison_get_similarity (two, a, b), ==, px_comparison_get_similarity (one, a, b));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/ferry", test_ferry);
  g_test_add_func ("/compare/sample-event", test_sample_event);
  g_test_add_func ("/compare/reference", test_reference);
  g_test_add_func ("/compare/flags", test_flags);
  g_test_add_func ("/compare/shared-without-reference", test_shared_without_reference);
  g_test_add_func ("/compare/edge-cases", test_edge_cases);
  g_test_add_func ("/compare/progress", test_progress);
  g_test_add_func ("/compare/similarity-many", test_similarity_many);
  g_test_add_func ("/compare/similarity-column", test_similarity_column);
  g_test_add_func ("/compare/quotes-thread", test_quotes_thread);
  g_test_add_func ("/compare/threads-same", test_threads_same);
  g_test_add_func ("/compare/ecbplus", test_ecbplus);
  g_test_add_func ("/compare/headlines-apart", test_headlines_apart);
  g_test_add_func ("/compare/headline-case", test_headline_case);
  g_test_add_func ("/compare/pair-filter", test_pair_filter);

  return g_test_run ();
}
