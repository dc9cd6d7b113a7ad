/* px-window-address.c: articles from web addresses and from files that
 * hold several
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Add from Web Address…" (Ctrl+L) asks for an address; a pasted or
 * dropped address does the same without asking.  The page is fetched in
 * a worker thread (px_fetch_articles()); a bar under the header shows
 * its progress and offers to stop it.  A file or page that holds
 * several articles (a news-database export) opens the article picker:
 * a list with a check box, the headline, outlet and date of each.
 * "Reload Page" in a fetched article's column menu fetches its page
 * again the same way, and the article as the page is now takes the old
 * one's place; when the fetch fails the old one stays.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "px-fetch.h"
#include "px-import.h"
#include "px-window-private.h"

typedef struct {
  PxWindow *self;      /* a reference */
  GCancellable *cancellable;
  char *address;
  PxDocument *old;     /* the article a reload replaces, or NULL */
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_object_unref (fetch->self);
  g_object_unref (fetch->cancellable);
  g_free (fetch->address);
  g_clear_object (&fetch->old);
  g_free (fetch);
}

/* --- the article picker ---------------------------------------------------- */

typedef struct {
  PxWindow *self;
  GPtrArray *docs;
  GPtrArray *checks;   /* of GtkCheckButton, by article */
} Picker;

static void
picker_free (Picker *picker)
{
  g_object_unref (picker->self);
  g_ptr_array_unref (picker->docs);
  g_ptr_array_unref (picker->checks);
  g_free (picker);
}

static void
on_picker_response (AdwMessageDialog *dialog,
                    const char       *response,
                    Picker           *picker)
{
  if (g_str_equal (response, "add"))
    for (guint i = 0; i < picker->docs->len; i++)
      if (gtk_check_button_get_active (picker->checks->pdata[i]))
        g_list_store_append (picker->self->documents, picker->docs->pdata[i]);
  picker_free (picker);
}

/* What a row says under the headline: "Outlet · 2014-03-12". */
static char *
article_details (PxDocument *doc)
{
  const char *date = px_document_get_date (doc);

  return date ? g_strdup_printf ("%s · %s", px_document_get_outlet (doc), date)
              : g_strdup (px_document_get_outlet (doc));
}

/**
 * _px_window_pick_articles:
 * @docs: the articles of one file or page (more than one)
 * @name: the file's name or the page's address, for the heading
 *
 * Asks which of @docs to compare, and adds those checked.  Few articles
 * start checked, many (an export of dozens) start unchecked.
 */
void
_px_window_pick_articles (PxWindow   *self,
                          GPtrArray  *docs,
                          const char *name)
{
  Picker *picker = g_new0 (Picker, 1);
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *list, *scroller;
  gboolean checked = docs->len <= 6;

  picker->self = g_object_ref (self);
  picker->docs = g_ptr_array_ref (docs);
  picker->checks = g_ptr_array_new ();

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%s” holds %u article", "“%s” holds %u articles",
                                          docs->len),
                             name, docs->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Check the articles to compare; each opens as a column."));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < docs->len; i++)
    {
      PxDocument *doc = docs->pdata[i];
      const char *headline = px_document_get_headline (doc);
      g_autofree char *details = article_details (doc);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *title = g_markup_escape_text (headline ? headline : px_document_get_title (doc), -1);
      g_autofree char *subtitle = g_markup_escape_text (details, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), checked);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (picker->checks, check);
    }
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add Articles"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_picker_response), picker);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _px_window_add_articles:
 * @docs: the articles read from one file or page
 * @name: where they come from, for the picker's heading
 *
 * Adds the one article, or asks which of several to add.
 */
void
_px_window_add_articles (PxWindow   *self,
                         GPtrArray  *docs,
                         const char *name)
{
  const char * const *notices;

  if (docs->len == 0)
    return;
  /* Say what the import changed (an encoding, replaced bytes): once. */
  notices = px_document_get_notices (docs->pdata[0], NULL);
  for (guint j = 0; notices[j]; j++)
    _px_window_toast (self, notices[j]);
  if (docs->len == 1)
    g_list_store_append (self->documents, docs->pdata[0]);
  else
    _px_window_pick_articles (self, docs, name);
}

/* --- fetching ---------------------------------------------------------------- */

/* The bar under the header while a page loads: what is fetched, how much
 * has come, and Stop.  A bar, not a toast: libadwaita 1.2 crashes when a
 * toast is dismissed while its show animation runs, which a page served
 * in under half a second does. */
