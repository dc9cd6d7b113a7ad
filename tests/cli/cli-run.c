/* cli-run.c: run parallax-cli from a test and keep what it printed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cli-run.h"

char *
sample (const char *name)
{
  return g_build_filename (g_getenv ("PARALLAX_SAMPLES"), name, NULL);
}

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

static void
run_cli_va (Run *run, const char * const *env, va_list ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  const char *arg;

  for (guint i = 0; env && env[i]; i += 2)
    if (env[i + 1])
      g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);
    else
      g_subprocess_launcher_unsetenv (launcher, env[i]);
  g_ptr_array_add (args, (char *) g_getenv ("PARALLAX_CLI"));
  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (args, (char *) arg);
  g_ptr_array_add (args, NULL);

  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) args->pdata, &error);
  g_assert_no_error (error);
  /* Bytes, not UTF-8: the output holds whatever the files hold. */
  g_subprocess_communicate (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  run->out = bytes_to_string (out);
  run->err = bytes_to_string (err);
  run->status = g_subprocess_get_exit_status (proc);
}

void
run_cli (Run *run, ...)
{
  va_list ap;

  va_start (ap, run);
  run_cli_va (run, NULL, ap);
  va_end (ap);
}

void
run_cli_text (Run *run, const char * const *env, ...)
{
  va_list ap;

  va_start (ap, env);
  run_cli_va (run, env, ap);
  va_end (ap);
  g_assert_true (g_utf8_validate (run->out, -1, NULL));
  g_assert_true (g_utf8_validate (run->err, -1, NULL));
}
