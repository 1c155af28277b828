"""`glossary check`: compare English drafts with the glossary (and their Chinese originals).

Rules (SPEC "Check rules"):

- ``missing-term``: a term of the source (paragraph k when source and draft have as many
  paragraphs, else anywhere) has none of its accepted renderings in the aligned part of the draft.
  Error for approved terms, warning for candidates. A term with no English cannot be missing
  (there is nothing to expect); a Latin-script term (DeepSeek, GPT-4o) is its own rendering.
  A draft that uses a listed ``avoid`` rendering instead gets ``avoid-term`` only.
- ``avoid-term`` (error): a rendering listed in ``avoid`` is used. When the same words are also an
  accepted rendering of a term the source contains, they are taken as that rendering.
- ``wrong-case``: a proper name's rendering in other capitalisation (``Deepseek`` for
  ``DeepSeek``). Error for approved terms, warning for candidates. Capitalising the first letter at
  the start of a sentence, and word-initial capitals in headings or ALL-CAPS headlines, are fine.
  So that "apple juice" is not taken for Apple, an all-lower-case spelling only counts when the
  source contains the term; with a source, only terms the source contains are case-checked.
- ``untranslated`` (warning): Han characters left in the prose; names the glossary's English for
  the known terms inside, in either script.
- ``inconsistent`` (warning): one term rendered two accepted ways in one draft (with a source,
  only terms the source contains count).

English matching is by words: case-insensitive, hyphen/space/en-dash variants alike, regular plural,
possessive and verb forms of the last word accepted, a leading article optional, whole words only
(never across punctuation), the longest phrase first.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from glossary.draft import Block, Draft, read_draft
from glossary.errors import DraftError
from glossary.findings import Finding
from glossary.index import (ACCEPT, TermIndex, cased_words, decode, fold_english,
                            inflected_keys, load_index, rendering_words, word_keys, word_spans)
from glossary.source import Source, read_source

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_RUN = re.compile(rf"[{_HAN}](?:[{_HAN}\u3000-\u303f\uff00-\uffef·・]*[{_HAN}])?")
_SENTENCE_END = set(".!?:;\"“”'‘’([{—–-#>|*")


class Match(NamedTuple):
    """Words of a draft block that spell one or more glossary phrases."""

    block: int
    start: int
    end: int
    codes: tuple[int, ...]

    @property
    def entries(self) -> list[tuple[int, int, bool, int]]:
        """(term id, phrase index, inflected?, role) for each code."""
        return [decode(c) for c in self.codes]


def find_phrases(block: Block, bi: int, index: TermIndex) -> tuple[list[Match], list[str]]:
    """The leftmost-longest glossary phrases in a block, and the block's word keys."""
    folded = fold_english(block.text)
    keys = word_keys(folded)
    first_words, table = index.first_words, index.english
    n = len(keys)
    found: list[tuple[int, int, tuple[int, ...]]] = []
    i = 0
    while i < n:
        most = first_words.get(keys[i])
        if most:
            for length in range(min(most, n - i), 0, -1):
                codes = table.get(" ".join(keys[i:i + length]))
                if codes is not None:
                    found.append((i, length, codes))
                    i += length
                    break
            else:
                i += 1
        else:
            i += 1
    if not found:
        return [], keys
    spans = word_spans(folded)
    out = []
    for i, length, codes in found:
        end = spans[i + length - 1][1]
        if folded.endswith("'s", 0, end):
            end -= 2  # the possessive is not part of the phrase
        out.append(Match(bi, spans[i][0], end, codes))
    return out, keys


@lru_cache(maxsize=65536)
def rendering_forms(rendering: str) -> frozenset[str]:
    """A rendering's acceptable spellings for case comparison: its words as written (hyphens as
    spaces, leading article dropped) and with the last word regularly inflected."""
    base = rendering_words(rendering)
    if not base:
        return frozenset()
    return frozenset(inflected_keys(base))


