/* test-working.c: saving, reopening, pasting, searching and preferences in
 * the window (needs a display)
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
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i]; i++)
    g_settings_reset (settings, keys[i]);
}

static GPtrArray *
sample_files (guint n)
{
  const char *names[] = { "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt" };
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < MIN (n, G_N_ELEMENTS (names)); i++)
    g_ptr_array_add (files, g_file_new_build_filename (g_getenv ("PARALLAX_SAMPLES"), names[i], NULL));
  return files;
}

static PxWindow *
new_window (void)
{
  PxWindow *window = px_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static PxWindow *
open_samples (guint n)
{
  PxWindow *window;
  g_autoptr(GPtrArray) files = sample_files (n);

  reset_settings ();
  window = new_window ();
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_wait_idle (window);
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  return window;
}

static guint
n_documents (PxWindow *window)
{
  return g_list_model_get_n_items (_px_window_get_documents (window));
}

static PxDocument *
nth_document (PxWindow *window, guint i)
{
  g_autoptr(PxDocument) doc = g_list_model_get_item (_px_window_get_documents (window), i);

  return doc;   /* the window holds it */
}

static char *
temp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("px-ui-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
}

static void
destroy_and_drain (PxWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_drain ();
}

/* --- saving and reopening --------------------------------------------------- */

static void
test_save_and_reopen (void)
{
  PxWindow *window = open_samples (4);
  PxWindow *again;
  g_autofree char *path = temp_path ("event.parallax");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSession) before = NULL;
  g_autoptr(PxSession) after = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_auto(GStrv) recent = NULL;
  PxComparison *shown;

  g_assert_true (_px_window_has_unsaved_changes (window));
  g_assert_true (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•") != NULL);
  px_window_set_reference (window, nth_document (window, 2));
  g_settings_set_boolean (settings, "ignore-case", TRUE);
  g_settings_set_boolean (settings, "hide-furniture", FALSE);
  ui_test_wait_idle (window);

  g_assert_true (_px_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (_px_window_has_unsaved_changes (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "event.parallax — Parallax");
  g_assert_true (g_file_equal (_px_window_get_session_file (window), file));
  recent = g_settings_get_strv (settings, "recent-comparisons");
  g_assert_nonnull (recent[0]);
  {
    g_autofree char *uri = g_file_get_uri (file);
    g_assert_cmpstr (recent[0], ==, uri);
  }
  before = px_session_load (file, NULL, &error);
  g_assert_no_error (error);
  destroy_and_drain (window);

  /* Another window, options back at their defaults: the file brings
   * back the articles, their order, the reference and the options. */
  reset_settings ();
  again = new_window ();
  files = g_ptr_array_new ();
  g_ptr_array_add (files, file);
  px_window_open_files (again, (GFile **) files->pdata, files->len);
  ui_test_wait_idle (again);
  g_assert_cmpuint (n_documents (again), ==, 4);
  g_assert_true (_px_window_get_reference (again) == nth_document (again, 2));
  g_assert_true (g_settings_get_boolean (settings, "ignore-case"));
  g_assert_false (g_settings_get_boolean (settings, "hide-furniture"));
  g_assert_false (_px_window_has_unsaved_changes (again));
  after = _px_window_snapshot (again);
  g_assert_true (px_session_equal (before, after));
  shown = px_window_get_comparison (again);
  g_assert_nonnull (shown);
  g_assert_cmpuint (px_comparison_get_reference (shown), ==, 2);
  g_assert_cmpuint (px_comparison_get_n_documents (shown), ==, 4);

  /* A change shows in the title and is undone by undoing it. */
  g_settings_set_boolean (settings, "ignore-punctuation", TRUE);
  ui_test_wait_idle (again);
  g_assert_true (_px_window_has_unsaved_changes (again));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (again)), "•"));
  g_settings_set_boolean (settings, "ignore-punctuation", FALSE);
  ui_test_wait_idle (again);
  g_assert_false (_px_window_has_unsaved_changes (again));

  destroy_and_drain (again);
  remove_temp (path);
}

