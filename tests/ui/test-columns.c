/* test-columns.c: many articles side by side, scrolled sideways (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens ECB+ events of eight and more articles in a window too narrow
 * for all their columns, scrolls sideways as a reader would (through
 * the horizontal scroll bar) and back, then renders the window and
 * checks that every article header and every cell on screen has been
 * drawn: a header or cell that lost its allocation paints nothing.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "px-article-header.h"
#include "px-cell-text.h"
#include "px-cell-view.h"
#include "px-column-strip.h"
#include "px-comparison-view.h"
#include "px-overview-page.h"
#include "px-quotes.h"
#include "px-row-model.h"
#include "px-window-private.h"
#include "ui-test.h"

/* Whether the top of @widget is in sight inside @clip. */
static gboolean
top_shows (GtkWidget *widget, GtkWidget *clip)
{
  graphene_point_t p;

  return gtk_widget_compute_point (widget, clip, &GRAPHENE_POINT_INIT (0, 0), &p) &&
         p.y >= -1 && p.y < gtk_widget_get_height (clip) - 14;
}

static const char *
outlet_name (PxComparison *cmp, guint d)
{
  return px_document_get_outlet (px_comparison_get_document (cmp, d));
}

/* A new window of @width × @height with @files open, compared and shown. */
static PxWindow *
open_files (GPtrArray *files, int width, int height)
{
  PxWindow *window = px_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 3);
  return window;
}

static PxWindow *
open_event (const char *event, guint n, int width, int height)
{
  g_autoptr(GPtrArray) files = ui_test_ecb_event_files (event, n);
  PxWindow *window = open_files (files, width, height);

  /* The same articles in the same order on every run (and so the same
   * reference): the columns are the files as given. */
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *base = g_file_get_basename (files->pdata[i]);

      *strrchr (base, '.') = '\0';
      g_assert_cmpstr (outlet_name (px_window_get_comparison (window), i), ==, base);
    }
  return window;
}

/* The horizontal scroll bar of the comparison's columns (the one shown). */
static GtkAdjustment *
sideways_adjustment (PxWindow *window)
{
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();

  ui_test_collect_all (GTK_WIDGET (px_window_get_view (window)), GTK_TYPE_SCROLLBAR, bars);
  for (guint i = 0; i < bars->len; i++)
    if (gtk_orientable_get_orientation (bars->pdata[i]) == GTK_ORIENTATION_HORIZONTAL &&
        gtk_widget_get_mapped (bars->pdata[i]))
      return gtk_scrollbar_get_adjustment (bars->pdata[i]);
  g_assert_not_reached ();
  return NULL;
}

typedef struct {
  GdkTexture *texture;
  guchar *pixels;
  gsize stride;
  int width, height;
} Shot;

static void
shot_take (Shot *shot, GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  shot->width = gtk_widget_get_width (widget);
  shot->height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, shot->width, shot->height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  shot->texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                               &GRAPHENE_RECT_INIT (0, 0, shot->width, shot->height));
  shot->stride = 4 * (gsize) shot->width;
  shot->pixels = g_malloc (shot->stride * shot->height);
  gdk_texture_download (shot->texture, shot->pixels, shot->stride);
}

static void
shot_clear (Shot *shot)
{
  g_clear_object (&shot->texture);
  g_clear_pointer (&shot->pixels, g_free);
}

/* Pixels in @r (window coordinates) that stand out from the colour at
 * the area's top-left corner: text drawn there has many. */
static guint
ink_in (Shot *shot, const graphene_rect_t *r)
{
  int x0 = MAX (0, (int) r->origin.x), y0 = MAX (0, (int) r->origin.y);
  int x1 = MIN (shot->width, (int) (r->origin.x + r->size.width));
  int y1 = MIN (shot->height, (int) (r->origin.y + r->size.height));
  const guchar *bg;
  guint ink = 0;

  if (x1 <= x0 || y1 <= y0)
    return 0;
  bg = shot->pixels + y0 * shot->stride + 4 * x0;
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        const guchar *p = shot->pixels + y * shot->stride + 4 * x;
        int diff = ABS (p[0] - bg[0]) + ABS (p[1] - bg[1]) + ABS (p[2] - bg[2]);

        ink += diff > 96;
      }
  return ink;
}

/* The part of @widget on screen inside @clip, in @window's coordinates;
 * FALSE when too little of it shows to hold a word, or its top is out
 * of sight (a short paragraph in a tall row is blank lower down). */
static gboolean
visible_part (GtkWidget *widget, GtkWidget *clip, GtkWidget *window, graphene_rect_t *out)
{
  graphene_rect_t bounds, clip_bounds;

  if (!gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, window, &bounds) ||
      !gtk_widget_compute_bounds (clip, window, &clip_bounds) ||
      !graphene_rect_intersection (&bounds, &clip_bounds, out))
    return FALSE;
  /* Its top, where the words start, must show. */
  return out->size.width >= 60 && out->size.height >= 14 && out->origin.y <= bounds.origin.y + 1;
}

/* Keeps what was drawn for a person to look at. */
static void
failed (Shot *shot, const char *when)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "ui", "artifacts", NULL);
  g_autofree char *path = g_build_filename (dir, "columns-failed.png", NULL);

  g_mkdir_with_parents (dir, 0755);
  gdk_texture_save_to_png (shot->texture, path);
  g_test_message ("%s: what was drawn is in %s", when, path);
}

/* The cell of article @ref in @cell's row. */
static GtkWidget *
reference_cell_of (PxCellView *cell, guint ref)
{
  GtkWidget *c = gtk_widget_get_first_child (gtk_widget_get_parent (GTK_WIDGET (cell)));

  for (; c && ref > 0; ref--)
    c = gtk_widget_get_next_sibling (c);
  return c;
}

