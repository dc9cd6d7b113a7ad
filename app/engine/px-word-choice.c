/* px-word-choice.c: the same thing named differently by different outlets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Evidence comes from three places, all language-neutral:
 *  - substitutions: in every pair of aligned paragraphs (every pair of
 *    documents, not only against the reference), a short run of words
 *    replaced by another short run between shared words;
 *  - definitions: a name followed by its abbreviation in parentheses,
 *    "Islamic State in Iraq and Syria (ISIS/ISIL)";
 *  - quotations: the words right beside the same quotation in two
 *    outlets ("…," Kerry said / "…," Kerry claimed) are attribution.
 * Words are compared folded (case, typography, punctuation inside words),
 * and a swap of two spellings of one word (a shared stem with short
 * endings: "militant" / "militants") is not a choice.  The variants that
 * evidence links are grouped into sets (connected components), and every
 * variant is then counted over each whole text: an outlet that writes
 * "ISIL" throughout is consistent even where nothing is aligned.  Sets are
 * ranked by how far the outlets' mixes of variants differ.
 *
 * Optional lists per language (word-choice/XX.txt, compiled in) name the
 * function words to trim, the words whose swap is a fact (numbers, days)
 * and attribution verbs; the language is the one whose function words
 * cover most of the text.  Without a list the engine still works.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "px-word-choice.h"
#include "px-word-choice-private.h"
#include "px-compare-private.h"
#include "px-diff.h"
#include "px-diff-private.h"
#include "px-quotes.h"
#include "px-tokenizer.h"
#include "px-word-choice-resources.h"

#define FOLD_FLAGS (PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY | PX_DIFF_IGNORE_PUNCTUATION)

#define MAX_SIDE      3   /* words on a side of a substitution, function words trimmed */
#define MAX_SIDE_RAW  5   /* and before trimming */
#define MIN_CONTEXT   2   /* shared words on each side of a substitution */
#define NEAR_QUOTE    4   /* words after or before a quotation that introduce it */
#define MAX_NAME      8   /* words of a name an abbreviation stands for */
#define MAX_ALIASES   4   /* alternatives in one pair of parentheses */
#define MIN_SCORE     0.5 /* below it, a set is a one-off, not a choice */
#define MIN_LEARNED   3   /* quotations a word must introduce to count as attribution */
#define MAX_SPELLINGS 64  /* occurrences of a variant whose spelling is counted */
#define MAX_IN_PLACE_PLACES 8   /* MAX_IN_PLACE, for Part */
/* Text from which the rows are diffed in two shares, the second on a
 * thread of its own: below it, a second thread costs more processor
 * time than it saves on the clock (see find_substitutions()). */
#define THREADS_MIN_BYTES (512 * 1024)

/* ------------------------------------------------------------------ */
/* Lists per language                                                  */
/* ------------------------------------------------------------------ */

enum {
  L_STOP    = 1 << 0,
  L_TRIVIAL = 1 << 1,
  L_ATTR    = 1 << 2,
};

static char *fold_key (const char *text, gsize len);

static const char * const languages[] = { "en", "de", "fr", "es" };
#define N_LANGUAGES G_N_ELEMENTS (languages)

/* The L_ bits of language l, shifted by L_SHIFT * l: every language's
 * bits for a word come from one lookup. */
#define L_SHIFT 3
#define L_BITS(packed, l) (((packed) >> (L_SHIFT * (l))) & (L_STOP | L_TRIVIAL | L_ATTR))

/* What the lists say of a folded word: its packed L_ bits in every
 * language, and per language the number (from 1) of the line of [forms]
 * that lists it (the forms of one word), or 0. */
typedef struct {
  guint lists;
  guint form[N_LANGUAGES];
} Listed;

/* Bits of the filter that tells most words the lists do not name
 * without looking them up (see listed_word()): 4 KiB. */
#define FILTER_BITS 15

/* Every word the lists name, interned (looked up without a lock: the
 * lookup changes nothing), and what they say of it by its id. */
typedef struct {
  PxInterner *keys;
  GArray *words;     /* of Listed */
  guint8 filter[(1 << FILTER_BITS) / 8];   /* a bit set by filter_bit() for each */
} Lists;

/* A folded word's bit in Lists.filter: FNV-1a of its bytes, which
 * strip_key() works out as it writes them. */
#define FILTER_SEED 14695981039346656037ull
#define FILTER_STEP(h, c) (((h) ^ (guchar) (c)) * 1099511628211ull)
#define FILTER_BIT(h) ((guint32) ((h) >> (64 - FILTER_BITS)))

static inline guint32
filter_bit (const char *key, gsize len)
{
  guint64 h = FILTER_SEED;

  for (gsize i = 0; i < len; i++)
    h = FILTER_STEP (h, key[i]);
  return FILTER_BIT (h);
}

static void fold_key_into (GString *out, const char *text, gsize len, gboolean *symbol, gboolean *digit);

/* Folded into @scratch, kept from one word to the next: a string made
 * and freed for each of the lists' words was a third of reading them. */
static Listed *
listed_add (Lists *lists, GString *scratch, const char *word, gsize len)
{
  gboolean symbol, digit;
  guint32 id, bit;

  fold_key_into (scratch, word, len, &symbol, &digit);
  id = px_interner_intern_key (lists->keys, scratch->str, scratch->len);
  bit = filter_bit (scratch->str, scratch->len);
  lists->filter[bit / 8] |= 1 << (bit % 8);

  if (id >= lists->words->len)
    g_array_set_size (lists->words, id + 1);   /* cleared */
  return &g_array_index (lists->words, Listed, id);
}

static const Lists *
language_lists (void)
{
  static Lists *lists;

  if (g_once_init_enter (&lists))
    {
      Lists *made = g_new0 (Lists, 1);
      GResource *resource = px_word_choice_get_resource ();
      g_autoptr(GString) scratch = g_string_sized_new (64);
      guint n_forms = 0;

      made->keys = px_interner_new (0);
      made->words = g_array_new (FALSE, TRUE, sizeof (Listed));
      for (guint l = 0; l < N_LANGUAGES; l++)
        {
          g_autofree char *path = g_strdup_printf ("/io/github/parallax/word-choice/%s.txt", languages[l]);
          g_autoptr(GBytes) bytes = g_resource_lookup_data (resource, path, 0, NULL);
          g_auto(GStrv) lines = NULL;
          guint bit = 0;
          gboolean forms = FALSE;

          if (bytes == NULL)
            continue;
          lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
          for (guint i = 0; lines[i]; i++)
            {
              char *line = g_strstrip (lines[i]);

              if (*line == '\0' || *line == '#')
                continue;
              if (g_str_equal (line, "[forms]"))
                bit = 0, forms = TRUE;
              else if (forms && *line != '[')
                {
                  n_forms++;
                  /* The words between spaces, read in place. */
                  for (const char *w = line; *w; )
                    {
                      const char *end = strchr (w, ' ');
                      gsize len = end ? (gsize) (end - w) : strlen (w);

                      if (len > 0)
                        listed_add (made, scratch, w, len)->form[l] = n_forms;
                      w += len + (end != NULL);
                    }
                }
              else if (g_str_equal (line, "[stop]"))
                bit = L_STOP, forms = FALSE;
              else if (g_str_equal (line, "[trivial]"))
                bit = L_TRIVIAL, forms = FALSE;
              else if (g_str_equal (line, "[attribution]"))
                bit = L_ATTR, forms = FALSE;
              else if (bit != 0)
                listed_add (made, scratch, line, strlen (line))->lists |= bit << (L_SHIFT * l);
            }
        }
      g_once_init_leave (&lists, made);
    }
  return lists;
}

/* What the lists say of the folded word @key, or NULL.  Every word of
 * the documents is asked for once, and most are not listed: their bit
 * of the filter, clear, says so from 4 KiB that stay in the cache,
 * where the lists' table was a cache miss a word, and a sixth of word
 * choice on the sample event (perf, in bench-phases). */
static const Listed *
listed_word_at (const Lists *lists, const char *key, gsize len, guint32 bit)
{
  guint32 id;

  if (!(lists->filter[bit / 8] & (1 << (bit % 8))))
    return NULL;
  id = px_interner_lookup_key (lists->keys, key, len);

  return id == G_MAXUINT32 ? NULL : &g_array_index (lists->words, Listed, id);
}

static const Listed *
listed_word (const char *key, gsize len)
{
  return listed_word_at (language_lists (), key, len, filter_bit (key, len));
}

/* ------------------------------------------------------------------ */
/* Words                                                               */
/* ------------------------------------------------------------------ */

enum {
  W_CAP          = 1 << 0,  /* starts with a capital */
  W_UPPER        = 1 << 1,  /* two letters or more, all capitals: an abbreviation */
  W_OPEN         = 1 << 2,  /* right after "(" */
  W_CLOSE        = 1 << 3,  /* right before ")" */
  W_SLASH        = 1 << 4,  /* right after "/" */
  W_PUNCT_BEFORE = 1 << 5,  /* punctuation between it and the word before */
  W_IN_QUOTE     = 1 << 6,
  W_NEAR_QUOTE   = 1 << 7,  /* among the few words before or after a quotation */
  W_PARA_START   = 1 << 8,
  W_BREAK_BEFORE = 1 << 9,  /* punctuation other than a hyphen or apostrophe before it */
};

/* What a folded word is: set once the language is known. */
enum {
  I_STOP    = L_STOP,
  I_TRIVIAL = L_TRIVIAL,
  I_ATTR    = L_ATTR,
  I_DIGIT   = 1 << 3,
};

typedef struct {
  guint32 start;
  guint32 end;
  guint32 flags;
} Word;

typedef struct {
  const char *text;
  guint32 *ids;       /* per word */
  Word *words;
  guint n_words;
  guint *para_first;  /* per paragraph its first word; [n_paras] = n_words */
  guint n_paras;
  guint32 *content_before;  /* per word, the words before it that are no
                             * function words; [n_words]: all of them */
  guint *opens;       /* the words right after "(", in order */
  guint n_opens;
} Doc;

/* A paragraph read, by the hash of its comparison word ids; its
 * tokens kept here, which the getter would check again for every
 * paragraph compared with it. */
typedef struct {
  guint32 hash;
  guint32 doc1;       /* its document + 1; 0: an empty slot (the table is
                       * made cleared, not filled) */
  guint32 para;
  guint32 n_tokens;
  const PxToken *tokens;
} SeenPara;

typedef struct {
  char *key;          /* in Finder.key_text */
  guint key_len;
  guint count;        /* tokens over all documents */
  guint flags;        /* I_ bits */
  const Listed *listed;
  guint form;         /* its line in the language's [forms], or 0 */
} IdInfo;

/* A way a variant is written, line breaks and tabs as spaces. */
typedef struct {
  char *text;
  gsize len;
  guint count;
} Spelling;

typedef struct {
  guint32 *ids;
  guint n;
  guint index;
  gboolean attribution;
  GArray *spellings;       /* of Spelling: the texts it is written as */
  PxWordChoiceVariant *variant;
  guint n_occ;             /* its places, while they are counted */
} Node;

typedef struct {
  guint a, b;         /* node indices, a < b */
  guint substitutions;
  gboolean alias;
  gboolean attribution;
  /* Where its substitutions stood: of guint[3], the row and the two
   * documents whose cells were compared (see took_part()). */
  guint *where;
  guint n_where, where_room;   /* places in it (a plain array: appending to a
                                * GArray was a sixth of counting the swaps) */
} Edge;

typedef struct {
  PxComparison *cmp;
  const Lists *lists;      /* language_lists() */
  const gint *cancel;
  guint n_parts;           /* shares of the rows diffed apart; 0: by size */
  guint n_docs;
  Doc *docs;
  const PxInterner *cmp_keys;  /* the comparison's word keys, by its ids */
  PxInterner *extra_keys;  /* match keys (see key_id) it has not */
  GArray *of_extra;        /* of guint32: their ids */
  GStringChunk *key_text;  /* the IdInfo's keys */
  GString *fold;           /* a word being folded */
  GString *match;          /* and its match key */
  guint32 *of_cmp_id;      /* the comparison's word id -> ours, or G_MAXUINT32 */
  guint n_cmp_ids;
  PxInterner *spellings;   /* words as written, of primary sources */
  GArray *spelling_ids;    /* per spelling: its folded id */
  IdInfo *info;            /* by id */
  guint n_info, info_room;
  gboolean has_attr_list;
  GHashTable *node_of;     /* of Node, by its ids */
  GPtrArray *nodes;        /* of Node */
  GHashTable *edges;       /* guint64 pair -> Edge */
  GString *scratch;
  GString *joined[2];      /* see same_spelling */
  GHashTable *swaps;       /* of Swap: what two sides' words came to; NULL: no cache */
  GArray *quote_spans;     /* of guint[2]: each quotation occurrence's first and end word */
  guint *row_same;         /* by row, then document: the first document whose cell is
                            * the same word for word (part_substitutions()) */
  guint8 *kinds;           /* by id: its I_ bits (IdInfo.flags), once the language is
                            * known; the diffs of cells ask for every word, and a byte
                            * per id stays in the cache where an IdInfo does not */
  guint change_row;        /* the row of the change being considered */
  PxWordChoiceTuning tuning;
  /* The paragraphs read so far, by the hash of their word ids (see
   * copied_paragraph()): open addressing, seen_mask + 1 slots. */
  SeenPara *seen;
  guint seen_mask;
} Finder;

/* What consider_change() can make of a change, known from its words
 * alone (weigh_change()). */
typedef enum {
  WEIGHED_NOTHING,   /* nothing */
  WEIGHED_SWAP,      /* at most a swap of its sides, function words trimmed */
  WEIGHED_OTHER,     /* attribution verbs, maybe with a swap before them */
} Weighed;

/* A substitution found between aligned paragraphs: words [a0, a1) of
 * document x replaced by words [b0, b1) of document y; for a swap
 * (WEIGHED_SWAP), the words that name something, trimmed. */
typedef struct {
  guint x, a0, a1;
  guint y, b0, b1;
  guint row;
  Weighed weighed;
} Change;

/* One share of the rows, diffed on its own thread when the comparison is
 * large enough for the comparison itself to use two: the diffs only read
 * the documents' words, and the changes they find are taken in the
 * rows' order afterwards, so the sets are the same either way. */
typedef struct {
  Finder *f;
  guint first_row, end_row;
  guint row;               /* the row being compared */
  guint32 *local;          /* by id, its number + 1 in the cells being diffed; else 0 */
  guint32 *local_ids;      /* the cells' words by those numbers */
  gsize n_local_ids;
  /* The diff's buffers, kept from one pair of cells to the next. */
  PxDiffScratch scratch;
  guint8 *marks;           /* n_local_ids */
  PxDiffOp *runs;          /* the cells' runs */
  guint n_runs, runs_room;
  Change *changes;         /* in the order found: a plain array, where appending
                            * to a GArray was a twentieth of diffing the rows */
  guint n_changes, changes_room;
  gboolean near_copies;    /* cells of one length by near_copy() */
  guint place[MAX_IN_PLACE_PLACES];   /* where two cells differ in place (NEAR_IN_PLACE) */
  guint n_places;
} Part;

static gboolean
cancelled (Finder *f)
{
  return f->cancel != NULL && g_atomic_int_get (f->cancel) != 0;
}

static IdInfo *
id_info (Finder *f, guint32 id)
{
  return &f->info[id];
}

/* What word @id is: its I_ bits. */
static inline guint
kind_of (const Finder *f, guint32 id)
{
  return f->kinds[id];
}

/* Whether word @id is a function word (I_STOP). */
static inline gboolean
is_stop (const Finder *f, guint32 id)
{
  return kind_of (f, id) & I_STOP;
}

/* What an ASCII character is to folding: Unicode's punctuation
 * (px_diff_fold() drops it from words), or a symbol that only the
 * interner's ASCII folding drops (g_ascii_ispunct: $+<=>^`|~). */
enum { A_PUNCT = 1, A_SYMBOL = 2, A_DIGIT = 4 };

static const guint8 *
ascii_classes (void)
{
  static guint8 *classes;

  if (g_once_init_enter (&classes))
    {
      guint8 *made = g_new0 (guint8, 128);

      for (guint c = 0; c < 128; c++)
        made[c] = px_diff_is_punctuation (c) ? A_PUNCT : g_ascii_ispunct (c) ? A_SYMBOL :
                  g_ascii_isdigit (c) ? A_DIGIT : 0;
      g_once_init_leave (&classes, made);
    }
  return classes;
}

static gboolean
has_digit (const char *key)
{
  for (const char *p = key; *p; )
    {
      if (!((guchar) *p & 0x80))
        {
          if (g_ascii_isdigit (*p))
            return TRUE;
          p++;
          continue;
        }
      if (g_unichar_isdigit (g_utf8_get_char (p)))
        return TRUE;
      p = g_utf8_next_char (p);
    }
  return FALSE;
}

/* px_diff_fold (@text, @len, FOLD_FLAGS, TRUE) into @out, with plain
 * ASCII, most words, folded here: that is its lower case without the
 * characters Unicode calls punctuation, and px_diff_fold()'s case
 * folding and normalisation of every new word were half of word
 * choice's work on the sample (callgrind).  *@symbol tells whether plain
 * ASCII @text has one of the symbols the interner's folding also
 * drops, *@digit whether the key has a digit. */
