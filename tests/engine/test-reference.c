/* test-reference.c: the default reference is the most central article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-compare.h"
#include "px-document.h"
#include "px-reference.h"
#include "px-similarity.h"

/* Paragraphs of made-up news, long enough to share runs of four words. */
static const char *const P[] = {
  "The city council voted on Tuesday to close the old harbour bridge for repairs.",
  "Engineers found cracks in two of the steel girders during a routine inspection last month.",
  "Traffic will be sent over the northern ring road while the work goes on.",
  "The mayor said the repairs would cost about four million euros and take a year.",
  "Shop owners near the bridge fear that they will lose customers over the winter.",
  "A ferry service between the two banks will run every twenty minutes from Monday.",
};

static PxDocument *
doc_of (const char *outlet, ...)
{
  GString *text = g_string_new (NULL);
  va_list ap;
  const char *para;
  PxDocument *doc;

  va_start (ap, outlet);
  while ((para = va_arg (ap, const char *)))
    g_string_append_printf (text, "%s\n\n", para);
  va_end (ap);
  doc = px_document_new (text->str, text->len, outlet);
  g_string_free (text, TRUE);
  return doc;
}

/* The article that carries what the others carry in part is chosen,
 * wherever it stands in the list. */
static void
test_most_central (void)
{
  for (guint at = 0; at < 3; at++)
    {
      PxDocument *docs[3];
      PxDocument *hub = doc_of ("Hub", P[0], P[1], P[2], P[3], P[4], NULL);
      PxDocument *a = doc_of ("A", P[0], P[1], P[5], NULL);
      PxDocument *b = doc_of ("B", P[3], P[4], P[5], NULL);
      double share = -1;
      guint others = 0;

      for (guint i = 0; i < 3; i++)
        docs[i] = i == at ? hub : others++ == 0 ? a : b;
      g_assert_cmpuint (px_reference_choose (docs, 3, &share), ==, at);
      g_assert_cmpfloat (share, >, 0.4);
      g_assert_cmpfloat (share, <, 1.0);
      for (guint i = 0; i < 3; i++)
        g_object_unref (docs[i]);
    }
}

/* Page furniture shared by two pages of one site (menus, "Follow ... on
 * Twitter", a copyright line) makes neither more central: the clean copy
 * of the article, first of two equals, stays the reference. */
static void
test_furniture_left_out (void)
{
  const char *skip = "Skip to main content";
  const char *follow = "Follow HarbourGazette on Twitter for the latest news from the port";
  const char *copyright = "Copyright 2026 Harbour Gazette Media Group, all rights reserved worldwide";
  PxDocument *docs[3] = {
    doc_of ("Clean", P[0], P[1], P[2], P[3], NULL),
    doc_of ("Page", skip, P[0], P[1], P[2], P[3], follow, copyright, NULL),
    doc_of ("Other page", skip, P[0], P[2], P[5], follow, copyright, NULL),
  };
  double share;

  g_assert_cmpuint (px_reference_choose (docs, 3, &share), ==, 0);
  for (guint i = 0; i < 3; i++)
    g_object_unref (docs[i]);
}

/* The rule over a similarity matrix: both directions averaged. */
static void
test_centrality (void)
{
  /* Row a, column b: the share of a's words found in b. */
  const double m[9] = {
    1.0, 0.5, 0.1,
    0.9, 1.0, 0.3,
    0.2, 0.4, 1.0,
  };
  double c[3];

  px_reference_centrality (m, 3, c);
  g_assert_cmpfloat_with_epsilon (c[0], ((0.5 + 0.9) / 2 + (0.1 + 0.2) / 2) / 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (c[1], ((0.9 + 0.5) / 2 + (0.3 + 0.4) / 2) / 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (c[2], ((0.2 + 0.1) / 2 + (0.4 + 0.3) / 2) / 2, 1e-12);
}

static void
test_few (void)
{
  PxDocument *docs[2] = { doc_of ("A", P[0], NULL), doc_of ("B", P[0], P[1], NULL) };
  double share = -1;

  g_assert_cmpuint (px_reference_choose (NULL, 0, &share), ==, 0);
  g_assert_cmpfloat (share, ==, 0);
  g_assert_cmpuint (px_reference_choose (docs, 1, &share), ==, 0);
  /* Two articles are as central as each other: the first. */
  g_assert_cmpuint (px_reference_choose (docs, 2, &share), ==, 0);
  g_assert_cmpfloat (share, >, 0);
  for (guint i = 0; i < 2; i++)
    g_object_unref (docs[i]);
}

/* The comparison makes the same choice when asked (PX_REFERENCE_AUTO),
 * and says so; given a number, it takes it. */
static void
test_comparison_chooses (void)
{
  PxDocument *docs[3] = {
    doc_of ("A", P[0], P[1], P[5], NULL),
    doc_of ("B", P[3], P[4], P[5], NULL),
    doc_of ("Hub", P[0], P[1], P[2], P[3], P[4], NULL),
  };
  PxCompareOptions automatic = { .reference = PX_REFERENCE_AUTO };
  PxCompareOptions given = { .reference = 1 };
  g_autoptr(PxComparison) chosen = px_comparison_new (docs, 3, &automatic);
  g_autoptr(PxComparison) fixed = px_comparison_new (docs, 3, &given);
  double share = 0, expected = 0;

  g_assert_cmpuint (px_comparison_get_reference (chosen), ==, 2);
  g_assert_true (px_comparison_get_reference_choice (chosen, &share));
  g_assert_cmpuint (px_reference_choose (docs, 3, &expected), ==, 2);
  g_assert_cmpfloat (share, ==, expected);
  g_assert_cmpuint (px_comparison_get_reference (fixed), ==, 1);
  g_assert_false (px_comparison_get_reference_choice (fixed, NULL));
  for (guint i = 0; i < 3; i++)
    g_object_unref (docs[i]);
}

static PxDocument *
load (const char *path)
{
  g_autofree char *text = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  return px_document_new (text, len, "Outlet");
}

/* The sample event: CNN's web page and CNN's body text are the same
 * article; Breitbart rewrites it, FOX8 and CNSNews share a little.  The
 * body text, without the page's furniture, is the most central. */
static void
test_sample (void)
{
  const char *names[] = { "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt" };
  PxDocument *docs[5];
  double share;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("PARALLAX_SAMPLES"), names[i], NULL);

      docs[i] = load (path);
    }
  g_assert_cmpuint (px_reference_choose (docs, 5, &share), ==, 1);
  g_assert_cmpfloat (share, >, 0.3);
  for (guint i = 0; i < 5; i++)
    g_object_unref (docs[i]);
}

/* The share that explains the reference reads right at its ends: some
 * words shared is never "0%", not all of them never "100%". */
static void
test_percent (void)
{
  struct { double share; const char *text; } cases[] = {
    { 0, "0%" }, { 0.001, "under 1%" }, { 0.0049, "under 1%" }, { 0.005, "1%" },
    { 0.374, "37%" }, { 0.994, "99%" }, { 0.996, "over 99%" }, { 1, "100%" },
    { -0.2, "0%" }, { 1.5, "100%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = px_similarity_percent (cases[i].share);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reference/most-central", test_most_central);
  g_test_add_func ("/reference/furniture-left-out", test_furniture_left_out);
  g_test_add_func ("/reference/centrality", test_centrality);
  g_test_add_func ("/reference/few", test_few);
  g_test_add_func ("/reference/comparison-chooses", test_comparison_chooses);
  g_test_add_func ("/reference/sample", test_sample);
  g_test_add_func ("/reference/percent", test_percent);
  return g_test_run ();
}
