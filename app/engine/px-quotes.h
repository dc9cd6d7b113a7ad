/* px-quotes.h: quotations, who said them, and which outlets carry them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-document.h"

G_BEGIN_DECLS

/* A quotation with fewer words than this is a quoted term: a partial
 * quote (called it "wildly inaccurate") or a scare quote (a "caliphate").
 * It is extracted, flagged PX_QUOTE_TERM.  A partial quote, one the words
 * around attribute to someone (PX_QUOTE_ATTRIBUTED), has a group of its
 * own like any quotation; a scare quote only joins a group when its words
 * stand verbatim in a quotation of that group, or when at least two
 * outlets quote the same term of two words or more.  A title or a name
 * (PX_QUOTE_NAME) has no speaker; one its article quotes again is a
 * group of its own. */
#define PX_QUOTE_MIN_WORDS 3

typedef enum {
  PX_QUOTE_TERM      = 1 << 0,  /* fewer than PX_QUOTE_MIN_WORDS words */
  PX_QUOTE_OPEN      = 1 << 1,  /* left open at the end of its paragraph */
  PX_QUOTE_MULTI     = 1 << 2,  /* runs over several paragraphs */
  PX_QUOTE_NESTED    = 1 << 3,  /* a quote inside another quote */
  PX_QUOTE_SINGLE    = 1 << 4,  /* marked with single quotes */
  PX_QUOTE_INSERTION = 1 << 5,  /* holds a bracketed insertion: [the Iranians] */
  PX_QUOTE_ELLIPSIS  = 1 << 6,  /* holds an ellipsis marking a cut */
  PX_QUOTE_ATTRIBUTED = 1 << 7, /* the words around it say who said it */
  PX_QUOTE_NAME      = 1 << 8,  /* a title, a slogan or a name the text gives
                                 * a thing: nobody's words, no speaker */
} PxQuoteFlags;

/* One quotation in one document.  @start and @end are byte offsets into
 * the document's text of the quoted words, without the marks (and without
 * the comma that English style puts inside the closing mark); a quote over
 * several paragraphs spans them all.  @text is the quoted words, with the
 * paragraphs of a multi-paragraph quote joined by a space.  @speaker is a
 * person's full name where the document or the group gives one, or NULL
 * when the text does not say who spoke.  @speaker_confidence is how surely
 * the text names that speaker, from 0 to 1 (0 when there is none); see
 * px_quote_speaker_is_uncertain(). */
typedef struct {
  guint32       start;
  guint32       end;
  guint         paragraph;
  guint         n_words;
  PxQuoteFlags  flags;
  char         *text;
  char         *speaker;
  double        speaker_confidence;
} PxQuote;

void       px_quote_free      (PxQuote    *quote);

/* Below this confidence a speaker is a guess for the reader to check: a
 * pronoun or a lone surname resolved from afar, a subject far from the
 * speech verb, outlets naming different people. */
#define PX_QUOTE_SPEAKER_SURE 0.7

/* TRUE when @speaker is named but with a @confidence below
 * PX_QUOTE_SPEAKER_SURE: what the window, the report and the JSON mark "?". */
gboolean   px_quote_speaker_is_uncertain (const char *speaker,
                                          double      confidence);

/* The quotations of @doc in text order (nested ones right after the quote
 * that holds them), each with its speaker: an array of PxQuote. */
GPtrArray *px_quotes_extract  (PxDocument *doc);

typedef enum {
  PX_QUOTE_MATCH_EXACT,    /* the same words as the group's reference */
  PX_QUOTE_MATCH_VARIANT,  /* words changed, added or dropped */
  PX_QUOTE_MATCH_PARTIAL,  /* a trimmed fragment of the reference */
} PxQuoteMatch;

const char *px_quote_match_to_string (PxQuoteMatch match);

typedef struct {
  guint         document;  /* index into the documents given */
  guint32       start;
  guint32       end;
  PxQuoteFlags  flags;
  PxQuoteMatch  match;
  char         *text;
  char         *speaker;
  double        speaker_confidence;
} PxQuoteOccurrence;

/* How one document carries a group's quotation. */
typedef enum {
  PX_QUOTE_ABSENT,
  PX_QUOTE_WHOLE,    /* exact, or split in pieces that together are exact */
  PX_QUOTE_TRIMMED,  /* only fragments */
  PX_QUOTE_ALTERED,  /* words changed */
} PxQuoteCoverage;

const char *px_quote_coverage_to_string (PxQuoteCoverage coverage);
/* The same, translated, for people to read. */
const char *px_quote_coverage_label     (PxQuoteCoverage coverage);

/* Occurrences of one quotation across documents.  The reference is the
 * longest version; every occurrence's match says how it compares with it.
 * @carried[d] is TRUE when document d has at least one occurrence. */
typedef struct {
  char             *speaker;      /* the speaker most occurrences name, or NULL */
  guint             reference;    /* index into @occurrences */
  GArray           *occurrences;  /* of PxQuoteOccurrence, by document then position */
  guint             n_documents;
  gboolean         *carried;
  PxQuoteCoverage  *coverage;     /* n_documents entries */
  double            speaker_confidence;  /* of @speaker, 0..1; lower when outlets disagree */
} PxQuoteGroup;

void       px_quote_group_free (PxQuoteGroup *group);

/* Extracts the quotations of the @n_docs documents, names their speakers
 * using the names found in every document, and groups the occurrences of
 * the same quotation.  An occurrence its own words give no source (a
 * heading, a partial quote in the writer's sentence) takes the speaker
 * of an occurrence of its group whose words it repeats, less surely
 * (uncertain when only another document names them).  Every quotation of
 * PX_QUOTE_MIN_WORDS words or more is in exactly one group, even when
 * only one document has it.  Groups are in order of first appearance
 * (document, then position).  Returns an array of PxQuoteGroup. */
GPtrArray *px_quotes_group    (PxDocument **docs,
                               guint        n_docs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxQuote, px_quote_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxQuoteGroup, px_quote_group_free)

G_END_DECLS
