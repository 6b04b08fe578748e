# The executive summary's caveats say what was done with the videos
# reported more than once (train.json's split: each video's reports kept on
# one side of the train/test split) and name every input the shortcut
# audit flags, by kind, five at most and the rest counted (before
# 2026-12-05 they named the engagement shortcut alone and said nothing of
# repeated videos). Then train.json edited (manifest hash updated): every
# audited input flagged, and the split one whose videos straddle the sets.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1500 --seed 6 -o s.csv
# every 10th report is a second report of the video before it
awk -F, -v OFS=, 'NR > 2 && NR % 10 == 0 { $3 = prev } NR > 1 { prev = $3 } 1' s.csv > r.csv
$CT run -q r.csv -o r > /dev/null
echo "run exit $?"
jq -c '.split | {grouped, repeated_ids, ids_across_sets}' r/train.json
jq -r '.talking_points[] | select(.topic == "caveats") | .text, (.figures | tojson)' r/report.json
python3 - r <<'PY'
import hashlib, json, sys
d = sys.argv[1]
old = hashlib.sha256(open(d + "/train.json", "rb").read()).hexdigest()
tr = json.load(open(d + "/train.json", encoding="utf-8"))
for f in tr["audit"]["features"]:
    f["flagged"] = True
tr["split"]["grouped"] = False
tr["split"]["ids_across_sets"] = 1
open(d + "/train.json", "w", encoding="utf-8").write(json.dumps(tr))
new = hashlib.sha256(open(d + "/train.json", "rb").read()).hexdigest()
m = open(d + "/manifest.json", encoding="utf-8").read()
open(d + "/manifest.json", "w", encoding="utf-8").write(m.replace(old, new))
print("kinds audited:", ", ".join(sorted({f["kind"] for f in tr["audit"]["features"]})))
PY
$CT report -q r
echo "report exit $?"
jq -r '.talking_points[] | select(.topic == "caveats") | .text, (.figures | tojson)' r/report.json
