#!/usr/bin/env python3
"""HTTP benchmark: Skillmix's role page, /api/v1/roles and an introducing page with its business case against a
trivial Hummingbird route, same run.

Builds both in release, starts each on loopback, measures Skillmix's start-up (process start to first
answered request on a fresh SQLite file), publishes EDITS (100) editors' changes through the editor pages
(draft by an editor, approval by a reviewer; timing each approval and a sign-in), restarts Skillmix on that
database (start-up with the changes in place), then runs wrk rounds in alternating order and prints medians,
and last times DESIGN_POSTS (200) design requests sent one after another (POST /api/v1/designs, solved and saved).
"""
import html
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ROUNDS = int(os.environ.get("ROUNDS", "3"))
SECONDS = int(os.environ.get("SECONDS_PER_RUN", "10"))
CONNECTIONS = int(os.environ.get("CONNECTIONS", "64"))
EDITS = int(os.environ.get("EDITS", "100"))
DESIGN_POSTS = int(os.environ.get("DESIGN_POSTS", "200"))
PASSWORD = "correct horse battery staple"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def send(url, cookie=None, form=None):
    """One request as a browser on our pages would send it; returns (status, headers, body)."""
    headers = {"Sec-Fetch-Site": "same-origin"}
    if cookie:
        headers["Cookie"] = cookie
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with OPENER.open(request, timeout=60) as answer:
            return answer.status, answer.headers, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def sign_in(base, email):
    started = time.monotonic()
    status, headers, _ = send(base + "/editor/sign-in", form={"email": email, "password": PASSWORD})
    elapsed = time.monotonic() - started
    assert status == 303, f"sign-in answered {status}"
    cookie = next(c for c in headers.get_all("Set-Cookie") if c.startswith("skillmix-session="))
    return cookie.split(";")[0], elapsed


def field(page, name):
    if name == "value":
        return html.unescape(re.search(r'<textarea id="field-value"[^>]*>(.*?)</textarea>', page, re.S).group(1))
    match = re.search(rf'name="{name}" value="([^"]*)"', page) or re.search(rf'id="field-{name}" name="{name}" value="([^"]*)"', page)
    return html.unescape(match.group(1)) if match else ""


def publish_edits(base, count):
    """Publishes `count` changes to role summaries and figures; returns each approval's seconds and a sign-in's."""
    editor, sign_in_seconds = sign_in(base, "editor@example.nhs.uk")
    reviewer, _ = sign_in(base, "reviewer@example.nhs.uk")
    roles = sorted(os.listdir(os.path.join(ROOT, "Sources", "Catalogue", "catalogue", "roles")))
    approvals = []
    for number in range(count):
        fact = f"roles/{roles[number % len(roles)]}#summary"
        status, _, page = send(base + "/editor/edit?" + urllib.parse.urlencode({"fact": fact}), editor)
        assert status == 200, f"edit form answered {status}"
        form = {name: field(page, name) for name in ["fact", "based-on", "sources", "uncertainty", "checked"]}
        form["value"] = field(page, "value").rstrip() + f" (benchmark change {number + 1})"
        form["reason"] = f"Benchmark change {number + 1}"
        form["sources"] = form["sources"] or "seed"  # summaries carry no source yet; a change must name one
        status, headers, body = send(base + "/editor/edit", editor, form)
        assert status == 303, f"saving a draft answered {status}: {body[:300]}"
        draft = headers["Location"]
        _, _, page = send(base + draft, reviewer)
        version = re.search(r'name="version" value="(\d+)"', page).group(1)
        started = time.monotonic()
        status, _, _ = send(base + draft + "/approve", reviewer, {"version": version})
        approvals.append(time.monotonic() - started)
        assert status == 303, f"approval answered {status}"
    return approvals, sign_in_seconds


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


