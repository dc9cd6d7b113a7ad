/* px-html-metadata.c: a saved web page's headline, outlet, author, date
 * and address
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From meta tags (Open Graph, Twitter, Dublin Core and others), JSON-LD,
 * the <title>, the first <h1>, a <time> and a byline, in that order of
 * trust for each field.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libxml/uri.h>
#include <string.h>

#include "px-html-private.h"
#include "px-json-check.h"

typedef struct {
  GHashTable *values;  /* lower-case name/property -> content */
  char *ld_headline, *ld_date, *ld_author, *ld_publisher, *ld_url;
  char *h1;
  char *time_attr;
  char *byline_text;
} PxHtmlMetadata;

static void
collect_meta (PxHtmlMetadata *md, xmlNode *node, int depth)
{
  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE || depth > PX_HTML_WALK_DEPTH)
        continue;
      if (px_html_name_is (c, "meta"))
        {
          g_autofree char *content = px_html_get_attr (c, "content");
          const char *keys[] = { "property", "name", "itemprop" };

          if (content == NULL)
            continue;
          for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
            {
              g_autofree char *k = px_html_get_attr (c, keys[i]);
              g_auto(GStrv) parts = NULL;

              if (k == NULL)
                continue;
              /* property="og:title twitter:title" names several at once. */
              parts = g_strsplit_set (k, " \t\n", -1);
              for (guint j = 0; parts[j]; j++)
                {
                  char *key = g_ascii_strdown (parts[j], -1);

                  /* The first of several same-named tags wins. */
                  if (*key && !g_hash_table_contains (md->values, key))
                    g_hash_table_insert (md->values, key, px_html_collapse (content));
                  else
                    g_free (key);
                }
            }
        }
      else if (px_html_name_is (c, "link"))
        {
          g_autofree char *rel = px_html_get_attr (c, "rel");
          if (rel && g_ascii_strcasecmp (rel, "canonical") == 0 &&
              !g_hash_table_contains (md->values, "link:canonical"))
            g_hash_table_insert (md->values, g_strdup ("link:canonical"), px_html_get_attr (c, "href"));
        }
      else if (px_html_name_is (c, "title"))
        {
          if (!g_hash_table_contains (md->values, "html:title"))
            g_hash_table_insert (md->values, g_strdup ("html:title"), px_html_node_text (c));
        }
      else if (px_html_name_is (c, "h1") && md->h1 == NULL)
        {
          char *t = px_html_node_text (c);
          px_html_set_once (&md->h1, t);
        }
      else if (px_html_name_is (c, "time") && md->time_attr == NULL)
        px_html_set_once (&md->time_attr, px_html_get_attr (c, "datetime"));
      collect_meta (md, c, depth + 1);
    }
}

static char *
json_string_or_name (JsonNode *node)
{
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return px_html_collapse (json_node_get_string (node));
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *o = json_node_get_object (node);
      if (json_object_has_member (o, "name"))
        return json_string_or_name (json_object_get_member (o, "name"));
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      GString *s = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          g_autofree char *one = json_string_or_name (json_array_get_element (a, i));
          if (one == NULL || *one == '\0' || strstr (s->str, one))
            continue;
          if (s->len)
            g_string_append (s, ", ");
          g_string_append (s, one);
        }
      return g_string_free (s, s->len == 0);
    }
  return NULL;
}

static gboolean
is_article_type (JsonObject *o)
{
  static const char * const types[] = {
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "ScholarlyArticle",
    "TechArticle", "Report", "LiveBlogPosting", "SocialMediaPosting", "Posting", "WebPage", NULL
  };
  JsonNode *t = json_object_get_member (o, "@type");
  g_autofree char *type = NULL;

  if (t == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_ARRAY (t) && json_array_get_length (json_node_get_array (t)) > 0)
    t = json_array_get_element (json_node_get_array (t), 0);
  if (!JSON_NODE_HOLDS_VALUE (t) || json_node_get_value_type (t) != G_TYPE_STRING)
    return FALSE;
  return px_html_word_in (json_node_get_string (t), types);
}

static void
take_json_ld (PxHtmlMetadata *md, JsonNode *node, int depth)
{
  if (node == NULL || depth > 8)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (a); i++)
        take_json_ld (md, json_array_get_element (a, i), depth + 1);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;

  {
    JsonObject *o = json_node_get_object (node);
    gboolean web_page;
    JsonNode *t = json_object_get_member (o, "@type");

    if (json_object_has_member (o, "@graph"))
      take_json_ld (md, json_object_get_member (o, "@graph"), depth + 1);
    if (!is_article_type (o))
      return;
    web_page = t && JSON_NODE_HOLDS_VALUE (t) && json_node_get_value_type (t) == G_TYPE_STRING &&
               g_str_equal (json_node_get_string (t), "WebPage");
    /* A WebPage object only fills in what no article object gave. */
    if (!web_page || md->ld_headline == NULL)
      {
        if (json_object_has_member (o, "headline"))
          px_html_set_once (&md->ld_headline, json_string_or_name (json_object_get_member (o, "headline")));
        else if (json_object_has_member (o, "name") && !web_page)
          px_html_set_once (&md->ld_headline, json_string_or_name (json_object_get_member (o, "name")));
      }
    if (json_object_has_member (o, "datePublished"))
      px_html_set_once (&md->ld_date, json_string_or_name (json_object_get_member (o, "datePublished")));
    if (json_object_has_member (o, "author"))
      px_html_set_once (&md->ld_author, json_string_or_name (json_object_get_member (o, "author")));
    if (json_object_has_member (o, "publisher"))
      px_html_set_once (&md->ld_publisher, json_string_or_name (json_object_get_member (o, "publisher")));
    if (json_object_has_member (o, "url") && !web_page)
      px_html_set_once (&md->ld_url, json_string_or_name (json_object_get_member (o, "url")));
  }
}

