set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 5000 --seed 7 -o s.csv
$CT run -q s.csv -o o > /dev/null 2>&1
echo "run exit $?"
/usr/bin/python3 - o <<'PY'
import html, re, sys, textwrap
s = open(sys.argv[1] + '/report.html', encoding='utf-8').read()
s = re.sub(r"<(svg|style)\b.*?</\1>", "", s, flags=re.S)
s = re.sub(r"</?(p|h[1-6]|li|div|section)\b[^>]*>", "\n", s)
lines = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", l))).strip() for l in s.split("\n")]
lines = [l for l in lines if l]
i = next(k for k, l in enumerate(lines) if l.startswith('Operations Lead'))
first = lines[i + 1]
print('Operations Lead, first line: "as well" %d, "as many claims in the day as views alone" %d'
      % (first.count('as well'), first.count('as many claims in the day as views alone')))
for x in re.split(r"(?<=\.) ", first)[:5]:
    print(textwrap.fill(x, 100, initial_indent='  ', subsequent_indent='    '))
# the finance box's comparison with views alone gives both shares too
box = next(l for l in lines if l.startswith('Against sorting by views alone'))
print('finance box: "as many claims in the day as views alone" %d'
      % box.count('as many claims in the day as views alone'))
for x in re.split(r"(?<=\.) ", box)[1:4]:
    print(textwrap.fill(x, 100, initial_indent='  ', subsequent_indent='    '))
PY
