#!/usr/bin/python3
"""Score a backlog of reports on a Dask cluster and merge the shard queues.

usage: dask_score.py INPUT... -m MODEL -o QUEUE [--shards N] [--capacity N]
                     [--scheduler ADDR | --local-workers N] [--claimtriage PATH]
                     [--reasons K] [--priority reach|prob] [--max-rejected N|P%]
                     [--views COL] [--shares COL] [--status COL] [--delimiter C]
                     [--decimal C] [--thousands C] [--na-values A,B] [--no-schema]
                     [--threads N] [-q]

Shards: with one uncompressed INPUT file, --shards N record-aligned byte
ranges of it (a boundary is the first record end at or after each N-th of the
file, found as score's reader finds records: RFC 4180 as the reader takes it,
a quote opens a quoted field only at a field's start, a quote inside an
unquoted field is a literal; so no record is split, even one with a line break
inside quotes, and a stray quote cuts nothing); with several INPUT files, one
shard per file; a gzip file is always one shard, read whole by score. Each
shard is a task: a worker reads its byte range of the file (the header
prepended), pipes it to `claimtriage score - -m MODEL --capacity N` with the
options given here, and returns the queue (at most N rows), the row counts,
and the malformed-row report and notes, whose line numbers are mapped back to
the input file's. The driver applies --max-rejected to all the rows read (as
score does to the whole file), then runs `claimtriage merge --capacity N`
over the shard queues: the result is byte for byte the queue of scoring the
whole input in one process (docs/merge.md).

Cluster: --scheduler tcp://HOST:8786 joins an existing Dask cluster (every
worker needs the claimtriage binary at --claimtriage PATH, and the INPUT and
MODEL paths readable under the same names, e.g. a shared file system);
otherwise a LocalCluster of --local-workers (>= 1) processes on 127.0.0.1.
Without --claimtriage: build/release/claimtriage of this script's
repository, else claimtriage on PATH. Before the cluster starts, score runs
once on the first INPUT's header with the shards' options, so that a model
it cannot read or an option it refuses is said once. -o - is standard
output. A worker that dies takes its score with it (Linux) and its
temporary files (in the worker's folder); Dask runs the task again.
Exit status: 0 ok; a shard's own exit code when one fails (1 bad data or
model, 2 usage, 3 I/O such as a missing model: the first failed shard's;
3 for a score killed by a signal, which is named); 1 more rows rejected
than --max-rejected allows; merge's code when the merge fails; 2 usage,
and, as score and merge refuse them, -o naming an INPUT or the model (the
same file by device and inode) or one INPUT given twice; 3 no claimtriage
binary, no cluster, a Dask run that fails, or -o in a folder that does not
exist. Messages name the
INPUT and its lines: a shard's line numbers are mapped back to the file's,
and merge's shard queues and their lines to the INPUT and the lines of the
rows it names. docs/SCALING.md."""
import argparse
import fractions
import json
import math
import mmap
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap


def is_gzip(path):
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def record_pattern(delim):
    """One record as score's reader (src/lib/io/csv.c) takes it: fields split
    by the delimiter; a field opening with a quote is quoted to the next lone
    quote ("" is a quote inside), anything after its closing quote up to the
    delimiter or line end is part of it; a field opening otherwise is
    unquoted, quotes inside it literal; the record ends at \\n, \\r\\n or \\r."""
    d = re.escape(delim)
    # atomic and possessive (Python 3.11): a quote never closed fails the
    # match instead of backtracking into a parse the reader never makes
    field = (b'(?:"(?>[^"]*+(?:""[^"]*+)*+)"[^' + d + b'\\n\\r]*+|[^"' + d + b'\\n\\r][^' + d +
             b'\\n\\r]*+|)')
    return re.compile(b"(?>" + field + b"(?:" + d + field + b")*+)(?:\\r\\n|\\n|\\r|\\Z)")


def record_boundaries(path, targets, delim=b",", start=0):
    """For each target offset (ascending), (offset, line): the offset just
    past the first record end at or after it, and the reader's line number of
    the record starting there (the reader counts every \\n, and a lone \\r
    ending a record). Records are scanned from `start` (a record start)."""
    size = os.path.getsize(path)
    out = []
    if size == 0:
        return [(0, 1) for _ in targets]
    rec = record_pattern(delim)
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        lone_cr = re.search(rb"\r(?!\n)", m) is not None
        pos, crs, ti, nl, counted = start, 0, 0, 0, 0
        while m[pos:pos + 3] == b"\xef\xbb\xbf":  # byte-order marks, stepped over
            pos += 3
        while ti < len(targets) and pos < size:
            r = rec.match(m, pos)
            if r is None or r.end() == pos:  # a quote never closed: the rest is one record
                break
            pos = r.end()
            if lone_cr and m[pos - 1:pos] == b"\r":
                crs += 1
            while ti < len(targets) and pos >= targets[ti]:
                nl += m[counted:pos].count(b"\n")
                counted = pos
                out.append((pos, nl + crs + 1))
                ti += 1
    while len(out) < len(targets):
        out.append((size, None))
    return out


