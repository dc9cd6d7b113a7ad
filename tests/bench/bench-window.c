/* bench-window.c: how fast the window shows an aligned comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benchmark, not a test: it prints figures.  For the sample event and
 * for generated events of many long articles it measures, in one
 * process:
 *   - start-up to first aligned paint: from px_window_open_files() to
 *     the first frame painted with the comparison's rows on screen
 *     (reading the files, comparing off the main thread, binding rows);
 *   - the engine alone (px_comparison_new on the same documents), the
 *     peer the window's figure is set against;
 *   - scrolling: the time between frames while the view scrolls half a
 *     page a frame through the comparison (the "stays smooth" figure),
 *     and what each frame cost the main thread in processor time (the
 *     time between frames cannot go below the frame clock's period).
 *
 * Run under a display: xvfb-run -a build/tests/bench/bench-window
 * Options: --articles=N --words=N (generated event), --runs=N,
 * --event=sample|short|long (one event only, for profiling),
 * --write=DIR (only write the generated events, for bench-phases),
 * --no-scroll (the first paint only).
 * "cpu ms" is the processor time of the whole process (all threads)
 * from opening to the first paint: less swayed by a loaded machine;
 * "main ms" is the main thread's share of it (reading and comparing
 * run in worker threads): what the window itself costs.
 * BENCH_FRAMES=1 prints each scrolled frame's work in order.
 * BENCH_DEBUG=1 prints when loading and comparing end, and how many
 * frames were painted until the rows showed (BENCH_PHASES=1 too: when
 * each frame's phases end).  To profile one
 * phase (paint, down, right, stacked, stacked-down or stacked-up):
 *   mkfifo ctl; BENCH_PERF_FIFO=ctl BENCH_PERF_PHASE=right xvfb-run -a \
 *     perf record -D -1 --control=fifo:ctl -g build/tests/bench/bench-window  Under Xvfb the
 * GL renderer is software (llvmpipe) and competes with the comparison
 * for the CPU; GSK_RENDERER=cairo gives figures closer to a GPU's.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <time.h>

#include "px-compare.h"
#include "px-import.h"
#include "px-window-private.h"

static int n_articles = 20;
static int n_words = 10000;
static int n_runs = 3;
static char *only_event;   /* --event: sample, short or long; all when NULL */
static char *write_dir;    /* --write: only write the generated events there */
static gboolean no_scroll; /* --no-scroll: the first paint only */

/* Processor time of the whole process (every thread), in ms: a figure
 * that other work on a loaded machine changes less than the clock's. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* BENCH_PERF_FIFO / BENCH_PERF_PHASE: profile one phase (perf record --control). */
static void
perf_ctl (const char *phase, gboolean on)
{
  const char *fifo = g_getenv ("BENCH_PERF_FIFO"), *want = g_getenv ("BENCH_PERF_PHASE");
  FILE *f;

  if (fifo == NULL || want == NULL || !g_str_equal (want, phase))
    return;
  f = fopen (fifo, "w");
  if (f)
    {
      fputs (on ? "enable\n" : "disable\n", f);
      fclose (f);
    }
}

static double last_paint_cpu;   /* processor ms of the last time_first_paint() */
static double last_paint_main;  /* of those, the main thread's */
static double thread_cpu_ms (void);

/* --- a generated event ---------------------------------------------------- */

static const char *const syllables[] = {
  "ka", "lo", "mi", "ter", "an", "port", "el", "min", "is", "tra", "ven", "cor", "da", "ul",
  "re", "sto", "pa", "gi", "on", "ber", "sa", "vi", "nu", "to", "fe", "ral", "co", "mu",
};