static void
collect_json_ld (PxHtmlMetadata *md, xmlNode *node, int depth)
{
  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE || depth > PX_HTML_WALK_DEPTH)
        continue;
      if (px_html_name_is (c, "script"))
        {
          g_autofree char *type = px_html_get_attr (c, "type");
          if (type && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            {
              g_autoptr(JsonParser) parser = json_parser_new ();
              xmlChar *raw = xmlNodeGetContent (c);

              /* Nested too deep for json-glib's recursion: left out. */
              if (raw && px_json_check ((const char *) raw, strlen ((const char *) raw)) == PX_JSON_CHECK_OK &&
                  json_parser_load_from_data (parser, (const char *) raw, -1, NULL))
                take_json_ld (md, json_parser_get_root (parser), 0);
              xmlFree (raw);
            }
          continue;
        }
      collect_json_ld (md, c, depth + 1);
    }
}

static gboolean
class_says_byline (const char *cls)
{
  static const char * const words[] = { "byline", "author", "authors", "writtenby", "writer", NULL };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  px_html_class_words (cls, parts);
  for (guint i = 0; i < parts->len; i++)
    if (px_html_word_in (g_ptr_array_index (parts, i), words))
      return TRUE;
  return FALSE;
}

/* Finds a byline in the page: rel="author", itemprop="author", or an
 * element whose class says byline or author. */
static void
find_byline (PxHtmlMetadata *md, xmlNode *node, int depth)
{
  for (xmlNode *c = node->children; c && md->byline_text == NULL; c = c->next)
    {
      g_autofree char *rel = NULL, *itemprop = NULL, *cls = NULL;

      if (c->type != XML_ELEMENT_NODE || depth > PX_HTML_WALK_DEPTH || px_html_name_in (c, px_html_never_text))
        continue;
      rel = px_html_get_attr (c, "rel");
      itemprop = px_html_get_attr (c, "itemprop");
      cls = px_html_get_attr (c, "class");
      if ((rel && g_ascii_strcasecmp (rel, "author") == 0) ||
          (itemprop && strstr (itemprop, "author")) ||
          (cls && class_says_byline (cls)))
        {
          char *t = px_html_node_text (c);
          glong n = g_utf8_strlen (t, -1);

          if (n > 0 && n < 100)
            {
              px_html_set_once (&md->byline_text, t);
              return;
            }
          g_free (t);
        }
      find_byline (md, c, depth + 1);
    }
}

static char *
strip_by (char *author)
{
  char *p = author;

  if (author == NULL)
    return NULL;
  if (g_ascii_strncasecmp (p, "by ", 3) == 0)
    p += 3;
  else if (g_ascii_strncasecmp (p, "by:", 3) == 0)
    p += 3;
  memmove (author, p, strlen (p) + 1);
  g_strstrip (author);
  if (*author == '\0' || g_str_has_prefix (author, "http"))
    return (g_free (author), NULL);
  return author;
}

static char *
domain_of (const char *url)
{
  xmlURIPtr uri;
  char *out = NULL;

  if (url == NULL)
    return NULL;
  uri = xmlParseURI (url);
  if (uri && uri->server)
    {
      const char *host = uri->server;
      if (g_str_has_prefix (host, "www."))
        host += 4;
      out = g_strdup (host);
    }
  xmlFreeURI (uri);
  return out;
}

/* Drops a " | Site" or " - Site" tail from a page title. */
static char *
clean_title (const char *title, const char *site)
{
  static const char *seps[] = { " | ", " - ", " — ", " – ", " :: ", " · ", " » " };
  char *out = g_strdup (title);

  for (guint i = 0; i < G_N_ELEMENTS (seps); i++)
    {
      char *at = g_strrstr (out, seps[i]);
      const char *tail;

      if (at == NULL)
        continue;
      tail = at + strlen (seps[i]);
      /* Cut when the tail names the site, or is short next to the head. */
      if ((site && g_ascii_strcasecmp (tail, site) == 0) ||
          (g_utf8_strlen (tail, -1) * 3 < g_utf8_strlen (out, at - out) &&
           g_utf8_strlen (out, at - out) > 15 && g_utf8_strlen (tail, -1) < 30))
        {
          *at = '\0';
          g_strstrip (out);
        }
      break;
    }
  return out;
}

