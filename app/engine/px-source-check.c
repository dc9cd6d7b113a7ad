/* px-source-check.c: the articles' quotations against the primary source
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sources' words become one sequence of folded word numbers with an
 * index of word pairs.  A quotation is cut at its ellipses into
 * segments; in each, the word pairs it shares with the sources vote for
 * a diagonal (source position minus quotation position).  The diagonal
 * with most votes gives a piece of the quotation and a passage of the
 * source; what is left of the segment may give more pieces, from
 * elsewhere: a splice.  Each piece is then diffed against its passage,
 * and the diff, the distance between pieces and the transcript's
 * speaker labels give the label.  The work per quotation is bounded by
 * its length and the number of places its word pairs occur, not by the
 * source's length: a long hearing costs its indexing, once.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "px-diff-private.h"
#include "px-source-check.h"

/* Word numbers: the interner's, shifted past these. */
enum {
  ID_BRACKET,   /* a bracketed insertion of the quotation */
  ID_ELLIPSIS,  /* an ellipsis of the quotation */
  ID_SEP,       /* between two sources, and in place of skipped words */
  ID_FIRST_WORD,
};

/* Diagonals closer than this belong to one passage: words dropped or
 * added inside a quotation shift the diagonal by a few. */
#define DIAGONAL_SLACK 8
/* A word pair found more often than this says little about where a
 * quotation comes from ("of the", "we are"): it is left out, unless the
 * quotation has no other (then up to MAX_COMMON_HITS). */
#define MAX_PAIR_HITS 256
#define MAX_COMMON_HITS 8192
/* Pieces of one segment this close, in order, in one speaker's turn, are
 * one passage with words dropped: an alteration, not a splice. */
#define DROP_MAX_GAP 25
/* An ellipsis in a source without speaker labels may stand for this
 * many words at most; in a labelled transcript, for the rest of the turn. */
#define ELLIPSIS_MAX_GAP 300
/* Pieces one quotation is taken apart into, at most, per segment. */
#define MAX_PIECES 4
/* Source words before or after a bracketed insertion that it may replace. */
#define BRACKET_MAX_WORDS 8

enum {
  WORD_START = 1 << 0,  /* begins a sentence (or a turn) */
  WORD_END   = 1 << 1,  /* ends one */
};

typedef struct {
  guint32 start;
  guint32 end;
  guint32 turn;
  guint32 flags;
} SrcWord;

typedef struct {
  guint source;      /* document index */
  char *speaker;     /* label as written, NULL when none or unknown */
  gboolean labelled; /* a speaker label opened it */
  guint label;       /* index into labels, G_MAXUINT for none */
} Turn;

typedef struct {
  guint32 id;
  guint32 start;
  guint32 end;
} Elem;

typedef struct {
  guint i;
  guint32 s;
  gint64 d;
  guint cluster;
} Anchor;

typedef struct {
  guint a, b;            /* elements [a, b) */
  guint32 s_lo, s_hi;    /* anchored source words [s_lo, s_hi) */
  guint anchor_lo, anchor_hi; /* elements anchored */
  gboolean after_ellipsis;
} Piece;

struct _PxSourceCheck
{
  guint n_docs;
  guint n_sources;
  GArray *matches;        /* of PxSourceMatch */
  GHashTable *by_occurrence; /* (group << 32 | occurrence) + 1 -> match index + 1 */
  GPtrArray *notices;     /* of char*, NULL-terminated */

  /* The index, while checking. */
  PxInterner *interner;
  PxInterner *raw;        /* exact bytes: a word is folded once, not each time */
  GArray *fold_of;        /* raw id -> folded id, G_MAXUINT32 until seen */
  GPtrArray *labels;      /* distinct speaker labels */
  gint8 *verdicts;        /* per label, for the quotation being checked; -1 unknown yet */
  const char *speaker;    /* the quotation's speaker */
  GArray *ids;            /* guint32, every source's words */
  GArray *words;          /* SrcWord, the same length */
  GArray *turns;          /* Turn */
  guint32 *head;
  guint32 *next;
  guint32 mask;
};

const char *
px_source_label_to_string (PxSourceLabel label)
{
  static const char *names[] = {
    "verbatim", "trimmed", "altered", "spliced", "other-speaker", "not-found",
  };

  g_return_val_if_fail (label < PX_SOURCE_N_LABELS, "");
  return names[label];
}

const char *
px_source_label_name (PxSourceLabel label)
{
  switch (label)
    {
    case PX_SOURCE_VERBATIM:
      return _("verbatim");
    case PX_SOURCE_TRIMMED:
      return _("trimmed");
    case PX_SOURCE_ALTERED:
      return _("altered");
    case PX_SOURCE_SPLICED:
      return _("spliced");
    case PX_SOURCE_OTHER_SPEAKER:
      return _("other speaker");
    case PX_SOURCE_NOT_FOUND:
    default:
      return _("not in the source");
    }
}

const char *
px_source_label_explain (PxSourceLabel label)
{
  switch (label)
    {
    case PX_SOURCE_VERBATIM:
      return _("The same words as the source.");
    case PX_SOURCE_TRIMMED:
      return _("A part of a longer passage of the source, or cut with an ellipsis where the source has more words.");
    case PX_SOURCE_ALTERED:
      return _("Words changed, added or dropped against the source.");
    case PX_SOURCE_SPLICED:
      return _("Pieces from different places of the source joined as one quotation.");
    case PX_SOURCE_OTHER_SPEAKER:
      return _("The words are in the source, but someone else says them there.");
    case PX_SOURCE_NOT_FOUND:
    default:
      return _("No passage of the source matches: the quotation may come from another occasion.");
    }
}

/* --- speaker labels ----------------------------------------------------- */

typedef enum {
  LABEL_NONE,
  LABEL_UPPER,   /* KERRY:, SECRETARY KERRY:, Q: */
  LABEL_TITLE,   /* Kerry:, Secretary Kerry: (only when the source has several) */
} LabelKind;

/* Whether paragraph tokens open with a speaker label; @after is the
 * first token past its colon. */