static void
fold_key_into (GString *out, const char *text, gsize len, gboolean *symbol, gboolean *digit)
{
  const guint8 *classes = ascii_classes ();
  char *p;
  gsize n = 0;
  gboolean sym = FALSE, dig = FALSE;

  if (out->allocated_len <= len)
    g_string_set_size (out, len);
  p = out->str;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = text[i];

      if (c & 0x80)
        {
          g_autofree char *folded = px_diff_fold (text, len, FOLD_FLAGS, TRUE);

          *symbol = FALSE;
          *digit = has_digit (folded);
          g_string_assign (out, folded);
          return;
        }
      if (c == '\0')
        break;
      if (classes[c] == A_PUNCT)
        continue;
      sym |= classes[c] == A_SYMBOL;
      dig |= c >= '0' && c <= '9';
      p[n++] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
  /* The string's fields, set directly: this runs for every new word. */
  p[n] = '\0';
  out->len = n;
  *symbol = sym;
  *digit = dig;
}

static char *
fold_key (const char *text, gsize len)
{
  GString *key = g_string_sized_new (len);
  gboolean symbol, digit;

  fold_key_into (key, text, len, &symbol, &digit);
  return g_string_free (key, FALSE);
}

/* Hyphens and apostrophes join words; other punctuation parts them. */
static gboolean
is_joiner (const char *text, gsize len)
{
  gunichar c;

  if (len == 1)
    return text[0] == '-' || text[0] == '\'';
  c = g_utf8_get_char (text);

  return g_utf8_next_char (text) == text + len &&
         (c == '-' || c == '\'' || c == 0x2019 || c == 0x2010 || c == 0x2011 || c == 0x00AD);
}

static guint32
word_flags (const char *text, gsize len)
{
  gunichar c;
  guint letters = 0, upper = 0;
  guint32 flags = 0;
  gsize i;

  /* A small letter first, most words: no capital, no abbreviation. */
  if (len > 0 && text[0] >= 'a' && text[0] <= 'z')
    return 0;
  /* Plain ASCII: no Unicode tables.  A small letter rules out an
   * abbreviation, whatever follows ("Kerry"): only the capital is left
   * to tell, and an ASCII first character tells it as the Unicode
   * tables would. */
  for (i = 0; i < len && !((guchar) text[i] & 0x80); i++)
    if (text[i] >= 'a' && text[i] <= 'z')
      return g_ascii_isupper (text[0]) ? W_CAP : 0;
    else if (g_ascii_isalpha (text[i]))
      letters++, upper += g_ascii_isupper (text[i]) != 0;
  if (i == len)
    return (g_ascii_isupper (text[0]) ? W_CAP : 0) | (letters >= 2 && upper == letters ? W_UPPER : 0);

  letters = upper = 0;
  c = g_utf8_get_char (text);

  if (g_unichar_isupper (c) || g_unichar_istitle (c))
    flags |= W_CAP;
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      c = g_utf8_get_char (p);
      if (g_unichar_isalpha (c))
        letters++, upper += g_unichar_isupper (c) != 0;
    }
  if (letters >= 2 && upper == letters)
    flags |= W_UPPER;
  return flags;
}

/* Word choice's key of the comparison's key @k (@len bytes, case and
 * typography folded): @k without the characters Unicode calls
 * punctuation ("u.s." is "us"), into @out; px_diff_fold (text, len,
 * FOLD_FLAGS, TRUE) gives the same from the text.  *@symbol tells whether
 * an all-ASCII @k has one of the symbols $+<=>^`|~ that an interner's
 * folding also drops, *@digit whether the key has a digit, and *@bit
 * is the key's bit in the lists' filter (filter_bit()), worked out on
 * the way rather than in a second pass over the key. */
static void
strip_key (GString *out, const char *k, gsize len, gboolean *symbol, gboolean *digit, guint32 *bit)
{
  const guint8 *classes = ascii_classes ();
  gboolean ascii = TRUE, sym = FALSE, dig = FALSE;
  gsize n = 0;
  guint64 h = FILTER_SEED;
  char *o;

  if (out->allocated_len <= len)
    g_string_set_size (out, len);
  o = out->str;
  for (const char *p = k, *end = k + len; p < end; )
    {
      guchar c = *p;
      gunichar u;
      const char *next;

      if (c < 0x80)
        {
          guint8 class = classes[c];

          p++;
          /* Most characters are none of these: one test. */
          if (G_LIKELY (class == 0))
            {
              o[n++] = c;
              h = FILTER_STEP (h, c);
              continue;
            }
          if (class == A_PUNCT)
            continue;
          sym |= class == A_SYMBOL;
          dig |= class == A_DIGIT;
          o[n++] = c;
          h = FILTER_STEP (h, c);
          continue;
        }
      ascii = FALSE;
      u = g_utf8_get_char_validated (p, end - p);
      /* A byte that is no character is kept as it is, as folding does. */
      next = (gint32) u < 0 ? p + 1 : g_utf8_next_char (p);
      if ((gint32) u >= 0 && px_diff_is_punctuation (u))
        {
          p = next;
          continue;
        }
      dig |= (gint32) u >= 0 && g_unichar_isdigit (u);
      while (p < next)
        {
          h = FILTER_STEP (h, *p);
          o[n++] = *p++;
        }
    }
  /* The string's fields, set directly: this runs for every new word. */
  o[n] = '\0';
  out->len = n;
  *symbol = ascii && sym;
  *digit = dig;
  *bit = FILTER_BIT (h);
}

/* Where the id of the words whose match key (see key_id()) is @match
 * is kept: by the comparison's id of that key, when it has one, else by
 * a number of our own. */
static guint32 *
match_slot (Finder *f, const char *match, gsize len)
{
  guint32 c = f->cmp_keys != NULL ? px_interner_lookup_key (f->cmp_keys, match, len) : G_MAXUINT32;
  guint32 extra;

  if (c != G_MAXUINT32)
    return &f->of_cmp_id[c];
  if (f->extra_keys == NULL)
    {
      f->extra_keys = px_interner_new (0);
      f->of_extra = g_array_new (FALSE, FALSE, sizeof (guint32));
    }
  extra = px_interner_intern_key (f->extra_keys, match, len);
  if (extra >= f->of_extra->len)
    {
      guint32 none = G_MAXUINT32;

      g_array_append_val (f->of_extra, none);
    }
  return &g_array_index (f->of_extra, guint32, extra);
}

/* The id of the words whose comparison key is @k (@len bytes), @cmp_id
 * in the comparison or G_MAXUINT32: one per key that strip_key() makes,
 * but all-ASCII keys that differ only by the symbols $+<=>^`|~ share
 * one too ("US$" is "US", shown as the first one's key), as when an
 * interner numbered them.  Ids are numbered in the order the words
 * come, and a new one gets its IdInfo.  Most keys need nothing
 * stripped and are their comparison id's own: nothing is hashed or
 * copied for them but their key's text. */
static guint32
key_id (Finder *f, const char *k, gsize len, guint32 cmp_id)
{
  gboolean symbol, digit;
  GString *key = f->fold;
  guint32 *slot, id, bit;
  IdInfo info = { NULL, 0, 0, 0, NULL, 0 };

  strip_key (key, k, len, &symbol, &digit, &bit);
  if (!symbol && key->len == len && cmp_id != G_MAXUINT32)
    slot = &f->of_cmp_id[cmp_id];
  else if (!symbol)
    slot = match_slot (f, key->str, key->len);
  else
    {
      GString *match = f->match;

      g_string_truncate (match, 0);
      for (gsize j = 0; j < key->len; j++)
        if (!g_ascii_ispunct (key->str[j]))
          g_string_append_c (match, key->str[j]);
      slot = match_slot (f, match->str, match->len);
    }
  if (*slot != G_MAXUINT32)
    return *slot;
  id = *slot = f->n_info;
  info.key = g_string_chunk_insert_len (f->key_text, key->str, key->len);
  info.key_len = key->len;
  info.listed = listed_word_at (f->lists, key->str, key->len, bit);
  if (digit)
    info.flags |= I_DIGIT;
  if (f->n_info == f->info_room)
    {
      f->info_room = 2 * f->info_room + 64;
      f->info = g_renew (IdInfo, f->info, f->info_room);
    }
  f->info[f->n_info++] = info;
  return id;
}

/* word_id() of a word not met before. */
static guint32
new_word_id (Finder *f, guint32 cmp_id, const char *text, gsize len)
{
  guint32 spelling, id;

  if (cmp_id < f->n_cmp_ids)
    {
      gsize klen;
      const char *k = px_interner_get_key (f->cmp_keys, cmp_id, &klen);

      /* key_id() may have filled it, for another id's key. */
      id = key_id (f, k, klen, cmp_id);
      f->of_cmp_id[cmp_id] = id;
      return id;
    }
  /* A primary source's words, which the comparison did not intern: each
   * spelling is folded once, as the comparison folds words. */
  if (f->spellings == NULL)
    f->spellings = px_interner_new (0);
  spelling = px_interner_intern (f->spellings, text, len, PX_TOKEN_WORD);
  if (spelling >= f->spelling_ids->len)
    {
      g_autofree char *k = NULL;
      gboolean ascii = TRUE;
      guint32 c;

      for (gsize i = 0; i < len && ascii; i++)
        ascii = !((guchar) text[i] & 0x80);
      k = ascii ? g_ascii_strdown (text, len) : px_diff_fold (text, len, PX_DIFF_IGNORE_CASE | PX_DIFF_FOLD_TYPOGRAPHY, TRUE);
      c = f->cmp_keys != NULL ? px_interner_lookup_key (f->cmp_keys, k, strlen (k)) : G_MAXUINT32;
      if (c != G_MAXUINT32 && c < f->n_cmp_ids)
        id = f->of_cmp_id[c] != G_MAXUINT32 ? f->of_cmp_id[c] : new_word_id (f, c, text, len);
      else
        id = key_id (f, k, strlen (k), G_MAXUINT32);
      g_array_append_val (f->spelling_ids, id);
    }
  return g_array_index (f->spelling_ids, guint32, spelling);
}

/* The id of word @text, which the comparison interned as @cmp_id (case
 * and typography folded; G_MAXUINT32 for none): each of the
 * comparison's ids is looked at once, from its key, not each word. */
static inline guint32
word_id (Finder *f, guint32 cmp_id, const char *text, gsize len)
{
  if (G_LIKELY (cmp_id < f->n_cmp_ids) && f->of_cmp_id[cmp_id] != G_MAXUINT32)
    return f->of_cmp_id[cmp_id];
  return new_word_id (f, cmp_id, text, len);
}

/* A paragraph read before whose text is that of paragraph @p of
 * document @d byte for byte (its @n_tokens @tokens, the hash the
 * comparison made of its word ids @hash): tokenised from the same text, its
 * words are the same but for where they stand, and are copied rather
 * than read again token by token.  Outlets that run one wire story
 * repeat most of its paragraphs.  Returns that paragraph's document,
 * with the paragraph in *@q and how many bytes further on paragraph @p
 * stands (modulo 2^32) in *@shift; or NULL, after noting paragraph @p
 * as read (it must be read before the next call).  The hash is the
 * aligner's, not one of our own: the ids and tokens of a paragraph
 * are not in the cache when it is read, and hashing the ids, then
 * finding the text's length from its last token, before the words
 * were read in order, was a sixth of reading the documents (perf, in
 * bench-phases); they are looked at only for a paragraph whose hash
 * matches. */
static const Doc *
copied_paragraph (Finder *f, guint d, guint p, const PxToken *tokens, guint n_tokens,
                  guint64 hash, guint *q, guint32 *shift)
{
  guint32 h = (guint32) (hash ^ (hash >> 32)), i;

  for (i = h & f->seen_mask; f->seen[i].doc1 != 0; i = (i + 1) & f->seen_mask)
    {
      const SeenPara *seen = &f->seen[i];
      const Doc *other;
      const PxToken *other_tokens = seen->tokens;
      guint32 len;

      /* The same tokens, the same bytes: then the same word ids too,
       * which are the tokens' folded. */
      if (seen->hash != h || seen->n_tokens != n_tokens)
        continue;
      other = &f->docs[seen->doc1 - 1];
      len = tokens[n_tokens - 1].start + tokens[n_tokens - 1].len - tokens[0].start;
      if (other_tokens[n_tokens - 1].start + other_tokens[n_tokens - 1].len - other_tokens[0].start == len &&
          memcmp (other->text + other_tokens[0].start, f->docs[d].text + tokens[0].start, len) == 0)
        {
          *q = seen->para;
          *shift = tokens[0].start - other_tokens[0].start;
          return other;
        }
    }
  f->seen[i] = (SeenPara) { h, d + 1, p, n_tokens, tokens };
  return NULL;
}

static void
build_doc (Finder *f, Doc *doc, guint d)
{
  PxDocument *document = px_comparison_get_document (f->cmp, d);
  g_autofree const PxToken **para_tokens = NULL;
  g_autofree guint *para_n_tokens = NULL;
  Word *words;
  guint32 *ids;
  guint n_all = 0, n = 0;

  const char *doc_text;

  doc->text = doc_text = px_document_get_text (document, NULL);
  doc->n_paras = px_document_get_n_paragraphs (document);
  doc->para_first = g_new (guint, doc->n_paras + 1);
  /* Sized for every token at once: grown a word at a time, the arrays'
   * copying took a tenth of the word-choice step, and appending to a
   * GArray a word at a time still a twentieth (perf). */
  /* Each paragraph's tokens asked for once: the getter checks its
   * arguments every time. */
  para_tokens = g_new (const PxToken *, MAX (doc->n_paras, 1));
  para_n_tokens = g_new (guint, MAX (doc->n_paras, 1));
  for (guint p = 0; p < doc->n_paras; p++)
    {
      para_tokens[p] = px_document_get_paragraph_tokens (document, p, &para_n_tokens[p]);
      n_all += para_n_tokens[p];
    }
  /* Set now: copied_paragraph() may copy from this document's own
   * paragraphs read before. */
  doc->words = words = g_new (Word, MAX (n_all, 1));
  doc->ids = ids = g_new (guint32, MAX (n_all, 1));
  doc->n_opens = 0;
  doc->opens = NULL;
  for (guint p = 0; p < doc->n_paras; p++)
    {
      guint n_tokens = para_n_tokens[p];
      const PxToken *tokens = para_tokens[p];
      guint n_punct = 0, n_cmp = 0, k = 0, q;
      guint32 shift;
      guint64 hash;
      const guint32 *cmp_ids = px_comparison_get_paragraph_word_ids (f->cmp, d, p, &n_cmp, &hash);
      const Doc *copy;
      char last_punct = 0;
      /* The flags the next word gets from what stands before it. */
      guint32 before = W_PARA_START;

      doc->para_first[p] = n;
      if (f->seen != NULL && n_cmp > 0 &&
          (copy = copied_paragraph (f, d, p, tokens, n_tokens, hash, &q, &shift)) != NULL)
        {
          guint first = copy->para_first[q], end = copy->para_first[q + 1];

          for (guint i = first; i < end; i++)
            {
              Word w = copy->words[i];
              guint32 id = copy->ids[i];

              if (w.flags & W_OPEN)
                {
                  if ((doc->n_opens & (doc->n_opens + 1)) == 0)
                    doc->opens = g_renew (guint, doc->opens, 2 * doc->n_opens + 1);
                  doc->opens[doc->n_opens++] = n;
                }
              words[n] = (Word) { w.start + shift, w.end + shift, w.flags };
              f->info[id].count++;
              ids[n++] = id;
            }
          continue;
        }
      /* Each token read once into a local: the fields of a token
       * behind a pointer were read again after every store (callgrind). */
      for (const PxToken *tok = tokens, *end = tokens + n_tokens; tok < end; tok++)
        {
          const PxToken tk = *tok;
          const char *text = doc_text + tk.start;
          guint32 id;

          if (tk.kind == PX_TOKEN_SPACE)
            continue;
          if (tk.kind == PX_TOKEN_WORD)
            {
              guint32 flags = before;

              id = word_id (f, k < n_cmp ? cmp_ids[k] : G_MAXUINT32, text, tk.len);
              k++;
              /* A small letter first, most words: no capital, no
               * abbreviation. */
              if (!(text[0] >= 'a' && text[0] <= 'z'))
                flags |= word_flags (text, tk.len);
              if (n_punct == 1 && last_punct == '(')
                {
                  /* find_definitions() looks at these words only. */
                  flags |= W_OPEN;
                  if ((doc->n_opens & (doc->n_opens + 1)) == 0)
                    doc->opens = g_renew (guint, doc->opens, 2 * doc->n_opens + 1);
                  doc->opens[doc->n_opens++] = n;
                }
              else if (n_punct == 1 && last_punct == '/')
                flags |= W_SLASH;
              words[n] = (Word) { tk.start, tk.start + tk.len, flags };
              f->info[id].count++;
              ids[n++] = id;
              n_punct = 0;
              before = 0;
            }
          else if (tk.kind == PX_TOKEN_PUNCT)
            {
              if (tk.len == 1 && *text == ')' && n_punct == 0 && n > doc->para_first[p])
                words[n - 1].flags |= W_CLOSE;
              n_punct++;
              last_punct = tk.len == 1 ? *text : '?';
              before |= W_PUNCT_BEFORE;
              if (!is_joiner (text, tk.len))
                before |= W_BREAK_BEFORE;
            }
        }
    }
  doc->para_first[doc->n_paras] = n;
  doc->n_words = n;
}

/* The language whose function words cover most of the words, when they
 * cover a tenth of them at least: its lists give the words' I_ bits. */
