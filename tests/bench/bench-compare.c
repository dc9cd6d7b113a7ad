/* bench-compare.c: parallax-cli compare against pairwise git word diffs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a program that prints figures.  It generates events
 * deterministically from the sample articles and ECB+'s news texts in
 * tests/data (one base text that each
 * outlet edits: words swapped, paragraphs dropped, added and moved) of
 * 2, 5, 10 and 20 articles of 2,000 words and 5 articles of 50,000
 * words, and times the whole N-way comparison (alignment, quotes, every
 * cell's word diff, JSON out) against running git's word diff on every
 * pair of the same files, as a tool without N-way alignment must.
 * The sample event itself is the first row; the second, two one-line
 * articles, shows what starting the programs costs.
 *
 *   bench-compare [--samples DIR] [--quick]
 *   bench-compare --generate DIR     (only write the events, for profiling)
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bench-common.h"

typedef struct {
  const char *label;
  guint n;
  gsize words;              /* per article, roughly */
  GPtrArray *paths;
} Event;

static GPtrArray *
generate (Corpus *corpus, const char *dir, guint n, gsize words, guint seed)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  Rng r = { seed };
  g_autoptr(GPtrArray) base = make_text (corpus, &r, words);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) edited = edit_text (corpus, &r, base);
      char *path = g_strdup_printf ("%s/n%u-w%" G_GSIZE_FORMAT "-%02u.txt", dir, n, words, i);

      write_text (edited, path);
      g_ptr_array_add (paths, path);
    }
  return paths;
}

static Figure
time_compare (GPtrArray *paths, guint runs)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (char *) PARALLAX_CLI);
  g_ptr_array_add (argv, (char *) "compare");
  g_ptr_array_add (argv, (char *) "--format=json");
  for (guint i = 0; i < paths->len; i++)
    g_ptr_array_add (argv, paths->pdata[i]);
  g_ptr_array_add (argv, NULL);
  return measure_argv ((char **) argv->pdata, runs, 120);
}

/* git's word diff on every pair, one round after another; the median
 * round. */
static Figure
time_git_pairs (GPtrArray *paths, guint runs)
{
  g_autoptr(GArray) rounds = g_array_new (FALSE, FALSE, sizeof (double));
  Figure f = { -1, 0, FALSE };
  long rss = 0;

  for (guint k = 0; k < runs; k++)
    {
      double total = 0;

      for (guint i = 0; i < paths->len; i++)
        for (guint j = i + 1; j < paths->len; j++)
          {
            char *argv[] = { (char *) "git", (char *) "diff", (char *) "--no-index",
                             (char *) "--word-diff=porcelain", paths->pdata[i], paths->pdata[j], NULL };
            double ms = run_once (argv, 120, &rss, &f.timed_out);

            if (ms < 0)
              return f;
            total += ms;
          }
      g_array_append_val (rounds, total);
    }
  g_array_sort (rounds, cmp_double);
  f.ms = g_array_index (rounds, double, rounds->len / 2);
  f.mb = rss / 1024.0;
  return f;
}

static GPtrArray *
sample_paths (const char *dir)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;

  while (gdir && (name = g_dir_read_name (gdir)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (paths, compare_names);
  return paths;
}

int
main (int argc, char **argv)
{
  g_autofree char *samples = g_strdup (PARALLAX_SOURCE_ROOT "/data/samples");
  g_autofree char *tmp = NULL;
  gboolean quick = FALSE;
  g_autofree char *generate_dir = NULL;
  Corpus corpus = { 0 };
  Event events[10];
  guint n_events = 0;
  const struct { guint n; gsize words; } sizes[] = { { 2, 2000 }, { 5, 2000 }, { 10, 2000 }, { 20, 2000 }, { 5, 50000 } };

  launcher_start ();

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--samples") && i + 1 < argc)
        g_free (samples), samples = g_strdup (argv[++i]);
      else if (g_str_equal (argv[i], "--quick"))
        quick = TRUE;
      else if (g_str_equal (argv[i], "--generate") && i + 1 < argc)
        generate_dir = g_strdup (argv[++i]);
      else
        {
          fprintf (stderr, "usage: bench-compare [--samples DIR] [--quick] [--generate DIR]\n");
          return 2;
        }
    }

  if (!have_program ("git"))
    g_printerr ("git is not installed: no peer figures\n");

  tmp = generate_dir ? g_strdup (generate_dir) : g_dir_make_tmp ("parallax-bench-compare-XXXXXX", NULL);
  g_mkdir_with_parents (tmp, 0755);
  /* The samples alone are too few paragraphs for long articles: each
   * would repeat two dozen times, as no article does.  ECB+'s news
   * sentences widen the pool. */
  corpus_load (&corpus, samples);
  corpus_add_tree (&corpus, PARALLAX_SOURCE_ROOT "/tests/data/ecbplus/events");
  events[n_events++] = (Event) { "sample event", 5, 0, sample_paths (samples) };
  /* Two one-line articles: what starting the programs costs, the floor
   * under every other row. */
  {
    const char *lines[] = { "The ferry left the harbour at noon, the port authority said.\n",
                            "The ferry left the port at noon, the harbour authority said.\n" };
    GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      {
        char *path = g_strdup_printf ("%s/start-up-%u.txt", tmp, i);

        g_file_set_contents (path, lines[i], -1, NULL);
        g_ptr_array_add (paths, path);
      }
    events[n_events++] = (Event) { "start-up (2 x 1 line)", 2, 12, paths };
  }
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      events[n_events] = (Event) { NULL, sizes[s].n, sizes[s].words,
                                   generate (&corpus, tmp, sizes[s].n, sizes[s].words, 17 + s) };
      n_events++;
    }

  if (generate_dir)
    return 0;

  printf ("%-22s %6s %10s %8s %12s %8s %12s %12s\n", "event", "pairs", "compare", "peak", "git pairs",
          "ratio", "ours/pair", "git/pair");
  printf ("%-22s %6s %10s %8s %12s %8s %12s %12s\n", "", "", "ms", "MB", "ms", "git/us", "ms", "ms");
  for (guint e = 0; e < n_events; e++)
    {
      Event *ev = &events[e];
      guint pairs = ev->paths->len * (ev->paths->len - 1) / 2;
      guint runs = quick ? 3 : (ev->words >= 50000 ? 5 : 9);
      Figure ours = time_compare (ev->paths, runs);
      Figure git = have_program ("git") ? time_git_pairs (ev->paths, quick ? 1 : 3) : (Figure) { -1, 0, FALSE };
      g_autofree char *label = ev->label ? g_strdup (ev->label)
                                         : g_strdup_printf ("%u x %" G_GSIZE_FORMAT " words", ev->n, ev->words);

      printf ("%-22s %6u %10.1f %8.1f %12.1f %8.2f %12.2f %12.2f\n", label, pairs, ours.ms, ours.mb,
              git.ms, git.ms > 0 ? git.ms / ours.ms : 0.0, ours.ms / pairs, git.ms > 0 ? git.ms / pairs : 0.0);
      fflush (stdout);
    }

  for (guint e = 0; e < n_events; e++)
    {
      for (guint i = 0; e > 0 && i < events[e].paths->len; i++)
        g_unlink (events[e].paths->pdata[i]);
      g_ptr_array_unref (events[e].paths);
    }
  g_rmdir (tmp);
  return 0;
}
