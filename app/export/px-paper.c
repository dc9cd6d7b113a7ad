/* px-paper.c: the paper a report is printed on, and its size
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kept apart from the report writers so that parallax-cli can read a
 * --paper option without loading cairo and Pango.
 */
#include "config.h"

#include <string.h>

#include "px-report.h"

PxPaper
px_paper_for_locale (const char *locale)
{
  /* Countries that print on US Letter (CLDR's paper size data). */
  static const char *letter[] = { "US", "CA", "MX", "CL", "CO", "CR", "GT", "NI", "PA", "PH", "PR", "SV", "VE", "BZ", "DO" };
  const char *underscore, *end;
  char country[3] = { 0 };

  if (locale == NULL)
    {
      const char *vars[] = { "LC_ALL", "LC_PAPER", "LANG" };

      for (guint i = 0; i < G_N_ELEMENTS (vars) && (locale == NULL || *locale == '\0'); i++)
        locale = g_getenv (vars[i]);
      if (locale == NULL)
        return PX_PAPER_A4;
    }
  underscore = strchr (locale, '_');
  if (underscore == NULL)
    return PX_PAPER_A4;
  end = underscore + 1;
  while (g_ascii_isalpha (*end))
    end++;
  if (end - underscore - 1 != 2)
    return PX_PAPER_A4;
  country[0] = g_ascii_toupper (underscore[1]);
  country[1] = g_ascii_toupper (underscore[2]);
  for (guint i = 0; i < G_N_ELEMENTS (letter); i++)
    if (g_str_equal (country, letter[i]))
      return PX_PAPER_LETTER;
  return PX_PAPER_A4;
}

void
px_paper_get_size (PxPaper  paper,
                   double  *width,
                   double  *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  if (paper == PX_PAPER_LETTER)
    *width = 612, *height = 792;
  else
    *width = 595.276, *height = 841.89;   /* 210 × 297 mm */
}
