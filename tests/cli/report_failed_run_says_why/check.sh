# A run that fails because its file holds one class (all claims, or all
# opinions) says why in the report's first lines and in the PMO's point,
# in plain words, from the cause train records (failure.cause kind
# "one_class", carried to manifest.json): before 2026-12-06 the header
# read only "The run failed at the train stage; the sections after it
# say what is missing" and the PMO "the model training step failed (the
# plan's table and the technical appendix give the exact message)".
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 22 -o all.csv || exit 1
awk -F, 'NR == 1 || $2 == "claim"' all.csv > claims.csv
awk -F, 'NR == 1 || $2 == "opinion"' all.csv > opinions.csv
for f in claims opinions; do
  $CT run -q $f.csv -o $f >/dev/null 2>&1; echo "$f run exit $?"
  /usr/bin/python3 - $f <<'PY'
import json, sys
m = json.load(open(sys.argv[1] + "/manifest.json"))
t = [s for s in m["stages"] if s["name"] == "train"][0]
print("train", t["status"], "cause", json.dumps(t["cause"], sort_keys=True))
PY
  $CT report -q $f >/dev/null 2>&1; echo "$f report exit $?"
  sed 's/<[^>]*>//g; s/&#39;/'"'"'/g' $f/report.html | grep -o "The run failed at the train stage: all [0-9,]* labelled reports have the claim status '[a-z]*', so there is no other class for the model to learn to tell them from\. The sections after it say what is missing\." | head -1
  sed 's/<[^>]*>//g; s/&#39;/'"'"'/g' $f/report.html | grep -o "the model training step failed: all [0-9,]* labelled reports have the claim status '[a-z]*'" | head -1
done
$CT train --json -q claims.csv -m m.ctm 2>/dev/null | /usr/bin/python3 -c 'import json,sys; print("train --json cause", json.dumps(json.load(sys.stdin)["failure"]["cause"], sort_keys=True))'
