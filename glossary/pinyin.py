"""Hanyu Pinyin for terms (GB/T 16159 word joining, GB/T 28039 personal names) and ASCII slugs.

Readings are computed on the simplified form so that polyphones resolve. For every word (jieba
segmentation) the reading is, in order of trust:

1. CC-CEDICT, when its entries for the word agree on one reading (gives neutral tones: 萝卜 luóbo,
   and word readings such as 重构 chóng, 行业 háng); a segment neither dictionary lists reads the
   CC-CEDICT words that make it up as those words (测量员: 测量 cèliáng, not the character's usual
   liàng), unless it is a foreign name's sounds;
2. pypinyin's phrase dictionary, applied to the word and its neighbours;
3. for a polyphonic character still unresolved, its majority reading at that position in
   CC-CEDICT's common words (长 first in a word: cháng; last: zhǎng), or its only CC-CEDICT
   reading whatever pypinyin lists (萎 wěi: 萎凋 wěidiāo).

Tone sandhi is never written (一 yī, 不 bù), as the standard prescribes.

Writing rules:

* Syllables of one word are written together, words are separated by spaces. A term of up to three
  syllables is one word ("a two- or three-syllable structure expressing one concept is written
  together": 右舵 yòuduò, 价格战 jiàgézhàn); longer terms are split at jieba's dictionary words, a
  word of four or more syllables into its dictionary words (人工智能 réngōng zhìnéng), runs of
  single syllables in pairs, a leftover single syllable joined to the next word (百模大战 bǎimó
  dàzhàn, 行业大模型 hángyè dàmóxíng); single characters the segmenter left apart that make a
  CC-CEDICT word are that word (车厘子快线 chēlízi kuàixiàn). An apostrophe separates a syllable
  starting with a, o or e inside a word (Xī'ān). The particle 的 is a word of its own (měilì de
  dìfāng). Punctuation inside a term (a title's) is kept: 你好，李焕英 Nǐhǎo, Lǐ Huànyīng;
  混乱太阳群（过渡01） ... (Guòdù 01).
* Numerals are written apart from what they count: a numbered epithet — a numeral other than 一, then
  a noun word, the whole no dictionary word (六小虎, 四巨头, not 三伏天, 三个, 千问) — names a group
  and is written as a name: Liù Xiǎohǔ. In a parallel idiom (千行百业) the second and fourth
  characters read as the word they make (行业: qiānháng bǎiyè).
* Proper nouns (kinds person, organization, product, place, event) capitalise every word
  (百度文库 -> Bǎidù Wénkù), and so do common terms whose English is written as a name
  (``english="Chatbot Arena"``) and a company's coined product names whatever their kind (百度文库);
  jargon and other terms are lower case, except the proper nouns inside
  them: names CC-CEDICT knows only as names (斯普特尼克时刻 Sīpǔtèníkè shíkè) and runs of
  transliteration characters (阿瓦达拉 Āwǎdálā), each one word. Known names are split where the
  dictionary capitalises them (复旦大学 Fùdàn Dàxué; an era or person by syllable too: 北宋 Běi
  Sòng), and the generic part of a place name is written apart (雅鲁藏布江 Yǎlǔzàngbù Jiāng,
  镇江市 Zhènjiāng Shì; but 浙江 Zhèjiāng): a natural feature's when the dictionary's English
  names the feature (太行山 "Taihang Mountains" Tàiháng Shān, 秦岭 Qín Lǐng), and a place of the
  kind "place" the dictionary does not know at its generic part (桑干河 Sānggān Hé). A whole run
  shaped like a transliterated name (three quarters transliteration characters, not made of two
  dictionary words) is one word (米诺陶洛斯 Mǐnuòtáoluòsī). A surname and 家 is the name and a
  word (魏家 Wèi jiā); a Chinese name in a title of several runs is written as a name.
* Chinese personal names (GB/T 28039): surname and given name are separate words, each capitalised;
  the surname takes its surname reading (曾 Zēng, 单 Shàn, 仇 Qiú) and compound surnames stay
  together (欧阳 Ōuyáng); a given name never takes a neutral tone. People the dictionary knows are
  read as it says (济公 Jìgōng). Foreign names transliterated with an interpunct (帕米·奥尔森) write
  each part as one capitalised word and drop the dot: Pàmǐ Ào'ěrsēn; without a dot (马斯克) the
  name is one word: Mǎsīkè.
* Latin letters and digits in a mixed term are kept as written, as separate words (C端 -> C duān,
  AI三叉戟 -> AI sānchājǐ). A term without Han characters has no pinyin ("").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from glossary.script import HAN as _HAN, has_han

PROPER_KINDS = frozenset({"person", "organization", "product", "place", "event"})

_HAN_RE = re.compile(f"[{_HAN}]")
_RUN = re.compile(f"([{_HAN}]+)|([A-Za-z0-9]+(?:[.+#][A-Za-z0-9]+)*[+#]*)")
_INTERPUNCT = re.compile(r"[·•‧・．.∙⋅]")

_TONE_MARKS = {
    "a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "v": "ǖǘǚǜ",
}
_TONELESS = str.maketrans({m: base if base != "v" else "ü"
                           for base, marks in _TONE_MARKS.items() for m in marks})


def _simplified(term: str) -> str:
    from glossary.script import analysis_form

    return analysis_form(unicodedata.normalize("NFC", term))


# ---------------------------------------------------------------- syllables

@lru_cache(maxsize=8192)
def mark(numbered: str) -> str:
    """Numbered syllable -> tone-marked (``lv4`` -> ``lǜ``, ``bo5`` -> ``bo``)."""
    s = numbered.lower().replace("u:", "v")
    tone = 5
    if s and s[-1].isdigit():
        tone, s = int(s[-1]), s[:-1]
    if tone in (1, 2, 3, 4):
        # a or e takes the mark; in "ou" the o does; otherwise the last vowel.
        if "a" in s:
            i = s.index("a")
        elif "e" in s:
            i = s.index("e")
        elif "ou" in s:
            i = s.index("o")
        else:
            i = max((s.rfind(v) for v in "iouv"), default=-1)
        if i >= 0:
            s = s[:i] + _TONE_MARKS[s[i]][tone - 1] + s[i + 1:]
    return s.replace("v", "ü")


def toneless(syllable: str) -> str:
    """Tone-marked syllable -> plain letters (ü kept)."""
    return syllable.translate(_TONELESS)


@lru_cache(maxsize=4096)
def _char_default(ch: str) -> str:
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=False,
                      errors=lambda x: [""])
    return out[0] if out else ""


@lru_cache(maxsize=4096)
def _toned(ch: str) -> str:
    """The first reading of ``ch`` that carries a tone (子 -> zi3), numbered."""
    from pypinyin import Style, pinyin

    readings = pinyin(ch, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True,
                      v_to_u=False)
    toned = [r for r in (readings[0] if readings else []) if not r.endswith("5")]
    return toned[0] if toned else _char_default(ch)


def _phrase_readings(text: str) -> list[str]:
    """pypinyin's reading (numbered) of each character of a Han string, phrase-aware."""
    return list(_phrase_readings_cached(text))


