/* test-diff.c: the word diff of two texts, byte for byte
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-diff.h"
#include "px-diff-private.h"
#include "px-tokenizer.h"

/* The ops must tile both texts in order: EQUAL and DELETE give OLD,
 * EQUAL and INSERT give NEW, every op on whole characters. */
static void
check_tiling (GArray *ops, const char *old_text, gsize old_len,
              const char *new_text, gsize new_len)
{
  g_autoptr(GString) old_join = g_string_new (NULL);
  g_autoptr(GString) new_join = g_string_new (NULL);
  guint32 o = 0, n = 0;

  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);

      g_assert_cmpuint (op->old_start, ==, o);
      g_assert_cmpuint (op->new_start, ==, n);
      g_assert_cmpuint (op->old_end, >=, op->old_start);
      g_assert_cmpuint (op->new_end, >=, op->new_start);
      g_assert_true (op->old_end > op->old_start || op->new_end > op->new_start);
      if (op->type == PX_DIFF_DELETE)
        g_assert_cmpuint (op->new_end, ==, op->new_start);
      if (op->type == PX_DIFF_INSERT)
        g_assert_cmpuint (op->old_end, ==, op->old_start);
      g_assert_true (g_utf8_validate_len (old_text + op->old_start, op->old_end - op->old_start, NULL));
      g_assert_true (g_utf8_validate_len (new_text + op->new_start, op->new_end - op->new_start, NULL));
      if (op->type != PX_DIFF_INSERT)
        g_string_append_len (old_join, old_text + op->old_start, op->old_end - op->old_start);
      if (op->type != PX_DIFF_DELETE)
        g_string_append_len (new_join, new_text + op->new_start, op->new_end - op->new_start);
      o = op->old_end;
      n = op->new_end;
    }
  g_assert_cmpuint (o, ==, old_len);
  g_assert_cmpuint (n, ==, new_len);
  g_assert_cmpmem (old_join->str, old_join->len, old_text, old_len);
  g_assert_cmpmem (new_join->str, new_join->len, new_text, new_len);
}

/* The wdiff convention, for golden comparisons; equal runs show NEW. */
static char *
render (GArray *ops, const char *old_text, const char *new_text)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);

      if (op->type == PX_DIFF_EQUAL)
        g_string_append_len (s, new_text + op->new_start, op->new_end - op->new_start);
      else if (op->type == PX_DIFF_DELETE)
        g_string_append_printf (s, "[-%.*s-]", (int) (op->old_end - op->old_start),
                                old_text + op->old_start);
      else
        g_string_append_printf (s, "{+%.*s+}", (int) (op->new_end - op->new_start),
                                new_text + op->new_start);
    }
  return g_string_free (s, FALSE);
}

static GArray *
diff_flags (const char *a, const char *b, PxDiffFlags flags)
{
  PxDiffOptions options = { flags, FALSE, 0 };
  GArray *ops = px_diff (a, strlen (a), b, strlen (b), &options);

  check_tiling (ops, a, strlen (a), b, strlen (b));
  return ops;
}

static void
assert_diff (const char *a, const char *b, PxDiffFlags flags, const char *expected)
{
  g_autoptr(GArray) ops = diff_flags (a, b, flags);
  g_autofree char *shown = render (ops, a, b);

  g_assert_cmpstr (shown, ==, expected);
  g_assert_true (px_diff_is_equal (ops) == (strchr (expected, '{') == NULL &&
                                            strstr (expected, "[-") == NULL));
}

static void
test_words (void)
{
  assert_diff ("The quick brown fox jumps.", "The quick red fox jumps.", 0,
               "The quick [-brown-]{+red+} fox jumps.");
  assert_diff ("Kerry said on Thursday.", "Kerry said Thursday.", 0,
               "Kerry said [-on -]Thursday.");
  assert_diff ("Kerry said Thursday.", "Kerry said on Thursday.", 0,
               "Kerry said {+on +}Thursday.");
  assert_diff ("one two", "one two", 0, "one two");
  /* Words are never split: "worker" and "workers" are two words. */
  assert_diff ("the workers left", "the worker left", 0,
               "the [-workers-]{+worker+} left");
}

