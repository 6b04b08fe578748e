set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
if [ "${1:-}" = real ]; then
    ln -s "$CLAIMTRIAGE_DATA" s.csv
    caps=480
else
    $CT synth -q --rows 5000 --seed 7 -o s.csv
    caps=8
fi
for cap in $caps; do
    $CT run -q s.csv -o o$cap --capacity $cap > /dev/null 2>&1
    echo "capacity $cap: run exit $?"
    /usr/bin/python3 - o$cap <<'PY'
import html, json, re, sys, textwrap
o = sys.argv[1]
q = json.load(open(o + '/queue_eval.json'))['at_capacity']
print('  queue_eval.json: claims\' views reached in the day, views alone %.2f%%, queue %.2f%%'
      % (100 * q['views']['weighted_recall'], 100 * q['queue']['weighted_recall']))
s = open(o + '/report.html', encoding='utf-8').read()
s = re.sub(r"<(svg|style)\b.*?</\1>", "", s, flags=re.S)
t = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", s)))
print('  "reaches more of the claims\' views" %d; "does better: the claims it reaches" %d'
      % (t.count("reaches more of the claims' views"), t.count('does better: the claims it')))
said = sorted(set(x for x in re.split(r"(?<=[.;]) ", t) if 'no test of this run checks' in x))
print('  "no test of this run checks" %d times, as:' % t.count('no test of this run checks'))
for x in said:
    print(textwrap.fill(x.strip(), 100, initial_indent='    ', subsequent_indent='    '))
PY
done