static void
apply_language (Finder *f)
{
  guint64 cover[N_LANGUAGES] = { 0 }, total = 0;
  int best = -1;

  for (guint id = 0; id < f->n_info; id++)
    {
      IdInfo *info = id_info (f, id);

      total += info->count;
      for (guint l = 0; info->listed != NULL && l < N_LANGUAGES; l++)
        if (L_BITS (info->listed->lists, l) & L_STOP)
          cover[l] += info->count;
    }
  for (guint l = 0; l < N_LANGUAGES; l++)
    if (cover[l] * 10 >= total && total > 0 && (best < 0 || cover[l] > cover[best]))
      best = l;
  if (best < 0)
    return;
  for (guint id = 0; id < f->n_info; id++)
    {
      IdInfo *info = id_info (f, id);
      guint bits;

      if (info->listed == NULL)
        continue;
      bits = L_BITS (info->listed->lists, best);
      info->form = info->listed->form[best];

      info->flags |= bits & (I_STOP | I_TRIVIAL | I_ATTR);
      f->has_attr_list |= (bits & L_ATTR) != 0;
    }
}

/* Forms of one word by the language's [forms] list ("said", "says",
 * "say") are one word, as case or typography are: each document's ids
 * of a form are to become the id of the form used most (of those used
 * as often, the one seen first), so no diff sees them differ and a
 * variant counts them all.  Returns each id's id to become, or NULL
 * when none changes; count_content() changes them, in its pass over
 * the words. */
static guint32 *
merge_forms (Finder *f)
{
  g_autoptr(GHashTable) first = g_hash_table_new (NULL, NULL);   /* form -> id + 1 */
  g_autofree guint32 *canon = g_new (guint32, MAX (f->n_info, 1));
  gboolean any = FALSE;

  for (guint32 id = 0; id < f->n_info; id++)
    {
      guint form = id_info (f, id)->form;
      gpointer seen;

      canon[id] = id;
      if (form == 0)
        continue;
      seen = g_hash_table_lookup (first, GUINT_TO_POINTER (form));
      if (seen == NULL || id_info (f, id)->count > id_info (f, GPOINTER_TO_UINT (seen) - 1)->count)
        g_hash_table_insert (first, GUINT_TO_POINTER (form), GUINT_TO_POINTER (id + 1));
      any |= seen != NULL;
    }
  if (!any)
    return NULL;
  for (guint32 id = 0; id < f->n_info; id++)
    if (id_info (f, id)->form != 0)
      canon[id] = GPOINTER_TO_UINT (g_hash_table_lookup (first, GUINT_TO_POINTER (id_info (f, id)->form))) - 1;
  return g_steal_pointer (&canon);
}

/* Each document's running count of words that are no function words:
 * compare_cells() asks how many a stretch of words has, for every pair
 * of cells, and counting them word by word was a tenth of the work.
 * The ids merge_forms() gave, @canon (or NULL), are set on the way: one
 * pass over the words, not two. */
static void
count_content (Finder *f, const guint32 *canon)
{
  f->kinds = g_new (guint8, MAX (f->n_info, 1));
  for (guint32 id = 0; id < f->n_info; id++)
    f->kinds[id] = id_info (f, id)->flags;
  for (guint d = 0; d < f->n_docs; d++)
    {
      Doc *doc = &f->docs[d];
      guint32 n = 0;

      doc->content_before = g_new (guint32, doc->n_words + 1);
      for (guint k = 0; k < doc->n_words; k++)
        {
          if (canon != NULL)
            doc->ids[k] = canon[doc->ids[k]];
          doc->content_before[k] = n;
          n += !is_stop (f, doc->ids[k]);
        }
      doc->content_before[doc->n_words] = n;
    }
}

/* The words of @doc in [k0, k1) that are no function words. */
static inline guint
content_in (const Doc *doc, guint k0, guint k1)
{
  return doc->content_before[k1] - doc->content_before[k0];
}

/* The first word of @doc that starts at or after @offset. */
static guint
word_at (Doc *doc, guint32 offset)
{
  guint lo = 0, hi = doc->n_words;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (doc->words[mid].start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
mark_quotes (Finder *f)
{
  GPtrArray *groups = px_comparison_get_quotes (f->cmp);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (guint) * 3);

  for (guint g = 0; groups && g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);

      for (guint o = 0; o < group->occurrences->len; o++)
        {
          const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, o);
          Doc *doc;
          guint span[3];

          if (occ->document >= f->n_docs)
            continue;
          doc = &f->docs[occ->document];
          span[0] = occ->document;
          span[1] = word_at (doc, occ->start);
          span[2] = word_at (doc, occ->end);
          for (guint k = span[1]; k < span[2]; k++)
            doc->words[k].flags |= W_IN_QUOTE;
          g_array_append_val (spans, span);
          /* Kept for find_attributions(), which looks at the same
           * occurrences in the same order. */
          g_array_append_vals (f->quote_spans, span + 1, 1);
        }
    }
  for (guint s = 0; s < spans->len; s++)
    {
      const guint *span = &g_array_index (spans, guint, 3 * s);
      Doc *doc = &f->docs[span[0]];

      for (guint k = span[2]; k < doc->n_words && k < span[2] + NEAR_QUOTE; k++)
        {
          if ((doc->words[k].flags & W_IN_QUOTE) || (k > span[2] && (doc->words[k].flags & W_PARA_START)))
            break;
          doc->words[k].flags |= W_NEAR_QUOTE;
        }
      for (guint k = span[1]; k > 0 && k + NEAR_QUOTE > span[1]; k--)
        {
          if ((doc->words[k - 1].flags & W_IN_QUOTE) || (k < doc->n_words && (doc->words[k].flags & W_PARA_START)))
            break;
          doc->words[k - 1].flags |= W_NEAR_QUOTE;
        }
    }
  g_array_unref (spans);
}

/* ------------------------------------------------------------------ */
/* Variants and the evidence linking them                              */
/* ------------------------------------------------------------------ */

/* Nodes are found by their ids themselves: a key spelt out in
 * hexadecimal cost more than the rest of looking one up. */
static guint
node_hash (gconstpointer data)
{
  const Node *node = data;
  guint32 h = 2166136261u ^ node->n;

  for (guint i = 0; i < node->n; i++)
    h = (h ^ node->ids[i]) * 16777619u;
  return h;
}

static gboolean
node_equal (gconstpointer a, gconstpointer b)
{
  const Node *x = a, *y = b;

  return x->n == y->n && memcmp (x->ids, y->ids, x->n * sizeof (guint32)) == 0;
}

static Node *
get_node (Finder *f, const guint32 *ids, guint n)
{
  Node probe = { (guint32 *) ids, n, 0, FALSE, NULL, NULL };
  Node *node = g_hash_table_lookup (f->node_of, &probe);

  if (node != NULL)
    return node;
  node = g_new0 (Node, 1);
  node->ids = g_memdup2 (ids, n * sizeof (guint32));
  node->n = n;
  node->index = f->nodes->len;
  g_ptr_array_add (f->nodes, node);
  g_hash_table_add (f->node_of, node);
  return node;
}

static void
node_free (gpointer data)
{
  Node *node = data;

  g_free (node->ids);
  if (node->spellings != NULL)
    {
      for (guint i = 0; i < node->spellings->len; i++)
        g_free (g_array_index (node->spellings, Spelling, i).text);
      g_array_unref (node->spellings);
    }
  g_free (node);
}

static void
edge_free (gpointer data)
{
  Edge *edge = data;

  g_free (edge->where);
  g_free (edge);
}

static Edge *
get_edge (Finder *f, Node *x, Node *y)
{
  guint a = MIN (x->index, y->index), b = MAX (x->index, y->index);
  guint64 key = ((guint64) a << 32) | b;
  Edge *edge = g_hash_table_lookup (f->edges, &key);

  if (edge == NULL)
    {
      guint64 *k = g_new (guint64, 1);

      *k = key;
      edge = g_new0 (Edge, 1);
      edge->a = a;
      edge->b = b;
      g_hash_table_insert (f->edges, k, edge);
    }
  return edge;
}

/* Two spellings of one word: a shared stem of four bytes or more with
 * endings of at most four ("militant" / "militants", "Iran" / "Iran's"). */
static gboolean
same_stem (const char *x, const char *y)
{
  gsize p = 0, lx = strlen (x), ly = strlen (y);

  if (g_str_equal (x, y))
    return TRUE;
  while (x[p] && x[p] == y[p])
    p++;
  while (p > 0 && ((guchar) x[p] & 0xC0) == 0x80)   /* not inside a character */
    p--;
  if (p >= 4 && lx - p <= 4 && ly - p <= 4)
    return TRUE;
  /* A plural or possessive "s" ("EU" / "EU's"). */
  return p >= 2 && ((lx == p && ly == p + 1 && y[p] == 's') || (ly == p && lx == p + 1 && x[p] == 's'));
}

/* Two words that are one, spelt or inflected apart: a shared stem, or
 * forms of one word by the language's list ("say" / "said", which
 * share too little to tell by their letters). */
static gboolean
same_word (Finder *f, guint32 x, guint32 y)
{
  const IdInfo *a = id_info (f, x), *b = id_info (f, y);

  return x == y || (a->form != 0 && a->form == b->form) || same_stem (a->key, b->key);
}

static gboolean
same_words (Finder *f, const guint32 *a, guint na, const guint32 *b, guint nb)
{
  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (!same_word (f, a[i], b[i]))
      return FALSE;
  return TRUE;
}

/* The attribution verb among @n words from @w: the first word not
 * capitalised (names are), not a function word, not a number. */
static int
find_verb (Finder *f, Doc *doc, guint w, guint n)
{
  for (guint k = w; k < w + n && k < doc->n_words; k++)
    {
      guint flags = id_info (f, doc->ids[k])->flags;

      if (!(doc->words[k].flags & W_CAP) && !(flags & (I_STOP | I_DIGIT | I_TRIVIAL)))
        return k;
    }
  return -1;
}

/* Edit distance between two short strings (64 bytes at most), by
 * bytes. */
static guint
edit_distance (const char *x, const char *y)
{
  gsize lx = strlen (x), ly = strlen (y);
  guint row[65];

  g_return_val_if_fail (ly <= 64, G_MAXUINT);

  for (gsize j = 0; j <= ly; j++)
    row[j] = j;
  for (gsize i = 1; i <= lx; i++)
    {
      guint diag = row[0];

      row[0] = i;
      for (gsize j = 1; j <= ly; j++)
        {
          guint up = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diag + (x[i - 1] != y[j - 1]));
          diag = up;
        }
    }
  return row[ly];
}

static int
cmp_char (const void *a, const void *b)
{
  return *(const char *) a - *(const char *) b;
}

/* The length of joined_key(): where two differ, so do the keys. */
static gsize
joined_len (Finder *f, const guint32 *ids, guint n)
{
  gsize len = 0;

  for (guint i = 0; i < n; i++)
    len += id_info (f, ids[i])->key_len;
  return len;
}

/* The keys of @ids run together, in @key. */
static void
joined_key (Finder *f, GString *key, const guint32 *ids, guint n)
{
  g_string_truncate (key, 0);
  for (guint i = 0; i < n; i++)
    g_string_append_len (key, id_info (f, ids[i])->key, id_info (f, ids[i])->key_len);
}

/* The same words written another way: split or joined ("co-ordinates" /
 * "coordinates"), spelt another way ("neighbouring" / "neighboring"), or
 * with a letter slipped: a difference of a letter in five or less, in
 * words long enough that one letter does not make another word
 * ("ISIS" / "ISIL" stays). */
static gboolean
same_spelling (Finder *f, const guint32 *a, guint na, const guint32 *b, guint nb)
{
  const char *x, *y;
  gsize lx, ly;

  /* In buffers kept for it: it runs for every substitution. */
  joined_key (f, f->joined[0], a, na);
  joined_key (f, f->joined[1], b, nb);
  x = f->joined[0]->str, lx = f->joined[0]->len;
  y = f->joined[1]->str, ly = f->joined[1]->len;

  if (g_str_equal (x, y))
    return TRUE;
  /* Cut short: "Tenn" / "Tennessee". */
  if (MIN (lx, ly) >= 3 && (g_str_has_prefix (x, y) || g_str_has_prefix (y, x)))
    return TRUE;
  if (MIN (lx, ly) < 4 || MAX (lx, ly) > 64)
    return FALSE;
  /* The same letters in another order from the same first letter:
   * "fibre" / "fiber", "metres" / "meters". */
  if (lx == ly && x[0] == y[0])
    {
      g_autofree char *sx = g_strdup (x), *sy = g_strdup (y);

      qsort (sx, lx, 1, cmp_char);
      qsort (sy, ly, 1, cmp_char);
      if (g_str_equal (sx, sy))
        return TRUE;
    }
  if (MIN (lx, ly) < 5)
    return FALSE;
  /* The distance is at least the difference of the lengths. */
  if ((MAX (lx, ly) - MIN (lx, ly)) * 5 > MAX (lx, ly))
    return FALSE;
  return edit_distance (x, y) * 5 <= MAX (lx, ly);
}

/* Whether every word of one side stands in the other: "People" /
 * "People magazine" is a word added, not another name. */
