/* px-comparison-view.c: the aligned columns of a comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Column headers above a virtualized list whose rows are the rows of a
 * PxComparison, an overview ruler beside it and a legend below.  Only
 * the rows on screen have widgets, and a cell's word diff against the
 * reference is computed when its row is first bound, then cached: a
 * comparison of twenty long articles costs no more to show than a
 * screenful of it.  The view shows a finished comparison; computing one
 * is the window's business.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-article-header.h"
#include "px-column-strip.h"
#include "px-comparison-view.h"
#include "px-diff-marks.h"
#include "px-row-model.h"

/* The narrowest a column gets before the view scrolls sideways, and
 * the widest (a readable line), both at normal text size. */
#define COLUMN_MIN_WIDTH 320
#define COLUMN_MAX_WIDTH 760
/* A cell's diff gives up on exactness after this long (a pathological
 * paragraph must not stall scrolling); px_diff still returns a script. */
#define DIFF_BUDGET_USEC (20 * 1000)
/* Cached cell diffs before the cache starts afresh: a reader who scrolls
 * through twenty long articles should not hold every diff at once. */
#define DIFF_CACHE_MAX 20000
/* A row bound beyond the screen shows its cells once it comes within
 * this share of a page of it (see on_clock_layout()). */
#define NEAR_SCREEN 0.25
/* What filling the rows bound beyond the screen may take of the main
 * loop at a time, once the screen is painted. */
#define PREFILL_USEC 3000
/* ... and between two frames of a scroll, at most this, ending this
 * long before the next frame may start (see prefill_until()). */
#define PREFILL_MAX_USEC 12000
#define FRAME_MARGIN_USEC 2500
/* ... and at least this: a shorter gap is left to the main loop.  A
 * gap of 3 ms was skipped as well, and while the view scrolls sideways
 * at 60 frames a second such gaps were most of what was left for the
 * column beside the screen (prepare_warm_cells()), whose cells take
 * well under a millisecond each. */
#define PREFILL_MIN_USEC 1000
/* What each frame of a sideways scroll may spend on that column before
 * it lays out (see warm_tick()). */
#define WARM_FRAME_USEC 1500
/* Padding, border and note of a cell, about (estimates only). */
#define CELL_CHROME 16

struct _PxComparisonView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *root_box;
  GtkBox *header_box;
  GtkScrollbar *hscrollbar;
  GtkWidget *ruler_spacer;
  GtkScrolledWindow *rows_scroller;
  GtkGridView *list_view;     /* one column: it keeps fewer live rows than a GtkListView */
  PxOverviewRuler *ruler;
  GtkBox *legend_box;
  GtkWidget *single_prompt;   /* one article alone: add another */

  /* Owned */
  PxComparison *comparison;
  PxDiffFlags flags;          /* the comparison's: "changed" means the same in cells */
  GBytes *row_kinds;          /* guint8 PxRowKind per comparison row */
  PxRowModel *rows;           /* the rows shown */
  PxRowModel *shown;          /* of those, the list's: side by side, not those empty
                               * in every column on screen (update_shown()) */
  GHashTable *diffs;          /* row * n_docs + doc + 1 -> GArray of PxDiffOp */
  GHashTable *unfolded;       /* row * n_docs + doc + 1: rewrites the reader unfolded */
  GHashTable *bound;          /* row widgets now bound -> TRUE */
  GHashTable *pending;        /* of those, the ones not shown yet (wait_row()) */
  GdkFrameClock *layout_clock;  /* the window's, while it has one: see hook_layout() */
  gulong layout_handler;
  guint prefill_idle;
  gboolean warm_pending;        /* cells beside the screen may wait to be prepared (prepare_warm_cells()) */
  guint warm_tick;              /* prepares some in each frame while the view scrolls sideways */
  gint64 sideways_at;           /* when it last did (monotonic us) */
  gint64 frame_due;             /* when the next frame may start (monotonic us): see prefill_until() */
  int est_char_width, est_line_height;  /* for a row's height before it is laid out; 0: not yet known */
  PxMarkPalette palette;
  GSettings *settings;        /* the colour-blind-safe palette */
  gboolean hide_furniture;
  guint first_live, last_live;  /* the slots of the scrolling columns that show their text */
  guint first_counted, last_counted;  /* those that set a row's height (px_column_geometry_counted_slots()) */
  guint generation;           /* goes up whenever every cell must be shown afresh */

  /* Sideways: the reference's column pinned, the others scrolled. */
  PxColumnGeometry geometry;
  GtkAdjustment *hadj;
  PxColumnStrip *header_strip;
  GtkWidget *stacked_header;  /* stacked: the reference's header and the outlets' chips */
  GtkWidget *stacked_reference;   /* the box that holds the reference's header */
  GtkFlowBox *stacked_chips;
  gboolean allocating;
  guint relayout_tick;        /* shows what an allocation changed, outside it */
  double zoom;                /* text size, 1 = normal */

  /* Stacked: the outlets' versions under the reference's paragraph. */
  GtkListItemFactory *column_factory, *stacked_factory;
  gboolean stacked;           /* the layout shown */
  gboolean stacked_chosen;    /* the reader chose one: no automatic switch */
  gboolean narrow;            /* one column would fill the width */
  int current;                /* position of the row navigated to, or -1 */
  guint align_tick;           /* brings the current row to the top after layout */
  guint align_frames;

  PxCellDecorator decorator;
  gpointer decorator_data;
  GDestroyNotify decorator_destroy;
  GArray *extra_decorators;   /* of ExtraDecorator: search highlights and the like */
};

typedef struct {
  PxCellDecorator decorator;
  gpointer user_data;
} ExtraDecorator;

G_DEFINE_FINAL_TYPE (PxComparisonView, px_comparison_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STACKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MAKE_REFERENCE,
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- what rows hold ----------------------------------------------------- */

static gboolean
is_real (PxComparison *cmp, guint d, int p)
{
  return p >= 0 && !px_comparison_is_furniture (cmp, d, p);
}

/* A primary source other than the reference: its paragraphs stand in
 * rows of their own and are not an outlet's omissions or additions. */
static gboolean
is_source (PxComparison *cmp, guint d)
{
  return d != px_comparison_get_reference (cmp) && !px_comparison_is_outlet (cmp, d);
}

static guint8
row_kind (PxComparison *cmp, guint r)
{
  const PxCell *cells = px_comparison_get_row (cmp, r);
  guint n = px_comparison_get_n_documents (cmp);
  guint ref = px_comparison_get_reference (cmp);
  int rp = cells[ref].paragraph;
  gboolean ref_real = is_real (cmp, ref, rp);
  gboolean any_real = ref_real;
  guint8 kind = 0;

  for (guint d = 0; d < n; d++)
    {
      int p = cells[d].paragraph;
      gboolean real = is_real (cmp, d, p);

      any_real |= real;
      if (d == ref || is_source (cmp, d))
        continue;
      if (ref_real && p < 0)
        kind |= PX_ROW_OMITTED;
      else if (real && !ref_real && !(cells[d].flags & PX_CELL_CONTINUATION))
        kind |= PX_ROW_ADDED;
      else if (p >= 0 && rp >= 0 && (ref_real || real))
        {
          if (px_comparison_cell_changed (cmp, r, d))
            kind |= PX_ROW_CHANGED;
          if (cells[d].flags & PX_CELL_MOVED)
            kind |= PX_ROW_MOVED;
        }
    }
  if (!any_real)
    kind |= PX_ROW_FURNITURE;
  return kind;
}

/**
 * px_comparison_row_kinds:
 *
 * Classifies every row of @comparison once, so that navigation and the
 * overview ruler need not look at cells.  Reads the comparison only:
 * the window calls it in the worker thread that computed the comparison.
 *
 * Returns: (transfer full): a PxRowKind byte per row
 */
GBytes *
px_comparison_row_kinds (PxComparison *comparison)
{
  guint n_rows;
  guint8 *kinds;

  g_return_val_if_fail (PX_IS_COMPARISON (comparison), NULL);

  n_rows = px_comparison_get_n_rows (comparison);
  kinds = g_new (guint8, MAX (n_rows, 1));
  for (guint r = 0; r < n_rows; r++)
    kinds[r] = row_kind (comparison, r);
  return g_bytes_new_take (kinds, n_rows);
}

static guint8
kind_of_row (PxComparisonView *self, guint row)
{
  gsize n;
  const guint8 *kinds = g_bytes_get_data (self->row_kinds, &n);

  g_assert (PX_IS_COMPARISON_VIEW (self));

  return row < n ? kinds[row] : 0;
}

/* --- cells -------------------------------------------------------------- */

/* The row and article a cell shows (plus one; 0: none yet). */
static GQuark shown_row_quark, shown_doc_quark;
/* Whether the cell shows a rewrite without the words it dropped. */
static GQuark folded_quark;

/* The diff of a cell's text (@b) against the reference's (@a): the
 * texts as shown, with hard-wrapped lines joined, so that the script's
 * offsets index what px_diff_marks_render() reads. */
static GArray *
cell_diff (PxComparisonView *self, guint row, guint d, const char *a, const char *b)
{
  guint n = px_comparison_get_n_documents (self->comparison);
  gpointer key = GUINT_TO_POINTER (row * n + d + 1);
  GArray *ops = g_hash_table_lookup (self->diffs, key);

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (ops == NULL)
    {
      PxDiffOptions options = { 0 };

      options.flags = px_comparison_get_row_flags (self->comparison, row, self->flags);
      options.deadline = g_get_monotonic_time () + DIFF_BUDGET_USEC;
      ops = px_diff (a, strlen (a), b, strlen (b), &options);
      if (g_hash_table_size (self->diffs) >= DIFF_CACHE_MAX)
        g_hash_table_remove_all (self->diffs);
      g_hash_table_insert (self->diffs, key, ops);
    }
  return ops;
}

static void
show_marked (PxComparisonView *self, PxCellView *cell, guint row, guint d,
             int rp, int p, gboolean continuation, const char *note)
{
  PxComparison *cmp = self->comparison;
  guint ref = px_comparison_get_reference (cmp);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *shown = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *fold_note = NULL;
  GArray *ops, *spans;
  PxDiffStats stats;
  gboolean folded = FALSE;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (!px_comparison_cell_changed (cmp, row, d))
    {
      b = px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), p);
      px_cell_view_set (cell, PX_CELL_VIEW_SAME, continuation, note, b, NULL);
      return;
    }
  a = px_document_dup_paragraph_text (px_comparison_get_document (cmp, ref), rp);
  b = px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), p);
  ops = cell_diff (self, row, d, a, b);
  px_diff_get_stats (ops, a, b, &stats);
  /* A rewrite (px_diff_is_rewrite()) shows the outlet's own words, its
   * new ones marked, and says how little it kept; its note unfolds the
   * struck words.  A moved paragraph's note is its link to where it
   * stands: it stays whole. */
  if (note == NULL && px_diff_is_rewrite (&stats) &&
      !g_hash_table_contains (self->unfolded, GUINT_TO_POINTER (row * px_comparison_get_n_documents (cmp) + d + 1)))
    {
      folded = TRUE;
      /* Translators: a paragraph written anew; %u of %u are the
       * reference's words it kept and all of them */
      fold_note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Rewritten: keeps %u of %u word",
                                                "Rewritten: keeps %u of %u words", stats.old_words),
                                   (guint) stats.kept_words, (guint) stats.old_words);
      note = fold_note;
    }
  spans = g_array_new (FALSE, FALSE, sizeof (PxTextSpan));
  shown = px_diff_marks_render_mapped (a, b, ops, !folded, &self->palette, attrs, spans);
  px_cell_view_set (cell, PX_CELL_VIEW_CHANGED, continuation, note, shown, attrs);
  /* Quote marks are placed on the paragraph's own words. */
  px_cell_view_set_spans (cell, spans);
  g_object_set_qdata (G_OBJECT (cell), folded_quark, GINT_TO_POINTER (folded));
  if (folded)
    /* Translators: tooltip of a rewritten paragraph's note */
    px_cell_view_set_note_link (cell, _("Show the reference's words this version does not keep, struck through"));
}

