/* px-report-handout.c: a student handout, its questions and answer key
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The handout gives students the articles with no marks at all (their
 * paragraphs and lines numbered, so that answers can point at them) and
 * a page of questions generated from the comparison: which outlet leaves
 * out a paragraph, who is quoted in only one, how a quotation was
 * altered, how the headlines differ.  The answer key is the same
 * questions answered, followed by the marked report.  Both come from
 * one list of questions, so that they always match.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "px-report-private.h"
#include "px-similarity.h"

/* Paragraphs shorter than this make poor questions. */
#define QUESTION_MIN_WORDS 12
#define QUESTION_OPENING_CHARS 60
#define QUESTION_QUOTE_CHARS 50

typedef struct {
  char *question;
  char *answer;
} Question;

static void
question_free (Question *q)
{
  g_free (q->question);
  g_free (q->answer);
  g_free (q);
}

static Question *
question_new (char *question, char *answer)
{
  Question *q = g_new (Question, 1);

  q->question = question;
  q->answer = answer;
  return q;
}

/* ---- Numbering: the handout's paragraph numbers ---- */

static gboolean
shown_in_handout (PxComparison *cmp, guint d, guint p)
{
  PxDocument *doc = px_comparison_get_document (cmp, d);

  return !px_comparison_is_furniture (cmp, d, p) && px_document_get_paragraph (doc, p)->n_words > 0;
}

/* Paragraph @p of @d as the handout numbers it, from 1. */
static guint
handout_number (PxComparison *cmp, guint d, guint p)
{
  guint n = 0;

  for (guint i = 0; i <= p; i++)
    n += shown_in_handout (cmp, d, i);
  return n;
}

static char *
opening (PxComparison *cmp, guint d, guint p)
{
  g_autofree char *text = px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), p);

  return _px_report_quoted_opening (text, QUESTION_OPENING_CHARS);
}

static void
append_outlets (GString *out, PxComparison *cmp, const guint *docs, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == n ? _(" and ") : ", ");
      g_string_append (out, _px_report_outlet (cmp, docs[i]));
    }
}

/* ---- Question makers: each returns its candidates, best first ---- */

typedef struct {
  guint row;
  guint n_words;
} RowCandidate;

static int
by_words (gconstpointer a, gconstpointer b)
{
  const RowCandidate *x = a, *y = b;

  if (x->n_words != y->n_words)
    return x->n_words < y->n_words ? 1 : -1;
  return x->row < y->row ? -1 : x->row > y->row;
}

/* A reference paragraph some articles carry and others leave out. */
static GPtrArray *
omission_questions (PxComparison *cmp)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  guint n = px_comparison_get_n_documents (cmp), ref = px_comparison_get_reference (cmp);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (RowCandidate));
  g_autofree guint *docs = g_new (guint, MAX (n, 1));

  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);
      guint missing = 0;
      RowCandidate c = { r, 0 };

      if (cells[ref].paragraph < 0 || !shown_in_handout (cmp, ref, cells[ref].paragraph))
        continue;
      for (guint d = 0; d < n; d++)
        missing += cells[d].paragraph < 0;
      c.n_words = px_document_get_paragraph (px_comparison_get_document (cmp, ref), cells[ref].paragraph)->n_words;
      /* Left out by some, carried by another besides the reference. */
      if (missing == 0 || missing + 1 >= n || c.n_words < QUESTION_MIN_WORDS)
        {
          if (!(missing == 1 && n == 2 && c.n_words >= QUESTION_MIN_WORDS))
            continue;
        }
      /* Fewer outlets leaving it out make a sharper question. */
      c.n_words = c.n_words / missing;
      g_array_append_val (rows, c);
    }
  g_array_sort (rows, by_words);

  for (guint i = 0; i < rows->len; i++)
    {
      guint r = g_array_index (rows, RowCandidate, i).row, k = 0;
      const PxCell *cells = px_comparison_get_row (cmp, r);
      g_autofree char *begins = opening (cmp, ref, cells[ref].paragraph);
      g_autoptr(GString) answer = g_string_new (NULL);

      for (guint d = 0; d < n; d++)
        if (cells[d].paragraph < 0)
          docs[k++] = d;
      append_outlets (answer, cmp, docs, k);
      g_string_append_printf (answer, _(" (%s has it as paragraph %u)."), _px_report_outlet (cmp, ref),
                              handout_number (cmp, ref, cells[ref].paragraph));
      g_ptr_array_add (out, question_new (
        g_strdup_printf (k == 1 ? _("Which article leaves out the paragraph that begins %s?")
                                : _("Which articles leave out the paragraph that begins %s?"), begins),
        g_string_free (g_steal_pointer (&answer), FALSE)));
    }
  return out;
}

