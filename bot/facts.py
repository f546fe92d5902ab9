"""What a statement asserts, and whether an evidence span states the same: the verifier's hard checks.

Each check compares a statement with the evidence span the verdict quotes
(the quoted sentence and at most one neighbour) and returns the reasons it
fails, worded for the user:

- ``names``: every name, place and organisation of the statement is in the
  span (a person by surname when the article gives the full name; the speaker
  of "laut X / X says" may come from the article's head instead);
- ``amounts``: every number, percentage, fraction and date of the statement is
  borne out by one of the span, compared as intervals (``bot.numbers``);
- ``polarity``: negation on one side only, in the clause that the statement is
  about; litotes ("keine leichte Aufgabe") is no negation, and "nicht mehr" /
  "noch nicht" must match in kind;
- ``absolutes``: "entirely, all, only, always" of the statement must be in the
  span in either language;
- ``roles`` (``bot.roles``): who did what.

Words and patterns come from ``bot.lexicon``; part-of-speech tags from
``bot.tagger``. Leaves out: a parser (the holder of a role is read from word
order and the words around it) and semantic similarity (``bot.verify``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from bot import contacts, numbers, tagger, terms, times
from bot.lexicon import Lexicon, kinds_in, lexicon, lexicons
from bot.names import NOUN_SUFFIX, PLACE_PREPOSITIONS, loan_plural
from bot.records import Lang

QUOTES = re.compile(r"[„“\"«»”‚‘].*?[“”\"«»‘’]|\([^()]*\)")
PARENS = re.compile(r"\([^()]*\)")
INSTEAD = re.compile(r"\b(?:statt|anstatt|anstelle|instead of|rather than)\b[^,;–—]*", re.I)
ASIDE = re.compile(r"\s[–—]\s([^–—]+?)\s[–—]\s")
CLAUSE = re.compile(r"\s*(?:,(?=\s)|[;–—]|\s-\s)\s*")
# a place follows a locative preposition, some with their article: "in Hamburg", "in den USA", "in the UK"
INNER_CAPITAL = re.compile(r"[a-z]{1,2}[A-Z][\w-]*")
LOCATIVE = re.compile(r"\b(in|im|nach|aus|at|near|from|into)(\s+(den|der|dem|die|the))?\s*$", re.I)
COGNATE = 5  # letters two nouns of two languages must share to count as one ("nationalities", "Nationalitäten")
PREFIX = 5  # letters two forms of a name must share ("Belgien" / "belgischen", "Europa" / "Europe")
NAME_KINDS = ("name", "foreign")
COMPLEMENT = {"von", "vom", "des", "of"}
COPULA = {"ist", "is", "war", "was", "der", "die", "das", "dem", "den", "the", "a", "an", "ein", "eine", "einer",
          "als", "as", "sein", "seine", "its", "his", "her", "their"}  # fmt: skip
AUXILIARIES = {"sein", "haben", "werden", "können", "müssen", "sollen", "wollen", "dürfen", "mögen", "be", "have", "do",
               "will", "would", "can", "could", "shall", "should", "may", "might", "must"}  # fmt: skip


@dataclass(frozen=True)
class Name:
    """A run of name words in a statement."""

    words: tuple[str, ...]
    start: int
    end: int
    place: bool  # after a locative preposition ("in Hamburg")

    @property
    def text(self) -> str:  # a middle initial with its full stop: "Ralf T. Kreutzer"
        return " ".join(f"{w}." if len(w) == 1 and w.isupper() and 0 < i < len(self.words) - 1 else w
                        for i, w in enumerate(self.words))  # fmt: skip


# --- names ----------------------------------------------------------------------------------


def names_of(text: str, language: Lang, corpus: set[str]) -> list[Name]:
    """The names a statement mentions: tagged proper names, the corpus's names, and (English)
    capitalised words inside a sentence; titles in quotes count as one name."""
    tokens = tagger.tokens(text, language)
    out: list[Name] = []
    run: list[tagger.Token] = []

    def close() -> None:
        if len(run) == 1 and _names_article(run[0].text):  # "Dem Blog zufolge", "the report says": the article
            run.clear()
        if run:
            before = text[: run[0].start]
            genitive = run[-1].text.endswith("s") and bool(re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]", text[run[-1].end :]))
            place = bool(LOCATIVE.search(before)) and not genitive  # "nach Herbrichs Worten" is no place
            # a lower-case name is a nationality ("chinesischen"), unless a brand's ("iPad")
            place = place or (run[0].text[:1].islower() and not INNER_CAPITAL.fullmatch(run[0].text))
            place = place or (len(run) > 1 and bool(PLACE_HEAD.fullmatch(run[-1].text)))  # "on Ridley Road"
            out.append(Name(tuple(t.text for t in run), run[0].start, run[-1].end, place))
            run.clear()

    for i, t in enumerate(tokens):
        if _is_name(t, i, tokens, language, corpus):
            if run and t.start - run[-1].end > 1 and text[run[-1].end : t.start].strip() not in ("", "."):
                close()
            run.append(t)
        elif run and len(t.text) == 1 and t.text.isupper() and tokens[i + 1 : i + 2] and tokens[i + 1].text == ".":
            run.append(t)  # a middle initial: "Ralf T. Kreutzer"
        elif run and t.text in (".",) and len(run[-1].text) == 1:  # … and its full stop
            continue
        else:
            close()
    close()
    return out


COMPOUND_PART = 4  # letters of a German compound's first part, at least („Bund-esbank“, „Spitzen-böe“)


def _compound_noun(word: str) -> bool:
    """Whether ``word`` is a German compound whose first part is a noun the lexicon knows ("Spitzenböe")."""
    return len(word) >= 2 * COMPOUND_PART and any(
        tagger.known_noun(word[:i], "de") for i in range(COMPOUND_PART, len(word) - COMPOUND_PART + 2)
    )


# what a statement calls the article itself ("Dem Blog zufolge", "the report says"), never a name of its own
ARTICLE_NOUN = re.compile(
    r"(?:blog|artikel|beitrag|beiträge|bericht|interview|kommentar|kolumne|meldung|essay|article|report|story|column)"
    r"(?:s|es|e|n|en)?",
    re.IGNORECASE,
)


def _names_article(word: str) -> bool:
    """Whether ``word`` is what a statement calls the article itself ("Blog", „Beitrag“, "report")."""
    return bool(ARTICLE_NOUN.fullmatch(word))


POSSESSIVE = re.compile(r"['’]s?$")  # "Amazon's", "Jones'": a possessor, not the thing
LOCATIVE_VERB = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:located|based|situated|housed)|(?:is|are|was|were|sits|stands|lies)|"
    r"(?:liegt|lag|steht|stand|sitzt|saß|befindet sich|befand sich|ist|war))\s+(?:in|at|im|am|an|in der|in the)\s+$",
    re.IGNORECASE,
)


def place_pairs(text: str, language: Lang, corpus: set[str]) -> list[tuple[str, str]]:
    """(thing, place) for each place of ``text``: the noun nearest before "in/at … Place" within four
    words, else the sentence's first noun ("Mit einem Lager in Lübeck und einem Büro in Kiel" →
    (Lager, Lübeck), (Büro, Kiel); "Das Depot befindet sich in Tegel" → (Depot, Tegel))."""
    tokens = tagger.tokens(text, language)
    nouns = [t for t in tokens if t.kind in ("noun", "name") and len(t.text) > 2]
    out = []
    for n in names_of(text, language, corpus):
        if not n.place:
            continue
        ahead = [t for t in tokens if t.end <= n.start]
        # the words before the preposition, without complements ("das Lager von Nordlicht": Lager)
        before = [t for i, t in enumerate(ahead) if i == 0 or ahead[i - 1].text.lower() not in COMPLEMENT][-5:]
        before = [t for t in before if t is not ahead[-1]]
        near = [t for t in before if t.kind == "noun" and len(t.text) > 2] or [
            t for t in before if t.kind == "name" and len(t.text) > 2 and t.text not in n.words
        ]
        thing = near[-1] if near else next((t for t in nouns if t.end <= n.start), None)
        # "the logistics centre serving Berlin customers is located in Tegel", „Das Lager für Berliner Kunden steht in
        # Tegel": a verb of being somewhere puts its subject there, the clause's first noun
        if LOCATIVE_VERB.search(text[: n.start]):
            # … of the clause said, after a verb of saying: "Herbrich says the depot … is located in Tegel"
            said = [
                m.end()
                for lx in lexicons()
                if lx.extra.get("says")
                for m in re.finditer(lx.extra["says"], text[: n.start], re.I)
            ]
            opens = max(said, default=0)
            first = next(
                (
                    t
                    for t in nouns
                    if opens <= t.start and t.end <= n.start and t.kind == "noun" and not POSSESSIVE.search(t.text)
                ),
                None,
            )
            if first is not None:  # … the whole of its compound: "logistics centre"
                j = tokens.index(first)
                while j + 1 < len(tokens) and tokens[j + 1].kind == "noun" and tokens[j].end + 1 >= tokens[j + 1].start:
                    j += 1
                thing = tokens[j]
        if thing is not None:
            i = tokens.index(thing)
            while (
                i > 0
                and tokens[i - 1].kind == "noun"
                and tokens[i - 1].end + 1 >= tokens[i].start
                and not POSSESSIVE.search(tokens[i - 1].text)
            ):
                i -= 1  # "logistics centre": the whole compound
            out.append((" ".join(t.text for t in tokens[i : tokens.index(thing) + 1]), n.text))
    return out


def located(text: str, language: Lang) -> list[tuple[str, str]]:
    """(thing, location) for each location ``text`` gives by a common noun after "im / am / in der / in the"
    ("eine Station im Stadtzentrum" → (Station, Stadtzentrum)): the noun nearest before it within four words."""
    tokens = tagger.tokens(text, language)
    out = []
    for m in COMMON_LOCATIVE.finditer(text):
        ahead = [t for t in tokens if t.end <= m.start()][-4:]
        near = [t for t in ahead if t.kind in ("noun", "name") and len(t.text) > 2]
        noun = next((t for t in tokens if t.start >= m.start(1)), None)
        if near and noun is not None and noun.kind == "noun":
            out.append((near[-1].text, m.group(1)))
    return out


# the last word of a street's name of two words or more, a place wherever it stands: "on Ridley Road", „Alter Weg“
PLACE_HEAD = re.compile(
    r"Road|Street|Lane|Avenue|Way|Drive|Square|Close|Crescent|Terrace|Straße|Strasse|Platz|Allee|Gasse|Weg|Ring|Ufer"
)
COMMON_LOCATIVE = re.compile(r"\b(?:im|am|in der|an der|in den|in the|at the)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?([\w-]{4,})")


def places(text: str, corpus: set[str]) -> list[str]:
    """The names of ``text`` that follow a locative preposition ("in Leipzig", "aus Hamburg")."""
    return [n.text for n in names_of(text, guess(text), corpus) if n.place]


def _is_name(t: tagger.Token, i: int, tokens: Sequence[tagger.Token], language: Lang, corpus: set[str]) -> bool:
    word = t.text.rstrip("’'")
    if word.lower() in _months() or word.lower() in _units():
        return False
    # a unit after its figure ("92 kWh", "148 MWh") measures, it names no one
    if i > 0 and tokens[i - 1].text[-1:].isdigit() and numbers.measured(word):
        return False
    if word.isupper() and len(word) <= 3 and word not in corpus:  # "AI", "KI": terms, not names …
        if word in PLACE_CODES:  # … but "US companies", "EU-Kommission" name places
            return True
        before = " ".join(x.text for x in tokens[max(0, i - 2) : i])
        return bool(LOCATIVE.search(before))  # … but "in den USA", "from the UK" name places
    if INNER_CAPITAL.fullmatch(word):  # a brand's inner capital: "iPad", "eBay"
        return True
    if language == "de" and word[:1].islower():  # "chinesischen Anbietern" names a place: China
        return nationality(word, corpus)
    if not word[:1].isupper() or (len(word) < 2 and not (i + 1 < len(tokens) and tokens[i + 1].text == ".")):
        return False
    if role_word(word):
        return False
    if language == "de" and tagger.common_noun(tokens, i):  # a noun the language knows: "Filialen"
        return False
    # an adjective used as a noun, no noun after it: „ein Land, das Neuem offen begegnet“ (not „Deutsche Bank“,
    # „Maschinelles Lernen“)
    if language == "de" and t.kind == "adjective" and not (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()):
        return False
    # … but a genitive before its noun is a name's: „Peters Buch“, „Aldis Filialen“
    genitive = i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
    if language == "de" and not genitive and loan_plural(word, corpus):
        return False
    if word in corpus or unpossessed(word) in corpus or (word.endswith("s") and word[:-1] in corpus):
        return True
    if t.kind in NAME_KINDS:
        # a German compound the tagger doesn't know, after an article, is a noun when its first part is one:
        # „Die Spitzenböe am Tarbet Head“ (not „die Telekom“)
        return not (language == "de" and i > 0 and tokens[i - 1].tag == "ART" and _compound_noun(word))
    sentence_start = i == 0 or tokens[i - 1].text in (".", "!", "?", ":", "„", "“", '"', "–")
    # a noun no dictionary knows right after a bare preposition of place names the place: „in Wendelsheim“ (not
    # „in Zukunft“, „nach Hause“)
    if (
        language == "de"
        and t.kind == "noun"
        and i > 0
        and tokens[i - 1].text.lower() in PLACE_PREPOSITIONS
        and not terms.listed(word, language)
        and not NOUN_SUFFIX.search(word)  # „bei Reihenbestuhlung“ is a noun's
    ):
        return True
    if language == "de" and t.kind == "finite" and not sentence_start:  # German verbs are lower case inside
        return True
    if language == "en" and i > 0 and tokens[i - 1].text not in (".", "!", "?", ":", "„", "“", '"'):
        return t.kind not in ("finite", "wh") and word.lower() not in _stop()
    return False


@lru_cache(maxsize=4096)
def role_word(word: str) -> bool:
    """Whether ``word`` names a role ("CEO", "Chef"): it ends a name, it isn't part of one."""
    return any(re.fullmatch(p, word, re.I) for lx in lexicons() for p in lx.roles.values())


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    """Words of figures ("Prozent", "Millionen"): capitalised in German, but no names."""
    out = {"prozent", "percent", "euro", "dollar", "us-dollar", "kilogramm", "kilometer", "meter", "stunden"}
    for lx in lexicons():
        out |= {w.rstrip(".") for w in lx.scales} | set(lx.number_words) | {f.split()[-1] for f in lx.fractions}
    return frozenset(out)


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Months and weekdays, also in the plural ("Sundays"): capitalised, but no names."""
    days = [d for lx in lexicons() for d in lx.weekdays]
    return frozenset([m for lx in lexicons() for m in lx.months] + days + [d + "s" for d in days])


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_GERMAN

    return frozenset(STOPWORDS_EN) | frozenset(STOPWORDS_GERMAN)


def unpossessed(word: str) -> str:
    return re.sub(r"(’s|'s|s’|’|')$", "", word)


PLACE_CODES = frozenset({"US", "USA", "UK", "EU", "GB", "UAE"})
DEMONYM = re.compile(r"(\w{4,}?)(?:eans?|ians?|ans?|ese)$")
NATIONAL = re.compile(r"([^\W\d_]{3,}?)(?:esisch|anisch|isch)(?:e[nmrs]?)?$")


def found(word: str, text: str) -> bool:
    """Whether ``text`` has ``word`` or a form of it: inflected ("Amazons", "Berliner"), as a
    compound's part ("deutschlandweit", "Amazon-Kunden") or in the other language with the same
    stem ("Belgium" / "Belgien", "Europe" / "Europa")."""
    base = unpossessed(word).lower()
    if not base:
        return True
    low = text.lower()
    end = r"(?![^\W\d_])" if unpossessed(word).isupper() and len(base) <= 3 else ""  # "UK" is no "Ukraine"
    if re.search(rf"(?<!\w){re.escape(base)}{end}", low):
        return True
    if len(base) > 4 and base.endswith("s") and re.search(rf"(?<!\w){re.escape(base[:-1])}(?!\w)", low):
        return True  # a German genitive: "Roths" for "Roth"
    squashed = re.sub(r"[\s\-–]", "", base)
    if len(squashed) >= PREFIX and squashed in re.sub(r"[\s\-–]", "", low):  # "AllgäuAir" / "Allgäu-Air"
        return True
    if re.search(r"[\d.]", base):  # "Amazon.de" is not "Amazon.com"
        return False
    if len(base) >= PREFIX + 1:
        stem = base[:PREFIX] if len(base) <= PREFIX + 2 else base[: max(PREFIX, len(base) - 2)]
        if re.search(rf"(?<!\w){re.escape(stem)}", low):
            return True
    if region_in(base, low):
        return True
    # the people of a place are named after it: "Europeans" / "Europa", "Chinese" / "China", "chinesisch"
    # … spelt with a k in German ("American" / „US-amerikanisch“, "African" / „Afrika“)
    people = DEMONYM.match(word) if word[:1].isupper() else NATIONAL.match(word)
    return people is not None and bool(re.search(rf"(?<!\w){re.escape(_sound(people.group(1)))}", _sound(low)))


def _sound(text: str) -> str:
    """``text`` plain (``plain``) with c for k, as the two languages spell a place's name ("America" /
    „Amerika“)."""
    return plain(text).replace("c", "k")


def region_in(word: str, text: str) -> bool:
    """Whether ``text`` names the country or region ``word`` by another of its names: "UK" / "British", "Far
    East" / „fernöstlich“, „Nahost“ (a region named by points of the compass is one word in German)."""
    base, low = word.lower(), text.lower()
    regions = regions_of()
    if any(r in plain(low) for r in regions.get(base.replace("-", " "), ())):
        return True
    return any(
        plain(base).startswith(g) and re.search(rf"(?<!\w){re.escape(e)}(?!\w)", low)
        for e, gs in regions.items()
        for g in gs
    )


