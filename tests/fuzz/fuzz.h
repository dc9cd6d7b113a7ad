/* fuzz.h: what the fuzz harnesses share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each harness defines LLVMFuzzerTestOneInput().  Built with clang and
 * -fsanitize=fuzzer it is a libFuzzer target; built otherwise it links
 * fuzz-main.c and replays its corpus as a regression test.
 */
#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Splits @data at NUL bytes into at most @max parts of valid UTF-8
 * (invalid bytes replaced), as the documents of one comparison. */
static inline GPtrArray *
fuzz_split_texts (const uint8_t *data, size_t size, guint max)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  size_t start = 0;

  for (size_t i = 0; i <= size && parts->len < max; i++)
    if (i == size || data[i] == 0)
      {
        g_ptr_array_add (parts, g_utf8_make_valid ((const char *) data + start, i - start));
        start = i + 1;
      }
  return parts;
}

#ifndef FUZZ_MAIN
/* A GLib warning or critical is a finding: abort (which libFuzzer
 * catches and saves the input for) rather than G_DEBUG's breakpoint trap
 * (which it does not). */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  g_log_writer_standard_streams (level, fields, n_fields, user_data);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

__attribute__((constructor)) static void
fuzz_init (void)
{
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
}
#endif

#define FUZZ_CHECK(cond) \
  G_STMT_START { if (!(cond)) { g_printerr ("fuzz check failed: %s\n", #cond); abort (); } } G_STMT_END
