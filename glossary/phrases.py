"""Pass 2 of the miner, the phrase finder: pairs of segments that hold together (conditional
probability, normalised PMI, category heads, lists, dictionary compounds), the runs they make, and
the boundary variety of every sub-run."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress

from glossary.counts import SEP, Classes
from glossary.segment import (BREAK, CLASSIFIERS, DIGITS, HAN, LATIN, LINK, PREDICATIVE_POS,
                              QUANTITY, ROLES, UNITS, background, category_head)
from glossary.vocabulary import Judge

MAX_TOKENS = 6               # longest phrase, in segments
MAX_CHARS = 16               # longest phrase, in characters
COHESION = 0.5               # a pair is cohesive when P(b|a) or P(a|b) reaches this
NPMI = 0.55                  # ... or, when it recurs often, its normalised PMI reaches this
_NUMERALS = frozenset("零〇一二三四五六七八九十百千万亿两几半数")
# units that end a count, a date, an age, a sum or a group of people even after a word
_COUNTING = _NUMERALS | frozenset("人成年月日天周岁元次倍个位名%")


@dataclass
class Gram:
    """Statistics of one multi-segment phrase candidate."""

    count: int = 0
    left: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    left_edges: int = 0          # occurrences at a line start, punctuation or function word
    right_edges: int = 0


def cohesive_pairs(uni: Counter, bi: Counter, classes: Classes, min_count: int,
                    general: Callable[[str], bool],
                    general_name: Callable[[str], bool] = lambda t: False,
                    predicative: Callable[[str], bool] = lambda t: False) -> set[str]:
    """Pairs of segments that hold together: one side nearly always comes with the other, or,
    for pairs that recur often, normalised PMI says they co-occur far beyond chance (新能源/车)."""
    pairs = set()
    total = max(2, sum(uni.values()))
    often = max(4, min_count)
    for key, n in bi.items():
        if n < min_count:
            continue
        a, b = key.split(SEP)
        ca, cb = classes[a], classes[b]
        if ca in (BREAK, QUANTITY) or cb in (BREAK, QUANTITY):
            continue
        if LINK in (ca, cb):
            # a name interpunct (艾德里安·莱西) joins the parts of a foreign name
            other, oc = (b, cb) if ca == LINK else (a, ca)
            if oc == HAN:
                pairs.add(key)
            continue
        if ca == DIGITS and (cb == DIGITS or b[:1] in UNITS) or (a[-1:] in UNITS and cb == DIGITS):
            continue  # numbers, dates, quantities
        if ca == LATIN and cb == HAN and len(b) == 1 and len(a.strip()) <= 2:
            tied = n / uni[a]          # a code and its suffix: C端, L4级, 5G网
        elif (ca == HAN and cb == LATIN and len(b.strip()) >= 3 and len(a) > 1
              and general_name(a)) or (
                cb == HAN and ca == LATIN and len(a.strip()) >= 3 and general_name(b)):
            continue                   # two names side by side: 微软 Copilot, 谷歌 Waymo
        elif (ca == LATIN) != (cb == LATIN) and HAN in (ca, cb):
            # Han next to Latin: the Han word must mostly come with it (智谱AI, AI三叉戟; not
            # 模型 before GPT-4o, which it precedes once in a while).
            han, latin = (a, b) if ca == HAN else (b, a)
            tied = n / uni[han]
            if len(han) == 1 and ca == HAN:
                tied = max(tied, n / uni[latin])   # a one-character name and its code: 秦/PLUS
            if general(han):
                if predicative(han):
                    continue             # 比肩/接入 before a name say what is done to it
                tied *= COHESION / 0.8   # a general word must nearly always come with it
        else:
            tied = max(n / uni[a], n / uni[b])
        if tied >= COHESION:
            pairs.add(key)
        elif n >= often and ca == HAN and cb == HAN:
            if npmi(n, uni[a], uni[b], total) >= NPMI:
                pairs.add(key)
    return pairs


HEAD_LEAD = 0.8              # x of x|head counts as the head's start when x nearly always leads it
MODIFIER_SHARE = 0.2         # a modifier of a category head comes before it this often at least


def _head_starts(uni: Counter, bi: Counter, pairs: set[str], classes: Classes
                 ) -> dict[str, str]:
    """Each category noun mapped to itself, and a single character that nearly always starts
    one (大 of 大/模型) mapped to that noun: it stands for it."""
    heads = {t for t in uni if category_head(t) and classes[t] == HAN}   # the cheap test first
    head_of = {h: h for h in heads}
    for key in pairs:
        x, _, h = key.partition(SEP)
        if h in heads and bi[key] >= HEAD_LEAD * uni[x]:
            head_of.setdefault(x, h)
    return head_of


def _kind_pairs(uni: Counter, bi: Counter, pairs: set[str], classes: Classes, min_count: int,
                judge: "Judge", lines: Iterable[list[str]]) -> set[str]:
    """Pairs that join a modifier to a category noun (or its leading character) because the
    text names that modifier's kind beside another kind of the same noun (``coordinated_kinds``):
    行业/大 of 行业大模型, 基础/模型. Places and people are not kinds (中国/大模型)."""
    head_of = _head_starts(uni, bi, pairs, classes)
    if not head_of:
        return set()
    out = set()
    for m, h in coordinated_kinds(lines, head_of):
        if classes[m] != HAN or len(m) < 2 or m in ROLES or judge.pos(m)[:2] in ("ns", "nr"):
            continue
        for x, head in head_of.items():
            if head == h and bi[m + SEP + x] >= min_count:
                out.add(m + SEP + x)
    return out


def _head_pairs(uni: Counter, bi: Counter, pairs: set[str], classes: Classes, min_count: int,
                judge: "Judge") -> set[str]:
    """Pairs that join a specific word to a category noun after it: a kind of that noun
    (开源/模型, 文心/大/模型, 初创/企业) even when both parts are too frequent for the pair to
    look cohesive. The word must be specific (not general vocabulary, not a place or person, not
    a verb) and come before the noun a good share of the time; a general word before a head
    (中国/大模型, 训练/模型) is not joined, unless the text names it side by side with another
    kind of the same noun (通用大模型和行业大模型: see ``coordinated_kinds``)."""
    starts = set(_head_starts(uni, bi, pairs, classes))
    if not starts:
        return set()
    out = set()
    for key, n in bi.items():
        if n < min_count or key in pairs:
            continue
        m, _, x = key.partition(SEP)
        if x not in starts or classes[m] != HAN or len(m) < 2 or m in ROLES:
            continue
        if n < MODIFIER_SHARE * uni[m] or judge.general_token(m):
            continue
        if judge.pos(m) in PREDICATIVE_POS or judge.pos(m)[:2] in ("ns", "nr") or judge.name(m) and not judge.common(m) and judge.pos(m)[:2] != "nz":
            continue
        out.add(key)
    return out


_COORDINATORS = frozenset(("和", "与", "及", "以及", "或", "或者", "、", "/", "→", "跟", "同"))


def coordinated_kinds(lines: Iterable[list[str]], head_of: Mapping[str, str]
                       ) -> set[tuple[str, str]]:
    """(modifier, category noun) for kinds of one noun that a line names side by side, joined
    by a conjunction or a list mark: 通用/大/模型和行业/大/模型, 基础大模型→行业大模型. The
    text itself then treats each modifier as a classifier of that noun, however general the word
    (行业, 基础), and a modifier so used names a kind of the noun elsewhere too (基础/模型).
    ``head_of`` maps each category noun to itself and a character that leads one (大) to it."""
    out: set[tuple[str, str]] = set()
    coordinator = _COORDINATORS.__contains__
    for ts in lines:
        for k in compress(range(len(ts)), map(coordinator, ts)):    # C-level scan
            if k < 2 or k + 2 >= len(ts) or head_of.get(ts[k - 1]) != ts[k - 1]:
                continue
            h = ts[k - 1]
            i = k - 2
            if ts[i] != h and head_of.get(ts[i]) == h:      # 大 of 大/模型
                i -= 1
            x = ts[k + 2]
            if head_of.get(x) != h or (x != h and ts[k + 3:k + 4] != [h]):
                continue
            left, right = ts[i] if i >= 0 else "", ts[k + 1]
            if left and left != right and left not in head_of and right not in head_of:
                out.add((left, h))
                out.add((right, h))
    return out


def dictionary_pairs(bi: Counter, classes: Classes, judge: "Judge", min_count: int) -> set[str]:
    """Pairs of Chinese segments that CC-CEDICT lists together as one word of three or more
    characters the segmenter's dictionary lacks (全球|变暖 global warming, 大|数据 big data):
    one word, however common its parts are apart."""
    out = set()
    for key, n in bi.items():
        if n < min_count:
            continue
        a, _, b = key.partition(SEP)
        if classes[a] == HAN and classes[b] == HAN and split_word((a, b), classes, judge):
            out.add(key)
    return out


def npmi(n: int, na: int, nb: int, total: int) -> float:
    """Normalised PMI of a pair seen ``n`` times whose parts are seen ``na`` and ``nb`` times."""
    if n >= total:
        return 1.0
    return math.log(n * total / (na * nb)) / -math.log(n / total)


def valid_phrase(tokens: Sequence[str], classes: Classes) -> bool:
    """Shape rules: no leading number unless a name follows, no trailing bare number after Han."""
    cls = [classes[t] for t in tokens]
    if HAN not in cls and LATIN not in cls:
        return False
    if cls[-1] == DIGITS and (len(cls) < 2 or cls[-2] != LATIN):
        return False
    if cls[0] == DIGITS and (len(tokens) < 3 or cls[1] != HAN or len(tokens[1]) < 2):
        return False  # quantities and dates (2100公里, 600美元), not 21世纪经济报道
    if any(set(a) <= _NUMERALS and b[:1] in CLASSIFIERS for a, b in zip(tokens, tokens[1:])):
        return False  # a Chinese quantity: 十万/张/卡
    if tokens[0][:1] == " " or tokens[0] in CLASSIFIERS:
        return False
    if tokens[-1] in UNITS and (cls[-2] in (DIGITS, QUANTITY) or set(tokens[-2]) <= _NUMERALS
                                or tokens[-1] in _COUNTING):
        return False  # a count, date or group (三|年, 成都|人), not 公众|号 or 尤克|里|里
    if cls[0] == LINK or cls[-1] == LINK:
        return False
    if tokens[0].strip() in _LATIN_GLUE or tokens[-1].strip() in _LATIN_GLUE:
        return False  # a run of English words, not a name: "Trajectories of"
    return not superlative(tokens[0])


# English grammatical words: a Latin name never begins or ends with one
_LATIN_GLUE = frozenset("of and the a an in on at for to with by from or as is are was "
                        "were be that this et al vs".split())


def superlative(token: str) -> bool:
    """最 + adjective or adverb (最大, 最前沿, 最新) opens a description, not a name (最惠国 is
    a noun, 最高人民法院 a name)."""
    if token[:1] != "最" or len(token) < 2:
        return False
    entry = background()[0].get(token)
    return entry is not None and entry[1] in ("a", "ad", "an", "d", "s", "z")


def _phrases(unique: list[list[str]], pairs: set[str], classes: Classes) -> dict[str, Gram]:
    """Count every sub-run (2..MAX_TOKENS segments) of cohesive-pair runs, with its neighbours,
    over ``unique_lines`` (a line repeated verbatim counts once)."""
    grams: dict[str, Gram] = defaultdict(Gram)
    join = SEP.join
    first = {key.partition(SEP)[0] for key in pairs}.__contains__
    for tokens in unique:
        n = len(tokens)
        if n < 2:
            continue
        # the pairs in ``pairs``, looked up only where a pair's first segment stands
        flagged = [i for i in compress(range(n - 1), map(first, tokens))
                   if tokens[i] + SEP + tokens[i + 1] in pairs]
        if not flagged:
            continue
        for lo, last in _runs(flagged):
            hi = last + 2                            # tokens[lo:hi] is the run
            for i in range(lo, hi - 1):
                left = tokens[i - 1] if i > 0 else ""
                chars = len(tokens[i])
                left_edge = None                     # classified on first use
                for j in range(i + 2, min(hi, i + MAX_TOKENS) + 1):
                    chars += len(tokens[j - 1])
                    if chars > MAX_CHARS:
                        break
                    g = grams[join(tokens[i:j])]
                    g.count += 1
                    right = tokens[j] if j < n else ""
                    if left_edge is None:
                        left_edge = not left or classes[left] == BREAK
                    if left_edge:
                        g.left_edges += 1
                    else:
                        g.left[left] += 1
                    if not right or classes[right] == BREAK:
                        g.right_edges += 1
                    else:
                        g.right[right] += 1
    return grams


def _runs(indices: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in sorted ``indices``."""
    lo = prev = indices[0]
    for i in indices[1:]:
        if i != prev + 1:
            yield lo, prev
            lo = i
        prev = i
    yield lo, prev


def _boundary(g: Gram, general) -> float:
    """0..1: how clearly both ends of a phrase are word boundaries.

    A side is not a boundary when one neighbour dominates it, unless that neighbour is a general
    word (第一财经 followed by 记者 again and again still ends before 记者).
    """
    def side(neighbours: Counter, edges: int) -> float:
        total = sum(neighbours.values()) + edges
        top = max((n for t, n in neighbours.items() if not general(t)), default=0)
        dominance = top / total if total else 1.0
        return 1.0 - dominance if top >= 2 else 1.0
    return min(side(g.left, g.left_edges), side(g.right, g.right_edges))


def split_word(tokens: Sequence[str], classes: Classes, judge: Judge) -> bool:
    """Two segments CC-CEDICT knows as one word of three or more characters that jieba's
    dictionary lacks (策展|人: 策展人, curator; 元|宇宙: 元宇宙, metaverse): a word, kept whole
    although its last part alone would end a count, and although its parts are general words."""
    word = "".join(tokens)
    return (len(tokens) == 2 and len(word) >= 3 and all(classes[t] == HAN for t in tokens)
            and word not in judge.words and judge.common(word))
