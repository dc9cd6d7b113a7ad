/* px-pdf-layout.c: a PDF's text lines into an article's paragraphs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PDF holds glyphs at positions, not paragraphs.  The reader (px-pdf.c)
 * hands over lines with their boxes; here they are
 *
 *   1. cleared of running headers, footers and page numbers: lines at a
 *      page's top or bottom edge that are a page number, or that recur
 *      (digits aside) at the edge of other pages;
 *   2. put in reading order by cutting each page recursively along the
 *      white space that crosses it (an XY cut): bands from top to bottom,
 *      within a band columns from left to right, so two columns are
 *      never interleaved and a headline across both comes first;
 *   3. joined into paragraphs: a line starts a new paragraph after a
 *      wider gap than the usual line spacing, at a change of type size,
 *      when it is indented, or when the line before it ended a sentence
 *      well short of the column's right edge.  A paragraph carries on
 *      across a column or page break unless the line before ended a
 *      sentence.  A word hyphenated at a line end is joined again.
 *
 * Nothing here reads files: the fuzz harness and the tests feed lines.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "px-pdf-layout.h"

/* How far from a page's top or bottom a running header or footer may be,
 * as a share of the page's height, and how many lines at each edge are
 * looked at. */
#define EDGE_SHARE 0.15
#define EDGE_LINES 3

PxPdfPage *
px_pdf_page_new (double width, double height)
{
  PxPdfPage *page = g_new0 (PxPdfPage, 1);

  page->width = width;
  page->height = height;
  page->lines = g_array_new (FALSE, FALSE, sizeof (PxPdfLine));
  return page;
}

void
px_pdf_page_add_line (PxPdfPage  *page,
                      const char *text,
                      gssize      len,
                      double      x0,
                      double      y0,
                      double      x1,
                      double      y1)
{
  PxPdfLine line;

  if (page->lines->len >= PX_PDF_MAX_LINES_PER_PAGE)
    return;
  /* Boxes from a damaged file: keep the order sane, never trust NaN. */
  if (!isfinite (x0) || !isfinite (y0) || !isfinite (x1) || !isfinite (y1))
    return;
  line.text = g_utf8_make_valid (text, len);
  line.x0 = MIN (x0, x1), line.x1 = MAX (x0, x1);
  line.y0 = MIN (y0, y1), line.y1 = MAX (y0, y1);
  g_array_append_val (page->lines, line);
}

void
px_pdf_page_free (PxPdfPage *page)
{
  if (page == NULL)
    return;
  for (guint i = 0; i < page->lines->len; i++)
    g_free (g_array_index (page->lines, PxPdfLine, i).text);
  g_array_unref (page->lines);
  g_free (page);
}

/* --- running headers, footers, page numbers ------------------------------ */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0xA0)
      return FALSE;
  return TRUE;
}

/* "7", "- 7 -", "Page 7", "Page 7 of 12", "Seite 7 von 12", "7/12", "vii". */
static gboolean
is_page_number (const char *text)
{
  static GRegex *re;

  if (g_once_init_enter (&re))
    {
      GRegex *r = g_regex_new ("^[\\s\\-–—·•|()\\[\\]]*"
                               "(?:(?:page|p\\.|pg\\.?|seite|s\\.)\\s*)?"
                               "(?:[0-9]{1,5}|[ivxlc]{1,7})"
                               "(?:\\s*(?:of|von|/|de|sur)\\s*[0-9]{1,5})?"
                               "[\\s\\-–—·•|()\\[\\]]*$",
                               G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&re, r);
    }
  return strlen (text) < 40 && g_regex_match (re, text, 0, NULL);
}

/* A line's text with digits and case set aside, so "Page 3 – The Daily"
 * and "Page 4 – The Daily" are the same running header. */
