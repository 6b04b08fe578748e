#!/usr/bin/env python3
"""Every key a command's --json prints is named in its docs/formats.md section.

usage: check.py FORMATS_MD COMMAND=FILE.json ...
Prints "COMMAND: ok" or "COMMAND: undocumented KEY (at PATH)" per file. The
section of COMMAND is the one headed "## `COMMAND --json`" (`report`:
"## `report.json`", `run`: "## Run manifest (`manifest.json`, command
`run`..."); a key is
documented when it appears there in backticks. Keys under a map (the
section's "Maps:" line: objects whose keys are data, e.g. column names) are
not checked themselves; what lies inside them is. A section that says "as
in `OTHER --json`" documents OTHER's keys too (evaluate's metrics are
train's). The artifact header's
four keys are documented in their own section."""
import json, re, sys

HEADER = {"tool", "version", "command", "schema_version"}


def sections(md):
    out, cur, buf = {}, None, []
    for line in md.split("\n"):
        m = (re.match(r"## `([\w-]+) --json`", line) or
             re.match(r"## (?:`(report)\.json`|Run manifest \(`manifest\.json`, command `(run)`)", line))
        if line.startswith("## "):
            if cur:
                out[cur] = "\n".join(buf)
            cur, buf = (next(g for g in m.groups() if g) if m else None), []
        elif cur:
            buf.append(line)
    if cur:
        out[cur] = "\n".join(buf)
    return out


def documented(k, doc):
    """k in backticks, or k is BASE_undefined / _note / _reason of a
    documented BASE where the section names the pattern (`<name>_note`)."""
    if "`%s`" % k in doc:
        return True
    m = re.match(r"(.+)_(undefined|note|reason)$", k)
    return bool(m) and "`%s`" % m.group(1) in doc and bool(
        re.search(r"`<\w+>_%s`" % m.group(2), doc))


def check(obj, doc, maps, path, missing):
    if isinstance(obj, dict):
        parent = path.rsplit(".", 1)[-1]
        for k, v in obj.items():
            in_map = parent in maps and "`%s`" % k not in doc
            if not in_map and path == "" and k in HEADER:
                continue
            if not in_map and not documented(k, doc):
                missing.append((k, path + "." + k))
            check(v, doc, maps, path + "." + (k if not in_map else "<name>"), missing)
    elif isinstance(obj, list):
        for v in obj:
            check(v, doc, maps, path + "[]", missing)


def main():
    secs = sections(open(sys.argv[1], encoding="utf-8").read())
    bad = 0
    for arg in sys.argv[2:]:
        cmd, f = arg.split("=", 1)
        doc = secs.get(cmd)
        if doc is None:
            print("%s: no section '## `%s --json`'" % (cmd, cmd))
            bad = 1
            continue
        # a section that says "as in `train --json`" documents those keys too
        for other in re.findall(r"as in `([\w-]+) --json`", doc):
            doc += "\n" + secs.get(other, "")
        m = re.search(r"^Maps:(.*)$", doc, re.M)
        maps = set(re.findall(r"`([^`]+)`", m.group(1))) if m else set()
        missing = []
        check(json.load(open(f, encoding="utf-8")), doc, maps, "", missing)
        seen = set()
        for k, p in missing:
            if k not in seen:
                print("%s: undocumented %s (at %s)" % (cmd, k, p))
                seen.add(k)
        if not missing:
            print("%s: ok" % cmd)
        bad |= bool(missing)
    return bad


if __name__ == "__main__":
    sys.exit(main())
