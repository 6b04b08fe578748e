# Tick labels of every chart in a folder: each one inside the canvas, and no
# two on one axis overlapping, by the advance widths svg.c estimates text with.
import re, sys, glob, os

def em(c):
    if c in "il.,:;!|'j": return 0.26
    if c in "ftrI -()[]/": return 0.34
    if c in "mwMW%": return 0.86
    if 'A' <= c <= 'Z': return 0.68
    if '0' <= c <= '9': return 0.556
    return 0.54

bad = 0
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.svg"))):
    t = open(f, encoding="utf-8").read()
    W = float(re.search(r'<svg [^>]*width="([0-9.]+)"', t).group(1))
    xs = {}
    ys = {}
    for x, y, size, anchor, s in re.findall(
            r'<text x="([-0-9.]+)" y="([-0-9.]+)" font-size="([0-9.]+)" text-anchor="(\w+)"[^>]*>([^<]*)<', t):
        if size != "12.5":
            continue
        w = sum(em(c) for c in s) * 12.5
        x, y = float(x), float(y)
        left = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
        if left < 0 or left + w > W:
            print(f"{os.path.basename(f)}: '{s}' leaves the canvas ({left:.1f}..{left + w:.1f} of {W:.0f})")
            bad += 1
        if anchor == "middle":
            xs.setdefault(y, []).append((left, left + w, s))
        elif anchor == "end":
            ys.setdefault(x, []).append((y, s))
    for row in xs.values():
        row.sort()
        for a, b in zip(row, row[1:]):
            if b[0] < a[1]:
                print(f"{os.path.basename(f)}: '{a[2]}' and '{b[2]}' overlap by {a[1] - b[0]:.1f} px")
                bad += 1
    for col in ys.values():
        col.sort()
        for a, b in zip(col, col[1:]):
            if b[0] - a[0] < 12.5:
                print(f"{os.path.basename(f)}: '{a[1]}' and '{b[1]}' overlap vertically")
                bad += 1
print("tick labels:", "all inside the canvas, none overlapping" if not bad else f"{bad} problems")
