# Random order's reviews to find the claims the queue's first day finds is
# an expected value: the m-th of K claims at random places among n reports
# comes on average at m (n + 1) / (K + 1). Before 2026-12-05 the report used
# m / K x n, which overstates it when the day finds all of a few claims (600
# for 8 claims among 600 reports, where the expectation is 534.2), and the
# saving with it. Here a synthetic file whose claims are thinned to about
# 2% (the day finds them all) and the unthinned one (it finds some); the
# figure is checked against the formula and against a simulation. The
# thinned file's day is --capacity 240 (since 2026-12-07): all 11 claims
# within the first 480 of 595 reviews is a lead random order reaches by
# chance too often (hypergeometric p about 0.1, tests/cli/report_random_test),
# so the box counted no hours there; within 240 it is not (p about 5e-5).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 6000 --seed 5 -o s.csv
awk -F, 'NR == 1 || $2 != "claim" || NR % 50 == 0' s.csv >few.csv
$CT run -q few.csv -o few --capacity 240 >/dev/null 2>&1
$CT run -q s.csv -o many >/dev/null 2>&1
for r in few many; do
  python3 -c '
import html, json, random, re, sys
f = json.load(open(sys.argv[1] + "/report.json"))["finance"]
n, K, D, R = f["queue_rows"], f["claims"], min(f["day_reviews"], f["queue_rows"]), f["reviews_per_hour"]
m = round(f["recall_first_day_queue"] * K)
print(sys.argv[1], "n", n, "claims", K, "found in the day", m, "day", D)
print("  random order needs %.2f reviews (m (n + 1) / (K + 1) = %.2f; the old m / K x n = %.2f)"
      % (f["reviews_arrival_needs"], m * (n + 1) / (K + 1), m / K * n))
rng = random.Random(7)
draws = 20000
sim = sum(sorted(rng.sample(range(1, n + 1), K))[m - 1] for _ in range(draws)) / draws
print("  simulation (%d draws) within 1%% of it:" % draws, abs(sim - f["reviews_arrival_needs"]) < 0.01 * sim)
print("  hours saved = (needs - D) / R:", abs(f["hours_saved"] - (f["reviews_arrival_needs"] - D) / R) < 1e-9)
t = open(sys.argv[1] + "/report.html", encoding="utf-8").read()
x = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))
print("  box:", re.search(r"random order would need about [0-9,]+ reviews to find \([^)]*\)\. The difference, [0-9,]+ reviews", x).group(0))
print("  formula:", re.search(r"hours sooner = [^;]*;", x).group(0))' "$r"
done
