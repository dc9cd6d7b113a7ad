/* test-word-choice.c: word-choice sets across outlets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-compare.h"
#include "px-export-json.h"
#include "px-word-choice.h"
#include "px-word-choice-private.h"

#include "load-event.h"

static PxComparison *
compare_dir (const char *dir)
{
  g_autoptr(GPtrArray) docs = load_event (dir);
  PxCompareOptions options = { 0 };

  return px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
}

static PxComparison *
compare_texts (const char * const *texts)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  PxCompareOptions options = { 0 };

  for (guint i = 0; texts[i]; i++)
    {
      g_autofree char *outlet = g_strdup_printf ("Outlet %u", i + 1);

      g_ptr_array_add (docs, px_document_new (texts[i], -1, outlet));
    }
  return px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
}

static int
variant_index (const PxWordChoiceSet *set, const char *key)
{
  for (guint v = 0; v < set->variants->len; v++)
    if (g_str_equal (((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->key, key))
      return v;
  return -1;
}

/* The set that has every key of @keys (NULL-terminated), or NULL. */
static const PxWordChoiceSet *
find_set (GPtrArray *sets, const char * const *keys)
{
  for (guint s = 0; s < sets->len; s++)
    {
      const PxWordChoiceSet *set = g_ptr_array_index (sets, s);
      gboolean all = TRUE;

      for (guint k = 0; keys[k] && all; k++)
        all = variant_index (set, keys[k]) >= 0;
      if (all)
        return set;
    }
  return NULL;
}

static void
dump (GPtrArray *sets)
{
  for (guint s = 0; s < sets->len; s++)
    {
      g_autofree char *label = px_word_choice_set_label (g_ptr_array_index (sets, s));

      g_test_message ("set %u: %s", s + 1, label);
    }
}

/* tests/data/events/word-choice: four outlets that share most sentences,
 * with five planted choices and noise that is no choice (numbers, days,
 * "U.S."/"US", "a"/"the", "organiser"/"organizer", "per cent"/"percent",
 * "4%"/"four percent", a paragraph added, one dropped). */
static const char * const planted[][4] = {
  { "insurgents", "rebels", "militants", NULL },
  { "national dockworkers union", "ndu", NULL },
  { "blockade", "shutdown", NULL },
  { "harbour master", "port chief", NULL },
  { "said", "claimed", "insisted", NULL },
};

static void
test_planted (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "events", "word-choice", NULL);
  g_autoptr(PxComparison) cmp = compare_dir (dir);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);
  const PxWordChoiceSet *set;

  dump (sets);
  /* Recall: every planted set is found, whole. */
  for (guint p = 0; p < G_N_ELEMENTS (planted); p++)
    {
      set = find_set (sets, planted[p]);
      g_assert_nonnull (set);
    }
  /* Precision: every set in the top ten is one of them. */
  for (guint s = 0; s < MIN (sets->len, 10); s++)
    {
      gboolean ok = FALSE;

      set = g_ptr_array_index (sets, s);
      for (guint p = 0; p < G_N_ELEMENTS (planted) && !ok; p++)
        {
          ok = TRUE;
          for (guint v = 0; v < set->variants->len && ok; v++)
            {
              const char *key = ((PxWordChoiceVariant *) g_ptr_array_index (set->variants, v))->key;
              gboolean in = FALSE;

              for (guint k = 0; planted[p][k]; k++)
                in |= g_str_equal (planted[p][k], key);
              ok = in;
            }
        }
      g_assert_true (ok);
    }

  /* Who says what: the Daily Ledger (document 1) writes "rebels", the
   * Evening Star (2) "militants", throughout. */
  set = find_set (sets, planted[0]);
  g_assert_cmpint (set->kind, ==, PX_WORD_CHOICE_NAMING);
  g_assert_cmpint (set->preferred[1], ==, variant_index (set, "rebels"));
  g_assert_cmpint (set->preferred[2], ==, variant_index (set, "militants"));
  g_assert_cmpint (set->preferred[0], ==, variant_index (set, "insurgents"));
  g_assert_cmpuint (((PxWordChoiceVariant *) g_ptr_array_index (set->variants, variant_index (set, "rebels")))->counts[1], ==, 3);
  g_assert_cmpuint (((PxWordChoiceVariant *) g_ptr_array_index (set->variants, variant_index (set, "rebels")))->counts[0], ==, 0);
  g_assert_cmpuint (set->n_substitutions, >=, 3);

  set = find_set (sets, planted[4]);
  g_assert_cmpint (set->kind, ==, PX_WORD_CHOICE_ATTRIBUTION);
  g_assert_cmpuint (((PxWordChoiceVariant *) g_ptr_array_index (set->variants, variant_index (set, "claimed")))->counts[1], ==, 3);

  /* The River Post defines the abbreviation: that is evidence too. */
  set = find_set (sets, planted[1]);
  g_assert_true (set->defined);

  /* Consistent choices rank above everything else. */
  g_assert_cmpfloat (((PxWordChoiceSet *) g_ptr_array_index (sets, 0))->score, >=,
                     ((PxWordChoiceSet *) g_ptr_array_index (sets, sets->len - 1))->score);
}

