#!/usr/bin/python3
"""Every number `inspect`, `eda`, `test` and `regress` print in --json, against
pandas 1.5 / scipy 1.10 / statsmodels 0.13 computing the same thing, on files
the golden cases do not hold: subsets of the real file (random 1%, 10%, 50
rows, 3 rows, one class, one verified status, one ban status, rows with a
missing value only, sorted, columns reordered, extra columns), synth files
with other seeds, noise and sizes, and hand-made edge files (ties, a
constant column, a column all missing, counts near 2^53, a group of one,
quoted text with line breaks), and counts beyond 2^53 (distinct values and
duplicates, where doubles would merge pandas' int64 values).

usage: peer_parity.py BIN [DATA.csv] [-v]
  BIN       the claimtriage binary
  DATA.csv  the real file (its subsets are left out without it)
Writes its files to a temporary folder, removed at the end. Prints one line
per file and command ("ok", or each number that differs with both values)
and exits 1 when anything differs. A value the peer gives as NaN must be
null in ours with a sibling "<key>_reason" (or the command must refuse the
input with exit 1); a number where the peer has NaN, or null where the peer
has a number, is a difference.

Beyond the numbers, the verdicts a statistician wants, when they should be
given and only then: Cochran's expected-count rule and the test it chooses
(Fisher for 2x2, Monte Carlo for larger), Levene's "equal variances
plausible", "large samples", normality and the comparison it chooses
(Welch or the rank test), regress's VIF >= 5, separation (rows pinned
within 1e-8) and events-per-predictor checks. Each refusal (exit 1) is
listed with -v.

Tolerance: 1e-9 relative (absolute below 1e-300), except where docs/*.md
states a looser agreement and why: CI bounds that use t quantiles (scipy's
t.ppf is off by up to 5e-9, docs/test.md), the LLR p-value and pseudo-R2
(statsmodels fits the null model by BFGS, docs/regress.md).
"""
import json
import math
import os
import subprocess
import sys
import tempfile
import warnings

import numpy as np
import pandas as pd
import scipy.stats as st
import statsmodels.api as sm
from statsmodels.stats.oneway import anova_oneway
from statsmodels.stats.outliers_influence import variance_inflation_factor

warnings.filterwarnings("ignore")
REL = 1e-9
METRICS = ["video_duration_sec", "video_view_count", "video_like_count",
           "video_share_count", "video_download_count", "video_comment_count"]
RATES = {"likes_per_view": "video_like_count", "comments_per_view": "video_comment_count",
         "shares_per_view": "video_share_count", "downloads_per_view": "video_download_count"}
VERBOSE = "-v" in sys.argv
# Counts near 2^53: pandas' own double sums round there (its std of 400 such
# counts is off the exact one by 1e-4, its Pearson r by 2e-2), so that file
# is not compared with pandas but with ours on the same file shifted down by
# this whole number (exact), which pandas does compare: every statistic is
# the shifted file's, the location ones (means, quartiles, fences) plus the
# shift.
NEAR_2P53_SHIFT = 2 ** 53 - 1000
SHIFT_INVARIANT = ("column_profiles", "overall", "groupings", "outliers", "pearson",
                   "spearman", "comparisons", "associations")


class Check:
    def __init__(self, label):
        self.label = label
        self.bad = []
        self.n = 0

    def num(self, what, peer, ours, rel=REL, parent=None, key=None):
        """peer: float (NaN = undefined); ours: number or None."""
        self.n += 1
        if peer is None or (isinstance(peer, float) and math.isnan(peer)):
            if ours is not None:
                self.bad.append(f"{what}: peer undefined (NaN), ours {ours!r}")
            elif parent is not None and key is not None and key + "_reason" not in parent:
                self.bad.append(f"{what}: null without {key}_reason")
            return
        peer = float(peer)
        if ours is None:
            if math.isinf(peer) and parent is not None and key + "_reason" in parent:
                return
            self.bad.append(f"{what}: peer {peer!r}, ours null"
                            f" ({(parent or {}).get((key or '') + '_reason', 'no reason')})")
            return
        ours = float(ours)
        if peer == ours:
            return
        if math.isinf(peer) or math.isinf(ours):
            self.bad.append(f"{what}: peer {peer!r}, ours {ours!r}")
            return
        d = abs(peer - ours)
        scale = max(abs(peer), abs(ours))
        if d > rel * scale and d > 1e-300:
            self.bad.append(f"{what}: peer {peer!r}, ours {ours!r} (rel {d / scale:.2e})")

    def eq(self, what, peer, ours):
        self.n += 1
        if peer != ours:
            self.bad.append(f"{what}: peer {peer!r}, ours {ours!r}")

    def fail(self, what):
        self.bad.append(what)

    def report(self):
        if self.bad:
            print(f"{self.label}: {len(self.bad)} of {self.n} differ")
            for b in self.bad[:40]:
                print("    " + b)
        else:
            print(f"{self.label}: ok ({self.n} numbers)")
        return not self.bad


