/* px-cli-compare.c: parallax-cli compare: N articles aligned
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "px-cli-commands.h"
#include "px-cli-source.h"
#include "px-report-module.h"
#include "px-compare.h"
#include "px-export-json.h"
#include "px-import.h"
#include "px-similarity.h"
#include "px-report.h"
#include "px-session.h"
#include "px-speaker-corrections.h"

typedef enum {
  OUT_TEXT,
  OUT_JSON,
  OUT_PDF,
  OUT_HTML,
} OutFormat;

/* Columns of the aligned view in the text report. */
#define SNIPPET_CHARS 60

static char *
shorten (const char *text)
{
  g_autofree char *copy = g_strdup (text);

  if (g_utf8_strlen (copy, -1) <= SNIPPET_CHARS)
    return g_steal_pointer (&copy);
  *g_utf8_offset_to_pointer (copy, SNIPPET_CHARS - 1) = '\0';
  return g_strconcat (copy, "…", NULL);
}

static char *
snippet (PxDocument *doc, guint p)
{
  g_autofree char *text = px_document_dup_paragraph_text (doc, p);

  return shorten (text);
}

/* The outlet column is as wide as the longest name, from 16 to
 * OUTLET_COLUMN_MAX characters; a longer name is cut with "…". */
#define OUTLET_COLUMN_MIN 16
#define OUTLET_COLUMN_MAX 32

static int
outlet_column (PxComparison *cmp)
{
  glong width = OUTLET_COLUMN_MIN;

  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    width = MAX (width, g_utf8_strlen (px_document_get_outlet (px_comparison_get_document (cmp, d)), -1));
  return MIN (width, OUTLET_COLUMN_MAX);
}

/* @name in a column of @width characters (not bytes). */
static void
append_outlet (GString *out, const char *name, int width)
{
  glong n = g_utf8_strlen (name, -1);

  if (n > width)
    {
      g_string_append_len (out, name, g_utf8_offset_to_pointer (name, width - 1) - name);
      g_string_append (out, "…");
      return;
    }
  g_string_append (out, name);
  for (; n < width; n++)
    g_string_append_c (out, ' ');
}

static void
print_summary (GString *out, PxComparison *cmp)
{
  guint n = px_comparison_get_n_documents (cmp);
  guint ref = px_comparison_get_reference (cmp);
  int width = outlet_column (cmp);

  double share;

  if (px_comparison_get_reference_choice (cmp, &share))
    {
      g_autofree char *percent = px_similarity_percent (share);

      if (n == 2)
        /* TRANSLATORS: two articles are equally central; the last %s is
         * a percentage: "62 %" */
        g_string_append_printf (out, _("Comparing 2 articles; the reference is %u, %s, the first of the two: "
                                       "they share %s of their words.\n\n"),
                                ref + 1, px_document_get_outlet (px_comparison_get_document (cmp, ref)),
                                percent);
      else
        /* TRANSLATORS: the last %s is a percentage: "62 %" */
        g_string_append_printf (out, _("Comparing %u articles; the reference is %u, %s, the most central: "
                                       "it shares %s of its words with the others on average.\n\n"),
                                n, ref + 1, px_document_get_outlet (px_comparison_get_document (cmp, ref)),
                                percent);
    }
  else
    g_string_append_printf (out, _("Comparing %u articles; the reference is %u, %s.\n\n"), n, ref + 1,
                            px_document_get_outlet (px_comparison_get_document (cmp, ref)));
  for (guint d = 0; d < n; d++)
    {
      PxDocument *doc = px_comparison_get_document (cmp, d);
      g_autofree char *title = shorten (px_document_get_title (doc));

      g_string_append_printf (out, "%2u  ", d + 1);
      append_outlet (out, px_document_get_outlet (doc), width);
      g_string_append_printf (out, " %6" G_GSIZE_FORMAT " %s  %s\n", px_document_get_n_words (doc),
                              _("words"), title);
    }

  g_string_append_printf (out, "\n%s\n", _("Paragraphs against the reference:"));
  g_string_append (out, "    ");
  append_outlet (out, _("outlet"), width);
  g_string_append_printf (out, " %8s %6s %8s %6s %6s\n", _("omitted"),
                          _("added"), _("changed"), _("moved"), _("same"));
  for (guint d = 0; d < n; d++)
    {
      PxCompareStatistics r;

      if (d == ref)
        continue;
      px_comparison_get_statistics (cmp, d, &r);
      g_string_append_printf (out, "%2u  ", d + 1);
      append_outlet (out, px_document_get_outlet (px_comparison_get_document (cmp, d)), width);
      g_string_append_printf (out, " %8u %6u %8u %6u %6u\n",
                              r.omitted, r.added, r.changed, r.moved, r.unchanged);
    }

  g_string_append_printf (out, "\n%s\n    ", _("Share of each row's words found in each column's article:"));
  for (guint b = 0; b < n; b++)
    g_string_append_printf (out, "%6u", b + 1);
  g_string_append_c (out, '\n');
  for (guint a = 0; a < n; a++)
    {
      g_string_append_printf (out, "%2u  ", a + 1);
      for (guint b = 0; b < n; b++)
        g_string_append_printf (out, "%5.0f%%", 100 * px_comparison_get_similarity (cmp, a, b));
      g_string_append_c (out, '\n');
    }
}

