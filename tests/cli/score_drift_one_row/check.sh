set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 7 -o big.csv
$CT train -q big.csv -m big.ctm --features text --grid C=1 --no-audit > /dev/null
# one report scored: a claim, then an opinion (both training rows)
awk -F, 'NR == 1 || $2 == "claim"' big.csv | head -2 > claim.csv
awk -F, 'NR == 1 || $2 == "opinion"' big.csv | head -2 > opinion.csv
# the drift verdict and the note on training rows, each with its wrapped lines
said() { awk '/^(score: (no )?drift|score: note|claimtriage: [a-z]+\.csv: its)/ { p = 1; print; next }
              /^  / && p { print; next } { p = 0 }' "$1"; }
for f in claim opinion; do
    echo "== score $f.csv"
    $CT score $f.csv -m big.ctm -o /dev/null --json 2> err.txt |
        jq -c '.drift | {mean_probability: (.mean_probability * 1000 | round / 1000),
                         se: (.mean_standard_error * 1000 | round / 1000),
                         mean_within_noise, drift}'
    echo "exit $?"
    said err.txt
done
echo "== evaluate opinion.csv"
$CT evaluate opinion.csv -m big.ctm > /dev/null 2> err.txt
echo "exit $?"
said err.txt