def run(bin_, args):
    p = subprocess.run([bin_] + args, capture_output=True, text=True)
    out = None
    if p.stdout.strip():
        try:
            out = json.loads(p.stdout)
        except ValueError:
            out = None
    return p.returncode, out, p.stderr


def peer_std(s):
    """pandas' std, except for a column whose values are all the same: there
    pandas' describe/Series.std give the rounding of its two-pass sums (2.8e-17
    or 1.9e-16 for 0.1 in every row) and its groupby std exactly 0; ours is
    exactly 0 (docs/inspect.md)."""
    s = s.dropna()
    return 0.0 if len(s) > 1 and s.nunique() == 1 else s.std()


def quart(s):
    return s.quantile(0.25), s.median(), s.quantile(0.75)


# ---------------------------------------------------------------- inspect
def check_inspect(c, df, j):
    c.eq("rows", len(df), j["rows"])
    c.eq("columns", df.shape[1], j["columns"])
    prof = {p["name"]: p for p in j["column_profiles"]}
    for col in df.columns:
        p = prof.get(col)
        if p is None:
            c.fail(f"column {col} absent from column_profiles")
            continue
        s = df[col]
        c.eq(f"{col}.non_null", int(s.notna().sum()), p["non_null"])
        c.eq(f"{col}.missing", int(s.isna().sum()), p["missing"])
        c.eq(f"{col}.distinct", int(s.nunique()), p["distinct"])
        if p["summary"] is not None:
            if not pd.api.types.is_numeric_dtype(s):
                c.fail(f"{col}: ours numeric summary, pandas dtype {s.dtype}")
                continue
            d = s.astype(float).describe()
            d["std"] = peer_std(s.astype(float))
            m = p["summary"]
            for k, pk in (("count", "count"), ("mean", "mean"), ("std", "std"), ("min", "min"),
                          ("q1", "25%"), ("median", "50%"), ("q3", "75%"), ("max", "max")):
                c.num(f"{col}.{k}", d[pk], m.get(k), parent=m, key=k)
        elif pd.api.types.is_numeric_dtype(s) and s.notna().any():
            c.fail(f"{col}: pandas numeric ({s.dtype}), ours no summary (type {p['type']})")
        if p.get("text_length"):
            t = s.dropna().astype(str)
            for kind, ser in (("chars", t.str.len()), ("words", t.str.split().str.len())):
                d = ser.astype(float).describe()
                m = p["text_length"][kind]
                for k, pk in (("count", "count"), ("mean", "mean"), ("std", "std"),
                              ("min", "min"), ("q1", "25%"), ("median", "50%"),
                              ("q3", "75%"), ("max", "max")):
                    c.num(f"{col}.{kind}.{k}", d[pk], m.get(k), parent=m, key=k)
    c.eq("duplicate_rows", int(df.duplicated(keep="first").sum()), j["duplicate_rows"])
    c.eq("rows_with_missing", int(df.isna().any(axis=1).sum()), j["rows_with_missing"])
    if j.get("target"):
        col = j["target"]["column"]
        vc = df[col].value_counts(dropna=False)
        peer = {(None if (isinstance(k, float) and math.isnan(k)) else k): int(v)
                for k, v in vc.items()}
        ours = {e["value"]: e["count"] for e in j["target"]["classes"]}
        c.eq("target counts", peer, ours)
        for e in j["target"]["classes"]:
            c.num(f"target {e['value']} pct", 100.0 * e["count"] / len(df), e["pct"])


