/* px-report-summary.c: page 1 of a report, in plain words
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader who stops after page 1 should know the story of the
 * comparison: which articles, against which reference and why, what
 * each outlet left out and added (the largest omissions named by their
 * first words), which quotations only some outlets carry or altered,
 * how alike the articles are, and how to read the marks that follow.
 * Everything here is counted from the comparison; nothing is canned.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "px-report-private.h"
#include "px-similarity.h"

/* How many omissions, additions and quotations page 1 names. */
#define NAMED_OMISSIONS 2      /* with up to three other outlets; else one */
#define NAMED_SPEAKERS 3
#define NAMED_QUOTES 2
#define NAMED_QUOTE_OUTLETS 3   /* beyond: their number */
#define OPENING_CHARS 40
#define HEADLINE_CHARS 60
#define CONDENSED_HEADLINE_CHARS 30

/* ---- The articles ---- */

/* The share of words an article has in common with the others, both
 * ways, averaged: the most central article scores highest. */
static double
centrality (PxComparison *cmp, guint d)
{
  guint others = 0;
  double sum = 0;

  /* Against the outlets only: a primary source is no article. */
  for (guint e = 0; e < px_comparison_get_n_documents (cmp); e++)
    if (e != d && px_comparison_is_outlet (cmp, e))
      {
        sum += (px_comparison_get_similarity (cmp, d, e) + px_comparison_get_similarity (cmp, e, d)) / 2;
        others++;
      }
  return others ? sum / others : 1;
}

static char *
headline_of (PxComparison *cmp, guint d)
{
  PxDocument *doc = px_comparison_get_document (cmp, d);
  int headline = px_comparison_get_headline (cmp, d);
  g_autofree char *text = px_document_get_headline (doc) ? g_strdup (px_document_get_headline (doc)) :
                          headline >= 0 ? px_document_dup_paragraph_text (doc, headline)
                                        : g_strdup (px_document_get_title (doc) ? px_document_get_title (doc) : "");

  return _px_report_opening_words (text, HEADLINE_CHARS);
}

/* Why the reference is the reference, in one sentence measured from
 * the comparison: its share of words with the others, and the most
 * central article when that is another one. */
static char *
reference_sentence (PxComparison *cmp)
{
  guint n = px_comparison_get_n_documents (cmp);
  guint ref = px_comparison_get_reference (cmp), best = ref;
  double ref_share = centrality (cmp, ref);
  guint n_outlets = 0;
  g_autofree char *ref_percent = NULL;
  g_autofree char *best_percent = NULL;

  for (guint d = 0; d < n; d++)
    n_outlets += px_comparison_is_outlet (cmp, d);
  if (n_outlets < 2)
    return g_strdup_printf (_("%s is the only article."), _px_report_outlet (cmp, ref));
  for (guint d = 0; d < n; d++)
    /* Half a point is no difference a reader would see. */
    if (px_comparison_is_outlet (cmp, d) && centrality (cmp, d) > centrality (cmp, best) + 0.005)
      best = d;
  ref_percent = px_similarity_percent (ref_share);
  if (best == ref)
    return g_strdup_printf (_("The reference, %s, is the article the others are compared against: it shares "
                              "%s of its words with the others on average, more than any other article does."),
                            _px_report_outlet (cmp, ref), ref_percent);
  best_percent = px_similarity_percent (centrality (cmp, best));
  return g_strdup_printf (_("The reference, %s, is the article the others are compared against, as chosen for this "
                            "comparison: it shares %s of its words with the others on average (%s, the most "
                            "central, shares %s)."),
                          _px_report_outlet (cmp, ref), ref_percent, _px_report_outlet (cmp, best),
                          best_percent);
}

static PxReportBlock *condensed_sources (PxComparison *cmp);

