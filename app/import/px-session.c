/* px-session.c: a comparison saved as one file (.parallax)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is JSON (json-glib) and holds the articles' text itself, not
 * only where they came from, so that it opens the same on a machine
 * without the original files:
 *
 *   { "format": "parallax-comparison", "version": 1,
 *     "reference": 0,
 *     "options": { "ignore-case": false, "fold-typography": true,
 *                  "ignore-punctuation": false, "hide-page-furniture": true },
 *     "articles": [ { "outlet": "CNN", "text": "…", "source": "2-cnn.txt",
 *                     "origin": { "uri": "file:///…", "modified": 1700000000000000 },
 *                     "headline": …, "site": …, "author": …, "date": …,
 *                     "page": "PCFET0NUWVBF…" (only on a fetched page),
 *                     "primary_source": true (only on a primary source) } ],
 *     "speakers": [ { "quote": "…", "speaker": "John Kerry" } ],
 *     "notes": { "rows": [ { "paragraph": "…", "note": "…" } ],
 *                "quotes": [ { "quote": "…", "note": "…" } ] } }
 *
 * "speakers" (optional; older files have none) holds the speakers the
 * user corrected, by the words of the quotation; "notes" (optional too)
 * the analyst's notes, a row's by the words of one of its paragraphs, a
 * quotation's by its words (px-notes.h).
 *
 * "page" (optional) is a fetched web page as it came, in base64 (a page
 * need not be UTF-8); "origin" then holds its address and the time it
 * was fetched.  Reading sends it through the same import as when it was
 * fetched, so the article reopens offline as it was read then; the
 * "text" beside it is for older versions of Parallax, and for a page
 * the import no longer reads.
 *
 * Reading checks everything before it builds anything: a damaged or
 * foreign file gives an error and no half-read comparison.  No GTK here,
 * so the CLI and the fuzzers read the same code.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "px-compare.h"
#include "px-fetch.h"
#include "px-import.h"
#include "px-json-check.h"
#include "px-session.h"
#include "px-speaker-corrections.h"

static int
cmp_strings (const char **a, const char **b)
{
  return strcmp (*a, *b);
}

G_DEFINE_QUARK (px-session-error-quark, px_session_error)

PxSession *
px_session_new (void)
{
  PxSession *session = g_new0 (PxSession, 1);

  session->documents = g_ptr_array_new_with_free_func (g_object_unref);
  session->speakers = px_speaker_corrections_new ();
  session->notes = px_notes_new ();
  session->fold_typography = TRUE;
  session->hide_furniture = TRUE;
  return session;
}

void
px_session_free (PxSession *session)
{
  if (session == NULL)
    return;
  g_ptr_array_unref (session->documents);
  g_hash_table_unref (session->speakers);
  px_notes_free (session->notes);
  g_free (session);
}

/* --- writing -------------------------------------------------------------- */

