#!/usr/bin/env python3
"""A 9 MB render past its deadline, against a fresh folio-serve (BENCHMARKS.md, issue 15).

usage: render-deadline.py PATH/folio-serve [--port 18131] [--timeout 5] [--one-paragraph]

Starts folio-serve with --render-timeout TIMEOUT and one render slot, renders the seed 5 times
(idle RSS), then POSTs a 9.5 MB article (the seed's paragraphs repeated) while polling /healthz
every 50 ms, renders the seed again at once, and prints the answers, /healthz latency and the
server's RSS idle, at peak, and after. --one-paragraph joins the 9.5 MB into a single paragraph
(the render must then stop inside it).
"""
import argparse, http.client, os, subprocess, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("server")
parser.add_argument("--port", type=int, default=18131)
parser.add_argument("--timeout", default="5")
parser.add_argument("--one-paragraph", action="store_true")
args = parser.parse_args()

seed = open(os.path.join(ROOT, "samples/wic2018/wic-plenary.txt"), encoding="utf-8").read()
parts = seed.split("\n\n")
paragraphs = [p for p in parts[1:] if p.strip()]
big, size, i = [parts[0]], len(parts[0]), 0
while size < 9 * 1024 * 1024:
    paragraph = f"Paragraph {i}. " + paragraphs[i % len(paragraphs)]
    big.append(paragraph)
    size += len(paragraph) + 2
    i += 1
big = (big[0] + "\n\n" + " ".join(big[1:]) if args.one_paragraph else "\n\n".join(big)).encode()
seed = seed.encode()

work = tempfile.mkdtemp(prefix="folio-deadline.")
server = subprocess.Popen(
    [args.server, "--port", str(args.port), "--root", os.path.join(work, "archive"),
     "--render-timeout", args.timeout, "--max-renders", "1"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, LOG_LEVEL="error"))


def rss():
    with open(f"/proc/{server.pid}/status") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))


def request(method, path, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=300)
    start = time.monotonic()
    connection.request(method, path, body=body, headers={"Content-Type": "text/plain"})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, time.monotonic() - start, data


for _ in range(100):
    try:
        request("GET", "/healthz")
        break
    except OSError:
        time.sleep(0.1)
for _ in range(5):
    request("POST", "/render", seed)
print(f"idle RSS after 5 seed renders: {rss():.1f} MB")
health, peak, stop = [], [0.0], threading.Event()


def poll():
    while not stop.is_set():
        health.append(request("GET", "/healthz")[1])
        peak[0] = max(peak[0], rss())
        time.sleep(0.05)


poller = threading.Thread(target=poll)
poller.start()
status, seconds, data = request("POST", "/render", big)
print(f"{len(big) / 1048576:.1f} MB render: status {status} after {seconds:.2f} s {data[:90]!r}")
status, seconds, _ = request("POST", "/render", seed)
print(f"next seed render: status {status} in {seconds * 1000:.0f} ms")
answered = time.monotonic()
while status == 503 and time.monotonic() - answered < 120:  # the slot is still held: until when?
    time.sleep(0.05)
    status, seconds, _ = request("POST", "/render", seed)
if time.monotonic() - answered > 0.05:
    print(f"the slot was free {time.monotonic() - answered:.2f} s after the 503 (seed render: status {status})")
time.sleep(1)
stop.set()
poller.join()
health.sort()
print(f"/healthz meanwhile: {len(health)} requests, max {health[-1] * 1000:.0f} ms, median {health[len(health) // 2] * 1000:.0f} ms")
print(f"RSS peak {peak[0]:.1f} MB, 1 s after {rss():.1f} MB")
time.sleep(5)
print(f"RSS 6 s after {rss():.1f} MB")
server.terminate()
server.wait()
