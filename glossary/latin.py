"""Latin-script names: spelling variants and the dominant spelling.

``DeepSeek``, ``Deepseek`` and ``deepseek`` are one name; so are ``GPT-3.5`` and ``GPT3.5``, and
``R1-Zero`` and ``R1-zero``. The key ignores case, hyphens, underscores and spaces; the spelling
the corpus uses most often is canonical.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_SEPARATORS = re.compile(r"[-_\s]+")
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """Lower-case ASCII letters only, so the result has exactly the length of ``text``."""
    return text.translate(_LOWER)


def variant_key(form: str) -> str:
    """The key two spellings of one name share: ASCII-lower-cased, separators removed."""
    return _SEPARATORS.sub("", ascii_lower(form))


def dominant(forms: Mapping[str, int]) -> str:
    """The canonical spelling among ``forms`` (spelling -> count).

    Most frequent first; on a tie, the spelling with more capitals (``ChatGPT`` over ``chatgpt``),
    then more separators (``GPT-3.5`` over ``GPT3.5``), then the alphabetically first.
    """
    def rank(form: str) -> tuple[int, int, int, str]:
        capitals = sum(ch.isupper() for ch in form)
        separators = len(_SEPARATORS.findall(form))
        return (-forms[form], -capitals, -separators, form)

    return min(forms, key=rank)
