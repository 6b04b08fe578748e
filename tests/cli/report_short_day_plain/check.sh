set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 5000 --seed 7 -o s.csv
for cap in 3 8; do
    $CT run -q s.csv -o o$cap --capacity $cap > /dev/null 2>&1
    echo "capacity $cap: run exit $?"
    /usr/bin/python3 - o$cap <<'PY'
import html, re, sys
s = open(sys.argv[1] + '/report.html', encoding='utf-8').read()
s = re.sub(r"<(svg|style)\b.*?</\1>", "", s, flags=re.S)
# the page cut at its headings: each part is a heading and the text up to the next
parts = re.split(r"<h[23]\b[^>]*>", s)
def text(h):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", h))).strip()
sec = {}
for p in parts[1:]:
    t = text(p)
    for name in ('Executive summary', 'Data Science Manager', 'Finance Lead (Americas) (plain',
                 'Operations Lead', 'For the Finance Lead'):
        if t.startswith(name):
            sec[name] = t
tests = re.compile(r"hypergeometric|McNemar|paired test|Wilcoxon|Mann-Whitney|p = [0-9]")
for name in ('Executive summary', 'Finance Lead (Americas) (plain', 'Operations Lead',
             'Data Science Manager', 'For the Finance Lead'):
    t = sec.get(name, '')
    print('  %-30s test names %d, "too few claims to tell" %d, "a day\'s luck" %d,\n'
          '  %-30s "more review hours" %d'
          % (name, len(tests.findall(t)), t.count('too few claims to tell'),
             t.count("a day's luck"), '', t.count('more review hours')))
PY
done
