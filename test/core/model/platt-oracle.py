"""Oracle for the Platt fits in calibration.test.ts: the exact minimiser of Platt's loss, to 50 digits.

Run with /usr/bin/python3 (Debian python3-mpmath), e.g.
  /usr/bin/python3 test/core/model/platt-oracle.py '[["a tie", [0.5, 0.7, 0.7], [0, 0, 1]]]'
and the test quotes each call as platt(risks, labels) → (a, b).
"""
import json, sys

from mpmath import mp, mpf, log, exp, matrix, lu_solve
mp.dps = 50
def logit(r):
    p = min(1 - 1e-12, max(1e-12, r))
    return log(mpf(p) / (1 - mpf(p)))
def platt(risks, labels):
    """Exact minimiser (50 digits) of Platt's loss sum t(af+b) + log(1+exp(-(af+b))), Platt's targets."""
    f = [logit(r) for r in risks]
    P = sum(labels); N = len(labels) - P
    t = [mpf(P + 1) / (P + 2) if y == 1 else mpf(1) / (N + 2) for y in labels]
    a, b = mpf(0), log(mpf(N + 1) / (P + 1))
    def loss(a, b): return sum(ti * (a * fi + b) + log(1 + exp(-(a * fi + b))) for fi, ti in zip(f, t))
    cur = loss(a, b)
    for _ in range(500):
        ga = gb = hab = mpf(0); haa = hbb = mpf(10) ** -60
        for fi, ti in zip(f, t):
            q = 1 / (1 + exp(a * fi + b)); d = ti - q; w = q * (1 - q)
            ga += fi * d; gb += d; haa += fi * fi * w; hab += fi * w; hbb += w
        if abs(ga) < mpf(10) ** -22 and abs(gb) < mpf(10) ** -22: break
        det = haa * hbb - hab * hab
        da = -(hbb * ga - hab * gb) / det; db = -(-hab * ga + haa * gb) / det
        s = mpf(1)
        while True:
            nxt = loss(a + s * da, b + s * db)
            if nxt < cur + mpf('1e-4') * s * (ga * da + gb * db) or s < mpf(10) ** -30: break
            s /= 2
        a += s * da; b += s * db; cur = nxt
    else:
        raise RuntimeError('no convergence')
    return float(a), float(b)
if __name__ == '__main__':
    for name, risks, labels in json.loads(sys.argv[1]):
        print(name, repr(platt(risks, labels)))