/* A paragraph only one article has (not the reference). */
static GPtrArray *
addition_questions (PxComparison *cmp)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  guint n = px_comparison_get_n_documents (cmp);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (RowCandidate));

  if (n < 3)
    return out;
  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);
      guint having = 0, only = 0;

      for (guint d = 0; d < n; d++)
        if (cells[d].paragraph >= 0)
          having++, only = d;
      if (having != 1 || only == px_comparison_get_reference (cmp) ||
          !shown_in_handout (cmp, only, cells[only].paragraph) || (cells[only].flags & PX_CELL_CONTINUATION))
        continue;
      {
        RowCandidate c = { r, px_document_get_paragraph (px_comparison_get_document (cmp, only), cells[only].paragraph)->n_words };

        if (c.n_words >= QUESTION_MIN_WORDS)
          g_array_append_val (rows, c);
      }
    }
  g_array_sort (rows, by_words);
  for (guint i = 0; i < rows->len; i++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, g_array_index (rows, RowCandidate, i).row);
      guint only = 0;
      g_autofree char *begins = NULL;

      while (cells[only].paragraph < 0)
        only++;
      begins = opening (cmp, only, cells[only].paragraph);
      g_ptr_array_add (out, question_new (
        g_strdup_printf (_("Only one article has the paragraph that begins %s. Which one, and what does it add to "
                           "the story?"), begins),
        g_strdup_printf (_("%s, paragraph %u."), _px_report_outlet (cmp, only),
                         handout_number (cmp, only, cells[only].paragraph))));
    }
  return out;
}

static guint
only_carrier (const PxQuoteGroup *group)
{
  guint only = G_MAXUINT;

  for (guint d = 0; d < group->n_documents; d++)
    if (group->coverage[d] != PX_QUOTE_ABSENT)
      {
        if (only != G_MAXUINT)
          return G_MAXUINT;
        only = d;
      }
  return only;
}

/* People whose every quotation stands in one article only. */
static GPtrArray *
single_speaker_questions (PxComparison *cmp)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  g_autoptr(GHashTable) where = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GString) answer = g_string_new (NULL);
  guint named = 0;

  if (groups == NULL || px_comparison_get_n_documents (cmp) < 2)
    return out;
  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      guint only = only_carrier (group);
      guint value = only == G_MAXUINT ? 0 : only + 1;
      gpointer old;

      if (group->speaker == NULL)
        continue;
      if (!g_hash_table_lookup_extended (where, group->speaker, NULL, &old))
        g_ptr_array_add (order, group->speaker);
      else if (GPOINTER_TO_UINT (old) != value)
        value = 0;
      g_hash_table_insert (where, group->speaker, GUINT_TO_POINTER (value));
    }
  for (guint i = 0; i < order->len; i++)
    {
      guint d = GPOINTER_TO_UINT (g_hash_table_lookup (where, order->pdata[i]));

      if (d == 0)
        continue;
      g_string_append_printf (answer, "%s%s (%s)", named ? "; " : "", (char *) order->pdata[i],
                              _px_report_outlet (cmp, d - 1));
      named++;
    }
  if (named == 0)
    return out;
  g_string_append (answer, ".");
  g_ptr_array_add (out, question_new (g_strdup (_("Who is quoted in only one of the articles? Name the article.")),
                                      g_string_free (g_steal_pointer (&answer), FALSE)));
  return out;
}

