/* test-pdf-pen.c: news text set on PDF pages with cairo, for the tests
 * and benchmarks that read PDFs back
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lines are filled word by word as a newspaper sets them: a word that
 * does not fit starts the next line, or, when the pen hyphenates, a long
 * lower-case word is split in the middle with a hyphen, so that a PDF
 * reader has hyphenation at line ends to join again.
 */
#include "test-pdf-pen.h"

#include <string.h>

static double
text_width (cairo_t *cr, const char *text)
{
  cairo_text_extents_t ext;

  cairo_text_extents (cr, text, &ext);
  return ext.x_advance;
}

/* Down one line: down the column, or on to the next column, or to a new
 * page.  FALSE when the last page is full. */
static gboolean
next_line (TestPen *pen)
{
  pen->y += pen->pitch;
  if (pen->columns == 0 || pen->y < pen->bottom)
    return TRUE;
  pen->y = pen->top;
  if ((guint) pen->column + 1 < pen->columns)
    {
      pen->column++;
      pen->left += pen->width + pen->gap;
      return TRUE;
    }
  if (pen->last_page && pen->page >= pen->last_page)
    return FALSE;
  cairo_show_page (pen->cr);
  pen->page++;
  if (pen->furniture)
    pen->furniture (pen->cr, pen->page);
  pen->column = 0;
  pen->left = pen->margin;
  return TRUE;
}

static gboolean
show_line (TestPen *pen, const char *line, double *indent)
{
  cairo_move_to (pen->cr, pen->left + *indent, pen->y);
  cairo_show_text (pen->cr, line);
  *indent = 0;
  pen->lines++;
  return next_line (pen);
}

/* The first half of @word with a hyphen, when @word is long, lower
 * case, not already hyphenated and the half ends on a character's
 * boundary: "negotiations" gives "negoti". */
static char *
hyphenation_head (const char *word)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (word, -1) < 9 || !g_ascii_islower (word[0]) || strchr (word, '-'))
    return NULL;
  head = g_strndup (word, strlen (word) / 2);
  return g_utf8_validate (head, -1, NULL) ? g_steal_pointer (&head) : NULL;
}

/**
 * test_pen_set_paragraph:
 *
 * Sets @paragraph in lines no wider than the pen's column, the first
 * line indented by the pen's indent.
 *
 * Returns: FALSE once the pen has run out of pages
 */
gboolean
test_pen_set_paragraph (TestPen    *pen,
                        const char *paragraph)
{
  g_auto(GStrv) words = g_strsplit (paragraph, " ", -1);
  g_autoptr(GString) line = g_string_new (NULL);
  double indent = pen->indent;

  for (guint i = 0; words[i]; i++)
    {
      g_autofree char *candidate = NULL;
      g_autofree char *head = NULL;

      if (!*words[i])
        continue;
      candidate = line->len ? g_strconcat (line->str, " ", words[i], NULL) : g_strdup (words[i]);
      if (text_width (pen->cr, candidate) <= pen->width - indent)
        {
          g_string_assign (line, candidate);
          continue;
        }
      head = pen->hyphenate ? hyphenation_head (words[i]) : NULL;
      if (head)
        {
          g_autofree char *with = g_strconcat (line->str, line->len ? " " : "", head, "-", NULL);

          if (text_width (pen->cr, with) <= pen->width - indent)
            {
              if (!show_line (pen, with, &indent))
                return FALSE;
              g_string_assign (line, words[i] + strlen (head));
              continue;
            }
        }
      if (!show_line (pen, line->str, &indent))
        return FALSE;
      g_string_assign (line, words[i]);
    }
  if (!show_line (pen, line->str, &indent))
    return FALSE;
  return !pen->blank_line || next_line (pen);
}
