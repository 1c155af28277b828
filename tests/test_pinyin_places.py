"""GB/T 16159 for natural features and divided dynasties, and transliterated names as one word."""

from __future__ import annotations

import pytest

from glossary.pinyin import term_pinyin


@pytest.mark.parametrize("term,kind,expected", [
    # the generic word of a natural feature is written apart when the name is that feature
    ("泰山", "place", "Tài Shān"),              # "Mt Tai"
    ("太行山", "place", "Tàiháng Shān"),        # "Taihang Mountains"
    ("秦岭", "place", "Qín Lǐng"),              # "Qinling Mountain Range"
    # not when the name is a city or a province that took the feature's name
    ("昆山", "place", "Kūnshān"),               # "Kunshan, county-level city"
    ("黑龙江", "place", "Hēilóngjiāng"),        # first a province
    ("佛山", "place", "Fóshān"),
    # a feature no dictionary knows, named as a place: the generic word apart
    ("塔木河", "place", "Tǎmù Hé"),
    # a direction and a dynasty: two words
    ("北宋", "other", "Běi Sòng"),
    ("宋朝", "other", "Sòngcháo"),
    # a transliterated name no dictionary knows is one word, whatever its kind
    ("米诺陶洛斯", "other", "Mǐnuòtáoluòsī"),
    ("代达罗斯", "other", "Dàidáluósī"),
    ("马拉松", "jargon", "mǎlāsōng"),           # a word of the dictionary
])
def test_place_and_name_pinyin(term, kind, expected):
    assert term_pinyin(term, kind) == expected