PxReportSection *
_px_report_build_sources (PxComparison          *cmp,
                          const PxReportOptions *options)
{
  PxReportSection *section = px_report_section_new (PX_SECTION_SOURCES, "sources", _("The articles"));
  const char *header[] = { "#", _("Outlet"), _("Headline"), _("Date"), _("Words") };
  PxReportBlock *table = px_report_block_new_table (G_N_ELEMENTS (header), header);
  guint ref = px_comparison_get_reference (cmp);
  g_autofree char *why = reference_sentence (cmp);

  table->numeric_columns = 1 << 0 | 1 << 4;
  table->detail = PX_DETAIL_FULL;
  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    {
      PxDocument *doc = px_comparison_get_document (cmp, d);
      g_autofree char *number = g_strdup_printf ("%u", d + 1);
      g_autofree char *title = headline_of (cmp, d);
      /* A web page's own metadata first, else a date line near the top. */
      g_autofree char *date = px_document_get_date (doc) ? g_strdup (px_document_get_date (doc))
                                                         : px_report_find_date (cmp, d);
      g_autofree char *words = g_strdup_printf ("%" G_GSIZE_FORMAT, px_document_get_n_words (doc));
      PxReportText *cells[5];

      cells[0] = _px_report_text_new_with (number, PX_MARK_NONE);
      cells[1] = _px_report_text_new_with (_px_report_outlet (cmp, d), PX_MARK_STRONG);
      if (d == ref)
        {
          px_report_text_append (cells[1], " ", 1, PX_MARK_NONE);
          px_report_text_append (cells[1], _("(reference)"), -1, PX_MARK_NOTE);
        }
      else if (!px_comparison_is_outlet (cmp, d))
        {
          px_report_text_append (cells[1], " ", 1, PX_MARK_NONE);
          /* Translators: after a name in the report's table of articles */
          px_report_text_append (cells[1], _("(primary source)"), -1, PX_MARK_NOTE);
        }
      cells[2] = _px_report_text_new_with (title, PX_MARK_NONE);
      cells[3] = date ? _px_report_text_new_with (date, PX_MARK_NONE) : _px_report_text_new_with ("—", PX_MARK_NOTE);
      cells[4] = _px_report_text_new_with (words, PX_MARK_NONE);
      px_report_block_add_row (table, cells);
    }
  px_report_section_add_block (section, table);
  px_report_section_add_block (section, condensed_sources (cmp));
  px_report_section_add_block (section, _px_report_paragraph (why, PX_MARK_NONE));
  return section;
}

/* ---- What each outlet left out and added ---- */

typedef struct {
  guint paragraph;   /* in the document it belongs to */
  guint n_words;
} Para;

static int
by_words_desc (gconstpointer a, gconstpointer b)
{
  const Para *x = a, *y = b;

  return (int) y->n_words - (int) x->n_words;
}

static char *
opening_of (PxComparison *cmp, guint d, guint p)
{
  g_autofree char *text = px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), p);

  return _px_report_quoted_opening (text, OPENING_CHARS);
}

/* "“The idea of…” (85 words) and “Kerry said…” (60 words)" */
static void
append_named (GString *out, PxComparison *cmp, guint d, GArray *paras, guint max)
{
  guint n = MIN (paras->len, max);

  for (guint i = 0; i < n; i++)
    {
      const Para *p = &g_array_index (paras, Para, i);
      g_autofree char *opening = opening_of (cmp, d, p->paragraph);
      g_autofree char *words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", p->n_words), p->n_words);

      if (i > 0)
        g_string_append (out, i + 1 == n ? _(" and ") : ", ");
      g_string_append_printf (out, "%s (%s)", opening, words);
    }
}

static guint
sum_words (GArray *paras)
{
  guint sum = 0;

  for (guint i = 0; i < paras->len; i++)
    sum += g_array_index (paras, Para, i).n_words;
  return sum;
}

/* What an outlet leaves out of the reference and adds, its longest
 * paragraphs first, and how many shared paragraphs it rewords or moves. */
typedef struct {
  GArray *omitted;   /* Para, of the reference */
  GArray *added;     /* Para, of the outlet */
  guint changed;
  guint moved;
} OutletDiff;

static void
outlet_diff_init (OutletDiff *od, PxComparison *cmp, guint d)
{
  guint ref = px_comparison_get_reference (cmp);
  PxDocument *ref_doc = px_comparison_get_document (cmp, ref), *doc = px_comparison_get_document (cmp, d);

  od->omitted = g_array_new (FALSE, FALSE, sizeof (Para));
  od->added = g_array_new (FALSE, FALSE, sizeof (Para));
  od->changed = od->moved = 0;
  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);
      int rp = cells[ref].paragraph, dp = cells[d].paragraph;

      if (rp >= 0 && dp < 0 && !px_comparison_is_furniture (cmp, ref, rp))
        {
          Para p = { rp, px_document_get_paragraph (ref_doc, rp)->n_words };
          g_array_append_val (od->omitted, p);
        }
      else if (rp < 0 && dp >= 0 && !px_comparison_is_furniture (cmp, d, dp) &&
               !(cells[d].flags & PX_CELL_CONTINUATION))
        {
          Para p = { dp, px_document_get_paragraph (doc, dp)->n_words };
          g_array_append_val (od->added, p);
        }
      else if (rp >= 0 && dp >= 0)
        {
          od->changed += px_comparison_cell_changed (cmp, r, d);
          od->moved += (cells[d].flags & PX_CELL_MOVED) != 0;
        }
    }
  g_array_sort (od->omitted, by_words_desc);
  g_array_sort (od->added, by_words_desc);
}

