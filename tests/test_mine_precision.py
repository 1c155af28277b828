"""The miner's last checks on pieces of text (``glossary.score.text_piece``): Latin strings cut
out of longer names, the rest of a count after a number, and verb phrases, are not proposed,
while whole names, possessives and names after a year still are."""

from __future__ import annotations

import pytest

from glossary.clean import clean_document
from glossary.mine import mine
from glossary.model import Candidate, Occurrence
from glossary.score import (
    _after_count,
    _broken_at,
    _credit_label,
    _grammatical_piece,
    _inside_word,
    _role_and_name,
    _verb_phrase,
)


def terms_of(*texts: str) -> set[str]:
    docs = [clean_document(f"{i:03d}.txt", text) for i, text in enumerate(texts)]
    return {c.term for c in mine(docs)}


def test_pieces_of_a_name_with_an_accent_or_an_apostrophe_are_not_terms():
    # The segmenter splits "Aurélie O'Quinn" at é and at the apostrophe.
    terms = terms_of("爱尔兰设计师Aurélie O'Quinn曾以镂空礼服展示自己对于透视装的看法。\n"
                     "在Aurélie O'Quinn看来，身体本身就是一种宣言。\n"
                     "所以Aurélie O'Quinn的秀场上总有新的面孔。")
    pieces = [t for t in terms if t.isascii() and t in "Aurélie O'Quinn"]
    assert pieces == []


def test_a_name_cut_at_its_initial_is_not_a_term():
    terms = terms_of("1962年，女演员参加了时任总统Harold T. Benson的生日会。\n"
                     "后来，总统Harold T. Benson在一次演讲中提到了这件礼服。")
    assert "Harold T" not in terms


def test_the_part_of_a_name_after_an_asterisk_is_not_a_term():
    terms = terms_of("展厅里最受欢迎的是街头艺术家K*Bloom的装置。\n"
                     "艺术家K*Bloom的带翅膀的耳机装置，在开幕的头一天就被围满了。")
    assert "Bloom" not in terms


@pytest.mark.parametrize("text,start,end", [
    ("设计师Sinéad O'Dwyer", 3, 6),        # Sin|éad: a letter touches it
    ("设计师Sinéad O'Dwyer", 7, 11),       # éad O|'Dwyer
    ("设计师Sinéad O'Dwyer", 13, 18),      # O'|Dwyer
    ("'Dwyer曾以镂空礼服", 1, 6),           # the rest of a name wrapped after its apostrophe
    ("艺术家D*Face的装置", 5, 9),            # D*|Face
    ("总统John F. Kennedy的", 2, 8),        # John F|. Kennedy
])
def test_broken_latin_runs(text, start, end):
    assert _broken_at(text, start, end)


@pytest.mark.parametrize("text,start,end", [
    ("这是OpenAI's模型", 2, 8),              # a possessive does not continue the name
    ("模型'Zorbo'很好", 3, 8),                # quoted with straight quotes
    ("在John F. Kennedy的", 1, 16),           # the whole name
    ("由F. Kennedy出演", 1, 11),
    ("平台Zorbo上线了", 2, 7),
])
def test_whole_latin_names_are_not_broken(text, start, end):
    assert not _broken_at(text, start, end)


def test_the_rest_of_a_count_is_not_a_term():
    terms = terms_of("他们在我家住了20来天，一起吃饭。\n这30来天的相处让我想了很多。\n"
                     "我又花了10来天整理照片。")
    assert "来天" not in terms


def test_after_a_number_but_not_after_a_year():
    assert _after_count("住了20来天", 4)
    assert _after_count("共有十三部获奖作品", 4)
    assert not _after_count("推出了2031星河计划", 7)      # a year: a name may follow
    assert not _after_count("推出了星河计划", 3)


def test_a_verb_with_a_grammatical_tail_is_a_verb_phrase():
    assert _verb_phrase("舍弃掉")      # verb + complement
    assert _verb_phrase("难免会")      # adverb + modal
    assert _verb_phrase("捕捉到")
    assert not _verb_phrase("开源模型")
    assert not _verb_phrase("机器人")  # 机器 is a noun
    assert _verb_phrase("抽到")        # one-character verb + complement, no word of its own
    assert _verb_phrase("返给")
    assert not _verb_phrase("得到")    # a word of the dictionary, judged as a word
    assert not _verb_phrase("顶会")    # 会 after one character may be a noun (top conference)
    assert not _verb_phrase("蔚来") and not _verb_phrase("混动")   # names, not complements
    assert _verb_phrase("除不掉") and _verb_phrase("挑得动")       # potential complements
    assert _verb_phrase("卖不动") and not _verb_phrase("舍不得")
    assert _verb_phrase("目标定得") and _verb_phrase("取出来")
    assert not _verb_phrase("读书心得") and not _verb_phrase("受不了")


def test_verb_phrases_are_not_proposed():
    terms = terms_of("外资对我们还重不重要？舍弃掉这一块，我们会失去什么？\n"
                     "有人认为应当舍弃掉旧的工厂，也有人反对。\n"
                     "回到家，难免会说起小时候的事情。\n她虽然没病，心却难免会乱。")
    assert not {"舍弃掉", "难免会"} & terms


