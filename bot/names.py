"""Proper names of a corpus, and which word of a question or statement is one of them.

German capitalises every noun, so capitalisation alone says little; but nouns come with articles and
adjectives ("die Kunden", "individuellen Bedarf") and often with a noun suffix ("-ung", "-heit"), and names
mostly don't ("bei Amazon", "Ralf Herbrich"). ``corpus_names`` is that heuristic over all passages; it keeps
some nouns. Leaves out: names the corpus never uses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_GERMAN

from bot import numbers, tagger, terms

STOP = set(STOPWORDS_GERMAN) | set(STOPWORDS_EN) | {"laut", "according", "welche", "welcher", "welches", "welchem"}
DETERMINERS = set(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "dieser",
        "diese",
        "dieses",
        "diesen",
        "jeder",
        "jede",
        "jedes",
        "jeden",
        "alle",
        "unser",
        "unsere",
        "ihr",
        "ihre",
        "sein",
        "seine",
        "zum",
        "zur",
        "vom",
        "im",
        "am",
        "beim",
        "ins",
        "the",
        "a",
        "an",
    ]
)
SENTENCE_END = re.compile(r"(?<![\s.][A-ZÄÖÜ]\.)(?<=[.!?:])\s+|\n+")  # not after an initial: "Ralf T. Kreutzer"
INFLECTED = ("e", "en", "em", "er", "es")  # endings of a German adjective before its noun
CALENDAR = {
    *"januar februar märz april mai juni juli august september oktober november dezember".split(),
    *"january february march april may june july august september october november december".split(),
    *"montag dienstag mittwoch donnerstag freitag samstag sonntag".split(),
    *"monday tuesday wednesday thursday friday saturday sunday".split(),
}
INFLECTIONS = ("en", "n", "e", "es", "s", "er", "ern")  # endings of an inflected German noun ("Problemen")
NOT_ADJECTIVE = {"über", "unter", "aber", "oder", "wieder", "immer", "hinter", "ohne", "gegen", "sowie", "jeder",
                 "weder", "sondern", "denn", "wenn", "ihre", "seine", "diese", "where", "there", "here", "were",
                 "whose", "these", "those", "since", "before", "after", "under", "over", "like", "ever",
                 "never"}  # fmt: skip
NOUN_SUFFIX = re.compile(
    r"(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|nis|nisse|tum|"
    r"ierung|chen|lein|ling|sion|enz|anz|sucht)$"
)
WORD = re.compile(r"[^\W\d_][\w\-’']*", re.UNICODE)
# what stands before a place and never before an organisation: "in Europa", "nach Belgien", "near Leipzig"
# (not "bei", "von", "aus", "from": "bei Siemens", "a manager from Amazon")
# after a locative preposition, or in a list of places after one: "in Berlin und Potsdam", "in Kiel, Lübeck or Ulm"
IN_PLACE = re.compile(
    r"\b(in|im|nach|near|into)(\s+(den|der|dem|die|the))?\s*"
    r"(?:(?-i:[A-ZÄÖÜ])[\w-]*(?:,\s+|\s+(?:und|and|oder|or|sowie)\s+))*$",
    re.IGNORECASE,
)


# … or after a noun of a settlement or landscape, the name in apposition: "the village of Cray Sands", "the River
# Wenn", „die Gemeinde Lindenbrunn“, „im Landkreis Harburg“
PLACE_NOUN = re.compile(
    r"\b(?:town|village|city|hamlet|county|district|borough|parish|province|island|river|valley|lake|port|suburb|"
    r"Stadt|Dorf|Gemeinde|Ortschaft|Ortsteil|Stadtteil|Landkreis|Kreis|Bezirk|Insel|Fluss|Tal|See|Hafenstadt)"
    r"\s+(?:of\s+)?$"
)


def in_place(text: str, start: int) -> bool:
    """Whether the word at ``start`` of ``text`` stands where a place stands, not an organisation."""
    return bool(IN_PLACE.search(text[:start]) or PLACE_NOUN.search(text[max(0, start - 30) : start]))


def corpus_names(texts: Sequence[tuple[str, str]]) -> set[str]:
    """Proper names of a corpus of (text, language): words always capitalised, in German text rarely after an
    article or adjective.

    German capitalises every noun, so capitalisation alone says little; but
    nouns come with articles and adjectives ("die Kunden", "individuellen
    Bedarf") and often with a noun suffix ("-ung", "-heit"), and names mostly
    don't ("bei Amazon", "Ralf Herbrich"); an inflected form of such a noun
    ("Problemen" of "das Problem") is a noun too. English capitalises names
    only, so there a word capitalised inside a sentence and never written in
    lower case is one. Months and weekdays are never names. A heuristic: it
    keeps some German nouns.
    """
    found: set[str] = set()
    for language in {language for _, language in texts}:
        own = [text for text, lang in texts if lang == language]
        german = language != "en"
        names = _names(own, german)
        names = _proper(names, own) if german else names
        # a name is capitalised in every language: "Value" of a German text's "Time-to-Value" is no name where
        # the English texts write "value" (a question "what bike value …" asks for no article naming it)
        lowered = _lowered([text for text, lang in texts if lang != language])
        found |= {w for w in names if lowered[w.lower()] < CROSS_LOWER}
    # a street with its house number is an address, whatever article stands before it: „im Lindenhofweg 14“
    found |= {m.group(1) for text, _ in texts for m in STREET.finditer(text)}
    return {w for w in found if w.lower() not in CALENDAR}


STREET = re.compile(
    r"\b([A-ZÄÖÜ][\wäöüß-]*(?:weg|straße|strasse|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad))\s+\d{1,4}[a-z]?\b"
)


AFTER_NAMES = 3  # times a known noun follows another capitalised word, never after an article, that make it a name
CROSS_LOWER = 1  # times a word is written in lower case in the other language's texts that make it no name


def _lowered(texts: Sequence[str]) -> Counter[str]:
    """How often each word is written in lower case in ``texts``."""
    return Counter(w.lower() for text in texts for w in WORD.findall(text) if w[:1].islower())


def _proper(names: set[str], texts: Sequence[str]) -> set[str]:
    """The German names that are no common noun the tagger's lexicon knows ("Restaurants", "Mut", "Kaffee"),
    unless the texts use one as a name: a place after a bare preposition ("in Tegel"; a plural there is a
    noun: "in Restaurants") or where the tagger reads it as one after another name ("Max Mustermann")."""
    from bot import tagger

    text = "\n".join(texts)
    known = {w for w in names if tagger.known_noun(w, "de")}
    if not known:
        return names
    placed = {w for m in PLACED.finditer(text) for w in _heads(m.group(1))} - {w for w in known if w.endswith(PLURALS)}
    after: dict[str, list[int]] = {}  # where a known noun follows another capitalised word
    for m in AFTER_CAPITAL.finditer(text):
        for w in _heads(m.group(1)):
            if w in known:
                after.setdefault(w, []).append(m.end())
    named = {w for w, at in after.items() if any(_tagged_name(text, i) for i in at)}
    # … or that follows other capitalised words time and again and never an article ("Stadtkapelle Kirchhausen",
    # "Gewerbeverein Kirchhausen"): a place or firm the tagger's lexicon happens to know as a noun
    named |= {
        w
        for w, at in after.items()
        if len(at) >= AFTER_NAMES
        and not numbers.CURRENCY.fullmatch(w)  # "Millionen Euro"
        and not numbers.unit(w)
        and not re.search(rf"\b(?:{'|'.join(sorted(DETERMINERS))})\s+{re.escape(w)}\b", text, re.IGNORECASE)
    }
    return (names - known) | (known & (placed | named))


def _tagged_name(text: str, at: int) -> bool:
    """Whether the tagger reads the word at ``at`` of ``text`` as a name in its sentence ("Max Mustermann"),
    not as a noun ("… in Europa Gas geben")."""
    from bot import tagger

    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(".", at), text.find("\n", at)) if i >= 0]
    sentence = text[start : min(ends) if ends else len(text)]
    return any(t.start == at - start and t.kind == "name" for t in tagger.tokens(sentence, "de"))


def _heads(word: str) -> list[str]:
    """``word`` and each hyphenated start of it: "Fresh-Depot-Tegel" → Fresh, Fresh-Depot, Fresh-Depot-Tegel."""
    parts = word.split("-")
    return ["-".join(parts[: i + 1]) for i in range(len(parts))]


PLACE_PREPOSITIONS = ("in", "nach", "aus", "bei")  # a place after them takes no article: "in Tegel"
PLACED = re.compile(rf"\b(?:{'|'.join(PLACE_PREPOSITIONS)})\s+([A-ZÄÖÜ][\w-]*\w)")
AFTER_CAPITAL = re.compile(r"\b[A-ZÄÖÜ][\w-]*\s+(?=([A-ZÄÖÜ][\w-]*\w))")  # "Max Mustermann"
PLURALS = ("en", "s", "e", "er", "ern")  # endings of a German plural: "in Restaurants" is no place


def _names(texts: Sequence[str], german: bool) -> set[str]:
    capital: Counter[str] = Counter()
    noun: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        for sentence in SENTENCE_END.split(text):
            words = WORD.findall(sentence)
            for i, w in enumerate(words):
                if not w[0].isupper():
                    lower[w.lower()] += 1
                elif i > 0:
                    capital[w] += 1
                    before = words[i - 1]
                    if german and (
                        before.lower() in DETERMINERS
                        or (
                            before.islower()
                            and len(before) >= 4
                            and before.endswith(INFLECTED)
                            and before not in NOT_ADJECTIVE
                        )
                    ):
                        noun[w] += 1
    nouns = {w for w in capital if noun[w] > 0.25 * capital[w]}
    return {
        w
        for w in capital
        if w not in nouns
        and not lower[w.lower()]
        and len(w) > 1
        and w.lower() not in STOP
        and (not german or w.isupper() or not NOUN_SUFFIX.search(w))
        and not (german and any(w.endswith(e) and w[: -len(e)] in nouns for e in INFLECTIONS))
    }


def name_of(word: str, names: set[str]) -> str:
    """The corpus name ``word`` is (also in the genitive: "Alibabas", or as the first part of a hyphenated
    compound: "Boxly-Schließfächer"), or ""."""
    for form in (word[:-1] if word.endswith("s") else word, _base(word), word):
        if form in names:
            return form
    head = word.split("-")[0]
    if head != word and len(head) > 2 and head in names:
        return head
    return ""


def demonym_of(word: str, names: set[str]) -> str:
    """The corpus place a German place adjective is made of ("Derbyer" of Derby, "Londoner" of London), or ""."""
    return word[:-2] if word.endswith("er") and len(word) > 5 and word[:-2] in names else ""


# a word that may be made from a place's name: „chinesischen“, "Belgian", "Chinese", „Hamburger“, „deutschen“ (and
# „neuen“, which ``derived_place`` tells apart by the place's letters) …
ADJECTIVE_OF_PLACE = re.compile(r"\b[^\W\d_]{2,}(?:isch(?:e[nmrs]?)?|ians?|ese|ish|er|en)\b")
# … and only those of its shapes that are adjectives of places, never a sentence's first word: German in -isch
# („chinesischen“), a capitalised -er („Berliner“), English capitalised ("Belgian", "Chinese", "British", "German")
PLACE_ADJECTIVE = re.compile(r"(?<=\s)(?:[a-zäöü]{3,}isch(?:e[nmrs]?)?|[A-ZÄÖÜ][a-zäöüß]{2,}(?:er|ese|ians?|ish|an))\b")


# a continent or the world: wider than any country a question asks within
CONTINENT = re.compile(
    r"(?:Europa|Europe|Asien|Asia|Afrika|Africa|(?:Nord|Süd|Latein|Mittel)?[Aa]merika|(?:North|South|Latin|Central)?"
    r"America|Australien|Australia|Ozeanien|Oceania|Antarktis|Antarctica|Welt|World|Fernost|Nahost)"
)


def derived_place(place: str, question: str) -> bool:
    """Whether the question names ``place`` by a word made from it: "Which Belgian city" or „in welcher
    chinesischen Stadt" asks within Belgium or China, which is then no answer."""
    name = place.lower()
    for word in ADJECTIVE_OF_PLACE.findall(question.lower()):
        same = [a == b for a, b in zip(name, word, strict=False)]
        shared = same.index(False) if False in same else len(same)
        if not name.startswith(word) and shared >= 4 and shared >= min(5, len(name) - 1):  # not "Berlin-Mitte"
            return True
    return False


def loan_plural(word: str, corpus: set[str]) -> bool:
    """Whether a capitalised word of a German text is the s-plural of a common noun („Tablets“, „Apps“), not a
    name: a brand's genitive („Amazons“) has its name in the corpus."""
    single = word[:-1]
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.isupper()
        and single not in corpus
        and (terms.listed(single, "de") or terms.listed(single.lower(), "en"))
    )


