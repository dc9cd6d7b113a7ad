/* px-quote-patterns.c: the attribution patterns around one quote
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words before and after one quote are matched against the shapes
 * reporters use: "…," he said / said Kerry / Kerry said in the interview
 * (attribute_after), Kerry said that "…" / the secretary responded: "…"
 * (attribute_before), "according to X", "X told", a colon after a
 * speaker, "in a statement", "X quoted Y as saying", a participle after
 * the speech ("…, adding, “…”").  Each pattern sets the quote's noun
 * phrase (read by px-quote-noun-phrase.c, the subject by
 * px-quote-subject.c) and how sure the pattern is; px-quote-attribution.c
 * runs them over a document's quotes.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"
#include "px-tokenizer.h"

/* How many paragraphs back "the statement" may point to the statement
 * brought in with "a", its own paragraph included. */
#define STATEMENT_REACH 3

/* Most items between the verb that puts out a statement and its "a":
 * "said on Monday in a statement". */
#define MAX_STATEMENT_VERB_GAP 4

/* Whether items[j] is a verb that says or puts out a statement, outside
 * any quote: "said", "issued". */
static gboolean
puts_out (DocScan *ds, GArray *items, guint j)
{
  Item *v = &g_array_index (items, Item, j);

  if (v->kind != IT_WORD || ds->quoted[v->start])
    return FALSE;
  px_quote_item_fill (ds, v);
  return px_quote_is_verb_at (ds, items, j) || (px_quote_has_role (v, WR_ISSUING_VERB) && !v->cap);
}

/* Sets @f's source to the subject of the verb at items[v], the words
 * before it back to a comma or items[sb]: "…in a crash, the Harbour
 * Agency said in a statement".  FALSE, @f left without one, when they
 * name nobody. */
static gboolean
subject_up_to_comma (Found *f, DocScan *ds, GArray *items, guint sb, guint v)
{
  guint b, e;

  for (b = v; b > sb; b--)
    {
      Item *w = &g_array_index (items, Item, b - 1);

      if (w->kind == IT_COMMA || !px_quote_may_be_in_subject (w) || px_quote_is_relative_who (items, b - 1))
        break;
    }
  for (e = v; e > b && px_quote_is_adverb (&g_array_index (items, Item, e - 1)); e--)
    ;
  if (e > b)
    px_quote_set_speaker_np (f, ds, items, b, e);
  if (f->kind == SPK_NAME || f->kind == SPK_PRONOUN ||
      (f->kind == SPK_ROLE && !px_quote_in_list (WC_STATEMENT, f->np)))
    return TRUE;
  g_clear_pointer (&f->np, g_free);
  f->kind = SPK_NONE;
  return FALSE;
}

/* "a statement from the Harbour Agency", "a letter by Ann Lee", "a
 * statement released by the board": where the author's words start
 * after the statement noun at items[k], before items[se]; 0 when no
 * preposition of authorship follows it. */
guint
px_quote_author_after (DocScan *ds, GArray *items, guint k, guint se)
{
  if (k + 2 < se && puts_out (ds, items, k + 1) && px_quote_item_in (items, k + 2, WR_AUTHOR_PREPOSITION))
    k++;
  return k + 2 < se && px_quote_item_in (items, k + 1, WR_AUTHOR_PREPOSITION) ? k + 2 : 0;
}

/* Sets @f's source to the name px_quote_author_after() finds; FALSE, @f left
 * without one, when no name follows so. */
gboolean
px_quote_statement_author (Found *f, DocScan *ds, GArray *items, guint k, guint se)
{
  guint n_words, b = px_quote_author_after (ds, items, k, se), e;
  gboolean org;

  if (b == 0)
    return FALSE;
  if (px_quote_item_in (items, b, WR_DEFINITE_ARTICLE))
    b++;
  e = b < se ? px_quote_name_run (ds, items, b, se, &n_words, &org) : b;
  /* "a report from the State Department's inspector general": the
   * author is someone of the name's, whom the text leaves unnamed. */
  if (e > b && g_array_index (items, Item, e - 1).possessive)
    return FALSE;
  if (e > b)
    {
      px_quote_set_speaker_np (f, ds, items, b, e);
      if (f->kind == SPK_NAME)
        return TRUE;
      g_clear_pointer (&f->np, g_free);
      f->kind = SPK_NONE;
    }
  return FALSE;
}

/* The source of the statement at items[k], brought in by an indefinite
 * article at items[a]: "a statement from the Harbour Agency", "Ann Lee
 * said in a statement", "the board issued a statement", "In a letter,
 * the pilots urged".  Sets @f's source as attribution does; FALSE when
 * the sentence names none. */
static gboolean
statement_issuer (Found *f, DocScan *ds, GArray *items, guint a, guint k)
{
  guint sb = a, se = k + 1;

  while (sb > 0 && g_array_index (items, Item, sb - 1).kind != IT_END)
    sb--;
  while (se < items->len && g_array_index (items, Item, se).kind != IT_END)
    se++;
  if (px_quote_statement_author (f, ds, items, k, se))
    return TRUE;
  /* The verb right before it ("said in a statement", "issued a
   * statement", "said Monday in a statement", not "said Ivo Marsh sent
   * a statement": Marsh's), else the first after ("In a statement, the
   * board urged…"). */
  for (guint j = a; j-- > MAX (sb, a > MAX_STATEMENT_VERB_GAP ? a - MAX_STATEMENT_VERB_GAP : 0);)
    {
      const Item *v = &g_array_index (items, Item, j);

      if (puts_out (ds, items, j))
        {
          if (subject_up_to_comma (f, ds, items, sb, j))
            return TRUE;
          break;
        }
      /* Another verb's statement: "provided a statement"; not a
       * plural noun after its article ("denied the allegations in a
       * statement"). */
      if (v->kind == IT_WORD && !v->cap && px_quote_is_finite_verb (v->lower) &&
          !px_quote_used_as_noun (ds, items, j))
        break;
    }
  /* "A report released by the Academies of Arts, Letters and Music
   * noted…": a statement that opens its sentence is the subject of
   * the verb after it, whose words are no author. */
  if (a == sb)
    return FALSE;
  for (guint j = k + 1, comma = FALSE; j < se; j++)
    {
      comma |= g_array_index (items, Item, j).kind == IT_COMMA;
      /* After the phrase the statement is in: not "a statement released
       * on Monday". */
      if (comma && puts_out (ds, items, j))
        return subject_up_to_comma (f, ds, items, sb, j);
    }
  return FALSE;
}

/* "“…,” the statement said": the words of whoever put out the statement
 * the text last brought in, before @before and in the last few
 * paragraphs, with "a" ("The board issued a statement on Monday"); no
 * source when that sentence names none. */
