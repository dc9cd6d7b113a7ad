/* px-quote-panel.c: one quotation across the articles
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Beside the columns: the quotation as its longest version has it, who
 * said it, and every article under one of four headings: carried whole,
 * trimmed, altered, not carried.  A trimmed or altered version shows its
 * word diff against the longest one with the marks the cells use, so
 * that a reader sees at once which words an outlet cut or changed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-diff-marks.h"
#include "px-notes.h"
#include "px-quote-panel.h"
#include "px-quote-source.h"
#include "px-speaker-corrections.h"

struct _PxQuotePanel
{
  GtkWidget parent_instance;

  GtkLabel *title;
  GtkWidget *content;          /* rebuilt for every quotation */

  PxComparison *comparison;
  int group;
  guint place, n_places;
  char *speaker;
  double speaker_confidence;
  GtkWidget *speaker_entry;    /* while the speaker is being corrected */
  const PxNotes *notes;        /* the window's; NULL: none */
  const char *note;            /* the note shown, owned by notes */
};

G_DEFINE_FINAL_TYPE (PxQuotePanel, px_quote_panel, GTK_TYPE_WIDGET)

enum {
  SPEAKER_CORRECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The order of the sections, and each one's heading. */
static const PxQuoteCoverage section_order[] = {
  PX_QUOTE_WHOLE, PX_QUOTE_TRIMMED, PX_QUOTE_ALTERED, PX_QUOTE_ABSENT,
};

static const char *
section_heading (PxQuoteCoverage coverage)
{
  switch (coverage)
    {
    case PX_QUOTE_WHOLE:
      /* Translators: heading of the articles that quote the words in full */
      return _("Carried whole");
    case PX_QUOTE_TRIMMED:
      /* Translators: heading of the articles that quote only part of it */
      return _("Trimmed");
    case PX_QUOTE_ALTERED:
      /* Translators: heading of the articles that quote it with words changed */
      return _("Altered");
    case PX_QUOTE_ABSENT:
    default:
      /* Translators: heading of the articles that do not quote it */
      return _("Not carried");
    }
}

static const char *
section_class (PxQuoteCoverage coverage)
{
  switch (coverage)
    {
    case PX_QUOTE_WHOLE:
      return "whole";
    case PX_QUOTE_TRIMMED:
      return "trimmed";
    case PX_QUOTE_ALTERED:
      return "altered";
    case PX_QUOTE_ABSENT:
    default:
      return "absent";
    }
}

static GtkWidget *
wrapped_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* An article's name in the panel: its outlet, with its column number
 * when two articles come from the same outlet. */
static char *
outlet_name (PxComparison *cmp, guint d)
{
  guint n = px_comparison_get_n_documents (cmp);
  const char *outlet = px_document_get_outlet (px_comparison_get_document (cmp, d));

  for (guint i = 0; i < n; i++)
    if (i != d && g_strcmp0 (outlet, px_document_get_outlet (px_comparison_get_document (cmp, i))) == 0)
      /* Translators: an outlet's name and the number of its column, e.g. "CNN (column 2)" */
      return g_strdup_printf (_("%s (column %u)"), outlet, d + 1);
  return g_strdup (outlet);
}

/* One version's words against the reference version's, marked. */
static GtkWidget *
version_diff (const PxQuoteOccurrence *ref, const PxQuoteOccurrence *occ,
              const PxMarkPalette *palette)
{
  PxDiffOptions options = { .flags = PX_QUOTE_PANEL_DIFF_FLAGS };
  g_autoptr(GArray) ops = px_diff (ref->text, strlen (ref->text), occ->text, strlen (occ->text), &options);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *shown = px_diff_marks_render (ref->text, occ->text, ops, TRUE, palette, attrs);
  GtkWidget *label = wrapped_label (shown, "quote-diff");

  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  return label;
}

static GtkWidget *
outlet_entry (PxComparison *cmp, const PxQuoteGroup *group, guint d,
              const PxMarkPalette *palette)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *name = outlet_name (cmp, d);
  const PxQuoteOccurrence *ref = &g_array_index (group->occurrences, PxQuoteOccurrence, group->reference);
  GtkWidget *label = wrapped_label (name, "quote-outlet");

  gtk_box_append (GTK_BOX (box), label);
  if (group->coverage[d] != PX_QUOTE_TRIMMED && group->coverage[d] != PX_QUOTE_ALTERED)
    return box;
  for (guint i = 0; i < group->occurrences->len; i++)
    {
      const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, i);

      if (occ->document == d)
        gtk_box_append (GTK_BOX (box), version_diff (ref, occ, palette));
    }
  return box;
}

