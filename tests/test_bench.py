"""The benchmark's smoke run, so ``make bench`` can't rot: ``bench/run.py --smoke``
runs as a real process and writes a JSON with every section and sane numbers.
It asserts shape, not speed (timings live in bench/, not in tests)."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str, Path]:
    out = tmp_path_factory.mktemp("bench")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARTIKELBOT_")}
    env |= {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke", "--out", str(out)],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads((out / "bench.json").read_text(encoding="utf-8")), done.stdout, out


@pytest.mark.slow
@pytest.mark.parametrize(
    "path",
    [
        "ingest.first_s",
        "ingest.passages_per_s",
        "ingest.raw_texts_per_s",
        "ingest.vs_raw",
        "retrieval.p50_ms",
        "retrieval.p95_ms",
        "extractive.p50_ms",
        "extractive.p95_ms",
        "cold.p50_s",
        "cold.peak_rss_mb",
        "scale.ingest_total_s",
        "scale.raw_sample.raw_texts_per_s",
    ],
)
def test_smoke_measures_are_positive(smoke, path):
    value = smoke[0]
    for key in path.split("."):
        value = value[key]
    assert isinstance(value, float | int) and value > 0, (path, value)


@pytest.mark.slow
@pytest.mark.parametrize("path", ["ingest.reingest_ratio", "scale.reingest_ratio", "retrieval.recall@5"])
def test_smoke_ratios_are_between_0_and_1(smoke, path):
    section, key = path.split(".")
    assert 0 <= smoke[0][section][key] <= 1


@pytest.mark.slow
def test_smoke_scale_grows_the_store_step_by_step(smoke):
    steps = smoke[0]["scale"]["steps"]
    assert [s["distractors"] for s in steps] == [0, 3, 6]
    assert [s["documents"] for s in steps] == [1, 4, 7]
    assert all(a["passages"] < b["passages"] for a, b in itertools.pairwise(steps))
    assert all(s["store_mb"] > 0 and 0 <= s["recall@5"] <= 1 for s in steps)
    assert (smoke[2] / "scale.png").stat().st_size > 1000


@pytest.mark.slow
def test_smoke_cold_ask_answers_without_torch(smoke):
    cold = smoke[0]["cold"]
    assert cold["imported"] == {"torch": False, "transformers": False, "gradio": False}
    assert cold["answer"]


@pytest.mark.slow
@pytest.mark.parametrize("section", ["model", "ui"])
def test_smoke_skips_the_slow_sections_and_says_so(smoke, section):
    assert smoke[0][section] == {"skipped": "--smoke"}


@pytest.mark.slow
def test_smoke_prints_the_table_with_a_verdict_per_target(smoke):
    table = smoke[1]
    assert "| measure | value | target | result |" in table
    assert "| `bot ask` extractive imports torch | no | no | pass |" in table
    rows = [line for line in table.splitlines() if line.startswith("| ") and ("≤" in line or "≥" in line)]
    assert rows and all(line.rstrip(" |").rsplit("| ", 1)[-1] in ("pass", "MISS", "n/a") for line in rows)
