/* cli-run.c: run parallax-cli from a test and keep what it printed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

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

void
remove_tmpdir (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;

  while (gdir && (name = g_dir_read_name (gdir)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static char *
bytes_to_string (GBytes *bytes, gsize *len_out)
{
  gsize len = bytes ? g_bytes_get_size (bytes) : 0;
  char *text = g_malloc (len + 1);

  if (len)
    memcpy (text, g_bytes_get_data (bytes, NULL), len);
  text[len] = '\0';
  if (len_out)
    *len_out = len;
  return text;
}

void
run_cli_argv (Run *run, const char * const *env, const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;

  for (guint i = 0; env && env[i]; i += 2)
    if (env[i + 1])
      g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);
    else
      g_subprocess_launcher_unsetenv (launcher, env[i]);
  g_ptr_array_add (argv, (char *) g_getenv ("PARALLAX_CLI"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  /* Bytes, not UTF-8: the output holds whatever the files hold. */
  g_subprocess_communicate (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  run->out = bytes_to_string (out, &run->out_len);
  run->err = bytes_to_string (err, NULL);
  run->status = g_subprocess_get_exit_status (proc);
}

static void
run_cli_va (Run *run, const char * const *env, va_list ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;

  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (args, (char *) arg);
  g_ptr_array_add (args, NULL);
  run_cli_argv (run, env, (const char * const *) args->pdata);
}

char *
run_program (const char *program, ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (char *) program);
  va_start (ap, program);
  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  proc = g_subprocess_newv ((const char * const *) argv->pdata,
                            G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (proc));
  return bytes_to_string (out, NULL);
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
