/* px-office.c: an article from a Word (DOCX) or OpenDocument (ODT) file
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both are ZIP archives of XML files.  libarchive unpacks the parts
 * needed (never more than a bounded number of bytes each, so a ZIP bomb
 * is refused, not unpacked); libxml2 reads them without network access
 * or entity expansion.
 *
 *   DOCX: word/document.xml (w:p paragraphs of w:t runs; deleted text of
 *         tracked changes and field codes left out), docProps/core.xml
 *   ODT:  content.xml (text:p and text:h; notes and annotations left
 *         out), meta.xml
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "px-formats.h"
#include "px-import.h"

/* An unpacked part larger than this is refused: an article's XML is a
 * few hundred KiB, an export of hundreds of articles some MiB. */
#define PX_OFFICE_MAX_PART (4 * PX_IMPORT_MAX_SIZE)

typedef enum {
  PART_DOCX_BODY,
  PART_DOCX_CORE,
  PART_ODT_CONTENT,
  PART_ODT_META,
  PART_MIMETYPE,
  N_PARTS
} Part;

static const char * const part_names[N_PARTS] = {
  "word/document.xml", "docProps/core.xml", "content.xml", "meta.xml", "mimetype",
};

static gboolean
is_element (xmlNode *node, const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

/* The prefix of @node's namespace, as the file writes it ("w", "text"). */
static gboolean
in_namespace (xmlNode *node, const char *uri_part)
{
  return node->ns && node->ns->href && strstr ((const char *) node->ns->href, uri_part);
}

static void
add_paragraph (PxExtract *extract, GString *text)
{
  /* One line, runs of white space made one space. */
  GString *clean = g_string_new (NULL);

  for (const char *p = text->str; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xA0)
        {
          if (clean->len && clean->str[clean->len - 1] != ' ')
            g_string_append_c (clean, ' ');
        }
      else
        g_string_append_unichar (clean, c);
    }
  while (clean->len && clean->str[clean->len - 1] == ' ')
    g_string_truncate (clean, clean->len - 1);
  if (clean->len)
    g_ptr_array_add (extract->paragraphs, g_string_free (clean, FALSE));
  else
    g_string_free (clean, TRUE);
}

/* --- DOCX ------------------------------------------------------------------ */

static void
docx_runs (xmlNode *node, GString *text)
{
  for (xmlNode *n = node->children; n; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (is_element (n, "t"))
        {
          xmlChar *content = xmlNodeGetContent (n);

          g_string_append (text, (const char *) content);
          xmlFree (content);
        }
      else if (is_element (n, "tab") || is_element (n, "br") || is_element (n, "cr"))
        g_string_append_c (text, ' ');
      else if (is_element (n, "noBreakHyphen"))
        g_string_append_c (text, '-');
      /* Deleted text, field codes, footnote marks, drawings: not read. */
      else if (is_element (n, "del") || is_element (n, "instrText") || is_element (n, "delText") ||
               is_element (n, "drawing") || is_element (n, "pict") || is_element (n, "pPr") ||
               is_element (n, "rPr"))
        continue;
      else
        docx_runs (n, text);
    }
}

static void
docx_blocks (xmlNode *node, PxExtract *extract, gboolean *title_seen)
{
  for (xmlNode *n = node->children; n; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE || !in_namespace (n, "wordprocessingml"))
        continue;
      if (is_element (n, "p"))
        {
          g_autoptr(GString) text = g_string_new (NULL);
          guint before = extract->paragraphs->len;

          docx_runs (n, text);
          add_paragraph (extract, text);
          /* The first paragraph in the "Title" style names the document. */
          if (!*title_seen && extract->paragraphs->len > before)
            for (xmlNode *pr = n->children; pr; pr = pr->next)
              if (is_element (pr, "pPr"))
                for (xmlNode *st = pr->children; st; st = st->next)
                  if (is_element (st, "pStyle"))
                    {
                      xmlChar *val = xmlGetNsProp (st, (const xmlChar *) "val", st->ns ? st->ns->href : NULL);

                      if (val && g_ascii_strcasecmp ((const char *) val, "Title") == 0 && extract->headline == NULL)
                        {
                          extract->headline = g_strdup (extract->paragraphs->pdata[before]);
                          *title_seen = TRUE;
                        }
                      xmlFree (val);
                    }
        }
      else if (!is_element (n, "sectPr"))
        docx_blocks (n, extract, title_seen);   /* tables, content controls */
    }
}

