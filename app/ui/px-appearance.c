/* px-appearance.c: the look chosen in the preferences, applied app-wide
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three settings change how every window looks: the colour scheme goes
 * to libadwaita's style manager through a settings binding; the
 * articles' font and the colour-blind-safe colours of paragraph marks
 * are a style sheet of their own, rebuilt when a setting changes.  (The
 * word marks follow the colour-blind setting in the comparison view.)
 */
#include "config.h"

#include "px-appearance.h"

typedef struct {
  GSettings *settings;
  GtkCssProvider *provider;
} Appearance;

static gboolean
scheme_from_setting (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  if (g_str_equal (scheme, "light"))
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_str_equal (scheme, "dark"))
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    g_value_set_enum (value, ADW_COLOR_SCHEME_DEFAULT);
  return TRUE;
}

/**
 * px_appearance_font_css:
 * @font: a Pango font description ("Serif Bold 12")
 *
 * Returns: (transfer full): CSS declarations for @font: the parts it
 *   gives (family, size, weight, style), nothing for the parts it leaves out
 */
char *
px_appearance_font_css (const char *font)
{
  g_autoptr(PangoFontDescription) desc = NULL;
  GString *css = g_string_new (NULL);
  PangoFontMask set;

  g_return_val_if_fail (font != NULL, NULL);

  desc = pango_font_description_from_string (font);
  set = pango_font_description_get_set_fields (desc);
  if ((set & PANGO_FONT_MASK_FAMILY) && pango_font_description_get_family (desc))
    {
      g_auto(GStrv) families = g_strsplit (pango_font_description_get_family (desc), ",", -1);

      g_string_append (css, "font-family: ");
      for (guint i = 0; families[i]; i++)
        {
          g_autofree char *escaped = g_strescape (g_strstrip (families[i]), NULL);

          g_string_append_printf (css, "%s\"%s\"", i ? ", " : "", escaped);
        }
      g_string_append (css, "; ");
    }
  if ((set & PANGO_FONT_MASK_SIZE) && pango_font_description_get_size (desc) > 0)
    {
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_dtostr (number, sizeof number,
                      (double) pango_font_description_get_size (desc) / PANGO_SCALE);
      g_string_append_printf (css, "font-size: %s%s; ", number,
                              pango_font_description_get_size_is_absolute (desc) ? "px" : "pt");
    }
  if (set & PANGO_FONT_MASK_WEIGHT)
    g_string_append_printf (css, "font-weight: %d; ", (int) pango_font_description_get_weight (desc));
  if (set & PANGO_FONT_MASK_STYLE)
    g_string_append_printf (css, "font-style: %s; ",
                            pango_font_description_get_style (desc) == PANGO_STYLE_ITALIC ? "italic" :
                            pango_font_description_get_style (desc) == PANGO_STYLE_OBLIQUE ? "oblique" :
                            "normal");
  return g_string_free (css, FALSE);
}

static void
update_css (Appearance *appearance)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GString *css = g_string_new (NULL);

  if (g_settings_get_boolean (appearance->settings, "use-custom-font"))
    {
      g_autofree char *font = g_settings_get_string (appearance->settings, "font");
      g_autofree char *declarations = px_appearance_font_css (font);

      g_string_append_printf (css, "articlecell .cell-text { %s}\n", declarations);
    }
  /* Added and omitted paragraphs are tinted with the success and error
   * colours: green and red unless the reader asked for colours told
   * apart without red–green vision (Okabe and Ito's blue and vermilion). */
  if (g_settings_get_boolean (appearance->settings, "colour-blind-safe"))
    {
      gboolean dark = adw_style_manager_get_dark (style);

      g_string_append_printf (css, "@define-color success_color %s;\n"
                                   "@define-color error_color %s;\n",
                              dark ? "#56b4e9" : "#0072b2", dark ? "#e69f00" : "#d55e00");
    }
  gtk_css_provider_load_from_data (appearance->provider, css->str, css->len);
  g_string_free (css, TRUE);
}

/**
 * px_appearance_init:
 *
 * Applies the appearance settings to the default display from now on.
 * Called by each window; only the first call does anything.
 */
void
px_appearance_init (void)
{
  static Appearance *appearance;
  GdkDisplay *display = gdk_display_get_default ();
  AdwStyleManager *style;

  if (appearance || display == NULL)
    return;

  appearance = g_new0 (Appearance, 1);
  appearance->settings = g_settings_new (APP_ID);
  appearance->provider = gtk_css_provider_new ();
  /* Above the application's own style sheet, which the font overrides. */
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (appearance->provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  style = adw_style_manager_get_default ();
  g_settings_bind_with_mapping (appearance->settings, "colour-scheme", style, "color-scheme",
                                G_SETTINGS_BIND_GET, scheme_from_setting, NULL, NULL, NULL);
  g_signal_connect_swapped (appearance->settings, "changed::use-custom-font", G_CALLBACK (update_css), appearance);
  g_signal_connect_swapped (appearance->settings, "changed::font", G_CALLBACK (update_css), appearance);
  g_signal_connect_swapped (appearance->settings, "changed::colour-blind-safe", G_CALLBACK (update_css), appearance);
  g_signal_connect_swapped (style, "notify::dark", G_CALLBACK (update_css), appearance);
  update_css (appearance);
}
