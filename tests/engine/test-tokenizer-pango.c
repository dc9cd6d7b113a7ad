/* test-tokenizer-pango.c: our word boundaries agree with Pango's
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango implements UAX #29 and is the reference; the engine cannot
 * link it (too slow, and not GLib), so this test holds the two together
 * on every text of the test corpus.
 */
#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "px-tokenizer.h"

static void
collect (gsize offset, gpointer user_data)
{
  g_hash_table_add (user_data, GSIZE_TO_POINTER (offset + 1));
}

static void
compare_with_pango (const char *name, const char *text, gsize len)
{
  g_autoptr(GHashTable) ours = g_hash_table_new (NULL, NULL);
  int n_chars = g_utf8_strlen (text, len);
  PangoLogAttr *attrs = g_new0 (PangoLogAttr, n_chars + 1);
  const char *p = text;
  guint mismatches = 0;

  px_foreach_boundary (text, len, collect, ours);
  pango_get_log_attrs (text, len, -1, pango_language_from_string ("en"), attrs, n_chars + 1);

  for (int i = 0; i <= n_chars; i++)
    {
      gsize offset = p - text;
      gboolean theirs = attrs[i].is_word_boundary;
      gboolean mine = g_hash_table_contains (ours, GSIZE_TO_POINTER (offset + 1));

      if (theirs != mine)
        {
          g_autofree char *context = g_strndup (text + (offset > 12 ? offset - 12 : 0), 24);

          if (mismatches++ < 5)
            g_test_message ("%s: byte %" G_GSIZE_FORMAT ": pango %d, ours %d near «%s»",
                            name, offset, theirs, mine, context);
        }
      if (i < n_chars)
        p = g_utf8_next_char (p);
    }
  g_free (attrs);
  g_assert_cmpuint (mismatches, ==, 0);
}

static void
test_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *text = NULL;
  gsize len;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &text, &len, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (text, len, NULL));
  compare_with_pango (path, text, len);
}

/* Random text built from the pieces where the segmenter's ASCII fast
 * path hands over to the full rules: word-internal marks, digit
 * groups, underscores, combining marks, line ends.  (A combining mark
 * right after a line end is left out: UAX #29 breaks there, Pango
 * does not.) */
static void
test_random (void)
{
  static const char *pieces[] = {
    "a", "Zq", "7", "42", "'", ".", ",", ":", ";", "_", " ", "  ", "\n", "\r\n", "\r",
    "\t", "\"", "-", "(", "\xC3\xA9", "e\xCC\x81", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9",
    "\xE2\x80\x99",
    "\xD7\xA9", "\xE3\x82\xA2", "\xC2\xA0", "\xF0\x9F\x91\x8D", "\xE7\xBE\x8E",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint iter = 0; iter < 2000; iter++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 24);

      for (guint k = 0; k < n; k++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      compare_with_pango ("random", text->str, text->len);
    }
}

/* Runs of ASCII letters and digits of every length up to twenty, so
 * that their ends fall anywhere in the eight bytes the segmenter reads
 * at a time and at the end of the text, next to the characters just
 * outside the letter and digit ranges and to non-ASCII letters and
 * marks. */
static void
test_ascii_runs (void)
{
  static const char alnum[] = "azAZ09mQ5";
  static const char *neighbours[] = {
    " ", "/", ":", "@", "[", "`", "{", "~", ".", "'", "_", "\n",
    "\xC3\xA9", "\xCC\x81", "\xE2\x80\x99", "\xE7\xBE\x8E",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (23);

  for (guint iter = 0; iter < 3000; iter++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 6);

      for (guint k = 0; k < n; k++)
        {
          guint run = g_rand_int_range (rand, 1, 21);

          for (guint r = 0; r < run; r++)
            g_string_append_c (text, alnum[g_rand_int_range (rand, 0, sizeof alnum - 1)]);
          if (k + 1 < n || g_rand_boolean (rand))
            g_string_append (text, neighbours[g_rand_int_range (rand, 0, G_N_ELEMENTS (neighbours))]);
        }
      compare_with_pango ("ascii-runs", text->str, text->len);
    }
}

int
main (int argc, char **argv)
{
  const char *dirs[] = { "PARALLAX_SAMPLES", NULL };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);

  g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "scripts.txt", NULL));
  for (guint d = 0; dirs[d]; d++)
    {
      const char *dir = g_getenv (dirs[d]);
      g_autoptr(GDir) gdir = dir ? g_dir_open (dir, 0, NULL) : NULL;
      const char *name;

      while (gdir && (name = g_dir_read_name (gdir)))
        if (g_str_has_suffix (name, ".txt"))
          g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
    }

  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (paths->pdata[i]);
      g_autofree char *test_path = g_strdup_printf ("/tokenizer-pango/%s", base);

      g_test_add_data_func (test_path, paths->pdata[i], test_file);
    }
  g_test_add_func ("/tokenizer-pango/random", test_random);
  g_test_add_func ("/tokenizer-pango/ascii-runs", test_ascii_runs);
  return g_test_run ();
}