static void
test_damaged_file_changes_nothing (void)
{
  const char *contents[] = {
    "{ \"format\": \"parallax-comparison\", \"version\": 1, \"articles\": [ { \"te",
    "{ \"name\": \"something else\" }",
    "\x89PNG\r\n\x1a\n",
  };
  PxWindow *window = open_samples (2);
  g_autofree char *path = temp_path ("broken.parallax");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PxDocument *first = nth_document (window, 0);
  PxComparison *shown = px_window_get_comparison (window);
  GList *toplevels;
  guint n_toplevels;

  toplevels = gtk_window_list_toplevels ();
  n_toplevels = g_list_length (toplevels);
  g_list_free (toplevels);
  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      GFile *files[1] = { file };

      g_assert_true (g_file_set_contents (path, contents[i], -1, NULL));
      px_window_open_files (window, files, 1);
      g_assert_true (_px_window_get_loading (window));
      ui_test_wait_idle (window);
      g_assert_cmpuint (n_documents (window), ==, 2);
      g_assert_true (nth_document (window, 0) == first);
      g_assert_true (px_window_get_comparison (window) == shown);
      toplevels = gtk_window_list_toplevels ();
      g_assert_cmpuint (g_list_length (toplevels), ==, n_toplevels);
      g_list_free (toplevels);
    }
  g_assert_null (_px_window_get_session_file (window));

  /* Into an empty window, too: it stays empty. */
  {
    PxWindow *empty = new_window ();
    GFile *files[1] = { file };

    px_window_open_files (empty, files, 1);
    ui_test_wait_idle (empty);
    g_assert_cmpuint (n_documents (empty), ==, 0);
    g_assert_false (_px_window_has_unsaved_changes (empty));
    destroy_and_drain (empty);
  }
  destroy_and_drain (window);
  remove_temp (path);
}

/* A comparison opened in a window that has articles gets a window of
 * its own; the articles stay where they were. */
static void
test_open_beside (void)
{
  PxWindow *window = open_samples (2);
  PxWindow *other = NULL;
  g_autofree char *path = temp_path ("two.parallax");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GFile *files[1] = { file };
  GList *toplevels;

  g_assert_true (_px_window_save_to (window, file, &error));
  px_window_open_files (window, files, 1);
  ui_test_wait_idle (window);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    if (PX_IS_WINDOW (l->data) && l->data != window)
      other = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (other);
  ui_test_wait_idle (other);
  g_assert_cmpuint (n_documents (window), ==, 2);
  g_assert_cmpuint (n_documents (other), ==, 2);
  g_assert_true (g_file_equal (_px_window_get_session_file (other), file));
  destroy_and_drain (other);
  destroy_and_drain (window);
  remove_temp (path);
}

static void
test_close_asks (void)
{
  PxWindow *window = open_samples (2);
  AdwMessageDialog *dialog;
  g_autofree char *path = temp_path ("asked.parallax");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  /* Cancel: the window stays, articles and all. */
  gtk_window_close (GTK_WINDOW (window));
  ui_test_drain ();
  g_assert_nonnull (window);
  dialog = _px_window_get_close_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  ui_test_save_screenshot (GTK_WIDGET (dialog), "session-close-asks");
  adw_message_dialog_response (dialog, "cancel");
  ui_test_drain ();
  g_assert_nonnull (window);
  g_assert_null (_px_window_get_close_dialog (window));
  g_assert_cmpuint (n_documents (window), ==, 2);

  /* Saved: no question. */
  g_assert_true (_px_window_save_to (window, file, &error));
  g_assert_false (_px_window_has_unsaved_changes (window));
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_drain ();
  g_assert_null (_px_window_get_close_dialog (window));
  g_object_unref (window);
  ui_test_drain ();
  g_assert_null (window);

  /* Discard: it closes. */
  window = open_samples (2);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_drain ();
  dialog = _px_window_get_close_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  ui_test_drain ();
  g_assert_null (window);

  /* Save, with a file: saved, then closed. */
  window = open_samples (3);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_true (_px_window_save_to (window, file, &error));
  /* (Not the second article: the most central, already the reference.) */
  px_window_set_reference (window, nth_document (window, 2));
  ui_test_wait_idle (window);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_drain ();
  dialog = _px_window_get_close_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");
  ui_test_drain ();
  g_assert_null (window);
  {
    g_autoptr(PxSession) saved = px_session_load (file, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (saved->reference, ==, 2);
    g_assert_cmpuint (saved->documents->len, ==, 3);
  }
  remove_temp (path);
}

static void
test_recent_in_empty_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *uris[] = { "file:///tmp/px-nowhere/a.parallax", "file:///tmp/px-nowhere/b.parallax", NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  PxWindow *window;
  g_auto(GStrv) left = NULL;

  reset_settings ();
  g_settings_set_strv (settings, "recent-comparisons", uris);
  window = new_window ();
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  ui_test_collect_all (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[0]), ==, "a.parallax");
  g_assert_true (gtk_widget_is_visible (rows->pdata[0]));
  ui_test_save_screenshot (GTK_WIDGET (window), "session-recent");

  /* A comparison that has gone: an error, and it is no longer offered. */
  g_signal_emit_by_name (rows->pdata[0], "activate");
  g_assert_true (_px_window_get_loading (window));
  ui_test_wait_idle (window);
  g_assert_cmpuint (n_documents (window), ==, 0);
  left = g_settings_get_strv (settings, "recent-comparisons");
  g_assert_cmpuint (g_strv_length (left), ==, 1);
  g_assert_cmpstr (left[0], ==, uris[1]);
  destroy_and_drain (window);
  reset_settings ();
}