def regions_of() -> dict[str, tuple[str, ...]]:
    """English regions named by points of the compass, with the stems of their German words (umlauts plain)."""
    return lexicon("en").extra["regions"]


def nationality(word: str, corpus: set[str]) -> bool:
    """Whether a German adjective names a place of the corpus: "chinesischen" (China), "belgischen" (Belgien),
    not "praktischen"."""
    m = NATIONAL.match(word)
    stem = plain(m.group(1)) if m else ""
    # the place is about as long as the stem: "Strategyzer" is no place of "strategischen"
    return len(stem) >= 4 and any(plain(n).startswith(stem) and len(n) <= len(stem) + 3 for n in corpus)


def plain(text: str) -> str:
    """``text`` in lower case without umlauts ("europä" / "Europa", „dänisch“ / "danish")."""
    return text.lower().translate(UMLAUTS)


UMLAUTS = str.maketrans("äöü", "aou")


def missing_names(names: Sequence[Name], span: str, article: str, allowed: str = "") -> list[Name]:
    """Names of the statement that the span doesn't state. A person's full name counts when the
    span has the surname and the article (``article``) the rest; ``allowed`` may supply a name too."""
    out = []
    for n in names:
        # a compound is found by its parts, a role word in it aside ("Alibaba-Chef": "Chef von Alibaba")
        parts = [p for w in n.words for p in w.split("-") if p and not role_word(p)]
        words = [w for w in parts if len(w.rstrip(".")) > 1]
        if not words:
            continue
        if all(found(w, span) for w in words) or found(" ".join(words), span):
            continue
        if found(words[-1], span) and all(found(w, article) for w in words[:-1]):
            continue
        if allowed and all(found(w, allowed) for w in words):
            continue
        out.append(n)
    return out


def apart(name: Name, article: str) -> list[Name]:
    """A run of capitalised words that are two names side by side ("will Simon Sinek Amazon … machen": a person, then
    the organisation the verb acts on) as those two names: the article has each part as it stands and never the
    whole run. A name the article has whole, or not in two such parts, stays one."""
    words = name.words
    if len(words) < 2 or re.search(rf"(?<!\w){re.escape(' '.join(words))}", article):
        return [name]
    for k in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if all(re.search(rf"(?<!\w){re.escape(part)}(?!\w)", article) for part in (head, rest)):
            return [
                Name(words[:k], name.start, name.start + len(head), name.place),
                Name(words[k:], name.end - len(rest), name.end, name.place),
            ]
    return [name]


# a way from one place to another: „von Geismar in die Innenstadt", "from Leeds to York"
ROUTE = re.compile(
    r"\b(?:von|aus|from)\s+(?:der|dem|den|the\s+)?\s*(?P<a>[\w-]{3,})\b[^.,;:]{0,40}?\b"
    r"(?:nach|in die|in den|ins|zur|zum|bis|to|into|towards)\s+(?:der|die|das|dem|den|the\s+)?\s*(?P<b>[\w-]{3,})",
    re.IGNORECASE,
)


def route_reasons(statement: str, span: str) -> list[str]:
    """A way the statement runs the other way round than the span ("aus der Innenstadt nach Geismar" against
    „von Geismar in die Innenstadt")."""
    said = [(m.group("a"), m.group("b")) for m in ROUTE.finditer(statement)]
    stated = [(m.group("a"), m.group("b")) for m in ROUTE.finditer(span)]
    for a, b in said:
        for c, d in stated:
            same = found(a, c) and found(b, d)
            if not same and found(a, d) and found(b, c) and not found(a, b):
                return [f"the evidence goes from {c} to {d}, the claim from {a} to {b}"]
    return []


def content_reason(statement: str, language: Lang, span: str, corpus: set[str]) -> str:
    """For a statement in the span's own language: the reason when none of its content words (words
    of four letters or more that are no function words, auxiliaries or names) is in the span — as a
    lemma, a form, a compound's part or a stem ("Kundenbedarf" has "Bedarf") — or "". A paraphrase
    keeps some word; a sentence that only shares the names speaks of something else."""
    if guess(span) != language or any(lx.byline and re.match(lx.byline, span, re.I) for lx in lexicons()):
        return ""  # a byline speaks of its article by being its head: "By Tom Reed" for "Tom Reed wrote the article"
    lemmas = {t.lemma.lower() for t in tagger.tokens(span, language)}
    # a noun right before a name is part of the name, not what the statement says of it ("Imkerverein" in
    # "Der Imkerverein Lindholm fördert …")
    said = tagger.tokens(statement, language)
    named = {t.text for t, nxt in pairwise(said) if t.kind == "noun" and nxt.kind in NAME_KINDS}
    words = {
        t.text: t
        for t in said
        if t.text[:1].isalpha()
        and len(t.text) >= 4
        and t.kind not in NAME_KINDS
        and t.text.lower() not in _stop()
        and t.lemma.lower() not in AUXILIARIES
        and not role_word(t.text)
        and t.text not in corpus
        and t.text not in named
        # an English word in capitals inside the sentence is a name ("Fernhollow will close …"), whatever the tagger
        and not (language == "en" and t.text[:1].isupper() and t.start > 0)
    }
    # a single verb may be said otherwise: "came out" is "was released", the names and figures decide; a single noun
    # is what the statement is about ("Amazon hat ein Logistikzentrum in Potsdam")
    if (
        not words
        or (len(words) == 1 and all(t.kind != "noun" for t in words.values()))
        or any(t.lemma.lower() in lemmas or _noun_in(t.text, span, corpus) for t in words.values())
    ):
        return ""
    return "the evidence doesn't speak of: " + ", ".join(words)


def term_reasons(statement: str, language: Lang, span: str, article: str) -> list[str]:
    """A rare term of the statement (one neither language's lexicon knows: "workations", „Onboarding") that the
    article uses must be in the span: a sentence elsewhere in the article is not about it. Either language, for a
    term is written alike in both."""
    missing = []
    for t in tagger.tokens(statement, language):
        if t.kind in NAME_KINDS or len(t.text) < TERM or not t.text.replace("-", "").isalpha():
            continue
        if language == "en" and t.text[:1].isupper() and t.start > 0:
            continue  # a name, whatever the tagger
        parts = [p for p in t.text.split("-") if len(p) >= TERM]
        for part in parts:
            if tagger.familiar(part, "en") or tagger.familiar(part.capitalize(), "de"):
                continue
            stem = re.sub(r"(?:es|en|s|n|e)$", "", part.lower())
            if len(stem) >= TERM - 1 and _term_in(stem, article) and not _term_in(stem, span):
                missing.append(part)
    return [f"the evidence doesn't speak of: {', '.join(dict.fromkeys(missing))}"] if missing else []


TERM = 6  # letters of a rare term


def _term_in(stem: str, text: str) -> bool:
    """Whether a word of ``text``, or a part of a hyphenated one, starts with ``stem``."""
    return re.search(rf"(?<![^\W\d_]){re.escape(stem)}", text.lower()) is not None


def byline_reasons(statement: str, language: Lang, span: str, corpus: set[str]) -> list[str]:
    """A byline (author, post, date) bears out only what it says, in whatever language: who wrote the article, in
    what post, when. A statement about the article or its writing ("Charlotte Malz wrote the post") is read by the
    other checks; in any other, each noun must be in the byline: "Head of Marketing, BSI" makes no
    "Marketingprofessorin an der Hochschule"."""
    author = [lx.roles.get("author", "") for lx in lexicons()]
    words = re.findall(r"[^\W\d_]+", statement)
    article = {"post", "posts", "piece", "text", "blogpost"}  # the article, too
    if any(
        _names_article(w) or w.lower() in article or any(a and re.fullmatch(a, w, re.I) for a in author) for w in words
    ):
        return []  # a statement about the article: who wrote it, when ("Eva Roth's post on drones is dated …")
    nouns = [
        t.text
        for t in tagger.tokens(statement, language)
        if t.kind == "noun" and len(t.text) >= 4 and t.text not in corpus and t.text.lower() not in _months()
    ]
    missing = [n for n in nouns if not _noun_in(n, span, corpus)]
    return ["the byline doesn't speak of: " + ", ".join(missing)] if missing else []


def _noun_in(noun: str, text: str, corpus: Collection[str] = ()) -> bool:
    """Whether ``text`` has ``noun``, a part of it ("Belegschaft" of "Amazon-Belegschaft": a name in it is no
    content) or its last part. A word, unlike a name, is not found by its first letters alone."""
    if _word_in(noun, text):
        return True
    parts = [p for p in re.split(r"[-/]", noun) if len(p) >= 4 and p not in corpus]
    if len(parts) > 1 and any(_word_in(p, text) for p in parts):
        return True
    # the last part of a compound: "Bedarf" in "Kundenbedarf(s)" — a word that ends with it, give or take an
    # ending, not one that merely starts like it ("Bestes" is not in "bestellt")
    stem = noun.lower()[: max(5, len(noun) - 2)]
    ending = len(noun) - len(stem) + 1
    return len(noun) >= 6 and re.search(rf"{re.escape(stem)}\w{{0,{ending}}}\b", text.lower()) is not None


def _word_in(word: str, text: str) -> bool:
    """Whether a word of ``text`` starts with ``word`` ("Kunden" in "Kundenkontakt") or is its genitive."""
    base, low = unpossessed(word).lower(), text.lower()
    if re.search(rf"(?<!\w){re.escape(base)}", low):
        return True
    return len(base) > 4 and base.endswith("s") and re.search(rf"(?<!\w){re.escape(base[:-1])}(?!\w)", low) is not None


def anaphor(span: str) -> bool:
    """Whether the span refers back with a generic noun ("der Konzern", "the company")."""
    low = span.lower()
    return any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", low) for x in lexicons() for a in x.anaphors)


# --- amounts --------------------------------------------------------------------------------


def code_reasons(statement: str, span: str) -> list[str]:
    """A telephone number or reference code of the statement ("0800 555 0193", "MDP-448-2071") must be in the
    span (or the article's head, which names the product a manual is about) as written, a telephone number digit
    for digit: the figures check leaves both out, as they measure nothing."""
    digits = re.sub(r"\D", "", span)
    phones = [m.group(0) for m in numbers.PHONE.finditer(statement) if re.sub(r"\D", "", m.group(0)) not in digits]
    codes = [m.group(0) for m in numbers.CODE.finditer(statement) if m.group(0).upper() not in span.upper()]
    # … and so must an e-mail or web address, letter for letter: "survey@…" is another inbox than "post@…"
    low = span.lower()
    addresses = [a for kind in ("email", "web") for a in contacts.found(kind, statement) if a.lower() not in low]
    return [f"number not in the evidence: {code}" for code in phones + codes] + [
        f"address not in the evidence: {a}" for a in addresses
    ]


BOTH = re.compile(r"\b(?:both|beide\w*)\b", re.IGNORECASE)  # two, named as a pair


