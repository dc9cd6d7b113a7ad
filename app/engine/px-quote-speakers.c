/* px-quote-speakers.c: who said each quotation
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words around each quote are matched against the patterns reporters
 * use ("X said", "said X", "X told", "according to X", "..., he said");
 * pronouns and "the secretary" are resolved to the person last named,
 * surnames to the full name found in the document or the group.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"
#include "px-tokenizer.h"

/* ------------------------------------------------------------------ */
/* Words around quotes                                                 */
/* ------------------------------------------------------------------ */

typedef enum {
  IT_WORD,
  IT_COMMA,
  IT_COLON,
  IT_HYPHEN,
  IT_END,      /* a sentence's end */
  IT_OTHER,
} ItemKind;

typedef struct {
  ItemKind kind;
  guint32 start;
  guint32 end;
  char *lower;       /* casefolded, apostrophes straightened, possessive dropped */
  gboolean cap;
  gboolean acronym;    /* NBC, ISIS: all capitals */
  gboolean possessive;
  guint classes;     /* WordClass bits of lower */
  gboolean filled;   /* lower, possessive and classes worked out */
} Item;

/* px_quote_normalize_word() into @chunk: items are made for every word of every
 * article, and most are ASCII, lower-cased in place there. */
static char *
normalize_word_in (GStringChunk *chunk, const char *s, gsize len)
{
  g_autofree char *normal = NULL;
  gsize i;

  for (i = 0; i < len && (guchar) s[i] < 0x80; i++)
    ;
  if (i == len)
    {
      char *ascii = g_string_chunk_insert_len (chunk, s, len);

      for (i = 0; i < len; i++)
        ascii[i] = g_ascii_tolower (ascii[i]);
      return ascii;
    }
  normal = px_quote_normalize_word (s, len);
  return g_string_chunk_insert (chunk, normal);
}

static gboolean
is_abbreviation (const char *lower)
{
  return g_utf8_strlen (lower, -1) == 1 || strchr (lower, '.') != NULL ||
         px_quote_in_list (WC_ABBREVIATION, lower);
}

/* Works out a word's lower-case form and what lists it is in. */
static void
item_fill (DocScan *ds, Item *it)
{
  gsize n;

  if (it->kind != IT_WORD || it->filled)
    return;
  it->filled = TRUE;
  it->lower = normalize_word_in (ds->words, ds->text + it->start, it->end - it->start);
  n = strlen (it->lower);
  if (n > 2 && it->lower[n - 2] == '\'' && it->lower[n - 1] == 's')
    {
      it->lower[n - 2] = '\0';
      it->possessive = TRUE;
    }
  it->classes = px_quote_word_classes (it->lower);
}

/* "Peter King", "Erik Prince", "Peter T. King": a title written after a
 * first name (or a first name and an initial), with no capitalised word
 * after it, is the surname; "Mr. Prince" and "Prince" alone are too,
 * once the article has written it so.  Its item is no title then.  So
 * is a stop word ("Theresa May"), but alone only after "Mrs." or before
 * a speech verb ("May said"): "in May" is a month. */
static gboolean is_verb (const Item *it);
static gboolean written_lower_word (DocScan *ds, const Item *it);
static gboolean all_capitalised (GArray *items, guint a, guint e);

/* Whether the item before @it, one of @items, is a determiner: "the
 * Fire Marshal" is no first name and its surname. */
static gboolean
after_determiner (GArray *items, const Item *it)
{
  guint i = it - (const Item *) items->data;

  return i > 0 && g_array_index (items, Item, i - 1).kind == IT_WORD &&
         (g_array_index (items, Item, i - 1).classes & WC_DETERMINER);
}

static void
untitle_surnames (DocScan *ds, GArray *items)
{
  static const Item none = { IT_END };

  for (guint i = 0; i < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);
      const Item *prev = i > 0 ? &g_array_index (items, Item, i - 1) : &none;
      const Item *next = i + 1 < items->len ? &g_array_index (items, Item, i + 1) : NULL;
      const Item *first = prev;
      gboolean surname, stop, after_title;

      if (it->kind != IT_WORD || !it->cap || it->acronym || !(it->classes & (WC_TITLE | WC_STOP)) ||
          (it->classes & WC_DETERMINER) ||
          (next && next->kind == IT_WORD && next->cap && !(next->classes & WC_NAME_SUFFIX)))
        continue;
      stop = !(it->classes & WC_TITLE);
      if (prev->kind == IT_WORD && prev->cap && g_utf8_strlen (prev->lower, -1) == 1 && i >= 2)
        first = &g_array_index (items, Item, i - 2);   /* the initial's first name */
      after_title = prev->kind == IT_WORD && (prev->classes & WC_TITLE) && (prev->classes & (WC_MALE | WC_FEMALE));
      if (next)
        item_fill (ds, (Item *) next);
      if (first->kind == IT_WORD)
        item_fill (ds, (Item *) first);
      if (prev->kind == IT_WORD && prev->cap && first->kind == IT_WORD && first->cap &&
          !(first->classes & (WC_TITLE | WC_PLACE | WC_STOP)) &&
          ((first->classes & (WC_MALE | WC_FEMALE)) ||
           /* "Rory Read, a former executive", "Rory Read said": a first
            * name the lists do not know, by what follows the name. */
           (stop && !(first->classes & (WC_DETERMINER | WC_FUNCTION | WC_ADVERB)) &&
            !(it->classes & WC_FUNCTION) && next &&
            (next->kind == IT_COMMA || is_verb (next))) ||
           /* "Tishana King says", "Tishana King, 39,": a title after a
            * word no list holds and the text never writes in lower case,
            * before a comma or a verb, is that first name's surname. */
           (!stop && first->classes == 0 && !written_lower_word (ds, first) && next &&
            (next->kind == IT_COMMA || is_verb (next)) && !after_determiner (items, first))))
        {
          surname = TRUE;
          g_hash_table_add (ds->title_surnames, it->lower);
        }
      /* "Mr. King said", "Mrs. May": after a form of address, a
       * surname, unless a role one addresses ("Mr. President"). */
      else if (prev->kind == IT_WORD && (prev->classes & WC_ADDRESS) &&
               !(it->classes & WC_ADDRESSED_ROLE))
        {
          surname = TRUE;
          g_hash_table_add (ds->title_surnames, it->lower);
        }
      else
        /* Later, alone or after "Mr.": "Prince said". */
        surname = (after_title || (!stop && (prev->kind != IT_WORD || !prev->cap)) ||
                   (stop && next && is_verb (next))) &&
                  g_hash_table_contains (ds->title_surnames, it->lower);
      if (surname)
        it->classes &= ~(WC_TITLE | WC_STOP);
    }
}

/* How long an aside in brackets may be to be left out of the items. */
#define MAX_ASIDE_TOKENS 12

/* ", R-Pa.," or ", D-N.Y.," after a lawmaker's name: a party and a state
 * set off by commas.  Like an aside in brackets its dots end no sentence
 * and its words name nobody.  Returns the index of the comma that closes
 * the tag opening at tokens[i], or @i when no tag opens there. */
static guint
party_tag_end (DocScan *ds, const PxToken *tokens, guint i, guint n_tokens)
{
  const char *s = ds->text + tokens[i].start;
  guint k = i + 2;

  if (tokens[i].kind != PX_TOKEN_WORD || tokens[i].len != 1 || !strchr ("DRI", *s) ||
      k >= n_tokens || ds->text[tokens[i + 1].start] != '-' || tokens[i + 1].len != 1 ||
      tokens[k].kind != PX_TOKEN_WORD || !g_ascii_isupper (ds->text[tokens[k].start]))
    return i;
  /* The state, glued: "Pa.", "N.H.", "Texas". */
  while (k < n_tokens && tokens[k].start == tokens[k - 1].start + tokens[k - 1].len &&
         (tokens[k].kind == PX_TOKEN_WORD || ds->text[tokens[k].start] == '.'))
    k++;
  return k < n_tokens && ds->text[tokens[k].start] == ',' ? k : i;
}

/* Whether the dot at tokens[i] ends no sentence because the sentence
 * goes on right after it: a comma ("in Cambridge, Mass., said") or a
 * word in lower case ("a veteran Calif. lobbyist"). */
static gboolean
dot_goes_on (DocScan *ds, const PxToken *tokens, guint i, guint n_tokens)
{
  guint k = i + 1;

  if (k < n_tokens && (ds->text[tokens[k].start] == ',' || ds->text[tokens[k].start] == ';'))
    return TRUE;
  if (k < n_tokens && tokens[k].kind == PX_TOKEN_SPACE && !memchr (ds->text + tokens[k].start, '\n', tokens[k].len))
    k++;
  return k < n_tokens && k > i + 1 && tokens[k].kind == PX_TOKEN_WORD &&
         g_ascii_islower (ds->text[tokens[k].start]);
}

/* The items of @tokens: words, and the punctuation that matters for
 * attribution.  Text inside quotes is left out.  With @lazy, only the
 * capitalised words are filled in (item_fill()), the others when asked:
 * looking for names reads few of them. */
static GArray *
items_from_tokens (DocScan *ds, const PxToken *tokens, guint n_tokens, gboolean lazy)
{
  /* At most one item a token: no growing on the way. */
  GArray *items = g_array_sized_new (FALSE, TRUE, sizeof (Item), n_tokens);

  for (guint i = 0; i < n_tokens; i++)
    {
      const PxToken *t = &tokens[i];
      const char *s = ds->text + t->start;
      Item it = { IT_OTHER, t->start, t->start + t->len, NULL, FALSE, FALSE, FALSE };

      if (ds->quoted[t->start])
        continue;
      if (t->kind == PX_TOKEN_SPACE)
        {
          if (memchr (s, '\n', t->len) && items->len)
            {
              Item end = { IT_END, t->start, t->start, NULL, FALSE, FALSE, FALSE };
              g_array_append_val (items, end);
            }
          continue;
        }
      if (t->kind == PX_TOKEN_WORD && items->len &&
          g_array_index (items, Item, items->len - 1).kind == IT_COMMA)
        {
          guint tag_end = party_tag_end (ds, tokens, i, n_tokens);

          /* "Glenn Thompson, R-Pa., said": both commas go with the tag. */
          if (tag_end > i)
            {
              g_array_set_size (items, items->len - 1);
              i = tag_end;
              continue;
            }
        }
      if (t->kind == PX_TOKEN_WORD)
        {
          gsize n = t->len;

          it.kind = IT_WORD;
          /* ASCII has no title-case letters: its case is a byte test. */
          if ((guchar) s[0] < 0x80)
            it.cap = g_ascii_isupper (s[0]);
          else
            it.cap = g_unichar_isupper (g_utf8_get_char (s)) ||
                     g_unichar_istitle (g_utf8_get_char (s));
          if (it.cap && n >= 2 && (guchar) s[0] < 0x80 && (guchar) s[1] < 0x80)
            it.acronym = !g_ascii_islower (s[1]);
          else
            it.acronym = it.cap && n >= 2 && !g_unichar_islower (g_utf8_get_char (g_utf8_next_char (s)));
          if (!lazy || it.cap)
            item_fill (ds, &it);
        }
      else if ((*s == '\'' || g_str_has_prefix (s, "’")) && items->len &&
               g_array_index (items, Item, items->len - 1).kind == IT_WORD &&
               g_array_index (items, Item, items->len - 1).end == t->start &&
               (item_fill (ds, &g_array_index (items, Item, items->len - 1)),
                g_str_has_suffix (g_array_index (items, Item, items->len - 1).lower, "s")))
        {
          /* "Sanders’ campaign manager": a plural or an s-name's
           * possessive, the mark kept with its word. */
          g_array_index (items, Item, items->len - 1).possessive = TRUE;
          g_array_index (items, Item, items->len - 1).end = t->start + t->len;
          continue;
        }
      else if (*s == '(')
        {
          /* A short aside in brackets, "Rep. Earl Lee (D-Ore.) said", is
           * left out: its dots end no sentence, its words name nobody. */
          guint close = i + 1;

          while (close < n_tokens && close < i + MAX_ASIDE_TOKENS &&
                 ds->text[tokens[close].start] != ')' && ds->text[tokens[close].start] != '(')
            close++;
          if (close < n_tokens && ds->text[tokens[close].start] == ')')
            {
              i = close;
              continue;
            }
        }
      else if (*s == ',' || *s == ';')
        it.kind = IT_COMMA;
      else if (*s == ':')
        it.kind = IT_COLON;
      else if (*s == '-' && t->len == 1)
        it.kind = IT_HYPHEN;
      else if (*s == '.' || *s == '!' || *s == '?')
        {
          Item *prev = items->len ? &g_array_index (items, Item, items->len - 1) : NULL;

          /* "James A. Baker": an initial, not the article "A". */
          if (*s == '.' && prev && prev->kind == IT_WORD && prev->end == t->start &&
              prev->cap && prev->end - prev->start == 1 && items->len >= 2 &&
              g_array_index (items, Item, items->len - 2).kind == IT_WORD &&
              g_array_index (items, Item, items->len - 2).cap && i + 2 < n_tokens &&
              g_ascii_isupper (ds->text[tokens[i + 2].start]))
            {
              item_fill (ds, prev);
              prev->classes = 0;
              continue;
            }
          /* "Adm. John Kirby", "U.S. officials": no sentence ends there. */
          if (*s == '.' && prev && prev->kind == IT_WORD && prev->end == t->start &&
              (item_fill (ds, prev), is_abbreviation (prev->lower)))
            continue;
          if (*s == '.' && prev && prev->kind == IT_WORD && dot_goes_on (ds, tokens, i, n_tokens))
            continue;
          it.kind = IT_END;
        }
      g_array_append_val (items, it);
    }
  untitle_surnames (ds, items);
  return items;
}

/* The items of text[lo, hi). */
static GArray *
items_of (DocScan *ds, guint32 lo, guint32 hi)
{
  GArray *tokens = ds->tokens;

  if (hi <= lo)
    return g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_size (tokens, 0);
  px_tokenize (ds->text + lo, hi - lo, lo, tokens);
  return items_from_tokens (ds, (const PxToken *) (gpointer) tokens->data, tokens->len, FALSE);
}

static gboolean
is_title (const Item *it)
{
  return it->kind == IT_WORD && (it->classes & WC_TITLE);
}

static gboolean
is_particle (const Item *it)
{
  return it->kind == IT_WORD && !it->cap && (it->classes & WC_PARTICLE);
}

static gboolean
is_name_word (const Item *it)
{
  return it->kind == IT_WORD && it->cap && !is_title (it) &&
         !(it->classes & (WC_STOP | WC_DETERMINER)) && !g_ascii_isdigit (it->lower[0]);
}

static gboolean
is_verb (const Item *it)
{
  return it->kind == IT_WORD && !it->cap && (it->classes & WC_SPEECH_VERB);
}

/* A speech verb written with a capital inside a sentence, after a name
 * or a comma: a headline's "Ivo Marsh Says", a brand's "Tweeted". */
static gboolean
is_capitalised_verb (DocScan *ds, GArray *items, guint i)
{
  Item *it = &g_array_index (items, Item, i);
  const Item *before;

  if (i == 0 || it->kind != IT_WORD || !it->cap || it->acronym)
    return FALSE;
  before = &g_array_index (items, Item, i - 1);
  if (!(before->kind == IT_COMMA || (before->kind == IT_WORD && before->cap && !before->possessive)))
    return FALSE;
  /* "said Rory Read, president of AMD": a name after its verb holds no
   * other verb. */
  for (guint k = i - 1; k > 0 && g_array_index (items, Item, k).kind == IT_WORD &&
                        g_array_index (items, Item, k).cap; k--)
    {
      Item *b = &g_array_index (items, Item, k - 1);

      item_fill (ds, b);
      if (is_verb (b))
        return FALSE;
    }
  item_fill (ds, it);
  /* "Read said", "Mr. Read said": a name before its verb. */
  item_fill (ds, (Item *) before);
  if (i + 1 < items->len)
    item_fill (ds, &g_array_index (items, Item, i + 1));
  if ((i + 1 < items->len && is_verb (&g_array_index (items, Item, i + 1))) ||
      (is_title (before) && (before->classes & (WC_MALE | WC_FEMALE))))
    return FALSE;
  /* "But Rory Read, a former executive,", "Mark Read said": after a
   * first name that opens a name, a word not followed by a capitalised
   * one (as a headline's verb is: "Hillary Says She…") is its surname. */
  if (i >= 2)
    item_fill (ds, &g_array_index (items, Item, i - 2));
  if (before->kind == IT_WORD && (before->classes & (WC_MALE | WC_FEMALE)) &&
      !(before->classes & WC_TITLE) &&
      (i < 2 || !is_name_word (&g_array_index (items, Item, i - 2))) &&
      (i + 1 >= items->len || g_array_index (items, Item, i + 1).kind != IT_WORD ||
       !g_array_index (items, Item, i + 1).cap))
    return FALSE;
  /* "United States": a word of a name's is no verb. */
  return (it->classes & WC_SPEECH_VERB) &&
         !(it->classes & (WC_PARTICIPLE | WC_ORG | WC_PLACE | WC_TITLE)) &&
         px_quote_has_ending (WE_FINITE_VERB, it->lower);
}

/* A headline's verb after its subject, a title or a colon, not at the
 * start of a sentence: "She Sees Reagan-like Qualities", "Clinton Wades
 * In: Urges Britain…" (the [headline-verbs] list). */
static gboolean
is_headline_verb (DocScan *ds, GArray *items, guint i)
{
  Item *it = &g_array_index (items, Item, i);

  if (i == 0 || it->kind != IT_WORD || !it->cap || it->acronym ||
      g_array_index (items, Item, i - 1).kind == IT_END)
    return FALSE;
  item_fill (ds, it);
  return (it->classes & WC_HEADLINE_VERB) != 0;
}

/* A speech verb at items[i], in lower case or capitalised inside a
 * sentence. */
static gboolean
is_verb_at (DocScan *ds, GArray *items, guint i)
{
  return is_verb (&g_array_index (items, Item, i)) || is_capitalised_verb (ds, items, i);
}

static gboolean
is_pronoun (const Item *it)
{
  return it->kind == IT_WORD &&
         (g_str_equal (it->lower, "he") || g_str_equal (it->lower, "she") ||
          g_str_equal (it->lower, "him") || g_str_equal (it->lower, "her"));
}

/* The text of [start, end) with runs of white space as one space, into
 * @out. */
static void
append_span_text (DocScan *ds, guint32 start, guint32 end, GString *out)
{
  const char *p = ds->text + start, *stop = ds->text + end;
  gsize first = out->len;
  gboolean space = FALSE;

  for (; p < stop && *p; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space && out->len > first)
            g_string_append_c (out, ' ');
          space = FALSE;
          if (c < 0x80)
            g_string_append_c (out, (char) c);
          else
            g_string_append_unichar (out, c);
        }
    }
}

static char *
span_text (DocScan *ds, guint32 start, guint32 end)
{
  GString *out = g_string_new (NULL);

  append_span_text (ds, start, end, out);
  return g_string_free (out, FALSE);
}

/* "Brent Bozell III": a generation, not an acronym. */
static gboolean
is_roman_numeral (const char *lower)
{
  return strspn (lower, "ivx") == strlen (lower);
}

/* Words before a name that make it a place or an organisation: "at the
 * University", "during a Fox News interview". */
/* Whether items[i] opens a sentence (or the span scanned). */
static gboolean
opens_sentence (GArray *items, guint i)
{
  return i == 0 || g_array_index (items, Item, i - 1).kind == IT_END;
}

static const char * const name_prepositions[] = {
  "at", "of", "from", "for", "in", "on", "with", "during", "by", "about", "against", NULL
};

static gboolean capitalised_inside_sentence (DocScan *ds, const char *word);

