/* px-report-html.c: a report as one self-contained HTML file
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inline CSS and nothing fetched: the file reads offline, on a phone
 * (columns stack below 40em) and in dark mode.  Marks are <del> and
 * <ins>, so that they carry meaning for screen readers and still show
 * as strike-through and underline where colour is lost.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "px-report.h"

static const char style_sheet[] =
  ":root{color-scheme:light dark;--ink:#1b1b1f;--muted:#5c5c66;--bg:#fff;--rule:#d3d3d8;--shade:#eeeef2;"
  "--heat:37,99,235}\n"
  "@media (prefers-color-scheme:dark){:root{--ink:#e6e6ea;--muted:#a6a6b0;--bg:#1c1c20;--rule:#45454c;"
  "--shade:#2b2b31;--heat:96,150,255}}\n"
  "*{box-sizing:border-box}\n"
  "body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",sans-serif}\n"
  "main{max-width:75rem;margin:0 auto;padding:1rem 1.25rem 3rem}\n"
  "h1{font-size:1.9rem;line-height:1.2;margin:1.5rem 0 .5rem}\n"
  "h2{font-size:1.3rem;margin:2.2rem 0 .6rem;border-bottom:2px solid var(--rule)}\n"
  "p{margin:.4rem 0}\n"
  ".note{color:var(--muted);font-style:italic}\n"
  ".table-wrap{overflow-x:auto;margin:.5rem 0}\n"
  "table{border-collapse:collapse;width:100%;font-size:.9rem}\n"
  "th,td{text-align:start;padding:.3rem .55rem;border-bottom:1px solid var(--rule);vertical-align:top;white-space:pre-line}\n"
  "thead th{background:var(--shade)}\n"
  ".num{text-align:end;font-variant-numeric:tabular-nums}\n"
  "table.heat{width:auto}\n"
  ".heat td{text-align:center;min-width:3.2rem;background:rgba(var(--heat),var(--v));font-variant-numeric:tabular-nums}\n"
  ".heat td.high{color:#fff}\n"
  ".heat td.self{background:var(--shade);color:var(--muted)}\n"
  ".row{display:grid;gap:.5rem 1.2rem;padding:.55rem 0;border-bottom:1px solid var(--rule)}\n"
  ".cols-1{grid-template-columns:minmax(0,1fr)}\n"
  ".cols-2{grid-template-columns:repeat(2,minmax(0,1fr))}\n"
  ".cols-3{grid-template-columns:repeat(3,minmax(0,1fr))}\n"
  ".heads{font-weight:bold;position:sticky;top:0;background:var(--bg);border-bottom:2px solid var(--rule)}\n"
  ".entry{padding-inline-start:.6rem;border-inline-start:3px solid transparent;overflow-wrap:anywhere;font-size:.95rem}\n"
  ".entry.changed{border-color:var(--replacement)}\n"
  ".entry.added{border-color:var(--added)}\n"
  ".entry.omitted{border-color:var(--omitted)}\n"
  "del,ins{text-decoration-thickness:1px}\n"
  ".sym{font-size:1.2em}\n"
  "a:has(.sym){text-decoration:none}\n"
  ".label{font-size:.75rem;font-weight:bold;color:var(--muted);margin:0}\n"
  ".cols-2 .label .outlet,.cols-3 .label .outlet{display:none}\n"
  "@media (max-width:40rem){main{padding:.75rem}h1{font-size:1.5rem}"
  ".row{grid-template-columns:minmax(0,1fr)!important}.heads{display:none}"
  ".label .outlet{display:inline!important}.entry.empty{display:none}}\n"
  "@media print{.heads{position:static}.row{break-inside:auto}}\n";

static void
append_escaped (GString *out, const char *text, gssize len)
{
  g_autofree char *escaped = g_markup_escape_text (text, len);

  g_string_append (out, escaped);
}

/* The marks' colours and lines from px-marks.c, as CSS: custom
 * properties per look (light and dark) and one rule per kind. */