/* --- paste and drop -------------------------------------------------------- */

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
  PxWindow *window = open_samples (2);
  PxDocument *pasted;
  const char *text;

  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_v, GDK_CONTROL_MASK),
                   ==, "win.paste-article");

  paste (window, article);
  g_assert_cmpuint (n_documents (window), ==, 3);
  pasted = nth_document (window, 2);
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
  g_assert_cmpuint (n_documents (window), ==, 4);
  pasted = nth_document (window, 3);
  g_assert_cmpstr (px_document_get_outlet (pasted), ==, "Pasted 2");
  /* Pasted HTML is read as a page: no tags in the text. */
  g_assert_null (strstr (px_document_get_text (pasted, NULL), "<p>"));
  g_assert_nonnull (strstr (px_document_get_text (pasted, NULL), "Repairs ran over budget."));

  paste (window, "  \n\t ");
  g_assert_cmpuint (n_documents (window), ==, 4);

  /* A label freed by removing its article is used again. */
  g_list_store_remove (G_LIST_STORE (_px_window_get_documents (window)), 2);
  g_assert_true (px_window_add_text (window, article, -1));
  ui_test_wait_idle (window);
  g_assert_cmpstr (px_document_get_outlet (nth_document (window, 3)), ==, "Pasted 1");
  ui_test_save_screenshot (GTK_WIDGET (window), "paste");
  destroy_and_drain (window);
}

static void
test_drop_accepts_text (void)
{
  PxWindow *window = new_window ();
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
  g_assert_cmpuint (n_documents (window), ==, 1);
  g_assert_cmpstr (px_document_get_outlet (nth_document (window, 0)), ==, "Pasted 1");
  destroy_and_drain (window);
}

/* --- preferences ------------------------------------------------------------- */

static GtkWidget *
find_named (GtkWidget *root, const char *name)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  ui_test_collect_all (root, GTK_TYPE_WIDGET, all);
  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (all->pdata[i]), name) == 0)
      return all->pdata[i];
  return NULL;
}

static GtkWidget *
find_first (GtkWidget *root, GType type)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  ui_test_collect_all (root, type, all);
  return all->len > 0 ? all->pdata[0] : NULL;
}

static PxPreferencesWindow *
open_preferences (PxWindow *window)
{
  GList *toplevels;
  PxPreferencesWindow *prefs = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  ui_test_drain ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    if (PX_IS_PREFERENCES_WINDOW (l->data))
      prefs = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (prefs);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (prefs)) == GTK_WINDOW (window));
  return prefs;
}

