/* px-window-search.c: find words in all the columns
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ctrl+F opens a search bar above the columns.  Every paragraph shown
 * that holds the words (case does not count) is a match; Enter, Ctrl+G
 * and the arrows go to the next one (Shift for the previous), row by
 * row and in each row column by column, round the end.  The words are
 * highlighted in every cell on screen, through a cell decorator, and the
 * cell of the current match is outlined.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-diff-marks.h"
#include "px-row-model.h"
#include "px-window-private.h"

typedef struct {
  guint position;   /* in the view's rows */
  guint document;
} Match;

/* --- matching ------------------------------------------------------------- */

/* Byte ranges (pairs of guint) of @needle in @text, case not counting. */
static GArray *
find_in (const char *text, const gunichar *needle, glong needle_len)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint));

  if (text == NULL || needle_len == 0)
    return ranges;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      const char *q = p;
      glong i;

      for (i = 0; i < needle_len && *q; i++, q = g_utf8_next_char (q))
        if (g_unichar_tolower (g_utf8_get_char (q)) != needle[i])
          break;
      if (i == needle_len)
        {
          guint range[2] = { p - text, q - text };

          g_array_append_vals (ranges, range, 2);
          p = g_utf8_prev_char (q);   /* on past the match */
        }
    }
  return ranges;
}

static gboolean
contains (const char *text, const gunichar *needle, glong needle_len)
{
  g_autoptr(GArray) ranges = find_in (text, needle, needle_len);

  return ranges->len > 0;
}

static void
update_count (PxWindow *self)
{
  g_autofree char *text = NULL;

  g_assert (PX_IS_WINDOW (self));

  if (self->search_needle == NULL)
    text = g_strdup ("");
  else if (self->search_matches->len == 0)
    text = g_strdup (_("No matches"));
  else if (self->search_current < 0)
    /* Translators: paragraphs that hold the words searched for */
    text = g_strdup_printf (g_dngettext (NULL, "%u paragraph", "%u paragraphs", self->search_matches->len),
                            self->search_matches->len);
  else
    /* Translators: the match shown, of the paragraphs that hold the words */
    text = g_strdup_printf (_("%d of %u"), self->search_current + 1, self->search_matches->len);
  gtk_label_set_text (self->search_count, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-next", self->search_matches->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-previous", self->search_matches->len > 0);
}

static void
collect_matches (PxWindow *self)
{
  PxComparisonView *view = px_window_get_view (self);
  PxComparison *cmp = px_comparison_view_get_comparison (view);
  GListModel *rows = px_comparison_view_get_rows (view);
  guint n_rows = g_list_model_get_n_items (rows);
  guint n_docs = cmp ? px_comparison_get_n_documents (cmp) : 0;

  g_assert (PX_IS_WINDOW (self));

  g_array_set_size (self->search_matches, 0);
  self->search_current = -1;
  if (self->search_needle == NULL || cmp == NULL)
    return;
  for (guint pos = 0; pos < n_rows; pos++)
    {
      g_autoptr(PxRowItem) item = g_list_model_get_item (rows, pos);
      const PxCell *cells = px_comparison_get_row (cmp, px_row_item_get_row (item));

      for (guint d = 0; d < n_docs; d++)
        {
          g_autofree char *text = NULL;

          if (cells[d].paragraph < 0)
            continue;
          text = px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), cells[d].paragraph);
          if (contains (text, self->search_needle, self->search_needle_len))
            {
              Match m = { pos, d };

              g_array_append_val (self->search_matches, m);
            }
        }
    }
}

static void
go_to_current (PxWindow *self)
{
  PxComparisonView *view = px_window_get_view (self);
  Match *m;

  g_assert (PX_IS_WINDOW (self));

  if (self->search_current >= 0)
    {
      m = &g_array_index (self->search_matches, Match, self->search_current);
      px_comparison_view_show_column (view, m->document);
      px_comparison_view_go_to_position (view, m->position);
    }
  px_comparison_view_refresh (view);
  update_count (self);
}