/* Every occurrence's offsets cover the variant's words. */
static void
test_occurrences (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "events", "word-choice", NULL);
  g_autoptr(PxComparison) cmp = compare_dir (dir);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);

  g_assert_cmpuint (sets->len, >, 0);
  for (guint s = 0; s < sets->len; s++)
    {
      const PxWordChoiceSet *set = g_ptr_array_index (sets, s);

      for (guint v = 0; v < set->variants->len; v++)
        {
          const PxWordChoiceVariant *var = g_ptr_array_index (set->variants, v);
          guint total = 0;

          g_assert_cmpuint (var->occurrences->len, ==, var->total);
          for (guint d = 0; d < set->n_documents; d++)
            total += var->counts[d];
          g_assert_cmpuint (total, ==, var->total);
          for (guint o = 0; o < var->occurrences->len; o++)
            {
              const PxWordChoiceOccurrence *occ = &g_array_index (var->occurrences, PxWordChoiceOccurrence, o);
              const char *text = px_document_get_text (px_comparison_get_document (cmp, occ->document), NULL);
              g_autofree char *got = g_utf8_strdown (text + occ->start, occ->end - occ->start);
              g_autofree char *first = g_strndup (var->key, strcspn (var->key, " "));

              g_autofree char *got_first = g_strndup (got, strcspn (got, " "));

              /* "says" counts as "said": forms of one word are one. */
              g_assert_true (g_str_has_prefix (got, first) || px_word_choice_are_forms (got_first, first));
            }
        }
    }
}

/* The sample event: "ISIS" / "ISIL" / the full name, and how outlets
 * introduce the same quotations. */
static void
test_sample (void)
{
  g_autoptr(PxComparison) cmp = compare_dir (g_getenv ("PARALLAX_SAMPLES"));
  GPtrArray *sets = px_comparison_get_word_choice (cmp);
  const char * const isis[] = { "isis", "isil", "islamic state in iraq and syria", NULL };
  const PxWordChoiceSet *set;
  gboolean attribution = FALSE;

  dump (sets);
  set = find_set (sets, isis);
  g_assert_nonnull (set);
  /* Only CNSNews (document 4) writes "ISIL". */
  for (guint d = 0; d < 4; d++)
    g_assert_cmpuint (((PxWordChoiceVariant *) g_ptr_array_index (set->variants, variant_index (set, "isil")))->counts[d], ==, 0);
  g_assert_cmpuint (((PxWordChoiceVariant *) g_ptr_array_index (set->variants, variant_index (set, "isil")))->counts[4], ==, 5);
  for (guint s = 0; s < MIN (sets->len, 3); s++)
    {
      set = g_ptr_array_index (sets, s);
      if (set->kind == PX_WORD_CHOICE_ATTRIBUTION)
        {
          attribution = TRUE;
          g_assert_cmpint (variant_index (set, "said"), >=, 0);
          g_assert_cmpint (variant_index (set, "responded"), >=, 0);
        }
    }
  g_assert_true (attribution);
}

/* Differences that are no choice of words give no set. */
static void
test_trivial (void)
{
  const char * const texts[] = {
    "The ferry left the U.S. harbor at 9:00 on Tuesday with 120 passengers aboard and a crew of ten.\n\n"
    "Officials said the vessel's engine had been repaired in a dock in the capital last month.\n\n"
    "The coast guard organized a search after the ferry stopped answering radio calls near the islands.\n",
    "The ferry left the US harbour at 10:30 on Wednesday with 125 passengers aboard and a crew of twelve.\n\n"
    "Officials said the vessels' engines had been repaired in the dock in the capital last month.\n\n"
    "The Coast Guard organised a search after the ferry stopped answering radio calls near the islands.\n",
    NULL
  };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);

  dump (sets);
  g_assert_cmpuint (sets->len, ==, 0);
}

/* No list for the language (Indonesian here): the core still finds a
 * consistent choice, and learns nothing from mere rewording. */
static void
test_any_language (void)
{
  const char * const texts[] = {
    "Polisi menangkap tiga pemberontak di dekat pelabuhan pada pagi hari setelah baku tembak singkat.\n\n"
    "Warga desa mengatakan pemberontak sering datang ke pasar untuk membeli beras dan bensin.\n\n"
    "Pemerintah daerah berjanji akan membangun jalan baru ke desa itu tahun depan.\n",
    "Polisi menangkap tiga gerilyawan di dekat pelabuhan pada pagi hari setelah baku tembak singkat.\n\n"
    "Warga desa mengatakan gerilyawan sering datang ke pasar untuk membeli beras dan bensin.\n\n"
    "Pemerintah daerah berjanji akan membangun jalan baru ke desa itu tahun depan.\n",
    NULL
  };
  const char * const keys[] = { "pemberontak", "gerilyawan", NULL };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);

  dump (sets);
  g_assert_cmpuint (sets->len, ==, 1);
  g_assert_nonnull (find_set (sets, keys));
}