static void
test_empty (void)
{
  g_autoptr(GArray) none = px_diff ("", 0, "", 0, NULL);
  g_autoptr(GArray) null = px_diff (NULL, 0, NULL, 0, NULL);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_true (px_diff_is_equal (none));
  g_assert_cmpuint (null->len, ==, 0);
  assert_diff ("", "Only new.", 0, "{+Only new.+}");
  assert_diff ("Only old.\n", "", 0, "[-Only old.\n-]");
  assert_diff ("   \n", "", PX_DIFF_IGNORE_SPACE, "");
  assert_diff ("", "\n\n", 0, "{+\n\n+}");
}

static void
test_line_ends (void)
{
  const char *crlf = "First line.\r\nSecond line.\r\n";
  const char *lf = "First line.\nSecond line.\n";
  const char *cr = "First line.\rSecond line.\r";
  const char *none = "First line.\nSecond line.";

  assert_diff (crlf, lf, 0, "First line.[-\r\n-]{+\n+}Second line.[-\r\n-]{+\n+}");
  assert_diff (crlf, lf, PX_DIFF_IGNORE_SPACE, "First line.\nSecond line.\n");
  assert_diff (cr, lf, PX_DIFF_IGNORE_SPACE, "First line.\nSecond line.\n");
  assert_diff (lf, none, 0, "First line.\nSecond line.[-\n-]");
  assert_diff (lf, none, PX_DIFF_IGNORE_SPACE, "First line.\nSecond line.");
  assert_diff ("Changed line.\r\nSame.", "Other line.\r\nSame.", 0,
               "[-Changed-]{+Other+} line.\r\nSame.");
}

static void
test_combining_and_emoji (void)
{
  /* Precomposed and decomposed é are the same text. */
  assert_diff ("caf\xC3\xA9 r\xC3\xA9sum\xC3\xA9", "cafe\xCC\x81 r\xC3\xA9sum\xC3\xA9", 0,
               "cafe\xCC\x81 r\xC3\xA9sum\xC3\xA9");
  assert_diff ("na\xC3\xAFve", "naive", 0, "[-na\xC3\xAFve-]{+naive+}");
  /* An emoji with its skin tone, a ZWJ family, a flag: one token each. */
  assert_diff ("Great \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD news", "Great \xF0\x9F\x91\x8D news", 0,
               "Great [-\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD-]{+\xF0\x9F\x91\x8D+} news");
  assert_diff ("for \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 families",
               "for \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 families", 0,
               "for [-\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7-]"
               "{+\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8+} families");
}

static void
test_scripts (void)
{
  /* CJK without spaces: one ideograph a word. */
  assert_diff ("美国国务卿克里表示，美国不会合作。", "美国国务卿克里说，美国不会合作。", 0,
               "美国国务卿克里[-表示-]{+说+}，美国不会合作。");
  /* Arabic and Hebrew: logical order, one word changed. */
  assert_diff ("قال وزير الخارجية الأمريكي جون كيري", "قال وزير الدفاع الأمريكي جون كيري", 0,
               "قال وزير [-الخارجية-]{+الدفاع+} الأمريكي جون كيري");
  assert_diff ("שר החוץ האמריקאי אמר", "שר החוץ הבריטי אמר", 0,
               "שר החוץ [-האמריקאי-]{+הבריטי+} אמר");
  /* Hebrew gershayim stays inside its word. */
  assert_diff ("ארה\"ב לא תשתף", "ארה\"ב כן תשתף", 0, "ארה\"ב [-לא-]{+כן+} תשתף");
}

