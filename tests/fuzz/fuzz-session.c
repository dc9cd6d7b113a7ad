/* fuzz-session.c: any bytes as a saved comparison (.parallax)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever the file holds, reading it either fails with a session error
 * or gives a comparison that is whole (articles, a reference among them)
 * and that writes out and reads back the same.
 */
#include "fuzz.h"
#include "px-session.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSession) session = px_session_from_data ((const char *) data, size, "fuzz.parallax", &error);
  g_autoptr(PxSession) again = NULL;
  g_autofree char *written = NULL;
  gsize len = 0;

  FUZZ_CHECK ((session == NULL) == (error != NULL));
  if (session == NULL)
    {
      FUZZ_CHECK (error->domain == PX_SESSION_ERROR);
      return 0;
    }
  FUZZ_CHECK (session->documents->len > 0);
  FUZZ_CHECK (session->reference < session->documents->len);
  written = px_session_to_data (session, &len);
  again = px_session_from_data (written, len, "again.parallax", &error);
  if (again == NULL)
    g_printerr ("written out, the comparison does not read back: %s\n%.*s\n",
                error->message, (int) len, written);
  FUZZ_CHECK (again != NULL);
  FUZZ_CHECK (px_session_equal (session, again));
  return 0;
}
