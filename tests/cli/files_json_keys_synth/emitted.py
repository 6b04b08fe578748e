#!/usr/bin/env python3
"""The other direction of files_json_keys_documented/check.py: every key a
command's docs/formats.md section gives a row of its own in a key table
(`| `key` | ...`) is printed by the command, at any depth.

usage: emitted.py FORMATS_MD COMMAND=FILE.json ...  (several files a command:
a key counts when any of them prints it). Prints
"COMMAND: every table key printed" or "COMMAND: documented, not printed: K"
per command. A failure document's table (its row `failure`) is checked only
against files holding `failure`, the other tables only against files
without it. The string values of the keys in ENUMS, closed sets, must be
named in the section too."""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "files_json_keys_documented"))
import check  # noqa: E402


def tables(doc):
    """The key tables of a section: lists of the keys in each row's first cell."""
    out, cur = [], None
    for line in doc.split("\n"):
        m = re.match(r"\|\s*([^|]*?)\s*\|", line)
        if not m:
            cur = None
            continue
        if re.match(r"-+$", m.group(1).strip()) or m.group(1) in ("key", "stage", "File"):
            if m.group(1) == "key" and cur is None:
                cur = []
                out.append(cur)
            continue
        if cur is not None:
            cur.extend(re.findall(r"`([\w.-]+)`", m.group(1)))
    return out


def keys_of(obj, acc):
    if isinstance(obj, dict):
        for k, v in obj.items():
            acc.add(k)
            keys_of(v, acc)
    elif isinstance(obj, list):
        for v in obj:
            keys_of(v, acc)
    return acc


# keys whose string values are a closed set, each value to be named in the
# section (in backticks or quotes): regress's coefficient `kind` values, and
# the calibration methods of train and evaluate, were not before 2026-12-06
ENUMS = {"regress": ("kind", "balance", "verdict"), "eda": ("kind", "how"),
         "plan": ("state", "run_status"), "run": ("status", "capacity_by", "dropna_by"),
         "inspect": ("type",), "test": ("dropna", "size"),
         "train": ("family", "rule", "weighting", "class_weight", "method", "input"),
         "evaluate": ("family", "calibration", "method"), "score": ("priority",),
         "report": ("topic", "register", "recall_first_day_source",
                    "baselines_first_day_source")}


def values_of(obj, keys, acc):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in keys and isinstance(v, str):
                acc.add((k, v))
            values_of(v, keys, acc)
    elif isinstance(obj, list):
        for v in obj:
            values_of(v, keys, acc)
    return acc


# keys whose numbers are fractions (docs/formats.md: "shares and rates are
# fractions"): each printed value in [0, 1]. queue-eval's views curve read
# 1.0000000000000007 before 2026-12-06 (tests/unit/test_triage.c).
FRACTIONS = ("recall", "weighted_recall", "precision", "accuracy", "balanced_accuracy")


def out_of_range(obj, path, acc):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if (k in FRACTIONS or k.endswith("_share")) and isinstance(v, (int, float)) \
                    and not isinstance(v, bool) and not 0 <= v <= 1:
                acc.add("%s.%s = %r" % (path, k, v))
            out_of_range(v, path + "." + k, acc)
    elif isinstance(obj, list):
        for v in obj:
            out_of_range(v, path + "[]", acc)
    return acc


def main():
    secs = check.sections(open(sys.argv[1], encoding="utf-8").read())
    files = {}
    for arg in sys.argv[2:]:
        cmd, f = arg.split("=", 1)
        files.setdefault(cmd, []).append(json.load(open(f, encoding="utf-8")))
    bad = 0
    for cmd, objs in files.items():
        missing = []
        for keys in tables(secs.get(cmd, "")):
            failure = "failure" in keys
            seen = [keys_of(o, set()) for o in objs if ("failure" in o) == failure]
            if not seen:
                continue
            missing += [k for k in keys if not any(k in s for s in seen)]
        doc = secs.get(cmd, "")
        unnamed = sorted("%s %s" % kv for o in objs for kv in values_of(o, ENUMS.get(cmd, ()), set())
                         if not any(q % kv[1] in doc for q in ("`%s`", '"%s"')))
        if missing:
            print("%s: documented, not printed: %s" % (cmd, ", ".join(missing)))
            bad = 1
        else:
            print("%s: every table key printed" % cmd)
        wrong = sorted(set().union(*(out_of_range(o, "", set()) for o in objs)))
        if wrong:
            print("%s: fractions outside [0, 1]: %s" % (cmd, ", ".join(wrong[:5])))
            bad = 1
        if unnamed:
            print("%s: values not named in its section: %s" % (cmd, ", ".join(sorted(set(unnamed)))))
            bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main())
