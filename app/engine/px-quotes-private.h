/* px-quotes-private.h: between the passes of quotation finding
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-diff.h"
#include "px-quotes.h"
#include "px-tokenizer.h"

G_BEGIN_DECLS

/* The lists a word is in, as bits. */
typedef enum {
  WC_SPEECH_VERB  = 1 << 0,
  WC_PARTICIPLE   = 1 << 1,
  WC_TITLE        = 1 << 2,
  WC_STOP         = 1 << 3,
  WC_ORG          = 1 << 4,
  WC_PARTICLE     = 1 << 5,
  WC_ABBREVIATION = 1 << 6,
  WC_ADVERB       = 1 << 7,
  WC_DETERMINER   = 1 << 8,
  WC_FUNCTION     = 1 << 9,
  WC_MALE         = 1 << 10,  /* a man's first name or title */
  WC_FEMALE       = 1 << 11,
  WC_PLACE        = 1 << 12,  /* a place, a building or a law: never a speaker */
  WC_FINITE_VERB  = 1 << 13,  /* a verb form its ending does not show: "stood" */
  WC_NAME_NOUN    = 1 << 14,  /* a stop word that also ends names: "Judicial Watch" */
  WC_STATEMENT    = 1 << 15,  /* what someone says in writing: "post", "letter" */
  WC_ORG_NOUN     = 1 << 16,  /* "the campaign", "the committee": an organisation named before */
  WC_NAME_SUFFIX  = 1 << 17,  /* "Jr.", "III": ends a name, is no surname */
  WC_NAMING_VERB  = 1 << 18,  /* "called him “Little Marco”": what follows is a name someone gave */
  WC_GROUP        = 1 << 19,  /* "Residents", "Supporters": many people, no speaker */
  WC_DESCRIBING_VERB = 1 << 20,  /* "refers to him as “…”", "known as “…”" */
  WC_CRY          = 1 << 21,  /* "chanting “…”", "cries of “…”": a crowd's words */
  WC_HEADLINE_VERB = 1 << 22, /* "She Sees Reagan-like…": a headline's verb, no name */
  WC_ADDRESS      = 1 << 23,  /* "Mr.", "Mrs.": a surname follows, even one that is a title */
  WC_ADDRESSED_ROLE = 1 << 24, /* "Mr. President": a role one addresses, no surname */
  WC_PARTY        = 1 << 25,  /* "Republican Ann Lee": a party, no part of the name */
  WC_WORK         = 1 << 26,  /* "the episode “…”", "the “…” campaign": a title or a slogan */
  WC_TITLE_SMALL  = 1 << 27,  /* "The Fires of Pompeii": a title's words in lower case */
  WC_GOVERNMENT   = 1 << 28,  /* "China", "the Kremlin": a place, but as a speech verb's
                               * subject by itself its government speaking */
  WC_ORG_ENDING   = 1 << 29,  /* "Records", "Inc.": ends a company's full name,
                               * of which the words before are a short form */
  WC_KIN          = 1 << 30,  /* "Wilhelm's widow, Candee,": a relation, who may have the surname */
} WordClass;

/* Word endings that tell what a word is, by the lists they are in. */
typedef enum {
  WE_FINITE_VERB,  /* a past or a third-person form: "interjected", "continues" */
  WE_MODIFIER,     /* an adjective, an adverb or a participle: "Frustrated", "Hastily" */
  WE_ADVERB,       /* "publicly" */
  WE_PARTICIPLE,   /* "Talking about…", "Weighing in…" */
} WordEnding;

/* The small words a pattern keys on, by their role in it: sections of
 * the same files as WordClass's lists, so that another language brings
 * its own.  A role's line may be a phrase ("according to"), matched by
 * px_quote_phrase_at().  An index: a word's roles are a RoleSet. */
