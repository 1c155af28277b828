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
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from itertools import accumulate, compress
from typing import TYPE_CHECKING


from glossary import juxtapose
from glossary import kind as kinds
from glossary import score
from glossary.latin import ascii_lower, dominant, english_words, family, variant_key
from glossary.model import Candidate, Occurrence
from glossary.score import THRESHOLD
from glossary.resegment import glued_lines, segment_counts, unknown_words
from glossary.score import termhood as _termhood
from glossary.script import normalize_width, to_simplified
from glossary.workers import Aside, acyclic, can_fork, fork_pool
from glossary.segment import (BREAK, HAN, LATIN, PREDICATIVE_POS,
                              ROLES, Segmenter, background, category_head, segmenter,
                              token_class)

if TYPE_CHECKING:  # pragma: no cover
    from glossary.corpus import Document
from glossary.vocabulary import Judge, NAME_POS
from glossary.counts import SEP, Classes, count_pairs, count_segments, segment, unique_lines
from glossary.phrases import (COHESION, MAX_CHARS, NPMI, Gram, _boundary, _head_pairs, _kind_pairs,
                              _phrases, cohesive_pairs, dictionary_pairs, npmi, split_word,
                              superlative, valid_phrase)

GENERAL_TIE = 0.15           # ... and, for two general words, the smaller one reaches this
_LOCATIVE_POS = ("s", "f")     # jieba's place and direction words (书上, 周边, 之后)
_QUOTED = re.compile(r"“([^“”\n]{2,16})”|\"([^\"\n]{2,16})\"|「([^「」\n]{2,16})」|"
                     r"《([^《》\n]{2,20})》|『([^『』\n]{2,16})』")
COINAGE = 8                  # longest quoted coinage; longer quoted stretches must be names
_INTERPUNCT = ("·", "•", "‧")
_HAS_LETTER = re.compile(r"[A-Za-z]").search
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]").search
_SENTENCE = re.compile(r"[。！？!?；;，,：:、]")
_SENTENCE_END = re.compile(r"[。！？!?；;]")


@dataclass(frozen=True)
class _Found:
    """A candidate chosen for the final count, with the evidence that chose it."""

    term: str
    patterns: tuple[str, ...]    # lower-cased search strings
    specificity: float           # 0..1: how far from general vocabulary
    cohesion: float              # 0..1
    boundary: float              # 0..1
    pos: str = ""
    proper: bool = False
    forced: bool = False
    family: bool = False         # a Latin name its versions attest (Qwen of Qwen2.5-Max)
    open: bool = False           # a quoted name whose words stay terms (手机电影 in “…手机电影计划”)


# ---------------------------------------------------------------------------------------------
# pass 1: segmentation and counts


_SHARED: tuple = ()     # what forked workers inherit instead of receiving it pickled


def _other_candidates(uni: Counter, classes: "Classes", judge: "Judge", min_count: int,
                      joined: Sequence[str], texts: Sequence[str], seg_words: tuple[str, ...]
                      ) -> tuple[list["_Found"], list["_Found"], list["_Found"]]:
    """The candidates that need no pair counts: single segments, quoted names, and Chinese
    terms glossed with a Latin abbreviation."""
    seg = segmenter(seg_words)
    single = _single_candidates(uni, classes, judge, min_count, _spaced_versions(joined))
    single += _initialled_names(texts, min_count)
    quoted = _quoted_candidates(_quoted(texts), seg, classes, judge, uni)
    glossed = _glossed_candidates(_glossed(texts, seg, classes, judge), seg, classes, judge, uni)
    return single, quoted, glossed


PARALLEL_LINES = 20000       # below this many lines, one process is faster than several


def _pool(jobs: int, work: int):
    """A process-pool factory for ``jobs`` forked workers, or None when one process is better:
    small corpora, or no ``fork`` (spawning re-imports everything and costs more than it saves)."""
    if jobs <= 1 or work < PARALLEL_LINES or not can_fork():
        return None
    return fork_pool


# ---------------------------------------------------------------------------------------------
# pass 3: judging candidates


