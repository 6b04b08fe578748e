#!/usr/bin/env bash
# The README's `run` and `demo` excerpts are the lines those commands print
# (readme_examples_true leaves both out: slow, and their times vary). A
# 1,000-row demo into demo-out, then run on its sample into out/; every
# "claimtriage run:" line the README shows must be a printed line once the
# seconds (N.NN s) are set aside, so the columns, padding and words are
# checked, the times are not. Prints each line not found, then a count.
set -u
readme=$(cd "$(dirname "$0")/../../.." && pwd)/README.md
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 1
$CT demo -o demo-out --rows 1000 >printed 2>&1 || echo "exit $? from demo"
$CT run demo-out/sample.csv -o out/ >>printed 2>&1 || echo "exit $? from run"
times='s/[0-9][0-9]*\.[0-9][0-9]* s\b/N s/g'
sed -e "$times" printed >printed.n
grep '^claimtriage run: ' "$readme" | sed -e "$times" >shown
checked=0 missing=0
while IFS= read -r line; do
  checked=$((checked + 1))
  if ! grep -qxF -- "$line" printed.n; then
    missing=$((missing + 1))
    echo "not printed by run or demo: $line"
  fi
done <shown
echo "README run and demo lines: $checked checked, $missing not printed"
