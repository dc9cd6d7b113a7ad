/* px-decode.c: bytes of unknown encoding into UTF-8, and what they are
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saved articles come in whatever the browser or editor wrote: UTF-8 with
 * a stray bad byte, UTF-16 from Windows tools, Windows-1252 from old pages.
 * Everything here decodes without failing on bad bytes, and says what it
 * did, so the user is never silently handed altered text.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "px-decode.h"
#include "px-import.h"

#define REPLACEMENT "\xEF\xBF\xBD"   /* U+FFFD in UTF-8 */

typedef struct {
  const char *magic;
  gsize offset;
  gsize len;
  const char *what;
} Magic;

/* Signatures of the binary files people drop by mistake. */
static const Magic magics[] = {
  { "\x89PNG\r\n\x1a\n", 0, 8, N_("a PNG image") },
  { "\xFF\xD8\xFF", 0, 3, N_("a JPEG image") },
  { "GIF87a", 0, 6, N_("a GIF image") },
  { "GIF89a", 0, 6, N_("a GIF image") },
  { "II*\0", 0, 4, N_("a TIFF image") },
  { "MM\0*", 0, 4, N_("a TIFF image") },
  { "WEBP", 8, 4, N_("a WebP image") },
  { "ftyp", 4, 4, N_("a video or image file") },
  { "%PDF-", 0, 5, N_("a PDF document") },
  { "PK\x03\x04", 0, 4, N_("a ZIP archive or office document") },
  { "PK\x05\x06", 0, 4, N_("a ZIP archive") },
  { "\x1F\x8B", 0, 2, N_("a gzip archive") },
  { "BZh", 0, 3, N_("a bzip2 archive") },
  { "\xFD" "7zXZ\0", 0, 6, N_("an xz archive") },
  { "7z\xBC\xAF\x27\x1C", 0, 6, N_("a 7-Zip archive") },
  { "Rar!\x1A\x07", 0, 6, N_("a RAR archive") },
  { "\x28\xB5\x2F\xFD", 0, 4, N_("a Zstandard archive") },
  { "ustar", 257, 5, N_("a tar archive") },
  { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0, 8, N_("an old Microsoft Office document") },
  { "{\\rtf", 0, 5, N_("an RTF document") },
  { "\x7F" "ELF", 0, 4, N_("a program") },
  { "MZ", 0, 2, N_("a Windows program") },
  { "SQLite format 3\0", 0, 16, N_("a database") },
  { "OggS", 0, 4, N_("an audio or video file") },
  { "ID3", 0, 3, N_("an audio file") },
  { "fLaC", 0, 4, N_("an audio file") },
  { "\x1A\x45\xDF\xA3", 0, 4, N_("a video file") },
  { "wOFF", 0, 4, N_("a font") },
  { "wOF2", 0, 4, N_("a font") },
};

const char *
px_sniff_binary (const char *data,
                 gsize       len)
{
  gsize bom = 0;
  gsize controls = 0, n;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    {
      const Magic *m = &magics[i];

      /* "MZ" and "BZh" are also how some words start: ask for more proof. */
      if (m->offset == 0 && m->len <= 3 && g_ascii_isalpha (m->magic[0]) &&
          memchr (data, '\0', MIN (len, 512)) == NULL)
        continue;
      if (len >= m->offset + m->len && memcmp (data + m->offset, m->magic, m->len) == 0)
        return _(m->what);
    }

  /* UTF-16 text is full of NULs; it is only text with its byte-order mark. */
  if (px_sniff_bom (data, len, &bom) && bom == 2)
    return NULL;
  if (memchr (data, '\0', len) != NULL)
    return _("a binary file");

  /* Text has few control characters besides tab, line ends and form feed. */
  n = MIN (len, 65536);
  for (gsize i = 0; i < n; i++)
    {
      guchar c = data[i];
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
        controls++;
    }
  if (controls * 100 > n)
    return _("a binary file");
  return NULL;
}

const char *
px_sniff_bom (const char *data,
              gsize       len,
              gsize      *bom_len)
{
  const guchar *u = (const guchar *) data;

  *bom_len = 0;
  if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return (*bom_len = 3, "UTF-8");
  if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    return (*bom_len = 2, "UTF-16LE");
  if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    return (*bom_len = 2, "UTF-16BE");
  return NULL;
}