/* Words of @headline (folded) that none of the other headlines has. */
static char *
own_words (char **headlines, guint n, guint d)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) words = g_regex_split_simple ("[^\\w'’-]+", headlines[d], 0, 0);

  for (guint w = 0; words[w]; w++)
    {
      g_autofree char *folded = NULL;
      gboolean shared;
      char *end;

      /* Quotation marks at a word's edges are not the word's. */
      while (*words[w] && !g_unichar_isalnum (g_utf8_get_char (words[w])))
        memmove (words[w], g_utf8_next_char (words[w]), strlen (g_utf8_next_char (words[w])) + 1);
      while ((end = words[w] + strlen (words[w])) > words[w] &&
             !g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (words[w], end))))
        *g_utf8_find_prev_char (words[w], end) = '\0';
      folded = g_utf8_casefold (words[w], -1);
      shared = g_utf8_strlen (words[w], -1) < 4;

      for (guint e = 0; e < n && !shared; e++)
        {
          g_autofree char *other = NULL;

          if (e == d || headlines[e] == NULL)
            continue;
          other = g_utf8_casefold (headlines[e], -1);
          shared = strstr (other, folded) != NULL;
        }
      if (!shared && strstr (out->str, words[w]) == NULL)
        g_string_append_printf (out, "%s%s", out->len ? ", " : "", words[w]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GPtrArray *
headline_questions (PxComparison *cmp)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  guint n = px_comparison_get_n_documents (cmp), found = 0;
  g_auto(GStrv) headlines = g_new0 (char *, n + 1);
  g_autoptr(GString) answer = g_string_new (NULL);

  for (guint d = 0; d < n; d++)
    {
      PxDocument *doc = px_comparison_get_document (cmp, d);
      int h = px_comparison_get_headline (cmp, d);

      headlines[d] = px_document_get_headline (doc) ? g_strdup (px_document_get_headline (doc))
                     : h >= 0 ? px_document_dup_paragraph_text (doc, h) : NULL;
      /* Placeholder for "no headline": an empty string never matches. */
      if (headlines[d] == NULL)
        headlines[d] = g_strdup ("");
      found += *headlines[d] != '\0';
    }
  if (found < 2)
    return out;
  for (guint d = 0; d < n; d++)
    {
      g_autofree char *own = NULL;

      if (*headlines[d] == '\0')
        continue;
      own = own_words (headlines, n, d);
      g_string_append_printf (answer, "%s%s: “%s”", answer->len ? "; " : "", _px_report_outlet (cmp, d), headlines[d]);
      if (*own)
        g_string_append_printf (answer, _(" (its own words: %s)"), own);
    }
  g_string_append (answer, ".");
  g_ptr_array_add (out, question_new (
    g_strdup (_("Compare the headlines. Which words does each headline use that the others do not, and what does "
                "each one stress?")),
    g_string_free (g_steal_pointer (&answer), FALSE)));
  return out;
}

