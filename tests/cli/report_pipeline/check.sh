# report_pipeline: a run folder built with the commands of the run layout
# (synth --rows 3000 --seed 7, four hostile rows appended by hostile.py),
# a hand-written manifest, then `claimtriage report`. Each check prints one
# "ok" line or a "FAIL" line with what went wrong (expected_stdout lists the
# ok lines). Runs in a temporary folder, removed at the end.
set -u
here=$(pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
cd "$t" || exit 1
ok() { echo "ok: $*"; }
fail() { echo "FAIL: $*"; }
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then ok "$what"; else fail "$what"; fi
}

$CT synth -q --rows 3000 --seed 7 -o s.csv || exit 1
python3 "$here/hostile.py" s.csv || exit 1
F=s.csv D=run
mkdir -p $D
$CT plan --json >$D/plan.json
$CT inspect -q --json $F >$D/inspect.json
$CT eda -q --json -o $D/charts $F >$D/eda.json
$CT test -q --json $F >$D/test.json
$CT regress -q --json $F >$D/regress.json
$CT train -q --json --seed 42 $F -m $D/model.ctm >$D/train.json
$CT evaluate -q --json $F -m $D/model.ctm >$D/evaluate.json
$CT score -q --json $F -m $D/model.ctm -o $D/queue.csv >$D/score.json
$CT queue-eval -q --json $D/queue.csv --labels $F -o $D/charts --reviews-per-hour 60 >$D/queue_eval.json

