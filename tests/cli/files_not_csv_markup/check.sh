# Markup is judged on the start of the file as a whole: past <!-- comments -->
# (a browser's "Save Page As" writes "<!-- saved from url=... -->" first, here
# with CR CR LF line ends as in FC04, and gzip-wrapped), and by a tag of a
# web page or a fragment of one (<table> as pandas' to_html writes it, a
# <meta> redirect, a <script>, a <div>), or an SVG image. Before 2026-12-04
# these got "missing its quotes", "holds no delimiter" or loaded as rows
# (exit 0). A CSV whose first name only starts with '<' still loads.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
printf '<!-- saved from url=(0042)https://github.com/x/y -->\r\r\n<!DOCTYPE html>\r\r\n<html lang="en">\r\r\n<body class="a,b">x</body></html>\r\r\n' > saved.csv
gzip -n -c saved.csv > saved_gz.csv
printf '<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th></th>\n      <th>a</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <th>0</th>\n      <td>1,5</td>\n    </tr>\n  </tbody>\n</table>' > to_html.csv
printf '<meta http-equiv="refresh" content="0; url=https://example.com/a,b">\n<p>moved, see</p>\n' > meta.csv
printf '<script>window.location="https://x/y?a=1,b=2"</script>\n' > script.csv
printf '<div class="a, b">\n<p>x</p>\ny\n</div>\n' > div.csv
printf '<svg xmlns="http://www.w3.org/2000/svg"><text>a,b</text></svg>\n' > svg.csv
printf '<rows>\n  <row a="1,2"/>\n</rows>\n' > xml.csv
# a Kaggle data set page saved as the file (two blank lines first, as one
# in the wild): the line is named by its number, and Kaggle's way to the
# file, which has no 'Raw' button (before 2026-12-05 "its first line" and
# GitHub's button)
printf '\n\n<!DOCTYPE html>\n<html><head><link rel="canonical" href="https://www.kaggle.com/datasets/x/y" /></head><body>a,b</body></html>\n' > kaggle.csv
for f in saved.csv saved_gz.csv to_html.csv meta.csv script.csv div.csv svg.csv xml.csv kaggle.csv; do
  $CT inspect "$f"; echo "exit $?"
done
# the to_html hint runs as printed
/usr/bin/python3 -c "import sys, pandas as p; p.read_html(sys.argv[1], thousands=None)[0].to_csv(sys.argv[1] + '.csv', index=False)" to_html.csv && cat to_html.csv.csv
# headers that start with '<' are not markup: no tag closed, or the line
# goes on as delimited text
printf '<meta,b\n1,2\n' > h1.csv
printf '<div x,y\n1,2\n' > h2.csv
printf '<table name>,n\n1,2\n' > h3.csv
printf '<p>total</p>,n\n1,2\n' > h4.csv
printf '<b>total</b>,n\n1,2\n' > h5.csv
for f in h1.csv h2.csv h3.csv h4.csv h5.csv; do
  $CT inspect --no-schema "$f" | head -1; echo "exit $?"
done