static char *
make_word (GRand *rand)
{
  GString *w = g_string_new (NULL);
  int n = g_rand_int_range (rand, 1, 4);

  for (int i = 0; i < n; i++)
    g_string_append (w, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  return g_string_free (w, FALSE);
}

/* A story: paragraphs of sentences over a vocabulary of 3,000 words. */
static GPtrArray *
make_story (GRand *rand, GPtrArray *vocabulary, int words)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);

  while (words > 0)
    {
      GString *p = g_string_new (NULL);
      int n = g_rand_int_range (rand, 40, 110);

      for (int i = 0; i < n; i++)
        {
          const char *w = g_ptr_array_index (vocabulary, g_rand_int_range (rand, 0, vocabulary->len));

          if (i > 0)
            g_string_append_c (p, ' ');
          if (i == 0 || p->str[p->len - 2] == '.')
            {
              g_string_append_c (p, g_ascii_toupper (w[0]));
              g_string_append (p, w + 1);
            }
          else
            g_string_append (p, w);
          if (i == n - 1 || g_rand_int_range (rand, 0, 14) == 0)
            g_string_append_c (p, '.');
        }
      words -= n;
      g_ptr_array_add (paragraphs, g_string_free (p, FALSE));
    }
  return paragraphs;
}

/* An outlet's version: drops, rewords, adds and moves paragraphs. */
static char *
make_version (GRand *rand, GPtrArray *story, GPtrArray *vocabulary)
{
  GString *out = g_string_new (NULL);
  guint moved = g_rand_int_range (rand, 0, story->len);

  for (guint i = 0; i < story->len; i++)
    {
      g_auto(GStrv) words = NULL;

      if (i == moved || g_rand_int_range (rand, 0, 10) == 0)
        continue;
      words = g_strsplit (g_ptr_array_index (story, i), " ", -1);
      for (guint k = 0; words[k]; k++)
        if (g_rand_int_range (rand, 0, 12) == 0)
          {
            g_free (words[k]);
            words[k] = g_strdup (g_ptr_array_index (vocabulary, g_rand_int_range (rand, 0, vocabulary->len)));
          }
      {
        g_autofree char *joined = g_strjoinv (" ", words);
        g_string_append_printf (out, "%s\n\n", joined);
      }
      if (g_rand_int_range (rand, 0, 15) == 0)
        {
          g_autoptr(GPtrArray) extra = make_story (rand, vocabulary, 60);
          g_string_append_printf (out, "%s\n\n", (char *) extra->pdata[0]);
        }
    }
  g_string_append_printf (out, "%s\n", (char *) story->pdata[moved]);
  return g_string_free (out, FALSE);
}

static GPtrArray *
write_event (const char *dir, int articles, int words)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GPtrArray) vocabulary = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) story = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (int i = 0; i < 3000; i++)
    g_ptr_array_add (vocabulary, make_word (rand));
  story = make_story (rand, vocabulary, words);
  for (int a = 0; a < articles; a++)
    {
      g_autofree char *text = make_version (rand, story, vocabulary);
      g_autofree char *name = g_strdup_printf ("%02d-outlet%d.txt", a + 1, a + 1);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!g_file_set_contents (path, text, -1, NULL))
        g_error ("cannot write %s", path);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  return files;
}

/* --- measuring ------------------------------------------------------------ */

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values, double p)
{
  g_array_sort (values, cmp_double);
  return g_array_index (values, double, MIN (values->len - 1, (guint) (p * values->len)));
}

static void
wait_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 counter = gdk_frame_clock_get_frame_counter (clock);

  gtk_widget_queue_draw (widget);
  while (gdk_frame_clock_get_frame_counter (clock) == counter)
    g_main_context_iteration (NULL, TRUE);
}

static gint64 paint_start;

static void
note_phase (GdkFrameClock *clock, const char *phase)
{
  g_printerr ("  %s at %.1f ms\n", phase, (g_get_monotonic_time () - paint_start) / 1000.0);
}

static void
count_frame (GdkFrameClock *clock, guint *n)
{
  (*n)++;
  if (g_getenv ("BENCH_DEBUG"))
    g_printerr ("frame %u at %.1f ms\n", *n, (g_get_monotonic_time () - paint_start) / 1000.0);
}

