"""The chat page in headless Chromium — Debian's ``chromium`` driven by Playwright, which never downloads
a browser of its own (``make browser`` installs it; these tests fail, never skip, without it).

Two real UI processes, quotes only (no model): one over the seed store; one over its own store holding
an article full of markup (``tests/data/xss``), into which the upload test ingests more. The page speaks
the browser's language (German for ``de-DE``, English for ``en-US``) until the visitor switches; the
answers keep theirs. Screenshots of each step go to ``screenshots/`` (git-ignored).
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, ROOT, UiServer, launch_ui, run_cli
from playwright.sync_api import Browser, Page, expect, sync_playwright
from test_messages import words_of

from bot.messages import TEXT

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
def new_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """Fresh pages (a browser profile each) that fail the test on a script error or on any request that
    leaves 127.0.0.1: ``new_page(locale, clipboard=False)``."""
    contexts, errors, outside = [], [], []
    local = ("http://127.0.0.1:", "data:", "blob:")

    def make(locale: str = "de-DE", clipboard: bool = False) -> Page:
        context = browser.new_context(viewport={"width": 1200, "height": 800}, locale=locale, accept_downloads=True)
        if clipboard:
            context.grant_permissions(["clipboard-read", "clipboard-write"])
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: None if r.url.startswith(local) else outside.append(r.url))
        page.set_default_timeout(60_000)
        # an assertion waits as long as an action: on a busy two-core machine a check of five statements or an
        # answer can take longer than the assertions' own default of five seconds
        expect.set_options(timeout=60_000)
        return page

    yield make
    for context in contexts:
        context.close()
    assert errors == []
    assert outside == []


@pytest.fixture
def page(new_page: Callable[..., Page]) -> Page:
    """A page in a German browser."""
    return new_page("de-DE")


def _open(page: Page, server: UiServer, language: str = "de") -> None:
    page.goto(server.url)
    expect(page.locator(f"html[data-page-language={language}]")).to_be_attached()  # the page's words are in place
    expect(page.locator("#question textarea")).to_be_visible()


def _ask(page: Page, question: str) -> None:
    page.evaluate(RECORD)
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")


def _pwned(page: Page) -> Any:
    return page.evaluate("window.__pwned")


def test_ask_click_citation_open_article(apps: dict[str, UiServer], page: Page) -> None:
    _open(page, apps["seed"])
    expect(page.locator("#generator")).to_contain_text("Antworten von: Zitate ohne Sprachmodell")
    expect(page.locator("#generator")).to_contain_text("make model")
    page.locator("#question textarea").fill("Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?")
    page.screenshot(path=SHOTS / "01-question.png")
    _ask(page, "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?")

    cite = page.locator("#chatbot a.cite").first  # the answer may cite [1] more than once
    expect(cite).to_have_text("[1]")
    quotes = f"Ohne Sprachmodell – wörtliche Zitate aus den Artikeln:\n„{QUOTE}“ [1]"
    answer = page.locator('#chatbot [data-testid="bot"]').inner_text().strip()
    assert answer.endswith(quotes)
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
    expect(card.locator(".badge")).to_have_text("✓ belegt")
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
    page.get_by_role("tab", name="Behauptung prüfen").click()
    page.locator("#claim textarea").fill("Amazon beschäftigt im Großraum Berlin über 5.000 Mitarbeiter.")
    page.locator("#check-button").click()
    result = page.locator("#check-result")
    expect(result.locator(".verdict .badge")).to_have_text("✗ nicht belegt")
    expect(result.locator("#chk-1 mark")).to_have_text(QUOTE)
    expect(result.locator("#chk-1")).to_have_attribute("open", "")
    page.screenshot(path=SHOTS / "05-check.png")
    result.locator("#chk-1 button.show-article").click()
    expect(page.locator("#article .cited mark")).to_have_text(QUOTE)


def test_check_a_text_marks_each_statement(apps: dict[str, UiServer], page: Page) -> None:
    """The paragraph of tests/test_check.py: three true statements, a number altered, a place swapped."""
    from test_check import PARAGRAPH

    _open(page, apps["seed"])
    page.get_by_role("tab", name="Behauptung prüfen").click()
    page.locator("#claim textarea").fill(PARAGRAPH)
    page.locator("#check-button").click()
    result = page.locator("#check-result")
    expect(result.locator(".tally")).to_have_text("3 von 5 Aussagen belegt")
    marks = result.locator(".checked-text a.stmt")
    expect(marks).to_have_count(5)
    assert [m.inner_text().split()[1] for m in marks.all()] == ["✓", "✓", "✓", "✗", "✗"]
    page.screenshot(path=SHOTS / "05b-check-text.png")
    marks.nth(3).click()  # the altered number opens its evidence card: the sentence with the real figure
    card = result.locator("#chk-4")
    expect(card).to_have_attribute("open", "")
    expect(card.locator("mark")).to_contain_text("75 Millionen Euro")
    expect(card.locator(".reasons")).to_contain_text("90 Millionen")


def test_markup_in_articles_and_questions_stays_text(apps: dict[str, UiServer], page: Page) -> None:
    _open(page, apps["xss"])
    _ask(page, "Wie viele Paketstationen stehen in Brieselang?")
    expect(page.locator("#chatbot a.cite").first).to_have_text("[1]")
    expect(page.locator('#chatbot [data-testid="bot"]')).to_contain_text(f"„{XSS_QUOTE}“ [1]")
    page.locator("#chatbot a.cite").first.click()
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
    page.get_by_role("tab", name="Korpus").click()
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
    page.get_by_role("tab", name="Korpus").click()
    summary = page.locator("#corpus .corpus-summary")
    expect(summary).to_contain_text("1 Artikel ·")
    page.locator("#upload input[type=file]").set_input_files([new, empty, twin])
    expect(page.locator("#upload td.filename").first).to_have_attribute("aria-label", "kundenservice.md")
    page.locator("#ingest").click()
    report = page.locator("#report")
    expect(report.locator(".report-summary")).to_contain_text(
        "1 neu · 0 geändert · 0 unverändert · 2 übersprungen · 1 Passagen"
    )
    expect(report.locator(".added")).to_have_text("Neu: Kundenservice in Brieselang")  # by title, not by id
    expect(report.locator("ul.skipped li")).to_have_text(
        [
            "leer.txt: empty file",
            "img-src-x-onerror-window.__pwned-7.txt: same text as article 'xss-probe', stored once",
        ]
    )
    expect(summary).to_contain_text("2 Artikel ·")
    page.screenshot(path=SHOTS / "08-upload.png")
    uploads = apps["xss"].log.parent / "uploads"
    assert sorted(p.name for p in uploads.iterdir()) == ["kundenservice.md"]  # skipped files are not kept

    page.get_by_role("tab", name="Chat").click()
    _ask(page, "Wie viele Anfragen beantwortet das Kundenservice-Team in Brieselang täglich?")
    expect(page.locator("#chatbot a.cite").first).to_have_text("[1]")
    page.locator("#chatbot a.cite").first.click()
    expect(page.locator("#src-1-1 .card-title")).to_have_text("Kundenservice in Brieselang")
    assert _pwned(page) is None


# --- one page language, chosen by the browser, switched on the page; answers keep their own ---

QUESTIONS = {
    "de": "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?",
    "en": "How many employees does Amazon have in the Berlin area?",
}
# what the visitor wrote or the articles say: not the page's own words
CONTENT = (
    '[data-testid="bot"], [data-testid="user"], .turn h4, .card-title, .byline, .passage, .note, .claim, .stmt, '
    ".reasons, .article-text, .article h3, table.corpus td, .doc-id, code, .gallery-item, .skipped, "
    "footer"  # gradio's footer link follows the browser's language
)
# The visible text of the page (and its visible placeholders), without what is inside ``skip``; text in a
# font of size 0 is not seen.
VISIBLE = """(skip) => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!el || !node.textContent.trim() || el.closest(skip) || el.closest("script, style")) continue;
    if (el.checkVisibility({visibilityProperty: true}) && parseFloat(getComputedStyle(el).fontSize) > 0) {
      out.push(node.textContent.trim());
    }
  }
  for (const el of document.querySelectorAll("[placeholder]")) {
    if (el.checkVisibility({visibilityProperty: true})) out.push(el.getAttribute("placeholder"));
  }
  return out.join("\\n");
}"""
TABS = ("tab_chat", "tab_check", "tab_article", "tab_corpus")


def _words_on_each_tab(page: Page, language: str) -> dict[str, str]:
    """Each tab's visible page words (content left out), after opening the tab by its name in ``language``."""
    seen = {}
    for tab in TABS:
        page.get_by_role("tab", name=TEXT[tab][language], exact=True).click()
        page.wait_for_timeout(200)
        seen[tab] = page.evaluate(VISIBLE, CONTENT)
    page.get_by_role("tab", name=TEXT["tab_chat"][language], exact=True).click()
    return seen


