/* test-address.c: the window's "Add from Web Address…", and its article
 * picker for files that hold several articles
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages come from a server on 127.0.0.1 that the test runs.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "px-article-header.h"
#include "px-window-private.h"
#include "test-http.h"
#include "ui-test.h"

static TestHttpServer *http_server;
static char *base;

static const char page[] =
  "<html><head><meta property=\"og:site_name\" content=\"Example News\">"
  "<title>Bridge to reopen</title></head><body><article><h1>Bridge to reopen in spring</h1>"
  "<p>The river bridge, closed since October, will reopen to traffic in April, the council said.</p>"
  "<p>Buses will cross first, cars a month later.</p></article></body></html>";

/* What /edition serves the second time on: the page rewritten. */
static const char page2[] =
  "<html><head><meta property=\"og:site_name\" content=\"Example News\">"
  "<title>Bridge to reopen</title></head><body><article><h1>Bridge to reopen in spring</h1>"
  "<p>The river bridge, closed since October, will reopen to traffic in April, the council said.</p>"
  "<p>Only buses will cross until June, the council said on Wednesday.</p></article></body></html>";
static volatile int edition = 1;

/* Set while the test checks that nothing is fetched: every page is gone. */
static volatile gboolean offline;

static void
serve (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query, gpointer data)
{
  if (offline)
    {
      soup_server_message_set_status (msg, 404, NULL);
      return;
    }
  soup_server_message_set_status (msg, 200, NULL);
  if (g_str_equal (path, "/edition") && g_atomic_int_get (&edition) == 2)
    soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page2, strlen (page2));
  else
    soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
  /* Answers after three seconds (the server has a thread of its own:
   * the window's is not held up). */
  if (g_str_equal (path, "/slow"))
    g_usleep (G_USEC_PER_SEC * 3);
}

static void
start_server (void)
{
  /* Runs until the tests end. */
  http_server = test_http_server_start (serve, NULL);
  base = g_strdup (test_http_server_get_base (http_server));
}

static guint
n_documents (PxWindow *window)
{
  return g_list_model_get_n_items (_px_window_get_documents (window));
}

/* Iterates until @done or ten seconds, and returns the longest the
 * window went without its main loop turning (in microseconds). */
typedef gboolean (*DoneFunc) (gpointer data);

static gint64
wait_until (DoneFunc done, gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gint64 last = g_get_monotonic_time (), longest = 0;

  while (!done (data) && g_get_monotonic_time () < deadline)
    {
      gint64 now;

      g_main_context_iteration (NULL, FALSE);
      now = g_get_monotonic_time ();
      longest = MAX (longest, now - last);
      last = now;
      g_usleep (1000);
      last = g_get_monotonic_time ();
    }
  g_assert_true (done (data));
  return longest;
}

static gboolean
has_one (gpointer window)
{
  return n_documents (window) == 1;
}

static gboolean
has_two (gpointer window)
{
  return n_documents (window) == 2;
}

static gboolean
dialog_open (gpointer data)
{
  return ui_test_find_window (ADW_TYPE_MESSAGE_DIALOG, TRUE) != NULL;
}

static gboolean
not_loading (gpointer window)
{
  return !_px_window_get_loading (window);
}

/* Whether an article header's headline says it was fetched from @address. */
static gboolean
says_fetched (PxWindow *window, const char *address)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *wanted = g_strconcat ("Fetched from ", address, " on ", NULL);

  ui_test_collect_all (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *tip = gtk_widget_get_tooltip_text (labels->pdata[i]);

      if (tip && strstr (tip, wanted))
        return TRUE;
    }
  return FALSE;
}

/* The dialog asks for an address, fetches it, the article opens; the
 * window's loop keeps turning while the page loads. */