/* Every header and every cell with words that is on screen was drawn. */
static void
assert_all_drawn (PxWindow *window, const char *when)
{
  GtkWidget *view = GTK_WIDGET (px_window_get_view (window));
  GtkWidget *list = px_comparison_view_get_rows_widget (PX_COMPARISON_VIEW (view));
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  g_autoptr(GPtrArray) strips = g_ptr_array_new ();
  guint n_headers = 0, n_cells = 0;
  PxComparison *cmp = px_window_get_comparison (window);
  guint ref = px_comparison_get_reference (cmp), n_docs = px_comparison_get_n_documents (cmp);
  Shot shot = { 0 };

  shot_take (&shot, GTK_WIDGET (window));
  ui_test_collect (view, PX_TYPE_ARTICLE_HEADER, headers);
  ui_test_collect (list, PX_TYPE_COLUMN_STRIP, strips);
  for (guint i = 0; i < headers->len; i++)
    {
      graphene_rect_t r;

      if (!visible_part (headers->pdata[i], view, GTK_WIDGET (window), &r))
        continue;
      n_headers++;
      if (ink_in (&shot, &r) < 20)
        failed (&shot, when);
      if (ink_in (&shot, &r) < 20)
        g_error ("%s: header %u (%s) at %.0f,%.0f %.0fx%.0f is blank", when, i,
                 px_document_get_title (px_article_header_get_document (headers->pdata[i])),
                 r.origin.x, r.origin.y, r.size.width, r.size.height);
    }
  /* Every row on screen, column by column: what the comparison puts in
   * a cell on screen must be in it and drawn, whatever its kind. */
  for (guint i = 0; i < strips->len; i++)
    {
      GtkWidget *strip = strips->pdata[i];
      guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (strip), "px-row"));
      const PxCell *row_cells;
      guint d = 0, with_words = 0;

      if (!gtk_widget_get_mapped (strip) || gtk_widget_get_height (strip) <= 0)
        continue;
      row_cells = px_comparison_get_row (cmp, row);
      for (GtkWidget *c = gtk_widget_get_first_child (strip); c; c = gtk_widget_get_next_sibling (c), d++)
        {
          PxCellView *cell = PX_CELL_VIEW (c);
          const char *text = px_cell_view_get_text (cell);
          const char *note = px_cell_view_get_note (cell);
          gboolean has_words = (text && *text) || (note && *note);
          graphene_rect_t r, whole;

          if (!gtk_widget_get_child_visible (c) || !gtk_widget_compute_bounds (c, GTK_WIDGET (window), &whole) ||
              !visible_part (c, list, GTK_WIDGET (window), &r))
            continue;
          /* A paragraph (or the reference's, left out) in a column on
           * screen: the cell must say so. */
          if ((row_cells[d].paragraph >= 0 || row_cells[ref].paragraph >= 0) && d < n_docs &&
              !(row_cells[d].paragraph >= 0 && px_comparison_is_furniture (cmp, d, row_cells[d].paragraph)) &&
              !(row_cells[d].paragraph < 0 && (row_cells[ref].paragraph < 0 ||
                                               px_comparison_is_furniture (cmp, ref, row_cells[ref].paragraph))) &&
              !has_words)
            {
              failed (&shot, when);
              g_error ("%s: row %u, column of %s on screen at %.0f,%.0f is left empty", when, row,
                       outlet_name (cmp, d), r.origin.x, r.origin.y);
            }
          if (!has_words)
            continue;
          with_words++;
          /* What shows of it right of the reference's cell in its row,
           * which stays in place while the others scroll under it. */
          if (d != ref)
            {
              GtkWidget *rc = reference_cell_of (cell, ref);
              graphene_rect_t rb;

              if (rc && gtk_widget_get_mapped (rc) && gtk_widget_compute_bounds (rc, GTK_WIDGET (window), &rb) &&
                  rb.origin.x + rb.size.width > r.origin.x && rb.origin.x <= r.origin.x)
                {
                  float right = r.origin.x + r.size.width;

                  r.origin.x = rb.origin.x + rb.size.width;
                  r.size.width = right - r.origin.x;
                  if (r.size.width < 60)
                    continue;
                }
            }
          /* Only where its words are: a short note ("Omitted: 31 words")
           * may stand wholly under the pinned column, which is no cell
           * left blank. */
          {
            graphene_rect_t words = GRAPHENE_RECT_INIT (0, 0, 0, 0), part;
            gboolean any = FALSE;

            for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_first_child (c)); w;
                 w = gtk_widget_get_next_sibling (w))
              if (gtk_widget_get_mapped (w) && !GTK_IS_BOX (w) &&
                  gtk_widget_compute_bounds (w, GTK_WIDGET (window), &part))
                {
                  if (any)
                    graphene_rect_union (&words, &part, &words);
                  else
                    words = part;
                  any = TRUE;
                }
            if (any && (!graphene_rect_intersection (&r, &words, &part) || part.size.width < 20))
              continue;
          }
          /* The words' first line at least. */
          r.size.height = MIN (r.size.height, 24);
          n_cells++;
          if (ink_in (&shot, &r) < 8)
            {
              failed (&shot, when);
              g_error ("%s: cell \"%.30s…\" (row %u, %s) at %.0f,%.0f %.0fx%.0f is blank", when,
                       text && *text ? text : note, row, outlet_name (cmp, d),
                       r.origin.x, r.origin.y, r.size.width, r.size.height);
            }
        }
      /* A row with nothing in the columns on screen takes no room: it
       * is not in the list at all (a GtkGridView gives every row it
       * holds at least a thirtieth of its height, a blank stripe). */
      if (with_words == 0 && top_shows (strip, list) && gtk_widget_get_height (strip) > 1)
        {
          failed (&shot, when);
          g_error ("%s: row %u has nothing on screen but is %d px tall", when, row, gtk_widget_get_height (strip));
        }
    }
  g_test_message ("%s: %u headers and %u cells drawn", when, n_headers, n_cells);
  g_assert_cmpuint (n_headers, >=, 2);
  g_assert_cmpuint (n_cells, >=, 1);
  shot_clear (&shot);
}