static void
step (PxWindow *self, int direction)
{
  guint n = self->search_matches->len;

  g_assert (PX_IS_WINDOW (self));

  if (n == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (self->search_current < 0)
    self->search_current = direction > 0 ? 0 : (int) n - 1;
  else
    self->search_current = ((int) n + self->search_current + direction) % (int) n;
  go_to_current (self);
}

/* The first match at or below the row the reader is at. */
static void
start_from_current_row (PxWindow *self)
{
  int here = px_comparison_view_get_current (px_window_get_view (self));

  g_assert (PX_IS_WINDOW (self));

  self->search_current = self->search_matches->len > 0 ? 0 : -1;
  for (guint i = 0; i < self->search_matches->len; i++)
    if ((int) g_array_index (self->search_matches, Match, i).position >= here)
      {
        self->search_current = i;
        break;
      }
}

static void
set_needle (PxWindow *self, const char *text)
{
  g_assert (PX_IS_WINDOW (self));

  g_clear_pointer (&self->search_needle, g_free);
  self->search_needle_len = 0;
  if (text && *text)
    {
      g_autofree char *lower = g_utf8_strdown (text, -1);

      self->search_needle = g_utf8_to_ucs4_fast (lower, -1, &self->search_needle_len);
    }
}

/* --- highlighting --------------------------------------------------------- */

static void
decorate (PxComparisonView *view,
          PxCellView       *cell,
          guint             row,
          guint             document,
          gpointer          user_data)
{
  PxWindow *self = user_data;
  g_autoptr(GArray) ranges = NULL;
  g_autoptr(PangoAttrList) attrs = NULL;
  gboolean current = FALSE;

  if (self->search_current >= 0)
    {
      Match *m = &g_array_index (self->search_matches, Match, self->search_current);
      guint position;

      current = m->document == document &&
                px_row_model_find (PX_ROW_MODEL (px_comparison_view_get_rows (view)), row, &position) &&
                position == m->position;
    }
  if (current)
    gtk_widget_add_css_class (GTK_WIDGET (cell), "search-current");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (cell), "search-current");
  if (self->search_needle == NULL)
    return;
  ranges = find_in (px_cell_view_get_text (cell), self->search_needle, self->search_needle_len);
  if (ranges->len == 0)
    return;
  attrs = pango_attr_list_new ();
  for (guint i = 0; i < ranges->len; i += 2)
    px_search_marks_add (attrs, g_array_index (ranges, guint, i), g_array_index (ranges, guint, i + 1));
  /* Over the diff's and the quotations' marks: a match must show. */
  px_cell_view_add_attributes (cell, attrs, TRUE);
}

/* --- the bar -------------------------------------------------------------- */

static void
on_search_changed (PxWindow *self, GtkSearchEntry *entry)
{
  g_assert (PX_IS_WINDOW (self));

  set_needle (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
  collect_matches (self);
  start_from_current_row (self);
  go_to_current (self);
}

static void
on_rows_changed (PxWindow *self)
{
  g_assert (PX_IS_WINDOW (self));

  /* A new comparison or furniture shown: the same words, other places. */
  if (self->search_needle == NULL)
    return;
  collect_matches (self);
  update_count (self);
}

static void
on_stop (PxWindow *self)
{
  g_assert (PX_IS_WINDOW (self));

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_search_mode (PxWindow *self)
{
  GtkWidget *focus;

  g_assert (PX_IS_WINDOW (self));

  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;
  /* Closed: the keyboard goes back to the columns (a hidden entry
   * keeping the focus outlived its window in GTK 4.8), and no highlights
   * are left behind. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)))
    gtk_widget_grab_focus (px_comparison_view_get_rows_widget (px_window_get_view (self)));
  set_needle (self, NULL);
  collect_matches (self);
  go_to_current (self);
}

static gboolean
on_entry_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              PxWindow              *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK))
    {
      step (self, -1);
      return TRUE;
    }
  return FALSE;
}

static void
find_next_action_cb (PxWindow *self)
{
  g_assert (PX_IS_WINDOW (self));

  step (self, 1);
}

static void
find_previous_action_cb (PxWindow *self)
{
  g_assert (PX_IS_WINDOW (self));

  step (self, -1);
}

static void
find_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  PxWindow *self = PX_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
find_next_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  step (PX_WINDOW (widget), 1);
}

static void
find_previous_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  step (PX_WINDOW (widget), -1);
}

void
_px_window_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_previous_action);
}

static GtkWidget *
nav_button (const char *icon, const char *action, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

/* GTK 4.8's search bar gives its close button no name for screen
 * readers: the one icon-only button of the bar that is not ours. */
static void
label_close_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_actionable_get_action_name (GTK_ACTIONABLE (child)) == NULL)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Close Search"), -1);
          gtk_widget_set_tooltip_text (child, _("Close Search (Escape)"));
        }
      else
        label_close_button (child);
    }
}

