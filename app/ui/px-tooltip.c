/* px-tooltip.c: setting a tooltip without a round trip to the display
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's gtk_widget_set_tooltip_text() on a shown widget asks the
 * display where the pointer is, to show the new tooltip at once if the
 * pointer is over the widget: on X11 two round trips to the server for
 * every call.  Widgets made for a row as the list binds it (column
 * headers, quote badges, notes) got their tooltip that way by the
 * hundred, and it was a large share of the first paint.  A widget not
 * yet in a window cannot be under the pointer: its tooltip is set while
 * it is hidden, which skips the query.
 */
#include "config.h"

#include "px-tooltip.h"

/**
 * px_tooltip_set_text:
 * @text: (nullable): the tooltip, or %NULL for none
 *
 * gtk_widget_set_tooltip_text(), without asking the display where the
 * pointer is when @widget is not in a window, nor when the tooltip does
 * not change.
 */
void
px_tooltip_set_text (GtkWidget  *widget,
                     const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text && *text ? text : NULL) == 0)
    return;
  if (gtk_widget_get_root (widget) == NULL && gtk_widget_get_visible (widget))
    {
      gtk_widget_set_visible (widget, FALSE);
      gtk_widget_set_tooltip_text (widget, text);
      gtk_widget_set_visible (widget, TRUE);
    }
  else
    gtk_widget_set_tooltip_text (widget, text);
}
