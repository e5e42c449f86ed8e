"""gunicorn started exactly as `make run` starts it, on a free loopback port, and always stopped."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import requests

from .memory import children

HOST = "127.0.0.1"  # load goes to loopback only


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def gunicorn_command() -> list[str]:
    """The Makefile's `$(BIN)/gunicorn --config service/gunicorn_conf.py 'service.wsgi:app'`.

    $(BIN) is the directory of the running interpreter (.venv/bin under `make bench`); it is not
    resolved through symlinks, which would leave the virtualenv.
    """
    gunicorn = Path(sys.executable).parent / "gunicorn"
    return [str(gunicorn), "--config", "service/gunicorn_conf.py", "service.wsgi:app"]


class Gunicorn:
    """A gunicorn master in its own session; `with Gunicorn(...)` stops it whatever happens."""

    def __init__(self, root: Path, env: dict[str, str], log_path: Path) -> None:
        self.root = root
        self.env = env
        self.log_path = log_path
        self.port = int(env["PORT"])
        self.url = f"http://{HOST}:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.returncode: int | None = None
        self._log: IO[bytes] | None = None

    def __enter__(self) -> Gunicorn:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            gunicorn_command(),
            cwd=self.root,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() can reach forked workers
        )

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def workers(self) -> list[int]:
        return children(self.pid)

    def log_tail(self, lines: int = 25) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def wait_ready(self, expected_workers: int, timeout: float) -> float:
        """Poll GET /readyz until 200 and all workers are forked; seconds it took."""
        assert self.proc is not None
        started = time.monotonic()
        session = requests.Session()
        try:
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError(
                        f"gunicorn exited with {self.proc.returncode} before it was ready:\n"
                        + self.log_tail()
                    )
                try:
                    answer = session.get(f"{self.url}/readyz", timeout=2)
                    if answer.status_code == 200 and len(self.workers()) >= expected_workers:
                        return time.monotonic() - started
                except requests.RequestException:
                    pass
                if time.monotonic() - started > timeout:
                    raise RuntimeError(
                        f"gunicorn not ready after {timeout:.0f}s:\n" + self.log_tail()
                    )
                time.sleep(0.2)
        finally:
            session.close()

    def stop(self, grace: float = 25.0) -> int | None:
        """SIGTERM the master (graceful), then SIGKILL its process group if it lingers."""
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        try:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=grace)
                except subprocess.TimeoutExpired:
                    # Still alive (so not reaped): its group is the session Popen made for it.
                    os.killpg(proc.pid, signal.SIGKILL)
            self.returncode = proc.wait(timeout=10)
            return self.returncode
        finally:
            if self._log is not None:
                self._log.close()
                self._log = None


def server_env(port: int, redis_url: str, workers: int | None, model: str) -> dict[str, Any]:
    """The caller's environment with the bench's port, loopback host, Redis database and model
    (the one the pipeline part measured: the environment's SPACY_MODEL unless --model)."""
    env = dict(os.environ)
    env.update({"PORT": str(port), "HOST": HOST, "REDIS_URL": redis_url, "SPACY_MODEL": model})
    if workers is not None:
        env["WEB_CONCURRENCY"] = str(workers)
    return env
