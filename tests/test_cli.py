"""`python -m service extract FILE` prints the Extraction JSON without a server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_extract_a_text_file(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Prime Minister Jacinda Ardern said on Friday that 50 people died.")
    result = run_cli("extract", str(article), "--published", "2019-03-16")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["document"]["published"] == "2019-03-16"
    assert {"actors", "dates", "quantities", "quotes", "meta"} <= set(document)


def test_extract_html_from_stdin() -> None:
    result = run_cli("extract", "-", "--html", stdin="<p>Paris is in France.</p>")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["text"] == "Paris is in France."


def test_a_bad_date_is_refused_with_the_field_named(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Some text.")
    result = run_cli("extract", str(article), "--published", "yesterday")
    assert result.returncode == 2
    assert "published" in result.stderr


@pytest.mark.parametrize(
    "content, said",
    [
        (None, "No such file or directory"),
        (b"caf\xe9 au lait", "not UTF-8 text (byte 0xe9 at offset 3)"),
        (b"", "The text is empty or only white space."),
        (b" \n\t\n", "The text is empty or only white space."),
    ],
)
def test_bad_input_is_one_clear_line_and_status_2(
    tmp_path: Path, content: bytes | None, said: str
) -> None:
    article = tmp_path / "article.txt"
    if content is not None:
        article.write_bytes(content)
    result = run_cli("extract", str(article))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsfacts: ") and said in lines[0]
