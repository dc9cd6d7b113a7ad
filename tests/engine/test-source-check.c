/* test-source-check.c: quotations against a primary source, label by label
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-compare.h"
#include "px-source-check.h"
#include "px-speaker-corrections.h"

typedef struct {
  GPtrArray *docs;     /* of PxDocument */
  GPtrArray *groups;
  PxSourceCheck *check;
} Fixture;

static void
fixture_clear (Fixture *f)
{
  g_clear_pointer (&f->check, px_source_check_free);
  g_clear_pointer (&f->groups, g_ptr_array_unref);
  g_clear_pointer (&f->docs, g_ptr_array_unref);
}

static void
fixture_check (Fixture *f)
{
  f->groups = px_quotes_group ((PxDocument **) f->docs->pdata, f->docs->len);
  f->check = px_source_check_new ((PxDocument **) f->docs->pdata, f->docs->len, f->groups);
}

/* Documents from texts: the first @n_sources are primary sources. */
static void
fixture_texts (Fixture *f, guint n_sources, const char *first, ...)
{
  va_list ap;
  guint i = 0;

  f->docs = g_ptr_array_new_with_free_func (g_object_unref);
  va_start (ap, first);
  for (const char *text = first; text; text = va_arg (ap, const char *), i++)
    {
      g_autofree char *outlet = g_strdup_printf ("Doc %u", i);
      PxDocument *doc = px_document_new (text, -1, outlet);

      px_document_set_primary_source (doc, i < n_sources);
      g_ptr_array_add (f->docs, doc);
    }
  va_end (ap);
  fixture_check (f);
}

/* The match of the quotation of an article that starts with @prefix. */
static const PxSourceMatch *
find (Fixture *f, const char *prefix)
{
  for (guint k = 0; k < px_source_check_get_n_matches (f->check); k++)
    {
      const PxSourceMatch *m = px_source_check_get_match (f->check, k);
      const char *text = px_document_get_text (g_ptr_array_index (f->docs, m->document), NULL);

      if (strncmp (text + m->start, prefix, strlen (prefix)) == 0)
        return m;
    }
  g_test_message ("no checked quotation starts with “%s”", prefix);
  g_assert_not_reached ();
}

static void
assert_label (Fixture *f, const char *prefix, PxSourceLabel label, PxSourceConventions conventions)
{
  const PxSourceMatch *m = find (f, prefix);

  if (m->label != label)
    g_test_message ("“%s…”: %s, expected %s", prefix, px_source_label_to_string (m->label),
                    px_source_label_to_string (label));
  g_assert_cmpstr (px_source_label_to_string (m->label), ==, px_source_label_to_string (label));
  g_assert_cmpint (m->conventions, ==, conventions);
}

/* The source's text of span @s of a match. */
static char *
span_text (Fixture *f, const PxSourceMatch *m, guint s)
{
  const PxSourceSpan *span = &g_array_index (m->spans, PxSourceSpan, s);
  const char *text = px_document_get_text (g_ptr_array_index (f->docs, span->source), NULL);

  return g_strndup (text + span->start, span->end - span->start);
}

static void
load_event (Fixture *f)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "sources", "riverton", NULL);
  const char *names[] = { "0-transcript.txt", "1-riverton-post.txt", "2-valley-herald.txt", "3-wire.txt" };

  f->docs = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      PxDocument *doc;

      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);
      doc = px_document_new (text, -1, names[i]);
      px_document_set_primary_source (doc, i == 0);
      g_ptr_array_add (f->docs, doc);
    }
  fixture_check (f);
}

/* The invented press conference and three articles quoting it: every
 * label, and both conventions, on a transcript with speaker labels. */
