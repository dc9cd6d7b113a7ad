/* test-outlet-names.c: outlet names as outlets spell them, and as texts name them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-outlet-names.h"

static void
test_outlet_spelled_in_text (void)
{
  const char *text = "CNN asked experts. Later, cnn.com and CNN's anchors said so; CNNs is no match.";
  g_autofree char *cnn = px_outlet_spelled_in_text ("cnn", text, strlen (text));
  g_autofree char *none = px_outlet_spelled_in_text ("fox8", text, strlen (text));
  g_autofree char *inside = px_outlet_spelled_in_text ("sk", text, strlen (text));
  const char *lower = "the gazette said the gazette would print";
  g_autofree char *only_lower = px_outlet_spelled_in_text ("gazette", lower, strlen (lower));

  g_assert_cmpstr (cnn, ==, "CNN");
  g_assert_null (none);
  /* A whole word only ("asked" holds "sk"). */
  g_assert_null (inside);
  /* Written in lower case only: nothing to learn. */
  g_assert_null (only_lower);
  g_assert_cmpstr (px_outlet_known_spelling ("CNSnews"), ==, "CNSNews");
  g_assert_null (px_outlet_known_spelling ("harbour gazette"));
  g_assert_cmpstr (px_outlet_from_host ("edition.cnn.com"), ==, "CNN");
  g_assert_cmpstr (px_outlet_from_host ("cnsnews.com"), ==, "CNSNews");
  g_assert_null (px_outlet_from_host ("valleyherald.example"));
  g_assert_null (px_outlet_from_host ("com"));
}

/* The sample event: counts a reader can check by eye. */
static void
test_outlet (void)
{
  const struct { const char *text; const char *outlet; } cases[] = {
    { "Headline\n\n(CNN) -- Secretary of State John Kerry said.", "CNN" },
    { "WASHINGTON (AP) \u2014 The president said.", "AP" },
    { "Head\n\nText.\n\nFollow FOX8 on Twitter\n", "FOX8" },
    { "Head\n\nComment count. Visit Breitbart's Facebook Page.\n", "Breitbart" },
    /* The publisher's own furniture outranks an agency dateline. */
    { "Head\n\n(CNN) -- Text.\n\nFollow FOX8 on Twitter\n", "FOX8" },
    { "Follow us on Twitter\n\n(Reuters) - Oil rose.", "Reuters" },
    { "Just a story (with a parenthesis) -- and a dash.", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = px_guess_outlet (cases[i].text, strlen (cases[i].text));
      g_assert_cmpstr (got, ==, cases[i].outlet);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlet-names/spelled-in-text", test_outlet_spelled_in_text);
  g_test_add_func ("/outlet-names/guess", test_outlet);
  return g_test_run ();
}