static GtkWidget *
section (PxComparison *cmp, const PxQuoteGroup *group, PxQuoteCoverage coverage,
         const PxMarkPalette *palette)
{
  GtkWidget *box;
  g_autofree char *heading = NULL;
  guint count = 0;

  /* A primary source is what was said, not an outlet that carries or
   * leaves out a quotation: px_quote_source_section() covers it. */
  for (guint d = 0; d < group->n_documents; d++)
    count += group->coverage[d] == coverage && px_comparison_is_outlet (cmp, d);
  if (count == 0)
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "quote-section");
  gtk_widget_add_css_class (box, section_class (coverage));
  /* Plus one: PX_QUOTE_ABSENT is 0. */
  g_object_set_data (G_OBJECT (box), "px-coverage", GUINT_TO_POINTER (coverage + 1));
  /* Translators: a section heading and how many articles it lists, e.g. "Trimmed (2)" */
  heading = g_strdup_printf (_("%s (%u)"), section_heading (coverage), count);
  gtk_box_append (GTK_BOX (box), wrapped_label (heading, "heading"));
  for (guint d = 0; d < group->n_documents; d++)
    if (group->coverage[d] == coverage && px_comparison_is_outlet (cmp, d))
      gtk_box_append (GTK_BOX (box), outlet_entry (cmp, group, d, palette));
  return box;
}

/* The speaker typed in: the whole group's, "" for no one named. */
static void
on_speaker_entry_activate (PxQuotePanel *self, GtkEntry *entry)
{
  g_autofree char *speaker = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  g_assert (PX_IS_QUOTE_PANEL (self));

  if (self->group < 0)
    return;
  g_signal_emit (self, signals[SPEAKER_CORRECTED], 0, (guint) self->group, speaker);
}

static void
on_correct_clicked (PxQuotePanel *self, GtkButton *button)
{
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (button));

  g_assert (PX_IS_QUOTE_PANEL (self));

  gtk_widget_set_visible (gtk_widget_get_first_child (row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (button), FALSE);
  gtk_widget_set_visible (self->speaker_entry, TRUE);
  gtk_widget_grab_focus (self->speaker_entry);
}

/* "Speaker: …", a button to correct it, and the entry that does. */
static GtkWidget *
speaker_row (PxQuotePanel *self, const char *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = wrapped_label (text, "quote-speaker");
  GtkWidget *button = gtk_button_new_from_icon_name ("document-edit-symbolic");
  /* Translators: tooltip of the button beside a quotation's speaker */
  const char *tip = _("Correct the speaker of this quotation in every article");

  g_assert (PX_IS_QUOTE_PANEL (self));

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_correct_clicked), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (row), button);

  self->speaker_entry = gtk_entry_new ();
  gtk_widget_set_hexpand (self->speaker_entry, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->speaker_entry), self->speaker ? self->speaker : "");
  /* Translators: placeholder of the entry that corrects a quotation's speaker */
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->speaker_entry), _("Who said it (empty: no one named)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->speaker_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Speaker"), -1);
  gtk_widget_set_visible (self->speaker_entry, FALSE);
  g_signal_connect_object (self->speaker_entry, "activate", G_CALLBACK (on_speaker_entry_activate),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (row), self->speaker_entry);
  return row;
}

/* The analyst's note on the quotation, as the report prints it, and a
 * button that writes or edits it (the window's "Note on Quotation…"). */
static GtkWidget *
note_row (PxQuotePanel *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button;
  /* Translators: tooltip of the button beside a quotation's note in the quote panel */
  const char *tip = self->note ? _("Edit the note on this quotation") : _("Write a note on this quotation for the report");

  g_assert (PX_IS_QUOTE_PANEL (self));

  gtk_widget_add_css_class (row, "quote-note");
  if (self->note)
    {
      /* Translators: the analyst's note on a quotation, in the quote panel */
      g_autofree char *text = g_strdup_printf (_("Note: %s"), self->note);
      GtkWidget *label = wrapped_label (text, "quote-note-text");

      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (row), label);
      button = gtk_button_new_from_icon_name ("document-edit-symbolic");
    }
  else
    {
      /* Translators: a button in the quote panel */
      button = gtk_button_new_with_mnemonic (_("Add _Note…"));
    }
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.note-quote");
  gtk_box_append (GTK_BOX (row), button);
  return row;
}

