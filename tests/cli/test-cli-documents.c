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
#include <string.h>

#include "cli-run.h"

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

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("parallax-cli-documents-XXXXXX", NULL);

  g_test_add_func ("/cli/documents/pdf-text", test_pdf_text);
  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *entry;

    while (dir && (entry = g_dir_read_name (dir)))
      {
        g_autofree char *path = g_build_filename (tmpdir, entry, NULL);
        g_remove (path);
      }
    g_rmdir (tmpdir);
  }
  return status;
}
