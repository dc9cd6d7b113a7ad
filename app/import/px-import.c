/* px-import.c: read articles from files into documents
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input files are only ever opened for reading.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "px-decode.h"
#include "px-formats.h"
#include "px-html.h"
#include "px-import.h"
#include "px-outlet-names.h"

static gboolean
is_blank (const char *text, gsize len)
{
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x00A0 && c != 0x200B)
        return FALSE;
    }
  return TRUE;
}

/* Turns CRLF and lone CR line ends into LF, in place. */
static gsize
normalise_line_ends (char *text, gsize len)
{
  gsize w = 0;

  for (gsize r = 0; r < len; r++)
    {
      if (text[r] == '\r')
        {
          text[w++] = '\n';
          if (r + 1 < len && text[r + 1] == '\n')
            r++;
        }
      else
        text[w++] = text[r];
    }
  text[w] = '\0';
  return w;
}

/* The few control characters a text may hold (an escape, a bell) would
 * reach a terminal or a saved comparison: they become spaces, in place. */
static void
clear_controls (char *text, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (((guchar) text[i] < 0x20 && text[i] != '\n' && text[i] != '\t' && text[i] != '\f') ||
        text[i] == 0x7F)
      text[i] = ' ';
}

/**
 * px_import_check_text:
 * @text: an article's text, as read
 * @name: the file's name, for messages
 *
 * Refuses a text longer than %PX_IMPORT_MAX_TEXT bytes or with a line
 * longer than %PX_IMPORT_MAX_LINE (#PX_IMPORT_ERROR_TOO_LARGE).
 */
gboolean
px_import_check_text (const char  *text,
                      gsize        len,
                      const char  *name,
                      GError     **error)
{
  const char *line = text, *end = text + len, *nl;

  if (len > PX_IMPORT_MAX_TEXT)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” holds %lu KiB of text: Parallax compares articles of up to %d KiB"),
                   name, (gulong) (len / 1024), PX_IMPORT_MAX_TEXT / 1024);
      return FALSE;
    }
  for (; line < end; line = nl + 1)
    {
      nl = memchr (line, '\n', end - line);
      if (nl == NULL)
        nl = end;
      if ((gsize) (nl - line) > PX_IMPORT_MAX_LINE)
        {
          g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                       _("“%s” has a line of %lu KiB: Parallax reads lines (paragraphs) of up to %d KiB"),
                       name, (gulong) ((nl - line) / 1024), PX_IMPORT_MAX_LINE / 1024);
          return FALSE;
        }
    }
  return TRUE;
}

static PxDocument *
document_from_text (const char *data, gsize size, const char *name, GPtrArray *notices,
                    GError **error)
{
  g_autofree char *text = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *base = NULL;
  gsize len = 0;

  text = px_decode_to_utf8 (data, size, NULL, name, &len, notices, error);
  if (text == NULL)
    return NULL;
  len = normalise_line_ends (text, len);
  /* Refused before the work of splitting it into words. */
  if (!px_import_check_text (text, len, name, error))
    return NULL;
  clear_controls (text, len);
  if (is_blank (text, len))
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY,
                   _("“%s” holds only white space: there is no article to compare"), name);
      return NULL;
    }
  /* The outlet the text names for itself (a dateline, "Follow X on
   * Twitter"), else the file's name. */
  outlet = px_guess_outlet (text, len);
  if (outlet == NULL)
    {
      base = g_path_get_basename (name);
      outlet = px_outlet_from_filename (base);
      /* "cnn" in a text that writes "CNN": as the outlet writes itself. */
      if (px_outlet_known_spelling (outlet) == NULL)
        {
          char *spelled = px_outlet_spelled_in_text (outlet, text, len);

          if (spelled)
            {
              g_free (outlet);
              outlet = spelled;
            }
        }
    }
  return px_document_new (text, len, outlet);
}

/* Takes @docs (nullable) and gives them back when each keeps the limits
 * of px_import_check_text(), else NULL with @error set.  An outlet named
 * after a file whose name holds control characters gets spaces there. */
static GPtrArray *
check_articles (GPtrArray *docs, const char *name, GError **error)
{
  static const char controls[] = "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
                                 "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f";

  for (guint d = 0; docs && d < docs->len; d++)
    {
      gsize len;
      const char *text = px_document_get_text (docs->pdata[d], &len);
      g_autofree char *outlet = g_strdup (px_document_get_outlet (docs->pdata[d]));

      if (!px_import_check_text (text, len, name, error))
        {
          g_ptr_array_unref (docs);
          return NULL;
        }
      if (outlet && strpbrk (outlet, controls))
        {
          g_strdelimit (outlet, controls, ' ');
          px_document_set_outlet (docs->pdata[d], outlet);
        }
    }
  return docs;
}

