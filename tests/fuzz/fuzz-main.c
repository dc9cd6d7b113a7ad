/* fuzz-main.c: replay a fuzz corpus without libFuzzer
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the harness once on every file of the folders or files given, so
 * that each harness's seeds and past findings are a regression test in
 * every build, sanitizers included.  Prints TAP.
 */
#include <glib.h>
#include <stdio.h>

#define FUZZ_MAIN
#include "fuzz.h"

static guint n;

static void
run_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len;

  if (!g_file_get_contents (path, &data, &len, NULL))
    {
      printf ("not ok %u - %s: unreadable\n", ++n, path);
      return;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  printf ("ok %u - %s\n", ++n, path);
}

static void
run_path (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      run_file (path);
      return;
    }
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      run_path (child);
    }
}

int
main (int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    run_path (argv[i]);
  printf ("1..%u\n", n);
  return 0;
}
