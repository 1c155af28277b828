"""English renderings for mined terms, with their evidence.

Better evidence wins, in this order:

1. corpus — the text itself pairs the term with a Latin spelling: 深度求索(DeepSeek), and the
   reverse, Chatbot Arena(大模型竞技场). Pairs are collected from every line (the Chinese side from
   the simplified analysis form so that both scripts meet) and counted; the most frequent partner
   wins (confidence 0.6 + 0.15 per sighting, at most 0.95, times its share). An acronym seen only
   after a longer run belongs to that run (通用人工智能(AGI) does not gloss 人工智能). Latin terms
   gloss to themselves (1.0). A transliterated person name with no other evidence may match a Latin
   full name in the same articles by its sounds (帕米·奥尔森 ~ Parmy Olson; 0.35, a lead).
2. dictionary — CC-CEDICT, with a general sense-ranking rule (see ``rank_senses``: domain and
   register, and how the dictionary's own compounds use each sense, so 开放 is "open", not "to
   bloom"); proper-noun entries for names (0.8-0.85), common entries for jargon (0.55-0.7). A
   common term never takes a place's or person's name; a county that is also a common word (大厂)
   gives the word; a definition gives its head noun (榜单 "list", 0.35); a close noun sense beats
   a verb (理财 "money management"); a word that is also a name is less sure (特斯拉).
3. name — Chinese personal names romanised per GB/T 28039 (Xiao Yanghua, 0.8); organisation and
   product names that the dictionary knows only as common words, or not at all, are romanised too
   (豆包 -> Doubao, 元宝 -> Yuanbao with "a silver or gold ingot" as a lower suggestion; 0.3), with
   names the dictionary knows kept in English (腾讯元宝 -> Tencent Yuanbao), since that is how such
   brands are written in English. A term led by a company's name is its product whatever the
   miner's kind: "Huawei mobile phone", or a brand when the rest is a coinage (百度文库 Baidu Wenku).
4. compose — the glosses of the parts (六小虎 -> "Six Small Tigers", a numbered epithet being a
   name; 价格战 -> "price war", 预训练 -> "pre-training"), 0.3. Each piece is read as the term's
   pinyin reads it (同行 tóngháng), nouns are preferred to verbs inside a phrase, a verb heading
   the phrase is a gerund (自动驾驶 "automatic driving") and one before a person a participle
   (付费用户 "paying user"). Refused when it would glue single characters together or gloss a
   grammatical word alone (从业者 is not "from dealer").
5. none — an honest gap: english "" for an editor to fill.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from glossary.model import Candidate, Gloss
from glossary.script import has_han

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LATIN_WORD = r"[A-Za-z0-9][A-Za-z0-9.+#&'’\-]*"
_LATIN_PHRASE = rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{0,5}}"
_HAS_LETTER = re.compile(r"[A-Za-z]")
_HAN_RE = re.compile(f"[{_HAN}]")

PROPER_KINDS = frozenset({"person", "organization", "product", "place", "event"})


@dataclass(frozen=True)
class Apposition:
    """A Chinese/Latin pair the text states itself."""

    chinese: str   # simplified; for forward pairs the whole Han run before the bracket
    latin: str
    exact: bool    # True when the Chinese side is exactly delimited (reverse pairs)


def _good_latin(latin: str) -> bool:
    latin = latin.strip()
    if not _HAS_LETTER.search(latin) or len(latin) > 40:
        return False
    if re.fullmatch(r"[A-Za-z]", latin):  # a lone letter is a label, not a name
        return False
    return True


_OPEN = re.compile(r"[(（]")
_HAN_TAIL = re.compile(rf"[{_HAN}](?:[{_HAN}]|[·・•‧][{_HAN}])*$")
_LATIN_TAIL = re.compile(rf"(?<![A-Za-z0-9.+#&'’\-])({_LATIN_PHRASE})$")
_LATIN_INSIDE = re.compile(rf"\s*({_LATIN_PHRASE})\s*[)）]")
_HAN_INSIDE = re.compile(rf"\s*([{_HAN}]+)\s*[)）]")
_WINDOW = 80


def find_appositions(text: str) -> list[Apposition]:
    """Chinese/Latin appositions in one line of analysis text (simplified, half-width):
    深度求索(DeepSeek) and the reverse, Chatbot Arena(大模型竞技场)."""
    out: list[Apposition] = []
    for m in _OPEN.finditer(text):
        start, end = m.start(), m.end()
        before = text[max(0, start - _WINDOW):start].rstrip()
        inside = _LATIN_INSIDE.match(text, end)
        if inside:
            han = _HAN_TAIL.search(before)
            if han and _good_latin(inside.group(1)):
                out.append(Apposition(han.group(0), inside.group(1).strip(), False))
            continue
        inside = _HAN_INSIDE.match(text, end)
        if inside:
            latin = _LATIN_TAIL.search(before)
            if latin and _good_latin(latin.group(1)):
                out.append(Apposition(inside.group(1), latin.group(1).strip(), True))
    return out


def _line_text(line) -> str:
    from glossary.script import analysis_form

    text = getattr(line, "text", None)
    return text if text is not None else analysis_form(str(line))


class Evidence:
    """Counts of appositions over a corpus, queried per term."""

    def __init__(self, pairs: Iterable[Apposition]) -> None:
        self.exact: dict[str, Counter[str]] = defaultdict(Counter)
        self.runs: dict[str, Counter[str]] = defaultdict(Counter)
        for p in pairs:
            (self.exact if p.exact else self.runs)[p.chinese][p.latin] += 1
        # every suffix (2+ characters) of a forward run -> the runs ending with it
        self.suffixes: dict[str, list[str]] = defaultdict(list)
        for run in self.runs:
            for i in range(len(run) - 1):
                self.suffixes[run[i:]].append(run)

    def partners(self, term: str) -> Counter[str]:
        """Latin partners of ``term`` (simplified) with their counts."""
        exact, inside = self.split_partners(term)
        return exact + inside

    def split_partners(self, term: str) -> tuple[Counter[str], Counter[str]]:
        """(partners where the Chinese side is exactly ``term``, partners where ``term`` only
        ends a longer run: 通用人工智能(AGI) also ends with 人工智能)."""
        exact: Counter[str] = Counter(self.exact.get(term, {}))
        exact.update(self.runs.get(term, {}))
        inside: Counter[str] = Counter()
        for run in self.suffixes.get(term, ()):
            if run != term and _ends_on_word(run, term):
                inside.update(self.runs[run])
        return exact, inside


def _ends_on_word(run: str, term: str) -> bool:
    if run == term:
        return True
    from glossary.pinyin import _segment

    cut = len(run) - len(term)
    pos = 0
    for tok in _segment(run, hmm=True):
        if pos == cut:
            return True
        pos += len(tok)
        if pos > cut:
            return False
    return False


def _dominant(partners: Counter[str]) -> tuple[str, int, int]:
    """(dominant spelling, its group's count, total) grouping spellings case-insensitively."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for latin, n in partners.items():
        groups[latin.casefold()][latin] += n
    total = sum(partners.values())
    key = max(groups, key=lambda k: (sum(groups[k].values()), k))
    spelling = max(groups[key].items(), key=lambda kv: (kv[1], kv[0]))[0]
    return spelling, sum(groups[key].values()), total


# ---------------------------------------------------------------- dictionary senses

_SKIP = re.compile(
    r"^(?:CL:|variant of|old variant of|archaic variant of|Japanese variant|erhua variant|"
    r"(?:two-character |compound )?surname |used in |also pr\.|Taiwan pr\.|pr\. |also written|"
    r"also called |see also |cf\. |Kangxi radical|radical |classifier for|classifier:|"
    r"measure word)", re.I)
_REFERENCE = re.compile(
    r"^(?:abbr\. (?:for|of|to)|see|same as|short for|equivalent to|also written|"
    r"(?:old |archaic )?variant of)\s+"
    r"([^\s\[|,]+)(?:\|([^\s\[,]+))?")
_DOMAIN = re.compile(
    r"\((?:computing|Internet|Internet slang|neologism|economics|finance|business|technology|"
    r"electronics|telecommunications|software|IT|math\.|mathematics|statistics|physics|"
    r"computer science|engineering|commerce|marketing|management|stock market)\b[^)]*\)", re.I)
_ARCHAIC = re.compile(
    r"\((?:old|archaic|classical|literary|lit\.|arch\.|obsolete|dialect|Buddhism|Taoism|"
    r"Cantonese|Hokkien|TCM|Chinese medicine|fig\. old)\b[^)]*\)|\bin ancient times\b", re.I)
_TECH_WORDS = frozenset("""
    ai algorithm algorithms app application applications automation bandwidth brand business
    chip chips cloud commercial company computation computational computer computing corporation
    database developer digital electronic electronics enterprise finance financial hardware
    industry innovation intelligence internet investment investor machine market marketing media
    mobile model models network online platform processor programming robot robotics
    semiconductor server software startup technology technological users venture
""".split())
# Descriptions of places and people in proper-noun senses (they are not brand names).
_PLACE_SENSE = re.compile(
    r"\b(?:district|county|city|prefecture|province|township|town|village|river|mountain|Mt|"
    r"lake|island|capital of|region|in [A-Z][a-z]+ province)\b")
_PERSON_SENSE = re.compile(r"\(\d{3,4}(?:-\d{0,4})?\)|\(\d{3,4}-|\bBC\)|\bborn \d{4}")
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Holdings|Limited|Ltd\.?|Corporation|Corp\.?|Inc\.?|Co\.?|Company|PLC|LLC|"
    r"(?:Technology |Technologies |Electronics )?Group))+$")
