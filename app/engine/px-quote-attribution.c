/* px-quote-attribution.c: who said each quotation, by the words around it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words around each quote are matched against the patterns reporters
 * use ("X said", "said X", "X told", "according to X", "..., he said",
 * "X said that \"...\"", a colon after a speaker): each quotation gets the
 * noun phrase the text gives as its source, as it is written ("he", "the
 * secretary", "Kerry"), and how sure the pattern is.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"
#include "px-tokenizer.h"

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
  g_autoptr(GArray) items = px_quote_items_of (ds, lo, hi);
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
const char *
px_quote_before_close (DocScan *ds, Found *f)
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
  p = px_quote_before_close (ds, f);
  if (p == NULL)
    return FALSE;
  c = g_utf8_get_char (p);
  return c == ',' || c == '?' || c == '!' || c == 0x2014 || c == 0x2013 || c == '-';
}

/* Whether the quote @f ends its sentence inside its marks: “…fraud.” */
static gboolean
ends_sentence (DocScan *ds, Found *f)
{
  const char *p = px_quote_before_close (ds, f);
  gunichar c;

  if (p == NULL)
    return FALSE;
  c = g_utf8_get_char (p);
  return c == '.' || c == '?' || c == '!';
}

/* Whether a stop ends the words of @f, inside its marks and any nested
 * quote's ('… what is this?’'): a sentence said, not a subheading
 * ("“Alarming mortality rate”").  Only closing marks and brackets may
 * follow the stop.  A quote left open or running over several
 * paragraphs says sentences. */
