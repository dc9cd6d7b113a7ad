/* px-quote-groups.c: the same quotation across outlets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quotes are compared word by word (a longest common subsequence over
 * word ids) and joined only when they share long runs of words.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "px-diff-private.h"
#include "px-quotes-private.h"
#include "px-tokenizer.h"

/* ------------------------------------------------------------------ */
/* Matching                                                            */
/* ------------------------------------------------------------------ */

typedef struct {
  guint document;
  PxQuote *quote;
  GArray *core;       /* guint word ids, bracketed insertions left out */
  GArray *full;       /* guint word ids, all words */
  GArray *cut_after;  /* gboolean per core word: an ellipsis follows it */
  GArray *content;    /* gboolean per core word: not a function word */
  GArray *capital;    /* gboolean per core word: written with a capital */
  GArray *hyphen_after;  /* gboolean per core word: a hyphen joins it to the next */
  gboolean own_source;  /* the words around it give it a source, named or not */
  gboolean compound;    /* its words are one word joined by hyphens: "quid-pro-quo" */
  int group;
  PxQuoteMatch match;
} Entry;

static void
entry_free (Entry *e)
{
  px_quote_free (e->quote);
  g_array_unref (e->core);
  g_array_unref (e->full);
  g_array_unref (e->cut_after);
  g_array_unref (e->content);
  g_array_unref (e->capital);
  g_array_unref (e->hyphen_after);
  g_free (e);
}

#define WORD_BUF 64

/* A word's normal form: ASCII words are lower-cased on the stack in @buf
 * (most are looked up, and only new ones need a copy), others are
 * normalised into a new string returned in @normal. */
static const char *
normal_form (const char *s, gsize len, char buf[WORD_BUF], char **normal)
{
  gsize i;

  for (i = 0; i < len && i < WORD_BUF - 1 && (guchar) s[i] < 0x80; i++)
    buf[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i];
  if (i == len)
    {
      buf[i] = '\0';
      return buf;
    }
  return *normal = px_quote_normalize_word (s, len);
}

/* Word ids: each normal form a quote has, numbered from 1 in the order
 * first seen (the interner's id + 1), with whether it is a function
 * word. */
typedef struct {
  PxInterner *words;
  GArray *function;    /* gboolean by id: a function word */
} WordIds;

static void
word_ids_init (WordIds *ids)
{
  ids->words = px_interner_new (0);
  ids->function = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_array_set_size (ids->function, 1);
}

static void
word_ids_clear (WordIds *ids)
{
  g_clear_pointer (&ids->words, px_interner_free);
  g_clear_pointer (&ids->function, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WordIds, word_ids_clear)

/* The id of the normal form @w, or 0 when no quote has it. */
static guint
word_id_of (const WordIds *ids, const char *w)
{
  guint32 id = px_interner_lookup_key (ids->words, w, strlen (w));

  return id == G_MAXUINT32 ? 0 : id + 1;
}

/* Whether the normal form @w carries no content: a function word, or
 * one with a contraction's ending ("he's", "they'll", "she'd"), which
 * the list need not spell out. */
static gboolean
is_function_word (const char *w)
{
  const char *apostrophe = strchr (w, '\'');
  char stem[WORD_BUF];

  if (px_quote_in_list (WC_FUNCTION, w))
    return TRUE;
  if (apostrophe == NULL || apostrophe == w || (gsize) (apostrophe - w) >= sizeof stem)
    return FALSE;
  memcpy (stem, w, apostrophe - w);
  stem[apostrophe - w] = '\0';
  return px_quote_in_list (WC_FUNCTION, stem);
}

/* The id of a word's normal form, which @ids keeps, made if new. */
static guint
word_id (WordIds *ids, const char *s, gsize len)
{
  char buf[WORD_BUF];
  g_autofree char *normal = NULL;
  const char *w = normal_form (s, len, buf, &normal);
  guint id = px_interner_intern_key (ids->words, w, strlen (w)) + 1;

  if (id == ids->function->len)
    {
      gboolean function = is_function_word (w);

      g_array_append_val (ids->function, function);
    }
  return id;
}

/* The words a document writes outside quotation marks, as the ids of
 * @ids (0 for a word no quotation has, and for each quoted word, so that
 * no run goes across a quotation). */
static GArray *
plain_words (const WordIds *ids, DocScan *ds)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  GArray *out;

  px_tokenize_filtered (ds->text, ds->len, 0, 1u << PX_TOKEN_WORD, tokens);
  out = g_array_sized_new (FALSE, FALSE, sizeof (guint), tokens->len);
  for (guint i = 0; i < tokens->len; i++)
    {
      const PxToken *t = &g_array_index (tokens, PxToken, i);
      char buf[WORD_BUF];
      g_autofree char *normal = NULL;
      guint id = 0;

      if (!ds->quoted[t->start])
        id = word_id_of (ids, normal_form (ds->text + t->start, t->len, buf, &normal));
      g_array_append_val (out, id);
    }
  return out;
}

/* Whether the words of @text (whose tokens are @tokens) are one word
 * joined by hyphens and nothing else, punctuation around them aside:
 * "quid-pro-quo", "short-term".  The tokenizer splits such a word, but a
 * reader counts one. */
static gboolean
joined_by_hyphens (const char *text, GArray *tokens)
{
  guint first = 0, last = tokens->len;

  while (first < last && g_array_index (tokens, PxToken, first).kind != PX_TOKEN_WORD)
    first++;
  while (last > first && g_array_index (tokens, PxToken, last - 1).kind != PX_TOKEN_WORD)
    last--;
  for (guint i = first; i < last; i++)
    {
      const PxToken *t = &g_array_index (tokens, PxToken, i);

      if (t->kind == PX_TOKEN_WORD)
        continue;
      if (t->kind != PX_TOKEN_PUNCT || t->len != 1 || text[t->start] != '-' ||
          g_array_index (tokens, PxToken, i - 1).kind != PX_TOKEN_WORD ||
          g_array_index (tokens, PxToken, i + 1).kind != PX_TOKEN_WORD)
        return FALSE;
    }
  return TRUE;
}