typedef enum {
  WR_ACCORDING_TO,   /* "according to Ann Lee": who follows said it */
  WR_LISTENER_VERB,  /* "told": its object is the listener */
  WR_ASKING_VERB,    /* "asked": its object was asked, unless inverted */
  WR_QUOTING_VERB,   /* "quoted him as saying": its object spoke */
  WR_DEFINITE_ARTICLE,        /* "the campaign", "said the senator" */
  WR_INDEFINITE_ARTICLE,      /* "a Marsh supporter": someone unnamed */
  WR_UNNAMED_DETERMINER,      /* "wrote one voter": with the indefinite articles */
  WR_OWNER_DETERMINER,        /* "said her nephew": an owner named before */
  WR_NOUN_DETERMINER,         /* "his claims", "these states": a noun follows */
  WR_NAME_JOINER,             /* "Secretary of State": inside a name or a title */
  WR_AFFILIATION_PREPOSITION, /* "Ann Lee of the club" */
  WR_CONJUNCTION,             /* "Zadan and Meron said": joins names, titles, verbs */
  WR_ALTERNATIVE_CONJUNCTION, /* "of western or northern": as a conjunction there */
  WR_CONTRAST_CONJUNCTION,    /* "he paused but said": as a conjunction there */
  WR_CLAUSE_OPENER,           /* "But the mayor said": before a subject */
  WR_PERSON_RELATIVE,         /* ", who heads the club,": the noun before is a person */
  WR_THING_RELATIVE,          /* ", which runs the port," */
  WR_POSSESSIVE_RELATIVE,     /* ", whose son…," */
  WR_RELATIVE_PRONOUN,        /* "said a supporter who runs…": a relative clause opens */
  WR_COMPLEMENTIZER,          /* "said that…": what was said, not a relative */
  WR_PASSIVE_AUXILIARY,       /* "was told": no subject spoke */
  WR_PERFECT_AUXILIARY,       /* "had long said": no passive */
  WR_SUBJECT_WORD,            /* "a spokesman for the campaign said" */
  WR_ADVERBIAL_OPENER,        /* "After meeting…,": no subject */
  WR_HOME_PREPOSITION,        /* "a radio host in Cape Breton" */
  WR_AS_CLAUSE_OPENER,        /* "As Ada Marr, an expert, noted" */
  WR_QUOTING_AS,              /* "quoted Ann Lee as saying" */
  WR_SUBJECT_PRONOUN,         /* "They said": opens a sentence as its subject */
  WR_SOURCE_PREPOSITION,      /* "Pollsters from Gallup:" */
  WR_PARTICIPLE_CLAUSE_OPENER, /* "with Ada Marr calling it…" */
  WR_INFINITIVE_MARKER,       /* "went on to say": the subject is the sentence's */
  WR_RECIPIENT_PREPOSITION,   /* "an aide to Ann Lee", "ambassador to Beirut" */
  WR_NAME_PREPOSITION,        /* "at the University": a place or an organisation follows */
  WR_PLACE_PREPOSITION,       /* "in Banda Aceh": a place follows */
  WR_OBJECT_RELATIVE,         /* "whom Ann Lee named": no subject follows */
  WR_MALE_PRONOUN,            /* "he said": a man spoke */
  WR_FEMALE_PRONOUN,          /* "she said": a woman spoke */
  WR_PREDICATE_LINK,          /* "Ruud is a spokesman": a name given its role */
  WR_DEMONSTRATIVE,           /* "that official": one named before */
  WR_PERSON_SUBJECT_PRONOUN,  /* 'he said no.': a pronoun subject, in lower case */
  WR_POSSESSIVE_DETERMINER,   /* "called his opponent": a noun follows */
  WR_OBJECT_PRONOUN,          /* "called him “…”": the object, no noun */
  WR_DESCRIBING_AS,           /* "known as “…”": a name given */
  WR_CRY_PREPOSITION,         /* "cries of “…”" */
  WR_MALE_POSSESSIVE,         /* "his promise of “…”": he said it */
  WR_FEMALE_POSSESSIVE,       /* "her promise of “…”": she said it */
  WR_CONSENT_VERB,            /* "agreed to pay": before "to", consent, no words */
  WR_MALE_REFLEXIVE,          /* "Ivo Marsh blamed himself": a man */
  WR_FEMALE_REFLEXIVE,        /* "Ada Kowal blamed herself": a woman */
  WR_CONTINUING_VERB,         /* "he added": the one quoted before goes on */
  WR_ISSUING_VERB,            /* "issued a statement": the statement follows */
  WR_SPOKESPERSON,            /* "a spokesperson for the ministry": the ministry speaks */
  WR_FIRST_PERSON,            /* "I said, ‘…’" inside a quote: that quote's speaker */
  WR_NAME_MARKER,             /* "so-called “…”": a name things go by */
  WR_COMPOUND_SUFFIX,         /* "a Bush-era rule": a name made a modifier */
  WR_FIRST_PERSON_WORD,       /* "we", "my": a sentence in the speaker's own voice */
  WR_AUTHOR_PREPOSITION,      /* "a statement from the agency": its source follows */
  WR_SUBORDINATOR,            /* "after Ann Lee spoke": a clause that says nothing of the quote */
  WR_PHRASAL_SPEECH_VERB,     /* "shot back", "went on": a speech verb with its second word */
  WR_SPEECH_PHRASE,           /* "As Ann Lee put it, “…”": a phrase that says someone spoke */
  WR_THING_PRONOUN,           /* "it said", "they said": no person of a gender */
  WR_GROUP_PRONOUN,           /* "they said": people, or an organisation */
  WR_NAME_POSSESSIVE,         /* "People's Daily": a possessive inside an organisation's name */
  WR_STATEMENT_VERB,          /* "the statement read": a speech verb only after a statement */
  N_WORD_ROLES
} WordRole;

/* A set of WordRoles: a bit a role, in as many 64-bit words as the roles
 * take, so that a new role is one more line of the enum above.  Every
 * set is built, merged and tested by the helpers below; with a constant
 * role each is one operation on one word, as a single guint64 was. */
