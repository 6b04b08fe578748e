set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 5000 --seed 7 -o s.csv
for cap in 480 8 3; do
    $CT run -q s.csv -o o$cap --capacity $cap > /dev/null 2>&1
    echo "capacity $cap: run exit $?"
    /usr/bin/python3 - o$cap <<'PY'
import html, re, sys
s = open(sys.argv[1] + '/report.html', encoding='utf-8').read()
s = re.sub(r"<(svg|style)\b.*?</\1>", "", s, flags=re.S)
s = re.sub(r"</?(p|h[1-6]|li|div|section)\b[^>]*>", "\n", s)
lines = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", l))).strip() for l in s.split("\n")]
lines = [l for l in lines if l]
i = next(k for k, l in enumerate(lines) if l.startswith('Finance Lead'))
j = next(k for k, l in enumerate(lines) if l.startswith('Operations Lead'))
point = lines[i + 1:j]
# the review hours random order needs more, as the first line gives them
m = re.search(r"would need ([0-9.,]+|less than 0\.01) more review hours", point[0])
hours = m.group(1) if m else None
text = ' '.join(point)
print('  hours in the first line: %s; said %d times in the point;\n'
      '  "too few claims to tell" said %d times'
      % (hours, text.count(hours) if hours else 0, text.count('too few claims to tell')))
import textwrap
print(textwrap.fill('last line: ' + point[-1], 100, initial_indent='  ',
                    subsequent_indent='    '))
PY
done
