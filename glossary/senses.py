"""CC-CEDICT senses of a word, ranked for news and technology, and cleaned into renderings.

``rank_senses`` skips classifier, variant, surname and pronunciation notes, follows ``abbr. for`` and
``see`` references one step, prefers senses marked with a technology or business domain or using that
vocabulary, penalises archaic, literary and dialect senses, and prefers the senses the dictionary's
own compounds use (开放 "open", not "to bloom"). ``clean_sense`` turns a sense into a rendering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from glossary.script import HAN as _HAN

_HAN_RE = re.compile(f"[{_HAN}]")

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
    named = _NAMED.match(s) or _NAMED_THING.match(s) or _named_word(s)
    if named and not proper:
        # "Asura, malevolent spirits in Indian mythology" -> Asura; "El Niño effect, equatorial
        # climatic variation over the Pacific Ocean" -> "El Niño effect": a named thing, then
        # what it is
        s = named.group(1)
    if proper:
        s = _ARTICLE.sub("", s.split(",")[0])   # "the Northern Song Dynasty"
        head = _name_prefix(s)
        rest = s[len(head):]
        era = _era(sense)
        if era:
            s = era     # "Great Qing dynasty (1644-1911)": the era's name, not what follows
        elif _PERSON_SENSE.search(sense):
            s = head.split(" or ")[0]  # "Michele Monique Reis (1970-) actress" -> the name
        elif head != s and (_PLACE_SENSE.search(rest) or _locating(head, rest)):
            s = head  # "Shenzhen subprovincial city in Guangdong" -> "Shenzhen",
            # "Ying County in Shuozhou Shanxi" -> "Ying County", "Loess Plateau of northwest
            # China" -> "Loess Plateau", "Mt Taibai in Shaanxi" -> "Mt Taibai": a place's
            # name, not where it is
        s = _MOUNT.sub("Mount ", s)      # "Mt Taibai" -> "Mount Taibai", as English writes it
        s = _describing(s)
    s = _SPACES.sub(" ", s).strip(" ,;:.")
    if s.lower().startswith(("lit. ", "fig. ")):
        s = s[5:]
    return s.strip()


# A name and a description after a comma: "Asura, malevolent spirits in Indian mythology";
# a named thing and its description: "El Niño effect, equatorial climatic variation ..." (not a
# saying: "Life is short, learning is limitless", "Help others, and ...")
_NAMED = re.compile(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)*), [a-z]")
_NAMED_THING = re.compile(
    r"(?!(?:You|I|We|He|She|It|They|No|As|If|This|That)\b)"
    r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)*"
    r"(?: (?!(?:is|are|was|were|be|me|my|you|your|we|our|us|it|its|the|a|an|on|in|of|to|so|"
    r"can|will|not|no|some|all|this|that|his|her|their|others)\b)[a-z][\w'-]*){0,2}), "
    r"(?!(?:and|but|or|so|then|yet)\b)[a-z][^!?]*$")
_ARTICLE = re.compile(r"^the (?=[A-Z])")
# A word for a thing, then what it is: "laksa, spicy noodle soup of Southeast Asia", "umami, one
# of the five basic tastes" (not a list: "cabbage, rice and tofu soup"; not a note: "unit of
# weight, ..."; not a saying: "when hungry, you can't pick what you eat")
_WORD_AND_GLOSS = re.compile(
    r"(?!(?:to|by|when|on|in|if|as|classifier|unit|a|an|the|euphemism)\b)"
    r"([a-z][\w'-]*(?: [a-z][\w'-]*){0,2}), (?!(?:and|but|or|so|then|yet|you|it|etc|e\.g|i\.e)\b)"
    r"([a-z][^!?]*)$")


def _named_word(s: str) -> re.Match[str] | None:
    m = _WORD_AND_GLOSS.match(s)
    if not m:
        return None
    gloss = m.group(2).split()
    short = len(gloss) == 3 and re.match(r"(?:an?|unit|kind|type|species) ", m.group(2))
    if (len(gloss) < 4 and not short) or {"and", "or"} & set(gloss[:4]) or "," in " ".join(gloss[:4]) or (
            {"you", "your", "it's", "you're"} & set(gloss)):
        return None
    return m
# A proper sense's name followed by where it is: " in Shaanxi", " in north Spain", " on the
# border between ...", " of northwest China" ("Bank of China" stays whole: _name_prefix keeps an
# "of" before a capital); after a site's generic word any such clause ("Parthenon Temple on the
# Acropolis"), not after other names ("Finest Blossoms in the Garden of Literature")
_LOCATING = re.compile(r"\s+(?:in|between|near|on|along|at|off|of|from|across|straddling|"
                       r"forming|located|situated)\s")
_WHERE = re.compile(r"\s+(?:in|of|near|off|at) (?:north|south|east|west|central|northern|"
                    r"southern|eastern|western|northeast|northwest|southeast|southwest|"
                    r"northeastern|northwestern|southeastern|southwestern)\b")
_SITE_HEAD = re.compile(
    r"\b(?:Mt|Mount|Mountains?|Range|Hills?|Peak|Plateau|Plain|Basin|Desert|Valley|Gorges?|"
    r"Delta|River|Lake|Sea|Bay|Gulf|Strait|Islands?|Peninsula|Canal|Reservoir|Dam|Falls|"
    r"Temple|Palace|Garden|Park|Bridge|Tower|Pagoda|Grottoes|Caves?|Tomb|Mausoleum|Square|"
    r"Pass|Forest|Grassland|Wetland|Glacier|Springs?|Harbou?r|Port|"
    r"Festival|Day)\b")      # and a date: "Mid-Autumn Festival on 15th of 8th lunar month"


def _locating(head: str, rest: str) -> bool:
    """``rest`` says where the place ``head`` names is: " in Shaanxi", " of northwest China", or
    any locating clause after a site's generic word."""
    if _WHERE.match(rest):
        return True
    site = _SITE_HEAD.search(head) or _PLACE_HEAD.search(head)
    # a generic word with a name ("Taihang Mountains"), not a title's lone word ("River on a
    # spring night")
    return bool(_LOCATING.match(rest) and site and len(head.split()) >= 2)