def _drop_hint(page: Page, language: str) -> str:
    """The upload area's hint (gradio's own words there are replaced by the page's, in CSS)."""
    page.get_by_role("tab", name=TEXT["tab_corpus"][language], exact=True).click()
    hint = page.locator('#upload [data-testid="upload-text"]')
    shown = hint.evaluate("e => [getComputedStyle(e, '::after').content, getComputedStyle(e).fontSize]")
    page.get_by_role("tab", name=TEXT["tab_chat"][language], exact=True).click()
    assert shown[1] == "0px"  # gradio's text in the browser's language is not shown
    return str(shown[0])


@pytest.mark.parametrize(("locale", "language", "other"), [("de-DE", "de", "en"), ("en-US", "en", "de")])
def test_the_page_speaks_the_browsers_language_and_switches(
    apps: dict[str, UiServer], new_page: Callable[..., Page], locale: str, language: str, other: str
) -> None:
    page = new_page(locale)
    _open(page, apps["seed"], language)
    before = _words_on_each_tab(page, language)
    for tab, words in before.items():
        assert words_of(other, words) == [], tab  # not one word of the other language
        assert words_of(language, words), tab
    for key in ("page_language", "question", "ask", "answer_language", "automatic", "new_chat", "examples"):
        assert TEXT[key][language] in before["tab_chat"], key
    assert TEXT["upload"][language] in before["tab_corpus"]
    assert _drop_hint(page, language) == f'"{TEXT["drop_here"][language]}"'

    # a question in the other language is answered in its own language; the page's words stay
    _ask(page, QUESTIONS[other])
    expect(page.locator("#chatbot a.cite").first).to_have_text("[1]")
    answer = page.locator('#chatbot [data-testid="bot"]').inner_text().strip()
    assert TEXT["extractive"][other] in answer
    expect(page.locator("#src-1-1 .badge")).to_have_text(TEXT["supported"][language])
    expect(page.locator("#turn-1 button.copy-md")).to_have_text(TEXT["copy_md"][language])
    assert words_of(other, page.evaluate(VISIBLE, CONTENT)) == []
    page.screenshot(path=SHOTS / f"10-page-{language}.png")

    # the switch changes every word of the page, not the answer
    page.locator("#page-language").get_by_label(TEXT[f"lang_{other}"][language], exact=True).check()
    expect(page.locator(f"html[data-page-language={other}]")).to_be_attached()
    after = _words_on_each_tab(page, other)
    for tab, words in after.items():
        assert words_of(language, words) == [], tab
        assert words_of(other, words), tab
    assert page.locator('#chatbot [data-testid="bot"]').inner_text().strip() == answer
    assert _drop_hint(page, other) == f'"{TEXT["drop_here"][other]}"'
    expect(page.locator("#src-1-1 .badge")).to_have_text(TEXT["supported"][other])
    expect(page.locator("#turn-1 button.copy-md")).to_have_text(TEXT["copy_md"][other])
    page.screenshot(path=SHOTS / f"11-page-switched-to-{other}.png")

    # this browser remembers the choice
    page.reload()
    expect(page.locator(f"html[data-page-language={other}]")).to_be_attached()
    expect(page.get_by_role("tab", name=TEXT["tab_check"][other], exact=True)).to_be_visible()