static void
add_string (JsonBuilder *builder, const char *name, const char *value)
{
  /* Absent metadata is left out, not written as null. */
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_bool (JsonBuilder *builder, const char *name, gboolean value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
add_document (JsonBuilder *builder, PxDocument *doc)
{
  const char *text, *uri;
  GBytes *page;
  gsize len;
  gint64 mtime = 0;

  text = px_document_get_text (doc, &len);
  json_builder_begin_object (builder);
  add_string (builder, "outlet", px_document_get_outlet (doc));
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  add_string (builder, "source", px_document_get_source (doc));
  uri = px_document_get_origin (doc, &mtime);
  if (uri)
    {
      json_builder_set_member_name (builder, "origin");
      json_builder_begin_object (builder);
      add_string (builder, "uri", uri);
      json_builder_set_member_name (builder, "modified");
      json_builder_add_int_value (builder, mtime);
      json_builder_end_object (builder);
    }
  add_string (builder, "headline", px_document_get_headline (doc));
  add_string (builder, "site", px_document_get_site (doc));
  add_string (builder, "author", px_document_get_author (doc));
  add_string (builder, "date", px_document_get_date (doc));
  page = px_document_get_page (doc);
  if (page && g_bytes_get_size (page) <= PX_SESSION_MAX_PAGE)
    {
      g_autofree char *encoded = g_base64_encode (g_bytes_get_data (page, NULL), g_bytes_get_size (page));

      add_string (builder, "page", encoded);
    }
  /* Written only when set: files without it (older ones) hold articles. */
  if (px_document_get_primary_source (doc))
    {
      json_builder_set_member_name (builder, "primary_source");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_end_object (builder);
}

/* The corrected speakers, in the order of their quotations' words, so
 * that the same corrections always give the same file. */
static void
add_speakers (JsonBuilder *builder, GHashTable *speakers)
{
  g_autofree gpointer *quotes = NULL;
  guint n = 0;

  if (speakers == NULL || g_hash_table_size (speakers) == 0)
    return;
  quotes = g_hash_table_get_keys_as_array (speakers, &n);
  qsort (quotes, n, sizeof *quotes, (int (*) (const void *, const void *)) cmp_strings);
  json_builder_set_member_name (builder, "speakers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "quote", quotes[i]);
      add_string (builder, "speaker", g_hash_table_lookup (speakers, quotes[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* One kind of notes, sorted by key like the speakers. */
static void
add_note_list (JsonBuilder *builder, const char *member, const char *key_name, GHashTable *notes)
{
  g_autofree gpointer *keys = NULL;
  guint n = 0;

  keys = g_hash_table_get_keys_as_array (notes, &n);
  qsort (keys, n, sizeof *keys, (int (*) (const void *, const void *)) cmp_strings);
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, key_name, keys[i]);
      add_string (builder, "note", g_hash_table_lookup (notes, keys[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_notes (JsonBuilder *builder, const PxNotes *notes)
{
  if (notes == NULL || px_notes_get_size (notes) == 0)
    return;
  json_builder_set_member_name (builder, "notes");
  json_builder_begin_object (builder);
  add_note_list (builder, "rows", "paragraph", notes->rows);
  add_note_list (builder, "quotes", "quote", notes->quotes);
  json_builder_end_object (builder);
}

/**
 * px_session_to_data:
 * @length: (out) (optional): the length of the result
 *
 * Returns: (transfer full): @session as the text of a .parallax file
 */
char *
px_session_to_data (const PxSession *session,
                    gsize           *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (session != NULL, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "format", PX_SESSION_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, PX_SESSION_VERSION);
  add_string (builder, "generator", "Parallax " PACKAGE_VERSION);
  json_builder_set_member_name (builder, "reference");
  json_builder_add_int_value (builder, session->reference);

  json_builder_set_member_name (builder, "options");
  json_builder_begin_object (builder);
  add_bool (builder, "ignore-case", session->ignore_case);
  add_bool (builder, "fold-typography", session->fold_typography);
  add_bool (builder, "ignore-punctuation", session->ignore_punctuation);
  add_bool (builder, "hide-page-furniture", session->hide_furniture);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < session->documents->len; i++)
    add_document (builder, g_ptr_array_index (session->documents, i));
  json_builder_end_array (builder);
  add_speakers (builder, session->speakers);
  add_notes (builder, session->notes);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, length);
}

/* The file a chain of symbolic links ends at (at most 40 of them), or
 * @file when it is none: a saved comparison reached through a link is
 * written where the link points, and the link stays a link. */
static GFile *
link_target (GFile *file)
{
  GFile *current = g_object_ref (file);

  for (int hops = 0; hops < 40; hops++)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (current, G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK ","
                                                     G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET,
                                                     G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
      const char *target;
      g_autoptr(GFile) parent = NULL;

      if (info == NULL || !g_file_info_get_is_symlink (info) ||
          (target = g_file_info_get_symlink_target (info)) == NULL)
        break;
      parent = g_file_get_parent (current);
      g_object_unref (current);
      current = parent ? g_file_resolve_relative_path (parent, target) : g_file_new_for_path (target);
    }
  return current;
}

/**
 * px_session_save:
 *
 * Writes @session to @file atomically: a new file is written beside it
 * and renamed over it, so a failure leaves the old file as it was.  A
 * symbolic link is written through: its target is replaced, not the link.
 */
gboolean
px_session_save (const PxSession *session,
                 GFile           *file,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GFile) target = NULL;
  gsize length = 0;

  g_return_val_if_fail (session != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  target = link_target (file);
  data = px_session_to_data (session, &length);
  return g_file_replace_contents (target, data, length, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                  cancellable, error);
}

/* --- reading -------------------------------------------------------------- */

/* The member @key of @object when it is of @type (a G_TYPE_* of a value
 * node), else NULL.  json-glib's typed getters complain about a member
 * of the wrong type, and a file may hold anything. */
static JsonNode *
get_value (JsonObject *object, const char *key, GType type)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != type)
    return NULL;
  /* json-glib passes some escapes through as bytes that are not UTF-8;
   * such a string would not even write out again. */
  if (type == G_TYPE_STRING && !g_utf8_validate (json_node_get_string (node), -1, NULL))
    return NULL;
  return node;
}

static JsonObject *
get_object (JsonObject *object, const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* An optional string member: absent or null is fine, another type is not. */
static gboolean
get_optional_string (JsonObject *object, const char *key, const char **out)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      !g_utf8_validate (json_node_get_string (node), -1, NULL))
    return FALSE;
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_option (JsonObject *options, const char *key, gboolean *out)
{
  JsonNode *node;

  if (options == NULL || !json_object_has_member (options, key))
    return TRUE;   /* a missing option keeps its default */
  node = get_value (options, key, G_TYPE_BOOLEAN);
  if (node == NULL)
    return FALSE;
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
invalid (GError **error, const char *name, const char *what)
{
  /* Translators: the first %s is a file name, the second what is wrong with it */
  g_set_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_INVALID,
               _("“%s” is a damaged Parallax comparison: %s"), name, what);
  return FALSE;
}

static gboolean
has_controls (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    if ((*p < 0x20 && *p != '\n' && *p != '\t' && *p != '\f' && *p != '\r') || *p == 0x7F)
      return TRUE;
  return FALSE;
}

/* The article a kept page gives when read again as it was when fetched
 * (px_fetch_articles()): the page's only article, or the N-th of a page
 * that held several, whose origin is the address and "#N".  NULL when
 * the import no longer reads it. */
static PxDocument *
read_page (GBytes *page, const char *uri)
{
  g_autofree char *address = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  guint article = px_fetch_split_article (uri, &address);

  docs = px_import_bytes_articles (page, address, NULL);
  if (docs == NULL)
    return NULL;
  /* A page of one article whose address ends in "#N" is that article. */
  if (docs->len == 1)
    return g_object_ref (docs->pdata[0]);
  if (article > 0 && article <= docs->len)
    return g_object_ref (docs->pdata[article - 1]);
  return NULL;
}

static PxDocument *
read_document (JsonNode *node, guint index, const char *name, GError **error)
{
  JsonObject *object, *origin;
  JsonNode *text;
  const char *outlet, *source, *headline, *site, *author, *date, *uri = NULL, *page_text;
  g_autoptr(GBytes) page = NULL;
  gint64 mtime = 0;
  PxDocument *doc = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return (invalid (error, name, _("an article is not described as one")), NULL);
  object = json_node_get_object (node);
  text = get_value (object, "text", G_TYPE_STRING);
  if (text == NULL)
    return (invalid (error, name, _("an article has no text")), NULL);
  if (!get_optional_string (object, "outlet", &outlet) ||
      !get_optional_string (object, "source", &source) ||
      !get_optional_string (object, "headline", &headline) ||
      !get_optional_string (object, "site", &site) ||
      !get_optional_string (object, "author", &author) ||
      !get_optional_string (object, "date", &date) ||
      !get_optional_string (object, "page", &page_text))
    return (invalid (error, name, _("an article’s details are not text")), NULL);
  origin = get_object (object, "origin");
  if (origin)
    {
      JsonNode *modified = get_value (origin, "modified", G_TYPE_INT64);

      if (!get_optional_string (origin, "uri", &uri))
        return (invalid (error, name, _("an article’s origin is not an address")), NULL);
      if (modified)
        mtime = json_node_get_int (modified);
    }

  /* The limits an article read from a file has, and no control
   * characters but tab, line end and form feed (an import turns the
   * others into spaces). */
  if (!px_import_check_text (json_node_get_string (text), strlen (json_node_get_string (text)),
                             name, NULL))
    {
      g_autofree char *what = g_strdup_printf (_("an article is longer than Parallax reads (%d KiB of text, %d KiB a line)"),
                                               PX_IMPORT_MAX_TEXT / 1024, PX_IMPORT_MAX_LINE / 1024);

      return (invalid (error, name, what), NULL);
    }
  if (has_controls (json_node_get_string (text)) || (outlet && has_controls (outlet)))
    return (invalid (error, name, _("an article holds control characters")), NULL);
  if (outlet && g_utf8_strlen (outlet, -1) > PX_IMPORT_MAX_OUTLET)
    return (invalid (error, name, _("an outlet name is too long")), NULL);

  if (page_text)
    {
      gsize size = 0;
      guchar *bytes;

      /* Within the limit before it is decoded, and the page once more
       * through the import's own limits. */
      if (uri == NULL || strlen (page_text) > (PX_SESSION_MAX_PAGE + 2) / 3 * 4)
        return (invalid (error, name, _("a kept web page is too large or has no address")), NULL);
      bytes = g_base64_decode (page_text, &size);
      page = g_bytes_new_take (bytes, size);
      doc = read_page (page, uri);
    }
  if (doc)
    {
      if (outlet)
        px_document_set_outlet (doc, outlet);
      px_document_set_page (doc, page);
    }
  else
    {
      doc = px_document_new (json_node_get_string (text), -1, outlet);
      px_document_set_headline (doc, headline);
      px_document_set_site (doc, site);
      px_document_set_author (doc, author);
      px_document_set_date (doc, date);
    }
  px_document_set_source (doc, source);
  if (uri)
    px_document_set_origin (doc, uri, mtime);
  {
    JsonNode *primary = json_object_get_member (object, "primary_source");

    if (primary && (!JSON_NODE_HOLDS_VALUE (primary) || json_node_get_value_type (primary) != G_TYPE_BOOLEAN))
      {
        g_object_unref (doc);
        return (invalid (error, name, _("an article’s primary source mark is not true or false")), NULL);
      }
    px_document_set_primary_source (doc, primary && json_node_get_boolean (primary));
  }
  return doc;
}

/* A list of pairs under @member, when there: each an object whose
 * @key_name and @value_name are strings, the key not empty ("speakers":
 * a quotation's words and a name; notes: their key's words and a note). */
static gboolean
read_pairs (JsonObject *object, const char *member, const char *key_name, const char *value_name,
            GHashTable *into)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *list;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  list = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *item = json_array_get_element (list, i);
      JsonNode *key, *value;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        return FALSE;
      key = get_value (json_node_get_object (item), key_name, G_TYPE_STRING);
      value = get_value (json_node_get_object (item), value_name, G_TYPE_STRING);
      if (key == NULL || value == NULL || *json_node_get_string (key) == '\0')
        return FALSE;
      g_hash_table_insert (into, g_strdup (json_node_get_string (key)), g_strdup (json_node_get_string (value)));
    }
  return TRUE;
}

static gboolean
read_notes (JsonObject *object, PxNotes *notes)
{
  JsonNode *node = json_object_get_member (object, "notes");

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  return read_pairs (json_node_get_object (node), "rows", "paragraph", "note", notes->rows) &&
         read_pairs (json_node_get_object (node), "quotes", "quote", "note", notes->quotes);
}

static PxSession *
read_session (JsonNode *root, const char *name, GError **error)
{
  g_autoptr(PxSession) session = px_session_new ();
  JsonObject *object, *options;
  JsonNode *format, *version, *reference, *articles;
  JsonArray *list;
  gint64 n;

  /* A file of white space parses to no root at all. */
  format = root != NULL && JSON_NODE_HOLDS_OBJECT (root)
           ? get_value (json_node_get_object (root), "format", G_TYPE_STRING) : NULL;
  if (format == NULL || g_strcmp0 (json_node_get_string (format), PX_SESSION_FORMAT) != 0)
    {
      g_set_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_FOREIGN,
                   _("“%s” is not a Parallax comparison"), name);
      return NULL;
    }
  object = json_node_get_object (root);

  version = get_value (object, "version", G_TYPE_INT64);
  if (version == NULL || json_node_get_int (version) < 1)
    return (invalid (error, name, _("it has no version number")), NULL);
  if (json_node_get_int (version) > PX_SESSION_VERSION)
    {
      g_set_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_NEWER,
                   _("“%s” was saved by a newer version of Parallax: update Parallax to open it"),
                   name);
      return NULL;
    }

  articles = json_object_get_member (object, "articles");
  if (articles == NULL || !JSON_NODE_HOLDS_ARRAY (articles))
    return (invalid (error, name, _("it has no list of articles")), NULL);
  list = json_node_get_array (articles);
  n = json_array_get_length (list);
  if (n == 0)
    return (invalid (error, name, _("it holds no articles")), NULL);
  if (n > PX_COMPARE_MAX_DOCUMENTS)
    {
      g_autofree char *what = g_strdup_printf (_("it holds %u articles, more than the %d Parallax compares"),
                                               (guint) n, PX_COMPARE_MAX_DOCUMENTS);

      return (invalid (error, name, what), NULL);
    }
  for (guint i = 0; i < n; i++)
    {
      PxDocument *doc = read_document (json_array_get_element (list, i), i, name, error);

      if (doc == NULL)
        return NULL;
      g_ptr_array_add (session->documents, doc);
    }

  reference = get_value (object, "reference", G_TYPE_INT64);
  if (reference == NULL || json_node_get_int (reference) < 0 || json_node_get_int (reference) >= n)
    return (invalid (error, name, _("its reference article is not one of its articles")), NULL);
  session->reference = json_node_get_int (reference);

  options = get_object (object, "options");
  if (!get_option (options, "ignore-case", &session->ignore_case) ||
      !get_option (options, "fold-typography", &session->fold_typography) ||
      !get_option (options, "ignore-punctuation", &session->ignore_punctuation) ||
      !get_option (options, "hide-page-furniture", &session->hide_furniture))
    return (invalid (error, name, _("an option is neither on nor off")), NULL);
  if (!read_pairs (object, "speakers", "quote", "speaker", session->speakers))
    return (invalid (error, name, _("a corrected speaker is not a quotation and a name")), NULL);
  if (!read_notes (object, session->notes))
    return (invalid (error, name, _("a note is not a paragraph or a quotation and its text")), NULL);

  return g_steal_pointer (&session);
}

/**
 * px_session_from_data:
 * @data: the content of a .parallax file
 * @name: the file's name, for messages
 *
 * Returns: (transfer full): the comparison, or %NULL with @error set
 *   (#PX_SESSION_ERROR) when @data is damaged or not a comparison
 */
PxSession *
px_session_from_data (const char  *data,
                      gsize        length,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (length > PX_SESSION_MAX_SIZE)
    {
      g_set_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a Parallax comparison"), name);
      return NULL;
    }
  /* json-glib stops at a NUL byte; such a file is damaged, not short. */
  if (length == 0 || memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_NOT_JSON,
                   _("“%s” is damaged or not a Parallax comparison"), name);
      return NULL;
    }
  /* json-glib parses recursively and cuts a string at \u0000: both
   * are caught before it sees the text. */
  switch (px_json_check (data, length))
    {
    case PX_JSON_CHECK_TOO_DEEP:
      g_set_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_NOT_JSON,
                   _("“%s” is nested more than %d levels deep: it is not a Parallax comparison"),
                   name, PX_JSON_MAX_DEPTH);
      return NULL;
    case PX_JSON_CHECK_NUL:
      invalid (error, name, _("an article holds control characters"));
      return NULL;
    case PX_JSON_CHECK_OK:
      break;
    }
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      g_set_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_NOT_JSON,
                   _("“%s” is damaged or not a Parallax comparison (%s)"), name, local->message);
      return NULL;
    }
  return read_session (json_parser_get_root (parser), name, error);
}

