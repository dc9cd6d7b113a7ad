/* px-quote-words.c: the words attribution knows, by the lists they are in
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * English word lists: speech verbs, titles, words that name things rather
 * than people.  Kept apart from the rules that use them, so that another
 * language's lists can sit next to them.
 */
#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

static const char * const speech_verbs[] = {
  "said", "says", "say", "told", "tells", "tell", "added", "adds", "asked", "asks",
  "replied", "replies", "responded", "responds", "answered", "answers", "explained",
  "explains", "stressed", "stresses", "noted", "notes", "insisted", "insists", "declared",
  "declares", "wrote", "writes", "continued", "argued", "argues", "warned", "warns",
  "recalled", "acknowledged", "admitted", "conceded", "countered", "claimed", "claims",
  "announced", "remarked", "observed", "suggested", "tweeted", "confirmed", "promised",
  "vowed", "urged", "described", "called", "calls", "insisting", "saying", "adding",
  "telling", "arguing", "noting", "warning", "explaining", "stressing", "describing",
  "calling", "asking", "replying", "responding", "declaring", "writing", "shouted",
  "whispered", "testified", "pleaded", "joked", "quipped", "boasted", "complained",
  "objected", "protested", "repeated", "reiterated", "cautioned", "predicted", "concluded",
  /* Verbs that report what someone said by judging it: "criticized the
   * 'identity politics'", "accused him of a 'flip-flop'". */
  "stated", "states", "mused", "exhorted", "affirmed", "affirms", "proclaimed", "proclaims",
  "criticized", "criticised", "slammed", "accused", "accuses", "dismissed", "denounced",
  "mocked", "labeled", "labelled", "dubbed", "branded", "lamented", "praised", "blasted",
  "assailed", "decried", "touted", "pledged", "pledges", "charged", "alleged", "contended",
  "contends", "maintained", "maintains", "asserted", "asserts", "emphasized", "emphasised",
  "demanded", "demands", "urges", "suggests", "posted", "tweets", "chanted", "yelled",
  "screamed", "hailed", "derided", "ridiculed", "scoffed", "fumed", "bragged", "boasts",
  "recounted", "recalls", "echoed", "estimated", "describes", "warned", "promises", "vows",
  "announces", "concedes", "admits", "acknowledges", "accusing", "dubbing", "labeling",
  "urging", "vowing", "promising", "pledging", "boasting", "complaining", "suggesting",
  "claiming", "announcing", "slamming", "praising", "criticizing", "mocking", "tweeting",
  "stating", "quipping", "joking", "chanting", "blasting", "dismissing", "lamenting",
  "recalling", "predicting", "touting", "conceding", "acknowledging", "admitting",
  "reported", "reports", "pressed", "chided", "chiding", "scolded", "barked", "snapped",
  "retorted", "opined", "bemoaned", "interjected", "wondered", "assured", "reporting",
  "questioned", "remembered",
  /* Verbs that report words by what they do with them: "referred to
   * Rubio as “…”", "blamed the law on “…”", "thanked him for “…”". */
  "referred", "blamed", "blaming", "thanked", "thanking", "characterized",
  "characterizing", "characterised", "cited", "citing", "lashed", "knocked", "attacked",
  "attacking", "railed", "sniped", "groused", "beamed", "boomed", "defended", "defending",
  "lauded", "applauded", "welcomed", "welcoming", "rejected", "rejecting", "disputed",
  "summed", "needled", "hammered", "hammering", "credited", "crediting",
  NULL
};

static const char * const participles[] = {
  "saying", "adding", "telling", "arguing", "noting", "warning", "insisting", "explaining",
  "stressing", "describing", "calling", "asking", "replying", "responding", "declaring",
  "writing", "accusing", "dubbing", "labeling", "urging", "vowing", "promising", "pledging",
  "boasting", "complaining", "suggesting", "claiming", "announcing", "slamming", "praising",
  "criticizing", "mocking", "tweeting", "stating", "quipping", "joking", "chanting",
  "blasting", "dismissing", "lamenting", "recalling", "predicting", "touting", "conceding",
  "acknowledging", "admitting", "chiding", "reporting", "blaming", "thanking",
  "characterizing", "citing", "attacking", "defending", "welcoming", "rejecting",
  "hammering", "crediting", NULL
};

/* Finite verbs whose ending does not show it, for the colon rule
 * ("Ivo Marsh stood at the lectern:"); the regular ones are told by
 * their endings (verb_endings). */
