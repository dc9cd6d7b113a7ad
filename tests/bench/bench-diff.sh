#!/bin/sh
# bench-diff.sh: run the word diff benchmark against every peer.
#
# Copyright 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/bench/bench-diff.sh [BUILD-DIR]   (default: build)
# Builds bench-diff, installs jsdiff (npm package "diff") into a
# temporary folder outside the tree when npm is there, and prints the
# table.  Nothing is left behind.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$top/$build ;; esac

ninja -C "$build" tests/bench/bench-diff app/cli/parallax-cli >/dev/null

js=$(mktemp -d "${TMPDIR:-/tmp}/parallax-jsdiff-XXXXXX")
trap 'rm -rf "$js"' EXIT INT TERM
if command -v npm >/dev/null 2>&1 &&
   npm install --prefix "$js" --no-audit --no-fund --silent diff >/dev/null 2>&1; then
  set -- --jsdiff "$js"
else
  echo "jsdiff not installed (npm missing or offline): its rows are left out" >&2
  set --
fi
"$build/tests/bench/bench-diff" --samples "$top/data/samples" "$@"