# A unit "of" the larger unit that contains it: "Huadu District of Guangzhou City"
_PART_OF = re.compile(r"^([A-Z]\S*(?: \S+)*? (?:District|County|City|Prefecture|Province|Township|"
                      r"Town|Village|Region|Banner)) of [A-Z]")
# Where a group or a thing is, after its name: "Hui Islamic ethnic group living across China",
# "Hmong or Miao ethnic group of southwest China"
_WHERE_ANYWHERE = re.compile(
    r"\s+(?:(?:living|located|found|spoken|situated|based|lying)\s|(?:in|of|near|off|at) "
    r"(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|"
    r"southeast|southwest|northeastern|northwestern|southeastern|southwestern|"
    r"North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest|South Central)\b)")


def _describing(s: str) -> str:
    """A proper sense without the clause that says where its place or group is, or when it
    was ("Nanzhao kingdom 738-937")."""
    m = _PART_OF.match(s)
    if m:
        return m.group(1)
    m = _WHERE_ANYWHERE.search(s)
    if m and len(s[:m.start()].split()) >= 2:
        s = s[:m.start()]
    return re.sub(r"(?<=[A-Za-z]) (?:c\. )?\d{3,4}-\d{2,4}$", "", s)


_YEARS = re.compile(r"\s*\(\d{3,4}(?:-\d{0,4})?\s*(?:BC|BCE|AD)?\)|\s*\(\d{3,4}-")


def _era(sense: str) -> str:
    """The name of a dynasty, reign or period a sense gives with its years ("the Northern Song
    Dynasty (960-1127)" -> "Northern Song Dynasty"), or ""."""
    m = _YEARS.search(sense)
    if not m:
        return ""
    name = _ARTICLE.sub("", _BRACKETS.sub("", sense[:m.start()])).strip()
    if "," in name or "(" in name or not name[:1].isupper() or len(name.split()) > 5:
        return ""       # the years of something after the name (Mozi (c. 470-391 BC), ...)
    return name if _ERA_SENSE.search(name) else ""
_MOUNT = re.compile(r"^Mt\.? (?=[A-Z])")
# Dynasties, reigns and periods carry years too, but name no person: "the Northern Song Dynasty
# (960-1127)"
_ERA_SENSE = re.compile(r"\b(?:[Dd]ynasty|[Kk]ingdom|[Ee]mpire|[Pp]eriod|[Ee]ra|[Rr]eign|"
                        r"[Rr]epublic|[Ww]ar|[Rr]ebellion|[Rr]evolution|[Uu]prising)\b")
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
    if "!" in sense or "(interj" in sense:
        score -= 1      # an exclamation ("oh!", 嗬 by way of 喝) renders no term
    return score


@dataclass(frozen=True)
class Sense:
    text: str          # cleaned rendering
    score: float
    proper: bool
    via: str = ""      # headword followed to reach it (abbr. for / see), "" if direct
    refers: str = ""   # "place" or "person" when a proper sense describes one


_DESCRIPTION = re.compile(
    r"^(?:an? |the )?(?:(?:[a-z-]+ ){0,3}(?:city|county|river|district|town|township|village|"
    r"prefecture|mountain|lake|province|region|island|capital|port|suburb|state)"
    r"(?:$|\b.*?\b(?:in|of|near|on)\b)|(?:[a-z-]+ ){0,2}(?:name|term|nickname) (?:for|of)\b|"
    r"(?:until|since|formerly|from|before|after|also|esp)\b)")     # 广西 "until 1959, ..."


def _describes(text: str) -> bool:
    """A proper sense that describes a place rather than naming it ("prefecture level city in
    east Henan", "river in Hunan"); lower-case names stay names ("north China navy", "third
    plenum of a national congress ...")."""
    return bool(_DESCRIPTION.match(text))


def _refers(raw: str) -> str:
    if _PERSON_SENSE.search(raw) and not _era(raw):
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
            usage = _part_echo(word, text) if e.proper else _usage(word, text)
            if e.proper and _describes(text):
                usage -= 2  # a description, not a name: 沅江 "river in Hunan, ...", "Yuanjiang"
            for k, name in enumerate(names):
                out.append(Sense(name, _score(raw, i) + later - 0.01 * k + usage, e.proper, "",
                                 _refers(raw) if e.proper else ""))
    out.sort(key=lambda s: -s.score)
    return tuple(out)


def _part_echo(word: str, sense: str) -> float:
    """A bonus for a proper sense that translates the name's own stem: 商务部 "Department of
    Commerce" over "Department of Trade", since 商务 is "commerce". Only for names of three or
    more characters; the stem is the word without its last character."""
    if len(word) < 3 or not _HAN_RE.search(word):
        return 0.0
    stem = word[:-1]
    words = set()
    for s in _rank_senses(stem, False, 0, None):
        words |= {w for w in _ENGLISH_WORD.findall(s.text.lower()) if w not in _FUNCTION_WORDS}
    if not words:
        return 0.0
    own = {w for w in _ENGLISH_WORD.findall(sense.lower()) if w not in _FUNCTION_WORDS}
    return 0.3 if own & words else 0.0


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