static void
test_flags (void)
{
  assert_diff ("Hello World", "hello world", 0, "[-Hello World-]{+hello world+}");
  assert_diff ("Hello World", "hello world", PX_DIFF_IGNORE_CASE, "hello world");
  assert_diff ("Stra\xC3\x9F" "e", "STRASSE", PX_DIFF_IGNORE_CASE, "STRASSE");

  assert_diff ("\xE2\x80\x9CQuoted\xE2\x80\x9D, he said \xE2\x80\x94 it\xE2\x80\x99s done",
               "\"Quoted\", he said - it's done", PX_DIFF_FOLD_TYPOGRAPHY,
               "\"Quoted\", he said - it's done");
  assert_diff ("it\xE2\x80\x99s", "it's", 0, "[-it\xE2\x80\x99s-]{+it's+}");
  assert_diff ("100\xC2\xA0km", "100 km", PX_DIFF_FOLD_TYPOGRAPHY, "100 km");
  assert_diff ("\xEF\xAC\x81nal", "final", PX_DIFF_FOLD_TYPOGRAPHY, "final");

  assert_diff ("Hello, world!", "Hello world", PX_DIFF_IGNORE_PUNCTUATION, "Hello world");
  assert_diff ("Hello, world!", "Hello world", 0, "Hello[-,-] world[-!-]");
  assert_diff ("the U.S. said", "the US said", PX_DIFF_IGNORE_PUNCTUATION, "the US said");
  assert_diff ("Hello, world!", "Hello, planet!", PX_DIFF_IGNORE_PUNCTUATION,
               "Hello, [-world-]{+planet+}!");

  assert_diff ("a  b\n\nc", "a b c", PX_DIFF_IGNORE_SPACE, "a b c");
  assert_diff ("a  b", "a b", 0, "a[-  -]{+ +}b");
  assert_diff ("A, B", "a b", PX_DIFF_IGNORE_CASE | PX_DIFF_IGNORE_PUNCTUATION |
               PX_DIFF_IGNORE_SPACE, "a b");
}

/* An island of one kept word between two longer changes reads better
 * as part of one change. */
static void
test_cleanup_islands (void)
{
  assert_diff ("we went to the market by car", "they will go to the shops on foot", 0,
               "[-we went to the market by car-]{+they will go to the shops on foot+}");
  /* An island as long as the changes around it stays. */
  assert_diff ("the cat sat on the mat", "the dog sat on the rug", 0,
               "the [-cat-]{+dog+} sat on the [-mat-]{+rug+}");
  assert_diff ("the big red dog", "the small red cat", 0,
               "the [-big-]{+small+} red [-dog-]{+cat+}");
  /* A coincidence inside a rewritten passage goes with it. */
  assert_diff ("Kerry said that nothing is off the table", "Kerry replied that Iran was opposed", 0,
               "Kerry [-said that nothing is off the table-]{+replied that Iran was opposed+}");
  assert_diff ("alpha beta gamma and delta epsilon zeta", "one two three and four five six", 0,
               "[-alpha beta gamma and delta epsilon zeta-]{+one two three and four five six+}");
  /* A long run in common inside a rewritten passage stays: a quotation. */
  assert_diff ("According to a transcript the secretary said he would not rule out anything that would be constructive here.",
               "But he went on to say that he would not rule out anything that would be constructive at all.", 0,
               "[-According to a transcript the secretary said-]{+But he went on to say that+} he would not rule out anything that would be constructive [-here-]{+at all+}.");
  /* A quote trimmed at both ends keeps its words, however short. */
  assert_diff ("I think we need to go step by step, but I would not rule out anything at all, she said today.",
               "would not rule out anything", 0,
               "[-I think we need to go step by step, but I -]would not rule out anything[- at all, she said today.-]");
  assert_diff ("rule out", "I think we need to go step by step, but I would not rule out anything at all.", 0,
               "{+I think we need to go step by step, but I would not +}rule out{+ anything at all.+}");

  {
    PxDiffOp in[] = {
      { PX_DIFF_EQUAL, 0, 2, 0, 2 },
      { PX_DIFF_DELETE, 2, 5, 2, 2 },
      { PX_DIFF_INSERT, 5, 5, 2, 4 },
      { PX_DIFF_EQUAL, 5, 6, 4, 5 },
      { PX_DIFF_DELETE, 6, 8, 5, 5 },
      { PX_DIFF_EQUAL, 8, 10, 5, 7 },
    };
    g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (PxDiffOp));

    g_array_append_vals (runs, in, G_N_ELEMENTS (in));
    px_diff_cleanup_islands (runs);
    g_assert_cmpuint (runs->len, ==, 4);
    g_assert_cmpint (g_array_index (runs, PxDiffOp, 1).type, ==, PX_DIFF_DELETE);
    g_assert_cmpuint (g_array_index (runs, PxDiffOp, 1).old_start, ==, 2);
    g_assert_cmpuint (g_array_index (runs, PxDiffOp, 1).old_end, ==, 8);
    g_assert_cmpuint (g_array_index (runs, PxDiffOp, 2).new_start, ==, 2);
    g_assert_cmpuint (g_array_index (runs, PxDiffOp, 2).new_end, ==, 5);
  }
}

