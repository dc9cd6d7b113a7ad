/* px-diff-marks.c: a word diff as Pango attributes
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cell shows its own paragraph with the differences from the
 * reference's paragraph marked in place.  Colour alone would fail
 * colour-blind readers and grey-scale prints, so each kind of mark has a
 * line of its own too:
 *   added    single underline (green)
 *   removed  struck through, the reference's words shown inline (red)
 *   changed  the old words struck (orange), the new ones double
 *            underlined (blue)
 * The colours and lines are px-marks.c's, shared with the reports.
 * Backgrounds are tints with alpha so that the same colours read on
 * light and dark backgrounds; high contrast makes them denser and bold.
 */
#include "config.h"

#include "px-diff.h"
#include "px-diff-marks.h"

static void
set_colour (PangoColor *colour, guint32 rgb)
{
  colour->red = ((rgb >> 16) & 0xff) * 0x101;
  colour->green = ((rgb >> 8) & 0xff) * 0x101;
  colour->blue = (rgb & 0xff) * 0x101;
}

/* The window's palette is px-marks.c's, the one the reports use. */
static void
palette_init (PxMarkPalette *palette, PxMarkScheme scheme)
{
  PxMarkLook look;
  double tint;

  /* One tint for the diff's marks: the added words' density, or less
   * where another mark's words would not read on it (px-marks.c). */
  px_marks_get_look (PX_MARK_KIND_ADDED, scheme, &look);
  set_colour (&palette->colour[PX_MARK_ADDED], look.colour);
  tint = look.tint;
  palette->bold = (look.style & PX_MARK_STYLE_BOLD) != 0;
  px_marks_get_look (PX_MARK_KIND_DROPPED, scheme, &look);
  set_colour (&palette->colour[PX_MARK_REMOVED], look.colour);
  tint = MIN (tint, look.tint);
  px_marks_get_look (PX_MARK_KIND_REPLACEMENT, scheme, &look);
  set_colour (&palette->colour[PX_MARK_CHANGED], look.colour);
  tint = MIN (tint, look.tint);
  px_marks_get_look (PX_MARK_KIND_REPLACED, scheme, &look);
  set_colour (&palette->replaced, look.colour);
  /* The replaced words' tint is the one with faded words on it. */
  look.tint = MAX (tint, look.tint);
  px_marks_keep_readable (&look, scheme);
  palette->background_alpha = (guint16) (MIN (tint, look.tint) * 0xffff);
  palette->replaced_ink_alpha = (guint16) (look.ink * 0xffff);
  px_marks_get_look (PX_MARK_KIND_QUOTE, scheme, &look);
  set_colour (&palette->quote, look.colour);
  palette->quote_alpha = (guint16) (look.tint * 0xffff);
  /* The quotation open in the panel: denser, as far as it reads. */
  look.tint = scheme & PX_MARK_SCHEME_HIGH_CONTRAST ? 0.5 : 0.31;
  px_marks_keep_readable (&look, scheme);
  palette->quote_selected_alpha = (guint16) (look.tint * 0xffff);
}

/**
 * px_mark_palette_init:
 *
 * The GNOME palette's colours as px-marks.c picks them: the darker
 * shades on a light background, the lighter ones on a dark background.
 */
void
px_mark_palette_init (PxMarkPalette *palette,
                      gboolean       dark,
                      gboolean       high_contrast)
{
  g_return_if_fail (palette != NULL);

  palette_init (palette, (dark ? PX_MARK_SCHEME_DARK : 0) | (high_contrast ? PX_MARK_SCHEME_HIGH_CONTRAST : 0));
}

/**
 * px_mark_palette_init_colour_blind:
 *
 * Like px_mark_palette_init(), without green against red: Okabe and
 * Ito's palette for colour-blind readers.
 */
void
px_mark_palette_init_colour_blind (PxMarkPalette *palette,
                                   gboolean       dark,
                                   gboolean       high_contrast)
{
  g_return_if_fail (palette != NULL);

  palette_init (palette, PX_MARK_SCHEME_COLOUR_BLIND | (dark ? PX_MARK_SCHEME_DARK : 0) |
                         (high_contrast ? PX_MARK_SCHEME_HIGH_CONTRAST : 0));
}

