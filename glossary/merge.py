"""Ownership rules (SPEC "Ownership"): what `build` may write into an existing term file.

Everything above ``[mined]`` belongs to editors once a file exists and is kept byte for byte (their
comments, quoting and spacing included); ``build`` replaces the ``[mined]`` section alone. Matching a
mined candidate to an existing file uses any source form of the existing term.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from glossary.model import Mined, Term
from glossary.store import dumps, dumps_mined

_HEADER = re.compile(r"^[ \t]*\[", re.M)
_SLUG_SAFE = re.compile(r"[^a-z0-9]+")
SLUG_MAX = 60


def mined_section(mined: Mined) -> str:
    """The text of the ``[mined]`` section (with its ``[[mined.contexts]]``), as `dumps` writes it."""
    return dumps_mined(mined)


def editor_part(text: str) -> str | None:
    """The editors' part of a term file's text: everything before its first table header.

    Returns None when the file cannot be split that way (e.g. ``mined`` written as a dotted key or an
    inline table at the top level); the caller then re-serialises the whole file.
    """
    try:
        full = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    editor = {k: v for k, v in full.items() if k != "mined"}
    for m in _HEADER.finditer(text):
        prefix = text[: m.start()]
        try:
            if tomllib.loads(prefix) == editor:
                return prefix
        except tomllib.TOMLDecodeError:
            continue  # the bracket sits inside a multi-line string: not a header
    if "mined" not in full:
        return text
    return None


def render(term: Term, old_text: str | None) -> str:
    """The new text of a term file.

    A new file (``old_text`` None) is the whole serialised term. An existing file keeps its editors'
    part byte for byte and gets a fresh ``[mined]`` section (or none, if ``term.mined`` is None).
    """
    if old_text is None:
        return dumps(term)
    if term.mined is not None:
        section = mined_section(term.mined)
        if old_text.endswith("\n" + section):
            return old_text        # the file already ends with exactly this section
    prefix = editor_part(old_text)
    if prefix is None:
        return dumps(term)
    if term.mined is None:
        return prefix
    if prefix and not prefix.endswith("\n"):
        prefix += "\n"
    if prefix and not prefix.endswith("\n\n"):
        prefix += "\n"
    return prefix + mined_section(term.mined)


def with_mined(term: Term, mined: Mined | None) -> Term:
    """A copy of an existing term with its ``[mined]`` replaced; editor fields untouched."""
    return replace(term, mined=mined)


def drop(mined: Mined) -> Mined:
    """The ``[mined]`` of a term that no longer occurs: count and documents 0.

    Score, gloss evidence, suggestions and contexts are kept: they tell an editor what the term was
    and where it used to occur.
    """
    return replace(mined, count=0, documents=0)


class FormIndex:
    """Find the existing term file a candidate belongs to, by any source form."""

    def __init__(self, terms: Sequence[Term], simplify: Callable[[str], str] = lambda s: s) -> None:
        self._exact: dict[str, int] = {}
        self._folded: dict[str, int] = {}
        self._simplify = simplify
        for i, term in enumerate(terms):
            for form in term.forms():
                for key in (form, simplify(form)):
                    self._exact.setdefault(key, i)
                    self._folded.setdefault(key.casefold(), i)

    def find(self, forms: Iterable[str]) -> int | None:
        """Index of the first term matching any of forms (exact first, then ignoring case)."""
        forms = [f for f in forms if f]
        for table, fold in ((self._exact, False), (self._folded, True)):
            for form in forms:
                for key in (form, self._simplify(form)):
                    hit = table.get(key.casefold() if fold else key)
                    if hit is not None:
                        return hit
        return None


_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                       *(f"lpt{i}" for i in range(10))})


def safe_slug(raw: str, fallback: str = "term") -> str:
    """An ASCII file stem that cannot leave terms/: lowercase letters, digits and single hyphens
    (and not a name Windows reserves for devices, so the glossary can be checked out anywhere)."""
    slug = _SLUG_SAFE.sub("-", raw.lower()).strip("-")[:SLUG_MAX].strip("-")
    if slug in _RESERVED:
        slug += "-term"
    return slug or fallback


def unique_slug(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is free; ``taken`` holds the slugs in use,
    case-folded (file systems may ignore case) and the result is added to it."""
    slug, n = base, 1
    while slug.casefold() in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug.casefold())
    return slug
