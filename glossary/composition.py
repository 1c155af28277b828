"""English from the glosses of a term's parts (六小虎 "six small tigers", 价格战 "price war").

The term is split into dictionary words, Latin runs and numerals; each piece is glossed in the reading
the term's pinyin gives it, with the rendering the dictionary's compounds use in that position
(``glossary.wordform``); bound morphemes, prefixes, measure words and suffixes are handled as English
word formation would; a string of single characters glossed one by one, a piece of a sentence or a
grammatical word glossed alone makes no phrase ("").
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.script import has_han
from glossary.senses import _LEGAL_FORM, _name_prefix, rank_senses

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
    return f"{n:,}"     # 100,000 as English writes it


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
                 modifier: bool = False, first: bool = False,
                 name: bool = False) -> tuple[str, bool] | None:
    """(gloss, is_number) of one composition piece; ``last``: the head of the term,
    ``modifier``: a piece before the head (the dictionary's compounds choose among renderings
    in both positions, see ``wordform.positional``)."""
    if re.match(r"[A-Za-z0-9]", piece):
        return piece, False
    value = chinese_number(piece)
    if value is not None:
        return number_words(value), True
    if last and piece in _HEAD_MORPHEMES:
        # lower case inside a phrase (看山 "see mountain"); a place's name is title-cased whole
        return _HEAD_MORPHEMES[piece].lower(), False
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
                          end=last, first=first and modifier, name=name) or text
    if best.proper:
        text = _LEGAL_FORM.sub("", text) or text
        text = _PLACE_DESCRIPTOR.sub("", text) or text
        text = _name_prefix(text).split(" or ")[0] or text   # "Hmong or Miao ethnic group" -> Hmong
    if re.fullmatch(r"to [a-z]+", text) and len(piece) > 1 and verb_form:
        # a verb heading a noun phrase is a gerund (自动驾驶 "automatic driving"), or the noun
        # the dictionary's compounds use for it (AI搜索 "AI search"); one before a person a
        # participle (付费用户 "paying user")
        from glossary.wordform import verbal_noun

        text = (last and verbal_noun(piece, text[3:])) or _ing(text[3:])
    elif last and verb_form and text.startswith("to ") and len(text.split()) > 2:
        return None     # a head glossed by a verb phrase ("to reflect on") makes no noun phrase
    elif (modifier and not verb_form and len(piece) == 2
          and (m := _VERB_OBJECT.fullmatch(text))):
        # a verb and its object before a noun: the object, a hyphen, the -ing form
        # (扫地 "to sweep the floor" + 机器人 -> "floor-sweeping robot")
        text = f"{m.group(2)}-{_ing(m.group(1))}"
    elif text.startswith("to "):
        text = text[3:]
    if not best.proper and re.match(r"(?:an?|the) [a-z]", text):
        text = text.split(" ", 1)[1]    # 协会 "an association": no article inside a phrase
    return text, False


_COUNTRY_SHORT = {"United States": "US", "United Kingdom": "UK", "United Nations": "UN",
                  "European Union": "EU", "United States of America": "US"}

_VERB_OBJECT = re.compile(r"to (?!(?:be|have|get|make|do|become|feel|seem|go|come)\b)([a-z]+) "
                          r"(?:the |a |an )?([a-z]+)")

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


@lru_cache(maxsize=4096)
def demonym(place: str) -> str:
    """The adjective for a country's or region's people, from the dictionary's word for them
    (中国人 "Chinese person" -> "Chinese", 美国人 "American", 西班牙人 "Spaniard; Spanish
    person" -> "Spanish"), or ""."""
    if not rank_senses(place, proper=True):
        return ""
    texts = [s.text for s in rank_senses(place + "人")]
    for text in texts:
        m = re.fullmatch(r"([A-Z][a-z]+) (?:person|people|person or people|national)", text)
        if m:
            return m.group(1)
    for text in texts:
        if re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|i)", text):
            return text
    return ""