/* Two people in the same place of a sentence ("Smith" / "Butler"), or
 * a name beside its own abbreviation that the text defines and no
 * outlet swaps ("Harbour Safety Board (HSB)"), are no word choice. */
static void
test_no_choice (void)
{
  const char * const texts[] = {
    "The Harbour Safety Board (HSB) opened an inquiry on Monday into the fire at the old pier.\n\n"
    "Smith caught the winning pass late in the fourth quarter of the game on Sunday.\n\n"
    "The HSB will publish its findings before the end of the summer, a spokesman said.\n\n"
    "Smith ran for another touchdown before the crowd left the cold stadium that night.\n",
    "The Harbour Safety Board opened an inquiry on Monday into the fire at the old pier.\n\n"
    "Butler caught the winning pass late in the fourth quarter of the game on Sunday.\n\n"
    "The HSB will publish its findings before the end of the summer, a spokesman said.\n\n"
    "Butler ran for another touchdown before the crowd left the cold stadium that night.\n",
    NULL
  };
  const char * const people[] = { "smith", "butler", NULL };
  const char * const board[] = { "harbour safety board", "hsb", NULL };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);

  dump (sets);
  g_assert_null (find_set (sets, people));
  g_assert_null (find_set (sets, board));
}

/* Two outlets that build one sentence two ways: the diff pairs words
 * that both sentences have, only in other places ("conviction" / "out"),
 * and that is no renaming. */
static void
test_moved_words (void)
{
  const char * const texts[] = {
    "He was serving life in prison for a 1998 assault conviction in Brazos County after a trial there.\n\n"
    "Prosecutors said the court threw out his conviction last year.\n",
    "He was serving life in prison for a 1998 assault out of Brazos County after a trial there.\n\n"
    "Prosecutors said the court threw his conviction out last year.\n",
    NULL
  };
  const char * const keys[] = { "conviction", "out", NULL };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);

  dump (sets);
  g_assert_null (find_set (sets, keys));
}

/* A word written whole by one outlet and with a hyphen by another
 * ("upmarket" / "up-market") is one word, even where its first piece
 * alone would be a function word: "upmarket jewelry" / "up-market
 * jewellery" is spelling, not naming. */
static void
test_hyphened (void)
{
  const char * const texts[] = {
    "Four men rammed their car into an upmarket jewelry store in central Paris on Monday.\n\n"
    "Police said the upmarket jewelry store had been robbed twice before this year.\n",
    "Four men rammed their car into an up-market jewellery store in central Paris on Monday.\n\n"
    "Police said the up-market jewellery store had been robbed twice before this year.\n",
    NULL
  };
  const char * const trimmed[] = { "upmarket jewelry", "market jewellery", NULL };
  const char * const whole[] = { "upmarket jewelry", "up market jewellery", NULL };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);

  dump (sets);
  g_assert_null (find_set (sets, trimmed));
  g_assert_null (find_set (sets, whole));
}

/* A change that cuts through a hyphenated word on one side only
 * ("large-scale datacenters" / "large data centers") names nothing; nor
 * do words split and joined with a function word among them ("on
 * board" / "onboard"). */
static void
test_split_words (void)
{
  const char * const texts[] = {
    "The firm offers design and operations support for large-scale datacenters around the world.\n\n"
    "Its engineers build large-scale datacenters for banks and governments in Europe.\n\n"
    "The coast guard said officers on board detected a group of five boats near the coast.\n\n"
    "Later the officers on board detected two more boats heading for the port.\n",
    "The firm offers design and operations support for large data centers around the world.\n\n"
    "Its engineers build large data centers for banks and governments in Europe.\n\n"
    "The coast guard said officers onboard detected a group of five boats near the coast.\n\n"
    "Later the officers onboard detected two more boats heading for the port.\n",
    NULL
  };
  const char * const centers[] = { "scale datacenters", "data centers", NULL };
  const char * const board[] = { "board", "onboard", NULL };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);

  dump (sets);
  g_assert_null (find_set (sets, centers));
  g_assert_null (find_set (sets, board));
}

/* One swap is all the evidence, and an outlet writes both words, so they
 * name two things ("the Angels" / "the Times"); a name and its short
 * form ("phone" / "telephone") stay one thing even then. */
static void
test_one_swap (void)
{
  const char * const texts[] = {
    "The Angels made an offer to the first baseman, the Times reported on Monday night.\n\n"
    "The Angels play their first home game in April against Seattle.\n\n"
    "The club said by phone that talks had gone well so far this week.\n\n"
    "Reporters reached the agent by telephone late on Monday.\n",
    "The Angels made an offer to the first baseman, the Angels confirmed on Monday night.\n\n"
    "The Angels play their first home game in April against Seattle.\n\n"
    "The club said by telephone that talks had gone well so far this week.\n\n"
    "Reporters reached the agent by telephone late on Monday.\n",
    NULL
  };
  const char * const angels[] = { "angels", "times", NULL };
  const char * const phone[] = { "phone", "telephone", NULL };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);

  dump (sets);
  g_assert_null (find_set (sets, angels));
  g_assert_nonnull (find_set (sets, phone));
}