#define ROLE_SET_WORDS ((N_WORD_ROLES + 63) / 64)
typedef struct {
  guint64 words[ROLE_SET_WORDS];
} RoleSet;
G_STATIC_ASSERT (G_N_ELEMENTS (((RoleSet *) NULL)->words) * 64 >= N_WORD_ROLES);

/* The word of @role's bit: with one word, no index to work out for a
 * role known only at run time (px_quote_item_in()). */
#define ROLE_SET_WORD(role) (ROLE_SET_WORDS == 1 ? 0 : (role) / 64)

static inline void
role_set_add (RoleSet *set, WordRole role)
{
  set->words[ROLE_SET_WORD (role)] |= G_GUINT64_CONSTANT (1) << (role % 64);
}

static inline gboolean
role_set_has (const RoleSet *set, WordRole role)
{
  return (set->words[ROLE_SET_WORD (role)] >> (role % 64)) & 1;
}

/* Adds the roles of @from to @into. */
static inline void
role_set_merge (RoleSet *into, const RoleSet *from)
{
  for (guint w = 0; w < ROLE_SET_WORDS; w++)
    into->words[w] |= from->words[w];
}

/* Whether @a and @b have a role in common. */
static inline gboolean
role_set_meets (const RoleSet *a, const RoleSet *b)
{
  for (guint w = 0; w < ROLE_SET_WORDS; w++)
    if (a->words[w] & b->words[w])
      return TRUE;
  return FALSE;
}

typedef struct {
  guint32 start;
  guint32 end;
} Span;

/* One quote as found, before it becomes a PxQuote. */
typedef enum {
  SPK_NONE,     /* nothing said: may take the previous quote's speaker */
  SPK_UNKNOWN,  /* the text says someone else asked it: stays unknown */
  SPK_NAME,
  SPK_PRONOUN,
  SPK_ROLE,
  SPK_INHERIT,
} SpeakerKind;

typedef struct {
  guint32 mark_start;   /* the opening mark */
  guint32 mark_end;     /* past the closing mark, or the paragraph's end */
  GArray *segments;     /* of Span: the quoted words, one per paragraph */
  guint paragraph;
  guint last_paragraph;
  guint depth;
  PxQuoteFlags flags;
  SpeakerKind kind;
  char *np;             /* name, pronoun or role word */
  guint32 np_pos;
  gboolean np_weak;     /* the name is an organisation's, or modifies a noun
                         * ("a Clinton supporter", "at the Free State Project") */
  gboolean np_described;  /* a role (SPK_ROLE) that describes someone the
                           * text leaves unnamed, shown as the speaker:
                           * "Foreign Office spokesman" */
  gboolean np_owned;    /* a role (SPK_ROLE) a name before it owns, as
                         * the sentence's subject: "China's ambassador to
                         * Britain warned"; only someone named with that
                         * role and owner holds it, before or after */
  double pattern;       /* how surely the words around name the speaker, 0..1 */
  gboolean said;        /* a speech verb in its sentence says someone said it */
  gboolean said_after;  /* by the words after it: "…," Ann Lee said */
  gboolean opens_sentence;   /* no words of its sentence before it */
  gboolean thing;       /* a title, a slogan or a name the text gives a
                         * thing ("the episode “The Fires of Tarn”",
                         * "what's called “harbour surge”"): nobody's
                         * words, no speaker */
  gboolean they;        /* "“…,” they said": its subject is "they", at
                         * @they_pos; an organisation's words when
                         * nothing else gives a speaker */
  guint32 they_pos;
  gboolean thing_again; /* the words of a title the article gives
                         * elsewhere (“Red Tide” opens in May): no
                         * speaker either */
  char *speaker;
  double confidence;    /* of @speaker, once resolved */
  /* The items of the words around a top-level quote, [items_lo,
   * mark_start) and [mark_end, items_hi), that px_quote_find_things()
   * read: handed on to attribution (px_quote_take_items()). */
  GArray *before_items;
  GArray *after_items;  /* NULL when not read */
  guint32 items_lo, items_hi;
} Found;

static inline void
found_free (Found *f)
{
  if (f->segments)
    g_array_unref (f->segments);
  g_free (f->np);
  g_free (f->speaker);
  g_clear_pointer (&f->before_items, g_array_unref);
  g_clear_pointer (&f->after_items, g_array_unref);
  g_free (f);
}

typedef struct {
  guint32 pos;
  char *name;       /* as written, titles dropped (in the scan's chunk) */
  const char *surname;  /* its last word, or the one before "Jr." (idem) */
  char *titles;     /* " secretary state " (in the scan's chunk) */
  guint n_words;
  gboolean titled;
  gboolean org;
  guint32 sentence;         /* where its sentence starts */
  gboolean after_preposition;  /* "of Ivo Marsh", "against Ada Marr": no subject */
  gboolean in_place;    /* after "in", "near": "in Banda Aceh" */
  gboolean not_person;  /* "the Notorious Bettie Page" (a film), a place */
  gboolean org_surname; /* "prosecutor Kellie Hill": an organisation's word
                         * as a titled first name's surname */
  const char *kin_of;   /* "Wilhelm's widow, Candee,": the owner's surname,
                         * which the relation named by a first name may
                         * have (in the scan's chunk), else NULL */
  guint8 place;         /* 0 until asked, then 1 + px_quote_is_place (name):
                         * see px_quote_mention_is_place() */
} Mention;

