/* px-report.h: a comparison as a document to publish: PDF, HTML, print
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report is built once from a PxComparison into a list of sections,
 * each a list of blocks (paragraphs, tables, a heat map, aligned rows).
 * The PDF and HTML writers know blocks, not comparisons: a new section
 * (the quote table, for one) is a list of the same blocks, inserted with
 * px_report_insert_section(), and both writers render it unchanged.
 *
 * No GTK here.  To print from the window: gtk_print_operation_set_unit
 * (op, GTK_UNIT_POINTS) and set_use_full_page (op, TRUE) (the pages draw
 * their own margins, wider than a printer's); in ::begin-print make
 * px_report_pages_new() with gtk_print_context_get_width/height() and
 * gtk_print_operation_set_n_pages() from px_report_pages_get_n_pages();
 * in ::draw-page call px_report_pages_draw() on
 * gtk_print_context_get_cairo_context().
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "px-compare.h"
#include "px-marks.h"
#include "px-notes.h"

G_BEGIN_DECLS

#define PX_REPORT_ERROR (px_report_error_quark ())

typedef enum {
  PX_REPORT_ERROR_WRITE,     /* the destination cannot be written */
  PX_REPORT_ERROR_RENDER,    /* cairo failed to draw the document */
} PxReportError;

GQuark px_report_error_quark (void);

/* ---- Marked text: a string and runs that tile it ---- */

typedef enum {
  PX_MARK_NONE,
  PX_MARK_REMOVED,   /* the reference's words this text lacks: strike-through */
  PX_MARK_ADDED,     /* words the reference lacks: underline */
  PX_MARK_NOTE,      /* the report's own words (labels, placeholders): italic */
  PX_MARK_STRONG,    /* emphasis: bold */
  PX_MARK_REPLACED,  /* the reference's words this text replaced: struck, faded */
  PX_MARK_REPLACEMENT, /* the words in their place: double underline */
  PX_MARK_SYMBOL,    /* a quotation grid's symbol: coloured by its shape's meaning */
  PX_MARK_WORD_CHOICE, /* a word-choice variant: bold, wavy underline */
} PxMark;

typedef struct {
  guint32 start;     /* byte offsets into the text */
  guint32 end;
  PxMark mark;
} PxReportRun;

typedef struct {
  char *text;
  GArray *runs;      /* of PxReportRun, in order, tiling text */
  char *link;        /* NULL, or the anchor (a block's) the whole text links to */
} PxReportText;

PxReportText *px_report_text_new    (void);
void          px_report_text_free   (PxReportText *self);
/* Appends @len bytes of @text (-1: up to the NUL) with @mark. */
void          px_report_text_append (PxReportText *self,
                                     const char   *text,
                                     gssize        len,
                                     PxMark        mark);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxReportText, px_report_text_free)

/* ---- Blocks ---- */

typedef enum {
  PX_BLOCK_TITLE,      /* text: the report's title */
  PX_BLOCK_PARAGRAPH,  /* text: running prose */
  PX_BLOCK_TABLE,      /* header + cells, row-major */
  PX_BLOCK_HEATMAP,    /* labels + n×n values in [0, 1] */
  PX_BLOCK_ROW,        /* one aligned row: entries side by side or stacked */
  PX_BLOCK_ARTICLES,   /* whole articles (entries), side by side or stacked, lines numbered */
} PxBlockKind;

/* How an aligned entry stands against the reference: drawn as a
 * coloured bar and said in its label (colour is never the only cue). */
typedef enum {
  PX_ENTRY_PLAIN,
  PX_ENTRY_REFERENCE,
  PX_ENTRY_CHANGED,
  PX_ENTRY_ADDED,      /* a paragraph the reference lacks */
  PX_ENTRY_OMITTED,    /* a placeholder for a reference paragraph left out */
  PX_ENTRY_EMPTY,      /* nothing in this column */
} PxEntryKind;

typedef struct {
  PxEntryKind kind;
  char *outlet;        /* whose text it is */
  char *label;         /* "changed", "moved", ...; may be NULL */
  PxReportText *text;  /* may be NULL for PX_ENTRY_EMPTY */
} PxReportEntry;

/* Page 1 in print must hold the summary and the legend on any paper:
 * when it runs short, FULL blocks give way to their CONDENSED
 * alternatives.  The HTML, which has no pages, shows the FULL ones. */
typedef enum {
  PX_DETAIL_ALWAYS,
  PX_DETAIL_FULL,
  PX_DETAIL_CONDENSED,
} PxBlockDetail;

typedef struct {
  PxBlockKind kind;
  PxBlockDetail detail;
  gboolean after_legend_when_short;  /* in print, moved after the legend when page 1 is still short */
  PxReportText *text;           /* TITLE, PARAGRAPH */
  /* TABLE */
  guint n_columns;
  GPtrArray *header;            /* n_columns char * */
  GPtrArray *cells;             /* PxReportText *, row-major */
  guint32 numeric_columns;      /* bit i: column i holds numbers (aligned to the end) */
  /* HEATMAP */
  GPtrArray *labels;            /* char * */
  double *values;               /* labels->len squared, row-major */
  /* ROW; ARTICLES: entries are whole articles, their lines numbered */
  gboolean side_by_side;
  GPtrArray *entries;           /* PxReportEntry * */
  char *anchor;                 /* NULL, or a name links point to ("quote-3") */
} PxReportBlock;

PxReportBlock *px_report_block_new_text    (PxBlockKind    kind,
                                            PxReportText  *text);
PxReportBlock *px_report_block_new_table   (guint          n_columns,
                                            const char   **header);
/* Adds one row of n_columns cells to a TABLE block; takes the texts. */
void           px_report_block_add_row     (PxReportBlock *table,
                                            PxReportText **cells);
