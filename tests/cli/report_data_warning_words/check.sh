# The review-queue section calls score's data flags "data warnings":
# "flagged" is the model's mark of a likely claim (queue.csv's predicted
# column), and before 2026-12-06 the section said "5 are flagged in the
# queue: 5 had a number ... beyond anything in training". The drift check
# counts no value beyond the training range: when such rows are at least
# the drift rule's share (score.json's drift.share_threshold), the section
# says their scores are extrapolated and need a check by hand, beside "no
# drift" (on 60 rows: 5 of the 12 scored).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 60 --seed 1 --noise 0 -o s.csv
$CT run -q s.csv -o r > /dev/null 2>&1
echo "run exit $?"
python3 - <<'PY'
import html, re
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", open("r/report.html", encoding="utf-8").read())))
print(re.search(r"[0-9,]+ carr(?:y|ies) a data warning[^.]*\.", page).group(0))
m = re.search(r"Drift check: .*?out_of_range\)\.", page)
print(m.group(0) if m else "no out-of-range sentence")
print("flagged in the queue:", "flagged in the queue" in page)
PY