/* Milliseconds from opening @files to the first frame with rows. */
static double
time_first_paint (GPtrArray *files, PxWindow **out_window)
{
  PxWindow *window = px_window_new (NULL);
  gint64 start;
  double cpu_start, main_start;
  guint n_frames = 0;
  gulong frames_id;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  wait_frame (GTK_WIDGET (window));

  frames_id = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "paint",
                                G_CALLBACK (count_frame), &n_frames);
  if (g_getenv ("BENCH_PHASES"))
    {
      const char *phases[] = { "before-paint", "update", "layout", "after-paint" };

      for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
        g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), phases[i],
                          G_CALLBACK (note_phase), (gpointer) phases[i]);
    }
  start = paint_start = g_get_monotonic_time ();
  cpu_start = cpu_ms ();
  main_start = thread_cpu_ms ();
  perf_ctl ("paint", TRUE);
  px_window_open_files (window, (GFile **) files->pdata, files->len);
  while (_px_window_get_loading (window))
    g_main_context_iteration (NULL, TRUE);
  if (g_getenv ("BENCH_DEBUG"))
    g_printerr ("loaded %.1f\n", (g_get_monotonic_time () - start) / 1000.0);
  while (px_window_get_computing (window) || px_window_get_comparison (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (g_getenv ("BENCH_DEBUG"))
    g_printerr ("computed %.1f\n", (g_get_monotonic_time () - start) / 1000.0);
  wait_frame (GTK_WIDGET (window));
  if (g_getenv ("BENCH_DEBUG"))
    {
      GtkWidget *list = px_comparison_view_get_rows_widget (px_window_get_view (window));
      guint n = 0;

      for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
        n++;
      g_printerr ("painted %.1f, %u row widgets, %u frames\n", (g_get_monotonic_time () - start) / 1000.0, n, n_frames);
    }
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), frames_id);
  perf_ctl ("paint", FALSE);
  last_paint_cpu = cpu_ms () - cpu_start;
  last_paint_main = thread_cpu_ms () - main_start;
  if (out_window)
    *out_window = window;
  else
    gtk_window_destroy (GTK_WINDOW (window));
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
time_engine (GPtrArray *files)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxComparison) cmp = NULL;
  PxCompareOptions options = { .flags = PX_DIFF_IGNORE_SPACE | PX_DIFF_FOLD_TYPOGRAPHY };
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (docs, px_import_file (files->pdata[i], NULL, NULL));
  cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The horizontal scroll bar's adjustment (the one shown), or NULL. */
static GtkAdjustment *
sideways_adjustment (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkAdjustment *adj;

      if (GTK_IS_SCROLLBAR (c) && gtk_widget_get_mapped (c) &&
          gtk_orientable_get_orientation (GTK_ORIENTABLE (c)) == GTK_ORIENTATION_HORIZONTAL)
        return gtk_scrollbar_get_adjustment (GTK_SCROLLBAR (c));
      if ((adj = sideways_adjustment (c)))
        return adj;
    }
  return NULL;
}

/* The main thread's processor time, in ms: what a frame cost it, which
 * other processes on a loaded machine do not stretch as they do the
 * clock's time, and which the frame clock's pacing does not pad: the
 * time between two frames cannot go below the clock's period (16.7 ms
 * at 60 Hz) however little a frame does. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* BENCH_FRAMES: the main thread's processor ms inside the frame clock's
 * frame (from "before-paint" to "after-paint"), apart from what ran
 * between frames (rows prepared while idle). */
static double frame_cpu_start, frame_cpu;
static double last_frame_p95;   /* of the last time_scrolling_work() */
/* ... and of the scroll step itself (what the adjustment's change did at
 * once) plus its frame, idle work between frames left out: what delays
 * the frame that shows the scroll.  95th and 99th percentiles. */
static double last_step_p95, last_step_p99;

static void
on_frame_begin (GdkFrameClock *clock, gpointer data)
{
  frame_cpu_start = thread_cpu_ms ();
}

static void
on_frame_end (GdkFrameClock *clock, gpointer data)
{
  frame_cpu += thread_cpu_ms () - frame_cpu_start;
}

/* Frame times while scrolling by @step pixels a frame (0: half a page;
 * negative: back), down the rows or, @sideways, across the columns. */
