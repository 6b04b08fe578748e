# A file whose author_ban_status is empty in every row: train cannot encode
# a category without a value. Before 2026-12-03 it stopped the run (exit 1)
# with a hint naming the option that leaves the column out
# (--features=A,B,...), and run added that the option is train's, used by
# running the stage by hand (before 2026-12-02 the hint gave no way to
# follow it at all). Since 2026-12-03 a column empty in every row is no
# feature of --features all (tests/cli/train_empty_column_not_a_feature):
# train leaves it out with a note and the run completes; the side analyses
# that group by the column failed, said in the warning; since 2026-12-05 run
# leaves the column out of them (--dropna=used, eda's --by, regress's features:
# tests/cli/run_empty_column_dropna) and all three run. Training by hand with
# the other columns as features gives the same.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 5 -o full.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('full.csv', newline='', encoding='utf-8')))
i = rows[0].index('author_ban_status')
for r in rows[1:]:
    r[i] = ''
with open('s.csv', 'w', newline='', encoding='utf-8') as f:
    csv.writer(f, lineterminator='\n').writerows(rows)
PY
$CT run -q s.csv -o out 2>err.txt >/dev/null
echo "run exit $?"
tr -s ' \n' ' ' <err.txt; echo
$CT train -q --seed=42 -m out/model.ctm s.csv \
  --features=video_duration_sec,verified_status,video_view_count,video_like_count,video_share_count,video_download_count,video_comment_count,video_transcription_text \
  >/dev/null
echo "train by hand without the column: exit $?"