static void
append_mark_css (GString *out, PxMarkScheme scheme)
{
  static const PxMarkKind text_kinds[] = { PX_MARK_KIND_ADDED, PX_MARK_KIND_DROPPED, PX_MARK_KIND_REPLACED,
                                           PX_MARK_KIND_REPLACEMENT, PX_MARK_KIND_WORD_CHOICE,
                                           PX_MARK_KIND_OMITTED };
  static const PxQuoteCoverage coverages[] = { PX_QUOTE_WHOLE, PX_QUOTE_TRIMMED, PX_QUOTE_ALTERED, PX_QUOTE_ABSENT };

  for (guint dark = 0; dark < 2; dark++)
    {
      PxMarkScheme s = scheme | (dark ? PX_MARK_SCHEME_DARK : 0);

      g_string_append (out, dark ? "@media (prefers-color-scheme:dark){:root{" : ":root{");
      for (guint i = 0; i < G_N_ELEMENTS (text_kinds); i++)
        {
          PxMarkLook look;
          char alpha[G_ASCII_DTOSTR_BUF_SIZE];

          px_marks_get_look (text_kinds[i], s, &look);
          g_ascii_formatd (alpha, sizeof alpha, "%.2f", look.tint);
          g_string_append_printf (out, "--%s:#%06x;--%s-bg:rgba(%u,%u,%u,%s);", px_marks_get_id (text_kinds[i]),
                                  look.colour, px_marks_get_id (text_kinds[i]),
                                  (look.colour >> 16) & 0xff, (look.colour >> 8) & 0xff, look.colour & 0xff, alpha);
        }
      for (guint i = 0; i < G_N_ELEMENTS (coverages); i++)
        g_string_append_printf (out, "--cov-%s:#%06x;", px_quote_coverage_to_string (coverages[i]),
                                px_marks_coverage_colour (coverages[i], s));
      g_string_append (out, dark ? "}}\n" : "}\n");
    }
  for (guint i = 0; i < G_N_ELEMENTS (text_kinds) - 1; i++)
    {
      PxMarkLook look;
      const char *id = px_marks_get_id (text_kinds[i]);
      char *opacity = NULL;

      px_marks_get_look (text_kinds[i], scheme, &look);
      /* A percentage: a decimal point would follow the locale. */
      if (look.style & PX_MARK_STYLE_FADED)
        opacity = g_strdup_printf (";opacity:%d%%", (int) (look.ink * 100 + 0.5));
      g_string_append_printf (out, ".%s{background:var(--%s-bg);text-decoration:%s var(--%s)%s%s%s}\n", id, id,
                              look.style & PX_MARK_STYLE_STRIKE ? "line-through" : "underline", id,
                              look.style & PX_MARK_STYLE_DOUBLE_UNDERLINE ? " double" :
                              look.style & PX_MARK_STYLE_DOTTED ? " wavy" : "",
                              opacity ? opacity : "",
                              look.style & PX_MARK_STYLE_BOLD ? ";font-weight:bold" : "");
      g_clear_pointer (&opacity, g_free);
    }
  for (guint i = 0; i < G_N_ELEMENTS (coverages); i++)
    g_string_append_printf (out, ".cov-%s{color:var(--cov-%s)}\n", px_quote_coverage_to_string (coverages[i]),
                            px_quote_coverage_to_string (coverages[i]));
}

static const char *
symbol_class (const char *symbol, gsize len)
{
  static const PxQuoteCoverage all[] = { PX_QUOTE_WHOLE, PX_QUOTE_TRIMMED, PX_QUOTE_ALTERED, PX_QUOTE_ABSENT };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (strncmp (symbol, px_marks_coverage_symbol (all[i]), len) == 0)
      return px_quote_coverage_to_string (all[i]);
  return "absent";
}

static void
append_text (GString *out, const PxReportText *text)
{
  if (text->link)
    {
      g_string_append (out, "<a href=\"#");
      append_escaped (out, text->link, -1);
      g_string_append (out, "\">");
    }
  for (guint i = 0; i < text->runs->len; i++)
    {
      const PxReportRun *run = &g_array_index (text->runs, PxReportRun, i);
      const char *open = "", *close = "";

      switch (run->mark)
        {
        case PX_MARK_REMOVED: open = "<del class=\"dropped\">", close = "</del>"; break;
        case PX_MARK_ADDED: open = "<ins class=\"added\">", close = "</ins>"; break;
        case PX_MARK_REPLACED: open = "<del class=\"replaced\">", close = "</del>"; break;
        case PX_MARK_REPLACEMENT: open = "<ins class=\"replacement\">", close = "</ins>"; break;
        case PX_MARK_NOTE: open = "<em class=\"note\">", close = "</em>"; break;
        case PX_MARK_STRONG: open = "<strong>", close = "</strong>"; break;
        case PX_MARK_WORD_CHOICE: open = "<span class=\"word-choice\">", close = "</span>"; break;
        case PX_MARK_SYMBOL:
          g_string_append_printf (out, "<span class=\"sym cov-%s\">",
                                  symbol_class (text->text + run->start, run->end - run->start));
          close = "</span>";
          break;
        case PX_MARK_NONE:
        default: break;
        }
      g_string_append (out, open);
      append_escaped (out, text->text + run->start, run->end - run->start);
      g_string_append (out, close);
    }
  if (text->link)
    g_string_append (out, "</a>");
}

