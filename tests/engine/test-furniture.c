/* test-furniture.c: page furniture by a paragraph's text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-furniture.h"

static PxFurniture
kind (const char *text)
{
  return px_furniture_kind (text, strlen (text));
}

static void
test_furniture (void)
{
  const char *lines[] = {
    "Skip to main content", "Skip to content", "updated 4:43 PM EDT, Thu June 19, 2014",
    "Published 9:12 AM, Monday", "Patrick Goodenough | September 11, 2014 | 4:27am EDT",
    "By Ashley Fantz, CNN", "Share this story", "Font Size", "Advertisement",
    "This is an archived article and the information in the article may be outdated.",
    "Iranian supreme leader Ayatollah Ali Khamenei and President Hasan Rouhani. (Photo: Office of the Supreme Leader)",
    "Read more", "Sign up for our newsletter", "8 / 2 / 13 at 1:30 PM", "AUGUST 2, 2013 | 08: 06AM PT",
    "Friday August 2, 2013 @ 8: 13am PDT", "Published: August 2, 2013", "Mon 12 Jan 2015 14.05 GMT",
  };
  const char *tails[] = {
    "Trademark and Copyright 2021 Cable News Network, Inc., a Time Warner Company. All rights reserved.",
    "© 2026 Metro News Group", "Related stories", "More Must-See Stories", "Must-See Stories",
    "Part of complete coverage on", "Follow FOX8 on Twitter",
    "Comment count on this article reflects comments made on and Facebook. Visit Breitbart's Facebook Page.",
    "12 comments",
  };
  const char *content[] = {
    "Secretary of State John Kerry said the United States is interested in sharing key information.",
    "By the end of the day, the talks had collapsed.",
    "Kerry: US to Share Key Info with Iran, Won't 'Rule Out' Military Cooperation in Iraq",
    "The copyright dispute between the two publishers went to court in a long and bitter case that lasted for years and cost both of them dearly, the lawyers said on Monday, adding that an appeal was likely before the end of the year and that neither side expected to settle.",
    "Share prices fell sharply on Monday.",
    "More militant gains",
    "Obama signs 2014 budget", "Sept. 11, 2001: the day that changed everything",
    "Ferry strike halts crossings as talks collapse",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_test_message ("%s", lines[i]);
      g_assert_cmpint (kind (lines[i]), ==, PX_FURNITURE_LINE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_test_message ("%s", tails[i]);
      g_assert_cmpint (kind (tails[i]), ==, PX_FURNITURE_TAIL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (content); i++)
    {
      g_test_message ("%s", content[i]);
      g_assert_cmpint (kind (content[i]), ==, PX_FURNITURE_NONE);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/furniture/kind", test_furniture);

  return g_test_run ();
}