gboolean
px_quote_ends_with_stop (DocScan *ds, const Found *f)
{
  const Span *s;
  const char *p;

  if (f->flags & (PX_QUOTE_OPEN | PX_QUOTE_MULTI))
    return TRUE;
  if (f->segments == NULL || f->segments->len == 0)
    return FALSE;
  s = &g_array_index (f->segments, Span, f->segments->len - 1);
  p = ds->text + s->end;
  while (p > ds->text + s->start)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (c == '.' || c == '?' || c == '!' || c == 0x2026)
        return TRUE;
      if (!(g_unichar_isspace (c) || c == '"' || c == '\'' || c == 0x2019 || c == 0x201D ||
            c == 0x00BB || c == ')'))
        return FALSE;
    }
  return FALSE;
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
          g_autoptr(GArray) between = px_quote_items_of (ds, f->mark_end, next->mark_start);
          gboolean one_sentence = TRUE;

          for (guint i = 0; i < between->len && one_sentence; i++)
            one_sentence = g_array_index (between, Item, i).kind != IT_END &&
                           !px_quote_is_verb (&g_array_index (between, Item, i));
          if (one_sentence)
            {
              f->kind = next->kind;
              g_free (f->np);
              f->np = g_strdup (next->np);
              f->np_pos = next->np_pos;
              f->np_described = next->np_described;
              f->np_owned = next->np_owned;
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
  g_autoptr(GArray) items = px_quote_items_of (ds, p->start, p->end);
  ItemKind last;

  if (items->len < 3)
    return;
  last = g_array_index (items, Item, items->len - 1).kind;
  if (last != IT_END && last != IT_COLON)
    return;
  if (px_quote_attribute_before (f, ds, items) && f->kind != SPK_NAME && f->kind != SPK_PRONOUN &&
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
    g_autoptr(GArray) items = px_quote_items_of (ds, p->start, p->end);
    guint s = 0;

    if (items->len == 0 || items->len > MAX_SIGNATURE_ITEMS)
      return;
    while (s < items->len && g_array_index (items, Item, s).kind != IT_WORD)
      s++;
    for (e = s; e < items->len && g_array_index (items, Item, e).kind != IT_COMMA &&
                g_array_index (items, Item, e).kind != IT_END; e++)
      if (!px_quote_is_np_word (&g_array_index (items, Item, e)))
        return;
    if (e == s)
      return;
    px_quote_set_speaker_np (f, ds, items, s, e);
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

/* The quote that holds the nested quote at @q: the nearest before it one
 * level up whose marks enclose it. */
Found *
px_quote_holder_of (DocScan *ds, guint q)
{
  Found *f = g_ptr_array_index (ds->found, q);

  for (guint r = q; r > 0; r--)
    {
      Found *g = g_ptr_array_index (ds->found, r - 1);

      if (g->depth + 1 == f->depth && g->mark_start < f->mark_start && g->mark_end >= f->mark_end)
        return g;
    }
  return NULL;
}

/* How many words of a clause before "and" are read for its subject:
 * "I called her up and said ‘…’". */
#define MAX_CLAUSE_BEFORE_AND 6

/* Whether "I" is the subject of the speech verb at items[v], the words
 * before a nested quote: right before it, or past adverbs ("I just told
 * myself: ‘…’", "I even said to my boss"), or as the subject of the verb
 * before "and" in the same clause ("So I called her up and said ‘…’"),
 * with no other subject, name or comma between.  Past adverbs or "and",
 * not when "that" opens what the verb reports: "I can say that the
 * port does not ‘control’ them" puts a word in marks, nothing said. */
static gboolean
first_person_says (GArray *items, guint v)
{
  guint k = v;

  if (v > 0 && px_quote_item_in (items, v - 1, WR_FIRST_PERSON))
    return TRUE;
  for (guint j = v + 1; j < items->len; j++)
    if (px_quote_item_in (items, j, WR_COMPLEMENTIZER))
      return FALSE;
  while (k > 0 && px_quote_is_adverb (&g_array_index (items, Item, k - 1)))
    k--;
  if (k > 0 && px_quote_item_in (items, k - 1, WR_FIRST_PERSON))
    return TRUE;
  if (k == 0 || !px_quote_item_in (items, k - 1, WR_CONJUNCTION))
    return FALSE;
  for (guint j = k - 1; j > 0 && k - j <= MAX_CLAUSE_BEFORE_AND; j--)
    {
      const Item *it = &g_array_index (items, Item, j - 1);

      if (px_quote_item_in (items, j - 1, WR_FIRST_PERSON))
        return TRUE;
      if (it->kind != IT_WORD || it->cap ||
          px_quote_has_role (it, WR_PERSON_SUBJECT_PRONOUN) || px_quote_has_role (it, WR_SUBJECT_PRONOUN))
        return FALSE;
    }
  return FALSE;
}

/* "I then heard President Trump ask, quote, ‘So he’s going to do it?’",
 * "Ann Lee replied that ‘He will’": a quote inside another is what the
 * outer words say a person named there said, found by the patterns of
 * the words before it in the outer quote.  Only a name, or "I": the
 * outer quote's speaker is quoting someone, and "he" inside a quote
 * stands for someone the article's words around do not tell, but "I"
 * is the outer quote's speaker ("And I said, ‘I want more.’"). */
static void
attribute_nested (DocScan *ds)
{
  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      Found *holder;
      guint32 lo;
      gboolean verb = FALSE;

      if (f->depth == 0 || f->kind != SPK_NONE || !(holder = px_quote_holder_of (ds, q)) ||
          holder->segments->len == 0)
        continue;
      lo = g_array_index (holder->segments, Span, 0).start;
      for (guint r = q; r > 0; r--)
        {
          Found *g = g_ptr_array_index (ds->found, r - 1);

          if (g == holder)
            break;
          if (g->depth == f->depth && g->mark_end <= f->mark_start)
            {
              lo = MAX (lo, g->mark_end);
              break;
            }
        }
      if (lo >= f->mark_start)
        continue;
      {
        g_autofree guint8 *mask = g_memdup2 (ds->quoted + lo, f->mark_start - lo);
        g_autoptr(GArray) before = NULL;

        /* The holder's words are read as the text around a quote is;
         * its mask is put back below. */
        memset (ds->quoted + lo, 0, f->mark_start - lo);
        before = px_quote_items_of (ds, lo, f->mark_start);
        guint at = 0;

        /* A speech verb in the quote's own sentence, before it. */
        for (guint i = before->len; i > 0 && !verb; i--)
          {
            const Item *it = &g_array_index (before, Item, i - 1);

            if (it->kind == IT_END)
              break;
            verb = (px_quote_is_verb (it) && !px_quote_used_as_noun (ds, before, i - 1)) ||
                   px_quote_phrase_at (before, i - 1, WR_ACCORDING_TO);
            at = i - 1;
          }
        /* “And I said, ‘I want more.’”: the holder's speaker says it. */
        if (verb && first_person_says (before, at))
          f->kind = SPK_INHERIT;
        else if (verb)
          px_quote_attribute_before (f, ds, before);
        memcpy (ds->quoted + lo, mask, f->mark_start - lo);
        if (f->kind != SPK_NAME && f->kind != SPK_INHERIT)
          {
            g_clear_pointer (&f->np, g_free);
            f->kind = SPK_NONE;
            continue;
          }
        f->pattern = MIN (f->pattern, PATTERN_NEARBY);
        f->said = TRUE;
      }
    }
}

/* 'Hemsley, the co-author of “Going Viral,” about the spread of news,
 * said the days when the nation had “a unifying story” are gone': a
 * quote earlier in the sentence that nobody said (a title) cuts the
 * words before @f off from their subject.  The words of the sentence
 * on both sides of @title, from @lo, say who spoke: a name or a
 * pronoun, as px_quote_attribute_before() finds it. */
static void
attribute_past_title (Found *f, DocScan *ds, guint32 lo, Found *title)
{
  g_autoptr(GArray) items = px_quote_items_of (ds, lo, title->mark_start);
  g_autoptr(GArray) rest = px_quote_items_of (ds, title->mark_end, f->mark_start);
  Found probe = { .pattern = PATTERN_NEARBY };
  const char *p = px_quote_before_close (ds, title);

  /* 'Ada Marr, who phoned in from the set of “Fargo,” had…': the comma
   * inside the title's marks still closes the aside. */
  if (p && *p == ',')
    {
      Item comma = { .kind = IT_COMMA, .start = p - ds->text, .end = p - ds->text + 1 };

      g_array_append_val (items, comma);
    }
  g_array_append_vals (items, rest->data, rest->len);
  px_quote_attribute_before (&probe, ds, items);
  if ((probe.kind == SPK_NAME && !probe.np_weak) || probe.kind == SPK_PRONOUN)
    {
      px_quote_take_np (f, &probe);
      f->pattern = MIN (probe.pattern, PATTERN_NEARBY);
      f->said = TRUE;
      return;
    }
  g_free (probe.np);
}

/* Whether @before, the words before a quote, end with a speech verb and
 * the comma or colon that hands over to it: "and said,". */
static gboolean
introduced (GArray *before)
{
  guint n = before->len;

  return n >= 2 &&
         (g_array_index (before, Item, n - 1).kind == IT_COMMA ||
          g_array_index (before, Item, n - 1).kind == IT_COLON) &&
         px_quote_is_verb (&g_array_index (before, Item, n - 2));
}

/* Whether the speech verb and comma that end @before ("he said,") have
 * a subject that names someone: a name or a pronoun, not a role ("the
 * officer said, “Oh, God!” Ann Lee recalled": the one who recalls is
 * the source the words after give), not in a relative clause ("an
 * employee who had yelled,"), not a name that qualifies a noun ("Lee
 * High School fans chanted,").  @f then takes it. */
static gboolean
introduced_by_subject (Found *f, DocScan *ds, GArray *before)
{
  g_autoptr(GArray) items = NULL;
  Found probe = *f;
  guint t = 0;

  for (guint i = 0; i + 2 < before->len; i++)
    if (g_array_index (before, Item, i).kind == IT_END)
      t = i + 1;
  if (px_quote_in_relative_clause (before, t, before->len - 2))
    return FALSE;
  items = g_array_copy (before);
  probe.kind = SPK_NONE;
  probe.np = NULL;
  probe.np_weak = FALSE;
  px_quote_attribute_before (&probe, ds, items);
  if ((probe.kind != SPK_NAME && probe.kind != SPK_PRONOUN) || probe.np_weak)
    {
      g_free (probe.np);
      return FALSE;
    }
  px_quote_take_np (f, &probe);
  f->np_weak = probe.np_weak;
  f->pattern = probe.pattern;
  return TRUE;
}

/* Whether the words @after a quote, up to the next quote of the
 * paragraph (@quote_follows), are an attribution that a colon hands on
 * to that next quote: '“We are not terrorists.” Mr. Zahed said: “The
 * attack…”' is Mr. Zahed's second quote only.  So when the quote ends
 * its sentence, or a speech verb before it in its sentence says whose it
 * is ('After Scalia said they might do better at “less advanced
 * schools,” Trump said: “…”'); '“…,” Ann Lee said: “…”' is hers twice. */
static gboolean
colon_hands_on (DocScan *ds, Found *f, GArray *after, gboolean quote_follows, gboolean verb_before)
{
  if (!quote_follows || after->len < 2 || g_array_index (after, Item, after->len - 1).kind != IT_COLON)
    return FALSE;
  for (guint i = 0; i < after->len; i++)
    if (g_array_index (after, Item, i).kind == IT_END)
      return FALSE;
  return ends_sentence (ds, f) || verb_before;
}

/* Whether the words @before a quote go on in the clause of the quote
 * @prev before them: no comma between, inside @prev's marks or after
 * them.  A comma may close a clause, and a new one has its own subject
 * ('While Ivo Marsh calls it a “fine piece,” Ada Marr fixes on the
 * “title”'). */
static gboolean
same_clause (DocScan *ds, Found *prev, GArray *before)
{
  const char *p = px_quote_before_close (ds, prev);

  if (p == NULL || *p == ',')
    return FALSE;
  for (guint i = 0; i < before->len; i++)
    if (g_array_index (before, Item, i).kind == IT_COMMA)
      return FALSE;
  return TRUE;
}

/* Whether the words of [lo, hi), between two quotes of a sentence, join
 * them as two of a kind: no verb or end of sentence among them, and a
 * conjunction last, perhaps with an article after it ('“taste” and
 * “smell”', '“Ivo 12” on one side and “Ann 13” on the other', 'known
 * as “rabbit runs” or “goat tracks”'); not one that joins other words
 * ('“Tarn” and the other books for being too “grim”'). */
static gboolean
coordinates (DocScan *ds, guint32 lo, guint32 hi)
{
  g_autoptr(GArray) items = px_quote_items_of (ds, lo, hi);
  guint n = items->len;

  for (guint i = 0; i < n; i++)
    {
      const Item *it = &g_array_index (items, Item, i);

      if (it->kind == IT_END || it->kind == IT_COLON || px_quote_is_verb (it))
        return FALSE;
    }
  while (n > 0 && (g_array_index (items, Item, n - 1).classes & WC_DETERMINER))
    n--;
  return n > 0 && (px_quote_has_role (&g_array_index (items, Item, n - 1), WR_CONJUNCTION) ||
                   px_quote_has_role (&g_array_index (items, Item, n - 1), WR_ALTERNATIVE_CONJUNCTION));
}

/* A quote a conjunction joins to a title or a name before it in its
 * sentence (capitalised) is one too, nobody's words whatever the
 * speaker the first was found ('signs reading “Ivo 12” on one side and
 * “Ann 13” on the other', 'the plays “Red Tide” and “Low Water”'); not
 * one joined to a term in lower case, which a list shares the cue of
 * ('known as “rust traps” or “gull farms”', see cued_before()). */
static void
things_joined (DocScan *ds)
{
  Found *prev = NULL;

  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);

      if (f->depth > 0)
        continue;
      if (f->kind == SPK_INHERIT && prev && (prev->thing || prev->thing_again) &&
          prev->segments->len > 0 &&
          g_unichar_isupper (g_utf8_get_char (ds->text + g_array_index (prev->segments, Span, 0).start)) &&
          !f->said_after &&
          prev->last_paragraph == f->paragraph && !ends_sentence (ds, prev) &&
          coordinates (ds, prev->mark_end, f->mark_start))
        {
          f->thing_again = TRUE;
          f->said = FALSE;
        }
      prev = f;
    }
}

