import numpy as np, warnings
warnings.simplefilter("ignore")
from scipy.optimize import fmin_bfgs
from scipy.special import expit, xlogy
from sklearn.calibration import _sigmoid_calibration, _SigmoidCalibration
from sklearn.isotonic import IsotonicRegression
rng = np.random.RandomState(3)
n = 30
y = (rng.rand(n) < 0.4).astype(float)
F = np.round(rng.randn(n) + 1.5*y, 1)
F[5] = F[6]  # a tie
F[7] = 0.5; F[8] = 0.5 + 1e-16; F[9] = 0.5 + 2e-15   # within / beyond the resolution
y[7]=1; y[8]=0; y[9]=1
print("y", list(y.astype(int))); print("F", [repr(v) for v in F])
a,b = _sigmoid_calibration(F, y); print("sk", repr(a), repr(b))
prior0 = float(np.sum(y<=0)); prior1 = n - prior0
T = np.where(y>0, (prior1+1)/(prior1+2), 1/(prior0+2)); T1 = 1-T
def obj(AB):
    P = expit(-(AB[0]*F+AB[1])); return -(xlogy(T,P)+xlogy(T1,1-P)).sum()
def grad(AB):
    P = expit(-(AB[0]*F+AB[1])); d = T-P; return np.array([d@F, d.sum()])
AB = np.array([0.0, np.log((prior0+1)/(prior1+1))])
for it in range(50):
    P = expit(-(AB[0]*F+AB[1])); q = P*(1-P)
    H = np.array([[q@(F*F), q@F],[q@F, q.sum()]]); g = grad(AB)
    AB = AB - np.linalg.solve(H, g)
print("newton", repr(AB[0]), repr(AB[1]), grad(AB))
Ft = np.array([-3.0, -0.25, 0.0, 0.5, 1.0, 2.2, 5.0])
print("sk_pred", [repr(v) for v in _SigmoidCalibration().fit(F,y).predict(Ft)])
ir = IsotonicRegression(out_of_bounds='clip').fit(F, y)
print("X", [repr(v) for v in ir.X_thresholds_]); print("Y", [repr(v) for v in ir.y_thresholds_])
Fi = np.array([-9.0, F.min(), -0.3, 0.0, 0.5, 0.75, 1.15, F.max(), 9.0])
print("Fi", [repr(v) for v in Fi])
print("iso_pred", [repr(v) for v in ir.predict(Fi)])
w = 0.5 + (np.arange(n) % 4) * 0.25
irw = IsotonicRegression(out_of_bounds='clip').fit(F, y, sample_weight=w)
print("Xw", [repr(v) for v in irw.X_thresholds_]); print("Yw", [repr(v) for v in irw.y_thresholds_])
print("iso_pred_w", [repr(v) for v in irw.predict(Fi)])
aw,bw = _sigmoid_calibration(F, y, sample_weight=w); print("skw", repr(aw), repr(bw))
Fi2 = np.array([0.2, 0.3, 2.05, 2.09])
print("iso_pred2", [repr(v) for v in ir.predict(Fi2)])
Ft2 = np.array([0.5, 0.5000000000000001, 0.500000000000002, 0.6, 0.7])
for Fx in ([0.5, 0.5000000000000001, 0.7], [0.5, 0.500000000000002, 0.7]):
    r3 = IsotonicRegression(out_of_bounds='clip').fit(np.array(Fx), np.array([0.,1.,1.]))
    print("tie", Fx, [repr(v) for v in r3.X_thresholds_], [repr(v) for v in r3.y_thresholds_], [repr(v) for v in r3.predict(Ft2)])
