/* px-window.c: the comparison window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One column per article: a header (PxArticleHeader) above a virtualized
 * list of rows, each row holding one paragraph of every article.  Files
 * are read off the main thread; the window only ever shows documents.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-article-header.h"
#include "px-import.h"
#include "px-window.h"

/* The narrowest a column gets before the view scrolls sideways. */
#define COLUMN_MIN_WIDTH 320

struct _PxWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack *stack;
  GtkBox *header_box;
  GtkListView *rows_view;
  GtkSpinner *spinner;

  /* Owned */
  GListStore *documents;    /* of PxDocument */
  GListStore *rows;         /* of GtkStringObject, one per row: its index */
  GSettings *settings;
  GCancellable *cancellable;
  GtkFileChooserNative *chooser;
  guint n_loading;
};

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (PxWindow *self, const char *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static void
on_header_remove (PxWindow        *self,
                  PxArticleHeader *header)
{
  PxDocument *doc = px_article_header_get_document (header);
  guint position;

  if (g_list_store_find (self->documents, doc, &position))
    g_list_store_remove (self->documents, position);
}

static void
rebuild (PxWindow *self)
{
  guint n_docs = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  guint n_rows = 0;
  GtkWidget *child;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->header_box))))
    gtk_box_remove (self->header_box, child);

  for (guint i = 0; i < n_docs; i++)
    {
      g_autoptr(PxDocument) doc = g_list_model_get_item (G_LIST_MODEL (self->documents), i);
      GtkWidget *header = px_article_header_new (doc);

      gtk_widget_set_size_request (header, COLUMN_MIN_WIDTH, -1);
      gtk_widget_set_hexpand (header, TRUE);
      g_signal_connect_object (header, "remove", G_CALLBACK (on_header_remove),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->header_box, header);
      n_rows = MAX (n_rows, px_document_get_n_paragraphs (doc));
    }

  /* Rows are rebuilt whole: the row widgets read the documents afresh. */
  for (guint i = 0; i < n_rows; i++)
    g_ptr_array_add (items, gtk_string_object_new (""));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);

  gtk_stack_set_visible_child_name (self->stack, n_docs > 0 ? "compare" : "empty");
}

static void
on_documents_changed (PxWindow   *self,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GListModel *model)
{
  rebuild (self);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           PxWindow                 *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static GtkWidget *
make_cell (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_FILL);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_size_request (label, COLUMN_MIN_WIDTH, -1);
  gtk_widget_add_css_class (label, "article-cell");
  return label;
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          PxWindow                 *self)
{
  GtkBox *box = GTK_BOX (gtk_list_item_get_child (item));
  guint row = gtk_list_item_get_position (item);
  guint n_docs = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (box));

  for (guint i = 0; i < n_docs; i++)
    {
      g_autoptr(PxDocument) doc = g_list_model_get_item (G_LIST_MODEL (self->documents), i);
      g_autofree char *text = NULL;

      if (cell == NULL)
        {
          cell = make_cell ();
          gtk_box_append (box, cell);
        }
      if (row < px_document_get_n_paragraphs (doc))
        {
          text = px_document_dup_paragraph_text (doc, row);
          gtk_widget_remove_css_class (cell, "missing");
        }
      else
        gtk_widget_add_css_class (cell, "missing");
      gtk_label_set_text (GTK_LABEL (cell), text ? text : "");
      cell = gtk_widget_get_next_sibling (cell);
    }

  /* Fewer articles than cells: drop the extra cells. */
  while (cell)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (cell);

      gtk_box_remove (box, cell);
      cell = next;
    }
}

