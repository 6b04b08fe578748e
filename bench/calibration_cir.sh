#!/usr/bin/env bash
# bench/calibration_cir.sh — the experiment behind docs/train.md's "centred
# isotonic regression (CIR) tried and not adopted" (2026-12-02): the default
# model trained with --calibration none, its raw log-odds on the validation
# rows (evaluate --split validation --predictions) calibrated two ways in
# Python — scikit-learn's IsotonicRegression (what train does) and CIR
# (Oron & Flournoy 2017: one knot per isotonic block at its mean score,
# linear between, clipped outside) — and both applied to B (hard data:
# another synth seed) or to the real file's test rows.
#   bench/calibration_cir.sh hard "20000 0.3 23 24" ...   rows noise seedA seedB
#   bench/calibration_cir.sh real 42 1 2 ...              split seeds of the reports file
# Prints ROC AUC and ECE (10 bins) on B, or test recall / precision at 0.5
# and ECE on the real file's test rows.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
make -C "$root" --no-print-directory MODE=release all >/dev/null
ct=$root/build/release/claimtriage
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mode=${1:?usage: bench/calibration_cir.sh hard|real ARGS...}
shift
py=$(cat <<'PY'
import sys, numpy as np, pandas as pd
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import roc_auc_score, recall_score, precision_score
mode, labels_a, val, labels_b, pred = sys.argv[1:6]
def joined(data, p):
    d = pd.read_csv(data); d["line"] = np.arange(len(d)) + 2  # no line breaks in fields
    m = pd.read_csv(p).merge(d[["line", "claim_status"]], on="line")
    m = m[m.claim_status.notna()]
    q = np.clip(m.probability.values, 1e-300, 1 - 1e-16)
    return np.log(q / (1 - q)), (m.claim_status == "claim").values.astype(float)
def ece(y, p, bins=10):
    k = np.minimum((p * bins).astype(int), bins - 1)
    return sum((k == b).mean() * abs(p[k == b].mean() - y[k == b].mean())
               for b in range(bins) if (k == b).any())
sv, yv = joined(labels_a, val)
sb, yb = joined(labels_b, pred)
iso = IsotonicRegression(out_of_bounds="clip").fit(sv, yv)
order = np.argsort(sv, kind="mergesort"); xs = sv[order]; fit = iso.predict(xs)
cx, cy, i = [], [], 0
while i < len(xs):  # the isotonic blocks: runs of one fitted value
    j = i
    while j + 1 < len(xs) and fit[j + 1] == fit[i]:
        j += 1
    cx.append(xs[i:j + 1].mean()); cy.append(fit[i]); i = j + 1
out = {"isotonic": iso.predict(sb), "cir": np.interp(sb, cx, cy)}
for name, p in out.items():
    if mode == "hard":
        print(f"  {name:9s} roc_auc {roc_auc_score(yb, p):.5f}  ece {ece(yb, p):.4f}")
    else:
        print(f"  {name:9s} recall {recall_score(yb, p >= 0.5):.4f}  "
              f"precision {precision_score(yb, p >= 0.5):.4f}  ece {ece(yb, p):.4f}")
PY
)
for cfg in "$@"; do
  if [ "$mode" = hard ]; then
    read -r rows noise sa sb <<<"$cfg"
    "$ct" synth -q --rows "$rows" --seed "$sa" --noise "$noise" -o "$tmp/a.csv"
    "$ct" synth -q --rows "$rows" --seed "$sb" --noise "$noise" -o "$tmp/b.csv"
    "$ct" train -q "$tmp/a.csv" -m "$tmp/m.ctm" --calibration none >/dev/null
    "$ct" evaluate -q "$tmp/a.csv" -m "$tmp/m.ctm" --split validation --no-importance \
      --predictions "$tmp/val.csv" >/dev/null
    "$ct" evaluate -q "$tmp/b.csv" -m "$tmp/m.ctm" --no-importance \
      --predictions "$tmp/b_p.csv" >/dev/null
    echo "hard data: $rows rows, noise $noise, seeds $sa -> $sb"
    /usr/bin/python3 -c "$py" hard "$tmp/a.csv" "$tmp/val.csv" "$tmp/b.csv" "$tmp/b_p.csv"
  else
    real=${CLAIMTRIAGE_DATA:-$root/../shared/data/tiktok_dataset.csv}
    "$ct" train -q "$real" -m "$tmp/m.ctm" --calibration none --seed "$cfg" --no-audit >/dev/null
    "$ct" evaluate -q "$real" -m "$tmp/m.ctm" --split validation --no-importance \
      --predictions "$tmp/val.csv" >/dev/null
    "$ct" evaluate -q "$real" -m "$tmp/m.ctm" --split test --no-importance \
      --predictions "$tmp/b_p.csv" >/dev/null
    echo "reports file, split seed $cfg (test rows)"
    /usr/bin/python3 -c "$py" real "$real" "$tmp/val.csv" "$real" "$tmp/b_p.csv"
  fi
done
