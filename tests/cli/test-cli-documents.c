/* test-cli-documents.c: parallax-cli on PDF, Word and OpenDocument files
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files are made here (cairo for PDF), with text of our own.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "cli-run.h"
#include "test-http.h"

static char *tmpdir;

static char *
make_pdf (const char *name, const char * const *lines, gboolean text)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 10);
  for (guint i = 0; text && lines[i]; i++)
    {
      cairo_move_to (cr, 72, 100 + 13 * i + (i > 0 ? 12 : 0));
      cairo_show_text (cr, lines[i]);
    }
  if (!text)
    {
      cairo_rectangle (cr, 72, 72, 400, 600);
      cairo_fill (cr);
    }
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return path;
}

/* A PDF's text comes out like any article's, its lines joined into
 * paragraphs; the PDF reader is loaded for it alone. */
static void
test_pdf_text (void)
{
  const char *lines[] = {
    "Ministers meet again",
    "The ministers met in Vienna on Tuesday and agreed",
    "to meet again before the summer recess.",
    NULL,
  };
  g_autofree char *pdf = make_pdf ("talks.pdf", lines, TRUE);
  g_autofree char *scan = make_pdf ("scan.pdf", lines, FALSE);
  g_auto(Run) run = { 0 };
  g_auto(Run) refused = { 0 };

  run_cli (&run, "text", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "Ministers meet again\n\nThe ministers met in Vienna on Tuesday and agreed "
                   "to meet again before the summer recess.\n");

  run_cli (&refused, "text", scan, NULL);
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_cmpstr (refused.out, ==, "");
  g_assert_nonnull (strstr (refused.err, "scan.pdf"));
  g_assert_nonnull (strstr (refused.err, "OCR"));
  g_assert_cmpint (strchr (refused.err, '\n') - refused.err, ==, strlen (refused.err) - 1);
}

static const char nexis[] =
  "Documents (3)\n\n"
  "Talks in Vienna end without deal\n\nThe Example Times\n\nMarch 12, 2014 Wednesday\n\n"
  "Length: 80 words\n\nByline: Jane Example\n\nBody\n\n"
  "Foreign ministers met in Vienna on Tuesday. \u201cWe made progress,\u201d the minister said.\n\n"
  "Load-Date: March 13, 2014\n\nEnd of Document\n\n"
  "Ministers agree to meet again\n\nDaily Example\n\nMarch 12, 2014 Wednesday\n\nBody\n\n"
  "Ministers met in Vienna on Tuesday. \u201cWe made progress,\u201d the minister said.\n\n"
  "End of Document\n\n"
  "No deal, but talks go on\n\nExample Herald\n\n13 March 2014\n\nBody\n\n"
  "The talks will go on, officials said.\n\nEnd of Document\n";

/* A news-database export: one article by FILE#N, all with --split, and
 * a clear refusal otherwise, in every command that takes files. */
static void
test_export (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "nexis.txt", NULL);
  g_autofree char *second = g_strconcat (path, "#2", NULL);
  g_autofree char *ninth = g_strconcat (path, "#9", NULL);
  g_auto(Run) refused = { 0 };
  g_auto(Run) one = { 0 };
  g_auto(Run) info = { 0 };
  g_auto(Run) compare = { 0 };
  g_auto(Run) quotes = { 0 };
  g_auto(Run) missing = { 0 };

  g_assert_true (g_file_set_contents (path, nexis, -1, NULL));

  run_cli (&refused, "text", path, NULL);
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_nonnull (strstr (refused.err, "nexis.txt"));
  g_assert_nonnull (strstr (refused.err, "3"));
  g_assert_nonnull (strstr (refused.err, "--split"));
  g_assert_cmpint (strchr (refused.err, '\n') - refused.err, ==, strlen (refused.err) - 1);

  run_cli (&one, "text", second, NULL);
  g_assert_cmpint (one.status, ==, 0);
  g_assert_cmpstr (one.out, ==, "Ministers agree to meet again\n\nMinisters met in Vienna on Tuesday. "
                   "\u201cWe made progress,\u201d the minister said.\n");

  run_cli (&info, "info", "--split", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_nonnull (strstr (info.out, "The Example Times\n"));
  g_assert_nonnull (strstr (info.out, "Daily Example\n"));
  g_assert_nonnull (strstr (info.out, "Example Herald\n"));
  g_assert_nonnull (strstr (info.out, "nexis.txt#3"));

  run_cli (&compare, "compare", "--split", "--reference=2", path, NULL);
  g_assert_cmpint (compare.status, <=, 1);
  g_assert_cmpstr (compare.err, ==, "");
  g_assert_nonnull (strstr (compare.out, "Daily Example"));

  run_cli (&quotes, "quotes", "--split", path, NULL);
  g_assert_cmpint (quotes.status, ==, 0);
  g_assert_nonnull (strstr (quotes.out, "We made progress"));

  run_cli (&missing, "text", ninth, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "nexis.txt"));
  g_assert_nonnull (strstr (missing.err, "9"));
}

static void
serve (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query, gpointer data)
{
  static const char page[] =
    "<html><head><meta property=\"og:site_name\" content=\"Example News\">"
    "<title>Bridge to reopen</title></head><body><article><h1>Bridge to reopen</h1>"
    "<p>The river bridge will reopen to traffic in April, the council said.</p></article></body></html>";

  if (g_str_equal (path, "/article"))
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

/* Web addresses, from a server on 127.0.0.1 that the test runs. */
static void
test_address (void)
{
  TestHttpServer *server = test_http_server_start (serve, NULL);
  g_autofree char *article = g_strconcat (test_http_server_get_base (server), "article", NULL);
  g_autofree char *missing = g_strconcat (test_http_server_get_base (server), "missing", NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) gone = { 0 };

  run_cli (&run, "text", article, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Bridge to reopen\n\nThe river bridge will reopen to traffic in April, the council said.\n");

  run_cli (&gone, "info", missing, NULL);
  g_assert_cmpint (gone.status, ==, 2);
  g_assert_nonnull (strstr (gone.err, missing));
  g_assert_nonnull (strstr (gone.err, "404"));

  test_http_server_stop (server);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("parallax-cli-documents-XXXXXX", NULL);

  g_test_add_func ("/cli/documents/pdf-text", test_pdf_text);
  g_test_add_func ("/cli/documents/export", test_export);
  g_test_add_func ("/cli/documents/address", test_address);
  status = g_test_run ();

  remove_tmpdir (tmpdir);
  return status;
}
