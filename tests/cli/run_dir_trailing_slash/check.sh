# `run FILE -o out/` (the README's example spells the folder so) names the
# folder "out" names. Before 2026-12-02 every stage's command and artifact
# read "out//model.ctm", "out//charts", "out//queue.csv", so the same run
# gave other bytes than with `-o out`. Now only what the user typed (the
# manifest's and the report's command line) keeps the '/'.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1200 --seed 15 -o s.csv
$CT run -q s.csv -o out/
echo "exit $?"
echo "files naming out//: $(grep -rl 'out//' out | wc -l)"
mkdir a b
(cd a && $CT run -q ../s.csv -o out > /dev/null)
(cd b && $CT run -q ../s.csv -o out/ > /dev/null)
# the same folder name, typed with and without the '/': artifacts but the
# record of the command line are byte-identical
for f in $(cd a/out && find . -type f | sort); do
  cmp -s "a/out/$f" "b/out/$f" || echo "differs: $f"
done
