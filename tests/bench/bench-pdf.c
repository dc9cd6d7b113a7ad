/* bench-pdf.c: a PDF to text, against pdftotext on the same file
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-pdf [--runs=N] [--keep=PATH] [FILE.pdf…]
 *
 * Without files it draws a 20-page newspaper-like PDF with cairo (two
 * columns of the sample articles' paragraphs, a running header and a
 * page number on every page, words hyphenated at line ends) and reads
 * that.  For each file it prints
 * (everything Parallax does for a PDF: poppler's text and boxes, then
 * the layout in px-pdf-layout.c), of poppler's part alone, and of
 * `parallax-cli text FILE` and `pdftotext FILE /dev/null` (processes of
 * their own, start-up included; pdftotext without poppler-glib's
 * per-character boxes), each as wall time and processor time: on a
 * shared machine the wall time varies threefold, the processor time
 * much less.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "px-formats.h"
#include "test-pdf-pen.h"

#define PAGE_W 595.0
#define PAGE_H 842.0
#define FONT 9.0
#define PITCH 11.0
#define N_PAGES 20

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, cmp_double);
  return g_array_index (times, double, times->len / 2);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Processor time of this process, all its threads. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Processor time of the children waited for. */
static double
children_cpu_ms (void)
{
  struct rusage ru;

  getrusage (RUSAGE_CHILDREN, &ru);
  return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0;
}

/* --- the generated PDF ---------------------------------------------------- */

static void
furniture (cairo_t *cr, int page)
{
  char number[32];

  cairo_move_to (cr, 50, 30);
  cairo_show_text (cr, "THE EXAMPLE GAZETTE · World news · Wednesday, March 12, 2014");
  g_snprintf (number, sizeof number, "%d", page);
  cairo_move_to (cr, PAGE_W / 2, PAGE_H - 24);
  cairo_show_text (cr, number);
}

static void
draw_pdf (const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_W, PAGE_H);
  cairo_t *cr = cairo_create (surface);
  TestPen pen = {
    .cr = cr, .left = 50, .width = (PAGE_W - 100 - 20) / 2, .y = 60, .pitch = PITCH,
    .hyphenate = TRUE, .blank_line = TRUE,
    .columns = 2, .margin = 50, .gap = 20, .top = 60, .bottom = PAGE_H - 50,
    .page = 1, .last_page = N_PAGES, .furniture = furniture,
  };
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  gboolean room = TRUE;

  for (int i = 1; i <= 5; i++)
    {
      static const char * const names[] = { NULL, "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt",
                                            "4-fox8.txt", "5-cnsnews.txt" };
      g_autofree char *file = g_build_filename (BENCH_SAMPLES_DIR, names[i], NULL);
      g_autofree char *text = NULL;
      g_auto(GStrv) parts = NULL;

      if (!g_file_get_contents (file, &text, NULL, NULL))
        g_error ("cannot read %s", file);
      parts = g_strsplit (text, "\n", -1);
      for (guint j = 0; parts[j]; j++)
        if (*g_strstrip (parts[j]))
          g_ptr_array_add (paragraphs, g_strdup (parts[j]));
    }
  cairo_select_font_face (cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, FONT);
  furniture (cr, 1);
  /* The sample articles over and over until twenty pages are full. */
  for (guint k = 0; room; k++)
    room = test_pen_set_paragraph (&pen, paragraphs->pdata[k % paragraphs->len]);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* --- timing ------------------------------------------------------------- */

/* What px-pdf.c asks of poppler, alone: each page's text and its
 * characters' boxes. */
static void
poppler_only (const char *data, gsize size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  PopplerDocument *doc = poppler_document_new_from_bytes (bytes, NULL, NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *rects = NULL;
      guint n = 0;

      poppler_page_get_text_layout (page, &rects, &n);
      g_object_unref (page);
    }
  g_object_unref (doc);
}

static double
run_process (const char * const *argv, double *cpu)
{
  double start = now_ms (), cpu_start = children_cpu_ms ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) || !g_spawn_check_wait_status (status, NULL))
    return -1;
  *cpu = children_cpu_ms () - cpu_start;
  return now_ms () - start;
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("?");
  return g_strndup (text, strcspn (text, " "));
}