def test_copy_an_answer_as_markdown_and_download_the_conversation(
    apps: dict[str, UiServer], new_page: Callable[..., Page], seed_store, tmp_path: Path
) -> None:
    """The copy button puts the answer's Markdown on the clipboard, the same that ``ask --md`` prints;
    the conversation downloads as Markdown and as the JSON records of ``ask --json``."""
    page = new_page("de-DE", clipboard=True)
    _open(page, apps["seed"])
    expect(page.locator("#download-md")).to_be_hidden()  # nothing to download yet
    question = QUESTIONS["de"]
    _ask(page, question)
    expect(page.locator("#chatbot a.cite").first).to_have_text("[1]")
    button = page.locator("#turn-1 button.copy-md")
    button.click()
    expect(button).to_have_text("Kopiert ✓")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == button.get_attribute("data-md")

    answer = page.locator('#chatbot [data-testid="bot"]').inner_text().strip()
    assert copied.startswith(
        answer + "\n\nQuellen:\n\n[1] Berlin macht Online stark – Hochstimmung bei Amazon — BERLINboxx\n"
    )
    assert re.search(rf"\n> „{re.escape(QUOTE)}“\n> \(✓ belegt · Zeichen \d+–\d+ · 000_df76fc5b86ac5428\)\n", copied)
    store = seed_store.settings.store
    md = run_cli("bot", "ask", "--md", "--mode", "extractive", "--store", store, question, cwd=tmp_path)
    assert (md.returncode, md.stderr) == (0, "")
    assert copied == md.stdout

    with page.expect_download() as markdown:
        page.locator("#download-md").click()
    with page.expect_download() as records:
        page.locator("#download-json").click()
    conversation = Path(markdown.value.path()).read_text(encoding="utf-8")
    assert conversation.startswith("# artikelbot – ")
    assert f"\n## 1. {question}\n\n{md.stdout}" in conversation
    got = json.loads(Path(records.value.path()).read_text(encoding="utf-8"))
    asked = run_cli("bot", "ask", "--json", "--mode", "extractive", "--store", store, question, cwd=tmp_path)
    expected = json.loads(asked.stdout)
    assert [{k: v for k, v in r.items() if k != "timings"} for r in got] == [
        {k: v for k, v in expected.items() if k != "timings"}
    ]
    assert markdown.value.suggested_filename == "artikelbot-chat.md"
    page.screenshot(path=SHOTS / "12-copied.png")
