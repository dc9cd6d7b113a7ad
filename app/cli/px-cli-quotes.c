/* px-cli-quotes.c: parallax-cli quotes: which outlet quotes whom, and how
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "px-cli-commands.h"
#include "px-cli-source.h"
#include "px-export-json-source.h"
#include "px-export-json.h"
#include "px-import.h"

/* Quotes are shown whole up to this many characters in the text table. */
#define SHOWN_CHARS 160

static void
append_group (GString *out, const PxQuoteGroup *group, guint number,
              PxDocument **docs, guint n_docs)
{
  const PxQuoteOccurrence *ref =
    &g_array_index (group->occurrences, PxQuoteOccurrence, group->reference);
  g_autofree char *shown = NULL;
  guint width = 0;

  if (g_utf8_strlen (ref->text, -1) > SHOWN_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (ref->text, 0, SHOWN_CHARS);
      shown = g_strconcat (cut, "…", NULL);
    }
  else
    shown = g_strdup (ref->text);

  g_string_append_printf (out, "%u. %s%s\n", number,
                          group->speaker ? group->speaker : _("(speaker unknown)"),
                          /* A speaker for the reader to check. */
                          px_quote_speaker_is_uncertain (group->speaker, group->speaker_confidence)
                          ? " (?)" : "");
  g_string_append_printf (out, "   “%s”\n", shown);
  for (guint d = 0; d < n_docs; d++)
    width = MAX (width, (guint) g_utf8_strlen (px_document_get_outlet (docs[d]), -1));
  for (guint d = 0; d < n_docs; d++)
    {
      const char *outlet = px_document_get_outlet (docs[d]);
      int pad;

      /* A primary source is no outlet: it is checked against below. */
      if (px_document_get_primary_source (docs[d]))
        continue;
      pad = width - g_utf8_strlen (outlet, -1);

      g_string_append_printf (out, "   %s%*s  %s\n", outlet, pad, "", px_quote_coverage_label (group->coverage[d]));
    }
}

/**
 * px_cli_append_quote_table:
 *
 * Appends the quote table: each quotation with its speaker and, per
 * article, whether it carries it whole, trimmed, altered or not at all.
 */
void
px_cli_append_quote_table (GString     *out,
                           PxDocument **docs,
                           guint        n_docs,
                           GPtrArray   *groups)
{
  if (groups->len == 0)
    g_string_append_printf (out, "%s\n", _("No quotations found."));
  for (guint g = 0; g < groups->len; g++)
    {
      if (g > 0)
        g_string_append_c (out, '\n');
      append_group (out, g_ptr_array_index (groups, g), g + 1, docs, n_docs);
    }
}

static void
print_json (GPtrArray *docs, GPtrArray *groups, PxSourceCheck *check)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint d = 0; d < docs->len; d++)
    {
      json_builder_begin_object (builder);
      px_json_add_document_info (builder, g_ptr_array_index (docs, d));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  px_json_add_quotes (builder, groups, (PxDocument **) docs->pdata);
  if (px_source_check_get_n_sources (check) > 0)
    {
      json_builder_set_member_name (builder, "source_check");
      json_builder_add_value (builder, px_json_source_check_node (check, (PxDocument **) docs->pdata, docs->len));
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  text = px_cli_json_text (root, TRUE);
  fputs (text, stdout);
}

int
px_cli_commands_quotes (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  gboolean all_read;
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree char *format_name = NULL;
  g_auto(GStrv) sources = NULL;
  g_autoptr(PxSourceCheck) check = NULL;
  PxFormat format;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text or json"), N_("FORMAT") },
    PX_CLI_SPLIT_ENTRY,
    { "source", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &sources, N_("A primary source (transcript, speech, press release) to check the quotations against; may be given more than once"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("FILE… — list the quotations, who said them and which articles carry them"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv) || !px_cli_parse_format (format_name, &format))
    return PX_EXIT_TROUBLE;
  if (argc < 2)
    {
      px_cli_error (_("no file given: run parallax-cli quotes FILE…"));
      return PX_EXIT_TROUBLE;
    }

  /* A comparison with an article missing would mislead: stop at the
   * first file that cannot be read. */
  docs = px_cli_load_documents (argc, argv, FALSE, &all_read);
  if (docs == NULL || !px_cli_add_sources (docs, sources))
    return PX_EXIT_TROUBLE;

  px_documents_make_outlets_unique ((PxDocument **) docs->pdata, docs->len);
  groups = px_quotes_group ((PxDocument **) docs->pdata, docs->len);
  check = px_source_check_new ((PxDocument **) docs->pdata, docs->len, groups);
  px_cli_print_source_notices (check);
  if (format == PX_FORMAT_JSON)
    print_json (docs, groups, check);
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);

      px_cli_append_quote_table (out, (PxDocument **) docs->pdata, docs->len, groups);
      if (px_source_check_get_n_sources (check) > 0)
        {
          g_string_append_c (out, '\n');
          px_cli_append_source_check (out, check, (PxDocument **) docs->pdata, docs->len);
        }
      fputs (out->str, stdout);
    }
  return PX_EXIT_OK;
}
