/* px-shingle.h: the Zyte article-extraction-benchmark's score
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double precision, recall;
} PxShingleScore;

/* Precision and recall of @got's word 4-grams against @gold's. */
PxShingleScore px_shingle_score (const char *gold,
                                 const char *got);

G_END_DECLS