/* The entry of @quote, whose text's tokens are @tokens. */
static Entry *
entry_new (WordIds *ids, guint document, PxQuote *quote, GArray *tokens)
{
  Entry *e = g_new0 (Entry, 1);
  int brackets = 0;
  guint n_full = 0, n_core = 0;
  guint *full, *core;
  gboolean *cut_after, *content, *capital, *hyphen_after;

  e->document = document;
  e->quote = quote;
  e->group = -1;
  /* Sized for the words, at most one a token, and stored into. */
  e->core = g_array_sized_new (FALSE, FALSE, sizeof (guint), tokens->len);
  e->full = g_array_sized_new (FALSE, FALSE, sizeof (guint), tokens->len);
  e->cut_after = g_array_sized_new (FALSE, FALSE, sizeof (gboolean), tokens->len);
  e->content = g_array_sized_new (FALSE, FALSE, sizeof (gboolean), tokens->len);
  e->capital = g_array_sized_new (FALSE, FALSE, sizeof (gboolean), tokens->len);
  e->hyphen_after = g_array_sized_new (FALSE, FALSE, sizeof (gboolean), tokens->len);
  g_array_set_size (e->core, tokens->len);
  g_array_set_size (e->full, tokens->len);
  g_array_set_size (e->cut_after, tokens->len);
  g_array_set_size (e->content, tokens->len);
  g_array_set_size (e->capital, tokens->len);
  g_array_set_size (e->hyphen_after, tokens->len);
  full = (guint *) (gpointer) e->full->data;
  core = (guint *) (gpointer) e->core->data;
  cut_after = (gboolean *) (gpointer) e->cut_after->data;
  content = (gboolean *) (gpointer) e->content->data;
  capital = (gboolean *) (gpointer) e->capital->data;
  hyphen_after = (gboolean *) (gpointer) e->hyphen_after->data;
  for (guint i = 0; i < tokens->len; i++)
    {
      const PxToken *t = &g_array_index (tokens, PxToken, i);
      const char *s = quote->text + t->start;

      if (t->kind == PX_TOKEN_WORD)
        {
          guint id = word_id (ids, s, t->len);

          full[n_full++] = id;
          if (brackets == 0)
            {
              core[n_core] = id;
              cut_after[n_core] = FALSE;
              content[n_core] = !g_array_index (ids->function, gboolean, id);
              capital[n_core] = g_unichar_isupper (g_utf8_get_char (s));
              hyphen_after[n_core] = FALSE;
              n_core++;
            }
        }
      else if (t->kind == PX_TOKEN_PUNCT)
        {
          if (*s == '[')
            brackets++;
          else if (*s == ']' && brackets > 0)
            brackets--;
          else if ((g_str_has_prefix (s, "..") || g_str_has_prefix (s, "\xe2\x80\xa6")) &&
                   n_core > 0)
            cut_after[n_core - 1] = TRUE;
          else if (*s == '-' && t->len == 1 && brackets == 0 && n_core > 0 && i > 0 &&
                   i + 1 < tokens->len && g_array_index (tokens, PxToken, i - 1).kind == PX_TOKEN_WORD &&
                   g_array_index (tokens, PxToken, i + 1).kind == PX_TOKEN_WORD)
            hyphen_after[n_core - 1] = TRUE;
        }
    }
  e->compound = n_full > 1 && joined_by_hyphens (quote->text, tokens);
  g_array_set_size (e->full, n_full);
  g_array_set_size (e->core, n_core);
  g_array_set_size (e->cut_after, n_core);
  g_array_set_size (e->content, n_core);
  g_array_set_size (e->capital, n_core);
  g_array_set_size (e->hyphen_after, n_core);
  return e;
}

/* The word pairs a longest common subsequence of @a and @b matches,
 * as blocks of consecutive pairs.  Quotes are short: a plain table. */
typedef struct {
  guint a;
  guint b;
  guint len;
} Block;

#define LCS_MAX_CELLS (16u * 1024u * 1024u)

static inline guint
weight (GArray *content, guint i)
{
  return content && g_array_index (content, gboolean, i) ? 2 : 1;
}

static GArray *
lcs_blocks (GArray *a, GArray *b, GArray *a_content)
{
  guint n = a->len, m = b->len;
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  const guint *aw = (const guint *) (gconstpointer) a->data, *bw = (const guint *) (gconstpointer) b->data;
  guint16 *t;
  guint p = 0, i, j;

  if (n == 0 || m == 0 || (gsize) (n + 1) * (m + 1) > LCS_MAX_CELLS || n > G_MAXUINT16 / 2 ||
      m > G_MAXUINT16 / 2)
    return blocks;
  /* Words both open with are a block of the walk below whatever
   * follows (a word weighs the same wherever it stands): the table is
   * needed only after them.  Copies of one quote need none. */
  while (p < n && p < m && aw[p] == bw[p])
    p++;
  if (p > 0)
    {
      Block blk = { 0, 0, p };
      g_array_append_val (blocks, blk);
    }
  if (p == n || p == m)
    return blocks;
  /* t[i][j] = LCS of a[p + i..] and b[p + j..], so the walk goes
   * forward.  A content word weighs two, so that "for this bridge"
   * against "for a bridge like this" pairs the bridges, not the "this". */
  n -= p;
  m -= p;
  aw += p;
  bw += p;
  t = g_new0 (guint16, (gsize) (n + 1) * (m + 1));
#define T(x, y) t[(gsize) (x) * (m + 1) + (y)]
  for (guint x = n; x > 0; x--)
    {
      /* Row x - 1 from row x: the word of a and its weight stay the
       * same along the row. */
      const guint ai = aw[x - 1], w = weight (a_content, p + x - 1);
      const guint16 *row = &T (x, 0);
      guint16 *above = &T (x - 1, 0);

      for (guint y = m; y > 0; y--)
        {
          guint best = MAX (row[y - 1], above[y]);

          if (ai == bw[y - 1])
            best = MAX (best, row[y] + w);
          above[y - 1] = best;
        }
    }
  i = j = 0;
  while (i < n && j < m)
    {
      if (aw[i] == bw[j] && T (i, j) == T (i + 1, j + 1) + weight (a_content, p + i))
        {
          Block *last = blocks->len ? &g_array_index (blocks, Block, blocks->len - 1) : NULL;

          if (last && last->a + last->len == p + i && last->b + last->len == p + j)
            last->len++;
          else
            {
              Block blk = { p + i, p + j, 1 };
              g_array_append_val (blocks, blk);
            }
          i++;
          j++;
        }
      else if (T (i + 1, j) >= T (i, j + 1))
        i++;
      else
        j++;
    }
#undef T
  g_free (t);
  return blocks;
}

/* Whether @e's words from @at on (@len of them) are written as a name:
 * the first and last capitalised, and every content word between ("Ring
 * of Fire", "Doctor Who", not "not about Maliki").  The first word of a
 * quotation is capitalised anyway and says nothing unless @first_says,
 * nor does a function word opening the words ("'No, no, no!'"). */
static gboolean
written_as_name (Entry *e, guint at, guint len, gboolean first_says)
{
  gboolean capitals = FALSE;

  if (len == 0 || !g_array_index (e->capital, gboolean, at + len - 1))
    return FALSE;
  for (guint i = at; i < at + len; i++)
    {
      gboolean capital = g_array_index (e->capital, gboolean, i);
      gboolean content = g_array_index (e->content, gboolean, i);

      if (i == 0 && !first_says)
        continue;
      if (!capital && (content || i == at))
        return FALSE;
      capitals |= capital && (i > at || content);
    }
  return capitals;
}

