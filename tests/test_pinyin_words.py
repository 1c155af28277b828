"""Pinyin word joining for names of places, eras and transliterations, and readings the
dictionary settles (GB/T 16159)."""

from __future__ import annotations

import pytest

from glossary.pinyin import term_pinyin


@pytest.mark.parametrize("term, kind, expected", [
    ("太行山", "place", "Tàiháng Shān"),    # the dictionary's English: "Taihang Mountains"
    ("秦岭", "place", "Qín Lǐng"),          # "Qinling Mountain Range"
    ("珠江", "place", "Zhū Jiāng"),         # "Pearl River"
    ("浙江", "place", "Zhèjiāng"),          # a province, not a river: one word
    ("加那利群岛", "place", "Jiānàlì Qúndǎo"),  # 群岛 is one word
])
def test_a_natural_features_generic_part_is_written_apart(term, kind, expected) -> None:
    assert term_pinyin(term, kind) == expected


def test_an_unknown_place_is_split_at_its_generic_part_as_the_whole_reads() -> None:
    assert term_pinyin("桑干河", "place") == "Sānggān Hé"    # not Sānggàn
    assert term_pinyin("石桥村", "place") == "Shíqiáo Cūn"
    assert term_pinyin("特大城市", "place") == "Tèdà Chéngshì"


def test_an_era_the_dictionary_capitalises_by_syllable_is_two_words() -> None:
    assert term_pinyin("北宋", "other") == "Běi Sòng"
    assert term_pinyin("中共", "organization") == "Zhōnggòng"   # an abbreviation stays one word


def test_a_transliterated_name_is_one_word() -> None:
    assert term_pinyin("米诺陶洛斯", "other") == "Mǐnuòtáoluòsī"
    assert term_pinyin("代达罗斯", "other") == "Dàidáluósī"
    # names and words side by side are not one transliteration
    assert term_pinyin("古希腊罗马", "other") != "Gǔxīlàluómǎ"
    assert term_pinyin("特洛伊的海伦", "other") == "Tèluòyī de Hǎilún"
    assert term_pinyin("德国马克", "jargon") == "Déguó Mǎkè"


def test_a_word_inside_an_unknown_segment_reads_as_the_word() -> None:
    assert term_pinyin("土地测量员", "jargon") == "tǔdì cèliángyuán"   # 测量 cèliáng


def test_a_character_with_one_dictionary_reading_takes_it() -> None:
    assert term_pinyin("萎凋", "jargon") == "wěidiāo"       # pypinyin lists wēi too
    assert term_pinyin("侗寨", "jargon") == "dòngzhài"       # two readings: left to context


def test_single_characters_that_make_a_dictionary_word_are_one_word() -> None:
    assert term_pinyin("车厘子快线", "jargon") == "chēlízi kuàixiàn"


def test_a_word_found_inside_a_segment_reads_as_the_common_word() -> None:
    # 金子 is also the surname Kaneko (Jin1 zi3); inside 金子般 it is "gold", jīnzi
    assert term_pinyin("我金子般的孩子", "product") == "Wǒjīnzibān de Háizi"
    assert term_pinyin("兴趣班", "jargon") == "xìngqùbān"


def test_a_titles_punctuation_is_kept() -> None:
    assert term_pinyin("混乱太阳群（过渡01）", "product").endswith(" (Guòdù 01)")
    assert term_pinyin("我，到点下班", "product") == "Wǒ, Dàodiǎn Xiàbān"
    assert term_pinyin("特洛伊的海伦：女神、公主和荡妇", "product").startswith(
        "Tèluòyī de Hǎilún: Nǚshén, ")


def test_a_chinese_name_in_a_title_is_written_as_a_name() -> None:
    assert term_pinyin("你好，李焕英", "product") == "Nǐhǎo, Lǐ Huànyīng"