static void
test_event (void)
{
  Fixture f = { 0 };
  const PxSourceMatch *m;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  load_event (&f);
  g_assert_cmpuint (px_source_check_get_n_sources (f.check), ==, 1);
  assert_label (&f, "The dam at Varn", PX_SOURCE_VERBATIM, 0);
  assert_label (&f, "Trust, but publish", PX_SOURCE_VERBATIM, 0);
  assert_label (&f, "My country has waited", PX_SOURCE_VERBATIM, 0);
  assert_label (&f, "are still on the table", PX_SOURCE_TRIMMED, 0);
  assert_label (&f, "We chose to give", PX_SOURCE_TRIMMED, PX_SOURCE_ELLIPSIS);
  assert_label (&f, "It is a political", PX_SOURCE_TRIMMED, PX_SOURCE_ELLIPSIS);
  assert_label (&f, "[The Kessel]", PX_SOURCE_VERBATIM, PX_SOURCE_BRACKETS);
  assert_label (&f, "The sanctions are still", PX_SOURCE_ALTERED, 0);
  assert_label (&f, "this time the engineers", PX_SOURCE_ALTERED, 0);
  assert_label (&f, "We did not agree", PX_SOURCE_SPLICED, 0);
  assert_label (&f, "We will accept findings", PX_SOURCE_OTHER_SPEAKER, 0);
  assert_label (&f, "Water is the oil", PX_SOURCE_NOT_FOUND, 0);

  /* The splice names both passages, far apart. */
  m = find (&f, "We did not agree");
  g_assert_cmpuint (m->spans->len, ==, 2);
  first = span_text (&f, m, 0);
  second = span_text (&f, m, 1);
  g_assert_cmpstr (first, ==, "We did not agree on everything");
  g_assert_cmpstr (second, ==, "The people of both countries are watching, and they will hold us to it");
  g_assert_cmpint (g_array_index (m->spans, PxSourceSpan, 1).distance, >, 100);
  g_assert_cmpstr (g_array_index (m->spans, PxSourceSpan, 0).speaker, ==, "SECRETARY HOLT");

  /* The other speaker's passage is named with its label. */
  m = find (&f, "We will accept findings");
  g_assert_cmpstr (g_array_index (m->spans, PxSourceSpan, 0).speaker, ==, "MINISTER OKAFOR");

  /* Not found: no span at all. */
  g_assert_cmpuint (find (&f, "Water is the oil")->spans->len, ==, 0);

  /* The tally of the herald: one of each of its four. */
  {
    guint tally[PX_SOURCE_N_LABELS];

    px_source_check_get_tally (f.check, 2, tally);
    g_assert_cmpuint (tally[PX_SOURCE_ALTERED], ==, 1);
    g_assert_cmpuint (tally[PX_SOURCE_SPLICED], ==, 1);
    g_assert_cmpuint (tally[PX_SOURCE_OTHER_SPEAKER], ==, 1);
    g_assert_cmpuint (tally[PX_SOURCE_NOT_FOUND], ==, 1);
    g_assert_cmpuint (tally[PX_SOURCE_VERBATIM], ==, 0);
  }
  fixture_clear (&f);
}

/* The word diff of an altered quotation: the source's words out, the
 * article's in, byte ranges into each text. */
static void
test_diff (void)
{
  Fixture f = { 0 };
  const PxSourceMatch *m;
  const PxSourceSpan *span;
  const char *src, *art;
  GString *got = g_string_new (NULL);

  fixture_texts (&f, 1,
                 "We will open the new bridge in the spring, and it will carry four lanes.",
                 "\"We will open the new bridge in the summer, and it will carry four lanes,\" Mayor Ana Ruiz said.",
                 NULL);
  m = find (&f, "We will open");
  g_assert_cmpint (m->label, ==, PX_SOURCE_ALTERED);
  g_assert_cmpuint (m->n_words, ==, 15);
  g_assert_cmpuint (m->matched, ==, 14);
  span = &g_array_index (m->spans, PxSourceSpan, 0);
  src = px_document_get_text (g_ptr_array_index (f.docs, 0), NULL);
  art = px_document_get_text (g_ptr_array_index (f.docs, 1), NULL);
  for (guint i = 0; i < span->diff->len; i++)
    {
      const PxDiffOp *op = &g_array_index (span->diff, PxDiffOp, i);

      if (op->type == PX_DIFF_DELETE)
        g_string_append_printf (got, "-%.*s ", (int) (op->old_end - op->old_start), src + op->old_start);
      else if (op->type == PX_DIFF_INSERT)
        g_string_append_printf (got, "+%.*s ", (int) (op->new_end - op->new_start), art + op->new_start);
      else
        g_string_append (got, "= ");
    }
  g_assert_cmpstr (got->str, ==, "= -spring +summer = ");
  g_string_free (got, TRUE);
  fixture_clear (&f);
}

/* Case, typography and punctuation are no alteration; a speech without
 * speaker labels is the speaker's throughout. */