def amount_reasons(
    statement: str, span: str, language: Lang | None, span_language: str | None, quote: str = "", frame: str = ""
) -> list[str]:
    """Why the span's figures don't bear out the statement's, one reason per figure. Where the
    quoted sentence states a figure of the same kind, the statement's must be that one (a year in the
    next sentence doesn't make the quote's year). ``frame`` is the article's head: the period a report covers
    ("the third quarter", „die zweite Saisonhälfte“) is that of each of its sentences."""
    reasons = times.reasons(statement, span, frame) + ordinal_reasons(statement, span, frame)
    reasons += code_reasons(statement, f"{span}\n{frame}")
    span_amounts = _measured(span, span_language)
    quote_amounts = _measured(quote, span_language) if quote and quote != span else []
    said = numbers.amounts(statement, language)
    dates = [(d.start, d.start + len(d.text)) for d in said if d.kind == "date"]
    versions = [a for a in numbers.amounts(span, span_language) if numbers.release(span, a)]
    span_amounts = [(a, d) for a, d in span_amounts if not numbers.release(span, a)]
    quote_amounts = [(a, d) for a, d in quote_amounts if not numbers.release(quote, a)]
    for want in said:
        if numbers.release(statement, want):
            # a release: the span's own, or where the span names none, the head's ("Larkspur 3.2 release notes")
            number = numbers.release_name(statement, want)
            if not re.search(rf"(?<![\w.]){re.escape(number)}(?![\w]|\.\d)", span) and (
                versions or number not in frame
            ):
                reasons.append(f"version not in the evidence: {number}")
            continue
        if want.kind == "number" and any(a <= want.start < b for a, b in dates):
            continue  # the year of "am 14. März 2023": its date is read as a date
        month_year = times.month_year_of(statement, want.start) if want.kind == "number" else None
        if month_year and times.month_year_stated(*month_year, span):
            continue  # the year of "Ende September 2026", where the span dates a day of that month: „30. September"
        label = numbers.label_of(statement, want)
        if label is not None:  # "route 47" names a route: the span or its heading names it so, or no figure does
            if not numbers.labelled(f"{span}\n{frame}", [label]):
                reasons.append(f"not in the evidence: {label[0]} {label[1]}")
            continue
        if re.match(r"(?:st|nd|rd|th)\b", statement[want.start + len(want.text) :]):
            continue  # "the 15th floor": a rank, which ``ordinal_reasons`` reads
        if want.kind == "number" and want.lo == want.hi == 2 and BOTH.search(span):
            continue  # "the two injections", where the span says "both vaccines", „beide Impfungen“
        if want.text.isalpha() and statement[want.start + len(want.text) :].startswith("-"):
            continue  # "the four-day week" names a kind of week; the span may call it „Viertagewoche“
        # a figure bears out one of the same dimension only: "sechs Jahre" is no "weniger als tausend Menschen"
        measured = numbers.dimension(statement, want) if want.kind == "number" else ""
        # … save that a bare figure of people's age is a number of years: "children under seven" is „Kinder unter 7
        # Jahren"
        aged = not measured and bool(AGE.search(statement))
        # … and an amount of money one of the same currency: "200 Milliarden US-Dollar" is no "100 million euros"
        paid = numbers.currency(statement, want) if measured == "money" else ""
        have = [
            a
            for a, d in span_amounts
            if (a.kind != "number" or want.kind != "number" or d == measured or (aged and d == "time"))
            and not (paid and d == "money" and numbers.currency(span, a) not in ("", paid))
        ]
        # a count of the noun the span counts too must be that count: "in über 20 Teams mehr als 50
        # Nationalitäten" makes no "über 50 Teams"
        noun = numbers.counted(statement, want) if want.kind == "number" and not measured else ""
        counting = [h for h in have if h.kind == "number" and _same_noun(noun, numbers.counted(span, h))]
        have = counting or have
        own = [a for a, d in quote_amounts if a.kind != "number" or want.kind != "number" or d == measured]

        if any(numbers.bears(h, span, want, statement) for h in have):
            same_kind = [h for h in own if h.kind == want.kind]
            # a claim of several figures may take them from the quote and the sentence beside it ("up to 50 members,
            # before it was 20" from "… up to 50 members. The previous limit was 20.")
            # (a range's two ends are one figure: "von −25 °C bis +46 °C" is read in the quote alone)
            # (a month of a year, "bis Ende September 2026", is a time beside the claim's date)
            months = len(times.MONTH_YEAR.findall(statement)) if want.kind == "date" else 0
            several = sum(a.kind == want.kind for a in said) + months - _ranges(statement, said) > 1
            if same_kind and not several and not any(numbers.bears(h, quote, want, statement) for h in own):
                # the quote's figure that none of the claim's bears out is the one it says instead
                other = [h for h in same_kind if not any(numbers.bears(h, quote, w, statement) for w in said)]
                reasons.append(f"evidence says {(other or same_kind)[0].text}, claim says {want.text}")
            continue
        if want.kind == "number" and _difference(statement, want, span):
            continue
        same = [h for h in have if h.kind == want.kind]
        if not same and want.kind == "factor" and _occurrences(statement, want, span):
            continue
        moved = _from_to(span) if not same and want.kind == "factor" else None
        if not moved and not same and want.kind == "factor" and AS_MUCH.match(statement, want.start + len(want.text)):
            moved = _ratio_of_two(span, span_amounts, want)
        if moved:  # "verdoppelt" against „von 100 auf 200“: the ratio of the two figures
            words, ratio = moved
            # "mehr als verdoppelt" against „von 11 auf 27 Prozent“: the ratio within the claim's interval
            slack = ABOUT_FACTOR if want.relation == "exact" else 0.0
            inside = want.lo * (1 - slack) <= ratio <= want.hi * (1 + slack)
            if not inside:
                reasons.append(f"evidence says {words}, claim says {want.text}")
            continue
        if not same:
            what = {"date": "date", "percent": "share", "factor": "multiple"}.get(want.kind, "number")
            reasons.append(f"{what} not in the evidence: {want.text}")
            continue
        near = min(same, key=lambda h: _distance(h, want))
        reasons.append(f"evidence says {near.text}, claim says {want.text}")
    return reasons + partitive_reasons(said, span, span_language)


# words that say a figure is someone's age
AGE = re.compile(
    r"\b(?:aged?|ages|years? old|younger|older|child|children|kids?|teenagers?|minors?|adults?|jünger|älter|alt|"
    r"alter|kind|kinder|jugendliche\w*|erwachsene\w*|minderjährige\w*|volljährige\w*)\b",
    re.IGNORECASE,
)
WEEKDAY_INDEX = {"sonnabend": 5}  # the days of the week by their place (Monday 0), in either language


def weekdays(text: str) -> set[int]:
    """The days of the week ``text`` names, by their place in the week, also inside a word („Sonntagnachmittag")."""
    found = set()
    for lx in lexicons():
        names = [d for d in lx.weekdays if d != "sonnabend"]
        for i, day in enumerate(names):
            if re.search(rf"\b{day}", text, re.IGNORECASE):
                found.add(i)
    if re.search(r"\bsonnabend", text, re.IGNORECASE):
        found.add(WEEKDAY_INDEX["sonnabend"])
    return found


def weekday_reasons(statement: str, span: str) -> list[str]:
    """Each day of the week the statement gives must be the span's (with its section's heading: "## Freitag, 22.
    August"): "von Donnerstagmittag bis Montag" is not „von Freitag, 12 Uhr, bis Montag“, "runs on Sundays too" not
    "runs four times a day"."""
    missing = weekdays(statement) - weekdays(span)
    if missing:
        return ["day not in the evidence: " + ", ".join(WEEKDAY_WORDS[d] for d in sorted(missing))]
    return []


WEEKDAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


PART_OF = re.compile(r"\s+(?:of the|of|out of|der|von|von den)\s+", re.IGNORECASE)


def partitive_reasons(said: Sequence[numbers.Amount], span: str, span_language: str | None) -> list[str]:
    """A part the span gives of a whole ("elf der zwölf Städte", "two of the five stores") is no statement about
    the whole: a claim that names the whole without the part speaks of all of it ("none of the twelve cities")."""
    stated = [a for a in numbers.amounts(span, span_language) if a.kind == "number"]
    reasons = []
    for part, whole in pairwise(stated):
        between = span[part.start + len(part.text) : whole.start]
        if not PART_OF.fullmatch(between) or not part.value < whole.value:
            continue
        values = {a.value for a in said if a.kind == "number"}
        if whole.value in values and part.value not in values:
            reasons.append(
                f"evidence says {part.text} {between.strip()} {whole.text}, claim speaks of all {whole.text}"
            )
    return reasons


ABOUT_FACTOR = 0.1  # a multiple read off two figures may be a tenth off ("from 100 to 210" is doubled)
FROM_TO = re.compile(r"\b(?:from|von)\s+([\d.,]+\s*(?:%|percent|prozent)?)\s+(?:\w+\s+)?(?:to|auf)\s+([\d.,]+)", re.I)


# one figure for another: "£1.60 instead of £1", „2,50 Euro statt 2 Euro" (the new one first)
FIGURE_INSTEAD = re.compile(
    rf"[£$€]?\s?(\d[\d.,]*)\s*(?:euro|€|pounds?|dollars?)?\s+(?:{numbers.INSTEAD_WORDS})\s+"
    r"[£$€]?\s?(\d[\d.,]*)",
    re.IGNORECASE,
)


def _move(span: str) -> tuple[str, float, float] | None:
    """The words, the old and the new figure of a figure's move in ``span`` ("von 100 auf 200", "£1.60 instead of
    £1"), or None."""
    m = FROM_TO.search(span)
    instead = FIGURE_INSTEAD.search(span) if not m else None
    if instead:
        new, old = numbers.quantities(instead.group(1)), numbers.quantities(instead.group(2))
        return (instead.group(0), old[0].value, new[0].value) if new and old else None
    if not m:
        return None
    a, b = numbers.quantities(m.group(1)), numbers.quantities(m.group(2))
    return (m.group(0), a[0].value, b[0].value) if a and b else None


# a multiple that compares two amounts: "twice as much as", „doppelt so teuer wie“, "three times more than"
AS_MUCH = re.compile(r"\s+(?:as|so)\b|\s+(?:more|higher|larger|mehr|höher|größer)\s+(?:than|als)\b", re.IGNORECASE)


def _ratio_of_two(
    span: str, amounts: Sequence[tuple[numbers.Amount, str]], want: numbers.Amount
) -> tuple[str, float] | None:
    """For a claimed multiple ("costs twice as much", „dreimal so viele“): two figures of the span of one kind
    (both sums of money, both shares, both counts of one dimension) whose ratio lies in the claim's interval
    ("£70 at the desk" against "£35 online": 2.0), as the words and the ratio; else the ratio of the pair closest
    to it, or None where the span has no two such figures."""
    money = {a.start: numbers.money_at(span, a.start, a.start + len(a.text)) for a, _ in amounts}
    # a telephone number or a code is no amount: "06571 3020-40"
    dialled = [m.span() for kind in ("phone", "code") for m in contacts.FORMS[kind].finditer(span)]
    amounts = [(a, d) for a, d in amounts if not any(x <= a.start < y for x, y in dialled)]
    found = [
        (a, b)
        for i, (a, da) in enumerate(amounts)
        for b, db in amounts[i + 1 :]
        if a.kind == b.kind in ("number", "percent")
        and da == db
        and money[a.start] == money[b.start]
        and a.value > 0
        and b.value > 0
        and a.value != b.value
    ]
    if not found:
        return None
    pairs = [(f"{b.text} / {a.text}" if b.value > a.value else f"{a.text} / {b.text}", max(a.value, b.value) /
              min(a.value, b.value)) for a, b in found]  # fmt: skip
    middle = (want.lo + want.hi) / 2 if want.hi < float("inf") else want.lo
    return min(pairs, key=lambda p: abs(p[1] - middle))


def _from_to(span: str) -> tuple[str, float] | None:
    """The words and the ratio of a figure's move in ``span`` ("von 100 auf 200": 2.0, "£1.60 instead of £1": 1.6),
    or None."""
    moved = _move(span)
    if not moved or not moved[1]:
        return None
    return moved[0], moved[2] / moved[1]


# a figure by which another moved: "five euros more than before", "rose by 5", „um fünf Euro teurer“
DIFFERENCE_AFTER = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}?(?:more|less|fewer|higher|lower|mehr|weniger|höher|niedriger|teurer|billiger)\s+"
    r"(?:than|als)\s+(?:before|previously|until now|bisher|zuvor|vorher|früher)\b",
    re.IGNORECASE,
)
DIFFERENCE_BEFORE = re.compile(r"\b(?:by|um)\s*[£$€]?\s*$", re.IGNORECASE)


def _difference(statement: str, want: numbers.Amount, span: str) -> bool:
    """Whether ``want`` is the size of a move the span states ("five euros more than before" for „von 15 auf 20
    Euro“, "rose by 40" for "from 120 to 160")."""
    end = want.start + len(want.text)
    if not (DIFFERENCE_AFTER.match(statement, end) or DIFFERENCE_BEFORE.search(statement[: want.start])):
        return False
    moved = _move(span)
    if not moved:
        return False
    size = abs(moved[2] - moved[1])
    return want.lo - EXACT <= size <= want.hi + EXACT


EXACT = 1e-9


def _occurrences(statement: str, want: numbers.Amount, span: str) -> bool:
    """Whether a multiple counts occurrences ("reported twice", „zweimal berichtet“, not "twice as many") that
    the span counts by rank ("die zweite Meldung", "for the second time")."""
    at = statement.find(want.text)
    after = statement[at + len(want.text) : at + len(want.text) + 16].lower() if at >= 0 else ""
    if re.match(r"\s*(?:as|so|als|more|mehr|the|die|der|das|über|over|höher|higher|larger|größer)\b", after):
        return False
    return any(value == want.value for value, _ in numbers.ordinals(span))


RANGE_JOIN = re.compile(r"\s*(?:[^\d\s]{1,8}\s*)?(?:bis(?: zu)?|to|through|–|-|and)\s*[+−-]?\s*", re.IGNORECASE)


def _ranges(text: str, said: Sequence[numbers.Amount]) -> int:
    """How many ranges the figures of ``text`` make: two of a kind joined by "bis", "to" or a dash ("−25 °C to
    +46 °C", „zwischen 8 und 10 Uhr")."""
    return sum(
        a.kind == b.kind and bool(RANGE_JOIN.fullmatch(text[a.start + len(a.text) : b.start]))
        for a, b in pairwise(said)
    )


def ordinal_reasons(statement: str, span: str, frame: str = "") -> list[str]:
    """A rank the statement gives must be the span's: "the third industrial revolution" is not "der 4.
    industriellen Revolution". A first needs no rank in the span ("die ersten Schritte" is loose talk), a
    later one does. A rank of a period ("third quarter") may be the ``frame``'s, the period its report covers, and
    so may a numbered part its section's heading labels ("the second stage": "Stage 2: …")."""
    said, stated = numbers.ordinals(statement), numbers.ordinals(span)
    reasons = []
    for value, word in said:
        at = statement.find(word)
        if not stated and _framed(statement[at + len(word) :] if at >= 0 else "", value, frame):
            continue
        # the numbered part the frame heads: "the second stage" under "## Stage 2: Foxholt to Lanyard Cross"
        if at >= 0 and numbers.labelled(frame, [p for p in numbers.labels(statement) if p[1] == value]):
            continue
        # … or the span numbers what it ranks: "the second and third papers" are "Papers 2 and 3"
        if at >= 0 and numbers.numbered(span, statement[at + len(word) :], value):
            continue
        side = RANK_SIDE.search(statement[max(0, at - 24) : at]) if at >= 0 else None
        above = side is not None and side.group(1).lower() in RANK_ABOVE
        if any(value == v or (side is not None and (v > value if above else v < value)) for v, _ in stated):
            continue
        if stated:
            reasons.append(f"evidence says {stated[0][1]}, claim says {word}")
        elif value > 1:
            reasons.append(f"rank not in the evidence: {word}")
    return reasons


# the periods a report covers, by rank: "the third quarter", „im zweiten Halbjahr“, "the 18th matchday"
PERIOD = re.compile(
    r"\s*[-‑]?\s*(quarter|half|half-year|season|round|matchday|quartal|halbjahr|saison|saisonhälfte|spieltag|runde)\b",
    re.IGNORECASE,
)


def _framed(after: str, value: float, frame: str) -> bool:
    """Whether the rank ``value`` before ``after`` ranks a period ("third quarter") that ``frame`` names too."""
    period = PERIOD.match(after)
    if not period or not frame:
        return False
    noun = period.group(1).lower()
    return any(
        v == value and PERIOD.match(frame[frame.find(w) + len(w) :]) and noun[:4] in frame.lower()
        for v, w in numbers.ordinals(frame)
    )


