/* px-window-source.c: the window's primary sources
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An article's header menu marks it as primary source (the document's
 * "primary-source" property, px-article-header.c); here the window
 * answers: it compares again, never with a source as reference, and
 * says plainly what is wrong with a source (no words, an article's).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-window-private.h"

static void
on_primary_source_changed (PxWindow   *self,
                           GParamSpec *pspec,
                           PxDocument *document)
{
  g_assert (PX_IS_WINDOW (self));

  /* A source is not compared as an outlet: the others need another
   * baseline, the most central article. */
  if (px_document_get_primary_source (document) && document == self->reference)
    self->reference_auto = TRUE;
  px_window_recompute (self);
}

/**
 * _px_window_watch_sources:
 *
 * Follows the primary source mark of every article of the window (once
 * each, however often the list changes).
 */
void
_px_window_watch_sources (PxWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxDocument) doc = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (g_signal_handler_find (doc, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                                 on_primary_source_changed, self) == 0)
        g_signal_connect_object (doc, "notify::primary-source", G_CALLBACK (on_primary_source_changed),
                                 self, G_CONNECT_SWAPPED);
    }
}

/**
 * _px_window_report_sources:
 *
 * Shows the problems the check found with the sources of @comparison,
 * one toast each.
 */
void
_px_window_report_sources (PxWindow     *self,
                           PxComparison *comparison)
{
  PxSourceCheck *check = px_comparison_get_source_check (comparison);
  const char * const *notices;

  if (check == NULL)
    return;
  notices = px_source_check_get_notices (check, NULL);
  for (guint i = 0; notices[i]; i++)
    _px_window_toast (self, notices[i]);
}
