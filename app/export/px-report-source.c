/* px-report-source.c: the report's "Quotes against the source" section
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With a primary source among the documents, the report says how each
 * outlet's quotations stand against it: a tally per outlet, then every
 * checked quotation with its label, the source passage and the word
 * diff (the source's words dropped struck through, the article's own
 * underlined, as the aligned rows mark theirs).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-report-source.h"

static PxReportText *
plain (const char *text, PxMark mark)
{
  PxReportText *out = px_report_text_new ();

  px_report_text_append (out, text, -1, mark);
  return out;
}

static PxReportText *
count_text (guint n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  return plain (text, n > 0 ? PX_MARK_STRONG : PX_MARK_NONE);
}

static PxReportBlock *
tally_table (PxComparison *cmp, PxSourceCheck *check)
{
  const char *header[PX_SOURCE_N_LABELS + 1];
  PxReportBlock *table;

  header[0] = _("Outlet");
  for (guint l = 0; l < PX_SOURCE_N_LABELS; l++)
    header[l + 1] = px_source_label_name (l);
  table = px_report_block_new_table (PX_SOURCE_N_LABELS + 1, header);
  for (guint l = 0; l < PX_SOURCE_N_LABELS; l++)
    table->numeric_columns |= 1u << (l + 1);
  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    {
      PxDocument *doc = px_comparison_get_document (cmp, d);
      PxReportText *cells[PX_SOURCE_N_LABELS + 1];
      guint tally[PX_SOURCE_N_LABELS];

      if (px_document_get_primary_source (doc))
        continue;
      px_source_check_get_tally (check, d, tally);
      cells[0] = plain (px_document_get_outlet (doc), PX_MARK_NONE);
      for (guint l = 0; l < PX_SOURCE_N_LABELS; l++)
        cells[l + 1] = count_text (tally[l]);
      px_report_block_add_row (table, cells);
    }
  return table;
}

static void
append_slice (PxReportText *out, PxDocument *doc, guint32 start, guint32 end, PxMark mark)
{
  px_report_text_append (out, px_document_get_text (doc, NULL) + start, end - start, mark);
}

/* Each span: where it is (source, speaker, distance), then its diff. */
static PxReportText *
diff_text (PxComparison *cmp, const PxSourceMatch *m)
{
  PxReportText *out = px_report_text_new ();
  PxDocument *article = px_comparison_get_document (cmp, m->document);

  if (m->spans->len == 0)
    px_report_text_append (out, px_source_label_explain (m->label), -1, PX_MARK_NOTE);
  for (guint s = 0; s < m->spans->len; s++)
    {
      const PxSourceSpan *span = &g_array_index (m->spans, PxSourceSpan, s);
      PxDocument *source = px_comparison_get_document (cmp, span->source);
      g_autofree char *where = NULL;

      if (s > 0)
        px_report_text_append (out, " / ", -1, PX_MARK_NOTE);
      if (s > 0 && span->distance != 0)
        /* Translators: where a piece of a spliced quotation stands, e.g. "Transcript, KERRY, 260 words on:" */
        where = g_strdup_printf (ngettext ("%s, %s, %d word away: ", "%s, %s, %d words away: ", ABS (span->distance)),
                                 px_document_get_outlet (source), span->speaker ? span->speaker : "—",
                                 ABS (span->distance));
      else
        /* Translators: the source and who speaks there, before the passage */
        where = g_strdup_printf (_("%s, %s: "), px_document_get_outlet (source), span->speaker ? span->speaker : "—");
      px_report_text_append (out, where, -1, PX_MARK_NOTE);
      for (guint i = 0; i < span->diff->len; i++)
        {
          const PxDiffOp *op = &g_array_index (span->diff, PxDiffOp, i);

          if (i > 0)
            px_report_text_append (out, " ", 1, PX_MARK_NONE);
          if (op->type == PX_DIFF_EQUAL)
            append_slice (out, source, op->old_start, op->old_end, PX_MARK_NONE);
          else if (op->type == PX_DIFF_DELETE)
            append_slice (out, source, op->old_start, op->old_end, PX_MARK_REMOVED);
          else
            append_slice (out, article, op->new_start, op->new_end, PX_MARK_ADDED);
        }
    }
  return out;
}

