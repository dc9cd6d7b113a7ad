/* bench-session.c: how long saving and opening a .parallax file takes
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-session [RUNS]
 *
 * For the sample event and for a large synthetic one (20 articles of
 * about 10,000 words made from the samples' paragraphs), prints the
 * median time to write the file (to memory and to disk, atomically) and
 * to read it back, beside the peer the user would otherwise wait for:
 * importing the same articles from their text (px_import_bytes).
 */
#include "config.h"

#include <glib/gstdio.h>

#include "px-import.h"
#include "px-session.h"

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

typedef void (*Work) (gpointer data);

static double
median_ms (Work work, gpointer data, guint runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      work (data);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, runs / 2);
}

typedef struct {
  PxSession *session;
  char *data;
  gsize len;
  GFile *file;
} Bench;

static void
work_to_data (gpointer data)
{
  Bench *b = data;
  g_autofree char *text = px_session_to_data (b->session, NULL);
}

static void
work_save (gpointer data)
{
  Bench *b = data;

  g_assert_true (px_session_save (b->session, b->file, NULL, NULL));
}

static void
work_read (gpointer data)
{
  Bench *b = data;
  g_autoptr(PxSession) s = px_session_from_data (b->data, b->len, "bench.parallax", NULL);

  g_assert_nonnull (s);
}

static void
work_import (gpointer data)
{
  Bench *b = data;

  for (guint i = 0; i < b->session->documents->len; i++)
    {
      gsize len;
      const char *text = px_document_get_text (g_ptr_array_index (b->session->documents, i), &len);
      g_autoptr(GBytes) bytes = g_bytes_new_static (text, len);
      g_autoptr(PxDocument) doc = px_import_bytes (bytes, "article.txt", NULL);

      g_assert_nonnull (doc);
    }
}

static void
report (const char *name, PxSession *session, guint runs, const char *dir)
{
  Bench b = { session };
  gsize words = 0;
  double to_data, save, read, import;
  g_autofree char *path = g_build_filename (dir, "bench.parallax", NULL);

  for (guint i = 0; i < session->documents->len; i++)
    words += px_document_get_n_words (g_ptr_array_index (session->documents, i));
  b.data = px_session_to_data (session, &b.len);
  b.file = g_file_new_for_path (path);
  to_data = median_ms (work_to_data, &b, runs);
  save = median_ms (work_save, &b, runs);
  read = median_ms (work_read, &b, runs);
  import = median_ms (work_import, &b, runs);
  g_print ("| %-22s | %3u | %7" G_GSIZE_FORMAT " | %8.1f | %8.2f | %8.2f | %8.2f | %8.2f | %5.2f |\n",
           name, session->documents->len, words, b.len / 1024.0, to_data, save, read, import,
           read / import);
  g_remove (path);
  g_object_unref (b.file);
  g_free (b.data);
}

int
main (int argc, char **argv)
{
  guint runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 15;
  const char *samples = PARALLAX_SOURCE_ROOT "/data/samples";
  g_autoptr(GDir) listing = g_dir_open (samples, 0, NULL);
  g_autoptr(PxSession) event = px_session_new ();
  g_autoptr(PxSession) large = px_session_new ();
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = g_dir_make_tmp ("px-bench-session-XXXXXX", NULL);
  const char *name;
  GRand *rand = g_rand_new_with_seed (9);

  if (runs < 1)
    runs = 1;
  while ((name = g_dir_read_name (listing)))
    {
      g_autofree char *path = g_build_filename (samples, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      PxDocument *doc = px_import_file (file, NULL, NULL);

      g_assert_nonnull (doc);
      g_ptr_array_add (event->documents, doc);
      for (guint p = 0; p < px_document_get_n_paragraphs (doc); p++)
        g_ptr_array_add (paragraphs, px_document_dup_paragraph_text (doc, p));
    }
  /* 20 articles of ~10,000 words: sample paragraphs drawn at random. */
  for (guint a = 0; a < 20; a++)
    {
      GString *text = g_string_new (NULL);
      g_autofree char *outlet = g_strdup_printf ("Outlet %u", a + 1);
      gsize words = 0;

      while (words < 10000)
        {
          const char *para = g_ptr_array_index (paragraphs, g_rand_int_range (rand, 0, paragraphs->len));

          g_string_append (text, para);
          g_string_append (text, "\n\n");
          for (const char *c = para; *c; c++)
            words += *c == ' ';
          words++;
        }
      g_ptr_array_add (large->documents, px_document_new (text->str, text->len, outlet));
      g_string_free (text, TRUE);
    }
  g_rand_free (rand);

  g_print ("Median of %u runs, ms; read/import = reading the .parallax file against importing the same texts.\n\n", runs);
  g_print ("| %-22s | %3s | %7s | %8s | %8s | %8s | %8s | %8s | %5s |\n",
           "comparison", "n", "words", "file KiB", "to JSON", "save", "read", "import", "ratio");
  g_print ("|%s|-----|---------|----------|----------|----------|----------|----------|-------|\n",
           "------------------------");
  report ("sample event", event, runs, dir);
  report ("20 x 10k words", large, runs, dir);
  g_rmdir (dir);
  return 0;
}
