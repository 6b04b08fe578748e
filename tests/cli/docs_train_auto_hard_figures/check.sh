#!/usr/bin/env bash
# docs/train.md's figures of `train --model auto` on 20,000 rows of
# `synth --noise 0.4 --seed 7` (the one-standard-error rule: gbdt until
# 2026-12-06's column draw, lr since)
# are what train prints now: the validation average precisions of gbdt and
# lr, the gap and its standard error, each to 4 decimals as the page gives
# them. Prints the sentence train's figures make and whether the page has it.
set -u
doc=$(cd "$(dirname "$0")/../../.." && pwd)/docs/train.md
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
$CT synth -q --rows 20000 --noise 0.4 --seed 7 -o "$d/hard.csv" || exit 1
$CT train -q "$d/hard.csv" --model auto --no-audit --threads 2 >"$d/out" || exit 1
# the champion's sentence, joined over its lines
s=$(sed -n '/^  champion /,/^$/p' "$d/out" | tr -s ' \n' '  ')
echo "${s%% (lr 0*}"
want=$(echo "$s" | /usr/bin/python3 -c '
import re, sys
s = sys.stdin.read()
v = dict(re.findall(r"(lr|gbdt|rf) ([0-9.]+)", s))
# "gap 0.0036, standard error 0.0031" (gbdt kept) or "... gap to it
# (0.002484) is within one standard error (0.003723; ..." (lr kept)
gap, se = re.search(r"gap (?:to it \()?([0-9.]+)\)?,? (?:is within one )?standard error \(?([0-9.]+)", s).groups()
f = lambda x: "%.4f" % float(x)
print("gbdt %s against lr %s, gap %s, standard error %s" % (f(v["gbdt"]), f(v["lr"]), f(gap), f(se)))')
echo "train: $want"
if tr -s ' \n' '  ' <"$doc" | grep -qF -- "$want"; then
  echo "docs/train.md: the same"
else
  echo "docs/train.md: not these figures"
fi
