/* px-marks.c: the marks a comparison is read by
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The styles, so that no two kinds look alike in grey:
 *   added        single underline
 *   dropped      struck through, in full ink
 *   replaced     struck through, faded (the replacement follows it)
 *   replacement  double underline
 *   omitted      a dashed box standing for the paragraph
 *   moved        a badge ("moved")
 *   quote        italics on a faint tint
 *   search       a box round the match
 *   furniture    faded, with a badge
 *   word choice  bold, with a wavy underline (no other kind is bold in
 *                the light look, none has a wavy line)
 * Colours: the GNOME palette, darker shades on light backgrounds and
 * lighter ones on dark; the colour-blind set is Okabe and Ito's, with no
 * red against green.  Replaced and replacement differ in hue (orange
 * against blue) as well as in line.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "px-marks.h"

typedef struct {
  guint32 light, dark;          /* GNOME palette */
  guint32 cb_light, cb_dark;    /* Okabe and Ito */
  double tint;                  /* on a light background */
  PxMarkStyle style;
} KindDef;

static const KindDef kinds[PX_N_MARK_KINDS] = {
  [PX_MARK_KIND_ADDED]       = { 0x26a269, 0x57e389, 0x0072b2, 0x56b4e9, 0.20, PX_MARK_STYLE_UNDERLINE },
  [PX_MARK_KIND_DROPPED]     = { 0xc01c28, 0xff7b63, 0xd55e00, 0xef7d3c, 0.20, PX_MARK_STYLE_STRIKE },
  [PX_MARK_KIND_REPLACED]    = { 0xc64600, 0xffa348, 0x8f6a00, 0xf0e442, 0.16,
                                 PX_MARK_STYLE_STRIKE | PX_MARK_STYLE_FADED },
  [PX_MARK_KIND_REPLACEMENT] = { 0x1c71d8, 0x78aeed, 0xa8518a, 0xcc79a7, 0.20, PX_MARK_STYLE_DOUBLE_UNDERLINE },
  [PX_MARK_KIND_OMITTED]     = { 0x77767b, 0x9a9996, 0x77767b, 0x9a9996, 0.08, PX_MARK_STYLE_BOX | PX_MARK_STYLE_ITALIC },
  [PX_MARK_KIND_MOVED]       = { 0x1c7a8c, 0x5bc8d6, 0x007a5a, 0x009e73, 0.00, PX_MARK_STYLE_BADGE },
  [PX_MARK_KIND_QUOTE]       = { 0x813d9c, 0xdc8add, 0x813d9c, 0xdc8add, 0.11, PX_MARK_STYLE_ITALIC },
  [PX_MARK_KIND_SEARCH]      = { 0xb58900, 0xf8e45c, 0x8a7a00, 0xf0e442, 0.45, PX_MARK_STYLE_BOX },
  [PX_MARK_KIND_FURNITURE]   = { 0x77767b, 0x9a9996, 0x77767b, 0x9a9996, 0.00,
                                 PX_MARK_STYLE_FADED | PX_MARK_STYLE_BADGE },
  [PX_MARK_KIND_WORD_CHOICE] = { 0x703cb0, 0xc397e8, 0x5d3a9b, 0xc397e8, 0.14,
                                 PX_MARK_STYLE_DOTTED | PX_MARK_STYLE_BOLD },
};

/* px_marks_keep_readable:
 *
 * Lowers the tint, then raises a faded ink, until the words read
 * against their tint (PX_MARKS_MIN_CONTRAST): a light hue dense enough
 * to be seen on a dark page is also light enough to wash out white
 * words on it (high contrast's dark tints were 3.5:1). */
void
px_marks_keep_readable (PxMarkLook   *look,
                        PxMarkScheme  scheme)
{
  guint32 page = px_marks_scheme_page (scheme), ink = px_marks_scheme_ink (scheme);

  for (guint i = 0; i < 100; i++)
    {
      guint32 back = px_marks_blend (look->colour, look->tint, page);

      if (px_marks_contrast (px_marks_blend (ink, look->ink, back), back) >= PX_MARKS_MIN_CONTRAST)
        return;
      if (look->tint > 0)
        look->tint = MAX (look->tint - 0.02, 0);
      else if (look->ink < 1)
        look->ink = MIN (look->ink + 0.05, 1);
      else
        return;
    }
}

