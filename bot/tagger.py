"""Part-of-speech tags for German and English text: the Hannover Tagger (HanTa).

HanTa ships its German and English models inside the package, so tagging
works offline. ``tokens`` cuts a text into words, numbers and punctuation
with exact offsets and tags them in the text's language; ``Token.kind`` maps
the two tag sets (STTS for German, the BNC's C5 for English) onto the few
classes the rules need: a proper name, a noun, a finite verb, another verb
form, a number, an interrogative. This is the only module that imports
HanTa. Leaves out: parsing (no dependency structure; subject and object are
read from word order where a rule needs them).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot import terms
from bot.records import Lang

TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*|[^\W\d_]+(?:[-’'.][^\W\d_]+)*[’']?|[^\w\s]", re.UNICODE)
MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}
KINDS: dict[str, dict[str, str]] = {
    "de": {
        "NE": "name", "NN": "noun", "NNA": "noun", "VV(FIN)": "finite", "VA(FIN)": "finite", "VM(FIN)": "finite",
        "VV(IMP)": "finite", "VA(IMP)": "finite", "VV(PP)": "verb", "VV(INF)": "verb", "VA(INF)": "verb",
        "VM(INF)": "verb", "VV(IZU)": "verb", "VA(PP)": "verb", "CARD": "number", "ADJ(A)": "adjective",
        "ADJ(D)": "adjective", "PWS": "wh", "PWAV": "wh", "PWAT": "wh", "FM": "foreign",
    },
    "en": {
        "NP0": "name", "NN0": "noun", "NN1": "noun", "NN2": "noun", "CRD": "number", "ORD": "number",
        "AJ0": "adjective", "AJC": "adjective", "AJS": "adjective", "PNQ": "wh", "AVQ": "wh", "DTQ": "wh",
        **{t: "finite" for t in ("VVD", "VVZ", "VVB", "VBD", "VBZ", "VBB", "VDD", "VDZ", "VDB", "VHD", "VHZ",
                                  "VHB", "VM0")},
        **{t: "verb" for t in ("VVI", "VVN", "VVG", "VBI", "VBN", "VBG", "VDI", "VDN", "VDG", "VHI", "VHN",
                                "VHG")},
    },
}  # fmt: skip
_lock = threading.Lock()  # HanTa's tagger keeps state between calls


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    lemma: str
    tag: str
    kind: str  # name, noun, finite, verb, number, adjective, wh, foreign, punct or other


@lru_cache(maxsize=2)
def _tagger(language: Lang) -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(MODELS[language])


@lru_cache(maxsize=8192)
def parts(word: str) -> tuple[str, ...]:
    """The words a German compound is made of, lower case, as HanTa's morphology splits it („Blindenhund": blind,
    hund; „Hundesteuer": hund, steuer); the word alone where it is none or HanTa can't tell."""
    with _lock:
        _, morphemes, _ = _tagger("de").analyze(word, taglevel=3)
    stems = tuple(m.lower() for m, tag in morphemes if tag in ("NN", "ADJ", "VV", "NE"))
    return stems if len(stems) >= 2 else (word.lower(),)


def words(text: str) -> list[tuple[str, int, int]]:
    """The tokens of ``text`` with their offsets, untagged."""
    return [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]


@lru_cache(maxsize=4096)
def tokens(text: str, language: Lang) -> tuple[Token, ...]:
    """``text`` cut into tokens and tagged in ``language``; offsets into ``text``."""
    found = words(text)
    if not found:
        return ()
    with _lock:
        tagged = _tagger(language).tag_sent([w for w, _, _ in found], taglevel=1)
    kinds = KINDS[language]
    out = []
    for (word, start, end), (_, lemma, tag) in zip(found, tagged, strict=True):
        kind = kinds.get(tag, "punct" if not word[0].isalnum() else "other")
        out.append(Token(word, start, end, str(lemma), str(tag), kind))
    return tuple(out)


DEMONSTRATIVES = ("this", "that", "these", "those")


def refers_back(text: str, language: Lang, within: int = 10) -> bool:
    """Whether one of the first ``within`` words of ``text`` is a demonstrative standing for what was said before:
    German "dass dies zu mehr Klarheit führt" (a substituting demonstrative, not "dieses Buch"), English "this
    leads to …" (a demonstrative before a verb, not "this book")."""
    found = [t for t in tokens(text, language) if t.kind != "punct"][:within]
    if language == "de":
        return any(t.tag == "PDS" for t in found)
    return any(
        t.text.lower() in DEMONSTRATIVES and i + 1 < len(found) and found[i + 1].kind == "finite"
        for i, t in enumerate(found)
    )


def takes_up(text: str, before: str, language: Lang) -> bool:
    """Whether ``text`` opens with a definite noun phrase whose noun ``before`` has just named, in any form: „Die
    Ordnungswidrigkeit kann …“ after „Ordnungswidrig handelt, wer …“, "The fine is …" after "… pay a fine": it goes
    on about what the sentence before said."""
    found = [t for t in tokens(text, language) if t.kind != "punct"][:3]
    if len(found) < 2 or found[0].tag not in ("ART", "AT0") or found[0].lemma.lower() not in DEFINITE:
        return False
    noun = next((t for t in found[1:] if t.kind == "noun"), None)
    if noun is None or len(noun.lemma) < TAKEN_UP_MIN:
        return False
    said = {t.lemma.lower() for t in tokens(before, language) if len(t.lemma) >= TAKEN_UP_MIN}
    head = noun.lemma.lower()
    return any(head == w or (head.startswith(w) and len(w) >= len(head) - 4) for w in said)


