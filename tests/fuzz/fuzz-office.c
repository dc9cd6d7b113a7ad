/* fuzz-office.c: DOCX and ODT files (px-office.c)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * First byte: 0 or 1 packs the rest as word/document.xml of a DOCX or
 * content.xml of an ODT (so the fuzzer works on the XML, not on ZIP
 * checksums); 2 takes the rest as the ZIP file itself.  Whatever the
 * bytes, the reader gives valid single-line paragraphs or a one-line
 * refusal of the import's own domain.
 */
#include <archive.h>
#include <archive_entry.h>

#include "fuzz.h"
#include "px-formats.h"
#include "px-import.h"

static GBytes *
pack (const char *path, const uint8_t *data, size_t size)
{
  struct archive *a = archive_write_new ();
  struct archive_entry *e = archive_entry_new ();
  gsize cap = size + 4096, used = 0;
  char *buf = g_malloc (cap);

  archive_write_set_format_zip (a);
  archive_write_open_memory (a, buf, cap, &used);
  archive_entry_set_pathname (e, path);
  archive_entry_set_size (e, size);
  archive_entry_set_filetype (e, AE_IFREG);
  archive_entry_set_perm (e, 0644);
  archive_write_header (a, e);
  archive_write_data (a, data, size);
  archive_entry_free (e);
  archive_write_close (a);
  archive_write_free (a);
  return g_bytes_new_take (buf, used);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxExtract) extract = NULL;
  const char *file;
  gsize len;

  if (size < 1)
    return 0;
  switch (data[0] % 3)
    {
    case 0: bytes = pack ("word/document.xml", data + 1, size - 1); break;
    case 1: bytes = pack ("content.xml", data + 1, size - 1); break;
    default: bytes = g_bytes_new (data + 1, size - 1); break;
    }
  file = g_bytes_get_data (bytes, &len);
  extract = px_office_extract (file, len, "fuzz.docx", notices, &error);
  FUZZ_CHECK ((extract == NULL) == (error != NULL));
  if (extract == NULL)
    {
      FUZZ_CHECK (error->domain == PX_IMPORT_ERROR);
      FUZZ_CHECK (strchr (error->message, '\n') == NULL);
      return 0;
    }
  FUZZ_CHECK (extract->paragraphs->len > 0);
  for (guint i = 0; i < extract->paragraphs->len; i++)
    {
      const char *p = extract->paragraphs->pdata[i];

      FUZZ_CHECK (g_utf8_validate (p, -1, NULL));
      FUZZ_CHECK (strchr (p, '\n') == NULL && *p != '\0');
    }
  return 0;
}