/* One swap of two words, each outlet writing its word once: one outlet
 * reworded one sentence, which is no choice, however many other outlets
 * write either word elsewhere ("at the time of the closure"): they took
 * no part in the swap.  Where the two outlets keep to their words
 * throughout, the same one swap is a choice. */
static void
test_one_off (void)
{
  const char *closing[2] = {
    "The mayor said it was a sad time for the whole town after the factory closed on Friday.\n\n",
    "The mayor said it was a sad day for the whole town after the factory closed on Friday.\n\n",
  };
  const char *workers = "Workers gathered outside the gates of the old plant to say goodbye to their colleagues.\n\n";
  const char * const one_off[] = {
    closing[0], closing[1],
    "At the time of the closure the plant employed four hundred people from the valley.\n",
    "Many of them had worked there for a long time, since the plant first opened its doors.\n",
  };
  const char * const keys[] = { "time", "day", NULL };
  const char * const kept_keys[] = { "militants", "fighters", NULL };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PxComparison) cmp = NULL;
  const PxWordChoiceSet *set;
  GPtrArray *sets;

  for (guint i = 0; i < G_N_ELEMENTS (one_off); i++)
    g_ptr_array_add (texts, g_strconcat (i < 2 ? one_off[i] : "", workers, i < 2 ? "" : one_off[i], NULL));
  g_ptr_array_add (texts, NULL);
  cmp = compare_texts ((const char * const *) texts->pdata);
  sets = px_comparison_get_word_choice (cmp);
  dump (sets);
  g_assert_null (find_set (sets, keys));

  /* Two swaps, but in one sentence: one outlet's "get into" against two
   * outlets' "hijack", their sentences not copies of each other.  Still
   * one rewording. */
  {
    const char * const one_place[] = {
      "The flaw allows hackers to hijack the browsers of millions of users, the company warned on Tuesday.\n\n",
      "The flaw allows hackers to hijack the browsers of millions of users, the company warned on Wednesday.\n\n",
      "The flaw allows hackers to get into the browsers of millions of users, the company warned on Tuesday.\n\n",
    };
    const char * const hijack[] = { "hijack", "get", NULL };
    g_autoptr(GPtrArray) texts3 = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(PxComparison) cmp3 = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (one_place); i++)
      g_ptr_array_add (texts3, g_strconcat (one_place[i], workers, NULL));
    g_ptr_array_add (texts3, NULL);
    cmp3 = compare_texts ((const char * const *) texts3->pdata);
    sets = px_word_choice_find (cmp3, NULL);
    dump (sets);
    g_assert_null (find_set (sets, hijack));
    g_ptr_array_unref (sets);

    /* The outlet of "hijack" writes it again, which alone would make
     * the rewording a choice; but it writes "get" too: from one place,
     * one outlet that writes both words is enough to tell two things. */
    g_ptr_array_set_size (texts3, 0);
    for (guint i = 0; i < G_N_ELEMENTS (one_place); i++)
      g_ptr_array_add (texts3, g_strconcat (one_place[i], workers,
                                            i == 0 ? "Users who get the update are safe from any hijack attempt, experts said.\n" : "",
                                            NULL));
    g_ptr_array_add (texts3, NULL);
    g_clear_object (&cmp3);
    cmp3 = compare_texts ((const char * const *) texts3->pdata);
    sets = px_word_choice_find (cmp3, NULL);
    dump (sets);
    g_assert_null (find_set (sets, hijack));
    g_ptr_array_unref (sets);
  }

  /* One swap, but each outlet writes its word again elsewhere. */
  {
    const char * const consistent[] = {
      "The army said the militants attacked a northern base before dawn and withdrew into the hills.\n\n"
      "Villagers said the militants had camped by the river for weeks before the attack.\n",
      "The army said the fighters attacked a northern base before dawn and withdrew into the hills.\n\n"
      "Soldiers later searched the empty camp that the fighters had left beside the water.\n",
      NULL
    };
    const char * const more[] = {
      consistent[0], consistent[1],
      "Police in the capital arrested two militants at a checkpoint on the southern highway.\n",
      NULL
    };
    g_autoptr(PxComparison) cmp2 = compare_texts (consistent);
    g_autoptr(PxComparison) cmp3 = compare_texts (more);
    double score;

    sets = px_comparison_get_word_choice (cmp2);
    dump (sets);
    set = find_set (sets, kept_keys);
    g_assert_nonnull (set);
    g_assert_cmpuint (set->n_substitutions, ==, 1);
    score = set->score;
    /* An outlet that took no part in the swap adds nothing to it. */
    sets = px_comparison_get_word_choice (cmp3);
    set = find_set (sets, kept_keys);
    g_assert_nonnull (set);
    g_assert_cmpfloat (set->score, ==, score);
  }
}

