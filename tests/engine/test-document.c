/* test-document.c: paragraphs, titles and outlet labels
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-document.h"
#include "px-outlet-names.h"

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

/* A page's site name may be anything; the label made of it is one line
 * that fits a column header and the limit a saved comparison is read
 * back with, a second copy's number included. */
static void
test_outlet_label_limit (void)
{
  g_autoptr(GString) long_name = g_string_new (NULL);
  PxDocument *docs[2];
  const char *label;

  for (guint i = 0; i < 30; i++)
    g_string_append (long_name, "Très ");
  docs[0] = px_document_new ("a", -1, long_name->str);
  docs[1] = px_document_new ("b", -1, long_name->str);
  label = px_document_get_outlet (docs[0]);
  g_assert_cmpint (g_utf8_strlen (label, -1), ==, PX_DOCUMENT_MAX_OUTLET);
  g_assert_true (g_str_has_suffix (label, "…"));
  g_assert_cmpint (strncmp (label, long_name->str, strlen (label) - strlen ("…")), ==, 0);

  px_documents_make_outlets_unique (docs, 2);
  label = px_document_get_outlet (docs[1]);
  g_assert_cmpint (g_utf8_strlen (label, -1), ==, PX_DOCUMENT_MAX_OUTLET);
  g_assert_true (g_str_has_suffix (label, "… (2)"));
  g_assert_cmpstr (px_document_get_outlet (docs[0]), !=, label);

  px_document_set_outlet (docs[0], "Harbour\tPost\nDaily\x01");
  g_assert_cmpstr (px_document_get_outlet (docs[0]), ==, "Harbour Post Daily ");
  px_document_set_outlet (docs[0], "Caf\xc3 Post");
  g_assert_true (g_utf8_validate (px_document_get_outlet (docs[0]), -1, NULL));
  g_object_unref (docs[0]);
  g_object_unref (docs[1]);
}

static void
test_outlet_from_filename (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "2-cnn.txt", "CNN" },
    { "4-fox8.txt", "FOX8" },
    { "3-breitbart.txt", "Breitbart" },
    /* Spelled as the outlet spells itself, not "Cnsnews". */
    { "5-cnsnews.txt", "CNSNews" },
    { "fox-news.txt", "Fox News" },
    { "washington_post.html", "Washington Post" },
    /* Not a known outlet: as the file writes it, not upper-cased
     * fragments ("1ECBPLUS", "CNN Web Page"). */
    { "1_1ecbplus.txt", "1_1ecbplus" },
    { "1-cnn-web-page.txt", "cnn-web-page" },
    { "03_Harbour-Gazette.txt", "Harbour-Gazette" },
    { "2014.txt", "2014" },
    { ".hidden", "hidden" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = px_outlet_from_filename (cases[i].in);
      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

/* A name the file gives in lower case, spelled as the text spells it. */
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

/* A paragraph's kept tokens are px_tokenize() of its range, whichever
 * thread asks first. */
typedef struct {
  PxDocument *doc;
  guint n_tokens;
} TokensJob;

static gpointer
count_tokens (gpointer data)
{
  TokensJob *job = data;

  for (guint p = 0; p < px_document_get_n_paragraphs (job->doc); p++)
    {
      guint n;

      px_document_get_paragraph_tokens (job->doc, p, &n);
      job->n_tokens += n;
    }
  return NULL;
}

static void
test_paragraph_tokens (void)
{
  const char *text =
    "Ferry crews stopped work on Monday, stranding\n"
    "thousands of commuters on both sides of the\n"
    "harbour \u2014 the third strike this year.\n"
    "\n"
    "\u201cWe had no choice,\u201d said Mar\u00eda Delgado (union secretary).\n"
    "\n"
    "\u6e2f\u306e\u30d5\u30a7\u30ea\u30fc\u304c\u6b62\u307e\u3063\u305f\u3002 \U0001F6A2\n";
  g_autoptr(PxDocument) doc = px_document_new (text, -1, NULL);
  g_autoptr(PxDocument) raced = px_document_new (text, -1, NULL);
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (PxToken));
  TokensJob jobs[4];
  GThread *threads[4];
  guint total = 0;

  g_assert_cmpuint (px_document_get_n_paragraphs (doc), >=, 3);
  for (guint p = 0; p < px_document_get_n_paragraphs (doc); p++)
    {
      const PxParagraph *para = px_document_get_paragraph (doc, p);
      guint n;
      const PxToken *tokens = px_document_get_paragraph_tokens (doc, p, &n);

      g_array_set_size (expected, 0);
      px_tokenize (text + para->start, para->end - para->start, para->start, expected);
      g_assert_cmpuint (n, ==, expected->len);
      g_assert_cmpmem (tokens, n * sizeof (PxToken), expected->data, expected->len * sizeof (PxToken));
      g_assert_cmpuint (tokens[0].start, ==, para->start);
      total += n;
    }

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      jobs[i] = (TokensJob) { raced, 0 };
      threads[i] = g_thread_new ("tokens", count_tokens, &jobs[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpuint (jobs[i].n_tokens, ==, total);
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
  g_test_add_func ("/document/outlet-label-limit", test_outlet_label_limit);
  g_test_add_func ("/document/samples", test_samples);
  g_test_add_func ("/document/paragraph-tokens", test_paragraph_tokens);

  return g_test_run ();
}