static gboolean
contained (Finder *f, const guint32 *a, guint na, const guint32 *b, guint nb)
{
  for (guint i = 0; i < na; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < nb && !found; j++)
        found = same_word (f, a[i], b[j]);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* Only the first word capitalised, at a sentence's start. */
static gboolean
k_first_only_cap (const Doc *doc, guint w0, guint w1)
{
  if (!(doc->words[w0].flags & (W_PARA_START | W_BREAK_BEFORE)))
    return FALSE;
  for (guint k = w0 + 1; k < w1; k++)
    if (doc->words[k].flags & W_CAP)
      return FALSE;
  return TRUE;
}

/* Whether words [w0, w1) of @doc can be one name for what words [o0, o1)
 * of @other name: a name (its words capitalised) or a phrase (none
 * capitalised, "warded off"), not a mix ("Athens left"); longer than the
 * other side by more than a word only when it is a name the other
 * abbreviates or names ("Indian Naval Services" / "INS"). */
static gboolean
is_phrase (Finder *f, const Doc *doc, guint w0, guint w1, const Doc *other, guint o0, guint o1)
{
  guint caps = 0, content = 0;

  for (guint k = w0; k < w1; k++)
    if (!is_stop (f, doc->ids[k]))
      content++, caps += (doc->words[k].flags & W_CAP) != 0;
  if (w1 - w0 > 1 && caps != 0 && caps != content && !(k_first_only_cap (doc, w0, w1)))
    return FALSE;
  if (w1 - w0 > o1 - o0 + 1)
    return caps == content && (other->words[o0].flags & W_CAP);
  return TRUE;
}

/* The attribution verb of a side by the language's list, or -1. */
static int
listed_verb (Finder *f, const Doc *doc, guint w0, guint w1)
{
  for (guint k = w0; k < w1; k++)
    if (kind_of (f, doc->ids[k]) & I_ATTR)
      return k;
  return -1;
}

static void
add_attribution (Finder *f, Doc *x, int vx, Doc *y, int vy)
{
  Node *nx, *ny;
  Edge *edge;

  if (vx < 0 || vy < 0 || same_word (f, x->ids[vx], y->ids[vy]))
    return;
  nx = get_node (f, &x->ids[vx], 1);
  ny = get_node (f, &y->ids[vy], 1);
  nx->attribution = ny->attribution = TRUE;
  edge = get_edge (f, nx, ny);
  edge->attribution = TRUE;
  edge->substitutions++;
}

/* Whether word @k of @doc is joined to the word before it by a hyphen
 * or an apostrophe alone, no space on either side ("up-market"): the
 * two are written as one word. */
static gboolean
hyphened (const Doc *doc, guint k)
{
  const Word *w = &doc->words[k];

  /* A joiner is one character of three bytes at most (is_joiner()). */
  return k > 0 && (w->flags & W_PUNCT_BEFORE) && !(w->flags & W_BREAK_BEFORE) &&
         w->start - doc->words[k - 1].end <= 3 && !(w->flags & W_PARA_START);
}

/* Two sides' words, function words trimmed, as a substitution met
 * them, and the evidence they came to: the same swap stands between
 * every pair of outlets of which one writes each side, and on twenty
 * articles of one wire copy the checks below, the same every time for
 * the same words, were a ninth of word choice (callgrind). */
typedef struct {
  guint8 na, nb;
  guint32 ids[2 * MAX_SIDE];   /* @na of one side, then @nb of the other */
  Edge *edge;                  /* NULL: no evidence */
} Swap;

static guint
swap_hash (gconstpointer data)
{
  const Swap *swap = data;
  guint32 h = 2166136261u ^ (swap->na << 8 | swap->nb);

  for (guint i = 0; i < (guint) swap->na + swap->nb; i++)
    h = (h ^ swap->ids[i]) * 16777619u;
  return h;
}

static gboolean
swap_equal (gconstpointer a, gconstpointer b)
{
  const Swap *x = a, *y = b;

  return x->na == y->na && x->nb == y->nb &&
         memcmp (x->ids, y->ids, ((gsize) x->na + x->nb) * sizeof (guint32)) == 0;
}

/* The edge that words @a (@na) swapped for words @b (@nb) are evidence
 * of, or NULL when they are the same words written another way, or one
 * side is in the other.  It depends on the words alone, and is worked
 * out once for each pair of sides (MAX_SIDE words at most). */
static Edge *
swap_edge (Finder *f, const guint32 *a, guint na, const guint32 *b, guint nb)
{
  Swap probe, *swap;
  Node *nx, *ny;
  Edge *edge = NULL;

  if (f->swaps != NULL)
    {
      probe.na = na, probe.nb = nb;
      memcpy (probe.ids, a, na * sizeof (guint32));
      memcpy (probe.ids + na, b, nb * sizeof (guint32));
      swap = g_hash_table_lookup (f->swaps, &probe);
      if (swap != NULL)
        return swap->edge;
    }
  if (!(same_words (f, a, na, b, nb) || same_spelling (f, a, na, b, nb) ||
        contained (f, a, na, b, nb) || contained (f, b, nb, a, na)))
    {
      nx = get_node (f, a, na);
      ny = get_node (f, b, nb);
      if (nx != ny)
        edge = get_edge (f, nx, ny);
    }
  if (f->swaps != NULL)
    {
      swap = g_memdup2 (&probe, sizeof probe);
      swap->edge = edge;
      g_hash_table_add (f->swaps, swap);
    }
  return edge;
}

/* Whether a word of [k0, k1) of @doc but the first has punctuation
 * other than a hyphen or an apostrophe before it: a run across a comma,
 * a quotation mark or a full stop is two phrases, not one name. */
static gboolean
breaks_inside (const Doc *doc, guint k0, guint k1)
{
  for (guint k = k0 + 1; k < k1; k++)
    if (doc->words[k].flags & W_BREAK_BEFORE)
      return TRUE;
  return FALSE;
}

/* Whether every word of both sides stands among the few words beside a
 * quotation, outside it: the words that differ introduce it. */
static gboolean
beside_quote (const Doc *x, guint a0, guint a1, const Doc *y, guint b0, guint b1)
{
  for (guint k = a0; k < a1; k++)
    if ((x->words[k].flags & (W_NEAR_QUOTE | W_IN_QUOTE)) != W_NEAR_QUOTE)
      return FALSE;
  for (guint k = b0; k < b1; k++)
    if ((y->words[k].flags & (W_NEAR_QUOTE | W_IN_QUOTE)) != W_NEAR_QUOTE)
      return FALSE;
  return TRUE;
}

/* Whether the keys of @a (@na words) run together are those of @b run
 * together, when joined_len() is the same for both: compared piece by
 * piece where they stand, not copied.  It changes nothing, so the
 * threads that diff rows may ask it too. */
static gboolean
joined_equal (Finder *f, const guint32 *a, guint na, const guint32 *b, guint nb)
{
  guint i = 0, j = 0;
  gsize oi = 0, oj = 0;

  while (i < na && j < nb)
    {
      const IdInfo *x = id_info (f, a[i]), *y = id_info (f, b[j]);
      gsize n = MIN (x->key_len - oi, y->key_len - oj);

      if (memcmp (x->key + oi, y->key + oj, n) != 0)
        return FALSE;
      oi += n, oj += n;
      if (oi == x->key_len)
        i++, oi = 0;
      if (oj == y->key_len)
        j++, oj = 0;
    }
  /* Of the same length, all of one read: the rest of the other is
   * empty keys. */
  return TRUE;
}

/* Old words [*a0, *a1) of @x and new words [*b0, *b1) of @y, when
 * they may name one thing two ways, with the function words at their
 * ends taken off; FALSE when they cannot: the same letters split or
 * joined, nothing but function words, a side too long, a number or
 * another difference of fact, or not phrases (see is_phrase()).  It
 * depends on the words alone and changes nothing. */
static gboolean
trim_to_names (Finder *f, const Doc *x, guint *a0, guint *a1, const Doc *y, guint *b0, guint *b1)
{
  guint i0 = *a0, i1 = *a1, j0 = *b0, j1 = *b1;

  /* Function words at either end name nothing: "the Islamic State" is
   * "Islamic State"; a swap of nothing but them is no choice.  One that
   * a hyphen joins to the next or last word of the side is a piece of a
   * compound ("up-market"), not a function word. */
  while (i0 < i1 && is_stop (f, x->ids[i0]) && !(i0 + 1 < i1 && hyphened (x, i0 + 1)))
    i0++;
  while (i1 > i0 && is_stop (f, x->ids[i1 - 1]) && !(i1 - 1 > i0 && hyphened (x, i1 - 1)))
    i1--;
  while (j0 < j1 && is_stop (f, y->ids[j0]) && !(j0 + 1 < j1 && hyphened (y, j0 + 1)))
    j0++;
  while (j1 > j0 && is_stop (f, y->ids[j1 - 1]) && !(j1 - 1 > j0 && hyphened (y, j1 - 1)))
    j1--;
  if (i0 == i1 || j0 == j1 || i1 - i0 > MAX_SIDE || j1 - j0 > MAX_SIDE)
    return FALSE;
  /* Numbers, days and the like: a difference of fact, not of words. */
  for (guint k = i0; k < i1; k++)
    if (kind_of (f, x->ids[k]) & (I_DIGIT | I_TRIVIAL))
      return FALSE;
  for (guint k = j0; k < j1; k++)
    if (kind_of (f, y->ids[k]) & (I_DIGIT | I_TRIVIAL))
      return FALSE;
  if (!is_phrase (f, x, i0, i1, y, j0, j1) || !is_phrase (f, y, j0, j1, x, i0, i1))
    return FALSE;
  /* The same letters split or joined, a function word among them ("on
   * board" / "onboard"): spelling, told from the sides before the
   * function words were taken off, where the rest no longer reads the
   * same.  Last, as the dearest test: each is a condition of its own,
   * in whatever order. */
  if (joined_len (f, &x->ids[*a0], *a1 - *a0) == joined_len (f, &y->ids[*b0], *b1 - *b0) &&
      joined_equal (f, &x->ids[*a0], *a1 - *a0, &y->ids[*b0], *b1 - *b0))
    return FALSE;
  *a0 = i0, *a1 = i1, *b0 = j0, *b1 = j1;
  return TRUE;
}

/* Words [a0, a1) of @x swapped for words [b0, b1) of @y, as
 * trim_to_names() left them: evidence of their edge, if any. */
static void
add_swap (Finder *f, Doc *x, guint a0, guint a1, Doc *y, guint b0, guint b1)
{
  Edge *edge = swap_edge (f, &x->ids[a0], a1 - a0, &y->ids[b0], b1 - b0);

  if (edge != NULL)
    {
      guint *where;

      edge->substitutions++;
      if (edge->n_where == edge->where_room)
        {
          edge->where_room = 2 * edge->where_room + 4;
          edge->where = g_renew (guint, edge->where, 3 * (gsize) edge->where_room);
        }
      where = edge->where + 3 * (gsize) edge->n_where++;
      where[0] = f->change_row, where[1] = x - f->docs, where[2] = y - f->docs;
    }
}

/* A change between two shared runs of aligned paragraphs: old words
 * [a0, a1) of @x replaced by new words [b0, b1) of @y. */
static void
consider_change (Finder *f, Doc *x, guint a0, guint a1, Doc *y, guint b0, guint b1, gboolean verbs)
{
  int lx, ly;

  if (a1 - a0 > MAX_SIDE_RAW || b1 - b0 > MAX_SIDE_RAW)
    return;
  if (breaks_inside (x, a0, a1) || breaks_inside (y, b0, b1))
    return;

  /* Beside a quotation, the words that differ introduce it: the verbs
   * are compared ("…," he said / "…," he claimed). */
  if (verbs && beside_quote (x, a0, a1, y, b0, b1))
    {
      int vx = f->has_attr_list ? listed_verb (f, x, a0, a1) : find_verb (f, x, a0, a1 - a0);
      int vy = f->has_attr_list ? listed_verb (f, y, b0, b1) : find_verb (f, y, b0, b1 - b0);

      /* "…," the harbour master said / "…," the port chief claimed. */
      if (vx == (int) a1 - 1 && vy == (int) b1 - 1 && a1 - a0 > 1 && b1 - b0 > 1)
        consider_change (f, x, a0, a1 - 1, y, b0, b1 - 1, FALSE);
      if (f->has_attr_list)
        add_attribution (f, x, listed_verb (f, x, a0, a1), y, listed_verb (f, y, b0, b1));
      else
        add_attribution (f, x, find_verb (f, x, a0, a1 - a0), y, find_verb (f, y, b0, b1 - b0));
      return;
    }
  /* Elsewhere, listed verbs on both sides are attribution too; a listed
   * verb on one side only is a sentence built another way. */
  lx = verbs ? listed_verb (f, x, a0, a1) : -1;
  ly = verbs ? listed_verb (f, y, b0, b1) : -1;
  if (lx >= 0 || ly >= 0)
    {
      if (lx < 0 || ly < 0)
        return;
      /* "the harbour master said" / "the port chief claimed": the verbs,
       * and what stands before them. */
      if ((a1 - a0 == 1 && b1 - b0 == 1) || ((guint) lx == a1 - 1 && (guint) ly == b1 - 1))
        add_attribution (f, x, lx, y, ly);
      if ((guint) lx == a1 - 1 && (guint) ly == b1 - 1 && a1 - a0 > 1 && b1 - b0 > 1)
        consider_change (f, x, a0, a1 - 1, y, b0, b1 - 1, FALSE);
      return;
    }

  if (trim_to_names (f, x, &a0, &a1, y, &b0, &b1))
    add_swap (f, x, a0, a1, y, b0, b1);
}

/* What consider_change (@f, @x, *@a0, *@a1, @y, *@b0, *@b1, TRUE) can
 * make of a change, known from its words alone: most changes between
 * cells name nothing, and the tests of their context (context_words(),
 * moved_words()) cost more than this; for a swap, the sides it would
 * swap (trim_to_names()), which it need not work out again.  It changes
 * nothing, so the threads that diff rows may ask it. */
static Weighed
weigh_change (Finder *f, const Doc *x, guint *a0, guint *a1, const Doc *y, guint *b0, guint *b1)
{
  int lx, ly;

  if (breaks_inside (x, *a0, *a1) || breaks_inside (y, *b0, *b1))
    return WEIGHED_NOTHING;
  /* What stands beside a quotation is weighed as attribution. */
  if (beside_quote (x, *a0, *a1, y, *b0, *b1))
    return WEIGHED_OTHER;
  lx = listed_verb (f, x, *a0, *a1);
  ly = listed_verb (f, y, *b0, *b1);
  if (lx >= 0 || ly >= 0)
    return lx < 0 || ly < 0 ? WEIGHED_NOTHING : WEIGHED_OTHER;
  return trim_to_names (f, x, a0, a1, y, b0, b1) ? WEIGHED_SWAP : WEIGHED_NOTHING;
}

/* The shared words beside a change, in the same phrase: up to
 * MIN_CONTEXT + 1 of the @run shared words, left of word @w (@step -1)
 * or from it on (@step +1), stopping at a comma, a quotation mark or a
 * full stop.  Returns how many, with one that is not a function word
 * (0 when all are function words); or, when the change stands at a
 * phrase's edge (punctuation, the paragraph's edge, or only function
 * words before them): EDGE_SHARED when shared words that carry meaning
 * follow beyond the punctuation, EDGE_BARE when none do. */
#define EDGE_SHARED (-1)
#define EDGE_BARE   (-2)

static int
context_words (Finder *f, Doc *doc, guint first, guint end, guint w, int step, guint run)
{
  guint n = 0, content = 0, beyond = 0, beyond_content = 0;
  gboolean edge = FALSE;

  for (guint i = 0; i < run && i < 2 * MIN_CONTEXT + 2; i++)
    {
      guint k = step < 0 ? w - 1 - i : w + i;
      gboolean brk;

      if (k < first || k >= end)
        {
          if (!edge && content == 0)
            return EDGE_BARE;
          break;
        }
      brk = (doc->words[step < 0 ? k + 1 : k].flags & W_BREAK_BEFORE) != 0;
      if (brk && !edge)
        {
          if (content > 0)
            break;
          edge = TRUE;   /* and look beyond it */
        }
      else if (brk)
        break;
      if (edge)
        beyond++, beyond_content += !is_stop (f, doc->ids[k]);
      else if (n < MIN_CONTEXT + 1)
        n++, content += !is_stop (f, doc->ids[k]);
      else
        break;
    }
  if (!edge && content == 0 && n == run)
    {
      guint k = step < 0 ? w - 1 - n : w + n;

      if (k < first || k >= end || (doc->words[step < 0 ? k + 1 : k].flags & W_BREAK_BEFORE))
        edge = TRUE;
    }
  if (edge)
    return beyond >= MIN_CONTEXT && beyond_content > 0 ? EDGE_SHARED : EDGE_BARE;
  return content > 0 ? (int) n : 0;
}

/* Whether a word that carries meaning in [a0, a1) of @a stands in @b
 * outside [b0, b1): then the diff paired words the sentences put in
 * different places ("…assault conviction in Brazos County" / "convicted
 * … of assault out of Brazos County"), and nothing was renamed. */
static gboolean
moved_words (Part *part, const guint32 *a, guint a0, guint a1, const guint32 *b, guint nb, guint b0, guint b1)
{
  guint32 *mark = part->local;
  gboolean any = FALSE, moved = FALSE;

  /* The side's words marked, then the other side read once: a side
   * against every word of the other cell, word by word, was a twentieth
   * of word choice on rows of many near copies. */
  for (guint k = a0; k < a1; k++)
    if (!is_stop (part->f, a[k]))
      mark[a[k]] = 1, any = TRUE;
  /* Before the other side, then after it: no test of where each word
   * stands. */
  for (guint j = 0; j < b0 && any && !moved; j++)
    moved = mark[b[j]] != 0;
  for (guint j = b1; j < nb && any && !moved; j++)
    moved = mark[b[j]] != 0;
  for (guint k = a0; k < a1; k++)
    mark[a[k]] = 0;
  return moved;
}

/* Places two cells of one length may differ in and still be told
 * apart without the diff (runs_in_place(), near_copy()). */
#define MAX_IN_PLACE MAX_IN_PLACE_PLACES

static void add_run (Part *part, PxDiffOpType type, guint old_start, guint old_end, guint new_start, guint new_end);

/* The runs of @a against @b, both @n words long, that differ in place
 * only: equal stretches, and each stretch of changed places a deletion,
 * then an insertion, as px_diff_runs_from_marks() makes them, @at words
 * on. */
static void
add_runs_in_place (Part *part, const guint32 *a, const guint32 *b, guint n, guint at)
{
  for (guint i = 0; i < n; )
    {
      guint j = i;

      if (a[i] == b[i])
        {
          while (j < n && a[j] == b[j])
            j++;
          add_run (part, PX_DIFF_EQUAL, at + i, at + j, at + i, at + j);
        }
      else
        {
          while (j < n && a[j] != b[j])
            j++;
          add_run (part, PX_DIFF_DELETE, at + i, at + j, at + i, at + i);
          add_run (part, PX_DIFF_INSERT, at + j, at + j, at + i, at + j);
        }
      i = j;
    }
}

/* Whether no word of a place where @a and @b differ (@place, @n_places
 * of them) stands on the other side among words [@first, @end), which
 * hold the places: then the words equal in place are the only longest
 * common subsequence of the two there (see runs_in_place()).  Only the
 * places' words are marked, then both sides read once. */
static gboolean
places_alone (Part *part, const guint32 *a, const guint32 *b, guint first, guint end,
              const guint *place, guint n_places)
{
  guint32 *seen = part->local;
  gboolean alone = TRUE;

  for (guint i = 0; i < n_places; i++)
    seen[a[place[i]]] |= 1, seen[b[place[i]]] |= 2;
  for (guint k = first; k < end && alone; k++)
    alone = !(seen[a[k]] & 2) && !(seen[b[k]] & 1);
  for (guint i = 0; i < n_places; i++)
    seen[a[place[i]]] = seen[b[place[i]]] = 0;
  return alone;
}

/* Whether the words equal in place are the only longest common
 * subsequence of @a and @b between @first and @end, where they differ
 * in @n_places places (@place), all between the two, and not at either
 * end: then the diff finds just them there.  Where the diff runs
 * Myers' algorithm alone (fewer than PX_DIFF_ANCHOR_MIN words on the
 * two sides), its script is a shortest one, of at most 2 * @n_places
 * edits, and a path of so few edits never strays more than @n_places
 * words from the diagonal (going k words off it and back costs 2k), so
 * a place's word matters only where it stands within @n_places words
 * of the place on the other side: few words to look at, and far fewer
 * cells of copies of one text are left to the diff ("the" swapped for
 * "a" two words from another "the" is one) than by places_alone(),
 * which the longer stretches still ask, as the diff anchors them on
 * words found once on each side, wherever they stand. */
static gboolean
only_in_place (Part *part, const guint32 *a, const guint32 *b, guint first, guint end,
               const guint *place, guint n_places)
{
  if (part->f->tuning & PX_WORD_CHOICE_NO_IN_PLACE)
    return FALSE;
  if (2 * (gsize) (end - first) >= PX_DIFF_ANCHOR_MIN)
    return places_alone (part, a, b, first, end, place, n_places);
  for (guint i = 0; i < n_places; i++)
    {
      guint p = place[i];
      guint hi = MIN (end, p + n_places + 1);

      for (guint k = p - MIN (p - first, n_places); k < hi; k++)
        if (a[p] == b[k] || b[p] == a[k])
          return FALSE;
    }
  return TRUE;
}

/* The runs of @a against @b, both @n words long, without the diff, when
 * they differ in at most MAX_IN_PLACE places and no word that differs
 * in place appears anywhere on the other side, as where outlets
 * reword a few words of one wire copy: the words equal in place are
 * then the only longest common subsequence (any common subsequence can
 * only match words equal in place, and to be as long it must match
 * all of them, in order), and with so few changes the diff's search is
 * exact, so it would find just that.  They are added to the part's
 * runs, @at words on.  Returns FALSE, adding nothing, and leaves the
 * runs to the diff otherwise.  Rows of many near copies diff every
 * pair of cells, and the diff was most of word choice's time there. */
static gboolean
runs_in_place (Part *part, const guint32 *a, const guint32 *b, guint n, guint at)
{
  guint place[MAX_IN_PLACE], n_places = 0;

  for (guint i = 0; i < n; i++)
    if (a[i] != b[i])
      {
        if (n_places == MAX_IN_PLACE)
          return FALSE;
        place[n_places++] = i;
      }
  if (!only_in_place (part, a, b, 0, n, place, n_places))
    return FALSE;
  add_runs_in_place (part, a, b, n, at);
  return TRUE;
}

/* The diff of @a and @b into the part's marks (add_marked_runs() reads
 * them).  Cells long enough for the diff to look for anchors (from
 * PX_DIFF_ANCHOR_MIN words on the two sides) have their ids numbered
 * afresh from 0 first, as when the diff had tables the size of the ids
 * made for each call: the anchors it samples by a hash of the ids
 * depend on their numbers.  Shorter ones are diffed by Myers'
 * algorithm alone, which only asks which ids are equal, so they are
 * diffed as they are: numbering them was a fifth of the diffs. */
static void
diff_cells (Part *part, const guint32 *a, guint na, const guint32 *b, guint nb)
{
  PxDiffOptions options = { 0 };
  guint32 *la, *lb, n_ids = 0;

  if (part->n_local_ids < (gsize) na + nb)
    {
      part->n_local_ids = (gsize) na + nb;
      part->local_ids = g_renew (guint32, part->local_ids, part->n_local_ids);
      part->marks = g_renew (guint8, part->marks, part->n_local_ids);
    }
  if ((gsize) na + nb < PX_DIFF_ANCHOR_MIN)
    {
      px_diff_core_with_scratch (a, na, b, nb, part->f->n_info, &options,
                                 part->marks, part->marks + na, &part->scratch);
      return;
    }
  la = part->local_ids;
  lb = part->local_ids + na;
  for (guint k = 0; k < na; k++)
    {
      if (part->local[a[k]] == 0)
        part->local[a[k]] = ++n_ids;
      la[k] = part->local[a[k]] - 1;
    }
  for (guint k = 0; k < nb; k++)
    {
      if (part->local[b[k]] == 0)
        part->local[b[k]] = ++n_ids;
      lb[k] = part->local[b[k]] - 1;
    }
  for (guint k = 0; k < na; k++)
    part->local[a[k]] = 0;
  for (guint k = 0; k < nb; k++)
    part->local[b[k]] = 0;
  /* As px_diff_tokens() would, without allocating. */
  px_diff_core_with_scratch (la, na, lb, nb, n_ids, &options, part->marks, part->marks + na, &part->scratch);
}

/* The runs of the marks diff_cells() left, @at words on, added to the
 * part's runs as px_diff_runs_from_marks() makes them (equal, then
 * deleted, then inserted words): a GArray of them, copied over, was a
 * twentieth of the diffs' time. */
static void
add_marked_runs (Part *part, guint na, guint nb, guint at)
{
  const guint8 *ma = part->marks, *mb = part->marks + na;
  guint i = 0, j = 0;

  while (i < na || j < nb)
    {
      guint i0 = i, j0 = j;

      if (i < na && j < nb && !ma[i] && !mb[j])
        {
          while (i < na && j < nb && !ma[i] && !mb[j])
            i++, j++;
          add_run (part, PX_DIFF_EQUAL, at + i0, at + i, at + j0, at + j);
          continue;
        }
      if (i < na && ma[i])
        {
          while (i < na && ma[i])
            i++;
          add_run (part, PX_DIFF_DELETE, at + i0, at + i, at + j, at + j);
        }
      if (j < nb && mb[j])
        {
          while (j < nb && mb[j])
            j++;
          add_run (part, PX_DIFF_INSERT, at + i, at + i, at + j0, at + j);
        }
    }
}

/* Whether paragraphs @a and @b can pass compare_cells()'s test that
 * most words carrying meaning are shared, known without their diff: the
 * words the diff keeps are at most those the two have in common (their
 * multisets' intersection), so with fewer than two of those, or fewer
 * than half of either side's, the diff cannot keep enough.  Rewritten
 * paragraphs of different articles, common in a row of an event, are
 * left out at the cost of a count rather than a diff.  Only the words
 * between the shared ends, @a and @b here, are counted: the ends'
 * @shared words that carry meaning are common to both; @content_a and
 * @content_b are the paragraphs' words that carry meaning. */
static gboolean
may_share_most (Part *part, const guint32 *a, guint na, const guint32 *b, guint nb,
                guint shared, guint content_a, guint content_b)
{
  Finder *f = part->f;
  guint common = shared;

  for (guint k = 0; k < na; k++)
    if (!is_stop (f, a[k]))
      part->local[a[k]]++;
  for (guint k = 0; k < nb; k++)
    if (part->local[b[k]] > 0 && !is_stop (f, b[k]))
      part->local[b[k]]--, common++;
  for (guint k = 0; k < na; k++)
    part->local[a[k]] = 0;
  return common >= 2 && 2 * common >= content_a && 2 * common >= content_b;
}

/* What near_copy() found of two cells of one length. */
typedef enum {
  NEAR_NOT,       /* more than MAX_IN_PLACE places differ: ask the general way */
  NEAR_SAME,      /* word for word the same */
  NEAR_APART,     /* they fail may_share_most()'s test: nothing to compare */
  NEAR_IN_PLACE,  /* the words equal in place are the diff's (only_in_place()): the
                   * places are in the part (Part.place) */
  NEAR_DIFF,      /* the words between *pre and *suf are to be diffed */
} Near;

/* Two cells of @n words each, words [a_first, a_first + n) of @x and
 * [b_first, b_first + n) of @y, told from the few places where they
 * differ, as outlets that reword a wire copy in a few places write
 * them, in a row of many such copies: the general way counts and marks
 * every word of the two for each pair of cells (the shared ends, then
 * may_share_most(), then runs_in_place()), and that was most of the
 * work of comparing them.  Here one pass finds the places; the shared
 * ends are the words before the first and after the last (*@pre,
 * *@suf); the words the two have in common are all the words that
 * carry meaning but those of @x's places, plus those of its places that
 * stand among @y's (the words equal in place are common to both, so
 * the multisets' intersection is theirs plus the places'); and whether
 * a word of a place stands anywhere on the other side between the
 * shared ends is one pass more, with only the places' words marked
 * (places_alone()).
 * The result is the same as the general way's, word for word. */
static Near
near_copy (Part *part, const Doc *x, guint a_first, const Doc *y, guint b_first, guint n, guint *pre, guint *suf)
{
  Finder *f = part->f;
  const guint32 *a = x->ids + a_first, *b = y->ids + b_first;
  guint place[MAX_IN_PLACE], n_places = 0, common, content_a, content_b, first, end;
  gboolean taken[MAX_IN_PLACE] = { FALSE };

  for (guint i = 0; i < n; i++)
    if (a[i] != b[i])
      {
        if (n_places == MAX_IN_PLACE)
          return NEAR_NOT;
        place[n_places++] = i;
      }
  if (n_places == 0)
    return NEAR_SAME;
  first = place[0];
  end = place[n_places - 1] + 1;
  content_a = content_in (x, a_first, a_first + n);
  content_b = content_in (y, b_first, b_first + n);
  common = content_a;
  for (guint i = 0; i < n_places; i++)
    {
      guint32 w = a[place[i]];

      if (is_stop (f, w))
        continue;
      common--;
      for (guint j = 0; j < n_places; j++)
        if (!taken[j] && b[place[j]] == w)
          {
            taken[j] = TRUE, common++;
            break;
          }
    }
  if (common < 2 || 2 * common < content_a || 2 * common < content_b)
    return NEAR_APART;
  *pre = first;
  *suf = n - end;
  if (!only_in_place (part, a, b, first, end, place, n_places))
    {
      if (first > 0)
        add_run (part, PX_DIFF_EQUAL, 0, first, 0, first);
      return NEAR_DIFF;
    }
  memcpy (part->place, place, n_places * sizeof (guint));
  part->n_places = n_places;
  return NEAR_IN_PLACE;
}

/* Appends a run to the part's runs; an equal run right after another
 * is one with it, as px_diff_runs_from_marks() makes them.  A plain
 * array: appending to a GArray was a tenth of word choice on rows of
 * many near copies. */
static void
add_run (Part *part, PxDiffOpType type, guint old_start, guint old_end, guint new_start, guint new_end)
{
  if (type == PX_DIFF_EQUAL && part->n_runs > 0 && part->runs[part->n_runs - 1].type == PX_DIFF_EQUAL)
    {
      part->runs[part->n_runs - 1].old_end = old_end;
      part->runs[part->n_runs - 1].new_end = new_end;
      return;
    }
  if (part->n_runs == part->runs_room)
    {
      part->runs_room = 2 * part->runs_room + 16;
      part->runs = g_renew (PxDiffOp, part->runs, part->runs_room);
    }
  part->runs[part->n_runs++] = (PxDiffOp) { type, old_start, old_end, new_start, new_end };
}

/* The runs of the words of @a and @b (@na and @nb words) between their
 * first @pre and last @suf, which they share, by the diff; and the
 * shared end's run after them. */
static void
add_diffed_runs (Part *part, const guint32 *a, guint na, const guint32 *b, guint nb, guint pre, guint suf)
{
  diff_cells (part, a + pre, na - pre - suf, b + pre, nb - pre - suf);
  add_marked_runs (part, na - pre - suf, nb - pre - suf, pre);
  if (suf > 0)
    add_run (part, PX_DIFF_EQUAL, na - suf, na, nb - suf, nb);
}

/* What cell_runs() found of two cells. */
typedef enum {
  CELLS_APART,      /* nothing to compare */
  CELLS_RUNS,       /* their runs are in part->runs */
  CELLS_IN_PLACE,   /* of one length, their runs are the words equal in place
                     * and the places (part->place), which in_place_changes()
                     * reads without making the runs */
} Cells;

/* The runs of words [a_first, a_first + @na) of @x against [b_first,
 * b_first + @nb) of @y, in part->runs, or the places where they differ
 * in place; CELLS_APART when there is nothing to compare: the same
 * words, paragraphs of very different length, or too few words that
 * carry meaning shared. */
static Cells
cell_runs (Part *part, const Doc *x, guint a_first, guint na, const Doc *y, guint b_first, guint nb)
{
  const guint32 *a = x->ids + a_first, *b = y->ids + b_first;
  guint pre = 0, suf = 0;

  part->n_runs = 0;
  /* Cells of one length, most often copies of one text reworded in a
   * few places: their runs, or that they share too little, from the
   * places where they differ (see near_copy()). */
  if (na == nb && part->near_copies)
    switch (near_copy (part, x, a_first, y, b_first, na, &pre, &suf))
      {
      case NEAR_SAME:
      case NEAR_APART:
        return CELLS_APART;
      case NEAR_IN_PLACE:
        return CELLS_IN_PLACE;
      case NEAR_DIFF:
        add_diffed_runs (part, a, na, b, nb, pre, suf);
        return CELLS_RUNS;
      case NEAR_NOT:
        break;
      }
  if (na == nb && memcmp (a, b, na * sizeof (guint32)) == 0)
    return CELLS_APART;
  /* Paragraphs of very different length share too little context. */
  if (na > 2 * nb + MAX_SIDE_RAW || nb > 2 * na + MAX_SIDE_RAW)
    return CELLS_APART;
  /* The diff takes the shared ends off first; here they are left out
   * of the counting and the diff, which give the same on the words
   * between them (the diff's result does not depend on where the words
   * stand), and their words count by the running totals. */
  while (pre < na && pre < nb && a[pre] == b[pre])
    pre++;
  while (suf < na - pre && suf < nb - pre && a[na - 1 - suf] == b[nb - 1 - suf])
    suf++;
  if (!may_share_most (part, a + pre, na - pre - suf, b + pre, nb - pre - suf,
                       content_in (x, a_first, a_first + pre) + content_in (x, a_first + na - suf, a_first + na),
                       content_in (x, a_first, a_first + na), content_in (y, b_first, b_first + nb)))
    return CELLS_APART;
  if (pre > 0)
    add_run (part, PX_DIFF_EQUAL, 0, pre, 0, pre);
  if (pre != na - suf && pre != nb - suf &&
      (na - pre - suf != nb - pre - suf || !runs_in_place (part, a + pre, b + pre, na - pre - suf, pre)))
    {
      add_diffed_runs (part, a, na, b, nb, pre, suf);
      return CELLS_RUNS;
    }
  if (pre == na - suf)
    add_run (part, PX_DIFF_INSERT, pre, pre, pre, nb - suf);
  else if (pre == nb - suf)
    add_run (part, PX_DIFF_DELETE, pre, na - suf, pre, pre);
  if (suf > 0)
    add_run (part, PX_DIFF_EQUAL, na - suf, na, nb - suf, nb);
  return CELLS_RUNS;
}

/* A change between two cells, words [a0, a1) of the cell of document
 * @dx that starts at word @a_first (@na words) replaced by words [b0,
 * b1) of @dy's (from @b_first, @nb words), with @left shared words
 * before it when @before (else it starts the cells), and @right after
 * it when @after: kept for consider_change() if its words may name
 * something and shared words in the same phrase stand around it. */
static void
take_change (Part *part, guint dx, guint a_first, guint na, guint dy, guint b_first, guint nb,
             guint a0, guint a1, guint b0, guint b1, gboolean before, guint left, gboolean after, guint right)
{
  Finder *f = part->f;
  Doc *x = &f->docs[dx], *y = &f->docs[dy];
  const guint32 *a = x->ids + a_first, *b = y->ids + b_first;
  guint ta0, ta1, tb0, tb1;
  Weighed weighed;
  int cl, cr;

  /* consider_change() takes no longer sides, and finds nothing in
   * most changes whatever stands beside them. */
  if (a0 == a1 || b0 == b1 || a1 - a0 > MAX_SIDE_RAW || b1 - b0 > MAX_SIDE_RAW)
    return;
  ta0 = a_first + a0, ta1 = a_first + a1, tb0 = b_first + b0, tb1 = b_first + b1;
  weighed = weigh_change (f, x, &ta0, &ta1, y, &tb0, &tb1);
  if (weighed == WEIGHED_NOTHING)
    return;
  /* Shared words on both sides; a paragraph's or a phrase's edge
   * counts as context on one side, not on both. */
  cl = before ? context_words (f, x, a_first, a_first + na, a_first + a0, -1, left) : EDGE_BARE;
  cr = after ? context_words (f, x, a_first, a_first + na, a_first + a1, +1, right) : EDGE_BARE;
  if ((cl == EDGE_BARE && cr == EDGE_BARE) || (cl >= 0 && cl < MIN_CONTEXT) || (cr >= 0 && cr < MIN_CONTEXT))
    return;
  /* Punctuation on one side only: the sentences are built apart. */
  if ((before && (x->words[a_first + a0].flags & W_BREAK_BEFORE) != (y->words[b_first + b0].flags & W_BREAK_BEFORE)) ||
      (after && (x->words[a_first + a1].flags & W_BREAK_BEFORE) != (y->words[b_first + b1].flags & W_BREAK_BEFORE)))
    return;
  /* A hyphen that joins a side to the shared words on one side only
   * ("large-scale datacenters" / "large data centers"): the change
   * cuts through a word written as one, and its pieces name
   * nothing. */
  if ((before && hyphened (x, a_first + a0) != hyphened (y, b_first + b0)) ||
      (after && hyphened (x, a_first + a1) != hyphened (y, b_first + b1)))
    return;
  if (moved_words (part, a, a0, a1, b, nb, b0, b1) || moved_words (part, b, b0, b1, a, na, a0, a1))
    return;
  if (part->n_changes == part->changes_room)
    {
      part->changes_room = 2 * part->changes_room + 64;
      part->changes = g_renew (Change, part->changes, part->changes_room);
    }
  part->changes[part->n_changes++] = (Change) { dx, ta0, ta1, dy, tb0, tb1, part->row, weighed };
}

/* The changes between two cells of @n words each that differ in the
 * places near_copy() left in the part (CELLS_IN_PLACE), read from the
 * places as compare_cells() reads them from the cells' runs, which are
 * not made: each stretch of places next to each other is a deletion
 * and an insertion, between runs of the words equal in place.  Rows of
 * copies of one text have most of their pairs of cells so. */
static void
in_place_changes (Part *part, guint dx, guint a_first, guint dy, guint b_first, guint n)
{
  const Doc *x = &part->f->docs[dx], *y = &part->f->docs[dy];
  const guint *place = part->place;
  guint n_places = part->n_places, content_a = 0, content_b = 0, kept, before = 0;

  for (guint i = 0; i < n_places; i++)
    content_a += content_in (x, a_first + place[i], a_first + place[i] + 1),
    content_b += content_in (y, b_first + place[i], b_first + place[i] + 1);
  kept = content_in (x, a_first, a_first + n) - content_a;
  /* Rewritten rather than reworded (see compare_cells()). */
  if (kept < 2 || kept < MAX (content_a, content_b))
    return;
  for (guint i = 0; i < n_places; )
    {
      guint j = i + 1, s0 = place[i], s1, next;

      while (j < n_places && place[j] == place[j - 1] + 1)
        j++;
      s1 = place[j - 1] + 1;
      next = j < n_places ? place[j] : n;
      take_change (part, dx, a_first, n, dy, b_first, n, s0, s1, s0, s1, s0 > 0, s0 - before, s1 < n, next - s1);
      before = s1;
      i = j;
    }
}

/* Paragraph @p of @x against paragraph @q of @y. */
static void
compare_cells (Part *part, guint dx, guint p, guint dy, guint q)
{
  Finder *f = part->f;
  Doc *x = &f->docs[dx], *y = &f->docs[dy];
  guint a_first = x->para_first[p], na = x->para_first[p + 1] - a_first;
  guint b_first = y->para_first[q], nb = y->para_first[q + 1] - b_first;
  const PxDiffOp *runs;
  guint kept = 0, content_a = 0, content_b = 0;

  if (na == 0 || nb == 0)
    return;
  switch (cell_runs (part, x, a_first, na, y, b_first, nb))
    {
    case CELLS_APART:
      return;
    case CELLS_IN_PLACE:
      in_place_changes (part, dx, a_first, dy, b_first, na);
      return;
    case CELLS_RUNS:
      break;
    }
  runs = part->runs;
  for (guint r = 0; r < part->n_runs; r++)
    {
      const PxDiffOp *op = &runs[r];

      if (op->type == PX_DIFF_EQUAL)
        kept += content_in (x, a_first + op->old_start, a_first + op->old_end);
      else
        {
          content_a += content_in (x, a_first + op->old_start, a_first + op->old_end);
          content_b += content_in (y, b_first + op->new_start, b_first + op->new_end);
        }
    }
  /* Rewritten rather than reworded: most words that carry meaning must
   * be shared, or the shared ones are not context. */
  if (kept < 2 || kept < MAX (content_a, content_b))
    return;

  for (guint r = 0; r < part->n_runs; r++)
    {
      const PxDiffOp *op = &runs[r];
      guint a0, a1, b0, b1, s = r;

      if (op->type == PX_DIFF_EQUAL)
        continue;
      a0 = op->old_start, a1 = op->old_end, b0 = op->new_start, b1 = op->new_end;
      while (r + 1 < part->n_runs && runs[r + 1].type != PX_DIFF_EQUAL)
        {
          const PxDiffOp *next = &runs[++r];

          a0 = MIN (a0, next->old_start), a1 = MAX (a1, next->old_end);
          b0 = MIN (b0, next->new_start), b1 = MAX (b1, next->new_end);
        }
      take_change (part, dx, a_first, na, dy, b_first, nb, a0, a1, b0, b1,
                   s > 0, s > 0 ? runs[s - 1].old_end - runs[s - 1].old_start : 0,
                   r + 1 < part->n_runs, r + 1 < part->n_runs ? runs[r + 1].old_end - runs[r + 1].old_start : 0);
    }
}

/* The changes between the aligned paragraphs of rows [first_row,
 * end_row). */
static gpointer
part_substitutions (gpointer data)
{
  Part *part = data;
  Finder *f = part->f;
  g_autofree guint *same = g_new (guint, f->n_docs);
  g_autofree int *headline = g_new (int, f->n_docs);
  g_autofree guint *present = g_new (guint, MAX (f->n_docs, 1));   /* documents with a cell */

  /* Headlines are written to a style of their own ("Checks Out" /
   * "Leaves"): their swaps say little about naming. */
  for (guint d = 0; d < f->n_docs; d++)
    headline[d] = px_comparison_get_headline (f->cmp, d);

  for (guint r = part->first_row; r < part->end_row && !cancelled (f); r++)
    {
      const PxCell *cells = px_comparison_get_row (f->cmp, r);
      guint n_cells = 0;

      part->row = r;

      /* A paragraph that another document has word for word is compared
       * once: copies of the same wire text count as one. */
      for (guint d = 0; d < f->n_docs; d++)
        {
          same[d] = d;
          if (cells[d].paragraph < 0)
            continue;
          for (guint i = 0; i < n_cells; i++)
            {
              guint e = present[i];
              Doc *x = &f->docs[d], *y = &f->docs[e];
              guint p = cells[d].paragraph, q = cells[e].paragraph;
              guint n = x->para_first[p + 1] - x->para_first[p];

              if (same[e] == e && n == y->para_first[q + 1] - y->para_first[q] &&
                  memcmp (x->ids + x->para_first[p], y->ids + y->para_first[q], n * sizeof (guint32)) == 0)
                {
                  same[d] = e;
                  break;
                }
            }
          present[n_cells++] = d;
        }
      memcpy (f->row_same + (gsize) r * f->n_docs, same, f->n_docs * sizeof (guint));
      /* The cells to compare, in order: a row of a large event has a
       * few of its many documents, and going over every pair of
       * documents was a third of word choice on ECB+ t13. */
      n_cells = 0;
      for (guint d = 0; d < f->n_docs; d++)
        if (cells[d].paragraph >= 0 && same[d] == d && cells[d].paragraph != headline[d])
          present[n_cells++] = d;
      for (guint i = 0; i < n_cells; i++)
        for (guint j = i + 1; j < n_cells; j++)
          compare_cells (part, present[i], cells[present[i]].paragraph, present[j], cells[present[j]].paragraph);
    }
  return NULL;
}

static void
find_substitutions (Finder *f)
{
  guint n_rows = px_comparison_get_n_rows (f->cmp), n_parts = f->n_parts;
  gsize bytes = 0;
  Part parts[2];
  GThread *thread = NULL;

  f->row_same = g_new0 (guint, MAX ((gsize) n_rows * f->n_docs, 1));
  for (guint d = 0; d < f->n_docs; d++)
    bytes += f->docs[d].n_words == 0 ? 0 : f->docs[d].words[f->docs[d].n_words - 1].end;
  /* Not from the comparison's own threshold (64 KiB): on 20 generated
   * articles of 2,000 words (240 KiB) the second thread cost a tenth of
   * word choice's processor time (3.6-4.0 ms against 3.2-3.3 ms with
   * one), and on the shared two-core machine it did not save time on
   * the clock either. */
  if (n_parts == 0)
    n_parts = bytes >= THREADS_MIN_BYTES ? 2 : 1;
  if (n_rows < 2)
    n_parts = 1;
  n_parts = MIN (n_parts, 2);
  for (guint i = 0; i < n_parts; i++)
    {
      parts[i].f = f;
      parts[i].local = g_new0 (guint32, MAX (f->n_info, 1));
      parts[i].local_ids = NULL;
      parts[i].n_local_ids = 0;
      memset (&parts[i].scratch, 0, sizeof parts[i].scratch);
      parts[i].marks = NULL;
      parts[i].runs = NULL;
      parts[i].n_runs = parts[i].runs_room = 0;
      parts[i].changes = NULL;
      parts[i].n_changes = parts[i].changes_room = 0;
      parts[i].near_copies = !(f->tuning & PX_WORD_CHOICE_NO_NEAR_COPIES);
    }
  parts[0].first_row = 0;
  parts[0].end_row = n_rows;
  if (n_parts == 2)
    {
      /* Halves of the work: a row costs about its words times the
       * cells they are diffed against. */
      guint64 total = 0, sum = 0;
      g_autofree guint64 *cost = g_new0 (guint64, n_rows);
      guint mid = 0;

      for (guint r = 0; r < n_rows; r++)
        {
          const PxCell *cells = px_comparison_get_row (f->cmp, r);
          guint64 words = 0, present = 0;

          for (guint d = 0; d < f->n_docs; d++)
            if (cells[d].paragraph >= 0)
              {
                const Doc *doc = &f->docs[d];

                present++;
                words += doc->para_first[cells[d].paragraph + 1] - doc->para_first[cells[d].paragraph];
              }
          cost[r] = words * present;
          total += cost[r];
        }
      while (mid < n_rows && 2 * (sum + cost[mid]) <= total)
        sum += cost[mid++];
      parts[0].end_row = parts[1].first_row = mid;
      parts[1].end_row = n_rows;
      thread = g_thread_new ("px-word-choice", part_substitutions, &parts[1]);
    }
  part_substitutions (&parts[0]);

  for (guint i = 0; i < n_parts; i++)
    {
      /* The first share's changes are taken while the thread still
       * diffs the second's: they come first either way. */
      if (i == 1)
        g_thread_join (thread);
      for (guint c = 0; c < parts[i].n_changes && !cancelled (f); c++)
        {
          const Change *ch = &parts[i].changes[c];

          f->change_row = ch->row;
          if (ch->weighed == WEIGHED_SWAP)
            add_swap (f, &f->docs[ch->x], ch->a0, ch->a1, &f->docs[ch->y], ch->b0, ch->b1);
          else
            consider_change (f, &f->docs[ch->x], ch->a0, ch->a1, &f->docs[ch->y], ch->b0, ch->b1, TRUE);
        }
      g_free (parts[i].local);
      g_free (parts[i].local_ids);
      px_diff_scratch_clear (&parts[i].scratch);
      g_free (parts[i].marks);
      g_free (parts[i].runs);
      g_free (parts[i].changes);
    }
}

/* The word that introduces a quotation in @doc: the verb among the few
 * words after it, else among those before it; or -1. */
static int
quote_verb (Finder *f, Doc *doc, const guint *span)
{
  guint ws = span[0], we = span[1];
  guint n = 0;
  int v;

  while (we + n < doc->n_words && n < NEAR_QUOTE && (doc->words[we + n].flags & W_NEAR_QUOTE))
    n++;
  v = find_verb (f, doc, we, n);
  if (v >= 0)
    return v;
  n = 0;
  while (ws > n && n < NEAR_QUOTE && (doc->words[ws - n - 1].flags & W_NEAR_QUOTE))
    n++;
  /* Before the quotation the verb is the last such word: "Kerry told NBC
   * that …" is "told", but the nearest word to check comes first. */
  for (guint k = ws; k > ws - n; k--)
    {
      int one = find_verb (f, doc, k - 1, 1);

      if (one >= 0)
        v = one;
    }
  return v;
}

static int
cmp_uint (const void *a, const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The same quotation introduced with different verbs in two documents.
 * A verb counts when the language's list has it; for a language without
 * a list, when it introduces several quotations in the comparison. */
static void
find_attributions (Finder *f)
{
  GPtrArray *groups = px_comparison_get_quotes (f->cmp);
  g_autoptr(GHashTable) introduces = g_hash_table_new (NULL, NULL);   /* id -> quotations */
  g_autofree int *verb = g_new (int, f->n_docs);
  g_autofree guint *with = g_new (guint, MAX (f->n_docs, 1));   /* documents with a verb */

  guint s = 0;   /* the occurrence's span in f->quote_spans */

  if (groups == NULL)
    return;
  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);

      for (guint o = 0; o < group->occurrences->len; o++)
        {
          const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, o);
          int v;

          if (occ->document >= f->n_docs)
            continue;
          v = quote_verb (f, &f->docs[occ->document], &g_array_index (f->quote_spans, guint, 2 * s++));
          if (v >= 0)
            {
              guint32 id = f->docs[occ->document].ids[v];

              g_hash_table_insert (introduces, GUINT_TO_POINTER (id),
                                   GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (introduces, GUINT_TO_POINTER (id))) + 1));
            }
        }
    }

  for (guint d = 0; d < f->n_docs; d++)
    verb[d] = -1;
  s = 0;
  for (guint g = 0; g < groups->len; g++)
    {
      const PxQuoteGroup *group = g_ptr_array_index (groups, g);
      guint n_with = 0;

      for (guint o = 0; o < group->occurrences->len; o++)
        {
          const PxQuoteOccurrence *occ = &g_array_index (group->occurrences, PxQuoteOccurrence, o);
          const guint *span;
          Doc *doc;
          guint32 id;
          int v;

          if (occ->document >= f->n_docs)
            continue;
          span = &g_array_index (f->quote_spans, guint, 2 * s++);
          if (verb[occ->document] >= 0)
            continue;
          doc = &f->docs[occ->document];
          v = quote_verb (f, doc, span);
          if (v < 0)
            continue;
          id = doc->ids[v];
          if (f->has_attr_list ? (id_info (f, id)->flags & I_ATTR) != 0 :
              GPOINTER_TO_UINT (g_hash_table_lookup (introduces, GUINT_TO_POINTER (id))) >= MIN_LEARNED)
            verb[occ->document] = id, with[n_with++] = occ->document;
        }
      /* The documents that introduce the quotation, in order: a
       * quotation is in a few of many documents, and every pair of
       * documents was a tenth of word choice on a large event. */
      qsort (with, n_with, sizeof (guint), cmp_uint);
      for (guint i = 0; i < n_with; i++)
        for (guint j = i + 1; j < n_with; j++)
          {
            guint32 x = verb[with[i]], y = verb[with[j]];
            Node *nx, *ny;
            Edge *edge;

            if (same_word (f, x, y))
              continue;
            nx = get_node (f, &x, 1);
            ny = get_node (f, &y, 1);
            nx->attribution = ny->attribution = TRUE;
            edge = get_edge (f, nx, ny);
            edge->attribution = TRUE;
            edge->substitutions++;
          }
      for (guint i = 0; i < n_with; i++)
        verb[with[i]] = -1;
    }
}

