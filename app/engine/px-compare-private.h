/* px-compare-private.h: the comparison's internals, for tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-compare.h"

G_BEGIN_DECLS

/* px_comparison_new(), which also finds each document's candidate pairs
 * a second time with no bound skipping pairs (every pair that shares a
 * word not common gets accept_pair()), and counts in *filter_misses the
 * documents whose candidates differ between the two: the bounds must
 * never change the result. */
PxComparison *px_comparison_new_checked (PxDocument             **documents,
                                         guint                    n_documents,
                                         const PxCompareOptions  *options,
                                         guint                   *filter_misses);

G_END_DECLS