static void
outlet_diff_clear (OutletDiff *od)
{
  g_array_unref (od->omitted);
  g_array_unref (od->added);
}

static PxReportText *
outlet_summary (PxComparison *cmp, guint d)
{
  guint ref = px_comparison_get_reference (cmp);
  OutletDiff od;
  GArray *omitted, *added;
  guint changed, moved;
  g_autoptr(GString) s = g_string_new (NULL);
  PxReportText *text = _px_report_text_new_with (_px_report_outlet (cmp, d), PX_MARK_STRONG);

  outlet_diff_init (&od, cmp, d);
  omitted = od.omitted;
  added = od.added;
  changed = od.changed;
  moved = od.moved;

  if (omitted->len == 0)
    g_string_append (s, _(" leaves out none of the reference's paragraphs."));
  else
    {
      g_autofree char *words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", sum_words (omitted)),
                                                sum_words (omitted));

      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, " leaves out %u paragraph of the reference (%s): ",
                                              " leaves out %u paragraphs of the reference (%s), the longest ",
                                              omitted->len), omitted->len, words);
      append_named (s, cmp, ref, omitted, px_comparison_get_n_documents (cmp) <= 4 ? NAMED_OMISSIONS : 1);
      g_string_append (s, ".");
    }
  if (added->len == 0)
    g_string_append (s, _(" It adds no paragraph of its own."));
  else
    {
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, " It adds %u paragraph of its own: ",
                                              " It adds %u paragraphs of its own, the longest ", added->len),
                              added->len);
      append_named (s, cmp, d, added, 1);
      g_string_append (s, ".");
    }
  if (changed > 0)
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, " %u paragraph is worded differently.",
                                            " %u paragraphs are worded differently.", changed), changed);
  if (moved > 0)
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, " %u paragraph stands in another place.",
                                            " %u paragraphs stand in other places.", moved), moved);
  px_report_text_append (text, s->str, -1, PX_MARK_NONE);
  outlet_diff_clear (&od);
  return text;
}

/* "7 (142 words)": a count of paragraphs and their words, for the
 * condensed table. */
static PxReportText *
count_cell (GArray *paras)
{
  g_autofree char *words = NULL;

  if (paras->len == 0)
    return _px_report_text_new_with ("0", PX_MARK_NONE);
  words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", sum_words (paras)), sum_words (paras));
  {
    /* Translators: paragraphs and their words in the report's condensed table of articles, "7 (142 words)" */
    g_autofree char *cell = g_strdup_printf (_("%u (%s)"), paras->len, words);

    return _px_report_text_new_with (cell, PX_MARK_NONE);
  }
}

/* Page 1 when it runs short: the table of articles with what each
 * outlet leaves out, adds and rewords, one line an article, in place of
 * the table above and a paragraph per outlet. */
