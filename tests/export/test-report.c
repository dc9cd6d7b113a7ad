/* test-report.c: reports as PDF and HTML, checked with poppler-utils and libxml2
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "px-export-json.h"
#include "px-import.h"
#include "px-report.h"

/* ---- Helpers ---- */

static PxComparison *
compare_files (const char *dir, const char * const *names)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  PxCompareOptions options = { 0 };

  for (guint i = 0; names[i]; i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      PxDocument *doc = px_import_file (file, NULL, &error);

      g_assert_no_error (error);
      px_document_set_source (doc, path);
      g_ptr_array_add (docs, doc);
    }
  return px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
}

static PxComparison *
compare_samples (void)
{
  const char *names[] = { "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", "5-cnsnews.txt", NULL };

  return compare_files (g_getenv ("PARALLAX_SAMPLES"), names);
}

static PxComparison *
compare_texts (const char * const *texts)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  PxCompareOptions options = { 0 };

  for (guint i = 0; texts[i]; i++)
    {
      g_autofree char *outlet = g_strdup_printf ("Outlet %c", 'A' + i);

      g_ptr_array_add (docs, px_document_new (texts[i], -1, outlet));
    }
  return px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
}

/* Runs a poppler tool on @pdf and returns its standard output. */
static char *
poppler (const char *tool, const char *pdf)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;
  const char *argv[] = { program, pdf, "-", NULL };

  g_assert_nonnull (program);
  /* pdfinfo and pdffonts take the file alone; pdftotext writes to "-". */
  if (!g_str_equal (tool, "pdftotext"))
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* pdftotext of pages @first to @last (from 1). */
static char *
pdf_pages_text (const char *pdf, guint first, guint last)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *f = g_strdup_printf ("%u", first), *l = g_strdup_printf ("%u", last);
  const char *argv[] = { program, "-f", f, "-l", l, pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_nonnull (program);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *program = g_find_program_in_path ("pdfinfo");

  if (program == NULL)
    g_test_skip ("poppler-utils is not installed");
  return program != NULL;
}

/* Text with every run of white space made one space, for searching
 * text that pdftotext breaks over lines. */
