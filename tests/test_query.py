"""Finding terms: pinyin normalisation, exact lookup (show), ranked search, suggestions."""

from __future__ import annotations

import random

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pypinyin import Style, pinyin

from glossary.model import Mined, Term
from glossary.query import (EXACT, PREFIX, SUBSTRING, WORD, lookup, normalize_pinyin, search,
                            suggest, syllable_starts)

TERMS = [
    Term("六小虎", "六小虎", pinyin="Liù Xiǎohǔ", english="Six Little Tigers",
         alternatives=["AI Tigers"], avoid=["Six Small Tigers"], kind="jargon", slug="liu-xiao-hu",
         mined=Mined(score=0.9)),
    Term("萝卜快跑", "蘿蔔快跑", pinyin="Luóbo Kuàipǎo", english="Apollo Go", kind="product",
         slug="luo-bo-kuai-pao", mined=Mined(score=0.5)),
    Term("开源", "開源", pinyin="kāiyuán", english="open source", kind="jargon", slug="kai-yuan",
         mined=Mined(score=0.7)),
    Term("DeepSeek-R1", "DeepSeek-R1", english="DeepSeek-R1", kind="product", slug="deepseek-r1"),
    Term("西安", "西安", pinyin="Xī'ān", english="Xi'an", kind="place", slug="xi-an"),
    Term("银行", "銀行", pinyin="yínháng", english="bank", kind="jargon", slug="yin-hang"),
    Term("绿色", "綠色", pinyin="lǜsè", english="green", kind="jargon", slug="lu-se"),
    Term("小虎队", "小虎隊", pinyin="Xiǎohǔduì", english="Little Tigers", kind="organization",
         slug="xiao-hu-dui", mined=Mined(score=0.2)),
]


def terms_of(found: list[Term]) -> list[str]:
    return [t.term for t in found]


# --- normalize_pinyin ----------------------------------------------------------------------------

def test_normalize_pinyin_examples():
    for form in ("liuxiaohu", "Liù Xiǎohǔ", "liu xiao hu", "LIU-XIAO-HU", "liu4 xiao3 hu3", "Liù  Xiǎo hǔ"):
        assert normalize_pinyin(form) == "liuxiaohu"
    assert normalize_pinyin("Xī'ān") == normalize_pinyin("xi an") == "xian"
    # ü written as ü, v or u: all the same
    assert normalize_pinyin("lǜsè") == normalize_pinyin("lvse") == normalize_pinyin("luse") == "luse"


# CJK characters that have a reading (a few, such as the Japanese-made 桛, have none: pypinyin
# returns them unchanged, and they have no syllables to spell)
HANZI = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(
    lambda c: pinyin(c, style=Style.NORMAL)[0][0] != c)


