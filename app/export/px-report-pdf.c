/* px-report-pdf.c: a report laid out on pages: PDF and printing
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report's blocks become "slabs": horizontal bands of one or more
 * text columns (a PangoLayout each), or a drawn heat map.  Pagination
 * places slabs down the page; a slab that does not fit is cut between
 * two lines of each column and goes on on the next page, so a long
 * paragraph breaks cleanly and nothing is cut off.  Layouts are made in
 * a context of our own at 72 dpi without hinting, so sizes are points
 * whatever surface draws them: the PDF writer and the window's
 * GtkPrintOperation share px_report_pages_draw().
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "px-report.h"

#define MARGIN_SIDE     50.0
#define MARGIN_TOP      62.0
#define MARGIN_BOTTOM   50.0
#define HEADER_BASE     34.0    /* the running header's baseline from the top */
#define COLUMN_GAP      14.0
#define BAR_WIDTH        2.5
#define BAR_GAP          5.0
#define ROW_GAP          7.0
#define LINE_GUTTER     16.0    /* a handout's line numbers */
#define LINE_NUMBER_EVERY 5
#define CELL_PAD         3.0
#define MIN_LINES_BEFORE_BREAK 2
#define SHORT_TABLE_ROWS 12

#define FONT_BODY    "Sans 9"
#define FONT_ALIGNED "Sans 8.5"
#define FONT_SMALL   "Sans 8"
#define FONT_PAGE_ONE "Sans 8.5"
#define FONT_TITLE   "Sans Bold 20"
#define FONT_HEADING "Sans Bold 13"
/* Page 1 set tighter, when that keeps the legend on it (short pages). */
#define FONT_TITLE_TIGHT   "Sans Bold 16"
#define FONT_HEADING_TIGHT "Sans Bold 11.5"
#define FONT_PAGE_ONE_TIGHT "Sans 8"
/* ...and smaller still when many articles fill its tables. */
#define FONT_PAGE_ONE_SMALL "Sans 7"

typedef enum {
  SLAB_TEXT,
  SLAB_HEATMAP,
} SlabKind;

typedef struct {
  PangoLayout *layout;   /* NULL: an empty column */
  double x;              /* from the content's left edge */
  double width;
  PxEntryKind accent;    /* the bar at the column's start edge */
  char *link;            /* NULL, or the anchor its text links to */
  int first_numbered;    /* lines from this one on are numbered in the margin; -1: none */
  int n_lines;
  double *top;           /* per line, points from the layout's top */
  double *bottom;
  double *baseline;
  double *line_x;
} Column;

typedef struct {
  SlabKind kind;
  GPtrArray *columns;        /* Column * */
  double space_before;
  gboolean break_before;     /* a new section that starts a page */
  gboolean keep_with_next;   /* headings: never last on a page */
  gboolean rule_below;
  double pad;                /* below a table row's text, and above the next */
  gboolean shade;            /* table headers */
  gboolean is_heads;         /* column heads, repeated on new pages */
  gboolean is_heading;       /* a section's title: ends the heads */
  gboolean legend;           /* part of the legend section */
  char *outline;             /* a heading's text, for the PDF's bookmarks */
  char *anchor;              /* NULL, or the name links to this slab use */
  /* HEATMAP */
  double *heat_values;       /* copied: pages outlive the report */
  GPtrArray *heat_labels;    /* PangoLayout * */
  double heat_label_width;
  double heat_cell;
  double heat_row_max;
  double height;
} Slab;

typedef struct {
  Slab *slab;
  double y;
  double height;
  int *from;             /* per column */
  int *to;
} Piece;

struct _PxReportPages {
  double width;
  double height;
  double content_width;
  char *title;
  PxMarkScheme scheme;
  PangoContext *context;
  GPtrArray *slabs;       /* Slab * */
  GPtrArray *pages;       /* GPtrArray of Piece * */
  GArray *outline;        /* Bookmark */
  gboolean tight;         /* page 1 set closer */
  gboolean condensed;     /* page 1's blocks in their condensed form */
  gboolean defer;         /* blocks that may follow the legend do */
  gboolean small;         /* page 1's tables in smaller type */
  gboolean page_one;      /* laying out a section of page 1 */
  GPtrArray *deferred;    /* PxReportBlock * (the report's) to lay out after the legend */
};

typedef struct {
  const char *title;     /* owned by a slab */
  guint page;
  double y;
} Bookmark;

/* ---- Colours (print-safe, readable in grey) ---- */

typedef struct { double r, g, b; } Rgb;

static const Rgb INK = { 0.10, 0.10, 0.12 };
static const Rgb MUTED = { 0.38, 0.38, 0.42 };
static const Rgb RULE = { 0.78, 0.78, 0.80 };
static const Rgb SHADE = { 0.93, 0.93, 0.95 };
/* The bar beside a paragraph: the colour of the words' own mark, so
 * that report and window agree (the label says it in words). */
static gboolean
accent_colour (PxMarkScheme scheme, PxEntryKind kind, Rgb *rgb)
{
  PxMarkLook look;

  switch (kind)
    {
    case PX_ENTRY_CHANGED: px_marks_get_look (PX_MARK_KIND_REPLACEMENT, scheme, &look); break;
    case PX_ENTRY_ADDED: px_marks_get_look (PX_MARK_KIND_ADDED, scheme, &look); break;
    case PX_ENTRY_OMITTED: px_marks_get_look (PX_MARK_KIND_OMITTED, scheme, &look); break;
    default: return FALSE;
    }
  rgb->r = ((look.colour >> 16) & 0xff) / 255.0;
  rgb->g = ((look.colour >> 8) & 0xff) / 255.0;
  rgb->b = (look.colour & 0xff) / 255.0;
  return TRUE;
}

static guint16
c16 (double v)
{
  return (guint16) (CLAMP (v, 0, 1) * 65535);
}

static void
add_colour_attrs (PangoAttrList *attrs, guint start, guint end, const Rgb *fg, const Rgb *bg)
{
  PangoAttribute *a;

  if (fg)
    {
      a = pango_attr_foreground_new (c16 (fg->r), c16 (fg->g), c16 (fg->b));
      a->start_index = start, a->end_index = end;
      pango_attr_list_insert (attrs, a);
    }
  if (bg)
    {
      a = pango_attr_background_new (c16 (bg->r), c16 (bg->g), c16 (bg->b));
      a->start_index = start, a->end_index = end;
      pango_attr_list_insert (attrs, a);
    }
}

