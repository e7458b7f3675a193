"""Oracle values for the drift tests (test/core/drift/*.test.ts), computed with python3 and plain math only:
SciPy is not available here, so each value comes from a method other than the TypeScript one (numerical
integration instead of series and continued fractions, brute-force enumeration and closed forms instead of the
lattice recursion, quantile functions instead of distribution functions). Run: python3 test/core/drift/oracles.py
"""
import itertools
import math
from fractions import Fraction


def Q(a, x, steps=200000):
    """Regularised upper incomplete gamma: e^-x / Γ(a) ∫₀^∞ (x+s)^(a-1) e^-s ds, s = w², Simpson's rule."""
    W = math.sqrt(80 + 4 * a)
    h = W / steps

    def f(w):
        s = w * w
        return 2 * w * math.exp((a - 1) * math.log(x + s) - s - x - math.lgamma(a))

    total = f(0) + f(W)
    for i in range(1, steps):
        total += (4 if i % 2 else 2) * f(i * h)
    return total * h / 3


def chi2_contingency(r, c):
    """Pearson chi-square of the 2 × k table (reference counts r, current counts c), df and p = Q(df/2, x/2)."""
    R, C = sum(r), sum(c)
    N = R + C
    stat = 0
    for a, b in zip(r, c):
        t = a + b
        if t == 0:
            continue
        ea, eb = R * t / N, C * t / N
        stat += (a - ea) ** 2 / ea + (b - eb) ** 2 / eb
    df = sum(1 for a, b in zip(r, c) if a + b) - 1
    return stat, df, Q(df / 2, stat / 2)


def z(x1, n1, x2, n2):
    """Pooled two-proportion z and its two-sided p-value by math.erfc."""
    P = (x1 + x2) / (n1 + n2)
    zz = (x2 / n2 - x1 / n1) / math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
    return zz, math.erfc(abs(zz) / math.sqrt(2))


def D_numer(a, b):
    """m·n·D: for every pooled value x, |#a ≤ x · n − #b ≤ x · m|, maximised."""
    m, n = len(a), len(b)
    return max(abs(sum(v <= x for v in a) * n - sum(v <= x for v in b) * m) for x in set(a) | set(b))


def brute_p(m, n, h):
    """P(m·n·D ≥ h) by enumerating every split of the m + n pooled ranks."""
    hits = total = 0
    for chosen in itertools.combinations(range(m + n), m):
        s, i, j, hh = set(chosen), 0, 0, 0
        for r in range(m + n):
            i, j = (i + 1, j) if r in s else (i, j + 1)
            hh = max(hh, abs(i * n - j * m))
        total += 1
        hits += hh >= h
    return hits / total


