/* px-tokenizer.c: Unicode word segmentation (UAX #29) for the diff
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table-driven segmenter.  Each code point maps to one byte: its
 * Word_Break class in the low five bits and three flags above.  The
 * classes are derived from GLib's Unicode tables (general category,
 * script, line-break class) a page of 256 code points at a time, when
 * the text first needs the page; the rules of UAX #29 are then applied
 * on that byte alone.  ASCII never leaves a small constant table, and
 * px_tokenize_filtered() splits plain ASCII prose 64 bytes at a time
 * with bit masks where SSE2 is there (see ascii_block).
 */
#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "px-tokenizer.h"

enum {
  WB_OTHER,
  WB_CR,
  WB_LF,
  WB_NEWLINE,
  WB_EXTEND,
  WB_ZWJ,
  WB_RI,
  WB_FORMAT,
  WB_KATAKANA,
  WB_HEBREW,
  WB_ALETTER,
  WB_SQUOTE,
  WB_DQUOTE,
  WB_MIDNUMLET,
  WB_MIDLETTER,
  WB_MIDNUM,
  WB_NUMERIC,
  WB_EXTENDNUMLET,
  WB_WSEGSPACE,
  WB_SOT,            /* start of text, never a character's class */
};

#define WB_CLASS(i)  ((i) & 0x1f)
#define F_PICT       0x20   /* Extended_Pictographic */
#define F_WORD       0x40   /* makes its segment a word */
#define F_SPACE      0x80   /* white space */

#define IS_AH(c)     ((c) == WB_ALETTER || (c) == WB_HEBREW)
#define IS_MIDLQ(c)  ((c) == WB_MIDLETTER || (c) == WB_MIDNUMLET || (c) == WB_SQUOTE)
#define IS_MIDNQ(c)  ((c) == WB_MIDNUM || (c) == WB_MIDNUMLET || (c) == WB_SQUOTE)
#define IS_IGNORED(c) ((c) == WB_EXTEND || (c) == WB_FORMAT || (c) == WB_ZWJ)
#define IS_HARD(c)   ((c) == WB_CR || (c) == WB_LF || (c) == WB_NEWLINE)

static const guint8 ascii_info[128] = {
  ['\t'] = WB_OTHER | F_SPACE,
  ['\n'] = WB_LF | F_SPACE,
  ['\v'] = WB_NEWLINE | F_SPACE,
  ['\f'] = WB_NEWLINE | F_SPACE,
  ['\r'] = WB_CR | F_SPACE,
  [' '] = WB_WSEGSPACE | F_SPACE,
  ['"'] = WB_DQUOTE,
  ['\''] = WB_SQUOTE,
  [','] = WB_MIDNUM,
  ['.'] = WB_MIDNUMLET,
  [':'] = WB_MIDLETTER,
  [';'] = WB_MIDNUM,
  ['_'] = WB_EXTENDNUMLET,
  ['0' ... '9'] = WB_NUMERIC | F_WORD,
  ['A' ... 'Z'] = WB_ALETTER | F_WORD,
  ['a' ... 'z'] = WB_ALETTER | F_WORD,
};

/* ASCII letters and digits, over all 256 byte values. */
static const guint8 ascii_alnum[256] = {
  ['0' ... '9'] = 1,
  ['A' ... 'Z'] = 1,
  ['a' ... 'z'] = 1,
};

/* The hot path must inline into every loop that segments. */
#if defined(__GNUC__) || defined(__clang__)
#define PX_ALWAYS_INLINE __attribute__ ((always_inline))
#else
#define PX_ALWAYS_INLINE
#endif

#define ONES  0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* The high bit of each byte of @x that is an ASCII letter or digit,
 * for eight bytes at once.  Each byte's sum stays below 0x100, so no
 * carry crosses into the next byte: the high bit of b + (0x80 - lo)
 * tells b >= lo, that of b + (0x7F - hi) tells b > hi.  Setting bit
 * 0x20 maps exactly the upper and lower case letters onto a..z. */
static inline guint64
alnum_mask (guint64 x)
{
  guint64 low = x & ~HIGHS;
  guint64 l = low | (0x20 * ONES);
  guint64 letters = (l + (0x80 - 'a') * ONES) & ~(l + (0x7F - 'z') * ONES);
  guint64 digits = (low + (0x80 - '0') * ONES) & ~(low + (0x7F - '9') * ONES);

  return (letters | digits) & ~x & HIGHS;
}

