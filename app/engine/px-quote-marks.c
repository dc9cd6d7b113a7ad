/* px-quote-marks.c: where quotations are: their marks and the words between them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each paragraph is scanned for quotation marks with a stack, so that
 * nested quotes, quotes left open at a paragraph's end and quotes
 * reopened by the next paragraph (the English convention) come out
 * right; a single mark between letters is an apostrophe.  Two straight
 * single marks are one double mark: ''So it goes,'' as the New York
 * Times' archive and old keyboards write quotations, and so are two
 * curly ones, as AP copy closes them: “So it goes,’’.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

typedef enum {
  FAM_DOUBLE,
  FAM_SINGLE,
  FAM_GUILLEMET,
  FAM_CORNER,
  FAM_WHITE_CORNER,
} Family;

typedef struct {
  Family family;
  gunichar opener;
  guint32 mark;
  guint32 content;
  Found *found;         /* set when carried over from an earlier paragraph */
} Open;

static gboolean
is_open_context (gunichar c)
{
  return c == 0 || g_unichar_isspace (c) || c == '(' || c == '[' || c == '{' ||
         c == 0x2014 || c == 0x2013 || c == '-' || c == '/' || c == 0x201C ||
         c == 0x2018 || c == 0x00AB || c == 0x201E || c == '"' || c == '\'' ||
         c == 0x300C || c == 0x300E || c == 0x2022 || c == 0x00A0;
}

static gboolean
is_close_context (gunichar c)
{
  return c == 0 || g_unichar_isspace (c) || g_unichar_ispunct (c);
}

static gunichar
char_before (const char *text, guint32 lo, guint32 pos)
{
  if (pos <= lo)
    return 0;
  return g_utf8_get_char (g_utf8_find_prev_char (text + lo, text + pos));
}

static gunichar
char_at (const char *text, guint32 pos, guint32 hi)
{
  return pos < hi ? g_utf8_get_char (text + pos) : 0;
}

static gboolean
is_alnum (gunichar c)
{
  return c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c));
}

/* ’90s, ‘90s, '90s: an elided century, not a quote. */
static gboolean
is_decade (const char *text, guint32 pos, guint32 hi)
{
  const char *p = g_utf8_next_char (text + pos);

  return p + 2 <= text + hi && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) &&
         (p + 2 == text + hi || !g_ascii_isdigit (p[2]));
}

typedef struct {
  const char *text;
  gsize len;
  PxDocument *doc;
  GPtrArray *found;     /* of Found, owned */
  GArray *stack;        /* of Open */
} Scanner;

static void
trim_span (const char *text, Span *s)
{
  while (s->start < s->end && g_unichar_isspace (g_utf8_get_char (text + s->start)))
    s->start = g_utf8_next_char (text + s->start) - text;
  /* English puts the comma that ends a quoted clause inside the marks:
   * it belongs to the sentence around the quote, not to the speaker. */
  for (;;)
    {
      gunichar c;
      const char *prev;

      if (s->end <= s->start)
        break;
      prev = g_utf8_find_prev_char (text + s->start, text + s->end);
      if (prev == NULL)
        break;
      c = g_utf8_get_char (prev);
      if (g_unichar_isspace (c) || c == ',' || c == 0x00A0)
        s->end = prev - text;
      else
        break;
    }
}

static gboolean
span_has_words (const char *text, const Span *s)
{
  /* A segment holding a letter or a digit is a word (px-tokenizer.c):
   * one in ASCII settles it without segmenting the span. */
  for (guint32 i = s->start; i < s->end; i++)
    if (g_ascii_isalnum (text[i]))
      return TRUE;
  return s->end > s->start && px_count_words (text + s->start, s->end - s->start) > 0;
}

/* Ends the quote @o (taken off the stack): its text runs to @close_at and
 * its closing mark to @mark_end, in @paragraph, with @extra flags.  The
 * span joins the segments of @o, and the quote is recorded as found, or
 * dropped when no segment holds a word. */
static void
record_quote (Scanner *sc, Open *o, guint32 close_at, guint32 mark_end, guint paragraph,
              PxQuoteFlags extra)
{
  Found *f = o->found;
  Span s = { o->content, close_at };

  if (f == NULL)
    {
      f = g_new0 (Found, 1);
      f->segments = g_array_new (FALSE, FALSE, sizeof (Span));
      f->mark_start = o->mark;
      f->paragraph = paragraph;
      if (o->family == FAM_SINGLE)
        f->flags |= PX_QUOTE_SINGLE;
    }
  o->found = NULL;
  trim_span (sc->text, &s);
  if (span_has_words (sc->text, &s))
    g_array_append_val (f->segments, s);
  f->mark_end = mark_end;
  f->last_paragraph = paragraph;
  f->flags |= extra;
  if (f->segments->len == 0)
    {
      found_free (f);
      return;
    }
  f->depth = sc->stack->len;  /* entries still below it */
  if (f->depth > 0)
    f->flags |= PX_QUOTE_NESTED;
  g_ptr_array_add (sc->found, f);
}

/* Closes the innermost open quote of @family (any family when @family
 * is -1): the ones opened inside it and never closed are dropped. */
static gboolean
close_family (Scanner *sc, int family, guint32 pos, guint32 after, guint paragraph)
{
  for (guint i = sc->stack->len; i > 0; i--)
    {
      Open o = g_array_index (sc->stack, Open, i - 1);

      if (family >= 0 && o.family != (Family) family)
        continue;
      for (guint j = sc->stack->len; j > i; j--)
        {
          Open *inner = &g_array_index (sc->stack, Open, j - 1);
          if (inner->found)
            found_free (inner->found);
        }
      g_array_set_size (sc->stack, i - 1);
      record_quote (sc, &o, pos, after, paragraph, 0);
      return TRUE;
    }
  return FALSE;
}

static gboolean
family_open (Scanner *sc, Family family)
{
  for (guint i = 0; i < sc->stack->len; i++)
    if (g_array_index (sc->stack, Open, i).family == family)
      return TRUE;
  return FALSE;
}

/* The quote opened last and still open, or NULL. */
static Open *
innermost_open (Scanner *sc)
{
  return sc->stack->len ? &g_array_index (sc->stack, Open, sc->stack->len - 1) : NULL;
}

static gboolean next_double_mark_opens (const char *text, guint32 ps, guint32 pos, guint32 pe);
static gboolean nested_single_ends (Scanner *sc, const Open *o, guint32 ps, guint32 pos);

/* Closes the innermost open double quote at the mark @pos, @next.  'a
 * demo called “Harbour (“Far From Shore”). “It hit me…': when that quote
 * was nested in another double quote and the next double mark in the
 * paragraph opens a quote, the outer one ends there too: its closing
 * mark was lost, or the one mark ends both, and a quotation does not
 * nest a second one in double marks beside the first. */
static void
close_double (Scanner *sc, guint32 pos, guint32 next, guint32 ps, guint32 pe, guint paragraph)
{
  Open *t = innermost_open (sc);

  if (t && t->family == FAM_SINGLE && nested_single_ends (sc, t, ps, pos))
    close_family (sc, FAM_SINGLE, pos, pos, paragraph);
  close_family (sc, FAM_DOUBLE, pos, next, paragraph);
  t = innermost_open (sc);
  if (t && t->family == FAM_DOUBLE && next_double_mark_opens (sc->text, ps, next, pe))
    close_family (sc, FAM_DOUBLE, pos, next, paragraph);
}

