"""The term miner: recurring names and jargon of a corpus, with counts, spellings and places.

It reads the analysis text (width-unified, simplified) of the non-boilerplate lines:

1. Segment every line with jieba-rs and count segments and adjacent pairs. A line repeated
   verbatim counts once, so a paragraph printed twice does not look like a set phrase. An
   unknown word cut whole in one place and glued to a neighbour in another (醒骨纱 / 穿醒|骨纱)
   is cut whole everywhere (``glossary.resegment``).
2. Phrase finder. A pair of segments is *cohesive* when it recurs and one side nearly always
   comes with the other (the larger conditional probability), or, for frequent pairs, when its
   normalised PMI is high (新能源/车). Runs of cohesive pairs give phrase candidates
   (深度/求索, 萝卜/快/跑, 斯/普特/尼克, 智谱/AI, 帕米/·/奥尔森); every sub-run is counted with its
   neighbours (boundary variety). Edges are checked: a general word at an edge must belong to the
   rest, titles and reporting verbs never do, numbers never start a phrase, place words never
   end one (脸书|书上). A specific word before a *category noun* (a noun that heads many of the
   dictionary's compounds: 模型, 企业, 公司) is joined to it even when both are too frequent to
   look cohesive (开源/模型, 文心/大/模型), and keeps its own occurrences.
   Two general words make a set phrase when the first nearly always comes before the second
   (超级/工厂), and segments CC-CEDICT knows as one word are one (策展/人, 元/宇宙); a profession
   before a name (艺术家/杨沛/铿) is not part of it.
   Quoted coinages (“六小虎”, 《…》) are candidates by the author's own marking; a one-word title
   the text mostly uses as an everyday word (《生活》) is not. A title may hold a comma
   (《你好，李焕英》); a quoted stretch with grammatical words or longer than a coinage is a name
   when quoted the same way three times (“艺术就是身份”), and its words keep their counts.
3. Single segments are candidates when they are not general vocabulary: unknown to jieba's
   dictionary, a proper noun, or used far more often than the dictionary's frequency predicts;
   a dictionary entry that is only general words in a row (美国市场) does not count as known,
   and a two-character segment whose characters mostly stand alone is a segmentation accident
   (人多, 出店). Latin names pool their spellings, versions written with a space included
   (Grok 3, Grok-3); a name its mined versions extend is a term with their stems counted
   (Qwen: Qwen2.5-Max), unless it is an ordinary English word (Model 3).
4. Every candidate is found in every line as a run of whole segments (ASCII case ignored);
   longer terms take their spans first, and a candidate left with fewer than ``min_count``
   spans is a fragment of longer terms (普特 in 斯普特尼克) or too rare, and is dropped. Latin
   spellings that differ only in case or hyphens are one term under the dominant spelling;
   traditional and simplified spellings are one term (the analysis text is simplified), and
   ``forms`` records the original spellings.

   Names inside longer names are kept too (复旦大学 in 复旦大学计算机科学技术学院), and a
   Chinese term the author glosses with a Latin abbreviation is a candidate (通用人工智能(AGI)).
5. Kinds come from ``glossary.kind`` (dictionary senses, suffixes, neighbours), then from the
   corpus: what owns a name (谷歌Waymo: a product; 马斯克的xAI: an organisation), the full name a
   short form begins (字节 → 字节跳动), and the lists a term is named in.
6. ``glossary.score``: the score (0..1) is a logistic combination of the evidence
   (``FEATURES``: specificity, cohesion, boundaries, frequency, spread, dictionary status, kind,
   category head, Latin-fragment shape) with weights fitted to editors' judgements
   (``benchmarks/calibrate.py``); candidates scoring under ``THRESHOLD`` are not proposed,
   editors' own terms always are. Neither are pieces of text a score cannot see: English text or
   romanised names inside it (Pro of Gemini 2.5 Pro, Chen in a list of references), parts of
   addresses, caption labels (《…》剧照) and, on large corpora, everyday words spread thinly over
   many documents (去做, 极具).

This module drives the passes (in forked workers on a large corpus) and kinds, scores and
describes the candidates. The passes live in ``glossary.counts`` (1: segments and counts),
``glossary.phrases`` (2: the phrase finder), ``glossary.vocabulary`` (general vocabulary,
``Judge``), ``glossary.candidates`` and ``glossary.marked`` (3: candidates from the counts and
those the author marks) and ``glossary.matching`` (4: finding candidates in lines, merging
spellings).
"""