static void
test_normalised (void)
{
  Fixture f = { 0 };

  fixture_texts (&f, 1,
                 "Thank you all for coming.\n\nWe don't build walls; we build bridges. And we will keep building them.",
                 "\"We don’t build walls, we build bridges,\" Mayor Ana Ruiz said.\n\n"
                 "\"AND WE WILL KEEP BUILDING THEM,\" she added.",
                 NULL);
  assert_label (&f, "We don’t build", PX_SOURCE_VERBATIM, 0);
  assert_label (&f, "AND WE WILL", PX_SOURCE_VERBATIM, 0);
  fixture_clear (&f);
}

/* An ellipsis over two answers hides a splice; an ellipsis in brackets
 * is an ellipsis; words dropped without one alter the quotation. */
static void
test_ellipsis (void)
{
  Fixture f = { 0 };

  fixture_texts (&f, 1,
                 "RUIZ: The budget is balanced for the first time in ten years. We cut waste, not services.\n\n"
                 "Q: And the pool?\n\n"
                 "RUIZ: The pool will reopen in June. Nobody should have to swim in the river.",
                 "\"The budget is balanced ... The pool will reopen in June,\" Ana Ruiz said.\n\n"
                 "\"We cut waste [...] not services,\" Ruiz said.\n\n"
                 "\"The budget is balanced for the first time. We cut waste, not services,\" Ruiz said later.",
                 NULL);
  assert_label (&f, "The budget is balanced ...", PX_SOURCE_SPLICED, PX_SOURCE_ELLIPSIS);
  assert_label (&f, "We cut waste [", PX_SOURCE_TRIMMED, PX_SOURCE_ELLIPSIS);
  assert_label (&f, "The budget is balanced for", PX_SOURCE_ALTERED, 0);
  fixture_clear (&f);
}

/* The reporter's question, quoted as the mayor's words; and a second
 * source, where the other quotation comes from. */
static void
test_question_and_two_sources (void)
{
  Fixture f = { 0 };
  const PxSourceMatch *m;

  fixture_texts (&f, 2,
                 "Q: Mayor, is the city going bankrupt next year?\n\nRUIZ: No. The city is solvent and will stay solvent.",
                 "The council voted on Monday to sell the old harbour to a private fund.",
                 "\"Is the city going bankrupt next year?\" Mayor Ana Ruiz asked.\n\n"
                 "\"The city is solvent and will stay solvent,\" Ruiz said.\n\n"
                 "\"Sell the old harbour to a private fund,\" Ruiz said of the plan.",
                 NULL);
  assert_label (&f, "Is the city", PX_SOURCE_OTHER_SPEAKER, 0);
  assert_label (&f, "The city is solvent", PX_SOURCE_VERBATIM, 0);
  m = find (&f, "Sell the old");
  g_assert_cmpint (m->label, ==, PX_SOURCE_TRIMMED);
  g_assert_cmpuint (g_array_index (m->spans, PxSourceSpan, 0).source, ==, 1);
  fixture_clear (&f);
}

/* Bad sources: one with no words, one with an article's words; and no
 * source at all.  The check still runs, with a plain notice. */
