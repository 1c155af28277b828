"""Latin-script names: spelling variants and the dominant spelling.

``DeepSeek``, ``Deepseek`` and ``deepseek`` are one name; so are ``GPT-3.5`` and ``GPT3.5``, and
``R1-Zero`` and ``R1-zero``. The key ignores case, hyphens, underscores and spaces; the spelling
the corpus uses most often is canonical.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

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


_VERSIONED = re.compile(r"^([A-Za-z]+?)(?:[-.]?\d|-[A-Za-z])")
_WORD = re.compile(r"\b[a-z]+\b")


def family(form: str) -> str:
    """The name a versioned spelling extends (``Qwen`` of ``Qwen2.5-Max`` and ``Qwen-Plus``,
    ``DeepSeek`` of ``DeepSeek-R1``), or "" when ``form`` is not a name with a version."""
    m = _VERSIONED.match(form)
    return m.group(1) if m and len(m.group(1)) >= 2 else ""


def english_words() -> frozenset[str]:
    """Lower-case English words of CC-CEDICT's common-word senses: a Latin word in this set
    (``model``, ``pro``, ``vision``) is ordinary English before it is a name."""
    return _english_words()


@cache
def _english_words() -> frozenset[str]:
    from glossary import dictionary
    from glossary.cache import cache_dir, dump_pickle, load_pickle

    try:
        tag = dictionary._cache_path().name
    except (ImportError, OSError):  # pragma: no cover - dictionary data missing
        return frozenset()
    path = cache_dir() / "english-words.pickle"
    words = load_pickle(path, tag)
    if isinstance(words, frozenset):
        return words
    found: set[str] = set()
    for rows in dictionary.load().by_word.values():
        for row in rows:
            if not row[2][:1].isupper():
                for sense in row[3]:
                    found.update(_WORD.findall(sense))
    words = frozenset(found)
    dump_pickle(path, tag, words)
    return words
