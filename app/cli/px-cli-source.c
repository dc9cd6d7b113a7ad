/* px-cli-source.c: --source=FILE: quotations against the primary source
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-cli-source.h"

/**
 * px_cli_add_sources:
 * @docs: the articles read so far
 * @paths: (nullable): the files given with --source
 *
 * Reads each file of @paths and appends it to @docs as a primary source.
 *
 * Returns: FALSE when a file cannot be read (its error went to stderr)
 */
gboolean
px_cli_add_sources (GPtrArray *docs,
                    char     **paths)
{
  guint n = paths ? g_strv_length (paths) : 0;
  g_autofree char **argv = g_new0 (char *, n + 2);
  g_autoptr(GPtrArray) sources = NULL;
  gboolean all_read;

  if (n == 0)
    return TRUE;
  argv[0] = (char *) "parallax-cli";
  for (guint i = 0; i < n; i++)
    argv[i + 1] = paths[i];
  sources = px_cli_load_documents (n + 1, argv, FALSE, &all_read);
  if (sources == NULL)
    return FALSE;
  for (guint i = 0; i < sources->len; i++)
    {
      PxDocument *doc = g_ptr_array_index (sources, i);

      px_document_set_primary_source (doc, TRUE);
      g_ptr_array_add (docs, g_object_ref (doc));
    }
  return TRUE;
}

void
px_cli_print_source_notices (PxSourceCheck *check)
{
  const char * const *notices = px_source_check_get_notices (check, NULL);

  for (guint i = 0; notices[i]; i++)
    px_cli_error ("%s", notices[i]);
}

static void
append_slice (GString *out, PxDocument *doc, guint32 start, guint32 end)
{
  const char *text = px_document_get_text (doc, NULL);

  for (const char *p = text + start; p < text + end; p++)
    g_string_append_c (out, *p == '\n' ? ' ' : *p);
}

/* The diff in wdiff's notation: [-the source's words-] {+the quotation's+}. */
static void
append_diff (GString *out, const PxSourceSpan *span, PxDocument *source, PxDocument *article)
{
  for (guint i = 0; i < span->diff->len; i++)
    {
      const PxDiffOp *op = &g_array_index (span->diff, PxDiffOp, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      if (op->type == PX_DIFF_EQUAL)
        append_slice (out, source, op->old_start, op->old_end);
      else if (op->type == PX_DIFF_DELETE)
        {
          g_string_append (out, "[-");
          append_slice (out, source, op->old_start, op->old_end);
          g_string_append (out, "-]");
        }
      else
        {
          g_string_append (out, "{+");
          append_slice (out, article, op->new_start, op->new_end);
          g_string_append (out, "+}");
        }
    }
}

static void
append_match (GString *out, const PxSourceMatch *m, guint number, PxDocument **docs)
{
  PxDocument *article = docs[m->document];

  g_string_append_printf (out, "%u. %s — %s", number, px_document_get_outlet (article),
                          px_source_label_name (m->label));
  if (m->conventions & PX_SOURCE_BRACKETS)
    g_string_append_printf (out, " (%s)", _("bracketed insertion"));
  if (m->conventions & PX_SOURCE_ELLIPSIS)
    g_string_append_printf (out, " (%s)", _("ellipsis"));
  g_string_append (out, "\n   “");
  append_slice (out, article, m->start, m->end);
  g_string_append (out, "”\n");
  if (m->spans->len == 0)
    g_string_append_printf (out, "   %s\n", px_source_label_explain (m->label));
  for (guint s = 0; s < m->spans->len; s++)
    {
      const PxSourceSpan *span = &g_array_index (m->spans, PxSourceSpan, s);
      PxDocument *source = docs[span->source];

      g_string_append_printf (out, "   %s %s", _("source:"), px_document_get_outlet (source));
      if (span->speaker)
        g_string_append_printf (out, ", %s", span->speaker);
      if (s > 0 && span->distance > 0)
        {
          g_autofree char *gap = g_strdup_printf (ngettext ("%d word after the piece before",
                                                            "%d words after the piece before", span->distance),
                                                  span->distance);
          g_string_append_printf (out, ", %s", gap);
        }
      else if (s > 0 && span->distance < 0)
        {
          g_autofree char *gap = g_strdup_printf (ngettext ("%d word before the piece before",
                                                            "%d words before the piece before", -span->distance),
                                                  -span->distance);
          g_string_append_printf (out, ", %s", gap);
        }
      g_string_append (out, "\n   ");
      append_diff (out, span, source, article);
      g_string_append_c (out, '\n');
    }
}

/**
 * px_cli_append_source_check:
 *
 * Appends the quotations against the primary sources: a tally per
 * article, then each checked quotation with its label, the source
 * passage and the word diff.
 */
void
px_cli_append_source_check (GString       *out,
                            PxSourceCheck *check,
                            PxDocument   **docs,
                            guint          n_docs)
{
  guint width = 0;

  g_string_append_printf (out, "%s\n\n", _("Quotes against the source:"));
  for (guint d = 0; d < n_docs; d++)
    if (!px_document_get_primary_source (docs[d]))
      width = MAX (width, (guint) g_utf8_strlen (px_document_get_outlet (docs[d]), -1));
  for (guint d = 0; d < n_docs; d++)
    {
      guint tally[PX_SOURCE_N_LABELS];
      const char *outlet = px_document_get_outlet (docs[d]);

      if (px_document_get_primary_source (docs[d]))
        continue;
      px_source_check_get_tally (check, d, tally);
      g_string_append_printf (out, "   %s%*s ", outlet, (int) (width - g_utf8_strlen (outlet, -1)), "");
      for (guint l = 0; l < PX_SOURCE_N_LABELS; l++)
        g_string_append_printf (out, " %u %s%s", tally[l], px_source_label_name (l),
                                l + 1 < PX_SOURCE_N_LABELS ? "," : "\n");
    }
  if (px_source_check_get_n_matches (check) == 0)
    g_string_append_printf (out, "\n%s\n", _("No quotations to check."));
  for (guint k = 0; k < px_source_check_get_n_matches (check); k++)
    {
      g_string_append_c (out, '\n');
      append_match (out, px_source_check_get_match (check, k), k + 1, docs);
    }
}
