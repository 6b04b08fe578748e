# report.json's sections, sections_missing and charts_refused are counts
# (integers), and docs/formats.md says so: before 2026-12-04 it described
# them as if they were the written sections and the refused files.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
f=$(cd ../../../docs && pwd)/formats.md
cd "$d"
$CT synth -q --rows 400 --seed 3 -o s.csv || exit 1
$CT run -q s.csv -o r > /dev/null 2>&1; echo "run: exit $?"
python3 - "$f" <<'PY'
import json, re, sys
r = json.load(open("r/report.json"))
for k in ("sections", "sections_missing", "charts_refused"):
    print(k, type(r[k]).__name__)
doc = open(sys.argv[1]).read()
sec = doc[doc.index("## `report.json`"):]
sec = sec[:sec.find("\n## ", 5) % (len(sec) + 1)]  # up to the next section, if any
m = re.search(r"- Three counts \(non-negative integers, not lists\): `sections`.*?`sections_missing`.*?`charts_refused`", sec, re.S)
print("docs/formats.md calls them counts:", bool(m))
PY