static gboolean
has_prefix_ci (const char *p, const char *end, const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && g_ascii_strncasecmp (p, prefix, n) == 0;
}

/* Skips white space, comments and processing instructions. */
static const char *
skip_prolog (const char *p, const char *end)
{
  while (p < end)
    {
      if (g_ascii_isspace (*p))
        p++;
      else if (has_prefix_ci (p, end, "<!--"))
        {
          const char *close = g_strstr_len (p + 4, end - p - 4, "-->");
          p = close ? close + 3 : end;
        }
      else if (has_prefix_ci (p, end, "<?"))
        {
          const char *close = memchr (p, '>', end - p);
          p = close ? close + 1 : end;
        }
      else
        break;
    }
  return p;
}

static gboolean
contains_ci (const char *data, gsize len, const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (g_ascii_strncasecmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

gboolean
px_sniff_html (const char *data,
               gsize       len,
               const char *name)
{
  static const char *starts[] = { "<!doctype html", "<html", "<head", "<body", "<meta", "<title" };
  static const char *inside[] = { "<html", "<body", "<head>", "<meta ", "<title>", "<div", "<p>", "<article" };
  const char *end = data + len;
  const char *p;
  const char *ext = name ? strrchr (name, '.') : NULL;
  gboolean html_name = ext && (g_ascii_strcasecmp (ext, ".html") == 0 ||
                               g_ascii_strcasecmp (ext, ".htm") == 0 ||
                               g_ascii_strcasecmp (ext, ".xhtml") == 0 ||
                               g_ascii_strcasecmp (ext, ".shtml") == 0);
  gsize head_len;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;
  p = skip_prolog (data, end);
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    if (has_prefix_ci (p, end, starts[i]))
      return TRUE;

  /* A page saved without its prologue still has its tags near the top;
   * a text that merely mentions "<p>" does not open with markup. */
  head_len = MIN (len, 4096);
  if (p < end && *p == '<')
    for (guint i = 0; i < G_N_ELEMENTS (inside); i++)
      if (contains_ci (data, head_len, inside[i]))
        return TRUE;
  return html_name && memchr (data, '<', head_len) != NULL;
}

/* Reads the value of attribute @attr inside the tag text [p, end). */
static char *
tag_attribute (const char *p, const char *end, const char *attr)
{
  gsize n = strlen (attr);

  for (; p + n < end; p++)
    {
      const char *v;
      char quote = 0;
      const char *vend;

      if (g_ascii_strncasecmp (p, attr, n) != 0 || !(g_ascii_isspace (p[-1]) || p[-1] == '"' || p[-1] == '\'' || p[-1] == ';'))
        continue;
      v = p + n;
      while (v < end && g_ascii_isspace (*v))
        v++;
      if (v >= end || *v != '=')
        continue;
      v++;
      while (v < end && g_ascii_isspace (*v))
        v++;
      if (v < end && (*v == '"' || *v == '\''))
        quote = *v++;
      vend = v;
      while (vend < end && (quote ? *vend != quote : !(g_ascii_isspace (*vend) || *vend == ';' || *vend == '"' || *vend == '\'' || *vend == '>' || *vend == '/')))
        vend++;
      if (vend > v)
        return g_strstrip (g_strndup (v, vend - v));
    }
  return NULL;
}

/* Encoding labels are short ASCII names ("utf-8", "windows-1252",
 * "ISO_8859-1:1987"); anything else is junk, not a label, and must not
 * reach iconv or the notices shown to the user. */
static gboolean
is_charset_label (const char *s)
{
  gsize n = 0;

  for (; *s; s++, n++)
    if (!g_ascii_isalnum (*s) && strchr ("-_.:()+", *s) == NULL)
      return FALSE;
  return n > 0 && n <= 40;
}

char *
px_sniff_meta_charset (const char *data,
                       gsize       len)
{
  const char *end = data + MIN (len, 8192);

  /* The HTML standard has browsers look at the first 1024 bytes; saved
   * pages often carry long comments first, so look a little further. */
  for (const char *p = data; p + 5 < end; p++)
    {
      const char *close;
      char *charset;

      if (*p != '<' || g_ascii_strncasecmp (p + 1, "meta", 4) != 0)
        continue;
      close = memchr (p, '>', end - p);
      if (close == NULL)
        break;
      charset = tag_attribute (p + 5, close, "charset");
      if (charset && is_charset_label (charset))
        return charset;
      g_free (charset);
      p = close;
    }
  return NULL;
}

/* Code points of Windows-1252's bytes 0x80-0x9F; the five holes are
 * mapped through to the C1 controls, as browsers do. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

char *
px_decode_windows_1252 (const char *data,
                        gsize       len,
                        gsize      *out_len)
{
  GString *out = g_string_sized_new (len + len / 8 + 1);

  for (gsize i = 0; i < len; i++)
    {
      guchar c = data[i];

      if (c < 0x80)
        g_string_append_c (out, c);
      else if (c < 0xA0)
        g_string_append_unichar (out, cp1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }
  if (out_len)
    *out_len = out->len;
  return g_string_free (out, FALSE);
}

typedef struct {
  gsize bad;          /* invalid bytes */
  gsize multi;        /* valid multi-byte sequences */
  gsize first_line;   /* where the first bad byte is, 1-based */
  gsize first_byte;   /* its offset in the file, 1-based */
} Utf8Scan;

/* Copies UTF-8, replacing each invalid byte with U+FFFD when @out is set. */
static void
scan_utf8 (const char *data, gsize len, gsize base, GString *out, Utf8Scan *scan)
{
  gsize line = 1;
  gsize i = 0;

  memset (scan, 0, sizeof *scan);
  while (i < len)
    {
      guchar c = data[i];
      gunichar u;
      gsize step;

      if (c < 0x80)
        {
          if (c == '\n' || (c == '\r' && !(i + 1 < len && data[i + 1] == '\n')))
            line++;
          if (out)
            g_string_append_c (out, c);
          i++;
          continue;
        }
      u = g_utf8_get_char_validated (data + i, len - i);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        {
          if (scan->bad++ == 0)
            scan->first_line = line, scan->first_byte = base + i + 1;
          if (out)
            g_string_append (out, REPLACEMENT);
          i++;
          continue;
        }
      step = g_utf8_skip[c];
      scan->multi++;
      if (out)
        g_string_append_len (out, data + i, step);
      i += step;
    }
}

/* Decodes through iconv, replacing undecodable bytes with U+FFFD. */
static char *
decode_iconv (const char *data, gsize len, const char *charset, gsize *out_len,
              gsize *n_bad, GError **error)
{
  GIConv cd = g_iconv_open ("UTF-8", charset);
  GString *out;
  char *in = (char *) data;
  gsize in_left = len;
  char buf[4096];

  *n_bad = 0;
  if (cd == (GIConv) -1)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_ENCODING,
                   _("unknown encoding “%s”"), charset);
      return NULL;
    }
  out = g_string_sized_new (len + 16);
  while (in_left > 0)
    {
      char *o = buf;
      gsize o_left = sizeof buf;
      gsize r = g_iconv (cd, &in, &in_left, &o, &o_left);

      g_string_append_len (out, buf, o - buf);
      if (r == (gsize) -1 && errno != E2BIG)
        {
          /* EILSEQ or a truncated sequence at the end: skip one byte. */
          g_string_append (out, REPLACEMENT);
          (*n_bad)++;
          in++, in_left--;
          g_iconv (cd, NULL, NULL, NULL, NULL);
        }
    }
  g_iconv_close (cd);
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
is_windows_1252_alias (const char *cs)
{
  static const char *aliases[] = {
    "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
    "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso-ir-100", "ibm819", "cp819",
  };

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (cs, aliases[i]) == 0)
      return TRUE;
  return FALSE;
}

