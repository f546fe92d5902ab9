"""German: the words and patterns the rules read (see ``bot.lexicon.Lexicon``)."""

from __future__ import annotations

from bot.lexicon import Lexicon

MONTHS = [
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

LEXICON = Lexicon(
    language="de",
    question_types=(
        (
            "money",
            r"\b(wie viel geld|wie viel kostet|was kostet|wie teuer|kosten|kostete|umsatz|preis|gehalt|"
            r"investi\w*|wie viel (?:euro|dollar|us-dollar))\b",
        ),
        (
            "percent",
            r"\b(wie viel prozent|wie viele prozent|welcher anteil|welchen anteil|wie groß ist der anteil|"
            r"prozentsatz|anteil)\b",
        ),
        (
            "date",
            r"\b(wann|seit wann|bis wann|in welchem jahr|welches jahr|welchem jahr|an welchem tag|"
            r"welches datum|in welchem monat)\b",
        ),
        ("number", r"\b(wie viele?|wieviele?|wie hoch|wie groß|wie lange|wie schwer|wie weit|wie alt|anzahl)\b"),
        ("person", r"\b(wer|wem|wen|von wem|mit wem|für wen|wessen)\b"),
        (
            "place",
            r"\b(wo|woher|wohin|in welcher stadt|in welchem land|an welchem ort|in welcher region|"
            r"welche stadt|welcher stadt|welches land)\b",
        ),
        (
            "organisation",
            r"\b(welche firma|welches unternehmen|welcher konzern|welche organisation|"
            r"welcher händler|welche plattform)\b",
        ),
        ("name", r"\b(wie heißt|wie hieß|wie lautet|welchen namen|unter welchem namen)\b"),
    ),
    meta_questions={
        "author": r"\b(wer hat (den|das|die) \w+ (geschrieben|verfasst)|wer schrieb|wer ist (der )?autor|"
        r"wer ist die autorin|von wem (stammt|ist) (der|das|die) \w+|autor(in)? (des|der|von)|"
        r"verfasser\w*)\b",
        "title": r"\b(titel|überschrift|wie heißt (der|das|die) (artikel|beitrag|interview|blog\w*|text|meinungs\w*))",
        "date": r"\b(wann (wurde|ist|erschien) (der|das|die) \w+ (veröffentlicht|erschienen|geschrieben|publiziert)|"
        r"wann erschien|erscheinungsdatum|veröffentlichungsdatum|datum (des|der) \w+|"
        r"von wann (ist|stammt))",
    },
    byline=r"(geschrieben|verfasst|veröffentlicht|erstellt) (von|am)\b|von\s+[A-ZÄÖÜ]\w+\s+[A-ZÄÖÜ]\w+\s*(\||$|,|am\b)"
    r"|autor(in)?\s*:|text\s*:|redaktion\s*:|\(red\)$",
    attribution=r"(quelle|foto|bild|grafik|abbildung|abb\.|illustration|bildquelle|fotos?)\s*:|via\s+\S|©",
    interviewer_labels=("frage", "f", "interviewer", "interviewerin"),
    interviewee_labels=("antwort", "a"),
    qualifiers={
        "mehr als": "more",
        "über": "more",
        "weit über": "more",
        "gut": "more",
        "mindestens": "at_least",
        "wenigstens": "at_least",
        "weniger als": "less",
        "unter": "less",
        "höchstens": "at_most",
        "maximal": "at_most",
        "bis zu": "up_to",
        "rund": "about",
        "etwa": "about",
        "ungefähr": "about",
        "circa": "about",
        "ca.": "about",
        "zirka": "about",
        "gut und gerne": "about",
        "knapp": "almost",
        "fast": "almost",
        "beinahe": "almost",
        "nahezu": "almost",
    },
    relation_words={
        "more": "über",
        "at_least": "mindestens",
        "less": "weniger als",
        "at_most": "höchstens",
        "up_to": "bis zu",
        "about": "rund",
        "almost": "knapp",
    },
    number_words={
        "null": 0,
        "eins": 1,
        "ein": 1,
        "eine": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "dreizehn": 13,
        "vierzehn": 14,
        "fünfzehn": 15,
        "sechzehn": 16,
        "siebzehn": 17,
        "achtzehn": 18,
        "neunzehn": 19,
        "zwanzig": 20,
        "dreißig": 30,
        "vierzig": 40,
        "fünfzig": 50,
        "sechzig": 60,
        "siebzig": 70,
        "achtzig": 80,
        "neunzig": 90,
        "hundert": 100,
        "tausend": 1000,
        "dutzend": 12,
    },
    fractions={
        "die hälfte": 0.5,
        "der hälfte": 0.5,
        "halb": 0.5,
        "ein drittel": 1 / 3,
        "einem drittel": 1 / 3,
        "zwei drittel": 2 / 3,
        "ein viertel": 0.25,
        "einem viertel": 0.25,
        "drei viertel": 0.75,
        "ein fünftel": 0.2,
        "ein zehntel": 0.1,
        "doppelt": 2.0,
        "verdoppelt": 2.0,
        "dreifach": 3.0,
        "verdreifacht": 3.0,
    },
    scales={
        "tausend": 1e3,
        "tsd": 1e3,
        "tsd.": 1e3,
        "million": 1e6,
        "millionen": 1e6,
        "mio": 1e6,
        "mio.": 1e6,
        "milliarde": 1e9,
        "milliarden": 1e9,
        "mrd": 1e9,
        "mrd.": 1e9,
        "billion": 1e12,
        "billionen": 1e12,
    },
    months={**{m: i + 1 for i, m in enumerate(MONTHS)}, "jänner": 1, "maerz": 3},
    units=(
        (r"%|prozent", "%"),
        (r"€|euro\b|eur\b", "Euro"),
        (r"us-dollar|dollar|\$|usd\b", "US-Dollar"),
        (r"jahren?\b", "Jahre"),
    ),
    decimal=",",
    thousands=".",
    not_numbers=("ein", "eine", "eins"),
    shares=("die Mehrheit", "die meisten", "mehrheitlich", "der Großteil", "den Großteil", "der überwiegende Teil"),
    one_in=(r"\b(?:einer|eine|eins|ein|1)\s+(?:von|aus)\s+(?P<n>\d+|\w+)\b",),
    negation=r"\b(nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nichts|weder|noch nie|niemand|"
    r"ohne|gescheitert\w*|scheiter\w*|verneinen|verneint|weit entfernt|alles andere als)\b",
    negation_exceptions=r"\b(nicht nur|nicht zuletzt|nichtsdestotrotz|nicht wahr|nichts anderes als|"
    r"ohne zweifel|nicht ohne grund)\b",
    no_longer=r"\b(nicht mehr|kein\w* mehr|nie mehr|nie wieder)\b",
    not_yet=r"\b(noch nicht|noch kein\w*|noch nie|bisher nicht|bislang nicht)\b",
    litotes=("leicht", "leichte", "leichter", "leichten", "einfach", "einfache", "einfacher", "einfachen",
             "schlecht", "schlechte", "schlechter", "schlechten", "unwichtig", "unwichtige", "unwichtigen",
             "unbedeutend", "unbedeutende", "gering", "geringe", "geringen", "klein", "kleine", "kleinen",
             "selten", "unbekannt", "unbekannte", "unerheblich", "unerhebliche", "uninteressant", "übel",
             "unproblematisch", "umsonst", "zufällig", "ungewöhnlich", "ungewöhnliche", "anders"),
    absolutes={
        "all": r"\b(alle|allen|aller|alles|sämtliche\w*|jeglich\w*|restlos|ausnahmslos)\b",
        "only": r"\b(nur|ausschließlich|einzig\w*|allein|lediglich|bloß)\b",
        "always": r"\b(immer|stets|jederzeit|ständig|grundsätzlich|ausnahmslos|niemals|nie)\b",
        "entirely": r"\b(ganz|gänzlich|vollständig|vollkommen|völlig|komplett|total|gesamte[nrms]?|"
        r"\w+weit|hundertprozentig|zu 100 ?%)\b",
    },
    absolute_exceptions=r"\b(nicht nur|nur noch|immer wieder|immer noch|immer mehr|immer weniger|"
    r"immer\s+\w+er\b|ganz so|ganz viele|ganz nach|im ganzen|allein in|alle möglich\w*|vor allem|"
    r"\bweit\s+\w+|nicht ganz|jedenfalls)",
    roles={
        "author": r"\b(autor\w*|verfass\w*|geschrieben|schreibt|schrieb|verfasser\w*|herausgegeben)\b",
        "founder": r"\b(gegründet|gründete|gründer\w*|mitgründer\w*|ins leben gerufen|rief\w* ins leben|"
        r"lanciert\w*|initiiert\w*)\b",
        "head": r"\b(chef\w*|ceo|leitet|leitete|leiter\w*|geschäftsführer\w*|direktor\w*|vorstand\w*|"
        r"vorsitzende\w*|präsident\w*|gründer\w*|head of)\b",
        "analyse": r"\b(analysiert\w*|analysier\w*|untersucht\w*|untersuch\w*|ausgewertet|wertet\w* aus)\b",
        "say": r"\b(sagt|sagte|gesagt|betont\w*|meint\w*|erklärt\w*|fordert\w*|rät|riet|empfiehlt|empfahl|"
        r"plädiert\w*|warnt\w*|zufolge|laut)\b",
        "present": r"\b(präsentiert\w*|präsentier\w*|stellte\w* vor|stellt\w* vor|vorgestellt|zeigte|zeigt|"
        r"vorgeführt)\b",
        "cooperate": r"\b(kooperiert\w*|kooperation|arbeitet\w* zusammen|zusammenarbeit\w*|partner\w*)\b",
    },
    passive_agent=r"\b(von|vom|durch)\b",
    object_markers=r"\b(bei|beim|für|des|der|von|vom|über|an|am|zu|zur|zum|mit)\b",
    subordinators=("auch wenn", "wenn auch", "obwohl", "obgleich", "wenngleich", "während", "weil", "da",
                   "falls", "wenn", "ob", "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher",
                   "wo", "damit", "sodass", "so dass"),
    anaphors=("der konzern", "des konzerns", "dem konzern", "den konzern", "das unternehmen", "des unternehmens",
              "dem unternehmen", "die firma", "der firma", "der händler", "des händlers", "dem händler",
              "der versandhändler", "des versandhändlers", "der versandhandel", "der onlinehändler",
              "der tech-konzern", "der technikkonzern", "die plattform", "der anbieter", "die gruppe"),
    first_person=r"\b(ich|mir|mich|mein\w*|wir|uns|unser\w*)\b",
    doubt=r"\b(frag\w*|bezweifel\w*|zweifel\w*|ob|unklar|ungewiss|fraglich|offen)\b",
    sources_header=r"^\s*(quellen|belege)\s*:?\s*$",
    source_reference=r"\(\s*(?:quelle|beleg)\s+(?P<n>\d{1,3})\s*\)",
)