DEFINITE = ("der", "die", "das", "the")
TAKEN_UP_MIN = 5  # a shorter noun ("Jahr", "year") is taken up by chance


# an English sentence start that does what the sentence before says: "To do this, …", "For that, …"
DOING_THAT = re.compile(
    r"^(?:to do (?:this|that|so)|for (?:this|that)(?: purpose)?|in doing so|that way|this way)\b", re.IGNORECASE
)


def continues(text: str, language: Lang) -> bool:
    """Whether ``text`` opens by going on with what the sentence before says: a German pronominal adverb first
    („Hierzu kann beispielsweise …“, „Dafür …“), "To do this, …" in English."""
    if language == "en":
        return bool(DOING_THAT.match(text.lstrip()))
    found = [t for t in tokens(text, language) if t.kind != "punct"][:1]
    return bool(found) and found[0].tag in ("PAV", "PROAV")


def names_back(text: str, language: Lang, within: int = 2) -> bool:
    """Whether one of the first ``within`` words of ``text`` is a demonstrative before a noun, naming again what was
    named before: "During that storm …", „In diesem Jahr …"."""
    found = [t for t in tokens(text, language) if t.kind != "punct"][: within + 1]
    if language == "de":
        return any(t.tag == "PDAT" for t in found[:within])
    return any(
        t.text.lower() in DEMONSTRATIVES and i + 1 < len(found) and found[i + 1].kind == "noun"
        for i, t in enumerate(found[:within])
    )


def has_finite_verb(text: str, language: Lang) -> bool:
    return any(t.kind == "finite" for t in tokens(text, language))


KNOWN_LOGPROB = -24.0  # HanTa scores the words of its lexicon above this; a guessed, unknown word far below


@lru_cache(maxsize=4096)
def familiar(word: str, language: Lang) -> bool:
    """Whether the tagger's lexicon knows ``word`` or the words it is compounded of ("Prozent",
    "Drohnenprojekts"), unlike a name it has to guess ("Brieselang", "Skyvia")."""
    with _lock:
        tagger = _tagger(language)
        best = max(float(p) for _, p in tagger.tag_word(word))
        parts = tagger.analyze(word, taglevel=3)[1]
    stems = [m for m, tag in parts if not str(tag).startswith("SUF")]
    return best > KNOWN_LOGPROB or len(stems) >= 2


@lru_cache(maxsize=8192)
def known_noun(word: str, language: Lang) -> bool:
    """Whether ``word``, out of context, is a German common noun the lexicon knows ("Quadratmeter",
    "Professor"), not a name ("Amazon", "Brieselang")."""
    if language != "de":
        return False
    with _lock:
        tags = _tagger(language).tag_word(word)
    best = max(tags, key=lambda t: float(t[1]))[0] if tags else ""
    return str(best).startswith("NN") and familiar(word, language)


HEAD_MIN = 4  # letters of a compound's last part that names its kind („Kind" of „Krippenkind")
PLURAL_END = r"(?:er|ern|e|en|n|s|es)?"  # a German noun's plural or case ending


@lru_cache(maxsize=1024)
def compound_heads(word: str) -> tuple[str, ...]:
    """The last parts of a German compound that are nouns of their own, in lower case („schulkind" and „kind" of
    „Vorschulkind"); none for a word that is no compound."""
    return tuple(
        word[cut:].lower() for cut in range(3, len(word) - HEAD_MIN + 1) if known_noun(word[cut:].capitalize(), "de")
    )


def common_noun(tokens: Sequence[Token], i: int) -> bool:
    """Whether German token ``i`` is a noun the lexicon knows, used as one ("in allen Filialen", "Prozent", „für
    Autos"): not right after a bare preposition of place ("in Tegel", "nach Brieselang": a place takes no article)
    nor right after another noun ("am Flughafen Tegel": a name in apposition). An adjective used as a noun ("als
    Nächstes") is always one. A noun the tagger doesn't know counts after an article where the lemma dictionary
    lists it."""
    t = tokens[i]
    if t.tag == "NNA":  # an adjective used as a noun is none's name: "als Nächstes", „das Neue"
        return True
    before = tokens[i - 1] if i > 0 else None
    # a noun after an article that the tagger's lexicon lacks but simplemma's dictionary holds: „der Mäher“
    listed = before is not None and before.tag == "ART" and terms.listed(t.text, "de")
    # … or after an attributive adjective, a compound whose last part the lexicon knows as a noun („zusätzliche
    # Freigepäck“): a name seldom takes an adjective, a place's name with such a part ("Rosenheim") none here
    described = before is not None and before.tag == "ADJ(A)" and _noun_headed(t.text)
    if t.tag != "NN" or not (familiar(t.text, "de") or listed or described):
        return False
    placed = before is not None and before.tag == "APPR" and before.text.lower() in PLACE_BEFORE
    return before is None or not (placed or before.tag in ("NN", "NE") or before.kind == "name")


PLACE_BEFORE = ("in", "nach", "aus", "bei", "von", "zu", "ab")  # prepositions a place's name follows bare


NOUN_HEAD = 4  # letters at least of the last part of a compound noun


def _noun_headed(word: str) -> bool:
    """Whether ``word`` ends in a noun the lexicon knows, after at least three letters („Freigepäck“: „Gepäck“)."""
    return "-" not in word and any(known_noun(word[i:].capitalize(), "de") for i in range(3, len(word) - NOUN_HEAD + 1))