# "Double Ninth or Yang Festival": two names sharing their generic head noun.
_SHARED_HEAD = re.compile(
    r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)*) or [A-Z][\w'-]* (Festival|River|Mountains?|Lake|Temple|"
    r"Island|Province|Dynasty|Party|Bank|University|Palace|Bridge|Sea|Bay)")


_BRACKETS = re.compile(r"\[[^\]]*\]")
_PARENS = re.compile(r"\s*\([^()]*\)")
_HAN_WORD = re.compile(rf"[^\s]*[{_HAN}][^\s]*")
_HEDGES = re.compile(r",?\s+(?:esp|e\.g|i\.e|usu|often|typically|including)\.?\s.*$")
_STH = re.compile(r"\bsth\b")
_SB = re.compile(r"\bsb\b")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def clean_sense(sense: str, *, proper: bool = False) -> str:
    """A sense as an English rendering: parenthetical notes and Chinese cross-references
    dropped; for proper nouns the name before the first comma (Baidu, Internet portal... -> Baidu)."""
    s = _BRACKETS.sub("", sense)          # 白蘿蔔|白萝卜[bai2 luo2 bo5]
    s = _PARENS.sub("", s)
    s = _PARENS.sub("", s)                # nested once more
    s = _HAN_WORD.sub("", s)
    s = _HEDGES.sub("", s)
    s = _STH.sub("something", s)
    s = _SB.sub("somebody", s)
    named = re.match(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)*), [a-z]", s)
    if named and not proper:   # "Asura, malevolent spirits in Indian mythology" -> Asura
        s = named.group(1)
    if proper:
        s = s.split(",")[0]
        head = _name_prefix(s)
        if _PERSON_SENSE.search(sense):
            s = head.split(" or ")[0]  # "Michele Monique Reis (1970-) actress" -> the name
        elif head != s and (_PLACE_SENSE.search(s[len(head):]) or (
                _PLACE_HEAD.search(head) and re.match(r"\s+(?:in|between|near)\s", s[len(head):]))):
            s = head  # "Shenzhen subprovincial city in Guangdong" -> "Shenzhen",
            # "Ying County in Shuozhou Shanxi" -> "Ying County"
    s = _SPACES.sub(" ", s).strip(" ,;:.")
    if s.lower().startswith(("lit. ", "fig. ")):
        s = s[5:]
    return s.strip()


_PLACE_HEAD = re.compile(r"\b(?:County|Province|City|District|Town|Township|Village|Prefecture|"
                         r"Temple|River|Mountains?|Lake|Island)$")
_CONNECTORS = {"of", "the", "and", "de", "for", "on", "&", "du", "la", "von", "van"}


def _name_prefix(s: str) -> str:
    """The name at the start of a proper-noun sense: "Shenzhen subprovincial city in
    Guangdong" -> "Shenzhen", "People's Bank of China" stays whole."""
    tokens = s.split()
    keep: list[str] = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        named = tok[:1].isupper() or tok[:1].isdigit() or any(c.isupper() for c in tok)
        joins = (tok in _CONNECTORS or tok == "or") and nxt[:1].isupper() and keep
        if named or joins:
            keep.append(tok)
        else:
            break
    return " ".join(keep) if keep else s


def _score(sense: str, index: int) -> float:
    score = -0.25 * index
    if _DOMAIN.search(sense):
        score += 3
    if _ARCHAIC.search(sense):
        score -= 3
    words = re.findall(r"[a-z]+", sense.lower())
    score += min(0.8, 0.4 * sum(1 for w in words if w in _TECH_WORDS))
    if sense.startswith("to "):
        score -= 0.3
    elif sense.startswith(("of ", "(of ")):
        score -= 0.6       # a description ("of the same trade"), not a rendering
    if len(words) > 8:
        score -= 0.5
    return score


@dataclass(frozen=True)
class Sense:
    text: str          # cleaned rendering
    score: float
    proper: bool
    via: str = ""      # headword followed to reach it (abbr. for / see), "" if direct
    refers: str = ""   # "place" or "person" when a proper sense describes one