static const char * const finite_verbs[] = {
  "was", "were", "is", "are", "has", "had", "did", "does", "stood", "went", "took", "began",
  "came", "got", "gave", "made", "spoke", "wrote", "said", "told", "put", "set", "kept",
  "left", "sent", "rose", "knew", "thought", "felt", "saw", "heard", "sat", "ran", "struck",
  "read", "led", "held", "brought", "found", "met", "won", "lost", "drew", "grew", "threw",
  "sang", "swore", "fought", "sought", "taught", "caught", "bought", NULL
};

/* Word endings, by what they tell (WordEnding): a second language adds
 * its own. */
static const char * const verb_endings[] = { "ed", "s", NULL };
static const char * const modifier_endings[] = { "ed", "ing", "ly", NULL };
static const char * const adverb_endings[] = { "ly", NULL };
static const char * const participle_endings[] = { "ing", NULL };

/* Titles and roles, dropped from names: "Secretary of State John Kerry"
 * is John Kerry.  Compared in lower case without a final dot. */
static const char * const title_words[] = {
  "secretary", "state", "president", "vice", "prime", "minister", "foreign", "gen",
  "general", "adm", "admiral", "rear", "gov", "governor", "sen", "senator", "rep",
  "representative", "mr", "mrs", "ms", "dr", "spokesman", "spokeswoman", "spokesperson",
  "deputy", "chairman", "chairwoman", "chair", "ambassador", "former", "lt", "col",
  "colonel", "capt", "captain", "sgt", "sergeant", "maj", "major", "king", "queen",
  "prince", "princess", "judge", "justice", "chief", "director", "mayor",
  "leader", "supreme", "ayatollah", "sheikh", "rev", "commissioner", "chancellor",
  "premier", "envoy", "official", "officials", "attorney", "senior", "correspondent",
  "reporter", "analyst", "expert", "professor", "prof", "lord", "sir", "dame", "minister",
  "lawmaker", "congressman", "congresswoman", "councilman", "councilwoman", "sheriff",
  "commander", "officer", "adviser", "advisor", "aide", "head", "executive", "ceo",
  "manager", "candidate", "nominee", "gov.", "secretary-general", "emir", "cardinal",
  "bishop", "father", "rabbi", "imam", "dean", "coach", "defense", "interior",
  "administration", "councillor", "councilor", "engineer", "economist", "lawyer",
  "activist", "founder", "physician", "scientist", "researcher", "historian",
  /* What a reporter calls a person named earlier: "the billionaire said". */
  "billionaire", "mogul", "businessman", "businesswoman", "front-runner", "frontrunner",
  "hopeful", "contender", "incumbent", "challenger", "governor-elect", "lieutenant",
  "reverend", "doctor", "representative", "columnist", "commentator", "editor", "pollster",
  "strategist", "consultant", "operative", "contributor", "anchor", "writer", "author", NULL
};

/* Capitalised words that begin sentences or name things, never people. */
static const char * const stop_words[] = {
  "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "for", "to", "from", "with",
  "by", "as", "if", "when", "then", "while", "after", "before", "since", "despite", "even",
  "also", "this", "that", "these", "those", "his", "her", "their", "our", "its", "it", "he",
  "she", "they", "we", "i", "you", "my", "your", "whether", "here", "there", "what", "why",
  "how", "who", "whom", "which", "where", "between", "some", "many", "most", "more", "asked",
  "according", "look", "let", "no", "yes", "not", "nothing", "all", "any", "every", "both",
  "each", "one", "two", "three", "four", "five", "ten", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
  "may", "june", "july", "august", "september", "october", "november", "december",
  "so", "yet", "however", "meanwhile", "still", "now", "today", "tonight", "instead",
  "updated", "follow", "read", "watch", "related", "copyright", "photo", "can", "could",
  "will", "would", "should", "must", "do", "does", "did", "is", "are", "was", "were", "has",
  "have", "had",
  /* Prepositions and adverbs that open a sentence before its subject:
   * "Amid the protests, Lee said", "Earlier in the day, Lee held". */
  "amid", "among", "during", "following", "under", "until", "unlike", "upon", "without",
  "within", "through", "throughout", "toward", "towards", "against", "around", "across",
  "beyond", "earlier", "later", "perhaps", "shortly", "soon", "afterward", "afterwards",
  "again", "already", "indeed",
  /* Words that open a sentence and name a time or a concession: "Hours
   * later, Trump said", "Although Lee said". */
  "although", "though", "likewise", "last", "next", "hours", "minutes", "days", "weeks",
  "months", "years", "moments",
  /* Comparisons and counts that open a sentence: "Like Lee, Marr
   * rejected…", "Eight years ago, Marr said", "Hundreds more came". */
  "like", "besides", "six", "seven", "eight", "nine", "twelve", "twenty", "hundred",
  "hundreds", "thousands", "dozens", "millions", "several", "few", NULL
};

