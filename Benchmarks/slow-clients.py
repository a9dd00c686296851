#!/usr/bin/env python3
"""Slow clients against a fresh folio-serve: N connections that send part of a request head and
stop, then 20 /healthz requests (BENCHMARKS.md, issue 15).

usage: slow-clients.py PATH/folio-serve [--clients 20000] [--server-files N] [--port 18144]

--server-files runs the server under `ulimit -n N` (default: this machine's limit). Prints how
many connections opened and how long that took, /healthz latency, and the server's connection
counts from /metrics. This process raises its open-file limit as far as it may (past the hard
limit only with CAP_SYS_RESOURCE) and shares the clients among as many client processes as that
limit needs, so 20,000 clients run where one process may hold fewer files.
"""
import argparse, atexit, http.client, multiprocessing, resource, socket, subprocess, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("server")
parser.add_argument("--clients", type=int, default=20000)
parser.add_argument("--server-files", type=int)
parser.add_argument("--port", type=int, default=18144)
args = parser.parse_args()

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
needed = args.clients + 1024
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(hard, needed), max(hard, needed)))
except (ValueError, OSError):  # no CAP_SYS_RESOURCE (not root, or a container): the hard limit it is
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
try:  # a server left over on the port would answer instead of ours
    socket.create_connection(("127.0.0.1", args.port), timeout=1).close()
    raise SystemExit(f"slow-clients: something already listens on port {args.port}")
except OSError:
    pass
work = tempfile.mkdtemp(prefix="folio-slow.")
limit = f"ulimit -n {args.server_files} && " if args.server_files else ""
server = subprocess.Popen(
    ["/bin/sh", "-c", f'{limit}exec "$0" --port {args.port} --root "$1"', args.server, f"{work}/archive"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
atexit.register(server.terminate)  # never leave a server on the port, whatever fails below
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", args.port), timeout=1).close()
        break
    except OSError:
        time.sleep(0.1)

def hold_slow_connections(count, opened, done):
    """Opens `count` slow connections in this (child) process and holds them until `done` is set."""
    slow = []
    for number in range(count):
        connection = socket.socket()
        connection.settimeout(5)
        try:
            connection.connect(("127.0.0.1", args.port))
            connection.send(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        except OSError as error:
            print(f"connection {number + 1} of a share of {count} failed: {error}", flush=True)
            break
        slow.append(connection)
    opened.put(len(slow))
    done.wait()


# One process may hold at most its open-file limit, so the clients are shared among processes.
share = max(1, resource.getrlimit(resource.RLIMIT_NOFILE)[0] - 512)
opened, done = multiprocessing.Queue(), multiprocessing.Event()
start = time.time()
holders = []
for first in range(0, args.clients, share):
    holder = multiprocessing.Process(target=hold_slow_connections, args=(min(share, args.clients - first), opened, done))
    holder.start()
    holders.append(holder)
total = sum(opened.get() for _ in holders)
print(f"{total} slow connections opened in {time.time() - start:.1f} s by {len(holders)} client processes")


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
    done.set()
    for holder in holders:
        holder.join()
    server.terminate()
    server.wait()