static void
show_cell (PxComparisonView *self, PxCellView *cell, guint row, guint d)
{
  PxComparison *cmp = self->comparison;
  const PxCell *cells = px_comparison_get_row (cmp, row);
  guint ref = px_comparison_get_reference (cmp);
  int rp = cells[ref].paragraph, p = cells[d].paragraph;
  gboolean continuation = (cells[d].flags & PX_CELL_CONTINUATION) != 0;
  PxDocument *doc = px_comparison_get_document (cmp, d);
  g_autofree char *text = NULL;
  g_autofree char *note = NULL;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_object_set_qdata (G_OBJECT (cell), shown_row_quark, GUINT_TO_POINTER (row + 1));
  g_object_set_qdata (G_OBJECT (cell), shown_doc_quark, GUINT_TO_POINTER (d + 1));
  if (p < 0)
    {
      if (d != ref && is_real (cmp, ref, rp) && !is_source (cmp, d))
        {
          /* A thin marker that says how much is missing, not a box as
           * tall as the reference's paragraph. */
          guint words = px_document_get_paragraph (px_comparison_get_document (cmp, ref), rp)->n_words;

          /* Translators: a paragraph of the reference this outlet left out */
          note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Omitted: %u word", "Omitted: %u words", words),
                                  words);
          px_cell_view_set (cell, PX_CELL_VIEW_OMITTED, FALSE, note, NULL, NULL);
        }
      else
        px_cell_view_set (cell, PX_CELL_VIEW_EMPTY, FALSE, NULL, NULL, NULL);
      return;
    }

  if (px_comparison_is_furniture (cmp, d, p))
    {
      if (self->hide_furniture)
        px_cell_view_set (cell, PX_CELL_VIEW_EMPTY, FALSE, NULL, NULL, NULL);
      else
        {
          text = px_document_dup_paragraph_text (doc, p);
          px_cell_view_set (cell, PX_CELL_VIEW_FURNITURE, continuation,
                            _("Page furniture"), text, NULL);
        }
      return;
    }

  if (cells[d].flags & PX_CELL_MOVED)
    /* Translators: a paragraph that stands elsewhere in its own article */
    note = g_strdup_printf (_("Moved: paragraph %u of %u"), p + 1, px_document_get_n_paragraphs (doc));

  if (d == ref)
    {
      text = px_document_dup_paragraph_text (doc, p);
      px_cell_view_set (cell, PX_CELL_VIEW_REFERENCE, continuation, note, text, NULL);
    }
  else if (is_source (cmp, d))
    {
      /* Its own words, unmarked: it is not compared as an outlet. */
      text = px_document_dup_paragraph_text (doc, p);
      px_cell_view_set (cell, PX_CELL_VIEW_SAME, continuation, note, text, NULL);
    }
  else if (!is_real (cmp, ref, rp))
    {
      text = px_document_dup_paragraph_text (doc, p);
      px_cell_view_set (cell, continuation ? PX_CELL_VIEW_SAME : PX_CELL_VIEW_ADDED, continuation,
                        continuation ? note : _("Added: not in the reference"), text, NULL);
    }
  else
    show_marked (self, cell, row, d, rp, p, continuation, note);
}

/* A moved paragraph's note is a badge (style class "moved"), so that
 * it reads as a mark of its own and not as a caption, and a link to
 * where the paragraph stands in its own article. */
static void
mark_moved (PxComparisonView *self, PxCellView *cell, guint row, guint d)
{
  const PxCell *cells = px_comparison_get_row (self->comparison, row);
  int p = cells[d].paragraph;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (p >= 0 && (cells[d].flags & PX_CELL_MOVED) && !px_comparison_is_furniture (self->comparison, d, p))
    {
      gtk_widget_add_css_class (GTK_WIDGET (cell), "moved");
      /* Translators: tooltip of a moved paragraph's badge */
      px_cell_view_set_note_link (cell, _("Go to where this paragraph stands in its own article"));
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (cell), "moved");
}

static void fill_cell (PxComparisonView *self, PxCellView *cell, guint row, guint d);

typedef struct {
  PxComparisonView *self;
  PxCellView *cell;
  guint row, d;
} Unfold;

/* Shows an unfolded rewrite, after the note's label has handled the
 * click (setting its text during its own signal frees the link it is
 * handling), unless the cell shows another paragraph by then. */
static gboolean
unfold_later (gpointer data)
{
  Unfold *unfold = data;

  if (unfold->self->comparison &&
      GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (unfold->cell), shown_row_quark)) == unfold->row + 1 &&
      GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (unfold->cell), shown_doc_quark)) == unfold->d + 1)
    fill_cell (unfold->self, unfold->cell, unfold->row, unfold->d);
  g_object_unref (unfold->self);
  g_object_unref (unfold->cell);
  g_free (unfold);
  return G_SOURCE_REMOVE;
}

/* A cell's note was followed.  A rewrite's unfolds it: the reference's
 * words it does not keep are shown struck through, until the
 * comparison changes.  A moved paragraph's goes to the row where it
 * stands in its own article: the row of the paragraph before it there
 * (or after it, for the first). */
static void
on_note (PxCellView *cell, PxComparisonView *self)
{
  guint row = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (cell), shown_row_quark));
  guint d = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (cell), shown_doc_quark));
  PxDocument *doc;
  const PxCell *cells;
  guint position, target, n;
  int p;

  if (self->comparison == NULL || row-- == 0 || d-- == 0 || d >= px_comparison_get_n_documents (self->comparison))
    return;
  if (g_object_get_qdata (G_OBJECT (cell), folded_quark))
    {
      Unfold *unfold = g_new (Unfold, 1);

      g_hash_table_add (self->unfolded,
                        GUINT_TO_POINTER (row * px_comparison_get_n_documents (self->comparison) + d + 1));
      *unfold = (Unfold) { g_object_ref (self), g_object_ref (cell), row, d };
      g_idle_add (unfold_later, unfold);
      return;
    }
  cells = px_comparison_get_row (self->comparison, row);
  doc = px_comparison_get_document (self->comparison, d);
  n = px_document_get_n_paragraphs (doc);
  p = cells[d].paragraph;
  if (p < 0 || n < 2)
    return;
  target = px_comparison_find_row (self->comparison, d, p > 0 ? (guint) p - 1 : (guint) p + 1);
  if (!px_row_model_find (self->rows, target, &position))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  px_comparison_view_show_column (self, d);
  px_comparison_view_go_to_position (self, position);
}

static GtkWidget *
new_cell (PxComparisonView *self)
{
  GtkWidget *cell = px_cell_view_new ();

  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_signal_connect_object (cell, "note-activated", G_CALLBACK (on_note), self, 0);
  return cell;
}

/* --- rows --------------------------------------------------------------- */

/* Whether @row holds headlines (the engine pairs headlines only with
 * headlines): such a row is set apart from the body text below. */
static gboolean
is_headline_row (PxComparison *cmp, guint row)
{
  const PxCell *cells = px_comparison_get_row (cmp, row);
  guint n = px_comparison_get_n_documents (cmp);

  for (guint d = 0; d < n; d++)
    if (cells[d].paragraph >= 0 && cells[d].paragraph == px_comparison_get_headline (cmp, d))
      return TRUE;
  return FALSE;
}

static void
mark_headline (PxComparisonView *self, GtkWidget *box, guint row)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (self->comparison && is_headline_row (self->comparison, row))
    gtk_widget_add_css_class (box, "headline");
  else
    gtk_widget_remove_css_class (box, "headline");
}

static void show_layout (PxComparisonView *self, gboolean stacked);
static int top_position (PxComparisonView *self);
static gboolean current_on_screen (PxComparisonView *self);
static gboolean align_current (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data);
static GtkWidget *single_prompt_new (void);
static void update_shown (PxComparisonView *self, gboolean all_afresh);
static void scroll_to_position (PxComparisonView *self, guint position);

/* Whether column @d shows its text: the pinned one and those on screen.
 * A column that scrolls in gets its text before the frame that shows
 * it (on_hadjustment_changed()), and only its cells are shown afresh,
 * so laying out columns beside the screen would only slow the first
 * paint. */
static gboolean
is_live (PxComparisonView *self, guint d)
{
  guint slot;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (d == self->geometry.pinned)
    return TRUE;
  slot = px_column_geometry_slot (&self->geometry, d);
  return slot >= self->first_live && slot <= self->last_live;
}

/* Whether column @d stands just beside the screen, sideways: the next
 * column that scrolling either way brings in.  Its cells are prepared
 * (text shown and laid out at the column's width) while the main loop
 * is idle between frames (prepare_warm_cells()), and kept while it is
 * beside the screen, so that a column scrolling in costs its frame no
 * more than moving it. */
static gboolean
is_warm (PxComparisonView *self, guint d)
{
  guint slot, start;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (d == self->geometry.pinned || self->geometry.width <= 0)
    return FALSE;
  start = self->geometry.pinned < self->geometry.n_columns ? 1 : 0;
  slot = px_column_geometry_slot (&self->geometry, d);
  return (slot >= start && slot + 1 == self->first_live) || slot == self->last_live + 1;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           PxComparisonView         *self)
{
  GtkWidget *box = px_column_strip_new (&self->geometry);

  gtk_widget_add_css_class (box, "comparison-row");
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

/* What a side-by-side cell shows, so that a row shown again as columns
 * scroll in and out touches only the cells whose column came or went:
 * its row, whether its column was live, and the view's generation. */
static GQuark stamp_row_quark, stamp_look_quark;

static gboolean
cell_is_current (PxComparisonView *self, GtkWidget *cell, guint row, gboolean live)
{
  guint look = (self->generation << 1) | (live ? 1 : 0);

  g_assert (PX_IS_COMPARISON_VIEW (self));

  return GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (cell), stamp_row_quark)) == row + 1 &&
         GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (cell), stamp_look_quark)) == look;
}

static void
cell_stamp (PxComparisonView *self, GtkWidget *cell, guint row, gboolean live)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_object_set_qdata (G_OBJECT (cell), stamp_row_quark, GUINT_TO_POINTER (row + 1));
  g_object_set_qdata (G_OBJECT (cell), stamp_look_quark, GUINT_TO_POINTER ((self->generation << 1) | (live ? 1 : 0)));
}

/* The marks others put on a cell: quotes, search matches and the like. */
static void
decorate (PxComparisonView *self, PxCellView *cell, guint row, guint d)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (self->decorator)
    self->decorator (self, cell, row, d, self->decorator_data);
  for (guint k = 0; self->extra_decorators && k < self->extra_decorators->len; k++)
    {
      ExtraDecorator *extra = &g_array_index (self->extra_decorators, ExtraDecorator, k);

      extra->decorator (self, cell, row, d, extra->user_data);
    }
}

/* Shows article @d's cell of @row in @cell, with its moved badge and
 * the decorators' marks, in either layout. */
static void
fill_cell (PxComparisonView *self, PxCellView *cell, guint row, guint d)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  show_cell (self, cell, row, d);
  mark_moved (self, cell, row, d);
  decorate (self, cell, row, d);
}

static void ensure_prefill (PxComparisonView *self);

static void
update_row (PxComparisonView *self, GtkWidget *box)
{
  guint n_docs = self->comparison ? px_comparison_get_n_documents (self->comparison) : 0;
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row"));
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (box), "px-position"));
  GtkWidget *cell = gtk_widget_get_first_child (box);

  g_assert (PX_IS_COMPARISON_VIEW (self));

  for (guint d = 0; d < n_docs; d++)
    {
      gboolean live = is_live (self, d);
      gboolean warm = !live && is_warm (self, d);
      gboolean warm_ready;

      if (cell == NULL)
        {
          cell = new_cell (self);
          px_column_strip_append (PX_COLUMN_STRIP (box), cell);
        }
      /* Beside the screen: kept for when it scrolls in once prepared,
       * and prepared while the main loop is idle until then. */
      warm_ready = warm && cell_is_current (self, cell, row, TRUE);
      if (warm && !warm_ready)
        self->warm_pending = TRUE;
      if (warm_ready || cell_is_current (self, cell, row, live))
        {
          cell = gtk_widget_get_next_sibling (cell);
          continue;
        }
      cell_stamp (self, cell, row, live);
      if (!live)
        {
          /* Off screen sideways: nothing to lay out until it comes in. */
          px_cell_view_set (PX_CELL_VIEW (cell), PX_CELL_VIEW_EMPTY, FALSE, NULL, NULL, NULL);
          gtk_widget_remove_css_class (cell, "moved");
          cell = gtk_widget_get_next_sibling (cell);
          continue;
        }
      fill_cell (self, PX_CELL_VIEW (cell), row, d);
      cell = gtk_widget_get_next_sibling (cell);
    }
  if (self->warm_pending)
    ensure_prefill (self);
  /* Fewer articles than cells: drop the extra cells. */
  while (cell)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (cell);

      gtk_widget_unparent (cell);
      cell = next;
    }

  if (position == self->current)
    gtk_widget_add_css_class (box, "current");
  else
    gtk_widget_remove_css_class (box, "current");
  mark_headline (self, box, row);
}

