#!/usr/bin/env python3
"""Every option a command's --help lists is named in docs/CMD.md outside its
synopsis (the first ``` block), and every
option the page and README.md give a `claimtriage CMD` command line is one
its --help lists.

usage: check.py CT DOCS_DIR CMD... Prints "CMD: ok", or "CMD: --opt not in
docs/CMD.md" and "CMD: --opt (docs/CMD.md) not in --help" for each. `demo`
is documented in docs/run.md. Option names may hold capitals (train's --C). Options with a short form on the same help line
(`-o, --output=DIR`) count as documented through either form; the options
every command or every CSV reader shares are documented once, in
docs/cli.md, and are not looked for in the command's page."""
import re, subprocess, sys

SHARED = {"--help", "--quiet", "--wide", "--on-bad-row", "--na-values",
          "--delimiter", "--decimal", "--thousands", "--no-schema"}

PAGE = {"demo": "run"}
OPT = r"--[a-zA-Z][a-zA-Z0-9-]*"

ct, docs = sys.argv[1], sys.argv[2]
readme = open("%s/../README.md" % docs, encoding="utf-8").read()
bad = 0
for cmd in sys.argv[3:]:
    text = subprocess.run([ct, cmd, "--help"], capture_output=True, text=True).stdout
    opts = text.split("\nOptions:\n", 1)[-1]
    page = open("%s/%s.md" % (docs, PAGE.get(cmd, cmd)), encoding="utf-8").read()
    # the synopsis (the page's first ``` block) names options without saying
    # what they do: an option must be named in the rest of the page (before
    # 2026-12-05 evaluate's --no-importance and --threads were named in its
    # synopsis alone)
    prose = re.sub(r"```.*?```", "", page, count=1, flags=re.S)
    missing = []
    for line in opts.split("\n"):
        m = re.match(r"  (-[a-zA-Z], )?((?:--[a-zA-Z][a-zA-Z0-9-]*[|=, ]?)+)", line)
        if not m:
            continue
        short = m.group(1)
        for opt in re.findall(OPT, m.group(2)):
            if opt in SHARED or re.search(re.escape(opt) + r"(?![a-z0-9-])", prose):
                continue
            if short and re.search(r"(?<![\w-])" + re.escape(short[:2]) + r"(?![\w-])", prose):
                continue
            missing.append(opt)
    # the other way: options on a `claimtriage CMD` line of the page or README
    unknown = []
    for where, t in (("docs/%s.md" % PAGE.get(cmd, cmd), page), ("README.md", readme)):
        for line in re.findall(r"claimtriage %s( [^`|#\n]*)" % re.escape(cmd), t):
            for opt in re.findall(r"(?:^| )(" + OPT + ")", line):
                if not re.search(re.escape(opt) + r"(?![a-zA-Z0-9-])", text):
                    unknown.append("%s (%s)" % (opt, where))
    out = []
    if missing:
        out.append(", ".join(missing) + " not in docs/%s.md" % PAGE.get(cmd, cmd))
    if unknown:
        out.append(", ".join(sorted(set(unknown))) + " not in --help")
    print("%s: %s" % (cmd, "; ".join(out) or "ok"))
    bad |= bool(missing) or bool(unknown)
sys.exit(bad)
