#!/usr/bin/env python3
"""Each command's --help lists every long option its parser accepts (on an
option's line or in a description of its Options part), and every option
the --help gives a line is accepted.

usage: check.py CT SRC_CLI_DIR. The parser's options are the names of the
command's `struct option` table in src/cli/cmd_CMD.c (demo: run's table,
which it shares), the shared tables of cli.h (CLI_LOAD_LONGOPTS,
CLI_COMMON_LONGOPTS) expanded. An option the parser knows only to refuse it
with a message saying whose it is (`score --on-bad-row`, `run --rows`) is
no option of the command: it must be refused (exit 2, not as an unknown
option) and is printed as such. Each `--name` an option line of the
Options part starts with is given to the command (`CMD --name --help`)
and must not be refused as unknown. Added 2026-12-06: demo's --help
did not list -h/--help and named -q without --quiet."""
import re
import subprocess
import sys

ct, src = sys.argv[1], sys.argv[2]
h = open(src + "/cli.h", encoding="utf-8").read()
macros = {m.group(1): re.findall(r'"([\w-]+)", (?:no|required|optional)_argument', m.group(2))
          for m in re.finditer(r"#define (CLI_\w+_LONGOPTS)\s*\\\n(.*?)\n(?=\S)", h, re.S)}
FILES = {"demo": "cmd_run.c", "queue-eval": "cmd_queue_eval.c"}
COMMANDS = "inspect synth eda test regress plan train evaluate score merge queue-eval run report demo"
bad = 0
for cmd in COMMANDS.split():
    s = open("%s/%s" % (src, FILES.get(cmd, "cmd_%s.c" % cmd)), encoding="utf-8").read()
    parsed = set()
    for body in re.findall(r"struct option \w+\[\] = \{(.*?)\n\s*\};", s, re.S):
        parsed |= set(re.findall(r'\{"([\w-]+)", (?:no|required|optional)_argument', body))
        for mac in re.findall(r"(CLI_\w+_LONGOPTS)", body):
            parsed |= set(macros[mac])
    text = subprocess.run([ct, cmd, "--help"], capture_output=True, text=True).stdout
    # the Options part: from "Options:" to the first line not indented
    opts = re.split(r"\n(?=\S)", text.split("\nOptions:\n", 1)[-1], 1)[0]
    # an option's own line is indented 2 (its description's further lines
    # more, and may name other options: report's "rules over the run's
    # --capacity"); its names come before the two spaces that start the
    # description (demo's "and every option of run: --seed, ..." is a list)
    helped = set()
    for line in re.findall(r"^  (\S.*)$", opts, re.M):
        helped |= set(re.findall(r"(?<![\w-])--([a-zA-Z][\w-]*)", line.split("  ")[0]))
    out = []
    # an option of the parser may be named in another's description
    # (evaluate's and score's "--model=PATH, the older spelling")
    mentioned = set(re.findall(r"(?<![\w-])--([a-zA-Z][\w-]*)", opts))
    for o in sorted(parsed - mentioned):
        p = subprocess.run([ct, cmd, "--" + o, "x"], capture_output=True, text=True,
                           stdin=subprocess.DEVNULL)
        if p.returncode == 2 and "unknown option" not in p.stderr and "--" + o in p.stderr:
            out.append("--%s refused as another command's (exit 2)" % o)
        else:
            out.append("--%s accepted, not in --help" % o)
            bad = 1
    for o in sorted(helped - parsed):
        p = subprocess.run([ct, cmd, "--" + o, "--help"], capture_output=True, text=True,
                           stdin=subprocess.DEVNULL)
        if "unknown option" in p.stderr:
            out.append("--%s in --help, refused as unknown" % o)
            bad = 1
    print("%s: %s" % (cmd, "; ".join(out) or "ok"))
sys.exit(bad)