/* A full name a document gives a person. */
typedef struct {
  const char *name;     /* a Mention's, owned by its scan */
  const char *surname;  /* idem */
} NameForm;

/* The full names persons are given in a document, or in all those of a
 * comparison. */
typedef struct {
  GArray *forms;           /* of NameForm, in the order the text first
                            * gives them */
  GHashTable *by_surname;  /* a surname -> GPtrArray of its names, in that
                            * order: a speaker's fullest name is looked up
                            * among those of its surname only */
  GPtrArray *orgs;         /* the full names of companies ("Big Machine
                            * Records"): see org_full_name() */
  GHashTable *persons;     /* names shown to be persons' ("Dick Clark" with
                            * "Clark" alone): none is a company's short form */
} NameForms;

typedef struct {
  PxDocument *doc;
  const char *text;
  gsize len;
  const PxToken *doc_tokens;  /* the tokens of every paragraph, in order */
  guint n_doc_tokens;
  GPtrArray *found;     /* of Found, sorted */
  guint8 *quoted;       /* a byte a character: inside a quote's marks */
  GArray *mentions;     /* of Mention, in text order */
  GStringChunk *words;  /* the items' lower-case words, freed with the scan */
  GArray *tokens;       /* scratch of items_of() and of a quote's words */
  GString *scratch;
  GHashTable *title_surnames;  /* titles the article writes as surnames: "king" of Peter King */
  GHashTable *seen_words;  /* a word -> how the text writes it, once asked
                            * (px-quote-written.c) */
  PxInterner *text_words;  /* the text's words in lower case, once asked
                            * often enough (px-quote-written.c); NULL
                            * when the text is no valid UTF-8 */
  gboolean text_words_read;
  guint lower_searches;    /* searches of the text for a word in lower case */
  NameForms *name_forms;   /* once asked: px_quote_name_forms() */
  gboolean kin_named;      /* whether a mention has a kin_of ("Wilhelm's
                            * widow, Candee,"): most texts have none */
  guint8 *headlines;       /* a byte a paragraph, 0 until asked, then 1 +
                            * whether it reads as a headline
                            * (px-quote-resolution.c) */
} DocScan;


/* px-quote-words.c */
guint        px_quote_word_classes     (const char *word);
/* The WordClass bits and the roles of @word: one look-up. */
void         px_quote_word_lookup      (const char *word,
                                        guint      *classes,
                                        RoleSet    *roles);
/* The classes of the word @word[0, len), without copying it. */
guint        px_quote_word_classes_len (const char *word,
                                        gsize       len);
gboolean     px_quote_in_list          (WordClass   list,
                                        const char *word);
/* Whether @word (lower case) has @role (or opens a phrase of it). */
gboolean     px_quote_in_role          (WordRole    role,
                                        const char *word);
/* The roles of the words that open with the ASCII byte @c: a word of
 * ASCII whose first byte opens none of the roles asked about need not
 * be looked up. */
const RoleSet *px_quote_roles_opened_by (guchar     c);
/* The length of the word of ASCII letters at @s when it has @role as
 * written (the lists are lower case: "And" has none), else 0. */
gsize        px_quote_role_word_at     (WordRole    role,
                                        const char *s,
                                        const char *end);
/* Adds one more language's lists, in the form of a file of quote-words/
 * (for a language not compiled in).  Call it before any analysis: the
 * lists are looked up without a lock. */
void         px_quote_words_add_language (GBytes   *text);
/* Whether @word (lower case) ends with one of the endings of @ending. */
gboolean     px_quote_has_ending       (WordEnding  ending,
                                        const char *word);
/* Whether @word (lower case) reads as a finite verb: in the list of
 * those, or with a finite verb's ending. */
gboolean     px_quote_is_finite_verb   (const char *word);
/* The titles an abbreviated title stands for, as strings one after the
 * other ending with an empty one ("rep" -> "representative\0congressman
 * \0…"), or NULL. */
const char  *px_quote_title_in_full    (const char *title);
/* Lower case, NFKC, curly apostrophes straightened: a newly allocated string. */
char        *px_quote_normalize_word   (const char *s,
                                        gsize       len);

/* px-quote-marks.c: appends to @found the quotations of @doc, as Found,
 * sorted by position (an outer quote before the ones inside it). */
void         px_quote_marks_find       (PxDocument *doc,
                                        const char *text,
                                        gsize       len,
                                        GPtrArray  *found);