static PxReportBlock *
condensed_sources (PxComparison *cmp)
{
  const char *header[] = { "#", _("Outlet"), _("Headline"), _("Date"), _("Words"), _("Left out"), _("Added"),
                           _("Reworded") };
  PxReportBlock *table = px_report_block_new_table (G_N_ELEMENTS (header), header);
  guint ref = px_comparison_get_reference (cmp);

  table->detail = PX_DETAIL_CONDENSED;
  table->numeric_columns = 1 << 0 | 1 << 4 | 1 << 7;
  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    {
      PxDocument *doc = px_comparison_get_document (cmp, d);
      g_autofree char *number = g_strdup_printf ("%u", d + 1);
      g_autofree char *full = headline_of (cmp, d);
      g_autofree char *title = _px_report_opening_words (full, CONDENSED_HEADLINE_CHARS);
      g_autofree char *date = px_document_get_date (doc) ? g_strdup (px_document_get_date (doc))
                                                         : px_report_find_date (cmp, d);
      g_autofree char *words = g_strdup_printf ("%" G_GSIZE_FORMAT, px_document_get_n_words (doc));
      PxReportText *cells[8];

      cells[0] = _px_report_text_new_with (number, PX_MARK_NONE);
      cells[1] = _px_report_text_new_with (_px_report_outlet (cmp, d), PX_MARK_STRONG);
      cells[2] = _px_report_text_new_with (title, PX_MARK_NONE);
      cells[3] = date ? _px_report_text_new_with (date, PX_MARK_NONE) : _px_report_text_new_with ("—", PX_MARK_NOTE);
      cells[4] = _px_report_text_new_with (words, PX_MARK_NONE);
      if (d == ref || !px_comparison_is_outlet (cmp, d))
        {
          cells[5] = _px_report_text_new_with (d == ref ? _("(reference)") : _("(primary source)"), PX_MARK_NOTE);
          cells[6] = _px_report_text_new_with ("—", PX_MARK_NOTE);
          cells[7] = _px_report_text_new_with ("—", PX_MARK_NOTE);
        }
      else
        {
          OutletDiff od;
          g_autofree char *changed = NULL;

          outlet_diff_init (&od, cmp, d);
          changed = g_strdup_printf ("%u", od.changed);
          cells[5] = count_cell (od.omitted);
          cells[6] = count_cell (od.added);
          cells[7] = _px_report_text_new_with (changed, PX_MARK_NONE);
          outlet_diff_clear (&od);
        }
      px_report_block_add_row (table, cells);
    }
  return table;
}

/* Page 1 when it runs short: in place of a paragraph per outlet, the
 * reference's paragraph most outlets leave out and the longest paragraph
 * an outlet adds, each named by its first words. */
static PxReportBlock *
condensed_outlets (PxComparison *cmp)
{
  guint n = px_comparison_get_n_documents (cmp), ref = px_comparison_get_reference (cmp), n_outlets = 0;
  PxDocument *ref_doc = px_comparison_get_document (cmp, ref);
  guint best_rp = G_MAXUINT, best_count = 0, best_words = 0;
  guint add_d = 0, add_p = G_MAXUINT, add_words = 0;
  g_autoptr(GString) s = g_string_new (NULL);
  PxReportBlock *block;

  for (guint d = 0; d < n; d++)
    n_outlets += d != ref && px_comparison_is_outlet (cmp, d);
  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);
      int rp = cells[ref].paragraph;
      guint count = 0;

      for (guint d = 0; d < n; d++)
        {
          int dp = cells[d].paragraph;

          if (d == ref || !px_comparison_is_outlet (cmp, d))
            continue;
          count += rp >= 0 && dp < 0;
          if (rp < 0 && dp >= 0 && !px_comparison_is_furniture (cmp, d, dp) &&
              !(cells[d].flags & PX_CELL_CONTINUATION) &&
              px_document_get_paragraph (px_comparison_get_document (cmp, d), dp)->n_words > add_words)
            {
              add_d = d;
              add_p = dp;
              add_words = px_document_get_paragraph (px_comparison_get_document (cmp, d), dp)->n_words;
            }
        }
      if (rp >= 0 && count > 0 && !px_comparison_is_furniture (cmp, ref, rp))
        {
          guint words = px_document_get_paragraph (ref_doc, rp)->n_words;

          if (count > best_count || (count == best_count && words > best_words))
            {
              best_rp = rp;
              best_count = count;
              best_words = words;
            }
        }
    }
  if (best_rp != G_MAXUINT)
    {
      g_autofree char *opening = opening_of (cmp, ref, best_rp);
      g_autofree char *words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", best_words), best_words);

      /* Translators: "Left out most often: “The idea of…” (85 words), by 4 of 5 outlets." */
      g_string_append_printf (s, _("Left out most often: %s (%s), by %u of %u outlets."), opening, words, best_count,
                              n_outlets);
    }
  else
    g_string_append (s, _("No outlet leaves out a paragraph of the reference."));
  if (add_p != G_MAXUINT)
    {
      g_autofree char *opening = opening_of (cmp, add_d, add_p);
      g_autofree char *words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", add_words), add_words);

      g_string_append (s, " ");
      /* Translators: "The longest paragraph an outlet adds: “Kerry said…” (60 words), in CNN." */
      g_string_append_printf (s, _("The longest paragraph an outlet adds: %s (%s), in %s."), opening, words,
                              _px_report_outlet (cmp, add_d));
    }
  block = _px_report_paragraph (s->str, PX_MARK_NONE);
  block->detail = PX_DETAIL_CONDENSED;
  return block;
}

