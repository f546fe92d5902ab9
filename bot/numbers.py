"""Numbers, amounts, percentages and dates in German and English text, as values.

"2.000" = "2,000" = "2000"; "1,5 Millionen" = "1.5 million"; "30,8 Milliarden"
= "30.8 billion"; "14.01.2020" = "14 January 2020" = "14. Januar 2020";
a day without a year ("am 11.11.", "November 11") matches that day in any year;
"60 %" = "60 percent". A separator followed by exactly three digits groups
thousands; otherwise it is a decimal mark. Number words up to twelve count.
Used by the verifier (every number of a statement must be in its source) and
by the answerability check ("wie viele" needs a number).

``amounts`` reads the same quantities as intervals, with the qualifier before
them and fractions in words: "über 2.000" is (2000, ∞), "knapp die Hälfte"
is [45 %, 50 %), "rund 40 %" is [36 %, 44 %], "zwei Drittel" is about 66.7 %.
``Amount.within`` says whether one interval lies inside another, which is how
the verifier compares a claim's figure with its evidence's. The words
(qualifiers, number words, fractions, scales) come from ``bot.lexicon``.
Leaves out: ranges written "2.000–3.000", arithmetic between figures
("doubled from 10 to 20" is two numbers and a factor).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from bot.lexicon import lexicon

MONTHS = {
    **{
        m: i + 1
        for i, m in enumerate(
            [
                "januar",
                "februar",
                "märz",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "dezember",
            ]
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ]
        )
    },
    "jänner": 1,
    "maerz": 3,
}
SCALES = {
    "tausend": 1e3, "thousand": 1e3, "tsd": 1e3,
    "million": 1e6, "millionen": 1e6, "mio": 1e6, "millions": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "billion": 1e9, "billions": 1e9, "billionen": 1e12,
}  # fmt: skip
# number words of both languages ("vierzehn", "fourteen"), but those that are also articles ("ein", "one")
WORDS = {
    w: float(v)
    for lx in (lexicon("de"), lexicon("en"))
    for w, v in lx.number_words.items()
    if w not in lx.not_numbers and v < 1000
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_NUMERIC = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
DATE_DMY = re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE)
DATE_MDY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
# a day without its year: "am 11.11.", "11. November", "November 11"
DAY_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?!\d)")
# … a month without a year written with its capital ("7 may visit" is no 7 May)
_MONTH_NAMED = rf"(?=(?-i:[A-ZÄÖÜ]))(?:{_MONTH})"
DAY_DM = re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH_NAMED})\b(?!\s+\d)", re.IGNORECASE)
# the first day of a range whose month comes after the last: „vom 1. bis zum 19. September", "1–19 September"
DAY_RANGE = re.compile(
    rf"\b(\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:bis(?:\s+zum)?|to|until|–|-)\s*(?:the\s+)?\d{{1,2}}(?:\.|st|nd|rd|th)?\s+"
    rf"({_MONTH_NAMED})\b(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)
# (not „1. Mai 6,50 Euro": a German day before the month, a decimal after it)
# (… not a month named as a period: „im August 30 Bilder“, "in May 12 teams")
DAY_MD = re.compile(
    r"(?<!\d\.\s)(?<!\d\s)(?<!\bim\s)(?<!\bin\s)(?<!\bseit\s)(?<!\bbis\s)(?<!\bsince\s)(?<!\buntil\s)"
    rf"\b({_MONTH_NAMED})\s+(\d{{1,2}})\b(?![,.]\d)(?![\d,.]*\s*\d{{4}})",
    re.IGNORECASE,
)
# a time of day with its minutes, on either clock: "18:30", „18.30 Uhr", "6.30pm", "9 am", „9 Uhr"
CLOCK_TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?(?!\w))|"
    r"\b(?P<h2>[01]?\d|2[0-3])(?:[.:](?P<m2>[0-5]\d))?\s*(?:Uhr|h|o['’]clock)\b|"
    r"\b(?P<h3>[01]?\d|2[0-3]):(?P<m3>[0-5]\d)\b(?!:\d)",
    re.IGNORECASE,
)
NUMBER = re.compile(
    r"(?<![\w.,])(?:(?<=[€£$])(?P<currency>))?(?P<whole>\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](?P<fraction>\d+))?(?![\d])"
    r"(?:\s*(?P<percent>%|prozent|percent|per cent)|\s*(?P<scale>" + "|".join(SCALES) + r")\b\.?"
    # after a currency sign, English news abbreviates the scale: "€12.5m", "£4.2bn" (a bare "38m" is metres)
    r"|(?(currency)(?P<short>bn|mn|m|k)(?![\w-])))?",
    re.IGNORECASE,
)
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
# what joins the two figures of a change or a range ("52,3 auf 44,0 Millionen", "12 to 15 %", "430 und 445 Millionen")
PAIRED = re.compile(r"\s*(?:auf|bis|bis zu|und|to|and|–|-)\s*", re.IGNORECASE)
PAIR_OPENS = re.compile(r"\b(?:zwischen|between)\s+$", re.IGNORECASE)  # "und / and" pairs only after these
# the measures a hyphenated word number may lead ("eleven-month", "two-year", "zwei-jährig")
MEASURED = r"(?:second|minute|hour|day|week|month|year|decade|stunde|tag|woche|monat|jahr|jährig|tägig|wöchig|monatig)"
WORD_NUMBER = re.compile(r"\b(" + "|".join(WORDS) + r")\b", re.IGNORECASE)
CURRENCY = re.compile(
    r"\s*(?:of\s+)?(us-|us )?(euro|€|dollar|\$|usd|eur|franken|pfund|£|pounds?|yuan|renminbi|"
    # currencies of other times and places, as whole words ("84.000 Mark", not "Marktanteil")
    r"(?:(?:d-|reichs|gold)?mark|marks|dm|schilling|gulden|cents?|pence|yen|kronen|kroner|rubel|roubles?|rupien|"
    r"rupees?)(?![\w-]))",
    re.I,
)
# pence written onto the figure: "65p per kWh", "a stamp costs 85p" (not "5pm", "3p.m.")
PENCE = re.compile(r"p(?![\w-]|\.\w)")
SUM = re.compile(r"betrag|summe|[\s-]figure\b", re.I)
SUM_AFTER = re.compile(r"\s+(?:sum|amount)\b", re.I)  # "a double-digit million sum"
RANGE = r"[\s-]*(?:(?:bis|to|und|and|oder|or|–)\s+[\w.,]+\s*)?"  # "zwölf bis achtzehn Uhr": one unit, two numbers
DOZEN = ("dozen", "dutzend")
DOZENS = re.compile(r"\s+(?:dozen|Dutzend)(?![\w-])", re.I)
# a scale word after an article is a figure of its own: "a million", "eine Milliarde", "one thousand"
ONE_SCALE = re.compile(
    r"(?<![\w-])(?:a|an|one|ein|eine|einer|einem|einen|eins)\s+(tausend|thousand|million|millionen|milliarde|"
    r"milliarden|billion)(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: str  # "number", "percent" or "date"

    def matches(self, other: Quantity) -> bool:
        if self.kind == "date" or other.kind == "date":
            if self.kind != other.kind:
                return False
            if self.value < 10000 or other.value < 10000:  # a day without its year matches any year
                return self.value % 10000 == other.value % 10000
            return self.value == other.value
        if self.kind != other.kind:
            return False
        # equal, or apart by float rounding only (a number too long for a float is inf, and inf - inf is nan)
        return self.value == other.value or abs(self.value - other.value) <= 1e-12 * max(1.0, abs(self.value))


def quantities(text: str, words: bool = True) -> list[Quantity]:
    """Every number, percentage and date in ``text`` as a comparable value."""
    return [q for q, _, _ in located(text, words)]


# number words built of several ("fünftausend", "achtundfünfzig", "twenty-three", "fifty-eight thousand", "two hundred
# and fifty", "three million"): a German one is a single word, an English one a run of words; text2num reads them
_TENS_DE = "zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig"
COMPOUND_DE = re.compile(
    rf"(?<![\w-])(?<![\d.,]\s)(?:[a-zäöüß]*(?:hundert|tausend)[a-zäöüß]*|[a-zäöüß]+und(?:{_TENS_DE}))(?![\w-])",
    re.IGNORECASE,
)
_UNITS_EN = "one|two|three|four|five|six|seven|eight|nine"
_WORD_EN = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS_EN}))?|{_UNITS_EN}|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand|million|billion)"
)
COMPOUND_EN = re.compile(  # it may lead a compound of its measure: "a twenty-three-year-old"
    rf"(?<![\w-])(?<![\d.,]\s)(?:(?:a|the)\s+)?{_WORD_EN}(?:(?:\s+and)?[\s-]+{_WORD_EN})*"
    rf"(?:(?![\w-])|(?=-{MEASURED}))",
    re.I,
)
# a decimal said aloud: "one point eight kilometres", "two point five million"
SPOKEN_DECIMAL = re.compile(
    rf"(?<![\w-])({_WORD_EN}(?:[\s-]+{_WORD_EN})*)\s+point((?:\s+(?:zero|oh|{_UNITS_EN}))+)(?![\w-])", re.I
)
DIGIT_WORDS = {"zero": 0, "oh": 0, **{w: i for i, w in enumerate(_UNITS_EN.split("|"), 1)}}


def compounds(text: str) -> list[tuple[float, int, int]]:
    """The number words of ``text`` that text2num reads as more than one number word: value, start, end. Of an
    English run the longest reading from its start ("two hundred and fifty people": 250); a decimal said aloud
    ("one point eight": 1.8)."""
    from text_to_num import text2num

    out: list[tuple[float, int, int]] = []
    for m in SPOKEN_DECIMAL.finditer(text):
        try:
            whole = float(text2num(m.group(1).lower(), "en"))
        except ValueError:
            continue
        digits = "".join(str(DIGIT_WORDS[d.lower()]) for d in m.group(2).split())
        value = whole + float("0." + digits)
        scale = re.match(r"\s+(million|billion|thousand)\b", text[m.end() :], re.I)  # "two point five million"
        end = m.end() + (scale.end() if scale else 0)
        out.append((value * (SCALES[scale.group(1).lower()] if scale else 1.0), m.start(), end))
    for rx, language in ((COMPOUND_DE, "de"), (COMPOUND_EN, "en")):
        for m in rx.finditer(text):
            if any(s <= m.start() < e for _, s, e in out):
                continue
            words = list(re.finditer(r"[^\s-]+", m.group(0)))
            for first in range(min(2, len(words))):  # "the hundred": from the second word
                value, end = 0.0, 0
                for last in range(len(words), first, -1):
                    piece = m.group(0)[words[first].start() : words[last - 1].end()]
                    try:
                        value, end = float(text2num(piece.lower(), language)), words[last - 1].end()
                    except ValueError:
                        continue
                    break
                # more than one number word: a hundred or more, or a compound a single word doesn't read
                if end and (value >= 100 or (value > 20 and value not in WORDS.values())):
                    out.append((value, m.start() + words[first].start(), m.start() + end))
                    break
    return out


def located(text: str, words: bool = True) -> list[tuple[Quantity, int, int]]:
    """Every number, percentage and date in ``text`` with its span (a date's year is also a number)."""
    found: list[tuple[Quantity, int, int]] = []
    spans: list[tuple[int, int]] = []
    for rx, order in (
        (DATE_NUMERIC, "dmy"), (DATE_DMY, "dmy"), (DATE_MDY, "mdy"),
        (DAY_NUMERIC, "dmy"), (DAY_DM, "dmy"), (DAY_MD, "mdy"),
    ):  # fmt: skip
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            a, b, year = (*m.groups(), "0")[:3]
            day, month = (a, b) if order == "dmy" else (b, a)
            month_n = int(month) if month.isdigit() else MONTHS[month.lower()]
            day_n = int(day)
            if 1 <= month_n <= 12 and 1 <= day_n <= 31:
                found.append((Quantity(int(year) * 10000 + month_n * 100 + day_n, "date"), m.start(), m.end()))
                if year != "0":  # the year alone is also a number the date states
                    found.append((Quantity(float(year), "number"), m.start(), m.end()))
                spans.append((m.start(), m.end()))
    found.extend(_range_starts(text, spans))
    spans += _no_figures(text)
    found.extend(_digits(text, spans))
    if words:
        built = compounds(text)
        found.extend((Quantity(value, "number"), s, e) for value, s, e in built)
        found.extend(
            (Quantity(float(WORDS[m.group(1).lower()]), "number"), m.start(), m.end())
            for m in WORD_NUMBER.finditer(text)
            if not any(s <= m.start() < e for _, s, e in built)
        )
        found.extend(
            (Quantity(SCALES[m.group(1).lower()], "number"), m.start(), m.end())
            for m in ONE_SCALE.finditer(text)
            if not any(s <= m.start(1) < e for _, s, e in built)
        )
        qualifier = _words(None).qualifier
        found.extend(
            (Quantity(1.0, "number"), m.start(1), m.end(1))
            for m in ONE_UNIT.finditer(text)
            if qualifier.search(text, max(0, m.start() - 30), m.start())
        )
    return found


def _paired(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two figures are the ends of one change or range ("52,3 auf 44,0", "12 to 15"; "430 und 445" only
    after "zwischen / between")."""
    gap = text[first.end() : second.start()]
    if not PAIRED.fullmatch(gap):
        return False
    return not re.fullmatch(r"\s*(?:und|and)\s*", gap) or bool(
        PAIR_OPENS.search(text, max(0, first.start() - 12), first.start())
    )


def _number(m: re.Match[str]) -> Quantity:
    whole, fraction, percent, scale, short = m.group("whole", "fraction", "percent", "scale", "short")
    if fraction is None and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", whole):
        value = float(re.sub(r"[.,]", "", whole))
    elif fraction is not None and re.fullmatch(r"\d+", whole):
        value = float(f"{whole}.{fraction}")
    else:
        value = float(re.sub(r"[.,]", "", whole) + (f".{fraction}" if fraction else ""))
    if scale:
        value *= SCALES[scale.lower().rstrip(".")]
    if short:
        value *= SHORT_SCALES[short.lower()]
    return Quantity(value, "percent" if percent else "number")


def unsupported(statement: str, source: str) -> list[Quantity]:
    """Quantities of ``statement`` that ``source`` doesn't state."""
    have = quantities(source)
    # digits in the statement must be backed; number words only when the source has digits for them
    return [q for q in quantities(statement) if not any(q.matches(h) for h in have)]


def has_number(text: str) -> bool:
    return bool(quantities(text, words=True))


def has_date(text: str) -> bool:
    return any(q.kind == "date" for q in quantities(text)) or bool(re.search(r"\b(1[89]|20)\d{2}\b", text))


# --- amounts: quantities as intervals --------------------------------------------------------

ABOUT = 0.1  # "rund 40 %" is 40 % give or take a tenth of it; so is a fraction in words ("a third")
ALMOST = 0.1  # "knapp 2.000" is at most a tenth below 2.000
EXACT = 1e-9
KINDS = ("number", "percent", "factor", "date")


@dataclass(frozen=True)
class Amount:
    """A quantity of a text as an interval: ``lo``–``hi`` (open where marked) around the figure ``value``.

    ``relation`` is the qualifier before the figure (``exact`` when there is none); ``text`` is the
    figure as written, qualifier included. Fractions and shares are percentages ("die Hälfte" = 50 %),
    multiples are factors ("doppelt" = 2).
    """

    lo: float
    hi: float
    kind: str
    relation: str
    value: float
    text: str
    start: int = 0
    lo_open: bool = False
    hi_open: bool = False

    def within(self, other: Amount) -> bool:
        """Whether this interval lies inside ``other``."""
        if self.kind != other.kind:
            return False
        if self.kind == "date":
            return Quantity(self.value, "date").matches(Quantity(other.value, "date"))
        tol = EXACT * max(1.0, abs(self.value), abs(other.value))

        def equal(a: float, b: float) -> bool:
            return a == b or abs(a - b) <= tol

        lo_ok = self.lo > other.lo + tol or (equal(self.lo, other.lo) and (self.lo_open or not other.lo_open))
        hi_ok = self.hi < other.hi - tol or (equal(self.hi, other.hi) and (self.hi_open or not other.hi_open))
        return lo_ok and hi_ok

    def same_figure(self, other: Amount) -> bool:
        if self.kind != other.kind:
            return False
        if self.kind == "date":
            return Quantity(self.value, "date").matches(Quantity(other.value, "date"))
        return abs(self.value - other.value) <= 1e-9 * max(1.0, abs(self.value))


def supports(evidence: Amount, claim: Amount) -> bool:
    """Whether the evidence's amount bears out the claim's.

    A bare figure in a claim repeats the evidence's figure, whatever qualifier the evidence puts
    before it ("2.000 Mitarbeiter" for "über 2.000"), and so does "bis zu / up to", which names a
    maximum; "rund/about" in a claim asks for the evidence's
    figure to lie near it; any other qualifier makes a comparison that the whole evidence interval
    must satisfy ("rund 40 %" does not make "more than half", "über 2.000" makes "more than 1,500").
    """
    if evidence.kind != claim.kind:
        return False
    if claim.value == 0 and evidence.value == 0:  # zero is absolute: "fast null" is not "null"
        return evidence.relation in ("exact", claim.relation)
    if claim.kind == "date" or claim.relation in ("exact", "up_to"):  # "bis zu 5 kg" names the maximum
        return evidence.same_figure(claim)
    if claim.relation == "range":  # "thousands": the evidence's figure is of that order ("über 2.000")
        return claim.lo <= evidence.value < claim.hi
    if claim.relation == "about":
        return claim.lo - EXACT <= evidence.value <= claim.hi + EXACT
    if claim.relation == "almost":  # just under a figure: the evidence's figure, if it isn't above it ("über 2.000")
        inside = claim.lo - EXACT <= evidence.value <= claim.hi + EXACT
        return inside and (evidence.relation in ("exact", "about", "almost") or evidence.within(claim))
    return evidence.within(claim)


def interval(value: float, relation: str) -> tuple[float, float, bool, bool]:
    """``(lo, hi, lo_open, hi_open)`` of a figure under a qualifier (relation names: ``bot.lexicon``)."""
    inf = float("inf")
    return {
        "exact": (value, value, False, False),
        "more": (value, inf, True, False),
        "at_least": (value, inf, False, False),
        "less": (-inf if value < 0 else 0.0, value, False, True),
        "at_most": (-inf if value < 0 else 0.0, value, False, False),
        "up_to": (0.0, value, False, False),
        "about": (value * (1 - ABOUT), value * (1 + ABOUT), False, False),
        "almost": (value * (1 - ALMOST), value, False, True),
    }[relation]


def _precise(value: float, relation: str, lo: float, hi: float) -> tuple[float, float]:
    """An "about" or "almost" figure written in digits is as close as its last digit says: "rund 46.100" is
    46,100 give or take a hundred (not a tenth), "rund 2.000" give or take a tenth as before."""
    exponent = Decimal(repr(abs(value))).normalize().as_tuple().exponent
    if value == 0 or not isinstance(exponent, int):
        return lo, hi
    step = 10.0**exponent
    if relation == "about":
        return max(lo, value - step), min(hi, value + step)
    return max(lo, value - step), hi


# a figure before "times" / „-mal" and a comparison is a multiple ("1.5 times as much", "three times higher",
# „anderthalbmal so teuer"), not a frequency ("three times a week")
# a comparative denied a word or two before it bounds the figure the other way: "must not project more than
# 20 cm" is at most 20 cm, "not less than" / „nicht unter“ at least (an adjacent denial is a qualifier of its own)
DENIED = {"more": "at_most", "less": "at_least"}
DENIAL_BEFORE = re.compile(r"\b(?:not|never|nicht|nie)(?:\s+[^\W\d]+){0,2}\s+$|n't(?:\s+[^\W\d]+){0,2}\s+$", re.I)
TIMES = re.compile(
    r"([\s-]*(?:times|mal))\s+(?=(?:as|so|more|mehr|less|weniger|what|the|that|was|wie|höher|größer|teurer|"
    r"[a-z]+er)\b)",
    re.IGNORECASE,
)


WORD_PERCENT = re.compile(r"\s*(?:%|prozent|percent|per cent)(?![\w-])", re.IGNORECASE)
# how often, in one word: „zweimal im Jahr“, "twice a week" (not the multiple of „zweimal so viel“, "twice as many";
# „einmal“ and "once" are mostly no count: „noch einmal“, "once the tariff applies")
OFTEN = re.compile(
    r"(?<![\w-])(?:(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)mal|(twice|thrice))(?![\w-])"
    r"(?!\s+(?:so|as|mehr|more|weniger|less|größer|höher|teurer|wie)\b)",
    re.IGNORECASE,
)


def amounts(text: str, language: str | None = None) -> list[Amount]:
    """Every figure of ``text`` as an ``Amount``, in text order: digits, number words, fractions
    and shares in words, with the qualifier before each. ``language`` picks the scale words
    ("Billion" is 10¹² in German, "billion" 10⁹ in English); without it both lexicons are read."""
    lex = _words(language)
    found: list[tuple[int, int, float, str, str]] = []  # start, end, value, kind, default relation
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < b and a < e for a, b in taken)

    ranges: dict[int, float] = {}  # start → upper end, for an order of magnitude ("Tausende", "hundreds")
    vague = [(m, lo, hi, "number") for pattern, (lo, hi) in lex.vague for m in pattern.finditer(text)]
    vague += [(m, lo, hi, "percent") for pattern, (lo, hi) in lex.vague_shares for m in pattern.finditer(text)]
    for m, lo, hi, kind in sorted(vague, key=lambda v: v[0].start() - v[0].end()):  # "hundreds of billions" first
        if free(*m.span()):
            found.append((m.start(), m.end(), lo, kind, "range"))
            ranges[m.start()] = hi
            taken.append(m.span())
    for m in AND_A_HALF.finditer(text):  # "two and a half years", „zweieinhalb Jahre“, „anderthalb Stunden“
        word = m.group(1) or m.group(3) or ""
        whole = 1.0 if m.group(2) or word.lower() in ONE else _number_word(word, lex)
        end, value = m.end(), whole + 0.5
        scale = re.match(r"\s+([A-Za-z]+)\.?", text[end:])  # „anderthalb Millionen“, "two and a half million"
        if scale and scale.group(1).lower() in lex.scale_values:
            end, value = end + scale.end(), value * lex.scale_values[scale.group(1).lower()]
        if whole and free(m.start(), end):
            found.append((m.start(), end, value, "number", "exact"))
            taken.append((m.start(), end))
    for m in HOUR_PART.finditer(text):
        value = 0.75 if m.group("q3") or m.group("dq") else 0.25 if m.group("q") or m.group("dv") else 0.5
        if free(*m.span()):
            found.append((m.start(), m.end(), value, "number", "exact"))
            taken.append(m.span())
    for m in SPELT_DURATION.finditer(text):  # "a minute and ten seconds": 70, in the smaller unit after it
        big = 1.0 if m.group("big").lower() in ONE else _number_word(m.group("big"), lex)
        small = _number_word(m.group("small"), lex)
        if big and small and free(m.start(), m.end("small")):
            found.append((m.start(), m.end("small"), big * 60 + small, "number", "exact"))
            taken.append((m.start(), m.end("small")))
    for m in ONE_UNIT.finditer(text):  # "mindestens eine Woche", "at least a month": one of that unit, qualified
        if lex.qualifier.search(text, max(0, m.start() - 30), m.start()) and free(*m.span(1)):
            found.append((m.start(1), m.end(1), 1.0, "number", "exact"))
            taken.append(m.span(1))
    for m in DECADE.finditer(text):  # "the 2010s", „die 2010er-Jahre“: the ten years from that one
        if free(*m.span()):
            value = float(m.group(1))
            found.append((m.start(), m.end(), value, "number", "range"))
            ranges[m.start()] = value + 10
            taken.append(m.span())
    for m in YEAR_SPAN.finditer(text):  # the two years it runs across
        first, second = int(m.group(1)), int(m.group(2))
        if second < 100:
            second += first // 100 * 100
        if second == first + 1 and free(*m.span()):
            found.append((m.start(), m.end(), float(first), "number", "range"))
            ranges[m.start()] = second + 1.0
            taken.append(m.span())
    for m in lex.shares.finditer(text):
        if HALF_OF_UNIT.match(text, m.end()):
            continue
        lo_hi = lex.share_values[" ".join(m.group(0).lower().split())]
        found.append((m.start(), m.end(), lo_hi, "percent", "more"))
        taken.append(m.span())
    for m in (m for rx in lex.one_in for m in rx.finditer(text)):  # "one in twelve", "zwei von fünf"
        denominator = _number_word(m.group("n"), lex)
        k = m.groupdict().get("k")  # none for "one" / "ein"
        numerator = _number_word(k, lex) if k else 1.0
        if numerator and denominator and numerator < denominator <= 1000 and free(*m.span()):
            found.append((m.start(), m.end(), 100.0 * numerator / denominator, "percent", "about"))
            taken.append(m.span())
    for m in EVERY_NTH.finditer(text):  # "jeder dritte Kunde", "every fifth customer": a share
        if free(*m.span()):
            found.append((m.start(), m.end(), 100.0 / NTH[m.group(1).lower()], "percent", "about"))
            taken.append(m.span())
    for m in lex.fractions.finditer(text):
        if not free(*m.span()) or HALF_OF_UNIT.match(text, m.end()):
            continue
        value = lex.fraction_values[" ".join(m.group(0).lower().replace("-", " ").split())]
        if value >= 1.5:
            found.append((m.start(), m.end(), value, "factor", "exact"))
        else:
            found.append((m.start(), m.end(), value * 100, "percent", "about"))
        taken.append(m.span())
    for q, s, e in _positioned(text):
        if free(s, e):
            found.append((s, e, _rescaled(q, text[s:e], lex), q.kind, "exact"))
            taken.append((s, e))
    for value, s, e in compounds(text):  # "fünftausend", "two hundred and fifty"
        if free(s, e):
            found.append((s, e, value, "number", "exact"))
            taken.append((s, e))
    for m in ONE_SCALE.finditer(text):  # "a million", "eine Milliarde": the scale word in the text's language
        if free(*m.span()):
            word = m.group(1).lower()
            found.append((m.start(), m.end(), lex.scale_values.get(word, SCALES[word]), "number", "exact"))
            taken.append(m.span())
    for m in lex.number_words.finditer(text):
        if free(*m.span()):
            value, end = lex.number_values[m.group(1).lower()], m.end()
            if m.group(2):
                value *= lex.scale_values[m.group(2).lower().rstrip(".")]
            dozens = DOZENS.match(text, end)  # "four dozen", "zwei Dutzend": 48, 24
            if dozens and m.group(1).lower() not in DOZEN:
                value, end = value * 12, dozens.end()
            share = WORD_PERCENT.match(text, end)  # "zehn Prozent", "twelve percent": a share in words
            if share and not m.group(2):
                found.append((m.start(), share.end(), value, "percent", "exact"))
                taken.append((m.start(), share.end()))
                continue
            found.append((m.start(), end, value, "number", "exact"))
            taken.append((m.start(), end))
    for m in OFTEN.finditer(text):
        if free(*m.span()):
            if m.group(1):  # „zweimal“: the number word it starts with
                value = float(lexicon("de").number_words[m.group(1).lower()])
            else:
                value = {"twice": 2.0, "thrice": 3.0}[m.group(2).lower()]
            found.append((m.start(), m.end(), value, "number", "exact"))
            taken.append(m.span())
    out = []
    for start, end, value, kind, default in sorted(found):
        times = TIMES.match(text, end) if kind == "number" else None
        if times:  # "one and a half times what it used to", „1,5-mal so viel“: a multiple
            kind, end = "factor", times.end(1)
        relation, begin = default, start
        before = lex.qualifier.search(text, max(0, start - 30), start)
        if before and kind != "date":
            relation, begin = lex.qualifier_values[" ".join(before.group(1).lower().split())], before.start(1)
            if relation in DENIED and DENIAL_BEFORE.search(text, max(0, begin - 40), begin):
                relation = DENIED[relation]  # "must not project more than 20 cm" is at most 20 cm
        if default == "range":  # an order of magnitude is its own interval: "thousands" is 2,000 to 10,000
            out.append(Amount(value, ranges[start], kind, "range", value, text[start:end], start, False, True))
            continue
        if kind == "percent" and default == "more" and relation == "more":  # a share word is its own interval
            lo, hi, lo_open, hi_open = 50.0, 100.0, True, False
            value = 50.0
        else:
            lo, hi, lo_open, hi_open = interval(value, relation)
            if relation in ("about", "almost") and re.search(r"\d", text[start:end]):
                lo, hi = _precise(value, relation, lo, hi)
        if kind == "percent" and value <= 100 and hi > 100:  # a share is at most the whole: "mehr als 60 %"
            hi, hi_open = 100.0, False
        out.append(Amount(lo, hi, kind, relation, value, text[begin:end], begin, lo_open, hi_open))
        if kind == "date" and value >= 10000:  # the year alone is also a figure the date states
            year = float(int(value) // 10000)
            out.append(Amount(year, year, "number", "exact", year, str(int(year)), begin))
    return out


def _positioned(text: str) -> list[tuple[Quantity, int, int]]:
    """The digit quantities of ``quantities`` with their spans (a date's year is not repeated)."""
    out: list[tuple[Quantity, int, int]] = []
    spans: list[tuple[int, int]] = []
    for rx, order in (
        (DATE_NUMERIC, "dmy"), (DATE_DMY, "dmy"), (DATE_MDY, "mdy"),
        (DAY_NUMERIC, "dmy"), (DAY_DM, "dmy"), (DAY_MD, "mdy"),
    ):  # fmt: skip
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            a, b, year = (*m.groups(), "0")[:3]
            day, month = (a, b) if order == "dmy" else (b, a)
            month_n = int(month) if month.isdigit() else MONTHS[month.lower()]
            if 1 <= month_n <= 12 and 1 <= int(day) <= 31:
                out.append((Quantity(int(year) * 10000 + month_n * 100 + int(day), "date"), m.start(), m.end()))
                spans.append((m.start(), m.end()))
    out.extend(_range_starts(text, spans))
    spans += _no_figures(text)
    return out + _digits(text, spans)


def _no_figures(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has digits that are no figure: a number to call ("unter 07231 55 18", "Telefon 01234 000 417"),
    a code ("Kennziffer TP-2025-07", "BR-2214")."""
    return [m.span() for rx in (PHONE, CODE) for m in rx.finditer(text)]


def _range_starts(text: str, spans: list[tuple[int, int]]) -> list[tuple[Quantity, int, int]]:
    """The first days of day ranges whose month follows the last day („vom 1. bis zum 19. September", "1–19 May"):
    dates of that month too; their spans join ``spans``."""
    out = []
    for m in DAY_RANGE.finditer(text):
        if not any(s <= m.start(1) < e for s, e in spans) and 1 <= int(m.group(1)) <= 31:
            value = int(m.group(3) or 0) * 10000 + MONTHS[m.group(2).lower()] * 100 + int(m.group(1))
            out.append((Quantity(value, "date"), m.start(1), m.end(1)))
            spans.append((m.start(1), m.end(1) + (text[m.end(1) : m.end(1) + 1] == ".")))
    return out


def _digits(text: str, spans: list[tuple[int, int]]) -> list[tuple[Quantity, int, int]]:
    """The figures in digits of ``text`` outside ``spans`` (dates, codes), with their spans; the first of a pair
    shares the second's scale or percent sign: "von 52,3 auf 44,0 Millionen Dollar", "between 430 and 445 million",
    "from 12 to 15 %"."""
    out: list[tuple[Quantity, int, int]] = []
    matches = [m for m in NUMBER.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    for i, m in enumerate(matches):
        q = _afternoon(_number(m), text, m.end())
        later = matches[i + 1] if i + 1 < len(matches) else None
        if later and not (m.group("scale") or m.group("percent") or m.group("short")) and _paired(text, m, later):
            if later.group("scale"):
                q = Quantity(q.value * SCALES[later.group("scale").lower().rstrip(".")], q.kind)
            elif later.group("percent"):
                q = Quantity(q.value, "percent")
        out.append((q, m.start(), m.end()))
    return out


# a telephone number: a leading zero (or a country code) and groups of digits ("07231 55 18", "+49 30 1234567")
PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[\s/-]?\(?0?\)?\d{1,5}|0\d{2,5})(?:[\s/-]\d{2,}){1,4}(?![\w.,]\d)")


# a reference code: capitals joined to digits by hyphens ("TP-2025-07", "BR-2214", "ISO-9001", a batch "BK-2407-A",
# a reference "TW-HZ-0925", "AB12-3456")
CODE = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{0,5}(?:-[A-Z][A-Z0-9]{0,5})*-\d+(?:-(?:\d+|[A-Z]{1,3}\d*))*(?![\w-])")
# a release's version number: "5.1.0", "v2.4.1" (three parts, never a date „1.10.2024“, which has four digits last)
VERSION = re.compile(r"(?<![\w.])v?\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.]|\.\d)")
HEADING_LINE = re.compile(r"^(#{1,6})\s+(.+)$", re.MULTILINE)


def version_of(text: str, start: int) -> str:
    """The version the Markdown section holding offset ``start`` is about: its heading's, or its parent's
    ("### Fixed" under "## Version 5.2.0" is 5.2.0's); "" where the section names none ("## Thanks")."""
    level = 7
    for m in reversed(list(HEADING_LINE.finditer(text, 0, start))):
        depth = len(m.group(1))
        if depth >= level:
            continue
        found = VERSION.search(m.group(2))
        if found:
            return found.group(0).lstrip("v")
        level = depth
    return ""


PM = re.compile(r"\s*(?:pm|p\.m\.)(?!\w)", re.IGNORECASE)


def _afternoon(q: Quantity, text: str, end: int) -> Quantity:
    """An hour after noon on the twelve-hour clock as the day's hour: "6 pm" is 18 („18 Uhr“)."""
    if q.kind == "number" and 1 <= q.value < 12 and PM.match(text, end):
        return Quantity(q.value + 12, "number")
    return q


def _rescaled(q: Quantity, written: str, lex: _Lexicons) -> float:
    """The value with the language's own scale word ("Billion" is 10¹² in German)."""
    m = NUMBER.fullmatch(written)
    if not m or not m.group("scale"):
        return q.value
    word = m.group("scale").lower().rstrip(".")
    own = lex.scale_values.get(word)
    return q.value / SCALES[word] * own if own else q.value


def _number_word(word: str, lex: _Lexicons) -> float:
    if word.isdigit():
        return float(word)
    return float(lex.number_values.get(word.lower(), 0.0))


@dataclass(frozen=True)
class _Lexicons:
    qualifier: re.Pattern[str]
    qualifier_values: dict[str, str]
    fractions: re.Pattern[str]
    fraction_values: dict[str, float]
    shares: re.Pattern[str]
    share_values: dict[str, float]
    one_in: tuple[re.Pattern[str], ...]
    number_words: re.Pattern[str]
    number_values: dict[str, float]
    scale_values: dict[str, float]
    vague: tuple[tuple[re.Pattern[str], tuple[float, float]], ...]
    vague_shares: tuple[tuple[re.Pattern[str], tuple[float, float]], ...]  # "a minority", "most shops": percent


_CACHE: dict[str | None, _Lexicons] = {}


def _words(language: str | None) -> _Lexicons:
    """The number vocabulary of ``language`` (or of both), compiled once."""
    if language in _CACHE:
        return _CACHE[language]
    from bot.lexicon import lexicon

    lexicons = [lexicon("de"), lexicon("en")] if language not in ("de", "en") else [lexicon(language)]  # type: ignore[arg-type]
    qualifiers = {" ".join(k.split()): v for lx in lexicons for k, v in lx.qualifiers.items()}
    fractions = {" ".join(k.replace("-", " ").split()): v for lx in lexicons for k, v in lx.fractions.items()}
    shares = {" ".join(k.lower().split()): 50.0 for lx in lexicons for k in lx.shares}
    numbers = {k: float(v) for lx in lexicons for k, v in lx.number_words.items() if k not in lx.not_numbers}
    scales = {k.rstrip("."): v for lx in reversed(lexicons) for k, v in lx.scales.items()}
    one_in = tuple(re.compile(p, re.I) for lx in lexicons for p in lx.one_in)

    def alternation(words: object) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]

    word_numbers = [w for w in numbers if " " not in w]
    scale_words = [w for w in scales if len(w) > 1]
    built = _Lexicons(
        # a qualifier may come before an article: "under a hundred million", "über eine Million"
        qualifier=re.compile(rf"(?<![\w])({alternation(qualifiers)})\s+(?:(?:a|an|ein|eine|einen|einem)\s+)?\Z", re.I),
        qualifier_values=qualifiers,
        fractions=re.compile(rf"(?<![\w-])({alternation(fractions)})(?![\w-])", re.I),
        fraction_values=fractions,
        shares=re.compile(rf"(?<![\w-])({alternation(shares)})(?![\w-])", re.I) if shares else re.compile(r"(?!)"),
        share_values=shares,
        one_in=one_in,
        number_words=re.compile(
            # a word number may lead a compound of its measure: "an eleven-month trial", "ein zwei-jähriger Test"
            # and a German compound of what it counts: „ein Drei-Personen-Haushalt“ (three persons)
            rf"(?<![\w-])({alternation(word_numbers)})(?:\s+({alternation(scale_words)})\.?)?(?!\w)"
            rf"(?!-(?!{MEASURED}|(?-i:[A-ZÄÖÜ])))",
            re.I,
        ),
        number_values=numbers,
        scale_values=scales,
        vague=tuple(
            (re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.I), (float(r[0]), float(r[1])))
            for lx in lexicons
            for p, r in lx.extra.get("vague_amounts", {}).items()
        ),
        vague_shares=tuple(
            (re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.I), (float(r[0]), float(r[1])))
            for lx in lexicons
            for p, r in lx.extra.get("vague_shares", {}).items()
        ),
    )
    _CACHE[language] = built
    return built


def unit(text: str, dimension: str = "") -> bool:
    """Whether ``text`` starts with a measure word of either language (minutes, kilometres, years …), or with a
    unit of ``dimension`` (weight, length, time, speed) when given."""
    for lang in ("de", "en"):
        extra = lexicon(lang).extra
        if re.match(RANGE + (extra["dimensions"][dimension] if dimension else extra["measures"]), text, re.I):
            return True
    return False


# a span of time in days, by the unit after its figure, in either language ("zwei Wochen" is "14 days")
DAYS = (
    (r"(?:seconds?|sekunden?)\b", 1 / 86400),
    (r"(?:minutes?|minuten?)\b", 1 / 1440),
    (r"(?:hours?|stunden?)\b", 1 / 24),
    (r"(?:days?|tag(?:e|en|es)?)\b", 1.0),
    (r"(?:weeks?|wochen?)\b", 7.0),
    (r"(?:months?|monat(?:e|en|s)?)\b", 365.25 / 12),
    (r"(?:years?|jahr(?:e|en|es)?)\b", 365.25),
    (r"(?:decades?|jahrzehnten?|jahrzehnte)\b", 3652.5),
)


def in_days(text: str, amount: Amount) -> Amount | None:
    """``amount`` of ``text`` as a span of days, when a unit of time follows its figure ("14 days", „zwei
    Wochen“, "18 months"); None for any other figure."""
    days = unit_days(text[amount.start + len(amount.text) :])
    if not days:
        return None
    return Amount(
        amount.lo * days, amount.hi * days, amount.kind, amount.relation, amount.value * days,
        amount.text, amount.start, amount.lo_open, amount.hi_open,
    )  # fmt: skip


def unit_days(text: str) -> float:
    """The length in days of the unit of time ``text`` starts with, in either language (" days", „Tagen", " Stunden"),
    0 for none."""
    return next((days for pattern, days in DAYS if re.match(r"[\s-]*" + pattern, text, re.IGNORECASE)), 0.0)


# a figure after "version" or "v" names a release, as a name does: "Version 3.2" is no amount; so does a dotted
# figure right after a name ("Brindle 5.0", "Larkspur 3.2.1"), unless a unit, scale or time of day follows it
RELEASE_BEFORE = re.compile(r"\b(?:version|release|firmware|software|v)\s*$", re.IGNORECASE)
NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*[a-z][A-Za-z]*\s$")
DOTTED = re.compile(r"\d+(?:\.\d{1,2}){1,2}")
NOT_RELEASE_AFTER = re.compile(r"\s*(?:%|uhr\b|h\b|times\b|mal\b|x\b|[-–]\s*\d)", re.IGNORECASE)


def release_name(text: str, amount: Amount) -> str:
    """A release's number as written in full: "5.1.3" where ``amount`` read "5.1", "22H2" where it read "22"."""
    end = amount.start + len(amount.text.rstrip("."))
    tail = re.match(r"(?:\.\d+|[A-Za-z]\w*)*", text[end:])
    return text[amount.start : end] + (tail.group(0) if tail else "")


def release(text: str, amount: Amount) -> bool:
    """Whether ``amount`` of ``text`` numbers a release rather than counting or measuring anything."""
    before, after = text[: amount.start], text[amount.start + len(amount.text) :]
    if RELEASE_BEFORE.search(before) or any(m.start() <= amount.start < m.end() for m in VERSION.finditer(text)):
        return True  # "Version 3.2", „von 5.1.3 auf 5.2.0“
    return (
        amount.kind == "number"
        and bool(DOTTED.fullmatch(amount.text) and NAME_BEFORE.search(before))
        and not NOT_RELEASE_AFTER.match(after)
        and not unit(after)
        and not money_at(text, amount.start, amount.start + len(amount.text))
    )


def comparable(have: Amount, text: str, want: Amount, statement: str) -> tuple[Amount, Amount]:
    """``have`` of ``text`` and ``want`` of ``statement`` as figures to compare: two spans of time in days, whatever
    their units ("zwei Wochen" are "14 days", "two years" are no "two months"), any other figure as it is."""
    mine, theirs = in_days(statement, want), in_days(text, have)
    return (theirs, mine) if mine and theirs else (have, want)


def bears(have: Amount, text: str, want: Amount, statement: str) -> bool:
    """Whether ``have`` of ``text`` bears out ``want`` of ``statement`` ("rund acht Wochen" bear out "about two
    months")."""
    return supports(*comparable(have, text, want, statement))


def answers_measure(text: str, dimension: str) -> bool:
    """Whether ``text`` starts with a unit that answers a question for ``dimension``: its own unit, and for "how
    fast / wie schnell" the time something takes as well ("ready in 75 to 90 seconds"); an ``extent`` ("how long
    is …") is a length or a time."""
    if dimension == "extent":
        return unit(text, "length") or unit(text, "time")
    return unit(text, dimension) or (dimension == "speed" and unit(text, "time"))


def measured(word: str) -> str:
    """The dimension a measure word measures ("Minuten": time, "kilometres": length), "" for another word. A
    German compound headed by a unit of time measures time too („Öffnungstage", „Arbeitsstunden"), and so does
    an English unit of time after the kind of days it counts ("working days")."""
    found = next((d for d in MEASURES if unit(word, d)), "")
    compound = re.match(r"\s*([A-ZÄÖÜ][a-zäöüß]{5,})\b", word)
    if not found and compound:
        w = compound.group(1)
        found = "time" if any(unit(w[i:], "time") for i in range(3, len(w) - 2)) else ""
    kind = TIME_KIND.match(word)  # "seven working days", "two calendar weeks"
    if not found and kind and unit(word[kind.end() :], "time"):
        return "time"
    said = QUALITY.match(word)  # "60 consecutive days", „drei volle Wochen“, "two extra kilos"
    return found or next((d for d in MEASURES if said and unit(word[said.end() :], d)), "")


# the dimensions a measure word may measure (``measured``), speed before the length and time it is made of
MEASURES = ("speed", "weight", "length", "time", "energy", "power", "food_energy")
# a word that says which days or weeks an English span of time counts: "working days", "calendar weeks"
TIME_KIND = re.compile(r"\s*(?:[a-z]+ing|business|calendar|school|office|week)\s+")
# one lower-case word between a figure and its unit is a quality of the unit ("consecutive", „volle“), unless it is
# a word of rate or relation ("10 per day", "3 a week", „2 pro Stunde“, "5 in 10 minutes")
QUALITY = re.compile(
    r"\s*(?!(?:per|pro|je|each|every|in|im|within|binnen|for|für|after|nach|and|und|or|oder|to|bis|of|von|a|an|"
    r"the|der|die|das|more|mehr|square|cubic|sq)\s)[a-zäöüß]{3,}\s+"
)


def money_at(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` of ``text`` is an amount of money: a currency after it ("75
    Millionen Euro", "30,8 Milliarden US-Dollar"), a sign before it ("€3.2 billion"), or a sum in its words
    ("ein dreistelliger Millionenbetrag", "a six-figure sum"); pence written onto it ("65p")."""
    sign = text[max(0, start - 1) : start] in ("$", "€", "£")
    return (
        bool(CURRENCY.match(text, end) or PENCE.match(text, end))
        or sign
        or bool(SUM.search(text, start, end) or SUM_AFTER.match(text, end))
    )


# the currency a currency word or sign names; cents and pence, a hundredth of more than one, name none
CURRENCIES = {
    "euro": "EUR", "€": "EUR", "eur": "EUR", "dollar": "USD", "$": "USD", "usd": "USD", "pfund": "GBP", "£": "GBP",
    "pound": "GBP", "pounds": "GBP", "franken": "CHF", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
}  # fmt: skip


def currency(text: str, amount: Amount) -> str:
    """The currency of an amount of money in ``text`` ("EUR" for "75 Millionen Euro" and "€3.2 billion", "USD" for
    "30,8 Milliarden US-Dollar"), "" where it names none or one not listed (``CURRENCIES``)."""
    end = amount.start + len(amount.text)
    after = CURRENCY.match(text, end)
    if after:
        word = after.group(2).lower()
        return CURRENCIES.get(word.rstrip("s") if word.endswith("os") else word, "")
    start = amount.start
    while start > 0 and text[start - 1] == " ":  # "€ 3,50"
        start -= 1
    return CURRENCIES.get(text[start - 1 : start], "") if start else ""


def dimension(text: str, amount: Amount) -> str:
    """What a figure of ``text`` measures: ``money``, a dimension with a unit (``speed``, ``weight``,
    ``length``, ``time``), ``year`` ("für 2018", "in 2021"), or "" for a count ("2.000 Mitarbeiter"). "sechs
    Jahre" is no headcount, "für 2018" none of "mehr als 70". A bare figure set against another measures what
    that one does: "216 euros a year instead of 180", „84 statt 72 Euro“, "up from 14,900 tonnes", and so does the
    first figure of a change: "von 52,3 auf 44,0 Millionen Dollar"."""
    own = _dimension(text, amount)
    if own or amount.kind != "number" or unit(text[amount.start + len(amount.text) :]):
        return own
    for other in _figures(text):
        if other.start == amount.start:
            continue
        lo, hi = sorted((other, amount), key=lambda a: a.start)
        between = text[lo.start + len(lo.text) : hi.start]
        # … and the first of a change or range the second: "von 52,3 auf 44,0 Millionen Dollar"
        paired = PAIRED.fullmatch(between) and not re.fullmatch(r"\s*(?:und|and)\s*", between) and lo is amount
        if (AGAINST.fullmatch(between) or paired) and (theirs := _dimension(text, other)) not in ("", "year"):
            return theirs
    return own


# one figure in place of another: "£1.60 instead of £1", „216 Euro statt bisher 180 Euro"
INSTEAD_WORDS = r"instead of|rather than|statt|anstatt|anstelle von"
# what sets one figure against another, with at most a unit and three words between: "euros a year instead of",
# „Euro im Jahr statt bisher", "statt", "up from"
AGAINST = re.compile(
    rf"(?:\s*[^\W\d]+\.?){{0,4}}?\s*,?\s*(?:{INSTEAD_WORDS}|compared with|compared to|up from|down from|"
    r"gegenüber|versus|vs\.?)(?:\s+(?:bisher|zuvor|previously|before))?\s*[£$€]?\s*",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _figures(text: str) -> tuple[Amount, ...]:
    return tuple(a for a in amounts(text) if a.kind == "number")


def _dimension(text: str, amount: Amount) -> str:
    end = amount.start + len(amount.text)
    if money_at(text, amount.start, end):
        return "money"
    if re.fullmatch(r"(?:19|20)\d\d", amount.text) and _year(text, amount.start, end):
        return "year"
    if DECADE.fullmatch(amount.text) or YEAR_SPAN.fullmatch(amount.text):  # "the 2010s", "2024/25"
        return "year"
    return measured(text[end:])


BARE_YEAR = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,]?\d)")


def years(text: str) -> tuple[int, ...]:
    """The calendar years ``text`` names as years ("im Jahr 2017", "back in 2012", "NeurIPS 2018"; not "2000
    employees"), each once, in order."""
    found = (int(m.group()) for m in BARE_YEAR.finditer(text) if _year(text, m.start(), m.end()))
    return tuple(dict.fromkeys(found))


def names_year(text: str, year: int) -> bool:
    """Whether ``text`` names ``year``: the figure itself, or a span of two years that holds it ("2016/17")."""
    if any(int(m.group()) == year for m in BARE_YEAR.finditer(text)):
        return True
    for m in YEAR_SPAN.finditer(text):
        first, last = m.group(1), m.group(2)
        end = int(first[:2] + last) if len(last) == 2 else int(last)
        if int(first) <= year <= end:
            return True
    return False


def _year(text: str, start: int, end: int) -> bool:
    """Whether the bare four-digit figure at ``start``–``end`` is a year: after a word that dates ("seit 2019",
    "in 2021"), or not before a counted noun ("2021 seinen Betrieb", not "2000 Mitarbeiter" or "2000 employees")."""
    if YEAR_CUE.search(text[:start]):
        return True
    after = re.match(r"\s*([^\W\d_]+)", text[end:])
    if not after:
        return True
    word = after.group(1)
    plural = word.endswith("s") and len(word) > 3  # "2000 employees"; "2018 was", "2018 is" are no counts
    return not (word[0].isupper() or plural)


# the words before a year ("im Jahr 2018", "seit 2019", "by 2030", "(2008")
YEAR_CUE = re.compile(
    r"(?:\b(?:im|in|seit|bis|für|ab|vor|nach|jahr|jahre|year|since|until|by|from|before|after)|\()\s*$", re.I
)


def counted(text: str, amount: Amount) -> str:
    """The noun a count of ``text`` counts ("Menschen" in "30 Millionen Menschen", "employees" in "1.5 million
    employees"), "" for money, measures and figures without one."""
    end = amount.start + len(amount.text)
    if dimension(text, amount):
        return ""
    words = COUNTED.findall(text[end : end + 60])
    if len(words) >= 2 and words[0].islower() and words[1][:1].isupper():
        return words[1]  # an adjective before a German noun: "20 großen Städten"
    return words[0] if words and len(words[0]) > 2 and words[0] not in ("of", "an") else ""


NTH = {
    **{
        w: i + 2
        for i, w in enumerate(["zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt"])
    },
    **{
        w: i + 2
        for i, w in enumerate(["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
    },
}
EVERY_NTH = re.compile(
    r"\b(?:jede[rsnm]?|every)\s+(zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)(?:e[rsnm]?)?\b(?!\s+(?:tag|woche|monat|jahr|day|week|month|year)\w*)",
    re.IGNORECASE,
)
DECADE = re.compile(r"(?<![\d.,])((?:1[89]|20)\d0)(?:[’']?s\b|er(?:n\b|-?[Jj]ahre\w*|\b))")
# a year that runs across two ("2024/25", "2024–2025", „Saison 2023-24"): a financial year, a season
YEAR_SPAN = re.compile(r"(?<![\d.,])((?:1[89]|20)\d{2})\s?[/–-]\s?((?:1[89]|20)?\d{2})(?![\d.,]\d)")
# a whole and a half: "two and a half", "3 and a half", „anderthalb“, „eineinhalb“, „zweieinhalb“
AND_A_HALF = re.compile(
    r"\b(\d+|[a-z]+)\s+and\s+a\s+half\b|\b(anderthalb|eineinhalb)\b|\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)einhalb\b",
    re.IGNORECASE,
)
# a part of an hour, a span of time in the hour's unit: "a quarter of an hour", "half an hour", "a half-hour",
# „eine Viertelstunde", „eine Dreiviertelstunde", „eine halbe Stunde"; and half of another unit of time: "half a
# year", „ein halbes Jahr" (six months)
HOUR_PART = re.compile(
    r"\b(?:(?P<q3>three[ -]quarters)|(?P<q>quarter)|(?P<h>half))(?:\s+of)?(?:\s+an?)?"
    r"(?=[\s-]+(?:hours?|days?|weeks?|months?|years?)\b)"
    r"|\b(?:(?P<dq>dreiviertel)|(?P<dv>viertel))(?=stunde)|\b(?P<dh>halbe[nrs]?)(?=\s+(?:stunde|tag|woche|monat|jahr))",
    re.IGNORECASE,
)
ONE = frozenset({"a", "an", "one", "ein", "eine", "einer"})
# an article before a unit of time: one of it ("eine Woche", "a month"), read as a figure after a qualifier
ONE_UNIT = re.compile(
    r"\b(a|an|ein|eine|einen|einem|einer)\s+(?=(?:second|minute|hour|day|week|month|year|decade|sekunde|stunde|tag|"
    r"woche|monat|jahr|jahrzehnt)(?:e|en|es|s|n)?\b"
    # … not a point in time: "fewer than a year earlier", „weniger als ein Jahr zuvor“ compare with then
    r"(?!\s+(?:zuvor|früher|ago|earlier|previously)\b))",
    re.IGNORECASE,
)
# a time spelt in two units: "a minute and ten seconds", „eine Stunde und 20 Minuten“
SPELT_DURATION = re.compile(
    r"\b(?P<big>\d+|[A-Za-zäöüß]+)\s+(?:hours?|minutes?|stunden?|minuten?)\s+(?:and|und)\s+"
    r"(?P<small>\d+|[A-Za-zäöüß]+)(?=\s+(?:minutes?|seconds?|minuten?|sekunden?)\b)",
    re.IGNORECASE,
)
HALF_OF_UNIT = re.compile(r"\s+an?\s+(?!lot\b|few\b)\w")  # "half a decade", "half an hour": a length, not a share
COUNTED = re.compile(r"[^\W\d_][\w-]*")
ORDINAL_DE = re.compile(r"\b(?:im|am|zum|zur|beim|vom|der|die|das|den|dem|des)\s+$", re.I)


LABEL = re.compile(
    r"\b(?:nummer|nr\.?|no\.|number|platz|rang|rank|kapitel|chapter|seite|page|paragraph|§|#)\s*$", re.IGNORECASE
)
# a figure after the noun it numbers is its label: "Route 11", „Buslinie 4", "Room 104", „Gleis 3", "Zone 2",
# "section 9", „Absatz 2", "step 3", "Phase 2", "Flat 12"; a part of a series, also as "of how many" („Teil 2/2",
# "Part 1 of 3", "episode 4"), but not „zum Teil 40 Prozent" nor "in part 40 %" (partly)
LABEL_NOUN = re.compile(
    r"\b(?:\w*linie|\w*route|line|bus|tram|\w*zimmer|raum|room|gleis|platform|bahnsteig|gate|terminal|zone|"
    r"\w*halle|hall|klasse|class|grade|stufe|level|section|clause|article|abschnitt|absatz|artikel|ziffer|"
    r"step|schritt|stage|phase|round|runde|etappe|flat|apartment|floor|"
    r"(?:(?<!zum\s)teil|(?<!in\s)part|folge|episode|volume)(?:\s*\d{1,3}\s*(?:/|of|von))?)\s*$",
    re.IGNORECASE,
)
# … and a figure after a code of capitals: "module OCE 347", "ICE 578", „KW 12" (not a currency's code: "EUR 300",
# nor an index's level: "DAX 15.000", nor a place's: "US 500")
CODE_LABEL = re.compile(
    r"(?<![\w-])(?!(?:EUR|USD|GBP|CHF|JPY|CNY|SEK|NOK|DKK|PLN|CZK|AUD|CAD|DAX|MDAX|SDAX|ATX|SMI|BIP|GDP|US|USA|UK|EU|GB)\s)"
    r"([A-ZÄÖÜ]{2,5})\s$"
)


def _bare_label(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` may be a code's number: whole, written without separators, with no unit
    or share after it („CDU 31,5 Prozent", „in NRW 2.000 Stellen", "SPD 25 %" are figures)."""
    after = text[end:]
    return (
        re.fullmatch(r"\d{1,4}", text[start:end]) is not None
        and not re.match(r"[.,]\d", after)
        and not unit(after.lstrip())
        and not WORD_PERCENT.match(after)
    )


COMPOUND_PART = re.compile(r"-[^\W\d_]+-[^\W\d_]")  # a figure before two more parts of a hyphenated compound
ADJECTIVAL = re.compile(r"-[a-zäöüß]+(?:ig|lich)(?:e[nmrs]?)?\b")  # "14-tägig", "3-stündige", "2-jährlich"
# a paragraph's or clause's number in brackets at the start of its line: "(1) Der Verein führt den Namen …"
LINE_LABEL = re.compile(r"(?:^|\n)[ \t]*\($")


HOUR_SPAN_END = re.compile(
    r"\s*(?:und|bis|and|to|–|-)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:uhr\b|o['’]clock|[ap]\.?m\.?(?!\w))", re.IGNORECASE
)


def ordinal_or_clock(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` is a rank, a label, a release, a time of day or part of an adjective,
    not a count: "im 20. Stock", "the 20th floor", "(1) Der Verein …", "firmware 3.2", "14.15 Uhr", "at 3 pm", "die
    14-tägigen Calls"."""
    after = text[end:]
    if LABEL.search(text[:start]) or LABEL_NOUN.search(text[:start]):  # "Nummer 15", "Platz 3", "Route 11"
        return True
    if CODE_LABEL.search(text[:start]) and _bare_label(text, start, end):  # "OCE 347"
        return True
    if LINE_LABEL.search(text[:start]) and after.startswith(")"):  # "(1) Der Jahresbeitrag beträgt 48 Euro."
        return True
    if RELEASE_BEFORE.search(text[:start]):  # "firmware 3.2 or later" numbers a release
        return True
    if re.match(r"(?:st|nd|rd|th)\b", after) or re.match(r"\s*(?:uhr\b|o['’]clock|[ap]\.?m\.?(?!\w))", after, re.I):
        return True
    # the first hour of a span, which shares the second's mark: "zwischen 20 und 2 Uhr", "from 9 to 11 am"
    if HOUR_SPAN_END.match(after):
        return True
    # "at 19:00", "from 08:30": hours and minutes on the 24-hour clock, both figures
    near = CLOCK_TIME.finditer(text, max(0, start - 3), end + 3)
    if any(m.group("h3") and m.start() <= start < m.end() for m in near):
        return True
    if ADJECTIVAL.match(after):
        return True
    if COMPOUND_PART.match(after):  # „die Vier-Tage-Woche", "a two-car family": part of a compound, no count
        return True
    # "im 20. Stock", "der 4. industriellen Revolution": after an article, a figure with a full stop before a
    # noun, or before an inflected adjective and its noun, is a rank
    ranked = re.match(r"\.\s+(?:[a-zäöüß]+e[nmrs]?\s+)?[A-ZÄÖÜ]", after)
    return bool(ranked and ORDINAL_DE.search(text[:start]))


# ranks in words, attributive (after a determiner): "the third industrial revolution", "der vierten Generation"
RANKS_EN = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
RANKS_DE = [
    "erst",
    "zweit",
    "dritt",
    "viert",
    "fünft",
    "sechst",
    "siebt",
    "acht",
    "neunt",
    "zehnt",
    "elft",
    "zwölft",
    "dreizehnt",
    "vierzehnt",
    "fünfzehnt",
    "sechzehnt",
    "siebzehnt",
    "achtzehnt",
    "neunzehnt",
    "zwanzigst",
]
ORDINAL_WORDS = {**{w: i + 1 for i, w in enumerate(RANKS_EN)}, **{w: i + 1 for i, w in enumerate(RANKS_DE)}}
ORDINAL_WORD = re.compile(
    r"\b(?:the|its|their|his|her|our|this|that|der|die|das|den|dem|des|ein|eine|einer|einem|einen|zum|zur|im|am|"
    r"beim|vom|seine[nmrs]?|ihre[nmrs]?|(?-i:[A-ZÄÖÜ][\w-]*(?:s|’s|'s))|\w+(?:’s|'s))\s+"  # "Amazons zwölftes Prinzip"
    rf"({'|'.join(RANKS_EN)}|(?:{'|'.join(RANKS_DE)})e[nmrs]?)(?![\w-])",  # "second-hand" is no rank
    re.IGNORECASE,
)
# a rank given as a label: "Führungsprinzip Nummer 15", "Platz 3", "No. 7"
RANK_LABEL = re.compile(r"\b(?:nummer|nr\.|no\.|number|platz|rang|rank)\s*(\d{1,3})\b(?![.,]\d)", re.IGNORECASE)
ORDINAL_DIGITS = re.compile(r"(?<![\d.,])(\d{1,3})(?:st|nd|rd|th\b|\.(?=\s))")


def ordinals(text: str) -> list[tuple[int, str]]:
    """The ranks of ``text`` with their words: "the third …", "der 4. industriellen Revolution", "the 20th floor"
    (a date's day is none)."""
    out = [(ORDINAL_WORDS[re.sub(r"e[nmrs]?$", "", m.group(1).lower()) if m.group(1).lower() not in ORDINAL_WORDS
            else m.group(1).lower()], m.group(1)) for m in ORDINAL_WORD.finditer(text)]  # fmt: skip
    for m in ORDINAL_DIGITS.finditer(text):
        month = re.match(r"\.\s+(\w+)", text[m.end(1) :])
        if m.group(0).endswith(".") and (
            not ordinal_or_clock(text, m.start(1), m.end(1)) or (month and month.group(1).lower() in MONTHS)
        ):
            continue  # "am 4. Januar", a sentence's last figure
        out.append((int(m.group(1)), m.group(0)))
    out += [(int(m.group(1)), m.group(0)) for m in RANK_LABEL.finditer(text)]
    return out


# a numbered part: "Stage 2", "TOP 4", "stage no. 3"
NOUN_NUMBER = re.compile(r"\b([A-Za-zÄÖÜäöüß]{3,})\s+(?:no\.?\s*|nr\.?\s*)?(\d{1,3})\b(?![.,]\d)")


def labels(text: str) -> list[tuple[str, int]]:
    """The numbered parts a text names, as (noun, number): "the second stage" and "stage 2" are ("stage", 2),
    „die 2. Etappe" ("Etappe", 2), "TOP 4" ("TOP", 4)."""
    out = []
    for k, word in ordinals(text):
        after = re.match(r"\s+([A-Za-zÄÖÜäöüß]{3,})", text[text.find(word) + len(word) :])
        if after:
            out.append((after.group(1), k))
    out += [(m.group(1), int(m.group(2))) for m in NOUN_NUMBER.finditer(text)]
    return out


def label_of(text: str, amount: Amount) -> tuple[str, int] | None:
    """The numbered thing a whole figure of ``text`` labels ("route 47": ("route", 47), „Gleis 3", "Room 104"), None
    for a figure that labels nothing."""
    before = text[: amount.start]
    noun = LABEL_NOUN.search(before) or (
        CODE_LABEL.search(before) if _bare_label(text, amount.start, amount.start + len(amount.text)) else None
    )
    if noun is None or amount.kind != "number" or amount.value != int(amount.value):
        return None
    return re.findall(r"\w+", noun.group(0))[-1], int(amount.value)


# a part named by a capital letter after its noun: "Band B", „Gruppe A", "Zone C", "Gate D" — not "I", and not an
# initial ("Ralf T. Kreutzer"): a letter before a full stop only at the text's or a line's end
LETTER_LABEL = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{2,})\s+([A-HJ-Z])(?![\w'’-]|\.(?!\s*(?:\n|$)))")


# … or by a letter before the noun, joined by a hyphen: „die B-Jugend“, „eine C-Lizenz“
LETTER_FIRST = re.compile(r"(?<![\w-])([A-HJ-Z])-([A-ZÄÖÜ][a-zäöüß]{2,})\b")


def letter_labels(text: str) -> list[tuple[str, str]]:
    """The parts ``text`` names by a letter, as (noun, letter): "a Band B home" is ("Band", "B"), „der B-Jugend“
    ("Jugend", "B")."""
    return [(m.group(1), m.group(2)) for m in LETTER_LABEL.finditer(text)] + [
        (m.group(2), m.group(1)) for m in LETTER_FIRST.finditer(text)
    ]


def letter_labelled(text: str, parts: Sequence[tuple[str, str]]) -> bool | None:
    """Whether ``text`` names one of the parts named by a letter (True), only others of the same noun ("Band D"
    where "Band B" is asked: False), or no part of that noun (None)."""
    found = letter_labels(text)
    nouns = {noun.lower() for noun, _ in parts}
    if any((noun.lower(), letter) in {(n.lower(), k) for n, k in parts} for noun, letter in found):
        return True
    return False if any(noun.lower() in nouns for noun, _ in found) else None


def labelled(text: str, parts: Sequence[tuple[str, int]]) -> bool:
    """Whether ``text`` names one of the numbered parts: "Stage 2", "stage 2:", „2. Etappe", „Etappe 2"; a part of the
    same kind in the other language too ("route 47" for „Linie 47", "Room 12" for „Raum 12")."""
    for noun, k in parts:
        stem = _label_stems(noun)
        if re.search(rf"\b{stem}\w*\s+(?:no\.?\s*|nr\.?\s*)?{k}\b(?![.,]\d)|\b{k}\.\s+{stem}", text, re.I):
            return True
    return False


# a price per unit of a measure: "per kWh", „je Kilowattstunde“, "for every extra mile", „pro gefahrenem Kilometer“
PER_MEASURE = re.compile(r"\b(?:per|pro|je|each|every|a|an)\s+((?:[A-Za-zÄÖÜäöüß-]+\s*){1,2})", re.IGNORECASE)
RATE_AFTER = 40  # characters after a price that may say what unit it is per


def rate_unit(text: str) -> str:
    """The measure a price is per in ``text`` ("length" for "per mile", "energy" for „je Kilowattstunde“), "" for
    none; a span of time is no such unit ("a month", „pro Jahr“: a rate of another kind), nor an area or a volume
    ("a cubic metre", whose price a text may give as „der Kubikmeterpreis“)."""
    for m in PER_MEASURE.finditer(text):
        words = m.group(1).split()
        if words and re.match(r"(?:cubic|square|sq|kubik|quadrat)", words[0], re.IGNORECASE):
            continue
        for word in words:
            measure = measured(word)
            if measure and measure != "time":
                return measure
    return ""


def names_label(text: str, noun: str, k: int) -> bool:
    """Whether ``text`` names the part ``noun`` numbered ``k`` in any of its forms: "Stage 2", „2. Etappe“, "the
    second round", „die zweite Runde“ (a part of the same kind in either language)."""
    return labelled(text, [(noun, k)]) or k in _numbers_of(text, noun)


def other_part(text: str, parts: Sequence[tuple[str, int]]) -> bool:
    """Whether ``text`` numbers a part of the kind of one of ``parts`` by another number, in any form („die erste
    Runde“ where "the second round" is asked; "Stage 3" for "stage 2")."""
    return any(_numbers_of(text, noun) - {k} for noun, k in parts) or other_label(text, parts)


def _numbers_of(text: str, noun: str) -> set[int]:
    """The numbers ``text`` gives parts of the kind of ``noun`` by (``labels``, in either language)."""
    stem = _label_stems(noun)
    return {n for word, n in labels(text) if re.fullmatch(rf"{stem}\w*", word, re.IGNORECASE)}


def numbered(text: str, after: str, k: int) -> bool:
    """Whether ``text`` numbers a thing that ``after`` (the words after a rank) names by ``k``, also in a list: "the
    second and third maths papers" are "Papers 2 and 3", „die zweite Etappe“ is „Etappen 1 und 2“."""
    for noun in re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", " ".join(after.split()[:RANKED_WORDS])):
        stem = _label_stems(noun)
        listed = r"(?:\d{1,3}\s*(?:,|and|und|&|or|oder)\s*)*"
        if re.search(rf"\b{stem}\w*\s+(?:no\.?\s*|nr\.?\s*)?{listed}{k}\b(?![.,]\d)", text, re.I):
            return True
    return False


RANKED_WORDS = 5  # words after a rank that may name what it ranks ("second and third maths papers")


def other_label(text: str, parts: Sequence[tuple[str, int]]) -> bool:
    """Whether ``text`` names a part of the same kind as one of ``parts`` by another number and none by the asked one:
    „Linie 4" where „Linie 47" is asked, "Stage 3" for "stage 2"."""
    if not parts or labelled(text, parts):
        return False
    for noun, _ in parts:
        if not LABEL_NOUN.search(noun) and not any(noun.lower().endswith(w) for k in LABEL_KINDS for w in k):
            continue  # "the last 10 minutes" numbers no part
        stem = _label_stems(noun)
        if re.search(rf"\b{stem}\w*\s+(?:no\.?\s*|nr\.?\s*)?\d{{1,4}}\b(?![.,]\d)", text, re.I):
            return True
    return False


# numbered parts of one kind, in either language: a question's „Linie 47" is the article's "route 47"
LABEL_KINDS = (
    ("linie", "line", "route", "buslinie", "bus", "tram", "straßenbahn"),
    ("zimmer", "raum", "room"),
    ("gleis", "platform", "bahnsteig", "track"),
    ("abschnitt", "absatz", "section", "clause", "artikel", "article", "ziffer", "paragraph", "kapitel", "chapter"),
    ("schritt", "step", "stufe", "stage", "phase", "etappe"),
    ("runde", "round", "spieltag", "matchday"),
    ("halle", "hall"),
    ("stockwerk", "etage", "floor", "geschoss", "obergeschoss"),
)


def _label_stems(noun: str) -> str:
    """A pattern for the stems of ``noun`` and of the nouns of its kind (``LABEL_KINDS``)."""
    low = noun.lower()
    kind = next((k for k in LABEL_KINDS if any(low.endswith(w) for w in k)), (low,))
    return "(?:" + "|".join(re.escape(w[: max(4, len(w) - 2)]) for w in dict.fromkeys((low, *kind))) + ")"


def neutral_terms(text: str) -> list[str]:
    """Search terms for the days, months and times of day of ``text`` that read the same in either language: "13
    November", „13.11.2025" and "November 13" are ``d13m11``, „Februar" and "February" ``m2``, "6.30pm", "18:30"
    and „18.30 Uhr" ``t1830``. A German question thus finds an English table row by its date, and the other way."""
    out = []
    for rx, day, month in ((DATE_NUMERIC, 1, 2), (DAY_NUMERIC, 1, 2), (DATE_DMY, 1, 2), (DAY_DM, 1, 2),
                           (DATE_MDY, 2, 1), (DAY_MD, 2, 1)):  # fmt: skip
        for m in rx.finditer(text):
            d, mo = int(m.group(day)), _month_number(m.group(month))
            if 1 <= d <= 31 and 1 <= mo <= 12:
                out.append(f"d{d}m{mo}")
    # a month by its name, written as a name ("may" is no "May")
    out += [f"m{MONTHS[w.lower()]}" for w in re.findall(rf"\b(?:{_MONTH})\b", text, re.IGNORECASE) if w[0].isupper()]
    for m in CLOCK_TIME.finditer(text):
        hour = int(m.group("h") or m.group("h2") or m.group("h3"))
        minutes = int(m.group("m") or m.group("m2") or m.group("m3") or 0)
        if m.group("ap") and m.group("ap").lower().startswith("p") and hour < 12:
            hour += 12
        out.append(f"t{hour:02d}{minutes:02d}")
    # … and a day of the week: "Tuesday", "Tuesdays", „Dienstag", „dienstags" are ``w1``
    out += [f"w{day}" for day, pattern in _WEEKDAYS if pattern.search(text)]
    return out


# the days of the week of both lexicons by their place (Monday 0; „Sonnabend" is Saturday), as word starts
_WEEKDAYS = [
    # „Montage" (assembly) is no Monday
    (day, re.compile(r"\b(?:" + "|".join(n + ("(?!e)" if n == "montag" else "") for n in names) + ")", re.IGNORECASE))
    for day, names in enumerate(
        zip(*(tuple(d for d in lexicon(lang).weekdays if d != "sonnabend") for lang in ("de", "en")), strict=True)
    )
] + [(5, re.compile(r"\bsonnabend", re.IGNORECASE))]


def _month_number(word: str) -> int:
    return int(word) if word.isdigit() else MONTHS.get(word.lower(), 0)


# a compound led by a number names a kind of thing by its size: „Vierpersonenhaushalt", „3-Zimmer-Wohnung",
# "a four-person household", "two-bedroom flats"
SIZES_DE = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf")
SIZES_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
SIZE_PREFIXES = {w: i for sizes in (SIZES_DE, SIZES_EN) for i, w in enumerate(sizes, 1)}
_SIZE = "|".join(sorted(SIZE_PREFIXES, key=len, reverse=True))
_SIZE_DE = "|".join(sorted(SIZES_DE, key=len, reverse=True))
# German written as one word: the rest is a word of its own of six letters or more („Einpersonenhaushalt", not
# „Dreieck", „Achtung", „Zehntausend")
SIZED_WORD = re.compile(rf"\b({_SIZE_DE})(?!tausend|hundert)([a-zäöüß]{{6,}})\b", re.IGNORECASE)
SIZED_HYPHEN = re.compile(
    rf"(?<![\w.,-])(\d{{1,2}}|{_SIZE})-((?:[A-Za-zÄÖÜäöüß]+-)*[A-Za-zÄÖÜäöüß]{{3,}})(\s+[a-z]{{4,}})?"
)

# … or said as a phrase: „ein Haushalt mit drei Personen", "flats with two bedrooms"
SIZED_PHRASE = re.compile(
    rf"\b(?:mit|für|with|for|of)\s+(\d{{1,2}}|{_SIZE})\s+([A-Za-zÄÖÜäöüß]{{4,}})(?![\w-])", re.IGNORECASE
)
NOT_SIZED = re.compile(
    MEASURED + r"\w*|\w*(?:euro|dollar|pfund|pound|cent|prozent|percent|meter|metre|gramm|liter|litre)\w*", re.I
)


def sized(text: str) -> set[tuple[int, str]]:
    """The compounds of ``text`` led by a number, as (number, the rest in lower case without hyphens):
    „Vierpersonenhaushalt" and „4-Personen-Haushalt" are (4, "personenhaushalt"), "three-person households" is
    (3, "person households"); and the phrases that say so: „mit drei Personen" is (3, "personen")."""
    out = set()
    for m in SIZED_WORD.finditer(text):
        out.add((SIZE_PREFIXES[m.group(1).lower()], m.group(2).lower()))
    for m in SIZED_PHRASE.finditer(text):
        if not NOT_SIZED.fullmatch(m.group(2)):
            size = int(m.group(1)) if m.group(1).isdigit() else SIZE_PREFIXES[m.group(1).lower()]
            out.add((size, m.group(2).lower()))
    for m in SIZED_HYPHEN.finditer(text):
        size = int(m.group(1)) if m.group(1).isdigit() else SIZE_PREFIXES[m.group(1).lower()]
        rest = m.group(2).replace("-", "").lower()
        if re.fullmatch(MEASURED + r"s?|jährige?\w*|minütige?\w*|stündige?\w*|tägige?\w*|fold|fach\w*", rest):
            continue  # "a two-year contract", „14-tägig": a length of time, no kind of thing
        # English writes the noun apart ("four-person household"), German in the compound („4-Personen-Haushalt")
        noun = (m.group(3) or "").lower() if m.group(2).islower() else ""
        out.add((size, rest + noun))
    return out


def _same_kind(a: str, b: str) -> bool:
    """Whether two rests of sized compounds name one kind ("person household", "person households")."""
    stem = min(len(a), len(b)) - 2
    return stem >= 4 and a[:stem] == b[:stem]


def other_size(question: str, text: str) -> bool:
    """Whether ``text`` names the kind that a sized compound of ``question`` names, by other sizes only: a
    „Dreipersonenhaushalt" where a „Vierpersonenhaushalt" is asked."""
    asked, have = sized(question), sized(text)
    for size, kind in asked:
        same = [n for n, k in have if _same_kind(k, kind)]
        if same and size not in same:
            return True
    return False


def sized_words(text: str) -> set[str]:
    """The words of ``text`` that name a thing by its size, as written („Vierpersonenhaushalt", "four-person
    household", „mit drei Personen")."""
    found = {m.group(0) for m in SIZED_WORD.finditer(text)} | {m.group(0).strip() for m in SIZED_HYPHEN.finditer(text)}
    return found | {m.group(0) for m in SIZED_PHRASE.finditer(text) if not NOT_SIZED.fullmatch(m.group(2))}


def same_size(question: str, text: str) -> bool:
    """Whether ``text`` names a sized compound of ``question`` by its size („Vierpersonenhaushalt")."""
    return any(n == size and _same_kind(k, kind) for size, kind in sized(question) for n, k in sized(text))