static LabelKind
find_label (const char *text, const PxToken *toks, guint n, guint *after, char **label)
{
  guint n_words = 0, first = G_MAXUINT, last = 0;
  gboolean upper = TRUE;

  for (guint i = 0; i < n && i < 16; i++)
    {
      const char *t = text + toks[i].start;

      if (toks[i].kind == PX_TOKEN_SPACE)
        {
          if (memchr (t, '\n', toks[i].len))
            return LABEL_NONE;
          continue;
        }
      if (toks[i].kind == PX_TOKEN_WORD)
        {
          gunichar c = g_utf8_get_char (t);

          if (!g_unichar_isalpha (c) || !g_unichar_isupper (c) || ++n_words > 4)
            return LABEL_NONE;
          for (const char *p = t; p < t + toks[i].len; p = g_utf8_next_char (p))
            if (g_unichar_islower (g_utf8_get_char (p)))
              upper = FALSE;
          first = MIN (first, i);
          last = i;
          continue;
        }
      if (toks[i].len == 1 && *t == '.')
        continue;
      if (toks[i].len == 1 && *t == ':' && n_words > 0)
        {
          /* "10:30" and "Note:" in running text are not labels; a
           * title-case label is one word or three at most. */
          if (!upper && n_words > 3)
            return LABEL_NONE;
          *after = i + 1;
          *label = g_strndup (text + toks[first].start, toks[last].start + toks[last].len - toks[first].start);
          return upper ? LABEL_UPPER : LABEL_TITLE;
        }
      return LABEL_NONE;
    }
  return LABEL_NONE;
}

static const char *const titles[] = {
  "secretary", "mr", "mrs", "ms", "miss", "dr", "president", "vice", "prime", "minister",
  "foreign", "senator", "sen", "rep", "representative", "governor", "gov", "general", "gen",
  "chairman", "chairwoman", "chair", "ambassador", "spokesman", "spokeswoman", "spokesperson",
  "the", "of", "state", "deputy", "assistant", "under", "judge", "justice", "sir", "lord",
  "lady", "king", "queen", "pope", "rev", "professor", "prof", "admiral", "adm", "colonel",
  "col", "mayor", "speaker", "leader", "sheikh", "chancellor", "commissioner", "director",
  NULL,
};

typedef enum {
  SPEAKER_UNKNOWN,
  SPEAKER_SAME,
  SPEAKER_OTHER,
} SpeakerVerdict;

/* Whether the person @name ("John Kerry") is the one a transcript label
 * ("SECRETARY KERRY", "Q") names: a name word of the label, titles left
 * out, is a word of the name. */
static SpeakerVerdict
speaker_verdict (const char *name, const char *label)
{
  g_autofree char *fname = NULL;
  g_autofree char *flabel = NULL;
  g_auto(GStrv) name_words = NULL;
  g_auto(GStrv) label_words = NULL;
  gboolean any = FALSE;

  if (name == NULL || label == NULL)
    return SPEAKER_UNKNOWN;
  fname = g_utf8_casefold (name, -1);
  flabel = g_utf8_casefold (label, -1);
  g_strdelimit (fname, ".,", ' ');
  g_strdelimit (flabel, ".,", ' ');
  name_words = g_strsplit (fname, " ", -1);
  label_words = g_strsplit (flabel, " ", -1);
  for (guint l = 0; label_words[l]; l++)
    {
      if (*label_words[l] == '\0' || g_strv_contains (titles, label_words[l]))
        continue;
      any = TRUE;
      for (guint n = 0; name_words[n]; n++)
        if (g_str_equal (name_words[n], label_words[l]))
          return SPEAKER_SAME;
    }
  return any ? SPEAKER_OTHER : SPEAKER_UNKNOWN;
}

/* --- the index ---------------------------------------------------------- */

static inline guint32
pair_hash (guint32 a, guint32 b)
{
  guint32 h = a * 0x9E3779B1u ^ (b + 0x7F4A7C15u) * 0x85EBCA77u;

  return h ^ (h >> 15);
}

static guint32
intern_word (PxSourceCheck *self, const char *text, const PxToken *tok)
{
  return ID_FIRST_WORD + px_interner_intern (self->interner, text + tok->start, tok->len, PX_TOKEN_WORD);
}

/* The folded id of a word the exact-bytes interner gave @raw_id. */
static guint32
fold_raw (PxSourceCheck *self, guint32 raw_id, const char *text, const PxToken *tok)
{
  guint32 *id;

  if (raw_id >= self->fold_of->len)
    {
      guint old = self->fold_of->len;

      g_array_set_size (self->fold_of, MAX (raw_id + 1, 2 * old));
      memset (&g_array_index (self->fold_of, guint32, old), 0xff, (self->fold_of->len - old) * sizeof (guint32));
    }
  id = &g_array_index (self->fold_of, guint32, raw_id);
  if (*id == G_MAXUINT32)
    *id = intern_word (self, text, tok);
  return *id;
}

static void
push_sep (PxSourceCheck *self)
{
  SrcWord w = { 0, 0, 0, WORD_START | WORD_END };
  guint32 id = ID_SEP;

  g_array_append_val (self->ids, id);
  g_array_append_val (self->words, w);
}

static gboolean
is_sentence_end (const char *t, guint len)
{
  for (guint k = 0; k < len; k++)
    if (t[k] == '.' || t[k] == '?' || t[k] == '!' || t[k] == ':' || t[k] == ';')
      return TRUE;
    else if (k + 2 < len && memcmp (t + k, "…", 3) == 0)
      return TRUE;
  return FALSE;
}

static guint
label_index (PxSourceCheck *self, const char *label)
{
  guint i;

  if (label == NULL)
    return G_MAXUINT;
  if (g_ptr_array_find_with_equal_func (self->labels, label, g_str_equal, &i))
    return i;
  g_ptr_array_add (self->labels, g_strdup (label));
  return self->labels->len - 1;
}