/* --- the stacked layout ------------------------------------------------------ */

/* One row read down the page: the reference's paragraph, a line for
 * each outlet whose version differs (its name, then its words marked
 * against the reference), then in one line each the outlets that carry
 * it unchanged and those that leave it out.  A paragraph the reference
 * lacks stands under the names of the outlets that have it. */

static GtkWidget *
names_line (const char *label, GString *names)
{
  g_autofree char *text = names ? g_strdup_printf ("%s %s", label, names->str) : g_strdup (label);
  GtkWidget *line = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (line), TRUE);
  gtk_label_set_xalign (GTK_LABEL (line), 0);
  gtk_widget_add_css_class (line, "stacked-names");
  return line;
}

/* The widgets of a stacked row, made once and kept while the row is
 * bound again and again as the list scrolls: binding sets their words
 * and hides what a row does not need, it does not build widgets. */
typedef struct {
  GtkWidget *reference;   /* the reference's paragraph */
  GPtrArray *lines;       /* of GtkBox: an outlet chip and its cell */
  GtkWidget *same;        /* "Same in: ..." */
  GtkWidget *omitted;     /* "Omitted by: ..." */
} StackedRow;

static void
stacked_row_free (StackedRow *parts)
{
  g_ptr_array_unref (parts->lines);
  g_free (parts);
}

static StackedRow *
stacked_row_parts (PxComparisonView *self, GtkWidget *box)
{
  StackedRow *parts = g_object_get_data (G_OBJECT (box), "px-stacked");

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (parts == NULL)
    {
      parts = g_new0 (StackedRow, 1);
      parts->lines = g_ptr_array_new ();
      parts->reference = new_cell (self);
      gtk_box_append (GTK_BOX (box), parts->reference);
      parts->same = names_line ("", NULL);
      gtk_box_append (GTK_BOX (box), parts->same);
      parts->omitted = names_line ("", NULL);
      gtk_box_append (GTK_BOX (box), parts->omitted);
      g_object_set_data_full (G_OBJECT (box), "px-stacked", parts, (GDestroyNotify) stacked_row_free);
    }
  return parts;
}

/* The @k-th outlet line of a stacked row, made when the row has never
 * needed that many. */
static GtkWidget *
stacked_line (PxComparisonView *self, GtkWidget *box, StackedRow *parts, guint k)
{
  GtkWidget *line, *chip, *cell;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (k < parts->lines->len)
    return g_ptr_array_index (parts->lines, k);
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (line, "stacked-line");
  chip = gtk_label_new (NULL);
  gtk_widget_add_css_class (chip, "outlet-chip");
  gtk_widget_set_valign (chip, GTK_ALIGN_START);
  gtk_label_set_ellipsize (GTK_LABEL (chip), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (chip), 16);
  gtk_label_set_xalign (GTK_LABEL (chip), 0);
  gtk_box_append (GTK_BOX (line), chip);
  cell = new_cell (self);
  gtk_widget_set_hexpand (cell, TRUE);
  gtk_box_append (GTK_BOX (line), cell);
  gtk_box_insert_child_after (GTK_BOX (box), line,
                              k > 0 ? g_ptr_array_index (parts->lines, k - 1) : parts->reference);
  g_ptr_array_add (parts->lines, line);
  return line;
}

static void
set_names_line (GtkWidget *line, const char *label, GString *names)
{
  if (names->len > 0)
    {
      g_autofree char *text = g_strdup_printf ("%s %s", label, names->str);

      gtk_label_set_text (GTK_LABEL (line), text);
    }
  gtk_widget_set_visible (line, names->len > 0);
}

static void
update_stacked_row (PxComparisonView *self, GtkWidget *box)
{
  PxComparison *cmp = self->comparison;
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row"));
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (box), "px-position"));
  StackedRow *parts = stacked_row_parts (self, box);
  g_autoptr(GString) same = g_string_new (NULL);
  g_autoptr(GString) omitted = g_string_new (NULL);
  const PxCell *cells;
  guint n, ref, k = 0;
  int rp;
  gboolean show_reference = FALSE;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (position == self->current)
    gtk_widget_add_css_class (box, "current");
  else
    gtk_widget_remove_css_class (box, "current");
  mark_headline (self, box, row);
  if (cmp == NULL)
    n = ref = 0, cells = NULL, rp = -1;
  else
    {
      cells = px_comparison_get_row (cmp, row);
      n = px_comparison_get_n_documents (cmp);
      ref = px_comparison_get_reference (cmp);
      rp = cells[ref].paragraph;
    }

  if (cmp && rp >= 0 && !(px_comparison_is_furniture (cmp, ref, rp) && self->hide_furniture))
    {
      PxCellView *cell = PX_CELL_VIEW (parts->reference);

      fill_cell (self, cell, row, ref);
      show_reference = TRUE;
    }
  gtk_widget_set_visible (parts->reference, show_reference);
  for (guint d = 0; d < n; d++)
    {
      int p = cells[d].paragraph;
      GtkWidget *line, *chip;
      PxCellView *cell;

      if (d == ref)
        continue;
      if (p < 0)
        {
          if (is_real (cmp, ref, rp) && !is_source (cmp, d))
            g_string_append_printf (omitted, "%s%s", omitted->len ? ", " : "",
                                    px_document_get_outlet (px_comparison_get_document (cmp, d)));
          continue;
        }
      if (px_comparison_is_furniture (cmp, d, p) && self->hide_furniture)
        continue;
      if (is_real (cmp, ref, rp) && !px_comparison_cell_changed (cmp, row, d) &&
          !(cells[d].flags & PX_CELL_MOVED))
        {
          g_string_append_printf (same, "%s%s", same->len ? ", " : "",
                                  px_document_get_outlet (px_comparison_get_document (cmp, d)));
          continue;
        }
      line = stacked_line (self, box, parts, k++);
      chip = gtk_widget_get_first_child (line);
      cell = PX_CELL_VIEW (gtk_widget_get_next_sibling (chip));
      gtk_label_set_text (GTK_LABEL (chip), px_document_get_outlet (px_comparison_get_document (cmp, d)));
      fill_cell (self, cell, row, d);
      gtk_widget_set_visible (line, TRUE);
    }
  /* Lines an earlier row needed and this one does not. */
  for (guint i = k; i < parts->lines->len; i++)
    {
      GtkWidget *line = g_ptr_array_index (parts->lines, i);

      if (gtk_widget_get_visible (line))
        {
          px_cell_view_set (PX_CELL_VIEW (gtk_widget_get_last_child (line)), PX_CELL_VIEW_EMPTY,
                            FALSE, NULL, NULL, NULL);
          gtk_widget_set_visible (line, FALSE);
        }
    }
  /* Translators: stacked view: outlets whose paragraph is the reference's, word for word */
  set_names_line (parts->same, _("Same in:"), same);
  /* Translators: stacked view: outlets that leave the reference's paragraph out */
  set_names_line (parts->omitted, _("Omitted by:"), omitted);
}

/* A stacked row's height, asked at the width the list gives its rows.
 * GTK 4.8's GtkGridView measures its own height (whenever the window
 * is measured, which each row shown or changed makes it do) by asking
 * every bound row for its height at the least width any row has: a
 * stacked row laid each of its cells' paragraphs out at about 60 px,
 * a word a line, and then once more at its true width to be allocated,
 * which was most of a stacked frame's layout when a row scrolled in.
 * The rows' own width is the list's (it has one column), so a narrower
 * width asked for is answered at the list's, whose heights each cell
 * keeps: the list's own height is not what anyone lays out by. */
static GtkSizeRequestMode
stacked_holder_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
stacked_holder_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);
  GtkWidget *list = gtk_widget_get_ancestor (widget, GTK_TYPE_GRID_VIEW);

  *minimum = *natural = 0;
  if (child == NULL || !gtk_widget_get_visible (child))
    return;
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0 && list &&
      gtk_widget_get_width (list) > for_size)
    for_size = gtk_widget_get_width (list);
  gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
stacked_holder_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child && gtk_widget_get_visible (child))
    gtk_widget_allocate (child, width, height, -1, NULL);
}

static void
setup_stacked_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   PxComparisonView         *self)
{
  GtkWidget *holder = adw_bin_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), (int) (COLUMN_MAX_WIDTH * 1.2 * self->zoom));
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), (int) (COLUMN_MAX_WIDTH * self->zoom));
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_widget_add_css_class (box, "stacked-row");
  gtk_widget_set_layout_manager (holder, gtk_custom_layout_new (stacked_holder_request_mode,
                                                                stacked_holder_measure,
                                                                stacked_holder_allocate));
  adw_bin_set_child (ADW_BIN (holder), clamp);
  gtk_list_item_set_child (item, holder);
  gtk_list_item_set_activatable (item, FALSE);
}

/* The row's box: a side-by-side strip, or a stacked row's box (in its
 * clamp, in its holder). */
static GtkWidget *
row_box (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (child == NULL || PX_IS_COLUMN_STRIP (child))
    return child;
  return adw_clamp_get_child (ADW_CLAMP (gtk_widget_get_first_child (child)));
}

/* --- rows shown as they come near the screen -------------------------------- */

/* A GtkGridView binds about thirty rows, five times what a screen shows
 * side by side and ten times what it shows stacked, and showing a row
 * (its cells' diffs, then laying their text out) was most of the first
 * paint and of a frame that scrolls a row in.  A row bound beyond the
 * screen waits as a placeholder of about its height, and shows its
 * cells once it comes near the screen: right after the layout that puts
 * it there, before anything is drawn (on_clock_layout()), or, once the
 * screen is painted, a few at a time while the main loop is idle. */

static void show_row (PxComparisonView *self, GtkWidget *box);
static int rows_width (PxComparisonView *self);

/* The list item's child: a side-by-side strip, or a stacked row's clamp. */
static GtkWidget *
row_widget (GtkWidget *box)
{
  GtkWidget *parent = gtk_widget_get_parent (box);

  return ADW_IS_CLAMP (parent) ? parent : box;
}

static void
ensure_metrics (PxComparisonView *self)
{
  PangoFontMetrics *metrics;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (self->est_line_height > 0)
    return;
  metrics = pango_context_get_metrics (gtk_widget_get_pango_context (GTK_WIDGET (self->list_view)), NULL, NULL);
  self->est_char_width = MAX (PANGO_PIXELS (pango_font_metrics_get_approximate_char_width (metrics)), 1);
  self->est_line_height = MAX (PANGO_PIXELS_CEIL (pango_font_metrics_get_height (metrics)), 1);
  pango_font_metrics_unref (metrics);
}

/* About how tall article @d's cell of @row is at @width: its text's
 * lines at an average character's width, a line for its note. */
static int
estimate_cell (PxComparisonView *self, guint row, guint d, int width)
{
  PxComparison *cmp = self->comparison;
  const PxCell *cells = px_comparison_get_row (cmp, row);
  guint ref = px_comparison_get_reference (cmp);
  int p = cells[d].paragraph, rp = cells[ref].paragraph;
  const PxParagraph *para;
  gsize chars, per_line;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (p < 0)
    return is_real (cmp, ref, rp) && d != ref ? self->est_line_height : 0;   /* an omission's marker */
  if (self->hide_furniture && px_comparison_is_furniture (cmp, d, p))
    return 0;
  para = px_document_get_paragraph (px_comparison_get_document (cmp, d), p);
  chars = para->end - para->start;
  /* A changed cell shows the reference's words it lacks, struck. */
  if (d != ref && rp >= 0 && px_comparison_cell_changed (cmp, row, d))
    {
      const PxParagraph *rpara = px_document_get_paragraph (px_comparison_get_document (cmp, ref), rp);

      chars += (rpara->end - rpara->start) / 4;
    }
  per_line = MAX (width - CELL_CHROME, 1) / self->est_char_width;
  per_line = MAX (per_line, 8);
  return (int) ((chars + per_line - 1) / per_line + 1) * self->est_line_height + CELL_CHROME;
}

