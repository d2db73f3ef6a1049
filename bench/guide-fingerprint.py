#!/usr/bin/env python3
"""Rebuilds tests/fixtures/guide.fingerprint from the guide's text, for the own-words check
(tests/cli/own_words.rs).

The fingerprint holds hashes, not text. The guide is lower-cased and everything but ASCII letters
and digits dropped (so "co-donors" in our data meets "codonors" in the PDF's extracted text);
every run of K characters is hashed (32-bit FNV-1a), and of each W consecutive hashes only the
smallest is kept (winnowing, as the plagiarism detector MOSS keeps its fingerprints). This is
done twice, for 20-character and for 32-character windows: a run of ours passes for the guide's
only when both agree, which tells a copied run from one stitched of two passages that share a
phrase. Hashes without their positions cannot give the text back.

Format: one ASCII header line, then the sorted hashes of each size as 4-byte big-endian numbers.

Usage, from the repository root (the counts it prints go in no file):
    python3 bench/guide-fingerprint.py ../shared/guide/global-china-guide.txt tests/fixtures/guide.fingerprint
"""

import struct
import sys

SIZES = [(20, 5), (32, 5)]


def normalise(text):
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum())


def fnv1a(data):
    h = 2166136261
    for b in data:
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def kept(s, k, w):
    hashes = [fnv1a(s[i : i + k]) for i in range(len(s) - k + 1)]
    return sorted({min(hashes[i : i + w]) for i in range(max(len(hashes) - w + 1, 1))})


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        s = normalise(f.read()).encode()
    sets = [kept(s, k, w) for k, w in SIZES]
    sizes = " ".join(f"k={k},w={w},n={len(h)}" for (k, w), h in zip(SIZES, sets))
    with open(sys.argv[2], "wb") as out:
        out.write(f"icso-assess guide fingerprint v1 fnv1a-32 {sizes}\n".encode())
        for h in sets:
            out.write(b"".join(struct.pack(">I", x) for x in h))
    print(sizes)


if __name__ == "__main__":
    main()
