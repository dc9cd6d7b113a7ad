/* test-office.c: articles from DOCX and ODT files, and news-database
 * exports of many articles (Nexis Uni, Factiva) in any format
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files are built here with libarchive, from text of our own.
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "px-export-split.h"
#include "px-import.h"

typedef struct { const char *path, *content; } Part;

static GBytes *
zip (const Part *parts, guint n)
{
  struct archive *a = archive_write_new ();
  gsize size = 1 << 20, used = 0;
  char *buf = g_malloc (size);

  archive_write_set_format_zip (a);
  g_assert_cmpint (archive_write_open_memory (a, buf, size, &used), ==, ARCHIVE_OK);
  for (guint i = 0; i < n; i++)
    {
      struct archive_entry *e = archive_entry_new ();

      archive_entry_set_pathname (e, parts[i].path);
      archive_entry_set_size (e, strlen (parts[i].content));
      archive_entry_set_filetype (e, AE_IFREG);
      archive_entry_set_perm (e, 0644);
      archive_write_header (a, e);
      archive_write_data (a, parts[i].content, strlen (parts[i].content));
      archive_entry_free (e);
    }
  archive_write_close (a);
  archive_write_free (a);
  return g_bytes_new_take (g_realloc (buf, used), used);
}

#define W "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

static char *
docx_body (const char * const *paragraphs)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                             "<w:document " W "><w:body>");

  for (guint i = 0; paragraphs[i]; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (paragraphs[i], -1);

      g_string_append_printf (s, "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>", escaped);
    }
  g_string_append (s, "<w:sectPr/></w:body></w:document>");
  return g_string_free (s, FALSE);
}

static GBytes *
docx (const char *body)
{
  const Part parts[] = {
    { "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>" },
    { "word/document.xml", body },
    { "docProps/core.xml",
      "<?xml version=\"1.0\"?><cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
      "<dc:title>Bridge to reopen in spring</dc:title><dc:creator>Jane Example</dc:creator>"
      "<dcterms:created>2014-03-12T09:30:00Z</dcterms:created></cp:coreProperties>" },
  };

  return zip (parts, G_N_ELEMENTS (parts));
}

static GPtrArray *
import (GBytes *bytes, const char *name, GError **error)
{
  return px_import_bytes_articles (bytes, name, error);
}

static char *
text_of (PxDocument *doc)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < px_document_get_n_paragraphs (doc); i++)
    {
      g_autofree char *p = px_document_dup_paragraph_text (doc, i);

      g_string_append_printf (s, "%s%s", i ? "|" : "", p);
    }
  return g_string_free (s, FALSE);
}

/* Runs split across formatting, tabs, a table, tracked changes and a
 * field code: the text a reader sees, nothing else. */
static void
test_docx (void)
{
  const char *body =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " W "><w:body>"
    "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Bridge to reopen</w:t></w:r>"
    "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\"> in spring</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>The river bridge closed</w:t></w:r><w:r><w:tab/><w:t>since October</w:t></w:r>"
    "<w:del><w:r><w:delText>last year</w:delText></w:r></w:del>"
    "<w:ins><w:r><w:t xml:space=\"preserve\"> will reopen in April.</w:t></w:r></w:ins></w:p>"
    "<w:p/>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cost: 4 million</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
    "<w:r><w:t>Council members welcomed the news.</w:t></w:r></w:p>"
    "<w:sectPr/></w:body></w:document>";
  g_autoptr(GBytes) bytes = docx (body);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import (bytes, "bridge.docx", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 1);
  text = text_of (docs->pdata[0]);
  g_assert_cmpstr (text, ==, "Bridge to reopen in spring|The river bridge closed since October will reopen in April."
                   "|Cost: 4 million|Council members welcomed the news.");
  g_assert_cmpstr (px_document_get_headline (docs->pdata[0]), ==, "Bridge to reopen in spring");
  g_assert_cmpstr (px_document_get_author (docs->pdata[0]), ==, "Jane Example");
  g_assert_cmpstr (px_document_get_date (docs->pdata[0]), ==, "2014-03-12");
}