def _refers(raw: str) -> str:
    if _PERSON_SENSE.search(raw):
        return "person"
    if _PLACE_SENSE.search(raw):
        return "place"
    return ""


def rank_senses(word: str, *, proper: bool | None = None, depth: int = 1,
                reading: tuple[str, ...] | None = None) -> list[Sense]:
    """CC-CEDICT senses of ``word``, best first (see ``_rank_senses``); a fresh list. With
    ``reading`` (numbered syllables), only the entries read that way when there are such (同行
    tóngháng "colleague", not tóngxíng "to journey together")."""
    return list(_rank_senses(word, proper, depth, reading))


@lru_cache(maxsize=65536)
def _rank_senses(word: str, proper: bool | None, depth: int,
                 reading: tuple[str, ...] | None = None) -> tuple[Sense, ...]:
    """CC-CEDICT senses of ``word``, best first, for news and technology.

    Skips classifier, variant, surname and pronunciation notes; follows ``abbr. for``/``see``
    references one step (their target's senses compete, with a small bonus, since the
    abbreviation is usually the modern use); prefers senses marked with a technology or business
    domain or using that vocabulary, and penalises archaic, literary and dialect senses.
    ``proper`` restricts to proper-noun (True) or common (False) entries when such exist.
    """
    from glossary import dictionary

    entries = dictionary.load().entries(word)
    if proper is not None:
        entries = tuple(e for e in entries if e.proper == proper) or ()
    if reading:
        entries = tuple(e for e in entries if e.syllables == reading) or entries
    out: list[Sense] = []
    seen: set[str] = set()
    for k, e in enumerate(entries):
        later = -0.3 * k  # CC-CEDICT lists the main reading of a headword first
        for i, raw in enumerate(e.senses):
            ref = _REFERENCE.match(raw)
            if ref:
                target = ref.group(2) or ref.group(1)
                # An abbreviation is usually the modern use of a word (开源 -> open source);
                # not so for single characters, which abbreviate everything (化 -> chemistry).
                abbr = raw.startswith(("abbr.", "short for")) and len(word) > 1
                bonus = 0.5 if abbr else -0.5
                if depth > 0 and target != word:
                    for s in rank_senses(target, proper=None, depth=depth - 1):
                        if s.text.casefold() not in seen:
                            seen.add(s.text.casefold())
                            out.append(Sense(s.text, s.score + bonus + later, s.proper, target,
                                             s.refers))
                continue
            if _SKIP.match(raw):
                continue
            text = clean_sense(raw, proper=e.proper)
            if not text or _HAN_RE.search(text) or text.casefold() in seen:
                continue
            seen.add(text.casefold())
            names = [text]
            alt = re.fullmatch(r"(\S+) or (\S+)", text) if e.proper else None
            shared = _SHARED_HEAD.fullmatch(text) if e.proper else None
            if alt:  # "Weixin or WeChat": the English name before the term's own pinyin
                names = sorted([alt.group(1), alt.group(2)], key=lambda n: _echoes(word, n))
            elif shared:  # "Double Ninth or Yang Festival" -> "Double Ninth Festival"
                names = [f"{shared.group(1)} {shared.group(2)}", text]
            usage = 0.0 if e.proper else _usage(word, text)
            for k, name in enumerate(names):
                out.append(Sense(name, _score(raw, i) + later - 0.01 * k + usage, e.proper, "",
                                 _refers(raw) if e.proper else ""))
    out.sort(key=lambda s: -s.score)
    return tuple(out)


def _echoes(word: str, name: str) -> bool:
    """True when ``name`` is just the toneless pinyin of ``word`` (Weixin for 微信)."""
    from glossary.pinyin import plain_word, syllable_words

    syl = [x for typ, part in syllable_words(word, "other") if typ != "latin" for x in part]
    return bool(syl) and plain_word(syl).replace("'", "").lower() == name.lower()


_FUNCTION_WORDS = frozenset(
    "to the a an of be sth sb one's oneself something somebody and or in on for with by as at "
    "from up out into".split())


_ENGLISH_WORD = re.compile(r"[a-z]+")
_ENDINGS = ("", "s", "es", "ed", "d", "ing", "er", "ers", "ies", "ied")


def _inflections(word: str) -> set[str]:
    """``word`` and its inflections (open, opens, opening; drive, driving)."""
    base = word[:-1] if word.endswith(("e", "y")) and len(word) > 3 else word
    return {stem + end for stem in {word, base} for end in _ENDINGS}


@lru_cache(maxsize=8192)
def _compound_words(word: str) -> tuple[frozenset[str], ...]:
    from glossary import dictionary

    # a sample is enough to see which sense compounds use (中国 has thousands)
    return tuple(frozenset(_ENGLISH_WORD.findall(c))
                 for c in dictionary.load().compound_senses(word)[:300])


def _usage(word: str, sense: str) -> float:
    """How much the dictionary's compounds of ``word`` use this sense: the share of them whose
    senses share a content word with it (开放 "to open" in 对外开放, 开放源代码; "to bloom" in
    none). A sense that compounds use is the living one; it gains up to 1.0."""
    if not 2 <= len(word) <= 3:
        return 0.0
    compounds = _compound_words(word)
    if len(compounds) < 3:
        return 0.0
    forms: set[str] = set()
    for w in _ENGLISH_WORD.findall(sense.lower()):
        if w not in _FUNCTION_WORDS:
            forms |= _inflections(w)
    if not forms:
        return 0.0
    return sum(1 for c in compounds if not forms.isdisjoint(c)) / len(compounds)


# ---------------------------------------------------------------- composition

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten"]
_NUMERAL_RE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")


def chinese_number(s: str) -> int | None:
    """Value of a Chinese numeral (六 -> 6, 十二 -> 12, 三百 -> 300), else None."""
    if not s or not _NUMERAL_RE.fullmatch(s):
        return None
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _DIGITS:
            if digit is not None:  # 一二 style digit strings
                digit = digit * 10 + _DIGITS[ch]
            else:
                digit = _DIGITS[ch]
        else:
            unit = _UNITS[ch]
            if unit >= 10_000:
                section = (section + (digit or 0)) * unit or unit
                total += section
                section = 0
            else:
                section += (digit if digit is not None else 1) * unit
            digit = None
    return total + section + (digit or 0)


def number_words(n: int) -> str:
    if 0 <= n <= 10:
        return _NUMBER_WORDS[n]
    if n == 100:
        return "hundred"
    if n == 1000:
        return "thousand"
    return str(n)


def _pieces(term: str) -> list[str] | None:
    """Split a term into dictionary words, Latin/digit runs and numerals (see ``_split``); a
    fresh list, or None."""
    pieces = _split(term)
    return list(pieces) if pieces is not None else None


