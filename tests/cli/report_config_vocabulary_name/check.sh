# The vectorizer's vocabulary cap has train.json's name in the report:
# max_features for lr and vectorizer__max_features for the trees (rf has a
# max_features of its own), scikit-learn's names, so the page and
# train.json read the same. From 2026-12-05 (tester AO F13) to 2026-12-06
# the report printed "vocabulary_max_features", a name in neither. Since
# 2026-12-06 gbdt's text_rounds=50 is said in words where the page says
# which configuration was chosen (train.json keeps the key).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 2 -o s.csv
for m in gbdt rf lr; do
    rm -rf r
    $CT run -q s.csv -o r --model $m >/dev/null 2>&1
    echo "run --model $m exit $?"
    python3 - r <<'PY'
import html, json, re, sys
d = sys.argv[1]
print("  train.json:", json.load(open(d + "/train.json"))["chosen"]["config"])
j = json.load(open(d + "/report.json", encoding="utf-8"))
for s in j["stakeholder_points"]:
    for p in s["points"]:
        m = re.search(r"Champion [^(]*\([^)]*\)", p["text"])
        if m:
            print("  lead:", m.group(0))
page = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", open(d + "/report.html", encoding="utf-8").read())))
print("  page:", re.search(r"Chosen: [^(]*", page).group(0))
print("  vectorizer__ on the page:", "vectorizer__" in page)
PY
done