/* A change that could sit in several places goes to a paragraph or
 * sentence start, not across a sentence end. */
static void
test_cleanup_align (void)
{
  assert_diff ("First.\n\nThird.\n", "First.\n\nSecond.\n\nThird.\n", 0,
               "First.\n\n{+Second.\n\n+}Third.\n");
  assert_diff ("He said no. She left.", "He said no. He said yes. She left.", 0,
               "He said no. {+He said yes. +}She left.");
  assert_diff ("One. Two. Three.", "One. Three.", 0, "One. [-Two. -]Three.");
}

static char *
read_sample (const char *name, gsize *len)
{
  g_autofree char *path = g_build_filename (g_getenv ("PARALLAX_SAMPLES"), name, NULL);
  char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &text, len, &error);
  g_assert_no_error (error);
  return text;
}

static const char *samples[] = {
  "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt",
};

static void
test_samples_pairs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    for (guint j = 0; j < G_N_ELEMENTS (samples); j++)
      {
        gsize la, lb;
        g_autofree char *a = read_sample (samples[i], &la);
        g_autofree char *b = read_sample (samples[j], &lb);
        g_autoptr(GArray) ops = px_diff (a, la, b, lb, NULL);
        PxDiffStats stats;

        check_tiling (ops, a, la, b, lb);
        px_diff_get_stats (ops, a, b, &stats);
        g_assert_cmpuint (stats.old_words, ==, px_count_words (a, la));
        g_assert_cmpuint (stats.new_words, ==, px_count_words (b, lb));
        g_assert_cmpuint (stats.kept_words + stats.added_words, ==, stats.new_words);
        g_assert_cmpuint (stats.kept_words + stats.removed_words, ==, stats.old_words);
        g_assert_true (px_diff_is_equal (ops) == (i == j));
        if (i == j)
          g_assert_cmpuint (ops->len, ==, 1);
      }
}

/* An edited copy of each sample: a paragraph dropped, one word
 * replaced, a sentence added.  The diff finds exactly those. */
static void
test_samples_edited (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      gsize len;
      g_autofree char *text = read_sample (samples[i], &len);
      g_auto(GStrv) paras = g_strsplit (text, "\n", -1);
      guint n = g_strv_length (paras), drop = n / 2, change = n / 3;
      g_autoptr(GString) edited = g_string_new (NULL);
      g_autoptr(GArray) ops = NULL;
      g_autofree char *dropped_text = NULL;
      PxDiffStats stats;
      gsize dropped_words;
      char *space;

      /* Paragraphs with a space in them only: replace their first word. */
      while (change < n && strchr (paras[change], ' ') == NULL)
        change++;
      while ((drop == change || px_count_words (paras[drop], -1) == 0) && drop + 1 < n)
        drop++;
      g_assert_cmpuint (change, <, n);
      dropped_text = g_strdup (paras[drop]);
      dropped_words = px_count_words (dropped_text, -1);

      for (guint p = 0; p < n; p++)
        {
          if (p == drop)
            continue;
          if (p == change)
            {
              space = strchr (paras[p], ' ');
              g_string_append (edited, "Zyzzyva");
              g_string_append (edited, space);
            }
          else
            g_string_append (edited, paras[p]);
          if (p + 1 < n)
            g_string_append_c (edited, '\n');
        }
      g_string_append (edited, "\nAn added closing sentence.");

      ops = px_diff (text, len, edited->str, edited->len, NULL);
      check_tiling (ops, text, len, edited->str, edited->len);
      px_diff_get_stats (ops, text, edited->str, &stats);
      g_assert_cmpuint (stats.removed_words, ==, dropped_words + 1);
      g_assert_cmpuint (stats.added_words, ==, 1 + 4);
    }
}

