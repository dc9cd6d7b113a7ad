/* px-window-quotes.c: quotations marked in the window, and their panel
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cell decorator marks every quotation in the text (a tint of its own
 * and italics, under the diff's marks so that both read) and puts a
 * badge under the paragraph where a quotation begins: how many of the
 * articles carry it, "3/5".  The badge, or a click on the quoted words,
 * opens the quote panel beside the columns; Alt+Q and Alt+Shift+Q step
 * through the quotations in reading order with the panel following.
 *
 * The quotations come grouped with the comparison (px_comparison_get_
 * quotes); here they are only indexed by article for the cells.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "px-diff-marks.h"
#include "px-row-model.h"
#include "px-tooltip.h"
#include "px-window-private.h"
#include "px-speaker-corrections.h"

/* Words of a quotation a badge shows to say which quotation it is. */
#define BADGE_WORDS 3

typedef struct {
  guint32 start;         /* in the document's text */
  guint32 end;
  guint group;
  guint occurrence;      /* in the group */
  gboolean continued;    /* a later part of an interrupted quotation: no badge */
} QuoteSpan;

typedef struct {
  guint shown_start;     /* in a cell's shown text */
  guint shown_end;
  guint group;
} ShownQuote;

static void
clear_index (PxWindow *self)
{
  g_assert (PX_IS_WINDOW (self));

  for (guint d = 0; d < self->quotes_n_docs; d++)
    g_array_unref (self->quotes_spans[d]);
  g_clear_pointer (&self->quotes_spans, g_free);
  self->quotes_n_docs = 0;
  g_clear_object (&self->quotes_comparison);
}

void
_px_window_finalize_quotes (PxWindow *self)
{
  clear_index (self);
  g_clear_object (&self->quotes_selected_doc);
  g_clear_object (&self->quote_panel);
}

/* The next word of @text from *@p (letters and digits), or FALSE. */
static gboolean
next_word (const char *text, const char *stop, const char **p, const char **word_end)
{
  const char *s = *p;

  while (s < stop && !g_unichar_isalnum (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  if (s >= stop)
    return FALSE;
  *p = s;
  while (s < stop && g_unichar_isalnum (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  *word_end = s;
  return TRUE;
}

/* Adds the parts of @occ's words that are quoted.  A quotation cut by
 * its attribution ("…," Mira Holt said, "…") is one occurrence from its
 * first word to its last; the words of the document that its text does
 * not hold, in order, are the attribution, and take no quote mark. */
static void
add_quote_parts (GArray *spans, const char *doc_text, const PxQuoteOccurrence *occ, guint g, guint i)
{
  const char *stop = doc_text + occ->end, *p = doc_text + occ->start, *word_end;
  const char *q = occ->text, *q_stop = occ->text + strlen (occ->text), *q_end;
  QuoteSpan part = { occ->start, occ->start, g, i, FALSE };
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (QuoteSpan));
  gboolean in_part = FALSE, have_q = next_word (q, q_stop, &q, &q_end);

  while (next_word (doc_text, stop, &p, &word_end))
    {
      gboolean quoted = have_q && word_end - p == q_end - q && memcmp (p, q, q_end - q) == 0;

      if (quoted)
        {
          if (!in_part)
            part.start = p - doc_text;
          part.end = word_end - doc_text;
          in_part = TRUE;
          q = q_end;
          have_q = next_word (q, q_stop, &q, &q_end);
        }
      else if (in_part)
        {
          g_array_append_val (parts, part);
          part.continued = TRUE;
          in_part = FALSE;
        }
      p = word_end;
    }
  if (in_part)
    {
      /* The last part keeps the occurrence's own end (a closing stop). */
      part.end = occ->end;
      g_array_append_val (parts, part);
    }
  /* Words that did not line up (an outlet's text normalised otherwise):
   * the occurrence whole, as before. */
  if (have_q || parts->len == 0)
    {
      QuoteSpan whole = { occ->start, occ->end, g, i, FALSE };

      g_array_append_val (spans, whole);
      return;
    }
  g_array_index (parts, QuoteSpan, 0).start = occ->start;
  g_array_append_vals (spans, parts->data, parts->len);
}

static int
compare_spans (gconstpointer a, gconstpointer b)
{
  const QuoteSpan *x = a, *y = b;

  return x->start != y->start ? (x->start < y->start ? -1 : 1) : (int) x->group - (int) y->group;
}

/* The occurrence that stands for a group: the reference's when it
 * quotes it, else the first. */
static const PxQuoteOccurrence *
anchor (PxComparison *cmp, const PxQuoteGroup *group)
{
  guint ref = px_comparison_get_reference (cmp);

  for (guint i = 0; i < group->occurrences->len; i++)
    {
      const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, i);

      if (occ->document == ref)
        return occ;
    }
  return &g_array_index (group->occurrences, PxQuoteOccurrence, 0);
}

static guint
paragraph_at (PxDocument *doc, guint32 offset)
{
  guint lo = 0, hi = px_document_get_n_paragraphs (doc);

  /* The last paragraph that starts at or before @offset. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (px_document_get_paragraph (doc, mid)->start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* Finds the group that holds a document's occurrence at @start. */
static int
find_group (PxComparison *cmp, PxDocument *doc, guint32 start)
{
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  guint n = px_comparison_get_n_documents (cmp);
  int d = -1;

  for (guint i = 0; i < n; i++)
    if (px_comparison_get_document (cmp, i) == doc)
      d = i;
  if (d < 0)
    return -1;
  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->occurrences->len; i++)
        {
          const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, i);

          if (occ->document == (guint) d && occ->start <= start && start < occ->end)
            return g;
        }
    }
  return -1;
}

