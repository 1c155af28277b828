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


def family(form: str) -> str:
    """The name a versioned spelling extends (``Qwen`` of ``Qwen2.5-Max`` and ``Qwen-Plus``,
    ``DeepSeek`` of ``DeepSeek-R1``), or "" when ``form`` is not a name with a version."""
    m = _VERSIONED.match(form)
    return m.group(1) if m and len(m.group(1)) >= 2 else ""


def english_word(word: str) -> bool:
    """``word`` (any case) is an ordinary English word, inflections included (Mechanisms,
    Trajectories, Undulating)."""
    w = word.lower()
    words = english_words()
    if w in words:
        return True
    stems = []
    if w.endswith("ies"):
        stems.append(w[:-3] + "y")
    if w.endswith("es"):
        stems.append(w[:-2])
    if w.endswith("s"):
        stems.append(w[:-1])
    if w.endswith(("ing", "ed")):
        base = w[:-3] if w.endswith("ing") else w[:-2]
        stems += [base, base + "e"]
    return any(len(s) >= 3 and s in words for s in stems)


def pinyin_syllable(word: str) -> bool:
    """``word`` is one toneless pinyin syllable (Chen, Liu, Li): written alone in Latin letters
    it is a part of a Chinese person's name, as in a list of authors."""
    return word.lower() in _syllables()


@cache
def _syllables() -> frozenset[str]:
    import unicodedata

    from pypinyin import pinyin_dict

    marked = {p for v in pinyin_dict.pinyin_dict.values() for p in v.split(",")}
    plain = set()
    for p in marked:
        letters = "".join(ch for ch in unicodedata.normalize("NFD", p)
                          if not unicodedata.combining(ch))
        if len(letters) >= 2:
            plain.add(letters)
    return frozenset(plain)


def english_words() -> frozenset[str]:
    """Lower-case English words of CC-CEDICT's senses: a Latin word in this set (``model``,
    ``pro``, ``vision``) is ordinary English before it is a name."""
    from glossary import dictionary

    try:
        return dictionary.load().english
    except (ImportError, OSError):  # pragma: no cover - dictionary data missing
        return frozenset()
