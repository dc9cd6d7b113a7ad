/* px-window-session.c: saving the window's comparison and opening it again
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A comparison is saved as one .parallax file (px-session.c).  Whether
 * there are unsaved changes is found by comparing what would be saved
 * now with what was saved last, not by following every edit: any route
 * to a change (a reorder, an option from the menu or from the
 * preferences) is then seen without each one reporting it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-session.h"
#include "px-window-private.h"

/* How many comparisons the empty window offers to reopen. */
#define MAX_RECENT 8

static void update_title (PxWindow *self);

/* --- the state saved ------------------------------------------------------ */

static void
copy_speaker (gpointer quote, gpointer speaker, gpointer table)
{
  g_hash_table_insert (table, g_strdup (quote), g_strdup (speaker));
}

/**
 * _px_window_snapshot:
 *
 * Returns: (transfer full): what the window would save now
 */
PxSession *
_px_window_snapshot (PxWindow *self)
{
  PxSession *session = px_session_new ();
  GListModel *docs = G_LIST_MODEL (self->documents);
  guint n = g_list_model_get_n_items (docs);

  for (guint i = 0; i < n; i++)
    {
      PxDocument *doc = g_list_model_get_item (docs, i);

      if (doc == self->reference)
        session->reference = i;
      g_ptr_array_add (session->documents, doc);
    }
  session->ignore_case = g_settings_get_boolean (self->settings, "ignore-case");
  session->fold_typography = g_settings_get_boolean (self->settings, "fold-typography");
  session->ignore_punctuation = g_settings_get_boolean (self->settings, "ignore-punctuation");
  session->hide_furniture = g_settings_get_boolean (self->settings, "hide-furniture");
  g_hash_table_remove_all (session->speakers);
  g_hash_table_foreach (self->speakers, copy_speaker, session->speakers);
  px_notes_copy_into (_px_window_get_notes (self), session->notes);
  return session;
}

static char *
snapshot_data (PxWindow *self)
{
  g_autoptr(PxSession) session = _px_window_snapshot (self);

  g_assert (PX_IS_WINDOW (self));

  return px_session_to_data (session, NULL);
}

/**
 * _px_window_has_unsaved_changes:
 *
 * Whether closing the window would lose anything: articles never saved,
 * or a comparison changed since it was saved or opened.
 */
gboolean
_px_window_has_unsaved_changes (PxWindow *self)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  if (self->saved_state == NULL)
    return g_list_model_get_n_items (G_LIST_MODEL (self->documents)) > 0;
  now = snapshot_data (self);
  return g_strcmp0 (now, self->saved_state) != 0;
}

GFile *
_px_window_get_session_file (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->session_file;
}

static void
mark_saved (PxWindow *self, GFile *file)
{
  g_assert (PX_IS_WINDOW (self));

  g_set_object (&self->session_file, file);
  g_free (self->saved_state);
  self->saved_state = snapshot_data (self);
  update_title (self);
}

/* --- recent comparisons --------------------------------------------------- */

static void
remember (PxWindow *self, GFile *file)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-comparisons");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_assert (PX_IS_WINDOW (self));

  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] && n < MAX_RECENT; i++)
    if (g_strcmp0 (old[i], uri) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-comparisons", (const char * const *) recent);
}

static void
forget (PxWindow *self, GFile *file)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-comparisons");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;

  g_assert (PX_IS_WINDOW (self));

  for (guint i = 0; old[i]; i++)
    if (g_strcmp0 (old[i], uri) != 0)
      g_strv_builder_add (builder, old[i]);
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-comparisons", (const char * const *) recent);
}

static GtkWidget *
recent_row (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *where = parent ? g_file_get_parse_name (parent) : NULL;
  g_autofree char *title = g_markup_escape_text (name ? name : uri, -1);
  g_autofree char *subtitle = where ? g_markup_escape_text (where, -1) : NULL;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (uri));
  gtk_widget_set_tooltip_text (row, where);
  return row;
}

static void
update_recent (PxWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-comparisons");
  GtkWidget *child;

  g_assert (PX_IS_WINDOW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))))
    gtk_list_box_remove (self->recent_list, child);
  for (guint i = 0; recent[i]; i++)
    gtk_list_box_append (self->recent_list, recent_row (recent[i]));
  gtk_widget_set_visible (self->recent_box, recent[0] != NULL);
}

/* --- opening --------------------------------------------------------------- */

/**
 * _px_window_load_session:
 * @file: (nullable): the file @session was read from
 *
 * Shows @session in place of the articles open now, with its reference
 * and options.
 */
