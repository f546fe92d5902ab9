"""Who did what: a statement that ties a person or organisation to a role or an act (wrote, founded, heads,
analysed, said, presented, cooperates) needs a span sentence that ties the same holder to the same role. The
holder is read from word order and the words around the role word (a German finite verb's subject, "von X",
"X's CEO", a copula), the role's object from "Chef von X" / "Alibaba-Chef"; parenthesised source lines tie no
one to a role, but name who said the quoted words before them. Leaves out: a parser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import takewhile

from bot import tagger
from bot.facts import (
    COGNATE,
    COPULA,
    PARENS,
    QUOTES,
    Name,
    found,
    groups_in,
    guess,
    lexicons,
    names_of,
    role_word,
    unpossessed,
)
from bot.lexicon import Lexicon
from bot.records import Lang


@dataclass(frozen=True)
class Role:
    role: str
    holder: str  # the name holding the role ("" when the sentence names none)
    of: str = ""  # what the role is of, where the sentence says: "Chef von Alibaba", "Alibaba-Chef"


# roles a question may ask the holder of ("Who designed …", "Which organisation paid for …") that a claim's check
# does not read: "Amazon designs its offers from the customer" states no designer
ASKED_ONLY = frozenset({"design", "fund"})


def roles(text: str, language: Lang, corpus: set[str]) -> list[Role]:
    """Who holds which role in ``text`` (parenthesised source lines left out)."""
    text = PARENS.sub(lambda m: " " * len(m.group(0)), text)
    names = [n for n in names_of(text, language, corpus) if not _inside(QUOTES, text, n.start)]
    out = []
    for lx in lexicons():
        if (
            lx.byline
            and re.match(lx.byline, text, re.I)
            and not re.match(r"(?:posted|published|veröffentlicht)", text, re.I)
        ):
            # a byline states who wrote the article: "By Tom Reed | 4 March 2024", „Geschrieben von Eva Roth“
            out += [Role("author", n.text) for n in names if not n.place][:1]
        for role, pattern in lx.roles.items():
            if role in ASKED_ONLY:
                continue
            for m in re.finditer(pattern, text, re.I):
                holder = _finite_subject(text, m.start(), names) if lx.language == language == "de" else ""
                holder = holder or _holder(text, m.start(), m.end(), names, lx, language)
                out.append(Role(role, holder, _object(text, m.start(), m.end(), names, lx)))
    return out


def _finite_subject(text: str, start: int, names: Sequence[Name]) -> str:
    """German, a role word at the end of its clause ("… hat X ins Leben gerufen"): the name beside the
    finite verb before it is the holder ("Jack Ma hat …", "… hat Maria Keller geschrieben"); a passive
    ("wurde … gegründet") has none, its agent is found by ``_holder``."""
    tokens = tagger.tokens(text, "de")
    cue = next((t for t in tokens if t.start == start), None)
    if cue is None or cue.kind == "finite" or cue.text[:1].isupper() or cue.text.lower() in PREPOSITIONS:
        return ""  # a preposition's holder is its object: "Für Amazon hat laut Herbrich …"
    before = [t for t in tokens if t.end <= start]
    clause = before[max((i + 1 for i, t in enumerate(before) if t.text in (",", ";", ":")), default=0) :]
    finite = next((t for t in reversed(clause) if t.kind == "finite"), None)
    if finite is None or (finite.lemma in ("werden", "sein") and re.match(r"(wurde|wird|worden|ist)", finite.text)):
        return ""
    for n in names:
        gap = text[n.end : finite.start] if n.end <= finite.start else text[finite.end : n.start]
        if not gap.strip() and n.start >= (clause[0].start if clause else 0):
            return " ".join(w for w in n.text.split() if not any(role_word(p) for p in w.split("-")))
    return ""


def _object(text: str, start: int, end: int, names: Sequence[Name], lx: Lexicon) -> str:
    """What a role word's role is of: "Chef von Alibaba", "CEO of Amazon", "Alibaba-Chef", "Amazon's CEO"."""
    for n in names:
        if n.start < start < n.end and "-" in text[n.start : start]:
            return text[n.start : start].split()[-1].strip("-")  # "Alibaba-Chef"
        gap = text[end : n.start] if n.start >= end else text[n.end : start]
        if n.start >= end and re.fullmatch(
            rf"\s*{lx.object_markers}\s*(?:(?:der|die|das|dem|den|des|the)\s+)?", gap, re.I
        ):
            return _owned(text, n, names)
        if n.end <= start and not gap.strip(" ") and re.search(r"(’s|'s|s’|’)$", n.text):
            return unpossessed(n.text)
    return ""


def _owned(text: str, owner: Name, names: Sequence[Name]) -> str:
    """The name a possessive name leads to, where the phrase goes on to one ("Alibaba's logistics arm Cainiao
    Network", „Alibabas Logistiktochter Cainiao“: Cainiao), else the name itself."""
    if not re.search(r"(’s|'s|s’|s)$", owner.text):
        return owner.text
    for n in names:
        between = text[owner.end : n.start]
        if n.start > owner.end and re.fullmatch(r"(?:\s+[^\W\d_][\w-]*){1,3}\s+", between):
            words = between.split()
            english = re.search(r"(’s|'s|s’)$", owner.text)
            if all(w.islower() for w in words) if english else all(w[:1].isupper() for w in words):
                return n.text
    return owner.text


def _inside(rx: re.Pattern[str], text: str, at: int) -> bool:
    return any(m.start() < at < m.end() for m in rx.finditer(text))


# what stands between a holder and its role noun in "X is (the) (Y's) role" / "X ist (die) Rolle"
COPULA_ROLE = re.compile(
    r"\s+(?:is|was|has been|ist|war|wird|wurde)\s+(?:(?:the|a|an|der|die|das|ein|eine|neuer|neue)\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+)?(?:’s|'s|s’)\s+)?(?:(?:new|former|neue|neuer|ehemalige|ehemaliger)\s+)?",
    re.IGNORECASE,
)


