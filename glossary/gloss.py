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
   A proper sense is the name, not its description: "Loess Plateau of northwest China" is the
   Loess Plateau, "Mt Taibai in Shaanxi" Mount Taibai, "the Northern Song Dynasty (960-1127)" an
   era (no person); a place the dictionary only describes is its pinyin (周口 "prefecture level
   city in east Henan": Zhoukou) or the name inside (特洛伊 "ancient city of Troy": Troy). A
   transliterated part takes the spelling CC-CEDICT's full foreign names give it (乔伊斯 Joyce,
   from 詹姆斯·乔伊斯 "James Joyce"; 0.5).
3. name — Chinese personal names romanised per GB/T 28039 (Xiao Yanghua, 0.8); organisation and
   product names that the dictionary knows only as common words, or not at all, are romanised too
   (豆包 -> Doubao, 元宝 -> Yuanbao with "a silver or gold ingot" as a lower suggestion; 0.3), with
   names the dictionary knows kept in English (腾讯元宝 -> Tencent Yuanbao), since that is how such
   brands are written in English. A term led by a company's name is its product whatever the
   miner's kind: "Huawei mobile phone", or a brand when the rest is a coinage (百度文库 Baidu Wenku).
   A two-character place the dictionary does not know is its pinyin (西坪 Xiping, 0.3).
