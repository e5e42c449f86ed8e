"""The article page in a real browser: headless Chromium driven by selenium against gunicorn.

What an editor does: paste the README's example article and see every fact marked with its
text (the marks are compared with the API's own answer), click a quote to find its speaker,
hide and show a kind, walk the facts with the keyboard, copy the JSON, reopen a stored answer,
type an API key in when keys are on. A hostile article must run nothing, and the page must ask
no host but the service.

Chromium and its driver are Debian's (tests/browser.py); `.ci/run` installs them, so a machine
without them fails here with the command to run rather than skipping.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from .browser import ChromiumMissing, start_chromium
from .live import gunicorn

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = json.loads((ROOT / "docs" / "example-request.json").read_text(encoding="utf-8"))
KEY = "view-test-key"

# An article that would run script if any of it were inserted as HTML; emoji (two UTF-16 units
# each in JavaScript, one code point in the API's offsets) before and inside the facts.
HOSTILE = (
    '<script>window.pwned = "script"</script> 😀🎉 Mayor Anna Berg said on Friday '
    "<img src=x onerror=\"window.pwned = 'img'\"> that 3,000 people had left the city. "
    '"We 👍 will rebuild it by 2025," Berg told reporters on Monday.'
)


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    try:
        driver = start_chromium()
    except ChromiumMissing as missing:
        # Not a skip: .ci/run installs Chromium, so its absence is a broken machine.
        pytest.fail(str(missing), pytrace=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def server(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("view-home")
    with gunicorn(REDIS_URL=redis_url, HOME=str(home)) as base:
        yield base


@pytest.fixture(scope="module")
def keyed_server(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("view-keyed-home")
    with gunicorn(REDIS_URL=redis_url, HOME=str(home), API_KEYS=KEY, WEB_CONCURRENCY="1") as base:
        yield base


# ---------- what the page shows, and what it should ----------


def api_answer(base: str, body: dict[str, Any], key: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    request = {key: body[key] for key in ("text", "published", "format") if key in body}
    response = requests.post(f"{base}/v1/extractions", json=request, headers=headers, timeout=60)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def expected_marks(answer: dict[str, Any]) -> dict[str, dict[str, str]]:
    """One mark per fact (per quote part, per actor mention), by the key the page gives it."""
    expected: dict[str, dict[str, str]] = {
        "actor": {
            f"{actor['id']}/{at}": mention["text"]
            for actor in answer["actors"]
            for at, mention in enumerate(actor["mentions"])
        },
        "date": {date["id"]: date["text"] for date in answer["dates"]},
        "quantity": {quantity["id"]: quantity["text"] for quantity in answer["quantities"]},
        "quote": {
            quote["id"] + (f"/{at}" if len(quote["parts"]) > 1 else ""): part["text"]
            for quote in answer["quotes"]
            for at, part in enumerate(quote["parts"])
        },
    }
    # A speaker that is no actor mention gets a mark of its own.
    mentions = {
        (mention["start"], mention["end"])
        for actor in answer["actors"]
        for mention in actor["mentions"]
    }
    speakers = {
        f"S{quote['speaker']['start']}": quote["speaker"]["text"]
        for quote in answer["quotes"]
        if quote["speaker"] and (quote["speaker"]["start"], quote["speaker"]["end"]) not in mentions
    }
    if speakers:
        expected["speaker"] = speakers
    return {kind: marks for kind, marks in expected.items() if marks}


def shown_marks(driver: WebDriver) -> dict[str, dict[str, str]]:
    """The marks in the article, kind -> span key -> text; a span split into pieces (where it
    crosses another) counts once, its pieces' text joined."""
    marks: dict[str, dict[str, str]] = driver.execute_script(
        """
        const marks = {};
        for (const mark of document.querySelectorAll("#article mark.m")) {
          const kind = (marks[mark.dataset.kind] ||= {});
          kind[mark.dataset.span] = (kind[mark.dataset.span] || "") + mark.textContent;
        }
        return marks;
        """
    )
    return marks


def article_text(driver: WebDriver) -> str:
    text: str = driver.execute_script("return document.getElementById('article').textContent")
    return text


