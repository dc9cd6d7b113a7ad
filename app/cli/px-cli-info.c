/* px-cli-info.c: parallax-cli info: what Parallax reads in each file
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "px-cli.h"
#include "px-export-json.h"
#include "px-import.h"

static void
print_text (PxDocument *doc)
{
  printf ("%s\n", px_document_get_outlet (doc));
  printf ("  %-11s %s\n", _("file:"), px_document_get_source (doc));
  printf ("  %-11s %s\n", _("title:"), px_document_get_title (doc));
  printf ("  %-11s %u\n", _("paragraphs:"), px_document_get_n_paragraphs (doc));
  printf ("  %-11s %" G_GSIZE_FORMAT "\n", _("words:"), px_document_get_n_words (doc));
}

int
px_cli_info (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *format_name = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  PxFormat format;
  gboolean all_read;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text or json"), N_("FORMAT") },
    { NULL }
  };

  context = g_option_context_new (_("FILE… — show what Parallax reads in each article"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv) || !px_cli_parse_format (format_name, &format))
    return PX_EXIT_TROUBLE;
  if (argc < 2)
    {
      px_cli_error (_("no file given: run parallax-cli info FILE…"));
      return PX_EXIT_TROUBLE;
    }

  docs = px_cli_load_documents (argc, argv, TRUE, &all_read);
  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);

  for (guint i = 0; i < docs->len; i++)
    {
      if (format == PX_FORMAT_TEXT)
        {
          if (i > 0)
            printf ("\n");
          print_text (docs->pdata[i]);
        }
      else
        {
          json_builder_begin_object (builder);
          px_json_add_document_info (builder, docs->pdata[i]);
          json_builder_end_object (builder);
        }
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (format == PX_FORMAT_JSON)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      g_autofree char *text = px_json_to_string (root);

      fputs (text, stdout);
    }
  return all_read ? PX_EXIT_OK : PX_EXIT_TROUBLE;
}
