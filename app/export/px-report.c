/* px-report.c: a comparison as a document to publish: the model
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds the sections every writer shares: cover, sources, summary,
 * legend and aligned text.  The writers (px-report-pdf.c,
 * px-report-html.c) only ever see the blocks made here.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "px-quotes.h"
#include "px-report-private.h"
#include "px-report-source.h"

/* ---- Marked text ---- */

PxReportText *
px_report_text_new (void)
{
  PxReportText *self = g_new0 (PxReportText, 1);

  self->text = g_strdup ("");
  self->runs = g_array_new (FALSE, FALSE, sizeof (PxReportRun));
  return self;
}

void
px_report_text_free (PxReportText *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_array_unref (self->runs);
  g_free (self->link);
  g_free (self);
}

void
px_report_text_append (PxReportText *self,
                       const char   *text,
                       gssize        len,
                       PxMark        mark)
{
  gsize old_len;
  PxReportRun *last;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  if (len < 0)
    len = strlen (text);
  if (len == 0)
    return;
  old_len = strlen (self->text);
  self->text = g_realloc (self->text, old_len + len + 1);
  memcpy (self->text + old_len, text, len);
  self->text[old_len + len] = '\0';

  /* Runs of one mark are merged so that writers make fewer spans. */
  last = self->runs->len ? &g_array_index (self->runs, PxReportRun, self->runs->len - 1) : NULL;
  if (last && last->mark == mark && last->end == old_len)
    last->end = old_len + len;
  else
    {
      PxReportRun run = { old_len, old_len + len, mark };
      g_array_append_val (self->runs, run);
    }
}

PxReportText *
_px_report_text_new_with (const char *text,
                          PxMark      mark)
{
  PxReportText *self = px_report_text_new ();

  px_report_text_append (self, text, -1, mark);
  return self;
}

/* ---- Blocks and sections ---- */

PxReportBlock *
px_report_block_new_text (PxBlockKind   kind,
                          PxReportText *text)
{
  PxReportBlock *self;

  g_return_val_if_fail (kind == PX_BLOCK_TITLE || kind == PX_BLOCK_PARAGRAPH, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (PxReportBlock, 1);
  self->kind = kind;
  self->text = text;
  return self;
}

PxReportBlock *
px_report_block_new_table (guint        n_columns,
                           const char **header)
{
  PxReportBlock *self;

  g_return_val_if_fail (n_columns > 0 && n_columns <= 32, NULL);

  self = g_new0 (PxReportBlock, 1);
  self->kind = PX_BLOCK_TABLE;
  self->n_columns = n_columns;
  self->header = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (self->header, g_strdup (header ? header[i] : ""));
  self->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) px_report_text_free);
  return self;
}

void
px_report_block_add_row (PxReportBlock *table,
                         PxReportText **cells)
{
  g_return_if_fail (table != NULL && table->kind == PX_BLOCK_TABLE);

  for (guint i = 0; i < table->n_columns; i++)
    g_ptr_array_add (table->cells, cells[i] ? cells[i] : px_report_text_new ());
}

void
_px_report_entry_free (PxReportEntry *entry)
{
  g_free (entry->outlet);
  g_free (entry->label);
  px_report_text_free (entry->text);
  g_free (entry);
}

void
px_report_block_free (PxReportBlock *self)
{
  if (self == NULL)
    return;
  px_report_text_free (self->text);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_free (self->values);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self->anchor);
  g_free (self);
}

PxReportSection *
px_report_section_new (PxSectionKind  kind,
                       const char    *id,
                       const char    *title)
{
  PxReportSection *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_new0 (PxReportSection, 1);
  self->kind = kind;
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) px_report_block_free);
  return self;
}

void
px_report_section_add_block (PxReportSection *self,
                             PxReportBlock   *block)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (block != NULL);

  g_ptr_array_add (self->blocks, block);
}

void
px_report_section_free (PxReportSection *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->title);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_ptr_array_unref (self->blocks);
  g_free (self);
}

void
px_report_free (PxReport *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->subtitle);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_ptr_array_unref (self->sections);
  g_free (self);
}

