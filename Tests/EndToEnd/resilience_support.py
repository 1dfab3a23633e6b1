"""Helpers for the resilience suite: start, kill and restart the built `skillmix` binary, talk HTTP with the
standard library, and run a throwaway PostgreSQL cluster of our own. Only loopback addresses are used."""
import contextlib
import glob
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("SKILLMIX_BINARY", os.path.join(ROOT, ".build", "debug", "skillmix"))
HOST = "127.0.0.1"
# Settings of the issue under test, and DATABASE_URL: removed from the inherited environment so that each test
# sets only what it means to.
OWN_SETTINGS = (
    "DATABASE_URL", "PORT", "SKILLMIX_HOST", "SKILLMIX_WORKERS", "SKILLMIX_QUEUE_LENGTH", "SKILLMIX_JOB_SECONDS",
    "SKILLMIX_WRITES_PER_HOUR", "SKILLMIX_IDLE_TIMEOUT_SECONDS", "SKILLMIX_RETENTION_DAYS",
)
NOBODY = 65534


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Answer:
    """An HTTP answer: status, headers (lower-case names) and body bytes, plus how long it took."""

    def __init__(self, status, headers, body, seconds):
        self.status, self.headers, self.body, self.seconds = status, headers, body, seconds

    def json(self):
        return json.loads(self.body)

    @property
    def content_type(self):
        return self.headers.get("content-type", "")

    def __repr__(self):
        return f"<{self.status} {self.content_type} {self.seconds:.3f} s {self.body[:300]!r}>"


def request(base, method, path, body=None, headers=None, timeout=30):
    """One request on a fresh connection. Raises OSError (including timeouts, and a connection cut mid-answer) if
    the server does not answer."""
    host, port = base.removeprefix("http://").split(":")
    if isinstance(body, (dict, list)):
        body = json.dumps(body)
    if isinstance(body, str):
        body = body.encode()
    started = time.monotonic()
    connection = http.client.HTTPConnection(host, int(port), timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, data,
                      time.monotonic() - started)
    except http.client.HTTPException as error:
        raise ConnectionError(f"{method} {path}: {error!r}") from error
    finally:
        connection.close()


def post_json(base, path, body, timeout=60):
    return request(base, "POST", path, body, {"Content-Type": "application/json"}, timeout=timeout)


def is_problem(answer):
    return answer.content_type.split(";")[0].strip() == "application/problem+json"


def healthz(base, timeout=5):
    return request(base, "GET", "/healthz", timeout=timeout)