static char *
edge_signature (const char *text)
{
  GString *s = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        continue;
      if (g_unichar_isspace (c))
        {
          space = s->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (s, ' ');
      space = FALSE;
      g_string_append_unichar (s, g_unichar_tolower (c));
    }
  return g_string_free (s, FALSE);
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Marks, in @edge (one flag per line), the lines among the topmost and
 * bottommost EDGE_LINES of @page that lie within EDGE_SHARE of its edge. */
static void
mark_edge_lines (PxPdfPage *page, gboolean *edge)
{
  guint n = page->lines->len;
  g_autofree double *tops = g_new (double, MAX (n, 1));
  double top_limit, bottom_limit;

  for (guint i = 0; i < n; i++)
    tops[i] = g_array_index (page->lines, PxPdfLine, i).y0;
  qsort (tops, n, sizeof (double), compare_double);
  top_limit = MIN (tops[MIN (n, EDGE_LINES) - 1], page->height * EDGE_SHARE);
  bottom_limit = MAX (tops[n - MIN (n, EDGE_LINES)], page->height * (1 - EDGE_SHARE));
  for (guint i = 0; i < n; i++)
    {
      const PxPdfLine *l = &g_array_index (page->lines, PxPdfLine, i);

      edge[i] = l->y0 <= top_limit || l->y0 >= bottom_limit;
    }
}

/* Drops page furniture from every page, in place. */
static void
drop_page_furniture (GPtrArray *pages)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) edges = g_ptr_array_new_with_free_func (g_free);

  /* Count on how many pages each edge line's signature occurs. */
  for (guint p = 0; p < pages->len; p++)
    {
      PxPdfPage *page = pages->pdata[p];
      gboolean *edge = g_new0 (gboolean, MAX (page->lines->len, 1));
      g_autoptr(GHashTable) on_page = g_hash_table_new (g_str_hash, g_str_equal);

      g_ptr_array_add (edges, edge);
      if (page->lines->len == 0)
        continue;
      mark_edge_lines (page, edge);
      for (guint i = 0; i < page->lines->len; i++)
        {
          char *sig;
          gpointer count;

          if (!edge[i])
            continue;
          sig = edge_signature (g_array_index (page->lines, PxPdfLine, i).text);
          if (*sig == '\0' || g_hash_table_contains (on_page, sig))
            {
              g_free (sig);
              continue;
            }
          count = g_hash_table_lookup (seen, sig);
          /* replace, not insert: insert would keep the old key and free
           * @sig, which on_page is about to hold. */
          g_hash_table_replace (seen, sig, GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
          g_hash_table_add (on_page, sig);
        }
    }

  for (guint p = 0; p < pages->len; p++)
    {
      PxPdfPage *page = pages->pdata[p];
      gboolean *edge = edges->pdata[p];
      guint w = 0;

      for (guint i = 0; i < page->lines->len; i++)
        {
          PxPdfLine *l = &g_array_index (page->lines, PxPdfLine, i);
          gboolean drop = is_blank (l->text);

          if (!drop && edge[i])
            {
              g_autofree char *sig = edge_signature (l->text);

              drop = is_page_number (l->text) ||
                     (*sig && GPOINTER_TO_UINT (g_hash_table_lookup (seen, sig)) >= 2);
            }
          if (drop)
            g_free (l->text);
          else
            g_array_index (page->lines, PxPdfLine, w++) = *l;
        }
      g_array_set_size (page->lines, w);
    }
}

/* --- reading order -------------------------------------------------------- */

static int
by_top (gconstpointer a, gconstpointer b, gpointer data)
{
  const PxPdfLine *x = *(PxPdfLine * const *) a, *y = *(PxPdfLine * const *) b;

  return (x->y0 > y->y0) - (x->y0 < y->y0);
}

static int
by_left (gconstpointer a, gconstpointer b, gpointer data)
{
  const PxPdfLine *x = *(PxPdfLine * const *) a, *y = *(PxPdfLine * const *) b;

  return (x->x0 > y->x0) - (x->x0 < y->x0);
}

static double
line_height (const PxPdfLine *l)
{
  return MAX (l->y1 - l->y0, 1.0);
}

/* The widest white space crossing @lines[0..n) (sorted by @vertical ?
 * left : top edge) from side to side: -1 when there is none.  Lines that
 * overlap by less than a fifth of a line are leading apart, not one band. */
static double
widest_gap (PxPdfLine **lines, guint n, gboolean vertical, double min_h)
{
  double end = vertical ? lines[0]->x1 : lines[0]->y1, best = -1;

  for (guint i = 1; i < n; i++)
    {
      double start = vertical ? lines[i]->x0 : lines[i]->y0;

      if (vertical ? start > end : start > end - 0.2 * min_h)
        best = MAX (best, MAX (start - end, 0));
      end = MAX (end, vertical ? lines[i]->x1 : lines[i]->y1);
    }
  return best;
}

static void xy_cut (PxPdfLine **lines, guint n, GPtrArray *out);

/* Lines with no white space to cut along (@lines sorted by top edge):
 * those that overlap in height (pieces of one line in different type)
 * left to right, rows top to bottom. */
