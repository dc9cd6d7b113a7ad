/* test-quotes.c: quotation marks, speakers and groups, case by case
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-quotes.h"
#include "quote-summary.h"

static GPtrArray *
extract (const char *text)
{
  g_autoptr(PxDocument) doc = px_document_new (text, -1, "Test");

  return px_quotes_extract (doc);
}

/* The quotation @words of @text is said by someone, so that it keeps its
 * group even as a term of one or two words, and its speaker is @speaker
 * (NULL: nobody named). */
static void
said_check (const char *text, const char *words, const char *speaker)
{
  g_autoptr(GPtrArray) quotes = extract (text);

  for (guint i = 0; i < quotes->len; i++)
    {
      PxQuote *q = g_ptr_array_index (quotes, i);

      if (!g_str_equal (q->text, words))
        continue;
      g_assert_true (q->flags & PX_QUOTE_ATTRIBUTED);
      g_assert_cmpstr (q->speaker, ==, speaker);
      return;
    }
  g_assert_not_reached ();
}

static void
test_straight_and_curly (void)
{
  quote_check ("\"We are ready to talk,\" Kerry said.", "We are ready to talk|Kerry");
  quote_check ("“We are ready to talk,” said Kerry.", "We are ready to talk|Kerry");
  /* Offsets are those of the words, without marks or the inner comma. */
  {
    const char *text = "He said: “We are ready,” and left.";
    g_autoptr(GPtrArray) quotes = extract (text);
    PxQuote *q;

    g_assert_cmpuint (quotes->len, ==, 1);
    q = g_ptr_array_index (quotes, 0);
    g_assert_cmpint (strncmp (text + q->start, "We are ready", q->end - q->start), ==, 0);
    g_assert_cmpuint (q->end - q->start, ==, strlen ("We are ready"));
  }
}

/* Straight marks as copy spaces them: a closing mark spaced away from a
 * nested quote's closing mark, and an opening mark glued to the colon or
 * the stop before it. */
static void
test_spaced_and_glued_marks (void)
{
  quote_check ("\"People keep telling me, 'Wait for spring,' \" Ada Marr said on Monday. "
               "\"But the ferry has not run since October.\"",
               "People keep telling me, 'Wait for spring,'|Ada Marr / Wait for spring|? / "
               "But the ferry has not run since October.|Ada Marr");
  quote_check ("Councillor Ivo Marsh:\"We asked twice and heard nothing.\"",
               "We asked twice and heard nothing.|Ivo Marsh");
  quote_check ("\"It was all promises,\" said one shop owner who gave no name.\"We were misled.\"",
               "It was all promises|? / We were misled.|?");
  /* Two spaces, as some typesetters leave. */
  quote_check ("''There was a rush on 'Winter Tales,'  '' Ms. Ilves noted, a bookseller. "
               "''That tells me people read again.''",
               "There was a rush on 'Winter Tales,'|Ilves / Winter Tales|? / "
               "That tells me people read again.|Ilves");
  /* Or from a word cut short. */
  quote_check ("The crowd shouted \"Lyin' \" at him and then \"Crooked\" at her.",
               "Lyin'|? / Crooked|?");
}

static void
test_apostrophes (void)
{
  quote_check ("Kerry’s aides don’t like the ’90s. The Iranians’ plan and ISIS’ advance worry them.", "");
  quote_check ("It's the officials' view that the plan won't work, the '90s are over.", "");
  quote_check ("\"Don’t touch Kerry’s car from the ’90s,\" Jones said.",
               "Don’t touch Kerry’s car from the ’90s|Jones");
}

static void
test_single_quotes (void)
{
  quote_check ("Kerry: No Room for Iran: They’re ‘On Their Own’", "On Their Own|Kerry");
  quote_check ("Kerry Won't 'Rule Out' Military Cooperation", "Rule Out|?");
  {
    g_autoptr(GPtrArray) quotes = extract ("Critics call it ‘a bridge to nowhere’.");
    PxQuote *q = g_ptr_array_index (quotes, 0);

    g_assert_cmpuint (quotes->len, ==, 1);
    g_assert_true (q->flags & PX_QUOTE_SINGLE);
    g_assert_false (q->flags & PX_QUOTE_TERM);
  }
}

static void
test_terms (void)
{
  g_autoptr(GPtrArray) quotes = extract ("ISIS is \"threatening\" to the West, he said of the \"caliphate\".");

  g_assert_cmpuint (quotes->len, ==, 2);
  for (guint i = 0; i < quotes->len; i++)
    g_assert_true (((PxQuote *) g_ptr_array_index (quotes, i))->flags & PX_QUOTE_TERM);
}

static void
test_nested (void)
{
  g_autoptr(GPtrArray) quotes =
    extract ("“My grandfather used to say ‘never buy what you can’t afford,’ and we did,” Mayor Ann Lee said.");
  PxQuote *outer, *inner;

  g_assert_cmpuint (quotes->len, ==, 2);
  outer = g_ptr_array_index (quotes, 0);
  inner = g_ptr_array_index (quotes, 1);
  g_assert_cmpstr (outer->text, ==, "My grandfather used to say ‘never buy what you can’t afford,’ and we did");
  g_assert_cmpstr (outer->speaker, ==, "Ann Lee");
  g_assert_cmpstr (inner->text, ==, "never buy what you can’t afford");
  g_assert_true (inner->flags & PX_QUOTE_NESTED);
  g_assert_null (inner->speaker);

  /* A title in double marks inside another, one closing mark for both
   * (or the outer one's lost): the quotation after it is no part of
   * the title. */
  quote_check ("Late that night a demo came in called “Harbour (“Far From Shore”). "
               "“It hit me at once,” Ivo Marsh said.",
               "Harbour (“Far From Shore|? / Far From Shore|? / It hit me at once|Ivo Marsh");
  quote_check ("Late that night a demo came in called \"Harbour (\"Far From Shore\"). "
               "\"It hit me at once,\" Ivo Marsh said.",
               "Harbour (\"Far From Shore|? / Far From Shore|? / It hit me at once|Ivo Marsh");
  /* A nested quote whose closing mark went with the outer one's. */
  quote_check ("\"They kept firing and he went down, holding his leg, screaming, 'please, please. \"\n\n"
               "The officers left.",
               "They kept firing and he went down, holding his leg, screaming, 'please, please.|? / "
               "please, please.|?");
  quote_check ("\"Her audit confirmed that ‘the books were in order,\" Ann Lee said.",
               "Her audit confirmed that ‘the books were in order|Ann Lee / the books were in order|?");
  /* Or that runs on into the next paragraph, one sentence a paragraph:
   * its words in this one are a quote. */
  quote_check ("\"That night I heard a guard shouting, 'Everybody down.\n\n"
               "Stay where you are. '\n\nThen the lights went out,\" Ann Lee said.",
               "That night I heard a guard shouting, 'Everybody down. Stay where you are. ' "
               "Then the lights went out|Ann Lee / Everybody down.|?");
  /* A single mark before an elided word opens no quote. */
  quote_check ("\"Get 'em out of the water, now,\" Ivo Marsh said.",
               "Get 'em out of the water, now|Ivo Marsh");
  /* Double marks nested in double marks, the outer quotation going on. */
  quote_check ("“They called it “the long walk” for a reason,” Ivo Marsh said.",
               "They called it “the long walk” for a reason|Ivo Marsh / the long walk|?");
}

/* The one quotation of @text runs over several paragraphs, with
 * @words, and @speaker when not NULL; it lives as long as the test. */
static PxQuote *
check_one_multi_paragraph (const char *text, const char *words, const char *speaker)
{
  GPtrArray *quotes = extract (text);
  PxQuote *q;

  g_assert_cmpuint (quotes->len, ==, 1);
  q = g_ptr_array_index (quotes, 0);
  g_assert_cmpstr (q->text, ==, words);
  g_assert_true (q->flags & PX_QUOTE_MULTI);
  if (speaker)
    g_assert_cmpstr (q->speaker, ==, speaker);
  g_test_queue_destroy ((GDestroyNotify) g_ptr_array_unref, quotes);
  return q;
}

/* Two straight single marks are one double mark, as the New York Times'
 * archive writes quotations: they open, close, nest, reopen the next
 * paragraph, and the quotation gets its speaker like any other. */
static void
test_mark_pairs (void)
{
  quote_check ("''The bridge will hold,'' said Marta Ilves, the city engineer.",
               "The bridge will hold|Marta Ilves");
  quote_check ("Lars Oberg said: ''They told us, 'Wait for spring.''' Nobody waited.",
               "They told us, 'Wait for spring.'|Lars Oberg / Wait for spring.|?");
  /* Typed after a tokenizer: a space before the pair that ends the quote. */
  quote_check ("\"As I ran, they were yelling, 'Run! ''' a cook said.\n\n"
               "\"It is a sad day,\" the mayor, Ada Marr, said.",
               "As I ran, they were yelling, 'Run! '|? / Run!|? / It is a sad day|Ada Marr");
  check_one_multi_paragraph ("Ines Varga spoke first. ''If the rain holds off, we sail in May.\n\n"
                             "''Nobody should expect miracles,'' she said.",
                             "If the rain holds off, we sail in May. Nobody should expect miracles",
                             "Ines Varga");
  /* Two curly singles, as AP copy closes a double quote. */
  quote_check ("“It was a trick,’’ Ada Marr, head of a fact-checking charity, told the radio. "
               "“And I think it misleads voters.”",
               "It was a trick|Ada Marr / And I think it misleads voters.|Ada Marr");
  quote_check ("‘‘We sail in May,’’ said Ines Varga.", "We sail in May|Ines Varga");
}

