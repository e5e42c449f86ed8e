"""gunicorn settings for `make run` and the Docker image, from the service's own configuration."""

import os
import shutil
import tempfile
from typing import Any

from service.config import load_config
from service.logs import logging_config

_settings = load_config()

bind = f"{_settings['HOST']}:{_settings['PORT']}"
workers = _settings["WEB_CONCURRENCY"]
# Load the app (and its model) in the master before forking: workers share the model's pages.
preload_app = True
# A backstop above the service's own per-extraction budget (EXTRACT_TIMEOUT_SECONDS).
timeout = max(60, int(_settings["EXTRACT_TIMEOUT_SECONDS"] * 2))
graceful_timeout = 20
# The app logs each request itself, as JSON with its request id; gunicorn's access log would
# only repeat it in another format.
accesslog = None
errorlog = "-"
# gunicorn's control socket defaults to one path under $HOME that every instance would share;
# nothing here uses it.
control_socket_disable = True
logconfig_dict = logging_config(_settings["LOG_LEVEL"])

# Workers write their metrics to files in one directory and /metrics merges them. This must be
# in the environment before prometheus_client is first imported, that is before the app loads.
_own_metrics_dir = ""
if not _settings["PROMETHEUS_MULTIPROC_DIR"]:
    _own_metrics_dir = tempfile.mkdtemp(prefix="newsfacts-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = _own_metrics_dir


_embedded_workers: Any = None


def when_ready(server: Any) -> None:
    """Start the batch workers `make run` keeps beside gunicorn (none when REDIS_URL names a
    Redis that workers of their own serve), forked from the master, which holds the model."""
    global _embedded_workers
    from service.cache import redis_url
    from service.worker import WorkerProcesses, worker_count

    app = server.app.wsgi()
    config = dict(app.config)
    count = worker_count(config)
    url = redis_url(config)  # the embedded one the app started: joined, not started again
    if count and url:
        _embedded_workers = WorkerProcesses(config, url, app.extensions["pipeline"])
        _embedded_workers.start_supervised(count)


def child_exit(server: Any, worker: Any) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]


def on_exit(server: Any) -> None:
    """Stop the embedded batch workers; remove the metrics directory this configuration made
    (one given to it is left alone)."""
    if _embedded_workers is not None:
        _embedded_workers.stop()
    if _own_metrics_dir:
        shutil.rmtree(_own_metrics_dir, ignore_errors=True)