/* The slot of @key in @keys, a table of 1 << @bits slots (open
 * addressing, linear probing, 0 in an empty slot: no key is 0), or the
 * empty slot where it would go.  Fibonacci hashing: the top bits of the
 * product, mixed from all of the key's. */
static inline guint
key_slot (const guint *keys, guint bits, guint key)
{
  guint mask = (1u << bits) - 1;
  guint slot = (key * 2654435769u) >> (32 - bits);

  while (keys[slot] != 0 && keys[slot] != key)
    slot = (slot + 1) & mask;
  return slot;
}

/* Most runs a quote's words are checked by on the stack; longer quotes
 * take the heap. */
#define RUN_SLOTS_ON_STACK 256

static inline guint
run_key (const guint *w, guint k)
{
  guint h = 0;

  for (guint i = 0; i < k; i++)
    h = h * 1000003u ^ w[i];
  return h ? h : 1;
}

/* Whether @a and @b may have @k words in a row in common: FALSE only
 * when they have none (the runs of @a by a hash of their words, looked
 * up for each run of @b).  link_score() needs such a run, and the
 * alignment that would tell costs the product of the two lengths. */
static gboolean
may_share_run (GArray *a, GArray *b, guint k)
{
  const guint *aw = (const guint *) (gconstpointer) a->data, *bw = (const guint *) (gconstpointer) b->data;
  guint stack[RUN_SLOTS_ON_STACK];
  g_autofree guint *heap = NULL;
  guint *keys = stack, bits = 4;
  gboolean shared = FALSE;

  if (a->len < k || b->len < k)
    return FALSE;
  while ((1u << bits) < 2 * (a->len - k + 1))
    bits++;
  if ((1u << bits) > RUN_SLOTS_ON_STACK)
    keys = heap = g_new (guint, 1u << bits);
  memset (keys, 0, sizeof (guint) << bits);
  for (guint i = 0; i + k <= a->len; i++)
    {
      guint key = run_key (aw + i, k);

      keys[key_slot (keys, bits, key)] = key;
    }
  for (guint j = 0; j + k <= b->len && !shared; j++)
    {
      guint key = run_key (bw + j, k);

      shared = keys[key_slot (keys, bits, key)] == key;
    }
  return shared;
}

static gboolean
ids_equal (GArray *a, GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (guint)) == 0;
}

/* Whether @e writes its @len words from @at on as one word joined by
 * hyphens: where a quote that is such a word ("single-payer") stands in
 * a quotation as that word, and not as words of their own ("a short term
 * nature" holds no "short-term"). */
static gboolean
written_joined (Entry *e, guint at, guint len)
{
  for (guint i = at; i + 1 < at + len; i++)
    if (!g_array_index (e->hyphen_after, gboolean, i))
      return FALSE;
  return TRUE;
}

/* A quote of this many words or fewer links to another only when the
 * other holds all of its words in a row. */
#define SHORT_QUOTE 4

/* Whether the outlets surely name two different people as the speakers
 * of @a and @b: names that end differently ("Heller" is "Mark Heller"),
 * neither an organisation's ("the Justice Department" speaks through its
 * spokesman), neither a guess. */
static gboolean
speakers_differ (Entry *a, Entry *b)
{
  const char *sa = a->quote->speaker, *sb = b->quote->speaker;
  const char *names[2] = { sa, sb };

  if (sa == NULL || sb == NULL || a->quote->speaker_confidence < PX_QUOTE_SPEAKER_SURE ||
      b->quote->speaker_confidence < PX_QUOTE_SPEAKER_SURE ||
      g_str_equal (px_quote_last_word (sa), px_quote_last_word (sb)))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_auto(GStrv) words = g_strsplit (names[k], " ", -1);

      for (guint i = 0; words[i]; i++)
        {
          g_autofree char *lower = px_quote_normalize_word (words[i], strlen (words[i]));

          if (px_quote_in_list (WC_ORG, lower))
            return FALSE;
        }
    }
  return TRUE;
}

/* Whether @e and @other may be the same quotation as far as their
 * speakers tell: not when one article gives them to two people (it
 * quotes each, 'She said SpaceX would fly Starship “a lot”' beside
 * Brent Sherwood's “It has a lot of payload capacity…”), nor when the
 * shorter is a phrase and two outlets name two people: "as quickly as
 * possible" is anyone's.  A longer quotation two outlets give to two
 * people is one of them misattributed, and the group shows it. */
static gboolean
speakers_allow (Entry *e, Entry *other)
{
  return !((e->document == other->document ||
            MIN (e->core->len, other->core->len) <= SHORT_QUOTE) &&
           speakers_differ (e, other));
}

/* How strongly the shorter quote @a is the longer @b: 0 when they must
 * not be joined.  Shared words are not enough: the quotes must share long
 * runs of words (all of a short quote, most of a longer one). */
static double
link_score (Entry *ea, Entry *eb)
{
  g_autoptr(GArray) blocks = NULL;
  GArray *a = ea->core, *b = eb->core;
  Entry *shorter = a->len <= b->len ? ea : eb;
  guint n = MIN (a->len, b->len), longest = 0, sum = 0;
  guint content = 0, content_matched = 0;

  if (n < 2)
    return 0;
  /* Below, a link needs all of a short quote in a row, or a run of
   * four words of a longer one. */
  if (!may_share_run (a, b, MIN (n, SHORT_QUOTE)))
    return 0;
  blocks = lcs_blocks (a, b, ea->content);
  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *blk = &g_array_index (blocks, Block, i);
      guint from = shorter == ea ? blk->a : blk->b;

      longest = MAX (longest, blk->len);
      if (blk->len >= 3)
        sum += blk->len;
      for (guint k = from; k < from + blk->len; k++)
        content_matched += g_array_index (shorter->content, gboolean, k);
    }
  if (n <= SHORT_QUOTE)
    {
      /* All of a short quote, unless it is a name or a title the longer
       * one names ("About a Boy" in "…nominated for About a Boy"), or one
       * word joined by hyphens that the longer writes as words of their
       * own. */
      Entry *longer = shorter == ea ? eb : ea;
      gboolean name = longer->core->len > n && written_as_name (shorter, 0, n, TRUE);

      for (guint i = 0; i < blocks->len; i++)
        {
          const Block *blk = &g_array_index (blocks, Block, i);
          guint at = shorter == ea ? blk->b : blk->a;

          if (blk->len == n && !(name && written_as_name (longer, at, n, FALSE)) &&
              !(shorter->compound && !written_joined (longer, at, n)))
            return 1.0;
        }
      return 0.0;
    }
  for (guint k = 0; k < shorter->content->len; k++)
    content += g_array_index (shorter->content, gboolean, k);
  /* And a word that says something: "He's going to do it" shares only
   * stock words with "So he's going to do the investigation?". */
  if (longest < 4 || content_matched < 0.6 * content || (content_matched == 0 && !ids_equal (a, b)))
    return 0;
  if (sum >= 0.6 * n)
    return (double) sum / n;
  /* A reworded quote ("We have waited thirty years for a bridge like
   * this"): most words in order, half of them in runs of two or more. */
  {
    guint lcs = 0, runs = 0;

    for (guint i = 0; i < blocks->len; i++)
      {
        const Block *blk = &g_array_index (blocks, Block, i);

        lcs += blk->len;
        if (blk->len >= 2)
          runs += blk->len;
      }
    if (lcs >= 0.6 * n && runs >= 0.5 * n)
      return 0.5 * lcs / n;
  }
  return 0;
}

