/* px-diff.c: word diff of two texts
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pipeline: split both texts into words and punctuation (white
 * space is not compared as a token: it would match everywhere and
 * double the work), intern them, diff the integer sequences, clean the
 * script up, then lay it back onto bytes.  The white space between two
 * kept tokens is compared on its own when the script is laid back:
 * unless white space is ignored, a difference there is a change too.
 * Every byte of both texts ends up in exactly one op.
 */
#include "config.h"

#include <string.h>

#include "px-diff.h"
#include "px-diff-private.h"
#include "px-tokenizer.h"

typedef struct {
  const char *text[2];
  gsize len[2];
  GArray *tokens[2];   /* significant tokens, PxToken */
  PxDiffFlags flags;
  GArray *ops;         /* the result, PxDiffOp in bytes */
  GString *key[2];     /* scratch for comparing gaps */
} Layout;

static inline const PxToken *
token (Layout *l, guint side, gsize i)
{
  return &g_array_index (l->tokens[side], PxToken, i);
}

/* Byte offset where token @i starts; the end of the text for i = n. */
static inline gsize
tok_start (Layout *l, guint side, gsize i)
{
  return i < l->tokens[side]->len ? token (l, side, i)->start : l->len[side];
}

/* Byte offset where token @i - 1 ends; 0 for i = 0. */
static inline gsize
tok_end_before (Layout *l, guint side, gsize i)
{
  const PxToken *t;

  if (i == 0)
    return 0;
  t = token (l, side, i - 1);
  return t->start + t->len;
}

/* The comparison key of a stretch of text between tokens: the tokens
 * the options do not ignore, folded. */
static void
gap_key (Layout *l, guint side, gsize start, gsize end, GString *key)
{
  g_autoptr(GArray) toks = g_array_new (FALSE, FALSE, sizeof (PxToken));
  const char *text = l->text[side];

  g_string_truncate (key, 0);
  px_tokenize (text + start, end - start, 0, toks);
  for (guint i = 0; i < toks->len; i++)
    {
      const PxToken *t = &g_array_index (toks, PxToken, i);
      g_autofree char *folded = NULL;

      if (t->kind == PX_TOKEN_SPACE && (l->flags & PX_DIFF_IGNORE_SPACE))
        continue;
      if (t->kind != PX_TOKEN_SPACE && (l->flags & PX_DIFF_IGNORE_PUNCTUATION))
        continue;
      folded = px_diff_fold (text + start + t->start, t->len, l->flags, FALSE);
      g_string_append (key, folded);
      g_string_append_c (key, '\0');
    }
}

static gboolean
gap_equal (Layout *l, gsize os, gsize oe, gsize ns, gsize ne)
{
  if (oe - os == ne - ns && memcmp (l->text[0] + os, l->text[1] + ns, oe - os) == 0)
    return TRUE;
  if (l->flags == 0)
    return FALSE;
  gap_key (l, 0, os, oe, l->key[0]);
  gap_key (l, 1, ns, ne, l->key[1]);
  return g_string_equal (l->key[0], l->key[1]);
}

/* Appends an op, joining it to the last one when they are the same
 * kind and meet. */
static void
emit (Layout *l, PxDiffOpType type, gsize os, gsize oe, gsize ns, gsize ne)
{
  PxDiffOp *last;
  PxDiffOp op = { type, os, oe, ns, ne };

  if (oe == os && ne == ns)
    return;
  if (l->ops->len > 0)
    {
      last = &g_array_index (l->ops, PxDiffOp, l->ops->len - 1);
      if (last->type == type && last->old_end == os && last->new_end == ns)
        {
          last->old_end = oe;
          last->new_end = ne;
          return;
        }
    }
  g_array_append_val (l->ops, op);
}

/* Old bytes [os, oe) and new bytes [ns, ne) lie between two kept
 * tokens (or a text's edge) and hold tokens [ia, ja) and [ib, jb).
 * White space at either end that compares equal stays equal. */
