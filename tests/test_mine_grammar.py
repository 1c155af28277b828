"""Grammar the segmenter leaves inside candidates makes no term: an adverb before general
words (越多), a verb of one character before its object (叫白领), a particle or a verb of speech
glued to a word (好奇地问, X说), a verb or comparative with 于 (依附于), a reduplicated
classifier (一座座)."""

from __future__ import annotations

from glossary.clean import clean_document
from glossary.mine import mine
from glossary.score import _grammatical_piece, _verb_phrase

# Ordinary prose around the sentences under test, so that everyday words are as common in the
# corpus as in general language (a corpus of three sentences makes every word look special).
FILLER = (
    "今天的天气很好，我们一起去公园散步。路上有很多人在跑步，也有老人在下棋。\n"
    "他说这个问题需要时间解决，大家都同意他的看法。会议结束以后，我们去吃了午饭。\n"
    "孩子们在学校学习语文和数学，老师每天都会布置作业。家长也很关心孩子的成绩。\n"
    "这家商店的东西比较便宜，所以每天都有很多顾客。周末的时候，人会更多一些。\n"
    "城市的发展很快，新的房子一座接一座地建起来。交通也比以前方便多了。\n"
    "我们应该好好工作，认真生活，多陪陪家人。朋友之间也要互相帮助。\n"
    "他们的公司去年的收入增加了不少，员工的工资也提高了。经理对结果很满意。\n"
    "春天来了，花开了，草绿了，人们脱下了厚厚的衣服，出门旅游的人多了起来。\n"
)


def terms_of(*texts: str) -> set[str]:
    docs = [clean_document(f"{i:03d}.txt", FILLER + text) for i, text in enumerate(texts)]
    return {c.term for c in mine(docs)}


def test_an_adverb_before_general_words_opens_a_predicate():
    terms = terms_of("钱赚得越多，烦恼越多。\n机会越多，选择越难。\n看得越多，懂得越多。",
                     "问题越多，办法越多。\n书读得越多，越觉得自己无知。")
    assert "越多" not in terms


def test_a_one_character_verb_before_its_object_is_not_part_of_the_term():
    terms = terms_of("过去人们把坐办公室的人叫白领。白领的收入较高。\n"
                     "如今很多人不愿再叫白领，白领也有烦恼。\n",
                     "白领阶层在扩大，人们仍叫白领为上班族。白领很忙。\n白领需要休息。")
    assert "白领" in terms
    assert "叫白领" not in terms


def test_a_particle_or_a_verb_of_speech_glued_to_a_word_is_no_term():
    terms = terms_of("孩子们好奇地问，这是什么？老师耐心地回答。\n路人好奇地问起价格。\n"
                     "苏姆万什说，城市正在变热。\n",
                     "记者好奇地问他为什么。苏姆万什说，树木可以降温。\n苏姆万什说，这只是开始。")
    assert not {t for t in terms if "地问" in t}
    assert "苏姆万什说" not in terms


def test_a_verb_or_comparative_with_yu_is_a_verb_phrase():
    assert _verb_phrase("依附于")
    assert _verb_phrase("远低于")
    assert not _verb_phrase("由于")          # words of their own
    assert not _verb_phrase("得益于")


def test_a_reduplicated_classifier_is_a_grammatical_piece():
    assert _grammatical_piece("一座座")
    assert _grammatical_piece("一个个")
    assert not _grammatical_piece("一带一路")


def test_and_so_on_glued_to_a_word_s_last_character_is_split_off():
    from glossary.counts import SEP, segment

    (line,) = segment(["东汉寒冷期等；"], ())
    assert line.split(SEP)[-3:] == ["期", "等", "；"]
    (line,) = segment(["平等和相等等概念"], ())     # words with 等 stay whole
    assert "平等" in line.split(SEP) and "相等" in line.split(SEP)


def test_a_latin_name_with_initials_is_one_term():
    docs = [clean_document("001.txt", "1962年，女演员参加了时任总统Harold T. Benson的生日会。\n"
                                      "后来，总统Harold T. Benson在一次演讲中提到了这件礼服。\n"
                                      "作家J.K. Rowling也说过同样的话。J.K. Rowling的书很畅销。")]
    terms = {c.term for c in mine(docs)}
    assert {"Harold T. Benson", "J.K. Rowling"} <= terms
    assert "Harold T" not in terms


def test_people_counted_with_lia_are_a_grammatical_piece():
    assert _grammatical_piece("姐妹俩")       # "the two sisters"
    assert _grammatical_piece("母女俩")
    assert not _grammatical_piece("伎俩")     # "trick": 伎 is no word of its own


def test_a_function_character_glued_to_a_word_is_a_grammatical_piece():
    assert _grammatical_piece("为例")         # 以…为例 "taking … as an example"
    assert _grammatical_piece("不愿")
    assert not _grammatical_piece("对手")     # a word of the segmenter's dictionary


def test_a_verb_done_briefly_and_a_demonstrative_phrase_are_grammatical_pieces():
    assert _grammatical_piece("看一看")
    assert _grammatical_piece("这件事")
    assert not _grammatical_piece("那不勒斯")   # Naples: a name the dictionary lists


def test_a_piece_of_a_foreign_name_no_cue_classifies_is_no_term():
    # the segmenter cuts 罗兰加洛|斯连拿 once: 罗兰加洛 is only ever part of 罗兰加洛斯
    docs = [clean_document("001.txt", "她已经在罗兰加洛斯连拿三冠。罗兰加洛斯（Roland Garros）是红土"
                                      "赛场。\n一位是罗兰加洛斯的常客。"),
            clean_document("002.txt", "这位罗兰加洛斯的宠儿再次夺冠。")]
    terms = {c.term for c in mine(docs)}
    assert "罗兰加洛斯" in terms
    assert "罗兰加洛" not in terms