static void
append_table (GString *out, const PxReportBlock *table)
{
  g_string_append (out, "<div class=\"table-wrap\"><table>\n<thead><tr>");
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_string_append_printf (out, "<th scope=\"col\"%s>", (table->numeric_columns >> c) & 1 ? " class=\"num\"" : "");
      append_escaped (out, g_ptr_array_index (table->header, c), -1);
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");
  for (guint i = 0; i < table->cells->len; i++)
    {
      guint c = i % table->n_columns;

      if (c == 0)
        g_string_append (out, "<tr>");
      g_string_append_printf (out, "<td dir=\"auto\"%s>", (table->numeric_columns >> c) & 1 ? " class=\"num\"" : "");
      append_text (out, g_ptr_array_index (table->cells, i));
      g_string_append (out, "</td>");
      if (c == table->n_columns - 1)
        g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody></table></div>\n");
}

static void
append_heatmap (GString *out, const PxReportBlock *heat)
{
  guint n = heat->labels->len;

  g_string_append (out, "<div class=\"table-wrap\"><table class=\"heat\">\n<thead><tr><td></td>");
  for (guint b = 0; b < n; b++)
    {
      g_string_append_printf (out, "<th scope=\"col\" title=\"");
      append_escaped (out, g_ptr_array_index (heat->labels, b), -1);
      g_string_append_printf (out, "\">%u</th>", b + 1);
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");
  for (guint a = 0; a < n; a++)
    {
      g_string_append_printf (out, "<tr><th scope=\"row\" dir=\"auto\">%u ", a + 1);
      append_escaped (out, g_ptr_array_index (heat->labels, a), -1);
      g_string_append (out, "</th>");
      for (guint b = 0; b < n; b++)
        {
          double v = CLAMP (heat->values[a * n + b], 0, 1);
          char alpha[G_ASCII_DTOSTR_BUF_SIZE];

          if (a == b)
            {
              g_string_append (out, "<td class=\"self\">—</td>");
              continue;
            }
          /* The locale's decimal comma would break the CSS. */
          g_ascii_formatd (alpha, sizeof alpha, "%.2f", 0.08 + 0.85 * v);
          g_string_append_printf (out, "<td%s style=\"--v:%s\">%.0f%%</td>",
                                  v > 0.55 ? " class=\"high\"" : "", alpha, v * 100);
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody></table></div>\n");
}

static const char *
entry_class (PxEntryKind kind)
{
  switch (kind)
    {
    case PX_ENTRY_REFERENCE: return "reference";
    case PX_ENTRY_CHANGED: return "changed";
    case PX_ENTRY_ADDED: return "added";
    case PX_ENTRY_OMITTED: return "omitted";
    case PX_ENTRY_EMPTY: return "empty";
    case PX_ENTRY_PLAIN:
    default: return "plain";
    }
}

static void
append_entry (GString *out, const PxReportEntry *entry, gboolean side_by_side)
{
  g_string_append_printf (out, "<div class=\"entry %s\">", entry_class (entry->kind));
  if (entry->outlet || entry->label)
    {
      g_string_append (out, "<p class=\"label\">");
      if (entry->outlet)
        {
          /* Side by side the column heads name the outlet; the name
           * shows in the label only where the columns stack. */
          g_string_append (out, side_by_side ? "<span class=\"outlet\">" : "<span>");
          append_escaped (out, entry->outlet, -1);
          g_string_append (out, entry->label ? " · </span>" : "</span>");
        }
      if (entry->label)
        append_escaped (out, entry->label, -1);
      g_string_append (out, "</p>");
    }
  if (entry->text)
    {
      g_string_append (out, "<p dir=\"auto\">");
      append_text (out, entry->text);
      g_string_append (out, "</p>");
    }
  g_string_append (out, "</div>");
}

static void
append_row (GString *out, const PxReportBlock *row)
{
  g_string_append_printf (out, "<div class=\"row cols-%u\">", row->side_by_side ? row->entries->len : 1);
  for (guint i = 0; i < row->entries->len; i++)
    append_entry (out, g_ptr_array_index (row->entries, i), row->side_by_side);
  g_string_append (out, "</div>\n");
}

/* A handout's articles: whole, in columns (stacked on a phone); the
 * paragraph numbers are in the text, the lines are the reader's. */
static void
append_articles (GString *out, const PxReportBlock *block)
{
  g_string_append_printf (out, "<div class=\"row articles cols-%u\">",
                          block->side_by_side ? block->entries->len : 1);
  for (guint i = 0; i < block->entries->len; i++)
    {
      const PxReportEntry *entry = g_ptr_array_index (block->entries, i);
      g_auto(GStrv) paragraphs = g_strsplit (entry->text->text, "\n", -1);

      g_string_append (out, "<article class=\"entry\"><h3 dir=\"auto\">");
      append_escaped (out, entry->label ? entry->label : entry->outlet, -1);
      g_string_append (out, "</h3>");
      for (guint p = 0; paragraphs[p]; p++)
        {
          g_string_append (out, "<p dir=\"auto\">");
          append_escaped (out, paragraphs[p], -1);
          g_string_append (out, "</p>");
        }
      g_string_append (out, "</article>");
    }
  g_string_append (out, "</div>\n");
}

static void
append_section (GString *out, const PxReportSection *section)
{
  g_string_append (out, "<section id=\"");
  append_escaped (out, section->id, -1);
  g_string_append (out, "\">\n");
  if (section->title)
    {
      g_string_append (out, "<h2>");
      append_escaped (out, section->title, -1);
      g_string_append (out, "</h2>\n");
    }
  if (section->columns)
    {
      g_string_append_printf (out, "<div class=\"row heads cols-%u\" aria-hidden=\"true\">", section->columns->len);
      for (guint c = 0; c < section->columns->len; c++)
        {
          g_string_append (out, "<div dir=\"auto\">");
          append_escaped (out, g_ptr_array_index (section->columns, c), -1);
          g_string_append (out, "</div>");
        }
      g_string_append (out, "</div>\n");
    }

  for (guint i = 0; i < section->blocks->len; i++)
    {
      const PxReportBlock *block = g_ptr_array_index (section->blocks, i);

      /* No page to fit: the full text, never its condensed form. */
      if (block->detail == PX_DETAIL_CONDENSED)
        continue;
      switch (block->kind)
        {
        case PX_BLOCK_TITLE:
          g_string_append (out, "<h1 dir=\"auto\">");
          append_text (out, block->text);
          g_string_append (out, "</h1>\n");
          break;
        case PX_BLOCK_PARAGRAPH:
          g_string_append (out, "<p dir=\"auto\"");
          if (block->anchor)
            {
              g_string_append (out, " id=\"");
              append_escaped (out, block->anchor, -1);
              g_string_append (out, "\"");
            }
          g_string_append (out, ">");
          append_text (out, block->text);
          g_string_append (out, "</p>\n");
          break;
        case PX_BLOCK_TABLE:
          append_table (out, block);
          break;
        case PX_BLOCK_HEATMAP:
          append_heatmap (out, block);
          break;
        case PX_BLOCK_ROW:
          append_row (out, block);
          break;
        case PX_BLOCK_ARTICLES:
          append_articles (out, block);
          break;
        default:
          g_warn_if_reached ();
        }
    }
  g_string_append (out, "</section>\n");
}

char *
px_report_to_html (PxReport *report)
{
  GString *out = g_string_new (NULL);
  g_autofree char *created = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  created = g_date_time_format (report->created, "%Y-%m-%dT%H:%M:%S%:z");
  g_string_append (out, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"color-scheme\" content=\"light dark\">\n");
  g_string_append_printf (out, "<meta name=\"generator\" content=\"Parallax %s\">\n", PACKAGE_VERSION);
  g_string_append_printf (out, "<meta name=\"date\" content=\"%s\">\n", created);
  g_string_append (out, "<title>");
  append_escaped (out, report->title, -1);
  g_string_append_printf (out, "</title>\n<style>\n%s", style_sheet);
  append_mark_css (out, report->scheme);
  g_string_append (out, "</style>\n</head>\n<body>\n<main>\n");
  for (guint i = 0; i < report->sections->len; i++)
    append_section (out, g_ptr_array_index (report->sections, i));
  g_string_append (out, "</main>\n</body>\n</html>\n");
  return g_string_free (out, FALSE);
}