static char *
squash_space (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static char *
write_pdf (PxReport *report, PxPaper paper, gboolean landscape, const char *dir, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = px_report_to_pdf (report, paper, landscape, &error);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_true (px_report_write_file (path, bytes, &error));
  g_assert_no_error (error);
  return path;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

/* The first words a changed entry strikes through, from the model. */
static char *
first_removed_words (PxReport *report)
{
  PxReportSection *aligned = px_report_find_section (report, PX_SECTION_ALIGNED);

  for (guint b = 0; b < aligned->blocks->len; b++)
    {
      PxReportBlock *block = g_ptr_array_index (aligned->blocks, b);

      for (guint e = 0; block->entries && e < block->entries->len; e++)
        {
          PxReportEntry *entry = g_ptr_array_index (block->entries, e);

          if (entry->kind != PX_ENTRY_CHANGED)
            continue;
          for (guint r = 0; r < entry->text->runs->len; r++)
            {
              PxReportRun *run = &g_array_index (entry->text->runs, PxReportRun, r);
              g_autofree char *words = g_strndup (entry->text->text + run->start, run->end - run->start);

              g_strstrip (words);
              if (run->mark == PX_MARK_REMOVED && g_utf8_strlen (words, -1) >= 4 && !strchr (words, '\n'))
                return g_steal_pointer (&words);
            }
        }
    }
  return NULL;
}

/* ---- The model ---- */

static void
test_model_sections (void)
{
  g_autoptr(PxComparison) cmp = compare_samples ();
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
  const PxSectionKind order[] = { PX_SECTION_COVER, PX_SECTION_SOURCES, PX_SECTION_SUMMARY, PX_SECTION_LEGEND,
                                  PX_SECTION_WORD_CHOICE, PX_SECTION_QUOTES, PX_SECTION_ALIGNED };
  PxReportSection *sources, *aligned, *quotes;
  PxReportBlock *table;
  int headline = px_comparison_get_headline (cmp, 0);
  g_autofree char *expected_title = px_document_dup_paragraph_text (px_comparison_get_document (cmp, 0), headline);

  g_assert_cmpint (headline, >=, 0);
  g_assert_cmpstr (report->title, ==, expected_title);
  g_assert_cmpuint (report->sections->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpint (((PxReportSection *) g_ptr_array_index (report->sections, i))->kind, ==, order[i]);

  sources = px_report_find_section (report, PX_SECTION_SOURCES);
  table = g_ptr_array_index (sources->blocks, 0);
  g_assert_cmpint (table->kind, ==, PX_BLOCK_TABLE);
  g_assert_cmpuint (table->cells->len, ==, 5 * table->n_columns);

  /* The quotation grid: a column per outlet, a row per quotation the
   * articles carry differently, each altered cell linked to a block
   * with the altered words marked. */
  quotes = px_report_find_section (report, PX_SECTION_QUOTES);
  table = NULL;
  for (guint b = 0; b < quotes->blocks->len && table == NULL; b++)
    if (((PxReportBlock *) g_ptr_array_index (quotes->blocks, b))->kind == PX_BLOCK_TABLE)
      table = g_ptr_array_index (quotes->blocks, b);
  g_assert_nonnull (table);
  g_assert_cmpuint (table->n_columns, ==, 3 + px_comparison_get_n_documents (cmp));
  for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
    g_assert_true (g_str_has_prefix (g_ptr_array_index (table->header, 3 + d),
                                     px_document_get_outlet (px_comparison_get_document (cmp, d))));
  {
    GPtrArray *groups = px_comparison_get_quotes (cmp);
    guint differing = 0, links = 0;
    gboolean struck = FALSE, underlined = FALSE;

    for (guint g = 0; g < groups->len; g++)
      {
        const PxQuoteGroup *group = g_ptr_array_index (groups, g);

        for (guint d = 1; d < group->n_documents; d++)
          if (group->coverage[d] != group->coverage[0])
            {
              differing++;
              break;
            }
      }
    g_assert_cmpuint (table->cells->len, ==, differing * table->n_columns);
    for (guint c = 0; c < table->cells->len; c++)
      {
        PxReportText *cell = g_ptr_array_index (table->cells, c);
        gboolean found = FALSE;

        if (c % table->n_columns < 3)
          continue;
        /* One symbol a cell, and only altered ones link. */
        g_assert_cmpuint (cell->runs->len, ==, 1);
        g_assert_cmpint (g_array_index (cell->runs, PxReportRun, 0).mark, ==, PX_MARK_SYMBOL);
        g_assert_true ((cell->link != NULL) == g_str_equal (cell->text, "◆"));
        if (cell->link == NULL)
          continue;
        links++;
        for (guint b = 0; b < quotes->blocks->len; b++)
          {
            PxReportBlock *block = g_ptr_array_index (quotes->blocks, b);

            if (g_strcmp0 (block->anchor, cell->link) != 0)
              continue;
            found = TRUE;
            for (guint r = 0; r < block->text->runs->len; r++)
              {
                PxMark mark = g_array_index (block->text->runs, PxReportRun, r).mark;

                struck |= mark == PX_MARK_REMOVED || mark == PX_MARK_REPLACED;
                underlined |= mark == PX_MARK_ADDED || mark == PX_MARK_REPLACEMENT;
              }
          }
        g_assert_true (found);
      }
    g_assert_cmpuint (links, >, 0);
    g_assert_true (struck && underlined);
  }

  /* More than three articles: stacked, the reference first in each row. */
  aligned = px_report_find_section (report, PX_SECTION_ALIGNED);
  g_assert_null (aligned->columns);
  for (guint b = 0; b < aligned->blocks->len; b++)
    {
      PxReportBlock *block = g_ptr_array_index (aligned->blocks, b);

      if (block->kind == PX_BLOCK_ROW)
        g_assert_false (block->side_by_side);
    }
}

static void
test_model_side_by_side (void)
{
  const char *texts[] = {
    "The mayor opened the new bridge on Monday.\n\nIt cost thirty million.\n\nTraffic will ease.",
    "The mayor opened the bridge on Monday morning.\n\nTraffic will ease.",
    "The mayor opened the new bridge on Monday.\n\nIt cost thirty million.\n\nTraffic will ease.\n\nResidents cheered.",
    NULL,
  };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  PxReportOptions options = { "Bridge", NULL, 0 };
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, &options);
  PxReportSection *aligned = px_report_find_section (report, PX_SECTION_ALIGNED);
  guint changed = 0, omitted = 0, added = 0;

  g_assert_cmpstr (report->title, ==, "Bridge");
  g_assert_nonnull (aligned->columns);
  g_assert_cmpuint (aligned->columns->len, ==, 3);
  for (guint b = 0; b < aligned->blocks->len; b++)
    {
      PxReportBlock *block = g_ptr_array_index (aligned->blocks, b);

      g_assert_true (block->side_by_side);
      g_assert_cmpuint (block->entries->len, ==, 3);
      for (guint e = 0; e < 3; e++)
        {
          PxReportEntry *entry = g_ptr_array_index (block->entries, e);

          changed += entry->kind == PX_ENTRY_CHANGED;
          omitted += entry->kind == PX_ENTRY_OMITTED;
          added += entry->kind == PX_ENTRY_ADDED;
          if (entry->kind == PX_ENTRY_CHANGED)
            {
              gboolean struck = FALSE, underlined = FALSE;

              for (guint r = 0; r < entry->text->runs->len; r++)
                {
                  PxReportRun *run = &g_array_index (entry->text->runs, PxReportRun, r);
                  g_autofree char *words = g_strndup (entry->text->text + run->start, run->end - run->start);

                  struck |= run->mark == PX_MARK_REMOVED && strstr (words, "new") != NULL;
                  underlined |= run->mark == PX_MARK_ADDED && strstr (words, "morning") != NULL;
                }
              g_assert_true (struck);
              g_assert_true (underlined);
            }
        }
    }
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (omitted, ==, 1);
  g_assert_cmpuint (added, ==, 1);
}

/* A paragraph an outlet wrote anew is not struck through in full: its
 * label says how little it kept and its text is the outlet's own, as in
 * the window.  An edited paragraph beside it keeps its struck words. */
static void
test_model_rewrite (void)
{
  const char *texts[] = {
    "Church fire in Wasilla\n\n"
    "The blaze caused damage estimated at one million dollars to the main hall, the kitchen and the "
    "offices, and the building will stay closed for months while investigators search the ruins for "
    "the cause.\n\n"
    "Fire crews were called to the Wasilla Bible Church late on Friday night after neighbours saw "
    "smoke rising from the roof.\n\n"
    "The pastor said the congregation would meet in a school gymnasium on Sunday.",
    "Church fire in Wasilla\n\n"
    "Investigators searching the ruins of the main hall and the kitchen for the cause say the blaze, "
    "which did one million dollars of damage, will keep the building closed for months.\n\n"
    "Firefighters were called to the Wasilla Bible Church late on Friday night after neighbours saw "
    "smoke rising from the roof.\n\n"
    "The pastor said the congregation would meet in a school gymnasium on Sunday.",
    NULL,
  };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  PxReportOptions options = { "Fire", NULL, 0 };
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, &options);
  PxReportSection *aligned = px_report_find_section (report, PX_SECTION_ALIGNED);
  guint rewritten = 0, edited = 0;

  for (guint b = 0; b < aligned->blocks->len; b++)
    {
      PxReportBlock *block = g_ptr_array_index (aligned->blocks, b);

      for (guint e = 0; e < block->entries->len; e++)
        {
          PxReportEntry *entry = g_ptr_array_index (block->entries, e);
          gboolean struck = FALSE;

          if (entry->kind != PX_ENTRY_CHANGED)
            continue;
          for (guint r = 0; r < entry->text->runs->len; r++)
            {
              PxMark mark = g_array_index (entry->text->runs, PxReportRun, r).mark;

              struck |= mark == PX_MARK_REMOVED || mark == PX_MARK_REPLACED;
            }
          if (g_str_has_prefix (entry->text->text, "Investigators"))
            {
              g_assert_nonnull (entry->label);
              g_assert_nonnull (strstr (entry->label, "rewritten: keeps"));
              g_assert_false (struck);
              /* The outlet's own words stay marked as its own. */
              g_assert_cmpuint (g_array_index (entry->text->runs, PxReportRun, 0).mark, !=, PX_MARK_NONE);
              rewritten++;
            }
          else
            {
              g_assert_cmpstr (entry->label, ==, "changed");
              g_assert_true (struck);
              edited++;
            }
        }
    }
  g_assert_cmpuint (rewritten, ==, 1);
  g_assert_cmpuint (edited, ==, 1);
}

/* The summary names an omitted paragraph by its first words in the
 * report's own marks; a paragraph that opens with a quotation, in any
 * style, must not come out with doubled marks (“"We chose…”). */
static void
test_summary_opening_quote (void)
{
  const char *openings[][2] = {
    { "\"We chose this road,\" the mayor said on Monday after the vote.", "“We chose this road, the mayor said" },
    { "“We chose this road,” the mayor said on Monday after the vote.", "“We chose this road, the mayor said" },
    { "„Wir haben diese Straße gewählt“, sagte der Bürgermeister am Montag.", "“Wir haben diese Straße gewählt, sagte" },
    { "« Nous avons choisi cette route », a dit le maire lundi soir.", "“Nous avons choisi cette route, a dit" },
    { "'We don't regret it,' the mayor said on Monday after the vote.", "“We don't regret it, the mayor said" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (openings); i++)
    {
      g_autofree char *ref = g_strdup_printf ("The mayor opened the new bridge on Monday.\n\n%s\n\n"
                                              "Traffic will ease across the river.", openings[i][0]);
      const char *texts[] = { ref, "The mayor opened the new bridge on Monday.\n\nTraffic will ease across the river.", NULL };
      g_autoptr(PxComparison) cmp = compare_texts (texts);
      g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
      PxReportSection *summary = px_report_find_section (report, PX_SECTION_SUMMARY);
      const PxReportBlock *block = g_ptr_array_index (summary->blocks, 0);
      const char *text = block->text->text;

      if (strstr (text, openings[i][1]) == NULL)
        g_error ("the summary lacks %s: %s", openings[i][1], text);
      for (const char **twice = (const char *[]) { "“\"", "““", "“„", "“«", "“'", "\"”", "””", "“”", "»”", NULL };
           *twice; twice++)
        if (strstr (text, *twice))
          g_error ("doubled marks %s in the summary: %s", *twice, text);
    }
}

static void
test_find_date (void)
{
  const char *texts[] = {
    "Bridge opens\n\nPublished 3 March 2021, 10:00\n\nThe mayor opened the bridge.",
    "Bridge opens\n\nThe mayor, who took office on January 5, 2019, opened the bridge after a long "
    "wait that the whole town had followed closely in the papers, on the radio and on the television news.",
    "Bridge opens\n\nUpdated 2021-03-04\n\nThe mayor opened the bridge.",
    NULL,
  };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  g_autofree char *a = px_report_find_date (cmp, 0);
  g_autofree char *b = px_report_find_date (cmp, 1);
  g_autofree char *c = px_report_find_date (cmp, 2);

  g_assert_cmpstr (a, ==, "3 March 2021");
  /* A date inside running text is the event's, not the article's. */
  g_assert_null (b);
  g_assert_cmpstr (c, ==, "2021-03-04");
}

static void
test_paper_for_locale (void)
{
  g_assert_cmpint (px_paper_for_locale ("en_US.UTF-8"), ==, PX_PAPER_LETTER);
  g_assert_cmpint (px_paper_for_locale ("en_CA"), ==, PX_PAPER_LETTER);
  g_assert_cmpint (px_paper_for_locale ("es_MX.UTF-8@euro"), ==, PX_PAPER_LETTER);
  g_assert_cmpint (px_paper_for_locale ("fr_CA.UTF-8"), ==, PX_PAPER_LETTER);
  g_assert_cmpint (px_paper_for_locale ("en_GB.UTF-8"), ==, PX_PAPER_A4);
  g_assert_cmpint (px_paper_for_locale ("de_DE"), ==, PX_PAPER_A4);
  g_assert_cmpint (px_paper_for_locale ("C.UTF-8"), ==, PX_PAPER_A4);
  g_assert_cmpint (px_paper_for_locale ("POSIX"), ==, PX_PAPER_A4);
  g_assert_cmpint (px_paper_for_locale ("es"), ==, PX_PAPER_A4);
}

/* ---- PDF ---- */

static void
test_pdf_sample (void)
{
  g_autoptr(PxComparison) cmp = compare_samples ();
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
  g_autoptr(PxReportPages) pages = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL, *fonts = NULL, *text = NULL, *flat = NULL;
  g_autofree char *removed = NULL, *flat_removed = NULL;
  g_autofree char *pages_line = NULL;
  g_auto(GStrv) lines = NULL;
  double w, h;
  guint n_pages;

  if (!have_poppler ())
    return;
  pdf = write_pdf (report, PX_PAPER_A4, FALSE, dir, "sample.pdf");
  px_paper_get_size (PX_PAPER_A4, &w, &h);
  pages = px_report_pages_new (report, w, h);
  n_pages = px_report_pages_get_n_pages (pages);
  /* Nearly 5 000 words stacked five ways: more than a few pages, and
   * not one page per paragraph either. */
  g_assert_cmpuint (n_pages, >=, 4);
  g_assert_cmpuint (n_pages, <=, 30);

  info = poppler ("pdfinfo", pdf);
  pages_line = g_strdup_printf ("Pages:           %u\n", n_pages);
  g_assert_nonnull (strstr (info, pages_line));
  g_assert_nonnull (strstr (info, "Creator:         Parallax"));
  g_assert_nonnull (strstr (info, "Title:           Kerry: U.S. would communicate"));
  g_assert_nonnull (strstr (info, "(A4)"));
  g_assert_nonnull (strstr (info, "CreationDate:"));

  /* Every font embedded, so the file prints the same anywhere. */
  fonts = poppler ("pdffonts", pdf);
  lines = g_strsplit (fonts, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 4);
  for (guint i = 2; lines[i]; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GRegex) space = g_regex_new (" +", 0, 0, NULL);
      guint n;

      if (*lines[i] == '\0')
        continue;
      fields = g_regex_split (space, lines[i], 0);
      n = g_strv_length (fields);
      g_assert_cmpuint (n, >=, 7);
      /* name type... encoding emb sub uni object ID */
      g_assert_cmpstr (fields[n - 5], ==, "yes");
    }

  /* Selectable, searchable text: the sections, every outlet, a struck word. */
  text = poppler ("pdftotext", pdf);
  flat = squash_space (text);
  for (const char **s = (const char *[]) { "The articles", "Summary", "How to read this report", "Aligned text", "Breitbart", "FOX8", "CNSNews",
                                           "June 19, 2014", "(struck)", NULL }; *s; s++)
    {
      if (strstr (flat, *s) == NULL)
        g_error ("“%s” is missing from the PDF's text", *s);
    }
  removed = first_removed_words (report);
  g_assert_nonnull (removed);
  flat_removed = squash_space (removed);
  if (strstr (flat, flat_removed) == NULL)
    g_error ("the struck-through “%s” is missing from the PDF's text", flat_removed);
  /* Page headers: "1 / N" on the first page, "N / N" on the last. */
  /* (pdftotext keeps or drops the thin spaces around the slash.) */
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *pattern = g_strdup_printf ("(^|\\s)%u ?/ ?%u(\\s|$)", p, n_pages);

      if (!g_regex_match_simple (pattern, flat, 0, 0))
        g_error ("no page header “%u / %u” in the PDF's text", p, n_pages);
    }

  remove_dir (dir);
}

