/* test-marks.c: the marks' single definition
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "px-marks.h"

/* Relative luminance, as grey-scale printing keeps it. */
static double
grey (guint32 c)
{
  return 0.2126 * ((c >> 16) & 0xff) + 0.7152 * ((c >> 8) & 0xff) + 0.0722 * (c & 0xff);
}

static double
hue (guint32 c)
{
  double r = ((c >> 16) & 0xff) / 255.0, g = ((c >> 8) & 0xff) / 255.0, b = (c & 0xff) / 255.0;
  double max = MAX (r, MAX (g, b)), min = MIN (r, MIN (g, b)), h;

  if (max - min < 1e-6)
    return -1;
  if (max == r)
    h = fmod ((g - b) / (max - min), 6);
  else if (max == g)
    h = (b - r) / (max - min) + 2;
  else
    h = (r - g) / (max - min) + 4;
  return fmod (h * 60 + 360, 360);
}

/* Without colour every kind is told apart by its line, box, badge or
 * slant, in every scheme. */
static void
test_styles_distinct (void)
{
  for (PxMarkScheme s = 0; s < 8; s++)
    for (PxMarkKind a = 0; a < PX_N_MARK_KINDS; a++)
      {
        PxMarkLook la;

        px_marks_get_look (a, s, &la);
        g_assert_cmpuint (la.style & ~PX_MARK_STYLE_BOLD, !=, 0);
        g_assert_cmpstr (px_marks_get_name (a), !=, "");
        g_assert_cmpstr (px_marks_get_meaning (a), !=, "");
        for (PxMarkKind b = a + 1; b < PX_N_MARK_KINDS; b++)
          {
            PxMarkLook lb;

            px_marks_get_look (b, s, &lb);
            /* Omitted and furniture are both grey; their styles differ. */
            if ((la.style & ~PX_MARK_STYLE_BOLD) == (lb.style & ~PX_MARK_STYLE_BOLD))
              g_error ("%s and %s share a style in scheme %u", px_marks_get_id (a), px_marks_get_id (b), s);
          }
      }
}

/* Issue 15 and 18: replaced and replacement differ in line and in hue. */
static void
test_replaced_replacement (void)
{
  for (PxMarkScheme s = 0; s < 8; s++)
    {
      PxMarkLook old, new;
      double d;

      px_marks_get_look (PX_MARK_KIND_REPLACED, s, &old);
      px_marks_get_look (PX_MARK_KIND_REPLACEMENT, s, &new);
      g_assert_true (old.style & PX_MARK_STYLE_STRIKE);
      g_assert_true (new.style & PX_MARK_STYLE_DOUBLE_UNDERLINE);
      d = fabs (hue (old.colour) - hue (new.colour));
      g_assert_cmpfloat (MIN (d, 360 - d), >, 60);
    }
}

/* Colour-blind safe: added and dropped are not a red and a green; in
 * every scheme the text marks keep apart in grey as tints do. */
static void
test_colour_blind (void)
{
  for (guint dark = 0; dark < 2; dark++)
    {
      PxMarkLook added, dropped;
      double ha, hd;

      px_marks_get_look (PX_MARK_KIND_ADDED, PX_MARK_SCHEME_COLOUR_BLIND | (dark ? PX_MARK_SCHEME_DARK : 0), &added);
      px_marks_get_look (PX_MARK_KIND_DROPPED, PX_MARK_SCHEME_COLOUR_BLIND | (dark ? PX_MARK_SCHEME_DARK : 0), &dropped);
      ha = hue (added.colour);
      hd = hue (dropped.colour);
      /* Blue against orange: the pair deuteranopes and protanopes keep. */
      g_assert_cmpfloat (ha, >, 180);
      g_assert_cmpfloat (ha, <, 260);
      g_assert_cmpfloat (hd, <, 60);
      g_assert_cmpfloat (fabs (grey (added.colour) - grey (dropped.colour)), >, 10);
    }
}

