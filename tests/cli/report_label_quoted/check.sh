# report prose names an export's claim label quoted, as a label
d=$(mktemp -d) && cd "$d" || exit 1
$CT synth -q --rows 1200 --seed 19 -o s.csv || exit 1
sed '2,$s/^\([0-9]*\),claim,/\1,yes,/; 2,$s/^\([0-9]*\),opinion,/\1,no,/' s.csv > y.csv
$CT run -q y.csv -o y --positive yes > /dev/null 2>&1; echo "run exit $?"
python3 - <<'PY'
import html, re
t = open('y/report.html', encoding='utf-8').read()
t = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', t)))
for pat in (r'The model calls a report [^.]*\.', r'a lower one flags more \S+ \S+',
            r'an unflagged [^.]* that costs', r'where it misses \S+ \S+',
            r'the share of the group\'s \S+ \S+'):
    m = re.search(pat, t)
    print(m.group(0) if m else 'absent: ' + pat)
print('bare yes:', len(re.findall(r'\b(a|more|unflagged|misses|group\'s) yes\b', t)))
PY
cd / && rm -rf "$d"
