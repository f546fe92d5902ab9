"""``make eval`` can't rot: its smoke run (a few questions and claims per split, both generators on dev) as a
real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_eval_smoke(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "eval" / "run.py"), "--smoke", "--splits", "dev,mixed", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=900,
        env={"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert set(report["splits"]) == {"dev", "mixed"}
    dev = report["splits"]["dev"]
    for name in ("retrieval", "retrieval_dense_only", "peer"):
        assert 0.0 <= dev[name]["recall@5"] <= 1.0
        assert dev[name]["questions"] == 4
    assert set(dev["answers"]) == {"extractive", "baseline", "smollm2-test"}
    for name, answers in dev["answers"].items():
        assert answers["language_match"] >= 0.5
        assert 0.0 <= answers["citation_recall"] <= 1.0
        assert 0.0 <= answers["facts_in_answer"] <= 1.0
        assert len(answers["rows"]) == (2 if name == "smollm2-test" else 6)
    assert dev["answers"]["extractive"]["unanswerable_refused"] == 1.0  # the smoke set's are clear cases
    assert dev["answers"]["baseline"]["unanswerable_refused"] == 0.0  # the baseline never refuses
    assert dev["answers"]["extractive"]["citation_precision"] == 1.0  # quotes hold by construction
    assert dev["claims"]["claims"] == 4
    assert set(report["splits"]["mixed"]["pairs"]) <= {"de-de", "de-en", "en-de", "en-en"}
    assert "| recall@1 |" in done.stdout
    assert "dev claim check: accuracy" in done.stdout


CHECKERS = sorted([*(ROOT / "eval").glob("check_test*.py"), *(ROOT / "eval").glob("mixed*/check_*.py")])


@pytest.mark.parametrize("checker", CHECKERS, ids=lambda p: p.name)
def test_every_splits_data_passes_its_checker(checker: Path) -> None:
    """Each held-out split's questions and claims still quote their articles exactly and keep their counts."""
    done = subprocess.run(
        [sys.executable, str(checker), str(ROOT / "data" / "articles")] if "mixed" not in checker.parent.name
        else [sys.executable, str(checker)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_every_split_is_run_by_the_eval_and_has_a_checker() -> None:
    sys.path.insert(0, str(ROOT / "eval"))
    import run

    names = {p.stem.removeprefix("check_") for p in CHECKERS}
    held_out = {s for s in run.SPLITS if s not in ("dev", "test", "test2", "test3", "test4", "mixed", "mixed2")}
    assert held_out <= names, sorted(held_out - names)