PxReportSection *
px_report_find_section (PxReport      *self,
                        PxSectionKind  kind)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      PxReportSection *section = g_ptr_array_index (self->sections, i);

      if (section->kind == kind)
        return section;
    }
  return NULL;
}

void
px_report_insert_section (PxReport        *self,
                          PxReportSection *section,
                          PxSectionKind    before)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (section != NULL);

  for (guint i = 0; i < self->sections->len; i++)
    if (((PxReportSection *) g_ptr_array_index (self->sections, i))->kind == before)
      {
        g_ptr_array_insert (self->sections, i, section);
        return;
      }
  g_ptr_array_add (self->sections, section);
}

/* ---- Dates stated in articles ---- */

/* Only the top of an article and only short lines: a date in running
 * text is an event's date, not the article's. */
#define DATE_SEARCH_PARAGRAPHS 12
#define DATE_LINE_MAX_BYTES 160

static GRegex *
date_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      GRegex *r = g_regex_new (
        "\\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
        "|\\d{1,2}\\.?\\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?,?\\s+\\d{4}"
        "|\\d{4}-\\d{2}-\\d{2})\\b",
        G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&regex, r);
    }
  return regex;
}

char *
px_report_find_date (PxComparison *comparison,
                     guint         document)
{
  PxDocument *doc;
  guint n;

  g_return_val_if_fail (PX_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (document < px_comparison_get_n_documents (comparison), NULL);

  doc = px_comparison_get_document (comparison, document);
  n = MIN (px_document_get_n_paragraphs (doc), DATE_SEARCH_PARAGRAPHS);
  for (guint p = 0; p < n; p++)
    {
      const PxParagraph *para = px_document_get_paragraph (doc, p);
      g_autofree char *text = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (para->end - para->start > DATE_LINE_MAX_BYTES)
        continue;
      text = px_document_dup_paragraph_text (doc, p);
      if (g_regex_match (date_regex (), text, 0, &match))
        return g_match_info_fetch (match, 0);
    }
  return NULL;
}

/* ---- Building the sections ---- */

/* The outlet's name as the report shows it.  Two articles from one
 * outlet (a web page and its print text, say) get their number added,
 * or "Same in: CNN" could mean either. */
const char *
_px_report_outlet (PxComparison *cmp,
                   guint         d)
{
  const char *name = px_document_get_outlet (px_comparison_get_document (cmp, d));
  g_autofree char *numbered = NULL;

  for (guint e = 0; e < px_comparison_get_n_documents (cmp); e++)
    if (e != d && g_strcmp0 (name, px_document_get_outlet (px_comparison_get_document (cmp, e))) == 0)
      {
        numbered = g_strdup_printf ("%s (%u)", name, d + 1);
        /* Labels live as long as reports do; interning keeps them
         * without an owner to free them. */
        return g_intern_string (numbered);
      }
  return name;
}

/* A title for an article without a headline: its opening words, cut
 * at a word boundary. */
#define OPENING_MAX_CHARS 110

char *
_px_report_opening_words (const char *text,
                          guint       max_chars)
{
  const char *cut, *space;
  g_autofree char *head = NULL;

  /* A list's bullet or a dash is no word of the text. */
  while (*text && (g_unichar_isspace (g_utf8_get_char (text)) || strchr ("-*", *text) ||
                   g_utf8_get_char (text) == 0x2022 || g_utf8_get_char (text) == 0x2013 ||
                   g_utf8_get_char (text) == 0x2014))
    text = g_utf8_next_char (text);
  if (g_utf8_strlen (text, -1) <= max_chars)
    return g_strdup (text);
  cut = g_utf8_offset_to_pointer (text, max_chars);
  space = cut;
  while (space > text && *space != ' ')
    space--;
  if (space - text > max_chars / 2)
    cut = space;
  head = g_strndup (text, cut - text);
  return g_strconcat (head, "…", NULL);
}

PxReportBlock *
_px_report_paragraph (const char *text,
                      PxMark      mark)
{
  return px_report_block_new_text (PX_BLOCK_PARAGRAPH, _px_report_text_new_with (text, mark));
}

/* A quotation mark of any script's style: “ ” ‘ ’ „ ‚ « » ‹ › " ' 「 」
 * 『 』 and the full-width ones. */
static gboolean
is_quotation_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return c == '"' || c == '\'' || c == 0x201A || c == 0x201E || c == 0x201F || c == 0x201B ||
         (c >= 0x300C && c <= 0x300F) || c == 0xFF02 || c == 0xFF07 ||
         type == G_UNICODE_INITIAL_PUNCTUATION || type == G_UNICODE_FINAL_PUNCTUATION;
}