@lru_cache(maxsize=65536)
def _split(term: str) -> tuple[str, ...] | None:
    """Split a term into dictionary words, Latin/digit runs and numerals: jieba's words where
    the dictionary knows them, the fewest dictionary words inside the others."""
    from glossary import dictionary
    from glossary.pinyin import _segment

    d = dictionary.load()
    out: list[str] = []
    pending = ""
    latin = re.compile(r"[A-Za-z0-9.+#\- ]+")
    for tok in _segment(term):
        if tok in d or chinese_number(tok) is not None or latin.fullmatch(tok):
            if pending:
                inner = _fewest_pieces(pending)
                if inner is None:
                    return None
                out.extend(inner)
                pending = ""
            if out and latin.fullmatch(tok) and latin.fullmatch(out[-1]):
                out[-1] += tok  # jieba splits Latin runs at punctuation: keep them whole
            else:
                out.append(tok)
        else:
            pending += tok
    if pending:
        inner = _fewest_pieces(pending)
        if inner is None:
            return None
        out.extend(inner)
    out = [p.strip() for p in out if p.strip()]
    fewest = _fewest_pieces(term)
    if fewest and (not out or len(fewest) < len(out)):
        return tuple(fewest)   # a dictionary word jieba does not know (斯普特尼克 | 时刻)
    return tuple(out) or None


