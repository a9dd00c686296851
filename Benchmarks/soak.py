#!/usr/bin/env python3
"""Soak test of folio-serve: mixed load for a set time, a report line every minute.

usage: soak.py --server PATH/folio-serve [--minutes 30] [--clients 8] [--port 18090]

Starts folio-serve on a fresh archive (loopback), archives the seed once, then runs CLIENTS
threads, each sending one request after another, picked at random with these weights:
POST /render of the seed 40 %, GET the archived PDF 30 %, GET /search 20 %, POST /archive of the
seed under a new title 10 %. Every minute it prints the requests, errors (any failure or status
other than 2xx, except a deliberate 503 from a full render gate), 503s, p50 and p99 latency and
the server's RSS, and p50/p99 per kind of request. At the end: a summary and a Markdown table for BENCHMARKS.md. Exits 1 when the
server crashed (it is not restarted: a crash ends the run) or any request erred.
"""
import argparse, http.client, json, os, random, signal, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "samples/wic2018/wic-plenary.txt")


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()
        self.total = {"requests": 0, "errors": 0, "busy": 0}
        self.error_samples = []

    def reset(self):
        self.latencies, self.requests, self.errors, self.busy = [], 0, 0, 0
        self.by_kind = {}

    def record(self, kind, seconds, outcome, detail=None):
        with self.lock:
            self.requests += 1
            self.total["requests"] += 1
            self.latencies.append(seconds)
            self.by_kind.setdefault(kind, []).append(seconds)
            if outcome == "busy":
                self.busy += 1
                self.total["busy"] += 1
            elif outcome == "error":
                self.errors += 1
                self.total["errors"] += 1
                if len(self.error_samples) < 20:
                    self.error_samples.append(f"{kind}: {detail}")

    def take(self):
        with self.lock:
            snapshot = (sorted(self.latencies), self.requests, self.errors, self.busy,
                        {kind: sorted(values) for kind, values in self.by_kind.items()})
            self.reset()
            return snapshot


def percentile(values, p):
    if not values:
        return 0.0
    return values[min(len(values) - 1, int(p / 100 * len(values)))]


def request(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, data
    finally:
        connection.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--port", type=int, default=18090)
    args = parser.parse_args()

    seed = open(SEED, "rb").read()
    lines = seed.split(b"\n")
    work = tempfile.mkdtemp(prefix="folio-soak.")
    token = f"soak-{random.randrange(1 << 40)}"
    log = open(os.path.join(work, "server.log"), "wb")
    server = subprocess.Popen(
        [args.server, "--host", "127.0.0.1", "--port", str(args.port), "--root", os.path.join(work, "archive")],
        env=dict(os.environ, FOLIO_TOKEN=token), stdout=log, stderr=log)
    for _ in range(200):
        try:
            if request(args.port, "GET", "/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.1)
    else:
        sys.exit(f"soak: server did not start (see {work}/server.log)")
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "text/plain"}
    status, data = request(args.port, "POST", "/archive?name=seed.txt", seed, auth)
    if status not in (200, 201):
        sys.exit(f"soak: archiving the seed failed: {status} {data[:200]}")
    pdf_path = json.loads(data)["pdf"]
    print(f"soak: folio-serve pid {server.pid}, {args.clients} clients, {args.minutes:g} minutes; work folder {work}", flush=True)

    stats = Stats()
    stop = threading.Event()
    counter = [0]
    counter_lock = threading.Lock()
    words = ["internet", "conference", "Wuzhen", "cyberspace", "digital", "plenary", "Xi", "community"]

    def client(number):
        rng = random.Random(number)
        while not stop.is_set():
            roll = rng.random()
            try:
                start = time.monotonic()
                if roll < 0.4:
                    kind = "render"
                    status, _ = request(args.port, "POST", "/render", seed, {"Content-Type": "text/plain"})
                elif roll < 0.7:
                    kind = "pdf"
                    status, _ = request(args.port, "GET", pdf_path)
                elif roll < 0.9:
                    kind = "search"
                    status, _ = request(args.port, "GET", "/search?q=" + rng.choice(words))
                else:
                    kind = "archive"
                    with counter_lock:
                        counter[0] += 1
                        n = counter[0]
                    body = b"\n".join(lines[:1] + [lines[1] + f" (soak {n})".encode()] + lines[2:])
                    status, _ = request(args.port, "POST", f"/archive?name=soak-{n}.txt", body, auth)
                seconds = time.monotonic() - start
                outcome = "ok" if 200 <= status < 300 else "busy" if status == 503 else "error"
                stats.record(kind, seconds, outcome, f"status {status}")
            except Exception as error:  # a refused or reset connection is an error
                stats.record("connection", time.monotonic() - start, "error", repr(error))
                time.sleep(0.1)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(args.clients)]
    for thread in threads:
        thread.start()
    rows, crashed = [], False
    began = time.monotonic()
    end = began + args.minutes * 60
    kinds = ["render", "pdf", "search", "archive"]
    print("| minute | requests | req/s | errors | 503 | p50 ms | p99 ms | server RSS MB | "
          + " | ".join(f"{kind} p50/p99 ms" for kind in kinds) + " |", flush=True)
    print("|---|---|---|---|---|---|---|---|" + "---|" * len(kinds), flush=True)
    minute = 0
    while time.monotonic() < end and not crashed:
        next_report = began + (minute + 1) * 60
        while time.monotonic() < min(next_report, end):
            time.sleep(1)
            if server.poll() is not None:
                crashed = True
                break
        minute += 1
        latencies, count, errors, busy, by_kind = stats.take()
        elapsed = 60 if not crashed else max(1, time.monotonic() - (began + (minute - 1) * 60))
        rss = rss_mb(server.pid)
        row = (minute, count, count / elapsed, errors, busy, percentile(latencies, 50) * 1000, percentile(latencies, 99) * 1000, rss)
        rows.append(row)
        per_kind = " | ".join("%.0f / %.0f" % (percentile(by_kind.get(kind, []), 50) * 1000,
                                                percentile(by_kind.get(kind, []), 99) * 1000) for kind in kinds)
        print("| %d | %d | %.1f | %d | %d | %.0f | %.0f | %s | %s |" % (row[:7] + ("%.1f" % rss if rss else "gone", per_kind)), flush=True)
    stop.set()
    for thread in threads:
        thread.join(timeout=150)
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
    else:
        crashed = True
    total = stats.total
    rates = [row[7] for row in rows if row[7]]
    after_warmup = [r for (m, *_, r) in rows if r and m > 5] or rates
    spread = (max(after_warmup) / min(after_warmup) - 1) * 100 if after_warmup else 0
    print(f"soak: {minute} minutes, {total['requests']} requests, {total['errors']} errors "
          f"({100 * total['errors'] / max(1, total['requests']):.3f} %), {total['busy']} deliberate 503s, "
          f"crashes {1 if crashed else 0} (server exit status {server.returncode}), "
          f"RSS {rates[0] if rates else 0:.1f} -> {rates[-1] if rates else 0:.1f} MB, "
          f"spread after minute 5 {spread:.1f} %", flush=True)
    for sample in stats.error_samples:
        print(f"soak: error: {sample}", flush=True)
    if crashed:
        print(f"soak: the server crashed; its log: {work}/server.log", flush=True)
    sys.exit(1 if crashed or total["errors"] else 0)


if __name__ == "__main__":
    main()