def _plural(word: str) -> str:
    if re.search(r"[^su]s$", word):
        return word     # already plural (sisters, continents)
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
def compose(term: str, *, demonyms: bool = True, name: bool = False) -> str:
    """English from the glosses of the parts (六小虎 -> "six small tigers"), or "".
    ``demonyms``: a country before a common noun is its adjective (Chinese brand); not in a
    name (中国平安 is no "Chinese Safe and Sound"). ``name``: the term is a name, whose
    modifiers take the words the dictionary's names use (六小虎 "six little tigers")."""
    pieces = _pieces(term)
    if (not pieces or len(pieces) < 2 or _function_word(pieces[-1])
            or any(map(_grammatical, pieces))):
        return ""   # cut short (改编自), or a piece of a sentence (我愿意, 长得多), not a term
    if _split_transliteration(pieces):
        return ""   # 布朗利博物馆 is the Branly museum, not "Brown Sharp Museum"
    if len(pieces) == 2 and pieces[1] == "级" and re.fullmatch(r"[A-Z]+\d+", pieces[0]):
        return pieces[0]    # a graded code already names its level (L4级 "L4", not "L4 level")
    if any(chinese_number(a) is not None and len(b) == 1 and b not in _MEASURE_WORDS
           and _verb_first(b) for a, b in zip(pieces, pieces[1:])):
        return ""   # a numeral before a verb character is a name (万达, 千问), not "10000 attain"
    kept: list[str] = []
    counted: dict[str, str] = {}    # a noun after numeral + measure word -> the measure word
    for k, p in enumerate(pieces):
        after_number = k > 0 and chinese_number(pieces[k - 1]) is not None
        if after_number and p in _MEASURE_WORDS:
            if k + 1 < len(pieces) and has_han(pieces[k + 1]):
                counted[pieces[k + 1]] = p
            continue
        if k > 0 and p in _SILENT_SUFFIXES:
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
    if (len(pieces) == 2 and not prefix and pieces[1] not in _HEAD_MORPHEMES
            and all(len(p) == 1 and has_han(p) and chinese_number(p) is None for p in pieces)):
        # two characters, each a bound morpheme: glossed only by the renderings the
        # dictionary's compounds give them at the same edge (乌梅 "black plum", 梅汤 "plum soup")
        first, head = _edge_morpheme(pieces[0], end=False), _edge_morpheme(pieces[1], end=True)
        return f"{first} {head}" if first and head else synonym_pair(pieces[0], pieces[1])
    readings = _piece_readings(term, pieces)
    pieces, readings, forced = _modifier_pairs(pieces, readings)
    for k in range(len(pieces) - 2, -1, -1):
        if not (pieces[k + 1] in _AGENT_SUFFIXES and len(pieces[k]) >= 2 and has_han(pieces[k])
                and k not in forced and k + 1 not in forced):
            continue
        # an activity and an agent suffix make one English agent noun (测量 survey + 员 ->
        # "surveyor", 土地测量员 "land surveyor")
        agent = agent_noun(pieces[k])
        if agent:
            later = {i - 1: g for i, g in forced.items() if i > k + 1}
            forced = {i: g for i, g in forced.items() if i < k} | later | {k: agent}
            pieces = [*pieces[:k], pieces[k] + pieces[k + 1], *pieces[k + 2:]]
            readings = [*readings[:k], None, *readings[k + 2:]]
        elif pieces[k + 1] == "者" or _verb_first(pieces[k]):
            # "care one who", "put on makeup teacher" are no English: an honest gap (照护者,
            # 落选者沙龙, 化妆师)
            return ""
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
        elif pieces[k] in counted:
            g = _counted_noun(pieces[k], counted[pieces[k]])
        else:
            g = _piece_gloss(pieces[k], last=last and k > 0,
                             verb_form=(last and k > 0) or before_person,
                             reading=readings[k], modifier=not last, first=k == 0,
                             name=name)
        if g is None or g[0].lower() in _GRAMMAR_GLOSSES:
            return ""   # a grammatical word glossed alone ("from", "most") makes no phrase
        if len(g[0].split()) > 5:
            return ""   # a definition ("type of clay found in the region of Yixing ...") is
            # no part of a phrase
        glosses.insert(0, g)
    if prefix:
        glosses[0] = (f"{prefix}-{glosses[0][0]}", glosses[0][1])
    # a country before what it owns takes its short form, as news English writes it (美国商务部
    # "US Department of Commerce", not "United States Department of ...")
    glosses = [(_COUNTRY_SHORT.get(g, g) if k < len(glosses) - 1 else g, n)
               for k, (g, n) in enumerate(glosses)]
    # a country before a common noun is its adjective (中国品牌 "Chinese brand", not "China
    # brand"), as the dictionary's word for its people gives it
    for k in range(len(glosses) - 1 if demonyms else 0):
        following = glosses[k + 1][0]
        if (glosses[k][0][:1].isupper() and following[:1].islower() and has_han(pieces[k])
                and glosses[k][0] not in _COUNTRY_SHORT.values()):     # US government
            adjective = demonym(pieces[k])
            if adjective:
                glosses[k] = (adjective, glosses[k][1])
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
    elif first_number and pieces[-1] in counted and re.fullmatch(r"[a-z][a-z -]*", words[-1]):
        head, _, noun = words[-1].rpartition(" ")   # three cell phones
        words[-1] = f"{head} {_plural(noun)}".strip()
    return " ".join(words)