static void
insert (PangoAttrList *attrs, PangoAttribute *attr, guint start, guint end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

/**
 * px_diff_marks_add:
 * @old_words: the range holds the reference's words (struck through)
 * @start: first byte of the range in the shown text
 * @end: byte past the range
 *
 * Marks one range of the shown text.
 */
void
px_diff_marks_add (PangoAttrList       *attrs,
                   PxMark               mark,
                   gboolean             old_words,
                   guint                start,
                   guint                end,
                   const PxMarkPalette *palette)
{
  const PangoColor *c;

  g_return_if_fail (attrs != NULL && palette != NULL);
  g_return_if_fail (mark < PX_N_MARKS);

  if (start >= end)
    return;
  /* Replaced words and their replacement differ in hue as in line. */
  c = mark == PX_MARK_CHANGED && old_words ? &palette->replaced : &palette->colour[mark];
  insert (attrs, pango_attr_background_new (c->red, c->green, c->blue), start, end);
  insert (attrs, pango_attr_background_alpha_new (palette->background_alpha), start, end);
  if (old_words)
    {
      insert (attrs, pango_attr_strikethrough_new (TRUE), start, end);
      /* Replaced words are context for their replacement: faded, less
       * so in high contrast.  Dropped words stay in full ink, so that
       * the two differ in more than hue (px-marks.c).  Faded words are
       * struck in their own ink: Pango 1.50 draws a coloured line over
       * faded words on a translucent tint with the tint's alpha, all
       * but unseen, for most runs (PX_MARK_STYLE_FADED in px-marks.h). */
      if (mark == PX_MARK_CHANGED)
        insert (attrs, pango_attr_foreground_alpha_new (palette->replaced_ink_alpha), start, end);
      else
        insert (attrs, pango_attr_strikethrough_color_new (c->red, c->green, c->blue), start, end);
      return;
    }
  insert (attrs, pango_attr_underline_new (mark == PX_MARK_CHANGED ? PANGO_UNDERLINE_DOUBLE
                                                                    : PANGO_UNDERLINE_SINGLE),
          start, end);
  insert (attrs, pango_attr_underline_color_new (c->red, c->green, c->blue), start, end);
  if (palette->bold)
    insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
}

/**
 * px_quote_marks_add:
 * @selected: the quotation open in the quote panel: a denser tint and a
 *   line above
 *
 * Marks quoted words: a faint purple tint, and italics as the cue that
 * needs no colour.  Add them under the diff's marks (see
 * px_cell_view_add_attributes()).
 */
void
px_quote_marks_add (PangoAttrList       *attrs,
                    guint                start,
                    guint                end,
                    gboolean             selected,
                    const PxMarkPalette *palette)
{
  const PangoColor *c;

  g_return_if_fail (attrs != NULL && palette != NULL);

  if (start >= end)
    return;
  c = &palette->quote;
  insert (attrs, pango_attr_background_new (c->red, c->green, c->blue), start, end);
  insert (attrs, pango_attr_background_alpha_new (selected ? palette->quote_selected_alpha
                                                           : palette->quote_alpha), start, end);
  insert (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, end);
  if (selected)
    {
      insert (attrs, pango_attr_overline_new (PANGO_OVERLINE_SINGLE), start, end);
      insert (attrs, pango_attr_overline_color_new (c->red, c->green, c->blue), start, end);
    }
}

/**
 * px_search_marks_add:
 *
 * Marks a match of the search: yellow, as a highlighter pen (none of
 * the diff marks' colours), with dark text on it in light and dark
 * styles alike, and a line above as the cue that needs no colour (no
 * other mark but the selected quotation has one, and that one is
 * purple over italics).  Add them over the diff's and the quotations'
 * marks.
 */
void
px_search_marks_add (PangoAttrList *attrs,
                     guint          start,
                     guint          end)
{
  g_return_if_fail (attrs != NULL);

  if (start >= end)
    return;
  insert (attrs, pango_attr_background_new (0xf6f6, 0xd3d3, 0x2d2d), start, end);
  insert (attrs, pango_attr_foreground_new (0x2424, 0x1f1f, 0x3131), start, end);
  /* Opaque: a quotation's tint below sets a faint alpha that the
   * highlight would otherwise take over, and all but vanish. */
  insert (attrs, pango_attr_background_alpha_new (0xffff), start, end);
  insert (attrs, pango_attr_foreground_alpha_new (0xffff), start, end);
  insert (attrs, pango_attr_overline_new (PANGO_OVERLINE_SINGLE), start, end);
  insert (attrs, pango_attr_overline_color_new (0x2424, 0x1f1f, 0x3131), start, end);
}

static const PxDiffOp *
op_at (GArray *ops, guint i)
{
  return i < ops->len ? &g_array_index (ops, PxDiffOp, i) : NULL;
}

/* Two runs shown next to each other need a space between them when
 * neither brings one: the diff puts spaces into the equal runs. */
static void
separate (GString *out)
{
  if (out->len > 0 && !g_ascii_isspace (out->str[out->len - 1]))
    g_string_append_c (out, ' ');
}

/* Whether the shown text ends in a word or the punctuation after one
 * (not an opening bracket or quotation mark). */
static gboolean
ends_word (GString *out)
{
  const char *last;
  gunichar c;

  if (out->len == 0)
    return FALSE;
  last = g_utf8_find_prev_char (out->str, out->str + out->len);
  c = last ? g_utf8_get_char (last) : 0;
  return g_unichar_isalnum (c) || (c < 0x80 && strchr (",.;:!?)", (int) c) != NULL) ||
         c == 0x201D || c == 0x2019;
}

/**
 * px_diff_marks_render:
 * @ref_text: the reference's paragraph (the diff's old text)
 * @text: this outlet's paragraph (the diff's new text)
 * @ops: px_diff (@ref_text, @text)
 * @show_removed: show the reference's dropped words inline, struck through
 * @attrs: receives the marks, indexed into the returned text
 *
 * Returns: (transfer full): the text to show
 */
char *
px_diff_marks_render (const char          *ref_text,
                      const char          *text,
                      GArray              *ops,
                      gboolean             show_removed,
                      const PxMarkPalette *palette,
                      PangoAttrList       *attrs)
{
  return px_diff_marks_render_mapped (ref_text, text, ops, show_removed, palette, attrs, NULL);
}

static void
add_span (GArray *spans, guint shown, guint source, guint len)
{
  PxTextSpan span = { shown, source, len };

  if (spans && len > 0)
    g_array_append_val (spans, span);
}

/**
 * px_diff_marks_render_mapped:
 * @spans: (nullable): receives a PxTextSpan for every run of @text in
 *   the returned text, in order, so that marks on @text (quotations)
 *   can be placed on the shown text
 *
 * Like px_diff_marks_render().
 *
 * Returns: (transfer full): the text to show
 */
char *
px_diff_marks_render_mapped (const char          *ref_text,
                             const char          *text,
                             GArray              *ops,
                             gboolean             show_removed,
                             const PxMarkPalette *palette,
                             PangoAttrList       *attrs,
                             GArray              *spans)
{
  GString *out;

  g_return_val_if_fail (ref_text != NULL && text != NULL && ops != NULL, NULL);
  g_return_val_if_fail (palette != NULL && attrs != NULL, NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = op_at (ops, i);
      const PxDiffOp *prev = i > 0 ? op_at (ops, i - 1) : NULL;
      const PxDiffOp *next = op_at (ops, i + 1);
      gboolean replaced;
      guint start;

      switch (op->type)
        {
        case PX_DIFF_EQUAL:
          add_span (spans, out->len, op->new_start, op->new_end - op->new_start);
          g_string_append_len (out, text + op->new_start, op->new_end - op->new_start);
          break;

        case PX_DIFF_DELETE:
          if (!show_removed)
            break;
          replaced = next && next->type == PX_DIFF_INSERT;
          /* The space before dropped words may sit in the reference's
           * side of the equal run before them, which is not shown. */
          if (g_unichar_isalnum (g_utf8_get_char (ref_text + op->old_start)) && ends_word (out))
            separate (out);
          start = out->len;
          g_string_append_len (out, ref_text + op->old_start, op->old_end - op->old_start);
          px_diff_marks_add (attrs, replaced ? PX_MARK_CHANGED : PX_MARK_REMOVED, TRUE,
                             start, out->len, palette);
          break;

        case PX_DIFF_INSERT:
          replaced = prev && prev->type == PX_DIFF_DELETE;
          if (replaced && show_removed)
            separate (out);
          start = out->len;
          add_span (spans, out->len, op->new_start, op->new_end - op->new_start);
          g_string_append_len (out, text + op->new_start, op->new_end - op->new_start);
          px_diff_marks_add (attrs, replaced ? PX_MARK_CHANGED : PX_MARK_ADDED, FALSE,
                             start, out->len, palette);
          break;

        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (out, FALSE);
}
