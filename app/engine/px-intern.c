/* px-intern.c: tokens to dense integers, with the comparison options
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diff compares integers, never strings: each distinct comparison
 * key gets the next number.  Keys are the token bytes themselves for
 * plain ASCII (the common case, folded in place for the case option);
 * anything else goes through px_diff_fold(), which uses GLib's Unicode
 * tables.  The table is open addressing over a power-of-two array.
 */
#include "config.h"

#include <string.h>

#include "px-diff.h"
#include "px-diff-private.h"
#include "px-tokenizer.h"

typedef struct {
  guint32 offset;   /* into keys */
  guint32 len;
} Entry;

/* Most words are at most eight bytes long: their slot holds the key
 * itself, so that finding one costs a single cache line.  Longer keys
 * are compared with their bytes in keys once the tags agree. */
typedef struct {
  guint32 tag;      /* the hash, its low four bits replaced by the length
                     * (SLOT_LONG for keys over eight bytes) */
  guint32 id1;      /* the key's id + 1; 0: empty */
  guint64 small;    /* a key of up to eight bytes, as load_small() reads it */
} Slot;

#define SLOT_LONG 15

struct _PxInterner {
  PxDiffFlags flags;
  Slot *slots;
  guint32 mask;
  GArray *entries;  /* of Entry */
  GString *keys;
  GString *scratch;

  /* The ids of tokens that needed folding, by the tokens' own bytes:
   * folding costs a Unicode normalisation, and the same spellings come
   * back often.  Words and other tokens are kept apart (punctuation is
   * dropped from words only).  Made on first use. */
  PxInterner *spellings[2];
  GArray *spelling_ids[2];   /* of guint32: spelling number to key id */
};

PxInterner *
px_interner_new (PxDiffFlags flags)
{
  PxInterner *self = g_new0 (PxInterner, 1);

  self->flags = flags;
  self->mask = 1024 - 1;
  self->slots = g_new0 (Slot, self->mask + 1);
  self->entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), 512);
  self->keys = g_string_sized_new (4096);
  self->scratch = g_string_sized_new (64);
  return self;
}

void
px_interner_free (PxInterner *self)
{
  if (self == NULL)
    return;
  g_free (self->slots);
  g_array_unref (self->entries);
  g_string_free (self->keys, TRUE);
  g_string_free (self->scratch, TRUE);
  for (guint i = 0; i < 2; i++)
    {
      px_interner_free (self->spellings[i]);
      if (self->spelling_ids[i] != NULL)
        g_array_unref (self->spelling_ids[i]);
    }
  g_free (self);
}

guint
px_interner_get_size (PxInterner *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->entries->len;
}

/* A key of up to eight bytes as one integer: its bytes copied into a
 * zeroed guint64.  With the length (kept in the tag), different keys
 * give different integers. */
static inline guint64
load_small (const guchar *p, gsize len)
{
  guint64 v = 0;

  memcpy (&v, p, len);
  return v;
}

/* The same for the key of @len (1 to 8) bytes that ends at @end, where
 * the eight bytes before @end belong to the text: one load and a shift,
 * no branch on the length. */
static inline guint64
load_small_before (const guchar *end, gsize len)
{
  guint64 w;

  memcpy (&w, end - 8, 8);
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return w >> (8 * (8 - len));
#else
  return w << (8 * (8 - len));
#endif
}

static inline guint32
finish_hash (guint64 h)
{
  h ^= h >> 32;
  h *= 0x94D049BB133111EBull;
  return (guint32) (h >> 32);
}

/* The hash of a key of up to eight bytes, given as load_small() reads
 * it. */
static inline guint32
hash_small (guint64 small, gsize len)
{
  return finish_hash (((0x9E3779B97F4A7C15ull ^ len) ^ small) * 0xBF58476D1CE4E5B9ull);
}

/* A multiplicative hash over eight bytes at a time, for longer keys. */
static inline guint32
hash_long (const guchar *p, gsize len)
{
  guint64 h = 0x9E3779B97F4A7C15ull ^ len;
  gsize rest = len;
  guint64 w;

  while (rest > 8)
    {
      memcpy (&w, p, 8);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 29;
      p += 8;
      rest -= 8;
    }
  /* The last eight bytes, overlapping the ones before. */
  memcpy (&w, p + rest - 8, 8);
  return finish_hash ((h ^ w) * 0xBF58476D1CE4E5B9ull);
}

static inline guint32
make_tag (guint32 hash, gsize len)
{
  return (hash & ~0xFu) | (len <= 8 ? len : SLOT_LONG);
}

static void
grow (PxInterner *self)
{
  guint32 new_mask = self->mask * 2 + 1;
  Slot *slots = g_new0 (Slot, new_mask + 1);

  for (guint32 i = 0; i <= self->mask; i++)
    {
      guint32 pos;

      if (self->slots[i].id1 == 0)
        continue;
      pos = (self->slots[i].tag >> 4) & new_mask;
      while (slots[pos].id1 != 0)
        pos = (pos + 1) & new_mask;
      slots[pos] = self->slots[i];
    }
  g_free (self->slots);
  self->slots = slots;
  self->mask = new_mask;
}

