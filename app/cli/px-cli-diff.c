/* px-cli-diff.c: parallax-cli diff: the words kept, removed and added
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs in parallax-cli itself, with GLib and the word diff only (see
 * px-cli.h): for an article pair the whole diff takes about a
 * millisecond, and loading GIO or json-glib would cost more than that.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "px-cli.h"
#include "px-diff.h"
#include "px-read.h"

typedef struct {
  char *data;      /* as read */
  const char *text;
  gsize len;
} Input;

static void
input_clear (Input *in)
{
  g_free (in->data);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Input, input_clear)

/* The length of the run of ASCII bytes @text starts with, eight bytes
 * at a time: most of an English text, which is valid UTF-8 without a
 * look at each byte. */
static gsize
ascii_prefix (const char *text, gsize len)
{
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 w;

      memcpy (&w, text + i, 8);
      if (w & G_GUINT64_CONSTANT (0x8080808080808080))
        break;
    }
  while (i < len && (guchar) text[i] < 0x80)
    i++;
  return i;
}

/* Reads @path as UTF-8 text.  A UTF-8 byte-order mark is skipped and
 * UTF-16 with a mark is converted, as articles are read elsewhere; the
 * offsets of the output refer to the text after that.  Empty files are
 * fine here: a diff against nothing is a diff. */