static void
add_attr (PangoAttrList *attrs, PangoAttribute *a, guint start, guint end)
{
  a->start_index = start, a->end_index = end;
  pango_attr_list_insert (attrs, a);
}

#define RGB16(c, shift) ((guint16) ((((c) >> (shift)) & 0xff) * 0x101))

/* One mark as px-marks.c defines it, on paper: the tint blended over
 * white (PDF has no alpha for text backgrounds), the lines in the mark's
 * colour, the words themselves in ink. */
static void
add_mark_attrs (PangoAttrList *attrs, guint s, guint e, PxMarkKind kind, PxMarkScheme scheme)
{
  PxMarkLook look;
  guint32 c, bg;

  px_marks_get_look (kind, scheme & ~PX_MARK_SCHEME_DARK, &look);
  c = look.colour;
  if (look.tint > 0)
    {
      bg = px_marks_blend (c, look.tint, 0xffffff);
      add_attr (attrs, pango_attr_background_new (RGB16 (bg, 16), RGB16 (bg, 8), RGB16 (bg, 0)), s, e);
    }
  if (look.style & PX_MARK_STYLE_STRIKE)
    {
      add_attr (attrs, pango_attr_strikethrough_new (TRUE), s, e);
      /* Faded words: struck in their own ink (px-diff-marks.c says why). */
      if (!(look.style & PX_MARK_STYLE_FADED))
        add_attr (attrs, pango_attr_strikethrough_color_new (RGB16 (c, 16), RGB16 (c, 8), RGB16 (c, 0)), s, e);
    }
  if (look.style & (PX_MARK_STYLE_UNDERLINE | PX_MARK_STYLE_DOUBLE_UNDERLINE | PX_MARK_STYLE_DOTTED))
    {
      PangoUnderline u = look.style & PX_MARK_STYLE_DOUBLE_UNDERLINE ? PANGO_UNDERLINE_DOUBLE :
                         look.style & PX_MARK_STYLE_DOTTED ? PANGO_UNDERLINE_ERROR : PANGO_UNDERLINE_SINGLE;

      add_attr (attrs, pango_attr_underline_new (u), s, e);
      add_attr (attrs, pango_attr_underline_color_new (RGB16 (c, 16), RGB16 (c, 8), RGB16 (c, 0)), s, e);
    }
  if (look.style & PX_MARK_STYLE_ITALIC)
    add_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), s, e);
  if (look.style & PX_MARK_STYLE_BOLD)
    add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), s, e);
  if (look.style & PX_MARK_STYLE_FADED)
    add_attr (attrs, pango_attr_foreground_alpha_new ((guint16) (look.ink * 0xffff)), s, e);
}

/* A quotation grid's symbol in the colour of what it stands for. */
static void
add_symbol_attrs (PangoAttrList *attrs, const char *symbol, guint len, guint s, guint e, PxMarkScheme scheme)
{
  static const PxQuoteCoverage all[] = { PX_QUOTE_WHOLE, PX_QUOTE_TRIMMED, PX_QUOTE_ALTERED, PX_QUOTE_ABSENT };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (strncmp (symbol, px_marks_coverage_symbol (all[i]), len) == 0)
      {
        guint32 c = px_marks_coverage_colour (all[i], scheme & ~PX_MARK_SCHEME_DARK);

        add_attr (attrs, pango_attr_foreground_new (RGB16 (c, 16), RGB16 (c, 8), RGB16 (c, 0)), s, e);
        return;
      }
}

/* The marks of @text as Pango attributes, shifted by @offset bytes. */
static void
add_run_attrs (PangoAttrList *attrs, const PxReportText *text, guint offset, PxMarkScheme scheme)
{
  for (guint i = 0; i < text->runs->len; i++)
    {
      const PxReportRun *run = &g_array_index (text->runs, PxReportRun, i);
      guint s = run->start + offset, e = run->end + offset;

      switch (run->mark)
        {
        case PX_MARK_REMOVED:
          add_mark_attrs (attrs, s, e, PX_MARK_KIND_DROPPED, scheme);
          break;
        case PX_MARK_ADDED:
          add_mark_attrs (attrs, s, e, PX_MARK_KIND_ADDED, scheme);
          break;
        case PX_MARK_REPLACED:
          add_mark_attrs (attrs, s, e, PX_MARK_KIND_REPLACED, scheme);
          break;
        case PX_MARK_REPLACEMENT:
          add_mark_attrs (attrs, s, e, PX_MARK_KIND_REPLACEMENT, scheme);
          break;
        case PX_MARK_WORD_CHOICE:
          add_mark_attrs (attrs, s, e, PX_MARK_KIND_WORD_CHOICE, scheme);
          break;
        case PX_MARK_SYMBOL:
          add_symbol_attrs (attrs, text->text + run->start, run->end - run->start, s, e, scheme);
          add_attr (attrs, pango_attr_scale_new (1.3), s, e);
          break;
        case PX_MARK_NOTE:
          add_colour_attrs (attrs, s, e, &MUTED, NULL);
          add_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), s, e);
          break;
        case PX_MARK_STRONG:
          add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), s, e);
          break;
        case PX_MARK_NONE:
        default:
          break;
        }
    }
}

/* ---- Layouts and columns ---- */