static void
test_multi_paragraph (void)
{
  const char *text = "The engineer, Sofia Lindqvist, spoke first. \"If the weather holds, we open in May.\n\n"
                     "\"Nobody should expect miracles, though.\"\n\nThe council then voted.";
  PxQuote *q = check_one_multi_paragraph (text, "If the weather holds, we open in May. "
                                          "Nobody should expect miracles, though.", NULL);

  g_assert_cmpint (strncmp (text + q->start, "If the weather", 14), ==, 0);
  g_assert_cmpint (strncmp (text + q->end - 7, "though.", 7), ==, 0);
}

/* A quotation cut a sentence a paragraph, the later parts without an
 * opening mark, the last one only closing: curly marks and straight ones
 * spaced after the stop, with no attribution after the close. */
static void
test_multi_paragraph_unmarked (void)
{
  check_one_multi_paragraph ("Ada Kern saw it all from her window.\n\n“I could not believe it.\n\n"
                             "There was no reason.\n\nNo false move.”\n\nThe police said otherwise.",
                             "I could not believe it. There was no reason. No false move.", NULL);
  check_one_multi_paragraph ("Lena Holt wrote on Twitter: \"Thrilled for the crew.\n\nWhat a night.\n\n"
                             "Well deserved. \"\n\nThe award is given each spring.",
                             "Thrilled for the crew. What a night. Well deserved.", NULL);
  /* Copy that keeps one sentence a paragraph cuts a long answer into
   * many. */
  check_one_multi_paragraph ("Sam Ode was at the school.\n\n\"We hoped it would be safe.\n\n"
                             "We were twenty in one room.\n\nWe had no light.\n\nWe had no food.\n\n"
                             "Then a shell hit the school.\n\nWindows broke.\n\n"
                             "The children screamed. \"\n\nThe agency protested.",
                             "We hoped it would be safe. We were twenty in one room. We had no light. "
                             "We had no food. Then a shell hit the school. Windows broke. "
                             "The children screamed.", NULL);
  /* The last part's mark spaced after the comma, before a name and a
   * speech verb, with no mark after it: it closes, it opens nothing,
   * though the next paragraph opens with a mark. */
  {
    g_autoptr(GPtrArray) quotes =
      extract ("The firm issued a statement:\n\n\"Repairs will take twelve days.\n\n"
               "A ship is on its way, \"Seacom said in a statement.\n\n"
               "\"The outage hit all traffic to Europe. \"");

    g_assert_cmpuint (quotes->len, ==, 2);
    g_assert_cmpstr (((PxQuote *) g_ptr_array_index (quotes, 0))->text, ==,
                     "Repairs will take twelve days. A ship is on its way");
    g_assert_cmpstr (((PxQuote *) g_ptr_array_index (quotes, 0))->speaker, ==, "Seacom");
  }
}

static void
test_open_at_paragraph_end (void)
{
  g_autoptr(GPtrArray) quotes =
    extract ("Kerry was asked: \"Can you see cooperating with Iran?\n\nAccording to a transcript, he said no.");
  PxQuote *q;

  g_assert_cmpuint (quotes->len, ==, 1);
  q = g_ptr_array_index (quotes, 0);
  g_assert_cmpstr (q->text, ==, "Can you see cooperating with Iran?");
  g_assert_true (q->flags & PX_QUOTE_OPEN);
  g_assert_null (q->speaker);   /* asked of Kerry, not said by him */

  /* The article's last quotation, one sentence a paragraph, lost its
   * closing mark with the article's end: its sentences in the
   * speaker's voice go on to the end... */
  quote_check ("The foreman, Ivo Marsh, spoke to reporters at the gate.\n\n"
               "\"Keep the families in your thoughts - - we are all shaken...\n\n"
               "and I lost two of my oldest friends...\n\n"
               "I will go home and sit with my kids.\n\n"
               "Maybe I can sleep tonight.",
               "Keep the families in your thoughts - - we are all shaken... and I lost two of my "
               "oldest friends... I will go home and sit with my kids. Maybe I can sleep tonight.|Ivo Marsh");
  /* ...but not into the reporter's. */
  quote_check ("The foreman, Ivo Marsh, spoke to reporters at the gate.\n\n"
               "\"Keep the families in your thoughts - - we are all shaken...\n\n"
               "The plant will stay closed until Monday.",
               "Keep the families in your thoughts - - we are all shaken...|Ivo Marsh");
}

static void
test_brackets_and_ellipsis (void)
{
  g_autoptr(GPtrArray) quotes =
    extract ("“Whatever they [the Iranians] do is collateral,” he said. It was “a fantasy … dressed up.”");
  PxQuote *a = g_ptr_array_index (quotes, 0), *b = g_ptr_array_index (quotes, 1);

  g_assert_true (a->flags & PX_QUOTE_INSERTION);
  g_assert_true (b->flags & PX_QUOTE_ELLIPSIS);
}

static void
test_other_languages (void)
{
  quote_check ("Le ministre a dit : « Nous sommes prêts à discuter ».", "Nous sommes prêts à discuter|?");
  quote_check ("Die Kanzlerin sagte: „Wir schaffen das schon“.", "Wir schaffen das schon|?");
  quote_check ("彼は「明日また来ます」と言った。", "明日また来ます|?");
  quote_check ("Er sagte »Wir kommen morgen wieder« und ging.", "Wir kommen morgen wieder|?");
}

static void
test_attribution_patterns (void)
{
  quote_check ("Secretary of State John Kerry said that \"nothing is off the table.\"",
               "nothing is off the table.|John Kerry");
  quote_check ("According to Gen. Martin Dempsey, the army is \"ready for any task.\"",
               "ready for any task.|Martin Dempsey");
  quote_check ("Gen. Martin Dempsey told Congress that the army was \"ready for any task.\"",
               "ready for any task.|Martin Dempsey");
  quote_check ("\"We are ready for any task,\" said Russia’s ambassador to Beirut, Alexander Zasypkin.",
               "We are ready for any task|Alexander Zasypkin");
  quote_check ("Pentagon spokesman Rear Adm. John Kirby spoke to reporters.\n\n"
               "\"There are no plans to consult Iran,\" he said. \"There is no plan.\"",
               "There are no plans to consult Iran|John Kirby / There is no plan.|John Kirby");
  quote_check ("\"It's about time,\" one shop owner said.", "It's about time|?");
  quote_check ("NBC said to Kerry: \"It seems you were caught off guard.\"",
               "It seems you were caught off guard.|NBC");
}

static void
test_pronouns_and_titles (void)
{
  /* A pronoun is the nearest person named whose gender fits: "she" is
   * not the man named last. */
  quote_check ("Mayor Helen Okafor met Governor Tim Walz on Monday. \"We agree on the plan,\" she said.",
               "We agree on the plan|Helen Okafor");
  quote_check ("Mrs. Okafor met Governor Walz on Monday. \"We agree on the plan,\" she said.",
               "We agree on the plan|Okafor");
  /* A man quoted, then a woman named: "he" is still the man. */
  quote_check ("\"The dam is safe,\" said Peter Adler. He met Sandra Voss later.\n\n"
               "\"We checked it twice,\" he said.",
               "The dam is safe|Peter Adler / We checked it twice|Peter Adler");
  /* The only person named is a woman: "he" is left open. */
  quote_check ("Sandra Voss chaired the hearing. \"We checked it twice,\" he said.",
               "We checked it twice|?");
  /* Surnames and roles come back to the full name the document gives. */
  quote_check ("Secretary of State John Kerry arrived in Baghdad.\n\n"
               "\"We are ready to talk,\" the secretary said.\n\n"
               "\"Nothing is decided,\" Kerry added.\n\n"
               "\"We will see,\" said Secretary Kerry.",
               "We are ready to talk|John Kerry / Nothing is decided|John Kerry / We will see|John Kerry");
  /* Nobody named before "he": unknown, not guessed. */
  quote_check ("\"We will see about that,\" he said.", "We will see about that|?");
  /* A title word after a first name is a surname: Peter King, Erik
   * Prince; after "Mr." too, once the article wrote it so. */
  quote_check ("\"It will not be easy,\" said Representative Peter T. King of New York.",
               "It will not be easy|Peter T. King");
  quote_check ("Eric Prince runs the firm.\n\n\"It is risky,\" Mr. Prince said.",
               "It is risky|Eric Prince");
  quote_check ("\"It is risky,\" said Deborah Judge, a lawyer.", "It is risky|Deborah Judge");
  /* Not before a name, nor after a title alone. */
  quote_check ("\"We are ready,\" said King Abdullah.", "We are ready|Abdullah");
  quote_check ("\"We are ready,\" Mr. President said.", "We are ready|?");
}

/* Grouping: documents from strings. */
static GPtrArray *
group_texts (const char * const *texts, PxDocument ***docs_out, guint *n_out)
{
  guint n = g_strv_length ((char **) texts);
  PxDocument **docs = g_new0 (PxDocument *, n);

  for (guint i = 0; i < n; i++)
    docs[i] = px_document_new (texts[i], -1, "Test");
  *docs_out = docs;
  *n_out = n;
  return px_quotes_group (docs, n);
}

static void
free_docs (PxDocument **docs, guint n)
{
  for (guint i = 0; i < n; i++)
    g_object_unref (docs[i]);
  g_free (docs);
}

static const PxQuoteOccurrence *
occ (PxQuoteGroup *group, guint i)
{
  return &g_array_index (group->occurrences, PxQuoteOccurrence, i);
}

/* The texts hold one quotation, in one outlet: @outlet's words, quoted
 * or not, join it to none. */