# an owner's role noun before the holder in apposition: "’s operations director, "
OWNED_ROLE = re.compile(r"(?:’s|'s|’|')?\s+(?:[\w-]+\s+){0,3}[\w-]+,\s*")
# a comma-enclosed phrase between a subject and its verb ("Vogt, Logistikchef bei Kallisto, sagt")
APPOSITION = re.compile(r"\s*,[^,.;:!?]{3,80},\s*")
POSTPOSITIONS = ("zufolge",)  # a word of saying after its holder
PREPOSITIONS = ("laut", *POSTPOSITIONS)  # words of saying that take their holder as object, not as subject
# nouns of a view, held by the name before them: "Vogt's view", „Vogts Einschätzung“
VIEWS = ("view", "opinion", "estimate", "assessment", "einschätzung", "meinung", "ansicht", "auffassung", "worten")
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.I)  # "was (jointly) founded"


# a role one is elected or appointed to: „wurde zum Vorsitzenden gewählt", "was appointed as chair"
APPOINTED_BEFORE = re.compile(
    r"\b(?:zum|zur|als|as|elected|appointed|named)\s+(?:(?:the|its|their|new|neuen?)\s+){0,2}$", re.I
)
APPOINTED = re.compile(
    r"\b(?:gewählt|wählt|wählen|wählte|wählten|ernannt|ernennt|ernannte|berufen|bestimmt|bestellt|elected|elects|"
    r"appointed|appoints|named|chosen|voted in)\b",
    re.I,
)


# the start of what a role is of, in either language ("Head of Sales" is an English post in German texts too)
OF_WHAT = re.compile(
    r"\s*(?:(?P<of>of|at|for|von|vom|bei|für)\s+)?(?:its|their|his|her|the|der|die|das|des|dem|den)\s", re.I
)
OF = re.compile(r"\b(?:of|at|for|von|vom|bei|für)\s*$", re.I)  # a role word that ends with its "of" ("head of")


def _holder(text: str, start: int, end: int, names: Sequence[Name], lx: Lexicon, language: Lang) -> str:
    """The name holding the role whose word is at ``start``–``end``: the name right beside the word
    ("CEO Andy Jassy", "laut Herbrich", "Jack Ma, dem Chef"), a passive's agent ("von/by X"), else
    the nearest name within two words that is not the role's object ("CEO of X", "Briefe von X", "X's")."""
    best: tuple[int, int, str] | None = None
    cue = text[start:end]
    clause_start = max(text.rfind(c, 0, start) for c in ",;.") + 1
    clause = text[clause_start:start] + re.split(r"[,;.]", text[start:], maxsplit=1)[0]
    if APPOINTED_BEFORE.search(text[:start]) and APPOINTED.search(clause):
        # „Brenner wurde zum Vorsitzenden gewählt", "Ames was appointed chair": the clause's subject holds it
        subject = [n for n in names if clause_start <= n.start and n.end <= start and not n.place]
        if not subject:
            return ""
        end_of = subject[0].end  # „Matthias Brenner", whose two names the tagger may part
        for n in subject[1:]:
            if text[end_of : n.start].strip():
                break
            end_of = n.end
        return text[subject[0].start : end_of]
    if cue.lower() in POSTPOSITIONS:  # "Herbrich zufolge": the name right before, or none ("Dem Autor zufolge")
        # … but not a genitive attribute of a role noun: „Dem Vorsitzenden des Trusts zufolge"
        return next(
            (
                n.text
                for n in names
                if n.end <= start
                and not text[n.end : start].strip()
                and not re.search(r"[A-ZÄÖÜ]\w+\s+(?:des|der)\s+$", text[: n.start])
            ),
            "",
        )
    if cue.lower() in VIEWS:  # "In Vogt's view", „Nach Vogts Einschätzung“; „nach Ansicht von Vogt“ below
        owner = next((n for n in names if n.end <= start and not text[n.end : start].strip(" ’'s")), None)
        if owner is not None:  # „Vogts“: a German genitive has no apostrophe
            name = unpossessed(owner.text)
            return re.sub(r"(?<=[^s])s$", "", name) if language == "de" else name
    if re.search(r"(?:^|[,(–—-])\s*so\s+$", text[:start], re.I):  # „In Kiel, so berichtet Vogt, …“: the name after
        return next((n.text for n in names if n.start >= end and not text[end : n.start].strip()), "")
    if cue.lower() in PREPOSITIONS or re.search(r"\bto$", cue, re.I):
        # "laut Vogt", "according to (analyst) Tom Reed": the name right after, never one before ("will Kallisto
        # laut Vogt …"), or none ("laut dem Bericht")
        return next(
            (n.text for n in names if n.start >= end and re.fullmatch(r"\s*(?:[\w-]+\s+)?", text[end : n.start])), ""
        )
    if lx.language == "en" and PASSIVE.search(text[:start]):
        # "X was founded in 2017 by Y": Y, if the clause names one; X is what was founded
        clause = re.split(r"[,;.]", text[end:], maxsplit=1)[0]
        by = re.search(rf"{lx.passive_agent}\s+", clause, re.I)
        later = [n for n in names if by and end + by.end() <= n.start <= end + len(clause)]
        return later[0].text if later else ""
    verb = (
        lx.language == "en"
        and not re.search(r"\b(to|in)$", cue, re.I)  # "according to Kreutzer": the holder follows
        and any(t.start == start and t.kind in ("finite", "verb") for t in tagger.tokens(text, "en"))
    )
    noun = (lx.language == "de" and cue[:1].isupper() and start > 0) or (
        lx.language == "en" and any(t.start == start and t.kind in ("noun", "name") for t in tagger.tokens(text, "en"))
    )
    if lx.language == "de" and not cue[:1].isupper() and re.search(r",[\"”“»«’']?\s*$", text[:start]):
        # „…, sagt Vogt": the speaker right after the verb of a quote
        speaker = next((n for n in names if n.start >= end and not text[end : n.start].strip()), None)
        if speaker is not None and not speaker.place:
            return speaker.text
    for n in names:
        if n.start < start < n.end and text[end : n.end].strip(" -"):
            return text[end : n.end].strip(" -")  # "Alibaba-Chef Jack Ma": the name after the role word
        if start <= n.start < end or n.start < start < n.end:
            continue
        before = text[: n.start].rstrip()
        after = text[n.end : n.end + 3]
        possessive = bool(re.match(r"(’s|'s|’|')", after) or re.search(r"(’s|'s|s’|’|')$", n.text))
        gap = text[n.end : start] if n.end <= start else text[end : n.start]
        words = re.findall(r"\w+", gap)
        agent = bool(lx.passive_agent) and re.search(rf"{lx.passive_agent}\s*$", before, re.I)
        if n.start > end and (of := OF_WHAT.match(gap)) and (of.group("of") or OF.search(cue)):
            continue  # what the role is of: "head of its German centre", „Leiter des Kölner Werks"
        if n.start > end and lx.passive_agent and re.fullmatch(rf"\s*{lx.passive_agent}(?:\s+\w+)?\s*", gap, re.I):
            return n.text  # "written by (analyst) Tom Reed", "gegründet von Eva Roth"
        if agent and n.end <= start and lx.language == "de" and not _after_noun(before, "de"):
            return n.text  # "wurde von Jack Ma, dem Chef von Alibaba, ins Leben gerufen"
        after_marker = bool(lx.object_markers) and bool(re.search(rf"{lx.object_markers}\s*$", before, re.I))
        if n.end <= start and not text[n.end : start].strip():
            # "Stefan Rehberg vom Bankhaus Ellerbrock sagt": the bank is what the speaker is of, not the speaker
            owner = next(
                (
                    o
                    for o in names
                    if o.end <= n.start
                    and re.fullmatch(rf"\s*{lx.object_markers}\s+(?:[\w-]+\s+)?", text[o.end : n.start], re.I)
                ),
                None,
            )
            if owner is not None:
                return owner.text
        marked = after_marker and (words or "," in gap)  # "bei Kallisto(,)": what a role is of, not its holder
        others = any(n.end < o.start and o.end <= start for o in names)  # "in Kiel, Vogt says": Vogt's, not Kiel's
        if (
            n.end <= start
            and re.fullmatch(r"\s*,\s*(?:\w+\s+)?", gap)
            and not (possessive or others or (after_marker and not noun))
            and not n.place  # "… die Kunden in Kiel, sagt Vogt": a place ends the clause quoted
        ):
            return n.text  # an apposition: "Ralf Herbrich, Direktor …", "Jack Ma, dem Chef von Alibaba"
        if n.end <= start and APPOSITION.fullmatch(gap) and not possessive and not after_marker:
            return n.text  # the subject before an apposition: "Vogt, Logistikchef bei Kallisto, sagt"
        if n.start > end and verb and not words and re.search(r",[\"”“»«’']?\s*$", text[:start]):
            # the speaker after the verb of a quote: "…, says Vogt", "„…,“ said Vogt"; after an owner's role, the
            # name in apposition: "said Dunmere Water's operations director, Lucy Harkness"
            if possessive:
                apposed = next(
                    (o for o in names if o.start > n.end and OWNED_ROLE.fullmatch(text[n.end : o.start])), None
                )
                return apposed.text if apposed else n.text
            return n.text
        if n.start > end and noun and not possessive and _apposed_holder(gap, lx.language):
            return n.text  # a role noun and its holder in apposition: "Brindlemoor's chief executive, Colin Ferrand"
        if n.end <= start and not possessive and COPULA_ROLE.fullmatch(gap):
            return n.text  # a copula: "Eva Roth is Nordlicht's chief executive", "Eva Roth ist die Chefin"
        if marked or possessive or len(words) > 2 or (n.start > end and verb):
            continue  # an English verb's object follows it: "Eva Roth leads Nordlicht"
        if noun and any(w.lower() not in COPULA for w in words):
            continue  # a role noun's holder stands beside it: "der Autor Steve Anderson", "X is the author"
        if n.start > end and re.search(r"[,:;]|\b(dass|that)\b", gap):
            continue  # "Der Autor meint, Amazon sollte …": Amazon is what is said, not who says it
        if n.end <= start and re.search(r"\b(?:von|vom|des|der)\s*$", before, re.I) and _after_noun(before, "de"):
            continue  # „… die Briefe von Jeff Bezos untersucht“: whose letters they are, not who examines them
        if n.place:
            continue  # "rendering it in German, having found that …": a place or a language, not who holds the role
        rank = (len(words), 0 if n.end <= start else 1, n.text)
        best = rank if best is None or rank < best else best
    return best[2] if best else ""