static PangoLayout *
new_layout (PxReportPages *self, const char *font, double width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, MAX (1, (int) (width * PANGO_SCALE)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static void
column_measure (Column *col)
{
  PangoLayoutIter *iter;
  int i = 0;

  if (col->layout == NULL)
    return;
  col->n_lines = pango_layout_get_line_count (col->layout);
  col->top = g_new (double, col->n_lines);
  col->bottom = g_new (double, col->n_lines);
  col->baseline = g_new (double, col->n_lines);
  col->line_x = g_new (double, col->n_lines);
  iter = pango_layout_get_iter (col->layout);
  do
    {
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      col->top[i] = (double) y0 / PANGO_SCALE;
      col->bottom[i] = (double) y1 / PANGO_SCALE;
      col->baseline[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      col->line_x[i] = (double) logical.x / PANGO_SCALE;
      i++;
    }
  while (i < col->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  col->n_lines = i;
}

static void
column_free (Column *col)
{
  g_clear_object (&col->layout);
  g_free (col->link);
  g_free (col->top);
  g_free (col->bottom);
  g_free (col->baseline);
  g_free (col->line_x);
  g_free (col);
}

/* A column showing @label (small, muted; may be NULL) over @text. */
static Column *
column_new (PxReportPages *self, const char *font, double x, double width,
            const char *label, const PxReportText *text, PangoAlignment align)
{
  Column *col = g_new0 (Column, 1);
  g_autoptr(GString) s = g_string_new (NULL);

  col->first_numbered = -1;
  PangoAttrList *attrs = pango_attr_list_new ();
  guint offset = 0;

  col->x = x;
  col->width = width;
  if (label == NULL && text == NULL)
    {
      pango_attr_list_unref (attrs);
      return col;
    }
  if (label)
    {
      g_string_append (s, label);
      add_colour_attrs (attrs, 0, s->len, &MUTED, NULL);
      add_attr (attrs, pango_attr_scale_new (0.85), 0, s->len);
      add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, s->len);
      if (text)
        g_string_append_c (s, '\n');
      offset = s->len;
    }
  if (text)
    {
      g_string_append (s, text->text);
      add_run_attrs (attrs, text, offset, self->scheme);
      col->link = g_strdup (text->link);
    }
  col->layout = new_layout (self, font, width);
  pango_layout_set_text (col->layout, s->str, s->len);
  pango_layout_set_attributes (col->layout, attrs);
  pango_layout_set_alignment (col->layout, align);
  pango_attr_list_unref (attrs);
  column_measure (col);
  return col;
}

static Slab *
slab_new (SlabKind kind, double space_before)
{
  Slab *slab = g_new0 (Slab, 1);

  slab->kind = kind;
  slab->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  slab->space_before = space_before;
  slab->pad = CELL_PAD;
  return slab;
}

static void
slab_free (Slab *slab)
{
  g_ptr_array_unref (slab->columns);
  g_clear_pointer (&slab->heat_labels, g_ptr_array_unref);
  g_free (slab->heat_values);
  g_free (slab->outline);
  g_free (slab->anchor);
  g_free (slab);
}

static Slab *
text_slab (PxReportPages *self, const char *font, const PxReportText *text, double space_before)
{
  Slab *slab = slab_new (SLAB_TEXT, space_before);

  g_ptr_array_add (slab->columns, column_new (self, font, 0, self->content_width, NULL, text, PANGO_ALIGN_LEFT));
  return slab;
}

/* ---- Blocks to slabs ---- */

static double
natural_width (PxReportPages *self, const char *font, const PxReportText *text, gboolean bold)
{
  PangoLayout *layout = new_layout (self, font, 1);
  PangoAttrList *attrs = pango_attr_list_new ();
  int w;

  pango_layout_set_width (layout, -1);
  pango_layout_set_text (layout, text->text, -1);
  add_run_attrs (attrs, text, 0, self->scheme);
  if (bold)
    add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, strlen (text->text));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_size (layout, &w, NULL);
  pango_attr_list_unref (attrs);
  g_object_unref (layout);
  return (double) w / PANGO_SCALE;
}

/* Wide tables (a quotation grid, one column per outlet) close up: with
 * twenty outlets, half gaps alone took a third of the width and left the
 * quotation a column of a word a line. */
static double
table_gap (const PxReportBlock *table)
{
  return table->n_columns > 12 ? COLUMN_GAP / 4 : table->n_columns > 6 ? COLUMN_GAP / 2 : COLUMN_GAP;
}

/* A table's type: page 1's tables set smaller when it runs short. */
static const char *
table_font (PxReportPages *self)
{
  return self->small && self->page_one ? FONT_PAGE_ONE_SMALL : FONT_SMALL;
}

/* Each column gets what it needs on one line up to a common cap, the
 * cap chosen so that the table fills the width: short columns (dates,
 * counts) keep their natural width and long ones share the rest. */
static void
table_widths (PxReportPages *self, const PxReportBlock *table, double *widths)
{
  guint n = table->n_columns;
  double avail = self->content_width - (n - 1) * table_gap (table);
  double natural[32] = { 0 }, sum = 0, lo = 0, hi = avail, text_sum = 0;

  for (guint c = 0; c < n; c++)
    {
      g_autoptr(PxReportText) head = px_report_text_new ();

      px_report_text_append (head, g_ptr_array_index (table->header, c), -1, PX_MARK_NONE);
      natural[c] = natural_width (self, table_font (self), head, TRUE) + 1;
      for (guint i = c; i < table->cells->len; i += n)
        natural[c] = MAX (natural[c], natural_width (self, table_font (self), g_ptr_array_index (table->cells, i), FALSE) + 1);
      sum += natural[c];
      if (!((table->numeric_columns >> c) & 1))
        text_sum += natural[c];
    }

  if (sum <= avail)
    {
      /* Room to spare goes to the text columns. */
      for (guint c = 0; c < n; c++)
        {
          widths[c] = natural[c];
          if (text_sum > 0 && !((table->numeric_columns >> c) & 1))
            widths[c] += (avail - sum) * natural[c] / text_sum;
          else if (text_sum == 0 && c == n - 1)
            widths[c] += avail - sum;
        }
      return;
    }
  for (int step = 0; step < 40; step++)
    {
      double cap = (lo + hi) / 2, total = 0;

      for (guint c = 0; c < n; c++)
        total += MIN (natural[c], cap);
      if (total > avail)
        hi = cap;
      else
        lo = cap;
    }
  for (guint c = 0; c < n; c++)
    widths[c] = MIN (natural[c], lo);
}

static void
add_table (PxReportPages *self, const PxReportBlock *table)
{
  double widths[32];
  guint n = table->n_columns;
  Slab *slab;
  double x = 0;
  double pad = self->small && self->page_one ? 1 : self->tight && self->page_one ? 1.5 : CELL_PAD;

  table_widths (self, table, widths);
  slab = slab_new (SLAB_TEXT, self->tight && self->page_one ? 3 : 6);
  slab->pad = pad;
  slab->shade = slab->rule_below = TRUE;
  for (guint c = 0; c < n; c++)
    {
      g_autoptr(PxReportText) head = px_report_text_new ();

      px_report_text_append (head, g_ptr_array_index (table->header, c), -1, PX_MARK_STRONG);
      g_ptr_array_add (slab->columns, column_new (self, table_font (self), x, widths[c], NULL, head,
                                                  (table->numeric_columns >> c) & 1 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT));
      x += widths[c] + table_gap (table);
    }
  slab->keep_with_next = TRUE;
  g_ptr_array_add (self->slabs, slab);

  for (guint i = 0; i < table->cells->len; i += n)
    {
      slab = slab_new (SLAB_TEXT, pad);
      slab->pad = pad;
      slab->rule_below = TRUE;
      /* A short table (sources, counts, legend) stays on one page. */
      slab->keep_with_next = table->cells->len / n <= SHORT_TABLE_ROWS && i + n < table->cells->len;
      x = 0;
      for (guint c = 0; c < n; c++)
        {
          g_ptr_array_add (slab->columns, column_new (self, table_font (self), x, widths[c], NULL, g_ptr_array_index (table->cells, i + c),
                                                      (table->numeric_columns >> c) & 1 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT));
          x += widths[c] + table_gap (table);
        }
      g_ptr_array_add (self->slabs, slab);
    }
}

/* Rows as tall as a line of small type and a little: the map shares
 * page 1 with the summary and the legend. */
static double
heat_row (const Slab *slab)
{
  return MIN (slab->heat_cell * 0.6, slab->heat_row_max);
}

static void
add_heatmap (PxReportPages *self, const PxReportBlock *heat)
{
  Slab *slab = slab_new (SLAB_HEATMAP, self->tight ? 4 : 8);
  guint n = heat->labels->len;

  slab->heat_row_max = self->tight ? 10.5 : 13.0;
  slab->heat_values = g_memdup2 (heat->values, sizeof (double) * n * n);
  slab->heat_labels = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u  %s", i + 1, (char *) g_ptr_array_index (heat->labels, i));
      PangoLayout *layout = new_layout (self, FONT_SMALL, 130);
      int w;

      pango_layout_set_text (layout, label, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_size (layout, &w, NULL);
      slab->heat_label_width = MAX (slab->heat_label_width, (double) w / PANGO_SCALE + 8);
      g_ptr_array_add (slab->heat_labels, layout);
    }
  slab->heat_cell = MIN (36, (self->content_width - slab->heat_label_width) / MAX (n, 1));
  slab->height = (n + 1) * heat_row (slab) + 4;
  g_ptr_array_add (self->slabs, slab);
}

static Slab *
heads_slab (PxReportPages *self, const PxReportSection *section)
{
  guint n = section->columns->len;
  double width = (self->content_width - (n - 1) * COLUMN_GAP) / n;
  Slab *slab = slab_new (SLAB_TEXT, 6);

  slab->is_heads = slab->rule_below = TRUE;
  for (guint c = 0; c < n; c++)
    {
      g_autoptr(PxReportText) head = px_report_text_new ();

      px_report_text_append (head, g_ptr_array_index (section->columns, c), -1, PX_MARK_STRONG);
      g_ptr_array_add (slab->columns, column_new (self, FONT_BODY, c * (width + COLUMN_GAP) + BAR_GAP, width - BAR_GAP,
                                                  NULL, head, PANGO_ALIGN_LEFT));
    }
  return slab;
}

static void
add_row (PxReportPages *self, const PxReportBlock *row)
{
  guint n = row->entries->len;

  if (row->side_by_side)
    {
      double width = (self->content_width - (n - 1) * COLUMN_GAP) / n;
      Slab *slab = slab_new (SLAB_TEXT, ROW_GAP);

      for (guint c = 0; c < n; c++)
        {
          const PxReportEntry *entry = g_ptr_array_index (row->entries, c);
          Column *col = column_new (self, FONT_ALIGNED, c * (width + COLUMN_GAP) + BAR_GAP, width - BAR_GAP,
                                    entry->label, entry->text, PANGO_ALIGN_LEFT);

          col->accent = entry->kind;
          g_ptr_array_add (slab->columns, col);
        }
      g_ptr_array_add (self->slabs, slab);
      return;
    }

  /* Stacked: the outlet names its entry, since there are no columns. */
  for (guint i = 0; i < n; i++)
    {
      const PxReportEntry *entry = g_ptr_array_index (row->entries, i);
      g_autofree char *label = NULL;
      Slab *slab = slab_new (SLAB_TEXT, i == 0 ? ROW_GAP + 4 : 3);
      Column *col;

      if (entry->outlet)
        label = entry->label ? g_strdup_printf ("%s · %s", entry->outlet, entry->label) : g_strdup (entry->outlet);
      col = column_new (self, FONT_ALIGNED, BAR_GAP, self->content_width - BAR_GAP, label, entry->text, PANGO_ALIGN_LEFT);
      col->accent = entry->kind;
      g_ptr_array_add (slab->columns, col);
      g_ptr_array_add (self->slabs, slab);
    }
}

/* The line of @col where its text (after its label) starts. */
static int
text_first_line (Column *col, const PxReportEntry *entry)
{
  int index = 0, line = 0;

  if (entry->label == NULL)
    return 0;
  index = strlen (entry->label) + 1;
  pango_layout_index_to_line_x (col->layout, index, FALSE, &line, NULL);
  return line;
}

/* A handout's articles: whole, side by side (columns cut between lines
 * from page to page) or one after another; lines numbered in a gutter. */
static void
add_articles (PxReportPages *self, const PxReportBlock *block)
{
  guint n = block->entries->len;

  if (block->side_by_side)
    {
      double width = (self->content_width - (n - 1) * COLUMN_GAP) / MAX (n, 1);
      Slab *slab = slab_new (SLAB_TEXT, ROW_GAP);

      for (guint c = 0; c < n; c++)
        {
          const PxReportEntry *entry = g_ptr_array_index (block->entries, c);
          Column *col = column_new (self, FONT_ALIGNED, c * (width + COLUMN_GAP) + LINE_GUTTER, width - LINE_GUTTER,
                                    entry->label, entry->text, PANGO_ALIGN_LEFT);

          if (col->layout)
            col->first_numbered = text_first_line (col, entry);
          g_ptr_array_add (slab->columns, col);
        }
      g_ptr_array_add (self->slabs, slab);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      const PxReportEntry *entry = g_ptr_array_index (block->entries, i);
      Slab *slab = slab_new (SLAB_TEXT, i == 0 ? ROW_GAP : 16);
      Column *col = column_new (self, FONT_ALIGNED, LINE_GUTTER, self->content_width - LINE_GUTTER, entry->label,
                                entry->text, PANGO_ALIGN_LEFT);

      if (col->layout)
        col->first_numbered = text_first_line (col, entry);
      g_ptr_array_add (slab->columns, col);
      g_ptr_array_add (self->slabs, slab);
    }
}

/* Whether @block is laid out: its full or its condensed form, as page 1 needs. */
static gboolean
block_shown (PxReportPages *self, const PxReportBlock *block)
{
  return block->detail == PX_DETAIL_ALWAYS || (block->detail == PX_DETAIL_CONDENSED) == self->condensed;
}

/* The block after block @i of @section that is laid out, or NULL. */
static const PxReportBlock *
next_shown (PxReportPages *self, const PxReportSection *section, guint i)
{
  if (i == G_MAXUINT)
    return NULL;
  for (guint j = i + 1; j < section->blocks->len; j++)
    {
      const PxReportBlock *block = g_ptr_array_index (section->blocks, j);

      if (!block_shown (self, block))
        continue;
      /* Moved after the legend: the deferred blocks keep together by their own order. */
      if (self->defer && block->after_legend_when_short)
        return NULL;
      return block;
    }
  return NULL;
}

/* Lays out block @i of @section (G_MAXUINT: a block moved after the legend). */
static void
add_block (PxReportPages *self, const PxReportSection *section, guint i, const PxReportBlock *block, gboolean page_one)
{
  switch (block->kind)
    {
    case PX_BLOCK_TITLE:
      g_ptr_array_add (self->slabs, text_slab (self, self->tight ? FONT_TITLE_TIGHT : FONT_TITLE, block->text, 0));
      break;
    case PX_BLOCK_PARAGRAPH:
      {
        const char *font = !page_one ? FONT_BODY : self->tight ? FONT_PAGE_ONE_TIGHT : FONT_PAGE_ONE;
        Slab *slab = text_slab (self, font, block->text, !page_one ? 8 : self->tight ? 2 : 5);
        const PxReportBlock *next = next_shown (self, section, i);

        /* A paragraph before a table or a map introduces it. */
        slab->keep_with_next = next && (next->kind == PX_BLOCK_TABLE || next->kind == PX_BLOCK_HEATMAP);
        slab->anchor = g_strdup (block->anchor);
        g_ptr_array_add (self->slabs, slab);
      }
      break;
    case PX_BLOCK_TABLE:
      add_table (self, block);
      break;
    case PX_BLOCK_HEATMAP:
      add_heatmap (self, block);
      break;
    case PX_BLOCK_ROW:
      add_row (self, block);
      break;
    case PX_BLOCK_ARTICLES:
      add_articles (self, block);
      break;
    default:
      g_warn_if_reached ();
    }
}

static void
add_section (PxReportPages *self, const PxReportSection *section)
{
  guint first_slab = self->slabs->len;
  /* Page 1 holds the whole story and the legend: set a little closer. */
  gboolean page_one = section->kind == PX_SECTION_SOURCES || section->kind == PX_SECTION_SUMMARY ||
                      section->kind == PX_SECTION_LEGEND;

  self->page_one = page_one;

  if (section->title)
    {
      g_autoptr(PxReportText) title = px_report_text_new ();
      Slab *slab;

      px_report_text_append (title, section->title, -1, PX_MARK_NONE);
      if (page_one && self->tight)
        slab = text_slab (self, FONT_HEADING_TIGHT, title, 6);
      else
        slab = text_slab (self, FONT_HEADING, title, page_one ? 12 : 18);
      slab->break_before = section->new_page;
      slab->keep_with_next = slab->is_heading = TRUE;
      slab->outline = g_strdup (section->title);
      g_ptr_array_add (self->slabs, slab);
    }
  if (section->columns)
    {
      Slab *heads = heads_slab (self, section);

      heads->keep_with_next = TRUE;
      g_ptr_array_add (self->slabs, heads);
    }

  for (guint i = 0; i < section->blocks->len; i++)
    {
      const PxReportBlock *block = g_ptr_array_index (section->blocks, i);

      if (!block_shown (self, block))
        continue;
      if (self->defer && page_one && block->after_legend_when_short && section->kind != PX_SECTION_LEGEND)
        g_ptr_array_add (self->deferred, (gpointer) block);
      else
        add_block (self, section, i, block, page_one);
    }
  if (section->kind == PX_SECTION_LEGEND)
    {
      for (guint i = first_slab; i < self->slabs->len; i++)
        ((Slab *) g_ptr_array_index (self->slabs, i))->legend = TRUE;
      /* What page 1 had no room for, after the legend (the heat map). */
      for (guint i = 0; i < self->deferred->len; i++)
        {
          const PxReportBlock *block = g_ptr_array_index (self->deferred, i);

          add_block (self, section, G_MAXUINT, block, page_one);
          if (block->kind == PX_BLOCK_PARAGRAPH && i + 1 < self->deferred->len)
            ((Slab *) g_ptr_array_index (self->slabs, self->slabs->len - 1))->keep_with_next = TRUE;
        }
      g_ptr_array_set_size (self->deferred, 0);
    }
}

/* ---- Pagination ---- */

/* The height of @slab's lines from line @from[c] of each column on;
 * @from NULL: the whole slab. */
static double
slab_height_from (Slab *slab, const int *from)
{
  double h = 0;

  if (slab->kind == SLAB_HEATMAP)
    return slab->height;
  for (guint c = 0; c < slab->columns->len; c++)
    {
      Column *col = g_ptr_array_index (slab->columns, c);

      int first = from ? from[c] : 0;

      if (first < col->n_lines)
        h = MAX (h, col->bottom[col->n_lines - 1] - col->top[first]);
    }
  return h + (slab->shade || slab->rule_below ? slab->pad : 0);
}

/* Lines of @col from @from that fit in @avail points. */
static int
lines_fitting (Column *col, int from, double avail)
{
  int k = from;

  while (k < col->n_lines && col->bottom[k] - col->top[from] <= avail)
    k++;
  return k;
}

typedef struct {
  PxReportPages *self;
  GPtrArray *page;
  double y;
  Slab *heads;         /* column heads of the current section */
} Cursor;

static double
bottom_limit (PxReportPages *self)
{
  return self->height - MARGIN_BOTTOM;
}

static Piece *
piece_new (Slab *slab, double y)
{
  Piece *piece = g_new0 (Piece, 1);
  guint n = slab->columns->len;

  piece->slab = slab;
  piece->y = y;
  piece->from = g_new0 (int, MAX (n, 1));
  piece->to = g_new0 (int, MAX (n, 1));
  return piece;
}

static void
piece_free (Piece *piece)
{
  g_free (piece->from);
  g_free (piece->to);
  g_free (piece);
}

static void place_whole (Cursor *cur, Slab *slab);

static void
new_page (Cursor *cur)
{
  cur->page = g_ptr_array_new_with_free_func ((GDestroyNotify) piece_free);
  g_ptr_array_add (cur->self->pages, cur->page);
  cur->y = MARGIN_TOP;
  if (cur->heads)
    place_whole (cur, cur->heads);
}

static void
place_whole (Cursor *cur, Slab *slab)
{
  Piece *piece = piece_new (slab, cur->y + (cur->page->len ? slab->space_before : 0));

  for (guint c = 0; c < slab->columns->len; c++)
    piece->to[c] = ((Column *) g_ptr_array_index (slab->columns, c))->n_lines;
  piece->height = slab_height_from (slab, NULL);
  g_ptr_array_add (cur->page, piece);
  cur->y = piece->y + piece->height;
}

/* Whether the first lines of @slab (a heading's next) fit below @y. */
static double
first_lines_height (Slab *slab)
{
  double h = 0;

  if (slab->kind == SLAB_HEATMAP)
    return slab->height;
  for (guint c = 0; c < slab->columns->len; c++)
    {
      Column *col = g_ptr_array_index (slab->columns, c);
      int k = MIN (col->n_lines, MIN_LINES_BEFORE_BREAK) - 1;

      if (k >= 0)
        h = MAX (h, col->bottom[k] - col->top[0]);
    }
  return h;
}

/* Whether the page holds only a short run-over: no heading on it, and
 * less than a tenth of its height used. */
static gboolean
page_is_overflow (Cursor *cur)
{
  double used = cur->y - MARGIN_TOP;

  if (cur->self->pages->len < 2 || used > (bottom_limit (cur->self) - MARGIN_TOP) / 10)
    return FALSE;
  for (guint i = 0; i < cur->page->len; i++)
    {
      Piece *piece = g_ptr_array_index (cur->page, i);

      if (piece->slab->is_heading || piece->slab->is_heads)
        return FALSE;
    }
  return TRUE;
}

static void
place_slab (Cursor *cur, guint index)
{
  Slab *slab = g_ptr_array_index (cur->self->slabs, index);
  guint n = slab->columns->len;
  g_autofree int *from = g_new0 (int, MAX (n, 1));
  double limit = bottom_limit (cur->self);
  gboolean page_has_content = cur->page->len > (cur->heads && !slab->is_heads ? 1u : 0u);

  /* A section that starts a page need not, when the page holds no more
   * than a few lines run over from the section before (the legend's last
   * line): a new page there would leave one nearly blank. */
  if (slab->break_before && page_has_content && !page_is_overflow (cur))
    {
      new_page (cur);
      page_has_content = FALSE;
    }

  /* A heading and the start of what it heads stay together. */
  if (slab->keep_with_next && page_has_content)
    {
      double need = slab->space_before + slab_height_from (slab, NULL);

      for (guint j = index + 1; j < cur->self->slabs->len; j++)
        {
          Slab *next = g_ptr_array_index (cur->self->slabs, j);

          need += next->space_before + first_lines_height (next);
          if (!next->keep_with_next)
            break;
          need += slab_height_from (next, NULL) - first_lines_height (next);
        }
      if (cur->y + need > limit)
        {
          new_page (cur);
          page_has_content = FALSE;
        }
    }

  for (;;)
    {
      double top = cur->y + (cur->page->len ? slab->space_before : 0);
      double avail = limit - top;
      double rest = slab_height_from (slab, from);
      Piece *piece;
      gboolean any = FALSE;

      if (rest <= avail || (slab->kind == SLAB_HEATMAP && !page_has_content))
        {
          piece = piece_new (slab, top);
          for (guint c = 0; c < n; c++)
            {
              piece->from[c] = from[c];
              piece->to[c] = ((Column *) g_ptr_array_index (slab->columns, c))->n_lines;
            }
          piece->height = rest;
          g_ptr_array_add (cur->page, piece);
          cur->y = top + rest;
          if (slab->outline)
            {
              Bookmark mark = { slab->outline, cur->self->pages->len - 1, top };
              g_array_append_val (cur->self->outline, mark);
            }
          if (slab->is_heads)
            cur->heads = slab;
          return;
        }

      piece = piece_new (slab, top);
      for (guint c = 0; c < n; c++)
        {
          Column *col = g_ptr_array_index (slab->columns, c);
          int k = lines_fitting (col, from[c], avail);

          /* No single line at a page's foot when more follow. */
          if (k - from[c] == 1 && col->n_lines - from[c] > 2 && page_has_content)
            k = from[c];
          /* A page too short for one line still takes one: never loop. */
          if (!page_has_content && k == from[c] && from[c] < col->n_lines)
            k = from[c] + 1;
          piece->from[c] = from[c];
          piece->to[c] = k;
          any |= k > from[c];
        }
      if (!any || slab->kind == SLAB_HEATMAP)
        {
          piece_free (piece);
          new_page (cur);
          page_has_content = FALSE;
          continue;
        }
      piece->height = avail;
      g_ptr_array_add (cur->page, piece);
      memcpy (from, piece->to, n * sizeof (int));
      new_page (cur);
      page_has_content = FALSE;
    }
}

static void
paginate (PxReportPages *self)
{
  Cursor cur = { self, NULL, 0, NULL };

  new_page (&cur);
  for (guint i = 0; i < self->slabs->len; i++)
    {
      Slab *slab = g_ptr_array_index (self->slabs, i);

      /* Column heads belong to one section: a heading ends them. */
      if (slab->is_heading)
        cur.heads = NULL;
      place_slab (&cur, i);
    }
}

/* Lays @report out; @page_one_only: up to the legend, to see what
 * page 1 holds. */
static void
lay_out (PxReportPages *self, PxReport *report, gboolean page_one_only)
{
  g_clear_pointer (&self->slabs, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  self->slabs = g_ptr_array_new_with_free_func ((GDestroyNotify) slab_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->outline = g_array_new (FALSE, FALSE, sizeof (Bookmark));
  g_ptr_array_set_size (self->deferred, 0);
  for (guint i = 0; i < report->sections->len; i++)
    {
      const PxReportSection *section = g_ptr_array_index (report->sections, i);

      add_section (self, section);
      if (page_one_only && section->kind == PX_SECTION_LEGEND)
        break;
    }
  paginate (self);
}

/* Whether the report is one whose page 1 tells the story and how to
 * read it: only the cover, the articles and the summary come before
 * the legend (an answer key's questions, say, come first). */
static gboolean
has_page_one (PxReport *report)
{
  for (guint i = 0; i < report->sections->len; i++)
    {
      const PxReportSection *section = g_ptr_array_index (report->sections, i);

      if (section->kind == PX_SECTION_LEGEND)
        return TRUE;
      if (section->kind != PX_SECTION_COVER && section->kind != PX_SECTION_SOURCES &&
          section->kind != PX_SECTION_SUMMARY)
        return FALSE;
    }
  return FALSE;
}

/* Whether all of the legend stands on page 1. */
static gboolean
legend_on_page_one (PxReportPages *self)
{
  for (guint p = 1; p < self->pages->len; p++)
    {
      GPtrArray *page = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < page->len; i++)
        if (((Piece *) g_ptr_array_index (page, i))->slab->legend)
          return FALSE;
    }
  return TRUE;
}

PxReportPages *
px_report_pages_new (PxReport *report,
                     double    width,
                     double    height)
{
  PxReportPages *self;
  cairo_font_options_t *options;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (width > 2 * MARGIN_SIDE + 100 && height > MARGIN_TOP + MARGIN_BOTTOM + 100, NULL);

  self = g_new0 (PxReportPages, 1);
  self->width = width;
  self->height = height;
  self->content_width = width - 2 * MARGIN_SIDE;
  self->title = g_strdup (report->title);
  self->scheme = report->scheme;
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  /* Unhinted metrics: the same line breaks on paper, PDF and screen. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  self->deferred = g_ptr_array_new ();
  /* Page 1 holds the story and how to read it, on any paper and for
   * any number of articles: when the legend does not fit, page 1 is set
   * tighter, then condensed (a line per article in place of a paragraph
   * per outlet), then the heat map follows the legend, then page 1's
   * tables are set in smaller type. */
  if (has_page_one (report))
    for (guint level = 0; level <= 4; level++)
      {
        self->tight = level >= 1;
        self->condensed = level >= 2;
        self->defer = level >= 3;
        self->small = level >= 4;
        lay_out (self, report, TRUE);
        if (legend_on_page_one (self))
          break;
      }
  lay_out (self, report, FALSE);
  return self;
}

guint
px_report_pages_get_n_pages (PxReportPages *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

void
px_report_pages_free (PxReportPages *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->pages);
  g_ptr_array_unref (self->slabs);
  g_array_unref (self->outline);
  g_ptr_array_unref (self->deferred);
  g_object_unref (self->context);
  g_free (self->title);
  g_free (self);
}

/* ---- Drawing ---- */

static void
set_rgb (cairo_t *cr, const Rgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->r, rgb->g, rgb->b);
}

static void
draw_header (PxReportPages *self, cairo_t *cr, guint page)
{
  g_autofree char *number = g_strdup_printf ("%u / %u", page + 1, self->pages->len);
  PangoLayout *left = new_layout (self, FONT_SMALL, self->content_width - 70);
  PangoLayout *right = new_layout (self, FONT_SMALL, 70);

  pango_layout_set_text (left, self->title, -1);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (left, TRUE);
  pango_layout_set_text (right, number, -1);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);

  set_rgb (cr, &MUTED);
  cairo_move_to (cr, MARGIN_SIDE, HEADER_BASE - pango_layout_get_baseline (left) / (double) PANGO_SCALE);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, self->width - MARGIN_SIDE - 70, HEADER_BASE - pango_layout_get_baseline (right) / (double) PANGO_SCALE);
  pango_cairo_show_layout (cr, right);

  set_rgb (cr, &RULE);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, HEADER_BASE + 6);
  cairo_line_to (cr, self->width - MARGIN_SIDE, HEADER_BASE + 6);
  cairo_stroke (cr);
  g_object_unref (left);
  g_object_unref (right);
}