static void
assert_joins_none (const char * const *texts, guint outlet)
{
  PxDocument **docs;
  guint n;
  g_autoptr(GPtrArray) groups = group_texts (texts, &docs, &n);
  PxQuoteGroup *g;

  g_assert_cmpuint (groups->len, ==, 1);
  g = g_ptr_array_index (groups, 0);
  g_assert_cmpuint (g->occurrences->len, ==, 1);
  g_assert_false (g->carried[outlet]);
  free_docs (docs, n);
}

/* Asserts that the groups of @texts are @expected: each group as its
 * occurrences "article:text" joined by " + ", the groups joined by " / ". */
static void
groups_check (const char * const *texts, const char *expected)
{
  PxDocument **docs;
  guint n;
  g_autoptr(GPtrArray) groups = group_texts (texts, &docs, &n);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint g = 0; g < groups->len; g++)
    {
      PxQuoteGroup *group = g_ptr_array_index (groups, g);

      if (g > 0)
        g_string_append (out, " / ");
      for (guint k = 0; k < group->occurrences->len; k++)
        g_string_append_printf (out, "%s%u:%s", k > 0 ? " + " : "", occ (group, k)->document,
                                occ (group, k)->text);
    }
  g_assert_cmpstr (out->str, ==, expected);
  free_docs (docs, n);
}

/* A quote cut by its attribution ("…," she said, "…") is one quotation,
 * matched whole against an outlet that quotes it without the cut; a
 * second sentence after "she said." is a quotation of its own. */
static void
test_interrupted (void)
{
  const char *texts[] = {
    "\"We will open the bridge in May,\" Mira Holt said on Monday, \"and the ferry will stop "
    "running in June.\"",
    "Mira Holt said: \"We will open the bridge in May and the ferry will stop running in June.\"",
    NULL
  };
  PxDocument **docs;
  guint n;
  g_autoptr(GPtrArray) groups = group_texts (texts, &docs, &n);
  PxQuoteGroup *g;

  quote_check (texts[0], "We will open the bridge in May and the ferry will stop running in "
                         "June.|Mira Holt");
  quote_check ("\"We will open the bridge in May,\" she said. \"The ferry stops in June.\"",
               "We will open the bridge in May|? / The ferry stops in June.|?");
  g_assert_cmpuint (groups->len, ==, 1);
  g = g_ptr_array_index (groups, 0);
  g_assert_cmpuint (g->occurrences->len, ==, 2);
  g_assert_cmpint (occ (g, 0)->match, ==, PX_QUOTE_MATCH_EXACT);
  g_assert_cmpint (occ (g, 1)->match, ==, PX_QUOTE_MATCH_EXACT);
  free_docs (docs, n);
}

static void
test_group_kinds (void)
{
  const char *texts[] = {
    "Secretary of State John Kerry said: \"We are open to any constructive process here that could minimize the violence.\"",
    "\"We’re open to any constructive process here that could minimize the violence,\" Kerry said.",
    "Kerry said they were \"open to any constructive process here.\"",
    "Kerry said: \"We are open to any useful process here that could reduce the violence.\"",
    NULL
  };
  PxDocument **docs;
  guint n;
  g_autoptr(GPtrArray) groups = group_texts (texts, &docs, &n);
  PxQuoteGroup *g;

  g_assert_cmpuint (groups->len, ==, 1);
  g = g_ptr_array_index (groups, 0);
  g_assert_cmpuint (g->occurrences->len, ==, 4);
  g_assert_cmpstr (g->speaker, ==, "John Kerry");
  g_assert_cmpstr (occ (g, 1)->speaker, ==, "John Kerry");   /* named from document 0 */
  g_assert_cmpint (occ (g, 0)->match, ==, PX_QUOTE_MATCH_EXACT);
  /* We’re vs We are: a word changed, however alike. */
  g_assert_cmpint (occ (g, 1)->match, ==, PX_QUOTE_MATCH_VARIANT);
  g_assert_cmpint (occ (g, 2)->match, ==, PX_QUOTE_MATCH_PARTIAL);
  g_assert_cmpint (occ (g, 3)->match, ==, PX_QUOTE_MATCH_VARIANT);
  g_assert_cmpint (g->coverage[2], ==, PX_QUOTE_TRIMMED);
  g_assert_cmpint (g->coverage[3], ==, PX_QUOTE_ALTERED);
  for (guint d = 0; d < n; d++)
    g_assert_true (g->carried[d]);
  free_docs (docs, n);
}

static void
test_group_typography_and_split (void)
{
  const char *texts[] = {
    "\"Let's see what Iran might be willing to do. I think we are open to any process that helps,\" Kerry said.",
    "“LET’S SEE what Iran might be willing to do — I think we are open to any process that helps,” Kerry said.",
    "“Let’s see what Iran might be willing to do,” he said. “I think we are open to any process that helps,” Kerry said.",
    "Nobody else spoke today.",
    NULL
  };
  PxDocument **docs;
  guint n;
  g_autoptr(GPtrArray) groups = group_texts (texts, &docs, &n);
  PxQuoteGroup *g;

  g_assert_cmpuint (groups->len, ==, 1);
  g = g_ptr_array_index (groups, 0);
  g_assert_cmpuint (g->occurrences->len, ==, 4);
  g_assert_cmpint (occ (g, 1)->match, ==, PX_QUOTE_MATCH_EXACT);
  g_assert_cmpint (occ (g, 2)->match, ==, PX_QUOTE_MATCH_PARTIAL);
  g_assert_cmpint (occ (g, 3)->match, ==, PX_QUOTE_MATCH_PARTIAL);
  g_assert_cmpint (g->coverage[2], ==, PX_QUOTE_WHOLE);   /* split, but all there */
  g_assert_cmpint (g->coverage[3], ==, PX_QUOTE_ABSENT);
  g_assert_false (g->carried[3]);
  free_docs (docs, n);
}

static void
test_group_speaker_names (void)
{
  /* Two Nicholses in the group: the name of the one quoting these words. */
  const char *texts[] = {
    "\"I know that the things I've done caused a lot of pain,\" Brian Nichols told the court. Judge Ann Nichols listened.",
    "\"I know that the things I've done caused a lot of pain,\" Nichols said.",
    NULL
  };
  PxDocument **docs;
  guint n;
  g_autoptr(GPtrArray) groups = group_texts (texts, &docs, &n);
  PxQuoteGroup *g;

  g_assert_cmpuint (groups->len, ==, 1);
  g = g_ptr_array_index (groups, 0);
  g_assert_cmpstr (occ (g, 1)->speaker, ==, "Brian Nichols");
  g_assert_cmpstr (g->speaker, ==, "Brian Nichols");
  free_docs (docs, n);
}

static void
test_group_strict (void)
{
  /* Same speaker, same topic, many shared words: different quotes. */
  const char *texts[] = {
    "\"We are open to having conversations with them about the future of Iraq,\" Harf said.",
    "\"We are open to any constructive process here about the future,\" Kerry said.",
    "\"We are not going to be coordinating with them on Iraq,\" Harf said.",
    "\"We are not going to work with the Assad regime on Iraq,\" Harf said.",
    NULL
  };
  PxDocument **docs;
  guint n;
  g_autoptr(GPtrArray) groups = group_texts (texts, &docs, &n);

  g_assert_cmpuint (groups->len, ==, 4);
  for (guint i = 0; i < groups->len; i++)
    {
      PxQuoteGroup *g = g_ptr_array_index (groups, i);
      g_assert_cmpuint (g->occurrences->len, ==, 1);
    }
  free_docs (docs, n);
}

static void
test_group_terms (void)
{
  const char *texts[] = {
    "Kerry Won't 'Rule Out' Cooperation. \"I wouldn't rule out anything constructive,\" he said.",
    "The idea is a \"head-scratcher\" and \"threatening\", Kerry said.",
    "The idea is a \"head-scratcher\" and \"threatening\", Kerry said.",
    "The so-called \"caliphate\" grew. The plan was \"on hold\" for weeks.",
    NULL
  };
  PxDocument **docs;
  guint n;
  g_autoptr(GPtrArray) groups = group_texts (texts, &docs, &n);
  PxQuoteGroup *rule, *head, *threat;

  /* 'Rule Out' joins the quote it comes from; "head-scratcher" is quoted
   * by two outlets; "threatening", one word Kerry is said to have said,
   * is a partial quote with its group; the scare quotes "caliphate" and
   * "on hold", which nobody says, form no group. */
  g_assert_cmpuint (groups->len, ==, 3);
  rule = g_ptr_array_index (groups, 0);
  head = g_ptr_array_index (groups, 1);
  threat = g_ptr_array_index (groups, 2);
  g_assert_cmpstr (occ (threat, 0)->text, ==, "threatening");
  g_assert_cmpuint (threat->occurrences->len, ==, 2);
  g_assert_cmpstr (threat->speaker, ==, "Kerry");
  g_assert_cmpuint (rule->occurrences->len, ==, 2);
  g_assert_cmpint (occ (rule, 0)->match, ==, PX_QUOTE_MATCH_PARTIAL);
  g_assert_cmpuint (head->occurrences->len, ==, 2);
  g_assert_true (head->carried[1] && head->carried[2] && !head->carried[0]);
  free_docs (docs, n);
}

/* A title in quotation marks is not the quotation of someone who names
 * it ("…should be Doctor Who"): quoted alike by two outlets it is a group
 * of its own, and the quotation stays alone. */