/* px-quote-mentions.c: the words around quotes as items, and the names
 * they hold.  An item's lower, possessive and classes are worked out on
 * demand, by px_quote_item_fill(). */
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
  RoleSet roles;     /* its roles */
  gboolean filled;   /* lower, possessive, classes and roles worked out */
} Item;

/* Whether @it is a word with @role (filled: px_quote_item_fill()). */
static inline gboolean
px_quote_has_role (const Item *it, WordRole role)
{
  return it->kind == IT_WORD && role_set_has (&it->roles, role);
}

/* px-quote-words.c: whether items[i] is a word with @role. */
gboolean     px_quote_item_in          (GArray     *items,
                                        guint       i,
                                        WordRole    role);
/* How many items from items[i] make a phrase of @role ("according",
 * "to"), the longest; 0 when none does. */
guint        px_quote_phrase_at        (GArray     *items,
                                        guint       i,
                                        WordRole    role);

/* Most words an appositive's role is looked for in. */
#define MAX_APPOSITIVE_WORDS 5
/* How many words may stand between an article and the role it opens:
 * "a senior fire department official". */
#define MAX_ROLE_WORDS 5

void         px_quote_collect_mentions (DocScan    *ds);
/* The tokens of text[lo, hi) as px_tokenize() gives them, *@n_tokens
 * of them: the document's own (DocScan.doc_tokens) when the text starts
 * and ends at boundaries of one paragraph's tokens, else in ds->tokens,
 * until the scan next tokenizes. */
const PxToken *px_quote_tokens_of      (DocScan    *ds,
                                        guint32     lo,
                                        guint32     hi,
                                        guint      *n_tokens);
/* The paragraph that holds @pos (or the first after it). */
guint        px_quote_paragraph_at     (DocScan    *ds,
                                        guint32     pos);
/* The items of text[lo, hi), in a scratch array of @ds. */
GArray      *px_quote_items_of         (DocScan    *ds,
                                        guint32     lo,
                                        guint32     hi);
void         px_quote_item_fill        (DocScan    *ds,
                                        Item       *it);
/* items[k], filled, when it is a word with a capital (@cap) or without
 * one (!@cap); else NULL. */
Item        *px_quote_word_item        (DocScan    *ds,
                                        GArray     *items,
                                        guint       k,
                                        gboolean    cap);
gboolean     px_quote_is_title         (const Item *it);
gboolean     px_quote_is_particle      (const Item *it);
gboolean     px_quote_is_name_word     (const Item *it);
/* A speech verb in lower case ("said", "told"). */
gboolean     px_quote_is_verb          (const Item *it);
/* A speech verb at items[i], in lower case or capitalised inside a sentence. */
gboolean     px_quote_is_verb_at       (DocScan    *ds,
                                        GArray     *items,
                                        guint       i);
gboolean     px_quote_is_pronoun       (const Item *it);
/* Whether items[i] opens a sentence (or the span scanned). */
gboolean     px_quote_opens_sentence   (GArray     *items,
                                        guint       i);
/* text[start, end) with spaces and line breaks folded: newly allocated. */
char        *px_quote_span_text        (DocScan    *ds,
                                        guint32     start,
                                        guint32     end);
/* Whether items[i], glued by a hyphen to a capitalised word, is the
 * lower-case syllable that ends a given name written after the family
 * name ("Ban Ki-moon"). */
gboolean     px_quote_given_name_syllable (DocScan *ds,
                                           GArray  *items,
                                           guint    i);
/* Whether the possessive at items[i] goes on inside an organisation's
 * name up to items[hi]: "People's Daily". */
gboolean     px_quote_possessive_in_name (DocScan  *ds,
                                          GArray   *items,
                                          guint     i,
                                          guint     hi);
/* A run of capitalised words joined by hyphens and particles ("Bashar
 * al-Assad") from items[i]: returns the index past it. */
guint        px_quote_name_run         (DocScan    *ds,
                                        GArray     *items,
                                        guint       i,
                                        guint       hi,
                                        guint      *n_words,
                                        gboolean   *org);
/* The surname in @name at *@at, its length returned. */
gsize        px_quote_surname_in       (const char *name,
                                        const char **at);
gboolean     px_quote_has_surname      (const char *name,
                                        const char *surname);

/* px-quotes.c: marks the quotes of @ds that name a thing (Found.thing),
 * before px_quote_attribute() gives the others a source. */
void         px_quote_find_things      (DocScan    *ds);
/* The items of the words around the top-level quote @f, from @lo and
 * to @hi (px_quote_surroundings()), into *@before and *@after, for the
 * caller to free: those px_quote_find_things() read, or read anew. */
void         px_quote_take_items       (DocScan    *ds,
                                        Found      *f,
                                        guint32     lo,
                                        guint32     hi,
                                        GArray    **before,
                                        GArray    **after);
void         px_quote_surroundings     (DocScan     *ds,
                                        guint        q,
                                        const Found *prev,
                                        guint32     *lo,
                                        guint32     *hi);

/* px-quote-noun-phrase.c: who a noun phrase names. */
/* Most words between "a" and the statement noun: "a joint statement",
 * "a Nov. 5 letter". */
