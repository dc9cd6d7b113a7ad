/* px-window-speakers.c: the speakers the user corrected, in the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The quote panel lets the reader say who spoke.  The window keeps the
 * corrections (a quotation's words to a speaker), applies them to each
 * comparison it shows, before the quote panel, the badges or a report
 * read the groups, and saves them with the comparison.
 */
#include "config.h"

#include "px-speaker-corrections.h"
#include "px-window-private.h"

/**
 * _px_window_correct_speaker:
 * @group: index into the quotations of the comparison shown
 * @speaker: who said it, "" for no one named
 *
 * Gives the whole quotation group @speaker, in this comparison and the
 * ones to come, and marks the comparison changed.
 */
void
_px_window_correct_speaker (PxWindow   *self,
                            guint       group,
                            const char *speaker)
{
  PxComparison *cmp;
  GPtrArray *groups;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (speaker != NULL);

  cmp = px_window_get_comparison (self);
  groups = cmp ? px_comparison_get_quotes (cmp) : NULL;
  if (groups == NULL || group >= groups->len)
    return;
  g_hash_table_insert (self->speakers,
                       g_strdup (px_speaker_corrections_key (g_ptr_array_index (groups, group))),
                       g_strdup (speaker));
  /* A new comparison applies it everywhere at once (panel, badges,
   * reports) and tells the title that there is something to save. */
  px_window_recompute (self);
}

/* Gives @cmp's quotations the corrected speakers: before it is shown. */
void
_px_window_apply_speakers (PxWindow     *self,
                           PxComparison *cmp)
{
  /* A corrected speaker also decides "other speaker" against a source. */
  if (px_speaker_corrections_apply (self->speakers, px_comparison_get_quotes (cmp)) > 0)
    px_comparison_recheck_sources (cmp);
}

/**
 * _px_window_get_speaker_corrections:
 *
 * Returns: (transfer none): the corrections, a quotation's words to its
 *   speaker ("" for no one named)
 */
GHashTable *
_px_window_get_speaker_corrections (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->speakers;
}

static void
on_speaker_corrected (PxWindow     *self,
                      guint         group,
                      const char   *speaker,
                      PxQuotePanel *panel)
{
  g_assert (PX_IS_WINDOW (self));

  _px_window_correct_speaker (self, group, speaker);
}

/* Called once for the quote panel the window makes. */
void
_px_window_connect_quote_panel (PxWindow     *self,
                                PxQuotePanel *panel)
{
  g_signal_connect_object (panel, "speaker-corrected", G_CALLBACK (on_speaker_corrected),
                           self, G_CONNECT_SWAPPED);
}