static PxQuoteMatch
classify (Entry *e, Entry *ref)
{
  g_autoptr(GArray) blocks = NULL;
  guint matched = 0;

  if (e == ref || ids_equal (e->full, ref->full))
    return PX_QUOTE_MATCH_EXACT;
  if (ids_equal (e->core, ref->core) || e->core->len >= ref->core->len)
    return PX_QUOTE_MATCH_VARIANT;
  blocks = lcs_blocks (e->core, ref->core, e->content);
  for (guint i = 0; i < blocks->len; i++)
    matched += g_array_index (blocks, Block, i).len;
  if (matched != e->core->len)
    return PX_QUOTE_MATCH_VARIANT;
  /* Every word is in the reference: a fragment if the only breaks are
   * where the outlet marked a cut with an ellipsis. */
  for (guint i = 0; i + 1 < blocks->len; i++)
    {
      const Block *blk = &g_array_index (blocks, Block, i);
      const Block *next = &g_array_index (blocks, Block, i + 1);

      if (next->a == blk->a + blk->len && next->b != blk->b + blk->len &&
          !g_array_index (e->cut_after, gboolean, blk->a + blk->len - 1))
        return PX_QUOTE_MATCH_VARIANT;
    }
  return PX_QUOTE_MATCH_PARTIAL;
}

static guint
content_words (Entry *e)
{
  guint n = 0;

  for (guint i = 0; i < e->content->len; i++)
    n += g_array_index (e->content, gboolean, i);
  return n;
}

/* Whether @hay holds the words of the term @needle in a row, other than
 * as a name both write ("Doctor Who" in "…should be Doctor Who", "Deep
 * Throat" in "…whether I did the right thing as Deep Throat"): a title or
 * a name in quotation marks is not the quotation that names it.  A term
 * in capitals found in lower case ('A Powder Keg', a headline's) is. */
static gboolean
holds_term (Entry *hay, Entry *needle)
{
  GArray *h = hay->core, *n = needle->core;
  gboolean name = h->len > n->len && written_as_name (needle, 0, n->len, TRUE);

  if (n->len == 0 || n->len > h->len)
    return FALSE;
  for (guint i = 0; i + n->len <= h->len; i++)
    if (memcmp (&g_array_index (h, guint, i), n->data, n->len * sizeof (guint)) == 0 &&
        !(name && written_as_name (hay, i, n->len, FALSE)) &&
        !(needle->compound && !written_joined (hay, i, n->len)))
      return TRUE;
  return FALSE;
}

static int
entry_by_length (gconstpointer a, gconstpointer b)
{
  const Entry *ea = *(Entry **) a, *eb = *(Entry **) b;

  if (ea->core->len != eb->core->len)
    return ea->core->len > eb->core->len ? -1 : 1;
  if (ea->document != eb->document)
    return ea->document < eb->document ? -1 : 1;
  return ea->quote->start < eb->quote->start ? -1 : ea->quote->start > eb->quote->start;
}

static int
entry_by_position (gconstpointer a, gconstpointer b)
{
  const Entry *ea = *(Entry **) a, *eb = *(Entry **) b;

  if (ea->document != eb->document)
    return ea->document < eb->document ? -1 : 1;
  return ea->quote->start < eb->quote->start ? -1 : ea->quote->start > eb->quote->start;
}

