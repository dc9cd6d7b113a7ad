/* px-report-grid.c: the quotation grid, and altered quotations word by word
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per quotation that the articles carry differently, one column
 * per outlet, a symbol per cell whose shape reads in grey (● whole,
 * ◐ trimmed, ◆ altered, ○ absent: px-marks.c); quotations every article
 * carries whole are counted in one line.  Each altered quotation's ◆
 * links to its words marked against the fullest version, listed after
 * the grid.  Rows are short (an excerpt), so the grid takes a page
 * where the old table of run-on text took three.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "px-report-private.h"
#include "px-speaker-corrections.h"

#define GRID_QUOTE_CHARS 60
/* Beyond this many articles the columns are headed by number. */
#define GRID_NAMED_COLUMNS 6

void
_px_report_append_quote_diff (PxReportText            *out,
                              PxComparison            *cmp,
                              const PxQuoteOccurrence *ref,
                              const PxQuoteOccurrence *o)
{
  const char *old_text = px_document_get_text (px_comparison_get_document (cmp, ref->document), NULL) + ref->start;
  const char *new_text = px_document_get_text (px_comparison_get_document (cmp, o->document), NULL) + o->start;
  PxDiffOptions options = { PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY | PX_DIFF_IGNORE_SPACE, FALSE, 0 };
  g_autoptr(GArray) ops = px_diff (old_text, ref->end - ref->start, new_text, o->end - o->start, &options);

  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);
      gboolean replaced = op->type == PX_DIFF_DELETE && i + 1 < ops->len &&
                          g_array_index (ops, PxDiffOp, i + 1).type == PX_DIFF_INSERT;
      gboolean replacement = op->type == PX_DIFF_INSERT && i > 0 &&
                             g_array_index (ops, PxDiffOp, i - 1).type == PX_DIFF_DELETE;

      if (op->type == PX_DIFF_DELETE)
        px_report_text_append (out, old_text + op->old_start, op->old_end - op->old_start,
                               replaced ? PX_MARK_REPLACED : PX_MARK_REMOVED);
      else if (op->type == PX_DIFF_INSERT)
        px_report_text_append (out, new_text + op->new_start, op->new_end - op->new_start,
                               replacement ? PX_MARK_REPLACEMENT : PX_MARK_ADDED);
      else
        px_report_text_append (out, new_text + op->new_start, op->new_end - op->new_start, PX_MARK_NONE);
    }
}

/* Whether every outlet carries the quotation the same way (a primary
 * source carries none: its quotations are checked in their own section). */
static gboolean
group_differs (PxComparison *cmp, const PxQuoteGroup *group)
{
  int first = -1;

  for (guint d = 0; d < group->n_documents; d++)
    if (px_comparison_is_outlet (cmp, d))
      {
        if (first < 0)
          first = (int) group->coverage[d];
        else if ((int) group->coverage[d] != first)
          return TRUE;
      }
  return FALSE;
}

static gboolean
group_has (const PxQuoteGroup *group, PxQuoteCoverage coverage)
{
  for (guint d = 0; d < group->n_documents; d++)
    if (group->coverage[d] == coverage)
      return TRUE;
  return FALSE;
}

static guint
carriers (const PxQuoteGroup *group)
{
  guint n = 0;

  for (guint d = 0; d < group->n_documents; d++)
    n += group->coverage[d] != PX_QUOTE_ABSENT;
  return n;
}

/* Altered first, then trimmed, then the most widely carried: what a
 * reader should look at comes first.  Ties keep the text's order. */
static int
rank (const PxQuoteGroup *group)
{
  return (group_has (group, PX_QUOTE_ALTERED) ? 4000 : 0) + (group_has (group, PX_QUOTE_TRIMMED) ? 2000 : 0) +
         (int) carriers (group);
}

typedef struct {
  guint index;   /* in the comparison's groups: the quotation's number - 1 */
  int rank;
} Ranked;

static int
by_rank (gconstpointer a, gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->rank != y->rank)
    return y->rank - x->rank;
  return (int) x->index - (int) y->index;
}

static char *
anchor_of (guint index)
{
  return g_strdup_printf ("quote-%u", index + 1);
}

static PxReportBlock *
altered_block (PxComparison *cmp, guint index, const PxQuoteGroup *group)
{
  const PxQuoteOccurrence *ref = &g_array_index (group->occurrences, PxQuoteOccurrence, group->reference);
  g_autofree char *head = g_strdup_printf (_("%u. %s, fullest in %s."), index + 1,
                                           group->speaker ? group->speaker : _("speaker unknown"),
                                           _px_report_outlet (cmp, ref->document));
  PxReportText *text = _px_report_text_new_with (px_marks_coverage_symbol (PX_QUOTE_ALTERED), PX_MARK_SYMBOL);
  PxReportBlock *block;

  px_report_text_append (text, " ", 1, PX_MARK_NONE);
  px_report_text_append (text, head, -1, PX_MARK_STRONG);
  for (guint d = 0; d < group->n_documents; d++)
    {
      if (group->coverage[d] != PX_QUOTE_ALTERED)
        continue;
      for (guint i = 0; i < group->occurrences->len; i++)
        {
          const PxQuoteOccurrence *o = &g_array_index (group->occurrences, PxQuoteOccurrence, i);

          if (o->document != d || o->match != PX_QUOTE_MATCH_VARIANT)
            continue;
          px_report_text_append (text, "\n", 1, PX_MARK_NONE);
          px_report_text_append (text, _px_report_outlet (cmp, d), -1, PX_MARK_STRONG);
          px_report_text_append (text, ": “", -1, PX_MARK_NONE);
          _px_report_append_quote_diff (text, cmp, ref, o);
          px_report_text_append (text, "”", -1, PX_MARK_NONE);
          break;
        }
    }
  block = px_report_block_new_text (PX_BLOCK_PARAGRAPH, text);
  block->anchor = anchor_of (index);
  return block;
}

