"""Command line: `newsfacts extract FILE` (one article), `newsfacts extract --jsonl IN --out OUT`
(a backfill), `newsfacts openapi`. `python -m service` is the same."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marshmallow import ValidationError


def _extract(args: argparse.Namespace) -> int:
    if args.jsonl is not None:
        return _backfill(args)
    return _extract_file(args)


def _extract_file(args: argparse.Namespace) -> int:
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


def _backfill(args: argparse.Namespace) -> int:
    from .backfill import backfill

    return backfill(
        args.jsonl,
        Path(args.out),
        model=args.model,
        restart=args.restart,
        progress=args.progress,
        batch_size=args.batch_size or DEFAULT_BATCH,
    )


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


DEFAULT_BATCH = 16

EXTRACT_HELP = """\
One article: FILE (- for standard input) is the text, or HTML with --html; the Extraction JSON
is printed. A backfill: each line of IN (- for standard input) is a JSON object with the fields of
POST /v1/extractions (text, format, published, id, include); line N of OUT is the Extraction of
line N, or a problem object (RFC 9457, with "line" and "id") saying why that line failed. A run
that stops leaves OUT's complete lines; the same command resumes after them.

exit status: 0 done (with --jsonl: every line of IN has its answer in OUT, failed lines included,
counted in the summary on stderr); 2 bad usage, unreadable input or unwritable output;
130 interrupted, 1 an unexpected error (with --jsonl, the same command resumes after either)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract",
        help="extract the facts of an article file, or backfill a JSON-lines file",
        description=EXTRACT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("file", nargs="?", help="the article (text, or HTML: --html); - is stdin")
    extract.add_argument("--published", help="publication date, ISO 8601 (for relative dates)")
    extract.add_argument("--html", action="store_true", help="the file is HTML")
    extract.add_argument("--id", help="your article id, echoed back")
    extract.add_argument("--model", help="spaCy pipeline to load (default: SPACY_MODEL)")
    backfill = extract.add_argument_group("backfill (instead of FILE)")
    backfill.add_argument("--jsonl", metavar="IN", help="the requests, one JSON object a line")
    backfill.add_argument("--out", metavar="OUT", help="the answers, one a line; appended to")
    backfill.add_argument(
        "--restart", action="store_true", help="overwrite OUT instead of resuming after its lines"
    )
    backfill.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="show the progress bar on stderr (default: when stderr is a terminal)",
    )
    backfill.add_argument(
        "--batch-size",
        type=int,
        metavar="N",
        help=f"articles parsed together and written at once (default: {DEFAULT_BATCH})",
    )
    extract.set_defaults(run=_extract, usage_error=extract.error)
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
    return parser


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the way extract's options are combined, if anything."""
    if args.jsonl is None:
        if args.file is None:
            return "give FILE (one article) or --jsonl IN --out OUT (a backfill)"
        names = ("out", "restart", "progress", "batch_size")
        given = [name for name in names if _given(args, name)]
        return f"{_options(given)}: only with --jsonl" if given else None
    if args.file is not None:
        return "give FILE or --jsonl IN, not both"
    if args.out is None:
        return "--jsonl needs --out OUT"
    if args.out == "-":
        return "--out must be a file: a resumed run reads it back"
    given = [name for name in ("published", "html", "id") if _given(args, name)]
    if given:
        return f"{_options(given)}: only with FILE (each JSON line gives its own)"
    if args.batch_size is not None and args.batch_size < 1:
        return "--batch-size must be at least 1"
    return None


def _given(args: argparse.Namespace, name: str) -> bool:
    return getattr(args, name) not in (None, False)


def _options(names: list[str]) -> str:
    return ", ".join("--" + name.replace("_", "-") for name in names)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "extract":
        problem = _usage_problem(args)
        if problem is not None:
            args.usage_error(problem)  # prints the usage and exits with status 2
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