/* --- ODT ------------------------------------------------------------------- */

static void
odt_inline (xmlNode *node, GString *text)
{
  for (xmlNode *n = node->children; n; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        g_string_append (text, (const char *) n->content);
      else if (n->type != XML_ELEMENT_NODE)
        continue;
      else if (is_element (n, "s"))
        {
          xmlChar *c = xmlGetProp (n, (const xmlChar *) "c");
          int count = c ? CLAMP (atoi ((const char *) c), 1, 100) : 1;

          for (int i = 0; i < count; i++)
            g_string_append_c (text, ' ');
          xmlFree (c);
        }
      else if (is_element (n, "tab") || is_element (n, "line-break"))
        g_string_append_c (text, ' ');
      else if (is_element (n, "note") || is_element (n, "annotation") || is_element (n, "tracked-changes"))
        continue;
      else
        odt_inline (n, text);
    }
}

static void
odt_blocks (xmlNode *node, PxExtract *extract)
{
  for (xmlNode *n = node->children; n; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if ((is_element (n, "p") || is_element (n, "h")) && in_namespace (n, "opendocument:xmlns:text"))
        {
          g_autoptr(GString) text = g_string_new (NULL);

          odt_inline (n, text);
          add_paragraph (extract, text);
        }
      else if (is_element (n, "tracked-changes") || is_element (n, "annotation") ||
               is_element (n, "sequence-decls") || is_element (n, "variable-decls"))
        continue;
      else
        odt_blocks (n, extract);
    }
}

/* --- metadata (Dublin Core in both) ------------------------------------------ */

static void
read_metadata (xmlNode *node, PxExtract *extract)
{
  for (xmlNode *n = node; n; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (is_element (n, "title") || is_element (n, "creator") || is_element (n, "initial-creator") ||
          is_element (n, "created") || is_element (n, "creation-date"))
        {
          xmlChar *content = xmlNodeGetContent (n);
          g_autofree char *value = g_strstrip (g_strdup ((const char *) content));

          xmlFree (content);
          if (*value == '\0')
            continue;
          if (is_element (n, "title") && extract->headline == NULL)
            extract->headline = g_steal_pointer (&value);
          else if ((is_element (n, "creator") || is_element (n, "initial-creator")) && extract->author == NULL)
            extract->author = g_steal_pointer (&value);
          else if ((is_element (n, "created") || is_element (n, "creation-date")) && extract->date == NULL &&
                   strlen (value) >= 10 && value[4] == '-' && value[7] == '-')
            extract->date = g_strndup (value, 10);
        }
      read_metadata (n->children, extract);
    }
}

static xmlDoc *
parse_xml (GBytes *part)
{
  gsize len;
  const char *data = g_bytes_get_data (part, &len);

  if (len > G_MAXINT)
    return NULL;
  /* No network, no entity expansion, no DTD loading; libxml2's default
   * limits on depth and sizes stay on (no XML_PARSE_HUGE). */
  return xmlReadMemory (data, (int) len, NULL, NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS);
}

/* Unpacks the parts Parallax reads; FALSE with @error set when the
 * archive is damaged or a part too large. */
