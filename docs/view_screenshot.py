"""Take docs/view.png, the README's picture of the article page (`make screenshot`).

The example request (docs/example-request.json) is pasted into /view on a gunicorn of its own,
in headless Chromium, and one quote is chosen so the picture shows a speaker lit up and a fact's
card. The tests never run this: a picture is looked at, not compared.

    python docs/view_screenshot.py [--out docs/view.png] [--width 1200]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUEST = ROOT / "docs" / "example-request.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "view.png")
    parser.add_argument("--width", type=int, default=1200)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.browser import ChromiumMissing, start_chromium
    from tests.live import gunicorn

    example = json.loads(REQUEST.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as home:
        # A cache of its own, so the run touches no one's Redis.
        with gunicorn(CACHE_DIR=f"{home}/cache", HOME=home, WEB_CONCURRENCY="1") as base:
            try:
                driver = start_chromium(args.width, 900)
            except ChromiumMissing as missing:
                print(missing, file=sys.stderr)
                return 1
            try:
                driver.get(f"{base}/view")
                driver.find_element(By.ID, "text").send_keys(example["text"])
                driver.execute_script(
                    "document.getElementById('published').value = arguments[0]",
                    example["published"],
                )
                driver.find_element(By.ID, "submit").click()
                WebDriverWait(driver, 60).until(
                    lambda d: d.find_element(By.ID, "status").text.startswith("Found")
                )
                # The whole page in one picture: a viewport as tall as the page.
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.execute_cdp_cmd(
                    "Emulation.setDeviceMetricsOverride",
                    {
                        "width": args.width,
                        "height": height,
                        "deviceScaleFactor": 1,
                        "mobile": False,
                    },
                )
                # The direct quote chosen: its speaker lights up, its card says what it is.
                driver.find_element(By.CSS_SELECTOR, '#article mark[data-quote="Q2"]').click()
                driver.save_screenshot(str(args.out))
            finally:
                driver.quit()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
