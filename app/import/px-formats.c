/* px-formats.c: articles in PDF and office documents, and what their
 * readers share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader (px-pdf.c, px-office.c) turns a file into paragraphs and
 * metadata; here they become documents: one for an article, one per
 * article for a news-database export (px-export-split.c), whatever the
 * file's format.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "px-outlet-names.h"
#include "px-export-split.h"
#include "px-formats.h"
#include "px-import.h"

PxExtract *
px_extract_new (void)
{
  PxExtract *extract = g_new0 (PxExtract, 1);

  extract->paragraphs = g_ptr_array_new_with_free_func (g_free);
  return extract;
}

void
px_extract_free (PxExtract *extract)
{
  if (extract == NULL)
    return;
  g_free (extract->headline);
  g_free (extract->author);
  g_free (extract->date);
  g_free (extract->site);
  g_ptr_array_unref (extract->paragraphs);
  g_free (extract);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x00A0 && c != 0x200B)
        return FALSE;
    }
  return TRUE;
}

static PxDocument *
document_from_article (PxExportArticle *a, const char *name)
{
  g_autofree char *text = NULL;
  g_autofree char *outlet = NULL;
  PxDocument *doc;

  text = a->headline ? g_strconcat (a->headline, "\n\n", a->body, NULL) : g_strdup (a->body);
  if (a->outlet)
    outlet = g_strdup (a->outlet);
  else
    {
      g_autofree char *base = g_path_get_basename (name);

      outlet = px_outlet_from_filename (base);
    }
  doc = px_document_new (text, -1, outlet);
  px_document_set_headline (doc, a->headline);
  px_document_set_site (doc, a->outlet);
  px_document_set_author (doc, a->author);
  px_document_set_date (doc, a->date);
  return doc;
}

GPtrArray *
px_format_split_documents (const char *text,
                           gsize       len,
                           const char *name)
{
  g_autoptr(GPtrArray) articles = px_export_split (text, len);
  GPtrArray *docs;

  if (articles == NULL)
    return NULL;
  docs = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (docs, document_from_article (articles->pdata[i], name));
  return docs;
}

GPtrArray *
px_format_documents (const char  *text,
                     gsize        len,
                     PxExtract   *extract,
                     const char  *name,
                     GError     **error)
{
  GPtrArray *docs = px_format_split_documents (text, len, name);
  g_autofree char *outlet = NULL;
  PxDocument *doc;

  if (docs)
    return docs;
  if (is_blank (text))
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY,
                   _("“%s” holds no text: there is no article to compare"), name);
      return NULL;
    }
  docs = g_ptr_array_new_with_free_func (g_object_unref);
  if (extract && extract->site)
    outlet = g_strdup (extract->site);
  if (outlet == NULL)
    outlet = px_guess_outlet (text, len);
  if (outlet == NULL)
    {
      g_autofree char *base = g_path_get_basename (name);

      outlet = px_outlet_from_filename (base);
    }
  doc = px_document_new (text, len, outlet);
  if (extract)
    {
      px_document_set_headline (doc, extract->headline);
      px_document_set_site (doc, extract->site);
      px_document_set_author (doc, extract->author);
      px_document_set_date (doc, extract->date);
    }
  g_ptr_array_add (docs, doc);
  return docs;
}

GPtrArray *
px_format_import (PxFormatKind  kind,
                  const char   *data,
                  gsize         size,
                  const char   *name,
                  GPtrArray    *notices,
                  GError      **error)
{
  g_autoptr(PxExtract) extract = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (kind != PX_FORMAT_KIND_NONE, NULL);

  extract = kind == PX_FORMAT_KIND_PDF ? px_pdf_extract (data, size, name, notices, error)
                                       : px_office_extract (data, size, name, notices, error);
  if (extract == NULL)
    return NULL;
  for (guint i = 0; i < extract->paragraphs->len; i++)
    {
      if (i > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, extract->paragraphs->pdata[i]);
    }
  return px_format_documents (text->str, text->len, extract, name, error);
}