@lru_cache(maxsize=16384)
def _phrase_readings_cached(text: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=False,
                      errors=lambda x: [""] * len(x))
    if len(out) != len(text):  # defensive: never misalign
        out = [_char_default(c) for c in text]
    return tuple(out)


def _is_phrase(word: str) -> bool:
    from pypinyin.phrases_dict import phrases_dict

    return word in phrases_dict


@lru_cache(maxsize=8192)
def _phrase_reading(word: str) -> tuple[str, ...]:
    """pypinyin's phrase-dictionary reading of ``word``, numbered, citation tones."""
    from pypinyin.contrib.tone_convert import to_tone3
    from pypinyin.phrases_dict import phrases_dict

    readings = [to_tone3(r[0], neutral_tone_with_five=True, v_to_u=False).replace("ü", "v")
                for r in phrases_dict[word]]
    return tuple(_unsandhi(c, r) for c, r in zip(word, readings))


def _unsandhi(ch: str, syl: str) -> str:
    """The standard writes citation tones: 一 yī, 不 bù, whatever pypinyin's phrases say."""
    if ch == "一" and syl in ("yi2", "yi4"):
        return "yi1"
    if ch == "不" and syl == "bu2":
        return "bu4"
    return syl


def _segment(text: str, hmm: bool = False) -> list[str]:
    """jieba's words of ``text`` (dictionary words only unless ``hmm``)."""
    return list(_segment_cached(text, hmm))


@lru_cache(maxsize=65536)
def _segment_cached(text: str, hmm: bool) -> tuple[str, ...]:
    # jieba's default dictionary through jieba-rs: the same cuts as jieba's ``lcut`` on Chinese
    # (checked on every call a build of the 1,827-article benchmark corpus makes), without
    # jieba's half-second dictionary load in every process.
    import rjieba

    return tuple(w for w in rjieba.cut(text, hmm) if w)


def _group(tokens: list[str]) -> list[str]:
    """Join tokens into written words. Up to three syllables is one word. Otherwise a run of
    single-syllable tokens is read in pairs (Chinese words are mostly disyllabic: 右舵 左行,
    百模 大战); a single syllable left over joins the following word (大 + 模型 -> 大模型), or the
    previous one at the end."""
    if (len(tokens) >= 2 and tokens[-1] in _LOCATIVES and len(tokens[-2]) >= 2
            and not _is_word("".join(tokens[-2:]))):
        # GB/T 16159: a noun and the locative after it are written apart unless the whole is
        # a word (体制内 tǐzhì nèi, 过程中 guòchéng zhōng; but 海外 hǎiwài)
        return [*_group(tokens[:-1]), tokens[-1]]
    particle = len(tokens) > 1 and any(t in _PARTICLES for t in tokens)
    if sum(len(t) for t in tokens) <= 3 and not particle:
        return ["".join(tokens)] if tokens else []
    words: list[str] = []
    chain = ""

    def flush(following: str | None) -> None:
        nonlocal chain
        pairs = [chain[i:i + 2] for i in range(0, len(chain), 2)]
        tail = ""
        if pairs and len(pairs[-1]) == 1:
            tail = pairs.pop()
        words.extend(pairs)
        if tail:
            if following is not None:
                words.append(tail + following)
            elif words:
                words[-1] += tail
            else:
                words.append(tail)
        elif following is not None:
            words.append(following)
        chain = ""

    for tok in tokens:
        if tok in _PARTICLES:     # 西西弗 的 神话: the particle is a word of its own
            flush(None)
            words.append(tok)
        elif len(tok) == 1:
            chain += tok
        else:
            flush(tok)
    flush(None)
    return words


# Single-character locatives (方位词) after a noun
_LOCATIVES = frozenset("上下内外中里前后旁")

# Structural particles: written apart, in the neutral tone (GB/T 16159: 的 de).
_PARTICLES = {"的": "de5"}


