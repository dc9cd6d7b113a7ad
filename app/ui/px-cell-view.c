/* px-cell-view.c: one article's paragraph in one row of the comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A note line ("Omitted", "Moved: paragraph 7 of 26", ...) above the
 * paragraph's text, and a row of badges below it that decorators (quote
 * marks) fill.  The kind is also a style class, so that the look lives
 * in style.css; the note says in words what the style says in colour.
 *
 * A cell's width is its column's, never its text's: the cell says so
 * when measured instead of asking its wrapped labels, which would lay
 * out their whole text once more for every row the list measures.
 */
#include "config.h"

#include "px-cell-text.h"
#include "px-cell-view.h"
#include "px-diff-marks.h"
#include "px-tooltip.h"

struct _PxCellView
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkLabel *note;
  PxCellText *text;
  GtkBox *badges;
  PxCellViewKind kind;
  GArray *spans;      /* of PxTextSpan; NULL when the text is shown as it is */
};

G_DEFINE_FINAL_TYPE (PxCellView, px_cell_view, GTK_TYPE_WIDGET)

enum {
  NOTE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
on_note_link (GtkLabel *note, const char *uri, PxCellView *self)
{
  g_signal_emit (self, signals[NOTE_ACTIVATED], 0);
  return TRUE;
}

static const char *const kind_classes[] = {
  "empty", "reference", "same", "changed", "omitted", "added", "furniture",
};

static void
px_cell_view_dispose (GObject *object)
{
  PxCellView *self = (PxCellView *) object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->spans, g_array_unref);
  G_OBJECT_CLASS (px_cell_view_parent_class)->dispose (object);
}

static void
px_cell_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  PxCellView *self = PX_CELL_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The size request (the column's least width) rules. */
      *minimum = *natural = 0;
      return;
    }
  if (self->box == NULL)
    {
      *minimum = *natural = 0;
      return;
    }
  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
px_cell_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  PxCellView *self = PX_CELL_VIEW (widget);

  if (self->box)
    gtk_widget_allocate (self->box, width, height, -1, NULL);
}

static GtkSizeRequestMode
px_cell_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
px_cell_view_class_init (PxCellViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = px_cell_view_dispose;
  widget_class->measure = px_cell_view_measure;
  widget_class->size_allocate = px_cell_view_size_allocate;
  widget_class->get_request_mode = px_cell_view_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "articlecell");

  /**
   * PxCellView::note-activated:
   *
   * The note was clicked (or activated from the keyboard) after
   * px_cell_view_set_note_link() made it a link.
   */
  signals[NOTE_ACTIVATED] = g_signal_new ("note-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The note, the text and the badges, made when the cell first shows
 * something: most cells of a wide comparison are empty (their column is
 * scrolled out of sight), and a cell of four widgets for each of twenty
 * articles in every bound row was much of the first paint. */
static void
ensure_parts (PxCellView *self)
{
  g_assert (PX_IS_CELL_VIEW (self));

  if (self->box)
    return;
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->note = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->note, 0);
  gtk_label_set_wrap (self->note, TRUE);
  /* As wide as its words: a note styled as a badge stays one. */
  gtk_widget_set_halign (GTK_WIDGET (self->note), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->note), "cell-note");
  gtk_widget_add_css_class (GTK_WIDGET (self->note), "caption-heading");
  gtk_widget_set_visible (GTK_WIDGET (self->note), FALSE);
  g_signal_connect (self->note, "activate-link", G_CALLBACK (on_note_link), self);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->note));

  self->text = PX_CELL_TEXT (px_cell_text_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->text), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->text), "cell-text");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->text));

  self->badges = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4));
  gtk_widget_set_visible (GTK_WIDGET (self->badges), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->badges));

}

static void
px_cell_view_init (PxCellView *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), kind_classes[PX_CELL_VIEW_EMPTY]);
}

GtkWidget *
px_cell_view_new (void)
{
  return g_object_new (PX_TYPE_CELL_VIEW, NULL);
}