char *
_px_report_quoted_opening (const char *text,
                           guint       max_chars)
{
  g_autoptr(GString) out = g_string_new ("“");
  g_autofree char *cut = NULL;
  gboolean stripped = FALSE;
  gunichar prev = 0;

  /* The report's own marks go around the excerpt: the paragraph's
   * opening mark, and the mark that closes it, would double them
   * (“"We chose…”). */
  while (*text && (is_quotation_mark (g_utf8_get_char (text)) || g_unichar_isspace (g_utf8_get_char (text))))
    {
      stripped |= is_quotation_mark (g_utf8_get_char (text));
      text = g_utf8_next_char (text);
    }
  cut = _px_report_opening_words (text, max_chars);
  for (const char *p = cut; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p), next = g_utf8_get_char (g_utf8_next_char (p));

      /* The first mark not between two letters (an apostrophe is) closes
       * the quotation the paragraph opened. */
      if (stripped && is_quotation_mark (c) && !(g_unichar_isalnum (prev) && g_unichar_isalnum (next)))
        {
          stripped = FALSE;
          /* French sets a space inside its marks: « Nous » */
          if (g_unichar_isspace (prev) || prev == 0x202F)
            g_string_truncate (out, g_utf8_find_prev_char (out->str, out->str + out->len) - out->str);
        }
      else
        g_string_append_unichar (out, c);
      prev = c;
    }
  g_string_append (out, "”");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
_px_report_quote_excerpt (const PxQuoteGroup *group,
                          guint               max_chars)
{
  const PxQuoteOccurrence *ref = &g_array_index (group->occurrences, PxQuoteOccurrence, group->reference);

  return _px_report_quoted_opening (ref->text, max_chars);
}

/* The event's name: the reference's headline, else the first other
 * article's headline, else the reference's opening words. */
static char *
default_title (PxComparison *cmp)
{
  guint ref = px_comparison_get_reference (cmp);
  PxDocument *doc = px_comparison_get_document (cmp, ref);
  int headline = px_comparison_get_headline (cmp, ref);

  if (headline >= 0)
    return px_document_dup_paragraph_text (doc, headline);
  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    if ((headline = px_comparison_get_headline (cmp, d)) >= 0)
      return px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), headline);
  if (px_document_get_title (doc) && *px_document_get_title (doc))
    return _px_report_opening_words (px_document_get_title (doc), OPENING_MAX_CHARS);
  return g_strdup (_("Comparison of articles"));
}

static PxReportSection *
build_cover (PxReport *report)
{
  PxReportSection *section = px_report_section_new (PX_SECTION_COVER, "cover", NULL);

  px_report_section_add_block (section, px_report_block_new_text (PX_BLOCK_TITLE, _px_report_text_new_with (report->title, PX_MARK_NONE)));
  px_report_section_add_block (section, px_report_block_new_text (PX_BLOCK_PARAGRAPH, _px_report_text_new_with (report->subtitle, PX_MARK_NONE)));
  return section;
}

/* Struck and underlined words come from two texts: where one ends and
 * the next begins between two letters, the space that parted them may
 * sit in the other text.  Put one back, or "thinking" and a struck
 * "and" read as "thinkingand" once copied or searched.  Scripts written
 * without spaces (wide CJK characters) are left alone. */
static void
separate_words (PxReportText *out, const char *next)
{
  gsize len = strlen (out->text);
  const char *last;
  gunichar a, b;

  if (len == 0 || *next == '\0')
    return;
  last = g_utf8_find_prev_char (out->text, out->text + len);
  a = g_utf8_get_char (last);
  b = g_utf8_get_char (next);
  if (g_unichar_isalnum (a) && g_unichar_isalnum (b) && !g_unichar_iswide (a) && !g_unichar_iswide (b))
    px_report_text_append (out, " ", 1, PX_MARK_NONE);
}