/* A paragraph written anew keeps few of the reference's words; one
 * edited keeps most; a short one struck in full is still an edit (it
 * reads in a line).  The thresholds sit where px_diff_is_rewrite() says:
 * under a third kept, at least a dozen removed. */
static void
test_rewrite (void)
{
  static const struct {
    const char *old_text, *new_text;
    gboolean rewrite;
  } cases[] = {
    { "The blaze caused damage estimated at one million dollars to the main hall, the kitchen and the "
      "offices, and the building will stay closed for months while investigators search the ruins.",
      "Investigators searching the ruins say the fire, which did one million dollars of damage, will "
      "keep the church shut until spring.", TRUE },
    { "Fire crews were called to the Wasilla Bible Church late on Friday night after neighbours saw "
      "smoke rising from the roof.",
      "Firefighters were called to the Wasilla Bible Church late on Friday night after neighbours saw "
      "smoke rising from the roof.", FALSE },
    /* Nine words removed, one kept: short enough to strike. */
    { "The pastor said the congregation would meet in a gym.", "Services move to a school.", FALSE },
    /* A third kept exactly is an edit. */
    { "one two three four five six seven eight nine ten eleven twelve "
      "thirteen fourteen fifteen sixteen seventeen eighteen",
      "one two three four five six alpha beta gamma", FALSE },
    { "one two three four five six seven eight nine ten eleven twelve "
      "thirteen fourteen fifteen sixteen seventeen eighteen",
      "one two three four five alpha beta gamma", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) ops = px_diff (cases[i].old_text, strlen (cases[i].old_text),
                                       cases[i].new_text, strlen (cases[i].new_text), NULL);
      PxDiffStats stats;

      px_diff_get_stats (ops, cases[i].old_text, cases[i].new_text, &stats);
      g_assert_cmpint (px_diff_is_rewrite (&stats), ==, cases[i].rewrite);
    }
}

/* Random texts from a small vocabulary, all option combinations: the
 * ops always tile both texts, and without options "equal" means the
 * same bytes. */
/* px_diff_tokenized() with the texts' own tokens (counted from a base,
 * as a document's paragraphs are) gives px_diff()'s script exactly. */
static void
check_tokenized_same (GArray *ops, GString *a, GString *b, const PxDiffOptions *options,
                      guint iter)
{
  g_autoptr(GArray) ta = g_array_new (FALSE, FALSE, sizeof (PxToken));
  g_autoptr(GArray) tb = g_array_new (FALSE, FALSE, sizeof (PxToken));
  g_autoptr(GArray) again = NULL;
  guint32 base_a = iter * 7, base_b = iter * 3 + 1;

  px_tokenize (a->str, a->len, base_a, ta);
  px_tokenize (b->str, b->len, base_b, tb);
  again = px_diff_tokenized (a->str, a->len, (const PxToken *) ta->data, ta->len, base_a,
                             b->str, b->len, (const PxToken *) tb->data, tb->len, base_b,
                             options);
  g_assert_cmpuint (again->len, ==, ops->len);
  g_assert_cmpmem (again->data, again->len * sizeof (PxDiffOp), ops->data, ops->len * sizeof (PxDiffOp));
}