/* Light to dark blue, with the figure printed in each cell, so that
 * the map reads in grey and without colour at all. */
static void
draw_heatmap (PxReportPages *self, cairo_t *cr, Piece *piece)
{
  Slab *slab = piece->slab;
  guint n = slab->heat_labels->len;
  double cw = slab->heat_cell, ch = heat_row (slab);
  double x0 = MARGIN_SIDE + slab->heat_label_width, y0 = piece->y + ch;
  PangoLayout *figure = new_layout (self, FONT_SMALL, cw);

  pango_layout_set_alignment (figure, PANGO_ALIGN_CENTER);
  for (guint b = 0; b < n; b++)
    {
      g_autofree char *head = g_strdup_printf ("%u", b + 1);

      pango_layout_set_text (figure, head, -1);
      set_rgb (cr, &MUTED);
      cairo_move_to (cr, x0 + b * cw, piece->y + 2);
      pango_cairo_show_layout (cr, figure);
    }
  for (guint a = 0; a < n; a++)
    {
      PangoLayout *label = g_ptr_array_index (slab->heat_labels, a);

      set_rgb (cr, &INK);
      cairo_move_to (cr, MARGIN_SIDE, y0 + a * ch + 2);
      pango_cairo_show_layout (cr, label);
      for (guint b = 0; b < n; b++)
        {
          double v = CLAMP (slab->heat_values[a * n + b], 0, 1);
          /* Narrow cells (many articles) drop the per cent sign. */
          g_autofree char *text = g_strdup_printf (cw < 26 ? "%.0f" : "%.0f%%", v * 100);

          if (a == b)
            cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
          else
            cairo_set_source_rgb (cr, 0.95 - 0.80 * v, 0.97 - 0.60 * v, 1.0 - 0.35 * v);
          cairo_rectangle (cr, x0 + b * cw + 0.5, y0 + a * ch + 0.5, cw - 1, ch - 1);
          cairo_fill (cr);
          if (a != b && v > 0.55)
            cairo_set_source_rgb (cr, 1, 1, 1);
          else
            set_rgb (cr, a == b ? &MUTED : &INK);
          pango_layout_set_text (figure, a == b ? "—" : text, -1);
          cairo_move_to (cr, x0 + b * cw, y0 + a * ch + 2);
          pango_cairo_show_layout (cr, figure);
        }
    }
  g_object_unref (figure);
}