/* Prose nests quotes two or three deep.  Deeper nesting is a run of
 * stray marks; each level open would hold the rest of the paragraph
 * as a quote of its own, quadratic in time and memory. */
#define MAX_NESTING 8

/* Opens a quote of @family at the mark @opener at @mark, its text from
 * @content, inside the ones open. */
static void
open_quote (Scanner *sc, Family family, gunichar opener, guint32 mark, guint32 content)
{
  Open o = { family, opener, mark, content, NULL };

  if (sc->stack->len >= MAX_NESTING)
    return;
  g_array_append_val (sc->stack, o);
}

/* The character before the spaces (one to three) that precede @pos, or
 * 0 when no space precedes it. */
static gunichar
before_spaces (const char *text, guint32 ps, guint32 pos)
{
  guint n = 0;

  while (pos > ps && text[pos - 1] == ' ' && n < 3)
    {
      pos--;
      n++;
    }
  return n > 0 ? char_before (text, ps, pos) : 0;
}

/* 'at stake, "she told': a straight mark spaced away from the comma or
 * stop that ends the quoted clause (text from a tokenizer) still closes. */
static gboolean
after_clause_end (const char *text, guint32 ps, guint32 pos)
{
  gunichar stop = before_spaces (text, ps, pos);

  return stop == ',' || stop == '.' || stop == '?' || stop == '!';
}

/* '… say, 'Well done,' " she said', '"Lyin' " Ted': a straight mark
 * spaced away from a single mark (a nested quote's end, or a word cut
 * short; typesetters put one space or two), with no word glued after
 * it, closes. */
static gboolean
after_single_mark (const char *text, guint32 ps, guint32 pos, gunichar after)
{
  gunichar stop = before_spaces (text, ps, pos);

  return !is_alnum (after) && (stop == '\'' || stop == 0x2019);
}

/* 'secretary:"We learned…', 'authorities."We basically…': a straight
 * mark glued to the punctuation before it and to a word after it opens
 * a quote when none is open (a missing space is common in copy). */
static gboolean
glued_opener (gunichar before, gunichar after)
{
  return (before == ':' || before == '.' || before == ';' || before == '?' ||
          before == '!' || before == ',') && is_alnum (after);
}

/* 'waxed poetic about"joint operations…"', 'estimates"at least 50
 * people, "and': a straight mark glued to the word before it and the
 * word after it opens a quote when none is open and a mark follows in
 * the paragraph to close it (copy that lost a space). */
static gboolean
glued_between_words (const char *text, gunichar before, gunichar after, guint32 next,
                     guint32 pe)
{
  return is_alnum (before) && is_alnum (after) && memchr (text + next, '"', pe - next) != NULL;
}

/* How many straight double marks stand between @lo and @hi. */
static guint
straight_marks (const char *text, guint32 lo, guint32 hi)
{
  guint n = 0;

  for (const char *c = text + lo; (c = memchr (c, '"', text + hi - c)) != NULL; c++)
    n++;
  return n;
}

/* Whether no double mark but straight ones stands between @lo and @hi. */
static gboolean
only_straight_marks (const char *text, guint32 lo, guint32 hi)
{
  for (const char *c = text + lo; c < text + hi; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (u == 0x201C || u == 0x201D || u == 0x201E || u == 0x00AB || u == 0x00BB)
        return FALSE;
    }
  return TRUE;
}

/* Whether the double marks between @lo and @hi are all straight and even
 * in number (they pair up among themselves), or odd. */
static gboolean
marks_pair_up (const char *text, guint32 lo, guint32 hi)
{
  return straight_marks (text, lo, hi) % 2 == 0 && only_straight_marks (text, lo, hi);
}

static gboolean
straight_marks_odd (const char *text, guint32 lo, guint32 hi)
{
  return straight_marks (text, lo, hi) % 2 == 1 && only_straight_marks (text, lo, hi);
}

static guint32 reopening_mark (Scanner *sc, Family family, guint p);

/* 'Taylor wrote. " The course of steroids…' with no quote open, and
 * nothing before it that it could close: a straight mark spaced after a
 * sentence's stop and before the next sentence's first word opens a
 * quote, when a mark follows to close it, in the paragraph or opening
 * the next (copy that put a space on the wrong side of the mark). */
/* '…then saying" save me, mommy ", while…', 'and also the" lightest,
 * "weighing…': a tokenizer glues every other straight mark of a
 * paragraph to the word before it, openers too; such a mark, with no
 * quote open and nothing before it that it could close, opens when the
 * straight marks after it in the paragraph are odd in number, one to
 * close it and the others in pairs. */
static gboolean
spaced_opener (Scanner *sc, gunichar before, gunichar after, guint32 next, guint32 pe,
               guint paragraph)
{
  guint32 word = next;

  if (after != ' ')
    return FALSE;
  while (word < pe && sc->text[word] == ' ')
    word++;
  if (word >= pe)
    return FALSE;
  if (g_unichar_isupper (g_utf8_get_char (sc->text + word)))
    return memchr (sc->text + word, '"', pe - word) != NULL ||
           reopening_mark (sc, FAM_DOUBLE, paragraph + 1) != 0;
  return before != 0 && !g_unichar_isspace (before) && is_alnum (g_utf8_get_char (sc->text + word)) &&
         straight_marks_odd (sc->text, word, pe);
}

static gboolean closes_lost_opening (Scanner *sc, gunichar opener, guint32 mark, guint32 ps,
                                     guint32 pe, guint paragraph);

/* 'In his book " Tide and Time," Lee shares…': a straight mark spaced
 * on both sides inside a sentence, with no quote open, opens one when
 * the next straight mark of the paragraph is glued to the word or stop
 * before it, as a closing one is, and the marks after it are odd in
 * number, one to close it and the others in pairs (copy that put a space
 * on the wrong side of the mark). */
static gboolean
spaced_between_words (const char *text, gunichar before, gunichar after, guint32 next,
                      guint32 pe)
{
  guint32 word = next;
  const char *close;

  if (before == 0 || !g_unichar_isspace (before) || after != ' ')
    return FALSE;
  while (word < pe && text[word] == ' ')
    word++;
  if (word >= pe || !is_alnum (g_utf8_get_char (text + word)) || !straight_marks_odd (text, word, pe))
    return FALSE;
  close = memchr (text + word, '"', pe - word);
  return close != NULL && !g_ascii_isspace (close[-1]);
}



/* The last word before @mark in the paragraph from @ps, past the
 * punctuation and spaces between, normalised ("" when none). */
static char *
word_before (const char *text, guint32 ps, guint32 mark)
{
  guint32 e = mark, w;

  while (e > ps && !is_alnum (char_before (text, ps, e)))
    e = g_utf8_find_prev_char (text + ps, text + e) - text;
  for (w = e; w > ps && is_alnum (char_before (text, ps, w));)
    w = g_utf8_find_prev_char (text + ps, text + w) - text;
  return px_quote_normalize_word (text + w, e - w);
}