def post_designs(url, count):
    """Times `count` design requests sent one after another (each solved on the compute pool and saved)."""
    body = b'{"service": "perinatal"}'
    timings = []
    for _ in range(count):
        request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"}, method="POST")
        started = time.monotonic()
        with urllib.request.urlopen(request) as answer:
            answer.read()
            if answer.status != 201:
                sys.exit(f"POST /api/v1/designs answered {answer.status}")
        timings.append(time.monotonic() - started)
    return timings


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    subprocess.run(["swift", "build", "-c", "release", "--product", "skillmix"], cwd=ROOT, check=True)
    subprocess.run(["swift", "build", "-c", "release"], cwd=HERE, check=True)
    skillmix = os.path.join(ROOT, ".build", "release", "skillmix")
    baseline = os.path.join(HERE, ".build", "release", "baseline")

    workdir = tempfile.mkdtemp(prefix="skillmix-bench-")
    port, base_port = free_port(), free_port()
    database = f"sqlite:{workdir}/bench.sqlite"

    def serve():
        return subprocess.Popen(
            [skillmix, "serve", "--port", str(port), "--database-url", database, "--log-level", "warning"], cwd=workdir,
            env={**os.environ, "SKILLMIX_WRITES_PER_HOUR": "0"},
        )

    started = time.monotonic()
    app = serve()
    wait_for(f"http://127.0.0.1:{port}/healthz")
    startup = time.monotonic() - started
    approvals, sign_in_seconds, startup_with_edits = [], 0.0, startup
    if EDITS:
        for email, role in [("editor@example.nhs.uk", "editor"), ("reviewer@example.nhs.uk", "reviewer")]:
            subprocess.run([skillmix, "users", "create", "--email", email, "--role", role, "--database-url", database],
                           input=PASSWORD + "\n", text=True, check=True, capture_output=True, cwd=workdir)
        approvals, sign_in_seconds = publish_edits(f"http://127.0.0.1:{port}", EDITS)
        app.terminate()
        app.wait()
        started = time.monotonic()
        app = serve()
        wait_for(f"http://127.0.0.1:{port}/healthz")
        startup_with_edits = time.monotonic() - started
    ref = subprocess.Popen([baseline, str(base_port)])
    wait_for(f"http://127.0.0.1:{base_port}/")
    targets = {
        "trivial Hummingbird route": f"http://127.0.0.1:{base_port}/",
        "role page /roles/clinical-psychologist": f"http://127.0.0.1:{port}/roles/clinical-psychologist",
        "API /api/v1/roles": f"http://127.0.0.1:{port}/api/v1/roles",
        "introducing page with a business case": f"http://127.0.0.1:{port}"
        "/roles/mental-health-and-wellbeing-practitioner/introducing?posts=2&service=community-mental-health-team",
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
        design_posts = post_designs(f"http://127.0.0.1:{port}/api/v1/designs", DESIGN_POSTS)
    finally:
        app.terminate()
        ref.terminate()
        app.wait()
        ref.wait()
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"\nStart-up to first answered request (fresh SQLite file): {startup * 1000:.0f} ms")
    if EDITS:
        ordered = sorted(approvals)
        print(f"Sign-in (bcrypt cost 11): {sign_in_seconds * 1000:.0f} ms")
        print(f"{EDITS} changes published: approval (check, publish, install) p50 {statistics.median(ordered) * 1000:.0f} ms, "
              f"last {approvals[-1] * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms")
        print(f"Start-up with {EDITS} published changes in place: {startup_with_edits * 1000:.0f} ms")
    print(f"wrk -t2 -c{CONNECTIONS} -d{SECONDS}s, {ROUNDS} rounds, {EDITS} published changes in place, medians (server and wrk share this machine's cores):")
    baseline_rps = statistics.median(r["rps"] for r in results["trivial Hummingbird route"])
    for name, runs in results.items():
        rps = statistics.median(r["rps"] for r in runs)
        p50 = statistics.median(r["p50"] for r in runs)
        p99 = statistics.median(r["p99"] for r in runs)
        errors = sum(r["non2xx"] for r in runs)
        print(f"  {name:42s} {rps:9.0f} req/s  ({rps / baseline_rps:5.0%} of trivial)  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  non-2xx {errors}")
    ordered = sorted(design_posts)
    print(f"POST /api/v1/designs (perinatal defaults, solved and saved), {len(ordered)} one after another: "
          f"p50 {statistics.median(ordered) * 1000:.1f} ms, p99 {ordered[int(len(ordered) * 0.99) - 1] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