static void
time_scrolling_work (PxWindow *window, gboolean sideways, guint n_frames, double step,
                     double *median, double *p95, double *worst, double *work_p95)
{
  GtkWidget *list = px_comparison_view_get_rows_widget (px_window_get_view (window));
  GtkAdjustment *adj = sideways ? sideways_adjustment (GTK_WIDGET (px_window_get_view (window)))
                                : gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) works = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) inside = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gulong begin_id = g_signal_connect (clock, "before-paint", G_CALLBACK (on_frame_begin), NULL);
  gulong end_id = g_signal_connect_after (clock, "after-paint", G_CALLBACK (on_frame_end), NULL);

  *median = *p95 = *worst = -1;
  if (work_p95)
    *work_p95 = -1;
  if (adj == NULL)
    return;
  for (guint i = 0; i < n_frames; i++)
    {
      gint64 t = g_get_monotonic_time ();
      double work = thread_cpu_ms ();
      double ms, by = step != 0 ? step : gtk_adjustment_get_page_size (adj) / 2;
      double upper = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);

      /* At either end, go on the other way rather than time a still frame. */
      if (gtk_adjustment_get_value (adj) + by > upper || gtk_adjustment_get_value (adj) + by < 0)
        {
          step = -step;
          by = -by;
        }
      double step_ms;

      frame_cpu = 0;
      step_ms = thread_cpu_ms ();
      gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + by);
      step_ms = thread_cpu_ms () - step_ms;
      wait_frame (GTK_WIDGET (window));
      g_array_append_val (inside, frame_cpu);
      step_ms += frame_cpu;
      g_array_append_val (steps, step_ms);
      ms = (g_get_monotonic_time () - t) / 1000.0;
      g_array_append_val (times, ms);
      /* What the scroll did at once (binding cells), then the frame. */
      work = thread_cpu_ms () - work;
      g_array_append_val (works, work);
    }
  if (g_getenv ("BENCH_FRAMES"))
    {
      /* Each frame's work, in order: whether the slow ones come
       * regularly (a row scrolled in) or at random. */
      g_printerr ("%s %+.0f:", sideways ? "sideways" : "down", step);
      for (guint i = 0; i < works->len; i++)
        g_printerr (" %.1f", g_array_index (works, double, i));
      g_printerr ("\n  in frame:");
      for (guint i = 0; i < inside->len; i++)
        g_printerr (" %.1f", g_array_index (inside, double, i));
      g_printerr ("\n  wall:");
      for (guint i = 0; i < times->len; i++)
        g_printerr (" %.1f", g_array_index (times, double, i));
      g_printerr ("\n  p95 in frame %.1f\n", percentile (inside, 0.95));
    }
  last_frame_p95 = percentile (inside, 0.95);
  last_step_p95 = percentile (steps, 0.95);
  last_step_p99 = percentile (steps, 0.99);
  g_signal_handler_disconnect (clock, begin_id);
  g_signal_handler_disconnect (clock, end_id);
  if (work_p95)
    *work_p95 = percentile (works, 0.95);
  *median = percentile (times, 0.5);
  *p95 = percentile (times, 0.95);
  *worst = percentile (times, 1.0);
}

static void
time_scrolling_on (PxWindow *window, gboolean sideways, guint n_frames, double step,
                   double *median, double *p95, double *worst)
{
  time_scrolling_work (window, sideways, n_frames, step, median, p95, worst, NULL);
}

static void
time_scrolling (PxWindow *window, guint n_frames, double step, double *median, double *p95, double *worst)
{
  time_scrolling_on (window, FALSE, n_frames, step, median, p95, worst);
}

/* Whether the view has a stacked layout (not before it was written). */
static gboolean
set_stacked (PxWindow *window, gboolean stacked)
{
  PxComparisonView *view = px_window_get_view (window);

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (view), "stacked") == NULL)
    return FALSE;
  g_object_set (view, "stacked", stacked, NULL);
  wait_frame (GTK_WIDGET (window));
  wait_frame (GTK_WIDGET (window));
  return TRUE;
}

/* Second table: scrolling both ways, 40 px a frame, 95th percentiles. */
static GString *directions, *directions_work, *directions_frame, *directions_step;