PxReportSection *
_px_report_build_quote_grid (PxComparison          *cmp,
                             const PxReportOptions *options)
{
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  guint n_docs = px_comparison_get_n_documents (cmp), n;
  g_autoptr(GArray) outlets = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  PxReportSection *section;
  PxReportBlock *table;
  guint same = 0, altered = 0;

  /* The outlets' columns: a primary source has its own section. */
  for (guint d = 0; d < n_docs; d++)
    if (px_comparison_is_outlet (cmp, d))
      g_array_append_val (outlets, d);
  n = outlets->len;
  if (groups == NULL || groups->len == 0 || n + 3 > 32)
    return NULL;
  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      Ranked r = { g, rank (group) };

      if (group_differs (cmp, group))
        g_array_append_val (rows, r);
      else
        same++;
    }
  g_array_sort (rows, by_rank);

  section = px_report_section_new (PX_SECTION_QUOTES, "quotes", _("Quotations"));
  section->new_page = TRUE;
  px_report_section_add_block (section, _px_report_paragraph (
    _("Each quotation the articles carry differently, in its fullest version, who said it, and how each article "
      "carries it. Altered ones link to their words, marked, below the grid."), PX_MARK_NOTE));

  g_ptr_array_add (header, g_strdup ("#"));
  g_ptr_array_add (header, g_strdup (_("Quotation")));
  g_ptr_array_add (header, g_strdup (_("Speaker")));
  for (guint c = 0; c < n; c++)
    {
      guint d = g_array_index (outlets, guint, c);

      /* Numbered as in the table of articles. */
      g_ptr_array_add (header, n <= GRID_NAMED_COLUMNS ? g_strdup (_px_report_outlet (cmp, d)) : g_strdup_printf ("%u", d + 1));
    }
  table = px_report_block_new_table (n + 3, (const char **) header->pdata);
  table->numeric_columns = 1;
  for (guint i = 0; i < rows->len; i++)
    {
      guint g = g_array_index (rows, Ranked, i).index;
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      g_autofree PxReportText **cells = g_new0 (PxReportText *, n + 3);
      g_autofree char *number = g_strdup_printf ("%u", g + 1);
      g_autofree char *excerpt = _px_report_quote_excerpt (group, GRID_QUOTE_CHARS);

      cells[0] = _px_report_text_new_with (number, PX_MARK_NONE);
      cells[1] = _px_report_text_new_with (excerpt, PX_MARK_NONE);
      if (_px_report_quote_note (options, group))
        {
          px_report_text_append (cells[1], "\n", 1, PX_MARK_NONE);
          _px_report_append_note (cells[1], _px_report_quote_note (options, group));
        }
      /* "(?)" after a speaker the text names uncertainly: one to check. */
      g_autofree char *speaker = px_speaker_shown (group->speaker, group->speaker_confidence);

      cells[2] = speaker ? _px_report_text_new_with (speaker, PX_MARK_NONE)
                         : _px_report_text_new_with (_("unknown"), PX_MARK_NOTE);
      for (guint c = 0; c < n; c++)
        {
          guint d = g_array_index (outlets, guint, c);

          cells[3 + c] = _px_report_text_new_with (px_marks_coverage_symbol (group->coverage[d]), PX_MARK_SYMBOL);
          if (group->coverage[d] == PX_QUOTE_ALTERED)
            cells[3 + c]->link = anchor_of (g);
        }
      altered += group_has (group, PX_QUOTE_ALTERED);
      px_report_block_add_row (table, cells);
    }
  if (rows->len)
    px_report_section_add_block (section, table);
  else
    px_report_block_free (table);
  if (same)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more quotation is carried the same way by every article.",
                                                            "%u more quotations are carried the same way by every article.",
                                                            same), same);

      px_report_section_add_block (section, _px_report_paragraph (line, PX_MARK_NOTE));
      /* Those the grid only counts keep their notes, after it. */
      for (guint g = 0; g < groups->len; g++)
        {
          const PxQuoteGroup *group = g_ptr_array_index (groups, g);
          const char *note = _px_report_quote_note (options, group);
          g_autofree char *excerpt = NULL;
          PxReportText *text;

          if (note == NULL || group_differs (cmp, group))
            continue;
          excerpt = _px_report_quote_excerpt (group, GRID_QUOTE_CHARS);
          text = _px_report_text_new_with (excerpt, PX_MARK_NONE);
          px_report_text_append (text, " ", 1, PX_MARK_NONE);
          _px_report_append_note (text, note);
          px_report_section_add_block (section, px_report_block_new_text (PX_BLOCK_PARAGRAPH, text));
        }
    }

  if (altered)
    {
      px_report_section_add_block (section, _px_report_paragraph (
        _("Altered quotations, word by word: each article's words against the fullest version."), PX_MARK_STRONG));
      for (guint i = 0; i < rows->len; i++)
        {
          guint g = g_array_index (rows, Ranked, i).index;
          const PxQuoteGroup *group = g_ptr_array_index (groups, g);

          if (group_has (group, PX_QUOTE_ALTERED))
            px_report_section_add_block (section, altered_block (cmp, g, group));
        }
    }
  return section;
}
