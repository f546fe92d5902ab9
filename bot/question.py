"""What a question asks for: its answer type, the names it asks about, and whether it asks about an article
itself (its author, title or date).

The answer type comes from the question's interrogative, read from the lexicon of its language (and of the
other language, for mixed questions): a number for "wie viele / how many", an amount for "was kostet / how much
money", a date for "wann / when", a person for "wer / who", a place for "wo / where", an organisation for
"welches Unternehmen / which company". "Wer ist Ralf Herbrich?" asks for a description, not a person: a "who is"
followed by a name has no answer type. Names are the corpus names the question uses; a run of capitalised words
the articles never use is a name they don't know. Leaves out: questions with several interrogatives (the first
one counts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot import numbers, tagger
from bot.facts import ARTICLE_NOUN, regions_of, role_word, weekdays
from bot.lexicon import lexicon, lexicons
from bot.names import PLACE_ADJECTIVE, STOP, WORD, demonym_of, derived_place, name_of
from bot.records import Lang

QUOTED = re.compile(r"[„“\"«»”].*?[“”\"«»]")
DESCRIBE = re.compile(
    r"^\W*(?i:wer|who)\s+(?i:ist|war|sind|waren|is|was|are|were)\s+(?!(?i:der|die|das|den|the|an?)\b)[A-ZÄÖÜ]"
)
COMPOUND = re.compile(
    r"\b(und|and|sowie|as well as)\b,?\s+((?:(?:in|an|auf|aus|bei|mit|nach|seit|von|vor|zu|für|über|unter|um|at|on|"
    r"from|for|with|by|since|to|of)\s+)?(?:wie|was|wer|wo|wann|welche\w*|wieviele?|how|what|who|where|when|which))\b",
    re.IGNORECASE,
)  # "…, und in welchem Stockwerk …": a preposition may come before the second interrogative
PREMISE = re.compile(  # "… Agenda stehen. Welches Thema …?", not after "Dr." or "Nr."
    r"[a-zäöüß0-9)](?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bNr)(?<!\bca)(?<!\bvs)[.!]\s+[\"„“'‘]?[A-ZÄÖÜ]"
    r"[^.!?]*\?\s*$"
)
WHY = re.compile(
    r"^\W*(warum|weshalb|wieso|weswegen|aus welchem grund|why|how come|for what reason|"
    # asking for the reason someone gives: „Wie begründet Kreutzer, dass …“, "How does Doll explain …"
    r"(?:wie|womit) (?:begründ|erklär)\w*|was ist der grund|what is the reason|what reason|"
    r"how (?:does|do|did) (?:[\w’'-]+ ){1,3}?(?:explain|justify|account for))\b",
    re.I,
)
BARE_WHEN = re.compile(r"^\W*(wann|when)\b", re.IGNORECASE)
# a question for a year: a day without one ("am 11.11.") doesn't answer it
YEAR_ASKED = re.compile(
    r"\b(in welchem jahr|welches jahr|welchem jahr|what year|which year|in what year|welche[mnrs]? jahrgang\w*|"
    r"(?:nenne|nennen sie|gib|geben sie|give|name|state)\s+(?:\w+\s+){0,2}(?:jahr|year))\b",
    re.I,
)
# a "when" about a past, future or single event asks for a date, not a condition ("When was X born?")
TENSED = re.compile(
    r"^\W*(wann|when)\s+(was|were|did|had|will|would|is|wurde|wurden|war|waren|hat|hatte|hatten|haben|wird|"
    r"werden|soll|sollen|ist|sind)\b",
    re.IGNORECASE,
)
MEANT = re.compile(r"^\W*(?:who|whom)\b.*\b(?:mean|means|meant)\b", re.IGNORECASE)
# a "when" clause before the question proper: its interrogative comes after the comma
CLAUSE_THEN_ASKS = re.compile(r",\s*(what|which|who|whom|whose|how|where|why)\b", re.IGNORECASE)
DOMAIN = re.compile(r"\b[A-Za-z][\w-]*\.(?:de|com|org|net|eu|at|ch|co\.uk|io)\b")
PRICED = re.compile(
    r"\b(?:charge[sd]?|charging|costs?|price[sd]?|fees?|rates?|tariffs?|pay|paid|kostet|kosten|\w*preis\w*|"
    r"\w*gebühr\w*|\w*tarif\w*|zahlt|zahlen|berechnet|verlangt)\b",
    re.IGNORECASE,
)
LABEL_CODE = re.compile(r"(?<![\w-])([A-ZÄÖÜ]{1,3})(?![\w-])")  # a code of capitals ("BE" of „Klasse BE“)
LATE = ("when", "wann", "wo", "where", "who", "wer")  # interrogatives that count only near the question's start


@dataclass(frozen=True)
class Profile:
    """What a question asks for."""

    kind: str | None  # money, percent, date, number, person, place, organisation, name; None for anything
    names: tuple[str, ...]  # corpus names the question mentions
    unknown: tuple[str, ...]  # names the articles never mention
    quantities: tuple[numbers.Quantity, ...] = ()  # numbers the question states itself
    meta: str | None = None  # "author", "title" or "date" when it asks about an article itself
    language: Lang = "de"
    compound: bool = False  # asks two things ("… worldwide, and how many in Berlin?")
    why: bool = False  # asks for a reason: the sentence after the best one usually gives it
    text: str = ""
    required: tuple[str, ...] = ()  # the names every piece of evidence must cover
    focus: str = ""  # what a "wie heißt …" question asks the name of ("Entwicklungszentrum")
    loose: bool = False  # a bare "wann / when" may ask for a condition, not a date
    year: bool = False  # asks for a year ("in welchem Jahr"): a day and month alone don't answer
    about_person: bool = False  # asks who a named person is or what they do ("What is X's position?")
    says: bool = False  # asks what a named person says, thinks or recommends ("laut Kreutzer", "according to X")
    counted: str = ""  # what a "wie viele / how many" question counts ("Mitarbeiter", "Jahre")
    # the dimension a "wie schwer / how far" question measures: weight, length, time, speed …; "extent" for "how
    # long is …", a length or a time
    measure: str = ""
    then: str = ""  # the past the question asks about ("vor sechs Jahren", "five years ago", "bevor …")
    term: bool = False  # asks for a term or what something is called ("Unter welchem Begriff …", "What term …")
    role: str = ""  # the role a "who" question asks the holder of: "head", "founder" or "author" ("Wer leitet …")
    act: str = ""  # the act a "when" question asks the date of: "founder" for „Wann wurde … gegründet?“
    change: bool = False  # asks by how much something changed ("Um wie viel Prozent ist … gesunken?")
    category: str = ""  # the noun an open "welches Ziel / which goal" question asks for: a sentence naming it answers
    # single words the tagger reads as proper names that the articles never use ("in München" over articles that
    # name no Munich): unknown unless an article names them in its own language ("Munich"), which the answer step
    # checks by meaning on what it retrieved
    strange: tuple[str, ...] = ()
    premise: bool = False  # states something first, then asks on ("X says A. Which topic …?"): the answer follows A
    listed: int = 0  # asks for so many things ("Welche drei Dinge …", "Which two things …"): an enumeration answers
    conditional: bool = False  # asks what to do if something happens ("What should I do if …?"): a rule "If …" answers
    years: tuple[int, ...] = ()  # the calendar years it names ("im Jahr 2017"): an article that never does can't answer
    shift: int = 0  # a year it names by its distance: -1 for "the previous year", „im Vorjahr", +1 for "next year"
    bound: str = ""  # "at_least" or "at_most" when it asks for a bound ("Wie lange … mindestens?", "the most …")
    mass: bool = False  # asks how much of a thing ("Wie viel Wasser …", "How much rain …"): a measure, no count
    # the corpus places it asks within by a word made from them („In welcher chinesischen Stadt …": China), which
    # are then no answer
    within: tuple[str, ...] = ()
    # the names by which it tells which article it asks ("laut dem Beitrag über Kunden und Seller", "in the report on
    # Alibaba's hub"): names of what the article is about, which the article covers, not each sentence
    titled: tuple[str, ...] = ()


# what to do if something happens: "What am I supposed to do if …", „Was muss ich tun, wenn …", "what happens if"
WHAT_IF = re.compile(
    r"\b(?:what|was|wie)\b[^?]*\b(?:do|does|tun|machen|vorgehen|happens?|geschieht|passiert)\b[^?]*?"
    r"\b(?:if|when|in case|wenn|falls|sobald)\b|\b(?:if|wenn|falls)\b[^?]*,\s*(?:what|was)\b|"
    # "How much … get back if they both accept …?", „Wie viel … zurück, wenn …?“: the figure under a condition
    r"\b(?:how|wie)\b[^?]*\s(?:if|wenn|falls)\s+(?!(?:any|so|not|nicht)\b)",
    re.IGNORECASE,
)

# "What's", "Who's": the interrogative and its verb, read apart ("What's the name of …" asks for a name)
CONTRACTED = re.compile(r"\b(what|who|where|when|how|which)['’]s\b", re.IGNORECASE)


INTERROGATIVES = frozenset(w for lx in lexicons() for w in lx.interrogatives)


def profile(question: str, names: set[str], known: Callable[[str], bool], language: Lang) -> Profile:
    """What ``question`` asks for; ``known(word)`` tells whether the articles use a word."""
    question = CONTRACTED.sub(r"\1 is", question)
    words = WORD.findall(question)
    # Only a run of capitalised words outside quotes is taken for a name ("Elon Musk"): English
    # capitalises adjectives of places, German every noun, titles in quotes anything.
    bare = WORD.findall(QUOTED.sub(" ", question))
    tagged = tagger.tokens(question, language)
    # never a name: "Which German …", "… – How far", "… – When was …" (which the tagger may read as "when" joining)
    asking = {t.text for t in tagged if t.kind == "wh" or t.text.lower() in INTERROGATIVES}
    first = next((t for t in tagged if t.kind != "punct"), None)  # capitalised as the first, unless a name
    opening = first is not None and first.kind != "name"
    new = [
        not (i == 0 and opening)
        and w not in asking
        and _capital(w)
        and not name_of(w, names)
        and not known(w)
        and not demonym_of(w, names)  # „Derbyer Stadtteilbibliotheken“: Derby's, whose libraries go unnamed
        for i, w in enumerate(bare)
    ]
    unknown = [
        w for i, w in enumerate(bare) if new[i] and ((i > 0 and new[i - 1]) or (i + 1 < len(bare) and new[i + 1]))
    ]
    # German capitalises nouns: a run of new capitalised words is a name only where the tagger reads one of
    # them as one or doesn't know it ("Elon Musk", "Logistikzentrum Brieselang"), not "des Allgäuer
    # Drohnenprojekts"; and a corpus name the tagger knows as a common noun ("Prozent", "Ländern") is what the
    # question is about, not whom: the evidence need not repeat it
    common: set[str] = set()
    named: set[str] | None = None  # German: the words the tagger reads as names or doesn't know
    if language == "de":
        tokens = [t for t in tagged if t.kind != "punct"]
        named = {
            t.text
            for t in tokens
            if t.kind in ("name", "foreign") or (t.text[0].isupper() and not tagger.familiar(t.text, "de"))
        }
        unknown = [w for run in _runs(bare, new) if any(w in named for w in run) for w in run]
        common = {
            form
            for i, t in enumerate(tokens)
            if tagger.common_noun(tokens, i) and not (i + 1 < len(tokens) and tokens[i + 1].kind == "name")
            # „die Autos": the corpus name "Auto" too (an inflection, not a name a compound starts with: „Now-Station")
            for form in (t.text, name_of(t.text, names))
            if form == t.text
            or ("-" not in t.text and form and t.text.startswith(form) and len(t.text) <= len(form) + 2)
        }
    # a region named by points of the compass is one German word the articles may use ("Far Eastern": „fernöstlich“)
    regions = {
        w
        for run in _runs(bare, [w in unknown for w in bare])
        if any(known(g) for g in regions_of().get(" ".join(run).lower(), ()))
        for w in run
    }
    unknown = [w for w in unknown if w not in regions]
    # a web address names one site: "Amazon.de" is not "Amazon.com"
    unknown += [d for d in DOMAIN.findall(question) if not known(d)]
    # … and a code after the noun it labels one thing of a kind: "Klasse BE" is not "Klasse B"
    unknown += [
        m.group(1)
        for m in LABEL_CODE.finditer(question)
        if numbers.LABEL_NOUN.search(question[: m.start(1)]) and not known(m.group(1))
    ]
    # a word that opens a sentence of the question is capitalised as such ("… from home. From which month …")
    opens = _sentence_starts(question)
    found = [
        (w not in asking and (name_of(w, names) or _used_name(w, 0 if i in opens else i, known, named))) or ""
        for i, w in enumerate(words)
    ]
    asked = tuple(dict.fromkeys(n for n in found if n))
    # German writes adjectives in lower case: one capitalised inside the question, before a noun, opens a name
    # („die Liberale Mitte“, „der Grünen Liste“, „die Europäische Union“) where the articles use it (an article in
    # English may name it in its own words)
    if language == "de":
        asked += tuple(w for w in _named_adjectives(tagged, opens, question) if w not in asked and known(w))
    # of a run of names ("Simon Sinek", "Ralf T. Kreutzer") the last word must be covered: "Sinek zufolge …"
    leading = {n for i, n in enumerate(found[:-1]) if n and found[i + 1] and n != found[i + 1]}
    # English: a name's first word before a capitalised word the articles don't use is part of a name they give
    # in their own language ("North Frisia": „Nordfriesland“, "Lower Saxony": „Niedersachsen“)
    if language == "en":
        leading |= {
            n
            for i, n in enumerate(found[:-1])
            if n and not found[i + 1] and _capital(words[i + 1]) and not known(words[i + 1])
        }
    # a span of months is a period the evidence may name otherwise: "between July and September" is "in the
    # quarter"; a single month dates what is asked ("in September") and is required as any name
    months = [n for n in asked if re.sub(r"['’]s$", "", n).lower() in numbers.MONTHS]
    spanned = set(months) if len(months) >= 2 else set()
    # "der Blog", "the report": the article itself, which its every sentence is part of
    itself = {n for n in asked if ARTICLE_NOUN.fullmatch(n)}
    required = tuple(n for n in asked if n not in common and n not in leading and n not in spanned | itself)
    # "… sinnvoller als das in Deutschland übliche …": a name of what the asked thing is compared with is no name
    # the answer must state, where the question names another
    compared = _compared(tagged)
    if any(n not in compared for n in required):
        required = tuple(n for n in required if n not in compared)
    measure = _measure(question, language)
    asked_kind = kind(question, language) or ("number" if measure else None)
    if asked_kind == "money" and measure in ("weight", "time", "speed"):  # "How much does the parcel weigh?"
        asked_kind = "number"
    if asked_kind in ("number", None) and AS_SHARE.search(question):  # "Wie viele …, in Prozent?" asks a share
        asked_kind, measure = "percent", ""
    # "the unit rate per kWh", "How much is charged for each mile": a price per unit of a measure
    if asked_kind in ("percent", "number", None) and numbers.rate_unit(question) and PRICED.search(question):
        asked_kind, measure = "money", ""
    # "Wie früh …", "How far in advance …": a deadline, a date or a time before the event („zehn Tage vor …“)
    if asked_kind in ("number", None) and deadline_asked(question, first_only=True):
        asked_kind, measure = "date", ""
    # "Which architect …", „Welche Ratsvertreterin …“: the holder of a post, a person
    # (where it asks who is quoted, any person named as saying the words answers: "Which author is cited for …" asks
    # whose words they are, not who wrote something)
    by_noun = asked_kind is None and _person_noun(_category(question, language), language)
    if by_noun:
        asked_kind = "person"
    quoted = by_noun and bool(CITED.search(question))
    about = meta(question, language)
    if about == "title":  # "Wie lautet die Schlagzeile …": the title line, not a name in it
        asked_kind = None
    elif about == "author" and asked_kind == "name":  # "Wie heißt der Berater, der den Beitrag verfasst hat?"
        asked_kind = "person"

    def said(pattern: str) -> bool:
        return any(re.search(lexicon(lang).extra[pattern], question, re.IGNORECASE) for lang in ("de", "en"))

    return Profile(
        kind=asked_kind,
        names=asked,
        unknown=tuple(unknown),
        quantities=tuple(numbers.quantities(question)),
        meta=about,
        language=language,
        compound=bool(COMPOUND.search(question)),
        why=bool(WHY.search(question)),
        text=question,
        required=required,
        focus=_focus(question, language) if asked_kind == "name" else "",
        loose=asked_kind == "date" and bool(BARE_WHEN.match(question)) and not TENSED.search(question),
        year=asked_kind == "date" and bool(YEAR_ASKED.search(question)),
        # … or the article's author, named by the noun („Als was arbeitet der Blogautor?“): their post is asked
        about_person=_describes(question, language)
        or (said("person_roles") and (bool(asked) or bool(AUTHOR_WORD.search(question)))),
        says=bool(asked) and said("says"),
        counted=_counted(question, language) if asked_kind == "number" else "",
        measure=measure if asked_kind in ("number", None) else "",
        then=past(question) if asked_kind else "",
        term=said("term_question"),
        # "Wer hat … gegründet" asks the holder of a role; "Wann wurde … gegründet" the date of that act
        # … and "Which organisation paid for …" the holder of funding
        role=_role(question) if asked_kind == "person" and not about and not quoted else _funder(question, asked_kind),
        act=_act(question) if asked_kind == "date" and not about else "",
        change=asked_kind in ("number", "money", "percent") and said("change_asked"),
        listed=_listed(question),
        conditional=bool(WHAT_IF.search(question)),
        years=numbers.years(question),
        shift=year_shift(question),
        bound=_bound(question, language) if asked_kind in ("number", "money", "percent") else "",
        mass=asked_kind == "number" and _mass(tagged),
        premise=bool(PREMISE.search(question)),
        category=_category(question, language) if asked_kind is None else "",
        strange=_strange(tagged, names, known, {*asking, *unknown, *regions}),
        within=_within(question, names) if asked_kind == "place" else (),
        titled=tuple(n for n in asked if n in _titling(question)),
    )


# a preposition that places what is asked in an article, before the article's noun (the lexicon's), and after it what
# the article is about: „laut dem Beitrag über …", "in the critical post on …", "according to the report about …"
TITLING_BEFORE = (
    r"\b(?:laut|in|im|nach|aus|from|according to)\s+(?:(?:dem|der|den|des|einem|einer|the|a|an|this|that|its)\s+)?"
)
TITLING_AFTER = r"\s+(?:über|zu[mr]?|on|about|covering|regarding)\s+(?P<topic>[^?;]+)"


def _titling(question: str) -> str:
    """The words by which a question says which article it asks ("laut dem Beitrag über Kunden, Mitarbeiter und
    Seller", "in the report on its Belgian logistics hub"), "" where it names none: to the end of its clause."""
    m = next(
        (
            m
            for lx in lexicons()
            if (
                m := re.search(
                    rf"{TITLING_BEFORE}(?:\w+\s+){{0,2}}?{lx.meta_questions['article']}{TITLING_AFTER}", question, re.I
                )
            )
        ),
        None,
    )
    if m is None:
        return ""
    topic = m.group("topic")
    ends = CLAUSE_THEN_ASKS.search(topic) or COORDINATED.search(topic)
    return topic[: ends.start()] if ends else topic


def _strange(
    tagged: Sequence[tagger.Token], names: set[str], known: Callable[[str], bool], skip: set[str]
) -> tuple[str, ...]:
    """The single words of a question that the tagger reads as proper names and that the articles never use ("in
    München"): not its first word, an initial ("Ralf T. Kreutzer"), a month or a day of the week, nor a word beside a
    name the articles use (a part of that name: "Amazon Deutschland")."""
    words = [t for t in tagged if t.kind != "punct"]

    def used(t: tagger.Token) -> bool:
        return bool(name_of(t.text, names) or known(t.text) or demonym_of(t.text, names))

    return tuple(
        dict.fromkeys(
            t.text
            for i, t in enumerate(words)
            if i > 0
            and t.kind == "name"
            and t.text[:1].isupper()
            and len(t.text) > 2
            and t.text not in skip
            and t.text.lower() not in numbers.MONTHS
            and not weekdays(t.text)
            and not used(t)
            and not any(name_of(n.text, names) for n in (words[i - 1], *words[i + 1 : i + 2]))
        )
    )


BOUNDS = {"at_least": "at_least", "more": "at_least", "at_most": "at_most", "up_to": "at_most", "less": "at_most"}


def _bound(question: str, language: Lang) -> str:
    """The bound a question asks for with a qualifier of its own, not before a figure it gives ("Wie lange
    sollte die Behandlung mindestens dauern?", "What is the most one may spend …" is not read): "at_least",
    "at_most" or ""."""
    for word, relation in lexicon(language).qualifiers.items():
        if relation not in ("at_least", "at_most", "up_to"):
            continue
        for m in re.finditer(rf"\b{re.escape(word)}\b", question, re.IGNORECASE):
            if not re.match(r"\s*[\d€£$]", question[m.end() :]):
                return BOUNDS[relation]
    return ""


# a place asked within a named one: "in which part of Berlin", „in welchem Stadtteil von Leipzig", „Teil Berlins"
PART_OF_PLACE = re.compile(
    r"\b(?:part|district|area|neighbou?rhood|borough|suburb|quarter)s?\s+of\s+([A-Z][\w-]+)|"
    r"\b(?:Teil|Stadtteil|Bezirk|Stadtbezirk|Viertel|Stadtviertel|Ortsteil|Gegend)\s+(?:von\s+)?([A-ZÄÖÜ][\w-]+)"
)


def _within(question: str, names: set[str]) -> tuple[str, ...]:
    """The corpus places the question asks within: named by a word made from them („chinesischen“, "Belgian"), or
    as the place a part of which is asked ("in which part of Berlin")."""
    parts = set()
    for m in PART_OF_PLACE.finditer(question):
        place = m.group(1) or m.group(2)
        parts |= {n for n in (place, place[:-1] if place.endswith("s") else "") if n in names}  # „Berlins"
    words = " ".join(PLACE_ADJECTIVE.findall(question))
    if words:
        parts |= {n for n in names if " " not in n and len(n) >= 4 and derived_place(n, words)}
    return tuple(sorted(parts))


def _mass(tagged: Sequence[tagger.Token]) -> bool:
    """Whether the question asks how much of a thing there is: a noun right after "wie viel" / "how much" („Wie viel
    Wasser …", "How much rain fell?"), which a measure answers ("310 Kubikmeter"), not a count of something else."""
    words = [t.text.lower() for t in tagged if t.kind != "punct"]
    kinds = [t.kind for t in tagged if t.kind != "punct"]
    for i, word in enumerate(words):
        asks = 1 if word == "wieviel" else 2 if " ".join(words[i : i + 2]) in ("wie viel", "how much") else 0
        if asks and i + asks < len(words) and kinds[i + asks] == "noun":
            return True
    return False


def _category(question: str, language: Lang) -> str:
    """The noun right after an interrogative determiner ("Welches Ziel …", "In welchem Bereich …", "Which goal
    …"), unless a word for any thing ("Dinge", "things"), or ""."""
    tokens = [t for t in tagger.tokens(question, language) if t.kind != "punct"]
    for i, t in enumerate(tokens[:-1]):
        if t.kind == "wh" and t.text.lower().startswith(("welch", "which", "what", "was")):
            # "Which Belgian airport …", „Welche großen Unternehmen …“: the noun after the adjectives
            nxt = next((n for n in tokens[i + 1 : i + 4] if n.kind != "adjective"), tokens[i + 1])
            if nxt.kind == "noun" and nxt.lemma.lower() not in VAGUE and t.text.lower() != "was":
                return nxt.text
            # "What was the turnout …", „Was ist der Zweck …“: the noun the copula asks about
            subject = _copula_subject(tokens[i + 1 : i + 6])
            return subject.text if subject and subject.lemma.lower() not in VAGUE | NOT_ASKED else ""
    return ""


COPULA = frozenset({"is", "was", "are", "were", "ist", "war", "sind", "waren"})
DETERMINER = frozenset({"the", "der", "die", "das", "den"})
# nouns a "what is the …" question names without asking for them by name: a reason is given, not named
NOT_ASKED = frozenset({"reason", "grund", "ursache", "difference", "unterschied", "meaning", "bedeutung"})


def _copula_subject(after: Sequence[tagger.Token]) -> tagger.Token | None:
    """The noun of "is/was the (adjectives) N" right after an interrogative, or None."""
    if len(after) < 3 or after[0].text.lower() not in COPULA or after[1].text.lower() not in DETERMINER:
        return None
    if after[2].kind not in ("noun", "adjective"):
        return None
    noun = next((t for t in after[2:] if t.kind != "adjective"), None)
    return noun if noun is not None and noun.kind == "noun" else None


VAGUE = frozenset({"ding", "dinge", "sache", "thing", "things", "art", "kind", "sort", "weise", "way", "name", "namen"})


def _listed(question: str) -> int:
    """How many things the question asks for by name ("Welche drei Dinge …", "Which two things …"), or 0."""
    for lang in ("de", "en"):
        lx = lexicon(lang)
        m = re.search(lx.extra["listed"], question, re.IGNORECASE)
        if m:
            word = m.group(1).lower()
            return int(word) if word.isdigit() else int(lx.number_words.get(word, 2))
    return 0


def past(text: str) -> str:
    """The words by which ``text`` speaks of a time before the article's ("vor sechs Jahren", "back then"), or
    "" (either language)."""
    found = (re.search(lx.extra["then"], text, re.IGNORECASE) for lx in lexicons())
    return next((m.group(0) for m in found if m), "")


def present(text: str) -> bool:
    """Whether ``text`` states how things are now ("mittlerweile", "today"): a figure of then it is not."""
    return any(re.search(lx.extra["now"], text, re.IGNORECASE) for lx in lexicons())


# "can / may" right after "when / wann": when one can or may do something asks a condition ("When can walkers
# cross?"); "soll / will / must" ask a date ("Wann soll das Lager schließen?")
WHEN_MAY = re.compile(r"\s+(?:can|could|may|might|kann|können|könnte|könnten|darf|dürfen|dürfte)\b", re.IGNORECASE)


# a question for whose words are quoted
CITED = re.compile(r"\b(?:cites?|cited|citing|quotes?|quoted|quoting|zitiert\w*|zitieren|angeführt)\b", re.IGNORECASE)


def _person_noun(word: str, language: Lang) -> bool:
    """Whether ``word`` names a person by their post: a role word ("architect", „Vorsitzende“), or a German noun of a
    woman who does something („Ratsvertreterin“, „Ersthelferin“)."""
    if not word:
        return False
    return role_word(word) or (language == "de" and bool(re.search(r"[a-zäöüß]{3}erin(?:nen)?$", word)))


def deadline_asked(question: str, first_only: bool = False) -> bool:
    """Whether the question asks by when something must happen ("Bis wann …", "How far in advance …"); with
    ``first_only``, first of all: the words that ask it hold its first interrogative, not a later one („Wie viele …,
    und bis wann?“)."""
    first = next((m.start() for m in re.finditer(r"[\w']+", question) if m.group(0).lower() in INTERROGATIVES), None)
    for lang in ("de", "en"):
        m = re.search(lexicon(lang).extra["deadline_asked"], question, re.IGNORECASE)
        if m and (not first_only or first is None or m.start() <= first < m.end()):
            return True
    return False


TITLES = frozenset({"herr", "herrn", "frau", "dr", "prof", "mr", "mrs", "ms", "sir", "dame"})


def _describes(question: str, language: Lang) -> bool:
    """Whether the question asks who a named person is ("Wer ist Kreutzer?", "Who is Dr Lane?"), not who holds a
    post („Wer ist Geschäftsführer der VGW?“, „Wer ist Ersthelferin der Schule?“: a German common noun, capitalised)."""
    m = DESCRIBE.search(question)
    if not m:
        return False
    word = re.match(r"[\w-]+", question[m.end() - 1 :])
    if word is None or word.group(0).lower() in TITLES:
        return True
    return not (role_word(word.group(0)) or (language == "de" and tagger.known_noun(word.group(0), "de")))


def kind(question: str, language: Lang) -> str | None:
    """The answer type of the question's first interrogative ("when" counts only near its start)."""
    if _describes(question, language) and not re.search(r"\b(wer|who)\b.*\b(wer|who)\b", question.lower()):
        return None
    if MEANT.search(question):  # "Who does Kreutzer mean by 'water carriers'?" asks for a description
        return None
    found = []
    for lang in (language, "en" if language == "de" else "de"):
        for name, pattern in lexicon(lang).question_types:
            for m in re.finditer(pattern, question, re.IGNORECASE):
                # (after a source that opens the question: "According to the article, who …")
                opening = LEADING_SOURCE.match(question)
                before = question[opening.end() if opening and opening.end() <= m.start() else 0 : m.start()]
                if m.group(0).lower() in LATE and len(before.split()) > 2:
                    continue
                # "When can walkers cross the bay?", „Wann darf ich …“: a condition or an hour, not a date
                if name == "date" and m.group(0).lower() in ("when", "wann") and WHEN_MAY.match(question, m.end()):
                    continue
                # "When Amazon weighs up a technology, what does it look at?"
                clause = not TENSED.search(question) and CLAUSE_THEN_ASKS.search(question, m.end())
                if m.group(0).lower() == "when" and clause:
                    continue
                found.append((m.start(), lang != language, name))
                break
        if found:
            break
    if not found:
        return _requested(question, language)
    first = min(found, key=lambda f: (f[0], f[1], f[2] != "rank"))[2]  # "what place does X take": a rank
    # "how much revenue", "wie viel Umsatz": an amount of money or a share is more precise than a number; and a
    # share of money ("what share of the revenue", "… Umsatz, und welcher Anteil?") is a share
    names = {name for _, _, name in found}
    if first in ("number", "money") and "percent" in names:
        return "percent"
    # … but "wie viele Kunden zahlen …" / "how many customers pay …" counts people
    counts = re.search(r"\b(wie viele|how many)\b(?!\s+(euro|dollar|us-dollar|pounds?)\b)", question, re.I)
    return "money" if first == "number" and "money" in names and not counts else first


REQUESTED = 6  # words after the imperative in which the asked noun stands


def _requested(question: str, language: Lang) -> str | None:
    """The answer type of a request in the imperative, by the first noun the request names ("Give the exact
    publication date of …": a date; "Nenne die Stadt, …": a place), or None."""
    for lang in (language, "en" if language == "de" else "de"):
        extra = lexicon(lang).extra
        m = re.search(extra.get("imperative", r"(?!)"), question, re.IGNORECASE)
        if not m:
            continue
        after = " ".join(question[m.end() :].split()[:REQUESTED])
        hits = [
            (w.start(), kind)
            for pattern, kind in extra["imperative_types"].items()
            for w in re.finditer(rf"\b(?:{pattern})\b", after, re.IGNORECASE)
        ]
        return min(hits)[1] if hits else None
    return None


def meta(question: str, language: Lang) -> str | None:
    """ "author", "title" or "date" when the question asks about an article itself: its title, or who wrote it
    or when it appeared — a question that names the article ("Wer hat den Blogbeitrag geschrieben?"), not a
    book or a letter in it."""
    asked = kind(question, language)
    for lang in (language, "en" if language == "de" else "de"):
        patterns = lexicon(lang).meta_questions
        # "What is the title of the book …?" asks for a work's title, which a sentence of the article gives
        if re.search(patterns["title"], question, re.IGNORECASE) and not _work_titled(question, lang):
            return "title"
        # „Von wem stammt laut dem Text die Idee …?": the article named as the source of what is asked is not
        # what is asked about
        if not re.search(patterns["article"], SOURCE.sub(" ", question), re.IGNORECASE):
            continue
        # "Wer hat …", "Wie heißt der Berater, der den Beitrag verfasst hat?"
        # an open question only where it asks which author ("Welcher Autor …"), not what the author did („Wie
        # definiert der Autor des Beitrags …“)
        category = _category(question, language)
        wrote = re.search(patterns["author"], question, re.IGNORECASE)
        # … and where the author is named by the noun, the category asked is the author's: "In what capacity does the
        # blog's author say he works?" asks the author's job
        # (where the question asks what the author says of it: "… does the blog's author say he works?"; the author's
        # post otherwise stands in the byline: "What position at Hollin Bank does the author of the column hold?")
        of_author = (
            bool(category)
            and wrote is not None
            and AUTHOR_NOUN.fullmatch(wrote.group(0)) is not None
            and any(re.search(lx.extra["says"], question, re.IGNORECASE) for lx in lexicons())
        )
        open_author = (
            asked is None
            and (bool(category) or bool(re.search(r"\b(?:which|welche[rsmn]?)\b", question, re.I)))
            # … unless the category is the author ("Welcher Berater ist der Autor …")
            and not (of_author and not AUTHOR_NOUN.fullmatch(category) and not IS_AUTHOR.search(question))
        )
        # "Which author does the blog cite …?", „Welchen Autor zitiert der Beitrag?“: someone the article quotes
        if wrote and AUTHOR_NOUN.fullmatch(wrote.group(0)) and CITES.search(question):
            continue
        if (asked in ("person", "name") or open_author) and wrote and not _work_of(question, wrote.start(), lang):
            return "author"
        if asked == "date" and re.search(patterns["date"], question, re.IGNORECASE):
            return "date"
    return None


# an article named as the source of what a question asks: „laut dem Text", "according to the article"
SOURCE = re.compile(
    r"\b(?:laut|gemäß|according to|as per)\s+(?:(?:dem|der|des|diesem|dieser|the|this|that)\s+)?[\w-]+", re.IGNORECASE
)
# a source that opens a question, up to its comma: "According to the article, …", „Laut dem Beitrag, …"
LEADING_SOURCE = re.compile(r"\W*(?:laut|gemäß|according to|as per|in)\b[^,?]{1,60},\s*", re.IGNORECASE)
# the author of an article, named by the noun: „der Blogautor“, „die Verfasserin“, "the post's writer"
AUTHOR_WORD = re.compile(r"\w*(?:autor|autorin|verfasser|verfasserin)\b|\b(?:author|writer|blogger)\b", re.IGNORECASE)
# an author named by the noun, and what an article does with someone else's words
AUTHOR_NOUN = re.compile(r"authors?|autor\w*|verfasser\w*", re.IGNORECASE)
CITES = re.compile(
    r"\b(?:cite[sd]?|citing|quote[sd]?|quoting|mention(?:s|ed)?|refer(?:s|red)? to|draws? on|relies on|"
    r"zitier\w*|erwähn\w*|verweis\w*|beruf\w*|stützt|bezieht sich)\b",
    re.IGNORECASE,
)
IS_AUTHOR = re.compile(r"\b(?:is|was|ist|war)\s+(?:the|der|die)\s+(?:authors?|autor\w*|verfasser\w*)\b", re.I)
# a work an article is about, which has an author of its own: „das Buch“, "the letter", „die Studie“
WORK = re.compile(
    r"\b(?:\w*bücher|\w*buch(?:es|s)?|\w*briefe?s?|studien?|romane?s?|werke?s?|books?|letters?|stud(?:y|ies)|novels?|"
    r"papers?)\b",
    re.IGNORECASE,
)
# the author noun and the words of what it governs: "author of the book", „Autor des Buches"
OF_WORK = re.compile(r"\w+\s+(?:of|des|der|vom|von)\s+((?:\S+\s+){0,3}\S+)", re.IGNORECASE)
# where one of two coordinated questions begins: "…, und wer hat es geschrieben?", "… and who wrote it?"
COORDINATED = re.compile(r"(?:,|;)\s*(?:und|and|aber|but)?\s*(?=\b(?:wer|who|wann|when|wie|how|was|what)\b)", re.I)

CLAUSE_END = re.compile(r"\s[–—-]\s|[,;?]")


def _work_titled(question: str, language: Lang) -> bool:
    """Whether the title a question asks for is a work's („der Titel des Buches“, "the title of the study") and not
    the article's: the question names a work and no article."""
    return bool(WORK.search(question)) and not re.search(
        lexicon(language).meta_questions["article"], question, re.IGNORECASE
    )


def _work_of(question: str, at: int, language: Lang) -> bool:
    """Whether the verb of writing at ``at`` asks who wrote a work the question names („Auf welches Buch stützt
    sich der Blogbeitrag, und wer hat es geschrieben?“): its own clause names no article, the question a work."""
    # "the author of the book on …", „der Autor des Buches über …": the noun the author word governs
    governed = OF_WORK.match(question, at)
    work = WORK.search(governed.group(1)) if governed else None
    if (
        governed
        and work
        and not re.search(lexicon(language).meta_questions["article"], governed.group(1)[: work.start()], re.IGNORECASE)
    ):
        return True
    starts = [m.end() for m in COORDINATED.finditer(question[:at])]
    ends = CLAUSE_END.search(question, at)
    clause = question[starts[-1] if starts else 0 : ends.start() if ends else len(question)]
    if re.search(lexicon(language).meta_questions["article"], clause, re.IGNORECASE):
        return False
    return bool(WORK.search(question))


ASKED_ROLES = ("head", "founder", "author", "design", "fund")  # roles a "who" question may ask the holder of


FOUNDER_NOUN = re.compile(r"\b(?:co-?|mit)?(?:founder|gründer)\w*", re.IGNORECASE)


def acts_in(act: str, text: str) -> list[re.Match[str]]:
    """Where ``text`` names the act ``act`` (``Profile.act``: "founder", "listing", "force"), in either language."""
    return [m for lx in lexicons() for m in re.finditer(lx.extra["acts"][act], text, re.IGNORECASE)]


def _act(question: str) -> str:
    """The act whose date the question asks ("Wann wurde … gegründet": the founding, "Seit wann ist … an der
    Börse": the listing), or "". The founder named as a person ("When did the founder write …") is no founding."""
    if _role(FOUNDER_NOUN.sub(" ", question)) == "founder":
        return "founder"
    return next(
        (
            act
            for lx in lexicons()
            for act, pattern in lx.extra["acts"].items()
            if act != "founder" and re.search(pattern, question, re.IGNORECASE)
        ),
        "",
    )


def _funder(question: str, asked_kind: str | None) -> str:
    """ "fund" where a question asks which organisation pays ("Which organisation paid for the study?", „Welche
    Organisation hat die Studie finanziert?“); "" otherwise: the other roles ask for persons."""
    if asked_kind != "organisation":
        return ""
    return "fund" if any(re.search(lx.roles["fund"], question, re.IGNORECASE) for lx in lexicons()) else ""


def _role(question: str) -> str:
    """The role whose holder the question asks for ("Who heads …", "Wer hat … gegründet"), or ""."""
    return next(
        (r for r in ASKED_ROLES if any(re.search(lx.roles[r], question, re.IGNORECASE) for lx in lexicons())), ""
    )


def _focus(question: str, language: Lang) -> str:
    """The nouns of the first noun phrase after the interrogative, but the word "name" itself: what the name
    is asked of."""
    tokens = tagger.tokens(question, language)
    asking = next((i for i, t in enumerate(tokens) if t.kind == "wh"), 0)
    found: list[str] = []
    for t in tokens[asking + 1 :]:
        if t.kind == "noun" and t.text.endswith(("'s", "’s")):
            found = []  # "the bakery's shop": the possessor is not what the name is asked of
        elif t.kind == "noun" and t.lemma.lower() not in ("name", "namen"):
            found.append(t.text)  # "delivery service": every noun of the first noun phrase
        elif t.kind == "adjective" and "-" in t.text:
            found.append(t.text)  # "second-hand marketplace": a compound adjective names the kind as well
        elif found:
            break
    return " ".join(found)


COMPARING = frozenset({"mehr", "weniger", "eher", "lieber", "anders"})


def _compared(tagged: Sequence[tagger.Token]) -> set[str]:
    """The words that a question says only in the standard of a comparison, from "als"/"than" to the end of its
    clause ("… findet er sinnvoller als das in Deutschland übliche …", "… more often than in Leeds"), not in a
    compared quantity ("mehr als 2.000 Mitarbeiter in Berlin"); German "als" only after a comparative („Bezos als
    Chef von Amazon“ names a role)."""
    words = [t for t in tagged if t.kind != "punct" or t.text in ",;?!"]
    inside: set[int] = set()
    for i, t in enumerate(words):
        word = t.text.lower()
        if word not in ("als", "than"):
            continue
        before = [w.text for w in words[max(0, i - 2) : i]]
        comparative = t.tag == "KOKOM" or any(
            w in COMPARING or (w.islower() and w.endswith("er") and len(w) > 4) for w in before
        )
        if word == "als" and not comparative:
            continue
        span = []
        for k in range(i + 1, len(words)):
            if words[k].text in ",;?!":
                break
            span.append(k)
        head = " ".join(words[k].text for k in span[:2])
        if span and (words[span[0]].kind == "number" or numbers.quantities(head)):
            continue  # "mehr als 2.000 …", "more than half …": a quantity, the rest is the question's own
        inside.update(span)
    said = {w.text for k, w in enumerate(words) if k in inside}
    return said - {w.text for k, w in enumerate(words) if k not in inside}


def _sentence_starts(text: str) -> set[int]:
    """The indexes (in ``WORD.findall(text)``) of the words that open a sentence of ``text``."""
    return {
        i
        for i, m in enumerate(WORD.finditer(text))
        if not text[: m.start()].strip() or SENTENCE_END.search(text[: m.start()])
    }


SENTENCE_END = re.compile(r"(?:\w{4}\.|[!?])\s+[\"„“'‘]?$")  # not after "Dr.", "z.B."


def _used_name(word: str, at: int, known: Callable[[str], bool], named: set[str] | None) -> str:
    """``word`` when it is a name the articles use though their name list missed it: capitalised inside the
    question, used by the articles, and in German (which capitalises nouns) read as a name by the tagger or
    unknown to its lexicon ("vom Start-up Skyvia"; ``named``: those words, None for English); of a
    hyphenated compound, its first part ("Skyvia-Drohnen")."""
    head = word.split("-")[0]
    if at == 0 or not _capital(head) or not known(head):
        return ""
    if named is None or head in named or not tagger.familiar(head, "de"):
        return head
    return ""


def _runs(words: list[str], marked: list[bool]) -> list[list[str]]:
    """The runs of two or more consecutive marked words."""
    runs: list[list[str]] = [[]]
    for word, mark in zip(words, marked, strict=True):
        if mark:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def year_shift(text: str) -> int:
    """The year ``text`` names by its distance from the one it speaks of: -1 for "the previous year", "a year
    earlier", „im Vorjahr", „im vergangenen Jahr"; +1 for "the following year", „im kommenden Jahr"; 0 for none."""
    return _shifted(text)[0]


def shift_words(text: str) -> str:
    """The words by which ``text`` names a year by its distance ("the previous year", „im Vorjahr"), or ""."""
    return _shifted(text)[1]


def _shifted(text: str) -> tuple[int, str]:
    """``year_shift`` and ``shift_words`` of ``text``."""
    for shift, key in ((-1, "year_before"), (1, "year_after")):
        for lx in lexicons():
            if m := re.search(lx.extra[key], text, re.IGNORECASE):
                return shift, m.group(0)
    return 0, ""


# a question opened by an interrogative that asks for no measure ("What …", "Was …", "Warum …")
OTHER_INTERROGATIVE = re.compile(
    r"\W*(?:what|which|who|whom|whose|why|was|welche[mnrs]?|wer|wen|wem|wessen|warum|wieso|weshalb|wozu|womit|"
    r"wofür|worüber|wovon)\b",
    re.IGNORECASE,
)


def _measure(question: str, language: Lang) -> str:
    """The dimension the question measures ("Wie schwer …" → weight; "… (in km/h)?" → speed), or ""."""
    opener = OTHER_INTERROGATIVE.match(question)
    for lang in (language, "en" if language == "de" else "de"):
        for pattern, dimension in lexicon(lang).extra.get("measure_questions", ()):
            for m in re.finditer(pattern, question, re.IGNORECASE):
                # "What does Kreutzer prefer to … how quickly a product reaches the market?": a "how" inside a
                # question that another interrogative opens is a clause of what it asks about, not what it asks
                if opener and re.match(r"(?:how|wie)\b", m.group(0), re.IGNORECASE):
                    continue
                return str(dimension)
    # the unit the question asks the answer in: "Wie stark war die Böe (in km/h)?", "How far is it in miles?"
    for m in UNIT_ASKED.finditer(question):
        said = m.group(1) or m.group(2)
        found = next((d for d in MEASURED if numbers.unit(said, d)), "")
        if found:
            return found
    return ""


# "how much of" a sum of money: a share of it, or a part of it in money ("of which the insurer paid £71,000")
OF_MONEY = re.compile(
    r"\b(?:wie viel (?:des|der|vom|von den|von der|von dem)|how much of (?:the|its|their|his|her|this|that))\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]*(?:kosten|betrag|betrags|budget|budgets|umsatz|umsatzes|summe|geld|geldes|miete|"
    r"gebühr|gebühren|rechnung|kaution|zahlung|gehalt|zuschusses|zuschuss|erstattung|cost|costs|bill|fee|fees|money|"
    r"sum|revenue|price|funds?|rent|deposit|payment|salary|grant|loan|refund|amount)\b",
    re.IGNORECASE,
)
# a discount: a sum or a share of the price („10 Prozent Rabatt", "£5 off")
DISCOUNT = re.compile(r"\b(?:rabatt\w*|ermäßigung\w*|preisnachlass\w*|nachlass|skonto|discounts?)\b", re.IGNORECASE)
# a figure asked for as a share: "…, in Prozent?", "… (in %)?", "as a percentage", „als Anteil"
AS_SHARE = re.compile(
    r"(?:\bin\s+prozent|\bin\s+percent|\(\s*in\s*%\s*\)|\bin\s+%|\bas\s+a\s+percentage|\bals\s+anteil|"
    r"\bprozentual\w*|\bin\s+per\s+cent)",
    re.IGNORECASE,
)
# "… (in km/h)?", "… in miles?" (not „im Monat?", which is per month)
UNIT_ASKED = re.compile(
    r"\(\s*(?:in\s+)?([^()]{1,24})\)|\bin\s+(?!der\b|dem\b|the\b|an?\b)([^\s?]{1,14})\s*\?\s*$", re.I
)
MEASURED = ("speed", "weight", "length", "time", "temperature", "sound", "area", "energy", "power", "food_energy")


COUNTING = re.compile(r"\b(?:wie\s+viele[nr]?|wieviele[nr]?|how\s+many)\b", re.IGNORECASE)
# the size of a body of people, counted by its members: „Wie groß ist Amazons weltweite Belegschaft?", "How big is
# the club's membership?"
SIZE_OF = re.compile(
    r"\b(?:wie groß|how (?:large|big)|what(?:'s| is| was) the size of)\b[^?]*?\b(belegschaft|mitgliedschaft|"
    r"workforce|staff|membership|headcount|personal|mitarbeiterzahl|mitgliederzahl)\b",
    re.IGNORECASE,
)


def _counted(question: str, language: Lang) -> str:
    """The noun a "wie viele / how many" counts ("Wie viele Mitarbeiter", „wie viele Beschäftigte“), of an English
    compound its head ("how many research trips": "trips"), of German nouns in a row the first („wie viele
    Quadratmeter Bürofläche“), or ""."""
    m = COUNTING.search(question)
    if not m:
        # "How large is the firm's workforce?", „Wie groß ist die Belegschaft?": the size of a body of people
        sized = SIZE_OF.search(question)
        return sized.group(1) if sized else ""
    found: list[str] = []
    after = [t for t in tagger.tokens(question, language) if t.start >= m.end()]
    for t in after[:5]:  # "how many of the 97 electric buses"
        if t.text.lower() in AUXILIARY:
            break  # "How many bugs does Quillnote fix?": "does" is the verb, whatever a tagger reads
        if t.kind == "noun" or (language == "de" and t.kind == "name" and tagger.known_noun(t.text, "de")):
            found.append(t.text)  # „wie viele Drittanbieter“: a noun even where the articles use it as a name
        elif found or t.kind not in ("adjective", "other", "number"):
            break
    if not found:
        return ""
    noun = found[0] if language == "de" else found[-1]  # „Quadratmeter Bürofläche“ measures; "test flights" counts
    # … unless the English head is the end of a unit of two words: "how many kilowatt hours" asks for energy, no time
    if language == "en" and len(found) >= 2:
        pair = f"{found[-2]} {found[-1]}"
        if numbers.measured(pair) and numbers.measured(pair) != numbers.measured(noun):
            noun = pair
    # "How many people work for …", „Wie viele Menschen arbeiten …“ count the staff
    if noun.lower() in PEOPLE and WORKING.search(question):
        return "employees" if language == "en" else "Beschäftigte"
    return noun


PEOPLE = frozenset({"people", "persons", "menschen", "leute", "personen"})
AUXILIARY = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can"})
WORKING = re.compile(
    r"\b(?:work|works|worked|working|employ|employed|employs|employing|arbeite\w*|beschäftigt\w*|angestellt)\b", re.I
)


def _named_adjectives(tagged: Sequence[tagger.Token], opens: set[int], question: str) -> list[str]:
    """The capitalised adjectives of a German question that stand inside it before a noun: the first word of a
    name („Liberale“ of „die Liberale Mitte“). Not one that opens a sentence of the question, nor one in quotes, nor
    an ordinal, which makes a term or a title („die Erste Hilfe“, „der Zweite Vorsitzende“)."""
    quoted = [m.span() for m in QUOTED.finditer(question)]
    tokens = [t for t in tagged if t.kind != "punct"]
    openings = {m.start() for i, m in enumerate(WORD.finditer(question)) if i in opens}
    return [
        t.text
        for i, t in enumerate(tokens[:-1])
        if t.kind == "adjective"
        and t.text[:1].isupper()
        and not t.text.endswith("er")  # „des Berliner Zentrums“: a place's adjective, which speaks of the place
        and t.lemma.lower() not in numbers.ORDINAL_WORDS
        and i > 0
        and t.start not in openings
        and tokens[i + 1].kind in ("noun", "name")
        and not any(a <= t.start < b for a, b in quoted)
    ]


def _capital(word: str) -> bool:
    return len(word) > 2 and word[0].isupper() and word.lower() not in STOP and not word.isupper()


ELLIPTIC = 7  # words of a second clause short enough to lean on the first
PAIR = re.compile(
    r"(?P<a>(?:[A-ZÄÖÜ][\w’'.-]*\s+){0,2}[A-ZÄÖÜ][\w’'.-]*)\s+(?:und|and|sowie)\s+"
    r"(?P<b>(?:[A-ZÄÖÜ][\w’'.-]*\s+){0,2}[A-ZÄÖÜ][\w’'.-]*)"
)


def _interrogative_phrase(text: str, language: Lang) -> bool:
    """Whether ``text`` is an interrogative alone, maybe with a preposition or a noun ("Wohin", "Seit wann", "Which
    year"), no clause of its own ("Who heads Alibaba"): the first of two interrogatives that share one clause."""
    found = WORD.findall(text)
    return (
        1 <= len(found) <= 3
        and any(w.lower() in INTERROGATIVES for w in found[:2])
        and not any(t.kind in ("finite", "verb") for t in tagger.tokens(text, language))
    )


JOINT = " – "  # what joins a compound question's elliptic second part to the first part it leans on


def own_part(question: str) -> str:
    """A part of a compound question without the first part it leans on (``split_question``)."""
    return question.split(JOINT)[0]


def split_question(question: str, names: set[str], language: Lang = "de") -> list[str]:
    """The questions a compound question asks, each on its own: "Wie viel Umsatz machte Alibaba, und wer …?"
    → its two clauses; "Where and when does the fair take place?" → one question per interrogative, each with the
    clause they share; "What positions do Ralf Herbrich and Ralf T. Kreutzer hold?" → one question per named
    person. Any other question is itself."""
    m = COMPOUND.search(question)
    if m and _interrogative_phrase(question[: m.start()].rstrip(" ,"), language):
        second = question[m.start(2) :]
        verb = next((t for t in tagger.tokens(second, language) if t.kind == "finite"), None)
        if verb is not None and verb.start > 0:  # the clause both interrogatives ask in, from its finite verb on
            return [question[: m.start()].rstrip(" ,") + " " + second[verb.start :], second]
    if m and len(question[: m.start()].split()) >= 3:
        first = question[: m.start()].rstrip(" ,;")
        second = question[m.start(2) :]
        # a second clause that names nothing (and is not long) leaves it to the first ("… und wann ist er
        # erschienen?"): it is asked with the first clause's words after it, its own interrogative first
        if len(second.split()) < 2 * ELLIPTIC and not any(name_of(w, names) for w in WORD.findall(second)):
            second = second.rstrip(" ?") + JOINT + first + "?"
        return [first + "?", second]
    m = PAIR.search(question)
    if m and all(any(name_of(w, names) for w in WORD.findall(m.group(x))) for x in ("a", "b")):
        return [question[: m.start()] + m.group(x) + question[m.end() :] for x in ("a", "b")]
    return [question]