def _fewest_pieces(term: str) -> list[str] | None:
    """Split a term into the fewest dictionary words, Latin/digit runs and numerals."""
    from glossary import dictionary

    d = dictionary.load()
    n = len(term)
    best: list[tuple[int, list[str]] | None] = [None] * (n + 1)
    best[0] = (0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, parts = best[i]
        m = re.match(r"[A-Za-z0-9][A-Za-z0-9.+#\-]*", term[i:])
        options = [m.group(0)] if m else []
        num = _NUMERAL_RE.match(term, i)
        if num:
            options.append(num.group(0))
        for j in range(min(n, i + 8), i, -1):
            if term[i:j] in d:
                options.append(term[i:j])
        for opt in options:
            j = i + len(opt)
            cand = (cost + 1, parts + [opt])
            if best[j] is None or cand[0] < best[j][0]:
                best[j] = cand
    return best[n][1] if best[n] else None


# Bound morphemes that end Chinese compounds, with the English head noun they make
# (价格战 price war, 服务商 service provider, 下载量 download volume). General word formation:
# a character's first dictionary sense ("to fight", "commerce") is wrong in this position.
_HEAD_MORPHEMES = {
    "战": "war", "商": "provider", "量": "volume", "额": "amount", "率": "rate", "级": "level",
    "侧": "side", "版": "edition", "型": "type", "类": "category", "界": "sector",
    "圈": "circle", "权": "rights", "费": "fee", "价": "price", "股": "shares", "链": "chain",
    "轮": "round", "群": "group", "网": "network", "机": "machine", "器": "device", "库": "library",
    # generic parts of place names (南明河 Nanming River)
    "河": "River", "江": "River", "湖": "Lake", "山": "Mountain", "省": "Province", "市": "City",
    "县": "County", "区": "District", "镇": "Town", "村": "Village", "岛": "Island", "湾": "Bay",
    "路": "Road", "街": "Street", "桥": "Bridge", "寺": "Temple", "站": "Station",
}
_PLACE_DESCRIPTOR = re.compile(
    r"\s+(?:District|County|City|Prefecture|Province|Township|Town|subprovincial|prefecture-level)"
    r"\b.*$")


def _piece_gloss(piece: str, *, last: bool = False, verb_form: bool = False,
                 reading: tuple[str, ...] | None = None,
                 modifier: bool = False) -> tuple[str, bool] | None:
    """(gloss, is_number) of one composition piece; ``last``: the head of the term,
    ``modifier``: a piece before the head (the dictionary's compounds choose among renderings
    in both positions, see ``wordform.positional``)."""
    if re.match(r"[A-Za-z0-9]", piece):
        return piece, False
    value = chinese_number(piece)
    if value is not None:
        return number_words(value), True
    if last and piece in _HEAD_MORPHEMES:
        return _HEAD_MORPHEMES[piece], False
    senses = rank_senses(piece, proper=False, reading=reading) or rank_senses(piece)
    if not senses:
        return None
    # a short rendering reads better inside a phrase than a definition does
    short = [s for s in senses[:3] if len(s.text.split()) <= 3]
    best = short[0] if short else senses[0]
    if best.text.startswith("to "):
        # inside a noun phrase a noun sense reads better than a verb (存款 "bank deposit")
        best = next((s for s in short if not s.text.startswith("to ")
                     and s.score >= best.score - 0.5), best)
    text = best.text
    if (last or modifier) and not best.proper and has_han(piece):
        from glossary.wordform import positional

        text = positional(piece, [best.text, *(s.text for s in short if s is not best)],
                          end=last) or text
    if best.proper:
        text = _LEGAL_FORM.sub("", text) or text
        text = _PLACE_DESCRIPTOR.sub("", text) or text
        text = _name_prefix(text).split(" or ")[0] or text   # "Hmong or Miao ethnic group" -> Hmong
    if re.fullmatch(r"to [a-z]+", text) and len(piece) > 1 and verb_form:
        # a verb heading a noun phrase is a gerund (自动驾驶 "automatic driving"), one before a
        # person a participle (付费用户 "paying user")
        text = _ing(text[3:])
    elif last and verb_form and text.startswith("to ") and len(text.split()) > 2:
        return None     # a head glossed by a verb phrase ("to reflect on") makes no noun phrase
    elif text.startswith("to "):
        text = text[3:]
    return text, False


# English nouns for people: a verb before one of them reads as a participle (paying user).
_PERSON_NOUNS = re.compile(
    r"^(?:users?|customers?|consumers?|people|persons?|workers?|players?|members?|subscribers?|"
    r"clients?|viewers?|readers?|students?|staff|employees?|buyers?|visitors?)\b")


def _ing(verb: str) -> str:
    """The -ing form of an English verb (pay -> paying, drive -> driving, run -> running)."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]{1,2}[aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _plural(word: str) -> str:
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


# Bound prefixes that begin Chinese compounds, with the English prefix they make
# (预训练 pre-train, 多模态 multi-modal, 反垄断 anti-monopoly).
_PREFIX_MORPHEMES = {
    "预": "pre", "超": "super", "反": "anti", "非": "non", "多": "multi", "微": "micro",
    "半": "semi", "准": "quasi", "跨": "cross", "去": "de", "泛": "pan", "副": "vice",
}

# Measure words after a numeral (十万张卡 "100000 cards") and suffixes English expresses by
# word form (工程化创新 "engineering innovation", 创新性 "innovation") add nothing when composing.
_MEASURE_WORDS = frozenset("个张位家款次件条只台部名项种篇份批亿万")
_SILENT_SUFFIXES = frozenset("化性儿")     # 儿: the erhua suffix (忘词儿 forget one's lines)


@lru_cache(maxsize=65536)
def _two_readings(piece: str) -> bool:
    from glossary import dictionary

    return len({e.syllables for e in dictionary.load().entries(piece) if not e.proper}) > 1


def _piece_readings(term: str, pieces: list[str]) -> list[tuple[str, ...] | None]:
    """Each piece's syllables as the term's pinyin reads them (None for Latin pieces or when
    the pieces cannot be found in order)."""
    from glossary.pinyin import syllable_words

    if not any(map(_two_readings, pieces)):
        return [None] * len(pieces)     # no piece has two readings: nothing to choose
    syllables = [x for typ, syl in syllable_words(term, "jargon") if typ != "latin" for x in syl]
    han = [i for i, ch in enumerate(term) if has_han(ch)]
    if len(han) != len(syllables):
        return [None] * len(pieces)
    where = {i: k for k, i in enumerate(han)}
    out: list[tuple[str, ...] | None] = []
    pos = 0
    for p in pieces:
        at = term.find(p, pos)
        if at < 0:
            return [None] * len(pieces)
        pos = at + len(p)
        idx = [where.get(i) for i in range(at, pos)]
        out.append(tuple(syllables[i] for i in idx) if idx and None not in idx else None)
    return out


_GRAMMAR_GLOSSES = frozenset(
    "from to in at by on of for with most more very than also already again and or but not"
    " this that these those it".split())


@lru_cache(maxsize=65536)
def compose(term: str) -> str:
    """English from the glosses of the parts (六小虎 -> "six small tigers"), or ""."""
    pieces = _pieces(term)
    if not pieces or len(pieces) < 2 or _function_word(pieces[-1]):
        return ""   # a term that ends in a preposition or conjunction is cut short (改编自)
    kept: list[str] = []
    for k, p in enumerate(pieces):
        after_number = k > 0 and chinese_number(pieces[k - 1]) is not None
        if (after_number and p in _MEASURE_WORDS) or (k > 0 and p in _SILENT_SUFFIXES):
            continue
        kept.append(p)
    pieces = kept
    if (len(pieces) == 2 and pieces[0] in _PREFIX_MORPHEMES and len(pieces[1]) >= 2
            and has_han(pieces[1])):
        head = _piece_gloss(pieces[1])
        if head and re.fullmatch(r"[a-z]+", head[0]):
            return f"{_PREFIX_MORPHEMES[pieces[0]]}-{head[0]}"
    prefix = ""
    if (len(pieces) >= 3 and pieces[0] in _PREFIX_MORPHEMES and len(pieces[1]) == 1
            and chinese_number(pieces[1]) is None):
        # a prefix on a one-character modifier makes one English word: 超大模型 super-large model
        prefix, pieces = _PREFIX_MORPHEMES[pieces[0]], pieces[1:]
    readings = _piece_readings(term, pieces)
    pieces, readings, forced = _modifier_pairs(pieces, readings)
    glosses: list[tuple[str, bool]] = []
    for k in range(len(pieces) - 1, -1, -1):    # right to left: a verb's form depends on its head
        if k in forced:
            glosses.insert(0, (forced[k], False))
            continue
        last = k == len(pieces) - 1
        before_person = bool(glosses) and bool(_PERSON_NOUNS.match(glosses[0][0]))
        if pieces[k] == "式" and 0 < k < len(pieces) - 1 and glosses:
            glosses.insert(0, ("", False))   # attributive 式: the verb before it is an adjective
            continue
        if k + 1 < len(pieces) and pieces[k + 1] == "式":
            g = _attributive(pieces[k])
        else:
            g = _piece_gloss(pieces[k], last=last and k > 0,
                             verb_form=(last and k > 0) or before_person,
                             reading=readings[k], modifier=not last)
        if g is None or g[0].lower() in _GRAMMAR_GLOSSES:
            return ""   # a grammatical word glossed alone ("from", "most") makes no phrase
        glosses.insert(0, g)
    if prefix:
        glosses[0] = (f"{prefix}-{glosses[0][0]}", glosses[0][1])
    kept_pieces = [p for p, (g, _) in zip(pieces, glosses) if g]
    glosses = [(g, n) for g, n in glosses if g]
    pieces = kept_pieces
    singles = sum(1 for p, (_, is_num) in zip(pieces, glosses)
                  if len(p) == 1 and not is_num and not p.isascii())
    if pieces[-1] in _HEAD_MORPHEMES and len(pieces) > 1:
        singles -= 1
    if singles > 1 and not any(is_num for _, is_num in glosses):
        return ""  # a string of single characters glossed one by one is noise
    words = [g for g, _ in glosses]
    first_number = glosses[0][1] and chinese_number(pieces[0]) not in (None, 0, 1)
    # the numeral counts the head unless a noun comes between (六小虎 six little tigers; 百模大战
    # hundred model war: the hundred are models)
    counts_head = all(_adjective(p) for p in pieces[1:-1])
    if (first_number and counts_head and not glosses[-1][1]
            and re.fullmatch(r"[a-z]+", words[-1])):
        words[-1] = _plural(words[-1])
    return " ".join(words)


def _modifier_pairs(pieces: list[str], readings: list) -> tuple[list[str], list, dict[int, str]]:
    """A character and a bound head morpheme before the head make one hyphenated modifier
    (云侧大模型 "cloud-side large model", 长链思考 "long-chain thinking"): the pieces with each
    such pair joined, their readings, and the glosses of the joined pieces by position."""
    out: list[str] = []
    out_readings: list = []
    forced: dict[int, str] = {}
    k = 0
    while k < len(pieces):
        p = pieces[k]
        if (k + 2 < len(pieces) and len(p) == 1 and has_han(p) and chinese_number(p) is None
                and _HEAD_MORPHEMES.get(pieces[k + 1], "A").islower()):
            g = _piece_gloss(p, modifier=True, reading=readings[k])
            if g and re.fullmatch(r"[a-z]+", g[0]):
                forced[len(out)] = f"{g[0]}-{_HEAD_MORPHEMES[pieces[k + 1]]}"
                out.append(p + pieces[k + 1])
                out_readings.append(None)
                k += 2
                continue
        out.append(p)
        out_readings.append(readings[k])
        k += 1
    return out, out_readings, forced


def _function_word(piece: str) -> bool:
    """jieba's dictionary tags ``piece`` as a preposition or conjunction (自, 于, 和)."""
    from glossary.segment import background

    entry = background()[0].get(piece)
    return len(piece) == 1 and bool(entry) and entry[1] in ("p", "c")


def _adjective(piece: str) -> bool:
    """jieba's dictionary tags ``piece`` as an adjective (小, 大)."""
    from glossary.segment import background

    entry = background()[0].get(piece)
    return bool(entry) and entry[1].startswith("a")


def _attributive(piece: str) -> tuple[str, bool] | None:
    """A verb before attributive 式 as an English adjective (生成式 generative), else the
    piece's plain gloss."""
    from glossary.wordform import adjective

    g = _piece_gloss(piece, modifier=True)
    senses = rank_senses(piece, proper=False)
    verb = next((s.text[3:] for s in senses[:3] if re.fullmatch(r"to [a-z]+", s.text)), "")
    adj = adjective(verb) if verb else None
    return (adj, False) if adj else g


def title_case(s: str) -> str:
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by"}
    out = []
    for i, w in enumerate(s.split(" ")):
        if w and w[0].islower() and (i == 0 or w not in small):
            w = w[0].upper() + w[1:]
        out.append(w)
    return " ".join(out)


def romanize(term: str, kind: str) -> str:
    """Toneless pinyin words for English text (豆包 -> Doubao, 智谱AI -> Zhipu AI)."""
    from glossary.pinyin import plain_word, syllable_words

    words = []
    for typ, syl in syllable_words(term, kind):
        if typ == "latin":
            words.append(syl[0])
        else:
            w = plain_word(syl)
            words.append(w[:1].upper() + w[1:])
    return " ".join(words)


# ---------------------------------------------------------------- the glosser


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for s in items:
        if s and s.casefold() not in seen:
            seen[s.casefold()] = s
    return tuple(seen.values())[:6]


_LATIN_NAME_HINT = re.compile(r"[A-Z][a-z]")
_LATIN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?![A-Za-z])")
# English first letters a pinyin initial is spelled with in transliterated names.
_INITIAL_LETTERS = {
    "b": "BP", "p": "PB", "m": "M", "f": "FP", "d": "DT", "t": "TD", "n": "N", "l": "LR",
    "g": "GCK", "k": "KCQ", "h": "H", "j": "JGY", "q": "QKC", "x": "SXZ", "zh": "JZG",
    "ch": "C", "sh": "S", "r": "RL", "z": "ZST", "c": "CTZK", "s": "SCZ", "y": "YIEJA",
    "w": "WVUO", "": "AEIOUY",
}