/* Gives @key the next id, in the empty slot @pos. */
static guint32
insert_key (PxInterner *self, guint32 pos, guint32 tag, guint64 small,
            const char *key, gsize len)
{
  Entry entry;

  entry.offset = self->keys->len;
  entry.len = len;
  g_string_append_len (self->keys, key, len);
  g_array_append_val (self->entries, entry);
  self->slots[pos].tag = tag;
  self->slots[pos].id1 = self->entries->len;
  self->slots[pos].small = small;
  /* Keep the load under one half so that probes stay short. */
  if (self->entries->len * 2 > self->mask)
    grow (self);
  return self->entries->len - 1;
}

/* A key of up to eight bytes: the slot alone decides. */
static inline guint32
lookup_small (PxInterner *self, const char *key, gsize len, guint64 small)
{
  guint32 tag = make_tag (hash_small (small, len), len);
  guint32 pos = (tag >> 4) & self->mask;

  for (;; pos = (pos + 1) & self->mask)
    {
      const Slot *slot = &self->slots[pos];

      if (slot->tag == tag && slot->small == small && slot->id1 != 0)
        return slot->id1 - 1;
      if (slot->id1 == 0)
        return insert_key (self, pos, tag, small, key, len);
    }
}

static guint32
lookup_long (PxInterner *self, const char *key, gsize len)
{
  guint32 tag = make_tag (hash_long ((const guchar *) key, len), len);
  guint32 pos = (tag >> 4) & self->mask;

  for (;; pos = (pos + 1) & self->mask)
    {
      const Slot *slot = &self->slots[pos];

      if (slot->id1 == 0)
        return insert_key (self, pos, tag, 0, key, len);
      if (slot->tag == tag)
        {
          const Entry *e = &g_array_index (self->entries, Entry, slot->id1 - 1);

          if (e->len == len && memcmp (self->keys->str + e->offset, key, len) == 0)
            return slot->id1 - 1;
        }
    }
}

static inline guint32
lookup_key (PxInterner *self, const char *key, gsize len)
{
  if (len <= 8)
    return lookup_small (self, key, len, load_small ((const guchar *) key, len));
  return lookup_long (self, key, len);
}

guint32
px_interner_intern_key (PxInterner *self,
                        const char *key,
                        gsize       len)
{
  return lookup_key (self, key, len);
}

guint32
px_interner_lookup_key (const PxInterner *self,
                        const char       *key,
                        gsize             len)
{
  guint64 small = len <= 8 ? load_small ((const guchar *) key, len) : 0;
  guint32 tag = make_tag (len <= 8 ? hash_small (small, len) : hash_long ((const guchar *) key, len), len);
  guint32 pos = (tag >> 4) & self->mask;

  for (;; pos = (pos + 1) & self->mask)
    {
      const Slot *slot = &self->slots[pos];

      if (slot->id1 == 0)
        return G_MAXUINT32;
      if (slot->tag != tag)
        continue;
      if (len <= 8)
        {
          if (slot->small == small)
            return slot->id1 - 1;
        }
      else
        {
          const Entry *e = &g_array_index (self->entries, Entry, slot->id1 - 1);

          if (e->len == len && memcmp (self->keys->str + e->offset, key, len) == 0)
            return slot->id1 - 1;
        }
    }
}

const char *
px_interner_get_key (const PxInterner *self,
                     guint32           id,
                     gsize            *len)
{
  const Entry *e;

  g_return_val_if_fail (self != NULL && id < self->entries->len, NULL);

  e = &g_array_index (self->entries, Entry, id);
  *len = e->len;
  return self->keys->str + e->offset;
}

void
px_interner_merge (PxInterner *self,
                   PxInterner *other,
                   guint32    *remap)
{
  g_return_if_fail (self != NULL && other != NULL);
  g_return_if_fail (self->flags == other->flags);

  for (guint i = 0; i < other->entries->len; i++)
    {
      const Entry *e = &g_array_index (other->entries, Entry, i);

      remap[i] = lookup_key (self, other->keys->str + e->offset, e->len);
    }
}

static inline gboolean
is_ascii (const guchar *p, gsize len)
{
  guchar any = 0;

  for (gsize i = 0; i < len; i++)
    any |= p[i];
  return any < 0x80;
}

/* A token that needs px_diff_fold(): folded once per spelling. */
static guint32
intern_folded (PxInterner *self,
               const char *text,
               gsize       len,
               gboolean    is_word)
{
  g_autofree char *key = NULL;
  guint32 spelling, id;

  if (self->spellings[is_word] == NULL)
    {
      self->spellings[is_word] = px_interner_new (0);
      self->spelling_ids[is_word] = g_array_new (FALSE, FALSE, sizeof (guint32));
    }
  spelling = lookup_key (self->spellings[is_word], text, len);
  if (spelling < self->spelling_ids[is_word]->len)
    return g_array_index (self->spelling_ids[is_word], guint32, spelling);

  key = px_diff_fold (text, len, self->flags, is_word);
  id = lookup_key (self, key, strlen (key));
  g_array_append_val (self->spelling_ids[is_word], id);
  return id;
}