static void
test_preferences_bound (void)
{
  PxWindow *window = open_samples (3);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwStyleManager *style = adw_style_manager_get_default ();
  PxPreferencesWindow *prefs;
  GtkWidget *toggle, *font_button, *expander;
  AdwComboRow *scheme;
  PxDiffFlags before;

  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_comma, GDK_CONTROL_MASK),
                   ==, "win.preferences");
  prefs = open_preferences (window);
  gtk_window_set_default_size (GTK_WINDOW (prefs), 640, 720);
  ui_test_wait_frames (GTK_WIDGET (prefs), 2);
  ui_test_save_screenshot (GTK_WIDGET (prefs), "preferences");

  /* A comparison option: the switch writes the key, the window recomputes
   * with it; the key written elsewhere moves the switch. */
  toggle = find_named (GTK_WIDGET (prefs), "ignore-case");
  g_assert_nonnull (toggle);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  before = px_comparison_get_n_rows (px_window_get_comparison (window));
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "ignore-case"));
  g_assert_true (px_window_get_computing (window));
  ui_test_wait_idle (window);
  g_assert_cmpuint (px_comparison_get_n_rows (px_window_get_comparison (window)), >, 0);
  (void) before;
  g_settings_set_boolean (settings, "ignore-case", FALSE);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_settings_set_boolean (settings, "hide-furniture", FALSE);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (find_named (GTK_WIDGET (prefs), "hide-furniture"))));

  /* Colour scheme: the combo row writes the key, the style manager follows. */
  scheme = ADW_COMBO_ROW (find_first (GTK_WIDGET (prefs), ADW_TYPE_COMBO_ROW));
  g_assert_cmpuint (adw_combo_row_get_selected (scheme), ==, 0);
  adw_combo_row_set_selected (scheme, 2);
  {
    g_autofree char *scheme_name = g_settings_get_string (settings, "colour-scheme");

    g_assert_cmpstr (scheme_name, ==, "dark");
  }
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  ui_test_save_screenshot (GTK_WIDGET (prefs), "preferences-dark");
  g_settings_set_string (settings, "colour-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (scheme), ==, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_reset (settings, "colour-scheme");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);

  /* Font: the expander's switch and the font button, both ways. */
  expander = find_first (GTK_WIDGET (prefs), ADW_TYPE_EXPANDER_ROW);
  font_button = find_first (GTK_WIDGET (prefs), GTK_TYPE_FONT_BUTTON);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (expander)));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (expander), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "use-custom-font"));
  gtk_font_chooser_set_font (GTK_FONT_CHOOSER (font_button), "Monospace 15");
  {
    g_autofree char *font = g_settings_get_string (settings, "font");
    g_autofree char *shown = NULL;

    g_assert_cmpstr (font, ==, "Monospace 15");
    g_settings_set_string (settings, "font", "Sans Italic 9");
    shown = gtk_font_chooser_get_font (GTK_FONT_CHOOSER (font_button));
    g_assert_cmpstr (shown, ==, "Sans Italic 9");
  }
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  ui_test_save_screenshot (GTK_WIDGET (window), "preferences-font");

  /* Colour-blind-safe marks. */
  toggle = find_named (GTK_WIDGET (prefs), "colour-blind-safe");
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "colour-blind-safe"));
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  ui_test_save_screenshot (GTK_WIDGET (window), "preferences-colour-blind");

  gtk_window_destroy (GTK_WINDOW (prefs));
  destroy_and_drain (window);
  reset_settings ();
}

static void
test_font_css (void)
{
  g_autofree char *plain = px_appearance_font_css ("Serif 12");
  g_autofree char *styled = px_appearance_font_css ("DejaVu Sans, Noto Sans Bold Italic 14.5");
  g_autofree char *family = px_appearance_font_css ("Cantarell");
  g_autofree char *absolute = px_appearance_font_css ("Sans 16px");

  g_assert_cmpstr (plain, ==, "font-family: \"Serif\"; font-size: 12pt; font-weight: 400; font-style: normal; ");
  g_assert_nonnull (strstr (styled, "font-family: \"DejaVu Sans\", \"Noto Sans\";"));
  g_assert_nonnull (strstr (styled, "font-size: 14.5pt;"));
  g_assert_nonnull (strstr (styled, "font-weight: 700;"));
  g_assert_nonnull (strstr (styled, "font-style: italic;"));
  /* No size given: none set, the theme's stays. */
  g_assert_null (strstr (family, "font-size"));
  g_assert_true (g_str_has_prefix (family, "font-family: \"Cantarell\"; "));
  g_assert_nonnull (strstr (absolute, "font-size: 16px;"));
}

/* --- search ------------------------------------------------------------------- */

/* The paragraphs shown that hold @word, counted with the engine alone. */
static guint
count_matching_cells (PxWindow *window, const char *word, guint *first_position)
{
  PxComparisonView *view = px_window_get_view (window);
  PxComparison *cmp = px_window_get_comparison (window);
  GListModel *rows = px_comparison_view_get_rows (view);
  g_autofree char *needle = g_utf8_casefold (word, -1);
  guint n = 0;

  *first_position = G_MAXUINT;
  for (guint pos = 0; pos < g_list_model_get_n_items (rows); pos++)
    {
      g_autoptr(PxRowItem) item = g_list_model_get_item (rows, pos);
      const PxCell *cells = px_comparison_get_row (cmp, px_row_item_get_row (item));

      for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
        {
          g_autofree char *text = NULL;
          g_autofree char *folded = NULL;

          if (cells[d].paragraph < 0)
            continue;
          text = px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), cells[d].paragraph);
          folded = g_utf8_casefold (text, -1);
          if (strstr (folded, needle))
            {
              n++;
              *first_position = MIN (*first_position, pos);
            }
        }
    }
  return n;
}

