/* px-window-actions.c: what the window does from menus and the keyboard
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Navigation between differences and the comparison options.  An
 * option is a boolean action named after its GSettings key: a menu
 * check item writes the key, and a change of key (from the menu or from
 * elsewhere) sets the action's state and recomputes or re-filters the
 * comparison.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-window-private.h"

/* Keys that change what counts as the same word: a new comparison. */
static const char *const flag_keys[] = {
  "ignore-case", "fold-typography", "ignore-punctuation",
};

static void
go (PxWindow *self, guint kinds, int direction, const char *none)
{
  g_assert (PX_IS_WINDOW (self));

  if (px_comparison_view_get_comparison (self->view) == NULL)
    return;
  if (!px_comparison_view_go (self->view, kinds, direction))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      _px_window_toast (self, none);
    }
}

static void
next_difference_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  go (PX_WINDOW (widget), PX_ROW_DIFFERENCE, 1,
      _("No more differences below: press Alt+Up to go back"));
}

static void
previous_difference_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  go (PX_WINDOW (widget), PX_ROW_DIFFERENCE, -1,
      _("No more differences above: press Alt+Down to go on"));
}

static void
next_omission_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  go (PX_WINDOW (widget), PX_ROW_OMITTED, 1,
      _("No more omitted paragraphs below: press Alt+Up to go back"));
}

static void
previous_omission_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  go (PX_WINDOW (widget), PX_ROW_OMITTED, -1,
      _("No more omitted paragraphs above"));
}

/* Ctrl+plus, Ctrl+minus, Ctrl+0: the articles' text size. */
static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    px_comparison_view_zoom (self->view, 1);
  else if (g_str_equal (action_name, "win.zoom-out"))
    px_comparison_view_zoom (self->view, -1);
  else
    px_comparison_view_zoom (self->view, 0);
}

void
_px_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);

  gtk_widget_class_install_action (widget_class, "win.next-difference", NULL, next_difference_action);
  gtk_widget_class_install_action (widget_class, "win.previous-difference", NULL, previous_difference_action);
  gtk_widget_class_install_action (widget_class, "win.next-omission", NULL, next_omission_action);
  gtk_widget_class_install_action (widget_class, "win.previous-omission", NULL, previous_omission_action);
}

static void
sync_state (PxWindow *self, const char *key)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), key);

  g_assert (PX_IS_WINDOW (self));

  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_boolean (g_settings_get_boolean (self->settings, key)));
}

static void
on_flags_changed (PxWindow *self, const char *key, GSettings *settings)
{
  g_assert (PX_IS_WINDOW (self));

  sync_state (self, key);
  /* The setting may be written back unchanged (a menu toggled twice). */
  if (_px_window_get_diff_flags (self) != self->compute_flags ||
      px_window_get_computing (self))
    px_window_recompute (self);
}

static void
on_hide_changed (PxWindow *self, const char *key, GSettings *settings)
{
  g_assert (PX_IS_WINDOW (self));

  sync_state (self, key);
  px_comparison_view_set_hide_furniture (self->view, g_settings_get_boolean (settings, key));
}

static void
toggle_option (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  PxWindow *self = user_data;
  const char *key = g_action_get_name (G_ACTION (action));

  g_settings_set_boolean (self->settings, key, !g_settings_get_boolean (self->settings, key));
}

void
_px_window_init_actions (PxWindow *self)
{
  const char *keys[] = { "ignore-case", "fold-typography", "ignore-punctuation", "hide-furniture" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GVariant *state = g_variant_new_boolean (g_settings_get_boolean (self->settings, keys[i]));
      g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (keys[i], NULL, state);

      g_signal_connect_object (action, "activate", G_CALLBACK (toggle_option), self, 0);
      g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
    }
  for (guint i = 0; i < G_N_ELEMENTS (flag_keys); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", flag_keys[i], NULL);

      g_signal_connect_object (self->settings, signal, G_CALLBACK (on_flags_changed),
                               self, G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (self->settings, "changed::hide-furniture", G_CALLBACK (on_hide_changed),
                           self, G_CONNECT_SWAPPED);
  on_hide_changed (self, "hide-furniture", self->settings);
}