from __future__ import annotations

import functools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from typing import TYPE_CHECKING

from glossary import kind as kinds
from glossary import score
from glossary.candidates import (Found, phrase_candidates, single_candidates, spaced_versions,
                                 with_versions)
from glossary.counts import SEP, Classes, count_pairs, count_segments, segment, unique_lines
from glossary.latin import ascii_lower, dominant, variant_key
from glossary.marked import (_glossed, _quoted, glossed_candidates, initialled_names,
                             quoted_candidates)
from glossary.matching import Matcher, merge, quality, specific_word, used_alone
from glossary.model import Candidate, Occurrence
from glossary.phrases import _head_pairs, _kind_pairs, _phrases, cohesive_pairs, dictionary_pairs
from glossary.resegment import glued_lines, segment_counts, unknown_words
from glossary.score import THRESHOLD
from glossary.score import termhood as _termhood
from glossary.script import normalize_width, to_simplified
from glossary.segment import HAN, PREDICATIVE_POS, background, segmenter, token_class
from glossary.vocabulary import Judge
from glossary.workers import Aside, acyclic, can_fork, fork_pool

if TYPE_CHECKING:  # pragma: no cover
    from glossary.corpus import Document



# ---------------------------------------------------------------------------------------------
# the candidates that need no pair counts, and the process pool


_SHARED: tuple = ()     # what forked workers inherit instead of receiving it pickled


def _other_candidates(uni: Counter, classes: "Classes", judge: "Judge", min_count: int,
                      joined: Sequence[str], texts: Sequence[str], seg_words: tuple[str, ...]
                      ) -> tuple[list["Found"], list["Found"], list["Found"]]:
    """The candidates that need no pair counts: single segments, quoted names, and Chinese
    terms glossed with a Latin abbreviation."""
    seg = segmenter(seg_words)
    single = single_candidates(uni, classes, judge, min_count, spaced_versions(joined))
    single += initialled_names(texts, min_count)
    quoted = quoted_candidates(_quoted(texts), seg, classes, judge, uni)
    glossed = glossed_candidates(_glossed(texts, seg, classes, judge), seg, classes, judge, uni)
    return single, quoted, glossed


PARALLEL_LINES = 20000       # below this many lines, one process is faster than several


def _pool(jobs: int, work: int):
    """A process-pool factory for ``jobs`` forked workers, or None when one process is better:
    small corpora, or no ``fork`` (spawning re-imports everything and costs more than it saves)."""
    if jobs <= 1 or work < PARALLEL_LINES or not can_fork():
        return None
    return fork_pool


# ---------------------------------------------------------------------------------------------
# pass 4: occurrences


def _matches(part: tuple[int, int]) -> list[tuple[int, int, int, int, int, int]]:
    """Every match in lines part[0]:part[1] as (candidate, line, first segment, end segment,
    start offset, end offset); a forked worker's share of ``_locate``."""
    matcher, joined = _SHARED
    line = matcher.line
    return [(c, u, i, j, start, end) for u in range(part[0], part[1])
            for c, i, j, start, end in line(joined[u])]