def _single_candidates(uni: Counter, classes: Classes, judge: Judge, min_count: int,
                       spaced: Counter | None = None) -> list[_Found]:
    """Single segments that are not general vocabulary, and Latin names pooled over their
    spellings (``spaced``: versions written with a space, ``Grok 3`` beside ``Grok-3``)."""
    found: list[_Found] = []
    latin: dict[str, Counter] = defaultdict(Counter)
    han: Counter = Counter()
    for token, n in uni.items():
        if n < min_count and not _HAS_LETTER(token):
            continue        # too rare alone, and only Latin spellings are pooled (GPT-4o, gpt-4o)
        cls = classes[token]
        if cls == HAN:
            han[token] += n
        elif cls == LATIN:
            form = token.strip()
            if len(form) >= 2 or any(ch.isdigit() for ch in form):
                latin[variant_key(form)][form] += n
    for form, n in (spaced or {}).items():
        latin[variant_key(form)][form] += n
    for token, n in han.items():
        if (n >= min_count and len(token) >= 2 and token not in ROLES
                and not superlative(token) and not judge.general(token, n)
                and not judge.compound(token) and not _split_accident(token, n, uni, judge)
                and not juxtapose.place_and_group(token, judge)
                and not _glued_grammar(token, judge)):
            pos = judge.pos(token)
            if pos.startswith(NAME_POS) and not judge.name(token):
                pos = "n"
            found.append(_Found(token, (token,), judge.specificity(token, n), 1.0, 1.0,
                                pos, judge.proper(token)))
    families = _families(latin)
    for key, forms in latin.items():
        total = sum(forms.values())
        versions = families.get(key, 0)
        if total + versions < min_count or any(f in ROLES for f in forms):
            continue
        if not any(ch.isupper() or ch.isdigit() for form in forms for ch in form):
            continue
        term = dominant(forms)
        found.append(_Found(term, tuple(sorted({ascii_lower(f) for f in forms})), 1.0, 1.0, 1.0,
                            family=total < min_count))
    return found


_ADVERBIAL_PARTICLES = ("地", "得")
_SPEECH_VERBS = ("说", "道")


def _glued_grammar(token: str, judge: Judge) -> bool:
    """A segment no dictionary knows that the segmenter made by gluing a particle or a verb of
    speech to a word: an adverbial 地 or 得 before a verb (好奇地|问 -> 地问), a speaker and
    说 (索姆万什说: the name is the term)."""
    if token in judge.words or judge.common(token) or judge.proper(token):
        return False
    return token.startswith(_ADVERBIAL_PARTICLES) or (
        len(token) >= 3 and token.endswith(_SPEECH_VERBS))


SPLIT_RATIO = 10             # see _split_accident


def _split_accident(token: str, n: int, uni: Counter, judge: Judge) -> bool:
    """A two-character segment no dictionary knows, whose characters each stand alone in the
    corpus at least ``SPLIT_RATIO`` times as often as they come together: the segmenter joined
    two words across their boundary (人多, 出店, 找前), not a new word (钉钉, 绞胎)."""
    if len(token) != 2 or token in judge.words or judge.common(token) or judge.proper(token):
        return False
    return min(uni.get(token[0], 0), uni.get(token[1], 0)) >= SPLIT_RATIO * n


def _with_versions(found: list[_Found], occ: list[list[Occurrence]],
                   display: dict[tuple[str, int], str], min_count: int
                   ) -> tuple[list[_Found], list[list[Occurrence]]]:
    """A family name (Qwen) also occurs as the stem of its mined versions (Qwen2.5-Max): those
    stems count toward it. A family name that still occurs fewer than ``min_count`` times is
    dropped."""
    families = {variant_key(f.term): i for i, f in enumerate(found) if f.family}
    if not families:
        return found, occ
    extra: dict[int, list[Occurrence]] = defaultdict(list)
    for f, occurrences in zip(found, occ):
        i = families.get(variant_key(family(f.term))) if f.term.isascii() else None
        if i is None or found[i] is f:
            continue
        stem = len(family(f.term))
        for o in occurrences:
            text = display[(o.document, o.line)][o.start:o.start + stem]
            if variant_key(text) == variant_key(found[i].term):
                extra[i].append(Occurrence(o.document, o.line, o.start, o.start + stem))
    kept_found, kept_occ = [], []
    for i, (f, occurrences) in enumerate(zip(found, occ)):
        if i in extra:
            occurrences = sorted(occurrences + extra[i],
                                 key=lambda o: (o.document, o.line, o.start, o.end))
        if f.family and not f.forced and len(occurrences) < min_count:
            continue
        kept_found.append(f)
        kept_occ.append(occurrences)
    return kept_found, kept_occ