/* Whether the word of @it stands capitalised inside a sentence somewhere. */
static gboolean
written_inside (DocScan *ds, const Item *it)
{
  g_autofree char *word = g_strndup (ds->text + it->start, it->end - it->start);

  return capitalised_inside_sentence (ds, word);
}

static gboolean written_lower (DocScan *ds, const char *word);

/* Whether the word of @it stands in lower case somewhere in the text. */
static gboolean
written_lower_word (DocScan *ds, const Item *it)
{
  g_autofree char *word = g_strndup (ds->text + it->start, it->end - it->start);

  return written_lower (ds, word);
}

/* How long a nickname inside a name may be: 'Salvatore "Sammy the Bull"
 * Gravano'. */
#define MAX_NICKNAME_BYTES 40

/* A name run: capitalised words, joined by hyphens and particles
 * ("Bashar al-Assad").  Returns the index past the run. */
static guint
name_run (DocScan *ds, GArray *items, guint i, guint hi, guint *n_words, gboolean *org)
{
  guint last = i, words = 0;
  gboolean joined = FALSE;

  *org = FALSE;
  while (i < hi)
    {
      Item *it = &g_array_index (items, Item, i);

      /* "Obama Urges Britain": the verb ends one name and opens none. */
      if (is_capitalised_verb (ds, items, i) || is_headline_verb (ds, items, i))
        break;
      /* "Jr." ends a name ("Robert F. Kennedy Jr.") and opens none. */
      if (words == 0 && it->kind == IT_WORD && (it->classes & WC_NAME_SUFFIX))
        break;
      /* 'Teachers “get why the union endorsed her, and…,” Weingarten
       * said': no name runs on across a quoted clause (but a nickname
       * stands in one: 'Vincent "The Chin" Gigante'). */
      if (i > 0 && (words > 0 || joined))
        {
          const Item *before = &g_array_index (items, Item, i - 1);
          gboolean quoted = FALSE, clause = FALSE;

          for (guint32 k = before->end; k < it->start && !clause; k++)
            if (ds->quoted[k])
              {
                quoted = TRUE;
                clause = strchr (",.;:!?", ds->text[k]) != NULL;
              }
          if (quoted && (clause || it->start - before->end > MAX_NICKNAME_BYTES))
            break;
        }
      /* "Typically Microsoft releases…", "Once Microsoft issues…": an
       * adverb opening a sentence before a name is no first name
       * (unless it is one: Kelly Ayotte). */
      if (words == 0 && opens_sentence (items, i) && i + 1 < hi &&
          is_name_word (&g_array_index (items, Item, i + 1)) && is_name_word (it) &&
          (px_quote_has_ending (WE_ADVERB, it->lower) || (it->classes & (WC_ADVERB | WC_PARTICIPLE)) ||
           /* "Choosing DeGeneres signals…", not "said Sterling Lee" */
           (px_quote_has_ending (WE_PARTICIPLE, it->lower) && !written_inside (ds, it)) ||
           /* "Stated Stone:", "Added Lee:": the verb, put first. */
           ((it->classes & WC_SPEECH_VERB) && px_quote_has_ending (WE_FINITE_VERB, it->lower) &&
            !written_inside (ds, it))) &&
          !(it->classes & (WC_MALE | WC_FEMALE)))
        break;
      /* "Moviemaker Gary Ross", "usual Dependable Doug": a common word
       * the text writes in lower case, before a first name, is none of
       * the name. */
      if (words == 0 && i + 1 < hi && is_name_word (it) && !it->acronym &&
          !(it->classes & (WC_MALE | WC_FEMALE | WC_ORG | WC_PLACE)) &&
          is_name_word (&g_array_index (items, Item, i + 1)) &&
          (g_array_index (items, Item, i + 1).classes & (WC_MALE | WC_FEMALE)) &&
          written_lower_word (ds, it))
        break;
      /* "Secretary of Commerce Gary Locke": a word after a title's "of",
       * before a first name, is the title's field, none of the name. */
      if (words == 0 && i >= 2 && i + 1 < hi && is_name_word (it) &&
          !(it->classes & (WC_MALE | WC_FEMALE)) &&
          is_name_word (&g_array_index (items, Item, i + 1)) &&
          (g_array_index (items, Item, i + 1).classes & (WC_MALE | WC_FEMALE)))
        {
          Item *of = &g_array_index (items, Item, i - 1), *title = &g_array_index (items, Item, i - 2);

          item_fill (ds, of);
          item_fill (ds, title);
          if (of->kind == IT_WORD && !of->cap && g_str_equal (of->lower, "of") && is_title (title))
            break;
        }
      if (is_name_word (it) ||
          (words > 0 && it->kind == IT_WORD && it->cap && (it->classes & WC_NAME_NOUN) &&
           !g_array_index (items, Item, i - 1).possessive))
        {
          /* "Al-Akhbar" is one word; "U.S", "NBC" are not people. */
          if (!joined)
            words++;
          joined = FALSE;
          if ((it->classes & WC_ORG) || strchr (it->lower, '.') ||
              (it->acronym && !is_roman_numeral (it->lower)))
            *org = TRUE;
          last = i + 1;
          if (it->possessive)
            break;
          i++;
        }
      else if (words > 0 && i + 1 < hi &&
               (it->kind == IT_HYPHEN || (item_fill (ds, it), is_particle (it))))
        {
          joined = it->kind == IT_HYPHEN;
          i++;
        }
      else
        break;
    }
  *n_words = words;
  return last;
}

/* The surname in @name, at *@at, its length returned: the last word, or
 * the one before a suffix ("Robert F. Kennedy Jr" is a Kennedy). */
static gsize
surname_in (const char *name, const char **at)
{
  const char *last = px_quote_last_word (name);

  if (last > name)
    {
      g_autofree char *lower = px_quote_normalize_word (last, strlen (last));
      gsize n = strlen (lower);

      if (n > 0 && lower[n - 1] == '.')
        lower[n - 1] = '\0';
      if (px_quote_in_list (WC_NAME_SUFFIX, lower))
        {
          const char *end = last - 1;   /* the space before the suffix */
          const char *start = end;

          while (start > name && start[-1] != ' ')
            start--;
          if (end > start && end[-1] == ',')
            end--;
          *at = start;
          return end - start;
        }
    }
  *at = last;
  return strlen (last);
}

/* Whether the surname of @name is @surname. */
static gboolean
has_surname (const char *name, const char *surname)
{
  const char *at;
  gsize n = surname_in (name, &at);

  return strlen (surname) == n && strncmp (at, surname, n) == 0;
}

/* Most words an appositive's role is looked for in. */
#define MAX_APPOSITIVE_WORDS 5

/* Adds to @titles the role an appositive after the name gives it:
 * "Ema Suryani, a doctor at a clinic," is "the doctor" later, "Mark
 * Toner, a State Department spokesman," "the spokesman".  The appositive
 * opens with an article, a role or a name, and ends with the role, at
 * a comma, a preposition or "who" ("Ann Lee, the nominee stated" is a
 * list);
 * words before a possessive are its owner's ("Ann Lee, the governor's
 * aide,"). */
static void
appositive_titles (DocScan *ds, GArray *items, guint e, GString *titles, Mention *m)
{
  gsize kept = titles->len;
  gboolean found = FALSE, ended = FALSE;

  if (e + 2 >= items->len || g_array_index (items, Item, e).kind != IT_COMMA)
    return;
  for (guint k = e + 1; k < items->len && k <= e + MAX_APPOSITIVE_WORDS; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      if (it->kind != IT_WORD)
        {
          ended = it->kind == IT_COMMA || it->kind == IT_END;
          break;
        }
      item_fill (ds, it);
      if (k > e + 1 && (g_strv_contains (name_prepositions, it->lower) ||
                        g_str_equal (it->lower, "who") || g_str_equal (it->lower, "to")))
        {
          ended = TRUE;
          break;
        }
      /* "…, the church's minister said": the role is the last word. */
      if (found && !is_title (it))
        break;
      if (k == e + 1 && !it->cap && !is_title (it) && !(it->classes & WC_DETERMINER))
        return;
      if (it->possessive)
        {
          g_string_truncate (titles, kept);
          found = FALSE;
        }
      else if (is_title (it) && !it->cap)
        {
          g_string_append (titles, it->lower);
          g_string_append_c (titles, ' ');
          found = TRUE;
        }
    }
  if (found && ended)
    m->titled = TRUE;
  else
    g_string_truncate (titles, kept);
}

/* Prepositions that put a name as a place: "in Banda Aceh". */
static const char * const place_prepositions[] = {
  "in", "near", "outside", "across", "throughout", "off", NULL
};

/* How many words may stand between an article and the role it opens:
 * "a senior fire department official". */
#define MAX_ROLE_WORDS 5

static gboolean item_is (GArray *items, guint i, const char *word);

static void
add_mention (DocScan *ds, GArray *items, guint s, guint e, guint n_words, gboolean org,
             guint32 sentence)
{
  const Item *first = &g_array_index (items, Item, s);
  const Item *last = &g_array_index (items, Item, e - 1);
  GString *titles = ds->scratch;
  Mention m = { .pos = first->start, .n_words = n_words, .org = org, .sentence = sentence };
  guint32 end = last->end;

  /* Titles right before the name: "Pentagon spokesman Rear Adm." */
  g_string_assign (titles, " ");
  for (guint k = s; k > 0; k--)
    {
      Item *t = &g_array_index (items, Item, k - 1);

      item_fill (ds, t);
      /* "The Notorious Bettie Page" (a film), "the Rose Garden": no
       * article stands right before a person's name, unless the name
       * is said of something ("the Carson campaign", "the Clinton of
       * lore"). */
      if (k == s && t->kind == IT_WORD && (t->classes & WC_DETERMINER) &&
          !(e < items->len && g_array_index (items, Item, e).kind == IT_WORD &&
            !g_array_index (items, Item, e).cap))
        m.not_person = TRUE;
      if (k == s && t->kind == IT_WORD && !t->cap && !last->possessive &&
          g_strv_contains (place_prepositions, t->lower))
        m.in_place = TRUE;
      if (is_title (t))
        {
          const char *full = px_quote_title_in_full (t->lower);

          g_string_append (titles, t->lower);
          g_string_append_c (titles, ' ');
          /* "Gov." is "the governor", "Rep." "the congressman". */
          for (; full && *full; full += strlen (full) + 1)
            {
              g_string_append (titles, full);
              g_string_append_c (titles, ' ');
            }
          m.titled = TRUE;
        }
      /* "Pentagon spokesman Rear Adm. John Kirby", but not "Tom Hale of
       * Ohio": a capitalised word before the first title is a name. */
      else
        {
          /* "of Ivo Marsh", "against Ada Marr", "the Marsh plan": a name
           * after a preposition or a determiner is no sentence's subject. */
          if (t->kind == IT_WORD && !t->cap &&
              (g_strv_contains (name_prepositions, t->lower) || (t->classes & WC_DETERMINER) ||
               g_str_equal (t->lower, "to") || g_str_equal (t->lower, "whom")))
            m.after_preposition = TRUE;
          /* "the governor of Unity state": a name right after "of" is
           * the title's field, not its holder. */
          if (!(t->kind == IT_WORD && ((g_str_equal (t->lower, "of") && k != s) || (t->cap && m.titled))))
            break;
        }
    }
  /* "from the U.K. to Japan, a company spokeswoman said": a lone name
   * after a preposition ends a phrase; the role set off after it is the
   * sentence's subject, not the name's. */
  if (!last->possessive && !(m.after_preposition && n_words == 1))
    appositive_titles (ds, items, e, titles, &m);
  /* "a harbour official, Tom Ruud,": a role set off before the name,
   * opened by an article, is the name's. */
  if (s >= 3 && g_array_index (items, Item, s - 1).kind == IT_COMMA &&
      is_title (&g_array_index (items, Item, s - 2)) && !g_array_index (items, Item, s - 2).cap)
    for (guint k = s - 2; k > 0 && k + MAX_ROLE_WORDS >= s - 2; k--)
      {
        Item *t = &g_array_index (items, Item, k - 1);

        if (t->kind != IT_WORD)
          break;
        item_fill (ds, t);
        if (item_is (items, k - 1, "a") || item_is (items, k - 1, "an") || item_is (items, k - 1, "the"))
          {
            g_string_append (titles, g_array_index (items, Item, s - 2).lower);
            g_string_append_c (titles, ' ');
            m.titled = TRUE;
            break;
          }
      }
  /* "prosecutor Kellie Hill", "Sen. Frank Church": a name, though its
   * last word names organisations ("Capitol Hill", "a church"). */
  m.org_surname = org && m.titled && n_words == 2 && e == s + 2 && !first->acronym &&
                  !(first->classes & (WC_ORG | WC_PLACE | WC_STOP)) && !strchr (first->lower, '.') &&
                  (last->classes & WC_ORG) && !last->acronym;
  if (last->possessive)
    {
      /* Kerry’s, Sanders’: the name without the possessive ending. */
      const char *p = g_utf8_find_prev_char (ds->text, ds->text + end);

      if (p && *p == 's' && p > ds->text + first->start)
        p = g_utf8_find_prev_char (ds->text, p);
      if (p && p > ds->text + first->start)
        end = p - ds->text;
    }
  /* Both kept in the scan's chunk: a document has thousands of names. */
  m.titles = g_string_chunk_insert_len (ds->words, titles->str, titles->len);
  g_string_truncate (ds->scratch, 0);
  append_span_text (ds, first->start, end, ds->scratch);
  m.name = g_string_chunk_insert_len (ds->words, ds->scratch->str, ds->scratch->len);
  {
    const char *at;
    gsize n = surname_in (m.name, &at);

    m.surname = at[n] ? g_string_chunk_insert_len (ds->words, at, n) : at;
  }
  g_array_append_val (ds->mentions, m);
}

/* A name the article writes after a preposition of place ("in Banda
 * Aceh") is a place wherever it stands, unless a title goes with it
 * somewhere, it opens with a first name ("faith in Ann Lee") or it is
 * the surname of a full name ("in Sanders parlance"). */
static void
places_not_persons (DocScan *ds)
{
  g_autoptr(GHashTable) places = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->in_place && !m->org && !m->titled)
        {
          const char *sp = strchr (m->name, ' ');
          g_autofree char *first = px_quote_normalize_word (m->name, sp ? (gsize) (sp - m->name) : strlen (m->name));

          if (!(px_quote_word_classes (first) & (WC_MALE | WC_FEMALE)))
            g_hash_table_add (places, m->name);
        }
    }
  for (guint i = 0; g_hash_table_size (places) > 0 && i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      /* "in Sanders parlance": the surname of a full name written
       * elsewhere. */
      if (m->titled)
        g_hash_table_remove (places, m->name);
      else if (m->n_words >= 2 && !m->in_place)
        g_hash_table_remove (places, m->surname);
    }
  for (guint i = 0; g_hash_table_size (places) > 0 && i < ds->mentions->len; i++)
    {
      Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (g_hash_table_contains (places, m->name))
        m->not_person = TRUE;
    }
}

/* Every name outside quotes, in order: who "he" and "the secretary" can be. */
void
px_quote_collect_mentions (DocScan *ds)
{
  guint n = px_document_get_n_paragraphs (ds->doc);

  for (guint p = 0; p < n; p++)
    {
      guint n_tokens;
      /* The paragraph's tokens, as the comparison has them already. */
      const PxToken *tokens = px_document_get_paragraph_tokens (ds->doc, p, &n_tokens);
      g_autoptr(GArray) items = items_from_tokens (ds, tokens, n_tokens, TRUE);
      guint32 sentence = n_tokens ? tokens[0].start : 0;

      for (guint i = 0; i < items->len;)
        {
          guint n_words;
          gboolean org;
          guint e;

          if (g_array_index (items, Item, i).kind == IT_END)
            {
              sentence = g_array_index (items, Item, i).end;
              i++;
              continue;
            }
          e = name_run (ds, items, i, items->len, &n_words, &org);
          if (n_words == 0)
            {
              i++;
              continue;
            }
          add_mention (ds, items, i, e, n_words, org, sentence);
          i = e;
        }
    }
  places_not_persons (ds);
}

/* ------------------------------------------------------------------ */
/* Speakers                                                            */
/* ------------------------------------------------------------------ */

static gboolean
is_adverb (const Item *it)
{
  return it->kind == IT_WORD && !it->cap &&
         ((it->classes & WC_ADVERB) || px_quote_has_ending (WE_ADVERB, it->lower));
}

static gboolean
is_np_word (const Item *it)
{
  return it->kind == IT_HYPHEN ||
         (it->kind == IT_WORD && (it->cap || is_title (it) || is_particle (it) ||
                                  g_str_equal (it->lower, "of")));
}

/* Whether items[a, b) hold "of", "at" or "from" ("Ann Lee of the
 * club", "Ann Lee at the club"). */
static gboolean
of_between (GArray *items, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    {
      const Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_WORD && !it->cap && it->lower &&
          (g_str_equal (it->lower, "of") || g_str_equal (it->lower, "at") ||
           g_str_equal (it->lower, "from")))
        return TRUE;
    }
  return FALSE;
}

static gboolean names_person (DocScan *ds, const char *name);

/* How many lower-case words may follow a name that qualifies them before
 * the noun they describe: "the Republican presidential candidate". */
#define MAX_QUALIFIED_WORDS 3

/* Whether items[k] is a lower-case noun or adjective that a name before
 * it qualifies ("U.S. media", "Q poll", "Latino conservative"): no
 * verb, adverb, participle or function word. */
static gboolean
qualified_word (DocScan *ds, GArray *items, guint k)
{
  Item *it;

  if (k >= items->len)
    return FALSE;
  it = &g_array_index (items, Item, k);
  if (it->kind != IT_WORD || it->cap)
    return FALSE;
  item_fill (ds, it);
  /* "Gupta wouldn't comment": a verb cut by its "n't". */
  if (it->end < ds->len && (ds->text[it->end] == '\'' || g_str_has_prefix (ds->text + it->end, "’")))
    return FALSE;
  return !(it->classes & (WC_SPEECH_VERB | WC_FINITE_VERB | WC_PARTICIPLE | WC_FUNCTION | WC_STOP |
                          WC_DETERMINER | WC_ADVERB | WC_PARTICLE)) &&
         !px_quote_is_finite_verb (it->lower) && !px_quote_has_ending (WE_MODIFIER, it->lower) &&
         !g_str_equal (it->lower, "of") && !g_str_equal (it->lower, "and");
}

/* Whether items[k] is a lower-case word that may go on a noun phrase
 * ("union leaders"): no speech verb, function word, adverb or verb the
 * lists know. */
static gboolean
noun_goes_on (DocScan *ds, GArray *items, guint k)
{
  Item *it = &g_array_index (items, Item, k);

  if (it->kind != IT_WORD || it->cap)
    return FALSE;
  item_fill (ds, it);
  return !(it->classes & (WC_SPEECH_VERB | WC_FINITE_VERB | WC_FUNCTION | WC_STOP | WC_DETERMINER |
                          WC_ADVERB | WC_PARTICLE)) && !is_adverb (it);
}

/* Where the lower-case words a name qualifies, from items[k] on, end:
 * at an organisation's or a statement's noun ("the Tidewire ferry
 * campaign", "a Marr campaign statement"), which is returned, or past
 * the last of them.  @title is set to the first title among them ("the
 * Labour port director"). */
static guint
qualified_run_end (DocScan *ds, GArray *items, guint k, const Item **title)
{
  guint from = k;

  for (; k < items->len && k < from + 2 * MAX_QUALIFIED_WORDS; k++)
    {
      const Item *it = &g_array_index (items, Item, k);

      /* "mobile-phone" */
      if (it->kind == IT_HYPHEN && k > from && it->start == g_array_index (items, Item, k - 1).end)
        continue;
      if (!qualified_word (ds, items, k) || (it->classes & (WC_ORG_NOUN | WC_STATEMENT)))
        break;
      if (*title == NULL && is_title (it))
        *title = it;
    }
  return k;
}