def _apposed_holder(gap: str, language: Lang) -> bool:
    """Whether ``gap`` (between a role word and a name after it) makes the name an apposition: a comma alone, or
    after the rest of an English title ("chief executive, "), never after a verb („Der Autor meint, Amazon …")."""
    m = re.fullmatch(r"\s*([a-z][\w-]*)?\s*,\s*", gap)
    if not m:
        return False
    word = m.group(1)
    return not word or (language == "en" and all(t.kind == "noun" for t in tagger.tokens(word, "en")))


def _after_noun(before: str, language: Lang) -> bool:
    """Whether the preposition ending ``before`` follows a noun ("Briefe von"), making it a genitive."""
    words = before.split()
    if len(words) < 2:
        return False
    prev = tagger.tokens(words[-2], language)
    return bool(prev) and prev[-1].kind in ("noun", "name")


def role_reasons(
    statement: str,
    language: Lang,
    span_sentences: Sequence[str],
    corpus: set[str],
    head: str,
    same: Callable[[str, str], bool],
    before: str = "",
) -> list[str]:
    """Why the span doesn't tie the statement's holder to the statement's role. ``before`` is the text right
    before the span: it names whom "he", "she" or "the company" stands for."""
    reasons = []
    claimed = [r for r in roles(statement, language, corpus) if r.holder]
    stated = [r for s in span_sentences for r in roles(s, guess(s), corpus)]
    for r in dict.fromkeys(claimed):
        holders = [s.holder for s in stated if s.role == r.role and s.holder]
        held = [s for s in stated if s.role == r.role and s.holder and same(r.holder, s.holder)]
        if held and r.of and all(s.of and not same(r.of, s.of) for s in held):
            reasons.append(f"the evidence ties {r.holder} to {held[0].of}, not {r.of}")
            continue
        if held:
            continue
        sources = [n for s in span_sentences for n in _sources(s, corpus)] if r.role in ("say", "author") else []
        if sources:  # quoted words with their source: the source's person said them
            if not any(same(r.holder, n) for n in sources):
                reasons.append(f"the evidence attributes these words to {sources[0]}, not {r.holder}")
        elif holders:
            reasons.append(f"the evidence gives the role to {holders[0]}, not {r.holder}")
        elif r.role == "attitude":
            # what someone wants or likes: their own words (the head names who speaks) or words about them
            surname = r.holder.split()[-1]
            if not found(surname, head) and not any(found(surname, s) for s in span_sentences):
                reasons.append(f"the evidence doesn't name {r.holder} for this ({r.role})")
        elif r.role == "say":
            # the span is the words of the article's speaker or author, named in its head; a span that
            # names them itself (without a word of saying) is about them, not their words; a speaker the span
            # leaves unnamed ("He said …", "the company says") is the one named right before or in the span
            surname = r.holder.split()[-1]
            unnamed = any(s.role == "say" and not s.holder for s in stated)
            if unnamed and (found(surname, before) or any(found(surname, s) for s in span_sentences)):
                continue
            if not found(surname, head) or any(found(surname, s) for s in span_sentences):
                reasons.append(f"the evidence doesn't say that {r.holder} says this")
        elif not any(s.role == r.role for s in stated):
            reasons.append(f"the evidence doesn't tie {r.holder} to this ({r.role})")
        else:
            reasons.append(f"the evidence doesn't name {r.holder} for this ({r.role})")
    return reasons