static void
scroll_sideways_and_back (const char *event, guint n, const char *shot_name)
{
  PxWindow *window = open_event (event, n, 1200, 800);
  GtkAdjustment *hadj = sideways_adjustment (window);
  double lower = gtk_adjustment_get_lower (hadj);
  double upper = gtk_adjustment_get_upper (hadj) - gtk_adjustment_get_page_size (hadj);

  assert_all_drawn (window, "opened");
  /* Not every column fits: there is somewhere to scroll to. */
  g_assert_cmpfloat (upper, >, lower + 100);
  for (int step = 1; step <= 4; step++)
    {
      gtk_adjustment_set_value (hadj, lower + (upper - lower) * step / 4);
      ui_test_wait_frames (window, 2);
    }
  assert_all_drawn (window, "scrolled to the end");
  ui_test_save_screenshot (window, shot_name);
  for (int step = 3; step >= 0; step--)
    {
      gtk_adjustment_set_value (hadj, lower + (upper - lower) * step / 4);
      ui_test_wait_frames (window, 2);
    }
  assert_all_drawn (window, "scrolled back");
  /* Down a few pages and sideways again: rows bound while scrolled. */
  {
    GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (
        GTK_SCROLLABLE (px_comparison_view_get_rows_widget (px_window_get_view (window))));

    gtk_adjustment_set_value (vadj, gtk_adjustment_get_page_size (vadj) * 2);
    ui_test_wait_frames (window, 2);
    gtk_adjustment_set_value (hadj, lower + (upper - lower) / 2);
    ui_test_wait_frames (window, 3);
    assert_all_drawn (window, "scrolled down and half way sideways");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_scroll_eight (void)
{
  scroll_sideways_and_back ("t02_ecbplus", 8, "columns-8-scrolled");
}

static void
test_scroll_eleven (void)
{
  scroll_sideways_and_back ("t02_ecbplus", 11, "columns-11-scrolled");
}


/* The column just right of the screen is made ready while nothing else
 * happens (its cells hold their words before it scrolls in, so that the
 * frame that brings it in only moves it), and what it holds is what a
 * cell shown afresh holds once it is on screen. */
static void
test_beside_screen_prepared (void)
{
  PxWindow *window = open_event ("t02_ecbplus", 8, 1200, 800);
  GtkWidget *list = px_comparison_view_get_rows_widget (px_window_get_view (window));
  PxComparison *cmp = px_window_get_comparison (window);
  guint ref = px_comparison_get_reference (cmp), n = px_comparison_get_n_documents (cmp);
  GtkAdjustment *hadj = sideways_adjustment (window);
  g_autoptr(GPtrArray) strips = g_ptr_array_new ();
  g_autoptr(GHashTable) before = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  guint beside = G_MAXUINT, checked = 0;
  double width = 0;

  ui_test_wait_frames (window, 2);
  ui_test_collect (list, PX_TYPE_COLUMN_STRIP, strips);
  /* The column after the last one on screen (the reference's stands first). */
  for (guint i = 0; i < strips->len && beside == G_MAXUINT; i++)
    {
      GtkWidget *strip = strips->pdata[i];
      guint d = 0, last_shown = G_MAXUINT;

      if (!gtk_widget_get_mapped (strip) || px_column_strip_get_placeholder (PX_COLUMN_STRIP (strip)) >= 0)
        continue;
      for (GtkWidget *c = gtk_widget_get_first_child (strip); c; c = gtk_widget_get_next_sibling (c), d++)
        if (d != ref && gtk_widget_get_child_visible (c))
          {
            last_shown = d;
            width = gtk_widget_get_width (c);
          }
      g_assert_cmpuint (last_shown, !=, G_MAXUINT);
      for (d = last_shown + 1; d < n && beside == G_MAXUINT; d++)
        if (d != ref)
          beside = d;
    }
  g_assert_cmpuint (beside, <, n);
  g_assert_cmpfloat (width, >, 100);
  for (guint i = 0; i < strips->len; i++)
    {
      GtkWidget *strip = strips->pdata[i];
      guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (strip), "px-row"));
      const PxCell *cells = px_comparison_get_row (cmp, row);
      PxCellView *cell = PX_CELL_VIEW (px_column_strip_get_child (PX_COLUMN_STRIP (strip), beside));
      const char *text = px_cell_view_get_text (cell);

      if (!gtk_widget_get_mapped (strip) || px_column_strip_get_placeholder (PX_COLUMN_STRIP (strip)) >= 0 ||
          cells[beside].paragraph < 0 || px_comparison_is_furniture (cmp, beside, cells[beside].paragraph))
        continue;
      /* Not on screen, yet its words are there. */
      g_assert_false (gtk_widget_get_child_visible (GTK_WIDGET (cell)));
      if (text == NULL || *text == '\0')
        g_error ("row %u: the cell of %s beside the screen holds nothing", row, outlet_name (cmp, beside));
      g_hash_table_insert (before, GUINT_TO_POINTER (row + 1), g_strdup (text));
    }
  g_assert_cmpuint (g_hash_table_size (before), >=, 3);

  /* In it comes, then every cell is shown afresh: the same words. */
  gtk_adjustment_set_value (hadj, gtk_adjustment_get_value (hadj) + width);
  ui_test_wait_frames (window, 2);
  assert_all_drawn (window, "a column scrolled in");
  px_comparison_view_refresh (px_window_get_view (window));
  ui_test_wait_frames (window, 2);
  g_ptr_array_set_size (strips, 0);
  ui_test_collect (list, PX_TYPE_COLUMN_STRIP, strips);
  for (guint i = 0; i < strips->len; i++)
    {
      GtkWidget *strip = strips->pdata[i];
      guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (strip), "px-row"));
      const char *was = g_hash_table_lookup (before, GUINT_TO_POINTER (row + 1));
      GtkWidget *cell = px_column_strip_get_child (PX_COLUMN_STRIP (strip), beside);

      /* Shown afresh (bound and not waiting), on screen or not. */
      if (was == NULL || px_column_strip_get_placeholder (PX_COLUMN_STRIP (strip)) >= 0)
        continue;
      g_assert_cmpstr (px_cell_view_get_text (PX_CELL_VIEW (cell)), ==, was);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* --- both layouts, many sizes, three styles -------------------------------- */

static const char *
outlet_of (PxComparison *cmp, guint d)
{
  return px_document_get_outlet (px_comparison_get_document (cmp, d));
}

/* The text of @widget and its descendant labels, one after another. */
static void
gather_text (GtkWidget *widget, GString *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    gather_text (c, out);
}

/* Every stacked row on screen names each outlet that has a say in it
 * exactly once: a line of its own, "Same in:" or "Omitted by:". */