static void show_selected (PxWindow *self, gboolean scroll);

/* Closes the panel without showing the cells again (they are being
 * shown when a new comparison comes in). */
static void
close_panel (PxWindow *self)
{
  g_assert (PX_IS_WINDOW (self));

  self->quotes_selected = -1;
  g_clear_object (&self->quotes_selected_doc);
  _px_window_set_side_panel (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-quote", FALSE);
}

/* Indexes the quotations of a new comparison by article; the panel
 * keeps its quotation when the new comparison still has it. */
static void
ensure_index (PxWindow *self, PxComparison *cmp)
{
  GPtrArray *groups;

  g_assert (PX_IS_WINDOW (self));

  if (cmp == self->quotes_comparison)
    return;
  clear_index (self);
  if (cmp == NULL)
    {
      close_panel (self);
      return;
    }
  self->quotes_comparison = g_object_ref (cmp);
  self->quotes_n_docs = px_comparison_get_n_documents (cmp);
  self->quotes_spans = g_new0 (GArray *, self->quotes_n_docs);
  for (guint d = 0; d < self->quotes_n_docs; d++)
    self->quotes_spans[d] = g_array_new (FALSE, FALSE, sizeof (QuoteSpan));
  groups = px_comparison_get_quotes (cmp);
  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->occurrences->len; i++)
        {
          const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, i);

          if (occ->document < self->quotes_n_docs)
            add_quote_parts (self->quotes_spans[occ->document],
                             px_document_get_text (px_comparison_get_document (cmp, occ->document), NULL),
                             occ, g, i);
        }
    }
  for (guint d = 0; d < self->quotes_n_docs; d++)
    g_array_sort (self->quotes_spans[d], compare_spans);

  if (self->quotes_selected >= 0)
    {
      self->quotes_selected = find_group (cmp, self->quotes_selected_doc, self->quotes_selected_start);
      if (self->quotes_selected < 0)
        close_panel (self);
      else
        show_selected (self, FALSE);
    }
}

/* --- reading order --------------------------------------------------------- */

typedef struct {
  guint position;   /* of the row in the view */
  guint group;
} Place;

static int
compare_places (gconstpointer a, gconstpointer b)
{
  const Place *x = a, *y = b;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return (int) x->group - (int) y->group;
}

/* The quotations whose rows are shown, in the order a reader meets them. */
static GArray *
reading_order (PxWindow *self)
{
  PxComparisonView *view = px_window_get_view (self);
  PxRowModel *rows = PX_ROW_MODEL (px_comparison_view_get_rows (view));
  PxComparison *cmp = self->quotes_comparison;
  GArray *order = g_array_new (FALSE, FALSE, sizeof (Place));
  GPtrArray *groups;

  g_assert (PX_IS_WINDOW (self));

  if (cmp == NULL)
    return order;
  groups = px_comparison_get_quotes (cmp);
  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteOccurrence *occ = anchor (cmp, g_ptr_array_index (groups, g));
      PxDocument *doc = px_comparison_get_document (cmp, occ->document);
      guint row = px_comparison_find_row (cmp, occ->document, paragraph_at (doc, occ->start));
      Place place = { 0, g };

      if (px_row_model_find (rows, row, &place.position))
        g_array_append_val (order, place);
    }
  g_array_sort (order, compare_places);
  return order;
}