def unnamed_speaker(text: str) -> bool:
    """Whether ``text`` has words of saying whose speaker it doesn't name ("He said …", „Das Unternehmen
    erklärte …")."""
    return any(r.role == "say" and not r.holder for r in roles(text, guess(text), set()))


def _sources(sentence: str, corpus: set[str]) -> list[str]:
    """The names of a source line in parentheses after quoted words: "(2008 Bezos’ Letter to Shareowners)",
    „(Jack Ma, 2019)“."""
    out = []
    for m in PARENS.finditer(sentence):
        inner = m.group(0)[1:-1]
        for n in names_of(inner, guess(inner), corpus):
            owner = next((w for w in n.text.split() if re.search(r"(’s|'s|s’|’)$", w)), "")
            if not n.place:
                out.append(re.sub(r"(’s|'s|’|')$", "", owner) if owner else n.text)
    return out


# --- who acts on whom -------------------------------------------------------------------------------------

PREPOSITION_TAGS = frozenset({"APPR", "APPRART", "APPO", "PRP"})  # STTS and C5 prepositions ("of" is PRF)
NP_TAGS = frozenset(
    {"ART", "ADJ(A)", "ADV", "KOKOM", "CARD", "PPOSAT", "PIAT", "PDAT", "AT0", "AJ0", "AJC", "AJS", "AV0", "CRD", "DPS",
     "DT0"}
)  # fmt: skip
PRONOUNS = frozenset({"PPER", "PDS", "PIS", "PNP", "PNI", "PNX", "PNQ"})  # they act, but match no noun
CLAUSE_END = frozenset({"KON", "CJC", "KOUS", "KOUI", "CJS", "$,", "$(", "$.", "PUN"})
# the one who acts, in a passive or after a deverbal noun: "vom Assistenten angerufen", "approval from the council"
AGENT = frozenset({"von", "vom", "durch", "seitens", "by", "from"})
PASSIVE_FORMS = {"de": ("werden", "VV(PP)"), "en": ("be", "VVN")}
GENITIVE = frozenset({"des", "der", "eines", "einer"})


@dataclass(frozen=True)
class Actors:
    subject: str  # the noun that acts: the first noun outside a prepositional phrase in the first clause
    others: tuple[str, ...]  # the clause's other nouns: objects and nouns after a preposition
    oblique: tuple[str, ...]  # the nouns after a preposition (not "von/by", which may name the one who acts)
    named: bool = False  # the one who acts is a name ("Velo übernahm Kallisto"), not a common noun


def actors(text: str, language: Lang) -> Actors | None:
    """The first clause's acting noun and the nouns acted on, by word order and prepositions (STTS/C5 tags);
    None for a passive or a clause without a finite verb. German: the first free noun before the finite verb,
    else the first after it ("Bei der Vorführung rief ein Kunde beim Assistenten an": Kunde; Assistent is
    oblique). English: the free noun before the finite verb."""
    tokens = tagger.tokens(text, language)
    finite = next((i for i, t in enumerate(tokens) if t.kind == "finite"), None)
    if finite is None:
        return None
    end = next((i for i in range(finite + 1, len(tokens)) if tokens[i].tag in CLAUSE_END), len(tokens))
    clause = tokens[:end]
    auxiliary, participle = PASSIVE_FORMS[language]
    if any(t.lemma.lower() == auxiliary for t in clause if t.kind == "finite") and any(
        t.tag == participle for t in clause
    ):
        return None
    free: list[tuple[int, str, bool]] = []  # position, lemma, whether a common noun (not a name or pronoun)
    oblique: list[str] = []
    for i, t in enumerate(clause):
        if i and re.search(r"(?:’s|'s)$", clause[i - 1].text) and t.text[:1].isalpha():
            t = tagger.Token(t.text, t.start, t.end, t.text, "NN1", "noun")  # "Alibaba's assistant": the noun
        acting = t.kind in ("noun", "name") or t.tag in PRONOUNS
        if not acting or re.search(r"(?:’s|'s|’|')$", t.text):
            continue
        if t.text.endswith("-") or (i + 1 < len(clause) and clause[i + 1].text == "-"):
            continue  # a compound's first part shared with the next one („Tierschutz- und Familienliste“)
        j = i - 1
        while j >= 0 and clause[j].tag in NP_TAGS:
            j -= 1
        before = clause[j] if j >= 0 else None
        if before is not None and before.tag in PREPOSITION_TAGS:
            if before.text.lower() in AGENT:
                return None  # "von X": X may be the one who acts
            oblique.append(t.lemma)
        elif (
            before is not None
            and before.kind == "noun"
            and (j + 1 == i or clause[j + 1].text.lower() in GENITIVE)
            and not re.search(r"(?:’s|'s)$", before.text)  # "Alibaba's assistant": the assistant, owned
        ):
            continue  # a genitive attribute ("im Namen des Versandhauses"), a compound's part: of the noun before
        elif before is not None and before.text in (",", "–", "(") and not (language == "en" and i + 1 == finite):
            # an apposition ("In den Krausenhöfen, unserem Entwicklungszentrum, …"): the noun before; in English a
            # noun right before the finite verb is its subject ("During the test, a customer phoned …")
            continue
        else:
            # a German noun the tagger doesn't know is a name it had to guess ("Velo übernahm Kallisto")
            free.append((i, t.lemma, t.kind == "noun" and (language != "de" or tagger.familiar(t.text, "de"))))
    first = [f for f in free if f[0] < finite]
    if not free or (language == "en" and not first):
        return None
    at, subject, common = (first or free)[0] if language == "de" else first[-1]
    if not common and clause[at].tag in PRONOUNS:
        return None  # a pronoun acts ("haben wir den Standort ausgebaut"): no noun to swap
    saying = any(re.search(lx.extra["says"], tokens[finite].text, re.IGNORECASE) for lx in lexicons())
    if not common and saying:
        return None  # "Vogt says …": the one who speaks, not one who acts on another
    others = tuple(w for _, w, _ in free if w != subject) + tuple(oblique)
    return Actors(subject, others, tuple(oblique), named=not common)


