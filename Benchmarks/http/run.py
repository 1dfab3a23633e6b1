#!/usr/bin/env python3
"""HTTP benchmark: Skillmix's role page and /api/v1/roles against a trivial Hummingbird route, same run.

Builds both in release, starts each on loopback, measures Skillmix's start-up (process start to first
answered request on a fresh SQLite file), then runs wrk rounds in alternating order and prints medians.
"""
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ROUNDS = int(os.environ.get("ROUNDS", "3"))
SECONDS = int(os.environ.get("SECONDS_PER_RUN", "10"))
CONNECTIONS = int(os.environ.get("CONNECTIONS", "64"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.005)
    raise RuntimeError(f"{url} did not answer")


def wrk(url):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    def ms(label):
        m = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50": ms("50"), "p99": ms("99"), "non2xx": int(errors.group(1)) if errors else 0}


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    subprocess.run(["swift", "build", "-c", "release", "--product", "skillmix"], cwd=ROOT, check=True)
    subprocess.run(["swift", "build", "-c", "release"], cwd=HERE, check=True)
    skillmix = os.path.join(ROOT, ".build", "release", "skillmix")
    baseline = os.path.join(HERE, ".build", "release", "baseline")

    workdir = tempfile.mkdtemp(prefix="skillmix-bench-")
    port, base_port = free_port(), free_port()
    started = time.monotonic()
    app = subprocess.Popen(
        [skillmix, "serve", "--port", str(port), "--database-url", f"sqlite:{workdir}/bench.sqlite", "--log-level", "warning"],
        cwd=workdir,
    )
    wait_for(f"http://127.0.0.1:{port}/healthz")
    startup = time.monotonic() - started
    ref = subprocess.Popen([baseline, str(base_port)])
    wait_for(f"http://127.0.0.1:{base_port}/")
    targets = {
        "trivial Hummingbird route": f"http://127.0.0.1:{base_port}/",
        "role page /roles/clinical-psychologist": f"http://127.0.0.1:{port}/roles/clinical-psychologist",
        "API /api/v1/roles": f"http://127.0.0.1:{port}/api/v1/roles",
    }
    results = {name: [] for name in targets}
    try:
        for url in targets.values():  # warm-up
            subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", "-d3s", url], capture_output=True, check=True)
        for round_number in range(ROUNDS):
            order = list(targets.items())
            if round_number % 2:
                order.reverse()
            for name, url in order:
                results[name].append(wrk(url))
    finally:
        app.terminate()
        ref.terminate()
        app.wait()
        ref.wait()
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"\nStart-up to first answered request (fresh SQLite file): {startup * 1000:.0f} ms")
    print(f"wrk -t2 -c{CONNECTIONS} -d{SECONDS}s, {ROUNDS} rounds, medians (server and wrk share this machine's cores):")
    baseline_rps = statistics.median(r["rps"] for r in results["trivial Hummingbird route"])
    for name, runs in results.items():
        rps = statistics.median(r["rps"] for r in runs)
        p50 = statistics.median(r["p50"] for r in runs)
        p99 = statistics.median(r["p99"] for r in runs)
        errors = sum(r["non2xx"] for r in runs)
        print(f"  {name:42s} {rps:9.0f} req/s  ({rps / baseline_rps:5.0%} of trivial)  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  non-2xx {errors}")


if __name__ == "__main__":
    main()
