/* ui-test.c: what the display tests share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "px-article-header.h"
#include "px-cell-view.h"
#include "px-compare.h"
#include "px-preferences-window.h"
#include "ui-test.h"

gboolean
ui_test_init_display (void)
{
  g_autoptr(GtkCssProvider) css = NULL;

  if (!gtk_init_check ())
    {
      g_test_message ("no display: run under xvfb-run");
      return FALSE;
    }
  adw_init ();
  /* The display keeps the provider. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/parallax/Parallax/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  return TRUE;
}

gboolean
ui_test_init_application (void)
{
  static GApplication *application;   /* kept for the process's life */
  g_autoptr(GError) error = NULL;

  if (!gtk_init_check ())
    {
      g_test_message ("no display: run under xvfb-run");
      return FALSE;
    }
  /* The application's style sheets as the application gets them: an
   * AdwApplication with its resource base path loads style.css and, as
   * the style manager changes, style-dark.css, style-hc.css and
   * style-hc-dark.css.  No application id: nothing goes on the bus. */
  application = g_object_new (ADW_TYPE_APPLICATION,
                              "resource-base-path", "/io/github/parallax/Parallax",
                              "flags", G_APPLICATION_NON_UNIQUE,
                              NULL);
  if (!g_application_register (application, NULL, &error))
    g_error ("cannot register the test application: %s", error->message);
  return TRUE;
}

void
ui_test_drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

void
ui_test_wait_idle (PxWindow *window)
{
  /* Loading and comparing start at once; wait until both are done. */
  ui_test_wait_for (window, ui_test_is_idle, UI_TEST_WAIT_SECONDS);
  ui_test_drain ();
}

gboolean
ui_test_is_idle (PxWindow *window)
{
  return !_px_window_get_loading (window) && !px_window_get_computing (window);
}

static gboolean
time_is_up (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
ui_test_wait_for (PxWindow          *window,
                  UiTestWindowCheck  done,
                  guint              seconds)
{
  gboolean timed_out = FALSE;
  guint timer = g_timeout_add_seconds (seconds, time_is_up, &timed_out);

  while (!done (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("the window was still busy after %u seconds", seconds);
  g_source_remove (timer);
}

void
ui_test_wait_frames_only (gpointer widget,
                          guint    n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (widget));

  if (clock == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      gint64 counter = gdk_frame_clock_get_frame_counter (clock);

      gtk_widget_queue_draw (GTK_WIDGET (widget));
      while (gdk_frame_clock_get_frame_counter (clock) == counter)
        g_main_context_iteration (NULL, TRUE);
    }
}

PxWindow *
ui_test_open_samples (int width,
                      int height)
{
  g_autoptr(GPtrArray) files = ui_test_sample_files ();
  PxWindow *window = px_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  return window;
}

void
ui_test_wait_frames (gpointer widget,
                     guint    n)
{
  ui_test_wait_frames_only (widget, n);
  ui_test_drain ();
}

static void
collect (GtkWidget *widget, GType type, gboolean inside_matches, GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean match = g_type_is_a (G_OBJECT_TYPE (child), type);

      if (match)
        g_ptr_array_add (out, child);
      if (!match || inside_matches)
        collect (child, type, inside_matches, out);
    }
}

void
ui_test_collect (GtkWidget *widget,
                 GType      type,
                 GPtrArray *out)
{
  collect (widget, type, FALSE, out);
}

void
ui_test_collect_all (GtkWidget *widget,
                     GType      type,
                     GPtrArray *out)
{
  collect (widget, type, TRUE, out);
}

static void save_screenshot (gpointer data, const char *name, gboolean busy);

void
ui_test_save_screenshot (gpointer    data,
                         const char *name)
{
  save_screenshot (data, name, FALSE);
}

void
ui_test_save_screenshot_busy (gpointer    data,
                              const char *name)
{
  save_screenshot (data, name, TRUE);
}

static void
save_screenshot (gpointer    data,
                 const char *name,
                 gboolean    busy)
{
  GtkWidget *widget = GTK_WIDGET (data);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "ui", "artifacts", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  int width, height;

  if (busy)
    ui_test_wait_frames_only (widget, 3);
  else
    ui_test_wait_frames (widget, 3);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

GPtrArray *
ui_test_named_shortcuts (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          GtkShortcut *shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (GTK_IS_NAMED_ACTION (gtk_shortcut_get_action (shortcut)))
            g_ptr_array_add (found, shortcut);
          else
            g_object_unref (shortcut);
        }
    }
  return found;
}

/* The action a key press on @widget runs through its class shortcuts. */
const char *
ui_test_shortcut_action (GtkWidget *widget, guint keyval, GdkModifierType modifiers)
{
  g_autoptr(GPtrArray) shortcuts = ui_test_named_shortcuts (widget);

  for (guint i = 0; i < shortcuts->len; i++)
    {
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcuts->pdata[i]);

      /* The name stays valid: the controller keeps the shortcut. */
      if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
          gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
        return gtk_named_action_get_action_name (GTK_NAMED_ACTION (gtk_shortcut_get_action (shortcuts->pdata[i])));
    }
  return NULL;
}

GtkWindow *
ui_test_find_window (GType type, gboolean mapped)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) &&
          (mapped ? gtk_widget_get_mapped (GTK_WIDGET (w)) : gtk_widget_get_visible (GTK_WIDGET (w))))
        return GTK_WINDOW (w);
    }
  return NULL;
}

GPtrArray *
ui_test_headers_of (PxWindow *window)
{
  GPtrArray *out = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), PX_TYPE_ARTICLE_HEADER, out);
  return out;
}

