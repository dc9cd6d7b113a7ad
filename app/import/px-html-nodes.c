/* px-html-nodes.c: libxml2 node helpers of the web page reader
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-html-private.h"

const char * const px_html_never_text[] = {
  "script", "style", "noscript", "template", "iframe", "object", "embed",
  "svg", "math", "canvas", "video", "audio", "select", "button", "input",
  "textarea", "head", "link", "meta", "title", "map", "source", "picture",
  "img", "option", "datalist", "output", "progress", "meter", NULL
};

gboolean
px_html_name_is (xmlNode *node, const char *name)
{
  return node && node->type == XML_ELEMENT_NODE && node->name &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

gboolean
px_html_name_in (xmlNode *node, const char * const *names)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || node->name == NULL)
    return FALSE;
  for (guint i = 0; names[i]; i++)
    if (g_ascii_strcasecmp ((const char *) node->name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

char *
px_html_get_attr (xmlNode *node, const char *name)
{
  xmlChar *v = xmlGetProp (node, (const xmlChar *) name);
  char *out = v ? g_strdup ((const char *) v) : NULL;

  xmlFree (v);
  return out;
}

static gboolean
is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF ||
         c == 0x2007 || c == 0x202F;
}

/* Appends @text with runs of white space collapsed to one space. */
gsize
px_html_append_collapsed (GString *out, const char *text)
{
  gsize chars = 0;

  if (!g_utf8_validate (text, -1, NULL))
    return 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space_char (c) || c == 0xAD)
        {
          if (c == 0xAD)
            continue;   /* soft hyphen: invisible */
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_unichar (out, c);
      chars++;
    }
  return chars;
}

char *
px_html_collapse (const char *text)
{
  GString *s = g_string_new (NULL);

  if (text)
    px_html_append_collapsed (s, text);
  g_strstrip (s->str);
  s->len = strlen (s->str);
  return g_string_free (s, FALSE);
}

char *
px_html_node_text (xmlNode *node)
{
  xmlChar *raw = xmlNodeGetContent (node);
  char *out = px_html_collapse ((const char *) raw);

  xmlFree (raw);
  return out;
}

void
px_html_set_once (char **field, char *value)
{
  if (*field == NULL && value && *value)
    *field = value;
  else
    g_free (value);
}

gboolean
px_html_word_in (const char *word, const char * const *list)
{
  for (guint i = 0; list[i]; i++)
    if (g_ascii_strcasecmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Splits class/id values into lower-case words: "relatedStories-list"
 * gives "related", "stories", "list", and also the whole value
 * "relatedstories-list" squashed ("relatedstorieslist"). */
void
px_html_class_words (const char *value, GPtrArray *out)
{
  GString *word = g_string_new (NULL);
  GString *whole = g_string_new (NULL);

  for (const char *p = value; ; p++)
    {
      char c = *p;
      gboolean sep = c == '\0' || c == '-' || c == '_' || g_ascii_isspace (c);
      gboolean hump = g_ascii_isupper (c) && p > value && g_ascii_islower (p[-1]);

      if ((sep || hump) && word->len > 0)
        {
          g_ptr_array_add (out, g_ascii_strdown (word->str, -1));
          g_string_truncate (word, 0);
        }
      if (c == '\0' || g_ascii_isspace (c))
        {
          if (whole->len > 0)
            g_ptr_array_add (out, g_ascii_strdown (whole->str, -1));
          g_string_truncate (whole, 0);
          if (c == '\0')
            break;
          continue;
        }
      if (!sep)
        {
          g_string_append_c (word, c);
          g_string_append_c (whole, c);
        }
    }
  g_string_free (word, TRUE);
  g_string_free (whole, TRUE);
}
