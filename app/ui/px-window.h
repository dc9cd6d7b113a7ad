/* px-window.h: the comparison window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-compare.h"
#include "px-comparison-view.h"

G_BEGIN_DECLS

#define PX_TYPE_WINDOW (px_window_get_type ())
G_DECLARE_FINAL_TYPE (PxWindow, px_window, PX, WINDOW, AdwApplicationWindow)

PxWindow         *px_window_new            (AdwApplication *application);
void              px_window_open_files     (PxWindow       *self,
                                            GFile         **files,
                                            guint           n_files);
GListModel       *px_window_get_documents  (PxWindow       *self);
gboolean          px_window_get_loading    (PxWindow       *self);
gboolean          px_window_get_computing  (PxWindow       *self);
PxComparison     *px_window_get_comparison (PxWindow       *self);
PxComparisonView *px_window_get_view       (PxWindow       *self);
void              px_window_set_reference  (PxWindow       *self,
                                            PxDocument     *document);
PxDocument       *px_window_get_reference  (PxWindow       *self);
void              px_window_move_document  (PxWindow       *self,
                                            PxDocument     *document,
                                            int             delta);
void              px_window_recompute      (PxWindow       *self);
void              px_window_set_side_panel (PxWindow       *self,
                                            GtkWidget      *child);

/* px-window-overview.c */
AdwViewStack     *px_window_get_view_stack      (PxWindow   *self);

/* px-window-search.c */
GtkSearchEntry   *px_window_get_search_entry    (PxWindow   *self);
int               px_window_get_search_position (PxWindow   *self,
                                                 guint      *n_matches,
                                                 guint      *document);

/* px-window-paste.c */
void              px_window_open_address        (PxWindow   *self,
                                                 const char *address);
GtkWidget        *px_window_ask_address         (PxWindow   *self);
void              px_window_pick_articles       (PxWindow   *self,
                                                 GPtrArray  *docs,
                                                 const char *name);
gboolean          px_window_add_text            (PxWindow   *self,
                                                 const char *text,
                                                 gssize      len);

/* px-window-session.c: saving and opening .parallax files */
typedef struct _PxSession PxSession;
void              px_window_load_session        (PxWindow  *self,
                                                 PxSession *session,
                                                 GFile     *file);
void              px_window_open_session_file   (PxWindow  *self,
                                                 GFile     *file);
gboolean          px_window_save_to             (PxWindow  *self,
                                                 GFile     *file,
                                                 GError   **error);
gboolean          px_window_has_unsaved_changes (PxWindow  *self);
PxSession        *px_window_snapshot            (PxWindow  *self);
GFile            *px_window_get_session_file    (PxWindow  *self);
AdwMessageDialog *px_window_get_close_dialog    (PxWindow  *self);

G_END_DECLS