static void
test_group_title_terms (void)
{
  const char *texts[] = {
    "Capaldi has appeared on \"Doctor Who\" before.",
    "The actor was a guest on \"Doctor Who\" in 2008.",
    "\"People kept saying so-and-so should be Doctor Who,\" Capaldi said.",
    NULL
  };
  PxDocument **docs;
  guint n;
  g_autoptr(GPtrArray) groups = group_texts (texts, &docs, &n);
  PxQuoteGroup *title, *said;

  g_assert_cmpuint (groups->len, ==, 2);
  title = g_ptr_array_index (groups, 0);
  said = g_ptr_array_index (groups, 1);
  g_assert_cmpuint (title->occurrences->len, ==, 2);
  g_assert_true (title->carried[0] && title->carried[1] && !title->carried[2]);
  g_assert_cmpuint (said->occurrences->len, ==, 1);
  g_assert_cmpstr (said->speaker, ==, "Capaldi");
  free_docs (docs, n);
}

/* A term of one content word ("Doctor Who": "who" is a function word) is
 * found inside another outlet's quotation by chance: it joins none. */
static void
test_group_thin_terms (void)
{
  const char *texts[] = {
    "\"I think the doctor who treated him did well,\" Ann Lee said.",
    "The BBC series \"Doctor Who\" returns in May.",
    NULL
  };

  assert_joins_none (texts, 1);
}

/* A heading's term that its article also writes without marks ("The
 * basic building block…") is the article's word for a thing: it joins no
 * other outlet's quotation that has the words. */
static void
test_group_own_words (void)
{
  const char *texts[] = {
    "Downsized \"Building Block\"\n\nThe basic building block of the system is a small card.",
    "AMD called the platform a \"new server building block\" on Monday.",
    NULL
  };

  assert_joins_none (texts, 0);
}

/* Partial quotes a speech verb in their sentence gives to someone, named
 * or not, have their group; a scare quote in the next sentence has none. */
static void
test_group_said_terms (void)
{
  const char *texts[] = {
    "Rowan Pike calls the mayor a \"coward\" and a \"fraud.\" The \"plan\" stalled.",
    "A spokesman for the mayor called the report \"outrageous.\"",
    NULL
  };
  PxDocument **docs;
  guint n;
  g_autoptr(GPtrArray) groups = group_texts (texts, &docs, &n);

  g_assert_cmpuint (groups->len, ==, 3);
  g_assert_cmpstr (occ (g_ptr_array_index (groups, 0), 0)->text, ==, "coward");
  g_assert_cmpstr (((PxQuoteGroup *) g_ptr_array_index (groups, 0))->speaker, ==, "Rowan Pike");
  g_assert_cmpstr (occ (g_ptr_array_index (groups, 1), 0)->text, ==, "fraud.");
  g_assert_cmpstr (((PxQuoteGroup *) g_ptr_array_index (groups, 1))->speaker, ==, "Rowan Pike");
  g_assert_cmpstr (occ (g_ptr_array_index (groups, 2), 0)->text, ==, "outrageous.");
  g_assert_null (((PxQuoteGroup *) g_ptr_array_index (groups, 2))->speaker);
  free_docs (docs, n);
}

/* Words an article gives to two people are two quotations: Ada Marr's
 * "a lot" is not a piece of Ivo Brandt's quotation, which holds the
 * words.  Nor is a phrase two outlets give surely to two people the same
 * quotation; a quotation two outlets give to two people is (one of them
 * misattributes it). */
static void
test_group_speakers_differ (void)
{
  const char *texts[] = {
    "Ada Marr said the company would fly the rocket \"a lot\" before it carried anyone.\n\n"
    "\"It has a lot of room for cargo and power for the night,\" said Ivo Brandt, who leads the lander team.",
    "Ada Marr said the company would fly it \"a lot\" first.",
    "\"It has a lot of room for cargo and power for the night,\" said Ivo Brandt.\n\n"
    "\"We will start as quickly as possible,\" said Lena Vogt.",
    "\"It has a lot of room for cargo and power for the night,\" said Lena Vogt.\n\n"
    "\"As quickly as possible,\" said Tom Reyes.",
    NULL
  };

  groups_check (texts,
                "0:a lot + 1:a lot / "
                "0:It has a lot of room for cargo and power for the night + "
                "2:It has a lot of room for cargo and power for the night + "
                "3:It has a lot of room for cargo and power for the night / "
                "2:We will start as quickly as possible / "
                "3:As quickly as possible");
}

/* The same word or term that outlets give surely to two people is two
 * partial quotes: each their own. */
static void
test_group_terms_speakers_differ (void)
{
  const char *texts[] = {
    "Rowan Pike called the mayor a \"coward.\" Rowan Pike called the fire a \"total loss.\"",
    "Rowan Pike called him a \"coward.\"",
    "Ann Lee called the senator a \"coward.\" Ann Lee called the season a \"total loss.\"",
    NULL
  };

  groups_check (texts, "0:coward. + 1:coward. / 0:total loss. / 2:coward. / 2:total loss.");
}

/* Only people the outlets surely name tell a phrase's quotations apart:
 * not a pronoun resolved from afar (it may be wrong), nor an
 * organisation, which speaks through a person, nor a lone word, which
 * may be a company's name. */
static void
test_group_speakers_unsure (void)
{
  const char *texts[] = {
    "\"We will start as quickly as possible,\" said Ivo Brandt.",
    "Ada Marr opened the meeting. The council voted twice. Then the hall emptied.\n\n"
    "She said the work would go \"as quickly as possible.\"",
    "The Justice Department called the report \"patently false.\"",
    "\"The report is patently false,\" said Sean Robertson, a spokesman.",
    "Microsoft said the fix \"may affect usability.\"",
    "\"The fix may affect usability,\" said Dustin Childs.",
    NULL
  };

  groups_check (texts,
                "0:We will start as quickly as possible + 1:as quickly as possible. / "
                "2:patently false. + 3:The report is patently false / "
                "4:may affect usability. + 5:The fix may affect usability");
}

/* One word joined by hyphens is one word: a "quid-pro-quo" or a
 * "short-term" stay is not a piece of a quotation that has the words as
 * words of their own, only of one that writes the same word
 * ("single-payer health care"). */
static void
test_group_hyphenated_word (void)
{
  const char *texts[] = {
    "\"He had no sign of a quid pro quo and no short term deal,\" Ada Marr said.\n\n"
    "\"The 'quid-pro-quo' story is over,\" Ada Marr added.",
    "Ada Marr cited the \"short-term\" stays.",
    "\"He had no sign of a quid pro quo and no short term deal,\" Ada Marr said.",
    "Ivo Brandt backed \"single-payer\" care. Critics mocked his \"single-payer health care\" talk.",
    "An \"out-of-band\" patch is rare. \"We will ship an out-of-band patch,\" Lena Vogt said.",
    NULL
  };

  groups_check (texts,
                "0:He had no sign of a quid pro quo and no short term deal + "
                "2:He had no sign of a quid pro quo and no short term deal / "
                "0:The 'quid-pro-quo' story is over / 0:quid-pro-quo / 1:short-term / "
                "3:single-payer + 3:single-payer health care / "
                "4:out-of-band + 4:We will ship an out-of-band patch");
}

/* Words in common that say nothing ("he's going to do", function words
 * and a contraction of one) do not make two quotations one: Sondland's
 * "He's going to do it" is not Trump's "So he's going to do the
 * investigation?". */
static void
test_group_stock_words (void)
{
  const char *texts[] = {
    "\"I heard the President ask, 'So he's going to do the investigation?'\" Ivo Brandt testified. "
    "\"Mr. Sondland replied that 'He's going to do it,' and left.\"",
    NULL
  };

  groups_check (texts,
                "0:I heard the President ask, 'So he's going to do the investigation?' / "
                "0:So he's going to do the investigation? / "
                "0:Mr. Sondland replied that 'He's going to do it,' and left. / 0:He's going to do it");
}

/* Text that came out of a tokenizer, and punctuation where words are
 * expected: nothing is lost and nothing crashes. */
static void
test_sloppy_text (void)
{
  quote_check ("\"The future of Europe is at stake, \"she told a debate.",
               "The future of Europe is at stake|?");
  quote_check ("Chancellor Angela Merkel spoke.\n\n\"The future of Europe is at stake, \"she told a debate.",
               "The future of Europe is at stake|Angela Merkel");
  quote_check ("\"We are ready for this,\" - one official said.", "We are ready for this|?");
  quote_check ("\"We are ready for this,\" -- (AP) said.", "We are ready for this|?");
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) none = px_quotes_group (NULL, 0);
  g_autoptr(GPtrArray) quotes = extract ("");

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (quotes->len, ==, 0);
  quote_check ("\"\" and “  ” are empty, \"unclosed", "unclosed|?");
}

/* Long subjects after the quote: titles with common nouns, appositives
 * and asides between the name and the verb. */
static void
test_subject_after_quote (void)
{
  quote_check ("\"The levee will hold,\" county flood control engineer Nadia Brooks said Friday.",
               "The levee will hold|Nadia Brooks");
  quote_check ("Pavel Ostrowski chairs the board.\n\n\"We voted twice,\" Ostrowski, after a pause, "
               "said of the plan.", "We voted twice|Pavel Ostrowski");
  quote_check ("\"Nobody asked us,\" Greta Lind, a retired teacher from the valley, said.",
               "Nobody asked us|Greta Lind");
  /* A clause that is no subject: nobody named. */
  quote_check ("\"Nobody asked us,\" and the council said nothing more.", "Nobody asked us|?");
}

/* Places, buildings, laws and common words at a sentence's start are
 * no speakers; organisations the text makes speak are. */
static void
test_not_people (void)
{
  quote_check ("Outside the stadium, Lake Harbour said \"we will keep the gates open\" all night.",
               "we will keep the gates open|?");
  quote_check ("New Hampshire said \"the polls close at eight\" and residents waited.",
               "the polls close at eight|?");
  quote_check ("Residents said the mood was \"tense but calm\" and the residents stayed.",
               "tense but calm|?");
  quote_check ("\"We will appeal the ruling,\" the Harbour Authority said.",
               "We will appeal the ruling|Harbour Authority");
}

