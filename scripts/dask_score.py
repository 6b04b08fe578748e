#!/usr/bin/python3
"""Score a backlog of reports on a Dask cluster and merge the shard queues.

usage: dask_score.py INPUT... -m MODEL -o QUEUE [--shards N] [--capacity N]
                     [--scheduler ADDR | --local-workers N] [--claimtriage PATH]
                     [--reasons K] [--priority reach|prob]

Shards: with one INPUT file, --shards N record-aligned byte ranges of it (a
boundary is the first line end outside quotes at or after each N-th of the
file, so no record is split, even one with a line break inside quotes); with
several INPUT files, one shard per file. Each shard is a task: a worker reads
its byte range of the file (the header prepended), pipes it to
`claimtriage score - -m MODEL --capacity N`, and returns the queue (at most N
rows) and the malformed-row report, whose line numbers are mapped back to the
input file's. The driver then runs `claimtriage merge --capacity N` over the
shard queues: the result is byte for byte the queue of scoring the whole
input in one process (docs/merge.md).

Cluster: --scheduler tcp://HOST:8786 joins an existing Dask cluster (every
worker needs the claimtriage binary at --claimtriage PATH, and the INPUT and
MODEL paths readable under the same names, e.g. a shared file system);
otherwise a LocalCluster of --local-workers processes on 127.0.0.1.
Exit status: 0 ok, 1 a shard or the merge failed, 2 usage, 3 no cluster.
docs/SCALING.md."""
import argparse
import os
import re
import subprocess
import sys
import tempfile

CHUNK = 1 << 20


def header_end(path):
    """Byte offset just past the header record."""
    return record_boundaries(path, [0])[0][0]


def record_boundaries(path, targets):
    """For each target offset (ascending), the offset just past the first line
    end outside quotes at or after it, and the number of physical lines
    before that offset. Quote state follows RFC 4180: a doubled quote inside
    a quoted field toggles twice."""
    out = []
    in_q = False
    lines = 0
    pos = 0
    ti = 0
    with open(path, "rb") as f:
        while ti < len(targets):
            buf = f.read(CHUNK)
            if not buf:
                break
            for i, b in enumerate(buf):
                if b == 0x22:
                    in_q = not in_q
                elif b == 0x0A:
                    lines += 1
                    if not in_q and pos + i >= targets[ti]:
                        out.append((pos + i + 1, lines))
                        ti += 1
                        while ti < len(targets) and targets[ti] <= pos + i:
                            out.append((pos + i + 1, lines))
                            ti += 1
                        if ti == len(targets):
                            break
            pos += len(buf)
    size = os.path.getsize(path)
    while len(out) < len(targets):
        out.append((size, None))
    return out


def plan_shards(inputs, nshards):
    """[(path, start, end, line_offset)]: byte ranges (after the header)."""
    if len(inputs) > 1:
        return [(p, header_end(p), os.path.getsize(p), 0) for p in inputs]
    path = inputs[0]
    size = os.path.getsize(path)
    h = header_end(path)
    targets = [h + (size - h) * k // nshards for k in range(1, nshards)]
    cuts = [(h, 1)] + [(max(o, h), ln) for o, ln in record_boundaries(path, targets)] + [(size, None)]
    shards = []
    for k in range(nshards):
        start, lines_before = cuts[k]
        end = cuts[k + 1][0]
        if end > start:
            shards.append((path, start, end, (lines_before or 1) - 1))
    return shards


def score_shard(claimtriage, model, path, start, end, line_offset, capacity, reasons, priority):
    """Run on a worker: score one byte range; returns (rc, queue bytes, errors text)."""
    with open(path, "rb") as f:
        header = f.readline()
        f.seek(start)
        data = f.read(end - start)
    cmd = [claimtriage, "score", "-", "-m", model, "-q", "--capacity", str(capacity),
           "--reasons", str(reasons), "--priority", priority]
    p = subprocess.run(cmd, input=header + data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = p.stderr.decode("utf-8", "replace")
    # shard line N is input line N + line_offset (both count the header as line 1)
    err = re.sub(r"(?m)^-:(\d+):", lambda m: "%s:%d:" % (path, int(m.group(1)) + line_offset), err)
    return p.returncode, p.stdout, err


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-m", "--model", required=True)
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--capacity", type=int, default=0)
    ap.add_argument("--reasons", type=int, default=3)
    ap.add_argument("--priority", default="reach", choices=["reach", "prob"])
    ap.add_argument("--scheduler")
    ap.add_argument("--local-workers", type=int, default=2)
    ap.add_argument("--claimtriage", default="claimtriage")
    a = ap.parse_args()
    if a.shards < 1 or a.capacity < 0:
        ap.error("--shards must be >= 1 and --capacity >= 0")
    claimtriage = os.path.abspath(a.claimtriage) if os.sep in a.claimtriage else a.claimtriage
    model = os.path.abspath(a.model)
    inputs = [os.path.abspath(p) for p in a.inputs]
    shards = plan_shards(inputs, a.shards)
    try:
        from dask.distributed import Client, LocalCluster
        if a.scheduler:
            client = Client(a.scheduler)
            cluster = None
        else:
            cluster = LocalCluster(n_workers=a.local_workers, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=":0")  # any free port: no clash
            client = Client(cluster)
    except Exception as e:  # no Dask, or no cluster to reach
        print("dask_score: cannot start or reach a Dask cluster: %s" % e, file=sys.stderr)
        return 3
    rc = 0
    try:
        futures = [client.submit(score_shard, claimtriage, model, p, s, e, off, a.capacity,
                                 a.reasons, a.priority, pure=False)
                   for p, s, e, off in shards]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for k, (src, (code, queue, err)) in enumerate(zip(shards, results)):
            sys.stderr.write(err)
            if code != 0:
                print("dask_score: shard %d (%s bytes %d..%d) failed, exit %d"
                      % (k, src[0], src[1], src[2], code), file=sys.stderr)
                rc = 1
            qp = os.path.join(d, "shard%04d.csv" % k)
            with open(qp, "wb") as f:
                f.write(queue)
            paths.append(qp)
        if rc:
            return rc
        # shards of one INPUT are parts of one file: an id in two of them is
        # a report the file repeats, which score queues once per row
        one = ["--one-input"] if len(inputs) == 1 else []
        m = subprocess.run([claimtriage, "merge", "-q", "--capacity", str(a.capacity)] + one +
                           ["-o", a.output] + paths)
        if m.returncode != 0:
            return 1
    print("dask_score: %d shards on %s, merged into %s"
          % (len(shards), a.scheduler or "a LocalCluster of %d workers" % a.local_workers,
             a.output), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
