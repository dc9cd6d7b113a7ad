/* px-marks.h: the marks a comparison is read by, one definition for the
 * window, the reports and the legend
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every kind of mark has a colour for each look (light, dark, high
 * contrast, colour-blind safe) and a style that needs no colour at all
 * (a line, a box, a badge), so that a grey-scale print and a reader who
 * cannot tell red from green still see every difference.  GLib only:
 * the window turns a look into Pango attributes, the PDF writer into
 * Pango attributes on paper, the HTML writer into CSS.
 */
#pragma once

#include <glib.h>

#include "px-quotes.h"

G_BEGIN_DECLS

typedef enum {
  PX_MARK_KIND_ADDED,        /* words the reference lacks */
  PX_MARK_KIND_DROPPED,      /* the reference's words this text leaves out */
  PX_MARK_KIND_REPLACED,     /* the reference's words this text replaced */
  PX_MARK_KIND_REPLACEMENT,  /* the words that took their place */
  PX_MARK_KIND_OMITTED,      /* a whole paragraph of the reference left out */
  PX_MARK_KIND_MOVED,        /* a paragraph that stands elsewhere in its article */
  PX_MARK_KIND_QUOTE,        /* words inside quotation marks */
  PX_MARK_KIND_SEARCH,       /* a match of the search */
  PX_MARK_KIND_FURNITURE,    /* navigation, time stamps, bylines: not the story */
  PX_MARK_KIND_WORD_CHOICE,  /* a variant of a word-choice set (px-word-choice.h) */
  PX_N_MARK_KINDS
} PxMarkKind;

/* The cues that need no colour; a kind may have several. */
typedef enum {
  PX_MARK_STYLE_UNDERLINE        = 1 << 0,
  PX_MARK_STYLE_DOUBLE_UNDERLINE = 1 << 1,
  PX_MARK_STYLE_STRIKE           = 1 << 2,
  PX_MARK_STYLE_DOTTED           = 1 << 3,  /* a dotted (or wavy) underline */
  PX_MARK_STYLE_BOX              = 1 << 4,  /* an outline round the words */
  PX_MARK_STYLE_BADGE            = 1 << 5,  /* a small label with the kind's name */
  PX_MARK_STYLE_ITALIC           = 1 << 6,
  PX_MARK_STYLE_FADED            = 1 << 7,  /* lighter ink: context, not the text's own words
                                              * (a strike over it is in that ink, not the colour) */
  PX_MARK_STYLE_BOLD             = 1 << 8,  /* high contrast adds weight */
} PxMarkStyle;

/* Which colours: flags, combined. */
typedef enum {
  PX_MARK_SCHEME_LIGHT         = 0,
  PX_MARK_SCHEME_DARK          = 1 << 0,
  PX_MARK_SCHEME_HIGH_CONTRAST = 1 << 1,
  PX_MARK_SCHEME_COLOUR_BLIND  = 1 << 2,
} PxMarkScheme;

typedef struct {
  guint32 colour;       /* 0xRRGGBB: lines, bars, badges and the tint */
  double tint;          /* the tint's opacity behind the words, 0 for none */
  double ink;           /* the words' ink opacity: below 1 when faded */
  PxMarkStyle style;
} PxMarkLook;

/* Marked words stay readable: their ink against their tint is at least
 * this contrast (WCAG's 4.5:1 for body text), in every scheme. */
#define PX_MARKS_MIN_CONTRAST 4.5

void        px_marks_get_look    (PxMarkKind    kind,
                                  PxMarkScheme  scheme,
                                  PxMarkLook   *look);
/* Lowers @look's tint (then raises a faded ink) until its words keep
 * PX_MARKS_MIN_CONTRAST; px_marks_get_look() does it, for a tint of
 * one's own (a selected quotation's) call it again. */
void        px_marks_keep_readable (PxMarkLook   *look,
                                    PxMarkScheme  scheme);
/* A short name for CSS classes and tests: "replaced", "search". */
const char *px_marks_get_id      (PxMarkKind    kind);
/* Translated: "replaced", "added words", ... as the legend and badges say it. */
const char *px_marks_get_name    (PxMarkKind    kind);
/* Translated: a few words for the legend. */
const char *px_marks_get_meaning (PxMarkKind    kind);

/* The page and the text's ink of a scheme: libadwaita's view colours,
 * which the reports' paper and ink follow in the light scheme. */
guint32     px_marks_scheme_page (PxMarkScheme  scheme);
guint32     px_marks_scheme_ink  (PxMarkScheme  scheme);
/* WCAG's contrast ratio of two opaque colours, 1 to 21. */
double      px_marks_contrast    (guint32       a,
                                  guint32       b);

/* The tint as an opaque colour over @background (paper: 0xffffff). */
guint32     px_marks_blend       (guint32       colour,
                                  double        alpha,
                                  guint32       background);

/* ---- The quotation grid: how an outlet carries a quotation ---- */

/* ● whole, ◐ trimmed, ◆ altered, ○ absent: shapes that differ in grey. */
const char *px_marks_coverage_symbol  (PxQuoteCoverage coverage);
guint32     px_marks_coverage_colour  (PxQuoteCoverage coverage,
                                       PxMarkScheme    scheme);
/* Translated: a few words for the legend. */
const char *px_marks_coverage_meaning (PxQuoteCoverage coverage);

G_END_DECLS
