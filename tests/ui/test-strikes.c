/* test-strikes.c: lines through struck words, drawn by the cell
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's OpenGL renderer left Pango's strikethrough off many struck
 * runs; a cell now draws them itself (px-strikes.c).  The lines must
 * cover the struck words on every line they wrap over, nothing else,
 * in the mark's colour or the words' faded ink.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "px-cell-text.h"
#include "px-strikes.h"

/* Every colour node under @node, depth first. */
static void
collect_colours (GskRenderNode *node, GPtrArray *out)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_COLOR_NODE:
      g_ptr_array_add (out, node);
      break;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_colours (gsk_container_node_get_child (node, i), out);
      break;
    case GSK_TRANSFORM_NODE:
      collect_colours (gsk_transform_node_get_child (node), out);
      break;
    case GSK_CLIP_NODE:
      collect_colours (gsk_clip_node_get_child (node), out);
      break;
    default:
      break;
    }
}

static gboolean
has_type (PangoAttrList *attrs, PangoAttrType type)
{
  GSList *all = attrs ? pango_attr_list_get_attributes (attrs) : NULL;
  gboolean found = FALSE;

  for (GSList *l = all; l; l = l->next)
    found |= ((PangoAttribute *) l->data)->klass->type == type;
  g_slist_free_full (all, (GDestroyNotify) pango_attribute_destroy);
  return found;
}

static PangoAttribute *
ranged (PangoAttribute *attr, guint start, guint end)
{
  attr->start_index = start;
  attr->end_index = end;
  return attr;
}

static guint
lines_spanned (PangoLayout *layout, guint start, guint end)
{
  int first, last, x;

  pango_layout_index_to_line_x (layout, start, FALSE, &first, &x);
  pango_layout_index_to_line_x (layout, end - 1, FALSE, &last, &x);
  return last - first + 1;
}