static int
estimate_row (PxComparisonView *self, guint row)
{
  guint n = px_comparison_get_n_documents (self->comparison);
  int height = 0;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  for (guint d = 0; d < n; d++)
    {
      guint slot = px_column_geometry_slot (&self->geometry, d);

      if (d == self->geometry.pinned || (slot >= self->first_counted && slot <= self->last_counted))
        height = MAX (height, estimate_cell (self, row, d, self->geometry.width));
    }
  return height;
}

static int
estimate_stacked_row (PxComparisonView *self, guint row)
{
  PxComparison *cmp = self->comparison;
  const PxCell *cells = px_comparison_get_row (cmp, row);
  guint n = px_comparison_get_n_documents (cmp);
  guint ref = px_comparison_get_reference (cmp);
  int width = MIN (rows_width (self), (int) (COLUMN_MAX_WIDTH * 1.2 * self->zoom));
  int height = estimate_cell (self, row, ref, width);
  gboolean same = FALSE, omitted = FALSE;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  for (guint d = 0; d < n; d++)
    {
      int p = cells[d].paragraph;

      if (d == ref)
        continue;
      if (p < 0)
        omitted = TRUE;
      else if (!px_comparison_cell_changed (cmp, row, d) && !(cells[d].flags & PX_CELL_MOVED))
        same = TRUE;
      else
        /* A line: the outlet's chip, then its cell. */
        height += estimate_cell (self, row, d, width - 12 * self->est_char_width) + 2;
    }
  return height + (same + omitted) * self->est_line_height;
}

/* Whether the stacked row @box waits for was filled while it waited
 * (prefill_rows()): for the row it is bound to, as the view shows rows
 * now (the generation). */
static gboolean
is_filled (PxComparisonView *self, GtkWidget *box)
{
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row"));

  return g_object_get_data (G_OBJECT (box), "px-filled-row") == GUINT_TO_POINTER (row + 1) &&
         g_object_get_data (G_OBJECT (box), "px-filled-generation") == GUINT_TO_POINTER (self->generation + 1);
}

static void
set_filled (PxComparisonView *self, GtkWidget *box, gboolean filled)
{
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row"));

  g_object_set_data (G_OBJECT (box), "px-filled-row", filled ? GUINT_TO_POINTER (row + 1) : NULL);
  g_object_set_data (G_OBJECT (box), "px-filled-generation", filled ? GUINT_TO_POINTER (self->generation + 1) : NULL);
}

/* Makes @box, just bound to @row, a placeholder of about the row's
 * height until it comes near the screen. */
static void
wait_row (PxComparisonView *self, GtkWidget *box, guint row)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  ensure_metrics (self);
  g_object_set_data (G_OBJECT (box), "px-shown", NULL);
  set_filled (self, box, FALSE);
  if (PX_IS_COLUMN_STRIP (box))
    px_column_strip_set_placeholder (PX_COLUMN_STRIP (box), self->comparison ? estimate_row (self, row) : 0);
  else
    {
      gtk_widget_set_visible (box, FALSE);
      gtk_widget_set_size_request (row_widget (box), -1, self->comparison ? estimate_stacked_row (self, row) : 0);
    }
  g_hash_table_add (self->pending, box);
}

/* Shows the row @box is bound to. */
static void
show_row (PxComparisonView *self, GtkWidget *box)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_hash_table_remove (self->pending, box);
  /* The row it shows, plus one (bind_row()). */
  g_object_set_data (G_OBJECT (box), "px-shown",
                     GUINT_TO_POINTER (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row")) + 1));
  if (PX_IS_COLUMN_STRIP (box))
    {
      update_row (self, box);
      px_column_strip_set_placeholder (PX_COLUMN_STRIP (box), -1);
    }
  else
    {
      if (!is_filled (self, box))
        update_stacked_row (self, box);
      set_filled (self, box, FALSE);
      gtk_widget_set_size_request (row_widget (box), -1, -1);
      gtk_widget_set_visible (box, TRUE);
    }
}

/* The width the list gives its rows (all have the same), as one laid
 * out has it, and in @box_width the width of a stacked row's box (its
 * lines') as one shown has it; 0 when none is. */
static int
bound_row_width (PxComparisonView *self, int *box_width)
{
  GHashTableIter iter;
  gpointer box;
  int width = 0;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  *box_width = 0;
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &box, NULL) && (width == 0 || *box_width == 0))
    {
      if (width == 0)
        width = gtk_widget_get_width (row_widget (box));
      if (*box_width == 0 && !PX_IS_COLUMN_STRIP (box) && gtk_widget_get_visible (box) &&
          !g_hash_table_contains (self->pending, box))
        *box_width = gtk_widget_get_width (box);
    }
  return width;
}

/* Fills the stacked row @box waits for and lays its lines out one by
 * one, at @box_width, while it still waits (hidden); returns whether
 * all are, by @until.  A stacked row of twenty outlets took 10 to 20 ms
 * to lay out: by lines, a slice of the main loop stays near its share. */
static gboolean
prepare_stacked_row (PxComparisonView *self, GtkWidget *box, int box_width, gint64 until)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (!is_filled (self, box))
    {
      update_stacked_row (self, box);
      set_filled (self, box, TRUE);
    }
  /* A vertical box asks each line for its height at its own width:
   * asked the same here, each line keeps the answer for then. */
  for (GtkWidget *line = gtk_widget_get_first_child (box); line; line = gtk_widget_get_next_sibling (line))
    if (gtk_widget_get_visible (line))
      {
        if (g_get_monotonic_time () >= until)
          return FALSE;
        gtk_widget_measure (line, GTK_ORIENTATION_VERTICAL, box_width, NULL, NULL, NULL, NULL);
      }
  return TRUE;
}

/* The waiting row nearest the screen (any, when none is laid out): the
 * first that scrolling reaches, which would otherwise be shown by the
 * frame that brings it near (on_clock_layout()). */
static GtkWidget *
nearest_pending (PxComparisonView *self)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  double page = gtk_widget_get_height (list), best_distance = G_MAXDOUBLE;
  GtkWidget *best = NULL;
  GHashTableIter iter;
  gpointer box;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    {
      graphene_rect_t bounds;
      double distance = G_MAXDOUBLE / 2;

      if (gtk_widget_get_mapped (row_widget (box)) &&
          gtk_widget_compute_bounds (row_widget (box), list, &bounds))
        distance = bounds.origin.y > page ? bounds.origin.y - page
                   : MAX (0, -(bounds.origin.y + bounds.size.height));
      if (best == NULL || distance < best_distance)
        best = box, best_distance = distance;
    }
  return best;
}

/* Until when filling rows may go on now.  While the view scrolls, a
 * frame comes every refresh period, and filling in slices of a fixed
 * length both wasted most of the time between frames (the stacked view
 * lagged its scrolling for the first pages) and ran into the next frame
 * now and then, which then came late.  So a slice ends a little before
 * the next frame may start (frame_due, noted at each frame's layout),
 * however long that leaves, and none starts when the next frame is
 * near; when no frame has come for a while, a slice takes PREFILL_USEC,
 * so that input is never kept waiting long.  Returns 0 when the next
 * frame is near. */
static gint64
prefill_until (PxComparisonView *self)
{
  gint64 now = g_get_monotonic_time ();

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (self->frame_due - FRAME_MARGIN_USEC > now + PREFILL_MIN_USEC)
    return MIN (self->frame_due - FRAME_MARGIN_USEC, now + PREFILL_MAX_USEC);
  if (self->frame_due > now)
    return 0;
  return now + PREFILL_USEC;
}

static gboolean prefill_rows (gpointer user_data);
static void ensure_prefill (PxComparisonView *self);

typedef struct {
  GtkWidget *box;
  double distance;   /* from the screen, down or up: 0 on it */
} WarmRow;

static int
cmp_warm_rows (gconstpointer a, gconstpointer b)
{
  const WarmRow *x = a, *y = b;

  return x->distance < y->distance ? -1 : x->distance > y->distance;
}

/* Prepares the cells of the columns beside the screen (is_warm()) in
 * the side-by-side rows shown, those on screen first: their text shown
 * and laid out at the column's width, hidden as long as the column is
 * not on screen.  Scrolling sideways by a column then only moves cells
 * (a column of twenty rows of long paragraphs took 10 to 13 ms to lay
 * out inside the frame that brought it in).  Returns whether all are,
 * by @until. */
static gboolean
prepare_warm_cells (PxComparisonView *self, gint64 until)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  double page = gtk_widget_get_height (list);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (WarmRow));
  guint n = self->comparison ? px_comparison_get_n_documents (self->comparison) : 0;
  GHashTableIter iter;
  gpointer box;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (self->stacked || n == 0 || self->geometry.width <= 0)
    return TRUE;
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    {
      WarmRow warm = { box, G_MAXDOUBLE / 2 };
      graphene_rect_t bounds;

      if (!PX_IS_COLUMN_STRIP (box) || g_hash_table_contains (self->pending, box))
        continue;
      if (gtk_widget_get_mapped (box) && gtk_widget_compute_bounds (box, list, &bounds))
        warm.distance = bounds.origin.y > page ? bounds.origin.y - page
                        : MAX (0, -(bounds.origin.y + bounds.size.height));
      g_array_append_val (rows, warm);
    }
  g_array_sort (rows, cmp_warm_rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *strip = g_array_index (rows, WarmRow, i).box;
      guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (strip), "px-row"));
      GtkWidget *cell = gtk_widget_get_first_child (strip);

      for (guint d = 0; d < n && cell; d++, cell = gtk_widget_get_next_sibling (cell))
        {
          if (!is_warm (self, d) || cell_is_current (self, cell, row, TRUE))
            continue;
          if (g_get_monotonic_time () >= until)
            return FALSE;
          cell_stamp (self, cell, row, TRUE);
          fill_cell (self, PX_CELL_VIEW (cell), row, d);
          gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, self->geometry.width, NULL, NULL, NULL, NULL);
        }
    }
  return TRUE;
}

/* While the view scrolls sideways, a loaded machine may leave the main
 * loop no gap between frames to prepare the column beside the screen
 * in (prefill_rows()), and the frame that brought it in did all of it.
 * So each frame of the scroll does a little of it too, before its
 * layout, until it is done or the scroll has stopped for a moment (the
 * idle then does the rest, with no frames of its own). */
static gboolean
warm_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);
  gint64 now = g_get_monotonic_time ();

  if (!self->warm_pending || g_hash_table_size (self->pending) > 0 ||
      now - self->sideways_at > 100 * 1000)
    {
      self->warm_tick = 0;
      return G_SOURCE_REMOVE;
    }
  if (prepare_warm_cells (self, now + WARM_FRAME_USEC))
    self->warm_pending = FALSE;
  return G_SOURCE_CONTINUE;
}

/* Goes on filling rows once the next frame is past, if it is near. */
static gboolean
prefill_after_frame (PxComparisonView *self)
{
  gint64 now = g_get_monotonic_time ();

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (self->frame_due <= now || prefill_until (self) != 0)
    return FALSE;
  self->prefill_idle = g_timeout_add_full (G_PRIORITY_LOW, (guint) ((self->frame_due - now) / 1000 + 1),
                                           prefill_rows, self, NULL);
  return TRUE;
}

/* Shows some of the rows bound beyond the screen, for a few milliseconds
 * at a time, so that scrolling finds them ready. */
static gboolean
prefill_rows (gpointer user_data)
{
  PxComparisonView *self = user_data;
  gint64 until = prefill_until (self);
  int width = -1, box_width = 0;

  if (until == 0)
    {
      /* A frame is near: nothing now, not even a spin of this idle. */
      self->prefill_idle = 0;
      if (!prefill_after_frame (self))
        ensure_prefill (self);
      return G_SOURCE_REMOVE;
    }

  while (g_hash_table_size (self->pending) > 0 && g_get_monotonic_time () < until)
    {
      GtkWidget *box = nearest_pending (self);

      if (width < 0)
        width = bound_row_width (self, &box_width);
      if (!PX_IS_COLUMN_STRIP (box) && box_width > 0)
        {
          /* Not done by the end of the slice: the next goes on. */
          if (!prepare_stacked_row (self, box, box_width, until))
            break;
          show_row (self, box);
          continue;
        }
      show_row (self, box);
      /* Its text laid out now, in this slice, at the width the list
       * gives its rows: else the next frame's layout does it, for every
       * row shown here at once (a dozen stacked rows took 30 to 45 ms). */
      if (width > 0)
        gtk_widget_measure (row_widget (box), GTK_ORIENTATION_VERTICAL, width, NULL, NULL, NULL, NULL);
    }
  /* Then the columns beside the screen, once every row is shown. */
  if (g_hash_table_size (self->pending) == 0 && self->warm_pending &&
      g_get_monotonic_time () < until && prepare_warm_cells (self, until))
    self->warm_pending = FALSE;
  if (g_hash_table_size (self->pending) > 0 || self->warm_pending)
    return G_SOURCE_CONTINUE;
  self->prefill_idle = 0;
  return G_SOURCE_REMOVE;
}