def _initial(syllable: str) -> str:
    syl = syllable.lower()
    initial = next((i for i in ("zh", "ch", "sh") if syl.startswith(i)), "")
    if not initial and syl[:1] in "bpmfdtnlgkhjqxrzcsyw":
        initial = syl[0]
    return initial


def _sounds_like(syllables: list[str], word: str) -> bool:
    """A transliterated part (numbered syllables) could spell ``word``: the first letter fits
    the first initial, and every later initial (and -n, -r ending) appears in order."""
    letters = word.upper()
    if not syllables or letters[:1] not in _INITIAL_LETTERS[_initial(syllables[0])]:
        return False
    wanted: list[str] = []
    for k, syl in enumerate(syllables):
        initial = _initial(syl)
        if k and initial:
            wanted.append(_INITIAL_LETTERS[initial])
        final = syl.rstrip("012345")
        if final.endswith("n") or final.endswith("ng"):
            wanted.append("N")
        elif final in ("er", "r"):
            wanted.append("RL")
    pos = 1
    for choices in wanted:
        while pos < len(letters) and letters[pos] not in choices:
            pos += 1
        if pos >= len(letters):
            return False
        pos += 1
    return True


class Glosser:
    """Glosses candidates using corpus appositions, CC-CEDICT, romanisation and composition."""

    def __init__(self, docs: Iterable = ()) -> None:
        pairs: list[Apposition] = []
        # Latin personal names per document ("Parmy Olson"), for transliterated names
        self.latin_names: dict[str, Counter[str]] = {}
        for doc in docs:
            names: Counter[str] = Counter()
            for line in getattr(doc, "lines", ()):
                if getattr(line, "boilerplate", False):
                    continue
                text = _line_text(line)
                pairs.extend(find_appositions(text))
                if _LATIN_NAME_HINT.search(text):
                    names.update(m.group(0) for m in _LATIN_NAME.finditer(text))
            self.latin_names[getattr(doc, "name", "")] = names
        self.evidence = Evidence(pairs)

    def gloss(self, candidate: Candidate) -> Gloss:
        g = gloss_term(candidate.term, candidate.kind, self.evidence)
        if candidate.kind == "person" and g.source in ("none", "compose"):
            match = self._cooccurring_name(candidate)
            if match:
                return Gloss(match, "corpus", 0.35, _unique([match, *g.suggestions]))
        return g

    def _cooccurring_name(self, candidate: Candidate) -> str:
        """A Latin name in the same documents that a transliterated name sounds like: as many
        parts, each starting with a letter its pinyin initial can be spelled with
        (帕米·奥尔森 Pàmǐ Ào'ěrsēn ~ Parmy Olson). Only an unambiguous match counts; it is a
        lead for an editor (confidence 0.35), not proof."""
        from glossary.pinyin import _TRANSLITERATION_RUN, _foreign_parts, syllable_words

        term = _simplified(candidate.term)
        transliterated = _foreign_parts(term) or (
            len(term) >= 2 and all(c in _TRANSLITERATION_RUN for c in term))
        if not transliterated:
            return ""
        parts = [syl for typ, syl in syllable_words(term, "person") if typ == "han"]
        if not parts:
            return ""
        docs = {o.document for o in candidate.occurrences}
        seen: Counter[str] = Counter()
        for d in docs:
            seen.update(self.latin_names.get(d, {}))
        fits: Counter[str] = Counter()
        for name, n in seen.items():
            words = name.split()
            if len(words) < 2:
                continue                    # a lone capitalised word is rarely a person
            if len(parts) == 1:
                words = words[-1:]          # 奥尔森 ~ Olson, the surname of Parmy Olson
                name = words[0]
            if len(words) == len(parts) and all(_sounds_like(p, w) for p, w in zip(parts, words)):
                fits[name] += n
        if len(fits) != 1:
            return ""
        return next(iter(fits))


def _simplified(term: str) -> str:
    from glossary.script import analysis_form

    return analysis_form(term)


