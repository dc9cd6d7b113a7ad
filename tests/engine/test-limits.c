/* test-limits.c: pathological inputs finish, with sound results
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Analysts open whatever they saved from the web.  Each input here once
 * cost, or could cost, minutes or gigabytes in one entry point: a long
 * single paragraph, 100 000 tiny paragraphs, thousands of quotation
 * marks, deeply nested HTML, a pair of million-word paragraphs.  No
 * timing is asserted (the test harness's timeout catches a hang); the
 * results are checked to be whole and consistent.
 */
#include "config.h"

#include <string.h>
#ifdef HAVE_MALLOPT
#include <malloc.h>
#endif

#include "px-compare.h"
#include "px-diff.h"
#include "px-html.h"
#include "px-quotes.h"
#include "px-tokenizer.h"

/* @n words drawn from a vocabulary of @vocab, space-separated; every
 * @change-th word replaced by "changed" when @change is non-zero. */
static char *
make_words (guint n, guint vocab, guint seed, guint change)
{
  GString *s = g_string_sized_new (n * 7);
  GRand *rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (s, ' ');
      if (change && i % change == change / 2)
        g_string_append (s, "changed");
      else
        g_string_append_printf (s, "w%u", g_rand_int_range (rand, 0, vocab));
    }
  g_string_append (s, ".\n");
  g_rand_free (rand);
  return g_string_free (s, FALSE);
}

/* The ops tile both texts, in order. */
static void
check_script (GArray *ops, gsize old_len, gsize new_len)
{
  guint32 o = 0, n = 0;

  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);

      g_assert_cmpuint (op->old_start, ==, o);
      g_assert_cmpuint (op->new_start, ==, n);
      o = op->old_end;
      n = op->new_end;
    }
  g_assert_cmpuint (o, ==, old_len);
  g_assert_cmpuint (n, ==, new_len);
}

/* Every paragraph of every document in exactly one row. */
static void
check_comparison (PxComparison *cmp)
{
  guint n = px_comparison_get_n_documents (cmp);

  for (guint d = 0; d < n; d++)
    {
      guint np = px_document_get_n_paragraphs (px_comparison_get_document (cmp, d));
      g_autofree guint *seen = g_new0 (guint, np + 1);

      for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
        {
          int p = px_comparison_get_row (cmp, r)[d].paragraph;

          if (p >= 0)
            {
              g_assert_cmpint (p, <, np);
              seen[p]++;
            }
        }
      for (guint p = 0; p < np; p++)
        g_assert_cmpuint (seen[p], ==, 1);
    }
}

static PxComparison *
compare_texts (const char *a, const char *b, const PxCompareOptions *options)
{
  PxDocument *docs[2] = { px_document_new (a, -1, "A"), px_document_new (b, -1, "B") };
  PxComparison *cmp = px_comparison_new (docs, 2, options);

  g_object_unref (docs[0]);
  g_object_unref (docs[1]);
  check_comparison (cmp);
  return cmp;
}

/* One paragraph of 200 000 words against itself with changes. */
static void
test_long_paragraph (void)
{
  g_autofree char *a = make_words (200000, 5000, 1, 0);
  g_autofree char *b = make_words (200000, 5000, 1, 101);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  g_autoptr(GArray) ops = px_diff (a, strlen (a), b, strlen (b), NULL);
  g_autoptr(PxComparison) cmp = compare_texts (a, b, NULL);
  g_autoptr(PxDocument) doc = px_document_new (a, -1, "A");
  g_autoptr(GPtrArray) quotes = px_quotes_extract (doc);
  PxDiffStats stats;

  px_tokenize (a, -1, 0, tokens);
  g_assert_cmpuint (tokens->len, ==, 2 * 200000 + 1);   /* words, spaces, the stop */
  check_script (ops, strlen (a), strlen (b));
  px_diff_get_stats (ops, a, b, &stats);
  g_assert_cmpuint (stats.old_words, ==, 200000);
  g_assert_cmpuint (stats.removed_words, >=, 200000 / 101);
  g_assert_cmpuint (px_comparison_get_n_rows (cmp), ==, 1);
  g_assert_cmpuint (quotes->len, ==, 0);
}