/* Page 1 tells the story and says how to read the marks; the grid has
 * a column per outlet; every altered quotation's symbol is a link. */
static void
test_pdf_page_one (void)
{
  g_autoptr(PxComparison) cmp = compare_samples ();
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  g_autofree char *pdf = NULL, *one = NULL, *flat = NULL, *bytes = NULL;
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  guint altered = 0, links = 0;
  gsize len;
  g_autoptr(PxReportPages) pages = NULL;
  double w, h;

  if (!have_poppler ())
    return;
  pdf = write_pdf (report, PX_PAPER_A4, FALSE, dir, "sample.pdf");
  one = pdf_pages_text (pdf, 1, 1);
  flat = squash_space (one);
  for (const char **s = (const char *[]) { "The articles", "Summary", "How to read this report", "leaves out",
                                           "quotations", "added words", "dropped words", "replaced", "replacement",
                                           "whole", "trimmed", "altered", "absent", "●", "◐", "◆", "○", NULL }; *s; s++)
    if (strstr (flat, *s) == NULL)
      g_error ("page 1 lacks “%s”: %s", *s, flat);
  /* Every outlet, with what it leaves out. */
  {
    guint n = 0;

    for (const char *at = flat; (at = strstr (at, " leaves out ")); at++)
      n++;
    g_assert_cmpuint (n, ==, px_comparison_get_n_documents (cmp) - 1);
    for (guint d = 1; d < px_comparison_get_n_documents (cmp); d++)
      g_assert_nonnull (strstr (flat, px_document_get_outlet (px_comparison_get_document (cmp, d))));
  }
  /* The aligned text starts after page 1. */
  g_assert_null (strstr (flat, "Aligned text"));

  /* The grid's page: a column head per outlet. */
  px_paper_get_size (PX_PAPER_A4, &w, &h);
  pages = px_report_pages_new (report, w, h);
  for (guint p = 2; p <= px_report_pages_get_n_pages (pages); p++)
    {
      g_autofree char *text = pdf_pages_text (pdf, p, p);

      if (strstr (text, "Quotations") == NULL)
        continue;
      for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
        g_assert_nonnull (strstr (text, px_document_get_outlet (px_comparison_get_document (cmp, d))));
      g_assert_nonnull (strstr (text, "Speaker"));
      break;
    }

  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);

      for (guint d = 0; d < group->n_documents; d++)
        altered += group->coverage[d] == PX_QUOTE_ALTERED;
    }
  g_assert_true (g_file_get_contents (pdf, &bytes, &len, NULL));
  /* Byte by byte: a PDF holds NUL bytes. */
  for (gsize i = 0; i + 14 <= len; i++)
    links += memcmp (bytes + i, "/Subtype /Link", 14) == 0;
  g_assert_cmpuint (altered, >, 0);
  g_assert_cmpuint (links, ==, altered);
  remove_dir (dir);
}

/* A short page (US Letter, landscape) keeps the legend on page 1 with
 * up to four articles: page 1 is set tighter rather than leave a fifth
 * of it empty and start page 2 with the legend. */
static void
test_pdf_page_one_landscape (void)
{
  const char *names[] = { "1-cnn-web-page.txt", "2-cnn.txt", "3-breitbart.txt", "4-fox8.txt", NULL };
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);

  if (!have_poppler ())
    return;
  for (guint n = 2; n <= 4; n++)
    {
      g_autofree char *name = g_strdup_printf ("letter-%u.pdf", n);
      const char *first[5] = { NULL };
      g_autoptr(PxComparison) cmp = NULL;
      g_autoptr(PxReport) report = NULL;
      g_autofree char *pdf = NULL, *one = NULL, *flat = NULL, *two = NULL;

      memcpy (first, names, n * sizeof (char *));
      cmp = compare_files (g_getenv ("PARALLAX_SAMPLES"), first);
      report = px_report_new_from_comparison (cmp, NULL);
      pdf = write_pdf (report, PX_PAPER_LETTER, TRUE, dir, name);
      one = pdf_pages_text (pdf, 1, 1);
      flat = squash_space (one);
      for (const char **s = (const char *[]) { "The articles", "Summary", "How to read this report", "added words",
                                               "dropped words", "not quoted", "Every mark has", NULL }; *s; s++)
        if (strstr (flat, *s) == NULL)
          g_error ("%u articles, Letter landscape: page 1 lacks “%s”: %s", n, *s, flat);
      two = pdf_pages_text (pdf, 2, 2);
      g_assert_null (strstr (two, "How to read this report"));
    }
  remove_dir (dir);
}

/* @n articles on one made-up event, each leaving out, adding and
 * rewording paragraphs of its own, with long headlines and quotations:
 * page 1 must hold their story and the legend whatever their number. */
static PxComparison *
compare_many (guint n)
{
  static const char *words[] = { "council", "bridge", "river", "budget", "mayor", "vote", "traffic", "residents",
                                 "engineers", "contract", "repairs", "delay", "city", "funding", "report", "week" };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (19);
  PxCompareOptions options = { 0 };

  for (guint d = 0; d < n; d++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *outlet = g_strdup_printf ("Regional Daily Outlet %u", d + 1);

      g_string_append_printf (text, "City council approves the long-delayed repairs of the old river bridge, "
                                    "edition %u of the evening\n\n", d + 1);
      for (guint p = 0; p < 14; p++)
        {
          /* Most outlets carry most of the shared paragraphs. */
          if (d > 0 && g_rand_int_range (rand, 0, 4) == 0)
            continue;
          if (p % 4 == 1)
            g_string_append_printf (text, "“The bridge number %u must reopen before winter,” the mayor said. ", p);
          for (guint w = 0; w < 30; w++)
            {
              const char *word = words[(p * 7 + w * 3) % G_N_ELEMENTS (words)];

              /* A word here and there reworded by this outlet. */
              g_string_append (text, d > 0 && g_rand_int_range (rand, 0, 40) == 0 ? "officials" : word);
              g_string_append (text, w == 29 ? ".\n\n" : " ");
            }
          if (d > 0 && g_rand_int_range (rand, 0, 5) == 0)
            g_string_append_printf (text, "Outlet %u adds its own paragraph number %u about the neighbours, "
                                          "the shops and the ferry that ran meanwhile.\n\n", d + 1, p);
        }
      g_ptr_array_add (docs, px_document_new (text->str, -1, outlet));
    }
  return px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
}

/* With twenty outlets the quotation grid has 23 columns: the symbol
 * columns close up, so that the quotation and its speaker still read
 * a few words a line, their headings whole. */
static void
test_pdf_wide_grid (void)
{
  static const char *quotes[] = {
    "“We will rebuild the bridge before the first snow falls on this valley,” Governor Alexandra Whitfield said.",
    "“Nobody told us that the river had risen so fast in the night,” Councillor Maximilian Okonkwo said.",
    "“The contract was signed without any of the usual checks by engineers,” Inspector Bartholomew Lindqvist said.",
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxComparison) cmp = NULL;
  g_autoptr(PxReport) report = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  g_autofree char *pdf = NULL, *text = NULL;
  PxCompareOptions options = { 0 };
  char *grid;

  if (!have_poppler ())
    return;
  /* Each outlet carries some of the quotations, so all are in the grid. */
  for (guint d = 0; d < 20; d++)
    {
      g_autoptr(GString) article = g_string_new ("The river bridge closes after the night's flood\n\n");
      g_autofree char *outlet = g_strdup_printf ("Outlet %u", d + 1);

      for (guint q = 0; q < G_N_ELEMENTS (quotes); q++)
        if ((d + q) % 3 != 0)
          g_string_append_printf (article, "Residents gathered by the water on the morning after. %s\n\n", quotes[q]);
      g_ptr_array_add (docs, px_document_new (article->str, -1, outlet));
    }
  cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  report = px_report_new_from_comparison (cmp, NULL);
  pdf = write_pdf (report, PX_PAPER_A4, FALSE, dir, "wide.pdf");
  text = poppler ("pdftotext", pdf);
  grid = strstr (text, "Each quotation the articles carry differently");
  g_assert_nonnull (grid);
  /* The grid only: the aligned text after it has the quotations whole. */
  g_assert_nonnull (strstr (grid, "Aligned text"));
  *strstr (grid, "Aligned text") = '\0';
  /* The headings whole, three words of an excerpt on one line
   * (pdftotext ends a line where the column wraps it), and the
   * speakers' names whole. */
  for (const char **s = (const char *[]) { "Quotation", "Speaker", "Nobody told us", "Maximilian Okonkwo",
                                           "Bartholomew Lindqvist", NULL }; *s; s++)
    if (strstr (grid, *s) == NULL)
      g_error ("“%s” is not on one line in the quotation grid", *s);
  remove_dir (dir);
}