static GtkRevealer *
fetch_bar (PxWindow *self)
{
  GtkWidget *label, *progress, *stop;

  g_assert (PX_IS_WINDOW (self));

  if (self->fetch_bar)
    return self->fetch_bar;
  label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  progress = gtk_progress_bar_new ();
  gtk_progress_bar_set_pulse_step (GTK_PROGRESS_BAR (progress), 0.1);
  gtk_widget_set_valign (progress, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (progress, 160, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (progress), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Fetching the page"), -1);
  stop = gtk_button_new_with_mnemonic (_("_Stop"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (stop), "win.stop-fetch");
  self->fetch_bar = _px_window_add_bar (self, label, progress, stop, NULL);
  self->fetch_label = GTK_LABEL (label);
  self->fetch_progress = GTK_PROGRESS_BAR (progress);
  return self->fetch_bar;
}

typedef struct {
  PxWindow *self;
  GCancellable *cancellable;   /* the fetch's, to tell a later one apart */
  gsize received, total;
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *p = data;
  GtkProgressBar *bar;

  /* Only the fetch under way moves the bar. */
  if (p->self->fetch_cancellable != p->cancellable || !p->self->fetch_bar)
    return G_SOURCE_REMOVE;
  bar = p->self->fetch_progress;
  if (p->total > 0 && p->self->n_fetching == 1)
    gtk_progress_bar_set_fraction (bar, MIN (1.0, (double) p->received / p->total));
  else
    gtk_progress_bar_pulse (bar);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *p = data;

  g_object_unref (p->self);
  g_object_unref (p->cancellable);
  g_free (p);
}

/* From the fetching thread: the window follows on its own thread. */
static void
on_fetch_progress (gsize received, gsize total, gpointer data)
{
  Fetch *fetch = data;
  Progress *p = g_new (Progress, 1);

  p->self = g_object_ref (fetch->self);
  p->cancellable = g_object_ref (fetch->cancellable);
  p->received = received;
  p->total = total;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_progress, p, progress_free);
}

static void
fetch_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  GError *error = NULL;
  GPtrArray *docs = NULL;

  if (fetch->old)
    {
      PxDocument *fresh = px_fetch_reload (fetch->old, NULL, cancellable, on_fetch_progress, fetch, &error);

      if (fresh)
        {
          docs = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (docs, fresh);
        }
    }
  else
    docs = px_fetch_articles (fetch->address, NULL, cancellable, on_fetch_progress, fetch, &error);

  if (docs)
    g_task_return_pointer (task, docs, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

/* A reloaded article takes the old one's place (and its part as the
 * reference), unless the old one was removed while its page loaded. */
static void
replace_article (PxWindow   *self,
                 PxDocument *old,
                 PxDocument *fresh)
{
  g_autofree char *message = NULL;
  guint position;

  g_assert (PX_IS_WINDOW (self));

  if (!g_list_store_find (self->documents, old, &position))
    return;
  message = px_fetch_describe_reload (old, fresh);
  if (self->reference == old)
    g_set_object (&self->reference, fresh);
  g_list_store_splice (self->documents, position, 1, (gpointer *) &fresh, 1);
  _px_window_toast (self, message);
}

static void
fetch_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (object);
  Fetch *fetch = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = g_task_propagate_pointer (G_TASK (result), &error);

  _px_window_set_loading (self, -1);
  /* Pages stopped before a later fetch began are no longer counted. */
  if (self->fetch_cancellable == fetch->cancellable && --self->n_fetching == 0)
    {
      g_clear_object (&self->fetch_cancellable);
      if (self->fetch_bar)
        gtk_revealer_set_reveal_child (self->fetch_bar, FALSE);
    }
  if (docs && fetch->old)
    replace_article (self, fetch->old, docs->pdata[0]);
  else if (docs)
    _px_window_add_articles (self, docs, fetch->address);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _px_window_toast (self, _("Stopped fetching the page"));
  else if (fetch->old)
    {
      /* Translators: a message why a page could not be fetched again, then what the window did */
      g_autofree char *message = g_strdup_printf (_("%s; the article is kept as it was"), error->message);

      _px_window_toast (self, message);
    }
  else
    _px_window_toast (self, error->message);
}

static void start_fetch (PxWindow *self, const char *address, PxDocument *old);

/**
 * px_window_open_address:
 * @address: a web address (http or https)
 *
 * Fetches @address off the main thread and adds its article (or asks
 * which of its articles).  Several pages may load at once; the bar
 * names the last one asked for.
 */
void
px_window_open_address (PxWindow   *self,
                        const char *address)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  start_fetch (self, address, NULL);
}

/* Fetches @address, or when @old is given its page again to replace it. */
static void
start_fetch (PxWindow   *self,
             const char *address,
             PxDocument *old)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (address));
  g_autofree char *title = NULL;
  GtkRevealer *bar;
  Fetch *fetch;

  g_assert (PX_IS_WINDOW (self));

  /* Pages dropped together load together; Stop stops them all. */
  if (!self->fetch_cancellable || g_cancellable_is_cancelled (self->fetch_cancellable))
    {
      g_clear_object (&self->fetch_cancellable);
      self->fetch_cancellable = g_cancellable_new ();
      self->n_fetching = 0;
      /* The window going stops it too. */
      g_signal_connect_object (self->cancellable, "cancelled", G_CALLBACK (g_cancellable_cancel),
                               self->fetch_cancellable, G_CONNECT_SWAPPED);
    }
  self->n_fetching++;

  fetch = g_new0 (Fetch, 1);
  fetch->self = g_object_ref (self);
  fetch->cancellable = g_object_ref (self->fetch_cancellable);
  fetch->address = g_steal_pointer (&stripped);
  fetch->old = old ? g_object_ref (old) : NULL;

  /* Translators: %s is a web address */
  title = g_strdup_printf (old ? _("Fetching “%s” again…") : _("Fetching “%s”…"), fetch->address);
  bar = fetch_bar (self);
  gtk_label_set_text (self->fetch_label, title);
  gtk_progress_bar_set_fraction (self->fetch_progress, 0);
  gtk_revealer_set_reveal_child (bar, TRUE);

  task = g_task_new (self, self->fetch_cancellable, fetch_done, NULL);
  g_task_set_source_tag (task, px_window_open_address);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  _px_window_set_loading (self, +1);
  _px_window_run_in_thread (task, fetch_thread);
}