/**
 * px_cell_view_set:
 * @continuation: the paragraph goes on from the row above (a split)
 * @note: (nullable): a line that says what the cell is, or %NULL
 * @text: (nullable): the text shown
 * @attrs: (nullable): marks on @text
 *
 * Shows a cell afresh.  The badges are emptied: decorators add theirs
 * after this call.
 */
void
px_cell_view_set (PxCellView     *self,
                  PxCellViewKind  kind,
                  gboolean        continuation,
                  const char     *note,
                  const char     *text,
                  PangoAttrList  *attrs)
{
  GtkWidget *child;

  g_return_if_fail (PX_IS_CELL_VIEW (self));
  g_return_if_fail (kind < G_N_ELEMENTS (kind_classes));

  if (self->kind != kind)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), kind_classes[self->kind]);
      gtk_widget_add_css_class (GTK_WIDGET (self), kind_classes[kind]);
      self->kind = kind;
      /* An omission is a marker as tall as its note, not as the row. */
      gtk_widget_set_valign (GTK_WIDGET (self), kind == PX_CELL_VIEW_OMITTED ? GTK_ALIGN_START : GTK_ALIGN_FILL);
    }
  if (continuation)
    gtk_widget_add_css_class (GTK_WIDGET (self), "continuation");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "continuation");

  g_clear_pointer (&self->spans, g_array_unref);
  if (self->box == NULL && note == NULL && (text == NULL || *text == '\0'))
    return;   /* still empty */
  ensure_parts (self);
  gtk_label_set_text (self->note, note ? note : "");
  px_tooltip_set_text (GTK_WIDGET (self->note), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->note), note != NULL);
  px_cell_text_set (self->text, text ? text : "", attrs);
  gtk_widget_set_visible (GTK_WIDGET (self->text), text != NULL && *text);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->badges))))
    gtk_box_remove (self->badges, child);
  gtk_widget_set_visible (GTK_WIDGET (self->badges), FALSE);
}

/**
 * px_cell_view_set_note_link:
 * @tooltip: what following the link does
 *
 * Makes the note (set with px_cell_view_set()) a link that emits
 * ::note-activated; the next px_cell_view_set() makes it plain again.
 */
void
px_cell_view_set_note_link (PxCellView *self,
                            const char *tooltip)
{
  g_autofree char *escaped = NULL;
  g_autofree char *markup = NULL;

  g_return_if_fail (PX_IS_CELL_VIEW (self));

  if (self->note == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->note)))
    return;
  escaped = g_markup_escape_text (gtk_label_get_text (self->note), -1);
  markup = g_strdup_printf ("<a href=\"#note\">%s</a>", escaped);
  gtk_label_set_markup (self->note, markup);
  px_tooltip_set_text (GTK_WIDGET (self->note), tooltip);
}

PxCellViewKind
px_cell_view_get_kind (PxCellView *self)
{
  g_return_val_if_fail (PX_IS_CELL_VIEW (self), PX_CELL_VIEW_EMPTY);

  return self->kind;
}

const char *
px_cell_view_get_text (PxCellView *self)
{
  g_return_val_if_fail (PX_IS_CELL_VIEW (self), NULL);

  return self->text ? px_cell_text_get_text (self->text) : "";
}

const char *
px_cell_view_get_note (PxCellView *self)
{
  g_return_val_if_fail (PX_IS_CELL_VIEW (self), NULL);

  return self->note && gtk_widget_get_visible (GTK_WIDGET (self->note)) ? gtk_label_get_text (self->note) : NULL;
}

/**
 * px_cell_view_get_badges:
 *
 * The row under the text where decorators (quote badges) put their
 * widgets; they show it when they add to it.
 *
 * Returns: (transfer none): the badge box
 */
GtkBox *
px_cell_view_get_badges (PxCellView *self)
{
  g_return_val_if_fail (PX_IS_CELL_VIEW (self), NULL);

  ensure_parts (self);
  return self->badges;
}

/**
 * px_cell_view_set_spans:
 * @spans: (transfer full) (nullable): PxTextSpan runs that place the
 *   paragraph's text in the shown text (px_diff_marks_render_mapped()),
 *   or %NULL when the shown text is the paragraph's
 *
 * Call after px_cell_view_set(), which forgets the spans.
 */