/* Patterns of news reporting: a quote inside a clause, a subject in
 * pieces or with a relative clause, a verb sharing its subject, verbs
 * that report by judging. */
static void
test_news_patterns (void)
{
  /* A speech verb after a quote that sits inside a clause is not its
   * attribution. */
  quote_check ("Frustrated, Dorothea Quill said she \"could not finish the survey\" before "
               "the board asked her to.", "could not finish the survey|Dorothea Quill");
  quote_check ("Ivo Marsh, the founder of the Lantern Trust, said he had seen \"a steady rise "
               "in volunteers.\"", "a steady rise in volunteers.|Ivo Marsh");
  quote_check ("Ivo Marsh, who runs a bakery on the quay, wrote, \"We open at six every day.\"",
               "We open at six every day.|Ivo Marsh");
  /* The words after the verb are the subject of what was said. */
  quote_check ("Ivo Marsh praised the mayor and said the harbour councillor can \"fix the ferry "
               "timetable\" soon.", "fix the ferry timetable|Ivo Marsh");
  quote_check ("Ivo Marsh criticized the \"paper promises\" of the council.",
               "paper promises|Ivo Marsh");
  quote_check ("Ivo Marsh accused the council of a \"betrayal\".", "betrayal|Ivo Marsh");
  /* Of a subject in pieces, the piece that names a person, not the
   * place, the organisation or the name that qualifies a noun. */
  quote_check ("Nadia Petrov, associate professor of history at the University of Eastbrook, said "
               "the river \"has a longer memory than the town.\"",
               "has a longer memory than the town.|Nadia Petrov");
  quote_check ("When asked about the budget during a Harbour Radio interview in May, Olga Brandt "
               "said, \"We will find the money.\"", "We will find the money.|Olga Brandt");
  quote_check ("In an interview, Tomas Berg, a former Lakeside vice president of sales, said Quill "
               "\"was involved in every decision\" of the firm.", "was involved in every decision|Tomas Berg");
  quote_check ("\"Yes, I back the plan,\" Henry Vale III, founder of the Vale Institute, tells the "
               "Courier.", "Yes, I back the plan|Henry Vale III");
  quote_check ("Mira Cole of Eastbrook, Oregon says she thinks the mayor can win if he keeps "
               "\"doing what he does.\"", "doing what he does.|Mira Cole");
  /* A name before its title, a name before a place or an organisation. */
  quote_check ("\"We open at six,\" said Lena Fisk, Harbourside's night manager.",
               "We open at six|Lena Fisk");
  quote_check ("\"The hall was full,\" said Piet Ruud of the Eastbrook delegation.",
               "The hall was full|Piet Ruud");
  /* A description that refers back to a person named with the title. */
  quote_check ("New Jersey Gov. Chris Christie spoke on Monday.\n\n"
               "\"He went for the easy vote,\" the New Jersey governor said.",
               "He went for the easy vote|Chris Christie");
  quote_check ("Rep. Tom Hale of Ohio campaigned. Tom Hale met voters.\n\n"
               "\"We will win this district,\" the four-term congressman said.",
               "We will win this district|Tom Hale");
  /* After a colon, the subject of the sentence, if the text names it. */
  quote_check ("Dana Okoro chaired the hearing.\n\nOkoro interjected: \"So the budget is final?\"",
               "So the budget is final?|Dana Okoro");
  /* An attribution that ends the sentence covers its quotes; one in the
   * next sentence does not. */
  quote_check ("The mayor \"felt a duty to act\" on the flood, Tomas Varga said.",
               "felt a duty to act|Tomas Varga");
  quote_check ("Floods are \"a real threat\" and \"a burden for farmers,\" Nadia Brooks told the council.",
               "a real threat|Nadia Brooks / a burden for farmers|Nadia Brooks");
  quote_check ("Tomas Varga called the plan \"a mess.\" Later, Ana Reyes, the mayor, said it was fine.",
               "a mess.|Tomas Varga");
  /* A closing mark glued to the next word still closes. */
  quote_check ("Ivo Marsh called the vote \"a political statement\"on Monday and left.",
               "a political statement|Ivo Marsh");
  /* The speaker after the verb, inverted behind a clause. */
  quote_check ("Because of how the council drew the map, explained Ada Marr, \"the east side lost "
               "two seats.\"", "the east side lost two seats.|Ada Marr");
  /* A long appositive between the name and the verb. */
  quote_check ("\"Nothing we do now would change the vote,\" Ivo Marsh, director of the Harbour "
               "Works Project at the cautious Northern Shipping Institute, said on Monday.",
               "Nothing we do now would change the vote|Ivo Marsh");
  /* A relative clause between them. */
  quote_check ("\"The answer is no,\" Marsh, who has opposed the ferry for five years, said at "
               "the time.", "The answer is no|Marsh");
  /* A role, then its name set off by commas, after the verb. */
  quote_check ("\"We treat the month as one long polling day,\" said Marr's deputy campaign "
               "manager, Tomas Varga, in a statement.",
               "We treat the month as one long polling day|Tomas Varga");
  /* Roles of several words before a hyphenated name. */
  quote_check ("\"I have never been prouder,\" former harbour policy planning director "
               "Anne-Marie Lund wrote to the council.",
               "I have never been prouder|Anne-Marie Lund");
  /* A participle after a preposition has no subject: the speaker is
   * the one before the quote. */
  quote_check ("Ivo Marsh cautioned \"let us not get ahead of ourselves,\" before optimistically "
               "predicting a win.", "let us not get ahead of ourselves|Ivo Marsh");
  /* A short quote in a sentence with no speech verb is the words of the
   * one whose statement it is. */
  quote_check ("The board backed Ivo Marsh's scathing criticism that the council \"lied\" about "
               "the ferry.", "lied|Ivo Marsh");
  quote_check ("Voters liked Ada Marr's call for \"a fresh start\" at the harbour.",
               "a fresh start|Ada Marr");
  /* Verbs that report words by judging them, in the present too. */
  quote_check ("Ivo Marsh laments a \"throwaway culture\" in which the poor suffer.",
               "throwaway culture|Ivo Marsh");
  quote_check ("Ivo Marsh staked his campaign on the harbour, portraying the council as \"crooks\" "
               "and cowards.", "crooks|Ivo Marsh");
  /* "his promise of": his words, whoever "he" is. */
  quote_check ("Ivo Marsh spoke last. Voters cheered his promise of \"a fresh start\" at the harbour.",
               "a fresh start|Ivo Marsh");
}

/* A speaker named after the verb behind words that describe them. */
static void
test_description_after_verb (void)
{
  /* Lower-case words of description between the verb and the name. */
  quote_check ("\"We will not close the pool,\" Maria Olsen said.\n\n"
               "\"That is a terrible idea,\" said former city engineer Tom Bauer, who led the office "
               "for a decade.",
               "We will not close the pool|Maria Olsen / That is a terrible idea|Tom Bauer");
  quote_check ("\"The river is rising,\" said retired harbour pilot and union Chairman Ivo Marsh.",
               "The river is rising|Ivo Marsh");
  /* Not a description: what was said about someone. */
  quote_check ("\"We will appeal,\" said the lawyer for Ivo Marsh.", "We will appeal|?");
}

/* The subject comes after an opening phrase and its comma. */
static void
test_opening_phrase (void)
{
  quote_check ("Later in the day, Ada Marr met residents and pledged to \"keep the ferry running.\"",
               "keep the ferry running.|Ada Marr");
  quote_check ("Amid the protests, Ada Marr stayed calm and promised \"a fair hearing.\"",
               "a fair hearing.|Ada Marr");
  quote_check ("Weighing in on the row, Tomas Berg agreed and called the plan \"a waste.\"",
               "a waste.|Tomas Berg");
  /* Lower-case words that describe the subject's name belong to it. */
  quote_check ("Liberal mayoral candidate Ada Marr is releasing an advert that urges voters to "
               "\"send a message\" to the council.", "send a message|Ada Marr");
}

/* Of a subject in pieces, not the piece that opens with a preposition or
 * a participle; of two full names, the one nearer the verb. */
static void
test_subject_not_adverbial (void)
{
  quote_check ("In a swipe against rival candidate Dana Okoro, Ada Marr said the goal was to "
               "\"keep the ferry running.\"", "keep the ferry running.|Ada Marr");
  quote_check ("Talking about Dana Okoro, former harbour master Ivo Marsh told the Courier, "
               "\"She has no plan.\"", "She has no plan.|Ivo Marsh");
  quote_check ("Anthony Vale, president and CEO of Eastbrook Ferry Association stated, "
               "\"It is a math problem.\"", "It is a math problem.|Anthony Vale");
  quote_check ("\"This will be a challenge\" for the mayor, said Ada Marr.",
               "This will be a challenge|Ada Marr");
  /* A surname ending in -ing is still a name. */
  quote_check ("\"We live in Eastbrook,\" Ebeling said.", "We live in Eastbrook|Ebeling");
  quote_check ("As harbour master Ivo Marsh explained, the fees rose, \"which nobody wanted.\"",
               "which nobody wanted.|Ivo Marsh");
}

/* A paragraph that is one quotation takes the speaker of the sentence
 * that ends the paragraph before it, when a speech verb or a colon makes
 * that sentence an attribution. */
