/* px-word-choice-grid.c: the Overview's table of word-choice sets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-word-choice-grid.h"
#include "px-word-choice.h"

typedef struct {
  PxWordChoiceFunc func;
  gpointer user_data;
} Target;

static void
on_variant_clicked (GtkButton *button, Target *target)
{
  target->func (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "px-word-choice-set")),
                GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "px-word-choice-variant")),
                GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "px-word-choice-document")),
                target->user_data);
}

static GtkWidget *
heading (const char *text, gboolean start, int max_chars)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_chars);
  gtk_label_set_xalign (GTK_LABEL (label), start ? 0.0 : 0.5);
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
set_label (const PxWordChoiceSet *set)
{
  g_autofree char *label = px_word_choice_set_label (set);
  g_autofree char *text = NULL;
  GtkWidget *widget;

  if (set->kind == PX_WORD_CHOICE_ATTRIBUTION)
    /* Translators: a row of the word-choice table: the verbs that
     * introduce quotations; %s is the verbs, joined with " | " */
    text = g_strdup_printf (_("Attribution: %s"), label);
  widget = gtk_label_new (text ? text : label);
  gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (widget), 28);
  gtk_label_set_xalign (GTK_LABEL (widget), 0);
  gtk_widget_set_valign (widget, GTK_ALIGN_START);
  gtk_widget_set_margin_top (widget, 6);
  return widget;
}

static GtkWidget *
cell (const PxWordChoiceSet *set, guint s, guint d, const char *outlet, Target *target)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree guint *order = g_new (guint, MAX (set->variants->len, 1));
  guint n = 0;

  if (set->preferred[d] < 0)
    {
      GtkWidget *none = gtk_label_new ("–");

      gtk_widget_add_css_class (none, "dim-label");
      gtk_widget_set_valign (none, GTK_ALIGN_START);
      gtk_widget_set_margin_top (none, 6);
      gtk_accessible_update_property (GTK_ACCESSIBLE (none), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("uses none of these"), -1);
      return none;
    }
  /* Its most used variant first, then the others by overall use. */
  order[n++] = set->preferred[d];
  for (guint v = 0; v < set->variants->len; v++)
    if ((int) v != set->preferred[d] &&
        ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->counts[d] > 0)
      order[n++] = v;
  for (guint i = 0; i < n; i++)
    {
      const PxWordChoiceVariant *var = g_ptr_array_index (set->variants, order[i]);
      g_autofree char *text = g_strdup_printf ("%s %u", var->text, var->counts[d]);
      /* Translators: a cell of the word-choice table: an outlet, a word or
       * phrase, and how many times the outlet writes it */
      g_autofree char *description = g_strdup_printf (ngettext ("%s writes “%s” %u time: click to see where",
                                                                 "%s writes “%s” %u times: click to see where",
                                                                 var->counts[d]),
                                                      outlet, var->text, var->counts[d]);
      GtkWidget *button = gtk_button_new_with_label (text);
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "word-choice-variant");
      if (GTK_IS_LABEL (label))
        {
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
          if (i == 0)
            gtk_widget_add_css_class (label, "heading");
        }
      gtk_widget_set_tooltip_text (button, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      description, -1);
      g_object_set_data (G_OBJECT (button), "px-word-choice-set", GUINT_TO_POINTER (s));
      g_object_set_data (G_OBJECT (button), "px-word-choice-variant", GUINT_TO_POINTER (order[i]));
      g_object_set_data (G_OBJECT (button), "px-word-choice-document", GUINT_TO_POINTER (d));
      g_signal_connect (button, "clicked", G_CALLBACK (on_variant_clicked), target);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}

GtkWidget *
px_word_choice_grid_new (PxComparison     *cmp,
                         PxWordChoiceFunc  func,
                         gpointer          user_data)
{
  GPtrArray *sets;
  guint n;
  GtkWidget *grid;
  Target *target;

  g_return_val_if_fail (PX_IS_COMPARISON (cmp), NULL);

  sets = px_comparison_get_word_choice (cmp);
  n = px_comparison_get_n_documents (cmp);
  if (sets->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No outlet names things differently from the others."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      return none;
    }

  grid = gtk_grid_new ();
  target = g_new (Target, 1);
  target->func = func;
  target->user_data = user_data;
  g_object_set_data_full (G_OBJECT (grid), "px-target", target, g_free);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_add_css_class (grid, "word-choice");
  /* Translators: the first column head of the word-choice table */
  gtk_grid_attach (GTK_GRID (grid), heading (_("Variants"), TRUE, 28), 0, 0, 1, 1);
  for (guint d = 0; d < n; d++)
    gtk_grid_attach (GTK_GRID (grid),
                     heading (px_document_get_outlet (px_comparison_get_document (cmp, d)), TRUE, 14),
                     d + 1, 0, 1, 1);
  for (guint s = 0; s < sets->len && s < PX_WORD_CHOICE_GRID_MAX_SETS; s++)
    {
      const PxWordChoiceSet *set = g_ptr_array_index (sets, s);

      gtk_grid_attach (GTK_GRID (grid), set_label (set), 0, s + 1, 1, 1);
      for (guint d = 0; d < n; d++)
        gtk_grid_attach (GTK_GRID (grid),
                         cell (set, s, d, px_document_get_outlet (px_comparison_get_document (cmp, d)), target),
                         d + 1, s + 1, 1, 1);
    }
  return grid;
}