4. compose — the glosses of the parts (六小虎 -> "Six Small Tigers", a numbered epithet being a
   name; 价格战 -> "price war", 预训练 -> "pre-training"), 0.3. Each piece is read as the term's
   pinyin reads it (同行 tóngháng), nouns are preferred to verbs inside a phrase, a verb heading
   the phrase is a gerund (自动驾驶 "automatic driving") and one before a person a participle
   (付费用户 "paying user"). An activity and 员/者/师 make an agent noun the dictionary uses
   (土地测量员 "land surveyor"), a country before a common noun its adjective (中国品牌 "Chinese
   brand name"), a name and its title a title (哈里王子 "Prince Harry"), a surname and 家 a family
   (魏家 "Wei family"), two characters with one action a gerund (萎凋 "withering"). Refused when
   it would glue single characters together, gloss a grammatical word alone (从业者 is not "from
   dealer"), take a definition as a part, or leave 者 as "one who".
5. none — an honest gap: english "" for an editor to fill; a transliterated foreign name gets a
   likely Latin spelling as a suggestion (``glossary.transliterate``), with its title when it
   has one (米诺斯王: "King Minos"). A work's title (a product
   written in 《》) takes only the text's or the dictionary's name for it, never a calque or a
   romanisation (《好东西》 is not "good east and west").

A glossed foreign name also glosses its parts when they sound like its Latin words:
妮娜·奇尔德雷斯（Nina Childress） gives the surname alone, 奇尔德雷斯, "Childress", and a name with
a generic word uses it (皮诺基金会 "Pinault Foundation").

Sense ranking lives in ``glossary.senses``, composition in ``glossary.composition`` (with the word
forms of ``glossary.wordform``); this module gathers the evidence and chooses.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from glossary.composition import (
    _HEAD_MORPHEMES,
    _agent_words,
    _piece_gloss,
    _pieces,
    compose,
    romanize,
    title_case,
)
from glossary.kind import is_title
from glossary.model import Candidate, Gloss
from glossary.script import has_han
from glossary.senses import (
    _BRACKETS,
    _describes,
    _name_prefix,
    _LEGAL_FORM,
    _REFERENCE,
    rank_senses,
)

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Latin letters with their accented forms (François, Almodóvar)
_LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_LATIN_WORD = rf"[{_LATIN_LETTER}0-9][{_LATIN_LETTER}0-9.+#&'’\-]*"
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
_LATIN_TAIL = re.compile(rf"(?<![{_LATIN_LETTER}0-9.+#&'’\-])({_LATIN_PHRASE})$")
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
                latin = inside.group(1).strip()
                hyphened = before[:han.start()].endswith("-")
                if not hyphened:
                    out.append(Apposition(han.group(0), latin, False))
                out.extend(Apposition(part, word, True)
                           for part, word in name_parts(han.group(0), latin, hyphened))
            continue
        inside = _HAN_INSIDE.match(text, end)
        if inside:
            latin = _LATIN_TAIL.search(before)
            if latin and _good_latin(latin.group(1)):
                out.append(Apposition(inside.group(1), latin.group(1).strip(), True))
    return out


_PART_SPLIT = re.compile(r"[·・•‧]")


def name_parts(han: str, latin: str, hyphened: bool = False,
               loose: bool = False) -> list[tuple[str, str]]:
    """A transliterated name's parts and the Latin words they stand for, when a foreign name is
    glossed in full: 妮娜·奇尔德雷斯（Nina Childress） gives 妮娜 Nina and 奇尔德雷斯 Childress, so the
    surname alone has its English. Parts align from the end, each must sound like its word; a
    part written after a hyphen (克里斯托夫-巴卡吉耶夫（Christov-Bakargiev）, where only the last part
    is a Han run here) pairs with the last hyphenated piece."""
    from glossary.pinyin import syllable_words

    parts = [p for p in _PART_SPLIT.split(han) if p]
    words = latin.split()
    if not words or not all(re.fullmatch(rf"[{_LATIN_LETTER}'’-]+", w) and w[:1].isupper()
                            for w in words):
        return []
    if hyphened and "-" in words[-1]:
        words = [words[-1].rsplit("-", 1)[1]]
        parts = parts[-1:]
    elif len(parts) < 2 or len(parts) != len(words):
        return []
    out = []
    for k, (part, word) in enumerate(zip(parts, words)):
        if k == 0 and len(parts) > 1 and len(part) > 4:
            continue                # the run's first part may carry the words before the name
        syl = [x for typ, sy in syllable_words(part, "person") if typ == "han" for x in sy]
        if len(part) < 2 or not _sounds_like(syl, _ascii_letters(word), loose=loose):
            return []
        out.append((part, word))
    return out


def _ascii_letters(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii() and c.isalpha())


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


# ---------------------------------------------------------------- the glosser


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """Suggestions in order without repeats (ignoring case, except a name's capital: the unit
    "tesla" and the name "Tesla" are two suggestions), at most six."""
    seen: dict[tuple[str, bool], str] = {}
    for s in items:
        key = (s.casefold(), s[:1].isupper())
        if s and key not in seen:
            seen[key] = s
    return tuple(seen.values())[:6]


_LATIN_NAME_HINT = re.compile(r"[A-Z][a-z]")
_LATIN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?![A-Za-z])")
# English first letters a pinyin initial is spelled with in transliterated names.
_INITIAL_LETTERS = {
    "b": "BP", "p": "PB", "m": "M", "f": "FPV", "d": "DT", "t": "TD", "n": "N", "l": "LR",
    "g": "GCK", "k": "KCQ", "h": "H", "j": "JGY", "q": "QKCJG", "x": "SXZ", "zh": "JZG",
    "ch": "C", "sh": "S", "r": "RL", "z": "ZST", "c": "CTZK", "s": "SCZ", "y": "YIEJA",
    "w": "WVUO", "": "AEIOUY",
}


def _initial(syllable: str) -> str:
    syl = syllable.lower()
    initial = next((i for i in ("zh", "ch", "sh") if syl.startswith(i)), "")
    if not initial and syl[:1] in "bpmfdtnlgkhjqxrzcsyw":
        initial = syl[0]
    return initial