static void
bench_file (const char *path, int runs)
{
  g_autofree char *data = NULL;
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) poppler = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) peer = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cli = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cli_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ours_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) poppler_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) peer_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *load = NULL;
  gsize size = 0, words = 0;
  int n_pages = 0;

  if (!g_file_get_contents (path, &data, &size, &error))
    g_error ("%s", error->message);
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
    PopplerDocument *doc = poppler_document_new_from_bytes (bytes, NULL, &error);

    if (doc == NULL)
      g_error ("%s: %s", path, error->message);
    n_pages = poppler_document_get_n_pages (doc);
    g_object_unref (doc);
  }

  for (int r = 0; r < runs; r++)
    {
      g_autoptr(PxExtract) extract = NULL;
      g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func (g_free);
      double ours_ms = 0, poppler_ms = 0, ours_c = 0, poppler_c = 0, peer_c = 0, t3, t, c;

      /* In turns, so that neither gains from coming second (poppler's
       * caches, the allocator's free lists). */
      for (int k = 0; k < 2; k++)
        if ((k + r) % 2 == 0)
          {
            t = now_ms (), c = cpu_ms ();
            extract = px_pdf_extract (data, size, path, notices, &error);
            ours_ms = now_ms () - t, ours_c = cpu_ms () - c;
            if (extract == NULL)
              g_error ("%s", error->message);
          }
        else
          {
            t = now_ms (), c = cpu_ms ();
            poppler_only (data, size);
            poppler_ms = now_ms () - t, poppler_c = cpu_ms () - c;
          }
      {
        const char *argv[] = { PARALLAX_CLI, "text", path, NULL };
        double cli_c = 0, t4 = run_process (argv, &cli_c);

        if (t4 >= 0)
          {
            g_array_append_val (cli, t4);
            g_array_append_val (cli_cpu, cli_c);
          }
      }
      {
        const char *argv[] = { "pdftotext", path, "/dev/null", NULL };

        t3 = run_process (argv, &peer_c);
      }
      g_array_append_val (ours, ours_ms);
      g_array_append_val (poppler, poppler_ms);
      g_array_append_val (ours_cpu, ours_c);
      g_array_append_val (poppler_cpu, poppler_c);
      if (t3 >= 0)
        {
          g_array_append_val (peer, t3);
          g_array_append_val (peer_cpu, peer_c);
        }
      if (r == 0)
        for (guint i = 0; i < extract->paragraphs->len; i++)
          {
            g_auto(GStrv) w = g_strsplit (extract->paragraphs->pdata[i], " ", -1);

            words += g_strv_length (w);
          }
    }

  load = load_average ();
  g_print ("%s: %d pages, %" G_GSIZE_FORMAT " words, median of %d runs; load average %s\n",
           path, n_pages, words, runs, load);
  g_print ("                                     wall ms   processor ms\n");
  g_print ("  Parallax (px_pdf_extract)         %8.1f %10.1f\n", median (ours), median (ours_cpu));
  g_print ("  poppler's text and boxes alone,\n"
           "    one thread (what px-pdf.c asks) %8.1f %10.1f\n", median (poppler), median (poppler_cpu));
  if (cli->len)
    g_print ("  parallax-cli text (a process)     %8.1f %10.1f\n", median (cli), median (cli_cpu));
  if (peer->len)
    g_print ("  pdftotext (a process, start-up)   %8.1f %10.1f   Parallax / pdftotext: wall %.2f, processor %.2f\n",
             median (peer), median (peer_cpu), median (ours) / median (peer), median (ours_cpu) / median (peer_cpu));
  else
    g_print ("  pdftotext: not installed (poppler-utils)\n");
}

int
main (int argc, char **argv)
{
  int runs = 11;
  g_autofree char *keep = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per file (median)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Write the generated PDF here", "PATH" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[FILE.pdf…]");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 1);
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      bench_file (argv[i], runs);
  else
    {
      g_autofree char *dir = g_dir_make_tmp ("parallax-bench-pdf-XXXXXX", NULL);
      g_autofree char *path = keep ? g_strdup (keep) : g_build_filename (dir, "gazette-20-pages.pdf", NULL);

      draw_pdf (path);
      bench_file (path, runs);
      if (!keep)
        g_remove (path);
      g_rmdir (dir);
    }
  return 0;
}