/* "Islamic State in Iraq and Syria (ISIS/ISIL)": abbreviations in
 * parentheses whose capitals are the initials of the capitalised words
 * just before them name the same thing as those words. */
static void
find_definitions (Finder *f, Doc *doc)
{
  for (guint o = 0; o < doc->n_opens; o++)
    {
      guint i = doc->opens[o];
      guint alias[MAX_ALIASES], n_alias = 0, j = i, name = G_MAXUINT;
      Node *named;

      if (i < 1 || (doc->words[i].flags & W_PARA_START))
        continue;
      /* The alternatives: single abbreviations, separated by "/". */
      while (j < doc->n_words && n_alias < MAX_ALIASES && (doc->words[j].flags & W_UPPER))
        {
          alias[n_alias++] = j;
          if (doc->words[j].flags & W_CLOSE)
            break;
          if (j + 1 < doc->n_words && (doc->words[j + 1].flags & W_SLASH))
            j++;
          else
            break;
        }
      if (n_alias == 0 || !(doc->words[alias[n_alias - 1]].flags & W_CLOSE))
        continue;

      for (guint a = 0; a < n_alias && name == G_MAXUINT; a++)
        {
          const char *key = id_info (f, doc->ids[alias[a]])->key;
          glong n_letters = g_utf8_strlen (key, -1);
          const char *letter = g_utf8_offset_to_pointer (key, n_letters);
          guint k = i;

          /* Back from the parenthesis, one initial a capitalised word;
           * lower-case words between them must be function words. */
          while (k > 0 && i - k < MAX_NAME && letter > key)
            {
              guint w = k - 1;
              const char *word_key = id_info (f, doc->ids[w])->key;

              if (w + 1 < i && (doc->words[w + 1].flags & (W_PUNCT_BEFORE | W_PARA_START)))
                break;
              if (doc->words[w].flags & W_CAP)
                {
                  const char *prev = g_utf8_prev_char (letter);

                  if (g_utf8_get_char (prev) != g_utf8_get_char (word_key))
                    break;
                  letter = prev;
                }
              else if (!(id_info (f, doc->ids[w])->flags & I_STOP))
                break;
              k = w;
            }
          if (letter == key && k < i && (doc->words[k].flags & W_CAP))
            name = k;
        }
      if (name == G_MAXUINT)
        continue;
      named = get_node (f, &doc->ids[name], i - name);
      for (guint a = 0; a < n_alias; a++)
        {
          Node *short_form = get_node (f, &doc->ids[alias[a]], 1);

          if (short_form != named)
            get_edge (f, named, short_form)->alias = TRUE;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Sets                                                                */
/* ------------------------------------------------------------------ */

static guint
find_root (guint *parent, guint x)
{
  while (parent[x] != x)
    x = parent[x] = parent[parent[x]];
  return x;
}

static void
variant_free (gpointer data)
{
  PxWordChoiceVariant *v = data;

  g_free (v->text);
  g_free (v->key);
  g_free (v->counts);
  g_array_unref (v->occurrences);
  g_free (v);
}

void
px_word_choice_set_free (PxWordChoiceSet *set)
{
  if (set == NULL)
    return;
  g_ptr_array_unref (set->variants);
  g_free (set->preferred);
  g_free (set);
}

static PxWordChoiceSet *
set_new (PxWordChoiceKind kind, guint n_docs)
{
  PxWordChoiceSet *set = g_new0 (PxWordChoiceSet, 1);

  set->kind = kind;
  set->n_documents = n_docs;
  set->variants = g_ptr_array_new_with_free_func (variant_free);
  set->preferred = g_new (int, n_docs);
  return set;
}

static void
add_variant (Finder *f, PxWordChoiceSet *set, Node *node)
{
  PxWordChoiceVariant *v = g_new0 (PxWordChoiceVariant, 1);

  g_string_truncate (f->scratch, 0);
  for (guint i = 0; i < node->n; i++)
    {
      if (i > 0)
        g_string_append_c (f->scratch, ' ');
      g_string_append (f->scratch, id_info (f, node->ids[i])->key);
    }
  v->key = g_strdup (f->scratch->str);
  v->counts = g_new0 (guint, f->n_docs);
  /* v->occurrences: made by count_variants() at their number. */
  node->variant = v;
  node->spellings = g_array_new (FALSE, FALSE, sizeof (Spelling));
  g_ptr_array_add (set->variants, v);
}

/* Whether @raw (@len bytes of a text) is @sp, line breaks and tabs read
 * as spaces. */
static gboolean
spelling_is (const Spelling *sp, const char *raw, gsize len)
{
  if (sp->len != len)
    return FALSE;
  /* The text as it is, most often: @sp has no line breaks or tabs. */
  if (memcmp (sp->text, raw, len) == 0)
    return TRUE;
  for (gsize i = 0; i < len; i++)
    {
      char c = raw[i] == '\n' || raw[i] == '\r' || raw[i] == '\t' ? ' ' : raw[i];

      if (c != sp->text[i])
        return FALSE;
    }
  return TRUE;
}

/* One more use of the spelling @raw: the few a variant has are compared
 * in place, and only a new one is copied. */
static void
count_spelling (GArray *spellings, const char *raw, gsize len)
{
  Spelling sp;

  for (guint i = 0; i < spellings->len; i++)
    if (spelling_is (&g_array_index (spellings, Spelling, i), raw, len))
      {
        g_array_index (spellings, Spelling, i).count++;
        return;
      }
  sp.text = g_strndup (raw, len);
  g_strdelimit (sp.text, "\n\r\t", ' ');
  sp.len = len;
  sp.count = 1;
  g_array_append_val (spellings, sp);
}

/* A place found for a node's variant, while they are counted. */
typedef struct {
  Node *node;
  PxWordChoiceOccurrence occ;
} Found;

/* Every place each document uses a variant of a set, the longest
 * variant winning where several start at one word.  The nodes that
 * start with each word are in one array (by first word id, in the
 * nodes' order), and the places found in another, in the order found,
 * then handed out to the variants' arrays, each made at its size: a
 * list per first word, and a growing array per node, had their
 * allocations cost as much as finding the places (callgrind). */
static void
count_variants (Finder *f)
{
  guint n_ids = f->n_info;
  g_autofree guint *first_of = g_new0 (guint, n_ids + 1);   /* by id: its nodes in by_first */
  g_autofree Node **by_first = NULL;
  g_autofree Found *found = NULL;
  guint n_starting = 0, n_found = 0, found_room = 0;

  for (guint n = 0; n < f->nodes->len; n++)
    {
      Node *node = g_ptr_array_index (f->nodes, n);

      if (node->variant != NULL)
        first_of[node->ids[0] + 1]++, n_starting++;
    }
  for (guint id = 0; id < n_ids; id++)
    first_of[id + 1] += first_of[id];
  by_first = g_new (Node *, MAX (n_starting, 1));
  {
    g_autofree guint *fill = g_memdup2 (first_of, n_ids * sizeof (guint));

    for (guint n = 0; n < f->nodes->len; n++)
      {
        Node *node = g_ptr_array_index (f->nodes, n);

        if (node->variant != NULL)
          by_first[fill[node->ids[0]]++] = node;
      }
  }

  for (guint d = 0; d < f->n_docs; d++)
    {
      Doc *doc = &f->docs[d];

      for (guint i = 0; i < doc->n_words; )
        {
          guint32 id = doc->ids[i];
          Node *best = NULL;
          Found place;

          for (guint c = first_of[id]; c < first_of[id + 1]; c++)
            {
              Node *node = by_first[c];
              gboolean match = i + node->n <= doc->n_words;

              for (guint k = 1; match && k < node->n; k++)
                match = doc->ids[i + k] == node->ids[k] && !(doc->words[i + k].flags & W_PARA_START);
              if (match && (best == NULL || node->n > best->n))
                best = node;
            }
          if (best == NULL)
            {
              i++;
              continue;
            }
          place.node = best;
          place.occ.document = d;
          place.occ.start = doc->words[i].start;
          place.occ.end = doc->words[i + best->n - 1].end;
          if (n_found == found_room)
            {
              found_room = 2 * found_room + 256;
              found = g_renew (Found, found, found_room);
            }
          found[n_found++] = place;
          best->n_occ++;
          best->variant->counts[d]++;
          best->variant->total++;
          /* The spelling shown: the most common of the first few is
           * the most common, near enough. */
          if (best->variant->total <= MAX_SPELLINGS)
            {
              count_spelling (best->spellings, doc->text + place.occ.start, place.occ.end - place.occ.start);
            }
          i += best->n;
        }
    }
  for (guint n = 0; n < f->nodes->len; n++)
    {
      Node *node = g_ptr_array_index (f->nodes, n);

      if (node->variant == NULL)
        continue;
      node->variant->occurrences = g_array_sized_new (FALSE, FALSE, sizeof (PxWordChoiceOccurrence), node->n_occ);
      g_array_set_size (node->variant->occurrences, node->n_occ);
      node->n_occ = 0;
    }
  /* Each in place: appending to a GArray one at a time cost more than
   * finding them. */
  for (guint i = 0; i < n_found; i++)
    {
      Node *node = found[i].node;

      g_array_index (node->variant->occurrences, PxWordChoiceOccurrence, node->n_occ++) = found[i].occ;
    }
}

static char *
most_common_spelling (GArray *spellings, const char *fallback)
{
  const char *best = NULL;
  guint best_n = 0;

  /* The most used; of those used as often, the first in byte order. */
  for (guint i = 0; i < spellings->len; i++)
    {
      const Spelling *sp = &g_array_index (spellings, Spelling, i);

      if (sp->count > best_n || (sp->count == best_n && best && strcmp (sp->text, best) < 0))
        best = sp->text, best_n = sp->count;
    }
  return g_strdup (best ? best : fallback);
}

static int
cmp_variant (gconstpointer a, gconstpointer b)
{
  const PxWordChoiceVariant *x = *(PxWordChoiceVariant **) a, *y = *(PxWordChoiceVariant **) b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return strcmp (x->key, y->key);
}

/* log2 (1 + @n), from a table for small @n: set_score() asks for it for
 * every pair of documents of every set. */
static double
log2_1p (guint n)
{
  static double *table;

  if (g_once_init_enter (&table))
    {
      double *made = g_new (double, 256);

      for (guint i = 0; i < 256; i++)
        made[i] = log2 (1 + i);
      g_once_init_leave (&table, made);
    }
  return n < 256 ? table[n] : log2 (1 + n);
}

/* Σ over pairs of documents that use the set: how far apart their mixes
 * of variants are (total variation distance, 0 … 1), weighted by how much
 * evidence the sparser of the two gives. */
static double
set_score (PxWordChoiceSet *set, const guint8 *only)
{
  guint n_docs = set->n_documents, n_var = set->variants->len, n_used = 0, n_mixes = 0;
  g_autofree guint *totals = g_new0 (guint, n_docs);
  g_autofree guint *used = g_new (guint, MAX (n_docs, 1));   /* documents that use the set */
  g_autofree guint *mix_of = g_new (guint, MAX (n_docs, 1)); /* by document: its mix's number */
  g_autofree guint *first = g_new (guint, MAX (n_docs, 1));  /* by mix: its first document */
  /* Each mix's share of each variant: worked out once rather than for
   * every pair of documents. */
  g_autofree double *share = g_new (double, (gsize) n_docs * n_var);
  /* By pair of mixes: the pair's term, once worked out (NAN before). */
  g_autofree double *term = NULL;
  double score = 0;

  for (guint v = 0; v < n_var; v++)
    for (guint d = 0; d < n_docs; d++)
      totals[d] += ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->counts[d];
  /* Documents with the same counts of every variant (most of them, on
   * many copies of one wire story) have the same mix: their pairs add
   * nothing, and a pair of mixes adds the same term for every pair of
   * their documents, so each term is worked out once.  The terms are
   * added in the order of the pairs of documents, as before, so the sum
   * is the same to the last bit. */
  for (guint d = 0; d < n_docs; d++)
    {
      guint m;

      if (totals[d] == 0 || (only != NULL && !only[d]))
        continue;
      for (m = 0; m < n_mixes; m++)
        {
          guint v = 0;

          while (v < n_var && ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->counts[d] ==
                              ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->counts[first[m]])
            v++;
          if (v == n_var)
            break;
        }
      if (m == n_mixes)
        {
          first[n_mixes++] = d;
          for (guint v = 0; v < n_var; v++)
            share[(gsize) m * n_var + v] = (double) ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->counts[d] / totals[d];
        }
      mix_of[d] = m;
      used[n_used++] = d;
    }
  if (n_mixes < 2)
    return 0;
  term = g_new (double, (gsize) n_mixes * n_mixes);
  for (gsize i = 0; i < (gsize) n_mixes * n_mixes; i++)
    term[i] = NAN;
  for (guint i = 0; i < n_used; i++)
    for (guint j = i + 1; j < n_used; j++)
      {
        guint d = used[i], e = used[j], md = mix_of[d], me = mix_of[e];
        double *t = &term[(gsize) md * n_mixes + me];

        if (md == me)
          continue;
        if (isnan (*t))
          {
            const double *sd = share + (gsize) md * n_var, *se = share + (gsize) me * n_var;
            double tv = 0;

            for (guint v = 0; v < n_var; v++)
              tv += fabs (sd[v] - se[v]);
            *t = tv / 2 * log2_1p (MIN (totals[d], totals[e]));
          }
        score += *t;
      }
  return score;
}

static void
finish_set (Finder *f, PxWordChoiceSet *set, const guint8 *only)
{
  g_ptr_array_sort (set->variants, cmp_variant);
  for (guint d = 0; d < f->n_docs; d++)
    {
      guint best = 0;

      set->preferred[d] = -1;
      for (guint v = 0; v < set->variants->len; v++)
        {
          const PxWordChoiceVariant *var = g_ptr_array_index (set->variants, v);

          if (var->counts[d] > best)
            best = var->counts[d], set->preferred[d] = v;
        }
    }
  set->score = set_score (set, only);
  /* A single swap that no document repeats is a rewording, not yet a
   * choice: it ranks below every set with more evidence. */
  if ((set->n_substitutions <= 1 && !set->defined) || only != NULL)
    {
      gboolean repeated = FALSE;

      for (guint v = 0; v < set->variants->len && !repeated; v++)
        for (guint d = 0; d < f->n_docs && !repeated; d++)
          repeated = (only == NULL || only[d]) &&
                     ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->counts[d] > 1;
      /* Where only the outlets of its swaps count (they all stand in
       * one row), it is no choice at all: one outlet reworded one
       * sentence. */
      if (!repeated)
        set->score = only != NULL ? 0 : 0.6 * set->score;
    }
}

/* A naming set whose only evidence is one swap, while a document writes
 * two of its variants: an outlet that is choosing writes one name for a
 * thing, so the two words most likely name two things ("the Angels" /
 * "the Los Angeles Times") and one sentence merely put either in the
 * same place.  With two swaps or more, or an abbreviation given in the
 * text, the set stands: an outlet may quote a speaker's word besides
 * its own. */
/* Whether @s is a short form of @l: its letters, in order, from @l's
 * first ("Mt" / "Mount", "UK" / "United Kingdom"), or @l ends or starts
 * with all of @s ("phone" / "telephone").  Keys are folded. */
static gboolean
short_form (const char *s, const char *l)
{
  gsize ns = strlen (s), nl = strlen (l);
  const char *p = l;

  if (ns == 0 || ns >= nl)
    return FALSE;
  if (ns >= 4 && (strncmp (l, s, ns) == 0 || strcmp (l + nl - ns, s) == 0))
    return TRUE;
  if (ns > 4 || g_utf8_get_char (s) != g_utf8_get_char (l) || nl < ns + 2)
    return FALSE;
  for (const char *c = s; *c; c = g_utf8_next_char (c))
    {
      p = g_utf8_strchr (p, -1, g_utf8_get_char (c));
      if (p == NULL)
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

/* Whether one of @x and @y is the other's short form, either way round. */
static gboolean
short_forms (const char *x, const char *y)
{
  return short_form (x, y) || short_form (y, x);
}

/* Whether @set's two variants are a name and its short form ("IE |
 * Internet Explorer"). */
static gboolean
name_and_short_form (const PxWordChoiceSet *set)
{
  return set->variants->len == 2 &&
         short_forms (((PxWordChoiceVariant *) g_ptr_array_index (set->variants, 0))->key,
                      ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, 1))->key);
}

static gboolean
one_swap_two_things (const PxWordChoiceSet *set)
{
  if (set->kind != PX_WORD_CHOICE_NAMING || set->defined || set->n_substitutions > 1)
    return FALSE;
  /* A name and its short form are one thing whoever writes both. */
  if (name_and_short_form (set))
    return FALSE;
  for (guint d = 0; d < set->n_documents; d++)
    {
      guint used = 0;

      for (guint v = 0; v < set->variants->len; v++)
        used += ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->counts[d] > 0;
      if (used >= 2)
        return TRUE;
    }
  return FALSE;
}

/* Whether @text reads as a name: one word, a capital, then small letters
 * ("Butler", "Valor"; not "ISIL", "killer" or "Mr. Smith"). */
static gboolean
is_single_name (const char *text)
{
  gunichar c = g_utf8_get_char (text);
  gboolean lower = FALSE;

  if (!(g_unichar_isupper (c) || g_unichar_istitle (c)))
    return FALSE;
  for (const char *p = g_utf8_next_char (text); *p; p = g_utf8_next_char (p))
    {
      c = g_utf8_get_char (p);
      if (!g_unichar_isalpha (c) || g_unichar_isupper (c))
        return FALSE;
      lower = TRUE;
    }
  return lower;
}

/* Sets that name no choice, whatever their score:
 * - every variant a name of one word, none the short form of another
 *   ("Smith" / "Butler", "Honor" / "Valor"): two people or things that
 *   one sentence of each outlet put in the same place;
 * - a name and its own short form and nothing else, never swapped in
 *   aligned sentences: an abbreviation the text defines ("Endangered
 *   Species Act (ESA)") and then uses, which is style, not naming (two
 *   short forms of one name, "ISIS" / "ISIL", are a choice). */
static gboolean
no_choice (const PxWordChoiceSet *set)
{
  gboolean names = set->kind == PX_WORD_CHOICE_NAMING;

  if (set->kind != PX_WORD_CHOICE_NAMING)
    return FALSE;
  for (guint v = 0; v < set->variants->len && names; v++)
    {
      const PxWordChoiceVariant *x = g_ptr_array_index (set->variants, v);

      names &= is_single_name (x->text);
      for (guint w = 0; w < set->variants->len && names; w++)
        names &= w == v || !short_form (x->key, ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, w))->key);
    }
  return names || (set->n_substitutions == 0 && name_and_short_form (set));
}

static int
cmp_set (gconstpointer a, gconstpointer b)
{
  const PxWordChoiceSet *x = *(PxWordChoiceSet **) a, *y = *(PxWordChoiceSet **) b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (x->n_substitutions != y->n_substitutions)
    return x->n_substitutions > y->n_substitutions ? -1 : 1;
  return strcmp (((PxWordChoiceVariant *) g_ptr_array_index (x->variants, 0))->key,
                 ((PxWordChoiceVariant *) g_ptr_array_index (y->variants, 0))->key);
}

/* Whether all the substitutions of @edge stand in one row. */
static gboolean
one_place (const Edge *edge)
{
  if (edge->n_where == 0)
    return FALSE;
  for (guint w = 1; w < edge->n_where; w++)
    if (edge->where[3 * w] != edge->where[0])
      return FALSE;
  return TRUE;
}

/* Whether outlets write both words of a naming edge: two or more of
 * them, half or more of those that write either.  An outlet that
 * chooses a name keeps to it, so words that most outlets use side by
 * side ("booked" / "take", "Internet" / "traffic", "fire" / "blaze")
 * name different things, or are no choice that sets outlets apart,
 * whatever one sentence of two outlets put in the same place.  An
 * abbreviation the text defines is written beside its name by design. */
static gboolean
written_together (const Edge *edge, const PxWordChoiceVariant *x, const PxWordChoiceVariant *y, guint n_docs)
{
  guint both = 0, either = 0;

  if (edge->alias)
    return FALSE;
  for (guint d = 0; d < n_docs; d++)
    {
      both += x->counts[d] > 0 && y->counts[d] > 0;
      either += x->counts[d] > 0 || y->counts[d] > 0;
    }
  /* Evidence from one place (one_place()) is one outlet's rewording at
   * best: one outlet that writes both words is enough, as for a set of
   * one swap (one_swap_two_things(); a name and its short form are one
   * thing whoever writes both). */
  if (both >= 1 && one_place (edge) && !short_forms (x->key, y->key))
    return TRUE;
  return both >= 2 && 2 * both >= either;
}

/* Naming sets are split where their variants are joined only by edges
 * of words written together (written_together()): each part of two
 * variants or more is a set of its own, with the evidence inside it;
 * a variant left alone is no set.  @set_of_node gives each node's set
 * in @sets (-1 for none); a set split is replaced by NULL in @sets and
 * its parts are appended.  Counts stay as they are: the occurrences of
 * a variant do not depend on the set it is in. */
static void
split_sets (Finder *f, GPtrArray *sets, const int *set_of_node)
{
  guint n = f->nodes->len;
  g_autofree guint *parent = g_new (guint, MAX (n, 1));
  g_autofree gboolean *split = g_new0 (gboolean, MAX (sets->len, 1));
  g_autofree int *part_of_root = g_new (int, MAX (n, 1));
  g_autofree guint *size = g_new0 (guint, MAX (n, 1));
  g_autoptr(GArray) weak = g_array_new (FALSE, FALSE, sizeof (Edge *));
  GHashTableIter iter;
  gpointer value;
  guint n_sets = sets->len;
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    parent[i] = i, part_of_root[i] = -1;
  g_hash_table_iter_init (&iter, f->edges);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Edge *edge = value;
      Node *a = g_ptr_array_index (f->nodes, edge->a), *b = g_ptr_array_index (f->nodes, edge->b);
      int s = set_of_node[edge->a];

      if (edge->attribution || a->variant == NULL || b->variant == NULL || s < 0 || s != set_of_node[edge->b] ||
          ((PxWordChoiceSet *) g_ptr_array_index (sets, s))->kind != PX_WORD_CHOICE_NAMING)
        continue;
      if (written_together (edge, a->variant, b->variant, f->n_docs))
        split[s] = any = TRUE;
      else
        parent[find_root (parent, edge->a)] = find_root (parent, edge->b);
    }
  if (!any)
    return;
  for (guint i = 0; i < n; i++)
    if (set_of_node[i] >= 0 && split[set_of_node[i]])
      size[find_root (parent, i)]++;
  /* The parts, in the order of their nodes. */
  for (guint i = 0; i < n; i++)
    {
      Node *node = g_ptr_array_index (f->nodes, i);
      int s = set_of_node[i];
      guint root;

      if (s < 0 || !split[s])
        continue;
      root = find_root (parent, i);
      if (size[root] < 2)
        {
          variant_free (node->variant);
          node->variant = NULL;
          continue;
        }
      if (part_of_root[root] < 0)
        {
          part_of_root[root] = sets->len;
          g_ptr_array_add (sets, set_new (PX_WORD_CHOICE_NAMING, f->n_docs));
        }
      g_ptr_array_add (((PxWordChoiceSet *) g_ptr_array_index (sets, part_of_root[root]))->variants, node->variant);
    }
  /* Each part's evidence: the edges inside it. */
  g_hash_table_iter_init (&iter, f->edges);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Edge *edge = value;
      int s = set_of_node[edge->a];
      guint root = find_root (parent, edge->a);
      PxWordChoiceSet *part;

      if (edge->attribution || s < 0 || !split[s] || set_of_node[edge->b] != s ||
          root != find_root (parent, edge->b) || part_of_root[root] < 0)
        continue;
      part = g_ptr_array_index (sets, part_of_root[root]);
      part->n_substitutions += edge->substitutions;
      part->defined |= edge->alias;
    }
  for (guint s = 0; s < n_sets; s++)
    if (split[s])
      {
        PxWordChoiceSet *set = g_ptr_array_index (sets, s);

        /* Its variants belong to the parts now, or were freed. */
        g_ptr_array_set_free_func (set->variants, NULL);
        px_word_choice_set_free (set);
        sets->pdata[s] = NULL;
      }
}

