/* px-read.c: read a file whole, with a byte limit, whatever kind of file it is
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The limit is kept by reading, not by trusting a size asked for first:
 * a device (/dev/zero), a pipe or a file that grows while it is read has
 * no size worth the name.  The file is opened without waiting (a named
 * pipe nobody writes to would hold open() for ever) and read in chunks,
 * never more than the limit and one byte.  Input files are only ever
 * opened for reading.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "px-read.h"

G_DEFINE_QUARK (px-import-error-quark, px_import_error)

#define CHUNK (256 * 1024)

static char *
too_large (const char *name, gsize limit, goffset size, GError **error)
{
  if (size >= 0)
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                 /* %lu, not G_GSIZE_FORMAT: xgettext cannot read a macro inside a message */
                 _("“%s” is too large (%lu MiB): Parallax opens articles of up to %d MiB"),
                 name, (gulong) (size / (1024 * 1024)), (int) (limit / (1024 * 1024)));
  else
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                 _("“%s” goes on past %d MiB, the most Parallax opens as an article"),
                 name, (int) (limit / (1024 * 1024)));
  return NULL;
}

static char *
failed (const char *name, int errnum, GError **error)
{
  if (errnum == ENOENT || errnum == ENOTDIR)
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_FOUND,
                 _("“%s” does not exist: check the path"), name);
  else if (errnum == EISDIR)
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_IS_DIRECTORY,
                 _("“%s” is a folder: open the article files inside it"), name);
  else
    g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                 _("“%s” cannot be read: %s"), name, g_strerror (errnum));
  return NULL;
}

static gboolean
is_cancelled (int cancel_fd, int timeout)
{
  struct pollfd pfd = { cancel_fd, POLLIN, 0 };

  return cancel_fd >= 0 && poll (&pfd, 1, timeout) > 0 && (pfd.revents & POLLIN);
}

/* Waits until @fd has something to read (or its end), or @cancel_fd is
 * readable. */
static void
wait_readable (int fd, int cancel_fd)
{
  struct pollfd fds[2] = { { fd, POLLIN, 0 }, { cancel_fd, POLLIN, 0 } };

  poll (fds, cancel_fd >= 0 ? 2 : 1, -1);
}

/**
 * px_read_file:
 * @path: the file, in the file system's encoding
 * @name: the file as messages name it (UTF-8)
 * @limit: the most bytes the file may hold
 * @cancel_fd: a file descriptor that becomes readable to stop the reading
 *   (g_cancellable_get_fd()), or -1
 * @length: (out): the number of bytes read
 *
 * Reads @path whole, unless it holds more than @limit bytes.  Regular
 * files, pipes and character devices are read; folders, sockets and
 * disks are refused.  A pipe no program writes to reads as empty.
 * Errors are #PX_IMPORT_ERROR, with one-line messages naming @name;
 * a cancelled read gives %PX_IMPORT_ERROR_CANCELLED.
 *
 * Returns: (transfer full): the content, NUL-terminated, or %NULL
 */
char *
px_read_file (const char  *path,
              const char  *name,
              gsize        limit,
              int          cancel_fd,
              gsize       *length,
              GError     **error)
{
  g_autofree char *data = NULL;
  gsize size = 0, alloc;
  gboolean regular;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL && name != NULL && length != NULL, NULL);

  *length = 0;
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    return failed (name, errno == ENXIO ? EINVAL : errno, error);
  if (fstat (fd, &st) != 0)
    {
      int errnum = errno;

      close (fd);
      return failed (name, errnum, error);
    }
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      return failed (name, EISDIR, error);
    }
  if (!S_ISREG (st.st_mode) && !S_ISFIFO (st.st_mode) && !S_ISCHR (st.st_mode))
    {
      close (fd);
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_NOT_READABLE,
                   _("“%s” is a device, not a file: open an article file"), name);
      return NULL;
    }
  regular = S_ISREG (st.st_mode);
  if (regular && (guint64) st.st_size > limit)
    {
      close (fd);
      return too_large (name, limit, st.st_size, error);
    }
  /* A regular file's size is a good first guess, with room for the read
   * that finds its end; what grows is caught by reading one byte past
   * the limit.  The file stays non-blocking: a pipe whose writer has
   * not written yet says so (EAGAIN) and is waited for, one with no
   * writer at all ends at once (poll() alone would wait for ever). */
  alloc = regular ? (gsize) st.st_size + 2 : CHUNK;
  alloc = MIN (alloc, limit + 2);
  data = g_malloc (alloc);
  for (;;)
    {
      gssize n;

      if (size + 1 >= alloc)
        {
          alloc = MIN (MAX (alloc * 2, alloc + CHUNK), limit + 2);
          data = g_realloc (data, alloc);
        }
      if (is_cancelled (cancel_fd, 0))
        {
          close (fd);
          g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_CANCELLED,
                       _("Reading “%s” was cancelled"), name);
          return NULL;
        }
      n = read (fd, data + size, MIN (alloc - 1 - size, (gsize) CHUNK));
      if (n < 0 && errno == EAGAIN)
        {
          wait_readable (fd, cancel_fd);
          continue;
        }
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int errnum = errno;

          close (fd);
          return failed (name, errnum, error);
        }
      if (n == 0)
        break;
      size += n;
      if (size > limit)
        break;
    }
  close (fd);
  if (size > limit)
    return too_large (name, limit, -1, error);
  data[size] = '\0';
  *length = size;
  return g_steal_pointer (&data);
}
