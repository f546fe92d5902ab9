"""What a person reads on the page and in the Markdown of an answer, without a server: sources named by
title, publication and date (the article id only in a small secondary line), the page's words in the page
language only, the claim check of a whole text, the corpus list, and the Markdown the copy button holds.
The articles are made up, in German and English."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, ClassVar

import pytest
from test_messages import words_of

from bot import markdown, render
from bot.check import ClaimCheck, Evidence
from bot.messages import TEXT
from bot.records import Answer, Article, Citation, Passage, Statement
from bot.sources import named

RAIN = Article(
    doc_id="wetter_2023_11",
    title="Regen über Hamburg",
    text="Regen über Hamburg\n\nAm Sonntag fielen in Hamburg 42 Liter Regen je Quadratmeter. Die Elbe stieg.",
    publication="Nordblatt",
    date="2023-11-05",
    language="de",
)
FERRY = Article(
    doc_id="ferries-kiel",
    title="Ferries return to Kiel",
    text="Ferries return to Kiel\n\nThree ferries sailed into Kiel on Monday. The port had been closed for a week.",
    publication="Baltic Post",
    date="2024-03-01",
    language="en",
)
# ingest names an article without a title line by its id: the page must not show that id as its name
NOTE = Article(doc_id="notiz_7f3a", title="notiz_7f3a", text="x" * 130 + "\nDer Hafen bleibt bis Freitag zu.")
ARTICLES = (RAIN, FERRY, NOTE)
META = {a.doc_id: {**a.meta(), "passages": 1} for a in ARTICLES}
NAMES = {"de": ["Regen über Hamburg", "Ferries return to Kiel", "Artikel ohne Titel"],
         "en": ["Regen über Hamburg", "Ferries return to Kiel", "Untitled article"]}  # fmt: skip
BYLINES = ["Nordblatt · 2023-11-05", "Baltic Post · 2024-03-01", ""]


def _passage(article: Article, sentence: str) -> Passage:
    start = article.text.index(sentence)
    return Passage(f"{article.doc_id}:0", article.doc_id, article.title, sentence, start, start + len(sentence))


QUOTES = ["Am Sonntag fielen in Hamburg 42 Liter Regen je Quadratmeter.", "Three ferries sailed into Kiel on Monday.",
          "Der Hafen bleibt bis Freitag zu."]  # fmt: skip
PASSAGES = [_passage(a, q) for a, q in zip(ARTICLES, QUOTES, strict=True)]


def _answer(language: str = "de") -> Answer:
    citations = tuple(
        Citation(n, p, q, p.start, supported, 0.9)
        for n, (p, q, supported) in enumerate(zip(PASSAGES, QUOTES, (True, True, False), strict=True), 1)
    )
    return Answer(
        question="Wie viel Regen fiel in Hamburg, und wann fuhren die Fähren?",
        language=language,  # type: ignore[arg-type]
        mode="llm",
        model="kleines-modell",
        prompt_version="answer/1",
        text="In Hamburg fielen 42 Liter [1]. Drei Fähren kamen am Montag [2]. Der Hafen ist zu [3].",
        refused=False,
        citations=citations,
        statements=(Statement("In Hamburg fielen 42 Liter", (1,), "supported"),),
        notes=("Eine Notiz.",),
    )


class _Page(HTMLParser):
    """The elements of an HTML string (tag, classes, attributes, text) in document order."""

    VOID: ClassVar[set[str]] = {"br", "img", "input", "hr", "meta", "link"}

    @dataclass
    class Element:
        tag: str
        classes: set[str]
        attrs: dict[str, str | None]
        parts: list[str] = field(default_factory=list)

        def text(self) -> str:
            return " ".join(" ".join(self.parts).split())

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.open: list[_Page.Element] = []
        self.elements: list[_Page.Element] = []
        self.chunks: list[tuple[str, set[str]]] = []  # each text with the tags and classes around it
        self.feed(markup)

    @property
    def attrs(self) -> list[dict[str, str | None]]:
        return [e.attrs for e in self.elements]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Page.Element(tag, {tag, *(dict(attrs).get("class") or "").split()}, dict(attrs))
        self.elements.append(element)
        if tag not in self.VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.parts.append(data)
        self.chunks.append((data, set().union(*(e.classes for e in self.open))))

    def each(self, cls: str) -> list[str]:
        """The text of each element with class (or tag) ``cls``."""
        return [e.text() for e in self.elements if cls in e.classes]

    def text(self, cls: str | None = None, without: frozenset[str] = frozenset()) -> str:
        """All text (inside ``cls`` elements), leaving out what is inside elements of the classes ``without``."""
        kept = (d for d, around in self.chunks if (cls is None or cls in around) and not around & without)
        return " ".join(" ".join(kept).split())


@pytest.mark.parametrize("lang", ["de", "en"])
def test_source_cards_name_the_article_by_title_and_the_id_only_below(lang: str) -> None:
    page = _Page(render.sources_html(_answer(), 1, META, lang))
    assert page.each("card-title") == NAMES[lang]
    assert page.each("byline") == [b for b in BYLINES if b]  # the note has none
    assert page.each("doc-id") == [a.doc_id for a in ARTICLES]
    for article in ARTICLES:  # the id is in the secondary line and the button's data, nowhere else
        assert article.doc_id not in page.text(without={"doc-id"})
    chars = {"de": "Zeichen", "en": "characters"}[lang]
    assert page.each("where")[0] == f"{RAIN.doc_id} · {chars} {PASSAGES[0].start}–{PASSAGES[0].end}"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_article_view_and_corpus_list_name_the_article_by_title(lang: str) -> None:
    view = _Page(render.article_html(NOTE, PASSAGES[2].start, PASSAGES[2].end, 0, 0, lang))
    assert view.text("h3") == NAMES[lang][2]
    assert view.text("doc-id") == NOTE.doc_id
    corpus = _Page(render.corpus_html(META, 3, lang))
    rows = corpus.each("td")
    titles = sorted(NAMES[lang], key=str.lower)
    assert [r for r in rows if any(r.startswith(t) for t in titles)] == [
        f"{t} {next(a.doc_id for a, n in zip(ARTICLES, NAMES[lang], strict=True) if n == t)}" for t in titles
    ]


def test_corpus_list_shows_the_language_when_articles_have_one() -> None:
    with_language = _Page(render.corpus_html({**META, "brief": {"title": "Lettre", "language": "fr"}}, 4, "en"))
    assert with_language.each("th") == ["Title", "Publication", "Date", "Language", "Passages"]
    assert {"Deutsch", "English", "fr"} <= set(with_language.each("td"))
    without = _Page(render.corpus_html({"a": {"title": "Eins"}, "b": {"title": "Zwei"}}, 2, "de"))
    assert without.each("th") == ["Titel", "Publikation", "Datum", "Passagen"]
    assert "2 Artikel · 2 Passagen · zuletzt eingelesen: –" in without.text("corpus-summary")


def test_the_copy_button_holds_the_answers_markdown() -> None:
    answer = _answer()
    buttons = [a for a in _Page(render.sources_html(answer, 1, META, "en")).attrs if "data-md" in a]
    assert len(buttons) == 1
    assert buttons[0]["data-md"] == markdown.answer_markdown(answer, META)  # the parser unescapes it
    assert buttons[0]["data-done"] == "Copied ✓"


@pytest.mark.parametrize("language", ["de", "en"])
def test_answer_markdown_has_text_sources_quotes_and_spans(language: str) -> None:
    """The answer text as given, then per source ``[n] Title — Publication, date``, its quote and a line
    with the verdict, the characters and the id; the Markdown's own words in the answer's language."""
    answer = _answer(language)
    md = markdown.answer_markdown(answer, META)
    assert md.startswith(answer.text + "\n\nSources:\n\n" if language == "en" else answer.text + "\n\nQuellen:\n\n")
    words = {"de": ("„{}“", "✓ belegt", "✗ nicht belegt", "Zeichen"),
             "en": ("“{}”", "✓ supported", "✗ not supported", "characters")}[language]  # fmt: skip
    lines = md.splitlines()
    for n, (p, q, name) in enumerate(zip(PASSAGES, QUOTES, NAMES[language], strict=True), 1):
        byline = BYLINES[n - 1].replace(" · ", ", ")
        head = lines.index(f"[{n}] {name} — {byline}" if byline else f"[{n}] {name}")
        assert lines[head + 1] == "> " + words[0].format(q)
        verdict = words[1] if n < 3 else words[2]
        assert lines[head + 2] == f"> ({verdict} · {words[3]} {p.start}–{p.end} · {p.doc_id})"
    assert "(Eine Notiz.)" in lines
    assert lines[-1] == ("Antwort von: kleines-modell" if language == "de" else "Answered by: kleines-modell")


def test_markdown_of_a_refusal_and_of_quotes() -> None:
    refusal = Answer("Wer?", "de", "refusal", "", "", TEXT["refusal"]["de"], True)
    assert markdown.answer_markdown(refusal, {}) == TEXT["refusal"]["de"] + "\n"
    quotes = Answer("Who?", "en", "extractive", "extractive", "", "No model – quotes: “x” [1]", False)
    assert markdown.answer_markdown(quotes, {}).endswith("\n\nAnswered by: quotes, no language model\n")


def test_a_conversation_as_markdown_and_as_the_cli_json() -> None:
    first, second = _answer("de"), _answer("en")
    md = markdown.conversation_markdown([first, second], META, "2024-05-02 10:00")
    assert md.startswith("# artikelbot – 2024-05-02 10:00\n\n## 1. Wie viel Regen fiel in Hamburg")
    assert md.count("\n## ") == 2
    assert markdown.answer_markdown(first, META) in md and markdown.answer_markdown(second, META) in md
    records = json.loads(markdown.conversation_json([first, second]))
    assert records == json.loads(json.dumps([first.public(), second.public()]))


# --- the claim check: one claim today, a whole text soon (``statements``) ---


def _evidence(i: int, supported: bool, reasons: tuple[str, ...] = ()) -> Evidence:
    return Evidence(PASSAGES[i], 0.9, supported, QUOTES[i], PASSAGES[i].start, reasons)


@dataclass(frozen=True)
class StatementCheck:
    """A checked statement as the text check reports it (built here; bot.check will return its own)."""

    text: str
    verdict: str
    score: float
    evidence: Any
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class TextCheck:
    claim: str
    language: str
    verdict: str
    score: float
    evidence: tuple[Evidence, ...]
    statements: tuple[StatementCheck, ...]
    timings: dict[str, float] = field(default_factory=dict)


def test_a_claim_check_in_the_page_language() -> None:
    result = ClaimCheck("In Hamburg fielen 40 Liter.", "de", "not_supported", 0.88,
                        (_evidence(0, False, ("numbers not in the source: 40",)), _evidence(2, False)), {})  # fmt: skip
    for lang, badge in (("de", "✗ nicht belegt"), ("en", "✗ not supported")):
        page = _Page(render.check_html(result, META, lang))
        assert page.each("badge")[0] == badge
        assert page.each("card-title") == [NAMES[lang][0], NAMES[lang][2]]
        assert page.text("reasons") == "numbers not in the source: 40"
    empty = ClaimCheck("Etwas.", "de", "not_supported", 0.0, (), {})
    assert _Page(render.check_html(empty, META, "en")).text("empty") == "No passage found"


@pytest.mark.parametrize(
    ("lang", "tally", "badge"),
    [
        ("de", "2 von 3 Aussagen belegt", "◐ teilweise belegt"),
        ("en", "2 of 3 statements supported", "◐ partly supported"),
    ],
)
def test_a_text_check_marks_each_statement_and_counts_them(lang: str, tally: str, badge: str) -> None:
    statements = (
        StatementCheck("In Hamburg fielen 42 Liter Regen.", "supported", 0.93, (_evidence(0, True),)),
        StatementCheck("Fünf Fähren kamen nach Kiel.", "not_supported", 0.86, _evidence(1, False), ("only 3",)),
        StatementCheck("Der Hafen bleibt bis Freitag zu.", "supported", 0.95, [_evidence(2, True)]),
        StatementCheck("Der Mond ist aus Käse.", "not_supported", 0.2, ()),
    )[: 3 if lang == "de" else 4]
    result = TextCheck(" ".join(s.text for s in statements), lang, "partly_supported", 0.9, (), statements)
    page = _Page(render.check_html(result, META, lang))  # type: ignore[arg-type]
    assert page.each("badge")[0] == badge
    total = len(statements)
    assert page.text("tally") == tally.replace("of 3", f"of {total}")
    marks = ["✓", "✗", "✓", "✗"][:total]
    assert page.each("stmt") == [f"{i} {m} {s.text}" for i, (m, s) in enumerate(zip(marks, statements, strict=True), 1)]
    links = [a["href"] for a in page.attrs if "stmt" in (a.get("class") or "").split()]
    assert links == [f"#chk-{i}" for i in range(1, total + 1)]  # each statement opens its evidence card
    assert page.each("card-title") == NAMES[lang]
    assert page.text("reasons") == "only 3"
    if lang == "en":
        assert page.each("empty") == ["4. Der Mond ist aus Käse. – No passage found"]


def test_a_text_of_one_statement_shows_as_a_claim() -> None:
    one = (StatementCheck("In Hamburg fielen 42 Liter Regen.", "supported", 0.93, (_evidence(0, True),)),)
    result = TextCheck(one[0].text, "de", "supported", 0.93, (_evidence(0, True),), one)
    page = _Page(render.check_html(result, META, "de"))  # type: ignore[arg-type]
    assert page.text("claim") == one[0].text and not page.each("tally")


def test_an_upload_report_names_new_articles_by_title() -> None:
    @dataclass
    class Report:
        added: list[str] = field(default_factory=lambda: ["wetter_2023_11", "notiz_7f3a"])
        updated: list[str] = field(default_factory=list)
        unchanged: list[str] = field(default_factory=list)
        skipped: list[tuple[str, str]] = field(default_factory=lambda: [("leer.txt", "leer.txt: empty file")])
        notes: list[str] = field(default_factory=list)
        passages: int = 2
        seconds: float = 1.25

    page = _Page(render.report_html(Report(), [("bild.png", "bild.png: keine Artikeldatei")], "de", META))
    assert page.text("report-summary") == "2 neu · 0 geändert · 0 unverändert · 2 übersprungen · 2 Passagen · 1.2 s"
    assert page.text("added") == "Neu: Regen über Hamburg, Artikel ohne Titel"
    assert page.each("li") == ["bild.png: keine Artikeldatei", "leer.txt: empty file"]


# --- one page language ---

CONTENT = frozenset(
    {"card-title", "byline", "passage", "note", "claim", "stmt", "stmt-text", "reasons", "article-text", "h4", "h3",
     "td", "doc-id", "code"}
)  # fmt: skip


def _everything(lang: str) -> str:
    answer = _answer()
    statements = (StatementCheck("Eins.", "supported", 0.9, _evidence(0, True)),
                  StatementCheck("Zwei.", "not_supported", 0.5, ()))  # fmt: skip
    text_check = TextCheck("Eins. Zwei.", "de", "partly_supported", 0.9, (), statements)
    claim = ClaimCheck("Eins.", "de", "supported", 0.9, (_evidence(0, True),), {})
    return "".join(
        [
            render.head_html(lang),  # type: ignore[arg-type]
            render.sources_panel([answer, answer], META, lang),  # type: ignore[arg-type]
            render.sources_panel([], META, lang),  # type: ignore[arg-type]
            render.check_html(claim, META, lang),  # type: ignore[arg-type]
            render.check_html(text_check, META, lang),  # type: ignore[arg-type]
            render.article_html(RAIN, 0, 10, 0, 5, lang),  # type: ignore[arg-type]
            render.article_hint(lang),  # type: ignore[arg-type]
            render.corpus_html(META, 3, lang),  # type: ignore[arg-type]
            render.generator_html("extractive", "m", "extractive", lang),  # type: ignore[arg-type]
        ]
    )


@pytest.mark.parametrize(("lang", "other"), [("de", "en"), ("en", "de")])
def test_the_page_words_are_in_the_page_language_only(lang: str, other: str) -> None:
    markup = _everything(lang)
    words = _Page(markup).text(without=CONTENT)
    assert words_of(other, words) == []
    assert len(words_of(lang, words)) >= 12
    attributes = " ".join(html.unescape(str(v)) for a in _Page(markup).attrs for k, v in a.items() if k == "data-done")
    assert words_of(other, attributes) == []


def test_named_when_the_store_knows_more_than_the_passage() -> None:
    assert (
        named("x", {"x": {"title": "  Zwei   Leerzeichen ", "date": "2020"}}, "de").line() == "Zwei Leerzeichen — 2020"
    )
    assert named("x", {}, "en", "Passage title").line() == "Passage title"
    assert named("x", {}, "de").name == "Artikel ohne Titel"
