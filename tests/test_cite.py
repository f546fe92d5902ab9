"""Citation markers on the model's stream: the forms small models write, renumbering, dropping, statements."""

from __future__ import annotations

import re

import pytest

from bot.cite import CitationStream, statements

PASSAGES = 5


def shown(raw: str, passages: int = PASSAGES) -> CitationStream:
    stream = CitationStream(passages)
    stream.feed(raw)
    stream.finish()
    return stream


@pytest.mark.parametrize(
    ("raw", "display", "order", "dropped"),
    [
        ("A [1]. B [2].", "A [1]. B [2].", [1, 2], []),
        ("A [[2]].", "A [1].", [2], []),
        ("A 【3】.", "A [1].", [3], []),
        ("A [1, 2].", "A [1][2].", [1, 2], []),
        ("A [2; 3].", "A [1][2].", [2, 3], []),
        ("A [1][2].", "A [1][2].", [1, 2], []),
        ("A [Quelle 2].", "A [1].", [2], []),
        ("A [source 4].", "A [1].", [4], []),
        ("A [1, 1].", "A [1].", [1], []),
        ("A [7].", "A.", [], [7]),
        ("A [0].", "A.", [], [0]),
        ("A [1, 9].", "A [1].", [1], [9]),
        ("X [3]. Y [1].", "X [1]. Y [2].", [3, 1], []),
        ("X [3]. Y [1]. Z [3].", "X [1]. Y [2]. Z [1].", [3, 1], []),
        ("Das ist [sic] so.", "Das ist [sic] so.", [], []),
        ("Liste [a] und [2].", "Liste [a] und [1].", [2], []),
        ("Keine Quelle.", "Keine Quelle.", [], []),
    ],
)
def test_markers(raw: str, display: str, order: list[int], dropped: list[int]) -> None:
    stream = shown(raw)
    assert (stream.text, stream.order, stream.dropped) == (display, order, dropped)


STREAMED = [
    "Amazon hat über 2.000 Mitarbeiter [[3]]. Das Zentrum heißt Krausenhöfe 【1】.",
    "A [1, 2]. B [Quelle 4]. C [2][1].",
    "Das ist [sic] so [9]. Und [2]",
    "Offen am Ende [[2]",
    "Offen am Ende [",
]


@pytest.mark.parametrize("raw", STREAMED)
def test_markers_split_across_chunks(raw: str) -> None:
    """Fed one character at a time, the display is the same and never shows half a marker."""
    stream = CitationStream(PASSAGES)
    so_far = ""
    for ch in raw:
        so_far += stream.feed(ch)
        assert not re.search(r"[\[【][^\]】]*\Z", so_far), so_far
        assert "]]" not in so_far
    so_far += stream.finish()
    whole = shown(raw)
    assert (so_far, stream.text, stream.order, stream.dropped) == (whole.text, whole.text, whole.order, whole.dropped)


def test_feed_returns_only_what_is_new() -> None:
    stream = CitationStream(PASSAGES)
    # the space before a marker waits for it: a dropped marker takes its space along
    assert [stream.feed("Berlin ["), stream.feed("2"), stream.feed("]. Ende"), stream.finish()] == [
        "Berlin",
        "",
        " [1]. Ende",
        "",
    ]


@pytest.mark.parametrize(
    ("display", "language", "expected"),
    [
        (
            "Amazon hat 2.000 Mitarbeiter. [1] Das Zentrum heißt Krausenhöfe [2]. Es ist schön.",
            "german",
            [("Amazon hat 2.000 Mitarbeiter.", (1,)), ("Das Zentrum heißt Krausenhöfe.", (2,)), ("Es ist schön.", ())],
        ),
        (
            "Amazon employs 2,000 people. [1] Berlin is big.",
            "english",
            [("Amazon employs 2,000 people.", (1,)), ("Berlin is big.", ())],
        ),
        ("A [1][2]. B.", "german", [("A.", (1, 2)), ("B.", ())]),
        ("Ohne Quellen. Auch hier nicht.", "german", [("Ohne Quellen.", ()), ("Auch hier nicht.", ())]),
        ("Zweimal [1] zitiert [1].", "german", [("Zweimal zitiert.", (1,))]),
        ("[1]", "german", []),
    ],
)
def test_statements(display: str, language: str, expected: list[tuple[str, tuple[int, ...]]]) -> None:
    assert statements(display, language) == expected