static gboolean
label_has_background (GtkLabel *label)
{
  PangoAttrList *attrs = gtk_label_get_attributes (label);
  g_autoptr(PangoAttrIterator) iter = NULL;

  if (attrs == NULL)
    return FALSE;
  iter = pango_attr_list_get_iterator (attrs);
  do
    {
      PangoAttribute *bg = pango_attr_iterator_get (iter, PANGO_ATTR_BACKGROUND);

      /* The highlighter's yellow, not a diff mark. */
      if (bg && ((PangoAttrColor *) bg)->color.red == 0xf6f6 && ((PangoAttrColor *) bg)->color.green == 0xd3d3)
        return TRUE;
    }
  while (pango_attr_iterator_next (iter));
  return FALSE;
}

static void
test_search (void)
{
  PxWindow *window = open_samples (3);
  GtkSearchEntry *entry = _px_window_get_search_entry (window);
  guint expected, first, n = 0, doc = 0;
  int pos, before;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean highlighted = FALSE;

  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_f, GDK_CONTROL_MASK), ==, "win.find");
  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_g, GDK_CONTROL_MASK), ==, "win.find-next");
  g_assert_cmpstr (ui_test_shortcut_action (GTK_WIDGET (window), GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                   ==, "win.find-previous");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  ui_test_drain ();
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry)));

  /* Different case from the text: case does not count. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "KERRY");
  g_signal_emit_by_name (entry, "search-changed");
  ui_test_drain ();
  expected = count_matching_cells (window, "kerry", &first);
  g_assert_cmpuint (expected, >, 3);
  pos = _px_window_get_search_position (window, &n, &doc);
  g_assert_cmpuint (n, ==, expected);
  g_assert_cmpint (pos, ==, first);
  g_assert_cmpint (px_comparison_view_get_current (px_window_get_view (window)), ==, pos);

  ui_test_wait_frames (GTK_WIDGET (window), 3);
  ui_test_collect_all (GTK_WIDGET (px_window_get_view (window)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    highlighted |= gtk_widget_has_css_class (labels->pdata[i], "cell-text") && label_has_background (labels->pdata[i]);
  g_assert_true (highlighted);
  ui_test_save_screenshot (GTK_WIDGET (window), "search");

  /* Enter and Ctrl+G go on; Shift+Ctrl+G back; round the end. */
  before = pos;
  g_signal_emit_by_name (entry, "activate");
  pos = _px_window_get_search_position (window, NULL, NULL);
  g_assert_cmpint (pos, >=, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-previous", NULL));
  g_assert_cmpint (_px_window_get_search_position (window, NULL, NULL), ==, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-previous", NULL));
  /* Before the first is the last, and after the last the first. */
  {
    int last = _px_window_get_search_position (window, NULL, NULL);

    g_assert_cmpint (last, >=, before);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL));
    g_assert_cmpint (_px_window_get_search_position (window, NULL, NULL), ==, before);
  }

  /* Words nowhere: no matches, nothing current. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzqxj-not-a-word");
  g_signal_emit_by_name (entry, "search-changed");
  pos = _px_window_get_search_position (window, &n, NULL);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (pos, ==, -1);

  /* Closing the bar clears the highlights. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Iran");
  g_signal_emit_by_name (entry, "search-changed");
  _px_window_get_search_position (window, &n, NULL);
  g_assert_cmpuint (n, ==, count_matching_cells (window, "iran", &first));
  g_signal_emit_by_name (entry, "stop-search");
  ui_test_drain ();
  _px_window_get_search_position (window, &n, NULL);
  g_assert_cmpuint (n, ==, 0);
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  g_ptr_array_set_size (labels, 0);
  ui_test_collect_all (GTK_WIDGET (px_window_get_view (window)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_assert_false (label_has_background (labels->pdata[i]));
  destroy_and_drain (window);
}

/* --- overview ----------------------------------------------------------------- */

