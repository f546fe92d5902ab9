"""The claim check and the verifier: exact verdicts for labelled claims in German and English,
every kind of alteration, bad input as one line, and extractive citations that hold by construction.

The claims here are written for the tests; the evaluation's claims (eval/claims.jsonl) stay out of
them so that they measure rather than train.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import numpy as np
import pytest

from bot import lang, verify
from bot.answer import Bot
from bot.check import check_claim
from bot.records import Sentence

HERBRICH = "000_df76fc5b86ac5428"  # Amazon in Berlin, interview with Ralf Herbrich
EMPLOYEES = "001_c4b7c9fe94666a12"  # Amazon as an employer
DOLL = "002_25c4cc863f9afe71"  # Amazon's customer obsession, by Christian Doll
KREUTZER = "003_d73d4938a5856545"  # interview with Ralf T. Kreutzer
ALIBABA = "004_076a3b19f75f80d4"  # Alibaba's logistics centre in Europe

S, N = "supported", "not_supported"

# (claim, article, verdict, kind)
CLAIMS = [
    ("Amazon hat seinen Standort in Berlin in den vergangenen sechs Jahren stark ausgebaut.", HERBRICH, S, "true"),
    ("Die neuen Anlagen von Cainiao sollen 75 Millionen Euro kosten.", ALIBABA, S, "true"),
    ("Over the next five years, goods worth 200 billion US dollars are to be exported to China.", ALIBABA, S, "true"),
    ("Third-party sellers generate more than 60 percent of the product revenue on Amazon.", None, S, "true"),
    ("Kreutzer is convinced that it pays to look to China.", KREUTZER, S, "paraphrase"),
    pytest.param(
        "Bei Amazon arbeiten weltweit 1,5 Millionen Menschen.",
        EMPLOYEES,
        S,
        "true",
        marks=pytest.mark.xfail(
            strict=True, reason="the source says 'keine leichte Aufgabe': litotes is read as a negation"
        ),
    ),
    ("Amazon beschäftigt im Großraum Berlin über 20.000 Mitarbeiter.", HERBRICH, N, "number_altered"),
    ("Amazon beschäftigt im Großraum Berlin über 20.000 Mitarbeiter.", None, N, "number_altered"),
    ("The new facilities are to cost 750 million euros.", ALIBABA, N, "number_altered"),
    ("Drittanbieter generieren mehr als 70 % des Produktumsatzes auf Amazon.", None, N, "number_altered"),
    ("Auf der NeurIPS 2019 präsentierte der Konzern seinen eigenen digitalen Assistenten.", ALIBABA, N, "date_altered"),
    ("The logistics centre is to start operating in 2022.", ALIBABA, N, "date_altered"),
    ("Steve Anderson ist Direktor für Maschinelles Lernen bei Amazon.", HERBRICH, N, "name_swapped"),
    ("The Electronic World Trade Platform was launched by Jeff Bezos.", ALIBABA, N, "name_swapped"),
    ("Drittanbieter generieren nicht mehr als 60 % des Produktumsatzes auf Amazon.", None, N, "negation"),
    ("Amazon does not employ more than 2,000 people in the greater Berlin area.", HERBRICH, N, "negation"),
    ("Die neuen Anlagen sollen 75 Millionen Euro kosten.", KREUTZER, N, "wrong_article"),
    ("Amazon employs 1.5 million people worldwide.", DOLL, N, "wrong_article"),
]


def _row(case: Any) -> tuple[Any, ...]:
    return tuple(case.values) if hasattr(case, "values") else tuple(case)


@pytest.fixture(scope="module")
def bot(seed_store) -> Bot:
    return Bot(seed_store.settings)


@pytest.mark.parametrize(
    ("claim", "doc_id", "verdict", "kind"), CLAIMS, ids=[f"{_row(c)[3]}-{i}" for i, c in enumerate(CLAIMS)]
)
def test_claim_verdicts(bot: Bot, claim: str, doc_id: str | None, verdict: str, kind: str) -> None:
    result = check_claim(bot, claim, doc_id=doc_id)
    assert result.verdict == verdict, result.public()
    best = result.evidence[0]
    if doc_id:
        assert all(e.passage.doc_id == doc_id for e in result.evidence)
    if verdict == S:
        assert best.supported and best.reasons == ()
        assert best.quote in best.passage.text
        article = bot.store.get_article(best.passage.doc_id)
        assert article is not None
        assert article.text[best.quote_start : best.quote_start + len(best.quote)] == best.quote
    else:
        assert best.reasons, "a claim that is not supported says why"


def test_every_kind_in_both_languages_is_covered() -> None:
    covered = {(kind, lang.detect(claim).language) for claim, _, _, kind in map(_row, CLAIMS)}
    kinds = ("true", "number_altered", "date_altered", "name_swapped", "negation", "wrong_article")
    assert covered >= {(kind, language) for kind in kinds for language in ("de", "en")}


@pytest.mark.parametrize("doc_id", [HERBRICH, None])
def test_a_number_altered_claim_is_never_supported(bot: Bot, doc_id: str | None) -> None:
    result = check_claim(bot, "Amazon hat im Großraum Berlin über 20.000 Mitarbeiter.", doc_id=doc_id)
    assert result.verdict == N
    assert all(not e.supported for e in result.evidence)
    assert any("20000" in r for r in result.evidence[0].reasons)


def test_the_json_object(bot: Bot) -> None:
    out = check_claim(bot, "Mittlerweile beschäftigt Amazon im Großraum Berlin über 2.000 Mitarbeiter.").public()
    assert set(out) >= {"claim", "verdict", "score", "evidence"}
    assert out["verdict"] == S
    first = out["evidence"][0]
    assert set(first) >= {"doc_id", "title", "text", "start", "end", "score"}
    assert first["doc_id"] == HERBRICH
    assert "über 2.000 Mitarbeiter" in first["quote"]
    json.dumps(out)


# --- the verifier on its own: hard checks on one sentence -------------------------------------


def _one(text: str) -> list[tuple[Sentence, list[float]]]:
    vec = np.zeros(4, dtype=np.float32)
    vec[0] = 1.0
    return [(Sentence("d", 0, len(text), text), list(vec))]


SOURCE = "Mittlerweile beschäftigen wir im Großraum Berlin über 2.000 Mitarbeiter."
QUERY = np.asarray([1.0, 0, 0, 0], dtype=np.float32)


@pytest.mark.parametrize(
    ("statement", "supported", "reason"),
    [
        ("Amazon employs over 2,000 people in Berlin.", True, None),
        ("Amazon employs over 20,000 people in Berlin.", False, "numbers not in the source: 20000"),
        ("Amazon has no employees in Berlin.", False, "negated on one side only"),
        ("Amazon employs over 2,000 people in Potsdam.", False, "names not in the source: Potsdam"),
        ("It is not only Amazon that employs 2.000 in Berlin.", True, None),
    ],
)
def test_verifier_hard_checks(statement: str, supported: bool, reason: str | None) -> None:
    result = verify.check(statement, QUERY, _one(SOURCE), {"Amazon", "Berlin", "Potsdam"}, 0.5, context="Amazon")
    assert result.supported is supported
    assert (reason in result.reasons) if reason else result.reasons == ()


def test_a_name_in_the_article_head_counts() -> None:
    statement = "Laut Doll entwickelt man oft am Kundenbedarf vorbei."
    source = "Das wirkliche Problem liegt darin, dass man am Kundenbedarf vorbei entwickelt hat."
    without = verify.check(statement, QUERY, _one(source), {"Doll"}, 0.5)
    with_head = verify.check(statement, QUERY, _one(source), {"Doll"}, 0.5, context="Geschrieben von Christian Doll")
    assert without.reasons == ("names not in the source: Doll",)
    assert with_head.supported


def test_below_the_threshold_is_not_supported() -> None:
    result = verify.check("Amazon employs over 2,000 people in Berlin.", QUERY * 0.5, _one(SOURCE), set(), 0.8)
    assert not result.supported
    assert result.reasons == ("similarity 0.500 below 0.8",)


# --- extractive answers: every citation holds by construction --------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?",
        "How much revenue did Alibaba make on Singles Day?",
        "Was kosten die neuen Anlagen am Flughafen?",
        "Who is Ralf Herbrich?",
    ],
)
def test_extractive_citations_hold(bot: Bot, question: str) -> None:
    answer = bot.answer(question, mode="extractive")
    assert not answer.refused and answer.citations
    assert all(s.verdict == "supported" for s in answer.statements)
    for c in answer.citations:
        assert c.supported is True
        assert c.quote in c.passage.text
        # the project's own verifier agrees: a verbatim quote supports itself
        vec = np.asarray(bot.embedder.get_query_embedding(c.quote), dtype=np.float32)
        sentences = [sv for sv in bot.store.sentences_of([c.passage]) if sv[0].text == c.quote]
        check = verify.check(
            c.quote, vec, sentences, bot.names, bot.settings.support_threshold, bot.head(c.passage.doc_id)
        )
        assert check.supported, check.reasons


# --- the command line ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def check(seed_store, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., CompletedProcess[str]]:
    from conftest import run_cli

    cwd = tmp_path_factory.mktemp("check")

    def run(*args: str | Path) -> CompletedProcess[str]:
        done = run_cli("bot", "check", "--store", seed_store.settings.store, *args, cwd=cwd)
        assert "Traceback" not in done.stdout + done.stderr
        return done

    return run


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("",), "artikelbot: the claim is empty – type a claim about the articles"),
        (("Amazon" * 2000,), "artikelbot: the claim has 12,000 characters; the limit is 1,000 – shorten the claim"),
        (
            ("Amazon emploie plus de deux mille personnes à Berlin et dans les environs.",),
            "artikelbot: the claim is in French; claims are checked in German or English"
            " – write the claim in German or English",
        ),
        (
            ("--doc", "999_nicht_da", "Amazon beschäftigt 2.000 Mitarbeiter."),
            "artikelbot: no article '999_nicht_da' in the store – use one of: "
            f"{HERBRICH}, {EMPLOYEES}, {DOLL}, {KREUTZER}, {ALIBABA}",
        ),
        (
            (),
            "artikelbot: no claim given – give one, e.g. python -m bot check "
            '"Amazon beschäftigt in Berlin 2.000 Menschen."',
        ),
    ],
    ids=["empty", "12000-chars", "french", "unknown-doc", "none"],
)
def test_check_bad_input(check: Callable, args: tuple[str, ...], line: str) -> None:
    done = check(*args)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == line


def test_check_json_and_batch(check: Callable, tmp_path: Path) -> None:
    batch = tmp_path / "claims.txt"
    batch.write_text(
        "Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter.\n"
        "\n"
        "Amazon beschäftigt im Großraum Berlin über 20.000 Mitarbeiter.\n"
        "😀\n",
        encoding="utf-8",
    )
    done = check("--json", "--batch", batch, "--doc", HERBRICH)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 1  # one claim was bad input
    assert [r.get("verdict") for r in rows] == [S, N, None]
    assert rows[2] == {"claim": "😀", "error": "the claim has no words – type a claim about the articles"}
    assert rows[1]["evidence"][0]["doc_id"] == HERBRICH


def test_check_prints_the_verdict(check: Callable) -> None:
    done = check("Amazon beschäftigt im Großraum Berlin über 20.000 Mitarbeiter.")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0].startswith("✗ nicht belegt (score ")
    assert "numbers not in the source: 20000" in done.stdout