def _families(latin: dict[str, Counter]) -> dict[str, int]:
    """variant key of a Latin name -> how often versions of it occur (Qwen2.5-Max, Qwen-Plus for
    Qwen); not for ordinary English words (Model 3, Vision Pro)."""
    out: Counter = Counter()
    english = None
    for forms in latin.values():
        for form, n in forms.items():
            base = family(form)
            if base and variant_key(base) in latin:
                if english is None:
                    english = english_words()
                if base.lower() not in english:
                    out[variant_key(base)] += n
    return out


_SPACED_VERSION = re.compile(r"(?:^|\x1f)([A-Za-z][A-Za-z0-9.\-]*)\x1f( \d[0-9.]*[A-Za-z]?)(?=\x1f(?! )|$)")


def _spaced_versions(joined: Sequence[str]) -> Counter:
    """Latin names with a version after a space (``Grok 3``), counted so that they pool with
    the hyphenated spelling (``Grok-3``)."""
    out: Counter = Counter()
    for line in joined:
        if "\x1f " in line:
            for m in _SPACED_VERSION.finditer(line):
                out[m.group(1) + m.group(2)] += 1
    return out


def _phrase_candidates(grams: dict[str, Gram], uni: Counter, bi: Counter, classes: Classes,
                       judge: Judge, min_count: int, kinds: Set[str] = frozenset()
                       ) -> list[_Found]:
    """Phrases of cohesive segments that pass the shape and edge rules. A general word at the
    left edge stays when the pair is one of ``kinds`` (``_kind_pairs``: 行业/大 of 行业大模型)."""
    found = []
    total = max(2, sum(uni.values()))
    often = max(4, min_count)
    for key, g in grams.items():
        if g.count < min_count:
            continue
        tokens = key.split(SEP)
        if not valid_phrase(tokens, classes) and not split_word(tokens, classes, judge):
            continue
        # A dominant neighbour lowers the score; whether the longer phrase is the term is
        # settled by longest match, where both compete.
        boundary = _boundary(g, judge.general_token)
        first, second, last, before = tokens[0], tokens[1], tokens[-1], tokens[-2]
        if judge.pos(last) in _LOCATIVE_POS:
            continue  # a place in or around something (脸书|书上, 成都|周边), not a name
        if any(t.strip() in ROLES or t.endswith(("学家", "专家")) for t in tokens):
            continue  # a title joins a name to an affiliation; neither includes it
        if _agent_noun(first, judge) and not judge.general_token(second):
            continue  # a profession before a name (艺术家|杨沛|铿) is no part of it
        if any(classes[t] == HAN and _glued_grammar(t, judge) for t in tokens):
            continue  # 好奇|地问: a particle glued to a word makes no term, alone or in a phrase
        if (juxtapose.place_chain(tokens, judge) or juxtapose.apposition(tokens, judge)
                or juxtapose.place_and_group("".join(tokens), judge)):
            continue  # 安溪|西坪, 主峰|太白山, 德里|居民: each name is a term, the phrase is not
        # A general word at the left edge belongs to the term only if it mostly comes with the
        # rest (自动 before 驾驶, 付费 before 用户); 告诉 before a name does not.
        # A general word at an edge belongs to the term if it mostly comes with its neighbour
        # inside (百度/文库, 自动/驾驶) or that neighbour mostly comes with it (初创/企业,
        # 工程化/创新), or, unless it is a verb (苹果/滥用), if the pair is frequent and strongly
        # associated (智能/眼镜).
        general = [judge.general_token(t) for t in tokens]

        def belongs(edge: str, inner: str, pair: str, left: bool) -> bool:
            if left and pair in kinds or split_word(pair.split(SEP), classes, judge):
                return True            # (全球/变暖: one word of the dictionary)
            n = bi[pair]
            if n / uni[edge] >= COHESION:
                return True
            verb = judge.pos(edge) in PREDICATIVE_POS
            if verb and left:
                return False           # 了解/学习者, 包括/多款: a verb and its object
            if n / uni[inner] >= COHESION:
                return True
            return not verb and n >= often and npmi(n, uni[edge], uni[inner], total) >= NPMI

        if (first + SEP + second not in kinds and not split_word(tokens[:2], classes, judge)
                and _term_neighbour(first, tokens[1:], g.count, uni, grams, classes, judge, True)
                or not split_word(tokens[-2:], classes, judge)
                and _term_neighbour(last, tokens[:-1], g.count, uni, grams, classes, judge, False)):
            continue
        if general[0] and (len(first) > 1 or judge.pos(first) == "v") and not belongs(
                first, second, first + SEP + second, True):
            continue           # (叫/白领: a verb of one character before its object, too)
        if (general[0] and judge.pos(first)[:1] == "d" and all(general[1:])
                and first + SEP + second not in kinds):
            continue           # an adverb before general words opens a predicate (越/多), not
            # a term (忒/修斯 is a name: 忒 "too" only spells a sound there)
        if general[-1] and not belongs(last, before, before + SEP + last, False):
            continue
        if all(general) and first + SEP + second not in kinds and not _bound_modifier(tokens, g.count, uni, bi, min_count) and not (
                split_word(tokens, classes, judge)):
            # Only general words: a set phrase must recur more and hold together both ways.
            ties = [bi[SEP.join(p)] / max(uni[p[0]], uni[p[1]]) for p in zip(tokens, tokens[1:])]
            if min(ties) < GENERAL_TIE:
                continue
            if g.count < max(3, min_count) and min(ties) < 0.9:
                continue   # unless its parts never occur apart (极/氪)
        cohesion = min(max(bi[SEP.join(p)] / uni[p[0]], bi[SEP.join(p)] / uni[p[1]])
                       for p in zip(tokens, tokens[1:]))
        text = "".join(tokens)
        oov = sum(judge.ratio(t.strip(), uni[t]) == math.inf or classes[t] == LATIN
                  for t in tokens)
        specificity = 1.0 if oov else 0.6
        found.append(_Found(text, (ascii_lower(text),), specificity, min(1.0, cohesion),
                            boundary))
    return found


