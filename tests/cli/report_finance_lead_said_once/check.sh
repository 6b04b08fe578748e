set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for c in 6000:11:0.3 3000:7:0.1; do
    IFS=: read r s n <<< "$c"
    $CT synth -q --rows $r --seed $s --noise $n -o s$s.csv
    $CT run -q s$s.csv -o o$s > /dev/null 2>&1
    echo "rows $r seed $s noise $n: run exit $?"
    /usr/bin/python3 - o$s <<'PY'
import html, re, sys
s = open(sys.argv[1] + '/report.html', encoding='utf-8').read()
s = re.sub(r"<(svg|style)\b.*?</\1>", "", s, flags=re.S)
s = re.sub(r"</?(p|h[1-6]|li|div|section)\b[^>]*>", "\n", s)
lines = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", l))).strip() for l in s.split("\n")]
lines = [l for l in lines if l]
i = next(k for k, l in enumerate(lines) if l.startswith('Finance Lead'))
j = next(k for k, l in enumerate(lines) if l.startswith('Operations Lead'))
point = ' '.join(lines[i + 1:j])
print('  Finance Lead: "still reviewed" %d, "review cost" %d, "no review, moderator or '
      'dollar is saved" %d' % (point.count('still reviewed'), point.lower().count('review cost'),
                               point.lower().count('no review, moderator or dollar is saved')))
PY
done