/* Every fifth line's number, right-aligned in the gutter before the
 * column, in small muted figures: a student says "line 35". */
static void
draw_line_numbers (PxReportPages *self, cairo_t *cr, Piece *piece, Column *col, double left)
{
  Column *c = col;
  int from = piece->from[0], to = piece->to[0];
  PangoLayout *figure = new_layout (self, FONT_SMALL, LINE_GUTTER - 4);

  /* piece->from/to are per column: find this column's. */
  for (guint i = 0; i < piece->slab->columns->len; i++)
    if (g_ptr_array_index (piece->slab->columns, i) == c)
      from = piece->from[i], to = piece->to[i];
  pango_layout_set_alignment (figure, PANGO_ALIGN_RIGHT);
  set_rgb (cr, &MUTED);
  for (int i = MAX (from, c->first_numbered); i < to; i++)
    {
      int number = i - c->first_numbered + 1;
      g_autofree char *text = NULL;

      if (number % LINE_NUMBER_EVERY != 0)
        continue;
      text = g_strdup_printf ("%d", number);
      pango_layout_set_text (figure, text, -1);
      cairo_move_to (cr, left - LINE_GUTTER, piece->y + c->baseline[i] - c->top[from] -
                     pango_layout_get_baseline (figure) / (double) PANGO_SCALE);
      pango_cairo_show_layout (cr, figure);
    }
  set_rgb (cr, &INK);
  g_object_unref (figure);
}