def _locate(found: list[Found], joined: list[str], minimum: Callable[[Found], int],
            nested: Callable[[Found], bool] = lambda f: False, jobs: int = 1) -> tuple[list[Found], list[list[tuple[int, int, int]]]]:
    """Find every candidate in every line; longer terms take their spans first.

    Candidates are taken longest first; each keeps the matches that no longer term has taken
    (a specific word kept on its own also keeps those where it ends a longer term:
    ``specific_word``),
    and is dropped if fewer than ``minimum`` remain (a fragment like 普特 inside 斯普特尼克), its
    matches then going back to shorter terms. Returns the kept candidates and, per kept
    candidate, its matches as (line index, start, end).
    """
    global _SHARED
    matcher = Matcher(found)
    by_candidate: dict[int, list[tuple[int, int, int, int, int]]] = defaultdict(list)
    pool = _pool(jobs, len(joined))
    if matcher and pool is None:
        for u, tokens in enumerate(joined):
            for c, i, j, start, end in matcher.line(tokens):
                by_candidate[c].append((u, i, j, start, end))
    elif matcher:
        _SHARED = (matcher, joined)
        try:
            with pool(jobs) as workers:
                for part in workers.imap(_matches, _shares(len(joined), jobs)):
                    for c, u, i, j, start, end in part:
                        by_candidate[c].append((u, i, j, start, end))
        finally:
            _SHARED = ()
    order = sorted(by_candidate, key=lambda c: (-len(found[c].term), -quality(found[c]),
                                                 found[c].term))
    taken: dict[int, set[int]] = defaultdict(set)
    inside: dict[int, list[tuple[int, int]]] = defaultdict(list)   # open names' segment spans
    heads: dict[int, list[tuple[int, int]]] = defaultdict(list)    # kept phrases' segment spans
    kept_patterns: set[str] = set()
    kept: list[Found] = []
    spans: list[list[tuple[int, int, int]]] = []
    for c in order:
        free = []
        for match in by_candidate[c]:
            u, i, j = match[0], match[1], match[2]
            line_taken = taken[u]
            if j - i == 1:                       # most matches are one segment
                if i not in line_taken:
                    free.append(match)
                    line_taken.add(i)            # also keeps one term's own matches apart
            elif line_taken.isdisjoint(range(i, j)):
                free.append(match)
                line_taken.update(range(i, j))
        outside = free
        if inside:               # a quoted name's words count there, but are terms only outside
            outside = [m for m in free if not any(i <= m[1] and m[2] <= j for i, j in inside[m[0]])]
        if len(free) >= minimum(found[c]) and len(outside) >= minimum(found[c]):
            kept.append(found[c])
            kept_patterns.update(found[c].patterns)
            if specific_word(found[c]):         # also where it ends a longer term
                free = free + [m for m in by_candidate[c] if m not in free and any(
                    j == m[2] and i < m[1] for i, j in heads[m[0]])]
            else:
                for u, i, j, _, _ in free:
                    if j - i > 1:
                        heads[u].append((i, j))
            spans.append([(u, start, end) for u, _, _, start, end in free])
            if found[c].open:                    # its words keep their occurrences
                for u, i, j, _, _ in free:
                    taken[u].difference_update(range(i, j))
                    inside[u].append((i, j))
            continue
        for u, i, j, _, _ in free:
            taken[u].difference_update(range(i, j))
        if (nested(found[c]) or used_alone(found[c], free, kept_patterns, joined)) and len(
                by_candidate[c]) >= minimum(found[c]):
            # a name inside longer names (复旦大学 in 复旦大学计算机科学技术学院) is a term too
            kept.append(found[c])
            spans.append([(u, start, end) for u, _, _, start, end in by_candidate[c]])
    return kept, spans


# ---------------------------------------------------------------------------------------------