static void
test_address_dialog (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autofree char *address = g_strconcat (base, "slow", NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  GtkWidget *dialog;
  gint64 longest;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_frames (window, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-address", NULL));
  dialog = GTK_WIDGET (ui_test_find_window (ADW_TYPE_MESSAGE_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  ui_test_collect_all (dialog, GTK_TYPE_TEXT, entries);
  if (entries->len == 0)
    ui_test_collect_all (dialog, GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, >=, 1);
  /* Not a web address: Fetch stays off. */
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "ftp://example.org/x");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), address);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  ui_test_wait_frames (dialog, 3);
  ui_test_save_screenshot (dialog, "address-dialog");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_assert_true (_px_window_get_loading (window));
  longest = wait_until (has_one, window);
  g_test_message ("longest main-loop stall while a page loaded: %.1f ms", longest / 1000.0);
  {
    g_autoptr(PxDocument) doc = g_list_model_get_item (_px_window_get_documents (window), 0);

    g_assert_cmpstr (px_document_get_outlet (doc), ==, "Example News");
  }
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  g_assert_true (says_fetched (window, address));

  /* Saved and opened again, with the server gone quiet: the same text,
   * and the header still says where from and when. */
  {
    g_autofree char *dir = g_dir_make_tmp ("parallax-address-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "fetched.parallax", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(PxDocument) before = g_list_model_get_item (_px_window_get_documents (window), 0);
    PxWindow *again = px_window_new (NULL);

    g_assert_true (_px_window_save_to (window, file, &error));
    g_assert_no_error (error);
    offline = TRUE;
    gtk_window_set_default_size (GTK_WINDOW (again), 1000, 700);
    gtk_window_present (GTK_WINDOW (again));
    px_window_open_files (again, &file, 1);
    wait_until (has_one, again);
    ui_test_wait_idle (again);
    ui_test_wait_frames (again, 2);
    {
      g_autoptr(PxDocument) after = g_list_model_get_item (_px_window_get_documents (again), 0);

      g_assert_cmpstr (px_document_get_text (after, NULL), ==, px_document_get_text (before, NULL));
    }
    g_assert_true (says_fetched (again, address));
    offline = FALSE;
    gtk_window_destroy (GTK_WINDOW (again));
    g_remove (path);
    g_rmdir (dir);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
record_frame (GtkWidget *widget, GdkFrameClock *clock, gpointer frames)
{
  gint64 now = g_get_monotonic_time ();

  g_array_append_val ((GArray *) frames, now);
  /* Every frame painted again, in both measurements alike. */
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

/* Paints @window for a second and prints how many frames it made and
 * the longest gap between two. */
static void
measure_frames (PxWindow *window, const char *what)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint id = gtk_widget_add_tick_callback (GTK_WIDGET (window), record_frame, frames, NULL);
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;
  gint64 longest = 0;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), id);
  for (guint i = 1; i < frames->len; i++)
    longest = MAX (longest, g_array_index (frames, gint64, i) - g_array_index (frames, gint64, i - 1));
  g_test_message ("frames %s: %u in a second, the longest %.1f ms apart", what, frames->len, longest / 1000.0);
}

/* A pasted address is fetched; Stop stops it and nothing is added. */
static void
test_paste_and_stop (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autofree char *slow = g_strconcat (base, "slow", NULL);
  g_autofree char *pasted = g_strconcat ("  ", base, "article\n", NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 500);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (px_window_add_text (window, pasted, -1));
  wait_until (has_one, window);
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 3);

  px_window_open_address (window, slow);
  g_assert_true (_px_window_get_loading (window));
  /* The bar under the header names the page while it loads. */
  ui_test_save_screenshot_busy (window, "address-fetching");
  /* Figures, not limits: frames while the page loads, against the same
   * window idle afterwards (printed with the test's log). */
  measure_frames (window, "while a page loaded");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-fetch", NULL));
  wait_until (not_loading, window);
  g_usleep (G_USEC_PER_SEC * 3);
  ui_test_drain ();
  g_assert_cmpuint (n_documents (window), ==, 1);
  measure_frames (window, "the same window idle");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A link dropped from a browser arrives as a file list holding an http
 * address (text/uri-list); it is fetched like a typed one, next to a
 * fetch already under way. */
static void
test_drop_link (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autofree char *slow = g_strconcat (base, "slow", NULL);
  g_autofree char *link = g_strconcat (base, "dropped", NULL);
  g_autoptr(GFile) file = g_file_new_for_uri (link);

  gtk_window_present (GTK_WINDOW (window));
  px_window_open_address (window, slow);
  px_window_open_files (window, &file, 1);
  g_assert_true (_px_window_get_loading (window));
  wait_until (has_two, window);
  wait_until (not_loading, window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static const char nexis[] =
  "Talks in Vienna end without deal\n\nThe Example Times\n\nMarch 12, 2014 Wednesday\n\n"
  "Length: 80 words\n\nBody\n\nForeign ministers met in Vienna on Tuesday.\n\nEnd of Document\n\n"
  "Ministers agree to meet again\n\nDaily Example\n\nMarch 12, 2014 Wednesday\n\nBody\n\n"
  "Ministers from six countries agreed to meet again.\n\nEnd of Document\n\n"
  "No deal, but talks go on\n\nExample Herald\n\n13 March 2014\n\nBody\n\n"
  "The talks will go on, officials said.\n\nEnd of Document\n";

/* An export opens the picker: one row per article with outlet and date;
 * the checked ones are added. */
static void
test_picker (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("parallax-picker-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "nexis-export.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, nexis, -1, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_frames (window, 2);
  px_window_open_files (window, &file, 1);
  wait_until (dialog_open, NULL);
  dialog = (AdwMessageDialog *) ui_test_find_window (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  ui_test_collect_all (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, checks);
  ui_test_collect_all (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (checks->len, ==, 3);
  g_assert_cmpstr (adw_action_row_get_subtitle (rows->pdata[1]), ==, "Daily Example · 2014-03-12");
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[2]), ==, "No deal, but talks go on");
  gtk_check_button_set_active (checks->pdata[1], FALSE);
  ui_test_wait_frames (dialog, 3);
  ui_test_save_screenshot (dialog, "article-picker");
  adw_message_dialog_response (dialog, "add");
  ui_test_wait_idle (window);
  g_assert_cmpuint (n_documents (window), ==, 2);
  {
    g_autoptr(PxDocument) second = g_list_model_get_item (_px_window_get_documents (window), 1);

    g_assert_cmpstr (px_document_get_outlet (second), ==, "Example Herald");
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (dir);
}

static gboolean
first_is_not (gpointer doc)
{
  PxWindow *window = g_object_get_data (doc, "window");
  g_autoptr(PxDocument) first = g_list_model_get_item (_px_window_get_documents (window), 0);

  return first != doc && !_px_window_get_loading (window);
}

/* "Reload Page" in a fetched article's column menu: the page as it is
 * now takes the article's place, under the name the user gave it and as
 * the reference still; when the page is gone the article stays.  A
 * pasted article's menu has no such item. */
static void
test_reload (void)
{
  PxWindow *window = px_window_new (NULL);
  g_autofree char *address = g_strconcat (base, "edition", NULL);
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  g_autoptr(PxDocument) before = NULL, after = NULL, kept = NULL;
  GtkWidget *fetched_header = NULL, *pasted_header = NULL;

  g_atomic_int_set (&edition, 1);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  px_window_open_address (window, address);
  wait_until (has_one, window);
  g_assert_true (px_window_add_text (window, "A pasted article about the bridge.\n\nIt has two paragraphs.", -1));
  wait_until (has_two, window);
  wait_until (not_loading, window);
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  before = g_list_model_get_item (_px_window_get_documents (window), 0);
  px_document_set_outlet (before, "Bridge desk");
  px_window_set_reference (window, before);

  ui_test_collect_all (GTK_WIDGET (window), PX_TYPE_ARTICLE_HEADER, headers);
  for (guint i = 0; i < headers->len; i++)
    if (px_article_header_get_document (headers->pdata[i]) == before)
      fetched_header = headers->pdata[i];
    else
      pasted_header = headers->pdata[i];
  g_assert_nonnull (fetched_header);
  g_assert_nonnull (pasted_header);
  g_assert_false (gtk_widget_activate_action (pasted_header, "column.reload", NULL) &&
                  _px_window_get_loading (window));

  g_atomic_int_set (&edition, 2);
  g_assert_true (gtk_widget_activate_action (fetched_header, "column.reload", NULL));
  g_assert_true (_px_window_get_loading (window));
  g_object_set_data (G_OBJECT (before), "window", window);
  wait_until (first_is_not, before);
  after = g_list_model_get_item (_px_window_get_documents (window), 0);
  g_assert_nonnull (strstr (px_document_get_text (after, NULL), "Only buses will cross until June"));
  g_assert_cmpstr (px_document_get_outlet (after), ==, "Bridge desk");
  g_assert_true (_px_window_get_reference (window) == after);
  g_assert_cmpuint (n_documents (window), ==, 2);
  ui_test_wait_idle (window);
  ui_test_wait_frames (window, 2);
  ui_test_save_screenshot (window, "address-reloaded");

  /* The page gone: an error, and the article as it was. */
  offline = TRUE;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload-page", "s", address));
  g_assert_true (_px_window_get_loading (window));
  wait_until (not_loading, window);
  ui_test_drain ();
  kept = g_list_model_get_item (_px_window_get_documents (window), 0);
  g_assert_true (kept == after);
  offline = FALSE;
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (!ui_test_init_display ())
    return 77;
  start_server ();

  g_test_add_func ("/address/dialog", test_address_dialog);
  g_test_add_func ("/address/paste-and-stop", test_paste_and_stop);
  g_test_add_func ("/address/drop-link", test_drop_link);
  g_test_add_func ("/address/picker", test_picker);
  g_test_add_func ("/address/reload", test_reload);
  status = g_test_run ();

  test_http_server_stop (http_server);
  g_free (base);
  return status;
}
