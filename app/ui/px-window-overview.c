/* px-window-overview.c: the window's two views of a comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The aligned columns and the overview (px-overview-page.c) are pages of
 * an AdwViewStack, switched from the header (an AdwViewSwitcherTitle,
 * with a switcher bar at the bottom when the window is narrow).  A
 * figure clicked on the overview shows its place in the columns.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-overview-page.h"
#include "px-row-model.h"
#include "px-window-private.h"

static GtkWidget *
find_descendant (GtkWidget *widget, GType type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_type_is_a (G_OBJECT_TYPE (child), type))
        return child;
      if ((found = find_descendant (child, type)))
        return found;
    }
  return NULL;
}

static void
on_go_to (PxWindow       *self,
          guint           document,
          guint           row,
          PxOverviewPage *page)
{
  GListModel *rows = px_comparison_view_get_rows (self->view);
  PxComparison *cmp = px_comparison_view_get_comparison (self->view);
  guint position = 0, n_rows = cmp ? px_comparison_get_n_rows (cmp) : 0;

  g_assert (PX_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "aligned");
  /* A row hidden as page furniture: the next one shown. */
  while (row < n_rows && !px_row_model_find (PX_ROW_MODEL (rows), row, &position))
    row++;
  if (row >= n_rows)
    return;
  px_comparison_view_show_column (self->view, document);
  px_comparison_view_go_to_position (self->view, position);
}

static void
on_computing (PxWindow *self)
{
  g_assert (PX_IS_WINDOW (self));

  if (!px_window_get_computing (self))
    px_overview_page_set_comparison (self->overview, px_window_get_comparison (self));
}

static gboolean
is_compare_page (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  g_value_set_boolean (to, g_strcmp0 (g_value_get_string (from), "compare") == 0);
  return TRUE;
}

void
_px_window_init_overview (PxWindow *self)
{
  GtkWidget *columns = gtk_stack_get_child_by_name (self->stack, "compare");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = find_descendant (GTK_WIDGET (self), ADW_TYPE_HEADER_BAR);
  AdwViewStackPage *page;
  AdwViewSwitcherTitle *title;
  AdwViewSwitcherBar *bar;

  self->view_stack = ADW_VIEW_STACK (adw_view_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->view_stack), TRUE);
  self->overview = PX_OVERVIEW_PAGE (px_overview_page_new ());

  g_object_ref (columns);
  gtk_stack_remove (self->stack, columns);
  /* Translators: the view of the articles side by side */
  page = adw_view_stack_add_titled (self->view_stack, columns, "aligned", _("Aligned"));
  adw_view_stack_page_set_icon_name (page, "view-dual-symbolic");
  g_object_unref (columns);
  /* Translators: the view of the comparison at a glance */
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->overview), "overview", _("Overview"));
  adw_view_stack_page_set_icon_name (page, "view-grid-symbolic");

  bar = ADW_VIEW_SWITCHER_BAR (adw_view_switcher_bar_new ());
  adw_view_switcher_bar_set_stack (bar, self->view_stack);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->view_stack));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (bar));
  gtk_stack_add_named (self->stack, box, "compare");

  title = ADW_VIEW_SWITCHER_TITLE (adw_view_switcher_title_new ());
  adw_view_switcher_title_set_stack (title, self->view_stack);
  g_object_bind_property (self, "title", title, "title", G_BINDING_SYNC_CREATE);
  /* The switcher only when there is a comparison to switch views of. */
  g_object_bind_property_full (self->stack, "visible-child-name", title, "view-switcher-enabled",
                               G_BINDING_SYNC_CREATE, is_compare_page, NULL, NULL, NULL);
  g_object_bind_property (title, "title-visible", bar, "reveal", G_BINDING_SYNC_CREATE);
  if (header)
    adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (title));

  g_signal_connect_object (self->overview, "go-to", G_CALLBACK (on_go_to), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::computing", G_CALLBACK (on_computing), NULL);
  _px_window_init_word_choice (self);
}

/**
 * _px_window_get_view_stack:
 *
 * Returns: (transfer none): the pages "aligned" and "overview"
 */
AdwViewStack *
_px_window_get_view_stack (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->view_stack;
}