class Server:
    """One `skillmix serve` process, its output in a file so that a failure can show it."""

    def __init__(self, database_url, workdir, env=None, user=None, port=None):
        self.database_url, self.workdir, self.extra_env, self.user = database_url, workdir, dict(env or {}), user
        self.port = port or free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.process = None
        self.log_path = None
        self.log = None

    def command(self):
        command = [BINARY, "serve", "--port", str(self.port), "--database-url", self.database_url]
        if self.user is not None:
            command = ["setpriv", f"--reuid={self.user}", f"--regid={self.user}", "--clear-groups", "--", *command]
        return command

    def start(self):
        assert os.path.exists(BINARY), f"build the app first: {BINARY} is missing"
        env = {k: v for k, v in os.environ.items() if k not in OWN_SETTINGS}
        env.update({k: str(v) for k, v in self.extra_env.items()})
        fd, self.log_path = tempfile.mkstemp(prefix="skillmix-serve-", suffix=".log", dir=self.workdir)
        os.close(fd)
        if self.user is not None:
            os.chmod(self.log_path, 0o666)
        self.log = open(self.log_path, "ab")
        self.started = time.monotonic()
        self.process = subprocess.Popen(self.command(), cwd=self.workdir, env=env, stdout=self.log,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        return self

    def wait_healthy(self, timeout=90):
        """Waits for /healthz to answer 200; fails with the output if the process exits or never answers."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"skillmix serve exited with {self.process.returncode}:\n{self.output()}")
            with contextlib.suppress(OSError):
                if healthz(self.base, timeout=2).status == 200:
                    return self
            time.sleep(0.1)
        raise AssertionError(f"skillmix serve did not answer /healthz within {timeout} s:\n{self.output()}")

    def wait_exit(self, timeout):
        """The exit code, or None if the process is still running after `timeout` seconds."""
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def output(self):
        if self.log is not None:
            self.log.flush()
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode(errors="replace")[-20000:]
        except (OSError, TypeError):
            return ""

    def kill(self):
        """SIGKILL, no goodbye."""
        if self.alive():
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self, timeout=15):
        """SIGTERM, then SIGKILL if it does not stop in time. Returns the exit code."""
        if self.process is None:
            return None
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self.log is not None:
            self.log.close()
            self.log = None
        return self.process.returncode


def save_design(base, body=None, timeout=60):
    return post_json(base, "/api/v1/designs", body or {"service": "talking-therapies"}, timeout=timeout)


def sqlite_page_size(path):
    with open(path, "rb") as f:
        header = f.read(100)
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


# PostgreSQL of our own ---------------------------------------------------------------------------------------------

def postgres_bin():
    """The newest /usr/lib/postgresql/*/bin holding initdb and pg_ctl, or None."""
    candidates = [d for d in glob.glob("/usr/lib/postgresql/*/bin")
                  if os.path.exists(os.path.join(d, "initdb")) and os.path.exists(os.path.join(d, "pg_ctl"))]
    if not candidates:
        for name in ("initdb", "pg_ctl"):
            if shutil.which(name) is None:
                return None
        return os.path.dirname(shutil.which("initdb"))

    def version(d):
        try:
            return float(d.split("/")[-2])
        except ValueError:
            return 0.0

    return max(candidates, key=version)


class Postgres:
    """A throwaway cluster in a temp dir: trust auth, loopback TCP on a free port, a unix socket in the temp dir.
    It never touches the cluster that scripts/start-postgres.sh manages."""

    def __init__(self, bindir):
        self.bindir = bindir
        self.root = tempfile.mkdtemp(prefix="skillmix-pg-")
        os.chmod(self.root, 0o755)
        self.data = os.path.join(self.root, "data")
        self.socket_dir = os.path.join(self.root, "socket")
        self.log_path = os.path.join(self.root, "postgres.log")
        os.mkdir(self.socket_dir)
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0  # initdb refuses to run as root
        if self.as_postgres:
            import pwd
            entry = pwd.getpwnam("postgres")
            self.uid, self.gid = entry.pw_uid, entry.pw_gid
            for path in (self.root, self.socket_dir):
                os.chown(path, self.uid, self.gid)

    def run(self, *command, timeout=60, check=True):
        command = [os.path.join(self.bindir, command[0]), *command[1:]]
        if self.as_postgres:
            command = ["setpriv", f"--reuid={self.uid}", f"--regid={self.gid}", "--clear-groups", "--", *command]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        done = subprocess.run(command, cwd=self.root, env=env, capture_output=True, text=True, timeout=timeout)
        if check and done.returncode != 0:
            raise AssertionError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}\n"
                                 + self.log())
        return done

    def log(self):
        try:
            with open(self.log_path) as f:
                return f.read()[-5000:]
        except OSError:
            return ""

    def init(self):
        self.run("initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8",
                 "--locale=C", timeout=120)
        return self

    def start(self):
        options = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses={HOST} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        self.run("pg_ctl", "-D", self.data, "-l", self.log_path, "-o", options, "-w", "-t", "60", "start",
                 timeout=90)
        return self

    def stop(self):
        return self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "-t", "60", "stop", timeout=90, check=False)

    def create_database(self, name):
        self.run("createdb", "-h", self.socket_dir, "-p", str(self.port), "-U", "postgres", name)
        return f"postgres://postgres@{HOST}:{self.port}/{name}?sslmode=disable"

    def remove(self):
        with contextlib.suppress(Exception):
            if os.path.exists(os.path.join(self.data, "postmaster.pid")):
                self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
