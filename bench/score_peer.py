#!/usr/bin/python3
"""The Python route a data scientist would write for scoring a backlog, timed
from CSV to the written queue: pandas read_csv, a fitted scikit-learn
pipeline (TfidfVectorizer on the transcript with word 1-2-grams, min_df 2;
log1p + StandardScaler on the counts; one-hot of the statuses;
LogisticRegression C=1), predict_proba, priority p x ln(1 + views + shares),
sort, write the top CAPACITY rows. The pipeline is fitted on TRAIN before
the clock starts (our model is fitted before too).

usage: score_peer.py TRAIN FILE CAPACITY
prints: peer_s SECONDS (wall), peer_cpu_s SECONDS (CPU of the process over
the same span), rows N"""
import sys
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

NUM = ["video_duration_sec", "video_view_count", "video_like_count", "video_share_count",
       "video_download_count", "video_comment_count"]
CAT = ["verified_status", "author_ban_status"]
TXT = "video_transcription_text"


def prep(df):
    df[TXT] = df[TXT].fillna("")
    df[NUM] = df[NUM].fillna(0)
    return df


def main():
    train, path, cap = sys.argv[1], sys.argv[2], int(sys.argv[3])
    t = prep(pd.read_csv(train))
    t = t[t["claim_status"].notna()]
    pipe = Pipeline([
        ("features", ColumnTransformer([
            ("text", TfidfVectorizer(ngram_range=(1, 2), min_df=2), TXT),
            ("num", make_pipeline(FunctionTransformer(np.log1p), StandardScaler()), NUM),
            ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])),
        ("lr", LogisticRegression(C=1.0, max_iter=1000))])
    pipe.fit(t, (t["claim_status"] == "claim").astype(int))
    t0 = time.perf_counter()
    c0 = time.process_time()
    df = prep(pd.read_csv(path))
    p = pipe.predict_proba(df)[:, 1]
    df["probability"] = p
    df["priority"] = p * np.log1p(df["video_view_count"] + df["video_share_count"])
    q = df.sort_values(["priority", "video_id"], ascending=[False, True]).head(cap)
    q[["video_id", "priority", "probability", "author_ban_status"]].to_csv("/dev/null")
    print("peer_s %.4f" % (time.perf_counter() - t0))
    print("peer_cpu_s %.4f" % (time.process_time() - c0))
    print("rows %d" % len(df))


if __name__ == "__main__":
    main()
