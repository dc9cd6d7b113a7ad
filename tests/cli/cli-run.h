/* cli-run.h: run parallax-cli from a test and keep what it printed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

typedef struct {
  int status;
  char *out;    /* standard output, NUL-terminated */
  gsize out_len; /* its length: binary output may hold NULs */
  char *err;    /* standard error */
} Run;

void run_clear (Run *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs $PARALLAX_CLI with the arguments given, NULL-terminated. */
void run_cli      (Run *run, ...) G_GNUC_NULL_TERMINATED;
/* Like run_cli, with NAME, VALUE pairs of @env (NULL for none) set in the
 * environment first (a NULL value unsets NAME), and both outputs
 * checked to be UTF-8 text. */
void run_cli_text (Run *run, const char * const *env, ...) G_GNUC_NULL_TERMINATED;
/* Like run_cli_text without the UTF-8 check, with the arguments in an
 * array (NULL-terminated) for tests that build them in a loop. */
void run_cli_argv (Run *run, const char * const *env, const char * const *args);
/* Runs @program (looked up in PATH) with the arguments given,
 * NULL-terminated, asserts that it succeeded and returns its output. */
char *run_program (const char *program, ...) G_GNUC_NULL_TERMINATED;
/* Deletes the files in the temporary folder @dir, then the folder. */
void remove_tmpdir (const char *dir);
/* The path of the sample event's article @name ($PARALLAX_SAMPLES). */
char *sample      (const char *name);
