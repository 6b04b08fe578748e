# A run given other column names (--target, --text, --id, --views,
# --shares, --status) records them in manifest.json's options.columns, and
# the report looks the stages' figures up under them: the engagement
# headline (eda.json's medians of the views column) and the EDA charts eda
# names after the file's columns (tester AO F11: the report said "eda.json
# has no median video_view_count" and showed 2 of 17 charts).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 4 -o s.csv
awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) {
    if ($i == "claim_status") $i = "label"; else if ($i == "video_id") $i = "vid";
    else if ($i == "video_transcription_text") $i = "text"; else if ($i == "author_ban_status") $i = "banstat";
    else if ($i == "video_view_count") $i = "views"; else if ($i == "video_share_count") $i = "shares" } }
    { print }' s.csv > renamed.csv
head -1 renamed.csv
for f in s.csv renamed.csv; do
    rm -rf r
    if [ $f = s.csv ]; then
        $CT run -q $f -o r >/dev/null 2>&1
    else
        $CT run -q $f -o r --target=label --positive=claim --text=text --id=vid --views=views \
            --shares=shares --status=banstat >/dev/null 2>&1
    fi
    echo "run $f: exit $?"
    python3 - r <<'PY'
import html, json, re, sys
d = sys.argv[1]
print("  options.columns:", json.dumps(json.load(open(d + "/manifest.json"))["options"]["columns"], sort_keys=True))
j = json.load(open(d + "/report.json", encoding="utf-8"))
cl = [p for p in j["talking_points"] if p["topic"] == "claims"]
print("  claims point:", cl[0]["text"][:160] if cl else "(none)")
page = html.unescape(open(d + "/report.html", encoding="utf-8").read())
print("  eda.json said missing:", "eda.json has no median" in page)
eda = page.split('id="eda"')[1].split("<section")[0]
for cap in re.findall(r"<figcaption>(.*?)</figcaption>", eda, re.S):
    print("  chart:", re.sub(r"<[^>]+>", "", cap)[:70])
print("  " + re.search(r"\d+ of the \d+ charts? eda wrote", page).group(0))
PY
done
