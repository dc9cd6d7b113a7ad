/* test-window-appearance.c: how the comparison window marks differences:
 * the word marks and their palettes, the dark style and high contrast
 * (needs a display)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The styled states are saved as PNG files under the build directory
 * (tests/ui/artifacts/) for a person to look at.
 */
#include "config.h"

#include <adwaita.h>

#include "px-compare.h"
#include "px-diff-marks.h"
#include "px-marks.h"
#include "px-row-model.h"
#include "px-window-private.h"
#include "ui-test.h"

static void
test_dark_style (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PxWindow *window;

  /* As the user does it, in Preferences: the setting, which the window
   * binds to the style manager when it first opens (setting the style
   * manager directly would be undone by that binding in a process's
   * first window). */
  g_settings_set_string (settings, "colour-scheme", "dark");
  window = ui_test_open_first_samples (5);
  for (guint i = 0; i < 100 && !adw_style_manager_get_dark (style); i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (adw_style_manager_get_dark (style));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  ui_test_wait_frames (window, 3);
  ui_test_check_bound_rows (window);
  ui_test_save_screenshot (window, "2-sample-event-dark");
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "colour-scheme");
  for (guint i = 0; i < 100 && adw_style_manager_get_dark (style); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_high_contrast_and_moves (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) a11y = NULL;
  PxWindow *window;
  PxComparisonView *view;
  GListModel *rows;
  guint moved = G_MAXUINT;

  /* libadwaita 1.2 follows the desktop's high-contrast key when there is
   * no settings portal, as under Xvfb. */
  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                            "org.gnome.desktop.a11y.interface", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "high-contrast"))
    {
      g_test_skip ("no org.gnome.desktop.a11y.interface schema");
      return;
    }
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  for (guint i = 0; i < 100 && !adw_style_manager_get_high_contrast (style); i++)
    g_main_context_iteration (NULL, FALSE);
  if (!adw_style_manager_get_high_contrast (style))
    {
      g_settings_reset (a11y, "high-contrast");
      g_test_skip ("the style manager does not follow the high-contrast key here");
      return;
    }

  window = ui_test_open_first_samples (5);
  view = px_window_get_view (window);
  rows = px_comparison_view_get_rows (view);
  /* Breitbart (reference CNN) moves a paragraph: go to its row. */
  for (guint pos = 0; pos < g_list_model_get_n_items (rows) && moved == G_MAXUINT; pos++)
    if (ui_test_row_kind (px_window_get_comparison (window), px_row_model_get_row (PX_ROW_MODEL (rows), pos)) & PX_ROW_MOVED)
      moved = pos;
  g_assert_cmpuint (moved, !=, G_MAXUINT);
  px_comparison_view_go_to_position (view, moved);
  ui_test_wait_frames (window, 3);
  g_assert_cmpuint (ui_test_check_bound_rows (window), >, 0);
  ui_test_save_screenshot (window, "6-moved-high-contrast");
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (a11y, "high-contrast");
  for (guint i = 0; i < 100 && adw_style_manager_get_high_contrast (style); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_marks (void)
{
  const char *ref = "The quick brown fox jumps over the lazy dog.";
  const char *text = "The quick red fox jumps over the dog today.";
  g_autoptr(GArray) ops = px_diff (ref, strlen (ref), text, strlen (text), NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autoptr(PangoAttrList) plain = pango_attr_list_new ();
  g_autofree char *shown = NULL;
  g_autofree char *without = NULL;
  PxMarkPalette light, hc;
  PangoAttrIterator *iter;
  gboolean struck = FALSE, single = FALSE, doubled = FALSE;

  px_mark_palette_init (&light, FALSE, FALSE);
  px_mark_palette_init (&hc, FALSE, TRUE);
  g_assert_cmpuint (hc.background_alpha, >, light.background_alpha);
  g_assert_true (hc.bold);

  /* Dropped words inline and struck; added words underlined; replaced
   * words struck then doubly underlined. */
  shown = px_diff_marks_render (ref, text, ops, TRUE, &light, attrs);
  g_assert_nonnull (strstr (shown, "brown"));
  g_assert_nonnull (strstr (shown, "lazy"));
  g_assert_nonnull (strstr (shown, "red"));
  iter = pango_attr_list_get_iterator (attrs);
  do
    {
      int start, end;
      PangoAttrInt *s = (PangoAttrInt *) pango_attr_iterator_get (iter, PANGO_ATTR_STRIKETHROUGH);
      PangoAttrInt *u = (PangoAttrInt *) pango_attr_iterator_get (iter, PANGO_ATTR_UNDERLINE);
      g_autofree char *run = NULL;

      pango_attr_iterator_range (iter, &start, &end);
      end = MIN (end, (int) strlen (shown));
      if (start >= end)
        continue;
      run = g_strndup (shown + start, end - start);
      if (s && s->value)
        struck |= strstr (run, "lazy") != NULL;
      if (u && u->value == PANGO_UNDERLINE_SINGLE)
        single |= strstr (run, "today") != NULL;
      if (u && u->value == PANGO_UNDERLINE_DOUBLE)
        doubled |= strstr (run, "red") != NULL;
    }
  while (pango_attr_iterator_next (iter));
  pango_attr_iterator_destroy (iter);
  g_assert_true (struck);
  g_assert_true (single);
  g_assert_true (doubled);

  /* Without the dropped words, the text is the outlet's own. */
  without = px_diff_marks_render (ref, text, ops, FALSE, &light, plain);
  g_assert_cmpstr (without, ==, text);
}

static guint32
rgb_of (const PangoColor *c)
{
  return (guint32) (c->red >> 8) << 16 | (guint32) (c->green >> 8) << 8 | (c->blue >> 8);
}

/* The window's one tint for the diff marks, and the selected
 * quotation's, keep every mark's words readable (px-marks.c's rule),
 * the faded replaced words too, in all eight looks. */
static void
test_palette_contrast (void)
{
  for (guint scheme = 0; scheme < 8; scheme++)
    {
      PxMarkPalette p;
      gboolean dark = scheme & PX_MARK_SCHEME_DARK, hc = scheme & PX_MARK_SCHEME_HIGH_CONTRAST;
      guint32 page = px_marks_scheme_page (scheme), ink = px_marks_scheme_ink (scheme);
      struct { const PangoColor *colour; guint16 tint, ink; } marks[] = {
        { NULL, 0, 0xffff }, { NULL, 0, 0xffff }, { NULL, 0, 0xffff }, { NULL, 0, 0 }, { NULL, 0, 0xffff },
      };

      if (scheme & PX_MARK_SCHEME_COLOUR_BLIND)
        px_mark_palette_init_colour_blind (&p, dark, hc);
      else
        px_mark_palette_init (&p, dark, hc);
      for (guint m = 0; m < PX_N_MARKS; m++)
        marks[m].colour = &p.colour[m], marks[m].tint = p.background_alpha;
      marks[3].colour = &p.replaced, marks[3].tint = p.background_alpha, marks[3].ink = p.replaced_ink_alpha;
      marks[4].colour = &p.quote, marks[4].tint = p.quote_selected_alpha;
      g_assert_cmpuint (p.quote_selected_alpha, >, p.quote_alpha);
      for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
        {
          guint32 back = px_marks_blend (rgb_of (marks[m].colour), marks[m].tint / 65535.0, page);
          guint32 words = px_marks_blend (ink, marks[m].ink / 65535.0, back);

          if (px_marks_contrast (words, back) < PX_MARKS_MIN_CONTRAST)
            g_error ("mark %u in scheme %u: %.2f:1", m, scheme, px_marks_contrast (words, back));
        }
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!ui_test_init_application ())
    return 77;

  g_test_add_func ("/window/marks", test_marks);
  g_test_add_func ("/window/palette-contrast", test_palette_contrast);
  g_test_add_func ("/window/high-contrast-and-moves", test_high_contrast_and_moves);
  g_test_add_func ("/window/dark-style", test_dark_style);

  return g_test_run ();
}