static void
report_directions (const char *name, PxWindow *window)
{
  GtkWidget *list = px_comparison_view_get_rows_widget (px_window_get_view (window));
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  double m, down, up, right = -1, left = -1, st_down = -1, st_up = -1, w;
  double wk[6] = { -1, -1, -1, -1, -1, -1 };
  double fr[6] = { -1, -1, -1, -1, -1, -1 };
  double st[6] = { -1, -1, -1, -1, -1, -1 };
  GtkAdjustment *hadj = sideways_adjustment (GTK_WIDGET (px_window_get_view (window)));
  /* About a column's width: the scroll bar's step is an eighth of one. */
  double col = hadj ? gtk_adjustment_get_step_increment (hadj) * 8 : 0;

  gtk_adjustment_set_value (vadj, 0);
  wait_frame (GTK_WIDGET (window));
  perf_ctl ("down", TRUE);
  time_scrolling_work (window, FALSE, 120, 40, &m, &down, &w, &wk[0]);
  fr[0] = last_frame_p95;
  time_scrolling_work (window, FALSE, 120, -40, &m, &up, &w, &wk[1]);
  fr[1] = last_frame_p95;
  perf_ctl ("down", FALSE);
  perf_ctl ("right", TRUE);
  time_scrolling_work (window, TRUE, 60, 40, &m, &right, &w, &wk[2]);
  fr[2] = last_frame_p95;
  st[0] = last_step_p95, st[1] = last_step_p99;
  time_scrolling_work (window, TRUE, 60, -40, &m, &left, &w, &wk[3]);
  fr[3] = last_frame_p95;
  st[2] = last_step_p95, st[3] = last_step_p99;
  /* Whole columns at a time as well: a column comes in every frame. */
  if (col > 0)
    {
      time_scrolling_work (window, TRUE, 20, col, &m, &w, &w, NULL);
      st[4] = last_step_p95, st[5] = last_step_p99;
    }
  perf_ctl ("right", FALSE);
  if (set_stacked (window, TRUE))
    {
      gtk_adjustment_set_value (vadj, 0);
      wait_frame (GTK_WIDGET (window));
      perf_ctl ("stacked", TRUE);
      perf_ctl ("stacked-down", TRUE);
      time_scrolling_work (window, FALSE, 120, 40, &m, &st_down, &w, &wk[4]);
      fr[4] = last_frame_p95;
      perf_ctl ("stacked-down", FALSE);
      perf_ctl ("stacked-up", TRUE);
      time_scrolling_work (window, FALSE, 120, -40, &m, &st_up, &w, &wk[5]);
      fr[5] = last_frame_p95;
      perf_ctl ("stacked-up", FALSE);
      perf_ctl ("stacked", FALSE);
      set_stacked (window, FALSE);
    }
  g_string_append_printf (directions, "| %-28s | %6.1f | %6.1f | %6.1f | %6.1f | %7.1f | %7.1f |\n",
                          name, down, up, right, left, st_down, st_up);
  g_string_append_printf (directions_work, "| %-28s | %6.1f | %6.1f | %6.1f | %6.1f | %7.1f | %7.1f |\n",
                          name, wk[0], wk[1], wk[2], wk[3], wk[4], wk[5]);
  g_string_append_printf (directions_frame, "| %-28s | %6.1f | %6.1f | %6.1f | %6.1f | %7.1f | %7.1f |\n",
                          name, fr[0], fr[1], fr[2], fr[3], fr[4], fr[5]);
  g_string_append_printf (directions_step, "| %-28s | %6.1f | %6.1f | %6.1f | %6.1f | %7.1f | %7.1f |\n",
                          name, st[0], st[1], st[2], st[3], st[4], st[5]);
}

