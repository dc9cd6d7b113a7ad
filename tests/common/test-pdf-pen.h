/* test-pdf-pen.h: news text set on PDF pages with cairo, for the tests
 * and benchmarks that read PDFs back
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

typedef struct _TestPen TestPen;

/* Where the pen is and how it sets text.  Fill in the fields a test
 * needs; the others stay zero. */
struct _TestPen {
  cairo_t *cr;
  double left, width, y;    /* the column's left edge and width; the line's baseline */
  double indent;            /* a paragraph's first line starts this far in */
  double pitch;             /* from one baseline to the next */
  gboolean hyphenate;       /* split a long word at a line's end with "-" */
  gboolean blank_line;      /* a blank line after each paragraph */
  guint lines;              /* lines set so far */

  /* Flowing (when @columns is not 0): @columns columns @gap apart,
   * starting from @margin, lines from @top down to @bottom, then a new
   * page with @furniture (running header, page number) drawn on it;
   * no more pages after @last_page (0: no limit). */
  guint columns;
  double margin, gap, top, bottom;
  int column, page, last_page;
  void (*furniture) (cairo_t *cr, int page);
};

gboolean test_pen_set_paragraph (TestPen    *pen,
                                 const char *paragraph);