void
px_quote_statement_source (Found *f, DocScan *ds, guint32 before)
{
  guint n = px_document_get_n_paragraphs (ds->doc), par = 0;

  while (par + 1 < n && px_document_get_paragraph (ds->doc, par + 1)->start <= before)
    par++;
  for (guint p = par + 1; p-- > 0 && p + STATEMENT_REACH > par;)
    {
      const PxParagraph *pp = px_document_get_paragraph (ds->doc, p);
      g_autoptr(GArray) items = px_quote_items_of (ds, pp->start, MIN (pp->end, before));

      for (guint k = items->len; k-- > 1;)
        {
          Item *noun = &g_array_index (items, Item, k);
          guint a;

          if (noun->kind != IT_WORD || noun->cap || ds->quoted[noun->start])
            continue;
          px_quote_item_fill (ds, noun);
          if (!(noun->classes & WC_STATEMENT) || noun->possessive)
            continue;
          for (a = k; a > 0 && k - a < MAX_STATEMENT_WORDS + 1; a--)
            {
              Item *w = &g_array_index (items, Item, a - 1);

              if (w->kind != IT_WORD && w->kind != IT_HYPHEN)
                break;
              px_quote_item_fill (ds, w);
              if (px_quote_has_role (w, WR_INDEFINITE_ARTICLE))
                break;
            }
          if (a == 0 || !px_quote_item_in (items, a - 1, WR_INDEFINITE_ARTICLE))
            continue;
          if (!statement_issuer (f, ds, items, a - 1, k))
            {
              g_clear_pointer (&f->np, g_free);
              f->kind = SPK_NONE;
            }
          return;
        }
    }
}

/* "…," he said. / "…," said Kerry. / "…," Kerry said in the interview.
 * / "…," White House press secretary Josh Earnest said Tuesday. */
/* Whether the speech verb at items[j], a form ending like a plural
 * ("states", "claims", "calls", "reports"), is a noun there: after a
 * determiner, a possessive, a number or a participle ("giving states
 * more power", "his claims", "two reports"). */
gboolean
px_quote_used_as_noun (DocScan *ds, GArray *items, guint j)
{
  Item *it = &g_array_index (items, Item, j);
  Item *before;

  /* "in a written statement": no verb follows an article. */
  if (j > 0 && (px_quote_item_in (items, j - 1, WR_DEFINITE_ARTICLE) ||
                px_quote_item_in (items, j - 1, WR_INDEFINITE_ARTICLE)))
    return TRUE;
  if (j == 0 || !px_quote_has_ending (WE_FINITE_VERB, it->lower) ||
      px_quote_has_ending (WE_MODIFIER, it->lower))
    return FALSE;
  before = &g_array_index (items, Item, j - 1);
  if (before->kind != IT_WORD || before->cap)
    return FALSE;
  px_quote_item_fill (ds, before);
  return (before->classes & WC_DETERMINER) || g_ascii_isdigit (before->lower[0]) ||
         px_quote_has_role (before, WR_NOUN_DETERMINER) ||
         px_quote_has_ending (WE_PARTICIPLE, before->lower);
}

/* Whether items[j] is a verb that reports words only after a statement's
 * noun, and one stands right before it: '“…,” the statement read'. */
static gboolean
statement_verb_at (DocScan *ds, GArray *items, guint j)
{
  Item *noun;

  if (j == 0 || g_array_index (items, Item, j).kind != IT_WORD)
    return FALSE;
  px_quote_item_fill (ds, &g_array_index (items, Item, j));
  if (!px_quote_item_in (items, j, WR_STATEMENT_VERB) || g_array_index (items, Item, j).cap)
    return FALSE;
  noun = &g_array_index (items, Item, j - 1);
  if (noun->kind != IT_WORD || noun->cap)
    return FALSE;
  px_quote_item_fill (ds, noun);
  return (noun->classes & WC_STATEMENT) && !noun->possessive;
}

static gboolean attribute_after_clause (Found *f, DocScan *ds, GArray *items,
                                        gboolean clause_end, gboolean sentence_goes_on,
                                        gboolean to_paragraph_end);

/* "…," he said. / "…," said Kerry.  And a quote that opens its sentence
 * but is no clause of its own: '"He can claim it" that the mayor can win,
 * said Steve Elm.' */
gboolean
px_quote_attribute_after (Found *f, DocScan *ds, GArray *items, gboolean clause_end,
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
    if (!px_quote_is_adverb (&g_array_index (items, Item, k)))
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
  if (!px_quote_item_in (items, j, WR_QUOTING_VERB))
    return FALSE;
  for (guint k = j + 2; k + 1 < n && k <= j + MAX_SUBJECT_ITEMS; k++)
    {
      Item *verb = &g_array_index (items, Item, k + 1);

      if (!px_quote_item_in (items, k, WR_QUOTING_AS))
        continue;
      px_quote_item_fill (ds, verb);
      if (verb->kind != IT_WORD || !(verb->classes & WC_SPEECH_VERB))
        return FALSE;
      px_quote_set_speaker_np (f, ds, items, j + 1, k);
      if (f->kind == SPK_NONE)
        f->kind = SPK_UNKNOWN;
      return TRUE;
    }
  return FALSE;
}

/* Whether items[s, e) hold an appositive set off by commas after a name
 * and closed by a comma before a speech verb, at most
 * MAX_APPOSITIVE_ITEMS from @s: the index of the closing comma, else 0. */
static guint
appositive_end (DocScan *ds, GArray *items, guint s, guint e)
{
  for (guint k = s + 1; k + 1 < e && k < s + MAX_APPOSITIVE_ITEMS; k++)
    {
      const Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_END || it->kind == IT_COLON)
        return 0;
      if (it->kind == IT_COMMA && px_quote_is_verb_at (ds, items, k + 1) &&
          !px_quote_has_ending (WE_PARTICIPLE, g_array_index (items, Item, k + 1).lower) &&
          !px_quote_used_as_noun (ds, items, k + 1))
        return k;
    }
  return 0;
}

/* '"…," Ivo Marsh, a former director of the board and a pilot, said':
 * after a name and its comma right after a quote (items[i…]), an
 * appositive with words no subject holds ("and", a verb of its own)
 * runs up to the comma before the speech verb.  The name said it;
 * FALSE when items[j…] run on to no such verb or no name opens them. */
static gboolean
appositive_then_verb (Found *f, DocScan *ds, GArray *items, guint i, guint j, guint n)
{
  guint c = i, close;
  Found name = { 0 };

  while (c < j && g_array_index (items, Item, c).kind != IT_COMMA)
    c++;
  if (c == i || c >= j || !g_array_index (items, Item, c - 1).cap ||
      g_array_index (items, Item, c - 1).kind != IT_WORD)
    return FALSE;
  close = appositive_end (ds, items, j, n);
  if (close == 0)
    return FALSE;
  px_quote_set_speaker_np (&name, ds, items, i, c);
  if (name.kind != SPK_NAME || name.np_weak)
    {
      g_free (name.np);
      return FALSE;
    }
  px_quote_take_np (f, &name);
  return TRUE;
}

/* '“…,” comments Ann Lee of the board', '“…,” remarks Ivo Marsh': a
 * statement's noun in a verb's form ([statement-nouns], [verb-endings])
 * first after a quote and before a capitalised name is that verb,
 * inverted, as agency and science releases write it; elsewhere it
 * stays a noun ("Ann Lee's comments"). */
static gboolean
inverted_statement_verb (DocScan *ds, GArray *items, guint i, guint n)
{
  Item *it = &g_array_index (items, Item, i);

  if (i + 1 >= n || it->kind != IT_WORD || it->cap || g_array_index (items, Item, i + 1).kind != IT_WORD ||
      !g_array_index (items, Item, i + 1).cap)
    return FALSE;
  px_quote_item_fill (ds, it);
  return (it->classes & WC_STATEMENT) && px_quote_has_ending (WE_FINITE_VERB, it->lower);
}