@lru_cache(maxsize=1)
def _dictionary():
    from glossary import dictionary

    return dictionary.load()


class _Context:
    """pypinyin's phrase-aware readings of a run, computed only if a character needs them."""

    def __init__(self, run: str) -> None:
        self.run = run
        self._readings: list[str] | None = None

    def __getitem__(self, i: int) -> str:
        if self._readings is None:
            self._readings = [_unsandhi(c, s) for c, s in zip(self.run, _phrase_readings(self.run))]
        return self._readings[i]


@lru_cache(maxsize=8192)
def _only_reading(ch: str) -> str:
    """The reading of a character that has exactly one (numbered), else ""."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings = pinyin_dict.get(ord(ch), "")
    return _char_default(ch) if readings and "," not in readings else ""


class _Slice:
    def __init__(self, context: _Context, offset: int) -> None:
        self.context, self.offset = context, offset

    def __getitem__(self, i: int) -> str:
        return self.context[self.offset + i]


def _transliterated(name: str, syllables: list[str]) -> list[str]:
    """A transliterated foreign name (every character a transliteration one) the dictionary
    does not list reads its characters as the dictionary's names mostly do (耶 yē: 巴卡吉耶夫
    Bākǎjíyēfū, as 耶路撒冷, 耶鲁); other names and words keep their readings."""
    from glossary.kind import transliteration_run

    if (len(name) < 3 or not transliteration_run(name)) and not _foreign_run(name):
        return syllables
    if _dictionary().word_reading(name):
        return syllables
    d = _dictionary()
    return [d.name_reading(c) or s for c, s in zip(name, syllables)]


def _word_syllables(word: str, context, proper: bool) -> list[str]:
    """Numbered readings of one written word. ``context`` gives pypinyin's phrase-aware reading
    of each of its characters within their run (indexable, computed on demand)."""
    d = _dictionary()
    whole = d.word_reading(word, proper=proper)
    if whole:
        return [_unsandhi(c, s) for c, s in zip(word, whole)]
    out: list[str] = []
    pieces = [(sub, proper and sub == piece)
              for piece in (_segment(word) if len(word) > 1 else [word])
              for sub in _known_words(piece, proper)]
    for piece, piece_proper in pieces:
        start = len(out)
        # a word found inside a segment reads as the common word (金子般 jīnzi, not the
        # surname Kaneko's zǐ)
        reading = d.word_reading(piece, proper=piece_proper) if len(piece) > 1 else None
        if reading:
            out.extend(reading)
            continue
        if len(piece) > 1 and _is_phrase(piece):
            out.extend(_phrase_reading(piece))
            continue
        for j, ch in enumerate(piece):
            i = start + j
            syl = _only_reading(ch) or (_PARTICLES.get(ch, "") if piece == ch else "")
            if not syl and len(word) > 1:  # a polyphone no word resolved: its usual reading there
                syl = d.position_reading(ch, 0 if i == 0 else (2 if i == len(word) - 1 else 1))
            if not syl and len(word) > 1:
                # one reading in CC-CEDICT, whatever pypinyin lists (萎 wěi: 萎凋 wěidiāo)
                readings = {e.syllables for e in d.entries(ch) if len(e.syllables) == 1}
                syl = next(iter(readings))[0] if len(readings) == 1 else ""
            out.append(syl or context[i])
    return [_unsandhi(c, s) for c, s in zip(word, out)]


def _known_words(piece: str, proper: bool) -> list[str]:
    """A segment neither dictionary reads whole, split into the longest CC-CEDICT words that
    begin it and single characters (测量员 -> 测量 员: cèliáng, as the word reads, not the
    character's usual liàng); other segments unchanged."""
    from glossary.kind import transliteration_run

    d = _dictionary()
    if len(piece) < 3 or d.word_reading(piece, proper=proper) or _is_phrase(piece):
        return [piece]
    if sum(map(transliteration_run, piece)) >= 0.75 * len(piece):
        return [piece]      # sounds of a foreign name, not words (马扎罗 is not 马扎 "campstool")
    out: list[str] = []
    i = 0
    while i < len(piece):
        for j in range(len(piece), i + 1, -1):
            if d.word_reading(piece[i:j]):
                out.append(piece[i:j])
                i = j
                break
        else:
            out.append(piece[i])
            i += 1
    return out if any(len(p) > 1 for p in out) else [piece]


def _join(syllables: list[str]) -> str:
    """Tone-marked syllables of one word, with apostrophes before a/o/e inside the word."""
    parts = []
    for i, s in enumerate(syllables):
        if i and s[:1] in "aāáǎàoōóǒòeēéěè":
            parts.append("'")
        parts.append(s)
    return "".join(parts)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:] if word else word


def _is_word(w: str) -> bool:
    return w in _dictionary()


def _split_particle(token: str) -> list[str]:
    """A token the segmenter glued to the particle 的 (般的) is the word and the particle, unless
    the dictionary lists the whole (目的, 真的)."""
    if len(token) >= 2 and token.endswith("的") and not _is_word(token):
        return [token[:-1], "的"]
    return [token]