# ---------------------------------------------------------------- eda
def check_eda(c, df, j):
    d = df.dropna()
    c.eq("dropna.rows_kept", len(d), j["dropna"]["rows_kept"])
    for m in METRICS:
        s = d[m].astype(float)
        o = j["overall"][m]
        q1, med, q3 = quart(s)
        for k, v in (("count", s.count()), ("mean", s.mean()), ("median", med),
                     ("std", peer_std(s)), ("min", s.min()), ("q1", q1), ("q3", q3),
                     ("max", s.max())):
            c.num(f"overall.{m}.{k}", v, o.get(k), parent=o, key=k)
        out = j["outliers"][m]
        iqr = q3 - q1
        for k, v in (("q1", q1), ("median", med), ("q3", q3), ("iqr", iqr),
                     ("tukey_fence", q3 + 1.5 * iqr), ("course_fence", med + 1.5 * iqr)):
            c.num(f"outliers.{m}.{k}", v, out.get(k), parent=out, key=k)
        c.eq(f"outliers.{m}.tukey_count", int((s > q3 + 1.5 * iqr).sum()), out["tukey_count"])
        c.eq(f"outliers.{m}.course_count", int((s > med + 1.5 * iqr).sum()), out["course_count"])
    views = d["video_view_count"].astype(float)
    rate = {}
    for name, num in RATES.items():
        rate[name] = (d[num].astype(float) / views).where(views > 0)
        r = rate[name].dropna()
        o = j["rates"][name]["summary"]
        q1, med, q3 = quart(r)
        for k, v in (("count", r.count()), ("mean", r.mean()), ("median", med),
                     ("std", r.std()), ("min", r.min()), ("q1", q1), ("q3", q3),
                     ("max", r.max())):
            c.num(f"rates.{name}.{k}", v, o.get(k), parent=o, key=k)
    dd = d.assign(**rate)
    for g in j["groupings"]:
        by = g["by"]
        grp = dd.groupby(by)
        agg = grp[METRICS].agg(["count", "mean", "median", "std"])
        rmed = grp[list(RATES)].median()
        rcnt = grp[list(RATES)].count()
        c.eq(f"groups of {by}", len(agg), len(g["groups"]))
        for e in g["groups"]:
            key = tuple(e["key"]) if len(by) > 1 else e["key"][0]
            if key not in agg.index:
                c.fail(f"group {key} of {by} not in pandas")
                continue
            c.eq(f"{by}={key}.rows", int(grp.size()[key]), e["rows"])
            for m in METRICS:
                for k in ("count", "mean", "median", "std"):
                    c.num(f"{by}={key}.{m}.{k}", agg.loc[key, (m, k)], e["metrics"][m].get(k),
                          parent=e["metrics"][m], key=k)
            for name in RATES:
                rm = e["rate_medians"][name]
                c.num(f"{by}={key}.{name}.median", rmed.loc[key, name], rm.get("median"),
                      parent=rm, key="median")
                c.eq(f"{by}={key}.{name}.count", int(rcnt.loc[key, name]), rm["count"])
    for meth in ("pearson", "spearman"):
        mat = d[METRICS].astype(float).corr(method=meth).to_numpy()
        for a in range(len(METRICS)):
            for b in range(len(METRICS)):
                row = j[meth][a]
                c.num(f"{meth}[{METRICS[a]},{METRICS[b]}]", mat[a, b], row[b], rel=1e-8)
    if j.get("text_length"):
        t = d["video_transcription_text"].astype(str)
        tl = pd.DataFrame({"chars": t.str.len().astype(float),
                           "words": t.str.split().str.len().astype(float),
                           "cls": d["claim_status"]})
        agg = tl.groupby("cls").agg(["count", "mean", "median", "std"])
        for e in j["text_length"]:
            for kind in ("chars", "words"):
                for k in ("count", "mean", "median", "std"):
                    c.num(f"text_length.{e['class']}.{kind}.{k}", agg.loc[e["class"], (kind, k)],
                          e[kind].get(k), parent=e[kind], key=k)


# ---------------------------------------------------------------- test
def peer_test_obj(c, what, stat, p, o, df=None):
    c.num(what + ".statistic", stat, o.get("statistic"), parent=o, key="statistic")
    c.num(what + ".p", p, o.get("p"), parent=o, key="p")
    if df is not None:
        c.num(what + ".df", df, o.get("df"), parent=o, key="df")