@lru_cache(maxsize=65536)
def _static(term: str, kind: str) -> tuple[str, str, float, tuple[str, ...]]:
    """The non-corpus gloss of a term: dictionary, name, compose or none."""
    from glossary.pinyin import _foreign_parts, romanize_name

    proper = kind in PROPER_KINDS
    fits = {"person": ("person", ""), "place": ("place", "")}.get(kind, ("",))
    if kind == "person":
        best = [s for s in rank_senses(term, proper=True) if s.refers in fits]
        named = romanize_name(term)
        if best:
            text = best[0].text
            if rank_senses(term, proper=False):
                # also a common word (特斯拉 "tesla (unit)"): the person may be a namesake
                # (Tesla the company); the surname alone is the other reading
                return text, "dictionary", 0.6, _unique([text, text.split()[-1], named])
            return text, "dictionary", 0.85, _unique([text, named])
        if named:
            common = rank_senses(term, proper=False)
            if common:  # also an ordinary word (业界 "industry"): less sure it is a name here
                return named, "name", 0.4, _unique([named, common[0].text])
            return named, "name", 0.8, (named,)
        parts = _foreign_parts(term)
        if parts:
            glossed = []
            for p in parts:
                s = rank_senses(p, proper=True)
                if not s:
                    break
                glossed.append(s[0].text)
            else:
                words: list[str] = []
                for g in glossed:
                    words.extend(w for w in g.split() if w not in words)
                text = " ".join(words)
                return text, "compose", 0.4, (text,)
        return "", "none", 0.0, ()

    senses = [s for s in rank_senses(term, proper=True) if s.refers in fits] if proper else []
    common = rank_senses(term, proper=False)
    if kind == "place" and senses and common and _minor_place(term):
        # a county or village that is also a common word (大厂 Dachang Hui autonomous county,
        # "large manufacturer"): news writing means the word; the place stays a suggestion
        text = _render_common(common[0].text)
        return text, "dictionary", 0.4, _unique([text, senses[0].text, *(c.text for c in common)])
    if senses:
        texts = [s.text for s in senses]
        best = title_case(_LEGAL_FORM.sub("", texts[0]) or texts[0])
        return best, "dictionary", 0.8, _unique([best, *texts])
    # jargon may borrow a proper sense that names no place or person (微信 WeChat), never a
    # place's or person's name for a common word
    common = common or ([s for s in rank_senses(term) if not s.refers] if not proper else [])
    if kind in ("organization", "product"):
        # A company named after a person the dictionary knows (特斯拉 Nikola Tesla -> Tesla).
        eponym = [s for s in rank_senses(term, proper=True) if s.refers == "person"]
        if eponym and " " in eponym[0].text:
            name = eponym[0].text.split()[-1]
            return name, "dictionary", 0.4, _unique([name, romanize(term, kind)])
    if kind == "organization" and common and _INSTITUTION.search(common[0].text):
        # an institution named by its common noun (央行 "central bank")
        rom = romanize(term, kind)
        return common[0].text, "dictionary", 0.5, _unique([common[0].text, rom])
    if kind in ("organization", "product") and common and common[0].score >= 0.4:
        # A technology word rather than a brand (开源 "open source", 开发者 "developer").
        rom = romanize(term, kind)
        return common[0].text, "dictionary", 0.45, _unique([common[0].text, rom])
    if kind in ("organization", "product"):
        # Brands are written in pinyin in English (豆包 -> Doubao, not "steamed bun"), with the
        # names the dictionary knows kept in English (腾讯元宝 -> Tencent Yuanbao). An
        # organisation named after a place plus common words is translated (美国商务部).
        named, known = _brand(term, kind)
        composed = compose(term)
        alts = [title_case(composed) if composed else "", common[0].text if common else ""]
        if kind == "organization" and known and composed and _starts_with_place(term):
            text = title_case(composed)
            return text, "compose", 0.4, _unique([text, named, *alts])
        generic = _generic_name(term, kind)
        if generic:
            return generic, "name", 0.4 if known else 0.3, _unique([generic, named, *alts])
        return named, "name", 0.4 if known else 0.3, _unique([named, *alts])
    led = company_led(term) if not common else None
    if led:
        # a company's name and common words: "Baidu map", "Tencent stock price"; a coinage
        # the words cannot render (百度文库 "collection of documents") is a brand: Baidu Wenku
        company, rest = led
        named, _ = _brand(term, "product")
        if company_product(term):
            return named, "name", 0.3, _unique([named, f"{company} {rest}".strip()])
        text = f"{company} {rest}"
        return text, "compose", 0.3, _unique([text, named])
    if common:
        top = common[0]
        if top.text.startswith("to "):
            # a term names a thing or an activity: a close noun sense beats the verb
            # (理财 "money management" rather than "to manage wealth")
            noun = next((c for c in common[1:4] if not c.text.startswith("to ")
                         and len(c.text.split()) <= 3 and c.score >= top.score - 0.5), None)
            if noun:
                common = [noun, *(c for c in common if c is not noun)]
                top = noun
        confident = len(common) == 1 or common[0].score - common[1].score >= 0.4
        conf = 0.7 if confident else 0.55
        text = _LEGAL_FORM.sub("", top.text) or top.text if top.proper else top.text
        if len(text.split()) > 6:   # a definition rather than a rendering
            conf = 0.3
        if text.startswith("to ") and len(text.split()) <= 6:
            text = text[3:]         # a term's rendering, not a dictionary's verb
        head = _DEFINITION_HEAD.match(text) if len(text.split()) > 4 and not top.proper else None
        if head:                    # "list of successful applicants for ..." -> "list"
            text, conf = head.group(1), 0.35
        if proper:
            conf, text = 0.3, title_case(text)
        extra = []
        names = [sn for sn in rank_senses(term, proper=True) if sn.refers]
        if names and not top.proper:
            # also the name of a person or place (特斯拉 Nikola Tesla, "tesla (unit)"): which
            # one the text means is open
            conf = min(conf, 0.45)
            extra = [names[0].text.split()[-1] if names[0].refers == "person" else names[0].text]
        return text, "dictionary", conf, _unique([text, *(s.text for s in common[:4]), *extra])
    place = _place_name(term) if kind == "place" else ""
    if place:
        return place, "name", 0.4, (place,)
    composed = compose(term)
    if composed:
        from glossary.pinyin import numeral_coinage

        # a numbered epithet names a group: 六小虎 -> "Six Small Tigers"
        text = title_case(composed) if proper or numeral_coinage(term) else composed
        return text, "compose", 0.3, (text,)
    return "", "none", 0.0, ()


# The head noun of a definition-style sense: "list of successful applicants ..." -> "list".
_DEFINITION_HEAD = re.compile(
    r"(?:an? |the )?([a-z-]+(?: [a-z-]+)?) (?:of|for|that|which|who|with|in|used|from|whose) ")
_INSTITUTION = re.compile(
    r"^(?:[a-z]+ ){0,3}(?:bank|ministry|bureau|agency|association|university|college|school|"
    r"academy|institute|committee|commission|council|court|army|police|department|office|"
    r"administration|exchange|federation|union|hospital|museum|library|newspaper|press|"
    r"broadcaster|television|radio|station)$")
_MINOR_PLACE_SENSE = re.compile(r"\b(?:county|township|village|town|district)\b")


def _minor_place(term: str) -> bool:
    """The dictionary knows ``term`` as a proper noun only as a county, township, village or
    district."""
    from glossary import dictionary

    raws = [sn for e in dictionary.load().entries(term) if e.proper for sn in e.senses]
    return bool(raws) and all(_MINOR_PLACE_SENSE.search(sn) for sn in raws)


def _render_common(text: str) -> str:
    return text[3:] if text.startswith("to ") and len(text.split()) <= 4 else text


