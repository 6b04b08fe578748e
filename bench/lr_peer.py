#!/usr/bin/python3
"""lr_peer.py — scikit-learn's side of bench/lr.sh: the same rows and settings
as bench/lr_bench.c (labelled rows of FILE, TfidfVectorizer(ngram_range,
min_df, max_features) fitted and applied on them, LogisticRegression(C,
tol=1e-10, max_iter=10000) (lbfgs) fitted on that design), timing the
vectorizer and the fit (the fastest of --repeat fits; wall and CPU time), and, with --ours PROBS, comparing our probabilities
(one per row, same order) and our vocabulary size with sklearn's.

usage: lr_peer.py FILE [--text COL] [--target COL] [--positive V]
                  [--ngrams A,B] [--min-df N] [--max-features N] [--C X]
                  [--ours PROBS] [--repeat N]
"""
import argparse
import time

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--text", default="video_transcription_text")
ap.add_argument("--target", default="claim_status")
ap.add_argument("--positive", default="claim")
ap.add_argument("--ngrams", default="1,2")
ap.add_argument("--min-df", type=int, default=2)
ap.add_argument("--max-features", type=int, default=0)
ap.add_argument("--C", type=float, default=1.0)
ap.add_argument("--ours")
ap.add_argument("--repeat", type=int, default=1)
a = ap.parse_args()

t0 = time.perf_counter()
df = pd.read_csv(a.file)
t_load = time.perf_counter() - t0
df = df[df[a.target].notna()]
docs = df[a.text].fillna("").tolist()
y = (df[a.target] == a.positive).astype(int).to_numpy()
lo, hi = (int(x) for x in a.ngrams.split(","))

t0 = time.perf_counter()
vec = TfidfVectorizer(ngram_range=(lo, hi), min_df=a.min_df, max_features=a.max_features or None)
X = vec.fit_transform(docs)
t_vec = time.perf_counter() - t0

t_fit = c_fit = float("inf")
for _ in range(max(a.repeat, 1)):  # the fastest of --repeat fits, as lr_bench
    t0, c0 = time.perf_counter(), time.process_time()
    lr = LogisticRegression(C=a.C, tol=1e-10, max_iter=10000).fit(X, y)
    t_fit = min(t_fit, time.perf_counter() - t0)
    c_fit = min(c_fit, time.process_time() - c0)
t0 = time.perf_counter()
p = lr.predict_proba(X)[:, 1]
t_pred = time.perf_counter() - t0

print(f"rows {X.shape[0]} terms {X.shape[1]} nnz {X.nnz}")
print(f"load_s {t_load:.6f}\nvectorize_s {t_vec:.6f}\nfit_s {t_fit:.6f}\nfit_cpu_s {c_fit:.6f}")
print(f"predict_s {t_pred:.6f}")
print(f"n_iter {int(lr.n_iter_[0])}")
if a.ours:
    ours = np.loadtxt(a.ours)
    d = np.abs(ours - p)
    print(f"max_abs_prob_diff {d.max():.3e}")
    print(f"rows_over_1e-6 {(d > 1e-6).sum()}")
