/* cli-run.c: run parallax-cli from a test and keep what it printed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cli-run.h"

void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize len = bytes ? g_bytes_get_size (bytes) : 0;

  return g_strndup (len ? g_bytes_get_data (bytes, NULL) : "", len);
}

void
run_cli (Run *run, ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (char *) g_getenv ("PARALLAX_CLI"));
  va_start (ap, run);
  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  proc = g_subprocess_newv ((const char * const *) args->pdata,
                            G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  /* Bytes, not UTF-8: the output holds whatever the files hold. */
  g_subprocess_communicate (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  run->out = bytes_to_string (out);
  run->err = bytes_to_string (err);
  run->status = g_subprocess_get_exit_status (proc);
}