RANK_ABOVE = frozenset(
    {"above", "over", "beyond", "higher than", "higher up than", "further up than", "über", "oberhalb", "höher als",
     "weiter oben als", "jenseits"}
)  # fmt: skip
# "above the tenth floor", „unterhalb des fünften Stocks“: a rank on one side of the one given
RANK_SIDE = re.compile(
    r"\b(above|over|beyond|higher than|higher up than|further up than|below|under|lower than|lower down than|über|"
    r"oberhalb|höher als|weiter oben als|jenseits|unter|unterhalb|tiefer als|weiter unten als)\s+"
    r"(?:the|its|dem|der|den|des|die)?\s*$",
    re.IGNORECASE,
)


def _same_noun(a: str, b: str) -> bool:
    """Whether two counted nouns are the same ("Teams" / "Teams", "employees" / "employee"); of two languages
    (a German noun is capitalised) only as a cognate ("teams" / "Teams", "nationalities" / "Nationalitäten")."""
    if not (a and b):
        return False
    if a[:1].isupper() != b[:1].isupper():
        x, y = a.lower(), b.lower()
        return x == y or (len(x) >= COGNATE and len(y) >= COGNATE and x[:COGNATE] == y[:COGNATE])
    return found(a, b) or found(b, a)


def _measured(text: str, language: str | None) -> list[tuple[numbers.Amount, str]]:
    """The amounts of ``text``, each with what it measures (``numbers.dimension``)."""
    return [(a, numbers.dimension(text, a)) for a in numbers.amounts(text, language)]


def _distance(a: numbers.Amount, b: numbers.Amount) -> float:
    import math

    if a.kind == "date":
        return abs(a.value - b.value)
    return abs(math.log((abs(a.value) + 1) / (abs(b.value) + 1)))


COMPOUND_WORD = re.compile(r"\b[A-ZÄÖÜ][\w-]*[a-zäöüß]\b")


def sibling_reasons(statement: str, sentence: str) -> list[str]:
    """A German compound of the statement that the sentence doesn't name, where the sentence names another of its
    kind and nothing of what sets the statement's apart: „im Seller-Support-Team" against „aus dem Ads-Team",
    „für Krippenkinder" against „für Kindergartenkinder"."""
    if guess(statement) != "de" or guess(sentence) != "de":
        return []
    for word in dict.fromkeys(COMPOUND_WORD.findall(statement)):
        parts = word.split("-")
        heads = (parts[-1].lower(),) if len(parts) > 1 else tagger.compound_heads(word)
        if not heads or found(word, sentence):
            continue
        for head in heads[:1]:  # the longest: „Umsatz" of „Jahresumsatz", not „Satz"
            modifier = word[: len(word) - len(head)].strip("-")
            # … with or without the joint of a compound („Jahres-umsatz": „im Jahr")
            told = [f for p in modifier.split("-") if len(p) > 2 for f in (p, re.sub(r"(?:es|s|en|n|e)$", "", p))]
            if len(modifier) < 2 or any(found(f, sentence) for f in told if len(f) > 2):
                continue
            if _derived_from(modifier, head, sentence):
                continue  # „Wunschtermin" is „der gewünschte Trautermin", „Jahresumsatz" „der jährliche Umsatz"
            for other in COMPOUND_WORD.findall(sentence):
                low = other.lower()
                if (
                    low != word.lower()
                    and len(low) > len(head) + 2
                    and re.search(rf"-?{re.escape(head)}{tagger.PLURAL_END}$", low)
                ):
                    return [f"the evidence speaks of {other}, not {word}"]
    return []


def slot_reasons(statement: str, sentence: str) -> list[str]:
    """A capitalised word of the statement that the sentence doesn't name, where the sentence puts another in its
    place after the same three words: „eine Amazon-Mitarbeiterin aus dem Seller-Support" against „… aus dem
    Ads-Team", "the head of the Leeds Office" against "… of the York Office". Either language."""
    said, stated = SLOT_WORD.findall(statement), SLOT_WORD.findall(sentence)
    for i in range(SLOT, len(said)):
        word, before = said[i], [w.lower() for w in said[i - SLOT : i]]
        if not word[:1].isupper() or found(word, sentence) or not any(len(w) >= 4 for w in before):
            continue
        for j in range(SLOT, len(stated)):
            other = stated[j]
            # … each a name or a term of its own (a compound with a hyphen), not a common noun a paraphrase may put
            # for another („in den Fokus" for „in den Mittelpunkt")
            if (
                [w.lower() for w in stated[j - SLOT : j]] == before
                and other[:1].isupper()
                and other != word
                and _specific(word)
                and _specific(other)
                and not found(other, statement)
                and not set(other.lower().split("-")) & set(word.lower().split("-"))
            ):
                return [f"evidence says {other}, claim says {word}"]
    return []


def _specific(word: str) -> bool:
    """Whether ``word`` is a term of its own ("Ads-Team") or a word neither lexicon knows (a name)."""
    return "-" in word or not (tagger.familiar(word, "de") or tagger.familiar(word.lower(), "en"))


SLOT = 3  # words before a word that make its place
SLOT_WORD = re.compile(r"[^\W\d_][\w-]*")


def _derived_from(modifier: str, head: str, sentence: str) -> bool:
    """Whether a word of ``sentence`` other than a compound of ``head`` is made from ``modifier`` (umlauts aside):
    „gewünschten" from „Wunsch", „jährliche" from „Jahres"."""
    stem = plain(re.sub(r"(?:es|s|en|n|e)$", "", modifier.strip("-").split("-")[-1]))
    if len(stem) < DERIVED:
        return False
    return any(stem in plain(w) and not plain(w).endswith(plain(head)) for w in re.findall(r"[^\W\d_]+", sentence))


DERIVED = 4  # letters of a compound's first part that a word derived from it keeps


def area_reasons(statement: str, span: str) -> list[str]:
    """A kind of area the statement gives ("on the outskirts", „auf dem Land“) against another the span gives
    and not the statement's: the centre is no edge, a village no city. Either language."""
    said, stated = _areas(statement), _areas(span)
    for area, words in said.items():
        if area in stated:
            continue
        against = [w for a, w in stated.items() if a in AREA_CONFLICTS[area]]
        if against:
            return [f"evidence says {against[0]}, claim says {words}"]
    return []


AREA_CONFLICTS = {
    "centre": {"edge", "rural"},
    "edge": {"centre"},
    "rural": {"centre", "urban"},
    "urban": {"rural"},
}


def _areas(text: str) -> dict[str, str]:
    """The kinds of area ``text`` names, each with its first words for it."""
    return kinds_in(text, "areas")


def direction_reasons(statement: str, span: str) -> list[str]:
    """Which way a figure moved: a statement that has it rise ("stieg", "raised") is not borne out by a span that
    has it fall and not rise ("sank", "cut"), nor the reverse. Either language."""
    said = _directions(statement) or _compared_in_time(statement)
    if len(said) != 1:  # "raised its margin by cutting costs": both ways, each about something else
        return []
    stated = _near(span, statement, _directions)
    for way, words in said.items():
        others = [o for o in ("up", "down", "same") if o != way and o in stated]
        if way not in stated and others:  # "steigt" against „bleibt unverändert“, "rose" against "fell"
            return [f"evidence says {stated[others[0]]}, claim says {words}"]
    return []


# what a statement gives as certain ("has been shown to", „nachgewiesen“) and what a span gives as possible only
CERTAIN = re.compile(
    r"\b(?:(?:been|is|are|was|were) (?:shown|proven|proved)|proven|proves|demonstrably|definitely|certainly|"
    r"nachgewiesen\w*|bewiesen\w*|erwiesen\w*|nachweislich|belegt|garantiert|sicherlich)\b",
    re.IGNORECASE,
)
POSSIBLE = re.compile(
    r"\b(?:kann|können|könnte|könnten|dürfte|dürften|möglicherweise|vielleicht|eventuell|may|might|could|"
    r"possibly|perhaps)\b",
    re.IGNORECASE,
)


def certainty_reasons(statement: str, span: str) -> list[str]:
    """A statement that gives as shown what the span gives as possible ("have been shown to increase insect
    numbers" against „das kann Insekten helfen“). Either language."""
    said, stated = CERTAIN.search(statement), POSSIBLE.search(span)
    if said and stated and not POSSIBLE.search(statement) and not CERTAIN.search(span):
        return [f"evidence says {stated.group(0)}, claim says {said.group(0)}"]
    return []


# a condition, at the start of a sentence or after its main clause: „Wenn sich die Mitarbeiter sicher fühlen, …“,
# "…, if the weather allows"
CONDITION_START = re.compile(r"^\W*(?:wenn|falls|sofern|solange|if|unless|provided(?: that)?|as long as)\b", re.I)
CONDITION_AFTER = re.compile(r",\s+(?:wenn|falls|sofern|solange|if|unless|provided(?: that)?|as long as)\b", re.I)
CONDITIONAL = re.compile(
    r"\b(?:wenn|falls|sofern|solange|if|unless|provided|as long as|when|whenever|sobald|once|kann|können|könnte\w*|"
    r"can|could|may|might|would|würde\w*)\b",
    re.I,
)


def _condition(sentence: str) -> tuple[str, str]:
    """A sentence's condition and its main clause, or ("", sentence): a German condition ends at the comma before
    the main clause's finite verb („…, können sie …“), an English one at its first comma."""
    if m := CONDITION_AFTER.search(sentence):
        return sentence[m.end() :], sentence[: m.start()]
    if not CONDITION_START.search(sentence):
        return "", sentence
    language = guess(sentence)
    for comma in re.finditer(r",\s+", sentence):
        tokens = [t for t in tagger.tokens(sentence[comma.end() :][:40], language) if t.kind != "punct"]
        if language == "en" or (tokens and tokens[0].kind == "finite"):
            return sentence[: comma.start()], sentence[comma.end() :]
    return "", sentence


def _word_heads(text: str) -> set[str]:
    """The first ``COGNATE`` letters of each word of four letters or more of ``text``, stop words left out."""
    return {w.lower()[:COGNATE] for w in re.findall(r"[^\W\d_]{4,}", text) if w.lower() not in _stop()}


def condition_reasons(statement: str, span: str) -> list[str]:
    """A statement that states as a fact what the span gives only as a condition („Wenn sich die Mitarbeiter sicher
    fühlen, können sie …“ for "the staff feel safe"): it shares words with the condition, none with the main clause,
    and sets no condition of its own. Same language only (the words are compared)."""
    if guess(statement) != guess(span) or CONDITIONAL.search(statement):
        return []
    words = _word_heads(statement)
    for sentence in re.split(r"(?<=[.!?])\s+", span):
        condition, main = _condition(sentence)
        if condition and len(_word_heads(condition) & words) >= 2 and not _word_heads(main) & words:
            return [f"the evidence gives it only as a condition: {condition.strip()[:60]!r}"]
    return []


def stance_reasons(statement: str, span: str) -> list[str]:
    """For or against: a statement that has someone back a demand ("unterstützte die Forderung") is not borne out
    by a span that has it rejected ("rejected the demand"), nor the reverse. Either language."""
    said = kinds_in(statement, "stances", re.IGNORECASE)
    if len(said) != 1:
        return []
    stated = kinds_in(span, "stances", re.IGNORECASE)
    ((side, words),) = said.items()
    other = "against" if side == "for" else "for"
    if other in stated and side not in stated:
        return [f"evidence says {stated[other]}, claim says {words}"]
    return []


LABEL = re.compile(r"\s*(?:[*•–-]\s*)?([^:.;]{1,60}):\s+")
LABEL_WORDS = 6


def _near(span: str, statement: str, read: Callable[[str], dict[str, str]]) -> dict[str, str]:
    """What ``read`` finds in the clauses of ``span`` that share a content word with ``statement`` („Die
    Grundsteuer bleibt unverändert, die Gewerbesteuer wird angehoben“ for a statement about the Grundsteuer),
    or in the whole span where no clause or every clause does."""
    # a list item's label ("Parks and open spaces: £64,750 (…), reduced …") is what each of its clauses is about
    labelled = LABEL.match(span)
    label = labelled.group(1) if labelled and len(labelled.group(1).split()) <= LABEL_WORDS else ""
    rest = span[labelled.end() :] if label and labelled else span
    clauses = [c for c in re.split(r"[,;:–—]\s+|\s+(?:während|whereas|while|but|aber|doch)\s+", rest) if c.strip()]
    words = _content_words(statement)
    sharing = [c for c in clauses if any(found(w, f"{label} {c}") for w in words)]
    if not sharing or len(sharing) == len(clauses):
        return read(span)
    out: dict[str, str] = {}
    for c in sharing:
        for k, v in read(c).items():
            out.setdefault(k, v)
    return out


# a figure compared with its own earlier value: "larger in 2025 than in 2024", „höher als im Vorjahr“
EARLIER = (
    r"(?:(?:in|im|for)\s+)?(?:(?:the|dem)\s+)?(?:(?:19|20)\d\d(?:/\d\d)?|last year|the (?:year|month) before|"
    r"the previous (?:year|month)|before|previously|Vorjahr|Jahr zuvor|vorher|zuvor|davor|bisher)\b"
)
TIME_COMPARED = {
    "up": re.compile(
        rf"\b(?:larger|higher|bigger|greater|more|größer|höher|mehr)\b[^.;]{{0,60}}?\b(?:than|als)\s+{EARLIER}",
        re.IGNORECASE,
    ),
    "down": re.compile(
        rf"\b(?:smaller|lower|less|fewer|kleiner|niedriger|weniger|geringer)\b[^.;]{{0,60}}?\b(?:than|als)\s+"
        rf"{EARLIER}",
        re.IGNORECASE,
    ),
}


def _compared_in_time(text: str) -> dict[str, str]:
    """The way a statement has a figure move by comparing it with an earlier one ("larger … than in 2024/25": up)."""
    out = {}
    for way, pattern in TIME_COMPARED.items():
        m = pattern.search(text)
        if m:
            out[way] = m.group(0).split()[0]
    return out


def _directions(text: str) -> dict[str, str]:
    """The ways ("up", "down") the figures of ``text`` move, each with its first word for it."""
    return kinds_in(text, "directions", re.IGNORECASE)


def outcome_reasons(statement: str, span: str) -> list[str]:
    """A thing the statement calls a success (or a failure) that the span calls the other: "the smartphone
    attempts were successful" against „den gescheiterten Smartphone-Versuchen“. Where the span has both words,
    only the one next to a word of the statement counts ("failed attempts …, all other efforts successful").
    Either language; a negated pole ("nicht erfolgreich") is left to the polarity check."""
    said, stated = _outcomes(statement), _outcomes(span)
    if len(said) != 1:
        return []
    ((pole, words),) = said.items()
    other = "failure" if pole == "success" else "success"
    if other not in stated:
        return []
    if pole not in stated:
        return [f"evidence says {stated[other]}, claim says {words}"]
    content = [w for w in _content_words(statement) if not re.fullmatch(r"\w+", w) or len(w) > 4]
    for lx in lexicons():
        for pattern, kind in lx.extra.get("outcomes", {}).items():
            if kind != other:
                continue
            for m in re.finditer(pattern, span, re.IGNORECASE):
                near = " ".join(re.findall(r"[\w-]+", span[m.end() : m.end() + 40])[:2])
                if any(found(w, near) or _cognate(w, near) for w in content):
                    return [f"evidence says {m.group(0)}, claim says {words}"]
    return []


