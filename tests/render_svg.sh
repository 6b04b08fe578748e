#!/usr/bin/env bash
# Render every SVG in DIR to PNG with headless Chromium, for a person to look
# at (tests/render_svg.sh DIR [OUTDIR]). Exits 77 (skip) with a visible
# message when /usr/bin/chromium is absent; never installs it.
set -u
dir=${1:?usage: tests/render_svg.sh SVG_DIR [PNG_DIR]}
outdir=${2:-$dir}
chrome=${CHROMIUM:-/usr/bin/chromium}
if ! [ -x "$chrome" ]; then
  echo "SKIP: $chrome not installed; charts not rendered (apt-get install -y chromium)"
  exit 77
fi
mkdir -p "$outdir"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
n=0 bad=0
for svg in "$dir"/*.svg; do
  [ -f "$svg" ] || continue
  png="$outdir/$(basename "${svg%.svg}").png"
  abs=$(cd "$(dirname "$svg")" && pwd)/$(basename "$svg")
  # --window-size a little taller than the 900x560 charts: no scroll bar
  timeout 60 "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$profile" --screenshot="$png" --window-size=900,560 \
    "file://$abs" >/dev/null 2>&1
  if [ -s "$png" ]; then
    n=$((n + 1))
  else
    echo "FAIL: $svg did not render"
    bad=$((bad + 1))
  fi
done
echo "rendered $n charts to $outdir ($bad failed)"
[ "$bad" -eq 0 ] && [ "$n" -gt 0 ]
