#!/usr/bin/env python3
"""Split a CSV file's rows into two halves at random, the header on both.

usage: python3 scripts/split_half.py FILE --seed N FIRST.csv SECOND.csv

The data lines (every line after the first that is not empty) are shuffled
with Python's random.Random(N) and cut in two: FIRST gets the first
len // 2, SECOND the rest. Lines are split at '\\n' and kept whole, so a
quoted field holding a line break would be cut: the reports file has none.
README.md's queue-eval example trains on FIRST and evaluates the queue of
SECOND; tests/cli/queue_eval_real runs it."""
import random
import sys


def main(argv):
    if len(argv) != 5 or argv[1] != "--seed":
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        sys.exit(2)
    src, seed, first, second = argv[0], int(argv[2]), argv[3], argv[4]
    lines = open(src, encoding="utf-8").read().split("\n")
    rows = [line for line in lines[1:] if line]
    random.Random(seed).shuffle(rows)
    k = len(rows) // 2
    for path, part in ((first, rows[:k]), (second, rows[k:])):
        with open(path, "w", encoding="utf-8") as f:
            f.write(lines[0] + "\n" + "\n".join(part) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
