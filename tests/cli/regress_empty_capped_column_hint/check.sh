# synthetic input with video_comment_count empty in every row (comments
# turned off); each refusal's hint command is then run as printed
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 7 -o s.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open('s.csv', newline='')))
j = rows[0].index('video_comment_count')
with open('nocomments.csv', 'w', newline='') as g:
    w = csv.writer(g, lineterminator='\n')
    w.writerow(rows[0])
    for r in rows[1:]:
        w.writerow(r[:j] + [''] + r[j + 1:])
PY
follow() { # the hint's command, as printed after "$ "
    # a command too wide for its line is broken with backslashes
    # (ct_text_wrap, since 2026-12-05): joined as the shell joins it
    cmd=$(perl -0pe 's/ \\\n */ /g; s/\\\n//g' err | grep -o '\$ claimtriage regress .*' |
        sed 's/^\$ claimtriage //')
    echo "hint's command: $cmd"
    eval "\$CT $cmd" >/dev/null 2>&1
    echo "exit $?"
}
# the column left out of --features, still capped by default
$CT regress -q nocomments.csv --features video_duration_sec,claim_status:claim,author_ban_status:active,video_view_count >/dev/null 2>err
echo "regress --features (4 columns): exit $?"
cat err
follow
# by default: a feature and a capped column
$CT regress -q nocomments.csv >/dev/null 2>err
echo "regress: exit $?"
cat err
follow