static gboolean
read_input (const char *path, Input *in)
{
  g_autoptr(GError) error = NULL;
  const guchar *d;
  gsize len, ascii;

  g_autofree char *name = g_filename_display_name (path);

  /* Read with the limit, whatever the file is: a device or a growing
   * file has no size to check first. */
  in->data = px_read_file (path, name, PX_IMPORT_MAX_SIZE, -1, &len, &error);
  if (in->data == NULL)
    {
      px_cli_error ("%s", error->message);
      return FALSE;
    }

  d = (const guchar *) in->data;
  if (len >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF)))
    {
      const char *from = d[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      char *utf8 = g_convert (in->data + 2, len - 2, "UTF-8", from, NULL, &len, &error);

      if (utf8 == NULL)
        {
          px_cli_error (_("“%s” is not valid %s text: %s"), path, from, error->message);
          return FALSE;
        }
      g_free (in->data);
      in->data = utf8;
      in->text = utf8;
      in->len = len;
      return TRUE;
    }

  in->text = in->data;
  in->len = len;
  if (len >= 3 && memcmp (d, "\xEF\xBB\xBF", 3) == 0)
    in->text += 3, in->len -= 3;
  ascii = ascii_prefix (in->text, in->len);
  if (memchr (in->text, '\0', in->len) != NULL)
    {
      px_cli_error (_("“%s” is a binary file, not a text"), path);
      return FALSE;
    }
  if (!g_utf8_validate_len (in->text + ascii, in->len - ascii, NULL))
    {
      px_cli_error (_("“%s” is not valid UTF-8 text: save it as UTF-8 and try again"), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_space_byte (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Prints one change in the wdiff convention.  White space at the ends
 * of a change is printed outside the brackets, where it reads best;
 * a change of white space only keeps it inside, to be seen. */
static void
print_change (FILE *out, const char *text, gsize len, gboolean insert, gboolean color)
{
  gsize lead = 0, trail = 0;

  while (lead < len && is_space_byte (text[lead]))
    lead++;
  if (lead == len)
    lead = 0;
  else
    while (trail < len - lead && is_space_byte (text[len - 1 - trail]))
      trail++;

  fwrite (text, 1, lead, out);
  if (color)
    fputs (insert ? "\033[32m" : "\033[31m", out);
  fputs (insert ? "{+" : "[-", out);
  fwrite (text + lead, 1, len - lead - trail, out);
  fputs (insert ? "+}" : "-]", out);
  if (color)
    fputs ("\033[m", out);
  fwrite (text + len - trail, 1, trail, out);
}

static gboolean
is_blank (const char *text, gsize len)
{
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static const char *
op_text (const PxDiffOp *op, const Input *old, const Input *new, gsize *len)
{
  if (op->type == PX_DIFF_INSERT)
    {
      *len = op->new_end - op->new_start;
      return new->text + op->new_start;
    }
  *len = op->old_end - op->old_start;
  return old->text + op->old_start;
}

/* A change of white space only (a paragraph break become a line
 * break, two spaces become one) is shown as NEW has it, unmarked, as
 * wdiff and git's word diff do: marking it buries the words.  The exit
 * status and the JSON still count it. */
static guint
print_blank_change (GArray *ops, guint i, const Input *old, const Input *new)
{
  guint j;

  for (j = i; j < ops->len; j++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, j);
      const char *text;
      gsize len;

      if (op->type == PX_DIFF_EQUAL)
        break;
      text = op_text (op, old, new, &len);
      if (!is_blank (text, len))
        return i;
    }
  for (guint k = i; k < j; k++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, k);

      if (op->type == PX_DIFF_INSERT)
        fwrite (new->text + op->new_start, 1, op->new_end - op->new_start, stdout);
    }
  return j;
}

static void
print_text (GArray *ops, const Input *old, const Input *new, gboolean color)
{
  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);
      guint next;

      if (op->type != PX_DIFF_EQUAL && (next = print_blank_change (ops, i, old, new)) > i)
        {
          i = next - 1;
          continue;
        }

      switch (op->type)
        {
        case PX_DIFF_EQUAL:
          /* Equal under the options: show the new wording. */
          fwrite (new->text + op->new_start, 1, op->new_end - op->new_start, stdout);
          break;
        case PX_DIFF_DELETE:
          print_change (stdout, old->text + op->old_start, op->old_end - op->old_start,
                        FALSE, color);
          break;
        case PX_DIFF_INSERT:
          print_change (stdout, new->text + op->new_start, op->new_end - op->new_start,
                        TRUE, color);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
print_stats_text (const PxDiffStats *stats)
{
  double share = stats->new_words > 0 ? 100.0 * stats->kept_words / stats->new_words : 100.0;

  setlocale (LC_NUMERIC, "");   /* the share as the user writes numbers */

  printf ("%-12s %" G_GSIZE_FORMAT "\n", _("old words:"), stats->old_words);
  printf ("%-12s %" G_GSIZE_FORMAT "\n", _("new words:"), stats->new_words);
  printf ("%-12s %" G_GSIZE_FORMAT "\n", _("kept:"), stats->kept_words);
  printf ("%-12s %" G_GSIZE_FORMAT "\n", _("removed:"), stats->removed_words);
  printf ("%-12s %" G_GSIZE_FORMAT "\n", _("added:"), stats->added_words);
  /* TRANSLATORS: the share of the new text's words found in the old one */
  printf ("%-12s %.1f%%\n", _("new in old:"), share);
}

static gboolean
parse_color (const char *value, gboolean *color)
{
  if (value == NULL || g_str_equal (value, "auto"))
    *color = isatty (STDOUT_FILENO);
  else if (g_str_equal (value, "always"))
    *color = TRUE;
  else if (g_str_equal (value, "never"))
    *color = FALSE;
  else
    {
      px_cli_error (_("unknown colour mode “%s”: use auto, always or never"), value);
      return FALSE;
    }
  return TRUE;
}

int
px_cli_diff (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GArray) ops = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *color_name = NULL;
  g_auto(Input) old = { 0 };
  g_auto(Input) new = { 0 };
  gboolean ignore_case = FALSE, fold_typography = FALSE;
  gboolean ignore_punctuation = FALSE, ignore_space = FALSE;
  gboolean stats_only = FALSE, color;
  PxDiffOptions options = { 0 };
  PxFormat format;
  const GOptionEntry entries[] = {
    { "ignore-case", 'i', 0, G_OPTION_ARG_NONE, &ignore_case,
      N_("Ignore differences in case"), NULL },
    { "fold-typography", 't', 0, G_OPTION_ARG_NONE, &fold_typography,
      N_("Treat curly and straight quotes, dashes, non-breaking spaces and compatibility forms alike"), NULL },
    { "ignore-punctuation", 'p', 0, G_OPTION_ARG_NONE, &ignore_punctuation,
      N_("Ignore differences in punctuation"), NULL },
    { "ignore-space", 'w', 0, G_OPTION_ARG_NONE, &ignore_space,
      N_("Ignore differences in white space and line breaks"), NULL },
    { "color", 0, 0, G_OPTION_ARG_STRING, &color_name,
      N_("Colour the changes: auto (on a terminal), always or never"), N_("WHEN") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: text or json"), N_("FORMAT") },
    { "stats", 's', 0, G_OPTION_ARG_NONE, &stats_only,
      N_("Print word counts (kept, removed, added) instead of the changes"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("OLD NEW — show the words kept, removed and added"));
  g_option_context_set_description (context,
    _("Exit status: 0 when the texts are the same (under the options), 1 when they differ, 2 on trouble."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!px_cli_parse (context, &argc, &argv) || !px_cli_parse_format (format_name, &format) ||
      !parse_color (color_name, &color))
    return PX_EXIT_TROUBLE;
  if (argc != 3)
    {
      px_cli_error (_("give two files: parallax-cli diff [OPTION…] OLD NEW"));
      return PX_EXIT_TROUBLE;
    }
  if (!read_input (argv[1], &old) || !read_input (argv[2], &new))
    return PX_EXIT_TROUBLE;
  /* Into a pipe or a file, in large writes: the output of a long text
   * is made of many short pieces. */
  if (!isatty (STDOUT_FILENO))
    setvbuf (stdout, NULL, _IOFBF, 1 << 16);

  if (ignore_case)
    options.flags |= PX_DIFF_IGNORE_CASE;
  if (fold_typography)
    options.flags |= PX_DIFF_FOLD_TYPOGRAPHY;
  if (ignore_punctuation)
    options.flags |= PX_DIFF_IGNORE_PUNCTUATION;
  if (ignore_space)
    options.flags |= PX_DIFF_IGNORE_SPACE;

  ops = px_diff (old.text, old.len, new.text, new.len, &options);

  if (format == PX_FORMAT_JSON)
    {
      /* JSON is written with json-glib, in the commands module. */
      PxCliDiffJsonFunc print_json = px_cli_module_symbol (PX_CLI_COMMANDS_MODULE,
                                                           "px_cli_commands_diff_json");

      if (print_json == NULL)
        {
          px_cli_error (_("cannot load the JSON writer (%s): reinstall Parallax"), g_module_error ());
          return PX_EXIT_TROUBLE;
        }
      print_json (ops, old.text, new.text, stats_only);
    }
  else if (stats_only)
    {
      PxDiffStats stats;

      px_diff_get_stats (ops, old.text, new.text, &stats);
      print_stats_text (&stats);
    }
  else
    print_text (ops, &old, &new, color);

  if (fflush (stdout) != 0)
    {
      px_cli_error (_("cannot write the output: %s"), g_strerror (errno));
      return PX_EXIT_TROUBLE;
    }
  return px_diff_is_equal (ops) ? PX_EXIT_OK : PX_EXIT_DIFFERENT;
}