def _acyclic(function: Callable) -> Callable:
    """Run ``function`` with the cyclic garbage collector paused (``workers.acyclic``): mining
    allocates millions of objects that live until it returns and makes no reference cycles
    (a collection after mining sanlian finds none), and the collector's full passes over them
    cost a tenth of the mining time."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with acyclic():
            return function(*args, **kwargs)
    return wrapper


@_acyclic
def mine(docs: Sequence[Document], *, min_count: int = 2, user_words: Iterable[str] = (),
         aliases: Mapping[str, str] = {}, jobs: int = 1) -> list[Candidate]:
    """Mine ``docs`` for recurring terms; best first (score descending, then term).

    ``user_words`` are editor-approved terms: segmented whole and reported whenever they occur.
    ``aliases`` maps a surface spelling to its canonical term: its occurrences count toward that
    term and it is never proposed on its own.
    """
    min_count = max(1, int(min_count))
    alias_map = {to_simplified(k): to_simplified(v) for k, v in aliases.items() if k and v}
    forced_terms = {to_simplified(w).strip() for w in user_words if w.strip()}
    forced_terms |= set(alias_map.values())
    seg_words = tuple(sorted(forced_terms | set(alias_map)))

    units = [(d, line) for d, doc in enumerate(docs) for line in doc.lines
             if not line.boilerplate and line.text.strip()]
    names = [doc.name for doc in docs]
    texts = [line.text for _, line in units]

    joined, counts = _segment_all(texts, seg_words, jobs)
    joined = _resegment(joined, texts, seg_words, min_count, [d for d, _ in units], counts, jobs)
    del counts
    classes = Classes()
    unique = unique_lines(joined)
    uni, keep = count_segments(unique, classes, min_count)
    judge = Judge(uni)
    # On a large corpus a forked child counts the pairs of the second half of the lines, then
    # finds the single, quoted and glossed candidates (they need no pair counts), while this
    # process counts the first half's pairs and then finds phrases.
    parallel = _pool(jobs, len(joined)) is not None
    half = len(unique) // 2 if parallel else len(unique)

    def aside():
        yield count_pairs(unique[half:], keep)
        yield _other_candidates(uni, classes, judge, min_count, joined, texts, seg_words)

    others = Aside(aside, fork=parallel)
    try:
        bi = count_pairs(unique[:half], keep)
        bi.update(others.next())        # line order kept: the same counts, in the same order
        del keep
        pairs = cohesive_pairs(uni, bi, classes, min_count, judge.general_token,
                                judge.proper, lambda t: judge.pos(t) in PREDICATIVE_POS)
        head_pairs = _head_pairs(uni, bi, pairs, classes, min_count, judge)
        modifiers = {key.partition(SEP)[0] for key in head_pairs}
        kind_pairs = _kind_pairs(uni, bi, pairs, classes, min_count, judge, unique)
        pairs |= head_pairs | kind_pairs | dictionary_pairs(bi, classes, judge, min_count)
        grams = _phrases(unique, pairs, classes)
        del unique
        phrases = phrase_candidates(grams, uni, bi, classes, judge, min_count, kind_pairs)
        single, quoted, glossed = others.next()
    finally:
        others.close()

    found = single + phrases + quoted + glossed
    found += [Found(w, (ascii_lower(w),), 1.0, 1.0, 1.0, forced=True) for w in sorted(forced_terms)]
    found = [f for f in merge(found) if f.term not in alias_map]
    by_term = {f.term: i for i, f in enumerate(found)}
    for alias, target in alias_map.items():
        i = by_term[target]
        f = found[i]
        found[i] = Found(f.term, (*f.patterns, ascii_lower(alias)), f.specificity, f.cohesion,
                          f.boundary, f.pos, f.proper, True)

    # Longer terms take their spans first; a candidate left with too few spans is a fragment of
    # longer terms (or too rare) and is dropped.
    found, spans = _locate(found, joined, lambda f: 1 if f.forced or f.family else min_count,
                           lambda f: f.term in modifiers or len(f.term) >= 3 and (
                               judge.proper(f.term) or judge.pos(f.term) in ("nt", "ns")),
                           jobs)
    where = [(names[d], line.number) for d, line in units]
    occ = [[Occurrence(*where[u], start, end) for u, start, end in sorted(f_spans)]
           for f_spans in spans]

    line_text = {(names[d], line.number): line.text for d, line in units}
    line_display = {(names[d], line.number): line.display for d, line in units}
    found, occ = with_versions(found, occ, line_display, min_count)
    described = _each(_described, len(found), (found, occ, line_display, line_text, judge),
                      jobs, len(joined))
    out = [Candidate(term=term, forms=forms, count=len(occurrences), documents=documents,
                     score=0.0, kind=kind, occurrences=occurrences)
           for (term, forms, documents, kind), occurrences in zip(described, occ)]
    # short forms and owners inform each other (字节旗下豆包: 字节 is 字节跳动, so 豆包 a product)
    kinds.short_form_kinds(out, judge.general_token)
    kinds.owner_kinds(out, line_text, lambda t: judge.common(t) or all(
        map(judge.general_token, judge.segments(t))))
    kinds.short_form_kinds(out, judge.general_token)
    kinds.coordinate_kinds(out, line_text, judge.common)
    judged = _each(_judged, len(found), (found, out, line_text, judge, len(docs)), jobs,
                   len(joined))
    fragments = _name_fragments(out, line_text, {f.term for f in found if f.forced})
    kept = []
    for i, (c, (termhood, keep)) in enumerate(zip(out, judged)):
        c.score = termhood
        if keep and i not in fragments:
            kept.append(c)
    kept.sort(key=lambda c: (-c.score, c.term))
    return kept


NAME_KINDS = ("person", "other")        # people, and foreign names no cue classifies


def _name_fragments(cands: Sequence[Candidate], line_text: Mapping[tuple[str, int], str],
                    forced: set[str]) -> set[int]:
    """Indexes of candidates seen only inside a longer person's name (曾志 of 曾志英, where the
    segmenter cut the name as 曾志|英出生), or inside a foreign name no cue classifies (玛利亚 of
    阿玛利亚): pieces of that name, not terms. (A name inside an organisation's or a place's name
    is a name of its own: 复旦大学 of 复旦大学计算机科学技术学院.)"""
    inside: dict[str, list[tuple[str, int]]] = defaultdict(list)   # piece -> (name, offset)
    for p in dict.fromkeys(c.term for c in cands if c.kind in NAME_KINDS and not c.term.isascii()):
        for k in range(len(p)):
            for end in range(k + 1, len(p) + 1):
                inside[p[k:end]].append((p, k))
    out = set()
    for i, c in enumerate(cands):
        if c.term in forced or c.term.isascii() or not c.occurrences:
            continue
        longer = [(p, k) for p, k in inside.get(c.term, ()) if p != c.term]
        if longer and all(
                any(line_text[(o.document, o.line)][o.start - k:o.start - k + len(p)] == p
                    for p, k in longer if o.start >= k)
                for o in c.occurrences):
            out.add(i)
    return out


def _described(i: int) -> tuple[str, dict[str, int], int, str]:
    """Candidate ``i``'s term, spellings, document count and kind (from its occurrences)."""
    found, occ, line_display, line_text, judge = _SHARED
    f, occurrences = found[i], occ[i]
    forms = Counter(line_display[(o.document, o.line)][o.start:o.end] for o in occurrences)
    term = dominant({k: v for k, v in forms.items()}) if f.term.isascii() else (
        _chinese_punctuation(f.term, forms))
    if f.term.isascii() and variant_key(term) != variant_key(f.term):
        term = f.term
    documents = len({o.document for o in occurrences})
    return (term, dict(sorted(forms.items())), documents,
            kinds.of_occurrences(f.term, f.pos, occurrences, line_text, judge))


