import numpy as np, warnings
warnings.simplefilter("ignore")
from sklearn.metrics import *
from sklearn.calibration import calibration_curve, _sigmoid_calibration, _SigmoidCalibration
from sklearn.isotonic import IsotonicRegression
rng = np.random.RandomState(7)
n = 40
y = (rng.rand(n) < 0.45).astype(float)
s = np.round(np.clip(0.35*y + 0.65*rng.rand(n), 0, 1), 2)
s[0] = 0.0; s[1] = 1.0; s[2] = 0.1; s[3] = 0.2; s[4] = 0.30000000000000004; s[5]=0.3
y[0]=1; y[1]=0
print("y", list(y.astype(int)))
print("s", list(s))
p = (s >= 0.5).astype(int)
print(repr(accuracy_score(y,p)), repr(balanced_accuracy_score(y,p)), repr(precision_score(y,p)), repr(recall_score(y,p)), repr(f1_score(y,p)), confusion_matrix(y,p).ravel())
print(repr(roc_auc_score(y,s)), repr(average_precision_score(y,s)), repr(log_loss(y,s)), repr(brier_score_loss(y,s)))
pt, pp = calibration_curve(y, s, n_bins=10)
bins = np.linspace(0,1,11); ids = np.searchsorted(bins[1:-1], s); cnt = np.bincount(ids, minlength=10)
print("cnt", list(cnt)); print("pt", [repr(v) for v in pt]); print("pp", [repr(v) for v in pp])
nz = cnt > 0
print("ece", repr(np.sum(cnt[nz]/n*np.abs(pt-pp))))