def header_end(path, delim=b","):
    """(offset just past the header record, line number of the record after it)."""
    return record_boundaries(path, [1], delim)[0]


def plan_shards(inputs, nshards, delim):
    """[(path, start, end, first_line, whole)]: byte ranges after the header,
    first_line the input line of the range's first record; whole: the
    worker scores the file itself (a gzip file)."""
    shards = []
    for p in inputs:
        if is_gzip(p):
            shards.append((p, 0, 0, 1, True))
            continue
        h, hl = header_end(p, delim)
        size = os.path.getsize(p)
        n = nshards if len(inputs) == 1 else 1
        targets = [h + (size - h) * k // n for k in range(1, n)]
        cuts = [(h, hl or 1)] + [(max(o, h), ln) for o, ln in record_boundaries(p, targets, delim)]
        cuts.append((size, None))
        mine = []
        for k in range(n):
            start, line = cuts[k]
            end = cuts[k + 1][0]
            if end > start:
                mine.append((p, start, end, line or 1, False))
        if not mine:  # a header alone: one empty shard, so the queue is score's header
            mine.append((p, h, h, hl or 1, False))
        shards.extend(mine)
    return shards


# group 4 is the separator alone (", and ", " to "; any white space, for a
# message wrapped between the words), group 5 the second number: before
# 2026-12-04 the separator's group held the second number too, which was
# then put back twice ("lines 1603 and 4601803" for 1603 and 1803:
# tests/cli/dask_notes_and_merge_name_the_input)
# A number is its digits and its thousands groups ("1,603"), never the
# comma after it: before 2026-12-04 "line 174, so a quote" lost its comma
# (tests/cli/dask_failures_said_once).
NUM = r"[0-9]+(?:,[0-9]{3})*"
LINE_RE = re.compile(r"\b(lines?)(\s+)(" + NUM + r")(?:(,?\s+(?:and|to)\s+)(" + NUM + r"))?")


def map_lines(text, shift, first):
    """Line numbers in score's words ("line 434", "lines 2 and 402", "lines
    4 to 9") at or past the shard's first data line `first` moved by shift."""
    def one(s):
        v = int(s.replace(",", ""))
        if v >= first:
            v += shift
            return "{:,}".format(v) if "," in s else str(v)
        return s

    def sub(m):
        out = m.group(1) + m.group(2) + one(m.group(3))
        if m.group(5):
            out += m.group(4) + one(m.group(5))
        return out
    return LINE_RE.sub(sub, text)


def die_with_parent():
    """A preexec_fn for the score process: it gets SIGKILL when the process
    that started it (the Dask worker) dies, or None where that cannot be
    asked (not Linux). Before 2026-12-04 a worker killed mid-task left its
    score running to the end, reparented to init, on a shared machine
    (tests/cli/dask_worker_lost)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = [ctypes.c_int] + [ctypes.c_ulong] * 4
    prctl.restype = ctypes.c_int
    parent = os.getpid()

    def hook():
        prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the worker died before the line above
            os.kill(os.getpid(), signal.SIGKILL)
    return hook


def worker_folder():
    """The Dask worker's own folder (removed with the worker, and purged by
    the next worker on that machine when the worker was killed), or None
    outside a worker: the shard's temporary folder goes there, so that a
    dead worker leaves no queue of report ids in /tmp (before 2026-12-04
    it did: tests/cli/dask_worker_lost)."""
    try:
        from distributed import get_worker
        return get_worker().local_directory
    except Exception:  # not in a worker, or a Dask without it
        return None


def score_shard(claimtriage, model, path, name, start, end, first_line, whole, score_opts):
    """Run on a worker: score one byte range (or a whole gzip file). Returns
    (rc, queue bytes, summary dict or None, stderr text mapped to the file,
    which is called `name`: the INPUT as given); rc is negative (-N) when
    score was killed by signal N, as subprocess says it."""
    d = tempfile.mkdtemp(prefix="dask_score_", dir=worker_folder())
    try:
        q = os.path.join(d, "queue.csv")
        # every malformed row, one line each, from an --errors file (score
        # lists only the first ten on stderr, for people)
        ef = os.path.join(d, "errors.txt")
        cmd = [claimtriage, "score", path if whole else "-", "-m", model, "-o", q, "--json",
               "--max-rejected=100%", "--errors", ef] + score_opts
        if whole:
            data = None
        else:
            h, hl = header_end(path, delim_of(score_opts))
            with open(path, "rb") as f:
                header = f.read(h)
                f.seek(start)
                data = header + f.read(end - start)
        try:
            p = subprocess.run(cmd, input=data, stdin=subprocess.DEVNULL if whole else None,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=die_with_parent())
        except OSError as e:  # no binary at that path on this worker
            import socket
            return 3, b"", None, "dask_score: cannot run %s on the worker %s: %s\n" % (
                claimtriage, socket.gethostname(), e.strerror)
        err = p.stderr.decode("utf-8", "replace")
        if os.path.exists(ef):
            with open(ef, "rb") as f:
                err = f.read().decode("utf-8", "replace") + err
        if not whole:
            # the shard's data starts on its line hl (after the header), the
            # file's on first_line; say the file, not standard input
            shift = first_line - hl
            err = re.sub(r"(?m)^-:(\d+):", lambda m: "%s:%d:" % (name, int(m.group(1)) + shift),
                         err)
            err = map_lines(err, shift, hl)
            err = err.replace("standard input", name).replace(" -:", " %s:" % name)
            err = re.sub(r"(?m)^-:", name + ":", err)
        else:
            err = err.replace(path, name)
        queue, summary = b"", None
        if p.returncode == 0:
            with open(q, "rb") as f:
                queue = f.read()
            try:
                summary = json.loads(p.stdout.decode("utf-8"))
                first = summary["rows"].get("first_rejected")
                if not whole and first:
                    # the cause's own lines too (before 2026-12-04 "unq.csv:401: ...
                    # (lines 155 to 174 were read as this one record": the
                    # shard's; tests/cli/dask_failures_said_once)
                    first["line"] += first_line - hl
                    first["what"] = map_lines(first["what"], first_line - hl, hl)
                for kind in summary["rows"].get("rejected_kinds", []) if not whole else []:
                    kind["line"] += first_line - hl
                    kind["what"] = map_lines(kind["what"], first_line - hl, hl)
            except ValueError:
                summary = None
        return p.returncode, queue, summary, err
    finally:
        shutil.rmtree(d, ignore_errors=True)


def rejected_cause(results, shards, inputs, names, rejected, read):
    """Why so many rows were rejected, as score says it (cmd_score.c,
    rejected_cause): the shards' rejected rows summed by kind of fault (the
    same field and masked message, docs/formats.md's rows.rejected_kinds);
    a kind shared by at least half of them told with its first row (unless a
    wrong field count on most rows read), and a second kind of a quarter or
    more too; most rows rejected as another export, else each row's own
    cause (before 2026-12-04 '1,251' in every row was blamed on the
    delimiter: tests/cli/dask_like_whole_file)."""
    kinds = {}
    for s, r in zip(shards, results):
        for k in r[2]["rows"].get("rejected_kinds", []):
            key = (k["field"], k["kind"])
            if key in kinds:
                kinds[key]["rows"] += k["rows"]
            else:  # shards in file order: the first met is the first row's
                kinds[key] = dict(k, file=names[inputs.index(s[0])])
    # the most rows, the first met in ties; then the next
    order = sorted(kinds.values(), key=lambda k: -k["rows"])  # stable: first met first
    top = order[0] if order else None
    second = order[1] if len(order) > 1 else None
    most = 2 * rejected >= read

    def at(k):
        return "line %d" % k["line"] if len(names) == 1 else "%s:%d" % (k["file"], k["line"])
    if top and 2 * top["rows"] >= rejected and top["rows"] > 1 and not (top["field_count"] and most):
        n = "{:,}".format(top["rows"])
        out = "%s%s%s fail as %s does: %s" % (
            "All " if top["rows"] == rejected else "", n,
            "" if top["rows"] == rejected else " of them", at(top), top["what"])
        rest = rejected - top["rows"]
        if second and 4 * second["rows"] >= rejected:  # as score names a second fault
            out += "; %s as %s does: %s" % ("{:,}".format(second["rows"]), at(second),
                                            second["what"])
            rest -= second["rows"]
        if rest:
            out += "; the other %s fail%s otherwise" % ("{:,}".format(rest),
                                                        "s" if rest == 1 else "")
        return out
    if most:
        return ("Rows rejected in such numbers usually mean the file is not the export "
                "the model reads (another delimiter: --delimiter; columns added, dropped "
                "or moved; another schema)")
    return "Each of these rows has its own cause (the first is named above): mend them"


def delim_of(score_opts):
    for o in score_opts:
        if o.startswith("--delimiter="):
            v = o.split("=", 1)[1]
            return b"\t" if v in ("\\t", "tab") else v.encode("utf-8")
    return b","


def messages(err):
    """score's stderr split into messages: a line and its indented
    continuation lines."""
    out = []
    for line in err.splitlines(True):
        if out and line.startswith("  "):
            out[-1] += line
        else:
            out.append(line)
    return out


def parse_limit(s):
    """--max-rejected as score takes it: a count of rows or a share P%, P
    a decimal of at most 7 fraction digits (trailing zeros aside), kept
    exact (0.29 x 100 is 28.999... in binary floating point)."""
    if not s or not s[0].isdigit():
        return None
    if s.endswith("%"):
        if not re.fullmatch(r"[0-9]+(\.[0-9]*)?", s[:-1]) or \
                len(s[:-1].partition(".")[2].rstrip("0")) > 7:
            return None
        v = fractions.Fraction(s[:-1])
        return ("share", v / 100) if v <= 100 else None
    return ("rows", int(s)) if s.isdigit() else None


def allowed(limit, read):
    """The most rows the limit allows of `read` rows read: floor(P% of
    read), exactly (before 2026-12-04 29% of 100 rows allowed 28)."""
    if limit[0] == "rows":
        return limit[1]
    return min(read, math.floor(limit[1] * read))


def say(prefix, text):
    """A message on standard error, wrapped at 100 columns as score wraps its own."""
    print(textwrap.fill(prefix + text, width=100, subsequent_indent="  ", break_long_words=False,
                        break_on_hyphens=False), file=sys.stderr)


def wrap_message(msg, width=100):
    """A message with a line longer than `width` columns wrapped as score
    wraps its own (continuation lines indented 2, a hint's under its text):
    an --errors file holds one line a row, up to 196 columns, and a line
    number mapped to the file's is longer than the shard's (before
    2026-12-04 printed up to 190 columns)."""
    if all(len(line) <= width for line in msg.split("\n")):
        return msg
    return rewrap(unwrap(msg), width)


def same_file(a, b):
    """a and b name one file (device and inode, as score and merge compare:
    a link or another spelling of the path is the same file)."""
    try:
        x, y = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (x.st_dev, x.st_ino) == (y.st_dev, y.st_ino)


def id_column(model):
    """The model's id column (train --id; video_id when it records none),
    read from the model file (JSON, docs/formats.md)."""
    try:
        with open(model, "rb") as f:
            return json.loads(f.read().decode("utf-8"))["payload"]["label"].get("id") or "video_id"
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return "video_id"


def queue_ids(queue):
    """{line: id} of a queue's records (bytes, as score writes it), each
    record by the line it starts on."""
    import csv
    import io
    out, r = {}, csv.reader(io.StringIO(queue.decode("utf-8", "replace"), newline=""))
    start = 1
    head = next(r, None)
    start = r.line_num + 1
    if head is None or "id" not in head:
        return out
    k = head.index("id")
    for rec in r:
        if len(rec) > k:
            out[start] = rec[k]
        start = r.line_num + 1
    return out


def id_key(v):
    """An id as merge compares it: the integer for one written "N.0"."""
    m = re.fullmatch(r"(-?[0-9]+)\.0+", v)
    return m.group(1) if m else v


def input_lines_of(path, first, last, idcol, delim, wanted):
    """{id: [its lines in path, ascending]} for the ids in `wanted` among the
    records starting on lines first .. last - 1 (last None: to the end) of
    the input file (gzip or not), lines counted as the reader counts them."""
    import csv
    import gzip
    import io
    want = {id_key(w) for w in wanted}
    with (gzip.open if is_gzip(path) else open)(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    r = csv.reader(io.StringIO(text, newline=""), delimiter=delim.decode("utf-8"))
    head = [c.lstrip("\ufeff") for c in next(r, [])]
    if idcol not in head:
        return {}
    k, found = head.index(idcol), {}
    line = r.line_num + 1
    for rec in r:
        if line >= first and (last is None or line < last) and len(rec) > k:
            v = id_key(rec[k])
            if v in want:
                found.setdefault(v, []).append(line)
        line = r.line_num + 1
    return {w: found[id_key(w)] for w in wanted if id_key(w) in found}


def unwrap(msg):
    """A wrapped message as its paragraphs: the message, and its hint."""
    paras = []
    for line in msg.rstrip("\n").split("\n"):
        if not paras or line.startswith("  hint"):
            paras.append(line)
        else:
            paras[-1] += " " + line.strip()
    return paras


def rewrap(paras, width=100):
    out = []
    for p in paras:
        sub = " " * (p.index(":") + 2) if p.startswith("  hint") else "  "
        out.append(textwrap.fill(p, width=width, subsequent_indent=sub, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out) + "\n"


def name_inputs(err, d, shards, results, names, idcol, delim):
    """merge's messages with each shard queue (d/shardNNNN.csv) named as
    the INPUT it was scored from, and a queue line as the input line of
    that row's id: the id's first line in the shard's part of the input, its
    second for the second mention of the id in that part, and so on."""
    if not err:
        return err
    num = r"([0-9]+)"
    pat = re.compile(re.escape(os.path.join(d, "shard")) + r"([0-9]{4})\.csv(?::" + num +
                     r":|\s+\(line\s+" + num + r"\)|\s+line\s+" + num + r"|,\s+lines\s+" + num +
                     r"\s+and\s+" + num + ")?")
    ids, lines = {}, {}

    def line_of(k, qline, used):
        if (k, qline) in used:  # a row named again (the message's own place)
            return used[(k, qline)]
        if k not in ids:
            ids[k] = queue_ids(results[k][1])
        i = ids[k].get(qline)
        if i is None:
            return None
        path, _, _, first, whole = shards[k]
        if (k, i) not in lines:
            nxt = next((s[3] for s in shards[k + 1:] if s[0] == path), None)
            lines[(k, i)] = input_lines_of(path, 1 if whole else first, None if whole else nxt,
                                           idcol, delim, [i]).get(i, [])
        n = used.get((k, i), 0)
        used[(k, i)] = n + 1
        used[(k, qline)] = lines[(k, i)][n] if n < len(lines[(k, i)]) else None
        return used[(k, qline)]

    def sub(m, used, place):
        if bool(m.group(2)) != place:  # "FILE:LINE:", the message's place: after the rest
            return m.group(0)
        k = int(m.group(1))
        path, start, end, _, _ = shards[k]
        name = names[path]
        qs = [int(g) for g in m.groups()[1:] if g]
        if not qs:
            if sum(1 for s in shards if s[0] == path) > 1:
                name = "%s (bytes %d..%d)" % (name, start, end)
            return name
        ls = [line_of(k, q, used) for q in qs]
        if None in ls:  # not found: the shard's queue lines, said as such
            where = "%s (the queue of its bytes %d..%d, line%s %s)" % (
                name, start, end, "s" if len(qs) > 1 else "", " and ".join(map(str, qs)))
            return where + ":" if m.group(2) else where
        if m.group(2):
            return "%s:%d:" % (name, ls[0])
        if m.group(3):
            return "%s (line %d)" % (name, ls[0])
        if m.group(4):
            return "%s line %d" % (name, ls[0])
        return "%s, lines %d and %d" % (name, ls[0], ls[1])
    out = []
    for msg in messages(err):
        if d in msg:
            used = {}
            for place in (False, True):
                paras = [pat.sub(lambda m: sub(m, used, place), p) for p in unwrap(msg)] \
                    if not place else [pat.sub(lambda m: sub(m, used, place), p) for p in paras]
            msg = rewrap(paras)
        out.append(msg)
    return "".join(out)


REPEAT_RE = re.compile(r"(?:merge|claimtriage): warning: ([0-9,]+ ids? repeats? \([0-9,]+ rows? after \w+ "
                       r"first\)) in the input's parts: the first, ('.*'), in (.+?)(?:, lines "
                       r"([0-9]+) and ([0-9]+)| line ([0-9]+) and (.+?) line ([0-9]+)); every copy "
                       r"is kept, as score wrote it: the reports file had the id more than once\s*$",
                       re.S)


def as_score_note(msg, name):
    """merge's warning on the ids the parts of one input `name` repeat, as
    score's note on the whole file says it, or None."""
    m = REPEAT_RE.match(" ".join(unwrap(msg)))
    if not m or (m.group(6) and (m.group(3) != name or m.group(7) != name)) or \
            (m.group(4) and m.group(3) != name):
        return None
    a, b = (m.group(4), m.group(5)) if m.group(4) else (m.group(6), m.group(8))
    return rewrap(["score: note: %s: the first, %s, on lines %s and %s; every row is scored and "
                   "queued as its own review (the reports file holds a report twice, or reports "
                   "share an id)" % (m.group(1), m.group(2), a, b)])


def find_claimtriage(given):
    """(the claimtriage the driver runs, the name each worker runs it by,
    None) or (None, None, the reason): --claimtriage PATH as given (a bare
    name looked up on PATH, on the driver and on each worker); without it,
    the release build of this script's repository (build/release/, where
    `make` puts it), else claimtriage on PATH. Before 2026-12-04 the default
    was PATH alone, and a binary not found was a traceback per shard, exit 1
    (tests/cli/dask_failures_said_once)."""
    if given is not None:
        path = os.path.abspath(given) if os.sep in given else shutil.which(given)
        if path is None:
            return None, None, "'%s' is not on PATH" % given
        if not os.path.isfile(path) or not os.access(path, os.X_OK):
            return None, None, "'%s': %s" % (given, "no such file" if not os.path.exists(path)
                                             else "not an executable file")
        return path, path if os.sep in given else given, None
    built = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(__file__))),
                         "build", "release", "claimtriage")
    if os.path.isfile(built) and os.access(built, os.X_OK):
        return built, built, None
    path = shutil.which("claimtriage")
    if path is None:
        return None, None, "neither %s nor claimtriage on PATH" % built
    return path, "claimtriage", None


