/* px-report-common.c: what reports share with their callers: paper
 * sizes and writing a file atomically
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kept apart from the report writers so that parallax-cli can use them
 * without loading cairo and Pango, which it does only for a PDF or an
 * HTML report (px-report-module.c).
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "px-report.h"

G_DEFINE_QUARK (px-report-error-quark, px_report_error)

/* ---- Paper ---- */

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

/* ---- Writing ---- */

/* GFileError back to the system's words for it, without the temporary
 * file's name that g_file_set_contents() puts in its message. */
static const char *
file_error_reason (const GError *error)
{
  static const struct { GFileError code; int errnum; } table[] = {
    { G_FILE_ERROR_ACCES, EACCES }, { G_FILE_ERROR_PERM, EPERM }, { G_FILE_ERROR_NOENT, ENOENT },
    { G_FILE_ERROR_NOTDIR, ENOTDIR }, { G_FILE_ERROR_ISDIR, EISDIR }, { G_FILE_ERROR_NOSPC, ENOSPC },
    { G_FILE_ERROR_ROFS, EROFS }, { G_FILE_ERROR_NAMETOOLONG, ENAMETOOLONG }, { G_FILE_ERROR_EXIST, EEXIST },
    { G_FILE_ERROR_IO, EIO },
  };

  if (error->domain == G_FILE_ERROR)
    for (guint i = 0; i < G_N_ELEMENTS (table); i++)
      if (error->code == (int) table[i].code)
        return g_strerror (table[i].errnum);
  return error->message;
}

gboolean
px_report_write_file (const char  *path,
                      GBytes      *bytes,
                      GError     **error)
{
  g_autoptr(GError) local = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  /* A temporary file beside @path, renamed over it: readers see the
   * old file or the whole new one, and a failure removes the temporary. */
  if (g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local))
    return TRUE;
  {
    g_autofree char *display = g_filename_display_name (path);

    g_set_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_WRITE, _("Cannot write “%s”: %s"),
                 display, file_error_reason (local));
  }
  return FALSE;
}