/* The words of @doc's paragraph marked against the reference's.  A
 * rewrite (px_diff_is_rewrite()) leaves the reference's words out, as
 * the window does until asked: the reference's own cell shows them, and
 * struck through once for every outlet they would bury the outlet's
 * words.  @stats is set to what the outlet kept. */
static PxReportText *
diff_text (PxComparison *cmp, guint row, guint d, PxDiffFlags flags, PxDiffStats *stats)
{
  guint ref = px_comparison_get_reference (cmp);
  const PxCell *cells = px_comparison_get_row (cmp, row);
  g_autofree char *old_text = px_document_dup_paragraph_text (px_comparison_get_document (cmp, ref), cells[ref].paragraph);
  g_autofree char *new_text = px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), cells[d].paragraph);
  PxDiffOptions options = { px_comparison_get_row_flags (cmp, row, flags) | PX_DIFF_IGNORE_SPACE, FALSE, 0 };
  g_autoptr(GArray) ops = px_diff (old_text, strlen (old_text), new_text, strlen (new_text), &options);
  PxReportText *out = px_report_text_new ();
  gboolean rewrite;

  px_diff_get_stats (ops, old_text, new_text, stats);
  rewrite = px_diff_is_rewrite (stats);
  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);

      if (op->type == PX_DIFF_DELETE && rewrite)
        continue;
      if (op->type == PX_DIFF_EQUAL)
        {
          separate_words (out, new_text + op->new_start);
          px_report_text_append (out, new_text + op->new_start, op->new_end - op->new_start, PX_MARK_NONE);
          continue;
        }
      if (op->type == PX_DIFF_DELETE)
        separate_words (out, old_text + op->old_start);
      else
        separate_words (out, new_text + op->new_start);
      /* Words dropped right before words added were replaced by them. */
      if (op->type == PX_DIFF_DELETE)
        px_report_text_append (out, old_text + op->old_start, op->old_end - op->old_start,
                               i + 1 < ops->len && g_array_index (ops, PxDiffOp, i + 1).type == PX_DIFF_INSERT
                               ? PX_MARK_REPLACED : PX_MARK_REMOVED);
      else
        px_report_text_append (out, new_text + op->new_start, op->new_end - op->new_start,
                               i > 0 && g_array_index (ops, PxDiffOp, i - 1).type == PX_DIFF_DELETE
                               ? PX_MARK_REPLACEMENT : PX_MARK_ADDED);
    }
  return out;
}

static void
add_label (GString *labels, const char *label)
{
  if (labels->len)
    g_string_append (labels, " · ");
  g_string_append (labels, label);
}

static PxReportText *
paragraph_text (PxComparison *cmp, guint d, guint p)
{
  g_autofree char *text = px_document_dup_paragraph_text (px_comparison_get_document (cmp, d), p);

  return _px_report_text_new_with (text, PX_MARK_NONE);
}

static PxReportText *
omitted_text (PxComparison *cmp, guint row)
{
  guint ref = px_comparison_get_reference (cmp);
  const PxCell *cells = px_comparison_get_row (cmp, row);
  const PxParagraph *p = px_document_get_paragraph (px_comparison_get_document (cmp, ref), cells[ref].paragraph);
  g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Leaves out the reference's %u word here.",
                                                        "Leaves out the reference's %u words here.", p->n_words),
                                           p->n_words);

  return _px_report_text_new_with (note, PX_MARK_NOTE);
}

/* One column of a row: what @d has where the reference has its cell. */
/* The aligned text shows the reference and the outlets: a primary
 * source's paragraphs stand in its own section (px-report-source.c). */
static gboolean
is_aligned (PxComparison *cmp, guint d)
{
  return d == px_comparison_get_reference (cmp) || px_comparison_is_outlet (cmp, d);
}

