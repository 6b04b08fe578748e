# report.pdf prints at 100%: no table is wider than the printed page.
# Before 2026-12-04 the regression's coefficients table was 883 CSS px wide
# at print width (the page holds about 710 on Letter, 688 on A4), and
# Chromium scaled every page down to fit it (80%). Chromium draws a page's
# contents under 0.24 0 0 -0.24 (the PDF's units per device pixel), then
# the page's scale, 3.125 at 100% (0.75 pt per CSS px); a figure's drawing
# adds its viewBox's scale below that, so a page's scale is the largest
# of its content stream's.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 1 -o s.csv || exit 1
$CT run -q s.csv -o r --pdf >/dev/null; echo "run: exit $?"
python3 - r/report.pdf <<'PY'
import re, sys, zlib
d = open(sys.argv[1], "rb").read()
objs = {m.group(1): m.group(2) for m in re.finditer(rb"\n(\d+) 0 obj\n(.*?)\nendobj", d, re.S)}
scales = []
for body in objs.values():
    if not body.startswith(b"<</Type /Page\n"):
        continue
    sb = objs[re.search(rb"/Contents (\d+) 0 R", body).group(1)]
    n = int(re.search(rb"/Length (\d+)", sb).group(1))
    at = sb.find(b"stream\n") + 7
    t = zlib.decompress(sb[at:at + n])
    s = [float(x) for x in re.findall(rb"\nq\n([\d.]+) 0 0 \1 ", t)]
    scales.append(round(max(s) / 3.125, 3) if s else None)
print("pages:", "more than 5" if len(scales) > 5 else len(scales))
print("page scales:", sorted(set(scales)))
PY
