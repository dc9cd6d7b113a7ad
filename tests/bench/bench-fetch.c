/* bench-fetch.c: the window's frames while a web page loads
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benchmark, not a test: it prints figures.  A server on 127.0.0.1
 * (a thread of this process) answers after a second and a half; the
 * window, empty, fetches a page from it, and every frame the window
 * paints meanwhile is timed (each frame asks for the next, as an
 * animation would).  Printed: how long px_window_open_address() itself
 * held the main thread, the longest gap between two frames, the 95th
 * percentile and the number of frames over 16.7 ms, for the first fetch
 * of the process (libsoup, TLS and the proxy settings set up for the
 * first time) and for a later one, against the same window idle.
 *
 * Run under a display: xvfb-run -a build/tests/bench/bench-fetch (run it
 * again for another sample: every first fetch must be a process's
 * first).  BENCH_DEBUG=1 prints each gap over 40 ms, when it came after
 * the call, and how much of it the main thread spent working: a gap it
 * spent waiting is the machine's (the processor taken by other work, or
 * the X server), one it spent working is the window's.
 */
#include "config.h"

#include <adwaita.h>
#include <libsoup/soup.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "px-window-private.h"
#include "test-http.h"

static const char page[] =
  "<html><head><title>Bridge to reopen</title></head><body><article><h1>Bridge to reopen</h1>"
  "<p>The river bridge, closed since October, will reopen to traffic in April, the council said.</p>"
  "<p>Buses will cross first, cars a month later.</p></article></body></html>";

static TestHttpServer *http_server;
static char *base;

static void
serve (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query, gpointer data)
{
  /* The server's own thread: the window's is not held up. */
  g_usleep (G_USEC_PER_SEC * 3 / 2);
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
}

static void
start_server (void)
{
  /* Runs until the figures are printed. */
  http_server = test_http_server_start (serve, NULL);
  base = g_strdup (test_http_server_get_base (http_server));
}

/* The main thread's processor time at each frame: a gap it spent
 * working is the window's own doing, one it spent waiting is the
 * machine's (or a lock's). */
static GArray *frame_cpu;
static gint64 call_at;

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
record_frame (GtkWidget *widget, GdkFrameClock *clock, gpointer frames)
{
  gint64 now = g_get_monotonic_time (), cpu = thread_cpu_us ();

  g_array_append_val ((GArray *) frames, now);
  g_array_append_val (frame_cpu, cpu);
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static int
cmp_gint64 (const void *a, const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

typedef struct {
  double call_ms;     /* px_window_open_address() itself */
  double longest_ms, p95_ms;
  guint n_frames, n_late;
  double added_ms;    /* the longest gap across the article's arrival */
} Frames;

static gint64 added_at;

static void
on_added (GListModel *model, guint position, guint removed, guint added)
{
  if (added)
    added_at = g_get_monotonic_time ();
}

/* Turns the main loop for @seconds (or until nothing loads, when @fetch)
 * and sums up the gaps between the frames painted meanwhile. */
static Frames
measure (PxWindow *window, const char *fetch, double seconds)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint id;

  if (frame_cpu)
    g_array_set_size (frame_cpu, 0);
  else
    frame_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  id = gtk_widget_add_tick_callback (GTK_WIDGET (window), record_frame, frames, NULL);
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);
  Frames out = { 0 };

  /* A few frames first, so that the first gap is not the wait for the first. */
  while (frames->len < 5)
    g_main_context_iteration (NULL, TRUE);
  if (fetch)
    {
      gint64 t = call_at = g_get_monotonic_time ();

      px_window_open_address (window, fetch);
      out.call_ms = (g_get_monotonic_time () - t) / 1000.0;
    }
  added_at = G_MAXINT64;
  while (fetch ? _px_window_get_loading (window) : g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  /* Half a second more: the article arrives, its column is built. */
  end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (fetch && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), id);

  for (guint i = 5; i < frames->len; i++)
    {
      gint64 gap = g_array_index (frames, gint64, i) - g_array_index (frames, gint64, i - 1);

      /* The gap across the article's arrival is its own figure. */
      if (g_array_index (frames, gint64, i) >= added_at)
        {
          if (g_array_index (frames, gint64, i - 1) < added_at)
            out.added_ms = gap / 1000.0;
          continue;
        }
      g_array_append_val (gaps, gap);
      out.n_late += gap > 16700;
      if (g_getenv ("BENCH_DEBUG") && gap > 40000)
        g_printerr ("gap %.1f ms at %+.0f ms from the call, main thread working %.1f ms of it\n", gap / 1000.0,
                    (g_array_index (frames, gint64, i - 1) - call_at) / 1000.0,
                    (g_array_index (frame_cpu, gint64, i) - g_array_index (frame_cpu, gint64, i - 1)) / 1000.0);
    }
  g_array_sort (gaps, cmp_gint64);
  out.n_frames = gaps->len;
  if (gaps->len)
    {
      out.longest_ms = g_array_index (gaps, gint64, gaps->len - 1) / 1000.0;
      out.p95_ms = g_array_index (gaps, gint64, gaps->len * 95 / 100) / 1000.0;
    }
  return out;
}

static void
print (const char *what, Frames f)
{
  g_print ("  %-28s %8.1f %10.1f %8.1f %7u %6u %12.1f\n", what, f.call_ms, f.longest_ms, f.p95_ms, f.n_frames, f.n_late,
           f.added_ms);
}

int
main (int argc, char **argv)
{
  PxWindow *window;
  g_autofree char *address = NULL;
  Frames idle, first, later;
  g_autofree char *load = NULL;

  g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", FALSE);
  if (!gtk_init_check ())
    {
      g_printerr ("bench-fetch needs a display: xvfb-run -a %s\n", argv[0]);
      return 77;
    }
  adw_init ();
  start_server ();
  address = g_strconcat (base, "article", NULL);

  window = px_window_new (NULL);
  g_signal_connect (_px_window_get_documents (window), "items-changed", G_CALLBACK (on_added), NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  idle = measure (window, NULL, 1.5);
  first = measure (window, address, 0);
  /* The article is there now: removed, so the window is empty again. */
  g_list_store_remove_all (G_LIST_STORE (_px_window_get_documents (window)));
  measure (window, NULL, 0.3);
  later = measure (window, address, 0);

  g_file_get_contents ("/proc/loadavg", &load, NULL, NULL);
  if (load)
    load[strcspn (load, " ")] = '\0';
  g_print ("frames while a page loads (1.5 s), empty window; load average %s\n", load ? load : "?");
  g_print ("  %-28s %8s %10s %8s %7s %6s %12s\n", "", "call ms", "longest ms", "p95 ms", "frames", ">16.7",
           "arrival ms");
  print ("idle", idle);
  print ("first fetch of the process", first);
  print ("a later fetch", later);
  gtk_window_destroy (GTK_WINDOW (window));
  test_http_server_stop (http_server);
  g_free (base);
  return 0;
}
