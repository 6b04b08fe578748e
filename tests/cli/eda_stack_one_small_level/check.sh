# A stacked-bar title whose headline compares no level but one says the only
# other level by name, "'verified' has under 10 videos", and "every other"
# only where there are several (author ban status). Before 2026-12-06 it
# read "every other verified status has under 10 videos" of one other
# status. Synthetic input, 60 rows.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 60 --seed 1 --noise 0 -o s.csv
$CT eda -q s.csv -o e > /dev/null
echo "eda exit $?"
python3 - <<'PY'
import html, re
for f in ('stacked_class_by_verified.svg', 'stacked_class_by_ban.svg'):
    t = html.unescape(open('e/' + f, encoding='utf-8').read())
    print(re.search(r'font-weight="bold">([^<]*)<', t).group(1))
PY