def _sounds_like(syllables: list[str], word: str, loose: bool = False) -> bool:
    """A transliterated part (numbered syllables) could spell ``word``: the first letter fits
    the first initial, and every later initial (and -n, -r ending) appears in order; ``loose``
    does not ask for the -n (詹姆斯 James)."""
    letters = word.upper()
    if not syllables or letters[:1] not in _INITIAL_LETTERS[_initial(syllables[0])]:
        return False
    wanted: list[str] = []
    for k, syl in enumerate(syllables):
        initial = _initial(syl)
        if k and initial:
            wanted.append(_INITIAL_LETTERS[initial])
        final = syl.rstrip("012345")
        if (final.endswith("n") or final.endswith("ng")) and not loose:
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
        self.titled_lines: dict[tuple[str, int], str] = {}    # lines with title marks 《》
        for doc in docs:
            names: Counter[str] = Counter()
            for line in getattr(doc, "lines", ()):
                if getattr(line, "boilerplate", False):
                    continue
                text = _line_text(line)
                pairs.extend(find_appositions(text))
                if "《" in text or "〈" in text:
                    self.titled_lines[(getattr(doc, "name", ""), line.number)] = text
                if _LATIN_NAME_HINT.search(text):
                    names.update(m.group(0) for m in _LATIN_NAME.finditer(text))
            self.latin_names[getattr(doc, "name", "")] = names
        self.evidence = Evidence(pairs)

    def prepare(self) -> None:
        """Build now the tables glossing builds on first use (agent nouns, the dictionary's
        foreign-name parts, transliteration chunks), so that worker processes forked afterwards
        share them instead of each building its own."""
        from glossary import transliterate

        _agent_words()
        _dictionary_name_parts()
        transliterate._chunks()

    def gloss(self, candidate: Candidate) -> Gloss:
        g = gloss_term(candidate.term, candidate.kind, self.evidence)
        if candidate.kind == "product" and self._title(candidate):
            # a work's title: its English title is what the text gives, else an honest gap
            # (《好东西》 is not "good east and west", nor "Haodongxi"); the rest are leads
            if g.source == "corpus" or (g.source == "dictionary" and rank_senses(
                    _simplified(candidate.term), proper=True)):
                return g            # the text's or the dictionary's name for it (老友记 Friends)
            return Gloss("", "none", 0.0, _unique([g.english, *g.suggestions]))
        if candidate.kind == "person" and g.source in ("none", "compose"):
            match = self._cooccurring_name(candidate)
            if match:
                return Gloss(match, "corpus", 0.35, _unique([match, *g.suggestions]))
        return g

    def _title(self, candidate: Candidate) -> bool:
        """The candidate is mostly written as a work's title (《好东西》)."""
        inside = 0
        for o in candidate.occurrences:
            text = self.titled_lines.get((o.document, o.line), "")
            inside += (text[o.start - 1:o.start] in ("《", "〈")
                       and text[o.end:o.end + 1] in ("》", "〉"))
        return is_title(inside, len(candidate.occurrences))

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


@lru_cache(maxsize=1)
def _dictionary_name_parts() -> dict[str, Counter[str]]:
    """Parts of the foreign names CC-CEDICT lists with an interpunct, and the Latin words they
    sound like in its English (詹姆斯·乔伊斯 "James Joyce": 乔伊斯 Joyce)."""
    from glossary import dictionary
    from glossary.senses import clean_sense

    out: dict[str, Counter[str]] = defaultdict(Counter)
    for word, rows in dictionary.load().by_word.items():
        if "·" not in word:
            continue
        for row in rows:
            if row[1] != word or not row[2][:1].isupper() or not row[3]:
                continue
            parts = [p for p in _PART_SPLIT.split(word) if p]
            words = clean_sense(row[3][0], proper=True).split()
            syllables = [x.lower() for x in row[2].split() if x not in "·•"]
            if len(parts) != len(words) or len(syllables) != sum(map(len, parts)):
                continue
            pos = 0
            for part, latin in zip(parts, words):
                syl = syllables[pos:pos + len(part)]
                pos += len(part)
                # the entry's own reading, not one computed again (乔伊斯 qiao2 yi1 si1)
                if (len(part) >= 2 and re.fullmatch(rf"[A-Z][{_LATIN_LETTER}'’-]+", latin)
                        and _sounds_like(syl, _ascii_letters(latin), loose=True)):
                    out[part][latin] += 1
    return dict(out)