static void
report (const char *name, GPtrArray *files)
{
  g_autoptr(GArray) paints = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) engines = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) mains = g_array_new (FALSE, FALSE, sizeof (double));
  PxWindow *window = NULL;
  double median, p95, worst, paint, cold, engine, s_median, s_p95, s_worst, cpu, ui;
  gsize words = 0;

  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(PxDocument) doc = px_import_file (files->pdata[i], NULL, NULL);
      words += px_document_get_n_words (doc);
    }

  for (int run = 0; run < n_runs; run++)
    {
      double t = time_first_paint (files, run == n_runs - 1 ? &window : NULL);
      double c = last_paint_cpu;
      double m = last_paint_main;
      double e = time_engine (files);

      g_array_append_val (paints, t);
      g_array_append_val (cpus, c);
      g_array_append_val (mains, m);
      g_array_append_val (engines, e);
    }
  cold = g_array_index (paints, double, 0);
  paint = percentile (paints, 0.5);
  engine = percentile (engines, 0.5);
  cpu = percentile (cpus, 0.5);
  ui = percentile (mains, 0.5);
  median = p95 = worst = s_median = s_p95 = s_worst = -1;
  if (!no_scroll)
    {
      time_scrolling (window, 120, 0, &median, &p95, &worst);
      time_scrolling (window, 120, 40, &s_median, &s_p95, &s_worst);
      report_directions (name, window);
    }
  gtk_window_destroy (GTK_WINDOW (window));

  g_print ("| %-28s | %3u | %7" G_GSIZE_FORMAT " | %8.1f | %9.1f | %7.1f | %7.1f | %8.1f | %5.2f | %6.1f | %6.1f | %6.1f | %6.1f | %6.1f | %6.1f |\n",
           name, files->len, words, cold, paint, cpu, ui, engine, paint / engine, median, p95, worst,
           s_median, s_p95, s_worst);
}