static void
ensure_prefill (PxComparisonView *self)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  if ((g_hash_table_size (self->pending) > 0 || self->warm_pending) && self->prefill_idle == 0)
    self->prefill_idle = g_idle_add_full (G_PRIORITY_LOW, prefill_rows, self, NULL);
}

/* After each layout of the window (the frame clock's "layout", after
 * the window's own handler), the rows that wait and have come near the
 * screen are shown.  That queues a resize, and the frame clock lays the
 * window out again before it paints: no placeholder is ever drawn on
 * screen.  Then the others are shown while the main loop is idle. */
static void
on_clock_layout (GdkFrameClock *clock, PxComparisonView *self)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  g_autoptr(GPtrArray) near = NULL;
  GHashTableIter iter;
  gpointer box;
  double page, margin;
  gint64 frame_time = gdk_frame_clock_get_frame_time (clock), interval = 0;

  /* The next frame comes a refresh period after this one at the soonest. */
  gdk_frame_clock_get_refresh_info (clock, frame_time, &interval, NULL);
  self->frame_due = frame_time + (interval > 0 ? interval : 16667);
  if (g_hash_table_size (self->pending) == 0 || !gtk_widget_get_mapped (list))
    return;
  page = gtk_widget_get_height (list);
  margin = page * NEAR_SCREEN;
  near = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    {
      GtkWidget *row = row_widget (box);
      graphene_rect_t bounds;

      if (gtk_widget_get_mapped (row) && gtk_widget_compute_bounds (row, list, &bounds) &&
          bounds.origin.y < page + margin && bounds.origin.y + bounds.size.height > -margin)
        g_ptr_array_add (near, box);
    }
  for (guint i = 0; i < near->len; i++)
    show_row (self, near->pdata[i]);
  ensure_prefill (self);
}

static void
unhook_layout (PxComparisonView *self)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  /* A window that goes away disposes of its frame clock, and of the
   * clock's handlers with it. */
  if (self->layout_clock && g_signal_handler_is_connected (self->layout_clock, self->layout_handler))
    g_signal_handler_disconnect (self->layout_clock, self->layout_handler);
  self->layout_handler = 0;
  g_clear_object (&self->layout_clock);
}

/* Follows the frame clock of the window the view is in.  Returns
 * whether the window is on screen with one: otherwise (no window yet,
 * or one not shown, which lays nothing out) rows are shown as they are
 * bound. */
static gboolean
hook_layout (PxComparisonView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GdkFrameClock *clock = root && gtk_widget_get_mapped (GTK_WIDGET (root))
                         ? gtk_widget_get_frame_clock (GTK_WIDGET (root)) : NULL;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (clock != self->layout_clock)
    {
      unhook_layout (self);
      if (clock)
        {
          self->layout_clock = g_object_ref (clock);
          self->layout_handler = g_signal_connect_after (clock, "layout", G_CALLBACK (on_clock_layout), self);
        }
    }
  return clock != NULL;
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          PxComparisonView         *self)
{
  GtkWidget *box = row_box (item);
  PxRowItem *row = gtk_list_item_get_item (item);
  guint position = 0;
  /* Bound again to the row it shows (the list binds the rows on screen
   * afresh when rows come and go around them): it shows it at once. */
  gboolean showing = g_object_get_data (G_OBJECT (box), "px-shown") == GUINT_TO_POINTER (px_row_item_get_row (row) + 1);

  /* Its place among px_comparison_view_get_rows(), which does not move
   * as rows empty on screen come and go from the list. */
  px_row_model_find (self->rows, px_row_item_get_row (row), &position);
  g_object_set_data (G_OBJECT (box), "px-row", GUINT_TO_POINTER (px_row_item_get_row (row)));
  g_object_set_data (G_OBJECT (box), "px-position", GINT_TO_POINTER (position));
  g_hash_table_add (self->bound, box);
  if (!showing && hook_layout (self))
    wait_row (self, box, px_row_item_get_row (row));
  else
    show_row (self, box);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            PxComparisonView         *self)
{
  g_hash_table_remove (self->bound, row_box (item));
  g_hash_table_remove (self->pending, row_box (item));
}

static void
teardown_row (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PxComparisonView         *self)
{
  g_hash_table_remove (self->bound, row_box (item));
  g_hash_table_remove (self->pending, row_box (item));
}

/* Shows the bound rows again: the cells that are not current (see
 * cell_is_current()). */
static void
refresh_rows (PxComparisonView *self)
{
  GHashTableIter iter;
  gpointer box;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    if (g_hash_table_contains (self->pending, box))
      set_filled (self, box, FALSE);   /* shown afresh when it comes near the screen */
    else if (PX_IS_COLUMN_STRIP (box))
      update_row (self, box);
    else
      update_stacked_row (self, box);
}

/**
 * px_comparison_view_refresh:
 *
 * Shows the bound rows afresh (after a change of look, or for a new
 * decorator); the rows off screen are shown as they come.
 */
void
px_comparison_view_refresh (PxComparisonView *self)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  self->generation++;
  refresh_rows (self);
}

/* --- columns on screen --------------------------------------------------- */

/* The widest the rows may be: the list's width once laid out, before
 * that the widget's or the window's. */
static int
rows_width (PxComparisonView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->list_view)), height;
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (width <= 0)
    width = gtk_widget_get_width (GTK_WIDGET (self)) - gtk_widget_get_width (GTK_WIDGET (self->ruler));
  if (width <= 0 && root)
    width = gtk_widget_get_width (root);
  if (width <= 0 && GTK_IS_WINDOW (root))
    gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
  return width;
}

/* What update_live_columns() found changed. */
enum {
  LIVE_CHANGED = 1 << 0,     /* the columns with text: show the rows afresh */
  COUNTED_CHANGED = 1 << 1,  /* the columns that set rows' heights: measure them afresh */
};

/* The slots of the scrolling columns on screen.  Returns what changed
 * (LIVE_CHANGED, COUNTED_CHANGED). */
static guint
update_live_columns (PxComparisonView *self)
{
  guint first, last;

  guint first_counted, last_counted;
  guint changed = 0;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  px_column_geometry_shown_slots (&self->geometry, rows_width (self), &first, &last);
  px_column_geometry_counted_slots (&self->geometry, rows_width (self), &first_counted, &last_counted);
  if (first > last)
    first = last = 0;
  /* Rows are as tall as the columns that count: measured afresh when
   * those change, even when the columns with text stay the same. */
  if (first != self->first_live || last != self->last_live)
    changed |= LIVE_CHANGED;
  if (first_counted != self->first_counted || last_counted != self->last_counted)
    changed |= COUNTED_CHANGED;
  self->first_live = first;
  self->last_live = last;
  self->first_counted = first_counted;
  self->last_counted = last_counted;
  return changed;
}

/* Every row strip (and the header strip) lays out afresh: @resize when
 * the columns on screen changed, since a row is as tall as those. */
static void
relayout_strips (PxComparisonView *self, gboolean resize)
{
  GHashTableIter iter;
  gpointer box;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (resize)
    gtk_widget_queue_resize (GTK_WIDGET (self->header_strip));
  else
    gtk_widget_queue_allocate (GTK_WIDGET (self->header_strip));
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    if (!PX_IS_COLUMN_STRIP (box))
      continue;
    else if (resize)
      gtk_widget_queue_resize (box);
    else
      gtk_widget_queue_allocate (box);
}

static void
on_hadjustment_changed (PxComparisonView *self)
{
  gboolean changed;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  self->geometry.offset = gtk_adjustment_get_value (self->hadj);
  if (self->allocating)
    return;   /* the allocation shows it (see relayout) */
  changed = update_live_columns (self);
  if (changed & COUNTED_CHANGED)
    update_shown (self, FALSE);
  if (changed & LIVE_CHANGED)
    refresh_rows (self);   /* only the cells whose column came or went */
  relayout_strips (self, changed != 0);
  self->sideways_at = g_get_monotonic_time ();
  if (self->warm_pending && self->warm_tick == 0 && !self->stacked)
    self->warm_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), warm_tick, NULL, NULL);
}

/* Column width and place from the width the rows have: as many columns
 * of at least the least width as fit, sharing the width, none wider
 * than a readable line.  Returns whether the width changed. */
static gboolean
update_geometry (PxComparisonView *self, int width)
{
  guint n = self->comparison ? px_comparison_get_n_documents (self->comparison) : 0;
  int least = (int) (COLUMN_MIN_WIDTH * self->zoom), most = (int) (COLUMN_MAX_WIDTH * self->zoom);
  int old_width = self->geometry.width;
  guint fit;
  double scrolled, page, upper;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  self->geometry.n_columns = n;
  self->geometry.pinned = n > 0 ? px_comparison_get_reference (self->comparison) : G_MAXUINT;
  if (n == 0 || width <= 0)
    {
      self->geometry.width = 0;
      return old_width != 0;
    }
  fit = CLAMP ((guint) (width / MAX (least, 1)), 1, n);
  self->geometry.width = MIN (width / (int) fit, most);
  self->geometry.lead = fit == n ? MAX (0, (width - (int) n * self->geometry.width) / 2) : 0;
  /* The scrolling columns: all but the pinned one, in what is left. */
  page = MAX (width - self->geometry.lead - self->geometry.width, 1);
  upper = (double) (n - 1) * self->geometry.width;
  scrolled = CLAMP (self->geometry.offset, 0, MAX (upper - page, 0));
  self->geometry.offset = scrolled;
  gtk_adjustment_configure (self->hadj, scrolled, 0, MAX (upper, page), self->geometry.width / 8.0,
                            page * 0.9, page);
  return old_width != self->geometry.width;
}

/* After an allocation that changed the columns: their text and the
 * scroll bar, which cannot change during it. */
static gboolean
relayout (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);
  gboolean scrolls;
  guint changed;

  self->relayout_tick = 0;
  if (!self->stacked_chosen)
    show_layout (self, self->narrow);
  /* Stacked, nothing scrolls sideways. */
  scrolls = !self->stacked && gtk_adjustment_get_upper (self->hadj) > gtk_adjustment_get_page_size (self->hadj) + 0.5;
  if (gtk_widget_get_visible (GTK_WIDGET (self->hscrollbar)) != scrolls)
    gtk_widget_set_visible (GTK_WIDGET (self->hscrollbar), scrolls);
  changed = update_live_columns (self);
  if (changed & COUNTED_CHANGED)
    update_shown (self, FALSE);
  if (changed & LIVE_CHANGED)
    refresh_rows (self);
  relayout_strips (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
px_comparison_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);

  gtk_widget_measure (self->root_box, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
px_comparison_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);
  int ruler_width;
  gboolean changed;
  guint first, last;

  gtk_widget_measure (GTK_WIDGET (self->ruler), GTK_ORIENTATION_HORIZONTAL, -1, &ruler_width, NULL, NULL, NULL);
  self->allocating = TRUE;
  changed = update_geometry (self, width - ruler_width);
  self->allocating = FALSE;
  px_column_geometry_shown_slots (&self->geometry, width - ruler_width, &first, &last);
  if (first > last)
    first = last = 0;
  /* Too narrow to compare side by side: the reference's column and one
   * other (of two articles), or two others (of more), at normal text
   * size (a larger text alone does not change the layout). */
  self->narrow = self->geometry.n_columns > 1 &&
                 width - ruler_width < (int) MIN (self->geometry.n_columns, 3) * COLUMN_MIN_WIDTH;
  if ((!self->stacked_chosen && self->narrow != self->stacked) || changed || first != self->first_live || last != self->last_live ||
      gtk_widget_get_visible (GTK_WIDGET (self->hscrollbar)) !=
      (!self->stacked && gtk_adjustment_get_upper (self->hadj) > gtk_adjustment_get_page_size (self->hadj) + 0.5))
    {
      if (self->relayout_tick == 0)
        self->relayout_tick = gtk_widget_add_tick_callback (widget, relayout, NULL, NULL);
    }
  gtk_widget_allocate (self->root_box, width, height, -1, NULL);
}