def _merge_known(tokens: list[str]) -> list[str]:
    """Single characters the segmenter left apart that make a CC-CEDICT word are that word
    (车 厘 子 -> 车厘子 chēlízi, not chēlí zi + the next word); the longest such word wins."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j]) == 1 and tokens[j] not in _PARTICLES:
            j += 1
        for end in range(j, i + 1, -1):
            if _is_word("".join(tokens[i:end])):
                out.append("".join(tokens[i:end]))
                i = end
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _split_long(token: str) -> list[str]:
    """A token of four or more syllables is written as its words when it splits into
    dictionary words of two or more syllables (人工智能 -> 人工 智能, 复旦大学 -> 复旦 大学)."""
    if len(token) < 4:
        return [token]
    for i in range(2, len(token) - 1):
        head, tail = token[:i], token[i:]
        if _is_word(head) and _is_word(tail):
            return [head, *_split_long(tail)]
    return [token]


# Single-syllable generic parts of place names, written apart from the specific part when the
# dictionary capitalises them as a word of their own (长江 Cháng Jiāng, but 浙江 Zhèjiāng).
_GENERIC_PLACE = frozenset("江河湖山海洋省市县区镇乡村岛峡湾港街路州岭峰")
# The generic parts that name a natural feature, and the English words for such features: a
# name the dictionary renders with one (太行山 "Taihang Mountains", 秦岭 "Qinling Mountain Range",
# 珠江 "Pearl River") is the feature's name, written apart from its generic part (Tàiháng Shān,
# Qín Lǐng, Zhū Jiāng); one rendered without (浙江 "Zhejiang province") is not (Zhèjiāng).
_FEATURE_CHARS = frozenset("江河湖山海洋岛峡湾岭峰")
_FEATURE_WORDS = re.compile(r"\b(?:Mountains?|Mount|Mt|Range|Hills?|Peak|River|Lake|Sea|Ocean|"
                            r"Islands?|Strait|Gorges?|Bay|Ridge)\b", re.I)


def _names_feature(name: str) -> bool:
    """``name`` ends with a natural feature's generic part and the dictionary's name for it
    says what feature it is (太行山 "Taihang Mountains")."""
    if len(name) < 2 or name[-1] not in _FEATURE_CHARS or (len(name) > 2 and _is_word(name[-2:])):
        return False    # 加那利群岛: 群岛 is one word
    from glossary.senses import clean_sense

    return any(_FEATURE_WORDS.search(clean_sense(sn, proper=True))
               for e in _dictionary().entries(name) if e.proper for sn in e.senses[:1])


def _capitalised_apart(name: str) -> bool:
    """A two-syllable era or person the dictionary capitalises syllable by syllable (北宋 Bei3
    Song4, 东吴 Dong1 Wu2): two words, Běi Sòng, as its English is (Northern Song)."""
    from glossary.senses import _PERSON_SENSE, _era

    return len(name) == 2 and any(
        len(e.pinyin.split()) == 2 and all(x[:1].isupper() for x in e.pinyin.split())
        and any(_era(sn) or _PERSON_SENSE.search(sn) for sn in e.senses[:1])
        for e in _dictionary().entries(name))


def _proper_words(word: str) -> list[str] | None:
    """A proper noun split where CC-CEDICT capitalises its syllables (复旦大学 Fu4 dan4 Da4 xue2
    -> 复旦 大学; 阿里巴巴 A1 li3 ba1 ba1 stays one word), or None if it has no such entry."""
    entries = [e for e in _dictionary().entries(word)
               if e.proper and len(e.pinyin.split()) == len(word)]
    if not entries:
        return None
    syl = min(entries, key=lambda e: sum(s[:1].isupper() for s in e.pinyin.split())).pinyin.split()
    words, start = [], 0
    for i in range(1, len(word)):
        if syl[i][:1].isupper():
            words.append(word[start:i])
            start = i
    words.append(word[start:])
    return words


def _proper_only(word: str) -> bool:
    """The dictionary knows ``word`` only as a name (not as a kind of thing: 铁观音, a tea)."""
    from glossary.kind import thing_sense

    entries = _dictionary().entries(word)
    return bool(entries) and all(e.proper and not thing_sense(e.senses) for e in entries)


def _boundaries(run: str) -> frozenset[int]:
    """Offsets where jieba's words (no HMM) begin or end in ``run``."""
    cuts = {0}
    pos = 0
    for tok in _segment(run):
        pos += len(tok)
        cuts.add(pos)
    return frozenset(cuts)


def _name_at(run: str, i: int, cuts: frozenset[int]) -> int:
    """End of a proper noun starting at ``run[i]`` (a dictionary name, or a run of three or
    more transliteration characters that is no common word), else 0. A dictionary name must
    start and end where jieba's words do, so that 中村 (Nakamura) is not found in 城中村."""
    from glossary.kind import transliteration_run

    j = i
    while j < len(run) and run[j] in _TRANSLITERATION_RUN:
        j += 1
    if j - i >= 3 and (_proper_only(run[i:j]) or not _is_word(run[i:j])):
        return j
    # more transliteration characters (库奈里斯, 丁达尔) make a name only when it ends where a
    # word does (not 皮诺基金会, where 基金会 begins at 基)
    while j < len(run) and transliteration_run(run[j]):
        j += 1
    while j - i >= 3 and j not in cuts:
        j -= 1
    if j - i >= 3 and i in cuts and (_proper_only(run[i:j]) or not _is_word(run[i:j])):
        return j
    if i not in cuts:
        return 0
    for j in range(min(len(run), i + 8), i + 1, -1):
        if j in cuts and _proper_only(run[i:j]):
            return j
    return 0