static int
place_of (GArray *order, int group)
{
  for (guint i = 0; i < order->len; i++)
    if ((int) g_array_index (order, Place, i).group == group)
      return i;
  return -1;
}

/* --- the panel --------------------------------------------------------------- */

static void
show_selected (PxWindow *self, gboolean scroll)
{
  g_autoptr(GArray) order = reading_order (self);
  int place = place_of (order, self->quotes_selected);

  g_assert (PX_IS_WINDOW (self));

  if (self->quote_panel == NULL)
    {
      self->quote_panel = g_object_ref_sink (px_quote_panel_new ());
      _px_window_connect_quote_panel (self, PX_QUOTE_PANEL (self->quote_panel));
    }
  px_quote_panel_set_notes (PX_QUOTE_PANEL (self->quote_panel), _px_window_get_notes (self));
  px_quote_panel_show_group (PX_QUOTE_PANEL (self->quote_panel), self->quotes_comparison, self->quotes_selected,
                             MAX (place, 0), MAX (order->len, 1));
  _px_window_set_side_panel (self, self->quote_panel);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-quote", TRUE);
  if (scroll && place >= 0)
    px_comparison_view_go_to_position (px_window_get_view (self),
                                       g_array_index (order, Place, place).position);
}

/**
 * _px_window_select_quote:
 * @group: a group of px_comparison_get_quotes() of the comparison shown,
 *   or -1 to close the panel
 */
void
_px_window_select_quote (PxWindow *self,
                         int       group,
                         gboolean  scroll)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  ensure_index (self, px_window_get_comparison (self));
  if (self->quotes_comparison == NULL || group >= (int) px_comparison_get_quotes (self->quotes_comparison)->len)
    group = -1;
  if (group < 0)
    close_panel (self);
  else
    {
      const PxQuoteOccurrence *occ = anchor (self->quotes_comparison,
                                             g_ptr_array_index (px_comparison_get_quotes (self->quotes_comparison), group));

      self->quotes_selected = group;
      g_set_object (&self->quotes_selected_doc, NULL);
      self->quotes_selected_doc = g_object_ref (px_comparison_get_document (self->quotes_comparison, occ->document));
      self->quotes_selected_start = occ->start;
      show_selected (self, scroll);
    }
  /* The selected quotation's marks are stronger. */
  px_comparison_view_refresh (px_window_get_view (self));
}

int
_px_window_get_selected_quote (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), -1);

  return self->quotes_selected;
}

/**
 * _px_window_get_quote_panel:
 *
 * Returns: (transfer none) (nullable): the quote panel, once opened
 */
PxQuotePanel *
_px_window_get_quote_panel (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return (PxQuotePanel *) self->quote_panel;
}

/* --- marks in the cells -------------------------------------------------------- */

/* A byte of the document's text as a byte of the paragraph's text as
 * shown: hard-wrapped paragraphs are shown with their lines joined
 * (px_document_dup_paragraph_text), which this follows step by step. */
static guint
source_offset (const char *text, const PxParagraph *para, guint32 offset)
{
  guint len = 0, trailing = 0;

  if (!(para->flags & PX_PARAGRAPH_WRAPPED))
    return offset - para->start;
  for (guint32 i = para->start; i < offset && i < para->end; i++)
    {
      if (text[i] == '\r' || text[i] == '\n')
        {
          len -= trailing;
          while (i + 1 < para->end && i + 1 < offset &&
                 strchr ("\r\n \t", text[i + 1]) != NULL)
            i++;
          len++;
          trailing = 1;
        }
      else
        {
          len++;
          trailing = text[i] == ' ' ? trailing + 1 : 0;
        }
    }
  return len;
}