static void
order_rows (PxPdfLine **lines, guint n, GPtrArray *out)
{
  guint start = 0;

  for (guint i = 1; i <= n; i++)
    if (i == n || lines[i]->y0 >= lines[start]->y0 + 0.5 * line_height (lines[start]))
      {
        g_qsort_with_data (lines + start, i - start, sizeof (PxPdfLine *), by_left, NULL);
        for (guint j = start; j < i; j++)
          g_ptr_array_add (out, lines[j]);
        start = i;
      }
}

/* Cuts @lines[0..n) wherever the gap is at least @size and orders each
 * part in turn. */

static void
cut_at (PxPdfLine **lines, guint n, gboolean vertical, double size, double min_h, GPtrArray *out)
{
  double end = vertical ? lines[0]->x1 : lines[0]->y1;
  guint start = 0;

  for (guint i = 1; i <= n; i++)
    {
      if (i < n)
        {
          double edge = vertical ? lines[i]->x0 : lines[i]->y0;
          gboolean gap = vertical ? edge > end : edge > end - 0.2 * min_h;

          if (!(gap && MAX (edge - end, 0) >= size - 0.5))
            {
              end = MAX (end, vertical ? lines[i]->x1 : lines[i]->y1);
              continue;
            }
        }
      if (start == 0 && i == n)
        {
          /* No cut after all (boxes at infinity): never recurse on the same lines. */
          g_qsort_with_data (lines, n, sizeof (PxPdfLine *), by_top, NULL);
          order_rows (lines, n, out);
          return;
        }
      xy_cut (lines + start, i - start, out);
      start = i;
      if (i < n)
        end = vertical ? lines[i]->x1 : lines[i]->y1;
    }
}

/* Orders @lines[0..n) into @out by recursive cuts along the widest white
 * space: a gutter between columns (counted double: columns are what
 * reading order is about) before the space between rows, so two columns
 * are read one after the other, and a headline across both, set apart
 * by more space than the lines' leading, comes before them. */
static void
xy_cut (PxPdfLine **lines, guint n, GPtrArray *out)
{
  double min_h = G_MAXDOUBLE, across, down;

  if (n == 0)
    return;
  if (n == 1)
    {
      g_ptr_array_add (out, lines[0]);
      return;
    }
  for (guint i = 0; i < n; i++)
    min_h = MIN (min_h, line_height (lines[i]));

  g_qsort_with_data (lines, n, sizeof (PxPdfLine *), by_left, NULL);
  down = widest_gap (lines, n, TRUE, min_h);
  g_qsort_with_data (lines, n, sizeof (PxPdfLine *), by_top, NULL);
  across = widest_gap (lines, n, FALSE, min_h);

  if (down >= 0 && 2 * down >= across)
    {
      g_qsort_with_data (lines, n, sizeof (PxPdfLine *), by_left, NULL);
      cut_at (lines, n, TRUE, down, min_h, out);
      return;
    }
  if (across >= 0)
    {
      cut_at (lines, n, FALSE, across, min_h, out);
      return;
    }

  order_rows (lines, n, out);
}

/* --- paragraphs ----------------------------------------------------------- */

static gunichar
last_char (const char *text)
{
  const char *end = text + strlen (text);

  while (end > text)
    {
      const char *prev = g_utf8_find_prev_char (text, end);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isspace (c))
        return c;
      end = prev;
    }
  return 0;
}

static gunichar
first_char (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return g_utf8_get_char (p);
  return 0;
}

static gboolean
ends_sentence (const char *text)
{
  gunichar c = last_char (text);

  return c && strchr (".!?:;", c < 0x80 ? (int) c : 1) != NULL ? TRUE :
         c == 0x201D || c == 0x2019 || c == 0xBB || c == '"' || c == ')' || c == 0x2026;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x00AD || c == 0x2010;
}

/* Appends @line's text to @para, with a space, or joining a word
 * hyphenated at the end of what is there. */
