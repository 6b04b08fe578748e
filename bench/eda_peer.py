#!/usr/bin/python3
"""Peer for `claimtriage eda` (and `test`): the same work in pandas/scipy.

Usage: bench/eda_peer.py FILE [--with-test]
Prints the in-process seconds (after imports: scipy.stats is imported before
the clock starts, as pandas is) of: read_csv + dropna,
grouped count/mean/median/std by the four groupings, rates and their grouped
medians, quartiles and both outlier rules, Pearson and Spearman matrices,
transcription length (chars, words) by class; with --with-test also the
hypothesis tests `claimtriage test` runs by default (Welch/Student t,
Mann-Whitney U, Levene, normaltest, chi-square for two pairs).
"""
import sys
import time

import numpy as np
import pandas as pd

if '--with-test' in sys.argv:
    from scipy import stats

t0 = time.perf_counter()
path = sys.argv[1]
df = pd.read_csv(path).dropna()
cols = ['video_duration_sec', 'video_view_count', 'video_like_count',
        'video_share_count', 'video_download_count', 'video_comment_count']
rates = {'likes_per_view': 'video_like_count', 'comments_per_view': 'video_comment_count',
         'shares_per_view': 'video_share_count', 'downloads_per_view': 'video_download_count'}
for name, c in rates.items():
    df[name] = (df[c] / df['video_view_count']).where(df['video_view_count'] > 0)
out = {}
for by in (['claim_status'], ['verified_status'], ['author_ban_status'],
           ['claim_status', 'author_ban_status']):
    g = df.groupby(by)
    out[tuple(by)] = (g[cols].agg(['count', 'mean', 'median', 'std']),
                      g[list(rates)].median())
q = df[cols].quantile([.25, .5, .75])
iqr = q.loc[.75] - q.loc[.25]
tukey = (df[cols] > q.loc[.75] + 1.5 * iqr).sum()
course = (df[cols] > q.loc[.5] + 1.5 * iqr).sum()
pear = df[cols].corr()
spear = df[cols].corr(method='spearman')
text = df['video_transcription_text']
tl = pd.DataFrame({'chars': text.str.len(), 'words': text.str.split().str.len(),
                   'claim_status': df['claim_status']})
tl_g = tl.groupby('claim_status').agg(['count', 'mean', 'median', 'std'])
t1 = time.perf_counter()
if '--with-test' in sys.argv:
    x = df.loc[df.verified_status == 'not verified', 'video_view_count']
    y = df.loc[df.verified_status == 'verified', 'video_view_count']
    stats.ttest_ind(x, y, equal_var=False)
    stats.ttest_ind(x, y)
    stats.mannwhitneyu(x, y)
    stats.levene(x, y, center='median')
    stats.normaltest(x)
    stats.normaltest(y)
    for a, b in (('claim_status', 'author_ban_status'), ('claim_status', 'verified_status')):
        ct = pd.crosstab(df[a], df[b])
        stats.chi2_contingency(ct)
        stats.chi2_contingency(ct, correction=False)
t2 = time.perf_counter()
print(f"eda_s {t1 - t0:.4f} test_s {t2 - t1:.4f} rows {len(df)} "
      f"course_views {course['video_view_count']}")