static void
rebuild (PxQuotePanel *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const PxQuoteGroup *group;
  const PxQuoteOccurrence *ref;
  PxMarkPalette palette;
  GtkWidget *box = self->content;
  GtkWidget *child;
  g_autofree char *quoted = NULL;
  g_autofree char *speaker = NULL;
  g_autofree char *carried = NULL;
  g_autofree char *title = NULL;
  guint n_carried = 0, n_outlets = 0;

  g_assert (PX_IS_QUOTE_PANEL (self));

  /* The speaker entry may hold the focus: let go of it before it goes,
   * or the scrolled window looks for a focus child that is gone. */
  if (gtk_widget_get_root (box))
    {
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (box));

      if (focus && gtk_widget_is_ancestor (focus, box))
        gtk_root_set_focus (gtk_widget_get_root (box), NULL);
    }
  self->speaker_entry = NULL;
  self->note = NULL;
  while ((child = gtk_widget_get_first_child (box)))
    gtk_box_remove (GTK_BOX (box), child);
  if (self->comparison == NULL || self->group < 0)
    return;

  group = g_ptr_array_index (px_comparison_get_quotes (self->comparison), self->group);
  self->note = self->notes ? px_notes_get_quote (self->notes, group) : NULL;
  ref = &g_array_index (group->occurrences, PxQuoteOccurrence, group->reference);
  px_mark_palette_init (&palette, adw_style_manager_get_dark (style),
                        adw_style_manager_get_high_contrast (style));

  /* Translators: the panel's title: which quotation of how many */
  title = g_strdup_printf (_("Quote %u of %u"), self->place + 1, self->n_places);
  gtk_label_set_text (self->title, title);

  /* Translators: a quotation shown in quotation marks */
  quoted = g_strdup_printf (_("“%s”"), ref->text);
  gtk_box_append (GTK_BOX (box), wrapped_label (quoted, "quote-text"));
  gtk_label_set_selectable (GTK_LABEL (gtk_widget_get_last_child (box)), TRUE);

  if (self->speaker)
    {
      g_autofree char *shown = px_speaker_shown (self->speaker, self->speaker_confidence);

      /* Translators: who said the quotation */
      speaker = g_strdup_printf (_("Speaker: %s"), shown);
    }
  else
    speaker = g_strdup (_("Speaker: not named in the articles"));
  gtk_box_append (GTK_BOX (box), speaker_row (self, speaker));
  gtk_box_append (GTK_BOX (box), note_row (self));

  for (guint d = 0; d < group->n_documents; d++)
    if (px_comparison_is_outlet (self->comparison, d))
      {
        n_outlets++;
        n_carried += group->carried[d] != 0;
      }
  /* Translators: how many of the articles quote it */
  carried = g_strdup_printf (ngettext ("Quoted by %u of %u article", "Quoted by %u of %u articles",
                                       n_outlets),
                             n_carried, n_outlets);
  gtk_box_append (GTK_BOX (box), wrapped_label (carried, "dim-label"));
  {
    g_autofree char *base = outlet_name (self->comparison, ref->document);
    /* Translators: %s is an outlet: the version of a quotation that the
     * others' word differences are shown against */
    g_autofree char *against = g_strdup_printf (_("Trimmed and altered versions are marked against %s’s, "
                                                  "the longest version."), base);
    GtkWidget *label = wrapped_label (against, "dim-label");

    gtk_widget_add_css_class (label, "quote-diff-base");
    gtk_box_append (GTK_BOX (box), label);
  }

  for (guint i = 0; i < G_N_ELEMENTS (section_order); i++)
    {
      GtkWidget *s = section (self->comparison, group, section_order[i], &palette);

      if (s)
        gtk_box_append (GTK_BOX (box), s);
    }
  /* With a primary source: each version against what was said. */
  if ((child = px_quote_source_section (self->comparison, self->group, &palette)))
    gtk_box_append (GTK_BOX (box), child);
}

static void
px_quote_panel_dispose (GObject *object)
{
  PxQuotePanel *self = (PxQuotePanel *) object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->comparison);
  G_OBJECT_CLASS (px_quote_panel_parent_class)->dispose (object);
}

static void
px_quote_panel_finalize (GObject *object)
{
  PxQuotePanel *self = (PxQuotePanel *) object;

  g_free (self->speaker);
  G_OBJECT_CLASS (px_quote_panel_parent_class)->finalize (object);
}