/**
 * _px_window_init_search:
 * @box: the window's column of bars, @after the widget to put the bar below
 */
void
_px_window_init_search (PxWindow  *self,
                        GtkWidget *after)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->search_matches = g_array_new (FALSE, FALSE, sizeof (Match));
  self->search_current = -1;
  self->search_bar = GTK_SEARCH_BAR (gtk_search_bar_new ());
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  self->search_count = GTK_LABEL (gtk_label_new (NULL));

  gtk_widget_set_size_request (GTK_WIDGET (self->search_entry), 280, -1);
  g_object_set (self->search_entry, "placeholder-text", _("Find in all articles"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find in all articles"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->search_count), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->search_count), "numeric");
  gtk_label_set_width_chars (self->search_count, 10);
  gtk_widget_add_css_class (buttons, "linked");
  gtk_box_append (GTK_BOX (buttons), nav_button ("go-up-symbolic", "win.find-previous",
                                                 _("Previous Match (Shift+Enter)")));
  gtk_box_append (GTK_BOX (buttons), nav_button ("go-down-symbolic", "win.find-next",
                                                 _("Next Match (Enter)")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_count));
  gtk_search_bar_set_child (self->search_bar, box);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_show_close_button (self->search_bar, TRUE);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (after)), GTK_WIDGET (self->search_bar), after);
  label_close_button (GTK_WIDGET (self->search_bar));

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (find_next_action_cb), self);
  g_signal_connect_swapped (self->search_entry, "next-match", G_CALLBACK (find_next_action_cb), self);
  g_signal_connect_swapped (self->search_entry, "previous-match", G_CALLBACK (find_previous_action_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (on_stop), self);
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (on_search_mode), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  g_signal_connect_swapped (px_comparison_view_get_rows (self->view), "items-changed",
                            G_CALLBACK (on_rows_changed), self);
  px_comparison_view_add_cell_decorator (self->view, decorate, self);
  update_count (self);
}

void
_px_window_dispose_search (PxWindow *self)
{
  if (self->search_matches == NULL)
    return;
  if (self->view)
    {
      px_comparison_view_remove_cell_decorator (self->view, decorate, self);
      g_signal_handlers_disconnect_by_func (px_comparison_view_get_rows (self->view), on_rows_changed, self);
    }
  g_clear_pointer (&self->search_needle, g_free);
  g_clear_pointer (&self->search_matches, g_array_unref);
}

GtkSearchEntry *
_px_window_get_search_entry (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->search_entry;
}

/**
 * _px_window_get_search_position:
 * @n_matches: (out) (optional): how many paragraphs match
 * @document: (out) (optional): the current match's article
 *
 * Returns: the current match's place in the view's rows, or -1
 */
int
_px_window_get_search_position (PxWindow *self,
                                guint    *n_matches,
                                guint    *document)
{
  Match *m;

  g_return_val_if_fail (PX_IS_WINDOW (self), -1);

  if (n_matches)
    *n_matches = self->search_matches->len;
  if (self->search_current < 0)
    return -1;
  m = &g_array_index (self->search_matches, Match, self->search_current);
  if (document)
    *document = m->document;
  return m->position;
}
