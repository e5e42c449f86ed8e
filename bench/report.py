"""The machine the numbers came from, the printed table, and the JSON file."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or None


def _mem_total_mib() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args], cwd=root, capture_output=True, text=True, timeout=10, check=False
        )
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def machine(root: Path, model: str) -> dict[str, Any]:
    status = _git(root, "status", "--porcelain")
    return {
        "cores": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_mib": _mem_total_mib(),
        "load_average": [round(value, 2) for value in os.getloadavg()],
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "model": model,
        "model_version": _version(model),
        "gunicorn": _version("gunicorn"),
        "git_commit": _git(root, "rev-parse", "--short", "HEAD"),
        "git_changed_files": None if status is None else len(status.splitlines()),
    }


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Plain aligned columns: the first left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [["-" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        rest = [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        parts = [row[0].ljust(widths[0]), *rest]
        lines.append("  " + "  ".join(parts).rstrip())
    return "\n".join(lines)


def mib(kib: int | None) -> str:
    return "-" if kib is None else f"{kib / 1024:.1f}"


def _machine_lines(m: dict[str, Any]) -> list[str]:
    changed = m.get("git_changed_files")
    tree = f"git {m.get('git_commit')}" + (f" + {changed} changed files" if changed else "")
    lines = [
        f"Machine: {m['cores']} cores ({m['cpu_model']}), {m['memory_mib']} MiB RAM, "
        f"{m['platform']}",
        f"Python {m['python']}, spaCy {m['spacy']}, model {m['model']} {m['model_version']}, "
        f"gunicorn {m['gunicorn']}; {tree}",
    ]
    load = m.get("load_average")
    if load and m.get("cores") and load[0] > 0.5 * m["cores"]:
        lines.append(
            f"NOTE: load average {load[0]} at the start: other processes were busy, so wall "
            "times are noisy; the CPU-time columns are steadier"
        )
    return lines


def _pipeline_lines(p: dict[str, Any]) -> list[str]:
    if "error" in p:
        return [f"Pipeline speed: FAILED: {p['error']}"]
    rows = [
        [
            mode["label"],
            f"{mode['seconds_median']:.3f}",
            f"{mode['cpu_seconds_median']:.3f}",
            f"{mode['articles_per_second']:.1f}",
            f"{mode['words_per_second']:,.0f}",
            " ".join(f"{s:.2f}" for s in mode["seconds_rounds"]),
        ]
        for mode in p["modes"].values()
    ]
    verdict = "met" if p["ratio_vs_pipe"] <= p["goal_ratio_vs_pipe"] else "not met"
    return [
        f"Pipeline speed, one process: {p['articles']} gold articles, {p['words']:,} words; "
        f"median of {p['rounds']} round(s) after a warm-up",
        table(["mode", "wall s", "CPU s", "articles/s", "words/s", "wall rounds (s)"], rows),
        f"  ratio ours / spaCy nlp.pipe = {p['ratio_vs_pipe']:.2f} "
        f"(goal <= {p['goal_ratio_vs_pipe']}: {verdict}); "
        f"ours / spaCy nlp(text) each = {p['ratio_vs_each']:.2f} (the extractors' own cost)",
        f"  by CPU time: ours / nlp.pipe = {p['cpu_ratio_vs_pipe']:.2f}, "
        f"ours / nlp(text) each = {p['cpu_ratio_vs_each']:.2f}",
    ]


def one_in(value: float | None) -> str:
    """A ratio of costs as "1/N" ("-" when unknown)."""
    return "-" if value is None else f"1/{value:g}"


def goal_verdict(ratio: float | None, goal_ratio: int) -> str:
    """Whether a hit costs at most 1/goal_ratio of a miss."""
    met = ratio is not None and ratio >= goal_ratio
    return f"goal at most 1/{goal_ratio}: {'met' if met else 'not met'}"


def _cache_lines(c: dict[str, Any]) -> list[str]:
    if "error" in c:
        return [f"Cache-hit versus miss cost: FAILED: {c['error']}"]
    rows = [
        [
            kind,
            c[kind]["requests"],
            c[kind]["cpu_ms_mean"],
            c[kind]["cpu_ms_p50"],
            c[kind]["wall_ms_mean"],
            c[kind]["wall_ms_p50"],
            ", ".join(f"{k} {v}" for k, v in sorted(c[kind]["x_cache"].items())),
        ]
        for kind in ("miss", "hit")
    ]
    return [
        f"Cache-hit versus miss cost, in process (Flask test client, Redis {c['redis_url']}): "
        f"{c['articles']} articles, each POSTed once (miss) then {c['hit_rounds']} times (hits)",
        table(["", "requests", "CPU ms", "CPU p50", "wall ms", "wall p50", "X-Cache"], rows),
        f"  a hit costs {one_in(c['ratio_cpu'])} of a miss by mean CPU "
        f"({goal_verdict(c['ratio_cpu'], c['goal_ratio'])}), "
        f"{one_in(c['ratio_wall'])} by mean wall time; per article, the median is "
        f"{one_in(c.get('ratio_cpu_per_article_p50'))} by CPU",
    ]


def _server_lines(s: dict[str, Any]) -> list[str]:
    if "error" in s and "uncached" not in s:
        return [f"Server: FAILED: {s['error']}"]
    lines = [
        f"Server: gunicorn --config service/gunicorn_conf.py service.wsgi:app on {s['url']}, "
        f"{s['workers']} workers, cache {s['redis_url']}; ready in {s['ready_seconds']}s; "
        f"{s['requests_per_phase']} requests per phase at concurrency {s['concurrency']}",
    ]
    rows = []
    for phase in ("uncached", "cached"):
        r = s.get(phase)
        if r is None:
            continue
        cache = ", ".join(f"{k} {v}" for k, v in r["x_cache"].items())
        rows.append(
            [
                "uncached (distinct texts)" if phase == "uncached" else "cache hits (repeats)",
                f"{r['sent']}/{r['planned']}",
                r["errors"],
                r["p50_ms"],
                r["p95_ms"],
                r["p99_ms"],
                r["max_ms"],
                r["throughput_rps"],
                r.get("server_cpu_ms_per_request"),
                cache,
            ]
        )
    headers = ["phase", "sent", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s"]
    lines.append(table([*headers, "CPU ms/req", "X-Cache"], rows))
    versus = s.get("hit_vs_miss")
    if versus:
        lines.append(
            f"  a cache hit costs {one_in(versus['ratio_cpu'])} of an uncached answer by server "
            f"CPU per request ({goal_verdict(versus['ratio_cpu'], versus['goal_ratio'])}), "
            f"{one_in(versus['ratio_p50'])} by p50 latency"
        )
    lines.append(f"  errors in all phases (warm-up included): {s.get('errors')} (must be 0)")
    for phase in ("warmup", "uncached", "cached"):
        for sample in s.get(phase, {}).get("error_samples", []):
            lines.append(f"    {phase}: {sample}")
    if "error" in s:
        lines.append(f"  FAILED: {s['error']}")
    return lines


def _memory_lines(s: dict[str, Any], cost: dict[str, Any]) -> list[str]:
    lines = []
    snap = s.get("memory_after_run")
    if snap:
        rows = [
            [
                p["role"],
                p["pid"],
                mib(p["rss_kib"]),
                mib(p["pss_kib"]),
                mib(p["shared_kib"]),
                mib(p["private_kib"]),
            ]
            for p in snap["processes"]
        ]
        rows.append(["sum", "", mib(snap["sum_rss_kib"]), mib(snap["sum_pss_kib"]), "", ""])
        fractions = ", ".join(f"{f:.0%}" for f in snap["worker_shared_fraction"] if f is not None)
        lines += [
            "Memory of the gunicorn processes after the run (MiB, from /proc/PID/smaps_rollup)",
            table(["process", "pid", "RSS", "PSS", "shared", "private"], rows),
            f"  sum RSS - sum PSS = {mib(snap['saved_by_sharing_kib'])} MiB saved by sharing; "
            f"share of each worker's RSS that is shared: {fractions}",
        ]
    ready = s.get("memory_at_ready")
    if snap and ready:
        before = ", ".join(mib(p["private_kib"]) for p in ready["processes"][1:])
        after = ", ".join(mib(p["private_kib"]) for p in snap["processes"][1:])
        lines.append(
            f"  workers' private memory: {before} MiB when ready -> {after} MiB after the run "
            "(copy-on-write and per-request allocations)"
        )
    if "error" in cost:
        lines.append(f"  model cost: FAILED: {cost['error']}")
    elif cost:
        lines.append(
            f"  model cost: fresh python + import spacy = "
            f"{mib(cost['spacy_only_process']['import_spacy']['rss_kib'])} MiB RSS; "
            f"+ spacy.load = {mib(cost['model_process']['load_model']['rss_kib'])} MiB; "
            f"the model costs {mib(cost['model_cost_rss_kib'])} MiB "
            f"({mib(cost['model_cost_rss_kib_same_process'])} within one process)"
        )
    return lines


def _batch_lines(b: dict[str, Any]) -> list[str]:
    if "error" in b and "workers_2" not in b:
        return [f"Batches: FAILED: {b['error']}"]
    single = b["single_requests"]
    rows = [
        [
            "one gunicorn worker, one request at a time",
            single["wall_seconds"],
            single["articles_per_second"],
            "",
        ]
    ]
    for workers in (1, 2):
        phase = b[f"workers_{workers}"]
        counts = phase["counts"]
        rows.append(
            [
                f"batch on {workers} newsfacts worker(s)",
                phase["wall_seconds"],
                phase["articles_per_second"],
                f"{phase['status']}: {counts['done']} done, {counts['failed']} failed",
            ]
        )
    lines = [
        f"Batches: {b['articles']} distinct articles per phase, nothing from the cache",
        table(["phase", "wall s", "articles/s", "batch"], rows),
        f"  one batch worker / single requests = {b['one_worker_vs_single_requests']} "
        f"(goal >= 1.2); two workers / one = {b['two_workers_vs_one']} (goal >= 1.7)",
    ]
    snap = b["workers_2"].get("memory")
    if snap:
        sizes = ", ".join(f"{mib(p['rss_kib'])}/{mib(p['pss_kib'])}" for p in snap["processes"])
        fractions = ", ".join(f"{f:.0%}" for f in snap["worker_shared_fraction"] if f is not None)
        lines.append(
            f"  newsfacts worker --processes 2, RSS/PSS MiB (parent, workers): {sizes}; "
            f"{mib(snap['saved_by_sharing_kib'])} MiB saved by sharing; share of each worker's "
            f"RSS that is shared: {fractions}"
        )
    return lines  # fmt: skip


def render(results: dict[str, Any]) -> str:
    out = [f"newsfacts bench, {results['started']} ({results.get('mode', 'full')} run)"]
    out += _machine_lines(results["machine"])
    if "pipeline" in results:
        out += [""] + _pipeline_lines(results["pipeline"])
    if "cache" in results:
        out += [""] + _cache_lines(results["cache"])
    if "server" in results:
        out += [""] + _server_lines(results["server"])
    if "batches" in results:
        out += [""] + _batch_lines(results["batches"])
    memory_lines = _memory_lines(results.get("server", {}), results.get("model_cost", {}))
    if memory_lines:
        out += [""] + memory_lines
    out += ["", f"Total {results['seconds']:.0f}s; JSON in {results['json']}"]
    return "\n".join(out)


def write_json(path: Path, results: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