/* JSON: "word_choice" with sets, variants, per-outlet counts and offsets. */
static void
test_json (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "events", "word-choice", NULL);
  g_autoptr(PxComparison) cmp = compare_dir (dir);
  g_autofree char *data = px_json_comparison_to_data (cmp, 0, FALSE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *sets, *variants, *occurrences;
  JsonObject *first, *variant;

  g_assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  sets = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "word_choice");
  g_assert_cmpuint (json_array_get_length (sets), ==, px_comparison_get_word_choice (cmp)->len);
  first = json_array_get_object_element (sets, 0);
  g_assert_nonnull (json_object_get_string_member (first, "kind"));
  g_assert_nonnull (json_object_get_string_member (first, "label"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "preferred")), ==, 4);
  variants = json_object_get_array_member (first, "variants");
  variant = json_array_get_object_element (variants, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (variant, "counts")), ==, 4);
  occurrences = json_object_get_array_member (variant, "occurrences");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, json_object_get_int_member (variant, "total"));
  g_assert_true (json_object_has_member (json_array_get_object_element (occurrences, 0), "start"));
}

/* Two forms of one verb ("said" / "says", "tried" / "try") are tense,
 * not a choice of words, even where they share too few letters to tell:
 * the language's [forms] list says so. */
static void
test_forms (void)
{
  const char * const texts[] = {
    "\"We will rebuild the bridge before the winter comes,\" the mayor said at the town hall on Monday.\n\n"
    "\"Nobody will pay more tax for it,\" the treasurer said to the council members later that evening.\n\n"
    "The engineers tried to open the old lock gates twice before the flood water reached the lower town.\n\n"
    "\"The river is still rising and the roads are closed,\" the police chief said in a statement.\n",
    "\"We will rebuild the bridge before the winter comes,\" the mayor says at the town hall on Monday.\n\n"
    "\"Nobody will pay more tax for it,\" the treasurer says to the council members later that evening.\n\n"
    "The engineers try to open the old lock gates twice before the flood water reached the lower town.\n\n"
    "\"The river is still rising and the roads are closed,\" the police chief says in a statement.\n",
    NULL
  };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);
  const char * const said[] = { "said", "says", NULL };
  const char * const tried[] = { "tried", "try", NULL };

  dump (sets);
  g_assert_null (find_set (sets, said));
  g_assert_null (find_set (sets, tried));
}

/* A unit written out or abbreviated ("kilometres" / "km") is style, as
 * numbers written differently are: no set, however consistent. */
static void
test_units (void)
{
  const char * const texts[] = {
    "The earthquake struck about 40 kilometres south of the coastal town early on Sunday morning.\n\n"
    "Buildings collapsed as far as 12 kilometres from the epicentre, the regional governor told reporters.\n\n"
    "Rescue teams drove 200 kilometres through the night to reach the worst hit villages in the hills.\n",
    "The earthquake struck about 40 km south of the coastal town early on Sunday morning.\n\n"
    "Buildings collapsed as far as 12 km from the epicentre, the regional governor told reporters.\n\n"
    "Rescue teams drove 200 km through the night to reach the worst hit villages in the hills.\n",
    NULL
  };
  g_autoptr(PxComparison) cmp = compare_texts (texts);
  GPtrArray *sets = px_comparison_get_word_choice (cmp);
  const char * const km[] = { "kilometres", "km", NULL };

  dump (sets);
  g_assert_null (find_set (sets, km));
}

/* Words whose keys differ only by punctuation or the symbols an
 * interner drops ("U.S." / "US" / "US$") are one variant, counted
 * together, whichever of them comes first; a primary source's words,
 * which the comparison does not intern, count too. */
