#!/usr/bin/python3
"""The keys `plan --status` requires (the table `plan --schemas` prints)
are named in each command's own section of docs/formats.md.

usage: check_keys.py FORMATS_MD SCHEMAS_MD
The section of command C is the one headed "## `C --json`" or "## `C.json`"
(for `run`, the one headed "## Run manifest"); a key "a.b" is documented when `a` and `b`
both appear there in backticks."""
import re, sys


def sections(md):
    out, cur, buf = {}, None, []
    for line in md.split("\n"):
        if line.startswith("## "):
            if cur:
                out[cur] = "\n".join(buf)
            m = re.match(r"## `([\w-]+) --json`", line) or re.match(r"## `([\w-]+)\.json`", line)
            cur = m.group(1).replace("_", "-") if m else (
                "run" if line.startswith("## Run manifest") else None)
            buf = []
        elif cur:
            buf.append(line)
    if cur:
        out[cur] = "\n".join(buf)
    return out


secs = sections(open(sys.argv[1], encoding="utf-8").read())
bad = 0
for row in open(sys.argv[2], encoding="utf-8"):
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    if len(cells) < 4 or not cells[1].startswith("`"):
        continue
    cmd = cells[1].strip("`")
    keys = re.findall(r"`([^`]+)` \(", cells[3])
    if not keys:
        print("%s: the header only" % cmd)
        continue
    doc = secs.get(cmd)
    if doc is None:
        print("%s: no section in docs/formats.md" % cmd)
        bad = 1
        continue
    missing = [k for k in keys if any("`%s`" % p not in doc for p in k.split("."))]
    for k in missing:
        print("%s: required key %s is not in its docs/formats.md section" % (cmd, k))
    if not missing:
        print("%s: %d required keys documented" % (cmd, len(keys)))
    bad |= bool(missing)
sys.exit(bad)
