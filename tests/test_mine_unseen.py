"""Candidate generation on unseen articles (issue #2): names and abbreviations that used to be
dropped before they were ever scored. Each test fails without the mechanism it names."""

from __future__ import annotations

from glossary.clean import clean_document
from glossary.mine import mine
from glossary.segment import BREAK, HAN, token_class


def terms(*texts: str) -> dict:
    docs = [clean_document(f"{i:03d}.txt", text) for i, text in enumerate(texts)]
    return {c.term: c for c in mine(docs)}


def test_a_listed_name_ending_in_a_place_word_is_a_word():
    # 里 ends 希拉里 (Hillary) as a syllable, not as the place word glued to a word (课上, 签里)
    assert token_class("希拉里") == HAN
    assert token_class("签里") == BREAK
    found = terms("希拉里在集会上发表了讲话。\n许多选民仍然支持希拉里。\n人们谈论希拉里的竞选。")
    assert "希拉里" in found


def test_a_lower_case_latin_name_that_is_no_english_word_is_a_candidate():
    found = terms("roro打开了社交软件。\n霞是roro妈妈的名字。\nroro见到她的第一眼就哭了。")
    assert "roro" in found
    # an ordinary English word written in lower case is no name (nor a pinyin syllable)
    plain = terms("他打开app看新闻。\n这个app很好用。\n大家都下载了app。\n"
                  "作者liu写道。\n译者liu说明了。")
    assert "app" not in plain and "liu" not in plain


def test_a_function_character_glued_to_a_word_shows_the_glue():
    # 因新冠: the conjunction 因 glued before 新冠, seen whole elsewhere; 琐文为: 为 glued after it
    from glossary.resegment import unknown_words

    SEP = "\x1f"
    joined = [SEP.join(["工厂", "因新冠", "停工"]), SEP.join(["新冠", "改变", "生活"]),
              SEP.join(["纹样", "以", "琐文为", "主"]), SEP.join(["织", "有", "琐文"])]
    known = {"工厂", "停工", "改变", "生活", "纹样", "以", "主", "织", "有"}.__contains__
    assert unknown_words(joined, 2, known, bool) == {"新冠": {0}, "琐文": {2}}
