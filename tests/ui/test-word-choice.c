/* test-word-choice.c: the overview's word-choice table and its marks
 * (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "px-comparison-view.h"
#include "px-window-private.h"
#include "px-word-choice.h"
#include "ui-test.h"

static GtkWidget *
find_by_class (GtkWidget *root, const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (child, css_class))
        return child;
      if ((found = find_by_class (child, css_class)))
        return found;
    }
  return NULL;
}

/* The variant button of the table for @text in @document's column. */
static GtkWidget *
find_variant (GtkWidget *root, PxComparison *cmp, const char *key, guint document)
{
  GPtrArray *sets = px_comparison_get_word_choice (cmp);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect_all (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GObject *button = g_ptr_array_index (buttons, i);
      guint s = GPOINTER_TO_UINT (g_object_get_data (button, "px-word-choice-set"));
      guint v = GPOINTER_TO_UINT (g_object_get_data (button, "px-word-choice-variant"));
      const PxWordChoiceSet *set;

      if (!gtk_widget_has_css_class (GTK_WIDGET (button), "word-choice-variant") ||
          GPOINTER_TO_UINT (g_object_get_data (button, "px-word-choice-document")) != document)
        continue;
      set = g_ptr_array_index (sets, s);
      if (g_str_equal (((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->key, key))
        return GTK_WIDGET (button);
    }
  return NULL;
}

static void
test_table (void)
{
  PxWindow *window = px_window_new (NULL);
  const char *names[] = { "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt" };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  PxComparison *cmp;
  GtkWidget *table, *isil;
  AdwViewStack *stack;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (files, g_file_new_build_filename (g_getenv ("PARALLAX_SAMPLES"), names[i], NULL));
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_wait_idle (window);
  cmp = px_window_get_comparison (window);
  g_assert_nonnull (cmp);

  stack = _px_window_get_view_stack (window);
  adw_view_stack_set_visible_child_name (stack, "overview");
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  table = find_by_class (GTK_WIDGET (window), "word-choice");
  g_assert_nonnull (table);
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (table, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
  }
  ui_test_save_screenshot (window, "word-choice-table");

  /* CNSNews (document 3 here) is the one outlet that writes "ISIL". */
  g_assert_null (find_variant (table, cmp, "isil", 0));
  isil = find_variant (table, cmp, "isil", 3);
  g_assert_nonnull (isil);
  g_signal_emit_by_name (isil, "clicked");
  ui_test_wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "aligned");
  ui_test_save_screenshot (window, "word-choice-marked");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_drain ();
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  if (!ui_test_init_display ())
    return 77;
  g_test_add_func ("/word-choice/table", test_table);
  return g_test_run ();
}