@lru_cache(maxsize=16384)
def _foreign_run(run: str) -> bool:
    """A whole Han run shaped like a transliterated foreign name although a character or two
    also serve Chinese words (米诺陶洛斯 Minotaur, 代达罗斯 Daedalus): three to eight characters,
    no dictionary word, not made of two or more dictionary words, three quarters or more
    transliteration characters, ending with one. (Two characters are too often a word: 拉索
    "stay cable".)"""
    from glossary.kind import transliteration_run
    from glossary.segment import background

    if (not 3 <= len(run) <= 8 or run in _dictionary() or not transliteration_run(run[-1])
            or any(c in _PARTICLES for c in run)):
        return False
    tag = (background()[0].get(run[0]) or (0, ""))[1]
    if tag[:1] in ("r", "u", "y", "e", "p", "c", "z"):
        return False    # begins with a pronoun, particle or interjection (哦沙威玛)
    if sum(map(transliteration_run, run)) < 0.75 * len(run):
        return False
    from glossary.composition import _fewest_pieces

    # made of two or more dictionary words or names (德国 马克, 希腊 罗马): not one name
    pieces = _fewest_pieces(run) or []
    return sum(len(p) >= 2 for p in pieces) < 2


def _wide_transliteration(text: str) -> bool:
    from glossary.kind import transliteration_run

    return transliteration_run(text)


def _han_words(run: str, proper: bool) -> list[tuple[list[str], bool]]:
    """Written words of a Han run: (numbered syllables, is a proper noun inside the run)."""
    context = _Context(run)
    # Proper nouns the dictionary knows only as names (斯普特尼克) stay one capitalised word.
    stretches: list[tuple[str, bool]] = []
    i = start = 0
    cuts = _boundaries(run)
    if _foreign_run(run):
        cuts = frozenset((0, len(run)))
        stretches.append((run, True))
        i = start = len(run)
    while i < len(run):
        end = _name_at(run, i, cuts)
        if end:
            if start < i:
                stretches.append((run[start:i], False))
            stretches.append((run[i:end], True))
            i = start = end
        else:
            i += 1
    if start < len(run):
        stretches.append((run[start:], False))
    out = []
    pos = 0
    for text, is_name in stretches:
        if is_name:
            # The dictionary's capitals mark word boundaries when they give words of two or
            # more syllables (复旦 大学); a transliteration stays whole (阿里巴巴 Ālǐbābā).
            words = _proper_words(text) or [text]
            generic = ""
            if (len(words) >= 2 and words[-1] in _GENERIC_PLACE) or (
                    len(text) >= 3 and text[-1] in _GENERIC_PLACE and _proper_only(text[:-1])) or (
                    _names_feature(text)):
                generic, text_ = text[-1], text[:-1]    # 专名与通名分写: Yǎlǔzàngbù Jiāng
                words = _proper_words(text_) or [text_]
            else:
                text_ = text
            if _capitalised_apart(text_):
                words = [text_[0], text_[1]]
            elif len(words) < 2 or min(map(len, words)) < 2:
                # a transliteration stays one word (纳米比亚 Nàmǐbǐyà, not 纳米 "nanometre")
                translit = all(c in _TRANSLITERATION for c in text_) or (
                    words == [text_] and _proper_only(text_) and _wide_transliteration(text_))
                words = [text_] if translit else _split_long(text_)
            if generic:
                words.append(generic)
        names: set[int] = set()   # indexes of words that are place names inside the stretch
        if not is_name:
            tokens = _merge_known([t for tok in _segment(text) for t in _split_particle(tok)
                                   for t in _split_long(t)])
            words = []
            for w in _group(tokens):
                # 专名与通名分写: a known place name and its generic part (镇江市 Zhènjiāng Shì)
                if len(w) >= 3 and w[-1] in _GENERIC_PLACE and _proper_only(w[:-1]):
                    names.update((len(words), len(words) + 1))
                    words.extend([w[:-1], w[-1]])
                else:
                    words.append(w)
        whole = _dictionary().word_reading(text, proper=True) if is_name else None
        offset = 0
        for k, w in enumerate(words):
            if whole:  # a known proper noun reads as the dictionary says (雅鲁藏布江 Zàngbù)
                syl = [_unsandhi(c, x) for c, x in zip(w, whole[offset:offset + len(w)])]
                offset += len(w)
            else:
                syl = _word_syllables(w, _Slice(context, pos),
                                      proper or is_name or k in names)
                if is_name:
                    syl = _transliterated(w, syl)
            out.append((syl, is_name or k in names))
            pos += len(w)
    return out


# ---------------------------------------------------------------- personal names

# Characters that standard transliteration of foreign names (Xinhua's tables) relies on and that
# Chinese given names rarely use. Two or more of them after the first character mark a
# transliterated name written without an interpunct (马斯克, 哈萨比斯, 安德森).
_TRANSLITERATION = frozenset(
    "斯尔克特姆兹茨普伯格瓦诺罗塞萨哈纳卡莱拉巴布奥埃艾阿伊乌贝蒂索库迪弗勒里基洛杰森德曼"
    "夫汉顿逊默蒙莫玛娅妮丝芙琳黛娜莎霍赫沃西希")
# Further characters common in transliterations but also in Chinese words and names; a run of
# three or more characters from both sets reads as one foreign name (阿瓦达拉, 哈萨比斯).
_TRANSLITERATION_RUN = _TRANSLITERATION | frozenset("达比尼亚托利米丹加威马安里")