static void
test_paragraph_before (void)
{
  quote_check ("Ada Marr said the bridge would have to wait.\n\n\"We have no money this year.\"",
               "We have no money this year.|Ada Marr");
  quote_check ("Ivo Marsh turned to the crowd:\n\n\"We have no money this year.\"",
               "We have no money this year.|Ivo Marsh");
  /* No attribution in the paragraph before: nobody. */
  quote_check ("The bridge was closed on Monday.\n\n\"We have no money this year.\"",
               "We have no money this year.|?");
  /* Not when words follow the quote in its paragraph. */
  quote_check ("Ada Marr said the bridge would wait.\n\n\"We have no money\" was the answer heard "
               "at the meeting.", "We have no money|?");
}

/* Verbs of reporting and their forms: a progressive is no passive; the
 * colon rule knows finite verbs from the word lists. */
static void
test_reporting_verbs (void)
{
  quote_check ("Ada Marr is telling the crowd at the ferry that \"the boats will run.\"",
               "the boats will run.|Ada Marr");
  quote_check ("\"The boats will run on time,\" the Eastbrook Courier reported.",
               "The boats will run on time|Eastbrook Courier");
  quote_check ("\"Will the boats run on time?\" Ivo Marsh pressed.",
               "Will the boats run on time?|Ivo Marsh");
  quote_check ("Ivo Marsh chided the mayor, \"You never take the ferry.\"",
               "You never take the ferry.|Ivo Marsh");
  /* The possessive of a name ending in s, without its own s. */
  quote_check ("\"We are on pace,\" Ivo Marsh, Sanders’ campaign manager, said in a statement. "
               "\"The rest is noise.\"", "We are on pace|Ivo Marsh / The rest is noise.|Ivo Marsh");
  /* A short aside in brackets is no part of the attribution. */
  quote_check ("\"The tide is high,\" Rep. Ada Marr (D-Ore.) said.", "The tide is high|Ada Marr");
  /* A relative clause between the subject and its verb. */
  quote_check ("Ivo Marsh, who lives in a village outside of the county town, Eastbrook, said the "
               "ferry \"must run every day.\"", "must run every day.|Ivo Marsh");
  /* A digest's headline, a dash, then who is quoted. */
  quote_check ("FERRY FARES RISE AGAIN - Ada Marr: \"The boats cost more every year.\"",
               "The boats cost more every year.|Ada Marr");
  /* A finite verb before the colon its ending does not show. */
  quote_check ("Dana Okoro chaired the hearing.\n\nOkoro stood at the lectern: \"The budget is final.\"",
               "The budget is final.|Dana Okoro");
}

/* A quote that opens its sentence without being a clause of its own:
 * the attribution that ends the sentence, past the speaker's
 * appositive; the next quote, a sentence of its own, takes it too. */
/* Verbs of crying out, of hailing and of coining report words as well as
 * "said" does, and a term after them is a partial quote, not a scare
 * quote. */
static void
test_crying_out_verbs (void)
{
  said_check ("The dockers were shouting \"fair pay\" at the gate.", "fair pay", NULL);
  said_check ("Ivo Marsh heralded the deal as a \"breakthrough.\" Others were less sure.",
              "breakthrough.", "Ivo Marsh");
  said_check ("Ada Marr has coined a new phrase, \"harbour drift,\" for it.", "harbour drift",
              "Ada Marr");
  said_check ("Ivo Marsh implied the council was \"hostile\" to ferries.", "hostile", "Ivo Marsh");
  said_check ("Ada Marr gushed about a \"golden age\" for the port.", "golden age", "Ada Marr");
  said_check ("Ivo Marsh vented to his wife that it would be \"incredibly ugly\" at the port.",
              "incredibly ugly", "Ivo Marsh");
}

/* Words in capitals are a title or a name, unless an attribution follows
 * them as a clause of their own: then they were said (or tweeted). */
static void
test_capitals_said (void)
{
  said_check ("Ivo Marsh won the vote.\n\n\"GROWING HARBOUR,\" he declared in a tweet.",
              "GROWING HARBOUR", "Ivo Marsh");
  said_check ("\"Perpetual Motion!\" Ivo Marsh said of the crowds.", "Perpetual Motion!",
              "Ivo Marsh");
  /* A name in capitals given to someone named by a noun and its
   * determiner. */
  said_check ("Ada Marr called her rival \"Senator Marsh\" all evening.", "Senator Marsh",
              "Ada Marr");
  said_check ("Ivo Marsh rails against what he called the Northern \"Iron Ring.\"", "Iron Ring.",
              "Ivo Marsh");
}

/* Whether the term @words of @text is someone's words (@said) or a scare
 * quote or a title, whoever its speaker. */
static void
term_check (const char *text, const char *words, gboolean said)
{
  g_autoptr(GPtrArray) quotes = extract (text);

  for (guint i = 0; i < quotes->len; i++)
    {
      PxQuote *q = g_ptr_array_index (quotes, i);

      if (!g_str_equal (q->text, words))
        continue;
      g_assert_cmpint (!!(q->flags & PX_QUOTE_ATTRIBUTED), ==, said);
      return;
    }
  g_assert_not_reached ();
}

/* A term that something is described, named or known as is someone's
 * words, and so are the terms listed with it and what a crowd cries,
 * even in capitals; after "as" a title in capitals stays a title, and
 * "as" with no verb of describing before it is no cue. */
static void
test_described_as (void)
{
  term_check ("Ivo Marsh still refers to the mayor as \"Ada\" at every meeting.", "Ada", TRUE);
  term_check ("Critics portray the ferry plan as a \"vanity project\" for the port.",
              "vanity project", TRUE);
  term_check ("Old harbours, many of them derisively known as \"rust traps\" or \"gull "
              "farms,\" close each year.", "gull farms", TRUE);
  term_check ("Ada Marr took to the radio to call the plan \"wholly unfunded\" again.",
              "wholly unfunded", TRUE);
  term_check ("Dockers at the gate were chanting \"Marsh Out!\" until noon.",
              "Marsh Out!", TRUE);
  term_check ("It wasn't just the cries of \"Thief!\" at the gate.", "Thief!", TRUE);
  term_check ("The film known as \"Harbour Lights\" opens on Friday.", "Harbour Lights", FALSE);
  term_check ("They came back to the port as \"free\" men.", "free", FALSE);
}

/* An organisation or a place inside a description of the speaker is not
 * the speaker: the name the description is set off from is. */
static void
test_description_holds_organisation (void)
{
  /* The description's name follows a preposition. */
  quote_check ("Ada Marr, a former Treasury official who is now a senior fellow at the Center "
               "for Harbour Development, which works on ferries, said the port was \"not just "
               "one town's affair.\"", "not just one town's affair.|Ada Marr");
  /* A relative clause without commas inside the description. */
  quote_check ("Senator Ivo Marsh, the Alabama Republican who heads the Senate Harbour Committee, "
               "said the fees \"call into question the whole plan.\"",
               "call into question the whole plan.|Ivo Marsh");
  /* A place at the end of a subject that a preposition cut off: the
   * subject is a longer phrase, and no one named. */
  quote_check ("The group that has taken over a swath of western and northern Kessock announced "
               "on Sunday the start of a \"ferry war.\"", "ferry war.|?");
  /* An event or a street named like a person ("Grace Monitor
   * Breakfast") is nobody "she" can be. */
  quote_check ("\"We have lost our way,\" Senator Ada Marr said.\n\nMarr made her remarks during "
               "the Grace Monitor Breakfast this morning in Salem. She recalled that the revolt "
               "began in 2010.\n\n\"I think the ferry will run again.\"",
               "We have lost our way|Ada Marr / I think the ferry will run again.|Ada Marr");
  /* "As" and the name, then the description. */
  quote_check ("As Tom Bauer, an expert on Syria at the Northern Institute, noted, \"Everyone "
               "in the region is just waiting.\"",
               "Everyone in the region is just waiting.|Tom Bauer");
}

static void
test_attribution_ends_sentence (void)
{
  quote_check ("\"He can claim it, but it seems unlikely\" that the mayor can win, said Steve Elm, "
               "deputy manager of the council's 2004 campaign. \"And that is all.\"",
               "He can claim it, but it seems unlikely|Steve Elm / And that is all.|Steve Elm");
  quote_check ("\"We are extremely happy\" about the decision, said Rosa Demo, director of the Nurses "
               "Union, a union that backed the plan.", "We are extremely happy|Rosa Demo");
  quote_check ("\"An awful lot of analysts said no,\" remembered Roy Verl, the former spokesman.",
               "An awful lot of analysts said no|Roy Verl");
  /* "states" after a participle is a noun, no speech verb. */
  quote_check ("Ada Marr said the bill can be \"the best of both worlds,\" giving states more power.",
               "the best of both worlds|Ada Marr");
  /* "said of Cruz": the name after "of" is who it was said about. */
  quote_check ("\"He had a lot of supporters,\" Ada Marr, after a long pause, said of Ivo Marsh. "
               "\"I would be glad to have him here.\"",
               "He had a lot of supporters|Ada Marr / I would be glad to have him here.|Ada Marr");
}

/* The confidence of the @n-th quote's speaker. */
static double
confidence (const char *text, guint n, char **speaker)
{
  g_autoptr(GPtrArray) quotes = extract (text);
  PxQuote *q;

  g_assert_cmpuint (quotes->len, >, n);
  q = g_ptr_array_index (quotes, n);
  *speaker = g_strdup (q->speaker);
  return q->speaker_confidence;
}

