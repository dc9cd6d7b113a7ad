/* px-overview-page.c: a comparison at a glance
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two parts: the similarity of every pair of articles as a heat map
 * (the share of the row article's words that the column article shares,
 * printed as a number too, so the colour is never the only cue), and
 * per outlet what it does against the reference: paragraphs omitted,
 * added and changed, and quotations carried.  Every figure is a button;
 * it emits ::go-to with the article and the first comparison row of that
 * kind, for the window to show in the aligned columns.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-overview-page.h"
#include "px-quotes.h"
#include "px-similarity.h"
#include "px-word-choice-grid.h"
#include "px-quote-source.h"

/* Heat map shades: 0 (nothing shared) to HEAT_LEVELS - 1 (the same). */
#define HEAT_LEVELS 6

struct _PxOverviewPage
{
  AdwBin parent_instance;

  PxComparison *comparison;
  GtkWidget *content;
  gboolean stale;        /* the comparison changed while the page was not shown */
};

G_DEFINE_FINAL_TYPE (PxOverviewPage, px_overview_page, ADW_TYPE_BIN)

enum {
  GO_TO,
  WORD_CHOICE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

int
px_overview_heat_level (double similarity)
{
  int level = (int) (CLAMP (similarity, 0.0, 1.0) * (HEAT_LEVELS - 1) + 0.5);

  return CLAMP (level, 0, HEAT_LEVELS - 1);
}

/* The paragraph of @doc that holds byte @offset, or -1. */
static int
paragraph_at (PxDocument *doc, guint32 offset)
{
  for (guint p = 0; p < px_document_get_n_paragraphs (doc); p++)
    {
      const PxParagraph *para = px_document_get_paragraph (doc, p);

      if (offset >= para->start && offset < para->end)
        return p;
    }
  return -1;
}

static int
first_quote_row (PxComparison *cmp, guint document)
{
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  PxDocument *doc = px_comparison_get_document (cmp, document);
  int best = -1;

  for (guint g = 0; groups && g < groups->len; g++)
    {
      PxQuoteGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->occurrences->len; i++)
        {
          PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, i);
          int p;
          guint row;

          if (occ->document != document || (p = paragraph_at (doc, occ->start)) < 0)
            continue;
          row = px_comparison_find_row (cmp, document, p);
          if (best < 0 || (int) row < best)
            best = row;
        }
    }
  return best;
}

/**
 * px_overview_find_row:
 *
 * Returns: the first comparison row where @document has a paragraph of
 *   @kind (omitted, added, changed against the reference; holding a
 *   quotation), the first row it has a paragraph in for
 *   %PX_OVERVIEW_SIMILAR, or -1 when there is none
 */
int
px_overview_find_row (PxComparison   *comparison,
                      guint           document,
                      PxOverviewKind  kind)
{
  guint ref, n_rows;

  g_return_val_if_fail (PX_IS_COMPARISON (comparison), -1);
  g_return_val_if_fail (document < px_comparison_get_n_documents (comparison), -1);

  if (kind == PX_OVERVIEW_QUOTES)
    return first_quote_row (comparison, document);
  ref = px_comparison_get_reference (comparison);
  n_rows = px_comparison_get_n_rows (comparison);
  for (guint row = 0; row < n_rows; row++)
    {
      const PxCell *cells = px_comparison_get_row (comparison, row);
      gboolean mine = cells[document].paragraph >= 0, theirs = cells[ref].paragraph >= 0;

      if (mine && px_comparison_is_furniture (comparison, document, cells[document].paragraph))
        continue;
      if (theirs && !mine && px_comparison_is_furniture (comparison, ref, cells[ref].paragraph))
        continue;
      switch (kind)
        {
        case PX_OVERVIEW_OMITTED:
          if (theirs && !mine)
            return row;
          break;
        case PX_OVERVIEW_ADDED:
          if (mine && !theirs)
            return row;
          break;
        case PX_OVERVIEW_CHANGED:
          if (mine && theirs && px_comparison_cell_changed (comparison, row, document))
            return row;
          break;
        case PX_OVERVIEW_SIMILAR:
          if (mine)
            return row;
          break;
        case PX_OVERVIEW_MOVED:
          if (mine && theirs && (cells[document].flags & PX_CELL_MOVED))
            return row;
          break;
        case PX_OVERVIEW_QUOTES:
        default:
          break;
        }
    }
  return -1;
}