const char *
px_quote_match_to_string (PxQuoteMatch match)
{
  switch (match)
    {
    case PX_QUOTE_MATCH_EXACT:
      return "exact";
    case PX_QUOTE_MATCH_VARIANT:
      return "variant";
    case PX_QUOTE_MATCH_PARTIAL:
      return "partial";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
px_quote_coverage_to_string (PxQuoteCoverage coverage)
{
  switch (coverage)
    {
    case PX_QUOTE_ABSENT:
      return "absent";
    case PX_QUOTE_WHOLE:
      return "whole";
    case PX_QUOTE_TRIMMED:
      return "trimmed";
    case PX_QUOTE_ALTERED:
      return "altered";
    default:
      g_return_val_if_reached (NULL);
    }
}

void
px_quote_group_free (PxQuoteGroup *group)
{
  if (group == NULL)
    return;
  for (guint i = 0; i < group->occurrences->len; i++)
    {
      PxQuoteOccurrence *o = &g_array_index (group->occurrences, PxQuoteOccurrence, i);
      g_free (o->text);
      g_free (o->speaker);
    }
  g_array_unref (group->occurrences);
  g_free (group->speaker);
  g_free (group->carried);
  g_free (group->coverage);
  g_free (group);
}

/* Lists of group numbers, each under a key (the hash of a word triple or
 * pair) and in increasing order without repeats.  Quotes have many
 * word triples and most are in no other quote: the lists are chains
 * through one array of postings, so that adding one allocates nothing
 * of its own. */
typedef struct {
  guint group;
  guint next;    /* the next posting of its key, or NO_POSTING */
} Posting;

typedef struct {
  guint first;
  guint last;
} PostingList;

#define NO_POSTING G_MAXUINT

/* The keys are in a table of their own, open addressing with linear
 * probing: one probe finds a key or the slot to put it in.  No key is
 * 0 (triple_key() and pair_key() make none, word ids start at 1), so 0
 * marks an empty slot. */
typedef struct {
  guint *keys;         /* capacity slots, 0 when empty */
  guint *lists;        /* per slot: 1 + its key's list's index in @heads */
  guint bits;          /* capacity is 1 << bits */
  guint n_keys;
  GArray *heads;       /* of PostingList */
  GArray *postings;    /* of Posting */
} GroupIndex;

#define GROUP_INDEX_FIRST_BITS 8

static void
group_index_init (GroupIndex *index)
{
  index->bits = GROUP_INDEX_FIRST_BITS;
  index->keys = g_new0 (guint, 1u << index->bits);
  index->lists = g_new0 (guint, 1u << index->bits);
  index->n_keys = 0;
  index->heads = g_array_new (FALSE, FALSE, sizeof (PostingList));
  index->postings = g_array_new (FALSE, FALSE, sizeof (Posting));
}

static void
group_index_clear (GroupIndex *index)
{
  g_clear_pointer (&index->keys, g_free);
  g_clear_pointer (&index->lists, g_free);
  g_clear_pointer (&index->heads, g_array_unref);
  g_clear_pointer (&index->postings, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GroupIndex, group_index_clear)

static void
group_index_remove_all (GroupIndex *index)
{
  memset (index->keys, 0, sizeof (guint) << index->bits);
  index->n_keys = 0;
  g_array_set_size (index->heads, 0);
  g_array_set_size (index->postings, 0);
}

/* Twice the slots, once half of them are taken. */
static void
group_index_grow (GroupIndex *index)
{
  guint *keys = index->keys, *lists = index->lists;
  guint old = 1u << index->bits;

  index->bits++;
  index->keys = g_new0 (guint, 1u << index->bits);
  index->lists = g_new0 (guint, 1u << index->bits);
  for (guint i = 0; i < old; i++)
    if (keys[i] != 0)
      {
        guint slot = key_slot (index->keys, index->bits, keys[i]);

        index->keys[slot] = keys[i];
        index->lists[slot] = lists[i];
      }
  g_free (keys);
  g_free (lists);
}

/* The first posting under @key, or NO_POSTING. */
static guint
first_posting (GroupIndex *index, guint key)
{
  guint slot = key_slot (index->keys, index->bits, key);

  return index->keys[slot] ? g_array_index (index->heads, PostingList, index->lists[slot] - 1).first
                           : NO_POSTING;
}

static inline const Posting *
posting_at (GroupIndex *index, guint p)
{
  return &g_array_index (index->postings, Posting, p);
}

/* Every link needs a run of three shared words at least, so only groups
 * that hold one of a quote's word triples are worth aligning with: an
 * index from triples to groups keeps many-article runs near linear. */
static guint
triple_key (GArray *ids, guint i)
{
  guint h = g_array_index (ids, guint, i);

  h = h * 1000003u ^ g_array_index (ids, guint, i + 1);
  h = h * 1000003u ^ g_array_index (ids, guint, i + 2);
  return h ? h : 1;
}

/* Adds @group to the list of groups under @key, once: groups are posted
 * in increasing order. */
static void
post_group (GroupIndex *index, guint key, guint group)
{
  guint slot = key_slot (index->keys, index->bits, key);
  Posting posting = { group, NO_POSTING };
  guint p = index->postings->len;

  if (index->keys[slot] == 0)
    {
      PostingList head = { p, p };

      g_array_append_val (index->heads, head);
      index->keys[slot] = key;
      index->lists[slot] = index->heads->len;
      if (++index->n_keys * 2 > 1u << index->bits)
        group_index_grow (index);
    }
  else
    {
      PostingList *head = &g_array_index (index->heads, PostingList, index->lists[slot] - 1);
      Posting *last = &g_array_index (index->postings, Posting, head->last);

      if (last->group == group)
        return;
      last->next = p;
      head->last = p;
    }
  g_array_append_val (index->postings, posting);
}

static void
index_entry (GroupIndex *index, Entry *e, guint group)
{
  for (guint i = 0; i + 2 < e->core->len; i++)
    post_group (index, triple_key (e->core, i), group);
}

static GArray *
candidate_groups (GroupIndex *index, Entry *e, GArray *stamp, guint mark)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i + 2 < e->core->len; i++)
    for (guint p = first_posting (index, triple_key (e->core, i)); p != NO_POSTING;
         p = posting_at (index, p)->next)
      {
        guint g = posting_at (index, p)->group;

        if (g_array_index (stamp, guint, g) != mark)
          {
            g_array_index (stamp, guint, g) = mark;
            g_array_append_val (out, g);
          }
      }
  return out;
}

#define MAX_LINKS_PER_GROUP 64

static guint
pair_key (GArray *ids, guint i)
{
  guint h = g_array_index (ids, guint, i) * 1000003u ^ g_array_index (ids, guint, i + 1);

  return h ? h : 1;
}

/* Indexes the word pairs of @ids (only the first with @first_only) as
 * being in @group; groups come in increasing order. */
static void
index_pairs (GroupIndex *index, GArray *ids, guint group, gboolean first_only)
{
  for (guint i = 0; i + 1 < ids->len && (i == 0 || !first_only); i++)
    post_group (index, pair_key (ids, i), group);
}

static gboolean
has_run (GArray *hay, GArray *needle)
{
  for (guint i = 0; needle->len > 0 && i + needle->len <= hay->len; i++)
    if (memcmp (&g_array_index (hay, guint, i), needle->data, needle->len * sizeof (guint)) == 0)
      return TRUE;
  return FALSE;
}

static void
plain_free (GArray *words)
{
  if (words)
    g_array_unref (words);
}

/* Whether the article of the term @e also writes its words without
 * quotation marks ("Downsized 'Building Block'" over "The basic building
 * block of the system…"): they are the article's own words for a thing,
 * not someone's.  @plain caches each document's plain_words(). */
static gboolean
written_plain (Entry *e, GPtrArray *plain, const WordIds *ids, GPtrArray *scans)
{
  GArray *words = g_ptr_array_index (plain, e->document);

  if (words == NULL)
    {
      words = plain_words (ids, g_ptr_array_index (scans, e->document));
      g_ptr_array_index (plain, e->document) = words;
    }
  return has_run (words, e->core);
}

/* Puts each quotation in the group of the longer quotation it best
 * matches, or in a new group.  Terms only join existing groups. */
static guint
form_groups (GPtrArray *entries, GPtrArray *members, const WordIds *ids, GPtrArray *scans)
{
  g_autoptr(GPtrArray) plain = g_ptr_array_new_with_free_func ((GDestroyNotify) plain_free);
  g_auto(GroupIndex) index = { NULL };
  g_auto(GroupIndex) singles = { NULL };
  g_autoptr(GArray) stamp = g_array_new (FALSE, TRUE, sizeof (guint));

  group_index_init (&index);
  group_index_init (&singles);
  g_ptr_array_set_size (plain, scans->len);
  g_ptr_array_sort (entries, entry_by_length);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = g_ptr_array_index (entries, i);
      g_autoptr(GArray) candidates = NULL;
      int best = -1;
      double best_score = 0;

      if (e->quote->flags & PX_QUOTE_TERM)
        continue;
      g_array_set_size (stamp, members->len + 1);
      candidates = candidate_groups (&index, e, stamp, i + 1);
      for (guint c = 0; c < candidates->len; c++)
        {
          guint g = g_array_index (candidates, guint, c);
          GPtrArray *list = g_ptr_array_index (members, g);

          /* The longest members come first and match best; a page that
           * repeats one quote thousands of times must not cost a
           * comparison with every copy. */
          for (guint k = 0; k < MIN (list->len, MAX_LINKS_PER_GROUP); k++)
            {
              Entry *other = g_ptr_array_index (list, k);
              double score;

              /* A nested quote is not a fragment of the one holding it. */
              if (other->document == e->document && other->quote->start <= e->quote->start &&
                  e->quote->end <= other->quote->end)
                continue;
              if (!speakers_allow (e, other))
                continue;
              score = link_score (e, other);

              if (score > best_score)
                {
                  best_score = score;
                  best = g;
                }
            }
        }
      if (best < 0)
        {
          best = members->len;
          g_ptr_array_add (members, g_ptr_array_new ());
        }
      e->group = best;
      g_ptr_array_add (g_ptr_array_index (members, best), e);
      index_entry (&index, e, best);
    }

  /* Terms of two words or more: inside a quotation of a group, or
   * quoted alike by two outlets.  Inside another outlet's quotation only
   * with two content words or when someone is said to say it ("all
   * options"): one word by chance ("Doctor Who" in "the Doctor who…")
   * tells no more than a single word would, and words its own article
   * also writes without marks are that article's words for a thing.  Either way the group holds the term's
   * first two words in a row: an index of word pairs to groups (in
   * group order, so the first match is the same as in a full scan)
   * keeps thousands of terms from each visiting every group. */
  group_index_remove_all (&index);
  for (guint g = 0; g < members->len; g++)
    {
      GPtrArray *list = g_ptr_array_index (members, g);

      for (guint k = 0; k < MIN (list->len, MAX_LINKS_PER_GROUP); k++)
        index_pairs (&index, ((Entry *) g_ptr_array_index (list, k))->core, g, FALSE);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = g_ptr_array_index (entries, i);
      int own_words = -1;   /* written_plain(), once asked */

      if (!(e->quote->flags & PX_QUOTE_TERM) || e->core->len == 0)
        continue;
      if (e->core->len == 1)
        {
          /* One word someone is said to have said ("faker"): the same
           * word attributed in another outlet, or a group of its own. */
          guint id = g_array_index (e->core, guint, 0);

          if (!(e->quote->flags & PX_QUOTE_ATTRIBUTED))
            continue;
          for (guint p = first_posting (&singles, id); p != NO_POSTING && e->group < 0;
               p = posting_at (&singles, p)->next)
            {
              guint g = posting_at (&singles, p)->group;
              Entry *first = g_ptr_array_index ((GPtrArray *) g_ptr_array_index (members, g), 0);

              if (ids_equal (first->core, e->core) && speakers_allow (e, first))
                e->group = g;
            }
          if (e->group < 0)
            {
              e->group = members->len;
              g_ptr_array_add (members, g_ptr_array_new ());
              post_group (&singles, id, e->group);
            }
          g_ptr_array_add (g_ptr_array_index (members, e->group), e);
          continue;
        }
      for (guint p = first_posting (&index, pair_key (e->core, 0)); p != NO_POSTING && e->group < 0;
           p = posting_at (&index, p)->next)
        {
          guint g = posting_at (&index, p)->group;
          GPtrArray *list = g_ptr_array_index (members, g);
          Entry *first = list->len ? g_ptr_array_index (list, 0) : NULL;

          if (first && (first->quote->flags & PX_QUOTE_TERM))
            {
              if (ids_equal (first->core, e->core) && speakers_allow (e, first))
                e->group = g;
            }
          else
            for (guint k = 0; k < MIN (list->len, MAX_LINKS_PER_GROUP) && e->group < 0; k++)
              {
                Entry *other = g_ptr_array_index (list, k);

                if (other->document == e->document && other->quote->start <= e->quote->start &&
                    e->quote->end <= other->quote->end)
                  continue;
                if (!speakers_allow (e, other) || !holds_term (other, e))
                  continue;
                if (other->document == e->document || (e->quote->flags & PX_QUOTE_ATTRIBUTED))
                  {
                    e->group = g;
                    continue;
                  }
                if (content_words (e) < 2)
                  continue;
                if (own_words < 0)
                  own_words = written_plain (e, plain, ids, scans);
                if (!own_words)
                  e->group = g;
              }
        }
      if (e->group < 0)
        {
          /* A new group of terms, kept only if a second outlet has it. */
          e->group = members->len;
          g_ptr_array_add (members, g_ptr_array_new ());
          index_pairs (&index, e->core, e->group, TRUE);
        }
      g_ptr_array_add (g_ptr_array_index (members, e->group), e);
    }
  return members->len;
}