/* The badge says which quotation in the article's own words. */
static GtkWidget *
quote_badge (PxWindow *self, const QuoteSpan *span, gboolean selected)
{
  guint g = span->group;
  const PxQuoteGroup *group = g_ptr_array_index (px_comparison_get_quotes (self->quotes_comparison), g);
  const PxQuoteOccurrence *own = &g_array_index (group->occurrences, PxQuoteOccurrence, span->occurrence);
  g_auto(GStrv) words = g_strsplit (own->text, " ", BADGE_WORDS + 1);
  g_autofree char *opening = NULL;
  g_autofree char *text = NULL;
  g_autofree char *count = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *button, *box, *words_label, *count_label;
  guint carried = 0;

  g_assert (PX_IS_WINDOW (self));

  for (guint d = 0; d < group->n_documents; d++)
    carried += group->carried[d] != 0;
  if (g_strv_length (words) > BADGE_WORDS)
    {
      g_clear_pointer (&words[BADGE_WORDS], g_free);
      opening = g_strjoinv (" ", words);
      /* Translators: a quote badge's first words of a quotation, cut short */
      text = g_strdup_printf (_("“%s…”"), opening);
    }
  else
    /* Translators: a short quotation in a badge */
    text = g_strdup_printf (_("“%s”"), own->text);
  /* Translators: how many of the articles carry a quotation, e.g. 3/5 */
  count = g_strdup_printf (_("%u/%u"), carried, group->n_documents);
  if (group->speaker)
    {
      g_autofree char *speaker = px_speaker_shown (group->speaker, group->speaker_confidence);

      /* Translators: tooltip of a quote badge */
      tooltip = g_strdup_printf (_("Quote of %s, carried by %u of %u articles: click to compare the versions"),
                                 speaker, carried, group->n_documents);
    }
  else
    tooltip = g_strdup_printf (_("Quote carried by %u of %u articles: click to compare the versions"),
                               carried, group->n_documents);

  /* The words may be cut short to fit; the count never is. */
  words_label = gtk_label_new (text);
  gtk_label_set_ellipsize (GTK_LABEL (words_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (words_label), 18);
  count_label = gtk_label_new (count);
  gtk_widget_add_css_class (count_label, "quote-count");
  gtk_widget_add_css_class (count_label, "numeric");
  /* One article alone: "1/1" on every badge says nothing. */
  gtk_widget_set_visible (count_label, group->n_documents > 1);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), words_label);
  gtk_box_append (GTK_BOX (box), count_label);
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "quote-badge");
  if (selected)
    gtk_widget_add_css_class (button, "selected");
  if (carried * 2 <= group->n_documents)
    gtk_widget_add_css_class (button, "few");
  px_tooltip_set_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), "px-quote-group", GUINT_TO_POINTER (g));
  return button;
}

static void
on_badge_clicked (GtkButton *button, PxWindow *window)
{
  _px_window_select_quote (window, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "px-quote-group")),
                           FALSE);
}

static void
on_cell_released (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  PxWindow        *window)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GArray *shown = g_object_get_data (G_OBJECT (cell), "px-quotes-shown");
  int index;

  if (n_press != 1 || shown == NULL || shown->len == 0)
    return;
  index = px_cell_view_index_at (PX_CELL_VIEW (cell), x, y);
  if (index < 0)
    return;
  /* The innermost quotation under the pointer: the last that holds it. */
  for (guint i = shown->len; i-- > 0;)
    {
      const ShownQuote *q = &g_array_index (shown, ShownQuote, i);

      if (q->shown_start <= (guint) index && (guint) index < q->shown_end)
        {
          _px_window_select_quote (window, q->group, FALSE);
          return;
        }
    }
}