static GPtrArray *
add_notices (GPtrArray *docs, GPtrArray *notices)
{
  for (guint d = 0; docs && d < docs->len; d++)
    for (guint i = 0; i < notices->len; i++)
      px_document_add_notice (docs->pdata[d], g_ptr_array_index (notices, i));
  return docs;
}

/**
 * px_import_bytes_articles:
 * @bytes: the content of a file
 * @name: the file's name, for messages and the outlet label
 *
 * Makes documents of a plain text file (UTF-8, UTF-16 with a byte-order
 * mark, or Windows-1252), a saved web page, a PDF, DOCX or ODT file,
 * told apart by content: one document for an article, one per article
 * for a news-database export (px-export-split.h).  What the import
 * changed on the way (a converted encoding, replaced bytes) is listed
 * in the documents' notices.
 *
 * Returns: (transfer full): the documents (at least one), or %NULL with
 *   @error set
 */
GPtrArray *
px_import_bytes_articles (GBytes      *bytes,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *docs = NULL;
  g_autofree char *utf16 = NULL;
  const char *data, *what, *bom;
  gsize size, bom_len = 0;
  PxFormatKind kind;
  PxDocument *doc = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > PX_IMPORT_MAX_SIZE)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                   /* %lu, not G_GSIZE_FORMAT: xgettext cannot read a macro inside a message */
                   _("“%s” is too large (%lu MiB): Parallax opens articles of up to %d MiB"),
                   name, (gulong) (size / (1024 * 1024)), PX_IMPORT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (size == 0)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY,
                   _("“%s” is empty: there is no article to compare"), name);
      return NULL;
    }
  if ((kind = px_format_sniff (data, size)) != PX_FORMAT_KIND_NONE)
    return add_notices (check_articles (px_format_import (kind, data, size, name, notices, error),
                                        name, error), notices);
  if ((what = px_sniff_binary (data, size)) != NULL)
    {
      /* RTF and Word before 2007 (an OLE compound file): no maintained
       * library reads them (Debian has unrtf, a program, and AbiWord's
       * library, built on GTK 3); the word processor that made them
       * saves them as what Parallax reads. */
      if ((size >= 5 && memcmp (data, "{\\rtf", 5) == 0) ||
          (size >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0))
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_BINARY,
                     /* Translators: the second %s says what the file is ("an RTF document") */
                     _("“%s” is %s, which Parallax does not read: save it as a Word document (.docx), "
                       "ODT or text in your word processor and open that"), name, what);
      else
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_BINARY,
                     /* Translators: the second %s says what the file is ("a PNG image") */
                     _("“%s” is %s, not an article: open a text, web page, PDF, "
                       "Word document (.docx) or ODT file"), name, what);
      return NULL;
    }

  /* UTF-16 is turned into UTF-8 first, so a UTF-16 web page is seen as one. */
  bom = px_sniff_bom (data, size, &bom_len);
  if (bom && bom_len == 2)
    {
      gsize len = 0;

      utf16 = px_decode_to_utf8 (data, size, NULL, name, &len, notices, error);
      if (utf16 == NULL)
        return NULL;
      /* A NUL character is no more text in UTF-16 than in UTF-8. */
      if (memchr (utf16, '\0', len) != NULL)
        {
          g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_BINARY,
                       _("“%s” is a binary file, not an article: open a text, web page, PDF, "
                         "Word document (.docx) or ODT file"), name);
          return NULL;
        }
      data = utf16, size = len;
    }

  if (px_sniff_html (data, size, name))
    doc = px_html_import (data, size, name, notices, error);
  else if ((doc = document_from_text (data, size, name, notices, error)) != NULL)
    {
      /* A text file may be a news-database export of many articles. */
      gsize len;
      const char *text = px_document_get_text (doc, &len);

      docs = px_format_split_documents (text, len, name);
    }
  if (docs == NULL && doc == NULL)
    return NULL;
  if (docs == NULL)
    {
      docs = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (docs, doc);
    }
  else
    g_clear_object (&doc);
  return add_notices (check_articles (g_steal_pointer (&docs), name, error), notices);
}

