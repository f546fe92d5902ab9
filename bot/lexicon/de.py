"""German: the words and patterns the rules read (see ``bot.lexicon.Lexicon``)."""

from __future__ import annotations

from bot.lexicon import FUNCTIONS, Lexicon


def _comparative(stem: str) -> str:
    """A comparative of an adjective whose strong masculine positive looks the same ("ein seltener Fall", "ein
    schneller Service"): inflected ("schnellere"), before "als", or after a copula or a degree word ("ist
    schneller", "viel schneller")."""
    return (
        rf"\b{stem}ere\w*|\b{stem}er(?=(?:\s[^.;:!?]{{0,80}}?)?,?\s+als\s)|"
        rf"\b(?:ist|sind|war|waren|wird|werden|wurde|wurden|viel|deutlich|noch|etwas|weit|immer)\s+{stem}er\b"
    )


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

# a figure given by its number of digits: "ein dreistelliger Millionenbetrag" is 100 to 999 million
DIGITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
DIGIT_AMOUNTS = {
    rf"{word}stellig\w*\s+{scale}\w*": (10**k * factor, 10 ** (k + 1) * factor)
    for k, word in enumerate(DIGITS)
    for scale, factor in (("Millionen", 1e6), ("Milliarden", 1e9), ("(?:Euro-|Dollar-)?(?:Betrag|Summe)", 1))
}

# fractions in words: "ein Drittel", "vier Fünftel", "drei Achtel"
DENOMINATORS = {
    "drittel": 3,
    "viertel": 4,
    "fünftel": 5,
    "sechstel": 6,
    "siebtel": 7,
    "achtel": 8,
    "neuntel": 9,
    "zehntel": 10,
}
# the numerators, from the digit words above: "ein", "einem", "eines" … "neun"
NUMERATORS = {**{w: i + 1 for i, w in enumerate(DIGITS)}, "einem": 1, "eines": 1}
FRACTIONS = {f"{n} {d}": k / v for n, k in NUMERATORS.items() for d, v in DENOMINATORS.items() if k < v}

# the words before a season: "im Sommer", "seit dem Frühjahr", "letzten Winter"
SEASON_BEFORE = r"\b(?i:im|ein\w*|seit dem|vom|bis zum|diese[nms]?|letzte[nms]?|vergangene[nms]?)"
PART = r"(?:\b|(?<=[a-zäöüß-]))"  # a word, or the last part of a compound ("Marktplatzhändler")

