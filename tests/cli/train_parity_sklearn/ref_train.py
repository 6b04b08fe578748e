#!/usr/bin/python3
"""Reference for tests/cli/train_parity_sklearn (Debian 12's python3-sklearn
1.2.1, numpy 1.24): the text-only model of
    claimtriage train a.csv --model lr --features text --holdout none --grid '' --C 1
    claimtriage evaluate b.csv -m m.ctm --predictions p.csv
with a.csv = `claimtriage synth --rows 800 --seed 21`, b.csv = `... --rows 300 --seed 22`.

    /usr/bin/python3 ref_train.py a.csv b.csv > ref.txt

Writes: the vocabulary size, the SHA-256 of the terms joined by newlines (in
column order), the largest and smallest idf (%.17g), then one line per row of
b.csv: its probability from LogisticRegression(C=1.0, solver='newton-cg',
tol=1e-14, max_iter=10000) (the optimum) and from
LogisticRegression(C=1.0, tol=1e-10, max_iter=10000) (lbfgs, the issue's
call), both on TfidfVectorizer(ngram_range=(1, 2), min_df=2) fitted on the
labelled rows of a.csv (a missing transcription is an empty document).
"""
import hashlib
import sys

import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

a = pd.read_csv(sys.argv[1])
b = pd.read_csv(sys.argv[2])
a = a[a["claim_status"].notna()]
y = (a["claim_status"] == "claim").astype(int).to_numpy()
vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2)
Xa = vec.fit_transform(a["video_transcription_text"].fillna(""))
Xb = vec.transform(b["video_transcription_text"].fillna(""))
terms = vec.get_feature_names_out()
print(len(terms))
print(hashlib.sha256("\n".join(terms).encode()).hexdigest())
print("%.17g %.17g" % (vec.idf_.max(), vec.idf_.min()))
newton = LogisticRegression(C=1.0, solver="newton-cg", tol=1e-14, max_iter=10000).fit(Xa, y)
lbfgs = LogisticRegression(C=1.0, tol=1e-10, max_iter=10000).fit(Xa, y)
for p, q in zip(newton.predict_proba(Xb)[:, 1], lbfgs.predict_proba(Xb)[:, 1]):
    print("%.17g %.17g" % (p, q))
