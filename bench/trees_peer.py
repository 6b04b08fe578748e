# trees_peer.py — the peers of bench/trees.sh on the very design our bench
# wrote (svmlight: training rows first, then test rows): scikit-learn's
# RandomForestClassifier (200 trees, max_features 0.6, max_samples 0.7),
# HistGradientBoostingClassifier (300 rounds, max_depth 4, learning_rate
# 0.1, early stopping off) and XGBoost (tree_method="hist", 300 rounds,
# max_depth 4, learning_rate 0.1, min_child_weight 5), 2 threads each:
# fit time, 5-fold CV fit time (row i of the training rows in fold i % 5,
# as ours), prediction rows/s on one thread, test ROC AUC, recall and
# precision at 0.5. --repeat N fits N times and reports the least wall and
# the least CPU time (Python's timeit convention: the higher times are the
# machine's other work), as trees_bench's --repeat does for ours.
#   /usr/bin/python3 bench/trees_peer.py DESIGN.svm NTRAIN NCOLS [--cv 0|1] [--which rf,hgb,xgb]
#                                        [--repeat N]
import sys, time
import numpy as np
from sklearn.datasets import load_svmlight_file
from sklearn.metrics import roc_auc_score

path, ntr, ncols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
cv = 1
which = "rf,hgb,xgb"
repeat = 1
for i, a in enumerate(sys.argv):
    if a == "--repeat":
        repeat = max(1, int(sys.argv[i + 1]))
    if a == "--cv":
        cv = int(sys.argv[i + 1])
    if a == "--which":
        which = sys.argv[i + 1]
X, y = load_svmlight_file(path, n_features=ncols)
X = X.tocsr()
Xtr, ytr, Xte, yte = X[:ntr], y[:ntr], X[ntr:], y[ntr:]
dense = ncols <= 200  # the forest and HGB take dense input where it is small

def make(name, threads):
    if name == "rf":
        from sklearn.ensemble import RandomForestClassifier
        return RandomForestClassifier(n_estimators=200, max_features=0.6, max_samples=0.7,
                                      n_jobs=threads, random_state=0)
    if name == "hgb":
        from sklearn.ensemble import HistGradientBoostingClassifier
        return HistGradientBoostingClassifier(max_iter=300, max_depth=4, learning_rate=0.1,
                                              early_stopping=False, random_state=0)
    import xgboost
    return xgboost.XGBClassifier(tree_method="hist", n_estimators=300, max_depth=4,
                                 learning_rate=0.1, min_child_weight=5, n_jobs=threads,
                                 random_state=0)

def inp(name, A):
    # HGB takes no sparse input (sklearn 1.2): densified, as a user must
    return A.toarray() if (name == "hgb" or (dense and name == "rf")) else A

for name in which.split(","):
    Atr, Ate = inp(name, Xtr), inp(name, Xte)
    t_fit = c_fit = float("inf")
    for _ in range(repeat):
        m = make(name, 2)
        c0, t0 = time.process_time(), time.perf_counter()
        m.fit(Atr, ytr)
        t_fit = min(t_fit, time.perf_counter() - t0)
        c_fit = min(c_fit, time.process_time() - c0)
    t_cv = float("nan")
    if cv:
        idx = np.arange(ntr)
        t0 = time.perf_counter()
        for k in range(5):
            keep = idx % 5 != k
            make(name, 2).fit(Atr[keep], ytr[keep])
        t_cv = time.perf_counter() - t0
    if name == "rf":
        m.set_params(n_jobs=1)
    elif name == "xgb":
        m.set_params(n_jobs=1)
    rows, t0 = 0, time.perf_counter()
    while True:
        p = m.predict_proba(Ate)[:, 1]
        rows += Ate.shape[0]
        if time.perf_counter() - t0 >= 0.5:
            break
    rps = rows / (time.perf_counter() - t0)
    pred = p >= 0.5
    tp = np.sum(pred & (yte == 1)); fp = np.sum(pred & (yte == 0)); fn = np.sum(~pred & (yte == 1))
    print("peer_%s fit_s %.4f fit_cpu_s %.4f cv5_s %.4f predict_rows_per_s %.0f auc %.6f recall %.6f precision %.6f"
          % (name, t_fit, c_fit, t_cv, rps, roc_auc_score(yte, p), tp / (tp + fn), tp / (tp + fp)),
          flush=True)
