set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 3000 --seed 11 --noise 0.4 -o h.csv || exit 1
$CT train -q h.csv -m h.ctm --calibration isotonic > /dev/null || exit 1
$CT evaluate -q h.csv -m h.ctm --split test --no-importance --predictions p.csv --json > e.json
echo "evaluate exit $?"
python3 - <<'PY'
import csv, json, math
m = json.load(open("e.json"))["metrics"]
with open("h.csv", newline="") as f:
    rd = csv.reader(f)
    head = next(rd)
    j = head.index("claim_status")
    label = {i: row[j] for i, row in enumerate(rd, start=2)}  # one line per row here
y, p = [], []
with open("p.csv", newline="") as f:
    for r in csv.DictReader(f):
        y.append(1 if label[int(r["line"])] == "claim" else 0)
        p.append(float(r["probability"]))
n, npos = len(y), sum(y)
nneg = n - npos
# ROC AUC: Mann-Whitney U with average ranks of ties
order = sorted(range(n), key=lambda i: p[i])
rank = [0.0] * n
i = 0
while i < n:
    k = i
    while k + 1 < n and p[order[k + 1]] == p[order[i]]:
        k += 1
    for t in range(i, k + 1):
        rank[order[t]] = (i + k) / 2 + 1
    i = k + 1
auc = (sum(r for r, t in zip(rank, y) if t) - npos * (npos + 1) / 2) / (npos * nneg)
# average precision as sklearn: sum over distinct thresholds of (R_k - R_k-1) P_k
desc = sorted(range(n), key=lambda i: -p[i])
ap, tp, fp, prev_r, i = 0.0, 0, 0, 0.0, 0
while i < n:
    k = i
    while k < n and p[desc[k]] == p[desc[i]]:
        tp += y[desc[k]]; fp += 1 - y[desc[k]]; k += 1
    r = tp / npos
    ap += (r - prev_r) * tp / (tp + fp)
    prev_r, i = r, k
eps = 1e-15
ll = -sum(t * math.log(min(max(q, eps), 1 - eps)) + (1 - t) * math.log(1 - min(max(q, eps), 1 - eps))
          for t, q in zip(y, p)) / n
brier = sum((q - t) ** 2 for t, q in zip(y, p)) / n
print("rows", n, "claims", npos, "distinct probabilities", len(set(p)))
for name, mine in (("roc_auc", auc), ("average_precision", ap), ("log_loss", ll), ("brier_score", brier)):
    d = abs(mine - m[name])
    print(name, "recomputed from the file equals evaluate's" if d <= 1e-12 * max(1, abs(m[name]))
          else "differs by %.3g" % d)
PY
