/* px-window-notes.c: the analyst's notes on rows and quotations
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Note on Row…" (Ctrl+Alt+N) writes a note on the row whose text has
 * the focus, else the current row, else the row at the top of the
 * screen; "Note on Quotation…" (Ctrl+Alt+Q) on the quotation open in the
 * quote panel.  A dialog names what the note is on, so the user sees
 * which row it is.  A noted row shows a badge under its first article's
 * text, a noted quotation one in each article that carries it; the
 * badge's tooltip is the note and clicking it edits the note.  Notes
 * are saved in the .parallax file (px-session.c) and printed in the
 * report beside what they are on (px-report-notes.c).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-cell-view.h"
#include "px-row-model.h"
#include "px-window-private.h"

#define BADGE_CHARS 32
#define HEADING_CHARS 60

PxNotes *
_px_window_get_notes (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->notes;
}

/* What a dialog or a badge shows of a text: its first words. */
static char *
opening (const char *text, guint max_chars)
{
  g_autofree char *flat = g_strdup (text ? text : "");
  glong n;

  g_strdelimit (flat, "\n\t", ' ');
  g_strstrip (flat);
  n = g_utf8_strlen (flat, -1);
  if (n <= (glong) max_chars)
    return g_steal_pointer (&flat);
  *g_utf8_offset_to_pointer (flat, max_chars) = '\0';
  return g_strconcat (flat, "…", NULL);
}

/* ---- The dialog ---- */

typedef struct {
  PxWindow *window;
  PxComparison *comparison;   /* the one the row or group is of */
  int row;                    /* or -1 */
  int group;                  /* or -1 */
  GtkEntry *entry;
} NoteEdit;

static void
note_edit_free (NoteEdit *edit)
{
  g_clear_object (&edit->comparison);
  g_free (edit);
}

static void
on_note_response (AdwMessageDialog *dialog,
                  const char       *response,
                  NoteEdit         *edit)
{
  PxNotes *notes = _px_window_get_notes (edit->window);
  const char *text = NULL;

  if (g_str_equal (response, "save"))
    text = gtk_editable_get_text (GTK_EDITABLE (edit->entry));
  else if (!g_str_equal (response, "remove"))
    return;
  /* The comparison may have been recomputed meanwhile: the note goes on
   * the words it was written for, which the new one finds by words too. */
  if (edit->row >= 0)
    {
      px_notes_set_row (notes, edit->comparison, edit->row, text);
      text = px_notes_get_row (notes, edit->comparison, edit->row);
    }
  else
    {
      const PxQuoteGroup *group = g_ptr_array_index (px_comparison_get_quotes (edit->comparison), edit->group);

      px_notes_set_quote (notes, group, text);
      text = px_notes_get_quote (notes, group);
    }
  px_comparison_view_refresh (edit->window->view);
  /* The quote panel shows the quotation's note too. */
  if (_px_window_get_quote_panel (edit->window))
    px_quote_panel_refresh (_px_window_get_quote_panel (edit->window));
  _px_window_toast (edit->window, text ? _("Note saved") : _("Note removed"));
}

static void
edit_note (PxWindow *self, int row, int group)
{
  PxComparison *cmp = px_comparison_view_get_comparison (self->view);
  PxNotes *notes = _px_window_get_notes (self);
  g_autofree char *about = NULL, *body = NULL;
  const char *current;
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  NoteEdit *edit;

  g_assert (PX_IS_WINDOW (self));

  if (row >= 0)
    {
      const PxCell *cells = px_comparison_get_row (cmp, row);
      g_autofree char *words = NULL;

      for (guint d = 0; d < px_comparison_get_n_documents (cmp) && words == NULL; d++)
        if (cells[d].paragraph >= 0)
          words = px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), cells[d].paragraph);
      about = opening (words, HEADING_CHARS);
      /* Translators: the body of the row note dialog: the row's first words */
      body = g_strdup_printf (_("On the row that begins “%s”"), about);
      current = px_notes_get_row (notes, cmp, row);
    }
  else
    {
      const PxQuoteGroup *g = g_ptr_array_index (px_comparison_get_quotes (cmp), group);
      const PxQuoteOccurrence *occ = &g_array_index (g->occurrences, PxQuoteOccurrence, g->reference);

      about = opening (occ->text, HEADING_CHARS);
      /* Translators: the body of the quotation note dialog: its first words */
      body = g_strdup_printf (_("On the quotation “%s”"), about);
      current = px_notes_get_quote (notes, g);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       row >= 0 ? _("Note on Row") : _("Note on Quotation"), body));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), current ? current : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("What the report should say about it"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (current)
    {
      adw_message_dialog_add_response (dialog, "remove", _("_Remove"));
      adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (dialog, "save", _("_Save Note"));
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  edit = g_new0 (NoteEdit, 1);
  edit->window = self;
  edit->comparison = g_object_ref (cmp);
  edit->row = row;
  edit->group = group;
  edit->entry = GTK_ENTRY (entry);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_note_response), edit,
                         (GClosureNotify) (void (*) (void)) note_edit_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
note_row_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  PxComparison *cmp = px_comparison_view_get_comparison (self->view);
  GListModel *rows = px_comparison_view_get_rows (self->view);
  int position = px_comparison_view_get_place (self->view);

  if (cmp == NULL || rows == NULL || position < 0 || (guint) position >= g_list_model_get_n_items (rows))
    {
      gtk_widget_error_bell (widget);
      _px_window_toast (self, _("Open at least two articles to write notes on their rows"));
      return;
    }
  edit_note (self, px_row_model_get_row (PX_ROW_MODEL (rows), position), -1);
}