/* Two documents of 100 000 one-word paragraphs. */
static void
test_tiny_paragraphs (void)
{
  GString *a = g_string_new (NULL), *b = g_string_new (NULL);
  g_autoptr(PxComparison) cmp = NULL;
  g_autofree char *sa = NULL, *sb = NULL;

  for (guint i = 0; i < 100000; i++)
    {
      g_string_append_printf (a, "a%u.\n\n", i % 50);
      g_string_append_printf (b, "a%u.\n\n", i % 37);
    }
  sa = g_string_free (a, FALSE);
  sb = g_string_free (b, FALSE);
  cmp = compare_texts (sa, sb, NULL);
  g_assert_cmpuint (px_document_get_n_paragraphs (px_comparison_get_document (cmp, 0)), ==, 100000);
  g_assert_cmpuint (px_comparison_get_n_rows (cmp), >=, 100000);
}

static guint
count_long_quotes (GPtrArray *quotes)
{
  guint n = 0;

  for (guint i = 0; i < quotes->len; i++)
    n += !(((PxQuote *) g_ptr_array_index (quotes, i))->flags & PX_QUOTE_TERM);
  return n;
}

/* Every long quote in one group, once. */
static void
check_groups (PxDocument *doc, GPtrArray *quotes)
{
  PxDocument *docs[] = { doc };
  g_autoptr(GPtrArray) groups = px_quotes_group (docs, 1);
  guint n = 0;

  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->occurrences->len; i++)
        n += !(g_array_index (group->occurrences, PxQuoteOccurrence, i).flags & PX_QUOTE_TERM);
    }
  g_assert_cmpuint (n, ==, count_long_quotes (quotes));
}

/* 30 000 opening marks, one word, 30 000 closing marks: each level of
 * nesting would hold the whole paragraph. */
static void
test_stray_marks (void)
{
  GString *s = g_string_new (NULL);
  g_autoptr(PxDocument) doc = NULL;
  g_autoptr(GPtrArray) quotes = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 30000; i++)
    g_string_append (s, "\xE2\x80\x9C");
  g_string_append (s, " three little words ");
  for (guint i = 0; i < 30000; i++)
    g_string_append (s, "\xE2\x80\x9D");
  text = g_string_free (s, FALSE);
  doc = px_document_new (text, -1, "Marks");
  quotes = px_quotes_extract (doc);
  g_assert_cmpuint (quotes->len, >=, 1);
  g_assert_cmpuint (quotes->len, <=, 16);
  check_groups (doc, quotes);
}

/* The same quote 7 000 times, and 6 000 distinct quotes each with a
 * quoted term: grouping compares neither every copy nor every group. */
static void
test_many_quotes (void)
{
  GString *s = g_string_new (NULL);
  GRand *rand = g_rand_new_with_seed (7);
  g_autoptr(PxDocument) doc = NULL;
  g_autoptr(GPtrArray) quotes = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 7000; i++)
    g_string_append (s, "She said \"the same four words\" again. ");
  g_string_append (s, "\n\n");
  for (guint i = 0; i < 6000; i++)
    {
      g_string_append (s, "He said \"");
      for (guint w = 0; w < 5; w++)
        g_string_append_printf (s, "%sq%u", w ? " " : "", g_rand_int_range (rand, 0, 100000));
      g_string_append_printf (s, "\" about \"t%u t%u\" today.\n\n",
                              g_rand_int_range (rand, 0, 1000), g_rand_int_range (rand, 0, 1000));
    }
  g_rand_free (rand);
  text = g_string_free (s, FALSE);
  doc = px_document_new (text, -1, "Quotes");
  quotes = px_quotes_extract (doc);
  g_assert_cmpuint (count_long_quotes (quotes), ==, 7000 + 6000);
  check_groups (doc, quotes);
}

static PxHtmlArticle *
nested_page (guint depth)
{
  GString *s = g_string_new ("<html><head><title>Deep</title></head><body>");
  PxHtmlArticle *article;

  for (guint i = 0; i < depth; i++)
    g_string_append (s, "<div>");
  g_string_append (s, "<p>The harbour ferry crews walked off the job on Monday morning.</p>");
  for (guint i = 0; i < depth; i++)
    g_string_append (s, "</div>");
  g_string_append (s, "</body></html>");
  article = px_html_extract (s->str, s->len);
  g_string_free (s, TRUE);
  return article;
}

