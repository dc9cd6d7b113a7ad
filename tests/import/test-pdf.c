/* test-pdf.c: articles from PDF files: reading order, columns, running
 * headers and footers, hyphenation, paragraphs, metadata, scans
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDFs are drawn here with cairo, from paragraphs set down in this
 * file: what comes out must be those paragraphs again.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "px-formats.h"
#include "px-import.h"
#include "px-pdf-layout.h"
#include "test-pdf-pen.h"

#define PAGE_W 595.0
#define PAGE_H 842.0
#define FONT 10.0
#define PITCH 13.0

static const char *story[] = {
  "Foreign ministers of six countries met in Vienna on Tuesday for a third round of negotiations "
  "about the future of the uranium enrichment programme, which both sides described as constructive.",
  "The talks, which diplomats said were held in an unusually relaxed atmosphere, ended without an "
  "agreement but with a commitment to meet again before the summer recess of the international bodies.",
  "“We have made progress on the questions that matter most,” one of the negotiators told reporters "
  "outside the hotel. “Nothing is agreed until everything is agreed.”",
  "Observers cautioned that considerable differences remain over inspections and the sequencing of "
  "sanctions relief, points that have derailed earlier rounds of these complicated discussions.",
};

static cairo_t *
new_pdf (const char *path, cairo_surface_t **surface)
{
  cairo_t *cr;

  *surface = cairo_pdf_surface_create (path, PAGE_W, PAGE_H);
  cr = cairo_create (*surface);
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, FONT);
  return cr;
}

static void
page_furniture (cairo_t *cr, int page)
{
  char number[32];

  cairo_move_to (cr, 60, 36);
  cairo_show_text (cr, "THE EXAMPLE GAZETTE · World news");
  g_snprintf (number, sizeof number, "Page %d", page);
  cairo_move_to (cr, PAGE_W / 2 - 15, PAGE_H - 30);
  cairo_show_text (cr, number);
}

static GPtrArray *
import_pdf (const char *path, GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return px_import_file_articles (file, NULL, error);
}

static char *
paragraphs_of (PxDocument *doc)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < px_document_get_n_paragraphs (doc); i++)
    {
      g_autofree char *p = px_document_dup_paragraph_text (doc, i);

      g_string_append_printf (s, "%s%s", i ? "\n" : "", p);
    }
  return g_string_free (s, FALSE);
}

static char *
expected (const char *headline, const char * const *paragraphs, guint n)
{
  GString *s = g_string_new (headline);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s", s->len ? "\n" : "", paragraphs[i]);
  return g_string_free (s, FALSE);
}

/* One column over two pages, paragraphs set apart by space, words
 * hyphenated at line ends, a running header and page numbers: the story
 * comes back as written, the furniture gone, the metadata read. */
static void
test_one_column (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "story.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autofree char *got = NULL, *want = NULL;
  cairo_surface_t *surface;
  cairo_t *cr = new_pdf (path, &surface);
  TestPen pen = { .cr = cr, .left = 72, .width = 230, .pitch = PITCH, .hyphenate = TRUE };

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, "Vienna talks end without a deal");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Jane Example");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, "2014-03-12T10:00:00Z");
  page_furniture (cr, 1);
  cairo_set_font_size (cr, 18);
  cairo_move_to (cr, 72, 90);
  cairo_show_text (cr, "Vienna talks end without a deal");
  cairo_set_font_size (cr, FONT);
  pen.y = 130;
  for (guint i = 0; i < 2; i++)
    {
      guint before = pen.lines;

      test_pen_set_paragraph (&pen, story[i]);
      g_assert_cmpuint (pen.lines - before, >=, 3);
      pen.y += 8;
    }
  cairo_show_page (cr);
  page_furniture (cr, 2);
  pen.y = 90;
  for (guint i = 2; i < G_N_ELEMENTS (story); i++)
    {
      test_pen_set_paragraph (&pen, story[i]);
      pen.y += 8;
    }
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  docs = import_pdf (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 1);
  got = paragraphs_of (docs->pdata[0]);
  want = expected ("Vienna talks end without a deal", story, G_N_ELEMENTS (story));
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpstr (px_document_get_headline (docs->pdata[0]), ==, "Vienna talks end without a deal");
  g_assert_cmpstr (px_document_get_author (docs->pdata[0]), ==, "Jane Example");
  g_assert_cmpstr (px_document_get_date (docs->pdata[0]), ==, "2014-03-12");
  g_assert_cmpstr (px_document_get_source (docs->pdata[0]), ==, path);

  g_remove (path);
  g_rmdir (dir);
}