/* ---- Quotations in plain words ---- */

static guint
n_carrying (PxComparison *cmp, const PxQuoteGroup *group)
{
  guint n = 0;

  for (guint d = 0; d < group->n_documents; d++)
    n += group->coverage[d] != PX_QUOTE_ABSENT && px_comparison_is_outlet (cmp, d);
  return n;
}

/* "“No. We’re not sitting…” (John Kerry) in CNN, CNN (2)" for the
 * first groups whose coverage is @coverage somewhere. */
static guint
append_quotes_with (GString *out, PxComparison *cmp, GPtrArray *groups, PxQuoteCoverage coverage, guint max)
{
  guint shown = 0, total = 0;

  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      gboolean any = FALSE, first = TRUE;
      guint n_with = 0;

      for (guint d = 0; d < group->n_documents; d++)
        any |= group->coverage[d] == coverage && px_comparison_is_outlet (cmp, d);
      if (!any)
        continue;
      total++;
      if (shown == max)
        continue;
      {
        g_autofree char *excerpt = _px_report_quote_excerpt (group, 40);

        g_string_append (out, shown ? "; " : " ");
        g_string_append (out, excerpt);
        if (group->speaker)
          g_string_append_printf (out, " (%s)", group->speaker);
        g_string_append (out, _(" in "));
        for (guint d = 0; d < group->n_documents; d++)
          n_with += group->coverage[d] == coverage && px_comparison_is_outlet (cmp, d);
        /* A long list of names says less than their number. */
        if (n_with > NAMED_QUOTE_OUTLETS)
          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u outlet", "%u outlets", n_with), n_with);
        else
          for (guint d = 0; d < group->n_documents; d++)
            if (group->coverage[d] == coverage && px_comparison_is_outlet (cmp, d))
              {
                g_string_append_printf (out, "%s%s", first ? "" : ", ", _px_report_outlet (cmp, d));
                first = FALSE;
              }
        shown++;
      }
    }
  if (total > shown)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "; and %u more", "; and %u more", total - shown),
                            total - shown);
  if (total)
    g_string_append (out, ".");
  return total;
}

/* Speakers whose every quotation stands in one article only. */
static void
append_single_speakers (GString *out, PxComparison *cmp, GPtrArray *groups)
{
  g_autoptr(GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);   /* speaker → outlet + 1, or 0: several */
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  guint shown = 0;

  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      guint only = G_MAXUINT;
      gpointer value;

      if (group->speaker == NULL)
        continue;
      for (guint d = 0; d < group->n_documents; d++)
        if (group->coverage[d] != PX_QUOTE_ABSENT && px_comparison_is_outlet (cmp, d))
          only = only == G_MAXUINT ? d : G_MAXUINT - 1;
      if (!g_hash_table_lookup_extended (outlets, group->speaker, NULL, &value))
        {
          g_ptr_array_add (order, group->speaker);
          value = GUINT_TO_POINTER (only < G_MAXUINT - 1 ? only + 1 : 0);
        }
      else if (GPOINTER_TO_UINT (value) != (only < G_MAXUINT - 1 ? only + 1 : 0))
        value = GUINT_TO_POINTER (0);
      g_hash_table_insert (outlets, group->speaker, value);
    }
  for (guint i = 0; i < order->len; i++)
    {
      guint outlet = GPOINTER_TO_UINT (g_hash_table_lookup (outlets, order->pdata[i]));

      if (outlet == 0)
        continue;
      if (shown < NAMED_SPEAKERS)
        {
          g_string_append (out, shown ? ", " : _(" Quoted in only one article: "));
          g_string_append_printf (out, "%s (%s)", (char *) order->pdata[i], _px_report_outlet (cmp, outlet - 1));
        }
      shown++;
    }
  if (shown > NAMED_SPEAKERS)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more", shown - NAMED_SPEAKERS),
                            shown - NAMED_SPEAKERS);
  if (shown)
    g_string_append (out, ".");
}