/**
 * px_session_load:
 *
 * Reads a .parallax file.  Blocks: call it from a worker thread in a UI.
 *
 * Returns: (transfer full): the comparison, or %NULL with @error set
 */
PxSession *
px_session_load (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  const char *data;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  if (name == NULL)
    name = g_file_get_uri (file);
  /* Read with the limit: a pipe or a device has no size to check first. */
  bytes = px_import_read_file (file, PX_SESSION_MAX_SIZE, cancellable, &local);
  if (bytes == NULL)
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local));
      else if (g_error_matches (local, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE))
        g_set_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_TOO_LARGE,
                     _("“%s” is too large to be a Parallax comparison"), name);
      else
        g_set_error_literal (error, PX_SESSION_ERROR, PX_SESSION_ERROR_READ, local->message);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &length);
  return px_session_from_data (data, length, name, error);
}

static gboolean
same_document (PxDocument *a, PxDocument *b)
{
  const char *ua, *ub, *ta, *tb;
  gint64 ma = 0, mb = 0;
  gsize la, lb;
  GBytes *pa = px_document_get_page (a), *pb = px_document_get_page (b);

  ta = px_document_get_text (a, &la);
  tb = px_document_get_text (b, &lb);
  ua = px_document_get_origin (a, &ma);
  ub = px_document_get_origin (b, &mb);
  return la == lb && memcmp (ta, tb, la) == 0 &&
         g_strcmp0 (ua, ub) == 0 && (ua == NULL || ma == mb) &&
         g_strcmp0 (px_document_get_outlet (a), px_document_get_outlet (b)) == 0 &&
         g_strcmp0 (px_document_get_source (a), px_document_get_source (b)) == 0 &&
         g_strcmp0 (px_document_get_headline (a), px_document_get_headline (b)) == 0 &&
         g_strcmp0 (px_document_get_site (a), px_document_get_site (b)) == 0 &&
         g_strcmp0 (px_document_get_author (a), px_document_get_author (b)) == 0 &&
         g_strcmp0 (px_document_get_date (a), px_document_get_date (b)) == 0 &&
         px_document_get_primary_source (a) == px_document_get_primary_source (b) &&
         (pa == pb || (pa && pb && g_bytes_equal (pa, pb)));
}