static void
print_quotes (GString *out, PxComparison *cmp)
{
  guint n = px_comparison_get_n_documents (cmp);
  g_autofree PxDocument **docs = g_new (PxDocument *, MAX (n, 1));

  for (guint d = 0; d < n; d++)
    docs[d] = px_comparison_get_document (cmp, d);
  g_string_append_printf (out, "\n%s\n\n", _("Quotations:"));
  px_cli_append_quote_table (out, docs, n, px_comparison_get_quotes (cmp));
}

static const char *
cell_mark (PxComparison *cmp, guint row, guint d, const PxCell *cells)
{
  guint ref = px_comparison_get_reference (cmp);

  if (cells[d].paragraph < 0)
    return cells[ref].paragraph >= 0 ? "-" : " ";
  if (px_comparison_is_furniture (cmp, d, cells[d].paragraph))
    return "#";
  if (cells[d].flags & PX_CELL_MOVED)
    return ">";
  if (cells[d].flags & PX_CELL_CONTINUATION)
    return "&";
  if (d == ref)
    return "R";
  if (cells[ref].paragraph < 0)
    return "+";
  return px_comparison_cell_changed (cmp, row, d) ? "~" : "=";
}

static void
print_rows (GString *out, PxComparison *cmp)
{
  guint n = px_comparison_get_n_documents (cmp);

  g_string_append_printf (out, "\n%s\n%s\n", _("Aligned paragraphs:"),
                          _("  R reference  = same  ~ changed  + added  - omitted  > moved  & continuation  # furniture"));
  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);

      g_string_append_printf (out, "\n%s %u\n", _("row"), r + 1);
      for (guint d = 0; d < n; d++)
        {
          g_autofree char *text = NULL;

          if (cells[d].paragraph < 0)
            {
              if (d == px_comparison_get_reference (cmp) || cells[px_comparison_get_reference (cmp)].paragraph < 0)
                continue;
              g_string_append_printf (out, "  %2u - %s\n", d + 1, _("(omitted)"));
              continue;
            }
          text = snippet (px_comparison_get_document (cmp, d), cells[d].paragraph);
          g_string_append_printf (out, "  %2u %s %s\n", d + 1, cell_mark (cmp, r, d, cells), text);
        }
    }
}

/* --reference: a number counting from 1, or "auto" for the most central
 * article (px_reference_choose()); not given leaves *number at 0. */
static gboolean
parse_reference (const char *value, int *number, gboolean *automatic)
{
  guint64 n;

  *number = 0;
  *automatic = FALSE;
  if (value == NULL)
    return TRUE;
  if (g_ascii_strcasecmp (value, "auto") == 0)
    {
      *automatic = TRUE;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (value, 10, 1, G_MAXINT, &n, NULL))
    {
      px_cli_error (_("--reference=%s is neither a number from 1 nor “auto”"), value);
      return FALSE;
    }
  *number = (int) n;
  return TRUE;
}

