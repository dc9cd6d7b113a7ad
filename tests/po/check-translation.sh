#!/bin/sh
# check-translation.sh: a translation is complete for the sources as they are
#
# Copyright 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-translation.sh SOURCE_ROOT LANGUAGE
#
# Fails when the translation has untranslated or fuzzy messages, when
# msgfmt --check finds a format that does not match its original, or
# when a message in the sources (extracted afresh, as parallax-pot does)
# is missing from it: a new string must come with its translation; and
# when two items of one menu share a mnemonic, in English or in the
# translation (the key would no longer pick one item).
set -eu

src=$1
lang=$2
po="$src/po/$lang.po"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

stats=$(LC_ALL=C msgfmt --check --statistics -o "$tmp/$lang.mo" "$po" 2>&1)
echo "$lang: $stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "$po is not complete" >&2
    exit 1 ;;
esac

# The same keywords as meson's "glib" preset.
(cd "$src" && xgettext --files-from=po/POTFILES --from-code=UTF-8 --add-comments \
   --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
   --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
   --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
   --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
   --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
   --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
   --output="$tmp/current.pot" 2>"$tmp/xgettext.log") || { cat "$tmp/xgettext.log" >&2; exit 1; }
LC_ALL=C msgcmp "$po" "$tmp/current.pot"
echo "$lang: every message in the sources is translated"

# Mnemonic clashes, menu by menu (the items of its sections, and its
# submenus' own labels), with the translation just compiled.
if ! command -v xmllint >/dev/null || ! command -v gettext >/dev/null; then
  echo "$lang: xmllint or gettext missing, mnemonics not checked"
  exit 0
fi
mkdir -p "$tmp/$lang/LC_MESSAGES"
cp "$tmp/$lang.mo" "$tmp/$lang/LC_MESSAGES/parallax.mo"
# Prints the mnemonic letters (lower case) used more than once in the
# labels read on standard input, translated when $1 is a language.
clashes () {
  while IFS= read -r label; do
    [ -n "$label" ] || continue
    [ -z "$1" ] || label=$(TEXTDOMAINDIR="$tmp" LANGUAGE="$1" LC_ALL=C.UTF-8 \
                           gettext -d parallax -- "$label")
    printf '%s\n' "$label" | LC_ALL=C.UTF-8 sed -n 's/__//g; s/^[^_]*_\(.\).*/\L\1/p'
  done | sort | uniq -d | tr '\n' ' '
}
status=0
for ui in "$src"/data/ui/*.ui; do
  n=$(xmllint --xpath 'count(//menu|//submenu)' "$ui")
  i=1
  while [ "$i" -le "$n" ]; do
    m="(//menu|//submenu)[$i]"
    labels=$(xmllint --xpath "$m/item/attribute[@name='label']/text() |
                              $m/section/item/attribute[@name='label']/text() |
                              $m/submenu/attribute[@name='label']/text() |
                              $m/section/submenu/attribute[@name='label']/text()" \
                     "$ui" 2>/dev/null) || labels=
    for l in "" "$lang"; do
      keys=$(printf '%s\n' "$labels" | clashes "$l")
      if [ -n "$keys" ]; then
        echo "$ui, menu $i: in ${l:-English}, several items have the mnemonic $keys" >&2
        status=1
      fi
    done
    i=$((i + 1))
  done
done
[ "$status" -eq 0 ] && echo "$lang: no menu's mnemonics clash, in English or in $lang"
exit "$status"
