"""gunicorn started as `make run` starts it, on a free port, for tests that talk HTTP to it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def gunicorn(log: Path | None = None, **settings: str) -> Iterator[str]:
    """gunicorn as `make run` starts it, with these settings in its environment; its base URL.

    With `log`, what it writes to stderr (the service's JSON log lines) goes to that file.
    """
    port = _free_port()
    env = {**os.environ, "PORT": str(port), "HOST": "127.0.0.1", "WEB_CONCURRENCY": "2"}
    env.pop("REDIS_URL", None)
    env.update(settings)
    executable = Path(sys.executable).parent / "gunicorn"
    process = subprocess.Popen(
        [str(executable), "--config", "service/gunicorn_conf.py", "service.wsgi:app"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if log is None else log.open("wb"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                said = log.read_text() if log else process.stderr.read().decode()  # type: ignore[union-attr]
                raise RuntimeError(f"gunicorn exited: {said[-2000:]}")
            try:
                if requests.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not become ready within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