static guint
n_aligned (PxComparison *cmp)
{
  guint n = 0;

  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    n += is_aligned (cmp, d);
  return n;
}

/* Whether any article shown in the aligned text has a paragraph in the row. */
static gboolean
row_is_aligned (PxComparison *cmp, guint row)
{
  const PxCell *cells = px_comparison_get_row (cmp, row);

  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    if (cells[d].paragraph >= 0 && is_aligned (cmp, d))
      return TRUE;
  return FALSE;
}

static PxReportEntry *
build_entry (PxComparison *cmp, guint row, guint d, PxDiffFlags flags)
{
  guint ref = px_comparison_get_reference (cmp);
  const PxCell *cells = px_comparison_get_row (cmp, row);
  PxReportEntry *entry = g_new0 (PxReportEntry, 1);
  g_autoptr(GString) labels = g_string_new (NULL);

  entry->outlet = g_strdup (_px_report_outlet (cmp, d));
  if (cells[d].paragraph < 0)
    {
      entry->kind = cells[ref].paragraph < 0 ? PX_ENTRY_EMPTY : PX_ENTRY_OMITTED;
      if (entry->kind == PX_ENTRY_OMITTED)
        {
          entry->label = g_strdup (_("omitted"));
          entry->text = omitted_text (cmp, row);
        }
      return entry;
    }

  if (d == ref)
    {
      entry->kind = PX_ENTRY_REFERENCE;
      /* Side by side the column says which is the reference. */
      if (n_aligned (cmp) > PX_REPORT_MAX_SIDE_BY_SIDE)
        add_label (labels, _("reference"));
      entry->text = paragraph_text (cmp, d, cells[d].paragraph);
    }
  else if (cells[ref].paragraph < 0)
    {
      entry->kind = PX_ENTRY_ADDED;
      add_label (labels, _("added paragraph"));
      entry->text = paragraph_text (cmp, d, cells[d].paragraph);
    }
  else if (px_comparison_cell_changed (cmp, row, d))
    {
      PxDiffStats stats;

      entry->kind = PX_ENTRY_CHANGED;
      entry->text = diff_text (cmp, row, d, flags, &stats);
      if (px_diff_is_rewrite (&stats))
        {
          /* Translators: a paragraph written anew; %u of %u are the
           * reference's words it kept and all of them */
          g_autofree char *rewritten = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "rewritten: keeps %u of %u word",
                                                                     "rewritten: keeps %u of %u words", stats.old_words),
                                                        (guint) stats.kept_words, (guint) stats.old_words);
          add_label (labels, rewritten);
        }
      else
        add_label (labels, _("changed"));
    }
  else
    {
      entry->kind = PX_ENTRY_PLAIN;
      entry->text = paragraph_text (cmp, d, cells[d].paragraph);
    }

  if (cells[d].flags & PX_CELL_MOVED)
    add_label (labels, _("moved"));
  if (cells[d].flags & PX_CELL_CONTINUATION)
    add_label (labels, _("continued"));
  if (px_comparison_is_furniture (cmp, d, cells[d].paragraph))
    add_label (labels, _("page furniture"));
  if (labels->len)
    entry->label = g_strdup (labels->str);
  return entry;
}

static gboolean
row_is_furniture (PxComparison *cmp, guint row)
{
  const PxCell *cells = px_comparison_get_row (cmp, row);

  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    if (cells[d].paragraph >= 0 && !px_comparison_is_furniture (cmp, d, cells[d].paragraph))
      return FALSE;
  return TRUE;
}

static PxReportBlock *
row_block_new (gboolean side_by_side)
{
  PxReportBlock *block = g_new0 (PxReportBlock, 1);

  block->kind = PX_BLOCK_ROW;
  block->side_by_side = side_by_side;
  block->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) _px_report_entry_free);
  return block;
}

/* Beyond three articles the columns would be too narrow to read: the
 * reference's paragraph comes first, then each outlet that differs
 * from it, then one line naming the outlets that agree or omit it. */
