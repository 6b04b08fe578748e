# --json on a full disk: exit 3 and the write error said once, with its
# reason, as for the text output (before 2026-12-02: said twice, the first
# time without the reason).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 5 -o s.csv && $CT train -q s.csv -m m.ctm --no-audit >/dev/null || exit 1
for c in "inspect s.csv" "eda s.csv" "test s.csv" "regress s.csv --features=video_duration_sec" \
    "evaluate s.csv -m m.ctm" "plan" "train s.csv -m m2.ctm --no-audit"; do
    $CT $c --json -q >/dev/full 2>err.txt; echo "$c: exit $?"
    sed 's/^/  /' err.txt
done
