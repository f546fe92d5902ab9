"""The catalogue of words (``bot.messages``): every key in German and English with the same placeholders,
and the page language picked from the visitor's choice or the browser's ``Accept-Language``."""

from __future__ import annotations

import re
import string

import pytest

from bot.messages import IN_ANSWERS, LANGS, TEXT, page_language, say


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_is_in_both_languages_with_the_same_placeholders() -> None:
    assert LANGS == ("de", "en")
    for key, texts in TEXT.items():
        assert set(texts) == {"de", "en"}, key
        assert all(t.strip() == t and t for t in texts.values()), key
        assert _placeholders(texts["de"]) == _placeholders(texts["en"]), key
    assert set(TEXT) >= IN_ANSWERS


def test_the_two_languages_differ_where_words_differ() -> None:
    """Only names (the languages' own names, Chat, ID) are the same in both; everything else is translated."""
    same = {key for key, t in TEXT.items() if t["de"] == t["en"]}
    assert same == {"lang_de", "lang_en", "tab_chat", "col_id"}


@pytest.mark.parametrize(
    ("key", "language", "values", "text"),
    [
        ("statements_supported", "de", {"ok": 3, "total": 5}, "3 von 5 Aussagen belegt"),
        ("statements_supported", "en", {"ok": 3, "total": 5}, "3 of 5 statements supported"),
        ("chars", "de", {"start": 10, "end": 42}, "Zeichen 10–42"),
        ("quoted", "en", {"quote": "Yes."}, "“Yes.”"),
        ("busy", "de", {}, TEXT["busy"]["de"]),
    ],
)
def test_say_fills_the_placeholders(key: str, language: str, values: dict, text: str) -> None:
    assert say(key, language, **values) == text  # type: ignore[arg-type]


def test_say_without_a_value_fails() -> None:
    with pytest.raises(KeyError, match="total"):
        say("statements_supported", "de", ok=1)


@pytest.mark.parametrize(
    ("chosen", "accept", "language"),
    [
        (None, "de-DE,de;q=0.9,en;q=0.8", "de"),
        (None, "de-CH", "de"),
        (None, "de", "de"),
        (None, "en-US,en;q=0.9,de;q=0.8", "en"),
        (None, "fr-FR,fr;q=0.9,de;q=0.8", "en"),  # German only second: English
        (None, "en;q=0.5, de-AT;q=0.9", "de"),  # by weight, not by order
        (None, "de;q=0,en", "en"),  # q=0: not wanted
        (None, "de;q=abc,en", "en"),
        (None, "deu,en", "en"),  # not a German tag
        (None, "*", "en"),
        (None, "", "en"),
        (None, None, "en"),
        ("", "de-DE", "de"),  # nothing remembered: the browser decides
        ("en", "de-DE,de", "en"),  # the visitor's own choice wins
        ("de", "en-US", "de"),
        ("fr", "de-DE", "de"),  # a remembered value that isn't offered is ignored
        ({"x": 1}, None, "en"),
    ],
)
def test_page_language(chosen: object, accept: str | None, language: str) -> None:
    assert page_language(chosen, accept) == language


def test_page_words_carry_no_markup() -> None:
    """bot.render escapes catalogue texts; markup in them would show as text."""
    assert not [key for key, t in TEXT.items() for text in t.values() if re.search(r"<[a-z/]", text)]


# --- scanning a page for words of the other language (used here and by tests/test_browser.py) ---

PLACEHOLDER = re.compile(r"\{\w+\}")


def page_texts(language: str) -> list[str]:
    """The page's own words in ``language`` that the other language says differently: each whole text,
    or each fixed part of a text with placeholders, trimmed of punctuation."""
    other = "en" if language == "de" else "de"
    found = set()
    for key, texts in TEXT.items():
        if key in IN_ANSWERS or texts[language] == texts[other]:
            continue
        for part in PLACEHOLDER.split(texts[language]):
            part = part.strip(" .,:;·–—()„“”\"'")
            if sum(ch.isalpha() for ch in part) >= 3 and part not in TEXT["lang_de"].values():
                found.add(part)
    return sorted(found, key=len, reverse=True)


def words_of(language: str, visible: str) -> list[str]:
    """Which of ``language``'s page texts ``visible`` shows, each as whole words."""
    return [w for w in page_texts(language) if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", visible)]


def test_page_texts_are_found_as_whole_words() -> None:
    assert "Seitensprache" in page_texts("de") and "Page language" in page_texts("en")
    assert "downloads" in page_texts("en")  # a fixed part of "… {make} downloads {model} …"
    assert words_of("en", "Seitensprache · Page language") == ["Page language"]
    assert words_of("de", "Neuigkeiten, Fragenkatalog") == []  # parts of words are not words