/* Whether the last word before @mark, past its comma or colon, is a
 * speech verb: 'he said, "we will…', 'walks in and says, "I'd like…'. */
static gboolean
follows_speech_verb (const char *text, guint32 ps, guint32 mark)
{
  g_autofree char *word = word_before (text, ps, mark);

  return (px_quote_word_classes (word) & WC_SPEECH_VERB) != 0;
}

/* '…holding his side, screaming, 'stop, stop. "', '…his testimony that
 * ‘there was no linkage like that," she said': a single quote @o, nested
 * in the double one that the mark at @pos closes, ends there too when
 * its words end with a clause's stop or comma right before that mark
 * and it opened where a quotation opens (after a comma, a colon or a
 * dash, a speech verb or "that"): its own closing mark went with the
 * outer one's.  A single mark that opened an elided word ('get 'em
 * out,"') does not open so. */
static gboolean
nested_single_ends (Scanner *sc, const Open *o, guint32 ps, guint32 pos)
{
  gunichar stop = char_before (sc->text, ps, pos);
  gunichar lead = char_before (sc->text, ps, o->mark);
  g_autofree char *word = NULL;

  if (g_unichar_isspace (stop))
    stop = before_spaces (sc->text, ps, pos);
  if (stop != ',' && stop != '.' && stop != '?' && stop != '!')
    return FALSE;
  if (g_unichar_isspace (lead))
    lead = before_spaces (sc->text, ps, o->mark);
  if (lead == ',' || lead == ':' || lead == 0x2014 || lead == 0x2013)
    return TRUE;
  word = word_before (sc->text, ps, o->mark);
  return (px_quote_word_classes (word) & WC_SPEECH_VERB) ||
         px_quote_in_role (WR_COMPLEMENTIZER, word);
}
static gboolean closes_before_attribution (Scanner *sc, gunichar opener, guint32 mark,
                                           guint32 ps, guint32 pe, guint paragraph);
static gboolean closes_open_quote (Scanner *sc, gunichar opener, guint32 mark, guint32 ps,
                                   guint32 pe, guint paragraph);
static gboolean attribution_follows (const char *text, guint32 pos, guint32 pe, guint max_words);
static gboolean has_double_mark (const char *text, guint32 lo, guint32 hi);

/* Whether "he" or "she", in lower case, and a speech verb come right at
 * @pos, and no mark before the sentence ends: 'he said.', not a quote's
 * own first words ('claims based on religion…', 'He said, …', 'he
 * said no."'). */
static gboolean
pronoun_said_follows (const char *text, guint32 pos, guint32 pe)
{
  guint32 w = pos;

  while (pos < pe && g_ascii_isalpha (text[pos]))
    pos++;
  if (pos >= pe || text[pos] != ' ')
    return FALSE;
  {
    /* As written: "He said, …" opens its own sentence. */
    g_autofree char *word = g_strndup (text + w, pos - w);

    if (!px_quote_in_role (WR_PERSON_SUBJECT_PRONOUN, word))
      return FALSE;
  }
  if (!attribution_follows (text, pos + 1, pe, 1))
    return FALSE;
  /* 'it, "he said no and he meant it."': a mark before the sentence
   * ends closes a quote that opened here. */
  for (gboolean stop = FALSE; pos < pe; pos++)
    {
      if (text[pos] == '"' || g_str_has_prefix (text + pos, "\u201D") ||
          g_str_has_prefix (text + pos, "\u201C"))
        return FALSE;
      if (stop)
        break;   /* 'meant it."': the mark right after the stop */
      stop = strchr (".!?", text[pos]) != NULL;
    }
  return TRUE;
}

/* 'my back ", then…', 'the final say ".': a straight mark with the
 * punctuation that ends a clause glued after it closes a quote; it
 * cannot open one ('"...', '". . . I', '".@Lee' do: an ellipsis, a
 * handle; '"' Mommy' does: a nested quote's start). */
static gboolean
clause_end_follows (const char *text, guint32 next, guint32 pe)
{
  char c = next < pe ? text[next] : 0;

  if (c == '.')
    return next + 1 == pe ||
           (text[next + 1] == ' ' && !(next + 2 < pe && text[next + 2] == '.'));
  /* 'in my back. "'' ending the paragraph: a nested quote's end, the
   * marks swapped. */
  if (c == '\'')
    {
      while (++next < pe && g_ascii_isspace (text[next]))
        ;
      return next >= pe;
    }
  return c == ',' || c == ';' || c == ':' || c == ')' || c == '?' || c == '!';
}

/* 'the new 17 "MacBook Pro…', 'thinnest 17" notebook': a straight mark
 * after a number, glued or spaced as a tokenizer leaves it, is an inch
 * mark when the paragraph's straight marks are odd in number (it is the
 * one that pairs with none) and no attribution follows it ('it ended
 * 17," Lee said'). */
static gboolean
inch_mark (const char *text, guint32 ps, guint32 pos, guint32 next, guint32 pe)
{
  guint32 p = pos;

  if (text[pos] != '"')
    return FALSE;
  if (p > ps && text[p - 1] == ' ')
    p--;
  if (p == ps || !g_ascii_isdigit (text[p - 1]) || !straight_marks_odd (text, ps, pe))
    return FALSE;
  return !attribution_follows (text, next, pe, 3);
}

/* Whether the word before the spaces before @pos ends in a letter other
 * than "s": no plural a spaced apostrophe could follow. */
static gboolean
ends_no_plural (const char *text, guint32 ps, guint32 pos)
{
  gunichar last = before_spaces (text, ps, pos);

  return is_alnum (last) && last != 's' && last != 'S';
}

