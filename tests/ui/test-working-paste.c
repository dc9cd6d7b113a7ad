/* test-working-paste.c: adding an article to the window by pasting text or
 * dropping it (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "px-appearance.h"
#include "px-compare.h"
#include "px-overview-page.h"
#include "px-preferences-window.h"
#include "px-row-model.h"
#include "px-session.h"
#include "px-window-private.h"
#include "ui-test.h"

static void
paste (PxWindow *window, const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));
  ui_test_wait_idle (window);
}

static void
test_paste (void)
{
  const char *article =
    "Officials said on Tuesday that the bridge would reopen next week.\n\n"
    "The repairs cost more than expected, a spokesman said.\n";
  PxWindow *window = ui_test_open_samples_fresh (2);
  PxDocument *pasted;
  const char *text;

  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_v, GDK_CONTROL_MASK),
                   ==, "win.paste-article");

  paste (window, article);
  g_assert_cmpuint (ui_test_n_documents (window), ==, 3);
  pasted = ui_test_nth_document (window, 2);
  g_assert_cmpstr (px_document_get_outlet (pasted), ==, "Pasted 1");
  text = px_document_get_text (pasted, NULL);
  g_assert_nonnull (strstr (text, "bridge would reopen"));
  g_assert_cmpuint (px_document_get_n_paragraphs (pasted), ==, 2);
  g_assert_nonnull (px_window_get_comparison (window));
  g_assert_cmpuint (px_comparison_get_n_documents (px_window_get_comparison (window)), ==, 3);

  /* The next one is numbered on; white space alone is no article. */
  paste (window, "<html><head><title>Bridge</title></head><body><article>"
                 "<p>The bridge reopens next week, officials said.</p>"
                 "<p>Repairs ran over budget.</p></article></body></html>");
  g_assert_cmpuint (ui_test_n_documents (window), ==, 4);
  pasted = ui_test_nth_document (window, 3);
  g_assert_cmpstr (px_document_get_outlet (pasted), ==, "Pasted 2");
  /* Pasted HTML is read as a page: no tags in the text. */
  g_assert_null (strstr (px_document_get_text (pasted, NULL), "<p>"));
  g_assert_nonnull (strstr (px_document_get_text (pasted, NULL), "Repairs ran over budget."));

  paste (window, "  \n\t ");
  g_assert_cmpuint (ui_test_n_documents (window), ==, 4);

  /* A label freed by removing its article is used again. */
  g_list_store_remove (G_LIST_STORE (_px_window_get_documents (window)), 2);
  g_assert_true (px_window_add_text (window, article, -1));
  ui_test_wait_idle (window);
  g_assert_cmpstr (px_document_get_outlet (ui_test_nth_document (window, 3)), ==, "Pasted 1");
  ui_test_save_screenshot (GTK_WIDGET (window), "paste");
  ui_test_destroy_and_drain (window);
}

static void
test_drop_accepts_text (void)
{
  PxWindow *window = ui_test_new_window ();
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  gboolean files = FALSE, text = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      const GType *types;
      gsize n = 0;

      if (!GTK_IS_DROP_TARGET (controller))
        continue;
      types = gtk_drop_target_get_gtypes (GTK_DROP_TARGET (controller), &n);
      for (gsize j = 0; j < n; j++)
        {
          files |= types[j] == GDK_TYPE_FILE_LIST;
          text |= types[j] == G_TYPE_STRING;
        }
      /* Drop some text: the handler adds it as an article. */
      {
        GValue value = G_VALUE_INIT;
        gboolean accepted = FALSE;

        g_value_init (&value, G_TYPE_STRING);
        g_value_set_string (&value, "A dropped paragraph of news.\n\nAnd a second one.");
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &accepted);
        g_value_unset (&value);
        g_assert_true (accepted);
      }
    }
  g_assert_true (files);
  g_assert_true (text);
  ui_test_wait_idle (window);
  g_assert_cmpuint (ui_test_n_documents (window), ==, 1);
  g_assert_cmpstr (px_document_get_outlet (ui_test_nth_document (window, 0)), ==, "Pasted 1");
  ui_test_destroy_and_drain (window);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Accessible properties kept where gtk_test_accessible_*() reads them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/working/paste", test_paste);
  g_test_add_func ("/working/drop-accepts-text", test_drop_accepts_text);

  return g_test_run ();
}