/* Marks in @mask the documents that took part in a substitution that
 * stood @where (its row and the two documents compared): those whose
 * cell in the row is either of the two cells, word for word (copies of
 * one text are compared once, for all of them). */
static void
took_part (Finder *f, const guint *where, guint8 *mask)
{
  const PxCell *cells = px_comparison_get_row (f->cmp, where[0]);
  /* Which cells of the row are copies of which, as part_substitutions()
   * found them: the documents that write one text have the first of
   * them as its number, so no cell is compared again here. */
  const guint *same = f->row_same + (gsize) where[0] * f->n_docs;
  guint x = same[where[1]], y = same[where[2]];

  for (guint d = 0; d < f->n_docs; d++)
    if (cells[d].paragraph >= 0 && (same[d] == x || same[d] == y))
      mask[d] = TRUE;
}

/* Whether a naming set may rest on one place, of words that are not a
 * name and its short form: one outlet's rewording of one sentence ("a
 * sad time" / "a sad day"), or two things that one sentence put in the
 * same place ("implementing" / "recognition"), as likely as a choice,
 * when all its swaps stand in one row (see one_place()), where other
 * outlets' cells, not copies of each other, keep the first wording
 * ("hackers to hijack" / "to get into" against two of them).  That
 * other outlets write either word elsewhere, in whatever sense, is then
 * no evidence of a choice between them: only the outlets that took part
 * in the swaps count (a name and its short form name one thing, so every
 * outlet that writes one of them has chosen it). */
