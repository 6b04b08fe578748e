#!/usr/bin/env bash
# Every command on degenerate inputs: no bare nan/inf in any text output, no
# verdict drawn from an undefined value, no crash (exit 0-3 only), and
# 200-character column names never cut but in the middle, their end kept.
# Prints one line per failure, then "ok" or the number of failures. Inputs are
# written to a temporary folder.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
H='#,claim_status,video_id,video_duration_sec,video_transcription_text,verified_status,author_ban_status,video_view_count,video_like_count,video_share_count,video_download_count,video_comment_count'
row() { # n claim verified ban views likes shares downloads comments duration
  printf '%s,%s,%s,%s,words %s,%s,%s,%s,%s,%s,%s,%s\n' "$1" "$2" $((7000000000 + $1)) "${10}" "$1" "$3" "$4" "$5" "$6" "$7" "$8" "$9"
}
bans=(active banned "under review")
{ echo "$H"; for i in $(seq 1 21); do v=500; s="not verified"; [ $i -gt 12 ] && v=200 && s=verified
  row $i $([ $((i % 2)) = 0 ] && echo opinion || echo claim) "$s" "${bans[$((i % 3))]}" $v 50 5 1 1 $((10 + i)); done; } >"$d/constant_groups.csv"
{ echo "$H"; for i in $(seq 1 20); do s="not verified"; [ $((i % 2)) = 0 ] && s=verified
  row $i $([ $((i % 3)) = 0 ] && echo opinion || echo claim) "$s" "${bans[$((i % 3))]}" 100 100 100 100 100 30; done; } >"$d/all_tied.csv"
{ echo "$H"; for i in $(seq 1 15); do s="not verified"; [ $i = 15 ] && s=verified
  row $i $([ $((i % 2)) = 0 ] && echo opinion || echo claim) "$s" "${bans[$((i % 3))]}" $((i * 97)) $((i * 13)) $i $((i % 4)) $((i % 5)) $((i + 5)); done; } >"$d/group_of_one.csv"
{ echo "$H"; row 1 claim verified active 10 2 1 0 0 5; row 2 opinion "not verified" banned 20 3 2 1 1 6; } >"$d/two_rows.csv"
{ echo "$H"; for i in $(seq 1 20); do s="not verified"; [ $((i % 2)) = 0 ] && s=verified
  row $i $([ $((i % 3)) = 0 ] && echo opinion || echo claim) "$s" "${bans[$((i % 3))]}" "" $((i * 7)) $i 1 2 $((i + 1)); done; } >"$d/all_missing.csv"
{ echo "$H"; for i in $(seq 1 24); do c=opinion; v=$((i * 10)); [ $i -gt 12 ] && c=claim && v=$((100000 + i * 10))
  row $i $c "$([ $((i % 2)) = 0 ] && echo verified || echo 'not verified')" "${bans[$((i % 3))]}" $v $i $((i % 5)) 1 1 $((i + 3)); done; } >"$d/separated.csv"
cp "${CT_CASES:-/nonexistent}/FC15/input.csv" "$d/pinned.csv" 2>/dev/null ||
  { echo "$H"; for i in $(seq 1 32); do c=claim; v=$((2000 + i * 400)); [ $i -le 4 ] && v=$((880000 + i * 30000))
    [ $i -gt 4 ] && [ $((i % 2)) = 0 ] && c=opinion; row $i $c "not verified" active $v $i 1 1 1 $((i + 3)); done; } >"$d/pinned.csv"
long=$(printf 'x%.0s' $(seq 1 190))
L1="${long}_measure01" L2="${long}_groupcol02" L3="${long}_targetc003"
{ echo "$L1,$L2,$L3"; for i in $(seq 1 40); do printf '%s,%s,%s\n' $((i * 3 % 17)) "g$((i % 2))" "t$((i % 3 % 2))"; done; } >"$d/long_names.csv"

fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
run() { # name, command words...: text output checked for nan/inf and crashes
  local name=$1; shift
  $CT "$@" >"$d/out" 2>"$d/err"; local rc=$?
  [ $rc -le 3 ] || fail "$name: exit $rc ($(tail -1 "$d/err"))"
  if grep -Eiwq -- '-?nan|-?inf' "$d/out" "$d/err"; then
    fail "$name: prints nan/inf: $(grep -Eiwh -- '-?nan|-?inf' "$d/out" "$d/err" | head -1)"
  fi
  # a verdict from an undefined value: variances "differ" when Levene is undefined
  if grep -q "W = -\|W = n/a\|W = undefined" "$d/out" && grep -q "variances differ" "$d/out"; then
    fail "$name: variance verdict from an undefined Levene test"
  fi
  grep -q "undefined.*-> variances differ" "$d/out" && fail "$name: verdict from undefined"
  return 0
}
for f in constant_groups all_tied group_of_one two_rows all_missing separated pinned; do
  for cmd in inspect eda test regress; do
    case $cmd in eda) run "$f/$cmd" eda -q -o "$d/charts-$f" "$d/$f.csv" ;;
      *) run "$f/$cmd" $cmd -q "$d/$f.csv" ;; esac
  done
  run "$f/test-json" test -q --json "$d/$f.csv"
  grep -q '"equal_variances_plausible": false' "$d/out" && grep -q '"levene": {[^}]*"statistic": null' "$d/out" &&
    fail "$f: equal_variances_plausible false on a null Levene test"
  run "$f/regress-claim" regress -q --target claim_status --positive claim \
    --features video_view_count,video_share_count --cap-outliers none "$d/$f.csv"
done
# 200-character names: every mention whole (every run of 20+ x's starts a full name;
# derived names such as dummies add to its end), but for a table's key cell wider than
# the line, cut in the middle ("xxx...xxx_measure01": the distinguishing end kept)
for args in "test -q --by $L2 --measure $L1" "test -q --json --by $L2 --measure $L1" \
            "test -q --pair $L2,$L3" \
            "regress -q --target $L3 --positive t1 --features $L1,$L2 --cap-outliers none" \
            "regress -q --json --target $L3 --positive t1 --features $L1,$L2 --cap-outliers none" \
            "regress -q --target $L3 --positive t1 --features $L1,$L1 --cap-outliers none" \
            "inspect -q" "eda -q -o $d/charts-long"; do
  # shellcheck disable=SC2086
  run "long/${args%% *}" $args "$d/long_names.csv"
  cut=$(cat "$d/out" "$d/err" |
        sed -E "s/x{20,}[.][.][.]x*_(measure01|groupcol02|targetc003)/${long}_\1/g" | grep -oE 'x{20,}[A-Za-z0-9_]*' |
        grep -cvE "^${long}_(measure01|groupcol02|targetc003)")
  [ "$cut" = 0 ] || fail "long/${args%% *}: $cut mentions of a 200-character name are cut"
done
[ $fails = 0 ] && echo ok || echo "$fails failures"
