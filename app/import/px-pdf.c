/* px-pdf.c: an article from a PDF file, with poppler-glib
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * poppler finds the text lines and their boxes; their order, the page
 * furniture and the paragraphs are worked out in px-pdf-layout.c.  Title,
 * author and date come from the document's information dictionary, when
 * it holds something better than a file name.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <poppler.h>
#include <string.h>

#include "px-formats.h"
#include "px-import.h"
#include "px-pdf-layout.h"

/* Pages past this are not read: a book, not an article or an export. */
#define PX_PDF_MAX_PAGES 2000

/* Titles that tools write for the user: a file name, a template's. */
static gboolean
is_useful_title (const char *title)
{
  static const char * const junk_suffixes[] = { ".doc", ".docx", ".odt", ".pdf", ".indd", ".qxd", ".rtf", ".txt" };
  g_autofree char *lower = NULL;

  if (title == NULL)
    return FALSE;
  lower = g_utf8_strdown (title, -1);
  g_strstrip (lower);
  if (*lower == '\0' || g_str_has_prefix (lower, "microsoft word - ") ||
      g_str_equal (lower, "untitled") || g_str_equal (lower, "unbenannt"))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (junk_suffixes); i++)
    if (g_str_has_suffix (lower, junk_suffixes[i]))
      return FALSE;
  return TRUE;
}

/* Cuts @page's text into lines, each with the box of its visible
 * characters. */
static PxPdfPage *
read_page (PopplerPage *page)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0, k = 0;
  double width, height;
  PxPdfPage *out;
  const char *line = NULL, *p;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  poppler_page_get_size (page, &width, &height);
  out = px_pdf_page_new (width, height);
  if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    return out;

  /* One box per character of the text, line ends included. */
  for (p = text; ; p = g_utf8_next_char (p), k++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\0')
        {
          if (line && x1 >= x0)
            px_pdf_page_add_line (out, line, p - line, x0, y0, x1, y1);
          line = NULL;
          x0 = y0 = G_MAXDOUBLE, x1 = y1 = -G_MAXDOUBLE;
          if (c == '\0')
            break;
          continue;
        }
      if (line == NULL)
        line = p;
      if (k < n_rects && !g_unichar_isspace (c))
        {
          /* A gap wider than a line is high is a gutter poppler read
           * across: the columns' lines are cut apart here, and ordered by
           * px-pdf-layout.c.  So is a character on another row: poppler
           * sometimes runs the last line of one column straight on into
           * the first of the next (no space, no line end between), and
           * one box around both would span both columns and every row
           * between, and leave no gutter to cut along. */
          double h = rects[k].y2 - rects[k].y1;
          gboolean same_row = rects[k].y1 < y1 && rects[k].y2 > y0;

          if (x1 >= x0 && (!same_row || rects[k].x1 - x1 > 0.8 * h))
            {
              px_pdf_page_add_line (out, line, p - line, x0, y0, x1, y1);
              line = p;
              x0 = y0 = G_MAXDOUBLE, x1 = y1 = -G_MAXDOUBLE;
            }
          x0 = MIN (x0, rects[k].x1), x1 = MAX (x1, rects[k].x2);
          y0 = MIN (y0, rects[k].y1), y1 = MAX (y1, rects[k].y2);
        }
    }
  return out;
}

/**
 * px_pdf_extract:
 *
 * The text of a PDF file in reading order, and its metadata.  A PDF
 * with pages but no text (a scan) is refused with a message saying so.
 */
PxExtract *
px_pdf_extract (const char  *data,
                gsize        size,
                const char  *name,
                GPtrArray   *notices,
                GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) local = NULL;
  PopplerDocument *doc = NULL;
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) px_pdf_page_free);
  g_autoptr(PxExtract) extract = px_extract_new ();
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *title = NULL;
  int n_pages;

  doc = poppler_document_new_from_bytes (bytes, NULL, &local);
  if (doc == NULL)
    {
      if (g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                     _("“%s” is a PDF locked with a password: unlock it in a PDF viewer and open the unlocked copy"),
                     name);
      else
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                     _("“%s” is a damaged PDF that cannot be read"), name);
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (doc);
  if (n_pages > PX_PDF_MAX_PAGES)
    {
      g_ptr_array_add (notices, g_strdup_printf (_("“%s” has %d pages: only the first %d were read"),
                                                 name, n_pages, PX_PDF_MAX_PAGES));
      n_pages = PX_PDF_MAX_PAGES;
    }
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);

      if (page)
        {
          g_ptr_array_add (pages, read_page (page));
          g_object_unref (page);
        }
    }

  g_ptr_array_unref (extract->paragraphs);
  extract->paragraphs = px_pdf_layout_paragraphs (pages);
  if (extract->paragraphs->len == 0)
    {
      g_object_unref (doc);
      if (n_pages == 0)
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY,
                     _("“%s” is a PDF without pages: there is no article to compare"), name);
      else
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY,
                     _("“%s” is a PDF with no text in it, perhaps a scan: run text recognition (OCR) on it and open the result"),
                     name);
      return NULL;
    }

  title = poppler_document_get_title (doc);
  if (title)
    g_strstrip (title);
  if (is_useful_title (title))
    extract->headline = g_steal_pointer (&title);
  extract->author = poppler_document_get_author (doc);
  if (extract->author && *g_strstrip (extract->author) == '\0')
    g_clear_pointer (&extract->author, g_free);
  created = poppler_document_get_creation_date_time (doc);
  if (created)
    extract->date = g_date_time_format (created, "%Y-%m-%d");
  g_object_unref (doc);
  return g_steal_pointer (&extract);
}