/* Page 1 holds the summary and the whole legend on A4 and Letter, in
 * portrait and landscape, for 2 to 20 articles: set tighter, then
 * condensed, then the heat map after the legend as the page needs. */
static void
test_pdf_page_one_any_paper (void)
{
  const guint counts[] = { 2, 5, 9, 20 };
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);

  if (!have_poppler ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autoptr(PxComparison) cmp = NULL;
      g_autoptr(PxReport) report = NULL;

      if (counts[i] == 5)
        cmp = compare_samples ();
      else
        cmp = compare_many (counts[i]);
      report = px_report_new_from_comparison (cmp, NULL);
      for (PxPaper paper = PX_PAPER_A4; paper <= PX_PAPER_LETTER; paper++)
        for (int landscape = 0; landscape <= 1; landscape++)
          {
            g_autofree char *name = g_strdup_printf ("%u-%d-%d.pdf", counts[i], paper, landscape);
            g_autofree char *pdf = write_pdf (report, paper, landscape, dir, name);
            g_autofree char *one = pdf_pages_text (pdf, 1, 1);
            g_autofree char *flat = squash_space (one);
            g_autofree char *two = pdf_pages_text (pdf, 2, 2);

            for (const char **s = (const char *[]) { "The articles", "Summary", "How to read this report",
                                                     "added words", "dropped words", "Every mark has", NULL }; *s; s++)
              if (strstr (flat, *s) == NULL)
                g_error ("%u articles, %s %s: page 1 lacks “%s”: %s", counts[i], paper == PX_PAPER_A4 ? "A4" : "Letter",
                         landscape ? "landscape" : "portrait", *s, flat);
            /* Every article is on page 1, by name. */
            for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
              g_assert_nonnull (strstr (flat, px_document_get_outlet (px_comparison_get_document (cmp, d))));
            g_assert_null (strstr (two, "How to read this report"));
          }
    }
  remove_dir (dir);
}

/* Issue 19: the Word Choice section follows page 1, one column per outlet,
 * each outlet's own variant marked; beyond six articles a line per
 * variant instead of a column per outlet. */
static PxReportBlock *
word_choice_table (PxReport *report, guint *index)
{
  for (guint i = 0; i < report->sections->len; i++)
    {
      PxReportSection *section = g_ptr_array_index (report->sections, i);

      if (g_strcmp0 (section->id, "word-choice") != 0)
        continue;
      if (index)
        *index = i;
      for (guint b = 0; b < section->blocks->len; b++)
        {
          PxReportBlock *block = g_ptr_array_index (section->blocks, b);

          if (block->kind == PX_BLOCK_TABLE)
            return block;
        }
    }
  return NULL;
}

static gboolean
text_has_mark (const PxReportText *text, const char *words, PxMark mark)
{
  for (guint r = 0; r < text->runs->len; r++)
    {
      const PxReportRun *run = &g_array_index (text->runs, PxReportRun, r);

      if (run->mark == mark && run->end - run->start == strlen (words) &&
          strncmp (text->text + run->start, words, run->end - run->start) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_word_choice (void)
{
  g_autoptr(PxComparison) cmp = compare_samples ();
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  g_autofree char *pdf = NULL, *page = NULL, *html = NULL;
  guint n = px_comparison_get_n_documents (cmp), index = 0, isis_row = G_MAXUINT, cnsnews = G_MAXUINT;
  PxReportBlock *table = word_choice_table (report, &index);
  PxReportSection *before, *after;

  g_assert_nonnull (table);
  /* After page 1 (the legend), before the quotation grid, on a new page
   * that the grid shares. */
  before = g_ptr_array_index (report->sections, index - 1);
  after = g_ptr_array_index (report->sections, index + 1);
  g_assert_cmpint (before->kind, ==, PX_SECTION_LEGEND);
  g_assert_cmpint (after->kind, ==, PX_SECTION_QUOTES);
  g_assert_true (((PxReportSection *) g_ptr_array_index (report->sections, index))->new_page);
  g_assert_false (after->new_page);

  g_assert_cmpuint (table->n_columns, ==, n + 1);
  for (guint d = 0; d < n; d++)
    if (strcmp (px_document_get_outlet (px_comparison_get_document (cmp, d)), "CNSNews") == 0)
      cnsnews = d;
  g_assert_cmpuint (cnsnews, <, n);
  for (guint r = 0; r < table->cells->len / table->n_columns; r++)
    {
      PxReportText *label = g_ptr_array_index (table->cells, r * table->n_columns);

      if (strstr (label->text, "ISIL") && strstr (label->text, "ISIS"))
        isis_row = r;
    }
  g_assert_cmpuint (isis_row, <, 10);
  {
    PxReportText *cell = g_ptr_array_index (table->cells, isis_row * table->n_columns + 1 + cnsnews);

    /* CNSNews is the outlet that writes ISIL; ISIS is still its most used. */
    g_assert_true (text_has_mark (cell, "ISIS", PX_MARK_WORD_CHOICE));
    g_assert_nonnull (strstr (cell->text, "ISIL "));
    g_assert_false (text_has_mark (cell, "ISIL", PX_MARK_WORD_CHOICE));
  }

  if (have_poppler ())
    {
      pdf = write_pdf (report, PX_PAPER_A4, FALSE, dir, "sample.pdf");
      /* Page 2, even when page 1 runs over by a line: the line and the
       * section share page 2 rather than leave it nearly blank. */
      page = pdf_pages_text (pdf, 2, 2);
      g_assert_nonnull (strstr (page, "Word Choice"));
      g_assert_nonnull (strstr (page, "ISIL"));
      g_assert_nonnull (strstr (page, "Quotations"));
      for (guint d = 0; d < n; d++)
        g_assert_nonnull (strstr (page, px_document_get_outlet (px_comparison_get_document (cmp, d))));
    }
  html = px_report_to_html (report);
  g_assert_nonnull (strstr (html, "id=\"word-choice\""));
  g_assert_nonnull (strstr (html, "<span class=\"word-choice\">ISIS</span>"));
  g_assert_nonnull (strstr (html, ".word-choice{"));
  remove_dir (dir);
}

static void
test_word_choice_many (void)
{
  /* Eight outlets: four write "militants", four "fighters", each
   * throughout, in otherwise shared paragraphs. */
  const char *militants =
    "The militants seized the northern town of Tal Afar on Monday after two days of fighting.\n\n"
    "Officials said the militants had cut the road to the border and taken the airport.\n\n"
    "Residents fled south as the militants moved toward the dam on Tuesday morning.\n\n"
    "The army said it would retake the town within a week.\n";
  const char *fighters =
    "The fighters seized the northern town of Tal Afar on Monday after two days of fighting.\n\n"
    "Officials said the fighters had cut the road to the border and taken the airport.\n\n"
    "Residents fled south as the fighters moved toward the dam on Tuesday morning.\n\n"
    "The army said it would retake the town within a week.\n";
  const char *texts[] = { militants, fighters, militants, fighters, militants, fighters, militants, fighters, NULL };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
  PxReportBlock *table = word_choice_table (report, NULL);
  gboolean found = FALSE;

  g_assert_nonnull (table);
  g_assert_cmpuint (table->n_columns, ==, 2);
  for (guint r = 0; r < table->cells->len / 2; r++)
    {
      PxReportText *label = g_ptr_array_index (table->cells, 2 * r);
      PxReportText *who = g_ptr_array_index (table->cells, 2 * r + 1);

      if (!strstr (label->text, "militants") || !strstr (label->text, "fighters"))
        continue;
      found = TRUE;
      g_assert_true (text_has_mark (who, "militants", PX_MARK_WORD_CHOICE));
      g_assert_true (text_has_mark (who, "fighters", PX_MARK_WORD_CHOICE));
      /* Each outlet named under its variant, with its count. */
      g_assert_nonnull (strstr (who->text, "Outlet A 3"));
      g_assert_nonnull (strstr (who->text, "Outlet H 3"));
    }
  g_assert_true (found);
}

static void
test_word_choice_none (void)
{
  const char *same = "The council met on Monday.\n\nIt approved the budget for next year.\n";
  const char *texts[] = { same, same, NULL };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);

  g_assert_null (word_choice_table (report, NULL));
}

/* Issue 18: the analyst's notes print beside what they are on: a row's
 * right after it in the aligned text, a quotation's in its grid cell
 * (or after the grid when the grid only counts it); the handout has none. */
/* The HTML export has the PDF's structure: the same sections, headed
 * alike, in the same order (summary, legend, word choice, grid, aligned
 * text with its notes); where print condenses page 1 to fit the paper,
 * the HTML, which has no pages, keeps the full summary. */
static void
test_html_structure (void)
{
  g_autoptr(PxComparison) cmp = compare_samples ();
  g_autoptr(PxNotes) notes = px_notes_new ();
  PxReportOptions options = { 0 };
  g_autoptr(PxReport) report = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  g_autofree char *html = NULL, *pdf = NULL, *text = NULL, *flat = NULL;
  const char *html_at, *pdf_at;
  guint leaves = 0;

  guint row = G_MAXUINT;

  /* A row every article has. */
  for (guint r = 3; r < px_comparison_get_n_rows (cmp) && row == G_MAXUINT; r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);
      gboolean all = TRUE;

      for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
        all &= cells[d].paragraph >= 0;
      if (all)
        row = r;
    }
  px_notes_set_row (notes, cmp, row, "Structure note on a row.");
  options.notes = notes;
  report = px_report_new_from_comparison (cmp, &options);
  html = px_report_to_html (report);
  html_at = html;
  for (guint i = 0; i < report->sections->len; i++)
    {
      PxReportSection *section = g_ptr_array_index (report->sections, i);
      g_autofree char *id = g_strdup_printf ("<section id=\"%s\"", section->id);

      html_at = strstr (html_at, id);
      if (html_at == NULL)
        g_error ("the HTML lacks section %s, or has it out of order", section->id);
    }
  for (const char **id = (const char *[]) { "summary", "legend", "word-choice", "quotes", "aligned", NULL }; *id; id++)
    {
      g_autofree char *tag = g_strdup_printf ("<section id=\"%s\"", *id);

      g_assert_nonnull (strstr (html, tag));
    }
  g_assert_nonnull (strstr (html, "Structure note on a row."));
  for (const char *at = html; (at = strstr (at, " leaves out ")); at++)
    leaves++;
  g_assert_cmpuint (leaves, ==, px_comparison_get_n_documents (cmp) - 1);
  g_assert_null (strstr (html, "Left out most often"));

  if (!have_poppler ())
    {
      remove_dir (dir);
      return;
    }
  /* A4 landscape: page 1 condensed in print. */
  pdf = write_pdf (report, PX_PAPER_A4, TRUE, dir, "structure.pdf");
  text = poppler ("pdftotext", pdf);
  flat = squash_space (text);
  g_assert_nonnull (strstr (flat, "Left out most often"));
  pdf_at = flat;
  for (guint i = 0; i < report->sections->len; i++)
    {
      PxReportSection *section = g_ptr_array_index (report->sections, i);

      if (section->title == NULL)
        continue;
      g_assert_nonnull (strstr (html, section->title));
      pdf_at = strstr (pdf_at, section->title);
      if (pdf_at == NULL)
        g_error ("the PDF lacks “%s”, or has it out of order", section->title);
    }
  g_assert_nonnull (strstr (flat, "Structure note on a row."));
  remove_dir (dir);
}

static void
test_notes (void)
{
  g_autoptr(PxComparison) cmp = compare_samples ();
  g_autoptr(PxNotes) notes = px_notes_new ();
  GPtrArray *groups = px_comparison_get_quotes (cmp);
  PxReportOptions options = { 0 };
  g_autoptr(PxReport) report = NULL, handout = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  g_autofree char *pdf = NULL, *text = NULL, *flat = NULL, *html = NULL;
  PxReportSection *aligned;
  guint row = G_MAXUINT, differs = G_MAXUINT, alike = G_MAXUINT, found = 0;

  /* A row every article has, a quotation carried differently and one
   * carried alike everywhere. */
  for (guint r = 0; r < px_comparison_get_n_rows (cmp) && row == G_MAXUINT; r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);
      gboolean all = TRUE;

      for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
        all &= cells[d].paragraph >= 0;
      if (all && r > 2)
        row = r;
    }
  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      gboolean same = TRUE;

      for (guint d = 1; d < group->n_documents; d++)
        same &= group->coverage[d] == group->coverage[0];
      if (same && alike == G_MAXUINT)
        alike = g;
      else if (!same && differs == G_MAXUINT)
        differs = g;
    }
  g_assert_cmpuint (row, !=, G_MAXUINT);
  g_assert_cmpuint (differs, !=, G_MAXUINT);
  px_notes_set_row (notes, cmp, row, "Row note: the wire copy has it too.");
  px_notes_set_quote (notes, g_ptr_array_index (groups, differs), "Grid note: Breitbart cut the end.");
  if (alike != G_MAXUINT)
    px_notes_set_quote (notes, g_ptr_array_index (groups, alike), "Alike note: everyone has this.");
  options.notes = notes;
  report = px_report_new_from_comparison (cmp, &options);

  /* In the model: the row's note is the block right after the row. */
  aligned = px_report_find_section (report, PX_SECTION_ALIGNED);
  for (guint b = 0; b + 1 < aligned->blocks->len; b++)
    {
      PxReportBlock *block = g_ptr_array_index (aligned->blocks, b + 1);

      if (block->kind == PX_BLOCK_PARAGRAPH && strstr (block->text->text, "Row note"))
        {
          g_assert_cmpint (((PxReportBlock *) g_ptr_array_index (aligned->blocks, b))->kind, ==, PX_BLOCK_ROW);
          found++;
        }
    }
  g_assert_cmpuint (found, ==, 1);

  if (have_poppler ())
    {
      pdf = write_pdf (report, PX_PAPER_A4, FALSE, dir, "notes.pdf");
      text = poppler ("pdftotext", pdf);
      flat = squash_space (text);
      g_assert_nonnull (strstr (flat, "Note: Row note: the wire copy has it too."));
      g_assert_nonnull (strstr (flat, "Note: Grid note: Breitbart cut the end."));
      if (alike != G_MAXUINT)
        g_assert_nonnull (strstr (flat, "Note: Alike note: everyone has this."));
    }
  html = px_report_to_html (report);
  g_assert_nonnull (strstr (html, "Row note: the wire copy has it too."));
  g_assert_nonnull (strstr (html, "Grid note: Breitbart cut the end."));

  /* The handout is for students: no notes. */
  options.kind = PX_REPORT_KIND_HANDOUT;
  handout = px_report_new_from_comparison (cmp, &options);
  g_free (html);
  html = px_report_to_html (handout);
  g_assert_null (strstr (html, "Row note"));
  g_assert_null (strstr (html, "Grid note"));
  remove_dir (dir);
}

