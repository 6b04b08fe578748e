# synthetic inputs whose labels or statuses are spelled otherwise than the
# course's file; each refusal's hint command is then run as printed
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 7 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
h = rows[0]
a, c = h.index('author_ban_status'), h.index('claim_status')
def out(name, f):
    with open(name, 'w', newline='') as g:
        w = csv.writer(g, lineterminator='\n')
        w.writerow(h)
        for r in rows[1:]:
            r = list(r)
            f(r)
            w.writerow(r)
out('upper.csv', lambda r: r.__setitem__(a, r[a].upper()))
out('yn.csv', lambda r: r.__setitem__(c, {'claim': 'yes', 'opinion': 'no'}.get(r[c], r[c])))
PY
follow() { # the hint's command, as printed after "$ "
    # a command too wide for its line is broken with backslashes
    # (ct_text_wrap, since 2026-12-05): joined as the shell joins it
    cmd=$(perl -0pe 's/ \\\n */ /g; s/\\\n//g' err | grep -o '\$ claimtriage regress .*' |
        sed 's/^\$ claimtriage //')
    echo "hint's command: regress ${cmd#regress }"
    eval "\$CT $cmd" >/dev/null 2>&1
    echo "exit $?"
}
for f in upper.csv yn.csv; do
    $CT regress -q $f >/dev/null 2>err
    echo "regress $f: exit $?"
    cat err
    follow
done
# a reference level the user named stays a usage error, with the same hint
$CT regress -q yn.csv --features=video_view_count,claim_status:Yes >/dev/null 2>err
echo "regress --features=...,claim_status:Yes: exit $?"
cat err
follow
