/* px-cli.h: the headless command-line tool's commands
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include <json-glib/json-glib.h>

#include "px-document.h"

G_BEGIN_DECLS

/* Exit statuses shared by every command. */
enum {
  PX_EXIT_OK = 0,
  PX_EXIT_DIFFERENT = 1,
  PX_EXIT_TROUBLE = 2,
};

typedef enum {
  PX_FORMAT_TEXT,
  PX_FORMAT_JSON,
} PxFormat;

int      px_cli_info          (int argc, char **argv);
int      px_cli_compare       (int argc, char **argv);
int      px_cli_diff          (int argc, char **argv);
int      px_cli_text          (int argc, char **argv);
int      px_cli_quotes        (int argc, char **argv);

/* Shared helpers. */
void     px_cli_append_quote_table (GString     *out,
                                    PxDocument **docs,
                                    guint        n_docs,
                                    GPtrArray   *groups);
void     px_cli_error         (const char *format, ...) G_GNUC_PRINTF (1, 2);
gboolean px_cli_parse_format  (const char *value, PxFormat *format);
gboolean px_cli_parse         (GOptionContext *context, int *argc, char ***argv);
typedef void (*PxCliPrintFunc)   (PxDocument *doc);
typedef void (*PxCliAddJsonFunc) (JsonBuilder *builder, PxDocument *doc);
int      px_cli_run_listing   (int argc, char **argv, const char *command, const char *summary,
                               const char *separator, PxCliPrintFunc print, PxCliAddJsonFunc add_json);
GPtrArray *px_cli_load_documents (int argc, char **argv, gboolean keep_going, gboolean *all_read);

G_END_DECLS