@lru_cache(maxsize=4096)
def _counted_noun(piece: str, measure: str) -> tuple[str, bool] | None:
    """The noun a numeral and measure word count (十万张卡 "100,000 cards", not "slows"): the
    sense the dictionary marks as counted with that measure word (``CL:張|张``); None when
    its notes name only other measure words; for a word without notes its best noun sense."""
    from glossary import dictionary
    from glossary.senses import clean_sense

    entries = [e for e in dictionary.load().entries(piece) if not e.proper]
    for e in entries:
        for i, raw in enumerate(e.senses):
            if raw.startswith("CL:") and i > 0 and re.search(
                    rf"(?:^CL:|,)(?:[^,|\[]+\|)?{re.escape(measure)}\[", raw):
                # the note counts the senses since the previous one: the best-ranked plain
                # noun among them (公司 "company"), else the one the note follows (卡 "card")
                start = max((j + 1 for j in range(i) if e.senses[j].startswith("CL:")),
                            default=0)
                group = [r for r in e.senses[start:i] if not r.startswith("to ")]
                plain = {clean_sense(r) for r in group if not r.startswith("(")}
                ranked = [x.text for x in rank_senses(piece, proper=False) if x.text in plain]
                text = ranked[0] if ranked else (clean_sense(e.senses[i - 1]) if group else "")
                if text and re.fullmatch(r"[a-z][a-z -]*", text):
                    return text, False
    if any(raw.startswith("CL:") for e in entries for raw in e.senses):
        return None     # counted with other measure words: this is not a count of it
    for sense in rank_senses(piece, proper=False)[:3]:     # no note: its best noun sense
        if not sense.text.startswith("to ") and re.fullmatch(r"[a-z][a-z -]*", sense.text):
            return sense.text, False
    return None


# Suffixes that make a person who does something (测量员 surveyor, 开发者 developer, 设计师
# designer); English makes the noun from the verb with -or, -er or -ist. (家 and 手 are also
# "family" and "hand": 魏家, 机器手.)
_AGENT_SUFFIXES = frozenset("员者师")
_AGENT_ENDINGS = ("or", "er", "ist", "ant")


@lru_cache(maxsize=16384)
def agent_noun(word: str) -> str:
    """The English agent noun for the activity ``word`` names (测量 "survey" -> "surveyor",
    设计 "to design" -> "designer"), from its first three one-word renderings, when the
    dictionary's English uses that noun; else ""."""
    from glossary import dictionary

    d = dictionary.load()
    for suffix in (*sorted(_AGENT_SUFFIXES), "家", "人"):
        # a sibling with another agent suffix the dictionary knows (测量师 -> 测量员)
        for sense in rank_senses(word + suffix, proper=False)[:2]:
            if re.fullmatch(r"[a-z]{4,}(?:or|er|ist|ian|ant|ent)", sense.text):
                return sense.text
    vocabulary = _agent_words()
    for sense in rank_senses(word, proper=False)[:3]:
        verb = sense.text[3:] if sense.text.startswith("to ") else sense.text
        if not re.fullmatch(r"[a-z]{3,}", verb):
            continue
        stems = [verb, verb[:-1]] if verb.endswith("e") else [verb]
        if re.fullmatch(r".*[^aeiou][aeiou][bdglmnprt]", verb):
            stems.append(verb + verb[-1])               # run -> runner, control -> controller
        for ending in _AGENT_ENDINGS:
            for stem in stems:
                if stem + ending in vocabulary and stem + ending != verb:
                    return stem + ending
    return ""


