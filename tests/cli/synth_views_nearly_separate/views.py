# Claims and opinions by view count (docs/synth.md, "Noise"): the most
# views an opinion has, the fewest a claim has, and how many claims have
# no more views than that opinion (the ranges overlap by these).
import csv
import sys

for path in sys.argv[1:]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["video_view_count"]]
    v = {c: [float(r["video_view_count"]) for r in rows if r["claim_status"] == c]
         for c in ("claim", "opinion")}
    top = max(v["opinion"])
    low = sum(x <= top for x in v["claim"])
    print("%s: opinions <= %d views, claims >= %d; %d of %d claims (%.1f%%) <= %d"
          % ("real" if path != "syn.csv" else "synth --rows 200000 --seed 42", top,
             min(v["claim"]), low, len(v["claim"]), 100.0 * low / len(v["claim"]), top))
