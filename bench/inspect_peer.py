#!/usr/bin/python3
"""Peer for bench/inspect.sh: pandas read_csv + describe(), timed in-process
after the import, median of N runs. Prints one line: median seconds."""
import statistics
import sys
import time

import pandas as pd

path, runs = sys.argv[1], int(sys.argv[2])
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    df = pd.read_csv(path)
    d = df.describe()
    times.append(time.perf_counter() - t0)
assert len(d.columns) > 0
print(f"{statistics.median(times):.6f}")
