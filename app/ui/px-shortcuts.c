/* px-shortcuts.c: the application's keyboard shortcuts, in one table
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every key that runs an action is in the table below, and nowhere
 * else: the window's class binds the keys from it, the application sets
 * its accelerators from it, and the shortcuts window (Ctrl+?) is built
 * from it, so what the window lists is what the keys do.  Keys that a
 * widget handles itself (Enter in the search entry) are not bindings;
 * an entry shows them beside its own through `shown`.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-shortcuts.h"

#define WIN PX_SHORTCUT_WINDOW
/* Also an application accelerator: app.quit has no window to be bound
 * on, and the others were set on the application as well as on the
 * window before this table; the application's accelerators run before
 * any widget sees the key, the window's bindings after the focused
 * widget (Ctrl+V in a text field pastes there, not as an article). */
#define APP PX_SHORTCUT_APPLICATION

static const PxShortcut shortcuts[] = {
  { NC_("shortcut window", "General"), NC_("shortcut window", "Open articles"),
    "win.open", "<Control>o", NULL, WIN | APP },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Add an article from a web address"),
    "win.open-address", "<Control>l", NULL, WIN },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Paste text as an article"),
    "win.paste-article", "<Control>v", NULL, WIN },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Find in all articles"),
    "win.find", "<Control>f", NULL, WIN | APP },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Next match"),
    "win.find-next", "<Control>g", "<Control>g Return", WIN },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Previous match"),
    "win.find-previous", "<Control><Shift>g", "<Control><Shift>g <Shift>Return", WIN },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Save comparison"),
    "win.save", "<Control>s", NULL, WIN | APP },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Save comparison as"),
    "win.save-as", "<Control><Shift>s", NULL, WIN | APP },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Preferences"),
    "win.preferences", "<Control>comma", NULL, WIN | APP },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Show keyboard shortcuts"),
    "win.show-help-overlay", "<Control>question", NULL, APP },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Export report"),
    "win.export", "<Control>e", NULL, WIN },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Print report"),
    "win.print", "<Control>p", NULL, WIN },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Close window"),
    "window.close", "<Control>w", NULL, WIN | APP },
  { NC_("shortcut window", "General"), NC_("shortcut window", "Quit"),
    "app.quit", "<Control>q", NULL, APP },

  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Next difference"),
    "win.next-difference", "<Alt>Down", NULL, WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Previous difference"),
    "win.previous-difference", "<Alt>Up", NULL, WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Next omitted paragraph"),
    "win.next-omission", "<Alt>o", NULL, WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Previous omitted paragraph"),
    "win.previous-omission", "<Alt><Shift>o", NULL, WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Next quote"),
    "win.next-quote", "<Alt>q", NULL, WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Note on the row"),
    "win.note-row", "<Control><Alt>n", NULL, WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Note on the quotation"),
    "win.note-quote", "<Control><Alt>q", NULL, WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Previous quote"),
    "win.previous-quote", "<Alt><Shift>q", NULL, WIN },
  /* Before the quote panel's Escape: a disabled action lets the key go
   * on to the next binding, so Escape cancels while comparing and
   * closes the panel otherwise. */
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Cancel the comparison under way"),
    "win.cancel-compare", "Escape", NULL, WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Close the quote panel"),
    "win.close-quote", "Escape", NULL, WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Hide or show page furniture"),
    "win.hide-furniture", "<Control><Shift>b", NULL, WIN },
  /* Ctrl+= and Ctrl+Shift+plus: plus is a shifted key on many keyboards. */
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Larger text"),
    "win.zoom-in", "<Control>plus <Control>equal <Control><Shift>plus <Control>KP_Add", "<Control>plus", WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Smaller text"),
    "win.zoom-out", "<Control>minus <Control>KP_Subtract", "<Control>minus", WIN },
  { NC_("shortcut window", "Comparison"), NC_("shortcut window", "Text at its usual size"),
    "win.zoom-reset", "<Control>0 <Control>KP_0", "<Control>0", WIN },
};

/**
 * px_shortcuts_get:
 * @n_shortcuts: (out): how many
 *
 * Returns: (transfer none): the table, in the order the shortcuts window lists it
 */
const PxShortcut *
px_shortcuts_get (guint *n_shortcuts)
{
  *n_shortcuts = G_N_ELEMENTS (shortcuts);
  return shortcuts;
}

/* Binds the keys of the table's window shortcuts on @widget_class. */
void
px_shortcuts_add_bindings (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      g_auto(GStrv) accels = NULL;

      if (!(shortcuts[i].scope & PX_SHORTCUT_WINDOW))
        continue;
      accels = g_strsplit (shortcuts[i].accels, " ", -1);
      for (guint a = 0; accels[a]; a++)
        {
          guint keyval;
          GdkModifierType modifiers;

          if (!gtk_accelerator_parse (accels[a], &keyval, &modifiers))
            g_error ("shortcut %s: cannot read “%s”", shortcuts[i].action, accels[a]);
          gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, shortcuts[i].action, NULL);
        }
    }
}

/* Sets the application accelerators of the table on @application. */
void
px_shortcuts_set_accels (GtkApplication *application)
{
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      g_auto(GStrv) accels = NULL;

      if (!(shortcuts[i].scope & PX_SHORTCUT_APPLICATION))
        continue;
      accels = g_strsplit (shortcuts[i].accels, " ", -1);
      gtk_application_set_accels_for_action (application, shortcuts[i].action, (const char * const *) accels);
    }
}

static void
close_group (GString *ui, const char *group)
{
  if (group)
    g_string_append (ui, "</object></child>");
}

/**
 * px_shortcuts_add_help_overlay:
 *
 * Gives @window its shortcuts window (the action win.show-help-overlay),
 * with a group for each group of the table and in it the table's
 * shortcuts, in its order.  GTK 4.8 builds a GtkShortcutsWindow only
 * from a UI description: this writes one.
 */
void
px_shortcuts_add_help_overlay (GtkApplicationWindow *window)
{
  g_autoptr(GString) ui = g_string_new ("<interface><object class=\"GtkShortcutsWindow\" id=\"help_overlay\">"
                                        "<property name=\"modal\">True</property>"
                                        "<child><object class=\"GtkShortcutsSection\">"
                                        "<property name=\"section-name\">shortcuts</property>");
  g_autoptr(GtkBuilder) builder = NULL;
  const char *group = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      const PxShortcut *s = &shortcuts[i];
      g_autofree char *shortcut = NULL;

      if (g_strcmp0 (group, s->group) != 0)
        {
          g_autofree char *title = g_markup_printf_escaped ("<child><object class=\"GtkShortcutsGroup\">"
                                                            "<property name=\"title\">%s</property>",
                                                            g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window", s->group));

          close_group (ui, group);
          g_string_append (ui, title);
          group = s->group;
        }
      shortcut = g_markup_printf_escaped ("<child><object class=\"GtkShortcutsShortcut\">"
                                          "<property name=\"title\">%s</property>"
                                          "<property name=\"accelerator\">%s</property>"
                                          "</object></child>",
                                          g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window", s->title),
                                          s->shown ? s->shown : s->accels);
      g_string_append (ui, shortcut);
    }
  close_group (ui, group);
  g_string_append (ui, "</object></child></object></interface>");

  builder = gtk_builder_new_from_string (ui->str, ui->len);
  gtk_application_window_set_help_overlay (window, GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
}
