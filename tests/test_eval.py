"""``make eval`` can't rot: its smoke run (a few questions and claims, both generators) as a real process."""

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
        [sys.executable, str(ROOT / "eval" / "run.py"), "--smoke", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=900,
        env={"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    for name in ("retrieval", "retrieval_dense_only", "peer"):
        assert 0.0 <= report[name]["recall@5"] <= 1.0
        assert report[name]["questions"] == 4
    assert set(report["answers"]) == {"extractive", "smollm2-test"}
    for name, answers in report["answers"].items():
        assert answers["language_match"] >= 0.5
        assert 0.0 <= answers["citation_recall"] <= 1.0
        assert len(answers["rows"]) == (6 if name == "extractive" else 2)
        assert answers["unanswerable_refused"] == 1.0  # the smoke set's unanswerable questions are clear cases
    assert report["answers"]["extractive"]["citation_precision"] == 1.0  # quotes hold by construction
    assert report["claims"]["claims"] == 4
    assert "| retrieval | recall@1" in done.stdout
    assert "claim check: accuracy" in done.stdout
