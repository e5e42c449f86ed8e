"""Single days in less common forms: a weekday beside its date, "the 15th day of next month"."""

from __future__ import annotations