static void
lay_change (Layout *l, gsize os, gsize oe, gsize ia, gsize ja,
            gsize ns, gsize ne, gsize ib, gsize jb)
{
  gboolean has_a = ja > ia, has_b = jb > ib;

  if (!has_a && !has_b)
    {
      if (gap_equal (l, os, oe, ns, ne))
        emit (l, PX_DIFF_EQUAL, os, oe, ns, ne);
      else
        {
          emit (l, PX_DIFF_DELETE, os, oe, ns, ns);
          emit (l, PX_DIFF_INSERT, oe, oe, ns, ne);
        }
      return;
    }

  if (has_a && has_b)
    {
      gsize la = tok_start (l, 0, ia), lb = tok_start (l, 1, ib);
      gsize ta = tok_end_before (l, 0, ja), tb = tok_end_before (l, 1, jb);

      if (!gap_equal (l, os, la, ns, lb))
        la = os, lb = ns;
      if (!gap_equal (l, ta, oe, tb, ne))
        ta = oe, tb = ne;
      emit (l, PX_DIFF_EQUAL, os, la, ns, lb);
      emit (l, PX_DIFF_DELETE, la, ta, lb, lb);
      emit (l, PX_DIFF_INSERT, ta, ta, lb, tb);
      emit (l, PX_DIFF_EQUAL, ta, oe, tb, ne);
      return;
    }

  if (has_a)
    {
      gsize la = tok_start (l, 0, ia), ta = tok_end_before (l, 0, ja);

      if (gap_equal (l, os, la, ns, ne))
        {
          /* The white space before the deleted words stays; the
           * deletion takes the white space after them. */
          emit (l, PX_DIFF_EQUAL, os, la, ns, ne);
          emit (l, PX_DIFF_DELETE, la, oe, ne, ne);
        }
      else if (gap_equal (l, ta, oe, ns, ne))
        {
          emit (l, PX_DIFF_DELETE, os, ta, ns, ns);
          emit (l, PX_DIFF_EQUAL, ta, oe, ns, ne);
        }
      else
        {
          emit (l, PX_DIFF_DELETE, os, oe, ns, ns);
          emit (l, PX_DIFF_INSERT, oe, oe, ns, ne);
        }
      return;
    }

  {
    gsize lb = tok_start (l, 1, ib), tb = tok_end_before (l, 1, jb);

    if (gap_equal (l, os, oe, ns, lb))
      {
        emit (l, PX_DIFF_EQUAL, os, oe, ns, lb);
        emit (l, PX_DIFF_INSERT, oe, oe, lb, ne);
      }
    else if (gap_equal (l, os, oe, tb, ne))
      {
        emit (l, PX_DIFF_INSERT, os, os, ns, tb);
        emit (l, PX_DIFF_EQUAL, os, oe, tb, ne);
      }
    else
      {
        emit (l, PX_DIFF_DELETE, os, oe, ns, ns);
        emit (l, PX_DIFF_INSERT, oe, oe, ns, ne);
      }
  }
}

/* Lays the token-level @runs onto bytes. */
static void
lay_out (Layout *l, GArray *runs)
{
  gsize na = l->tokens[0]->len, nb = l->tokens[1]->len;
  gsize ia = 0, ib = 0;   /* tokens before these are laid out */

  for (guint r = 0; r <= runs->len; r++)
    {
      const PxDiffOp *run = r < runs->len ? &g_array_index (runs, PxDiffOp, r) : NULL;
      gsize ja = run ? run->old_start : na, jb = run ? run->new_start : nb;

      if (run && run->type != PX_DIFF_EQUAL)
        continue;

      /* The change (or bare gap) before this equal run, or the end. */
      lay_change (l, tok_end_before (l, 0, ia), tok_start (l, 0, ja), ia, ja,
                  tok_end_before (l, 1, ib), tok_start (l, 1, jb), ib, jb);
      if (!run)
        break;

      /* The kept tokens and the gaps between them: one op when the
       * run's bytes are the same on both sides (the common case). */
      {
        const PxToken *fa = token (l, 0, ja), *fb = token (l, 1, jb);
        gsize ea = tok_end_before (l, 0, run->old_end), eb = tok_end_before (l, 1, run->new_end);

        if (ea - fa->start == eb - fb->start &&
            memcmp (l->text[0] + fa->start, l->text[1] + fb->start, ea - fa->start) == 0)
          {
            emit (l, PX_DIFF_EQUAL, fa->start, ea, fb->start, eb);
            ia = run->old_end;
            ib = run->new_end;
            continue;
          }
      }
      for (gsize k = 0; k < run->old_end - run->old_start; k++)
        {
          const PxToken *ta = token (l, 0, ja + k), *tb = token (l, 1, jb + k);

          if (k > 0)
            lay_change (l, tok_end_before (l, 0, ja + k), ta->start, 0, 0,
                        tok_end_before (l, 1, jb + k), tb->start, 0, 0);
          emit (l, PX_DIFF_EQUAL, ta->start, ta->start + ta->len,
                tb->start, tb->start + tb->len);
        }
      ia = run->old_end;
      ib = run->new_end;
    }
}