static void
index_source (PxSourceCheck *self, PxDocument *doc, guint d)
{
  const char *text = px_document_get_text (doc, NULL);
  guint n_paras = px_document_get_n_paragraphs (doc);
  guint n_title = 0;
  g_autofree LabelKind *kinds = g_new0 (LabelKind, MAX (n_paras, 1));
  g_autofree guint *after = g_new0 (guint, MAX (n_paras, 1));
  g_autofree char **labels = g_new0 (char *, MAX (n_paras, 1));
  guint turn = self->turns->len;
  Turn first = { d, NULL, FALSE, G_MAXUINT };
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint p = 0; p < n_paras; p++)
    {
      guint n;
      const PxToken *toks = px_document_get_paragraph_tokens (doc, p, &n);

      kinds[p] = find_label (text, toks, n, &after[p], &labels[p]);
      n_title += kinds[p] == LABEL_TITLE;
    }
  g_array_append_val (self->turns, first);

  for (guint p = 0; p < n_paras; p++)
    {
      guint n;
      const PxToken *toks = px_document_get_paragraph_tokens (doc, p, &n);
      gboolean boundary = TRUE;
      int depth = 0;
      guint i = 0;

      if (kinds[p] == LABEL_UPPER || (kinds[p] == LABEL_TITLE && n_title >= 2))
        {
          Turn t = { d, g_steal_pointer (&labels[p]), TRUE, G_MAXUINT };
          g_autofree char *folded = g_utf8_casefold (t.speaker, -1);

          /* "A:" answers for someone the transcript does not name. */
          if (g_str_equal (folded, "a") || g_str_equal (folded, "answer"))
            g_clear_pointer (&t.speaker, g_free);
          t.label = label_index (self, t.speaker);
          g_array_append_val (self->turns, t);
          turn = self->turns->len - 1;
          i = after[p];
        }
      g_clear_pointer (&labels[p], g_free);
      g_array_set_size (raw, n);
      px_interner_intern_tokens (self->raw, text, toks, n, (guint32 *) (gpointer) raw->data);

      for (; i < n; i++)
        {
          const char *t = text + toks[i].start;

          if (toks[i].kind == PX_TOKEN_PUNCT)
            {
              for (guint k = 0; k < toks[i].len; k++)
                if (t[k] == '(' || t[k] == '[')
                  depth++;
                else if ((t[k] == ')' || t[k] == ']') && depth > 0)
                  depth--;
              if (is_sentence_end (t, toks[i].len))
                boundary = TRUE;
              continue;
            }
          if (toks[i].kind != PX_TOKEN_WORD || depth > 0)
            continue;  /* "(Laughter.)", "[inaudible]": the transcriber's, not said */
          {
            guint32 id = fold_raw (self, g_array_index (raw, guint32, i), text, &toks[i]);
            SrcWord w = { toks[i].start, toks[i].start + toks[i].len, turn, boundary ? WORD_START : 0 };

            g_array_append_val (self->ids, id);
            g_array_append_val (self->words, w);
            boundary = FALSE;
          }
        }
      /* A paragraph's end ends a sentence. */
      if (self->words->len > 0)
        {
          SrcWord *w = &g_array_index (self->words, SrcWord, self->words->len - 1);

          if (g_array_index (self->ids, guint32, self->words->len - 1) >= ID_FIRST_WORD)
            w->flags |= WORD_END;
        }
    }
  push_sep (self);
}

static void
build_index (PxSourceCheck *self)
{
  guint n = self->ids->len;
  const guint32 *ids = (const guint32 *) (gpointer) self->ids->data;
  SrcWord *words = (SrcWord *) (gpointer) self->words->data;
  guint size = 16;

  for (guint s = 0; s + 1 < n; s++)
    if (words[s + 1].flags & WORD_START)
      words[s].flags |= WORD_END;
  while (size < 2 * n)
    size *= 2;
  self->mask = size - 1;
  self->head = g_new (guint32, size);
  memset (self->head, 0xff, size * sizeof (guint32));
  self->next = g_new (guint32, MAX (n, 1));
  for (guint s = n; s-- > 0;)
    {
      guint32 h;

      self->next[s] = G_MAXUINT32;
      if (s + 1 >= n || ids[s] < ID_FIRST_WORD || ids[s + 1] < ID_FIRST_WORD)
        continue;
      h = pair_hash (ids[s], ids[s + 1]) & self->mask;
      self->next[s] = self->head[h];
      self->head[h] = s;
    }
}

/* --- one quotation ------------------------------------------------------ */

/* The quotation's words, its bracketed insertions and its ellipses. */
static GArray *
quote_elements (PxSourceCheck *self, const char *text, guint32 start, guint32 end)
{
  g_autoptr(GArray) toks = g_array_new (FALSE, FALSE, sizeof (PxToken));
  GArray *elems = g_array_new (FALSE, FALSE, sizeof (Elem));
  int bracket = -1;   /* the open bracket's element, or -1 */
  gboolean bracket_words = FALSE;
  guint dots = 0;
  guint32 dots_start = 0, dots_end = 0;

  px_tokenize (text + start, end - start, start, toks);
  for (guint i = 0; i <= toks->len; i++)
    {
      const PxToken *tok = i < toks->len ? &g_array_index (toks, PxToken, i) : NULL;
      const char *t = tok ? text + tok->start : NULL;

      if (tok && tok->kind == PX_TOKEN_SPACE)
        continue;
      if (tok && tok->kind == PX_TOKEN_PUNCT)
        {
          const char *p = t;

          for (; p < t + tok->len; p = g_utf8_next_char (p))
            {
              gunichar c = g_utf8_get_char (p);

              if (c == '.' || c == 0x2026)
                {
                  if (dots == 0)
                    dots_start = p - text;
                  dots += c == '.' ? 1 : 3;
                  dots_end = g_utf8_next_char (p) - text;
                  continue;
                }
              if (c == '[' && bracket < 0)
                {
                  Elem e = { ID_BRACKET, p - text, p - text + 1 };

                  g_array_append_val (elems, e);
                  bracket = elems->len - 1;
                  bracket_words = FALSE;
                  dots = 0;
                  continue;
                }
              if (c == ']' && bracket >= 0)
                {
                  Elem *e = &g_array_index (elems, Elem, bracket);

                  e->end = p - text + 1;
                  /* "[…]" is an ellipsis in brackets. */
                  if (!bracket_words && dots >= 2)
                    e->id = ID_ELLIPSIS;
                  bracket = -1;
                  dots = 0;
                  continue;
                }
              if (dots >= 2 && bracket < 0)
                {
                  Elem e = { ID_ELLIPSIS, dots_start, dots_end };

                  g_array_append_val (elems, e);
                }
              dots = 0;
            }
          continue;
        }
      if (dots >= 2 && bracket < 0)
        {
          Elem e = { ID_ELLIPSIS, dots_start, dots_end };

          g_array_append_val (elems, e);
        }
      dots = 0;
      if (tok == NULL)
        break;
      if (bracket >= 0)
        {
          g_array_index (elems, Elem, bracket).end = tok->start + tok->len;
          bracket_words = TRUE;
          continue;
        }
      {
        Elem e = { intern_word (self, text, tok), tok->start, tok->start + tok->len };

        g_array_append_val (elems, e);
      }
    }
  return elems;
}