def dictionary_name_part(part: str) -> str:
    """The Latin word CC-CEDICT's foreign names give a transliterated part (乔伊斯 Joyce), when
    they agree on one; else ""."""
    names = _dictionary_name_parts().get(part)
    if not names or len(names) != 1:
        return ""
    return next(iter(names))


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
        if not parts:
            part = dictionary_name_part(term)
            if part:    # 乔伊斯: Joyce, as the dictionary's 詹姆斯·乔伊斯 "James Joyce" spells it
                return part, "dictionary", 0.5, _unique([part, _spelled([term])])
        if parts:
            glossed = []
            for p in parts:
                s = rank_senses(p, proper=True)
                if not s and dictionary_name_part(p):
                    glossed.append(dictionary_name_part(p))
                    continue
                if not s:
                    break
                glossed.append(s[0].text)
            else:
                words: list[str] = []
                for g in glossed:
                    words.extend(w for w in g.split() if w not in words)
                text = " ".join(words)
                return text, "compose", 0.4, (text,)
        guess = _spelled(parts or [term])
        # a transliterated name's likely spelling is a lead for an editor, not a rendering
        return "", "none", 0.0, (guess,) if guess else ()

    senses = [s for s in rank_senses(term, proper=True) if s.refers in fits] if proper else []
    common = rank_senses(term, proper=False)
    if kind == "place" and senses and common and _minor_place(term):
        # a county or village that is also a common word (大厂 Dachang Hui autonomous county,
        # "large manufacturer"): news writing means the word; the place stays a suggestion
        text = _render_common(common[0].text)
        return text, "dictionary", 0.4, _unique([text, senses[0].text, *(c.text for c in common)])
    if senses:
        texts = [s.text for s in senses]
        if kind == "organization":
            texts = _ministry_first(term, texts)
        if _describes(texts[0]) and all(map(has_han, term)):
            # the dictionary only describes it (周口 "prefecture level city in east Henan"):
            # a Chinese name is its pinyin, Zhoukou; a transliterated one is the name the
            # description gives (特洛伊 "ancient city of Troy": Troy)
            from glossary.pinyin import _TRANSLITERATION_RUN

            inside = re.findall(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*", texts[0])
            generic = re.match(r"(lake|river|mount|mountain|island|county|city|district) "
                               r"([A-Z][\w'’-]*)", texts[0])
            if generic:     # 滇池 "lake Dianchi in Yunnan": Lake Dianchi
                text = f"{generic.group(1).capitalize()} {generic.group(2)}"
                return text, "dictionary", 0.7, _unique([text, *texts])
            if all(c in _TRANSLITERATION_RUN for c in term):
                if inside:
                    return inside[-1], "dictionary", 0.6, _unique([inside[-1], *texts])
            else:
                named = _name_part(term)
                return named, "name", 0.6, _unique([named, *texts])
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
        composed = compose(term, demonyms=False)    # 中国平安 is no "Chinese ..."
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
            if extra[0].casefold() == text.casefold() and _unit(term):
                # a unit named after the person (tesla, newton, hertz): news writing names the
                # person or what bears the name far more often than it measures in the unit
                text, extra = extra[0], [text]
        return text, "dictionary", conf, _unique([text, *(s.text for s in common[:4]), *extra])
    place = _place_name(term) if kind == "place" else ""
    if place:
        return place, "name", 0.4, (place,)
    titled = _titled_name(term)
    if titled:
        return titled
    from glossary.pinyin import numeral_coinage

    epithet = numeral_coinage(term)
    # an epithet's modifiers take the words names use (六小虎 "Six Little Tigers"); other
    # names keep their compounds' words (后山 is no "Later Mountain", after the Later Han)
    composed = compose(term, demonyms=not proper, name=epithet)
    if composed:
        # a numbered epithet names a group: 六小虎 -> "Six Little Tigers"
        text = title_case(composed) if proper or epithet else composed
        return text, "compose", 0.3, (text,)
    family = _family(term)
    if family:
        return family, "compose", 0.3, (family,)
    from glossary.pinyin import _foreign_run

    if kind == "place" and len(term) == 2 and all(map(has_han, term)):
        # a Chinese place name the dictionary does not know is written in pinyin (本山
        # Benshan); a longer one has generic words English translates (a kindergarten, a
        # stadium), which composition or an editor renders
        named = romanize(term, kind)
        return named, "name", 0.3, (named,)
    guess = _spelled([term]) if _foreign_run(term) else ""
    # a transliterated name's likely spelling is a lead for an editor, not a rendering
    return "", "none", 0.0, (guess,) if guess else ()


# Titles written after a name, as English writes them before it (米诺斯王 King Minos, 伊丽莎白女王
# Queen Elizabeth, 哈里王子 Prince Harry) or after it (彼得大帝 Peter the Great).
_TITLES = {"王": "King {}", "国王": "King {}", "女王": "Queen {}", "王子": "Prince {}",
           "公主": "Princess {}", "王妃": "Princess {}", "皇帝": "Emperor {}", "大帝": "{} the Great",
           "公爵": "Duke {}", "伯爵": "Count {}", "爵士": "Sir {}"}


def _titled_name(term: str) -> tuple[str, str, float, tuple[str, ...]] | None:
    """A foreign name and the title after it: the dictionary's name for the person composes
    with the title (0.3); a name it does not know gives only a suggestion with a likely
    spelling (米诺斯王: "King Minos" for an editor to check)."""
    from glossary.pinyin import _TRANSLITERATION_RUN, _foreign_run

    for title, pattern in sorted(_TITLES.items(), key=lambda kv: -len(kv[0])):
        name = term[:-len(title)]
        if not term.endswith(title) or len(name) < 2:
            continue
        known = [s for s in rank_senses(name, proper=True) if s.refers != "place"]
        if known:
            word = pattern.replace("{}", "").strip().split()[-1]
            # the dictionary's name may carry the title already (乾隆 "Qianlong Emperor")
            text = known[0].text if re.search(rf"\b{word}\b", known[0].text, re.I) else \
                pattern.format(known[0].text)
            return text, "compose", 0.3, (text,)
        if _foreign_run(name) or (len(name) >= 2 and all(c in _TRANSLITERATION_RUN for c in name)):
            guess = _spelled([name])
            return ("", "none", 0.0, (pattern.format(guess),)) if guess else None
    return None


def _family(term: str) -> str:
    """A surname and 家 (魏家): "the Wei family" as English says it, "Wei family"; ""."""
    from glossary import dictionary
    from glossary.pinyin import plain_word

    d = dictionary.load()
    if len(term) != 2 or term[1] != "家" or term in d or not d.surname(term[0]):
        return ""
    return f"{plain_word(list(d.surname(term[0]))).capitalize()} family"


def _unit(term: str) -> bool:
    """The dictionary's common sense of ``term`` is a unit of measurement ("tesla (unit)",
    "newton (SI unit of force)")."""
    from glossary import dictionary

    return any(re.search(r"\((?:SI )?unit\b|\bunit of\b", sn)
               for e in dictionary.load().entries(term) if not e.proper for sn in e.senses)


_MINISTRY = re.compile(r"^Ministry of ")
_DEPARTMENT = re.compile(r"^Department of ")


def _ministry_first(term: str, texts: list[str]) -> list[str]:
    """A bare 部 in Chinese news is one of China's ministries, which call themselves "Ministry
    of ...": 国防部 "Ministry of National Defense" before "Defense Department"; a name the
    dictionary gives only as a "Department of" (商务部 "Department of Commerce", the US style)
    is renamed so ("Ministry of Commerce"), the dictionary's wording kept as a suggestion."""
    if not term.endswith("部") or len(term) < 3:
        return texts
    ministry = [t for t in texts if _MINISTRY.match(t)]
    if ministry:
        return [ministry[0], *(t for t in texts if t != ministry[0])]
    department = [t for t in texts if _DEPARTMENT.match(t)]
    if department:
        renamed = _DEPARTMENT.sub("Ministry of ", department[0])
        return [renamed, *texts]
    return texts


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


def _generic_name(term: str, kind: str, evidence: Evidence | None = None) -> str:
    """A name with the generic word that says what it names, the name romanised (or as the
    text spells it: 皮诺 Pinault, so 皮诺基金会 "Pinault Foundation") and the word translated:
    百川智能 "Baichuan Intelligence", 混元大模型 "Hunyuan large model" (a product's generic word
    stays lower case), or ""."""
    from glossary.kind import name_suffix

    suffix = name_suffix(term, kind)
    if not suffix:
        return ""
    head = term[:-len(suffix)]
    english = compose(suffix) or (_piece_gloss(suffix, last=True) or ("", False))[0]
    if not english or not re.fullmatch(r"[a-z][a-z -]*", english):
        return ""
    exact = evidence.split_partners(head)[0] if evidence is not None else None
    if exact:
        name = _dominant(exact)[0]
    else:
        name, _ = _brand(head, kind)
    return f"{name} {title_case(english) if kind == 'organization' else english}"


def _spelled(parts: list[str]) -> str:
    """A likely Latin spelling of a transliterated foreign name, part by part (德米斯·哈萨比斯
    "Demis Hasabis"), or "" when a part is not written with transliteration characters."""
    from glossary.pinyin import _TRANSLITERATION_RUN
    from glossary.transliterate import spell

    if not all(len(p) >= 2 and all(c in _TRANSLITERATION_RUN for c in p) for p in parts):
        return ""
    words = [spell(p) for p in parts]
    return " ".join(words) if all(words) else ""


# Generic words of named sites, as English names them (万达广场 Wanda Plaza, 朝阳公园 Chaoyang
# Park).
_SITE_WORDS = {"广场": "Plaza", "公园": "Park", "机场": "Airport", "火车站": "Railway Station",
               "码头": "Pier", "大桥": "Bridge", "景区": "Scenic Area", "古镇": "Ancient Town",
               "度假区": "Resort"}


def _place_name(term: str) -> str:
    """A place the dictionary does not know, by its generic part: the name romanised (or the
    dictionary's name for it), the part in English (双湖县 "Shuanghu County", 万达广场 "Wanda
    Plaza", 朝阳公园 "Chaoyang Park"), or ""."""
    from glossary import dictionary

    site = next((w for w in _SITE_WORDS if term.endswith(w) and len(term) >= len(w) + 2), "")
    if site:
        head = term[:-len(site)]
        names = rank_senses(head, proper=True)
        if names:       # a place's or a name's own English (朝阳 Chaoyang, 樟宜 Changi)
            return f"{_name_prefix(names[0].text)} {_SITE_WORDS[site]}"
        pieces = _pieces(head) or []
        if (rank_senses(head, proper=False) or not all(map(has_han, head)) or len(head) > 3
                or (len(pieces) > 1 and all(len(p) > 1 for p in pieces))):
            return ""   # ordinary words name it (人民广场): the dictionary or composition
        return f"{_name_part(head)} {_SITE_WORDS[site]}"
    last = term[-1:]
    english = _HEAD_MORPHEMES.get(last, "")
    if not 3 <= len(term) <= 5 or not english[:1].isupper() or any(
            not e.proper for e in dictionary.load().entries(term[-2:])):
        return ""       # 特大城市: a common word (城市) ends it, not a place's generic part
    return f"{_name_part(term[:-1])} {english}"


def _name_part(head: str) -> str:
    """A place name's specific part romanised as one name (黄虎港 "Huanghugang" in 黄虎港村
    "Huanghugang Village"): read as a proper noun, but not split at a generic character as
    a whole place's pinyin is (``kind`` "organization" reads it so)."""
    return romanize(head, "organization")


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
        if kind == "person" and exact:
            partners = exact        # the surname alone: Childress, not Nina Childress
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
        if source == "name" and kind in ("organization", "product"):
            named = _generic_name(simp, kind, evidence)
            if named and named != english:   # its name as the text spells it in Latin
                return Gloss(named, "corpus", 0.5, _unique([named, english, *suggestions]))
    return Gloss(english, source, conf, suggestions)


def _is_acronym(latin: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", latin))


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", phrase)).lower()
