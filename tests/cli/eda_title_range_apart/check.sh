# A title's range reads apart when its ends differ: the headline's three
# digits made 1,152,9xx,...-size view counts read "from 1.15e+18 to
# 1.15e+18"; more digits now, until the two ends differ (eda_titles.c).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
awk 'BEGIN { print "claim_status,video_id,video_view_count,video_like_count";
  for (i = 0; i < 200; i++)
    printf "%s,%d,11529%09d00000,%d\n", (i % 2 ? "claim" : "opinion"), 1000 + i, (i * 7919 % 200) * 5000000, (i * 37) % 1000 }' > "$d/big.csv"
"$CT" eda -q "$d/big.csv" -o "$d/out" --by none --columns video_view_count,video_like_count |
  grep -A1 -E "hist_video_(view|like)_count"
