/* px-cli-main.c: parallax-cli, the engine for scripts and batch jobs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <locale.h>
#ifdef HAVE_MALLOPT
#include <malloc.h>
#endif
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef HAVE_VALGRIND_H
#include <valgrind/valgrind.h>
#endif

#include "px-cli.h"
#include "px-cli-restart.h"

/* A command runs here (run) or in the commands module (symbol). */
typedef struct {
  const char *name;
  PxCliRunFunc run;
  const char *symbol;
  const char *summary;
} Command;

static const Command commands[] = {
  { "info", NULL, "px_cli_commands_info",
    N_("Show outlet, title, paragraph and word counts of articles") },
  { "compare", NULL, "px_cli_commands_compare",
    N_("Align articles paragraph by paragraph and report the differences") },
  { "diff", px_cli_diff, NULL,
    N_("Show the words kept, removed and added between two texts") },
  { "text", NULL, "px_cli_commands_text",
    N_("Print the text Parallax takes from files, and their metadata") },
  { "quotes", NULL, "px_cli_commands_quotes",
    N_("List quotations, their speakers and which articles carry them") },
};

static void
usage (FILE *out)
{
  fprintf (out, "%s\n\n%s\n", _("Usage: parallax-cli COMMAND [OPTION…] FILE…"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “parallax-cli COMMAND --help” for a command's options."));
}

void
px_cli_error (const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* One line, always: scripts read the first line of stderr.  A file
   * name may hold any byte: control characters (an escape sequence, a
   * line end) are shown as "?", bytes that are not UTF-8 as U+FFFD. */
  {
    g_autofree char *valid = g_utf8_make_valid (message, -1);
    g_autofree char *shown = px_cli_printable (valid);

    fprintf (stderr, "parallax-cli: %s\n", shown);
  }
}

/**
 * px_cli_printable:
 * @text: UTF-8 text, such as a file name
 *
 * @text with its control characters (C0, DEL, C1) as "?", so that
 * printing it cannot move the cursor, clear the screen or start a line.
 *
 * Returns: (transfer full): the text to print
 */
char *
px_cli_printable (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        g_string_append_c (out, '?');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

gboolean
px_cli_parse_format (const char *value, PxFormat *format)
{
  if (value == NULL || g_str_equal (value, "text"))
    *format = PX_FORMAT_TEXT;
  else if (g_str_equal (value, "json"))
    *format = PX_FORMAT_JSON;
  else
    {
      px_cli_error (_("unknown format “%s”: use text or json"), value);
      return FALSE;
    }
  return TRUE;
}

gboolean
px_cli_parse (GOptionContext *context, int *argc, char ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      px_cli_error ("%s", error->message);
      return FALSE;
    }
  /* GOption stops at "--" but leaves it among the files: take it out,
   * so that "-- -x.txt" names the file -x.txt.  Only the first: it is
   * the one GOption stopped at, a later "--" is a file's name. */
  for (int i = 1; i < *argc; i++)
    if (g_str_equal ((*argv)[i], "--"))
      {
        memmove (*argv + i, *argv + i + 1, (*argc - i) * sizeof (char *));
        (*argc)--;
        break;
      }
  return TRUE;
}

/* Where the modules are: beside the build tree's own when this program
 * runs from there (tests, benchmarks, the README's commands), else
 * where they are installed.  PARALLAX_MODULE_DIR overrides both. */
static const char *
module_dir (void)
{
  static char *dir;

  if (dir == NULL)
    {
      g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
      const char *env = g_getenv ("PARALLAX_MODULE_DIR");

      if (env && *env)
        dir = g_strdup (env);
      else if (self && g_str_has_prefix (self, PX_BUILD_ROOT G_DIR_SEPARATOR_S))
        dir = g_strdup (PX_MODULE_BUILD_DIR);
      else
        dir = g_strdup (PX_MODULE_DIR);
    }
  return dir;
}

/**
 * px_cli_load_module:
 * @name: the module's name, as in "parallax-report"
 *
 * Loads one of parallax-cli's modules; it stays loaded until the
 * program ends (GModule gives the same handle when a module is opened
 * again).  Its symbols are global: a module loaded later finds them
 * (the HTML and report modules use the engine in the commands module).
 *
 * Returns: (transfer none): the module, or %NULL: g_module_error() says why
 */
GModule *
px_cli_load_module (const char *name)
{
  g_autofree char *path = g_module_build_path (module_dir (), name);
  GModule *module = g_module_open (path, G_MODULE_BIND_LAZY);

  if (module != NULL)
    g_module_make_resident (module);
  return module;
}

/**
 * px_cli_module_symbol:
 *
 * Looks up @symbol in the module @module, loading it first.
 *
 * Returns: the symbol's address, or %NULL: g_module_error() says why
 */
gpointer
px_cli_module_symbol (const char *module, const char *symbol)
{
  GModule *m = px_cli_load_module (module);
  gpointer address = NULL;

  if (m == NULL || !g_module_symbol (m, symbol, &address))
    return NULL;
  return address;
}

/* GLib before 2.76 serves small blocks (list links, hash tables,
 * json-glib's nodes) from its own slab allocator, GSlice; from 2.76 on
 * GSlice is malloc, which is faster here, and much faster when two
 * threads allocate at once (GSlice's shared depot takes a lock).  GSlice
 * reads its setting from G_SLICE once, as GLib loads, before main():
 * a command with much to read therefore starts itself again with
 * G_SLICE=always-malloc, for about a millisecond.  Measured on
 * `compare --format=json` (2 cores): 20 × 2,000 words 54 → 42 ms,
 * 5 × 50,000 words 312 → 250 ms; below 64 KiB there is nothing to gain. */
#define RESTART_MIN_BYTES (64 * 1024)

static void
restart_with_malloc (char **argv)
{
  if (glib_check_version (2, 76, 0) == NULL || g_getenv ("G_SLICE") != NULL)
    return;
#ifdef HAVE_VALGRIND_H
  /* valgrind would not follow; GSlice is malloc under it anyway. */
  if (RUNNING_ON_VALGRIND)
    return;
#endif
  if (px_cli_text_bytes (argv + 2, RESTART_MIN_BYTES) < RESTART_MIN_BYTES)
    return;
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  execv ("/proc/self/exe", argv);
  /* It could not: go on as things are. */
  g_unsetenv ("G_SLICE");
}

int
main (int argc, char **argv)
{
#ifdef HAVE_MALLOPT
  /* glibc keeps small freed blocks in "fast bins" and merges them all
   * again whenever a block of a kilobyte or more is asked for.  A
   * comparison's JSON frees rows of small nodes between such requests:
   * the merging was a tenth of a long run.  Without fast bins, small
   * blocks still come back through the per-thread cache.  Measured on
   * compare --format=json: 5 × 50,000 words 228 → 207 ms, 20 × 2,000
   * words 45.5 → 43.3 ms, 2 × 2,000 words unchanged. */
  mallopt (M_MXFAST, 0);
#endif
  /* What every command needs: the user's messages and character set.
   * The other categories (a dozen files to map) are loaded for the
   * commands of the module below, whose reports show numbers and dates. */
  setlocale (LC_CTYPE, "");
  setlocale (LC_MESSAGES, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? PX_EXIT_TROUBLE : PX_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("parallax-cli %s\n", PACKAGE_VERSION);
      return PX_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        PxCliRunFunc run = commands[i].run;
        int status;

        if (run == NULL)
          {
            restart_with_malloc (argv);
            setlocale (LC_ALL, "");
            run = px_cli_module_symbol (PX_CLI_COMMANDS_MODULE, commands[i].symbol);
          }
        if (run == NULL)
          {
            px_cli_error (_("cannot load the “%s” command (%s): reinstall Parallax"),
                          commands[i].name, g_module_error ());
            return PX_EXIT_TROUBLE;
          }
        status = run (argc - 1, argv + 1);
        /* Output that could not be written (a full disk, /dev/full, a
         * closed pipe) fails the command, whatever it printed. */
        if (fflush (stdout) != 0 || ferror (stdout))
          {
            if (status != PX_EXIT_TROUBLE)
              px_cli_error (_("cannot write the output: %s"), g_strerror (errno ? errno : EIO));
            return PX_EXIT_TROUBLE;
          }
        return status;
      }

  px_cli_error (_("unknown command “%s”: run parallax-cli --help"), argv[1]);
  return PX_EXIT_TROUBLE;
}