/* Keys that need folding or are long: the general path. */
static guint32
intern_general (PxInterner *self,
                const char *text,
                gsize       len,
                guint       kind)
{
  const guchar *p = (const guchar *) text;
  gboolean is_word = kind == PX_TOKEN_WORD;
  GString *buf;

  if (is_ascii (p, len))
    {
      gboolean lower = (self->flags & PX_DIFF_IGNORE_CASE) != 0;
      gboolean strip = is_word && (self->flags & PX_DIFF_IGNORE_PUNCTUATION);

      /* '' is a double mark: see px_diff_fold(). */
      if ((self->flags & PX_DIFF_FOLD_TYPOGRAPHY) && len == 2 && p[0] == '\'' && p[1] == '\'')
        return lookup_key (self, "\"", 1);
      if (!lower && !strip)
        return lookup_key (self, text, len);

      buf = self->scratch;
      g_string_truncate (buf, 0);
      for (gsize i = 0; i < len; i++)
        {
          if (strip && g_ascii_ispunct (p[i]))
            continue;
          g_string_append_c (buf, lower ? g_ascii_tolower (p[i]) : p[i]);
        }
      return lookup_key (self, buf->str, buf->len);
    }
  else
    return intern_folded (self, text, len, is_word);
}

/* The common case first: a short ASCII key without options is its
 * own comparison key, and its slot alone decides (load_small() reads
 * every byte of a key this short, so the high bits tell ASCII). */
static inline guint32
intern_one (PxInterner *self,
            const char *text,
            gsize       len,
            guint       kind)
{
  if (len <= 8 && self->flags == 0)
    {
      guint64 small = load_small ((const guchar *) text, len);

      if ((small & 0x8080808080808080ull) == 0)
        return lookup_small (self, text, len, small);
    }
  return intern_general (self, text, len, kind);
}

guint32
px_interner_intern (PxInterner *self,
                    const char *text,
                    gsize       len,
                    guint       kind)
{
  return intern_one (self, text, len, kind);
}

void
px_interner_intern_tokens (PxInterner    *self,
                           const char    *text,
                           const PxToken *tokens,
                           gsize          n_tokens,
                           guint32       *ids)
{
  for (gsize i = 0; i < n_tokens; i++)
    {
      PxToken t = tokens[i];
      gsize end = (gsize) t.start + t.len;

      /* Past the text's first eight bytes, a short key is read with
       * the bytes before it in one load (see load_small_before). */
      if (t.len - 1u < 8u && end >= 8 && self->flags == 0)
        {
          guint64 small = load_small_before ((const guchar *) text + end, t.len);

          if ((small & 0x8080808080808080ull) == 0)
            {
              ids[i] = lookup_small (self, text + t.start, t.len, small);
              continue;
            }
        }
      ids[i] = intern_one (self, text + t.start, t.len, t.kind);
    }
}

/* Typographic variants a reader does not count as a different word. */
static gunichar
fold_typography (gunichar c)
{
  switch (c)
    {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x2032: case 0x2039: case 0x203A: case 0x02BC:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013:
    case 0x2014: case 0x2015: case 0x2212: case 0xFE58:
    case 0xFE63: case 0xFF0D:
      return '-';
    default:
      if (g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        return ' ';
      return c;
    }
}

gboolean
px_diff_is_punctuation (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
      return TRUE;
    default:
      return FALSE;
    }
}

char *
px_diff_fold (const char  *text,
              gssize       len,
              PxDiffFlags  flags,
              gboolean     is_word)
{
  g_autofree char *folded = NULL;
  g_autofree char *normal = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (text == NULL)
    return g_strdup ("");
  if (len < 0)
    len = strlen (text);

  /* Case first: case folding can leave text unnormalised. */
  if (flags & PX_DIFF_IGNORE_CASE)
    text = folded = g_utf8_casefold (text, len), len = -1;
  normal = g_utf8_normalize (text, len, (flags & PX_DIFF_FOLD_TYPOGRAPHY) ?
                             G_NORMALIZE_ALL_COMPOSE : G_NORMALIZE_DEFAULT_COMPOSE);
  if (normal == NULL)   /* invalid UTF-8: compare the bytes as they are */
    return len < 0 ? g_strdup (text) : g_strndup (text, len);

  if (!(flags & PX_DIFF_FOLD_TYPOGRAPHY) &&
      !(is_word && (flags & PX_DIFF_IGNORE_PUNCTUATION)))
    return g_steal_pointer (&normal);

  out = g_string_sized_new (strlen (normal));
  for (const char *p = normal; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (flags & PX_DIFF_FOLD_TYPOGRAPHY)
        {
          c = fold_typography (c);
          /* Two single marks side by side are one double mark. */
          if (c == '\'' && p[1] && fold_typography (g_utf8_get_char (g_utf8_next_char (p))) == '\'')
            {
              c = '"';
              p = g_utf8_next_char (p);
            }
        }
      if (is_word && (flags & PX_DIFF_IGNORE_PUNCTUATION) && px_diff_is_punctuation (c))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