/* "Reload Page": every article fetched from the address (the column
 * menu's, "column.reload") is fetched again. */
static void
reload_page_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  const char *origin = g_variant_get_string (param, NULL);
  GListModel *model = G_LIST_MODEL (self->documents);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PxDocument) doc = g_list_model_get_item (model, i);

      if (g_strcmp0 (px_document_get_origin (doc, NULL), origin) == 0 && px_fetch_is_address (origin))
        start_fetch (self, origin, doc);
    }
}

static void
stop_fetch_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->fetch_cancellable)
    g_cancellable_cancel (self->fetch_cancellable);
}

/* --- "Add from Web Address…" -------------------------------------------------- */

static void
on_address_response (AdwMessageDialog *dialog,
                     const char       *response,
                     PxWindow         *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (g_str_equal (response, "add") && *gtk_editable_get_text (entry))
    px_window_open_address (self, gtk_editable_get_text (entry));
}

static void
on_address_changed (GtkEditable *entry, AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "add", px_fetch_is_address (text));
}

/**
 * _px_window_ask_address:
 *
 * "Add from Web Address…": asks for an address, offering the one on
 * the clipboard if there is one, and fetches it.
 */
GtkWidget *
_px_window_ask_address (PxWindow *self)
{
  GtkWidget *dialog, *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add from Web Address"),
                                   _("Parallax fetches the page and adds its article after those open."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "https://");
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_URL);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Web address"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Fetch"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (on_address_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_address_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return dialog;
}

static void
open_address_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  _px_window_ask_address (PX_WINDOW (widget));
}

void
_px_window_class_init_address (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-address", NULL, open_address_action);
  gtk_widget_class_install_action (widget_class, "win.stop-fetch", NULL, stop_fetch_action);
  gtk_widget_class_install_action (widget_class, "win.reload-page", "s", reload_page_action);
}

void
_px_window_dispose_address (PxWindow *self)
{
  if (self->fetch_cancellable)
    g_cancellable_cancel (self->fetch_cancellable);
  g_clear_object (&self->fetch_cancellable);
  self->fetch_bar = NULL;   /* a child of the window: goes with it */
  self->fetch_label = NULL;
  self->fetch_progress = NULL;
}