static int
cmp_anchor (gconstpointer a, gconstpointer b)
{
  const Anchor *x = a, *y = b;

  if (x->d != y->d)
    return x->d < y->d ? -1 : 1;
  return (int) x->i - (int) y->i;
}

static int
cmp_piece (gconstpointer a, gconstpointer b)
{
  const Piece *x = a, *y = b;

  return (int) x->a - (int) y->a;
}

static guint
turn_of (PxSourceCheck *self, guint32 s)
{
  return g_array_index (self->words, SrcWord, s).turn;
}

static const Turn *
turn_at (PxSourceCheck *self, guint32 s)
{
  return &g_array_index (self->turns, Turn, turn_of (self, s));
}

/* speaker_verdict() of the quotation's speaker and the turn of source
 * word @s, worked out once per label and quotation. */
static SpeakerVerdict
turn_verdict (PxSourceCheck *self, const Turn *turn)
{
  gint8 *v;

  if (turn->label == G_MAXUINT)
    return SPEAKER_UNKNOWN;
  v = &self->verdicts[turn->label];
  if (*v < 0)
    *v = speaker_verdict (self->speaker, turn->speaker);
  return *v;
}

static int
speaker_score (PxSourceCheck *self, const char *speaker, guint32 s)
{
  switch (turn_verdict (self, turn_at (self, s)))
    {
    case SPEAKER_SAME:
      return 2;
    case SPEAKER_UNKNOWN:
      return 1;
    case SPEAKER_OTHER:
    default:
      return 0;
    }
}

/* The pieces of elements [sa, sb), a segment without ellipses, appended
 * to @pieces in order. */
static void
find_pieces (PxSourceCheck *self, const Elem *el, guint sa, guint sb, const char *speaker,
             gboolean after_ellipsis, GArray *pieces)
{
  const guint32 *ids = (const guint32 *) (gpointer) self->ids->data;
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (Anchor));
  g_autofree gboolean *covered = g_new0 (gboolean, sb - sa + 1);
  g_autofree guint *stamp = g_new0 (guint, sb - sa + 1);
  g_autofree guint *nearest = g_new (guint, sb - sa + 1);
  guint n_clusters = 0, stamp_no = 0;
  guint first_piece = pieces->len;

  for (guint limit = MAX_PAIR_HITS; anchors->len == 0; limit = MAX_COMMON_HITS)
    {
      gboolean skipped = FALSE;

      for (guint i = sa; i + 1 < sb; i++)
        {
          guint before = anchors->len;

          if (el[i].id < ID_FIRST_WORD || el[i + 1].id < ID_FIRST_WORD)
            continue;
          for (guint32 s = self->head[pair_hash (el[i].id, el[i + 1].id) & self->mask];
               s != G_MAXUINT32; s = self->next[s])
            {
              Anchor a = { i, s, (gint64) s - i, 0 };

              if (ids[s] != el[i].id || ids[s + 1] != el[i + 1].id)
                continue;
              g_array_append_val (anchors, a);
              if (anchors->len - before > limit)
                {
                  g_array_set_size (anchors, before);
                  skipped = TRUE;
                  break;
                }
            }
        }
      if (!skipped || limit == MAX_COMMON_HITS)
        break;
    }
  if (anchors->len == 0)
    return;
  g_array_sort (anchors, cmp_anchor);
  for (guint k = 1; k < anchors->len; k++)
    {
      Anchor *a = &g_array_index (anchors, Anchor, k);
      const Anchor *p = a - 1;

      if (a->d - p->d > DIAGONAL_SLACK || turn_of (self, a->s) != turn_of (self, p->s))
        n_clusters++;
      a->cluster = n_clusters;
    }
  n_clusters++;

  for (guint round = 0; round < MAX_PIECES; round++)
    {
      g_autofree guint *count = g_new0 (guint, n_clusters);
      guint best = G_MAXUINT;
      int best_score = -1;
      Piece piece = { G_MAXUINT, 0, G_MAXUINT32, 0, G_MAXUINT, 0, FALSE };
      gint64 median;

      for (guint k = 0; k < anchors->len; k++)
        {
          const Anchor *a = &g_array_index (anchors, Anchor, k);

          if (k == 0 || a->cluster != (a - 1)->cluster)
            stamp_no++;
          if (covered[a->i - sa] || stamp[a->i - sa] == stamp_no)
            continue;
          stamp[a->i - sa] = stamp_no;
          count[a->cluster]++;
        }
      for (guint k = 0; k < anchors->len; k++)
        {
          const Anchor *a = &g_array_index (anchors, Anchor, k);
          int score;

          if (k > 0 && a->cluster == (a - 1)->cluster)
            continue;
          score = 4 * count[a->cluster] + speaker_score (self, speaker, a->s);
          if (score > best_score)
            {
              best_score = score;
              best = a->cluster;
            }
        }
      /* A first piece needs one word pair; more pieces, two (three words)
       * of their own. */
      if (best == G_MAXUINT || count[best] < (round == 0 ? 1u : 2u))
        break;
      /* A word pair found twice in the passage ("ninety days because
       * ninety days") votes twice: keep, for each element, the place
       * nearest the cluster's middle diagonal. */
      {
        guint first = G_MAXUINT, last = 0;

        for (guint k = 0; k < anchors->len; k++)
          if (g_array_index (anchors, Anchor, k).cluster == best)
            {
              first = MIN (first, k);
              last = k;
            }
        median = g_array_index (anchors, Anchor, (first + last) / 2).d;
        memset (nearest, 0xff, (sb - sa + 1) * sizeof (guint));
        for (guint k = first; k <= last; k++)
          {
            const Anchor *a = &g_array_index (anchors, Anchor, k);
            guint *n = &nearest[a->i - sa];

            if (covered[a->i - sa])
              continue;
            if (*n == G_MAXUINT ||
                ABS (a->d - median) < ABS (g_array_index (anchors, Anchor, *n).d - median))
              *n = k;
          }
      }
      for (guint k = 0; k < anchors->len; k++)
        {
          const Anchor *a = &g_array_index (anchors, Anchor, k);

          if (a->cluster != best || covered[a->i - sa] || nearest[a->i - sa] != k)
            continue;
          piece.a = MIN (piece.a, a->i);
          piece.b = MAX (piece.b, a->i + 2);
          piece.s_lo = MIN (piece.s_lo, a->s);
          piece.s_hi = MAX (piece.s_hi, a->s + 2);
        }
      piece.anchor_lo = piece.a;
      piece.anchor_hi = piece.b;
      for (guint i = piece.a; i < piece.b; i++)
        covered[i - sa] = TRUE;
      g_array_append_val (pieces, piece);
    }
  if (pieces->len == first_piece)
    return;

  /* In the quotation's order, tiling the segment. */
  g_array_sort (pieces, cmp_piece);
  {
    Piece *p = &g_array_index (pieces, Piece, first_piece);
    guint n = pieces->len - first_piece;
    guint kept = 0;

    for (guint k = 0; k < n; k++)
      {
        Piece cur = p[k];

        if (kept > 0)
          {
            Piece *prev = &p[kept - 1];

            cur.a = MAX (cur.a, prev->b);
            if (cur.a >= cur.b)
              continue;
            /* In order, one turn, few words apart: one passage with
             * words dropped. */
            if (turn_of (self, cur.s_lo) == turn_of (self, prev->s_lo) &&
                cur.s_lo + 2 >= prev->s_hi && cur.s_lo <= prev->s_hi + DROP_MAX_GAP)
              {
                prev->b = cur.b;
                prev->s_hi = MAX (prev->s_hi, cur.s_hi);
                prev->anchor_hi = cur.anchor_hi;
                continue;
              }
            prev->b = cur.a;
          }
        p[kept++] = cur;
      }
    g_array_set_size (pieces, first_piece + kept);
    p = &g_array_index (pieces, Piece, first_piece);
    p[0].a = sa;
    p[0].after_ellipsis = after_ellipsis;
    p[kept - 1].b = sb;
  }
}

