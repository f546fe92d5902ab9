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