static void
draw_piece (PxReportPages *self, cairo_t *cr, Piece *piece)
{
  Slab *slab = piece->slab;
  double height = 0;

  if (slab->kind == SLAB_HEATMAP)
    {
      draw_heatmap (self, cr, piece);
      return;
    }
  for (guint c = 0; c < slab->columns->len; c++)
    {
      Column *col = g_ptr_array_index (slab->columns, c);

      if (piece->to[c] > piece->from[c])
        height = MAX (height, col->bottom[piece->to[c] - 1] - col->top[piece->from[c]]);
    }
  /* Where a link to this slab lands: its first piece's top. */
  if (slab->anchor && (slab->columns->len == 0 || piece->from[0] == 0))
    {
      char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *attrs = NULL;

      g_ascii_formatd (x, sizeof x, "%.1f", MARGIN_SIDE);
      g_ascii_formatd (y, sizeof y, "%.1f", MAX (piece->y - 12, 0));
      attrs = g_strdup_printf ("name='%s' x=%s y=%s", slab->anchor, x, y);
      cairo_tag_begin (cr, CAIRO_TAG_DEST, attrs);
      cairo_tag_end (cr, CAIRO_TAG_DEST);
    }
  if (slab->shade)
    {
      set_rgb (cr, &SHADE);
      cairo_rectangle (cr, MARGIN_SIDE - 2, piece->y - 1, self->content_width + 4, height + slab->pad);
      cairo_fill (cr);
    }

  for (guint c = 0; c < slab->columns->len; c++)
    {
      Column *col = g_ptr_array_index (slab->columns, c);
      double left = MARGIN_SIDE + col->x;
      Rgb accent;

      if (col->layout == NULL || piece->to[c] <= piece->from[c])
        continue;
      if (accent_colour (self->scheme, col->accent, &accent))
        {
          set_rgb (cr, &accent);
          cairo_rectangle (cr, left - BAR_GAP, piece->y,
                           BAR_WIDTH, col->bottom[piece->to[c] - 1] - col->top[piece->from[c]]);
          cairo_fill (cr);
        }
      set_rgb (cr, &INK);
      if (col->link)
        {
          g_autofree char *attrs = g_strdup_printf ("dest='%s'", col->link);

          cairo_tag_begin (cr, CAIRO_TAG_LINK, attrs);
        }
      for (int i = piece->from[c]; i < piece->to[c]; i++)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (col->layout, i);

          cairo_move_to (cr, left + col->line_x[i], piece->y + col->baseline[i] - col->top[piece->from[c]]);
          pango_cairo_show_layout_line (cr, line);
        }
      if (col->link)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
      if (col->first_numbered >= 0)
        draw_line_numbers (self, cr, piece, col, left);
    }
  if (slab->rule_below)
    {
      set_rgb (cr, &RULE);
      cairo_set_line_width (cr, slab->is_heads || slab->shade ? 0.8 : 0.4);
      cairo_move_to (cr, MARGIN_SIDE - 2, piece->y + height + slab->pad - 1);
      cairo_line_to (cr, MARGIN_SIDE + self->content_width + 2, piece->y + height + slab->pad - 1);
      cairo_stroke (cr);
    }
}

