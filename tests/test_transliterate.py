"""Reverse transliteration learnt from the dictionary's transliterated names."""

from __future__ import annotations

from glossary.gloss import gloss_term
from glossary.transliterate import spell


def test_spellings_learnt_from_the_dictionarys_names():
    assert spell("奥尔森") == "Olson"
    assert spell("萨姆") == "Sam"
    assert spell("德米斯") == "Demis"
    assert spell("阿姆尔") == "Amr"


def test_a_guess_is_a_lead_for_an_editor_never_the_rendering():
    g = gloss_term("德米斯·哈萨比斯", "person")
    assert (g.english, g.source) == ("", "none")
    assert g.suggestions and g.suggestions[0].startswith("Demis ")
    assert gloss_term("王小川", "person").english == "Wang Xiaochuan"   # a Chinese name: romanised


def test_no_guess_for_characters_never_used_in_names():
    assert spell("") == ""
    assert gloss_term("人工智能", "person").suggestions == ()   # no transliteration characters


def test_chunks_meeting_on_a_vowel_do_not_double_it():
    assert spell("阿玛利亚") == "Amalia"       # not "Amaliia"