def gk_p(n, k):
    """Gnedenko-Korolyuk: P(D_{n,n} ≥ k/n) = 2 Σ_j (-1)^(j+1) C(2n, n - jk) / C(2n, n)."""
    s = sum((-1) ** (j + 1) * math.comb(2 * n, n - j * k) for j in range(1, n // k + 1))
    return float(Fraction(2 * s, math.comb(2 * n, n)))


def lattice_p(m, n, h):
    """1 − (integer count of lattice paths keeping |i n − j m| < h) / C(m + n, m), in exact arithmetic."""
    row = [0] * (n + 1)
    for i in range(m + 1):
        for j in range(n + 1):
            if abs(i * n - j * m) >= h:
                row[j] = 0
            elif i == 0 and j == 0:
                row[j] = 1
            else:
                row[j] = (row[j] if i > 0 else 0) + (row[j - 1] if j > 0 else 0)
    return float(1 - Fraction(row[n], math.comb(m + n, m)))


def Qks(lam, terms=200):
    """Kolmogorov's survival function by its alternating series."""
    return 2 * sum((-1) ** (k - 1) * math.exp(-2 * k * k * lam * lam) for k in range(1, terms))


def wass_quantile(u, v):
    """W1 = ∫₀¹ |F_u⁻¹(t) − F_v⁻¹(t)| dt, over the breakpoints i/m and j/n."""
    u, v = sorted(u), sorted(v)
    m, n = len(u), len(v)
    ts = sorted(set([i / m for i in range(m + 1)] + [j / n for j in range(n + 1)]))
    return sum(
        abs(u[math.ceil((lo + hi) / 2 * m) - 1] - v[math.ceil((lo + hi) / 2 * n) - 1]) * (hi - lo)
        for lo, hi in zip(ts, ts[1:])
    )


def pstd(x):
    mu = sum(x) / len(x)
    return math.sqrt(sum((a - mu) ** 2 for a in x) / len(x))


def js(p, q, base=math.e):
    sp, sq = sum(p), sum(q)
    p, q = [x / sp for x in p], [x / sq for x in q]
    d = 0
    for a, b in zip(p, q):
        m = (a + b) / 2
        d += (a * math.log(a / m) if a > 0 else 0) + (b * math.log(b / m) if b > 0 else 0)
    return math.sqrt(d / 2 / math.log(base))


def bh(p):
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    adjusted, running = [0] * m, 1
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p[i] * m / rank)
        adjusted[i] = running
    return adjusted


if __name__ == "__main__":
    for a, x in [(0.5, 0.01), (0.5, 1.9205), (0.5, 8), (1, 2.9957), (3, 0.5), (5, 9.1535), (10, 1), (50, 30), (50, 70), (2, 50)]:
        print("Q", a, x, repr(Q(a, x)))
    print("P(10, 1)", sum(math.exp(-1) / math.factorial(k) for k in range(10, 60)))
    print("chi2", chi2_contingency([30, 50, 20], [20, 25, 15]))
    print("chi2", chi2_contingency([120, 80, 0], [30, 19, 1]))
    print("chi2", chi2_contingency([120, 80, 0], [25, 15, 10]))
    print("z", z(40, 100, 55, 100), z(300, 1000, 12, 30), z(160, 200, 54, 80))
    a, b = [0.61, 1.2, 2.3, 2.9, 3.7], [1.9, 3.1, 4.4, 5.0, 5.2, 6.3]
    print("ks 5v6", D_numer(a, b), brute_p(5, 6, D_numer(a, b)))
    a, b = [3, 8, 1, 12, 7, 15, 4, 9], [10, 14, 16, 11, 20, 6, 18]
    print("ks 8v7", D_numer(a, b), brute_p(8, 7, D_numer(a, b)))
    print("ks 10v10", brute_p(10, 10, 60), gk_p(10, 6))
    print("ks gk", gk_p(30, 10), gk_p(100, 20))
    print("ks 40v60", lattice_p(40, 60, 960))
    ref, cur = [i / 200 for i in range(200)], [0.15 + 0.85 * i / 300 for i in range(300)]
    h = D_numer(ref, cur)
    en = 200 * 300 / 500
    lam = (math.sqrt(en) + 0.12 + 0.11 / math.sqrt(en)) * h / 60000
    print("ks asymptotic", h, lam, repr(Qks(lam)), lattice_p(200, 300, h))
    for lam in [0.5, 1.0, 1.18, 1.2238, 1.3581, 1.6276, 2.5]:
        print("Qks", lam, repr(Qks(lam)))
    u, v = [3.4, 1.2, 7.7, 5.5, 2.2, 9.1, 4.4], [2.5, 6.6, 8.8, 1.1, 3.3]
    print("wasserstein", wass_quantile([0, 1], [0, 1, 2, 3]), repr(wass_quantile(u, v)), repr(wass_quantile(u, v) / pstd(u)))
    print("js", js([1.0, 0.0], [0.5, 0.5]), repr(js([50, 30, 20], [40, 40, 20])), repr(js([50, 30, 20], [40, 40, 20], 2)))
    print("bh", bh([0.01, 0.04, 0.03, 0.005, 0.2]))