/* --- the layout: side by side or stacked ------------------------------------ */

static void rebuild_stacked_header (PxComparisonView *self);

static void
show_layout (PxComparisonView *self, gboolean stacked)
{
  int keep;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (self->stacked == stacked)
    return;
  /* The reader's place survives the change of layout: the row just gone
   * to (still on its way, or on screen), else the row at the top. */
  keep = self->current >= 0 && (self->align_tick != 0 || current_on_screen (self))
         ? self->current : top_position (self);
  self->stacked = stacked;
  g_hash_table_remove_all (self->bound);
  g_hash_table_remove_all (self->pending);
  /* Every row is made afresh for the other layout: the list as well. */
  update_shown (self, TRUE);
  gtk_grid_view_set_factory (self->list_view, stacked ? self->stacked_factory : self->column_factory);
  if (keep > 0 && keep < (int) g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    {
      scroll_to_position (self, (guint) keep);
      if (keep == self->current)
        {
          self->align_frames = 0;
          if (self->align_tick == 0)
            self->align_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), align_current, self, NULL);
        }
    }
  /* Column headers head nothing in the stacked layout. */
  gtk_widget_set_visible (GTK_WIDGET (self->header_strip), !stacked);
  gtk_widget_set_visible (self->stacked_header, stacked);
  rebuild_stacked_header (self);
  if (stacked)
    gtk_widget_set_visible (GTK_WIDGET (self->hscrollbar), FALSE);
  else if (self->relayout_tick == 0)
    self->relayout_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), relayout, NULL, NULL);
  if (stacked)
    gtk_widget_add_css_class (GTK_WIDGET (self), "stacked");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "stacked");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STACKED]);
}

/**
 * px_comparison_view_set_stacked:
 *
 * Shows the rows stacked (each outlet's version under the reference's
 * paragraph) or side by side, as the reader chose: from then on the
 * view no longer switches by itself when it gets narrow.
 */
void
px_comparison_view_set_stacked (PxComparisonView *self,
                                gboolean          stacked)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  self->stacked_chosen = TRUE;
  show_layout (self, !!stacked);
}

gboolean
px_comparison_view_get_stacked (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), FALSE);

  return self->stacked;
}

static void
px_comparison_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_STACKED:
      g_value_set_boolean (value, self->stacked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_comparison_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_STACKED:
      /* Only a change is a choice: a binding echoing an automatic switch is not. */
      if (g_value_get_boolean (value) != self->stacked)
        px_comparison_view_set_stacked (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* --- sideways scrolling and text size ------------------------------------- */

/* A horizontal wheel or touchpad swipe, or Shift with the wheel, moves
 * the scrolling columns; anything else goes on to the rows' scroller. */
static gboolean
on_scroll (GtkEventControllerScroll *controller, double dx, double dy, PxComparisonView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double delta = dx;

  if (state & GDK_CONTROL_MASK)
    return FALSE;
  if (delta == 0 && (state & GDK_SHIFT_MASK))
    delta = dy;
  if (delta == 0 || gtk_adjustment_get_upper (self->hadj) <= gtk_adjustment_get_page_size (self->hadj))
    return FALSE;
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    delta *= self->geometry.width / 3.0;
  gtk_adjustment_set_value (self->hadj, gtk_adjustment_get_value (self->hadj) + delta);
  return TRUE;
}

static void
px_comparison_view_init_sideways (PxComparisonView *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);

  g_assert (PX_IS_COMPARISON_VIEW (self));

  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}

/* Text sizes a step of zoom goes through. */
static const int zoom_steps[] = { 70, 80, 90, 100, 110, 120, 135, 150, 175, 200 };

/**
 * px_comparison_view_zoom:
 * @step: 1 for larger text, -1 for smaller, 0 for the normal size
 *
 * Sets the size of the articles' text (and with it the least and the
 * most width of a column).
 */
void
px_comparison_view_zoom (PxComparisonView *self,
                         int               step)
{
  int percent = (int) (self->zoom * 100 + 0.5), i;
  char old_class[16], new_class[16];

  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  for (i = 0; i < (int) G_N_ELEMENTS (zoom_steps) - 1 && zoom_steps[i] < percent; i++)
    ;
  if (step == 0)
    i = 3;
  else
    i = CLAMP (i + step, 0, (int) G_N_ELEMENTS (zoom_steps) - 1);
  if (zoom_steps[i] == percent)
    return;
  g_snprintf (old_class, sizeof old_class, "zoom-%d", percent);
  g_snprintf (new_class, sizeof new_class, "zoom-%d", zoom_steps[i]);
  gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
  if (zoom_steps[i] != 100)
    gtk_widget_add_css_class (GTK_WIDGET (self), new_class);
  self->zoom = zoom_steps[i] / 100.0;
  self->est_line_height = 0;
  update_geometry (self, rows_width (self));
  if (update_live_columns (self) & COUNTED_CHANGED)
    update_shown (self, FALSE);
  px_comparison_view_refresh (self);
  relayout_strips (self, TRUE);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

double
px_comparison_view_get_zoom (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), 1.0);

  return self->zoom;
}

/* --- headers ------------------------------------------------------------ */

static void
on_header_make_reference (PxComparisonView *self, PxArticleHeader *header)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_signal_emit (self, signals[MAKE_REFERENCE], 0, px_article_header_get_document (header));
}

static void
on_header_move (PxComparisonView *self, int delta, PxArticleHeader *header)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_signal_emit (self, signals[MOVE], 0, px_article_header_get_document (header), delta);
}

static void
on_header_remove (PxComparisonView *self, PxArticleHeader *header)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_signal_emit (self, signals[REMOVE], 0, px_article_header_get_document (header));
}

/* The header of the stacked layout: there are no columns to head, so
 * the reference's header (what every line is compared with, why it was
 * chosen, its actions) and, after it, the outlets' names as the chips
 * that start their lines in the rows. */
static GtkWidget *
stacked_header_new (PxComparisonView *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *others = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  /* Translators: stacked view, before the names of the outlets compared with the reference */
  GtkWidget *label = gtk_label_new (_("Compared with:"));

  g_assert (PX_IS_COMPARISON_VIEW (self));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), (int) (COLUMN_MAX_WIDTH * 1.2));
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), COLUMN_MAX_WIDTH);
  gtk_widget_set_hexpand (clamp, TRUE);
  gtk_widget_add_css_class (box, "stacked-header");
  self->stacked_reference = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), self->stacked_reference);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "stacked-names");
  gtk_box_append (GTK_BOX (others), label);
  self->stacked_chips = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->stacked_chips, GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (self->stacked_chips, 20);
  gtk_flow_box_set_column_spacing (self->stacked_chips, 4);
  gtk_flow_box_set_row_spacing (self->stacked_chips, 2);
  gtk_widget_set_hexpand (GTK_WIDGET (self->stacked_chips), TRUE);
  gtk_box_append (GTK_BOX (others), GTK_WIDGET (self->stacked_chips));
  gtk_box_append (GTK_BOX (box), others);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_widget_set_visible (clamp, FALSE);
  return clamp;
}

static void
connect_header (PxComparisonView *self, GtkWidget *header)
{
  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_signal_connect_object (header, "make-reference", G_CALLBACK (on_header_make_reference),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (header, "move", G_CALLBACK (on_header_move), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (header, "remove", G_CALLBACK (on_header_remove), self, G_CONNECT_SWAPPED);
}

static void
rebuild_stacked_header (PxComparisonView *self)
{
  guint n = self->comparison ? px_comparison_get_n_documents (self->comparison) : 0;
  guint ref = self->comparison ? px_comparison_get_reference (self->comparison) : 0;
  GtkWidget *child;
  double centrality;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  while ((child = gtk_widget_get_first_child (self->stacked_reference)))
    gtk_box_remove (GTK_BOX (self->stacked_reference), child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stacked_chips))))
    gtk_flow_box_remove (self->stacked_chips, child);
  /* Made only while stacked: side by side, the column headers are the
   * only article headers. */
  if (n == 0 || !self->stacked)
    return;
  child = px_article_header_new (px_comparison_get_document (self->comparison, ref));
  px_article_header_set_place (PX_ARTICLE_HEADER (child), TRUE, -1, FALSE, FALSE);
  if (n > 1 && px_comparison_get_reference_choice (self->comparison, &centrality))
    px_article_header_explain_reference (PX_ARTICLE_HEADER (child), centrality, n);
  connect_header (self, child);
  gtk_box_append (GTK_BOX (self->stacked_reference), child);
  for (guint d = 0; d < n; d++)
    {
      PxDocument *doc = px_comparison_get_document (self->comparison, d);
      GtkWidget *chip;

      if (d == ref)
        continue;
      chip = gtk_label_new (px_document_get_outlet (doc));
      gtk_widget_add_css_class (chip, "outlet-chip");
      gtk_widget_set_tooltip_text (chip, px_document_get_title (doc));
      gtk_flow_box_append (self->stacked_chips, chip);
    }
}

static void
rebuild_headers (PxComparisonView *self)
{
  guint n = self->comparison ? px_comparison_get_n_documents (self->comparison) : 0;
  guint ref = self->comparison ? px_comparison_get_reference (self->comparison) : 0;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  px_column_strip_remove_all (self->header_strip);
  rebuild_stacked_header (self);

  for (guint d = 0; d < n; d++)
    {
      GtkWidget *header = px_article_header_new (px_comparison_get_document (self->comparison, d));
      double shared = px_comparison_was_cancelled (self->comparison)
                      ? -1 : px_comparison_get_similarity (self->comparison, d, ref);
      double centrality;

      px_article_header_set_place (PX_ARTICLE_HEADER (header), d == ref, shared, d > 0, d + 1 < n);
      /* One article alone was not chosen over any other: nothing to explain. */
      if (d == ref && n > 1 && px_comparison_get_reference_choice (self->comparison, &centrality))
        px_article_header_explain_reference (PX_ARTICLE_HEADER (header), centrality, n);
      connect_header (self, header);
      px_column_strip_append (self->header_strip, header);
    }
}

/* --- the rows shown, navigation ------------------------------------------ */

static void
update_rows (PxComparisonView *self)
{
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GByteArray) marks = g_byte_array_new ();
  guint n_rows = self->comparison ? px_comparison_get_n_rows (self->comparison) : 0;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  for (guint r = 0; r < n_rows; r++)
    {
      guint8 kind = kind_of_row (self, r);

      if (self->hide_furniture && (kind & PX_ROW_FURNITURE))
        continue;
      g_array_append_val (shown, r);
      g_byte_array_append (marks, &kind, 1);
    }
  self->current = -1;
  self->generation++;
  g_hash_table_remove_all (self->bound);
  g_hash_table_remove_all (self->pending);
  px_row_model_set_rows (self->rows, (guint *) (gpointer) shown->data, shown->len);
  update_shown (self, TRUE);
  px_overview_ruler_set_marks (self->ruler, marks->data, marks->len);
}

/* Whether, side by side, row @row has anything in a column that counts
 * on screen (the pinned one and those that show enough of themselves,
 * px_column_geometry_counted_slots()).  An omission marker stands only
 * where the reference has a paragraph, which shows in the pinned column. */
static gboolean
row_shows (PxComparisonView *self, guint row)
{
  const PxCell *cells = px_comparison_get_row (self->comparison, row);
  guint n = px_comparison_get_n_documents (self->comparison);

  g_assert (PX_IS_COMPARISON_VIEW (self));

  for (guint d = 0; d < n; d++)
    {
      int p = cells[d].paragraph;
      guint slot;

      if (p < 0 || (self->hide_furniture && px_comparison_is_furniture (self->comparison, d, p)))
        continue;
      if (d == self->geometry.pinned)
        return TRUE;
      slot = px_column_geometry_slot (&self->geometry, d);
      if (slot >= self->first_counted && slot <= self->last_counted)
        return TRUE;
    }
  return FALSE;
}