static void
test_pdf_paper (void)
{
  g_autoptr(PxComparison) cmp = compare_samples ();
  PxReportOptions options = { "Kerry & Iran <test>", NULL, 0 };
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, &options);
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  g_autofree char *letter = NULL, *info = NULL, *a4 = NULL, *info_a4 = NULL;

  if (!have_poppler ())
    return;
  letter = write_pdf (report, PX_PAPER_LETTER, TRUE, dir, "letter.pdf");
  info = poppler ("pdfinfo", letter);
  g_assert_nonnull (strstr (info, "Page size:       792 x 612 pts"));
  g_assert_nonnull (strstr (info, "Title:           Kerry & Iran <test>\n"));

  a4 = write_pdf (report, PX_PAPER_A4, TRUE, dir, "a4.pdf");
  info_a4 = poppler ("pdfinfo", a4);
  g_assert_nonnull (strstr (info_a4, "Page size:       841.89 x 595.276 pts"));
  remove_dir (dir);
}

/* One paragraph far longer than a page breaks between lines and goes
 * on, whole: every word is in the file's text. */
static void
test_pdf_long_paragraph (void)
{
  g_autoptr(GString) a = g_string_new ("A long report\n\n");
  g_autoptr(GString) b = g_string_new ("A long report\n\n");
  g_autoptr(PxComparison) cmp = NULL;
  g_autoptr(PxReport) report = NULL;
  g_autoptr(PxReportPages) pages = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  g_autofree char *pdf = NULL, *text = NULL;
  const char *texts[3];
  double w, h;

  if (!have_poppler ())
    return;
  for (guint i = 0; i < 2500; i++)
    {
      g_string_append_printf (a, "word%04u ", i);
      g_string_append_printf (b, i % 97 == 0 ? "other%04u " : "word%04u ", i);
    }
  texts[0] = a->str, texts[1] = b->str, texts[2] = NULL;
  cmp = compare_texts (texts);
  report = px_report_new_from_comparison (cmp, NULL);
  px_paper_get_size (PX_PAPER_A4, &w, &h);
  pages = px_report_pages_new (report, w, h);
  g_assert_cmpuint (px_report_pages_get_n_pages (pages), >=, 4);

  pdf = write_pdf (report, PX_PAPER_A4, FALSE, dir, "long.pdf");
  text = poppler ("pdftotext", pdf);
  for (guint i = 0; i < 2500; i++)
    {
      g_autofree char *word = g_strdup_printf ("word%04u", i);
      g_autofree char *other = g_strdup_printf ("other%04u", i);

      if (strstr (text, word) == NULL)
        g_error ("“%s” is cut off", word);
      if (i % 97 == 0 && strstr (text, other) == NULL)
        g_error ("“%s” is cut off", other);
    }
  remove_dir (dir);
}

static const char *script_files[] = { "1-al-madina.txt", "2-al-yawm.txt", "3-ha-ir.txt", "4-shibao.txt", NULL };

/* Arabic, Hebrew and Chinese: fonts exist for every character (no
 * missing-glyph boxes) and the text comes back out of the PDF. */
static void
test_pdf_scripts (void)
{
  g_autofree char *events = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "events", "scripts", NULL);
  const char *three[] = { script_files[0], script_files[1], script_files[3], NULL };
  g_autoptr(PxComparison) stacked = compare_files (events, script_files);
  g_autoptr(PxComparison) side = compare_files (events, three);
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  g_autoptr(GObject) context_object = G_OBJECT (pango_font_map_create_context (map));
  PangoContext *context = PANGO_CONTEXT (context_object);

  if (!have_poppler ())
    return;

  for (guint d = 0; d < px_comparison_get_n_documents (stacked); d++)
    {
      PxDocument *doc = px_comparison_get_document (stacked, d);
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      g_autoptr(PangoFontDescription) desc = pango_font_description_from_string ("Sans 9");

      pango_layout_set_font_description (layout, desc);
      pango_layout_set_text (layout, px_document_get_text (doc, NULL), -1);
      g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);
    }

  for (guint k = 0; k < 2; k++)
    {
      PxComparison *cmp = k == 0 ? stacked : side;
      g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
      g_autofree char *pdf = write_pdf (report, PX_PAPER_A4, FALSE, dir, k == 0 ? "stacked.pdf" : "side.pdf");
      g_autofree char *text = poppler ("pdftotext", pdf);
      g_autofree char *fonts = poppler ("pdffonts", pdf);

      g_assert_nonnull (strstr (fonts, "yes yes yes"));
      g_assert_null (strstr (fonts, " no "));
      for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
        {
          PxDocument *doc = px_comparison_get_document (cmp, d);
          int headline = px_comparison_get_headline (cmp, d);
          g_autofree char *words = px_document_dup_paragraph_text (doc, headline >= 0 ? headline : 0);

          /* pdftotext writes RTL runs in reading order. */
          if (strstr (text, words) == NULL)
            g_error ("“%s” is missing from the PDF's text:\n%s", words, text);
        }
    }
  remove_dir (dir);
}

