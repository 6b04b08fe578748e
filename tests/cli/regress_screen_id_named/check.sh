# regress --screen=A,B,... names the engagement screen's columns and --id=COL
# the column whose repeats the independence check counts, for a file that
# names the view and share counts and the id otherwise (run passes them,
# under the file's names). Without them the screen leaves out the default
# columns the file lacks, said in a note, and the check counts another
# column ('#'). A named column the file lacks is an error naming its
# option (exit 1), one alone too (no design reads it, so it is checked
# apart); a column named twice in --screen, or an empty --id, is a usage
# error (exit 2). Before 2026-12-05 regress had neither option and said
# nothing of the columns its screen left out.
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 600 --seed 3 |
  sed '1s/video_view_count/views/; 1s/video_share_count/shares/; 1s/video_id/vid/' > v.csv
F=--features=video_duration_sec,claim_status:claim,author_ban_status:active,views,shares
F=$F,video_download_count,video_comment_count
S=--screen=views,video_like_count,shares,video_download_count,video_comment_count
show() {
  python3 -c '
import json, sys
r = json.load(sys.stdin)
for c in r["checks"]:
    if c["name"] in ("engagement screen", "independent observations"):
        print("  %s: %s" % (c["name"], c["reason"]))'
}
$CT regress --json v.csv "$F" 2>&1 >/dev/null | grep -v 'rows read'
$CT regress --json -q v.csv "$F" | show
$CT regress --json -q v.csv "$F" "$S" --id vid | show
$CT regress -q v.csv "$F" --screen=views,nope --id nope2; echo "exit $?"
$CT regress -q v.csv "$F" --id nope; echo "exit $?"
$CT regress -q v.csv "$F" --screen=views,Shares; echo "exit $?"
$CT regress -q v.csv "$F" --screen=views,views; echo "exit $?"
$CT regress -q v.csv "$F" --id=; echo "exit $?"
