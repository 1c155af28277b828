"""`glossary build`: corpus → mine → pinyin and English → merge with the editors' files → write.

All term files are read and validated before anything is written; writes are atomic and happen under
the lock on terms/; a file whose bytes would not change is not touched.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from glossary import dictionary, merge
from glossary.contexts import line_table, pick_contexts
from glossary.lock import check_writable, locked, remove_stale_temporaries
from glossary.model import KINDS, Candidate, Gloss, Mined, Occurrence, Term
from glossary.store import AtomicBatch, parse, term_paths
from glossary.schema import decode
from glossary.errors import TermFileError
from glossary.workers import can_fork, fork_pool, long_lived

Progress = Callable[[str, int, int], None]   # (stage, done, total)
Warn = Callable[[str], None]


@dataclass(frozen=True)
class Change:
    """One term file touched (or that would be touched) by a build."""

    slug: str
    term: str
    count: int = 0                 # occurrences now
    previous: int | None = None    # occurrences recorded before this build (None: not recorded)


@dataclass(frozen=True)
class BuildReport:
    documents: int
    characters: int
    terms: int                                   # term files in terms/ after the build
    new: tuple[Change, ...] = ()
    updated: tuple[Change, ...] = ()
    unchanged: tuple[Change, ...] = ()
    dropped: tuple[Change, ...] = ()             # occurred before, count 0 now
    warnings: tuple[str, ...] = ()
    dry_run: bool = False

    def summary(self) -> str:
        verb = "would build" if self.dry_run else "built"
        docs = "document" if self.documents == 1 else "documents"
        return (f"{verb} {self.documents:,} {docs} ({self.characters:,} characters): "
                f"{self.terms:,} terms, {len(self.new):,} new, {len(self.updated):,} updated, "
                f"{len(self.unchanged):,} unchanged, {len(self.dropped):,} dropped")


@dataclass(frozen=True)
class Pipeline:
    """The stages `build_terms` calls; `Pipeline.default()` wires the real modules."""

    read_corpus: Callable[..., list]                       # (root, *, warn, jobs) -> [Document]
    mine: Callable[..., list[Candidate]]                   # (docs, *, min_count, user_words, aliases, jobs)
    glosser: Callable[[list], Any]                         # docs -> object with .gloss(candidate)
    term_pinyin: Callable[[str, str, str], str]             # (term, kind, english) -> pinyin
    slug: Callable[[str, str], str]
    to_simplified: Callable[[str], str]
    to_traditional: Callable[[str], str]
    normalize_width: Callable[[str], str] = field(default=lambda s: s)

    @classmethod
    def default(cls) -> Pipeline:
        from glossary import corpus, gloss, mine, pinyin, script

        return cls(read_corpus=corpus.read_corpus, mine=mine.mine, glosser=gloss.Glosser,
                   term_pinyin=pinyin.term_pinyin, slug=pinyin.slug,
                   to_simplified=script.to_simplified, to_traditional=script.to_traditional,
                   normalize_width=script.normalize_width)


@dataclass
class _Existing:
    path: Path
    text: str
    term: Term


@dataclass
class _Planned:
    slug: str
    term: str
    text: str
    old_text: str | None
    kind: str          # new | updated | unchanged | dropped
    count: int = 0
    previous: int | None = None


def load_existing(terms_dir: Path) -> list[_Existing]:
    """Every term file, parsed and validated; the first bad one raises TermFileError."""
    from glossary.termcache import load_terms_cached

    parsed = {t.slug: t for t in load_terms_cached(terms_dir)}  # parses only files that changed
    found = []
    for path in term_paths(terms_dir):
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise TermFileError(f"cannot read: {exc.strerror}", path) from None
        text, problems = decode(raw, path)   # drops a byte-order mark, as store.read_term does
        if text is None:
            raise problems[0].error()
        term = parsed.get(path.stem)
        found.append(_Existing(path, text, term if term is not None else parse(text, path)))
    return found


def _spelling_key(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def editor_words(terms: Iterable[Term], simplify: Callable[[str], str]
                 ) -> tuple[tuple[str, ...], dict[str, str]]:
    """What editors tell the miner: words to segment whole and variant spellings → their term.

    ``user_words``: approved terms and terms an editor wrote by hand (no ``[mined]``), with their
    variants. ``aliases``: every variant (simplified) of every term → that term, except spellings
    that differ from the term only in case, spaces or hyphens: the miner merges those by itself,
    and feeding back the variants a build recorded must not change what the next build mines.
    """
    words: dict[str, None] = {}
    aliases: dict[str, str] = {}
    for t in terms:
        canon = simplify(t.term)
        if t.status == "approved" or (t.mined is None and t.status != "rejected"):
            for form in (canon, *map(simplify, t.variants)):
                words.setdefault(form, None)
        for variant in t.variants:
            v = simplify(variant)
            if v and _spelling_key(v) != _spelling_key(canon):
                aliases.setdefault(v, canon)
    return tuple(words), aliases


def _combine(cands: Sequence[Candidate]) -> Candidate:
    """Several candidates that belong to one existing term, counted as one."""
    if len(cands) == 1:
        return cands[0]
    forms: dict[str, int] = {}
    occurrences: list[Occurrence] = []
    for c in cands:
        for form, n in c.forms.items():
            forms[form] = forms.get(form, 0) + n
        occurrences.extend(c.occurrences)
    docs = len({o.document for o in occurrences}) or max(c.documents for c in cands)
    first = cands[0]
    return Candidate(term=first.term, forms=forms, count=sum(c.count for c in cands), documents=docs,
                     score=max(c.score for c in cands), kind=first.kind, occurrences=occurrences)


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def count_forms(terms: Sequence[Term], docs: Sequence, normalize: Callable[[str], str]
                ) -> dict[int, Candidate]:
    """Occurrences of existing terms the miner did not propose, found by direct search.

    Searches ``Line.text`` of non-boilerplate lines for every source form (normalised as the text
    is); Latin forms must stand alone (not inside a longer Latin word). Returns index → Candidate for
    the terms that occur.
    """
    import ahocorasick

    automaton = ahocorasick.Automaton()
    patterns: dict[str, list[int]] = {}
    for i, term in enumerate(terms):
        for form in term.forms():
            key = normalize(form)
            if key:
                patterns.setdefault(key, [])
                if i not in patterns[key]:
                    patterns[key].append(i)
    if not patterns:
        return {}
    for key, owners in patterns.items():
        automaton.add_word(key, (key, owners))
    automaton.make_automaton()

    spans: dict[int, list[tuple[str, int, int, int]]] = {}
    for doc in docs:
        for line in doc.lines:
            if line.boilerplate:
                continue
            text = line.text
            for end, (key, owners) in automaton.iter(text):
                start = end - len(key) + 1
                stop = end + 1
                if _is_latin(key[0]) and start > 0 and _is_latin(text[start - 1]):
                    continue
                if _is_latin(key[-1]) and stop < len(text) and _is_latin(text[stop]):
                    continue
                for owner in owners:
                    spans.setdefault(owner, []).append((doc.name, line.number, start, stop))

    lines = line_table(docs)
    found: dict[int, Candidate] = {}
    for owner, hits in spans.items():
        hits.sort(key=lambda h: (h[0], h[1], h[2], -h[3]))
        kept: list[Occurrence] = []
        for name, number, start, stop in hits:
            last = kept[-1] if kept else None
            if last and last.document == name and last.line == number and start < last.end:
                continue  # overlaps a longer form already counted here
            kept.append(Occurrence(name, number, start, stop))
        forms: dict[str, int] = {}
        for occ in kept:
            surface = lines[(occ.document, occ.line)].display[occ.start:occ.end]
            forms[surface] = forms.get(surface, 0) + 1
        term = terms[owner]
        found[owner] = Candidate(term=term.term, forms=forms, count=len(kept),
                                 documents=len({o.document for o in kept}), score=0.0,
                                 kind=term.kind, occurrences=kept)
    return found


def script_forms(cand: Candidate, simplify: Callable[[str], str],
                 traditionalize: Callable[[str], str]) -> tuple[str, list[str]]:
    """(traditional, variants) of a candidate from the spellings seen in the corpus.

    Traditional: the most frequent seen spelling that is the traditional script of the term, else
    OpenCC's conversion. Variants: every other seen spelling, most frequent first.
    """
    ranked = sorted(cand.forms.items(), key=lambda kv: (-kv[1], kv[0]))
    traditional = next((f for f, _ in ranked
                        if f != cand.term and f != simplify(f) and simplify(f) == cand.term), None)
    if traditional is None:
        traditional = traditionalize(cand.term)
    variants = [f for f, _ in ranked if f not in (cand.term, traditional)]
    return traditional, variants


def mined_record(cand: Candidate, gloss: Gloss, lines: dict) -> Mined:
    suggestions = list(dict.fromkeys(s for s in (*gloss.suggestions,) if s))
    if gloss.english and gloss.english not in suggestions:
        suggestions.insert(0, gloss.english)
    return Mined(count=cand.count, documents=cand.documents, score=float(cand.score),
                 gloss_source=gloss.source, gloss_confidence=float(gloss.confidence),
                 suggestions=suggestions, contexts=pick_contexts(cand.occurrences, lines))


def build_terms(corpus: str | Path, terms_dir: str | Path, *, min_count: int = 2, jobs: int = 1,
                dry_run: bool = False, progress: Progress | None = None, warn: Warn | None = None,
                pipeline: Pipeline | None = None) -> BuildReport:
    """Mine ``corpus`` and create or refresh the term files in ``terms_dir`` (see module doc).

    ``warn`` receives each warning as it happens (skipped corpus files); they are also returned in
    the report. ``progress(stage, done, total)`` is called as stages advance. With ``dry_run``
    nothing is written, not even the lock.
    """
    pipeline = pipeline or Pipeline.default()
    terms_dir = Path(terms_dir)
    dictionary.prepare()        # a first run builds the dictionary's index while it reads
    warnings: list[str] = []

    def _warn(message: str) -> None:
        warnings.append(message)
        if warn is not None:
            warn(message)

    def _progress(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    if terms_dir.exists() and not terms_dir.is_dir():
        raise TermFileError("not a directory", terms_dir)
    guard = contextlib.nullcontext() if dry_run else locked(terms_dir)
    with guard:
        if not dry_run:
            removed = remove_stale_temporaries(terms_dir)
            if removed:
                _warn(f"{terms_dir}/: removed {len(removed)} temporary file(s) left by an "
                      "interrupted build")
        # Changed files go to temporaries as soon as their text is known (while worker
        # processes still describe the next terms); all are renamed into place at the end.
        batch = None if dry_run else AtomicBatch()

        def emit(p: _Planned) -> None:
            if batch is not None and p.text != p.old_text:
                if not len(batch):
                    check_writable(terms_dir)
                batch.add(terms_dir / f"{p.slug}.toml", p.text)

        try:
            with long_lived() as settle:
                existing = load_existing(terms_dir)
                docs = pipeline.read_corpus(Path(corpus), warn=_warn, jobs=jobs)
                settle()
                planned = _plan(docs, existing, terms_dir, pipeline, min_count, jobs, _progress,
                                settle, emit)
                if batch is not None:
                    batch.commit(lambda done, total: _progress("writing", done, total))
                # Still inside the block, the report, and the corpus and plan let go: once the
                # block ends, a full collection walks whatever is still alive.
                settle()
                report = _report(docs, planned, warnings, dry_run)
                del docs, planned, existing
        except BaseException:
            if batch is not None:
                batch.abort()
            raise
    return report


def _report(docs: list, planned: list[_Planned], warnings: list[str], dry_run: bool
            ) -> BuildReport:
    def pick(kind: str) -> tuple[Change, ...]:
        return tuple(Change(p.slug, p.term, p.count, p.previous) for p in planned if p.kind == kind)

    return BuildReport(documents=len(docs), characters=sum(d.chars for d in docs),
                       terms=len(planned), new=pick("new"), updated=pick("updated"),
                       unchanged=pick("unchanged"), dropped=pick("dropped"),
                       warnings=tuple(warnings), dry_run=dry_run)


def _plan(docs: list, existing: list[_Existing], terms_dir: Path, pipeline: Pipeline,
          min_count: int, jobs: int, progress: Progress,
          settle: Callable[[], None] = lambda: None,
          emit: Callable[[_Planned], None] = lambda p: None) -> list[_Planned]:
    """Every term file's new text, in order (existing files, then new terms); ``emit`` receives
    each as soon as it is known."""
    simplify = pipeline.to_simplified
    normalize = lambda s: pipeline.normalize_width(simplify(s))  # noqa: E731
    terms = [e.term for e in existing]
    user_words, aliases = editor_words(terms, normalize)
    progress("mining", 0, 1)
    candidates = pipeline.mine(docs, min_count=min_count, user_words=user_words, aliases=aliases,
                               jobs=jobs)
    progress("mining", 1, 1)
    settle()

    index = merge.FormIndex(terms, simplify)
    matched: dict[int, list[Candidate]] = {}
    unmatched: dict[str, list[Candidate]] = {}
    for cand in candidates:
        if not cand.term.strip():
            continue
        hit = index.find([cand.term, *cand.forms])
        if hit is None:
            unmatched.setdefault(cand.term, []).append(cand)
        else:
            matched.setdefault(hit, []).append(cand)
    found = {i: _combine(c) for i, c in matched.items()}
    fresh = [_combine(c) for c in unmatched.values()]
    absent = [i for i in range(len(terms)) if i not in found]
    scanned = count_forms([terms[i] for i in absent], docs, normalize)
    for k, cand in scanned.items():
        found[absent[k]] = cand

    lines = line_table(docs)
    glosser = pipeline.glosser(docs) if (fresh or found) else None
    fresh.sort(key=lambda c: (-c.count, c.term))
    work = [(found[i], existing[i]) for i in sorted(found)] + [(c, None) for c in fresh]
    planned: list[_Planned] = []
    with contextlib.closing(_describe_all(work, pipeline, glosser, lines, jobs, progress)
                            ) as described:
        for i, old in enumerate(existing):
            prev = old.term.mined
            if i in found:
                text, _ = next(described)
                kind, count = "updated", found[i].count
            else:
                mined, kind = ((merge.drop(prev), "dropped") if prev and prev.count
                               else (prev, "unchanged"))
                text = merge.render(merge.with_mined(old.term, mined), old.text)
                count = 0
            if text == old.text:
                kind = "unchanged"
            planned.append(_Planned(old.term.slug, old.term.term, text, old.text, kind, count,
                                    prev.count if prev else None))
            emit(planned[-1])

        taken = {e.term.slug.casefold() for e in existing}
        for cand in fresh:
            text, slug = next(described)
            slug = merge.unique_slug(slug, taken)
            planned.append(_Planned(slug, cand.term, text, None, "new", cand.count))
            emit(planned[-1])
    return planned


# Set for the duration of _describe_all so that forked workers inherit it instead of receiving
# candidates, the glosser and the line table by pickle.
_WORK: tuple | None = None
_WARM = 16               # items described before forking workers (see _describe_all)
PARALLEL_TERMS = 200     # below this many terms to describe, one process is faster than several


def _describe(i: int) -> tuple[str, str | None]:
    """The new text of work item i's file, and for a new term its slug (not yet made unique)."""
    pipeline, glosser, lines, work = _WORK
    cand, old = work[i]
    gloss = glosser.gloss(cand)
    mined = mined_record(cand, gloss, lines)
    if old is not None:
        return merge.render(merge.with_mined(old.term, mined), old.text), None
    kind = cand.kind if cand.kind in KINDS else "other"
    traditional, variants = script_forms(cand, pipeline.to_simplified, pipeline.to_traditional)
    term = Term(term=cand.term, traditional=traditional, variants=variants,
                pinyin=pipeline.term_pinyin(cand.term, kind, gloss.english), english=gloss.english, kind=kind,
                status="candidate", note="", mined=mined)
    return merge.render(term, None), merge.safe_slug(pipeline.slug(cand.term, kind))


def _describe_all(work: list[tuple[Candidate, _Existing | None]], pipeline: Pipeline,
                  glosser: Any, lines: dict, jobs: int, progress: Progress
                  ) -> Iterator[tuple[str, str | None]]:
    """Gloss, romanise, pick contexts and render every work item, yielded in order as each is
    done; across ``jobs`` forked processes when there is enough work and the platform can fork."""
    global _WORK
    _WORK = (pipeline, glosser, lines, work)
    total = len(work)
    try:
        if not (jobs > 1 and total >= PARALLEL_TERMS and can_fork()):
            for i in range(total):
                yield _describe(i)
                progress("glossing", i + 1, total)
            return
        # The first items here, before the fork: the lazy loads (dictionary, readings,
        # segmenter) happen once and the workers inherit them warm.
        warm = min(_WARM, total)
        for i in range(warm):
            yield _describe(i)
        prepare = getattr(glosser, "prepare", None)
        if prepare is not None:
            prepare()       # tables the first items did not need yet: built once, not per worker
        with fork_pool(jobs) as pool:
            for done, result in enumerate(pool.imap(_describe, range(warm, total),
                                                    chunksize=64), warm + 1):
                yield result
                progress("glossing", done, total)
    finally:
        _WORK = None
