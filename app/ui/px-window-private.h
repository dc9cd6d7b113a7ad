/* px-window-private.h: the window's state, shared by its source files
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-comparison-view.h"
#include "px-overview-page.h"
#include "px-session.h"
#include "px-window.h"

G_BEGIN_DECLS

typedef struct _PxWindowSearch PxWindowSearch;

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

  /* px-window-session.c */
  GFile *session_file;               /* where the comparison was saved, or NULL */
  char *saved_state;                 /* what was saved there, to tell unsaved changes */
  GtkFileChooserNative *save_chooser;
  AdwMessageDialog *close_dialog;
  GtkWidget *recent_box;
  GtkListBox *recent_list;
  gboolean close_after_save;
  gboolean close_confirmed;

  PxWindowSearch *search;            /* px-window-search.c */
  AdwViewStack *view_stack;          /* px-window-overview.c: aligned / overview */
  PxOverviewPage *overview;

  /* px-window-address.c */
  GCancellable *fetch_cancellable;   /* the pages being fetched, or NULL */
  guint n_fetching;                  /* how many, under fetch_cancellable */
  GtkRevealer *fetch_bar;            /* "Fetching …", its progress and Stop */
};

void        px_window_toast              (PxWindow       *self,
                                          const char     *message);
PxDiffFlags px_window_get_diff_flags     (PxWindow       *self);

/* px-window-actions.c */
void        px_window_class_init_actions (GtkWidgetClass *widget_class);
void        px_window_init_actions       (PxWindow       *self);

void        px_window_set_loading        (PxWindow       *self,
                                          int             delta);

/* px-window-session.c */
void        px_window_class_init_session (GtkWidgetClass *widget_class);
void        px_window_init_session       (PxWindow       *self);
void        px_window_dispose_session    (PxWindow       *self);
void        px_window_finalize_session   (PxWindow       *self);

/* px-window-overview.c */
void        px_window_init_overview      (PxWindow       *self);
/* px-window-word-choice.c: a variant clicked on the overview, marked in the columns */
void        px_window_init_word_choice   (PxWindow       *self);

/* px-window-search.c */
void        px_window_class_init_search  (GtkWidgetClass *widget_class);
void        px_window_init_search        (PxWindow       *self,
                                          GtkWidget      *after);
void        px_window_dispose_search     (PxWindow       *self);

/* px-window-source.c */
void        px_window_watch_sources      (PxWindow       *self);
void        px_window_report_sources     (PxWindow       *self,
                                          PxComparison   *comparison);

/* px-window.c: exports and saves never write over an article's file */
gboolean    px_window_check_not_input    (PxWindow       *self,
                                          GFile          *file,
                                          GError        **error);

/* px-window-address.c */
void        px_window_class_init_address (GtkWidgetClass *widget_class);
void        px_window_dispose_address    (PxWindow       *self);
void        px_window_add_articles       (PxWindow       *self,
                                          GPtrArray      *docs,
                                          const char     *name);

/* px-window-paste.c */
void        px_window_class_init_paste   (GtkWidgetClass *widget_class);

G_END_DECLS
