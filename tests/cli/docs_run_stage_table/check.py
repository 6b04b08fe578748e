"""docs/run.md's stage table gives each stage's command as the manifest
records it: each row's first `...` span (bracketed parts optional, DIR,
FILE, DATE, COL, VALUE and one-letter capitals standing for a value, `...`
for any text) must match the command of the stage of that name in
manifest.json, less its leading `claimtriage `. Before 2026-12-05 the
report row lacked the `-q` the run passes. Prints each row that does not
match, then a count."""
import json
import re
import sys

page, manifest = sys.argv[1], sys.argv[2]
PH = re.compile(r"(?<![A-Za-z])(DIR|FILE|DATE|COL|VALUE|[A-Z])(?![A-Za-z])|\.\.\.")


def word(tok):
    out, pos = "", 0
    for m in PH.finditer(tok):
        out += re.escape(tok[pos : m.start()]) + (r"\S*" if m.group(0) == "..." else r"\S+")
        pos = m.end()
    return out + re.escape(tok[pos:])


def pattern(template):
    parts = re.findall(r"\[[^\]]*\]|\S+", template)
    rx = ""
    for p in parts:
        if p.startswith("["):
            rx += r"(?: " + r" ".join(word(t) for t in p[1:-1].split()) + r")?"
        else:
            rx += (" " if rx else "") + word(p)
    return rx


stages = {s["name"]: s["command"] for s in json.load(open(manifest))["stages"]}
rows = bad = 0
for line in open(page, encoding="utf-8"):
    m = re.match(r"\| *\d+ *\| *\w+ *\| *([\w-]+) *\| *`([^`]*)`", line)
    if not m or m.group(1) not in stages:
        continue
    rows += 1
    cmd = stages[m.group(1)].removeprefix("claimtriage ")
    if not re.fullmatch(pattern(m.group(2)), cmd):
        bad += 1
        print(f"{m.group(1)}: run.md shows `{m.group(2)}`; manifest.json has `{cmd}`")
print(f"run.md's stage table: {rows} rows checked, {bad} not as manifest.json records them")
