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

/* px_tokenize_filtered() takes plain ASCII 64 bytes at a time and
 * everything else through the rules, one segment at a time, as
 * px_tokenize() does throughout: both must give the same tokens.
 * Random texts of up to a few hundred bytes mix long plain stretches
 * with every character the fast path must leave to the rules (marks
 * inside words and numbers, quotes, underscores, line ends, non-ASCII
 * letters, extending marks, emoji), at every offset in a block. */
static void
check_filtered (const char *text, gsize len)
{
  static const guint masks[] = { 7, 1u << PX_TOKEN_WORD | 1u << PX_TOKEN_PUNCT, 1u << PX_TOKEN_SPACE };
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (PxToken));

  px_tokenize (text, len, 5, all);
  for (guint m = 0; m < G_N_ELEMENTS (masks); m++)
    {
      g_autoptr(GArray) some = g_array_new (FALSE, FALSE, sizeof (PxToken));
      guint j = 0;

      px_tokenize_filtered (text, len, 5, masks[m], some);
      for (guint i = 0; i < all->len; i++)
        {
          const PxToken *t = &g_array_index (all, PxToken, i), *u;

          if (!(masks[m] & (1u << t->kind)))
            continue;
          g_assert_cmpuint (j, <, some->len);
          u = &g_array_index (some, PxToken, j++);
          g_assert_cmpuint (u->start, ==, t->start);
          g_assert_cmpuint (u->len, ==, t->len);
          g_assert_cmpuint (u->kind, ==, t->kind);
        }
      g_assert_cmpuint (j, ==, some->len);
    }
}

static void
test_filtered_blocks (void)
{
  static const char *pieces[] = {
    "word", "Qx", "a", "1", "2024", "x9y", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\v",
    ".", ",", ";", ":", "'", "\"", "_", "-", "(", ")", "!", "?", "/", "@", "[", "`", "{", "~",
    "\x01", "\x7F", "\xC3\xA9", "\xCC\x81", "\xE2\x80\x99", "\xD7\xA9", "\xE3\x82\xA2",
    "\xE2\x80\x8D", "\xF0\x9F\x91\x8D", "\xF0\x9F\x87\xAB",
  };
  static const char *plain[] = { "the", "Parallax", "news", "of", "42", "a" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (64);

  for (guint iter = 0; iter < 4000; iter++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 120);

      for (guint k = 0; k < n; k++)
        {
          /* Mostly plain words and single spaces, as in prose. */
          if (g_rand_int_range (rand, 0, 4) != 0)
            {
              g_string_append (text, plain[g_rand_int_range (rand, 0, G_N_ELEMENTS (plain))]);
              g_string_append_c (text, ' ');
            }
          else
            g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
        }
      check_filtered (text->str, text->len);
    }
}

/* Each construct the fast path must leave to the rules, at every
 * offset from a block's start, inside plain text. */
static void
test_filtered_offsets (void)
{
  static const char *awkward[] = {
    "a.b", "1,5", "3.14", "don't", "a_b", "_x", "x\r\ny", "e\xCC\x81", "\"q\"",
    "a:b", "9;9", "\xD7\xA9'", "x \xCC\x81", "ab\xE2\x80\x99s", "a.\xCC\x81" "b",
  };

  for (guint w = 0; w < G_N_ELEMENTS (awkward); w++)
    for (guint offset = 0; offset < 140; offset++)
      {
        g_autoptr(GString) text = g_string_new (NULL);

        for (guint i = 0; i < offset; i++)
          g_string_append_c (text, i % 3 == 2 ? ' ' : 'a' + i % 7);
        g_string_append (text, awkward[w]);
        for (guint i = 0; i < 100; i++)
          g_string_append_c (text, i % 4 == 3 ? ' ' : 'k' + i % 5);
        check_filtered (text->str, text->len);
      }
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
  g_test_add_func ("/tokenizer/filtered-blocks", test_filtered_blocks);
  g_test_add_func ("/tokenizer/filtered-offsets", test_filtered_offsets);

  return g_test_run ();
}
