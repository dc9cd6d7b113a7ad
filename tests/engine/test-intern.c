/* test-intern.c: tokens to dense integers, equal exactly when they compare equal
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-diff.h"
#include "px-diff-private.h"
#include "px-tokenizer.h"

static guint32
intern (PxInterner *in, const char *s, guint kind)
{
  return px_interner_intern (in, s, strlen (s), kind);
}

/* Ids are dense, in order of first sight, and the same token keeps its id. */
static void
test_dense (void)
{
  g_autoptr(PxInterner) in = px_interner_new (0);

  g_assert_cmpuint (px_interner_get_size (in), ==, 0);
  g_assert_cmpuint (intern (in, "bridge", PX_TOKEN_WORD), ==, 0);
  g_assert_cmpuint (intern (in, "closed", PX_TOKEN_WORD), ==, 1);
  g_assert_cmpuint (intern (in, "bridge", PX_TOKEN_WORD), ==, 0);
  g_assert_cmpuint (intern (in, ",", PX_TOKEN_PUNCT), ==, 2);
  g_assert_cmpuint (px_interner_get_size (in), ==, 3);
  /* Many distinct tokens (past any first table size) stay distinct and dense. */
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *w = g_strdup_printf ("w%u", i);

      g_assert_cmpuint (intern (in, w, PX_TOKEN_WORD), ==, 3 + i);
    }
  for (guint i = 0; i < 5000; i += 97)
    {
      g_autofree char *w = g_strdup_printf ("w%u", i);

      g_assert_cmpuint (intern (in, w, PX_TOKEN_WORD), ==, 3 + i);
    }
  g_assert_cmpuint (px_interner_get_size (in), ==, 5003);
}

/* Case and typography meet only when the flags say so. */
static void
test_flags (void)
{
  g_autoptr(PxInterner) plain = px_interner_new (0);
  g_autoptr(PxInterner) caseless = px_interner_new (PX_DIFF_IGNORE_CASE);
  g_autoptr(PxInterner) typo = px_interner_new (PX_DIFF_FOLD_TYPOGRAPHY);
  g_autoptr(PxInterner) punct = px_interner_new (PX_DIFF_IGNORE_PUNCTUATION);

  g_assert_cmpuint (intern (plain, "Iran", PX_TOKEN_WORD), !=, intern (plain, "iran", PX_TOKEN_WORD));
  g_assert_cmpuint (intern (caseless, "Iran", PX_TOKEN_WORD), ==, intern (caseless, "IRAN", PX_TOKEN_WORD));
  g_assert_cmpuint (intern (plain, "don’t", PX_TOKEN_WORD), !=, intern (plain, "don't", PX_TOKEN_WORD));
  g_assert_cmpuint (intern (typo, "don’t", PX_TOKEN_WORD), ==, intern (typo, "don't", PX_TOKEN_WORD));
  g_assert_cmpuint (intern (typo, "“", PX_TOKEN_PUNCT), ==, intern (typo, "\"", PX_TOKEN_PUNCT));
  /* Canonically equivalent spellings are one token even without flags. */
  g_assert_cmpuint (intern (plain, "caf\xc3\xa9", PX_TOKEN_WORD), ==, intern (plain, "cafe\xcc\x81", PX_TOKEN_WORD));
  /* Punctuation inside a word counts only without PX_DIFF_IGNORE_PUNCTUATION. */
  g_assert_cmpuint (intern (plain, "U.S.", PX_TOKEN_WORD), !=, intern (plain, "US", PX_TOKEN_WORD));
  g_assert_cmpuint (intern (punct, "U.S.", PX_TOKEN_WORD), ==, intern (punct, "US", PX_TOKEN_WORD));
}

/* Keys taken as they are, whatever the flags; looking one up finds the
 * id it was given and adds nothing. */
static void
test_exact_keys (void)
{
  g_autoptr(PxInterner) in = px_interner_new (PX_DIFF_IGNORE_CASE);
  const char *long_key = "internationally-recognised";

  g_assert_cmpuint (px_interner_intern_key (in, "Iran", 4), ==, 0);
  g_assert_cmpuint (px_interner_intern_key (in, "iran", 4), ==, 1);
  g_assert_cmpuint (px_interner_intern_key (in, long_key, strlen (long_key)), ==, 2);
  /* Not canonically folded either. */
  g_assert_cmpuint (px_interner_intern_key (in, "caf\xc3\xa9", 5), ==, 3);
  g_assert_cmpuint (px_interner_intern_key (in, "cafe\xcc\x81", 6), ==, 4);
  g_assert_cmpuint (px_interner_lookup_key (in, "iran", 4), ==, 1);
  g_assert_cmpuint (px_interner_lookup_key (in, long_key, strlen (long_key)), ==, 2);
  g_assert_cmpuint (px_interner_lookup_key (in, "IRAN", 4), ==, G_MAXUINT32);
  g_assert_cmpuint (px_interner_lookup_key (in, "internationally-recognisee", strlen (long_key)), ==, G_MAXUINT32);
  g_assert_cmpuint (px_interner_lookup_key (in, "", 0), ==, G_MAXUINT32);
  g_assert_cmpuint (px_interner_get_size (in), ==, 5);
  /* Past the first table size, every key is still found. */
  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *w = g_strdup_printf ("key-number-%u", i);

      g_assert_cmpuint (px_interner_intern_key (in, w, strlen (w)), ==, 5 + i);
    }
  for (guint i = 0; i < 3000; i += 7)
    {
      g_autofree char *w = g_strdup_printf ("key-number-%u", i);

      g_assert_cmpuint (px_interner_lookup_key (in, w, strlen (w)), ==, 5 + i);
    }
  g_assert_cmpuint (px_interner_get_size (in), ==, 3005);
  /* Each id gives back its key, byte for byte. */
  {
    gsize len = 0;
    const char *key = px_interner_get_key (in, 2, &len);

    g_assert_cmpmem (key, len, long_key, strlen (long_key));
    key = px_interner_get_key (in, 4, &len);
    g_assert_cmpmem (key, len, "cafe\xcc\x81", 6);
    key = px_interner_get_key (in, 5 + 2999, &len);
    g_assert_cmpmem (key, len, "key-number-2999", 15);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/intern/dense", test_dense);
  g_test_add_func ("/intern/flags", test_flags);
  g_test_add_func ("/intern/exact-keys", test_exact_keys);
  return g_test_run ();
}