def _proper_name(piece: str) -> str:
    """The English name of a multi-character piece the dictionary knows as a proper noun."""
    if len(piece) < 2 or not has_han(piece):
        return ""
    for sense in rank_senses(piece, proper=True):
        if not sense.refers:
            return _LEGAL_FORM.sub("", sense.text) or sense.text
    return ""


def _starts_with_place(term: str) -> bool:
    pieces = _pieces(term) or []
    if len(pieces) < 2 or any(len(p) < 2 for p in pieces):
        return False
    return any(s.refers == "place" or s.text in ("China", "United States")
               for s in rank_senses(pieces[0], proper=True))


_COMPANY_SENSE = re.compile(
    r"\b(?:company|corporation|limited|holdings|inc|brand|search engine|portal|firm|"
    r"manufacturer|e-commerce|conglomerate)\b", re.I)


@lru_cache(maxsize=4096)
def is_company(word: str) -> bool:
    """The dictionary knows ``word`` as the name of a company (百度, 腾讯, 华为), directly or by
    the entry it refers to (腾讯 -> 腾讯控股有限公司 "Tencent Holdings Limited")."""
    from glossary import dictionary

    d = dictionary.load()
    for e in d.entries(word):
        if not e.proper:
            continue
        for raw in e.senses:
            if _COMPANY_SENSE.search(_BRACKETS.sub("", raw)):
                return True
            ref = _REFERENCE.match(raw)
            target = ref and (ref.group(2) or ref.group(1))
            if target and target != word and any(
                    _COMPANY_SENSE.search(sn) for t in d.entries(target) if t.proper
                    for sn in t.senses):
                return True
    return False


@lru_cache(maxsize=65536)
def company_led(term: str) -> tuple[str, str] | None:
    """(the company's English name, the gloss of the rest) for a term that is no dictionary
    word and begins with a company's name followed by Chinese words (百度地图 -> ("Baidu",
    "map")); the rest's gloss is "" when its words have none. None for other terms."""
    from glossary import dictionary

    simp = _simplified(term)
    if simp in dictionary.load() or not any(is_company(simp[:n]) for n in (2, 3, 4)):
        return None
    pieces = _pieces(simp) or []
    if not (len(pieces) >= 2 and len(pieces[0]) >= 2 and is_company(pieces[0])
            and all(has_han(p) for p in pieces[1:])):
        return None
    if any(not e.proper for e in dictionary.load().entries(pieces[0])):
        return None     # also a common word (老板 "boss", the Robam brand): not evidence
    company = _proper_name(pieces[0]) or romanize(pieces[0], "organization")
    glosses = [_piece_gloss(p, last=k == len(pieces) - 1) for k, p in enumerate(pieces) if k]
    rest = " ".join(g[0] for g in glosses) if all(glosses) else ""
    return company, rest


def company_product(term: str) -> bool:
    """A company's coined product name (百度文库, 腾讯元宝): its words after the company's name
    have no gloss, or only a definition ("collection of documents"). A proper noun."""
    led = company_led(term)
    return bool(led) and (not led[1] or len(led[1].split()) >= 3 or bool(re.search(
        r"\b(?:of|for|with)\b", led[1])))


def _generic_name(term: str, kind: str) -> str:
    """A name with the generic word that says what it names, the name romanised and the word
    translated: 百川智能 "Baichuan Intelligence", 混元大模型 "Hunyuan large model" (a product's
    generic word stays lower case), or ""."""
    from glossary.kind import name_suffix

    suffix = name_suffix(term, kind)
    if not suffix:
        return ""
    head = term[:-len(suffix)]
    english = compose(suffix) or (_piece_gloss(suffix, last=True) or ("", False))[0]
    if not english or not re.fullmatch(r"[a-z][a-z -]*", english):
        return ""
    name, _ = _brand(head, kind)
    return f"{name} {title_case(english) if kind == 'organization' else english}"


def _place_name(term: str) -> str:
    """A place the dictionary does not know, by its generic part: the name romanised, the part
    in English (双湖县 "Shuanghu County"), or ""."""
    from glossary import dictionary

    last = term[-1:]
    english = _HEAD_MORPHEMES.get(last, "")
    if not 3 <= len(term) <= 5 or not english[:1].isupper() or any(
            not e.proper for e in dictionary.load().entries(term[-2:])):
        return ""       # 特大城市: a common word (城市) ends it, not a place's generic part
    return f"{romanize(term[:-1], 'place')} {english}"


def _brand(term: str, kind: str) -> tuple[str, bool]:
    """(romanised brand name with known proper parts in English, whether any part was known)."""
    pieces = _pieces(term) or [term]
    words: list[str] = []
    pending = ""
    known = False
    for p in pieces:
        name = _proper_name(p)
        if name:
            if pending:
                words.append(romanize(pending, kind))
                pending = ""
            words.append(name)
            known = True
        else:
            pending += p
    if pending:
        words.append(romanize(pending, kind))
    return " ".join(words), known


def gloss_term(term: str, kind: str, evidence: Evidence | None = None) -> Gloss:
    """Gloss one term (simplified or traditional) of a given kind."""
    term = term.strip()
    if not has_han(term):
        if not re.search(r"[^\W_]", term):  # punctuation or nothing: no term to render
            return Gloss("", "none", 0.0, ())
        return Gloss(term, "corpus", 1.0, (term,))
    simp = _simplified(term)
    english, source, conf, suggestions = _static(simp, kind)
    if evidence is not None:
        exact, inside = evidence.split_partners(simp)
        if english and source == "dictionary":
            # A Latin name seen only after a longer run is the longer term's (通用人工智能(AGI),
            # 格拉斯顿伯里音乐节(Glastonbury Music Festival) for the word 音乐节), unless it is an
            # acronym of this term's own rendering.
            for latin in list(inside):
                if not (_is_acronym(latin) and _initials(english) == latin.lower()):
                    del inside[latin]
        partners = exact + inside
        if partners:
            spelling, n, total = _dominant(partners)
            share = n / total
            corpus_conf = round(min(0.95, 0.6 + 0.15 * n) * share, 2)
            # An acronym partner whose letters are the initials of the dictionary rendering
            # (人工智能(AI) / "artificial intelligence"): the expansion is the English term.
            if english and source == "dictionary" and _initials(english) == spelling.lower():
                return Gloss(english, "corpus", corpus_conf,
                             _unique([english, spelling, *partners, *suggestions]))
            if kind not in PROPER_KINDS and re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+)*", spelling):
                # sentence case in the source ("Scaling law"); jargon is lower case in English
                spelling = spelling[0].lower() + spelling[1:]
            return Gloss(spelling, "corpus", corpus_conf,
                         _unique([spelling, *[p for p, _ in partners.most_common()], english,
                                  *suggestions]))
    return Gloss(english, source, conf, suggestions)


def _is_acronym(latin: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", latin))


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", phrase)).lower()