typedef struct {
  GArray *runs;    /* token-level PxDiffOp: old = window words, new = elements */
  guint32 w_lo;    /* the window's first source word */
} PieceDiff;

/* The source words a piece is diffed against: its anchored passage with
 * room for the unanchored words at either end, within its source. */
/* How many source words the unanchored elements [a, b) of a piece may
 * stand against: a word one (and room for a word dropped), a bracketed
 * insertion the words it may replace, an ellipsis none: its words are
 * the next piece's business. */
static guint32
edge_room (const Elem *el, guint a, guint b)
{
  guint32 room = 0;
  gboolean words = FALSE;

  for (guint i = a; i < b; i++)
    if (el[i].id == ID_BRACKET)
      room += BRACKET_MAX_WORDS;
    else if (el[i].id >= ID_FIRST_WORD)
      room++, words = TRUE;
  return room + (words ? 2 : 0);
}

/* The source words a piece is diffed against: its anchored passage with
 * room for the unanchored elements at either end, within its source. */
static void
piece_window (PxSourceCheck *self, const Piece *p, const Elem *el, guint32 *lo, guint32 *hi)
{
  const guint32 *ids = (const guint32 *) (gpointer) self->ids->data;
  guint32 n = self->ids->len;
  guint32 want_lo = edge_room (el, p->a, p->anchor_lo);
  guint32 want_hi = edge_room (el, p->anchor_hi, p->b);

  *lo = p->s_lo;
  while (want_lo-- > 0 && *lo > 0 && ids[*lo - 1] != ID_SEP)
    (*lo)--;
  *hi = p->s_hi;
  while (want_hi-- > 0 && *hi < n && ids[*hi] != ID_SEP)
    (*hi)++;
}

static gboolean
runs_only (const Elem *el, const PxDiffOp *r, guint32 id)
{
  for (guint32 k = r->new_start; k < r->new_end; k++)
    if (el[k].id != id)
      return FALSE;
  return r->new_end > r->new_start;
}

static gboolean
runs_has (const Elem *el, const PxDiffOp *r, guint32 id)
{
  for (guint32 k = r->new_start; k < r->new_end; k++)
    if (el[k].id == id)
      return TRUE;
  return FALSE;
}

/* Drops the source context around the quoted words: leading and trailing
 * deletions, but the words a bracketed insertion at the edge stands for
 * (back to the sentence start or on to its end, a few words at most). */
static void
trim_context (PxSourceCheck *self, GArray *runs, const Elem *el, guint32 w_lo)
{
  const SrcWord *words = (const SrcWord *) (gpointer) self->words->data;

  if (runs->len > 0 && g_array_index (runs, PxDiffOp, 0).type == PX_DIFF_DELETE)
    {
      PxDiffOp *r = &g_array_index (runs, PxDiffOp, 0);
      guint32 keep = r->old_end;

      if (runs->len > 1 && runs_only (el, r + 1, ID_BRACKET))
        for (guint32 k = r->old_end; k-- > r->old_start && r->old_end - k <= BRACKET_MAX_WORDS;)
          if (words[w_lo + k].flags & WORD_START)
            {
              keep = k;
              break;
            }
      if (keep == r->old_end)
        g_array_remove_index (runs, 0);
      else
        r->old_start = keep;
    }
  if (runs->len > 0 && g_array_index (runs, PxDiffOp, runs->len - 1).type == PX_DIFF_DELETE)
    {
      PxDiffOp *r = &g_array_index (runs, PxDiffOp, runs->len - 1);
      guint32 keep = r->old_start;

      if (runs->len > 1 && runs_only (el, r - 1, ID_BRACKET))
        for (guint32 k = r->old_start; k < r->old_end && k + 1 - r->old_start <= BRACKET_MAX_WORDS; k++)
          if (words[w_lo + k].flags & WORD_END)
            {
              keep = k + 1;
              break;
            }
      if (keep == r->old_start)
        g_array_remove_index (runs, runs->len - 1);
      else
        r->old_end = keep;
    }
}

