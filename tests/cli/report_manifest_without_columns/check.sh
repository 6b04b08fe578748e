# A run folder written before 2026-12-05 has no options.columns in its
# manifest.json: `report DIR` on it writes the same report as on the folder
# with the key. A run that renamed columns (run has taken --target and
# --views since 2026-12-01) is read under the names it gave its stages, from
# their recorded commands (a name with a space and a quote included); before
# 2026-12-05 that report lost the engagement talking point and said
# "eda.json has no median video_view_count ... (the column absent, ...)".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 4 -o s.csv
awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) {
    if ($i == "claim_status") $i = "label"; else if ($i == "video_view_count") $i = "view'"'"'s count" } }
    { print }' s.csv > renamed.csv
for f in s.csv renamed.csv; do
    rm -rf with without && mkdir with without
    if [ $f = s.csv ]; then
        (cd with && $CT run -q ../$f -o r >/dev/null 2>&1)
    else
        (cd with && $CT run -q ../$f -o r --target=label --positive=claim --views="view's count" \
            >/dev/null 2>&1)
    fi
    echo "run $f: exit $?"
    cp -r with/r without/r
    /usr/bin/python3 - <<'PY'
import json
m = json.load(open('without/r/manifest.json'))
print('  options.columns:', json.dumps(m['options'].pop('columns'), sort_keys=True))
json.dump(m, open('without/r/manifest.json', 'w'), indent=2)
PY
    for w in with without; do
        (cd $w && $CT report r >/dev/null 2>../$w.err)
        echo "  report, $w the key: exit $?"
    done
    cmp -s with.err without.err && echo "  same messages" || diff with.err without.err
    for x in report.html report.json; do
        cmp -s with/r/$x without/r/$x && echo "  same $x" || diff with/r/$x without/r/$x | head -5
    done
    python3 - <<'PY'
import html, json
j = json.load(open('without/r/report.json', encoding='utf-8'))
cl = [p for p in j['talking_points'] if p['topic'] == 'claims']
print('  claims point:', cl[0]['text'][:100] if cl else '(none)')
print('  eda.json said missing:', 'eda.json has no median' in html.unescape(open('without/r/report.html', encoding='utf-8').read()))
PY
done
