/* px-cli-commands.c: the commands module's entry points, and what its
 * commands share: reading the files, listing them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "px-cli-commands.h"
#include "px-compare.h"
#include "px-export-json.h"
#include "px-fetch.h"
#include "px-import.h"

/* Long files (as px_compare_worth_threads() counts) are read on two
 * threads: each is decoded, split and scanned on its own. */

typedef struct {
  char **paths;
  guint n;
  GPtrArray **docs;    /* by file: its articles; NULL where it could not be read */
  GError **errors;
  gint next;           /* the next file to read, taken atomically */
} ReadJob;

gboolean px_cli_split;

/* "export.docx#3" names the third article of export.docx, unless a file
 * is called that. */
static GFile *
file_and_article (const char *arg, guint *article)
{
  const char *hash = strrchr (arg, '#');
  guint64 n = 0;

  *article = 0;
  if (hash && hash > arg && !g_file_test (arg, G_FILE_TEST_EXISTS) &&
      g_ascii_string_to_unsigned (hash + 1, 10, 1, G_MAXUINT, &n, NULL))
    {
      g_autofree char *path = g_strndup (arg, hash - arg);

      *article = (guint) n;
      return g_file_new_for_commandline_arg (path);
    }
  return g_file_new_for_commandline_arg (arg);
}

/* The articles @arg asks for among @all (all of a file's): the one it
 * names with "#N", the only one, or all with --split. */
static GPtrArray *
choose_articles (GPtrArray *all, const char *arg, guint article, GError **error)
{
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = article ? g_strndup (arg, strrchr (arg, '#') - arg) : g_strdup (arg);

  if (article > all->len)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND,
                   g_dngettext (GETTEXT_PACKAGE, "“%s” holds %u article: there is no article %u",
                                "“%s” holds %u articles: there is no article %u", all->len),
                   path, all->len, article);
      g_ptr_array_unref (chosen);
      return NULL;
    }
  if (article == 0 && all->len > 1 && !px_cli_split)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_SEVERAL,
                   _("“%s” holds %u articles: name one as “%s#N”, or take them all with --split"),
                   path, all->len, path);
      g_ptr_array_unref (chosen);
      return NULL;
    }
  for (guint i = 0; i < all->len; i++)
    if (article == 0 || i + 1 == article)
      {
        PxDocument *doc = all->pdata[i];
        /* Name the file as the user gave it, not as GIO resolved it; as
         * UTF-8 (JSON and the reports are) with control characters shown
         * as "?" (the text output goes to terminals). */
        g_autofree char *source = all->len > 1 ? g_strdup_printf ("%s#%u", path, i + 1) : g_strdup (path);
        g_autofree char *display = g_filename_display_name (source);
        g_autofree char *shown = px_cli_printable (display);

        px_document_set_source (doc, shown);
        g_ptr_array_add (chosen, g_object_ref (doc));
      }
  return chosen;
}

static void
read_files (ReadJob *job)
{
  for (;;)
    {
      guint i = (guint) g_atomic_int_add (&job->next, 1);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GPtrArray) all = NULL;
      guint article;

      if (i >= job->n)
        break;
      if (px_fetch_is_address (job->paths[i]))
        {
          /* A web address: "#" is a place in the page, not an article. */
          all = px_cli_fetch_articles (job->paths[i], &job->errors[i]);
          if (all)
            job->docs[i] = choose_articles (all, job->paths[i], 0, &job->errors[i]);
          continue;
        }
      file = file_and_article (job->paths[i], &article);
      all = px_import_file_articles (file, NULL, &job->errors[i]);
      if (all)
        job->docs[i] = choose_articles (all, job->paths[i], article, &job->errors[i]);
    }
}

static gpointer
read_thread (gpointer data)
{
  read_files (data);
  return NULL;
}