static GtkWidget *
figure (GtkWidget *page, guint document, PxOverviewKind kind)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect_all (page, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (GPOINTER_TO_UINT (g_object_get_data (buttons->pdata[i], "px-document")) == document &&
        GPOINTER_TO_UINT (g_object_get_data (buttons->pdata[i], "px-kind")) == kind &&
        !gtk_widget_has_css_class (buttons->pdata[i], "heat-cell"))
      return buttons->pdata[i];
  return NULL;
}

static void
test_overview (void)
{
  PxWindow *window = open_samples (4);
  AdwViewStack *stack = _px_window_get_view_stack (window);
  PxComparison *cmp = px_window_get_comparison (window);
  GtkWidget *page = adw_view_stack_get_child_by_name (stack, "overview");
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint n = px_comparison_get_n_documents (cmp);
  PxCompareStatistics report;
  int row, position;
  const PxCell *cells_of_row;
  guint pos;

  g_assert_nonnull (page);
  adw_view_stack_set_visible_child_name (stack, "overview");
  ui_test_wait_frames (GTK_WIDGET (window), 3);
  ui_test_save_screenshot (GTK_WIDGET (window), "overview");

  /* The matrix: n × n figures, each the engine's similarity. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    ui_test_collect_all (page, GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (gtk_widget_has_css_class (buttons->pdata[i], "heat-cell"))
        g_ptr_array_add (cells, buttons->pdata[i]);
  }
  g_assert_cmpuint (cells->len, ==, n * n);
  {
    g_autofree char *expected = g_strdup_printf ("%.0f%%", px_comparison_get_similarity (cmp, 1, 2) * 100);

    g_assert_cmpstr (gtk_button_get_label (cells->pdata[1 * n + 2]), ==, expected);
  }
  g_assert_cmpint (px_overview_heat_level (0.0), ==, 0);
  g_assert_cmpint (px_overview_heat_level (1.0), ==, 5);
  g_assert_cmpint (px_overview_heat_level (0.5), >, px_overview_heat_level (0.2));

  /* Counts against the reference, as the engine reports them. */
  px_comparison_get_statistics (cmp, 2, &report);
  {
    g_autofree char *omitted = g_strdup_printf ("%u", report.omitted);
    g_autofree char *quotes = g_strdup_printf ("%u (%u altered)", report.quotes, report.quotes_altered);

    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (figure (page, 2, PX_OVERVIEW_OMITTED))), ==, omitted);
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (figure (page, 2, PX_OVERVIEW_QUOTES))), ==, quotes);
  }
  g_assert_null (figure (page, px_comparison_get_reference (cmp), PX_OVERVIEW_OMITTED));

  /* A click leads to the place: the aligned view, at the first omission. */
  g_assert_cmpuint (report.omitted, >, 0);
  row = px_overview_find_row (cmp, 2, PX_OVERVIEW_OMITTED);
  g_assert_cmpint (row, >=, 0);
  cells_of_row = px_comparison_get_row (cmp, row);
  g_assert_cmpint (cells_of_row[2].paragraph, <, 0);
  g_assert_cmpint (cells_of_row[px_comparison_get_reference (cmp)].paragraph, >=, 0);
  g_signal_emit_by_name (figure (page, 2, PX_OVERVIEW_OMITTED), "clicked");
  ui_test_drain ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "aligned");
  position = px_comparison_view_get_current (px_window_get_view (window));
  g_assert_true (px_row_model_find (PX_ROW_MODEL (px_comparison_view_get_rows (px_window_get_view (window))),
                                    row, &pos));
  g_assert_cmpint (position, ==, (int) pos);

  /* Added and changed rows are what they say. */
  row = px_overview_find_row (cmp, 3, PX_OVERVIEW_ADDED);
  if (row >= 0)
    {
      cells_of_row = px_comparison_get_row (cmp, row);
      g_assert_cmpint (cells_of_row[3].paragraph, >=, 0);
      g_assert_cmpint (cells_of_row[px_comparison_get_reference (cmp)].paragraph, <, 0);
    }
  /* CNN's web page and its body text differ in a paragraph, whichever
   * of the two is the reference. */
  {
    guint other = px_comparison_get_reference (cmp) == 1 ? 0 : 1;

    row = px_overview_find_row (cmp, other, PX_OVERVIEW_CHANGED);
    g_assert_cmpint (row, >=, 0);
    g_assert_true (px_comparison_cell_changed (cmp, row, other));
  }
  row = px_overview_find_row (cmp, 2, PX_OVERVIEW_QUOTES);
  px_comparison_get_statistics (cmp, 2, &report);
  g_assert_true ((row >= 0) == (report.quotes > 0));

  destroy_and_drain (window);
}