/* The look of a kind in a scheme, before it is made readable. */
static void
compute_look (PxMarkKind    kind,
              PxMarkScheme  scheme,
              PxMarkLook   *look)
{
  const KindDef *def = &kinds[kind];
  gboolean dark = (scheme & PX_MARK_SCHEME_DARK) != 0;
  gboolean cb = (scheme & PX_MARK_SCHEME_COLOUR_BLIND) != 0;

  look->colour = cb ? (dark ? def->cb_dark : def->cb_light) : (dark ? def->dark : def->light);
  look->tint = def->tint * (dark ? 1.4 : 1.0);
  look->style = def->style;
  if (scheme & PX_MARK_SCHEME_HIGH_CONTRAST)
    {
      look->tint = MIN (look->tint * 2.0, 0.6);
      /* Faded words keep their style (replaced against dropped words
       * depends on it); renderers fade them less in high contrast. */
      if (look->style & (PX_MARK_STYLE_UNDERLINE | PX_MARK_STYLE_DOUBLE_UNDERLINE))
        look->style |= PX_MARK_STYLE_BOLD;
    }
  /* Faded words are context, lighter; less so in high contrast. */
  look->ink = look->style & PX_MARK_STYLE_FADED ? (scheme & PX_MARK_SCHEME_HIGH_CONTRAST ? 0.85 : 0.7) : 1.0;
  px_marks_keep_readable (look, scheme);
}

#define N_SCHEMES (PX_MARK_SCHEME_DARK | PX_MARK_SCHEME_HIGH_CONTRAST | PX_MARK_SCHEME_COLOUR_BLIND) + 1

/**
 * px_marks_get_look:
 *
 * Dark backgrounds need denser tints for the same contrast; high
 * contrast makes them denser still and adds weight to the marked words.
 * Either way the words on a tint keep their contrast.  The looks are
 * worked out once, for every kind and scheme (the report asks for one
 * per marked range, on any thread).
 */
void
px_marks_get_look (PxMarkKind    kind,
                   PxMarkScheme  scheme,
                   PxMarkLook   *look)
{
  static PxMarkLook table[N_SCHEMES][PX_N_MARK_KINDS];
  static gsize ready = 0;

  g_return_if_fail (kind < PX_N_MARK_KINDS);
  g_return_if_fail ((guint) scheme < N_SCHEMES);
  g_return_if_fail (look != NULL);

  if (g_once_init_enter (&ready))
    {
      for (guint s = 0; s < N_SCHEMES; s++)
        for (guint k = 0; k < PX_N_MARK_KINDS; k++)
          compute_look (k, s, &table[s][k]);
      g_once_init_leave (&ready, 1);
    }
  *look = table[scheme][kind];
}

guint32
px_marks_scheme_page (PxMarkScheme scheme)
{
  return scheme & PX_MARK_SCHEME_DARK ? 0x1e1e1e : 0xffffff;
}

guint32
px_marks_scheme_ink (PxMarkScheme scheme)
{
  /* libadwaita's text is 80 % black on white; full ink in high contrast. */
  if (scheme & PX_MARK_SCHEME_DARK)
    return 0xffffff;
  return scheme & PX_MARK_SCHEME_HIGH_CONTRAST ? 0x000000 : 0x333333;
}

static double
luminance (guint32 rgb)
{
  double sum = 0;
  const double weight[3] = { 0.0722, 0.7152, 0.2126 };   /* blue, green, red */

  for (int i = 0; i < 3; i++)
    {
      double c = ((rgb >> (8 * i)) & 0xff) / 255.0;

      sum += weight[i] * (c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4));
    }
  return sum;
}