def check_comparison(c, d, comp, level):
    by, meas = comp["by"], comp["measure"]
    sub = d[[by, meas]].dropna()
    labels = [g["label"] for g in comp["groups"]]
    keys = sorted(sub[by].unique(), key=lambda v: (v if isinstance(v, str) else float(v)))
    c.eq(f"{meas} by {by}: groups", [str(k) if not isinstance(k, str) else k for k in keys]
         if all(isinstance(k, str) for k in keys) else len(keys),
         labels if all(isinstance(k, str) for k in keys) else len(labels))
    xs = [sub.loc[sub[by] == k, meas].astype(float).to_numpy() for k in keys]
    w = f"{meas} by {by}"
    for g, x in zip(comp["groups"], xs):
        c.eq(f"{w}[{g['label']}].n", len(x), g["n"])
        c.num(f"{w}[{g['label']}].mean", x.mean(), g["mean"])
        c.num(f"{w}[{g['label']}].std", x.std(ddof=1) if len(x) > 1 else float("nan"),
              g.get("std"), parent=g, key="std")
        c.num(f"{w}[{g['label']}].median", np.median(x), g["median"])
        nt = g["normality"]
        if len(x) >= 8:
            r = st.normaltest(x)
            if nt is None:
                if not np.isnan(r.statistic):
                    c.fail(f"{w}[{g['label']}].normality: scipy {r.statistic}, ours null")
            else:
                peer_test_obj(c, f"{w}[{g['label']}].normality", r.statistic, r.pvalue, nt)
        elif nt is not None:
            c.fail(f"{w}[{g['label']}].normality: given for n = {len(x)} < 8")
    lv = st.levene(*xs, center="median")
    asm = comp["assumptions"]
    peer_test_obj(c, f"{w}.levene", lv.statistic, lv.pvalue, asm["levene"])
    c.eq(f"{w}.equal_variances_plausible", None if math.isnan(lv.pvalue)
         else bool(lv.pvalue >= level), asm["equal_variances_plausible"])
    c.eq(f"{w}.large_samples (every n >= 30)", all(len(x) >= 30 for x in xs),
         asm["large_samples"])
    normal = all(len(x) >= 8 and st.normaltest(x).pvalue >= level for x in xs)
    c.eq(f"{w}.normal_plausible", normal, asm["normal_plausible"])
    large = all(len(x) >= 30 for x in xs)
    rank = "Mann-Whitney U" if len(xs) == 2 else "Kruskal-Wallis"
    if not (large or normal) and rank not in comp["chosen"]:
        c.fail(f"{w}: neither large samples nor normality, but the chosen test is "
               f"{comp['chosen']}")
    if (large or normal) and rank in comp["chosen"] and "undefined" not in comp["chosen_reason"]:
        c.fail(f"{w}: a Welch test applies, but the chosen test is {comp['chosen']} "
               f"({comp['chosen_reason']})")
    if len(xs) == 2:
        a, b = xs
        wt = st.ttest_ind(a, b, equal_var=False)
        va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
        dfw = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
        peer_test_obj(c, f"{w}.welch_t", wt.statistic, wt.pvalue, comp["welch_t"], dfw)
        stt = st.ttest_ind(a, b, equal_var=True)
        peer_test_obj(c, f"{w}.student_t", stt.statistic, stt.pvalue, comp["student_t"],
                      len(a) + len(b) - 2)
        mw = st.mannwhitneyu(a, b)
        peer_test_obj(c, f"{w}.mann_whitney_u", mw.statistic, mw.pvalue, comp["mann_whitney_u"])
        n1n2 = len(a) * len(b)
        c.num(f"{w}.rank_biserial_r", 2 * mw.statistic / n1n2 - 1, comp["rank_biserial_r"])
        c.num(f"{w}.common_language", mw.statistic / n1n2, comp["common_language_effect_size"])
        md = comp["mean_difference"]
        se = math.sqrt(va + vb)
        c.num(f"{w}.mean_difference.estimate", a.mean() - b.mean(), md["estimate"])
        c.num(f"{w}.mean_difference.se", se, md["se"])
        # both groups constant: the dof is 0/0, which scipy replaces by 1 (the
        # interval, of width 0, does not depend on it)
        q = st.t.ppf(0.975, 1 if va + vb == 0 else dfw)
        c.num(f"{w}.mean_difference.low", a.mean() - b.mean() - q * se, md.get("low"),
              rel=1e-7, parent=md, key="low")
        c.num(f"{w}.mean_difference.high", a.mean() - b.mean() + q * se, md.get("high"),
              rel=1e-7, parent=md, key="high")
        m = len(a) + len(b) - 2
        sp = math.sqrt(((len(a) - 1) * a.var(ddof=1) + (len(b) - 1) * b.var(ddof=1)) / m)
        dcoh = (a.mean() - b.mean()) / sp if sp > 0 else float("nan")
        from scipy.special import gammaln
        J = math.exp(gammaln(m / 2) - 0.5 * math.log(m / 2) - gammaln((m - 1) / 2))
        g = J * dcoh
        hg = comp["hedges_g"]
        c.num(f"{w}.hedges_g", g, hg.get("estimate"), parent=hg, key="estimate")
        N = len(a) + len(b)
        hw = st.norm.ppf(0.975) * math.sqrt(N / n1n2 + g * g / (2 * N)) if not math.isnan(g) \
            else float("nan")
        c.num(f"{w}.hedges_g.low", g - hw, hg.get("low"), parent=hg, key="low")
        c.num(f"{w}.hedges_g.high", g + hw, hg.get("high"), parent=hg, key="high")
    else:
        an = st.f_oneway(*xs)
        peer_test_obj(c, f"{w}.anova", an.statistic, an.pvalue, comp["anova"])
        wa = anova_oneway(xs, use_var="unequal")
        o = comp["welch_anova"]
        # a group whose values are all the same has variance 0 and an infinite
        # weight: undefined (docs/test.md); statsmodels weighs it by its sums'
        # rounding (1e-33 for 0.1 in every row) and gives an F of noise
        nan = float("nan")
        const = any(len(np.unique(x)) == 1 for x in xs)
        peer_test_obj(c, f"{w}.welch_anova", nan if const else wa.statistic,
                      nan if const else wa.pvalue, o)
        c.num(f"{w}.welch_anova.df2", nan if const else wa.df[1], o.get("df2"), parent=o,
              key="df2")
        try:
            kw = st.kruskal(*xs)
            ks, kp = kw.statistic, kw.pvalue
        except ValueError:
            ks = kp = float("nan")
        peer_test_obj(c, f"{w}.kruskal_wallis", ks, kp, comp["kruskal_wallis"])
        N = sum(len(x) for x in xs)
        c.num(f"{w}.epsilon_squared", ks / (N - 1), comp.get("epsilon_squared"),
              parent=comp, key="epsilon_squared")


