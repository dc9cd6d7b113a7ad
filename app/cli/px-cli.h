/* px-cli.h: what every part of parallax-cli shares
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * parallax-cli is a small program and modules it loads as needed:
 *
 *   parallax-cli              main, `diff` (GLib and the word diff only)
 *   parallax-cli-commands     the other commands, JSON (GObject, GIO,
 *                             json-glib, the rest of the engine, import)
 *   parallax-html             web pages (libxml2, ICU)
 *   parallax-report           PDF and HTML reports (cairo, Pango)
 *
 * Each library costs start-up time whether it is used or not (GIO and
 * json-glib about half a millisecond, libxml2 with ICU almost one, cairo
 * and Pango several), and a word diff of two articles takes less than
 * that.  The modules find the symbols of the program and of the modules
 * loaded before them; this header is all they share.
 */
#pragma once

#include <gmodule.h>

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

int      px_cli_diff          (int argc, char **argv);

void     px_cli_error         (const char *format, ...) G_GNUC_PRINTF (1, 2);
char    *px_cli_printable     (const char *text);
gboolean px_cli_parse_format  (const char *value, PxFormat *format);
gboolean px_cli_parse         (GOptionContext *context, int *argc, char ***argv);
GModule *px_cli_load_module   (const char *name);
gpointer px_cli_module_symbol (const char *module, const char *symbol);

/* The entry points of the commands module. */
#define PX_CLI_COMMANDS_MODULE "parallax-cli-commands"
typedef int  (*PxCliRunFunc)       (int argc, char **argv);
typedef void (*PxCliDiffJsonFunc)  (GArray *ops, const char *old_text, const char *new_text,
                                    gboolean stats_only);

G_END_DECLS
