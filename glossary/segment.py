"""Word segmentation for the miner, and the background lexicon it judges words against.

Segmentation uses jieba-rs (``rjieba``), which cuts Chinese exactly as jieba does but far faster.
The background is jieba's own dictionary (word, frequency, part of speech): a word that is
frequent there is general vocabulary unless the corpus uses it unusually often.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

import rjieba

# Token classes (one letter each, see ``token_class``).
HAN = "H"        # Chinese content word
LATIN = "L"      # contains an ASCII letter: names, models, versions (DeepSeek-R1, L4, o1)
DIGITS = "D"     # Arabic number, decimal, percentage, range
QUANTITY = "Q"   # Chinese numeral with a classifier or ordinal (两年, 三个, 第五)
BREAK = "X"      # punctuation, space, function word: never inside a term
LINK = "K"       # the interpunct of foreign names (帕米·奥尔森): inside a name, never at its edge

_LATIN = re.compile(r"[A-Za-z]")
_DIGITS = re.compile(r"^[0-9][0-9.,:/%~\-+]*$")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NUMERAL = "零〇一二三四五六七八九十百千万亿两几半数第每余"
_CLASSIFIER = "个位名家款次倍年月日号天周岁元米人种项条只件张届期季代成篇本部台辆块份座句段首封笔%遍颗勺杯碗趟顿粒滴斤吨"
_QUANTITY = re.compile(rf"^[{_NUMERAL}]+[{_CLASSIFIER}]$")
# a number written in characters (二十九, 一百二十), not a name made of numerals (零一万物)
_NUMBER_WORD = re.compile(r"^[零〇一二三四五六七八九两]*[十百千万亿][零〇一二三四五六七八九十百千万亿两]*$")
_WEEKDAY = re.compile(r"^(?:周|星期|礼拜)[一二三四五六日天]$")   # a date, like 3月
# directional complements glued to the verb before them (查出来, 瘦下来)
_DIRECTIONS = ("出来", "起来", "下来", "上来", "过来", "回来", "进来", "出去", "下去", "上去",
               "过去", "回去", "进去")
# a count glued to the verb before it (走一遍, 补一颗)
_COUNTED = re.compile(rf"[{_NUMERAL}][{_CLASSIFIER}]$")
# Single numerals and classifiers: inside names (月之暗面, 文心一言) but never next to a number.
UNITS = frozenset(_NUMERAL + _CLASSIFIER)
# Classifiers and currency units: a term never starts with one (个百分点, 元左右).
CLASSIFIERS = frozenset("个位名家款次倍米种项条只件张届期成")

# Parts of speech (jieba's tag set) that mark grammatical words: particles, prepositions,
# conjunctions, pronouns, adverbs, modal and interjection words.
_FUNCTION_POS = frozenset({"uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "r", "rr", "rz", "d",
                           "y", "e", "o", "df", "dg", "rg"})
# Grammatical words jieba tags as verbs/nouns/etc. but which never start or end a term.
_FUNCTION_WORDS = frozenset(
    "是 有 在 说 会 能 要 让 使 把 被 将 给 对 向 从 以 为 于 由 与 和 及 或 而 并 且 但 等 "
    "的 地 得 了 着 过 也 都 就 又 还 再 才 很 更 最 太 已 仍 不 没 未 非 无 其 此 该 这 那 所 们 "
    "之后 之前 之一 之间 之中 以及 以上 以下 以来 如果 因为 所以 虽然 但是 而且 然后 可能 就是 "
    "这样 那样 如何 什么 怎么 为何 一些 一个 一种 一款 一位 一家 一次 这个 那个 这些 那些 这种 "
    "这一 这次 其中 其他 其它 各种 各个 每个 所有 一切 方面 时候 时 后 前 中 上 下 里 内 外 "
    "目前 当前 当时 现在 今年 去年 明年 近日 近期 此前 此外 另外 同时 随后 甚至 已经 正在 "
    "可以 需要 能够 应该 将会 进行 通过 成为 作为 表示 认为 称 据 即 如 像 比 跟 向 自 至 到 "
    # personal pronouns: a name or term never holds one (有段时间|我, 留给|我们)
    "我 你 您 他 她 它 我们 你们 他们 她们 它们 咱们 自己 大家 人家 "
    # reporting verbs: they introduce names and quotes, never belong to them
    "告诉 提到 指出 透露 介绍 强调 坦言 直言 宣布 显示 发现 称之为 说道 问道 写道 "
    "名叫 叫做 名为 "
    # frame words around quantities and clauses
    "来说 而言 左右 出来 起来 下来 上来 过来 整个 很大 首次 即便 如此 即便如此 一段 程度 所处 "
    "以后 以前 之际 期间 时期 当中 左右 上下 多年 近年 年来".split())

# Characters that, glued to the front of a word by the segmenter, make a phrase, not a word.
FUNCTION_CHARS = frozenset("这那很更另对是在的了也都就又还不没被把将给从向为于与和并但等其此该每某便才")
# Particles and adverbs that never sit inside a word the dictionary does not know.
_GLUE_CHARS = frozenset("的了在是也都就把被着过很更最太再又还所个之他她它我你")
# Roles and titles stand next to names (第一财经记者, 创始人梁文锋) but are not part of them.
ROLES = frozenset("记者 教授 主任 创始人 联合创始人 首席执行官 总裁 副总裁 董事长 董事 总经理 "
                  "经理 总监 主席 部长 院士 博士 先生 女士 分析师 工程师 负责人 委员 研究员 "
                  "员工 作者 编辑 专家 创办人 合伙人 执行官 发言人 高管 CEO CTO CFO COO "
                  # heads of state and government, envoys, officials, professions named
                  # before a person (总统尹锡悦, 导演徐克, 李老师)
                  "总统 副总统 首相 总理 副总理 国王 女王 大使 市长 省长 州长 议员 法官 律师 "
                  "医生 老师 导演 演员 歌手 作家 画家 诗人 主持人 主编 副主编 校长 院长 教练 "
                  # kin named before a person (妻子凯特, 小儿子埃里克)
                  "父亲 母亲 妻子 丈夫 儿子 女儿 小儿子 大儿子 小女儿 大女儿 哥哥 姐姐 弟弟 妹妹 "
                  "爷爷 奶奶 外公 外婆 祖父 祖母 孙子 孙女 嫂子 姑姑 舅舅 阿姨 叔叔 伯伯".split())


@cache
def _dictionary_path() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover - jieba is a dependency
        raise RuntimeError("jieba is not installed")
    return Path(spec.origin).parent / "dict.txt"


@cache
def background() -> tuple[dict[str, tuple[int, str]], int]:
    """jieba's dictionary as ``{word: (frequency, pos)}`` and the sum of all frequencies.

    Kept as a pickle in the user's cache folder (tagged with the dictionary file's size and
    modification time), which loads in less than half the time parsing the text takes."""
    from glossary.cache import cache_dir, dump_pickle, load_pickle

    path = _dictionary_path()
    st = path.stat()
    tag = ("jieba-background", 1, st.st_size, int(st.st_mtime))
    cache_file = cache_dir() / "jieba-background.pickle"
    cached = load_pickle(cache_file, tag)
    if cached is not None:
        return cached
    words: dict[str, tuple[int, str]] = {}
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            freq = int(parts[1])
            total += freq
            words[parts[0]] = (freq, sys.intern(parts[2]) if len(parts) > 2 else "")
    dump_pickle(cache_file, tag, (words, total))
    return words, total


PREDICATIVE_POS = frozenset({"v", "vd", "vi", "vq", "d"})   # verbs and adverbs, not 动名词 vn


def _dictionary():
    """The bundled CC-CEDICT, or None when its data is missing."""
    from glossary import dictionary

    try:
        return dictionary.load()
    except (ImportError, OSError):  # pragma: no cover - dictionary data missing
        return None


def _listed_name(word: str) -> bool:
    """CC-CEDICT lists ``word`` as a proper noun only (希拉里 Hillary: its 里 is a syllable of the
    name, not the place word glued to one)."""
    cedict = _dictionary()
    entries = cedict.entries(word) if cedict is not None else ()
    return bool(entries) and all(e.proper for e in entries)


def _listed(word: str) -> bool:
    """CC-CEDICT has ``word`` (a real word, not a particle glued to one)."""
    cedict = _dictionary()
    return cedict is not None and word in cedict


def token_class(token: str) -> str:
    """Classify one segment: HAN, LATIN, DIGITS, QUANTITY or BREAK."""
    if _LATIN.search(token):
        return LATIN if token.strip() == token else BREAK
    if _DIGITS.match(token):
        return DIGITS
    if token in ("·", "•", "‧"):
        return LINK
    if not _HAN.search(token):
        return BREAK
    if token in _FUNCTION_WORDS:
        return BREAK
    if _QUANTITY.match(token) or _NUMBER_WORD.match(token) or _WEEKDAY.match(token):
        return QUANTITY
    entry = background()[0].get(token)
    if entry is not None and entry[1] in _FUNCTION_POS and len(token) > 1 and entry[0] >= 200:
        # single characters only by the list above (尤 may start 尤瓦尔); rare words tagged as
        # grammatical are mostly mis-tagged (对齐 d)
        return BREAK
    if (token[0] in FUNCTION_CHARS and len(token) > 1 and (entry is None or entry[0] < 100)
            and not _listed(token)):
        return BREAK  # a grammatical word glued to the next one (这是, 很难, 对模型; not 对齐)
    if (len(token) >= 3 and token[0] in "个款件项次倍种只条届段批" and entry is not None
            and background()[0].get(token[1:], (0,))[0] > 10 * entry[0]):
        return BREAK  # a classifier glued to a common word: 段时间 (有段时间) is not a name
    if entry is None and token[0] in "个款件项次倍种只条届":
        return BREAK  # a classifier glued to the next word (个油, 款游戏)
    rare = entry is None or entry[0] < 20    # unknown, or a dictionary oddity (排在 3, 不应 3)
    if (rare and (any(ch in _GLUE_CHARS for ch in token) or token[-1] in "上里中下出"
                  or len(token) > 2 and (_COUNTED.search(token) or token.endswith(_DIRECTIONS))
                  or token[0] in "会能要有叫里" or token[-1] == "会" and len(token) == 2
                  and token[0] in "人将就也都还又")
            and not _listed_name(token)      # looked up last: only for a token that looks glued
            or (len(token) == 2 and token[0] in "首各某每这那" and token[-1] in "个位款种项")):
        return BREAK  # a particle glued to a word (戴着, 赫拉利在, 课上, 展现出, 首个)
    return HAN


@lru_cache(maxsize=4)
def segmenter(user_words: tuple[str, ...] = ()) -> "Segmenter":
    """A shared segmenter for these editor words (building one costs a tenth of a second)."""
    return Segmenter(user_words)


class Segmenter:
    """A jieba-rs segmenter with the editors' words added so they come out whole."""

    def __init__(self, user_words: tuple[str, ...] | list[str] = ()) -> None:
        self._jieba = rjieba.Jieba()
        for word in user_words:
            word = word.strip()
            if word:
                self._jieba.add_word(word, max(self._jieba.suggest_freq(word), 1000), "nz")

    def cut(self, text: str) -> list[str]:
        """Segments of ``text``; their concatenation is ``text``."""
        return self._jieba.cut(text)

    def words_in(self, text: str) -> list[str]:
        """Every dictionary word inside ``text`` (overlapping)."""
        return self._jieba.cut_all(text)


