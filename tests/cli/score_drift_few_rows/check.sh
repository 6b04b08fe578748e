set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 7 -o big.csv
$CT train -q big.csv -m big.ctm --features text --grid C=1 --no-audit > /dev/null
# the first k claims of the file (confident probabilities, about 1), k = 2, 3, 5, 10
for k in 2 3 5 10; do
    awk -F, 'NR == 1 || $2 == "claim"' big.csv | head -$((k + 1)) > c.csv
    echo "== $k claims scored"
    $CT score c.csv -m big.ctm -o /dev/null --json 2> /dev/null |
        jq -c '.drift | {mean_probability: (.mean_probability * 1000 | round / 1000),
                         se: (.mean_standard_error * 1000 | round / 1000),
                         mean_within_noise, drift}'
done