/* The list's rows: side by side, those of px_comparison_view_get_rows()
 * with something in the columns on screen.  A row empty in all of them
 * would still take the least height a GtkGridView gives a row (a
 * thirtieth of its own), and many of them read as a stretch of blank
 * stripes.  Called when the columns that count change (a sideways
 * scroll past a column's third, a resize): the rows that stay keep
 * their widgets and the reader's place, unless @all_afresh. */
static void
update_shown (PxComparisonView *self, gboolean all_afresh)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  g_autoptr(GArray) shown = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  gboolean filter = !self->stacked && self->comparison && self->geometry.width > 0 &&
                    self->geometry.n_columns > 1 && self->first_counted <= self->last_counted;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  for (guint i = 0; i < n; i++)
    {
      guint row = px_row_model_get_row (self->rows, i);

      if (!filter || row_shows (self, row))
        g_array_append_val (shown, row);
    }
  if (all_afresh)
    px_row_model_set_rows (self->shown, (guint *) (gpointer) shown->data, shown->len);
  else
    px_row_model_update_rows (self->shown, (guint *) (gpointer) shown->data, shown->len);
}

/* Scrolls the list to the row at @position of px_comparison_view_get_rows(),
 * or, when it is left out of the list (empty on screen), the next one. */
static void
scroll_to_position (PxComparisonView *self, guint position)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown)), at = 0;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (n_shown == 0 || position >= g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    return;
  px_row_model_find (self->shown, px_row_model_get_row (self->rows, position), &at);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", MIN (at, n_shown - 1));
}

/* "list.scroll-to-item" scrolls as little as it can, which leaves a row
 * below at the bottom edge; once laid out, the row is moved up to the
 * top, where the eye starts reading, with the row above it in sight. */
static gboolean
align_current (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  PxComparisonView *self = user_data;
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->rows_scroller);
  double page = gtk_adjustment_get_page_size (vadj);
  GHashTableIter iter;
  gpointer box;
  GtkWidget *current = NULL;
  graphene_point_t p;
  gboolean shown;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  /* Tick callbacks run before layout: wait for a frame laid out with
   * the row scrolled to. */
  if (self->align_frames++ == 0)
    return G_SOURCE_CONTINUE;
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (box), "px-position")) == self->current)
      {
        current = box;
        break;
      }
  shown = current && gtk_widget_get_mapped (current) &&
          gtk_widget_compute_point (current, GTK_WIDGET (self->list_view), &GRAPHENE_POINT_INIT (0, 0), &p);
  if (self->align_frames == 2)
    {
      /* Only a row on screen below the top part, and only within the
       * scrolled range: the view's estimate of rows not yet laid out is
       * no place to scroll to. */
      if (shown && p.y > page / 4 && p.y < page)
        {
          gtk_adjustment_set_value (vadj, MIN (gtk_adjustment_get_value (vadj) + p.y - page / 8,
                                               gtk_adjustment_get_upper (vadj) - page));
          return G_SOURCE_CONTINUE;   /* see that it landed */
        }
    }
  else if (!shown || p.y >= page || p.y < -1)
    /* Rows of unknown height between (the list estimates them) made
     * the move miss: back to the row, at the edge it comes in from. */
    scroll_to_position (self, (guint) self->current);
  self->align_tick = 0;
  return G_SOURCE_REMOVE;
}

/**
 * px_comparison_view_go_to_position:
 *
 * Scrolls the shown row at @position into view and marks it current.
 */
void
px_comparison_view_go_to_position (PxComparisonView *self,
                                   guint             position)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    return;
  self->current = position;
  scroll_to_position (self, position);
  px_comparison_view_refresh (self);
  self->align_frames = 0;
  if (self->align_tick == 0)
    self->align_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), align_current, self, NULL);
}

/**
 * px_comparison_view_go:
 * @kinds: PxRowKind bits: a row with any of them is a stop
 * @direction: 1 for the next such row, -1 for the previous one
 *
 * Goes from the current row to the next (or previous) row of @kinds.
 *
 * Returns: whether there was one
 */
gboolean
px_comparison_view_go (PxComparisonView *self,
                       guint             kinds,
                       int               direction)
{
  guint n;
  int pos;

  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), FALSE);
  g_return_val_if_fail (direction == 1 || direction == -1, FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  if (self->current < 0 && direction < 0)
    return FALSE;
  for (pos = self->current + direction; pos >= 0 && pos < (int) n; pos += direction)
    if (kind_of_row (self, px_row_model_get_row (self->rows, pos)) & kinds)
      {
        px_comparison_view_go_to_position (self, pos);
        return TRUE;
      }
  return FALSE;
}

static void
on_ruler_jump (PxComparisonView *self, guint position)
{
  px_comparison_view_go_to_position (self, position);
}

int
px_comparison_view_get_current (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), -1);

  return self->current;
}

/* --- look: palette and legend -------------------------------------------- */

static GtkWidget *
legend_item (const char *words, PxMark mark, gboolean old_words, const PxMarkPalette *palette)
{
  GtkWidget *label = gtk_label_new (words);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  px_diff_marks_add (attrs, mark, old_words, 0, strlen (words), palette);
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  return label;
}

static GtkWidget *
legend_chip (const char *words, const char *css_class)
{
  GtkWidget *label = gtk_label_new (words);

  gtk_widget_add_css_class (label, "legend-chip");
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
rebuild_legend (PxComparisonView *self)
{
  GtkWidget *child;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))))
    gtk_box_remove (self->legend_box, child);

  /* Translators: legend: words this outlet has that the reference lacks */
  gtk_box_append (self->legend_box, legend_item (_("added words"), PX_MARK_ADDED, FALSE, &self->palette));
  /* Translators: legend: the reference's words this outlet left out */
  gtk_box_append (self->legend_box, legend_item (_("dropped words"), PX_MARK_REMOVED, TRUE, &self->palette));
  /* Translators: legend: words replaced; the old ones are struck through */
  gtk_box_append (self->legend_box, legend_item (_("replaced"), PX_MARK_CHANGED, TRUE, &self->palette));
  /* Translators: legend: the words that replaced them */
  gtk_box_append (self->legend_box, legend_item (_("replacement"), PX_MARK_CHANGED, FALSE, &self->palette));
  {
    /* Translators: legend: words inside quotation marks (badge: how many articles carry them) */
    const char *quoted = _("quoted words");
    GtkWidget *label = gtk_label_new (quoted);
    g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

    px_quote_marks_add (attrs, 0, strlen (quoted), FALSE, &self->palette);
    gtk_label_set_attributes (GTK_LABEL (label), attrs);
    gtk_box_append (self->legend_box, label);
  }
  {
    /* Translators: a mark: a match of the search */
    const char *match = _("search match");
    GtkWidget *label = gtk_label_new (match);
    g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

    px_search_marks_add (attrs, 0, strlen (match));
    gtk_label_set_attributes (GTK_LABEL (label), attrs);
    gtk_box_append (self->legend_box, label);
  }
  gtk_box_append (self->legend_box, legend_chip (_("Omitted paragraph"), "omitted"));
  gtk_box_append (self->legend_box, legend_chip (_("Added paragraph"), "added"));
  gtk_box_append (self->legend_box, legend_chip (_("Moved"), "moved"));
}

static void
update_palette (PxComparisonView *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert (PX_IS_COMPARISON_VIEW (self));

  if (g_settings_get_boolean (self->settings, "colour-blind-safe"))
    px_mark_palette_init_colour_blind (&self->palette, adw_style_manager_get_dark (style),
                                       adw_style_manager_get_high_contrast (style));
  else
    px_mark_palette_init (&self->palette, adw_style_manager_get_dark (style),
                          adw_style_manager_get_high_contrast (style));
  rebuild_legend (self);
  px_comparison_view_refresh (self);
}

/* --- the widget ---------------------------------------------------------- */

static void
px_comparison_view_dispose (GObject *object)
{
  PxComparisonView *self = (PxComparisonView *) object;
  GtkWidget *child;

  if (self->decorator_destroy)
    self->decorator_destroy (self->decorator_data);
  self->decorator = NULL;
  self->decorator_destroy = NULL;
  if (self->align_tick)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->align_tick);
  self->align_tick = 0;
  if (self->relayout_tick)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->relayout_tick);
  self->relayout_tick = 0;
  if (self->warm_tick)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->warm_tick);
  self->warm_tick = 0;
  if (self->ruler)
    px_overview_ruler_set_adjustment (self->ruler, NULL);
  g_hash_table_remove_all (self->bound);
  g_hash_table_remove_all (self->pending);
  g_clear_handle_id (&self->prefill_idle, g_source_remove);
  unhook_layout (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_COMPARISON_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->row_kinds, g_bytes_unref);

  G_OBJECT_CLASS (px_comparison_view_parent_class)->dispose (object);
}

static void
px_comparison_view_finalize (GObject *object)
{
  PxComparisonView *self = (PxComparisonView *) object;

  g_clear_object (&self->rows);
  g_clear_object (&self->shown);
  g_clear_object (&self->hadj);
  g_clear_object (&self->column_factory);
  g_clear_object (&self->stacked_factory);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->extra_decorators, g_array_unref);
  g_hash_table_unref (self->diffs);
  g_hash_table_unref (self->unfolded);
  g_hash_table_unref (self->bound);
  g_hash_table_unref (self->pending);

  G_OBJECT_CLASS (px_comparison_view_parent_class)->finalize (object);
}

static void
px_comparison_view_unroot (GtkWidget *widget)
{
  PxComparisonView *self = PX_COMPARISON_VIEW (widget);

  /* No window's layout to wait for: the rows waiting are shown soon. */
  unhook_layout (self);
  ensure_prefill (self);
  GTK_WIDGET_CLASS (px_comparison_view_parent_class)->unroot (widget);
}

static void
px_comparison_view_class_init (PxComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_comparison_view_dispose;
  object_class->finalize = px_comparison_view_finalize;
  object_class->get_property = px_comparison_view_get_property;
  object_class->set_property = px_comparison_view_set_property;

  /**
   * PxComparisonView:stacked:
   *
   * Whether the rows are stacked rather than side by side.  Stacked
   * by itself when the reference's column and two others (one, of two
   * articles) do not fit, unless the reader chose.
   */
  properties[PROP_STACKED] = g_param_spec_boolean ("stacked", NULL, NULL, FALSE,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PxComparisonView::make-reference:
   * @document: the article whose header asked
   */
  signals[MAKE_REFERENCE] = g_signal_new ("make-reference", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_DOCUMENT);
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 2, PX_TYPE_DOCUMENT, G_TYPE_INT);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_DOCUMENT);

  g_type_ensure (PX_TYPE_OVERVIEW_RULER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/ui/px-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, root_box);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, header_box);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, hscrollbar);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, ruler_spacer);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, rows_scroller);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, list_view);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, ruler);
  gtk_widget_class_bind_template_child (widget_class, PxComparisonView, legend_box);
  gtk_widget_class_bind_template_callback (widget_class, on_ruler_jump);

  widget_class->unroot = px_comparison_view_unroot;
  widget_class->measure = px_comparison_view_measure;
  widget_class->size_allocate = px_comparison_view_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "comparisonview");
  stamp_row_quark = g_quark_from_static_string ("px-cell-row");
  stamp_look_quark = g_quark_from_static_string ("px-cell-look");
  shown_row_quark = g_quark_from_static_string ("px-shown-row");
  shown_doc_quark = g_quark_from_static_string ("px-shown-doc");
  folded_quark = g_quark_from_static_string ("px-folded");
}