/* Turns the noun phrase items[s, e) into a speaker. */
/* Whether the word of @it stands inside a sentence, not at its start:
 * after a word or a comma, or after a quote that ends with a comma. */
static gboolean
inside_sentence (DocScan *ds, const Item *it)
{
  const char *p = ds->text + it->start;

  while (p > ds->text && (p[-1] == ' ' || p[-1] == '\t'))
    p--;
  if (p == ds->text)
    return FALSE;
  p = g_utf8_find_prev_char (ds->text, p);
  switch (g_utf8_get_char (p))
    {
    case '"': case 0x201D: case 0x2019: case '\'':
      if (p == ds->text)
        return FALSE;
      while (p > ds->text && p[-1] == ' ')
        p--;
      return p > ds->text && p[-1] == ',';
    case '.': case '!': case '?': case '\n': case ':':
      return FALSE;
    default:
      return TRUE;
    }
}

static void
set_speaker_np (Found *f, DocScan *ds, GArray *items, guint s, guint e)
{
  int last_title = -1;
  guint best_s = 0, best_e = 0, best_words = 0;
  guint held_s = 0, held_e = 0, held_words = 0;
  gboolean best_org = FALSE, held_org = FALSE;
  const Item *first;

  while (s < e && g_array_index (items, Item, e - 1).kind != IT_WORD)
    e--;
  while (s < e && g_array_index (items, Item, s).kind != IT_WORD)
    s++;
  if (s >= e)
    return;
  first = &g_array_index (items, Item, s);
  if (e - s == 1 && is_pronoun (first))
    {
      f->kind = SPK_PRONOUN;
      f->np = g_strdup (first->lower);
      f->np_pos = first->start;
      return;
    }
  for (guint i = s; i < e; i++)
    if (is_title (&g_array_index (items, Item, i)))
      last_title = i;

  /* '," trade magazine The Hollywood Reporter wrote': a capitalised
   * "The" inside a sentence opens the name of a publication or an
   * organisation, though its last word is a title. */
  if (last_title == (int) e - 1)
    for (guint k = s; k + 2 < e; k++)
      if (item_is (items, k, "the") && g_array_index (items, Item, k).cap &&
          inside_sentence (ds, &g_array_index (items, Item, k)) &&
          all_capitalised (items, k + 1, e))
        {
          f->kind = SPK_NAME;
          f->np = span_text (ds, g_array_index (items, Item, k + 1).start,
                             g_array_index (items, Item, e - 1).end);
          f->np_pos = g_array_index (items, Item, k + 1).start;
          return;
        }

  /* The name after the last title, else any name ("Brad Komar, the
   * campaign's state director"); the last full name if several, but
   * not a place or an organisation after "of" or "the" ("Robert Quill
   * of the New York delegation"). */
  for (int pass = 0; pass < 2 && best_words == 0; pass++)
    {
      guint from = pass == 0 && last_title >= 0 ? (guint) last_title + 1 : s;
      gboolean best_after_word = FALSE;

      /* "the New Jersey governor": a role, the names only qualify it. */
      if (pass == 1 && (last_title < 0 || (first->classes & WC_DETERMINER)))
        break;
      for (guint i = from; i < e;)
        {
          guint n_words;
          gboolean org;
          guint end = name_run (ds, items, i, e, &n_words, &org);
          const Item *last;
          gboolean after_word;

          if (n_words == 0)
            {
              i++;
              continue;
            }
          last = &g_array_index (items, Item, end - 1);
          after_word = i > s && g_array_index (items, Item, i - 1).kind == IT_WORD &&
                       !g_array_index (items, Item, i - 1).cap &&
                       ((g_array_index (items, Item, i - 1).classes & (WC_DETERMINER | WC_FUNCTION)) ||
                        g_strv_contains (name_prepositions, g_array_index (items, Item, i - 1).lower));
          /* "pro-Lee marchers", "anti-Marsh ads": a name glued to a
           * prefix qualifies what follows; nobody speaks by it. */
          if (i >= 2 && g_array_index (items, Item, i - 1).kind == IT_HYPHEN &&
              g_array_index (items, Item, i - 1).end == g_array_index (items, Item, i).start &&
              g_array_index (items, Item, i - 2).kind == IT_WORD &&
              !g_array_index (items, Item, i - 2).cap &&
              g_array_index (items, Item, i - 2).end == g_array_index (items, Item, i - 1).start)
            {
              i = end;
              continue;
            }
          /* "an Apollo Project-type effort", "Trump-style rallies": a
           * name glued to a lower-case word after it qualifies it. */
          if (end + 1 < e && g_array_index (items, Item, end).kind == IT_HYPHEN &&
              g_array_index (items, Item, end).start == g_array_index (items, Item, end - 1).end &&
              g_array_index (items, Item, end + 1).kind == IT_WORD &&
              !g_array_index (items, Item, end + 1).cap)
            {
              i = end;
              continue;
            }
          /* "Stuart Pimm, Professor of Conservation Ecology": a name
           * after a preposition after the title is the title's field;
           * held back in case no name is set off before the title. */
          if (pass == 0 && last_title >= 0 && i == from + 1 && after_word &&
              g_strv_contains (name_prepositions, g_array_index (items, Item, i - 1).lower))
            {
              if (held_words == 0)
                {
                  held_s = i;
                  held_e = end;
                  held_words = n_words;
                  held_org = org;
                }
              i = end;
              continue;
            }
          /* Before the title, only a name set off by a comma: "Brad
           * Komar, the state director", not "State Department officials". */
          if (pass == 1 && !(end < e && g_array_index (items, Item, end).kind == IT_COMMA))
            {
              i = end;
              continue;
            }
          /* "Heiserman of the CORE Teachers", "Stu Rothenberg of the
           * Rothenberg Report": a name after "of" a person's name, not
           * after a title, is where the person works, not a speaker. */
          if (best_words > 0 && !best_org && i > 0 && best_e <= i &&
              of_between (items, best_e, i))
            {
              i = end;
              continue;
            }
          if (!(last->possessive && end < e) &&
              (best_words == 0 ||
               (best_words < 2 && n_words >= 2) ||
               (n_words >= 2 && (!after_word || best_after_word) && !org)))
            {
              best_s = i;
              best_e = end;
              best_words = n_words;
              best_org = org;
              best_after_word = after_word;
            }
          i = end;
        }
    }
  if (best_words == 0 && held_words > 0)
    {
      best_s = held_s;
      best_e = held_e;
      best_words = held_words;
      best_org = held_org;
    }
  if (best_words > 0)
    {
      const Item *a = &g_array_index (items, Item, best_s);
      const Item *b = &g_array_index (items, Item, best_e - 1);
      guint32 end = b->end;

      f->kind = SPK_NAME;
      f->np = span_text (ds, a->start, end);
      /* "at the Free State Project", "a longtime Clinton supporter":
       * a name after a determiner or a preposition, or before the noun
       * it qualifies, is seldom the person speaking. */
      f->np_weak = best_org;
      if (best_s > 0 && best_s > s)
        {
          Item *before = &g_array_index (items, Item, best_s - 1);

          item_fill (ds, before);
          f->np_weak |= before->kind == IT_WORD && !before->cap &&
                        ((before->classes & (WC_DETERMINER | WC_FUNCTION)) ||
                         g_strv_contains (name_prepositions, before->lower));
        }
      if (best_e < e)
        {
          Item *after = &g_array_index (items, Item, best_e);

          item_fill (ds, after);
          f->np_weak |= after->kind == IT_WORD && !after->cap && !is_particle (after) &&
                        !g_str_equal (after->lower, "of") && !g_str_equal (after->lower, "and");
        }
      /* "a Marsh supporter", "a columnist for Pando", "an aide to Ann
       * Lee": the unnamed person speaks, not the one their name
       * qualifies (but "a Defence Ministry statement said" is the
       * ministry's). */
      if (f->np_weak && (first->classes & WC_DETERMINER) && !g_str_equal (first->lower, "the") &&
          !(best_e < e && (g_array_index (items, Item, best_e).classes & WC_STATEMENT)))
        {
          f->kind = SPK_UNKNOWN;
          g_clear_pointer (&f->np, g_free);
          return;
        }
      /* "The U.S. media has claimed", "the Q poll finds", "one Latino
       * conservative has dubbed": one word before the noun it qualifies,
       * which names no person in the text, is a place's, a party's, a
       * people's or a thing's name, and nobody speaks by it.  The noun
       * may be a role the text gave someone ("the former Republican
       * presidential candidate continued"), or make the name an
       * organisation's ("the Not1More campaign"). */
      if (best_words == 1 && !(b->classes & (WC_ORG | WC_PLACE)) && !b->possessive &&
          qualified_word (ds, items, best_e) && !names_person (ds, f->np))
        {
          const Item *title = NULL;
          guint head = qualified_run_end (ds, items, best_e, &title);
          guint classes = head < items->len ? g_array_index (items, Item, head).classes : 0;

          /* "Orange's mobile-phone unit said" (but "the Tidewire
           * newspaper Harbour Times": the name after it speaks; "Vell
           * union leaders": the organisation's people, named by it). */
          if ((classes & WC_ORG_NOUN) &&
              !(head + 1 < items->len && (is_name_word (&g_array_index (items, Item, head + 1)) ||
                                          noun_goes_on (ds, items, head + 1))))
            {
              g_free (f->np);
              f->np = span_text (ds, a->start, g_array_index (items, Item, head).end);
            }
          /* "a Defence Ministry statement": the name's. */
          else if (!(classes & (WC_ORG_NOUN | WC_STATEMENT)))
            {
              g_clear_pointer (&f->np, g_free);
              f->kind = SPK_UNKNOWN;
              if (title && g_str_equal (first->lower, "the"))
                {
                  f->kind = SPK_ROLE;
                  f->np = g_strdup (title->lower);
                  f->np_pos = first->start;
                }
              return;
            }
        }
      if (b->possessive)
        {
          char *q = g_utf8_strrchr (f->np, -1, 0x2019);
          if (q == NULL)
            q = strrchr (f->np, '\'');
          if (q)
            *q = '\0';
        }
      f->np_pos = a->start;
      return;
    }
  /* "the campaign", "the House committee": an organisation the text
   * named before, resolved by its head noun. */
  if (g_str_equal (first->lower, "the") && e - s >= 2)
    {
      Item *head = &g_array_index (items, Item, e - 1);

      item_fill (ds, head);
      if (head->kind == IT_WORD && !head->cap && (head->classes & WC_ORG_NOUN))
        {
          f->kind = SPK_ROLE;
          f->np = g_strdup (head->lower);
          f->np_pos = first->start;
          return;
        }
    }
  if (last_title >= 0 && g_str_equal (first->lower, "the") &&
      !g_str_has_suffix (g_array_index (items, Item, last_title).lower, "s"))
    {
      /* "the secretary", "The Secretary of State": the head noun names
       * the role; the person is the last one named with it. */
      for (guint i = s; i < e; i++)
        if (is_title (&g_array_index (items, Item, i)))
          {
            f->kind = SPK_ROLE;
            f->np = g_strdup (g_array_index (items, Item, i).lower);
            f->np_pos = first->start;
            return;
          }
    }
}

static gboolean
item_is (GArray *items, guint i, const char *word)
{
  const Item *it;

  if (i >= items->len)
    return FALSE;
  it = &g_array_index (items, Item, i);
  return it->kind == IT_WORD && g_str_equal (it->lower, word);
}

/* Whether items[i] is "who" opening a relative clause: in lower case,
 * as inside a sentence it always is ("Huge Who fan Stephen Fry
 * tweeted" names the show). */
static gboolean
is_relative_who (GArray *items, guint i)
{
  return item_is (items, i, "who") && !g_array_index (items, Item, i).cap;
}

static gboolean looks_like_name (DocScan *ds, const char *word);
static gboolean describes_name_after (DocScan *ds, GArray *items, guint i, guint n);
static gboolean is_owner (const Item *it);

/* Whether the sentence at items[s] opens with a phrase before its
 * subject: a preposition, an adverb or a participle, written with a
 * capital only because it starts the sentence ("Amid", "Later",
 * "Reached", "Weighing in"). */
static gboolean
opens_with_phrase (DocScan *ds, GArray *items, guint s)
{
  Item *it = &g_array_index (items, Item, s);

  if (it->kind != IT_WORD || !it->cap || it->acronym || is_pronoun (it))
    return FALSE;
  item_fill (ds, it);
  if (it->classes & WC_DETERMINER)
    return FALSE;
  if ((it->classes & (WC_STOP | WC_ADVERB)) || g_strv_contains (name_prepositions, it->lower))
    return TRUE;
  {
    g_autofree char *word = g_strndup (ds->text + it->start, it->end - it->start);

    return !looks_like_name (ds, word);
  }
}

static gboolean is_dash_at (DocScan *ds, GArray *items, guint k);

/* How many items a dateline holds at most: "DES MOINES, Iowa —". */
#define MAX_DATELINE_ITEMS 6

/* Past a dateline that opens items[s…]: a place in capitals, perhaps with
 * its state, and a dash ("TALLAHASSEE — Rep. Ann Lee said"); @s when
 * there is none.  The place is no subject. */
static guint
after_dateline (DocScan *ds, GArray *items, guint s, guint n)
{
  const Item *first;

  if (s >= n)
    return s;
  first = &g_array_index (items, Item, s);
  /* "Washington (AFP) –": a place in title case before a news agency in
   * brackets (which the items leave out) is a dateline too. */
  if (first->kind == IT_WORD && first->cap && s + 1 < n &&
      is_dash_at (ds, items, s + 1) && memchr (ds->text + first->end, ')',
                                               g_array_index (items, Item, s + 1).start - first->end))
    return s + 2;
  if (first->kind != IT_WORD || !first->acronym || first->end - first->start < 3)
    return s;
  for (guint k = s + 1; k < n && k <= s + MAX_DATELINE_ITEMS; k++)
    {
      const Item *it = &g_array_index (items, Item, k);
      gunichar c = g_utf8_get_char (ds->text + it->start);

      if ((it->kind == IT_OTHER && (c == 0x2014 || c == 0x2013 || c == 0x2015)) ||
          (it->kind == IT_HYPHEN && it->start > g_array_index (items, Item, k - 1).end))
        return k + 1;
      if (!(it->kind == IT_COMMA || (it->kind == IT_WORD && it->cap)))
        break;
    }
  return s;
}

static gboolean is_dash (GArray *items, guint k);

/* Whether items[k] is a dash: a spaced or doubled hyphen, or an em, en
 * or horizontal bar. */
static gboolean
is_dash_at (DocScan *ds, GArray *items, guint k)
{
  const Item *it = &g_array_index (items, Item, k);

  if (it->kind == IT_OTHER)
    {
      gunichar c = g_utf8_get_char (ds->text + it->start);

      return c == 0x2014 || c == 0x2013 || c == 0x2015;
    }
  return is_dash (items, k);
}

/* The first noun phrase of items[0, n): the subject of the sentence. */
static void
sentence_subject (Found *f, DocScan *ds, GArray *items, guint n)
{
  guint s = 0, e;

  while (s < n && (item_is (items, s, "but") || item_is (items, s, "and") ||
                   item_is (items, s, "then") || item_is (items, s, "so") ||
                   item_is (items, s, "yet")))
    s++;
  s = after_dateline (ds, items, s, n);
  if (s < n && is_pronoun (&g_array_index (items, Item, s)))
    {
      set_speaker_np (f, ds, items, s, s + 1);
      return;
    }
  if (s < n && opens_with_phrase (ds, items, s))
    {
      /* "Earlier in the day, Clinton held…", "Reached by phone, Bauer
       * said…": the subject follows the opening phrase's comma. */
      guint c = s;

      while (c < n && g_array_index (items, Item, c).kind != IT_COMMA && !is_dash_at (ds, items, c))
        c++;
      /* "Hastily politicizing the attack ― much like he did before ―
       * Trump cast…": an aside between dashes goes with the phrase. */
      if (c < n && is_dash_at (ds, items, c))
        for (guint d = c + 1; d < n && g_array_index (items, Item, d).kind != IT_END; d++)
          if (is_dash_at (ds, items, d))
            {
              c = d;
              break;
            }
      if (c + 1 < n)
        s = c + 1;
      else
        s++;   /* "Hastily politicizing the tragedy": the opener is nobody */
      /* "At a rally in Portsmouth, N.H., on Tuesday, Sen. Ann Lee…": the
       * place's state and the time go on with the opening phrase. */
      for (guint piece = 0; piece < 3 && c < n && s < n; piece++)
        {
          guint d = s;
          const Item *first_word = &g_array_index (items, Item, s);

          while (d < n && g_array_index (items, Item, d).kind != IT_COMMA)
            d++;
          if (d + 1 >= n || first_word->kind != IT_WORD)
            break;
          if (!(first_word->cap && d == s + 1 && strchr (first_word->lower, '.')) &&
              !(!first_word->cap && g_strv_contains (name_prepositions, first_word->lower)) &&
              !(first_word->cap && (first_word->classes & WC_PLACE) && d == s + 1))
            break;
          s = d + 1;
        }
    }
  if (s < n && is_pronoun (&g_array_index (items, Item, s)))
    {
      set_speaker_np (f, ds, items, s, s + 1);
      return;
    }
  if (s < n && item_is (items, s, "the"))
    s++;
  /* "The president-elect, Barack Obama, broke his silence": a role set
   * off before a name; the name is the subject. */
  {
    guint c = s;
    gboolean role = FALSE;

    for (; c < n && c < s + 2 * MAX_ROLE_WORDS; c++)
      {
        Item *it = &g_array_index (items, Item, c);

        if (it->kind == IT_HYPHEN)
          continue;
        if (it->kind != IT_WORD || it->cap)
          break;
        item_fill (ds, it);
        if (it->classes & (WC_FUNCTION | WC_STOP | WC_SPEECH_VERB))
          break;
        role |= is_title (it);
      }
    if (role && c + 1 < n && g_array_index (items, Item, c).kind == IT_COMMA &&
        is_name_word (&g_array_index (items, Item, c + 1)))
      {
        guint n_words, end;
        gboolean org;

        end = name_run (ds, items, c + 1, n, &n_words, &org);
        if (n_words > 0 && end < n && g_array_index (items, Item, end).kind == IT_COMMA)
          {
            set_speaker_np (f, ds, items, c + 1, end);
            return;
          }
      }
  }
  /* "Democratic presidential candidate Bernie Sanders is releasing": the
   * lower-case words that describe the name belong to the subject. */
  for (e = s; e < n && (is_np_word (&g_array_index (items, Item, e)) ||
                        (e > s && describes_name_after (ds, items, e, n))); e++)
    ;
  /* "Clinton's campaign manager laughed": a possessive name before a
   * noun says whose; the subject is someone else.  But "Lee's email
   * notes": what Lee says in writing is Lee's. */
  if (e > s && e < n && g_array_index (items, Item, e - 1).possessive &&
      g_array_index (items, Item, e).kind == IT_WORD)
    {
      for (guint k = e; k < n && k < e + 3; k++)
        {
          Item *it = &g_array_index (items, Item, k);

          if (it->kind != IT_WORD)
            break;
          item_fill (ds, it);
          if (it->classes & WC_STATEMENT)
            {
              set_speaker_np (f, ds, items, s, e);
              return;
            }
          /* "Clinton's campaign said": the Clinton campaign. */
          if (k == e && (it->classes & WC_ORG_NOUN) &&
              (k + 1 >= n || g_array_index (items, Item, k + 1).kind != IT_WORD ||
               px_quote_is_finite_verb (g_array_index (items, Item, k + 1).lower)))
            {
              set_speaker_np (f, ds, items, s, e);
              if (f->kind == SPK_NAME)
                {
                  char *org = g_strdup_printf ("%s %s", f->np, it->lower);

                  g_free (f->np);
                  f->np = org;
                }
              return;
            }
        }
      return;
    }
  if (e > s)
    {
      set_speaker_np (f, ds, items, s > 0 && item_is (items, s - 1, "the") ? s - 1 : s, e);
      /* "Other union leaders have called…", "Long after Watergate he…":
       * one capitalised word opening the sentence, then a word that is
       * no verb, may be any word (resolve() keeps it if the text writes
       * it capitalised elsewhere). */
      if (f->kind == SPK_NAME && e == s + 1 && opens_sentence (items, s) && e < n)
        {
          Item *next = &g_array_index (items, Item, e);

          item_fill (ds, next);
          if (next->kind != IT_WORD ||
              !(is_verb (next) || is_adverb (next) || px_quote_is_finite_verb (next->lower)))
            f->np_weak = TRUE;
        }
    }
}