/* Whether a title stands in items[a, b): "lead researcher and". */
static gboolean
titled_before (GArray *items, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    if (px_quote_is_title (&g_array_index (items, Item, k)))
      return TRUE;
  return FALSE;
}

/* Whether items[i] is a participle in lower case ("noting", "adding"):
 * it opens a clause of its own, no subject in it. */
static gboolean
participle_opens (DocScan *ds, GArray *items, guint i)
{
  Item *it = &g_array_index (items, Item, i);

  if (it->kind != IT_WORD || it->cap)
    return FALSE;
  px_quote_item_fill (ds, it);
  return (it->classes & WC_PARTICIPLE) || px_quote_has_ending (WE_PARTICIPLE, it->lower);
}

static gboolean
attribute_after_clause (Found *f, DocScan *ds, GArray *items, gboolean clause_end,
                        gboolean sentence_goes_on, gboolean to_paragraph_end)
{
  guint n = 0, i = 0;
  gboolean joined = FALSE;

  while (n < items->len && g_array_index (items, Item, n).kind != IT_END)
    n++;
  /* '"…at a coal base." While others welcomed it': after a quote that
   * ends its sentence, one that opens with a conjunction or a
   * preposition is a sentence of its own, no attribution. */
  if (!sentence_goes_on && n > 0 && g_array_index (items, Item, 0).kind == IT_WORD &&
      g_array_index (items, Item, 0).cap)
    {
      Item *first = &g_array_index (items, Item, 0);

      px_quote_item_fill (ds, first);
      if ((first->classes & WC_STOP) && !(first->classes & WC_DETERMINER) && !px_quote_is_pronoun (first) &&
          !px_quote_has_role (first, WR_SUBJECT_PRONOUN) && !(first->classes & WC_SPEECH_VERB))
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
      gboolean cut = FALSE;

      while (c > 0 && g_array_index (items, Item, c - 1).kind != IT_COMMA)
        c--;
      /* 'Ivo Marsh's "excesses" are sickening, Ann Lee said Tuesday in
       * Lima, noting that…': a clause that a participle opens after the
       * attribution is what she went on to say, and the attribution
       * ends at its comma (not "according to"). */
      while (c > 1 && c < n && participle_opens (ds, items, c) &&
             !px_quote_phrase_at (items, c, WR_ACCORDING_TO))
        {
          cut = TRUE;
          n = c - 1;
          for (c = n; c > 0 && g_array_index (items, Item, c - 1).kind != IT_COMMA; c--)
            ;
        }
      /* Only a sentence that goes on after the quote and ends before
       * any other quote, or whose attribution does. */
      if (!sentence_goes_on || (n == items->len && !to_paragraph_end && !cut))
        return FALSE;
      /* ", said Steve Elm, deputy manager of the campaign.": the comma
       * a speech verb follows, before the speaker's appositive. */
      for (guint k = c; k > 1 && n - k < 2 * MAX_SUBJECT_ITEMS; k--)
        if (k < n && g_array_index (items, Item, k - 1).kind == IT_COMMA &&
            px_quote_is_verb (&g_array_index (items, Item, k)))
          {
            c = k;
            break;
          }
      if (c == 0 || n - c > 2 * MAX_SUBJECT_ITEMS ||
          (n - c > MAX_SUBJECT_ITEMS && !px_quote_is_verb (&g_array_index (items, Item, c))))
        return FALSE;
      i = c;
    }
  if (i >= n)
    return FALSE;
  /* '“…,” they said': read on as before, which gives nobody or the
   * people quoted before; the organisation "they" may stand for is
   * sought only when that gives nobody (px-quote-resolution.c). */
  if (px_quote_item_in (items, i, WR_GROUP_PRONOUN))
    {
      guint j = i + 1;

      while (j < n && px_quote_is_adverb (&g_array_index (items, Item, j)))
        j++;
      if (j < n && px_quote_is_verb_at (ds, items, j))
        {
          f->they = TRUE;
          f->they_pos = g_array_index (items, Item, i).start;
        }
    }
  if (px_quote_phrase_at (items, i, WR_ACCORDING_TO))
    {
      px_quote_object_np (f, ds, items, i + px_quote_phrase_at (items, i, WR_ACCORDING_TO) - 1, n);
      return f->kind != SPK_NONE;
    }
  if (px_quote_is_verb_at (ds, items, i) || inverted_statement_verb (ds, items, i, n))
    {
      /* '"…," promising the Friends of Abe would return': what follows
       * a participle is its object; its subject said the quote. */
      if ((g_array_index (items, Item, i).classes & WC_PARTICIPLE) ||
          px_quote_has_ending (WE_PARTICIPLE, g_array_index (items, Item, i).lower))
        return FALSE;
      px_quote_object_np (f, ds, items, i, n);
      return f->kind != SPK_NONE;
    }
  for (guint j = i, limit = i + MAX_SUBJECT_ITEMS; j < n && j < limit; j++)
    {
      const Item *it = &g_array_index (items, Item, j);

      /* '"…," before (optimistically) predicting a win': a participle
       * after a preposition is no clause with a subject; the attribution is
       * elsewhere ('Kasich said "…," before predicting'). */
      if (j > i && px_quote_is_verb_at (ds, items, j) && only_adverbs_between (items, i + 1, j) &&
          g_array_index (items, Item, i).kind == IT_WORD && !g_array_index (items, Item, i).cap &&
          (g_array_index (items, Item, i).classes & (WC_FUNCTION | WC_STOP)) &&
          px_quote_has_ending (WE_PARTICIPLE, it->lower))
        return FALSE;
      /* '"…," the paper quoted witness Devonte Brown as saying': the one
       * quoted said it, not the paper. */
      if (j > i && quoted_as_saying (ds, items, j, n, f))
        return TRUE;
      /* '"…." He declined to say when': a speech verb after "to" with
       * words of its own is what the sentence is about, not who said
       * the quote ('"…," he went on to say.' is). */
      if (j > i && px_quote_is_verb_at (ds, items, j) &&
          px_quote_item_in (items, j - 1, WR_INFINITIVE_MARKER) && j + 1 < n)
        return FALSE;
      /* '"…," including provisions he said would…', '"…" allies,
       * given his comments saying…': a clause after the quote that a
       * participle opens, or a participle's speech verb after a common
       * noun, has no subject that said the quote (a name before the
       * participle may be its speaker). */
      if (j == i && it->kind == IT_WORD && !it->cap && px_quote_has_ending (WE_PARTICIPLE, it->lower))
        return FALSE;
      if (j > i && px_quote_is_verb_at (ds, items, j) && !px_quote_used_as_noun (ds, items, j) &&
          px_quote_has_ending (WE_PARTICIPLE, it->lower) && g_array_index (items, Item, j - 1).kind == IT_WORD &&
          !g_array_index (items, Item, j - 1).cap && !px_quote_is_pronoun (&g_array_index (items, Item, j - 1)))
        return FALSE;
      if (j > i && (px_quote_is_verb_at (ds, items, j) || statement_verb_at (ds, items, j)) &&
          !px_quote_used_as_noun (ds, items, j))
        {
          if (px_quote_is_passive (items, j))
            {
              f->kind = SPK_UNKNOWN;
              return TRUE;
            }
          /* "the singer and guitarist told the crowd, “…”": a subject
           * joined by "and" gives a speaker only when it names one
           * (the quote before may be a title the sentence is about). */
          if (joined)
            {
              Found read = { 0 };

              px_quote_subject_pieces (&read, ds, items, i, j);
              if (read.kind != SPK_NAME)
                {
                  g_free (read.np);
                  return FALSE;
                }
              px_quote_take_np (f, &read);
              f->np_described = read.np_described;
              f->np_owned = read.np_owned;
            }
          else
            px_quote_subject_pieces (f, ds, items, i, j);
          /* '"…" for the town, said Ada Marr': inverted after a phrase.
           * Not after "told" or "asked", whose object is the listener
           * ('"…," Osman-aga, a herder, told the Reuters news agency'). */
          if (f->kind == SPK_NONE && g_array_index (items, Item, j - 1).kind == IT_COMMA &&
              !px_quote_item_in (items, j, WR_LISTENER_VERB) && !px_quote_item_in (items, j, WR_ASKING_VERB))
            px_quote_object_np (f, ds, items, j, n);
          /* "…," a resident wrote: someone, but nobody named. */
          if (f->kind == SPK_NONE)
            f->kind = SPK_UNKNOWN;
          return TRUE;
        }
      /* "Cruz, who has proposed repealing the mandate, said": the
       * relative clause is left out, up to its closing comma. */
      if (it->kind == IT_COMMA && j > i && (px_quote_item_in (items, j + 1, WR_PERSON_RELATIVE) ||
                                            px_quote_item_in (items, j + 1, WR_POSSESSIVE_RELATIVE)))
        {
          guint c = j + 2;

          while (c < n && c < j + MAX_SUBJECT_ITEMS && g_array_index (items, Item, c).kind != IT_COMMA)
            c++;
          if (c < n && g_array_index (items, Item, c).kind == IT_COMMA && c + 1 < n &&
              px_quote_is_verb_at (ds, items, c + 1))
            {
              px_quote_subject_pieces (f, ds, items, i, j);
              if (f->kind == SPK_NONE)
                f->kind = SPK_UNKNOWN;
              return TRUE;
            }
        }
      /* '“…,” chairman, CEO and president Ann Lee said', '“…,” lead
       * researcher and NASA scientist Ivo Marsh said', '“…,” Ann Lee and
       * Ivo Marsh said': "and" between two words of the subject, roles
       * or names, goes on with it (px_quote_set_speaker_np() reads the
       * name after the last role, or both names). */
      if (j > i && j + 1 < n && px_quote_item_in (items, j, WR_CONJUNCTION) &&
          g_array_index (items, Item, j - 1).kind == IT_WORD &&
          g_array_index (items, Item, j + 1).kind == IT_WORD &&
          px_quote_may_be_in_subject (&g_array_index (items, Item, j + 1)) &&
          !px_quote_is_verb_at (ds, items, j + 1))
        {
          joined = TRUE;
          continue;
        }
      /* '“…,” as Ann Lee said': "as" may open the clause. */
      if (!px_quote_may_be_in_subject (it) &&
          !(j + 1 < n && g_array_index (items, Item, j + 1).kind == IT_HYPHEN) &&
          !(j == i && !it->cap && px_quote_item_in (items, j, WR_AS_CLAUSE_OPENER) && j + 1 < n &&
            px_quote_is_name_word (&g_array_index (items, Item, j + 1))))
        return appositive_then_verb (f, ds, items, i, j, n);   /* "the four-term congressman" goes on */
      /* A common noun phrase without a name stays short and starts with
       * a determiner: "one shop owner said", not "and said the city…";
       * roles before a name go on ("former State policy planning
       * director Anne-Marie Slaughter wrote", "lead researcher and
       * planetary scientist Ivo Marsh said"). */
      if (it->kind == IT_WORD && !it->cap && !px_quote_is_pronoun (it) && !px_quote_is_title (it) && j >= i + 4 &&
          !titled_before (items, i, j) &&
          !(g_array_index (items, Item, i).classes & WC_DETERMINER) &&
          !g_array_index (items, Item, i).cap &&
          /* "former Sen. Ivo Marsh of Ohio said": a name's home. */
          !(g_array_index (items, Item, j - 1).cap && px_quote_item_in (items, j, WR_NAME_PREPOSITION)))
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
 * verb ("interjected", "continues", "stood"; px_quote_is_finite_verb()),
 * with @past_aside past an aside that commas set off. */
static gboolean
verb_follows (DocScan *ds, GArray *items, guint32 pos, guint n, gboolean past_aside)
{
  guint i = 0;

  while (i < n && g_array_index (items, Item, i).start < pos)
    i++;
  while (i < n && px_quote_is_np_word (&g_array_index (items, Item, i)))
    i++;
  /* "Ivo Marsh -- as Ann Lee noted -- even taunted…": past an aside
   * between dashes. */
  if (i > 0 && i < n && px_quote_is_dash_at (ds, items, i - 1))
    for (guint d = i; d < n; d++)
      if (px_quote_is_dash_at (ds, items, d))
        {
          for (i = d + 1; i < n && g_array_index (items, Item, i).kind == IT_HYPHEN; i++)
            ;
          break;
        }
  /* "Ada Marr, who phoned in from the set, had a similar experience:":
   * past a relative clause or an appositive that commas set off, inside
   * the sentence; only before a colon that hands the quote on, since a
   * quote inside the sentence may be someone else's words about the
   * subject ("Ada Marr, her career on the line, won because of Ivo
   * Marsh's remark that she was “…”"). */
  if (past_aside && i < n && g_array_index (items, Item, i).kind == IT_COMMA)
    for (guint c = i + 1; c < n && c <= i + MAX_APPOSITIVE_ITEMS; c++)
      {
        ItemKind kind = g_array_index (items, Item, c).kind;

        if (kind == IT_END || kind == IT_COLON)
          break;
        if (kind == IT_COMMA)
          {
            if (c > i + 1)
              i = c + 1;
            break;
          }
      }
  while (i < n && px_quote_is_adverb (&g_array_index (items, Item, i)) &&
         !px_quote_is_finite_verb (g_array_index (items, Item, i).lower))
    i++;
  if (i >= n || g_array_index (items, Item, i).kind != IT_WORD)
    return FALSE;
  px_quote_item_fill (ds, &g_array_index (items, Item, i));
  return !g_array_index (items, Item, i).cap &&
         px_quote_is_finite_verb (g_array_index (items, Item, i).lower);
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

      px_quote_item_fill (ds, it);
      /* "his promise of “…”": his words. */
      pronoun = px_quote_has_role (it, WR_MALE_POSSESSIVE) || px_quote_has_role (it, WR_FEMALE_POSSESSIVE);
      if (!pronoun && (!it->possessive || !px_quote_is_name_word (it)))
        continue;
      for (guint k = i + 1; k < n && k <= i + 3; k++)
        {
          Item *w = &g_array_index (items, Item, k);

          if (w->kind != IT_WORD)
            break;
          px_quote_item_fill (ds, w);
          if (w->cap || !(w->classes & WC_STATEMENT))
            continue;
          if (pronoun)
            {
              f->kind = SPK_PRONOUN;
              f->np = g_strdup (it->lower);   /* its gender: pronoun_gender() */
              f->np_pos = it->start;
              return;
            }
          for (b = i; b > 0 && px_quote_is_np_word (&g_array_index (items, Item, b - 1)) &&
                      !g_array_index (items, Item, b - 1).possessive; b--)
            ;
          px_quote_set_speaker_np (f, ds, items, b, i + 1);
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
  for (b = n - 1; b > 0 && px_quote_is_np_word (&g_array_index (items, Item, b - 1)) &&
              g_array_index (items, Item, b - 1).kind != IT_HYPHEN; b--)
    ;
  if (b > 0 && b < n - 1 &&
      ((g_array_index (items, Item, b - 1).kind == IT_HYPHEN &&
        (b < 2 || g_array_index (items, Item, b - 1).start > g_array_index (items, Item, b - 2).end)) ||
       px_quote_item_in (items, b - 1, WR_SOURCE_PREPOSITION)))
    {
      px_quote_set_speaker_np (f, ds, items, b, n - 1);
      if (f->kind != SPK_NAME)
        {
          g_clear_pointer (&f->np, g_free);
          f->kind = SPK_NONE;
        }
    }
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
  if (i == 0 || !px_quote_item_in (items, i - 1, WR_DEFINITE_ARTICLE))
    return FALSE;
  while (i < n && px_quote_is_np_word (&g_array_index (items, Item, i)))
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
  px_quote_sentence_subject (f, ds, items, n);
  if (f->kind == SPK_NAME && verb_follows (ds, items, f->np_pos, n, FALSE) && px_quote_names_person (ds, f->np) &&
      !modifies_plural (ds, items, f->np_pos, n))
    {
      f->pattern = PATTERN_OWN_WORDS;
      return;
    }
  g_clear_pointer (&f->np, g_free);
  f->kind = SPK_NONE;
}

/* Whether @before, the words of a sentence up to a quote in it, are a
 * participle's phrase that opens the sentence, with no comma yet:
 * "Describing Yida as a", "Calling it", "In explaining why many of
 * those" (a preposition, then the participle). */
static gboolean
opens_with_participle (DocScan *ds, GArray *before, guint t)
{
  Item *first = &g_array_index (before, Item, t);

  for (guint i = t; i < before->len; i++)
    if (g_array_index (before, Item, i).kind != IT_WORD && g_array_index (before, Item, i).kind != IT_HYPHEN)
      return FALSE;
  if (first->kind != IT_WORD || !first->cap)
    return FALSE;
  px_quote_item_fill (ds, first);
  if (px_quote_has_ending (WE_PARTICIPLE, first->lower) && px_quote_opens_with_phrase (ds, before, t))
    return TRUE;
  if (t + 1 < before->len && px_quote_has_role (first, WR_NAME_PREPOSITION))
    {
      Item *second = &g_array_index (before, Item, t + 1);

      px_quote_item_fill (ds, second);
      return second->kind == IT_WORD && !second->cap && px_quote_has_ending (WE_PARTICIPLE, second->lower) &&
             !(second->classes & (WC_STOP | WC_FUNCTION | WC_DETERMINER));
    }
  return FALSE;
}


/* 'Describing Yida as a “very insecure” area, Ken Isaacs expressed
 * worry', 'Calling it “a farce,” she walked out': a quote inside the
 * participle's phrase that opens its sentence is the words of the
 * participle's subject, who is the main clause's: the subject after the
 * phrase's comma (past ", though,"), a person the text names with a
 * verb after the name (as subject_owns_quote() asks), a pronoun or a
 * role.  @before are the words before the quote, @after those after it
 * up to the next quote. */
gboolean
px_quote_participle_opener_subject (Found *f, DocScan *ds, GArray *before, GArray *after)
{
  guint t = 0, c, e;
  const char *close;
  g_autoptr(GArray) main_clause = NULL;

  for (guint i = 0; i < before->len; i++)
    if (g_array_index (before, Item, i).kind == IT_END)
      t = i + 1;
  if (t >= before->len || !opens_with_participle (ds, before, t))
    return FALSE;
  /* The phrase's comma, inside the marks ('“a farce,” she') or after. */
  close = px_quote_before_close (ds, f);
  if (close && *close == ',')
    c = 0;
  else
    {
      for (c = 0; c < after->len && g_array_index (after, Item, c).kind != IT_COMMA; c++)
        if (g_array_index (after, Item, c).kind != IT_WORD)
          return FALSE;
      if (c >= after->len)
        return FALSE;
      c++;
    }
  /* ", though,", ", however," */
  if (c + 1 < after->len && g_array_index (after, Item, c + 1).kind == IT_COMMA)
    {
      Item *w = &g_array_index (after, Item, c);

      px_quote_item_fill (ds, w);
      if (w->kind == IT_WORD && !w->cap && (px_quote_is_adverb (w) || (w->classes & WC_STOP)))
        c += 2;
    }
  for (e = c; e < after->len && g_array_index (after, Item, e).kind != IT_END; e++)
    ;
  if (e <= c)
    return FALSE;
  main_clause = g_array_sized_new (FALSE, FALSE, sizeof (Item), e - c);
  g_array_append_vals (main_clause, &g_array_index (after, Item, c), e - c);
  px_quote_sentence_subject (f, ds, main_clause, main_clause->len);
  if ((f->kind == SPK_NAME && !f->np_weak && verb_follows (ds, main_clause, f->np_pos, main_clause->len, FALSE) &&
       px_quote_names_person (ds, f->np)) ||
      f->kind == SPK_PRONOUN || f->kind == SPK_ROLE)
    {
      f->pattern = PATTERN_SUBJECT;
      return TRUE;
    }
  g_clear_pointer (&f->np, g_free);
  f->kind = SPK_NONE;
  return FALSE;
}

/* Whether the verb at items[v] stands in a relative clause that opens
 * after items[t] and no comma closes before it: "a native who broke
 * into D.C. reporting" reports nothing the sentence's subject said. */
gboolean
px_quote_in_relative_clause (GArray *items, guint t, guint v)
{
  for (guint k = v; k > t; k--)
    {
      const Item *it = &g_array_index (items, Item, k - 1);

      if (it->kind == IT_COMMA || it->kind == IT_END)
        return FALSE;
      if (it->kind == IT_WORD && !it->cap && px_quote_opens_relative_clause (it) &&
          !px_quote_has_role (it, WR_COMPLEMENTIZER))
        return TRUE;
    }
  return FALSE;
}

/* Whether the verb at items[v] stands in a subordinate clause that a
 * [subordinators] word after items[t] opens ("after Ivo Marsh spoke",
 * "when Ivo Marsh railed against it") and that closes, at a comma or the
 * sentence's end, before items[n], where the quote is: 'Mrs. Lee said
 * that when Ms. Marsh railed against it, “she spoke for us”', '“…,” Ann
 * Lee said after Ivo Marsh spoke. “…”' are Ann Lee's words. */
static gboolean
in_subordinate_clause (GArray *items, guint t, guint v, guint n)
{
  guint c = v + 1;

  while (c > t)
    {
      const Item *it = &g_array_index (items, Item, c - 1);

      if (c <= v && (it->kind == IT_COMMA || it->kind == IT_END || it->kind == IT_COLON))
        return FALSE;
      if (it->kind == IT_WORD && px_quote_has_role (it, WR_SUBORDINATOR))
        break;
      c--;
    }
  if (c == t)
    return FALSE;
  for (guint k = v + 1; k <= n && k < items->len; k++)
    {
      const Item *it = &g_array_index (items, Item, k);

      if (it->kind == IT_END)
        return TRUE;
      if (it->kind != IT_COMMA)
        continue;
      /* The comma that hands over to the quote closes the clause only
       * when a speech verb before it tells whose the quote is: 'they
       * laughed when he urged voters, “…”' is his. */
      if (k + 1 == items->len)
        {
          for (guint j = c - 1; j > t; j--)
            if (px_quote_is_verb (&g_array_index (items, Item, j - 1)))
              return TRUE;
          return FALSE;
        }
      /* A comma inside the sentence closes only a clause that opens it
       * ("When Ivo Marsh spoke, Ann Lee shot back: “…”"), and not
       * between two capitalised words ("in Salem, Mass.", "a judge,
       * Ivo Marsh,"), which may go on inside the clause. */
      if (c - 1 == t && k > 0 && !(g_array_index (items, Item, k - 1).cap &&
                                   k + 1 < items->len && g_array_index (items, Item, k + 1).cap))
        return TRUE;
    }
  return FALSE;
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

/* Whether items[v] stands between two dashes of items[0, n). */
static gboolean
in_dash_aside (DocScan *ds, GArray *items, guint v, guint n)
{
  gboolean before = FALSE, after = FALSE;

  for (guint k = 0; k < v && !before; k++)
    before = px_quote_is_dash_at (ds, items, k);
  for (guint k = v + 1; k < n && before && !after; k++)
    after = px_quote_is_dash_at (ds, items, k);
  return before && after;
}


/* "Ryan and Trump will meet, Spicer said, adding, “…”", "…, Nefzi said,
 * adding that “…”": a participle right after a speech clause and its
 * comma goes on from that clause's speaker, not the sentence's subject.
 * Whether @f got a speaker so from the clause before items[v]. */
static gboolean
participle_after_speech (Found *f, DocScan *ds, GArray *items, guint v)
{
  g_autoptr(GArray) head = NULL;
  gboolean speech = FALSE;
  guint u = 0;

  if (v < 2 || g_array_index (items, Item, v - 1).kind != IT_COMMA)
    return FALSE;
  for (guint k = v - 1; k > 0 && !speech; k--)
    {
      const Item *it = &g_array_index (items, Item, k - 1);

      if (it->kind == IT_COMMA || it->kind == IT_END || it->kind == IT_COLON)
        break;
      speech = px_quote_is_verb (it) && !(it->classes & WC_PARTICIPLE) && !px_quote_used_as_noun (ds, items, k - 1);
      u = k - 1;
    }
  /* Not a speech verb of what an earlier one reports: 'Cardin said
   * that Republicans rejected his plan, calling it “…”' is Cardin's,
   * the sentence's subject. */
  for (guint k = u; k > 0 && speech; k--)
    {
      const Item *it = &g_array_index (items, Item, k - 1);

      if (it->kind == IT_END)
        break;
      if (px_quote_is_verb (it) && !px_quote_used_as_noun (ds, items, k - 1))
        return FALSE;
    }
  if (!speech)
    return FALSE;
  head = g_array_sized_new (FALSE, FALSE, sizeof (Item), v - 1);
  g_array_append_vals (head, items->data, v - 1);
  if (px_quote_attribute_before (f, ds, head) &&
      (f->kind == SPK_NAME || f->kind == SPK_PRONOUN || f->kind == SPK_ROLE))
    return TRUE;
  g_clear_pointer (&f->np, g_free);
  f->kind = SPK_NONE;
  return FALSE;
}

/* Whether items[i] opens a phrase that says its subject spoke ("put
 * it"), ending a clause: a comma, a colon or the quote follows it, not
 * more words ("put it on the table"). */
gboolean
px_quote_speech_phrase_at (GArray *items, guint i)
{
  guint n = px_quote_phrase_at (items, i, WR_SPEECH_PHRASE);

  return n > 0 && (i + n == items->len || g_array_index (items, Item, i + n).kind == IT_COMMA ||
                   g_array_index (items, Item, i + n).kind == IT_COLON);
}

/* Whether items[v], in the sentence items[t, n), is a speech verb that
 * says who spoke the sentence: no noun, no passive, no naming verb
 * ("called" says what its own object is called: "a super PAC called
 * Future45", "called him “Little Marco”"), not in a relative or a
 * subordinate clause. */
static gboolean
reports_sentence_at (DocScan *ds, GArray *items, guint t, guint v, guint n)
{
  return px_quote_is_verb (&g_array_index (items, Item, v)) && !px_quote_used_as_noun (ds, items, v) &&
         !px_quote_is_passive (items, v) && !(g_array_index (items, Item, v).classes & WC_NAMING_VERB) &&
         !px_quote_in_relative_clause (items, t, v) && !in_subordinate_clause (items, t, v, n);
}

/* At most how many words stand between a speech verb and the name that
 * opens what it reports ('said that Gov. Ivo Marsh'): no comma, no
 * other verb, no "after" or "when" (a clause of its own: 'tweeted after
 * Ivo Marsh argued'). */
#define MAX_WORDS_TO_REPORTED_SUBJECT 6

/* 'Ann Lee said Ivo Marsh had called it “…”', 'Ann Lee said that Ivo
 * Marsh urged them to be “…”': the name @f found as the subject of the
 * speech verb items[v] opens what an earlier speech verb of someone else
 * reports, and the text leaves it open whose words the quote is, the
 * name's or the reporter's.  The name stays, marked unsure. */
static void
reported_by_another (Found *f, DocScan *ds, GArray *items, guint v)
{
  Found outer = { .pattern = PATTERN_NEARBY };
  guint i = 0, k;

  if (f->kind != SPK_NAME || f->np == NULL)
    return;
  while (i < v && g_array_index (items, Item, i).start < f->np_pos)
    i++;
  if (i >= v || g_array_index (items, Item, i).start != f->np_pos)
    return;
  for (k = i; k > 0 && i - k < MAX_WORDS_TO_REPORTED_SUBJECT; k--)
    {
      const Item *it = &g_array_index (items, Item, k - 1);

      if (it->kind != IT_WORD || px_quote_is_verb (it) || px_quote_has_role (it, WR_SUBORDINATOR))
        break;
    }
  /* A speech verb in a clause of its own ('Ann Lee acknowledged that
   * she erred when she claimed that Ivo Marsh had called…') reports
   * the name's clause all the same. */
  if (k == 0 || !px_quote_is_verb (&g_array_index (items, Item, k - 1)) ||
      px_quote_used_as_noun (ds, items, k - 1) || px_quote_is_passive (items, k - 1) ||
      (g_array_index (items, Item, k - 1).classes & WC_NAMING_VERB))
    return;
  px_quote_subject_of (&outer, ds, items, k - 1);
  if ((outer.kind == SPK_NAME || outer.kind == SPK_PRONOUN || outer.kind == SPK_ROLE) &&
      outer.np != NULL && outer.np_pos < g_array_index (items, Item, k - 1).start &&
      !strstr (outer.np, f->np) && !strstr (f->np, outer.np))
    f->pattern = MIN (f->pattern, PATTERN_SUBJECT);
  g_free (outer.np);
}

/* Whether the naming verb items[v] is a participle in the passive set
 * off by a comma, the name it gives right after it with no object
 * between ("the city's old jail, dubbed the “Harbour Inn” by sailors"):
 * what stands before the comma is what was named, not who named it.
 * Not when an earlier comma of the sentence may open an aside that
 * comma closes ('a port that Ann Lee, for one, called “…”', 'what Ivo
 * Marsh, the mayor, called “…”'): the verb is active there. */
static gboolean
named_after_comma (GArray *items, guint v, guint n)
{
  const Item *verb = &g_array_index (items, Item, v);

  if (v < 2 || g_array_index (items, Item, v - 1).kind != IT_COMMA ||
      !(verb->classes & WC_NAMING_VERB) || verb->cap || !g_str_has_suffix (verb->lower, "ed"))
    return FALSE;
  for (guint k = v + 1; k < n; k++)
    if (!(g_array_index (items, Item, k).classes & WC_DETERMINER))
      return FALSE;
  for (guint k = v - 1; k > 0; k--)
    {
      ItemKind kind = g_array_index (items, Item, k - 1).kind;

      if (kind == IT_END)
        break;
      if (kind == IT_COMMA)
        return FALSE;
    }
  return TRUE;
}

gboolean
px_quote_attribute_before (Found *f, DocScan *ds, GArray *items)
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
      /* The last verb that says who spoke the sentence: a naming verb
       * never does (reports_sentence_at()). */
      for (guint i = s - 1; i > t; i--)
        if (reports_sentence_at (ds, items, t, i - 1, s - 1))
          {
            /* '…, said Ada Marr. "…"', '"…," said Ada Marr, 34, a
             * pilot who … . "…"': the speaker after the verb. */
            if ((i - 1 == t || g_array_index (items, Item, i - 2).kind == IT_COMMA) &&
                !px_quote_item_in (items, i - 1, WR_LISTENER_VERB) &&
                !px_quote_item_in (items, i - 1, WR_ASKING_VERB) &&
                !(g_array_index (items, Item, i - 1).classes & WC_PARTICIPLE) &&
                !(i < items->len && g_array_index (items, Item, i).kind == IT_WORD &&
                  px_quote_item_in (items, i, WR_NAME_PREPOSITION)))
              {
                px_quote_object_np (f, ds, items, i - 1, s - 1);
                f->pattern = PATTERN_NEARBY;
                if (f->kind != SPK_NONE)
                  return TRUE;
                g_clear_pointer (&f->np, g_free);
              }
            px_quote_subject_of (f, ds, items, i - 1);
            /* 'Ann Lee said that for years critics had been predicting
             * a closure. "…"': a speech verb inside what an earlier one
             * reports names no speaker of the quote after; the earlier
             * verb's subject goes on. */
            if (f->kind != SPK_NAME && f->kind != SPK_PRONOUN && f->kind != SPK_ROLE)
              for (guint k = t; k + 1 < i; k++)
                {
                  if (px_quote_item_in (items, k, WR_CONJUNCTION))
                    break;
                  if (reports_sentence_at (ds, items, t, k, s - 1))
                    {
                      g_clear_pointer (&f->np, g_free);
                      f->kind = SPK_NONE;
                      px_quote_subject_of (f, ds, items, k);
                      break;
                    }
                }
            f->pattern = PATTERN_NEARBY;
            return f->kind != SPK_NONE;
          }
      /* 'The board issued a statement on Monday. "…"': the statement
       * its subject put out. */
      for (guint k = t + 2; k + 1 < s; k++)
        {
          Item *noun = &g_array_index (items, Item, k);

          if (noun->kind != IT_WORD || noun->cap)
            continue;
          px_quote_item_fill (ds, noun);
          if (!(noun->classes & WC_STATEMENT) || !px_quote_item_in (items, k - 1, WR_INDEFINITE_ARTICLE) ||
              !px_quote_item_in (items, k - 2, WR_ISSUING_VERB) || g_array_index (items, Item, k - 2).cap)
            continue;
          if (!px_quote_in_relative_clause (items, t, k - 2))
            {
              px_quote_subject_of (f, ds, items, k - 2);
              f->pattern = PATTERN_NEARBY;
              if (f->kind == SPK_NAME || f->kind == SPK_PRONOUN || f->kind == SPK_ROLE)
                return TRUE;
              g_clear_pointer (&f->np, g_free);
              f->kind = SPK_NONE;
            }
          break;
        }
    }
  if (s > 0)
    {
      g_array_remove_range (items, 0, s);
      n = items->len;
    }
  /* Not a plural noun of a verb's form: "give up their claims to…";
   * not a verb in an aside that dashes close before the quote ("Ivo
   * Marsh -- as Ann Lee noted -- taunted her for “…”"); not consent to
   * an act ("agreed to make a payment of “…”"). */
  for (guint i = n; i > 0; i--)
    {
      if (((px_quote_is_verb_at (ds, items, i - 1) && !px_quote_used_as_noun (ds, items, i - 1) &&
            !(px_quote_item_in (items, i - 1, WR_CONSENT_VERB) && px_quote_item_in (items, i, WR_INFINITIVE_MARKER))) ||
           px_quote_phrase_at (items, i - 1, WR_ACCORDING_TO) || px_quote_speech_phrase_at (items, i - 1)) &&
          !in_dash_aside (ds, items, i - 1, n) && !in_subordinate_clause (items, 0, i - 1, n))
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
      /* "… - Mark Blumenthal and Jon Cohen:": two names joined. */
      for (e = b; e < n && (px_quote_is_np_word (&g_array_index (items, Item, e)) ||
                            (e > b && e + 1 < n && px_quote_item_in (items, e, WR_CONJUNCTION) &&
                             !g_array_index (items, Item, e).cap &&
                             g_array_index (items, Item, e - 1).cap &&
                             g_array_index (items, Item, e + 1).cap)); e++)
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
        px_quote_set_speaker_np (f, ds, items, b, e);
      f->pattern = PATTERN_NEARBY;
      /* "Hannity interjected: “…”", "The board was plain in its
       * findings: “…”": a colon hands the quote to the sentence's
       * subject. */
      if (f->kind == SPK_NONE && n > 1 && g_array_index (items, Item, n - 1).kind == IT_COLON)
        colon_source (f, ds, items, n);
      if (f->kind == SPK_NONE && n > 1 && g_array_index (items, Item, n - 1).kind == IT_COLON)
        {
          px_quote_sentence_subject (f, ds, items, n - 1);
          f->pattern = PATTERN_SUBJECT;
          /* Only a person the text names, followed by an English verb
           * ("interjected", "continues", "was"): "Le ministre a dit :"
           * has no subject these lists know. */
          if (f->kind == SPK_NAME && ((!strchr (f->np, ' ') && !px_quote_known_person (ds, f->np)) ||
                                      !verb_follows (ds, items, f->np_pos, n - 1, TRUE)))
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
  if (px_quote_phrase_at (items, v, WR_ACCORDING_TO))
    {
      px_quote_object_np (f, ds, items, v + px_quote_phrase_at (items, v, WR_ACCORDING_TO) - 1, n);
      return f->kind != SPK_NONE;
    }
  /* "As Ann Lee, a pilot, put it:": the phrase's subject, never the
   * words after it. */
  if (px_quote_speech_phrase_at (items, v))
    {
      px_quote_subject_of (f, ds, items, v);
      f->pattern = PATTERN_NEARBY;
      return f->kind != SPK_NONE;
    }
  if (px_quote_is_passive (items, v) || named_after_comma (items, v, n))
    {
      f->kind = SPK_UNKNOWN;
      return TRUE;
    }
  /* "misjudged President Ivo Marsh, having referred to him as a “…”":
   * a perfect participle's clause, whose subject is the sentence's. */
  if ((g_array_index (items, Item, v).classes & WC_PARTICIPLE) ||
      (v > 0 && px_quote_item_in (items, v - 1, WR_PERFECT_AUXILIARY) &&
       px_quote_has_ending (WE_PARTICIPLE, g_array_index (items, Item, v - 1).lower)))
    {
      if (participle_after_speech (f, ds, items, v))
        return TRUE;
      /* "quoted him as saying": the object of "quoted" spoke. */
      if (v >= 2 && px_quote_item_in (items, v - 1, WR_QUOTING_AS))
        for (int q = v - 2; q >= 0; q--)
          if (px_quote_item_in (items, q, WR_QUOTING_VERB))
            {
              px_quote_set_speaker_np (f, ds, items, q + 1, v - 1);
              return f->kind != SPK_NONE;
            }
      /* "with Ada Marr calling it…", ", Ada Marr calling it": a name
       * right before the participle is its subject; not one after a
       * preposition ("of Ada Marr telling", "to Wired explaining"). */
      {
        guint e = v, b, a;

        while (e > 0 && px_quote_is_adverb (&g_array_index (items, Item, e - 1)))
          e--;
        for (b = e; b > 0 && px_quote_is_np_word (&g_array_index (items, Item, b - 1)) &&
                    !g_array_index (items, Item, b - 1).possessive; b--)
          ;
        a = b > 0 && px_quote_item_in (items, b - 1, WR_DEFINITE_ARTICLE) ? b - 1 : b;
        if (e > 0 && b < e && px_quote_is_name_word (&g_array_index (items, Item, e - 1)) &&
            (a == 0 || g_array_index (items, Item, a - 1).kind == IT_COMMA ||
             px_quote_item_in (items, a - 1, WR_PARTICIPLE_CLAUSE_OPENER)))
          {
            px_quote_set_speaker_np (f, ds, items, b, e);
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

          if (it->kind != IT_WORD || it->cap || px_quote_is_pronoun (it))
            break;
          if (px_quote_item_in (items, k - 1, WR_PARTICIPLE_CLAUSE_OPENER) && k < (guint) v)
            return FALSE;
          if (px_quote_is_verb (it))
            break;
        }
      px_quote_sentence_subject (f, ds, items, v);
      f->pattern = PATTERN_NEARBY;
      return f->kind != SPK_NONE;
    }
  if (v > 0 && px_quote_item_in (items, v - 1, WR_INFINITIVE_MARKER))
    {
      px_quote_sentence_subject (f, ds, items, v);   /* "he went on to say that" */
      f->pattern = PATTERN_NEARBY;
      return f->kind != SPK_NONE;
    }
  /* Inverted after a clause: "Because of the schedule, explained
   * Rosenberg, “…”".  Not after "told", whose object is the listener. */
  if ((v == 0 || g_array_index (items, Item, v - 1).kind == IT_COMMA) &&
      !px_quote_item_in (items, v, WR_LISTENER_VERB) && !px_quote_item_in (items, v, WR_ASKING_VERB))
    {
      guint e = px_quote_object_np (f, ds, items, v, n), np_end = e;

      while (e < n && (g_array_index (items, Item, e).kind == IT_COMMA ||
                       g_array_index (items, Item, e).kind == IT_COLON))
        e++;
      /* 'said Fiorina "was involved"': the name is what was said about. */
      if (e >= n && e > np_end && f->kind != SPK_NONE)
        return TRUE;
      /* "The paradox of Nancy, says Carl Anthony, a historian, is that
       * she was “…”": an inverted aside set off by commas inside the
       * sentence; the name in it said the quote. */
      if (v > 0 && f->kind == SPK_NAME && !f->np_weak && np_end < n &&
          g_array_index (items, Item, np_end).kind == IT_COMMA &&
          (guint) v + 1 < n && g_array_index (items, Item, v + 1).cap &&
          f->np_pos == g_array_index (items, Item, v + 1).start)
        return TRUE;
      g_clear_pointer (&f->np, g_free);
      f->kind = SPK_NONE;
    }
  px_quote_subject_of (f, ds, items, v);
  /* "As one worker told Brackley Weekly, “…”": who was told is the
   * listener, never the speaker. */
  /* 'called the Saudis “free riders”': a naming verb's object is whom
   * the words are about; a person the text names, the sentence's
   * subject, said them. */
  if (f->kind == SPK_NONE && (g_array_index (items, Item, v).classes & WC_NAMING_VERB))
    {
      px_quote_sentence_subject (f, ds, items, v);
      if (f->kind == SPK_NAME && !f->np_weak && px_quote_names_person (ds, f->np))
        {
          f->pattern = PATTERN_SUBJECT;
          return TRUE;
        }
      g_clear_pointer (&f->np, g_free);
      f->kind = SPK_NONE;
    }
  if (f->kind == SPK_NONE &&
      !px_quote_item_in (items, v, WR_LISTENER_VERB))
    {
      /* "said Kerry, “…”", not "said the senator can “…”": the words
       * after the verb name the speaker only if they run up to the
       * quote. */
      guint e = px_quote_object_np (f, ds, items, v, n), np_end = e;

      while (e < n && (g_array_index (items, Item, e).kind == IT_COMMA ||
                       g_array_index (items, Item, e).kind == IT_COLON))
        e++;
      /* "and called National Nurses United “one of the sponsors”": a
       * naming verb's object right before the quote is what is named,
       * not who named it (but "so-called" is left as it was). */
      if (e < n || (e == np_end && (g_array_index (items, Item, v).classes & WC_NAMING_VERB) &&
                    !(v >= 2 && g_array_index (items, Item, v - 1).kind == IT_HYPHEN &&
                      px_quote_item_in (items, v - 2, WR_NAME_MARKER))))
        {
          g_clear_pointer (&f->np, g_free);
          f->kind = SPK_NONE;
        }
    }
  if (f->kind == SPK_NONE)
    {
      px_quote_sentence_subject (f, ds, items, v);
      f->pattern = PATTERN_SUBJECT;
    }
  else if (f->np_pos < g_array_index (items, Item, v).start)
    reported_by_another (f, ds, items, v);
  return f->kind != SPK_NONE;
}
