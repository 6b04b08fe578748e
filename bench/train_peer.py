#!/usr/bin/python3
"""scikit-learn's side of bench/train.sh: the claim classifier's features
built as claimtriage builds them (docs/train.md), fitted with
TfidfVectorizer + LogisticRegression, timed step by step.

usage: train_peer.py TRAIN.csv EVAL.csv [C] [features: all|text]
Prints one line per figure: "name value".
"""
import sys, time
import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score
from sklearn.calibration import calibration_curve

TEXT, TARGET = "video_transcription_text", "claim_status"
NUM = ["video_duration_sec", "video_view_count", "video_like_count", "video_share_count",
       "video_download_count", "video_comment_count"]
CAT = ["verified_status", "author_ban_status"]


def ece(y, p, bins=10):
    """ECE as docs/evaluate.md bins it (claimtriage/metrics.h): numpy's
    searchsorted(edges, p, side='left') over the interior edges, except a
    probability at most 1e-9 above an edge counts in the bin below
    (CT_RELIABILITY_EDGE_TOL: isotonic's tie-break lifts a step on an edge by
    less than that), and a bin's gap within (count + 2) eps + 1e-9 counts 0
    (CT_RELIABILITY_GAP_TOL). Before 2026-12-07 this script binned on the
    edges alone and read 0.0211 where evaluate printed 0.0201 for the same
    probabilities; on a peer's own (unlifted) probabilities the two rules
    agree unless one lies within 1e-9 above an edge."""
    edges = np.linspace(0, 1, bins + 1)[1:-1] + 1e-9
    idx = np.searchsorted(edges, p, side="left")
    e = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            gap = abs(y[m].mean() - p[m].mean())
            if gap <= (m.sum() + 2) * np.finfo(float).eps + 1e-9:
                gap = 0.0
            e += m.sum() / len(p) * gap
    return e


class Features:
    """numeric: sign(x)*log1p|x| standardised (missing -> mean), text lengths
    likewise, categorical one-hot without the first level in byte order,
    TF-IDF n-grams."""

    def __init__(self, features):
        self.features = features

    def fit(self, df):
        self.vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=20000)
        self.vec.fit(df[TEXT].fillna(""))
        if self.features == "all":
            x = self._num(df)
            self.mu = np.nanmean(x, axis=0)
            self.sd = np.nanstd(x, axis=0)
            self.sd[self.sd == 0] = 1
            self.levels = {c: sorted(df[c].dropna().unique())[1:] for c in CAT}
        return self

    def _num(self, df):
        t = df[TEXT]
        cols = [df[c].astype(float) for c in NUM]
        cols += [t.str.len().astype(float).fillna(0), t.fillna("").str.split().str.len().astype(float)]
        x = np.column_stack(cols)
        return np.sign(x) * np.log1p(np.abs(x))

    def transform(self, df):
        X = self.vec.transform(df[TEXT].fillna(""))
        if self.features != "all":
            return X
        z = (self._num(df) - self.mu) / self.sd
        z[np.isnan(z)] = 0
        oh = [np.column_stack([(df[c] == l).astype(float) for l in self.levels[c]]) for c in CAT]
        return sp.hstack([sp.csr_matrix(z)] + [sp.csr_matrix(o) for o in oh] + [X]).tocsr()


def main():
    train, other = sys.argv[1], sys.argv[2]
    C = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    features = sys.argv[4] if len(sys.argv) > 4 else "all"
    a = pd.read_csv(train)
    b = pd.read_csv(other)
    a = a[a[TARGET].notna()].reset_index(drop=True)
    b = b[b[TARGET].notna()].reset_index(drop=True)
    ya = (a[TARGET] == "claim").to_numpy(float)
    yb = (b[TARGET] == "claim").to_numpy(float)
    t0 = time.perf_counter()
    f = Features(features).fit(a)
    Xa = f.transform(a)
    t1 = time.perf_counter()
    print("vectorize_s", t1 - t0)
    lr = LogisticRegression(C=C, max_iter=10000)
    t0 = time.perf_counter()
    lr.fit(Xa, ya)
    t1 = time.perf_counter()
    print("fit_s", t1 - t0)
    print("n_iter", int(lr.n_iter_[0]))
    t0 = time.perf_counter()
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=42).split(Xa, ya):
        ff = Features(features).fit(a.iloc[tr])
        m = LogisticRegression(C=C, max_iter=10000).fit(ff.transform(a.iloc[tr]), ya[tr])
        m.predict_proba(ff.transform(a.iloc[te]))
    print("cv5_s", time.perf_counter() - t0)
    t0 = time.perf_counter()
    Xb = f.transform(b)
    t1 = time.perf_counter()
    p = lr.predict_proba(Xb)[:, 1]
    t2 = time.perf_counter()
    print("predict_rows_per_s", len(p) / (t2 - t1))
    print("score_rows_per_s", len(p) / (t2 - t0))
    print("columns", Xa.shape[1])
    print("roc_auc", roc_auc_score(yb, p))
    print("average_precision", average_precision_score(yb, p))
    print("recall", recall_score(yb, p >= 0.5))
    print("precision", precision_score(yb, p >= 0.5))
    print("ece", ece(yb, p))


if __name__ == "__main__":
    main()
