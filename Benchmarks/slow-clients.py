#!/usr/bin/env python3
"""Slow clients against a fresh folio-serve: N connections that send part of a request head and
stop, then 20 /healthz requests (BENCHMARKS.md, issue 15).

usage: slow-clients.py PATH/folio-serve [--clients 19900] [--server-files N] [--port 18144]

--server-files runs the server under `ulimit -n N` (default: this machine's limit). Prints how
many connections opened and how long that took, /healthz latency, and the server's connection
counts from /metrics. This process raises its own open-file limit to the hard limit.
"""
import argparse, http.client, resource, socket, subprocess, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("server")
parser.add_argument("--clients", type=int, default=19900)
parser.add_argument("--server-files", type=int)
parser.add_argument("--port", type=int, default=18144)
args = parser.parse_args()

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
work = tempfile.mkdtemp(prefix="folio-slow.")
limit = f"ulimit -n {args.server_files} && " if args.server_files else ""
server = subprocess.Popen(
    ["/bin/sh", "-c", f'{limit}exec "$0" --port {args.port} --root "$1"', args.server, f"{work}/archive"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", args.port), timeout=1).close()
        break
    except OSError:
        time.sleep(0.1)

slow, start = [], time.time()
for number in range(args.clients):
    connection = socket.socket()
    connection.settimeout(5)
    try:
        connection.connect(("127.0.0.1", args.port))
        connection.send(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    except OSError as error:
        print(f"connection {number + 1} failed: {error}")
        break
    slow.append(connection)
print(f"{len(slow)} slow connections opened in {time.time() - start:.1f} s")


def get(path):
    started = time.time()
    client = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)
    client.request("GET", path)
    response = client.getresponse()
    body = response.read()
    client.close()
    return response.status, time.time() - started, body


try:
    latencies = []
    for _ in range(20):
        status, seconds, _ = get("/healthz")
        if status != 200:
            raise RuntimeError(f"/healthz answered {status}")
        latencies.append(seconds)
    latencies.sort()
    print(f"/healthz x20: all 200, median {latencies[10] * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")
    metrics = get("/metrics")[2].decode()
    print(", ".join(line for line in metrics.splitlines() if line.startswith("folio_connections")))
except Exception as error:
    print(f"/healthz failed: {error}")
finally:
    server.terminate()
    server.wait()
