set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
# a column name mistyped by one or two edits (a character added, left out, replaced or two
# swapped: Damerau's distance, letter case and word separators aside, at most 2 and fewer than
# half the name's characters, the rule of a mistyped command or option) gets "did you mean" in
# every command that takes column names; before 2026-12-07 only case and space slips did.
# None when two columns are as near (no guess) or none is near enough.
$CT synth -q --rows 200 --seed 5 -o s.csv
$CT regress -q s.csv --target claim_statu --positive claim; echo "regress --target: exit $?"
$CT train -q s.csv --text video_transcription_txt -m m.ctm; echo "train --text: exit $?"
echo "no model left: $([ -e m.ctm ] && echo no || echo yes)"
$CT inspect -q s.csv --target Claim-Stat; echo "inspect --target: exit $?"
$CT test -q s.csv --by verified_stauts; echo "test --by: exit $?"
$CT eda -q s.csv --text video_transcriptoin_text -o eda; echo "eda --text: exit $?"
printf 'rate_a,rate_b,group\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n' > two.csv
$CT test -q two.csv --by group --measure rate_c; echo "ambiguous (rate_a, rate_b): exit $?"
$CT inspect -q s.csv --target xyz; echo "far: exit $?"
