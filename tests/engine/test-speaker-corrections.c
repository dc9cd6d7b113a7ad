/* test-speaker-corrections.c: a corrected speaker holds for the whole group
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-document.h"
#include "px-quotes.h"
#include "px-speaker-corrections.h"

static const char *const TEXTS[] = {
  "Harbour bridge to close\n\n\"The bridge is not safe for heavy lorries any more,\" the mayor said on Tuesday.\n",
  "Bridge closes for repairs\n\nAn official said: \"The bridge is not safe for heavy lorries any more.\"\n",
  "Repairs begin\n\nShop owners said \"the bridge is not safe for heavy lorries\" and asked for help.\n",
};

static GPtrArray *
groups_of (PxDocument **docs)
{
  for (guint i = 0; i < G_N_ELEMENTS (TEXTS); i++)
    docs[i] = px_document_new (TEXTS[i], -1, "Outlet");
  return px_quotes_group (docs, G_N_ELEMENTS (TEXTS));
}

/* The group whose versions hold "heavy lorries". */
static PxQuoteGroup *
lorries (GPtrArray *groups)
{
  for (guint g = 0; g < groups->len; g++)
    {
      PxQuoteGroup *group = g_ptr_array_index (groups, g);

      if (strstr (px_speaker_corrections_key (group), "heavy lorries"))
        return group;
    }
  g_error ("no group holds the quotation");
  return NULL;
}

/* A correction saved under any version's words reaches every version. */
static void
test_apply (void)
{
  PxDocument *docs[G_N_ELEMENTS (TEXTS)];
  g_autoptr(GPtrArray) groups = groups_of (docs);
  g_autoptr(GHashTable) corrections = px_speaker_corrections_new ();
  PxQuoteGroup *group = lorries (groups);
  const PxQuoteOccurrence *last = &g_array_index (group->occurrences, PxQuoteOccurrence,
                                                  group->occurrences->len - 1);
  gboolean found = TRUE;

  g_assert_cmpuint (group->occurrences->len, >=, 2);
  g_assert_null (px_speaker_corrections_lookup (corrections, group, &found));
  g_assert_false (found);
  g_assert_cmpuint (px_speaker_corrections_apply (corrections, groups), ==, 0);

  g_hash_table_insert (corrections, g_strdup (last->text), g_strdup ("Anna Berg"));
  g_assert_cmpstr (px_speaker_corrections_lookup (corrections, group, &found), ==, "Anna Berg");
  g_assert_cmpuint (px_speaker_corrections_apply (corrections, groups), ==, 1);
  g_assert_cmpstr (group->speaker, ==, "Anna Berg");
  g_assert_cmpfloat (group->speaker_confidence, ==, 1.0);
  for (guint i = 0; i < group->occurrences->len; i++)
    {
      const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, i);

      g_assert_cmpstr (occ->speaker, ==, "Anna Berg");
      g_assert_cmpfloat (occ->speaker_confidence, ==, 1.0);
    }

  /* "" says no one is named: no speaker, not an empty name. */
  g_hash_table_remove_all (corrections);
  g_hash_table_insert (corrections, g_strdup (px_speaker_corrections_key (group)), g_strdup (""));
  g_assert_null (px_speaker_corrections_lookup (corrections, group, &found));
  g_assert_true (found);
  px_speaker_corrections_apply (corrections, groups);
  g_assert_null (group->speaker);
  g_assert_cmpfloat (group->speaker_confidence, ==, 0.0);
  for (guint i = 0; i < group->occurrences->len; i++)
    g_assert_null (g_array_index (group->occurrences, PxQuoteOccurrence, i).speaker);

  for (guint i = 0; i < G_N_ELEMENTS (TEXTS); i++)
    g_object_unref (docs[i]);
}

/* "(?)" marks an uncertain speaker, never a sure one or none. */
static void
test_shown (void)
{
  g_autofree char *sure = px_speaker_shown ("John Kerry", 1.0);
  g_autofree char *unsure = px_speaker_shown ("John Kerry", PX_QUOTE_SPEAKER_SURE / 2);

  g_assert_cmpstr (sure, ==, "John Kerry");
  g_assert_cmpstr (unsure, ==, "John Kerry (?)");
  g_assert_null (px_speaker_shown (NULL, 0.0));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/speaker-corrections/apply", test_apply);
  g_test_add_func ("/speaker-corrections/shown", test_shown);
  return g_test_run ();
}
