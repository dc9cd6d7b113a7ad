/* px-report-write.c: writing a report or an export file atomically
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kept apart from the report writers so that parallax-cli can use it
 * without loading cairo and Pango, which it does only for a PDF or an
 * HTML report (px-report-module.c).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <string.h>

#include "px-report.h"

G_DEFINE_QUARK (px-report-error-quark, px_report_error)

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

/* Where writing to @path lands: symbolic links followed, so a link is
 * written through and not replaced by a file.  A link to nothing yet
 * gives where it points. */
static char *
resolve_links (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (int hops = 0; hops < 40; hops++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *dir = NULL;

      if (target == NULL)
        return g_steal_pointer (&current);
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                            : g_build_filename (dir, target, NULL);
    }
  return g_steal_pointer (&current);
}

/* Writes @data into what is not a regular file (a device, a pipe) in
 * place: renaming a file over it would replace /dev/null with a file. */
static gboolean
write_in_place (const char *path, const char *data, gsize size, gboolean fifo, GError **error)
{
  int fd = g_open (path, O_WRONLY | O_NOCTTY | O_CLOEXEC | (fifo ? O_NONBLOCK : 0), 0);

  if (fd < 0)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_WRITE, _("Cannot write “%s”: %s"), display,
                   errno == ENXIO ? _("no program reads from this pipe") : g_strerror (errno));
      return FALSE;
    }
  if (fifo)
    fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  while (size > 0)
    {
      gssize n = write (fd, data, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_WRITE, _("Cannot write “%s”: %s"),
                       display, g_strerror (n < 0 ? errno : EIO));
          close (fd);
          return FALSE;
        }
      data += n, size -= n;
    }
  if (close (fd) != 0)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_WRITE, _("Cannot write “%s”: %s"), display,
                   g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
px_report_write_file (const char  *path,
                      GBytes      *bytes,
                      GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *target = NULL;
  gboolean exists = FALSE;
  GStatBuf st;
  gsize size;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  target = resolve_links (path);
  if (g_stat (target, &st) == 0)
    {
      if (S_ISCHR (st.st_mode) || S_ISFIFO (st.st_mode))
        return write_in_place (target, data, size, S_ISFIFO (st.st_mode), error);
      if (!S_ISREG (st.st_mode))
        {
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_WRITE,
                       _("Cannot write “%s”: it is not a regular file"), display);
          return FALSE;
        }
      exists = TRUE;
    }
  /* A temporary file beside the target, renamed over it: readers see the
   * old file or the whole new one, and a failure removes the temporary.
   * An existing file keeps its permissions and, when allowed, owner. */
  if (g_file_set_contents_full (target, data, size, G_FILE_SET_CONTENTS_CONSISTENT,
                                exists ? (int) (st.st_mode & 07777) : 0666, &local))
    {
      /* The report is written; the owner is a courtesy. */
      if (exists && g_chmod (target, st.st_mode & 07777) == 0 && geteuid () == 0 &&
          chown (target, st.st_uid, st.st_gid) != 0)
        g_debug ("could not keep the owner of %s", target);
      return TRUE;
    }
  {
    g_autofree char *display = g_filename_display_name (path);

    g_set_error (error, PX_REPORT_ERROR, PX_REPORT_ERROR_WRITE, _("Cannot write “%s”: %s"),
                 display, file_error_reason (local));
  }
  return FALSE;
}