static gboolean
term_group_kept (GPtrArray *list)
{
  Entry *first = g_ptr_array_index (list, 0);

  if (!(first->quote->flags & PX_QUOTE_TERM))
    return TRUE;
  /* A partial quote someone is said to have said, not a scare quote. */
  for (guint k = 0; k < list->len; k++)
    if (((Entry *) g_ptr_array_index (list, k))->quote->flags & PX_QUOTE_ATTRIBUTED)
      return TRUE;
  for (guint k = 1; k < list->len; k++)
    if (((Entry *) g_ptr_array_index (list, k))->document != first->document)
      return TRUE;
  /* A title or a name its article quotes again ("the film “Red Tide”
   * … “Red Tide” opens in May"): the same name each time. */
  return list->len >= 2 && (first->quote->flags & PX_QUOTE_NAME);
}

/* Pieces of one document that together give the reference's words. */
static gboolean
split_is_whole (GPtrArray *list, guint document, Entry *ref)
{
  g_autoptr(GArray) joined = g_array_new (FALSE, FALSE, sizeof (guint));
  guint pieces = 0;

  for (guint k = 0; k < list->len; k++)
    {
      Entry *e = g_ptr_array_index (list, k);

      if (e->document == document)
        {
          g_array_append_vals (joined, e->core->data, e->core->len);
          pieces++;
        }
    }
  return pieces > 1 && ids_equal (joined, ref->core);
}

/* "Nichols" in one outlet and "Brian Nichols" in another, quoting the
 * same words, are the same person, even when the group names another
 * Nichols elsewhere. */
