/* px-window-paste.c: articles from the clipboard and from dropped text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text copied from a browser or an e-mail becomes an article like a
 * file would: it goes through the importer (so pasted HTML is read as a
 * page, furniture is marked, an encoding is checked), and is labelled
 * "Pasted 1", "Pasted 2"… until the user renames it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "px-fetch.h"
#include "px-import.h"
#include "px-window-private.h"

static gboolean
outlet_in_use (PxWindow *self, const char *outlet)
{
  GListModel *docs = G_LIST_MODEL (self->documents);
  guint n = g_list_model_get_n_items (docs);

  g_assert (PX_IS_WINDOW (self));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxDocument) doc = g_list_model_get_item (docs, i);

      if (g_strcmp0 (px_document_get_outlet (doc), outlet) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The first "Pasted N" no open article is called. */
static char *
next_label (PxWindow *self)
{
  g_assert (PX_IS_WINDOW (self));

  for (guint i = 1;; i++)
    {
      /* Translators: the label of an article pasted from the clipboard;
       * %u counts them */
      g_autofree char *label = g_strdup_printf (_("Pasted %u"), i);

      if (!outlet_in_use (self, label))
        return g_steal_pointer (&label);
    }
}

/**
 * px_window_add_text:
 * @text: an article's text (plain or HTML), UTF-8
 *
 * Adds @text as an article after those open, labelled "Pasted N".
 *
 * Returns: %TRUE when it was added; otherwise a toast says why not
 */
gboolean
px_window_add_text (PxWindow   *self,
                    const char *text,
                    gssize      len)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (len < 0)
    len = strlen (text);
  /* A web address alone is the page it names. */
  {
    g_autofree char *line = g_strstrip (g_strndup (text, len));

    if (px_fetch_is_address (line) && strpbrk (line, " \t\n") == NULL)
      {
        px_window_open_address (self, line);
        return TRUE;
      }
  }
  label = next_label (self);
  bytes = g_bytes_new (text, len);
  doc = px_import_bytes (bytes, label, &error);
  if (doc == NULL)
    {
      _px_window_toast (self, error->message);
      return FALSE;
    }
  px_document_set_outlet (doc, label);
  g_list_store_append (self->documents, doc);
  return TRUE;
}

static void
read_text_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);

  _px_window_set_loading (self, -1);
  if (text == NULL || *text == '\0')
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _px_window_toast (self, _("The clipboard holds no text to add as an article"));
      return;
    }
  px_window_add_text (self, text, -1);
}

static void
paste_article_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);

  _px_window_set_loading (self, +1);
  gdk_clipboard_read_text_async (clipboard, self->cancellable, read_text_done, g_object_ref (self));
}

void
_px_window_class_init_paste (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.paste-article", NULL, paste_article_action);
}