/* The length of the run of ASCII letters and digits at @p, at most
 * @n: eight bytes a step, so that the end of a word costs a bit scan
 * rather than a mispredicted loop exit. */
static inline gsize
alnum_run (const guchar *p, gsize n)
{
  gsize i = 0;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  while (i + 8 <= n)
    {
      guint64 x, m;

      memcpy (&x, p + i, 8);
      m = alnum_mask (x);
      if (m != HIGHS)
        return i + (__builtin_ctzll (~m & HIGHS) >> 3);
      i += 8;
    }
#endif
  while (i < n && ascii_alnum[p[i]])
    i++;
  return i;
}

static gboolean
is_extended_pictographic (gunichar c)
{
  if (c < 0x2000)
    return c == 0x00A9 || c == 0x00AE;
  if (c < 0x3000)
    return c == 0x203C || c == 0x2049 || c == 0x2122 || c == 0x2139 ||
           (c >= 0x2194 && c <= 0x2199) || (c >= 0x21A9 && c <= 0x21AA) ||
           (c >= 0x231A && c <= 0x231B) || c == 0x2328 || c == 0x2388 ||
           c == 0x23CF || (c >= 0x23E9 && c <= 0x23F3) ||
           (c >= 0x23F8 && c <= 0x23FA) || c == 0x24C2 ||
           (c >= 0x25AA && c <= 0x25AB) || c == 0x25B6 || c == 0x25C0 ||
           (c >= 0x25FB && c <= 0x25FE) || (c >= 0x2600 && c <= 0x2605) ||
           (c >= 0x2607 && c <= 0x2612) || (c >= 0x2614 && c <= 0x2685) ||
           (c >= 0x2690 && c <= 0x2705) || (c >= 0x2708 && c <= 0x2712) ||
           c == 0x2714 || c == 0x2716 || c == 0x271D || c == 0x2721 ||
           c == 0x2728 || (c >= 0x2733 && c <= 0x2734) || c == 0x2744 ||
           c == 0x2747 || c == 0x274C || c == 0x274E ||
           (c >= 0x2753 && c <= 0x2755) || c == 0x2757 ||
           (c >= 0x2763 && c <= 0x2767) || (c >= 0x2795 && c <= 0x2797) ||
           c == 0x27A1 || c == 0x27B0 || c == 0x27BF ||
           (c >= 0x2934 && c <= 0x2935) || (c >= 0x2B05 && c <= 0x2B07) ||
           (c >= 0x2B1B && c <= 0x2B1C) || c == 0x2B50 || c == 0x2B55;
  if (c < 0x10000)
    return c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
  return (c >= 0x1F000 && c <= 0x1F0FF) ||
         (c >= 0x1F10D && c <= 0x1F10F) || c == 0x1F12F ||
         (c >= 0x1F16C && c <= 0x1F171) || (c >= 0x1F17E && c <= 0x1F17F) ||
         c == 0x1F18E || (c >= 0x1F191 && c <= 0x1F19A) ||
         (c >= 0x1F1AD && c <= 0x1F1E5) || (c >= 0x1F201 && c <= 0x1F20F) ||
         c == 0x1F21A || c == 0x1F22F || (c >= 0x1F232 && c <= 0x1F23A) ||
         (c >= 0x1F23C && c <= 0x1F23F) || (c >= 0x1F249 && c <= 0x1F3FA) ||
         (c >= 0x1F400 && c <= 0x1F53D) || (c >= 0x1F546 && c <= 0x1F64F) ||
         (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F774 && c <= 0x1F77F) ||
         (c >= 0x1F7D5 && c <= 0x1F7FF) || (c >= 0x1F80C && c <= 0x1F80F) ||
         (c >= 0x1F848 && c <= 0x1F84F) || (c >= 0x1F85A && c <= 0x1F85F) ||
         (c >= 0x1F888 && c <= 0x1F88F) || (c >= 0x1F8AE && c <= 0x1F8FF) ||
         (c >= 0x1F90C && c <= 0x1F93A) || (c >= 0x1F93C && c <= 0x1F945) ||
         (c >= 0x1F947 && c <= 0x1FAFF) || (c >= 0x1FC00 && c <= 0x1FFFD);
}