static void
on_figure_clicked (GtkButton *button, PxOverviewPage *self)
{
  guint document = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "px-document"));
  PxOverviewKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "px-kind"));
  int row;

  if (self->comparison == NULL)
    return;
  row = px_overview_find_row (self->comparison, document, kind);
  if (row >= 0)
    g_signal_emit (self, signals[GO_TO], 0, document, (guint) row);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static GtkWidget *
figure_button (PxOverviewPage *self,
               const char     *text,
               const char     *description,
               guint           document,
               PxOverviewKind  kind)
{
  GtkWidget *button = gtk_button_new_with_label (text);

  g_assert (PX_IS_OVERVIEW_PAGE (self));

  /* A figure is a way to the rows it counts: it looks like a link. */
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "numeric");
  gtk_widget_add_css_class (button, "overview-link");
  gtk_widget_set_cursor_from_name (button, "pointer");
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  g_object_set_data (G_OBJECT (button), "px-document", GUINT_TO_POINTER (document));
  g_object_set_data (G_OBJECT (button), "px-kind", GUINT_TO_POINTER (kind));
  g_signal_connect (button, "clicked", G_CALLBACK (on_figure_clicked), self);
  return button;
}

static GtkWidget *
heading_label (const char *text, gboolean start)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  /* A row's name asks for its whole width (a long one, for 16
   * characters): in a grid of many columns an ellipsized label would
   * otherwise shrink to "…". */
  if (start && g_utf8_strlen (text, -1) <= 16)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
  else if (start)
    gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_xalign (GTK_LABEL (label), start ? 0.0 : 0.5);
  gtk_widget_set_tooltip_text (label, text);
  /* Column heads a size smaller: eleven names like "2_10ecbplus" then
   * fit over their figures at 1,280 px instead of ending in "…". */
  gtk_widget_add_css_class (label, start ? "heading" : "caption-heading");
  return label;
}

static GtkWidget *
build_matrix (PxOverviewPage *self)
{
  PxComparison *cmp = self->comparison;
  guint n = px_comparison_get_n_documents (cmp);
  GtkWidget *grid = gtk_grid_new ();

  g_assert (PX_IS_OVERVIEW_PAGE (self));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 4);
  gtk_widget_add_css_class (grid, "heat-map");
  for (guint a = 0; a < n; a++)
    {
      const char *outlet = px_document_get_outlet (px_comparison_get_document (cmp, a));

      gtk_grid_attach (GTK_GRID (grid), heading_label (outlet, FALSE), a + 1, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), heading_label (outlet, TRUE), 0, a + 1, 1, 1);
    }
  for (guint a = 0; a < n; a++)
    for (guint b = 0; b < n; b++)
      {
        double s = px_comparison_get_similarity (cmp, a, b);
        g_autofree char *text = g_strdup_printf ("%.0f%%", s * 100);
        g_autofree char *level = g_strdup_printf ("heat-%d", px_overview_heat_level (s));
        g_autofree char *percent = px_similarity_percent (s);
        /* Translators: a cell of the similarity table: the share of one
         * outlet's words that another outlet's article shares */
        g_autofree char *description =
          g_strdup_printf (_("%s shares %s of its words with %s"),
                           px_document_get_outlet (px_comparison_get_document (cmp, a)), percent,
                           px_document_get_outlet (px_comparison_get_document (cmp, b)));
        GtkWidget *button = figure_button (self, text, description, b, PX_OVERVIEW_SIMILAR);

        gtk_widget_remove_css_class (button, "flat");
        gtk_widget_remove_css_class (button, "overview-link");
        gtk_widget_add_css_class (button, "heat-cell");
        gtk_widget_add_css_class (button, level);
        gtk_widget_set_hexpand (button, TRUE);
        gtk_grid_attach (GTK_GRID (grid), button, b + 1, a + 1, 1, 1);
      }
  return grid;
}