/**
 * px_import_bytes:
 * @bytes: the content of a file
 * @name: the file's name, for messages and the outlet label
 *
 * Makes a document of a file holding one article (see
 * px_import_bytes_articles()); a file of several articles is refused,
 * naming how many it holds.
 *
 * Returns: (transfer full): a document, or %NULL with @error set
 */
PxDocument *
px_import_bytes (GBytes      *bytes,
                 const char  *name,
                 GError     **error)
{
  g_autoptr(GPtrArray) docs = px_import_bytes_articles (bytes, name, error);

  if (docs == NULL)
    return NULL;
  if (docs->len > 1)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_SEVERAL,
                   _("“%s” holds %u articles: choose one as “%s#N”, or take all of them"),
                   name, docs->len, name);
      return NULL;
    }
  return g_object_ref (docs->pdata[0]);
}

static gint64
modified_usec (GFileInfo *info)
{
  return (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
         g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
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
 * px_import_read_file:
 * @file: the file to read
 * @limit: the most bytes it may hold (%PX_IMPORT_MAX_SIZE for an article)
 *
 * Reads @file whole, unless it holds more than @limit bytes: what every
 * importer reads a file with.  The limit is kept while reading, so a
 * device, a pipe or a file that grows cannot take more memory than
 * that; a named pipe nobody writes to reads as empty instead of
 * waiting, and cancelling @cancellable stops a pipe's slow writer.
 * Blocks: call it from a worker thread in a UI.
 *
 * Returns: (transfer full): the content, or %NULL with @error set
 *   (#PX_IMPORT_ERROR, or %G_IO_ERROR_CANCELLED)
 */
GBytes *
px_import_read_file (GFile         *file,
                     gsize          limit,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  char *data;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path != NULL)
    {
      int cancel_fd = cancellable ? g_cancellable_get_fd (cancellable) : -1;

      data = px_read_file (path, name, limit, cancel_fd, &length, &local);
      if (cancellable)
        g_cancellable_release_fd (cancellable);
      if (data == NULL && g_error_matches (local, PX_IMPORT_ERROR, PX_IMPORT_ERROR_CANCELLED))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, local->message);
          return NULL;
        }
      if (data == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      return g_bytes_new_take (data, length);
    }

  /* Not in the file system (a GVfs location): a stream, read with the
   * same limit. */
  {
    g_autoptr(GInputStream) in = G_INPUT_STREAM (g_file_read (file, cancellable, &local));
    g_autoptr(GByteArray) buffer = g_byte_array_new ();
    guint8 chunk[64 * 1024];

    if (in == NULL)
      return (map_io_error (local, name, error), NULL);
    for (;;)
      {
        gssize n = g_input_stream_read (in, chunk, sizeof chunk, cancellable, &local);

        if (n < 0)
          return (map_io_error (local, name, error), NULL);
        if (n == 0)
          break;
        g_byte_array_append (buffer, chunk, n);
        if (buffer->len > limit)
          {
            g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                         _("“%s” goes on past %d MiB, the most Parallax opens as an article"),
                         name, (int) (limit / (1024 * 1024)));
            return NULL;
          }
      }
    return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
  }
}

/**
 * px_import_file_articles:
 * @file: the file to read
 *
 * Reads @file and makes documents of it (px_import_bytes_articles()).
 * Each document's origin is @file's address; the second and later
 * articles of an export get "#N" after it.  Blocks: call it from a
 * worker thread.
 *
 * Returns: (transfer full): the documents, or %NULL with @error set
 */
GPtrArray *
px_import_file_articles (GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;
  GPtrArray *docs;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                            G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info == NULL)
    return (map_io_error (local, name, error), NULL);

  bytes = px_import_read_file (file, PX_IMPORT_MAX_SIZE, cancellable, error);
  if (bytes == NULL)
    return NULL;

  docs = px_import_bytes_articles (bytes, name, error);
  uri = g_file_get_uri (file);
  for (guint i = 0; docs && i < docs->len; i++)
    {
      g_autofree char *article_uri = i > 0 ? g_strdup_printf ("%s#%u", uri, i + 1) : g_strdup (uri);
      g_autofree char *source = i > 0 ? g_strdup_printf ("%s#%u", name, i + 1) : g_strdup (name);

      px_document_set_source (docs->pdata[i], source);
      px_document_set_origin (docs->pdata[i], article_uri, modified_usec (info));
    }
  return docs;
}

/**
 * px_import_file:
 * @file: the article to read
 *
 * Reads @file and makes a document of it; a file of several articles is
 * refused (px_import_bytes()).  Blocks: call it from a worker thread,
 * or use px_import_file_async().
 *
 * Returns: (transfer full): a document, or %NULL with @error set
 */
