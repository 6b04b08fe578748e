# A web server's error answer saved as the data (raw.githubusercontent.com
# answers a wrong path with the 14 bytes "404: Not Found", no line end) is
# named as a failed download, for every command that loads data; before
# 2026-12-04 it loaded as a header of one column ("were the line ends
# lost?", then "a header only"), exit 0. A one-column file whose header is
# a number, or a status among rows, still loads.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
printf '404: Not Found' > notfound.csv
printf '403 Forbidden\n' > forbidden.csv
printf 'Bad Gateway\r\n' > gateway.csv
printf '404 page not found\n' > go.csv
# saved with the headers (curl -i), and a web API's JSON error answer
# (before 2026-12-05 a one-column table, and a read_json hint that fails)
printf 'HTTP/2 404\r\ncontent-type: text/html\r\n\r\n<html><body>404</body></html>\n' > head404.csv
printf 'HTTP/1.1 200 OK\nContent-Type: text/csv\n\na,b\n1,2\n' > head200.csv
printf '{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}' > api.csv
for f in notfound.csv forbidden.csv gateway.csv go.csv head404.csv head200.csv api.csv; do
  $CT inspect "$f"; echo "exit $?"
done
# to a file, not a pipe: 'head -1' closing it early gave the writer a
# SIGPIPE (exit 141) under the sanitizer build's slower output
$CT regress notfound.csv --target a --positive b --features c > regress.txt 2>&1; rc=$?
head -1 regress.txt; echo "exit $rc"
printf '404\n1\n' > n1.csv
printf 'status\n404 Not Found\n' > n2.csv
for f in n1.csv n2.csv; do
  $CT inspect --no-schema "$f" | head -1; echo "exit $?"
done
