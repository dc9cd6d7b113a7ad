/* bench-common.h: inputs and timing the benchmarks share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

typedef struct {
  guint64 state;
} Rng;

typedef struct {
  GPtrArray *paragraphs;   /* of GStrv: the words of each sample paragraph */
  GPtrArray *vocabulary;   /* every word seen, with repeats */
} Corpus;

typedef struct {
  const char *name;
  char **argv;          /* with OLD and NEW as %1 and %2 */
} Tool;

typedef struct {
  double ms;            /* median wall time; < 0 when not run or failed */
  double mb;            /* peak resident memory */
  gboolean timed_out;
} Figure;

int       compare_names  (gconstpointer a, gconstpointer b);
guint32   rng_next       (Rng *r);
guint     rng_below      (Rng *r, guint n);
void      corpus_load    (Corpus *c, const char *dir);
/* Adds the paragraphs of every .txt file under @dir. */
void      corpus_add_tree (Corpus *c, const char *dir);
GPtrArray *make_paragraph (Corpus *c, Rng *r);
GPtrArray *make_text     (Corpus *c, Rng *r, gsize n_words);
GPtrArray *edit_text     (Corpus *c, Rng *r, GPtrArray *paras);
gsize     write_text     (GPtrArray *paras, const char *path);
int       cmp_double     (gconstpointer a, gconstpointer b);
/* Call first thing in main(): later runs are started by a process of
 * the size the benchmark has then, so that its peak memory figures are
 * the tools' own (see bench-common.c). */
void      launcher_start (void);
double    run_once       (char **argv, double timeout_s, long *maxrss_kb, gboolean *timed_out);
/* Median wall time and peak memory of @runs runs of @argv. */
Figure    measure_argv   (char **argv, guint runs, double timeout_s);
/* The same for @tool with its %1 and %2 replaced by two files. */
Figure    measure        (const Tool *tool, const char *old_path, const char *new_path,
                          guint runs, double timeout_s);
gboolean  have_program   (const char *name);