void
_px_window_load_session (PxWindow  *self,
                         PxSession *session,
                         GFile     *file)
{
  guint n_old;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (session != NULL && session->reference < session->documents->len);

  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  g_hash_table_remove_all (self->speakers);
  g_hash_table_foreach (session->speakers, copy_speaker, self->speakers);
  px_notes_copy_into (session->notes, _px_window_get_notes (self));
  g_list_store_splice (self->documents, 0, n_old,
                       session->documents->pdata, session->documents->len);
  px_window_set_reference (self, g_ptr_array_index (session->documents, session->reference));
  g_settings_set_boolean (self->settings, "ignore-case", session->ignore_case);
  g_settings_set_boolean (self->settings, "fold-typography", session->fold_typography);
  g_settings_set_boolean (self->settings, "ignore-punctuation", session->ignore_punctuation);
  g_settings_set_boolean (self->settings, "hide-furniture", session->hide_furniture);
  if (file)
    remember (self, file);
  mark_saved (self, file);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  PxSession *session = px_session_load (task_data, cancellable, &error);

  if (session)
    g_task_return_pointer (task, session, (GDestroyNotify) px_session_free);
  else
    g_task_return_error (task, error);
}

static void
load_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSession) session = g_task_propagate_pointer (G_TASK (result), &error);
  PxWindow *target = self;

  _px_window_set_loading (self, -1);
  if (session == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* A comparison gone from its place is no longer offered. */
      if (g_error_matches (error, PX_SESSION_ERROR, PX_SESSION_ERROR_READ) &&
          !g_file_query_exists (file, NULL))
        forget (self, file);
      _px_window_toast (self, error->message);
      return;
    }
  /* A window with articles keeps them: the comparison gets its own. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->documents)) > 0)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

      target = g_object_new (PX_TYPE_WINDOW, "application", app, NULL);
    }
  _px_window_load_session (target, session, file);
  gtk_window_present (GTK_WINDOW (target));
}

/**
 * px_window_open_session_file:
 *
 * Reads a .parallax file off the main thread and shows it, in this
 * window when it is empty and in a new one otherwise.  A file that
 * cannot be read is reported in a toast and changes nothing.
 */
void
px_window_open_session_file (PxWindow *self,
                             GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, self->cancellable, load_done, NULL);
  g_task_set_source_tag (task, px_window_open_session_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  _px_window_set_loading (self, +1);
  _px_window_run_in_thread (task, load_thread);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  px_window_open_session_file (PX_WINDOW (widget), file);
}

/* --- saving ---------------------------------------------------------------- */

/**
 * _px_window_save_to:
 *
 * Saves the comparison to @file (atomically) and remembers it as the
 * window's file.
 */
gboolean
_px_window_save_to (PxWindow  *self,
                    GFile     *file,
                    GError   **error)
{
  g_autoptr(PxSession) session = NULL;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!_px_window_check_not_input (self, file, error))
    return FALSE;
  session = _px_window_snapshot (self);
  if (!px_session_save (session, file, NULL, error))
    return FALSE;
  remember (self, file);
  mark_saved (self, file);
  return TRUE;
}

static gboolean
save_reporting (PxWindow *self, GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  g_assert (PX_IS_WINDOW (self));

  if (_px_window_save_to (self, file, &error))
    return TRUE;
  {
    /* Translators: %s is a file name, then the system's reason */
    g_autofree char *message = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);

    _px_window_toast (self, message);
  }
  return FALSE;
}

static void
on_save_response (PxWindow             *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  gboolean close_after = self->close_after_save;

  g_assert (PX_IS_WINDOW (self));

  self->close_after_save = FALSE;
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *name = g_file_get_basename (chosen);
      g_autoptr(GFile) file = NULL;

      /* The extension is what lets the file open in Parallax again. */
      if (px_session_is_session_name (name))
        file = g_object_ref (chosen);
      else
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *full = g_strconcat (name, PX_SESSION_EXTENSION, NULL);

          file = g_file_get_child (parent, full);
        }
      if (save_reporting (self, file) && close_after)
        gtk_window_destroy (GTK_WINDOW (self));
    }
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->save_chooser);
}

static char *
suggested_name (PxWindow *self)
{
  const char *title = self->reference ? px_document_get_title (self->reference) : NULL;
  g_autofree char *cut = NULL;

  g_assert (PX_IS_WINDOW (self));

  if (title == NULL || *title == '\0')
    /* Translators: the file name offered when saving a comparison */
    return g_strconcat (_("Comparison"), PX_SESSION_EXTENSION, NULL);
  /* The reference's headline, short and without characters a file name
   * cannot hold. */
  cut = g_utf8_substring (title, 0, MIN (g_utf8_strlen (title, -1), 60));
  g_strdelimit (cut, "/\\:*?\"<>|\n\t", '-');
  return g_strconcat (g_strstrip (cut), PX_SESSION_EXTENSION, NULL);
}

