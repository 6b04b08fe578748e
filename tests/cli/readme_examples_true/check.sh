#!/usr/bin/env bash
# The README's examples stay true: every command of its ``` blocks whose
# input is reproducible (the reports file, which the README links as
# reports.csv, or `synth` with a seed) is run in
# a temporary folder, and every output line the README shows for it must be
# a line of what the command prints now (stdout and stderr; lines holding
# "..." are the README's elisions and are not checked; a command continued
# with a backslash is joined). Slow or machine-dependent commands (run, demo,
# plan --status of run's folder, the gbdt grid, report --pdf) are left out;
# auto is run (its families table had gone stale when gbdt's grid grew).
# Prints each line not found, then a count.
set -u
readme=$(cd "$(dirname "$0")/../../.." && pwd)/README.md
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
ln -s "$CLAIMTRIAGE_DATA" "$d/reports.csv"
# the README's commands run from the repository's root: its scripts/ too
ln -s "$(dirname "$readme")/scripts" "$d/scripts"
# command<TAB>expected line, one record per expected line ("" for none)
awk '
  /^```/ { inblock = !inblock; cmd = ""; next }
  !inblock { next }
  /^\$ / {
    cmd = substr($0, 3)
    # a line ending in a backslash goes on on the next one: joined
    while (cmd ~ /\\$/ && (getline nxt) > 0) {
      sub(/\\$/, "", cmd); sub(/^ +/, "", nxt); cmd = cmd nxt
    }
    # a quote left open (an awk program over two lines): its lines joined
    while (cmd != "" && gsub(/\047/, "\047", cmd) % 2 == 1 && (getline nxt) > 0) {
      sub(/^ +/, "", nxt); cmd = cmd " " nxt
    }
    print cmd "\t"; next
  }
  cmd != "" && $0 !~ /\.\.\./ { print cmd "\t" $0 }
' "$readme" >"$d/pairs"
runnable() {
  case "$1" in
  "claimtriage inspect reports.csv" | "claimtriage eda -q -o charts/ reports.csv" | \
    "claimtriage test reports.csv" | "claimtriage regress reports.csv" | \
    "claimtriage train reports.csv -m claims.ctm" | \
    "claimtriage eda -q reports.csv --target author_ban_status --by verified_status --columns video_view_count,video_comment_count" | \
    "claimtriage train reports.csv -m auto.ctm --model auto" | \
    "claimtriage synth --rows 3000 --seed 7 -o new.csv" | \
    "claimtriage evaluate new.csv -m claims.ctm --predictions scores.csv --by verified_status" | \
    "head -3 scores.csv" | "claimtriage score reports.csv -m claims.ctm --capacity 3" | \
    "claimtriage plan" | "awk 'NR == 1 { for (i = 0; i < 4; i++) print > "* | \
    "for i in 0 1 2 3; do claimtriage score shard\$i.csv -m claims.ctm --capacity 1000 -o q\$i.csv; done" | \
    "claimtriage merge q0.csv q1.csv q2.csv q3.csv --capacity 1000 -o queue.csv" | \
    "python3 scripts/split_half.py reports.csv --seed 14 other.csv half.csv" | \
    "claimtriage train -q other.csv -m other.ctm" | \
    "claimtriage score -q half.csv -m other.ctm -o queue.csv" | \
    "claimtriage queue-eval queue.csv --labels half.csv -o charts/") return 0 ;;
  esac
  return 1
}
# claimtriage inside a command (the shard loop) is the binary under test too
claimtriage() { $CT "$@"; }
ran=0 checked=0 missing=0
prev=""
cd "$d" || exit 1
while IFS=$'\t' read -r cmd line; do
  runnable "$cmd" || continue
  if [ "$cmd" != "$prev" ]; then
    prev=$cmd
    ran=$((ran + 1))
    eval "${cmd/#claimtriage/\$CT}" >"$d/out" 2>&1 || echo "exit $? from: $cmd"
  fi
  [ -n "$line" ] || continue
  checked=$((checked + 1))
  if ! grep -qxF -- "$line" "$d/out"; then
    missing=$((missing + 1))
    echo "not printed by '$cmd': $line"
  fi
done <"$d/pairs"
echo "README examples: $ran commands run, $checked lines checked, $missing not printed"
