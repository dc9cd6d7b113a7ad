#!/bin/sh
# The README's first command opens the window from the build tree, on a
# machine where nothing of Parallax is installed: no settings schema where
# GSettings looks.  This runs the built binary that way, with no
# GSETTINGS_SCHEMA_DIR, on its own session bus (the application is
# unique), and passes when a window of that process appears on the display.
# It fails as soon as the process ends: before the fix it aborted with
# "Settings schema 'io.github.parallax.Parallax' is not installed".
# Usage: first-command.sh PARALLAX FILE...   (under Xvfb)

app=$1
shift
log=$(mktemp)
trap 'rm -f "$log"' EXIT

cat > "$log.run" <<'RUN'
"$@" &
pid=$!
i=0
while [ $i -lt 240 ]; do
  if ! kill -0 $pid 2>/dev/null; then
    wait $pid
    echo "the window did not open: the application ended with status $?"
    exit 1
  fi
  for id in $(xwininfo -root -tree | awk '/\("parallax" "parallax"\)/ { print $1 }'); do
    if xprop -id "$id" _NET_WM_PID | grep -q "= $pid\$"; then
      echo "a window of the application is on the display"
      kill $pid
      wait $pid
      exit 0
    fi
  done
  sleep 0.5
  i=$((i + 1))
done
echo "no window of the application after two minutes"
kill $pid
exit 1
RUN
env -u GSETTINGS_SCHEMA_DIR dbus-run-session -- sh "$log.run" "$app" "$@" 2>"$log"
status=$?
rm -f "$log.run"
if [ $status -ne 0 ]; then
  grep -v "dbus-daemon" "$log" >&2
fi
exit $status