static PxReportText *
quotes_summary (PxComparison *cmp)
{
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  guint n = 0, everywhere = 0, single = 0;
  g_autoptr(GString) s = g_string_new (NULL);
  PxReportText *text;

  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    n += px_comparison_is_outlet (cmp, d);

  if (groups == NULL || groups->len == 0)
    return _px_report_text_new_with (_("No article quotes anyone at length."), PX_MARK_NONE);
  for (guint g = 0; g < groups->len; g++)
    {
      guint k = n_carrying (cmp, g_ptr_array_index (groups, g));

      everywhere += k == n;
      single += k == 1;
    }
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u quotation: ", "%u quotations: ", groups->len), groups->len);
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u stands in every article, ", "%u stand in every article, ",
                                          everywhere), everywhere);
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u in only one.", "%u in only one.", single), single);
  append_single_speakers (s, cmp, groups);
  text = _px_report_text_new_with (s->str, PX_MARK_NONE);

  g_string_truncate (s, 0);
  if (append_quotes_with (s, cmp, groups, PX_QUOTE_ALTERED, NAMED_QUOTES))
    {
      px_report_text_append (text, " ", 1, PX_MARK_NONE);
      px_report_text_append (text, _("Altered:"), -1, PX_MARK_STRONG);
      px_report_text_append (text, s->str, -1, PX_MARK_NONE);
    }
  g_string_truncate (s, 0);
  if (append_quotes_with (s, cmp, groups, PX_QUOTE_TRIMMED, NAMED_QUOTES))
    {
      px_report_text_append (text, " ", 1, PX_MARK_NONE);
      px_report_text_append (text, _("Trimmed:"), -1, PX_MARK_STRONG);
      px_report_text_append (text, s->str, -1, PX_MARK_NONE);
    }
  return text;
}

/* The outlets only: a primary source has its own section. */
static PxReportBlock *
heat_map (PxComparison *cmp)
{
  g_autoptr(GArray) outlets = g_array_new (FALSE, FALSE, sizeof (guint));
  PxReportBlock *heat = g_new0 (PxReportBlock, 1);
  guint n;

  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    if (px_comparison_is_outlet (cmp, d))
      g_array_append_val (outlets, d);
  n = outlets->len;
  heat->kind = PX_BLOCK_HEATMAP;
  heat->labels = g_ptr_array_new_with_free_func (g_free);
  heat->values = g_new (double, MAX (n * n, 1));
  for (guint a = 0; a < n; a++)
    {
      guint da = g_array_index (outlets, guint, a);

      g_ptr_array_add (heat->labels, g_strdup (_px_report_outlet (cmp, da)));
      for (guint b = 0; b < n; b++)
        heat->values[a * n + b] = px_comparison_get_similarity (cmp, da, g_array_index (outlets, guint, b));
    }
  return heat;
}

PxReportSection *
_px_report_build_summary (PxComparison          *cmp,
                          const PxReportOptions *options)
{
  PxReportSection *section = px_report_section_new (PX_SECTION_SUMMARY, "summary", _("Summary"));
  guint n = px_comparison_get_n_documents (cmp);
  guint ref = px_comparison_get_reference (cmp);

  PxReportBlock *block;

  for (guint d = 0; d < n; d++)
    if (d != ref && px_comparison_is_outlet (cmp, d))
      {
        block = px_report_block_new_text (PX_BLOCK_PARAGRAPH, outlet_summary (cmp, d));
        block->detail = PX_DETAIL_FULL;
        px_report_section_add_block (section, block);
      }
  px_report_section_add_block (section, condensed_outlets (cmp));
  px_report_section_add_block (section, px_report_block_new_text (PX_BLOCK_PARAGRAPH, quotes_summary (cmp)));
  block = _px_report_paragraph (
    _("How alike the articles are: the per cent of the row's article's words the column's article shares."), PX_MARK_NOTE);
  block->after_legend_when_short = TRUE;
  px_report_section_add_block (section, block);
  block = heat_map (cmp);
  block->after_legend_when_short = TRUE;
  px_report_section_add_block (section, block);
  return section;
}

/* ---- The legend ---- */

static void
legend_pair (PxReportText **cells, const char *sample, PxMark mark, const char *meaning)
{
  cells[0] = _px_report_text_new_with (sample, mark);
  cells[1] = _px_report_text_new_with (meaning, PX_MARK_NONE);
}

