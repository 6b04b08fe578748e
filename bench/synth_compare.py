#!/usr/bin/python3
"""bench/synth_compare.py — the shape of a synthetic file beside the real one.

Usage: bench/synth_compare.py REAL.csv SYNTH.csv
Prints, for both files and with pandas: rows, bytes per row (file size / rows),
missing-label share, claim share among labelled rows, median views per class,
verified and active shares per class, mean/std text length per class, and
the share of texts needing CSV quotes.
"""
import os
import sys

import pandas as pd


def shape(path):
    df = pd.read_csv(path)
    n = len(df)
    lab = df.claim_status.notna()
    g = df[lab].groupby('claim_status')
    txt = df.video_transcription_text.dropna()
    out = {
        'rows': n,
        'bytes/row': os.path.getsize(path) / n,
        'missing share': 1 - lab.mean(),
        'claim share (labelled)': (df.claim_status == 'claim').sum() / lab.sum(),
        'missing rows with all 7 fields empty': int(df[~lab][[
            'video_transcription_text', 'video_view_count', 'video_like_count',
            'video_share_count', 'video_download_count', 'video_comment_count']].isna().all(axis=1).sum()),
        'texts with , or "': txt.str.contains('[,"]').mean(),
    }
    for c, s in g:
        out[f'median views {c}'] = s.video_view_count.median()
        out[f'median likes {c}'] = s.video_like_count.median()
        out[f'median comments {c}'] = s.video_comment_count.median()
        out[f'verified share {c}'] = (s.verified_status == 'verified').mean()
        out[f'active share {c}'] = (s.author_ban_status == 'active').mean()
        ln = s.video_transcription_text.str.len()
        out[f'text chars mean {c}'] = ln.mean()
        out[f'text chars std {c}'] = ln.std()
    return out


def main():
    real, syn = shape(sys.argv[1]), shape(sys.argv[2])
    print(f"{'figure':40s} {'real':>14s} {'synthetic':>14s} {'ratio':>7s}")
    for k in real:
        r, s = real[k], syn.get(k, float('nan'))
        ratio = s / r if r else float('nan')
        print(f'{k:40s} {r:14.6g} {s:14.6g} {ratio:7.3f}')


if __name__ == '__main__':
    main()