static void
px_comparison_view_init (PxComparisonView *self)
{
  GtkListItemFactory *factory;
  GtkSelectionModel *selection;
  GtkAdjustment *hadj;
  AdwStyleManager *style = adw_style_manager_get_default ();
  int ruler_width;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->current = -1;
  self->zoom = 1.0;
  self->geometry.pinned = G_MAXUINT;
  self->rows = px_row_model_new ();
  self->shown = px_row_model_new ();
  self->row_kinds = g_bytes_new (NULL, 0);
  self->diffs = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  self->unfolded = g_hash_table_new (NULL, NULL);
  self->bound = g_hash_table_new (NULL, NULL);
  self->pending = g_hash_table_new (NULL, NULL);

  for (int stacked = 0; stacked < 2; stacked++)
    {
      factory = gtk_signal_list_item_factory_new ();
      g_signal_connect (factory, "setup", G_CALLBACK (stacked ? setup_stacked_row : setup_row), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
      g_signal_connect (factory, "teardown", G_CALLBACK (teardown_row), self);
      if (stacked)
        self->stacked_factory = factory;
      else
        self->column_factory = factory;
    }
  gtk_grid_view_set_factory (self->list_view, self->column_factory);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown))));
  gtk_grid_view_set_model (self->list_view, selection);
  g_object_unref (selection);

  /* The headers are a strip of columns like the rows, above them; the
   * ruler's width is kept free above it so that headers and cells line
   * up.  One adjustment moves the scrolling columns of every strip. */
  self->header_strip = PX_COLUMN_STRIP (px_column_strip_new (&self->geometry));
  gtk_widget_set_hexpand (GTK_WIDGET (self->header_strip), TRUE);
  gtk_box_append (self->header_box, GTK_WIDGET (self->header_strip));
  self->stacked_header = stacked_header_new (self);
  gtk_box_append (self->header_box, self->stacked_header);
  self->hadj = g_object_ref_sink (gtk_adjustment_new (0, 0, 0, 0, 0, 0));
  hadj = self->hadj;
  gtk_scrollbar_set_adjustment (self->hscrollbar, hadj);
  gtk_widget_measure (GTK_WIDGET (self->ruler), GTK_ORIENTATION_HORIZONTAL, -1,
                      &ruler_width, NULL, NULL, NULL);
  gtk_widget_set_size_request (self->ruler_spacer, ruler_width, -1);
  px_overview_ruler_set_adjustment (self->ruler, gtk_scrolled_window_get_vadjustment (self->rows_scroller));
  g_signal_connect_object (hadj, "value-changed", G_CALLBACK (on_hadjustment_changed), self, G_CONNECT_SWAPPED);
  px_comparison_view_init_sideways (self);
  self->single_prompt = single_prompt_new ();
  gtk_box_insert_child_after (GTK_BOX (self->root_box), self->single_prompt,
                              gtk_widget_get_parent (GTK_WIDGET (self->rows_scroller)));

  g_signal_connect_object (style, "notify::dark", G_CALLBACK (update_palette), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (update_palette), self, G_CONNECT_SWAPPED);
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::colour-blind-safe", G_CALLBACK (update_palette),
                           self, G_CONNECT_SWAPPED);
  update_palette (self);
}

GtkWidget *
px_comparison_view_new (void)
{
  return g_object_new (PX_TYPE_COMPARISON_VIEW, NULL);
}

/* One article alone compares with nothing: say so, and offer to add
 * another (the window's "Open" action). */
static GtkWidget *
single_prompt_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* Translators: shown under the only article open */
  GtkWidget *label = gtk_label_new (_("One article alone: add another about the same event to see how they differ."));
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add Article…"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "single-prompt");
  gtk_widget_set_visible (box, FALSE);
  return box;
}

/* --- keeping the place across comparisons ------------------------------- */

/* Whether the current row is bound and at least partly on screen. */
static gboolean
current_on_screen (PxComparisonView *self)
{
  GHashTableIter iter;
  gpointer box;
  int page = gtk_widget_get_height (GTK_WIDGET (self->list_view));

  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (box), "px-position")) == self->current)
      {
        graphene_point_t p;

        return gtk_widget_get_mapped (box) &&
               gtk_widget_compute_point (box, GTK_WIDGET (self->list_view), &GRAPHENE_POINT_INIT (0, 0), &p) &&
               p.y + gtk_widget_get_height (box) > 0 && p.y < page;
      }
  return FALSE;
}

/* The shown row at the top of the screen, from the bound rows' places. */
static int
top_position (PxComparisonView *self)
{
  GHashTableIter iter;
  gpointer box;
  int best = -1;
  float best_y = G_MAXFLOAT;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    {
      graphene_point_t p;
      int height = gtk_widget_get_height (box);

      /* A row bound but not laid out (above or below the screen) keeps
       * whatever place it last had. */
      if (!gtk_widget_get_mapped (box) ||
          !gtk_widget_compute_point (box, GTK_WIDGET (self->list_view), &GRAPHENE_POINT_INIT (0, 0), &p))
        continue;
      /* The first row whose lower half is on screen. */
      if (p.y + height / 2.0f >= 0 && p.y < best_y)
        {
          best_y = p.y;
          best = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (box), "px-position"));
        }
    }
  return best;
}

/**
 * px_comparison_view_get_place:
 *
 * The shown row an action on "this row" means: the one whose text has
 * the keyboard focus, else the current row, else the one at the top of
 * the screen.
 *
 * Returns: its position in px_comparison_view_get_rows(), or -1
 */
int
px_comparison_view_get_place (PxComparisonView *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), -1);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root ? gtk_root_get_focus (root) : NULL;
  for (GtkWidget *w = focus; w && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (g_hash_table_contains (self->bound, w))
      return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (w), "px-position"));
  return self->current >= 0 ? self->current : top_position (self);
}

/* A paragraph that stands for the current (or top) row: the reference's
 * when it has one there, else the first article's that has. */
static PxDocument *
find_place (PxComparisonView *self, int *paragraph, gboolean *is_current)
{
  int position = self->current >= 0 ? self->current : top_position (self);
  const PxCell *cells;
  guint n, ref;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  *is_current = self->current >= 0;
  if (self->comparison == NULL || position < 0 ||
      position >= (int) g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    return NULL;
  cells = px_comparison_get_row (self->comparison, px_row_model_get_row (self->rows, position));
  n = px_comparison_get_n_documents (self->comparison);
  ref = px_comparison_get_reference (self->comparison);
  for (guint i = 0; i <= n; i++)
    {
      guint d = i == 0 ? ref : i - 1;

      if (d < n && cells[d].paragraph >= 0)
        {
          *paragraph = cells[d].paragraph;
          return g_object_ref (px_comparison_get_document (self->comparison, d));
        }
    }
  return NULL;
}

static void
restore_place (PxComparisonView *self, PxDocument *document, int paragraph, gboolean is_current)
{
  guint n = px_comparison_get_n_documents (self->comparison);
  guint position;

  g_assert (PX_IS_COMPARISON_VIEW (self));

  for (guint d = 0; d < n; d++)
    if (px_comparison_get_document (self->comparison, d) == document)
      {
        guint row = px_comparison_find_row (self->comparison, d, paragraph);

        px_row_model_find (self->rows, row, &position);
        if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
          return;
        if (is_current)
          px_comparison_view_go_to_position (self, position);
        else
          scroll_to_position (self, position);
        return;
      }
}

/**
 * px_comparison_view_set_comparison:
 * @comparison: (nullable): what to show
 * @flags: the flags @comparison was computed with
 * @row_kinds: (nullable): px_comparison_row_kinds (@comparison), when
 *   already computed
 */
void
px_comparison_view_set_comparison (PxComparisonView *self,
                                   PxComparison     *comparison,
                                   PxDiffFlags       flags,
                                   GBytes           *row_kinds)
{
  g_autoptr(PxDocument) place = NULL;
  int place_paragraph = 0;
  gboolean place_is_current = FALSE;

  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));
  g_return_if_fail (comparison == NULL || PX_IS_COMPARISON (comparison));

  /* A new reference or new options should not lose the reader's place. */
  place = find_place (self, &place_paragraph, &place_is_current);

  g_hash_table_remove_all (self->diffs);
  g_hash_table_remove_all (self->unfolded);
  g_set_object (&self->comparison, comparison);
  self->flags = flags;
  g_clear_pointer (&self->row_kinds, g_bytes_unref);
  if (comparison == NULL)
    self->row_kinds = g_bytes_new (NULL, 0);
  else if (row_kinds)
    self->row_kinds = g_bytes_ref (row_kinds);
  else
    self->row_kinds = px_comparison_row_kinds (comparison);

  rebuild_headers (self);
  self->est_line_height = 0;
  gtk_widget_set_visible (self->single_prompt, comparison && px_comparison_get_n_documents (comparison) == 1);
  self->geometry.offset = 0;
  update_geometry (self, rows_width (self));
  self->first_live = self->last_live = G_MAXUINT;
  update_live_columns (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  update_rows (self);
  if (place && comparison)
    restore_place (self, place, place_paragraph, place_is_current);
}

PxComparison *
px_comparison_view_get_comparison (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), NULL);

  return self->comparison;
}

/**
 * px_comparison_view_set_hide_furniture:
 *
 * Hides (or shows again) the rows that hold nothing but page furniture,
 * and blanks furniture in the other rows.
 */
void
px_comparison_view_set_hide_furniture (PxComparisonView *self,
                                       gboolean          hide)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  hide = !!hide;
  if (self->hide_furniture == hide)
    return;
  self->hide_furniture = hide;
  update_rows (self);
}

/**
 * px_comparison_view_get_rows:
 *
 * Returns: (transfer none): the rows shown, a list of PxRowItem
 */
GListModel *
px_comparison_view_get_rows (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), NULL);

  return G_LIST_MODEL (self->rows);
}

/**
 * px_comparison_view_set_cell_decorator:
 * @decorator: (nullable): called for every cell shown
 *
 * Lets another part (the quote marks) add to cells after the view has
 * shown them, typically badges in px_cell_view_get_badges().
 */
void
px_comparison_view_set_cell_decorator (PxComparisonView *self,
                                       PxCellDecorator   decorator,
                                       gpointer          user_data,
                                       GDestroyNotify    destroy)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  if (self->decorator_destroy)
    self->decorator_destroy (self->decorator_data);
  self->decorator = decorator;
  self->decorator_data = user_data;
  self->decorator_destroy = destroy;
  px_comparison_view_refresh (self);
}

/**
 * px_comparison_view_get_rows_widget:
 *
 * Returns: (transfer none): the scrollable widget of the rows (for
 *   tests and benchmarks)
 */
GtkWidget *
px_comparison_view_get_single_prompt (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), NULL);

  return self->single_prompt;
}

GtkWidget *
px_comparison_view_get_rows_widget (PxComparisonView *self)
{
  g_return_val_if_fail (PX_IS_COMPARISON_VIEW (self), NULL);

  return GTK_WIDGET (self->list_view);
}

/**
 * px_comparison_view_add_cell_decorator:
 * @decorator: called for every cell shown, after the one set with
 *   px_comparison_view_set_cell_decorator()
 * @user_data: must outlive the view, or be removed first
 *
 * Adds a further decorator, so that more than one feature can add to
 * the cells (quote badges, search highlights).
 */
void
px_comparison_view_add_cell_decorator (PxComparisonView *self,
                                       PxCellDecorator   decorator,
                                       gpointer          user_data)
{
  ExtraDecorator extra = { decorator, user_data };

  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));
  g_return_if_fail (decorator != NULL);

  if (self->extra_decorators == NULL)
    self->extra_decorators = g_array_new (FALSE, FALSE, sizeof (ExtraDecorator));
  g_array_append_val (self->extra_decorators, extra);
}

void
px_comparison_view_remove_cell_decorator (PxComparisonView *self,
                                          PxCellDecorator   decorator,
                                          gpointer          user_data)
{
  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  for (guint k = 0; self->extra_decorators && k < self->extra_decorators->len; k++)
    {
      ExtraDecorator *extra = &g_array_index (self->extra_decorators, ExtraDecorator, k);

      if (extra->decorator == decorator && extra->user_data == user_data)
        {
          g_array_remove_index (self->extra_decorators, k);
          return;
        }
    }
}

/**
 * px_comparison_view_show_column:
 * @document: an article's index
 *
 * Scrolls sideways, when the columns are wider than the view, so that
 * @document's column is on screen.
 */
void
px_comparison_view_show_column (PxComparisonView *self,
                                guint             document)
{
  guint n, slot;
  double page, value, left, right;

  g_return_if_fail (PX_IS_COMPARISON_VIEW (self));

  n = self->comparison ? px_comparison_get_n_documents (self->comparison) : 0;
  if (document >= n || document == self->geometry.pinned || self->geometry.width <= 0)
    return;
  slot = px_column_geometry_slot (&self->geometry, document);
  page = gtk_adjustment_get_page_size (self->hadj);
  value = gtk_adjustment_get_value (self->hadj);
  /* Offsets of the scrolling columns start after the pinned one. */
  left = (double) (slot - 1) * self->geometry.width;
  right = left + self->geometry.width;
  if (left < value)
    gtk_adjustment_set_value (self->hadj, left);
  else if (right > value + page)
    gtk_adjustment_set_value (self->hadj, MIN (left, right - page));
}