static void
px_quote_panel_class_init (PxQuotePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_quote_panel_dispose;
  object_class->finalize = px_quote_panel_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quotepanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /**
   * PxQuotePanel::speaker-corrected:
   * @group: the quotation group shown
   * @speaker: the speaker the user gave, "" for no one named
   *
   * The user corrected the speaker of the whole group.
   */
  signals[SPEAKER_CORRECTED] = g_signal_new ("speaker-corrected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);
}

static GtkWidget *
header_button (const char *icon, const char *action, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static void
px_quote_panel_init (PxQuotePanel *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *header, *scroller;

  self->group = -1;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_size_request (GTK_WIDGET (self), 340, -1);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (header, "quote-panel-header");
  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "heading");
  gtk_label_set_xalign (self->title, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (header), header_button ("go-up-symbolic", "win.previous-quote",
                                                   _("Previous quote (Alt+Shift+Q)")));
  gtk_box_append (GTK_BOX (header), header_button ("go-down-symbolic", "win.next-quote",
                                                   _("Next quote (Alt+Q)")));
  gtk_box_append (GTK_BOX (header), header_button ("window-close-symbolic", "win.close-quote",
                                                   _("Close the quote panel (Escape)")));
  gtk_widget_set_parent (header, GTK_WIDGET (self));
  gtk_widget_set_parent (gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), GTK_WIDGET (self));

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (self->content, "quote-panel-content");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->content);
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));

  g_signal_connect_object (style, "notify::dark", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
}

GtkWidget *
px_quote_panel_new (void)
{
  return g_object_new (PX_TYPE_QUOTE_PANEL, NULL);
}

/**
 * px_quote_panel_show_group:
 * @group: index into px_comparison_get_quotes (@comparison)
 * @place: where it stands among the quotations the reader steps through
 * @n_places: how many those are
 */
void
px_quote_panel_show_group (PxQuotePanel *self,
                           PxComparison *comparison,
                           guint         group,
                           guint         place,
                           guint         n_places)
{
  const PxQuoteGroup *g;

  g_return_if_fail (PX_IS_QUOTE_PANEL (self));
  g_return_if_fail (PX_IS_COMPARISON (comparison));
  g_return_if_fail (group < px_comparison_get_quotes (comparison)->len);

  g_set_object (&self->comparison, comparison);
  self->group = group;
  self->place = place;
  self->n_places = n_places;
  g = g_ptr_array_index (px_comparison_get_quotes (comparison), group);
  g_free (self->speaker);
  self->speaker = g_strdup (g->speaker);
  self->speaker_confidence = g->speaker_confidence;
  rebuild (self);
}

int
px_quote_panel_get_group (PxQuotePanel *self)
{
  g_return_val_if_fail (PX_IS_QUOTE_PANEL (self), -1);

  return self->group;
}

/**
 * px_quote_panel_get_speaker:
 *
 * Returns: (nullable): the speaker shown, or %NULL when none is named
 */
const char *
px_quote_panel_get_speaker (PxQuotePanel *self)
{
  g_return_val_if_fail (PX_IS_QUOTE_PANEL (self), NULL);

  return self->speaker;
}

/**
 * px_quote_panel_correct_speaker:
 * @speaker: who said the quotation, "" for no one named
 *
 * Does what typing @speaker in the panel's speaker entry does.
 */
void
px_quote_panel_correct_speaker (PxQuotePanel *self,
                                const char   *speaker)
{
  g_return_if_fail (PX_IS_QUOTE_PANEL (self));
  g_return_if_fail (speaker != NULL);

  if (self->speaker_entry == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->speaker_entry), speaker);
  g_signal_emit_by_name (self->speaker_entry, "activate");
}

/**
 * px_quote_panel_dup_outlets:
 *
 * The articles the panel lists under one heading, as shown (for tests
 * and for assistive technology checks).
 *
 * Returns: (transfer full): a %NULL-terminated array of names
 */
char **
px_quote_panel_dup_outlets (PxQuotePanel    *self,
                            PxQuoteCoverage  coverage)
{
  GStrvBuilder *builder;
  char **names;

  g_return_val_if_fail (PX_IS_QUOTE_PANEL (self), NULL);

  builder = g_strv_builder_new ();
  for (GtkWidget *s = gtk_widget_get_first_child (self->content); s; s = gtk_widget_get_next_sibling (s))
    {
      if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (s), "px-coverage")) != (guint) coverage + 1)
        continue;
      for (GtkWidget *entry = gtk_widget_get_first_child (s); entry; entry = gtk_widget_get_next_sibling (entry))
        if (GTK_IS_BOX (entry))
          g_strv_builder_add (builder, gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (entry))));
    }
  names = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return names;
}

void
px_quote_panel_set_notes (PxQuotePanel  *self,
                          const PxNotes *notes)
{
  g_return_if_fail (PX_IS_QUOTE_PANEL (self));

  self->notes = notes;
}

void
px_quote_panel_refresh (PxQuotePanel *self)
{
  g_return_if_fail (PX_IS_QUOTE_PANEL (self));

  rebuild (self);
}

/**
 * px_quote_panel_get_note:
 *
 * Returns: (nullable): the note on the quotation shown, as the panel shows it
 */
const char *
px_quote_panel_get_note (PxQuotePanel *self)
{
  g_return_val_if_fail (PX_IS_QUOTE_PANEL (self), NULL);

  return self->note;
}