double
px_marks_contrast (guint32 a,
                   guint32 b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

const char *
px_marks_get_id (PxMarkKind kind)
{
  static const char *ids[PX_N_MARK_KINDS] = {
    "added", "dropped", "replaced", "replacement", "omitted", "moved", "quote", "search", "furniture",
    "word-choice",
  };

  g_return_val_if_fail (kind < PX_N_MARK_KINDS, "");
  return ids[kind];
}

const char *
px_marks_get_name (PxMarkKind kind)
{
  g_return_val_if_fail (kind < PX_N_MARK_KINDS, "");

  switch (kind)
    {
    /* Translators: a mark: words this outlet has that the reference lacks */
    case PX_MARK_KIND_ADDED: return _("added words");
    /* Translators: a mark: the reference's words this outlet left out */
    case PX_MARK_KIND_DROPPED: return _("dropped words");
    /* Translators: a mark: the reference's words that were replaced */
    case PX_MARK_KIND_REPLACED: return _("replaced");
    /* Translators: a mark: the words that replaced them */
    case PX_MARK_KIND_REPLACEMENT: return _("replacement");
    case PX_MARK_KIND_OMITTED: return _("omitted");
    case PX_MARK_KIND_MOVED: return _("moved");
    /* Translators: a mark: words inside quotation marks */
    case PX_MARK_KIND_QUOTE: return _("quoted words");
    /* Translators: a mark: a match of the search */
    case PX_MARK_KIND_SEARCH: return _("search match");
    case PX_MARK_KIND_FURNITURE: return _("page furniture");
    /* Translators: a mark: a word one outlet uses where others use another */
    case PX_MARK_KIND_WORD_CHOICE: return _("word choice");
    case PX_N_MARK_KINDS:
    default: return "";
    }
}

const char *
px_marks_get_meaning (PxMarkKind kind)
{
  g_return_val_if_fail (kind < PX_N_MARK_KINDS, "");

  switch (kind)
    {
    case PX_MARK_KIND_ADDED: return _("words the reference lacks (underlined)");
    case PX_MARK_KIND_DROPPED: return _("the reference's words left out (struck)");
    case PX_MARK_KIND_REPLACED: return _("the reference's words replaced (struck, faded)…");
    case PX_MARK_KIND_REPLACEMENT: return _("…by these words (double underline)");
    case PX_MARK_KIND_OMITTED: return _("a paragraph of the reference left out");
    case PX_MARK_KIND_MOVED: return _("the paragraph stands elsewhere in its article");
    case PX_MARK_KIND_QUOTE: return _("words inside quotation marks (italics)");
    case PX_MARK_KIND_SEARCH: return _("what the search found (a box)");
    case PX_MARK_KIND_FURNITURE: return _("navigation, time stamps, bylines: not the story");
    case PX_MARK_KIND_WORD_CHOICE: return _("an outlet's word for a thing others name differently (bold, wavy line)");
    case PX_N_MARK_KINDS:
    default: return "";
    }
}

guint32
px_marks_blend (guint32 colour,
                double  alpha,
                guint32 background)
{
  guint32 out = 0;

  alpha = CLAMP (alpha, 0.0, 1.0);
  for (int shift = 0; shift <= 16; shift += 8)
    {
      double c = (colour >> shift) & 0xff, b = (background >> shift) & 0xff;

      out |= (guint32) (c * alpha + b * (1 - alpha) + 0.5) << shift;
    }
  return out;
}

const char *
px_marks_coverage_symbol (PxQuoteCoverage coverage)
{
  switch (coverage)
    {
    case PX_QUOTE_WHOLE: return "●";
    case PX_QUOTE_TRIMMED: return "◐";
    case PX_QUOTE_ALTERED: return "◆";
    case PX_QUOTE_ABSENT:
    default: return "○";
    }
}

/* Whole in ink, altered as a replacement, trimmed as dropped words,
 * absent faded: the shape says it, the colour repeats it. */
guint32
px_marks_coverage_colour (PxQuoteCoverage coverage,
                          PxMarkScheme    scheme)
{
  PxMarkLook look;

  switch (coverage)
    {
    case PX_QUOTE_WHOLE:
      return scheme & PX_MARK_SCHEME_DARK ? 0xe6e6ea : 0x1b1b1f;
    case PX_QUOTE_TRIMMED:
      px_marks_get_look (PX_MARK_KIND_DROPPED, scheme, &look);
      return look.colour;
    case PX_QUOTE_ALTERED:
      px_marks_get_look (PX_MARK_KIND_REPLACEMENT, scheme, &look);
      return look.colour;
    case PX_QUOTE_ABSENT:
    default:
      px_marks_get_look (PX_MARK_KIND_OMITTED, scheme, &look);
      return look.colour;
    }
}

const char *
px_marks_coverage_meaning (PxQuoteCoverage coverage)
{
  switch (coverage)
    {
    case PX_QUOTE_WHOLE: return _("quoted word for word");
    case PX_QUOTE_TRIMMED: return _("only a part quoted");
    case PX_QUOTE_ALTERED: return _("quoted with words changed");
    case PX_QUOTE_ABSENT:
    default: return _("not quoted");
    }
}