#define MAX_STATEMENT_WORDS 3
/* How many lower-case words of description may come between a speech
 * verb and the name after it: "said retired Army Lt. Gen. Mick
 * Bednarek", "said Idaho nutritional-supplement executive Frank
 * VanderSloot". */
#define MAX_DESCRIPTION_WORDS 6
gboolean     px_quote_is_place         (const char *name);
/* px_quote_is_place() of the name of @m, worked out once: resolution
 * asks it of every mention again for each speaker it resolves. */
gboolean     px_quote_mention_is_place (const Mention *m);
gboolean     px_quote_is_adverb        (const Item *it);
gboolean     px_quote_is_np_word       (const Item *it);
guint        px_quote_statement_noun_after (DocScan    *ds,
                                            GArray     *items,
                                            guint       s,
                                            guint       e);
void         px_quote_set_speaker_np   (Found      *f,
                                        DocScan    *ds,
                                        GArray     *items,
                                        guint       s,
                                        guint       e);
/* Gives @f the speaker of @read: its kind, noun phrase (owned now) and
 * position. */
void         px_quote_take_np          (Found      *f,
                                        Found      *read);
gboolean     px_quote_describes_name_after (DocScan    *ds,
                                            GArray     *items,
                                            guint       i,
                                            guint       n);
gboolean     px_quote_is_owner         (const Item *it);
gboolean     px_quote_opens_relative_clause (const Item *it);
guint        px_quote_object_np        (Found      *f,
                                        DocScan    *ds,
                                        GArray     *items,
                                        guint       v,
                                        guint       n);
gboolean     px_quote_known_person     (DocScan    *ds,
                                        const char *name);
gboolean     px_quote_names_person     (DocScan    *ds,
                                        const char *name);

/* px-quote-subject.c: a sentence's subject. */
/* How far after a quote its subject and speech verb may reach. */
#define MAX_SUBJECT_ITEMS 14
/* How far an appositive of any shape may reach between a name and its
 * speech verb: "Ivo Marsh, now 81 and retired in Dover, Kent, said". */
#define MAX_APPOSITIVE_ITEMS 40
/* Whether items[k] is a dash (spaced or doubled hyphen, em or en dash). */
gboolean     px_quote_is_dash_at       (DocScan    *ds,
                                        GArray     *items,
                                        guint       k);
/* Whether items[a, e) are capitalised words only. */
gboolean     px_quote_all_capitalised  (GArray     *items,
                                        guint       a,
                                        guint       e);
gboolean     px_quote_is_relative_who  (GArray     *items,
                                        guint       i);
gboolean     px_quote_opens_with_phrase (DocScan    *ds,
                                         GArray     *items,
                                         guint       s);
void         px_quote_sentence_subject (Found      *f,
                                        DocScan    *ds,
                                        GArray     *items,
                                        guint       n);
void         px_quote_subject_of       (Found      *f,
                                        DocScan    *ds,
                                        GArray     *items,
                                        guint       v);
gboolean     px_quote_is_passive       (GArray     *items,
                                        guint       v);
gboolean     px_quote_may_be_in_subject (const Item *it);
void         px_quote_subject_pieces   (Found      *f,
                                        DocScan    *ds,
                                        GArray     *items,
                                        guint       s,
                                        guint       v);

/* px-quote-patterns.c: the attribution patterns around one quote. */
/* How surely the words around a quote name its speaker: a speech verb
 * next to the quote ("…," said Kerry), a verb in the sentence before or a
 * headline's colon, or only the subject of a sentence with a speech verb
 * somewhere in it. */
#define PATTERN_NEXT_TO  1.0
#define PATTERN_NEARBY   0.85
#define PATTERN_SUBJECT  0.65
guint        px_quote_author_after     (DocScan    *ds,
                                        GArray     *items,
                                        guint       k,
                                        guint       se);
gboolean     px_quote_statement_author (Found      *f,
                                        DocScan    *ds,
                                        GArray     *items,
                                        guint       k,
                                        guint       se);
void         px_quote_statement_source (Found      *f,
                                        DocScan    *ds,
                                        guint32     before);
gboolean     px_quote_used_as_noun     (DocScan    *ds,
                                        GArray     *items,
                                        guint       j);
gboolean     px_quote_attribute_after  (Found      *f,
                                        DocScan    *ds,
                                        GArray     *items,
                                        gboolean    clause_end,
                                        gboolean    sentence_goes_on,
                                        gboolean    to_paragraph_end);
gboolean     px_quote_participle_opener_subject (Found      *f,
                                                 DocScan    *ds,
                                                 GArray     *before,
                                                 GArray     *after);
gboolean     px_quote_in_relative_clause (GArray     *items,
                                          guint       t,
                                          guint       v);
gboolean     px_quote_speech_phrase_at (GArray     *items,
                                        guint       i);
