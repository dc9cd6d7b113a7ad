/* test-headline.c: whether a paragraph reads like a headline
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-headline.h"

static void
test_headline (void)
{
  const char *yes = "Kerry: No Room in Anti-ISIS Coalition for Iran: They\u2019re \u2018On Their Own\u2019";
  const char *no = "Secretary of State John Kerry stressed Thursday that the United States is interested.";

  g_assert_true (px_looks_like_headline (yes, strlen (yes), 12));
  g_assert_false (px_looks_like_headline (no, strlen (no), 14));
  g_assert_false (px_looks_like_headline ("Word", 4, 1));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/headline/looks-like", test_headline);
  return g_test_run ();
}