static void
unify_speakers (GPtrArray *list)
{
  for (guint k = 0; k < list->len; k++)
    {
      PxQuote *q = ((Entry *) g_ptr_array_index (list, k))->quote;
      const char *full = NULL;
      double sure = 0;

      if (q->speaker == NULL || strchr (q->speaker, ' '))
        continue;
      for (guint j = 0; j < list->len; j++)
        {
          const PxQuote *oq = ((Entry *) g_ptr_array_index (list, j))->quote;
          const char *other = oq->speaker;

          if (other == NULL || !strchr (other, ' ') || !g_str_equal (px_quote_last_word (other), q->speaker))
            continue;
          if (full && !g_str_equal (full, other))
            {
              full = NULL;
              break;
            }
          full = other;
          sure = MAX (sure, oq->speaker_confidence);
        }
      if (full)
        {
          g_free (q->speaker);
          q->speaker = g_strdup (full);
          /* The other outlet names the person: as sure as it is. */
          q->speaker_confidence = MAX (q->speaker_confidence, sure);
        }
    }
}

/* How much less sure a speaker taken from a repeat of the words is than
 * the speaker of the words repeated. */
#define REPEAT_CERTAINTY 0.9
/* And when only another outlet names the speaker: never sure, then. */
#define OTHER_OUTLET_CERTAINTY 0.75
/* Fewest content words a repeat must share: "We're on it" is anyone's. */
#define MIN_REPEAT_CONTENT 2
/* The share of a repeat's content words the words repeated must hold. */
#define REPEAT_SHARE 0.6
/* Or the share of the words repeated a longer repeat must hold. */
#define HELD_SHARE 0.8
/* A repeat this short is no more than a phrase in another outlet
 * ("out of band", "surround and drown"): only its own article's speaker. */
#define MAX_SHORT_REPEAT 4

/* Whether @e repeats words of @from: most of its content words are in
 * it, or it holds nearly all of @from, a quotation of more than a phrase
 * (one outlet's trimmed piece of the statement another gives whole).
 * And @from writes one of the words in lower case: words someone says,
 * not a title or a slogan both write as a name ("Tales From the Crypt",
 * "Gang of Eight").  Not "he didn't want another child to support"
 * after "deal with another child to support": a few words in common say
 * nothing of the rest. */
static gboolean
repeats_words_of (Entry *e, Entry *from)
{
  g_autoptr(GArray) blocks = lcs_blocks (e->core, from->core, e->content);
  guint shared = 0, shared_from = 0;
  gboolean lower = FALSE;

  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *blk = &g_array_index (blocks, Block, i);

      for (guint k = 0; k < blk->len; k++)
        {
          gboolean content = g_array_index (from->content, gboolean, blk->b + k);

          shared += g_array_index (e->content, gboolean, blk->a + k);
          shared_from += content;
          lower |= content && !g_array_index (from->capital, gboolean, blk->b + k);
        }
    }
  return lower && (shared >= REPEAT_SHARE * content_words (e) ||
                   (from->core->len > MAX_SHORT_REPEAT && shared_from >= HELD_SHARE * content_words (from)));
}

/* The speaker of a quotation that the words around it give no source
 * (a heading, a subheading, a partial quote in the writer's sentence)
 * but whose words another occurrence of its group repeats where they
 * are said by someone named: 'Not some irregular channel' as a
 * subheading, then '"My role was not some irregular channel, but the
 * official channel," he told lawmakers'.  The same article's speakers
 * first, else another outlet's; none when they disagree.  A nested
 * quote is someone its holder quotes, and a term is too short to tell a
 * repeat from a stock phrase.  Sure as the link of the words and the
 * speaker's own certainty allow, less when another outlet names them. */
static void
speakers_of_repeats (GPtrArray *list, GArray *occurrences)
{
  for (guint k = 0; k < list->len; k++)
    {
      Entry *e = g_ptr_array_index (list, k);
      PxQuoteOccurrence *o = &g_array_index (occurrences, PxQuoteOccurrence, k);
      const PxQuoteOccurrence *from = NULL;
      gboolean disagree = FALSE;
      double best = 0;

      if (o->speaker || e->own_source || (o->flags & (PX_QUOTE_NESTED | PX_QUOTE_TERM)) ||
          content_words (e) < MIN_REPEAT_CONTENT)
        continue;
      /* A page that repeats one quote thousands of times: a bounded
       * number of comparisons for each copy. */
      for (int pass = 0; pass < 2 && from == NULL && !disagree; pass++)
        for (guint j = 0, tried = 0; j < list->len && tried < MAX_LINKS_PER_GROUP; j++)
          {
            Entry *d = g_ptr_array_index (list, j);
            const PxQuoteOccurrence *od = &g_array_index (occurrences, PxQuoteOccurrence, j);
            double link;

            if (j == k || d->quote->speaker == NULL || !d->own_source ||
                (d->quote->flags & PX_QUOTE_NESTED) || (pass == 0) != (d->document == e->document) ||
                (pass == 1 && e->core->len <= MAX_SHORT_REPEAT))
              continue;
            tried++;
            link = link_score (e, d);
            if (link <= 0 || !repeats_words_of (e, d))
              continue;
            if (from && !g_str_equal (from->speaker, od->speaker))
              {
                disagree = TRUE;
                break;
              }
            if (!from || link * od->speaker_confidence > best)
              from = od, best = link * od->speaker_confidence;
          }
      if (from == NULL || disagree)
        continue;
      o->speaker = g_strdup (from->speaker);
      o->speaker_confidence = best * REPEAT_CERTAINTY *
                              (from->document == o->document ? 1 : OTHER_OUTLET_CERTAINTY);
    }
}