static gboolean
is_sentence_end (const char *text, const PxToken *t)
{
  gunichar c;

  if (t->kind != PX_TOKEN_PUNCT)
    return FALSE;
  c = g_utf8_get_char (text + t->start);
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 ||
         c == 0xFF01 || c == 0xFF1F || c == 0x061F || c == 0x0964;
}

/* Where a change should start or end: a paragraph start beats a line
 * start beats a sentence start beats a clause start beats a word. */
static int
boundary_score (guint side, gsize index, gpointer user_data)
{
  Layout *l = user_data;
  gsize start, end, newlines = 0;
  const PxToken *before;

  if (index == 0 || index >= l->tokens[side]->len)
    return 6;
  before = token (l, side, index - 1);
  start = before->start + before->len;
  end = token (l, side, index)->start;
  for (gsize i = start; i < end; i++)
    newlines += l->text[side][i] == '\n' || l->text[side][i] == '\r';
  if (newlines >= 2)
    return 5;
  if (newlines == 1)
    return 4;
  if (end == start)
    return 0;
  if (is_sentence_end (l->text[side], before))
    return 3;
  if (before->kind == PX_TOKEN_PUNCT)
    return 2;
  return 1;
}

/* One text's share of the work before the diff proper: split it and
 * number its tokens.  The two texts do this in parallel when they are
 * long enough for a thread to pay. */
typedef struct {
  const char *text;
  gsize len;
  const PxToken *given;   /* the caller's tokens (px_diff_tokenized()), or NULL */
  guint n_given;
  guint32 base;
  guint kinds;
  PxDiffFlags flags;
  GArray *tokens;
  guint32 *ids;
  PxInterner *interner;
} Side;

#define PARALLEL_MIN_BYTES (256 * 1024)

/* Whether @t is one single quotation mark: ' ‘ ’. */
static gboolean
is_single_mark (const char *text, const PxToken *t)
{
  const char *s = text + t->start;

  return t->kind == PX_TOKEN_PUNCT &&
         ((t->len == 1 && *s == '\'') ||
          (t->len == 3 && (memcmp (s, "\xe2\x80\x98", 3) == 0 || memcmp (s, "\xe2\x80\x99", 3) == 0)));
}

/* Two single marks side by side are the double mark that texts from
 * typewriter-era archives write so (''so,''): one token, which folds
 * to " (px_diff_fold()), where the tokenizer makes two. */
static void
join_doubled_marks (const char *text, GArray *tokens)
{
  PxToken *t = (PxToken *) (gpointer) tokens->data;
  guint out = 0;

  for (guint i = 0; i < tokens->len; i++)
    {
      t[out] = t[i];
      if (i + 1 < tokens->len && t[i + 1].start == t[i].start + t[i].len &&
          is_single_mark (text, &t[i]) && is_single_mark (text, &t[i + 1]))
        {
          t[out].len += t[i + 1].len;
          i++;
        }
      out++;
    }
  g_array_set_size (tokens, out);
}