/* Handles the mark @c at @pos; @ps and @pe bound its paragraph. */
static void
scan_mark (Scanner *sc, gunichar c, guint32 pos, guint32 next, guint32 ps, guint32 pe,
           guint paragraph)
{
  gunichar before = char_before (sc->text, ps, pos);
  gunichar after = char_at (sc->text, next, pe);
  gboolean left = is_open_context (before) && after != 0 && !g_unichar_isspace (after);
  gboolean right = before != 0 && !g_unichar_isspace (before) && is_close_context (after);
  Open *t = innermost_open (sc);

  switch (c)
    {
    case '"':
      if (inch_mark (sc->text, ps, pos, next, pe))
        break;
      if (clause_end_follows (sc->text, next, pe))
        left = FALSE;
      /* 'a "political statement"on': a mark glued to the next word still
       * closes the open quote; so does one spaced away from a single
       * mark, where typesetters put a thin space, one spaced before the
       * comma or stop it stands before ('my back ", then'), and one with
       * no mark after it in the paragraph when a straight quote is open
       * (it pairs with that one: 'Deep Throat "(2006).'). */
      if ((right ||
           ((before == 0 || g_unichar_isspace (before)) &&
            clause_end_follows (sc->text, next, pe)) ||
           (t && t->family == FAM_DOUBLE && t->opener == '"' &&
            !has_double_mark (sc->text, next, pe)) ||
           /* Not after a speech verb with two marks after it, one to
            * close each: 'and says, "I'd like…," well, …."' opens a
            * quote inside the one open ('they argued, "Dorsey told'
            * closes). */
           (after_clause_end (sc->text, ps, pos) &&
            !(left && follows_speech_verb (sc->text, ps, pos) &&
              straight_marks (sc->text, next, pe) >= 2)) ||
           after_single_mark (sc->text, ps, pos, after) ||
           (before != 0 && !g_unichar_isspace (before) && !left)) &&
          family_open (sc, FAM_DOUBLE))
        close_double (sc, pos, next, ps, pe, paragraph);
      /* 'outboard motors, "he said.' with no quote open: the mark spaced
       * after the clause's comma, before "he said", closes one whose
       * opening mark was lost (or stood paragraphs before); so does one
       * before a name and a speech verb ('received, "SEACOM said in a
       * statement.') when no mark follows in the paragraph to close a
       * quote it would open. */
      else if (!t && left && closes_before_attribution (sc, c, pos, ps, pe, paragraph))
        ;
      else if (left || (!family_open (sc, FAM_DOUBLE) &&
                        (glued_opener (before, after) ||
                         glued_between_words (sc->text, before, after, next, pe))))
        open_quote (sc, FAM_DOUBLE, c, pos, next);
      else if (right && t)  /* 'Why…?" : a mismatched pair still closes */
        close_family (sc, -1, pos, next, paragraph);
      else if (!t && spaced_between_words (sc->text, before, after, next, pe))
        open_quote (sc, FAM_DOUBLE, c, pos, next);
      /* ':) "' ending the paragraph closes too: it can open nothing. */
      else if ((right || after_clause_end (sc->text, ps, pos) ||
                (after == 0 && before_spaces (sc->text, ps, pos) != 0) ||
                clause_end_follows (sc->text, next, pe)) && !t)
        {
          /* 'it was Gray," he wrote.' and no mark before, or 'No false
           * move. "' closing a quote left open paragraphs before. */
          if (!closes_lost_opening (sc, c, pos, ps, pe, paragraph) &&
              !closes_open_quote (sc, c, pos, ps, pe, paragraph) &&
              spaced_opener (sc, before, after, next, pe, paragraph))
            open_quote (sc, FAM_DOUBLE, c, pos, next);
        }
      break;
    case 0x201C:  /* “ opens, or closes „ */
      if (t && t->family == FAM_DOUBLE && t->opener == 0x201E)
        close_family (sc, FAM_DOUBLE, pos, next, paragraph);
      else if (left || !right)
        open_quote (sc, FAM_DOUBLE, c, pos, next);
      else if (family_open (sc, FAM_DOUBLE))
        close_family (sc, FAM_DOUBLE, pos, next, paragraph);
      break;
    case 0x201D:  /* ” */
      if (family_open (sc, FAM_DOUBLE))
        close_double (sc, pos, next, ps, pe, paragraph);
      else if (left)
        open_quote (sc, FAM_DOUBLE, c, pos, next);
      else if (right && t)
        close_family (sc, -1, pos, next, paragraph);
      else if (right && !t && !closes_lost_opening (sc, c, pos, ps, pe, paragraph))
        closes_open_quote (sc, c, pos, ps, pe, paragraph);
      break;
    case 0x201E:  /* „ */
      open_quote (sc, FAM_DOUBLE, c, pos, next);
      break;
    case 0x2018:  /* ‘ */
      if (is_decade (sc->text, pos, pe))
        break;
      if (t && t->family == FAM_SINGLE && t->opener == 0x201A)
        close_family (sc, FAM_SINGLE, pos, next, paragraph);
      else
        open_quote (sc, FAM_SINGLE, c, pos, next);
      break;
    case 0x201A:  /* ‚ */
      open_quote (sc, FAM_SINGLE, c, pos, next);
      break;
    case 0x2019:  /* ’ */
    case '\'':
      if (is_alnum (before) && is_alnum (after))
        break;                                  /* don’t, Kerry’s */
      if ((before == 0 || g_unichar_isspace (before)) && is_decade (sc->text, pos, pe))
        break;                                  /* ’90s */
      /* 'said, “‘Oh, God! ’”': spaced after the stop of the nested
       * quote it ends, as typesetters and tokenizers leave it. */
      if ((right || (t && t->family == FAM_SINGLE && !is_alnum (after) &&
                     after_clause_end (sc->text, ps, pos)) ||
           /* 'Contest 'impossible '', 'the 'Twilight ' series', as a
            * tokenizer spaces it: a straight mark spaced after the word
            * it ends, at the paragraph's end, before a clause's comma
            * or stop, or before the next word when the one it ends is
            * no plural ('the veterans ' groups' is an apostrophe). */
           (c == '\'' && t && t->family == FAM_SINGLE && t->opener == '\'' &&
            g_unichar_isspace (before) &&
            (after == 0 || clause_end_follows (sc->text, next, pe) ||
             (after == ' ' && ends_no_plural (sc->text, ps, pos))))) &&
          family_open (sc, FAM_SINGLE))
        close_family (sc, FAM_SINGLE, pos, next, paragraph);
      else if (left && is_alnum (after))
        open_quote (sc, FAM_SINGLE, c, pos, next);
      /* otherwise an apostrophe: the Iranians’ plans, ISIS’ advance */
      break;
    case 0x00AB:  /* « */
      if (t && t->family == FAM_GUILLEMET && t->opener == 0x00BB)
        close_family (sc, FAM_GUILLEMET, pos, next, paragraph);
      else
        open_quote (sc, FAM_GUILLEMET, c, pos, next);
      break;
    case 0x00BB:  /* » */
      if (family_open (sc, FAM_GUILLEMET))
        close_family (sc, FAM_GUILLEMET, pos, next, paragraph);
      else if (left)
        open_quote (sc, FAM_GUILLEMET, c, pos, next);   /* »German style« */
      break;
    case 0x300C:
      open_quote (sc, FAM_CORNER, c, pos, next);
      break;
    case 0x300D:
      close_family (sc, FAM_CORNER, pos, next, paragraph);
      break;
    case 0x300E:
      open_quote (sc, FAM_WHITE_CORNER, c, pos, next);
      break;
    case 0x300F:
      close_family (sc, FAM_WHITE_CORNER, pos, next, paragraph);
      break;
    default:
      break;
    }
}

