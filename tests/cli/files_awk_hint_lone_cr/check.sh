# The awk a hint gives (the repeated header lines of files joined with cat;
# header names to rename) reads the lines it names: awk counts LF line ends
# only, so where the input holds a lone CR (old Mac exports, a CR-only part
# joined to others) or is standard input, the lone CRs are made LF first
# (perl -pe 's/\r(?!\n)/\n/g' FILE | awk ...). Each command is run as
# printed and its output read again. Before 2026-12-07 the awk read a
# CR-only file as one line: the repeated headers stayed, and the rename
# missed the last header name (joined to the first row's first value).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
# two CR-only exports joined with cat
printf 'id,views,shares\r1,100,10\r2,200,20\rid,views,shares\r3,300,30\r4,400,40\r' > mac.csv
# an LF export and a CR-only one joined with cat
printf 'id,views,shares\n1,100,10\n2,200,20\nid,views,shares\r3,300,30\r4,400,40\r' > halves.csv
# CR CR LF line ends (Python's csv writer on Windows, newline='' left out)
printf 'id,views,shares\r\r\n1,100,10\r\r\n2,200,20\r\r\nid,views,shares\r\r\n3,300,30\r\r\n' > crcrlf.csv
gzip -c mac.csv > packed.csv.gz
# LF only: awk alone, as before
printf 'id,views,shares\n1,100,10\n2,200,20\nid,views,shares\n3,300,30\n4,400,40\n' > plain.csv
for f in mac.csv halves.csv crcrlf.csv packed.csv.gz plain.csv -; do
    echo "== $f"
    if [ "$f" = - ]; then
        $CT inspect - < mac.csv > /dev/null 2> err.txt
    else
        $CT inspect "$f" > /dev/null 2> err.txt
    fi
    cmd=$(sed -n 's/^ *\$ //p' err.txt)
    echo "$cmd"
    # standard input: "..." stands for the command writing the data
    cmd=$(printf '%s' "$cmd" | sed 's/^\.\.\. /cat mac.csv /')
    eval "$cmd"
    out=$(printf '%s' "$cmd" | sed 's/.* > //')
    $CT inspect "$out" 2>&1 | grep -E 'rows,|repeats the header|views +int'
done
# a header whose names differ from the reports file's in case: train's
# rename, on a CR-only copy, renames every name (the last one too)
$CT synth -q --rows 200 --seed 5 -o s.csv || exit 1
perl -pe 's/\n/\r/; s/video_view_count/Video_View_Count/ if $. == 1; s/video_comment_count/Video_Comment_Count/ if $. == 1' s.csv > t.csv
echo "== t.csv (CR only)"
$CT train t.csv -m m.ctm --grid C=1 --wide 2> err.txt > /dev/null
cmd=$(sed -n 's/^  \$ //p' err.txt)
echo "$cmd"
eval "$cmd"
cmp s.csv t-renamed.csv && echo "t-renamed.csv: the reports file's names, its lone CRs made LF"
exit 0
