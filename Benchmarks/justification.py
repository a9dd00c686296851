#!/usr/bin/env python3
"""Evenness of justified lines, measured from the PDF as a reader sees it (issue 3's method).

usage: justification.py [--size PT] [--min-words N] FILE.pdf [FILE.pdf ...]

For each justified line (MIN_WORDS or more words, reaching the column's right edge, so not a
paragraph's last line) take the median gap between its words, in ems of the body size. Over all
lines print the median, the 95th percentile, and their ratio. Words and their boxes come from
`pdftotext -bbox-layout`. Lines are grouped into columns by their left edge. Only body lines
count: a line whose words are not the height of the document's most common line (a title or a
heading that happens to reach the right edge) is not a justified paragraph line.
"""
import argparse
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/1999/xhtml}"


def lines_of(pdf):
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True, capture_output=True).stdout
    root = ET.fromstring(xhtml)
    for page in root.iter(NS + "page"):
        page_lines = []
        for line in page.iter(NS + "line"):
            boxes = list(line.iter(NS + "word"))
            words = [(float(w.get("xMin")), float(w.get("xMax"))) for w in boxes]
            if words:
                height = statistics.median(float(w.get("yMax")) - float(w.get("yMin")) for w in boxes)
                page_lines.append((words, height))
        yield page_lines


def measure(pdf, size, min_words):
    pages = list(lines_of(pdf))
    heights = [round(height * 2) / 2 for page_lines in pages for _, height in page_lines]
    body = statistics.mode(heights) if heights else 0
    gaps = []
    for page_lines in pages:
        page_lines = [words for words, height in page_lines if abs(height - body) <= 0.2 * body]
        # Right edge of each column: the largest xMax among lines starting near the same left edge.
        edges = {}
        for words in page_lines:
            key = round(words[0][0] / 20)
            edges[key] = max(edges.get(key, 0), words[-1][1])
        for words in page_lines:
            if len(words) < min_words:
                continue
            right = edges[round(words[0][0] / 20)]
            if words[-1][1] < right - 1.0:
                continue  # a last or ragged line: not stretched
            line_gaps = [b[0] - a[1] for a, b in zip(words, words[1:])]
            gaps.append(statistics.median(line_gaps) / size)
    return gaps


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=10.5, help="body font size in points")
    parser.add_argument("--min-words", type=int, default=5)
    parser.add_argument("pdfs", nargs="+")
    args = parser.parse_args()
    print("| PDF | justified lines | median gap (em) | p95 gap (em) | p95 / median |")
    print("|---|---:|---:|---:|---:|")
    for pdf in args.pdfs:
        gaps = measure(pdf, args.size, args.min_words)
        if not gaps:
            print(f"| {pdf} | 0 | – | – | – |")
            continue
        median, p95 = statistics.median(gaps), percentile(gaps, 95)
        print(f"| {pdf.split('/')[-1]} | {len(gaps)} | {median:.3f} | {p95:.3f} | {p95 / median:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
