# Missing-value look-alikes in a count column, each hint giving a spelling
# that --na-values then reads: the field as written when spaces surround it
# (a spreadsheet's accounting format writes ' -   ' for an empty or zero
# cell), kept whole when the hint wraps; dashes, 'n.a.', '(blank)' and
# localized #N/A ('#N/D', '#NV') named as missing values. Before 2026-12-02
# ' -   ' got --na-values='-' (which does not match it), 'NaN   ' got
# --na-values='NaN ' (the wrap squeezed the spaces after '='), '—' was taken
# for a currency sign before a number, and 'n.a.' or '#N/D' got no hint.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
{
    echo '#,claim_status,video_id,video_duration_sec,video_transcription_text,verified_status,author_ban_status,video_view_count,video_like_count,video_share_count,video_download_count,video_comment_count'
    k=0
    for tok in ' -   ' 'NaN   ' '—' 'n.a.' '(blank)' '#N/D' '#NV'; do
        k=$((k + 1))
        echo "$k,claim,100000000$k,30,a made up line $k,not verified,active,$tok,10,5,1,0"
    done
} >bad.csv
$CT inspect -q bad.csv; echo "exit $?"
$CT inspect -q bad.csv --na-values=' -   ,NaN   ,—,n.a.,(blank),#N/D,#NV' | head -1
