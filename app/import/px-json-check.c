/* px-json-check.c: what JSON must pass before json-glib parses it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the bytes, as a JSON lexer sees them: brackets inside
 * strings do not count, nor escaped quotes.  Text that is not JSON at
 * all passes and is left to the parser to refuse.
 */
#include "config.h"

#include <string.h>

#include "px-json-check.h"

/**
 * px_json_check:
 * @data: JSON text (not necessarily NUL-terminated)
 * @len: its length in bytes
 *
 * Tells whether @data may be given to json-glib: nested no deeper than
 * %PX_JSON_MAX_DEPTH, and with no string that holds an escaped NUL.
 */
PxJsonCheck
px_json_check (const char *data,
               gsize       len)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '"')
            in_string = FALSE;
          else if (c == '\\' && i + 1 < len)
            {
              if (data[i + 1] == 'u' && i + 6 <= len && memcmp (data + i + 2, "0000", 4) == 0)
                return PX_JSON_CHECK_NUL;
              i++;   /* the escaped character */
            }
          continue;
        }
      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > PX_JSON_MAX_DEPTH)
            return PX_JSON_CHECK_TOO_DEEP;
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }
  return PX_JSON_CHECK_OK;
}
