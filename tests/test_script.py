"""Script and width conversion: the analysis form must keep offsets valid."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.script import analysis_form, normalize_width, to_simplified, to_traditional


def test_full_width_letters_digits_and_space_become_ascii():
    assert normalize_width("ＡＢＣ１２３\u3000ｘ") == "ABC123 x"
    assert normalize_width("通義千問（Ｑｗｅｎ）") == "通義千問(Qwen)"


def test_chinese_only_punctuation_is_kept():
    s = "“六小虎”。、《下一章》【限时】…"
    assert normalize_width(s) == s


def test_traditional_becomes_simplified_character_for_character():
    assert to_simplified("百模大戰") == "百模大战"
    # A phrase that a phrase-rewriting config would change in length stays aligned.
    assert to_simplified("技術長期主義") == "技术长期主义"
    assert to_simplified("蘿蔔快跑") == "萝卜快跑"


def test_simplified_to_traditional_resolves_one_to_many_by_phrase():
    assert to_traditional("百模大战") == "百模大戰"
    assert to_traditional("头发") == "頭髮"
    assert to_traditional("发展") == "發展"


def test_analysis_form_unifies_scripts_and_widths():
    assert analysis_form("ＤｅｅｐＳｅｅｋ發佈") == "DeepSeek发布"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_analysis_form_preserves_length_of_any_text(s):
    assert len(analysis_form(s)) == len(s)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_width_is_idempotent_and_one_to_one(s):
    once = normalize_width(s)
    assert len(once) == len(s)
    assert normalize_width(once) == once


_CLEAN = st.text(alphabet=st.sampled_from(
    list("abcXYZ019 ,.-:()") + list("中国人工智能大模型的是了开源芯片发展") + list("，。“”、《》")))


@settings(max_examples=200, deadline=None)
@given(_CLEAN)
def test_clean_simplified_text_is_unchanged(s):
    # ASCII, simplified characters and Chinese-only punctuation need no conversion.
    expected = s.replace("，", ",")
    assert analysis_form(s) == expected


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)))
def test_to_simplified_keeps_length_on_any_han_text(s):
    assert len(to_simplified(s)) == len(s)
