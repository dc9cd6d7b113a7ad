/* px-source-check.h: the articles' quotations against the primary source
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A primary source is the record of what was said: a transcript, a
 * speech, a press release, a filing, a post (px_document_set_primary_source()).
 * Every quotation of the articles is looked for in the sources by word
 * alignment (case, typography and punctuation ignored, as the word diff
 * can) and labelled: the same words, a part of them, changed words,
 * pieces joined from different places, words another speaker said, or
 * nothing like it at all.
 */
#pragma once

#include "px-diff.h"
#include "px-document.h"
#include "px-quotes.h"

G_BEGIN_DECLS

typedef enum {
  PX_SOURCE_VERBATIM,       /* the same words, whole sentences */
  PX_SOURCE_TRIMMED,        /* a contiguous part, or cut with an ellipsis */
  PX_SOURCE_ALTERED,        /* words changed, added or dropped */
  PX_SOURCE_SPLICED,        /* pieces from different places joined */
  PX_SOURCE_OTHER_SPEAKER,  /* in the source, but someone else said it */
  PX_SOURCE_NOT_FOUND,      /* no passage of the source matches */
} PxSourceLabel;

#define PX_SOURCE_N_LABELS 6

/* "verbatim", "trimmed", "altered", "spliced", "other-speaker", "not-found" */
const char *px_source_label_to_string (PxSourceLabel label);
/* The same, translated, for people to read. */
const char *px_source_label_name      (PxSourceLabel label);
/* One sentence, translated, saying what the label means for the quotation. */
const char *px_source_label_explain   (PxSourceLabel label);

/* The journalist's conventions a quotation uses, recognised as such. */
typedef enum {
  PX_SOURCE_BRACKETS = 1 << 0,  /* a bracketed insertion: [the Iranians] */
  PX_SOURCE_ELLIPSIS = 1 << 1,  /* an ellipsis standing for words the source has */
} PxSourceConventions;

/* One passage of a source that a quotation (or a piece of it) gives.
 * @diff is an array of PxDiffOp whose old ranges are bytes of the
 * source's text and new ranges bytes of the article's text: EQUAL
 * words, DELETE words the source has and the quotation not, INSERT
 * words the quotation has and the source not (bracketed insertions and
 * ellipses among them, see @conventions of the match). */
typedef struct {
  guint    source;          /* index of the source among the documents given */
  guint32  start;           /* the passage, bytes of the source's text */
  guint32  end;
  guint32  quote_start;     /* the part of the quotation, bytes of the article's text */
  guint32  quote_end;
  char    *speaker;         /* the transcript's label for who says it ("KERRY"), or NULL */
  gint     distance;        /* words from the previous span's end to this one's start
                             * (negative: it stands before); 0 for the first */
  gboolean joined_by_ellipsis; /* an ellipsis of the quotation stands before it */
  GArray  *diff;            /* of PxDiffOp */
} PxSourceSpan;

/* How one occurrence of a quotation stands against the sources. */
typedef struct {
  guint                document;    /* the article, index among the documents given */
  guint                group;       /* index of the quote group */
  guint                occurrence;  /* index into the group's occurrences */
  guint32              start;       /* the quotation, bytes of the article's text */
  guint32              end;
  PxSourceLabel        label;
  PxSourceConventions  conventions;
  guint                n_words;     /* the quotation's words, insertions left out */
  guint                matched;     /* of those, found in the source */
  GArray              *spans;       /* of PxSourceSpan, in the quotation's order;
                                     * empty when not found */
} PxSourceMatch;

typedef struct _PxSourceCheck PxSourceCheck;

/* Checks every quotation of @groups (px_quotes_group() over @docs) that
 * stands in a document not marked as primary source against the ones
 * that are.  Pure computation: safe on a worker thread.  With no source
 * among @docs, the check has no matches. */
PxSourceCheck       *px_source_check_new         (PxDocument    **docs,
                                                  guint           n_docs,
                                                  GPtrArray      *groups);
void                 px_source_check_free        (PxSourceCheck  *self);

guint                px_source_check_get_n_sources (PxSourceCheck *self);
guint                px_source_check_get_n_matches (PxSourceCheck *self);
/* Matches by article, then by position in the article. */
const PxSourceMatch *px_source_check_get_match   (PxSourceCheck  *self,
                                                  guint           index);
/* The match of one occurrence of a group, or NULL when it was not
 * checked (a source's own quotes, quoted terms, nested quotes). */
const PxSourceMatch *px_source_check_find        (PxSourceCheck  *self,
                                                  guint           group,
                                                  guint           occurrence);
/* How many of @document's checked quotations have each label:
 * @tally has PX_SOURCE_N_LABELS entries. */
void                 px_source_check_get_tally   (PxSourceCheck  *self,
                                                  guint           document,
                                                  guint          *tally);
/* Problems with the sources themselves, translated, one sentence each
 * (a source with no words, a source with the text of an article). */
const char * const  *px_source_check_get_notices (PxSourceCheck  *self,
                                                  guint          *n_notices);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSourceCheck, px_source_check_free)

G_END_DECLS