RARE_EDGE = 4                # see _term_neighbour
BOUND_SHARE = 0.2            # a frequent word is bound to a term it comes with this share of the time


def _term_neighbour(edge: str, rest: Sequence[str], count: int, uni: Counter,
                    grams: Mapping[str, Gram], classes: Classes, judge: Judge,
                    left: bool) -> bool:
    """An ordinary word next to a term that mostly goes without it (华北平原|连接, 城堡|一步,
    寻访|气候变迁, 雌性|章鱼): the term and a neighbour, not a longer term. A rare word (seen
    fewer than ``RARE_EDGE`` times) may only ever occur there, so its own habits tell nothing; a
    word seen more often that keeps coming with the term is bound to it (上班|搭子 "work buddy"),
    unless the term goes without it far more often (创办|粉笔: the firm is named without the
    verb nine times in ten). A verb of one character counts
    (叫|白领); other single characters may be a word's part (大|模型). Not for a modifier of a category
    noun (超大|模型: a kind of model), nor for a common noun after a name, which often names
    what the name owns or runs (百度|文库, 陶氏|化学, 皮诺|基金会)."""
    if classes[edge] != HAN or judge.name(edge) or not (
            judge.general_token(edge) or judge.common(edge)):
        return False
    if len(edge) < 2 and judge.pos(edge) != "v":
        return False            # (大/模型, 新/能源: one character may well be a word's part)
    key = SEP.join(rest)
    if len(rest) == 1:
        if classes[key] not in (HAN, LATIN) or judge.general_token(key):
            return False
        alone = uni.get(key, 0)
    else:
        if key not in grams or all(map(judge.general_token, rest)):
            return False
        alone = grams[key].count
    pos = judge.pos(edge)
    if category_head(rest[-1] if left else edge) or (
            not left and (not pos or pos[:1] == "n" and not pos.startswith(NAME_POS))):
        return False            # (jieba tags some verbs as names: 上市 ns)
    if uni.get(edge, 0) < RARE_EDGE:
        return count < COHESION * alone
    return count < BOUND_SHARE * alone


_AGENT_SUFFIXES = ("家", "师", "员", "手")


def _agent_noun(token: str, judge: Judge) -> bool:
    """A dictionary noun for a person by profession, made of a word and an agent suffix (艺术家,
    摄影师, 运动员, 鼓手): named before a person, it is a role, not part of the name."""
    return (len(token) >= 3 and token.endswith(_AGENT_SUFFIXES) and token[:-1] in judge.words
            and judge.pos(token)[:1] == "n" and not judge.name(token))


BOUND_MODIFIER = 0.8         # see _bound_modifier


