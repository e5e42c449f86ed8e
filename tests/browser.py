"""Headless Chromium driven by selenium, for the browser tests and `make screenshot`.

Chromium and its driver are Debian's packages (`chromium`, `chromium-driver`), which `.ci/run`
installs when they are missing; nothing is downloaded at run time.
"""

from __future__ import annotations

from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.chrome.webdriver import WebDriver

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


class ChromiumMissing(RuntimeError):
    pass


def start_chromium(width: int = 1280, height: int = 1000) -> WebDriver:
    """A headless Chromium with a `width` x `height` window that logs the page's network
    events (the performance log) and its console (the browser log)."""
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if missing:
        raise ChromiumMissing(
            f"Debian's Chromium and its driver are needed ({' and '.join(missing)} not found): "
            "apt-get install -y chromium chromium-driver (.ci/run does)."
        )
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",  # tests run as root in CI
        "--disable-dev-shm-usage",
        f"--window-size={width},{height}",
        # The browser's own traffic (updates, sync): none of it is the page's, and none is wanted.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ):
        options.add_argument(argument)
    # The performance log carries the DevTools Network events: every request the page makes.
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    # An explicit driver path: selenium then never looks for (or downloads) a driver itself.
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