static void
test_lines_cover_struck_words (void)
{
  /* Two struck runs: the first in red, the second, wrapped over lines,
   * without a colour of its own and faded. */
  const char *text = "The minister said on Thursday that the talks had ended without any "
                     "agreement between the parties and that no further meeting was planned.";
  const char *first = "on Thursday", *second = "the talks had ended without any agreement between the parties";
  guint a0 = strstr (text, first) - text, a1 = a0 + strlen (first);
  guint b0 = strstr (text, second) - text, b1 = b0 + strlen (second);
  PangoAttrList *attrs = pango_attr_list_new ();
  g_autoptr(PangoAttrList) strikes = NULL;
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoLayout *layout = pango_layout_new (context);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GPtrArray) colours = g_ptr_array_new ();
  GdkRGBA ink = { 0, 0, 0, 0.8 };
  guint lines_a = 0, lines_b = 0;

  pango_attr_list_insert (attrs, ranged (pango_attr_strikethrough_new (TRUE), a0, a1));
  pango_attr_list_insert (attrs, ranged (pango_attr_strikethrough_color_new (0xc000, 0x1c00, 0x2800), a0, a1));
  pango_attr_list_insert (attrs, ranged (pango_attr_strikethrough_new (TRUE), b0, b1));
  pango_attr_list_insert (attrs, ranged (pango_attr_foreground_alpha_new (0x8000), b0, b1));

  /* Taken out of what Pango draws, kept for the cell to draw. */
  strikes = px_strikes_take (attrs);
  g_assert_false (has_type (attrs, PANGO_ATTR_STRIKETHROUGH));
  g_assert_false (has_type (attrs, PANGO_ATTR_STRIKETHROUGH_COLOR));
  g_assert_true (has_type (attrs, PANGO_ATTR_FOREGROUND_ALPHA));
  g_assert_true (has_type (strikes, PANGO_ATTR_STRIKETHROUGH));

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_width (layout, 200 * PANGO_SCALE);
  g_assert_cmpint (pango_layout_get_line_count (layout), >=, 3);
  px_strikes_snapshot (snapshot, layout, strikes, &ink);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  collect_colours (node, colours);

  /* Each line: a line through the struck words it holds, across their
   * middle, never past them. */
  for (guint i = 0; i < colours->len; i++)
    {
      GskRenderNode *c = colours->pdata[i];
      const GdkRGBA *rgba = gsk_color_node_get_color (c);
      graphene_rect_t r;
      int index, trailing, line_no, x_pos;
      PangoRectangle start_pos;

      gsk_render_node_get_bounds (c, &r);
      g_assert_cmpfloat (r.size.height, >=, 1);
      g_assert_cmpfloat (r.size.height, <=, 3);
      /* A whole pixel row. */
      g_assert_cmpfloat (r.origin.y, ==, (int) r.origin.y);
      g_assert_true (pango_layout_xy_to_index (layout, (r.origin.x + 1) * PANGO_SCALE,
                                               (r.origin.y + r.size.height / 2) * PANGO_SCALE, &index, &trailing));
      pango_layout_index_to_line_x (layout, index, FALSE, &line_no, &x_pos);
      pango_layout_index_to_pos (layout, index, &start_pos);
      /* Through the letters: below their top, above the baseline. */
      g_assert_cmpfloat (r.origin.y * PANGO_SCALE, >, start_pos.y);
      if ((guint) index >= a0 && (guint) index < a1)
        {
          lines_a++;
          g_assert_cmpfloat (rgba->red, >, 0.7);
          g_assert_cmpfloat (rgba->alpha, ==, 0.8f);
        }
      else if ((guint) index >= b0 && (guint) index < b1)
        {
          lines_b++;
          g_assert_cmpfloat (rgba->red, ==, 0);
          g_assert_cmpfloat (rgba->alpha, <, 0.5);
          g_assert_cmpfloat (rgba->alpha, >, 0.3);
        }
      else
        g_error ("a line through unstruck words at byte %d", index);
      /* It ends where the struck words on its line end. */
      g_assert_true (pango_layout_xy_to_index (layout, (r.origin.x + r.size.width - 1) * PANGO_SCALE,
                                               (r.origin.y + r.size.height / 2) * PANGO_SCALE, &index, &trailing));
      g_assert_true (((guint) index >= a0 && (guint) index < a1) || ((guint) index >= b0 && (guint) index < b1));
    }
  /* A line on each line the runs hold; the second wraps. */
  g_assert_cmpuint (lines_a, ==, lines_spanned (layout, a0, a1));
  g_assert_cmpuint (lines_b, ==, lines_spanned (layout, b0, b1));
  g_assert_cmpuint (lines_b, >, 1);
  g_object_unref (layout);
  g_object_unref (context);
  pango_attr_list_unref (attrs);
}

/* The cell keeps the marks it was given (the tests and the quote panel
 * read them) and draws the lines with its text. */
static void
test_cell_keeps_marks (void)
{
  GtkWidget *cell = g_object_ref_sink (px_cell_text_new ());
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, ranged (pango_attr_strikethrough_new (TRUE), 0, 3));
  px_cell_text_set (PX_CELL_TEXT (cell), "old new", attrs);
  g_assert_true (px_cell_text_get_attributes (PX_CELL_TEXT (cell)) == attrs);
  g_assert_true (has_type (px_cell_text_get_attributes (PX_CELL_TEXT (cell)), PANGO_ATTR_STRIKETHROUGH));
  g_assert_false (has_type (pango_layout_get_attributes (px_cell_text_get_layout (PX_CELL_TEXT (cell))),
                            PANGO_ATTR_STRIKETHROUGH));
  pango_attr_list_unref (attrs);
  g_object_unref (cell);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    return 77;
  g_test_add_func ("/strikes/lines-cover-struck-words", test_lines_cover_struck_words);
  g_test_add_func ("/strikes/cell-keeps-marks", test_cell_keeps_marks);
  return g_test_run ();
}
