#!/bin/bash
# outputs-snapshot.sh: what parallax-cli prints, to check a refactoring
# changes none of it
#
# Copyright 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/tools/outputs-snapshot.sh BUILD_DIR OUT_DIR [ECBPLUS_EVENTS_DIR]
# Runs compare (text, JSON, with options, PDF as text via pdftotext,
# HTML, the handout and its answer key), quotes (text, JSON), info and
# text on the sample event, twelve ECB+ events, the primary-source
# event and the web pages in tests/data/html, and writes each output to
# OUT_DIR.  Build the code before and after a change, snapshot both,
# then `diff -r BEFORE AFTER`: nothing may differ.  (The HTML report's
# date is blanked: it is the time of writing.)
set -u
B=$1; O=$2; rm -rf "$O"; mkdir -p "$O"
CLI="$B/app/cli/parallax-cli"
W=$(cd "$(dirname "$0")/../.." && pwd)
ECB=${3:-/work/shared/data/ecbplus/events}
events=("sample:$W/data/samples")
for e in t01_ecbplus t03_ecb t05_ecbplus t08_ecb t12_ecbplus t14_ecb t19_ecbplus t22_ecb t25_ecbplus t30_ecb t36_ecbplus t41_ecb; do
  events+=("$e:$ECB/$e")
done
for ev in "${events[@]}"; do
  n=${ev%%:*}; d=${ev#*:}
  files=$(ls "$d"/*.txt | sort | head -6)
  $CLI compare $files > "$O/$n.compare.txt" 2>&1; echo "rc=$?" >> "$O/$n.compare.txt"
  $CLI compare -f json $files > "$O/$n.compare.json" 2>&1
  $CLI compare -i -t -p -w -r auto $files > "$O/$n.compare-opts.txt" 2>&1
  $CLI quotes $files > "$O/$n.quotes.txt" 2>&1
  $CLI quotes -f json $files > "$O/$n.quotes.json" 2>&1
  $CLI info $files > "$O/$n.info.txt" 2>&1
  $CLI compare -f pdf --paper a4 -o "$O/$n.pdf" $files > "$O/$n.pdf.log" 2>&1
  pdftotext -layout "$O/$n.pdf" "$O/$n.pdf.txt" 2>/dev/null; pdfinfo "$O/$n.pdf" | grep -E 'Pages|Page size' > "$O/$n.pdfinfo"; rm -f "$O/$n.pdf"
  $CLI compare -f html -o "$O/$n.html" $files > "$O/$n.html.log" 2>&1; sed -i 's/<meta name="date" content="[^"]*">/<meta name="date">/' "$O/$n.html"
  $CLI compare -f pdf --handout --paper letter -o "$O/$n.handout.pdf" $files > "$O/$n.handout.log" 2>&1
  for p in "$O/$n".handout*.pdf; do [ -f "$p" ] && pdftotext -layout "$p" "$p.txt" && rm -f "$p"; done
done
# web pages: text extraction and page metadata
for h in $W/tests/data/html/awkward/*.html $(ls $W/tests/data/html/zyte/*.html | head -8); do
  b=$(basename $h)
  $CLI text -f json "$h" > "$O/html-$b.json" 2>&1
done
$CLI text -f json $W/data/samples/*.txt > "$O/sample.text.json" 2>&1
R=$W/tests/data/sources/riverton
$CLI compare -f json --source=$R/0-transcript.txt $R/[123]-*.txt > "$O/source.compare.json" 2>&1
$CLI quotes --source=$R/0-transcript.txt $R/[123]-*.txt > "$O/source.quotes.txt" 2>&1
echo "$(ls $O | wc -l) files in $O"