int
main (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the comparison window");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) samples = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) generated = NULL;
  g_autoptr(GPtrArray) shorter = NULL;
  g_autofree char *short_dir = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *label = NULL;
  const char *names[] = { "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt" };
  GOptionEntry entries[] = {
    { "articles", 'a', 0, G_OPTION_ARG_INT, &n_articles, "Articles in the generated event (20)", "N" },
    { "words", 'w', 0, G_OPTION_ARG_INT, &n_words, "Words in each generated article (10000)", "N" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &n_runs, "Runs of each start-up, the median is shown (3)", "N" },
    { "event", 'e', 0, G_OPTION_ARG_STRING, &only_event, "Only this event: sample, short (2,000 words) or long", "NAME" },
    { "no-scroll", 0, 0, G_OPTION_ARG_NONE, &no_scroll, "Time the first paint only", NULL },
    { "write", 0, 0, G_OPTION_ARG_FILENAME, &write_dir, "Only write the generated events into DIR/short and DIR/long (for bench-phases or perf)", "DIR" },
    { NULL }
  };

  /* The schema of the build tree, and no writes to the user's settings. */
  g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", FALSE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  n_runs = MAX (n_runs, 1);
  if (write_dir)
    {
      g_autofree char *s_dir = g_build_filename (write_dir, "short", NULL);
      g_autofree char *l_dir = g_build_filename (write_dir, "long", NULL);

      if (g_mkdir_with_parents (s_dir, 0755) != 0 || g_mkdir_with_parents (l_dir, 0755) != 0)
        g_error ("cannot make %s", write_dir);
      g_ptr_array_unref (write_event (s_dir, n_articles, 2000));
      g_ptr_array_unref (write_event (l_dir, n_articles, n_words));
      return 0;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("no display: run under xvfb-run -a\n");
      return 2;
    }
  adw_init ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (samples, g_file_new_build_filename (BENCH_SAMPLES_DIR, names[i], NULL));
  dir = g_dir_make_tmp ("parallax-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  generated = write_event (dir, n_articles, n_words);
  short_dir = g_dir_make_tmp ("parallax-bench-XXXXXX", &error);
  if (short_dir == NULL)
    g_error ("%s", error->message);
  shorter = write_event (short_dir, n_articles, 2000);
  directions = g_string_new (NULL);
  directions_work = g_string_new (NULL);
  directions_frame = g_string_new (NULL);
  directions_step = g_string_new (NULL);

  g_print ("First aligned paint: open files -> read -> compare (worker thread) -> first frame with rows.\n"
           "Engine: import + px_comparison_new alone, same process.  Scroll: ms a frame while the view\n"
           "scrolls half a page a frame (pg.) or 40 px a frame (40.), 120 frames each.\n"
           "1st run: the process's first window (cold caches); paint ms: median of %d runs.\n\n", n_runs);
  g_print ("| %-28s | %3s | %7s | %8s | %9s | %7s | %7s | %8s | %5s | %6s | %6s | %6s | %6s | %6s | %6s |\n", "event", "art", "words",
           "1st run", "paint ms", "cpu ms", "main ms", "engine", "ratio", "pg.50", "pg.95", "pg.max", "40.50", "40.95", "40.max");
  g_print ("|------------------------------|-----|---------|----------|-----------|---------|---------|----------|-------|--------|--------|--------|--------|--------|--------|\n");
  if (only_event == NULL || g_str_equal (only_event, "sample"))
    report ("sample event (data/samples)", samples);
  if (only_event == NULL || g_str_equal (only_event, "short"))
    {
      g_autofree char *short_label = g_strdup_printf ("generated %d x 2000 words", n_articles);

      report (short_label, shorter);
    }
  label = g_strdup_printf ("generated %d x %d words", n_articles, n_words);
  if (only_event == NULL || g_str_equal (only_event, "long"))
    report (label, generated);

  g_print ("\nScrolling, 40 px a frame, 95th percentile of ms a frame: down and up the rows, right and\n"
           "left across the columns (side by side), down and up in the stacked view (-1: none).\n\n");
  g_print ("| %-28s | %6s | %6s | %6s | %6s | %7s | %7s |\n", "event", "down", "up", "right", "left",
           "st.down", "st.up");
  g_print ("|------------------------------|--------|--------|--------|--------|---------|---------|\n%s",
           directions->str);
  g_print ("\nThe same scrolling, 95th percentile of each frame's work: the main thread's processor ms\n"
           "from the scroll step to the frame painted.  The time between frames above cannot go below\n"
           "the frame clock's period (16.7 ms at 60 Hz) however little a frame does, and a loaded\n"
           "machine stretches it; this is what the frame itself cost.\n\n");
  g_print ("| %-28s | %6s | %6s | %6s | %6s | %7s | %7s |\n", "event", "down", "up", "right", "left",
           "st.down", "st.up");
  g_print ("|------------------------------|--------|--------|--------|--------|---------|---------|\n%s",
           directions_work->str);
  g_print ("\nThe same scrolling, 95th percentile of the main thread's processor ms inside each frame\n"
           "(the frame clock's before-paint to after-paint: layout, drawing), without the rows\n"
           "prepared while the main loop is idle between frames, which the table above counts.\n\n");
  g_print ("| %-28s | %6s | %6s | %6s | %6s | %7s | %7s |\n", "event", "down", "up", "right", "left",
           "st.down", "st.up");
  g_print ("|------------------------------|--------|--------|--------|--------|---------|---------|\n%s",
           directions_frame->str);
  g_print ("\nSideways, the main thread's processor ms of the scroll step itself (what changing the\n"
           "scroll bar did at once) plus its frame, cells prepared while idle between frames not\n"
           "counted: what delays the frame that shows the scroll.  95th and 99th percentiles, 40 px\n"
           "a frame right and left, then a whole column a frame (20 frames, -1: none).\n\n");
  g_print ("| %-28s | %6s | %6s | %6s | %6s | %7s | %7s |\n", "event", "r.95", "r.99", "l.95", "l.99",
           "col.95", "col.99");
  g_print ("|------------------------------|--------|--------|--------|--------|---------|---------|\n%s",
           directions_step->str);
  g_string_free (directions_step, TRUE);
  g_string_free (directions_frame, TRUE);
  g_string_free (directions, TRUE);
  g_string_free (directions_work, TRUE);
  for (guint i = 0; i < shorter->len; i++)
    g_file_delete (shorter->pdata[i], NULL, NULL);
  g_rmdir (short_dir);

  for (guint i = 0; i < generated->len; i++)
    g_file_delete (generated->pdata[i], NULL, NULL);
  g_rmdir (dir);
  return 0;
}