void
px_cell_view_set_spans (PxCellView *self,
                        GArray     *spans)
{
  g_return_if_fail (PX_IS_CELL_VIEW (self));

  g_clear_pointer (&self->spans, g_array_unref);
  self->spans = spans;
}

static guint
map_offset (PxCellView *self, guint source, gboolean is_end)
{
  const PxTextSpan *last = NULL;

  g_assert (PX_IS_CELL_VIEW (self));

  if (self->spans == NULL)
    return MIN (source, strlen (px_cell_text_get_text (self->text)));
  for (guint i = 0; i < self->spans->len; i++)
    {
      const PxTextSpan *span = &g_array_index (self->spans, PxTextSpan, i);

      /* An end that falls between runs stays after the run before it;
       * a start goes to the run after the gap. */
      if (source < span->source || (is_end && source == span->source && last))
        return last && is_end ? last->shown + last->len : span->shown;
      if (source < span->source + span->len)
        return span->shown + (source - span->source);
      last = span;
    }
  return last ? last->shown + last->len : 0;
}

/**
 * px_cell_view_map_range:
 * @source_start: first byte in the paragraph's own text
 * @source_end: byte past the range
 *
 * Finds where a range of the paragraph's text (a quotation) stands in
 * the text shown.
 *
 * Returns: %TRUE when the range shows, with its place in @shown_start
 *   and @shown_end
 */
gboolean
px_cell_view_map_range (PxCellView *self,
                        guint       source_start,
                        guint       source_end,
                        guint      *shown_start,
                        guint      *shown_end)
{
  g_return_val_if_fail (PX_IS_CELL_VIEW (self), FALSE);
  g_return_val_if_fail (shown_start != NULL && shown_end != NULL, FALSE);

  if (self->text == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->text)) || source_start >= source_end)
    return FALSE;
  *shown_start = map_offset (self, source_start, FALSE);
  *shown_end = map_offset (self, source_end, TRUE);
  return *shown_start < *shown_end;
}

/**
 * px_cell_view_add_attributes:
 * @extra: marks to add to the ones the text has
 * @over: whether @extra takes the upper hand where both set the same
 *   thing (a search's highlight), or the text's marks do (quotations
 *   under the diff's marks, which keep their background)
 */
void
px_cell_view_add_attributes (PxCellView    *self,
                             PangoAttrList *extra,
                             gboolean       over)
{
  PangoAttrList *old;
  PangoAttrList *under, *top;
  g_autoptr(PangoAttrList) merged = NULL;
  GSList *list;

  g_return_if_fail (PX_IS_CELL_VIEW (self));
  g_return_if_fail (extra != NULL);

  ensure_parts (self);
  old = px_cell_text_get_attributes (self->text);
  under = over ? old : extra;
  top = over ? extra : old;
  merged = under ? pango_attr_list_copy (under) : pango_attr_list_new ();
  if (top)
    {
      list = pango_attr_list_get_attributes (top);
      for (GSList *l = list; l; l = l->next)
        pango_attr_list_change (merged, l->data);
      g_slist_free (list);
    }
  px_cell_text_set_attributes (self->text, merged);
}

/**
 * px_cell_view_index_at:
 * @x: a point in the cell's coordinates
 * @y:
 *
 * Returns: the byte of the shown text under the point, or -1
 */
int
px_cell_view_index_at (PxCellView *self,
                       double      x,
                       double      y)
{
  graphene_point_t p;
  PangoLayout *layout;
  int index, trailing;

  g_return_val_if_fail (PX_IS_CELL_VIEW (self), -1);

  if (self->text == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->text)) ||
      !gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (self->text),
                                 &GRAPHENE_POINT_INIT (x, y), &p))
    return -1;
  /* The text draws its layout from its top left corner. */
  layout = px_cell_text_get_layout (self->text);
  if (!pango_layout_xy_to_index (layout, (int) (p.x * PANGO_SCALE),
                                 (int) (p.y * PANGO_SCALE), &index, &trailing))
    return -1;
  return index;
}
