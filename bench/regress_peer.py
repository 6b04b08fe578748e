#!/usr/bin/python3
"""Peer for `claimtriage regress`: the course's cleaning and statsmodels 0.13
Logit fit on the same design, timed in-process after the imports, then the
reference values printed as JSON (name -> value) for bench/regress.sh to diff
against ours.

usage: regress_peer.py FILE [REPEATS]"""
import json
import sys
import time

import numpy as np
import pandas as pd
import statsmodels.api as sm
from statsmodels.stats.outliers_influence import variance_inflation_factor

path = sys.argv[1]
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5


def run():
    df = pd.read_csv(path)
    d = df.dropna().drop_duplicates()
    for c in ["video_like_count", "video_comment_count"]:
        q1, q3 = d[c].quantile(0.25), d[c].quantile(0.75)
        lim = q3 + 1.5 * (q3 - q1)
        d.loc[d[c] > lim, c] = lim
    X = d[["video_duration_sec", "claim_status", "author_ban_status", "video_view_count",
           "video_share_count", "video_download_count", "video_comment_count"]]
    X = pd.get_dummies(X, columns=["claim_status", "author_ban_status"])
    X = X.drop(columns=["claim_status_claim", "author_ban_status_active"]).astype(float)
    y = (d["verified_status"] == "verified").astype(float)
    Xc = sm.add_constant(X)
    r = sm.Logit(y, Xc).fit(disp=0)
    vif = [variance_inflation_factor(Xc.values, i) for i in range(Xc.shape[1])]
    return Xc, r, vif


times = []
for _ in range(repeats):
    t0 = time.perf_counter()
    Xc, r, vif = run()
    times.append(time.perf_counter() - t0)
ci = r.conf_int()
out = {"_inprocess_median_s": float(np.median(times))}
for i, name in enumerate(Xc.columns):
    out[name + ".coef"] = r.params[name]
    out[name + ".std_err"] = r.bse[name]
    out[name + ".z"] = r.tvalues[name]
    out[name + ".p_value"] = r.pvalues[name]
    out[name + ".ci_low"] = ci.loc[name, 0]
    out[name + ".ci_high"] = ci.loc[name, 1]
    out[name + ".vif"] = vif[i]
for k in ["llf", "llnull", "llr", "llr_pvalue", "prsquared", "aic", "bic"]:
    out["model." + k] = float(getattr(r, k))
print(json.dumps({k: float(v) for k, v in out.items()}))
