"""The fixed sentences the bot says itself, in German and English."""

from __future__ import annotations

from bot.records import Lang

TEXT: dict[str, dict[Lang, str]] = {
    "refusal": {
        "de": "Die Artikel beantworten diese Frage nicht.",
        "en": "The articles don't answer this question.",
    },
    "extractive": {
        "de": "Ohne Sprachmodell – wörtliche Zitate aus den Artikeln:",
        "en": "No language model – verbatim quotes from the articles:",
    },
    "fallback": {
        "de": "Kein Sprachmodell verfügbar ({reason}); Antwort aus Zitaten.",
        "en": "No language model available ({reason}); answered with quotes.",
    },
    "busy": {
        "de": "Gerade sind zu viele Fragen auf einmal in Arbeit – bitte gleich noch einmal fragen.",
        "en": "Too many questions are being answered right now – please ask again in a moment.",
    },
    "other_language": {
        "de": "Die Frage ist auf {other}; ich antworte auf Englisch.",
        "en": "The question is in {other}; answering in English.",
    },
    "summary": {
        "de": "{ok} von {total} Aussagen von ihren Quellen belegt.",
        "en": "{ok} of {total} statements supported by their sources.",
    },
}


def say(key: str, language: Lang, **values: str | int) -> str:
    return TEXT[key][language].format(**values)


LANGUAGE_NAMES: dict[Lang, dict[str, str]] = {
    "de": {"de": "Deutsch", "en": "Englisch"},
    "en": {"de": "German", "en": "English"},
}
IN_LANGUAGE: dict[Lang, str] = {"de": "(auf {name})", "en": "(in {name})"}


def language_note(language: str, answer: Lang) -> str:
    """ "(in German)" / "(auf Englisch)": the language of a quote, said in the answer's language."""
    name = LANGUAGE_NAMES[answer].get(language, language.upper())
    return IN_LANGUAGE[answer].format(name=name)
