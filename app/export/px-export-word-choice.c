/* px-export-word-choice.c: the word-choice sets as JSON
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "px-export-json.h"
#include "px-word-choice.h"

static JsonObject *
variant_object (const PxWordChoiceVariant *v, guint n_docs)
{
  JsonObject *object = json_object_new ();
  JsonArray *counts = json_array_sized_new (n_docs);
  JsonArray *occurrences = json_array_sized_new (v->occurrences->len);

  json_object_set_string_member (object, "text", v->text);
  json_object_set_string_member (object, "key", v->key);
  json_object_set_int_member (object, "total", v->total);
  for (guint d = 0; d < n_docs; d++)
    json_array_add_int_element (counts, v->counts[d]);
  json_object_set_array_member (object, "counts", counts);
  for (guint o = 0; o < v->occurrences->len; o++)
    {
      const PxWordChoiceOccurrence *occ = &g_array_index (v->occurrences, PxWordChoiceOccurrence, o);
      JsonObject *at = json_object_new ();

      json_object_set_int_member (at, "document", occ->document);
      json_object_set_int_member (at, "start", occ->start);
      json_object_set_int_member (at, "end", occ->end);
      json_array_add_object_element (occurrences, at);
    }
  json_object_set_array_member (object, "occurrences", occurrences);
  return object;
}

JsonArray *
px_json_word_choice_array (PxComparison *cmp)
{
  GPtrArray *sets = px_comparison_get_word_choice (cmp);
  JsonArray *array = json_array_sized_new (sets->len);

  for (guint s = 0; s < sets->len; s++)
    {
      const PxWordChoiceSet *set = g_ptr_array_index (sets, s);
      JsonObject *object = json_object_new ();
      JsonArray *variants = json_array_sized_new (set->variants->len);
      JsonArray *preferred = json_array_sized_new (set->n_documents);
      g_autofree char *label = px_word_choice_set_label (set);

      json_object_set_string_member (object, "kind", px_word_choice_kind_to_string (set->kind));
      json_object_set_string_member (object, "label", label);
      json_object_set_double_member (object, "score", round (set->score * 1000) / 1000);
      json_object_set_int_member (object, "substitutions", set->n_substitutions);
      json_object_set_boolean_member (object, "defined", set->defined);
      for (guint v = 0; v < set->variants->len; v++)
        json_array_add_object_element (variants, variant_object (g_ptr_array_index (set->variants, v), set->n_documents));
      json_object_set_array_member (object, "variants", variants);
      /* Per document, the index of the variant it uses most, or null. */
      for (guint d = 0; d < set->n_documents; d++)
        if (set->preferred[d] < 0)
          json_array_add_null_element (preferred);
        else
          json_array_add_int_element (preferred, set->preferred[d]);
      json_object_set_array_member (object, "preferred", preferred);
      json_array_add_object_element (array, object);
    }
  return array;
}