/* Two columns with a headline across both, paragraphs marked by a
 * first-line indent only: the left column is read before the right, and
 * a paragraph that runs on into the right column stays one. */
static void
test_two_columns (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "columns.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autofree char *got = NULL, *want = NULL;
  cairo_surface_t *surface;
  cairo_t *cr = new_pdf (path, &surface);
  double col_w = 220;

  cairo_set_font_size (cr, 20);
  cairo_move_to (cr, 60, 80);
  cairo_show_text (cr, "Ministers agree to meet again in Vienna");
  cairo_set_font_size (cr, FONT);

  /* The left column holds the first paragraph and the start of the
   * second; the right column the rest. */
  {
    TestPen left = { .cr = cr, .left = 60, .width = col_w, .y = 120, .indent = 14, .pitch = PITCH };
    TestPen right = { .cr = cr, .left = 60 + col_w + 35, .width = col_w, .y = 120, .pitch = PITCH };
    g_auto(GStrv) words = g_strsplit (story[1], " ", -1);
    guint half = g_strv_length (words) / 2;
    g_autofree char *first_half = NULL, *second_half = NULL;
    char *saved = words[half];

    words[half] = NULL;
    first_half = g_strjoinv (" ", words);
    words[half] = saved;
    second_half = g_strjoinv (" ", words + half);

    test_pen_set_paragraph (&left, story[0]);
    test_pen_set_paragraph (&left, first_half);
    test_pen_set_paragraph (&right, second_half);   /* runs on: no indent */
    right.indent = 14;
    test_pen_set_paragraph (&right, story[2]);
  }
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  docs = import_pdf (path, &error);
  g_assert_no_error (error);
  got = paragraphs_of (docs->pdata[0]);
  if (g_test_verbose ()) g_printerr ("%s\n", got);
  /* Reading order: every word of the left column before any of the right. */
  g_assert_nonnull (strstr (got, "Ministers agree to meet again in Vienna\nForeign ministers"));
  g_assert_true (strstr (got, "constructive.") < strstr (got, "summer recess"));
  g_assert_true (strstr (got, "summer recess") < strstr (got, "made progress"));
  /* No line of the right column got in between the left column's. */
  g_assert_nonnull (strstr (got, story[0]));
  want = expected ("Ministers agree to meet again in Vienna", story, 3);
  g_assert_cmpstr (got, ==, want);

  g_remove (path);
  g_rmdir (dir);
}

/* Pages of two columns full of news text, paragraphs set apart by a
 * blank line, words hyphenated at line ends, a running header and a page
 * number: every paragraph comes back whole, none run into another
 * column's.  (poppler runs the last line of a column straight on into
 * the first of the next on some of these pages, without a space: one
 * box around both spanned both columns and the reading order was lost.) */
static void
test_full_columns (void)
{
  static const char * const articles[] = { "2-cnn.txt", "4-fox8.txt", "5-cnsnews.txt" };
  g_autofree char *dir = g_dir_make_tmp ("parallax-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "gazette.pdf", NULL);
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) flat = g_string_new (NULL);
  cairo_surface_t *surface;
  cairo_t *cr = new_pdf (path, &surface);
  TestPen pen = {
    .cr = cr, .left = 50, .width = (PAGE_W - 120) / 2, .y = 70, .pitch = PITCH,
    .hyphenate = TRUE, .blank_line = TRUE,
    .columns = 2, .margin = 50, .gap = 20, .top = 70, .bottom = PAGE_H - 60,
    .page = 1, .furniture = page_furniture,
  };
  guint missing = 0;

  for (guint a = 0; a < G_N_ELEMENTS (articles); a++)
    {
      g_autofree char *file = g_build_filename (PX_SAMPLES_DIR, articles[a], NULL);
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;

      g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
      lines = g_strsplit (text, "\n", -1);
      for (guint i = 0; lines[i]; i++)
        if (g_utf8_strlen (g_strstrip (lines[i]), -1) >= 40)
          g_ptr_array_add (paragraphs, g_strdup (lines[i]));
    }
  cairo_set_font_size (cr, 9);
  page_furniture (cr, 1);
  for (guint i = 0; i < paragraphs->len; i++)
    test_pen_set_paragraph (&pen, paragraphs->pdata[i]);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_cmpint (pen.page, >=, 4);

  docs = import_pdf (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < px_document_get_n_paragraphs (docs->pdata[0]); i++)
    {
      g_autofree char *p = px_document_dup_paragraph_text (docs->pdata[0], i);

      g_string_append_printf (flat, "%s ", p);
    }
  for (guint i = 0; i < paragraphs->len; i++)
    if (strstr (flat->str, paragraphs->pdata[i]) == NULL)
      {
        g_test_message ("not found whole: %s", (char *) paragraphs->pdata[i]);
        missing++;
      }
  g_assert_cmpuint (missing, ==, 0);
  g_remove (path);
  g_rmdir (dir);
}

