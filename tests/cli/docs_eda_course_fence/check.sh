#!/usr/bin/env bash
# eda's text outliers table has no "course fence" column (--json has
# course_fence): on the course's data the column would make the table wider
# than 100 columns, so docs/eda.md says where the fence is instead
# (2026-12-07). Checks that --json's course_fence is median + k*IQR, the
# table's width with the column (the column as wide as its header or its
# values to 2 decimals, as the Tukey fence column prints them), and that
# the page says where to find the fence.
set -u
doc=$(cd "$(dirname "$0")/../../.." && pwd)/docs/eda.md
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
$CT eda -q "$CLAIMTRIAGE_DATA" >"$d/text" || exit 1
$CT eda -q "$CLAIMTRIAGE_DATA" --json >"$d/json" || exit 1
/usr/bin/python3 - "$d/text" "$d/json" <<'PY'
import json, sys
text = open(sys.argv[1]).read().split("\n")
o = json.load(open(sys.argv[2]))["outliers"]
k = o.pop("k")
ok = all(abs(v["course_fence"] - (v["median"] + k * v["iqr"])) <= 1e-9 * abs(v["course_fence"])
         for v in o.values())
print("json course_fence = median + k*IQR:", "yes" if ok else "no")
i = next(j for j, l in enumerate(text) if l.startswith("Outliers ("))
rows = []
for l in text[i + 2:]:
    if not l.strip():
        break
    rows.append(l)
head = rows[0]
print("course fence in the text table:", "yes" if "course fence" in head else "no")
cell = max([len("course fence")] + [len("{:,.2f}".format(v["course_fence"])) for v in o.values()])
print("table width: %d now, %d with a course fence column"
      % (max(map(len, rows)), max(map(len, rows)) + 2 + cell))
PY
if tr -s ' \n' '  ' <"$doc" | grep -qF -- '`outliers.<metric>.course_fence`'; then
  echo "docs/eda.md: says where the course fence is"
else
  echo "docs/eda.md: does not say where the course fence is"
fi