def _bound_modifier(tokens: Sequence[str], count: int, uni: Counter, bi: Counter,
                    min_count: int) -> bool:
    """Two general words make a set phrase when the first nearly always comes before the second
    (超级 before 工厂: 超级工厂) and the phrase recurs: the modifier is bound to that head, even
    though the head, the article's topic, occurs far more often on its own."""
    if len(tokens) != 2 or count < max(3, min_count):
        return False
    return bi[SEP.join(tokens)] >= BOUND_MODIFIER * uni[tokens[0]]


def _quoted(texts: Sequence[str]) -> Counter:
    """Quoted stretches: (text, is a 《title》) -> how often quoted. A title may hold a comma or
    a colon (《你好，李焕英》), a quoted coinage may not; neither ends a sentence inside."""
    quoted: Counter = Counter()
    for text in texts:
        if "“" in text or '"' in text or "《" in text or "「" in text or "『" in text:
            for m in _QUOTED.finditer(text):
                inner = next(g for g in m.groups() if g is not None).strip()
                title = m.group(4) is not None
                if inner and not (_SENTENCE_END if title else _SENTENCE).search(inner):
                    quoted[(inner, title)] += 1
    return quoted


def _quoted_candidates(quoted: Counter, seg: Segmenter, classes: Classes, judge: Judge,
                       uni: Counter) -> list[_Found]:
    """Coinages the author marks with quotes (“六小虎”) and titles of works (《三体》); a title may
    hold grammatical words (《人类简史》, 《智人之上：…》), a coinage may not."""
    found = []
    for (inner, title), n in quoted.items():
        tokens = seg.cut(inner)
        cls = [classes[t] for t in tokens]
        if HAN not in cls and LATIN not in cls:
            continue
        named = False
        if not title:
            if not valid_phrase(tokens, classes):
                continue
            named = BREAK in cls or len(inner) > COINAGE
            if named and not _quoted_name(tokens, cls, n):
                continue
            if len(tokens) == 1 and (len(inner) < 2 or judge.general(inner, uni.get(inner, n))):
                continue
        elif (len(tokens) == 1 and uni.get(inner, 0) > 2 * n
              and (cls[0] == BREAK or judge.general(inner, uni[inner]))):
            continue  # 《后来》, 《生活》: a title that is an everyday word the text mostly uses as one
        found.append(_Found(inner, (ascii_lower(inner),), 0.9, 1.0, 1.0,
                            open=not title and named))
    return found


QUOTED_NAME = 3              # see _quoted_name


def _quoted_name(tokens: Sequence[str], cls: Sequence[str], n: int) -> bool:
    """A quoted stretch holding grammatical words (“艺术就是身份”, “诗的真理”) or longer than a
    coinage (“华为影像·金鸡手机电影计划”) is the name of something (a show, a programme, a slogan,
    a coined idea) when the author quotes it the same way at least ``QUOTED_NAME`` times and it
    begins and ends with content words; a quoted remark (“做自己”, “不舒服”) does not. Its
    grammatical words are words, not punctuation or symbols (“特长/爱好”)."""
    return (n >= QUOTED_NAME and len(tokens) > 1 and cls[0] != BREAK and cls[-1] != BREAK
            and all(_HAN_CHAR(t) for t, c in zip(tokens, cls) if c == BREAK))


# A Latin name with initials: a given name, initials with their stops, a surname (John F.
# Kennedy), or initials before a surname (J.K. Rowling, J. R. R. Tolkien).
_INITIALLED = re.compile(r"(?<![A-Za-z.])(?:[A-Z][a-z]+(?: [A-Z]\.)+ |(?:[A-Z]\. ?){1,3})"
                         r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![A-Za-z])")


def _initialled_names(texts: Sequence[str], min_count: int) -> list[_Found]:
    """Latin names with initials (John F. Kennedy) that recur: the segmenter cuts them at the
    initial's stop, so the phrase finder never sees them whole."""
    counts: Counter = Counter()
    for text in texts:
        if ". " in text or "." in text:
            counts.update(m.group(0) for m in _INITIALLED.finditer(text))
    return [_Found(name, (ascii_lower(name),), 1.0, 1.0, 1.0, "nr", True)
            for name, n in sorted(counts.items()) if n >= min_count]


_GLOSS_AFTER = re.compile(r"\(([A-Za-z][A-Za-z0-9 .\-]{0,30})\)")
_GLOSS_INSIDE = re.compile(r"[A-Za-z][A-Za-z0-9.\-]*\(([\u3400-\u9fff]{2,10})\)")