/* How many lower-case words of description may come between a speech
 * verb and the name after it: "said retired Army Lt. Gen. Mick
 * Bednarek", "said Idaho nutritional-supplement executive Frank
 * VanderSloot". */
#define MAX_DESCRIPTION_WORDS 6

/* Whether items[i…] are words describing the name that follows them
 * before any comma or sentence end: lower-case nouns and adjectives, and
 * "and" between two titles ("former Gov. and party Chairman Ed
 * Rendell"). */
static gboolean
describes_name_after (DocScan *ds, GArray *items, guint i, guint n)
{
  /* "said her nephew, Ravi Singh": a relation owned by someone is a
   * role as much as a title is. */
  gboolean titled = i > 0 && is_owner (&g_array_index (items, Item, i - 1));

  for (guint k = i; k < n && k < i + MAX_DESCRIPTION_WORDS * 2; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_HYPHEN)
        continue;
      /* "said Rubio's deputy campaign manager, Rich Beeson": the role,
       * then its name set off by a comma. */
      if (it->kind == IT_COMMA && titled && k + 1 < n)
        {
          Item *next = &g_array_index (items, Item, k + 1);

          item_fill (ds, next);
          return is_name_word (next);
        }
      if (it->kind != IT_WORD)
        return FALSE;
      item_fill (ds, it);
      if (is_name_word (it))
        return TRUE;
      if (is_title (it) || g_str_equal (it->lower, "and"))
        {
          titled |= is_title (it);
          continue;
        }
      if (it->cap || (it->classes & (WC_FUNCTION | WC_STOP | WC_SPEECH_VERB | WC_ADVERB)) ||
          it->possessive)
        return FALSE;
    }
  return FALSE;
}

/* "his", "her", "their", "its": a determiner that names an owner. */
static gboolean
is_owner (const Item *it)
{
  static const char * const owners[] = { "his", "her", "their", "its", NULL };

  return it->kind == IT_WORD && g_strv_contains (owners, it->lower);
}

/* "who", "whose", "which", "that": a relative clause opens. */
static gboolean
opens_relative_clause (const Item *it)
{
  static const char * const relatives[] = { "who", "whose", "whom", "which", "that", NULL };

  return it->kind == IT_WORD && g_strv_contains (relatives, it->lower);
}

/* Words after a speech verb: "said Kerry, who…", "said Russia’s
 * ambassador to Beirut, Alexander Zasypkin". */
static guint
object_np (Found *f, DocScan *ds, GArray *items, guint v, guint n)
{
  guint e = v + 1;

  /* "said of Ivo Marsh", "wrote about the mayor": the words after a
   * preposition are whom it was said about, not who said it. */
  if (e < n && g_array_index (items, Item, e).kind == IT_WORD &&
      !g_array_index (items, Item, e).cap &&
      g_strv_contains (name_prepositions, g_array_index (items, Item, e).lower))
    return e;
  /* "said a Marsh supporter", "wrote one voter": someone the text leaves
   * unnamed (unless a name follows in apposition: "said a spokesman,
   * Tom Ruud"), not the speaker of the quote before. */
  if (e < n && (item_is (items, e, "a") || item_is (items, e, "an") ||
                item_is (items, e, "one") || item_is (items, e, "another")))
    {
      for (guint k = e + 1; k < n && k <= e + MAX_APPOSITIVE_WORDS; k++)
        {
          Item *it = &g_array_index (items, Item, k);
          guint n_words;
          gboolean org;

          if (it->kind == IT_COMMA && k + 1 < n && is_name_word (&g_array_index (items, Item, k + 1)))
            {
              guint end = name_run (ds, items, k + 1, n, &n_words, &org);

              set_speaker_np (f, ds, items, k + 1, end);
              return end;
            }
          if (it->kind != IT_WORD)
            break;
          item_fill (ds, it);
          /* "wrote a supporter who runs the account": the relative
           * clause's verb is no verb of what was said. */
          if (opens_relative_clause (it))
            break;
          /* "said a deal was near": what was said, not who. */
          if (!it->cap && px_quote_is_finite_verb (it->lower))
            return e;
        }
      f->kind = SPK_UNKNOWN;
      return e;
    }

  while (e < n)
    {
      const Item *it = &g_array_index (items, Item, e);

      if (it->kind == IT_END || it->kind == IT_COLON)
        break;
      if (it->kind == IT_COMMA)
        {
          /* An appositive name goes on; ", who is in the region" stops. */
          if (e + 1 < n && is_name_word (&g_array_index (items, Item, e + 1)))
            {
              e++;
              continue;
            }
          break;
        }
      if (!is_np_word (it) && !is_pronoun (it) && !item_is (items, e, "the") &&
          !item_is (items, e, "to") && !it->possessive && !item_is (items, e, "its") &&
          !item_is (items, e, "his") && !item_is (items, e, "their") &&
          /* "said the presumptive Republican nominee" */
          !(item_is (items, v + 1, "the") && it->kind == IT_WORD &&
            !(it->classes & (WC_FUNCTION | WC_STOP | WC_SPEECH_VERB))) &&
          /* "said former tech executive Carly Fiorina" */
          !describes_name_after (ds, items, e, n))
        break;
      e++;
    }
  /* "said her husband": someone the text leaves unnamed, not "her". */
  if (e == v + 2 && e < n && is_owner (&g_array_index (items, Item, v + 1)) &&
      g_array_index (items, Item, e).kind == IT_WORD && !g_array_index (items, Item, e).cap)
    {
      f->kind = SPK_UNKNOWN;
      return e;
    }
  set_speaker_np (f, ds, items, v + 1, e);
  return e;
}

/* How far after a quote its subject and speech verb may reach. */
#define MAX_SUBJECT_ITEMS 14

/* How far before a speech verb its subject may reach: "Michael Green,
 * associate professor of history at the University of Nevada, said". */
#define MAX_SUBJECT_BEFORE 30

static void subject_pieces (Found *f, DocScan *ds, GArray *items, guint s, guint v);
static gboolean may_be_in_subject (const Item *it);

/* Whether items[k] lies in an appositive that a comma opens before it
 * and the comma at items[i - 1] closes: "Tom Berg, pastor of the church
 * and a Marsh supporter, said". */
static gboolean
in_appositive (GArray *items, guint k, guint i)
{
  if (i == 0 || g_array_index (items, Item, i - 1).kind != IT_COMMA)
    return FALSE;
  for (guint j = k; j > 0 && k - j < MAX_SUBJECT_BEFORE; j--)
    {
      ItemKind kind = g_array_index (items, Item, j - 1).kind;

      if (kind == IT_END)
        return FALSE;
      if (kind == IT_COMMA)
        return j >= 2 && g_array_index (items, Item, j - 2).kind == IT_WORD &&
               g_array_index (items, Item, j - 2).cap;
    }
  return FALSE;
}

/* items[0, n) before the speech verb at @v: who the subject is.  The
 * subject may come in pieces ("Jason Reed, the founder of the club,
 * said"), hold a relative clause ("Reed, who has a blog, wrote") or be
 * shared with an earlier verb ("Reed praised her and said"). */
/* Whether items[k] is a hyphen set off by a space or doubled ("--"): a
 * dash, which no name or noun phrase goes on across. */
static gboolean
is_dash (GArray *items, guint k)
{
  const Item *it = &g_array_index (items, Item, k);

  if (it->kind != IT_HYPHEN)
    return FALSE;
  if (k > 0 && (g_array_index (items, Item, k - 1).end < it->start ||
                g_array_index (items, Item, k - 1).kind == IT_HYPHEN))
    return TRUE;
  return k + 1 < items->len && (g_array_index (items, Item, k + 1).start > it->end ||
                                g_array_index (items, Item, k + 1).kind == IT_HYPHEN);
}

/* Whether items[s, i), one piece without a comma, follows a preposition,
 * or "and" after a preposition and a word ("of western and northern"). */
static gboolean
cut_after_preposition (GArray *items, guint s, guint i)
{
  guint p = s;

  for (guint k = s; k < i; k++)
    if (g_array_index (items, Item, k).kind == IT_COMMA)
      return FALSE;
  if (p >= 3 && (item_is (items, p - 1, "and") || item_is (items, p - 1, "or")) &&
      g_array_index (items, Item, p - 2).kind == IT_WORD && !g_array_index (items, Item, p - 2).cap)
    p -= 2;
  return p > 0 && g_array_index (items, Item, p - 1).kind == IT_WORD &&
         !g_array_index (items, Item, p - 1).cap && g_array_index (items, Item, p - 1).lower &&
         g_strv_contains (name_prepositions, g_array_index (items, Item, p - 1).lower);
}

static void
subject_of (Found *f, DocScan *ds, GArray *items, guint v)
{
  guint i = v, s;
  gboolean who_verb = FALSE;

  while (i > 0 && is_adverb (&g_array_index (items, Item, i - 1)))
    i--;
  if (i > 0 && is_pronoun (&g_array_index (items, Item, i - 1)))
    {
      set_speaker_np (f, ds, items, i - 1, i);
      return;
    }
  if (i > 0 && (item_is (items, i - 1, "and") || item_is (items, i - 1, "but")))
    {
      /* "he laughed and said": the subject of the verb before "and". */
      if (i >= 3 && is_pronoun (&g_array_index (items, Item, i - 3)) &&
          g_array_index (items, Item, i - 2).kind == IT_WORD &&
          px_quote_is_finite_verb (g_array_index (items, Item, i - 2).lower))
        {
          set_speaker_np (f, ds, items, i - 3, i - 2);
          return;
        }
      sentence_subject (f, ds, items, i - 1);
      return;
    }
  /* ", who has a blog," between the subject and its verb. */
  if (i > 0 && g_array_index (items, Item, i - 1).kind == IT_COMMA)
    for (guint k = i - 1; k > 0 && k + MAX_SUBJECT_BEFORE > i; k--)
      {
        const Item *it = &g_array_index (items, Item, k - 1);

        if (it->kind == IT_END)
          break;
        if (it->kind == IT_COMMA && (item_is (items, k, "who") || item_is (items, k, "which")))
          {
            i = k - 1;
            break;
          }
      }
again:
  s = i;
  while (s > 0 && i - s < MAX_SUBJECT_BEFORE &&
         g_array_index (items, Item, s - 1).kind != IT_END && !is_dash (items, s - 1) &&
         (may_be_in_subject (&g_array_index (items, Item, s - 1)) ||
          item_is (items, s - 1, "the") || item_is (items, s - 1, "a") ||
          item_is (items, s - 1, "an") ||
          /* "Ann Lee, president and CEO of the club, said" */
          (item_is (items, s - 1, "and") && s < i && is_title (&g_array_index (items, Item, s))) ||
          /* "chairman of the House Ways and Means Committee" */
          (item_is (items, s - 1, "and") && s < i && s >= 2 &&
           g_array_index (items, Item, s).cap && g_array_index (items, Item, s - 2).cap &&
           g_array_index (items, Item, s - 2).kind == IT_WORD) ||
          /* "Tom Berg, pastor of the church and a Marsh supporter, said":
           * an appositive set off by commas may hold "and". */
          (item_is (items, s - 1, "and") && s < i && in_appositive (items, s - 1, i) &&
           (g_array_index (items, Item, s).classes & WC_DETERMINER))) &&
         !is_relative_who (items, s - 1) && !is_verb (&g_array_index (items, Item, s - 1)))
    s--;
  /* "Ann Lee, the Alabama Republican who heads the Banking Committee,
   * said": the relative clause is no subject, the noun before "who"
   * and the name before it are. */
  if (who_verb && ((s > 0 && g_array_index (items, Item, s - 1).kind != IT_END) ||
                   !g_array_index (items, Item, s).cap))
    return;
  for (guint k = s; who_verb && k < i; k++)
    if (g_array_index (items, Item, k).kind == IT_COMMA)
      return;
  /* "A Brooklyn woman who claims she had a “…” says": a verb right
   * after "who" has the noun before it as subject, when that noun
   * phrase opens the sentence (a capital: the words may start after
   * another quote), in one piece (not "supporters who
   * complained", the object of a verb before; not 'One ad, "Rebellion,"
   * stars an impersonator who promises'). */
  if (s >= 2 && s <= i && is_relative_who (items, s - 1) &&
      g_array_index (items, Item, s - 2).kind == IT_WORD)
    {
      who_verb = s == i;
      i = s - 1;
      goto again;
    }
  while (s < i && g_array_index (items, Item, s).kind == IT_COMMA)
    s++;
  /* "The group that took a swath of western and northern Iraq
   * announced": words cut off after a preposition or "and" are the end
   * of a longer subject, not the subject. */
  if (s < i && cut_after_preposition (items, s, i))
    return;
  if (s < i)
    subject_pieces (f, ds, items, s, i);
}

static gboolean
is_passive (GArray *items, guint v)
{
  guint i = v;

  /* "is telling customers": a participle, not a passive. */
  if (px_quote_has_ending (WE_PARTICIPLE, g_array_index (items, Item, v).lower))
    return FALSE;

  while (i > 0 && is_adverb (&g_array_index (items, Item, i - 1)) &&
         !item_is (items, i - 1, "had") && !item_is (items, i - 1, "has"))
    i--;
  return i > 0 && (item_is (items, i - 1, "was") || item_is (items, i - 1, "were") ||
                   item_is (items, i - 1, "been") || item_is (items, i - 1, "being") ||
                   item_is (items, i - 1, "is") || item_is (items, i - 1, "are") ||
                   item_is (items, i - 1, "be") || item_is (items, i - 1, "when"));
}

/* How surely the words around a quote name its speaker: a speech verb
 * next to the quote ("…," said Kerry), a verb in the sentence before or a
 * headline's colon, or only the subject of a sentence with a speech verb
 * somewhere in it. */
#define PATTERN_NEXT_TO  1.0
#define PATTERN_NEARBY   0.85
#define PATTERN_SUBJECT  0.65


/* Function words a subject before a speech verb may hold: "a spokesman
 * for the campaign", "Clinton's press secretary". */
static const char * const subject_words[] = {
  "a", "an", "the", "of", "for", "at", "from", "with", "in", "on", "his", "her", "their",
  "its", "our", "to", "by", "after", "before", "during", "who", NULL
};

static gboolean
may_be_in_subject (const Item *it)
{
  if (it->kind == IT_HYPHEN || it->kind == IT_COMMA)
    return TRUE;
  if (it->kind != IT_WORD)
    return FALSE;
  if (it->cap || is_pronoun (it) || is_adverb (it) || it->possessive)
    return TRUE;
  if (g_strv_contains (subject_words, it->lower))
    return TRUE;
  /* A lower-case noun ("press", "worker"), not a verb or a conjunction. */
  return !(it->classes & (WC_FUNCTION | WC_SPEECH_VERB | WC_STOP));
}

/* items[s, v) is the subject before a speech verb, perhaps in pieces
 * cut by commas: "Blunt, after a long pause," / "Miller, a retired
 * worker," / "The town's engineer, Sofia Lindqvist,".  The piece that
 * names someone; else the first that says who. */
static gboolean written_lower (DocScan *ds, const char *word);

static gboolean
is_place (const char *name)
{
  g_autofree char *lower = px_quote_normalize_word (name, strlen (name));

  return ((px_quote_word_classes (lower) | px_quote_word_classes (px_quote_last_word (lower))) &
          WC_PLACE) != 0;
}

/* A lone capitalised word opening a sentence is a name unless it reads
 * like an adjective or an adverb, or the text writes it in lower case:
 * "Frustrated, Sanders said", "Hastily, the aide added". */
static gboolean
looks_like_name (DocScan *ds, const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  return !px_quote_has_ending (WE_MODIFIER, lower) && !written_lower (ds, word);
}

/* Whether items[a, e) open an adverbial phrase rather than a noun phrase:
 * a preposition ("In a swipe against…", "After meeting…") or a
 * participle ("Talking about…", "Reached by phone"). */
static gboolean
opens_adverbial (DocScan *ds, GArray *items, guint a, guint e)
{
  Item *it = &g_array_index (items, Item, a);

  if (it->kind != IT_WORD || it->acronym)
    return FALSE;
  item_fill (ds, it);
  if (g_strv_contains (name_prepositions, it->lower) || g_str_equal (it->lower, "after") ||
      g_str_equal (it->lower, "before") || g_str_equal (it->lower, "despite") ||
      g_str_equal (it->lower, "amid") || g_str_equal (it->lower, "when") ||
      g_str_equal (it->lower, "while") || g_str_equal (it->lower, "as"))
    return TRUE;
  if (a + 1 < e && px_quote_has_ending (WE_PARTICIPLE, it->lower) &&
      !(it->classes & WC_TITLE))
    {
      g_autofree char *word = g_strndup (ds->text + it->start, it->end - it->start);

      return !it->cap || !looks_like_name (ds, word);
    }
  return FALSE;
}

/* Whether items[a, e) end with a place phrase: a preposition of place
 * and capitalised words ("a radio host in Cape Breton", "Ann Lee of
 * Salem"). */
static gboolean
ends_in_place_phrase (DocScan *ds, GArray *items, guint a, guint e)
{
  guint i = e;

  while (i > a && g_array_index (items, Item, i - 1).kind == IT_WORD &&
         g_array_index (items, Item, i - 1).cap)
    i--;
  if (i == e || i == a)
    return FALSE;
  item_fill (ds, &g_array_index (items, Item, i - 1));
  return item_is (items, i - 1, "in") || item_is (items, i - 1, "of") ||
         item_is (items, i - 1, "from") || item_is (items, i - 1, "near") ||
         item_is (items, i - 1, "outside");
}

/* Whether items[a, e) are capitalised words only. */
static gboolean
all_capitalised (GArray *items, guint a, guint e)
{
  for (guint i = a; i < e; i++)
    if (g_array_index (items, Item, i).kind != IT_WORD || !g_array_index (items, Item, i).cap)
      return FALSE;
  return e > a;
}

/* Whether the name at @np_pos in items[a, e) is the object of a
 * preposition in a description that opens in lower case or with a
 * determiner: "Ann Lee, a senior fellow at the Center for Global
 * Development, said" is Ann Lee, not the Center. */
static gboolean
name_in_description (DocScan *ds, GArray *items, guint a, guint e, guint32 np_pos)
{
  Item *first = &g_array_index (items, Item, a);

  if (first->kind != IT_WORD)
    return FALSE;
  /* In lower case, or a determiner that opens the sentence: "The group
   * that took a swath of Iraq announced". */
  item_fill (ds, first);
  if (first->cap && !(first->classes & WC_DETERMINER))
    return FALSE;
  for (guint k = a; k < e; k++)
    {
      Item *it = &g_array_index (items, Item, k);

      if (it->start >= np_pos)
        return FALSE;
      if (it->kind != IT_WORD || it->cap)
        continue;
      item_fill (ds, it);
      if (g_strv_contains (name_prepositions, it->lower))
        return TRUE;
    }
  return FALSE;
}

