#!/usr/bin/env python3
"""bench/calibration_small.py — the figures of bench/calibration_small.sh for
one model: BIG.csv (synth's labels), the calibrated model's probabilities on
it (PRED.csv, evaluate --predictions), the same model uncalibrated (RAW.csv,
`train --calibration none`: the same fit, the calibration alone differs) and
N, the rows the calibration was fitted on (train --json, validation plus
out-of-fold). Prints: ece floor fresh_mean fresh_min fresh_max
  floor: the ECE a perfectly calibrated model would show on BIG's labelled
         rows, its labels drawn from its own probabilities (mean of 20 draws):
         the ECE's own sampling noise on that many rows;
  fresh: isotonic regression (scikit-learn, on the log-odds, as train's step
         5) fitted on N random labelled rows of BIG scored by the final model
         itself, its ECE on BIG's other rows (10 draws): what isotonic on N
         rows gives with no misalignment between the rows it is fitted on and
         the model it calibrates.
ECE binned as evaluate bins it (docs/evaluate.md, "The ECE recomputed")."""
import csv
import sys

import numpy as np
from sklearn.isotonic import IsotonicRegression

EDGES = np.array([k * 0.1 + 1e-9 for k in range(1, 10)])


def ece(p, y):
    b = np.searchsorted(EDGES, p, side="left")
    e = 0.0
    for i in range(10):
        m = b == i
        if m.any():
            e += m.sum() * abs(p[m].mean() - y[m].mean())
    return e / len(y)


def probs(path):
    with open(path) as f:
        r = csv.DictReader(f)
        return {int(row["line"]): float(row["probability"]) for row in r}


def main():
    big, pred, raw, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    lines, ys = [], []
    with open(big) as f:
        r = csv.reader(f)
        h = next(r)
        k = h.index("claim_status")
        for i, row in enumerate(r):
            if row[k] in ("claim", "opinion"):
                lines.append(i + 2)  # a file line is a row (synth writes no line breaks)
                ys.append(1.0 if row[k] == "claim" else 0.0)
    y = np.array(ys)
    pc, pr = probs(pred), probs(raw)
    p = np.array([pc[i] for i in lines])
    q = np.clip(np.array([pr[i] for i in lines]), 1e-300, 1 - 1e-16)
    z = np.log(q) - np.log1p(-q)
    rng = np.random.default_rng(1)
    floor = np.mean([ece(p, (rng.random(len(p)) < p).astype(float)) for _ in range(20)])
    fresh = []
    for _ in range(10):
        pick = np.zeros(len(y), bool)
        pick[rng.choice(len(y), n, replace=False)] = True
        m = IsotonicRegression(out_of_bounds="clip", y_min=0, y_max=1).fit(z[pick], y[pick])
        fresh.append(ece(m.predict(z[~pick]), y[~pick]))
    print(f"{ece(p, y):.4f} {floor:.4f} {np.mean(fresh):.4f} {min(fresh):.4f} {max(fresh):.4f}")


main()