def _judged(i: int) -> tuple[float, bool]:
    """Candidate ``i``'s termhood score, and whether it is kept (forced, or scored high enough
    and not a piece of text)."""
    found, out, line_text, judge, n_docs = _SHARED
    f, c = found[i], out[i]
    near_latin = score.adjacent(c, line_text)
    c.score = _termhood(score.features(f, c.count, c.documents, n_docs, judge, c.kind,
                                       near_latin))     # (a worker sets its own copy's)
    return c.score, f.forced or (c.score >= THRESHOLD and not score.text_piece(
        c, near_latin, line_text))


def _each_job(part: tuple[int, int]) -> list:
    """A forked worker's share of ``_each``: the function applied to indices part[0]:part[1]."""
    function = _SHARED_FUNCTION
    return [function(i) for i in range(*part)]


_SHARED_FUNCTION: Callable[[int], object] = len


def _each(function: Callable[[int], object], n: int, shared: tuple, jobs: int, work: int) -> list:
    """``[function(i) for i in range(n)]``, ``function`` reading ``shared`` from ``_SHARED``;
    split across ``jobs`` forked workers (results in index order) when ``work`` is large
    enough to gain."""
    global _SHARED, _SHARED_FUNCTION
    _SHARED, _SHARED_FUNCTION = shared, function
    try:
        pool = _pool(jobs, work)
        if pool is None or n < 2:
            return [function(i) for i in range(n)]
        results: list = []
        with pool(jobs) as workers:
            for part in workers.imap(_each_job, _shares(n, jobs)):
                results.extend(part)
        return results
    finally:
        _SHARED, _SHARED_FUNCTION = (), len


_CJK_PUNCTUATION = "，：；！？（）"


