# Views alone is called the data's shortcut only when train's audit flags
# the views; and a review day that covers most of the queue (random order
# already finds most claims in it) cannot tell the queue from views alone:
# the report says so and compares the whole queue's mean waits, where it
# said "the model adds little or nothing over views alone" (tester AO F6).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 5 --noise 0.2 -o s.csv
$CT run -q s.csv -o r --capacity 150 >/dev/null 2>&1
echo "run exit $?"
python3 - r <<'PY'
import html, json, re, sys
d = sys.argv[1]
fl = [f["name"] for f in json.load(open(d + "/train.json"))["audit"]["features"] if f.get("flagged")]
print("train's audit flags:", ", ".join(fl) if fl else "none")
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", open(d + "/report.html", encoding="utf-8").read())))
print("known shortcut said:", "known shortcut" in page or "shortcut of the data" in page)
print("adds little or nothing said:", "adds little or nothing" in page)
for m in sorted(set(re.findall(r"the queue matches (?:that order|views alone)", page, re.I))):
    print("- " + m)
# the sentence and those that go on from it ("So ...", "Over the whole
# queue ..."; since 2026-12-07 each a sentence of its own), "1.17" no end
for m in sorted(set(re.findall(r"The day covers so much(?:[^.]|\.\d)*\.(?: (?:So|Over)(?:[^.]|\.\d)*\.)*", page))):
    print("- " + m)
PY