def swapped_reasons(statement: str, language: Lang, sentence: str) -> list[str]:
    """Where the sentence (in the statement's language: nouns are matched by their form) has the statement's
    acting noun acted on, and the one it acts on acting: "Der Assistent rief bei einem Kunden an" makes no
    "Ein Kunde rief beim Assistenten an"."""
    other = guess(sentence)
    said, stated = actors(statement, language), actors(sentence, other)
    # across languages a noun is the same by its group of people ("customer" / "Kunde") or as a cognate
    # ("assistant" / "Assistent")
    same = same_noun if other == language else _same_across
    if said is None or stated is None or same(said.subject, stated.subject):
        return []
    acted_on = any(same(said.subject, w) for w in stated.oblique) or (
        stated.others and any(same(said.subject, w) for w in stated.others)
    )
    acts = any(same(stated.subject, w) for w in said.others)
    if (said.named or stated.named) and not (said.named and stated.named):
        return []  # a name against a role noun ("Nordlicht's CEO is Eva Roth"): an apposition, no swap
    if acted_on and acts:
        return [f"the evidence has {stated.subject} act, not {said.subject}"]
    return []


def group_reasons(statement: str, sentence: str) -> list[str]:
    """Where the statement speaks of a group of people (customers, staff, sellers, owners, users) that the
    sentence doesn't, and the sentence of one the statement doesn't, in either language: "how much it eases
    life for its own staff" against „inwiefern sie das Leben der Kunden erleichtert“."""
    said, stated = groups_in(statement), groups_in(sentence)
    extra, instead = set(said) - set(stated), set(stated) - set(said)
    if not extra or not instead:
        return []
    group = sorted(extra)[0]
    return [f"the evidence speaks of {stated[sorted(instead)[0]]}, not {said[group]}"]


def directed_reasons(statement: str, sentence: str) -> list[str]:
    """Where the statement and the sentence name the same two things but turn round who is addressed or
    answered: "letters that shareowners wrote to Bezos" against „Briefe von Bezos an Shareowners“, "Prime Day as
    the answer to Singles Day" against „Singles Day … die Antwort auf den Primeday“. Either language."""
    said, stated = _directed(statement), _directed(sentence)
    if not said or not stated:
        return []
    for target in said:
        words = _capitalised(target)
        if not words or any(found(w, t) for w in words for t in stated):
            continue  # the sentence addresses the same
        elsewhere = any(found(w, sentence) for w in words)
        other = [w for t in stated for w in _capitalised(t) if found(w, statement) and not found(w, target)]
        if elsewhere and other:
            return [
                f"the evidence has {next(t for t in stated if any(found(o, t) for o in other))} addressed, not {target}"
            ]
    return []


DIRECTED = re.compile(
    r"\b(?:(?:answer|response|reply|reaction)s?\s+to|(?:letters?|messages?|e-?mails?|notes?)\s+to|"
    r"(?:wrote|writes|sent|sends|addressed)\s+(?:\w+\s+){0,2}?to|"
    r"(?:Antwort|Reaktion|Erwiderung)(?:en)?\s+auf|(?:Brief|Nachricht|Mail|Schreiben)\w*\s+an|"
    r"(?:schrieb|schreibt|schickte|schickt|sandte|richtete)\s+(?:\w+\s+){0,2}?an|"
    r"(?:\bvon|\bfrom)\s+[^,.;]{2,40}?\s+(?:an|to))\s+((?:[\w’'-]+\s*){1,6})"
)
TARGET_END = re.compile(r"[,;:!?)]|\.(?:\s|$)|\s(?:zu|im|in|am|at|on|for|für|is|was|ist|war|sind|are|bzw)\b")


def _directed(text: str) -> list[str]:
    """The phrases ``text`` gives as addressed or answered: what follows "answer to", "Briefe an", "von … an"."""
    out = []
    for m in DIRECTED.finditer(text):
        phrase = m.group(1)
        end = TARGET_END.search(phrase)
        out.append((phrase[: end.start()] if end else phrase).strip())
    return [p for p in out if p]


def source_reasons(statement: str, sentence: str) -> list[str]:
    """Where one learns, expects, demands or receives something from another, and the sentence has the
    statement's source on the other side: "China kann von Europa lernen" against „wir in Europa können von China
    lernen“, "Amazon erwartet von seinen Kunden …" against „Kunden … erwarten von uns …“. Either language."""
    said, stated = _sources_of(statement), _sources_of(sentence)
    if not said or not stated:
        return []
    for source in said:
        if any(found(source, t) or source.lower() == t.lower() for t in stated):
            continue
        if found(source, sentence):  # the sentence names the statement's source, but not as the source
            return [f"the evidence has {stated[0]} as the source, not {source}"]
    return []


