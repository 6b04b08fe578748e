#!/usr/bin/env python3
"""Every option a command's --help lists is named in docs/CMD.md.

usage: check.py CT DOCS_DIR CMD... Prints "CMD: ok" or "CMD: --opt not in
docs/CMD.md" for each. Options with a short form on the same help line
(`-o, --output=DIR`) count as documented through either form; the options
every command or every CSV reader shares are documented once, in
docs/cli.md, and are not looked for in the command's page."""
import re, subprocess, sys

SHARED = {"--help", "--quiet", "--wide", "--on-bad-row", "--na-values",
          "--delimiter", "--decimal", "--thousands", "--no-schema"}

ct, docs = sys.argv[1], sys.argv[2]
bad = 0
for cmd in sys.argv[3:]:
    text = subprocess.run([ct, cmd, "--help"], capture_output=True, text=True).stdout
    opts = text.split("\nOptions:\n", 1)[-1]
    page = open("%s/%s.md" % (docs, cmd), encoding="utf-8").read()
    missing = []
    for line in opts.split("\n"):
        m = re.match(r"  (-[a-zA-Z], )?((?:--[a-z][a-z0-9-]*[|=, ]?)+)", line)
        if not m:
            continue
        short = m.group(1)
        for opt in re.findall(r"--[a-z][a-z0-9-]*", m.group(2)):
            if opt in SHARED or re.search(re.escape(opt) + r"(?![a-z0-9-])", page):
                continue
            if short and re.search(r"(?<![\w-])" + re.escape(short[:2]) + r"(?![\w-])", page):
                continue
            missing.append(opt)
    print("%s: %s" % (cmd, "ok" if not missing else
                      ", ".join(missing) + " not in docs/%s.md" % cmd))
    bad |= bool(missing)
sys.exit(bad)