void
px_report_pages_draw (PxReportPages *self,
                      cairo_t       *cr,
                      guint          page)
{
  GPtrArray *pieces;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  draw_header (self, cr, page);
  pieces = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < pieces->len; i++)
    draw_piece (self, cr, g_ptr_array_index (pieces, i));
  cairo_restore (cr);
}

/* ---- PDF ---- */

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
px_report_to_pdf (PxReport  *report,
                  PxPaper    paper,
                  gboolean   landscape,
                  GError   **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(PxReportPages) pages = NULL;
  g_autofree char *created = NULL;
  g_autofree char *creator = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width, height;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  px_paper_get_size (paper, &width, &height);
  if (landscape)
    {
      double t = width;
      width = height, height = t;
    }
  pages = px_report_pages_new (report, width, height);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, buffer, width, height);
  created = g_date_time_format (report->created, "%Y-%m-%dT%H:%M:%S");
  creator = g_strdup_printf ("Parallax %s", PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, report->subtitle);

  /* Bookmarks: a reader's sidebar lists the sections. */
  for (guint i = 0; i < pages->outline->len; i++)
    {
      const Bookmark *mark = &g_array_index (pages->outline, Bookmark, i);
      g_autofree char *link = NULL;
      char y[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (y, sizeof y, "%.1f", mark->y);
      link = g_strdup_printf ("page=%u pos=[%d %s]", mark->page + 1, (int) MARGIN_SIDE, y);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, mark->title, link, 0);
    }

  cr = cairo_create (surface);
  for (guint p = 0; p < px_report_pages_get_n_pages (pages); p++)
    {
      px_report_pages_draw (pages, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_RENDER, _("Cannot make the PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}