/* Ink pixels of @surface inside the rectangle, an image of white paper. */
static guint
ink_in (cairo_surface_t *surface, int x0, int y0, int x1, int y1)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint ink = 0;

  for (int y = MAX (y0, 0); y < y1 && y < cairo_image_surface_get_height (surface); y++)
    for (int x = MAX (x0, 0); x < x1 && x < cairo_image_surface_get_width (surface); x++)
      ink += *(const guint32 *) (data + y * stride + 4 * x) != 0xffffffff;
  return ink;
}

/* The drawing function GtkPrintOperation's draw-page calls: every page
 * has ink, and none outside the margins (nothing runs off the paper),
 * also at a printer's scale. */
static void
check_pages_stay_inside (PxReportPages *pages, double width, double height, double scale)
{
  int w = (int) (width * scale), h = (int) (height * scale), band = (int) (30 * scale);

  for (guint p = 0; p < px_report_pages_get_n_pages (pages); p++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      px_report_pages_draw (pages, cr, p);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      g_assert_cmpuint (ink_in (surface, band, band, w - band, h - band), >, 200);
      g_assert_cmpuint (ink_in (surface, 0, 0, w, (int) (15 * scale)), ==, 0);
      g_assert_cmpuint (ink_in (surface, 0, h - band, w, h), ==, 0);
      g_assert_cmpuint (ink_in (surface, 0, 0, band, h), ==, 0);
      g_assert_cmpuint (ink_in (surface, w - band, 0, w, h), ==, 0);
      cairo_surface_destroy (surface);
    }
}

static void
test_pages_draw (void)
{
  g_autofree char *events = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "events", "scripts", NULL);
  const char *three[] = { script_files[0], script_files[1], script_files[3], NULL };
  g_autoptr(PxComparison) samples = compare_samples ();
  g_autoptr(PxComparison) scripts = compare_files (events, three);
  g_autoptr(PxReport) a = px_report_new_from_comparison (samples, NULL);
  g_autoptr(PxReport) b = px_report_new_from_comparison (scripts, NULL);

  g_autoptr(PxReportPages) a4 = NULL, letter = NULL, rtl = NULL;
  double w, h;

  px_paper_get_size (PX_PAPER_A4, &w, &h);
  a4 = px_report_pages_new (a, w, h);
  check_pages_stay_inside (a4, w, h, 1.0);
  px_paper_get_size (PX_PAPER_LETTER, &w, &h);
  letter = px_report_pages_new (a, h, w);
  check_pages_stay_inside (letter, h, w, 1.5);
  /* Pages keep what they draw: the report may go first. */
  rtl = px_report_pages_new (b, w, h);
  g_clear_pointer (&b, px_report_free);
  check_pages_stay_inside (rtl, w, h, 1.0);
}

/* The quote table (another branch) plugs in as a section of its own. */
static void
test_inserted_section (void)
{
  g_autoptr(PxComparison) cmp = compare_samples ();
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
  PxReportSection *extra = px_report_section_new (PX_SECTION_OTHER, "extra", "Extra table");
  const char *header[] = { "Column one", "Column two" };
  PxReportBlock *table = px_report_block_new_table (2, header);
  PxReportText *cells[2] = { px_report_text_new (), px_report_text_new () };
  g_autofree char *html = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  g_autofree char *pdf = NULL, *text = NULL;
  guint legend = 0;

  px_report_text_append (cells[0], "zebra words", -1, PX_MARK_NONE);
  px_report_text_append (cells[1], "kept ", -1, PX_MARK_NONE);
  px_report_text_append (cells[1], "altered", -1, PX_MARK_REMOVED);
  px_report_block_add_row (table, cells);
  px_report_section_add_block (extra, table);
  px_report_insert_section (report, extra, PX_SECTION_LEGEND);

  for (guint i = 0; i < report->sections->len; i++)
    if (((PxReportSection *) g_ptr_array_index (report->sections, i))->kind == PX_SECTION_LEGEND)
      legend = i;
  g_assert_true (g_ptr_array_index (report->sections, legend - 1) == extra);

  html = px_report_to_html (report);
  g_assert_nonnull (strstr (html, "<section id=\"extra\">"));
  g_assert_nonnull (strstr (html, "<del class=\"dropped\">altered</del>"));
  g_assert_true (strstr (html, "id=\"extra\"") < strstr (html, "id=\"legend\""));

  if (!have_poppler ())
    return;
  pdf = write_pdf (report, PX_PAPER_A4, FALSE, dir, "extra.pdf");
  text = poppler ("pdftotext", pdf);
  g_assert_nonnull (strstr (text, "Extra table"));
  g_assert_nonnull (strstr (text, "zebra words"));
  remove_dir (dir);
}

/* ---- HTML ---- */

static GString *html_errors;

static void
collect_error (void *data, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (html_errors, format, args);
  va_end (args);
}

static gboolean
has_element (xmlNode *node, const char *name)
{
  for (; node; node = node->next)
    if ((node->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) node->name, name) == 0) ||
        has_element (node->children, name))
      return TRUE;
  return FALSE;
}

static gboolean
has_attribute (xmlNode *node, const char *name)
{
  for (; node; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE && xmlHasProp (node, (const xmlChar *) name))
        return TRUE;
      if (has_attribute (node->children, name))
        return TRUE;
    }
  return FALSE;
}

static void
test_html (void)
{
  const char *texts[] = {
    "Tom & Jerry <b>strike</b> again\n\nThe cat chased the mouse across the kitchen.\n\nNobody was hurt.",
    "Tom & Jerry <b>strike</b> again\n\nThe cat chased the small mouse across the garden.\n\nA neighbour called \"enough\".",
    NULL,
  };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
  g_autofree char *html = px_report_to_html (report);
  g_autoptr(GRegex) allowed = g_regex_new ("^.*Tag (main|section|header|footer|nav|article) invalid\n(.*\n){0,2}",
                                           G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *other_errors = NULL;
  htmlDocPtr doc;
  xmlNode *root;

  html_errors = g_string_new (NULL);
  xmlSetGenericErrorFunc (NULL, collect_error);
  doc = htmlReadMemory (html, strlen (html), "report.html", "UTF-8", HTML_PARSE_NONET);
  xmlSetGenericErrorFunc (NULL, NULL);
  g_assert_nonnull (doc);
  /* libxml2 parses HTML 4: it names HTML5 elements, and nothing else. */
  other_errors = g_regex_replace_literal (allowed, html_errors->str, -1, 0, "", 0, NULL);
  g_strstrip (other_errors);
  g_assert_cmpstr (other_errors, ==, "");
  g_string_free (html_errors, TRUE);

  root = xmlDocGetRootElement (doc);
  g_assert_true (has_element (root, "style"));
  g_assert_true (has_element (root, "del"));
  g_assert_true (has_element (root, "ins"));
  g_assert_true (has_element (root, "table"));
  /* Self-contained: nothing fetched, nothing run. */
  for (const char **e = (const char *[]) { "script", "link", "img", "iframe", "object", "embed", "b", NULL }; *e; e++)
    g_assert_false (has_element (root, *e));
  g_assert_false (has_attribute (root, "src"));
  g_assert_false (has_attribute (root, "href"));
  g_assert_null (strstr (html, "url("));
  g_assert_null (strstr (html, "@import"));
  xmlFreeDoc (doc);

  /* Escaped text, the phone and the dark. */
  g_assert_nonnull (strstr (html, "Tom &amp; Jerry &lt;b&gt;strike&lt;/b&gt; again"));
  g_assert_nonnull (strstr (html, "&quot;enough&quot;"));
  g_assert_nonnull (strstr (html, "name=\"viewport\""));
  g_assert_nonnull (strstr (html, "prefers-color-scheme:dark"));
  g_assert_nonnull (strstr (html, "@media (max-width:"));
  for (const char **id = (const char *[]) { "cover", "sources", "summary", "legend", "aligned", NULL }; *id; id++)
    {
      g_autofree char *section = g_strdup_printf ("<section id=\"%s\">", *id);

      g_assert_nonnull (strstr (html, section));
    }
}

/* ---- The student handout ---- */

static gboolean
has_marks (PxReport *report)
{
  for (guint i = 0; i < report->sections->len; i++)
    {
      PxReportSection *section = g_ptr_array_index (report->sections, i);

      for (guint b = 0; b < section->blocks->len; b++)
        {
          PxReportBlock *block = g_ptr_array_index (section->blocks, b);
          g_autoptr(GPtrArray) texts = g_ptr_array_new ();

          if (block->text)
            g_ptr_array_add (texts, block->text);
          for (guint c = 0; block->cells && c < block->cells->len; c++)
            g_ptr_array_add (texts, g_ptr_array_index (block->cells, c));
          for (guint e = 0; block->entries && e < block->entries->len; e++)
            {
              PxReportEntry *entry = g_ptr_array_index (block->entries, e);

              if (entry->text)
                g_ptr_array_add (texts, entry->text);
              if (entry->kind != PX_ENTRY_PLAIN && entry->kind != PX_ENTRY_REFERENCE)
                return TRUE;
            }
          for (guint t = 0; t < texts->len; t++)
            {
              PxReportText *text = g_ptr_array_index (texts, t);

              for (guint r = 0; r < text->runs->len; r++)
                {
                  PxMark mark = g_array_index (text->runs, PxReportRun, r).mark;

                  if (mark != PX_MARK_NONE && mark != PX_MARK_NOTE && mark != PX_MARK_STRONG)
                    return TRUE;
                }
            }
        }
    }
  return FALSE;
}

/* Whether any page of @report, drawn, has a pixel that is not grey:
 * marks are coloured, everything else is ink on paper. */
static gboolean
pages_have_colour (PxReport *report)
{
  double w, h;
  g_autoptr(PxReportPages) pages = NULL;

  px_paper_get_size (PX_PAPER_A4, &w, &h);
  pages = px_report_pages_new (report, w, h);
  for (guint p = 0; p < px_report_pages_get_n_pages (pages); p++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) w, (int) h);
      cairo_t *cr = cairo_create (surface);
      const guint8 *data;
      int stride;
      gboolean colour = FALSE;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      px_report_pages_draw (pages, cr, p);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < (int) h && !colour; y++)
        for (int x = 0; x < (int) w && !colour; x++)
          {
            guint32 px = *(const guint32 *) (data + y * stride + x * 4);
            int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

            /* The muted grey is a shade blue: 16 levels of leeway. */
            colour = ABS (r - g) > 16 || ABS (g - b) > 16 || ABS (r - b) > 16;
          }
      cairo_surface_destroy (surface);
      if (colour)
        return TRUE;
    }
  return FALSE;
}

