"""Issue 12, end to end: no request can crash, stall or flood Skillmix. Each test starts the built binary (and,
for the PostgreSQL test, a throwaway cluster of its own) on loopback, abuses it, and checks that it answers
with a 4xx or a 503 instead of a 500, a crash or a stall, and that acknowledged saves survive."""
import json
import os
import random
import select
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import threading
import time
import urllib.parse

import pytest

from resilience_support import (
    BINARY, NOBODY, Postgres, Server, healthz, is_problem, post_json, postgres_bin, request, save_design,
    sqlite_page_size,
)

# A team design that keeps the debug binary's solver busy for a second or more (about 1.5 s on a 2-core machine):
# perinatal with whole posts (a MILP), large demand and caps on three roles, so the branch and bound has work to do.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "heavy-design.json")) as heavy_file:
    HEAVY_DESIGN = json.load(heavy_file)  # shared with Benchmarks/resilience/run.py
# A cheap one for the save loops.
LIGHT_DESIGNS = [{"service": "talking-therapies"}, {"service": "perinatal"}, {"service": "mental-health-support-team"}]
FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "same-origin"}


# Fixtures ---------------------------------------------------------------------------------------------------------

@pytest.fixture()
def workdir():
    """A temp dir any user can read (the read-only test runs the server as nobody)."""
    path = tempfile.mkdtemp(prefix="skillmix-resilience-")
    os.chmod(path, 0o755)
    yield path
    for root, dirs, _ in os.walk(path):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o755)
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture()
def launch(workdir):
    """launch(env=..., database_url=..., user=..., wait=True) starts `skillmix serve` and returns the Server
    (its .base is the base URL, its .process the process). Every server started is stopped with SIGTERM at
    teardown and its output printed, so that a failing test shows it."""
    servers = []

    def start(env=None, database_url=None, user=None, wait=True, port=None):
        url = database_url or f"sqlite:{os.path.join(workdir, 'skillmix.sqlite')}"
        server = Server(url, workdir, env=env, user=user, port=port).start()
        servers.append(server)
        if wait:
            server.wait_healthy()
        return server

    yield start
    for server in servers:
        code = server.stop()
        print(f"--- skillmix serve on {server.database_url} (exit {code}) ---\n{server.output()}")


@pytest.fixture(scope="module")
def shared_server():
    """One server for the cheap smoke tests."""
    path = tempfile.mkdtemp(prefix="skillmix-resilience-shared-")
    server = Server(f"sqlite:{path}/skillmix.sqlite", path).start()
    try:
        server.wait_healthy()
        yield server
    finally:
        code = server.stop()
        print(f"--- shared skillmix serve (exit {code}) ---\n{server.output()}")
        shutil.rmtree(path, ignore_errors=True)


# Helpers ----------------------------------------------------------------------------------------------------------

def fire_at_once(base, body, count, timeout=90):
    """`count` POST /api/v1/designs at the same moment, each on its own thread. Returns (threads, results) where a
    result is an Answer or the exception the request raised (a timeout is a stall)."""
    results = [None] * count
    barrier = threading.Barrier(count)

    def worker(index):
        barrier.wait()
        try:
            results[index] = save_design(base, body, timeout=timeout)
        except Exception as error:  # noqa: BLE001 - the test reports whatever happened
            results[index] = error

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(count)]
    for thread in threads:
        thread.start()
    return threads, results


def check_busy_answers(results):
    """Every answer is 201, or 503 with Retry-After and problem+json; never a 500, an exception or a stall."""
    wrong = []
    for answer in results:
        if isinstance(answer, Exception) or answer is None:
            wrong.append(f"no answer: {answer!r}")
        elif answer.status == 201:
            continue
        elif answer.status == 503:
            if not answer.headers.get("retry-after", "").strip():
                wrong.append(f"503 without Retry-After: {answer!r}")
            if not is_problem(answer):
                wrong.append(f"503 that is not application/problem+json: {answer!r}")
        else:
            wrong.append(f"neither 201 nor 503: {answer!r}")
    assert not wrong, "\n".join(wrong)


