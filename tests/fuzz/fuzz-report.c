/* fuzz-report.c: the report of any small comparison, as PDF and HTML
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input: a byte of options (reference, paper, orientation, what the
 * diffs ignore), then up to four texts separated by NUL bytes.  Checks
 * the report model (marked runs tile their text, valid UTF-8), then lays
 * it out and writes the PDF (in memory) and the HTML.
 */
#include "fuzz.h"
#include "px-report.h"

static void
check_text (const PxReportText *t)
{
  guint32 at = 0;

  if (t == NULL)
    return;
  FUZZ_CHECK (t->text != NULL && g_utf8_validate (t->text, -1, NULL));
  for (guint i = 0; i < t->runs->len; i++)
    {
      const PxReportRun *run = &g_array_index (t->runs, PxReportRun, i);

      FUZZ_CHECK (run->start == at && run->end >= run->start);
      at = run->end;
    }
  FUZZ_CHECK (at == strlen (t->text));
}

static void
check_block (const PxReportBlock *b)
{
  check_text (b->text);
  if (b->cells)
    {
      FUZZ_CHECK (b->n_columns > 0 && b->cells->len % b->n_columns == 0);
      for (guint i = 0; i < b->cells->len; i++)
        check_text (b->cells->pdata[i]);
    }
  if (b->values)
    for (guint i = 0; i < b->labels->len * b->labels->len; i++)
      FUZZ_CHECK (b->values[i] >= 0 && b->values[i] <= 1);
  if (b->entries)
    for (guint i = 0; i < b->entries->len; i++)
      check_text (((PxReportEntry *) b->entries->pdata[i])->text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxComparison) cmp = NULL;
  g_autoptr(PxReport) report = NULL;
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 1, 2, 3, 4, 5);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  PxCompareOptions options = { 0 };
  PxReportOptions report_options = { 0 };
  gsize len;

  if (size < 1)
    return 0;
  texts = fuzz_split_texts (data + 1, size - 1, 4);
  for (guint i = 0; i < texts->len; i++)
    g_ptr_array_add (docs, px_document_new (texts->pdata[i], -1, i % 2 ? "Outlet" : "Другое издание"));
  options.reference = (data[0] & 3) % docs->len;
  options.flags = (data[0] >> 4) & 3;
  cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);

  report_options.created = created;
  report_options.flags = options.flags;
  report = px_report_new_from_comparison (cmp, &report_options);
  FUZZ_CHECK (report->title != NULL && g_utf8_validate (report->title, -1, NULL));
  for (guint s = 0; s < report->sections->len; s++)
    {
      const PxReportSection *section = report->sections->pdata[s];

      for (guint b = 0; b < section->blocks->len; b++)
        check_block (section->blocks->pdata[b]);
    }

  html = px_report_to_html (report);
  FUZZ_CHECK (html != NULL && g_utf8_validate (html, -1, NULL));

  pdf = px_report_to_pdf (report, (data[0] >> 2) & 1 ? PX_PAPER_LETTER : PX_PAPER_A4,
                          (data[0] >> 3) & 1, &error);
  FUZZ_CHECK (pdf != NULL && error == NULL);
  FUZZ_CHECK (g_bytes_get_size (pdf) > 4 &&
              memcmp (g_bytes_get_data (pdf, &len), "%PDF", 4) == 0);
  return 0;
}