HEAD_COMPOUNDS = 40      # dictionary words ending in a noun that make it a category head


@cache
def _suffix_counts() -> Counter:
    """How many words of the background dictionary end with each two- or three-character
    string (模型: 数学模型, 统计模型, ...)."""
    words = background()[0]
    counts = Counter(w[-2:] for w in words if len(w) >= 3)
    counts.update(w[-3:] for w in words if len(w) >= 4)
    return counts


@cache
def category_heads() -> frozenset[str]:
    """The two- and three-character endings ``HEAD_COMPOUNDS`` or more background words share
    (``_suffix_counts``), kept in the cache folder beside the background."""
    from glossary.cache import cache_dir, dump_pickle, load_pickle

    st = _dictionary_path().stat()
    tag = ("jieba-heads", 1, HEAD_COMPOUNDS, st.st_size, int(st.st_mtime))
    cache_file = cache_dir() / "jieba-heads.pickle"
    cached = load_pickle(cache_file, tag)
    if cached is not None:
        return cached
    heads = frozenset(k for k, n in _suffix_counts().items() if n >= HEAD_COMPOUNDS)
    dump_pickle(cache_file, tag, heads)
    return heads


def category_head(word: str) -> bool:
    """A common noun that heads many of the dictionary's compounds (模型, 企业, 公司, 设备): a
    word before it names a kind of it (基座模型, 初创企业), unlike a frame noun (领域, 人才,
    厂商) that only says something about the word before it."""
    entry = background()[0].get(word)
    if entry is None or entry[1][:1] != "n" or entry[1][:2] in ("nr", "ns", "nt", "nz"):
        return False
    return word in category_heads()