typedef struct {
  gboolean altered;
  PxSourceConventions conventions;
  guint matched;
} Verdict;

static void
judge_runs (GArray *runs, const Elem *el, Verdict *v)
{
  const PxDiffOp *r = (const PxDiffOp *) (gpointer) runs->data;
  g_autofree gboolean *excused = g_new0 (gboolean, runs->len + 1);

  for (guint k = 0; k < runs->len; k++)
    {
      gboolean bracket, ellipsis;

      if (r[k].type == PX_DIFF_EQUAL)
        {
          v->matched += r[k].new_end - r[k].new_start;
          continue;
        }
      if (r[k].type != PX_DIFF_INSERT)
        continue;
      bracket = runs_has (el, &r[k], ID_BRACKET);
      ellipsis = runs_has (el, &r[k], ID_ELLIPSIS);
      for (guint32 e = r[k].new_start; e < r[k].new_end; e++)
        if (el[e].id >= ID_FIRST_WORD)
          v->altered = TRUE;   /* words the source does not have */
      if (bracket)
        v->conventions |= PX_SOURCE_BRACKETS;
      if (ellipsis)
        v->conventions |= PX_SOURCE_ELLIPSIS;
      if (!bracket && !ellipsis)
        continue;
      /* The source's words a bracket stands for, or an ellipsis cuts. */
      for (int side = -1; side <= 1; side += 2)
        {
          int j = (int) k + side;

          if (j < 0 || j >= (int) runs->len || r[j].type != PX_DIFF_DELETE)
            continue;
          if (ellipsis || r[j].old_end - r[j].old_start <= BRACKET_MAX_WORDS)
            excused[j] = TRUE;
        }
    }
  for (guint k = 0; k < runs->len; k++)
    if (r[k].type == PX_DIFF_DELETE && !excused[k])
      v->altered = TRUE;
}

/* The token-level runs turned into byte ranges of the source and the article. */
static GArray *
runs_to_bytes (PxSourceCheck *self, GArray *runs, const Elem *el, guint32 w_lo, guint n_el)
{
  const SrcWord *words = (const SrcWord *) (gpointer) self->words->data;
  GArray *ops = g_array_sized_new (FALSE, FALSE, sizeof (PxDiffOp), runs->len);

  for (guint k = 0; k < runs->len; k++)
    {
      const PxDiffOp *r = &g_array_index (runs, PxDiffOp, k);
      PxDiffOp op = { r->type, 0, 0, 0, 0 };

      if (r->old_end > r->old_start)
        {
          op.old_start = words[w_lo + r->old_start].start;
          op.old_end = words[w_lo + r->old_end - 1].end;
        }
      else
        op.old_start = op.old_end = r->old_start > 0 ? words[w_lo + r->old_start - 1].end
                                                      : words[w_lo].start;
      if (r->new_end > r->new_start)
        {
          op.new_start = el[r->new_start].start;
          op.new_end = el[r->new_end - 1].end;
        }
      else
        op.new_start = op.new_end = r->new_start < n_el ? el[r->new_start].start
                                                         : el[n_el - 1].end;
      g_array_append_val (ops, op);
    }
  return ops;
}

static void
span_clear (gpointer data)
{
  PxSourceSpan *span = data;

  g_free (span->speaker);
  g_clear_pointer (&span->diff, g_array_unref);
}