static void
test_keys (void)
{
  const char * const texts[] = {
    "The E.U. mission said on Monday that its ships had left the gulf after the talks.\n\n"
    "The EU mission will keep two ships near the coast until the end of the year, officials said.\n\n"
    "Aid of 40 million was pledged by E.U. officials for the port, the ministry said.\n",
    "The European mission said on Monday that its ships had left the gulf after the talks.\n\n"
    "The European mission will keep two ships near the coast until the end of the year, officials said.\n\n"
    "Aid of 40 million was pledged by European officials for the port, the ministry said.\n",
    "The EU mission said on Monday that its ships had left the gulf after the talks.\n",
    NULL
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  PxCompareOptions options = { 0 };
  g_autoptr(PxComparison) cmp = NULL;
  GPtrArray *sets;
  const char * const keys[] = { "eu", "european", NULL };
  const PxWordChoiceSet *set;
  const PxWordChoiceVariant *eu;

  for (guint i = 0; texts[i]; i++)
    {
      g_autofree char *outlet = g_strdup_printf ("Outlet %u", i + 1);

      g_ptr_array_add (docs, px_document_new (texts[i], -1, outlet));
    }
  px_document_set_primary_source (g_ptr_array_index (docs, 2), TRUE);
  cmp = px_comparison_new ((PxDocument **) docs->pdata, docs->len, &options);
  sets = px_comparison_get_word_choice (cmp);
  dump (sets);
  set = find_set (sets, keys);
  g_assert_nonnull (set);
  eu = g_ptr_array_index (set->variants, variant_index (set, "eu"));
  g_assert_cmpuint (eu->counts[0], ==, 3);
  g_assert_cmpuint (eu->counts[1], ==, 0);
  g_assert_cmpuint (eu->counts[2], ==, 1);
}

/* The rows diffed in two shares, the second on a thread, give the very
 * sets that one share gives: the same variants, counts, places and
 * order (the substitutions are taken in the rows' order either way). */
static void
assert_same_sets (GPtrArray *x, GPtrArray *y)
{
  g_assert_cmpuint (x->len, ==, y->len);
  for (guint s = 0; s < x->len; s++)
    {
      const PxWordChoiceSet *a = g_ptr_array_index (x, s), *b = g_ptr_array_index (y, s);

      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpuint (a->n_substitutions, ==, b->n_substitutions);
      g_assert_cmpint (a->defined, ==, b->defined);
      g_assert_cmpfloat (a->score, ==, b->score);
      g_assert_cmpuint (a->variants->len, ==, b->variants->len);
      g_assert_cmpmem (a->preferred, a->n_documents * sizeof (int), b->preferred, b->n_documents * sizeof (int));
      for (guint v = 0; v < a->variants->len; v++)
        {
          const PxWordChoiceVariant *va = g_ptr_array_index (a->variants, v), *vb = g_ptr_array_index (b->variants, v);

          g_assert_cmpstr (va->key, ==, vb->key);
          g_assert_cmpstr (va->text, ==, vb->text);
          g_assert_cmpuint (va->total, ==, vb->total);
          g_assert_cmpmem (va->counts, a->n_documents * sizeof (guint), vb->counts, b->n_documents * sizeof (guint));
          g_assert_cmpmem (va->occurrences->data, va->occurrences->len * sizeof (PxWordChoiceOccurrence),
                           vb->occurrences->data, vb->occurrences->len * sizeof (PxWordChoiceOccurrence));
        }
    }
}

static void
test_parts (void)
{
  g_autofree char *planted_dir = g_test_build_filename (G_TEST_DIST, "data", "events", "word-choice", NULL);
  const char *dirs[] = { g_getenv ("PARALLAX_SAMPLES"), planted_dir };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autoptr(PxComparison) cmp = compare_dir (dirs[i]);
      g_autoptr(GPtrArray) one = px_word_choice_find_in_parts (cmp, NULL, 1);
      g_autoptr(GPtrArray) two = px_word_choice_find_in_parts (cmp, NULL, 2);

      g_assert_cmpuint (one->len, >, 0);
      assert_same_sets (one, two);
      assert_same_sets (one, px_comparison_get_word_choice (cmp));
    }
}

/* The sets of the sample event and of the planted one are the same
 * with and without what @tuning skips. */
static void
assert_same_on_events (PxWordChoiceTuning tuning)
{
  g_autofree char *planted_dir = g_test_build_filename (G_TEST_DIST, "data", "events", "word-choice", NULL);
  const char *dirs[] = { g_getenv ("PARALLAX_SAMPLES"), planted_dir };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autoptr(PxComparison) event = compare_dir (dirs[i]);
      g_autoptr(GPtrArray) with = px_word_choice_find_with (event, NULL, 0, 0);
      g_autoptr(GPtrArray) without = px_word_choice_find_with (event, NULL, 0, tuning);

      g_assert_cmpuint (with->len, >, 0);
      assert_same_sets (with, without);
    }
}

/* The same swap between many pairs of outlets: each pair's is
 * evidence, counted once per pair and paragraph, whether its checks
 * are worked out once for the two sides' words (the cache) or every
 * time; and the sets are the same either way, here and on the sample
 * and the planted event. */
static void
test_swap_cache (void)
{
  const char * const keys[] = { "militants", "fighters", NULL };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PxComparison) cmp = NULL;
  g_autoptr(GPtrArray) cached = NULL, uncached = NULL;
  const PxWordChoiceSet *set;

  /* Six outlets, three of each word; each paragraph also differs by a
   * number of its own, so that no two outlets' paragraphs are copies
   * (copies are compared once). */
  for (guint i = 0; i < 6; i++)
    {
      const char *word = i % 2 == 0 ? "militants" : "fighters";

      g_ptr_array_add (texts, g_strdup_printf (
        "The army said the %s attacked a northern base before dawn and withdrew into the hills "
        "after a long fight with soldiers, leaving %u vehicles burning near the gate.\n\n"
        "Villagers told reporters that the %s had camped beside the river for weeks, and that "
        "about %u families fled south to the capital when the shooting began.\n",
        word, 10 + i, word, 200 + 10 * i));
    }
  g_ptr_array_add (texts, NULL);
  cmp = compare_texts ((const char * const *) texts->pdata);
  cached = px_word_choice_find_with (cmp, NULL, 1, 0);
  uncached = px_word_choice_find_with (cmp, NULL, 1, PX_WORD_CHOICE_NO_CACHE);
  dump (cached);
  set = find_set (cached, keys);
  g_assert_nonnull (set);
  /* Nine pairs of outlets that differ, in two paragraphs. */
  g_assert_cmpuint (set->n_substitutions, ==, 18);
  assert_same_sets (cached, uncached);

  assert_same_on_events (PX_WORD_CHOICE_NO_CACHE);
}

