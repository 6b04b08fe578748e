"""docs/regress.md's `--json` key list ("keys in this order") names the
top-level keys, `cleaning`'s and `model`'s as regress.json holds them, in
its order: the page had left out `model.negative`. A note in parentheses
names keys written only sometimes (a `*_reason`); those are not required."""
import json
import re
import sys

page, printed = sys.argv[1], sys.argv[2]
text = open(page, encoding="utf-8").read()
block = text[text.index("keys in this order"):]
block = block[: block.index("`coefficients [")]


def strip_notes(s):
    while True:  # innermost parentheses first, so nested notes go too
        t = re.sub(r"\([^()]*\)", "", s)
        if t == s:
            return s
        s = t


def listed(name):
    m = re.search(r"`" + name + r" \{(.*?)\}`;", block, re.S)
    body = strip_notes(m.group(1))
    depth, keys, cur = 0, [], ""
    for ch in body:  # top level of the object only
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        elif ch == "," and depth == 0:
            keys.append(cur)
            cur = ""
            continue
        if depth == 0:
            cur += ch
    keys.append(cur)
    return [k.split()[0] for k in keys if k.strip()]


d = json.load(open(printed, encoding="utf-8"))
head = strip_notes(re.search(r"`(tool,.*?)`;", block, re.S).group(1))
shown = {
    "(top)": [k.strip() for k in head.split(",")] + ["cleaning", "model"],
    "cleaning": listed("cleaning"),
    "model": listed("model"),
}
bad = 0
for name, keys in shown.items():
    obj = d if name == "(top)" else d[name]
    have = list(obj)
    if name == "(top)":
        have = have[: have.index("model") + 1]
    if keys != have:
        bad += 1
        print(f"{name}: the page lists {keys}")
        print(f"{name}: regress.json has {have}")
print(f"regress.md's key lists: {len(shown)} checked, {bad} not as regress.json writes them")