static gboolean
parse_out_format (const char *value, OutFormat *format)
{
  static const char *names[] = { "text", "json", "pdf", "html" };

  if (value == NULL)
    {
      *format = OUT_TEXT;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (value, names[i]))
      {
        *format = i;
        return TRUE;
      }
  px_cli_error (_("unknown format “%s”: use text, json, pdf or html"), value);
  return FALSE;
}

static gboolean
parse_paper (const char *value, PxPaper *paper)
{
  if (value == NULL)
    *paper = px_paper_for_locale (NULL);
  else if (g_ascii_strcasecmp (value, "a4") == 0)
    *paper = PX_PAPER_A4;
  else if (g_ascii_strcasecmp (value, "letter") == 0)
    *paper = PX_PAPER_LETTER;
  else
    {
      px_cli_error (_("unknown paper size “%s”: use a4 or letter"), value);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_output (const char *path, GBytes *bytes, GError **error)
{
  if (path == NULL || g_str_equal (path, "-"))
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_WRITE, _("Cannot write to standard output: %s"),
                       g_strerror (errno));
          return FALSE;
        }
      return TRUE;
    }
  /* A temporary file renamed over the target: a reader never sees half
   * a report, and a failure leaves nothing behind. */
  return px_report_write_file (path, bytes, error);
}

static GBytes *
build_report (PxComparison *cmp, OutFormat format, PxDiffFlags flags, const char *title,
              PxPaper paper, gboolean landscape, PxReportKind kind, guint n_questions, const PxNotes *notes,
              GError **error)
{
  PxReportOptions options = { title, NULL, flags, 0, kind, n_questions, notes };
  PxReportRenderFunc render = px_cli_module_symbol ("parallax-report", PX_REPORT_MODULE_SYMBOL);

  if (render == NULL)
    {
      g_set_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_RENDER,
                   _("cannot load the report writer (%s): reinstall Parallax"), g_module_error ());
      return NULL;
    }
  return render (cmp, format == OUT_PDF ? PX_REPORT_FORMAT_PDF : PX_REPORT_FORMAT_HTML,
                 &options, paper, landscape, error);
}

/* handout.pdf → handout-answers.pdf, beside it. */
static char *
answers_path (const char *path)
{
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, G_DIR_SEPARATOR);

  if (dot == NULL || (slash && dot < slash) || dot == path || (slash && dot == slash + 1))
    return g_strconcat (path, "-answers", NULL);
  return g_strdup_printf ("%.*s-answers%s", (int) (dot - path), path, dot);
}

/* A handout, then its answer key beside it unless left out: both are
 * built before either is written, so that a failure writes neither. */
static gboolean
write_handout (PxComparison *cmp, OutFormat format, PxDiffFlags flags, const char *title, PxPaper paper,
               gboolean landscape, guint n_questions, gboolean answers, const char *output, GError **error)
{
  g_autoptr(GBytes) handout = NULL;
  g_autoptr(GBytes) key = NULL;
  g_autofree char *key_path = NULL;

  handout = build_report (cmp, format, flags, title, paper, landscape, PX_REPORT_KIND_HANDOUT, n_questions, NULL, error);
  if (handout == NULL)
    return FALSE;
  if (answers)
    {
      key = build_report (cmp, format, flags, title, paper, landscape, PX_REPORT_KIND_ANSWER_KEY, n_questions, NULL, error);
      if (key == NULL)
        return FALSE;
      key_path = answers_path (output);
    }
  if (!write_output (output, handout, error))
    return FALSE;
  return key == NULL || write_output (key_path, key, error);
}