static gboolean
unpack (const char *data, gsize size, const char *name, GBytes **parts, GError **error)
{
  struct archive *a = archive_read_new ();
  struct archive_entry *entry;
  gboolean ok = TRUE;
  int r;

  archive_read_support_format_zip (a);
  if (archive_read_open_memory (a, data, size) != ARCHIVE_OK)
    {
      archive_read_free (a);
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” is a damaged ZIP archive or office document"), name);
      return FALSE;
    }
  while ((r = archive_read_next_header (a, &entry)) == ARCHIVE_OK || r == ARCHIVE_WARN)
    {
      const char *path = archive_entry_pathname (entry);
      GByteArray *buf;
      char chunk[16384];
      la_ssize_t got;
      int p;

      for (p = 0; p < N_PARTS; p++)
        if (path && strcmp (path, part_names[p]) == 0)
          break;
      if (p == N_PARTS || parts[p] != NULL)
        continue;
      buf = g_byte_array_new ();
      while ((got = archive_read_data (a, chunk, sizeof chunk)) > 0)
        {
          if (buf->len + (gsize) got > PX_OFFICE_MAX_PART)
            {
              g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                           _("“%s” unpacks to more than %d MiB of text: Parallax opens articles of up to %d MiB"),
                           name, PX_OFFICE_MAX_PART / (1024 * 1024), PX_IMPORT_MAX_SIZE / (1024 * 1024));
              got = -2;
              break;
            }
          g_byte_array_append (buf, (const guint8 *) chunk, (guint) got);
        }
      if (got < 0)
        {
          if (got != -2)
            g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                         _("“%s” is a damaged ZIP archive or office document"), name);
          g_byte_array_unref (buf);
          ok = FALSE;
          break;
        }
      parts[p] = g_byte_array_free_to_bytes (buf);
    }
  if (ok && r != ARCHIVE_EOF && parts[PART_DOCX_BODY] == NULL && parts[PART_ODT_CONTENT] == NULL)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” is a damaged ZIP archive or office document"), name);
      ok = FALSE;
    }
  archive_read_free (a);
  return ok;
}

/**
 * px_office_extract:
 *
 * The paragraphs (headings included) and metadata of a DOCX or ODT file.
 * Other ZIP archives, spreadsheets and presentations among them, are
 * refused with a message saying what they are.
 */
PxExtract *
px_office_extract (const char  *data,
                   gsize        size,
                   const char  *name,
                   GPtrArray   *notices,
                   GError     **error)
{
  GBytes *parts[N_PARTS] = { NULL };
  g_autoptr(PxExtract) extract = px_extract_new ();
  PxExtract *result = NULL;
  xmlDoc *doc = NULL;
  gboolean docx, title_seen = FALSE;

  if (!unpack (data, size, name, parts, error))
    goto out;

  docx = parts[PART_DOCX_BODY] != NULL;
  if (!docx && parts[PART_ODT_CONTENT] == NULL)
    {
      gsize len = 0;
      const char *mime = parts[PART_MIMETYPE] ? g_bytes_get_data (parts[PART_MIMETYPE], &len) : NULL;

      if (mime && len > 28 && strncmp (mime, "application/vnd.oasis.opendocument.", 35) == 0)
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_BINARY,
                     _("“%s” is an OpenDocument file but not a text document: open an article as ODT, DOCX, PDF or text"),
                     name);
      else
        g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_BINARY,
                     _("“%s” is a ZIP archive, not an article: unpack it and open the articles inside"), name);
      goto out;
    }

  doc = parse_xml (parts[docx ? PART_DOCX_BODY : PART_ODT_CONTENT]);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   docx ? _("“%s” is a damaged Word document: its text cannot be read")
                        : _("“%s” is a damaged OpenDocument file: its text cannot be read"),
                   name);
      goto out;
    }
  if (docx)
    docx_blocks (xmlDocGetRootElement (doc), extract, &title_seen);
  else
    odt_blocks (xmlDocGetRootElement (doc), extract);
  g_clear_pointer (&doc, xmlFreeDoc);

  if (extract->paragraphs->len == 0)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY,
                   _("“%s” is a document with no text in it: there is no article to compare"), name);
      goto out;
    }

  if (parts[docx ? PART_DOCX_CORE : PART_ODT_META] &&
      (doc = parse_xml (parts[docx ? PART_DOCX_CORE : PART_ODT_META])) != NULL)
    {
      read_metadata (xmlDocGetRootElement (doc), extract);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  result = g_steal_pointer (&extract);

out:
  for (int p = 0; p < N_PARTS; p++)
    g_clear_pointer (&parts[p], g_bytes_unref);
  return result;
}