def killed_message(sig):
    """What a process ended by signal `sig` tells the user, in the words of
    `run` for a stage (src/cli/cmd_run.c stage_killed_message)."""
    try:
        name = signal.Signals(sig).name
    except ValueError:
        return "killed by signal %d" % sig
    cause = {
        "SIGKILL": "most often the system's out-of-memory killer ('dmesg' shows it), or a kill "
                   "-9; a smaller input or fewer --threads needs less memory",
        "SIGXCPU": "the CPU-time limit (ulimit -t) ran out",
        "SIGXFSZ": "the file-size limit (ulimit -f) was reached"}.get(name)
    if name in ("SIGSEGV", "SIGBUS", "SIGABRT", "SIGFPE", "SIGILL"):
        cause = "a fault in claimtriage, please report it with the command"
    if name in ("SIGTERM", "SIGHUP", "SIGINT", "SIGQUIT"):
        cause = "sent by another process"
    return "killed by signal %d (%s)%s" % (sig, name, ": " + cause if cause else "")


def exit_of(code):
    """A child's status as this script's exit code: score's and merge's own
    codes (1 bad data, 2 usage, 3 I/O) as they are, anything else 3 (a
    signal: before 2026-12-04 sys.exit(-9), status 247)."""
    return code if code in (1, 2, 3) else 3