def _outcomes(text: str) -> dict[str, str]:
    """The poles of outcome ``text`` names, each with its first words; a negated pole counts as the other ("not
    successful" is a failure)."""
    out: dict[str, str] = {}
    for pole, words in kinds_in(text, "outcomes", re.IGNORECASE).items():
        at = text.lower().find(words.lower())
        before = " ".join(text[:at].split()[-3:])
        negated = any(x.negation and re.search(x.negation, before, re.IGNORECASE) for x in lexicons())
        out.setdefault(("failure" if pole == "success" else "success") if negated else pole, words)
    return out


def negation_degree_reasons(statement: str, span: str) -> list[str]:
    """A negation the statement makes total ("pays no attention whatsoever", „gar nicht") against one the span
    hedges („kümmert sich nicht so sehr darum", "not particularly"). Either language."""
    said = kinds_in(statement, "negation_degrees", re.IGNORECASE)
    stated = kinds_in(span, "negation_degrees", re.IGNORECASE)
    if "none" in said and "little" in stated and "none" not in stated:
        return [f"evidence says {stated['little']}, claim says {said['none']}"]
    return []


def severity_reasons(statement: str, span: str) -> list[str]:
    """How hard the statement says something was hit, against the other degree in the span: "schwer verletzt"
    against „leicht verletzt", "minor damage" against "severe damage". Either language."""
    said, stated = kinds_in(statement, "severities", re.IGNORECASE), kinds_in(span, "severities", re.IGNORECASE)
    return [
        f"evidence says {stated[other]}, claim says {words}"
        for pole, words in said.items()
        if pole not in stated and (other := "light" if pole == "heavy" else "heavy") in stated
    ]


def contrary_reasons(statement: str, span: str) -> list[str]:
    """A comparative the span turns round: "seltener" against "häufiger", "smaller" against "larger". Borne out
    only where the statement compares the other way round: what it compares against ("als …", "than …") is
    what the span's comparative is said of, outside the span's own "als/than" ("A seltener als B" = "B häufiger
    als A"). Across languages, where those words can't be looked up, only when neither side names what it
    compares against. Either language."""
    said, stated = kinds_in(statement, "comparatives", re.IGNORECASE), kinds_in(span, "comparatives", re.IGNORECASE)
    for kind, words in said.items():
        dimension, side = kind[:-1], kind[-1]
        other = dimension + ("-" if side == "+" else "+")
        if kind in stated or other not in stated:
            continue
        against = _against(statement, words)
        if against is None:
            return [f"evidence says {stated[other]}, claim says {words}"]
        own = _against(span, stated[other])
        outside = span.replace(own, " ") if own else span
        content = _content_words(against)
        if any(found(w, outside) or _cognate(w, outside) for w in content):
            continue  # "A seltener als B" against "B häufiger (als A)"
        same_place = own is not None and any(found(w, own) or _cognate(w, own) for w in content)
        # against a plan, an expectation or the past ("than planned" / „als geplant“) nothing can be turned round
        same_place = same_place or bool(own and REFERENCE.match(against.strip()) and REFERENCE.match(own.strip()))
        if guess(statement) != guess(span) and own is not None and not same_place:
            continue  # "than the old ones" / „als die alten“: not looked up across languages
        return [f"evidence says {stated[other]}, claim says {words}"]
    return []


# what a comparison may measure against that is no thing of its own: a plan, an expectation, an earlier time
REFERENCE = re.compile(
    # whoever planned or expected it: a pronoun, or up to three words before an auxiliary ("the club had planned")
    r"(?:(?:they|we|it|he|she|i|man|wir|sie|er)\s+|(?:[^\W\d_]+\s+){1,3}(?:had|has|have|hatte|hat|hatten)\s+)?"
    r"(?:(?:originally|ursprünglich|zunächst|zuvor|erst)\s+)?"
    r"(?:planned|geplant|budgeted|veranschlagt|kalkuliert|expected|erwartet|forecast|prognostiziert|anticipated|"
    r"befürchtet|feared|hoped|erhofft|intended|vorgesehen|announced|angekündigt|before|zuvor|vorher|bisher|"
    r"previously|früher|last year|im vorjahr|the year before|in the previous year|usual|üblich|sonst|normal|"
    r"gedacht|thought|assumed|angenommen)\b",
    re.IGNORECASE,
)


def turned_comparison_reasons(statement: str, span: str, corpus: set[str]) -> list[str]:
    """A comparison whose sides the span has the other way round: "Amazon's assistant is less consumer-oriented
    than Alibaba's" against „Er ist weniger consumerorientiert als jener von Amazon“: the statement's own side
    (Amazon) is what the span compares against. Names only, in either language."""
    said, stated = sides(statement), sides(span)
    if not said or not stated:
        return []
    (own, against), (span_own, span_against) = said, stated
    if _opposite_comparatives(statement, span):
        return []  # "Velo is smaller than Kallisto" = „Kallisto ist größer als Velo“: turned round twice
    own_names = [n.words[-1] for n in names_of(own, guess(statement), corpus)]
    against_names = [n.words[-1] for n in names_of(against, guess(statement), corpus)]
    if any(found(n, span_against) and not found(n, span_own) for n in own_names) and not any(
        found(n, span_against) for n in against_names
    ):
        return [f"the evidence compares the other way round: … als / than {span_against.strip()}"]
    return []


# a comparative word before "als / than": lower-case, as a comparative is within a sentence; a capitalised one is a
# noun or a name („Berliner Standort hat als …“, "Walker served as … than")
COMPARED = re.compile(
    r"\b(?-i:[a-zäöüß])\w*(?:er|ere[nmrs]?)\s+(?:[\w-]+\s+){0,7}?(?:als|than)\b|\b(?:more|less|mehr|weniger)\s+(?:[\w-]+\s+){1,2}?(?:als|than)\b",
    re.IGNORECASE,
)