static void
check_quote (PxSourceCheck *self, PxDocument *doc, PxSourceMatch *m, const char *speaker)
{
  const char *text = px_document_get_text (doc, NULL);
  g_autoptr(GArray) elems = quote_elements (self, text, m->start, m->end);
  const Elem *el = (const Elem *) (gpointer) elems->data;
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  PxDiffOptions options = { 0 };
  Verdict v = { FALSE, 0, 0 };
  gboolean spliced = FALSE, other = FALSE, trimmed = FALSE;
  guint seg = 0;
  gint32 prev_end = -1;

  self->speaker = speaker;
  memset (self->verdicts, 0xff, MAX (self->labels->len, 1));
  m->spans = g_array_new (FALSE, TRUE, sizeof (PxSourceSpan));
  g_array_set_clear_func (m->spans, span_clear);
  for (guint i = 0; i < elems->len; i++)
    if (el[i].id >= ID_FIRST_WORD)
      m->n_words++;

  /* Segments between ellipses; one with no piece of its own joins the
   * piece before it (or after it), where its words show as added. */
  for (guint i = 0; i <= elems->len; i++)
    if (i == elems->len || el[i].id == ID_ELLIPSIS)
      {
        if (i > seg)
          find_pieces (self, el, seg, i, speaker, seg > 0, pieces);
        seg = i + 1;
      }
  if (pieces->len == 0 || m->n_words == 0)
    {
      m->label = PX_SOURCE_NOT_FOUND;
      return;
    }
  g_array_index (pieces, Piece, 0).a = 0;
  for (guint k = 0; k + 1 < pieces->len; k++)
    g_array_index (pieces, Piece, k).b = g_array_index (pieces, Piece, k + 1).a;
  g_array_index (pieces, Piece, pieces->len - 1).b = elems->len;

  for (guint k = 0; k < pieces->len; k++)
    {
      const Piece *p = &g_array_index (pieces, Piece, k);
      const guint32 *ids = (const guint32 *) (gpointer) self->ids->data;
      const SrcWord *words = (const SrcWord *) (gpointer) self->words->data;
      g_autofree guint32 *qids = g_new (guint32, p->b - p->a);
      g_autoptr(GArray) runs = NULL;
      guint32 lo, hi, first = G_MAXUINT32, last = 0;
      PxSourceSpan span = { 0 };
      const Turn *turn;

      piece_window (self, p, el, &lo, &hi);
      for (guint i = p->a; i < p->b; i++)
        qids[i - p->a] = el[i].id;
      runs = px_diff_tokens (ids + lo, hi - lo, qids, p->b - p->a,
                             px_interner_get_size (self->interner) + ID_FIRST_WORD, &options);
      /* Runs count from the piece's first element: make them count from
       * the quotation's. */
      for (guint r = 0; r < runs->len; r++)
        {
          g_array_index (runs, PxDiffOp, r).new_start += p->a;
          g_array_index (runs, PxDiffOp, r).new_end += p->a;
        }
      trim_context (self, runs, el, lo);
      judge_runs (runs, el, &v);
      for (guint r = 0; r < runs->len; r++)
        {
          const PxDiffOp *op = &g_array_index (runs, PxDiffOp, r);

          if (op->old_end > op->old_start)
            {
              first = MIN (first, op->old_start);
              last = MAX (last, op->old_end);
            }
        }
      if (first == G_MAXUINT32)
        continue;   /* nothing of the source: words added, judged above */
      first += lo;
      last += lo;
      turn = &g_array_index (self->turns, Turn, words[first].turn);
      span.source = turn->source;
      span.start = words[first].start;
      span.end = words[last - 1].end;
      span.quote_start = el[p->a].start;
      span.quote_end = el[p->b - 1].end;
      span.speaker = g_strdup (turn->speaker);
      span.joined_by_ellipsis = p->after_ellipsis;
      span.diff = runs_to_bytes (self, runs, el, lo, elems->len);
      if (turn_verdict (self, turn) == SPEAKER_OTHER)
        other = TRUE;

      if (m->spans->len == 0)
        {
          /* The quotation starts where no sentence does, or stops short of
           * one's end, or opens with an ellipsis: a part of the passage. */
          if (!(words[first].flags & WORD_START) || (p->a > 0 && el[p->a - 1].id == ID_ELLIPSIS) ||
              (elems->len > 0 && el[0].id == ID_ELLIPSIS))
            trimmed = TRUE;
        }
      else
        {
          const PxSourceSpan *prev = &g_array_index (m->spans, PxSourceSpan, m->spans->len - 1);
          const Turn *prev_turn = &g_array_index (self->turns, Turn, words[prev_end].turn);
          gint64 distance = (gint64) first - prev_end - 1;
          gboolean same = prev->source == span.source && prev_turn == turn;

          if (prev->source == span.source)
            span.distance = (gint) CLAMP (distance, G_MININT, G_MAXINT);
          if (same && distance >= 0 && p->after_ellipsis &&
              (turn->labelled || distance <= ELLIPSIS_MAX_GAP))
            trimmed = TRUE, v.conventions |= PX_SOURCE_ELLIPSIS;
          else if (same && distance >= 0 && distance <= DROP_MAX_GAP)
            v.altered = TRUE;
          else
            spliced = TRUE;
        }
      prev_end = last - 1;
      if (k == pieces->len - 1 &&
          (!(words[last - 1].flags & WORD_END) || el[elems->len - 1].id == ID_ELLIPSIS))
        trimmed = TRUE;
      g_array_append_val (m->spans, span);
    }
  m->matched = v.matched;
  m->conventions = v.conventions;

  /* Fewer than two words in five found: a chance likeness, not a source. */
  if (m->spans->len == 0 || m->matched < 2 || 5 * m->matched < 2 * m->n_words)
    {
      g_array_set_size (m->spans, 0);
      m->label = PX_SOURCE_NOT_FOUND;
    }
  else if (other)
    m->label = PX_SOURCE_OTHER_SPEAKER;
  else if (spliced)
    m->label = PX_SOURCE_SPLICED;
  else if (v.altered)
    m->label = PX_SOURCE_ALTERED;
  else if (trimmed)
    m->label = PX_SOURCE_TRIMMED;
  else
    m->label = PX_SOURCE_VERBATIM;
}

/* --- notices ------------------------------------------------------------ */

static GArray *
document_ids (PxSourceCheck *self, PxDocument *doc)
{
  const char *text = px_document_get_text (doc, NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint p = 0; p < px_document_get_n_paragraphs (doc); p++)
    {
      guint n;
      const PxToken *toks = px_document_get_paragraph_tokens (doc, p, &n);

      for (guint i = 0; i < n; i++)
        if (toks[i].kind == PX_TOKEN_WORD)
          {
            guint32 id = intern_word (self, text, &toks[i]);

            g_array_append_val (ids, id);
          }
    }
  return ids;
}

/* A source with the words of an article is most likely the article
 * marked by mistake: every quotation of it would pass as verbatim. */
static gboolean
same_words (PxSourceCheck *self, PxDocument *source, PxDocument *article)
{
  gsize a = px_document_get_n_words (source), b = px_document_get_n_words (article);
  g_autoptr(GArray) x = NULL;
  g_autoptr(GArray) y = NULL;
  g_autoptr(GArray) runs = NULL;
  PxDiffOptions options = { 0 };
  gsize kept = 0;

  if (a == 0 || b == 0 || 20 * MAX (a, b) > 21 * MIN (a, b))
    return FALSE;
  x = document_ids (self, source);
  y = document_ids (self, article);
  runs = px_diff_tokens ((const guint32 *) (gpointer) x->data, x->len,
                         (const guint32 *) (gpointer) y->data, y->len,
                         px_interner_get_size (self->interner) + ID_FIRST_WORD, &options);
  for (guint k = 0; k < runs->len; k++)
    {
      const PxDiffOp *r = &g_array_index (runs, PxDiffOp, k);

      if (r->type == PX_DIFF_EQUAL)
        kept += r->new_end - r->new_start;
    }
  return 20 * kept >= 19 * MAX (x->len, y->len);
}

static void
add_notices (PxSourceCheck *self, PxDocument **docs, guint n_docs)
{
  for (guint d = 0; d < n_docs; d++)
    {
      if (!px_document_get_primary_source (docs[d]))
        continue;
      if (px_document_get_n_words (docs[d]) == 0)
        {
          g_ptr_array_add (self->notices,
                           g_strdup_printf (_("The primary source “%s” has no words: there is nothing to check the quotations against."),
                                            px_document_get_outlet (docs[d])));
          continue;
        }
      for (guint a = 0; a < n_docs; a++)
        if (!px_document_get_primary_source (docs[a]) && same_words (self, docs[d], docs[a]))
          g_ptr_array_add (self->notices,
                           g_strdup_printf (_("The primary source “%s” has the same words as the article “%s”: was the article marked as the primary source by mistake?"),
                                            px_document_get_outlet (docs[d]), px_document_get_outlet (docs[a])));
    }
}

