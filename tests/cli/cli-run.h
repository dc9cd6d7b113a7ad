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
  char *err;    /* standard error */
} Run;

void run_clear (Run *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs $PARALLAX_CLI with the arguments given, NULL-terminated. */
void run_cli   (Run *run, ...) G_GNUC_NULL_TERMINATED;