static GThread *
start_read_thread (ReadJob *job)
{
  goffset bytes = 0;

  if (job->n < 2 || g_get_num_processors () < 2)
    return NULL;
  for (guint i = 0; i < job->n && bytes < PX_COMPARE_THREADS_MIN_BYTES; i++)
    {
      GStatBuf st;

      if (g_stat (job->paths[i], &st) == 0)
        bytes += st.st_size;
    }
  if (bytes < PX_COMPARE_THREADS_MIN_BYTES)
    return NULL;
  return g_thread_try_new ("px-read", read_thread, job, NULL);
}

/**
 * px_cli_load_documents:
 * @keep_going: report an unreadable file and go on with the others
 *   (TRUE), or stop at the first one (FALSE: a comparison with an
 *   article missing would mislead)
 * @all_read: (out): whether every file was read
 *
 * Reads the files named by @argv[1..@argc-1], in order (long ones two at
 * a time, reported in order all the same).  Each document's source is
 * the path as the user gave it; refusals and import notices go to
 * stderr, one line each.
 *
 * Returns: (transfer full): the documents, or %NULL when stopped
 */
GPtrArray *
px_cli_load_documents (int       argc,
                       char    **argv,
                       gboolean  keep_going,
                       gboolean *all_read)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = argc > 1 ? (guint) argc - 1 : 0;
  ReadJob job = { argv + 1, n, g_new0 (GPtrArray *, MAX (n, 1)), g_new0 (GError *, MAX (n, 1)), 0 };
  GThread *helper = start_read_thread (&job);
  gboolean stopped = FALSE;

  read_files (&job);
  if (helper)
    g_thread_join (helper);

  *all_read = TRUE;
  for (guint i = 0; i < n; i++)
    {
      GPtrArray *chosen = job.docs[i];

      if (stopped)
        {
          g_clear_pointer (&job.docs[i], g_ptr_array_unref);
          g_clear_error (&job.errors[i]);
          continue;
        }
      if (chosen == NULL)
        {
          px_cli_error ("%s", job.errors[i]->message);
          g_clear_error (&job.errors[i]);
          *all_read = FALSE;
          stopped = !keep_going;
          continue;
        }
      for (guint d = 0; d < chosen->len; d++)
        {
          PxDocument *doc = chosen->pdata[d];
          const char * const *notices = px_document_get_notices (doc, NULL);

          /* An export's notices are the file's: said once. */
          for (guint j = 0; d == 0 && notices[j]; j++)
            px_cli_error ("%s", notices[j]);
          g_ptr_array_add (docs, g_object_ref (doc));
        }
      g_ptr_array_unref (chosen);
    }
  g_free (job.docs);
  g_free (job.errors);
  return stopped ? NULL : g_steal_pointer (&docs);
}

/**
 * px_cli_output_is_not_input:
 * @output: (nullable): the --output path, "-" or %NULL for stdout
 *
 * Checks that @output is none of the files @argv[1..@argc-1] names,
 * compared by device and inode after following links (another name, a
 * link, a path through ".." are the same file); reports it when it is.
 */
