/* bench-report.c: time and size of the sample event's reports
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures, asserts nothing about speed: machines differ.  Each
 * stage runs ROUNDS times and the median is printed, with the JSON
 * export of the same comparison as the peer the others are set against.
 *
 *   bench-report [FILE…]   (default: the sample event, then 20
 *                           generated articles of 2,000 words)
 *
 * Targets (issue 18): the sample's report or handout in 100 ms or less;
 * 20 articles of 2,000 words in 1 s or less.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "bench-common.h"
#include "px-export-json.h"
#include "px-import.h"
#include "px-report.h"

#define ROUNDS 9

static double
median (double *v, guint n)
{
  qsort (v, n, sizeof (double), cmp_double);
  return v[n / 2];
}

typedef enum { STAGE_JSON, STAGE_MODEL, STAGE_PAGES, STAGE_PDF, STAGE_HTML, STAGE_HANDOUT, STAGE_ANSWERS,
               N_STAGES } Stage;

static const char *stage_names[] = {
  "JSON export (peer)", "report model", "layout + pagination", "PDF, whole", "HTML, whole",
  "handout PDF", "answer key PDF",
};

static GBytes *
kind_pdf (PxComparison *cmp, PxReportKind kind)
{
  PxReportOptions options = { .kind = kind };
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, &options);

  return px_report_to_pdf (report, PX_PAPER_A4, FALSE, NULL);
}

static void
run_bench (GPtrArray *docs, const char *label)
{
  g_autoptr(PxComparison) cmp = NULL;
  PxCompareOptions options = { 0 };
  double times[N_STAGES][ROUNDS];
  gsize sizes[N_STAGES] = { 0 };
  guint n_pages = 0;
  double width, height;

  cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  px_paper_get_size (PX_PAPER_A4, &width, &height);
  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 t0, t1;

      t0 = g_get_monotonic_time ();
      {
        g_autoptr(JsonNode) root = px_json_build_comparison (cmp, 0);
        g_autofree char *json = px_json_to_string (root);
        sizes[STAGE_JSON] = strlen (json);
      }
      t1 = g_get_monotonic_time ();
      times[STAGE_JSON][r] = (t1 - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      {
        g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
        g_autoptr(PxReportPages) pages = NULL;

        t1 = g_get_monotonic_time ();
        times[STAGE_MODEL][r] = (t1 - t0) / 1000.0;

        t0 = g_get_monotonic_time ();
        pages = px_report_pages_new (report, width, height);
        n_pages = px_report_pages_get_n_pages (pages);
        t1 = g_get_monotonic_time ();
        times[STAGE_PAGES][r] = (t1 - t0) / 1000.0;
      }

      t0 = g_get_monotonic_time ();
      {
        g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
        g_autoptr(GBytes) pdf = px_report_to_pdf (report, PX_PAPER_A4, FALSE, NULL);
        sizes[STAGE_PDF] = g_bytes_get_size (pdf);
      }
      t1 = g_get_monotonic_time ();
      times[STAGE_PDF][r] = (t1 - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      {
        g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
        g_autofree char *html = px_report_to_html (report);
        sizes[STAGE_HTML] = strlen (html);
      }
      t1 = g_get_monotonic_time ();
      times[STAGE_HTML][r] = (t1 - t0) / 1000.0;

      for (Stage s = STAGE_HANDOUT; s <= STAGE_ANSWERS; s++)
        {
          g_autoptr(GBytes) pdf = NULL;

          t0 = g_get_monotonic_time ();
          pdf = kind_pdf (cmp, s == STAGE_HANDOUT ? PX_REPORT_KIND_HANDOUT : PX_REPORT_KIND_ANSWER_KEY);
          t1 = g_get_monotonic_time ();
          sizes[s] = g_bytes_get_size (pdf);
          times[s][r] = (t1 - t0) / 1000.0;
        }
    }

  {
    gsize words = 0;
    double peer;

    for (guint d = 0; d < docs->len; d++)
      words += px_document_get_n_words (g_ptr_array_index (docs, d));
    printf ("%s: %u articles, %" G_GSIZE_FORMAT " words, %u rows; A4 portrait, %u pages; median of %d rounds\n\n",
            label, docs->len, words, px_comparison_get_n_rows (cmp), n_pages, ROUNDS);
    printf ("%-22s %10s %10s %12s\n", "stage", "ms", "x JSON", "bytes");
    peer = median (times[STAGE_JSON], ROUNDS);
    for (guint s = 0; s < N_STAGES; s++)
      {
        double ms = median (times[s], ROUNDS);

        printf ("%-22s %10.2f %10.2f", stage_names[s], ms, ms / peer);
        if (sizes[s])
          printf (" %12" G_GSIZE_FORMAT, sizes[s]);
        printf ("\n");
      }
  }
  printf ("\n");
}

/* 20 articles of about 2,000 words: one story edited twenty ways from
 * the sample's and ECB+'s paragraphs, as bench-compare makes them. */
static GPtrArray *
generated_docs (guint n, gsize words)
{
  GPtrArray *docs = g_ptr_array_new_with_free_func (g_object_unref);
  const char *samples = g_getenv ("PARALLAX_SAMPLES") ? g_getenv ("PARALLAX_SAMPLES") : "data/samples";
  g_autofree char *tmp = g_dir_make_tmp ("px-bench-report-XXXXXX", NULL);
  Corpus corpus = { 0 };
  Rng r = { 18 };
  g_autoptr(GPtrArray) base = NULL;

  corpus_load (&corpus, samples);
  base = make_text (&corpus, &r, words);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) edited = edit_text (&corpus, &r, base);
      g_autofree char *path = g_strdup_printf ("%s/article-%02u.txt", tmp, i + 1);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      PxDocument *doc;

      write_text (edited, path);
      doc = px_import_file (file, NULL, &error);
      if (doc == NULL)
        g_error ("%s", error->message);
      g_ptr_array_add (docs, doc);
      g_remove (path);
    }
  g_rmdir (tmp);
  return docs;
}

int
main (int argc, char **argv)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);

  if (argc < 2)
    {
      const char *names[] = { "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt" };
      const char *dir = g_getenv ("PARALLAX_SAMPLES") ? g_getenv ("PARALLAX_SAMPLES") : "data/samples";

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *path = g_build_filename (dir, names[i], NULL);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(GError) error = NULL;
          PxDocument *doc = px_import_file (file, NULL, &error);

          if (doc == NULL)
            g_error ("%s", error->message);
          px_document_set_source (doc, path);
          g_ptr_array_add (docs, doc);
        }
      run_bench (docs, "sample event (target: report or handout PDF <= 100 ms)");
      {
        g_autoptr(GPtrArray) big = generated_docs (20, 2000);

        run_bench (big, "20 generated articles (target: PDF <= 1000 ms)");
      }
      return 0;
    }
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GError) error = NULL;
      PxDocument *doc = px_import_file (file, NULL, &error);

      if (doc == NULL)
        g_error ("%s", error->message);
      g_ptr_array_add (docs, doc);
    }
  run_bench (docs, "given files");
  return 0;
}