static void
test_random_tiling (void)
{
  static const char *pieces[] = {
    "the", "The", "said", "Kerry", "Iran", "\xE2\x80\x99s", "'s", ",", ".", "!", " ", "  ",
    "\n", "\r\n", "\n\n", "\xE2\x80\x94", "-", "\xE2\x80\x9C", "\"", "caf\xC3\xA9", "\xE7\xBE\x8E",
    "\xE5\x9B\xBD", "\xF0\x9F\x91\x8D", "\xD8\xA7\xD9\x84", "U.S.", "4:43", "1,000", "\xC2\xA0",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);

  for (guint iter = 0; iter < 1500; iter++)
    {
      g_autoptr(GString) a = g_string_new (NULL);
      g_autoptr(GString) b = g_string_new (NULL);
      PxDiffOptions options = { g_rand_int_range (rand, 0, 16), iter % 5 == 0, 0 };
      g_autoptr(GArray) ops = NULL;
      guint len = g_rand_int_range (rand, 0, 80);

      for (guint k = 0; k < len; k++)
        {
          const char *p = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];

          g_string_append (a, p);
          switch (g_rand_int_range (rand, 0, 8))
            {
            case 0:
              break;
            case 1:
              g_string_append (b, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
              break;
            case 2:
              g_string_append (b, p);
              g_string_append (b, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
              break;
            default:
              g_string_append (b, p);
            }
        }
      ops = px_diff (a->str, a->len, b->str, b->len, &options);
      check_tiling (ops, a->str, a->len, b->str, b->len);
      check_tokenized_same (ops, a, b, &options, iter);
      if (options.flags == 0)
        g_assert_true (px_diff_is_equal (ops) == g_string_equal (a, b));
      if (g_string_equal (a, b))
        g_assert_true (px_diff_is_equal (ops));
      /* The same bytes: one EQUAL op over the whole. */
      if (g_string_equal (a, b) && a->len > 0)
        {
          const PxDiffOp *op = &g_array_index (ops, PxDiffOp, 0);

          g_assert_cmpuint (ops->len, ==, 1);
          g_assert_cmpint (op->type, ==, PX_DIFF_EQUAL);
          g_assert_cmpuint (op->old_end, ==, a->len);
          g_assert_cmpuint (op->new_end, ==, b->len);
        }
    }
}

/* Long texts are read on two threads: the result must not depend on
 * that.  The samples repeated past the threshold, with edits. */
static void
test_long_texts (void)
{
  g_autoptr(GString) a = g_string_new (NULL);
  g_autoptr(GString) b = g_string_new (NULL);
  g_autoptr(GArray) ops = NULL;
  g_autoptr(GArray) same = NULL;
  PxDiffStats stats;
  guint round = 0;

  while (a->len < 400 * 1024)
    for (guint i = 0; i < G_N_ELEMENTS (samples); i++, round++)
      {
        gsize len;
        g_autofree char *text = read_sample (samples[i], &len);

        g_autoptr(GString) copy = g_string_new (NULL);
        guint spaces = 0;

        /* Each copy gets words of its own every so often, as real long
         * texts have names and figures of their own.  (With nothing
         * unique in them, a block dropped from exact repeats can
         * misalign what follows: the script stays correct but is
         * longer than minimal.) */
        for (gsize k = 0; k < len; k++)
          {
            g_string_append_c (copy, text[k]);
            if (text[k] == ' ' && ++spaces % 12 == 0)
              g_string_append_printf (copy, "r%uw%u ", round, spaces);
          }
        g_string_append_len (a, copy->str, copy->len);
        g_string_append_c (a, '\n');
        /* Every seventh copy is left out of NEW, every fifth gets a
         * new closing line. */
        if (round % 7 != 3)
          {
            g_string_append_len (b, copy->str, copy->len);
            g_string_append_c (b, '\n');
          }
        if (round % 5 == 1)
          g_string_append (b, "Inserted line number one.\n");
      }

  ops = px_diff (a->str, a->len, b->str, b->len, NULL);
  check_tiling (ops, a->str, a->len, b->str, b->len);
  px_diff_get_stats (ops, a->str, b->str, &stats);
  g_assert_cmpuint (stats.kept_words + stats.removed_words, ==, px_count_words (a->str, a->len));
  g_assert_cmpuint (stats.kept_words + stats.added_words, ==, px_count_words (b->str, b->len));
  g_assert_cmpuint (stats.added_words, ==, 4 * ((round + 3) / 5));
  g_assert_false (px_diff_is_equal (ops));

  same = px_diff (a->str, a->len, a->str, a->len, NULL);
  g_assert_cmpuint (same->len, ==, 1);
}

static void
test_fold (void)
{
  g_autofree char *k1 = px_diff_fold ("\xE2\x80\x9CIt\xE2\x80\x99s\xE2\x80\x9D", -1,
                                      PX_DIFF_FOLD_TYPOGRAPHY | PX_DIFF_IGNORE_CASE, FALSE);
  g_autofree char *k2 = px_diff_fold ("don't", -1, PX_DIFF_IGNORE_PUNCTUATION, TRUE);
  g_autofree char *k3 = px_diff_fold ("cafe\xCC\x81", -1, 0, TRUE);
  g_autoptr(PxInterner) interner = px_interner_new (PX_DIFF_IGNORE_CASE);
  guint32 x = px_interner_intern (interner, "Word", 4, PX_TOKEN_WORD);
  guint32 y = px_interner_intern (interner, "wORD", 4, PX_TOKEN_WORD);
  guint32 z = px_interner_intern (interner, "other", 5, PX_TOKEN_WORD);

  g_assert_cmpstr (k1, ==, "\"it's\"");
  g_assert_cmpstr (k2, ==, "dont");
  g_assert_cmpstr (k3, ==, "caf\xC3\xA9");
  g_assert_cmpuint (x, ==, y);
  g_assert_cmpuint (x, !=, z);
  g_assert_cmpuint (px_interner_get_size (interner), ==, 2);
}

/* Two single marks side by side (''so,'', as archives of typewritten
 * copy write them) are the double mark when typography is folded, and a
 * change of marks otherwise; an apostrophe stays one. */
static void
test_doubled_marks (void)
{
  g_autofree char *k = px_diff_fold ("''\xE2\x80\x98\xE2\x80\x98", -1, PX_DIFF_FOLD_TYPOGRAPHY, FALSE);

  g_assert_cmpstr (k, ==, "\"\"");
  assert_diff ("was ''a disaster'' for", "was \xE2\x80\x9C" "a disaster\xE2\x80\x9D for",
               PX_DIFF_FOLD_TYPOGRAPHY, "was \xE2\x80\x9C" "a disaster\xE2\x80\x9D for");
  assert_diff ("was \xE2\x80\x98\xE2\x80\x98" "a disaster\xE2\x80\x99\xE2\x80\x99 for",
               "was \"a disaster\" for", PX_DIFF_FOLD_TYPOGRAPHY, "was \"a disaster\" for");
  assert_diff ("was ''a disaster'' for", "was \"a disaster\" for", 0,
               "was [-''-]{+\"+}a disaster[-''-]{+\"+} for");
  assert_diff ("the Joneses' house", "the Joneses\" house", PX_DIFF_FOLD_TYPOGRAPHY,
               "the Joneses[-'-]{+\"+} house");
}

/* The interner against a hash table of byte strings: ASCII keys (the
 * ones compared as they are) of every length around the eight bytes
 * kept inline in a slot, from a small alphabet so that keys share
 * prefixes and suffixes, NUL included, over enough keys for the table
 * to grow. */
static void
test_interner_keys (void)
{
  static const char alphabet[] = { 'a', 'b', '\0', ' ', '.', 'Z' };
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(PxInterner) interner = px_interner_new (0);
  g_autoptr(GHashTable) reference = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                                           (GDestroyNotify) g_bytes_unref, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < 60000; i++)
    {
      char key[20];
      gsize len = g_rand_int_range (rand, 0, sizeof key + 1);
      g_autoptr(GBytes) bytes = NULL;
      gpointer known;
      guint32 id;

      for (gsize k = 0; k < len; k++)
        key[k] = alphabet[g_rand_int_range (rand, 0, G_N_ELEMENTS (alphabet))];
      bytes = g_bytes_new (key, len);
      id = px_interner_intern (interner, key, len, PX_TOKEN_PUNCT);
      {
        PxToken t = { text->len, len, PX_TOKEN_PUNCT };

        g_string_append_len (text, key, len);
        g_array_append_val (tokens, t);
        g_array_append_val (ids, id);
      }
      if (g_hash_table_lookup_extended (reference, bytes, NULL, &known))
        g_assert_cmpuint (id, ==, GPOINTER_TO_UINT (known));
      else
        {
          g_assert_cmpuint (id, ==, g_hash_table_size (reference));
          g_hash_table_insert (reference, g_steal_pointer (&bytes), GUINT_TO_POINTER (id));
        }
    }
  g_assert_cmpuint (px_interner_get_size (interner), ==, g_hash_table_size (reference));
  g_assert_cmpuint (px_interner_get_size (interner), >, 4096);

  /* The batch entry point reads short keys in its own way: the same
   * keys, one after the other in one text, get the same numbers, on a
   * fresh interner and on one that already knows half of them. */
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(PxInterner) again = px_interner_new (0);
      g_autofree guint32 *batch = g_new (guint32, tokens->len);
      guint known = round == 0 ? 0 : tokens->len / 2;

      for (guint i = 0; i < known; i++)
        {
          const PxToken *t = &g_array_index (tokens, PxToken, i);

          g_assert_cmpuint (px_interner_intern (again, text->str + t->start, t->len, t->kind), ==,
                            g_array_index (ids, guint32, i));
        }
      px_interner_intern_tokens (again, text->str, (const PxToken *) tokens->data,
                                 tokens->len, batch);
      for (guint i = 0; i < tokens->len; i++)
        g_assert_cmpuint (batch[i], ==, g_array_index (ids, guint32, i));
    }
}

