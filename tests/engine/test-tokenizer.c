/* test-tokenizer.c: Unicode word segmentation
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-tokenizer.h"

/* Tokenizes @text and returns the tokens joined by '|', with word
 * tokens as they are, and the kinds as a parallel string (w, p, s). */
static char *
segment (const char *text, char **kinds)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  GString *out = g_string_new (NULL);
  GString *k = g_string_new (NULL);

  px_tokenize (text, -1, 0, tokens);
  for (guint i = 0; i < tokens->len; i++)
    {
      PxToken *t = &g_array_index (tokens, PxToken, i);

      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append_len (out, text + t->start, t->len);
      g_string_append_c (k, "wps"[t->kind]);
    }
  if (kinds)
    *kinds = g_string_free (k, FALSE);
  else
    g_string_free (k, TRUE);
  return g_string_free (out, FALSE);
}

static void
check (const char *text, const char *expected)
{
  g_autofree char *got = segment (text, NULL);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_ascii (void)
{
  check ("Kerry said: \"No.\"", "Kerry| |said|:| |\"|No|.|\"");
  check ("don't Kerry's U.S. e.g.", "don't| |Kerry's| |U.S|.| |e.g|.");
  check ("3.14 1,000,000 2014.", "3.14| |1,000,000| |2014|.");
  check ("a_b snake_case __init__", "a_b| |snake_case| |__init__");
  check ("head-scratcher", "head|-|scratcher");
  check ("x   y", "x|   |y");
  check ("A\r\nB\rC\nD", "A|\r\n|B|\r|C|\n|D");
  check ("I -- at", "I| |-|-| |at");
  check ("4:43 PM", "4|:|43| |PM");
  check ("a:b", "a:b");
  check ("", "");
}

static void
test_kinds (void)
{
  g_autofree char *kinds = NULL;
  g_autofree char *got = segment ("Hi, you 2!\n", &kinds);

  g_assert_cmpstr (got, ==, "Hi|,| |you| |2|!|\n");
  g_assert_cmpstr (kinds, ==, "wpswswps");
}

static void
test_unicode (void)
{
  /* Curly apostrophe joins like a straight one. */
  check ("Kerry\u2019s \u201cquote\u201d", "Kerry\u2019s| |\u201c|quote|\u201d");
  /* Combining marks stay with their base. */
  check ("cafe\u0301 nai\u0308ve", "cafe\u0301| |nai\u0308ve");
  /* Ideographs are words of their own; Katakana runs hold together. */
  check ("\u6771\u4eac\u3067\u30b3\u30fc\u30d2\u30fc", "\u6771|\u4eac|\u3067|\u30b3\u30fc\u30d2\u30fc");
  /* An emoji ZWJ sequence and a flag are one token each. */
  check ("\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F1E9\U0001F1EA\U0001F1EB\U0001F1F7",
         "\U0001F468\u200D\U0001F469\u200D\U0001F467| |\U0001F1E9\U0001F1EA|\U0001F1EB\U0001F1F7");
  /* Hebrew with geresh-like quote; Arabic words. */
  check ("\u05e6\u05d4\"\u05dc \u0643\u064e\u062a\u064e\u0628\u064e \u0645\u0631\u062d\u0628\u0627",
         "\u05e6\u05d4\"\u05dc| |\u0643\u064e\u062a\u064e\u0628\u064e| |\u0645\u0631\u062d\u0628\u0627");
  /* No-break space is a separator but not a joiner. */
  check ("a\u00a0b", "a|\u00a0|b");
}

static void
test_lossless (void)
{
  const char *texts[] = {
    "Plain words, and \u201cquotes\u201d \u2014 dashes\u2026\r\n",
    "\u0627\u0644\u0633\u0644\u0627\u0645 \u05e9\u05dc\u05d5\u05dd \u4e2d\u6587\u5b57 \U0001F600\U0001F3FD!",
    "trailing space   ",
    "\xcc\x81leading mark",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
      gsize len = strlen (texts[i]);
      gsize pos = 0;

      px_tokenize (texts[i], len, 100, tokens);
      for (guint j = 0; j < tokens->len; j++)
        {
          PxToken *t = &g_array_index (tokens, PxToken, j);

          g_assert_cmpuint (t->start, ==, pos + 100);
          g_assert_cmpuint (t->len, >, 0);
          pos += t->len;
        }
      g_assert_cmpuint (pos, ==, len);
    }
}

static void
test_count_words (void)
{
  g_assert_cmpuint (px_count_words ("", 0), ==, 0);
  g_assert_cmpuint (px_count_words ("  \n ", -1), ==, 0);
  g_assert_cmpuint (px_count_words ("The U.S. isn't \"sitting around\" -- no.", -1), ==, 6);
  g_assert_cmpuint (px_count_words ("\u6771\u4eac\u90fd", -1), ==, 3);
  g_assert_cmpuint (px_count_words ("abc", 2), ==, 1);
}

static void
test_invalid_tail (void)
{
  /* Truncated UTF-8 must not read past the end. */
  const char text[] = "ab\xe2\x80";
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  gsize total = 0;

  px_tokenize (text, sizeof text - 1, 0, tokens);
  for (guint i = 0; i < tokens->len; i++)
    total += g_array_index (tokens, PxToken, i).len;
  g_assert_cmpuint (total, ==, sizeof text - 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tokenizer/ascii", test_ascii);
  g_test_add_func ("/tokenizer/kinds", test_kinds);
  g_test_add_func ("/tokenizer/unicode", test_unicode);
  g_test_add_func ("/tokenizer/lossless", test_lossless);
  g_test_add_func ("/tokenizer/count-words", test_count_words);
  g_test_add_func ("/tokenizer/invalid-tail", test_invalid_tail);

  return g_test_run ();
}
