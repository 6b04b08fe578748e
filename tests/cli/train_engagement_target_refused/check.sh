# The target and the id are never features, named in --engagement as in
# --features. Before 2026-12-07 --engagement=claim_status (or a target
# among the default five counts with --features=engagement) fitted the
# label itself: ROC AUC 1 on validation and test, and the model saved.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 8 --noise 0.3 -o s.csv
for a in "--engagement=claim_status" "--engagement=video_view_count,claim_status --features=engagement" \
  "--engagement=video_id" "--target=verified_status --positive=verified --engagement=verified_status"; do
  rm -f m.ctm
  $CT train -q --no-audit --grid C=1 s.csv -m m.ctm $a >/dev/null 2>err.txt
  echo "$a: exit $?, model written: $([ -e m.ctm ] && echo yes || echo no)"
  cat err.txt
done
# a target among the default engagement counts: the library refuses it in
# the set (the audit's engagement model says so and is not fitted)
# (the header's label column named video_share_count, the counts "shares")
sed '1s/,claim_status,/,video_share_count,/; 1s/,video_share_count,video_download/,shares,video_download/' \
  s.csv > share.csv
rm -f m.ctm
$CT train -q --no-audit --grid C=1 --target video_share_count --positive claim --no-schema --features engagement \
  share.csv -m m.ctm >/dev/null 2>err.txt
echo "--target video_share_count --features engagement: exit $?, model written: $([ -e m.ctm ] && echo yes || echo no)"
cat err.txt
$CT train -q --grid C=1 --target video_share_count --positive claim --no-schema share.csv -m m.ctm >out.txt 2>err.txt
echo "--target video_share_count (audit): exit $?"
grep -A2 'engagement not fitted' out.txt
