/* load-event.c: read an event's articles from a folder, for engine tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "load-event.h"

PxDocument *
load_article (const char *path)
{
  g_autofree char *text = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *outlet = px_outlet_from_filename (base);
  gsize len;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  return px_document_new (text, len, outlet);
}

static int
cmp_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

GPtrArray *
load_event (const char *dir)
{
  GPtrArray *docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (gdir);
  while ((name = g_dir_read_name (gdir)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, cmp_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);

      g_ptr_array_add (docs, load_article (path));
    }
  return docs;
}