/* Folded keys are remembered by spelling; the spelling alone must not
 * decide where the kind matters (punctuation leaves words only). */
static void
test_interner_folded (void)
{
  g_autoptr(PxInterner) interner = px_interner_new (PX_DIFF_IGNORE_PUNCTUATION);
  guint32 word = px_interner_intern (interner, "don\xE2\x80\x99t", 7, PX_TOKEN_WORD);
  guint32 punct = px_interner_intern (interner, "don\xE2\x80\x99t", 7, PX_TOKEN_PUNCT);

  g_assert_cmpuint (word, !=, punct);
  g_assert_cmpuint (px_interner_intern (interner, "dont", 4, PX_TOKEN_WORD), ==, word);
  g_assert_cmpuint (px_interner_intern (interner, "don\xE2\x80\x99t", 7, PX_TOKEN_WORD), ==, word);
  g_assert_cmpuint (px_interner_intern (interner, "don\xE2\x80\x99t", 7, PX_TOKEN_PUNCT), ==, punct);
  /* Canonically equivalent spellings, each seen twice. */
  for (guint i = 0; i < 2; i++)
    {
      guint32 composed = px_interner_intern (interner, "caf\xC3\xA9", 5, PX_TOKEN_WORD);

      g_assert_cmpuint (px_interner_intern (interner, "cafe\xCC\x81", 6, PX_TOKEN_WORD), ==, composed);
      g_assert_cmpuint (composed, !=, px_interner_intern (interner, "cafe", 4, PX_TOKEN_WORD));
    }
  g_assert_cmpuint (px_interner_get_size (interner), ==, 4);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff/words", test_words);
  g_test_add_func ("/diff/empty", test_empty);
  g_test_add_func ("/diff/line-ends", test_line_ends);
  g_test_add_func ("/diff/combining-and-emoji", test_combining_and_emoji);
  g_test_add_func ("/diff/scripts", test_scripts);
  g_test_add_func ("/diff/flags", test_flags);
  g_test_add_func ("/diff/fold", test_fold);
  g_test_add_func ("/diff/doubled-marks", test_doubled_marks);
  g_test_add_func ("/diff/interner-keys", test_interner_keys);
  g_test_add_func ("/diff/interner-folded", test_interner_folded);
  g_test_add_func ("/diff/cleanup-islands", test_cleanup_islands);
  g_test_add_func ("/diff/cleanup-align", test_cleanup_align);
  g_test_add_func ("/diff/samples-pairs", test_samples_pairs);
  g_test_add_func ("/diff/samples-edited", test_samples_edited);
  g_test_add_func ("/diff/rewrite", test_rewrite);
  g_test_add_func ("/diff/random-tiling", test_random_tiling);
  g_test_add_func ("/diff/long-texts", test_long_texts);
  return g_test_run ();
}