def uncompared_reasons(statement: str, span: str, corpus: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """A comparison the span doesn't make: "Berlin offers better infrastructure than the other sites" against
    „Alle unsere Standorte bieten hervorragende Infrastruktur“ — no "als / than / wie / as", no comparative or
    superlative word. Either language."""
    m = COMPARED.search(statement)
    # "rather than", "other than" set one thing in another's place ("every quarter of an hour rather than every 20
    # minutes"): no comparison
    if (
        not m
        or re.match(r"(?:rather|other|sooner)\b", m.group(0), re.IGNORECASE)
        or re.search(r"\b(?:rather|other|sooner)\s+than$", m.group(0), re.IGNORECASE)
        or sides(statement) is None
    ):
        return []
    by_figures = _figures_compare(statement, span, m, corpus)
    if by_figures is not None:
        return [] if by_figures else [f"the evidence's figures compare the other way: {m.group(0)}"]
    if COMPARISON.search(span) or kinds_in(span, "comparatives", re.IGNORECASE):
        return []
    return [f"the evidence makes no comparison: {m.group(0)}"]


DETERMINERS = frozenset("der die das den dem des ein eine einen einem einer eines the a an".split())


def _without_article(word: str, span: str) -> bool:
    """Whether ``span`` uses ``word`` without an article before it, as a name is used ("…, Tannweiler nur auf 8")."""
    return any(
        not span[: m.start()].split()[-1:] or span[: m.start()].split()[-1].lower() not in DETERMINERS
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", span)
    )


CLAUSE_END = re.compile(r"[,;:](?=\s)|[.!?](?=\s|$)|\b(?:while|whereas|während|wohingegen)\b")
SLOWER = re.compile(r"\b(?:slow\w*|langsam\w*)", re.IGNORECASE)


def _figures_compare(
    statement: str, span: str, compared: re.Match[str], corpus: set[str] | frozenset[str] = frozenset()
) -> bool | None:
    """Whether the span's figures bear out the statement's comparison of two named sides ("grew faster in North
    America than in Europe" against "revenue in North America rose 15%, while Europe grew 6%"; „mehr Torschüsse
    als Eichenried“ against „Eichenried kam auf 17 Torschüsse, Tannweiler nur auf 8“): True, False, or None where
    the span gives no figure to each side."""
    kinds = kinds_in(statement, "comparatives", re.IGNORECASE)
    said = degree(statement)
    if kinds:
        up = any(k.endswith("+") for k in kinds)
    elif said and said[0] in ("more", "less"):
        up = said[0] == "more" and not SLOWER.search(said[1] + statement[compared.end() :][:20])
    else:
        return None
    than = re.search(r"\b(?:als|than)\b", statement[compared.start() :], re.IGNORECASE)
    if not than:
        return None
    at = compared.start() + than.end()
    # each side by its names, or (a German sentence's subject, which the tagger may take for a noun) its capitalised
    # words, in the statement's order: the first that the span gives a figure to
    named = [(n.start, n.words[-1]) for n in names_of(statement, guess(statement), set(corpus))]
    named += [
        (m.start(), m.group(0))
        for m in re.finditer(r"(?<!\w)[A-ZÄÖÜ][\w-]+", statement)
        if m.group(0) in corpus
        or not (tagger.known_noun(m.group(0), "de") or tagger.familiar(m.group(0), "en"))
        or _without_article(m.group(0), span)
    ]
    sides = [[w for start, w in sorted(named) if (start < at) == before and found(w, span)] for before in (True, False)]
    own, other = (next((f for f in map(lambda w: _figure_after(w, span), words) if f), None) for words in sides)
    if own is None or other is None or own.kind != other.kind or own.value == other.value:
        return None
    return (own.value > other.value) == up


def _figure_after(word: str, span: str) -> numbers.Amount | None:
    """The first figure after the name ``word`` in its clause of ``span``."""
    m = re.search(rf"(?<!\w){re.escape(unpossessed(word))}", span)
    if not m:
        return None
    end = CLAUSE_END.search(span, m.end())
    clause = span[m.end() : end.start() if end else len(span)]
    figures = [
        a for a in numbers.amounts(clause) if a.kind in ("number", "percent") and not YEAR_FIGURE.fullmatch(a.text)
    ]
    return figures[0] if figures else None


YEAR_FIGURE = re.compile(r"(?:1[89]|20)\d\d")


# the words of a comparison: "als / than / wie / as", a comparative or superlative of degree
COMPARISON = re.compile(
    r"\b(?:als|than|wie|as|compared|vergleich\w*|verglichen|gegenüber|versus|vs|mehr|weniger|more|less|fewer|"
    r"besser\w*|better|best\w*|meist\w*|most|am\s+\w+sten|\w+ste[nmrs]?|\w+est|eher|lieber|rather)\b",
    re.IGNORECASE,
)


def _opposite_comparatives(statement: str, span: str) -> bool:
    """Whether the two compare by opposite words: "smaller" / „größer“, "less" / „mehr“."""
    said, stated = kinds_in(statement, "comparatives", re.IGNORECASE), kinds_in(span, "comparatives", re.IGNORECASE)
    flip = {"+": "-", "-": "+"}
    if any(k[:-1] + flip[k[-1]] in stated and k not in stated for k in said):
        return True
    a, b = degree(statement), degree(span)
    return bool(a and b and {a[0], b[0]} == {"less", "more"})


def sides(text: str) -> tuple[str, str] | None:
    """A comparison's own side (the text before "als / than") and what it compares against (the clause after),
    or None (for a figure: "mehr als 50")."""
    m = COMPARED.search(text)
    if not m:
        return None
    after = re.split(r"[,;.]", text[m.end() :], maxsplit=1)[0]
    lead = re.match(r"\s*(?:(?:ein\w*|a|an|the|der|die|das)\s+)?", after)
    if any(a.start <= (lead.end() if lead else 0) for a in numbers.amounts(after)):
        return None  # a figure ("mehr als 50", "fewer than half", „weniger als ein Viertel", "less than a hundred")
    return text[: m.start()], after


def _against(text: str, words: str) -> str | None:
    """What the comparative ``words`` of ``text`` compares against: the rest of its clause after "als" /
    "than"; None where it names nothing to compare against."""
    at = text.lower().find(words.lower())
    rest = text[at + len(words) :] if at >= 0 else ""
    if re.match(r"(?:über|unter|above|below)\b", words, re.IGNORECASE):  # „über dem Wert von 2023“: the rest
        return re.split(r"[.;:!?,]", rest, maxsplit=1)[0] or None
    m = re.search(r"\b(?:als|than)\b([^.;:!?]*)", rest)
    if not m or re.match(r"\s*(?:ein\w*|a|an|the|der|die|das)?\s*\d", m.group(1)):
        return None
    return m.group(1).split(",")[0]


def degree_reasons(statement: str, span: str) -> list[str]:
    """A comparison of degree the span turns another way: "sellers matter less than staff" against „Händler sind
    mindestens so wichtig wie die Mitarbeiter“, "more often than" against „genauso oft wie“. Only where the two
    compare against the same thing (the words after "than" / "als" are found after "as" / "wie"). Either
    language."""
    said, stated = degree(statement), degree(span)
    if not said or not stated:
        return []
    (relation, words, against), (other, other_words, other_against) = said, stated
    # … and a comparison against another group of people is none of the statement's: "more seriously than its
    # customers" against „mindestens so wichtig wie die Amazonians (wie Amazon seine Mitarbeiter nennt)"
    said_groups, stated_groups = (groups_in(re.split(r"[,.;:!?]", a)[0]) for a in (against, other_against))
    if said_groups and stated_groups and not set(said_groups) & set(stated_groups):
        theirs, ours = next(iter(stated_groups.values())), next(iter(said_groups.values()))
        return [f"the evidence compares with {theirs}, not {ours}"]
    same_group = set(groups_in(against)) & set(groups_in(other_against))
    alike = any(found(w, other_against) or _cognate(w, other_against) for w in _content_words(against))
    if not same_group and not alike:
        return []
    if relation in DEGREE_CONFLICTS.get(other, ()):
        return [f"evidence says {other_words}, claim says {words}"]
    return []


LESS_OF = re.compile(r"\b(?:weniger|less)\s+([a-zäöüß][\w-]{2,})", re.IGNORECASE)


# more or less of a thing: „zu mehr Klarheit", "less waste" (not "more than", „mehr als")
MORE_OR_LESS = re.compile(
    r"\b(mehr|weniger|more|less|fewer)\s+(?!(?:als|than|denn|oder|or|and|und)\b)([^\W\d_][\w-]{2,})", re.I
)
MORE = frozenset({"mehr", "more"})


def more_or_less_reasons(statement: str, span: str) -> list[str]:
    """Less of a thing where the span says more of it, or the other way round („zu weniger Klarheit" against „zu mehr
    Klarheit", "less waste" against "more waste"), in one language."""
    if guess(statement) != guess(span):
        return []
    for m in MORE_OR_LESS.finditer(statement):
        for x in MORE_OR_LESS.finditer(span):
            if x.group(2).lower() == m.group(2).lower() and (x.group(1).lower() in MORE) != (
                m.group(1).lower() in MORE
            ):
                return [f"evidence says {x.group(0)!r}, claim says {m.group(0)!r}"]
    return []


def lessened_reasons(statement: str, span: str) -> list[str]:
    """A change of degree one side says with "weniger / less" and the other with the comparative of the same
    adjective: "weniger bekannt geworden" against „bekannter zu werden“, „bekannter“ against "weniger bekannt".
    Either side may be the one with "less"; the two must be in one language."""
    if guess(statement) != guess(span):
        return []
    for one, other in ((statement, span), (span, statement)):
        for m in LESS_OF.finditer(one):
            base = m.group(1).lower()
            if any(x.group(1).lower() == base for x in LESS_OF.finditer(other)):
                continue
            more = re.search(rf"\b{re.escape(base)}er(?:e[nmrs]?)?\b", other, re.IGNORECASE)
            if more:
                said, stated = (m.group(0), more.group(0)) if one is statement else (more.group(0), m.group(0))
                return [f"evidence says {stated!r}, claim says {said!r}"]
    return []


DEGREE_CONFLICTS = {
    "at_least": ("less",),
    "at_most": ("more",),
    "equal": ("less", "more"),
    "less": ("more", "equal", "at_least"),
    "more": ("less", "equal", "at_most"),
}
NOT = r"(?:nicht|keineswegs|keinesfalls|kaum|no|not|hardly|by no means)"
# a denied "as … as": "not (nearly) as popular as", „nicht (annähernd) so beliebt wie“ — less, and no negation
DENIED_AS = (
    r"\b(?:not|nicht)\s+(?:quite\s+|nearly\s+|anywhere near\s+|ganz\s+|annähernd\s+|ebenso\s+|halb\s+)?"
    r"(?:as|so)\s+[\w-]+(?:\s+[\w-]+){0,3}\s+(?:as|wie)\b|"
    # "not so much X as Y", „nicht so sehr darum, X, als …“: less of X
    r"\b(?:not|nicht)\s+so\s+(?:sehr|much)\b"
)
DEGREE_PATTERNS = (
    (
        "at_least",
        r"\b(?:mindestens|zumindest|wenigstens)\s+(?:eben|genau)?so\s+\w+\s+wie\b|"
        r"\bat least as\s+\w+(?:\s+\w+){0,3}\s+as\b|"
        # a denied "less": "keineswegs weniger wichtig als", "no less important than"
        rf"\b{NOT}\s+(?:weniger|geringer|seltener)\b[^.;:,]{{0,60}}?\bals\b|\b{NOT}\s+(?:less|fewer)\b[^.;:,]{{0,60}}?\bthan\b",
    ),
    (
        "at_most",
        rf"\b{NOT}\s+(?:mehr|häufiger|öfter|wichtiger|stärker)\b(?!\s+als\s+\d)[^.;:,]{{0,60}}?\bals\b|"
        rf"\b{NOT}\s+more\b(?!\s+than\s+\d)[^.;:,]{{0,60}}?\bthan\b",
    ),
    ("equal", r"\b(?:genau|eben)so\s+\w+\s+wie\b|\b(?:just|equally|exactly) as\s+\w+(?:\s+\w+){0,3}\s+as\b"),
    (
        "less",
        # a denied "as … as": "nicht (ganz) so wichtig (zu nehmen) wie", "not (quite) as important as"
        DENIED_AS + "|"
        # (a German infinitive clause stands between commas: „weniger wichtig, die Konkurrenz zu übertreffen, als …“)
        r"\b(?:weniger|geringer|seltener)\b(?!\s+als\s+\d)[^.;:,]{0,60}?(?:,[^.;:,]{1,60}\bzu\s+\w+,\s*)?\bals\b|"
        r"\b(?:less|fewer|less often)\b(?!\s+than\s+\d)[^.;:,]{0,60}?\bthan\b",
    ),
    (
        "more",
        r"\b(?:mehr|häufiger|öfter|wichtiger|stärker)\b(?!\s+als\s+\d)[^.;:,]{0,60}?\bals\b|"
        r"\b(?:more|more often)\b(?!\s+than\s+\d)[^.;:,]{0,60}?\bthan\b",
    ),
)


def degree(text: str) -> tuple[str, str, str] | None:
    """The first comparison of degree in ``text``: its relation, its words and what it compares against."""
    for relation, pattern in DEGREE_PATTERNS:
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            return relation, m.group(0), text[m.end() : m.end() + 80]
    return None


def groups_in(text: str) -> dict[str, str]:
    """The groups of people ``text`` names (customers, staff, sellers, owners, users), each with its first word
    for it, in either language."""
    out: dict[str, str] = {}
    for lx in lexicons():
        for group, pattern in lx.extra.get("groups", {}).items():
            m = re.search(pattern, text)
            if m:
                out.setdefault(group, m.group(0))
    return out


def audiences(text: str) -> set[str]:
    """For whom ``text`` gives what it gives, in either language: "adults", "children", "members" … (the lexicons'
    ``audiences``)."""
    return {who for who, _ in _audience_matches(text)}


def audience_words(text: str) -> list[str]:
    """The words by which ``text`` names for whom it asks or gives a figure ("a child", „Jugendliche")."""
    return [m.group(0) for _, m in sorted(_audience_matches(text), key=lambda found: found[1].start())]


def _audience_matches(text: str) -> list[tuple[str, re.Match[str]]]:
    """Each group of the lexicons' ``audiences`` that ``text`` names, with its first mention."""
    return [
        (who, m)
        for lx in lexicons()
        for who, pattern in lx.extra.get("audiences", {}).items()
        if (m := re.search(pattern, text, re.I))
    ]


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w’'-]{4,}", text)[:6] if w.lower() not in ("amazons", "their", "seine", "ihre")]


def _cognate(word: str, text: str) -> bool:
    w = re.sub(r"[’']s$", "", word).lower()
    return len(w) >= COGNATE and any(x.lower()[:COGNATE] == w[:COGNATE] for x in re.findall(r"\w+", text))


# --- polarity -------------------------------------------------------------------------------


def polarity(text: str, kept: frozenset[str] = frozenset()) -> str:
    """``positive``, ``negative``, ``no_longer`` or ``not_yet``: the strongest negation of ``text``
    in either language, leaving out exceptions ("nicht nur") and litotes ("keine leichte Aufgabe"),
    unless the litotes' adjective is one of ``kept`` (a statement about that very quality)."""
    low = " ".join(text.lower().split())
    for lx in lexicons():
        if lx.negation_exceptions:
            low = re.sub(lx.negation_exceptions, " ", low)
    for aspect in ("no_longer", "not_yet"):
        if any(getattr(lx, aspect) and re.search(getattr(lx, aspect), low) for lx in lexicons()):
            return aspect
    said = [
        m.group(0)
        for lx in lexicons()
        for m in re.finditer(lx.negation, low)
        if not any(w in _litotes() - kept for w in _after(low[m.end() :]))
    ]
    # a negation of "without" is a double one: "Kein Geschäft funktioniert ohne Kunden" needs them
    if _doubled(said):
        return "positive"
    return "negative" if said else "positive"


UN_WORD = re.compile(r"\b[Uu]n([a-zäöüß]{4,})\b")
ENDING = re.compile(r"(?:e|en|er|es|em|s)$")


def _un_opposed(statement: str, clause: str) -> tuple[str, str] | None:
    """The word of ``statement`` and of ``clause`` where one says the opposite of the other by the prefix "un"
    ("sicher" / „unsicher“, "unsafe" / "safe"): the plain word on one side, only its un-word on the other."""

    def base(word: str) -> str:
        return ENDING.sub("", word.lower())

    for one, other, flip in ((statement, clause, False), (clause, statement, True)):
        plain = {base(w): w for w in re.findall(r"[\w-]+", one)}
        for m in UN_WORD.finditer(other):
            stem = base(m.group(1))
            if len(stem) >= 3 and stem in plain and not any(base(u.group(1)) == stem for u in UN_WORD.finditer(one)):
                pair = (plain[stem], m.group(0))
                return (pair[1], pair[0]) if flip else pair
    return None


FREE_WORD = re.compile(r"\b([a-zäöüß]{5,}?)(?:s|n|en)?-?(?:frei|free|los|less)(?:e[nmrs]?)?\b", re.IGNORECASE)
FREE_STEM = 5  # letters of the thing a word of lacking denies, at least („steuer“ of „steuerfrei“)


def free_opposed(statement: str, clause: str) -> tuple[str, str] | None:
    """The word of ``statement`` and of ``clause`` where one says by a word of lacking („steuerfrei“,
    „kostenlos“) that the thing is not there and the other names it as there („muss versteuert werden“, „kostet
    5 Euro“); None otherwise. Both sides are read as positive statements."""
    for one, other, flip in ((statement, clause, False), (clause, statement, True)):
        for m in FREE_WORD.finditer(other):
            if m.group(0).lower() in NOT_PRIVATIVE:
                continue
            stem = m.group(1).lower()[:FREE_STEM]
            said = [w for w in re.findall(r"[^\W\d_]+", one) if stem in w.lower() and not FREE_WORD.fullmatch(w)]
            if said and not FREE_WORD.search(one):
                return (m.group(0), said[0]) if flip else (said[0], m.group(0))
    return None


# endings of an adjective's forms after its stem: "easier", "easiest", „leichter“, „schwierigeren“
QUALITY_ENDING = re.compile(r"(?:|e|en|er|es|em|ere|eren|erer|eres|erem|ste|sten|ster|stes|est|iest|ier|ily|ly)")
OPPOSED_QUALITIES = 2  # the lexicon's first pairs of opposites: easy/hard, rare/common (size words qualify nouns)


def _quality_words(stems: Sequence[str], text: str) -> list[str]:
    """The words of ``text`` that are a form of one of ``stems`` ("easier" of "easy", „schwieriger“ of „schwierig“)."""
    out = []
    for w in re.findall(r"[^\W\d_]+", text.lower()):
        for stem in stems:
            base = stem[:-1] if stem.endswith("y") else stem  # "easy": "eas-ier"
            if w.startswith(base) and QUALITY_ENDING.fullmatch(w[len(base) :]):
                out.append(w)
                break
    return out


def quality_opposed(statement: str, clause: str) -> tuple[str, str] | None:
    """The word of ``statement`` and of ``clause`` where the statement gives a quality ("easier") and the clause
    only its opposite („schwieriger“), in either language; None otherwise. Both are read as positive statements."""
    for one, other in lexicon("en").extra["opposites"][:OPPOSED_QUALITIES]:
        for a, b in ((one, other), (other, one)):
            said, stated = _quality_words(a, statement), _quality_words(b, clause)
            if said and stated and not _quality_words(a, clause) and not _quality_words(b, statement):
                return said[0], stated[0]
    return None


def _un_denial(one: str, other: str) -> bool:
    """Whether ``one`` says by an un-word what ``other`` denies of its plain word: „unübersetzt" where the other says
    „nicht … übersetzen", "unpaid" where it says "not paid"."""
    plain = [w.lower() for w in re.findall(r"[^\W\d_]+", other) if not UN_WORD.fullmatch(w)]
    return any(
        len(stem := m.group(1).lower()[:PREFIX]) >= PREFIX - 1 and any(w.startswith(stem) for w in plain)
        for m in UN_WORD.finditer(one)
    )


def _doubled(said: list[str]) -> bool:
    """Whether the negations found are one "without" and one other: a double one."""
    return len(said) == 2 and len({w in WITHOUT for w in said}) == 2


def _needs(text: str) -> bool:
    """Whether ``text`` says that something can't be without a thing ("Ohne Ausweis darf niemand hinein")."""
    low = " ".join(text.lower().split())
    return _doubled([m.group(0) for lx in lexicons() for m in re.finditer(lx.negation, low)])


WITHOUT = frozenset({"ohne", "without"})
# a word of lacking, which states the "without" plainly: "pupils who lack a form may climb"
LACKING = re.compile(
    r"\b(?:lack|lacks|lacking|lacked|missing|fehlt|fehlen|fehlte|fehlten|fehlend\w*|mangelt|mangelnd\w*)\b",
    re.IGNORECASE,
)
NEGATION_WORD = re.compile(r"\b(?:nicht|kein\w*|not|no|never|nie)\b", re.IGNORECASE)
# "nicht X, sondern Y" / "not X but Y": X is denied, Y stated
CONTRAST = re.compile(
    r"\b(?:nicht|not)\s+(?P<x>(?:[\w’'-]+\s+){0,5}?[\w’'-]+),?\s+(?:sondern|but)\s+(?P<y>[^.;:!?]{3,80})",
    re.IGNORECASE,
)


def _contrasts(text: str) -> list[tuple[str, set[str], set[str]]]:
    """Each contrast of ``text``: the denied part X, and the content words of X and of Y."""

    def words(part: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[\w’'-]{4,}", part)}

    return [(m.group("x"), words(m.group("x")), words(m.group("y"))) for m in CONTRAST.finditer(text)]


def _denies(text: str) -> bool:
    """Whether ``text`` has a word of negation, whatever the polarity makes of it („nicht nur“, "instead of")."""
    return bool(NEGATION_WORD.search(text)) or bool(re.search(r"\b(?:statt|anstatt|instead|rather than)\b", text, re.I))


def _contrast_denied(statement: str, clause: str) -> str:
    """What ``clause`` denies in a contrast ("nicht X, sondern Y") that ``statement`` states plainly (a content word
    of X, none of Y), or ""."""
    said = {w.lower() for w in re.findall(r"[\w’'-]{4,}", statement)}
    return next((part for part, x, y in _contrasts(clause) if x & said and not y & said), "")


def _contrast_agrees(negated: str, plain: str) -> bool:
    """Whether ``plain`` denies what ``negated`` denies, in a contrast the polarity leaves aside: „… nicht als
    Selbstzweck, sondern als Technologie“ for „betrachtet … nicht als Selbstzweck“ (a content word of the denied
    part right after a negation of ``negated``, or a compound's first part of one: „nicht um ihrer selbst willen“
    for „Selbstzweck“)."""
    denied = {w for _, x, _ in _contrasts(plain) for w in x}
    if not denied:
        return False
    for m in NEGATION_WORD.finditer(negated):
        after = [w.lower() for w in re.findall(r"[\w’'-]+", negated[m.end() :])[:4]]
        if any(w in denied or (len(w) >= COMPOUND_PART and any(d.startswith(w) for d in denied)) for w in after):
            return True
    return False


DEGREE = frozenset({"so", "that", "all", "too", "gar", "besonders", "sehr", "allzu", "wirklich", "really", "very"})


def _after(text: str) -> list[str]:
    """The two words after a negation, degree words left out: "nicht so schwer", "not all that hard"."""
    words = [w.strip(".,;:!?") for w in text.split()[:5]]
    return [w for w in words if w not in DEGREE][:2]


@lru_cache(maxsize=1)
def _litotes() -> frozenset[str]:
    return frozenset(w for lx in lexicons() for w in lx.litotes)


def without_negation(text: str) -> str:
    """``text`` with its negation words left out (to compare what two clauses are about)."""
    for lx in lexicons():
        text = re.sub(lx.negation, " ", text, flags=re.I)
    return " ".join(text.split())


def scopes(text: str) -> list[str]:
    """The scopes of a negation in a sentence: the main clause first (its parts joined), then each
    subordinate clause ("auch wenn …", "although …", a relative clause). Clauses a semicolon joins are read
    each on its own ("The drones do not land; they lower the box")."""
    if ";" in text.strip().rstrip(";"):
        return [s for piece in text.split(";") if piece.strip() for s in scopes(piece)]
    text = TRAILING.sub(", ", text)  # "… for a refund if you have not used it": a condition without its comma
    subs = [m.group(1) for m in ASIDE.finditer(text)]  # "… – und da sind die Berliner nicht anders – …"
    text = ASIDE.sub(" , ", text)
    subs += [m.group(0) for m in INSTEAD.finditer(text)]  # "Statt auf die Lösung zu warten, …" denies the waiting
    text = INSTEAD.sub(" , ", text)
    relative = _relative_clause(text)  # "A team that fails to turn up is fined …" denies the turning up only
    if relative:
        subs.append(text[relative[0] : relative[1]])
        text = f"{text[: relative[0]]} {text[relative[1] :]}"
    parts = [p for p in CLAUSE.split(text) if p and p.strip()]
    opens = tuple(w for lx in lexicons() for w in lx.subordinators)
    main: list[str] = []
    for i, p in enumerate(parts):
        low = p.lower().lstrip('„“"(')
        conditional = i == 0 and len(parts) > 1 and _verb_first(p)  # "Funktioniert das nicht, sucht man …"
        opened = any(low == w or low.startswith(w + " ") for w in opens)
        # a main clause of its own after "und / and / but": "Ich fahre Bus, und ich bereue es keinen Tag"
        opened = opened or (i > 0 and bool(COORDINATED.match(low)))
        # a contrast after a comma that leaves out its verb is read on its own: „kein perfektes Buch, aber ein sehr
        # lohnendes“ (not „…, aber so viel kann ich sagen“)
        opened = opened or (
            i > 0
            and low.split()[0] in CONTRASTING
            and not tagger.has_finite_verb(p, "en" if guess(p) == "en" else "de")
        )
        # … and so is a verbless part that ends in its own "nicht" or sets itself against the first („Hunde sind in
        # A erlaubt, in B nicht“, „…, in B dagegen nicht“)
        opened = opened or (
            i > 0 and bool(ELLIPTIC.search(low)) and not tagger.has_finite_verb(p, "en" if guess(p) == "en" else "de")
        )
        # an article that opens no clause: "…, die Konkurrenz zu übertrumpfen" is the infinitive the main clause's
        # negation governs
        if opened and low.split()[0] in ARTICLES and ZU_INFINITIVE.search(low):
            opened = False
        # … while an infinitive with its own negation is its own scope: „…, verneinen sie das mit dem Argument, keine
        # gläsernen Konsumenten sein zu wollen" denies the wish, not the answer
        opened = opened or (i > 0 and bool(ZU_INFINITIVE.search(low)) and bool(NEGATION_WORD.match(low)))
        # … and a German relative clause after a preposition, its finite verb last: „…, auf die die Entwicklung nicht
        # gekommen wäre“ (not „…, mit den Kunden zu sprechen“)
        opened = opened or (i > 0 and bool(PREPOSED_RELATIVE.match(low)) and _verb_last(p))
        (subs if conditional or opened else main).append(p)
    # the main clause's parts keep their commas: "eine zentrale Rolle, allerdings nicht als Selbstzweck, sondern …"
    # denies the "Selbstzweck" only, which "nicht …, sondern" tells
    return [", ".join(main), *subs] if main else subs or [text]


ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})
CONTRASTING = frozenset({"aber", "jedoch", "but"})
ELLIPTIC = re.compile(r"\b(?:nicht|not)\s*[.!]?\s*$|\b(?:dagegen|hingegen|whereas)\b", re.IGNORECASE)
# an English condition after its main clause needs no comma: "… for a refund if you have not used it"
TRAILING = re.compile(
    r"(?<=[a-z])\s+(?=(?:if|even if|provided|providing|unless|as long as)"
    r"\s+(?:you|we|they|he|she|it|i|the|a|an|this|that|these|those|no|any|[A-Z]\w*)\b)"
)
COORDINATED = re.compile(r"(?:und|aber|doch|and|but)\s+(?:ich|wir|er|sie|es|man|i|we|he|she|it|they)\s+\w+")
ZU_INFINITIVE = re.compile(r"\bzu\s+[a-zäöüß]+[.!?]?$")
PREPOSED_RELATIVE = re.compile(
    r"(?:auf|an|in|mit|für|von|bei|zu|über|unter|aus|nach|durch|gegen|ohne|um|vor|hinter|neben|zwischen|wegen|trotz|"
    r"seit)\s+(?:der|die|das|dem|den|deren|dessen|denen|welche[mnrs]?)\s"
)


def _verb_last(clause: str) -> bool:
    """Whether a German clause ends with its finite verb, as a subordinate clause does."""
    tokens = [t for t in tagger.tokens(clause, "de") if t.kind != "punct"]
    return bool(tokens) and tokens[-1].kind == "finite"


def _relative_clause(text: str) -> tuple[int, int] | None:
    """Where an English relative clause without commas stands in ``text``: from "that / who / which" after a noun to
    the main clause's finite verb ("A team [that fails to turn up] is fined …", "Tenants [who have not signed the
    form] must pay …"); a clause the main verb doesn't follow is none."""
    if guess(text) != "en" or "," in text:
        return None
    tokens = tagger.tokens(text, "en")
    for i, t in enumerate(tokens[1:], 1):
        # "that" before its clause's verb is a relative pronoun too, whatever its tag ("a team that turns up")
        verb_next = next((u.kind for u in tokens[i + 1 :] if not u.tag.startswith(("AV", "XX"))), "") == "finite"
        relative = t.tag == "PNQ" or (t.text.lower() == "that" and verb_next)
        if not relative or tokens[i - 1].kind not in ("noun", "name"):
            continue
        finite = [j for j in range(i + 1, len(tokens)) if tokens[j].kind == "finite"]
        if len(finite) >= 2:
            return t.start, tokens[finite[1]].start
    return None


def _verb_first(clause: str) -> bool:
    """Whether a German clause starts with its finite verb: a condition without "wenn" ("Verkaufen sie sich
    nicht, …"), not a question."""
    if "?" in clause:
        return False
    tokens = [t for t in tagger.tokens(clause, "de") if t.kind != "punct"]
    return bool(tokens) and tokens[0].kind == "finite" and tokens[0].lemma.lower() not in AUXILIARIES


def _opposites_agree(plain: str, litotes: str) -> bool:
    """Whether ``plain`` states a quality outright ("hard") that ``litotes`` gives by denying its opposite
    („keine leichte Aufgabe“)."""
    low = " ".join(litotes.lower().split())
    denied = [w for lx in lexicons() for m in re.finditer(lx.negation, low) for w in _after(low[m.end() :])]
    stated = [w.strip('.,;:!?„“"') for w in plain.lower().split()]
    for one, other in lexicon("en").extra["opposites"]:
        for a, b in ((one, other), (other, one)):
            if any(w.startswith(a) for w in denied) and any(w.startswith(b) for w in stated):
                return True
    return False


def _plain_litotes(text: str) -> set[str]:
    """The litotes words of ``text`` that no negation governs ("leicht" in „es war leicht“, not in „nicht leicht“)."""
    low = " ".join(text.lower().split())
    words = {w.strip(".,;:!?") for w in low.split()} & _litotes()
    negated = {w for lx in lexicons() for m in re.finditer(lx.negation, low) for w in _after(low[m.end() :])}
    return words - negated


PRIVATIVE = re.compile(
    r"\b[a-zäöüß]{3,}-?(?:frei|free|los|less)\b|"
    # what costs nothing: "Transfers are free", „Der Eintritt ist frei", „gratis", „umsonst"
    r"(?<!-)\b(?:free|gratis|umsonst|frei)\b(?!\s+(?:of|from|von)\b)|"
    # a participle denied by its prefix: "unglazed", „unbefristet“, „ungesüßt“ (not „unterstützt“, "understood")
    r"\bun(?!ter|der|it|ivers)[a-zäöüß]{3,}(?:ed|et|t)\b",
    re.IGNORECASE,
)
NOT_PRIVATIVE = frozenset({"unless", "nevertheless", "regardless", "endless", "bless", "dennoch", "fraglos"})
# negations of a thing rather than of a statement: "without fees", "no commission", „frei von Zucker“, „keine
# Provision“ — the same as a word of lacking on the other side („gebührenfrei“, „provisionsfrei“, "unglazed")
OF_A_THING = re.compile(
    r"(?:ohne|without|frei von|free (?:of|from)|no|kein|keine|keinen|keinem|keiner|keines)", re.IGNORECASE
)

# „kein perfektes Buch“ denies a quality of the thing, not the thing: no word of lacking ("flawless") says that
DENIED_QUALITY = re.compile(
    r"\b[Kk]ein(?:e[nmrs]?)?\s+(?!weiter|zusätzlich|sonstig|ander)[a-zäöüß]{3,}(?:e|en|er|es|em)\s+[A-ZÄÖÜ]"
)


# a payment denied: "does not have to pay", "no need to buy a ticket", „muss nichts bezahlen“, „keine Gebühr“
NO_PAYMENT = re.compile(
    r"\b(?:not|no|nicht|nichts|kein\w*|n[’']t)\b(?:\s+[\w’'-]+){0,4}?\s+(?:pay|pays|paid|buy|purchase|charged?|"
    r"costs?|fees?|tickets?|zahlen|bezahlen|zahlt|bezahlt|kaufen|kauft|kosten|kostet|gebühr\w*|entgelt\w*|"
    r"eintritt\w*)\b",
    re.IGNORECASE,
)
# what costs nothing: "admitted free", "free of charge", „kostenlos“, „gratis“, „gebührenfrei“
COSTS_NOTHING = re.compile(
    r"\b(?:free(?!\s+(?:of|from)\s+(?!charge))|gratis|umsonst|kostenlos|kostenfrei|gebührenfrei|unentgeltlich|"
    r"frei(?=\s*[.,;]|\s*$)|freie[nmrs]?\s+(?:eintritt|zutritt|fahrt)|no charge|free of charge)\b",
    re.IGNORECASE,
)


def _privative_agrees(statement: str, clause: str) -> bool:
    """Whether one side's only negations deny a thing ("ohne / without", "no", „kein“, „frei von“) and the other
    side says it with a word of lacking („abgasfrei", "cashless", „kostenlos", "unglazed")."""
    for negated, plain in ((statement, clause), (clause, statement)):
        words = [m.group(0).lower() for lx in lexicons() for m in re.finditer(lx.negation, negated, re.IGNORECASE)]
        lacking = [w for w in PRIVATIVE.findall(plain) if w.lower() not in NOT_PRIVATIVE]
        if words and all(OF_A_THING.fullmatch(w) for w in words) and lacking and not DENIED_QUALITY.search(negated):
            return True
        # "does not have to buy a ticket" is "admitted free": a denied payment is a word of costing nothing
        if words and NO_PAYMENT.search(negated) and COSTS_NOTHING.search(plain):
            return True
        # "not sharpened" is "unsharpened": a participle denied by its prefix, the same one negated on the other side
        denied = [w[2:].lower() for w in lacking if w.lower().startswith("un")]
        if words and denied and all(_denies_participle(negated, w, denied) for w in words):
            return True
    return False


def _denies_participle(text: str, negation: str, participles: Sequence[str]) -> bool:
    """Whether ``negation`` in ``text`` stands right before one of ``participles`` (within two words)."""
    for m in re.finditer(rf"\b{re.escape(negation)}\b", text, re.IGNORECASE):
        after = [w.lower() for w in re.findall(r"[\w-]+", text[m.end() :])[:3]]
        if any(a[:STEM] == p[:STEM] for a in after for p in participles if len(a) >= STEM and len(p) >= STEM):
            return True
    return False


STEM = 5  # letters a participle and its un-prefixed form share ("sharpened" / "unsharpened")


# a word of forbidding says what may not be done: "banned" is "no work may take place"
PROHIBITED = re.compile(
    r"\b(?:bann?(?:s|ed|ing)?|prohibit\w*|forbid\w*|forbidden|barred|outlawed|verboten|verbiet\w*|verbot\w*|"
    r"untersag\w*)\b",
    re.IGNORECASE,
)


# a denied lack is a double negation: „an Geld mangelt es nicht", "there is no shortage of", "doesn't lack"
LACK_DENIED = re.compile(
    r"\b(?:mangelt|mangelte|fehlt|fehlte)\s+(?:es\s+)?(?:\w+\s+){0,3}?nicht\b|\bkein(?:en)?\s+mangel\b|"
    r"\bno\s+(?:shortage|lack)\s+of\b|\b(?:does|did|do)(?:n't|\s+not)\s+lack\b|\bnot\s+lacking\b|\blacks?\s+nothing\b",
    re.IGNORECASE,
)
LACK = re.compile(r"\b(?:mangel\w*|fehl\w*|lack\w*|shortage\w*|short of)\b", re.IGNORECASE)


def _lack_denied_agrees(statement: str, clause: str, said: str) -> bool:
    """Whether the negative side's negation denies a lack („an Geld mangelt es nicht") and the positive side
    speaks of no lack: both say there is enough ("money is no problem")."""
    negative, plain = (statement, clause) if said == "negative" else (clause, statement)
    return bool(LACK_DENIED.search(negative)) and not LACK.search(plain)


# a change of state: a negation after it is one that began ("has switched to not …", „ist dazu übergegangen, … nicht")
CHANGED = re.compile(
    r"\b(?:übergegangen|übergehen|umgestiegen|umgestellt|aufgehört|switched to|moved to|stopped|gave up|"
    r"has given up|no longer)\b",
    re.IGNORECASE,
)


DENIED_EQUAL = re.compile(DENIED_AS, re.IGNORECASE)


def _denied_equal_agrees(statement: str, clause: str, said: str) -> bool:
    """Whether the negative side's only negation denies an equality ("not nearly as popular as") and the positive
    side says "less … than": both compare, and the same way."""
    negative, plain = (statement, clause) if said == "negative" else (clause, statement)
    m = DENIED_EQUAL.search(negative)
    if not m or polarity(negative[: m.start()] + " " + negative[m.end() :]) != "positive":
        return False
    compared = degree(plain)
    return compared is not None and compared[0] == "less"


# a negation of how often or how fully ("nicht immer", "not regularly", „nicht alle") denies only in part
HOW_OFTEN = (  # how often or how fully something is done
    r"regelmäßig|immer|oft|häufig|ständig|unbedingt|vollständig|komplett|always|regularly|often|necessarily|entirely|"
    r"completely|fully"
)
PARTIAL = re.compile(
    rf"\b(?:nicht|not|never|nie)\s+(?:mehr\s+|more\s+|longer\s+)?(?:{HOW_OFTEN}|jede[nmrs]?|alle|überall|every|all|"
    r"everywhere)\b",
    re.IGNORECASE,
)

# … and a claim that itself says how often or how fully, wherever the adverb stands ("can no longer attend regularly")
PARTLY = re.compile(
    rf"\b(?:{HOW_OFTEN}|jedes mal|every time|each time)\b|\b(?:nicht|not)\s+(?:alle|all|every|jede[nmrs]?)\b",
    re.IGNORECASE,
)


# a negated attribute names a kind of thing, not a denial: „nicht eingetragene Initiativen“
NEGATED_ATTRIBUTE = re.compile(r"\b(?:[Nn]icht|[Kk]aum)\s+([a-zäöüß]{3,}(?:e|en|er|es|em))(?=\s+[A-ZÄÖÜ])")


def _shared_attributes(statement: str, clause: str) -> tuple[str, str]:
    """Both texts without the negation of each negated attribute they share: „nicht eingetragene Initiativen können
    keinen Antrag stellen" denies the application, not the register."""
    said = {m.group(1).lower() for m in NEGATED_ATTRIBUTE.finditer(statement)}
    shared = said & {m.group(1).lower() for m in NEGATED_ATTRIBUTE.finditer(clause)}
    if not shared:
        return statement, clause

    def strip(text: str) -> str:
        return NEGATED_ATTRIBUTE.sub(lambda m: m.group(1) if m.group(1).lower() in shared else m.group(0), text)

    return strip(statement), strip(clause)


def polarity_reason(statement: str, clause: str) -> str:
    """The reason the statement and the clause it is about differ in polarity, or ""."""
    statement, clause = _shared_attributes(statement, clause)
    # a litotes is read as a negation where the other side states such a quality plainly ("not easy" / „leicht“),
    # not where both deny one ("not difficult" / „kein Problem“)
    if _opposites_agree(statement, clause) or _opposites_agree(clause, statement):
        return ""  # "leading 900 people is hard" is „keine leichte Aufgabe“
    kept: frozenset[str] = frozenset()
    if _plain_litotes(clause) or _plain_litotes(statement):
        kept = frozenset(w for w in re.findall(r"\w+", f"{statement} {clause}".lower()) if w in _litotes())
    said, stated = polarity(statement, kept), polarity(clause, kept)
    # an un-word is the denial of its plain word: "unübersetzt lassen" is „nicht übersetzen", "unpaid" "not paid"
    unsaid = said == "positive" and stated == "negative" and _un_denial(statement, clause)
    unsaid = unsaid or (stated == "positive" and said == "negative" and _un_denial(clause, statement))
    if unsaid:
        said = stated = "negative"
    if said == stated and not unsaid and (opposed := _un_opposed(statement, clause)):
        return f"evidence says {opposed[1]!r}, claim says {opposed[0]!r}"  # "sicher" against „unsicher“
    if said == stated == "positive" and (opposed := free_opposed(statement, clause)):
        return f"evidence says {opposed[1]!r}, claim says {opposed[0]!r}"  # „versteuert“ against „steuerfrei“
    if said == stated == "positive" and (opposed := quality_opposed(statement, clause)):
        return f"evidence says {opposed[1]!r}, claim says {opposed[0]!r}"  # "easier" against „schwieriger“
    partial = PARTIAL.search(clause)
    if said == stated != "positive" and partial and not PARTLY.search(statement):
        # "nicht mehr regelmäßig teilnehmen" is no "can no longer attend any": the evidence denies only in part
        return f"evidence denies only in part: {partial.group(0)!r}"
    if said == stated == "positive" and any(
        _needs(a) and LACKING.search(b) and not _needs(b) for a, b in ((clause, statement), (statement, clause))
    ):
        return "negated on one side only"  # "who lack a form may climb" against „ohne Formular darf … nicht"
    if said == stated == "positive" and _contrasts(statement) and not _contrasts(clause) and not _denies(clause):
        # "not as an end in itself but as a tool" denies the first: a clause that denies nothing doesn't bear it out
        return "negated on one side only"
    if said == stated == "positive" and (denied := _contrast_denied(statement, clause)):
        return f"the evidence denies it: {denied!r}"  # „als Selbstzweck“ against „nicht als Selbstzweck, sondern …“
    if said == stated or (said == "negative" and stated in ("no_longer", "not_yet")):
        return ""
    if {said, stated} == {"positive", "negative"} and _contrast_agrees(
        statement if said == "negative" else clause, clause if said == "negative" else statement
    ):
        return ""  # „nicht als Selbstzweck“ is what „nicht als Selbstzweck, sondern als Technologie“ denies
    if {said, stated} == {"positive", "negative"} and any(
        _needs(a) and LACKING.search(b) for a, b in ((clause, statement), (statement, clause))
    ):
        return ""  # "who lack a form may not climb" is „ohne Formular darf … nicht klettern“
    if {said, stated} == {"positive", "negative"} and _privative_agrees(statement, clause):
        return ""  # „ohne Abgase" is „abgasfrei", "without fees" is "fee-free"
    if {said, stated} == {"positive", "negative"} and PROHIBITED.search(statement if said == "positive" else clause):
        return ""  # "banned" is "no work may take place", „verboten“ „nicht erlaubt“
    if {said, stated} == {"positive", "negative"} and _lack_denied_agrees(statement, clause, said):
        return ""  # „an Geld mangelt es nicht" is "money is no problem"
    if {said, stated} == {"positive", "negative"} and _denied_equal_agrees(statement, clause, said):
        return ""  # "not nearly as popular as" is „deutlich weniger beliebt als“
    if said == "not_yet" and stated == "negative" and STILL.search(clause):
        return ""  # „davon sind wir noch weit entfernt“ is "not yet reached": still not
    if said == "no_longer" and stated == "negative" and CHANGED.search(clause):
        return ""  # „Mittlerweile bin ich dazu übergegangen, … nicht … zu übersetzen“: no longer translating
    if "positive" in (said, stated):
        return "negated on one side only"
    names = {"no_longer": "no longer", "not_yet": "not yet", "negative": "not"}
    return f"evidence says {names[stated]!r}, claim says {names[said]!r}"


STILL = re.compile(r"\b(?:noch|nach wie vor|still|yet)\b", re.IGNORECASE)


# --- absolutes ------------------------------------------------------------------------------


def absolutes(text: str, lx: Lexicon) -> dict[str, str]:
    """The absolute quantifiers of ``text`` by meaning, each with the word as written."""
    _, low = _masked(text, lx)
    out = {}
    for meaning, pattern in lx.absolutes.items():
        m = re.search(pattern, low)
        if m:
            out[meaning] = m.group(0)
    return out


def absolute_reasons(statement: str, language: Lang, span: str) -> list[str]:
    """Why the span doesn't bear out the statement's absolute quantifiers: none of the same meaning, or (in the
    same language) one over another noun: "jeden Tag" or "sämtliche Beteiligten" is no "sämtliche Hürden"."""
    lx = lexicon(language)
    said = absolutes(statement, lx)
    stated = set(absolutes(span, lexicon(guess(span))))  # an English "in total" is no German „total“
    if "all" in said and (_distributive(said["all"], statement, span) or _counted_all(said["all"], statement, span)):
        del said["all"]
    # "shut throughout the holidays, from 7 to 19 April": a period from one day to another is all of it
    if said.get("entirely", "").lower() in WHOLE_PERIOD and SPAN_OF_TIME.search(span):
        del said["entirely"]
    reasons = [f"{word!r} is not in the evidence" for meaning, word in said.items() if meaning not in stated]
    if "all" in said and "all" in stated and guess(span) == language:
        noun = next(iter(_quantified(statement, lx)), "")
        if noun and not any(_noun_in(noun, other) or _noun_in(other, noun) for other in _quantified(span, lx)):
            reasons.append(f"{said['all']!r} {noun} is not in the evidence")
    return reasons


WHOLE_PERIOD = ("throughout", "durchgehend", "durchgängig")
# a period from one day or hour to another: „vom 7. bis 19. April“, "from 7 to 19 April", "between 9 am and 5 pm"
SPAN_OF_TIME = re.compile(
    r"\b(?:vom|von|ab|from|between|zwischen)\s+(?:\w+,?\s+){0,2}?\d{1,2}\.?(?:\s+\w+)?\s+(?:bis|to|until|and|und)\s+"
    r"(?:zum\s+|zur\s+)?\d",
    re.IGNORECASE,
)


def _counted_all(word: str, statement: str, span: str) -> bool:
    """Whether "all" counts what it quantifies by a figure the span gives of the same noun, whole ("alle zwölf
    Wohnungen" for „die zwölf Wohnungen des Hauses“, not for „acht der zwölf Wohnungen“): all of a number stated is
    that number, no claim beyond it."""
    m = re.search(rf"(?<!\w){re.escape(word)}\s+(?:(?:der|die|the)\s+)?(?=\S)", statement, re.IGNORECASE)
    if not m:
        return False
    counted = [a for a in numbers.amounts(statement) if a.start == m.end() and a.kind == "number"]
    if not counted:
        return False
    noun = numbers.counted(statement, counted[0])
    return bool(noun) and any(
        a.kind == "number"
        and a.value == counted[0].value
        and found(noun, numbers.counted(span, a) or "-")
        and not COUNTED_PART.search(span[: a.start])
        for a in numbers.amounts(span)
    )


COUNTED_PART = re.compile(r"\b\w+\s+(?:der|von|of|of the|out of)\s+$", re.IGNORECASE)  # „acht der zwölf“


# how often, hedged: a span that says "often" or „meistens“ does not bear out "always" or „nie“
HEDGED = re.compile(
    r"\b(?:häufig|oft|oftmals|öfters?|meist|meistens|vielfach|manchmal|gelegentlich|selten|mitunter|in der regel|"
    r"often|usually|mostly|generally|sometimes|occasionally|rarely|seldom|typically|frequently|as a rule)\b",
    re.IGNORECASE,
)


def hedged_reasons(statement: str, language: Lang, span: str) -> list[str]:
    """A statement that says something happens always or never („immer“, "never") is not borne out by a span that
    says how often with a hedge ("often", „häufig“, „selten“), whatever else of the span says "always"."""
    said = absolutes(statement, lexicon(language)).get("always")
    if not said or HEDGED.search(statement):
        return []
    m = HEDGED.search(span)
    return [f"evidence says {m.group(0)!r}, claim says {said!r}"] if m else []


# a figure for each one of a kind: „20 Euro pro Halbjahr“, "£5 per person", „je zwei Plätze“
RATE = re.compile(r"\b(?:pro|je|jeweils|per|apiece)\b", re.IGNORECASE)


def _distributive(word: str, statement: str, span: str) -> bool:
    """Whether "each" / „jede“ hands out a figure that the span gives per one ("each family pays 20 euros per
    half-year" for „20 Euro pro Halbjahr“): a share of a rate, not a claim about all of them."""
    return word.lower().startswith(("each", "jede")) and numbers.has_number(statement) and bool(RATE.search(span))


def superlative_reasons(statement: str, language: Lang, span: str) -> list[str]:
    """A superlative the statement gives outright ("the largest firm", „die größte Firma“) is not borne out by a
    span that has none, or only "one of the largest" / „eine der größten“ / „zu den größten“."""
    said = _superlatives(statement, language)
    if not said or said[0][1]:  # none, or the statement says "one of" itself
        return []
    stated = [s for lx in lexicons() for s in _superlatives(span, lx.language)]
    if not stated:
        return [f"the evidence states no superlative: {said[0][0]}"]
    if all(among for _, among in stated):
        return [f"the evidence says one of: {stated[0][0]}, claim says {said[0][0]}"]
    return []


SUPERLATIVE = {
    "en": re.compile(
        r"\b(?P<among>(?i:one|some|two|three|several) of\s+)?(?i:the|its|their|his|her)\s+(?:(?:single|very|sole)\s+)?"
        # "one of the biggest and most valuable firms": the last of coordinated superlatives
        r"(?:(?:[a-z]{2,}est|most\s+[a-z]+),?\s+(?:and|or)\s+)?"
        r"(?P<word>(?!(?:interest|forest|request|contest|protest|guest|west|rest|test|chest|nest|pest|latest)\b)"
        r"[a-z]{2,}est|most\s+[a-z]+|best|worst|biggest)\b"
    ),
    "de": re.compile(
        r"\b(?P<among>(?i:eine[rsmn]?|einige|zwei|drei)\s+(?:der|des)\s+|zu\s+den\s+)?(?i:der|die|das|den|dem|des|am)?\s*"
        # „zu den wettbewerbsfähigsten und wertvollsten Firmen“: the last of coordinated superlatives
        r"(?:[a-zäöüß]{2,}(?:st|ßt)en,?\s+(?:und|oder)\s+)?"
        r"(?P<word>(?!(?:erst|letzt|meist|nächst|sonst|mindest|best)e[nmrs]?\b)"
        r"[a-zäöüß]{2,}(?:st|ßt)e[nmrs]?|beste[nmrs]?)(?=\s+[A-ZÄÖÜ])"
    ),
}


def _superlatives(text: str, language: Lang) -> list[tuple[str, bool]]:
    """Each superlative of ``text`` before a noun with whether it is one among several ("one of the largest")."""
    rx = SUPERLATIVE.get(language)
    if not rx:
        return []
    # "at the earliest", "at the latest", "at the most": a bound, no superlative of a thing
    return [
        (m.group("word"), bool(m.group("among"))) for m in rx.finditer(text) if not AT_THE.search(text[: m.start()])
    ]


AT_THE = re.compile(r"\bat\s*$", re.IGNORECASE)


QUANTIFIED = 3  # words after a quantifier that may hold its noun ("alle großen deutschen Händler")


def _quantified(text: str, lx: Lexicon) -> list[str]:
    """What each "all" quantifier of ``text`` quantifies: the next noun (German: capitalised; English: a
    word that is no function word)."""
    low, masked = _masked(text, lx)
    out = []
    for m in re.finditer(lx.absolutes["all"], masked):
        words = [w.strip(".,;:!?()„“\"'") for w in low[m.end() :].split()[: QUANTIFIED + 1]]
        lowered = [w.lower() for w in words]
        if lowered[:1] in (["one"], ["davon"]) or (lowered[:1] == ["of"] and lowered[1:2] and lowered[1] in PRONOUNS):
            continue  # "each one", "each of them", "all of it": what they stand for is elsewhere
        words = words[1:] if lowered[:1] == ["of"] else words[:QUANTIFIED]  # "all of its invoices"
        if lx.language == "de":  # a German noun is capitalised: "jeden Tag", "alle großen Händler"
            nouns = [w for w in words if len(w) >= 3 and w[:1].isupper()]
        else:
            nouns = [w for w in words if len(w) >= 4 and w.lower() not in _stop() and not numbers.has_number(w)]
        out += nouns[:1]
    return out


PRONOUNS = frozenset({"them", "it", "us", "these", "those", "you"})


def _masked(text: str, lx: Lexicon) -> tuple[str, str]:
    """``text`` with its spaces made single, and the same in lower case with the phrases that only look absolute
    blanked ("nicht nur", "all sorts of"): of the same length, so that positions agree."""
    plain = " ".join(text.split())
    masked = plain.lower()
    if lx.absolute_exceptions:
        masked = re.sub(lx.absolute_exceptions, lambda m: " " * len(m.group(0)), masked)
    return plain, masked


def guess(text: str) -> Lang:
    from bot import lang

    return lang.detect(text).language