/* Deep nesting: 200 levels still give the article; 20 000 (past
 * libxml2's depth limit) finish, with whatever text is left.  Then as
 * many unclosed inline elements. */
static void
test_nested_html (void)
{
  g_autoptr(PxHtmlArticle) deep = nested_page (200);
  g_autoptr(PxHtmlArticle) deeper = nested_page (20000);
  g_autoptr(PxHtmlArticle) inline_article = NULL;
  g_autofree char *text = px_html_article_text (deep, FALSE);
  g_autofree char *deeper_text = px_html_article_text (deeper, FALSE);
  GString *s = g_string_new ("<p>Start ");

  g_assert_nonnull (strstr (text, "ferry crews walked off"));
  g_assert_true (g_utf8_validate (deeper_text, -1, NULL));
  g_assert_cmpstr (deeper->headline, ==, "Deep");

  for (guint i = 0; i < 20000; i++)
    g_string_append (s, "<b><i>x ");
  inline_article = px_html_extract (s->str, s->len);
  g_string_free (s, TRUE);
  g_assert_nonnull (inline_article->paragraphs);
}

/* A pair of million-word paragraphs: the diff's cost bound, and the
 * comparison's deadline. */
static void
test_million_words (void)
{
  g_autofree char *a = make_words (1000000, 20000, 3, 0);
  g_autofree char *b = make_words (1000000, 20000, 3, 997);
  g_autoptr(GArray) ops = px_diff (a, strlen (a), b, strlen (b), NULL);
  g_autoptr(PxComparison) cmp = compare_texts (a, b, NULL);
  PxDiffStats stats;

  check_script (ops, strlen (a), strlen (b));
  px_diff_get_stats (ops, a, b, &stats);
  g_assert_cmpuint (stats.old_words, ==, 1000000);
  g_assert_cmpuint (stats.kept_words + stats.added_words, ==, 1000000);
  g_assert_cmpuint (stats.removed_words, >=, 1000000 / 997);
  g_assert_true (px_comparison_cell_changed (cmp, 0, 1));
}

/* A deadline already past stops a comparison like a cancellation: the
 * result still holds every paragraph once. */
static void
test_deadline (void)
{
  PxCompareOptions options = { .deadline = 1 };
  g_autoptr(PxComparison) late = compare_texts ("One two three.\n\nFour five six.",
                                                "One two three.\n\nSeven eight.", &options);
  g_autoptr(PxComparison) timely = NULL;

  g_assert_true (px_comparison_was_cancelled (late));
  g_assert_cmpuint (px_comparison_get_quotes (late)->len, ==, 0);

  options.deadline = g_get_monotonic_time () + (gint64) 3600 * G_USEC_PER_SEC;
  timely = compare_texts ("One two three.\n\nFour five six.",
                          "One two three.\n\nSeven eight.", &options);
  g_assert_false (px_comparison_was_cancelled (timely));
  g_assert_cmpuint (px_comparison_get_n_rows (timely), ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#ifdef HAVE_MALLOPT
  /* meson test sets MALLOC_PERTURB_: glibc then fills each block it
   * frees.  Once the long inputs' blocks are freed, glibc's threshold for
   * mapping a block of its own has risen past them, so they stay in the
   * heap as one large free block; a small array that grows beside it
   * (many-quotes tokenising each quote) takes it over and frees what it
   * does not need, and that remainder, megabytes, is filled each time.
   * Which tests it hits depends on the heap's layout: the whole program
   * took 12 s or over 300 s by the build and the MALLOC_PERTURB_ value.
   * A fixed threshold (the default's starting value) maps and unmaps
   * large blocks on their own: 6 to 12 s whatever the value. */
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
#endif

  g_test_add_func ("/limits/long-paragraph", test_long_paragraph);
  g_test_add_func ("/limits/tiny-paragraphs", test_tiny_paragraphs);
  g_test_add_func ("/limits/stray-marks", test_stray_marks);
  g_test_add_func ("/limits/many-quotes", test_many_quotes);
  g_test_add_func ("/limits/nested-html", test_nested_html);
  g_test_add_func ("/limits/million-words", test_million_words);
  g_test_add_func ("/limits/deadline", test_deadline);
  return g_test_run ();
}
