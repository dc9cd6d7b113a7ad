/* px-window-private.h: the window's state, shared by its source files
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-comparison-view.h"
#include "px-notes.h"
#include "px-overview-page.h"
#include "px-quote-panel.h"
#include "px-session.h"
#include "px-window.h"
#include "px-word-choice.h"

G_BEGIN_DECLS

/* The window's state, all of it: each px-window-*.c keeps its own under
 * its file's name, as fields here, not in a struct of its own or in
 * object data.  Functions one file of the window calls in another are
 * declared below, one block per file, and named _px_window_*; tests
 * include this header to reach them (see tests/ui/ui-test.h). */
struct _PxWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack *stack;
  PxComparisonView *view;
  GtkRevealer *side_panel;
  GtkProgressBar *progress;
  AdwStatusPage *empty_page;

  /* Owned */
  GListStore *documents;             /* of PxDocument */
  PxDocument *reference;             /* one of documents, or NULL when none */
  gboolean reference_auto;           /* the most central, until the user picks one */
  GHashTable *speakers;              /* px-window-speakers.c: corrected speakers */
  GSettings *settings;
  GCancellable *cancellable;         /* file reading; cancelled when the window goes */
  GCancellable *compute_cancellable; /* the comparison under way */
  PxDiffFlags compute_flags;         /* the flags it runs with */
  GtkFileChooserNative *chooser;
  guint compute_idle;
  guint pulse_id;                    /* reads the progress while busy */
  gint *compute_progress;            /* documents aligned by the run under way (rc box) */
  guint compute_total;               /* of how many */
  gint *load_progress;               /* files read by the batches under way (rc box) */
  guint load_total;                  /* of how many */
  guint n_loading;
  gboolean computing;
  gint64 computing_since;            /* monotonic time the run under way started */
  guint computing_page_delay;        /* until the "Comparing…" page may show */

  /* px-window-session.c */
  GFile *session_file;               /* where the comparison was saved, or NULL */
  char *saved_state;                 /* what was saved there, to tell unsaved changes */
  GtkFileChooserNative *save_chooser;
  AdwMessageDialog *close_dialog;
  GtkWidget *recent_box;
  GtkListBox *recent_list;
  gboolean close_after_save;
  gboolean close_confirmed;

  /* px-window-search.c */
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkLabel *search_count;
  gunichar *search_needle;           /* lower-cased characters, or NULL when no search */
  glong search_needle_len;
  GArray *search_matches;            /* of Match, in reading order; NULL once disposed */
  int search_current;                /* index into search_matches, or -1 */

  AdwViewStack *view_stack;          /* px-window-overview.c: aligned / overview */
  PxOverviewPage *overview;

  /* px-window-word-choice.c: the variant marked in the columns */
  PxComparison *word_choice_comparison;              /* the one it is of (not a reference) */
  const PxWordChoiceVariant *word_choice_variant;    /* owned by the comparison's sets */
  gboolean word_choice_decorating;

  /* px-window-address.c */
  GCancellable *fetch_cancellable;   /* the pages being fetched, or NULL */
  guint n_fetching;                  /* how many, under fetch_cancellable */
  GtkRevealer *fetch_bar;            /* "Fetching …", its progress and Stop */
  GtkLabel *fetch_label;             /* in fetch_bar */
  GtkProgressBar *fetch_progress;    /* in fetch_bar */

  /* px-window-cancel.c */
  GtkRevealer *cancel_bar;           /* "Comparing…" and Cancel, or "Cancelled" and Compare Again */
  GtkLabel *cancel_label;            /* in cancel_bar */
  GtkButton *cancel_button;          /* in cancel_bar */
  guint cancel_bar_delay;            /* until the bar shows for a run */
  gboolean compare_cancelled;        /* the last run was cancelled, none started since */

  /* px-window-notes.c */
  PxNotes *notes;                    /* saved with the comparison, printed in its reports */

  /* px-window-quotes.c */
  PxComparison *quotes_comparison;   /* the one quotes_spans indexes */
  GArray **quotes_spans;             /* per document, QuoteSpan by start */
  guint quotes_n_docs;
  int quotes_selected;               /* group in the panel, or -1 */
  PxDocument *quotes_selected_doc;   /* where it stands, to keep it across comparisons */
  guint32 quotes_selected_start;
  GtkWidget *quote_panel;            /* owned, or NULL until first shown */

  /* px-window-export.c */
  GtkFileChooserNative *export_dialog;  /* the export dialog open, or NULL */
  GtkPrintOperation *print_operation;   /* the printing under way, or NULL */
};

/* px-window.c */
void           _px_window_toast               (PxWindow       *self,
                                               const char     *message);
PxDiffFlags    _px_window_get_diff_flags      (PxWindow       *self);
void           _px_window_set_loading         (PxWindow       *self,
                                               int             delta);
/* Exports and saves never write over an article's file. */
gboolean       _px_window_check_not_input     (PxWindow       *self,
                                               GFile          *file,
                                               GError        **error);
void           _px_window_set_side_panel      (PxWindow       *self,
                                               GtkWidget      *child);
GListModel    *_px_window_get_documents       (PxWindow       *self);
gboolean       _px_window_get_loading         (PxWindow       *self);
PxDocument    *_px_window_get_reference       (PxWindow       *self);
void           _px_window_move_document       (PxWindow       *self,
                                               PxDocument     *document,
                                               int             delta);

/* A bar under the header, below the comparison's progress bar, shown at
 * once when revealed: @label (taking the room left) and then each of the
 * NULL-terminated @... controls.  The fetch bar and the cancel bar. */
GtkRevealer   *_px_window_add_bar             (PxWindow       *self,
                                               GtkWidget      *label,
                                               ...) G_GNUC_NULL_TERMINATED;