static guint
check_stacked_rows (PxWindow *window)
{
  PxComparison *cmp = px_window_get_comparison (window);
  GtkWidget *list = px_comparison_view_get_rows_widget (px_window_get_view (window));
  guint n = px_comparison_get_n_documents (cmp), ref = px_comparison_get_reference (cmp);
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();
  guint checked = 0;

  g_assert_cmpuint (n, >, 1);
  ui_test_collect_all (list, GTK_TYPE_BOX, boxes);
  for (guint i = 0; i < boxes->len; i++)
    {
      GtkWidget *box = boxes->pdata[i];
      g_autoptr(GString) text = g_string_new (NULL);
      const PxCell *cells;
      guint row;

      if (!gtk_widget_has_css_class (box, "stacked-row") || !gtk_widget_get_mapped (box))
        continue;
      row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row"));
      cells = px_comparison_get_row (cmp, row);
      gather_text (box, text);
      for (guint d = 0; d < n; d++)
        {
          int p = cells[d].paragraph;
          gboolean ref_has = cells[ref].paragraph >= 0;

          /* Page furniture may be hidden (a setting). */
          if (d == ref || (p < 0 && !ref_has) || (p >= 0 && px_comparison_is_furniture (cmp, d, p)) ||
              (p < 0 && px_comparison_is_furniture (cmp, ref, cells[ref].paragraph)))
            continue;
          /* Outlet names are unique; a name may be a prefix of another
           * ("CNN" and "CNN (2)"), so look for it as a whole line or a
           * list item. */
          if (!(strstr (text->str, outlet_of (cmp, d)) != NULL))
            g_error ("stacked row %u does not name %s:\n%s", row, outlet_of (cmp, d), text->str);
          if (p < 0)
            g_assert_nonnull (strstr (text->str, "Omitted by:"));
        }
      checked++;
    }
  return checked;
}


/* The reference's headline row, when bound, is set apart as one; no
 * other bound row without a headline is. */
static void
check_headline_apart (PxWindow *window)
{
  PxComparison *cmp = px_window_get_comparison (window);
  GtkWidget *list = px_comparison_view_get_rows_widget (px_window_get_view (window));
  guint ref = px_comparison_get_reference (cmp), n = px_comparison_get_n_documents (cmp);
  int h = px_comparison_get_headline (cmp, ref);
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();
  guint seen = 0;

  if (h < 0)
    return;
  ui_test_collect_all (list, GTK_TYPE_WIDGET, boxes);
  for (guint i = 0; i < boxes->len; i++)
    {
      GtkWidget *box = boxes->pdata[i];
      guint row;
      const PxCell *cells;
      gboolean headline = FALSE;

      if (!gtk_widget_has_css_class (box, "comparison-row") && !gtk_widget_has_css_class (box, "stacked-row"))
        continue;
      row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row"));
      cells = px_comparison_get_row (cmp, row);
      for (guint d = 0; d < n; d++)
        headline |= cells[d].paragraph >= 0 && cells[d].paragraph == px_comparison_get_headline (cmp, d);
      g_assert_cmpint (gtk_widget_has_css_class (box, "headline"), ==, headline);
      seen += row == px_comparison_find_row (cmp, ref, h);
    }
  g_assert_cmpuint (seen, >, 0);
}

/* The stacked layout heads no columns: above the rows stand the
 * reference's header alone and a chip for every other outlet. */
static void
check_stacked_header (PxWindow *window)
{
  PxComparison *cmp = px_window_get_comparison (window);
  GtkWidget *view = GTK_WIDGET (px_window_get_view (window));
  GtkWidget *list = px_comparison_view_get_rows_widget (PX_COMPARISON_VIEW (view));
  guint n = px_comparison_get_n_documents (cmp), ref = px_comparison_get_reference (cmp);
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) chips = g_string_new ("\n");
  guint mapped = 0;

  ui_test_collect (view, PX_TYPE_ARTICLE_HEADER, headers);
  for (guint i = 0; i < headers->len; i++)
    if (gtk_widget_get_mapped (headers->pdata[i]))
      {
        mapped++;
        g_assert_true (px_article_header_get_document (headers->pdata[i]) == px_comparison_get_document (cmp, ref));
      }
  g_assert_cmpuint (mapped, ==, 1);
  ui_test_collect_all (view, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "outlet-chip") && gtk_widget_get_mapped (labels->pdata[i]) &&
        !gtk_widget_is_ancestor (labels->pdata[i], list))
      g_string_append_printf (chips, "%s\n", gtk_label_get_text (labels->pdata[i]));
  for (guint d = 0; d < n; d++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s\n", outlet_of (cmp, d));

      if ((d == ref) != (strstr (chips->str, line) == NULL))
        g_error ("stacked header: chip of %s %s:%s", outlet_of (cmp, d),
                 d == ref ? "shown for the reference" : "missing", chips->str);
    }
}

static gboolean
set_high_contrast (gboolean on)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                                                       "org.gnome.desktop.a11y.interface", TRUE);
  g_autoptr(GSettings) a11y = NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "high-contrast"))
    return FALSE;
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  if (on)
    g_settings_set_boolean (a11y, "high-contrast", TRUE);
  else
    g_settings_reset (a11y, "high-contrast");
  for (guint i = 0; i < 100 && adw_style_manager_get_high_contrast (style) != on; i++)
    g_main_context_iteration (NULL, FALSE);
  return adw_style_manager_get_high_contrast (style) == on;
}

/* High contrast's style sheet (style-hc.css, loaded as AdwApplication
 * loads it) took, or did not: outlet chips are edged, not tinted, and
 * the stacked view's "Same in" and "Omitted by" lines are not fainter
 * than the text. */
