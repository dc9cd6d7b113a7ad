/* px-cli-info.c: parallax-cli info: what Parallax reads in each file
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "px-cli-commands.h"
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

static void
add_json (JsonBuilder *builder, PxDocument *doc)
{
  json_builder_begin_object (builder);
  px_json_add_document_info (builder, doc);
  json_builder_end_object (builder);
}

int
px_cli_commands_info (int argc, char **argv)
{
  return px_cli_run_listing (argc, argv, "info", _("show what Parallax reads in each article"),
                             "\n", print_text, add_json);
}