/* A scan: pages with an image and no text layer. */
static void
test_scan (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "scan.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  cairo_surface_t *surface;
  cairo_t *cr = new_pdf (path, &surface);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 200, 280);
  cairo_t *ic = cairo_create (image);

  cairo_set_source_rgb (ic, 0.9, 0.9, 0.85);
  cairo_paint (ic);
  cairo_set_source_rgb (ic, 0.1, 0.1, 0.1);
  for (int y = 20; y < 260; y += 12)
    cairo_rectangle (ic, 20, y, 160, 5);
  cairo_fill (ic);
  cairo_destroy (ic);
  cairo_scale (cr, 2.5, 2.5);
  cairo_set_source_surface (cr, image, 10, 10);
  cairo_paint (cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  cairo_surface_destroy (image);

  docs = import_pdf (path, &error);
  g_assert_null (docs);
  g_assert_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "scan.pdf"));
  g_assert_nonnull (strstr (error->message, "OCR"));
  g_remove (path);
  g_rmdir (dir);
}

static void
add (PxPdfPage *page, const char *text, double x, double y)
{
  px_pdf_page_add_line (page, text, -1, x, y - 9, x + 6 * strlen (text), y + 3);
}

static char *
layout (GPtrArray *pages)
{
  g_autoptr(GPtrArray) paragraphs = px_pdf_layout_paragraphs (pages);

  g_ptr_array_add (paragraphs, NULL);
  return g_strjoinv ("|", (char **) paragraphs->pdata);
}

/* The joining rules, on lines laid out by hand. */
static void
test_layout_rules (void)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) px_pdf_page_free);
  PxPdfPage *page = px_pdf_page_new (PAGE_W, PAGE_H);
  g_autofree char *got = NULL;

  g_ptr_array_add (pages, page);
  /* A hyphen before a small letter broke a word; before a capital it is
   * the word's own ("anti-American"); soft hyphens always go. */
  add (page, "the inter-", 60, 100);
  add (page, "national community and anti-", 60, 113);
  add (page, "American feeling in the coun\xc2\xad", 60, 126);
  add (page, "try grew.", 60, 139);
  /* A wider gap starts a paragraph; so does an indent. */
  add (page, "Second paragraph starts here and goes on.", 60, 170);
  add (page, "Third, indented.", 80, 183);
  got = layout (pages);
  g_assert_cmpstr (got, ==, "the international community and anti-American feeling in the country grew."
                   "|Second paragraph starts here and goes on.|Third, indented.");
}

/* Running headers recur at the top of each page with their page number;
 * a line that looks the same in the middle of a page is text. */
static void
test_layout_furniture (void)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) px_pdf_page_free);
  g_autofree char *got = NULL;

  for (int p = 1; p <= 3; p++)
    {
      PxPdfPage *page = px_pdf_page_new (PAGE_W, PAGE_H);
      g_autofree char *header = g_strdup_printf ("Example Gazette, %d March 2014, page %d", 10 + p, p);
      g_autofree char *body = g_strdup_printf ("Body text of page %d.", p);
      g_autofree char *footer = g_strdup_printf ("- %d -", p);

      add (page, header, 60, 30);
      add (page, body, 60, 400);
      add (page, footer, 280, 820);
      g_ptr_array_add (pages, page);
    }
  got = layout (pages);
  g_assert_cmpstr (got, ==, "Body text of page 1.|Body text of page 2.|Body text of page 3.");
}

/* A damaged file, a file with no pages: one-line refusals naming it. */
static void
test_damaged (void)
{
  static const char truncated[] = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                                  "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (truncated, sizeof truncated - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = px_import_bytes_articles (bytes, "broken.pdf", &error);

  g_assert_null (docs);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "broken.pdf"));
  g_assert_null (strchr (error->message, '\n'));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/one-column", test_one_column);
  g_test_add_func ("/pdf/two-columns", test_two_columns);
  g_test_add_func ("/pdf/full-columns", test_full_columns);
  g_test_add_func ("/pdf/scan", test_scan);
  g_test_add_func ("/pdf/damaged", test_damaged);
  g_test_add_func ("/pdf/layout-rules", test_layout_rules);
  g_test_add_func ("/pdf/layout-furniture", test_layout_furniture);
  return g_test_run ();
}
