"""What a person reads: the table, the secondary figures, conformance, worst misses, and --diff."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .gold import CORPORA, LAYERS, SUMMARIES
from .score_quotes import QUOTE_TYPES
from .units_map import NUMBER_FILES

COLUMNS = ("files", "gold", "P", "R", "F1", "value_acc", "merges", "splits", "attribution", "false")
HEADERS = ("files", "gold", "P", "R", "F1", "value", "merges", "splits", "attrib", "false")
LOWER_IS_BETTER = (
    "merges",
    "merges_forced",
    "false_actors",
    "false_actors_in_unnamed",
    "splits",
    "false",
    "unmatched_direct",
)
_COUNTS = ("files", "gold", "merges", "splits", "predicted", "direct_predicted_partial_files")


def pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return pct(value)
    return str(value)


def _row(label: str, corpus: str, m: dict[str, Any]) -> str:
    values = [m.get(c) for c in COLUMNS]
    if "false_quotes" in m:  # "false/predicted", only where quotes are exhaustive
        values[-1] = f"{m['false_quotes']}/{m['predicted']}"
    return f"{label:<16} {corpus:<9}" + "".join(f"{cell(v):>8}" for v in values)


def _quote_type_row(kind: str, corpus: str, m: dict[str, Any]) -> str:
    sub = {"gold": m[f"gold:{kind}"], "R": m[f"R:{kind}"], "attribution": m[f"attribution:{kind}"]}
    sub["false"] = m.get(f"false:{kind}")
    return _row(f"  {kind}", corpus, sub)


def format_table(layers: dict[str, Any]) -> list[str]:
    lines = [f"{'layer':<16} {'corpus':<9}" + "".join(f"{h:>8}" for h in HEADERS)]
    lines.append("-" * len(lines[0]))
    for layer in LAYERS:
        for corpus in (*CORPORA, *SUMMARIES):
            if corpus not in layers[layer]:
                continue
            m = layers[layer][corpus]["metrics"]
            lines.append(_row(layer, corpus, m))
            if layer == "quotes":
                lines += [_quote_type_row(t, corpus, m) for t in QUOTE_TYPES if m[f"gold:{t}"]]
    return lines


def format_secondary(layers: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for corpus, entry in layers["actors"].items():
        m, c = entry["metrics"], entry["counts"]
        if c.get("mentions_gold"):
            kinds = ", ".join(
                f"{k} {pct(m[f'mention_recall:{k}'])} ({c.get(f'mentions_gold:{k}', 0)})"
                for k in (name.split(":", 1)[1] for name in m if name.startswith("mention_recall:"))
                if c.get(f"mentions_gold:{k}")
            )
            lines.append(
                f"actor mention recall  {corpus:<9} {pct(m['mention_recall'])} of "
                f"{c['mentions_gold']}  [{kinds}]"
            )
        if c.get("titles_gold"):
            lines.append(
                f"actor title recall    {corpus:<9} {pct(m['title_recall'])} "
                f"({c['titles_found']}/{c['titles_gold']})"
            )
    for corpus, entry in layers["actors"].items():
        m = entry["metrics"]
        if m.get("false_actors_in_unnamed"):
            lines.append(
                f"actor false positives {corpus:<9} {m['false_actors']}, of which "
                f"{m['false_actors_in_unnamed']} are named inside an unnamed_actors description"
            )
        if m.get("merges_forced"):
            lines.append(
                f"actor merges          {corpus:<9} {m['merges']}, of which {m['merges_forced']} "
                "forced: the gold lists two actors under the name we matched"
            )
    for corpus, entry in layers["quantities"].items():
        c = entry["counts"]
        if c.get("qualifier_gold"):
            lines.append(
                f"quantity qualifier    {corpus:<9} {pct(entry['metrics']['qualifier_acc'])} "
                f"({c['qualifier_correct']}/{c['qualifier_gold']})"
            )
    for corpus, entry in layers["quotes"].items():
        m, c = entry["metrics"], entry["counts"]
        unresolved = sum(c.get(f"attributed_unresolved:{t}", 0) for t in QUOTE_TYPES)
        if unresolved:
            lines.append(
                f"unresolved speakers   {corpus:<9} {unresolved} quotes attributed only by a "
                "pronoun over the gold's local mention that we resolve to no actor"
            )
        if "unmatched_direct" in m and corpus not in SUMMARIES:
            lines.append(
                f"unmatched direct      {corpus:<9} {m['unmatched_direct']} of "
                f"{m['direct_predicted_partial_files']} direct quotes we report overlap no gold"
            )
    return lines


def format_conformance(conf: dict[str, Any]) -> list[str]:
    lines = [f"{'conformance':<22}{'cases':>7}{'correct':>9}{'share':>8}"]
    for name in ("datetime", *NUMBER_FILES):
        entry = conf["files"].get(name)
        if entry is None:
            continue
        extra = f"  ({entry['errors']} errors)" if entry.get("errors") else ""
        label = name + (" (extra)" if name in ("number_range", "temperature") else "")
        lines.append(_conf_row(label, entry) + extra)
        if name == "datetime":
            lines += [_conf_row(f"  {t}", row) for t, row in conf["datetime_types"].items()]
            if entry.get("as_two_dates"):
                lines.append(
                    f"  of the correct, {entry['as_two_dates']} give a range as its two end dates"
                )
    return lines


def _conf_row(label: str, entry: dict[str, Any]) -> str:
    share = entry["correct"] / entry["cases"] if entry["cases"] else None
    return f"{label:<22}{entry['cases']:>7}{entry['correct']:>9}{pct(share):>8}"


def pick_worst(misses: list[dict[str, Any]], limit: int = 5) -> list[dict[str, Any]]:
    """Missed before wrong, then one per file in turn, so five misses are not all one article."""
    chosen: list[dict[str, Any]] = []
    for wanted_missed in (True, False):
        pool = [m for m in misses if (m["problem"] == "missed") == wanted_missed]
        seen: dict[str, int] = {}
        ranked = []
        for m in pool:
            seen[m["file"]] = seen.get(m["file"], 0) + 1
            ranked.append((seen[m["file"]], len(ranked), m))
        chosen += [m for _, _, m in sorted(ranked, key=lambda t: (t[0], t[1]))]
    return chosen[:limit]


def format_misses(misses: dict[str, list[dict[str, Any]]]) -> list[str]:
    lines: list[str] = []
    for layer in LAYERS:
        items = misses.get(layer) or []
        if not items:
            continue
        lines.append(f"{layer} ({len(items)} missed or wrong in all):")
        for m in pick_worst(items):
            lines.append(
                f"  [{m['file']}] {m['problem']}: gold {m['gold']}; ours: {m['predicted']}"
            )
            if m["sentence"]:
                lines.append(f"      “{m['sentence']}”")
    return lines


def format_report(results: dict[str, Any]) -> str:
    meta = results["meta"]
    lines = [
        f"newsfacts eval: model {meta['model']}, pipeline {meta['pipeline_version']}, "
        f"{meta['files']} gold files from {meta['gold']}",
        "P/R/F1/value/attrib are percentages; value = value accuracy over gold items with a value; "
        "attrib = attributed / found quotes; false = false quotes / quotes we report "
        "(exhaustive files only); '-' = not measured.",
        "",
        *format_table(results["layers"]),
        "",
        *format_secondary(results["layers"]),
    ]
    if results.get("conformance"):
        lines += ["", *format_conformance(results["conformance"])]
    lines += ["", "worst misses", *format_misses(results["misses"])]
    if results.get("errors"):
        lines += ["", "pipeline errors (scored as empty output):", *results["errors"]]
    lines += ["", f"runtime {meta['runtime_s']:.1f}s"]
    return "\n".join(lines)


def flatten(results: dict[str, Any]) -> dict[str, float | int]:
    """Every figure as "layer/corpus/metric" (and "conformance/file") -> number."""
    flat: dict[str, float | int] = {}
    for layer, corpora in results.get("layers", {}).items():
        for corpus, entry in corpora.items():
            for name, value in entry["metrics"].items():
                if isinstance(value, int | float) and not isinstance(value, bool):
                    flat[f"{layer}/{corpus}/{name}"] = value
    for name, entry in (results.get("conformance") or {}).get("files", {}).items():
        if entry.get("cases"):
            flat[f"conformance/{name}/share"] = entry["correct"] / entry["cases"]
    for name, entry in (results.get("conformance") or {}).get("datetime_types", {}).items():
        if entry.get("cases"):
            flat[f"conformance/datetime:{name}/share"] = entry["correct"] / entry["cases"]
    return flat


def _is_count(key: str) -> bool:
    last = key.rsplit("/", 1)[-1].split(":")[0]
    return last in _COUNTS or last in LOWER_IS_BETTER


def _gold_key(meta: dict[str, Any]) -> tuple[str, Any]:
    return str(Path(str(meta.get("gold"))).resolve()), meta.get("files")


def format_diff(old: dict[str, Any], new: dict[str, Any]) -> str:
    """Per-metric changes against a previous --json file: ↑ better, ↓ worse."""
    before, after = flatten(old), flatten(new)
    lines = [f"changes against {old.get('meta', {}).get('pipeline_version', 'previous run')}:"]
    old_meta, new_meta = old.get("meta") or {}, new.get("meta") or {}
    if _gold_key(old_meta) != _gold_key(new_meta):
        lines.append(
            f"  note: gold differs ({old_meta.get('files')} files from {old_meta.get('gold')} -> "
            f"{new_meta.get('files')} from {new_meta.get('gold')}); figures are not like for like"
        )
    same = 0
    only_old = sorted(before.keys() - after.keys())
    only_new = sorted(after.keys() - before.keys())
    for key in sorted(before.keys() & after.keys()):
        a, b = before[key], after[key]
        if abs(b - a) < 1e-9:
            same += 1
            continue
        last = key.rsplit("/", 1)[-1].split(":")[0]
        if last in ("files", "gold", "predicted"):
            lines.append(f"  {key:<42} {a} -> {b}  (size changed)")
            continue
        better = (b < a) if last in LOWER_IS_BETTER else (b > a)
        arrow = "↑ better" if better else "↓ worse"
        if _is_count(key):
            lines.append(f"  {key:<42} {a} -> {b}  {b - a:+d}  {arrow}")
        else:
            lines.append(f"  {key:<42} {pct(a)} -> {pct(b)}  {100 * (b - a):+.1f}  {arrow}")
    lines.append(f"  ({same} figures unchanged)")
    for label, keys in (("only in the old run", only_old), ("only in this run", only_new)):
        if keys:
            shown = ", ".join(keys[:6]) + (", ..." if len(keys) > 6 else "")
            lines.append(f"  {len(keys)} figures {label}: {shown}")
    return "\n".join(lines)


def write_json(results: dict[str, Any], path: str | Path) -> None:
    Path(path).write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def read_json(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))