static void
test_notices (void)
{
  Fixture f = { 0 };
  const char *article = "\"We will open the new bridge in the spring,\" Mayor Ana Ruiz said on Monday.";
  guint n;
  const char * const *notices;

  fixture_texts (&f, 1, "", article, NULL);
  notices = px_source_check_get_notices (f.check, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (strstr (notices[0], "has no words"));
  assert_label (&f, "We will open", PX_SOURCE_NOT_FOUND, 0);
  fixture_clear (&f);

  fixture_texts (&f, 1, article, article, NULL);
  notices = px_source_check_get_notices (f.check, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (strstr (notices[0], "same words as the article “Doc 1”"));
  fixture_clear (&f);

  fixture_texts (&f, 0, article, NULL);
  g_assert_cmpuint (px_source_check_get_n_sources (f.check), ==, 0);
  g_assert_cmpuint (px_source_check_get_n_matches (f.check), ==, 0);
  notices = px_source_check_get_notices (f.check, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_null (notices[0]);
  fixture_clear (&f);
}

/* In a comparison, a primary source is no outlet: its paragraphs stand
 * in rows of their own, and the check comes with the comparison. */
static void
test_comparison (void)
{
  Fixture f = { 0 };
  g_autoptr(PxComparison) cmp = NULL;
  guint src_rows = 0;

  load_event (&f);
  cmp = px_comparison_new ((PxDocument **) f.docs->pdata, f.docs->len,
                           &(PxCompareOptions) { .reference = 1 });
  g_assert_cmpuint (px_source_check_get_n_matches (px_comparison_get_source_check (cmp)), ==,
                    px_source_check_get_n_matches (f.check));
  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);

      if (cells[0].paragraph < 0)
        continue;
      src_rows++;
      for (guint d = 1; d < f.docs->len; d++)
        g_assert_cmpint (cells[d].paragraph, <, 0);
    }
  g_assert_cmpuint (src_rows, ==, px_document_get_n_paragraphs (g_ptr_array_index (f.docs, 0)));

  /* The transcript shares words with every article: it is still never
   * the reference the comparison chooses. */
  g_clear_object (&cmp);
  cmp = px_comparison_new ((PxDocument **) f.docs->pdata, f.docs->len,
                           &(PxCompareOptions) { .reference = PX_REFERENCE_AUTO });
  g_assert_cmpuint (px_comparison_get_reference (cmp), !=, 0);
  fixture_clear (&f);
}

/* The label of the checked quotation of @cmp that starts with @prefix. */
static PxSourceLabel
label_in (PxComparison *cmp, const char *prefix)
{
  PxSourceCheck *check = px_comparison_get_source_check (cmp);

  for (guint k = 0; k < px_source_check_get_n_matches (check); k++)
    {
      const PxSourceMatch *m = px_source_check_get_match (check, k);
      const char *text = px_document_get_text (px_comparison_get_document (cmp, m->document), NULL);

      if (strncmp (text + m->start, prefix, strlen (prefix)) == 0)
        return m->label;
    }
  g_assert_not_reached ();
}

/* A speaker the user corrects decides "other speaker": the herald gives
 * Holt words that Okafor said; corrected to Okafor, they are verbatim,
 * and corrected to someone else again, another speaker's. */
static void
test_corrected_speaker (void)
{
  Fixture f = { 0 };
  g_autoptr(PxComparison) cmp = NULL;
  g_autoptr(GHashTable) corrections = px_speaker_corrections_new ();
  GPtrArray *groups;
  const PxQuoteGroup *group = NULL;

  load_event (&f);
  cmp = px_comparison_new ((PxDocument **) f.docs->pdata, f.docs->len,
                           &(PxCompareOptions) { .reference = 1 });
  g_assert_cmpint (label_in (cmp, "We will accept findings"), ==, PX_SOURCE_OTHER_SPEAKER);
  groups = px_comparison_get_quotes (cmp);
  for (guint g = 0; g < groups->len && !group; g++)
    {
      const PxQuoteGroup *candidate = g_ptr_array_index (groups, g);

      for (guint o = 0; o < candidate->occurrences->len; o++)
        if (g_str_has_prefix (g_array_index (candidate->occurrences, PxQuoteOccurrence, o).text,
                              "We will accept findings"))
          group = candidate;
    }
  g_assert_nonnull (group);

  g_hash_table_insert (corrections, g_strdup (px_speaker_corrections_key (group)), g_strdup ("Okafor"));
  g_assert_cmpuint (px_speaker_corrections_apply (corrections, groups), ==, 1);
  px_comparison_recheck_sources (cmp);
  g_assert_cmpint (label_in (cmp, "We will accept findings"), ==, PX_SOURCE_VERBATIM);

  g_hash_table_insert (corrections, g_strdup (px_speaker_corrections_key (group)), g_strdup ("Secretary Holt"));
  px_speaker_corrections_apply (corrections, groups);
  px_comparison_recheck_sources (cmp);
  g_assert_cmpint (label_in (cmp, "We will accept findings"), ==, PX_SOURCE_OTHER_SPEAKER);
  fixture_clear (&f);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/source-check/event", test_event);
  g_test_add_func ("/source-check/diff", test_diff);
  g_test_add_func ("/source-check/normalised", test_normalised);
  g_test_add_func ("/source-check/ellipsis", test_ellipsis);
  g_test_add_func ("/source-check/question-and-two-sources", test_question_and_two_sources);
  g_test_add_func ("/source-check/notices", test_notices);
  g_test_add_func ("/source-check/comparison", test_comparison);
  g_test_add_func ("/source-check/corrected-speaker", test_corrected_speaker);
  return g_test_run ();
}