/* Stop words that, after a capitalised word, end an organisation's name
 * rather than open a sentence: "Judicial Watch", "Human Rights Watch". */
static const char * const name_nouns[] = {
  "watch", "today", NULL
};

/* What a person or an organisation says things in: "From Ada Marr's
 * Facebook post: “…”" is what Ada Marr wrote. */
static const char * const statement_nouns[] = {
  "statement", "statements", "post", "posts", "tweet", "tweets", "letter", "email", "e-mail",
  "memo", "column", "op-ed", "book", "speech", "remarks", "message", "release", "blog",
  "essay", "article", "response", "reply", "testimony", "ruling", "opinion", "filing",
  "transcript", "video", "ad", "interview", "announcement", NULL
};

/* Common nouns a reporter calls an organisation named before by: "the
 * committee said" is the House Select Committee the article named. */
static const char * const org_nouns[] = {
  "campaign", "committee", "company", "department", "agency", "organization",
  "organisation", "group", "foundation", "party", "commission", "council", "union", "firm",
  "network", "ministry", "embassy", "institute", "association", "coalition", "league",
  "administration", "government", "corporation", "bank", "fund", "newspaper", "paper",
  "magazine", "station", NULL
};

/* Words that make a capitalised run an organisation or a place. */
static const char * const org_words[] = {
  "department", "news", "committee", "council", "journal", "street", "gulf", "guard",
  "arabia", "hill", "house", "network", "ministry", "agency", "forces", "army", "navy",
  "union", "nations", "post", "times", "party", "university", "court", "senate",
  "congress", "company", "inc", "group", "province", "city", "kingdom", "republic",
  "office", "embassy", "coalition", "television", "tv", "chiefs", "staff", "pentagon",
  "airport", "press", "radio", "bank", "fund", "foundation", "institute", "center",
  "centre", "association", "organization", "organisation", "corporation", "services",
  "service", "police", "assembly", "parliament", "cabinet", "commission", "board",
  "tribune", "herald", "gazette", "daily", "magazine", "review", "club", "church",
  "school", "hospital", "square", "avenue", "road", "river", "island", "islands",
  "mountains", "valley", "county", "region", "states", "united", "emirates", NULL
};

/* What follows a surname without being one: "Martin Luther King Jr." is
 * King, and "Jr." alone is nobody. */
static const char * const name_suffixes[] = {
  "jr", "sr", "ii", "iii", "iv", "esq", NULL
};

static const char * const particles[] = {
  "al", "bin", "ibn", "de", "del", "della", "di", "da", "du", "van", "von", "der", "den",
  "le", "la", "el", "bint", "abu", "ben", "mac", "st", NULL
};

static const char * const abbreviations[] = {
  "gen", "adm", "gov", "sen", "rep", "mr", "mrs", "ms", "dr", "lt", "col", "capt", "sgt",
  "maj", "st", "jr", "sr", "prof", "rev", "no", "vs", "etc", "inc", "co", "corp", "ltd",
  "mt", "ft", NULL
};

static const char * const adverbs[] = {
  "then", "also", "later", "again", "once", "previously", "repeatedly", "further",
  "simply", "still", "only", "just", "had", "has", "have", "would", "will", "did", "does",
  "do", "could", "might", "may", "should", "can", "reportedly", "separately", "quickly",
  "publicly", "privately", "flatly", "firmly", "bluntly", "recently", "earlier", NULL
};

static const char * const determiners[] = {
  "a", "an", "one", "another", "some", "several", "two", "three", "many", "most", "the", NULL
};

/* Words that carry no content: two quotes that share only these and a
 * stock phrase ("we are open to") are different quotes. */
