/* test-import.c: reading files, and refusing what is not an article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <utime.h>

#include "px-import.h"

static char *tmpdir;

static GFile *
write_tmp (const char *name, const char *data, gssize len)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);

  if (len < 0)
    len = strlen (data);
  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return g_file_new_for_path (path);
}

static void
expect_error (GFile *file, PxImportError code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = px_import_file (file, NULL, &error);
  g_autofree char *name = g_file_get_basename (file);

  g_assert_null (doc);
  g_assert_error (error, PX_IMPORT_ERROR, (int) code);
  /* Every message names the file and is one line. */
  g_assert_nonnull (strstr (error->message, name));
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PARALLAX_SAMPLES"), "2-cnn.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = px_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (px_document_get_outlet (doc), ==, "CNN");
  g_assert_cmpuint (px_document_get_n_paragraphs (doc), ==, 26);
  g_assert_nonnull (px_document_get_source (doc));
}

static void
test_refusals (void)
{
  g_autoptr(GFile) missing = g_file_new_build_filename (tmpdir, "missing.txt", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (tmpdir);
  g_autoptr(GFile) empty = write_tmp ("empty.txt", "", 0);
  g_autoptr(GFile) blank = write_tmp ("blank.txt", " \n\t\r\n \xc2\xa0\n", -1);
  g_autoptr(GFile) binary = write_tmp ("image.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

  expect_error (missing, PX_IMPORT_ERROR_NOT_FOUND);
  expect_error (dir, PX_IMPORT_ERROR_IS_DIRECTORY);
  expect_error (empty, PX_IMPORT_ERROR_EMPTY);
  expect_error (blank, PX_IMPORT_ERROR_EMPTY);
  expect_error (binary, PX_IMPORT_ERROR_BINARY);
}

#define BYTES(s) s, sizeof s - 1

typedef struct
{
  const char *name;
  const char *data;
  gsize len;
  const char *what;  /* what the refusal says the file is, or NULL */
} Refusal;

/* Imports @data as a file called @name and returns the message of its
 * refusal with @code: one line that names the file and, when given,
 * what the file is. */
static char *
refuse (const Refusal *r, int code)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (r->data, r->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = px_import_bytes (bytes, r->name, &error);

  g_assert_null (doc);
  g_assert_error (error, PX_IMPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, r->name));
  if (r->what)
    g_assert_nonnull (strstr (error->message, r->what));
  g_assert_null (strchr (error->message, '\n'));
  return g_strdup (error->message);
}

/* Binary files are refused by their signature, or by NULs and control
 * characters, whatever their name says. */
static void
test_binary (void)
{
  const Refusal cases[] = {
    { "photo.txt", BYTES ("\xff\xd8\xff\xe0\0\x10JFIF"), "JPEG" },
    { "anim.html", BYTES ("GIF89a\x01\0\x01\0"), "GIF" },
    { "article.txt.gz", BYTES ("\x1f\x8b\x08\0\0\0\0\0"), "gzip" },
    { "nul.txt", BYTES ("Some text\0with a NUL in it\n"), NULL },
    { "controls.txt", BYTES ("\x01\x02\x03\x04\x05\x06text\x07\x08"), NULL },
    { "utf16-nul.txt", BYTES ("\xff\xfe" "A\0\0\0B\0"), NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = refuse (&cases[i], PX_IMPORT_ERROR_BINARY);

      /* The refusal names every format Parallax reads, not only text. */
      g_assert_nonnull (strstr (message, "web page"));
      g_assert_nonnull (strstr (message, "PDF"));
      g_assert_nonnull (strstr (message, ".docx"));
      g_assert_nonnull (strstr (message, "ODT"));
    }
}

/* PDF and ZIP files go to their readers, whatever their name says; a
 * damaged one is refused saying what it is. */
static void
test_damaged_documents (void)
{
  const Refusal cases[] = {
    { "paper.txt", BYTES ("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "PDF" },
    { "saved.htm", BYTES ("PK\x03\x04\x14\0\0\0\x08\0"), "ZIP" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_free (refuse (&cases[i], PX_IMPORT_ERROR_NOT_READABLE));
}

/* RTF and old Word files: refused in one line that names the file and
 * says what to save it as. */
static void
test_word_processor_formats (void)
{
  const Refusal cases[] = {
    { "talks.rtf", BYTES ("{\\rtf1\\ansi{\\fonttbl\\f0 Helvetica;}\\f0\\pard Talks end.\\par\n}\n"), "an RTF document" },
    { "talks.doc", BYTES ("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0"), "an old Microsoft Office document" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = refuse (&cases[i], PX_IMPORT_ERROR_BINARY);

      g_assert_nonnull (strstr (message, ".docx"));
    }
}

static void
test_too_large (void)
{
  gsize size = PX_IMPORT_MAX_SIZE + 1;
  /* Zeroed pages are not touched until written: this costs no memory. */
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (size), size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) doc = px_import_bytes (bytes, "huge.txt", &error);

  g_assert_null (doc);
  g_assert_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.txt"));
  g_assert_nonnull (strstr (error->message, "64 MiB"));
}

static PxDocument *
import_text_data (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "text", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PxDocument *doc = px_import_file (file, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static void
assert_paragraphs (PxDocument *doc, const char * const *expected)
{
  guint n = g_strv_length ((char **) expected);

  g_assert_cmpuint (px_document_get_n_paragraphs (doc), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *p = px_document_dup_paragraph_text (doc, i);
      g_assert_cmpstr (p, ==, expected[i]);
    }
  g_assert_null (strchr (px_document_get_text (doc, NULL), '\r'));
}

static void
test_legacy_and_damaged_text (void)
{
  g_autoptr(PxDocument) cp1252 = import_text_data ("cp1252-crlf.txt");
  g_autoptr(PxDocument) bad = import_text_data ("bad-utf8.txt");
  g_autoptr(PxDocument) cr = import_text_data ("cr.txt");
  g_autoptr(PxDocument) le = import_text_data ("utf16le.txt");
  g_autoptr(PxDocument) be = import_text_data ("utf16be.txt");
  const char *cp1252_text[] = { "Café prices", "The café raised its prices – again “this week”.", NULL };
  const char *bad_text[] = { "Headline with a bad byte", "The first line is fine — really.",
                             "The second has a bad byte here: \xef\xbf\xbd and goes on.",
                             "Naïve text stays.", NULL };
  const char *cr_text[] = { "Old Mac headline", "First paragraph.", "Second paragraph.", NULL };
  const char *utf16_text[] = { "Überschrift", "Der Text geht weiter – mit Umlauten: äöü.", NULL };
  guint n;
  const char * const *notices;

  assert_paragraphs (cp1252, cp1252_text);
  notices = px_document_get_notices (cp1252, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (strstr (notices[0], "Windows-1252"));
  g_assert_nonnull (strstr (notices[0], "cp1252-crlf.txt"));
  /* Plain text keeps the outlet its file name gives, as the name writes it. */
  g_assert_cmpstr (px_document_get_outlet (cp1252), ==, "cp1252-crlf");
  g_assert_null (px_document_get_site (cp1252));

  assert_paragraphs (bad, bad_text);
  notices = px_document_get_notices (bad, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (strstr (notices[0], "line 4, byte 94"));

  assert_paragraphs (cr, cr_text);
  g_assert_cmpuint ((px_document_get_notices (cr, &n), n), ==, 0);
  assert_paragraphs (le, utf16_text);
  assert_paragraphs (be, utf16_text);
}

static void
test_reload (void)
{
  g_autoptr(GFile) file = write_tmp ("changing.txt", "First version\n\nBody one.\n", -1);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(PxDocument) doc = px_import_file (file, NULL, NULL);
  g_autoptr(PxDocument) fresh = NULL;
  g_autoptr(GError) error = NULL;
  struct utimbuf times = { 1000000000, 1000000000 };
  gint64 mtime;

  g_assert_nonnull (doc);
  g_assert_nonnull (px_document_get_origin (doc, &mtime));
  g_assert_cmpint (mtime, >, 0);
  g_assert_false (px_import_is_stale (doc));

  px_document_set_outlet (doc, "Renamed");
  g_assert_true (g_file_set_contents (path, "Second version\n\nBody two.\n", -1, NULL));
  g_assert_cmpint (utime (path, &times), ==, 0);
  g_assert_true (px_import_is_stale (doc));

  fresh = px_import_reload (doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_document_get_title (fresh), ==, "Second version");
  g_assert_cmpstr (px_document_get_outlet (fresh), ==, "Renamed");
  g_assert_false (px_import_is_stale (fresh));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (px_import_is_stale (fresh));
}

static void
test_unreadable (void)
{
  g_autoptr(GFile) file = write_tmp ("secret.txt", "text\n", -1);
  g_autofree char *path = g_file_get_path (file);

  if (geteuid () == 0)
    {
      g_test_skip ("root reads every file");
      return;
    }
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  expect_error (file, PX_IMPORT_ERROR_NOT_READABLE);
}

static void
test_encodings (void)
{
  /* UTF-8 with a byte-order mark, and UTF-16 in both byte orders. */
  const char utf8_bom[] = "\xef\xbb\xbfHello world\n";
  const char utf16le[] = "\xff\xfeH\0i\0 \0t\0h\0e\0r\0e\0";
  const char utf16be[] = "\xfe\xff\0H\0i\0 \0t\0h\0e\0r\0e";
  struct { const char *name, *data; gsize len; const char *title; } cases[] = {
    { "bom.txt", utf8_bom, sizeof utf8_bom - 1, "Hello world" },
    { "le.txt", utf16le, sizeof utf16le - 1, "Hi there" },
    { "be.txt", utf16be, sizeof utf16be - 1, "Hi there" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = write_tmp (cases[i].name, cases[i].data, cases[i].len);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxDocument) doc = px_import_file (file, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (px_document_get_title (doc), ==, cases[i].title);
    }
}

static void
test_never_writes (void)
{
  g_autoptr(GFile) file = write_tmp ("article.txt", "Headline\n\nBody.\n", -1);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(PxDocument) doc = NULL;
  GStatBuf before, after;

  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  doc = px_import_file (file, NULL, NULL);
  g_assert_nonnull (doc);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpint (before.st_mtime, ==, after.st_mtime);
  g_assert_cmpint (before.st_size, ==, after.st_size);
}

static void
on_loaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  PxDocument **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = px_import_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(GFile) file = write_tmp ("async.txt", "Async headline\n\nBody.\n", -1);
  g_autoptr(PxDocument) doc = NULL;

  px_import_file_async (file, NULL, on_loaded, &doc);
  while (doc == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (px_document_get_title (doc), ==, "Async headline");
}

/* A file name in lower case takes the spelling the text gives it; a
 * known outlet its own; else the name stays as written. */
static void
test_outlet_spelling (void)
{
  const char *text = "Harbour wall gives way\n\nThe ValleyGazette learnt on Monday that the wall had cracked.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(PxDocument) spelled = px_import_bytes (bytes, "/tmp/07-valleygazette.txt", &error);
  g_autoptr(PxDocument) known = px_import_bytes (bytes, "/tmp/5-cnsnews.txt", &error);
  g_autoptr(PxDocument) plain = px_import_bytes (bytes, "/tmp/1_1ecbplus.txt", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (px_document_get_outlet (spelled), ==, "ValleyGazette");
  g_assert_cmpstr (px_document_get_outlet (known), ==, "CNSNews");
  g_assert_cmpstr (px_document_get_outlet (plain), ==, "1_1ecbplus");
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("parallax-test-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/import/sample", test_sample);
  g_test_add_func ("/import/outlet-spelling", test_outlet_spelling);
  g_test_add_func ("/import/refusals", test_refusals);
  g_test_add_func ("/import/binary", test_binary);
  g_test_add_func ("/import/damaged-documents", test_damaged_documents);
  g_test_add_func ("/import/word-processor-formats", test_word_processor_formats);
  g_test_add_func ("/import/too-large", test_too_large);
  g_test_add_func ("/import/legacy-and-damaged-text", test_legacy_and_damaged_text);
  g_test_add_func ("/import/reload", test_reload);
  g_test_add_func ("/import/unreadable", test_unreadable);
  g_test_add_func ("/import/encodings", test_encodings);
  g_test_add_func ("/import/never-writes", test_never_writes);
  g_test_add_func ("/import/async", test_async);

  status = g_test_run ();
  {
    g_autoptr(GFile) dir = g_file_new_for_path (tmpdir);
    g_autoptr(GFileEnumerator) e = g_file_enumerate_children (dir, "standard::name", 0, NULL, NULL);
    GFileInfo *info;

    while (e && (info = g_file_enumerator_next_file (e, NULL, NULL)))
      {
        g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));
        g_file_delete (child, NULL, NULL);
        g_object_unref (info);
      }
    g_file_delete (dir, NULL, NULL);
  }
  g_free (tmpdir);
  return status;
}