static void
test_speaker_confidence (void)
{
  g_autofree char *full = NULL, *pronoun = NULL, *lone = NULL, *none = NULL;
  double c_full, c_pronoun, c_lone, c_none;

  /* A full name next to the speech verb: sure. */
  c_full = confidence ("\"The bridge opens in May,\" said Mira Holt.", 0, &full);
  g_assert_cmpstr (full, ==, "Mira Holt");
  g_assert_cmpfloat (c_full, >=, PX_QUOTE_SPEAKER_SURE);
  g_assert_cmpfloat (c_full, <=, 1.0);
  g_assert_false (px_quote_speaker_is_uncertain (full, c_full));

  /* A pronoun resolved to the last person named: less sure. */
  c_pronoun = confidence ("Mira Holt opened the meeting. The council voted twice. "
                          "\"The bridge opens in May,\" she said.", 0, &pronoun);
  g_assert_cmpstr (pronoun, ==, "Mira Holt");
  g_assert_cmpfloat (c_pronoun, <, c_full);

  /* A lone capitalised word nobody else names: a guess to check. */
  c_lone = confidence ("\"The bridge opens in May,\" said Holt.", 0, &lone);
  g_assert_cmpstr (lone, ==, "Holt");
  g_assert_true (px_quote_speaker_is_uncertain (lone, c_lone));

  /* No speaker: confidence 0, and nothing to mark. */
  c_none = confidence ("The sign read \"Closed until May\".", 0, &none);
  g_assert_null (none);
  g_assert_cmpfloat (c_none, ==, 0.0);
  g_assert_false (px_quote_speaker_is_uncertain (none, c_none));
}

static void
test_group_speaker_confidence (void)
{
  g_autoptr(PxDocument) a = px_document_new ("\"We will rebuild the harbour wall this year,\" "
                                             "said Tomas Varga.", -1, "A");
  g_autoptr(PxDocument) b = px_document_new ("\"We will rebuild the harbour wall this year,\" "
                                             "said Varga.", -1, "B");
  g_autoptr(PxDocument) c = px_document_new ("Ilse Brandt spoke first. \"We will rebuild the "
                                             "harbour wall this year,\" Brandt said.", -1, "C");
  PxDocument *two[] = { a, b };
  PxDocument *three[] = { a, b, c };
  g_autoptr(GPtrArray) agree = px_quotes_group (two, 2);
  g_autoptr(GPtrArray) disagree = px_quotes_group (three, 3);
  PxQuoteGroup *g;

  g_assert_cmpuint (agree->len, ==, 1);
  g = g_ptr_array_index (agree, 0);
  g_assert_cmpstr (g->speaker, ==, "Tomas Varga");
  /* Outlet B's lone "Varga" is as sure as outlet A's full name. */
  g_assert_cmpfloat (g_array_index (g->occurrences, PxQuoteOccurrence, 1).speaker_confidence,
                     >=, PX_QUOTE_SPEAKER_SURE);
  g_assert_false (px_quote_speaker_is_uncertain (g->speaker, g->speaker_confidence));

  /* Outlets naming different people: the group's speaker is in doubt. */
  g_assert_cmpuint (disagree->len, ==, 1);
  g = g_ptr_array_index (disagree, 0);
  g_assert_nonnull (g->speaker);
  g_assert_true (px_quote_speaker_is_uncertain (g->speaker, g->speaker_confidence));
}

/* A quote carried over paragraphs whose last paragraph has no opening
 * mark, closed with the mark typed spaced before the attribution
 * ('…the motors, "she said.'): that mark closes it, and the next
 * paragraph's mark opens the next quote, attribution left out. */
static void
test_closing_mark_before_pronoun (void)
{
  quote_check ("Ada Marr spoke to the crew on Monday.\n\n\"The sailors were calm.\n\n"
               "A search of the boat found the motors, \"she said.\n\n"
               "\"The grenades were thrown overboard.\n\n"
               "The pirates were taken on board, \"she added.",
               "The sailors were calm. A search of the boat found the motors|Ada Marr / "
               "The grenades were thrown overboard. The pirates were taken on board|Ada Marr");
  /* A quote that opens after a comma with "he" as its own first word. */
  quote_check ("Ada Marr was plain about it, \"he said no and he meant it.\"",
               "he said no and he meant it.|Ada Marr");
}

/* Copy that lost a mark: the paragraph after a closed quotation goes on
 * with it and only closes; a nested quote's closing mark spaced after its
 * stop; an opening mark glued to the words on both sides. */
static void
test_lost_marks (void)
{
  quote_check ("“We are glad to have her back,” said Ivo Marsh.\n\n"
               "She is loved in every town and we expect the hall to be as glad as we are.”\n\n"
               "The show opens in March.",
               "We are glad to have her back|Ivo Marsh / "
               "She is loved in every town and we expect the hall to be as glad as we are.|Ivo Marsh");
  /* Not a quotation: no quote in the paragraph before, or no stop. */
  quote_check ("The show opens in March.\n\nShe is loved in every town and the hall is glad.”", "");
  quote_check ("“We are glad,” said Ivo Marsh.\n\nShe is loved in every town” and more.", "We are glad|Ivo Marsh");
  quote_check ("One officer put his hands on his head and said, “‘Oh, no! ’” Ada Marr recalled.",
               "‘Oh, no! ’|? / Oh, no!|?");
  quote_check ("The agency estimates\"at least 40 homes, \"and more were lost in the storm.",
               "at least 40 homes|?");
  quote_check ("Ada Marr spoke warmly about\"joint work between our two towns.\" Then she left.",
               "joint work between our two towns.|Ada Marr");
  /* A mark spaced after a sentence's stop, before the next sentence,
   * with a mark after it to close. */
  quote_check ("\"The pills worked within two days,\" Ada Marr wrote. \" The course lasted a year. "
               "I have stopped them now.\"",
               "The pills worked within two days|Ada Marr / "
               "The course lasted a year. I have stopped them now.|Ada Marr");
  /* A mark spaced on both sides inside a sentence, the next one glued
   * to the word before it as a closing mark is: it opens. */
  quote_check ("In her memoir \" Salt and Tide,\" Ada Marr tells how she sailed her \"little boat\" "
               "round the cape.",
               "Salt and Tide|? / little boat|Ada Marr");
  /* Straight marks nested in straight marks: the one after a speech
   * verb opens the inner quote, it does not close the outer. */
  quote_check ("\"Dealers should know. If somebody walks in and says, \"I'd like ten thousand rounds,\" "
               "well, you might be suspicious,\" Ada Marr said.",
               "Dealers should know. If somebody walks in and says, \"I'd like ten thousand rounds,\" "
               "well, you might be suspicious|Ada Marr / I'd like ten thousand rounds|?");
  /* A mark between two words with no mark after it to close is no quote. */
  quote_check ("The board said the 12\"pipe had burst.", "");
}

/* The words of the quotations of @text, joined by " / ", are @expected:
 * where the marks put them, whoever said them. */
static void
words_check (const char *text, const char *expected)
{
  g_autoptr(GPtrArray) quotes = extract (text);
  g_autoptr(GString) got = g_string_new (NULL);

  for (guint i = 0; i < quotes->len; i++)
    g_string_append_printf (got, "%s%s", i ? " / " : "",
                            ((PxQuote *) g_ptr_array_index (quotes, i))->text);
  g_assert_cmpstr (got->str, ==, expected);
}

/* Copy from a tokenizer (ECB+) glues the first straight mark of a
 * paragraph to the word after it, even where it closes a quotation left
 * open paragraphs before: the mark before the attribution closes it,
 * however short the last part, with a name set off by commas before the
 * speech verb, after a stop and before "said", after a nested quote's
 * end, and after a speech verb that is a noun ("the last say"). */
static void
test_tokenizer_closing_marks (void)
{
  quote_check ("Ada Marr won the final on Sunday.\n\n\"Lee was not easy to beat.\n\n"
               "I'm glad, \"Marr said.",
               "Lee was not easy to beat. I'm glad|Ada Marr");
  quote_check ("Voters went to the polls.\n\n\"It does not matter who wins.\n\n"
               "The mayor has the last say, \"Ivo Marsh, who keeps goats in the hills, told the radio.",
               "It does not matter who wins. The mayor has the last say|Ivo Marsh");
  quote_check ("Shops opened late.\n\n\"I'm tired of sweeping glass every morning.\n\n"
               "It never ends. \"said Lena Holt, who runs a bakery on the square.\n\n"
               "\"The bread is gone, too.\"",
               "I'm tired of sweeping glass every morning. It never ends.|Lena Holt / "
               "The bread is gone, too.|Lena Holt");
  quote_check ("Ivo Marsh remembered the call.\n\n\"He said, 'Take the night train.\n\n"
               "It is faster, ' \"Marsh, recalling the call, told the paper.",
               "He said, 'Take the night train. It is faster, '|Ivo Marsh / Take the night train.|?");
  quote_check ("Ada Marr won again.\n\n\"Job done.\n\nThat's all I can say, \"Marr said.",
               "Job done. That's all I can say|Ada Marr");
  /* An abbreviation's stop ends no attribution. */
  quote_check ("Ivo Marsh heard the shots.\n\n\"It was no ordinary noise.\n\n"
               "You knew something was wrong, \"Mr. Marsh told the radio.",
               "It was no ordinary noise. You knew something was wrong|Ivo Marsh");
  /* A paragraph that opens with reported speech ("Lee said that…") is
   * no quotation that lost its opening mark: its mark opens. */
  words_check ("Coach Ivo Marsh left on Monday.\n\nLee said that in his talks with players, "
               "\"not one of them said they would leave.\n\nThey all want to stay. \"",
               "not one of them said they would leave. They all want to stay.");
  /* A sentence of its own is no name set off: the mark opens. */
  quote_check ("A witness spoke to the radio, \"He was running for his life, telling them to stop.",
               "He was running for his life, telling them to stop.|?");
}