static void
subject_pieces (Found *f, DocScan *ds, GArray *items, guint s, guint v)
{
  Found best = { 0 };
  int best_score = 0;
  gboolean after_place = FALSE, unnamed = FALSE;

  for (guint a = s; a < v;)
    {
      Found piece = { 0 };
      guint b = a, e;
      int score = 0;
      gboolean place_goes_on;

      while (b < v && g_array_index (items, Item, b).kind != IT_COMMA)
        b++;
      e = b;
      while (e > a && is_adverb (&g_array_index (items, Item, e - 1)))
        e--;
      /* "In a swipe against Dana Okoro, Ada Marr said", "Talking about
       * Okoro, Ivo Marsh told": a piece that opens with a preposition
       * or a participle, set off by a comma, is no subject (but "As Ivo
       * Marsh explained" is). */
      if (e > a && !(b < v && opens_adverbial (ds, items, a, e)))
        {
          set_speaker_np (&piece, ds, items, a, e);
          /* Only a description that opens the sentence: one after a
           * name cut off before the subject ("[Ivo Marsh,] a Marr
           * pollster who…, said") describes that name. */
          unnamed |= piece.kind == SPK_UNKNOWN && a == s &&
                     (s == 0 || g_array_index (items, Item, s - 1).kind == IT_END);
        }
      /* "As Ada Marr, an expert on the port, noted": "as" and a name
       * set off by the comma of an appositive. */
      else if (b < v && a + 1 < e && item_is (items, a, "as") &&
               is_name_word (&g_array_index (items, Item, a + 1)))
        set_speaker_np (&piece, ds, items, a + 1, e);
      /* A full name beats a lone name, which beats "he" or "the
       * senator"; a lone capitalised word that opens the sentence
       * ("Frustrated, Sanders said") comes last.  On a tie, the piece
       * nearer the verb. */
      /* "a radio host in Cape Breton, Nova Scotia,": capitalised words
       * right after a place phrase go on naming the place. */
      place_goes_on = after_place && all_capitalised (items, a, e);
      after_place = e > a && ends_in_place_phrase (ds, items, a, e);
      if (piece.kind == SPK_NAME && name_in_description (ds, items, a, e, piece.np_pos))
        score = 0;
      else if (piece.kind == SPK_NAME && (piece.np_weak || is_place (piece.np) || place_goes_on))
        score = 1;
      else if (piece.kind == SPK_NAME && strchr (piece.np, ' '))
        score = 5;
      else if (piece.kind == SPK_NAME && !(piece.np_pos == g_array_index (items, Item, 0).start &&
                                           !looks_like_name (ds, piece.np)))
        score = 4;
      else if (piece.kind == SPK_PRONOUN || piece.kind == SPK_ROLE)
        score = 3;
      else if (piece.kind == SPK_NAME)
        score = 2;
      /* On a tie the piece nearer the verb ("Discussing Ann Lee,
       * former ambassador Ivo Marsh told"); a place after a full name
       * scores lower ("Stacy Baker of Columbia, South Carolina, says"). */
      if (score > best_score || (score == best_score && score > 0))
        {
          g_free (best.np);
          best = piece;
          best_score = score;
        }
      else
        g_free (piece.np);
      a = b + 1;
    }
  if (best.kind != SPK_NONE)
    {
      f->kind = best.kind;
      f->np = best.np;
      f->np_pos = best.np_pos;
    }
  /* "A Brooklyn woman said: “…”", "A Marsh supporter said she had a
   * “…”": someone unnamed is the subject, whom no name elsewhere in
   * the sentence stands for. */
  else if (unnamed)
    f->kind = SPK_UNKNOWN;
}

/* "…," he said. / "…," said Kerry. / "…," Kerry said in the interview.
 * / "…," White House press secretary Josh Earnest said Tuesday. */
/* Whether the speech verb at items[j], a form ending like a plural
 * ("states", "claims", "calls", "reports"), is a noun there: after a
 * determiner, a possessive, a number or a participle ("giving states
 * more power", "his claims", "two reports"). */
static gboolean
used_as_noun (DocScan *ds, GArray *items, guint j)
{
  Item *it = &g_array_index (items, Item, j);
  Item *before;

  if (j == 0 || !px_quote_has_ending (WE_FINITE_VERB, it->lower) ||
      px_quote_has_ending (WE_MODIFIER, it->lower))
    return FALSE;
  before = &g_array_index (items, Item, j - 1);
  if (before->kind != IT_WORD || before->cap)
    return FALSE;
  item_fill (ds, before);
  return (before->classes & WC_DETERMINER) || g_ascii_isdigit (before->lower[0]) ||
         item_is (items, j - 1, "his") || item_is (items, j - 1, "her") ||
         item_is (items, j - 1, "their") || item_is (items, j - 1, "its") ||
         item_is (items, j - 1, "our") || item_is (items, j - 1, "these") ||
         item_is (items, j - 1, "those") ||
         px_quote_has_ending (WE_PARTICIPLE, before->lower);
}

static gboolean attribute_after_clause (Found *f, DocScan *ds, GArray *items,
                                        gboolean clause_end, gboolean sentence_goes_on,
                                        gboolean to_paragraph_end);

/* "…," he said. / "…," said Kerry.  And a quote that opens its sentence
 * but is no clause of its own: '"He can claim it" that the mayor can win,
 * said Steve Elm.' */
static gboolean
attribute_after (Found *f, DocScan *ds, GArray *items, gboolean clause_end,
                 gboolean sentence_goes_on, gboolean to_paragraph_end)
{
  if (attribute_after_clause (f, ds, items, clause_end, sentence_goes_on, to_paragraph_end))
    return TRUE;
  if (!clause_end || (items->len && g_array_index (items, Item, 0).kind == IT_COMMA))
    return FALSE;
  return attribute_after_clause (f, ds, items, FALSE, sentence_goes_on, to_paragraph_end);
}

/* Whether items[a, b) are all adverbs ("optimistically"). */
static gboolean
only_adverbs_between (GArray *items, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    if (!is_adverb (&g_array_index (items, Item, k)))
      return FALSE;
  return TRUE;
}

/* Whether items[j] is "quoted" (or "quotes", "quoting") and an "as"
 * before a speech verb follows it ("quoted Ann Lee as saying", "quotes
 * her as telling"); if so, the words between name @f's speaker, or
 * nobody named when they name no one ("quoted a witness as saying"). */
static gboolean
quoted_as_saying (DocScan *ds, GArray *items, guint j, guint n, Found *f)
{
  if (!item_is (items, j, "quoted") && !item_is (items, j, "quotes") &&
      !item_is (items, j, "quoting"))
    return FALSE;
  for (guint k = j + 2; k + 1 < n && k <= j + MAX_SUBJECT_ITEMS; k++)
    {
      Item *verb = &g_array_index (items, Item, k + 1);

      if (!item_is (items, k, "as"))
        continue;
      item_fill (ds, verb);
      if (verb->kind != IT_WORD || !(verb->classes & WC_SPEECH_VERB))
        return FALSE;
      set_speaker_np (f, ds, items, j + 1, k);
      if (f->kind == SPK_NONE)
        f->kind = SPK_UNKNOWN;
      return TRUE;
    }
  return FALSE;
}

static gboolean
attribute_after_clause (Found *f, DocScan *ds, GArray *items, gboolean clause_end,
                        gboolean sentence_goes_on, gboolean to_paragraph_end)
{
  guint n = 0, i = 0;

  while (n < items->len && g_array_index (items, Item, n).kind != IT_END)
    n++;
  /* '"…at a coal base." While others welcomed it': after a quote that
   * ends its sentence, one that opens with a conjunction or a
   * preposition is a sentence of its own, no attribution. */
  if (!sentence_goes_on && n > 0 && g_array_index (items, Item, 0).kind == IT_WORD &&
      g_array_index (items, Item, 0).cap)
    {
      static const char * const subjects[] = { "they", "we", "i", "it", "you", "this", "that", NULL };
      Item *first = &g_array_index (items, Item, 0);

      item_fill (ds, first);
      if ((first->classes & WC_STOP) && !(first->classes & WC_DETERMINER) && !is_pronoun (first) &&
          !g_strv_contains (subjects, first->lower) && !(first->classes & WC_SPEECH_VERB))
        return FALSE;
    }
  if (i < n && g_array_index (items, Item, i).kind == IT_COMMA)
    i++, clause_end = TRUE;
  /* 'he "cannot walk down the street" without reporters asking him':
   * a quote inside a clause is no clause a speech verb after it ends.
   * But the sentence may end with its attribution: 'Obama "felt a duty
   * to act" on climate, Axelrod said.' */
  if (!clause_end)
    {
      guint c = n;

      /* Only a sentence that goes on after the quote and ends before
       * any other quote. */
      if (!sentence_goes_on || (n == items->len && !to_paragraph_end))
        return FALSE;

      while (c > 0 && g_array_index (items, Item, c - 1).kind != IT_COMMA)
        c--;
      /* ", said Steve Elm, deputy manager of the campaign.": the comma
       * a speech verb follows, before the speaker's appositive. */
      for (guint k = c; k > 1 && n - k < 2 * MAX_SUBJECT_ITEMS; k--)
        if (k < n && g_array_index (items, Item, k - 1).kind == IT_COMMA &&
            is_verb (&g_array_index (items, Item, k)))
          {
            c = k;
            break;
          }
      if (c == 0 || n - c > 2 * MAX_SUBJECT_ITEMS ||
          (n - c > MAX_SUBJECT_ITEMS && !is_verb (&g_array_index (items, Item, c))))
        return FALSE;
      i = c;
    }
  if (i >= n)
    return FALSE;
  if (item_is (items, i, "according") && item_is (items, i + 1, "to"))
    {
      object_np (f, ds, items, i + 1, n);
      return f->kind != SPK_NONE;
    }
  if (is_verb_at (ds, items, i))
    {
      /* '"…," promising the Friends of Abe would return': what follows
       * a participle is its object; its subject said the quote. */
      if ((g_array_index (items, Item, i).classes & WC_PARTICIPLE) ||
          px_quote_has_ending (WE_PARTICIPLE, g_array_index (items, Item, i).lower))
        return FALSE;
      object_np (f, ds, items, i, n);
      return f->kind != SPK_NONE;
    }
  for (guint j = i, limit = i + MAX_SUBJECT_ITEMS; j < n && j < limit; j++)
    {
      const Item *it = &g_array_index (items, Item, j);

      /* '"…," before (optimistically) predicting a win': a participle
       * after a preposition is no clause with a subject; the attribution is
       * elsewhere ('Kasich said "…," before predicting'). */
      if (j > i && is_verb_at (ds, items, j) && only_adverbs_between (items, i + 1, j) &&
          g_array_index (items, Item, i).kind == IT_WORD && !g_array_index (items, Item, i).cap &&
          (g_array_index (items, Item, i).classes & (WC_FUNCTION | WC_STOP)) &&
          px_quote_has_ending (WE_PARTICIPLE, it->lower))
        return FALSE;
      /* '"…," the paper quoted witness Devonte Brown as saying': the one
       * quoted said it, not the paper. */
      if (j > i && quoted_as_saying (ds, items, j, n, f))
        return TRUE;
      if (j > i && is_verb_at (ds, items, j) && !used_as_noun (ds, items, j))
        {
          if (is_passive (items, j))
            {
              f->kind = SPK_UNKNOWN;
              return TRUE;
            }
          subject_pieces (f, ds, items, i, j);
          /* '"…" for the town, said Ada Marr': inverted after a phrase. */
          if (f->kind == SPK_NONE && g_array_index (items, Item, j - 1).kind == IT_COMMA)
            object_np (f, ds, items, j, n);
          /* "…," a resident wrote: someone, but nobody named. */
          if (f->kind == SPK_NONE)
            f->kind = SPK_UNKNOWN;
          return TRUE;
        }
      /* "Cruz, who has proposed repealing the mandate, said": the
       * relative clause is left out, up to its closing comma. */
      if (it->kind == IT_COMMA && j > i && (item_is (items, j + 1, "who") || item_is (items, j + 1, "whose")))
        {
          guint c = j + 2;

          while (c < n && c < j + MAX_SUBJECT_ITEMS && g_array_index (items, Item, c).kind != IT_COMMA)
            c++;
          if (c < n && g_array_index (items, Item, c).kind == IT_COMMA && c + 1 < n &&
              is_verb_at (ds, items, c + 1))
            {
              subject_pieces (f, ds, items, i, j);
              if (f->kind == SPK_NONE)
                f->kind = SPK_UNKNOWN;
              return TRUE;
            }
        }
      if (!may_be_in_subject (it) &&
          !(j + 1 < n && g_array_index (items, Item, j + 1).kind == IT_HYPHEN))
        return FALSE;   /* "the four-term congressman" goes on */
      /* A common noun phrase without a name stays short and starts with
       * a determiner: "one shop owner said", not "and said the city…";
       * roles before a name go on ("former State policy planning
       * director Anne-Marie Slaughter wrote"). */
      if (it->kind == IT_WORD && !it->cap && !is_pronoun (it) && !is_title (it) && j >= i + 4 &&
          !(g_array_index (items, Item, i).classes & WC_DETERMINER) &&
          !g_array_index (items, Item, i).cap)
        return FALSE;
      /* A name, then its appositive set off by commas: "Fred Kagan,
       * director of the Critical Threats Project at the American
       * Enterprise Institute, said" reaches further. */
      if (it->kind == IT_COMMA && j > i && limit == i + MAX_SUBJECT_ITEMS &&
          g_array_index (items, Item, j - 1).kind == IT_WORD && g_array_index (items, Item, j - 1).cap)
        limit = i + 2 * MAX_SUBJECT_ITEMS;
    }
  return FALSE;
}

/* Whether the word after the noun phrase at @pos reads as a finite
 * verb ("interjected", "continues", "stood"; px_quote_is_finite_verb()). */
static gboolean
verb_follows (DocScan *ds, GArray *items, guint32 pos, guint n)
{
  guint i = 0;

  while (i < n && g_array_index (items, Item, i).start < pos)
    i++;
  while (i < n && is_np_word (&g_array_index (items, Item, i)))
    i++;
  while (i < n && is_adverb (&g_array_index (items, Item, i)) &&
         !px_quote_is_finite_verb (g_array_index (items, Item, i).lower))
    i++;
  if (i >= n || g_array_index (items, Item, i).kind != IT_WORD)
    return FALSE;
  item_fill (ds, &g_array_index (items, Item, i));
  return !g_array_index (items, Item, i).cap &&
         px_quote_is_finite_verb (g_array_index (items, Item, i).lower);
}

/* Whether the text names someone in full whose surname is @name. */
static gboolean
known_person (DocScan *ds, const char *name)
{
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);
      const char *last;

      if (m->n_words < 2 || m->org)
        continue;
      last = strrchr (m->name, ' ');
      if (last && g_str_equal (last + 1, name))
        return TRUE;
    }
  return FALSE;
}

/* Who the words before a colon that ends items[0, n) name without a
 * speech verb: the name whose statement, post or letter it is ("From Ada
 * Marr's Facebook post:"), or a name after a dash or "from" ("Pollsters
 * agree - Ada Marr:", "More from Marr:"). */
/* A possessive name before a statement noun in items[0, n): "Marr's
 * Facebook post", "Trump's scathing criticism".  Sets @f's speaker to
 * the name when it is one. */
static void
possessive_statement_source (Found *f, DocScan *ds, GArray *items, guint n)
{
  guint b;

  for (guint i = 0; i + 1 < n; i++)
    {
      Item *it = &g_array_index (items, Item, i);
      gboolean pronoun;

      item_fill (ds, it);
      /* "his promise of “…”": his words. */
      pronoun = it->kind == IT_WORD && (g_str_equal (it->lower, "his") || g_str_equal (it->lower, "her"));
      if (!pronoun && (!it->possessive || !is_name_word (it)))
        continue;
      for (guint k = i + 1; k < n && k <= i + 3; k++)
        {
          Item *w = &g_array_index (items, Item, k);

          if (w->kind != IT_WORD)
            break;
          item_fill (ds, w);
          if (w->cap || !(w->classes & WC_STATEMENT))
            continue;
          if (pronoun)
            {
              f->kind = SPK_PRONOUN;
              f->np = g_strdup (g_str_equal (it->lower, "his") ? "he" : "she");
              f->np_pos = it->start;
              return;
            }
          for (b = i; b > 0 && is_np_word (&g_array_index (items, Item, b - 1)) &&
                      !g_array_index (items, Item, b - 1).possessive; b--)
            ;
          set_speaker_np (f, ds, items, b, i + 1);
          if (f->kind == SPK_NAME)
            return;
          g_clear_pointer (&f->np, g_free);
          f->kind = SPK_NONE;
          break;
        }
    }
}

static void
colon_source (Found *f, DocScan *ds, GArray *items, guint n)
{
  guint b;

  possessive_statement_source (f, ds, items, n);
  if (f->kind == SPK_NAME)
    return;
  for (b = n - 1; b > 0 && is_np_word (&g_array_index (items, Item, b - 1)) &&
              g_array_index (items, Item, b - 1).kind != IT_HYPHEN; b--)
    ;
  if (b > 0 && b < n - 1 &&
      ((g_array_index (items, Item, b - 1).kind == IT_HYPHEN &&
        (b < 2 || g_array_index (items, Item, b - 1).start > g_array_index (items, Item, b - 2).end)) ||
       item_is (items, b - 1, "from")))
    {
      set_speaker_np (f, ds, items, b, n - 1);
      if (f->kind != SPK_NAME)
        {
          g_clear_pointer (&f->np, g_free);
          f->kind = SPK_NONE;
        }
    }
}

/* Whether @name is a person's name the article gives in full: no
 * organisation, no place, no film ("the United States", "INS Sukanya"
 * are no one whose words a sentence quotes). */
static gboolean
names_person (DocScan *ds, const char *name)
{
  if (is_place (name))
    return FALSE;
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if ((m->n_words >= 2 || m->titled) && !m->not_person && !m->in_place &&
          (g_str_equal (m->name, name) || g_str_equal (m->surname, name)))
        return TRUE;
    }
  return FALSE;
}

/* "the Mat Maid buildings dated…": a name after "the" and before a word
 * in -s that no list calls a verb modifies a plural noun; the name is no
 * subject. */
static gboolean
modifies_plural (DocScan *ds, GArray *items, guint32 pos, guint n)
{
  guint i = 0;
  const Item *next;

  while (i < n && g_array_index (items, Item, i).start < pos)
    i++;
  if (i == 0 || !item_is (items, i - 1, "the"))
    return FALSE;
  while (i < n && is_np_word (&g_array_index (items, Item, i)))
    i++;
  if (i >= n)
    return FALSE;
  next = &g_array_index (items, Item, i);
  return next->kind == IT_WORD && g_str_has_suffix (next->lower, "s") &&
         !(next->classes & (WC_SPEECH_VERB | WC_FINITE_VERB));
}

/* How surely a sentence's subject said a quote of its sentence that no
 * speech verb reports. */
#define PATTERN_OWN_WORDS 0.5

/* "Clinton talked up her “50-state strategy”", "Lewandowski ripped Comey
 * for acting as “the judge and the jury”": no speech verb, but a person
 * named as the sentence's subject, a verb right after the name.  The
 * words quoted in such a sentence are mostly that person's, so the name
 * is given, marked unsure. */
