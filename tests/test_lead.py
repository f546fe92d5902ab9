"""The direct first line: the asked value read off a sentence and worded in the question's language, or none.

Made-up sentences in German and English; every value the lead states is read back from its sentence with
``bot.numbers`` (quantities) or found in it verbatim (names).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot import lead, numbers
from bot.question import Profile, profile

# the corpus name list keeps some German nouns ("Quadratmeter", "Professor"), as the heuristic of bot.names does
NAMES = {
    "Amazon",
    "Berlin",
    "Alibaba",
    "Anderson",
    "Steve",
    "Jeff",
    "Bezos",
    "Hamm",
    "Dortmund",
    "Nordvik",
    "Quadratmeter",
    "Professor",
    "Elektroscooter",
    "Teil",
    "Neuem",
}


def asked(question: str, language: str) -> Profile:
    return profile(question, NAMES, lambda word: True, language)  # type: ignore[arg-type]


def closest_to(word: str) -> lead.Similar:
    """A stand-in for the embedder: the window that holds ``word`` is closest to the question."""

    def similar(texts: Sequence[str]) -> list[float]:
        return [0.9 if word in text else 0.8 for text in texts]

    return similar


def read_back(value: str, sentence: str) -> bool:
    wanted = numbers.quantities(value)
    have = numbers.quantities(sentence)
    return bool(wanted) and all(any(w.matches(h) for h in have) for w in wanted)


@pytest.mark.parametrize(
    ("question", "language", "sentence", "source", "expected"),
    [
        ("Wie viele Menschen arbeiten in Hamm?", "de", "Dort arbeiten über 2.000 Menschen.", "de", "Über 2.000"),
        ("How many people work in Hamm?", "en", "Dort arbeiten über 2.000 Menschen.", "de", "Over 2,000"),
        ("Wie viele Pakete?", "de", "The hub handles about 80,000 parcels a day.", "en", "Rund 80.000"),
        (
            "How much revenue did Alibaba make?",
            "en",
            "Der Konzern hat 30,8 Milliarden US-Dollar Umsatz eingenommen.",
            "de",
            "30.8 billion US dollars",
        ),
        ("Wie viel hat der Bau gekostet?", "de", "The building cost €45 million.", "en", "45 Millionen Euro"),
        (
            "How much did the round raise?",
            "en",
            "Die Runde brachte 12 Millionen US-Dollar.",
            "de",
            "12 million US dollars",
        ),
        ("Wie viel kostet der Bau?", "de", "Der Bau kostet knapp 45 Millionen Euro.", "de", "Knapp 45 Millionen Euro"),
        ("What share comes from sellers?", "en", "Händler bringen mehr als 60 % des Umsatzes.", "de", "Over 60 %"),
        ("Welchen Anteil haben Händler?", "de", "Sellers bring in 4.5 percent of sales.", "en", "4,5 %"),
        ("Wann soll das Zentrum öffnen?", "de", "Das Zentrum soll 2021 seinen Betrieb aufnehmen.", "de", "2021"),
        ("When did the post appear?", "en", "Geschrieben von Christian Doll | 14.01.2020", "de", "14 January 2020"),
        ("Wann wurde der Beitrag veröffentlicht?", "de", "Posted on March 3, 2024 by Jane", "en", "03.03.2024"),
        ("When did the centre open?", "en", "Das Zentrum öffnete im Dezember 2018.", "de", "December 2018"),
        # areas, volumes and small lengths keep their unit, named in the question's language
        (
            "How big is the garden?",
            "en",
            "Der Garten misst etwa 600 m², der Zaun 80 m.",
            "de",
            "About 600 square metres",
        ),
        ("Wie groß ist der Hof?", "de", "The yard covers 1,200 square metres.", "en", "1.200 Quadratmeter"),
        ("How thick may the branches be?", "en", "Äste bis zu 35 mm Durchmesser passen.", "de", "Up to 35 millimetres"),
        ("When did they rent the hall?", "en", "Die Halle wurde Anfang Dezember gemietet.", "de", "Early December"),
        ("Seit wann muss sie ins Büro?", "de", "She has had to come in since January.", "en", "Januar"),
        (
            "Which Alibaba subsidiary rented the hall?",
            "en",
            "Die Sparte Nordvik hat eine Halle in Hamm gemietet.",
            "de",
            "Nordvik",
        ),
        # a company's legal form marks the company among other names
        (
            "Für welchen Konzern arbeitet sie?",
            "de",
            "Zum Beispiel Eva Roth, Managerin der Nordvik AG, Sparte Energy.",
            "de",
            "Nordvik AG",
        ),
    ],
)
def test_the_value_is_worded_in_the_question_s_language(
    question: str, language: str, sentence: str, source: str, expected: str
) -> None:
    value = lead.lead(asked(question, language), sentence, source)
    assert value is not None
    assert value.text == expected
    if numbers.quantities(expected):
        assert read_back(value.text, sentence), (value.text, sentence)


@pytest.mark.parametrize(
    ("question", "language", "sentence", "word", "expected"),
    [
        (
            "Wie viele Teams arbeiten dort?",
            "de",
            "Dort arbeiten in über 20 Teams mehr als 50 Nationalitäten.",
            "Teams",
            "Über 20",
        ),
        (
            "How many nationalities work there?",
            "en",
            "Dort arbeiten in über 20 Teams mehr als 50 Nationalitäten.",
            "Nationalitäten",
            "Over 50",
        ),
        (  # the words after a comma are the next figure's label
            "Was kostet eine Nacht im Doppelzimmer?",
            "de",
            "Übernachtung im Schlafsaal 30 Euro, im Doppelzimmer 55 Euro pro Person.",
            "Doppelzimmer",
            "55 Euro",
        ),
        (
            "How much is a bunk in the dormitory?",
            "en",
            "A bunk in the dormitory is £25; in a private room, £60 per person.",
            "dormitory",
            "25 pounds",
        ),
        (
            "Who wrote the book about the letters?",
            "en",
            "In dem Buch analysiert der Autor Steve Anderson die Briefe von Jeff Bezos.",
            "Autor",
            "Steve Anderson",
        ),
        (
            "Wo liegt das Logistikzentrum?",
            "de",
            "Mit einem Logistikzentrum in Dortmund und einem Depot in Hamm wird schneller geliefert.",
            "Logistikzentrum",
            "Dortmund",
        ),
    ],
)
def test_of_several_candidates_the_one_closest_to_the_question_is_taken(
    question: str, language: str, sentence: str, word: str, expected: str
) -> None:
    value = lead.lead(asked(question, language), sentence, "de", closest_to(word), frozenset(NAMES))
    assert value is not None and value.text == expected
    assert expected in sentence or read_back(value.text, sentence)


@pytest.mark.parametrize(
    ("question", "language", "sentence"),
    [
        # two numbers and nothing to tell which one is asked (no counted noun): no first line
        ("Wie viele sind es dort?", "de", "Dort arbeiten in über 20 Teams mehr als 50 Nationalitäten."),
        # the asked type is not in the sentence at all
        ("How many people work there?", "en", "Die Stadt ist attraktiv für uns."),
        # a year is not a count, an amount of money neither
        ("Wie viele Mitarbeiter hat das Zentrum?", "de", "Das Zentrum soll 2021 für 75 Millionen Euro öffnen."),
        # two people, nothing to choose by
        ("Wer hat das Buch geschrieben?", "de", "Steve Anderson schreibt über Jeff Bezos."),
        # "Who is X?" asks for a description, not a name
        ("Who is Steve Anderson?", "en", "Steve Anderson ist Autor eines Buches über Jeff Bezos."),
        # a noun the corpus happens to capitalise everywhere is no person: "Quadratmeter", "Professor"
        ("Wer leitet die Sparte?", "de", "Die Sparte hat 220.000 Quadratmeter angemietet."),
        ("Who heads the unit?", "en", "Die Sparte hat zuletzt einen Professor eingestellt."),
        ("Wer liefert die Waren aus?", "de", "Die Waren kommen per Elektroscooter, in Teil 2 mehr dazu."),
        # the person asked about is not the answer, with or without the first name
        ("Who thanks Bezos in the letter?", "en", "Jeff Bezos dankt in dem Brief."),
        # a rank and a time of day are no counts
        ("Wie viele Stockwerke hat das Haus?", "de", "Der Raum liegt im 20. Stock."),
        (
            "Wie viele Mitarbeiter hat die Firma?",
            "de",
            "Die Firma stellt KI ins Zentrum der 4. industriellen Revolution.",
        ),
        ("Wie viele Tassen gibt es?", "de", "Der Kaffee kommt um 14.15 Uhr."),
        ("How many floors does the tower have?", "en", "The room is on the 20th floor."),
        # an age is no count of what is asked: "children aged two to five", „im Alter von 2 bis 5"
        ("Wie viele Plätze hat der Saal?", "de", "Im Saal spielt ein Stück für Kinder im Alter von 2 bis 5."),
        ("How many appointments are there on Tuesday?", "en", "Children aged 2 and 3 get the spray on Tuesday."),
        # a figure inside an adjective counts nothing: "14-tägig" is how often
        ("Wie viele Calls gibt es?", "de", "Sie nimmt an den 14-tägigen Calls teil."),
        # … nor inside a hyphenated compound: „die Vier-Tage-Woche", "a two-car family"
        ("An wie vielen Tagen regnete es?", "de", "Die Firmen testen die Vier-Tage-Woche bei vollem Lohn."),
        ("How many cars does the family own?", "en", "They are a typical two-car-family household."),
        # where something is names no company: "in Europa", "nach Dortmund"
        ("Which Alibaba subsidiary rented the hall?", "en", "Alibaba soll ein neues Lager in Europa gemietet haben."),
        ("Welche Firma zieht um?", "de", "Das Lager zieht nach Dortmund."),
        # a person by the role next to the name, and a short term, are no company
        (
            "Welche Firma steckt dahinter?",
            "de",
            "Die Initiative wurde von Steve Anderson, dem Chef von Nordvik, gegründet.",
        ),
        ("Which company uses it?", "en", "Die Firmen stellen KI ins Zentrum ihrer Arbeit."),
        # … nor a place: "von Steve Anderson, dem Chef" is whom it is from
        (
            "Where did the firm present it?",
            "en",
            "Die Initiative wurde von Steve Anderson, dem Chef der Firma, gegründet.",
        ),
        # a corpus name used here as an adjective is no person; a place in a list of places is no thing's name
        ("Wer ist der Gesprächspartner?", "de", "Sein Motto: weniger Perfektion, mehr Mut zu Neuem."),
        (
            "What's the name of the delivery service in Berlin?",
            "en",
            "Mit dem Dienst bestellen Kunden in Berlin und Hamm.",
        ),
    ],
)
def test_no_first_line_when_the_value_cannot_be_read_off_safely(question: str, language: str, sentence: str) -> None:
    assert lead.lead(asked(question, language), sentence, "de", None, frozenset(NAMES)) is None


@pytest.mark.parametrize(
    ("value", "language", "text"),
    [(2000.0, "de", "2.000"), (2000.0, "en", "2,000"), (4.5, "de", "4,5"), (4.5, "en", "4.5"), (30.8, "en", "30.8")],
)
def test_numbers_are_written_the_language_s_way(value: float, language: str, text: str) -> None:
    assert lead.format_number(value, language) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "language", "sentence", "fits"),
    [
        # a name after the noun asked about, linked by a naming word of the sentence's own language
        ("What is the trade initiative called?", "en", "Es ist der Auftakt der Handelsinitiative namens Nordbrücke.",
         True),
        ("Wie heißt die Initiative?", "de", "Es ist der Auftakt der Handelsinitiative namens Nordbrücke.", True),
        ("Wie heißt die Initiative?", "de", "Die Initiative wurde gestern vorgestellt.", False),
        # a year asked: a day and month are no answer, a year is
        ("In which year did the first sale day take place?", "en", "Der Verkaufstag am 11.11. war ein Erfolg.", False),
        ("In which year did the first sale day take place?", "en", "Der erste Verkaufstag fand 2009 statt.", True),
        # how often: a count of times, a figure out of a whole, a share or a word of frequency; not a sentence without
        ("Wie oft war sie schon in Kanada?", "de", "Sie war schon dreimal in Kanada.", True),
        ("Wie oft war sie schon in Kanada?", "de", "Kanada ist für sie ein wichtiger Markt.", False),
        ("How often did the two readings agree?", "en", "The readings agreed in 41 of 44 cases.", True),
        ("Wie oft stimmten die Einschätzungen überein?", "de", "In 97 Fällen stimmten sie überein.", True),
        ("How often is the bin emptied?", "en", "The bin is emptied fortnightly.", True),
        ("How often is the bin emptied?", "en", "The bin stands behind the school.", False),
        ("In welchem Rhythmus trifft sich das Team?", "de", "Das Team trifft sich zu 14-tägigen Calls.", True),
        ("In welchem Rhythmus trifft sich das Team?", "de", "Das Team trifft sich im Büro in Hamm.", False),
        # across languages, a name after a person's title answers "what is the name of the doctor"
        ("What is the name of the new doctor?", "en", "Seit März arbeitet bei uns Frau Dr. Lena Brodt.", True),
        ("What is the name of the new doctor?", "en", "Seit März haben wir mehr Termine frei.", False),
        # the unit a question asks the answer in says what it measures
        ("Wie stark war die stärkste Böe (in km/h)?", "de", "Die stärkste Böe erreichte 78 km/h.", True),
        ("Wie stark war die stärkste Böe (in km/h)?", "de", "Die Böe riss am Abend 3 Bäume um.", False),
        ("How far did the walkers go that day in miles?", "en", "That day the walkers covered 14 miles.", True),
        # „im Monat" is per month, no unit asked for
        ("Was kostet der Tarif im Monat?", "de", "Der Tarif kostet 12,50 € im Monat.", True),
        # how loud: a sound level, not the distance the question gives
        ("How loud is the pump at a distance of five metres?", "en", "At 5 m the pump reaches 41 dB(A).", True),
        ("How loud is the pump at a distance of five metres?", "en", "The pump stands 5 metres from the house.", False),
        ("Wie laut ist die Pumpe in fünf Metern Entfernung?", "de", "In 5 m Abstand misst man 41 dB(A).", True),
        # minutes asked: a count of something else is no answer
        ("Wie viele Minuten dauerte die Lieferung?", "de", "Es gab Kaffee in vier Varianten.", False),
        ("Wie viele Minuten dauerte die Lieferung?", "de", "Die Lieferung kam nach 30 Minuten.", True),
        # how long something lasts, said by when it ends
        ("How long do customers stay loyal?", "en", "They stay loyal right up until someone offers more.", True),
        ("How long do customers stay loyal?", "en", "Customers like fast delivery.", False),
        ("Wie lange bleiben Kunden treu?", "de", "Sie bleiben treu bis zu dem Moment, in dem ein anderer mehr bietet.",
         True),
        ("Wie lange dauert die Lieferung?", "de", "Die Lieferung kostet bis zu 5 Euro.", False),
        ("Wie lange dauerte das Telefonat?", "de", "Von Readern über Tablets bis hin zu Boxen.", False),
        ("Wie lange dauert ein Call?", "de", "Gefragt wird, wie lange es dauert, bis ein Produkt nützt.", False),
        ("How many weeks does it take?", "en", "They ask how long it takes until a product is of use.", False),
        # how much of a sum of money: a part of it in money, or a share of it
        ("Wie viel von den Baukosten trägt das Land?", "de", "The hall cost £2.4m, of which the state paid £900,000.",
         True),
        ("How much of the repair bill did the insurer pay?", "en", "Die Versicherung übernahm 60 Prozent der Kosten.",
         True),
        ("How much of the repair bill did the insurer pay?", "en", "The repair took 14 days.", False),
        ("How much of the deposit do the tenants get back?", "en", "The remaining £1,095 will be paid to you.", True),
        ("Wie viel von der Kaution bekommt die Mieterin zurück?", "de", "Sie erhält 800 Euro zurück.", True),
        # a discount: a sum or a share, never a count of days
        ("Wie viel Rabatt bekommen Gruppen?", "de", "Gruppen erhalten 10 Prozent Rabatt.", True),
        ("How much discount do groups get?", "en", "Groups save £5 on each ticket.", True),
        ("Wie viel Rabatt bekommen Gruppen?", "de", "Für Gruppen gilt eine Stornofrist von sieben Tagen.", False),
    ],
)  # fmt: skip
def test_what_fits_the_asked_type(question: str, language: str, sentence: str, fits: bool) -> None:
    from bot import evidence

    assert evidence._has_type(asked(question, language), sentence, NAMES, "de") is fits


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        ("Über welchen Konzern berichtete die Seite zuvor?", "de", "organisation"),
        ("Welcher Hersteller baut die Drohnen?", "de", "organisation"),
        ("Which brand did the shop drop?", "en", "organisation"),
        ("In welchem Jahr wurde das Lager eröffnet?", "de", "date"),
        # a count asked for as a share asks for a share
        ("Wie viele Wahlberechtigte gingen zur Stichwahl, in Prozent?", "de", "percent"),
        ("How many members voted for the merger (in %)?", "en", "percent"),
        ("How many members voted for the merger?", "en", "number"),
        # how much of a sum of money: a share of it (which may be given in money)
        ("Wie viel von den Baukosten trägt das Land?", "de", "percent"),
        ("How much of the repair bill did the insurer pay?", "en", "percent"),
        ("How much of the deposit do the tenants get back?", "en", "percent"),
        # how often, asked by the rhythm or the interval
        ("In welchem Rhythmus trifft sich der Vorstand?", "de", "frequency"),
        ("In welchen Abständen wird die Tonne geleert?", "de", "frequency"),
        ("At what intervals is the bin emptied?", "en", "frequency"),
    ],
)
def test_what_a_question_asks_for(question: str, language: str, kind: str) -> None:
    assert asked(question, language).kind == kind


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        # a request in the imperative asks for what its noun names
        ("Give the exact publication date of the post on drones.", "en", "date"),
        ("Nenne die Stadt, in der das Lager steht.", "de", "place"),
        ("Name two companies the start-up works with.", "en", "organisation"),
        ("Nenne den Anteil der Kunden, die bar zahlen.", "de", "percent"),
        ("Name the complex that houses the lab.", "en", None),
        # … a person by the post they hold
        ("Name the CEO who wants the firm to be more agile again.", "en", "person"),
        ("Nennen Sie die Geschäftsführerin des Tierparks.", "de", "person"),
        ("Name the manager the magazine interviewed.", "en", "person"),
        # a rank
        ("Auf welchem Platz steht die Firma im Ranking?", "de", "rank"),
        ("What place does the firm take in the ranking?", "en", "rank"),
        ("In what position does the shop rank?", "en", "rank"),
        ("What position did the club finish in?", "en", "rank"),
        # a post someone holds is no rank
        ("What position at Hollin Bank does the author of the column hold?", "en", None),
        ("Which position does she hold with the water board?", "en", None),
        ("What position does the author of the harbour column hold?", "en", None),
        ("What position does the club hold in the league table?", "en", "rank"),
        # a time of day, a price, an exact day
        ("Um wie viel Uhr öffnet der Laden?", "de", "clock"),
        ("For what clock time was the meeting set?", "en", "clock"),
        ("What price tag does the report put on the new hall?", "en", "money"),
        ("On what exact day did the firm open the lab?", "en", "date"),
        ("An welchem genauen Tag öffnete das Labor?", "de", "date"),
        # … and a day of the week is a day, which a weekday ("every Saturday") answers
        ("What day of the week is the market held?", "en", "date"),
    ],
)
def test_requests_and_ranks(question: str, language: str, kind: str | None) -> None:
    assert asked(question, language).kind == kind


@pytest.mark.parametrize(
    ("question", "language", "sentence", "fits"),
    [
        ("Auf welchem Platz steht die Firma im Ranking?", "de", "Die Firma steht im Ranking auf dem dritten Platz.",
         True),
        ("Auf welchem Platz steht die Firma im Ranking?", "de", "Die Firma zählt zu den größten im Land.", False),
        ("What place does the firm take in the ranking?", "en", "The firm is No. 4 in the ranking.", True),
        # a unit the lexicon gives no dimension is answered by that unit, not by another count
        ("Wie viele Quadratmeter Bürofläche nutzt die Firma?", "de", "Dort arbeiten in 20 Teams 50 Forscher.", False),
        ("Wie viele Quadratmeter Bürofläche nutzt die Firma?", "de", "Dort arbeiten 50 Forscher seit sechs Jahren.",
         False),
        ("Wie viele Quadratmeter Bürofläche nutzt die Firma?", "de", "Die Firma nutzt 3.000 Quadratmeter.", True),
        # a figure after "Nummer" is a label, not a count
        ("Wie viele Prinzipien hat die Firma?", "de", "So lautet Prinzip Nummer 15.", False),
        ("Wie viele Prinzipien hat die Firma?", "de", "Die Firma hat 16 Prinzipien.", True),
        # an area asked: a figure in a unit of area answers, a count of anything else doesn't
        ("How much space did the firm rent?", "en", "Die Firma hat 220.000 Quadratmeter gemietet.", True),
        ("How much space did the firm rent at the airport?", "en", "Die Firma führt 50.000 Gespräche am Tag.", False),
        ("Wie viel Fläche hat die Firma gemietet?", "de", "The firm rented 20 hectares at the airport.", True),
        ("Wie viel Fläche hat die Firma gemietet?", "de", "Die Firma hat 20 Teams am Flughafen.", False),
        # a time of day is answered by a time of day, not by a floor or a count
        ("Um wie viel Uhr kam der Kaffee?", "de", "Der Kaffee kam im 20. Stock pünktlich um 14.15 Uhr.", True),
        ("Um wie viel Uhr kam der Kaffee?", "de", "Der Kaffee kam im 20. Stock in vier Varianten.", False),
        ("At what time did the coffee arrive?", "en", "The coffee arrived at 2.15 pm.", True),
        # a place may be given by what is there: "dort, wo die besten Leute sind"
        ("Wo eröffnet die Firma ihre Büros?", "de", "Wir wollen mit unseren Büros dort sein, wo die Talente sind.",
         True),
        ("Where does the firm open offices?", "en", "We open offices wherever the talent is.", True),
        ("Wo eröffnet die Firma ihre Büros?", "de", "Wir eröffnen gern neue Büros.", False),
        # a change asked is answered by a figure that changed, not by a share that merely is
        ("Um wie viel Prozent ist der Umsatz der Händler gesunken?", "de", "Händler machen über 60 % des Umsatzes.",
         False),
        ("Um wie viel Prozent ist der Umsatz der Händler gesunken?", "de", "Der Umsatz der Händler sank um 12 %.",
         True),
        ("By how much did the sellers' revenue fall?", "en", "Der Umsatz der Händler ging um 12 Prozent zurück.", True),
        ("By how much did the sellers' revenue fall?", "en", "Sellers account for 60 percent of revenue.", False),
        ("How much did the firm's revenue grow in 2023?", "en", "Revenue rose from 3 million to 5 million euros.",
         True),
        ("Wie viel Prozent des Umsatzes machen die Händler?", "de", "Händler machen über 60 % des Umsatzes.", True),
        ("Um wie viel Prozent sank der Zeitaufwand?", "de", "Staff spent 40 percent less time on it.", True),
        # a figure for several places is none for one of them alone
        ("Wie viele Stationen betreibt die Firma allein in Kiel?", "de",
         "The firm runs 900 lockers in Lübeck, Kiel and Rostock.", False),
        ("How many lockers does the firm run in Kiel alone?", "en", "Die Firma betreibt in Kiel 300 Stationen.", True),
        ("How many lockers does the firm run in Kiel?", "en", "The firm runs 900 lockers in Lübeck, Kiel and Rostock.",
         True),
        # a figure per unit is not a total
        ("Was kostet ein einzelner Flug?", "de", "Das Projekt kostet insgesamt 2,3 Millionen Euro.", False),
        ("How much does a single flight cost?", "en", "Each flight costs 40 euros, the project 2 million in total.",
         True),
        ("Was kostet das Projekt?", "de", "Das Projekt kostet insgesamt 2,3 Millionen Euro.", True),
        # the date of a founding is a date the sentence gives for the founding, not for another act
        ("Wann wurde die Firma gegründet?", "de", "After we expanded into Poland in 2022, volumes doubled.", False),
        ("Wann wurde die Firma gegründet?", "de", "The company, founded in 2019, runs 900 lockers.", True),
        ("When was the firm founded?", "en", "Die Firma wurde 2019 in Leeds gegründet.", True),
        # a name asked for is given in quotation marks, though the sentence calls the thing by another word
        ("Welchen Namen gibt die Autorin der ersten Etappe?", "de",
         "Damit ist der erste Abschnitt „Market Fit“ geschafft.", True),
        ("What name does the author give the first stage?", "en", "The first section is then behind you.", False),
        ("What name does the author give the first stage?", "en", "The first stage, called “Market Fit”, is done.",
         True),
        ("Wie heißt der Flughafen, an dem die Firma mietet?", "de", "Es braucht eine Zahl an «Wasserträgern».",
         False),  # a term after a preposition names nothing asked for
        ("What is the name of the app?", "en", "Hier spricht man von «Time-to-Market».", False),
        # a time of day on the 24-hour clock needs no "Uhr"; a score is none
        ("Um wie viel Uhr fährt der letzte Bus?", "de", "The last bus now leaves at 23:40 instead of 23:10.", True),
        ("At what time does the ferry leave?", "en", "Die Fähre legt um 06:15 ab.", True),
        ("Um wie viel Uhr war das Spiel entschieden?", "de", "Das Spiel endete 2:1 für die Gäste.", False),
        # how much of a thing is a measure, not a count of something else
        ("Wie viel Wasser verbrauchte das Werk in Talheim?", "de", "Das Werk verbrauchte 310.000 Kubikmeter Wasser.",
         True),
        ("Wie viel Wasser verbrauchte das Werk in Talheim?", "de", "The group runs four plants, one in Talheim.",
         False),
        ("How much electricity does the Talheim plant use?", "en", "Das Werk in Talheim braucht 12 GWh im Jahr.", True),
        ("How much rain fell in Talheim?", "en", "Three villages near Talheim were flooded.", False),
        ("How many plants does the group run?", "en", "The group runs four plants, one in Talheim.", True),
        # a unit asked for by name ("wie viel Milligramm") is a measure of weight, however small
        ("Wie viel Milligramm Zucker enthielt die Probe aus Talheim?", "de",
         "The sample from Talheim held 240 milligrams of sugar.", True),
        ("How many micrograms of lead were found in Talheim?", "en", "In Talheim fand man 12 µg Blei je Liter.",
         True),
        ("Wie viel Milligramm Zucker enthielt die Probe aus Talheim?", "de",
         "Three samples came from Talheim.", False),
    ],
)  # fmt: skip
def test_ranks_units_areas_and_labels_fit(question: str, language: str, sentence: str, fits: bool) -> None:
    from bot import evidence

    assert evidence._has_type(asked(question, language), sentence, NAMES, "de") is fits


def test_a_word_that_opens_a_sentence_of_the_question_is_no_name() -> None:
    q = asked("The colleague used to work from home. From which month on did she need a desk?", "en")
    assert "From" not in q.names and q.kind == "date"


def test_seit_wie_langer_zeit_asks_for_a_time() -> None:
    q = asked("Seit wie langer Zeit baut die Firma ihren Standort aus?", "de")
    assert q.kind == "number" and q.measure == "time"


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Wie viele Leute arbeiten in Berlin, und in welchem Stock liegt das Büro von Alibaba?",
         ["Wie viele Leute arbeiten in Berlin?", "in welchem Stock liegt das Büro von Alibaba?"]),
        ("Who heads the lab in Berlin and since when has Amazon run it there?",
         ["Who heads the lab in Berlin?", "since when has Amazon run it there?"]),
        ("How many people work at the lab in Berlin and how many in Munich?",
         ["How many people work at the lab in Berlin?",
          "how many in Munich – How many people work at the lab in Berlin?"]),
        ("Wie geht es den Händlern in Berlin?", ["Wie geht es den Händlern in Berlin?"]),
    ],
)  # fmt: skip
def test_a_compound_question_is_asked_part_by_part(question: str, parts: list[str]) -> None:
    from bot.question import split_question

    assert split_question(question, NAMES) == parts


@pytest.mark.parametrize(
    ("question", "language", "parts"),
    [
        ("Wann und wo findet der Flohmarkt statt?", "de",
         ["Wann findet der Flohmarkt statt?", "wo findet der Flohmarkt statt?"]),
        ("Wohin und zu welcher Uhrzeit muss man das Fundstück bringen?", "de",
         ["Wohin muss man das Fundstück bringen?", "zu welcher Uhrzeit muss man das Fundstück bringen?"]),
        ("Where and when will the choir perform?", "en",
         ["Where will the choir perform?", "when will the choir perform?"]),
        # a first interrogative with a clause of its own is a question of its own
        ("Who heads the choir and who is its treasurer?", "en",
         ["Who heads the choir?", "who is its treasurer – Who heads the choir?"]),
    ],
)  # fmt: skip
def test_two_interrogatives_of_one_clause_are_asked_one_by_one(question: str, language: str, parts: list[str]) -> None:
    """ "Where and when …": each interrogative is asked with the clause they share, so that each part has its kind
    (a place, a time) and a sentence that gives either answers its part."""
    from bot.question import split_question

    assert split_question(question, NAMES, language) == parts


def test_a_jahrgang_is_a_year() -> None:
    q = asked("Welchem Jahrgang der Briefe entstammt die Warnung an die Aktionäre?", "de")
    assert q.kind == "date" and q.year


def test_an_area_is_asked_only_by_its_words_of_size() -> None:
    assert asked("How many people does the firm employ in the greater Berlin area?", "en").measure == ""
    assert asked("In which area of the canvas do pains sit?", "en").measure == ""
    assert asked("How much floor space does the firm use?", "en").measure == "area"


def test_a_second_clause_that_names_nothing_leans_on_the_first() -> None:
    from bot.question import split_question

    first, second = split_question("What will the new depot cost, and in which year is the hub due to open?", NAMES)
    assert first == "What will the new depot cost?"
    assert second.startswith("in which year is the hub due to open") and second.endswith(
        "What will the new depot cost?"
    )


@pytest.mark.parametrize(
    ("question", "language", "listed"),
    [
        ("Auf welche drei Dinge wirkt sich der Ausfall aus?", "de", 3),
        ("Which two things must a shop earn from its customers?", "en", 2),
        ("Nenne zwei Gründe für den Umzug.", "de", 2),
        ("Welche zwei Jahre nennt der Bericht?", "de", 0),  # years asked: a date, not a list
        ("How many shops does the chain run?", "en", 0),
    ],
)
def test_a_question_may_ask_for_so_many_things(question: str, language: str, listed: int) -> None:
    assert asked(question, language).listed == listed


def test_a_sentence_that_lists_as_many_things_ranks_first() -> None:
    from bot import evidence

    assert evidence._enumerates("Das wirkt sich auf Preise, Lieferzeiten und Service aus.", 3)
    assert not evidence._enumerates("Das wirkt sich direkt auf die Kunden aus, die warten.", 3)


@pytest.mark.parametrize(
    ("question", "language", "premise"),
    [
        ("Die Autorin sagt, Kunden antworten, wie man es erwartet. Welches Thema steht dabei weit oben?", "de", True),
        ("The author says buyers answer as expected. Which topic ranks high there?", "en", True),
        ("Was sagt Dr. Vogt über Kiel?", "de", False),
        ("How many shops does the chain run in Leeds?", "en", False),
    ],
)
def test_a_question_may_state_a_premise_before_it_asks(question: str, language: str, premise: bool) -> None:
    assert asked(question, language).premise is premise


@pytest.mark.parametrize(
    ("question", "language", "category"),
    [
        ("Welches Ziel verfolgt die Firma mit dem neuen Lager?", "de", "Ziel"),
        ("In welchem Bereich wächst die Firma am stärksten?", "de", "Bereich"),
        ("Which goal does the firm pursue with the new depot?", "en", "goal"),
        ("Welche drei Dinge nennt die Autorin?", "de", ""),  # any things: no category
        ("Which company runs the depot?", "en", ""),  # an organisation: a type, not a category
    ],
)
def test_an_open_question_may_ask_for_a_category(question: str, language: str, category: str) -> None:
    assert asked(question, language).category == category


def test_a_sentence_that_names_the_category_asked_for_fits_it() -> None:
    from bot import evidence

    q = asked("Welches Ziel verfolgt die Firma mit dem neuen Lager?", "de")
    assert evidence._names_category(q, "Alles mit dem Ziel, schneller zu liefern.", "de")
    concept = asked("Welches Konzept verfolgt die Firma?", "de")
    assert evidence._names_category(concept, "Das Lieferkonzept setzt auf Drohnen.", "de")
    assert not evidence._names_category(q, "Die Firma liefert schneller.", "de")
    assert evidence._names_category(asked("Which target does the firm set?", "en"), "Das Target ist klar.", "de")


@pytest.mark.parametrize(
    ("question", "language", "sentence", "source", "expected"),
    [
        # a range is one answer, written with its unit
        ("Wie schnell war die Pizza fertig?", "de", "The pizza was ready in 75 to 90 seconds.", "en",
         "75 bis 90 Sekunden"),
        ("How long did the repair take?", "en", "Die Reparatur dauerte zwölf bis 18 Monate.", "de", "12 to 18 months"),
        # "how fast" is answered by the time something takes as well as by a speed
        ("How quickly was the parcel delivered?", "en", "Das Paket kam nach 40 Minuten an.", "de", "40 minutes"),
        # a figure's own words may stand before it: the one ready in seconds, not the preheating in minutes
        ("How fast was the bread ready?", "en",
         "After 25 minutes of preheating, the bread was ready in 90 seconds.", "en", "90 seconds"),
        # a surname the German tagger reads as a noun continues the first name before it
        ("Wer führt die Werkstatt heute?", "de",
         "2009 übergab Maier die Werkstatt an seinen Lehrling Daniel Rosskopf, der sie bis heute führt.", "de",
         "Daniel Rosskopf"),
        # a sum asked by a word of money: the damages, not the count of bottles
        ("Wie viel Schadenersatz fordert die Brauerei?", "de",
         "Die Brauerei musste rund 380.000 Flaschen zurückrufen und fordert nun 1,46 Millionen Euro.", "de",
         "1,46 Millionen Euro"),
        ("How much compensation does the brewery want?", "en",
         "Die Brauerei musste rund 380.000 Flaschen zurückrufen und fordert nun 1,46 Millionen Euro.", "de",
         "1.46 million euros"),
    ],
)  # fmt: skip
def test_ranges_durations_surnames_and_sums_of_money(
    question: str, language: str, sentence: str, source: str, expected: str
) -> None:
    value = lead.lead(asked(question, language), sentence, source, closest_to("ready"))
    assert value is not None
    assert value.text == expected


def test_a_question_about_the_author_s_post_gets_no_name_as_its_first_line() -> None:
    byline = "Mara Quint Chief Economist, Hollin Bank"
    post = asked("What position at Hollin Bank does the author of the column hold?", "en")
    assert post.meta == "author"
    assert lead.lead(post, byline, "en") is None
    who = asked("Who wrote the column about Hollin Bank?", "en")
    assert who.meta == "author"
    value = lead.lead(who, byline, "en", names=frozenset({"Mara", "Quint"}))
    assert value is not None and value.text == "Mara Quint"


@pytest.mark.parametrize(
    ("question", "language", "article"),
    [
        # the article that names what the question names, not the closer one about the same topic
        ("Wer hat den Beitrag über Kundennähe bei Alibaba geschrieben?", "de", "b"),
        ("Who wrote the post on customer focus that mentions Alibaba?", "en", "b"),
        # nothing named: the closest article
        ("Wer hat den Beitrag über Kundennähe geschrieben?", "de", "a"),
        # no article names everything: the closest article
        ("Who wrote the post on Alibaba and Zalando?", "en", "a"),
    ],
)
def test_a_question_about_an_article_is_about_the_one_that_names_its_names(
    question: str, language: str, article: str
) -> None:
    from bot import evidence
    from bot.records import Passage

    passages = [
        Passage("a0", "a", "Kundennähe", "Kundennähe\n\nVon Eva Ost\n\nKunden zuerst, sagt Amazon.", 0, 50),
        Passage("b0", "b", "Kunden", "Kunden im Blick\n\nGeschrieben von Jan West", 0, 40),
        Passage("b1", "b", "Kunden", "Auch Alibaba stellt den Kunden in den Mittelpunkt.", 40, 90),
    ]
    assert evidence.about(asked(question, language), passages) == article


@pytest.mark.parametrize(
    ("question", "required"),
    [
        # an adjective used as a noun names no one, though an article writes it capitalised
        ("Gegen wen spielt Nordvik als Nächstes?", ("Nordvik",)),
        # a noun the corpus also has as a name ("Auto mode" in a manual) is what the question is about, in any form
        ("Über welche Straße wurden die Autos umgeleitet?", ()),
        ("Wie viele Autos hat Nordvik?", ("Nordvik",)),
        # … but not the name a compound starts with
        ("Wie viele Leute arbeiten in der Now-Station von Nordvik?", ("Now", "Nordvik")),
        # a capitalised adjective before a noun inside a German question opens a name: „die Liberale Mitte“
        ("Wie viel Prozent holte die Liberale Mitte in Nordvik?", ("Nordvik", "Liberale")),
        ("Wie viele Sitze hat die Grüne Liste?", ("Grüne",)),
        # … not one that opens the question, nor a place's adjective in -er
        ("Große Firmen in Nordvik zahlen wie viel?", ("Nordvik",)),
        ("Wer leitet das Berliner Zentrum von Nordvik?", ("Nordvik",)),
        # … nor an ordinal, which makes a term or a title
        ("Wer leistet im Camp von Nordvik die Erste Hilfe?", ("Nordvik",)),
        ("Wer ist der Zweite Vorsitzende des Vereins Nordvik?", ("Nordvik",)),
        # a compound after an adjective, of a noun the lexicon knows, is a noun („zusätzliche Freigepäck“)
        ("Welches zusätzliche Freigepäck bekommen Kunden von Nordvik?", ("Nordvik",)),
        ("Wie teuer ist das neue Jahresabonnement von Nordvik?", ("Nordvik",)),
    ],
)
def test_nouns_and_adjectives_used_as_nouns_are_not_required_names(question: str, required: tuple[str, ...]) -> None:
    names = {"Nordvik", "Nächstes", "Auto", "Now", "Freigepäck", "Jahresabonnement"}
    assert profile(question, names, lambda word: True, "de").required == required


@pytest.mark.parametrize(
    ("question", "sentence", "fits"),
    [
        # until when: a time of day answers it
        ("Bis wann war die Brücke gesperrt?", "Die Brücke blieb bis etwa 20:15 Uhr gesperrt.", True),
        ("Until when was the bridge closed?", "Die Brücke blieb bis 22 Uhr gesperrt.", True),
        ("Bis wann war die Brücke gesperrt?", "Die Brücke blieb lange gesperrt.", False),
        # a year question is not answered by a time of day
        ("In welchem Jahr wurde die Brücke gesperrt?", "Die Brücke blieb bis 22 Uhr gesperrt.", False),
    ],
)
def test_a_time_of_day_answers_when(question: str, sentence: str, fits: bool) -> None:
    from bot import evidence

    language = "en" if question.startswith("Until") else "de"
    assert evidence._has_type(asked(question, language), sentence, NAMES, "de") is fits


@pytest.mark.parametrize(
    ("question", "language", "sentence", "expected"),
    [
        # a figure its clause gives for another year than the asked one is not the answer, whichever is closer
        ("Mit welchen Spendeneinnahmen plant der Verein für 2026?", "de",
         "Bei den Spenden rechnen wir mit 40.000 Euro, nachdem wir für 2025 noch 52.000 Euro angesetzt hatten.",
         "40.000 Euro"),
        ("How much does the club expect in donations for 2026?", "en",
         "For 2025 we budgeted €52,000 in donations; we now expect €40,000.", "40,000 euros"),
    ],
)  # fmt: skip
def test_a_figure_for_another_year_is_not_the_answer(
    question: str, language: str, sentence: str, expected: str
) -> None:
    value = lead.lead(asked(question, language), sentence, language, closest_to("2025"))
    assert value is not None and value.text == expected


def test_which_organisation_pays_is_answered_by_the_funder_in_full() -> None:
    from bot import evidence

    question = asked("Which organisation paid for the survey of river otters?", "en")
    assert question.kind == "organisation" and question.role == "fund"
    funded = "The survey was funded by the Harwick Science Trust and ran for two years."
    led = "The survey was led by Dr Ana Bell of Harwick University."
    corpus = {"Harwick", "Ana", "Bell"}  # the names the articles use
    assert evidence._has_type(question, funded, corpus) and not evidence._has_type(question, led, corpus)
    # an English name goes on through the capitalised nouns it is made of
    (start, end), *_ = lead._name_runs(funded, "en")
    assert funded[start:end] == "Harwick Science Trust"
    # a question for a person keeps its role
    assert asked("Who founded the otter trust?", "en").role == "founder"


@pytest.mark.parametrize(
    ("question", "language", "sentence", "fits"),
    [
        # a unit of two English words is asked as a whole: "kilowatt hours" is energy, which no span of time answers
        ("How many kilowatt hours does the roof panel yield a year?", "en",
         "Die Anlage liefert gut 900 Kilowattstunden im Jahr.", True),
        ("How many kilowatt hours does the roof panel yield a year?", "en", "In zwei Wochen kommt der Monteur.", False),
        ("Wie viele Kilowattstunden liefert die Anlage?", "de", "The panel yields about 900 kWh a year.", True),
        ("Wie viele Kilowattstunden liefert die Anlage?", "de", "Die Anlage leistet 800 Watt.", False),
        ("How many megawatt hours did the wind farm produce?", "en", "The farm produced 41 MWh in March.", True),
        ("How many megawatt hours did the wind farm produce?", "en", "The farm has 12 MW of turbines.", False),
        # … and "working days" still counts days
        ("How many working days does the repair take?", "en", "The repair takes 3 working days.", True),
    ],
)  # fmt: skip
def test_energy_and_power_are_measures_of_their_own(question: str, language: str, sentence: str, fits: bool) -> None:
    from bot import evidence

    assert evidence._has_type(asked(question, language), sentence, NAMES, "de") is fits


@pytest.mark.parametrize(
    ("question", "language", "sentence"),
    [
        # a place the question names by a word made from it is the region it asks within, no answer
        ("In welcher chinesischen Stadt wurde das Lager gebaut?", "de",
         "Das Lager steht in China, sagt Steve Anderson."),
        ("Near which Belgian city is the new hub?", "en", "Der neue Standort liegt in Belgien, nahe einem Flughafen."),
        ("Which German city will get the store?", "en", "Der Laden kommt nach Deutschland, sagt Steve Anderson."),
        # what a role is of names an organisation, no place
        ("Where is the airport?", "en", "Die Idee kam von Steve Anderson, dem Chef von Nordvik, im Frühjahr."),
    ],
)  # fmt: skip
def test_a_place_answer_is_neither_the_question_s_own_region_nor_an_organisation(
    question: str, language: str, sentence: str
) -> None:
    assert lead.lead(asked(question, language), sentence, "de", None, frozenset(NAMES)) is None


def test_a_district_of_the_place_the_question_names_is_an_answer() -> None:
    sentence = "Die neue Filiale öffnet im Mai in Berlin-Mitte."
    value = lead.lead(asked("Wo in Berlin öffnet die Filiale?", "de"), sentence, "de", None, frozenset(NAMES))
    assert value is not None and value.text == "Berlin-Mitte"


@pytest.mark.parametrize(
    ("question", "language", "meta"),
    [
        ("What is the title of the book that inspired the author of the post?", "en", "title"),
        ("What is the title of the book that inspired the coach?", "en", None),
        ("Welchen Titel trägt die Studie, auf die sich Anderson stützt?", "de", None),
        ("Wie lautet der Titel des Beitrags über das Buch?", "de", "title"),
        ("What is the headline of the interview?", "en", "title"),
    ],
)
def test_the_title_of_a_work_is_not_the_article_s_title(question: str, language: str, meta: str | None) -> None:
    assert asked(question, language).meta == meta


def test_staff_are_counted_by_a_word_for_staff_before_a_word_for_people() -> None:
    from bot import evidence

    staff = asked("Wie viele Menschen arbeiten weltweit für Nordvik?", "de").counted
    assert staff == "Beschäftigte"
    employed = evidence._counts(staff, "Bei weltweit 1,5 Millionen Beschäftigten ist das schwer.", "de")
    people = evidence._counts(staff, "Der Marktplatz überzeugt mehr als 30 Millionen Menschen weltweit.", "de")
    none = evidence._counts(staff, "Der Marktplatz hat 300 Filialen.", "de")
    assert employed > people > none == 0


@pytest.mark.parametrize(
    ("question", "language", "sentence", "expected"),
    [
        # a "how many" question is answered by the figure that counts what it asks for, wherever the other one stands
        ("Wie viele Seiten hat der neue Roman?", "de",
         "Der Roman erzählt von drei Generationen und hat 412 Seiten.", "412"),
        ("How many stalls will the market have?", "en",
         "Over three weekends, the market will have 64 stalls.", "64"),
        # … and by none where every figure counts another thing
        ("Wie viele Seiten hat der Erzählband?", "de",
         "Der Roman erzählt von einem Schweigen, das drei Generationen überdauert.", None),
        ("How many e-bikes will the new stations get?", "en",
         "Twelve new stations will open, eight of them in Eastbank and four in Millford.", None),
    ],
)  # fmt: skip
def test_a_count_is_the_figure_of_the_counted_noun(
    question: str, language: str, sentence: str, expected: str | None
) -> None:
    value = lead.lead(asked(question, language), sentence, language, closest_to("Generationen"))
    assert (value.text if value else None) == expected


@pytest.mark.parametrize(
    ("question", "language", "conditional"),
    [
        # a figure asked under a condition: a rule "If …" answers it
        ("How much of the deposit do the tenants get back if they both accept the deductions?", "en", True),
        ("Wie viel Geld bekommt man zurück, wenn man vor dem 1. Mai kündigt?", "de", True),
        ("What happens if a bin is not emptied?", "en", True),
        ("How much do the tenants get back?", "en", False),
        ("How much is the fee, if any?", "en", False),
    ],
)
def test_a_figure_asked_under_a_condition(question: str, language: str, conditional: bool) -> None:
    assert asked(question, language).conditional is conditional


@pytest.mark.parametrize(
    ("question", "language", "about_person"),
    [
        # the author named by the noun is the person whose post is asked
        ("Als was arbeitet der Blogautor eigentlich?", "de", True),
        ("Welchen Beruf hat die Verfasserin des Beitrags?", "de", True),
        ("What does the author of the column do for a living?", "en", True),
        ("What does Lena do?", "en", True),
        ("Als was arbeitet man im Lager?", "de", False),
        ("Who wrote the column?", "en", False),
    ],
)
def test_the_author_named_by_the_noun_is_a_person_asked_about(question: str, language: str, about_person: bool) -> None:
    assert asked(question, language).about_person is about_person


@pytest.mark.parametrize(
    ("question", "language", "sentence", "named"),
    [
        # an event asked by its kind is named by its name and year
        ("At which event did Nordvik show its robot?", "en", "Auf der RoboCon 2024 zeigte die Firma ihren Roboter.",
         True),
        ("Auf welcher Messe zeigte Nordvik den Roboter?", "de", "At CES 2025 the firm showed its robot.", True),
        ("At which event did Nordvik show its robot?", "en", "Im Jahr 2024 zeigte die Firma ihren Roboter.", False),
    ],
)  # fmt: skip
def test_an_event_is_named_by_its_name_and_year(question: str, language: str, sentence: str, named: bool) -> None:
    from bot import evidence

    source = "en" if sentence.startswith("At") else "de"
    assert evidence._names_category(asked(question, language), sentence, source) is named


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # across languages, a group of people both lexicons name is counted by its own words: the staff are
        # „Beschäftigte“, not „Menschen“
        ("Bei weltweit 1,5 Millionen Beschäftigten ist das keine leichte Aufgabe.", "1.5 million"),
        ("Das Königreich für Kundinnen und Kunden überzeugt mehr als 30 Millionen Menschen weltweit.", None),
    ],
)
def test_a_count_of_staff_across_languages(sentence: str, expected: str | None) -> None:
    value = lead.lead(asked("How many people does Nordvik employ worldwide?", "en"), sentence, "de")
    assert (value.text if value else None) == expected