static const char * const function_words[] = {
  "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with",
  "by", "from", "about", "as", "into", "over", "is", "are", "was", "were", "be", "been",
  "being", "am", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could",
  "should", "may", "might", "must", "shall", "we", "i", "you", "he", "she", "it", "they",
  "me", "him", "her", "us", "them", "my", "your", "his", "its", "our", "their", "this",
  "that", "these", "those", "there", "here", "what", "which", "who", "whom", "not", "no",
  "so", "than", "then", "any", "all", "some", "just", "very", "going", "we're", "it's",
  "that's", "there's", "let's", "don't", "i'm", "we've", "i've", "you're", "they're",
  "won't", "can't", "isn't", "aren't", "wasn't", "also", "too", "now", NULL
};

/* Places that news names as where, not who: a speaker that is one of
 * them is a misreading ("in Texas, Santorum said").  Countries are not
 * here: "Iran said" is its government speaking.  Names that are also
 * people's (Washington, Georgia, Virginia) are left out. */
static const char * const place_names[] = {
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
  "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
  "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
  "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
  "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
  "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
  "tennessee", "texas", "utah", "vermont", "west virginia", "wisconsin", "wyoming",
  "puerto rico", "district of columbia", "los angeles", "san francisco", "san diego",
  "san jose", "las vegas", "new orleans", "philadelphia", "boston", "detroit", "miami",
  "atlanta", "seattle", "cleveland", "baltimore", "green bay", "middle east", "near east",
  "far east", "latin america", "north america", "south america", "europe", "asia",
  "africa", "wall street", "capitol hill", "silicon valley", "sandy hook", NULL
};

/* Last words that make a capitalised run a place, a building or a law
 * (Trump Tower, Rose Garden, Second Amendment): never a speaker. */
static const char * const place_words[] = {
  "tower", "garden", "sea", "bay", "ocean", "lake", "amendment", "images", "airport",
  "stadium", "plaza", "arena", "mall", "boulevard", "highway", "bridge", "canyon",
  "desert", "harbor", "harbour", "museum", "memorial", "monument", "cathedral", NULL
};

/* First names and titles that tell a person is a man or a woman, for
 * resolving "he" and "she": common given names in English-language news;
 * a name in neither list leaves the person's gender open. */
static const char * const male_names[] = {
  "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
  "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
  "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald",
  "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
  "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory",
  "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron",
  "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan",
  "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold",
  "sean", "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan",
  "billy", "joe", "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne",
  "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "mason",
  "philip", "louis", "bill", "bernie", "ted", "marco", "jeb", "mike", "rand", "chris",
  "newt", "mitt", "barack", "tim", "rudy", "reince", "corey", "jared", "ben", "rick",
  "lindsey", "harry", "chuck", "mitch", "steve", "jim", "tom", "dick", "ron", "hank",
  "pete", "boris", "vladimir", "francois", "emmanuel", "angelo", "omar", "ahmed",
  "mohammed", "muhammad", "ali", "hassan", "ivan", "sergei", "luis", "carlos", "miguel",
  "pablo", "hans", "klaus", "pierre", "giuseppe", "luca", NULL
};

/* See male_names. */
static const char * const female_names[] = {
  "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
  "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly",
  "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah",
  "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley",
  "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
  "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria",
  "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
  "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah",
  "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara",
  "janice", "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise",
  "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana",
  "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary",
  "chelsea", "huma", "nikki", "carly", "michele", "kellyanne", "hope", "ivanka", "melania",
  "tulsi", "debbie", "loretta", "valerie", "susana", "condoleezza", "madeleine", "marine",
  "hanna", "ingrid", "greta", "ilse", "anne", "annette", "marta", NULL
};

/* Titles of men and of women. */
static const char * const male_titles[] = {
  "mr", "king", "prince", "father", "congressman", "spokesman", "chairman", "councilman",
  "businessman", "sir", "lord", "brother", NULL
};

/* See male_titles. */
static const char * const female_titles[] = {
  "mrs", "ms", "miss", "queen", "princess", "mother", "congresswoman", "spokeswoman",
  "chairwoman", "councilwoman", "businesswoman", "dame", "lady", "sister", NULL
};

/* Abbreviated titles and what a reporter calls the person later: "Rep.
 * Ann Lee" is "the congresswoman", "Gov. Tim Walz" "the governor". */