static void
subject_owns_quote (Found *f, DocScan *ds, GArray *items, guint n)
{
  sentence_subject (f, ds, items, n);
  if (f->kind == SPK_NAME && verb_follows (ds, items, f->np_pos, n) && names_person (ds, f->np) &&
      !modifies_plural (ds, items, f->np_pos, n))
    {
      f->pattern = PATTERN_OWN_WORDS;
      return;
    }
  g_clear_pointer (&f->np, g_free);
  f->kind = SPK_NONE;
}

/* Kerry said that "…" / the secretary responded: "…" / He answered, "…" */
/* Whether the colon at items[e] labels one field of several, as a form
 * does ("Name: Ann Lee Age: 27 Job: Pilot Why she marches: “…”"): two
 * colons or more follow before the words' last item, so the word before
 * it is a label, nobody's name (a headline has one more at most:
 * "Kerry: No Room for Iran: They're ‘On Their Own’"). */
static gboolean
labels_fields (GArray *items, guint e, guint n)
{
  guint colons = 0;

  for (guint k = e + 1; k + 1 < n; k++)
    colons += g_array_index (items, Item, k).kind == IT_COLON;
  return colons >= 2;
}

static gboolean
attribute_before (Found *f, DocScan *ds, GArray *items)
{
  guint s = 0, n = items->len;
  int v = -1;

  /* Only the sentence the quote is in; but a quote that is a sentence
   * of its own takes the speaker of the sentence before it in the same
   * paragraph: 'The engineer said the steel would come. "If…"' */
  for (guint i = 0; i < n; i++)
    if (g_array_index (items, Item, i).kind == IT_END)
      s = i + 1;
  if (s > 0 && s == n)
    {
      guint t = 0;

      for (guint i = 0; i + 1 < s; i++)
        if (g_array_index (items, Item, i).kind == IT_END)
          t = i + 1;
      /* Not a naming verb: "called" says what its own object is called
       * ("a super PAC called Future45", "called him “Little Marco”"),
       * never who spoke the sentence after. */
      for (guint i = s - 1; i > t; i--)
        if (is_verb (&g_array_index (items, Item, i - 1)) && !is_passive (items, i - 1) &&
            !(g_array_index (items, Item, i - 1).classes & WC_NAMING_VERB))
          {
            /* '…, said Ada Marr. "…"': the speaker after the verb. */
            if (i - 1 > t && g_array_index (items, Item, i - 2).kind == IT_COMMA &&
                !item_is (items, i - 1, "told") && !item_is (items, i - 1, "asked") &&
                !(g_array_index (items, Item, i - 1).classes & WC_PARTICIPLE) &&
                !(i < items->len && g_array_index (items, Item, i).kind == IT_WORD &&
                  g_strv_contains (name_prepositions, g_array_index (items, Item, i).lower)))
              {
                object_np (f, ds, items, i - 1, s - 1);
                f->pattern = PATTERN_NEARBY;
                if (f->kind != SPK_NONE)
                  return TRUE;
                g_clear_pointer (&f->np, g_free);
              }
            subject_of (f, ds, items, i - 1);
            f->pattern = PATTERN_NEARBY;
            return f->kind != SPK_NONE;
          }
    }
  if (s > 0)
    {
      g_array_remove_range (items, 0, s);
      n = items->len;
    }
  for (guint i = n; i > 0; i--)
    {
      if (is_verb_at (ds, items, i - 1) ||
          (item_is (items, i - 1, "according") && item_is (items, i, "to")))
        {
          v = i - 1;
          break;
        }
    }
  if (v < 0)
    {
      /* Headline style: "Kerry: No Room … ‘On Their Own’". */
      guint b = 0, e;
      while (b < n && g_array_index (items, Item, b).kind == IT_OTHER)
        b++;   /* a bullet */
      for (e = b; e < n && is_np_word (&g_array_index (items, Item, e)); e++)
        ;
      /* "HIGHER TURNOUT IN IOWA - Michael P. McDonald:": the name after
       * a dash set off by spaces, not the headline before it. */
      for (guint k = e; k > b + 1; k--)
        if (g_array_index (items, Item, k - 1).kind == IT_HYPHEN &&
            g_array_index (items, Item, k - 1).start > g_array_index (items, Item, k - 2).end)
          {
            b = k;
            break;
          }
      if (e > b && e < n && g_array_index (items, Item, e).kind == IT_COLON &&
          !labels_fields (items, e, n))
        set_speaker_np (f, ds, items, b, e);
      f->pattern = PATTERN_NEARBY;
      /* "Hannity interjected: “…”", "The board was plain in its
       * findings: “…”": a colon hands the quote to the sentence's
       * subject. */
      if (f->kind == SPK_NONE && n > 1 && g_array_index (items, Item, n - 1).kind == IT_COLON)
        colon_source (f, ds, items, n);
      if (f->kind == SPK_NONE && n > 1 && g_array_index (items, Item, n - 1).kind == IT_COLON)
        {
          sentence_subject (f, ds, items, n - 1);
          f->pattern = PATTERN_SUBJECT;
          /* Only a person the text names, followed by an English verb
           * ("interjected", "continues", "was"): "Le ministre a dit :"
           * has no subject these lists know. */
          if (f->kind == SPK_NAME && ((!strchr (f->np, ' ') && !known_person (ds, f->np)) ||
                                      !verb_follows (ds, items, f->np_pos, n - 1)))
            {
              g_clear_pointer (&f->np, g_free);
              f->kind = SPK_NONE;
            }
        }
      /* "Trump's scathing criticism that Bush ''lied''", "Sanders'
       * call for "revolution"": whose words they are. */
      if (f->kind == SPK_NONE)
        {
          possessive_statement_source (f, ds, items, n);
          if (f->kind != SPK_NONE)
            f->pattern = PATTERN_SUBJECT;
        }
      if (f->kind == SPK_NONE && n > 1 && g_array_index (items, Item, n - 1).kind != IT_COLON)
        subject_owns_quote (f, ds, items, n);
      return f->kind != SPK_NONE;
    }
  if (item_is (items, v, "according"))
    {
      object_np (f, ds, items, v + 1, n);
      return f->kind != SPK_NONE;
    }
  if (is_passive (items, v))
    {
      f->kind = SPK_UNKNOWN;
      return TRUE;
    }
  if ((g_array_index (items, Item, v).classes & WC_PARTICIPLE))
    {
      /* "quoted him as saying": the object of "quoted" spoke. */
      if (v >= 2 && item_is (items, v - 1, "as"))
        for (int q = v - 2; q >= 0; q--)
          if (item_is (items, q, "quoted"))
            {
              set_speaker_np (f, ds, items, q + 1, v - 1);
              return f->kind != SPK_NONE;
            }
      /* "with Ada Marr calling it…", ", Ada Marr calling it": a name
       * right before the participle is its subject; not one after a
       * preposition ("of Ada Marr telling", "to Wired explaining"). */
      {
        guint e = v, b, a;

        while (e > 0 && is_adverb (&g_array_index (items, Item, e - 1)))
          e--;
        for (b = e; b > 0 && is_np_word (&g_array_index (items, Item, b - 1)) &&
                    !g_array_index (items, Item, b - 1).possessive; b--)
          ;
        a = b > 0 && item_is (items, b - 1, "the") ? b - 1 : b;
        if (e > 0 && b < e && is_name_word (&g_array_index (items, Item, e - 1)) &&
            (a == 0 || g_array_index (items, Item, a - 1).kind == IT_COMMA ||
             item_is (items, a - 1, "with") || item_is (items, a - 1, "while")))
          {
            set_speaker_np (f, ds, items, b, e);
            f->pattern = PATTERN_NEARBY;
            if (f->kind == SPK_NAME)
              return TRUE;
            g_clear_pointer (&f->np, g_free);
            f->kind = SPK_NONE;
          }
      }
      /* "with many marchers chanting “…”": the participle has its own
       * subject, nobody named, not the sentence's. */
      for (guint k = (guint) v; k > 0 && (guint) v - k < MAX_DESCRIPTION_WORDS; k--)
        {
          const Item *it = &g_array_index (items, Item, k - 1);

          if (it->kind != IT_WORD || it->cap || is_pronoun (it))
            break;
          if ((item_is (items, k - 1, "with") || item_is (items, k - 1, "while")) && k < (guint) v)
            return FALSE;
          if (is_verb (it))
            break;
        }
      sentence_subject (f, ds, items, v);
      f->pattern = PATTERN_NEARBY;
      return f->kind != SPK_NONE;
    }
  if (v > 0 && item_is (items, v - 1, "to"))
    {
      sentence_subject (f, ds, items, v);   /* "he went on to say that" */
      f->pattern = PATTERN_NEARBY;
      return f->kind != SPK_NONE;
    }
  /* Inverted after a clause: "Because of the schedule, explained
   * Rosenberg, “…”".  Not after "told", whose object is the listener. */
  if ((v == 0 || g_array_index (items, Item, v - 1).kind == IT_COMMA) &&
      !item_is (items, v, "told") && !item_is (items, v, "tells") && !item_is (items, v, "tell") &&
      !item_is (items, v, "asked") && !item_is (items, v, "asks"))
    {
      guint e = object_np (f, ds, items, v, n), np_end = e;

      while (e < n && (g_array_index (items, Item, e).kind == IT_COMMA ||
                       g_array_index (items, Item, e).kind == IT_COLON))
        e++;
      /* 'said Fiorina "was involved"': the name is what was said about. */
      if (e >= n && e > np_end && f->kind != SPK_NONE)
        return TRUE;
      g_clear_pointer (&f->np, g_free);
      f->kind = SPK_NONE;
    }
  subject_of (f, ds, items, v);
  /* "As one worker told Brackley Weekly, “…”": who was told is the
   * listener, never the speaker. */
  if (f->kind == SPK_NONE &&
      !item_is (items, v, "told") && !item_is (items, v, "tells") && !item_is (items, v, "tell"))
    {
      /* "said Kerry, “…”", not "said the senator can “…”": the words
       * after the verb name the speaker only if they run up to the
       * quote. */
      guint e = object_np (f, ds, items, v, n);

      while (e < n && (g_array_index (items, Item, e).kind == IT_COMMA ||
                       g_array_index (items, Item, e).kind == IT_COLON))
        e++;
      if (e < n)
        {
          g_clear_pointer (&f->np, g_free);
          f->kind = SPK_NONE;
        }
    }
  if (f->kind == SPK_NONE)
    {
      sentence_subject (f, ds, items, v);
      f->pattern = PATTERN_SUBJECT;
    }
  return f->kind != SPK_NONE;
}

static gboolean ends_sentence (DocScan *ds, Found *f);

/* Most words an attribution that interrupts a quote holds: "…," said
 * the former two-term governor of the state on Tuesday, "…". */
#define MAX_INTERRUPTION_WORDS 14

/* Whether the words of [lo, hi), between two quotes, interrupt one
 * quotation: they end with a comma ("…," Ann Lee said, "…"), hold no
 * sentence's end and few words. */
static gboolean
interrupts (DocScan *ds, guint32 lo, guint32 hi)
{
  g_autoptr(GArray) items = items_of (ds, lo, hi);
  guint words = 0;

  if (items->len < 2 || g_array_index (items, Item, items->len - 1).kind != IT_COMMA)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      ItemKind kind = g_array_index (items, Item, i).kind;

      if (kind == IT_END || kind == IT_COLON)
        return FALSE;
      if (kind == IT_WORD && ++words > MAX_INTERRUPTION_WORDS)
        return FALSE;
    }
  return TRUE;
}

/* "We will open the bridge," Mira Holt said, "and close the ferry.": a
 * quote cut by its attribution is one quotation.  The first part ends
 * with the comma that hands over to the attribution, the attribution
 * (found after the first part) ends with a comma, and the second part
 * follows in the same paragraph: the second joins the first, as the
 * paragraphs of a multi-paragraph quote do. */
static void
join_interrupted (DocScan *ds)
{
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *a = g_ptr_array_index (ds->found, q);
      const Span *last;
      Found *b = NULL;
      guint r;

      if (a->depth > 0 || !a->said_after || (a->flags & PX_QUOTE_OPEN) || ends_sentence (ds, a))
        continue;
      for (r = q + 1; r < ds->found->len; r++)
        {
          b = g_ptr_array_index (ds->found, r);
          if (b->depth == 0)
            break;
        }
      if (r >= ds->found->len || b->paragraph != a->last_paragraph || b->segments->len == 0)
        continue;
      /* The comma inside the first part's marks. */
      last = &g_array_index (a->segments, Span, a->segments->len - 1);
      if (!memchr (ds->text + last->end, ',', a->mark_end - last->end) ||
          !interrupts (ds, a->mark_end, b->mark_start))
        continue;
      g_array_append_vals (a->segments, b->segments->data, b->segments->len);
      a->mark_end = b->mark_end;
      a->last_paragraph = b->last_paragraph;
      a->flags |= b->flags & (PX_QUOTE_OPEN | PX_QUOTE_MULTI);
      g_ptr_array_remove_index (ds->found, r);   /* nested quotes of b stay, after a */
      q--;   /* a may go on after b: "…," she said, "…," she added, "…" */
    }
}

/* Whether the quote @f is a clause of its own that words after it can
 * attribute: it starts a sentence, or ends with the comma, question or
 * exclamation mark or dash that hands over to "…, she said". */
/* The last character before the closing mark of @f and any space: the
 * mark may be two characters ('' in the New York Times' archive). */
static const char *
before_close (DocScan *ds, Found *f)
{
  const char *close = g_utf8_find_prev_char (ds->text, ds->text + f->mark_end);
  const char *p = close ? g_utf8_find_prev_char (ds->text, close) : NULL;

  if (p && *close == '\'' && *p == '\'')
    p = g_utf8_find_prev_char (ds->text, p);
  while (p && p > ds->text && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_find_prev_char (ds->text, p);
  return p;
}

static gboolean
closes_clause (DocScan *ds, Found *f, GArray *before)
{
  const char *p;
  gunichar c;

  if (before->len == 0 || g_array_index (before, Item, before->len - 1).kind == IT_END ||
      g_array_index (before, Item, before->len - 1).kind == IT_COLON)
    return TRUE;
  if (f->flags & PX_QUOTE_OPEN)
    return TRUE;
  p = before_close (ds, f);
  if (p == NULL)
    return FALSE;
  c = g_utf8_get_char (p);
  return c == ',' || c == '?' || c == '!' || c == 0x2014 || c == 0x2013 || c == '-';
}

/* Whether the quote @f ends its sentence inside its marks: “…fraud.” */
static gboolean
ends_sentence (DocScan *ds, Found *f)
{
  const char *p = before_close (ds, f);
  gunichar c;

  if (p == NULL)
    return FALSE;
  c = g_utf8_get_char (p);
  return c == '.' || c == '?' || c == '!';
}

/* 'Guns are "a crisis" and "a disgrace," Ann Lee said': the quotes of a
 * sentence before the one its attribution follows share it. */
static void
share_sentence_attribution (DocScan *ds)
{
  Found *next = NULL;

  for (guint q = ds->found->len; q > 0; q--)
    {
      Found *f = g_ptr_array_index (ds->found, q - 1);

      if (f->depth > 0)
        continue;
      if (next && next->said_after && next->paragraph == f->last_paragraph &&
          (f->kind == SPK_NONE || f->kind == SPK_INHERIT) && !f->said_after &&
          !(f->flags & PX_QUOTE_OPEN) && !ends_sentence (ds, f) &&
          (next->kind == SPK_NAME || next->kind == SPK_PRONOUN || next->kind == SPK_ROLE))
        {
          g_autoptr(GArray) between = items_of (ds, f->mark_end, next->mark_start);
          gboolean one_sentence = TRUE;

          for (guint i = 0; i < between->len && one_sentence; i++)
            one_sentence = g_array_index (between, Item, i).kind != IT_END &&
                           !is_verb (&g_array_index (between, Item, i));
          if (one_sentence)
            {
              f->kind = next->kind;
              g_free (f->np);
              f->np = g_strdup (next->np);
              f->np_pos = next->np_pos;
              f->pattern = next->pattern;
              f->said = f->said_after = TRUE;
            }
        }
      next = f;
    }
}

/* A paragraph that is one quotation and nothing else, after a paragraph
 * whose last sentence has a speech verb or ends with a colon, is what
 * that sentence's subject said: 'Ann Lee said the bridge would wait.
 * ¶ "We have no money this year."' */
static void
said_in_paragraph_before (DocScan *ds, Found *f)
{
  const PxParagraph *p = px_document_get_paragraph (ds->doc, f->paragraph - 1);
  g_autoptr(GArray) items = items_of (ds, p->start, p->end);
  ItemKind last;

  if (items->len < 3)
    return;
  last = g_array_index (items, Item, items->len - 1).kind;
  if (last != IT_END && last != IT_COLON)
    return;
  if (attribute_before (f, ds, items) && f->kind != SPK_NAME && f->kind != SPK_PRONOUN &&
      f->kind != SPK_ROLE)
    {
      g_clear_pointer (&f->np, g_free);
      f->kind = SPK_NONE;
    }
  f->pattern = MIN (f->pattern, PATTERN_NEARBY);
}

/* How many items a paragraph that only names a quote's speaker may hold:
 * "- Ivo Marsh, tweeting after the speech." */
#define MAX_SIGNATURE_ITEMS 16

/* A paragraph that is one quotation, followed by a short paragraph that
 * opens with a dash and a name, is what that name said: a fact check's or
 * a digest's '"We will win." ¶ - Ada Marr.'  The name up to its first
 * comma. */
static void
said_in_paragraph_after (DocScan *ds, Found *f)
{
  const PxParagraph *p;
  const char *t;
  guint e = 0;

  if (f->last_paragraph + 1 >= px_document_get_n_paragraphs (ds->doc))
    return;
  p = px_document_get_paragraph (ds->doc, f->last_paragraph + 1);
  t = ds->text + p->start;
  if (!(g_str_has_prefix (t, "-") || g_str_has_prefix (t, "\xe2\x80\x94") ||
        g_str_has_prefix (t, "\xe2\x80\x93")))
    return;
  {
    g_autoptr(GArray) items = items_of (ds, p->start, p->end);
    guint s = 0;

    if (items->len == 0 || items->len > MAX_SIGNATURE_ITEMS)
      return;
    while (s < items->len && g_array_index (items, Item, s).kind != IT_WORD)
      s++;
    for (e = s; e < items->len && g_array_index (items, Item, e).kind != IT_COMMA &&
                g_array_index (items, Item, e).kind != IT_END; e++)
      if (!is_np_word (&g_array_index (items, Item, e)))
        return;
    if (e == s)
      return;
    set_speaker_np (f, ds, items, s, e);
    if (f->kind != SPK_NAME)
      {
        g_clear_pointer (&f->np, g_free);
        f->kind = SPK_NONE;
        return;
      }
    f->pattern = PATTERN_NEARBY;
    f->said = TRUE;
  }
}

void
px_quote_attribute (DocScan *ds)
{
  Found *prev = NULL;

  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      const PxParagraph *first, *last;
      guint32 lo, hi;

      if (f->depth > 0)
        continue;
      first = px_document_get_paragraph (ds->doc, f->paragraph);
      last = px_document_get_paragraph (ds->doc, f->last_paragraph);
      lo = first->start;
      hi = last->end;
      if (prev && prev->last_paragraph == f->paragraph)
        lo = prev->mark_end;
      for (guint r = q + 1; r < ds->found->len; r++)
        {
          Found *g = g_ptr_array_index (ds->found, r);
          if (g->depth == 0)
            {
              if (g->paragraph == f->last_paragraph)
                hi = g->mark_start;
              break;
            }
        }

      {
        g_autoptr(GArray) after = items_of (ds, f->mark_end, MAX (f->mark_end, hi));
        g_autoptr(GArray) before = items_of (ds, lo, f->mark_start);
        gboolean para_start = before->len == 0 && lo == first->start;

        gboolean same_sentence = prev && prev->last_paragraph == f->paragraph &&
                                 !(prev->flags & PX_QUOTE_OPEN) && !ends_sentence (ds, prev);
        gboolean verb_before = FALSE;

        /* The speech verb of the quote's sentence before it, if any. */
        for (guint i = before->len; i > 0; i--)
          {
            const Item *it = &g_array_index (before, Item, i - 1);

            if (it->kind == IT_END)
              {
                same_sentence = FALSE;
                break;
              }
            /* Not "so-called": a verb in a compound. */
            if ((is_verb (it) && !(i >= 2 && g_array_index (before, Item, i - 2).kind == IT_HYPHEN)) ||
                (item_is (before, i - 1, "according") && item_is (before, i, "to")))
              verb_before = TRUE;
          }
        f->opens_sentence = before->len == 0 ||
                            g_array_index (before, Item, before->len - 1).kind == IT_END ||
                            g_array_index (before, Item, before->len - 1).kind == IT_COLON;
        f->pattern = PATTERN_NEXT_TO;
        if (attribute_after (f, ds, after, closes_clause (ds, f, before),
                             !ends_sentence (ds, f), hi == last->end))
          f->said = f->said_after = TRUE;
        else
          {
            attribute_before (f, ds, before);
            f->said = verb_before || f->kind == SPK_NAME || f->kind == SPK_PRONOUN ||
                      f->kind == SPK_ROLE;
          }
        if (f->kind == SPK_NONE && prev &&
            (prev->last_paragraph == f->paragraph ||
             (para_start && prev->last_paragraph + 1 == f->paragraph)))
          f->kind = SPK_INHERIT;
        if (f->kind == SPK_NONE && para_start && f->paragraph > 0 && after->len == 0)
          said_in_paragraph_before (ds, f);
        if ((f->kind == SPK_NONE || f->kind == SPK_INHERIT) && para_start && after->len == 0 &&
            hi == last->end)
          said_in_paragraph_after (ds, f);
        /* 'called him a "fascist" and a "fraud"': both were said. */
        if (f->kind == SPK_INHERIT && same_sentence)
          f->said |= prev->said;
      }
      prev = f;
    }
  share_sentence_attribution (ds);
  join_interrupted (ds);
}

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