static gpointer
read_side (gpointer data)
{
  Side *side = data;

  /* About one significant token per five bytes of English prose (a
   * word and its space, or a punctuation mark). */
  side->tokens = g_array_sized_new (FALSE, FALSE, sizeof (PxToken), side->len / 5 + 16);
  if (side->given == NULL)
    px_tokenize_filtered (side->text, side->len, 0, side->kinds, side->tokens);
  else
    for (guint i = 0; i < side->n_given; i++)
      if (side->kinds & (1u << side->given[i].kind))
        {
          PxToken t = side->given[i];

          t.start -= side->base;
          g_array_append_val (side->tokens, t);
        }
  if (side->flags & PX_DIFF_FOLD_TYPOGRAPHY)
    join_doubled_marks (side->text, side->tokens);
  side->ids = g_new (guint32, side->tokens->len + 1);
  px_interner_intern_tokens (side->interner, side->text,
                             (const PxToken *) side->tokens->data, side->tokens->len,
                             side->ids);
  return NULL;
}

/* Splits and numbers both texts with one numbering. */
static void
read_sides (Side sides[2])
{
  if (sides[0].len >= PARALLEL_MIN_BYTES && sides[1].len >= PARALLEL_MIN_BYTES)
    {
      g_autoptr(PxInterner) own = px_interner_new (sides[1].flags);
      g_autofree guint32 *remap = NULL;
      GThread *thread;

      sides[1].interner = own;
      thread = g_thread_new ("px-diff-read", read_side, &sides[1]);
      read_side (&sides[0]);
      g_thread_join (thread);

      remap = g_new (guint32, px_interner_get_size (own) + 1);
      px_interner_merge (sides[0].interner, own, remap);
      for (guint i = 0; i < sides[1].tokens->len; i++)
        sides[1].ids[i] = remap[sides[1].ids[i]];
      sides[1].interner = sides[0].interner;
    }
  else
    {
      sides[1].interner = sides[0].interner;
      read_side (&sides[0]);
      read_side (&sides[1]);
    }
}

static GArray *
diff_sides (Side sides[2], const PxDiffOptions *options);

GArray *
px_diff (const char          *old_text,
         gsize                old_len,
         const char          *new_text,
         gsize                new_len,
         const PxDiffOptions *options)
{
  Side sides[2] = { { old_text, old_len }, { new_text, new_len } };

  g_return_val_if_fail (old_text != NULL || old_len == 0, NULL);
  g_return_val_if_fail (new_text != NULL || new_len == 0, NULL);
  g_return_val_if_fail (old_len <= PX_TOKEN_MAX_TEXT && new_len <= PX_TOKEN_MAX_TEXT, NULL);

  return diff_sides (sides, options);
}

/**
 * px_diff_tokenized:
 * @old_tokens: (array length=n_old): @old_text's tokens as px_tokenize()
 *   gives them, their offsets counted from @old_base
 * @new_tokens: (array length=n_new): the same for @new_text
 *
 * px_diff() for a caller that has the texts' tokens already (a
 * document keeps its paragraphs'): the same script, without splitting
 * the texts again.
 *
 * Returns: (transfer full) (element-type PxDiffOp): the edit script
 */
GArray *
px_diff_tokenized (const char          *old_text,
                   gsize                old_len,
                   const PxToken       *old_tokens,
                   guint                n_old,
                   guint32              old_base,
                   const char          *new_text,
                   gsize                new_len,
                   const PxToken       *new_tokens,
                   guint                n_new,
                   guint32              new_base,
                   const PxDiffOptions *options)
{
  Side sides[2] = { { old_text, old_len, old_tokens, n_old, old_base },
                    { new_text, new_len, new_tokens, n_new, new_base } };

  g_return_val_if_fail (old_text != NULL || old_len == 0, NULL);
  g_return_val_if_fail (new_text != NULL || new_len == 0, NULL);
  g_return_val_if_fail (old_tokens != NULL || n_old == 0, NULL);
  g_return_val_if_fail (new_tokens != NULL || n_new == 0, NULL);

  return diff_sides (sides, options);
}

