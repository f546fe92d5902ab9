"""The one catalogue of words: the bot's own sentences and the chat page's texts, each in German and English.

``say(key, language, **values)`` gives the text of ``key`` in ``language`` with ``{placeholders}`` filled.
Two kinds of keys: those in ``IN_ANSWERS`` are said inside an answer and follow the answer's language
(refusal, the quotes' lead, notes); every other key is a word of the page (labels, buttons, tabs,
badges, hints, busy and error lines) and follows the page language, which ``page_language`` picks
from the browser (German for ``de*``, English otherwise) unless the visitor chose one. The same
words name sources in the terminal and in the Markdown of an answer, there in the answer's language.
Leaves out: markup (``bot.render`` escapes these texts and adds the HTML) and the one-line errors
of ``bot.errors``, which are English.
"""

from __future__ import annotations

from typing import get_args

from bot.records import Lang

LANGS: tuple[Lang, ...] = get_args(Lang)

TEXT: dict[str, dict[Lang, str]] = {
    # --- said inside answers, in the answer's language ---
    "refusal": {
        "de": "Die Artikel beantworten diese Frage nicht.",
        "en": "The articles don't answer this question.",
    },
    "extractive": {
        "de": "Ohne Sprachmodell – wörtliche Zitate aus den Artikeln:",
        "en": "No language model – verbatim quotes from the articles:",
    },
    # after a quoted table row: what its columns are (the table's header, as the article writes it)
    "columns": {"de": "Spalten: {columns}", "en": "columns: {columns}"},
    # after a quoted item of a list: the line that leads into the list, as the article writes it
    "list_intro": {"de": "in der Liste nach „{intro}“", "en": "in the list after “{intro}”"},
    "fallback": {
        "de": "Kein Sprachmodell verfügbar ({reason}); Antwort aus Zitaten.",
        "en": "No language model available ({reason}); answered with quotes.",
    },
    "other_language": {
        "de": "Die Frage ist auf {other}; ich antworte auf Englisch.",
        "en": "The question is in {other}; answering in English.",
    },
    # why there is no language model (in the fallback note)
    "not_downloaded": {"de": "{model} ist nicht heruntergeladen", "en": "{model} not downloaded"},
    "no_server": {
        "de": "kein Modellserver eingestellt (ARTIKELBOT_LLM_BASE_URL)",
        "en": "no model server set (ARTIKELBOT_LLM_BASE_URL)",
    },
    "model_error": {"de": "Fehler: {error}", "en": "error: {error}"},
    # why a question was refused (a note of the answer)
    "refused": {"de": "abgelehnt: {why}", "en": "refused: {why}"},
    "unknown_names": {"de": "die Artikel erwähnen {names} nicht", "en": "the articles never mention {names}"},
    "no_author": {"de": "der Artikel nennt seinen Autor nicht", "en": "the article does not name its author"},
    "no_date": {"de": "der Artikel nennt sein Datum nicht", "en": "the article does not state its date"},
    "no_title": {"de": "der Artikel nennt seinen Titel nicht", "en": "the article does not state its title"},
    "no_type": {
        "de": "kein gefundener Satz enthält, wonach gefragt ist",
        "en": "no retrieved sentence has what the question asks for",
    },
    "too_far": {
        "de": "der beste Beleg liegt zu fern von der Frage ({score} < {threshold})",
        "en": "best evidence too far from the question ({score} < {threshold})",
    },
    "no_cover": {
        "de": "kein passender Beleg in einem Artikel, der {names} erwähnt",
        "en": "no fitting evidence in an article that mentions {names}",
    },
    "other_audience": {
        "de": "der beste Beleg nennt seine Zahlen nur für andere als „{noun}“",
        "en": "the best evidence gives its figures only for others than “{noun}”",
    },
    "other_part": {
        "de": "der beste Beleg spricht von einem anderen Teil als „{part}“, keiner von diesem",
        "en": "the best evidence speaks of another part than “{part}”, none of this one",
    },
    "unnamed": {
        "de": "die Artikel erwähnen „{noun}“ nur unbestimmt, ohne zu sagen, welche(n)",
        "en": "the articles mention “{noun}” only as some one, without saying which",
    },
    "uncounted": {
        "de": "kein passender Beleg zählt „{noun}“",
        "en": "no fitting evidence counts “{noun}”",
    },
    "no_answer": {"de": "kein gefundener Satz kann antworten", "en": "no retrieved sentence can answer"},
    "other_time": {
        "de": "die Belege nennen den Stand von heute, nicht von „{time}“",
        "en": "the evidence states how things are now, not “{time}”",
    },
    "no_year": {
        "de": "kein passender Artikel nennt das Jahr {year}",
        "en": "no fitting article mentions the year {year}",
    },
    "no_season": {
        "de": "kein passender Artikel nennt „{season}“",
        "en": "no fitting article mentions “{season}”",
    },
    "dropped": {
        "de": "Verweise auf Quellen, die es nicht gibt, entfernt: {numbers}",
        "en": "dropped citations to sources that don't exist: {numbers}",
    },
    # an article's author from its metadata, as a byline line of its head (read by the claim check)
    "byline": {"de": "Geschrieben von {author}", "en": "By {author}"},
    "summary": {
        "de": "{ok} von {total} Aussagen von ihren Quellen belegt.",
        "en": "{ok} of {total} statements supported by their sources.",
    },
    # --- an answer's sources (page, terminal, Markdown) ---
    "sources": {"de": "Quellen", "en": "Sources"},
    "quoted": {"de": "„{quote}“", "en": "“{quote}”"},
    "chars": {"de": "Zeichen {start}–{end}", "en": "characters {start}–{end}"},
    "untitled": {"de": "Artikel ohne Titel", "en": "Untitled article"},
    "answered_by": {"de": "Antwort von: {who}", "en": "Answered by: {who}"},
    "no_model": {"de": "Zitate ohne Sprachmodell", "en": "quotes, no language model"},
    "supported": {"de": "✓ belegt", "en": "✓ supported"},
    "partly_supported": {"de": "◐ teilweise belegt", "en": "◐ partly supported"},
    "not_supported": {"de": "✗ nicht belegt", "en": "✗ not supported"},
    "uncited": {"de": "○ ohne Quelle", "en": "○ uncited"},
    "unchecked": {"de": "? ungeprüft", "en": "? unchecked"},
    "statements_supported": {"de": "{ok} von {total} Aussagen belegt", "en": "{ok} of {total} statements supported"},
    # --- the page ---
    "tagline": {
        "de": "Fragen zu den Artikeln – jede Aussage mit ihrer Quelle [n].",
        "en": "Questions about the articles – every statement with its source [n].",
    },
    "page_language": {"de": "Seitensprache", "en": "Page language"},
    "lang_de": {"de": "Deutsch", "en": "Deutsch"},
    "lang_en": {"de": "English", "en": "English"},
    "tab_chat": {"de": "Chat", "en": "Chat"},
    "tab_check": {"de": "Behauptung prüfen", "en": "Check a claim"},
    "tab_article": {"de": "Artikel", "en": "Article"},
    "tab_corpus": {"de": "Korpus", "en": "Corpus"},
    "conversation": {"de": "Gespräch", "en": "Conversation"},
    "question": {"de": "Frage", "en": "Question"},
    "question_hint": {
        "de": "Eine Frage zu den Artikeln, auf Deutsch oder Englisch",
        "en": "A question about the articles, in German or English",
    },
    "ask": {"de": "Fragen", "en": "Ask"},
    "answer_language": {"de": "Antwortsprache", "en": "Answer language"},
    "automatic": {"de": "Automatisch", "en": "Automatic"},
    "new_chat": {"de": "Neues Gespräch", "en": "New chat"},
    "examples": {"de": "Beispiele", "en": "Examples"},
    "download_md": {"de": "Gespräch als Markdown", "en": "Conversation as Markdown"},
    "download_json": {"de": "Gespräch als JSON", "en": "Conversation as JSON"},
    "sources_here": {
        "de": "Die Quellen jeder Antwort erscheinen hier.",
        "en": "The sources of each answer appear here.",
    },
    "no_sources": {"de": "Keine Quellen", "en": "No sources"},
    "copy_md": {"de": "Als Markdown kopieren", "en": "Copy as Markdown"},
    "copied": {"de": "Kopiert ✓", "en": "Copied ✓"},
    "whole_article": {"de": "Ganzer Artikel", "en": "Whole article"},
    "article_hint": {
        "de": "„Ganzer Artikel“ an einer Quelle zeigt hier den Artikel, die zitierte Passage markiert.",
        "en": "“Whole article” on a source shows the article here, with the cited passage marked.",
    },
    "answers_by": {"de": "Antworten von:", "en": "Answers by:"},
    "enable_model": {
        "de": "Sprachmodell einschalten: {make} lädt {model} (oder {env} setzen), dann neu starten.",
        "en": "To enable a language model: {make} downloads {model} (or set {env}), then restart.",
    },
    "mode_extractive": {"de": "Modus {mode}: mit {auto} starten.", "en": "Mode {mode}: start with {auto}."},
    "claim": {"de": "Behauptung", "en": "Claim"},
    "claim_hint": {"de": "Eine Behauptung über die Artikel", "en": "A claim about the articles"},
    "check": {"de": "Prüfen", "en": "Check"},
    "no_passage": {"de": "Keine Passage gefunden", "en": "No passage found"},
    "upload": {"de": "Artikel hochladen (.txt .md .html .pdf)", "en": "Upload articles (.txt .md .html .pdf)"},
    "drop_here": {"de": "Dateien hierher ziehen – oder klicken", "en": "Drop files here – or click"},
    "ingest": {"de": "Einlesen", "en": "Ingest"},
    "ingesting": {"de": "Einlesen", "en": "Ingesting"},
    "ingest_progress": {
        "de": "Einlesen: {done} von {total} Texten · noch etwa {left}",
        "en": "Ingesting: {done} of {total} texts · about {left} left",
    },
    "corpus_summary": {
        "de": "{articles} Artikel · {passages} Passagen · zuletzt eingelesen: {when}",
        "en": "{articles} articles · {passages} passages · last ingested: {when}",
    },
    "col_title": {"de": "Titel", "en": "Title"},
    "col_publication": {"de": "Publikation", "en": "Publication"},
    "col_date": {"de": "Datum", "en": "Date"},
    "col_language": {"de": "Sprache", "en": "Language"},
    "col_passages": {"de": "Passagen", "en": "Passages"},
    "col_id": {"de": "ID", "en": "ID"},
    "report_summary": {
        "de": "{added} neu · {updated} geändert · {unchanged} unverändert · {skipped} übersprungen · "
        "{passages} Passagen · {seconds} s",
        "en": "{added} added · {updated} updated · {unchanged} unchanged · {skipped} skipped · "
        "{passages} passages · {seconds} s",
    },
    "added": {"de": "Neu", "en": "Added"},
    "updated": {"de": "Geändert", "en": "Updated"},
    "skipped": {"de": "Übersprungen", "en": "Skipped"},
    "busy": {
        "de": "Gerade sind zu viele Fragen auf einmal in Arbeit – bitte gleich noch einmal fragen.",
        "en": "Too many questions are being answered right now – please ask again in a moment.",
    },
    "internal_error": {
        "de": "Interner Fehler ({kind}) – Einzelheiten stehen im Protokoll des Servers.",
        "en": "Internal error ({kind}) – the server's log has the details.",
    },
    "no_article": {
        "de": "Der Artikel {doc_id} ist nicht (mehr) im Korpus – neu fragen.",
        "en": "The article {doc_id} is not in the corpus (any more) – ask again.",
    },
    "no_files": {
        "de": "Keine Dateien – wähle .txt-, .md-, .html- oder .pdf-Dateien.",
        "en": "No files – choose .txt, .md, .html or .pdf files.",
    },
    "too_many_files": {
        "de": "{count} Dateien; höchstens {limit} auf einmal – lade weniger auf einmal hoch.",
        "en": "{count} files; the limit is {limit} per upload – upload fewer at once.",
    },
    "not_article_file": {
        "de": "{name}: keine Artikeldatei – nimm .txt, .md, .html oder .pdf",
        "en": "{name}: not an article file – use .txt, .md, .html or .pdf",
    },
    "file_too_large": {
        "de": "{name}: {size} MB, höchstens {limit} MB",
        "en": "{name}: {size} MB, the limit is {limit} MB",
    },
}
IN_ANSWERS = frozenset(
    {
        "refusal", "extractive", "fallback", "other_language", "summary", "refused", "dropped", "unknown_names",
        "no_author", "no_date", "no_title", "no_type", "too_far", "no_cover", "no_answer", "other_time", "no_year",
        "no_season", "unnamed", "other_audience", "other_part", "uncounted", "columns", "list_intro",
        "not_downloaded",
        "no_server", "model_error",
    }
)  # fmt: skip


def say(key: str, language: Lang, **values: str | int) -> str:
    """The text of ``key`` in ``language``, its ``{placeholders}`` filled from ``values``."""
    return TEXT[key][language].format(**values)


def page_language(chosen: object, accept_language: str | None) -> Lang:
    """The page language: the visitor's own choice when there is one, else German when the browser's
    first language (``Accept-Language``, by weight) is German, else English."""
    if chosen in LANGS:
        return chosen  # type: ignore[return-value]
    ranked = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if tag and weight > 0:
            ranked.append((-weight, i, tag.lower()))
    first = min(ranked)[2] if ranked else ""
    return "de" if first == "de" or first.startswith("de-") else "en"


LANGUAGE_NAMES: dict[Lang, dict[str, str]] = {
    "de": {"de": "Deutsch", "en": "Englisch"},
    "en": {"de": "German", "en": "English"},
}
IN_LANGUAGE: dict[Lang, str] = {"de": "(auf {name})", "en": "(in {name})"}


def language_note(language: str, answer: Lang) -> str:
    """ "(in German)" / "(auf Englisch)": the language of a quote, said in the answer's language."""
    name = LANGUAGE_NAMES[answer].get(language, language.upper())
    return IN_LANGUAGE[answer].format(name=name)