static void
note_quote_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  PxComparison *cmp = px_comparison_view_get_comparison (self->view);
  int group = _px_window_get_selected_quote (self);

  if (cmp == NULL || group < 0 || (guint) group >= px_comparison_get_quotes (cmp)->len)
    {
      gtk_widget_error_bell (widget);
      _px_window_toast (self, _("Open a quotation first: click a quote badge, or press Alt+Q"));
      return;
    }
  edit_note (self, -1, group);
}

/* ---- Badges ---- */

static void
on_badge_clicked (GtkButton *button,
                  PxWindow  *self)
{
  int row = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "px-note-row"));
  int group = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "px-note-group"));

  if (px_comparison_view_get_comparison (self->view) != NULL)
    edit_note (self, row - 1, group - 1);
}

static void
add_badge (PxWindow *self, PxCellView *cell, const char *note, int row, int group)
{
  g_autofree char *shown = opening (note, BADGE_CHARS);
  /* Translators: a note badge under a row's text: ✎ and the note's first words */
  g_autofree char *label = g_strdup_printf (_("✎ %s"), shown);
  /* Translators: tooltip of a note badge */
  g_autofree char *tooltip = g_strdup_printf (row >= 0 ? _("Note on this row: %s (click to edit)")
                                                       : _("Note on this quotation: %s (click to edit)"), note);
  GtkWidget *button = gtk_button_new_with_label (label);

  g_assert (PX_IS_WINDOW (self));

  gtk_widget_add_css_class (button, "note-badge");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data (G_OBJECT (button), "px-note-row", GINT_TO_POINTER (row + 1));
  g_object_set_data (G_OBJECT (button), "px-note-group", GINT_TO_POINTER (group + 1));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_badge_clicked), self, 0);
  gtk_box_append (px_cell_view_get_badges (cell), button);
  gtk_widget_set_visible (GTK_WIDGET (px_cell_view_get_badges (cell)), TRUE);
}

static void
decorate (PxComparisonView *view,
          PxCellView       *cell,
          guint             row,
          guint             document,
          gpointer          user_data)
{
  PxWindow *self = user_data;
  PxNotes *notes = _px_window_get_notes (self);
  PxComparison *cmp = px_comparison_view_get_comparison (view);
  const PxCell *cells;
  const char *note;

  if (cmp == NULL || px_notes_get_size (notes) == 0 || row >= px_comparison_get_n_rows (cmp))
    return;
  cells = px_comparison_get_row (cmp, row);
  if (cells[document].paragraph < 0)
    return;

  /* A row's note under its first article's text. */
  note = px_notes_get_row (notes, cmp, row);
  if (note)
    {
      guint first = 0;

      while (cells[first].paragraph < 0)
        first++;
      if (first == document)
        add_badge (self, cell, note, row, -1);
    }

  if (g_hash_table_size (notes->quotes) > 0)
    {
      GPtrArray *groups = px_comparison_get_quotes (cmp);
      const PxParagraph *para = px_document_get_paragraph (px_comparison_get_document (cmp, document),
                                                           cells[document].paragraph);

      for (guint g = 0; groups && g < groups->len; g++)
        {
          const PxQuoteGroup *group = g_ptr_array_index (groups, g);

          note = px_notes_get_quote (notes, group);
          if (note == NULL)
            continue;
          for (guint i = 0; i < group->occurrences->len; i++)
            {
              const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, i);

              if (occ->document == document && occ->start >= para->start && occ->start < para->end)
                {
                  add_badge (self, cell, note, -1, g);
                  break;
                }
            }
        }
    }
}

void
_px_window_class_init_notes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.note-row", NULL, note_row_action);
  gtk_widget_class_install_action (widget_class, "win.note-quote", NULL, note_quote_action);
}

void
_px_window_init_notes (PxWindow *self)
{
  self->notes = px_notes_new ();
  px_comparison_view_add_cell_decorator (self->view, decorate, self);
}