static gboolean
has_word (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* What an altered occurrence changed, in words: "has “x” instead of “y”". */
static char *
describe_change (PxComparison *cmp, const PxQuoteOccurrence *ref, const PxQuoteOccurrence *o)
{
  g_autoptr(PxReportText) diff = px_report_text_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  guint said = 0;

  _px_report_append_quote_diff (diff, cmp, ref, o);
  for (guint i = 0; i < diff->runs->len && said < 3; i++)
    {
      const PxReportRun *run = &g_array_index (diff->runs, PxReportRun, i);
      g_autofree char *words = g_strstrip (g_strndup (diff->text + run->start, run->end - run->start));
      const PxReportRun *next = i + 1 < diff->runs->len ? &g_array_index (diff->runs, PxReportRun, i + 1) : NULL;

      /* A changed dash or comma is no question for a student. */
      if (!has_word (words))
        continue;
      g_autofree char *by = run->mark == PX_MARK_REPLACED && next && next->mark == PX_MARK_REPLACEMENT
                            ? g_strstrip (g_strndup (diff->text + next->start, next->end - next->start)) : NULL;

      /* Words replaced by a dash or a comma were left out. */
      if (by && has_word (by))
        {
          g_string_append_printf (out, _("%shas “%s” instead of “%s”"), said ? "; " : "", by, words);
          i++;
        }
      else if (run->mark == PX_MARK_REMOVED || run->mark == PX_MARK_REPLACED)
        g_string_append_printf (out, _("%sleaves out “%s”"), said ? "; " : "", words);
      else if (run->mark == PX_MARK_ADDED || run->mark == PX_MARK_REPLACEMENT)
        g_string_append_printf (out, _("%sadds “%s”"), said ? "; " : "", words);
      else
        continue;
      said++;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GPtrArray *
altered_quote_questions (PxComparison *cmp)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  GPtrArray *groups = px_comparison_get_quotes (cmp);

  for (guint g = 0; groups && g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      const PxQuoteOccurrence *ref = &g_array_index (group->occurrences, PxQuoteOccurrence, group->reference);
      g_autofree char *excerpt = NULL;
      g_autofree char *change = NULL;

      for (guint i = 0; i < group->occurrences->len && change == NULL; i++)
        {
          const PxQuoteOccurrence *o = &g_array_index (group->occurrences, PxQuoteOccurrence, i);

          if (o->match != PX_QUOTE_MATCH_VARIANT || group->coverage[o->document] != PX_QUOTE_ALTERED ||
              o->document == ref->document)
            continue;
          change = describe_change (cmp, ref, o);
          if (*change == '\0')
            {
              g_clear_pointer (&change, g_free);
              continue;
            }
          excerpt = _px_report_quote_excerpt (group, QUESTION_QUOTE_CHARS);
          g_ptr_array_add (out, question_new (
            g_strdup_printf (_("%s and %s both quote %s: %s. Which words differ between the two versions?"),
                             _px_report_outlet (cmp, ref->document), _px_report_outlet (cmp, o->document),
                             group->speaker ? group->speaker : _("someone"), excerpt),
            g_strdup_printf (_("%s: %s."), _px_report_outlet (cmp, o->document), change)));
        }
    }
  return out;
}

static GPtrArray *
trimmed_quote_questions (PxComparison *cmp)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  guint n = px_comparison_get_n_documents (cmp);
  g_autofree guint *docs = g_new (guint, MAX (n, 1));

  for (guint g = 0; groups && g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      g_autofree char *excerpt = NULL;
      g_autoptr(GString) answer = g_string_new (NULL);
      guint k = 0;

      for (guint d = 0; d < group->n_documents; d++)
        if (group->coverage[d] == PX_QUOTE_TRIMMED)
          docs[k++] = d;
      if (k == 0)
        continue;
      excerpt = _px_report_quote_excerpt (group, QUESTION_QUOTE_CHARS);
      append_outlets (answer, cmp, docs, k);
      g_string_append (answer, ".");
      g_ptr_array_add (out, question_new (
        g_strdup_printf (_("Which article quotes only part of what %s said: %s?"),
                         group->speaker ? group->speaker : _("someone"), excerpt),
        g_string_free (g_steal_pointer (&answer), FALSE)));
    }
  return out;
}

static GPtrArray *
similarity_questions (PxComparison *cmp)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  guint n = px_comparison_get_n_documents (cmp), a = 0, b = 1, odd = 0;
  double best = -1, lowest = 2;
  g_autofree char *best_percent = NULL;
  g_autofree char *lowest_percent = NULL;

  if (n < 3)
    return out;
  for (guint x = 0; x < n; x++)
    {
      double mean = 0;

      for (guint y = 0; y < n; y++)
        {
          double s = (px_comparison_get_similarity (cmp, x, y) + px_comparison_get_similarity (cmp, y, x)) / 2;

          if (y == x)
            continue;
          mean += s / (n - 1);
          if (y > x && s > best)
            best = s, a = x, b = y;
        }
      if (mean < lowest)
        lowest = mean, odd = x;
    }
  best_percent = px_similarity_percent (best);
  lowest_percent = px_similarity_percent (lowest);
  g_ptr_array_add (out, question_new (
    g_strdup (_("Which two articles share the most wording? Which article differs most from all the others?")),
    g_strdup_printf (_("%s and %s share the most (%s of their words); %s differs most (%s shared on average)."),
                     _px_report_outlet (cmp, a), _px_report_outlet (cmp, b), best_percent,
                     _px_report_outlet (cmp, odd), lowest_percent)));
  return out;
}

/* The questions for a handout of @comparison, in the order asked:
 * the makers take turns, so that a short handout still asks about
 * omissions, quotations and headlines alike. */
static GPtrArray *
make_questions (PxComparison *cmp, guint max)
{
  GPtrArray *(*makers[]) (PxComparison *) = {
    omission_questions, single_speaker_questions, headline_questions, altered_quote_questions,
    addition_questions, trimmed_quote_questions, similarity_questions,
  };
  GPtrArray *lists[G_N_ELEMENTS (makers)];
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  gboolean any = TRUE;

  for (guint m = 0; m < G_N_ELEMENTS (makers); m++)
    lists[m] = makers[m] (cmp);
  while (out->len < max && any)
    {
      any = FALSE;
      for (guint m = 0; m < G_N_ELEMENTS (makers) && out->len < max; m++)
        if (lists[m]->len > 0)
          {
            g_ptr_array_add (out, g_ptr_array_steal_index (lists[m], 0));
            any = TRUE;
          }
    }
  for (guint m = 0; m < G_N_ELEMENTS (makers); m++)
    g_ptr_array_unref (lists[m]);
  return out;
}

static guint
n_questions (const PxReportOptions *options)
{
  return options->n_questions ? options->n_questions : PX_REPORT_DEFAULT_QUESTIONS;
}

/* ---- Sections ---- */

