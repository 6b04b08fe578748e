#!/usr/bin/python3
"""lr_parity.py — why scikit-learn 1.2's LogisticRegression(tol=1e-10) (lbfgs)
is not the optimum of its own objective, and how far it is, on the text
design of bench/lr.sh (labelled rows of FILE, TfidfVectorizer(ngram_range=
(1, 2), min_df=2, max_features=20000), i.e. `train --features text
--holdout none`) and on row subsets of it.

For each design it fits
  lbfgs   LogisticRegression(C, tol=1e-10, max_iter=10000)  (the issue's peer)
  replay  the call lbfgs makes, replayed: scipy.optimize.minimize(
          LinearModelLoss(HalfBinomialLoss(), fit_intercept=True).loss_gradient,
          zeros, method="L-BFGS-B", jac=True, args=(X, y, sw, 1/C, 1),
          options={"iprint": -1, "gtol": 1e-10, "maxiter": 10000})
          (sklearn/linear_model/_logistic.py, _logistic_regression_path), to
          read the stop message scipy returns and sklearn does not show
  ftol0   the same with options ftol=0 added: only gtol and maxiter stop it
  opt     LogisticRegression(C, solver="newton-cg", tol=1e-14, max_iter=10000)
          (the optimum; newton-cg may warn that it did not reach 1e-14)
and prints the gradient norms and the largest probability differences. With
--ours PROBS (one probability a row, the full design's row order; from
bench/lr_bench --probs) it adds ours vs lbfgs and ours vs the optimum.

usage: lr_parity.py FILE [--C X] [--ours PROBS] [--subsets 200,1000,5000]
"""
import argparse
import warnings

import numpy as np
import pandas as pd
from scipy import optimize
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.linear_model._linear_loss import LinearModelLoss
from sklearn._loss.loss import HalfBinomialLoss

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--C", type=float, default=1.0)
ap.add_argument("--ours")
ap.add_argument("--subsets", default="200,1000,5000")
a = ap.parse_args()

df = pd.read_csv(a.file)
df = df[df["claim_status"].notna()]
docs = df["video_transcription_text"].fillna("").tolist()
yall = (df["claim_status"] == "claim").astype(float).to_numpy()


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def run(docs, y, label, ours=None):
    X = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=20000).fit_transform(docs)
    sw = np.ones(X.shape[0])
    loss = LinearModelLoss(base_loss=HalfBinomialLoss(), fit_intercept=True)
    args = (X, y, sw, 1.0 / a.C, 1)
    opts = {"iprint": -1, "gtol": 1e-10, "maxiter": 10000}
    w0 = np.zeros(X.shape[1] + 1)
    rep = optimize.minimize(loss.loss_gradient, w0, method="L-BFGS-B", jac=True, args=args,
                            options=opts)
    rep0 = optimize.minimize(loss.loss_gradient, w0, method="L-BFGS-B", jac=True, args=args,
                             options=dict(opts, ftol=0.0))
    lb = LogisticRegression(C=a.C, tol=1e-10, max_iter=10000).fit(X, y)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        op = LogisticRegression(C=a.C, solver="newton-cg", tol=1e-14, max_iter=10000).fit(X, y)
    p_lb = lb.predict_proba(X)[:, 1]
    p_op = op.predict_proba(X)[:, 1]
    p_rep = sigmoid(X @ rep.x[:-1] + rep.x[-1])
    p_rep0 = sigmoid(X @ rep0.x[:-1] + rep0.x[-1])
    w_lb = np.r_[lb.coef_[0], lb.intercept_]
    w_op = np.r_[op.coef_[0], op.intercept_]

    def gnorm(w):
        g = loss.loss_gradient(w, *args)[1]
        return np.linalg.norm(g), np.abs(g).max()

    print(f"== {label}: {X.shape[0]} rows, {X.shape[1]} terms, {X.nnz} non-zeros, C={a.C}")
    print(f"  replay == LogisticRegression(lbfgs): {np.array_equal(rep.x, w_lb)}; "
          f"scipy says: {rep.message!r}, nit {rep.nit}, nfev {rep.nfev}")
    for name, w in (("lbfgs", w_lb), ("lbfgs ftol=0", rep0.x), ("newton-cg 1e-14", w_op)):
        g2, gi = gnorm(w)
        print(f"  {name:16s} f {loss.loss(w, *args):.12f}  |grad|_2 {g2:.2e}  |grad|_inf {gi:.2e}")
    print(f"  ftol=0 run: {rep0.message!r}, nit {rep0.nit}")
    d = np.abs(p_lb - p_op)
    print(f"  max |p_lbfgs - p_opt| {d.max():.2e} (rows over 1e-6: {(d > 1e-6).sum()} of {len(d)})")
    d0 = np.abs(p_rep0 - p_op)
    print(f"  max |p_lbfgs(ftol=0) - p_opt| {d0.max():.2e}")
    if ours is not None:
        do = np.abs(ours - p_op)
        dl = np.abs(ours - p_lb)
        print(f"  ours: max |p_ours - p_opt| {do.max():.2e}; max |p_ours - p_lbfgs| {dl.max():.2e} "
              f"(rows over 1e-6: {(dl > 1e-6).sum()})")


ours = np.loadtxt(a.ours) if a.ours else None
run(docs, yall, "the whole file (`--features text --holdout none`)", ours)
rng = np.random.RandomState(0)
for k in (int(s) for s in a.subsets.split(",") if s):
    idx = np.sort(rng.choice(len(docs), size=k, replace=False))
    run([docs[i] for i in idx], yall[idx], f"random subset of {k} rows (RandomState(0))")
