"""Property tests (hypothesis) of the three parsers that read text nobody controls: the citation
markers on the model's stream (``bot.cite``), the numbers of the verifier (``bot.numbers``) and the
article loader (``ingest.load``). Each property is checked on a few hundred generated inputs; a
failure prints the smallest input hypothesis found."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

from conftest import make_pdf
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot import numbers
from bot.cite import CitationStream
from bot.errors import InputError
from bot.render import CITE
from ingest import load

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOWER = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- citation markers -------------------------------------------------------------------------

# Model output made of the pieces that matter: the marker forms of bot.cite, their near misses,
# brackets, digits, separators, keywords, whitespace and ordinary words.
PIECES = st.sampled_from(
    [
        "[", "]", "[[", "]]", "【", "】", "[1]", "[2]", "[3]", "[9]", "[0]", "[1000]", "[[2]]", "【1】",
        "[1, 2]", "[2; 3]", "[Quelle 2]", "[source 1]", "[Quelle 1, Quelle 2, Quelle 3]", "[ 1 ,  2 ,  3 ,  4 ,  5 ]",
        "1", "2", "12", "123", ",", ";", " ", "  ", "\n", "\t", ".", "Quelle", "source", "sic", "Berlin",
        "Amazon hat 2.000 Mitarbeiter", "ä", "😀",
    ]
)  # fmt: skip
RAW = st.one_of(st.lists(PIECES, max_size=30).map("".join), st.text(max_size=80))


def _fed(chunks: list[str], passages: int) -> tuple[CitationStream, list[str]]:
    stream = CitationStream(passages)
    shown = [stream.feed(chunk) for chunk in chunks]
    shown.append(stream.finish())
    return stream, shown


@st.composite
def chunked(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A raw text and the same text cut at arbitrary places (as a model streams it)."""
    raw = draw(RAW)
    cuts = sorted(draw(st.sets(st.integers(0, len(raw)), max_size=12)))
    return raw, [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True)]


@FAST
@given(chunked(), st.integers(0, 5))
@example(("A [1]] B", ["A [1]", "] B"]), 3)  # found by this test: "]]" after "[n]" was read differently
@example(("A [Quelle 1, Quelle 2, Quelle 3] B", ["A [Quelle 1, Quelle 2, Quelle 3", "] B"]), 3)  # and a long marker
@example(("A [1,\n2] B", ["A [1,\n", "2] B"]), 3)  # and a line break inside a marker
def test_streaming_in_any_chunks_shows_what_the_whole_text_shows(case: tuple[str, list[str]], passages: int) -> None:
    raw, chunks = case
    whole, _ = _fed([raw], passages)
    streamed, shown = _fed(chunks, passages)
    assert "".join(shown) == streamed.text == whole.text
    assert (streamed.order, streamed.dropped) == (whole.order, whole.dropped)


@FAST
@given(chunked(), st.integers(0, 5))
@example(("[1[1]]", ["[1[1]]"]), 0)  # found by this test: a dropped marker left "[1" and "]" to read "[1]"
def test_shown_numbers_are_one_to_n_in_order_of_first_citation(case: tuple[str, list[str]], passages: int) -> None:
    _, chunks = case
    stream, _ = _fed(chunks, passages)
    numbers_shown = [int(m.group(1)) for m in CITE.finditer(stream.text)]
    assert list(dict.fromkeys(numbers_shown)) == list(range(1, len(stream.order) + 1))
    assert len(set(stream.order)) == len(stream.order)
    assert all(1 <= n <= passages for n in stream.order)
    assert all(not 1 <= n <= passages for n in stream.dropped)


@FAST
@given(chunked(), st.integers(1, 5))
def test_a_marker_is_never_shown_half_written(case: tuple[str, list[str]], passages: int) -> None:
    """Every piece shown while streaming is final: what was shown is never a cut-off marker that the
    next piece completes (the display so far is always a prefix of the final display, and no marker
    of the final display starts in one piece and ends in another)."""
    _, chunks = case
    stream, shown = _fed(chunks, passages)
    ends = {0}
    for piece in shown:
        ends.add(max(ends) + len(piece))
    for m in CITE.finditer(stream.text):
        assert not any(m.start() < end < m.end() for end in ends), (shown, m.group(0))


# --- numbers ------------------------------------------------------------------------------------


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@st.composite
def amounts(draw: st.DrawFn) -> tuple[str, str, float, str]:
    """One quantity written the German and the English way: (de, en, value, kind)."""
    whole = draw(st.integers(0, 10**12))
    kind = draw(st.sampled_from(["int", "decimal", "scaled", "percent"]))
    if kind == "int":
        return _grouped(whole, "."), _grouped(whole, ","), float(whole), "number"
    # a separator followed by exactly three digits groups thousands (bot.numbers): other lengths here
    fraction = draw(st.from_regex(r"\d{1,2}|\d{4,6}", fullmatch=True))
    value = float(f"{whole}.{fraction}")
    de, en = f"{_grouped(whole, '.')},{fraction}", f"{_grouped(whole, ',')}.{fraction}"
    if kind == "decimal":
        return de, en, value, "number"
    if kind == "percent":
        de_sign, en_sign = draw(st.sampled_from([(" %", "%"), (" Prozent", " percent"), ("%", " per cent")]))
        return de + de_sign, en + en_sign, value, "percent"
    de_scale, en_scale, factor = draw(
        st.sampled_from(
            [
                ("Tausend", "thousand", 1e3),
                ("Millionen", "million", 1e6),
                ("Mio.", "million", 1e6),
                ("Milliarden", "billion", 1e9),
                ("Mrd.", "billion", 1e9),
            ]
        )
    )
    return f"{de} {de_scale}", f"{en} {en_scale}", value * factor, "number"


MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_EN = "January February March April May June July August September October November December".split()


@FAST
@given(amounts())
def test_a_number_in_german_and_english_format_is_the_same_value(amount: tuple[str, str, float, str]) -> None:
    de, en, value, kind = amount
    [a] = numbers.quantities(f"Laut Bericht sind es {de} in Berlin.", words=False)
    [b] = numbers.quantities(f"The report says it is {en} in Berlin.", words=False)
    assert (a.kind, b.kind) == (kind, kind)
    assert a.matches(b) and b.matches(a)
    assert abs(a.value - value) <= 1e-9 * max(1.0, value)
    # not right before a full stop: "1.1." and "am 11.11." are days without a year (bot.numbers)
    assert numbers.unsupported(f"Es sind {de} Stück.", f"The report: {en} units.") == []
    assert numbers.unsupported(f"It is {en} units.", f"Laut Bericht {de} Stück.") == []


@FAST
@given(amounts())
def test_another_number_is_not_supported(amount: tuple[str, str, float, str]) -> None:
    _, en, value, _ = amount
    other = int(value) + 1 + int(value) // 1000  # another whole number, at least 0.1 % away
    assert numbers.unsupported(f"Es sind {_grouped(other, '.')} Fälle.", f"The report: {en} cases.") != []


@FAST
@given(st.dates(min_value=date(1000, 1, 1)), st.integers(0, 3), st.integers(0, 1))
def test_a_date_in_german_and_english_format_is_the_same_date(day: date, de_form: int, en_form: int) -> None:
    d, m, y = day.day, day.month, day.year
    de = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {MONTHS_DE[m - 1]} {y}", f"am {d}. {MONTHS_DE[m - 1]} {y}"]
    en = [f"{d} {MONTHS_EN[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {d}, {y}"]
    a = [q for q in numbers.quantities(f"Es geschah {de[de_form]} in Berlin.") if q.kind == "date"]
    b = [q for q in numbers.quantities(f"It happened {en[en_form]} in Berlin.") if q.kind == "date"]
    assert len(a) == len(b) == 1 and a[0].matches(b[0]) and a[0].value == y * 10000 + m * 100 + d


@FAST
@given(st.text(max_size=200), st.text(max_size=200))
@example("9" * 400, "")  # a number too long for a float
def test_numbers_never_raise_and_a_text_supports_itself(text: str, other: str) -> None:
    numbers.quantities(text)
    numbers.unsupported(text, other)
    numbers.has_number(text)
    numbers.has_date(text)
    assert numbers.unsupported(text, text) == []


# --- the loader ----------------------------------------------------------------------------------

TEXTS = st.text(max_size=300)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "iso-8859-15", "koi8-r"])


@st.composite
def files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file name and its bytes: random bytes, text in an encoding, front matter, HTML or a (damaged) PDF."""
    form = draw(st.sampled_from(["bytes", "text", "front-matter", "html", "pdf"]))
    if form == "bytes":
        return "datei" + draw(st.sampled_from([".txt", ".md", ".html", ".pdf"])), draw(st.binary(max_size=600))
    if form == "pdf":
        data = make_pdf(draw(st.lists(st.text(st.characters(codec="cp1252"), max_size=40), max_size=3)))
        keep = draw(st.one_of(st.just(len(data)), st.integers(0, len(data))))  # whole or cut off
        flips = draw(st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)), max_size=4))
        damaged = bytearray(data[:keep])
        for at, value in flips:
            if at < len(damaged):
                damaged[at] = value
        return "artikel.pdf", bytes(damaged)
    encoding = draw(ENCODINGS)
    if form == "text":
        text, suffix = draw(TEXTS), draw(st.sampled_from([".txt", ".md"]))
    elif form == "front-matter":
        odd = ['title: "x', "title: [a, b", "- a\n- b", "a: b: c", "title: 2020-01-01", "?", "1: x"]
        head = draw(st.one_of(TEXTS, st.sampled_from(odd)))
        text, suffix = f"---\n{head}\n---\n{draw(TEXTS)}", ".md"
    else:
        title, body = draw(TEXTS), draw(TEXTS)
        text = (
            f"<html><head><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
        )
        suffix = ".html"
    return "artikel" + suffix, text.encode(encoding, errors="replace")


@SLOWER
@given(files())
def test_the_loader_reads_a_file_or_names_one_reason(file: tuple[str, bytes]) -> None:
    name, data = file
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            article, notes = load.load(path, 100_000)
        except InputError as e:
            assert e.message.startswith(f"{name}: ") and "\n" not in e.line(), e.line()
            return
    assert article.doc_id == "artikel" or article.doc_id == "datei"
    assert article.text.strip()
    assert all(isinstance(v, str) for v in (article.title, article.author, article.date, article.publication))
    assert all(re.fullmatch(rf"{re.escape(name)}: read as [\w-]+", note) for note in notes)