static PxReportBlock *
build_stacked_row (PxComparison *cmp, guint row, PxDiffFlags flags)
{
  PxReportBlock *block = row_block_new (FALSE);
  guint ref = px_comparison_get_reference (cmp);
  g_autoptr(GPtrArray) same = g_ptr_array_new ();
  g_autoptr(GPtrArray) omitted = g_ptr_array_new ();
  g_autoptr(GString) note = g_string_new (NULL);
  PxReportEntry *entry;

  entry = build_entry (cmp, row, ref, flags);
  /* A row of paragraphs only other outlets have starts with theirs. */
  if (entry->kind == PX_ENTRY_EMPTY)
    _px_report_entry_free (entry);
  else
    g_ptr_array_add (block->entries, entry);
  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    {
      if (d == ref || !is_aligned (cmp, d))
        continue;
      entry = build_entry (cmp, row, d, flags);
      if (entry->kind == PX_ENTRY_OMITTED)
        g_ptr_array_add (omitted, (gpointer) _px_report_outlet (cmp, d));
      else if (entry->kind == PX_ENTRY_PLAIN && entry->label == NULL)
        g_ptr_array_add (same, (gpointer) _px_report_outlet (cmp, d));
      if (entry->kind == PX_ENTRY_OMITTED || entry->kind == PX_ENTRY_EMPTY ||
          (entry->kind == PX_ENTRY_PLAIN && entry->label == NULL))
        _px_report_entry_free (entry);
      else
        g_ptr_array_add (block->entries, entry);
    }

  for (guint i = 0; i < same->len; i++)
    g_string_append_printf (note, "%s%s", i ? ", " : _("Same in: "), (char *) same->pdata[i]);
  if (same->len && omitted->len)
    g_string_append (note, "  ");
  for (guint i = 0; i < omitted->len; i++)
    g_string_append_printf (note, "%s%s", i ? ", " : _("Omitted by: "), (char *) omitted->pdata[i]);
  if (note->len)
    {
      entry = g_new0 (PxReportEntry, 1);

      entry->kind = omitted->len ? PX_ENTRY_OMITTED : PX_ENTRY_PLAIN;
      entry->text = _px_report_text_new_with (note->str, PX_MARK_NOTE);
      g_ptr_array_add (block->entries, entry);
    }
  return block;
}

static PxReportSection *
build_aligned (PxComparison *cmp, const PxReportOptions *options)
{
  PxDiffFlags flags = options->flags;
  PxReportSection *section = px_report_section_new (PX_SECTION_ALIGNED, "aligned", _("Aligned text"));
  guint n = px_comparison_get_n_documents (cmp);
  gboolean side_by_side = n_aligned (cmp) <= PX_REPORT_MAX_SIDE_BY_SIDE;
  guint skipped = 0;

  section->new_page = TRUE;
  if (side_by_side)
    {
      section->columns = g_ptr_array_new_with_free_func (g_free);
      for (guint d = 0; d < n; d++)
        if (is_aligned (cmp, d))
          g_ptr_array_add (section->columns, g_strdup (_px_report_outlet (cmp, d)));
    }

  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    {
      PxReportBlock *block, *note;

      if (!row_is_aligned (cmp, r))
        continue;
      /* Navigation and share buttons that only one web page carries are
       * not part of any story; they are counted, not shown. */
      if (row_is_furniture (cmp, r))
        {
          skipped++;
          continue;
        }
      if (side_by_side)
        {
          block = row_block_new (TRUE);
          for (guint d = 0; d < n; d++)
            if (is_aligned (cmp, d))
              g_ptr_array_add (block->entries, build_entry (cmp, r, d, flags));
        }
      else
        block = build_stacked_row (cmp, r, flags);
      px_report_section_add_block (section, block);
      note = _px_report_note_block (_px_report_row_note (options, cmp, r));
      if (note)
        px_report_section_add_block (section, note);
    }

  if (skipped)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u row of page furniture (navigation, time stamps, share buttons) is left out.",
                                                            "%u rows of page furniture (navigation, time stamps, share buttons) are left out.",
                                                            skipped), skipped);
      px_report_section_add_block (section, px_report_block_new_text (PX_BLOCK_PARAGRAPH, _px_report_text_new_with (note, PX_MARK_NOTE)));
    }
  return section;
}

