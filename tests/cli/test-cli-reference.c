/* test-cli-reference.c: parallax-cli compare --reference=auto|N
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-run.h"
#include "px-compare.h"
#include "px-import.h"

static JsonObject *
parse (JsonParser *parser, const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static int
cmp_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* On the sample, "auto" takes CNN's body text (the web page is the same
 * article with its furniture) and the report says why. */
static void
test_auto_sample (void)
{
  g_autofree char *a = sample ("1-cnn-web-page.txt");
  g_autofree char *b = sample ("2-cnn.txt");
  g_autofree char *c = sample ("3-breitbart.txt");
  g_autofree char *d = sample ("4-fox8.txt");
  g_autofree char *e = sample ("5-cnsnews.txt");
  g_auto(Run) text = { 0 };
  g_auto(Run) first = { 0 };

  run_cli_text (&text, NULL, "compare", "--reference=auto", a, b, c, d, e, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "the reference is 2, CNN (2), the most central: it shares "));
  g_assert_nonnull (strstr (text.out, "% of its words with the others on average."));

  /* Two articles are equally central: the first, and the words say so. */
  {
    g_auto(Run) two = { 0 };

    run_cli_text (&two, NULL, "compare", "--reference=auto", b, c, NULL);
    g_assert_cmpint (two.status, ==, 0);
    g_assert_true (g_str_has_prefix (two.out, "Comparing 2 articles; the reference is 1, CNN, the first of "
                                              "the two: they share "));
    g_assert_null (strstr (two.out, "on average"));
  }

  /* Without --reference, the first, as before, and no word of a choice. */
  run_cli_text (&first, NULL, "compare", a, b, c, d, e, NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_true (g_str_has_prefix (first.out, "Comparing 5 articles; the reference is 1, CNN.\n"));
}

/* The ECB+ events: the CLI's choice is the engine's rule
 * (px_reference_choose()) on the articles as imported, its JSON names
 * the rule and the share, and a number still picks the reference. */
static void
test_auto_ecbplus (void)
{
  const char *events[] = { "t02_ecbplus", "t06_ecb", "t18_ecb", "t26_ecbplus", "t33_ecbplus", "t41_ecb" };
  guint not_first = 0;

  for (guint k = 0; k < G_N_ELEMENTS (events); k++)
    {
      g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "ecbplus", "events", events[k], NULL);
      g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
      g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonParser) parser2 = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_auto(Run) automatic = { 0 };
      g_auto(Run) numbered = { 0 };
      const char *name;
      JsonObject *root, *choice;
      double share;
      guint expected;

      g_assert_nonnull (gdir);
      while ((name = g_dir_read_name (gdir)))
        if (g_str_has_suffix (name, ".txt"))
          g_ptr_array_add (args, g_build_filename (dir, name, NULL));
      g_ptr_array_sort (args, cmp_names);
      for (guint i = 0; i < args->len; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (args->pdata[i]);
          PxDocument *doc = px_import_file (file, NULL, &error);

          g_assert_no_error (error);
          g_ptr_array_add (docs, doc);
        }
      expected = px_reference_choose ((PxDocument **) docs->pdata, docs->len, &share);
      not_first += expected != 0;

      g_ptr_array_insert (args, 0, g_strdup ("--reference=auto"));
      g_ptr_array_insert (args, 0, g_strdup ("--format=json"));
      g_ptr_array_insert (args, 0, g_strdup ("compare"));
      g_ptr_array_add (args, NULL);
      run_cli_argv (&automatic, NULL, (const char * const *) args->pdata);
      g_assert_cmpint (automatic.status, ==, 0);
      root = parse (parser, automatic.out);
      g_assert_cmpint (json_object_get_int_member (root, "reference"), ==, expected);
      choice = json_object_get_object_member (root, "reference_choice");
      g_assert_nonnull (choice);
      g_assert_cmpstr (json_object_get_string_member (choice, "rule"), ==, "most-central");
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (choice, "mean_share"), share, 0.0006);

      /* A number still works, and then no rule is claimed. */
      g_free (args->pdata[2]);
      args->pdata[2] = g_strdup_printf ("--reference=%u", docs->len);
      run_cli_argv (&numbered, NULL, (const char * const *) args->pdata);
      g_assert_cmpint (numbered.status, ==, 0);
      root = parse (parser2, numbered.out);
      g_assert_cmpint (json_object_get_int_member (root, "reference"), ==, docs->len - 1);
      g_assert_false (json_object_has_member (root, "reference_choice"));
    }
  /* The rule decides: it is not the first article every time. */
  g_assert_cmpuint (not_first, >, 0);
}

static void
test_bad_reference (void)
{
  g_autofree char *a = sample ("2-cnn.txt");
  g_autofree char *b = sample ("3-breitbart.txt");
  g_auto(Run) word = { 0 };
  g_auto(Run) zero = { 0 };
  g_auto(Run) high = { 0 };

  run_cli_text (&word, NULL, "compare", "--reference=central", a, b, NULL);
  g_assert_cmpint (word.status, ==, 2);
  g_assert_nonnull (strstr (word.err, "--reference=central is neither a number from 1 nor “auto”"));
  g_assert_cmpstr (word.out, ==, "");
  run_cli_text (&zero, NULL, "compare", "--reference=0", a, b, NULL);
  g_assert_cmpint (zero.status, ==, 2);
  run_cli_text (&high, NULL, "compare", "--reference=3", a, b, NULL);
  g_assert_cmpint (high.status, ==, 2);
  g_assert_nonnull (strstr (high.err, "out of range"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/reference/auto-sample", test_auto_sample);
  g_test_add_func ("/cli/reference/auto-ecbplus", test_auto_ecbplus);
  g_test_add_func ("/cli/reference/bad", test_bad_reference);
  return g_test_run ();
}
