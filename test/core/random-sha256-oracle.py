"""Oracle for test/core/random.test.ts and test/core/sha256.test.ts: run with /usr/bin/python3 test/core/random-sha256-oracle.py.
mulberry32 written from its reference C code (not from src/core/random.ts); SHA-256 from hashlib."""
import hashlib
def mulberry32(a):
    def f():
        nonlocal a
        a = (a + 0x6D2B79F5) & 0xFFFFFFFF
        t = a
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296
    return f
for s in (1, 42):
    r = mulberry32(s); print(s, [r() for _ in range(4)])
r = mulberry32(9); xs = [1,2,3,4,5,6,7,8]
for i in range(len(xs)-1, 0, -1):
    j = int(r() * (i + 1)); xs[i], xs[j] = xs[j], xs[i]
print(xs)
for t in ['', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', 'a'*55, 'a'*56, 'a'*64, 'João Gonçalves', '😀']:
    print(hashlib.sha256(t.encode('utf-8')).hexdigest())