void           px_report_block_free        (PxReportBlock *self);

/* ---- Sections ---- */

typedef enum {
  PX_SECTION_COVER,
  PX_SECTION_SOURCES,
  PX_SECTION_SUMMARY,
  PX_SECTION_QUOTES,   /* the quote table, when the articles quote anyone */
  PX_SECTION_LEGEND,
  PX_SECTION_ALIGNED,
  PX_SECTION_OTHER,    /* sections added by other parts (the quote table) */
  PX_SECTION_ARTICLES, /* a handout's articles, unmarked */
  PX_SECTION_QUESTIONS,/* a handout's questions */
  PX_SECTION_ANSWERS,  /* an answer key's answers */
  PX_SECTION_WORD_CHOICE, /* the same thing named differently (px-word-choice.h) */
} PxSectionKind;

typedef struct {
  PxSectionKind kind;
  char *id;            /* an HTML anchor: "sources", "quotes", ... */
  char *title;         /* NULL for the cover */
  gboolean new_page;   /* starts on a fresh page in print */
  GPtrArray *columns;  /* outlet names heading side-by-side rows, or NULL */
  GPtrArray *blocks;   /* PxReportBlock * */
} PxReportSection;

PxReportSection *px_report_section_new        (PxSectionKind  kind,
                                               const char    *id,
                                               const char    *title);
/* Takes @block. */
void             px_report_section_add_block  (PxReportSection *self,
                                               PxReportBlock   *block);
void             px_report_section_free       (PxReportSection *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxReportSection, px_report_section_free)

/* ---- The report ---- */

typedef struct {
  char *title;
  char *subtitle;
  GDateTime *created;
  GPtrArray *sections;   /* PxReportSection *, in reading order */
  PxMarkScheme scheme;   /* the marks' colours (print: never dark) */
} PxReport;

/* What to make of a comparison. */
typedef enum {
  PX_REPORT_KIND_REPORT,      /* the marked report */
  PX_REPORT_KIND_HANDOUT,     /* for students: the articles unmarked, numbered, and questions */
  PX_REPORT_KIND_ANSWER_KEY,  /* the handout's questions answered, then the marked report */
} PxReportKind;

/* Questions a handout asks when none is given. */
#define PX_REPORT_DEFAULT_QUESTIONS 6

typedef struct {
  const char *title;     /* NULL: the reference's headline */
  GDateTime *created;    /* NULL: now (or SOURCE_DATE_EPOCH when set) */
  PxDiffFlags flags;     /* what the word diffs ignore */
  PxMarkScheme scheme;   /* the marks' colours: the window's setting (dark is ignored) */
  PxReportKind kind;
  guint n_questions;     /* handout and answer key; 0: PX_REPORT_DEFAULT_QUESTIONS */
  const PxNotes *notes;  /* the analyst's notes, printed beside their rows and quotations; may be NULL */
} PxReportOptions;

PxReport *px_report_new_from_comparison (PxComparison          *comparison,
                                         const PxReportOptions *options);
void      px_report_free                (PxReport *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxReport, px_report_free)

PxReportSection *px_report_find_section  (PxReport        *self,
                                          PxSectionKind    kind);
/* Takes @section and puts it before the first section of kind @before,
 * or at the end when there is none.  Page 1 is COVER, SOURCES, SUMMARY
 * and LEGEND; a section to read after page 1 goes before
 * PX_SECTION_QUOTES (the quotation grid), or before PX_SECTION_ALIGNED.
 * Sections built from the comparison alone belong in the list in
 * px-report.c (see px-report-private.h). */
void             px_report_insert_section (PxReport        *self,
                                           PxReportSection *section,
                                           PxSectionKind    before);

/* A date an article states for itself near its top ("June 19, 2014",
 * "2014-06-19"), or NULL. */
char *px_report_find_date (PxComparison *comparison,
                           guint         document);

/* ---- Paper and pages (PDF and print) ---- */

typedef enum {
  PX_PAPER_A4,
  PX_PAPER_LETTER,
} PxPaper;

/* Letter where the locale's country uses it (US, Canada, Mexico, ...),
 * else A4.  @locale: a name such as "en_US.UTF-8"; NULL: the
 * environment's LC_ALL, LC_PAPER or LANG. */
PxPaper  px_paper_for_locale (const char *locale);
/* Width and height in points, portrait. */
void     px_paper_get_size   (PxPaper  paper,
                              double  *width,
                              double  *height);

typedef struct _PxReportPages PxReportPages;

/* Lays @report out on pages of @width × @height points (margins
 * included).  The pages copy what they need: @report may be freed. */
PxReportPages *px_report_pages_new         (PxReport      *report,
                                            double         width,
                                            double         height);
guint          px_report_pages_get_n_pages (PxReportPages *self);
/* Draws page @page (from 0) on @cr, whose user space is in points with
 * the page's top left corner at the origin. */
void           px_report_pages_draw        (PxReportPages *self,
                                            cairo_t       *cr,
                                            guint          page);
void           px_report_pages_free        (PxReportPages *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxReportPages, px_report_pages_free)

/* ---- Writers ---- */

/* The whole report as a PDF file's bytes. */
GBytes *px_report_to_pdf  (PxReport   *report,
                           PxPaper     paper,
                           gboolean    landscape,
                           GError    **error);
/* One self-contained HTML file (inline CSS, no external resources). */
char   *px_report_to_html (PxReport   *report);

/* Writes @bytes to @path atomically: a temporary file in the same
 * folder, renamed over @path.  On failure nothing is left behind and
 * @error says, in one line, which file and why. */
gboolean px_report_write_file (const char  *path,
                               GBytes      *bytes,
                               GError     **error);

G_END_DECLS