/* The report in reading order, after the cover: page 1 (the articles,
 * the summary in words with the heat map, the legend), the quotation
 * grid, the aligned text.  A new section is one more line here. */
static const PxReportSectionFunc sections[] = {
  _px_report_build_sources,
  _px_report_build_summary,
  _px_report_build_legend,
  _px_report_build_word_choice,
  _px_report_build_quote_grid,
  build_aligned,
};

/* A handout: the articles unmarked, then the questions.  Its answer
 * key: the answers, then the report above. */
static const PxReportSectionFunc handout_sections[] = {
  _px_report_build_handout_articles,
  _px_report_build_questions,
};

static const PxReportSectionFunc answer_sections[] = {
  _px_report_build_answers,
};

static void
add_sections (PxReport                  *self,
              const PxReportSectionFunc *funcs,
              guint                      n,
              PxComparison              *comparison,
              const PxReportOptions     *options)
{
  for (guint i = 0; i < n; i++)
    {
      PxReportSection *section = funcs[i] (comparison, options);
      PxReportSection *last = self->sections->len ? g_ptr_array_index (self->sections, self->sections->len - 1) : NULL;

      if (section == NULL)
        continue;
      /* The Word Choice table starts page 2 and is short (ten sets at
       * most): the quotation grid follows on the same page rather than
       * leave it mostly blank. */
      if (last && last->kind == PX_SECTION_WORD_CHOICE)
        section->new_page = FALSE;
      g_ptr_array_add (self->sections, section);
    }
}

static GDateTime *
default_created (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds;

  /* Reproducible builds of documents: the same input, the same file. */
  if (epoch && g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc (seconds);
  return g_date_time_new_now_local ();
}

PxReport *
px_report_new_from_comparison (PxComparison          *comparison,
                               const PxReportOptions *options)
{
  PxReportOptions defaults = { 0 };
  PxReport *self;
  guint n;
  g_autofree char *when = NULL;

  g_return_val_if_fail (PX_IS_COMPARISON (comparison), NULL);

  if (options == NULL)
    options = &defaults;
  n = px_comparison_get_n_documents (comparison);
  self = g_new0 (PxReport, 1);
  self->title = options->title && *options->title ? g_strdup (options->title) : default_title (comparison);
  self->created = options->created ? g_date_time_ref (options->created) : default_created ();
  self->scheme = options->scheme & ~PX_MARK_SCHEME_DARK;
  when = g_date_time_format (self->created, "%Y-%m-%d");
  self->subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%u article compared word by word against %s. Made with Parallax on %s.",
                                                 "%u articles compared word by word against %s. Made with Parallax on %s.",
                                                 n_aligned (comparison)),
                                    n_aligned (comparison), _px_report_outlet (comparison, px_comparison_get_reference (comparison)), when);
  if (options->kind == PX_REPORT_KIND_HANDOUT)
    {
      g_free (self->subtitle);
      self->subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%u article about one event. Read it, then answer the questions at the end.",
                                                     "%u articles about one event. Read them, then answer the questions at the end.", n), n);
    }
  else if (options->kind == PX_REPORT_KIND_ANSWER_KEY)
    {
      g_autofree char *report = g_steal_pointer (&self->subtitle);

      self->subtitle = g_strconcat (_("Answer key. "), report, NULL);
    }
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) px_report_section_free);
  g_ptr_array_add (self->sections, build_cover (self));
  switch (options->kind)
    {
    case PX_REPORT_KIND_HANDOUT:
      add_sections (self, handout_sections, G_N_ELEMENTS (handout_sections), comparison, options);
      break;
    case PX_REPORT_KIND_ANSWER_KEY:
      add_sections (self, answer_sections, G_N_ELEMENTS (answer_sections), comparison, options);
      add_sections (self, sections, G_N_ELEMENTS (sections), comparison, options);
      px_report_add_source_section (self, comparison);
      break;
    case PX_REPORT_KIND_REPORT:
    default:
      add_sections (self, sections, G_N_ELEMENTS (sections), comparison, options);
      px_report_add_source_section (self, comparison);
      break;
    }
  return self;
}