const char *
px_quote_last_word (const char *name)
{
  const char *sp = strrchr (name, ' ');

  return sp ? sp + 1 : name;
}

/* The one full name (two words or more) in @mentions whose last word is
 * @surname, or NULL when there is none or more than one. */
/* Surname -> the one full name the mentions give for it, or "" when
 * they give several: built once per resolution, so that resolving each
 * pronoun does not rescan every mention. */
GHashTable *
px_quote_surname_index (GArray *mentions)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; mentions && i < mentions->len; i++)
    {
      const Mention *m = &g_array_index (mentions, Mention, i);
      const char *surname, *known;

      if (m->n_words < 2 || m->org || m->not_person)
        continue;
      surname = m->surname;
      known = g_hash_table_lookup (index, surname);
      if (known == NULL)
        g_hash_table_insert (index, (gpointer) surname, (gpointer) m->name);
      else if (*known && !g_str_equal (known, m->name))
        g_hash_table_insert (index, (gpointer) surname, (gpointer) "");
    }
  return index;
}

static const char *
full_name_in (GHashTable *index, const char *surname)
{
  const char *found = index ? g_hash_table_lookup (index, surname) : NULL;

  return found && *found ? found : NULL;
}

typedef struct {
  GHashTable *doc;      /* surname index of the document's mentions */
  GHashTable *group;    /* and of the group's, or NULL */
} Surnames;

/* A surname is the full name written before it in the document (the
 * reporter's first mention), else the one full name the group or the
 * document has for it. */
static guint gender_of (const Mention *m, const char *full);

/* The gender the title of the mention at @pos tells ("Mrs. Clinton"),
 * or 0. */
static guint
title_gender_at (DocScan *ds, guint32 pos)
{
  guint lo = 0, hi = ds->mentions->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (ds->mentions, Mention, mid).pos < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < ds->mentions->len && g_array_index (ds->mentions, Mention, lo).pos == pos)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, lo);

      return gender_of (m, m->name);
    }
  return 0;
}

static const char *
full_name (DocScan *ds, Surnames *names, const char *name, guint32 pos)
{
  const char *full;
  guint want;

  if (strchr (name, ' '))
    return name;
  /* "Mrs. Clinton" is not the Bill Clinton named last. */
  want = title_gender_at (ds, pos);
  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);

      if (m->pos < pos && m->n_words >= 2 && (!m->org || m->org_surname) && !m->not_person &&
          g_str_equal (m->surname, name))
        {
          guint g = want ? gender_of (m, m->name) : 0;

          if (g == 0 || g == want)
            return m->name;
        }
    }
  full = full_name_in (names->doc, name);
  if (full == NULL)
    full = full_name_in (names->group, name);
  return full ? full : name;
}

static gboolean is_place (const char *name);

static gboolean
is_person (Surnames *names, const Mention *m)
{
  /* "the Aral Sea", "Trump Tower": named, but no one "he" can be. */
  if (m->org || m->not_person || is_place (m->name))
    return FALSE;
  if (m->n_words >= 2 || m->titled)
    return TRUE;
  /* A surname some full name has, even when several have it (Bill and
   * Hillary Clinton). */
  return g_hash_table_contains (names->doc, m->name) ||
         (names->group && g_hash_table_contains (names->group, m->name));
}

/* How surely a name found one way is the speaker's: a full name as
 * written, a surname the article or the group gives a full name for, a
 * pronoun or a role resolved to the last person named, and a lone
 * capitalised word nothing else names (a place as often as a person). */
#define RESOLVED_FULL     1.0
#define RESOLVED_SURNAME  0.95
#define RESOLVED_ROLE     0.8
#define RESOLVED_SALIENT  0.9    /* the person quoted just before, gender fits */
#define RESOLVED_PRONOUN  0.8    /* the nearest person whose gender fits */
#define RESOLVED_LONE     0.6
#define RESOLVED_OPEN     0.6    /* a person whose gender the text does not tell */
#define INHERITED         0.9

/* Whether @word stands in lower case somewhere in the text, as a word:
 * "Residents said", "Later, he said" use a common word, not a name. */
static gboolean
written_lower (DocScan *ds, const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  gsize n = strlen (lower);

  if (g_str_equal (lower, word))
    return TRUE;
  for (const char *p = strstr (ds->text, lower); p; p = strstr (p + 1, lower))
    {
      gunichar before = p > ds->text ? g_utf8_get_char (g_utf8_prev_char (p)) : ' ';
      gunichar after = g_utf8_get_char (p + n);

      if (!g_unichar_isalnum (before) && !g_unichar_isalnum (after))
        return TRUE;
    }
  return FALSE;
}

/* Whether @word stands capitalised, as a word, somewhere other than at a
 * sentence's or a line's start: "Other union leaders", "Huge Who fan",
 * "Long after Watergate" open their sentences and name nobody. */
static gboolean
capitalised_inside_sentence (DocScan *ds, const char *word)
{
  gsize n = strlen (word);

  for (const char *p = strstr (ds->text, word); p; p = strstr (p + 1, word))
    {
      const char *b = p;
      gunichar before = 0, after = g_utf8_get_char (p + n);

      if (g_unichar_isalnum (after))
        continue;
      while (b > ds->text && (b[-1] == ' ' || b[-1] == '\t'))
        b--;
      if (b > ds->text)
        before = g_utf8_get_char (g_utf8_prev_char (b));
      if (b == p && g_unichar_isalnum (before))
        continue;   /* inside a word */
      /* A line's or a sentence's start, or inside a quotation's. */
      if (before == 0 || before == '\n' || before == '.' || before == '!' || before == '?' ||
          before == ':' || before == '"' || before == '\'' || before == '(' || before == '[' ||
          before == 0x201C || before == 0x201D || before == 0x2018 || before == 0x2019 ||
          before == 0xAB || before == 0xBB || before == 0x2014 || before == 0x2013)
        continue;
      return TRUE;
    }
  return FALSE;
}

/* A name a speaker can have: not a place, a building or a law, and not a
 * lone capitalised word the text also writes in lower case. */
static gboolean
may_be_speaker (DocScan *ds, const char *name)
{
  g_autofree char *lower = px_quote_normalize_word (name, strlen (name));
  const char *last = px_quote_last_word (lower);

  if ((px_quote_word_classes (lower) | px_quote_word_classes (last)) & WC_PLACE)
    return FALSE;
  /* "Residents said": a crowd; "Optimistic Americans" too, but not
   * an organisation ("United Auto Workers"). */
  if (px_quote_word_classes (last) & WC_GROUP)
    {
      g_auto(GStrv) words = g_strsplit (lower, " ", -1);
      guint classes = 0;

      for (guint i = 0; words[i]; i++)
        classes |= px_quote_word_classes (words[i]);
      if (!(classes & WC_ORG))
        return FALSE;
    }
  return strchr (name, ' ') || !written_lower (ds, name);
}

/* WC_MALE, WC_FEMALE, or 0 when the text does not tell: from a title
 * written with the name ("Mrs.", "congressman"), else its first name. */
static guint
gender_of (const Mention *m, const char *full)
{
  g_auto(GStrv) titles = g_strsplit (m->titles, " ", -1);
  g_autofree char *first = NULL;
  const char *sp = strchr (full, ' ');

  for (guint i = 0; titles[i]; i++)
    {
      guint g = px_quote_word_classes (titles[i]) & (WC_MALE | WC_FEMALE);

      if (g == WC_MALE || g == WC_FEMALE)
        return g;
    }
  /* "W. Mark Felt", "J. Edgar Hoover": the first name after initials. */
  while (sp && sp - full <= 3 && sp[-1] == '.' && strchr (sp + 1, ' '))
    {
      full = sp + 1;
      sp = strchr (full, ' ');
    }
  if (sp == NULL)
    return 0;
  first = px_quote_normalize_word (full, sp - full);
  return px_quote_word_classes (first) & (WC_MALE | WC_FEMALE);
}

static guint
pronoun_gender (const char *pronoun)
{
  if (pronoun && (g_str_equal (pronoun, "he") || g_str_equal (pronoun, "him")))
    return WC_MALE;
  if (pronoun && (g_str_equal (pronoun, "she") || g_str_equal (pronoun, "her")))
    return WC_FEMALE;
  return 0;
}

/* The subject of the sentence a pronoun at @pos stands in: its first
 * person named before the pronoun, not after a preposition ("Asked about
 * Jake Lee, Ann Marr said…", "…of Ivo Marsh, whom he called…").  NULL
 * when the sentence names nobody before the pronoun. */
static const Mention *
sentence_subject_mention (DocScan *ds, Surnames *names, guint32 pos)
{
  const Mention *nearest = NULL;
  guint n = 0;

  for (guint i = ds->mentions->len; i > 0; i--)
    if (g_array_index (ds->mentions, Mention, i - 1).pos < pos)
      {
        nearest = &g_array_index (ds->mentions, Mention, i - 1);
        n = i - 1;
        break;
      }
  if (nearest == NULL)
    return NULL;
  {
    g_autoptr(GArray) between = items_of (ds, nearest->pos, pos);

    for (guint i = 0; i < between->len; i++)
      if (g_array_index (between, Item, i).kind == IT_END)
        return NULL;
  }
  while (n > 0 && g_array_index (ds->mentions, Mention, n - 1).sentence == nearest->sentence)
    n--;
  for (; n < ds->mentions->len; n++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, n);

      if (m->pos >= pos)
        break;
      if (!m->after_preposition && is_person (names, m) &&
          may_be_speaker (ds, full_name (ds, names, m->name, m->pos)))
        return m;
    }
  return NULL;
}

/* Whether the sentence of @subject names, before @pos and not after a
 * preposition, another person of gender @want. */
static gboolean
sentence_names_other (DocScan *ds, Surnames *names, const Mention *subject, guint32 pos,
                      guint want)
{
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos >= pos)
        break;
      if (m == subject || m->sentence != subject->sentence || m->after_preposition ||
          !is_person (names, m))
        continue;
      if (gender_of (m, full_name (ds, names, m->name, m->pos)) == want)
        return TRUE;
    }
  return FALSE;
}

/* Whether the text shows that @m, whose gender it does not tell, is a
 * person: a title goes with the name, it opens a sentence as its subject,
 * the reporter names them again by the surname alone ("Rob Calabrese …
 * Calabrese told"), or a quote has them as speaker.  "Climate Action", "Palo Alto Weekly", "Dirty
 * Dancing" are named once, whole: no one "he" or "she" can be. */
static gboolean
shown_to_be_person (DocScan *ds, const Mention *m, const char *full)
{
  const char *at;
  gsize n = surname_in (full, &at);
  g_autofree char *surname = g_strndup (at, n);

  if (m->titled || !strchr (full, ' '))
    return TRUE;
  /* "Mira Holt opened the meeting": the subject of a sentence, a verb
   * after it. */
  if (m->pos == m->sentence && !m->after_preposition && m->pos + strlen (m->name) < ds->len)
    {
      const char *after = ds->text + m->pos + strlen (m->name);

      if (*after == ' ' && g_ascii_islower (after[1]))
        return TRUE;
    }
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *o = &g_array_index (ds->mentions, Mention, i);

      if (o->titled && g_str_equal (o->name, full))
        return TRUE;
      if (o->n_words == 1 && !o->org && g_str_equal (o->name, surname))
        return TRUE;
    }
  for (guint q = 0; q < ds->found->len; q++)
    {
      const Found *f = g_ptr_array_index (ds->found, q);

      if (f->kind == SPK_NAME && f->np && has_surname (f->np, surname))
        return TRUE;
    }
  return FALSE;
}

/* Whether @m is the first words of its sentence, its subject as a rule:
 * "Smith had played…", not "…following Prince George's arrival". */
static gboolean
opens_its_sentence (DocScan *ds, const Mention *m)
{
  if (m->after_preposition)
    return FALSE;
  for (guint32 k = m->sentence; k < m->pos; k++)
    if (!g_ascii_isspace (ds->text[k]))
      return FALSE;
  return TRUE;
}

/* "He said": the person being quoted in this stretch of text if the
 * pronoun fits them, else the nearest person named before whose gender
 * fits, else the nearest whose gender the text does not tell.  Never a
 * person of the other gender. */
static char *
resolve_pronoun (DocScan *ds, Surnames *names, Found *f, const char *salient,
                 double *certainty)
{
  guint want = pronoun_gender (f->np);
  const char *open = NULL;
  char *found = NULL;
  gboolean open_opens = FALSE;
  const Mention *subject = sentence_subject_mention (ds, names, f->np_pos);

  /* The subject of the pronoun's own sentence, if the gender fits or
   * the text does not tell it and nobody else in the sentence fits. */
  if (subject && want)
    {
      const char *full = full_name (ds, names, subject->name, subject->pos);
      guint g = gender_of (subject, full);

      if (g == want)
        {
          *certainty = RESOLVED_SALIENT;
          return g_strdup (full);
        }
      if (g == 0 && !sentence_names_other (ds, names, subject, f->np_pos, want) &&
          shown_to_be_person (ds, subject, full))
        {
          *certainty = RESOLVED_OPEN;
          return g_strdup (full);
        }
    }

  if (salient)
    {
      /* The speaker of the quotes just before, when nobody of the same
       * gender was named since. */
      for (guint i = ds->mentions->len; i > 0; i--)
        {
          const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
          const char *full;

          if (m->pos >= f->np_pos || !is_person (names, m))
            continue;
          full = full_name (ds, names, m->name, m->pos);
          if (g_str_equal (full, salient))
            {
              guint g = gender_of (m, full);

              if (g == 0 || g == want)
                {
                  *certainty = g == want ? RESOLVED_SALIENT : RESOLVED_OPEN;
                  return g_strdup (salient);
                }
              break;
            }
          if (gender_of (m, full) == want)
            break;
          /* "Majed Hamdan, a photographer, … said many were dead. “…,”
           * he said": a person whose gender the text does not tell,
           * opening a sentence since, may be the one quoted now. */
          if (gender_of (m, full) == 0 && opens_its_sentence (ds, m) &&
              shown_to_be_person (ds, m, full))
            break;
        }
    }
  for (guint i = ds->mentions->len; i > 0 && found == NULL; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
      const char *full;
      guint g;

      if (m->pos >= f->np_pos || !is_person (names, m))
        continue;
      full = full_name (ds, names, m->name, m->pos);
      g = gender_of (m, full);
      if (g == want && want != 0)
        found = g_strdup (full);
      else if (g == 0 && open == NULL && shown_to_be_person (ds, m, full))
        {
          open = full;
          open_opens = opens_its_sentence (ds, m);
        }
    }
  /* "Smith had played the role since 2010 … “…,” he wrote", with "Prince
   * George's arrival" before: a person whose gender the text does not
   * tell, nearer and the subject of a sentence, before one further back
   * whose gender fits. */
  if (found && open && open_opens)
    {
      g_free (found);
      found = NULL;
    }
  if (found)
    {
      *certainty = RESOLVED_PRONOUN;
      return found;
    }
  if (open)
    {
      *certainty = RESOLVED_OPEN;
      return g_strdup (open);
    }
  return NULL;
}

/* How far from a mention of a person a word that describes them may
 * stand: "Florida Sen. Marco Rubio", "Marco Rubio, the senator from
 * Florida". */
#define QUALIFIER_REACH 60

/* The capitalised words of the description that @f names ("the Florida
 * senator", "the presumptive Republican nominee"), up to its head noun:
 * what the person it stands for must have been called before. */
static GPtrArray *
description_qualifiers (DocScan *ds, Found *f)
{
  GPtrArray *quals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) items = items_of (ds, f->np_pos, MIN (ds->len, (gsize) f->np_pos + 120));

  for (guint i = 0; i < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);

      if (it->kind == IT_HYPHEN)
        continue;
      if (it->kind != IT_WORD)
        break;
      item_fill (ds, it);
      if (g_str_equal (it->lower, f->np))
        break;
      if (it->cap && !(it->classes & (WC_DETERMINER | WC_STOP | WC_TITLE)))
        g_ptr_array_add (quals, g_strndup (ds->text + it->start, it->end - it->start));
    }
  return quals;
}

/* Whether every word of @quals stands near some mention of the person
 * @full, in the same sentence, before @before; with @places_only, every
 * word that is a place ("the Texas senator" is not the one from
 * Florida; a party, "the Republican nominee", is seldom written beside
 * the name). */