def check_association(c, d, a):
    rcol, ccol = a["rows"], a["columns"]
    sub = d[[rcol, ccol]].dropna()
    tab = pd.crosstab(sub[rcol], sub[ccol])
    w = f"{rcol} x {ccol}"
    c.eq(f"{w}.row_levels", [str(v) for v in tab.index], a["row_levels"])
    c.eq(f"{w}.column_levels", [str(v) for v in tab.columns], a["column_levels"])
    c.eq(f"{w}.observed", tab.to_numpy().tolist(), a["observed"])
    if min(tab.shape) < 2:
        return
    chi = st.chi2_contingency(tab)
    unc = st.chi2_contingency(tab, correction=False)
    exp = chi[3]
    for i in range(exp.shape[0]):
        for k in range(exp.shape[1]):
            c.num(f"{w}.expected[{i}][{k}]", exp[i, k], a["expected"][i][k])
    ec = a["expected_check"]
    c.num(f"{w}.expected_check.min_expected", exp.min(), ec["min_expected"])
    c.eq(f"{w}.expected_check.cells_below", int((exp < 5).sum()), ec["cells_below"])
    peer_test_obj(c, f"{w}.chi2", chi[0], chi[1], a["chi2"], chi[2])
    peer_test_obj(c, f"{w}.chi2_uncorrected", unc[0], unc[1], a["chi2_uncorrected"])
    c.num(f"{w}.cramers_v", st.contingency.association(tab, method="cramer"),
          a.get("cramers_v"), parent=a, key="cramers_v")
    if tab.shape == (2, 2):
        f = st.fisher_exact(tab)
        fe = a["fisher_exact"]
        c.num(f"{w}.fisher.odds_ratio", f[0], fe.get("odds_ratio"), parent=fe, key="odds_ratio")
        c.num(f"{w}.fisher.p", f[1], fe.get("p"), rel=1e-7)
    # Cochran's rule: adequate when no E < 1 and at most 20% of cells have E < 5
    small = exp.min() < 1 or (exp < 5).mean() > 0.2
    c.eq(f"{w}.expected_check.adequate", not small, ec["adequate"])
    want = ("Fisher's exact test" if tab.shape == (2, 2) else "Monte Carlo") if small \
        else "chi-square test of independence"
    if want not in a["chosen"]:
        c.fail(f"{w}: expected counts {'fail' if small else 'pass'} Cochran's rule but the "
               f"chosen test is {a['chosen']}")


def check_test(c, df, j):
    d = df.dropna() if j["dropna"] == "all" else df
    for comp in j["comparisons"]:
        # the assumption checks are at their own level (0.05 whatever
        # --alpha; docs/test.md), the decision at alpha
        check_comparison(c, d, comp, j["assumption_alpha"])
    for a in j["associations"]:
        check_association(c, d, a)