/* --- accessibility ------------------------------------------------------------- */

static gboolean
has_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (has_text (child))
      return TRUE;
  return FALSE;
}

/* Controls on screen a screen reader could only call "button". */
static void
find_unlabelled (GtkWidget *widget, GString *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean control = GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child);

      if (!gtk_widget_get_mapped (child))
        continue;
      if (control && !has_text (child) &&
          /* (has_relation LABELLED_BY answers yes for any button in 4.8) */
          !gtk_test_accessible_has_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_string_append_printf (out, " %s(%s) in %s", G_OBJECT_TYPE_NAME (child),
                                gtk_widget_get_tooltip_text (child) ? gtk_widget_get_tooltip_text (child) : "?",
                                G_OBJECT_TYPE_NAME (widget));
      /* A menu button's own button is labelled by it; a font button's
       * shows the font's name. */
      if (!GTK_IS_MENU_BUTTON (child) && !GTK_IS_FONT_BUTTON (child))
        find_unlabelled (child, out);
    }
}

static void
assert_labelled (GtkWidget *root)
{
  g_autoptr(GString) unlabelled = g_string_new (NULL);

  ui_test_wait_frames (root, 2);
  find_unlabelled (root, unlabelled);
  if (unlabelled->len > 0)
    g_error ("controls without a label for screen readers:%s", unlabelled->str);
}

static void
test_accessible_labels (void)
{
  PxWindow *window = new_window ();
  PxPreferencesWindow *prefs;

  reset_settings ();
  assert_labelled (GTK_WIDGET (window));
  destroy_and_drain (window);

  /* The check finds an icon-only button nobody labelled. */
  {
    GtkWidget *bare = gtk_window_new ();
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
    GtkWidget *icon = gtk_button_new_from_icon_name ("edit-delete-symbolic");
    g_autoptr(GString) found = g_string_new (NULL);

    gtk_box_append (GTK_BOX (box), icon);
    gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Text"));
    gtk_window_set_child (GTK_WINDOW (bare), box);
    gtk_window_present (GTK_WINDOW (bare));
    while (!gtk_widget_get_mapped (icon))
      g_main_context_iteration (NULL, TRUE);
    find_unlabelled (bare, found);
    g_assert_cmpstr (found->str, ==, " GtkButton(?) in GtkBox");
    gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "Delete", -1);
    g_string_truncate (found, 0);
    find_unlabelled (bare, found);
    g_assert_cmpstr (found->str, ==, "");
    gtk_window_destroy (GTK_WINDOW (bare));
  }

  window = open_samples (3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  assert_labelled (GTK_WIDGET (window));
  adw_view_stack_set_visible_child_name (_px_window_get_view_stack (window), "overview");
  assert_labelled (GTK_WIDGET (window));

  prefs = open_preferences (window);
  assert_labelled (GTK_WIDGET (prefs));
  /* The keyboard reaches the preferences' controls. */
  g_assert_true (gtk_widget_get_focusable (find_named (GTK_WIDGET (prefs), "ignore-case")));
  gtk_window_destroy (GTK_WINDOW (prefs));
  destroy_and_drain (window);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Accessible properties kept where gtk_test_accessible_*() reads them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!ui_test_init_display ())
    return 77;

  g_test_add_func ("/working/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/working/damaged-file-changes-nothing", test_damaged_file_changes_nothing);
  g_test_add_func ("/working/open-beside", test_open_beside);
  g_test_add_func ("/working/close-asks", test_close_asks);
  g_test_add_func ("/working/recent-in-empty-state", test_recent_in_empty_state);
  g_test_add_func ("/working/paste", test_paste);
  g_test_add_func ("/working/drop-accepts-text", test_drop_accepts_text);
  g_test_add_func ("/working/preferences-bound", test_preferences_bound);
  g_test_add_func ("/working/font-css", test_font_css);
  g_test_add_func ("/working/search", test_search);
  g_test_add_func ("/working/overview", test_overview);
  g_test_add_func ("/working/accessible-labels", test_accessible_labels);

  return g_test_run ();
}