/* Whether most words of @a occur in @b. */
static gboolean
words_found_in (const char *a, const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);
  g_auto(GStrv) words = g_strsplit_set (fa, " \t,.:;!?'\"()", -1);
  guint n = 0, found = 0;

  for (guint i = 0; words[i]; i++)
    {
      if (*words[i] == '\0')
        continue;
      n++;
      found += strstr (fb, words[i]) != NULL;
    }
  return n > 0 && found * 2 >= n;
}

/* An <h1> that is the page's headline echoes its <title>, or the title is
 * a short form of it; a section banner or a logo does neither. */
static gboolean
shares_words (const char *h1, const char *title)
{
  return words_found_in (h1, title) || words_found_in (title, h1);
}

static const char *
meta_value (PxHtmlMetadata *md, const char *key)
{
  const char *v = g_hash_table_lookup (md->values, key);

  return v && *v ? v : NULL;
}

/* Metadata comes from attributes and JSON-LD as well as from text, and
 * both may hold line breaks; every field is shown on one line. */
static void
make_single_line (char **field)
{
  char *line = px_html_collapse (*field);

  g_free (*field);
  *field = *line ? line : (g_free (line), NULL);
}

/* Browsers drop tabs and line breaks anywhere in an address and spaces
 * around it (WHATWG URL parsing); so does Parallax. */
static void
clean_url (char **url)
{
  char *out;

  if (*url == NULL)
    return;
  out = *url;
  for (const char *p = *url; *p; p++)
    if (*p != '\t' && *p != '\n' && *p != '\r')
      *out++ = *p;
  *out = '\0';
  g_strstrip (*url);
  if (**url == '\0')
    g_clear_pointer (url, g_free);
}

static void
fill_metadata (PxHtmlMetadata *md, PxHtmlArticle *a)
{
  const char *v;
  const char *title = meta_value (md, "html:title");

  a->url = g_strdup (meta_value (md, "link:canonical") ? meta_value (md, "link:canonical")
                     : meta_value (md, "og:url") ? meta_value (md, "og:url")
                     : md->ld_url);
  clean_url (&a->url);
  if ((v = meta_value (md, "og:site_name")) || (v = md->ld_publisher) ||
      (v = meta_value (md, "application-name")) || (v = meta_value (md, "twitter:site")))
    a->site = g_strdup (v);
  else
    a->site = domain_of (a->url);
  if (a->site && a->site[0] == '@')
    memmove (a->site, a->site + 1, strlen (a->site));

  if ((v = meta_value (md, "og:title")) || (v = md->ld_headline) || (v = meta_value (md, "twitter:title")) ||
      (v = meta_value (md, "dc.title")))
    a->headline = clean_title (v, a->site);
  else if (md->h1 && (title == NULL || shares_words (md->h1, title)))
    a->headline = g_strdup (md->h1);
  else if (title)
    a->headline = clean_title (title, a->site);
  else if (md->h1)
    a->headline = g_strdup (md->h1);
  /* A short h1 that the page title starts with is the cleaner headline. */
  if (a->headline && md->h1 && g_utf8_strlen (md->h1, -1) > 10 &&
      g_str_has_prefix (a->headline, md->h1) && strlen (md->h1) < strlen (a->headline))
    {
      g_free (a->headline);
      a->headline = g_strdup (md->h1);
    }

  if ((v = meta_value (md, "article:published_time")) || (v = md->ld_date) ||
      (v = meta_value (md, "datepublished")) || (v = meta_value (md, "date")) ||
      (v = meta_value (md, "pubdate")) || (v = meta_value (md, "publishdate")) ||
      (v = meta_value (md, "dc.date")) || (v = meta_value (md, "dc.date.issued")) ||
      (v = meta_value (md, "dcterms.created")) || (v = meta_value (md, "sailthru.date")) ||
      (v = meta_value (md, "parsely-pub-date")) || (v = meta_value (md, "og:published_time")) ||
      (v = md->time_attr))
    a->date = g_strdup (v);

  if ((v = meta_value (md, "author")) || (v = md->ld_author) || (v = md->byline_text) ||
      (v = meta_value (md, "article:author")) || (v = meta_value (md, "dc.creator")) ||
      (v = meta_value (md, "sailthru.author")) || (v = meta_value (md, "parsely-author")))
    a->author = strip_by (g_strdup (v));

  make_single_line (&a->site);
  make_single_line (&a->headline);
  make_single_line (&a->date);
  make_single_line (&a->author);
}

void
px_html_read_metadata (xmlDoc        *doc,
                       xmlNode       *body,
                       PxHtmlArticle *article)
{
  PxHtmlMetadata md = { 0 };

  md.values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  collect_meta (&md, (xmlNode *) doc, 0);
  collect_json_ld (&md, (xmlNode *) doc, 0);
  find_byline (&md, body, 0);
  fill_metadata (&md, article);

  g_hash_table_unref (md.values);
  g_free (md.ld_headline);
  g_free (md.ld_date);
  g_free (md.ld_author);
  g_free (md.ld_publisher);
  g_free (md.ld_url);
  g_free (md.h1);
  g_free (md.time_attr);
  g_free (md.byline_text);
}