SOURCE_VERB = re.compile(
    r"\b(?:lern|erwart|verlang|forder|bekomm|bekam|erhalt|erhält|erhielt|kauf|leih|lieh|"
    r"learn|expect|demand|requir|receiv|buy|bought|borrow)\w*",
    re.I,
)
SOURCE = re.compile(r"\b(?:von|vom)\s+((?:(?:[a-zäöüß]+|[A-ZÄÖÜ][\w’'-]*)\s+){0,3}?)([A-ZÄÖÜ][\w’'-]+|uns|mir)\b")
SOURCE_EN = re.compile(
    r"\bfrom\s+(?:(?:the|a|an|its|their|his|her|our|\w+['’]s)\s+)?((?:[\w-]+\s+){0,2}?)([\w-]+)"
    r"(?=\s+(?:in|on|at|for|to|and|by|when|as|that|because|since|with|about|if|or|is|are|was|were)\b|[,.;:!?)]|$)"
)


def _sources_of(text: str) -> list[str]:
    """The nouns (or "uns"/"us") that ``text`` has something come from, where it learns, expects or receives:
    the head after "von"/"from", determiners and adjectives left out. None where no such verb is there."""
    if not SOURCE_VERB.search(text):
        return []
    heads = [m.group(2) for m in SOURCE.finditer(text)] + [m.group(2) for m in SOURCE_EN.finditer(text)]
    return [re.sub(r"[’']s$", "", h) for h in heads if h.lower() not in ("der", "die", "das", "den", "dem", "des")]


def _capitalised(phrase: str) -> list[str]:
    """The capitalised words of a phrase (names and German nouns, each part of a compound), possessives and
    articles left out."""
    words = [p for w in re.findall(r"\b[A-ZÄÖÜ][\w’'-]{2,}", phrase) for p in w.split("-") if len(p) >= 3]
    return [
        re.sub(r"[’']s$", "", w) for w in words if w.lower() not in ("der", "die", "das", "den", "dem", "des", "the")
    ]


def _same_across(a: str, b: str) -> bool:
    """Whether nouns of two languages name the same: one group of people, or a cognate (five letters alike)."""
    x, y = (re.split(r"[-/]", w)[-1].lower() for w in (a, b))
    if x == y:  # a name is the same in both ("Velo")
        return True
    if len(x) >= COGNATE and len(y) >= COGNATE and x[:COGNATE] == y[:COGNATE]:
        return True
    ga, gb = groups_in(a), groups_in(b)
    return bool(ga) and bool(set(ga) & set(gb))


def owner_reasons(statement: str, language: Lang, sentence: str, span: str = "") -> list[str]:
    """Where the statement gives a noun another owner than the sentence does, and the sentence has that owner
    elsewhere in the ``span`` it quotes (in the statement's language): „die Daten der Mitarbeiterin“ against „… ihr
    wurde der Zugriff auf die Daten dieses Kunden entzogen“, "the customer's data" against "the data of the
    employee"."""
    if guess(sentence) != language:
        return []
    stated = _owned_nouns(sentence, language)
    for head, owner in _owned_nouns(statement, language):
        same = [o for h, o in stated if same_noun(head, h)]
        if not same or any(same_noun(owner, o) for o in same):
            continue
        if _noun_found(owner, span or sentence, language):
            return [f"the evidence has the {head} of {same[0]}, not of {owner}"]
    return []


OWNER_DE = frozenset({"des", "der", "eines", "einer", "dieses", "dieser", "jenes", "jener", "seines", "seiner",
                      "ihres", "ihrer", "unseres", "unserer"})  # fmt: skip


def _owned_nouns(text: str, language: Lang) -> list[tuple[str, str]]:
    """(noun, its owner) for each noun with a genitive or "of" owner: „die Daten der Mitarbeiterin“, "the data of
    the customer", "the customer's data"."""
    tokens = list(tagger.tokens(text, language))
    out = []
    for i, t in enumerate(tokens):
        if t.kind != "noun":
            continue
        j = i + 1
        if language == "de" and j < len(tokens) and tokens[j].text.lower() in OWNER_DE:
            j += 1
        elif language == "en" and j < len(tokens) and tokens[j].text.lower() == "of":
            j += 1
            while j < len(tokens) and tokens[j].tag in ("AT0", "DPS", "DT0"):
                j += 1
        else:
            continue
        while j < len(tokens) and tokens[j].tag in ("ADJ(A)", "AJ0", "AJC", "AJS"):
            j += 1
        if j < len(tokens) and tokens[j].kind == "noun":  # German by form: a lemma of a compound may be odd
            out.append((t.text, tokens[j].text) if language == "de" else (t.lemma, tokens[j].lemma))
    if language == "en":
        for i in range(len(tokens) - 1):
            if (
                re.search(r"(?:’s|'s)$", tokens[i].text)
                and tokens[i + 1].kind == "noun"
                and tokens[i].text[:1].islower()
            ):
                out.append((tokens[i + 1].lemma, re.sub(r"(?:’s|'s)$", "", tokens[i].text)))
    return out


def _noun_found(noun: str, text: str, language: Lang) -> bool:
    """Whether ``text`` has ``noun`` (a lemma) as a noun of its own, in any form or as a compound's last part."""
    return any(
        t.kind == "noun" and (same_noun(noun, t.lemma) or same_noun(noun, t.text))
        for t in tagger.tokens(text, language)
    )


def same_noun(a: str, b: str) -> bool:
    """The same noun in two forms or compounds: "Kunde" / "Kunden", "Assistent" / "Alibaba-Assistenten"."""
    x, y = (re.split(r"[-/]", w)[-1].lower().rstrip("’'") for w in (a, b))
    if x == y:
        return True
    n = min(len(x), len(y))
    return n >= 4 and x[:n] == y[:n] and abs(len(x) - len(y)) <= 2


# --- posts ----------------------------------------------------------------------------------