static gboolean
qualifiers_fit (DocScan *ds, Surnames *names, const char *full, GPtrArray *quals,
                guint32 before, gboolean places_only)
{
  for (guint q = 0; q < quals->len; q++)
    {
      const char *word = g_ptr_array_index (quals, q);
      gsize n = strlen (word);
      gboolean near = FALSE;

      if (places_only)
        {
          g_autofree char *lower = px_quote_normalize_word (word, n);

          if (!px_quote_in_list (WC_PLACE, lower))
            continue;
        }

      for (guint i = 0; i < ds->mentions->len && !near; i++)
        {
          const Mention *m = &g_array_index (ds->mentions, Mention, i);
          guint32 lo, hi;

          if (m->pos >= before)
            break;
          if (!g_str_equal (full_name (ds, names, m->name, m->pos), full))
            continue;
          /* Nearer this name than any other, in its sentence and
           * paragraph: "Ivo Marsh of Vermont and Florida Sen. Tom Ruud". */
          lo = MAX (m->sentence, m->pos > QUALIFIER_REACH ? m->pos - QUALIFIER_REACH : 0);
          hi = MIN ((gsize) m->pos + strlen (m->name) + QUALIFIER_REACH, before);
          for (guint o = i; o > 0; o--)
            if (is_person (names, &g_array_index (ds->mentions, Mention, o - 1)))
              {
                const Mention *p = &g_array_index (ds->mentions, Mention, o - 1);

                lo = MAX (lo, p->pos + strlen (p->name));
                break;
              }
          for (guint o = i + 1; o < ds->mentions->len; o++)
            if (is_person (names, &g_array_index (ds->mentions, Mention, o)))
              {
                hi = MIN (hi, g_array_index (ds->mentions, Mention, o).pos);
                break;
              }
          /* After the name, up to "and" or a verb: "Tom Ruud of Florida",
           * not "Tom Ruud won Florida". */
          for (guint32 k = m->pos; k < hi; k++)
            {
              if (ds->text[k] == '\n' || ds->quoted[k])
                {
                  hi = k;
                  break;
                }
              if (k > m->pos + strlen (m->name) && ds->text[k] == ' ' &&
                  g_ascii_islower (ds->text[k + 1]))
                {
                  gsize wn = strcspn (ds->text + k + 1, " ,.;:()\n");
                  g_autofree char *w = g_strndup (ds->text + k + 1, MIN (wn, hi - k - 1));

                  if (g_str_equal (w, "and") || g_str_equal (w, "who") ||
                      (px_quote_is_finite_verb (w) && !px_quote_in_list (WC_TITLE, w)))
                    {
                      hi = k;
                      break;
                    }
                }
            }
          /* Before the name, only what no "and", "of" or comma sets apart
           * from it. */
          for (guint32 k = m->pos; k > lo; k--)
            if (ds->text[k - 1] == ',' || ds->text[k - 1] == '\n' ||
                (k >= lo + 4 && (strncmp (ds->text + k - 4, " of ", 4) == 0 ||
                                 (k >= lo + 5 && strncmp (ds->text + k - 5, " and ", 5) == 0))))
              {
                lo = k;
                break;
              }
          if (lo >= hi)
            continue;
          for (const char *p = ds->text + lo; p + n <= ds->text + hi && !near; p++)
            {
              p = memchr (p, word[0], ds->text + hi - p);
              if (p == NULL || p + n > ds->text + hi)
                break;
              near = strncmp (p, word, n) == 0 && (p == ds->text || !g_ascii_isalnum (p[-1])) &&
                     !g_ascii_isalnum (p[n]);
            }
        }
      if (!near)
        return FALSE;
    }
  return TRUE;
}

/* "The four-term congressman said", "the Florida senator said", and
 * nobody named with that title fits: the person the article has named
 * most so far (the one it is about) whom the description fits, if named
 * more than once, else the person being quoted in this stretch if it
 * fits them.  It fits when its gender does and the person was called by
 * each capitalised word of it ("Florida", "Republican") where named;
 * when nobody was, by each place.  A guess the analyst should check;
 * nobody when nobody fits. */
static char *
resolve_description (DocScan *ds, Surnames *names, Found *f, const char *salient,
                     GPtrArray *quals, double *certainty)
{
  guint want = px_quote_word_classes (f->np) & (WC_MALE | WC_FEMALE);

  for (int places_only = quals->len == 0; places_only < 2; places_only++)
    {
      g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
      const char *best = NULL;
      guint best_count = places_only ? 1 : 0;
      gboolean salient_fits = FALSE;

      for (guint i = 0; i < ds->mentions->len; i++)
        {
          const Mention *m = &g_array_index (ds->mentions, Mention, i);
          const char *full;
          guint c, g;

          if (m->pos >= f->np_pos)
            break;
          if (!is_person (names, m))
            continue;
          full = full_name (ds, names, m->name, m->pos);
          g = gender_of (m, full);
          if ((want && g && g != want) ||
              !qualifiers_fit (ds, names, full, quals, f->np_pos, places_only))
            continue;
          if (salient && g_str_equal (full, salient))
            salient_fits = TRUE;
          c = GPOINTER_TO_UINT (g_hash_table_lookup (counts, full)) + 1;
          g_hash_table_insert (counts, (gpointer) full, GUINT_TO_POINTER (c));
          if (c > best_count)
            best = full, best_count = c;
        }
      if (best == NULL && salient_fits)
        best = salient;
      if (best)
        {
          *certainty = RESOLVED_OPEN;
          return g_strdup (best);
        }
    }
  return NULL;
}

/* Whether the word at @p (after spaces) is @noun, in any case. */
static gboolean
word_at_is (const char *p, const char *end, const char *noun)
{
  gsize n = strlen (noun);

  while (p < end && (*p == ' ' || *p == '\n'))
    p++;
  return p + n <= end && g_ascii_strncasecmp (p, noun, n) == 0 &&
         (p + n == end || !g_ascii_isalnum (p[n]));
}

/* "The committee said": the last organisation named before whose name
 * ends with the noun ("the House Select Committee"), else the last name
 * written before the noun ("the Trump campaign", "Cruz's campaign"), as
 * "Trump campaign".  NULL when the text names none: not a guess. */
static char *
resolve_organisation (DocScan *ds, Found *f, double *certainty)
{
  const char *noun = f->np;

  for (guint i = ds->mentions->len; i > 0; i--)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
      g_autofree char *last = NULL;
      const char *after;
      gsize n = strlen (m->name);

      if (m->pos >= f->np_pos)
        continue;
      last = px_quote_normalize_word (px_quote_last_word (m->name), strlen (px_quote_last_word (m->name)));
      if (g_str_equal (last, noun))
        {
          *certainty = RESOLVED_ROLE;
          return g_strdup (m->name);
        }
      /* The name as written, then its possessive, then the noun. */
      if (m->pos + n > ds->len || strncmp (ds->text + m->pos, m->name, n) != 0)
        continue;
      after = ds->text + m->pos + n;
      if (g_str_has_prefix (after, "'s"))
        after += 2;
      else if (g_str_has_prefix (after, "\xe2\x80\x99s"))
        after += 4;
      else if (*after == '\'')
        after += 1;
      else if (g_str_has_prefix (after, "\xe2\x80\x99"))
        after += 3;
      if (word_at_is (after, ds->text + MIN (ds->len, (gsize) f->np_pos), noun) && !m->org)
        {
          *certainty = RESOLVED_ROLE;
          return g_strdup_printf ("%s %s", m->name, noun);
        }
    }
  return NULL;
}

/* Whether the word after the name of @m, or after an adverb there, is a
 * speech verb: "Felt wrote that…", "Lee later told…". */
static gboolean
speaks (DocScan *ds, const Mention *m)
{
  gsize n = strlen (m->name);
  const char *p = ds->text + m->pos;

  if (strncmp (p, m->name, n) != 0)
    return FALSE;
  p += n;
  for (int word = 0; word < 2; word++)
    {
      const char *w;
      g_autofree char *lower = NULL;
      guint classes;

      while (*p == ' ')
        p++;
      for (w = p; g_ascii_isalpha (*p); p++)
        ;
      if (p == w || g_ascii_isupper (*w))
        return FALSE;
      lower = g_ascii_strdown (w, p - w);
      classes = px_quote_word_classes (lower);
      if (classes & WC_SPEECH_VERB)
        return TRUE;
      if (!(classes & WC_ADVERB) && !px_quote_has_ending (WE_ADVERB, lower))
        return FALSE;
    }
  return FALSE;
}

/* Whether a person other than @salient speaks in their own words between
 * @lo and @hi ("Felt wrote that he…"): the quote after that is as
 * likely theirs as the last one quoted. */
static gboolean
someone_else_spoke (DocScan *ds, Surnames *names, guint32 lo, guint32 hi, const char *salient)
{
  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if (m->pos < lo || m->after_preposition || !is_person (names, m))
        continue;
      if (m->pos >= hi)
        break;
      if (speaks (ds, m) && !g_str_equal (full_name (ds, names, m->name, m->pos), salient))
        return TRUE;
    }
  return FALSE;
}

/* Whether the word at text[p, p + n) stands alone: no letter, digit,
 * hyphen or apostrophe glued to either side. */
static gboolean
whole_word_at (DocScan *ds, guint32 p, gsize n)
{
  char before = p > 0 ? ds->text[p - 1] : ' ';
  char after = p + n < ds->len ? ds->text[p + n] : ' ';

  return !g_ascii_isalnum (before) && before != '-' && before != '\'' &&
         !g_ascii_isalnum (after) && after != '-';
}

/* "A senior fire department official said… ¶ “…,” the official said":
 * whether the role @role that the description at @pos takes up was last
 * brought in by "a" or "an" with no name to it (not "a spokesman, Tom
 * Ruud," nor "Tom Ruud, a spokesman,", nor "Ruud is a spokesman"), and
 * no person was named with that role since.  The description then
 * stands for that unnamed person, whom no name fits. */
static gboolean
introduced_unnamed (DocScan *ds, const char *role, guint32 pos)
{
  static const char * const predicates[] = {
    "is", "was", "are", "were", "be", "been", "became", "becomes", "remains", "as", NULL
  };
  gsize n = strlen (role);

  for (guint32 p = pos; p-- > 0;)
    {
      const char *w = ds->text + p, *a = NULL;
      const char *after;
      gboolean mark = FALSE;

      if (ds->text[p] != role[0] || p + n > ds->len || strncmp (ds->text + p, role, n) != 0 ||
          !whole_word_at (ds, p, n) || ds->quoted[p])
        continue;
      /* "a spokesman, Tom Ruud," / "official Tom Ruud": named. */
      after = ds->text + p + n;
      if (*after == ',')
        after++;
      while (*after == ' ')
        after++;
      if (g_ascii_isupper (*after))
        return FALSE;
      for (guint k = 0; k < MAX_ROLE_WORDS; k++)
        {
          g_autofree char *word = px_quote_word_before (ds, &w);

          if (word == NULL)
            {
              mark = TRUE;
              break;
            }
          if (g_str_equal (word, "a") || g_str_equal (word, "an"))
            {
              a = w;
              break;
            }
          /* "the official": another mention of the same person, found
           * further back. */
          if (g_str_equal (word, "the") || g_str_equal (word, "that") ||
              g_str_equal (word, "this") || g_str_has_suffix (word, "'s"))
            break;
        }
      if (a == NULL)
        {
          if (!mark)
            continue;
          return FALSE;   /* "Tom Ruud, chief spokesman, said" */
        }
      /* "Tom Ruud, a spokesman," / "Ruud is a spokesman". */
      {
        const char *q = a;
        g_autofree char *word = px_quote_word_before (ds, &q);

        if (word != NULL)
          {
            if (g_strv_contains (predicates, word))
              return FALSE;
          }
        else
          {
            while (q > ds->text && q[-1] == ' ')
              q--;
            if (q > ds->text && (q[-1] == ',' || q[-1] == '('))
              return FALSE;
          }
      }
      {
        g_autofree char *key = g_strdup_printf (" %s ", role);

        for (guint i = 0; i < ds->mentions->len; i++)
          {
            const Mention *m = &g_array_index (ds->mentions, Mention, i);

            if (m->pos > (guint32) (a - ds->text) && m->pos < pos && strstr (m->titles, key))
              return FALSE;
          }
      }
      return TRUE;
    }
  return FALSE;
}

static char *
resolve (DocScan *ds, Surnames *names, Found *f, const char *salient, double *certainty)
{
  switch (f->kind)
    {
    case SPK_NAME:
      {
        const char *full = full_name (ds, names, f->np, f->np_pos);

        if (!may_be_speaker (ds, full))
          return NULL;
        /* "Other union leaders have called…", "Ninety percent of…": a
         * lone word qualifying a noun, capitalised only where sentences
         * open, is no name. */
        if (f->np_weak && !strchr (full, ' ') && !capitalised_inside_sentence (ds, full))
          return NULL;

        if (strchr (f->np, ' '))
          *certainty = RESOLVED_FULL;
        else
          *certainty = strchr (full, ' ') ? RESOLVED_SURNAME : RESOLVED_LONE;
        return g_strdup (full);
      }
    case SPK_PRONOUN:
      return resolve_pronoun (ds, names, f, salient, certainty);
    case SPK_ROLE:
      if (px_quote_in_list (WC_ORG_NOUN, f->np))
        return resolve_organisation (ds, f, certainty);
      if (introduced_unnamed (ds, f->np, f->np_pos))
        return NULL;
      {
        g_autoptr(GPtrArray) quals = description_qualifiers (ds, f);
        g_autofree char *key = g_strdup_printf (" %s ", f->np);

        /* The last person named with that title whom the description
         * fits: "the Florida senator" is not the Vermont one; when the
         * text says where nobody of them is from, the last named with it
         * ("Sen. Ann Lee (R-Fla.)"). */
        for (int level = quals->len == 0 ? 2 : 0; level < 3; level++)
          for (guint i = ds->mentions->len; i > 0; i--)
            {
              const Mention *m = &g_array_index (ds->mentions, Mention, i - 1);
              const char *full;

              if (m->pos >= f->np_pos || !is_person (names, m) || !strstr (m->titles, key))
                continue;
              full = full_name (ds, names, m->name, m->pos);
              if (level < 2 && !qualifiers_fit (ds, names, full, quals, f->np_pos, level == 1))
                continue;
              *certainty = RESOLVED_ROLE;
              return g_strdup (full);
            }
        return resolve_description (ds, names, f, salient, quals, certainty);
      }
    default:
      return NULL;
    }
}

/* Whether the paragraph [lo, hi) is written in title case, as headlines
 * are: "Greek Prime Minister Calls Bank Workers' Riot Deaths 'Murder'".
 * Four words or more, at most one in five of them in lower case ("As the
 * Post's Dana Milbank puts it," has two of seven), none of them a speech
 * verb in lower case ('"…," said Sen. Ann Lee of Ohio on Tuesday'); the
 * words inside quotes are not counted. */
static gboolean
reads_as_headline (DocScan *ds, guint32 lo, guint32 hi)
{
  g_autoptr(GArray) items = NULL;
  guint words = 0, lower = 0;

  /* Most paragraphs are sentences: their words in lower case tell it at
   * a glance, without tokenising them. */
  for (guint32 k = lo; k < hi; k++)
    if (!ds->quoted[k] && g_ascii_isalpha (ds->text[k]) &&
        (k == lo || !(g_ascii_isalnum (ds->text[k - 1]) || ds->text[k - 1] == '\'' ||
                      ds->text[k - 1] == '-' || (guchar) ds->text[k - 1] >= 0x80)))
      {
        words++;
        lower += g_ascii_islower (ds->text[k]) != 0;
      }
  if (words < 4 || lower * 5 > words)
    return FALSE;
  words = lower = 0;
  items = items_of (ds, lo, hi);
  for (guint i = 0; i < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);

      if (it->kind != IT_WORD || !g_unichar_isalpha (g_utf8_get_char (ds->text + it->start)))
        continue;
      item_fill (ds, it);
      /* "…," said Sen. Ann Lee of Ohio on Tuesday. */
      if (is_verb (it))
        return FALSE;
      words++;
      lower += !it->cap;
    }
  return words >= 4 && lower * 5 <= words;
}

/* How long a paragraph in title case may be to read as a headline. */
#define MAX_HEADLINE_BYTES 400

/* How many words @name has, initials not counted ("Donald J. Trump": 2). */
static guint
name_words (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i]; i++)
    n += *words[i] && !(strlen (words[i]) <= 2 && g_str_has_suffix (words[i], "."));
  return n;
}

/* Whether the text outside [lo, hi) names the person or organisation
 * @name: as written, or by the same surname when @name is a short name
 * ("Hillary Clinton", "Guccifer"), not a run of capitalised headline
 * words ("Clinton Cash Debunks Hillary", "Russians Hacked DNC"). */
static gboolean
named_elsewhere (DocScan *ds, const char *name, guint32 lo, guint32 hi)
{
  const char *at;
  gsize n = surname_in (name, &at);
  g_autofree char *surname = g_strndup (at, n);
  guint words = name_words (name);

  for (guint i = 0; i < ds->mentions->len; i++)
    {
      const Mention *m = &g_array_index (ds->mentions, Mention, i);

      if ((m->pos >= lo && m->pos < hi) || m->not_person)
        continue;
      if (g_str_equal (m->name, name))
        return TRUE;
      if (words <= 2 && !m->org && g_str_equal (m->surname, surname))
        return TRUE;
    }
  return FALSE;
}

/* Whether @f's speaker is a headline's "Name:" before the quote: the
 * name, at most three words, none of them a common word of the text,
 * followed by the colon, and before it only titles ("OK Gov Fallin:") or
 * words a spaced dash sets apart ("HIGHER TURNOUT - Ivo Marsh:"); not
 * "Woman Steps Forward With Bombshell Claim:", "Trump Addresses Munich
 * Attack:". */
static gboolean
headline_colon_name (DocScan *ds, Found *f, guint32 lo)
{
  g_autoptr(GArray) before = NULL;
  g_auto(GStrv) words = NULL;
  const char *p;
  gboolean clean = TRUE;

  if (f->kind != SPK_NAME || !f->np || name_words (f->np) > 3 ||
      f->np_pos + strlen (f->np) > ds->len || strncmp (ds->text + f->np_pos, f->np, strlen (f->np)) != 0)
    return FALSE;
  for (p = ds->text + f->np_pos + strlen (f->np); *p == ' '; p++)
    ;
  if (*p != ':')
    return FALSE;
  words = g_strsplit (f->np, " ", -1);
  for (guint i = 0; words[i]; i++)
    if (words[i][0] && written_lower (ds, words[i]))
      return FALSE;
  before = items_of (ds, lo, f->np_pos);
  for (guint i = 0; i < before->len; i++)
    {
      Item *it = &g_array_index (before, Item, i);

      if (is_dash_at (ds, before, i))
        clean = TRUE;
      else if (!(it->kind == IT_WORD && (is_title (it) || it->acronym)))
        clean = FALSE;
    }
  return clean;
}

void
px_quote_resolve_speakers (DocScan *ds, GHashTable *group_names)
{
  Found *prev = NULL;
  Surnames names = { px_quote_surname_index (ds->mentions), group_names };

  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);

      if (f->depth > 0)
        continue;
      g_clear_pointer (&f->speaker, g_free);
      f->confidence = 0;
      if (f->kind == SPK_INHERIT)
        {
          f->speaker = prev ? g_strdup (prev->speaker) : NULL;
          f->confidence = prev ? prev->confidence * INHERITED : 0;
        }
      else
        {
          double certainty = 0;

          /* Who is being quoted in this stretch: the speaker of the
           * quotes of this paragraph or the two before. */
          const char *salient = prev && prev->speaker && prev->last_paragraph + 2 >= f->paragraph
                                ? prev->speaker : NULL;

          if (salient && someone_else_spoke (ds, &names, prev->mark_end, f->mark_start, salient))
            salient = NULL;

          f->speaker = resolve (ds, &names, f, salient, &certainty);
          /* A headline's capitalised words run together ("Riot Deaths",
           * "Warren Jeffs Trial"): a speaker found in a headline is one
           * the article (if there is more than the headline) names
           * again. */
          if (f->speaker && px_document_get_n_paragraphs (ds->doc) > 1)
            {
              const PxParagraph *p = px_document_get_paragraph (ds->doc, f->paragraph);

              if (p->end - p->start <= MAX_HEADLINE_BYTES && reads_as_headline (ds, p->start, p->end) &&
                  !named_elsewhere (ds, f->speaker, p->start, p->end) &&
                  !headline_colon_name (ds, f, p->start))
                g_clear_pointer (&f->speaker, g_free);
            }
          f->confidence = f->speaker ? certainty * f->pattern : 0;
        }
      prev = f;
    }
  g_hash_table_unref (names.doc);
}