static GtkWidget *
build_counts (PxOverviewPage *self)
{
  PxComparison *cmp = self->comparison;
  guint n = px_comparison_get_n_documents (cmp);
  guint ref = px_comparison_get_reference (cmp);
  GtkWidget *grid = gtk_grid_new ();
  const char *columns[] = {
    /* Translators: column heads of the per-outlet counts */
    N_("Omitted"), N_("Added"), N_("Changed"), N_("Moved"), N_("Quotes carried"),
  };
  guint r = 1;

  g_assert (PX_IS_OVERVIEW_PAGE (self));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    gtk_grid_attach (GTK_GRID (grid), heading_label (_(columns[c]), FALSE), c + 1, 0, 1, 1);
  for (guint d = 0; d < n; d++)
    {
      const char *outlet = px_document_get_outlet (px_comparison_get_document (cmp, d));
      PxCompareStatistics report;
      guint values[4];
      const PxOverviewKind kinds[4] = { PX_OVERVIEW_OMITTED, PX_OVERVIEW_ADDED, PX_OVERVIEW_CHANGED, PX_OVERVIEW_MOVED };
      const char *what[4] = {
        /* Translators: %s is an outlet, %u a count of paragraphs */
        N_("%s omits %u of the reference’s paragraphs"),
        N_("%s adds %u paragraphs the reference lacks"),
        N_("%s changes words in %u paragraphs"),
        /* Translators: %s is an outlet, %u a count of paragraphs */
        N_("%s places %u paragraphs elsewhere than the reference does"),
      };
      g_autofree char *quotes = NULL;
      g_autofree char *quotes_description = NULL;

      /* A primary source is no outlet: its own table follows. */
      if (d == ref || px_document_get_primary_source (px_comparison_get_document (cmp, d)))
        continue;
      px_comparison_get_statistics (cmp, d, &report);
      values[0] = report.omitted;
      values[1] = report.added;
      values[2] = report.changed;
      values[3] = report.moved;
      gtk_grid_attach (GTK_GRID (grid), heading_label (outlet, TRUE), 0, r, 1, 1);
      for (guint c = 0; c < G_N_ELEMENTS (kinds); c++)
        {
          g_autofree char *text = g_strdup_printf ("%u", values[c]);
          g_autofree char *description = g_strdup_printf (_(what[c]), outlet, values[c]);

          gtk_grid_attach (GTK_GRID (grid), figure_button (self, text, description, d, kinds[c]), c + 1, r, 1, 1);
        }
      /* Translators: quotes an outlet carries, and of them how many with words changed */
      quotes = g_strdup_printf (_("%u (%u altered)"), report.quotes, report.quotes_altered);
      quotes_description = g_strdup_printf (_("%s carries %u of the quotations, %u of them altered"),
                                            outlet, report.quotes, report.quotes_altered);
      gtk_grid_attach (GTK_GRID (grid),
                       figure_button (self, quotes, quotes_description, d, PX_OVERVIEW_QUOTES),
                       5, r, 1, 1);
      r++;
    }
  return grid;
}

static GtkWidget *
section (const char *title, const char *description, GtkWidget *child)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *text = gtk_label_new (description);

  gtk_widget_add_css_class (heading, "title-4");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), child);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  heading, NULL, -1);
  return box;
}

/* Which article the figures below are counted against, and why. */
static GtkWidget *
reference_line (PxComparison *cmp)
{
  const char *outlet = px_document_get_outlet (px_comparison_get_document (cmp, px_comparison_get_reference (cmp)));
  double share;
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (px_comparison_get_reference_choice (cmp, &share))
    {
      g_autofree char *percent = px_similarity_percent (share);

      /* Of two, neither is more central: the first stays the reference. */
      if (px_comparison_get_n_documents (cmp) == 2)
        /* Translators: the first %s is an outlet, the second a share of words ("62 %") */
        text = g_strdup_printf (_("Reference: %s, the first of the two articles (they share %s of their words). "
                                  "The ☆ above the other column makes that one the reference."), outlet, percent);
      else
        /* Translators: the first %s is an outlet, the second a mean share of words ("62 %") */
        text = g_strdup_printf (_("Reference: %s, the article that shares the most words with the others "
                                  "(%s on average). The ☆ above another column makes that one the reference."), outlet, percent);
    }
  else
    /* Translators: %s is an outlet */
    text = g_strdup_printf (_("Reference: %s, as chosen. The counts below are against it."), outlet);
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "overview-reference");
  return label;
}