@lru_cache(maxsize=1)
def _agent_words() -> frozenset[str]:
    """English agent nouns the dictionary uses: a sense's last word for a word that ends with
    a person suffix (开发者 "developer", 临时保姆 "temporary caregiver"), or a possessive
    ("surveyor's level"); not homographs of a verb and -er (care -> "career", tend ->
    "tender")."""
    from glossary import dictionary

    d = dictionary.load()
    agent = re.compile(r"(?:an? )?(?:[a-z-]+ )?([a-z]{4,}(?:or|er|ist|ant))").fullmatch
    out = set()
    possessives = []
    for word, rows in d.by_word.items():
        person = len(word) >= 2 and word[-1] in "员者师家人手工匠"
        for row in rows:
            for sn in row[3]:
                if "'s" in sn:
                    possessives.append(sn)
                if person and (m := agent(sn)):
                    out.add(m.group(1))
    # a possessive names a person too ("surveyor's level"); one pass over the senses with one
    out.update(re.findall(r"\b([a-z]{4,}(?:or|er|ist|ant))'s\b", "\n".join(possessives)))
    return frozenset(out)


def synonym_pair(first: str, second: str) -> str:
    """Two characters that say the same thing (萎 "to wither" + 凋 "withered": 萎凋
    "withering"), by a word their first two renderings share (a form of one English word), one
    of them a verb: the activity, so its -ing form. "" when they share none."""
    from glossary.wordform import _stem_shared

    def words(ch: str) -> list[tuple[str, bool]]:
        out = []
        for sense in rank_senses(ch, proper=False)[:2]:
            text = sense.text
            verb = text.startswith("to ")
            text = text[3:] if verb else text
            if re.fullmatch(r"[a-z]{3,}", text):
                out.append((text, verb))
        return out

    if first == second:
        return ""       # a doubled character (静静) is a name or an intensifier, not a pair
    for a, a_verb in words(first):
        for b, b_verb in words(second):
            if (a_verb or b_verb) and (a == b or (_stem_shared(a, b) and min(len(a), len(b)) >= 5)):
                # only an action: two adjectives alike are as often a name or slang (泰康
                # "peaceful", 硬刚 "hard")
                return _ing(min((a, b), key=len))
    return ""


def _verb_first(ch: str) -> bool:
    """The dictionary's first rendering of ``ch`` is a verb (达 "to attain", 问 "to ask")."""
    senses = rank_senses(ch, proper=False)
    return bool(senses) and senses[0].text.startswith("to ")


_EDGE_VOTES = 3     # compounds that must agree on a character's rendering at an edge
_EDGE_TOP = 3       # among the most frequent renderings at that edge


@lru_cache(maxsize=16384)
def _edge_morpheme(ch: str, *, end: bool) -> str:
    """The English noun or adjective a single character stands for at the start (``end``
    False) or end of a compound, when the dictionary's compounds agree on it and it is one of
    the character's first two senses, not a verb (汤 at the end: "soup", 17 compounds; 乌 at the
    start: "black"), or the word a character abbreviates (企 for 企业: "company"), or "". A verb
    (来 "to come"), a far sense (活 "work") or a rendering no compound backs gives nothing: two
    characters glossed one by one are otherwise noise."""
    from glossary.wordform import edge_votes

    senses = rank_senses(ch, proper=False)
    if senses and senses[0].via and re.fullmatch(r"[a-z]+", senses[0].text):
        return senses[0].text       # an abbreviation reads as its word (企 for 企业 "company")
    own: set[str] = set()
    for sense in senses[:2]:        # one of its primary meanings, not a far sense (活 "work")
        if not sense.text.startswith("to ") and len(sense.text.split()) <= 2:
            own.update(re.findall(r"[a-z]+", sense.text.lower()))
    for word, n in edge_votes(ch, end).most_common(_EDGE_TOP):
        if n >= _EDGE_VOTES and word in own:
            return word
    return ""


def _split_transliteration(pieces: list[str]) -> bool:
    """A transliterated name (three or more transliteration characters in a row, no dictionary
    word) runs across pieces: its characters stand for sounds, and glossing them one by one
    makes nonsense."""
    from glossary.kind import transliteration_run

    text = "".join(pieces)
    ends = set()
    pos = 0
    for p in pieces:
        pos += len(p)
        ends.add(pos)
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and transliteration_run(text[j]):
            j += 1
        if j - i >= 3 and any(i < e < j for e in ends):
            run = text[i:j]
            from glossary import dictionary

            if run not in dictionary.load():
                return True
        i = max(j, i + 1)
    return False


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


def _grammatical(piece: str) -> bool:
    """jieba's dictionary tags ``piece`` as a pronoun, particle, modal particle or interjection
    (我, 得, 吗, 啊): a term has none of them."""
    from glossary.segment import background

    entry = background()[0].get(piece)
    return bool(entry) and entry[1][:1] in ("r", "u", "y", "e") and len(piece) == 1


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


