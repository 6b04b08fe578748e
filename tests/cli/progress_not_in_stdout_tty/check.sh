# Progress bars when standard output is the terminal too (a pseudo-terminal
# from script(1) for both): the results written there (score's queue, sorted
# or --no-sort, its reasons; synth's rows) get no bar: before 2026-12-05 one
# was drawn into them, 'score [####] 100%1,3616856643,...' on the first row.
# A command writing its results to a file, or printing them once its work is
# done (evaluate), still draws its bar on the terminal.
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
$CT synth -q --rows 3000 --seed 3 -o s.csv || exit 1
$CT train s.csv -q --no-audit -m m.ctm > /dev/null || exit 1
export CLAIMTRIAGE_PROGRESS_DELAY=0
# bar frames: a label then '[#...]' and a percentage
bars() { tr '\r' '\n' < "$1" | grep -cE '^[a-z]+ +\[[# ]+\] +[0-9]+%'; }
show() {
    script -qc "$2" /dev/null > out.txt < /dev/null
    echo "$1: bar frames $(bars out.txt | sed 's/^[1-9][0-9]*$/some/'), first line: $(head -1 out.txt | tr -d '\r' | cut -c1-40)"
}
show "score --capacity 2" "$CT score -m m.ctm s.csv --capacity 2"
show "score --no-sort --reasons 3" "$CT score -m m.ctm s.csv --no-sort --reasons 3"
show "score -o -" "$CT score -m m.ctm s.csv -o - --capacity 1"
show "synth" "$CT synth --rows 20000 --seed 1"
show "score -o q.csv" "$CT score -m m.ctm s.csv -o q.csv"
show "score > q2.csv" "$CT score -m m.ctm s.csv > q2.csv"
echo "q2.csv: $(grep -c '%' q2.csv) lines with a bar, $(grep -c '' q2.csv) lines"
show "evaluate" "$CT evaluate -m m.ctm s.csv"
