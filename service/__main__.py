"""Command line: `python -m service extract FILE [--published DATE] [--html]`, `... openapi`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marshmallow import ValidationError


def _extract(args: argparse.Namespace) -> int:
    from .cache import MemoryCache
    from .config import load_config
    from .extract import load_pipeline
    from .extractions import extract_document
    from .schemas import ExtractionRequest

    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as error:
        return _fail(f"cannot read {args.file}: {_reason(error)}")
    body = {
        "text": text,
        "format": "html" if args.html else "text",
        "published": args.published,
        "id": args.id,
    }
    try:
        loaded = ExtractionRequest().load(body)
    except ValidationError as error:
        fields = error.messages if isinstance(error.messages, dict) else {"": error.messages}
        problems = "; ".join(f"{name}: {' '.join(map(str, said))}" for name, said in fields.items())
        return _fail(f"{args.file}: {problems}")
    pipeline = load_pipeline(args.model or load_config()["SPACY_MODEL"])
    answer = extract_document(loaded, pipeline=pipeline, cache=MemoryCache(1, 1))
    json.dump(answer.document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _read(file: str) -> str:
    """The article, from a file or (for -) standard input, as UTF-8."""
    if file == "-":
        return sys.stdin.buffer.read().decode("utf-8")
    return Path(file).read_bytes().decode("utf-8")


def _reason(error: OSError | UnicodeDecodeError) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 text (byte 0x{error.object[error.start]:02x} at offset {error.start})"
    return error.strerror or str(error)


def _fail(message: str) -> int:
    """One line on stderr and the exit status for bad input: no traceback for the caller's error."""
    print(f"newsfacts: {message}", file=sys.stderr)
    return 2


def _openapi(_args: argparse.Namespace) -> int:
    from .openapi import render_spec

    sys.stdout.write(render_spec())
    return 0


def _worker(args: argparse.Namespace) -> int:
    from .worker import main_worker

    return main_worker(processes=args.processes, burst=args.burst)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print the Extraction JSON of an article file")
    extract.add_argument("file", help="the article (plain text, or HTML with --html); - is stdin")
    extract.add_argument("--published", help="publication date, ISO 8601 (for relative dates)")
    extract.add_argument("--html", action="store_true", help="the file is HTML")
    extract.add_argument("--id", help="your article id, echoed back")
    extract.add_argument("--model", help="spaCy pipeline to load (default: SPACY_MODEL)")
    extract.set_defaults(run=_extract)
    openapi = commands.add_parser("openapi", help="print openapi.yaml generated from the schemas")
    openapi.set_defaults(run=_openapi)
    worker = commands.add_parser("worker", help="run a batch worker (rq) on the configured Redis")
    worker.add_argument(
        "--processes",
        type=int,
        default=1,
        help="worker processes sharing one loaded model (default 1; about one per core)",
    )
    worker.add_argument("--burst", action="store_true", help="stop once the queues are empty")
    worker.set_defaults(run=_worker)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
