"""Clock-time ranges: "from 5 to 6pm", "between 10 and 11:30 this morning"; each end a TIME."""

from __future__ import annotations
