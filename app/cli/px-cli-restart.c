/* px-cli-restart.c: how much text a command is given to read
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * parallax-cli starts itself again with GSlice set to malloc when it
 * has much text to compare (px-cli-main.c).  The bytes of a PDF or of a
 * DOCX or ODT archive are mostly not text: an article of a few thousand
 * words makes a PDF of hundreds of kilobytes, and counting it would
 * cost the restart for nothing.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "px-cli-restart.h"
#include "px-formats.h"

/* Whether the file at @path starts as a PDF or a ZIP archive does. */
static gboolean
is_document (const char *path)
{
  char head[1024];
  gssize len;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);

  if (fd < 0)
    return FALSE;
  len = read (fd, head, sizeof head);
  close (fd);
  return len > 0 && px_format_sniff (head, len) != PX_FORMAT_KIND_NONE;
}

/**
 * px_cli_text_bytes:
 * @args: a command's arguments, %NULL-terminated
 * @enough: where to stop counting
 *
 * Adds up the sizes of the regular files among @args (options left
 * out), PDF files and ZIP archives left out, until @enough.
 *
 * Returns: the sum, or @enough or more once it reaches it
 */
goffset
px_cli_text_bytes (char * const *args,
                   goffset       enough)
{
  goffset bytes = 0;

  for (int i = 0; args[i] && bytes < enough; i++)
    {
      GStatBuf st;

      if (args[i][0] != '-' && g_stat (args[i], &st) == 0 && S_ISREG (st.st_mode) &&
          !is_document (args[i]))
        bytes += st.st_size;
    }
  return bytes;
}