static void
decorate (PxComparisonView *view,
          PxCellView       *cell,
          guint             row,
          guint             d,
          gpointer          user_data)
{
  PxWindow *self = user_data;
  PxComparison *cmp = px_comparison_view_get_comparison (view);
  g_autoptr(PangoAttrList) attrs = NULL;
  GArray *shown;
  PxDocument *doc;
  const PxParagraph *para;
  const char *text;
  PxMarkPalette palette;
  AdwStyleManager *style = adw_style_manager_get_default ();
  int p;

  g_object_set_data (G_OBJECT (cell), "px-quotes-shown", NULL);
  ensure_index (self, cmp);
  if (cmp == NULL || d >= self->quotes_n_docs || self->quotes_spans[d]->len == 0)
    return;
  p = px_comparison_get_row (cmp, row)[d].paragraph;
  if (p < 0 || px_cell_view_get_kind (cell) == PX_CELL_VIEW_EMPTY ||
      px_cell_view_get_kind (cell) == PX_CELL_VIEW_OMITTED)
    return;

  if (!g_object_get_data (G_OBJECT (cell), "px-quote-gesture"))
    {
      GtkGesture *click = gtk_gesture_click_new ();

      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
      g_signal_connect_object (click, "released", G_CALLBACK (on_cell_released), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (cell), GTK_EVENT_CONTROLLER (click));
      g_object_set_data (G_OBJECT (cell), "px-quote-gesture", click);
    }

  px_mark_palette_init (&palette, adw_style_manager_get_dark (style),
                        adw_style_manager_get_high_contrast (style));
  doc = px_comparison_get_document (cmp, d);
  para = px_document_get_paragraph (doc, p);
  text = px_document_get_text (doc, NULL);
  attrs = pango_attr_list_new ();
  shown = g_array_new (FALSE, FALSE, sizeof (ShownQuote));
  for (guint i = 0; i < self->quotes_spans[d]->len; i++)
    {
      const QuoteSpan *span = &g_array_index (self->quotes_spans[d], QuoteSpan, i);
      gboolean selected = (int) span->group == self->quotes_selected;
      ShownQuote q = { 0, 0, span->group };

      if (span->start >= para->end)
        break;
      if (span->end <= para->start)
        continue;
      if (!px_cell_view_map_range (cell, source_offset (text, para, MAX (span->start, para->start)),
                                   source_offset (text, para, MIN (span->end, para->end)),
                                   &q.shown_start, &q.shown_end))
        continue;
      px_quote_marks_add (attrs, q.shown_start, q.shown_end, selected, &palette);
      g_array_append_val (shown, q);
      if (span->start >= para->start && !span->continued)
        {
          GtkWidget *badge = quote_badge (self, span, selected);

          g_signal_connect_object (badge, "clicked", G_CALLBACK (on_badge_clicked), self, 0);
          gtk_box_append (px_cell_view_get_badges (cell), badge);
          gtk_widget_set_visible (GTK_WIDGET (px_cell_view_get_badges (cell)), TRUE);
        }
    }
  if (shown->len > 0)
    px_cell_view_add_attributes (cell, attrs, FALSE);
  g_object_set_data_full (G_OBJECT (cell), "px-quotes-shown", shown, (GDestroyNotify) g_array_unref);
}

/* --- actions ------------------------------------------------------------------ */

static void
step (PxWindow *self, int direction)
{
  g_autoptr(GArray) order = NULL;
  int place, current;

  g_assert (PX_IS_WINDOW (self));

  ensure_index (self, px_window_get_comparison (self));
  if (self->quotes_comparison == NULL)
    return;
  order = reading_order (self);
  if (order->len == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      _px_window_toast (self, _("These articles quote no one"));
      return;
    }
  place = place_of (order, self->quotes_selected);
  if (place >= 0)
    place += direction;
  else
    {
      /* From the row navigated to, or the top. */
      current = px_comparison_view_get_current (px_window_get_view (self));
      place = direction > 0 ? 0 : -1;
      for (guint i = 0; i < order->len; i++)
        {
          guint position = g_array_index (order, Place, i).position;

          if (direction > 0 && current >= 0 && position < (guint) current)
            place = i + 1;
          if (direction < 0 && current >= 0 && position <= (guint) current)
            place = i;
        }
    }
  if (place < 0 || place >= (int) order->len)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      _px_window_toast (self, direction > 0 ? _("No more quotes below: press Alt+Shift+Q to go back")
                                           : _("No more quotes above: press Alt+Q to go on"));
      return;
    }
  _px_window_select_quote (self, g_array_index (order, Place, place).group, TRUE);
}

static void
next_quote_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  step (PX_WINDOW (widget), 1);
}

static void
previous_quote_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  step (PX_WINDOW (widget), -1);
}

static void
close_quote_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  _px_window_select_quote (PX_WINDOW (widget), -1, FALSE);
}

void
_px_window_class_init_quotes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.next-quote", NULL, next_quote_action);
  gtk_widget_class_install_action (widget_class, "win.previous-quote", NULL, previous_quote_action);
  gtk_widget_class_install_action (widget_class, "win.close-quote", NULL, close_quote_action);
}

static void
on_computing_changed (PxWindow *self)
{
  g_assert (PX_IS_WINDOW (self));

  if (!px_window_get_computing (self))
    ensure_index (self, px_window_get_comparison (self));
}

void
_px_window_init_quotes (PxWindow *self)
{
  self->quotes_selected = -1;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-quote", FALSE);
  px_comparison_view_set_cell_decorator (px_window_get_view (self), decorate, self, NULL);
  g_signal_connect (self, "notify::computing", G_CALLBACK (on_computing_changed), NULL);
}
