# score's and evaluate's warning of rows that are not UTF-8, on a file that
# mixes encodings (rows 2 and 6 hold valid UTF-8 beyond ASCII, row 5 bytes
# of Windows-1252): the advice is inspect's (convert only the lines that are
# not UTF-8), not iconv over the whole file, which would garble the valid
# rows; each printed command is run and its output read again. A file of
# Latin-1 bytes alone still gets the iconv, which is right there.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cp mixed.csv "$d"/
cd "$d"
$CT synth -q --rows 300 --seed 9 -o s.csv && $CT train -q s.csv -m m.ctm --no-audit > /dev/null || exit 1
# the same rows with plain ASCII in place of the valid UTF-8: Latin-1 alone
perl -pe "s/\xe2\x80[\x98\x99\x9c\x9d]/'/g; s/sch\xc3\xb6n/schon/" mixed.csv > latin.csv
for cmd in score evaluate; do
    for f in mixed.csv latin.csv; do
        echo "== $cmd $f"
        if [ $cmd = score ]; then
            $CT score -q "$f" -m m.ctm -o q.csv 2> err.txt
        else
            $CT evaluate -q "$f" -m m.ctm --no-importance > /dev/null 2> err.txt
        fi
        echo "exit $?"
        cat err.txt
        run=$(sed -n 's/^ *\$ //p' err.txt)
        rm -f mixed-utf8.csv latin-utf8.csv
        eval "$run"
        out=${f%.csv}-utf8.csv
        $CT inspect -q "$out" | head -1
        echo "valid rows kept whole: $(grep -c 'it’s schön' "$out") $(grep -c 'world’s busiest hotel' "$out")"
        echo "converted: $(grep -c 'a “quoted” friend' "$out")"
    done
done
