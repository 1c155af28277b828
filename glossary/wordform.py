"""English word forms for composed glosses, chosen by CC-CEDICT's own compounds and vocabulary.

A character or word glossed alone has several renderings (大 "big; large; great", 智能
"intelligent; able; smart"); inside a term the right one is the one the dictionary's compounds
use in the same position: as a modifier, the first English word of the compounds that begin with
it (大型 "large-scale", 大规模 "large scale": 大 reads "large"); as a head, the last English word of
the compounds that end with it (人工智能 "artificial intelligence": 智能 as a head is
"intelligence", the noun of its sense "intelligent"). Attributive 式 turns a verb into an
adjective English spells with a suffix (生成式 "generative"), when the dictionary's English uses
that adjective.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_WORD = re.compile(r"[a-z]+")
_NOTES = re.compile(r"\([^()]*\)|\[[^\]]*\]")
_FUNCTION = frozenset(
    "to a an the of be one's oneself sth sb something somebody and or in on for with by as at "
    "from up out into fig lit coll abbr cl".split())
_MIN_VOTES = 3          # a modifier's rendering needs this many compounds to outvote the first


@lru_cache(maxsize=16384)
def edge_votes(word: str, end: bool) -> Counter[str]:
    """How many of the dictionary's compounds that end (``end``) or begin with ``word`` have each
    English word at the same edge of one of their senses (one vote per compound)."""
    from glossary import dictionary

    votes: Counter[str] = Counter()
    for text in dictionary.load().edge_senses(word, end=end):
        edge: dict[str, None] = {}        # in sense order: ties go the same way every run
        for sense in text.split("; "):
            words = [w for w in _WORD.findall(_NOTES.sub("", sense)) if w not in _FUNCTION]
            if words:
                edge.setdefault(words[-1] if end else words[0])
        votes.update(edge.keys())
    return votes


@lru_cache(maxsize=4096)
def name_votes(word: str) -> Counter[str]:
    """The English words (lower case) that the dictionary's proper nouns beginning with
    ``word`` begin with, one vote per name, leaving out romanisations (小王子 "The Little
    Prince": little; not "Xiaogang")."""
    from glossary import dictionary
    from glossary.pinyin import plain_word

    d = dictionary.load()
    own = {plain_word(list(e.syllables)).lower() for e in d.entries(word)}
    votes: Counter[str] = Counter()
    for key, rows in d.by_word.items():
        if len(key) <= len(word) or not key.startswith(word):
            continue
        text = next((r[3][0] for r in rows if r[1] == key and r[2][:1].isupper() and r[3]), "")
        m = re.match(r"(?:the |The )?([A-Z][a-z]+)\b", text)
        if m and not any(m.group(1).lower().startswith(o) for o in own if o):
            votes[m.group(1).lower()] += 1
    return votes


def _stem_shared(a: str, b: str) -> bool:
    """``a`` and ``b`` are forms of one English word (intelligent, intelligence)."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    shorter = min(len(a), len(b))
    return (n >= 5 and n >= shorter - 3) or (n == shorter >= 3)   # pay, payment


def positional(word: str, renderings: list[str], *, end: bool,
               first: bool = False, name: bool = False) -> str | None:
    """A better rendering of ``word`` in a compound than ``renderings[0]`` (its best sense
    alone), by the dictionary's compounds with ``word`` at the same edge, or None.

    As a modifier (``end`` False): another one-word rendering among the first three that more
    compounds begin with (大: "large" over "big"). As a head (``end`` True): the noun the
    compounds end with when it is a form of one of the first three renderings (智能:
    "intelligence" for "intelligent"; 开发: "development" for "to develop")."""
    plain = [r[3:] if r.startswith("to ") else r for r in renderings]
    if not plain:
        return None
    votes = edge_votes(word, end)
    if end and " " in plain[0]:
        # a phrase rendering: the one whose last word the compounds end with (冰期 "glacial
        # epoch; ice age": 大冰期 "ice age", so 小冰期 "small ice age")
        scored = [(votes[r.split()[-1].lower()], -i, r) for i, r in enumerate(plain[:3])
                  if " " in r and r.split()[-1].isalpha() and r == renderings[i]]
        n, _, top = max(scored, default=(0, 0, plain[0]))
        return top if top != plain[0] and n > votes[plain[0].split()[-1].lower()] else None
    if " " in plain[0]:
        return None
    best = plain[0].lower()
    if name and not end:
        # in a name, the word the dictionary's names begin with (小王子 "The Little Prince",
        # 小红帽 "Little Red Riding Hood": 六小虎 "Six Little Tigers"), when its compounds use
        # it too
        named = name_votes(word).most_common(2)
        if named and named[0][1] >= _MIN_VOTES and (len(named) == 1 or named[0][1] > named[1][1]) \
                and votes[named[0][0]] >= _MIN_VOTES and named[0][0] != best:
            return named[0][0]
    chosen = _by_votes(renderings, plain, votes, end) if votes else None
    if chosen is None and first and not end and not votes[best] and \
            not renderings[0].startswith("to "):
        # a term's first word, which no compound backs as a modifier: an adjective among the
        # renderings reads as English modifies (视觉 "sight; vision; visual": 视觉中国 "visual
        # China"; but 性别平等教育 "gender equality education": 平等 modifies nothing alone)
        adjective = next((r for r in renderings[1:3] if _MODIFYING.fullmatch(r) and any(
            o != r and o[:3] == r[:3] for o in plain[:3])), None)     # vision, visual
        if adjective and not _MODIFYING.fullmatch(best):
            return adjective
    return chosen


def _by_votes(renderings: list[str], plain: list[str], votes: Counter[str],
              end: bool) -> str | None:
    """``positional``'s choice by the compounds' votes (see there), or None."""
    best = plain[0].lower()
    if not end:
        singles = [r for r in renderings[:3] if r.isalpha() and r.islower()]
        # the dictionary's order counts too: a later sense needs clearly more compounds
        top = max(singles, key=lambda r: (votes[r] * (1 - 0.1 * singles.index(r)), r == best),
                  default=best)
        if top != best and votes[top] >= _MIN_VOTES and votes[top] > votes[best]:
            return top
        return None
    (head, n), = votes.most_common(1)
    # a verb heads a compound as its noun (开发 "to develop": 软件开发 "software development")
    if head != best and n > votes[best] and any(_stem_shared(head, r.lower())
                                                for r in plain[:3] if " " not in r):
        return head
    return None


_ADJECTIVE_ENDINGS = ("ive", "ative")
_MODIFYING = re.compile(r"[a-z]{3,}(?:al|ic|ous)")


@lru_cache(maxsize=4096)
def adjective(verb: str) -> str | None:
    """The adjective English makes of ``verb`` with a suffix (generate -> generative, interact ->
    interactive, inform -> informative), when the dictionary's English uses it; else None."""
    from glossary import dictionary

    if not verb.isalpha():
        return None
    stem = verb[:-1] if verb.endswith("e") else verb
    vocabulary = dictionary.load().english
    for ending in _ADJECTIVE_ENDINGS:
        for form in (stem + ending, verb + ending):
            if form != verb and form in vocabulary:
                return form
    return None


_AGENT = re.compile(r"(?:er|ers|or|ors|ist|ists|ant|ants)$")
_ADJECTIVAL = re.compile(r"(?:ive|ous|ful|less|able|ible)$")   # expressive names no activity


def verbal_noun(word: str, verb: str) -> str | None:
    """The noun English uses for the activity of ``verb`` when ``word`` (its Chinese) heads a
    compound, by the dictionary's compounds that begin or end with ``word``: the bare verb
    (搜索引擎 "search engine": AI搜索 "AI search") or a derived noun (推荐 "recommendation"); not
    an agent noun (driver) nor an adjective (expressive: 基因表达 "gene expression"). None when
    the compounds show none (then a gerund is the default)."""
    votes = edge_votes(word, False) + edge_votes(word, True)
    nouns = [(n, w) for w, n in votes.items()
             if (w == verb or (_stem_shared(w, verb) and not _AGENT.search(w)
                               and not _ADJECTIVAL.search(w))) and n >= 1]
    if not nouns:
        return None
    return max(nouns)[1]
