"""Loading article files: front matter, HTML, PDF, encodings, and every way a file can be bad."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import DATA, make_pdf

from bot.errors import InputError
from bot.settings import Settings
from ingest import load

ARTICLES = DATA / "articles"
MAX_BYTES = int(Settings.model_fields["max_file_mb"].default * 1e6)  # as the pipeline passes it


@pytest.mark.parametrize(
    ("name", "title", "author", "date", "publication", "language", "first_line", "sentence"),
    [
        (
            "paketstation.txt",
            "Neue Paketstationen in Leipzig",
            "Max Muster",
            "2022-03-01",
            "Stadtblatt",
            "de",
            "3 min Lesedauer",
            "Jede Station hat Platz für achtzig Sendungen und ist rund um die Uhr geöffnet.",
        ),
        (
            "returns.md",
            "Why free returns are expensive",
            "Sam Example",
            "2023-09-12",
            "",
            "en",
            "# Why free returns are expensive",
            "A returned jacket has to be checked, cleaned and packed again before it can be sold.",
        ),
        (
            "lieferdienst.html",
            "Drohnen liefern Pakete in Brandenburg",
            "Jana Beispiel",
            "2021-05-04",
            "Handelsblog",
            "de",  # <html lang="de">
            "Drohnen liefern Pakete in Brandenburg",
            "Die Drohnen fliegen bis zu zwölf Kilometer weit und tragen Sendungen bis zwei Kilogramm.",
        ),
        (
            "lieferzeiten.pdf",
            "Lieferzeiten im Vergleich",
            "Lena Probe",
            "",
            "",
            "",
            "Lieferzeiten im Vergleich",
            "In Dörfern dauert es länger (2,6 Tage).",
        ),
        (
            "umlaute-latin1.txt",
            "",
            "",
            "",
            "",
            "",
            "Größere Pakete für Düsseldorf",
            "Über die Hälfte der Sendungen wiegt mehr als fünf Kilogramm, heißt es in einer Umfrage der Gewerkschaft.",
        ),
    ],
)
def test_load_reads_text_and_metadata(name, title, author, date, publication, language, first_line, sentence):
    article, _ = load.load(ARTICLES / name, MAX_BYTES)
    assert article.doc_id == Path(name).stem
    assert article.title == title
    assert article.author == author
    assert article.date == date
    assert article.publication == publication
    assert article.language == language
    assert article.source == str(ARTICLES / name)
    assert article.text.splitlines()[0] == first_line
    assert sentence in article.text
    assert "---" not in article.text and "title:" not in article.text


def test_html_furniture_is_left_out():
    article, _ = load.load(ARTICLES / "lieferdienst.html", MAX_BYTES)
    assert article.text.splitlines()[-1] == (
        "Ob der Dienst nach dem Test bleibt, entscheidet die Luftfahrtbehörde im Herbst."
    )
    for furniture in ("Startseite", "Logistik", "Kommentar", "E-Mail-Adresse", "Impressum", "©"):
        assert furniture not in article.text


@pytest.mark.parametrize(
    ("name", "notes"),
    [
        ("umlaute-latin1.txt", ["umlaute-latin1.txt: read as Windows-1252"]),
        ("paketstation.txt", []),
        ("returns.md", []),
        ("lieferdienst.html", []),
        ("lieferzeiten.pdf", []),
    ],
)
def test_load_notes_the_encoding_when_not_utf8(name, notes):
    assert load.load(ARTICLES / name, MAX_BYTES)[1] == notes


def test_utf8_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff---\ntitle: Mit BOM\n---\nÄpfel und Birnen.\n".encode())
    article, notes = load.load(path, MAX_BYTES)
    assert (article.title, article.text, notes) == ("Mit BOM", "Äpfel und Birnen.", [])


def _write(name: str, data: bytes | str | Callable[[Path], None]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        if callable(data):
            data(path)
        elif isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
        return path

    return make


def _sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("wb") as f:
            f.truncate(size)  # a hole: the size is real, no 50 MB are written

    return make


def _copy(source: Path) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(source.read_bytes())


BAD_FILES = [
    ("empty", _write("leer.txt", b""), "leer.txt: empty file – skipped"),
    (
        "binary named .txt",
        _write("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        "bild.txt: binary file, not text – convert it to .txt, .html or .pdf",
    ),
    (
        "undecodable",
        _write("kauderwelsch.txt", b"\x81\x01\x02\x03" * 100),
        "kauderwelsch.txt: not readable as text in any known encoding – save it as UTF-8",
    ),
    (
        "over the size limit",
        _write("riesig.txt", _sparse(50_000_000)),
        "riesig.txt: 50.0 MB is over the limit of 20 MB – split it, or raise max_file_mb",
    ),
    (
        "broken YAML front matter",
        _write("kaputt.txt", _copy(DATA / "bad" / "kaputt.txt")),
        "kaputt.txt: front matter is not valid YAML (line 2) – fix the block between the --- lines",
    ),
    (
        "front matter only",
        _write("nur-kopf.md", "---\ntitle: Nur ein Kopf\n---\n\n   \n"),
        "nur-kopf.md: no text in it – skipped",
    ),
    (
        "PDF without text",
        _write("scan.pdf", make_pdf([], title="Gescannt")),
        "scan.pdf: PDF has no text layer (scanned?) – run OCR on it first",
    ),
    (
        "not a PDF",
        _write("kaputt.pdf", b"%PDF-1.4\nthis is no pdf\n"),
        "kaputt.pdf: not a readable PDF (PdfStreamError) – skipped",
    ),
    (
        "HTML without article text",
        _write("leer.html", "<html><head><title>Leer</title></head><body><script>var x = 1;</script></body></html>"),
        "leer.html: no article text found in the HTML – save the article as .txt",
    ),
]


@pytest.mark.parametrize(("make", "line"), [row[1:] for row in BAD_FILES], ids=[row[0] for row in BAD_FILES])
def test_bad_file_is_refused_with_a_clear_message(tmp_path, make, line):
    path = make(tmp_path)
    with pytest.raises(InputError) as e:
        load.load(path, MAX_BYTES)
    assert e.value.line() == line


def _folder(name: str, *files: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        (tmp / name).mkdir()
        for file in files:
            (tmp / name / file).write_bytes(b"PK\x03\x04")
        return tmp / name

    return make


def _file(name: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        (tmp / name).write_bytes(b"PK\x03\x04")
        return tmp / name

    return make


BAD_PATHS = [
    (
        "missing path",
        lambda tmp: tmp / "gibt-es-nicht",
        "'{t}/gibt-es-nicht' does not exist – give a folder or file of articles",
    ),
    (
        "empty folder",
        _folder("leer"),
        "folder '{t}/leer' has no articles – put .txt, .md, .html or .pdf files in it",
    ),
    (
        "folder of unsupported files",
        _folder("office", "a.docx", "b.odt"),
        "folder '{t}/office' has no articles – put .txt, .md, .html or .pdf files in it",
    ),
    (
        "unsupported suffix",
        _file("bericht.docx"),
        "'{t}/bericht.docx' is not a supported article file – use .txt, .md, .html or .pdf",
    ),
]


@pytest.mark.parametrize(("make", "line"), [row[1:] for row in BAD_PATHS], ids=[row[0] for row in BAD_PATHS])
def test_bad_path_is_refused_before_anything_is_read(tmp_path, make, line):
    with pytest.raises(InputError) as e:
        load.discover([make(tmp_path)])
    assert e.value.line() == line.format(t=tmp_path)


def test_discover_finds_articles_sorted_once_and_skips_hidden(tmp_path):
    (tmp_path / "b.md").write_text("B")
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.HTML").write_text("<p>C</p>")
    (tmp_path / "notiz.docx").write_bytes(b"PK")
    (tmp_path / ".versteckt.txt").write_text("hidden")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("hidden")
    found = load.discover([tmp_path, tmp_path / "a.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.txt", "b.md", "sub/c.HTML"]


@pytest.mark.parametrize(
    ("file_name", "doc_id"),
    [
        ("000_df76fc5b86ac5428.txt", "000_df76fc5b86ac5428"),
        ("Mein Artikel (Entwurf).md", "Mein-Artikel-Entwurf"),
        ("Größe & Gewicht.txt", "Größe-Gewicht"),
        ("!!!.txt", "article"),
    ],
)
def test_doc_id_from_file_name(file_name, doc_id):
    assert load.doc_id_for(Path(file_name)) == doc_id


# --- HTML pages: which headline, site name, author, date and language a page gives (made-up pages) ---

_BODY = (
    "<p>Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Kanal abzureißen und neu zu bauen. "
    "Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern.</p>"
    "<p>Während der Bauzeit fährt eine Fähre, sagte die Baudezernentin. Sie kostet die Stadt etwa "
    "40.000 Euro im Monat, der Bund übernimmt davon die Hälfte.</p>"
)


def _page(head: str = "", before: str = "", top: str = "", after: str = "", html: str = ' lang="de"') -> str:
    """A page: ``head`` in <head>, ``before`` the <article>, ``top`` at its start, ``after`` it."""
    return (
        f"<!DOCTYPE html><html{html}><head><meta charset='utf-8'>{head}</head>"
        f"<body>{before}<article>{top}{_BODY}</article>{after}</body></html>"
    )


def _ld(data: dict) -> str:
    import json

    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


# (case, page, title, publication)
HTML_TITLES = [
    (
        "article h1 over og:title and <title>",
        _page(
            "<title>Brücke: 5 Fakten | Kanalbote</title><meta property='og:title' content='Brücke kommt weg'>",
            top="<h1>Alte Kanalbrücke wird abgerissen</h1>",
        ),
        "Alte Kanalbrücke wird abgerissen",
        "Kanalbote",
    ),
    (
        "the logo's h1 outside the article is no headline",
        _page(
            "<title>Brücke wird abgerissen - Kanalbote</title>", "<h1>Kanalbote</h1>", "<h1>Brücke wird abgerissen</h1>"
        ),
        "Brücke wird abgerissen",
        "Kanalbote",
    ),
    (
        "JSON-LD headline when two h1 and none in an article",
        "<html><head><title>x</title>"
        + _ld({"@graph": [{"@type": "WebPage", "name": "x"}, {"@type": ["NewsArticle"], "headline": "Brücke weg"}]})
        + f"</head><body><h1>Kanalbote</h1><h1>Brücke weg</h1><div>{_BODY}</div></body></html>",
        "Brücke weg",
        "",
    ),
    (
        "og:title when no h1",
        _page("<meta property='og:title' content='Brücke wird abgerissen'><title>Startseite</title>"),
        "Brücke wird abgerissen",
        "",
    ),
    (
        "only <title>: site suffix cut",
        _page("<title>Brücke wird abgerissen – Kanalbote</title>"),
        "Brücke wird abgerissen",
        "Kanalbote",
    ),
    (
        "only <title>: site in front",
        _page("<title>Kanalbote » Brücke wird abgerissen</title>", top="<h1>Brücke wird abgerissen</h1>"),
        "Brücke wird abgerissen",
        "Kanalbote",
    ),
    (
        "only <title>: a dot in the headline",
        _page("<title>Amazon.de baut in Berlin aus | Handelsblatt</title>"),
        "Amazon.de baut in Berlin aus",
        "Handelsblatt",
    ),
    (
        "only <title>: a dash inside the headline is no site",
        _page("<title>Berlin - Hamburg in 90 Minuten</title>"),
        "Berlin - Hamburg in 90 Minuten",
        "",
    ),
    (
        "an h1 that is the site's name",
        _page(
            "<meta property='og:site_name' content='Kanalbote'><meta property='og:title' content='Brücke weg'>",
            top="<h1>Kanalbote</h1>",
        ),
        "Brücke weg",
        "Kanalbote",
    ),
    (
        "JSON-LD publisher as the site",
        _page(_ld({"@type": "BlogPosting", "headline": "Brücke weg", "publisher": {"name": "Kanalblog"}})),
        "Brücke weg",
        "Kanalblog",
    ),
    (
        "a byline is no site name",
        _page("<title>Why the bridge goes - by Sam Example</title>", top="<h1>Why the bridge goes</h1>"),
        "Why the bridge goes",
        "",
    ),
    (
        "broken JSON-LD is passed over",
        _page("<script type='application/ld+json'>{kaputt</script><title>Brücke</title>"),
        "Brücke",
        "",
    ),
]


@pytest.mark.parametrize(
    ("page", "title", "publication"), [r[1:] for r in HTML_TITLES], ids=[r[0] for r in HTML_TITLES]
)
def test_html_headline_and_site_name(tmp_path, page, title, publication):
    path = tmp_path / "seite.html"
    path.write_text(page, encoding="utf-8")
    article, _ = load.load(path, MAX_BYTES)
    assert (article.title, article.publication) == (title, publication)


# (case, page, author, date, language)
HTML_META = [
    (
        "hCard author",
        _page(top="<p class='byline'><span class='vcard'><a class='fn'>Petra Lang</a></span></p>"),
        "Petra Lang",
        "",
        "de",
    ),
    ("rel=author", _page(top="<p>Von <a rel='author' href='/a'>Petra Lang</a></p>"), "Petra Lang", "", "de"),
    (
        "itemprop=author with a name inside",
        _page(top="<div itemprop='author' itemscope><span itemprop='name'>Petra Lang</span></div>"),
        "Petra Lang",
        "",
        "de",
    ),
    (
        "a commenter is no author",
        _page(after="<div id='comments'><span class='vcard'><span class='fn'>Leser Paul</span></span></div>"),
        "",
        "",
        "de",
    ),
    (
        "a date the page states",
        _page("<meta property='article:published_time' content='2021-06-30T08:00:00+02:00'>"),
        "",
        "2021-06-30",
        "de",
    ),
    ("no date from a copyright line", _page(after="<footer>© 2021 Kanalbote</footer>"), "", "", "de"),
    ("language with region", _page(html=' lang="en-GB"'), "", "", "en"),
    ("og:locale", _page("<meta property='og:locale' content='de_AT'>", html=""), "", "", "de"),
    ("content-language", _page("<meta http-equiv='Content-Language' content='fr'>", html=""), "", "", "fr"),
    (
        "<html lang> before og:locale",
        _page("<meta property='og:locale' content='de_DE'>", html=' lang="en"'),
        "",
        "",
        "en",
    ),
    ("no declared language", _page(html=""), "", "", ""),
    ("a template's placeholder is no language", _page(html=' lang="{{ lang }}"'), "", "", ""),
]


@pytest.mark.parametrize(
    ("page", "author", "date", "language"), [r[1:] for r in HTML_META], ids=[r[0] for r in HTML_META]
)
def test_html_author_date_and_declared_language(tmp_path, page, author, date, language):
    path = tmp_path / "seite.html"
    path.write_text(page, encoding="utf-8")
    article, _ = load.load(path, MAX_BYTES)
    assert (article.author, article.date, article.language) == (author, date, language)


def test_html_blocks_become_paragraphs(tmp_path):
    path = tmp_path / "seite.html"
    path.write_text(_page(top="<h1>Brücke wird abgerissen</h1><h2>Die Kosten</h2>"), encoding="utf-8")
    article, _ = load.load(path, MAX_BYTES)
    assert article.text.split("\n\n") == [
        "Brücke wird abgerissen",
        "Die Kosten",
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Kanal abzureißen und neu zu bauen. "
        "Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern.",
        "Während der Bauzeit fährt eine Fähre, sagte die Baudezernentin. Sie kostet die Stadt etwa "
        "40.000 Euro im Monat, der Bund übernimmt davon die Hälfte.",
    ]