static GArray *
diff_sides (Side sides[2], const PxDiffOptions *options)
{
  static const PxDiffOptions defaults = { 0, FALSE, 0 };
  g_autoptr(PxInterner) interner = NULL;
  g_autoptr(GArray) runs = NULL;
  g_autofree guint32 *ids_a = NULL;
  g_autofree guint32 *ids_b = NULL;
  Layout l = { 0 };
  guint kinds;

  if (options == NULL)
    options = &defaults;

  l.text[0] = sides[0].text ? sides[0].text : "";
  l.text[1] = sides[1].text ? sides[1].text : "";
  l.len[0] = sides[0].len;
  l.len[1] = sides[1].len;
  l.flags = options->flags;
  l.ops = g_array_new (FALSE, FALSE, sizeof (PxDiffOp));

  /* The same bytes (most of what syndicated copies share): one EQUAL op
   * over the whole, the script the diff below finds at a cost. */
  if (l.len[0] == l.len[1] && l.len[0] > 0 && memcmp (l.text[0], l.text[1], l.len[0]) == 0)
    {
      PxDiffOp equal = { PX_DIFF_EQUAL, 0, l.len[0], 0, l.len[1] };

      g_array_append_val (l.ops, equal);
      return l.ops;
    }

  kinds = 1u << PX_TOKEN_WORD;
  if (!(l.flags & PX_DIFF_IGNORE_PUNCTUATION))
    kinds |= 1u << PX_TOKEN_PUNCT;
  interner = px_interner_new (l.flags);
  for (guint side = 0; side < 2; side++)
    {
      sides[side].text = l.text[side];
      sides[side].kinds = kinds;
      sides[side].flags = l.flags;
      l.key[side] = g_string_new (NULL);
    }
  sides[0].interner = interner;
  read_sides (sides);
  l.tokens[0] = sides[0].tokens;
  l.tokens[1] = sides[1].tokens;
  ids_a = sides[0].ids;
  ids_b = sides[1].ids;

  runs = px_diff_tokens (ids_a, l.tokens[0]->len, ids_b, l.tokens[1]->len,
                         px_interner_get_size (interner), options);
  if (!options->minimal)
    {
      px_diff_cleanup_islands (runs);
      px_diff_cleanup_align (runs, ids_a, ids_b, boundary_score, &l);
    }

  lay_out (&l, runs);

  for (guint side = 0; side < 2; side++)
    {
      g_array_unref (l.tokens[side]);
      g_string_free (l.key[side], TRUE);
    }
  return l.ops;
}

static gsize
count_words (const char *text, guint32 start, guint32 end)
{
  return end > start ? px_count_words (text + start, end - start) : 0;
}

void
px_diff_get_stats (GArray      *ops,
                   const char  *old_text,
                   const char  *new_text,
                   PxDiffStats *stats)
{
  g_return_if_fail (ops != NULL);
  g_return_if_fail (stats != NULL);

  memset (stats, 0, sizeof *stats);
  for (guint i = 0; i < ops->len; i++)
    {
      const PxDiffOp *op = &g_array_index (ops, PxDiffOp, i);
      gsize old_words = count_words (old_text, op->old_start, op->old_end);
      gsize new_words = count_words (new_text, op->new_start, op->new_end);

      stats->old_words += old_words;
      stats->new_words += new_words;
      if (op->type == PX_DIFF_EQUAL)
        stats->kept_words += new_words;
      else if (op->type == PX_DIFF_DELETE)
        stats->removed_words += old_words;
      else
        stats->added_words += new_words;
    }
}

/* Fewer removed words than this is an edit, however little is kept: a
 * short paragraph struck in full still reads in a line or two. */
#define REWRITE_MIN_REMOVED 12

gboolean
px_diff_is_rewrite (const PxDiffStats *stats)
{
  g_return_val_if_fail (stats != NULL, FALSE);

  return stats->removed_words >= REWRITE_MIN_REMOVED &&
         stats->kept_words * 3 < stats->kept_words + stats->removed_words;
}

gboolean
px_diff_is_equal (GArray *ops)
{
  g_return_val_if_fail (ops != NULL, FALSE);

  for (guint i = 0; i < ops->len; i++)
    if (g_array_index (ops, PxDiffOp, i).type != PX_DIFF_EQUAL)
      return FALSE;
  return TRUE;
}
