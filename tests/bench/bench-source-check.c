/* bench-source-check.c: what checking the quotations against a primary
 * source adds to a comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-source-check [SAMPLES_DIR]
 *
 * The articles are the sample event's.  The transcript is made of
 * their own paragraphs, in turns under "SECRETARY KERRY:" and "Q:"
 * labels, up to 10,000 and 100,000 words, with every quotation of the
 * articles somewhere in a Kerry turn: the worst case for the word-pair
 * index (the same words over and over) and every quotation to align.
 * Prints the median time of the comparison without a source, with it,
 * and of the check alone.
 */
#include "config.h"

#include <stdio.h>
#include <time.h>
#include <string.h>

#include "px-compare.h"
#include "px-source-check.h"

static int
cmp_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static GPtrArray *
load_texts (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return texts;
  while ((name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, cmp_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      char *text = NULL;

      if (g_file_get_contents (path, &text, NULL, NULL))
        g_ptr_array_add (texts, text);
    }
  return texts;
}

static GPtrArray *
make_docs (GPtrArray *texts, const char *source)
{
  GPtrArray *docs = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *outlet = g_strdup_printf ("A%u", i + 1);

      g_ptr_array_add (docs, px_document_new (g_ptr_array_index (texts, i), -1, outlet));
    }
  if (source)
    {
      PxDocument *doc = px_document_new (source, -1, "Transcript");

      px_document_set_primary_source (doc, TRUE);
      g_ptr_array_add (docs, doc);
    }
  return docs;
}

/* The transcript: the articles' paragraphs in labelled turns, and each
 * quotation once in a Kerry turn, spread evenly. */
static char *
make_transcript (GPtrArray *texts, gsize n_words)
{
  g_autoptr(GPtrArray) docs = make_docs (texts, NULL);
  g_autoptr(GPtrArray) groups = px_quotes_group ((PxDocument **) docs->pdata, docs->len);
  g_autoptr(GPtrArray) paras = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new ("Transcript of the press conference\n\n");
  gsize words = 0;
  guint next_quote = 0, p = 0, turn = 0;

  for (guint d = 0; d < docs->len; d++)
    for (guint i = 0; i < px_document_get_n_paragraphs (g_ptr_array_index (docs, d)); i++)
      {
        g_autofree char *text = px_document_dup_paragraph_text (g_ptr_array_index (docs, d), i);
        GString *plain = g_string_new (NULL);

        /* Without quotation marks: a transcript has none. */
        for (const char *c = text; *c; c = g_utf8_next_char (c))
          {
            gunichar u = g_utf8_get_char (c);

            g_string_append_unichar (plain, u == '"' || u == 0x201C || u == 0x201D ? ' ' : u);
          }
        g_ptr_array_add (paras, g_string_free (plain, FALSE));
      }
  while (words < n_words)
    {
      const char *para = g_ptr_array_index (paras, p++ % paras->len);
      gsize quote_every = MAX (n_words / MAX (groups->len, 1) / 60, 1);

      g_string_append_printf (out, "%s: %s", turn % 3 == 1 ? "Q" : "SECRETARY KERRY", para);
      words += px_count_words (para, -1);
      if (turn % 3 != 1 && next_quote < groups->len && (turn / 3) % quote_every == 0)
        {
          const PxQuoteGroup *g = g_ptr_array_index (groups, next_quote++);
          const PxQuoteOccurrence *o = &g_array_index (g->occurrences, PxQuoteOccurrence, g->reference);

          g_string_append_printf (out, " %s.", o->text);
          words += px_count_words (o->text, -1);
        }
      g_string_append (out, "\n\n");
      turn++;
    }
  return g_string_free (out, FALSE);
}

/* Processor time of the whole process (every thread), in microseconds:
 * steadier than wall time on a shared machine. */
static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Median processor milliseconds of @reps comparisons (documents made afresh each
 * time, so that their tokens are part of the work); the check alone in
 * @check_ms. */
static double
time_compare (GPtrArray *texts, const char *source, guint reps, double *check_ms, guint *n_checked)
{
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) check = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < reps; r++)
    {
      /* Made before the clock starts: reading files is not comparing. */
      g_autoptr(GPtrArray) docs = make_docs (texts, source);
      gint64 t0 = cpu_time ();
      g_autoptr(PxComparison) cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len,
                                                       &(PxCompareOptions) { 0 });
      double ms = (cpu_time () - t0) / 1000.0;

      g_array_append_val (total, ms);
      if (source)
        {
          t0 = cpu_time ();
          {
            g_autoptr(PxSourceCheck) c = px_source_check_new ((PxDocument **) docs->pdata, docs->len,
                                                              px_comparison_get_quotes (cmp));
            ms = (cpu_time () - t0) / 1000.0;
            *n_checked = px_source_check_get_n_matches (c);
          }
          g_array_append_val (check, ms);
        }
    }
  g_array_sort (total, cmp_double);
  g_array_sort (check, cmp_double);
  if (source)
    *check_ms = g_array_index (check, double, check->len / 2);
  return g_array_index (total, double, total->len / 2);
}

int
main (int argc, char **argv)
{
  const char *dir = argc > 1 ? argv[1] : BENCH_SAMPLES_DIR;
  g_autoptr(GPtrArray) texts = load_texts (dir);
  const gsize sizes[] = { 10000, 100000 };
  double base, dummy;
  guint n_checked = 0;

  if (texts->len < 2)
    {
      fprintf (stderr, "bench-source-check: no articles in %s\n", dir);
      return 1;
    }
  base = time_compare (texts, NULL, 21, &dummy, &n_checked);
  printf ("Quotations against a primary source: %u articles of %s\n\n", texts->len, dir);
  printf ("%-22s %12s %12s %12s %10s\n", "transcript", "compare ms", "added ms", "check ms", "quotes");
  printf ("%-22s %12.2f %12s %12s %10s\n", "none", base, "-", "-", "-");
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *source = make_transcript (texts, sizes[s]);
      g_autofree char *label = g_strdup_printf ("%" G_GSIZE_FORMAT " words", px_count_words (source, -1));
      double check_ms = 0;
      double with = time_compare (texts, source, s == 0 ? 21 : 7, &check_ms, &n_checked);

      printf ("%-22s %12.2f %12.2f %12.2f %10u\n", label, with, with - base, check_ms, n_checked);
    }
  printf ("\nProcessor time (all threads), median of 21 runs (7 for the long transcript).\n"
          "added: the comparison with the transcript marked as primary source, less the one\n"
          "without (its paragraphs are read, indexed and given rows; the check runs);\n"
          "check: px_source_check_new() alone, all quotations of the articles.\n");
  return 0;
}
