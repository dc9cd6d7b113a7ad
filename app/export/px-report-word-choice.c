/* px-report-word-choice.c: the report's Word Choice section
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The word-choice sets (px-word-choice.c) as a table after page 1: one
 * row per set, best first.  Up to a handful of articles, one column per
 * outlet, each cell what that outlet writes in its whole article and
 * how often, its most used variant marked; beyond that the columns
 * would be too narrow to read, so each variant gets a line naming the
 * outlets that use it.  The full list of sets is in the JSON.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-report-private.h"
#include "px-word-choice.h"

/* The sets a report lists at most: the rest are in the JSON. */
#define REPORT_MAX_SETS 10
/* Up to this many articles a column each, as the quotation grid. */
#define NAMED_COLUMNS 6

/* What document @d writes of @set: its most used variant marked, then
 * the others it uses, each with its count. */
static PxReportText *
cell_text (const PxWordChoiceSet *set, guint d)
{
  PxReportText *text = px_report_text_new ();
  gboolean any = FALSE;

  if (set->preferred[d] < 0)
    {
      px_report_text_append (text, "–", -1, PX_MARK_NOTE);
      return text;
    }
  for (int pass = 0; pass < 2; pass++)
    for (guint v = 0; v < set->variants->len; v++)
      {
        const PxWordChoiceVariant *var = g_ptr_array_index (set->variants, v);
        g_autofree char *count = NULL;

        if (var->counts[d] == 0 || ((int) v == set->preferred[d]) != (pass == 0))
          continue;
        if (any)
          px_report_text_append (text, ", ", -1, PX_MARK_NONE);
        px_report_text_append (text, var->text, -1, pass == 0 ? PX_MARK_WORD_CHOICE : PX_MARK_NONE);
        count = g_strdup_printf (" %u", var->counts[d]);
        px_report_text_append (text, count, -1, PX_MARK_NONE);
        any = TRUE;
      }
  return text;
}

/* Beyond NAMED_COLUMNS articles: one line per variant, "ISIL: CNN 4,
 * Fox 2", the variant marked where it is an outlet's most used. */
static PxReportText *
variants_text (PxComparison *cmp, const PxWordChoiceSet *set)
{
  PxReportText *text = px_report_text_new ();

  for (guint v = 0; v < set->variants->len; v++)
    {
      const PxWordChoiceVariant *var = g_ptr_array_index (set->variants, v);
      gboolean first = TRUE;

      if (v > 0)
        px_report_text_append (text, "\n", 1, PX_MARK_NONE);
      px_report_text_append (text, var->text, -1, PX_MARK_WORD_CHOICE);
      px_report_text_append (text, ": ", -1, PX_MARK_NONE);
      for (guint d = 0; d < set->n_documents; d++)
        {
          g_autofree char *entry = NULL;

          if (var->counts[d] == 0)
            continue;
          entry = g_strdup_printf ("%s%s %u", first ? "" : ", ", _px_report_outlet (cmp, d), var->counts[d]);
          px_report_text_append (text, entry, -1, set->preferred[d] == (int) v ? PX_MARK_STRONG : PX_MARK_NONE);
          first = FALSE;
        }
    }
  return text;
}

PxReportSection *
_px_report_build_word_choice (PxComparison          *cmp,
                              const PxReportOptions *options)
{
  GPtrArray *sets = px_comparison_get_word_choice (cmp);
  guint n = px_comparison_get_n_documents (cmp);
  gboolean columns = n <= NAMED_COLUMNS;
  g_autoptr(GPtrArray) header = g_ptr_array_new ();
  PxReportSection *section;
  PxReportBlock *table;

  if (sets->len == 0 || n < 2)
    return NULL;
  section = px_report_section_new (PX_SECTION_WORD_CHOICE, "word-choice", _("Word Choice"));
  section->new_page = TRUE;
  px_report_section_add_block (section,
    _px_report_paragraph (columns ? _("The same thing named differently: where aligned paragraphs swap one word for "
                                      "another, or an article gives a name with its abbreviation. Each cell is what "
                                      "an outlet writes in its whole article and how often; its most used variant "
                                      "is marked.")
                                  : _("The same thing named differently: where aligned paragraphs swap one word for "
                                      "another, or an article gives a name with its abbreviation. Each variant is "
                                      "followed by the outlets that write it and how often; an outlet in bold uses "
                                      "it most."),
                          PX_MARK_NOTE));

  g_ptr_array_add (header, _("Variants"));
  if (columns)
    for (guint d = 0; d < n; d++)
      g_ptr_array_add (header, (gpointer) _px_report_outlet (cmp, d));
  else
    g_ptr_array_add (header, _("Who writes what"));
  table = px_report_block_new_table (header->len, (const char **) header->pdata);
  for (guint s = 0; s < sets->len && s < REPORT_MAX_SETS; s++)
    {
      const PxWordChoiceSet *set = g_ptr_array_index (sets, s);
      g_autofree PxReportText **cells = g_new0 (PxReportText *, header->len);
      g_autofree char *label = px_word_choice_set_label (set);
      g_autofree char *named = NULL;

      if (set->kind == PX_WORD_CHOICE_ATTRIBUTION)
        named = g_strdup_printf (_("Attribution: %s"), label);
      cells[0] = _px_report_text_new_with (named ? named : label, PX_MARK_NONE);
      if (columns)
        for (guint d = 0; d < n; d++)
          cells[d + 1] = cell_text (set, d);
      else
        cells[1] = variants_text (cmp, set);
      px_report_block_add_row (table, cells);
    }
  px_report_section_add_block (section, table);
  if (sets->len > REPORT_MAX_SETS)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more set is in the JSON export.",
                                                            "%u more sets are in the JSON export.",
                                                            sets->len - REPORT_MAX_SETS),
                                               sets->len - REPORT_MAX_SETS);

      px_report_section_add_block (section, _px_report_paragraph (more, PX_MARK_NOTE));
    }
  return section;
}