def requests_made(driver: WebDriver) -> list[str]:
    """Every URL the page asked for since the log was last read (DevTools Network events)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def assert_only_the_service_was_asked(urls: list[str], base: str) -> None:
    assert urls, "no request was logged: the check would prove nothing"
    # data: URLs are Chromium's own icons for form controls (the date picker): no host at all.
    elsewhere = [url for url in urls if not url.startswith((base + "/", "data:"))]
    assert elsewhere == []


def policy_violations(driver: WebDriver) -> list[str]:
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if "Content Security Policy" in entry["message"]
    ]


# ---------- what an editor does ----------


def open_page(driver: WebDriver, url: str) -> None:
    requests_made(driver)  # read and drop what earlier tests left in the log
    driver.get_log("browser")
    driver.get(url)


def wait_for_answer(driver: WebDriver) -> str:
    """The status line once the page has an answer or a complaint."""

    def said(driver: WebDriver) -> str | bool:
        # Text and class read in one go: read apart, an answer could land between the two.
        text, failed = driver.execute_script(
            "const status = document.getElementById('status');"
            "return [status.textContent, status.classList.contains('error')];"
        )
        return text if text.startswith("Found") or failed else False

    status: str = WebDriverWait(driver, 60).until(said)
    return status


def paste(driver: WebDriver, base: str, text: str, published: str | None, *, typed: bool) -> str:
    """Open /view, put the article in, ask; the status line once answered.

    `typed` types the text as a person would; ChromeDriver cannot type characters outside the
    Basic Multilingual Plane (emoji), so such a text is put in as a paste would put it.
    """
    open_page(driver, f"{base}/view")
    area = driver.find_element(By.ID, "text")
    if typed:
        area.send_keys(text)
    else:
        driver.execute_script("arguments[0].value = arguments[1]", area, text)
    if published:
        # A date input types in the browser's locale; its value is always ISO.
        driver.execute_script(
            "document.getElementById('published').value = arguments[0]", published
        )
    driver.find_element(By.ID, "submit").click()
    return wait_for_answer(driver)


def press(driver: WebDriver, key: str) -> None:
    """A key pressed wherever the focus is, as a person presses it."""
    ActionChains(driver).send_keys(key).perform()


def lit(driver: WebDriver, selector: str, attribute: str) -> set[str]:
    return {
        element.get_attribute(attribute) or ""
        for element in driver.find_elements(By.CSS_SELECTOR, f"#article {selector}")
    }


# ---------- the tests ----------


def test_the_example_article_gets_a_mark_per_fact_with_its_text(
    browser: WebDriver, server: str
) -> None:
    answer = api_answer(server, EXAMPLE)
    status = paste(browser, server, EXAMPLE["text"], EXAMPLE["published"], typed=True)
    assert status == "Found 2 actors, 4 dates, 2 quantities, 3 quotes."
    assert shown_marks(browser) == expected_marks(answer)
    assert article_text(browser) == EXAMPLE["text"]
    # The address names the stored answer, the one the API gave.
    assert browser.current_url == f"{server}/view/{answer['key']}"
    counts = {
        element.get_attribute("data-count"): element.text
        for element in browser.find_elements(By.CSS_SELECTOR, "[data-count]")
    }
    assert counts == {"actor": "2", "date": "4", "quantity": "2", "quote": "3"}
    # The side lists: actors by salience, the dated facts in time order, who said what.
    actors = [item.text for item in browser.find_elements(By.CSS_SELECTOR, "#actors .name")]
    assert actors == ["Anna Petrova", "Harbour City"]
    timeline = [item.text for item in browser.find_elements(By.CSS_SELECTOR, "#timeline .when")]
    assert timeline == ["Oct 2022", "7 Apr 2023", "May 2023", "Jun–Aug 2023"]
    speakers = browser.find_elements(By.CSS_SELECTOR, "#speakers .speaker-name")
    assert [speaker.text for speaker in speakers] == ["Anna Petrova"]
    # The JSON is one click away, and it is the API's answer.
    browser.find_element(By.CSS_SELECTOR, "#json summary").click()
    shown = json.loads(browser.find_element(By.ID, "json-text").text)
    assert {kind: shown[kind] for kind in ("key", "actors", "dates", "quantities", "quotes")} == {
        kind: answer[kind] for kind in ("key", "actors", "dates", "quantities", "quotes")
    }
    urls = requests_made(browser)
    assert f"{server}/v1/extractions" in urls and f"{server}/static/view/page.js" in urls
    assert_only_the_service_was_asked(urls, server)
    assert policy_violations(browser) == []


def test_clicking_a_quote_lights_its_speaker_and_the_reverse(
    browser: WebDriver, server: str
) -> None:
    answer = api_answer(server, EXAMPLE)
    paste(browser, server, EXAMPLE["text"], EXAMPLE["published"], typed=True)
    first = answer["quotes"][0]  # "the old bridge would reopen next month", said Anna Petrova
    browser.find_element(By.CSS_SELECTOR, f'#article mark[data-quote="{first["id"]}"]').click()
    speakers = browser.find_elements(By.CSS_SELECTOR, "#article .lit-speaker")
    assert [speaker.text for speaker in speakers] == [first["speaker"]["text"]]
    assert speakers[0].value_of_css_property("outline-style") == "solid"
    card = browser.find_element(By.ID, "tip")
    assert card.is_displayed() and f"speaker\n{first['speaker']['name']}" in card.text
    assert f"{first['type']} quote {first['id']}" in card.text

    # The reverse: the speaker's mention lights the quotes it says, and the actor's mentions.
    later = answer["quotes"][1]["speaker"]  # "Petrova ... told reporters", who says Q2 and Q3
    said = {
        quote["id"]
        for quote in answer["quotes"]
        if quote["speaker"] and quote["speaker"]["start"] == later["start"]
    }
    speaker = browser.find_element(
        By.CSS_SELECTOR, f'#article mark[data-speaks~="{answer["quotes"][1]["id"]}"]'
    )
    speaker.click()
    assert lit(browser, "mark.m-quote.lit", "data-quote") == said
    actor = next(actor for actor in answer["actors"] if actor["id"] == later["actor_id"])
    assert lit(browser, "mark.m-actor.lit", "data-span") == {
        f"{actor['id']}/{at}" for at in range(len(actor["mentions"]))
    }
    card = browser.find_element(By.ID, "tip").text
    assert actor["name"] in card and actor["titles"][0] in card and actor["aliases"][0] in card


def test_toggles_hide_and_show_a_kind(browser: WebDriver, server: str) -> None:
    answer = api_answer(server, EXAMPLE)
    paste(browser, server, EXAMPLE["text"], EXAMPLE["published"], typed=True)
    everything = expected_marks(answer)
    dates = browser.find_element(By.CSS_SELECTOR, 'input[name="kind"][value="date"]')
    dates.click()
    assert shown_marks(browser) == {k: v for k, v in everything.items() if k != "date"}
    assert article_text(browser) == EXAMPLE["text"]  # the words stay, only the marks go
    assert not browser.find_element(By.ID, "timeline").is_displayed()
    dates.click()
    assert shown_marks(browser) == everything
    assert browser.find_element(By.ID, "timeline").is_displayed()
    # Labels are a second cue beside colour; they can be turned off too.
    label = "return getComputedStyle(arguments[0], '::after').content"
    mark = browser.find_element(By.CSS_SELECTOR, '#article mark[data-label="D1"]')
    assert browser.execute_script(label, mark) == '"D1"'
    browser.find_element(By.ID, "labels").click()
    assert browser.execute_script(label, mark) == "none"


def test_the_arrow_keys_walk_the_facts_with_a_visible_focus(
    browser: WebDriver, server: str
) -> None:
    answer = api_answer(server, EXAMPLE)
    paste(browser, server, EXAMPLE["text"], EXAMPLE["published"], typed=True)
    starts = sorted(
        [(m["start"], -m["end"], f"{a['id']}/{i}") for a in answer["actors"]
         for i, m in enumerate(a["mentions"])]
        + [(f["start"], -f["end"], f["id"]) for kind in ("dates", "quantities", "quotes")
           for f in answer[kind]]
    )  # fmt: skip
    order = [key for _start, _end, key in starts]
    # After an answer the article has the focus; the arrow keys go from fact to fact.
    assert browser.switch_to.active_element.get_attribute("id") == "article"
    walked = []
    for _ in order:
        press(browser, Keys.ARROW_RIGHT)
        walked.append(browser.switch_to.active_element.get_attribute("data-span"))
    assert walked == order
    focused = browser.switch_to.active_element
    assert focused.value_of_css_property("outline-style") == "solid"
    assert focused.value_of_css_property("outline-width") == "3px"
    press(browser, Keys.HOME)
    assert browser.switch_to.active_element.get_attribute("data-span") == order[0]
    assert "Harbour City" in browser.find_element(By.ID, "tip").text
    # One fact at a time is in the Tab order (the one the arrows left off at).
    assert len(browser.find_elements(By.CSS_SELECTOR, '#article [tabindex="0"]')) == 1
    press(browser, Keys.ESCAPE)
    assert not browser.find_element(By.ID, "tip").is_displayed()


def test_a_hostile_article_runs_nothing_and_shows_its_markup_as_text(
    browser: WebDriver, server: str
) -> None:
    answer = api_answer(server, {"text": HOSTILE, "published": "2023-04-07"})
    paste(browser, server, HOSTILE, "2023-04-07", typed=False)
    assert browser.execute_script("return window.pwned") is None
    assert browser.find_elements(By.CSS_SELECTOR, "#article img, #article script") == []
    assert article_text(browser) == HOSTILE
    # The offsets count code points; the emoji before the facts shift nothing.
    assert shown_marks(browser) == expected_marks(answer)
    urls = requests_made(browser)
    assert not [url for url in urls if url.endswith("/x")]  # the <img src=x> was never made
    assert_only_the_service_was_asked(urls, server)
    assert policy_violations(browser) == []


def test_a_web_page_is_shown_as_the_text_the_service_read(browser: WebDriver, server: str) -> None:
    markup = (ROOT / "tests" / "data" / "pages" / "wire-story.html").read_text(encoding="utf-8")
    answer = api_answer(server, {"text": markup, "format": "html"})
    open_page(browser, f"{server}/view")
    area = browser.find_element(By.ID, "text")
    browser.execute_script("arguments[0].value = arguments[1]", area, markup)  # a paste
    browser.find_element(By.CSS_SELECTOR, 'input[name="format"][value="html"]').click()
    browser.find_element(By.ID, "submit").click()
    assert wait_for_answer(browser).startswith("Found")
    # The offsets point into document.text, the article the service took out of the page.
    assert article_text(browser) == answer["document"]["text"]
    assert shown_marks(browser) == expected_marks(answer)
    about = browser.find_element(By.ID, "about").text
    assert answer["document"]["title"] in about and "(from the page)" in about
    assert_only_the_service_was_asked(requests_made(browser), server)


def test_copy_json_puts_the_answer_on_the_clipboard(browser: WebDriver, server: str) -> None:
    answer = api_answer(server, EXAMPLE)
    paste(browser, server, EXAMPLE["text"], EXAMPLE["published"], typed=True)
    browser.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": server, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    browser.find_element(By.ID, "copy-json").click()
    WebDriverWait(browser, 10).until(
        lambda driver: driver.find_element(By.ID, "status").text == "The JSON is copied."
    )
    copied = browser.execute_async_script(
        "navigator.clipboard.readText().then(arguments[0], (error) => arguments[0](String(error)))"
    )
    assert json.loads(copied)["quotes"] == answer["quotes"]


def test_a_stored_answer_opens_by_its_key(browser: WebDriver, server: str) -> None:
    answer = api_answer(server, EXAMPLE)
    paste(browser, server, EXAMPLE["text"], EXAMPLE["published"], typed=True)
    # Reloaded, the tab still has the text it sent (the service keeps only the facts).
    browser.refresh()
    assert wait_for_answer(browser).startswith("Found")
    assert article_text(browser) == EXAMPLE["text"]
    assert not browser.find_element(By.ID, "notice").is_displayed()
    # Back: the empty form again.
    browser.back()
    WebDriverWait(browser, 10).until(lambda driver: driver.current_url == f"{server}/view")
    assert not browser.find_element(By.ID, "result").is_displayed()
    # Another tab has no text: the facts' own words at their places, and a word of why.
    open_page(browser, f"{server}/view/{answer['key']}")
    assert wait_for_answer(browser).startswith("Found")
    assert shown_marks(browser) == expected_marks(answer)
    notice = browser.find_element(By.ID, "notice")
    assert notice.is_displayed() and "Paste the article again" in notice.text
    # An unknown key says so.
    open_page(browser, f"{server}/view/{'0' * 64}")
    assert "No stored extraction has the key" in wait_for_answer(browser)


def test_with_keys_on_the_page_asks_for_one_and_sends_it(
    browser: WebDriver, keyed_server: str
) -> None:
    answer = api_answer(keyed_server, EXAMPLE, key=KEY)
    open_page(browser, f"{keyed_server}/view")
    key_field = browser.find_element(By.ID, "api-key")
    assert key_field.is_displayed()
    browser.find_element(By.ID, "text").send_keys(EXAMPLE["text"])
    browser.execute_script(
        "document.getElementById('published').value = arguments[0]", EXAMPLE["published"]
    )
    browser.find_element(By.ID, "submit").click()
    assert "API key" in wait_for_answer(browser)
    assert browser.switch_to.active_element.get_attribute("id") == "api-key"
    key_field.send_keys(KEY)
    browser.find_element(By.ID, "submit").click()
    assert wait_for_answer(browser).startswith("Found")
    assert shown_marks(browser) == expected_marks(answer)
    # Sent as the API expects it.
    sent = [
        json.loads(entry["message"])["message"]["params"]["request"]
        for entry in browser.get_log("performance")
        if '"Network.requestWillBeSent"' in entry["message"]
    ]
    posts = [request for request in sent if request["url"] == f"{keyed_server}/v1/extractions"]
    assert posts and posts[-1]["headers"]["Authorization"] == f"Bearer {KEY}"
    # A stored answer opened in a fresh page asks for the key, then opens.
    open_page(browser, f"{keyed_server}/view/{answer['key']}")
    assert "API key" in wait_for_answer(browser)
    browser.find_element(By.ID, "api-key").send_keys(KEY)
    browser.find_element(By.CSS_SELECTOR, "#again button").click()
    assert wait_for_answer(browser).startswith("Found")