def _glossed(texts: Sequence[str], seg: Segmenter, classes: Classes, judge: Judge) -> Counter:
    """Chinese terms the author glosses with a Latin name or abbreviation: 通用人工智能(AGI),
    AGI(通用人工智能). The Chinese side before the parenthesis runs back over content words to
    the nearest grammatical word or verb (越人类智慧的|通用人工智能), at most three of them."""
    spans: Counter = Counter()
    for text in texts:
        if "(" not in text:
            continue
        for m in _GLOSS_INSIDE.finditer(text):
            spans[m.group(1)] += 1
        for m in _GLOSS_AFTER.finditer(text):
            tokens = seg.cut(text[max(0, m.start() - 16):m.start()])
            run: list[str] = []
            for t in reversed(tokens):
                if (classes[t] != HAN or judge.pos(t) in PREDICATIVE_POS or t in ROLES
                        or len(run) == 3):
                    break
                run.insert(0, t)
            if run:
                spans["".join(run)] += 1
    return spans


def _glossed_candidates(spans: Counter, seg: Segmenter, classes: Classes, judge: Judge,
                        uni: Counter) -> list[_Found]:
    found = []
    for span in spans:
        tokens = seg.cut(span)
        if len(span) < 2 or not valid_phrase(tokens, classes) or any(
                classes[t] != HAN for t in tokens):
            continue
        if len(tokens) == 1 and judge.general(span, uni.get(span, 1)):
            continue
        found.append(_Found(span, (span,), 0.9, 1.0, 1.0))
    return found


# ---------------------------------------------------------------------------------------------
# pass 4: occurrences


class _Matcher:
    """Longest-match search for candidate spellings, along segment boundaries.

    A match is a run of whole segments whose concatenation (ASCII lower-cased) is a candidate's
    pattern. Scanning segments, not characters, keeps 华为 from matching inside 中华/为 and is
    several times faster than a character automaton in Python.
    """

    def __init__(self, found: Sequence[_Found]) -> None:
        self.patterns: dict[str, int] = {}
        self.prefixes: set[str] = set()
        for i, f in enumerate(found):
            for p in f.patterns:
                for form in (p, " " + p):          # " Flash": a segment glued to a Latin name
                    if form.strip() and form not in self.patterns:
                        self.patterns[form] = i
                        self.prefixes.update(form[:k] for k in range(1, len(form) + 1))

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def line(self, joined: str) -> list[tuple[int, int, int, int, int]]:
        """Every match in one line given as its SEP-joined segments, overlapping ones included:
        (candidate, first segment, end segment, start offset, end offset)."""
        lowered = joined.lower()
        if len(lowered) != len(joined):
            lowered = ascii_lower(joined)
        keys = lowered.split(SEP)
        prefixes = self.prefixes
        patterns = self.patterns
        n = len(keys)
        out = []
        offsets = None                         # only for lines with a match
        # the segments that start a pattern, found by C-level calls
        for i in compress(range(n), map(prefixes.__contains__, keys)):
            text = keys[i]
            j = i
            while True:                        # the prefix test ends the walk
                c = patterns.get(text)
                if c is not None:
                    if offsets is None:
                        offsets = [0, *accumulate(map(len, keys))]
                    begin = offsets[i] + (1 if text[0] == " " else 0)
                    out.append((c, i, j + 1, begin, offsets[j + 1]))
                j += 1
                if j == n:
                    break
                text += keys[j]
                if text not in prefixes:
                    break
        return out


def _quality(f: _Found) -> float:
    return f.specificity + f.cohesion + f.boundary


def _matches(part: tuple[int, int]) -> list[tuple[int, int, int, int, int, int]]:
    """Every match in lines part[0]:part[1] as (candidate, line, first segment, end segment,
    start offset, end offset); a forked worker's share of ``_locate``."""
    matcher, joined = _SHARED
    line = matcher.line
    return [(c, u, i, j, start, end) for u in range(part[0], part[1])
            for c, i, j, start, end in line(joined[u])]


def _specific_word(f: _Found) -> bool:
    """A Chinese word cut whole and far from general vocabulary (unknown to the dictionary, or a
    thousand times likelier here than in general language: 母树, 车厘子). Found often enough on
    its own to be a term, it also counts where it ends a longer term, a kind of it (铁观音母树,
    智利车厘子): it is named there too. (A modifier keeps only its own occurrences: 稀疏 of
    稀疏模型.)"""
    return (not f.term.isascii() and len(f.patterns) == 1 and f.specificity >= 1.0
            and f.cohesion == 1.0 and f.boundary == 1.0 and not f.forced)