static void
check_high_contrast_style (PxWindow *window, gboolean hc)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint chips = 0, names = 0;

  ui_test_collect_all (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkStyleContext *style = gtk_widget_get_style_context (labels->pdata[i]);

      if (!gtk_widget_get_mapped (labels->pdata[i]))
        continue;
      if (gtk_widget_has_css_class (labels->pdata[i], "outlet-chip"))
        {
          GtkBorder border;

          gtk_style_context_get_border (style, &border);
          if ((border.left > 0) != hc)
            g_error ("outlet chip “%s”: border %d in %s", gtk_label_get_text (labels->pdata[i]),
                     border.left, hc ? "high contrast" : "the usual style");
          chips++;
        }
      if (gtk_widget_has_css_class (labels->pdata[i], "stacked-names"))
        {
          GdkRGBA colour;

          gtk_style_context_get_color (style, &colour);
          /* libadwaita's own text is 80 % ink, in high contrast too. */
          if ((colour.alpha > 0.79) != hc)
            g_error ("“%s”: alpha %.2f in %s", gtk_label_get_text (labels->pdata[i]), colour.alpha,
                     hc ? "high contrast" : "the usual style");
          names++;
        }
    }
  g_assert_cmpuint (chips, >, 0);
  g_test_message ("%s: %u chips, %u name lines checked", hc ? "high contrast" : "usual style", chips, names);
}

/* The comparison row at the top of the list: the first whose lower
 * half is on screen. */
static guint
top_row (PxWindow *window)
{
  GtkWidget *list = px_comparison_view_get_rows_widget (px_window_get_view (window));
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();
  float best_y = G_MAXFLOAT;
  guint best = G_MAXUINT;

  ui_test_collect_all (list, GTK_TYPE_WIDGET, boxes);
  for (guint i = 0; i < boxes->len; i++)
    {
      GtkWidget *box = boxes->pdata[i];
      graphene_point_t p;

      if ((!gtk_widget_has_css_class (box, "comparison-row") && !gtk_widget_has_css_class (box, "stacked-row")) ||
          !gtk_widget_get_mapped (box) ||
          !gtk_widget_compute_point (box, list, &GRAPHENE_POINT_INIT (0, 0), &p))
        continue;
      if (p.y + gtk_widget_get_height (box) / 2.0f >= 0 && p.y < best_y)
        {
          best_y = p.y;
          best = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row"));
        }
    }
  g_assert_cmpuint (best, !=, G_MAXUINT);
  return best;
}

typedef struct {
  const char *event;   /* an ECB+ event, or NULL for the sample event */
  guint n;
  const char *style;   /* "light", "dark", "high-contrast" or "high-contrast-dark" */
} Case;

static void
test_layouts (gconstpointer data)
{
  const Case *c = data;
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gboolean dark = g_str_has_suffix (c->style, "dark");
  gboolean hc = g_str_has_prefix (c->style, "high-contrast");
  PxWindow *window;
  PxComparisonView *view;
  g_autofree char *name = NULL;
  guint top;

  if (hc && !set_high_contrast (TRUE))
    {
      g_test_skip ("the style manager does not follow the high-contrast key here");
      return;
    }
  /* Through the setting, as Preferences does: the window binds it to the
   * style manager when it first opens, which would undo a scheme set on
   * the style manager itself in a process's first window. */
  g_settings_set_string (settings, "colour-scheme", dark ? "dark" : "light");
  if (c->event)
    window = open_event (c->event, c->n, 1280, 860);
  else
    {
      g_autoptr(GPtrArray) files = ui_test_sample_files ();

      window = open_files (files, 1280, 860);
    }
  view = px_window_get_view (window);
  g_assert_cmpuint (px_comparison_get_n_documents (px_window_get_comparison (window)), ==, c->n);
  for (guint i = 0; i < 100 && adw_style_manager_get_dark (style) != dark; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (adw_style_manager_get_dark (style) == dark);

  /* Side by side: wide enough for it, so not stacked by itself. */
  g_assert_false (px_comparison_view_get_stacked (view));
  assert_all_drawn (window, "side by side");
  check_headline_apart (window);
  name = g_strdup_printf ("layout-%u-%s-side-by-side", c->n, c->style);
  ui_test_save_screenshot (window, name);

  /* Stacked, from the header bar's switch. */
  top = top_row (window);
  px_comparison_view_set_stacked (view, TRUE);
  ui_test_wait_frames (window, 3);
  /* The reader stays where they were: the row at the top. */
  g_assert_cmpuint (top_row (window), ==, top);
  /* With twenty outlets one row may fill the screen. */
  g_assert_cmpuint (check_stacked_rows (window), >=, 1);
  check_stacked_header (window);
  check_headline_apart (window);
  check_high_contrast_style (window, hc);
  g_free (name);
  name = g_strdup_printf ("layout-%u-%s-stacked", c->n, c->style);
  ui_test_save_screenshot (window, name);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "colour-scheme");
  if (hc)
    set_high_contrast (FALSE);
}

/* Narrower than two columns: stacked by itself; wider again: side by
 * side, unless the reader chose. */