LINKS = frozenset("ist sind war waren wird wurde bleibt blieb is are was were becomes became remains remained".split())
AS_POST = frozenset({"als", "as"})
# how a text presents someone as the holder of a post: "is introduced as", "was described as"
PRESENTED = frozenset("introduced described presented named listed identified billed credited quoted referred".split())
BEFORE_POST = frozenset(
    "der die das den dem des ein eine einen einem einer the a an its his her their sein seine ihr ihre new former "
    "neue neuer neuen neues bisherige bisheriger ehemalige ehemaliger".split()
)


def posts(text: str, corpus: set[str]) -> list[tuple[str, str]]:
    """The posts ``text`` gives people by full name, as (name, noun): a copula ("Neuer Kassenwart ist Malte
    Jessen", "Ruth Baumgärtel ist die neue Kassenwartin", "The museum's director is Priya Lathwell"), an apposition
    ("Ralf T. Kreutzer, Professor für Marketing"), a title before the name ("Kassenwart Malte Jessen") or "als / as"
    ("lehrt als Professorin")."""
    return [(name, noun) for name, noun, _ in _posts(text, corpus)]


def _posts(text: str, corpus: set[str], full: bool = True) -> list[tuple[str, str, str]]:
    """``posts``, each with the field its noun names after it, where it names one: "Professor für Marketing",
    "professor of computer science" (else ""); with ``full`` unset, of a surname alone too ("Kreutzer, Professor …")."""
    language = guess(text)
    tokens = list(tagger.tokens(text, language))
    out = []
    for name in names_of(text, language, corpus):
        if name.place or len(name.words) < (2 if full else 1):
            continue
        first = next((i for i, t in enumerate(tokens) if t.start >= name.start), len(tokens))
        last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= name.end), -1)
        after = _post_after(tokens, last + 1)
        if after >= 0:
            out.append((name.text, tokens[after].text, _field(tokens, after + 1)))
        before = _post_before(tokens, first - 1)
        if before:
            out.append((name.text, before, ""))
    return out


FIELD_OF = frozenset({"für", "of", "for"})  # "Professor für Marketing", "professor of computer science"
FIELD_KINDS = frozenset({"noun", "adjective", "name", "foreign"})


def _field(tokens: Sequence[tagger.Token], k: int) -> str:
    """The field a post's noun names right after it ("für Marketing", "of computer science"), or ""."""
    if k >= len(tokens) or tokens[k].text.lower() not in FIELD_OF:
        return ""
    rest = tokens[k + 1 :]
    if rest and rest[0].text.lower() == "the":
        rest = rest[1:]
    # … a German noun by its capital too, where the tagger reads none („für Maschinelles Lernen")
    words = [t.text for t in takewhile(lambda t: t.kind in FIELD_KINDS or t.text[:1].isupper(), rest)]
    return f"{tokens[k].text} {' '.join(words)}" if words else ""


def _post_after(tokens: Sequence[tagger.Token], k: int) -> int:
    """Where the noun stands that a name is said to be after it (", Professor …", "ist die neue Kassenwartin",
    "lehrt als …"), or -1."""
    if k < len(tokens) and tokens[k].kind == "finite" and tokens[k].text.lower() not in LINKS:
        k += 1  # "lehrt als", "works as"
        if k >= len(tokens) or tokens[k].text.lower() not in AS_POST:
            return -1
    if k >= len(tokens) or not (tokens[k].text == "," or tokens[k].text.lower() in LINKS | AS_POST):
        return -1
    # "is introduced as …", "was described as …"
    if tokens[k].text.lower() in LINKS and k + 2 < len(tokens) and tokens[k + 1].text.lower() in PRESENTED:
        k += 2 if tokens[k + 2].text.lower() in AS_POST else 0
    k += 1
    while k < len(tokens) and (
        tokens[k].text.lower() in BEFORE_POST
        or tokens[k].kind == "adjective"
        or tokens[k].text.endswith(("'s", "’s"))  # "the museum's curator"
    ):
        k += 1
    return k if k < len(tokens) and tokens[k].kind == "noun" else -1


def _post_before(tokens: Sequence[tagger.Token], k: int) -> str:
    """The noun a name is said to be before it: "Kassenwart Malte Jessen", "Neuer Kassenwart ist Malte Jessen"."""
    if k < 0:
        return ""
    if tokens[k].text.lower() in LINKS:
        k -= 1
    return tokens[k].text if k >= 0 and tokens[k].kind == "noun" and not tokens[k].text.endswith("'s") else ""


def _same_post(one: str, other: str) -> bool:
    """Whether two post nouns are one post: the same noun, another gender or number ("Kassenwartin" /
    "Kassenwart"), or one a compound ending in the other ("Marketingprofessorin" / "Professor")."""
    a, b = (re.sub(r"(?:innen|in|s)$", "", w.lower()).translate(COGNATE_LETTERS) for w in (one, other))
    short, long = sorted((a, b), key=len)
    return len(short) >= 5 and long.endswith(short)


# letters a German post noun spells otherwise than its English cognate: „Direktor" / "director", „Präsident" /
# "president"
COGNATE_LETTERS = str.maketrans({"c": "k", "ä": "e"})


MODIFIER = 4  # letters a compound's first part has at least: "Finanzchef" is a "Chef" of finance


def post_field_reasons(statement: str, sentence: str, corpus: set[str]) -> list[str]:
    """A post the statement gives a person that says more than the sentence's post for them: another field
    ("professor of computer science" against „Professor für Marketing“, in either language) or a compound's first part
    the sentence doesn't name ("Finanzchef" against „dem Chef von Alibaba“)."""
    reasons = []
    stated = _posts(sentence, corpus, full=False)
    for name, noun, field in _posts(statement, corpus, full=False):
        for holder, post, given in stated:
            if not _holds(holder, name):
                continue
            a, b = (re.sub(r"(?:innen|in)$", "", w.lower()) for w in (noun, post))
            extra = noun[: len(a) - len(b)]  # "Finanz" of "Finanzchef" against "Chef"
            if a != b and a.endswith(b) and len(extra) >= MODIFIER and not found(extra, sentence):
                reasons.append(f"the evidence makes {holder} {post}, not {noun}")
            elif _same_post(noun, post) and field and given and not _field_found(given, field):
                reasons.append(f"the evidence makes {holder} {post} {given}, not {noun} {field}")
        # a head of one field is none of another: "head of logistics" against „Direktor für Maschinelles Lernen",
        # where the sentence gives them a post heading a field and names the statement's field nowhere
        heads = [(h, p, g) for h, p, g in stated if _holds(h, name) and HEAD_POST.fullmatch(p) and g]
        if field and HEAD_POST.fullmatch(noun) and heads and not reasons and not _named_in(field, sentence):
            holder, post, given = heads[0]
            reasons.append(f"the evidence makes {holder} {post} {given}, not {noun} {field}")
    return reasons


