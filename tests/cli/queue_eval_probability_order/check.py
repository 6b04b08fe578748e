# The four orders' figures at capacity 3 and 2 reviews an hour, computed
# here from the two CSVs (every row labelled and with views, so views alone
# is exact), against queue-eval --json on standard input. Rows whose key
# ties (205 and 208, probability 0.9) stand in random order among
# themselves, never the queue's: the figures are averaged over every order
# of each tied group, enumerated here.
import csv, itertools, json, sys

j = json.load(sys.stdin)
lab = {r["video_id"]: r for r in csv.DictReader(open("labels.csv"))}
q = sorted(csv.DictReader(open("queue.csv")), key=lambda r: int(r["rank"]))
claim = lambda r: lab[r["id"]]["claim_status"] == "claim"
views = lambda r: float(lab[r["id"]]["video_view_count"])
P = sum(map(claim, q))
W = sum(views(r) for r in q if claim(r))


def every_tie_order(key):
    """each order of q by key, largest first, over every order of the ties"""
    groups = [list(g) for _, g in itertools.groupby(sorted(q, key=key), key=key)]
    for perms in itertools.product(*(itertools.permutations(g) for g in groups)):
        yield [r for p in perms for r in p]


def figures(o):
    return {
        "recall": sum(map(claim, o[:3])) / P,
        "weighted_recall": sum(views(r) for r in o[:3] if claim(r)) / W,
        "mean_hours_to_review": sum(k + 1 for k, r in enumerate(o) if claim(r)) / P / 2,
    }


orders = {
    "queue": [q],
    "views": list(every_tie_order(lambda r: -views(r))),
    "probability": list(every_tie_order(lambda r: -float(r["probability"]))),
}
for name, os_ in orders.items():
    got = j["at_capacity"][name]
    fs = [figures(o) for o in os_]
    want = {k: sum(f[k] for f in fs) / len(fs) for k in fs[0]}
    for k, v in want.items():
        assert abs(got[k] - v) < 1e-12, (name, k, got[k], v)
    print(name, "ok:", " ".join("%s %.6g" % kv for kv in want.items()))
curve = {p["reviews"]: p["probability"] for p in j["curve"]}
assert abs(curve[3]["recall"] - 0.625) < 1e-12
print("probability_order_is_queue", j["probability_order_is_queue"],
      "priority_is_probability", j["priority_is_probability"])
