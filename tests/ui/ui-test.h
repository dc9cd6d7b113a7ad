/* ui-test.h: what the display tests share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

/* The window's private header, not a testing header of its own: the
 * tests call the functions its parts call one another (_px_window_*),
 * which are declared there once.  Tests use those functions, not the
 * struct's fields. */
#include "px-window-private.h"
#include "px-preferences-window.h"

G_BEGIN_DECLS

/* Opens the display, sets up libadwaita and loads the application's
 * style sheet, as the application does (these tests have none).  FALSE
 * when there is no display: the test then exits with 77, skipped. */
gboolean ui_test_init_display (void);
/* The same through an AdwApplication, which also loads the dark and
 * high-contrast style sheets as the style changes, for the tests that
 * check those styles.  (Kept apart: with the application registered,
 * test-address ends with a 16 KiB block that LeakSanitizer cannot trace
 * and that is gone without it.) */
gboolean ui_test_init_application (void);
/* Runs what the main loop has pending, without waiting. */
void ui_test_drain           (void);
/* Waits until the window has read its files and compared them. */
void ui_test_wait_idle       (PxWindow   *window);
/* How long a window may take to load and compare in a test before the
 * test fails (meson's own time-out is longer). */
#define UI_TEST_WAIT_SECONDS 60

typedef gboolean (*UiTestWindowCheck) (PxWindow *window);

/* Runs the main loop until done (@window) is TRUE; fails the test, rather
 * than hang, when that takes more than @seconds. */
void     ui_test_wait_for (PxWindow          *window,
                           UiTestWindowCheck  done,
                           guint              seconds);
/* Whether @window has read its files and compared them. */
gboolean ui_test_is_idle  (PxWindow          *window);
/* A new window of @width × @height showing the bundled sample event's
 * five articles, read and compared. */
PxWindow *ui_test_open_samples (int width,
                                int height);
/* Lets @widget lay out and paint @n frames. */
void ui_test_wait_frames     (gpointer    widget,
                              guint       n);
/* The same, without running what else is pending after them (work the
 * window does when idle stays to do). */
void ui_test_wait_frames_only (gpointer   widget,
                               guint      n);
/* Adds every descendant of @widget of @type (not looking inside those). */
void ui_test_collect         (GtkWidget  *widget,
                              GType       type,
                              GPtrArray  *out);
/* Adds every descendant of @widget of @type, those inside them too. */
void ui_test_collect_all     (GtkWidget  *widget,
                              GType       type,
                              GPtrArray  *out);
/* Saves @widget as artifacts/@name.png in the test build folder. */
void ui_test_save_screenshot (gpointer    widget,
                              const char *name);
/* The same while something animates (a spinner keeps the main loop busy,
 * so waiting for it to drain would wait until the animation ends). */
void ui_test_save_screenshot_busy (gpointer    widget,
                                   const char *name);

/* The shortcuts of @widget (its class's among them) that run a named
 * action, as GtkShortcut. */
GPtrArray  *ui_test_named_shortcuts (GtkWidget       *widget);
/* The action a key press of @keyval with exactly @modifiers on @widget
 * runs through its class's shortcuts, or NULL. */
const char *ui_test_shortcut_action (GtkWidget       *widget,
                                     guint            keyval,
                                     GdkModifierType  modifiers);

/* The first toplevel window of @type that is visible (or, with @mapped,
 * on screen), or NULL: the dialog a test waits for. */
GtkWindow  *ui_test_find_window     (GType            type,
                                     gboolean         mapped);

/* The comparison window's tests (test-window*.c). */
/* The article headers in @window, in order (free the array only). */
GPtrArray *ui_test_headers_of        (PxWindow     *window);
/* The bundled sample event's five files, in order. */
GPtrArray *ui_test_sample_files      (void);
/* The first @n articles (by name) of the ECB+ event @event in tests/data. */
GPtrArray *ui_test_ecb_event_files   (const char   *event,
                                      guint         n);
/* Resets the comparison's options to the schema's defaults. */
void       ui_test_reset_options     (void);
/* A new 1400 × 900 window showing the first @n articles of the sample
 * event with the default options, read and compared. */
PxWindow  *ui_test_open_first_samples (guint        n);
/* Checks every bound row widget against the comparison: a cell per
 * article, the reference's text as is, placeholders where the reference
 * has a paragraph and the article none.  Returns the rows checked. */
guint      ui_test_check_bound_rows  (PxWindow     *window);
/* The kind of row @r of @cmp (PX_ROW_* flags), as the engine says. */
guint8     ui_test_row_kind          (PxComparison *cmp,
                                      guint         r);

/* The working tests (test-working*.c). */
/* Resets every key of the application's settings. */
void        ui_test_reset_all_settings (void);
/* A new empty 1200 × 800 window, presented. */
PxWindow   *ui_test_new_window         (void);
/* A new 1200 × 800 window showing the first @n articles of the sample
 * event with every setting at its default, read and compared. */
PxWindow   *ui_test_open_samples_fresh (guint       n);
/* How many articles @window has open. */
guint       ui_test_n_documents        (PxWindow   *window);
/* Article @i of @window (the window holds it). */
PxDocument *ui_test_nth_document       (PxWindow   *window,
                                        guint       i);
/* Destroys @window and runs what that leaves pending. */
void        ui_test_destroy_and_drain  (PxWindow   *window);
/* The first descendant of @root named @name (gtk_widget_set_name), or NULL. */
GtkWidget  *ui_test_find_named         (GtkWidget  *root,
                                        const char *name);
/* Opens the preferences of @window, as its menu does, and waits for them. */
PxPreferencesWindow *ui_test_open_preferences (PxWindow *window);

G_END_DECLS
