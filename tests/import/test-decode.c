/* test-decode.c: what a file's bytes are, and their text in UTF-8
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-decode.h"

/* Binary files dropped by mistake are named; text is not, even text
 * that starts with letters a signature also starts with. */
static void
test_sniff_binary (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  static const char pdf[] = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
  const char *text = "Secretary of State John Kerry said on Monday";
  const char *mz = "MZ is how some words start, and this is text.";

  g_assert_nonnull (px_sniff_binary (png, sizeof png - 1));
  g_assert_nonnull (strstr (px_sniff_binary (png, sizeof png - 1), "PNG"));
  g_assert_nonnull (strstr (px_sniff_binary (pdf, sizeof pdf - 1), "PDF"));
  g_assert_null (px_sniff_binary (text, strlen (text)));
  g_assert_null (px_sniff_binary (mz, strlen (mz)));
  g_assert_null (px_sniff_binary ("", 0));
}

static void
test_sniff_html (void)
{
  const char *page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>";
  const char *no_prologue = "<div class=\"story\"><p>The first paragraph.</p></div>";
  const char *mentions = "Write <p> to start a paragraph, said the tutorial.";

  g_assert_true (px_sniff_html (page, strlen (page), "story.txt"));
  g_assert_true (px_sniff_html (no_prologue, strlen (no_prologue), NULL));
  g_assert_false (px_sniff_html (mentions, strlen (mentions), "notes.txt"));
  /* A page's name says so when its markup starts late. */
  g_assert_true (px_sniff_html (mentions, strlen (mentions), "notes.html"));
}

static void
test_sniff_bom (void)
{
  gsize bom_len = 99;

  g_assert_cmpstr (px_sniff_bom ("\xEF\xBB\xBFtext", 7, &bom_len), ==, "UTF-8");
  g_assert_cmpuint (bom_len, ==, 3);
  g_assert_cmpstr (px_sniff_bom ("\xFF\xFEt\0", 4, &bom_len), ==, "UTF-16LE");
  g_assert_cmpuint (bom_len, ==, 2);
  g_assert_cmpstr (px_sniff_bom ("\xFE\xFF\0t", 4, &bom_len), ==, "UTF-16BE");
  g_assert_null (px_sniff_bom ("text", 4, &bom_len));
}

/* The charset of <meta charset> and of http-equiv's content; junk that
 * is no encoding label is not passed on. */
static void
test_meta_charset (void)
{
  const char *plain = "<html><head><meta charset=\"windows-1252\"><title>x</title>";
  const char *equiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">";
  const char *junk = "<meta charset=\"<script>alert(1)</script>\">";
  g_autofree char *a = px_sniff_meta_charset (plain, strlen (plain));
  g_autofree char *b = px_sniff_meta_charset (equiv, strlen (equiv));
  g_autofree char *c = px_sniff_meta_charset (junk, strlen (junk));
  g_autofree char *d = px_sniff_meta_charset ("<p>no meta</p>", 14);

  g_assert_cmpstr (a, ==, "windows-1252");
  g_assert_cmpstr (b, ==, "ISO-8859-1");
  g_assert_null (c);
  g_assert_null (d);
}

/* Curly quotes, the euro and a dash from Windows-1252's 0x80-0x9F;
 * Latin-1 letters above. */
static void
test_windows_1252 (void)
{
  const char bytes[] = "\x93" "Caf\xE9\x94 \x80 5 \x96 6";
  gsize out_len = 0;
  g_autofree char *text = px_decode_windows_1252 (bytes, sizeof bytes - 1, &out_len);

  g_assert_cmpstr (text, ==, "“Café” € 5 – 6");
  g_assert_cmpuint (out_len, ==, strlen (text));
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
test_decode_to_utf8 (void)
{
  const char latin1[] = "na\xEFve";
  g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  gsize out_len = 0;
  g_autofree char *text = px_decode_to_utf8 (latin1, sizeof latin1 - 1, "ISO-8859-1", "a.txt",
                                             &out_len, notices, &error);
  g_autofree char *utf8 = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "naïve");
  g_assert_cmpuint (out_len, ==, strlen ("naïve"));

  /* UTF-8 stays as it is. */
  utf8 = px_decode_to_utf8 ("naïve", strlen ("naïve"), "UTF-8", "b.txt", &out_len, notices, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (utf8, ==, "naïve");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decode/sniff-binary", test_sniff_binary);
  g_test_add_func ("/decode/sniff-html", test_sniff_html);
  g_test_add_func ("/decode/sniff-bom", test_sniff_bom);
  g_test_add_func ("/decode/meta-charset", test_meta_charset);
  g_test_add_func ("/decode/windows-1252", test_windows_1252);
  g_test_add_func ("/decode/to-utf8", test_decode_to_utf8);
  return g_test_run ();
}
