"""Candidates the miner finds in its counts: single segments that are not general vocabulary, Latin
names pooled over their spellings and versions, and phrases whose edges belong to them
(``Found``: a candidate with the evidence that chose it)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass

from glossary import juxtapose
from glossary.counts import SEP, Classes
from glossary.latin import (ascii_lower, dominant, english_word, english_words, family,
                            pinyin_syllable, variant_key)
from glossary.model import Occurrence
from glossary.phrases import (COHESION, NPMI, Gram, _boundary, npmi, split_word, superlative,
                              valid_phrase)
from glossary.segment import HAN, LATIN, PREDICATIVE_POS, ROLES, category_head
from glossary.vocabulary import NAME_POS, Judge

GENERAL_TIE = 0.15           # ... and, for two general words, the smaller one reaches this
_LOCATIVE_POS = ("s", "f")     # jieba's place and direction words (书上, 周边, 之后)
_HAS_LETTER = re.compile(r"[A-Za-z]").search


@dataclass(frozen=True)
class Found:
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


def single_candidates(uni: Counter, classes: Classes, judge: Judge, min_count: int,
                       spaced: Counter | None = None) -> list[Found]:
    """Single segments that are not general vocabulary, and Latin names pooled over their
    spellings (``spaced``: versions written with a space, ``Grok 3`` beside ``Grok-3``)."""
    found: list[Found] = []
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
                and not judge.compound(token) and not split_accident(token, n, uni, judge)
                and not juxtapose.place_and_group(token, judge)
                and not _glued_grammar(token, judge)):
            pos = judge.pos(token)
            if pos.startswith(NAME_POS) and not judge.name(token):
                pos = "n"
            found.append(Found(token, (token,), judge.specificity(token, n), 1.0, 1.0,
                                pos, judge.proper(token)))
    families = _families(latin)
    for key, forms in latin.items():
        total = sum(forms.values())
        versions = families.get(key, 0)
        if total + versions < min_count or any(f in ROLES for f in forms):
            continue
        if not any(ch.isupper() or ch.isdigit() for form in forms for ch in form) and (
                not _unknown_lower_case(forms)):
            continue
        term = dominant(forms)
        found.append(Found(term, tuple(sorted({ascii_lower(f) for f in forms})), 1.0, 1.0, 1.0,
                            family=total < min_count))
    return found


LOWER_CASE_NAME = 3          # see _unknown_lower_case


def _unknown_lower_case(forms: Counter) -> bool:
    """A Latin word only ever written in lower case is a name when it is no English word at all
    (a user name like ``roro``): at least ``LOWER_CASE_NAME`` letters, not in CC-CEDICT's English
    nor in the web's English word list (``webfreq``), and no pinyin syllable (``liu``). Ordinary
    and technical English (``app``, ``http``, ``pdf``) stays out."""
    from glossary.webfreq import english_zipf

    return all(len(f) >= LOWER_CASE_NAME and f.isalpha() and not english_word(f)
               and not pinyin_syllable(f) and not english_zipf(f) for f in forms)


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


SPLIT_RATIO = 10             # see split_accident


def split_accident(token: str, n: int, uni: Counter, judge: Judge) -> bool:
    """A two-character segment no dictionary knows, whose characters each stand alone in the
    corpus at least ``SPLIT_RATIO`` times as often as they come together: the segmenter joined
    two words across their boundary (人多, 出店, 找前), not a new word (钉钉, 绞胎)."""
    if len(token) != 2 or token in judge.words or judge.common(token) or judge.proper(token):
        return False
    return min(uni.get(token[0], 0), uni.get(token[1], 0)) >= SPLIT_RATIO * n


def with_versions(found: list[Found], occ: list[list[Occurrence]],
                   display: dict[tuple[str, int], str], min_count: int
                   ) -> tuple[list[Found], list[list[Occurrence]]]:
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


def spaced_versions(joined: Sequence[str]) -> Counter:
    """Latin names with a version after a space (``Grok 3``), counted so that they pool with
    the hyphenated spelling (``Grok-3``)."""
    out: Counter = Counter()
    for line in joined:
        if "\x1f " in line:
            for m in _SPACED_VERSION.finditer(line):
                out[m.group(1) + m.group(2)] += 1
    return out


def phrase_candidates(grams: dict[str, Gram], uni: Counter, bi: Counter, classes: Classes,
                       judge: Judge, min_count: int, kinds: Set[str] = frozenset()
                       ) -> list[Found]:
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
                or juxtapose.place_and_group("".join(tokens), judge)
                or juxtapose.place_and_site(tokens, judge)):
            continue  # 安溪|西坪, 主峰|太白山, 德里|居民, 衡阳|何家皂: each name is a term,
            # the phrase is not
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
                and term_neighbour(first, tokens[1:], g.count, uni, grams, classes, judge, True)
                or not split_word(tokens[-2:], classes, judge)
                and term_neighbour(last, tokens[:-1], g.count, uni, grams, classes, judge, False)):
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
        found.append(Found(text, (ascii_lower(text),), specificity, min(1.0, cohesion),
                            boundary))
    return found


RARE_EDGE = 4                # see term_neighbour
BOUND_SHARE = 0.2            # a frequent word is bound to a term it comes with this share of the time


def term_neighbour(edge: str, rest: Sequence[str], count: int, uni: Counter,
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
