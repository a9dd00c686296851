#!/usr/bin/env python3
"""N distinct articles for `folio batch` benchmarks, recombined from the seed's sentences.

Usage: gen_batch_corpus.py SEED_TXT OUT_DIR COUNT

Each article is in the seed's plain-text page shape (breadcrumb, title, timestamp, paragraphs,
"[Print] [Close]"), one to two A4 pages long, with its own title and a publication time spread
over a week, so the volume has something to sort. Deterministic: the same COUNT gives the same
files, and the first N articles of a larger corpus equal a corpus of N.
"""
import os
import random
import re
import sys


def main():
    seed_path, out_dir, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    lines = open(seed_path, encoding="utf-8").read().replace("\r\n", "\n").split("\n")
    crumb = lines[0].strip()
    body = [l.strip() for l in lines[3:] if l.strip() and not l.strip().startswith("[Print]")]
    sentences = [s.strip() for p in body for s in re.split(r"(?<=[.;])\s+(?=[A-Z\u201c\"])", p) if len(s.strip()) > 20]
    words = sorted({w for s in sentences for w in re.findall(r"[A-Za-z]{5,}", s)})
    os.makedirs(out_dir, exist_ok=True)
    for n in range(count):
        rng = random.Random(n)
        title = " ".join(rng.sample(words, 6)).capitalize() + f" ({n + 1})"
        day, hour, minute = 5 + n % 7, 8 + (n * 7) % 12, (n * 13) % 60
        paragraphs = [" ".join(rng.sample(sentences, rng.randint(3, 5))) for _ in range(rng.randint(6, 11))]
        with open(os.path.join(out_dir, f"{n + 1:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"{crumb}\n{title}\n2018-11-{day:02d} {hour:02d}:{minute:02d}:00\n\n")
            f.write("\n\n".join(paragraphs) + "\n\n[Print] [Close]\n")


if __name__ == "__main__":
    main()
