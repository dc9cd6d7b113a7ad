/* px-cli-text.c: parallax-cli text: the text Parallax takes from a file
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After decoding and, for web pages, extraction: the headline first, then
 * the paragraphs separated by blank lines, exactly as the engine splits
 * them.  Notices about conversions go to stderr so stdout stays the text.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "px-cli-commands.h"
#include "px-export-json.h"
#include "px-import.h"

static void
print_text (PxDocument *doc)
{
  guint n = px_document_get_n_paragraphs (doc);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *p = px_document_dup_paragraph_text (doc, i);

      printf ("%s%s\n", i > 0 ? "\n" : "", p);
    }
}

static void
add_document (JsonBuilder *b, PxDocument *doc)
{
  const char * const *notices = px_document_get_notices (doc, NULL);
  guint n = px_document_get_n_paragraphs (doc);
  GString *text = g_string_new (NULL);

  json_builder_begin_object (b);
  px_json_add_string_member (b, "path", px_document_get_source (doc));
  px_json_add_string_member (b, "outlet", px_document_get_outlet (doc));
  px_json_add_string_member (b, "title", px_document_get_title (doc));
  px_json_add_string_member (b, "headline", px_document_get_headline (doc));
  px_json_add_string_member (b, "site", px_document_get_site (doc));
  px_json_add_string_member (b, "author", px_document_get_author (doc));
  px_json_add_string_member (b, "date", px_document_get_date (doc));

  json_builder_set_member_name (b, "notices");
  json_builder_begin_array (b);
  for (guint i = 0; notices[i]; i++)
    json_builder_add_string_value (b, notices[i]);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "paragraphs");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *p = px_document_dup_paragraph_text (doc, i);

      json_builder_add_string_value (b, p);
      g_string_append_printf (text, "%s%s", i > 0 ? "\n\n" : "", p);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "words");
  json_builder_add_int_value (b, px_document_get_n_words (doc));
  px_json_add_string_member (b, "text", text->str);
  json_builder_end_object (b);
  g_string_free (text, TRUE);
}

int
px_cli_commands_text (int argc, char **argv)
{
  /* Several files are told apart by a form feed, which no paragraph
   * contains. */
  return px_cli_run_listing (argc, argv, "text", _("print the text Parallax takes from each file"),
                             "\f\n", print_text, add_document);
}