@settings(max_examples=200, deadline=None)
@given(st.lists(HANZI, min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_pinyin_spellings_of_the_same_syllables_normalise_equally(chars, rnd: random.Random):
    word = "".join(chars)
    toned = [s[0] for s in pinyin(word, style=Style.TONE)]
    plain = [s[0] for s in pinyin(word, style=Style.NORMAL)]
    numbered = [s[0] for s in pinyin(word, style=Style.TONE3)]

    def spelled(syllables: list[str]) -> str:
        out = ""
        for i, s in enumerate(syllables):
            s = rnd.choice([s, s.capitalize(), s.upper()])
            out += (rnd.choice(["", " ", "'", "-", "  "]) if i else "") + s
        return out

    expected = normalize_pinyin("".join(plain))
    assert expected.isascii() and expected.isalpha() and expected.islower()
    assert normalize_pinyin(spelled(toned)) == expected
    assert normalize_pinyin(spelled(plain)) == expected
    assert normalize_pinyin(spelled(numbered)) == expected


# --- lookup (show) -------------------------------------------------------------------------------

def test_lookup_by_chinese_in_either_script():
    assert terms_of(lookup(TERMS, "萝卜快跑")) == ["萝卜快跑"]
    assert terms_of(lookup(TERMS, "蘿蔔快跑")) == ["萝卜快跑"]
    assert terms_of(lookup(TERMS, "銀行")) == ["银行"]


def test_lookup_by_pinyin_with_or_without_tones_and_spaces():
    for query in ("liuxiaohu", "Liù Xiǎohǔ", "liu xiao hu", "LIUXIAOHU"):
        assert terms_of(lookup(TERMS, query)) == ["六小虎"], query
    assert terms_of(lookup(TERMS, "lvse")) == ["绿色"]


def test_lookup_by_english_alternative_slug_and_latin_term():
    assert terms_of(lookup(TERMS, "six little tigers")) == ["六小虎"]
    assert terms_of(lookup(TERMS, "ai tigers")) == ["六小虎"]
    assert terms_of(lookup(TERMS, "luo-bo-kuai-pao")) == ["萝卜快跑"]
    assert terms_of(lookup(TERMS, "terms/kai-yuan.toml")) == ["开源"]
    assert terms_of(lookup(TERMS, "deepseek-r1")) == ["DeepSeek-R1"]
    assert terms_of(lookup(TERMS, "Open-Source")) == ["开源"]


def test_lookup_is_exact_only():
    assert lookup(TERMS, "Tigers") == []
    assert lookup(TERMS, "小虎") == []
    assert lookup(TERMS, "liuxiao") == []
    assert lookup(TERMS, "") == []


def test_lookup_by_avoided_rendering_only_when_nothing_else_matches():
    assert terms_of(lookup(TERMS, "six small tigers")) == ["六小虎"]
    avoided = Term("大虎", english="Big Tiger", avoid=["Apollo Go"], slug="da-hu")
    assert terms_of(lookup([*TERMS, avoided], "Apollo Go")) == ["萝卜快跑"]


def test_lookup_returns_every_exact_match():
    twin = Term("老虎", english="Little Tigers", slug="lao-hu")
    assert terms_of(lookup([*TERMS, twin], "little tigers")) == ["小虎队", "老虎"]


# --- search --------------------------------------------------------------------------------------

def ranked(query: str, terms=TERMS) -> list[tuple[str, int, str]]:
    return [(h.term.term, h.rank, h.field) for h in search(terms, query)]


def test_search_ranks_exact_then_prefix_then_word_then_substring():
    assert ranked("little tigers") == [("小虎队", EXACT, "english"), ("六小虎", WORD, "english")]
    assert ranked("tig") == [("六小虎", WORD, "english"), ("小虎队", WORD, "english")]  # by score
    assert ranked("igers") == [("六小虎", SUBSTRING, "english"), ("小虎队", SUBSTRING, "english")]
    assert ranked("ap") == [("萝卜快跑", PREFIX, "english")]


def test_search_chinese_matches_substrings_in_either_script():
    assert ranked("小虎") == [("小虎队", PREFIX, "term"), ("六小虎", WORD, "term")]
    assert ranked("蘿蔔") == [("萝卜快跑", PREFIX, "term")]
    assert ranked("快跑") == [("萝卜快跑", WORD, "term")]


def test_search_pinyin_matches_at_syllable_starts_only():
    assert ranked("xiaohu") == [("小虎队", PREFIX, "pinyin"), ("六小虎", WORD, "pinyin")]
    assert ranked("hang") == [("银行", WORD, "pinyin")]       # a heteronym reading of 行
    assert ranked("iaoh") == []
    assert "开源" not in [t for t, _, _ in ranked("ai")]     # kāiyuán has no syllable "ai..."
    assert ranked("yuan") == [("开源", WORD, "pinyin")]


def test_syllable_starts_follow_the_characters_or_the_words():
    assert syllable_starts("六小虎", "Liù Xiǎohǔ") == {0, 3, 7}
    assert syllable_starts("西安", "Xī'ān") == {0, 2}
    # an editor's pinyin the characters cannot spell: word boundaries only
    assert syllable_starts("六小虎", "Six Tigers") == {0, 3}


def test_search_latin_terms_and_alternatives():
    assert ranked("deepseek") == [("DeepSeek-R1", PREFIX, "english")]
    assert ranked("r1") == [("DeepSeek-R1", WORD, "english")]
    assert ranked("ai") == [("六小虎", PREFIX, "alternatives")]


def test_search_nothing():
    assert ranked("zebra") == []
    assert ranked("  ") == []


def test_suggest_near_spellings():
    assert terms_of(suggest(TERMS, "liuxiahu")) == ["六小虎"]
    assert terms_of(suggest(TERMS, "Apolo Go")) == ["萝卜快跑"]
    assert terms_of(suggest(TERMS, "tigers")) == ["六小虎", "小虎队"]   # search hits first
    assert suggest(TERMS, "zzzzzz") == []


@settings(max_examples=150, deadline=None)
@given(st.lists(HANZI, min_size=1, max_size=5), st.data())
def test_every_spelling_and_every_syllable_start_finds_the_term(chars, data):
    word = "".join(chars)
    toned = [s[0] for s in pinyin(word, style=Style.TONE)]
    plain = [s[0] for s in pinyin(word, style=Style.NORMAL)]
    assume(all(p.isascii() for p in plain))  # a character with no reading gets no pinyin term
    term = Term(word, pinyin="".join(toned).capitalize(), english="Target", slug="target")
    others = [t for t in TERMS if t.term != word]
    pool = [*others, term]
    assert term in lookup(pool, word)
    assert term in lookup(pool, " ".join(plain))
    k = data.draw(st.integers(0, len(plain) - 1))
    tail = "".join(plain[k:])
    hit = next((h for h in search(pool, tail) if h.term is term), None)
    assert hit is not None and hit.rank <= WORD
