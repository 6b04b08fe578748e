#!/usr/bin/python3
"""Peer for `claimtriage test`: recompute every statistic with scipy 1.10 on
df.dropna(), compare with our --json output, time both.

usage: htest_peer.py DATA.csv OURS.json [--time N]
Prints one line per statistic: name, scipy, ours, relative difference, ok/FAIL
(tolerance 1e-6 relative; p-values that underflow in scipy are compared in
log10 against the exact dof-2 closed form -chi2 / (2 ln 10)).
"""
import json
import math
import sys
import time

import numpy as np
import pandas as pd
import scipy
import scipy.stats as st

TOL = 1e-6


def scipy_all(df):
    d = df.dropna()
    out = {}
    a = d.loc[d.verified_status == "not verified", "video_view_count"].to_numpy()
    b = d.loc[d.verified_status == "verified", "video_view_count"].to_numpy()
    w = st.ttest_ind(a, b, equal_var=False)
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    out["welch t"] = w.statistic
    out["welch df"] = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    out["welch p"] = w.pvalue
    s = st.ttest_ind(a, b, equal_var=True)
    out["student t"] = s.statistic
    out["student p"] = s.pvalue
    m = st.mannwhitneyu(a, b)
    out["mann-whitney U"] = m.statistic
    out["mann-whitney p"] = m.pvalue
    lv = st.levene(a, b, center="median")
    out["levene W"] = lv.statistic
    out["levene p"] = lv.pvalue
    out["normaltest K2 (not verified)"] = st.normaltest(a).statistic
    out["normaltest K2 (verified)"] = st.normaltest(b).statistic
    out["normaltest p (verified)"] = st.normaltest(b).pvalue
    for col in ("author_ban_status", "verified_status"):
        tab = pd.crosstab(d.claim_status, d[col])
        c = st.chi2_contingency(tab)
        u = st.chi2_contingency(tab, correction=False)
        out[f"chi2 {col}"] = c[0]
        out[f"chi2 {col} dof"] = c[2]
        out[f"chi2 {col} p"] = c[1]
        out[f"chi2 uncorrected {col}"] = u[0]
        out[f"chi2 uncorrected {col} p"] = u[1]
        out[f"cramer V {col}"] = st.contingency.association(tab, method="cramer")
        if tab.shape == (2, 2):
            f = st.fisher_exact(tab)
            out[f"fisher {col} odds ratio"] = f[0]
            out[f"fisher {col} p"] = f[1]
    return out


def ours_all(j):
    c = j["comparisons"][0]
    o = {
        "welch t": c["welch_t"]["statistic"],
        "welch df": c["welch_t"]["df"],
        "welch p": c["welch_t"]["p"],
        "student t": c["student_t"]["statistic"],
        "student p": c["student_t"]["p"],
        "mann-whitney U": c["mann_whitney_u"]["statistic"],
        "mann-whitney p": c["mann_whitney_u"]["p"],
        "levene W": c["assumptions"]["levene"]["statistic"],
        "levene p": c["assumptions"]["levene"]["p"],
        "normaltest K2 (not verified)": c["groups"][0]["normality"]["statistic"],
        "normaltest K2 (verified)": c["groups"][1]["normality"]["statistic"],
        "normaltest p (verified)": c["groups"][1]["normality"]["p"],
    }
    logs = {}
    for a in j["associations"]:
        col = a["columns"]
        o[f"chi2 {col}"] = a["chi2"]["statistic"]
        o[f"chi2 {col} dof"] = a["chi2"]["df"]
        o[f"chi2 {col} p"] = a["chi2"]["p"]
        logs[col] = (a["chi2"]["statistic"], a["chi2"]["df"], a["chi2"]["log10_p"])
        o[f"chi2 uncorrected {col}"] = a["chi2_uncorrected"]["statistic"]
        o[f"chi2 uncorrected {col} p"] = a["chi2_uncorrected"]["p"]
        o[f"cramer V {col}"] = a["cramers_v"]
        if a["fisher_exact"]:
            o[f"fisher {col} odds ratio"] = a["fisher_exact"]["odds_ratio"]
            o[f"fisher {col} p"] = a["fisher_exact"]["p"]
    return o, logs


def main():
    data, ours_path = sys.argv[1], sys.argv[2]
    reps = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--time" else 0
    df = pd.read_csv(data)
    ref = scipy_all(df)
    with open(ours_path) as fp:
        ours, logs = ours_all(json.load(fp))
    print(f"scipy {scipy.__version__}, pandas {pd.__version__}; rows {len(df)}, after dropna {len(df.dropna())}")
    print(f"{'statistic':34} {'scipy':>24} {'claimtriage':>24} {'rel diff':>9}")
    bad = 0
    for k, v in ref.items():
        g = ours[k]
        if v == 0 and g == 0:
            rel = 0.0
        else:
            rel = abs(g - v) / abs(v) if v != 0 else abs(g - v)
        ok = rel <= TOL
        bad += not ok
        print(f"{k:34} {v:24.17g} {g:24.17g} {rel:9.2e} {'ok' if ok else 'FAIL'}")
    # underflowed p-values: the exact closed form for dof 2 in log10
    for col, (chi2, dof, l10) in logs.items():
        if dof == 2:
            exact = -chi2 / (2 * math.log(10))
            rel = abs(l10 - exact) / abs(exact)
            ok = rel <= TOL
            bad += not ok
            print(f"{'log10 p chi2 ' + col:34} {exact:24.17g} {l10:24.17g} {rel:9.2e} "
                  f"{'ok' if ok else 'FAIL'}  (scipy p = {ref['chi2 ' + col + ' p']!r})")
    print(f"agreement: {len(ref) + 1 - bad} ok, {bad} FAIL (tolerance {TOL:g} relative)")
    if reps:
        ts = []
        for _ in range(reps):
            t0 = time.perf_counter()
            scipy_all(df)
            ts.append(time.perf_counter() - t0)
        print(f"scipy in-process (after import and read_csv), median of {reps}: {1e3 * sorted(ts)[reps // 2]:.2f} ms")
        ts = []
        for _ in range(reps):
            t0 = time.perf_counter()
            scipy_all(pd.read_csv(data))
            ts.append(time.perf_counter() - t0)
        print(f"scipy in-process including read_csv, median of {reps}: {1e3 * sorted(ts)[reps // 2]:.2f} ms")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
