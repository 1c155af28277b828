"""General vocabulary: whether a corpus word is an everyday word (``Judge``), by its frequency
against the background counts and by what CC-CEDICT lists."""

from __future__ import annotations

import math
from collections import Counter

from glossary.segment import HAN, background, segmenter, token_class

GENERAL_RATIO = 80.0         # a dictionary word must be this much more frequent than background
NAME_RATIO = 4.0             # ... or this much, when the dictionary says it is a name
PREDICATE_RATIO = 400.0      # ... or this much, for verbs, adjectives, adverbs and idioms
COMPOUND_PMI = 4.5           # background PMI that makes a listed compound a term of its own
CEDICT_FLOOR = 200           # background frequency assumed for any word CC-CEDICT lists
_PREDICATE_POS = frozenset("vadilz")
NAME_POS = ("nr", "ns", "nt", "nz")


class Judge:
    """Background-frequency and dictionary evidence for single words."""

    def __init__(self, uni: Counter) -> None:
        self.words, self.total = background()
        self.corpus_total = max(1, sum(uni.values()))
        self.uni = uni
        self._proper: dict[str, bool] = {}
        self._general: dict[str, bool] = {}
        self._common: dict[str, bool] = {}
        self._segmenter = segmenter()
        try:
            from glossary import dictionary
            self._cedict = dictionary.load()
        except (ImportError, AttributeError, OSError):  # pragma: no cover - dictionary missing
            self._cedict = None

    def proper(self, word: str) -> bool:
        """CC-CEDICT lists ``word`` as a proper noun (capitalised pinyin)."""
        if word not in self._proper:
            entries = self._cedict.entries(word) if self._cedict is not None else ()
            self._proper[word] = any(e.proper for e in entries) and not any(
                not e.proper and not all(s.startswith(("variant of", "see ", "old variant"))
                                         for s in e.senses) for e in entries)
        return self._proper[word]

    def proper_senses(self, word: str) -> list[str]:
        """English senses of ``word``'s proper-noun entries in CC-CEDICT."""
        if self._cedict is None:
            return []
        out = []
        for e in self._cedict.entries(word):
            if not e.proper:
                continue
            for s in e.senses:
                if s.startswith("see "):          # see 騰訊控股有限公司|腾讯控股有限公司[...]
                    target = s[4:].split("[")[0].split("|")[-1]
                    out += [t for f in self._cedict.entries(target) if f.proper
                            for t in f.senses]
                elif not s.startswith(("variant of", "old variant")):
                    out.append(s)
        return out

    def segments(self, text: str) -> list[str]:
        return self._segmenter.cut(text)

    def surname(self, chars: str) -> bool:
        return self._cedict is not None and self._cedict.surname(chars) is not None

    def common(self, word: str) -> bool:
        """CC-CEDICT lists ``word`` as an ordinary (not proper) word."""
        known = self._common.get(word)
        if known is None:
            known = self._common[word] = self._cedict is not None and any(
                not e.proper and not all(s.startswith(("variant of", "see ", "old variant"))
                                         for s in e.senses) for e in self._cedict.entries(word))
        return known

    def verb(self, word: str) -> bool:
        """CC-CEDICT gives ``word`` only verb senses, in all its entries ('to accompany' for 陪伴,
        which jieba tags as a noun; 中式 is also 'Chinese style'); not a word in -化, which news
        writing uses as the process's name (商业化, 'to commercialize' and commercialisation)."""
        if self._cedict is None or word.endswith("化"):
            return False
        senses = [s for e in self._cedict.entries(word) for s in e.senses
                  if not s.startswith(("variant of", "see ", "old variant", "CL:"))]
        return bool(senses) and all(s.startswith("to ") for s in senses)

    def name(self, word: str) -> bool:
        """A proper noun by CC-CEDICT, or by jieba's tag when CC-CEDICT does not call it common
        (jieba tags many ordinary words as names: 封锁 nr, 普及 ns)."""
        if self.proper(word):
            return True
        return (len(word) >= 2 and self.pos(word).startswith(NAME_POS)
                and not self.common(word))

    def pos(self, word: str) -> str:
        entry = self.words.get(word)
        return entry[1] if entry else ""

    def ratio(self, word: str, count: int) -> float:
        """Corpus frequency over background frequency (inf for words not in the dictionary)."""
        entry = self.words.get(word)
        if entry is None:
            return math.inf
        return (count / self.corpus_total) / ((entry[0] + 1) / self.total)

    def compound(self, word: str) -> bool:
        """A dictionary entry that is just general words in a row (美国市场, 一段时间, 计算能力):
        general unless it is a name."""
        if len(word) < 3 or word not in self.words or self.name(word):
            return False
        parts = {w for w in self._segmenter.words_in(word) if 2 <= len(w) < len(word)}
        if not parts:
            return False
        reach = {0}                           # split word into general dictionary words
        for i in range(len(word)):
            if i in reach:
                for w in parts:
                    if word.startswith(w, i) and self.general(w, self.uni.get(w, 0)):
                        reach.add(i + len(w))
        if len(word) not in reach:
            return False
        # An established compound is far likelier in the background than its parts suggest
        # (人工智能, 虚拟现实); a phrase the dictionary happens to list is not (美国市场).
        best = 0.0
        for w in parts:
            rest = word[len(w):] if word.startswith(w) else None
            if rest and rest in self.words:
                joint = (self.words[word][0] + 1) * self.total
                best = max(best, math.log(joint / ((self.words[w][0] + 1)
                                                  * (self.words[rest][0] + 1))))
        return best < COMPOUND_PMI

    def general_token(self, token: str) -> bool:
        """``general`` for a segment, judged by its own corpus count."""
        if token not in self._general:
            self._general[token] = (token_class(token) == HAN
                                    and self.general(token, self.uni.get(token, 0)))
        return self._general[token]

    def specificity(self, word: str, count: int) -> float:
        r = self.ratio(word, count)
        return 1.0 if r == math.inf else max(0.0, min(1.0, math.log10(max(r, 1.0)) / 3))

    def general(self, word: str, count: int) -> bool:
        """A dictionary word used about as often as general language uses it.

        Verbs, adjectives, adverbs and idioms need a much higher ratio than nouns; proper nouns a
        lower one. jieba's frequencies undercount some common words (榜单 3), so a word that
        CC-CEDICT also lists is taken to be at least moderately frequent.
        """
        entry = self.words.get(word)
        if "著" in word:
            # OpenCC keeps 著 (a character of its own); as a particle it is 着 (意味著)
            plain = word.replace("著", "着")
            if plain in self.words and (entry is None or self.words[plain][0] > entry[0]):
                return self.general(plain, count)
        if entry is None:
            return False
        freq = entry[0]
        if self._cedict is not None and word in self._cedict:
            freq = max(freq, CEDICT_FLOOR)
        r = (count / self.corpus_total) / ((freq + 1) / self.total)
        if self.name(word):
            return r < NAME_RATIO
        if entry[1][:1] in _PREDICATE_POS or self.verb(word):
            return r < PREDICATE_RATIO
        return r < GENERAL_RATIO
