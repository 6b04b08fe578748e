#!/usr/bin/python3
"""bench/synth_peer.py — a vectorised numpy + pandas.to_csv generator of the
same numeric model (views uniform per class, nested uniform fractions,
rounded; categorical statuses; a short template text), as the Python peer
for `claimtriage synth`. Prints the median wall seconds and MB/s of RUNS runs.

Usage: bench/synth_peer.py ROWS RUNS OUT.csv
"""
import os
import sys
import time

import numpy as np
import pandas as pd


def generate(n, seed, out):
    rng = np.random.default_rng(seed)
    missing = rng.random(n) < 298 / 19382
    claim = rng.random(n) < 9608 / 19084
    lo = np.where(claim, 1000.0, 20.0)
    hi = np.where(claim, 1e6, 1e4)
    views = np.round(rng.uniform(lo, hi))
    likes = np.round(views * rng.uniform(0, np.where(claim, 2 / 3, 4 / 9)))
    shares = np.round(likes * rng.uniform(0, 0.4, n))
    downloads = np.round(likes * rng.uniform(0, 0.025, n))
    comments = np.round(downloads * rng.uniform(0, np.where(claim, 2 / 3, 0.4)))
    openers = np.where(claim, 'a friend read online that ', 'my view is that ')
    facts = np.array(['owls cannot taste sweet food', 'a cloud weighs nearly 640 tons',
                      'iceland has more saunas than cars every year'])
    text = np.char.add(openers, facts[rng.integers(0, 3, n)])
    df = pd.DataFrame({
        '#': np.arange(1, n + 1),
        'claim_status': np.where(claim, 'claim', 'opinion'),
        'video_id': rng.integers(10**9, 10**10, n),
        'video_duration_sec': rng.integers(5, 61, n),
        'video_transcription_text': text,
        'verified_status': np.where(rng.random(n) < np.where(claim, 0.0218, 0.1046), 'verified', 'not verified'),
        'author_ban_status': np.where(claim, 'active', 'active'),
        'video_view_count': views, 'video_like_count': likes, 'video_share_count': shares,
        'video_download_count': downloads, 'video_comment_count': comments,
    })
    for c in ['video_view_count', 'video_like_count', 'video_share_count',
              'video_download_count', 'video_comment_count']:
        df[c] = df[c].astype('Int64')
    df.loc[missing, ['claim_status', 'video_transcription_text', 'video_view_count', 'video_like_count',
                     'video_share_count', 'video_download_count', 'video_comment_count']] = None
    df.to_csv(out, index=False)


def main():
    n, runs, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    times = []
    for r in range(runs):
        t = time.perf_counter()
        generate(n, r, out)
        times.append(time.perf_counter() - t)
    times.sort()
    med = times[len(times) // 2]
    size = os.path.getsize(out)
    print(f'{med:.3f} {size / med / 1e6:.1f} {size}')


if __name__ == '__main__':
    main()