PxDocument *
px_import_file (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GPtrArray) docs = px_import_file_articles (file, cancellable, error);

  if (docs == NULL)
    return NULL;
  if (docs->len > 1)
    {
      const char *name = px_document_get_source (docs->pdata[0]);

      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_SEVERAL,
                   _("“%s” holds %u articles: choose one as “%s#N”, or take all of them"),
                   name, docs->len, name);
      return NULL;
    }
  return g_object_ref (docs->pdata[0]);
}

/* An article's file, and which article of it (1 for the first). */
static GFile *
origin_file (const char *uri, guint *article)
{
  const char *hash = strrchr (uri, '#');
  guint64 n = 0;

  *article = 1;
  if (hash && g_ascii_string_to_unsigned (hash + 1, 10, 2, G_MAXUINT, &n, NULL))
    {
      g_autofree char *file_uri = g_strndup (uri, hash - uri);

      *article = (guint) n;
      return g_file_new_for_uri (file_uri);
    }
  return g_file_new_for_uri (uri);
}

/**
 * px_import_find_origin:
 * @file: a file about to be written
 * @documents: (array length=n_documents): the articles open
 *
 * Finds the article read from @file: the same device and inode, after
 * following links, so another name or a link to it is found too.  No
 * export or save may write over what it compares.
 *
 * Returns: (transfer none) (nullable): that article, or %NULL
 */
PxDocument *
px_import_find_origin (GFile       *file,
                       PxDocument **documents,
                       guint        n_documents)
{
  g_autofree char *path = NULL;
  GStatBuf out;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL || g_stat (path, &out) != 0)
    return NULL;   /* nothing there yet: it is no article */
  for (guint i = 0; i < n_documents; i++)
    {
      const char *uri = px_document_get_origin (documents[i], NULL);
      guint article;
      g_autoptr(GFile) origin = uri ? origin_file (uri, &article) : NULL;
      g_autofree char *origin_path = origin ? g_file_get_path (origin) : NULL;
      GStatBuf in;

      if (origin_path && g_stat (origin_path, &in) == 0 &&
          in.st_dev == out.st_dev && in.st_ino == out.st_ino)
        return documents[i];
    }
  return NULL;
}

/**
 * px_import_is_stale:
 * @doc: a document read by px_import_file()
 *
 * Tells whether the file @doc was read from has changed on disk since (or
 * has gone), so the user can be offered to reload it.  Blocks briefly.
 */
gboolean
px_import_is_stale (PxDocument *doc)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  const char *uri;
  gint64 mtime;
  guint article;

  g_return_val_if_fail (PX_IS_DOCUMENT (doc), FALSE);

  uri = px_document_get_origin (doc, &mtime);
  /* A page fetched from the web is what it was when fetched. */
  if (uri == NULL || g_str_has_prefix (uri, "http://") || g_str_has_prefix (uri, "https://"))
    return FALSE;
  file = origin_file (uri, &article);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                            G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info == NULL || modified_usec (info) != mtime;
}

/**
 * px_import_reload:
 * @doc: a document read by px_import_file()
 *
 * Reads @doc's file again.  The outlet label the user may have edited is
 * carried over.
 *
 * Returns: (transfer full): a new document, or %NULL with @error set
 */
PxDocument *
px_import_reload (PxDocument    *doc,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) file = NULL;
  const char *uri;
  guint article;
  PxDocument *fresh;

  g_return_val_if_fail (PX_IS_DOCUMENT (doc), NULL);

  uri = px_document_get_origin (doc, NULL);
  if (uri == NULL)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND,
                   _("“%s” was not read from a file and cannot be reloaded"),
                   px_document_get_outlet (doc));
      return NULL;
    }
  file = origin_file (uri, &article);
  if (article == 1)
    fresh = px_import_file (file, cancellable, error);
  else
    {
      g_autoptr(GPtrArray) docs = px_import_file_articles (file, cancellable, error);

      if (docs && article > docs->len)
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND,
                     _("“%s” no longer holds an article %u"), px_document_get_source (doc), article);
      fresh = docs && article <= docs->len ? g_object_ref (docs->pdata[article - 1]) : NULL;
    }
  if (fresh)
    {
      px_document_set_outlet (fresh, px_document_get_outlet (doc));
      px_document_set_source (fresh, px_document_get_source (doc));
    }
  return fresh;
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