def _sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence (or a block, list item, quotation...)."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _case_ok(surface: str, rendering: str, block: Block, start: int) -> bool:
    """Whether ``surface`` spells ``rendering`` in an acceptable capitalisation."""
    forms = rendering_forms(rendering)
    if surface in forms:
        return True
    if block.kind == "heading" or _sentence_start(block.text, start):
        # Capitalised first letter at a sentence start; Title Case or ALL CAPS in a heading.
        if surface[:1].isupper() and (surface[:1].lower() + surface[1:]) in forms:
            return True
        if block.kind == "heading":
            line_start = block.text.rfind("\n", 0, start) + 1
            line_end = block.text.find("\n", start)
            line = block.text[line_start:None if line_end < 0 else line_end]
            if not any(c.islower() for c in line):
                return True
            cap = lambda s: " ".join(w[:1].upper() + w[1:] for w in s.split(" "))  # noqa: E731
            if cap(surface) in {cap(f) for f in forms} and surface == cap(surface):
                return True
    return False


class DraftChecker:
    """Checks one draft against the index and (optionally) its source."""

    def __init__(self, draft: Draft, index: TermIndex, source: Source | None) -> None:
        self.draft, self.index, self.source = draft, index, source
        self.findings: set[Finding] = set()
        self.first_line: dict[int, int] = {}

    def add(self, block: Block, offset: int, rule: str, level: str, message: str,
            term: str = "", expected: str = "", source_line: int = 0) -> None:
        line, column = block.position(offset)
        self.findings.add(Finding(
            self.draft.path, line, column, rule, level, message, term, expected,
            self.source.path if self.source and source_line else "", source_line))

    def run(self) -> list[Finding]:
        draft, index, source = self.draft, self.index, self.source
        blocks = draft.blocks
        # Source side: term id -> first line, per source paragraph.
        src_terms: list[dict[int, int]] = []
        if source is not None:
            # Paragraphs align when the draft has as many as the source, counting its boilerplate
            # lines or not; terms in boilerplate are never required.
            paragraphs = [p for p in source.paragraphs
                          if len(source.paragraphs) == len(blocks) or not p.boilerplate]
            for para in paragraphs:
                found: dict[int, int] = {}
                if not para.boilerplate:
                    for _, _, tid in index.find_source_terms(para.text, analysed=True):
                        found.setdefault(tid, para.line)
                src_terms.append(found)
        self.first_line: dict[int, int] = {}
        for found in src_terms:
            for tid, line in found.items():
                self.first_line.setdefault(tid, line)
        in_source = set(self.first_line)
        # Draft side.
        matches: list[Match] = []
        words: list[list[str]] = []
        for bi, block in enumerate(blocks):
            longest, keys = find_phrases(block, bi, index)
            matches.extend(longest)
            words.append(keys)
        avoided: list[set[int]] = [set() for _ in blocks]
        usage: dict[int, list[tuple[int, Match]]] = {}
        for m in matches:
            self._judge(m, in_source, avoided, usage)
        self._inconsistent(usage)
        self._untranslated()
        if source is not None:
            self._missing(src_terms, matches, words, avoided)
        return sorted(self.findings, key=Finding.sort_key)

    # -- per match: avoid-term, wrong-case, usage for inconsistent ------------------------------
    def _judge(self, m: Match, in_source: set[int], avoided: list[set[int]],
               usage: dict[int, list[tuple[int, Match]]]) -> None:
        has_source = self.source is not None
        if self.index.special.isdisjoint(m.codes):  # common words, accepted: only count usage
            self._count(m, [(c >> 9, (c >> 2) & 0x7F) for c in m.codes], in_source, usage)
            return
        index, block = self.index, self.draft.blocks[m.block]
        text = " ".join(block.text[m.start:m.end].split())
        surface = cased_words(text)
        entries = m.entries
        accepts = [(tid, idx) for tid, idx, _, role in entries if role == ACCEPT]
        avoids = [(tid, idx) for tid, idx, _, role in entries if role != ACCEPT]
        # An avoided phrase as listed beats an accepted one only reached by inflection
        # ("open sourcing" avoided, "open source" accepted).
        plain_avoid = any(not infl for _, _, infl, role in entries if role != ACCEPT)
        rivals = [(tid, idx) for tid, idx, infl, role in entries
                  if role == ACCEPT and not (infl and plain_avoid)]
        exact = {tid for tid, idx in rivals
                 if surface in rendering_forms(index.terms[tid].renderings[idx])}
        if avoids and not exact and not (has_source and any(t in in_source for t, _ in rivals)):
            avoids.sort(key=lambda e: (e[0] not in in_source, e))
            tid, idx = avoids[0]
            t = index.terms[tid]
            msg = (f'{t.term} → "{t.english}", not "{text}"' if t.english
                   else f'"{text}" is listed under avoid for {t.term}')
            self.add(block, m.start, "avoid-term", "error", msg, t.term, t.english,
                     self.first_line.get(tid, 0))
            for tid, _ in avoids:
                avoided[m.block].add(tid)
            return
        if not accepts:
            return
        self._count(m, accepts, in_source, usage)
        if exact:
            return
        # wrong-case: proper-name renderings only, judged against the likeliest term
        candidates = sorted(accepts, key=lambda e: (e[0] not in in_source, e))
        for tid, idx in candidates:
            t = index.terms[tid]
            rendering = t.renderings[idx]
            if not t.proper(rendering):
                return  # a common word in any case is fine
            if has_source and tid not in in_source:
                continue
            if not has_source and surface == surface.lower():
                continue
            if _case_ok(surface, rendering, block, m.start):
                return
            self.add(block, m.start, "wrong-case", t.level,
                     f'{t.term} → "{rendering}", not "{text}"', t.term, rendering,
                     self.first_line.get(tid, 0))
            return

    def _count(self, m: Match, accepts: list[tuple[int, int]], in_source: set[int],
               usage: dict[int, list[tuple[int, Match]]]) -> None:
        """Record which rendering of which term a match uses (for inconsistent). Words accepted
        for several terms count for the one whose preferred English they are ("AI" is the term
        AI, not 人工智能 rendered by its alternative)."""
        counted = [(t, i) for t, i in accepts if self.source is None or t in in_source]
        preferred = [(t, i) for t, i in counted if i == 0]
        for tid, idx in preferred or counted:
            usage.setdefault(tid, []).append((idx, m))

    def _inconsistent(self, usage: dict[int, list[tuple[int, Match]]]) -> None:
        for tid, uses in usage.items():
            first: dict[int, Match] = {}
            previous = None
            for idx, m in sorted(uses, key=lambda u: (u[1].block, u[1].start)):
                # "artificial general intelligence (AGI)": a rendering glossed in parentheses
                # right after another is one use, not two.
                glossed = (previous is not None and previous.block == m.block and
                           self.draft.blocks[m.block].text[previous.end:m.start].strip() == "(")
                previous = m
                if not glossed:
                    first.setdefault(idx, m)
            if len(first) < 2:
                continue
            t = self.index.terms[tid]
            (idx0, m0), *others = first.items()
            line0, _ = self.draft.blocks[m0.block].position(m0.start)
            for idx, m in others:
                self.add(self.draft.blocks[m.block], m.start, "inconsistent", "warning",
                         f'{t.term} rendered as "{t.renderings[idx]}" here but as '
                         f'"{t.renderings[idx0]}" on line {line0}', t.term, t.english,
                         self.first_line.get(tid, 0))

    def _untranslated(self) -> None:
        index = self.index
        for block in self.draft.blocks:
            for run in _HAN_RUN.finditer(block.text):
                chinese = run.group()
                known = []
                for _, _, tid in index.find_source_terms(chinese):
                    t = index.terms[tid]
                    if t not in known:
                        known.append(t)
                shown = chinese if len(chinese) <= 24 else chinese[:23] + "…"
                named = [t for t in known if t.english]
                if len(known) == 1 and len(known[0].term) == len(chinese) and named:
                    msg = f'"{shown}" → "{named[0].english}"'
                elif named:
                    msg = f'"{shown}" (' + ", ".join(
                        f'{t.term} → "{t.english}"' for t in named) + ")"
                else:
                    msg = f'"{shown}"'
                term = known[0] if known else None
                self.add(block, run.start(), "untranslated", "warning",
                         "Chinese text left in the draft: " + msg,
                         term.term if term else "", term.english if term else "")

    def _missing(self, src_terms: list[dict[int, int]], matches: list[Match],
                 words: list[list[str]], avoided: list[set[int]]) -> None:
        blocks = self.draft.blocks or (Block("paragraph", 1, ""),)  # an empty draft misses all
        avoided = avoided or [set()]
        rendered: list[set[int]] = [set() for _ in blocks]
        for m in matches:
            for code in m.codes:
                if code & 1 == ACCEPT:
                    rendered[m.block].add(code >> 9)
        if len(src_terms) == len(blocks):
            units = [(found, [k]) for k, found in enumerate(src_terms)]
        else:
            merged: dict[int, int] = {}
            for found in src_terms:
                for tid, line in found.items():
                    merged.setdefault(tid, line)
            units = [(merged, list(range(len(blocks))))]
        for found, members in units:
            done = set().union(*(rendered[k] for k in members), *(avoided[k] for k in members))
            block = blocks[members[0]]
            spelled = None
            for tid, line in found.items():
                t = self.index.terms[tid]
                if not t.renderings or tid in done:
                    continue
                # nested inside a longer phrase ("large model arena" has "large model")
                if spelled is None:
                    spelled = "\n".join(" " + " ".join(words[k]) + " "
                                        for k in members if k < len(words))
                if any(f" {key} " in spelled for key in self.index.rendering_keys(tid)):
                    continue
                self.add(block, _first_word(block), "missing-term", t.level,
                         f'{t.term} → "{t.english}" (source line {line})', t.term, t.english, line)


