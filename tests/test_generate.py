"""Generator loading per backend, and the llama.cpp generator with the real test GGUF.

The OpenAI-compatible backend against a real server is in ``test_servers.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bot import generate
from bot.answer import Bot
from bot.errors import ModelError
from bot.records import Answer
from bot.settings import load_settings

EMPLOYEES = "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?"
SMOLLM2 = generate.resolve("smollm2-test", None)[0]
needs_llama = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed (extra [llamacpp])"
)


@pytest.mark.parametrize(
    ("backend", "model", "gguf", "expected"),
    [
        ("transformers", "Qwen/Qwen2.5-1.5B-Instruct", None, ("Qwen/Qwen2.5-1.5B-Instruct", None)),
        (
            "llamacpp",
            "Qwen/Qwen2.5-1.5B-Instruct",
            None,
            ("Qwen/Qwen2.5-1.5B-Instruct-GGUF", "qwen2.5-1.5b-instruct-q4_k_m.gguf"),
        ),
        ("llamacpp", "Qwen/Qwen2.5-1.5B-Instruct", "other.gguf", ("Qwen/Qwen2.5-1.5B-Instruct", "other.gguf")),
        ("llamacpp", "/models/tiny.Q8_0.gguf", None, ("/models", "tiny.Q8_0.gguf")),
        ("llamacpp", "smollm2-test", None, (SMOLLM2, generate.TEST_GGUF)),
        ("transformers", "smollm2-test", None, (SMOLLM2, generate.TEST_GGUF)),
        ("llamacpp", "some/repo-without-gguf", None, ("some/repo-without-gguf", None)),
    ],
)
def test_target_per_backend(backend: str, model: str, gguf: str | None, expected: tuple[str, str | None]) -> None:
    settings = load_settings(llm_backend=backend, llm_model=model, llm_gguf_file=gguf)
    assert generate.target(settings) == expected


@pytest.mark.parametrize(
    ("overrides", "available"),
    [
        ({"llm_backend": "llamacpp", "llm_model": "smollm2-test"}, True),
        ({"llm_backend": "llamacpp", "llm_model": "/nowhere/tiny.gguf"}, False),
        ({"llm_backend": "openai", "llm_base_url": "http://127.0.0.1:9/v1"}, True),  # configured: not probed
        ({"llm_backend": "openai"}, False),
    ],
)
def test_on_disk(overrides: dict[str, str], available: bool) -> None:
    assert generate.on_disk(load_settings(**overrides)) is available


@pytest.mark.parametrize(
    ("overrides", "line"),
    [
        (
            {"llm_backend": "openai"},
            "the openai backend needs a model server, and ARTIKELBOT_LLM_BASE_URL is not set"
            " – set it to the server's API root, e.g. http://127.0.0.1:8000/v1",
        ),
        (
            {"llm_backend": "llamacpp", "llm_model": "some/repo-without-gguf"},
            "the llamacpp backend needs a GGUF file, and 'some/repo-without-gguf' names none"
            " – set ARTIKELBOT_LLM_GGUF_FILE, or give a path to a .gguf file as the model",
        ),
        (
            {"llm_backend": "llamacpp", "llm_model": str(Path(SMOLLM2)), "llm_gguf_file": "missing.gguf"},
            f"GGUF file {str(Path(SMOLLM2) / 'missing.gguf')!r} not found – check ARTIKELBOT_LLM_GGUF_FILE",
        ),
    ],
)
def test_load_errors_are_one_line(overrides: dict[str, str], line: str) -> None:
    with pytest.raises(ModelError) as caught:
        generate.load(load_settings(**overrides))
    assert caught.value.line() == line


def test_api_key_is_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARTIKELBOT_LLM_API_KEY", "sk-secret-123")
    settings = load_settings()
    assert settings.llm_api_key is not None and settings.llm_api_key.get_secret_value() == "sk-secret-123"
    for shown in (str(settings), repr(settings), settings.model_dump_json(), str(settings.model_dump())):
        assert "sk-secret-123" not in shown


# --- llama.cpp with the real test GGUF ------------------------------------------


@pytest.fixture(scope="module")
def llama() -> generate.LlamaCppGenerator:
    generator = generate.load(load_settings(llm_backend="llamacpp", llm_model="smollm2-test"))
    assert isinstance(generator, generate.LlamaCppGenerator)
    return generator


@needs_llama
@pytest.mark.slow
def test_llamacpp_streams_with_the_ggufs_chat_template(llama: generate.LlamaCppGenerator) -> None:
    assert llama.name == "SmolLM2-135M-Instruct.Q4_1"
    template = llama.llm.metadata["tokenizer.chat_template"]
    assert "<|im_start|>" in template
    assert llama.llm.chat_format == "chat_template.default"  # the GGUF's own template, not a built-in guess
    messages = [{"role": "user", "content": "What is the capital of France? One word."}]
    pieces = list(llama.stream(messages, max_new_tokens=16))
    assert len(pieces) > 1 and all(isinstance(p, str) for p in pieces)
    assert "".join(pieces).strip()
    assert "<|im_end|>" not in "".join(pieces)


@needs_llama
@pytest.mark.slow
def test_llamacpp_answers_through_the_bot(seed_store, llama: generate.LlamaCppGenerator) -> None:
    settings = seed_store.settings.model_copy(
        update={"llm_backend": "llamacpp", "llm_model": "smollm2-test", "max_new_tokens": 48}
    )
    bot = Bot(settings, generator=llama)
    *streamed, answer = bot.ask(EMPLOYEES, mode="llm")
    assert isinstance(answer, Answer)
    assert (answer.mode, answer.model, answer.language) == ("llm", "SmolLM2-135M-Instruct.Q4_1", "de")
    assert "".join(p for p in streamed if isinstance(p, str)).strip() == answer.text
    assert answer.retrieved and answer.timings["first_token_ms"] > 0


@needs_llama
@pytest.mark.slow
def test_llamacpp_loads_lazily_in_auto_mode(seed_store) -> None:
    settings = seed_store.settings.model_copy(
        update={"llm_backend": "llamacpp", "llm_model": "smollm2-test", "max_new_tokens": 24}
    )
    bot = Bot(settings)
    assert bot.model_name("auto") == "smollm2-test"
    generator = bot.generator(required=False)  # what `auto` mode calls before generating
    assert isinstance(generator, generate.LlamaCppGenerator)
    assert bot.model_name("auto") == generator.name == "SmolLM2-135M-Instruct.Q4_1"


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({}, "Qwen/Qwen2.5-1.5B-Instruct ist nicht heruntergeladen"),
        (
            {"llm_backend": "llamacpp"},
            "Qwen/Qwen2.5-1.5B-Instruct-GGUF/qwen2.5-1.5b-instruct-q4_k_m.gguf ist nicht heruntergeladen",
        ),
        ({"llm_backend": "openai"}, "kein Modellserver eingestellt (ARTIKELBOT_LLM_BASE_URL)"),
    ],
)
def test_fallback_note_names_what_is_missing_in_the_answer_s_language(
    seed_store, overrides: dict[str, str], reason: str
) -> None:
    bot = Bot(seed_store.settings.model_copy(update=overrides))
    answer = bot.answer(EMPLOYEES, mode="auto")
    assert answer.mode == "extractive"
    assert f"Kein Sprachmodell verfügbar ({reason}); Antwort aus Zitaten." in answer.notes


def test_a_model_server_that_failed_is_tried_again(seed_store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Auto mode: a server down at start is retried after SERVER_RETRY_S; a local model that failed is not."""
    from bot import answer as answer_module

    calls: list[str] = []
    outcome: list[object] = [ModelError("model server at http://127.0.0.1:9/v1 did not answer", "start it")]

    def load(settings: object) -> object:
        calls.append("load")
        if isinstance(outcome[0], ModelError):
            raise outcome[0]
        return outcome[0]

    monkeypatch.setattr(generate, "load", load)
    served = seed_store.settings.model_copy(update={"llm_backend": "openai", "llm_base_url": "http://127.0.0.1:9/v1"})
    bot = Bot(served)
    assert bot.generator(required=False) is None and calls == ["load"]
    assert bot.generator(required=False) is None and calls == ["load"]  # within the wait: not tried again
    sentinel = object()
    outcome[0] = sentinel
    bot._failed_at -= answer_module.SERVER_RETRY_S + 1
    assert bot.generator(required=False) is sentinel and calls == ["load", "load"]
    assert bot._generator_error is None

    calls.clear()
    outcome[0] = ModelError("SmolLM2 could not be loaded (OSError)", "download it again")
    local = Bot(seed_store.settings.model_copy(update={"llm_model": "smollm2-test"}))
    assert local.generator(required=False) is None
    local._failed_at -= answer_module.SERVER_RETRY_S + 1
    assert local.generator(required=False) is None and calls == ["load"]
