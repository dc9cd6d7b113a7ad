/* px-import.c: read articles from files into documents
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input files are only ever opened for reading.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "px-boilerplate.h"
#include "px-import.h"

G_DEFINE_QUARK (px-import-error-quark, px_import_error)

static gboolean
is_blank (const char *text, gsize len)
{
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0xFEFF)
        return FALSE;
    }
  return TRUE;
}

/* Decodes @data to UTF-8.  Returns NULL and sets @error when it cannot. */
static char *
decode_text (const char *data, gsize len, const char *name, gsize *out_len, GError **error)
{
  const char *from = NULL;
  gsize skip = 0;

  if (len >= 2 && (guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
    from = "UTF-16LE", skip = 2;
  else if (len >= 2 && (guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)
    from = "UTF-16BE", skip = 2;
  else if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    skip = 3;

  if (from)
    {
      g_autoptr(GError) local = NULL;
      char *text = g_convert (data + skip, len - skip, "UTF-8", from, NULL, out_len, &local);

      if (text == NULL)
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_ENCODING,
                     _("“%s” is not valid %s text: %s"), name, from, local->message);
      return text;
    }

  if (memchr (data, '\0', len) != NULL)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_BINARY,
                   _("“%s” is a binary file, not an article: open a text or web page file"),
                   name);
      return NULL;
    }

  if (!g_utf8_validate_len (data + skip, len - skip, NULL))
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_ENCODING,
                   _("“%s” is not valid UTF-8 text: save it as UTF-8 and open it again"),
                   name);
      return NULL;
    }

  *out_len = len - skip;
  return g_strndup (data + skip, len - skip);
}

/**
 * px_import_bytes:
 * @bytes: the content of a file
 * @name: the file's name, for messages and the outlet label
 *
 * Returns: (transfer full): a document, or %NULL with @error set
 */
PxDocument *
px_import_bytes (GBytes      *bytes,
                 const char  *name,
                 GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *base = NULL;
  gsize size, len = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > PX_IMPORT_MAX_SIZE)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large (%" G_GSIZE_FORMAT " MiB): Parallax opens articles of up to %d MiB"),
                   name, size / (1024 * 1024), PX_IMPORT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (size == 0 || (text = decode_text (data, size, name, &len, error)) == NULL)
    {
      if (size == 0)
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY,
                     _("“%s” is empty: there is no article to compare"), name);
      return NULL;
    }

  if (is_blank (text, len))
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY,
                   _("“%s” holds only white space: there is no article to compare"), name);
      return NULL;
    }

  /* The outlet the text names for itself, else the file's name. */
  outlet = px_guess_outlet (text, len);
  if (outlet == NULL)
    {
      base = g_path_get_basename (name);
      outlet = px_outlet_from_filename (base);
    }
  return px_document_new (text, len, outlet);
}

static gboolean
map_io_error (GError *io, const char *name, GError **error)
{
  if (g_error_matches (io, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND,
                 _("“%s” does not exist: check the path"), name);
  else if (g_error_matches (io, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_IS_DIRECTORY,
                 _("“%s” is a folder: open the article files inside it"), name);
  else if (g_error_matches (io, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (io));
  else
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                 _("“%s” cannot be read: %s"), name, io->message);
  return FALSE;
}

/**
 * px_import_file:
 * @file: the article to read
 *
 * Reads @file and makes a document of it.  Blocks: call it from a
 * worker thread, or use px_import_file_async().
 *
 * Returns: (transfer full): a document, or %NULL with @error set
 */
PxDocument *
px_import_file (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  PxDocument *doc;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info == NULL)
    return (map_io_error (local, name, error), NULL);

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder: open the article files inside it"), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > PX_IMPORT_MAX_SIZE)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large (%" G_GOFFSET_FORMAT " MiB): Parallax opens articles of up to %d MiB"),
                   name, g_file_info_get_size (info) / (1024 * 1024),
                   PX_IMPORT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, &local);
  if (bytes == NULL)
    return (map_io_error (local, name, error), NULL);

  doc = px_import_bytes (bytes, name, error);
  if (doc)
    px_document_set_source (doc, name);
  return doc;
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  PxDocument *doc = px_import_file (G_FILE (task_data), cancellable, &error);

  if (doc)
    g_task_return_pointer (task, doc, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
px_import_file_async (GFile               *file,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_import_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, import_thread);
}

PxDocument *
px_import_file_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_import_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