def _foreign_name(name: str) -> bool:
    """A transliterated foreign name: the dictionary knows it as a person whose English name
    does not echo its pinyin (马斯克 Elon Musk), or its characters are transliteration ones."""
    if len(name) < 3 or sum(c in _TRANSLITERATION for c in name[1:]) < 2:
        return False
    if _dictionary().surname(name[:2]):  # a compound surname: 欧阳娜娜
        return False
    senses = [sn for e in _dictionary().entries(name) if e.proper for sn in e.senses]
    if senses:  # the dictionary's English echoes the pinyin: a Chinese name after all
        syllables = [toneless(mark(s)) for s in _phrase_readings(name)]
        echoes = {"".join(syllables[:k]) for k in (1, 2)} | {"".join(syllables[k:])
                                                             for k in (1, 2)}
        tokens = {t.lower().replace("-", "") for sn in senses for t in re.findall(r"[\w-]+", sn)}
        if tokens & echoes:
            return False
    return True


def _split_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) for a 2-4 character Chinese name with a known surname."""
    if not 2 <= len(name) <= 4 or not all(_HAN_RE.fullmatch(c) for c in name):
        return None
    if _foreign_name(name):
        return None
    d = _dictionary()
    if len(name) >= 3 and d.surname(name[:2]):
        return name[:2], name[2:]
    if d.surname(name[:1]) and len(name) <= 3:
        from glossary.kind import transliteration_run

        if transliteration_run(name[1:]) and d.chinese_name_odds(name[:1], name[1:]) < 0:
            return None     # its characters serve transliterations more than Chinese names (达米安)
        return name[:1], name[1:]
    if len(name) == 4 and d.surname(name[:1]) and d.surname(name[1:2]):
        return name[:2], name[2:]  # two surnames joined (欧阳娜娜-like double-barrel 陈李…)
    return None


def _name_syllables(name: str) -> tuple[list[str], list[str]] | None:
    split = _split_name(name)
    if not split:
        return None
    sur, given = split
    d = _dictionary()
    sur_syl = list(d.surname(sur) or [])
    if len(sur_syl) != len(sur):
        sur_syl = [d.surname(c)[0] if d.surname(c) else _char_default(c) for c in sur]
    # a given name is no word: no neutral tones borrowed from words (邦子 Bāngzǐ, not Bāngzi)
    given_syl = [_unsandhi(c, _toned(c) if s.endswith("5") else s)
                 for c, s in zip(given, _phrase_readings(given))]
    return sur_syl, given_syl


def _familiar_name(name: str) -> list[list[str]] | None:
    """GB/T 28039's familiar forms: 小王 Xiǎo Wáng, 老张 Lǎo Zhāng (a prefix and a surname, two
    words), and a doubled given name, 婧婧 Jìngjìng (one word); else None."""
    if len(name) != 2 or not all(_HAN_RE.fullmatch(c) for c in name):
        return None
    d = _dictionary()
    if name[0] in "小老" and d.surname(name[1]) and not _is_word(name):
        return [[_toned(name[0])], list(d.surname(name[1]))]
    if name[0] == name[1] and not _is_word(name):
        return [[_toned(name[0])] * 2]
    return None


def romanize_name(term: str) -> str:
    """A Chinese personal name per GB/T 28039 without tones: 肖仰华 -> "Xiao Yanghua",
    欧阳娜娜 -> "Ouyang Nana", 小王 -> "Xiao Wang". "" when ``term`` is not a 2-4 character Han
    name with a known surname (foreign transliterations with an interpunct are not romanised
    this way)."""
    simp = _simplified(term.strip())
    parts = _familiar_name(simp) or _name_syllables(simp)
    if not parts:
        return ""
    return " ".join(_cap(plain_word(p)) for p in parts)


def plain_word(syllables: list[str]) -> str:
    """Numbered syllables -> one toneless word for English text (apostrophe before a/o/e inside
    the word: Xi'an; ü kept only where it is distinctive: lü, nü)."""
    out = []
    for i, s in enumerate(syllables):
        t = toneless(mark(s))
        if "ü" in t and not t.startswith(("n", "l")):
            t = t.replace("ü", "u")
        if i and t[:1] in "aoe":
            out.append("'")
        out.append(t)
    return "".join(out)


# ---------------------------------------------------------------- public API

def _tokens(simplified: str):
    """Han runs and Latin/digit runs, in order; other characters are separators."""
    for m in _RUN.finditer(simplified):
        if m.group(1):
            yield "han", m.group(1)
        else:
            yield "latin", m.group(2)


def _foreign_parts(simplified: str) -> list[str] | None:
    if not _INTERPUNCT.search(simplified):
        return None
    parts = [p for p in _INTERPUNCT.split(simplified) if p]
    if len(parts) >= 2 and all(_HAN_RE.fullmatch(c) for p in parts for c in p):
        return parts
    return None


def syllable_words(term: str, kind: str) -> list[tuple[str, list[str]]]:
    """The written words of ``term`` (see ``_syllable_words``); a fresh list."""
    return [(typ, list(syl)) for typ, syl in _syllable_words(term, kind)]


@lru_cache(maxsize=65536)
def _syllable_words(term: str, kind: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((typ, tuple(syl)) for typ, syl in _compute_words(term, kind))


_NUMERALS = frozenset("一二两三四五六七八九十百千万")
# Measure words and units: a numeral before one of them counts (三个, 五年), it names nothing.
_MEASURES = frozenset("个只张位家款次件条台部名项种篇份批亿万千百十座辆架艘头匹本首门场届年月日天"
                      "周岁号层倍成点分元块角米克升代轮期")


def numeral_coinage(term: str) -> bool:
    """A three-character coinage of a numeral and a noun word that names a group (六小虎 "Six
    Little Tigers", 四巨头, 七姐妹): GB/T 16159 writes a numeral apart from what it counts, and
    such an epithet is a name. Not when the whole is a dictionary word (三叉戟, 四小龙, 三伏天),
    when the numeral is followed by a measure word (三个) or a bound single character that the
    segmenter leaves alone (千问, 百模)."""
    simp = _simplified(term.strip())
    if len(simp) != 3 or not _HAN_RE.fullmatch(simp[0]) or simp[0] not in _NUMERALS:
        return False
    if simp[1] in _MEASURES or simp[1] in _NUMERALS or not all(_HAN_RE.fullmatch(c) for c in simp):
        return False
    if _is_word(simp) or _is_word(simp[:2]):
        return False
    tokens = _segment(simp)
    if tokens[0] != simp[0]:
        return False
    rest = tokens[1:]
    if simp[0] == "一" or simp[-1] in _GENERIC_PLACE:
        return False   # 一 is also "whole, once" (一人食); 三洲村 is a place
    # the rest is one dictionary word (巨头, 小龙), or a size or age word before a noun (小 虎)
    if len(rest) == 1:
        return _is_word(rest[0])
    return len(rest) == 2 and rest[0] in "小大老" and _is_word(rest[1])


def _compute_words(term: str, kind: str) -> list[tuple[str, list[str]]]:
    """The written words of ``term``: ("han", numbered syllables), ("name", syllables) for a
    proper noun inside a common term, or ("latin", [spelling])."""
    simp = _simplified(term.strip())
    proper = kind in PROPER_KINDS
    if kind != "person" and numeral_coinage(simp):
        # 六小虎 -> Liù Xiǎohǔ: the numeral apart, the epithet capitalised as a name
        syl = [x for word, _ in _han_words(simp, proper) for x in word]
        return [("name", syl[:1]), ("name", syl[1:])]
    if kind == "person":
        words = _proper_words(simp) if _HAN_RE.fullmatch(simp[:1] or "x") else None
        known = _dictionary().word_reading(simp, proper=True)
        if words and known:  # the dictionary knows this person: 济公 Jìgōng, 刘德华 Liú Déhuá
            out, pos = [], 0
            for w in words:
                out.append(("han", [_unsandhi(c, x) for c, x in zip(w, known[pos:pos + len(w)])]))
                pos += len(w)
            return out
        parts = _foreign_parts(simp)
        if parts:
            return [("han", _transliterated(p, [_unsandhi(c, s)
                                                for c, s in zip(p, _phrase_readings(p))]))
                    for p in parts]
        familiar = _familiar_name(simp)
        if familiar:
            return [("han", p) for p in familiar]
        named = _name_syllables(simp)
        if named:
            return [("han", named[0]), ("han", named[1])]
        if all(_HAN_RE.fullmatch(c) for c in simp):  # a foreign name: one word
            return [("han", _transliterated(simp, [_unsandhi(c, s) for c, s in
                                                   zip(simp, _phrase_readings(simp))]))]
    d = _dictionary()
    if len(simp) == 2 and simp[1] == "家" and d.surname(simp[0]) and not _is_word(simp):
        # a surname and 家, "the Wei family": the surname is a name, 家 a word (Wèi jiā)
        return [("name", list(d.surname(simp[0]))), ("han", ["jia1"])]
    out: list[tuple[str, list[str]]] = []
    several = sum(1 for _ in _tokens(simp)) > 1
    for typ, text in _tokens(simp):
        if typ == "latin":
            out.append(("latin", [text]))
        else:
            words = [(syl, is_name) for syl, is_name in _run_words(text, proper, several)]
            _parallel_readings(text, words)
            out.extend(("name" if is_name else "han", syl) for syl, is_name in words)
    if (kind == "place" and len(simp) >= 3 and simp[-1] in _GENERIC_PLACE
            and len(out) == 1 and out[0][0] != "latin" and len(out[-1][1]) >= 3 and not _is_word(simp) and not _is_word(simp[-2:])):
        # a place the dictionary does not know, by its generic part: 专名与通名分写 (桑干河
        # Sānggān Hé), read as the whole was (not 桑干 Sānggàn alone)
        typ, syl = out[-1]
        out[-1:] = [(typ, syl[:-1]), (typ, syl[-1:])]
    return out


def _parallel_readings(run: str, words: list[tuple[list[str], bool]]) -> None:
    """In a four-character parallel idiom with numerals in first and third place (千行百业,
    七嘴八舌), the second and fourth characters make a word together and are read as in it:
    行业 háng, so 千行百业 qiānháng bǎiyè. Edits ``words`` in place."""
    if len(run) != 4 or run[0] not in _NUMERALS or run[2] not in _NUMERALS:
        return
    reading = _dictionary().word_reading(run[1] + run[3])
    if not reading:
        return
    flat = [(k, j) for k, (syl, _) in enumerate(words) for j in range(len(syl))]
    if len(flat) != 4:
        return
    for pos, syl in ((1, reading[0]), (3, reading[1])):
        k, j = flat[pos]
        if not syl.endswith("5"):
            words[k][0][j] = syl


# An English rendering that is a name: every word of three or more letters capitalised, at
# least one of them a word rather than an acronym (Chatbot Arena, Six Little Tigers; not AGI,
# not "large model").
_NAME_WORD = re.compile(r"[A-Z][a-z]")


def names_something(english: str) -> bool:
    """True when an English rendering is written as a name (Chatbot Arena, Six Little Tigers)."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", english) if len(w) >= 3]
    return bool(words) and all(w[:1].isupper() for w in words) and any(
        _NAME_WORD.match(w) for w in words)


def _company_led(term: str) -> bool:
    from glossary.gloss import company_product

    return company_product(term)


def term_pinyin(term: str, kind: str, english: str = "") -> str:
    """Tone-marked pinyin of a term (GB/T 16159 joining, capitals for proper nouns); "" for a
    term without Han characters. ``english``, the term's rendering if known, capitalises a
    common-kind term that English writes as a name (大模型竞技场 "Chatbot Arena")."""
    if not has_han(term):
        return ""
    proper = kind in PROPER_KINDS or names_something(english) or _company_led(term)
    parts = syllable_words(term, kind)
    generic = _generic_word(term, kind, parts)
    words = []
    for k, (typ, syl) in enumerate(parts):
        if typ == "latin":
            words.append(syl[0])
        else:
            w = _join([mark(s) for s in syl])
            lower = k == len(parts) - 1 and generic
            particle = k > 0 and syl == ["de5"]     # 隔壁的房间 Gébì de Fángjiān
            words.append(_cap(w) if (proper and not lower and not particle) or typ == "name"
                         else w)
    return _punctuate(words, _separators(term, kind, len(parts)))


# Punctuation between a term's words, as the pinyin writes it (GB/T 16159 keeps the original's
# punctuation): 你好，李焕英 "..., ...", 混乱太阳群（过渡01） "... (...)". Quotes and title marks
# are dropped, and so is the interpunct of foreign names.
_CLOSING = {"）": ")", ")": ")", "】": ")", "]": ")"}
_OPENING = {"（": "(", "(": "(", "【": "(", "[": "("}
_AFTER = {"，": ",", ",": ",", "、": ",", "：": ":", ":": ":", "；": ";", ";": ";",
          "！": "!", "!": "!", "？": "?", "?": "?"}


def _run_words(run: str, proper: bool, several: bool) -> list[tuple[list[str], bool]]:
    """The written words of one Han run (``_han_words``); in a term of several runs (a title:
    你好，李焕英) a run that is a Chinese personal name, no word and not made of words, is the
    name's two words (Lǐ Huànyīng)."""
    if several and len(run) == 3 and not _is_word(run) and not any(
            len(t) > 1 and _is_word(t) for t in _segment(run)):
        named = _name_syllables(run)
        if named:
            return [(named[0], True), (named[1], True)]
    return _han_words(run, proper)


def _separators(term: str, kind: str, count: int) -> list[str] | None:
    """The text between consecutive words of ``term`` where a run of Han or Latin ends (""
    inside a run), one per word after the first and one for the end; None when the words
    cannot be matched to runs (a person's name, a numbered epithet)."""
    simp = _simplified(term.strip())
    if kind == "person" or numeral_coinage(simp) or not any(c in simp for c in
                                                          (*_CLOSING, *_OPENING, *_AFTER)):
        return None
    proper = kind in PROPER_KINDS
    seps: list[str] = []
    end = 0
    n = 0
    several = sum(1 for _ in _RUN.finditer(simp)) > 1
    for m in _RUN.finditer(simp):
        words = 1 if m.group(2) else len(_run_words(m.group(1), proper, several))
        if n:
            seps.append(simp[end:m.start()])
        seps.extend([""] * (words - 1))
        n += words
        end = m.end()
    seps.append(simp[end:])
    return seps if n == count else None


def _punctuate(words: list[str], seps: list[str] | None) -> str:
    """Words joined by spaces, with the punctuation between them attached as English writes
    it: a comma or closing bracket to the word before, an opening bracket to the word after."""
    if not seps:
        return " ".join(words)
    out = ""
    for k, word in enumerate(words):
        before = seps[k - 1] if k else ""
        opening = "".join(_OPENING[c] for c in before if c in _OPENING)
        out += (" " if k else "") + opening + word
        after = seps[k]
        out += "".join(_CLOSING.get(c, "") + _AFTER.get(c, "") for c in after
                       if c in _CLOSING or c in _AFTER)
    return out


def _generic_word(term: str, kind: str, parts: list[tuple[str, list[str]]]) -> bool:
    """The last written word of a product's name is the generic word after the name (混元大模型
    Hùnyuán dàmóxíng): a common noun, lower case."""
    from glossary.kind import GENERIC_PRODUCT_WORDS, name_suffix

    suffix = name_suffix(_simplified(term), kind) if kind == "product" else ""
    return (suffix in GENERIC_PRODUCT_WORDS and len(parts) >= 2 and parts[-1][0] == "han"
            and len(parts[-1][1]) == len(suffix))


_SLUG_MAX = 60


def slug(term: str, kind: str) -> str:
    """ASCII file stem: hyphenated toneless syllables (liu-xiao-hu) or the Latin spelling
    (deepseek-r1, qwen2-5-max). Never empty, never a path, at most 60 characters."""
    pieces: list[str] = []
    if has_han(term):
        for typ, syl in syllable_words(term, kind):
            if typ == "latin":
                pieces.append(syl[0])
            else:
                pieces.extend(toneless(mark(s)).replace("ü", "v") for s in syl)
    else:
        pieces.append(unicodedata.normalize("NFKD", term))
    text = "-".join(pieces).lower()
    text = text.encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > _SLUG_MAX:
        cut = text[:_SLUG_MAX + 1]
        text = cut[:cut.rfind("-")] if "-" in cut else text[:_SLUG_MAX]
        text = text.strip("-")
    if not text:
        text = "term-" + hashlib.sha1(term.encode("utf-8")).hexdigest()[:10]
    return text