# ---------------------------------------------------------------- regress
def check_regress(c, df, j, target="verified_status", positive="verified"):
    used_cols = set()
    for f in j["coefficients"]:
        if f["kind"] == "dummy":  # name = COLUMN_LEVEL, the column one of the file's
            col = next(k for k in df.columns if f["name"].startswith(k + "_")
                       and f["name"][len(k) + 1:] in set(df[k].dropna().astype(str)))
            f["column"], f["level"] = col, f["name"][len(col) + 1:]
        elif f["kind"] != "constant":
            f["column"] = f["name"]
        if f["kind"] != "constant":
            used_cols.add(f["column"])
    cleaning = j["cleaning"]
    caps = [cp["column"] for cp in cleaning["caps"]]
    cols = sorted(used_cols | set(caps) | {target}, key=list(df.columns).index)
    d = df.dropna(subset=cols).drop_duplicates()
    c.eq("rows_modelled", len(d), cleaning["rows_modelled"])
    d = d.copy()
    for cp in cleaning["caps"]:
        col = cp["column"]
        q1, q3 = d[col].quantile(0.25), d[col].quantile(0.75)
        lim = q3 + 1.5 * (q3 - q1)
        c.num(f"cap {col}.limit", lim, cp["limit"])
        c.eq(f"cap {col}.capped", int((d[col] > lim).sum()), cp["capped"])
        d[col] = d[col].astype(float).where(d[col] <= lim, lim)
    X = pd.DataFrame(index=d.index)
    for f in j["coefficients"]:
        if f["kind"] == "constant":
            X["const"] = 1.0
        elif f["kind"] == "dummy":
            X[f["name"]] = (d[f["column"]].astype(str) == f["level"]).astype(float)
        else:
            X[f["name"]] = d[f["column"]].astype(float)
    y = (d[target].astype(str) == positive).astype(float)
    r = sm.Logit(y, X).fit(disp=0, method="newton", maxiter=200, tol=1e-12)
    pr = r.predict()
    pinned = int(((pr < 1e-8) & (y == 0)).sum() + ((pr > 1 - 1e-8) & (y == 1)).sum())
    checks = {x["name"]: x for x in j["checks"]}
    c.eq("check separation (rows pinned within 1e-8)", "warn" if pinned else "ok",
         checks["separation"]["verdict"])
    if pinned:  # quasi-separation: no MLE exists, both fits stop somewhere on the way out
        return
    ci = r.conf_int()
    for i, f in enumerate(j["coefficients"]):
        n = f["name"]
        for k, v in (("coef", r.params[n]), ("std_err", r.bse[n]), ("z", r.tvalues[n]),
                     ("p_value", r.pvalues[n]), ("ci_low", ci.loc[n, 0]),
                     ("ci_high", ci.loc[n, 1])):
            c.num(f"{n}.{k}", v, f.get(k), rel=1e-7, parent=f, key=k)
        vif = variance_inflation_factor(X.values, i)
        c.num(f"{n}.vif", vif, f.get("vif"), rel=1e-7, parent=f, key="vif")
    # the warnings a statistician wants, when they should be and only then
    vifs = [variance_inflation_factor(X.values, i) for i in range(1, X.shape[1])]
    want = "warn" if max(vifs) >= 5 else "ok"
    c.eq("check multicollinearity (VIF >= 5)", want, checks["multicollinearity (VIF)"]["verdict"])
    epp = min(y.sum(), len(y) - y.sum()) / (X.shape[1] - 1)
    c.eq("check events per predictor (>= 10)", "ok" if epp >= 10 else "warn",
         checks["events per predictor"]["verdict"])
    # Box-Tidwell: every x*ln(x) term (x + 1 when the column has a zero) at once
    bt = X.copy()
    tested = [f for f in j["coefficients"] if f.get("box_tidwell_p") is not None]
    for f in tested:
        x = X[f["name"]] + (1.0 if f["box_tidwell_shifted"] else 0.0)
        bt[f["name"] + "_xlnx"] = x * np.log(x)
    if tested:
        rb = sm.Logit(y, bt).fit(disp=0, method="newton", maxiter=200, tol=1e-12)
        for f in tested:
            c.num(f"{f['name']}.box_tidwell_p", rb.pvalues[f["name"] + "_xlnx"],
                  f["box_tidwell_p"], rel=1e-6)
    # influence: statsmodels' GLM get_influence() on the same fit
    if True:
        inf = sm.GLM(y, X, family=sm.families.Binomial()).fit(tol=1e-14).get_influence()
        h = pd.Series(inf.hat_matrix_diag, index=X.index)
        cook = pd.Series(inf.cooks_distance[0], index=X.index)
        rs = pd.Series(inf.resid_studentized, index=X.index)
        infl = j["influence"]
        nn, kk = len(y), X.shape[1]
        c.eq("influence.high_leverage", int((h > 2 * kk / nn).sum()), infl["high_leverage"])
        c.eq("influence.high_cooks", int((cook > 4 / nn).sum()), infl["high_cooks"])
        c.eq("influence.large_resid", int((rs.abs() > 3).sum()), infl["large_resid"])
        c.num("influence.largest_cooks_d", cook.max(), infl.get("largest_cooks_d"), rel=1e-6)
        for t in infl["top"]:
            # the row whose record starts on that line of the file (header line 1;
            # a quoted text with line breaks moves the later rows down)
            lines = df.attrs.get("lines")
            i = lines.index(t["line"]) if lines else t["line"] - 2
            c.num(f"influence line {t['line']} cooks_d", cook[i], t["cooks_d"], rel=1e-6)
            c.num(f"influence line {t['line']} leverage", h[i], t["leverage"], rel=1e-6)
            c.num(f"influence line {t['line']} std resid", rs[i], t["std_pearson_resid"],
                  rel=1e-6)
    m = j["model"]
    for k in ("llf", "aic", "bic"):
        c.num(f"model.{k}", getattr(r, k), m.get(k), rel=1e-9, parent=m, key=k)
    n1 = y.sum()
    n0 = len(y) - n1
    lln = n1 * math.log(n1 / len(y)) + n0 * math.log(n0 / len(y))
    c.num("model.llnull (closed form)", lln, m.get("llnull"))
    c.num("model.llr", 2 * (r.llf - lln), m.get("llr"), rel=1e-7)
    c.num("model.prsquared", 1 - r.llf / lln, m.get("prsquared"), rel=1e-7)