static char *
decode_utf8 (const char *data, gsize len, gsize base, const char *name,
             gsize *out_len, GPtrArray *notices)
{
  Utf8Scan scan;
  GString *out = g_string_sized_new (len + 1);

  scan_utf8 (data, len, base, out, &scan);
  if (scan.bad > 0 && notices)
    g_ptr_array_add (notices,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   /* %lu, not G_GSIZE_FORMAT: xgettext cannot read
                                                    * a macro inside a message */
                                                   "“%s”: replaced %lu byte that is not valid UTF-8 with “\xEF\xBF\xBD”, first at line %lu, byte %lu",
                                                   "“%s”: replaced %lu bytes that are not valid UTF-8 with “\xEF\xBF\xBD”, first at line %lu, byte %lu",
                                                   scan.bad),
                                      name, (gulong) scan.bad, (gulong) scan.first_line, (gulong) scan.first_byte));
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

char *
px_decode_to_utf8 (const char *data,
                   gsize       len,
                   const char *charset,
                   const char *name,
                   gsize      *out_len,
                   GPtrArray  *notices,
                   GError    **error)
{
  gsize bom_len = 0;
  const char *bom = px_sniff_bom (data, len, &bom_len);
  Utf8Scan scan;
  gsize n_bad = 0;
  char *text;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (out_len != NULL, NULL);

  /* A byte-order mark outranks any declaration. */
  if (bom)
    charset = bom;
  data += bom_len, len -= bom_len;

  if (charset && (g_ascii_strcasecmp (charset, "utf-16") == 0 ||
                  g_ascii_strcasecmp (charset, "utf-32") == 0))
    charset = NULL;  /* declared, but the BOM that would say which is missing */

  if (charset == NULL)
    {
      scan_utf8 (data, len, bom_len, NULL, &scan);
      /* Windows-1252 accents are lone high bytes, which are never valid
       * UTF-8; a UTF-8 file with one damaged byte still has many valid
       * multi-byte characters around it. */
      if (scan.bad > 0 && scan.bad >= scan.multi)
        {
          if (notices)
            g_ptr_array_add (notices,
                             g_strdup_printf (_("“%s” is not UTF-8: read it as Windows-1252 (Western European) text"),
                                              name));
          return px_decode_windows_1252 (data, len, out_len);
        }
      return decode_utf8 (data, len, bom_len, name, out_len, notices);
    }

  if (g_ascii_strcasecmp (charset, "utf-8") == 0 || g_ascii_strcasecmp (charset, "utf8") == 0)
    {
      /* Old pages often declare UTF-8 over Windows-1252 text; only a
       * UTF-8 BOM makes the declaration certain. */
      scan_utf8 (data, len, bom_len, NULL, &scan);
      if (bom == NULL && scan.bad > 0 && scan.bad >= scan.multi)
        {
          if (notices)
            g_ptr_array_add (notices,
                             g_strdup_printf (_("“%s” declares UTF-8 but is not: read it as Windows-1252 (Western European) text"),
                                              name));
          return px_decode_windows_1252 (data, len, out_len);
        }
      return decode_utf8 (data, len, bom_len, name, out_len, notices);
    }

  /* Pages re-saved by an editor or a browser are often UTF-8 while still
   * declaring their old charset.  Text in a legacy multi-byte or 8-bit
   * charset is almost never valid UTF-8 by chance, so valid UTF-8 with
   * non-ASCII characters wins over the declaration. */
  scan_utf8 (data, len, bom_len, NULL, &scan);
  if (scan.multi > 0 && scan.bad == 0)
    {
      if (notices && !is_windows_1252_alias (charset))
        g_ptr_array_add (notices,
                         g_strdup_printf (_("“%s” declares %s but is UTF-8: read it as UTF-8"),
                                          name, charset));
      return decode_utf8 (data, len, bom_len, name, out_len, notices);
    }

  if (is_windows_1252_alias (charset))
    {
      text = px_decode_windows_1252 (data, len, out_len);
      if (notices && scan.multi + scan.bad > 0)
        g_ptr_array_add (notices,
                         g_strdup_printf (_("“%s”: converted from %s to UTF-8"), name, charset));
      return text;
    }

  text = decode_iconv (data, len, charset, out_len, &n_bad, NULL);
  if (text == NULL)
    {
      /* An unknown label: fall back to guessing, and say so. */
      if (notices)
        g_ptr_array_add (notices,
                         g_strdup_printf (_("“%s” declares the unknown encoding “%s”: guessed instead"),
                                          name, charset));
      return px_decode_to_utf8 (data, len, NULL, name, out_len, notices, error);
    }
  if (notices)
    {
      if (bom == NULL || !g_str_has_prefix (charset, "UTF-16"))
        g_ptr_array_add (notices,
                         g_strdup_printf (_("“%s”: converted from %s to UTF-8"), name, charset));
      if (n_bad > 0)
        g_ptr_array_add (notices,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "“%s”: replaced %lu byte that is not valid %s with “\xEF\xBF\xBD”",
                                                       "“%s”: replaced %lu bytes that are not valid %s with “\xEF\xBF\xBD”",
                                                       n_bad),
                                          name, (gulong) n_bad, charset));
    }
  return text;
}
