"""The chat page in headless Chromium — Debian's ``chromium`` driven by Playwright, which never downloads
a browser of its own (``make browser`` installs it; these tests fail, never skip, without it).

Two real UI processes, quotes only (no model): one over the seed store; one over its own store holding
an article full of markup (``tests/data/xss``), into which the upload test ingests more. Screenshots of
each step go to ``screenshots/`` (git-ignored).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, ROOT, UiServer, launch_ui
from playwright.sync_api import Browser, Page, expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = ROOT / "screenshots"
QUOTE = "Mittlerweile beschäftigen wir im Großraum Berlin über 2.000 Mitarbeiter."
XSS_QUOTE = (
    "In Brieselang stehen 42 Paketstationen <script>window.__pwned = 'script'</script> für die Kundschaft bereit."
)
XSS_TITLE = "Paketstationen <img src=x onerror=\"window.__pwned = 'title'\"> in Brieselang"
# Records each text the newest answer shows, to see it stream into the page.
RECORD = """() => {
  window.__seen = [];
  const chat = document.querySelector("#chatbot");
  new MutationObserver(() => {
    const bots = chat.querySelectorAll('[data-testid="bot"]');
    const text = bots.length ? bots[bots.length - 1].innerText.trim() : null;
    if (text && window.__seen[window.__seen.length - 1] !== text) window.__seen.push(text);
  }).observe(chat, {subtree: true, childList: true, characterData: true});
}"""


@pytest.fixture(scope="module")
def apps(seed_store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, UiServer]]:
    """The seed-store UI and the markup-article UI, started together."""
    from bot.settings import load_settings
    from ingest import pipeline

    xss_dir = tmp_path_factory.mktemp("xss")
    report = pipeline.ingest([DATA / "xss"], load_settings(store=xss_dir / "chroma"))
    assert report.added == ["xss-probe"]
    servers = {
        "seed": launch_ui(seed_store.settings.store, tmp_path_factory.mktemp("ui"), "--mode", "extractive"),
        "xss": launch_ui(xss_dir / "chroma", xss_dir, "--mode", "extractive"),
    }
    try:
        for server in servers.values():
            server.wait_ready()
        yield servers
    finally:
        for server in servers.values():
            server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing – install it with: make browser (apt-get install chromium)")
    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page that fails the test on a script error or on any request that leaves 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1200, "height": 800}, locale="de-DE")
    page = context.new_page()
    errors: list[str] = []
    outside: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    local = ("http://127.0.0.1:", "data:", "blob:")
    page.on("request", lambda r: None if r.url.startswith(local) else outside.append(r.url))
    page.set_default_timeout(60_000)
    yield page
    context.close()
    assert errors == []
    assert outside == []


def _open(page: Page, server: UiServer) -> None:
    page.goto(server.url)
    expect(page.locator("#question textarea")).to_be_visible()


def _ask(page: Page, question: str) -> None:
    page.evaluate(RECORD)
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")


def _pwned(page: Page) -> Any:
    return page.evaluate("window.__pwned")


def test_ask_click_citation_open_article(apps: dict[str, UiServer], page: Page) -> None:
    _open(page, apps["seed"])
    expect(page.locator("#generator")).to_contain_text("Zitate ohne Sprachmodell / quotes, no language model")
    expect(page.locator("#generator")).to_contain_text("make model")
    page.locator("#question textarea").fill("Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?")
    page.screenshot(path=SHOTS / "01-question.png")
    _ask(page, "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?")

    cite = page.locator("#chatbot a.cite")
    expect(cite).to_have_text("[1]")
    answer = f"Ohne Sprachmodell – wörtliche Zitate aus den Artikeln:\n„{QUOTE}“ [1]"
    assert page.locator('#chatbot [data-testid="bot"]').inner_text().strip() == answer
    seen = page.evaluate("window.__seen")
    assert seen[0] == "…", seen  # the answer's place shows first, then the answer streams into it
    assert seen[-1] == answer
    card = page.locator("#src-1-1")
    expect(card).not_to_have_attribute("open", "")
    page.screenshot(path=SHOTS / "02-answer.png")

    cite.click()
    expect(card).to_have_attribute("open", "")
    expect(card).to_be_in_viewport()
    expect(card.locator("mark")).to_have_text(QUOTE)
    expect(card.locator(".card-title")).to_have_text("Berlin macht Online stark – Hochstimmung bei Amazon")
    expect(card.locator(".byline")).to_have_text("BERLINboxx")
    expect(card.locator(".badge")).to_have_text("✓ belegt / supported")
    passage = " ".join(card.locator(".passage").inner_text().split())
    assert QUOTE in passage
    page.screenshot(path=SHOTS / "03-source.png")

    card.locator("button.show-article").click()
    article = page.locator("#article")
    expect(article.locator("h3")).to_have_text("Berlin macht Online stark – Hochstimmung bei Amazon")
    expect(article.locator(".cited mark")).to_have_text(QUOTE)
    expect(article.locator(".cited mark")).to_be_in_viewport()
    text = article.locator(".article-text").inner_text()
    assert text.startswith("Berlin macht Online stark – Hochstimmung bei Amazon\n\nBerlin hat sich")
    assert " ".join(article.locator(".cited").inner_text().split()) == passage  # the card's passage, in place
    page.screenshot(path=SHOTS / "04-article.png")


def test_check_a_claim(apps: dict[str, UiServer], page: Page) -> None:
    _open(page, apps["seed"])
    page.get_by_role("tab", name="Behauptung prüfen / Check a claim").click()
    page.locator("#claim textarea").fill("Amazon beschäftigt im Großraum Berlin über 5.000 Mitarbeiter.")
    page.locator("#check-button").click()
    result = page.locator("#check-result")
    expect(result.locator(".verdict .badge")).to_have_text("✗ nicht belegt / not supported")
    expect(result.locator("#chk-1 mark")).to_have_text(QUOTE)
    expect(result.locator("#chk-1")).to_have_attribute("open", "")
    page.screenshot(path=SHOTS / "05-check.png")
    result.locator("#chk-1 button.show-article").click()
    expect(page.locator("#article .cited mark")).to_have_text(QUOTE)


def test_markup_in_articles_and_questions_stays_text(apps: dict[str, UiServer], page: Page) -> None:
    _open(page, apps["xss"])
    _ask(page, "Wie viele Paketstationen stehen in Brieselang?")
    expect(page.locator("#chatbot a.cite")).to_have_text("[1]")
    expect(page.locator('#chatbot [data-testid="bot"]')).to_contain_text(f"„{XSS_QUOTE}“ [1]")
    page.locator("#chatbot a.cite").click()
    card = page.locator("#src-1-1")
    expect(card.locator(".card-title")).to_have_text(XSS_TITLE)
    byline = "<script>window.__pwned = 'publication'</script>Testblatt · 2024-05-02"
    expect(card.locator(".byline")).to_have_text(byline)
    expect(card.locator("mark")).to_have_text(XSS_QUOTE)
    page.screenshot(path=SHOTS / "06-markup-source.png")
    card.locator("button.show-article").click()
    text = page.locator("#article .article-text")
    expect(text).to_contain_text("<img src=x onerror=\"window.__pwned = 'img'\">")
    expect(text).to_contain_text("[hier](javascript:window.__pwned='link')")
    expect(text).to_contain_text("${window.__pwned = 'template'}")
    expect(text).to_contain_text("{{constructor.constructor('window.__pwned = 1')()}}")
    page.screenshot(path=SHOTS / "07-markup-article.png")

    page.get_by_role("tab", name="Chat").click()
    _ask(page, "<img src=x onerror=\"window.__pwned = 'question'\"> Wie viele Paketstationen stehen in Brieselang?")
    expect(page.locator('#chatbot [data-testid="user"]').last).to_have_text(
        "<img src=x onerror=\"window.__pwned = 'question'\"> Wie viele Paketstationen stehen in Brieselang?"
    )
    expect(page.locator("#turn-2")).to_be_attached()
    page.get_by_role("tab", name="Korpus / Corpus").click()
    expect(page.locator("#corpus table.corpus")).to_contain_text(XSS_TITLE)

    assert _pwned(page) is None
    assert page.locator("img[src='x'], [onerror], [onload], [onmouseover]").count() == 0
    # the only script that holds the article's text is gradio's page config, as JSON with every "<" escaped
    scripts = page.evaluate("[...document.scripts].map(s => s.text).filter(t => t.includes('__pwned'))")
    assert [t.startswith("window.gradio_config = ") and "<" not in t for t in scripts] == [True]


def test_upload_ingests_and_reports_skipped_files(apps: dict[str, UiServer], page: Page, tmp_path: Path) -> None:
    new = tmp_path / "kundenservice.md"
    new.write_text(
        '---\ntitle: "Kundenservice in Brieselang"\npublication: "Testblatt"\n---\n'
        "Das Kundenservice-Team in Brieselang beantwortet täglich 3.500 Anfragen von Kundinnen und Kunden.\n",
        encoding="utf-8",
    )
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    twin = tmp_path / "<img src=x onerror=window.__pwned=7>.txt"
    shutil.copyfile(DATA / "xss" / "xss-probe.txt", twin)

    _open(page, apps["xss"])
    page.get_by_role("tab", name="Korpus / Corpus").click()
    summary = page.locator("#corpus .corpus-summary")
    expect(summary).to_contain_text("1 Artikel / articles")
    page.locator("#upload input[type=file]").set_input_files([new, empty, twin])
    expect(page.locator("#upload")).to_contain_text("kundenservice.md")
    page.locator("#ingest").click()
    report = page.locator("#report")
    expect(report.locator(".report-summary")).to_contain_text(
        "1 neu / added · 0 geändert / updated · 0 unverändert / unchanged · 2 übersprungen / skipped · 1 Passagen"
    )
    expect(report.locator("ul.skipped li")).to_have_text(
        [
            "leer.txt: empty file",
            "img-src-x-onerror-window.__pwned-7.txt: same text as article 'xss-probe', stored once",
        ]
    )
    expect(summary).to_contain_text("2 Artikel / articles")
    page.screenshot(path=SHOTS / "08-upload.png")
    uploads = apps["xss"].log.parent / "uploads"
    assert sorted(p.name for p in uploads.iterdir()) == ["kundenservice.md"]  # skipped files are not kept

    page.get_by_role("tab", name="Chat").click()
    _ask(page, "Wie viele Anfragen beantwortet das Kundenservice-Team in Brieselang täglich?")
    expect(page.locator("#chatbot a.cite")).to_have_text("[1]")
    page.locator("#chatbot a.cite").click()
    expect(page.locator("#src-1-1 .card-title")).to_have_text("Kundenservice in Brieselang")
    assert _pwned(page) is None
