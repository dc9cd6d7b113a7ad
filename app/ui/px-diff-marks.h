/* px-diff-marks.h: a word diff as Pango attributes
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "px-marks.h"

G_BEGIN_DECLS

typedef enum {
  PX_MARK_ADDED,      /* words this outlet has and the reference lacks */
  PX_MARK_REMOVED,    /* reference words this outlet dropped */
  PX_MARK_CHANGED,    /* words replaced by others */
  PX_N_MARKS
} PxMark;

/* Colours for one look (light, dark, high contrast).  Every mark also has
 * a cue that needs no colour: see px_diff_marks_add(). */
typedef struct {
  PangoColor colour[PX_N_MARKS];  /* CHANGED: the replacement's colour */
  PangoColor replaced;            /* CHANGED's old words: a hue of their own */
  guint16 background_alpha;
  guint16 replaced_ink_alpha;     /* CHANGED's old words: faded */
  gboolean bold;        /* high contrast: weight as a further cue */
  PangoColor quote;     /* quoted words: a tint of their own, in italics */
  guint16 quote_alpha;
  guint16 quote_selected_alpha;
} PxMarkPalette;

/* Where a run of a cell's own text stands in the shown text (which also
 * holds the reference's dropped words): bytes [source, source + len) of
 * the paragraph's text are bytes [shown, shown + len) of the shown one. */
typedef struct {
  guint shown;
  guint source;
  guint len;
} PxTextSpan;

void  px_mark_palette_init (PxMarkPalette       *palette,
                            gboolean             dark,
                            gboolean             high_contrast);
/* Okabe and Ito's set, told apart with any common colour-vision
 * deficiency; for the colour-blind-safe setting. */
void  px_mark_palette_init_colour_blind (PxMarkPalette *palette,
                                         gboolean       dark,
                                         gboolean       high_contrast);
void  px_diff_marks_add    (PangoAttrList       *attrs,
                            PxMark               mark,
                            gboolean             old_words,
                            guint                start,
                            guint                end,
                            const PxMarkPalette *palette);
void  px_quote_marks_add   (PangoAttrList       *attrs,
                            guint                start,
                            guint                end,
                            gboolean             selected,
                            const PxMarkPalette *palette);
void  px_search_marks_add  (PangoAttrList       *attrs,
                            guint                start,
                            guint                end);
char *px_diff_marks_render (const char          *ref_text,
                            const char          *text,
                            GArray              *ops,
                            gboolean             show_removed,
                            const PxMarkPalette *palette,
                            PangoAttrList       *attrs);
char *px_diff_marks_render_mapped (const char          *ref_text,
                                   const char          *text,
                                   GArray              *ops,
                                   gboolean             show_removed,
                                   const PxMarkPalette *palette,
                                   PangoAttrList       *attrs,
                                   GArray              *spans);

G_END_DECLS
