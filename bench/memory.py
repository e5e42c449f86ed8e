"""Memory: smaps_rollup of processes (RSS, PSS, shared pages) and what the spaCy model costs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

KIB_FIELDS = ("Rss", "Pss", "Shared_Clean", "Shared_Dirty", "Private_Clean", "Private_Dirty")


def parse_smaps_rollup(text: str) -> dict[str, int]:
    """The "Name:  1234 kB" lines of /proc/PID/smaps_rollup as {name: kB}; others are skipped."""
    values: dict[str, int] = {}
    for line in text.splitlines():
        name, colon, rest = line.partition(":")
        parts = rest.split()
        if not colon or " " in name.strip() or len(parts) != 2 or parts[1] != "kB":
            continue  # the header line ("5580...-7fff... ---p ... [rollup]") or anything odd
        try:
            values[name.strip()] = int(parts[0])
        except ValueError:
            continue
    return values


def shared_kib(rollup: dict[str, int]) -> int:
    """Pages this process shares with at least one other (clean or dirty), in kB."""
    return rollup.get("Shared_Clean", 0) + rollup.get("Shared_Dirty", 0)


def private_kib(rollup: dict[str, int]) -> int:
    return rollup.get("Private_Clean", 0) + rollup.get("Private_Dirty", 0)


def read_rollup(pid: int | str = "self") -> dict[str, int]:
    return parse_smaps_rollup(Path(f"/proc/{pid}/smaps_rollup").read_text())


def children(pid: int) -> list[int]:
    """Direct children of `pid` (via /proc/PID/task/*/children, else by scanning /proc)."""
    found: set[int] = set()
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found.update(int(p) for p in (task / "children").read_text().split())
        return sorted(found)
    except OSError:
        pass
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may hold spaces: the ppid follows the last ")".
        if int(stat.rpartition(")")[2].split()[1]) == pid:
            found.add(int(entry.name))
    return sorted(found)


def stat_cpu_ticks(stat: str) -> int:
    """utime + stime (fields 14 and 15) of a /proc/PID/stat line, in clock ticks.

    The command name (field 2) is in parentheses and may hold spaces or ")": count the fields
    from after its last ")", where field 3 (the state) comes first.
    """
    fields = stat.rpartition(")")[2].split()
    return int(fields[11]) + int(fields[12])


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    return stat_cpu_ticks(Path(f"/proc/{pid}/stat").read_text()) / os.sysconf("SC_CLK_TCK")


def process_snapshot(role: str, pid: int) -> dict[str, Any]:
    rollup = read_rollup(pid)
    row: dict[str, Any] = {"role": role, "pid": pid}
    row.update({f"{name.lower()}_kib": rollup.get(name, 0) for name in KIB_FIELDS})
    row["shared_kib"] = shared_kib(rollup)
    row["private_kib"] = private_kib(rollup)
    return row


def tree_snapshot(master: int, workers: list[int]) -> dict[str, Any]:
    """RSS/PSS/shared of the master and each worker, and the sums that show the sharing."""
    rows = [process_snapshot("master", master)]
    rows += [process_snapshot(f"worker {n}", pid) for n, pid in enumerate(workers, start=1)]
    total_rss = sum(row["rss_kib"] for row in rows)
    total_pss = sum(row["pss_kib"] for row in rows)
    worker_rows = rows[1:]
    return {
        "processes": rows,
        "sum_rss_kib": total_rss,
        "sum_pss_kib": total_pss,
        # RSS counts a shared page once per process, PSS splits it among them: the difference
        # is what sharing saves against every process holding its own copy.
        "saved_by_sharing_kib": total_rss - total_pss,
        "worker_shared_kib": [row["shared_kib"] for row in worker_rows],
        "worker_shared_fraction": [
            round(row["shared_kib"] / row["rss_kib"], 3) if row["rss_kib"] else None
            for row in worker_rows
        ],
    }


# Run in a fresh interpreter: its own RSS before/after importing spaCy and loading the model.
_PROBE = r"""
import json, sys
def rollup():
    values = {}
    for line in open("/proc/self/smaps_rollup"):
        name, _, rest = line.partition(":")
        parts = rest.split()
        if len(parts) == 2 and parts[1] == "kB":
            values[name.strip()] = int(parts[0])
    return {"rss_kib": values.get("Rss", 0), "pss_kib": values.get("Pss", 0)}
mode, model = sys.argv[1], sys.argv[2]
out = {"python": rollup()}
import spacy
out["import_spacy"] = rollup()
if mode == "model":
    nlp = spacy.load(model)
    out["load_model"] = rollup()
    nlp("Warm the model up once, as a worker would after its first request.")
    out["first_parse"] = rollup()
print(json.dumps(out))
"""


def _probe(mode: str, model: str) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE, mode, model],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    if completed.returncode != 0:
        raise RuntimeError(f"memory probe ({mode}) failed: {completed.stderr.strip()[-800:]}")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def model_cost(model: str) -> dict[str, Any]:
    """RSS of a fresh python after `import spacy` + spacy.load(model), minus after the import
    alone; each measured in its own subprocess (and the in-process difference alongside)."""
    spacy_only = _probe("import", model)
    with_model = _probe("model", model)
    return {
        "model": model,
        "spacy_only_process": spacy_only,
        "model_process": with_model,
        "model_cost_rss_kib": with_model["load_model"]["rss_kib"]
        - spacy_only["import_spacy"]["rss_kib"],
        "model_cost_rss_kib_same_process": with_model["load_model"]["rss_kib"]
        - with_model["import_spacy"]["rss_kib"],
        "import_spacy_rss_kib": spacy_only["import_spacy"]["rss_kib"]
        - spacy_only["python"]["rss_kib"],
    }