def _chinese_punctuation(term: str, forms: Mapping[str, int]) -> str:
    """``term`` with the full-width punctuation its commonest spelling uses (《你好，李焕英》 is
    analysed as 你好,李焕英, but its name keeps the Chinese comma)."""
    if term.isascii() or not any(normalize_width(ch) in term for ch in _CJK_PUNCTUATION):
        return term
    form = max(forms, key=lambda k: (forms[k], k))
    if len(form) != len(term):
        return term
    return "".join(b if b in _CJK_PUNCTUATION and normalize_width(b) == a else a
                   for a, b in zip(term, form))


def _resegment(joined: list[str], texts: list[str], user_words: tuple[str, ...],
               min_count: int, documents: Sequence[int], counts: Counter | None = None,
               jobs: int = 1) -> list[str]:
    """Lines where the segmenter glued an unknown word to a neighbour (穿醒|骨纱 beside 醒骨纱),
    cut again with that word added (``glossary.resegment``); the search split over documents
    across ``jobs`` forked workers when the corpus is large enough to gain."""
    words = background()[0]
    known = words.__contains__
    candidate = lambda t: token_class(t) == HAN   # noqa: E731
    pool = _pool(jobs, len(joined))
    search = None if pool is None else _search_in_workers(pool, jobs, joined, min_count, known,
                                                          candidate)
    found = unknown_words(joined, min_count, known, candidate, documents, counts=counts,
                          search=search)
    if not found:
        return joined
    more = tuple(sorted(set(user_words) | set(found)))
    joined = list(joined)
    redo = sorted(set().union(*found.values()))
    for u, line in zip(redo, segment([texts[u] for u in redo], more)):
        joined[u] = line
    return joined


def _search_in_workers(pool: Callable, jobs: int, joined: list[str], min_count: int,
                       known: Callable[[str], bool], candidate: Callable[[str], bool]
                       ) -> Callable[..., list[dict[str, set[int]]]]:
    """A ``search`` for ``unknown_words``: its documents' line groups shared out to ``jobs``
    forked workers (which inherit everything), each share's findings in the groups' order."""
    def search(groups: Sequence[Sequence[int]], seeds: Set[str], counts: Counter
               ) -> list[dict[str, set[int]]]:
        global _SHARED
        _SHARED = (joined, groups, seeds, counts, min_count, known, candidate)
        try:
            with pool(jobs) as workers:
                return list(workers.imap(_glued_job, _shares(len(groups), jobs)))
        finally:
            _SHARED = ()
    return search


def _glued_job(part: tuple[int, int]) -> dict[str, set[int]]:
    """A forked worker's share of the resegmentation search: documents part[0]:part[1]."""
    joined, groups, seeds, counts, min_count, known, candidate = _SHARED
    return glued_lines(joined, groups[part[0]:part[1]], seeds, counts, min_count, known,
                       candidate)


def _segment_job(part: tuple[int, int]) -> tuple[list[str], Counter]:
    """A forked worker's share of pass 1: lines part[0]:part[1] segmented, and their segments
    counted."""
    texts, user_words = _SHARED
    joined = segment(texts[part[0]:part[1]], user_words)
    return joined, segment_counts(joined)


def _segment_all(texts: list[str], user_words: tuple[str, ...], jobs: int
                 ) -> tuple[list[str], Counter | None]:
    """Pass 1, split across ``jobs`` processes when the corpus is large enough to gain: each
    line's segments, and (from the workers) every segment counted."""
    global _SHARED
    pool = _pool(jobs, len(texts))
    if pool is None:
        return segment(texts, user_words), None
    segmenter(user_words)       # built once here, inherited by the workers (as is the background)
    background()
    _SHARED = (texts, user_words)
    joined: list[str] = []
    counts: Counter = Counter()
    try:
        with pool(jobs) as workers:
            for part, part_counts in workers.imap(_segment_job, _shares(len(texts), jobs)):
                joined.extend(part)
                counts.update(part_counts)
    finally:
        _SHARED = ()
    return joined, counts


def _shares(n: int, jobs: int) -> list[tuple[int, int]]:
    """Ranges covering ``range(n)`` in order, several per worker: results come back while the
    workers go on, so the parent takes them in while it would otherwise wait."""
    size = max(1, math.ceil(n / (jobs * 8)))
    return [(k, min(k + size, n)) for k in range(0, n, size)]