static void
test_stacked_when_narrow (void)
{
  PxWindow *window = open_event ("t02_ecbplus", 5, 600, 800);
  PxComparisonView *view = px_window_get_view (window);

  ui_test_wait_frames (window, 3);
  g_test_message ("narrow window: %d px wide", gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_true (px_comparison_view_get_stacked (view));
  g_assert_cmpuint (check_stacked_rows (window), >=, 2);
  check_stacked_header (window);
  ui_test_save_screenshot (window, "layout-narrow-stacked");
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 800);
  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_widget_set_size_request (GTK_WIDGET (window), 1400, 800);
  ui_test_wait_frames (window, 4);
  g_assert_false (px_comparison_view_get_stacked (view));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+plus makes the text and the columns larger, Ctrl+0 goes back. */
static void
test_zoom (void)
{
  PxWindow *window = open_event ("t02_ecbplus", 8, 1280, 800);
  PxComparisonView *view = px_window_get_view (window);
  GtkAdjustment *hadj = sideways_adjustment (window);
  double upper = gtk_adjustment_get_upper (hadj);

  /* 135 %: three columns of the least width no longer fit in 1,280 px. */
  for (int i = 0; i < 3; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  ui_test_wait_frames (window, 3);
  g_assert_cmpfloat (px_comparison_view_get_zoom (view), >, 1.1);
  g_assert_false (px_comparison_view_get_stacked (view));
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadj), >, upper);
  assert_all_drawn (window, "zoomed in");
  ui_test_save_screenshot (window, "zoom-in");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  ui_test_wait_frames (window, 3);
  g_assert_cmpfloat (px_comparison_view_get_zoom (view), ==, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  ui_test_wait_frames (window, 3);
  g_assert_cmpfloat (px_comparison_view_get_zoom (view), <, 1.0);
  assert_all_drawn (window, "zoomed out");
  gtk_window_destroy (GTK_WINDOW (window));
}


/* --- a moved paragraph's badge, the Overview ---------------------------- */

static PxWindow *
open_sample_event (int width, int height)
{
  PxWindow *window = ui_test_open_samples (width, height);

  ui_test_wait_frames (window, 1);   /* a third frame, as these checks had */
  return window;
}

/* The cell that shows article @d in the bound row of comparison row @row. */
static PxCellView *
find_cell (PxWindow *window, guint row, guint d)
{
  GtkWidget *list = px_comparison_view_get_rows_widget (px_window_get_view (window));
  g_autoptr(GPtrArray) strips = g_ptr_array_new ();

  ui_test_collect (list, PX_TYPE_COLUMN_STRIP, strips);
  for (guint i = 0; i < strips->len; i++)
    if (GPOINTER_TO_UINT (g_object_get_data (strips->pdata[i], "px-row")) == row &&
        gtk_widget_get_mapped (strips->pdata[i]))
      return PX_CELL_VIEW (px_column_strip_get_child (strips->pdata[i], d));
  return NULL;
}

/* A moved paragraph's badge is a link to where the paragraph stands in
 * its own article: the row of the paragraph before it there. */
static void
test_moved_badge_jumps (void)
{
  PxWindow *window = open_sample_event (1400, 860);
  PxComparisonView *view = px_window_get_view (window);
  PxComparison *cmp = px_window_get_comparison (window);
  PxRowModel *rows = PX_ROW_MODEL (px_comparison_view_get_rows (view));
  guint n = px_comparison_get_n_documents (cmp), n_rows = g_list_model_get_n_items (G_LIST_MODEL (rows));
  guint position = G_MAXUINT, d = 0, target, expected;
  const PxCell *cells = NULL;
  PxCellView *cell;

  for (guint pos = 0; pos < n_rows && position == G_MAXUINT; pos++)
    {
      cells = px_comparison_get_row (cmp, px_row_model_get_row (rows, pos));
      for (d = 0; d < n; d++)
        if (cells[d].paragraph > 0 && (cells[d].flags & PX_CELL_MOVED) &&
            !px_comparison_is_furniture (cmp, d, cells[d].paragraph))
          {
            position = pos;
            break;
          }
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  px_comparison_view_show_column (view, d);
  px_comparison_view_go_to_position (view, position);
  ui_test_wait_frames (window, g_getenv ("FRAMES") ? atoi (g_getenv ("FRAMES")) : 4);
  /* On screen (a bound row out of sight is not mapped). */
  cell = find_cell (window, px_row_model_get_row (rows, position), d);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "moved"));
  g_assert_nonnull (px_cell_view_get_note (cell));
  g_signal_emit_by_name (cell, "note-activated");
  ui_test_wait_frames (window, 3);
  target = px_comparison_find_row (cmp, d, cells[d].paragraph - 1);
  g_assert_true (px_row_model_find (rows, target, &expected));
  g_assert_cmpint (px_comparison_view_get_current (view), ==, (int) expected);
  g_assert_cmpint (px_comparison_view_get_current (view), !=, (int) position);
  /* And the row jumped to is on screen. */
  g_assert_nonnull (find_cell (window, target, d));
  ui_test_save_screenshot (window, "moved-badge-jumped");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Overview with eleven outlets: it names the reference, counts moved
 * paragraphs, its figures are links, and its row names are whole. */
static void
test_overview_eleven (void)
{
  PxWindow *window = open_event ("t02_ecbplus", 11, 1280, 860);
  PxComparison *cmp = px_window_get_comparison (window);
  AdwViewStack *stack = _px_window_get_view_stack (window);
  GtkWidget *page = adw_view_stack_get_child_by_name (stack, "overview");
  const char *reference = outlet_name (cmp, px_comparison_get_reference (cmp));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *named = g_strdup_printf ("Reference: %s", reference);
  gboolean reference_named = FALSE;
  guint moved_figures = 0, names_checked = 0;

  adw_view_stack_set_visible_child_name (stack, "overview");
  ui_test_wait_frames (window, 4);
  ui_test_save_screenshot (window, "overview-11");
  ui_test_collect_all (page, GTK_TYPE_LABEL, labels);
  ui_test_collect_all (page, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];

      if (g_str_has_prefix (gtk_label_get_text (label), named))
        reference_named = TRUE;
      /* A row name of the counts (a heading whose text is an outlet),
       * on screen: shown whole. */
      GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (label));
      int column = -1, row = -1;

      if (GTK_IS_GRID (parent))
        gtk_grid_query_child (GTK_GRID (parent), GTK_WIDGET (label), &column, &row, NULL, NULL);
      if (gtk_widget_has_css_class (GTK_WIDGET (label), "heading") && column == 0 && row > 0 &&
          g_utf8_strlen (gtk_label_get_text (label), -1) <= 16)
        {
          int natural;

          /* An ellipsized label's natural width is its whole text's. */
          gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
          names_checked++;
          if (gtk_widget_get_width (GTK_WIDGET (label)) < natural - 1)
            g_error ("the row name \"%s\" is cut short: %d of %d px", gtk_label_get_text (label),
                     gtk_widget_get_width (GTK_WIDGET (label)), natural);
        }
    }
  g_assert_true (reference_named);
  g_assert_cmpuint (names_checked, >=, 10);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = buttons->pdata[i];
      guint d = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "px-document"));
      PxCompareStatistics report;
      g_autofree char *expected = NULL;

      if (g_object_get_data (G_OBJECT (button), "px-kind") == NULL ||
          gtk_widget_has_css_class (button, "heat-cell"))
        continue;
      g_assert_true (gtk_widget_has_css_class (button, "overview-link"));
      if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "px-kind")) != PX_OVERVIEW_MOVED)
        continue;
      px_comparison_get_statistics (cmp, d, &report);
      expected = g_strdup_printf ("%u", report.moved);
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, expected);
      moved_figures++;
    }
  /* One for every outlet but the reference. */
  g_assert_cmpuint (moved_figures, ==, px_comparison_get_n_documents (cmp) - 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A Find match inside a quotation shows: the highlight is opaque over the
 * quotation's faint tint, which would otherwise set its alpha. */
static void
test_find_over_quote (void)
{
  PxWindow *window = open_sample_event (1280, 860);
  GtkSearchEntry *entry = _px_window_get_search_entry (window);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint checked = 0;

  /* Words that stand inside quotation marks in the sample event. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "head-scratcher");
  g_signal_emit_by_name (entry, "search-changed");
  ui_test_drain ();
  ui_test_wait_frames (window, 4);
  ui_test_save_screenshot (window, "find-over-quote");
  ui_test_collect_all (GTK_WIDGET (px_window_get_view (window)), PX_TYPE_CELL_TEXT, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      PxCellText *label = labels->pdata[i];
      const char *text = px_cell_text_get_text (label);
      const char *hit = strstr (text, "head-scratcher");
      PangoAttrList *attrs = px_cell_text_get_attributes (label);
      PangoAttrIterator *it;
      gboolean italic = FALSE, yellow = FALSE, overlined = FALSE;
      int alpha = 0xffff;

      if (!gtk_widget_has_css_class (GTK_WIDGET (label), "cell-text") || hit == NULL || attrs == NULL)
        continue;
      it = pango_attr_list_get_iterator (attrs);
      do
        {
          int start, end;
          PangoAttribute *a;

          pango_attr_iterator_range (it, &start, &end);
          if (start > hit - text || end <= hit - text)
            continue;
          if ((a = pango_attr_iterator_get (it, PANGO_ATTR_STYLE)))
            italic = ((PangoAttrInt *) a)->value == PANGO_STYLE_ITALIC;
          if ((a = pango_attr_iterator_get (it, PANGO_ATTR_BACKGROUND)))
            yellow = ((PangoAttrColor *) a)->color.red == 0xf6f6;
          if ((a = pango_attr_iterator_get (it, PANGO_ATTR_BACKGROUND_ALPHA)))
            alpha = ((PangoAttrInt *) a)->value;
          /* A cue that is not colour: a line above the match. */
          if ((a = pango_attr_iterator_get (it, PANGO_ATTR_OVERLINE)))
            overlined = ((PangoAttrInt *) a)->value == PANGO_OVERLINE_SINGLE;
        }
      while (pango_attr_iterator_next (it));
      pango_attr_iterator_destroy (it);
      if (!italic)
        continue;   /* not marked as a quotation here */
      g_assert_true (yellow);
      g_assert_true (overlined);
      g_assert_cmpint (alpha, ==, 0xffff);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The quote panel says which version the others' diffs are taken
 * against: the group's reference (its longest version). */
static void
test_quote_panel_names_base (void)
{
  PxWindow *window = open_sample_event (1280, 860);
  PxComparison *cmp = px_window_get_comparison (window);
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  int chosen = -1;
  gboolean named = FALSE;

  /* A quotation some outlet trims or alters: the panel shows diffs. */
  for (guint g = 0; groups && g < groups->len && chosen < 0; g++)
    {
      PxQuoteGroup *group = g_ptr_array_index (groups, g);

      for (guint d = 0; d < group->n_documents; d++)
        if (group->coverage[d] == PX_QUOTE_TRIMMED || group->coverage[d] == PX_QUOTE_ALTERED)
          chosen = g;
    }
  g_assert_cmpint (chosen, >=, 0);
  _px_window_select_quote (window, chosen, TRUE);
  ui_test_wait_frames (window, 3);
  ui_test_save_screenshot (window, "quote-panel-base");
  {
    PxQuoteGroup *group = g_ptr_array_index (groups, chosen);
    guint base = g_array_index (group->occurrences, PxQuoteOccurrence, group->reference).document;
    const char *outlet = outlet_name (cmp, base);

    ui_test_collect_all (GTK_WIDGET (_px_window_get_quote_panel (window)), GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (gtk_widget_has_css_class (labels->pdata[i], "quote-diff-base") &&
          gtk_widget_get_mapped (labels->pdata[i]) &&
          strstr (gtk_label_get_text (labels->pdata[i]), outlet))
        named = TRUE;
  }
  g_assert_true (named);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* One article: a column of readable width, not the window's, and a
 * prompt to add another. */
static void
test_one_article (void)
{
  PxWindow *window = open_event ("t02_ecbplus", 1, 1280, 860);
  PxComparisonView *view = px_window_get_view (window);
  GtkWidget *prompt = px_comparison_view_get_single_prompt (view);
  GtkWidget *list = px_comparison_view_get_rows_widget (view);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint checked = 0;

  ui_test_save_screenshot (window, "one-article");
  g_assert_true (gtk_widget_get_mapped (prompt));
  ui_test_collect (list, PX_TYPE_CELL_VIEW, cells);
  for (guint i = 0; i < cells->len; i++)
    if (gtk_widget_get_mapped (cells->pdata[i]))
      {
        /* About 90 characters a line at most, not 190. */
        g_assert_cmpint (gtk_widget_get_width (cells->pdata[i]), <=, 800);
        checked++;
      }
  g_assert_cmpuint (checked, >, 0);
  /* Quote badges without a "1/1" count. */
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    guint badges = 0;

    ui_test_collect_all (list, GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (gtk_widget_has_css_class (labels->pdata[i], "quote-count") &&
          gtk_widget_is_visible (gtk_widget_get_parent (labels->pdata[i])))
        {
          g_assert_false (gtk_widget_get_visible (labels->pdata[i]));
          badges++;
        }
    g_assert_cmpuint (badges, >, 0);
  }
  gtk_window_destroy (GTK_WINDOW (window));

  /* With two, no prompt. */
  window = open_event ("t02_ecbplus", 2, 1280, 860);
  g_assert_false (gtk_widget_get_visible (px_comparison_view_get_single_prompt (px_window_get_view (window))));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Writes @text to @name in @dir; returns the file. */
static GFile *
write_article (const char *dir, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return g_file_new_for_path (path);
}

/* A paragraph that keeps little of the reference's is shown as the
 * outlet wrote it, new words marked, with a note that says how little
 * it kept, not struck through word by word; following the note shows
 * the struck words.  An edit keeps its struck words. */
static void
test_rewrite_folds (void)
{
  static const char lead[] = "Church fire in Wasilla\n\n";
  static const char last[] = "The pastor said the congregation would meet in a school gymnasium on Sunday.\n";
  g_autofree char *dir = g_dir_make_tmp ("px-rewrite-XXXXXX", NULL);
  g_autofree char *ref_text = NULL, *outlet_text = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  PxWindow *window;
  PxComparison *cmp;
  PxCellView *cell;
  guint rewrite_row = G_MAXUINT, edit_row = G_MAXUINT;

  g_assert_nonnull (dir);
  ref_text = g_strconcat (lead,
                          "The blaze caused damage estimated at one million dollars to the main hall, the "
                          "kitchen and the offices, and the building will stay closed for months while "
                          "investigators search the ruins for the cause.\n\n"
                          "Fire crews were called to the Wasilla Bible Church late on Friday night after "
                          "neighbours saw smoke rising from the roof.\n\n", last, NULL);
  /* The second paragraph rewritten, the third edited (two words of
   * twenty replaced by one). */
  outlet_text = g_strconcat (lead,
                             "Investigators searching the ruins of the main hall and the kitchen for the "
                             "cause say the blaze, which did one million dollars of damage, will keep the "
                             "building closed for months.\n\n"
                             "Firefighters were called to the Wasilla Bible Church late on Friday night after "
                             "neighbours saw smoke rising from the roof.\n\n", last, NULL);
  g_ptr_array_add (files, write_article (dir, "reference.txt", ref_text));
  g_ptr_array_add (files, write_article (dir, "outlet.txt", outlet_text));

  ui_test_reset_options ();
  window = open_files (files, 1400, 900);
  cmp = px_window_get_comparison (window);
  g_assert_cmpuint (px_comparison_get_reference (cmp), ==, 0);
  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    if (px_comparison_get_row (cmp, r)[1].paragraph >= 0 && px_comparison_cell_changed (cmp, r, 1))
      {
        g_autofree char *text = px_document_dup_paragraph_text (px_comparison_get_document (cmp, 1),
                                                                px_comparison_get_row (cmp, r)[1].paragraph);

        if (g_str_has_prefix (text, "Investigators"))
          rewrite_row = r;
        else if (g_str_has_prefix (text, "Firefighters"))
          edit_row = r;
      }
  g_assert_cmpuint (rewrite_row, !=, G_MAXUINT);
  g_assert_cmpuint (edit_row, !=, G_MAXUINT);

  cell = find_cell (window, rewrite_row, 1);
  g_assert_nonnull (cell);
  g_assert_true (g_str_has_prefix (px_cell_view_get_note (cell), "Rewritten: keeps "));
  g_assert_true (g_str_has_prefix (px_cell_view_get_text (cell), "Investigators searching"));
  g_assert_null (strstr (px_cell_view_get_text (cell), "estimated"));
  ui_test_save_screenshot (window, "rewrite-folded");

  cell = find_cell (window, edit_row, 1);
  g_assert_nonnull (cell);
  g_assert_null (px_cell_view_get_note (cell));
  g_assert_nonnull (strstr (px_cell_view_get_text (cell), "Fire crews"));

  /* Unfolded: the reference's words come back, struck, and stay so. */
  cell = find_cell (window, rewrite_row, 1);
  g_signal_emit_by_name (cell, "note-activated");
  ui_test_wait_frames (window, 3);
  cell = find_cell (window, rewrite_row, 1);
  g_assert_null (px_cell_view_get_note (cell));
  g_assert_nonnull (strstr (px_cell_view_get_text (cell), "estimated"));
  g_assert_nonnull (strstr (px_cell_view_get_text (cell), "Investigators searching"));
  ui_test_check_bound_rows (window);

  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < files->len; i++)
    g_file_delete (files->pdata[i], NULL, NULL);
  g_assert_cmpint (g_remove (dir), ==, 0);
}

/* The empty state's icon comes with the program, where GtkApplication
 * looks (its resource base path's icons), not from an installed theme. */
static void
test_empty_state_icon (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  g_assert_true (g_resources_get_info ("/io/github/parallax/Parallax/icons/scalable/apps/io.github.parallax.Parallax-symbolic.svg",
                                       0, NULL, NULL, NULL));
  /* What GtkApplication does with an application id of ours. */
  gtk_icon_theme_add_resource_path (theme, "/io/github/parallax/Parallax/icons");
  g_assert_true (gtk_icon_theme_has_icon (theme, "io.github.parallax.Parallax-symbolic"));
}

static const Case cases[] = {
  { "t02_ecbplus", 2, "light" },
  { NULL, 5, "light" },
  { "t02_ecbplus", 8, "light" },
  { "t01_ecbplus", 20, "light" },
  { "t02_ecbplus", 2, "dark" },
  { NULL, 5, "dark" },
  { "t02_ecbplus", 8, "dark" },
  { "t01_ecbplus", 20, "dark" },
  { "t02_ecbplus", 2, "high-contrast" },
  { NULL, 5, "high-contrast" },
  { "t02_ecbplus", 8, "high-contrast" },
  { "t01_ecbplus", 20, "high-contrast" },
  { "t02_ecbplus", 8, "high-contrast-dark" },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!ui_test_init_application ())
    return 77;

  g_test_add_func ("/columns/scroll-sideways-8", test_scroll_eight);
  g_test_add_func ("/columns/scroll-sideways-11", test_scroll_eleven);
  g_test_add_func ("/columns/beside-screen-prepared", test_beside_screen_prepared);
  g_test_add_func ("/columns/stacked-when-narrow", test_stacked_when_narrow);
  g_test_add_func ("/columns/zoom", test_zoom);
  g_test_add_func ("/columns/moved-badge-jumps", test_moved_badge_jumps);
  g_test_add_func ("/columns/overview-11", test_overview_eleven);
  g_test_add_func ("/columns/find-over-quote", test_find_over_quote);
  g_test_add_func ("/columns/quote-panel-names-base", test_quote_panel_names_base);
  g_test_add_func ("/columns/one-article", test_one_article);
  g_test_add_func ("/columns/empty-state-icon", test_empty_state_icon);
  g_test_add_func ("/columns/rewrite-folds", test_rewrite_folds);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/columns/layouts/%u-%s", cases[i].n, cases[i].style);

      g_test_add_data_func (path, &cases[i], test_layouts);
    }

  return g_test_run ();
}
