/* px-cli-commands.h: the commands of the parallax-cli-commands module
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include <json-glib/json-glib.h>

#include "px-cli.h"
#include "px-diff.h"
#include "px-document.h"

G_BEGIN_DECLS

/* What the program looks up in the module, by these names. */
G_MODULE_EXPORT int  px_cli_commands_info     (int argc, char **argv);
G_MODULE_EXPORT int  px_cli_commands_compare  (int argc, char **argv);
G_MODULE_EXPORT int  px_cli_commands_text     (int argc, char **argv);
G_MODULE_EXPORT int  px_cli_commands_quotes   (int argc, char **argv);
G_MODULE_EXPORT void px_cli_commands_diff_json (GArray     *ops,
                                                const char *old_text,
                                                const char *new_text,
                                                gboolean    stats_only);

/* Shared helpers. */
void     px_cli_append_quote_table (GString     *out,
                                    PxDocument **docs,
                                    guint        n_docs,
                                    GPtrArray   *groups);
typedef void (*PxCliPrintFunc)   (PxDocument *doc);
typedef void (*PxCliAddJsonFunc) (JsonBuilder *builder, PxDocument *doc);
int      px_cli_run_listing   (int argc, char **argv, const char *command, const char *summary,
                               const char *separator, PxCliPrintFunc print, PxCliAddJsonFunc add_json);
void       px_cli_keep_until_exit (gpointer data);
gboolean   px_cli_json_pretty    (gboolean to_stdout);
char      *px_cli_json_text      (JsonNode *root, gboolean to_stdout);
GPtrArray *px_cli_load_documents (int argc, char **argv, gboolean keep_going, gboolean *all_read);

/* The articles at a web address (px-cli-formats.c). */
GPtrArray *px_cli_fetch_articles (const char *address, GError **error);

/* --split: every command that takes files takes all the articles of a
 * news-database export; without it, FILE#N names one. */
extern gboolean px_cli_split;
#define PX_CLI_SPLIT_ENTRY \
  { "split", 0, 0, G_OPTION_ARG_NONE, &px_cli_split, \
    N_("Take every article of a file that holds several (FILE#N takes the N-th)"), NULL }

G_END_DECLS