static void
set_loading (PxWindow *self, int delta)
{
  gboolean was = self->n_loading > 0;

  self->n_loading += delta;
  gtk_spinner_set_spinning (self->spinner, self->n_loading > 0);
  if (was != (self->n_loading > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Reads a batch of files in a worker thread and hands back, in order,
 * each file's document or error. */
typedef struct {
  GPtrArray *files;     /* of GFile */
  GPtrArray *results;   /* of PxDocument or NULL */
  GPtrArray *errors;    /* of GError or NULL */
} LoadBatch;

static void
object_unref0 (gpointer object)
{
  if (object)
    g_object_unref (object);
}

static void
error_free0 (gpointer error)
{
  if (error)
    g_error_free (error);
}

static void
load_batch_free (LoadBatch *batch)
{
  g_ptr_array_unref (batch->files);
  g_ptr_array_unref (batch->results);
  g_ptr_array_unref (batch->errors);
  g_free (batch);
}

static void
load_batch_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  LoadBatch *batch = task_data;

  for (guint i = 0; i < batch->files->len; i++)
    {
      GError *error = NULL;
      PxDocument *doc = px_import_file (g_ptr_array_index (batch->files, i), cancellable, &error);

      g_ptr_array_add (batch->results, doc);
      g_ptr_array_add (batch->errors, error);
    }
  g_task_return_boolean (task, TRUE);
}

static void
load_batch_done (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  LoadBatch *batch = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();

  set_loading (self, -1);
  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;

  for (guint i = 0; i < batch->results->len; i++)
    {
      PxDocument *doc = g_ptr_array_index (batch->results, i);
      GError *error = g_ptr_array_index (batch->errors, i);

      if (doc)
        {
          /* Say what the import changed (an encoding, replaced bytes). */
          const char * const *notices = px_document_get_notices (doc, NULL);

          for (guint j = 0; notices[j]; j++)
            toast (self, notices[j]);
          g_ptr_array_add (docs, doc);
        }
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
    }
  g_list_store_splice (self->documents,
                       g_list_model_get_n_items (G_LIST_MODEL (self->documents)), 0,
                       docs->pdata, docs->len);
}

/**
 * px_window_open_files:
 * @files: (array length=n_files): articles to add
 *
 * Reads @files off the main thread and adds them, in order, after the
 * articles already open.  Files that cannot be read are reported in a
 * toast; the others are added all the same.
 */
void
px_window_open_files (PxWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_autoptr(GTask) task = NULL;
  LoadBatch *batch;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  if (n_files == 0)
    return;

  batch = g_new0 (LoadBatch, 1);
  batch->files = g_ptr_array_new_with_free_func (g_object_unref);
  batch->results = g_ptr_array_new_with_free_func (object_unref0);
  batch->errors = g_ptr_array_new_with_free_func (error_free0);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (batch->files, g_object_ref (files[i]));

  task = g_task_new (self, self->cancellable, load_batch_done, NULL);
  g_task_set_source_tag (task, px_window_open_files);
  g_task_set_task_data (task, batch, (GDestroyNotify) load_batch_free);
  set_loading (self, +1);
  g_task_run_in_thread (task, load_batch_thread);
}

static void
on_chooser_response (PxWindow             *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      guint n = g_list_model_get_n_items (list);
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (files, g_list_model_get_item (list, i));
      px_window_open_files (self, (GFile **) files->pdata, files->len);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  g_autoptr(GtkFileFilter) text_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->chooser)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open Articles"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_filter_set_name (text_filter, _("Articles"));
  gtk_file_filter_add_mime_type (text_filter, "text/plain");
  gtk_file_filter_add_mime_type (text_filter, "text/html");
  gtk_file_filter_add_mime_type (text_filter, "application/xhtml+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), text_filter);
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PxWindow      *self)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l; l = l->next)
    g_ptr_array_add (files, l->data);
  g_slist_free (list);
  px_window_open_files (self, (GFile **) files->pdata, files->len);
  return files->len > 0;
}

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = (PxWindow *) object;

  g_cancellable_cancel (self->cancellable);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_WINDOW);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static void
px_window_finalize (GObject *object)
{
  PxWindow *self = (PxWindow *) object;

  g_clear_object (&self->documents);
  g_clear_object (&self->rows);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (px_window_parent_class)->finalize (object);
}

static void
px_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PxWindow *self = PX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, px_window_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_window_dispose;
  object_class->finalize = px_window_finalize;
  object_class->get_property = px_window_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/ui/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, header_box);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, rows_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, spinner);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
px_window_init (PxWindow *self)
{
  GtkListItemFactory *factory;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->documents = g_list_store_new (PX_TYPE_DOCUMENT);
  self->rows = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_signal_connect_object (self->documents, "items-changed",
                           G_CALLBACK (on_documents_changed), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->rows_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->rows_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)))));
  g_object_unref (gtk_list_view_get_model (self->rows_view));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  rebuild (self);
}

PxWindow *
px_window_new (AdwApplication *application)
{
  return g_object_new (PX_TYPE_WINDOW, "application", application, NULL);
}

/**
 * px_window_get_documents:
 *
 * Returns: (transfer none): the open articles, a list of PxDocument
 */
GListModel *
px_window_get_documents (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->documents);
}

gboolean
px_window_get_loading (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  return self->n_loading > 0;
}
