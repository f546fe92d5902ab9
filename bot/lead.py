"""The direct first line of an answer: the asked value, read off the quoted sentence, in the question's words.

For a question with an answer type — a number, amount, percentage, date or year, a person, place or
organisation, or an article's author, date or title — the answer starts with one short line that states the
value with its qualifier: „Über 2.000“ / "Over 2,000" for "Wie viele … / How many …", „30,8 Milliarden
US-Dollar“ / "30.8 billion US dollars", „2021“, „Steve Anderson“. The value is what the cited sentence says:
numbers are re-written in the question's language (2.000 → 2,000; 30,8 Milliarden → 30.8 billion), qualifiers
translated (über → over, rund → about), units named only where the lexicon knows them (%, Euro, US-Dollar,
years); names stay as written. When the sentence holds several candidates, the one whose words are closest to
the question (by the embedder) is taken, if it is clearly closest. When the value can't be read off safely
there is no first line — never a guessed one. Leaves out: values spread over two sentences.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot import contacts, numbers, tables, tagger
from bot.evidence import DEFAULT_AUDIENCES, QUOTED_NAME, apposed, changed_near, counts, of_asked_kind
from bot.facts import audiences, groups_in, role_word, weekdays
from bot.lexicon import lexicon
from bot.names import derived_place, in_place
from bot.question import Profile, acts_in, deadline_asked
from bot.records import Lang

Similar = Callable[[Sequence[str]], Sequence[float]]  # similarity of each text to the question
MARGIN = 0.01  # how much closer to the question the chosen candidate must be than the next
WINDOW = 3  # words after a number that say what it counts
SIGNS = {"€": "Euro", "$": "US-Dollar", "£": "Pfund"}  # currency signs before a number, by the unit's canonical name
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
PERSON_KINDS = ("person",)
NAME_KINDS = ("person", "place", "organisation", "name")
SUBUNITS = ("Pence", "Cent")  # hundredths of a currency, written as given ("24.5 pence")
CURRENCIES = ("Euro", "US-Dollar", "Pfund", *SUBUNITS)  # the canonical names of the lexicon's currency units
LEGAL = r"(?:AG|GmbH|SE|KG|KGaA|OHG|Inc|Ltd|plc|LLC|Corp|N\.V|B\.V|S\.A)\b\.?"  # a company's legal form
LEGAL_AFTER, LEGAL_END = re.compile(r"^\s+" + LEGAL), re.compile(r"\s" + LEGAL + "$")


WHO = re.compile(r"\b(?:who|whom|whose|wer|wem|wen|wessen|name|names|namen|heißt|hieß)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Value:
    text: str  # as the bot writes it
    start: int  # where the sentence states it
    end: int


def lead(
    question: Profile,
    sentence: str,
    language: str,
    similar: Similar | None = None,
    names: frozenset[str] = frozenset(),
    table: tables.Table | None = None,
) -> Value | None:
    """The asked value in ``sentence`` (written in ``language``), worded for the question; None if unsafe.
    ``names`` are the corpus's proper names (the tagger misses some in long sentences). A row of ``table`` is read
    in the column the question asks for (``tables.column``), else in every column but the first, which names the
    row."""
    source: Lang = "en" if language == "en" else "de"
    if table is not None:
        sentence = _asked_cells(table, sentence, question.text)
    if question.meta == "title":
        return Value(sentence.strip(), 0, len(sentence))
    # a question about the author asks for their name only where it asks who ("What position does the author
    # hold?" asks what the byline says of them)
    by = question.meta == "author" and (question.kind == "person" or bool(WHO.search(question.text)))
    kind = "date" if question.meta == "date" else "person" if by else question.kind
    if question.listed >= 2 and kind in ("number", "money", "percent", "date"):
        return None  # „zu welchen Terminen … die zwei Teilzahlungen": one value of the two would be half an answer
    if kind in ("number", "money", "percent"):
        return _quantity(question, kind, sentence, source, similar)
    if kind == "date":
        return _date(question, sentence, source, similar)
    if kind in contacts.KINDS:
        return _contact(kind, sentence, similar, question.text)
    try:
        if kind in NAME_KINDS:
            return _name(question, kind, sentence, source, similar, names)
    except _Unsure:
        return None
    return None


def _asked_cells(table: tables.Table, row: str, question: str) -> str:
    """``row`` with the cells that don't answer blanked (so offsets stay): all but the asked column's, or the first
    cell when no column is asked for."""
    cells = tables.spans(row)
    if len(cells) != len(table.columns):
        return row
    asked = tables.column(table, question)
    chars = list(row)
    for i, (start, end) in enumerate(cells):
        if i == 0 or (asked > 0 and i != asked):
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def _contact(kind: str, sentence: str, similar: Similar | None, asked: str) -> Value | None:
    """The e-mail address, telephone number, web address or code the sentence gives (not one the question ``asked``
    gives itself: "the HX-9"); of several, the one whose words before it are closest to the question ("Fragen zu
    Beiträgen … unter 04711 884312")."""
    found = [
        m
        for m in contacts.FORMS[kind].finditer(sentence)
        if contacts.found(kind, m.group(0)) and m.group(0).rstrip(".") not in asked
    ]
    if not found:
        return None
    if len({m.group(0) for m in found}) > 1:
        windows = [" ".join([*sentence[: m.start()].split()[-WINDOW:], m.group(0)]) for m in found]
        try:
            found = [found[_pick(windows, similar)]]
        except _Unsure:
            return None
    m = found[0]
    value = m.group(0).rstrip(".")
    return Value(value, m.start(), m.start() + len(value))


# --- quantities --------------------------------------------------------------


@dataclass(frozen=True)
class _Amount:
    quantity: numbers.Quantity
    start: int
    end: int
    relation: str  # from the lexicon's qualifiers, "" for none
    qualifier_start: int
    unit: str  # the unit's canonical form (the first lexicon's spelling), "" for none
    unit_end: int
    scaled: float  # the scale factor the sentence wrote out (Milliarden), 1 for none
    upper: numbers.Quantity | None = None  # the range's other end: "75 to 90 seconds", „zwölf bis 18 Monate“


def _quantity(question: Profile, kind: str, sentence: str, source: Lang, similar: Similar | None) -> Value | None:
    found = [a for a in _amounts(sentence, source) if not any(a.quantity.matches(q) for q in question.quantities)]
    if kind == "percent":
        found = [a for a in found if a.quantity.kind == "percent"]
    elif kind == "money":
        found = [a for a in found if a.unit in CURRENCIES and a.quantity.kind == "number"]
        rate = numbers.rate_unit(question.text)  # "per kWh": the price per that measure, not the year's
        if rate:
            found = [
                a for a in found if numbers.rate_unit(sentence[a.unit_end : a.unit_end + numbers.RATE_AFTER]) == rate
            ]
    else:  # a count or measure: no year, no amount of money, no "one" that is an article ("every one of …")
        found = [
            a
            for a in found
            if (a.quantity.kind == "percent" or (a.quantity.kind == "number" and not _is_year(a, sentence)))
            and a.unit not in CURRENCIES
            and sentence[a.start : a.end].lower() not in ("one", "eins")
            and not numbers.ordinal_or_clock(sentence, a.start, a.end)  # "im 20. Stock", "14.15 Uhr"
        ]
        found = [a for a in found if of_asked_kind(question, sentence[a.end :])]
        if question.counted:  # "wie viele Mitarbeiter": a count, no share, no age ("children aged two to five")
            found = [
                a
                for a in found
                if a.quantity.kind == "number" and not AGED.search(sentence[max(0, a.start - AGED_WINDOW) : a.start])
            ]
        # (across languages, where the counted thing is a group of people both lexicons name: "employees" counts
        # „Beschäftigte“, not „Menschen“)
        if question.counted and (source == question.language or groups_in(question.counted)):
            # (of the asked year first: „Im Jahr 2024 … 1.870 Patienten …, im Jahr 2023 waren es noch 1.640")
            found = [a for a in found if not _other_year(a, found, sentence, question.years)] or found
            # "how many pages" is answered by "412 pages", not by "three generations" in the same sentence; where no
            # figure counts the asked noun, only one that counts no other noun may ("im Schnitt 2.150")
            counting = [a for a in found if counts(question.counted, sentence[a.end :], source, sentence)]
            found = counting or [a for a in found if not _counts_a_thing(sentence[a.end :], source)]
    if question.change:  # "Um wie viel …?": the figure of the change, next to the word that states it
        found = [a for a in found if changed_near(sentence, a.start, a.end)]
    old = _superseded(found, sentence)
    # "nine of her fourteen crew", „87 der 412 stimmberechtigten Mitglieder": the part is what happened to some,
    # the whole only what a question for all of them asks ("in all", „insgesamt", "does … have")
    wholes = _wholes(found, sentence)
    if wholes:
        whole = bool(WHOLE_ASKED.search(question.text))
        found = [a for a in found if (a.start in wholes) == whole] or found
    # a figure its own clause gives for another year than the question asks is no answer: "für 2026 … 118 Millionen
    # Euro, nachdem wir für 2025 noch 124 Millionen angesetzt hatten"
    found = [a for a in found if not _other_year(a, found, sentence, question.years)] or found
    # "the bill rises from £1,355.03 to £1,422.64", „von 84 auf 96 Euro", „216 Euro statt bisher 180 Euro": the new
    # figure answers, the old one only a question for the value before („bisher", "previously") or its year
    if old:
        asks_old = tables.marked(question.text, "superseded")
        found = [a for a in found if (a.start in old) == asks_old] or found
    # "What does a child pay?": the figure given for that group („Erwachsene 216 Euro, Kinder 84 Euro", "£22 for
    # members and £34 for non-members"); a question for no group asks the figure given for none or for all
    asked = audiences(question.text)
    if len(found) >= 2 and "|" not in sentence:  # a table row's label is every cell's: its columns tell them apart
        # a group named before the first figure is the whole sentence's where a figure names none of its own ("Of
        # our Year 11 students, 74% … and 46% …")
        topic = audiences(sentence[: min(a.qualifier_start for a in found)])
        given = [audiences(_given_for(a, found, sentence)) or topic for a in found]
        if asked:
            found = [a for a, g in zip(found, given, strict=True) if asked & g] or found
        else:
            found = [a for a, g in zip(found, given, strict=True) if g <= DEFAULT_AUDIENCES] or found
    # "a two-bedroom flat": the figure its clause gives for the asked size („für einen Zweipersonenhaushalt …")
    if len(found) >= 2 and numbers.sized(question.text):
        found = [a for a in found if numbers.same_size(question.text, _given_for(a, found, sentence))] or found
    # "for the Saturday": the figure its clause gives for that day („für Freitag 39 Euro, für Samstag 49 Euro“)
    days = weekdays(question.text)
    if days:
        found = [a for a in found if days & weekdays(_clause_before(a, found, sentence))] or found
    best = _closest(found, sentence, similar)
    if best is None:
        return None
    target = question.language
    text = format_amount(best, target)
    return Value(text, best.qualifier_start, best.unit_end)


# what turns one figure into the next: "rises from A to B", „von A auf B", "B instead of A", "B, up from A"
CHANGE_VERB = re.compile(
    r"\b(?:rise|rises|rose|risen|raised?|increase[sd]?|fall|falls|fell|fallen|drops?|dropped|cut|cuts|climb\w*|"
    r"go(?:es)? (?:up|down)|went (?:up|down)|grow\w*|grew|declin\w*|reduc\w*|lower\w*|chang\w*)\b",
    re.IGNORECASE,
)
FROM_BEFORE = re.compile(r"\b(?:from|von)\s*$", re.IGNORECASE)
TO_BETWEEN = re.compile(r"^\s*(?:to|auf)\s*$", re.IGNORECASE)
OLD_BEFORE = re.compile(
    r"\b(?:statt|anstatt|anstelle von|instead of|up from|down from|(?:statt |anstatt )?bisher|zuvor|vorher|"
    r"previously|formerly|(?:compared )?with the previous|from the previous)\s*$",
    re.IGNORECASE,
)


PART_OF = re.compile(
    r"^\s*(?:of|von|der|aus)\s+(?:(?:her|his|its|their|the|all|den|seinen|ihren|insgesamt)\s+)?$", re.IGNORECASE
)
WHOLE_ASKED = re.compile(
    r"\b(?:in all|in total|altogether|overall|total|insgesamt|gesamt\w*|alle|all|(?:does|do|did|has|have|had)\b"
    r"[^?]*\b(?:have|has|had|employ|count)|hat|haben|hatte|hatten|zählt|zählte)\b",
    re.IGNORECASE,
)


def _wholes(found: Sequence[_Amount], sentence: str) -> set[int]:
    """The starts of figures ``sentence`` gives as the whole a part is of: B in "A of her B crew", „A der B
    Mitglieder"."""
    ordered = sorted(found, key=lambda a: a.start)
    return {
        b.start
        for a, b in itertools.pairwise(ordered)
        if a.quantity.kind == b.quantity.kind == "number"
        and a.quantity.value < b.quantity.value
        and PART_OF.match(sentence[max(a.end, a.unit_end) : b.qualifier_start])
    }


def _superseded(found: Sequence[_Amount], sentence: str) -> set[int]:
    """The starts of the figures ``sentence`` gives as the old side of a change: A in "rises from A to B" (in German
    „von A auf B" needs no verb: a range is „von A bis B"), in „B statt bisher A", "B, up from A"."""
    old = set()
    ordered = sorted(found, key=lambda a: a.start)
    verb = bool(CHANGE_VERB.search(sentence))
    for a, b in itertools.pairwise(ordered):
        between = sentence[max(a.end, a.unit_end) : b.qualifier_start]
        changed = verb or bool(re.match(r"\s*auf\s*$", between, re.IGNORECASE))
        if changed and FROM_BEFORE.search(sentence[: a.qualifier_start]) and TO_BETWEEN.match(between):
            old.add(a.start)
    for a in ordered:
        if OLD_BEFORE.search(sentence[: a.qualifier_start]):
            old.add(a.start)
    return old


AGED_WINDOW = 24  # characters before a figure that may say it is an age
# … the second age of a pair or range too: "aged 2 and 3", „im Alter von 6 bis 10“
AGED = re.compile(
    r"\b(?:aged|ages|im alter von|alter von)\s+(?:between\s+|from\s+|zwischen\s+)?"
    r"(?:\d{1,3}\s*(?:and|or|to|und|oder|bis|[-–])\s*)?$",
    re.IGNORECASE,
)


def _counts_a_thing(after: str, language: Lang) -> bool:
    """Whether the words after a figure name what it counts: a noun, after any adjectives („drei Generationen“,
    "four new stations")."""
    for token in tagger.tokens(after[:60], language):
        if token.kind == "adjective":
            continue
        return token.kind == "noun"
    return False


def _other_year(a: _Amount, found: Sequence[_Amount], sentence: str, years: Sequence[int]) -> bool:
    """Whether the clause of ``a`` up to it, or the words right after it, name a year, none of ``years`` (given)."""
    if not years:
        return False
    since = max((b.end for b in found if b.end <= a.qualifier_start), default=0)
    before = re.split(r"[.;:,!?()]", sentence[since : a.qualifier_start])[-1]
    after = re.split(r"[.;:,!?()]", sentence[a.unit_end :])[0]
    named = {int(m.group()) for m in numbers.BARE_YEAR.finditer(f"{before} {after}")}
    return bool(named) and not named & set(years)


def _amounts(sentence: str, source: Lang) -> list[_Amount]:
    lex = lexicon(source)
    out = []
    located = sorted(numbers.located(sentence), key=lambda found: found[1])
    ends: set[int] = set()  # the upper ends of ranges, no figures of their own
    for at, (q, start, end) in enumerate(located):
        if q.kind == "date" or start in ends:
            continue
        upper = None
        if at + 1 < len(located):
            q2, start2, end2 = located[at + 1]
            if q2.kind == q.kind and q2.value > q.value and re.fullmatch(r"\s*(?:bis|to|–|-)\s*", sentence[end:start2]):
                upper, end = q2, end2
                ends.add(start2)
        before = sentence[:start].lower()
        relation, qualifier_start = "", start
        for phrase, rel in sorted(lex.qualifiers.items(), key=lambda kv: -len(kv[0])):
            m = re.search(r"(?:^|\W)(" + re.escape(phrase) + r")\s*$", before)
            if m:
                relation, qualifier_start = rel, m.start(1)
                break
        rest = sentence[end:]
        unit, unit_end = "", end
        for (de_pattern, name), (en_pattern, _) in zip(lexicon("de").units, lexicon("en").units, strict=True):
            m = re.match(r"\s*(?:" + de_pattern + "|" + en_pattern + r")", rest, re.IGNORECASE)
            if m:
                unit, unit_end = name, end + m.end()
                break
        sign = SIGNS.get(sentence[start - 1 : start]) if start else None  # "€45 million", "$12 million"
        if sign and not unit:
            unit, qualifier_start = sign, min(qualifier_start, start - 1)
        raw = sentence[start:end].lower().rstrip(".")
        scaled = next((f for w, f in lex.scales.items() if re.search(r"\b" + re.escape(w) + r"$", raw)), 1.0)
        out.append(_Amount(q, start, end, relation, qualifier_start, unit, unit_end, scaled, upper))
    # „84 statt 72 Euro", "from 84 to 96 euros", „32 beziehungsweise 48 Euro": the first figure is in the unit of the
    # one it is paired with
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if not a.unit and b.unit and a.quantity.kind == b.quantity.kind and PAIRED.fullmatch(sentence[a.end : b.start]):
            out[i] = replace(a, unit=b.unit)
    return out


PAIRED = re.compile(r"\s*(?:statt|anstatt|auf|to|or|oder|bzw\.|beziehungsweise|/)\s*(?:bisher\s+|zuvor\s+)?", re.I)


def _is_year(a: _Amount, sentence: str) -> bool:
    v = a.quantity.value
    return (
        v.is_integer()
        and 1800 <= v <= 2100
        and not a.unit
        and a.relation == ""
        and "." not in sentence[a.start : a.end]
    )


def format_amount(a: _Amount, language: Lang) -> str:
    """An amount as the bot writes it in ``language``: qualifier, number, scale, unit."""
    lex = lexicon(language)
    value = a.quantity.value / a.scaled
    number = format_number(value, language)
    if a.unit in CURRENCIES and a.unit not in SUBUNITS and a.scaled == 1.0 and not value.is_integer():  # „22,50 Euro"
        number = format_number(round(value, 2), language)
        number += "0" if len(number.rpartition(lexicon(language).decimal)[2]) == 1 else ""
    if a.upper is not None:
        number += (" to " if language == "en" else " bis ") + format_number(a.upper.value / a.scaled, language)
    if a.scaled != 1.0:
        singular, plural = lex.extra["scale_words"][a.scaled]
        number += " " + (singular if value == 1 else plural)
    unit = _unit_name(a.unit, language)
    if value == 1 and a.upper is None:  # "1 Woche", "1 week"
        unit = lex.extra.get("unit_singular", {}).get(unit, unit)
    text = number + ("" if not unit else unit if unit == "%" else " " + unit)
    if a.quantity.kind == "percent" and not unit:
        text += " %"
    if a.relation:
        text = lex.relation_words[a.relation] + " " + text
    return text[0].upper() + text[1:]


def _unit_name(canonical: str, language: Lang) -> str:
    if not canonical:
        return ""
    de_units = [n for _, n in lexicon("de").units]
    name = lexicon(language).units[de_units.index(canonical)][1]
    return " %" if name == "%" and language == "de" else name


def format_number(value: float, language: Lang) -> str:
    """``value`` with the language's thousands separator and decimal mark: 2.000 / 2,000; 4,5 / 4.5."""
    lex = lexicon(language)
    if value.is_integer():
        return f"{int(value):,}".replace(",", lex.thousands)
    whole, _, fraction = f"{value:.6f}".rstrip("0").partition(".")
    return f"{int(whole):,}".replace(",", lex.thousands) + lex.decimal + fraction


FOR_AFTER = re.compile(r"\s*(?:für|for|per|pro|je)\s", re.IGNORECASE)


def _given_for(a: _Amount, found: Sequence[_Amount], sentence: str) -> str:
    """The words that say for whom ``a`` is given: those after it where a "für / for" follows its unit ("22 Euro für
    Mitglieder"), else those of its clause before it („Kinder und Jugendliche 84 Euro")."""
    end = max(a.end, a.unit_end)
    after = sentence[end : min((b.qualifier_start for b in found if b.qualifier_start >= end), default=len(sentence))]
    if FOR_AFTER.match(after):
        return FOR_END.split(after)[0]
    before = _clause_before(a, found, sentence)
    # … not the words the figure before took for itself: in „22 Euro für Mitglieder und 34 Euro für Nichtmitglieder,
    # für Kinder 12 Euro" the 12 is the children's
    previous = [b for b in found if max(b.end, b.unit_end) <= a.qualifier_start]
    if previous:
        prior = max(previous, key=lambda b: b.end)
        taken = sentence[max(prior.end, prior.unit_end) : a.qualifier_start]
        if FOR_AFTER.match(taken):
            parts = FOR_END.split(taken, maxsplit=1)
            return parts[1] if len(parts) > 1 else ""
    return before


FOR_END = re.compile(r"[,;:()]|\s(?:und|and|or|oder|bzw\.|beziehungsweise)\s")


def _clause_before(a: _Amount, found: Sequence[_Amount], sentence: str) -> str:
    """The words of ``a``'s clause before it, after any other figure: what the figure is given for."""
    since = max((b.end for b in found if b.end <= a.qualifier_start), default=0)
    return re.split(r"[.;:!?()]", sentence[since : a.qualifier_start])[-1]


def _closest(found: list[_Amount], sentence: str, similar: Similar | None) -> _Amount | None:
    if len(found) <= 1:
        return found[0] if found else None
    windows = []
    for a in found:
        # what a figure is about stands after it ("61 pizzas") or before it in its clause ("ready in 75 seconds")
        # … but not the words after another figure, which are that figure's ("in über 20 Teams mehr als 50 …")
        since = max((b.end for b in found if b.end <= a.qualifier_start), default=-1)
        pieces = re.split(r"[.;:,!?()]", sentence[max(0, since) : a.qualifier_start])
        words = pieces[-1].split()[WINDOW if since >= 0 and len(pieces) == 1 else 0 :]
        before = " ".join(words[-WINDOW:])
        # … within its own clause: in „im Lager 28 Euro, im Zweibettzimmer 46 Euro" the words after the comma
        # are the next figure's
        after = " ".join(re.split(r"[;:()]|,\s", sentence[a.end :])[0].split()[:WINDOW])
        windows.append(f"{before} {sentence[a.qualifier_start : a.end]} {after}".strip())
    try:
        return found[_pick(windows, similar)]
    except _Unsure:
        return None


# --- dates ---------------------------------------------------------------------


def _date(question: Profile, sentence: str, source: Lang, similar: Similar | None) -> Value | None:
    target = question.language
    lex = lexicon(target)
    months = list(lex.months)[:12]
    iso = ISO_DATE.search(sentence)
    if iso:
        year, month, day = int(iso.group(1)), int(iso.group(2)), iso.group(3)
        if 1 <= month <= 12:
            return Value(_format_date(year, month, int(day) if day else 0, target, months), iso.start(), iso.end())
    dates = [(q, s, e) for q, s, e in numbers.located(sentence) if q.kind == "date" and q.value >= 10000]
    asked = question.quantities
    dates = [(q, s, e) for q, s, e in dates if not any(q.matches(k) for k in asked)]
    # the date of the act asked about, where the sentence dates others too: „wurde am 21. November 2024 beschlossen
    # und gilt ab dem 1. März 2025“ for "From what date do the rules apply?"
    # (not for an end asked: "Until what date does the rent index remain in force?" is no start)
    acted = [] if deadline_asked(question.text) else _near_act(question, sentence, dates)
    if question.act and not acted and not acts_in(question.act, sentence):
        return None  # „Sie ersetzt die Hausordnung vom April 2016“ dates no act asked about
    dates = acted or dates
    if len(dates) == 1:
        q, s, e = dates[0]
        v = int(q.value)
        return Value(_format_date(v // 10000, v // 100 % 100, v % 100, target, months), s, e)
    if dates:
        return None
    years = [
        (q, s, e)
        for q, s, e in numbers.located(sentence, words=False)
        if q.kind == "number"
        and q.value.is_integer()
        and 1800 <= q.value <= 2100
        and not any(q.matches(k) for k in asked)
    ]
    month_year = _month_year(sentence, source)
    if month_year and len(years) == 1:
        month, s = month_year
        return Value(_format_date(int(years[0][0].value), month, 0, target, months), s, years[0][2])
    if len({q.value for q, _, _ in years}) == 1:
        return Value(str(int(years[0][0].value)), years[0][1], years[0][2])
    if not years and not dates:
        return _month(question, sentence, source)
    if len(years) > 1 and similar is not None:
        windows = [" ".join(sentence[max(0, s - 40) : e + 20].split()) for _, s, e in years]
        scores = list(similar(windows))
        order = sorted(range(len(years)), key=lambda i: -scores[i])
        if scores[order[0]] - scores[order[1]] >= MARGIN:
            q, s, e = years[order[0]]
            return Value(str(int(q.value)), s, e)
    return None


ACT_NEAR = 40  # characters between a word of the act asked about and its date


def _near_act(
    question: Profile, sentence: str, dates: Sequence[tuple[numbers.Quantity, int, int]]
) -> list[tuple[numbers.Quantity, int, int]]:
    """Of ``dates``, the one next to each word of the act the question asks the date of ("gilt ab dem 1. März
    2025", not the day it was passed before that)."""
    out = []
    for m in acts_in(question.act, sentence) if question.act else []:
        gaps = [(max(s - m.end(), m.start() - e, 0), (q, s, e)) for q, s, e in dates]
        near = [d for gap, d in sorted(gaps, key=lambda g: g[0]) if gap <= ACT_NEAR][:1]
        out += [d for d in near if d not in out]
    return out


def _month(question: Profile, sentence: str, source: Lang) -> Value | None:
    """A month without a year ("seit Januar", "Anfang Dezember"), with its part, in the question's words."""
    names = "|".join(sorted(lexicon(source).months, key=len, reverse=True))
    # (a month's name is capitalised in both languages: "may only take place" names no May)
    found = list(re.finditer(r"\b(?=(?-i:[A-ZÄÖÜ]))(" + names + r")\b", sentence, re.IGNORECASE))
    if len(found) != 1:
        return None
    m = found[0]
    month = lexicon(source).months[m.group(1).lower()]
    target = lexicon(question.language)
    text = list(target.months)[month - 1]
    text = text.capitalize()
    parts: dict[str, str] = lexicon(source).extra["month_parts"]
    start = m.start()
    for phrase, part in sorted(parts.items(), key=lambda kv: -len(kv[0])):
        before = re.search(r"\b" + re.escape(phrase) + r"\s+$", sentence[: m.start()], re.IGNORECASE)
        if before:
            text = target.extra["month_part_words"][part] + " " + text
            start = before.start()
            break
    return Value(text[0].upper() + text[1:], start, m.end())


def _month_year(sentence: str, source: Lang) -> tuple[int, int] | None:
    names = "|".join(sorted(lexicon(source).months, key=len, reverse=True))
    m = re.search(r"\b(?=(?-i:[A-ZÄÖÜ]))(" + names + r")\s+(\d{4})\b", sentence, re.IGNORECASE)
    return (lexicon(source).months[m.group(1).lower()], m.start()) if m else None


def _format_date(year: int, month: int, day: int, language: Lang, months: list[str]) -> str:
    name = months[month - 1].capitalize() if month else ""
    if day and month:
        return f"{day:02d}.{month:02d}.{year}" if language == "de" else f"{day} {name} {year}"
    if month:
        return f"{name} {year}"
    return str(year)


# --- names -----------------------------------------------------------------------


def _name(
    question: Profile, kind: str, sentence: str, source: Lang, similar: Similar | None, names: frozenset[str]
) -> Value | None:
    if kind == "name":  # "What was the first rope called?": „das erste Kletterseil, das „Brandauer Alpin 11“"
        quoted = [m for m in QUOTED_NAME.finditer(sentence) if apposed(sentence, m) and m.group(1) not in question.text]
        if len(quoted) == 1:
            return Value(quoted[0].group(1), quoted[0].start(1), quoted[0].end(1))
    runs = _name_runs(sentence, source, names, kind in PERSON_KINDS)
    # a run with a name the question asks about is whom it asks about, not the answer ("Jeff Bezos")
    asked = {w.lower() for n in question.names for w in n.split()}
    runs = [r for r in runs if not any(_bare(w) in asked for w in sentence[r[0] : r[1]].split())]
    if kind in PERSON_KINDS:
        people = [r for r in runs if len(sentence[r[0] : r[1]].split()) >= 2]
        runs = people or runs
    if kind == "place":  # "von Jack Ma, dem Chef von Alibaba" is whom it is from, not where
        before = lexicon(source).extra.get("locatives", ())
        runs = [
            r
            for r in runs
            if _preceded(sentence, r[0], before)
            and not _person(sentence, r)
            and not _of_role(sentence, r)
            and not derived_place(sentence[r[0] : r[1]], question.text)
        ]
    if kind in (*PERSON_KINDS, "name"):  # "Prime-Mitglieder in Berlin und Potsdam": where they are is not who, nor
        runs = [r for r in runs if not in_place(sentence, r[0])]  # what a thing is called
    if kind == "organisation":  # "ein Logistikzentrum in Europa" names no company, "Jack Ma, dem Chef" a person
        runs = [r for r in runs if not in_place(sentence, r[0]) and not _person(sentence, r) and not _term(sentence, r)]
        # a name with a company's legal form is one ("Siemens AG", "Nordlicht GmbH")
        formed = [(a, b + m.end()) for a, b in runs if (m := LEGAL_AFTER.match(sentence[b:]))]
        runs = formed + [(a, b) for a, b in runs if LEGAL_END.search(sentence[a:b])] or runs
    if not runs:
        return None
    # which name the question asks for: the one whose surroundings ("der Autor Steve Anderson") are closest
    windows = [" ".join([*sentence[: r[0]].split()[-WINDOW:], sentence[r[0] : r[1]]]) for r in runs]
    start, end = runs[_pick(windows, similar)] if len(runs) > 1 else runs[0]
    return Value(sentence[start:end], start, end)


def _person(sentence: str, run: tuple[int, int]) -> bool:
    """Whether the name at ``run`` is a person's by the role next to it: "Jack Ma, dem Chef von Alibaba",
    "CEO Andy Jassy"."""
    before = sentence[: run[0]].split()[-1:]
    after = re.findall(r"[^\W\d_][\w-]*", sentence[run[1] :])[:2]
    return any(role_word(w) for w in [*before, *after])


def _of_role(sentence: str, run: tuple[int, int]) -> bool:
    """Whether the name at ``run`` is what a role is of ("dem Chef von Alibaba", "head of Pellmark"): an
    organisation, not a place."""
    before = sentence[: run[0]].split()[-2:]
    return len(before) == 2 and before[1].lower() in OF_ROLE and role_word(before[0].strip(",;:"))


OF_ROLE = ("von", "of", "bei", "at", "der", "des")


def _term(sentence: str, run: tuple[int, int]) -> bool:
    """Whether the name at ``run`` is a short abbreviation of a term ("KI", "AI"), not a company's name."""
    text = sentence[run[0] : run[1]]
    return text.isupper() and len(text) <= 2


def _bare(word: str) -> str:
    """A name without its possessive ending or a full stop: "Bezos’" and "Amazon's" → "bezos", "amazon"."""
    return re.sub(r"(’s|'s|’|')$", "", word.lower().rstrip("."))


def _pick(windows: Sequence[str], similar: Similar | None) -> int:
    """The index of the window clearly closest to the question; ``_Unsure`` when none is."""
    if similar is None:
        raise _Unsure
    scores = list(similar(windows))
    order = sorted(range(len(windows)), key=lambda i: -scores[i])
    if scores[order[0]] - scores[order[1]] < MARGIN:
        raise _Unsure
    return order[0]


class _Unsure(Exception):
    """No candidate is clearly the asked one."""


def _name_runs(
    sentence: str, source: Lang, names: frozenset[str] = frozenset(), person: bool = False
) -> list[tuple[int, int]]:
    """Spans of consecutive proper names ("Steve Anderson", "Ralf T. Kreutzer"): words the tagger reads as
    names, or the corpus uses as names. For a person, a corpus name the German tagger reads here as a noun
    only continues a run ("Charlotte Malz"), never starts one ("per Elektroscooter", "in Teil 2/2")."""
    tokens = tagger.tokens(sentence, source)
    runs: list[tuple[int, int]] = []
    current: list[tagger.Token] = []
    for i, t in enumerate(tokens):
        initial = (
            len(t.text) == 1
            and t.text.isupper()
            and i + 1 < len(tokens)
            and tokens[i + 1].text == "."
            and bool(current)
        )
        # a corpus name the tagger reads here as a noun it knows is none: "220.000 Quadratmeter"
        noun = source == "de" and (t.tag.startswith("NN") if person else tagger.common_noun(tokens, i))
        # … and a word the tagger reads here as an adjective is none either: "mehr Mut zu Neuem"
        adjective = source == "de" and t.kind == "adjective"
        named = t.kind == "name" or (t.text in names and not adjective and (not noun or (person and bool(current))))
        # a surname the German tagger reads as a noun ("Daniel Rosskopf,"): a capitalised word right after a first
        # name, ending the noun phrase (a comma, a verb, a relative pronoun or the sentence's end follows)
        named = named or (
            person
            and source == "de"
            and len(current) == 1
            and current[0].kind == "name"
            and t.tag.startswith("NN")
            and (i + 1 == len(tokens) or tokens[i + 1].kind in ("punct", "finite") or tokens[i + 1].tag == "PRELS")
        )
        # English capitalises a noun inside a sentence only in a name: "the Wexbridge Health Research Trust"
        named = named or (source == "en" and not person and bool(current) and t.kind == "noun")
        if (t.text[:1].isupper() and named) or initial:
            current.append(t)
            continue
        if t.text == "." and current and len(current[-1].text) == 1:
            current.append(t)
            continue
        if current:
            runs.append((current[0].start, current[-1].end))
        current = []
    if current:
        runs.append((current[0].start, current[-1].end))
    return runs


def _preceded(sentence: str, start: int, words: Sequence[str]) -> bool:
    before = sentence[:start].split()
    return bool(before) and before[-1].lower() in words