/* Cancels the comparison under way; the one shown before stays. */
void           _px_window_stop_compare        (PxWindow       *self);
void           _px_window_hold_comparisons    (gboolean        held);
void           _px_window_set_computing_page_delay (guint      msec);

/* px-window-thread.c: work on worker threads that never releases the window there */
void           _px_window_run_in_thread       (GTask          *task,
                                               GTaskThreadFunc func);

/* px-window-cancel.c: Cancel and Escape while comparing */
void           _px_window_class_init_cancel   (GtkWidgetClass *widget_class);
void           _px_window_init_cancel         (PxWindow       *self);
void           _px_window_dispose_cancel      (PxWindow       *self);
void           _px_window_update_cancel       (PxWindow       *self);

/* px-window-actions.c */
void           _px_window_class_init_actions  (GtkWidgetClass *widget_class);
void           _px_window_init_actions        (PxWindow       *self);

/* px-window-session.c: saving and opening .parallax files */
void           _px_window_class_init_session  (GtkWidgetClass *widget_class);
void           _px_window_init_session        (PxWindow       *self);
void           _px_window_dispose_session     (PxWindow       *self);
void           _px_window_finalize_session    (PxWindow       *self);
void           _px_window_load_session        (PxWindow       *self,
                                               PxSession      *session,
                                               GFile          *file);
gboolean       _px_window_save_to             (PxWindow       *self,
                                               GFile          *file,
                                               GError        **error);
gboolean       _px_window_has_unsaved_changes (PxWindow       *self);
PxSession     *_px_window_snapshot            (PxWindow       *self);
GFile         *_px_window_get_session_file    (PxWindow       *self);
AdwMessageDialog *_px_window_get_close_dialog (PxWindow       *self);

/* px-window-overview.c */
void           _px_window_init_overview       (PxWindow       *self);
AdwViewStack  *_px_window_get_view_stack      (PxWindow       *self);

/* px-window-word-choice.c: a variant clicked on the overview, marked in the columns */
void           _px_window_init_word_choice    (PxWindow       *self);

/* px-window-search.c */
void           _px_window_class_init_search   (GtkWidgetClass *widget_class);
void           _px_window_init_search         (PxWindow       *self,
                                               GtkWidget      *after);
void           _px_window_dispose_search      (PxWindow       *self);
GtkSearchEntry *_px_window_get_search_entry   (PxWindow       *self);
int            _px_window_get_search_position (PxWindow       *self,
                                               guint          *n_matches,
                                               guint          *document);

/* px-window-source.c */
void           _px_window_watch_sources       (PxWindow       *self);
void           _px_window_report_sources      (PxWindow       *self,
                                               PxComparison   *comparison);

/* px-window-address.c */
void           _px_window_class_init_address  (GtkWidgetClass *widget_class);
void           _px_window_dispose_address     (PxWindow       *self);
void           _px_window_add_articles        (PxWindow       *self,
                                               GPtrArray      *docs,
                                               const char     *name);
GtkWidget     *_px_window_ask_address         (PxWindow       *self);
void           _px_window_pick_articles       (PxWindow       *self,
                                               GPtrArray      *docs,
                                               const char     *name);

/* px-window-paste.c */
void           _px_window_class_init_paste    (GtkWidgetClass *widget_class);

/* px-window-notes.c: the analyst's notes on rows and quotations */
void           _px_window_class_init_notes    (GtkWidgetClass *widget_class);
void           _px_window_init_notes          (PxWindow       *self);
PxNotes       *_px_window_get_notes           (PxWindow       *self);

/* px-window-quotes.c: quotations marked in the window, and their panel */
void           _px_window_class_init_quotes   (GtkWidgetClass *widget_class);
void           _px_window_init_quotes         (PxWindow       *self);
void           _px_window_finalize_quotes     (PxWindow       *self);
/* The quotation group (index into px_comparison_get_quotes()) shown in
 * the quote panel, or -1 when the panel is closed. */
int            _px_window_get_selected_quote  (PxWindow       *self);
/* Opens the panel on @group, or closes it for -1; @scroll brings the
 * row where the quotation stands into view. */
void           _px_window_select_quote        (PxWindow       *self,
                                               int             group,
                                               gboolean        scroll);
PxQuotePanel  *_px_window_get_quote_panel     (PxWindow       *self);

/* px-window-speakers.c: the speakers the user corrected */
void           _px_window_correct_speaker     (PxWindow       *self,
                                               guint           group,
                                               const char     *speaker);
GHashTable    *_px_window_get_speaker_corrections (PxWindow   *self);
void           _px_window_apply_speakers      (PxWindow       *self,
                                               PxComparison   *cmp);
void           _px_window_connect_quote_panel (PxWindow       *self,
                                               PxQuotePanel   *panel);

/* px-window-export.c: the comparison as a report: export and print */
void           _px_window_class_init_export   (GtkWidgetClass *widget_class);
void           _px_window_finalize_export     (PxWindow       *self);
/* Writes the comparison shown as a report to @file: HTML when its name
 * ends in .html or .htm, else PDF.  The work runs in a thread. */
void           _px_window_export_async        (PxWindow            *self,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* A student handout to @file instead (see PxReportKind), with
 * @n_questions questions (0: the default) and, when @answers, its answer
 * key beside it as NAME-answers.pdf (or .html). */
void           _px_window_export_handout_async (PxWindow           *self,
                                                GFile              *file,
                                                guint               n_questions,
                                                gboolean            answers,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
gboolean       _px_window_export_finish       (PxWindow            *self,
                                               GAsyncResult        *result,
                                               GError             **error);
/* A print operation that prints the comparison shown as its report,
 * with the report's own drawing code. */
GtkPrintOperation *_px_window_new_print_operation (PxWindow        *self);

G_END_DECLS