static gboolean
may_rest_on_one_place (const PxWordChoiceSet *set)
{
  if (set->kind != PX_WORD_CHOICE_NAMING || set->defined || set->n_substitutions == 0)
    return FALSE;
  if (name_and_short_form (set))
    return FALSE;
  return TRUE;
}

/* For each set of @sets whose swaps all stand in one row (see
 * may_rest_on_one_place()), the documents whose use of its variants
 * counts (see took_part()); NULL for every other. */
static guint8 **
evidence_documents (Finder *f, GPtrArray *sets)
{
  g_autoptr(GHashTable) set_of_variant = g_hash_table_new (NULL, NULL);
  guint8 **only = g_new0 (guint8 *, MAX (sets->len, 1));
  g_autofree int *row = g_new (int, MAX (sets->len, 1));   /* -1: none yet, -2: several */
  GHashTableIter iter;
  gpointer value;

  for (guint s = 0; s < sets->len; s++)
    {
      PxWordChoiceSet *set = g_ptr_array_index (sets, s);

      row[s] = -1;
      if (set == NULL || !may_rest_on_one_place (set))
        continue;
      for (guint v = 0; v < set->variants->len; v++)
        g_hash_table_insert (set_of_variant, g_ptr_array_index (set->variants, v), GUINT_TO_POINTER (s + 1));
    }
  if (g_hash_table_size (set_of_variant) == 0)
    return only;
  g_hash_table_iter_init (&iter, f->edges);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Edge *edge = value;
      Node *a = g_ptr_array_index (f->nodes, edge->a), *b = g_ptr_array_index (f->nodes, edge->b);
      guint s;

      if (edge->attribution || edge->n_where == 0 || a->variant == NULL || b->variant == NULL)
        continue;
      s = GPOINTER_TO_UINT (g_hash_table_lookup (set_of_variant, a->variant));
      if (s == 0 || s != GPOINTER_TO_UINT (g_hash_table_lookup (set_of_variant, b->variant)) || row[s - 1] == -2)
        continue;
      for (guint w = 0; w < edge->n_where && row[s - 1] != -2; w++)
        {
          const guint *where = edge->where + 3 * w;

          if (row[s - 1] != -1 && row[s - 1] != (int) where[0])
            {
              row[s - 1] = -2;
              g_clear_pointer (&only[s - 1], g_free);
              break;
            }
          row[s - 1] = where[0];
          if (only[s - 1] == NULL)
            only[s - 1] = g_new0 (guint8, MAX (f->n_docs, 1));
          took_part (f, where, only[s - 1]);
        }
    }
  return only;
}

