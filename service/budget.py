"""A time budget for one extraction, so that no text can hold a worker indefinitely.

gunicorn's sync workers answer each request on the main thread, where SIGALRM can interrupt
the pipeline between Python steps; elsewhere (a threaded dev server) the budget is not enforced
and gunicorn's own worker timeout is the backstop.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class BudgetExceeded(Exception):
    """The work took longer than its budget and was abandoned."""


def _expired(signum: int, frame: FrameType | None) -> None:
    raise BudgetExceeded


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise BudgetExceeded inside the block once `seconds` have passed (0 means no budget)."""
    enforceable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not enforceable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