/* --- the check ---------------------------------------------------------- */

static void
match_clear (gpointer data)
{
  PxSourceMatch *m = data;

  g_clear_pointer (&m->spans, g_array_unref);
}

static void
turn_clear (gpointer data)
{
  g_free (((Turn *) data)->speaker);
}

static int
cmp_match (gconstpointer a, gconstpointer b)
{
  const PxSourceMatch *x = a, *y = b;

  if (x->document != y->document)
    return x->document < y->document ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

PxSourceCheck *
px_source_check_new (PxDocument **docs,
                     guint        n_docs,
                     GPtrArray   *groups)
{
  PxSourceCheck *self = g_new0 (PxSourceCheck, 1);
  gsize n_words = 0;

  g_return_val_if_fail (docs != NULL || n_docs == 0, self);

  self->n_docs = n_docs;
  self->matches = g_array_new (FALSE, TRUE, sizeof (PxSourceMatch));
  g_array_set_clear_func (self->matches, match_clear);
  self->by_occurrence = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->notices = g_ptr_array_new_with_free_func (g_free);

  for (guint d = 0; d < n_docs; d++)
    self->n_sources += px_document_get_primary_source (docs[d]);
  if (self->n_sources == 0 || self->n_sources == n_docs)
    {
      g_ptr_array_add (self->notices, NULL);
      return self;
    }

  /* Case, typography and punctuation are what a quotation may change
   * without changing what was said. */
  self->interner = px_interner_new (PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY |
                                    PX_DIFF_IGNORE_PUNCTUATION);
  self->raw = px_interner_new (0);
  self->fold_of = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->labels = g_ptr_array_new_with_free_func (g_free);
  for (guint d = 0; d < n_docs; d++)
    if (px_document_get_primary_source (docs[d]))
      n_words += px_document_get_n_words (docs[d]) + 1;
  self->ids = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_words);
  self->words = g_array_sized_new (FALSE, FALSE, sizeof (SrcWord), n_words);
  self->turns = g_array_new (FALSE, FALSE, sizeof (Turn));
  g_array_set_clear_func (self->turns, turn_clear);
  for (guint d = 0; d < n_docs; d++)
    if (px_document_get_primary_source (docs[d]))
      index_source (self, docs[d], d);
  build_index (self);
  self->verdicts = g_new (gint8, MAX (self->labels->len, 1));
  add_notices (self, docs, n_docs);
  g_ptr_array_add (self->notices, NULL);

  for (guint g = 0; groups && g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);

      for (guint o = 0; o < group->occurrences->len; o++)
        {
          const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, o);
          PxSourceMatch m = { 0 };

          if (occ->document >= n_docs || px_document_get_primary_source (docs[occ->document]) ||
              (occ->flags & (PX_QUOTE_NESTED | PX_QUOTE_TERM)) || occ->end <= occ->start)
            continue;
          m.document = occ->document;
          m.group = g;
          m.occurrence = o;
          m.start = occ->start;
          m.end = occ->end;
          check_quote (self, docs[occ->document], &m, occ->speaker ? occ->speaker : group->speaker);
          g_array_append_val (self->matches, m);
        }
    }
  g_array_sort (self->matches, cmp_match);
  for (guint k = 0; k < self->matches->len; k++)
    {
      const PxSourceMatch *m = &g_array_index (self->matches, PxSourceMatch, k);
      gint64 *key = g_new (gint64, 1);

      *key = ((gint64) m->group << 32) | m->occurrence;
      g_hash_table_insert (self->by_occurrence, key, GUINT_TO_POINTER (k + 1));
    }

  /* The index is only needed while checking. */
  g_clear_pointer (&self->interner, px_interner_free);
  g_clear_pointer (&self->raw, px_interner_free);
  g_clear_pointer (&self->fold_of, g_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->verdicts, g_free);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->words, g_array_unref);
  g_clear_pointer (&self->turns, g_array_unref);
  g_clear_pointer (&self->head, g_free);
  g_clear_pointer (&self->next, g_free);
  return self;
}

void
px_source_check_free (PxSourceCheck *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->matches);
  g_hash_table_unref (self->by_occurrence);
  g_ptr_array_unref (self->notices);
  g_clear_pointer (&self->interner, px_interner_free);
  g_clear_pointer (&self->raw, px_interner_free);
  g_clear_pointer (&self->fold_of, g_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->verdicts, g_free);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->words, g_array_unref);
  g_clear_pointer (&self->turns, g_array_unref);
  g_free (self->head);
  g_free (self->next);
  g_free (self);
}

guint
px_source_check_get_n_sources (PxSourceCheck *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_sources;
}

guint
px_source_check_get_n_matches (PxSourceCheck *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->matches->len;
}

const PxSourceMatch *
px_source_check_get_match (PxSourceCheck *self,
                           guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->matches->len, NULL);
  return &g_array_index (self->matches, PxSourceMatch, index);
}

const PxSourceMatch *
px_source_check_find (PxSourceCheck *self,
                      guint          group,
                      guint          occurrence)
{
  gint64 key = ((gint64) group << 32) | occurrence;
  guint k;

  g_return_val_if_fail (self != NULL, NULL);
  k = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_occurrence, &key));
  return k ? &g_array_index (self->matches, PxSourceMatch, k - 1) : NULL;
}

void
px_source_check_get_tally (PxSourceCheck *self,
                           guint          document,
                           guint         *tally)
{
  g_return_if_fail (self != NULL && tally != NULL);

  memset (tally, 0, PX_SOURCE_N_LABELS * sizeof (guint));
  for (guint k = 0; k < self->matches->len; k++)
    {
      const PxSourceMatch *m = &g_array_index (self->matches, PxSourceMatch, k);

      if (m->document == document)
        tally[m->label]++;
    }
}

const char * const *
px_source_check_get_notices (PxSourceCheck *self,
                             guint         *n_notices)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_notices)
    *n_notices = self->notices->len - 1;
  return (const char * const *) self->notices->pdata;
}
