set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT run -q "$CLAIMTRIAGE_DATA" -o r >/dev/null 2>&1 || echo "run failed"
$CT synth -q --rows 60 --seed 5 --noise 0.3 -o s.csv
$CT run -q s.csv -o s >/dev/null 2>&1 || echo "synthetic run failed"
python3 - <<'PY'
import html, re
def text(d):
    t = open(d + "/report.html", encoding="utf-8").read()
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
x = text("r")
print("no order compared ...:", x.lower().count("no order compared finds more claims in the day"))
cav = re.search(r"Caveats: (.*?) What to monitor", x).group(1)
print("caveat, 'almost perfectly':", cav.count("almost perfectly"))
print("-", re.search(r"[Ee]ngagement counts alone.*", cav).group(0))
print("-", re.search(r"reaches [^(]*\([^)]*\)\. Random order reaches [^(]*\(", x).group(0))
print("-", re.search(r"outlying engagement counts capped.*?\.(?= Hypothesis)", x).group(0))
print("-", re.search(r"each additional [^,]* of video_duration_sec", x).group(0))
y = text("s")
print("-", re.search(r"(It needs|They need) [^.]*\.", y).group(0))
PY
