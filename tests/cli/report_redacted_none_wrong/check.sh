# A redacted run whose model got no held-out report wrong says so, as an
# unredacted one does: before 2026-12-02 it read "0 held-out reports were
# misclassified. Examples redacted: ...", as if there were examples to
# hide. With some wrong, the redacted page still counts them and hides them.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for seed in 8 5; do
  $CT synth -q --rows 2000 --seed $seed -o s$seed.csv
  $CT run -q s$seed.csv -o out$seed --redact >/dev/null 2>&1
  echo "seed $seed: run exit $?"
  python3 - out$seed <<'PY'
import html, json, re, sys
d = sys.argv[1]
print('misclassified_total', json.load(open(d + '/evaluate.json'))['misclassified_total'])
t = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', open(d + '/report.html', encoding='utf-8').read())))
print(re.search(r'Reports the model got wrong (.*?\.) ', t).group(1))
PY
done