/* g_ptr_array_sort() hands the comparison pointers to the elements, not
 * the elements: g_strcmp0 itself would order the strings' addresses,
 * a different set of "first" files on every run. */
static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
ui_test_ecb_event_files (const char *event,
                         guint       n)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "ecbplus", "events", event, NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len && i < n; i++)
    g_ptr_array_add (files, g_file_new_build_filename (dir, names->pdata[i], NULL));
  g_assert_cmpuint (files->len, ==, n);
  return files;
}

GPtrArray *
ui_test_sample_files (void)
{
  const char *names[] = { "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt" };
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (files, g_file_new_build_filename (g_getenv ("PARALLAX_SAMPLES"), names[i], NULL));
  return files;
}

void
ui_test_reset_options (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *keys[] = { "ignore-case", "fold-typography", "ignore-punctuation", "hide-furniture" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

PxWindow *
ui_test_open_first_samples (guint n)
{
  PxWindow *window = px_window_new (NULL);
  g_autoptr(GPtrArray) files = ui_test_sample_files ();

  ui_test_reset_options ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  px_window_open_files (window, (GFile **) files->pdata, MIN (n, files->len));
  g_assert_true (_px_window_get_loading (window));
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  return window;
}

/* Checks every bound row widget against the comparison: a cell per
 * article, the reference's text as is, placeholders where the reference
 * has a paragraph and the article none.  Returns the rows checked. */
guint
ui_test_check_bound_rows (PxWindow *window)
{
  PxComparison *cmp = px_window_get_comparison (window);
  PxComparisonView *view = px_window_get_view (window);
  GtkWidget *list = px_comparison_view_get_rows_widget (view);
  guint ref = px_comparison_get_reference (cmp);
  guint n_docs = px_comparison_get_n_documents (cmp);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint checked = 0;

  ui_test_collect (list, PX_TYPE_CELL_VIEW, cells);
  g_assert_cmpuint (cells->len % n_docs, ==, 0);
  for (guint i = 0; i < cells->len; i += n_docs)
    {
      GtkWidget *box = gtk_widget_get_parent (cells->pdata[i]);
      guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "px-row"));
      const PxCell *c = px_comparison_get_row (cmp, row);

      if (!gtk_widget_get_mapped (box))
        continue;
      for (guint d = 0; d < n_docs; d++)
        {
          PxCellView *cell = cells->pdata[i + d];
          PxDocument *doc = px_comparison_get_document (cmp, d);
          int p = c[d].paragraph, rp = c[ref].paragraph;
          gboolean ref_real = rp >= 0 && !px_comparison_is_furniture (cmp, ref, rp);

          /* Only the columns on screen get their text (PxColumnStrip). */
          if (!gtk_widget_get_child_visible (GTK_WIDGET (cell)))
            continue;
          if (p < 0)
            g_assert_cmpint (px_cell_view_get_kind (cell), ==,
                             d != ref && ref_real ? PX_CELL_VIEW_OMITTED : PX_CELL_VIEW_EMPTY);
          else if (d == ref && !px_comparison_is_furniture (cmp, d, p))
            {
              g_autofree char *text = px_document_dup_paragraph_text (doc, p);

              g_assert_cmpint (px_cell_view_get_kind (cell), ==, PX_CELL_VIEW_REFERENCE);
              g_assert_cmpstr (px_cell_view_get_text (cell), ==, text);
            }
          else if (ref_real && !px_comparison_is_furniture (cmp, d, p))
            g_assert_cmpint (px_cell_view_get_kind (cell), ==,
                             px_comparison_cell_changed (cmp, row, d) ? PX_CELL_VIEW_CHANGED : PX_CELL_VIEW_SAME);
          if (p >= 0 && (c[d].flags & PX_CELL_MOVED) && !px_comparison_is_furniture (cmp, d, p))
            {
              g_autofree char *note = g_strdup_printf ("Moved: paragraph %d of %u", p + 1,
                                                       px_document_get_n_paragraphs (doc));
              g_assert_cmpstr (px_cell_view_get_note (cell), ==, note);
            }
        }
      checked++;
    }
  return checked;
}

guint8
ui_test_row_kind (PxComparison *cmp, guint r)
{
  g_autoptr(GBytes) kinds = px_comparison_row_kinds (cmp);

  return ((const guint8 *) g_bytes_get_data (kinds, NULL))[r];
}

void
ui_test_reset_all_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i]; i++)
    g_settings_reset (settings, keys[i]);
}

PxWindow *
ui_test_new_window (void)
{
  PxWindow *window = px_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

PxWindow *
ui_test_open_samples_fresh (guint n)
{
  PxWindow *window;
  g_autoptr(GPtrArray) files = ui_test_sample_files ();

  g_ptr_array_set_size (files, MIN (n, files->len));
  ui_test_reset_all_settings ();
  window = ui_test_new_window ();
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_wait_idle (window);
  ui_test_wait_frames (GTK_WIDGET (window), 2);
  return window;
}

guint
ui_test_n_documents (PxWindow *window)
{
  return g_list_model_get_n_items (_px_window_get_documents (window));
}

PxDocument *
ui_test_nth_document (PxWindow *window, guint i)
{
  g_autoptr(PxDocument) doc = g_list_model_get_item (_px_window_get_documents (window), i);

  return doc;   /* the window holds it */
}

void
ui_test_destroy_and_drain (PxWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_drain ();
}

GtkWidget *
ui_test_find_named (GtkWidget *root, const char *name)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  ui_test_collect_all (root, GTK_TYPE_WIDGET, all);
  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (all->pdata[i]), name) == 0)
      return all->pdata[i];
  return NULL;
}

PxPreferencesWindow *
ui_test_open_preferences (PxWindow *window)
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