/* Cells of one length are told from the places where they differ
 * (near_copy()): reworded in place ("militants" / "fighters"), with a
 * word of a place standing between the places on the other side ("noon":
 * then diffed),
 * sharing too little ("gunmen" paragraphs against their rewrites), with
 * more places than are told apart that way, or the same but for case.
 * The sets must be the same as when every pair of cells is compared
 * the general way, here and on the sample and the planted event. */
static void
test_near_copies (void)
{
  const char * const keys[] = { "militants", "fighters", NULL };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PxComparison) cmp = NULL;
  g_autoptr(GPtrArray) near = NULL, general = NULL;
  const PxWordChoiceSet *set;

  for (guint i = 0; i < 6; i++)
    {
      const char *word = i % 2 == 0 ? "militants" : "fighters";

      g_ptr_array_add (texts, g_strdup_printf (
        "The army said the %s attacked a northern base before dawn and withdrew into the hills "
        "after a long fight with soldiers, leaving %u vehicles burning near the gate.\n\n"
        "%s"
        "Police said the %s fired at the checkpoint near noon and the police answered from the "
        "roof of the customs house before %s.\n\n"
        "%s"
        "Villagers told reporters that the %s had camped beside the river for weeks, and that "
        "about %u families fled south to the capital when the shooting began.\n\n"
        "Officials in the capital said the %s would face trial and that the border crossing "
        "would reopen on Friday once engineers had checked the damaged road.\n",
        word, 10 + i,
        i == 4 ? "Gunmen stormed a market near the station, shooting at traders and shoppers "
                 "before escaping in two stolen cars.\n\n"
               : "Traders said attackers burned stalls along the canal, firing on crowds and "
                 "customers then fleeing inside three pickup trucks.\n\n",
        word, i == 5 ? "noon" : "dawn",
        i % 3 == 0 ? "Everyone agreed that the long and cold winter had been hard on farms, roads, "
                     "schools, clinics, shops and the ferry.\n\n"
                   : "Nobody doubted that a short but wet spring would be kind to orchards, rivers, "
                     "pastures, vineyards, mills and a harbour.\n\n",
        word, 200 + 10 * i, i == 2 ? "MILITANTS" : word));
    }
  g_ptr_array_add (texts, NULL);
  cmp = compare_texts ((const char * const *) texts->pdata);
  near = px_word_choice_find_with (cmp, NULL, 1, 0);
  general = px_word_choice_find_with (cmp, NULL, 1, PX_WORD_CHOICE_NO_NEAR_COPIES);
  dump (near);
  set = find_set (near, keys);
  g_assert_nonnull (set);
  assert_same_sets (near, general);

  assert_same_on_events (PX_WORD_CHOICE_NO_NEAR_COPIES);
}

/* Cells of one length whose places' words stand near the places on
 * the other side: "militants the army had cornered" against "the
 * fighters army had cornered" is "militants" taken out before "the"
 * and "fighters" put in after it, no swap of one for the other, as the
 * diff finds; told from the places alone, it would be one more swap.
 * Runs told from the places must be the diff's, so the sets must be
 * those found when every pair of cells is diffed, here and on the
 * sample and the planted event. */
static void
test_in_place (void)
{
  const char * const keys[] = { "militants", "fighters", NULL };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PxComparison) cmp = NULL;
  g_autoptr(GPtrArray) in_place = NULL, diffed = NULL;

  for (guint i = 0; i < 6; i++)
    {
      const char *word = i % 2 == 0 ? "militants" : "fighters";

      g_ptr_array_add (texts, g_strdup_printf (
        "The army said the %s attacked a northern base before dawn and withdrew into the hills "
        "after a long fight with soldiers, leaving %u vehicles burning near the gate.\n\n"
        "Police said %s army had cornered fired from the roof of the customs house before "
        "dusk, and the shooting went on for an hour.\n",
        word, 10 + i, i % 2 == 0 ? "militants the" : "the fighters"));
    }
  g_ptr_array_add (texts, NULL);
  cmp = compare_texts ((const char * const *) texts->pdata);
  in_place = px_word_choice_find_with (cmp, NULL, 1, 0);
  diffed = px_word_choice_find_with (cmp, NULL, 1, PX_WORD_CHOICE_NO_IN_PLACE);
  dump (in_place);
  g_assert_nonnull (find_set (in_place, keys));
  assert_same_sets (in_place, diffed);

  assert_same_on_events (PX_WORD_CHOICE_NO_IN_PLACE);
}

/* A paragraph that another outlet, or the same one, has byte for byte
 * is not read again: its words are copied from the first one read,
 * moved to where it stands.  Here each copy stands at another offset
 * (the first paragraphs differ in length, and the last outlet repeats a
 * paragraph of its own); the variants' counts and places must be those
 * found when every paragraph is read, here and on the sample and the
 * planted event. */
