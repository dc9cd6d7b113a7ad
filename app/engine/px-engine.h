/* px-engine.h: the engine: documents, paragraphs, tokens (GLib only)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-document.h"
#include "px-tokenizer.h"
#include "px-quotes.h"
#include "px-source-check.h"
