/* px-pdf-layout.h: a PDF's text lines into an article's paragraphs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One line of text as the PDF reader found it, with its box in points
 * from the page's top left corner. */
typedef struct {
  char *text;            /* UTF-8, one line, owned */
  double x0, y0, x1, y1;
} PxPdfLine;

typedef struct {
  double width, height;
  GArray *lines;         /* of PxPdfLine, in any order */
} PxPdfPage;

/* Lines read on one page beyond this are dropped: no article page holds
 * that many, and ordering them costs more than linear time. */
#define PX_PDF_MAX_LINES_PER_PAGE 4000

PxPdfPage *px_pdf_page_new        (double     width,
                                   double     height);
void       px_pdf_page_add_line   (PxPdfPage  *page,
                                   const char *text,
                                   gssize      len,
                                   double      x0,
                                   double      y0,
                                   double      x1,
                                   double      y1);
void       px_pdf_page_free       (PxPdfPage  *page);

/* Puts the lines of @pages (a GPtrArray of PxPdfPage) in reading order,
 * column by column, drops running headers, footers and page numbers,
 * joins words hyphenated at line ends and rebuilds paragraphs.
 * Returns: (transfer full): the paragraphs, one string each (single
 * line), possibly none. */
GPtrArray *px_pdf_layout_paragraphs (GPtrArray *pages);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxPdfPage, px_pdf_page_free)

G_END_DECLS