gboolean
px_cli_output_is_not_input (const char  *output,
                            int          argc,
                            char       **argv)
{
  GStatBuf out;

  if (output == NULL || g_str_equal (output, "-") || g_stat (output, &out) != 0)
    return TRUE;   /* nothing there yet: it cannot be an input */
  for (int i = 1; i < argc; i++)
    {
      GStatBuf in;
      guint article;
      /* "export.docx#2" reads export.docx. */
      g_autoptr(GFile) file = file_and_article (argv[i], &article);
      const char *path = g_file_peek_path (file);

      if (path && g_stat (path, &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino)
        {
          g_autofree char *shown = g_filename_display_name (output);
          g_autofree char *input = g_filename_display_name (argv[i]);

          px_cli_error (_("--output “%s” is the article “%s”: Parallax never writes over what it reads"),
                        shown, input);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * px_cli_run_listing:
 * @command: the command's name, for messages
 * @summary: what it does, after "FILE… — " in --help
 * @separator: printed between two documents in the text format
 * @print: prints one document in the text format
 * @add_json: adds one document's object to the "documents" array
 *
 * The body of a command that lists each file it is given (info, text):
 * options, reading, the text or JSON output and the exit status.  A file
 * that cannot be read is reported and the others are listed.
 */
int
px_cli_run_listing (int                  argc,
                    char               **argv,
                    const char          *command,
                    const char          *summary,
                    const char          *separator,
                    PxCliPrintFunc       print,
                    PxCliAddJsonFunc     add_json)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *parameter = g_strdup_printf (_("FILE… — %s"), summary);
  g_autoptr(GPtrArray) docs = NULL;
  PxFormat format;
  gboolean all_read;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text or json"), N_("FORMAT") },
    PX_CLI_SPLIT_ENTRY,
    { NULL }
  };

  context = g_option_context_new (parameter);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv) || !px_cli_parse_format (format_name, &format))
    return PX_EXIT_TROUBLE;
  if (argc < 2)
    {
      px_cli_error (_("no file given: run parallax-cli %s FILE…"), command);
      return PX_EXIT_TROUBLE;
    }

  docs = px_cli_load_documents (argc, argv, TRUE, &all_read);
  if (format == PX_FORMAT_TEXT)
    {
      for (guint i = 0; i < docs->len; i++)
        {
          if (i > 0)
            fputs (separator, stdout);
          print (docs->pdata[i]);
        }
      return all_read ? PX_EXIT_OK : PX_EXIT_TROUBLE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < docs->len; i++)
    add_json (builder, docs->pdata[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  {
    g_autofree char *text = px_cli_json_text (root, TRUE);
    fputs (text, stdout);
  }
  return all_read ? PX_EXIT_OK : PX_EXIT_TROUBLE;
}

/**
 * px_cli_keep_until_exit:
 * @data: what a command is done with, as the process ends
 *
 * The process ends right after a command: a comparison of long articles
 * is a million small blocks, and freeing them one by one took a sixth
 * of the run, where the system takes the pages back at once.  What is
 * kept here stays reachable, so leak checkers do not report it.
 */
void
px_cli_keep_until_exit (gpointer data)
{
  static GPtrArray *kept;

  if (data == NULL)
    return;
  if (kept == NULL)
    kept = g_ptr_array_new ();
  g_ptr_array_add (kept, data);
}

/**
 * px_cli_json_pretty:
 * @to_stdout: whether the text goes to standard output
 *
 * How a command prints JSON: indented for a person at a terminal, on
 * one line for a pipe or a file, where it is half the size and read by
 * a program (`jq .` indents it again).
 *
 * Returns: whether to indent
 */
gboolean
px_cli_json_pretty (gboolean to_stdout)
{
  return to_stdout && isatty (STDOUT_FILENO);
}

/**
 * px_cli_json_text:
 * @to_stdout: whether the text goes to standard output
 *
 * @root as a command prints it (px_cli_json_pretty()).
 *
 * Returns: (transfer full): the text, with a final newline
 */
char *
px_cli_json_text (JsonNode *root, gboolean to_stdout)
{
  return px_json_to_data (root, px_cli_json_pretty (to_stdout));
}

/* `parallax-cli diff --format=json`: the diff itself runs in the program. */
void
px_cli_commands_diff_json (GArray     *ops,
                           const char *old_text,
                           const char *new_text,
                           gboolean    stats_only)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  if (stats_only)
    {
      PxDiffStats stats;

      px_diff_get_stats (ops, old_text, new_text, &stats);
      json_builder_set_member_name (builder, "stats");
      json_builder_begin_object (builder);
      px_json_add_diff_stats (builder, &stats);
      json_builder_end_object (builder);
    }
  else
    {
      json_builder_set_member_name (builder, "ops");
      px_json_add_diff_ops (builder, ops, old_text, new_text);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  text = px_cli_json_text (root, TRUE);
  fputs (text, stdout);
}