def _used_alone(f: _Found, free: list, kept: Set[str], joined: Sequence[str]) -> bool:
    """A specific word (``_specific_word``) the text also uses on its own, outside the longer
    terms that hold it elsewhere (教培 beside 教培行业): a term, with all its occurrences. Not a
    piece the segmenter cut out of a name it stands inside anyway (鲁肽 of 司美格鲁肽).
    ``kept`` holds the patterns of the terms kept so far (the longer ones)."""
    if not free or not _specific_word(f):
        return False
    for u, _, _, start, end in free:
        line = joined[u].replace(SEP, "").lower()
        if not any(line[a:b] in kept
                   for a in range(max(0, end - MAX_CHARS), start + 1)
                   for b in range(end, min(len(line), a + MAX_CHARS) + 1) if b - a > end - start):
            return True
    return False


def _locate(found: list[_Found], joined: list[str], minimum: Callable[[_Found], int],
            nested: Callable[[_Found], bool] = lambda f: False, jobs: int = 1) -> tuple[list[_Found], list[list[tuple[int, int, int]]]]:
    """Find every candidate in every line; longer terms take their spans first.

    Candidates are taken longest first; each keeps the matches that no longer term has taken
    (a specific word kept on its own also keeps those where it ends a longer term:
    ``_specific_word``),
    and is dropped if fewer than ``minimum`` remain (a fragment like 普特 inside 斯普特尼克), its
    matches then going back to shorter terms. Returns the kept candidates and, per kept
    candidate, its matches as (line index, start, end).
    """
    global _SHARED
    matcher = _Matcher(found)
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
    order = sorted(by_candidate, key=lambda c: (-len(found[c].term), -_quality(found[c]),
                                                 found[c].term))
    taken: dict[int, set[int]] = defaultdict(set)
    inside: dict[int, list[tuple[int, int]]] = defaultdict(list)   # open names' segment spans
    heads: dict[int, list[tuple[int, int]]] = defaultdict(list)    # kept phrases' segment spans
    kept_patterns: set[str] = set()
    kept: list[_Found] = []
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
            if _specific_word(found[c]):         # also where it ends a longer term
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
        if (nested(found[c]) or _used_alone(found[c], free, kept_patterns, joined)) and len(
                by_candidate[c]) >= minimum(found[c]):
            # a name inside longer names (复旦大学 in 复旦大学计算机科学技术学院) is a term too
            kept.append(found[c])
            spans.append([(u, start, end) for u, _, _, start, end in by_candidate[c]])
    return kept, spans


# ---------------------------------------------------------------------------------------------


def _merge(found: list[_Found]) -> list[_Found]:
    """One entry per term: Latin spelling variants and duplicate finds are merged."""
    by_key: dict[str, list[_Found]] = defaultdict(list)
    for f in found:
        key = variant_key(f.term) if f.term.isascii() else f.term
        by_key[key].append(f)
    merged = []
    for group in by_key.values():
        best = max(group, key=lambda f: (f.forced, _quality(f)))
        patterns = sorted({p for f in group for p in f.patterns})
        merged.append(_Found(best.term, tuple(patterns), max(f.specificity for f in group),
                             max(f.cohesion for f in group), max(f.boundary for f in group),
                             best.pos or next((f.pos for f in group if f.pos), ""),
                             any(f.proper for f in group), any(f.forced for f in group),
                             all(f.family for f in group), any(f.open for f in group)))
    return merged


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
        phrases = _phrase_candidates(grams, uni, bi, classes, judge, min_count, kind_pairs)
        single, quoted, glossed = others.next()
    finally:
        others.close()

    found = single + phrases + quoted + glossed
    found += [_Found(w, (ascii_lower(w),), 1.0, 1.0, 1.0, forced=True) for w in sorted(forced_terms)]
    found = [f for f in _merge(found) if f.term not in alias_map]
    by_term = {f.term: i for i, f in enumerate(found)}
    for alias, target in alias_map.items():
        i = by_term[target]
        f = found[i]
        found[i] = _Found(f.term, (*f.patterns, ascii_lower(alias)), f.specificity, f.cohesion,
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
    found, occ = _with_versions(found, occ, line_display, min_count)
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