def failed_how(code):
    return killed_message(-code) if code < 0 else "exit %d" % code


def header_of(path, delim):
    """The input's header record (bytes, a gzip file's decompressed), or
    None when it cannot be read here (the shards then say why)."""
    import gzip
    try:
        if is_gzip(path):
            with gzip.open(path, "rb") as f:
                buf = f.read(1 << 20)
        else:
            with open(path, "rb") as f:
                buf = f.read(header_end(path, delim)[0])
            return buf
    except (OSError, EOFError):
        return None
    pos = 0
    while buf[pos:pos + 3] == b"\xef\xbb\xbf":
        pos += 3
    m = record_pattern(delim).match(buf, pos)
    if m is None or (m.end() == len(buf) and len(buf) == 1 << 20):
        return None
    return buf[:m.end()]


def check_score(claimtriage, model, model_name, path, name, score_opts, delim):
    """score run once on the first INPUT's header with every shard's
    options, before the cluster starts: a model that cannot be read, an
    option score refuses or a column not in the file is said once, with
    score's exit code (before 2026-12-04 found by every shard after the
    cluster started: tests/cli/dask_failures_said_once). Returns (rc, its
    messages)."""
    header = header_of(path, delim)
    if header is None:
        return 0, ""
    d = tempfile.mkdtemp(prefix="dask_score_")
    try:
        p = subprocess.run([claimtriage, "score", "-", "-m", model, "-o",
                            os.path.join(d, "queue.csv"), "-q", "--max-rejected=100%"] +
                           score_opts, input=header, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
    except OSError as e:
        return 3, "dask_score: cannot run %s: %s\n" % (claimtriage, e.strerror)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    err = p.stderr.decode("utf-8", "replace")
    err = re.sub(r"(?m)^-:", name + ":", err.replace("standard input", name))
    err = err.replace(model, model_name)
    if p.returncode == 2:
        # a usage error is the driver's: its name and its --help (before
        # 2026-12-04 "Try 'claimtriage score --help'.", a command the user
        # did not run: tests/cli/dask_failures_said_once)
        err = re.sub(r"(?m)^claimtriage score: ", "dask_score: ", err)
        err = err.replace("Try 'claimtriage score --help'.",
                          "Try '%s --help'; its score options are those of "
                          "'claimtriage score --help'." % os.path.basename(sys.argv[0]))
    if p.returncode < 0:
        err += "dask_score: %s score %s\n" % (claimtriage, killed_message(-p.returncode))
    return p.returncode, err


def shard_name(src, names):
    """A shard as the user knows it: the INPUT as given, and its byte range
    or "whole" (a gzip file; before 2026-12-04 "bytes 0..0" of its absolute
    path)."""
    path, start, end, _, whole = src
    return "%s, %s" % (names[path], "whole" if whole else "bytes %d..%d" % (start, end))


def fmt_pct(x):
    return "%.2f%%" % x


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-m", "--model", required=True)
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--capacity", type=int, default=0)
    ap.add_argument("--reasons", type=int, default=3)
    ap.add_argument("--priority", default="reach", choices=["reach", "prob"])
    ap.add_argument("--max-rejected", default="10%")
    for o in ("views", "shares", "status", "delimiter", "decimal", "thousands", "threads"):
        ap.add_argument("--" + o)
    ap.add_argument("--na-values", action="append", default=[])
    ap.add_argument("--no-schema", action="store_true")
    ap.add_argument("--scheduler")
    ap.add_argument("--local-workers", type=int, default=2)
    ap.add_argument("--claimtriage")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args()
    if a.shards < 1 or a.capacity < 0:
        ap.error("--shards must be >= 1 and --capacity >= 0")
    # a LocalCluster of no workers takes the tasks and never runs them
    # (before 2026-12-04 the run hung: tests/cli/dask_failures_said_once)
    if a.scheduler is None and a.local_workers < 1:
        ap.error("--local-workers must be >= 1, not %d" % a.local_workers)
    limit = parse_limit(a.max_rejected)
    if limit is None:
        ap.error("--max-rejected takes a count of rows (0, 25) or a share of the rows read "
                 "from 0%% to 100%% (10%%), not '%s'" % a.max_rejected)
    claimtriage, on_workers, why = find_claimtriage(a.claimtriage)
    if claimtriage is None:
        say("dask_score: ", "cannot run claimtriage: %s; build it (make) or give --claimtriage "
            "PATH" % why)
        return 3
    model = os.path.abspath(a.model)
    # "-" is standard output, as for score and merge (before 2026-12-04 one
    # shard wrote a file named "-": tests/cli/dask_failures_said_once)
    to_stdout = a.output == "-"
    inputs = [os.path.abspath(p) for p in a.inputs]
    for p in inputs:
        if not os.path.isfile(p):
            print("dask_score: cannot read %s: %s" % (p, "not a regular file" if os.path.exists(p)
                                                     else "no such file"), file=sys.stderr)
            return 3
    # the queue must not replace an input or the model (score and merge
    # refuse it, exit 2; before 2026-12-04 the script wrote the queue over
    # its input, exit 0), one file given twice would be scored twice (merge
    # refuses a queue given twice), and the queue's folder must exist (before,
    # one shard's queue was moved there with a traceback, exit 1):
    # tests/cli/dask_refuses_before_scoring
    for p, name in zip(inputs, a.inputs):
        if not to_stdout and same_file(a.output, p):
            say("dask_score: ", "the queue %s is the input %s: writing it would replace the "
                "input; give the output another name" % (a.output, name))
            return 2
    if not to_stdout and same_file(a.output, model):
        say("dask_score: ", "the queue %s is the model %s: writing it would replace the model; "
            "give the output another name" % (a.output, a.model))
        return 2
    for k in range(len(inputs)):
        for j in range(k):
            if same_file(inputs[j], inputs[k]):
                say("dask_score: ", "%s and %s are the same file: give each input once (its "
                    "reports would be scored twice)" % (a.inputs[j], a.inputs[k]))
                return 2
    folder = os.path.dirname(a.output) or "."
    if not to_stdout and not os.path.isdir(folder):
        print("dask_score: cannot write '%s': No such file or directory\n"
              "  hint: its folder does not exist: create it first, or give another path"
              % a.output, file=sys.stderr)
        return 3
    # the options that change the queue, given to every shard
    score_opts = ["--capacity=%d" % a.capacity, "--reasons=%d" % a.reasons,
                  "--priority=%s" % a.priority]
    for o in ("views", "shares", "status", "delimiter", "decimal", "thousands", "threads"):
        if getattr(a, o) is not None:
            score_opts.append("--%s=%s" % (o, getattr(a, o)))
    score_opts += ["--na-values=%s" % v for v in a.na_values]
    if a.no_schema:
        score_opts.append("--no-schema")
    delim = delim_of(score_opts)
    if len(delim) != 1 or delim in (b'"', b"\n", b"\r"):
        ap.error("--delimiter takes one character, not a quote or a line end")
    names = dict(zip(inputs, a.inputs))
    code, err = check_score(claimtriage, model, a.model, inputs[0], a.inputs[0], score_opts, delim)
    if code != 0:
        sys.stderr.write(err)
        print("dask_score: no queue written", file=sys.stderr)
        return exit_of(code)
    shards = plan_shards(inputs, a.shards, delim)
    if len(inputs) == 1 and shards[0][4] and a.shards > 1 and not a.quiet:
        say("dask_score: note: ", "%s is gzip-compressed: scored as one shard (byte ranges need "
            "an uncompressed file)" % a.inputs[0])
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
    try:
        futures = [client.submit(score_shard, on_workers, model, p, names[p], s, e, fl, w,
                                 score_opts, pure=False)
                   for p, s, e, fl, w in shards]
        results = client.gather(futures)
    except Exception as e:  # e.g. KilledWorker: a task whose workers kept dying
        say("dask_score: ", "the Dask run failed: %s: %s; no queue written"
            % (type(e).__name__, e))
        return 3
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    # score's messages, each once: malformed rows (in file order), then the
    # notes and warnings (not the per-shard summary: its counts are the
    # shard's; the driver's line below counts the whole input)
    rc, seen, unseen = 0, set(), False
    # the parts of one input, every row in the shard queues: merge sees
    # every id, and its warning is said as score's note on the whole file
    # (a shard's note counts the repeats inside its part only)
    whole_repeats = len(inputs) == 1 and len(shards) > 1 and a.capacity == 0
    for k, (src, (code, queue, summary, err)) in enumerate(zip(shards, results)):
        for msg in messages(err):
            keep = code != 0 or re.match(r"score: (note|warning):|claimtriage", msg) or \
                re.match(r"[^ ].*:\d+: ", msg)
            # score's line naming a level the model never saw ("did you mean
            # 'banned'?"), the first shard's that has one (before 2026-12-04
            # dropped with the per-shard summary)
            if re.match(r"score: levels the model never saw", msg) and not unseen:
                keep = unseen = True
            if whole_repeats and re.match(r"score: note: [0-9,]+ ids? repeats? ", msg):
                keep = False
            if re.match(r"score: warning: .* rejected as malformed", msg, re.S):
                keep = False  # said below for the whole input
            # each shard counts its own rows without an id: said below with
            # the whole input's count (before 2026-12-04 equal counts were
            # said once: 3 such rows noted as 1; tests/cli/dask_failures_said_once)
            if code == 0 and re.match(r"score: note: [0-9,]+ rows? without an id", msg):
                keep = False
            if keep and (a.quiet is False or not msg.startswith("score: note:") or code) \
                    and msg not in seen:
                seen.add(msg)
                sys.stderr.write(wrap_message(msg))
        if code != 0:
            say("dask_score: ", "shard %d (%s) failed, %s" % (k, shard_name(src, names),
                                                           failed_how(code)))
            rc = rc or exit_of(code)
    if rc:
        print("dask_score: no queue written", file=sys.stderr)
        return rc
    read = sum(r[2]["rows"]["read"] for r in results)
    rejected = sum(r[2]["rows"]["rejected"] for r in results)
    if rejected:
        first = next(r[2]["rows"]["first_rejected"] for r in results if r[2]["rows"]["rejected"])
        where = next(a.inputs[inputs.index(s[0])] for s, r in zip(shards, results)
                     if r[2]["rows"]["rejected"])
        swallowed = sum(r[2]["rows"].get("swallowed_lines", 0) for r in results)
        if swallowed:
            # as score words it (cmd_score.c): the bad rows as inspect counts
            # them, the lines a stray quote read as one field beside them
            # (before 2026-12-05 each such line was a row here and in score)
            bad = rejected - swallowed
            say("dask_score: warning: ",
                "%s bad row%s of %s rows read, %s read %s more line%s as one quoted field "
                "(%s of the %s lines read, %s), rejected as malformed: not scored, not in the "
                "queue; the first, %s:%d: %s; every one is listed on the error output"
                % ("{:,}".format(bad), "" if bad == 1 else "s", "{:,}".format(read - swallowed),
                   "which" if bad == 1 else "a stray quote's", "{:,}".format(swallowed),
                   "" if swallowed == 1 else "s", "{:,}".format(rejected), "{:,}".format(read),
                   fmt_pct(100.0 * rejected / read), where, first["line"], first["what"]))
        else:
            say("dask_score: warning: ",
                "%s of %s rows read (%s) rejected as malformed: not scored, "
                "not in the queue; the first, %s:%d: %s; every one is listed on the error output"
                % ("{:,}".format(rejected), "{:,}".format(read), fmt_pct(100.0 * rejected / read),
                   where, first["line"], first["what"]))
        ok = allowed(limit, read)
        if rejected > ok:
            # the cause as score gives it (cmd_score.c): the wrong export
            # only when at least half of the rows were rejected; before
            # 2026-12-04 a few rows were blamed on the delimiter here too
            cause = rejected_cause(results, shards, inputs, a.inputs, rejected, read)
            say("dask_score: ", "%s: %s of %s rows read (%s) are malformed, more than "
                  "--max-rejected=%s allows (%s row%s): no queue written. %s; "
                  "--max-rejected=100%% scores the rows that can be read"
                  % (", ".join(a.inputs), "{:,}".format(rejected), "{:,}".format(read),
                     fmt_pct(100.0 * rejected / read), a.max_rejected, "{:,}".format(ok),
                     "" if ok == 1 else "s", cause))
            return 1
    with tempfile.TemporaryDirectory() as d:
        if len(shards) == 1 and to_stdout:
            try:
                sys.stdout.buffer.write(results[0][1])
                sys.stdout.flush()
            except OSError as e:
                print("dask_score: cannot write standard output: %s" % e.strerror,
                      file=sys.stderr)
                return 3
        elif len(shards) == 1:  # one shard's queue is the queue, written whole or not at all
            tmp = None
            try:
                fd, tmp = tempfile.mkstemp(prefix=".dask_score_", dir=folder)
                um = os.umask(0)
                os.umask(um)
                os.fchmod(fd, 0o666 & ~um)  # as a file created by open(): mkstemp's is 0600
                with os.fdopen(fd, "wb") as f:
                    f.write(results[0][1])
                os.replace(tmp, a.output)
            except OSError as e:
                if tmp and os.path.exists(tmp):
                    os.unlink(tmp)
                print("dask_score: cannot write '%s': %s" % (a.output, e.strerror),
                      file=sys.stderr)
                return 3
        else:
            paths = []
            for k, r in enumerate(results):
                qp = os.path.join(d, "shard%04d.csv" % k)
                with open(qp, "wb") as f:
                    f.write(r[1])
                paths.append(qp)
            # shards of one INPUT are parts of one file: an id in two of them
            # is a report the file repeats, which score queues once per row
            one = ["--one-input"] if len(inputs) == 1 else []
            m = subprocess.run([claimtriage, "merge", "-q", "--capacity", str(a.capacity)] + one +
                               ["-o", a.output] + paths, stderr=subprocess.PIPE)
            # merge names the shards' queues and their lines: said as the
            # INPUT and its line (before 2026-12-04 "/tmp/tmpx/shard0001.csv:191")
            for msg in messages(name_inputs(m.stderr.decode("utf-8", "replace"), d, shards,
                                            results, names, id_column(model), delim)):
                note = as_score_note(msg, a.inputs[0]) if whole_repeats else None
                if note is None or not a.quiet:
                    sys.stderr.write(note or msg)
            if m.returncode < 0:
                print("dask_score: claimtriage merge %s" % killed_message(-m.returncode),
                      file=sys.stderr)
            if m.returncode != 0:
                return exit_of(m.returncode)
    without_id = sum(r[2]["rows"].get("without_id", 0) for r in results)
    if without_id and not a.quiet:
        say("score: note: ", "%s row%s without an id: queued with an empty id, which merge "
            "cannot check across shards and queue-eval cannot match with labels"
            % ("{:,}".format(without_id), "" if without_id == 1 else "s"))
    cluster = a.scheduler or "a LocalCluster of %d worker%s" % (
        a.local_workers, "" if a.local_workers == 1 else "s")
    print("dask_score: %d shard%s on %s, %s %s"
          % (len(shards), "" if len(shards) == 1 else "s", cluster,
             "written to" if len(shards) == 1 else "merged into",
             "standard output" if to_stdout else a.output), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