static void
on_word_choice (guint set, guint variant, guint document, gpointer user_data)
{
  g_signal_emit (user_data, signals[WORD_CHOICE], 0, set, variant, document);
}

static void
rebuild (PxOverviewPage *self)
{
  GtkWidget *box, *clamp, *scroller, *tally;

  g_assert (PX_IS_OVERVIEW_PAGE (self));

  if (self->comparison == NULL)
    {
      adw_bin_set_child (ADW_BIN (self), NULL);
      return;
    }
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), reference_line (self->comparison));
  gtk_box_append (GTK_BOX (box),
                  section (_("Similarity"),
                           _("The share of each row’s words that the column’s article shares. "
                             "Click a figure to see that column."),
                           build_matrix (self)));
  gtk_box_append (GTK_BOX (box),
                  section (_("Against the Reference"),
                           _("Paragraphs and quotations of each outlet, compared with the reference. "
                             "Click a figure to go to the first one."),
                           build_counts (self)));
  gtk_box_append (GTK_BOX (box),
                  section (_("Word Choice"),
                           _("The same thing named differently: each row a set of variants, each column "
                             "what an outlet writes and how often. Click a variant to see where it stands."),
                           px_word_choice_grid_new (self->comparison, on_word_choice, self)));
  if ((tally = px_quote_source_tally (self->comparison)))
    gtk_box_append (GTK_BOX (box),
                    section (_("Quotes Against the Source"),
                             _("How each outlet’s quotations stand against the primary source."),
                             tally));
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 960);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  adw_bin_set_child (ADW_BIN (self), scroller);
}

void
px_overview_page_set_comparison (PxOverviewPage *self,
                                 PxComparison   *comparison)
{
  g_return_if_fail (PX_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (comparison == NULL || PX_IS_COMPARISON (comparison));

  if (comparison == self->comparison)
    return;
  g_set_object (&self->comparison, comparison);
  /* Hundreds of figures for twenty articles: built when the page is
   * first shown, not at every comparison (the aligned view comes first). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || comparison == NULL)
    {
      self->stale = FALSE;
      rebuild (self);
    }
  else
    self->stale = TRUE;
}

static void
px_overview_page_map (GtkWidget *widget)
{
  PxOverviewPage *self = PX_OVERVIEW_PAGE (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      rebuild (self);
    }
  GTK_WIDGET_CLASS (px_overview_page_parent_class)->map (widget);
}

static void
px_overview_page_dispose (GObject *object)
{
  PxOverviewPage *self = PX_OVERVIEW_PAGE (object);

  g_clear_object (&self->comparison);
  G_OBJECT_CLASS (px_overview_page_parent_class)->dispose (object);
}

static void
px_overview_page_class_init (PxOverviewPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = px_overview_page_dispose;
  GTK_WIDGET_CLASS (klass)->map = px_overview_page_map;

  /**
   * PxOverviewPage::go-to:
   * @document: the article a figure is about
   * @row: the first comparison row of the figure's kind
   */
  signals[GO_TO] = g_signal_new ("go-to", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  /**
   * PxOverviewPage::word-choice:
   * @set: index into px_comparison_get_word_choice()
   * @variant: index into the set's variants
   * @document: the outlet whose cell was clicked
   */
  signals[WORD_CHOICE] = g_signal_new ("word-choice", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                       G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "overviewpage");
}

static void
px_overview_page_init (PxOverviewPage *self)
{
}

GtkWidget *
px_overview_page_new (void)
{
  return g_object_new (PX_TYPE_OVERVIEW_PAGE, NULL);
}