int
px_cli_commands_compare (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  gboolean all_read;
  g_autoptr(PxComparison) cmp = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PxCompareOptions options = { 0 };
  gboolean ignore_case = FALSE, fold = FALSE, ignore_punct = FALSE, ignore_space = FALSE;
  gboolean landscape = FALSE;
  gboolean handout = FALSE, no_answers = FALSE;
  int questions = PX_REPORT_DEFAULT_QUESTIONS;
  g_autofree char *reference_arg = NULL;
  int reference = 0;   /* 0: not given */
  gboolean auto_reference = FALSE;
  g_autoptr(PxSession) session = NULL;
  g_auto(GStrv) sources = NULL;
  OutFormat format;
  PxPaper paper;
  const GOptionEntry entries[] = {
    { "reference", 'r', 0, G_OPTION_ARG_STRING, &reference_arg, N_("The baseline article, counting from 1 (default 1), or “auto” for the most central"), N_("N|auto") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text, json, pdf or html"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("PDF paper size: a4 or letter (default from the locale)"), N_("SIZE") },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &landscape, N_("PDF pages in landscape"), NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The report's title (default: the reference's headline)"), N_("TEXT") },
    { "handout", 0, 0, G_OPTION_ARG_NONE, &handout, N_("A student handout (PDF or HTML): the articles unmarked, numbered, and questions; the answer key is written beside it as NAME-answers"), NULL },
    { "questions", 0, 0, G_OPTION_ARG_INT, &questions, N_("How many questions the handout asks (default 6)"), N_("N") },
    { "no-answers", 0, 0, G_OPTION_ARG_NONE, &no_answers, N_("Write the handout without its answer key"), NULL },
    { "ignore-case", 'i', 0, G_OPTION_ARG_NONE, &ignore_case, N_("Ignore differences of case"), NULL },
    { "fold-typography", 't', 0, G_OPTION_ARG_NONE, &fold, N_("Take curly and straight quotes, dashes and spaces as the same"), NULL },
    { "ignore-punctuation", 'p', 0, G_OPTION_ARG_NONE, &ignore_punct, N_("Ignore punctuation"), NULL },
    { "ignore-space", 'w', 0, G_OPTION_ARG_NONE, &ignore_space, N_("Ignore differences of white space"), NULL },
    PX_CLI_SPLIT_ENTRY,
    { "source", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &sources, N_("A primary source (transcript, speech, press release) to check the quotations against; may be given more than once"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("FILE… — align articles paragraph by paragraph"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv) || !parse_out_format (format_name, &format) ||
      !parse_paper (paper_name, &paper))
    return PX_EXIT_TROUBLE;
  /* PDF is binary: to a terminal it is noise that can upset the
   * terminal itself.  "-" sends it down a pipe on purpose. */
  if (format == OUT_PDF && (output == NULL || (g_str_equal (output, "-") && isatty (STDOUT_FILENO))))
    {
      px_cli_error (_("a PDF is not written to a terminal: give --output=FILE"));
      return PX_EXIT_TROUBLE;
    }
  if (handout && format != OUT_PDF && format != OUT_HTML)
    {
      px_cli_error (_("--handout needs --format=pdf or --format=html"));
      return PX_EXIT_TROUBLE;
    }
  if (questions < 1 || questions > 50)
    {
      px_cli_error (_("--questions=%d is out of range: give a number from 1 to 50"), questions);
      return PX_EXIT_TROUBLE;
    }
  /* The answer key goes beside the handout: it needs a file name. */
  if (handout && !no_answers && (output == NULL || g_str_equal (output, "-")))
    {
      px_cli_error (_("the answer key is written beside the handout: give --output=FILE, or --no-answers"));
      return PX_EXIT_TROUBLE;
    }
  if (argc < 2)
    {
      px_cli_error (_("no file given: run parallax-cli compare FILE…"));
      return PX_EXIT_TROUBLE;
    }
  if (argc - 1 > PX_COMPARE_MAX_DOCUMENTS)
    {
      px_cli_error (_("%d files given: Parallax compares up to %d articles at once"), argc - 1,
                    PX_COMPARE_MAX_DOCUMENTS);
      return PX_EXIT_TROUBLE;
    }
  if (!px_cli_output_is_not_input (output, argc, argv))
    return PX_EXIT_TROUBLE;
  if (!parse_reference (reference_arg, &reference, &auto_reference))
    return PX_EXIT_TROUBLE;
  /* A saved comparison (.parallax) brings its articles, reference and
   * options; options given here are added to its. */
  if (argc == 2 && px_session_is_session_name (argv[1]))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);

      session = px_session_load (file, NULL, &error);
      if (session == NULL)
        {
          px_cli_error ("%s", error->message);
          return PX_EXIT_TROUBLE;
        }
      docs = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < session->documents->len; i++)
        g_ptr_array_add (docs, g_object_ref (g_ptr_array_index (session->documents, i)));
      if (reference == 0 && !auto_reference)
        reference = session->reference + 1;
      ignore_case |= session->ignore_case;
      fold |= session->fold_typography;
      ignore_punct |= session->ignore_punctuation;
      /* As the window compares: a wrapped line is no change of words. */
      ignore_space = TRUE;
    }
  if (reference == 0 && !auto_reference)
    reference = 1;
  /* With --split, files are not articles: the range is known once read. */
  if (!auto_reference && (reference < 1 || (!px_cli_split && reference > (session ? (int) docs->len : argc - 1))))
    {
      px_cli_error (_("--reference=%d is out of range: give a number from 1 to %d"), reference,
                    session ? (int) docs->len : argc - 1);
      return PX_EXIT_TROUBLE;
    }

  /* A comparison with an article missing would mislead: stop at the
   * first file that cannot be read. */
  if (session == NULL)
    {
      docs = px_cli_load_documents (argc, argv, FALSE, &all_read);
      if (docs == NULL)
        return PX_EXIT_TROUBLE;
      if (!auto_reference && reference > (int) docs->len)
        {
          px_cli_error (_("--reference=%d is out of range: give a number from 1 to %d"), reference,
                        (int) docs->len);
          return PX_EXIT_TROUBLE;
        }
    }
  if (!px_cli_add_sources (docs, sources))
    return PX_EXIT_TROUBLE;

  px_documents_make_outlets_unique ((PxDocument **) docs->pdata, docs->len);
  options.reference = auto_reference ? PX_REFERENCE_AUTO : (guint) reference - 1;
  options.flags = (ignore_case ? PX_DIFF_IGNORE_CASE : 0) |
                  (fold ? PX_DIFF_FOLD_TYPOGRAPHY : 0) |
                  (ignore_punct ? PX_DIFF_IGNORE_PUNCTUATION : 0) |
                  (ignore_space ? PX_DIFF_IGNORE_SPACE : 0);
  cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  /* The speakers the user corrected in the window, for every output. */
  if (session && px_speaker_corrections_apply (session->speakers, px_comparison_get_quotes (cmp)) > 0)
    px_comparison_recheck_sources (cmp);
  px_cli_print_source_notices (px_comparison_get_source_check (cmp));

  if (format == OUT_JSON)
    {
      gboolean pretty = px_cli_json_pretty (output == NULL || g_str_equal (output, "-"));
      char *text = px_json_comparison_to_data (cmp, options.flags, pretty);

      bytes = g_bytes_new_take (text, strlen (text));
    }
  else if (format == OUT_TEXT)
    {
      GString *out = g_string_new (NULL);

      print_summary (out, cmp);
      px_cli_append_word_choice (out, cmp, 10);
      print_quotes (out, cmp);
      if (px_source_check_get_n_sources (px_comparison_get_source_check (cmp)) > 0)
        {
          g_string_append_c (out, '\n');
          px_cli_append_source_check (out, px_comparison_get_source_check (cmp),
                                      (PxDocument **) docs->pdata, docs->len);
        }
      print_rows (out, cmp);
      bytes = g_string_free_to_bytes (out);
    }
  else if (handout)
    {
      if (!write_handout (cmp, format, options.flags, title, paper, landscape, questions, !no_answers, output, &error))
        {
          px_cli_error ("%s", error->message);
          return PX_EXIT_TROUBLE;
        }
      px_cli_keep_until_exit (g_steal_pointer (&cmp));
      px_cli_keep_until_exit (g_steal_pointer (&docs));
      return PX_EXIT_OK;
    }
  else
    bytes = build_report (cmp, format, options.flags, title, paper, landscape, PX_REPORT_KIND_REPORT, 0,
                          session ? session->notes : NULL, &error);

  if (bytes == NULL || !write_output (output, bytes, &error))
    {
      px_cli_error ("%s", error->message);
      return PX_EXIT_TROUBLE;
    }
  px_cli_keep_until_exit (g_steal_pointer (&cmp));
  px_cli_keep_until_exit (g_steal_pointer (&docs));
  return PX_EXIT_OK;
}