/* The Word_Break class of a code point, from GLib's tables.  Slow;
 * called once per BMP code point and for each astral one. */
static guint8
compute_info (gunichar c)
{
  switch (c)
    {
    case 0x0085: case 0x2028: case 0x2029:
      return WB_NEWLINE | F_SPACE;
    case 0x200D:
      return WB_ZWJ;
    case 0x200C: case 0xFF9E: case 0xFF9F:
      return WB_EXTEND;
    case 0x200B: case 0x00A0: case 0x2007:
      return WB_OTHER | F_SPACE;
    case 0x202F:
      return WB_EXTENDNUMLET | F_SPACE;
    case 0x2018: case 0x2019: case 0x2024: case 0xFE52: case 0xFF07: case 0xFF0E:
      return WB_MIDNUMLET;
    case 0x00B7: case 0x0387: case 0x055F: case 0x05F4: case 0x2027:
    case 0xFE13: case 0xFE55: case 0xFF1A:
      return WB_MIDLETTER;
    case 0x037E: case 0x0589: case 0x060C: case 0x060D: case 0x066C:
    case 0x07F8: case 0x2044: case 0xFE10: case 0xFE14: case 0xFE50:
    case 0xFE54: case 0xFF0C: case 0xFF1B:
      return WB_MIDNUM;
    case 0x3031: case 0x3032: case 0x3033: case 0x3034: case 0x3035:
    case 0x309B: case 0x309C: case 0x30A0: case 0x30FC: case 0xFF70:
      return WB_KATAKANA | F_WORD;
    default:
      break;
    }

  if (c >= 0x1F1E6 && c <= 0x1F1FF)
    return WB_RI;
  if (c >= 0x1F3FB && c <= 0x1F3FF)
    return WB_EXTEND;

  switch (g_unichar_type (c))
    {
    case G_UNICODE_SPACE_SEPARATOR:
      return WB_WSEGSPACE | F_SPACE;
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return WB_NEWLINE | F_SPACE;
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      return WB_EXTEND;
    case G_UNICODE_FORMAT:
      return WB_FORMAT;
    case G_UNICODE_CONNECT_PUNCTUATION:
      return WB_EXTENDNUMLET;
    case G_UNICODE_DECIMAL_NUMBER:
      if (g_unichar_break_type (c) != G_UNICODE_BREAK_NUMERIC)
        return WB_OTHER | F_WORD;   /* fullwidth digits: ideographic */
      return WB_NUMERIC | F_WORD;
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_LETTER_NUMBER:
      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_HAN:
        case G_UNICODE_SCRIPT_HIRAGANA:
          return WB_OTHER | F_WORD;
        case G_UNICODE_SCRIPT_KATAKANA:
          return WB_KATAKANA | F_WORD;
        case G_UNICODE_SCRIPT_HEBREW:
          return WB_HEBREW | F_WORD;
        default:
          break;
        }
      switch (g_unichar_break_type (c))
        {
        case G_UNICODE_BREAK_IDEOGRAPHIC:
          /* Fullwidth Latin letters are ideographic for line breaking
           * but letters for word breaking. */
          if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN)
            return WB_ALETTER | F_WORD;
          return WB_OTHER | F_WORD;
        case G_UNICODE_BREAK_COMPLEX_CONTEXT:
          return WB_OTHER | F_WORD;
        default:
          return WB_ALETTER | F_WORD;
        }
    case G_UNICODE_OTHER_NUMBER:
      return WB_OTHER | F_WORD;
    default:
      return WB_OTHER | (is_extended_pictographic (c) ? F_PICT : 0);
    }
}

/* The BMP's classes, a 256-byte page at a time, filled on first use:
 * English text needs three pages, and filling all 256 would cost more
 * than diffing an article.  Pages are published with a compare-and-
 * swap, so concurrent first uses are safe. */
static guint8 *bmp_pages[256];

G_GNUC_NO_INLINE static const guint8 *
fill_page (guint hi)
{
  guint8 *page = g_malloc (256);

  for (guint lo = 0; lo < 256; lo++)
    {
      gunichar c = (hi << 8) | lo;

      page[lo] = c < 0x80 ? ascii_info[c] : compute_info (c);
    }
  if (!g_atomic_pointer_compare_and_exchange (&bmp_pages[hi], NULL, page))
    {
      g_free (page);
      return g_atomic_pointer_get (&bmp_pages[hi]);
    }
  return page;
}