def design_service(document):
    """The service id of a design document from the API, wherever the representation puts it."""
    for candidate in (document, document.get("design", {})):
        if isinstance(candidate, dict) and isinstance(candidate.get("service"), str):
            return candidate["service"]
        if isinstance(candidate, dict) and isinstance(candidate.get("service"), dict):
            return candidate["service"].get("id")
    raise AssertionError(f"no service in the design document: {str(document)[:300]}")


def wait_for_refusal(server, timeout=30):
    """The exit code if the server exits within `timeout` s; None if it keeps running or answers /healthz 200
    (it then did not refuse to start)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        code = server.wait_exit(0.2)
        if code is not None:
            return code
        try:
            if healthz(server.base, timeout=1).status == 200:
                return None
        except OSError:
            pass
    return None


def assert_refused(server, path, what):
    code = wait_for_refusal(server)
    output = server.output()
    assert code is not None, f"skillmix serve started on {what} instead of refusing:\n{output}"
    assert code > 0, f"skillmix serve on {what} died of signal {-code} instead of exiting with a message:\n{output}"
    assert "Fatal error" not in output, f"skillmix serve crashed on {what}:\n{output}"
    assert os.path.basename(path) in output, f"the message should name the database file {path}:\n{output}"


def make_database(launch, path, designs=3):
    """Starts a server on `path`, saves a few designs, stops it cleanly and folds the WAL into the main file."""
    server = launch(database_url=f"sqlite:{path}")
    for body in (LIGHT_DESIGNS * designs)[:designs]:
        answer = save_design(server.base, body)
        assert answer.status == 201, answer
    code = server.stop()
    assert code == 0, f"skillmix serve should stop cleanly on SIGTERM (exit {code}):\n{server.output()}"
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def quick_check_fails(path):
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return True


def can_run_as(user):
    """Whether `user` can execute the binary where it is (every directory above it must be searchable)."""
    done = subprocess.run(["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", "--", BINARY,
                           "--help"], capture_output=True, timeout=60)
    return done.returncode == 0


# 1 and 2: the compute pool ----------------------------------------------------------------------------------------

def test_healthz_stays_fast_while_pool_is_busy(launch):
    server = launch(env={"SKILLMIX_WORKERS": 1})
    alone = save_design(server.base, HEAVY_DESIGN)
    assert alone.status == 201 and alone.seconds >= 0.5, (
        f"HEAVY_DESIGN should take the debug binary 0.5 s or more to be a test of a busy pool: {alone!r}")
    threads, results = fire_at_once(server.base, HEAVY_DESIGN, 8)
    probes = []
    deadline = time.monotonic() + 90
    time.sleep(0.2)  # let the designs reach the server first
    while any(t.is_alive() for t in threads) and time.monotonic() < deadline:
        try:
            probes.append(healthz(server.base, timeout=10))
        except OSError as error:
            probes.append(error)
        time.sleep(0.05)
    for thread in threads:
        thread.join(timeout=max(1, deadline - time.monotonic()))
    assert server.alive(), f"the server died:\n{server.output()}"
    times = sorted(p.seconds for p in probes if not isinstance(p, Exception))
    slow = [p for p in probes if isinstance(p, Exception) or p.status != 200 or p.seconds >= 0.1]
    assert not slow, (f"{len(slow)} of {len(probes)} /healthz probes were not a 200 under 100 ms while the pool was "
                      f"busy (median {times[len(times) // 2] if times else 0:.3f} s, slowest "
                      f"{times[-1] if times else 0:.3f} s): {slow[:5]}")
    assert len(probes) >= 5, f"the designs finished too soon ({len(probes)} probes) to test anything: {results}"
    check_busy_answers(results)


def test_full_queue_answers_503_with_retry_after(launch):
    server = launch(env={"SKILLMIX_WORKERS": 1, "SKILLMIX_QUEUE_LENGTH": 1})
    threads, results = fire_at_once(server.base, HEAVY_DESIGN, 6)
    for thread in threads:
        thread.join(timeout=120)
    assert server.alive(), f"the server died:\n{server.output()}"
    check_busy_answers(results)
    statuses = sorted(r.status for r in results)
    assert 503 in statuses, f"one worker and a queue of one should turn some of 6 designs away: {statuses}"
    assert 201 in statuses, f"the pool should still finish the designs it accepted: {statuses}"
    refused = next(r for r in results if r.status == 503)
    assert refused.json().get("status") in (None, 503), refused
    assert healthz(server.base).status == 200


# 3: saves are durable ---------------------------------------------------------------------------------------------

def test_acknowledged_saves_survive_sigkill(launch, workdir):
    database = os.path.join(workdir, "durable.sqlite")
    env = {"SKILLMIX_WRITES_PER_HOUR": 0}
    server = launch(env=env, database_url=f"sqlite:{database}")
    acknowledged = []  # (Location, service) of every 201 seen
    lock = threading.Lock()
    stop = threading.Event()

    def poster(offset):
        index = offset
        while not stop.is_set():
            body = LIGHT_DESIGNS[index % len(LIGHT_DESIGNS)]
            index += 1
            try:
                answer = save_design(server.base, body, timeout=30)
            except OSError:
                continue  # the server is gone, or going
            if answer.status == 201:
                with lock:
                    acknowledged.append((answer.headers.get("location", ""), body["service"]))

    threads = [threading.Thread(target=poster, args=(i,), daemon=True) for i in range(2)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < 6 and time.monotonic() < deadline and server.alive():
        time.sleep(0.05)
    time.sleep(random.uniform(0, 0.5))
    server.kill()
    with lock:
        saved = list(acknowledged)
    stop.set()
    for thread in threads:
        thread.join(timeout=35)
    assert len(saved) >= 6, f"only {len(saved)} designs were saved before the kill:\n{server.output()}"

    restarted = launch(env=env, database_url=f"sqlite:{database}")
    lost = []
    for location, service in saved:
        answer = request(restarted.base, "GET", location)
        if answer.status != 200:
            lost.append(f"{location}: {answer!r}")
        elif design_service(answer.json()) != service:
            lost.append(f"{location}: service {design_service(answer.json())}, saved as {service}")
    assert not lost, f"{len(lost)} of {len(saved)} acknowledged saves did not survive SIGKILL:\n" + "\n".join(lost)
    page = request(restarted.base, "GET", saved[-1][0].replace("/api/v1/designs/", "/designs/"))
    assert page.status == 200, page


# 4 and 5: a database that cannot be used stops the start ----------------------------------------------------------

def test_read_only_database_refused_at_start(launch, workdir):
    make_database(launch, os.path.join(workdir, "source.sqlite"))
    folder = os.path.join(workdir, "readonly")
    os.mkdir(folder)
    path = os.path.join(folder, "readonly.sqlite")
    shutil.copyfile(os.path.join(workdir, "source.sqlite"), path)
    if os.geteuid() == 0:
        # root ignores file modes: run the server as nobody, with the database and its folder owned by root.
        if not can_run_as(NOBODY):
            pytest.fail(f"nobody (uid {NOBODY}) cannot run {BINARY}: make its directories searchable (o+x)")
        os.chmod(folder, 0o755)
        os.chmod(path, 0o644)
        user = NOBODY
    else:
        os.chmod(path, 0o444)
        os.chmod(folder, 0o555)
        user = None
    before = open(path, "rb").read()
    server = launch(database_url=f"sqlite:{path}", user=user, wait=False)
    assert_refused(server, path, "a read-only database")
    assert open(path, "rb").read() == before


@pytest.mark.parametrize("damage", ["data-pages", "header"])
def test_corrupt_database_refused_at_start(launch, workdir, damage):
    source = os.path.join(workdir, "source.sqlite")
    make_database(launch, source, designs=6)
    path = os.path.join(workdir, f"corrupt-{damage}.sqlite")
    shutil.copyfile(source, path)
    page_size = sqlite_page_size(path)
    pages = os.path.getsize(path) // page_size
    garbage = random.Random(12)
    with open(path, "r+b") as f:
        if damage == "header":
            f.seek(0)
            f.write(b"this is not SQLite" + bytes(garbage.randrange(256) for _ in range(82)))
        else:
            # Garble whole pages in the middle third (never page 1, which holds the header) until SQLite's own
            # quick_check notices.
            middle = list(range(max(2, pages // 3), max(3, 2 * pages // 3)))
            garbage.shuffle(middle)
            for count, page in enumerate(middle, start=1):
                f.seek((page - 1) * page_size)
                f.write(bytes(garbage.randrange(256) for _ in range(page_size)))
                f.flush()
                if count >= 4 and quick_check_fails(path):
                    break
    assert quick_check_fails(path), "the damage should be visible to PRAGMA quick_check"
    before = open(path, "rb").read()
    server = launch(database_url=f"sqlite:{path}", wait=False)
    assert_refused(server, path, f"a database with damaged {damage.replace('-', ' ')}")
    assert open(path, "rb").read() == before, "a database that is refused should be left as it was"


# 6: PostgreSQL goes away and comes back ---------------------------------------------------------------------------

def test_postgres_stopped_and_started_under_a_running_app(launch):
    bindir = postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (no initdb and pg_ctl under /usr/lib/postgresql/*/bin)")
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root needs setpriv to run initdb as the postgres user")
    postgres = Postgres(bindir)
    try:
        postgres.init().start()
        url = postgres.create_database("skillmix_resilience")
        server = launch(database_url=url)
        created = save_design(server.base)
        assert created.status == 201, created
        location = created.headers["location"]
        page = location.replace("/api/v1/designs/", "/designs/")
        assert request(server.base, "GET", page).status == 200

        postgres.stop()
        answers = {}
        for name, method, path, body in [
            ("design (API)", "GET", location, None),
            ("design (page)", "GET", page, None),
            ("new design", "POST", "/api/v1/designs", {"service": "talking-therapies"}),
            ("roles page", "GET", "/roles", None),
            ("healthz", "GET", "/healthz", None),
        ]:
            headers = {"Content-Type": "application/json"} if body else {}
            try:
                answers[name] = request(server.base, method, path, body, headers, timeout=15)
            except OSError as error:
                answers[name] = error
        expected = {"design (API)": 503, "design (page)": 503, "new design": 503, "roles page": 200, "healthz": 503}
        wrong = {name: answer for name, answer in answers.items()
                 if isinstance(answer, Exception) or answer.status != expected[name]}
        assert not wrong, f"with PostgreSQL stopped, expected {expected}; got {wrong}\n{server.output()}"
        assert is_problem(answers["design (API)"]) and is_problem(answers["new design"]), answers
        assert server.alive()

        postgres.start()
        deadline = time.monotonic() + 15
        last = {}
        while time.monotonic() < deadline:
            try:
                last["get"] = request(server.base, "GET", location, timeout=5)
                if last["get"].status == 200:
                    last["post"] = save_design(server.base, timeout=10)
                    if last["post"].status == 201:
                        break
            except OSError as error:
                last["error"] = error
            time.sleep(0.25)
        assert last.get("get") is not None and last["get"].status == 200, f"design GET after restart: {last}"
        assert last.get("post") is not None and last["post"].status == 201, f"design POST after restart: {last}"
        assert request(server.base, "GET", page).status == 200
        assert healthz(server.base).status == 200
    finally:
        # The launch fixture stops the app (SIGTERM) at teardown; the cluster goes now.
        postgres.remove()


# 7: idle and half-open connections --------------------------------------------------------------------------------

def test_half_open_connections_are_closed(launch):
    server = launch(env={"SKILLMIX_IDLE_TIMEOUT_SECONDS": 2})
    host, port = "127.0.0.1", server.port
    sockets = []
    try:
        for _ in range(20):
            s = socket.create_connection((host, port), timeout=5)
            s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # no blank line: the request never ends
            s.setblocking(False)
            sockets.append(s)
        opened = time.monotonic()
        open_ones = set(sockets)
        closed_after = {}
        while open_ones and time.monotonic() - opened < 8:
            readable, _, errored = select.select(list(open_ones), [], list(open_ones), 0.25)
            for s in set(readable) | set(errored):
                try:
                    data = s.recv(65536)
                except (ConnectionResetError, BrokenPipeError, OSError):
                    data = b""
                if not data:  # EOF or reset: closed by the server (a 408 before it is fine)
                    open_ones.discard(s)
                    closed_after[s] = time.monotonic() - opened
        assert not open_ones, (f"{len(open_ones)} of 20 half-open connections were still open 8 s after "
                               "SKILLMIX_IDLE_TIMEOUT_SECONDS=2")
        assert min(closed_after.values()) >= 1, "connections were closed before the idle timeout"
        assert server.alive()
        assert healthz(server.base).status == 200
    finally:
        for s in sockets:
            s.close()


def test_a_body_sent_a_byte_at_a_time_is_cut_off(launch):
    # The idle timeout (20 s) never fires for a client that sends a byte every half second; the body deadline does.
    server = launch(env={"SKILLMIX_BODY_SECONDS": 2})
    body = b'{"service":"mental-health-support-team"}' + b" " * 200
    s = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    try:
        s.sendall(b"POST /api/v1/designs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + f"Content-Length: {len(body)}\r\n\r\n".encode())
        started = time.monotonic()
        answer = b""
        s.setblocking(False)
        for byte in body:
            if time.monotonic() - started > 8:
                break
            try:
                s.send(bytes([byte]))
            except OSError:
                break
            readable, _, _ = select.select([s], [], [], 0.5)
            if readable:
                try:
                    answer += s.recv(65536)
                except OSError:
                    pass
                if answer:
                    break
        elapsed = time.monotonic() - started
        assert answer.startswith(b"HTTP/1.1 408"), f"no 408 after {elapsed:.1f} s: {answer[:200]!r}"
        assert 1.5 <= elapsed < 6, f"the 408 came after {elapsed:.1f} s with SKILLMIX_BODY_SECONDS=2"
        assert healthz(server.base).status == 200
    finally:
        s.close()


# 8: hostile numbers, a smoke check against the real binary ---------------------------------------------------------

HOSTILE_JSON = [
    ("/api/v1/designs", '{"service":"talking-therapies","demand":{"guided-self-help":9.3e18}}'),
    ("/api/v1/designs", '{"service":"talking-therapies","demand":{"guided-self-help":1e308}}'),
    ("/api/v1/designs", '{"service":"talking-therapies","demand":{"assessment":1e400}}'),
    ("/api/v1/designs", '{"service":"talking-therapies","demand":{"assessment":"NaN"}}'),
    ("/api/v1/designs", '{"service":"talking-therapies","demand":{"assessment":NaN}}'),
    ("/api/v1/designs", '{"service":"talking-therapies","budget":-0}'),
    ("/api/v1/designs", '{"service":"talking-therapies","budget":1e308}'),
    ("/api/v1/designs", '{"service":"talking-therapies","population":{"population":-0,"prevalence":0.2,'
                        '"accessRate":0.25}}'),
    ("/api/v1/designs", '{"service":"talking-therapies","limits":{"high-intensity-therapist":{"maximum":1e308}}}'),
    ("/api/v1/designs", '{"service":"talking-therapies","current":{"counsellor":9.3e18}}'),
    ("/api/v1/designs", '{"service":"talking-therapies","demand":{"assessment":99999999999999999999999999}}'),
    ("/api/v1/projections", '{"runs":9.3e18}'),
    ("/api/v1/projections", '{"years":1e308}'),
    ("/api/v1/projections", '{"runs":10,"years":5,"intakeScale":"NaN"}'),
    ("/api/v1/projections", '{"runs":10,"years":5,"targetYear":-9223372036854775808}'),
    ("/api/v1/commissioning", '{"runs":10,"years":5,"trainingBudget":1e308}'),
    ("/api/v1/commissioning", '{"runs":10,"years":5,"supervisionRatio":-0.0,"targetAdditional":9.3e18}'),
]

HOSTILE_FORMS = [
    {"demand.guided-self-help": "9.3e18"},
    {"demand.assessment": "1e308"},
    {"demand.assessment": "NaN"},
    {"demand.assessment": "-inf"},
    {"budget": "-0"},
    {"budget": "1e308"},
    {"demand-basis": "population", "population.population": "-0", "population.prevalence": "22",
     "population.accessRate": "25"},
    {"limits.high-intensity-therapist.maximum": "1e308"},
    {"current.counsellor": "9300000000000000000"},
]


def test_extreme_numbers_smoke(shared_server):
    base = shared_server.base
    sends = [(path, body, {"Content-Type": "application/json"}) for path, body in HOSTILE_JSON]
    sends += [("/design/talking-therapies", urllib.parse.urlencode(fields), FORM_HEADERS) for fields in HOSTILE_FORMS]
    wrong = []
    for path, body, headers in sends:
        try:
            answer = request(base, "POST", path, body, headers, timeout=20)
        except OSError as error:
            wrong.append(f"POST {path} {body}: no answer ({error!r})")
            continue
        if not 400 <= answer.status < 500:
            wrong.append(f"POST {path} {body}: {answer!r}")
        if not shared_server.alive():
            wrong.append(f"POST {path} {body} killed the server")
            break
    assert not wrong, "\n".join(wrong) + "\n" + shared_server.output()
    assert healthz(base).status == 200


def test_api_posts_must_be_json(shared_server):
    body = '{"service":"talking-therapies"}'
    for path in ("/api/v1/designs", "/api/v1/projections", "/api/v1/commissioning"):
        for headers in ({"Content-Type": "text/plain"}, {"Content-Type": "application/x-www-form-urlencoded"}, {}):
            answer = request(shared_server.base, "POST", path, body, headers, timeout=20)
            assert answer.status == 415, f"POST {path} with {headers or 'no Content-Type'}: {answer!r}"
            assert is_problem(answer), answer
    assert healthz(shared_server.base).status == 200


def test_metrics_count_each_answer_by_route_and_status(shared_server):
    """Our own metrics middleware keeps Hummingbird's series: answers counted by route, method and status."""
    base = shared_server.base

    def count(series):
        text = request(base, "GET", "/metrics", None, {}, timeout=20).body.decode()
        lines = [line for line in text.splitlines() if line.startswith(series + " ")]
        return float(lines[0].rsplit(" ", 1)[1]) if lines else 0.0

    ok = 'hb_requests{http_route="/api/v1/roles",http_request_method="GET",http_response_status_code="200"}'
    # The error middleware turns a refusal into an answer before the metrics see it, so it counts as a 400.
    refused = 'hb_requests{http_route="/api/v1/roles",http_request_method="GET",http_response_status_code="400"}'
    before_ok, before_refused = count(ok), count(refused)
    for _ in range(3):
        assert request(base, "GET", "/api/v1/roles", None, {}, timeout=20).status == 200
    assert request(base, "GET", "/api/v1/roles?bogus=1", None, {}, timeout=20).status == 400
    assert count(ok) == before_ok + 3
    assert count(refused) == before_refused + 1
