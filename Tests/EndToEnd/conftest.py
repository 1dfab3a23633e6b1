"""Starts the built `skillmix` binary on a fresh SQLite file and gives each test a headless Chromium."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(base, tries=300):
    """Waits until `base` answers /healthz with 200."""
    for _ in range(tries):
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{base} did not answer /healthz")


class Instances:
    """Instances of `skillmix serve` sharing one fresh SQLite file, with accounts made on the command line."""

    PASSWORD = "correct horse battery staple"

    def __init__(self, prefix, accounts, env=None):
        self.binary = os.environ.get("SKILLMIX_BINARY", os.path.join(ROOT, ".build", "debug", "skillmix"))
        self.workdir = tempfile.mkdtemp(prefix=prefix)
        self.database = f"sqlite:{self.workdir}/skillmix.sqlite"
        self.env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        self.env["SKILLMIX_BCRYPT_COST"] = "4"
        self.env.update(env or {})
        self.processes = []
        for email, role in accounts:
            subprocess.run(
                [self.binary, "users", "create", "--email", email, "--role", role, "--database-url", self.database],
                input=self.PASSWORD + "\n", text=True, check=True, cwd=self.workdir, env=self.env, capture_output=True,
            )

    def start(self):
        """Starts one more instance and returns its address once it answers."""
        port = free_port()
        self.processes.append(subprocess.Popen(
            [self.binary, "serve", "--port", str(port), "--database-url", self.database],
            cwd=self.workdir, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        ))
        base = f"http://127.0.0.1:{port}"
        wait_for(base)
        return base

    def stop(self):
        for process in self.processes:
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(self.workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def server():
    binary = os.environ.get("SKILLMIX_BINARY", os.path.join(ROOT, ".build", "debug", "skillmix"))
    assert os.path.exists(binary), f"build the app first: {binary} is missing"
    workdir = tempfile.mkdtemp(prefix="skillmix-e2e-")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    started = time.monotonic()
    process = subprocess.Popen(
        [binary, "serve", "--port", str(port), "--database-url", f"sqlite:{workdir}/skillmix.sqlite"],
        cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base)
    except RuntimeError:
        process.kill()
        raise RuntimeError("skillmix serve did not answer /healthz: " + process.stdout.read().decode())
    print(f"first answer {time.monotonic() - started:.2f} s after start")
    yield base
    process.terminate()
    try:
        assert process.wait(timeout=10) == 0, "skillmix serve should stop cleanly on SIGTERM"
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def make_browser():
    """A headless Chromium, sized like a small laptop screen."""
    options = Options()
    options.binary_location = shutil.which("chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1000,800"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(20)
    return driver


@pytest.fixture()
def browser():
    driver = make_browser()
    yield driver
    driver.quit()