static gboolean
same_speakers (GHashTable *a, GHashTable *b)
{
  GHashTableIter iter;
  gpointer quote, speaker;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &quote, &speaker))
    if (g_strcmp0 (speaker, g_hash_table_lookup (b, quote)) != 0)
      return FALSE;
  return TRUE;
}

/**
 * px_session_equal:
 *
 * Whether @a and @b hold the same articles (text and details) in the
 * same order, with the same reference, options and corrected speakers.
 */
gboolean
px_session_equal (const PxSession *a,
                  const PxSession *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->documents->len != b->documents->len || a->reference != b->reference ||
      !a->ignore_case != !b->ignore_case || !a->fold_typography != !b->fold_typography ||
      !a->ignore_punctuation != !b->ignore_punctuation ||
      !a->hide_furniture != !b->hide_furniture)
    return FALSE;
  for (guint i = 0; i < a->documents->len; i++)
    if (!same_document (g_ptr_array_index (a->documents, i), g_ptr_array_index (b->documents, i)))
      return FALSE;
  return same_speakers (a->speakers, b->speakers) && px_notes_equal (a->notes, b->notes);
}

/**
 * px_session_is_session_name:
 * @name: a file name or URI
 *
 * Whether @name has the .parallax extension (in any case).
 */
gboolean
px_session_is_session_name (const char *name)
{
  gsize len, ext = strlen (PX_SESSION_EXTENSION);

  g_return_val_if_fail (name != NULL, FALSE);

  len = strlen (name);
  return len > ext && g_ascii_strcasecmp (name + len - ext, PX_SESSION_EXTENSION) == 0;
}