def _first_word(block: Block) -> int:
    m = re.search(r"[^\W_]", block.text)
    return m.start() if m else 0


def check_draft(draft: Draft, index: TermIndex, source: Source | None = None) -> list[Finding]:
    """Every finding for one parsed draft, sorted by position."""
    return DraftChecker(draft, index, source).run()


def source_for(draft: Draft, explicit: str | Path | None) -> str | None:
    """The source path for a draft: ``explicit`` (--source) wins over the front matter, whose path
    is relative to the draft. A front-matter source that does not exist is a DraftError naming the
    draft's line."""
    if explicit is not None:
        return str(explicit)
    if not draft.source:
        return None
    path = os.path.normpath(os.path.join(os.path.dirname(draft.path), draft.source))
    if not os.path.isfile(path):
        raise DraftError(f"source file not found: {path}", draft.path,
                         draft.front_matter_lines.get("source"))
    return path


def check(drafts: Iterable[str | Path], terms_dir: str | Path, *,
          source: str | Path | None = None, use_cache: bool = True) -> list[Finding]:
    """Check each draft (with ``source`` or its front matter's original) against ``terms_dir``.

    Every input is read before anything is reported: a bad one raises a GlossaryError naming it.
    """
    index = load_index(terms_dir, use_cache=use_cache)
    sources: dict[str, Source] = {}
    findings: list[Finding] = []
    for path in dict.fromkeys(str(d) for d in drafts):  # a draft named twice is checked once
        draft = read_draft(path)
        src_path = source_for(draft, source)
        src = None
        if src_path is not None:
            if src_path not in sources:
                sources[src_path] = read_source(src_path)
            src = sources[src_path]
        findings.extend(check_draft(draft, index, src))
    return sorted(findings, key=Finding.sort_key)
