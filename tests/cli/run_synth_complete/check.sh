# run on a synthetic file: every stage done, the manifest's hashes are the
# files' own, the input's hash and rows are recorded, and a second run into
# the same folder replaces the first (same artifacts, byte for byte, but
# the manifest's durations).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$CT synth -q --rows 3000 --seed 7 -o $d/in.csv || exit 1
$CT run -q $d/in.csv -o $d/out >$d/stdout || { echo "run failed: $?"; cat $d/out/logs/*.log | tail -5; exit 1; }
grep -q "report.html$" $d/stdout && echo "prints the report's path"
/usr/bin/python3 - "$d" <<'PY'
import hashlib, json, os, sys
d = sys.argv[1]
m = json.load(open(f"{d}/out/manifest.json"))
print("command", m["command"], "status", m["status"], "failed", m["failed_stage"])
print("stages", " ".join(f'{s["name"]}:{s["status"]}' for s in m["stages"]))
h = "sha256:" + hashlib.sha256(open(f"{d}/in.csv", "rb").read()).hexdigest()
print("input hash is the file's:", m["input"]["sha256"] == h)
print("rows", m["input"]["rows_read"], m["input"]["rows_used"], m["input"]["rows_skipped"])
bad = [o["file"] for s in m["stages"] for o in s["outputs"]
       if "sha256:" + hashlib.sha256(open(f'{d}/out/{o["file"]}', "rb").read()).hexdigest() != o["sha256"]]
print("output hashes match:", not bad, bad)
files = sorted(o["file"] for s in m["stages"] for o in s["outputs"])
for want in ["plan.json", "inspect.json", "eda.json", "test.json", "regress.json", "train.json",
             "model.ctm", "evaluate.json", "score.json", "queue.csv", "queue_eval.json",
             "report.html", "report.json", "charts/queue_recall.svg"]:
    if want not in files:
        print("missing output", want)
ev = json.load(open(f"{d}/out/evaluate.json"))
tr = json.load(open(f"{d}/out/train.json"))
print("evaluate is train's test set:", ev["split"] == "test" and ev["metrics"] == tr["metrics"]["test"])
PY
$CT plan --status $d/out --input $d/in.csv | grep -E "^[0-9]+ of [0-9]+ milestones done" | sed "s|$d|D|"
$CT synth -q --rows 300 --seed 8 -o $d/other.csv
$CT plan --status $d/out --input $d/other.csv | grep -E "^[0-9]+ of [0-9]+ milestones done" | sed "s|$d|D|"
grep -c 'report.html\|<section' $d/out/report.html >/dev/null && echo "report.html written"
for f in $d/out/*.json; do cp "$f" "$f.first"; done
$CT run -q $d/in.csv -o $d/out >/dev/null || exit 1
same=1
for f in $d/out/*.json.first; do
  g=${f%.first}
  case $g in */manifest.json) continue;; esac
  cmp -s "$f" "$g" || { same=0; echo "differs: $(basename $g)"; }
done
[ $same = 1 ] && echo "second run: artifacts byte-identical"
