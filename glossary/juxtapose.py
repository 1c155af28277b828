"""Phrases that set words side by side instead of naming one thing.

The miner's phrase finder joins segments that recur together. Some pairs recur together because
the text keeps talking about one thing in one setting, not because they make a name: a place and
the place it lies in (安溪|西坪, 印度|新德里), a common noun in apposition to a name (主峰|太白山,
"the main peak, Taibai Shan"), a place and its people or its kind of place (德里|居民 "Delhi's
residents", 南美|国家 "South American countries"). Each part is the term, or none is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from glossary.kind import place_sense
from glossary.segment import HAN, token_class

# English senses of a common noun for the people of a place or a class of places: a place
# before it says whose or which (德里居民, 雅典男孩, 南美国家, 沿海城市).
_GROUP_SENSE = re.compile(
    r"^(?:the )?(?:residents?|inhabitants?|citizens?|natives?|locals?|populace|population|"
    r"people|peoples|boys?|girls?|men|man|women|woman|children|child|kids?|youths?|villagers?|"
    r"city residents?|townspeople|countr(?:y|ies)|nations?|cities|city|regions?|areas?|"
    r"provinces?)\b", re.I)


# English senses of a common noun for a kind of place: before a place's name it says what the
# place is (主峰太白山 "the main peak, Mount Taibai", 首都华盛顿).
_PLACE_KIND_SENSE = re.compile(
    r"\b(?:peak|summit|mountain|range|river|lake|sea|island|peninsula|plain|plateau|basin|"
    r"valley|desert|city|capital|town|village|county|province|port|harbou?r|region)s?\b", re.I)


@lru_cache(maxsize=4096)
def _first_sense(word: str) -> str:
    """The first ordinary (not proper, not cross-reference) sense of ``word``, or ""."""
    from glossary import dictionary

    try:
        entries = dictionary.load().entries(word)
    except (ImportError, OSError):  # pragma: no cover - dictionary data missing
        return ""
    if any(e.proper for e in entries):
        return ""
    return next((s for e in entries for s in e.senses
                 if not s.startswith(("variant of", "old variant", "see ", "CL:"))), "")


def group_noun(word: str) -> bool:
    """A common noun whose first sense is the people of a place or a class of places (居民
    "resident", 男孩 "boy", 国家 "country"), of two or more characters."""
    return len(word) >= 2 and bool(_GROUP_SENSE.match(_first_sense(word)))


def place_kind_noun(word: str) -> bool:
    """A common noun whose first sense is a kind of place (主峰 "main peak", 首都 "capital")."""
    return len(word) >= 2 and bool(_PLACE_KIND_SENSE.search(_first_sense(word)))


def place(word: str, judge: Any) -> bool:
    """A place name: a proper noun the segmenter tags as a place, or whose dictionary senses
    say it is a city, country, river and so on (新德里 "New Delhi, capital of India")."""
    if len(word) < 2 or not judge.name(word):
        return False
    return judge.pos(word).startswith("ns") or place_sense(judge.proper_senses(word))


def place_chain(tokens: Sequence[str], judge: Any) -> bool:
    """Two or more place names in a row (安溪|西坪, 印度|新德里): a place and where it lies, an
    address, not one name; each place is a term of its own."""
    return len(tokens) >= 2 and all(place(t, judge) for t in tokens)


def place_and_site(tokens: Sequence[str], judge: Any) -> bool:
    """A place name before an unknown name (泉州|吴家垄, 南京|北宋|某寺): where the site lies and
    the site, an address like a place chain, whose two names are terms apart. The name after
    the place must be unknown to both dictionaries or a proper noun, and not itself a place: a
    place before an ordinary word (江西|小炒) may name a business, and a place before another
    place (巴黎|巴塞尔|艺术|博览会) may begin a longer name."""
    if len(tokens) < 2 or not place(tokens[0], judge):
        return False
    name = tokens[1]
    if len(tokens) == 2 and len(name) < 2 or token_class(name) != HAN:
        return False        # (a single character may end the place's own name)
    return (not judge.general_token(name) and not judge.common(name) and not place(name, judge)
            and (name not in judge.words or judge.name(name)))


def apposition(tokens: Sequence[str], judge: Any) -> bool:
    """A common noun for a kind of place before a place's name (主峰|太白山 "the main peak,
    Mount Taibai"): it says what the place is; the name is the term. (A name may begin with
    another common noun: 视觉|中国 is a company.)"""
    if len(tokens) != 2:
        return False
    first, rest = tokens
    return place_kind_noun(first) and not judge.name(first) and place(rest, judge)


def place_and_group(word: str, judge: Any) -> bool:
    """A place and a common noun for its people or its kind of places (德里居民 "Delhi
    residents", 南美国家 "South American countries"): a description, however often repeated."""
    return any(place(word[:k], judge) and group_noun(word[k:]) for k in range(2, len(word) - 1))