static GPtrArray *
section_texts (PxReport *report, PxSectionKind kind)
{
  PxReportSection *section = px_report_find_section (report, kind);
  GPtrArray *out = g_ptr_array_new ();

  g_assert_nonnull (section);
  for (guint b = 0; b < section->blocks->len; b++)
    {
      PxReportBlock *block = g_ptr_array_index (section->blocks, b);

      if (block->kind == PX_BLOCK_PARAGRAPH && g_ascii_isdigit (block->text->text[0]))
        g_ptr_array_add (out, block->text->text);
    }
  return out;
}

static void
test_handout (void)
{
  g_autoptr(PxComparison) cmp = compare_samples ();
  PxReportOptions handout_options = { .kind = PX_REPORT_KIND_HANDOUT, .n_questions = 5 };
  PxReportOptions key_options = { .kind = PX_REPORT_KIND_ANSWER_KEY, .n_questions = 5 };
  g_autoptr(PxReport) report = px_report_new_from_comparison (cmp, NULL);
  g_autoptr(PxReport) handout = px_report_new_from_comparison (cmp, &handout_options);
  g_autoptr(PxReport) key = px_report_new_from_comparison (cmp, &key_options);
  g_autoptr(GPtrArray) questions = NULL, answers = NULL;
  PxReportSection *articles;
  PxReportBlock *block = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  gboolean asks_omission = FALSE, asks_speaker = FALSE, asks_headlines = FALSE;

  /* No marks at all, in the model and on the page; the report has them
   * (so that the page check can fail). */
  g_assert_false (has_marks (handout));
  g_assert_true (has_marks (report));
  g_assert_false (pages_have_colour (handout));
  g_assert_true (pages_have_colour (report));
  g_assert_null (px_report_find_section (handout, PX_SECTION_LEGEND));
  g_assert_null (px_report_find_section (handout, PX_SECTION_ALIGNED));

  /* Every article whole, paragraphs numbered; five articles stack. */
  articles = px_report_find_section (handout, PX_SECTION_ARTICLES);
  for (guint b = 0; b < articles->blocks->len; b++)
    if (((PxReportBlock *) g_ptr_array_index (articles->blocks, b))->kind == PX_BLOCK_ARTICLES)
      block = g_ptr_array_index (articles->blocks, b);
  g_assert_nonnull (block);
  g_assert_false (block->side_by_side);
  g_assert_cmpuint (block->entries->len, ==, px_comparison_get_n_documents (cmp));
  for (guint e = 0; e < block->entries->len; e++)
    {
      PxReportEntry *entry = g_ptr_array_index (block->entries, e);

      g_assert_true (g_str_has_prefix (entry->text->text, "[1] "));
      g_assert_nonnull (strstr (entry->text->text, "\n[2] "));
    }

  /* As many questions as asked, of several kinds; the key answers the
   * same questions in the same order, then carries the marked report. */
  questions = section_texts (handout, PX_SECTION_QUESTIONS);
  answers = section_texts (key, PX_SECTION_ANSWERS);
  g_assert_cmpuint (questions->len, ==, 5);
  g_assert_cmpuint (answers->len, ==, questions->len);
  for (guint i = 0; i < questions->len; i++)
    {
      g_autofree char *question = g_strstrip (g_strdup (questions->pdata[i]));

      g_assert_true (g_str_has_prefix (answers->pdata[i], question));
      g_assert_nonnull (strstr (answers->pdata[i], "Answer: "));
      asks_omission |= strstr (question, "leave out the paragraph that begins") != NULL ||
                       strstr (question, "leaves out the paragraph that begins") != NULL;
      asks_speaker |= strstr (question, "Who is quoted in only one") != NULL;
      asks_headlines |= strstr (question, "Compare the headlines") != NULL;
    }
  g_assert_true (asks_omission && asks_speaker && asks_headlines);
  g_assert_nonnull (px_report_find_section (key, PX_SECTION_LEGEND));
  g_assert_nonnull (px_report_find_section (key, PX_SECTION_ALIGNED));
  g_assert_true (has_marks (key));

  /* The files: the questions read in both, answered in the key. */
  if (have_poppler ())
    {
      g_autofree char *handout_pdf = write_pdf (handout, PX_PAPER_A4, FALSE, dir, "handout.pdf");
      g_autofree char *key_pdf = write_pdf (key, PX_PAPER_A4, FALSE, dir, "handout-answers.pdf");
      g_autofree char *handout_text = poppler ("pdftotext", handout_pdf);
      g_autofree char *key_text = poppler ("pdftotext", key_pdf);
      g_autofree char *flat_handout = squash_space (handout_text), *flat_key = squash_space (key_text);

      g_assert_nonnull (strstr (flat_handout, "Questions"));
      g_assert_null (strstr (flat_handout, "How to read this report"));
      g_assert_null (strstr (flat_handout, "Answer"));
      g_assert_nonnull (strstr (flat_key, "Answer key"));
      for (guint i = 0; i < questions->len; i++)
        {
          g_autofree char *flat = squash_space (questions->pdata[i]);

          g_strstrip (flat);
          /* The first words: a long question wraps, and pdftotext may
           * join its lines with a hyphen's help. */
          if (strlen (flat) > 40)
            flat[40] = '\0';
          if (strstr (flat_handout, flat) == NULL || strstr (flat_key, flat) == NULL)
            g_error ("question “%s” is not in both files", flat);
        }
    }
  remove_dir (dir);
}

/* Three articles or fewer stand side by side; the count asked is kept
 * even when the comparison offers fewer kinds. */
static void
test_handout_side_by_side (void)
{
  const char *texts[] = {
    "Mayor opens the bridge\n\nThe mayor opened the new bridge on Monday after three years of work on the river.\n\n"
    "It cost thirty million euros, more than twice what the council had planned when work began.\n\n"
    "Traffic on the old road should ease within weeks, the city said in a statement on Monday.",
    "New bridge finally open\n\nThe mayor opened the bridge on Monday morning after three years of work on the river.\n\n"
    "Traffic on the old road should ease within weeks, the city said in a statement on Monday.",
    "Bridge opens, over budget\n\nThe mayor opened the new bridge on Monday after three years of work on the river.\n\n"
    "It cost thirty million euros, more than twice what the council had planned when work began.\n\n"
    "Residents cheered as the first cars crossed, and some had waited since dawn to be among them.",
    NULL,
  };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  PxReportOptions options = { .kind = PX_REPORT_KIND_HANDOUT, .n_questions = 3 };
  g_autoptr(PxReport) handout = px_report_new_from_comparison (cmp, &options);
  g_autoptr(GPtrArray) questions = section_texts (handout, PX_SECTION_QUESTIONS);
  PxReportSection *articles = px_report_find_section (handout, PX_SECTION_ARTICLES);
  PxReportBlock *block = g_ptr_array_index (articles->blocks, articles->blocks->len - 1);

  g_assert_cmpint (block->kind, ==, PX_BLOCK_ARTICLES);
  g_assert_true (block->side_by_side);
  g_assert_cmpuint (questions->len, ==, 3);
  /* Each of the two is left out by one article and carried by another:
   * the longer comes first. */
  g_assert_nonnull (strstr (questions->pdata[0], "leaves out the paragraph that begins “Traffic on the old road"));
  g_assert_false (pages_have_colour (handout));
}

/* ---- Writing ---- */

