"""Keep the README's example true: the request it shows is docs/example-request.json, and the
answer it shows is what the service answers to it.

    python docs/readme_example.py          # check: exit status 1 and what differs when stale
    python docs/readme_example.py --write  # rewrite both blocks from a real run (make readme)

The cache key, the pipeline version and the time taken change with every release and every run;
they are shown as a run gave them and left out of the check. Everything else must match.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
REQUEST = ROOT / "docs" / "example-request.json"
BLOCK = re.compile(
    r"(<!-- example-(?P<name>request|answer) -->\n```json\n)(?P<body>.*?)(\n```)", re.S
)


def answer_of(client: Any, request: dict[str, Any]) -> dict[str, Any]:
    """What POST /v1/extractions answers to `request`, through the app."""
    response = client.post("/v1/extractions", json=request)
    if response.status_code != 200:
        raise RuntimeError(f"the example request was answered {response.status_code}")
    answer: dict[str, Any] = response.get_json()
    return answer


def render(value: dict[str, Any]) -> str:
    """Top-level fields a line each, list items a line each: readable, and still JSON."""
    lines = ["{"]
    for index, (name, field) in enumerate(value.items()):
        comma = "," if index < len(value) - 1 else ""
        if isinstance(field, list) and field:
            items = [f"    {json.dumps(item, ensure_ascii=False)}" for item in field]
            lines.append(f'  "{name}": [\n' + ",\n".join(items) + f"\n  ]{comma}")
        else:
            lines.append(f'  "{name}": {json.dumps(field, ensure_ascii=False)}{comma}')
    return "\n".join(lines + ["}"])


def comparable(answer: dict[str, Any]) -> dict[str, Any]:
    """The answer without what changes from run to run and release to release."""
    meta = {k: v for k, v in answer["meta"].items() if k not in ("pipeline_version", "elapsed_ms")}
    return {**{k: v for k, v in answer.items() if k != "key"}, "meta": meta}


def shown(readme: str) -> dict[str, str]:
    return {m["name"]: m["body"] for m in BLOCK.finditer(readme)}


def stale(readme: str, request: dict[str, Any], answer: dict[str, Any]) -> list[str]:
    """What the README shows that the service does not answer (empty when it is true)."""
    blocks = shown(readme)
    problems = []
    if set(blocks) != {"request", "answer"}:
        return ["the README lacks the example-request or example-answer block"]
    if json.loads(blocks["request"]) != request:
        problems.append("the request shown is not docs/example-request.json")
    if comparable(json.loads(blocks["answer"])) != comparable(answer):
        problems.append("the answer shown is not what the service answers (make readme)")
    return problems


def rewritten(readme: str, request: dict[str, Any], answer: dict[str, Any]) -> str:
    bodies = {
        "request": json.dumps(request, indent=2, ensure_ascii=False),
        "answer": render(answer),
    }
    return BLOCK.sub(lambda m: m[1] + bodies[m["name"]] + m[4], readme)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the README's blocks")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from service import create_app

    app = create_app({"CACHE_BACKEND": "memory", "REDIS_URL": "", "API_KEYS": "", "RATE_LIMIT": ""})
    request = json.loads(REQUEST.read_text(encoding="utf-8"))
    answer = answer_of(app.test_client(), request)
    readme = README.read_text(encoding="utf-8")
    if args.write:
        README.write_text(rewritten(readme, request, answer), encoding="utf-8")
        return 0
    problems = stale(readme, request, answer)
    for problem in problems:
        print(f"README.md: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