# ---------------------------------------------------------------- files
def make_files(tmp, bin_, data):
    files = []
    if data:
        df = pd.read_csv(data)
        for col in df.columns:
            if df[col].dtype == float and df[col].dropna().mod(1).eq(0).all():
                df[col] = df[col].astype("Int64")
        rng = np.random.default_rng(5)
        extra = df.copy()
        extra["extra_num"] = rng.normal(size=len(df))
        extra["extra_cat"] = rng.choice(["x", "y"], size=len(df))
        subsets = {
            "real_1pct": df.sample(frac=0.01, random_state=1),
            "real_10pct": df.sample(frac=0.10, random_state=2),
            "real_50rows": df.sample(n=50, random_state=3),
            "real_3rows": df.sample(n=3, random_state=4),
            "real_claims": df[df.claim_status == "claim"],
            "real_verified": df[df.verified_status == "verified"],
            "real_banned": df[df.author_ban_status == "banned"],
            "real_missing_only": df[df.isna().any(axis=1)],
            "real_sorted": df.sort_values("video_view_count", ascending=False),
            "real_reordered": df[df.columns[::-1]],
            "real_extra_columns": extra,
        }
        for name, sub in subsets.items():
            p = os.path.join(tmp, name + ".csv")
            sub.to_csv(p, index=False)
            files.append(p)
    for seed, noise, rows in ((1, 0, 2000), (2, 0.3, 5000), (3, 0.5, 800), (4, 0.9, 300),
                              (5, 1, 200), (6, 0.1, 40)):
        p = os.path.join(tmp, f"synth_s{seed}_n{noise}_r{rows}.csv")
        subprocess.run([bin_, "synth", "-q", "--rows", str(rows), "--seed", str(seed),
                        "--noise", str(noise), "-o", p], check=True)
        files.append(p)
    # hand-made edge files from one synth file
    base = pd.read_csv(os.path.join(tmp, "synth_s1_n0_r2000.csv")).head(400)
    edges = {}
    e = base.copy()
    e["video_duration_sec"] = 30
    edges["edge_constant_duration"] = e
    e = base.copy()  # a fraction in every row: constant, but its double mean is not 0.1
    e["const_fraction"] = 0.1
    edges["edge_constant_fraction"] = e
    e = base.copy()
    e["video_view_count"] = (e["video_view_count"] // 100000) * 100000
    edges["edge_ties_views"] = e
    e = base.copy()
    for col in ("video_view_count", "video_like_count"):
        e[col] = (NEAR_2P53_SHIFT + (e[col] % 997)).astype("Int64")
    edges["edge_near_2p53"] = e
    sh = e.copy()
    for col in ("video_view_count", "video_like_count"):
        sh[col] = sh[col] - NEAR_2P53_SHIFT
    edges["edge_near_2p53_shifted"] = sh
    e = base.copy()
    first = e.index[e.verified_status == "verified"][0]
    e.loc[e.verified_status == "verified", "verified_status"] = "not verified"
    e.loc[first, "verified_status"] = "verified"
    edges["edge_group_of_one"] = e
    e = base.copy()
    e["empty_col"] = np.nan
    edges["edge_all_missing_column"] = e
    e = base.head(40).copy()
    edges["edge_40rows"] = e
    e = base.copy()
    e.loc[e.index[::9], "video_view_count"] = -1  # a code for "unknown", kept as a number
    edges["edge_negative_views"] = e
    e = base.copy()  # quoted line breaks: a row's line is not its index + 2
    e.loc[e.index[::7], "video_transcription_text"] = \
        e.loc[e.index[::7], "video_transcription_text"].str.replace(" ", "\n", n=2)
    edges["edge_multiline_text"] = e
    e = base.copy()  # a zero cell: no verified author is banned
    e.loc[(e.verified_status == "verified") & (e.author_ban_status == "banned"),
          "author_ban_status"] = "active"
    e.loc[(e.verified_status == "verified") & (e.claim_status == "claim"), "claim_status"] = \
        "opinion"
    edges["edge_zero_cell"] = e
    for name, sub in edges.items():
        p = os.path.join(tmp, name + ".csv")
        sub.to_csv(p, index=False)
        files.append(p)
    # counts beyond 2^53 with no missing value (pandas' int64): pairs that
    # share a double, compared on distinct values and duplicates only
    e = base.copy()
    e["video_view_count"] = [2 ** 60 + i // 2 * 256 + i % 2 for i in range(len(e))]
    e["video_like_count"] = e["video_like_count"].fillna(0).astype("int64")
    e.to_csv(os.path.join(tmp, "beyond_2p53_counts.csv"), index=False)
    return files


def record_lines(path):
    """The physical line on which each data record of a CSV file starts
    (header line 1), as ours reports rows: quoted line breaks counted."""
    import csv
    out, end = [], 1
    with open(path, newline="", encoding="utf-8") as fh:
        r = csv.reader(fh)
        next(r)
        for row in r:
            if row:
                out.append(end + 1)
            end = r.line_num
    return out


def check_beyond_2p53(c, df, j):
    """Counts beyond 2^53 (pandas' int64, exact): the values' counts only,
    distinct values and duplicates, which doubles would merge; the summary is
    on doubles in both, rounded differently (pandas' std off by 3e-5)."""
    prof = {p["name"]: p for p in j["column_profiles"]}
    for col in df.columns:
        s = df[col]
        c.eq(f"{col}.distinct", int(s.nunique()), prof[col]["distinct"])
        c.eq(f"{col}.duplicate_values", int(s.duplicated(keep="first").sum()),
             prof[col]["duplicate_values"])
    c.eq("duplicate_rows", int(df.duplicated(keep="first").sum()), j["duplicate_rows"])


def shifted_compare(c, ours, shifted, path=""):
    """ours (file near 2^53) against ours on the shifted file: equal, or
    equal after subtracting the shift (a location statistic)."""
    if isinstance(ours, dict):
        for k, v in ours.items():
            if k in ("rate_medians", "text_length") or k not in shifted:
                continue
            shifted_compare(c, v, shifted[k], f"{path}.{k}")
    elif isinstance(ours, list):
        if len(ours) != len(shifted):
            c.fail(f"{path}: {len(ours)} entries, shifted file {len(shifted)}")
            return
        for i, (a, b) in enumerate(zip(ours, shifted)):
            shifted_compare(c, a, b, f"{path}[{i}]")
    elif isinstance(ours, (int, float)) and not isinstance(ours, bool) \
            and isinstance(shifted, (int, float)):
        c.n += 1
        a, b = float(ours), float(shifted)
        if abs(a - b) <= REL * max(abs(a), abs(b), 1e-300):
            return
        if abs(abs(a) - NEAR_2P53_SHIFT) < 2 ** 40:
            loc = a - NEAR_2P53_SHIFT if a > 0 else a + NEAR_2P53_SHIFT
            # a value near 2^53 is itself rounded to its unit in the last place
            if abs(loc - b) <= max(REL * abs(b), math.ulp(a)):
                return
        c.fail(f"{path}: {a!r} on the file near 2^53, {b!r} on it shifted down by "
               f"{NEAR_2P53_SHIFT} (difference {a - b!r})")


def main():
    bin_ = sys.argv[1]
    data = next((a for a in sys.argv[2:] if not a.startswith("-")), None)
    if data and not os.path.isfile(data):  # a path to no file: as absent, said below
        data = None
    ok = True
    if not data:
        print("peer_parity: the real file's subsets left out (no DATA; set CLAIMTRIAGE_DATA)",
              file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        files = make_files(tmp, bin_, data)
        for path in files:
            if not path.endswith("edge_near_2p53.csv"):
                continue
            shifted = path.replace(".csv", "_shifted.csv")
            for cmd in ("inspect", "eda", "test"):
                c = Check(f"{os.path.basename(path)} {cmd} (against the file shifted)")
                _, a, _ = run(bin_, [cmd, "-q", "--json", path])
                _, b, _ = run(bin_, [cmd, "-q", "--json", shifted])
                if a is None or b is None:
                    c.fail("no JSON output")
                else:
                    for k in SHIFT_INVARIANT:
                        if k in a:
                            shifted_compare(c, a[k], b.get(k), k)
                ok &= c.report() if (c.bad or VERBOSE) else True
        p = os.path.join(tmp, "beyond_2p53_counts.csv")
        c = Check("beyond_2p53_counts.csv inspect (distinct values and duplicates)")
        _, j, err = run(bin_, ["inspect", "-q", "--json", p])
        if j is None:
            c.fail(f"no JSON output: {err.strip()[:300]}")
        else:
            check_beyond_2p53(c, pd.read_csv(p), j)
        ok &= c.report() if (c.bad or VERBOSE) else True
        for path in files:
            if path.endswith("edge_near_2p53.csv"):
                continue
            df = pd.read_csv(path)
            df.attrs["lines"] = record_lines(path)
            name = os.path.basename(path)
            runs = [("inspect", [], check_inspect), ("eda", [], check_eda),
                    ("test", [], check_test),
                    ("test", ["--by", "author_ban_status", "--measure", "video_duration_sec"],
                     check_test),
                    ("test", ["--dropna", "used", "--pair", "verified_status,author_ban_status"],
                     check_test),
                    ("test", ["--dropna", "used", "--by", "claim_status", "--measure",
                              "video_comment_count"], check_test),
                    # files with a fraction constant in every row (others refuse: absent)
                    ("test", ["--by", "author_ban_status", "--measure", "const_fraction"],
                     check_test),
                    ("regress", [], check_regress),
                    ("regress", ["--target", "claim_status", "--positive", "claim", "--features",
                                 "video_duration_sec,video_share_count,author_ban_status",
                                 "--cap-outliers", "none"],
                     lambda c, df, j: check_regress(c, df, j, "claim_status", "claim"))]
            for cmd, extra, fn in runs:
                label = f"{name} {cmd} {' '.join(extra)}".strip()
                rc, j, err = run(bin_, [cmd, "-q", "--json"] + extra + [path])
                c = Check(label)
                # refused (exit 1): no output, or regress's failure document
                # (docs/formats.md, since 2026-12-05)
                if rc == 1 and (j is None or "failure" in j):
                    if VERBOSE:
                        print(f"{label}: refused (exit 1): {err.strip().splitlines()[0]}")
                    continue
                if rc != 0 or j is None:
                    c.fail(f"exit {rc}: {err.strip()[:300]}")
                else:
                    try:
                        fn(c, df, j)
                    except Exception as ex:  # a peer that cannot run is a difference to read
                        c.fail(f"peer raised {type(ex).__name__}: {ex}")
                ok &= c.report() if (c.bad or VERBOSE) else True
    print("parity: all files agree" if ok else "parity: differences above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