LEXICON = Lexicon(
    language="de",
    question_types=(
        (
            "money",
            r"\b(wie viel geld|wie viel kostet|was kostet|wie teuer|"
            # a word of money asks for an amount where an interrogative asks for it ("Wie hoch war der Umsatz?")
            # („Bis zu welchem Datum entfällt die Aufnahmegebühr?“ asks for a date)
            r"(?:wie viel|wie hoch|wie groß|welche\w*(?!\s+(?:datum|tag\w*|jahr\w*|zeitpunkt|uhrzeit|termin\w*|"
            r"monat\w*|woche\w*|wochentag\w*)\b))\s+(?:[\w-]+\s+){0,6}?"
            # (not the first part of a compound by hyphen: „der Preis-Leistungs-Sieger" is a product)
            r"[\w-]*?(?:kosten|kostet|kostete|gekostet|umsatz\w*|preis\w*|gehalt|investi\w*|gewinn\w*|verlust\w*|"
            r"haushalt|etat|budget|einnahmen|ausgaben|schulden|rücklagen?|gebühr\w*|miete|zuschuss|zuschüsse|rabatt\w*|"
            r"ermäßigung\w*|nachlass\w*|skonto)(?!-)|"
            r"was\s+(?:[\w-]+\s+){0,3}?(?:kosten|kostet|kostete|gekostet)|wie viel (?:euro|dollar|us-dollar)|"
            # the participle at the clause's end: „Was hat der bestellte Kaffee in China gekostet?“
            r"was\s+(?:hat|haben|hatte|hatten|wird|werden|würde|würden|soll|sollte|sollen)\b[^?.]*\b(?:gekostet|kosten)(?=\s*(?:\?|$))|"
            r"wie viel\b[^?]*\b(?:kosten|kostet|kostete|gekostet|investier\w*)|"
            # other words of money make a money question only after a word that asks for an amount
            # … also as a compound's last part: „Aufnahmegebühr“, „Kaltmiete“, „Mitgliedsbeitrag“
            # („Wie hoch ist der noch offene Betrag?“: words of the noun phrase between them)
            r"(?:(?:wie viel|wie hoch)\s+(?:[\w-]+\s+){0,4}?|"
            r"welche\w*\s+(?:(?:ist|sind|war|waren|die|der|das|den)\s+){0,2})"
            # … „Startgeld“, „Erfrischungsgeld“, „Nutzungsentgelt“, „Flaschenpfand“
            r"(?:[\w-]*(?:miete|gebühr\w*|kaution|pauschale|betrag|beträge|provision|anzahlung|zuzahlung|einnahmen|erlös\w*|"
            r"geld|gelder|entgelt\w*|pfand|porto|prämie\w*|zulage\w*|abgabe|abgaben|steuer|steuern)|"
            r"\w+beitr(?:ag|äge)\w*|lohn|löhne|honorar|budget|schadens?ersatz|entschädigung\w*|abfindung\w*|bußgeld\w*|"
            r"geldstrafe\w*|zuschuss|zuschüsse|\w*summe|förderung|selbstbeteiligung|selbstbehalt|eigenanteil)|"
            r"wie viel (?:zahlt|zahlte|bezahlt)|"
            # „Was zahlen Kinder für …?“, „Was bezahlt man für die Sauna?“ (nicht „Was zählt …“)
            r"was\s+(?:zahlen|zahlt|zahlte|zahlten|bezahlen|bezahlt|bezahlte|bezahlten)\b|"
            # ein Verb der Einnahmen: „Wie viel hat das Festival eingenommen?“, „… am Aktionstag umgesetzt“
            r"wie viel\b[^?.]*\b(?:umgesetzt|eingenommen|verdient|erlöst|eingespielt)|"
            # … oder des Gebens und Sammelns, gleich nach „wie viel“: „Wie viel hat die Kollekte gebracht?“ (nicht „Wie
            # viel Regen hat das Gewitter gebracht?“)
            r"wie viel (?:geld\s+)?(?:hat|haben|hatte|hatten|wurde|wurden|ist|sind|war|waren|kam|kamen)\b[^?.]*"
            r"\b(?:gespendet|gesammelt|zusammengekommen|zusammengetragen|ausgegeben|gebracht|eingebracht|erbracht)|"
            # ein Verb des Ausgebens: „Wie viel wollte die Firma pro Gast ausgeben?“ (nicht „wie viel Zeit …“)
            r"wie viel\s+(?!zeit\b)[^?.]*\b(?:ausgeben|ausgegeben|ausgibt|ausgab|ausgaben|bezahlen|gezahlt|zahlen)\b|"
            # a verb of saving right after „wie viel“ („Wie viel spart die Stadt?“), not „wie viel Zeit … spart“
            r"wie viel\s+(?:spart|sparen|sparte|sparten)\b|"
            # der Geldwert einer Sache: „Waren in welchem Wert …“, „Wie viel ist die Sammlung wert?“
            r"in welchem wert|im wert von wie viel\w*|wie viel (?:ist|sind|war|waren)\b[^?.]*\bwert\b|"
            r"wie viel\s+(?:würde|würden|wird|werden|hat|haben|hätte|hätten|soll|sollen|sollte|kann|könnte)\b[^?.]*"
            r"\b\w*spar(?:t|en|te|ten)?\b)\b",
        ),
        (
            "percent",
            r"\b(wie viel prozent|wie viele prozent|welcher anteil|welchen anteil|wie groß ist der anteil|"
            # a ratio named by its noun: „Wie hoch ist die Rücksendequote?“, „die Frauenquote“
            r"prozentsatz|anteil|\w*quote|wie viel (?:des|der|vom|von den|von der|von dem)\b)\b",
        ),
        (
            "date",
            r"\b(wann|seit wann|bis wann|in welchem jahr|welches jahr|welchem jahr|"
            r"an welchem (?:genauen |exakten )?tag|"
            # a day of the week: „An welchem Wochentag …", „an welchen Tagen …"
            r"an welche[mn] (?:wochen)?tag(?:en)?|an welchen (?:wochen)?tagen|"
            r"welches datum|welchem datum|in welchem monat|welche[mnrs]? jahrgang\w*|"
            # „Zu welchen Terminen …", „An welchem Termin …": Tage des Kalenders
            r"welche[mnrs]? (?:genauen |exakten )?termin(?:e|en)?)\b",
        ),
        # wie oft: beantwortet von einer Anzahl Male, einer Rate oder einem Wort der Häufigkeit
        # … and by the rhythm or interval: „In welchem Rhythmus …“, „In welchen Abständen …“
        (
            "frequency",
            r"\b(wie oft|wie häufig|wie regelmäßig|in welche[mn] (?:rhythmus|turnus|takt|intervall|abstand|"
            r"abständen|zyklus)|mit welcher häufigkeit)\b",
        ),
        # Kontaktangaben nach ihrer Form (``bot.contacts``): „Unter welcher E-Mail-Adresse …", „Welche Telefonnummer …"
        ("email", r"\b(?:welche\w*|wie lautet|an welche\w*|unter welche\w*)\s+(?:\w+\s+){0,2}?e-?mail\w*"),
        (
            "phone",
            r"\b(?:welche\w*|wie lautet|unter welche\w*)\s+(?:\w+\s+){0,2}?"
            r"(?:telefon\w*|rufnummer|handynummer|mobilnummer|durchwahl|hotline)\b",
        ),
        # ein Kennzeichen: „Wie lautet die Mietvertragsnummer?", „Welches Aktenzeichen …" (keine Hausnummer)
        (
            "code",
            r"\b(?:welche\w*|wie lautet|unter welche\w*)\s+(?:\w+\s+){0,3}?"
            # eine Nummer nur als Teil eines Worts („Mietvertragsnummer"), nicht „Welche Nummer hat das Prinzip"
            r"(?:(?!haus|zimmer|telefon|handy|mobil|ruf)\w+nummer|\w*kennung|aktenzeichen|\w*code|kennziffer|"
            r"\w*kennzeichen)\b",
        ),
        (
            "web",
            r"\b(?:welche\w*|wie lautet|auf welche\w*|unter welche\w*)\s+(?:\w+\s+){0,2}?"
            r"(?:internetseite|internetadresse|webseite|website|homepage|url)\b",
        ),
        # a time of day: "Um wie viel Uhr …", "Zu welcher Uhrzeit …" (answered by "14.15 Uhr")
        ("clock", r"\b(um wie viel uhr|wie viel uhr|(?:um|zu) welcher uhrzeit|welche uhrzeit|wie spät)\b"),
        # a rank: "Auf welchem Platz …", "An welcher Stelle …" (answered by "Platz 3", "der dritte", "Nummer 1")
        ("rank", r"\b((?:auf|an) welche[mnr]? (?:platz|rang|stelle|position)|welche[nr]? (?:platz|rang))\b"),
        (
            "number",
            r"\b(wie viele?|wie vielen|wie vieler|wieviele?|wie hoch|wie groß|wie lange|wie schwer|wie weit|wie alt|"
            r"wie breit|wie tief|wie lang|"
            r"anzahl|welche[nmrs]? (?:mindest|höchst|maximal|minimal)\w*)\b",
        ),
        # "wen / wem / für wen" ask for the object, often a group ("kleine und mittlere Unternehmen"), not a name
        # (nicht „Wer muss zahlen?“, „Wer darf teilnehmen?“: ein Modalverb nach „wer“ fragt, für wen eine Regel gilt,
        # was ein Satz der Regel ohne Namen beantwortet; „Wer kann mir helfen?“ fragt eine Person)
        (
            "person",
            r"\b(wer(?!\s+(?:kann|darf|muss|ist berechtigt|hat anspruch)\s+(?!mir\b|uns\b|ihnen\b|dir\b))|"
            r"von wem|mit wem|wessen)\b",
        ),
        (
            "place",
            r"\b(wo|woher|wohin|in welcher stadt|in welchem land|an welchem ort|in welcher region|"
            r"welche stadt|welcher stadt|welches land|"
            # a place within a named one: „in welchem Teil Berlins", „in welchem Stadtteil von Leipzig"
            # (also after an adjective of a place: „In welchem Berliner Ortsteil …")
            r"(?:in )?welche[mnrs]? (?:[a-zäöüß]+(?:er|en|e|es|em) )?(?:teil|stadtteil|bezirk|stadtbezirk|viertel|"
            r"stadtviertel|ortsteil|gegend)\b|"
            # with an adjective between: „in welcher belgischen Stadt“, „welches europäische Land“
            r"(?:in |an )?welche[rsmn]? [a-zäöüß]+(?:en|e|er|es|em) (?:stadt|land|ort|gemeinde|region|dorf))\b",
        ),
        (
            "organisation",
            r"\b(welche[nmrs]? (?:(?!(?:ist|sind|war|waren|hat|haben|hatte|wird|werden|der|die|das|den|dem|des)\b)"
            r"[\w-]+(?:\s+|-))?(?:firma|unternehmens?|konzerns?|organisation|händlers?|plattform|marke|"
            r"hersteller|anbieter|tochter\w*|sparte|start-?ups?|bank|kette|firmen|konzerne|plattformen|marken|"
            r"organisationen|banken|ketten))\b",
        ),
        (
            "name",
            r"\b(wie heißt|wie heißen|wie hieß|wie hießen|wie lautet|wie lauten|welchen namen|unter welchem namen)\b",
        ),
    ),
    meta_questions={
        "author": r"\b(geschrieben|schrieb|verfasst\w*|autor\w*|verfasser\w*|stammt|stammen|steck\w* hinter)\b",
        "date": r"\b(erschienen|erschien|erscheint|veröffentlicht\w*|publiziert\w*|datiert|erscheinungsdatum|von wann|"
        r"stammt|stammen|"
        r"veröffentlichungsdatum|online gestellt|ins netz gestellt|gepostet|postete|hochgeladen|"
        r"stellte\s+(?:[\w’']+\s+){1,8}(?:online|ins netz)|online gegangen|online ging|ins netz ging|"
        r"(?:ging|geht|gingen)\s+(?:[\w’'-]+\s+){1,10}(?:online|ins netz|live))\b",
        # … nicht der Titel einer Person: „Welchen Titel trägt sie bei der Firma?“ fragt nach ihrem Amt
        "title": r"(?<!\bsein )(?<!\bseinen )(?<!\bihr )(?<!\bihren )(?<!\bberufliche )(?<!\bberuflichen )"
        r"(?<!\bakademische )(?<!\bakademischen )\b(titel|überschrift|schlagzeile)\b|"
        r"\bwie (heißt|lautet) (der|das|die) (\w*artikel|\w*beitrag|"
        r"interview|blog\w*|text|kommentar|meinungs\w*)\b",
        # what a question calls the article itself
        "article": r"\b(\w*artikel\w*|\w*beitrag\w*|blog\w*|\w*post\w*|text\w*|interview\w*|kommentar\w*|"
        r"meinungs\w*|bericht\w*|meldung\w*|kolumne\w*|essay\w*|stück)\b",
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
        # a verb of comparison before a figure: „die Fläche übersteigt 200.000 Quadratmeter“
        "übersteigt": "more",
        "überstieg": "more",
        "übertrifft": "more",
        "übertraf": "more",
        "überschreitet": "more",
        "überschritt": "more",
        # a comparative before a figure compares with it: "größer als 200.000 Quadratmeter"
        "größer als": "more",
        "höher als": "more",
        "länger als": "more",
        "schwerer als": "more",
        "kleiner als": "less",
        "niedriger als": "less",
        "geringer als": "less",
        "kürzer als": "less",
        "leichter als": "less",
        # ein verglichenes Alter: „Kinder jünger als sieben", „wer älter als 65 ist"
        "jünger als": "less",
        "älter als": "more",
        "höchstens": "at_most",
        "maximal": "at_most",
        # a denied comparative bounds the figure: „nicht mehr als 60 %“ is at most 60 %
        "nicht mehr als": "at_most",
        "nicht über": "at_most",
        "nicht länger als": "at_most",
        "nicht höher als": "at_most",
        "nicht größer als": "at_most",
        "nicht schwerer als": "at_most",
        "nicht weniger als": "at_least",
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
        "fast gegen": "almost",  # "fast gegen null gehen"
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
        **FRACTIONS,
        "doppelt": 2.0,
        "das doppelte": 2.0,
        "das zweifache": 2.0,
        "das dreifache": 3.0,
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
        (r"£|pfund sterling\b|britische pfund\b|gbp\b", "Pfund"),
        (r"jahr(?:e|en|es)?\b", "Jahre"),
        (r"monat(?:e|en|s)?\b", "Monate"),
        (r"wochen?\b", "Wochen"),
        (r"tag(?:e|en|es)?\b", "Tage"),
        (r"stunden?\b", "Stunden"),
        (r"minuten?\b", "Minuten"),
        (r"sekunden?\b", "Sekunden"),
        (r"kilogramm\b|kg\b", "Kilogramm"),
        (r"quadratkilometern?\b|km²", "Quadratkilometer"),
        (r"quadratmillimetern?\b|mm²", "Quadratmillimeter"),
        (r"quadratmetern?\b|qm\b|m²", "Quadratmeter"),
        (r"kubikmetern?\b|m³", "Kubikmeter"),
        (r"zentimetern?\b|cm\b", "Zentimeter"),
        (r"millimetern?\b|mm\b", "Millimeter"),
        (r"litern?\b", "Liter"),
        (r"kilometern?\b|km\b", "Kilometer"),
        (r"metern?\b", "Meter"),
        (r"tonnen?\b", "Tonnen"),
        (r"p\b(?!\.)|pence\b", "Pence"),
        (r"cents?\b|ct\b", "Cent"),
    ),
    decimal=",",
    thousands=".",
    extra={
        # a unit's name after the figure 1 („1 Woche“)
        "unit_singular": {
            "Jahre": "Jahr",
            "Monate": "Monat",
            "Wochen": "Woche",
            "Tage": "Tag",
            "Stunden": "Stunde",
            "Minuten": "Minute",
            "Sekunden": "Sekunde",
            "Tonnen": "Tonne",
        },
        # a request in the imperative ("Nenne das Datum …"): the answer type by the noun asked
        "imperative": (
            r"^\W*(?:bitte\s+)?(?:nenne|nennen sie|nennt|gib|geben sie|sag|sagen sie|beziffere|beziffern sie)\b"
        ),
        "imperative_types": {
            r"datum|tag|jahr|monat": "date",
            r"zahl|anzahl|menge": "number",
            r"anteil|prozentsatz|prozent|quote": "percent",
            r"betrag|summe|preis|kosten|umsatz|budget": "money",
            r"stadt|land|ort|region|standort|städte|länder": "place",
            r"unternehmen|firma|firmen|konzern|tochter\w*|marke|organisation": "organisation",
            r"person|gründer\w*|autor\w*|chef\w*|leiter\w*|geschäftsführer\w*|direktor\w*|vorsitzende\w*|"
            r"manager\w*|sprecher\w*|bürgermeister\w*|expert\w*|professor\w*|vorstand\w*|inhaber\w*|"
            r"mitarbeiter\w*|trainer\w*|spieler\w*": "person",
        },
        # a figure given only by its order of magnitude: the interval it names
        # a share given only by which side of half it lies on: „eine Minderheit“
        "vague_shares": {r"eine Minderheit|die Minderheit|einer Minderheit": (0, 50)},
        "vague_amounts": {
            r"dutzenden?": (24, 100),
            r"hunderten?": (200, 1e3),
            r"(?:mehrere|einige|ein paar) tausend|tausenden?": (2e3, 1e4),
            r"zehntausenden?": (2e4, 1e5),
            r"hunderttausenden?": (2e5, 1e6),
            r"(?:mehrere|einige) millionen": (2e6, 1e9),
            r"(?:mehrere|einige) milliarden": (2e9, 1e12),
            **DIGIT_AMOUNTS,
        },
        # a scope that names no one place: a claim that puts the figure in one country says more
        "worldwide": r"\b(?:weltweit\w*|global\w*|in aller Welt|rund um den Globus)\b",
        # a time relative to the article's day ("vergangene Woche", "vor zwei Monaten", "im Vorjahr"): its unit
        "relative_time": (
            r"\b(?:vergangene[nrms]?|letzte[nrms]?|vorige[nrms]?|nächste[nrms]?|kommende[nrms]?|"
            # („nach drei Jahren“ counts from an event, the tenancy's start, not from the article's day)
            r"(?:vor|seit|in)\s+(?:einer|einem|\w+|\d+))\s+(?:\w+\s+)?(?P<unit>Tag|Woche|Monat|Jahrzehnt|Jahr)(?:e|en|es|s|n)?\b|"
            r"\b(?P<day>gestern|vorgestern)\b|"
            r"\b(?:am|an|noch am)\s+(?P<same>selben|gleichen|demselben|nämlichen)\s+Tag\b|"
            r"\b(?:im|in der|am)\s+Vor(?P<before>tag|woche|monat|jahr)\w*|"
            r"\b(?P<recent>letztens|zuletzt|kürzlich|neulich|unlängst|jüngst|vor kurzem)\b"
        ),
        # a time before the article's, which a figure stated for now does not describe; the words of now
        "then": r"\b(?:vor\s+(?:einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|einigen|mehreren|vielen|"
        r"\d+)\s+(?:Tag|Woche|Monat|Jahr|Jahrzehnt)\w*|damals|ursprünglich|anfangs|zu Beginn|früher|bevor)\b",
        "now": r"\b(?:mittlerweile|inzwischen|heute|derzeit|aktuell|jetzt|bislang|bisher|nunmehr)\b",
        # when something is to be done: now, or later ("jetzt anfangen" is no "noch ein paar Jahre warten")
        "timing": {
            r"\b(?:jetzt|sofort|umgehend|unverzüglich|ab sofort|schon heute|noch heute)\b": "now",
            r"\b(?:später|künftig|in (?:der )?Zukunft|irgendwann|in (?:ein paar|einigen|wenigen|zwei|drei|fünf) Jahren|"
            r"noch (?:ein paar|einige|wenige) (?:Jahre|Monate)|abwarten|abzuwarten|zu warten|warten)\b": "later",
        },
        # how often something happens, by its period
        "frequencies": {
            # "einmal im Jahr", "zweimal pro Woche", "1.000 Euro pro Monat": a count or a rate per period
            r"\b(?:täglich\w*|tagtäglich\w*|jeden Tag|(?:\w+mal\s+)?(?:pro|je)\s+Tag|"
            r"\w+mal\s+(?:am|im)\s+Tag)\b": "day",
            r"\b(?:wöchentlich\w*|jede Woche|(?:\w+mal\s+)?(?:pro|je)\s+Woche|\w+mal\s+in\s+der\s+Woche)\b": "week",
            r"(?:\b14-tägig\w*|\bvierzehntägig\w*|\bzweiwöchentlich\w*|\balle zwei Wochen\b)": "fortnight",
            r"\b(?:monatlich\w*|jeden Monat|(?:\w+mal\s+)?(?:pro|je)\s+Monat|\w+mal\s+im\s+Monat|"
            r"\d[\d.,]*(?:\s+\w+)?\s+im\s+Monat)\b": "month",
            r"\b(?:vierteljährlich\w*|quartalsweise|jedes Quartal)\b": "quarter",
            # a window of time: „in einer Woche“ is no „innerhalb eines Monats“
            r"\b(?:innerhalb|binnen|in)\s+(?:eines|einem|einer)\s+(?:einzigen\s+)?Tag(?:es|s|e)?\b": "window of a day",
            r"\b(?:innerhalb|binnen|in)\s+(?:einer)\s+(?:einzigen\s+)?Woche\b": "window of a week",
            r"\b(?:innerhalb|binnen|in)\s+(?:eines|einem)\s+(?:einzigen\s+)?Monat(?:s|es)?\b": "window of a month",
            r"\b(?:innerhalb|binnen|in)\s+(?:eines|einem)\s+(?:einzigen\s+)?Jahr(?:es|s)?\b": "window of a year",
            r"\b(?:(?<!halb)jährlich\w*|jedes Jahr|(?:\w+mal\s+)?(?:pro|je)\s+Jahr|\w+mal\s+im\s+Jahr|"
            r"\d[\d.,]*(?:\s+\w+)?\s+im\s+Jahr)\b": "year",
        },
        "time_units": {
            "tag": "day",
            "woche": "week",
            "monat": "month",
            "jahr": "year",
            "jahrzehnt": "decade",
            "gestern": "day",
            "vorgestern": "day",
            "selben": "same day",
            "gleichen": "same day",
            "demselben": "same day",
            "nämlichen": "same day",
            "letztens": "recent",
            "zuletzt": "recent",
            "kürzlich": "recent",
            "neulich": "recent",
            "unlängst": "recent",
            "jüngst": "recent",
            "vor kurzem": "recent",
        },
        # the units of each measured dimension
        "dimensions": {
            "sound": r"(d[bB](?:\s?\(?A\)?)?|decibels?|dezibel)(?!\w)",
            "weight": r"(kilogramm|kg|milligramm|mg|mikrogramm|[µμ]g|gramm|tonnen?|pfund)\b",
            "length": r"(kilometern?|km|metern?|meter|zentimetern?|cm|millimetern?|mm|meilen)\b",
            "time": r"(sekunden?|minuten?|stunden?|tag(?:e|en|es)?|wochen?|monat(?:e|en|s)?|jahr(?:e|en|es)?)\b",
            "speed": r"((kilometern?|km|metern?|meilen)\s*(pro|je|in der)\s*(stunde|sekunde)|km/h)\b",
            # read for questions only ("Wie viel Fläche …"); a claim's areas compare as figures
            "area": r"(quadratmetern?|qm|m²|quadratkilometern?|km²|hektar|ha)(?!\w)",
            # … and temperatures („180 °C“, „20 Grad“)
            "temperature": r"(°\s?[CF]?|grad(?:\s+celsius)?\b|[CF](?![\w'’-]))",
            # Energie und Leistung: „750 Kilowattstunden“, „12 GWh“; „4,5 MW“, „800 Watt“ (Leistung ist keine Energie)
            "energy": r"((?:kilo|mega|giga|tera)?wattstunden?|[kmgt]wh)(?!\w)",
            # der Brennwert von Speisen: „398 kcal", „1.670 Kilojoule"
            "food_energy": r"(kcal|kilokalorien?|kalorien|kj|kilojoule)(?!\w)",
            "power": r"((?:kilo|mega|giga)?watt|[kmg]w|wp)(?![\w-])",
        },
        # the closing formula of a post, a mail or a letter, above the writer's name (``bot.posts``)
        "closing": r"(?:(?:danke|vielen dank)(?:\s+(?:und|&))?\s+)?"
        r"(?:(?:viele|liebe|beste|herzliche|freundliche|sonnige|schöne)\s+)?(?:grüße|gruß|grüsse|gruss)(?:\s+aus\s+\w+)?|"
        r"mit (?:freundlichen|besten|herzlichen) grüßen|lg|vg|mfg|(?:danke|vielen dank)(?: im voraus)?|bis bald|ciao|"
        r"tschüss",
        # the header line that names a message's sender
        "sender": r"von|absender",
        # what a "wie schwer / wie weit / wie lange / wie schnell" question measures; a number answers it only
        # with a unit of that dimension (``dimensions``)
        # a question about what is to come: a year that dates what has been going on („seit 1986“) is no answer
        "ahead": r"\b(?:wird|werden|soll|sollen|will|wollen|plant|planen|geplant|erwartet|erwarten|bis wann|künftig)\b",
        # ein Jahr, genannt nach seinem Abstand („im Oktober des Vorjahres")
        "year_before": r"\b(?:vorjahr\w*|(?:im|des)\s+(?:vergangenen|letzten|vorigen|vorherigen)\s+jahr\w*|"
        r"ein jahr (?:zuvor|früher|davor)|vor einem jahr|im jahr (?:zuvor|davor))\b",
        "year_after": r"\b(?:folgejahr\w*|(?:im|des)\s+(?:kommenden|nächsten|folgenden)\s+jahr\w*|ein jahr später|"
        r"im jahr (?:darauf|danach))\b",
        # eine Frage nach einer Frist und ein Satz, der eine setzt: „Bis zu welchem Datum …" – „… bis zum 31. Mai 2025"
        # eine Einrichtung mit dem Namen ihres Orts: „die Bürgerstiftung Rabenfurt“, „die Stadtwerke Soltau“ – eine
        # Organisation, auch wo der Ortsname wie ein Nomen aussieht
        "institution": r"\b(?=[A-ZÄÖÜ])[\wäöüß]*(?i:stiftung|verein|verband|werke?|bank|kasse|gesellschaft|"
        r"genossenschaft|verwaltung|klinikum|klinik|universität|hochschule|schule|tafel|club|partei|"
        r"ministerium|kammer|initiative|bibliothek|museum|theater)\s+([A-ZÄÖÜ][\w-]+)",
        "deadline_asked": r"\b(?:bis wann|bis zu welche[mr] (?:datum|tag|zeitpunkt|termin)|bis zum wievielten|"
        r"bis spätestens wann|welche frist|wann (?:ist|endet) die frist|wie früh|wie lange (?:vorher|im voraus|zuvor)|"
        r"mit welche[mr] (?:vorlauf|frist))\b",
        # a time before the event that a deadline is set by: „spätestens zehn Tage vor der Veranstaltung“
        # … or a time after it that the act must follow within: „innerhalb von zwei Wochen“, „binnen eines Monats“
        "lead_time": r"\b(?:innerhalb|binnen)\s+(?:von\s+)?(?:\d+|ein\w*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
        r"zehn|elf|zwölf|vierzehn|zwanzig|dreißig)\s+(?:Werk|Arbeits|Kalender)?(?:tage|tagen|tag|wochen|woche|monate|"
        r"monaten|monat|monats|stunden|stunde)\b|"
        r"\b(?:\d+|ein\w*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|zwanzig|"
        r"dreißig|vierzig|fünfzehn|fünfundvierzig)\s+(?:Werk|Arbeits|Kalender)?(?:tage|tagen|tag|wochen|woche|monate|"
        r"monaten|monat|stunden|stunde|minuten)\s+(?:vor|vorher|zuvor|im voraus)\b",
        "deadline_stated": r"\b(?:bis(?:\s+(?:zum|zur|spätestens))?|spätestens(?:\s+(?:am|zum|bis))?|innerhalb von|"
        r"frist\s+(?:bis|endet am))\s+(?:(?:dem|den|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)*"
        r"(?=\d|(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)",
        # eine Spalte der bisherigen Werte („bisher", „alter Preis") und eine der neuen („ab 1. April 2025", „neu");
        # eine Frage mit einem Wort der ersten fragt nach dem alten Wert
        "superseded": r"\b(?:bisher\w*|vorher\w*|früher\w*|zuvor|bevor|vormals|alte[nrsm]?|alt|ehemalig\w*)\b",
        "current": r"\b(?:neu\w*|ab|künftig\w*|nach|seit|aktuell\w*|jetzt)\b",
        # a question about a figure set right ("nach der Korrektur") and the words of a sentence that sets one right
        "corrected": r"\b(?:korrigiert\w*|korrektur\w*|berichtigt\w*|revidiert\w*|nachgebessert|richtiggestellt)\b",
        "correction": r"\b(?:korrigiert\w*|korrektur\w*|berichtigt\w*|revidiert\w*|richtigstellung|zunächst|"
        r"ursprünglich|ersetzt|nicht wie)\b",
        "measure_questions": (
            # wie laut, vor einer Entfernung, die die Frage nennt: „Wie laut ist es in drei Metern Entfernung?"
            (r"\bwie laut\b|\blautstärke\b|\b(?:schall|geräusch)\w*pegel\b", "sound"),
            (r"\bwie (schwer|viel wieg\w*)\b|\bgewicht\b", "weight"),
            (
                r"\bwie weit\b|\breichweite\b|\bentfernung\b|\bwie (breit|tief|dick)\b|\bdurchmesser\b|"
                r"\bwie lang\b(?!\s+(?:ist|sind|war|waren)\b)|"
                r"\bwie hoch (ist|sind|wird|werden|war|muss|müssen|soll|sollen|darf|dürfen)\b"
                # … but not of a rate or a share: „Wie hoch ist die Arbeitslosenquote / der Hebesatz?"
                r"(?![^?]*?\w*(?:quote|quoten|rate|raten|anteil|satz|sätze|zins|zinsen|auslastung|beitrag|beiträge|"
                r"miete|mieten|preis|preise|kosten|gebühr|gebühren|umsatz|summe|betrag|einnahmen|steuer|wert|werte|"
                r"lohn|gehalt|rente|strafe|temperatur|zahl)\b)",
                "length",
            ),
            # „Wie lang ist der Weg?" asks a length, „Wie lang ist die Aufführung?" a time: either answers
            (r"\bwie lang (?:ist|sind|war|waren)\b", "extent"),
            (
                r"\bwie lange\b|\bwie langer zeit\b|\bdauer\b|\bdauert\b|\bwie ?viel (?:mehr |zusätzliche )?zeit\b|"
                r"\b(?:über|in|innerhalb|während) welche[mnr]? (?:zeitraum|zeitspanne|frist)\b|"
                r"\bwelche[nr]? zeitraum\b",
                "time",
            ),
            (r"\bwie schnell\b|\bgeschwindigkeit\b|\btempo\b", "speed"),
            (r"\bwelche[rn]? temperatur\b|\bwie (?:heiß|warm|kalt)\b|\bwie viel grad\b", "temperature"),
            (
                r"\bwie viel\w* (?:\w*fläche|platz|raum)\b|\bwelche[nr]? (?!\w*oberfläche)\w*fläche\b|"
                r"\bwie groß (?:ist|war|sind|waren) die \w*fläche\b|"
                # die Größe einer Fläche: „Wie groß ist der Rasen, den Stefans Mäher pflegt?“
                r"\bwie groß (?:ist|war|sind|waren) (?:der|die|das|sein|seine|ihr|ihre) (?:\w+ )?"
                r"(?:rasen|garten|grundstück|wohnung|zimmer|feld|park|gelände|hof|wald|see|balkon|terrasse|dach|büro|"
                r"acker|wiese|platz)\w*\b",
                "area",
            ),
        ),
        # measure words: a number before one measures time, length, weight or speed; it counts no things
        "measures": (
            r"(sekunden?|minuten?|stunden?|tag(?:e|en|es)?|wochen?|monat(?:e|en|s)?|jahr(?:e|en|es)?|jahrzehnten?|metern?|"
            r"kilometern?|km|kilogramm|kg|milligramm|mg|mikrogramm|[µμ]g|gramm|tonnen?|litern?|grad|uhr|mal|prozent|quadratmetern?|qm|m²|"
            r"quadratkilometern?|km²|hektar|"
            # volumes, energy and power: „310.000 Kubikmeter", „4,5 MW", „12 GWh"
            r"kubikmetern?|m³|hektolitern?|millilitern?|ml|zentimetern?|cm|millimetern?|mm|"
            r"[kmgt]wh|[kmg]w|kilowatt\w*|megawatt\w*|gigawatt\w*|watt|kcal|kilokalorien?|kalorien|kj|kilojoule)(?!\w)"
        ),
        "scale_words": {
            1e3: ("Tausend", "Tausend"),
            1e6: ("Million", "Millionen"),
            1e9: ("Milliarde", "Milliarden"),
            1e12: ("Billion", "Billionen"),
        },
        # words that may stand between a name and the noun it names ("X, unserem Zentrum", "the hub called X")
        "naming_links": (
            "unser",
            "unsere",
            "unserem",
            "unseren",
            "unserer",
            "der",
            "die",
            "das",
            "dem",
            "den",
            "des",
            "ihr",
            "ihre",
            "ihrem",
            "sein",
            "seine",
            "seinem",
            "namens",
            "genannt",
            "unter",
            "namen",
            "mit",
        ),
        # a question for a term or a name something goes by, and the words by which a text names one
        "term_question": r"\b(welche[nmrs]? (?:begriff|bezeichnung|spitznamen?|schlagwort|ausdruck|namen|wort|"
        r"fachbegriff|stichwort|effekt|phänomen|prinzip|konzept)|"
        r"unter welchem (?:begriff|namen|stichwort|schlagwort)|als was bezeichne\w*|"
        r"wie (?:nennt|nennen|bezeichnet|bezeichnen))\b",
        "names_term": r"\b(sogenannte\w*|so genannte\w*|nenn(?:t|en|e)|genannt|heißt|bezeichne\w*|"
        r"zu deutsch|übersetzt|namens|es geht (?:hier |dabei )?um)\b|"
        r"[„«»\"“]|\s[–—]\s+(?:ein|eine|einen|einem)\b",  # "– ein typischer Bug"
        # a word by which a German article speaks of its own country, and the names of that country
        "here_country": (r"\bhierzulande\b", ("Deutschland", "Germany")),
        # conjunctions that may open such a sentence ("Und das ist notwendig …")
        "joins": ("und", "aber", "doch", "denn"),
        # sentence starts that refer to the sentence before: it belongs to the quote
        "points_back": (
            "das",
            "dies",
            "diese",
            "dieser",
            "dieses",
            "diesem",
            "diesen",
            "dabei",
            "damit",
            "dazu",
            "daher",
            "deshalb",
            "deswegen",
            "dadurch",
            "darum",
            "dort",
            "hier",
            "hierzu",
            "hiermit",
            "hierbei",
            "hierfür",
            "er",
            "sie",
            "es",
            "so",
            "also",
        ),
        # a question about what a named person is or does: a byline naming them answers it
        # (not the part a thing plays: „Welche Rolle spielen Digitalisierung und …")
        "person_roles": r"\b(position|rolle(?![^?]*\bspiel)|funktion|beruf|job|(?<!ter )stelle|tätig|arbeitet als|"
        r"als was|was macht)\b",
        # a question about what a named person says or thinks ("laut Kreutzer", "according to X")
        "says": (
            r"\b(laut|zufolge|nach ansicht|meint|sagt|sagen|rät|raten|empfiehlt|fordert|betont|erklärt|"
            r"beschreibt|findet|glaubt|wünscht|plädiert|kritisiert|sieht|nennt|hält|erzählt|berichtet)\b"
        ),
        # parts of a month ("Anfang Dezember", "early December"), read and written
        "month_parts": {"anfang": "early", "mitte": "mid", "ende": "late"},
        # groups of people an article speaks of, by what they are to a business: a statement about one of them is
        # not borne out by a sentence about another ("das Leben der Kunden" is not the staff's)
        "groups": {
            "customers": rf"{PART}(?:[Kk]und(?:e|en|in|innen|schaft|[:*_]innen|Innen)|[Vv]erbraucher\w*|"
            r"[Kk]onsument\w*)(?![a-zäöüß])"
            r"|\bKunden",
            "staff": rf"{PART}(?:[Mm]itarbeiter|[Bb]eschäftigte|[Aa]ngestellte|[Bb]elegschaft|[Aa]rbeitnehmer)\w*\b"
            r"|\bPersonal\b",
            "sellers": rf"{PART}(?:[Hh]ändler|[Vv]erkäufer|[Ss]eller|[Hh]ersteller)\w*\b",
            "owners": rf"{PART}(?:[Aa]ktionär|[Aa]nteilseigner|[Ss]hareowner|[Ss]hareholder|[Ii]nvestor)\w*\b",
            "users": rf"{PART}(?:[Nn]utzer\w*|[Aa]nwender\w*|[Uu]ser)\b",
        },
        # for whom a price, fee or figure holds: „Erwachsene 216 Euro, Kinder und Jugendliche 84 Euro" – a figure for
        # one is no answer for another
        "audiences": {
            "adults": r"\b[Ee]rwachsene?(?:[nr]|n(?:karte|ticket|preis|tarif|fahrkarte|beitrag|eintritt)\w*)?\b",
            "children": r"(?<![\w-])(?:[Kk]ind|[Kk]indes|[Kk]inder(?:n|karte|ticket|preis|tarif|fahrkarte|beitrag|"
            r"eintritt)?\w*?)\b(?<!garten)(?<!gärten)(?<!wagen)",
            "youths": r"\b[Jj]ugendliche?\w*|\b[Tt]eenager\w*",
            # (pupils and students are one group: English calls both "students")
            "students": r"\b[Ss]tudierende?\w*|\b[Ss]tudent(?:en|innen|in)?\b|\b[Ss]chüler\w*",
            "seniors": r"\b[Ss]enior(?:en|innen|in)?\b|\b[Rr]entner\w*|\b[Pp]ensionär\w*",
            "families": r"\b[Ff]amilie(?:n|n(?:karte|ticket|preis|tarif|fahrkarte|beitrag|eintritt)\w*)?\b",
            "members": r"(?<![Nn]icht)(?<![Nn]icht-)\b[Mm]itglied(?:er|ern|s)?\b",
            "non-members": r"\b[Nn]icht-?[Mm]itglied\w*",
        },
        # which way a figure moved: a statement's "stieg" is not borne out by the evidence's "sank"
        # the two poles of an outcome: a claim that calls a thing a success is not borne out by a span that calls
        # it a failure
        "outcomes": {
            r"\b(?:erfolgreich\w*|erfolg(?!los)\w*|gelungen\w*|gelang\w*|geglückt\w*)": "success",
            r"\b(?:gescheitert\w*|scheiter\w*|misserfolg\w*|misslungen\w*|erfolglos\w*|fehlgeschlagen\w*|"
            r"flop\w*)": "failure",
            # was eine Abstimmung entscheidet: ein Antrag angenommen oder abgelehnt
            r"\b(?:angenommen|beschlossen|genehmigt|bewilligt)\b": "success",
            r"\b(?:abgelehnt|keine mehrheit|verworfen|niedergestimmt)\b": "failure",
        },
        # a negation that says none at all („gar nicht", „überhaupt kein"), against one that says not much („nicht
        # so sehr", „nicht besonders"): a plain „nicht" is either
        "negation_degrees": {
            r"\b(?:gar|überhaupt|absolut|ganz und gar)\s+(?:nicht|kein\w*)\b|\bkeinerlei\b|\bkeineswegs\b": "none",
            r"\bnicht\s+(?:so\s+sehr|sonderlich|besonders|allzu|sehr|so\s+viel|unbedingt|ganz)\b|\bkaum\b": "little",
        },
        # wie schwer etwas getroffen ist: „schwer verletzt“ ist nicht „leicht verletzt“
        "severities": {
            r"\b(?:schwer(?:e[nmrs]?)?\s+(?:verletz\w*|beschädig\w*|verwundet\w*|erkrankt\w*)|schwerverletz\w*|"
            r"schwere[nmrs]?\s+(?:verletzung\w*|schäden|schaden|verlust\w*))": "heavy",
            r"\b(?:leicht(?:e[nmrs]?)?\s+(?:verletz\w*|beschädig\w*|verwundet\w*|erkrankt\w*)|leichtverletz\w*|"
            r"leichte[nmrs]?\s+(?:verletzung\w*|schäden|schaden|verlust\w*))": "light",
        },
        # comparatives by dimension and side: "seltener" is the other side of "häufiger" ("früher", "später" only
        # before "als": adverbs elsewhere)
        "comparatives": {
            rf"\böfter\b|{_comparative('häufig')}": "often+",
            _comparative("selten"): "often-",
            r"\b(?:größer\w*|grösser\w*)\b": "size+",
            _comparative("klein"): "size-",
            # a value above or below another: „6,5 Prozent über dem Wert von 2023“, „unter dem Vorjahresniveau“
            r"\bhöher\w*\b|\büber dem (?:\w+)?(?:wert|niveau|durchschnitt|schnitt|mittel)\w*": "height+",
            rf"{_comparative('niedrig')}|\bunter dem (?:\w+)?(?:wert|niveau|durchschnitt|schnitt|mittel)\w*": "height-",
            r"\bbesser\w*\b": "quality+",
            _comparative("schlecht"): "quality-",
            _comparative("teur"): "price+",
            rf"{_comparative('billig')}|{_comparative('günstig')}": "price-",
            _comparative("schnell"): "speed+",
            _comparative("langsam"): "speed-",
            _comparative("läng"): "length+",  # not „nicht länger“, „schon länger“
            _comparative("kürz"): "length-",
            r"\bstärker\w*\b": "strength+",
            r"\bschwächer\w*\b": "strength-",
            r"\bfrüher(?=\s+(?:[\w-]+\s+){0,3}als\b)": "time-",
            r"\bspäter(?=\s+(?:[\w-]+\s+){0,3}als\b)": "time+",
        },
        # der Extremwert einer Zahl: „der höchste Wert", „die tiefste Temperatur"
        "extremes": {
            r"\b(?:höchste\w*|maximal\w*|maximum|wärmste\w*|heißeste\w*|nasseste\w*|stärkste\w*|schnellste\w*|"
            r"schwerste\w*|heftigste\w*|größte\w*|längste\w*|spitzenwert\w*)\b": "up",
            r"\b(?:niedrigste\w*|tiefste\w*|minimal\w*|minimum|kälteste\w*|trockenste\w*|schwächste\w*|"
            r"langsamste\w*|leichteste\w*|kleinste\w*|kürzeste\w*|geringste\w*)\b": "down",
        },
        "directions": {
            r"\b(?:stieg\w*|steigt|steigen|gestiegen|erhöh\w+|gesteigert|steigert\w*|wuchs|wächst|wachsen|gewachsen|"
            r"zugenommen|anstieg\w*|zuwachs\w*|verdoppel\w+|verdreifach\w+|angehoben)\b": "up",
            r"\b(?:sank|sanken|sinkt|sinken|gesunken|senkt\w*|senkte\w*|gesenkt|verringer\w+|reduzier\w+|zurückgegangen|"
            r"gefallen|fiel|fielen|fällt|rückgang\w*|schrumpf\w*|geschrumpft|halbier\w+|abgenommen|gekürzt|kürzt\w*|"
            r"kürzte\w*)\b": "down",
            # no move at all: „bleibt unverändert“, „gleich geblieben“
            r"\b(?:unverändert\w*|(?:bleibt|blieb|bleiben|blieben) (?:gleich|stabil|konstant)|gleich geblieben|"
            r"konstant geblieben|eingefroren)\b": "same",
        },
        # für oder gegen eine Forderung, einen Plan, einen Antrag: „unterstützte“ ist nicht „lehnte ab“
        "stances": {
            r"\b(?:unterstütz\w*|befürwort\w*|begrüß\w*|stimmt\w* (?:\w+ ){0,4}?zu|zugestimmt|billigt\w*|gebilligt|"
            r"sprach\w* sich für|spricht sich für)\b": "for",
            r"\b(?:lehnt\w* (?:\w+ ){0,6}?ab|abgelehnt|ablehn\w*|wies\w* (?:\w+ ){0,6}?zurück|zurückgewiesen|"
            r"widersprach\w*|widerspricht|sprach\w* sich gegen|spricht sich gegen)\b": "against",
        },
        # a question for a figure per unit („ein einzelner Flug“, „pro Kunde“) and the words of a total („insgesamt“)
        # the days a figure is for: school or working days, the weekend, the holidays („an Schultagen 47 Minuten
        # weniger“ says nothing of the weekend)
        "day_windows": {
            r"(?i:\b(?:schultag\w*|werktag\w*|wochentag\w*|werktags|arbeitstag\w*|unter der woche)\b)": "weekday",
            r"(?i:\bwochenend\w*)": "weekend",
            r"(?i:\b(?:\w*ferien\w*|urlaub\w*|feiertag\w*|feiertags)\b)": "holiday",
        },
        # die Jahreszeiten, für die eine Zahl gilt: „im vergangenen Sommer", „der Winterfahrplan"
        "season_words": {
            r"(?i:\bsommer\w*)": "summer",
            r"(?i:\bwinter\w*)": "winter",
            r"(?i:\b(?:frühling\w*|frühjahr\w*))": "spring",
            r"(?i:\bherbst\w*)": "autumn",
        },
        # the period a price, pay or count is for: „14 Euro im Monat", „monatlich", „der Jahresbeitrag" (not „im Jahr
        # 2025", a year, nor the „Wochenende")
        "periods": {
            r"(?i:\b(?:im|pro|je|jeden|einen?)\s+monat\b|\bmonatlich\w*|\bmonats(?:beitrag|miete|gebühr|preis|kosten|gehalt|"
            r"lohn|karte|ticket|abo\w*|rate|budget)\w*)": "month",
            r"(?i:\b(?:im|pro|je|jedes|ein)\s+jahr\b(?!\s+\d)|\bjährlich\w*|\bjahres(?:beitrag|miete|gebühr|preis|kosten|"
            r"gehalt|lohn|karte|ticket|abo\w*|rate|budget|umsatz)\w*)": "year",
            r"(?i:\b(?:pro|je|jede)\s+woche\b|\bwöchentlich\w*|\bwochen(?:miete|preis|karte|ticket|lohn)\w*)": "week",
            r"(?i:\b(?:pro|je|jeden)\s+tag\b|\btäglich\w*|\btages(?:preis|karte|ticket|miete|satz|gebühr)\w*)": "day",
            r"(?i:\b(?:pro|je|die)\s+stunde\b|\bstündlich\w*|\bstunden(?:lohn|satz|preis)\w*)": "hour",
        },
        "per_unit": r"\b(?:einzelne[nmrs]?|pro|je|im durchschnitt|durchschnittlich\w*|im schnitt)\b",
        # a firm's Umsatz is a total too: it prices no single item
        "total": r"\b(?:insgesamt|zusammen|in summe|alles in allem|gesamt\w*|\w*umsatz\w*)\b",
        # the words of an act whose date a "when" question asks ("Wann wurde … gegründet?"): the act itself, not
        # any start
        "acts": {
            "founder": r"\b(?:gegründet|gründete\w*|gründung\w*|ins leben gerufen|rief\w* (?:\w+ )?ins leben)\b",
            # a listing on a stock exchange: „an der Börse“, „Börsengang“
            "listing": r"\b(?:börse\w*|börsengang\w*|börsennotiert\w*|ipo)\b",
            # das Inkrafttreten: „Ab wann gilt die neue Satzung?“, „tritt am 1. Mai in Kraft“, „gilt ab dem 1. März“
            "force": r"\b(?:in kraft|inkrafttreten|wirksam|gilt ab|gelten ab|gültig ab|gilt vom|gelten vom|gilt von|"
            r"ab wann gilt|ab wann gelten)\b",
        },
        # a question for so many things by name: "Welche drei Dinge …", "Nenne zwei Gründe"
        "listed": r"\b(?:welche[nms]?|nenne|nennen sie|nennt|die|der)\s+(zwei|drei|vier|fünf|beiden|[2-5])\s+"
        r"(?!(?:Jahre|Monate|Wochen|Tage|Prozent|Mal)\b)[A-ZÄÖÜ]",
        # a question for a change ("Um wie viel Prozent ist der Umsatz gesunken?") and the words that state one
        "change_asked": r"\bum wie viel\w*\b|\bwie (?:stark|sehr) (?:\w+\s+){0,6}?(?:gestiegen|gesunken|gewachsen|"
        r"zurückgegangen|gefallen|geschrumpft|verändert)\b",
        "change_stated": r"(?i:\b(?:stieg\w*|steigt|steigen|gestiegen|sank\w*|sinkt|sinken|gesunken|wuchs\w*|wächst|"
        r"gewachsen|zurückgegangen|ging\w* (?:\w+\s+){0,4}?zurück|fiel\w*|fällt|gefallen|erhöht\w*|verringert\w*|"
        r"reduziert\w*|gesteigert|zugenommen|abgenommen|nahm\w* (?:\w+\s+){0,4}?(?:zu|ab)|verdoppelt\w*|halbiert\w*|"
        r"geschrumpft|schrumpft\w*|anstieg\w*|rückgang\w*|wachstum\w*|zuwachs\w*|steigerung\w*|senkung\w*|"
        r"einbruch\w*|eingebrochen|verbessert\w*|verschlechtert\w*|gesenkt|senkt\w*|ermäßig\w*|reduzier\w*|"
        r"verringer\w*|erhöh\w*|senken|kürz\w*|gekürzt)\b|"
        r"\bum\s+(?:\w+\s+){0,2}?\d[\d.,]*\s*(?:%|prozent\w*)|\bvon\s+\S+\s+(?:\w+\s+)?auf\s+\S*\d|"
        r"\d[\d.,]*\s*(?:%|prozent)\s+(?:weniger|mehr|niedriger\w*|höher\w*|günstiger\w*|schneller\w*)|"
        # a difference stated with its unit: „31 Minuten länger als", „der Unterschied lag bei 18 Minuten"
        r"\d[\d.,]*\s*[^\W\d]*\s+(?:weniger|mehr|länger|kürzer|früher|später|höher|niedriger|teurer|billiger|"
        r"günstiger|schneller|langsamer|größer|kleiner|schwerer|leichter|älter|jünger)\b|\b(?:Unterschied|Differenz)\w*)",
        # kinds of area within or outside a town: a statement's "am Stadtrand" is not the evidence's "im Stadtzentrum",
        # nor "auf dem Land" its "in den großen Städten"
        "areas": {
            r"\b(?:(?:Stadt|Orts)?[Zz]entrum|Stadtzentren|Innenst[aä]dt\w*|Stadtmitte|Stadtkern|Ortskern|"
            r"Altstadt)\b": "centre",
            r"\b(?:Stadtr[aä]nd\w*|Vor(?:ort|st[aä]dt)\w*|Randbezirk\w*|Randgebiet\w*|Peripherie|"
            r"Speckgürtel)\b": "edge",
            r"\b(?:ländlich\w*|auf dem Land(?:e)?\b|Dörf\w*|Dorf\w*|Provinz)": "rural",
            r"\b(?:(?:Groß|Haupt)?[Ss]t[aä]dten?\b|Großstädt\w*|städtisch\w*|urban\w*|Ballungs\w+|"
            r"Metropol\w*)": "urban",
        },
        # seasons and parts of a year, with their months: "im Frühjahr 2020" is March to May
        "seasons": {
            rf"{SEASON_BEFORE}\s+(?:(?i:frühen|späten)\s+)?(?:Frühjahr|Frühling)\b|\b(?:Frühjahr|Frühling)\s+\d{{4}}": (
                3,
                4,
                5,
            ),
            rf"{SEASON_BEFORE}\s+(?:(?i:frühen|späten)\s+)?Sommer\b|\bSommer\s+\d{{4}}": (6, 7, 8),
            rf"{SEASON_BEFORE}\s+(?:(?i:frühen|späten)\s+)?Herbst\b|\bHerbst\s+\d{{4}}": (9, 10, 11),
            rf"{SEASON_BEFORE}\s+(?:(?i:frühen|späten)\s+)?Winter\b|\bWinter\s+\d{{4}}": (12, 1, 2),
            r"\b(?i:anfang|zu beginn|beginn)\s+(?:des jahres\s+)?\d{4}\b": (1, 2, 3, 4),
            r"\b(?i:mitte)\s+(?:des jahres\s+)?\d{4}\b": (5, 6, 7, 8),
            r"\b(?i:ende)\s+(?:des jahres\s+)?\d{4}\b": (9, 10, 11, 12),
        },
        "month_part_words": {"early": "Anfang", "mid": "Mitte", "late": "Ende"},
        "locatives": ("in", "im", "nach", "aus", "bei", "am", "an", "vom", "von"),
    },
    weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"),
    not_numbers=("ein", "eine", "eins"),
    shares=("die Mehrheit", "die meisten", "mehrheitlich", "der Großteil", "den Großteil", "der überwiegende Teil"),
    one_in=(
        r"\b(?:einer|eine|eins|ein|1|(?P<k>zwei|drei|vier|fünf|sechs|sieben|acht|neun|\d+))\s+(?:von|aus)\s+(?P<n>\d+|\w+)\b",
    ),
    negation=r"\b(nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nichts|weder|noch nie|niemand|"
    r"keineswegs|keinesfalls|mitnichten|nirgends|nirgendwo|"
    # wer aufgehört hat, etwas zu tun, tut es nicht mehr: „hat aufgehört, Fachbegriffe zu übersetzen“
    r"aufgehört(?=,?\s+[^.;!?]*\bzu\s+\w+)|"
    r"ohne|frei von|mangels|in ermangelung|gescheitert\w*|scheiter\w*|verneinen|verneint|"
    # ablehnen, auch getrennt: „lehnen es oft ab, … zu überlassen“ wie „verneinen das“
    r"ablehn\w*|lehn(?:e|en|st|t|te|ten)(?=\s[^.;!?]*\bab\b)|"
    # ein Verb, das sagt, dass etwas nicht getan oder nicht einbezogen wird: „verzichtet darauf, … zu übersetzen“
    r"verzicht\w*|verweiger\w*|weigert\w*|weigern|unterlässt|unterlassen|versäum\w*|ausgeschlossen|abgelehnt|"
    r"weit entfernt|alles andere als|"
    r"statt|anstatt|anstelle|kaum|"
    # "wenig überzeugend" (an adjective's ending) denies the quality; "ein wenig", "wenig später", "wenig Zeit" don't
    r"(?<!ein )wenig(?=\s+[a-zäöüß]+(?:end|ig|lich|bar|sam|haft|iv|ell|isch|los|voll|reich|ant|ent)\b))\b",
    # "nicht X, sondern Y" states Y: the contrast is no negation of the statement
    negation_exceptions=r"\b(nicht(?=[^.;!?]{1,120},\s*sondern\b)|nicht nur|nicht bloß|nicht einfach nur|"
    # one figure for another: „34 statt 26 Köche“ compares, it denies nothing
    r"(?:statt|anstatt|anstelle von)"
    r"(?= (?:bisher |zuvor |vorher |der |den |die |früher |alle |jede[nrs]? )?(?:[£$€]?\s?\d|(?:zwei|drei|vier|"
    r"fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend)\b))|"
    r"(?:nicht|keineswegs|keinesfalls) weniger|nicht zuletzt|nichtsdestotrotz|nicht wahr|"
    r"nichts (?:anderes|weiter|mehr|geringeres|weniger) als|nichts als|"
    # „da sind die Berliner nicht anders“: the same, no denial of what is said of them
    r"nicht anders|"
    r"ohne zweifel|nicht ohne grund|keine ausnahme|"
    # Wendungen, die nichts verneinen: „nie vergessen" erinnert sich, „so viele wie seit 2019 nicht mehr" ist ein
    # Höchststand, „nicht vor 2026" ist „erst 2026", ein „Nein, …" oder „Nicht wirklich, …" antwortet auf die Frage
    r"(?:nie|niemals|nicht) vergessen|(?:so \w+ )?wie (?:seit\b[^.,;]{0,60}?|lange )nicht mehr|"
    r"nicht vor\s+(?:(?:dem|der|ende|anfang|mitte)\s+)*(?:\d|januar|februar|märz|april|mai|juni|juli|august|"
    r"september|oktober|november|dezember|frühjahr|sommer|herbst|winter)|^nicht wirklich(?=\s*,)|^nein(?=\s*,)|"
    # eine Grenze einer Zahl verneint nichts: „nicht mehr als 10 kg“ ist „bis zu 10 kg“
    r"nicht\s+(?:mehr|länger|später|schwerer|größer|höher|breiter|älter)\s+als(?=\s+(?:[£$€]\s?)?\d|\s+(?:ein|zwei|"
    r"drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|fünfzig|hundert)\w*\b))\b",
    no_longer=r"\b(nicht mehr|kein\w*\s+(?:\w+\s+){0,3}?mehr(?!\s+als)|nie mehr|nie wieder)\b",
    not_yet=r"\b(noch (?:gar |überhaupt |immer )?nicht|noch (?:gar )?kein\w*|noch nie|bisher nicht|bislang nicht)\b",
    litotes=(
        "leicht",
        "leichte",
        "leichter",
        "leichten",
        "einfach",
        "einfache",
        "einfacher",
        "einfachen",
        "schlecht",
        "schlechte",
        "schlechter",
        "schlechten",
        "unwichtig",
        "unwichtige",
        "unwichtigen",
        "unbedeutend",
        "unbedeutende",
        "gering",
        "geringe",
        "geringen",
        "klein",
        "kleine",
        "kleinen",
        "selten",
        "unbekannt",
        "unbekannte",
        "unerheblich",
        "unerhebliche",
        "uninteressant",
        "übel",
        "unproblematisch",
        "problem",  # "es war überhaupt kein Problem, … zu bestellen": it could be done
        "schwer",
        "schwierig",
        "schwierige",
        "umsonst",
        "zufällig",
        "ungewöhnlich",
        "ungewöhnliche",
        "anders",
    ),
    absolutes={
        "all": r"\b(alle|allen|aller|alles|allesamt|"
        r"all(?=\s+(?:sein|ihr|unser|dies|mein|dein|eur)\w*|\s+d[eia]\w*\s)|"
        r"samt und sonders|sämtliche\w*|jeglich\w*|restlos|ausnahmslos|"
        r"jede[nrms]?)\b",
        # „ein reines Kundenservice-Zentrum“ is nothing but one
        "only": r"\b(nur|ausschließlich|einzig\w*|allein|lediglich|bloß|reine[nmrs]?|nichts als|nichts anderes als)\b",
        "always": r"\b(immer|stets|jederzeit|ständig|grundsätzlich|ausnahmslos|niemals|nie|jemals|egal was|"
        r"auf jeden fall|in jedem fall|unter allen umständen|was auch immer)\b",
        "entirely": r"\b(ganz|gänzlich|vollständig|vollkommen|völlig|komplett|total|gesamte[nrms]?|"
        r"\w+weit(?:e[nmrs]?)?|global\w*|hundertprozentig|zu 100 ?%)\b",
        # what is expected or planned is not certain: „wird die Einnahmen garantiert steigern“
        "certainly": r"\b(garantiert\w*|gewiss|mit sicherheit|auf jeden fall|definitiv|zweifellos|ohne zweifel|"
        r"zwangsläufig|unweigerlich)\b",
    },
    absolute_exceptions=r"\b(nicht nur|nicht bloß|nur noch|immer wieder|immer noch|immer mehr|immer weniger|"
    r"immer\s+\w+er\b|ganz so|ganz viele|ganz nach|im ganzen|allein in|all\w* möglich\w*|vor allem|"
    r"jede[nrms]? (?:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte)\w*|"
    r"\bweit\s+\w+|nicht ganz|jedenfalls|alles andere als|"
    # a denied absolute says less, not more: „die ihre Stunden nicht vollständig ableisten“, „nicht immer“
    r"(?:nicht|kaum)\s+(?:ganz|vollständig|vollkommen|völlig|komplett|gänzlich|immer|stets|alle\w*|jede[nrms]?|"
    r"ausschließlich|garantiert|gewiss|zwangsläufig)\b|"
    # "nur 18 %", "nur eine Minderheit": how few, not that nothing else is
    r"(?:nur|lediglich|bloß)\s+(?:(?:noch|knapp|rund|etwa|gut|ganze)\s+)?(?:\d|eine[rnm]?\s+(?:minderheit|bruchteil)\b|"
    r"wenige\w*|(?:ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|die hälfte)\b)|"
    # degree, not extent: "ganz sicher", "ganz wenige", "nur allzu gern"; how often, not how many: "jeden Tag"
    r"ganz (?:sicher|bestimmt|gewiss|klar|offensichtlich|wenig\w*|besonders|einfach|gut)\b|nur allzu|nur zu gern|"
    r"jede[nrms]? (?:tag|woche|monat|jahr|stunde|minute|morgen|abend|nacht)\b|"
    # … „alle 15 Minuten", „alle zwei Wochen", „jede Viertelstunde", „jede halbe Stunde": wie oft
    r"alle\s+(?:\d[\d,.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn|zwanzig|dreißig|paar)\s+"
    r"(?:sekunden|minuten|stunden|tage|wochen|monate|jahre)\b|"
    r"jede[nrms]?\s+(?:viertelstunde|dreiviertelstunde|halbe[nr]?\s+stunde|zweite[nr]?\s+\w+)\b|"
    # how little, not that nothing else is: „war nur ein Test“, „keine oder nur unklare Antworten“
    r"(?:ist|war|sind|waren|sei|wäre)\s+(?:nur|lediglich|bloß)\s+(?:ein|eine|einer)\b|oder (?:eben )?nur|"
    # ein Teil von allen: „vier Fünftel aller Fälle“, „80 % aller Nutzer“, „die Hälfte aller Läden“
    r"(?:%|prozent|hälfte|drittel|viertel|fünftel|zehntel|anteil|mehrheit|großteil|teil)\s+aller\b)",
    roles={
        "author": r"\b(autor\w*|verfass\w*|geschrieben|schreibt|schrieb|verfasser\w*|herausgegeben)\b"
        r"(?!\s*,?\s*dass\b)",
        "founder": r"\b(gegründet|gründete|gründer\w*|mitgründer\w*|ins leben gerufen|rief\w* ins leben|"
        r"lanciert\w*|initiiert\w*)\b",
        "head": r"\b(chef\w*|ceo|leitet|leitete|leiter\w*|"
        # „der sie bis heute führt“ heads it; „führt zu Problemen“ leads to something
        r"führt(?:e|en)?(?!\s+(?:\w+\s+){0,2}?(?:zu|dazu|durch)\b)|geschäftsführer\w*|direktor\w*|vorstand\w*|"
        r"vorsitzende\w*|präsident\w*|gründer\w*|(?:ober)?bürgermeister\w*|landr[aä]t\w*|"
        rf"head of(?!\s+{FUNCTIONS}))\b",  # an English title: "Head of Marketing" heads a function
        # who designed a building, a bridge, a product: „entworfen“, „Entwurf“, „Architekt“
        "design": r"\b(entw[aiu]rf\w*|entworfen|architekt\w*|konstrukteur\w*)\b",
        # wer bezahlt: „finanziert von …“, „gefördert durch …“, „Geldgeber“
        "fund": r"\b(finanzier\w*|gefördert|fördert\w*|förderer|fördermittel\w*|geldgeber\w*|gesponsert|sponsor\w*|"
        r"bezahlt|trägt die kosten|übernimmt die kosten)\b",
        "analyse": r"\b(analysiert\w*|analysier(?:e|en|te|ten)|untersucht\w*|untersuch\w*|ausgewertet|"
        r"wertet\w*(?=[^.;]*\baus\b))\b",  # „wertet … aus“: a separable verb
        "say": r"\b(sagt|sagte|gesagt|betont\w*|meint\w*|erklärt\w*|fordert\w*|rät|riet|empfiehlt|empfahl|"
        r"plädiert\w*|warnt\w*|zufolge|laut|findet|fand|glaubt\w*|bemerkt\w*|kritisiert\w*|"
        # ein Bericht eigener Erfahrung: „…, erzählt Kreutzer“, „räumt sie ein“
        r"erzählt\w*|schildert\w*|räumt\w* ein|räumte\w* ein|erinnert sich|"
        r"beobachtet\w*|hält|worten|ansicht|(?<=s )(?:einschätzung|meinung|auffassung)|(?<=so )berichtet\w*|"
        r"vorgeschlagen|vorschlag|schlägt(?=[^.]*\bvor\b)|schlug(?=[^.]*\bvor\b)|schreibt(?=\s*,?\s*dass)|schrieb(?=\s*,?\s*dass)|"
        # „…“, so Demirel: the speaker after a quotation
        r"(?<=[“”\"«»],\s)so(?=\s+[A-ZÄÖÜ]))\b",
        # what someone wants, hopes or likes: said by them, or stated about them
        "attitude": r"\b(hofft\w*|wünscht\w*|gefällt)\b",
        "present": r"\b(präsentiert\w*|präsentier\w*|stellte\w* vor|stellt\w* vor|vorgestellt|zeigte|zeigt|"
        r"vorgeführt)\b(?!\s*,?\s*dass\b)",
        "cooperate": r"\b(kooperiert\w*|kooperation|arbeitet\w* zusammen|zusammenarbeit\w*|partner\w*)\b",
        # who interviewed whom: the one asking is the subject ("BERLINboxx hat mit Herbrich gesprochen")
        "interview": r"\b(interviewt\w*|befragt\w*|gesprochen|sprach mit|interview\b[^.]{0,40}\bgeführt)\b",
    },
    passive_agent=r"\b(von|vom|durch)\b",
    object_markers=r"\b(bei|beim|für|des|der|von|vom|über|an|am|zu|zur|zum|mit)\b",
    interrogatives=(
        "wann",
        "was",
        "wer",
        "wen",
        "wem",
        "wessen",
        "wo",
        "woher",
        "wohin",
        "welche",
        "welcher",
        "welches",
        "welchen",
        "welchem",
        "wie",
        "warum",
        "weshalb",
        "wieso",
    ),
    subordinators=(
        "auch wenn",
        "wenn auch",
        "obwohl",
        "obgleich",
        "wenngleich",
        "während",
        "weil",
        "da",
        "falls",
        "sofern",
        "soweit",
        "solange",
        "vorausgesetzt",
        "wenn",
        "ob",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "deren",
        "dessen",
        "welche",
        "welcher",
        "wo",
        "damit",
        "sodass",
        "so dass",
        "was",
        "wer",
        "wie",
        "warum",
        "denn",
        "bevor",
        "nachdem",
    ),
    anaphors=(
        "der konzern",
        "des konzerns",
        "dem konzern",
        "den konzern",
        "das unternehmen",
        "des unternehmens",
        "dem unternehmen",
        "die firma",
        "der firma",
        "der händler",
        "des händlers",
        "dem händler",
        "der versandhändler",
        "des versandhändlers",
        "der versandhandel",
        "das versandhaus",
        "des versandhauses",
        "dem versandhaus",
        "der onlinehändler",
        "der tech-konzern",
        "der technikkonzern",
        "die plattform",
        "der anbieter",
        "die gruppe",
    ),
    first_person=r"\b(ich|mir|mich|mein\w*|wir|uns|unser\w*)\b",
    first_singular=r"(?i:\b(ich|mir|mich|mein\w*)\b)",
    doubt=r"\b(frag\w*|bezweifel\w*|zweifel\w*|ob|unklar|ungewiss|fraglich|offen)\b",
    sources_header=r"^\s*(quellen|belege)\s*:?\s*$",
    source_reference=r"\(\s*(?:quelle|beleg)\s+(?P<n>\d{1,3})\s*\)",
)