static const struct {
  const char *abbreviation;
  const char *in_full;    /* NUL-separated, ending with an empty string */
} titles_in_full[] = {
  { "gov", "governor\0" },
  { "sen", "senator\0lawmaker\0" },
  { "rep", "representative\0congressman\0congresswoman\0lawmaker\0" },
  { "senator", "lawmaker\0" },
  { "congressman", "lawmaker\0" },
  { "congresswoman", "lawmaker\0" },
  { "gen", "general\0" },
  { "adm", "admiral\0" },
  { "lt", "lieutenant\0" },
  { "col", "colonel\0" },
  { "capt", "captain\0" },
  { "sgt", "sergeant\0" },
  { "maj", "major\0" },
  { "prof", "professor\0" },
  { "rev", "reverend\0" },
  { "dr", "doctor\0" },
};

const char *
px_quote_title_in_full (const char *title)
{
  for (guint i = 0; i < G_N_ELEMENTS (titles_in_full); i++)
    if (g_str_equal (title, titles_in_full[i].abbreviation))
      return titles_in_full[i].in_full;
  return NULL;
}

guint
px_quote_word_classes (const char *word)
{
  static const struct {
    const char * const *list;
    WordClass bit;
  } lists[] = {
    { speech_verbs, WC_SPEECH_VERB },
    { participles, WC_PARTICIPLE },
    { title_words, WC_TITLE },
    { stop_words, WC_STOP },
    { org_words, WC_ORG },
    { particles, WC_PARTICLE },
    { abbreviations, WC_ABBREVIATION },
    { adverbs, WC_ADVERB },
    { determiners, WC_DETERMINER },
    { function_words, WC_FUNCTION },
    { male_names, WC_MALE },
    { female_names, WC_FEMALE },
    { male_titles, WC_MALE },
    { female_titles, WC_FEMALE },
    { place_names, WC_PLACE },
    { place_words, WC_PLACE },
    { finite_verbs, WC_FINITE_VERB },
    { name_nouns, WC_NAME_NOUN },
    { statement_nouns, WC_STATEMENT },
    { org_nouns, WC_ORG_NOUN },
    { name_suffixes, WC_NAME_SUFFIX },
  };
  static GHashTable *classes;   /* word -> its WordClass bits */

  if (word == NULL)   /* punctuation items have no word */
    return 0;

  /* Asked about every word of every article: one table for all the lists,
   * built once, read without a lock. */
  if (g_once_init_enter (&classes))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint i = 0; lists[l].list[i]; i++)
          {
            guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (table, lists[l].list[i]));

            g_hash_table_insert (table, (gpointer) lists[l].list[i],
                                 GUINT_TO_POINTER (bits | lists[l].bit));
          }
      g_once_init_leave (&classes, table);
    }
  return GPOINTER_TO_UINT (g_hash_table_lookup (classes, word));
}

gboolean
px_quote_in_list (WordClass list, const char *word)
{
  return (px_quote_word_classes (word) & list) != 0;
}

gboolean
px_quote_has_ending (WordEnding ending, const char *word)
{
  static const char * const * const endings[] = {
    [WE_FINITE_VERB] = verb_endings,
    [WE_MODIFIER] = modifier_endings,
    [WE_ADVERB] = adverb_endings,
    [WE_PARTICIPLE] = participle_endings,
  };
  gsize n = strlen (word);

  g_return_val_if_fail (ending < G_N_ELEMENTS (endings), FALSE);
  for (const char * const *e = endings[ending]; *e; e++)
    {
      gsize k = strlen (*e);

      /* A word longer than its ending: "is" has no ending "s". */
      if (n > k + 1 && memcmp (word + n - k, *e, k) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
px_quote_is_finite_verb (const char *word)
{
  return px_quote_in_list (WC_FINITE_VERB, word) || px_quote_has_ending (WE_FINITE_VERB, word);
}

char *
px_quote_normalize_word (const char *s, gsize len)
{
  g_autofree char *nfkc = NULL;
  g_autofree char *fold = NULL;
  GString *out;
  gsize i;

  /* Most words are ASCII: lower case is all their normal form needs. */
  for (i = 0; i < len && (guchar) s[i] < 0x80; i++)
    ;
  if (i == len)
    {
      char *ascii = g_strndup (s, len);

      for (i = 0; i < len; i++)
        ascii[i] = g_ascii_tolower (ascii[i]);
      return ascii;
    }

  nfkc = g_utf8_normalize (s, len, G_NORMALIZE_ALL_COMPOSE);
  fold = g_utf8_casefold (nfkc ? nfkc : "", -1);
  out = g_string_sized_new (strlen (fold));
  for (const char *p = fold; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        c = '\'';
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