def candidate_in(term: str, *lines: str, kind: str = "jargon") -> tuple[Candidate, dict]:
    """``term`` as a candidate seen once in each of ``lines`` (at its first place there)."""
    texts = {("a.txt", n): line for n, line in enumerate(lines, 1)}
    occurrences = [Occurrence("a.txt", n, line.index(term), line.index(term) + len(term))
                   for n, line in enumerate(lines, 1)]
    return Candidate(term, {term: len(lines)}, len(lines), 1, 0.0, kind, occurrences), texts


def test_a_piece_of_a_longer_dictionary_word_is_not_a_term():
    # 无可恋 is not a word; where it occurs it is part of the dictionary's 生无可恋
    assert _inside_word(*candidate_in("无可恋", "她又觉得生无可恋。", "连汗都透着点生无可恋。"))
    # 策展 is a word, but here the first part of 策展人
    assert _inside_word(*candidate_in("策展", "还有策展人本身", "她是改变艺术面貌的策展人之一"))


def test_a_word_inside_a_longer_word_that_only_precedes_it_stays():
    # 上热搜 puts a verb before the word 热搜: it is still the word
    assert not _inside_word(*candidate_in("热搜", "这件事又上热搜了", "视频要上热搜，公司就"))
    # a term standing on its own
    assert not _inside_word(*candidate_in("策展", "她负责策展。", "这次策展很成功"))
    # names inside longer names are names
    assert not _inside_word(*candidate_in("马斯克", "埃隆·马斯克说", "伊隆·马斯克在",
                                          kind="person"))


def test_pieces_of_longer_words_are_not_proposed():
    terms = terms_of("过去钟爱的小说和音乐，此刻对她都没有意义，她觉得生无可恋。\n"
                     "酷暑里连脖颈冒个不停的汗都透着点生无可恋。")
    assert "无可恋" not in terms


def test_words_with_their_grammar_are_pieces():
    assert _grammatical_piece("一波") and _grammatical_piece("一关")   # 一 + one character
    assert _grammatical_piece("绣娘们")                                # a plural
    assert _grammatical_piece("朋友圈里")                              # a word + place word
    assert _grammatical_piece("入职时") and _grammatical_piece("爆火后")  # "when …", "after …"
    assert not _grammatical_piece("准时") and not _grammatical_piece("工作小时")
    assert not _grammatical_piece("售后") and not _grammatical_piece("影后")
    assert _grammatical_piece("排版丨")                                # a credit's bar
    assert not _grammatical_piece("一加手机")
    assert not _grammatical_piece("绣娘")
    assert not _grammatical_piece("万里")                              # too short to hold a word
    assert not _grammatical_piece("岚芃外")                            # 岚芃 is no dictionary word


def test_picture_credits_are_not_terms():
    assert _credit_label("受访者供图") and _credit_label("图源")
    assert not _credit_label("供图人士")


def test_grammatical_pieces_and_credits_are_not_proposed():
    terms = terms_of("走完了一关又一关，绣娘们终于松了口气。\n"
                     "第二天，绣娘们又坐在一起，走过一关又一关。（受访者供图）\n"
                     "她把照片发在朋友圈里，很多人点赞。（受访者供图）\n他也在朋友圈里看到了。")
    assert not {"一关", "绣娘们", "受访者供图", "朋友圈里"} & terms


def test_a_role_before_a_name_is_not_part_of_the_term():
    assert _role_and_name("艺术家杨沛铿") and _role_and_name("秘书长何勇")
    assert _role_and_name("国防部长普坦")       # a transliterated name after a longer title
    assert not _role_and_name("设计师品牌")     # a word after the role, not a name
    assert not _role_and_name("杨沛铿")
    assert not _role_and_name("作家的一生")      # 的一 is no name


def test_role_and_name_phrases_are_not_proposed():
    terms = terms_of("这个茶餐厅里的主体照明是香港艺术家杨沛铿的灯光装置作品。\n"
                     "主体照明是艺术家杨沛铿的作品，它同时也是一件雕塑。")
    assert "艺术家杨沛铿" not in terms


def test_a_word_the_dictionary_gives_only_verb_senses_is_judged_as_a_verb():
    # jieba tags 陪伴 ('to accompany') as a noun; at ten uses in one article it is as common as
    # a verb there is, while the noun 海报 at the same rate is not everyday vocabulary.
    filler = [f"第{i}天早上，我们在家里吃饭，然后去公园散步。" for i in range(400)]
    verb = [f"老人最需要的是家人的陪伴，第{i}次说起这件事。" for i in range(10)]
    noun = [f"我们去了海报展，第{i}次看到了这张海报。" for i in range(10)]
    terms = terms_of("\n".join(filler[:200] + verb), "\n".join(filler[200:] + noun))
    assert "陪伴" not in terms
    assert "海报" in terms


def test_only_verb_senses_make_a_word_a_verb_but_an_ization_stays_a_noun():
    from collections import Counter

    from glossary.vocabulary import Judge

    judge = Judge(Counter({"其他": 10_000}))       # ten uses in 10,000 segments
    assert judge.general("陪伴", 10)                 # 'to accompany': a verb's ratio
    assert not judge.general("海报", 10)             # 'poster': a noun's
    assert not judge.general("商业化", 10)           # 'to commercialize', news's commercialisation
    assert judge.verb("陪伴") and not judge.verb("中式")   # 中式 is also 'Chinese style'