static void
join_line (GString *para, const char *line)
{
  const char *text = line;
  gunichar next;

  while (*text == ' ' || *text == '\t')
    text++;
  while (para->len > 0 && para->str[para->len - 1] == ' ')
    g_string_truncate (para, para->len - 1);
  next = first_char (text);
  if (para->len > 0)
    {
      const char *end = para->str + para->len;
      const char *h = g_utf8_find_prev_char (para->str, end);
      const char *before = h ? g_utf8_find_prev_char (para->str, h) : NULL;
      gunichar hc = h ? g_utf8_get_char (h) : 0;

      if (is_hyphen (hc) && before && g_unichar_isalpha (g_utf8_get_char (before)))
        {
          /* "inter-" + "national": the hyphen only broke the word; before
           * a capital or a digit ("anti-" + "American") it is the word's. */
          if (g_unichar_islower (next) || hc == 0x00AD)
            g_string_truncate (para, h - para->str);
        }
      else
        g_string_append_c (para, ' ');
    }
  /* Collapse runs of spaces the reader put between words. */
  for (const char *p = text; *p; p++)
    if (!(*p == ' ' && para->len > 0 && para->str[para->len - 1] == ' '))
      g_string_append_c (para, *p == '\t' ? ' ' : *p);
}

static void
end_paragraph (GString *para, GPtrArray *out)
{
  while (para->len > 0 && para->str[para->len - 1] == ' ')
    g_string_truncate (para, para->len - 1);
  if (para->len > 0)
    g_ptr_array_add (out, g_strdup (para->str));
  g_string_truncate (para, 0);
}

/* The usual distance from one line's top to the next in a column: the
 * median over lines that follow each other closely. */
static double
usual_pitch (GPtrArray *order)
{
  g_autoptr(GArray) pitches = g_array_new (FALSE, FALSE, sizeof (double));
  double median;

  for (guint i = 1; i < order->len; i++)
    {
      const PxPdfLine *a = order->pdata[i - 1], *b = order->pdata[i];
      double pitch = b->y0 - a->y0;

      if (pitch > 0.5 * line_height (a) && pitch < 3 * line_height (a) &&
          b->x0 < a->x1 && a->x0 < b->x1)
        g_array_append_val (pitches, pitch);
    }
  if (pitches->len == 0)
    return 0;
  qsort (pitches->data, pitches->len, sizeof (double), compare_double);
  median = g_array_index (pitches, double, (pitches->len - 1) / 2);
  return median;
}

GPtrArray *
px_pdf_layout_paragraphs (GPtrArray *pages)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GArray) page_of = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) para = g_string_new (NULL);
  double pitch, column_right = 0;

  g_return_val_if_fail (pages != NULL, out);

  drop_page_furniture (pages);
  for (guint p = 0; p < pages->len; p++)
    {
      PxPdfPage *page = pages->pdata[p];
      g_autofree PxPdfLine **lines = g_new (PxPdfLine *, MAX (page->lines->len, 1));
      guint before = order->len;

      for (guint i = 0; i < page->lines->len; i++)
        lines[i] = &g_array_index (page->lines, PxPdfLine, i);
      xy_cut (lines, page->lines->len, order);
      for (guint i = before; i < order->len; i++)
        g_array_append_val (page_of, p);
    }

  pitch = usual_pitch (order);
  for (guint i = 0; i < order->len; i++)
    {
      const PxPdfLine *l = order->pdata[i];
      const PxPdfLine *prev = i > 0 ? order->pdata[i - 1] : NULL;
      gboolean new_paragraph = FALSE;

      if (prev)
        {
          double h = line_height (prev);
          gboolean same_page = g_array_index (page_of, guint, i) == g_array_index (page_of, guint, i - 1);
          gboolean below = same_page && l->y0 > prev->y0 + 0.5 * h;
          gboolean overlapping = l->x0 < prev->x1 && prev->x0 < l->x1;

          if (below && overlapping)
            {
              double gap = l->y0 - prev->y0;

              column_right = MAX (column_right, prev->x1);
              if (pitch > 0 ? gap > 1.4 * pitch : gap > 2 * h)
                new_paragraph = TRUE;
              else if (fabs (line_height (l) - h) > 0.2 * h)
                new_paragraph = TRUE;
              else if (l->x0 > prev->x0 + 0.8 * h)
                new_paragraph = TRUE;
              else if (ends_sentence (prev->text) &&
                       prev->x1 < column_right - MAX (3 * h, 0.15 * (column_right - prev->x0)))
                new_paragraph = TRUE;
            }
          else if (same_page && !below && fabs (l->y0 - prev->y0) < 0.5 * h)
            new_paragraph = FALSE;   /* another piece of the same line */
          else
            {
              /* A new column or page: the paragraph goes on unless a
               * sentence ended. */
              new_paragraph = ends_sentence (prev->text) && !g_unichar_islower (first_char (l->text));
              column_right = 0;
            }
        }
      if (new_paragraph)
        end_paragraph (para, out);
      join_line (para, l->text);
    }
  end_paragraph (para, out);
  return out;
}