static void
save_as (PxWindow *self, gboolean close_after)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  g_assert (PX_IS_WINDOW (self));

  self->close_after_save = close_after;
  if (self->save_chooser)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
      return;
    }
  self->save_chooser = gtk_file_chooser_native_new (_("Save Comparison"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE,
                                                    _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Parallax Comparisons"));
  gtk_file_filter_add_mime_type (filter, PX_SESSION_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, PX_SESSION_EXTENSION + 1);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->save_chooser), filter);
  if (self->session_file)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->save_chooser), self->session_file, NULL);
  else
    {
      name = suggested_name (self);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->save_chooser), name);
    }
  g_signal_connect_object (self->save_chooser, "response", G_CALLBACK (on_save_response),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->session_file)
    save_reporting (self, self->session_file);
  else
    save_as (self, FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  save_as (PX_WINDOW (widget), FALSE);
}

/* --- closing --------------------------------------------------------------- */

/* The window goes once the dialog has finished answering: destroyed
 * inside the dialog's own response, it would leave the dialog a parent
 * that no longer exists. */
static gboolean
close_later (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_close_response (PxWindow         *self,
                   const char       *response,
                   AdwMessageDialog *dialog)
{
  g_assert (PX_IS_WINDOW (self));

  self->close_dialog = NULL;
  if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT, close_later, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    {
      if (self->session_file == NULL)
        save_as (self, TRUE);
      else if (save_reporting (self, self->session_file))
        g_idle_add_full (G_PRIORITY_DEFAULT, close_later, g_object_ref (self), g_object_unref);
    }
}

static gboolean
on_close_request (GtkWindow *window,
                  gpointer   user_data)
{
  PxWindow *self = PX_WINDOW (window);
  GtkWidget *dialog;

  if (self->close_confirmed || !_px_window_has_unsaved_changes (self))
    return FALSE;
  if (self->close_dialog)
    {
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      return TRUE;
    }
  dialog = adw_message_dialog_new (window, _("Save Changes?"),
                                   _("The comparison has changes that are not saved. "
                                     "Without saving, they are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self,
                           G_CONNECT_SWAPPED);
  self->close_dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/**
 * _px_window_get_close_dialog:
 *
 * Returns: (transfer none) (nullable): the question about unsaved
 *   changes, while it is shown
 */
AdwMessageDialog *
_px_window_get_close_dialog (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->close_dialog;
}

/* --- title ----------------------------------------------------------------- */

static void
update_title (PxWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  gboolean dirty;

  g_assert (PX_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", n > 0);
  if (n == 0 && self->session_file == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Parallax"));
      return;
    }
  dirty = _px_window_has_unsaved_changes (self);
  name = self->session_file ? g_file_get_basename (self->session_file)
                            : g_strdup (_("Unsaved Comparison"));
  /* Translators: the window title: a bullet marks unsaved changes, then
   * the comparison's file name */
  title = g_strdup_printf (dirty ? _("• %s — Parallax") : _("%s — Parallax"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* --- set-up ---------------------------------------------------------------- */

void
_px_window_class_init_session (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PxWindow, empty_page);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
}

/* The empty window offers the comparisons saved or opened last, below
 * its Open button. */
static void
build_recent (PxWindow *self)
{
  GtkWidget *button = adw_status_page_get_child (self->empty_page);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *heading = gtk_label_new (_("Recent Comparisons"));
  GtkWidget *clamp = adw_clamp_new ();

  g_assert (PX_IS_WINDOW (self));

  g_object_ref (button);
  adw_status_page_set_child (self->empty_page, NULL);
  gtk_box_append (GTK_BOX (box), button);
  g_object_unref (button);

  self->recent_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (self->recent_box), heading);
  self->recent_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->recent_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->recent_list), "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->recent_list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  gtk_box_append (GTK_BOX (self->recent_box), GTK_WIDGET (self->recent_list));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 480);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->recent_box);
  gtk_box_append (GTK_BOX (box), clamp);
  adw_status_page_set_child (self->empty_page, box);
}

void
_px_window_init_session (PxWindow *self)
{
  build_recent (self);
  update_recent (self);
  g_signal_connect_object (self->settings, "changed::recent-comparisons",
                           G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);
  /* Every change of input recomputes; the title follows each. */
  g_signal_connect (self, "notify::computing", G_CALLBACK (update_title), NULL);
  g_signal_connect_object (self->settings, "changed::hide-furniture",
                           G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request), NULL);
  update_title (self);
}

void
_px_window_finalize_session (PxWindow *self)
{
  g_clear_object (&self->session_file);
  g_clear_pointer (&self->saved_state, g_free);
}

void
_px_window_dispose_session (PxWindow *self)
{
  if (self->save_chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_chooser));
  g_clear_object (&self->save_chooser);
  if (self->close_dialog)
    gtk_window_destroy (GTK_WINDOW (self->close_dialog));
  self->close_dialog = NULL;
}
