/* test-header.c: what a column's header says about its article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "px-article-header.h"

static gboolean
shows_label (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

static void
test_page_metadata (void)
{
  g_autoptr(PxDocument) doc = px_document_new ("Skip to content\n\nThe first line of the text.\n", -1, "Site");
  GtkWidget *header;

  px_document_set_headline (doc, "The page's own headline");
  px_document_set_date (doc, "2014-06-19");
  header = g_object_ref_sink (px_article_header_new (doc));
  g_assert_true (shows_label (header, "The page's own headline"));
  g_assert_true (shows_label (header, "2014-06-19"));
  g_object_unref (header);
}

static void
test_plain_text (void)
{
  g_autoptr(PxDocument) doc = px_document_new ("Skip to content\n\nHeadline from the text\n\nBody.\n", -1, "Site");
  GtkWidget *header = g_object_ref_sink (px_article_header_new (doc));

  /* No metadata: the first line past the page furniture, and no date. */
  g_assert_true (shows_label (header, "Headline from the text"));
  g_assert_false (shows_label (header, "2014-06-19"));
  g_object_unref (header);
}

static GtkWidget *
find_type (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found)
        return found;
    }
  return NULL;
}

/* The column menu is read when it first opens, not with the header:
 * it must still open, with every item, and be there the next time. */
static void
test_column_menu (void)
{
  g_autoptr(PxDocument) doc = px_document_new ("Headline\n\nBody.\n", -1, "Site");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *header = px_article_header_new (doc);
  GtkWidget *button;
  GtkPopover *popover;
  GMenuModel *menu;
  guint items = 0;

  gtk_window_set_child (GTK_WINDOW (window), header);
  gtk_window_present (GTK_WINDOW (window));
  button = find_type (header, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (menu);
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      items += g_menu_model_get_n_items (section);
    }
  g_assert_cmpuint (items, ==, 6);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  g_assert_true (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)) == popover);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_message ("no display: run under xvfb-run");
      return 77;
    }
  adw_init ();

  g_test_add_func ("/header/page-metadata", test_page_metadata);
  g_test_add_func ("/header/plain-text", test_plain_text);
  g_test_add_func ("/header/column-menu", test_column_menu);

  return g_test_run ();
}