gboolean     px_quote_attribute_before (Found      *f,
                                        DocScan    *ds,
                                        GArray     *items);

/* px-quote-attribution.c: the passes over a document's quotes. */
void         px_quote_attribute        (DocScan    *ds);
const char  *px_quote_before_close     (DocScan    *ds,
                                        Found      *f);
gboolean     px_quote_ends_with_stop   (DocScan    *ds,
                                        const Found *f);

/* How surely a speaker resolved one way is the one meant: a full name as
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
/* The share of its certainty a speaker keeps when a quote inherits it. */
#define INHERITED         0.9

/* The names of one document, asked while its speakers are resolved. */
typedef struct {
  GHashTable *doc;      /* surname index of the document's mentions */
  GHashTable *group;    /* and of the group's, or NULL */
  const char **mention_full;  /* px_quote_full_name() of each mention, once asked */
  GHashTable *genders;  /* full name -> what the text tells of their gender,
                         * see text_gender(); worked out when first asked */
  GHashTable *titled;   /* one-word names the document writes with a title
                         * ("Prince Andrew", "Dr. Oz"): persons, though no
                         * full name goes with them */
  GHashTable *first_names;  /* first names the text names people by alone
                             * ("Andrew doesn't remember…"), see lone_first_names() */
  GHashTable *title_names;  /* first name -> its title and it ("Prince
                             * Andrew"), see titled_first_names() */
} Surnames;

/* px-quote-described.c: whether the word at text[p, p + n) stands
 * alone, no letter, digit, hyphen or apostrophe glued to either side. */
gboolean     px_quote_whole_word_at    (DocScan    *ds,
                                        guint32     p,
                                        gsize       n);
/* px-quote-names.c: the full name behind a name, and who is a person. */
NameForms   *px_quote_name_forms_new   (void);
void         px_quote_name_forms_free  (NameForms  *forms);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NameForms, px_quote_name_forms_free)
/* Those of @ds (see px-quote-names.c), worked out once and kept in
 * the scan: both grouping and resolution read them. */
const NameForms *px_quote_name_forms   (DocScan    *ds);
/* Adds to @into the names of @from it lacks, in @from's order. */
void         px_quote_name_forms_merge (NameForms  *into,
                                        const NameForms *from);
/* The one name to show for the person @name: the fullest form of it
 * @doc_forms give, or @group_forms when that lacks a given name. */
const char  *px_quote_shown_name       (const NameForms *doc_forms,
                                        const NameForms *group_forms,
                                        const char *name);
GHashTable  *px_quote_surname_index    (GArray     *mentions);
const char  *px_quote_last_word        (const char *name);
/* Fills @names for @ds, @group_names the surname index of the group's
 * mentions or NULL; px_quote_surnames_clear() frees what it holds. */
void         px_quote_surnames_init    (DocScan    *ds,
                                        Surnames   *names,
                                        GHashTable *group_names);
void         px_quote_surnames_clear   (Surnames   *names);
/* The full name of the surname (or other one-word name) @name written
 * at @pos, or @name when the text gives none. */
const char  *px_quote_full_name        (DocScan    *ds,
                                        Surnames   *names,
                                        const char *name,
                                        guint32     pos);
/* A relation introduced by a first name ("Wilhelm's widow, Candee,")
 * whom the text then quotes by the surname @surname at @pos, in full
 * ("Candee Wilhelm"), or NULL. */
const char  *px_quote_relation_by_surname (DocScan    *ds,
                                           const char *surname,
                                           guint32     pos);
/* px_quote_full_name() of the mention @m, kept once asked. */
const char  *px_quote_mention_full_name (DocScan    *ds,
                                         Surnames   *names,
                                         const Mention *m);
/* Whether @m names someone "he" or "she" can be. */
gboolean     px_quote_is_person        (Surnames   *names,
                                        const Mention *m);
/* Whether the text shows @m, named @full, to be a person (a title, a
 * subject of a sentence, a surname named again, a quote's speaker). */
gboolean     px_quote_shown_to_be_person (DocScan    *ds,
                                          const Mention *m,
                                          const char *full);
/* Whether @name is a name a speaker can have: no place, no crowd, no
 * lone word the text also writes in lower case. */
gboolean     px_quote_may_be_speaker   (DocScan    *ds,
                                        const char *name);
/* Whether the first word of @full, not a title, is one the text also
 * writes in lower case ("Outside Carrier"). */
gboolean     px_quote_common_word_first (DocScan    *ds,
                                         const char *full);
/* Whether @m opens its sentence (after its titles), its subject. */
gboolean     px_quote_opens_its_sentence (DocScan    *ds,
                                          const Mention *m);
/* Whether a speech verb (with @issuing, a verb that puts out a
 * statement) follows the name of @m: "Lee later told". */
gboolean     px_quote_speaks           (DocScan    *ds,
                                        const Mention *m,
                                        gboolean    issuing);
/* Where the name of @m ends in the text, or NULL when it is not written
 * there as named. */