def _base(word: str) -> str:
    return re.sub(r"(’s|'s|s’|’|')$", "", word)


def recased(question: str, names: set[str]) -> str:
    """A question typed all in lower case ("what won't herbrich say about amazon's plans") with the corpus's
    names capitalised as the articles write them ("Herbrich", "Amazon's"), so that they count as names. A
    question with a capital inside is left as typed; a stop word or a word the English tagger reads as anything
    but a noun, a name or an unknown word ("now", "fresh") stays as typed; and in a question that starts with a
    capital, so does a common noun of the English dictionary ("management", however an article capitalises it)."""
    words = list(WORD.finditer(question))
    if any(w.group(0)[:1].isupper() for w in words[1:]):
        return question
    by_lower = {n.lower(): n for n in names if " " not in n and len(n) >= 3}
    cased = question.lstrip("¿¡\"'„“ ")[:1].isupper()  # a question that starts with a capital, as a sentence does
    out, at = [], 0
    for w in words:
        word = w.group(0)
        base = _base(word)
        name = by_lower.get(base) if base.lower() == base and base not in STOP else None
        read = tagger.tokens(base, "en")[0] if name else None
        if read is not None and not (read.kind in ("name", "noun") or read.tag == "UNC"):
            continue  # "now", "fresh": words of the language, whatever the corpus capitalises
        if read is not None and cased and read.kind == "noun" and terms.listed(base, "en"):
            continue  # "By what date does the management company …": who capitalises the first word writes names so
        if (
            read is not None
            and read.tag == "NN2"
            and terms.listed(base, "en")
            and terms.lemma(base, "en") != base.lower()
        ):
            continue  # "in most cases": the plural of an English noun ("case"), whatever "Use Cases" capitalises
        if name:
            out.append(question[at : w.start()] + name + word[len(base) :])
            at = w.end()
    return "".join(out) + question[at:]
