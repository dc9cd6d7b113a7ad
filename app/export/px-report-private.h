/* px-report-private.h: what the report's section builders share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A section is one function that takes the comparison and returns a
 * PxReportSection (or NULL when it has nothing to say); px-report.c
 * calls them from one list in reading order.  A new section is a new
 * file with one such function, and one line in that list.
 */
#pragma once

#include "px-report.h"

G_BEGIN_DECLS

/* Up to this many articles stand side by side; more are stacked. */
#define PX_REPORT_MAX_SIDE_BY_SIDE 3

typedef PxReportSection *(*PxReportSectionFunc) (PxComparison          *comparison,
                                                 const PxReportOptions *options);

PxReportText *_px_report_text_new_with (const char *text,
                                        PxMark      mark);
/* The outlet's name as the report shows it: numbered when two articles
 * share an outlet.  Interned: it lives as long as the program. */
const char   *_px_report_outlet        (PxComparison *comparison,
                                        guint         document);
/* @text's opening words, cut at a word boundary near @max_chars, with
 * an ellipsis when cut. */
char         *_px_report_opening_words (const char *text,
                                        guint       max_chars);
/* A paragraph block of @text with @mark. */
PxReportBlock *_px_report_paragraph    (const char *text,
                                        PxMark      mark);
/* The reference quotation of @group shortened to @max_chars, in marks. */
/* The opening words in quotation marks, without the text's own
 * (“We chose…”, not “"We chose…”). */
char         *_px_report_quoted_opening (const char *text,
                                         guint       max_chars);
char         *_px_report_quote_excerpt (const PxQuoteGroup *group,
                                        guint               max_chars);

void          _px_report_entry_free     (PxReportEntry *entry);

/* Page 1 (px-report-summary.c) */
PxReportSection *_px_report_build_sources (PxComparison *comparison, const PxReportOptions *options);
PxReportSection *_px_report_build_summary (PxComparison *comparison, const PxReportOptions *options);
PxReportSection *_px_report_build_legend  (PxComparison *comparison, const PxReportOptions *options);
/* The quotation grid and the altered quotations' word diffs (px-report-grid.c) */
PxReportSection *_px_report_build_quote_grid (PxComparison *comparison, const PxReportOptions *options);
/* An altered occurrence's words against the group's fullest version. */
void             _px_report_append_quote_diff (PxReportText            *out,
                                               PxComparison            *comparison,
                                               const PxQuoteOccurrence *ref,
                                               const PxQuoteOccurrence *occurrence);

/* The Word Choice section, after page 1 (px-report-word-choice.c) */
PxReportSection *_px_report_build_word_choice (PxComparison *comparison, const PxReportOptions *options);

/* The analyst's notes (px-report-notes.c): "Note: …" appended to
 * @text, or as a paragraph (NULL without a note); the note on a row or
 * quotation when the options carry notes, else NULL. */
void             _px_report_append_note (PxReportText *text, const char *note);
PxReportBlock   *_px_report_note_block  (const char *note);
const char      *_px_report_row_note    (const PxReportOptions *options, PxComparison *comparison, guint row);
const char      *_px_report_quote_note  (const PxReportOptions *options, const PxQuoteGroup *group);

/* The student handout and its answer key (px-report-handout.c) */
PxReportSection *_px_report_build_handout_articles (PxComparison *comparison, const PxReportOptions *options);
PxReportSection *_px_report_build_questions        (PxComparison *comparison, const PxReportOptions *options);
PxReportSection *_px_report_build_answers          (PxComparison *comparison, const PxReportOptions *options);

G_END_DECLS