static gboolean
is_quote_char (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x201E: case 0x2018:
    case 0x2019: case 0x201A: case 0x00AB: case 0x00BB: case 0x300C: case 0x300D:
    case 0x300E: case 0x300F:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The byte past an opening mark of @family that begins paragraph @p
 * (after white space and a bullet), or 0 when it does not begin so. */
static guint32
reopening_mark (Scanner *sc, Family family, guint p)
{
  const PxParagraph *para;
  const char *s, *e;
  gunichar c;

  if (p >= px_document_get_n_paragraphs (sc->doc))
    return 0;
  para = px_document_get_paragraph (sc->doc, p);
  s = sc->text + para->start;
  e = sc->text + para->end;
  while (s < e && g_unichar_isspace (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  if (s >= e)
    return 0;
  c = g_utf8_get_char (s);
  if (family == FAM_DOUBLE && c == '\'' && s + 1 < e && s[1] == '\'')
    return s + 2 - sc->text;
  if ((family == FAM_DOUBLE && (c == '"' || c == 0x201C || c == 0x201E || c == 0x201D)) ||
      (family == FAM_GUILLEMET && (c == 0x00AB || c == 0x00BB)) ||
      (family == FAM_CORNER && c == 0x300C) ||
      (family == FAM_WHITE_CORNER && c == 0x300E))
    return g_utf8_next_char (s) - sc->text;
  return 0;
}

/* The word (letters, digits and their marks) at @pos, before @pe,
 * normalised as the word lists hold it, with *@end set past it; NULL,
 * *@end at @pos, when no word starts there. */
static char *
word_at (const char *text, guint32 pos, guint32 pe, guint32 *end)
{
  guint32 e = pos;

  while (e < pe && is_alnum (g_utf8_get_char (text + e)))
    e = g_utf8_next_char (text + e) - text;
  *end = e;
  return e > pos ? px_quote_normalize_word (text + pos, e - pos) : NULL;
}

/* Whether a speech verb is among the @max_words words from @pos, before
 * the sentence ends: "said Ann Lee", "the host said", "she told", "Mr.
 * Pigeon told" (an abbreviation's or an initial's stop ends nothing). */
static gboolean
attribution_follows (const char *text, guint32 pos, guint32 pe, guint max_words)
{
  guint words = 0;

  while (pos < pe && words < max_words)
    {
      guint32 w = pos;
      gunichar c = g_utf8_get_char (text + pos);

      if (c == '.' || c == '!' || c == '?' || c == '"' || c == 0x201C || c == 0x201D)
        return FALSE;
      g_autofree char *word = word_at (text, w, pe, &pos);
      if (word)
        {
          guint classes = px_quote_word_classes (word);

          if (classes & WC_SPEECH_VERB)
            return TRUE;
          words++;
          if (pos < pe && text[pos] == '.' && g_unichar_isupper (g_utf8_get_char (text + w)) &&
              (pos - w == 1 || (classes & WC_ABBREVIATION)))
            pos++;
        }
      else
        pos = g_utf8_next_char (text + pos) - text;
    }
  return FALSE;
}

/* 'say, "Osman-aga, who herds camels in a remote desert area, told the
 * Reuters news agency.', 'area, "Captain Ana Lee, chief of staff,
 * Defence, said.': a name, what a comma sets off after it, then a
 * speech verb right after a comma, before the sentence ends.  The name
 * runs to its comma within MAX_NAME_WORDS words, and the verb comes
 * within MAX_SET_OFF_WORDS. */
#define MAX_NAME_WORDS 8
#define MAX_SET_OFF_WORDS 24
#define MAX_ATTRIBUTION_SENTENCE_WORDS 4

static gboolean
appositive_attribution (const char *text, guint32 pos, guint32 pe)
{
  guint words = 0;
  gboolean after_comma = FALSE, had_comma = FALSE;

  while (pos < pe && words < MAX_SET_OFF_WORDS)
    {
      guint32 w = pos;
      gunichar c = g_utf8_get_char (text + pos);

      if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB)
        return FALSE;
      g_autofree char *word = word_at (text, w, pe, &pos);
      if (word)
        {
          guint classes = px_quote_word_classes (word);

          /* 'He was running for his life, telling…' is a sentence of
           * its own, no name set off by commas. */
          if (words == 0 && (px_quote_in_role (WR_SUBJECT_PRONOUN, word) ||
                             px_quote_in_role (WR_PERSON_SUBJECT_PRONOUN, word)))
            return FALSE;
          if (after_comma && words > 0 && (classes & WC_SPEECH_VERB) &&
              !(classes & WC_PARTICIPLE))
            return TRUE;
          words++;
          after_comma = FALSE;
          /* 'Lt.', 'D.' are no sentence's end. */
          if (pos < pe && (text[pos] == '!' || text[pos] == '?' ||
                           (text[pos] == '.' && pos - w > 1 && !(classes & WC_ABBREVIATION))))
            return FALSE;
          continue;
        }
      if (c == ',')
        {
          if (!had_comma && words > MAX_NAME_WORDS)
            return FALSE;
          had_comma = after_comma = TRUE;
        }
      else if (c == ';' || c == ':')
        return FALSE;
      pos = g_utf8_next_char (text + pos) - text;
    }
  return FALSE;
}

/* Whether the words from @pos to the sentence's end are only an
 * attribution: "Arians said.", "said Ann Lee.", "she added." */
static gboolean
attribution_sentence (const char *text, guint32 pos, guint32 pe)
{
  guint words = 0;
  gboolean verb = FALSE;

  while (pos < pe)
    {
      guint32 w = pos;
      gunichar c = g_utf8_get_char (text + pos);

      if (c == '.' || c == '!' || c == '?')
        break;
      if (c == '"' || c == 0x201C || c == 0x201D || c == ',' || c == ':' || c == ';')
        return FALSE;
      g_autofree char *word = word_at (text, w, pe, &pos);
      if (word)
        {
          if (++words > MAX_ATTRIBUTION_SENTENCE_WORDS)
            return FALSE;
          verb |= (px_quote_word_classes (word) & WC_SPEECH_VERB) != 0;
        }
      else
        pos = g_utf8_next_char (text + pos) - text;
    }
  return verb;
}

/* Whether the paragraph from @ps opens with someone saying something
 * in the reporter's words: a speech verb among its first few words,
 * then "that", and none of the speaker's own voice before it ('King
 * said that in his meetings with players, "not one of them…', not 'I
 * just want to say that I will…'): no quotation whose opening mark was
 * lost. */
static gboolean
opens_with_reported_speech (const char *text, guint32 ps, guint32 mark)
{
  guint words = 0;

  for (guint32 pos = ps; pos < mark && words < MAX_ATTRIBUTION_SENTENCE_WORDS + 1;)
    {
      g_autofree char *word = word_at (text, pos, mark, &pos);

      if (word)
        {
          words++;
          if (px_quote_in_role (WR_FIRST_PERSON_WORD, word))
            return FALSE;
          if (px_quote_word_classes (word) & WC_SPEECH_VERB)
            {
              guint32 n = pos;
              g_autofree char *after = NULL;

              while (n < mark && text[n] == ' ')
                n++;
              after = word_at (text, n, mark, &n);
              return after && px_quote_in_role (WR_COMPLEMENTIZER, after);
            }
        }
      else
        pos = g_utf8_next_char (text + pos) - text;
    }
  return FALSE;
}

/* Whether the words from @pos, right after a mark, say who spoke: "said
 * Ann Lee", "she said", "Lee, the governor, said", "Osman-aga, who herds
 * camels, told the agency". */
static gboolean
attribution_after_mark (const char *text, guint32 pos, guint32 pe)
{
  return attribution_follows (text, pos, pe, g_unichar_islower (char_at (text, pos, pe)) ? 10 : 4) ||
         appositive_attribution (text, pos, pe);
}

/* How many paragraphs without a mark may stand between a quote left
 * open and the paragraph that closes it without reopening it: copy that
 * keeps one sentence a paragraph (ECB+) cuts an answer of ten sentences
 * into ten, and a stray mark needs a lost one after it to take them. */
#define MAX_UNMARKED_PARAGRAPHS 12

/* How many words must stand before a closing mark with no opening mark
 * in its paragraph for it to close a quotation there (fewer: a stray
 * mark). */
#define MIN_UNOPENED_WORDS 3

/* The first double mark between @lo and @hi, or NULL. */
static const char *
first_double_mark (const char *text, guint32 lo, guint32 hi)
{
  for (const char *c = text + lo; c < text + hi; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (u == '"' || u == 0x201C || u == 0x201D || u == 0x201E || u == 0x00AB || u == 0x00BB ||
          (u == '\'' && c + 1 < text + hi && c[1] == '\''))   /* ''…'' */
        return c;
    }
  return NULL;
}

static gboolean
has_double_mark (const char *text, guint32 lo, guint32 hi)
{
  return first_double_mark (text, lo, hi) != NULL;
}

/* Whether the first double mark from @pos in the paragraph @ps, @pe
 * opens a quote: one that opens only (“, „, «) or a straight one, after
 * a space or a bracket and before a word. */
static gboolean
next_double_mark_opens (const char *text, guint32 ps, guint32 pos, guint32 pe)
{
  const char *m = first_double_mark (text, pos, pe);
  guint32 at = m ? (guint32) (m - text) : 0;
  gunichar u = m ? g_utf8_get_char (m) : 0;

  if (m == NULL || !is_open_context (char_before (text, ps, at)))
    return FALSE;
  if (u == 0x201C || u == 0x201E || u == 0x00AB)
    return TRUE;
  return (u == '"' || u == '\'') &&
         is_alnum (char_at (text, at + (u == '"' ? 1 : 2), pe));
}

/* Makes the quote @last, left open at the end of its last paragraph, go
 * on through the unmarked paragraphs up to @paragraph: their text joins
 * its segments, and it is open no more. */
static void
carry_through (Scanner *sc, Found *last, guint paragraph)
{
  for (guint p = last->last_paragraph + 1; p < paragraph; p++)
    {
      const PxParagraph *para = px_document_get_paragraph (sc->doc, p);
      Span s = { para->start, para->end };

      trim_span (sc->text, &s);
      if (span_has_words (sc->text, &s))
        g_array_append_val (last->segments, s);
    }
  last->flags = (last->flags & ~PX_QUOTE_OPEN) | PX_QUOTE_MULTI;
}

/* The quote found last, when it was left open a few unmarked paragraphs
 * before @paragraph (double marked, not nested), past the single quotes
 * those paragraphs hold; its index in the found ones goes to @index.
 * NULL when there is none. */
static Found *
quote_to_carry (Scanner *sc, guint paragraph, guint *index)
{
  guint k = sc->found->len;
  Found *last = NULL;

  /* Past the single quotes the unmarked paragraphs hold ('The list
   * went 'Peter Capaldi'.'): they are nested in the quote carried. */
  while (k > 0)
    {
      Found *f = g_ptr_array_index (sc->found, k - 1);

      if (!(f->flags & PX_QUOTE_SINGLE) || f->depth > 0 || (f->flags & PX_QUOTE_OPEN))
        {
          last = f;
          break;
        }
      k--;
    }
  if (last == NULL || !(last->flags & PX_QUOTE_OPEN) || last->depth > 0 ||
      (last->flags & PX_QUOTE_SINGLE) || last->last_paragraph >= paragraph ||
      paragraph - last->last_paragraph > MAX_UNMARKED_PARAGRAPHS + 1)
    return NULL;
  for (guint p = last->last_paragraph + 1; p < paragraph; p++)
    {
      const PxParagraph *para = px_document_get_paragraph (sc->doc, p);

      if (has_double_mark (sc->text, para->start, para->end))
        return NULL;
    }
  *index = k - 1;
  return last;
}

/* '"The refugees need to be safe.' ¶ 'They ran away from war.' ¶ 'They
 * should not be pursued, "Deng said.': copy that split a quotation into
 * paragraphs and lost the marks that reopen it.  When the quote found
 * last was left open a few unmarked paragraphs before @paragraph, whose
 * lost opening @whole closes, it goes on there: @whole carries it. */
static void
carry_open_quote (Scanner *sc, Open *whole, guint paragraph)
{
  guint k;
  Found *last = quote_to_carry (sc, paragraph, &k);

  if (last == NULL)
    return;
  g_ptr_array_steal_index (sc->found, k);
  for (guint inner = k; inner < sc->found->len; inner++)
    {
      Found *f = g_ptr_array_index (sc->found, inner);

      f->depth = 1;
      f->flags |= PX_QUOTE_NESTED;
    }
  carry_through (sc, last, paragraph);
  whole->found = last;
  whole->mark = last->mark_start;
}

/* Whether paragraph @p holds a word of the speaker's own voice ("we",
 * "my", "I'm"): a sentence of a quotation, not the reporter's. */
static gboolean
has_first_person_word (Scanner *sc, guint p)
{
  guint n_tokens;
  const PxToken *tokens = px_document_get_paragraph_tokens (sc->doc, p, &n_tokens);

  for (guint t = 0; t < n_tokens; t++)
    if (tokens[t].kind == PX_TOKEN_WORD)
      {
        g_autofree char *word = px_quote_normalize_word (sc->text + tokens[t].start, tokens[t].len);

        if (px_quote_in_role (WR_FIRST_PERSON_WORD, word))
          return TRUE;
      }
  return FALSE;
}

/* '"We hoped it would be safe.' ¶ 'We were 20 in one room.' ¶ '"Suddenly
 * we heard a bomb… shell. "': copy that keeps one sentence a paragraph
 * (ECB+) splits a paragraph of a quotation, left open at its end, into
 * paragraphs without marks; the next paragraph of the quotation then
 * reopens it.  When paragraph @p begins with an opening mark and the
 * quote found last was left open a few paragraphs before, each in
 * between unmarked and in the speaker's own voice, that quote goes on
 * through them into @p: returned, taken off the list of found quotes;
 * else NULL. */
static Found *
resume_open_quote (Scanner *sc, guint p)
{
  Found *last;

  if (sc->found->len == 0)
    return NULL;
  last = g_ptr_array_index (sc->found, sc->found->len - 1);
  if (!(last->flags & PX_QUOTE_OPEN) || last->depth > 0 || (last->flags & PX_QUOTE_SINGLE) ||
      last->last_paragraph + 1 >= p || p - last->last_paragraph > MAX_UNMARKED_PARAGRAPHS + 1)
    return NULL;
  for (guint k = last->last_paragraph + 1; k < p; k++)
    {
      const PxParagraph *para = px_document_get_paragraph (sc->doc, k);

      if (has_double_mark (sc->text, para->start, para->end) || !has_first_person_word (sc, k))
        return NULL;
    }
  g_ptr_array_steal_index (sc->found, sc->found->len - 1);
  carry_through (sc, last, p);
  return last;
}

/* '"Pray for the families; we are all in shock...' ¶ 'and I lost two
 * friends...' ¶ 'I will go home now.' ending the article: the last
 * quotation of an article, left open, whose paragraphs after the first
 * lost their marks (copy that keeps one sentence a paragraph) and whose
 * closing mark went with the article's end.  When every paragraph after
 * the quote found last, left open, to the end of the document is
 * unmarked and in the speaker's own voice, the quote goes on through
 * them. */
static void
carry_to_document_end (Scanner *sc)
{
  guint n = px_document_get_n_paragraphs (sc->doc), k;
  Found *last = quote_to_carry (sc, n, &k);

  if (last == NULL || last->last_paragraph + 1 >= n)
    return;
  for (guint p = last->last_paragraph + 1; p < n; p++)
    if (!has_first_person_word (sc, p))
      return;
  for (guint inner = k + 1; inner < sc->found->len; inner++)
    {
      Found *f = g_ptr_array_index (sc->found, inner);

      f->depth = 1;
      f->flags |= PX_QUOTE_NESTED;
    }
  carry_through (sc, last, n);
  last->last_paragraph = n - 1;
  last->mark_end = px_document_get_paragraph (sc->doc, n - 1)->end;
}

/* 'The loss of science is real, "said Ann Lee, a…' with no mark before
 * it in the paragraph: copy that lost the opening mark (a scraper, a
 * wire service) leaves a closing one, spaced after the clause's comma or
 * stop, or glued to the comma it stands before ('orchestra “, the host
 * said'), and then the attribution in lower case.  The quote it closes
 * runs from the paragraph's start.  Returns whether @o was such a mark. */
static gboolean
closes_lost_opening (Scanner *sc, gunichar opener, guint32 mark, guint32 ps, guint32 pe,
                     guint paragraph)
{
  guint32 next = g_utf8_next_char (sc->text + mark) - sc->text;
  guint32 pos = next;
  gunichar before = char_before (sc->text, ps, mark);
  gunichar after = char_at (sc->text, next, pe);
  Open whole = { FAM_DOUBLE, opener, ps, ps, NULL };

  guint k;
  gunichar stop = before_spaces (sc->text, ps, mark);

  if (opener == 0x201E ||
      !(after_clause_end (sc->text, ps, mark) ||
        ((before == ',' || before == '.' || before == '?' || before == '!') &&
         g_unichar_isspace (after)) ||
        (after == ',' && g_unichar_isspace (before)) ||
        /* 'a secure phone, ' "LaRue told': after a nested quote's end */
        stop == '\'' || stop == 0x2019))
    return FALSE;
  while (pos < pe && (sc->text[pos] == ' ' || sc->text[pos] == ','))
    pos++;
  /* "said Ann Lee", "she said", and "Lee, the governor, said". */
  if (!attribution_after_mark (sc->text, pos, pe))
    return FALSE;
  if (has_double_mark (sc->text, ps, mark) || opens_with_reported_speech (sc->text, ps, mark))
    return FALSE;
  /* 'I'm satisfied, "Klitschko said.': a short last sentence of a
   * quotation left open paragraphs before is no stray mark. */
  if (px_count_words (sc->text + ps, mark - ps) < MIN_UNOPENED_WORDS &&
      quote_to_carry (sc, paragraph, &k) == NULL)
    return FALSE;
  /* 'he said, "we will…': a mark after the speech verb opens, unless
   * all it would open is the attribution ('All I can say, "Arians
   * said.'), or one with a name set off, after a quote left open
   * ('the final say, "Osman-aga, who herds camels, told…'). */
  if (follows_speech_verb (sc->text, ps, mark) && !attribution_sentence (sc->text, pos, pe) &&
      !(appositive_attribution (sc->text, pos, pe) && quote_to_carry (sc, paragraph, &k)))
    return FALSE;
  carry_open_quote (sc, &whole, paragraph);
  record_quote (sc, &whole, mark, next, paragraph, 0);
  return TRUE;
}


/* 'outboard motors, "he said.', 'satisfied, "Klitschko said.', 'area,
 * "Osman-aga, who herds camels, told the agency.', 'again. "said Anna
 * Lee', 'a secure phone, ' "LaRue told': with no quote open in the
 * paragraph, a mark that reads as opening (spaced after the clause's
 * comma or stop, or after a nested quote's end, and glued to the next
 * word), before the attribution, closes the quote whose opening mark
 * was lost or stood paragraphs before.  A mark after the paragraph's
 * stop does so only before a word in lower case ('again. "Klitschko
 * said he…' opens).  Marks after it must not be there to close a
 * quote it opens ('received, "SEACOM said in a statement."'): none,
 * or (after a quote left open paragraphs before, as copy from a
 * tokenizer spaces them) an even number, that pair up ('stuff,
 * "Woodward wrote in" Secret Man "(2006).').  Returns whether it
 * closed one. */
static gboolean
closes_before_attribution (Scanner *sc, gunichar opener, guint32 mark, guint32 ps, guint32 pe,
                           guint paragraph)
{
  guint32 next = g_utf8_next_char (sc->text + mark) - sc->text;
  gunichar stop = before_spaces (sc->text, ps, mark);
  guint k;

  if (!(stop == ',' || stop == '\'' || stop == 0x2019 ||
        ((stop == '.' || stop == '?' || stop == '!') &&
         g_unichar_islower (char_at (sc->text, next, pe)))))
    return FALSE;
  if (!pronoun_said_follows (sc->text, next, pe) &&
      !((!has_double_mark (sc->text, next, pe) ||
         (opener == '"' && marks_pair_up (sc->text, next, pe) &&
          quote_to_carry (sc, paragraph, &k) != NULL)) &&
        attribution_after_mark (sc->text, next, pe)))
    return FALSE;
  return closes_lost_opening (sc, opener, mark, ps, pe, paragraph);
}

/* '“We are thrilled to have her,” said Ann Lee. ¶ She is loved everywhere,
 * as we are.”': the paragraph after a quotation goes on with its
 * speaker's words, and the copy lost the mark that reopened them; only
 * the closing mark is left, ending the paragraph after the sentence's
 * stop.  Whether the closing mark at @mark is such a mark, with a
 * quotation in the paragraph before and a sentence of words before it. */
static gboolean
continues_closed_quote (Scanner *sc, guint32 mark, guint32 ps, guint32 pe, guint paragraph)
{
  Found *last = sc->found->len ? g_ptr_array_index (sc->found, sc->found->len - 1) : NULL;
  guint32 end = g_utf8_next_char (sc->text + mark) - sc->text;
  gunichar stop = char_before (sc->text, ps, mark);

  if (last == NULL || last->depth > 0 || (last->flags & PX_QUOTE_SINGLE) ||
      last->last_paragraph + 1 != paragraph)
    return FALSE;
  if (g_unichar_isspace (stop))
    stop = before_spaces (sc->text, ps, mark);
  if (stop != '.' && stop != '?' && stop != '!')
    return FALSE;
  while (end < pe && g_unichar_isspace (g_utf8_get_char (sc->text + end)))
    end = g_utf8_next_char (sc->text + end) - sc->text;
  return end == pe && px_count_words (sc->text + ps, mark - ps) >= MIN_UNOPENED_WORDS;
}

/* '"Kimani started backing up.' ¶ 'There was no reason.' ¶ 'No false
 * move."': a quotation cut into paragraphs (copy that keeps one
 * sentence a paragraph, text wrapped by lines) whose later parts lost
 * their opening marks, and whose last part only closes, with no
 * attribution after it.  The closing mark at @mark, with no mark before
 * it in its paragraph, ends the quote left open a few unmarked
 * paragraphs before, which goes on there.  Returns whether it did. */
static gboolean
closes_open_quote (Scanner *sc, gunichar opener, guint32 mark, guint32 ps, guint32 pe,
                   guint paragraph)
{
  Open whole = { FAM_DOUBLE, opener, ps, ps, NULL };

  if (opener == 0x201E || has_double_mark (sc->text, ps, mark))
    return FALSE;
  carry_open_quote (sc, &whole, paragraph);
  if (whole.found == NULL && !continues_closed_quote (sc, mark, ps, pe, paragraph))
    return FALSE;
  record_quote (sc, &whole, mark, g_utf8_next_char (sc->text + mark) - sc->text, paragraph, 0);
  return TRUE;
}

/* The first byte of text[pos, end) that may open a quote mark: a
 * straight quote or the lead byte of a character outside ASCII (or
 * @end).  Eight bytes at a time: a byte equal to one of the quotes is a
 * zero byte of the word XOR that quote repeated, and such a byte or a
 * high bit anywhere in the word stops the stride for the byte loop. */
static guint32
next_possible_mark (const char *text, guint32 pos, guint32 end)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

  while (pos + 8 <= end)
    {
      guint64 x, dq, sq;

      memcpy (&x, text + pos, 8);
      dq = x ^ (ones * '"');
      sq = x ^ (ones * '\'');
      if ((((dq - ones) & ~dq) | ((sq - ones) & ~sq) | x) & highs)
        break;
      pos += 8;
    }
  while (pos < end && (guchar) text[pos] < 0x80 && text[pos] != '"' && text[pos] != '\'')
    pos++;
  return pos;
}

static void
scan_document (Scanner *sc)
{
  guint n = px_document_get_n_paragraphs (sc->doc);
  Open carried = { 0 };
  gboolean has_carried = FALSE;

  for (guint p = 0; p < n; p++)
    {
      const PxParagraph *para = px_document_get_paragraph (sc->doc, p);
      guint32 pos = para->start;

      if (!has_carried && sc->stack->len == 0 && reopening_mark (sc, FAM_DOUBLE, p))
        {
          Found *resumed = resume_open_quote (sc, p);

          if (resumed)
            {
              carried = (Open) { FAM_DOUBLE, g_utf8_get_char (sc->text + resumed->mark_start),
                                 resumed->mark_start, 0, resumed };
              has_carried = TRUE;
            }
        }
      if (has_carried)
        {
          /* The reopening mark continues the quote of the last paragraph. */
          pos = reopening_mark (sc, carried.family, p);
          carried.content = pos;
          g_array_append_val (sc->stack, carried);
          has_carried = FALSE;
        }
      while (pos < para->end)
        {
          guchar b = sc->text[pos];
          gunichar c;
          guint32 next;

          /* Most characters are ASCII and no quote mark. */
          if (b < 0x80 && b != '"' && b != '\'')
            {
              pos = next_possible_mark (sc->text, pos + 1, para->end);
              continue;
            }
          c = g_utf8_get_char (sc->text + pos);
          next = g_utf8_next_char (sc->text + pos) - sc->text;
          if (c == '\'' && next < para->end && sc->text[next] == '\'')
            {
              Open *t = innermost_open (sc);

              /* ''' : a nested single quote's end, then the pair. */
              if (t && t->family == FAM_SINGLE && next + 1 < para->end && sc->text[next + 1] == '\'')
                {
                  close_family (sc, FAM_SINGLE, pos, next, p);
                  pos = next;
                }
              scan_mark (sc, '"', pos, pos + 2, para->start, para->end, p);
              pos += 2;
              continue;
            }
          /* ‘‘…’’: AP copy types curly singles in pairs for double
           * marks.  A pair closes only an open double quote, so that a
           * nested quote's end next to an apostrophe stays what it is. */
          if ((c == 0x2019 || c == 0x2018) && next < para->end &&
              g_utf8_get_char (sc->text + next) == c)
            {
              Open *t = innermost_open (sc);
              guint32 after = g_utf8_next_char (sc->text + next) - sc->text;

              if (c == 0x2019 ? t != NULL && t->family == FAM_DOUBLE
                              : t == NULL || t->family == FAM_DOUBLE)
                {
                  scan_mark (sc, c == 0x2019 ? 0x201D : 0x201C, pos, after,
                             para->start, para->end, p);
                  pos = after;
                  continue;
                }
            }
          if (is_quote_char (c))
            scan_mark (sc, c, pos, next, para->start, para->end, p);
          pos = next;
        }

      /* Quotes still open at the paragraph's end.  Single marks that
       * never closed were apostrophes after all, but for a nested
       * quote whose words end the paragraph with their stop ('"I told
       * him, 'Go home now.' ¶ '"He would not.', the closing mark lost
       * where the quotation goes on); the outermost double quote goes
       * on if the next paragraph reopens it. */
      for (guint i = sc->stack->len; i > 0; i--)
        {
          Open o = g_array_index (sc->stack, Open, i - 1);
          gboolean innermost = i == sc->stack->len;

          g_array_set_size (sc->stack, i - 1);
          if (o.family == FAM_SINGLE && i > 1 && innermost && o.found == NULL &&
              nested_single_ends (sc, &o, para->start, para->end))
            {
              record_quote (sc, &o, para->end, para->end, p, PX_QUOTE_OPEN);
              continue;
            }
          if (o.family == FAM_SINGLE || i > 1)
            {
              if (o.found)
                found_free (o.found);
              continue;
            }
          if (reopening_mark (sc, o.family, p + 1))
            {
              Found *f = o.found;
              Span s = { o.content, para->end };

              if (f == NULL)
                {
                  f = g_new0 (Found, 1);
                  f->segments = g_array_new (FALSE, FALSE, sizeof (Span));
                  f->mark_start = o.mark;
                  f->paragraph = p;
                }
              trim_span (sc->text, &s);
              if (span_has_words (sc->text, &s))
                g_array_append_val (f->segments, s);
              f->flags |= PX_QUOTE_MULTI;
              o.found = f;
              carried = o;
              has_carried = TRUE;
            }
          else if (!(o.family == FAM_DOUBLE && o.found == NULL &&
                     closes_lost_opening (sc, o.opener, o.mark, para->start, para->end, p)))
            record_quote (sc, &o, para->end, para->end, p, PX_QUOTE_OPEN);
        }
    }
  if (has_carried)
    record_quote (sc, &carried, carried.content, carried.content, n - 1, PX_QUOTE_OPEN);
  else
    carry_to_document_end (sc);
}

static int
found_cmp (gconstpointer a, gconstpointer b)
{
  const Found *fa = *(Found **) a, *fb = *(Found **) b;

  if (fa->mark_start != fb->mark_start)
    return fa->mark_start < fb->mark_start ? -1 : 1;
  return fa->mark_end > fb->mark_end ? -1 : fa->mark_end < fb->mark_end;
}

void
px_quote_marks_find (PxDocument *doc, const char *text, gsize len, GPtrArray *found)
{
  Scanner sc = { 0 };

  sc.text = text;
  sc.len = len;
  sc.doc = doc;
  sc.found = found;
  sc.stack = g_array_new (FALSE, FALSE, sizeof (Open));
  scan_document (&sc);
  g_array_unref (sc.stack);
  g_ptr_array_sort (found, found_cmp);
}