# the manifest as `run` leaves it before the report stage (status running)
stage() { # NAME PACE STATUS EXIT MESSAGE
  printf '{"name": "%s", "pace": "%s", "command": "claimtriage %s", "status": "%s", "exit_code": %s, "duration_s": 0.1, "message": %s, "outputs": []}' \
    "$1" "$2" "$1" "$3" "$4" "$5"
}
manifest() { # DIR STATUS FAILED_STAGE STAGE_JSON...
  local dir=$1 status=$2 failed=$3; shift 3
  local stages; stages=$(IFS=,; echo "$*")
  cat >"$dir/manifest.json" <<EOF
{"tool": "claimtriage", "version": "$($CT --version | awk '{print $NF}')", "command": "run", "schema_version": 1,
 "status": "$status", "failed_stage": $failed,
 "input": {"file": "s.csv", "sha256": "sha256:$(sha256sum s.csv | cut -c1-64)", "bytes": $(wc -c <s.csv),
           "rows_read": 3004, "rows_used": 3004, "rows_skipped": 0, "synthetic": false},
 "seed": 42, "threads": 1, "redacted": false, "command_line": "claimtriage run s.csv -o run",
 "options": {"start": null, "reviews_per_hour": 60, "cost_per_hour": 40, "capacity": null},
 "stages": [$stages]}
EOF
}
all_done=()
for s in plan:Plan inspect:Analyze eda:Analyze test:Analyze regress:Construct train:Construct \
         evaluate:Execute score:Execute queue-eval:Execute; do
  all_done+=("$(stage "${s%%:*}" "${s##*:}" done 0 null)")
done
manifest $D running null "${all_done[@]}" "$(stage report Execute "not run" null null)"

# the report of $D under the folder's lock, as `run` holds it while its
# report stage runs: without it, a "running" manifest is a run killed
# before it recorded its end (tests/cli/plan_status_run_interrupted)
# (only the run's own report stage writes then: its parent, the run, is
# named in CLAIMTRIAGE_RUN_PID; here the shell flock starts)
flock $D sh -c 'CLAIMTRIAGE_RUN_PID=$$ "$0" report -q "$1" --start 2026-01-05; exit $?' "$CT" "$D"
echo "report exit $?"
check "report.html and report.json written" test -s $D/report.html -a -s $D/report.json
check "report.json is an artifact of command report" python3 -c '
import json, sys
j = json.load(open(sys.argv[1]))
assert j["tool"] == "claimtriage" and j["command"] == "report" and j["schema_version"] == 1
assert 5 <= len(j["talking_points"]) <= 7, len(j["talking_points"])
assert j["finance"]["computed"] and j["finance"]["hours_saved"] >= 0
assert all(a["used"] for a in j["artifacts"]), j["artifacts"]
ms = j["plan"]["milestones"]
assert ms and ms[0]["dates"] == "2026-01-05 to 2026-01-06", ms[:1]
assert any(m["status"] == "this report" for m in ms)' $D/report.json
for id in summary finance plan data eda test regress model triage appendix; do
  check "section $id" grep -q "<section id=\"$id\">" $D/report.html
done
check "talking points with numbers" grep -q 'The model catches [0-9.]*% of claims' $D/report.html
check "planned dates from --start" grep -q '2026-01-05 to 2026-01-06' $D/report.html
check "transcription escaped" grep -qF '&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; ampersands' $D/report.html
check "category value escaped" grep -qF '&lt;b&gt;shadow&lt;/b&gt; &amp; ban' $D/report.html
check "no raw markup from the data" bash -c "! grep -qiF '<script' $D/report.html && ! grep -qF '<b>shadow' $D/report.html"
check "no network reference" bash -c "! grep -qE '(src|href)=\"(https?:)?//' $D/report.html"
check "charts inlined" grep -q '<figure>' $D/report.html
check "ids unique across inlined charts" bash -c "[ -z \"\$(grep -o ' id=\"[^\"]*\"' $D/report.html | sort | uniq -d)\" ]"

# determinism: the same folder gives the same bytes, even when the stages'
# durations in the manifest differ (as they do from run to run)
cp $D/report.html first.html
cp $D/report.json first.json
sed -i 's/"duration_s": 0.1/"duration_s": 0.7/g' $D/manifest.json
# again as the run's own report stage (CLAIMTRIAGE_RUN_PID, above)
flock $D sh -c 'CLAIMTRIAGE_RUN_PID=$$ "$0" report -q "$1" --start 2026-01-05; exit $?' "$CT" "$D"
check "same folder, same report" cmp -s first.html $D/report.html
check "same folder, same report.json" cmp -s first.json $D/report.json

# --redact: no id and no transcription of the input in any output of the report
flock $D sh -c 'CLAIMTRIAGE_RUN_PID=$$ "$0" report -q --redact "$1"; exit $?' "$CT" "$D"
echo "report --redact exit $?"
python3 -c '
import csv, sys
rows = list(csv.DictReader(open("s.csv")))
open("ids.txt", "w").write("".join(r["video_id"] + "\n" for r in rows if r["video_id"]))
open("texts.txt", "w").write("".join(r["video_transcription_text"] + "\n" for r in rows
                                     if r["video_transcription_text"]))'
for f in report.html report.json; do
  check "redacted $f holds no video id" bash -c "! grep -qF -f ids.txt $D/$f"
  check "redacted $f holds no transcription" bash -c "! grep -qF -f texts.txt $D/$f"
done
check "redacted page says so" grep -q 'Examples redacted' $D/report.html
check "unredacted page lists the hostile example" grep -qF '9900000000' first.html
check "unredacted page holds transcriptions (the grep sees them)" grep -qF -f texts.txt first.html

# a failed stage: train failed, the stages after it not run
cp -r $D failed
rm -f failed/train.json failed/report.html failed/report.json
failed_stages=()
for s in plan:Plan inspect:Analyze eda:Analyze test:Analyze regress:Construct; do
  failed_stages+=("$(stage "${s%%:*}" "${s##*:}" done 0 null)")
done
failed_stages+=("$(stage train Construct failed 1 '"quasi-complete separation"')")
for s in evaluate score queue-eval report; do
  failed_stages+=("$(stage $s Execute "not run" null null)")
done
manifest failed failed '"train"' "${failed_stages[@]}"
$CT report -q failed
echo "report on a failed run exit $?"
check "failed stage named with its message" grep -qF 'The train stage failed with exit code 1: quasi-complete separation' failed/report.html
check "later stages not run, though their files are there" grep -qF 'The evaluate stage was not run: the run stopped when the train stage failed' failed/report.html
check "sections before the failure still written" grep -qF 'Missing values by column' failed/report.html

# not a run: no manifest, one artifact
mkdir bare && cp $D/inspect.json bare/
$CT report -q bare
echo "report on a bare folder exit $?"
check "bare folder reported as not a run" grep -q 'not a run folder' bare/report.html

# artifacts from another input than the manifest's are not used
cp -r $D other && rm -f other/report.*
sed -i 's/"sha256": "sha256:[0-9a-f]*"/"sha256": "sha256:'"$(printf '0%.0s' $(seq 64))"'"/' other/manifest.json
$CT report -q other
echo "report with another input's artifacts exit $?"
check "artifact from another input refused" grep -qF 'train.json was computed from another input' other/report.html

# a foreign SVG in charts/ is not inlined
cp -r $D foreign && rm -f foreign/report.*
printf '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(2)</script></svg>\n' \
  >foreign/charts/box_video_view_count.svg
printf '<svg xmlns="http://www.w3.org/2000/svg"><rect onload="alert(3)"/></svg>\n' \
  >foreign/charts/queue_recall.svg
$CT report -q foreign
echo "report with foreign charts exit $?"
check "foreign SVG refused" grep -qF 'box_video_view_count.svg not shown: not a claimtriage chart' foreign/report.html
check "event attribute refused" grep -qF 'queue_recall.svg not shown: not a claimtriage chart' foreign/report.html
check "nothing of them inlined" bash -c "! grep -qE 'alert\\((2|3)\\)' foreign/report.html"

# artifacts of the right header but hostile bodies (every number a string,
# every string a number, arrays emptied or turned into objects): the report
# is still written, nothing crashes
for mode in types empty objects; do
  cp -r $D mut_$mode && rm -f mut_$mode/report.*
  python3 - "$mode" mut_$mode <<'PY'
import json, os, sys
mode, d = sys.argv[1], sys.argv[2]
keep = {"tool", "version", "command", "schema_version"}
def mut(v, key=None):
    if key in keep:
        return v
    if isinstance(v, dict):
        return {k: mut(x, k) for k, x in v.items()}
    if isinstance(v, list):
        if mode == "empty":
            return []
        if mode == "objects":
            return {str(i): mut(x) for i, x in enumerate(v)}
        return [mut(x) for x in v]
    if mode == "types":
        if isinstance(v, bool) or v is None:
            return "x"
        if isinstance(v, (int, float)):
            return "<b>%s</b>" % v
        if isinstance(v, str):
            return -1e308
    return v
for f in os.listdir(d):
    if f.endswith(".json"):
        p = os.path.join(d, f)
        json.dump(mut(json.load(open(p))), open(p, "w"))
PY
  $CT report -q mut_$mode
  echo "report on $mode-mutated artifacts exit $?"
done
check "mutated values escaped" bash -c "! grep -qF '<b>' mut_types/report.html"

# issue 15: the tester's defects, each a case
# (1) an artifact whose SHA-256 differs from the manifest's record is not used
cp -r $D edited && rm -f edited/report.*
python3 - edited <<'PY'
import hashlib, json, os, sys
d = sys.argv[1]
m = json.load(open(os.path.join(d, "manifest.json")))
files = {"plan": "plan.json", "inspect": "inspect.json", "eda": "eda.json", "test": "test.json",
         "regress": "regress.json", "train": "train.json", "evaluate": "evaluate.json",
         "score": "score.json", "queue-eval": "queue_eval.json"}
for st in m["stages"]:
    f = files.get(st["name"])
    if f:
        h = hashlib.sha256(open(os.path.join(d, f), "rb").read()).hexdigest()
        st["outputs"] = [{"file": f, "sha256": "sha256:" + h}]
json.dump(m, open(os.path.join(d, "manifest.json"), "w"))
PY
cp -r edited recorded
$CT report -q recorded
check "recorded hashes that match: every artifact used" python3 -c '
import json, sys
j = json.load(open(sys.argv[1]))
assert all(a["used"] for a in j["artifacts"]), j["artifacts"]' recorded/report.json
python3 -c '
import json, sys
p = sys.argv[1] + "/test.json"; j = json.load(open(p))
j["comparisons"][0]["primary"]["p"] = 0.3
json.dump(j, open(p, "w"))' edited
$CT report -q edited
echo "report with a hand-edited artifact exit $?"
check "edited artifact: its section says changed, not used" grep -qF 'test.json changed after the run (hash differs from the manifest): not used; no figure of this report comes from it' edited/report.html
check "edited artifact: no talking point from it, appendix and report.json mark it" python3 -c '
import json, sys
j = json.load(open(sys.argv[1]))
assert not any(t["topic"] == "test" for t in j["talking_points"]), j["talking_points"]
a = [a for a in j["artifacts"] if a["file"] == "test.json"][0]
assert not a["used"] and "changed after the run" in a["why_not"], a' edited/report.json
check "edited artifact: its p is not stated" bash -c "! grep -qF 'p = 0.3000' edited/report.html"

# (2) one review day everywhere: the run's capacity
cp -r recorded cap && rm -f cap/report.*
sed -i 's/"capacity": null/"capacity": 100/' cap/manifest.json
$CT report -q cap
check "capacity: summary and finance use a review day of 100 reviews" bash -c "
  [ \$(grep -oE '(a review day of|review day here is) 100 reviews' cap/report.html | wc -l) -ge 3 ] &&
  ! grep -qE 'a review day of [0-9,]+ reviews' <(grep -o 'a review day of [0-9,]* reviews' cap/report.html | grep -v ' 100 ')"
check "capacity: report.json's day is 100 reviews" python3 -c '
import json, sys
f = json.load(open(sys.argv[1]))["finance"]
assert f["day_reviews"] == 100, f' cap/report.json

# (6) a queue smaller than one review day; a day that holds no whole review
cp -r recorded bigday && rm -f bigday/report.*
sed -i 's/"capacity": null/"capacity": 50000/' bigday/manifest.json
$CT report -q bigday
check "queue smaller than one day: explained" grep -qE 'queue \([0-9,]+ reports\) fits in one review day \(50,000 reviews\)' bigday/report.html
$CT report -q recorded --reviews-per-hour 0.1
check "a day with no whole review: no hours saved, explained" python3 -c '
import json, sys
f = json.load(open(sys.argv[1] + "/report.json"))["finance"]
assert f["hours_saved"] == 0 and f["cost_saved"] == 0, f
h = open(sys.argv[1] + "/report.html").read()
assert "0.1 reviews an hour over 8 hours hold no whole review" in h
assert "first day (0 reviews)" not in h' recorded
$CT report -q recorded

# (3) the regression's caps are listed
check "caps listed (column, rows capped), never an empty list" bash -c "
  ! grep -qF 'capped:.' $D/report.html &&
  grep -qE '(capped at Q3 \+ 1.5 IQR: video_[a-z_]+ \([0-9,]+ rows?, above|no outlying engagement count capped)' $D/report.html"
# (4) the run's own status while this report is written
# (a value's words are in spans, td.cmd: 2026-12-04)
# (complete once every stage before it is done, or only an analysis failed:
# "running" in a finished report before 2026-12-06, tests/cli/report_run_status_finished)
check "manifest status complete: this report is its last stage" bash -c "sed 's#</\\?span>##g' $D/report.html | grep -qF 'complete (this report is its last stage'"
# (5) a corrupt manifest is there but not valid
cp -r $D corrupt && rm -f corrupt/report.*
printf '{oops' >corrupt/manifest.json
$CT report corrupt 2>corrupt.err >/dev/null
check "corrupt manifest: there but not valid, with the reader's reason" bash -c "
  grep -qF 'manifest.json is there but not valid (line 1, column 2)' corrupt/report.html &&
  grep -qF 'manifest.json is there but not valid' corrupt.err &&
  ! grep -qF 'no manifest.json' corrupt/report.html corrupt.err"
# (7) cosmetics
check "class balance stated" grep -qE '[0-9.]+% of labelled reports are claims' $D/report.html
cp -r $D residue && rm -f residue/report.*
python3 -c '
import json, sys
p = sys.argv[1] + "/evaluate.json"; j = json.load(open(p))
j["reliability"]["ece"] = 1.616e-19
json.dump(j, open(p, "w"))' residue
$CT report -q residue
check "rounding residue shown as 0 to people" bash -c "
  grep -qE 'claim rates (in every bin|in the [0-9]+ of [0-9]+ bins that hold reports) \(ECE 0\)' residue/report.html && ! grep -qF '1.616e-19' residue/report.html"
check "misclassified transcriptions wrap" grep -qF '<td class="wrap">a friend read in the news' first.html
check "counts agree in number" bash -c "! grep -qE '(^|[^0-9.,])1 (reports|rows|claims|files|talking points|reviews)' $D/report.html bigday/report.html corrupt/report.html"

# usage and I/O errors
$CT report -q 2>/dev/null; echo "no DIR exit $?"
$CT report -q $D --start 2026-02-30 2>/dev/null; echo "bad date exit $?"
$CT report -q $D --reviews-per-hour 0 2>/dev/null; echo "bad rate exit $?"
$CT report -q no_such_dir 2>/dev/null; echo "missing DIR exit $?"
$CT report -q s.csv 2>/dev/null; echo "file, not DIR, exit $?"
exit 0
