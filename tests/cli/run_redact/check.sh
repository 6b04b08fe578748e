# run --redact: no id and no transcription of the input in any file of the
# run folder (every file, the model and charts included), and no queue.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$CT synth -q --rows 2000 --seed 11 -o $d/in.csv || exit 1
$CT run -q --redact $d/in.csv -o $d/out >/dev/null || { echo "run failed: $?"; exit 1; }
/usr/bin/python3 - "$d" <<'PY'
import csv, os, sys, json
d = sys.argv[1]
rows = list(csv.DictReader(open(f"{d}/in.csv", newline="")))
ids = [r["video_id"] for r in rows]
texts = [r["video_transcription_text"] for r in rows if r["video_transcription_text"]]
prefixes = [t[:40] for t in texts if len(t) >= 40]
hits = []
files = []
for root, _, names in os.walk(f"{d}/out"):
    for n in names:
        p = os.path.join(root, n)
        files.append(os.path.relpath(p, f"{d}/out"))
        s = open(p, "rb").read().decode("utf-8", "replace")
        hits += [(n, "id") for i in ids if i in s]
        hits += [(n, "transcription") for t in prefixes if t in s]
print("files checked:", len(files) >= 12)
print("queue.csv present:", any(f.endswith("queue.csv") for f in files))
print("logs present:", any(f.startswith("logs") for f in files))
print("hits:", sorted(set(hits)))
print("manifest says redacted:", json.load(open(f"{d}/out/manifest.json"))["redacted"])
PY
