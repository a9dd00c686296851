#!/usr/bin/env python3
"""Paired whole-process timing of a baseline command against a candidate.

Usage: paired_runs.py RUNS BASELINE_CMD CANDIDATE_CMD

Each command is one shell-quoted string (split with shlex, run without a shell).
The two run alternately, RUNS times each, after one untimed warm-up run each, so
that drift in machine load (other jobs on a shared 2-core box) hits both sides of a
pair alike; the median of the per-pair ratios is therefore steadier than the ratio
of the two medians.

Prints one line: `baseline_ms candidate_ms ratio` (medians, ms to 0.1), or
`baseline_ms NA NA` when the candidate is empty ("") or fails; its error goes to
stderr.
Exit status is non-zero only when the baseline itself fails.
"""
import shlex
import statistics
import subprocess
import sys
import time


def timed(argv):
    """Wall time of one whole process in ms, and its exit status and stderr."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except OSError as e:  # missing or non-executable program
        return 0.0, 127, str(e)
    ms = (time.perf_counter() - start) * 1000.0
    return ms, proc.returncode, proc.stderr.decode("utf-8", "replace")


def failure(name, argv, code, err):
    last = err.strip().splitlines()[-1] if err.strip() else "(no message)"
    print("%s failed (exit %d): %s\n  %s" % (name, code, " ".join(argv), last), file=sys.stderr)


def main():
    if len(sys.argv) != 4 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    runs = int(sys.argv[1])
    base, cand = shlex.split(sys.argv[2]), shlex.split(sys.argv[3])

    _, code, err = timed(base)
    if code != 0:
        failure("baseline", base, code, err)
        return 1
    cand_ok = bool(cand)
    if cand_ok:
        _, code, err = timed(cand)
        cand_ok = code == 0
        if not cand_ok:
            failure("candidate", cand, code, err)

    base_ms, cand_ms, ratios = [], [], []
    for _ in range(runs):
        b, code, err = timed(base)
        if code != 0:
            failure("baseline", base, code, err)
            return 1
        base_ms.append(b)
        if cand_ok:
            c, code, err = timed(cand)
            if code != 0:
                failure("candidate", cand, code, err)
                cand_ok = False
                continue
            cand_ms.append(c)
            ratios.append(c / b)

    med = statistics.median
    if cand_ok and cand_ms:
        print("%.1f %.1f %.2f" % (med(base_ms), med(cand_ms), med(ratios)))
    else:
        print("%.1f NA NA" % med(base_ms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
