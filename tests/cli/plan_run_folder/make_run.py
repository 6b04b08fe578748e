#!/usr/bin/python3
"""Build a `claimtriage run` folder without `run`: the stages of the run
folder contract (docs/formats.md, "Run manifest"), each the binary in $CT
run as a subprocess with its stdout saved to the stage's file, then
manifest.json as `run` writes it (hashes with hashlib.sha256, the same
digest sha256sum prints).

usage: make_run.py FILE DIR [--seed S]      build DIR from input FILE
       make_run.py --rehash DIR NAME...     record NAME's current hash in
                                            DIR/manifest.json (a file swapped
                                            in AND its hash forged)

The report stage is left "not run" and the run "running": the manifest as
it stands before the report stage (the report command is not on this
branch). plan --status reads a "running" manifest as a run going on only
while a process holds the folder's lock, as `run` does (ct_plan_run_live):
the tests read it under flock(1) ("flock out $CT plan --status out");
without it, the run is an interrupted one. This is a test helper
(tests/cli/plan_*), not part of the tool.
"""
import hashlib, json, os, shlex, subprocess, sys, time

CT = shlex.split(os.environ["CT"])


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for b in iter(lambda: f.read(1 << 16), b""):
            h.update(b)
    return "sha256:" + h.hexdigest()


def output(d, name):
    p = os.path.join(d, name)
    return {"file": name, "sha256": sha(p), "bytes": os.path.getsize(p)}


def build(file, d, seed):
    os.makedirs(os.path.join(d, "charts"), exist_ok=True)
    j = lambda n: os.path.join(d, n)
    stages = [
        ("plan", "Plan", ["plan", "--json"], "plan.json", []),
        ("inspect", "Analyze", ["inspect", "--json", file], "inspect.json", []),
        ("eda", "Analyze", ["eda", "--json", "-o", j("charts"), file], "eda.json", "charts/eda"),
        ("test", "Analyze", ["test", "--json", file], "test.json", []),
        ("regress", "Construct", ["regress", "--json", file], "regress.json", []),
        ("train", "Construct", ["train", "--json", "--seed", str(seed), file, "-m", j("model.ctm")],
         "train.json", ["model.ctm"]),
        ("evaluate", "Execute", ["evaluate", "--json", file, "-m", j("model.ctm")], "evaluate.json", []),
        ("score", "Execute", ["score", "--json", file, "-m", j("model.ctm"), "-o", j("queue.csv")],
         "score.json", ["queue.csv"]),
        ("queue-eval", "Execute", ["queue-eval", "--json", j("queue.csv"), "--labels", file, "-o",
                                   j("charts")], "queue_eval.json",
         ["charts/queue_recall.svg", "charts/queue_view_recall.svg"]),
    ]
    before = set()
    out = []
    for name, pace, args, stdout, extra in stages:
        t0 = time.time()
        if extra == "charts/eda":
            before = set(os.listdir(j("charts")))
        with open(j(stdout + ".tmp"), "wb") as f:
            rc = subprocess.call(CT + args, stdout=f,
                                 stderr=subprocess.DEVNULL)
        os.rename(j(stdout + ".tmp"), j(stdout))
        if extra == "charts/eda":
            extra = ["charts/" + c for c in sorted(set(os.listdir(j("charts"))) - before)]
        out.append({"name": name, "pace": pace, "command": "claimtriage " + " ".join(args),
                    "status": "done" if rc == 0 else "failed", "exit_code": rc,
                    "duration_s": round(time.time() - t0, 3), "message": None,
                    "outputs": [output(d, n) for n in [stdout] + extra]})
        if rc != 0:
            sys.exit("make_run.py: stage %s failed (exit %d)" % (name, rc))
    out.append({"name": "report", "pace": "Execute", "command": "claimtriage report " + d,
                "status": "not run", "exit_code": None, "duration_s": None, "message": None,
                "outputs": []})
    ins = json.load(open(j("inspect.json")))
    version = json.load(open(j("plan.json")))["version"]
    man = {"tool": "claimtriage", "version": version, "command": "run", "schema_version": 1,
           "status": "running", "failed_stage": None,
           "input": {"file": file, "sha256": sha(file), "bytes": os.path.getsize(file),
                     "rows_read": ins["rows_read"], "rows_used": ins["rows_used"],
                     "rows_skipped": ins["rows_skipped"], "synthetic": False},
           "seed": seed, "threads": 2, "redacted": False,
           "command_line": "claimtriage run %s -o %s" % (file, d),
           "options": {"start": None, "reviews_per_hour": 60, "cost_per_hour": 40,
                       "capacity": None},
           "stages": out}
    write_manifest(d, man)


def write_manifest(d, man):
    p = os.path.join(d, "manifest.json")
    with open(p + ".tmp", "w") as f:
        json.dump(man, f, indent=2)
        f.write("\n")
    os.rename(p + ".tmp", p)


def rehash(d, names):
    p = os.path.join(d, "manifest.json")
    man = json.load(open(p))
    for st in man["stages"]:
        for o in st["outputs"]:
            if o["file"] in names:
                o.update(output(d, o["file"]))
    write_manifest(d, man)


if __name__ == "__main__":
    a = sys.argv[1:]
    if a and a[0] == "--rehash":
        rehash(a[1], set(a[2:]))
    else:
        seed = int(a[a.index("--seed") + 1]) if "--seed" in a else 42
        build(a[0], a[1], seed)