static GPtrArray *
make_sets (Finder *f)
{
  guint n = f->nodes->len;
  g_autofree guint *parent = g_new (guint, MAX (n, 1));
  g_autofree int *set_of_root = g_new (int, MAX (n, 1));
  g_autofree guint *substitutions = g_new0 (guint, MAX (n, 1));
  g_autofree guint *size = g_new0 (guint, MAX (n, 1));
  g_autofree gboolean *defined = g_new0 (gboolean, MAX (n, 1));
  GPtrArray *sets = g_ptr_array_new_with_free_func ((GDestroyNotify) px_word_choice_set_free);
  GPtrArray *kept;
  guint8 **only;
  PxWordChoiceSet *attribution = NULL;
  GHashTableIter iter;
  gpointer value;
  guint attribution_subs = 0;

  for (guint i = 0; i < n; i++)
    parent[i] = i, set_of_root[i] = -1;
  /* Attribution verbs are one set of their own; naming evidence that
   * touches them is left aside. */
  g_hash_table_iter_init (&iter, f->edges);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Edge *edge = value;
      Node *a = g_ptr_array_index (f->nodes, edge->a), *b = g_ptr_array_index (f->nodes, edge->b);

      if (edge->attribution)
        {
          attribution_subs += edge->substitutions;
          continue;
        }
      if (a->attribution || b->attribution)
        continue;
      parent[find_root (parent, edge->a)] = find_root (parent, edge->b);
    }
  g_hash_table_iter_init (&iter, f->edges);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Edge *edge = value;
      Node *a = g_ptr_array_index (f->nodes, edge->a);

      if (!edge->attribution && !a->attribution)
        {
          substitutions[find_root (parent, edge->a)] += edge->substitutions;
          defined[find_root (parent, edge->a)] |= edge->alias;
        }
    }
  for (guint i = 0; i < n; i++)
    size[find_root (parent, i)]++;

  for (guint i = 0; i < n; i++)
    {
      Node *node = g_ptr_array_index (f->nodes, i);
      guint root = find_root (parent, i);

      if (node->attribution)
        {
          if (attribution == NULL)
            {
              attribution = set_new (PX_WORD_CHOICE_ATTRIBUTION, f->n_docs);
              attribution->n_substitutions = attribution_subs;
              g_ptr_array_add (sets, attribution);
            }
          add_variant (f, attribution, node);
          continue;
        }
      if (size[root] < 2)
        continue;
      if (set_of_root[root] < 0)
        {
          PxWordChoiceSet *set = set_new (PX_WORD_CHOICE_NAMING, f->n_docs);

          set->n_substitutions = substitutions[root];
          set->defined = defined[root];
          set_of_root[root] = sets->len;
          g_ptr_array_add (sets, set);
        }
      add_variant (f, g_ptr_array_index (sets, set_of_root[root]), node);
    }

  count_variants (f);
  for (guint i = 0; i < n; i++)
    {
      Node *node = g_ptr_array_index (f->nodes, i);

      if (node->variant != NULL)
        node->variant->text = most_common_spelling (node->spellings, node->variant->key);
    }
  {
    g_autofree int *set_of_node = g_new (int, MAX (n, 1));

    for (guint i = 0; i < n; i++)
      {
        Node *node = g_ptr_array_index (f->nodes, i);

        /* Attribution verbs are not split: they introduce quotations. */
        set_of_node[i] = node->variant == NULL || node->attribution ? -1 : set_of_root[find_root (parent, i)];
      }
    split_sets (f, sets, set_of_node);
  }

  kept = g_ptr_array_new_with_free_func ((GDestroyNotify) px_word_choice_set_free);
  only = evidence_documents (f, sets);
  for (guint s = 0; s < sets->len; s++)
    {
      PxWordChoiceSet *set = g_ptr_array_index (sets, s);
      guint used = 0;

      if (set == NULL)   /* split */
        continue;
      finish_set (f, set, only[s]);
      for (guint v = 0; v < set->variants->len; v++)
        used += ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->total > 0;
      if (used >= 2 && set->score >= MIN_SCORE && !one_swap_two_things (set) && !no_choice (set))
        {
          /* Variants no document uses (none, normally) are dropped. */
          while (((PxWordChoiceVariant *) g_ptr_array_index (set->variants, set->variants->len - 1))->total == 0)
            g_ptr_array_remove_index (set->variants, set->variants->len - 1);
          g_ptr_array_add (kept, g_steal_pointer (&sets->pdata[s]));
        }
    }
  for (guint s = 0; s < sets->len; s++)
    g_free (only[s]);
  g_free (only);
  g_ptr_array_unref (sets);
  g_ptr_array_sort (kept, cmp_set);
  return kept;
}

/* ------------------------------------------------------------------ */
/* Public                                                              */
/* ------------------------------------------------------------------ */

const char *
px_word_choice_kind_to_string (PxWordChoiceKind kind)
{
  return kind == PX_WORD_CHOICE_ATTRIBUTION ? "attribution" : "naming";
}

char *
px_word_choice_set_label (const PxWordChoiceSet *set)
{
  GString *label = g_string_new (NULL);

  g_return_val_if_fail (set != NULL, NULL);

  for (guint v = 0; v < set->variants->len; v++)
    {
      if (v > 0)
        g_string_append (label, " | ");
      g_string_append (label, ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->text);
    }
  return g_string_free (label, FALSE);
}

GPtrArray *
px_word_choice_find (PxComparison *cmp,
                     const gint   *cancel)
{
  return px_word_choice_find_with (cmp, cancel, 0, 0);
}

GPtrArray *
px_word_choice_find_in_parts (PxComparison *cmp,
                              const gint   *cancel,
                              guint         n_parts)
{
  return px_word_choice_find_with (cmp, cancel, n_parts, 0);
}

GPtrArray *
px_word_choice_find_with (PxComparison       *cmp,
                          const gint         *cancel,
                          guint               n_parts,
                          PxWordChoiceTuning  tuning)
{
  Finder f = { 0 };
  GPtrArray *sets;

  g_return_val_if_fail (PX_IS_COMPARISON (cmp), NULL);

  f.cmp = cmp;
  f.lists = language_lists ();
  f.cancel = cancel;
  f.n_parts = n_parts;
  f.tuning = tuning;
  f.n_docs = px_comparison_get_n_documents (cmp);
  f.docs = g_new0 (Doc, MAX (f.n_docs, 1));
  f.cmp_keys = px_comparison_get_word_keys (cmp);
  f.key_text = g_string_chunk_new (4096);
  f.fold = g_string_sized_new (64);
  f.match = g_string_sized_new (64);
  f.spelling_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  f.n_cmp_ids = f.cmp_keys != NULL ? px_comparison_get_n_word_ids (cmp) : 0;
  f.of_cmp_id = g_new (guint32, MAX (f.n_cmp_ids, 1));
  memset (f.of_cmp_id, 0xff, MAX (f.n_cmp_ids, 1) * sizeof (guint32));
  /* Room for an id per id of the comparison, about as many. */
  f.info_room = f.n_cmp_ids + 64;
  f.info = g_new (IdInfo, f.info_room);
  f.node_of = g_hash_table_new (node_hash, node_equal);
  f.nodes = g_ptr_array_new_with_free_func (node_free);
  f.edges = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, edge_free);
  f.scratch = g_string_new (NULL);
  f.joined[0] = g_string_new (NULL);
  f.joined[1] = g_string_new (NULL);
  if (!(tuning & PX_WORD_CHOICE_NO_CACHE))
    f.swaps = g_hash_table_new_full (swap_hash, swap_equal, g_free, NULL);
  f.quote_spans = g_array_new (FALSE, FALSE, 2 * sizeof (guint));

  if (!(tuning & PX_WORD_CHOICE_NO_COPIES))
    {
      guint n_paras = 0, room = 16;

      for (guint d = 0; d < f.n_docs; d++)
        n_paras += px_document_get_n_paragraphs (px_comparison_get_document (cmp, d));
      while (room < 2 * n_paras)
        room *= 2;
      f.seen = g_new0 (SeenPara, room);
      f.seen_mask = room - 1;
    }
  for (guint d = 0; d < f.n_docs; d++)
    build_doc (&f, &f.docs[d], d);
  g_clear_pointer (&f.seen, g_free);
  apply_language (&f);
  {
    g_autofree guint32 *canon = merge_forms (&f);

    count_content (&f, canon);
  }
  mark_quotes (&f);
  find_substitutions (&f);
  if (!cancelled (&f))
    find_attributions (&f);
  for (guint d = 0; d < f.n_docs && !cancelled (&f); d++)
    find_definitions (&f, &f.docs[d]);
  sets = make_sets (&f);

  for (guint d = 0; d < f.n_docs; d++)
    {
      g_free (f.docs[d].ids);
      g_free (f.docs[d].words);
      g_free (f.docs[d].para_first);
      g_free (f.docs[d].content_before);
      g_free (f.docs[d].opens);
    }
  g_free (f.docs);
  g_clear_pointer (&f.extra_keys, px_interner_free);
  if (f.of_extra != NULL)
    g_array_unref (f.of_extra);
  g_string_chunk_free (f.key_text);
  g_string_free (f.fold, TRUE);
  g_string_free (f.match, TRUE);
  g_clear_pointer (&f.spellings, px_interner_free);
  g_array_unref (f.spelling_ids);
  g_free (f.of_cmp_id);
  g_free (f.info);
  g_free (f.kinds);
  g_free (f.row_same);
  g_hash_table_unref (f.node_of);
  g_ptr_array_unref (f.nodes);
  g_hash_table_unref (f.edges);
  g_string_free (f.scratch, TRUE);
  g_string_free (f.joined[0], TRUE);
  g_string_free (f.joined[1], TRUE);
  g_clear_pointer (&f.swaps, g_hash_table_unref);
  g_array_unref (f.quote_spans);
  return sets;
}

GPtrArray *
px_comparison_get_word_choice (PxComparison *cmp)
{
  static GMutex lock;
  GQuark quark = g_quark_from_static_string ("px-word-choice");
  GPtrArray *sets;

  g_return_val_if_fail (PX_IS_COMPARISON (cmp), NULL);

  g_mutex_lock (&lock);
  sets = g_object_get_qdata (G_OBJECT (cmp), quark);
  if (sets == NULL)
    {
      sets = px_word_choice_find (cmp, NULL);
      g_object_set_qdata_full (G_OBJECT (cmp), quark, sets, (GDestroyNotify) g_ptr_array_unref);
    }
  g_mutex_unlock (&lock);
  return sets;
}

gboolean
px_word_choice_are_forms (const char *a,
                          const char *b)
{
  g_autofree char *x = fold_key (a, strlen (a));
  g_autofree char *y = fold_key (b, strlen (b));
  const Listed *lx = listed_word (x, strlen (x)), *ly = listed_word (y, strlen (y));

  for (guint l = 0; lx != NULL && ly != NULL && l < N_LANGUAGES; l++)
    if (lx->form[l] != 0 && lx->form[l] == ly->form[l])
      return TRUE;
  return FALSE;
}
