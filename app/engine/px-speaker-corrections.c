/* px-speaker-corrections.c: the speakers a user has corrected
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The attribution can be wrong; the analyst who reads the articles can
 * say who spoke.  A correction names the quotation by its words and
 * applies to its whole group: every outlet's version is the same
 * person's words.
 */
#include "config.h"

#include "px-speaker-corrections.h"

GHashTable *
px_speaker_corrections_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

const char *
px_speaker_corrections_key (const PxQuoteGroup *group)
{
  g_return_val_if_fail (group != NULL && group->occurrences->len > 0, NULL);

  return g_array_index (group->occurrences, PxQuoteOccurrence, group->reference).text;
}

const char *
px_speaker_corrections_lookup (GHashTable         *corrections,
                               const PxQuoteGroup *group,
                               gboolean           *found)
{
  const char *speaker = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (group != NULL, NULL);

  /* The fullest version first: the key a correction is saved under. */
  if (corrections && group->occurrences->len > 0)
    {
      any = g_hash_table_lookup_extended (corrections, px_speaker_corrections_key (group),
                                          NULL, (gpointer *) &speaker);
      for (guint i = 0; !any && i < group->occurrences->len; i++)
        any = g_hash_table_lookup_extended (corrections,
                                            g_array_index (group->occurrences, PxQuoteOccurrence, i).text,
                                            NULL, (gpointer *) &speaker);
    }
  if (found)
    *found = any;
  return any && speaker && *speaker ? speaker : NULL;
}

static void
set_speaker (char **field, double *confidence, const char *speaker)
{
  g_free (*field);
  *field = g_strdup (speaker);
  *confidence = speaker ? 1.0 : 0.0;
}

guint
px_speaker_corrections_apply (GHashTable *corrections,
                              GPtrArray  *groups)
{
  guint n = 0;

  g_return_val_if_fail (groups != NULL, 0);

  if (corrections == NULL || g_hash_table_size (corrections) == 0)
    return 0;
  for (guint g = 0; g < groups->len; g++)
    {
      PxQuoteGroup *group = g_ptr_array_index (groups, g);
      gboolean found;
      const char *speaker = px_speaker_corrections_lookup (corrections, group, &found);

      if (!found)
        continue;
      set_speaker (&group->speaker, &group->speaker_confidence, speaker);
      for (guint i = 0; i < group->occurrences->len; i++)
        {
          PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, i);

          set_speaker (&occ->speaker, &occ->speaker_confidence, speaker);
        }
      n++;
    }
  return n;
}

char *
px_speaker_shown (const char *speaker,
                  double      confidence)
{
  if (speaker == NULL)
    return NULL;
  if (px_quote_speaker_is_uncertain (speaker, confidence))
    return g_strconcat (speaker, " (?)", NULL);
  return g_strdup (speaker);
}
