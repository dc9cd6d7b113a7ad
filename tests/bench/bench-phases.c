/* bench-phases.c: where the time of one comparison goes
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a program that prints figures.  bench-compare times whole
 * runs of parallax-cli against git; this runs the layers in one process
 * on the files given, a number of times, and prints the median of each
 * phase (reading, the comparison with its quotes, the word-choice sets,
 * the JSON text as
 * parallax-cli writes it into a pipe), and the first run's apart, since
 * it also pays for what is set up once (patterns, tables).
 *
 * The processor time of each phase (all its threads) is printed too: on
 * a machine that other work shares, it varies far less than the time
 * on the clock, and it counts a second thread's work, which the clock
 * does not.
 *
 *   G_SLICE=always-malloc bench-phases [--runs=N] [--window] FILE…
 *   (--window: compare as the window does by default, the reference
 *   chosen (PX_REFERENCE_AUTO), white space ignored, typography folded)
 *   (bench-compare --generate DIR writes events to try it on)
 *
 * With GLib before 2.76, set G_SLICE as above: parallax-cli restarts
 * itself so on long inputs (px-cli-main.c), and GSlice's own allocator
 * makes the JSON phase half as fast again.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "bench-common.h"
#include "px-compare.h"
#include "px-export-json.h"
#include "px-import.h"
#include "px-word-choice.h"

enum { READ, COMPARE, WORD_CHOICE, JSON, N_PHASES };

static const char *phase_names[N_PHASES] = {
  "read", "compare", "word choice", "JSON",
};

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The processor time of the process so far, all threads. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static gboolean as_window;   /* --window */

/* One run: fills @ms with each phase's time and @cpu with its processor
 * time; returns the JSON's size. */
static gsize
run (char **paths, int n_paths, double *ms, double *cpu)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxComparison) cmp = NULL;
  g_autofree char *json = NULL;
  PxCompareOptions options = { 0 };
  double t = now_ms (), t2, c = cpu_ms (), c2;

  if (as_window)
    {
      options.reference = PX_REFERENCE_AUTO;
      options.flags = PX_DIFF_IGNORE_SPACE | PX_DIFF_FOLD_TYPOGRAPHY;
    }

  for (int i = 0; i < n_paths; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GError) error = NULL;
      PxDocument *doc = px_import_file (file, NULL, &error);

      if (doc == NULL)
        g_error ("%s", error->message);
      g_ptr_array_add (docs, doc);
    }
  t2 = now_ms (), ms[READ] = t2 - t, t = t2;
  c2 = cpu_ms (), cpu[READ] = c2 - c, c = c2;
  /* The comparison finds the quotations too. */
  cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  px_comparison_get_quotes (cmp);
  t2 = now_ms (), ms[COMPARE] = t2 - t, t = t2;
  c2 = cpu_ms (), cpu[COMPARE] = c2 - c, c = c2;
  /* Kept with the comparison: the JSON below reuses it. */
  px_comparison_get_word_choice (cmp);
  t2 = now_ms (), ms[WORD_CHOICE] = t2 - t, t = t2;
  c2 = cpu_ms (), cpu[WORD_CHOICE] = c2 - c, c = c2;
  json = px_json_comparison_to_data (cmp, options.flags, FALSE);   /* as into a pipe */
  t2 = now_ms (), ms[JSON] = t2 - t;
  cpu[JSON] = cpu_ms () - c;
  return strlen (json);
}

int
main (int argc, char **argv)
{
  int runs = 9, first = 1;
  GArray *times[N_PHASES], *cpus[N_PHASES];
  double first_ms[N_PHASES], first_cpu[N_PHASES], total = 0;
  gsize size = 0;

  for (; first < argc && g_str_has_prefix (argv[first], "--"); first++)
    if (g_str_has_prefix (argv[first], "--runs="))
      runs = MAX (1, atoi (argv[first] + strlen ("--runs=")));
    else if (g_str_equal (argv[first], "--window"))
      as_window = TRUE;
    else
      first = argc;
  if (first >= argc)
    {
      fprintf (stderr, "usage: bench-phases [--runs=N] [--window] FILE…\n");
      return 2;
    }

  for (int p = 0; p < N_PHASES; p++)
    {
      times[p] = g_array_new (FALSE, FALSE, sizeof (double));
      cpus[p] = g_array_new (FALSE, FALSE, sizeof (double));
    }
  size = run (argv + first, argc - first, first_ms, first_cpu);
  for (int r = 0; r < runs; r++)
    {
      double ms[N_PHASES], cpu[N_PHASES];

      run (argv + first, argc - first, ms, cpu);
      for (int p = 0; p < N_PHASES; p++)
        {
          g_array_append_val (times[p], ms[p]);
          g_array_append_val (cpus[p], cpu[p]);
        }
    }

  printf ("%d articles, %d runs, %" G_GSIZE_FORMAT " bytes of JSON\n", argc - first, runs, size);
  printf ("%-12s %12s %12s %12s\n", "phase", "median ms", "first ms", "cpu ms");
  for (int p = 0; p < N_PHASES; p++)
    {
      double median;

      g_array_sort (times[p], cmp_double);
      g_array_sort (cpus[p], cmp_double);
      median = g_array_index (times[p], double, times[p]->len / 2);
      total += median;
      printf ("%-12s %12.2f %12.2f %12.2f\n", phase_names[p], median, first_ms[p],
              g_array_index (cpus[p], double, cpus[p]->len / 2));
    }
  printf ("%-12s %12.2f\n", "total", total);
  /* Issue 19's budget: word choice adds at most a tenth to a comparison. */
  {
    double compare = g_array_index (times[COMPARE], double, times[COMPARE]->len / 2);
    double words = g_array_index (times[WORD_CHOICE], double, times[WORD_CHOICE]->len / 2);

    printf ("word choice / compare: %5.1f %%   (budget 10 %%)\n", compare > 0 ? 100 * words / compare : 0);
    printf ("word choice / total:   %5.1f %%\n", total > 0 ? 100 * words / total : 0);
    compare = g_array_index (cpus[COMPARE], double, cpus[COMPARE]->len / 2);
    words = g_array_index (cpus[WORD_CHOICE], double, cpus[WORD_CHOICE]->len / 2);
    printf ("word choice / compare, processor time: %5.1f %%\n", compare > 0 ? 100 * words / compare : 0);
  }
  for (int p = 0; p < N_PHASES; p++)
    {
      g_array_unref (times[p]);
      g_array_unref (cpus[p]);
    }
  return 0;
}
