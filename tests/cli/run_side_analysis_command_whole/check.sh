# synthetic input whose labels are title-cased (Claim/Opinion, as a cleaned
# copy has them): run's regress stage fails on the reference level 'claim'
# and run relays its hint; the '$ ' command stands alone on its line (the
# side analysis' note on the next), without run's own --json, and the hint
# after it does not list --json as an option the user gave (before
# 2026-12-04 the line ended "(a side analysis: the run goes on)", a shell
# syntax error when pasted)
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 7 -o s.csv
sed 's/,claim,/,Claim,/; s/,opinion,/,Opinion,/' s.csv > tc.csv
$CT run tc.csv -o r --threads 1 > /dev/null 2> err.txt
echo "run exit $?"
sed -n '/^    \$ claimtriage regress/,/side analysis/p' err.txt | cut -c1-60
# a command too wide for its line is broken where a paste still runs
# (since 2026-12-05: tests/cli/run_regress_hint_command_wrapped): joined as
# the shell joins it
line=$(perl -0pe 's/ \\\n */ /g; s/\\\n//g' err.txt | grep '^    \$ claimtriage regress' |
    sed 's/^    \$ //')
bash -n -c "$line" && echo "command parses"
case "$line" in *--json*) echo "has --json" ;; *) echo "no --json" ;; esac
echo "lines with --json: $(grep -c -- '--json' err.txt)"