const char  *px_quote_name_end         (DocScan    *ds,
                                        const Mention *m);
/* Past the possessive ending at @p ("'s", "’"), or @p. */
const char  *px_quote_past_possessive  (const char *p);
/* The space before the first word of @role in @s between spaces (" of "),
 * or NULL; @len, if set, the length of that word with both spaces. */
const char  *px_quote_role_word_between_spaces (const char *s,
                                                WordRole    role,
                                                gsize      *len);

/* px-quote-gender.c: the gender of the people the text names. */
/* The gender the title of the mention at @pos tells ("Mrs. Clinton"), or 0. */
guint        px_quote_title_gender_at  (DocScan    *ds,
                                        guint32     pos);
/* WC_MALE, WC_FEMALE, or 0 when they do not tell: what the titles of @m
 * or the first name of @full tell. */
guint        px_quote_gender_of        (const Mention *m,
                                        const char *full);
/* WC_MALE, WC_FEMALE, or 0: what the title, the first name or else the
 * rest of the text tells of @m, named @full. */
guint        px_quote_person_gender    (DocScan    *ds,
                                        Surnames   *names,
                                        const Mention *m,
                                        const char *full);

/* px-quote-pronouns.c: whom "he", "she", "it" and "they" stand for. */
/* "He said": the person @f's pronoun stands for, newly allocated, its
 * certainty in @certainty; NULL when the text leaves it open.
 * @salient: the speaker quoted in this stretch, from @salient_from. */
char        *px_quote_resolve_pronoun  (DocScan    *ds,
                                        Surnames   *names,
                                        Found      *f,
                                        const char *salient,
                                        guint32     salient_from,
                                        double     *certainty);
/* "It said", or "they said" (@group) with the pronoun at @pos: the
 * organisation it stands for, or NULL. */
char        *px_quote_resolve_thing_pronoun (DocScan    *ds,
                                             Surnames   *names,
                                             Found      *f,
                                             guint32     pos,
                                             gboolean    group,
                                             const char *salient,
                                             double     *certainty);
/* Where in @items (a sentence from its start) a pronoun of gender @want
 * stands as its subject, or G_MAXUINT. */
guint        px_quote_opening_pronoun  (DocScan    *ds,
                                        GArray     *items,
                                        guint       want);
/* Whether only a definite article, if anything, comes before @m in its
 * sentence. */
gboolean     px_quote_opens_sentence_as_name (DocScan    *ds,
                                              const Mention *m);

/* px-quote-headlines.c: headlines and the names in them. */
/* Whether the paragraph @p reads as a headline, worked out once. */
gboolean     px_quote_paragraph_reads_as_headline (DocScan    *ds,
                                                   guint       p);
/* Whether @f's speaker stands in a headline and the article names it
 * nowhere else: the headline's words run together. */
gboolean     px_quote_speaker_only_in_headline (DocScan    *ds,
                                                Found      *f);

/* px-quote-echoes.c: quotes that echo another quote's words. */
void         px_quote_speakers_of_echoes (DocScan    *ds);

/* px-quote-resolution.c: the full name behind each speaker. */
/* @group_forms: the NameForms of all the comparison's documents, merged
 * in their order, or NULL for those of @ds alone. */
void         px_quote_resolve_speakers (DocScan    *ds,
                                        GHashTable *group_names,
                                        const NameForms *group_forms);

/* px-quote-written.c: how the text writes a word elsewhere. */
/* Whether @word stands in lower case somewhere in the text, as a word. */
gboolean     px_quote_written_lower    (DocScan    *ds,
                                        const char *word);
/* Whether @word stands capitalised somewhere inside a sentence. */
gboolean     px_quote_capitalised_inside_sentence (DocScan    *ds,
                                                   const char *word);

/* px-quote-described.c: what a description of the speaker stands for. */
/* "The senator said", "the company said", "the doctors stated": whom or
 * what @f's role stands for, newly allocated, its certainty in
 * @certainty; NULL when the text leaves it open. */
char        *px_quote_resolve_role     (DocScan    *ds,
                                        Surnames   *names,
                                        Found      *f,
                                        const char *salient,
                                        double     *certainty);

/* px-quotes.c */
/* The word that ends right before *@p, spaces skipped, normalised (lower
 * case); *@p moves to its start.  NULL when a mark or a sign comes
 * first: a comma, a dot or a quotation mark ends the clause the walk
 * stays in. */
char        *px_quote_word_before      (DocScan     *ds,
                                        const char **p);
DocScan     *px_quote_scan_new         (PxDocument *doc);
void         px_quote_scan_free        (DocScan    *ds);
/* The quote whose marks hold the nested quote at @q, or NULL. */
Found       *px_quote_holder_of        (DocScan    *ds,
                                        guint       q);
/* The PxQuote of @f; the tokens of its text are left in ds->tokens
 * (offsets into that text), until the scan next tokenizes. */
PxQuote     *px_quote_from_found       (DocScan    *ds,
                                        Found      *f);

G_END_DECLS