static PxReportText *
article_text (PxComparison *cmp, guint d)
{
  PxDocument *doc = px_comparison_get_document (cmp, d);
  PxReportText *text = px_report_text_new ();
  guint number = 0;

  for (guint p = 0; p < px_document_get_n_paragraphs (doc); p++)
    {
      g_autofree char *para = NULL;
      g_autofree char *label = NULL;

      if (!shown_in_handout (cmp, d, p))
        continue;
      para = px_document_dup_paragraph_text (doc, p);
      label = g_strdup_printf ("[%u] ", ++number);
      if (number > 1)
        px_report_text_append (text, "\n", 1, PX_MARK_NONE);
      px_report_text_append (text, label, -1, PX_MARK_STRONG);
      px_report_text_append (text, para, -1, PX_MARK_NONE);
    }
  return text;
}

PxReportSection *
_px_report_build_handout_articles (PxComparison          *cmp,
                                   const PxReportOptions *options)
{
  PxReportSection *section = px_report_section_new (PX_SECTION_ARTICLES, "articles", _("The articles"));
  guint n = px_comparison_get_n_documents (cmp);
  PxReportBlock *block = g_new0 (PxReportBlock, 1);

  px_report_section_add_block (section, _px_report_paragraph (
    _("Read the articles below. Paragraphs are numbered in brackets, lines in the margin: use them to say where "
      "you found an answer."), PX_MARK_NOTE));
  block->kind = PX_BLOCK_ARTICLES;
  block->side_by_side = n <= PX_REPORT_MAX_SIDE_BY_SIDE;
  block->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) _px_report_entry_free);
  for (guint d = 0; d < n; d++)
    {
      PxReportEntry *entry = g_new0 (PxReportEntry, 1);
      PxDocument *doc = px_comparison_get_document (cmp, d);
      g_autofree char *date = px_document_get_date (doc) ? g_strdup (px_document_get_date (doc)) : px_report_find_date (cmp, d);

      entry->kind = PX_ENTRY_PLAIN;
      entry->outlet = g_strdup (_px_report_outlet (cmp, d));
      entry->label = date ? g_strdup_printf ("%u · %s · %s", d + 1, entry->outlet, date)
                          : g_strdup_printf ("%u · %s", d + 1, entry->outlet);
      entry->text = article_text (cmp, d);
      g_ptr_array_add (block->entries, entry);
    }
  px_report_section_add_block (section, block);
  return section;
}

PxReportSection *
_px_report_build_questions (PxComparison          *cmp,
                            const PxReportOptions *options)
{
  PxReportSection *section = px_report_section_new (PX_SECTION_QUESTIONS, "questions", _("Questions"));
  g_autoptr(GPtrArray) questions = make_questions (cmp, n_questions (options));

  section->new_page = TRUE;
  for (guint i = 0; i < questions->len; i++)
    {
      const Question *q = g_ptr_array_index (questions, i);
      g_autofree char *number = g_strdup_printf ("%u. ", i + 1);
      PxReportText *text = _px_report_text_new_with (number, PX_MARK_STRONG);

      px_report_text_append (text, q->question, -1, PX_MARK_NONE);
      /* Room to write the answer. */
      px_report_text_append (text, "\n\n\n\n", -1, PX_MARK_NONE);
      px_report_section_add_block (section, px_report_block_new_text (PX_BLOCK_PARAGRAPH, text));
    }
  if (questions->len == 0)
    px_report_section_add_block (section, _px_report_paragraph (
      _("The articles are too alike for questions: compare them paragraph by paragraph."), PX_MARK_NOTE));
  return section;
}

PxReportSection *
_px_report_build_answers (PxComparison          *cmp,
                          const PxReportOptions *options)
{
  PxReportSection *section = px_report_section_new (PX_SECTION_ANSWERS, "answers", _("Answer key"));
  g_autoptr(GPtrArray) questions = make_questions (cmp, n_questions (options));

  px_report_section_add_block (section, _px_report_paragraph (
    _("The handout's questions, answered from the comparison. Paragraph numbers are the handout's. The marked "
      "report follows."), PX_MARK_NOTE));
  for (guint i = 0; i < questions->len; i++)
    {
      const Question *q = g_ptr_array_index (questions, i);
      g_autofree char *number = g_strdup_printf ("%u. ", i + 1);
      PxReportText *text = _px_report_text_new_with (number, PX_MARK_STRONG);

      px_report_text_append (text, q->question, -1, PX_MARK_NONE);
      px_report_text_append (text, "\n", 1, PX_MARK_NONE);
      px_report_text_append (text, _("Answer: "), -1, PX_MARK_STRONG);
      px_report_text_append (text, q->answer, -1, PX_MARK_NONE);
      px_report_section_add_block (section, px_report_block_new_text (PX_BLOCK_PARAGRAPH, text));
    }
  return section;
}