static void
test_odt (void)
{
  const Part parts[] = {
    { "mimetype", "application/vnd.oasis.opendocument.text" },
    { "content.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
      "<text:sequence-decls><text:sequence-decl text:name=\"Figure\"/></text:sequence-decls>"
      "<text:h text:outline-level=\"1\">Bridge to reopen in spring</text:h>"
      "<text:p>The river bridge<text:s text:c=\"3\"/>closed <text:span>in October</text:span>"
      "<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note>.</text:p>"
      "<text:list><text:list-item><text:p>Buses first.</text:p></text:list-item></text:list>"
      "<text:p><office:annotation><text:p>reviewer note</text:p></office:annotation>Cars from May.</text:p>"
      "</office:text></office:body></office:document-content>" },
    { "meta.xml",
      "<?xml version=\"1.0\"?><office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      "<office:meta><meta:initial-creator>Max Muster</meta:initial-creator>"
      "<meta:creation-date>2015-06-01T10:00:00</meta:creation-date></office:meta></office:document-meta>" },
  };
  g_autoptr(GBytes) bytes = zip (parts, G_N_ELEMENTS (parts));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import (bytes, "bridge.odt", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = text_of (docs->pdata[0]);
  g_assert_cmpstr (text, ==, "Bridge to reopen in spring|The river bridge closed in October.|Buses first.|Cars from May.");
  g_assert_cmpstr (px_document_get_author (docs->pdata[0]), ==, "Max Muster");
  g_assert_cmpstr (px_document_get_date (docs->pdata[0]), ==, "2015-06-01");
}

/* ZIP archives that are not text documents, damaged ones, bombs. */
static void
test_office_refusals (void)
{
  const Part sheet[] = {
    { "mimetype", "application/vnd.oasis.opendocument.spreadsheet" },
    { "styles.xml", "<x/>" },
  };
  const Part plain[] = { { "notes.txt", "hello" } };
  const Part bad_xml[] = { { "word/document.xml", "<w:document><w:body><w:p>" } };
  struct { GBytes *bytes; const char *name; int code; const char *what; } cases[] = {
    { zip (sheet, G_N_ELEMENTS (sheet)), "budget.ods", PX_IMPORT_ERROR_BINARY, "OpenDocument" },
    { zip (plain, G_N_ELEMENTS (plain)), "notes.zip", PX_IMPORT_ERROR_BINARY, "ZIP" },
    { zip (bad_xml, G_N_ELEMENTS (bad_xml)), "broken.docx", PX_IMPORT_ERROR_NOT_READABLE, "Word" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) docs = import (cases[i].bytes, cases[i].name, &error);

      g_assert_null (docs);
      g_assert_error (error, PX_IMPORT_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].name));
      g_assert_nonnull (strstr (error->message, cases[i].what));
      g_assert_null (strchr (error->message, '\n'));
      g_bytes_unref (cases[i].bytes);
    }
}

/* A Nexis Uni export: a cover page, then articles each with its header
 * block and "End of Document". */
static const char *nexis[] = {
  "User Name: Example University", "Date and Time: Thursday, March 13, 2014 9:12:00 AM CET",
  "Job Number: 123456", "Documents (3)", "1. Talks in Vienna end without deal",
  "Client/Matter: -none-",
  "Talks in Vienna end without deal", "The Example Times", "March 12, 2014 Wednesday",
  "Copyright 2014 The Example Times", "Section: WORLD; Pg. 4", "Length: 80 words",
  "Byline: Jane Example", "Body",
  "Foreign ministers met in Vienna on Tuesday.", "They agreed to meet again before the summer.",
  "Load-Date: March 13, 2014", "End of Document",
  "Ministers agree to meet again", "Daily Example", "March 12, 2014 Wednesday", "Length: 60 words",
  "Body", "Ministers from six countries agreed on Tuesday to meet again.", "End of Document",
  "No deal, but talks go on", "Example Herald", "13 March 2014", "Length: 50 words", "Byline: By Max Muster",
  "Body", "The talks will go on, officials said.", "Classification", "Language: ENGLISH",
  "End of Document",
  NULL,
};

static void
check_nexis (GPtrArray *docs)
{
  g_assert_cmpuint (docs->len, ==, 3);
  g_assert_cmpstr (px_document_get_outlet (docs->pdata[0]), ==, "The Example Times");
  g_assert_cmpstr (px_document_get_headline (docs->pdata[0]), ==, "Talks in Vienna end without deal");
  g_assert_cmpstr (px_document_get_date (docs->pdata[0]), ==, "2014-03-12");
  g_assert_cmpstr (px_document_get_author (docs->pdata[0]), ==, "Jane Example");
  g_assert_cmpstr (px_document_get_outlet (docs->pdata[1]), ==, "Daily Example");
  g_assert_cmpstr (px_document_get_outlet (docs->pdata[2]), ==, "Example Herald");
  g_assert_cmpstr (px_document_get_date (docs->pdata[2]), ==, "2014-03-13");
  g_assert_cmpstr (px_document_get_author (docs->pdata[2]), ==, "Max Muster");
  {
    g_autofree char *t0 = text_of (docs->pdata[0]), *t2 = text_of (docs->pdata[2]);

    g_assert_cmpstr (t0, ==, "Talks in Vienna end without deal|Foreign ministers met in Vienna on Tuesday."
                     "|They agreed to meet again before the summer.");
    g_assert_cmpstr (t2, ==, "No deal, but talks go on|The talks will go on, officials said.");
  }
}