static PxQuoteGroup *
build_group (GPtrArray *list, guint n_docs)
{
  PxQuoteGroup *group = g_new0 (PxQuoteGroup, 1);
  g_autoptr(GHashTable) votes = g_hash_table_new (g_str_hash, g_str_equal);
  Entry *ref = g_ptr_array_index (list, 0);   /* the longest: sorted so */
  guint best_votes = 0, named = 0;
  gboolean outer_named = FALSE;
  g_autofree gboolean *whole_named = NULL;

  for (guint k = 1; k < list->len; k++)
    {
      Entry *e = g_ptr_array_index (list, k);
      if (e->core->len > ref->core->len)
        ref = e;
    }
  g_ptr_array_sort (list, entry_by_position);
  unify_speakers (list);

  group->n_documents = n_docs;
  group->carried = g_new0 (gboolean, n_docs);
  group->coverage = g_new0 (PxQuoteCoverage, n_docs);
  group->occurrences = g_array_new (FALSE, TRUE, sizeof (PxQuoteOccurrence));
  /* A quote nested in one that is in the group too is what someone the
   * holder names said: the holder's speaker is the group's. */
  for (guint k = 0; k < list->len && !outer_named; k++)
    {
      const PxQuote *q = ((Entry *) g_ptr_array_index (list, k))->quote;

      outer_named = q->speaker && !(q->flags & PX_QUOTE_NESTED);
    }
  /* So is a term's ("a lot") that a whole quote of its own outlet
   * holds: that quote's speaker is. */
  whole_named = g_new0 (gboolean, n_docs);
  for (guint k = 0; k < list->len; k++)
    {
      const Entry *e = g_ptr_array_index (list, k);

      if (e->quote->speaker && !(e->quote->flags & (PX_QUOTE_NESTED | PX_QUOTE_TERM)))
        whole_named[e->document] = TRUE;
    }
  for (guint k = 0; k < list->len; k++)
    {
      Entry *e = g_ptr_array_index (list, k);
      PxQuoteOccurrence o = { 0 };
      guint v;

      o.document = e->document;
      o.start = e->quote->start;
      o.end = e->quote->end;
      o.flags = e->quote->flags;
      o.match = classify (e, ref);
      o.text = g_strdup (e->quote->text);
      o.speaker = g_strdup (e->quote->speaker);
      o.speaker_confidence = e->quote->speaker_confidence;
      if (e == ref)
        group->reference = group->occurrences->len;
      g_array_append_val (group->occurrences, o);
      group->carried[e->document] = TRUE;

      if (o.speaker && !(outer_named && (o.flags & PX_QUOTE_NESTED)) &&
          !(whole_named[e->document] && (o.flags & PX_QUOTE_TERM)))
        {
          named++;
          v = GPOINTER_TO_UINT (g_hash_table_lookup (votes, o.speaker)) + 1;
          g_hash_table_insert (votes, o.speaker, GUINT_TO_POINTER (v));
          /* Most votes wins; on a tie the longer (fuller) name. */
          if (v > best_votes ||
              (v == best_votes && strlen (o.speaker) > strlen (group->speaker)))
            {
              best_votes = v;
              g_free (group->speaker);
              group->speaker = g_strdup (o.speaker);
            }
        }

      switch (o.match)
        {
        case PX_QUOTE_MATCH_EXACT:
          group->coverage[e->document] = PX_QUOTE_WHOLE;
          break;
        case PX_QUOTE_MATCH_VARIANT:
          if (group->coverage[e->document] != PX_QUOTE_WHOLE)
            group->coverage[e->document] = PX_QUOTE_ALTERED;
          break;
        case PX_QUOTE_MATCH_PARTIAL:
          if (group->coverage[e->document] == PX_QUOTE_ABSENT)
            group->coverage[e->document] = PX_QUOTE_TRIMMED;
          break;
        default:
          break;
        }
    }
  /* As sure as the surest outlet naming the group's speaker, less when
   * other outlets name someone else. */
  for (guint k = 0; group->speaker && k < group->occurrences->len; k++)
    {
      const PxQuoteOccurrence *o = &g_array_index (group->occurrences, PxQuoteOccurrence, k);

      if (o->speaker && g_str_equal (o->speaker, group->speaker))
        group->speaker_confidence = MAX (group->speaker_confidence, o->speaker_confidence);
    }
  if (named > 0)
    group->speaker_confidence *= (double) best_votes / named;
  speakers_of_repeats (list, group->occurrences);
  for (guint d = 0; d < n_docs; d++)
    if (group->coverage[d] == PX_QUOTE_TRIMMED && split_is_whole (list, d, ref))
      group->coverage[d] = PX_QUOTE_WHOLE;
  return group;
}

static int
group_by_position (gconstpointer a, gconstpointer b)
{
  const PxQuoteGroup *ga = *(PxQuoteGroup **) a, *gb = *(PxQuoteGroup **) b;
  const PxQuoteOccurrence *oa = &g_array_index (ga->occurrences, PxQuoteOccurrence, 0);
  const PxQuoteOccurrence *ob = &g_array_index (gb->occurrences, PxQuoteOccurrence, 0);

  if (oa->document != ob->document)
    return oa->document < ob->document ? -1 : 1;
  return oa->start < ob->start ? -1 : oa->start > ob->start;
}

GPtrArray *
px_quotes_group (PxDocument **docs, guint n_docs)
{
  g_autoptr(GPtrArray) scans = g_ptr_array_new_with_free_func ((GDestroyNotify) px_quote_scan_free);
  g_autoptr(GArray) all_mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  g_autoptr(GHashTable) group_names = NULL;
  /* The full names each person is given in them all. */
  g_autoptr(NameForms) forms = px_quote_name_forms_new ();
  g_auto(WordIds) ids = { NULL, NULL };
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) px_quote_group_free);

  g_return_val_if_fail (docs != NULL || n_docs == 0, groups);

  word_ids_init (&ids);
  for (guint d = 0; d < n_docs; d++)
    {
      DocScan *ds;

      g_return_val_if_fail (PX_IS_DOCUMENT (docs[d]), groups);
      ds = px_quote_scan_new (docs[d]);
      g_ptr_array_add (scans, ds);
      /* Shallow copies: the names stay owned by each document's scan. */
      g_array_append_vals (all_mentions, ds->mentions->data, ds->mentions->len);
    }
  /* The names of all the documents, indexed once for all of them. */
  group_names = px_quote_surname_index (all_mentions);
  for (guint d = 0; d < n_docs; d++)
    px_quote_name_forms_merge (forms, px_quote_name_forms (g_ptr_array_index (scans, d)));
  for (guint d = 0; d < n_docs; d++)
    {
      DocScan *ds = g_ptr_array_index (scans, d);

      px_quote_resolve_speakers (ds, group_names, forms);
      for (guint q = 0; q < ds->found->len; q++)
        {
          Found *f = g_ptr_array_index (ds->found, q);
          PxQuote *quote = px_quote_from_found (ds, f);
          /* Its text's tokens are in ds->tokens. */
          Entry *e = entry_new (&ids, d, quote, ds->tokens);

          e->own_source = f->said || f->kind == SPK_UNKNOWN || f->thing || f->thing_again;
          g_ptr_array_add (entries, e);
        }
    }

  form_groups (entries, members, &ids, scans);
  for (guint g = 0; g < members->len; g++)
    {
      GPtrArray *list = g_ptr_array_index (members, g);

      if (list->len && term_group_kept (list))
        g_ptr_array_add (groups, build_group (list, n_docs));
    }
  g_ptr_array_sort (groups, group_by_position);
  return groups;
}

const char *
px_quote_coverage_label (PxQuoteCoverage coverage)
{
  switch (coverage)
    {
    case PX_QUOTE_WHOLE:
      /* Translators: how an article carries a quotation */
      return _("whole");
    case PX_QUOTE_TRIMMED:
      /* Translators: how an article carries a quotation: only a part of it */
      return _("trimmed");
    case PX_QUOTE_ALTERED:
      /* Translators: how an article carries a quotation: with words changed */
      return _("altered");
    case PX_QUOTE_ABSENT:
    default:
      /* Translators: how an article carries a quotation: not at all */
      return _("absent");
    }
}