static PxReportText *
label_text (const PxSourceMatch *m)
{
  PxReportText *out = plain (px_source_label_name (m->label),
                             m->label == PX_SOURCE_VERBATIM ? PX_MARK_NONE : PX_MARK_STRONG);

  if (m->conventions & PX_SOURCE_BRACKETS)
    px_report_text_append (out, _(" (bracketed insertion recognised)"), -1, PX_MARK_NOTE);
  if (m->conventions & PX_SOURCE_ELLIPSIS)
    px_report_text_append (out, _(" (ellipsis recognised)"), -1, PX_MARK_NOTE);
  return out;
}

static PxReportBlock *
match_table (PxComparison *cmp, PxSourceCheck *check)
{
  const char *header[] = { _("Outlet"), _("Quotation"), _("Against the source"), _("The source’s words, and the changes") };
  PxReportBlock *table = px_report_block_new_table (G_N_ELEMENTS (header), header);

  for (guint k = 0; k < px_source_check_get_n_matches (check); k++)
    {
      const PxSourceMatch *m = px_source_check_get_match (check, k);
      PxDocument *article = px_comparison_get_document (cmp, m->document);
      PxReportText *cells[4];

      cells[0] = plain (px_document_get_outlet (article), PX_MARK_NONE);
      cells[1] = px_report_text_new ();
      px_report_text_append (cells[1], "“", -1, PX_MARK_NONE);
      append_slice (cells[1], article, m->start, m->end, PX_MARK_NONE);
      px_report_text_append (cells[1], "”", -1, PX_MARK_NONE);
      cells[2] = label_text (m);
      cells[3] = diff_text (cmp, m);
      px_report_block_add_row (table, cells);
    }
  return table;
}

/**
 * px_report_add_source_section:
 *
 * Adds the "Quotes against the source" section before the legend when
 * @comparison has a primary source; does nothing otherwise.
 */
void
px_report_add_source_section (PxReport     *report,
                              PxComparison *comparison)
{
  PxSourceCheck *check = px_comparison_get_source_check (comparison);
  PxReportSection *section;
  const char * const *notices;
  GString *sources;

  if (check == NULL || px_source_check_get_n_sources (check) == 0)
    return;
  section = px_report_section_new (PX_SECTION_OTHER, "quotes-source", _("Quotes against the source"));
  sources = g_string_new (NULL);
  for (guint d = 0; d < px_comparison_get_n_documents (comparison); d++)
    if (px_document_get_primary_source (px_comparison_get_document (comparison, d)))
      g_string_append_printf (sources, "%s%s", sources->len ? ", " : "",
                              px_document_get_outlet (px_comparison_get_document (comparison, d)));
  {
    g_autofree char *intro =
      /* Translators: %s names the primary sources */
      g_strdup_printf (_("Every quotation of the articles, looked for in the primary source (%s) word by word. "
                         "Case, typography and punctuation are not counted as changes; bracketed insertions "
                         "and ellipses are the journalist’s conventions and are said as such."),
                       sources->str);

    px_report_section_add_block (section, px_report_block_new_text (PX_BLOCK_PARAGRAPH, plain (intro, PX_MARK_NONE)));
  }
  g_string_free (sources, TRUE);
  notices = px_source_check_get_notices (check, NULL);
  for (guint i = 0; notices[i]; i++)
    px_report_section_add_block (section, px_report_block_new_text (PX_BLOCK_PARAGRAPH,
                                                                    plain (notices[i], PX_MARK_STRONG)));
  px_report_section_add_block (section, tally_table (comparison, check));
  if (px_source_check_get_n_matches (check) > 0)
    px_report_section_add_block (section, match_table (comparison, check));
  px_report_insert_section (report, section, PX_SECTION_LEGEND);
}