static void
test_nexis_docx (void)
{
  g_autofree char *body = docx_body (nexis);
  g_autoptr(GBytes) bytes = docx (body);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import (bytes, "nexis.docx", &error);
  g_autoptr(PxDocument) one = NULL;

  g_assert_no_error (error);
  check_nexis (docs);

  /* Asked for one article, the file says how many it holds. */
  one = px_import_bytes (bytes, "nexis.docx", &error);
  g_assert_null (one);
  g_assert_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_SEVERAL);
  g_assert_nonnull (strstr (error->message, "nexis.docx"));
  g_assert_nonnull (strstr (error->message, "3"));
}

static void
test_nexis_text (void)
{
  g_autofree char *text = g_strjoinv ("\n\n", (char **) nexis);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import (bytes, "nexis.txt", &error);

  g_assert_no_error (error);
  check_nexis (docs);
}

/* Factiva: headline, byline, word count, date, outlet, its code,
 * language, copyright, body, "Document" and an identifier. */
static void
test_factiva (void)
{
  const char *text =
    "Talks in Vienna end without deal\n"
    "By Jane Example\n"
    "312 words\n"
    "12 March 2014\n"
    "14:05\n"
    "The Example Times\n"
    "EXTIM\n"
    "English\n"
    "(c) 2014 The Example Times. All rights reserved.\n"
    "\n"
    "Foreign ministers met in Vienna on Tuesday.\n"
    "\n"
    "They agreed to meet again.\n"
    "\n"
    "Document EXTIM00020140312ea3c0005l\n"
    "\n"
    "Ministers agree to meet again\n"
    "95 words\n"
    "13 March 2014\n"
    "Daily Example\n"
    "DAYEX\n"
    "English\n"
    "Ministers from six countries agreed to meet again.\n"
    "\n"
    "Document DAYEX00020140313ea3d0001x\n"
    "\n"
    "Search Summary\n"
    "Text: Vienna talks\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import (bytes, "factiva.txt", &error);
  g_autofree char *t0 = NULL, *t1 = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 2);
  g_assert_cmpstr (px_document_get_outlet (docs->pdata[0]), ==, "The Example Times");
  g_assert_cmpstr (px_document_get_author (docs->pdata[0]), ==, "Jane Example");
  g_assert_cmpstr (px_document_get_date (docs->pdata[0]), ==, "2014-03-12");
  g_assert_cmpstr (px_document_get_outlet (docs->pdata[1]), ==, "Daily Example");
  t0 = text_of (docs->pdata[0]);
  t1 = text_of (docs->pdata[1]);
  g_assert_cmpstr (t0, ==, "Talks in Vienna end without deal|Foreign ministers met in Vienna on Tuesday.|They agreed to meet again.");
  g_assert_cmpstr (t1, ==, "Ministers agree to meet again|Ministers from six countries agreed to meet again.");
}

/* An article that merely mentions the words is no export. */
static void
test_not_an_export (void)
{
  const char *text = "Archive staff\n\nThe clerk stamped the file: End of Document\n\n"
                     "Document 12 was missing, she said.\n";
  g_autoptr(GPtrArray) split = px_export_split (text, strlen (text));
  g_autofree char *d1 = px_export_parse_date ("Wednesday, March 12, 2014");
  g_autofree char *d2 = px_export_parse_date ("12. März 2014");
  g_autofree char *d3 = px_export_parse_date ("February 30, 2014");
  g_autofree char *d4 = px_export_parse_date ("The Example Times");

  g_assert_null (split);
  g_assert_cmpstr (d1, ==, "2014-03-12");
  g_assert_cmpstr (d2, ==, "2014-03-12");
  g_assert_null (d3);
  g_assert_null (d4);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/office/docx", test_docx);
  g_test_add_func ("/office/odt", test_odt);
  g_test_add_func ("/office/refusals", test_office_refusals);
  g_test_add_func ("/export/nexis-docx", test_nexis_docx);
  g_test_add_func ("/export/nexis-text", test_nexis_text);
  g_test_add_func ("/export/factiva", test_factiva);
  g_test_add_func ("/export/not-an-export", test_not_an_export);
  return g_test_run ();
}
