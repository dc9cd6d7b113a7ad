/* px-speaker-corrections.h: the speakers a user has corrected
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-quotes.h"

G_BEGIN_DECLS

/* The user's corrections of who said a quotation: a table from the words
 * of a quotation (any version of its group, as PxQuoteOccurrence.text
 * has them) to the speaker to show, "" for "no one named".  Keyed by
 * words rather than by place, so that a correction holds when articles
 * are added, removed or reordered.  Free with g_hash_table_unref(). */
GHashTable *px_speaker_corrections_new   (void);

/* The key a correction of @group is saved under: its fullest version's words. */
const char *px_speaker_corrections_key   (const PxQuoteGroup *group);

/* Gives every group of @groups (of PxQuoteGroup) that has a version
 * listed in @corrections the corrected speaker, for the group and each
 * of its occurrences, with full confidence.  Returns how many groups
 * were corrected. */
guint       px_speaker_corrections_apply (GHashTable *corrections,
                                          GPtrArray  *groups);

/* The corrected speaker of @group, or NULL when it has none; *@found
 * tells a correction to "no one" ("") from no correction. */
const char *px_speaker_corrections_lookup (GHashTable         *corrections,
                                           const PxQuoteGroup *group,
                                           gboolean           *found);

/* A speaker as the window, the report and the CLI show it: the name, and
 * a " (?)" after it when the attribution is uncertain
 * (px_quote_speaker_is_uncertain()); NULL without a speaker. */
char       *px_speaker_shown              (const char *speaker,
                                           double      confidence);

G_END_DECLS
