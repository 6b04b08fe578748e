#!/usr/bin/env bash
# The command pages' examples stay true, as readme_examples_true holds the
# README's: every command of a docs/*.md ``` block whose input is
# reproducible (the reports file, `synth` with a seed, the model train makes
# of the reports file) is run in a temporary folder, and every output line
# the page shows for it must be a line of what the command prints now
# (stdout and stderr; lines holding "..." are elisions and are not checked).
# Prints each line not found, then a count.
set -u
docs=$(cd "$(dirname "$0")/../../.." && pwd)/docs
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
ln -s "$CLAIMTRIAGE_DATA" "$d/tiktok_dataset.csv"
ln -s "$CLAIMTRIAGE_DATA" "$d/reports.csv"
cd "$d" || exit 1
# the pages' examples use the model of README's `train ... -m claims.ctm`
$CT train -q tiktok_dataset.csv -m claims.ctm >/dev/null 2>&1 || echo "exit $? from train"
# and plan.md's and report.md's examples read the run folder out/ of the file
$CT run -q tiktok_dataset.csv -o out >/dev/null 2>&1 || echo "exit $? from run"
for page in "$docs"/*.md; do
  awk -v P="$(basename "$page")" '
    /^```/ { inblock = !inblock; cmd = ""; next }
    !inblock { next }
    /^\$ / { cmd = substr($0, 3); if (cmd ~ /\\$/) cmd = ""; print P "\t" cmd "\t"; next }
    cmd != "" && $0 !~ /\.\.\./ { print P "\t" cmd "\t" $0 }
  ' "$page"
done >"$d/pairs"
runnable() {
  case "$1" in
  "claimtriage inspect tiktok_dataset.csv" | "claimtriage eda -q tiktok_dataset.csv -o charts | head -9" | \
    "claimtriage test -q tiktok_dataset.csv" | "claimtriage regress -q tiktok_dataset.csv" | \
    "claimtriage synth --rows 3 --seed 1" | "claimtriage synth --rows 3000 --seed 7 -o new.csv" | \
    "claimtriage evaluate new.csv -m claims.ctm --predictions scores.csv" | \
    "claimtriage score reports.csv -m claims.ctm --capacity 5" | \
    "claimtriage plan --start 2026-02-29" | "claimtriage plan --start 9999-12-31" | \
    "claimtriage report out/ --start 2026-01-05 --cost-per-hour 45" | \
    "claimtriage plan --status out --input \"\$CLAIMTRIAGE_DATA\" | grep -E '^[0-9]+ of '") return 0 ;;
  esac
  return 1
}
ran=0 checked=0 missing=0
prev=""
while IFS=$'\t' read -r page cmd line; do
  runnable "$cmd" || continue
  if [ "$page$cmd" != "$prev" ]; then
    prev=$page$cmd
    ran=$((ran + 1))
    eval "${cmd//claimtriage/\$CT}" >"$d/.printed" 2>&1
  fi
  [ -n "$line" ] || continue
  checked=$((checked + 1))
  if ! grep -qxF -- "$line" "$d/.printed"; then
    missing=$((missing + 1))
    echo "$page: not printed by '$cmd': $line"
  fi
done <"$d/pairs"
echo "docs examples: $ran commands run, $checked lines checked, $missing not printed"
