/* test-document.c: paragraphs, titles and outlet labels
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-document.h"

static char *
paragraphs_of (const char *text)
{
  g_autoptr(PxDocument) doc = px_document_new (text, -1, "Test");
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < px_document_get_n_paragraphs (doc); i++)
    {
      g_autofree char *p = px_document_dup_paragraph_text (doc, i);

      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, p);
    }
  return g_string_free (out, FALSE);
}

static void
check (const char *text, const char *expected)
{
  g_autofree char *got = paragraphs_of (text);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_blank_lines (void)
{
  check ("Title\n\nFirst para.\n\n\nSecond para.\n", "Title|First para.|Second para.");
  check ("  \n\nOnly one\n \t\n", "Only one");
  check ("", "");
  check ("no newline at end", "no newline at end");
  check ("A\r\n\r\nB\r\n", "A|B");
  check ("A\r\rB", "A|B");
}

static void
test_line_per_paragraph (void)
{
  /* Long lines without blank lines between them: one paragraph each. */
  check ("Secretary of State John Kerry stressed Thursday that the United States is interested only in communicating with Iran.\n"
         "On Thursday, he told NBC News that statements he'd made this week seem to have been misunderstood by everyone.\n",
         "Secretary of State John Kerry stressed Thursday that the United States is interested only in communicating with Iran.|"
         "On Thursday, he told NBC News that statements he'd made this week seem to have been misunderstood by everyone.");
  /* Short lines in a block (a list of links) stay apart. */
  check ("Can U.S. work with Iran on Iraq crisis?\nIran to help save Iraqi temples?\nZakaria: Iran already influencing Iraq\n",
         "Can U.S. work with Iran on Iraq crisis?|Iran to help save Iraqi temples?|Zakaria: Iran already influencing Iraq");
}

static void
test_hard_wrapped (void)
{
  check ("The United States could end up cooperating with Iran to stop militant\n"
         "gains in Iraq, Secretary of State John Kerry suggested Monday in an\n"
         "interview.\n"
         "But a Pentagon spokesman denied Monday that any military coordination\n"
         "with Iran is in the cards.\n",
         "The United States could end up cooperating with Iran to stop militant gains in Iraq, "
         "Secretary of State John Kerry suggested Monday in an interview.|"
         "But a Pentagon spokesman denied Monday that any military coordination with Iran is in the cards.");
  /* List items are never joined to the line before. */
  check ("  \u2022 Secretary of State John Kerry: U.S. wants Iran in the loop so people are fine\n"
         "  \u2022 The idea of the U.S. working with Iran would be a head-scratcher, he says\n",
         "\u2022 Secretary of State John Kerry: U.S. wants Iran in the loop so people are fine|"
         "\u2022 The idea of the U.S. working with Iran would be a head-scratcher, he says");
}

static void
test_offsets (void)
{
  const char *text = "Head\n\n  Body text here.  \n";
  g_autoptr(PxDocument) doc = px_document_new (text, -1, NULL);
  const PxParagraph *p;

  g_assert_cmpuint (px_document_get_n_paragraphs (doc), ==, 2);
  p = px_document_get_paragraph (doc, 1);
  g_assert_cmpuint (p->start, ==, 8);
  g_assert_cmpuint (p->end, ==, 23);
  g_assert_cmpuint (p->n_words, ==, 3);
  g_assert_cmpstr (px_document_get_title (doc), ==, "Head");
  g_assert_cmpuint (px_document_get_n_words (doc), ==, 4);
  g_assert_cmpstr (px_document_get_outlet (doc), ==, "");
}

static void
test_outlet_rename (void)
{
  g_autoptr(PxDocument) doc = px_document_new ("x", -1, "CNN");
  guint notified = 0;

  g_signal_connect_swapped (doc, "notify::outlet", G_CALLBACK (g_atomic_int_inc), &notified);
  px_document_set_outlet (doc, "CNN");
  g_assert_cmpuint (notified, ==, 0);
  px_document_set_outlet (doc, "CNN International");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (px_document_get_outlet (doc), ==, "CNN International");
}

static void
test_outlets_unique (void)
{
  PxDocument *docs[4] = {
    px_document_new ("a", -1, "CNN"), px_document_new ("b", -1, "Fox"),
    px_document_new ("c", -1, "CNN"), px_document_new ("d", -1, "CNN"),
  };

  px_documents_make_outlets_unique (docs, 4);
  g_assert_cmpstr (px_document_get_outlet (docs[0]), ==, "CNN");
  g_assert_cmpstr (px_document_get_outlet (docs[1]), ==, "Fox");
  g_assert_cmpstr (px_document_get_outlet (docs[2]), ==, "CNN (2)");
  g_assert_cmpstr (px_document_get_outlet (docs[3]), ==, "CNN (3)");
  for (guint i = 0; i < 4; i++)
    g_object_unref (docs[i]);
}

static void
test_outlet_from_filename (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "2-cnn.txt", "CNN" },
    { "4-fox8.txt", "FOX8" },
    { "3-breitbart.txt", "Breitbart" },
    { "1-cnn-web-page.txt", "CNN Web Page" },
    { "washington_post.html", "Washington Post" },
    { "2014.txt", "2014" },
    { ".hidden", "Hidden" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = px_outlet_from_filename (cases[i].in);
      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

/* The sample event: counts a reader can check by eye. */
static void
test_samples (void)
{
  const char *dir = g_getenv ("PARALLAX_SAMPLES");
  const struct { const char *file; guint paragraphs; const char *title; } cases[] = {
    { "2-cnn.txt", 26, "Secretary of State John Kerry stressed Thursday" },
    { "3-breitbart.txt", 16, "Kerry: US to Share Key Info" },
    { "5-cnsnews.txt", 32, "Kerry: No Room in Anti-ISIS Coalition for Iran" },
  };

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].file, NULL);
      g_autofree char *text = NULL;
      g_autoptr(PxDocument) doc = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (path, &text, &len, NULL));
      doc = px_document_new (text, len, NULL);
      g_test_message ("%s: %u paragraphs, %" G_GSIZE_FORMAT " words", cases[i].file,
                      px_document_get_n_paragraphs (doc), px_document_get_n_words (doc));
      g_assert_cmpuint (px_document_get_n_paragraphs (doc), ==, cases[i].paragraphs);
      g_assert_true (g_str_has_prefix (px_document_get_title (doc), cases[i].title));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/blank-lines", test_blank_lines);
  g_test_add_func ("/document/line-per-paragraph", test_line_per_paragraph);
  g_test_add_func ("/document/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/document/offsets", test_offsets);
  g_test_add_func ("/document/outlet-rename", test_outlet_rename);
  g_test_add_func ("/document/outlet-from-filename", test_outlet_from_filename);
  g_test_add_func ("/document/outlets-unique", test_outlets_unique);
  g_test_add_func ("/document/samples", test_samples);

  return g_test_run ();
}
