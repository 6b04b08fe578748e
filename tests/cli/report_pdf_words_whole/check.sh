# report.pdf's tables keep their short words whole. Before 2026-12-04 the
# print stylesheet let every cell break anywhere, and the table layout,
# sharing the width by content, squeezed the short columns beside the
# SHA-256 and command columns to a letter or two: the plan's table read
# "Anal|yze", "Con|stru|ct", "Scientis|t", "workin|g days", the appendix's
# "S|ta|g|e", "d|o|n|e". Now only the cells of long tokens (hashes,
# commands, ids: td.wrap) break anywhere. pdftotext gives each line of a
# cell: a word broken across lines shows as fragments. With --start the
# plan's dates are calendar dates, kept whole (before 2026-12-04 "2026-12-"
# / "07" in a narrow column: tester J). The appendix's commands break at
# their spaces only: every word of each stage's command (up to 40 bytes)
# is a whole token of the text (before 2026-12-04 "--start=2026-" / "12-07",
# "--reviews-per-" / "hour=60", "queue-" / "eval": tester J), and a quoted
# path ('run dir/model.ctm') is one word (before 2026-12-04 "'r" / "d/...":
# tester O).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 1 -o s.csv || exit 1
$CT run -q s.csv -o r --pdf --start 2026-12-07 >/dev/null; echo "run: exit $?"
pdftotext r/report.pdf r.txt; echo "pdftotext: exit $?"
# a folder with a space: its shell-quoted paths stay on one line
$CT run -q s.csv -o "run dir" --pdf --start 2026-12-07 >/dev/null; echo "run 'run dir': exit $?"
pdftotext "run dir/report.pdf" rd.txt
python3 - <<'PY'
toks = [t.strip(",.;:()'\"") for t in open("r.txt").read().split()]
have = set(toks)
words = ["Analyze", "Construct", "Execute", "Scientist", "Manager", "Stakeholders",
         "Milestone", "working", "Stage", "Status", "PACE", "Planned", "Outputs", "Command"]
# a fragment: a word's start or end alone, as a whole token of the text
# (English words that are fragments too, "one", "and", are left out; so are
# "atus", the end of a command's --by=verified_status, a long token that
# may wrap, and "ts", a chart's axis label)
common = {"one", "on", "an", "and", "at", "us", "or", "work", "stone", "put", "puts", "out", "age",
          "man", "plan", "atus", "ts"}
for w in words:
    frags = sorted(f for f in {w[:k] for k in range(2, len(w))} | {w[k:] for k in range(1, len(w) - 1)}
                   if f in have and f.lower() not in common)
    print("%-12s %s whole; fragments alone: %s" % (w, "seen" if w in have else "never", frags or "none"))
import re
dates = [t for t in toks if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t)]
cut = [t for t in toks if re.fullmatch(r"\d{4}-(\d{2}-?)?", t)]
print("whole dates: %s; cut dates: %s" % ("some" if len(dates) >= 9 else len(dates), cut or "none"))
import json
m = json.load(open("r/manifest.json"))
cmd = [w for s in m["stages"] for w in (s.get("command") or "").split() if len(w) <= 40]
cut = sorted({w for w in cmd if w not in have})
names = [s["name"] for s in m["stages"]]
print("command words: %d, cut: %s; stage names cut: %s" % (len(cmd), cut or "none",
      [n for n in names if n not in have] or "none"))
import shlex
m = json.load(open("run dir/manifest.json"))
lines = open("rd.txt").read().split("\n")
html = open("run dir/report.html", encoding="utf-8").read()
quoted = sorted({shlex.quote(w) for s in m["stages"] for w in shlex.split(s.get("command") or "")
                 if " " in w})
# whole in print, and one unbreakable span in the page (whatever the layout)
split = [q for q in quoted if not any(q in l for l in lines)]
unspanned = [q for q in quoted if "<span>%s</span>" % q.replace("'", "&#39;") not in html]
print("quoted paths: %d, split across lines: %s, not one span: %s"
      % (len(quoted), split or "none", unspanned or "none"))
PY
