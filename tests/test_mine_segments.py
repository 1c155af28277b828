"""Segments that can never be part of a term: pronouns, a classifier glued to a common word."""

from __future__ import annotations

from glossary.clean import clean_document
from glossary.mine import mine
from glossary.segment import BREAK, HAN, token_class


def test_pronouns_never_belong_to_a_term():
    for pronoun in ("我", "他们", "自己"):
        assert token_class(pronoun) == BREAK
    text = "有段时间我每天跑步。\n有段时间我很迷茫。\n那段时间我住在北京。"
    assert not any("我" in c.term for c in mine([clean_document("a.txt", text)]))


def test_a_classifier_glued_to_a_common_word_is_not_a_word():
    assert token_class("段时间") == BREAK          # 有|段时间: jieba lists it, tagged as a name
    assert token_class("时间") == HAN
    assert token_class("条形码") == HAN            # 形码 is no word: not a classifier phrase


def test_a_unit_character_ends_a_term_only_where_it_counts_nothing():
    text = ("请关注我们的微信公众号获取更多内容。\n他每天都看微信公众号的文章。\n"
            "这个微信公众号有很多读者。\n三年前他来到成都。\n三年后他离开了。")
    terms = {c.term for c in mine([clean_document("a.txt", text)])}
    assert "微信公众号" in terms or "公众号" in terms
    assert "三年" not in terms


def test_a_title_before_a_name_is_not_part_of_it():
    text = ("韩国总统金明浩今天访问北京。\n总统金明浩表示欢迎合作。\n此前，总统金明浩曾多次提到这一点。\n"
            "记者问总统金明浩如何看待。")
    terms = {c.term for c in mine([clean_document("a.txt", text)])}
    assert "金明浩" in terms and "总统金明浩" not in terms


def test_counts_and_verb_complements_are_not_words():
    from glossary.segment import QUANTITY

    assert token_class("一遍") == QUANTITY and token_class("一勺") == QUANTITY
    assert token_class("二十九") == QUANTITY and token_class("一百二十") == QUANTITY
    assert token_class("零一") == HAN                # 零一万物: numerals in a name
    assert token_class("走一遍") == BREAK and token_class("查出来") == BREAK
    assert token_class("蔚来") == HAN                # a brand, not 来 after a verb


def test_naming_verbs_kin_and_adverbs_stay_outside_names():
    assert token_class("名叫") == BREAK and token_class("便会") == BREAK
    text = ("啤酒厂的创办人名叫乌卢布列夫斯基。\n后来名叫乌卢布列夫斯基的商人离开了。\n"
            "他的妻子戴安娜很支持他。\n妻子戴安娜后来也来到这里。")
    terms = {c.term for c in mine([clean_document("a.txt", text)])}
    assert "名叫乌卢布列夫斯基" not in terms and "妻子戴安娜" not in terms


def test_weekdays_are_dates():
    from glossary.segment import QUANTITY

    assert token_class("周一") == QUANTITY and token_class("星期天") == QUANTITY
    assert token_class("周刊") == HAN                # 三联生活周刊