static PxReportText *
symbol_sample (PxQuoteCoverage coverage)
{
  PxReportText *text = _px_report_text_new_with (px_marks_coverage_symbol (coverage), PX_MARK_SYMBOL);

  px_report_text_append (text, " ", 1, PX_MARK_NONE);
  px_report_text_append (text, px_quote_coverage_label (coverage), -1, PX_MARK_NONE);
  return text;
}

/* Two marks a row, so that the legend fits on page 1; each sample is
 * drawn in its own mark, as px-marks.c defines it. */
PxReportSection *
_px_report_build_legend (PxComparison          *cmp,
                         const PxReportOptions *options)
{
  PxReportSection *section = px_report_section_new (PX_SECTION_LEGEND, "legend", _("How to read this report"));
  const char *header[] = { _("Mark"), _("Meaning"), _("Mark"), _("Meaning") };
  PxReportBlock *table = px_report_block_new_table (4, header);
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  PxReportText *cells[4];

  legend_pair (cells, px_marks_get_name (PX_MARK_KIND_ADDED), PX_MARK_ADDED, px_marks_get_meaning (PX_MARK_KIND_ADDED));
  legend_pair (cells + 2, px_marks_get_name (PX_MARK_KIND_DROPPED), PX_MARK_REMOVED, px_marks_get_meaning (PX_MARK_KIND_DROPPED));
  px_report_block_add_row (table, cells);
  legend_pair (cells, px_marks_get_name (PX_MARK_KIND_REPLACED), PX_MARK_REPLACED, px_marks_get_meaning (PX_MARK_KIND_REPLACED));
  legend_pair (cells + 2, px_marks_get_name (PX_MARK_KIND_REPLACEMENT), PX_MARK_REPLACEMENT,
               px_marks_get_meaning (PX_MARK_KIND_REPLACEMENT));
  px_report_block_add_row (table, cells);
  legend_pair (cells, _("changed"), PX_MARK_NOTE, _("a paragraph reworded (a bar beside it)"));
  legend_pair (cells + 2, _("added paragraph"), PX_MARK_NOTE, _("a paragraph the reference lacks (a bar)"));
  px_report_block_add_row (table, cells);
  legend_pair (cells, px_marks_get_name (PX_MARK_KIND_OMITTED), PX_MARK_NOTE,
               px_marks_get_meaning (PX_MARK_KIND_OMITTED));
  legend_pair (cells + 2, px_marks_get_name (PX_MARK_KIND_MOVED), PX_MARK_NOTE, px_marks_get_meaning (PX_MARK_KIND_MOVED));
  px_report_block_add_row (table, cells);
  legend_pair (cells, _("continued"), PX_MARK_NOTE, _("the second part of a split paragraph"));
  legend_pair (cells + 2, px_marks_get_name (PX_MARK_KIND_FURNITURE), PX_MARK_NOTE,
               px_marks_get_meaning (PX_MARK_KIND_FURNITURE));
  px_report_block_add_row (table, cells);
  if (groups && groups->len)
    {
      cells[0] = symbol_sample (PX_QUOTE_WHOLE);
      cells[1] = _px_report_text_new_with (px_marks_coverage_meaning (PX_QUOTE_WHOLE), PX_MARK_NONE);
      cells[2] = symbol_sample (PX_QUOTE_TRIMMED);
      cells[3] = _px_report_text_new_with (px_marks_coverage_meaning (PX_QUOTE_TRIMMED), PX_MARK_NONE);
      px_report_block_add_row (table, cells);
      cells[0] = symbol_sample (PX_QUOTE_ALTERED);
      cells[1] = _px_report_text_new_with (px_marks_coverage_meaning (PX_QUOTE_ALTERED), PX_MARK_NONE);
      cells[2] = symbol_sample (PX_QUOTE_ABSENT);
      cells[3] = _px_report_text_new_with (px_marks_coverage_meaning (PX_QUOTE_ABSENT), PX_MARK_NONE);
      px_report_block_add_row (table, cells);
    }
  px_report_section_add_block (section, table);
  /* After the table: the table stays whole, this line may go over. */
  px_report_section_add_block (section, _px_report_paragraph (
    _("Every mark has a line, a shape or a label as well as its colour: it reads in grey print."), PX_MARK_NOTE));
  return section;
}