/* A tokenizer (ECB+) glues every other straight mark of a paragraph to
 * the word after it and the others to the word before, whichever they
 * are: the counts of marks tell which close.  A mark spaced before the
 * comma or stop it stands before closes; a mark glued to the word before
 * opens when an odd number of marks follow, one to close it; the last
 * mark of a paragraph closes the straight quote open; and a mark after a
 * number, when the marks are odd in number, is an inch mark. */
static void
test_tokenizer_spaced_marks (void)
{
  words_check ("Ada Marr praised her source.\n\n\"I was impressed.\n\n"
               "My guy knew his stuff, \"Marr wrote in\" Night Trains: A Memoir \"(2006).\n\n"
               "\"The memo was a perfect cover.\"",
               "I was impressed. My guy knew his stuff / Night Trains: A Memoir / "
               "The memo was a perfect cover.");
  words_check ("Her daughter screamed, \"Mommy, I got hit.\n\nSomething hit my back \", "
               "then saying\" help me, help me Mommy \", while her mother held her.",
               "Mommy, I got hit. Something hit my back / help me, help me Mommy");
  words_check ("Police said: \"The fire spread fast through the store.\n\n"
               "It is being treated as suspicious \".\n\nNobody was hurt.",
               "The fire spread fast through the store. It is being treated as suspicious");
  words_check ("The maker called it the \"world's thinnest 17\" laptop, \"at only an inch thick, "
               "and also the\" world's lightest, \"at three pounds.",
               "world's thinnest 17\" laptop / world's lightest");
  words_check ("The new 17 \"Nova laptop brings the line into the new,\" greener \"future.", "greener");
  /* A double mark before a single one ending the paragraph closes. */
  words_check ("Ada Marr took the stand.\n\nAfter the shot, her son cried, \"' Mommy, I got hit.\n\n"
               "Something hit my back. \"'\n\nThe court fell silent.",
               "' Mommy, I got hit. Something hit my back.");
  /* A single mark spaced after the word it ends, before a stop or at
   * the paragraph's end; apostrophes stay what they are. */
  words_check ("Critics called the vote 'a sham '.\n\n"
               "The veterans ' groups and 'rock 'n' roll' fans stayed home in the '90s.\n\n"
               "One poster read 'Pluralism and openness '\n\n"
               "She shed her 'party girl ' image, and the 'old players ' union met.",
               "a sham / rock 'n' roll / n / Pluralism and openness / party girl");
  /* An even count: the mark after a number is a quote's. */
  words_check ("He called the 17 \"beast\" a fine laptop.", "beast");
}

/* A quotation cut into paragraphs whose middle part holds a single
 * quote, and one whose last part closes with a mark spaced after a
 * smiley: both are one quotation. */
static void
test_multi_paragraph_lost_reopening (void)
{
  {
    g_autoptr(GPtrArray) quotes =
      extract ("Asked whether the list was short, Ivo Marsh said: \"Yes.\n\n"
               "The list went 'Ada Marr'.\n\nIt was a very short list. \"");
    PxQuote *outer, *inner;

    g_assert_cmpuint (quotes->len, ==, 2);
    outer = g_ptr_array_index (quotes, 0);
    inner = g_ptr_array_index (quotes, 1);
    g_assert_cmpstr (outer->text, ==, "Yes. The list went 'Ada Marr'. It was a very short list.");
    g_assert_cmpstr (outer->speaker, ==, "Ivo Marsh");
    g_assert_true (outer->flags & PX_QUOTE_MULTI);
    g_assert_cmpstr (inner->text, ==, "Ada Marr");
    g_assert_true (inner->flags & PX_QUOTE_NESTED);
  }
  check_one_multi_paragraph ("Lena Holt added her praise: \"Good choice.\n\nCan't go wrong :)\n\n"
                             "welcome to the crew :) \"",
                             "Good choice. Can't go wrong :) welcome to the crew :)", "Lena Holt");
}

/* A quotation that is its paragraph whole, or one that cries out, is
 * someone's words even when short or in capitals: a reply ("No."), an
 * exclamation ("Oh, God!"). */
static void
test_interjections (void)
{
  said_check ("\"Would we have won without him? \"Ivo Marsh asked.\n\n\"No. \"\n\nThe team won again.",
              "No.", "Ivo Marsh");
  said_check ("The officer put his hands on his head and said, “Oh, God!” Ada Marr recalled.",
              "Oh, God!", "Ada Marr");
  /* A sentence of its own after another. */
  said_check ("\"Hands up! Let me see your hands!\" an officer ordered. \"Step out.\" Nobody moved.",
              "Step out.", NULL);
  /* What a verb of naming or rating gives someone or something, even
   * with a demonstrative for its object, is someone's words. */
  {
    static const char * const texts[] = {
      "Pundits call this the “expectations game” now.",
      "The fact checkers rated both claims “True.” Nobody argued.",
      "Ivo Marsh pronounced the mayor “a friend.” They shook hands.",
    };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autoptr(GPtrArray) quotes = extract (texts[i]);

        g_assert_cmpuint (quotes->len, ==, 1);
        g_assert_true (((PxQuote *) g_ptr_array_index (quotes, 0))->flags & PX_QUOTE_ATTRIBUTED);
      }
  }
  /* A title inside the writer's sentence stays a title. */
  {
    g_autoptr(GPtrArray) quotes = extract ("Ada Marr said she loved “Doctor Who” as a child.");

    g_assert_cmpuint (quotes->len, ==, 1);
    g_assert_false (((PxQuote *) g_ptr_array_index (quotes, 0))->flags & PX_QUOTE_ATTRIBUTED);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quotes/marks", test_straight_and_curly);
  g_test_add_func ("/quotes/apostrophes", test_apostrophes);
  g_test_add_func ("/quotes/spaced-and-glued-marks", test_spaced_and_glued_marks);
  g_test_add_func ("/quotes/single", test_single_quotes);
  g_test_add_func ("/quotes/terms", test_terms);
  g_test_add_func ("/quotes/nested", test_nested);
  g_test_add_func ("/quotes/multi-paragraph", test_multi_paragraph);
  g_test_add_func ("/quotes/multi-paragraph-unmarked", test_multi_paragraph_unmarked);
  g_test_add_func ("/quotes/mark-pairs", test_mark_pairs);
  g_test_add_func ("/quotes/open", test_open_at_paragraph_end);
  g_test_add_func ("/quotes/brackets", test_brackets_and_ellipsis);
  g_test_add_func ("/quotes/languages", test_other_languages);
  g_test_add_func ("/quotes/attribution", test_attribution_patterns);
  g_test_add_func ("/quotes/pronouns-titles", test_pronouns_and_titles);
  g_test_add_func ("/quotes/interrupted", test_interrupted);
  g_test_add_func ("/quotes/group-kinds", test_group_kinds);
  g_test_add_func ("/quotes/group-split", test_group_typography_and_split);
  g_test_add_func ("/quotes/group-speakers", test_group_speaker_names);
  g_test_add_func ("/quotes/group-strict", test_group_strict);
  g_test_add_func ("/quotes/group-terms", test_group_terms);
  g_test_add_func ("/quotes/group-said-terms", test_group_said_terms);
  g_test_add_func ("/quotes/group-title-terms", test_group_title_terms);
  g_test_add_func ("/quotes/group-thin-terms", test_group_thin_terms);
  g_test_add_func ("/quotes/group-own-words", test_group_own_words);
  g_test_add_func ("/quotes/group-speakers-differ", test_group_speakers_differ);
  g_test_add_func ("/quotes/group-terms-speakers-differ", test_group_terms_speakers_differ);
  g_test_add_func ("/quotes/group-speakers-unsure", test_group_speakers_unsure);
  g_test_add_func ("/quotes/group-hyphenated-word", test_group_hyphenated_word);
  g_test_add_func ("/quotes/group-stock-words", test_group_stock_words);
  g_test_add_func ("/quotes/sloppy", test_sloppy_text);
  g_test_add_func ("/quotes/empty", test_empty);
  g_test_add_func ("/quotes/speaker-confidence", test_speaker_confidence);
  g_test_add_func ("/quotes/subject-after-quote", test_subject_after_quote);
  g_test_add_func ("/quotes/not-people", test_not_people);
  g_test_add_func ("/quotes/news-patterns", test_news_patterns);
  g_test_add_func ("/quotes/description-after-verb", test_description_after_verb);
  g_test_add_func ("/quotes/opening-phrase", test_opening_phrase);
  g_test_add_func ("/quotes/subject-not-adverbial", test_subject_not_adverbial);
  g_test_add_func ("/quotes/paragraph-before", test_paragraph_before);
  g_test_add_func ("/quotes/reporting-verbs", test_reporting_verbs);
  g_test_add_func ("/quotes/attribution-ends-sentence", test_attribution_ends_sentence);
  g_test_add_func ("/quotes/crying-out-verbs", test_crying_out_verbs);
  g_test_add_func ("/quotes/capitals-said", test_capitals_said);
  g_test_add_func ("/quotes/description-holds-organisation", test_description_holds_organisation);
  g_test_add_func ("/quotes/group-speaker-confidence", test_group_speaker_confidence);
  g_test_add_func ("/quotes/described-as", test_described_as);
  g_test_add_func ("/quotes/closing-mark-before-pronoun", test_closing_mark_before_pronoun);
  g_test_add_func ("/quotes/lost-marks", test_lost_marks);
  g_test_add_func ("/quotes/multi-paragraph-lost-reopening", test_multi_paragraph_lost_reopening);
  g_test_add_func ("/quotes/tokenizer-closing-marks", test_tokenizer_closing_marks);
  g_test_add_func ("/quotes/tokenizer-spaced-marks", test_tokenizer_spaced_marks);
  g_test_add_func ("/quotes/interjections", test_interjections);
  return g_test_run ();
}