static void
test_copied_paragraphs (void)
{
  const char * const keys[] = { "militants", "fighters", NULL };
  const char *desks[] = { "Cairo", "the Beirut bureau", "Amman", "our correspondent in Baghdad" };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PxComparison) cmp = NULL;
  g_autoptr(GPtrArray) copied = NULL, read = NULL;
  const PxWordChoiceSet *set;
  const PxWordChoiceVariant *militants, *fighters;

  for (guint i = 0; i < 4; i++)
    {
      const char *word = i < 2 ? "militants" : "fighters";

      g_ptr_array_add (texts, g_strdup_printf (
        "This report was filed from %s on Tuesday.\n\n"
        "The army said the %s attacked a northern base before dawn and withdrew into the hills "
        "after a long fight with soldiers.\n\n"
        "Villagers told reporters that the %s had camped beside the river for weeks before the "
        "shooting began.\n%s",
        desks[i], word, word,
        i == 3 ? "\nThe army said the fighters attacked a northern base before dawn and withdrew into "
                 "the hills after a long fight with soldiers.\n" : ""));
    }
  g_ptr_array_add (texts, NULL);
  cmp = compare_texts ((const char * const *) texts->pdata);
  copied = px_word_choice_find_with (cmp, NULL, 1, 0);
  read = px_word_choice_find_with (cmp, NULL, 1, PX_WORD_CHOICE_NO_COPIES);
  dump (copied);
  set = find_set (copied, keys);
  g_assert_nonnull (set);
  militants = g_ptr_array_index (set->variants, variant_index (set, "militants"));
  fighters = g_ptr_array_index (set->variants, variant_index (set, "fighters"));
  g_assert_cmpuint (militants->counts[1], ==, 2);
  g_assert_cmpuint (fighters->counts[3], ==, 3);
  /* The places too: each copy's own, not its first reading's. */
  for (guint o = 0; o < fighters->occurrences->len; o++)
    {
      const PxWordChoiceOccurrence *occ = &g_array_index (fighters->occurrences, PxWordChoiceOccurrence, o);
      const char *text = g_ptr_array_index (texts, occ->document);

      g_assert_cmpmem (text + occ->start, occ->end - occ->start, "fighters", 8);
    }
  assert_same_sets (copied, read);

  assert_same_on_events (PX_WORD_CHOICE_NO_COPIES);
}

/* Words that most outlets write side by side are no choice that sets
 * them apart, however often one sentence has one where another outlet
 * has the other: the set is split, here into nothing.  Where the
 * outlets keep to their words, the same swaps make the set. */
static void
test_written_together (void)
{
  const char *swapped[][2] = {
    { "The fire spread quickly through the old warehouse district on Monday night, officials said.\n\n",
      "The blaze spread quickly through the old warehouse district on Monday night, officials said.\n\n" },
    { "Residents said the fire destroyed three homes and a small school on the hill above the port.\n\n",
      "Residents said the blaze destroyed three homes and a small school on the hill above the port.\n\n" },
  };
  const char *both = "Crews fought the blaze for hours before the fire was under control near the river bank.\n";
  const char * const keys[] = { "fire", "blaze", NULL };

  for (guint together = 0; together < 2; together++)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(PxComparison) cmp = NULL;
      GPtrArray *sets;

      for (guint i = 0; i < 4; i++)
        g_ptr_array_add (texts, g_strconcat (swapped[0][i / 2], swapped[1][i / 2], together ? both : "", NULL));
      g_ptr_array_add (texts, NULL);
      cmp = compare_texts ((const char * const *) texts->pdata);
      sets = px_comparison_get_word_choice (cmp);
      dump (sets);
      if (together)
        g_assert_null (find_set (sets, keys));
      else
        g_assert_nonnull (find_set (sets, keys));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/word-choice/planted", test_planted);
  g_test_add_func ("/word-choice/no-choice", test_no_choice);
  g_test_add_func ("/word-choice/occurrences", test_occurrences);
  g_test_add_func ("/word-choice/sample", test_sample);
  g_test_add_func ("/word-choice/trivial", test_trivial);
  g_test_add_func ("/word-choice/any-language", test_any_language);
  g_test_add_func ("/word-choice/json", test_json);
  g_test_add_func ("/word-choice/moved-words", test_moved_words);
  g_test_add_func ("/word-choice/one-swap", test_one_swap);
  g_test_add_func ("/word-choice/one-off", test_one_off);
  g_test_add_func ("/word-choice/hyphened", test_hyphened);
  g_test_add_func ("/word-choice/split-words", test_split_words);
  g_test_add_func ("/word-choice/parts", test_parts);
  g_test_add_func ("/word-choice/forms", test_forms);
  g_test_add_func ("/word-choice/units", test_units);
  g_test_add_func ("/word-choice/keys", test_keys);
  g_test_add_func ("/word-choice/swap-cache", test_swap_cache);
  g_test_add_func ("/word-choice/written-together", test_written_together);
  g_test_add_func ("/word-choice/near-copies", test_near_copies);
  g_test_add_func ("/word-choice/in-place", test_in_place);
  g_test_add_func ("/word-choice/copied-paragraphs", test_copied_paragraphs);
  return g_test_run ();
}