static void
test_write_atomic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("px-report-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "report.html", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "report.pdf", NULL);
  g_autofree char *a_dir = g_build_filename (dir, "taken", NULL);
  g_autoptr(GBytes) first = g_bytes_new_static ("first", 5);
  g_autoptr(GBytes) second = g_bytes_new_static ("second", 6);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (px_report_write_file (target, first, &error));
  g_assert_no_error (error);
  g_assert_true (px_report_write_file (target, second, &error));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "second");
  g_assert_cmpuint (count_files (dir), ==, 1);

  g_assert_false (px_report_write_file (missing, first, &error));
  g_assert_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_null (strchr (error->message, '\n'));
  /* The message names the file asked for, not a temporary one. */
  g_assert_null (strstr (error->message, "XXXXXX"));
  g_clear_error (&error);

  /* Renaming over a folder fails after the temporary is written: it
   * must be gone again. */
  g_assert_cmpint (g_mkdir (a_dir, 0755), ==, 0);
  g_assert_false (px_report_write_file (a_dir, first, &error));
  g_assert_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_WRITE);
  g_assert_cmpuint (count_files (dir), ==, 2);
  g_assert_cmpuint (count_files (a_dir), ==, 0);

  remove_dir (dir);
}

/* ---- JSON ---- */

static char *
node_to_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_generator_set_root (gen, node);
  return json_generator_to_data (gen, NULL);
}

/* The compact form is the same tree on one line. */
static void
test_json_compact (void)
{
  g_autoptr(PxComparison) cmp = compare_samples ();
  g_autoptr(JsonNode) root = px_json_build_comparison (cmp, 0);
  g_autofree char *pretty = px_json_to_string (root);
  g_autofree char *compact = px_json_to_data (root, FALSE);
  g_autofree char *again = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize len = strlen (compact);

  g_assert_cmpuint (len, >, 1);
  g_assert_true (strchr (compact, '\n') == compact + len - 1);
  g_assert_cmpuint (len, <, strlen (pretty));
  json_parser_load_from_data (parser, compact, -1, &error);
  g_assert_no_error (error);
  again = px_json_to_data (json_parser_get_root (parser), TRUE);
  g_assert_cmpstr (again, ==, pretty);
}

/* px_json_comparison_to_data() writes the rows as they are built and
 * joins them into the rest: the text is the tree's, byte for byte, on one
 * line and indented.  Also for a long event (over 64 KiB of text), whose
 * rows are built on two threads, and for an empty comparison. */
static void
check_streamed (PxComparison *cmp, PxDiffFlags flags)
{
  g_autoptr(JsonNode) root = px_json_build_comparison (cmp, flags);
  g_autofree char *compact = px_json_to_data (root, FALSE);
  g_autofree char *pretty = px_json_to_data (root, TRUE);
  g_autofree char *streamed = px_json_comparison_to_data (cmp, flags, FALSE);
  g_autofree char *indented = px_json_comparison_to_data (cmp, flags, TRUE);

  g_assert_cmpstr (streamed, ==, compact);
  g_assert_cmpstr (indented, ==, pretty);
}

static void
test_json_streamed (void)
{
  g_autoptr(PxComparison) samples = compare_samples ();
  g_autoptr(PxComparison) none = px_comparison_new (NULL, 0, NULL);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PxComparison) long_event = NULL;
  gsize total = 0;

  check_streamed (samples, 0);
  check_streamed (samples, PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY);
  check_streamed (none, 0);
  g_assert_cmpuint (px_comparison_get_n_rows (samples), >, 16);

  /* The sample articles four times over: rows in many chunks of 16. */
  for (guint d = 0; d < px_comparison_get_n_documents (samples); d++)
    {
      GString *text = g_string_new (NULL);

      for (guint k = 0; k < 4; k++)
        g_string_append_printf (text, "%s\n\nPart %u ends.\n\n",
                                px_document_get_text (px_comparison_get_document (samples, d), NULL), k);
      total += text->len;
      g_ptr_array_add (texts, g_string_free (text, FALSE));
    }
  g_ptr_array_add (texts, NULL);
  g_assert_cmpuint (total, >, 64 * 1024);
  long_event = compare_texts ((const char * const *) texts->pdata);
  g_assert_cmpuint (px_comparison_get_n_rows (long_event), >, 100);
  check_streamed (long_event, 0);
}

/* Each row's "diffs" are what px_diff() gives for the cell against the
 * reference's, copied paragraphs (which take a shortcut) included. */
static void
check_cell_diffs (PxComparison *cmp, PxDiffFlags flags)
{
  g_autoptr(JsonNode) root = px_json_build_comparison (cmp, flags);
  JsonArray *rows = json_object_get_array_member (json_node_get_object (root), "rows");
  guint ref = px_comparison_get_reference (cmp);
  PxDocument *old_doc = px_comparison_get_document (cmp, ref);
  const char *old_text = px_document_get_text (old_doc, NULL);
  PxDiffOptions options = { flags | PX_DIFF_IGNORE_SPACE, FALSE, 0 };
  guint copies = 0, checked = 0;

  g_assert_cmpuint (json_array_get_length (rows), ==, px_comparison_get_n_rows (cmp));
  for (guint r = 0; r < px_comparison_get_n_rows (cmp); r++)
    {
      const PxCell *cells = px_comparison_get_row (cmp, r);
      JsonArray *diffs = json_object_get_array_member (json_array_get_object_element (rows, r), "diffs");

      for (guint d = 0; d < px_comparison_get_n_documents (cmp); d++)
        {
          PxDocument *new_doc = px_comparison_get_document (cmp, d);
          const char *new_text = px_document_get_text (new_doc, NULL);
          const PxParagraph *op, *np;
          g_autoptr(GArray) ops = NULL;
          g_autoptr(JsonBuilder) builder = json_builder_new ();
          g_autoptr(JsonNode) expected = NULL;
          g_autofree char *want = NULL, *got = NULL;

          if (d == ref || cells[d].paragraph < 0 || cells[ref].paragraph < 0)
            {
              g_assert_true (JSON_NODE_HOLDS_NULL (json_array_get_element (diffs, d)));
              continue;
            }
          op = px_document_get_paragraph (old_doc, cells[ref].paragraph);
          np = px_document_get_paragraph (new_doc, cells[d].paragraph);
          copies += op->end - op->start == np->end - np->start &&
                    memcmp (old_text + op->start, new_text + np->start, op->end - op->start) == 0;
          ops = px_diff (old_text + op->start, op->end - op->start,
                         new_text + np->start, np->end - np->start, &options);
          for (guint i = 0; i < ops->len; i++)
            {
              PxDiffOp *o = &g_array_index (ops, PxDiffOp, i);

              o->old_start += op->start, o->old_end += op->start;
              o->new_start += np->start, o->new_end += np->start;
            }
          px_json_add_diff_ops (builder, ops, old_text, new_text);
          expected = json_builder_get_root (builder);
          want = node_to_text (expected);
          got = node_to_text (json_array_get_element (diffs, d));
          g_assert_cmpstr (got, ==, want);
          checked++;
        }
    }
  g_assert_cmpuint (copies, >, 0);
  g_assert_cmpuint (checked, >, copies);
}

static void
test_json_cell_diffs (void)
{
  const char *texts[] = {
    "Ferry crews stopped work on Monday after the talks collapsed.\n\n"
    "The union said the crews had waited eleven months for an offer.\n\n"
    "A second round of talks is set for Thursday.\n",
    "Ferry crews stopped work on Monday after the talks collapsed.\n\n"
    "The union said crews had waited almost a year for a fair offer.\n\n"
    "A SECOND ROUND of talks is set for Thursday.\n",
    NULL
  };
  g_autoptr(PxComparison) samples = compare_samples ();
  g_autoptr(PxComparison) small = compare_texts (texts);

  check_cell_diffs (samples, 0);
  check_cell_diffs (small, 0);
  check_cell_diffs (small, PX_DIFF_IGNORE_CASE | PX_DIFF_IGNORE_PUNCTUATION);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/model/sections", test_model_sections);
  g_test_add_func ("/report/model/side-by-side", test_model_side_by_side);
  g_test_add_func ("/report/model/rewrite", test_model_rewrite);
  g_test_add_func ("/report/model/date", test_find_date);
  g_test_add_func ("/report/model/summary-opening-quote", test_summary_opening_quote);
  g_test_add_func ("/report/paper-for-locale", test_paper_for_locale);
  g_test_add_func ("/report/pdf/sample", test_pdf_sample);
  g_test_add_func ("/report/pdf/paper", test_pdf_paper);
  g_test_add_func ("/report/pdf/page-one", test_pdf_page_one);
  g_test_add_func ("/report/pdf/page-one/landscape", test_pdf_page_one_landscape);
  g_test_add_func ("/report/pdf/page-one/any-paper", test_pdf_page_one_any_paper);
  g_test_add_func ("/report/pdf/wide-grid", test_pdf_wide_grid);
  g_test_add_func ("/report/handout", test_handout);
  g_test_add_func ("/report/word-choice", test_word_choice);
  g_test_add_func ("/report/notes", test_notes);
  g_test_add_func ("/report/word-choice/many", test_word_choice_many);
  g_test_add_func ("/report/word-choice/none", test_word_choice_none);
  g_test_add_func ("/report/handout/side-by-side", test_handout_side_by_side);
  g_test_add_func ("/report/pdf/long-paragraph", test_pdf_long_paragraph);
  g_test_add_func ("/report/pdf/scripts", test_pdf_scripts);
  g_test_add_func ("/report/pages-draw", test_pages_draw);
  g_test_add_func ("/report/inserted-section", test_inserted_section);
  g_test_add_func ("/report/html", test_html);
  g_test_add_func ("/report/html/structure", test_html_structure);
  g_test_add_func ("/report/write-atomic", test_write_atomic);
  g_test_add_func ("/json/compact", test_json_compact);
  g_test_add_func ("/json/streamed", test_json_streamed);
  g_test_add_func ("/json/cell-diffs", test_json_cell_diffs);

  return g_test_run ();
}
