# A run on 200 synthetic rows: its held-out queue (about 40 reports) fits
# in the day of 480 reviews. The queue chart's capacity line is the queue's
# end, and its label stays inside the chart (text-anchor end, left of the
# line) and says so; the title says every order finds all the claims, not
# "find 100.00% of claims, the most possible (random order: 100.00%)"; the
# report's caption and table name the run's day. Before 2026-12-05 the label
# "capacity" ran past the chart's right edge ("capac") and the line read as
# the stated day. With a capacity inside the queue, the label is as before.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 200 --seed 3 -o s.csv
$CT run -q s.csv -o out >/dev/null 2>&1
$CT run -q s.csv -o cut --capacity 10 >/dev/null 2>&1
for r in out cut; do
  python3 - "$r" <<'PY'
import html, re, sys
r = sys.argv[1]
svg = open(r + "/charts/queue_recall.svg", encoding="utf-8").read()
w = float(re.search(r'viewBox="0 0 ([0-9.]+) ', svg).group(1))
print(r, "title:", html.unescape(re.search(r"<title[^>]*>([^<]*)</title>", svg).group(1)))
t = re.search(r'<text x="([0-9.]+)"[^>]*text-anchor="([a-z]+)"[^>]*>(capacity[^<]*)</text>', svg)
line = re.search(r'<line x1="([0-9.]+)"[^>]*stroke-dasharray="4 4"', svg)
x, anchor, label = float(t.group(1)), t.group(2), t.group(3)
print("  label:", label, "| anchor", anchor, "| left of the line:", x < float(line.group(1)),
      "| ends inside the chart (7 px a character):",
      (x if anchor == "end" else x + 7 * len(label)) < w)
p = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", open(r + "/report.html", encoding="utf-8").read())))
print("  caption:", re.search(r"the vertical dashed line marks [^.]*\.", p).group(0))
print("  table:", re.search(r"At capacity: [^.]*? (?=Order)", p).group(0).strip())
PY
done
