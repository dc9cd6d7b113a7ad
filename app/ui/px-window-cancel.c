/* px-window-cancel.c: cancelling the comparison under way
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twenty long articles take seconds to compare.  While they do, the
 * window offers to cancel: a Cancel button on the "Comparing…" page
 * when nothing was compared before, otherwise a bar under the header
 * over the dimmed earlier comparison; Escape does the same.  Cancelled,
 * the earlier comparison comes back as it was, with a bar that says it
 * does not hold the articles added since and offers to compare again;
 * with no earlier comparison a page says so.  (The bar waits a moment
 * before it shows, so that the quick runs of an option changed do not
 * make it flash.)
 */
#include "config.h"

#include <glib/gi18n.h>

#include "px-window-private.h"

/* How long a comparison runs before the bar offers to cancel it. */
#define BAR_DELAY_MSEC 300

static void
cancel_compare_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _px_window_stop_compare (PX_WINDOW (widget));
}

static void
compare_again_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  px_window_recompute (PX_WINDOW (widget));
}

/* The bar under the header: what happens and the one thing to do about
 * it (Cancel while running, Compare Again once cancelled). */
static GtkRevealer *
cancel_bar (PxWindow *self)
{
  GtkWidget *label, *button;

  g_assert (PX_IS_WINDOW (self));

  if (self->cancel_bar)
    return self->cancel_bar;
  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  button = gtk_button_new ();
  gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, "cancel-bar-button");
  self->cancel_bar = _px_window_add_bar (self, label, button, NULL);
  self->cancel_label = GTK_LABEL (label);
  self->cancel_button = GTK_BUTTON (button);
  return self->cancel_bar;
}

static void
show_bar (PxWindow *self, gboolean running)
{
  GtkRevealer *bar = cancel_bar (self);

  if (running)
    {
      gtk_label_set_text (self->cancel_label, _("Comparing the articles again…"));
      gtk_button_set_label (self->cancel_button, _("_Cancel"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel_button), "win.cancel-compare");
    }
  else
    {
      gtk_label_set_text (self->cancel_label,
                          _("Comparison cancelled: this is the comparison from before, without the latest changes"));
      gtk_button_set_label (self->cancel_button, _("Compare _Again"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel_button), "win.compare-again");
    }
  gtk_widget_set_visible (GTK_WIDGET (bar), TRUE);
  gtk_revealer_set_reveal_child (bar, TRUE);
}

static gboolean
on_bar_delay (gpointer user_data)
{
  PxWindow *self = user_data;

  self->cancel_bar_delay = 0;
  if (self->computing && px_comparison_view_get_comparison (px_window_get_view (self)))
    show_bar (self, TRUE);
  return G_SOURCE_REMOVE;
}

/**
 * _px_window_update_cancel:
 *
 * Follows the window's state: called when a comparison starts, ends or
 * is cancelled.
 */
void
_px_window_update_cancel (PxWindow *self)
{
  gboolean shown;

  g_return_if_fail (PX_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-compare", self->computing);
  shown = px_comparison_view_get_comparison (px_window_get_view (self)) != NULL;
  g_clear_handle_id (&self->cancel_bar_delay, g_source_remove);
  if (self->computing && shown)
    {
      /* Already up (cancelled, then compared again): it says so at once. */
      if (self->cancel_bar && gtk_revealer_get_reveal_child (self->cancel_bar))
        show_bar (self, TRUE);
      else
        self->cancel_bar_delay = g_timeout_add (BAR_DELAY_MSEC, on_bar_delay, self);
    }
  else if (self->compare_cancelled && shown)
    show_bar (self, FALSE);
  else if (self->cancel_bar)
    {
      gtk_revealer_set_reveal_child (self->cancel_bar, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->cancel_bar), FALSE);
    }
}

/* The page shown when the first comparison of the articles open was
 * cancelled: nothing to show, the articles still open. */
static GtkWidget *
cancelled_page (void)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Compare Articles"));

  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Comparison Cancelled"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("The articles are still open. Compare them when you are ready, or open others."));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.compare-again");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_status_page_set_child (ADW_STATUS_PAGE (page), button);
  return page;
}

void
_px_window_init_cancel (PxWindow *self)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  gtk_stack_add_named (self->stack, cancelled_page (), "cancelled");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-compare", FALSE);
}

void
_px_window_dispose_cancel (PxWindow *self)
{
  g_clear_handle_id (&self->cancel_bar_delay, g_source_remove);
}

void
_px_window_class_init_cancel (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.cancel-compare", NULL, cancel_compare_action);
  gtk_widget_class_install_action (widget_class, "win.compare-again", NULL, compare_again_action);
}