static inline guint8
bmp_info (gunichar c)
{
  const guint8 *page = g_atomic_pointer_get (&bmp_pages[c >> 8]);

  if (G_UNLIKELY (page == NULL))
    page = fill_page (c >> 8);
  return page[c & 0xFF];
}

/* Decodes one code point of valid UTF-8 at @p; sets *@n to its length. */
static inline gunichar
decode (const guchar *p, guint *n)
{
  guchar b = p[0];

  if (b < 0xE0)
    {
      *n = 2;
      return ((b & 0x1F) << 6) | (p[1] & 0x3F);
    }
  if (b < 0xF0)
    {
      *n = 3;
      return ((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
  *n = 4;
  return ((b & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
         ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

static inline guint8
info_at (const guchar *s, gsize pos, gsize len, guint *n)
{
  gunichar c;

  if (s[pos] < 0x80)
    {
      *n = 1;
      return ascii_info[s[pos]];
    }
  /* A truncated sequence at the end (invalid input) counts as one byte. */
  if (pos + ((s[pos] < 0xE0) ? 2 : (s[pos] < 0xF0) ? 3 : 4) > len || s[pos] < 0xC0)
    {
      *n = 1;
      return WB_OTHER;
    }
  c = decode (s + pos, n);
  return c < 0x10000 ? bmp_info (c) : compute_info (c);
}

/* The class of the first character at or after @pos that WB4 does not
 * ignore, or WB_SOT at the end of the text. */
static guint8
peek_effective (const guchar *s, gsize pos, gsize len)
{
  while (pos < len)
    {
      guint n;
      guint8 cls = WB_CLASS (info_at (s, pos, len, &n));

      if (!IS_IGNORED (cls))
        return cls;
      pos += n;
    }
  return WB_SOT;
}

typedef struct {
  const guchar *s;
  gsize len;
  gsize pos;
  guint8 raw_prev;     /* info byte of the character just before pos */
  guint8 prev;         /* class of the last character WB4 did not ignore */
  guint8 prev_prev;    /* and the one before it */
  guint ri_run;        /* regional indicators in a row, for WB15/16 */
} Segmenter;

static inline gboolean
is_boundary (Segmenter *seg, guint8 cur_info, gsize next_pos)
{
  guint8 raw = WB_CLASS (seg->raw_prev);
  guint8 cur = WB_CLASS (cur_info);
  guint8 prev = seg->prev;
  guint8 next;

  if (raw == WB_CR && cur == WB_LF)                           /* WB3 */
    return FALSE;
  if (IS_HARD (raw) || IS_HARD (cur))                          /* WB3a, WB3b */
    return TRUE;
  if (raw == WB_ZWJ && (cur_info & F_PICT))                    /* WB3c */
    return FALSE;
  if (raw == WB_WSEGSPACE && cur == WB_WSEGSPACE)              /* WB3d */
    return FALSE;
  if (IS_IGNORED (cur))                                        /* WB4 */
    return FALSE;

  switch (cur)
    {
    case WB_ALETTER:
    case WB_HEBREW:
      if (IS_AH (prev) || prev == WB_NUMERIC || prev == WB_EXTENDNUMLET) /* WB5, WB10, WB13b */
        return FALSE;
      if (IS_AH (seg->prev_prev) && IS_MIDLQ (prev))           /* WB7 */
        return FALSE;
      if (cur == WB_HEBREW && seg->prev_prev == WB_HEBREW && prev == WB_DQUOTE) /* WB7c */
        return FALSE;
      return TRUE;

    case WB_NUMERIC:
      if (IS_AH (prev) || prev == WB_NUMERIC || prev == WB_EXTENDNUMLET) /* WB8, WB9, WB13b */
        return FALSE;
      if (seg->prev_prev == WB_NUMERIC && IS_MIDNQ (prev))     /* WB11 */
        return FALSE;
      return TRUE;

    case WB_KATAKANA:
      return !(prev == WB_KATAKANA || prev == WB_EXTENDNUMLET); /* WB13, WB13b */

    case WB_EXTENDNUMLET:                                      /* WB13a */
      return !(IS_AH (prev) || prev == WB_NUMERIC || prev == WB_KATAKANA ||
               prev == WB_EXTENDNUMLET);

    case WB_RI:                                                /* WB15, WB16 */
      return !(prev == WB_RI && seg->ri_run % 2 == 1);

    case WB_SQUOTE:
      if (prev == WB_HEBREW)                                   /* WB7a */
        return FALSE;
      G_GNUC_FALLTHROUGH;
    case WB_MIDLETTER:
    case WB_MIDNUMLET:
    case WB_MIDNUM:
      if (!IS_AH (prev) && prev != WB_NUMERIC)
        return TRUE;
      next = peek_effective (seg->s, next_pos, seg->len);
      if (IS_AH (prev) && cur != WB_MIDNUM && IS_AH (next))    /* WB6 */
        return FALSE;
      if (prev == WB_NUMERIC && cur != WB_MIDLETTER && next == WB_NUMERIC) /* WB12 */
        return FALSE;
      return TRUE;

    case WB_DQUOTE:                                            /* WB7b */
      if (prev != WB_HEBREW)
        return TRUE;
      next = peek_effective (seg->s, next_pos, seg->len);
      return next != WB_HEBREW;

    default:
      return TRUE;
    }
}

static inline void
advance (Segmenter *seg, guint8 info)
{
  guint8 cls = WB_CLASS (info);

  seg->raw_prev = info;
  if (IS_IGNORED (cls) && !(seg->prev == WB_SOT || IS_HARD (seg->prev)))
    return;
  seg->ri_run = cls == WB_RI ? seg->ri_run + 1 : 0;
  seg->prev_prev = seg->prev;
  seg->prev = cls;
}

/* The common segments of ASCII text, decided without the general
 * rules: a run of letters and digits, a run of spaces, a lone mark.
 * Returns FALSE, touching nothing, whenever the rules could join more
 * (an apostrophe or a point inside a word, a digit group, anything
 * non-ASCII next, line ends); the general path then takes over.  The
 * state left behind is the one the general path would leave. */
static inline PX_ALWAYS_INLINE gboolean
ascii_segment (Segmenter *seg, PxTokenKind *kind)
{
  const guchar *s = seg->s;
  gsize pos = seg->pos, len = seg->len, p = pos + 1;
  guchar b = s[pos];
  guint8 info;

  if (b >= 0x80)
    return FALSE;
  info = ascii_info[b];

  if (info & F_WORD)
    {
      p += alnum_run (s + p, len - p);
      if (p < len)
        {
          guchar c = s[p];
          guint8 cls;

          if (c >= 0x80)
            return FALSE;
          cls = WB_CLASS (ascii_info[c]);
          if (cls == WB_EXTENDNUMLET)
            return FALSE;
          /* A mid-word mark joins only when a letter or digit follows. */
          if ((cls == WB_MIDLETTER || cls == WB_MIDNUM || cls == WB_MIDNUMLET ||
               cls == WB_SQUOTE) && p + 1 < len &&
              (s[p + 1] >= 0x80 || (ascii_info[s[p + 1]] & F_WORD)))
            return FALSE;
        }
      *kind = PX_TOKEN_WORD;
    }
  else if (b == ' ')
    {
      while (p < len && s[p] == ' ')                          /* WB3d */
        p++;
      if (p < len && s[p] >= 0x80)
        return FALSE;
      *kind = PX_TOKEN_SPACE;
    }
  else if (b == '\r' || b == '\n' || b == '\v' || b == '\f' ||
           WB_CLASS (info) == WB_EXTENDNUMLET)
    return FALSE;
  else
    {
      /* Punctuation or a tab: alone, unless something non-ASCII (an
       * extending mark) follows. */
      if (p < len && s[p] >= 0x80)
        return FALSE;
      *kind = (info & F_SPACE) ? PX_TOKEN_SPACE : PX_TOKEN_PUNCT;
    }

  seg->prev_prev = p - pos >= 2 ? WB_CLASS (ascii_info[s[p - 2]]) : seg->prev;
  seg->prev = WB_CLASS (ascii_info[s[p - 1]]);
  seg->raw_prev = ascii_info[s[p - 1]];
  seg->ri_run = 0;
  seg->pos = p;
  return TRUE;
}

/* next_segment() by the general rules: out of line, so that the
 * ASCII path inlines into the loops that call it. */
G_GNUC_NO_INLINE static gsize
general_segment (Segmenter *seg, PxTokenKind *kind)
{
  const guchar *s = seg->s;
  gsize pos = seg->pos;
  guint n;
  guint8 info, flags;

  info = info_at (s, pos, seg->len, &n);
  flags = info;
  advance (seg, info);
  pos += n;

  while (pos < seg->len)
    {
      guchar b = s[pos];

      /* ASCII fast path: a run of letters inside a word. */
      if (b < 0x80 && (ascii_info[b] & F_WORD) &&
          (seg->prev == WB_ALETTER || seg->prev == WB_NUMERIC) &&
          (seg->raw_prev & F_WORD))
        {
          guint8 cls = WB_CLASS (ascii_info[b]);

          seg->raw_prev = ascii_info[b];
          seg->ri_run = 0;
          seg->prev_prev = seg->prev;
          seg->prev = cls;
          flags |= F_WORD;
          pos++;
          continue;
        }

      info = info_at (s, pos, seg->len, &n);
      if (is_boundary (seg, info, pos + n))
        break;
      flags |= info & F_WORD;
      advance (seg, info);
      pos += n;
    }

  if (flags & F_WORD)
    *kind = PX_TOKEN_WORD;
  else if (flags & F_SPACE)
    *kind = PX_TOKEN_SPACE;
  else
    *kind = PX_TOKEN_PUNCT;

  seg->pos = pos;
  return pos;
}

/* Finds the end of the segment starting at seg->pos and its kind. */
static inline PX_ALWAYS_INLINE gsize
next_segment (Segmenter *seg, PxTokenKind *kind)
{
  if (G_LIKELY (ascii_segment (seg, kind)))
    return seg->pos;
  return general_segment (seg, kind);
}

static void
segmenter_init (Segmenter *seg, const char *text, gssize len)
{
  seg->s = (const guchar *) text;
  seg->len = len < 0 ? strlen (text) : (gsize) len;
  seg->pos = 0;
  seg->raw_prev = WB_SOT;
  seg->prev = WB_SOT;
  seg->prev_prev = WB_SOT;
  seg->ri_run = 0;
}

/* Stores a token at index @n of @tokens, growing it as needed; returns
 * the next index. */
static inline gsize
put_token (GArray *tokens, gsize n, guint32 base, gsize start, gsize end, PxTokenKind kind)
{
  PxToken *t;

  /* A token longer than 2^30 bytes is split (only absurd input has one). */
  while (G_UNLIKELY (end - start > 0x3FFFFFFF))
    {
      n = put_token (tokens, n, base, start, start + 0x3FFFFFFF, kind);
      start += 0x3FFFFFFF;
    }
  if (G_UNLIKELY (n >= tokens->len))
    g_array_set_size (tokens, MAX (256, n + n / 2));
  t = &g_array_index (tokens, PxToken, n);
  /* One store, not a read-modify-write for each bit field. */
  *t = (PxToken) { base + start, end - start, kind };
  return n + 1;
}

void
px_tokenize (const char *text,
             gssize      len,
             guint32     base,
             GArray     *tokens)
{
  Segmenter seg;
  gsize n;

  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (tokens != NULL);

  if (text == NULL)
    return;

  segmenter_init (&seg, text, len);
  g_return_if_fail (seg.len <= PX_TOKEN_MAX_TEXT - base);

  n = tokens->len;
  while (seg.pos < seg.len)
    {
      gsize start = seg.pos;
      PxTokenKind kind;
      gsize end = next_segment (&seg, &kind);

      n = put_token (tokens, n, base, start, end, kind);
    }
  g_array_set_size (tokens, n);
}

/* The segmenter's state at seg->pos when the segments since @synced
 * (where it was last right) were all ASCII words and spaces: what
 * ascii_segment() would have left, segment after segment. */
static inline void
sync_state (Segmenter *seg, gsize synced)
{
  const guchar *s = seg->s;
  gsize pos = seg->pos;

  if (pos == synced)
    return;
  seg->prev_prev = pos - synced >= 2 ? WB_CLASS (ascii_info[s[pos - 2]]) : seg->prev;
  seg->prev = WB_CLASS (ascii_info[s[pos - 1]]);
  seg->raw_prev = ascii_info[s[pos - 1]];
  seg->ri_run = 0;
}

#ifdef __SSE2__
#define BLOCK 64

/* Bit i set where byte i of the 64 at @p is one of the three (or
 * fewer, repeated) values: SSE2's byte compares and movemask. */
static inline guint64
bytes_equal (const __m128i v[4], char c1, char c2, char c3)
{
  guint64 mask = 0;

  for (guint k = 0; k < 4; k++)
    {
      __m128i m = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v[k], _mm_set1_epi8 (c1)),
                                              _mm_cmpeq_epi8 (v[k], _mm_set1_epi8 (c2))),
                                _mm_cmpeq_epi8 (v[k], _mm_set1_epi8 (c3)));

      mask |= (guint64) (guint16) _mm_movemask_epi8 (m) << (16 * k);
    }
  return mask;
}

/* Bit i set where byte i is in [lo, hi] (ASCII bounds; bytes of 0x80
 * and over are negative as signed and never in range). */
static inline guint64
bytes_in (const __m128i v[4], char lo, char hi, char or_bits)
{
  guint64 mask = 0;

  for (guint k = 0; k < 4; k++)
    {
      __m128i x = _mm_or_si128 (v[k], _mm_set1_epi8 (or_bits));
      __m128i m = _mm_and_si128 (_mm_cmpgt_epi8 (x, _mm_set1_epi8 (lo - 1)),
                                 _mm_cmplt_epi8 (x, _mm_set1_epi8 (hi + 1)));

      mask |= (guint64) (guint16) _mm_movemask_epi8 (m) << (16 * k);
    }
  return mask;
}

/* Kind of a segment by its first byte, in a plain ASCII stretch: runs
 * of letters and digits are words, runs of spaces and single white
 * space characters are space, anything else is punctuation alone.  A
 * table, since a branch on the kind would mispredict at every word;
 * it holds the kind XOR PX_TOKEN_PUNCT, so that punctuation, the
 * default, is zero. */
#define K(kind) ((kind) ^ PX_TOKEN_PUNCT)
static const guint8 ascii_kinds[128] = {
  ['0' ... '9'] = K (PX_TOKEN_WORD),
  ['A' ... 'Z'] = K (PX_TOKEN_WORD),
  ['a' ... 'z'] = K (PX_TOKEN_WORD),
  [' '] = K (PX_TOKEN_SPACE),
  ['\t'] = K (PX_TOKEN_SPACE),
  ['\n'] = K (PX_TOKEN_SPACE),
  ['\v'] = K (PX_TOKEN_SPACE),
  ['\f'] = K (PX_TOKEN_SPACE),
  ['\r'] = K (PX_TOKEN_SPACE),
};
#undef K

/* The segments that start at seg->pos and end within the next 64
 * bytes, found with bit masks, as long as the rules need nothing but
 * "letters and digits join, spaces join, anything else stands alone".
 * That stops before the first byte where more could apply: non-ASCII
 * (extending marks, letters after a mid-word mark), an underscore, a
 * carriage return, or a mid-word mark or quote between two characters
 * that could be letters or digits.  Boundaries before that byte do not
 * depend on it.  Stores the segments of @kinds from index @n of @out
 * (room for 64 is there) and moves seg->pos to the last boundary found;
 * returns the next index. */
static gsize
ascii_block (Segmenter *seg, guint32 base, guint kinds, PxToken *out, gsize n)
{
  const guchar *p = seg->s + seg->pos;
  __m128i v[4];
  guint64 non_ascii, alnum, space, marks, hard, word_ish, before, after, tricky;
  guint64 joins, bounds;
  guint limit;
  gsize cur = seg->pos;

  for (guint k = 0; k < 4; k++)
    v[k] = _mm_loadu_si128 ((const __m128i *) (p + 16 * k));
  non_ascii = 0;
  for (guint k = 0; k < 4; k++)
    non_ascii |= (guint64) (guint16) _mm_movemask_epi8 (v[k]) << (16 * k);
  alnum = bytes_in (v, 'a', 'z', 0x20) | bytes_in (v, '0', '9', 0);
  space = bytes_equal (v, ' ', ' ', ' ');
  marks = bytes_equal (v, '.', '\'', ':') | bytes_equal (v, ',', ';', '"');
  hard = bytes_equal (v, '_', '\r', '\r');

  /* Could the character before or after each byte be a letter or a
   * digit (or extend into one)?  After the last byte, the one past the
   * 64 tells.  Before the first there is nothing to ask: seg->pos is a
   * boundary, so a mark there did not join what precedes it, and the
   * rules that would join it to what follows (WB7, WB7c, WB11) need
   * the very same characters as the ones that would have joined it to
   * what precedes (WB6, WB7b, WB12).  A quote after a Hebrew letter
   * (WB7a) lies past a non-ASCII byte, so past the limit. */
  word_ish = alnum | non_ascii;
  before = word_ish << 1;
  after = (word_ish >> 1) | ((guint64) (p[BLOCK] >= 0x80 || ascii_alnum[p[BLOCK]]) << 63);
  tricky = non_ascii | hard | (marks & before & after);
  limit = tricky ? (guint) __builtin_ctzll (tricky) : BLOCK;
  if (limit < 2)
    return n;

  /* Byte i joins byte i - 1 when both are letters or digits or both
   * are spaces; every other position up to the limit is a boundary. */
  joins = (alnum & (alnum << 1)) | (space & (space << 1));
  bounds = ~joins & ~(guint64) 1;
  if (limit < BLOCK)
    bounds &= (G_GUINT64_CONSTANT (1) << limit) - 1;

  while (bounds)
    {
      gsize end = seg->pos + (gsize) __builtin_ctzll (bounds);
      PxTokenKind kind = ascii_kinds[seg->s[cur]] ^ PX_TOKEN_PUNCT;

      /* Written always, kept when wanted: no branch on the kind. */
      out[n] = (PxToken) { base + cur, end - cur, kind };
      n += (kinds >> kind) & 1;
      cur = end;
      bounds &= bounds - 1;
    }
  seg->pos = cur;
  return n;
}
#endif

void
px_tokenize_filtered (const char *text,
                      gssize      len,
                      guint32     base,
                      guint       kinds,
                      GArray     *tokens)
{
  Segmenter seg;
  gsize n, synced;

  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (tokens != NULL);
  g_return_if_fail (g_array_get_element_size (tokens) == sizeof (PxToken));

  if (text == NULL)
    return;

  segmenter_init (&seg, text, len);
  g_return_if_fail (seg.len <= PX_TOKEN_MAX_TEXT - base);

  /* Written in place rather than appended one by one: this loop is
   * most of the cost of reading a text.  The array is kept at its
   * capacity while filling and trimmed at the end. */
  n = tokens->len;
  synced = 0;
  while (seg.pos < seg.len)
    {
      gsize start = seg.pos;
      PxTokenKind kind;
      gsize end;

#ifdef __SSE2__
      /* Plain ASCII stretches go 64 bytes at a time. */
      if (seg.len - start > BLOCK)
        {
          if (G_UNLIKELY (tokens->len - n < BLOCK))
            g_array_set_size (tokens, MAX (256, n + n / 2 + BLOCK));
          n = ascii_block (&seg, base, kinds, (PxToken *) tokens->data, n);
          if (seg.pos != start)
            continue;
        }
#endif
      sync_state (&seg, synced);
      end = next_segment (&seg, &kind);
      synced = end;
      if (kinds & (1u << kind))
        n = put_token (tokens, n, base, start, end, kind);
    }
  g_array_set_size (tokens, n);
}

gsize
px_count_words (const char *text,
                gssize      len)
{
  Segmenter seg;
  gsize words = 0;

  g_return_val_if_fail (text != NULL || len == 0, 0);

  if (text == NULL)
    return 0;

  segmenter_init (&seg, text, len);
  while (seg.pos < seg.len)
    {
      PxTokenKind kind;

      next_segment (&seg, &kind);
      words += kind == PX_TOKEN_WORD;
    }
  return words;
}

gsize
px_foreach_boundary (const char     *text,
                     gssize          len,
                     PxBoundaryFunc  func,
                     gpointer        user_data)
{
  Segmenter seg;
  gsize count = 1;

  g_return_val_if_fail (text != NULL || len == 0, 0);
  g_return_val_if_fail (func != NULL, 0);

  func (0, user_data);
  if (text == NULL)
    return count;

  segmenter_init (&seg, text, len);
  while (seg.pos < seg.len)
    {
      PxTokenKind kind;

      func (next_segment (&seg, &kind), user_data);
      count++;
    }
  return count;
}