static void
test_schemes (void)
{
  PxMarkLook light, dark, hc;

  px_marks_get_look (PX_MARK_KIND_ADDED, PX_MARK_SCHEME_LIGHT, &light);
  px_marks_get_look (PX_MARK_KIND_ADDED, PX_MARK_SCHEME_DARK, &dark);
  px_marks_get_look (PX_MARK_KIND_ADDED, PX_MARK_SCHEME_HIGH_CONTRAST, &hc);
  /* Lighter lines on a dark background, denser tints in high contrast. */
  g_assert_cmpfloat (grey (dark.colour), >, grey (light.colour));
  g_assert_cmpfloat (hc.tint, >, light.tint);
  g_assert_true (hc.style & PX_MARK_STYLE_BOLD);
  g_assert_false (light.style & PX_MARK_STYLE_BOLD);

  g_assert_cmphex (px_marks_blend (0x000000, 0.5, 0xffffff), ==, 0x808080);
  g_assert_cmphex (px_marks_blend (0x123456, 1.0, 0xffffff), ==, 0x123456);
  g_assert_cmphex (px_marks_blend (0x123456, 0.0, 0xabcdef), ==, 0xabcdef);
}

static void
test_coverage_symbols (void)
{
  const PxQuoteCoverage all[] = { PX_QUOTE_WHOLE, PX_QUOTE_TRIMMED, PX_QUOTE_ALTERED, PX_QUOTE_ABSENT };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_assert_cmpstr (px_marks_coverage_meaning (all[i]), !=, "");
      for (guint j = i + 1; j < G_N_ELEMENTS (all); j++)
        g_assert_cmpstr (px_marks_coverage_symbol (all[i]), !=, px_marks_coverage_symbol (all[j]));
    }
  g_assert_cmpstr (px_marks_coverage_symbol (PX_QUOTE_WHOLE), ==, "●");
  g_assert_cmpstr (px_marks_coverage_symbol (PX_QUOTE_ABSENT), ==, "○");
  /* Absent is the lightest: an empty column reads as empty in grey. */
  g_assert_cmpfloat (grey (px_marks_coverage_colour (PX_QUOTE_ABSENT, 0)), >,
                     grey (px_marks_coverage_colour (PX_QUOTE_WHOLE, 0)));
}

/* Marked words read on their tint in every scheme (4.5:1, WCAG's body
 * text): high contrast's dense tints on a dark page were 3.5:1, the
 * search box's yellow under white words 2.8:1. */
static void
test_contrast (void)
{
  g_assert_cmpfloat_with_epsilon (px_marks_contrast (0x000000, 0xffffff), 21, 0.01);
  g_assert_cmpfloat_with_epsilon (px_marks_contrast (0x777777, 0xffffff), 4.48, 0.01);

  for (guint scheme = 0; scheme < 8; scheme++)
    for (guint kind = 0; kind < PX_N_MARK_KINDS; kind++)
      {
        PxMarkLook look;
        guint32 back, words;

        px_marks_get_look (kind, scheme, &look);
        back = px_marks_blend (look.colour, look.tint, px_marks_scheme_page (scheme));
        words = px_marks_blend (px_marks_scheme_ink (scheme), look.ink, back);
        if (px_marks_contrast (words, back) < PX_MARKS_MIN_CONTRAST)
          g_error ("%s in scheme %u: %.2f:1", px_marks_get_id (kind), scheme, px_marks_contrast (words, back));
        /* Faded is lighter, yet not full ink. */
        if (look.style & PX_MARK_STYLE_FADED)
          g_assert_cmpfloat (look.ink, <, 1);
        else
          g_assert_cmpfloat (look.ink, ==, 1);
      }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/marks/styles-distinct", test_styles_distinct);
  g_test_add_func ("/marks/replaced-replacement", test_replaced_replacement);
  g_test_add_func ("/marks/colour-blind", test_colour_blind);
  g_test_add_func ("/marks/schemes", test_schemes);
  g_test_add_func ("/marks/coverage-symbols", test_coverage_symbols);
  g_test_add_func ("/marks/contrast", test_contrast);
  return g_test_run ();
}