# a post that heads something, in either language
HEAD_POST = re.compile(
    r"head|chief|director|manager|leiter(?:in)?|chef(?:in)?|direktor(?:in)?|geschäftsführer(?:in)?|vorsitzende[r]?|"
    r"chair(?:man|woman)?",
    re.IGNORECASE,
)


def _named_in(field: str, sentence: str) -> bool:
    """Whether the sentence names a word of a post's field ("of logistics"), as a form or its cognate."""
    words = [w for w in re.findall(r"[^\W\d_]+", sentence) if len(w) >= 3]
    return any(found(f, sentence) or any(_cognates(f, w) for w in words) for f in field.split()[1:] if len(f) >= 3)


def _holds(holder: str, name: str) -> bool:
    """Whether the holder of a post in the sentence is the person the statement names."""
    return found(name.split()[-1], holder) or found(holder.split()[-1], name)


# the officers of a company by the function they head, in either language: a chief technology officer is no chief
# executive, a „Finanzvorstand“ no „Vorstandschef“ (checked in this order: "chief technology officer" before "chief")
OFFICERS = (
    (
        "finance",
        r"\b(?:cfo|chief financial officer|finance director|finanzchef\w*|finanzvorstand\w*|"
        r"finanzvorständin\w*|kaufmännische[rn]? (?:geschäftsführer|direktor|vorstand)\w*)\b",
    ),
    (
        "technology",
        r"\b(?:cto|chief technology officer|chief technical officer|technical director|technikchef\w*|"
        r"technologiechef\w*|technikvorstand\w*|technologievorstand\w*|technische[rn]? (?:geschäftsführer|direktor|"
        r"leiter|vorstand)\w*)\b",
    ),
    (
        "operations",
        r"\b(?:coo|chief operating officer|chief operations officer|betriebschef\w*|"
        r"operativer? (?:chef|vorstand)\w*)\b",
    ),
    ("marketing", r"\b(?:cmo|chief marketing officer|marketing director|marketingchef\w*|marketingvorstand\w*)\b"),
    (
        "executive",
        r"\b(?:ceo|chief executive(?: officer)?|managing director|vorstandschef\w*|"
        r"vorstandsvorsitzende\w*|konzernchef\w*|firmenchef\w*|unternehmenschef\w*|geschäftsführer\w*|"
        r"(?:der|die|dem|den|des) chef(?:in)?\b(?:\s+(?:von|der|des)\b)?|head of (?!(?:the )?(?:finance|technology|"
        r"marketing|operations|sales|logistics|research|hr|it|communications?|product)\b)|boss)",
    ),
)


ARTICLE_ROUND = re.compile(r"^(?:der|die|dem|den|des)\s+|\s+(?:von|der|des|of)$")  # "dem Chef von" → "Chef"


def _officers(text: str) -> dict[str, str]:
    """The functions of the company officers ``text`` names, in order, each with its first words for it."""
    low = text.lower()
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for function, pattern in OFFICERS:
        for m in re.finditer(pattern, low):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                words = ARTICLE_ROUND.sub("", text[m.start() : m.end()].strip())
                found.append((m.start(), function, words))
                taken.append(m.span())
    out: dict[str, str] = {}
    for _, function, words in sorted(found):
        out.setdefault(function, words)
    return out


def officer_reasons(statement: str, sentence: str, corpus: set[str]) -> list[str]:
    """A person the statement makes an officer of one function (CTO, „Finanzvorstand“) where the sentence, naming
    them, makes them an officer of another only ("dem Chef von Alibaba": the chief executive)."""
    said, stated = _officers(statement), _officers(sentence)
    if len(said) != 1 or not stated or set(said) & set(stated):
        return []
    people = [n for n in names_of(statement, guess(statement), corpus) if not n.place and len(n.words) >= 2]
    person = next((n for n in people if found(n.words[-1], sentence)), None)
    if person is None:
        return []
    return [f"the evidence makes {person.text} {next(iter(stated.values()))}, not {next(iter(said.values()))}"]


def _field_found(given: str, field: str) -> bool:
    """Whether a word of the evidence's field is in the statement's, as a form or its cognate across languages."""
    words = field.split()[1:]  # after its "für / of / for"
    return any(found(w, field) or any(_cognates(x, w) for x in words) for w in given.split()[1:] if len(w) >= 3)


def _cognates(one: str, other: str) -> bool:
    """Whether two words of two languages begin alike: the same first letters, or nearly ("machine" /
    „Maschinelles", "finance" / „Finanz“)."""
    a, b = (w.lower().translate(COGNATE_LETTERS)[: COGNATE + 1] for w in (one, other))
    return a[:COGNATE] == b[:COGNATE] or (
        min(len(a), len(b)) > COGNATE and SequenceMatcher(None, a, b).ratio() >= COGNATE_RATIO
    )


COGNATE_RATIO = 0.8  # … the share of their first six letters two such words have in common


def post_reasons(statement: str, sentence: str, corpus: set[str]) -> list[str]:
    """A post the statement gives one person where the sentence gives it another: "Ruth Baumgärtel ist neue
    Kassenwartin" against „Neuer Kassenwart ist Malte Jessen; er setzte sich gegen Ruth Baumgärtel durch“. Posts are
    matched by their noun, so in the sentence's language only."""
    stated = posts(sentence, corpus)
    reasons = []
    for name, noun in posts(statement, corpus):
        holders = [(n, p) for n, p in stated if _same_post(noun, p)]
        surname = name.split()[-1]
        if holders and not any(found(surname, n) or found(n.split()[-1], name) for n, _ in holders):
            reasons.append(f"the evidence gives the post {holders[0][1]} to {holders[0][0]}, not {name}")
    return reasons
