# eda -o DIR ended by a signal while writing its charts leaves no empty
# folder: the folders it made are removed (each only while empty) after the
# charts' temporaries, as a failure removes them. Before 2026-12-05 the
# temporaries went but new/charts stayed, empty. The signal is made
# deterministic: every chart's write fails (a file size limit of 0, SIGXFSZ
# ignored: EFBIG) and the error said on a standard error whose reader is
# gone raises SIGPIPE, before eda's own cleanup runs.
import os, resource, shutil, signal, subprocess, tempfile

ct = os.environ["CT"].split()


def no_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def left():
    out = []
    for top in ("new", "kept"):
        for root, dirs, files in os.walk(top):
            out += [root] + [os.path.join(root, f) for f in files]
    return " ".join(sorted(out)) or "nothing"


d = tempfile.mkdtemp()
try:
    os.chdir(d)
    subprocess.run(ct + ["synth", "-q", "--rows", "300", "--seed", "4", "-o", "s.csv"], check=True)
    os.mkdir("kept")
    for out in ("new/charts", "kept/new/charts"):
        r, w = os.pipe()
        os.close(r)
        p = subprocess.run(ct + ["eda", "-q", "s.csv", "-o", out], stdout=subprocess.DEVNULL,
                           stderr=w, preexec_fn=no_file_size)
        os.close(w)
        how = "signal %d" % -p.returncode if p.returncode < 0 else "exit %d" % p.returncode
        print("eda -o %s: %s; left: %s" % (out, how, left()))
    # the same failure said on a live standard error: eda's own cleanup
    p = subprocess.run(ct + ["eda", "-q", "s.csv", "-o", "new/charts"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, preexec_fn=no_file_size)
    print("eda -o new/charts: exit %d; left: %s" % (p.returncode, left()))
finally:
    os.chdir("/")
    shutil.rmtree(d)
