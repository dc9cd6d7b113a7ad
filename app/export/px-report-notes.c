/* px-report-notes.c: the analyst's notes where a report shows what they are on
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A note (px-notes.h) is printed right after its row in the aligned
 * text, and inside its quotation's cell in the quotation grid; a note
 * on a quotation every article carries alike, which the grid only
 * counts, gets a line of its own after the grid.  Notes are the
 * analyst's words, so they are set apart: a bold "Note:" before them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-report-private.h"

void
_px_report_append_note (PxReportText *text,
                        const char   *note)
{
  g_return_if_fail (text != NULL);

  if (note == NULL)
    return;
  /* Translators: before an analyst's note in a report */
  px_report_text_append (text, _("Note:"), -1, PX_MARK_STRONG);
  px_report_text_append (text, " ", 1, PX_MARK_NONE);
  px_report_text_append (text, note, -1, PX_MARK_NONE);
}

PxReportBlock *
_px_report_note_block (const char *note)
{
  PxReportText *text;

  if (note == NULL)
    return NULL;
  text = px_report_text_new ();
  _px_report_append_note (text, note);
  return px_report_block_new_text (PX_BLOCK_PARAGRAPH, text);
}

const char *
_px_report_row_note (const PxReportOptions *options,
                     PxComparison          *comparison,
                     guint                  row)
{
  return options && options->notes ? px_notes_get_row (options->notes, comparison, row) : NULL;
}

const char *
_px_report_quote_note (const PxReportOptions *options,
                       const PxQuoteGroup    *group)
{
  return options && options->notes ? px_notes_get_quote (options->notes, group) : NULL;
}