/* The words around the top-level quote ds->found[q] that may speak of
 * it: its paragraphs, from the end of @prev (the top-level quote before
 * it) when that ends in its first paragraph, to the next top-level
 * quote's mark when that opens in its last.  The words of another quote
 * are none of its own. */
void
px_quote_surroundings (DocScan *ds, guint q, const Found *prev, guint32 *lo, guint32 *hi)
{
  const Found *f = g_ptr_array_index (ds->found, q);

  *lo = px_document_get_paragraph (ds->doc, f->paragraph)->start;
  *hi = px_document_get_paragraph (ds->doc, f->last_paragraph)->end;
  if (prev && prev->last_paragraph == f->paragraph)
    *lo = prev->mark_end;
  for (guint r = q + 1; r < ds->found->len; r++)
    {
      const Found *g = g_ptr_array_index (ds->found, r);

      if (g->depth == 0)
        {
          if (g->paragraph == f->last_paragraph)
            *hi = g->mark_start;
          break;
        }
    }
}

void
px_quote_attribute (DocScan *ds)
{
  Found *prev = NULL;
  guint32 prev_lo = 0;
  gboolean prev_verb_before = FALSE;

  for (guint q = 0; q < ds->found->len; q++)
    {
      Found *f = g_ptr_array_index (ds->found, q);
      const PxParagraph *first, *last;
      guint32 lo, hi;

      if (f->depth > 0)
        continue;
      first = px_document_get_paragraph (ds->doc, f->paragraph);
      last = px_document_get_paragraph (ds->doc, f->last_paragraph);
      px_quote_surroundings (ds, q, prev, &lo, &hi);

      {
        g_autoptr(GArray) after = NULL;
        g_autoptr(GArray) before = NULL;
        gboolean para_start;
        gboolean same_sentence;
        gboolean verb_before = FALSE;

        px_quote_take_items (ds, f, lo, hi, &before, &after);
        para_start = before->len == 0 && lo == first->start;
        same_sentence = prev && prev->last_paragraph == f->paragraph &&
                        !(prev->flags & PX_QUOTE_OPEN) && !ends_sentence (ds, prev);

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
            if ((px_quote_is_verb (it) && !(i >= 2 && g_array_index (before, Item, i - 2).kind == IT_HYPHEN)) ||
                px_quote_phrase_at (before, i - 1, WR_ACCORDING_TO) ||
                px_quote_speech_phrase_at (before, i - 1))
              verb_before = TRUE;
          }
        f->opens_sentence = before->len == 0 ||
                            g_array_index (before, Item, before->len - 1).kind == IT_END ||
                            g_array_index (before, Item, before->len - 1).kind == IT_COLON;
        f->pattern = PATTERN_NEXT_TO;
        /* 'he called her a “fraud” and said, “…,” the office said': a
         * quote a speech verb and its comma hand over to is the words
         * of that verb's subject, whom the words after only report. */
        /* 'the so-called “medical conscience” rule': a name things go
         * by, nobody's words, whatever verb the sentence has. */
        if (before->len >= 3 && g_array_index (before, Item, before->len - 2).kind == IT_HYPHEN &&
            (g_array_index (before, Item, before->len - 1).classes & WC_NAMING_VERB) &&
            px_quote_item_in (before, before->len - 3, WR_NAME_MARKER))
          {
            f->kind = SPK_UNKNOWN;
            f->said = verb_before;
          }
        else if (introduced (before) && same_sentence &&
                 (prev->kind == SPK_NAME || prev->kind == SPK_PRONOUN || prev->kind == SPK_ROLE))
          {
            /* "and said,": the subject of the quote before. */
            if (!px_quote_attribute_before (f, ds, before))
              f->kind = SPK_INHERIT;
            f->said = TRUE;
          }
        /* 'he recalled that he said, “…,” the office said': the same
         * with no quote before, when the verb's subject is named. */
        else if (introduced (before) && introduced_by_subject (f, ds, before))
          f->said = TRUE;
        else if (!colon_hands_on (ds, f, after, hi != last->end, verb_before) &&
                 px_quote_attribute_after (f, ds, after, closes_clause (ds, f, before),
                                  !ends_sentence (ds, f), hi == last->end))
          f->said = f->said_after = TRUE;
        /* 'Ivo Marsh says his “old friend” Ada Marr ran “a clean
         * race”', 'When Ann Lee said there was no “direct evidence”
         * that the mail had been “hacked,”': with no speech verb since,
         * a later quote of the sentence goes on with the words of the
         * verb before the first, not the subject of its own clause. */
        else if (same_sentence && prev_verb_before && !verb_before && !prev->said_after &&
                 (prev->kind == SPK_NAME || prev->kind == SPK_PRONOUN || prev->kind == SPK_ROLE) &&
                 same_clause (ds, prev, before))
          {
            f->kind = SPK_INHERIT;
            f->said = TRUE;
          }
        else
          {
            px_quote_attribute_before (f, ds, before);
            if (f->kind == SPK_NONE)
              px_quote_participle_opener_subject (f, ds, before, after);
            f->said = verb_before || f->kind == SPK_NAME || f->kind == SPK_PRONOUN ||
                      f->kind == SPK_ROLE;
          }
        if (f->kind == SPK_NONE && same_sentence && prev->kind == SPK_NONE && !prev->said)
          attribute_past_title (f, ds, prev_lo, prev);
        /* A paragraph of a quote alone goes on the paragraph before,
         * unless it reads as a subheading: no stop ends it ('“…
         * prevent the evacuation of the civilians”'). */
        gboolean subheading = para_start && after->len == 0 && hi == last->end &&
                              !px_quote_ends_with_stop (ds, f);

        if (f->kind == SPK_NONE && prev &&
            (prev->last_paragraph == f->paragraph ||
             (para_start && prev->last_paragraph + 1 == f->paragraph && !subheading)))
          f->kind = SPK_INHERIT;
        if (f->kind == SPK_NONE && para_start && f->paragraph > 0 && after->len == 0 && !subheading)
          said_in_paragraph_before (ds, f);
        if ((f->kind == SPK_NONE || f->kind == SPK_INHERIT) && para_start && after->len == 0 &&
            hi == last->end)
          said_in_paragraph_after (ds, f);
        /* 'called him a "fascist" and a "fraud"': both were said. */
        if (f->kind == SPK_INHERIT && same_sentence)
          f->said |= prev->said;
        prev_verb_before = verb_before || (same_sentence && prev_verb_before && f->kind == SPK_INHERIT);
      }
      prev = f;
      prev_lo = lo;
    }
  share_sentence_attribution (ds);
  join_interrupted (ds);
  attribute_nested (ds);
  things_joined (ds);
}
