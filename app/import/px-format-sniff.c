/* px-format-sniff.c: whether a file is a PDF or a ZIP archive, by its
 * first bytes
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file of its own, as parallax-cli's main program asks it too before
 * loading any reader (px-cli-restart.c).
 */
#include "config.h"

#include <string.h>

#include "px-formats.h"

PxFormatKind
px_format_sniff (const char *data,
                 gsize       len)
{
  /* The PDF header may follow some bytes of junk, within the first KiB. */
  for (gsize i = 0; i + 5 <= MIN (len, 1024); i++)
    {
      if (memcmp (data + i, "%PDF-", 5) == 0)
        return PX_FORMAT_KIND_PDF;
      if (i == 0 && data[0] != '\0' && data[0] != '\n' && data[0] != '\r' && data[0] != ' ' &&
          data[0] != '%')
        break;
    }
  if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    return PX_FORMAT_KIND_OFFICE;
  return PX_FORMAT_KIND_NONE;
}
