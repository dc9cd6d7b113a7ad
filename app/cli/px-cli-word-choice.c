/* px-cli-word-choice.c: the top word-choice sets in the text report
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-cli-commands.h"
#include "px-word-choice.h"

/* One line per outlet that uses the set: its variants, most used first. */
static void
append_set (GString *out, PxComparison *cmp, const PxWordChoiceSet *set, guint number)
{
  g_autofree char *label = px_word_choice_set_label (set);

  if (set->kind == PX_WORD_CHOICE_ATTRIBUTION)
    g_string_append_printf (out, "%2u. %s: %s\n", number, _("Attribution"), label);
  else
    g_string_append_printf (out, "%2u. %s\n", number, label);
  for (guint d = 0; d < set->n_documents; d++)
    {
      PxDocument *doc = px_comparison_get_document (cmp, d);
      gboolean any = FALSE;

      if (set->preferred[d] < 0)
        continue;
      g_string_append_printf (out, "    %-16s", px_document_get_outlet (doc));
      for (guint v = 0; v < set->variants->len; v++)
        {
          const PxWordChoiceVariant *var = g_ptr_array_index (set->variants, v);

          if (var->counts[d] == 0)
            continue;
          g_string_append_printf (out, "%s%s %u", any ? " · " : " ", var->text, var->counts[d]);
          any = TRUE;
        }
      g_string_append_c (out, '\n');
    }
}

void
px_cli_append_word_choice (GString      *out,
                           PxComparison *cmp,
                           guint         max_sets)
{
  GPtrArray *sets = px_comparison_get_word_choice (cmp);
  gboolean attribution_shown = FALSE;
  guint shown = 0;

  g_string_append_printf (out, "\n%s\n\n", _("Word choice (the same thing named differently):"));
  if (sets->len == 0)
    {
      g_string_append_printf (out, "    %s\n", _("No outlet names things differently from the others."));
      return;
    }
  for (guint s = 0; s < sets->len && shown < max_sets; s++)
    {
      const PxWordChoiceSet *set = g_ptr_array_index (sets, s);

      attribution_shown |= set->kind == PX_WORD_CHOICE_ATTRIBUTION;
      append_set (out, cmp, set, ++shown);
    }
  /* How outlets introduce quotations is always worth seeing. */
  for (guint s = shown; s < sets->len && !attribution_shown; s++)
    {
      const PxWordChoiceSet *set = g_ptr_array_index (sets, s);

      if (set->kind == PX_WORD_CHOICE_ATTRIBUTION)
        {
          append_set (out, cmp, set, s + 1);
          attribution_shown = TRUE;
        }
    }
  if (sets->len > shown + attribution_shown)
    g_string_append_printf (out, "    %s\n", _("(more in the JSON output: word_choice)"));
}
